"""The unit of extraction work: a chunk of notices in, their N-Quads (or problems) out.

``extract_chunk`` is what every executor runs — in this process, in local worker
processes, or on a Dask cluster — so all of them build the same bytes. It needs
nothing but its arguments (the spaCy pipeline is built once per process) and
returns plain picklable data. One notice that raises, or runs past the time limit,
becomes a problem naming that notice; the rest of the chunk goes on.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import InputError, NoticeError
from .nlp import build_nlp, extract
from .notice import RawNotice
from .rdf import notice_triples


@dataclass(frozen=True)
class Outcome:
    """What became of one input item: a notice's graph (IRI and N-Quads) or a problem."""
    graph: str | None = None
    nquads: bytes | None = None
    problem: str | None = None
    warning: str | None = None


class NoticeTimeout(Exception):
    """Raised inside an extraction that ran past its time limit."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`NoticeTimeout` in this thread if the block runs longer than ``seconds``.

    In a process's main thread a real-time timer signal interrupts the work; in any other
    thread (a Dask worker's, say) a timer thread raises the exception asynchronously in
    this one. Both take effect between Python bytecodes.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        def _alarm(signum, frame):
            raise NoticeTimeout()
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    target = threading.get_ident()
    state = {"active": True}
    lock = threading.Lock()

    def _fire() -> None:
        with lock:
            if state["active"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(NoticeTimeout))

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
        timer.cancel()


def extract_one(item: RawNotice | InputError | str, timeout: float | None = 10.0) -> Outcome:
    """One input item to its outcome (never raises for a bad notice). An input that could
    not be read arrives as its error, or as the error's message (what crosses processes)."""
    if isinstance(item, (InputError, str)):
        return Outcome(problem=str(item))
    try:
        with time_limit(timeout):
            facts = extract(item, build_nlp())
            warning = None
            if not facts.document.title:
                missing = [k for k in ("number", "issuer", "signed") if not getattr(facts.document, k)]
                warning = (f"{item.label}: no title found; its facts are kept, the document row "
                           f"is incomplete (also missing: {', '.join(missing) or 'nothing'})")
            triples = notice_triples(facts)
            data = triples.nquads()
    except NoticeError as exc:
        return Outcome(problem=str(exc))
    except NoticeTimeout:
        return Outcome(problem=f"{item.label}: extraction took longer than {timeout:g} s and was stopped; "
                               "the rest of the batch was built — please report this notice "
                               "(or raise --notice-timeout)")
    except Exception as exc:  # noqa: BLE001 - one notice must not stop the batch
        return Outcome(problem=f"{item.label}: could not be extracted ({type(exc).__name__}: {exc}); "
                               "the rest of the batch was built — please report this notice")
    return Outcome(graph=str(triples.identifier), nquads=data, warning=warning)


def extract_chunk(items: list[RawNotice | InputError | str], timeout: float | None = 10.0) -> list[Outcome]:
    """Every item of a chunk to its outcome, in order."""
    return [extract_one(item, timeout) for item in items]


__all__ = ["Outcome", "NoticeTimeout", "time_limit", "extract_one", "extract_chunk"]
