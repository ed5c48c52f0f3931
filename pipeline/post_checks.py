"""Two cross-document shapes answered from the posts' timelines instead of a join of the store.

``SingleHolderShape`` (two persons hold a head's post on one date) and
``ListedAfterRemovalShape`` (a person listed in a post after a notice removed them from it,
with no appointment between) join every holding of the store with every other on
(post, date) or (post, person): at 100k notices ~1.5M rows a side, 11 and 6 minutes and
1.5-2.3 GB. Both are questions about one post at a time, and the build already keeps each
post's events in ``graph/derived`` (``gov:timeline``, in parts: per notice its dates, per event the
mention, its person and name). So when the records are current (``derived.current``), a
store's validation reads each post's timeline once and answers both shapes post by post:
memory is one post's events, time is linear in the store. The shapes' SPARQL stays what
they mean (pyshacl runs it on files and the store runner on stores without records), and
the tests hold this reading to the same results, message for message.

A result needs what the timeline does not keep: its focus node (the fact whose mention the
event is), a post's label, a notice's number. Those are looked up for the results only.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SH

from .derived import DERIVED_GRAPH, decode_timeline
from .namespaces import ELI, GOV
from .shacl_sparql import Result, result

GSH = "https://w3id.org/govkg/shapes#"
SINGLE_HOLDER = URIRef(GSH + "SingleHolderShape")
LISTED_AFTER_REMOVAL = URIRef(GSH + "ListedAfterRemovalShape")
#: the shapes this module answers
SHAPES = (SINGLE_HOLDER, LISTED_AFTER_REMOVAL)

#: the head titles SingleHolderShape names, read from its query (one list, in the shape)
_HEADS = re.compile(r"FILTER\(\?title IN \(([^)]*)\)\)")


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_TIMELINE, _DERIVED = _n(GOV.timeline), _n(DERIVED_GRAPH)
_TYPE, _PERSON, _POST, _MEMBER = _n(RDF.type), _n(GOV.person), _n(GOV.post), _n(ORG.member)
_NAME, _TITLE, _LABEL, _NUMBER = _n(GOV.name), _n(GOV.title), _n(RDFS.label), _n(ELI.id_local)
_HOLDS = _n(GOV.holdsPost)
_REMOVAL, _LISTING, _MEMBERSHIP = str(GOV.Removal), str(GOV.PostListing), str(ORG.Membership)


@dataclass(frozen=True)
class _Held:
    """One mention's event in a post: what the shapes join on."""
    kind: str
    mention: str
    notice: str
    pid: str
    date: str  # the notice's date as the shapes read it: signed, else published
    dates: tuple  # both of the notice's dates (an appointment counts between by either)


class _Lookups:
    """What a result needs beyond the timeline, by index, each once."""

    def __init__(self, s: ox.Store):
        self.s = s
        self.memo: dict = {}

    def values(self, subject: str, pred) -> list[str]:
        key = (subject, pred.value)
        if key not in self.memo:
            self.memo[key] = sorted({q.object.value for q in self.s.quads_for_pattern(_n(subject), pred, None, None)})
        return self.memo[key]

    def distinct(self, subject: str, pred) -> list[str]:
        """``values`` of a node that many graphs repeat (a post's label and title: one statement
        per notice naming it, thousands at 100k notices), deduplicated by the engine."""
        key = (subject, pred.value)
        if key not in self.memo:
            rows = self.s.query(f"SELECT DISTINCT ?o WHERE {{ GRAPH ?g {{ <{subject}> <{pred.value}> ?o }} }}")
            self.memo[key] = sorted({row["o"].value for row in rows})
        return self.memo[key]

    def facts(self, mention: str, post: str, listings_only: bool) -> list[str]:
        """The facts a mention's holding of ``post`` is read from: the facts naming the mention
        in the post (not removals; ``listings_only``: listings), and the memberships naming it.
        Kept with the post's other lookups (a mention is paired with every other holder of a date)."""
        key = (mention, post, listings_only)
        if key not in self.memo:
            self.memo[key] = self._facts(mention, post, listings_only)
        return self.memo[key]

    def _facts(self, mention: str, post: str, listings_only: bool) -> list[str]:
        out = set()
        for q in self.s.quads_for_pattern(None, _PERSON, _n(mention), None):
            types = self.values(q.subject.value, _TYPE)
            if post in self.values(q.subject.value, _POST) and _REMOVAL not in types \
                    and (not listings_only or _LISTING in types):
                out.add(q.subject.value)
        if post in self.values(mention, _HOLDS):
            for q in self.s.quads_for_pattern(None, _MEMBER, _n(mention), None):
                if _MEMBERSHIP in self.values(q.subject.value, _TYPE):
                    out.add(q.subject.value)
        return sorted(out)

    def names(self, mention: str) -> list[str]:
        return self.values(mention, _NAME) or [mention]

    def number(self, notice: str) -> list[str]:
        return self.values(notice, _NUMBER) or [notice]


