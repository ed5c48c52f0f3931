"""Build: notices in, store out.

Notices stream from ingest in chunks to the extraction workers (local processes by
default, or a Dask cluster; see ``executors``), which return each notice's named graph
as N-Quads. Graphs are bulk-loaded into the store in batches (a notice built again
replaces its graph), by a background thread, one batch after the other, while the
workers go on extracting (Oxigraph's loader releases the GIL). Only a bounded window of chunks and one batch are held at a time,
so memory stays flat in the number of notices. Then the resolver re-decides who is who
in the blocks those notices touch.
The output does not depend on the number of workers or the order they finish in.
"""
from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from . import derived, ledger
from .executors import run_chunks
from .ingest import read_inputs
from .notice import RawNotice
from .errors import InputWarning, OverrideError
from .resolve.people import Override, resolve
from .resolve.state import is_resolved, mark_unresolved, pause_point
from .store import Store

#: notices per unit of work sent to a worker
CHUNK = 8
#: bulk-load the store every this many bytes of N-Quads
BATCH_BYTES = 32 << 20


@dataclass
class BuildReport:
    notices: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items; an input error travels as its message (plain, picklable data)."""
    it = (item if isinstance(item, RawNotice) else str(item) for item in items)
    while chunk := list(islice(it, size)):
        yield chunk


def build(inputs: Iterable[str | os.PathLike], store: Store,
          progress: Callable[[str], None] | None = None,
          overrides: list[Override] = (), jobs: int | None = 1, executor: str | None = None,
          notice_timeout: float | None = 10.0) -> BuildReport:
    """Add every notice found in ``inputs`` to ``store``; report what could not be read.

    ``jobs`` worker processes extract (None: all cores; 1: this process), or the Dask
    cluster at ``executor="dask://HOST:PORT"``. A notice whose extraction raises or takes
    longer than ``notice_timeout`` seconds is reported by name and skipped.
    ``progress`` is called with each built notice's graph IRI.
    """
    report = BuildReport()
    resolved = is_resolved(store)  # (the flag goes with the first write: a build that dies before it
    # leaves the store as it was, one that dies after leaves it flagged, to be resolved in full)
    batch: dict[str, bytes] = {}
    size = 0
    def items():
        for item in read_inputs(inputs):
            if isinstance(item, InputWarning):  # read, with something repaired or left out
                report.warnings.append(str(item))
            else:
                yield item

    with ThreadPoolExecutor(1, thread_name_prefix="govkg-load") as loading:
        loaded = _Loading(loading, store)
        for outcomes in run_chunks(_chunks(items(), CHUNK), notice_timeout, jobs, executor):
            size += _take(outcomes, batch, report, progress)
            if size >= BATCH_BYTES:
                loaded.put(batch)
                batch, size = {}, 0
        loaded.put(batch)
        loaded.wait()
    ledger.mark_built(store.path, report.graphs)
    changed = report.graphs if resolved else None  # None: resolve the whole store
    pending = list(overrides)
    while True:  # an override the store cannot hold is named and left out; the rest apply
        try:
            resolution = resolve(store, changed, pending)
            break
        except OverrideError as exc:
            if exc.override not in pending:
                raise
            report.problems.append(f"override not applied: {exc}")
            pending.remove(exc.override)
    derived.refresh(store, changed, relinked=resolution.relinked,  # what these notices touch (None: all)
                    posts=resolution.retimed, lost=loaded.lost)
    store.flush()
    return report


def _take(outcomes, batch: dict[str, bytes], report: BuildReport, progress) -> int:
    """Put a chunk's graphs into ``batch`` and its problems into ``report``; the bytes added."""
    size = 0
    for out in outcomes:
        if out.problem is not None:
            report.problems.append(out.problem)
            continue
        if out.warning is not None:
            report.warnings.append(out.warning)
        batch.pop(out.graph, None)  # the same notice twice: the later one wins, as in the store
        batch[out.graph] = out.nquads
        size += len(out.nquads)
        report.graphs.append(out.graph)
        report.notices += 1
        if progress:
            progress(out.graph)
    return size


class _Loading:
    """Batches bulk-loaded in order by one background thread: ``put`` waits for the batch
    before (raising its error, if any) and hands this one over."""

    def __init__(self, pool: ThreadPoolExecutor, store: Store):
        self.pool, self.store = pool, store
        self.pending: Future | None = None
        self.writing = False
        #: the posts that the notices these batches replace gave in their old versions (None: the
        #: store cannot tell): the only posts whose agencies or titles a build can take away
        self.lost: set[str] | None = set() if hasattr(store, "posts_in") else None

    def put(self, batch: dict[str, bytes]) -> None:
        self.wait()
        self.pending = self.pool.submit(self._put, batch)

    def _put(self, batch: dict[str, bytes]) -> None:
        if not batch:
            return
        if not self.writing:  # the first write: from here on the identity data may be out of date
            mark_unresolved(self.store)
            self.writing = True
        if self.lost is not None:
            self.lost |= {p for g in batch for p in self.store.posts_in(g)}  # (a new notice gives none yet)
        self.store.put_nquads(batch)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()
            pause_point("notice-written")
