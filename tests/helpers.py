"""What the extraction tests read from a made-up text: its facts and their rows, as tuples that print
readably in a failing assert."""
from __future__ import annotations

from govkg.facts import Appointment, Membership, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> list:
    """The facts extracted from ``text`` as one inline notice."""
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


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
