"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

``run_chunks`` maps :func:`govkg.work.extract_chunk` over a stream of chunks and yields
the results in input order, keeping only a bounded window of chunks in flight, so
memory stays flat however long the stream is. Every executor runs the same function
on the same chunks, so the output does not depend on where (or in which order) the
work ran.

Executors are named: ``None``/``"local"`` (``jobs`` worker processes, or this process
when ``jobs`` is 1) or ``"dask://HOST:PORT"`` (the scheduler of a running Dask
distributed cluster whose workers have govkg installed).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from .errors import GovkgError
from .work import Outcome, extract_chunk


class ExecutorError(GovkgError):
    """The executor could not be reached or lost its workers."""


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm() -> None:
    from .nlp import build_nlp
    build_nlp()


def _in_order(submit, chunks: Iterable[list], window: int) -> Iterator[list[Outcome]]:
    """Submit chunks as results are taken, ``window`` at most in flight; yield results in order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_chunks(chunks: Iterable[list], timeout: float | None, jobs: int | None = None,
               executor: str | None = None) -> Iterator[list[Outcome]]:
    """The outcomes of every chunk, in input order (see the module doc for ``executor``)."""
    if executor and executor.startswith("dask://"):
        yield from _dask(chunks, timeout, "tcp://" + executor[len("dask://"):])
        return
    if executor not in (None, "local"):
        raise ExecutorError(f"unknown executor {executor!r}: use local or dask://HOST:PORT")
    jobs = jobs or default_jobs()
    if jobs <= 1:
        for chunk in chunks:
            yield extract_chunk(chunk, timeout)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["govkg.work"])
    try:
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_warm) as pool:
            yield from _in_order(lambda c: pool.submit(extract_chunk, c, timeout), chunks, 2 * jobs)
    except BrokenProcessPool as exc:
        raise ExecutorError(f"a worker process died during extraction ({exc}); "
                            "run with --jobs 1 to find the notice that crashes it") from exc


def _dask(chunks: Iterable[list], timeout: float | None, address: str) -> Iterator[list[Outcome]]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise ExecutorError("the dask executor needs Dask distributed: pip install 'govkg[dist]'") from exc
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
    try:
        workers = max(1, sum(client.ncores().values()))
        yield from _in_order(lambda c: client.submit(extract_chunk, c, timeout, pure=False), chunks, 2 * workers)
    finally:
        client.close()


__all__ = ["run_chunks", "default_jobs", "ExecutorError"]
