"""Resolution in blocks, incremental and crash-safe.

The identity data is cut into blocks whose results depend only on the notices
(and overrides) of the block:

- a *name*: the people called 张伟 (clustering never compares two names), with
  each person node and its career (posts, tenures, post events, memberships);
- a *post*: the tenures of everyone who held it (a successor's appointment ends
  a single-holder tenure);
- a *government*: rename detection compares the agencies named in the notices of
  one government (graph ``graph/renames/<digest>``).

A build re-decides only the blocks its new or replaced notices touch, reading only
those blocks from the store (SPARQL with ``VALUES``). The result is a function of
the notices and the overrides in the store, never of the build history: person
IRIs come from the earliest mention of the cluster (by notice date, notice, mention).

All of it is written by one SPARQL UPDATE, a single transaction that also sets the
store's ``resolved`` flag: a process killed at any point leaves the old identity
data or the new one, and a store whose flag is missing is resolved in full by the
next build.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS

from ..errors import OverrideError
from ..lexicon import region_of
from ..namespaces import GOV, IDENTITY_GRAPH, person_iri
from ..store import Store
from . import overrides as ov
from .agencies import add_renames
from .people import Cluster, Mention, cluster, read_mentions, with_values
from .state import (OVERRIDES_GRAPH, RENAMES_PREFIX, STATE_GRAPH, flag_insert, is_resolved, pause_point,
                    renames_graph)
from .tenures import add_tenures, tenure_iri

_I = f"<{IDENTITY_GRAPH}>"
_P = ("PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
      "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX time: <http://www.w3.org/2006/time#>\n")


@dataclass
class ResolveReport:
    full: bool
    names: int  # name blocks re-decided
    posts: int  # post blocks (tenures) re-decided
    governments: int  # government blocks (renames) re-decided
    people: int  # person nodes written


def resolve(store: Store, changed: Iterable[str] | None = None, overrides: Iterable[ov.Override] = (),
            remove: Iterable[str] = ()) -> ResolveReport:
    """Bring the identity data up to date with the notices of the store.

    ``changed``: the notice graphs written since the store was last resolved (None: all);
    ``overrides``: reviewer decisions to add (checked against the store: ``OverrideError``
    names what is missing, and nothing is written); ``remove``: ids of stored overrides to
    drop (``OverrideError`` for an unknown id). Everything lands in one transaction."""
    full = changed is None or not is_resolved(store)
    changed = sorted(set(changed or ()))
    stored = ov.stored(store)
    removed = _removed(stored, remove)
    added = sorted(set(overrides) - set(stored))
    active = sorted((set(stored) - set(removed)) | set(added))

    if full:
        mentions = read_mentions(store)
    else:
        names = _names_in(store, changed) | _old_names(store, changed) | {o.name for o in added + removed}
        mentions = read_mentions(store, names)
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    for o in added:
        ov.check(store, o, by_name.get(o.name, []))
    names = set(by_name) if full else names

    people = [(_person(c), c) for c in cluster(mentions, active)]
    g = Graph()
    for person, c in people:
        _write_person(g, person, c)
    posts = _write_tenures(store, g, people, names, full)
    index = _government_index(store, None if full else changed)
    renames, governments = _renames(store, people, mentions, changed, index, full)
    pause_point("resolve-computed")

    ops = _clear_all(store) if full else _clear(names, posts, governments, changed)
    ops += [f"DELETE WHERE {{ GRAPH <{OVERRIDES_GRAPH}> {{ <{ov.node(o)}> ?p ?o }} }}" for o in removed]
    data = [f"GRAPH {_I} {{\n{_nt(g)}}}"]
    data += [f"GRAPH <{renames_graph(r)}> {{\n{_nt(rg)}}}" for r, rg in sorted(renames.items()) if len(rg)]
    data += [f"GRAPH <{OVERRIDES_GRAPH}> {{\n{''.join(ov.triples(o) for o in added)}}}"]
    data += [f"GRAPH <{STATE_GRAPH}> {{\n" + "".join(
        f"<{n}> <{GOV.government}> {Literal(r).n3()} .\n" for n, r in sorted(index.items())) + "}"]
    data += [flag_insert()]
    ops.append("INSERT DATA {\n" + "\n".join(data) + "\n}")
    store.ox.update(_P + " ;\n".join(ops))
    pause_point("resolve-written")
    return ResolveReport(full, len(names), len(posts), len(governments), len(people))


def _removed(stored: list[ov.Override], ids: Iterable[str]) -> list[ov.Override]:
    out = []
    for i in ids:
        hit = [o for o in stored if o.id == i]
        if not hit:
            raise OverrideError(f"no override {i} in the store (`govkg identity override list` shows them)")
        out += hit
    return out


def _person(c: Cluster) -> URIRef:
    anchor = min(c.mentions, key=lambda m: (m.date, m.notice, m.iri))
    return person_iri(anchor.name, anchor.iri)


def _write_person(g: Graph, person: URIRef, c: Cluster) -> None:
    """The person node: name, evidence, the mentions that denote it, and its career —
    the posts it held, a tenure per post, every post event and group membership, and
    the notices it is named in."""
    name = c.mentions[0].name
    g.add((person, RDF.type, GOV.Person))
    g.add((person, FOAF.name, Literal(name)))
    g.add((person, RDFS.label, Literal(name)))
    for note in c.evidence:
        g.add((person, GOV.identityEvidence, Literal(note)))
    for m in c.mentions:
        g.add((URIRef(m.iri), GOV.denotes, person))
        g.add((person, PROV.wasDerivedFrom, URIRef(m.notice)))
        for post in m.posts_held:
            g.add((person, GOV.holdsPost, URIRef(post)))
        for f in m.facts:
            g.add((person, GOV.hasPostEvent, URIRef(f["fact"])))
            g.add((person, GOV.hasTenure, tenure_iri(person, f["post"])))
        for membership, group in m.memberships:
            g.add((person, ORG.hasMembership, URIRef(membership)))
            g.add((person, GOV.memberOf, URIRef(group)))


def _write_tenures(store: Store, g: Graph, people, names: set[str], full: bool) -> set[str]:
    """Tenures of every post the re-decided people hold or held; returns those posts."""
    facts = [(person, {**f, "date": m.date}) for person, c in people for m in c.mentions for f in m.facts]
    if full:
        add_tenures(g, facts)
        return {f["post"] for _, f in facts}
    posts = {f["post"] for _, f in facts} | _old_posts(store, names)
    if not posts:
        return posts
    now = {m.iri: person for person, c in people for m in c.mentions}
    query = with_values(_query("post-events"), "post", [f"<{p}>" for p in sorted(posts)])
    seen, facts = set(), []
    for row in store.query(query):
        person = now.get(row["mention"]) or (URIRef(row["pid"]) if row.get("pid") else None)
        if person is None or (person, row["fact"]) in seen:
            continue
        seen.add((person, row["fact"]))
        event = {"Appointment": "appointment", "Removal": "removal"}.get(row["event"].rsplit("#", 1)[-1], "listing")
        facts.append((person, {**row, "event": event, "date": row.get("date") or ""}))
    add_tenures(g, sorted(facts, key=lambda pf: (str(pf[0]), pf[1]["fact"])))
    return posts


def _government_index(store: Store, notices: list[str] | None) -> dict[str, str]:
    """notice IRI -> the government that issued it (``region_of`` its issuer; '' if unknown)."""
    q = ("SELECT ?n ?issuer WHERE { GRAPH ?n { ?n a <https://w3id.org/govkg/ontology#Notice> "
         "OPTIONAL { ?n <https://w3id.org/govkg/ontology#issuerName> ?issuer } } }")
    if notices is not None:
        if not notices:
            return {}
        q = with_values(q, "n", [f"<{n}>" for n in notices])
    return {r["n"]: region_of(r.get("issuer"))[0] for r in store.query(q)}


def _renames(store: Store, people, mentions: list[Mention], changed: list[str], index: dict[str, str],
             full: bool) -> tuple[dict[str, Graph], set[str]]:
    """Rename events per government, for every government the re-decided people or the
    changed notices touch; returns {government: graph} and those governments."""
    governments = {m.region for m in mentions} | set(index.values())
    names_of = {person: c.mentions[0].name for person, c in people}
    now = {m.iri: person for person, c in people for m in c.mentions}
    seen: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    fresh = mentions if full else [m for m in mentions if m.notice in set(changed)]
    for m in fresh:
        if m.date and m.region in governments:
            for _, agency, _ in m.events:
                seen[m.region][agency].append((m.date, str(now[m.iri])))
    if not full:
        governments |= _old_governments(store, changed)
        if governments:
            q = with_values(_query("government-events"), "region", [Literal(r).n3() for r in sorted(governments)])
            skip = set(changed)
            for row in store.query(q):
                if row["notice"] in skip:
                    continue
                person = now.get(row["mention"]) or row.get("pid")
                if person is None:
                    continue
                seen[row["region"]][row["agency"]].append((row["date"], str(person)))
                names_of.setdefault(URIRef(person), row["name"])
    names = {str(p): n for p, n in names_of.items()}
    out = {}
    for region in sorted(governments):
        rg = Graph()
        if seen.get(region):
            add_renames(rg, seen[region], names)
        out[region] = rg
    return out, governments


def _clear_all(store: Store) -> list[str]:
    ops = [f"DROP SILENT GRAPH {_I}", f"DROP SILENT GRAPH <{STATE_GRAPH}>"]
    return ops + [f"DROP SILENT GRAPH <{g}>" for g in store.graphs() if g.startswith(RENAMES_PREFIX)]


def _clear(names: set[str], posts: set[str], governments: set[str], changed: list[str]) -> list[str]:
    """Delete what the re-decided blocks wrote last time (tenures first: they are found by post)."""
    ops = []
    if posts:
        v = "VALUES ?post { " + " ".join(f"<{p}>" for p in sorted(posts)) + " }"
        ops.append(f"DELETE {{ GRAPH {_I} {{ ?i ?x ?y }} }} WHERE {{ {v} GRAPH {_I} {{ ?t a gov:Tenure ; "
                   "gov:post ?post . { ?t time:hasBeginning ?i } UNION { ?t time:hasEnd ?i } ?i ?x ?y } }")
        ops.append(f"DELETE {{ GRAPH {_I} {{ ?t ?x ?y }} }} WHERE {{ {v} GRAPH {_I} {{ ?t a gov:Tenure ; "
                   "gov:post ?post ; ?x ?y } }")
    if names:
        v = "VALUES ?name { " + " ".join(Literal(n).n3() for n in sorted(names)) + " }"
        ops.append(f"DELETE {{ GRAPH {_I} {{ ?m gov:denotes ?p }} }} WHERE {{ {v} GRAPH {_I} {{ ?p a gov:Person ; "
                   "foaf:name ?name . ?m gov:denotes ?p } }")
        ops.append(f"DELETE {{ GRAPH {_I} {{ ?p ?x ?y }} }} WHERE {{ {v} GRAPH {_I} {{ ?p a gov:Person ; "
                   "foaf:name ?name ; ?x ?y } }")
    ops += [f"DROP SILENT GRAPH <{renames_graph(r)}>" for r in sorted(governments)]
    if changed:
        v = "VALUES ?n { " + " ".join(f"<{n}>" for n in changed) + " }"
        ops.append(f"DELETE {{ GRAPH <{STATE_GRAPH}> {{ ?n gov:government ?r }} }} WHERE {{ {v} "
                   f"GRAPH <{STATE_GRAPH}> {{ ?n gov:government ?r }} }}")
    return ops


def _names_in(store: Store, notices: list[str]) -> set[str]:
    if not notices:
        return set()
    q = with_values("SELECT DISTINCT ?name WHERE { GRAPH ?n { ?m a gov:PersonMention ; gov:name ?name } }",
                    "n", [f"<{n}>" for n in notices])
    return {r["name"] for r in store.query(_P + q)}


def _old_names(store: Store, notices: list[str]) -> set[str]:
    """Names of the people the identity graph derived from these notices (a replaced
    notice may no longer name them)."""
    if not notices:
        return set()
    q = with_values(f"SELECT DISTINCT ?name WHERE {{ GRAPH {_I} {{ ?p prov:wasDerivedFrom ?n ; foaf:name ?name }} }}",
                    "n", [f"<{n}>" for n in notices])
    return {r["name"] for r in store.query(_P + q)}


def _old_posts(store: Store, names: set[str]) -> set[str]:
    if not names:
        return set()
    q = with_values(f"SELECT DISTINCT ?post WHERE {{ GRAPH {_I} {{ ?p a gov:Person ; foaf:name ?name . "
                    "?t gov:holder ?p ; gov:post ?post } }", "name", [Literal(n).n3() for n in sorted(names)])
    return {r["post"] for r in store.query(_P + q)}


def _old_governments(store: Store, notices: list[str]) -> set[str]:
    if not notices:
        return set()
    q = with_values(f"SELECT DISTINCT ?r WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?n gov:government ?r }} }}",
                    "n", [f"<{n}>" for n in notices])
    return {r["r"] for r in store.query(_P + q)}


def _query(name: str) -> str:
    return resources.files("govkg.queries").joinpath(f"facts/{name}.rq").read_text(encoding="utf-8")


def _nt(g: Graph) -> str:
    return g.serialize(format="nt", encoding="utf-8").decode("utf-8")


__all__ = ["resolve", "ResolveReport"]
