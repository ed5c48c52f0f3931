"""Build: notices in, store out. Streams notices one at a time (flat memory),
writes each as its own named graph (replacing an earlier build of it), then
lets the resolver re-decide who is who in the blocks those notices touch.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .errors import InputError, InputWarning, NoticeError
from .nlp import build_nlp, extract
from .notice import RawNotice
from .rdf import notice_graph
from .ingest import read_inputs
from .errors import OverrideError
from .resolve.people import Override, resolve
from .resolve.state import mark_unresolved, pause_point
from .store import Store


@dataclass
class BuildReport:
    notices: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)


def build(inputs: Iterable[str | os.PathLike], store: Store,
          progress: Callable[[RawNotice], None] | None = None,
          overrides: list[Override] = ()) -> BuildReport:
    """Add every notice found in ``inputs`` to ``store``; report what could not be read."""
    report = BuildReport()
    nlp = build_nlp()
    resolved = mark_unresolved(store)  # a build that dies from here on leaves the store flagged
    for item in read_inputs(inputs):
        if isinstance(item, InputWarning):  # read, with something repaired or left out
            report.warnings.append(str(item))
            continue
        if isinstance(item, InputError):
            report.problems.append(str(item))
            continue
        try:
            facts = extract(item, nlp)
            if not facts.document.title:
                missing = [k for k in ("number", "issuer", "signed") if not getattr(facts.document, k)]
                report.warnings.append(f"{item.label}: no title found; its facts are kept, the document row "
                                       f"is incomplete (also missing: {', '.join(missing) or 'nothing'})")
            graph = notice_graph(facts)
        except NoticeError as exc:
            report.problems.append(str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one notice must not stop the batch
            report.problems.append(f"{item.label}: could not be extracted ({type(exc).__name__}: {exc}); "
                                   "the rest of the batch was built — please report this notice")
            continue
        store.put_graph(graph)
        pause_point("notice-written")
        report.graphs.append(str(graph.identifier))
        report.notices += 1
        if progress:
            progress(item)
    changed = report.graphs if resolved else None  # None: resolve the whole store
    pending = list(overrides)
    while True:  # an override the store cannot hold is named and left out; the rest apply
        try:
            resolve(store, changed, pending)
            break
        except OverrideError as exc:
            if exc.override not in pending:
                raise
            report.problems.append(f"override not applied: {exc}")
            pending.remove(exc.override)
    store.flush()
    return report
