"""People: which person mentions, across all notices in the store, denote one person.

Evidence, strongest first: the same post, the same or a renamed agency, the
appointment/removal chain, the government that issued the notices. Same name
alone merges only when nothing contradicts it within one government; two
mentions of one name in one notice with unrelated posts are two people; a
person appointed to a post and listed in an unrelated post after that date,
with no removal in between, is someone else.

The resolver writes the identity graph: ``mention gov:denotes person``, the
person node, its posts, and the evidence of every merge and split. Person IRIs
are kept from the previous identity graph when a cluster contains a mention
that already denoted that person, so adding notices does not change them; a
merge of two earlier persons keeps the other IRI as ``owl:sameAs``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS

from ..extract.document import region_of
from ..namespaces import GOV, IDENTITY_GRAPH, ID, person_iri
from ..store import Store

_EVENT = {"Appointment": "appointment", "Removal": "removal", "PostListing": "listing"}


@dataclass
class Mention:
    iri: str
    name: str
    notice: str
    date: str
    region: str
    events: set[tuple[str, str, str]] = field(default_factory=set)  # (event, agency, title)

    @property
    def agencies(self) -> set[str]:
        return {a for _, a, _ in self.events}

    @property
    def posts(self) -> set[tuple[str, str]]:
        return {(a, t) for _, a, t in self.events}


@dataclass
class Cluster:
    mentions: list[Mention]
    evidence: list[str] = field(default_factory=list)

    @property
    def events(self):
        return [(m.date, e, a, t) for m in self.mentions for e, a, t in m.events]


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def similar_agency(a: str, b: str) -> bool:
    """Two names of one body (a rename or a short form): most bigrams shared."""
    if a == b:
        return True
    x, y = _bigrams(a), _bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6


def _read_mentions(store: Store) -> list[Mention]:
    query = resources.files("govkg.queries").joinpath("facts/mentions.rq").read_text(encoding="utf-8")
    mentions: dict[str, Mention] = {}
    for row in store.query(query):
        m = mentions.get(row["mention"])
        if m is None:
            m = Mention(iri=row["mention"], name=row["name"], notice=row["notice"],
                        date=row.get("date") or "", region=region_of(row.get("issuer"))[0])
            mentions[m.iri] = m
        if row.get("agency"):
            event = _EVENT.get(row["event"].rsplit("#", 1)[-1], "listing")
            m.events.add((event, row["agency"], row["title"]))
    return sorted(mentions.values(), key=lambda m: (m.date, m.notice, m.iri))


def _evidence(c: Cluster, m: Mention) -> tuple[int, str] | None:
    """How strongly ``m`` belongs to ``c`` (None: it must not)."""
    same_notice = [x for x in c.mentions if x.notice == m.notice]
    if same_notice and m.agencies and all(x.agencies and not (x.agencies & m.agencies) for x in same_notice):
        return None  # one notice, one name, unrelated posts: two people
    posts = {p for x in c.mentions for p in x.posts}
    if posts & m.posts:
        return 3, f"shares the post {sorted(posts & m.posts)[0]}"
    for _, e, a, t in c.events:
        for _, a2, t2 in m.events:
            if similar_agency(a, a2) and (t == t2 or a == a2):
                return 2, f"holds {t2} in {a2}, a name of the same body as {a}"
    if _contradicts(c, m):
        return None
    regions = {x.region for x in c.mentions}
    if m.region in regions or not m.region:
        return 1, "same name in the same government, and no post contradicts it"
    return None


def _contradicts(c: Cluster, m: Mention) -> bool:
    """Appointed to one post, then listed in an unrelated one with no removal between."""
    for date, e, a, t in c.events + [(m.date, e2, a2, t2) for e2, a2, t2 in m.events]:
        if e != "appointment":
            continue
        for date2, e2, a2, t2 in c.events + [(m.date, x, y, z) for x, y, z in m.events]:
            if e2 == "removal" or similar_agency(a, a2) or not date2 or not date or date2 < date:
                continue
            removed = any(ev == "removal" and similar_agency(ag, a) for _, ev, ag, _ in c.events) or \
                any(ev == "removal" and similar_agency(ag, a) for ev, ag, _ in m.events)
            same_source = (date2 == date)
            if not removed and not same_source:
                return True
    return False


def cluster(mentions: list[Mention]) -> list[Cluster]:
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    clusters: list[Cluster] = []
    for name in sorted(by_name):
        own: list[Cluster] = []
        for m in by_name[name]:
            scored = [(ev, c) for c in own if (ev := _evidence(c, m)) is not None]
            best = max((s for s in scored), key=lambda s: s[0][0], default=None)
            ties = [s for s in scored if best and s[0][0] == best[0][0]]
            if best and (best[0][0] >= 2 or len(ties) == 1):
                best[1].mentions.append(m)
                best[1].evidence.append(f"{m.iri}: {best[0][1]}")
            else:
                why = "first mention" if not own else "no person of this name fits without contradiction"
                own.append(Cluster([m], [f"{m.iri}: {why}"]))
        clusters.extend(own)
    return clusters


def _previous(store: Store) -> dict[str, str]:
    rows = store.query(f"SELECT ?m ?p WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?m <{GOV.denotes}> ?p }} }}")
    return {r["m"]: r["p"] for r in rows}


def resolve(store: Store) -> Graph:
    """Cluster every mention in the store and replace the identity graph; returns it."""
    previous = _previous(store)
    g = Graph(identifier=IDENTITY_GRAPH)
    for c in cluster(_read_mentions(store)):
        earlier = sorted({previous[m.iri] for m in c.mentions if m.iri in previous})
        anchor = min(c.mentions, key=lambda m: (m.date, m.notice, m.iri))
        person = URIRef(earlier[0]) if earlier else person_iri(anchor.name, anchor.iri)
        g.add((person, RDF.type, GOV.Person))
        g.add((person, FOAF.name, Literal(anchor.name)))
        g.add((person, RDFS.label, Literal(anchor.name)))
        for old in earlier[1:]:
            g.add((person, OWL.sameAs, URIRef(old)))
        for note in c.evidence:
            g.add((person, GOV.identityEvidence, Literal(note)))
        for m in c.mentions:
            g.add((URIRef(m.iri), GOV.denotes, person))
    store.put_graph(g)
    return g


__all__ = ["resolve", "cluster", "Mention", "Cluster", "similar_agency", "ID"]
