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
from typing import Callable, Iterable, Iterator

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


def _in_order(submit, chunks: Iterable[list], window: int, result=None) -> Iterator[list[Outcome]]:
    """Submit chunks as results are taken, ``window`` at most in flight; yield results in order
    (``result(chunk, future)`` takes a chunk's result; default: the future's)."""
    result = result or (lambda chunk, future: future.result())
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield result(*pending.popleft())
    while pending:
        yield result(*pending.popleft())


def run_chunks(chunks: Iterable[list], timeout: float | None, jobs: int | None = None,
               executor: str | None = None, work=extract_chunk) -> Iterator[list[Outcome]]:
    """The outcomes of every chunk, in input order (see the module doc for ``executor``);
    ``work`` maps a chunk to its outcomes (a module-level function: it crosses processes)."""
    if executor and executor.startswith("dask://"):
        yield from _dask(chunks, timeout, "tcp://" + executor[len("dask://"):], work)
        return
    if executor not in (None, "local"):
        raise ExecutorError(f"unknown executor {executor!r}: use local or dask://HOST:PORT")
    jobs = jobs or default_jobs()
    if jobs <= 1:
        for chunk in chunks:
            yield work(chunk, timeout)
        return
    yield from _pooled(chunks, timeout, jobs, work)


def _context():
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["govkg.work"])
    return ctx


def _pooled(chunks: Iterable[list], timeout: float | None, jobs: int, work) -> Iterator[list[Outcome]]:
    """``work`` over the chunks in ``jobs`` worker processes, ``2 * jobs`` chunks in flight, results
    in order. A worker that dies (killed for its memory, a crash in a C extension) takes the pool's
    in-flight chunks with it: the first of them is run again in a process of its own, notice by
    notice if that dies too (the notice that kills its process becomes a problem naming it), and
    the others go to a fresh pool. The rest of the batch is built."""
    ctx = _context()
    chunks = iter(chunks)
    redo: deque[list] = deque()  # chunks taken down with a dead pool, to run again first
    while True:
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_warm) as pool:
            pending: deque = deque()
            try:
                while True:
                    while len(pending) < 2 * jobs and (chunk := redo.popleft() if redo else next(chunks, None)):
                        pending.append((chunk, pool.submit(work, chunk, timeout)))
                    if not pending:
                        return
                    chunk, future = pending[0]
                    outcomes = future.result()
                    pending.popleft()
                    yield outcomes
            except BrokenProcessPool as exc:
                broken = exc
        chunk, _ = pending.popleft()
        redo.extend(c for c, _ in pending)
        yield _alone(chunk, timeout, work, ctx, broken)


def _alone(chunk: list, timeout: float | None, work, ctx, broken: Exception) -> list[Outcome]:
    """A chunk's outcomes, run in a process of its own; if that dies, each notice in a process of
    its own, and a notice whose process dies is a problem that names it."""
    try:
        return _in_process(work, chunk, timeout, ctx)
    except BrokenProcessPool:
        pass
    return [o for item in chunk
            for o in _taken(lambda: _in_process(work, [item], timeout, ctx), item, broken, BrokenProcessPool)]


def _died(item, why: Exception) -> Outcome:
    label = getattr(item, "label", str(item))
    return Outcome(problem=f"{label}: the extraction process died on this notice ({why}); "
                           "the rest of the batch was built — please report this notice")


def _taken(result: Callable[[], list[Outcome]], item, why: Exception, died: type[Exception]) -> list[Outcome]:
    """One notice's outcomes (``result()``), or a problem naming it where its process dies (``died``)."""
    try:
        return result()
    except died:
        return [_died(item, why)]


def _in_process(work, chunk: list, timeout: float | None, ctx) -> list[Outcome]:
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=_warm) as pool:
        return pool.submit(work, chunk, timeout).result()


def _dask(chunks: Iterable[list], timeout: float | None, address: str, work) -> Iterator[list[Outcome]]:
    """``work`` over the chunks on a Dask cluster. A chunk whose task killed worker after worker
    (the scheduler gives up after ``distributed.scheduler.allowed-failures``) is run again notice by
    notice, and a notice whose task is given up too becomes a problem that names it."""
    try:
        from distributed import Client, KilledWorker
    except ImportError as exc:
        raise ExecutorError("the dask executor needs Dask distributed: pip install 'govkg[dist]'") from exc
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
    try:
        workers = max(1, sum(client.ncores().values()))

        def result(chunk: list, future) -> list[Outcome]:
            try:
                return future.result()
            except KilledWorker as exc:  # one notice at a time: a worker it kills runs no other notice alone
                return [o for item in chunk
                        for o in _taken(client.submit(work, [item], timeout, pure=False).result, item, exc, KilledWorker)]

        yield from _in_order(lambda c: client.submit(work, c, timeout, pure=False), chunks, 2 * workers, result)
    finally:
        client.close()


__all__ = ["run_chunks", "default_jobs", "ExecutorError"]