def _shape_parts(sg: Graph, shape: URIRef) -> tuple | None:
    constraint = sg.value(shape, SH.sparql)
    if constraint is None:
        return None
    return (sg.value(shape, SH.severity) or SH.Violation, constraint, list(sg.objects(constraint, SH.message)))


def post_checks(s: ox.Store, sg: Graph) -> Iterator[Result]:
    """The results of the shapes in ``SHAPES`` that ``sg`` holds, read post by post from the
    timelines (the caller makes sure the records are current)."""
    single, listed = _shape_parts(sg, SINGLE_HOLDER), _shape_parts(sg, LISTED_AFTER_REMOVAL)
    heads = set()
    if single:
        m = _HEADS.search(str(sg.value(single[1], SH.select)))
        heads = set(re.findall(r'"([^"]+)"', m.group(1))) if m else set()
    look = _Lookups(s)
    nodes = s.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s <{GOV.timeline}> ?t }} }} ORDER BY ?s")
    for node in (row["s"] for row in nodes):  # (a post's timeline parts, read together)
        held = _held(decode_timeline(*(q.object.value for q in s.quads_for_pattern(node, _TIMELINE, None, _DERIVED))))
        post = node.value
        if not held:
            continue
        look.memo.clear()  # (one post's lookups at a time: memory stays one post's)
        if single and heads & set(look.distinct(post, _TITLE)):
            for binding in _single_holder(post, held, look):
                yield result(binding, single[0], SINGLE_HOLDER, SH.SPARQLConstraintComponent, single[2],
                             constraint=single[1])
        if listed:
            for binding in _listed_after_removal(post, held, look):
                yield result(binding, listed[0], LISTED_AFTER_REMOVAL, SH.SPARQLConstraintComponent, listed[2],
                             constraint=listed[1])


def _held(events) -> list[_Held]:
    out = set()
    for e in events:
        if e.pid and e.dated:
            out.add(_Held(e.kind, e.mention, e.notice, e.pid, e.dated,
                          tuple(d for d in (e.date, e.published) if d)))
    return sorted(out, key=lambda h: (h.date, h.kind, h.mention, h.pid))


def _post_label(post: str, look: _Lookups, fallback: str | None) -> str | None:
    labels = look.distinct(post, _LABEL)
    return labels[0] if labels else fallback


def _single_holder(post: str, held: list[_Held], look: _Lookups) -> Iterator[dict]:
    """Two persons holding ``post`` on one date: for each fact of one, each holding of another."""
    on: dict[str, list[_Held]] = defaultdict(list)
    for h in held:
        if h.kind != "removal":
            on[h.date].append(h)
    titles = look.distinct(post, _TITLE)
    label = _post_label(post, look, titles[0] if titles else None)
    seen = set()
    for date, hs in sorted(on.items()):
        if len({h.pid for h in hs}) < 2:
            continue
        for a in hs:
            mine = look.facts(a.mention, post, listings_only=False)
            for b in hs:
                if b.pid == a.pid:
                    continue
                others = look.facts(b.mention, post, listings_only=False)
                for this in mine:
                    if not set(others) - {this}:
                        continue
                    for name in look.names(a.mention):
                        for other in look.names(b.mention):
                            for number in look.number(b.notice):
                                key = (this, date, name, other, number)
                                if key in seen:
                                    continue
                                seen.add(key)
                                binding = {"this": URIRef(this), "date": Literal(date), "name": Literal(name),
                                           "otherName": Literal(other), "otherNotice": Literal(number)}
                                if label is not None:
                                    binding["postLabel"] = Literal(label)
                                yield binding


def _listed_after_removal(post: str, held: list[_Held], look: _Lookups) -> Iterator[dict]:
    """A listing of a person in ``post`` dated after a removal of them from it, with no
    appointment of them to it dated (by either of its notice's dates) between, inclusive."""
    by_pid: dict[str, list[_Held]] = defaultdict(list)
    for h in held:
        by_pid[h.pid].append(h)
    label = _post_label(post, look, post)
    seen = set()
    for pid, hs in sorted(by_pid.items()):
        removals = [h for h in hs if h.kind == "removal"]
        if not removals:
            continue
        appointed = [d for h in hs if h.kind == "appointment" for d in h.dates]
        for listing in (h for h in hs if h.kind == "holding"):
            for r in removals:
                if not r.date < listing.date or any(r.date <= d <= listing.date for d in appointed):
                    continue
                for this in look.facts(listing.mention, post, listings_only=True):
                    for name in look.names(listing.mention):
                        for number in look.number(r.notice):
                            key = (this, name, number, r.date, listing.date)
                            if key in seen:
                                continue
                            seen.add(key)
                            yield {"this": URIRef(this), "name": Literal(name), "postLabel": Literal(label),
                                   "removedBy": Literal(number), "rdate": Literal(r.date),
                                   "ldate": Literal(listing.date)}


__all__ = ["post_checks", "SHAPES"]
