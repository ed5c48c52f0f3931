"""What the extraction tests read from a made-up text: its facts and their rows, as tuples that print
readably in a failing assert."""
from __future__ import annotations

from govkg.facts import Appointment, Assignment, Membership, Position, Removal, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def notice(text: str):
    """What the pipeline reads from ``text`` as one inline notice (its document row and facts)."""
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def facts(text: str) -> list:
    """The facts extracted from ``text`` as one inline notice."""
    return notice(text).facts


def document(text: str):
    """The document row of ``text`` as one inline notice."""
    return notice(text).document


def members(text: str) -> list[tuple]:
    """(group, person, role) of each membership, sorted."""
    return sorted((f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership))


def positions(text: str) -> list[tuple]:
    """(person, agency, title) of each position, sorted."""
    return sorted((f.person, f.post.agency, f.post.title) for f in facts(text) if isinstance(f, Position))


def posts(text: str, kind=(Appointment, Removal, Position)) -> list[tuple]:
    """(fact type, person, agency, title) of each appointment, removal and position (or of ``kind``), sorted."""
    return sorted((type(f).__name__, f.person, f.post.agency, f.post.title) for f in facts(text)
                  if isinstance(f, kind))


def assignments(text: str) -> set[tuple]:
    """(task, role, agency) of each assignment."""
    return {(f.task, f.role, f.agency) for f in facts(text) if isinstance(f, Assignment)}


def subgroups(text: str) -> set[tuple]:
    """(group, parent) of each subgroup."""
    return {(f.group, f.parent) for f in facts(text) if isinstance(f, Subgroup)}
