"""Queries run in worker processes that can be killed: the timeout really stops the work.

A SPARQL query inside Oxigraph cannot be interrupted from Python (a cartesian
``COUNT(*)`` computes for minutes before its first row), so every query, and every
page's data, runs in one of a few worker processes. Each worker opens the store
read-only and reopens it when a build has finished since (the marker's generation
changed), so ``serve`` sees a rebuild without a restart. The server side (``Pool``)
hands a job to an idle worker, reads its answer within the deadline, and on a
timeout or an abandoned stream kills the worker and starts a fresh one; the other
workers go on answering other clients.

Messages from a worker: ``("chunk", bytes)`` … ``("end", None)`` for a streamed
SPARQL result, ``("value", object)`` for a call, ``("error", status, text)``.
"""
from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import os
import signal
from dataclasses import dataclass, field
from typing import AsyncIterator

CHUNK = 64 * 1024


class QueryTimeout(Exception):
    """The job did not finish before its deadline; its worker was killed."""


class PoolBusy(Exception):
    """No worker became free before the deadline."""


# ---------------------------------------------------------------- worker side

class _Chunks:
    """A binary file object that sends what is written as chunks, up to ``limit`` bytes."""

    def __init__(self, conn, limit: int):
        self.conn, self.limit, self.size, self.buf = conn, limit, 0, bytearray()

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge(self.limit)
        self.buf += data
        if len(self.buf) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buf:
            self.conn.send(("chunk", bytes(self.buf)))
            self.buf.clear()


class _TooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(f"the result is larger than {limit} bytes; ask for less (LIMIT, fewer variables)")


class _Handle:
    """The read-only store, reopened when the marker says a build has finished since."""

    def __init__(self, path: str):
        self.path, self.store, self.generation = path, None, None

    def get(self):
        from ..store import Store, generation, lock_held

        now = generation(self.path)
        if self.store is None or (now != self.generation and not lock_held(self.path)):
            self.store = Store.open_read(self.path)
            self.generation = self.store.generation
        return self.store


def _sparql(conn, store, job: dict) -> None:
    import pyoxigraph as ox

    kwargs: dict = {}
    if job.get("default_graphs"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]]
    else:
        kwargs["use_default_graph_as_union"] = True
    if job.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
    try:
        result = store.ox.query(job["query"], **kwargs)
    except SyntaxError as exc:
        conn.send(("error", 400, f"the query does not parse: {exc}"))
        return
    except (ValueError, OSError, RuntimeError) as exc:
        conn.send(("error", 400, f"the query failed: {exc}"))
        return
    formats = job["formats"]  # kind -> (mime, format name) chosen by the server from Accept
    if isinstance(result, ox.QueryBoolean):
        kind = "boolean"
    elif isinstance(result, ox.QueryTriples):
        kind = "graph"
    else:
        kind = "solutions"
    if kind not in formats:
        conn.send(("error", 406, f"none of the accepted types can carry a {kind} result; accept one of "
                                 + ", ".join(job["offer"][kind])))
        return
    mime, name = formats[kind]
    conn.send(("type", mime))
    out = _Chunks(conn, job["max_bytes"])
    fmt = getattr(ox.RdfFormat if kind == "graph" else ox.QueryResultsFormat, name)
    try:
        result.serialize(out, fmt)
        out.flush()
    except _TooLarge as exc:
        conn.send(("error", 413, str(exc)))
        return
    conn.send(("end", None))


def _worker_main(conn, path: str) -> None:
    """The loop of one worker process: one job at a time until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    from ..errors import GovkgError, StoreBusyError
    from . import data

    handle = _Handle(path)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            store = handle.get()
            if job["kind"] == "sparql":
                _sparql(conn, store, job)
            else:
                conn.send(("value", getattr(data, job["name"])(store, **job.get("args", {}))))
        except StoreBusyError as exc:
            conn.send(("error", 503, str(exc)))
        except GovkgError as exc:
            conn.send(("error", 500, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a worker reports, never dies silently
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))


# ---------------------------------------------------------------- server side

@dataclass
class _Worker:
    process: mp.Process
    conn: object

    def kill(self) -> None:
        try:
            os.kill(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, TypeError):
            pass
        self.process.join(5)
        self.conn.close()


@dataclass
class Pool:
    """``size`` worker processes over the store in ``path``."""
    path: str
    size: int = 2
    idle: asyncio.Queue = field(default_factory=asyncio.Queue)
    workers: list = field(default_factory=list)
    killed: int = 0

    def _spawn(self) -> _Worker:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(child, self.path), daemon=True, name="govkg-query")
        process.start()
        child.close()
        return _Worker(process, parent)

    async def start(self) -> None:
        for _ in range(self.size):
            w = await asyncio.to_thread(self._spawn)
            self.workers.append(w)
            self.idle.put_nowait(w)

    def close(self) -> None:
        for w in self.workers:
            w.kill()
        self.workers.clear()

    async def _replace(self, w: _Worker) -> None:
        w.kill()
        self.killed += 1
        if w in self.workers:
            self.workers.remove(w)
        fresh = await asyncio.to_thread(self._spawn)
        self.workers.append(fresh)
        self.idle.put_nowait(fresh)

    async def _acquire(self, deadline: float) -> _Worker:
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(self.idle.get(), max(0.0, deadline - loop.time()))
        except asyncio.TimeoutError:
            raise PoolBusy("every query worker is busy; try again") from None

    async def _recv(self, w: _Worker, deadline: float):
        loop = asyncio.get_running_loop()
        if not w.conn.poll():
            ready = asyncio.Event()
            loop.add_reader(w.conn.fileno(), ready.set)
            try:
                await asyncio.wait_for(ready.wait(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                raise QueryTimeout from None
            finally:
                loop.remove_reader(w.conn.fileno())
        try:
            return w.conn.recv()
        except (EOFError, OSError):
            return ("died", 500, "the query worker died; try again")

    async def messages(self, job: dict, timeout: float) -> AsyncIterator[tuple]:
        """The worker's messages for ``job`` until its last; QueryTimeout after ``timeout``
        seconds (the worker is killed). Closing the iterator early also kills the worker."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        w = await self._acquire(deadline)
        done = False
        try:
            try:
                w.conn.send(job)
            except OSError:
                yield ("error", 500, "the query worker died; try again")
                return
            while True:
                msg = await self._recv(w, deadline)
                if msg[0] == "died":  # not done: the finally replaces the worker
                    yield ("error", msg[1], msg[2])
                    return
                if msg[0] in ("end", "value", "error"):
                    done = True
                    yield msg
                    return
                yield msg
        finally:
            if done:
                self.idle.put_nowait(w)
            else:
                await self._replace(w)

    async def call(self, function: str, timeout: float, **args):
        """The value of ``data.<function>(store, **args)`` computed in a worker."""
        async with contextlib.aclosing(self.messages({"kind": "call", "name": function, "args": args},
                                                     timeout)) as messages:
            async for msg in messages:
                if msg[0] == "error":
                    raise WorkerError(msg[1], msg[2])
                return msg[1]
        raise WorkerError(500, "the query worker gave no answer")


class WorkerError(Exception):
    def __init__(self, status: int, text: str):
        super().__init__(text)
        self.status, self.text = status, text
