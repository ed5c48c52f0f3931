"""Tenures: each holding of a post by a person as an OWL-Time interval.

An appointment starts it (the date the text gives, else the notice's date), a
removal ends it, a later appointment of someone else to a single-holder post
ends it, a listing confirms it as of the listing notice's date; probation and
secondment stay on it.

A holding is first summed up (``Holding``: everything its quads say), then written:
a build that changes a few facts of a post compares the holdings those facts can change
(``changed_holdings``: their holders', and the holders' before them whose next appointment of
someone else moved) and rewrites only those that differ.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, TIME, XSD

from ..namespaces import GOV, ID, digest

#: titles that several people hold at once (副局长, 成员, 调研员 ...)
_SHARED = ("副", "成员", "委员", "调研员", "巡视员", "科员", "干事", "常委")


def single_holder(title: str) -> bool:
    return not any(w in title for w in _SHARED)


def _instant(g: Graph, node: URIRef, date: str) -> URIRef:
    g.add((node, RDF.type, TIME.Instant))
    if len(date) == 10:
        g.add((node, TIME.inXSDDate, Literal(date, datatype=XSD.date)))
    else:
        g.add((node, TIME.inXSDgYearMonth, Literal(date, datatype=XSD.gYearMonth)))
    return node


def tenure_iri(person, post: str) -> URIRef:
    return ID[f"tenure/{digest(str(person), str(post))}"]


@dataclass(frozen=True)
class Holding:
    """One person's holding of one post, as its tenure's quads state it."""
    person: str
    post: str
    begin: str | None
    end: str | None
    facts: tuple[str, ...]  # the facts it is derived from
    confirmed: tuple[str, ...]  # dates of the listings that confirm it
    probation: tuple[str, ...]
    secondment: bool


def _appointments(facts) -> dict[str, list[tuple[str, str]]]:
    """{post: [(date, person)]} of the appointments among ``facts``, by date (so the first other
    appointment after a begin is found by bisection)."""
    by_post: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for person, f in facts:
        if f["event"] == "appointment" and (f.get("start") or f["date"]):
            by_post[f["post"]].append((f.get("start") or f["date"], str(person)))
    for appointments in by_post.values():
        appointments.sort()
    return by_post


def _begin(f: dict) -> str | None:
    """When an appointment fact makes its holding begin: its ``start``, else the notice's date
    (None for other events and for an appointment of an undated notice)."""
    return (f.get("start") or f["date"]) if f["event"] == "appointment" and f["date"] else None


def _next_other(later: list[tuple[str, str]], begin: str, person: str) -> str | None:
    """The date of the first appointment in ``later`` after ``begin`` of someone other than ``person``."""
    k = bisect_right(later, (begin, "\U0010ffff"))
    while k < len(later) and later[k][1] == person:
        k += 1
    return later[k][0] if k < len(later) else None


def holdings(facts, keys: set[tuple[str, str]] | None = None,
             by_post: dict[str, list[tuple[str, str]]] | None = None) -> dict[tuple[str, str], Holding]:
    """{(person, post): Holding} from ``facts``: (person, fact) pairs, each fact a dict of its IRI,
    ``event``, ``post``, ``title``, the notice ``date`` and ``start``/``end``/``probation``/
    ``secondment`` where given. Every fact of a post must be there: someone else's appointment
    ends a single-holder tenure. ``keys``: only the holdings of these (person, post) keys
    (``by_post``: the facts' ``_appointments``, where already at hand)."""
    if by_post is None:
        by_post = _appointments(facts)
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for person, f in facts:
        key = (str(person), f["post"])
        if keys is None or key in keys:
            grouped[key].append(f)
    out = {}
    for (person, post), fs in grouped.items():
        fs.sort(key=lambda f: f["fact"])
        begin = min(filter(None, map(_begin, fs)), default=None)
        ends = [f["date"] for f in fs if f["event"] == "removal" and f["date"] and (not begin or f["date"] >= begin)]
        ends += [f["end"] for f in fs if f["event"] == "appointment" and f.get("end")]
        title = next((f["title"] for f in fs if f.get("title")), "")
        if begin and single_holder(title):  # (the first appointment of someone else after it ends it)
            successor = _next_other(by_post.get(post, []), begin, person)
            if successor:
                ends.append(successor)
        out[(person, post)] = Holding(
            person, post, begin, min(ends) if ends else None, tuple(sorted({f["fact"] for f in fs})),
            tuple(sorted({f["date"] for f in fs if f["event"] == "listing" and f["date"]})),
            tuple(sorted({f["probation"] for f in fs if f.get("probation")})), any(f.get("secondment") for f in fs))
    return out


def changed_holdings(before, after) -> tuple[dict, dict]:
    """The holdings that may differ between two sets of (person, fact) pairs of the same posts —
    ``before`` and ``after`` a build — as (before's, after's) of those keys: the keys whose own
    pairs differ (a fact added or gone, or now denoting someone else; a fact carried over is the
    same object), and the keys whose next appointment of someone else moved. Every other key's
    holding is the same on both sides (it depends on its own facts and that date only), so
    comparing these gives the changes of comparing every holding, without building the rest."""
    def pairs(facts):
        return {(str(person), id(f)): f["post"] for person, f in facts}

    was, now = pairs(before), pairs(after)
    keys = {(person, was.get((person, i)) or now[(person, i)]) for person, i in was.keys() ^ now.keys()}
    appointed_before, appointed_after = _appointments(before), _appointments(after)
    begins: dict[tuple[str, str], str] = {}  # a key's first appointment (the same on both sides outside ``keys``)
    for person, f in before:
        date = _begin(f)
        key = (str(person), f["post"])
        if date and key not in keys and (key not in begins or date < begins[key]):
            begins[key] = date
    for (person, post), begin in begins.items():
        if (_next_other(appointed_before.get(post, []), begin, person)
                != _next_other(appointed_after.get(post, []), begin, person)):
            keys.add((person, post))
    return holdings(before, keys, appointed_before), holdings(after, keys, appointed_after)


def add_holding(g: Graph, h: Holding) -> None:
    """The tenure's quads: holder, post, begin and end instants, the facts, confirmations,
    probation and secondment."""
    tenure = tenure_iri(h.person, h.post)
    g.add((tenure, RDF.type, GOV.Tenure))
    g.add((tenure, GOV.holder, URIRef(h.person)))
    g.add((tenure, GOV.post, URIRef(h.post)))
    if h.begin:
        g.add((tenure, TIME.hasBeginning, _instant(g, URIRef(f"{tenure}/begin"), h.begin)))
    if h.end:
        g.add((tenure, TIME.hasEnd, _instant(g, URIRef(f"{tenure}/end"), h.end)))
    for fact in h.facts:
        g.add((tenure, PROV.wasDerivedFrom, URIRef(fact)))
    for date in h.confirmed:
        g.add((tenure, GOV.confirmedOn, Literal(date, datatype=XSD.date)))
    for probation in h.probation:
        g.add((tenure, GOV.probation, Literal(probation, datatype=XSD.duration)))
    if h.secondment:
        g.add((tenure, GOV.secondment, Literal(True)))


def add_tenures(g: Graph, facts) -> None:
    """Add a ``gov:Tenure`` per (person, post) to ``g`` from ``facts`` (see ``holdings``)."""
    for h in holdings(facts).values():
        add_holding(g, h)
