"""Tenures: each holding of a post by a person as an OWL-Time interval.

An appointment starts it (the date the text gives, else the notice's date), a
removal ends it, a later appointment of someone else to a single-holder post
ends it, a listing confirms it as of the listing notice's date; probation and
secondment stay on it.
"""
from __future__ import annotations

from collections import defaultdict

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


def add_tenures(g: Graph, facts) -> None:
    """Add a ``gov:Tenure`` per (person, post) to ``g`` from ``facts``: (person, fact) pairs,
    each fact a dict of its IRI, ``event``, ``post``, ``title``, the notice ``date`` and
    ``start``/``end``/``probation``/``secondment`` where given. Every fact of a post must be
    there: someone else's appointment ends a single-holder tenure."""
    by_post: dict[str, list[tuple[str, URIRef]]] = defaultdict(list)  # post -> appointments (date, person)
    holdings: dict[tuple[URIRef, str], list[dict]] = defaultdict(list)
    for person, f in facts:
        holdings[(person, f["post"])].append(f)
        if f["event"] == "appointment":
            by_post[f["post"]].append((f.get("start") or f["date"], person))
    for (person, post), facts in sorted(holdings.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        tenure = tenure_iri(person, post)
        g.add((tenure, RDF.type, GOV.Tenure))
        g.add((tenure, GOV.holder, person))
        g.add((tenure, GOV.post, URIRef(post)))
        appointed = sorted((f.get("start") or f["date"]) for f in facts if f["event"] == "appointment" and f["date"])
        begin = appointed[0] if appointed else None
        ends = sorted(f["date"] for f in facts if f["event"] == "removal" and f["date"]
                      and (not begin or f["date"] >= begin))
        ends += sorted(f["end"] for f in facts if f["event"] == "appointment" and f.get("end"))
        title = next((f["title"] for f in facts if f.get("title")), "")
        if begin and single_holder(title):
            ends += sorted(d for d, other in by_post[post] if other != person and d > begin)
        if begin:
            g.add((tenure, TIME.hasBeginning, _instant(g, URIRef(f"{tenure}/begin"), begin)))
        if ends:
            g.add((tenure, TIME.hasEnd, _instant(g, URIRef(f"{tenure}/end"), min(ends))))
        for f in facts:
            g.add((tenure, PROV.wasDerivedFrom, URIRef(f["fact"])))
            if f["event"] == "listing" and f["date"]:
                g.add((tenure, GOV.confirmedOn, Literal(f["date"], datatype=XSD.date)))
            if f.get("probation"):
                g.add((tenure, GOV.probation, Literal(f["probation"], datatype=XSD.duration)))
            if f.get("secondment"):
                g.add((tenure, GOV.secondment, Literal(True)))
