"""Derived tables: what the canned questions over the whole store need, computed once.

Some questions join every notice with every other each time they are asked: which
posts nobody holds on a date, who is still listed in a post a notice removed them
from, which agencies a short name such as 市水利局 (a suffix of 九江市水利局) means.
Their inputs are kept here, in the named graph ``graph/derived``, so a query reads a
few records by index instead of joining the store:

- ``gov:lookupKey`` on each agency: every name a user may give for it (its
  ``skos:prefLabel``, each ``skos:altLabel``, and each ending of the full name that
  starts at a level of government, 市水利局 for 九江市水利局) with its ``skos:prefLabel``
  how many tasks it leads, supports and is responsible for (``gov:leadTaskCount`` …) and
  how many appointments and removals name a post of it (``gov:appointmentCount``,
  ``gov:removalCount``), each kept by difference from ``gov:AgencyCount`` records per
  agency and notice,
  and ``gov:inAgency`` / ``gov:title`` on each post, once (notice graphs repeat them per
  notice);
- ``gov:StaleListing``: a listing of a person in a post dated after a notice removed
  them from it with no appointment between (the rows of ``stale-listings``);
- ``gov:Homonym``: a name (``gov:sharedName``) that more than one person bears;
- ``gov:Vacancy``: a spell ``[gov:spellFrom, gov:spellUntil)`` during which a post
  someone was removed from has no holder (the rows of ``vacant-posts`` for any date
  in the spell);
- on each notice, ``gov:docKey``: its 文号 and its title without brackets and spaces
  (国发〔2023〕18号 -> 国发202318号), and ``gov:citesKey``: the same of each number it cites,
  so a query finds a document by the number or title a user types with one index lookup
  (the query binds the same key, ``canned``'s ``?NAME_key``) instead of normalising every
  number in the store;
- ``gov:GroupName``: each distinct group name (``rdfs:label``) once, with the notices that
  bear it (``gov:sourceNotice``; a record no notice bears any more goes), so a search for a
  part of a name reads the distinct names (hundreds of groups share one name in a large
  store), then finds the groups by exact label;
- ``gov:timeline`` on each post: its events (appointments, removals, listings) notice by
  notice, as JSON, so a build reads again only the changed notices' events and the people of
  the mentions the resolver relinked, not the post's whole history; validation answers the
  shapes about a post's holders from them, post by post (``post_checks``). A post's timeline is
  kept in parts, the events of a notice always in the same one (``namespaces.notice_part``): a build rewrites the parts of its notices, not the post's whole history
  (stores of older code hold one literal per post, a single part, replaced when the post is next touched).

A build refreshes only what its notices touch: the agencies named in them, and the
posts named in them or held by anyone sharing a name with a person in them (the
resolver may have re-decided who those people are). Every record is a function of
the notices and the identity graph; ``refresh(store)`` with no notices rebuilds all.
The records are a cache, not knowledge: exports leave this graph out.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

import pyoxigraph as ox

from .namespaces import GOV, ID, IDENTITY_GRAPH, digest, full_iri, notice_part, short_iri
from .store import remove_graphs

#: the graph of derived records
DERIVED_GRAPH = ID["graph/derived"]
#: what the records hold; a store whose records are of an older version gets them all
#: rebuilt by its next build (3: task counts per agency and notice; 4: personnel changes too;
#: 5: document number and title keys, group names; 6: post timelines; 7: timelines keep notices dated by
#: publication only, and each notice's publication date, for the cross-document checks read from them;
#: 8: a vacancy spell names the removals since the post was last held, not every removal from it)
VERSION = 8
#: terms per VALUES block when reading or deleting by a list of IRIs
_BATCH = 400
#: a full refresh bulk-loads its records this many triples at a time
_BULK_TRIPLES = 200_000
#: … or this many characters (a post's timeline is one long literal: 400 posts' timelines at 100k
#: notices made a batch of a few thousand triples hold hundreds of MB)
_BULK_CHARS = 32_000_000
#: the levels of government a short agency name starts with (市水利局, 区财政局 …)
_LEVEL = re.compile(r"[省市州盟县区旗]")

_P = f"""PREFIX gov: <{GOV}> PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


@dataclass
class DerivedReport:
    full: bool
    agencies: int  # agencies whose lookup keys were rewritten
    posts: int  # posts whose records were rewritten
    names: int  # names whose homonym record was rewritten
    stale: int  # stale listings written
    vacancies: int  # vacancy spells written


def lookup_keys(pref: Iterable[str], alt: Iterable[str] = ()) -> set[str]:
    """Every name that means the agency with these labels: the labels themselves and each
    ending of a full name (``pref``), longer than two characters, that starts at a level
    of government."""
    keys = set(alt)
    for label in pref:
        keys.add(label)
        for i in range(1, len(label) - 2):
            if _LEVEL.match(label, i):
                keys.add(label[i:])
    return keys


def current(store) -> bool:
    """Whether the store's derived records are of this code's ``VERSION``."""
    node = ox.NamedNode(str(DERIVED_GRAPH))
    found = [q.object.value for q in store.ox.quads_for_pattern(node, _VERSION, None, node)]
    return found == [str(VERSION)]


def refresh(store, changed: Iterable[str] | None = None, names: Iterable[str] = (),
            relinked: Iterable[str] | None = None, posts: Iterable[str] = (),
            lost: Iterable[str] | None = None) -> DerivedReport:
    """Bring ``graph/derived`` up to date with the notices of ``store``: for the notice
    graphs in ``changed`` (None: every notice) and what they touch, and for the people
    called ``names`` (whom an identity override re-decided). ``relinked``: the mentions
    whose person the resolver changed with these notices (``ResolveReport.relinked``), when
    known: a post's records then change only through them and the notices; unknown (None),
    every post of every person named in the notices is refreshed. ``posts``: posts to refresh
    besides (the resolver's ``retimed``: a rebuilt notice may no longer name a post it named,
    whose records still count its old events). ``lost``: the posts that the old versions of the
    rebuilt notices among ``changed`` gave (None: unknown); any other post's agencies and titles are
    its records' own plus what the changed notices give it (no notice took one away). Written a batch of records
    at a time, for these notices as for every notice (``_refresh_all``), with the version
    away meanwhile. Records of an older version are all rebuilt, whatever ``changed`` says."""
    s = store.ox
    if changed is None or not current(store):
        return _refresh_all(s)
    notices = sorted(set(changed))
    agencies = _column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a gov:Agency } }", "g", notices)
    named = _column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?m a gov:PersonMention ; gov:name ?x } }", "g", notices)
    posts = _column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a gov:Post } }", "g", notices) | set(posts)
    held = """SELECT DISTINCT ?x WHERE { GRAPH ?g { ?m gov:name ?n .
        { ?f gov:person ?m ; gov:post ?x } UNION { ?m gov:holdsPost ?x } } }"""
    reread: set[str] = set()  # posts whose every event is read again (their people re-decided by override)
    if relinked is None:
        posts |= _column(s, held, "n", sorted(named | set(names)), literal=True)
    else:
        reread = _column(s, held, "n", sorted(set(names)), literal=True)
        posts |= reread | _column(s, held, "m", sorted(set(relinked)))
    names = named | set(names)
    posts |= _column(s, f"SELECT DISTINCT ?x WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?r gov:sourceNotice ?n ; gov:post ?x }} }}",
                     "n", notices)
    agencies, posts, names = sorted(agencies), sorted(posts), sorted(names)

    # written a step at a time (one transaction held every record's deletion and insertion: 2-2.9 GB
    # at 100k); the version goes first and comes back last, so a refresh that dies between steps
    # leaves records the next build rebuilds in full (``current``)
    _take_version(s)
    g = f"<{DERIVED_GRAPH}>"
    for batch in _batches(names):  # (each: the records keyed by a batch of values; ?s ?p ?o is what goes)
        _write(s, _deletes(g, "n", [_lit(n) for n in batch], "?s gov:sharedName ?n . ?s ?p ?o"),
               _homonym_triples(s, batch))
    labels = _labels_in(s, notices)
    for batch in _batches(agencies):
        _write(s, _deletes(g, "s", _angled(batch), _of(_AGENCY_PROPS)), _agency_triples(s, batch, labels))
    counts, recounted = _count_triples(s, notices, agencies)
    # (the notices' count records found by index from each notice: a DELETE joining ?s a gov:AgencyCount
    # read every count record of the store, 114 s of a 172 s refresh at 100k)
    old_counts = sorted({q.subject.value for n in notices for q in s.quads_for_pattern(None, _SOURCE, _n(n), _DERIVED)
                         if q.subject.value.startswith(_COUNT_RECORD)})
    _write(s, _deletes(g, "s", _angled(old_counts), "?s ?p ?o")
           + _deletes(g, "s", _angled(recounted), _of(_COUNT_PROPS)), counts)
    stale = vacancies = 0
    timelines = _Timelines(s, notices, relinked)
    places = _places_in(s, notices) if lost is not None else None
    lost = set(lost or ())
    for batch in _batches(posts):
        triples, replaced, records, n_stale, n_vac = _post_triples(s, batch, timelines, reread, places, lost)
        # a record's IRI is a digest of what it says: one already there stays, one not made again goes
        # (most of a touched post's stale listings and vacancies are as they were: rewriting them all was
        # a third of what an add wrote at 100k)
        there = {q.subject.value for post in batch for q in s.quads_for_pattern(None, _POST, _n(post), _DERIVED)}
        _write(s, _deletes(g, "s", _angled(sorted(there - records.keys())), "?s ?p ?o") + replaced,
               triples + [t for node in sorted(records.keys() - there) for t in records[node]])
        stale, vacancies = stale + n_stale, vacancies + n_vac
    for batch in _batches(notices):
        _refresh_notices(s, batch)
    _write(s, [], [f"<{DERIVED_GRAPH}> <{_VERSION.value}> \"{VERSION}\" .\n"])
    return DerivedReport(False, len(agencies), len(posts), len(names), stale, vacancies)


def _take_version(s: ox.Store) -> None:
    s.update(f"DELETE WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{DERIVED_GRAPH}> <{_VERSION.value}> ?v }} }}")


def _write(s: ox.Store, deletes: list[str], triples: list[str]) -> None:
    """One step of an incremental refresh: the old records' ``deletes`` as one update, then the
    new ``triples``, an update per few MB of them (a batch of posts' timelines is tens of MB)."""
    if deletes:
        s.update(_P + " ;\n".join(deletes))
    for op in _inserts(sorted(set(triples))):
        s.update(op)


def _refresh_notices(s: ox.Store, notices: list[str]) -> None:
    """The keys of these notices and their group names. A group name's record names the notices
    that bear it: these notices' keys and links go and their new ones come, then the records of
    their old names that no notice bears any more go (only those can have lost their last notice;
    a sweep read every name record of the store at each build)."""
    g = f"<{DERIVED_GRAPH}>"
    old = _column(s, f"SELECT DISTINCT ?x WHERE {{ GRAPH {g} {{ ?x gov:sourceNotice ?n ; a gov:GroupName }} }}",
                  "n", notices)
    unlink = (f"DELETE {{ GRAPH {g} {{ ?s gov:sourceNotice ?n }} }} WHERE {{ VALUES ?n {{ {_iris(notices)} }} "
              f"GRAPH {g} {{ ?s gov:sourceNotice ?n ; a gov:GroupName }} }}")
    keys = _deletes(g, "s", _angled(notices), _of(_KEY_PROPS))
    _write(s, keys + [unlink], _notice_key_triples(s, notices))
    _write(s, [f"DELETE {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {' '.join(batch)} }} GRAPH {g} {{ ?s ?p ?o "
               f"FILTER NOT EXISTS {{ ?s gov:sourceNotice ?n }} }} }}" for batch in _batches(_angled(sorted(old)))], [])


def _refresh_all(s: ox.Store) -> DerivedReport:
    """Every record again, each batch written as soon as it is computed, so that what is
    held at a time is one batch, not the store's records. The version goes first, then the
    old records (in steps: one DROP GRAPH held every deletion in memory, 6.3 GB at 100k),
    and the version comes back last: a refresh stopped in between leaves records with no
    version, which the next build refreshes in full again (``current``)."""
    _take_version(s)
    remove_graphs(s, [str(DERIVED_GRAPH)])
    if hasattr(s, "flush"):
        s.flush()
    agencies = sorted(_column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a gov:Agency } }"))
    posts = sorted(_column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a gov:Post } }"))
    names = sorted(_column(s, f"SELECT DISTINCT ?x WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?p a gov:Person ; "
                              f"<http://xmlns.com/foaf/0.1/name> ?x }} }}"))
    counted = sorted(_column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?x { ?t a ?c } "
                                "FILTER(?c IN (gov:TaskAssignment, gov:Appointment, gov:Removal)) }"))

    pending: list[str] = []
    size = [0]

    def write(triples: list[str], last: bool = False) -> None:
        """Batches of records into the graph: through Oxigraph's bulk loader, a few hundred
        thousand triples at a time (a transaction per batch, each flushed, took half the
        refresh); on a SPARQL server, INSERT DATA as they come."""
        if not hasattr(s, "bulk_load"):
            for op in _inserts(triples):
                s.update(op)
            return
        pending.extend(triples)
        size[0] += sum(map(len, triples))
        if pending and (last or len(pending) >= _BULK_TRIPLES or size[0] >= _BULK_CHARS):
            s.bulk_load("".join(pending), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(DERIVED_GRAPH)))
            pending.clear()
            size[0] = 0

    for batch in _batches(names):
        write(_homonym_triples(s, batch))
    for batch in _batches(agencies):
        write(_agency_triples(s, batch))
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * len(_COUNTED))
    for batch in _batches(counted):  # an agency's totals are the sums of its counts over notices
        counts = _counts_in(s, batch)
        write(_count_records(counts))
        _add_counts(totals, counts)
    write(_total_triples(totals, sorted(totals)))
    stale = vacancies = 0
    for batch in _batches(posts):
        triples, _, records, n_stale, n_vac = _post_triples(s, batch, _Timelines(s))
        write(triples + [t for node in sorted(records) for t in records[node]])
        stale, vacancies = stale + n_stale, vacancies + n_vac
    for batch in _batches(sorted(_column(s, "SELECT DISTINCT ?x WHERE { GRAPH ?x { ?x a gov:Notice } }"))):
        write(_notice_key_triples(s, batch))
    write([], last=True)
    write([f"<{DERIVED_GRAPH}> <{_VERSION.value}> \"{VERSION}\" .\n"], last=True)  # the version last
    return DerivedReport(True, len(agencies), len(posts), len(names), stale, vacancies)


def _inserts(triples: list[str], most: int = 20_000, chars: int = 4_000_000) -> Iterator[str]:
    """INSERT DATA operations into the derived graph, of ``most`` triples or about ``chars``
    characters each, whichever comes first."""
    chunk: list[str] = []
    size = 0
    for i, t in enumerate(triples):
        chunk.append(t)
        size += len(t)
        if len(chunk) >= most or size >= chars or i == len(triples) - 1:
            yield f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{\n{''.join(chunk)}}} }}"
            chunk, size = [], 0


# ---------------------------------------------------------------- reading

def _batches(items: list, size: int = _BATCH) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _angled(iris: Iterable[str]) -> list[str]:
    return [f"<{i}>" for i in iris]


def _deletes(graph: str, var: str, terms: list[str], where: str) -> list[str]:
    """DELETE operations, one per batch of ``terms`` bound to ``?var``, of the ``?s ?p ?o`` that
    ``where`` matches in ``graph``."""
    return [f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?{var} {{ {' '.join(batch)} }} "
            f"GRAPH {graph} {{ {where} }} }}" for batch in _batches(terms)]


def _of(props: Iterable[str]) -> str:
    """The triples of ``?s`` (bound) with these properties. (``VALUES ?p { … } ?s ?p ?o`` was matched
    over the whole graph first: 51 s for the count properties of 400 agencies at 100k, where every
    per-notice count record has them too; a filter on the bound subject's few triples: 0.03 s.)"""
    return f"?s ?p ?o FILTER(?p IN ({', '.join(f'<{p}>' for p in props)}))"


def _iris(items: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in items)


def _column(s: ox.Store, select: str, var: str | None = None, values: list[str] | None = None,
            literal: bool = False) -> set[str]:
    """The ``?x`` column of ``select``, run once per batch of ``values`` (IRIs, or strings
    when ``literal``) bound to ``?var``."""
    if var is None:
        return {sol["x"].value for sol in s.query(_P + select)}
    out: set[str] = set()
    head = select.index("{") + 1
    for batch in _batches(values or []):
        terms = " ".join(str(ox.Literal(v)) if literal else f"<{v}>" for v in batch)
        q = select[:head] + f" VALUES ?{var} {{ {terms} }} " + select[head:]
        out |= {sol["x"].value for sol in s.query(_P + q)}
    return out


def _lit(value: str) -> str:
    return str(ox.Literal(value))


def _agency_triples(s: ox.Store, agencies: list[str], fresh: dict | None = None) -> list[str]:
    """Each agency's lookup keys and its labels (``skos:prefLabel``, ``skos:altLabel``) as the
    notices give them. ``fresh``: the labels of the notices that changed since the records were
    written (``_labels_in``); an agency's labels are then the recorded ones some notice still
    gives and those, not every notice's (at 100k an agency is named in a thousand notices)."""
    out = []
    for a in agencies:
        node = _n(a)
        labels = []
        for pred in (_PREF, _ALT):
            if fresh is None:  # (the notices' labels: the records' own copy would outlive them)
                found = {q.object.value for q in s.quads_for_pattern(node, pred, None, None) if q.graph_name != _DERIVED}
            else:
                found = {q.object.value for q in s.quads_for_pattern(node, pred, None, _DERIVED)
                         if _given(s, node, pred, q.object)} | fresh.get((a, pred.value), set())
            labels.append(found)
        pref, alt = labels
        out += [f"<{a}> <{GOV.lookupKey}> {_lit(k)} .\n" for k in sorted(lookup_keys(pref, alt))]
        out += [f"<{a}> <{_PREF.value}> {_lit(label)} .\n" for label in sorted(pref)]
        out += [f"<{a}> <{_ALT.value}> {_lit(label)} .\n" for label in sorted(alt)]
    return out


def _labels_in(s: ox.Store, notices: list[str]) -> dict[tuple[str, str], set[str]]:
    """(agency, label property) -> the labels these notice graphs give it."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for notice in notices:
        for pred in (_PREF, _ALT):
            for q in s.quads_for_pattern(None, pred, None, _n(notice)):
                out[(q.subject.value, pred.value)].add(q.object.value)
    return out


def _given(s: ox.Store, node, pred, label) -> bool:
    """Whether a notice graph (not the records) gives ``node`` this label."""
    return any(q.graph_name != _DERIVED for q in s.quads_for_pattern(node, pred, label, None))


#: what an agency's counts count, in order: the tasks it leads, supports and is responsible for,
#: and the appointments and removals to its posts
_COUNTED = ("lead", "support", "responsible", "appointment", "removal")
_COUNT_PROPS = [GOV[f"{c}TaskCount"] for c in _COUNTED[:3]] + [GOV.appointmentCount, GOV.removalCount]
#: the counts a ranking reads together: an agency gets the properties of a group only where one
#: of them is not zero (an agency with appointments but no tasks is not ranked with no tasks)
_COUNT_GROUPS = (slice(0, 3), slice(3, 5))

#: (agency, notice) -> count, with ?g the notice graph: distinct tasks by role; appointments; removals
_COUNT_QUERIES = {
    "task": """SELECT ?g ?a ?r (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH ?g {
        ?x gov:agency ?a ; gov:taskRole ?r ; gov:task ?t ; a gov:TaskAssignment } } GROUP BY ?g ?a ?r""",
    "appointment": """SELECT ?g ?a (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g {
        ?f a gov:Appointment ; gov:post ?p . ?p gov:inAgency ?a } } GROUP BY ?g ?a""",
    "removal": """SELECT ?g ?a (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g {
        ?f a gov:Removal ; gov:post ?p . ?p gov:inAgency ?a } } GROUP BY ?g ?a""",
}


def _counts_in(s: ox.Store, notices: list[str]) -> dict[tuple[str, str], list[int]]:
    """(agency, notice) -> [tasks it leads, supports, is responsible for, appointments to its
    posts, removals from them] in that notice, for these notice graphs. A task or a personnel
    decision belongs to one notice, so an agency's totals are the sums over notices."""
    out: dict[tuple[str, str], list[int]] = {}
    for what, q in _COUNT_QUERIES.items():
        head = q.index("{") + 1
        for batch in _batches(notices):
            for sol in s.query(_P + q[:head] + f" VALUES ?g {{ {_iris(batch)} }} " + q[head:]):
                counted = sol["r"].value.rsplit("/", 1)[-1] if what == "task" else what
                if counted in _COUNTED:
                    out.setdefault((sol["a"].value, sol["g"].value), [0] * len(_COUNTED))[
                        _COUNTED.index(counted)] = int(sol["n"].value)
    return out


def _recorded_counts(s: ox.Store, notices: list[str]) -> dict[tuple[str, str], list[int]]:
    """The per-notice counts the derived graph holds for these notices (what the last
    refresh saw in them)."""
    # (every record has every count, zeros included; an open ``?c ?p ?v`` filtered by property
    # made Oxigraph read every record's every triple: 33 s instead of a fraction of one at 10k)
    counts = " ; ".join(f"<{p}> ?v{i}" for i, p in enumerate(_COUNT_PROPS))
    out = {}
    for batch in _batches(notices):
        for sol in s.query(_P + f"""SELECT ?a ?n {" ".join(f"?v{i}" for i in range(len(_COUNT_PROPS)))} WHERE {{
                VALUES ?n {{ {_iris(batch)} }} GRAPH <{DERIVED_GRAPH}> {{
                ?c gov:sourceNotice ?n ; a gov:AgencyCount ; gov:agency ?a ; {counts} }} }}"""):
            out[(sol["a"].value, sol["n"].value)] = [int(sol[f"v{i}"].value) for i in range(len(_COUNT_PROPS))]
    return out


def _count_triples(s: ox.Store, notices: list[str], agencies: list[str]) -> tuple[list[str], list[str]]:
    """Counts per agency and notice (``gov:AgencyCount`` records) and each agency's totals
    (``gov:leadTaskCount`` … ``gov:removalCount`` on the agency), kept by difference: the
    changed notices' old counts are taken off the agency's totals and their new counts added,
    so the work follows the changed notices, not the agency's history. Returns (new triples,
    agencies whose totals they rewrite)."""
    new = _counts_in(s, notices)
    old = _recorded_counts(s, notices)
    affected = set(agencies) | {a for a, _ in old} | {a for a, _ in new}
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * len(_COUNTED))
    for a in affected:
        node = _n(a)
        for i, prop in enumerate(_COUNT_PROPS):
            for q in s.quads_for_pattern(node, _n(prop), None, _n(DERIVED_GRAPH)):
                totals[a][i] = int(q.object.value)
    _add_counts(totals, old, -1)
    _add_counts(totals, new)
    return _count_records(new) + _total_triples(totals, sorted(affected)), sorted(affected)


def _count_records(counts: dict[tuple[str, str], list[int]]) -> list[str]:
    """A ``gov:AgencyCount`` record for each (agency, notice)."""
    out = []
    for (a, notice), c in sorted(counts.items()):
        node = f"<{_COUNT_RECORD}{digest(a + ' ' + notice, n=16)}>"
        out += [f"{node} a <{GOV.AgencyCount}> .\n", f"{node} <{GOV.agency}> <{a}> .\n",
                f"{node} <{GOV.sourceNotice}> <{notice}> .\n"]
        out += [f"{node} <{p}> {_int(n)} .\n" for p, n in zip(_COUNT_PROPS, c)]
    return out


def _add_counts(totals: dict[str, list[int]], counts: dict[tuple[str, str], list[int]], sign: int = 1) -> None:
    """Add (``sign`` -1: take off) per-notice counts, {(agency, notice): [lead, …, removal]},
    to the agencies' totals."""
    for (a, _), c in counts.items():
        totals[a] = [t + sign * x for t, x in zip(totals[a], c)]


def _total_triples(totals: dict[str, list[int]], agencies: list[str]) -> list[str]:
    """These agencies' totals: each group of counts (tasks; personnel changes) where one of it
    is not zero."""
    return [f"<{a}> <{p}> {_int(n)} .\n" for a in agencies for group in _COUNT_GROUPS if any(totals[a][group])
            for p, n in zip(_COUNT_PROPS[group], totals[a][group])]


def _int(n: int) -> str:
    return f'"{n}"^^<http://www.w3.org/2001/XMLSchema#integer>'


def _homonym_triples(s: ox.Store, names: list[str]) -> list[str]:
    """A ``gov:Homonym`` record for each of these names that more than one person bears."""
    out = []
    for name in names:
        people = {q.subject for q in s.quads_for_pattern(None, _FOAF_NAME, ox.Literal(name), _IDENTITY)}
        if len(people) > 1:
            node = f"<{ID['derived/homonym/' + digest(name, n=16)]}>"
            out += [f"{node} a <{GOV.Homonym}> .\n", f"{node} <{GOV.sharedName}> {_lit(name)} .\n"]
    return out


#: what a document number or title loses in its key: spaces (as SPARQL's ``\\s``) and brackets
_NUMBER_NOISE = re.compile(r"[ \t\n\r〔〕\[\]()（）［］【】﹝﹞]")
_KEY_PROPS = [GOV.docKey, GOV.citesKey]


def number_key(number: str) -> str:
    """A 文号 (or a title) as it is looked up: 国发〔2023〕18号, 国发[2023]18号 and 国发 (2023) 18号
    all give 国发202318号 (queries bind the same key from what the user typed)."""
    return _NUMBER_NOISE.sub("", number)


def _notice_key_triples(s: ox.Store, notices: list[str]) -> list[str]:
    """For these notice graphs: on each notice, the keys of its number and title
    (``gov:docKey``) and the number key of each document it cites (``gov:citesKey``); a ``gov:GroupName`` record for each
    group name, with the notices that bear it (``gov:sourceNotice``)."""
    out = []
    q = f"""SELECT ?g ?p ?v WHERE {{ VALUES ?g {{ {_iris(notices)} }} GRAPH ?g {{
        {{ ?g eli:id_local ?v . BIND("n" AS ?p) }}
        UNION {{ ?g dcterms:title ?v . BIND("t" AS ?p) }}
        UNION {{ ?g eli:cites ?c . ?c eli:id_local ?v . BIND("c" AS ?p) }}
        UNION {{ ?x a gov:Group ; <http://www.w3.org/2000/01/rdf-schema#label> ?v . BIND("g" AS ?p) }} }} }}"""
    for sol in s.query(_P + q):
        kind, g, v = sol["p"].value, sol["g"].value, sol["v"].value
        if kind in ("n", "t"):
            out.append(f"<{g}> <{GOV.docKey}> {_lit(number_key(v))} .\n")
        elif kind == "c":
            out.append(f"<{g}> <{GOV.citesKey}> {_lit(number_key(v))} .\n")
        else:
            node = f"<{ID['derived/groupname/' + digest(v, n=16)]}>"
            out += [f"{node} a <{GOV.GroupName}> .\n", f"{node} <{GOV.sourceNotice}> <{g}> .\n",
                    f"{node} <http://www.w3.org/2000/01/rdf-schema#label> {_lit(v)} .\n"]
    return out


@dataclass(frozen=True)
class _Event:
    kind: str  # appointment | removal | holding (a mention listed in the post)
    date: str | None  # the notice's signing date, as text (None: the notice is dated by publication only)
    pid: str | None  # the person the mention denotes
    name: str | None
    doc: str | None  # the notice's 文号, else its title
    notice: str
    titled: bool  # the notice has a dcterms:title
    agency: str | None  # the agency's label and the post's title, as the notice gives them
    title: str | None
    mention: str = ""  # the mention it is read from (its person is read again when the resolver relinks it)
    published: str | None = None  # the notice's publication date, as text

    @property
    def dated(self) -> str | None:
        """The notice's date as the cross-document shapes read it: signed, else published."""
        return self.date or self.published


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_TYPE, _POST, _PERSON, _HOLDS, _NAME = (_n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), _n(GOV.post),
                                        _n(GOV.person), _n(GOV.holdsPost), _n(GOV.name))
_IN_AGENCY, _TITLE, _DENOTES = _n(GOV.inAgency), _n(GOV.title), _n(GOV.denotes)
_PREF = _n("http://www.w3.org/2004/02/skos/core#prefLabel")
_FOAF_NAME = _n("http://xmlns.com/foaf/0.1/name")
_ALT = _n("http://www.w3.org/2004/02/skos/core#altLabel")
_DATE, _NUMBER = _n("http://data.europa.eu/eli/ontology#date_document"), _n("http://data.europa.eu/eli/ontology#id_local")
_PUBLISHED = _n("http://data.europa.eu/eli/ontology#date_publication")
_NTITLE, _IDENTITY = _n("http://purl.org/dc/terms/title"), _n(IDENTITY_GRAPH)
#: (a listing is a holding: its mention holds the post, ``gov:holdsPost``, as a member listed with it does)
_KINDS = {str(GOV.Appointment): "appointment", str(GOV.Removal): "removal", str(GOV.PostListing): "holding"}
_VERSION = _n(GOV.recordsVersion)
_TIMELINE = _n(GOV.timeline)
_DERIVED = _n(DERIVED_GRAPH)
_SOURCE = _n(GOV.sourceNotice)
#: the IRIs of ``gov:AgencyCount`` records start so
_COUNT_RECORD = str(ID["derived/count/"])
#: what ``_agency_triples`` writes on an agency (its counts are written by ``_count_triples``)
_AGENCY_PROPS = [GOV.lookupKey, _PREF.value, _ALT.value]


class _Reader:
    """Index lookups from a bound post (the SPARQL join of the same patterns made Oxigraph
    scan every notice per post)."""

    def __init__(self, s: ox.Store):
        self.s = s
        self.notices: dict = {}

    def values(self, subject, pred, graph) -> list[str]:
        return sorted(q.object.value for q in self.s.quads_for_pattern(subject, pred, None, graph))

    def notice(self, g: ox.NamedNode):
        """(date, published, doc, titled) of the notice graph ``g``; a date None when it has none."""
        if g.value not in self.notices:
            dates = self.values(g, _DATE, g)
            published = self.values(g, _PUBLISHED, g)
            titles = self.values(g, _NTITLE, g)
            numbers = self.values(g, _NUMBER, g)
            doc = (numbers or titles or [None])[0]
            self.notices[g.value] = (dates[0] if dates else None, published[0] if published else None, doc, bool(titles))
        return self.notices[g.value]

    def found(self, post: str) -> set[tuple]:
        """(kind, mention, notice graph) of every appointment, removal and holding of ``post``."""
        p = _n(post)
        found = set()
        for q in self.s.quads_for_pattern(None, _POST, p, None):
            found |= self.decisions(q.subject, q.graph_name)
        for q in self.s.quads_for_pattern(None, _HOLDS, p, None):
            found.add(("holding", q.subject, q.graph_name))
        return found

    def decisions(self, fact, g) -> set[tuple]:
        kinds = {_KINDS.get(t) for t in self.values(fact, _TYPE, g)} - {None}
        return {(k, m.object, g) for m in self.s.quads_for_pattern(fact, _PERSON, None, g) for k in kinds}

    def found_in(self, notices: Iterable[str]) -> dict[str, set[tuple]]:
        """post -> (kind, mention, graph) of its events in these notice graphs, read notice by notice."""
        out: dict[str, set[tuple]] = defaultdict(set)
        for notice in notices:
            g = _n(notice)
            for q in self.s.quads_for_pattern(None, _POST, None, g):
                out[q.object.value] |= self.decisions(q.subject, g)
            for q in self.s.quads_for_pattern(None, _HOLDS, None, g):
                out[q.object.value].add(("holding", q.subject, g))
        return out

    def events(self, post: str, found: set[tuple] | None = None) -> list["_Event"]:
        """The events of ``post``: all of them, or those of ``found`` (kind, mention, graph)."""
        p = _n(post)
        labels: dict = {}
        out = set()
        for kind, m, g in self.found(post) if found is None else found:
            date, published, doc, titled = self.notice(g)
            if date is None and published is None:
                continue
            if g.value not in labels:
                labels[g.value] = [(label, title) for a in self.values(p, _IN_AGENCY, g)
                                   for label in self.values(_n(a), _PREF, g) for title in self.values(p, _TITLE, g)] or [(None, None)]
            pids = self.values(m, _DENOTES, _IDENTITY) or [None]
            names = self.values(m, _NAME, g) or [None]
            for pid in pids:
                for name in names:
                    for agency, title in labels[g.value]:
                        out.add(_Event(kind, date, pid, name, doc, g.value, titled, agency, title, m.value, published))
        return _in_order(out)


def _in_order(events: Iterable[_Event]) -> list[_Event]:
    return sorted(events, key=lambda e: tuple(str(x or "") for x in (e.dated, e.date, e.kind, e.notice, e.pid, e.name,
                                                                    e.agency, e.title, e.doc, e.mention)))


class _Timelines:
    """Each post's events for a refresh. Read whole from the notices, as a full refresh does; or,
    when the refresh knows what changed (the notices and the mentions the resolver relinked), from
    the timeline kept on the post (``gov:timeline``) with the changed notices' events put in place
    of theirs and the relinked mentions' people read again: the work follows what changed, not the
    post's history (a post of a large store has thousands of events, each several index lookups)."""

    def __init__(self, s: ox.Store, changed: Iterable[str] | None = None, relinked: Iterable[str] | None = None):
        self.reader = _Reader(s)
        self.patching = changed is not None and relinked is not None
        self.changed = set(changed or ())
        self.relinked = set(relinked or ())
        self.fresh = self.reader.found_in(sorted(self.changed)) if self.patching else {}

    def events(self, post: str, whole: bool = False,
               timeline: Iterable[str] = ()) -> tuple[list[_Event], set[int] | None, set[str]]:
        """The events of ``post`` (``timeline``: the parts of its ``gov:timeline`` as the derived graph holds
        them; none: read whole); the parts whose events may differ from those held (None: any), and the held
        texts of those parts."""
        texts = sorted(timeline)
        kept = None if whole or not self.patching or not texts else [decode_timeline(t) for t in texts]
        if kept is None:
            return self.reader.events(post), None, set(texts)
        events = self._patched(post, [e for part in kept for e in part])
        ids = [{notice_part(e.notice) for e in part} for part in kept]
        if any(len(i) != 1 for i in ids):  # (a timeline of older code: one literal for every notice)
            return events, None, set(texts)
        touched = {notice_part(e.notice) for part in kept for e in part
                   if e.notice in self.changed or e.mention in self.relinked}
        touched |= {notice_part(g.value) for _, _, g in self.fresh.get(post, ())}
        return events, touched, {t for t, i in zip(texts, ids) if i <= touched}

    def _patched(self, post: str, kept: list[_Event]) -> list[_Event]:
        """``kept`` with the changed notices' events put in place of theirs and the relinked mentions' read again."""
        keep = {e for e in kept if e.notice not in self.changed and e.mention not in self.relinked}
        again = {(e.kind, _n(e.mention), _n(e.notice)) for e in kept
                 if e.notice not in self.changed and e.mention in self.relinked}
        return _in_order(keep | set(self.reader.events(post, again | self.fresh.get(post, set()))))


def _encode_timeline(events: list[_Event]) -> set[str]:
    """A post's events as JSON literals, one per part (``notice_part``): per notice its date, doc,
    whether it has a title, [kind, mention, person, name, agency, title] per event and its publication
    date, IRIs without the common prefix (``short_iri``)."""
    parts: dict[int, dict] = defaultdict(dict)
    for e in events:
        notice = parts[notice_part(e.notice)].setdefault(short_iri(e.notice), [e.date, e.doc, e.titled, [], e.published])
        notice[3].append([e.kind, short_iri(e.mention), short_iri(e.pid), e.name, e.agency, e.title])
    return {json.dumps(part, ensure_ascii=False, separators=(",", ":"), sort_keys=True) for part in parts.values()}


def decode_timeline(*parts: str) -> list[_Event]:
    """The events the parts of a post's ``gov:timeline`` hold."""
    return [_Event(kind, date, full_iri(pid), name, doc, full_iri(notice), titled, agency, title, full_iri(m), published)
            for text in parts for notice, (date, doc, titled, events, published) in json.loads(text).items()
            for kind, m, pid, name, agency, title in events]


# ---------------------------------------------------------------- computing

def _places_in(s: ox.Store, notices: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    """{post: (agencies, titles)} these notices give their posts (a notice that gives a post both), one
    scan of each notice per property."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for n in notices:
        g = _n(n)
        agencies: dict[str, set[str]] = defaultdict(set)
        titles: dict[str, set[str]] = defaultdict(set)
        for q in s.quads_for_pattern(None, _IN_AGENCY, None, g):
            agencies[q.subject.value].add(q.object.value)
        for q in s.quads_for_pattern(None, _TITLE, None, g):
            titles[q.subject.value].add(q.object.value)
        for post in agencies.keys() & titles.keys():
            a, t = out.setdefault(post, (set(), set()))
            a |= agencies[post]
            t |= titles[post]
    return out


def _post_triples(s: ox.Store, posts: list[str], timelines: _Timelines, whole: set[str] = frozenset(),
                  places: dict[str, tuple[set[str], set[str]]] | None = None,
                  lost: set[str] = frozenset()) -> tuple[list[str], list[str], dict[str, list[str]], int, int]:
    """The records of these posts (``whole``: of these, read every event again): the triples to add (the
    agencies and titles of the posts where they differ from what the derived graph holds, the timeline
    parts that differ), the operations deleting what they replace, and the posts' stale listings and
    vacancies by record IRI. A post's agencies and titles are those of the notices that give it both; ``places``: those the changed notices give (the rest are the post's
    records), for the posts not in ``lost``; else every notice naming the post is read."""
    out: list[str] = []
    records: dict[str, list[str]] = {}
    changed: list[str] = []  # posts whose agencies or titles change
    gone: list[str] = []     # timeline parts no longer made
    n_stale = n_vac = 0
    for post in posts:
        p = _n(post)
        held = _own_records(s, p)  # (read once: the places' records, the timeline to patch, what to compare)
        if places is None or post in lost:
            pairs = {(q.object.value, t) for q in s.quads_for_pattern(p, _IN_AGENCY, None, None)
                     if q.graph_name != _DERIVED for t in timelines.reader.values(p, _TITLE, q.graph_name)}
            agencies, titles = {a for a, _ in pairs}, {t for _, t in pairs}
        else:
            agencies, titles = (set(x) for x in places.get(post, ((), ())))
            agencies |= held[0]
            titles |= held[1]
        evs, touched, there = timelines.events(post, post in whole, held[2])
        # (only the parts that may differ are made again and compared with those held)
        parts = _encode_timeline(evs if touched is None else [e for e in evs if notice_part(e.notice) in touched])
        if (agencies, titles) != held[:2]:
            changed.append(post)
            out += [f"<{post}> <{GOV.inAgency}> <{a}> .\n" for a in sorted(agencies)]
            out += [f"<{post}> <{GOV.title}> {_lit(t)} .\n" for t in sorted(titles)]
        out += [f"<{post}> <{_TIMELINE.value}> {_lit(t)} .\n" for t in sorted(parts - there)]
        gone += [f"<{post}> <{_TIMELINE.value}> {_lit(t)} ." for t in sorted(there - parts)]
        for row in stale_listings(evs):
            records.update(_record(post, "stale", GOV.StaleListing, row))
            n_stale += 1
        for row in vacancies(evs):
            records.update(_record(post, "vacancy", GOV.Vacancy, row))
            n_vac += 1
    g = f"<{DERIVED_GRAPH}>"
    deletes = _deletes(g, "s", _angled(changed), _of([GOV.inAgency, GOV.title]))
    deletes += [f"DELETE DATA {{ GRAPH {g} {{ {' '.join(batch)} }} }}" for batch in _batches(gone)]
    return out, deletes, records, n_stale, n_vac


def _own_records(s: ox.Store, post: ox.NamedNode) -> tuple[set[str], set[str], set[str]]:
    """(agencies, titles, timeline parts) the derived graph holds on ``post``."""
    agencies, titles, lines = set(), set(), set()
    for q in s.quads_for_pattern(post, None, None, _DERIVED):
        if q.predicate == _IN_AGENCY:
            agencies.add(q.object.value)
        elif q.predicate == _TITLE:
            titles.add(q.object.value)
        elif q.predicate == _TIMELINE:
            lines.add(q.object.value)
    return agencies, titles, lines


def stale_listings(events: list[_Event]) -> list[dict]:
    """The stale listings of one post: a holding of person P dated after a removal of P
    from the post, with no appointment of P dated between them (inclusive). Notices dated by
    publication only do not count here (the timeline keeps them for the cross-document checks)."""
    events = [e for e in events if e.date is not None]
    rows = {}
    appointed = defaultdict(list)
    for e in events:
        if e.kind == "appointment" and e.pid:
            appointed[e.pid].append(e.date)
    for r in events:
        if r.kind != "removal" or not r.pid or not r.titled:
            continue
        for h in events:
            if (h.kind != "holding" or h.pid != r.pid or h.date <= r.date or not h.name or not h.titled
                    or h.agency is None or h.title is None):
                continue
            if any(r.date <= d <= h.date for d in appointed[r.pid]):
                continue
            row = {"holderName": h.name, "holder": r.pid, "agencyLabel": h.agency, "postTitle": h.title,
                   "removedOn": r.date, "removalDoc": r.doc, "listedOn": h.date, "listingDoc": h.doc}
            rows[tuple(sorted(row.items()))] = (row, {r.notice, h.notice})
    return [dict(row, sourceNotice=sorted(src)) for row, src in rows.values()]


def _held_on(dates: list[str], holders: list[_Event], removals: list[_Event]) -> dict[str, bool]:
    """For each of ``dates`` (sorted), whether someone holds the post on it: a holder's appointment or holding dated
    on or before it with no removal of theirs dated between (inclusive). One sweep through the events in date order,
    keeping each person's latest holding and latest removal so far (their latest holding is the one that counts:
    a removal after an earlier one and before the latest does not end it), so a post's long history is read once,
    not once for each date."""
    events = sorted([(h.date, 0, h.pid) for h in holders] + [(r.date, 1, r.pid) for r in removals if r.pid])
    held_since: dict[str, str] = {}
    removed_on: dict[str, str] = {}
    holding: set[str] = set()
    out: dict[str, bool] = {}
    i = 0
    for d in dates:
        while i < len(events) and events[i][0] <= d:
            date, removal, pid = events[i]
            (removed_on if removal else held_since)[pid] = date
            if pid in held_since and removed_on.get(pid, "") < held_since[pid]:
                holding.add(pid)
            else:
                holding.discard(pid)
            i += 1
        out[d] = bool(holding)
    return out


def vacancies(events: list[_Event]) -> list[dict]:
    """The spells in which one post, after a removal from it, has no holder. A person
    holds the post on a date when an appointment or holding of theirs is dated on or
    before it and no removal of theirs from the post is dated between (inclusive).
    A spell is one (agency label, title) as the removing notices give them, its first
    date, the date its state changes (none: still vacant), the latest removal and the
    names removed since the post was last held (those who left it vacant: a post held and
    emptied again and again does not carry every name it ever lost). Notices dated by
    publication only do not count."""
    events = [e for e in events if e.date is not None]
    removals = [e for e in events if e.kind == "removal"]
    if not removals:
        return []
    holders = [e for e in events if e.kind in ("appointment", "holding") and e.pid]
    dates = sorted({e.date for e in events})
    labelled = defaultdict(list)
    for r in removals:
        if r.name and r.agency is not None and r.title is not None:
            labelled[(r.agency, r.title)].append(r)

    holding = _held_on(dates, holders, removals)
    out = []
    for (agency, title), rs in sorted(labelled.items()):
        spells = []  # [from, state]
        last = ""  # the last date the post was held on (a removal that day did not leave it vacant)
        for d in dates:
            if holding[d]:
                last, state = d, None
            else:
                gone = [r for r in rs if last < r.date <= d]
                state = (max(r.date for r in gone), tuple(sorted({r.name for r in gone})),
                         tuple(sorted({r.notice for r in gone}))) if gone else None
            if not spells or spells[-1][1] != state:
                spells.append([d, state])
        for i, (start, state) in enumerate(spells):
            if state is None:
                continue
            row = {"agencyLabel": agency, "postTitle": title, "vacantSince": state[0], "removedName": list(state[1]),
                   "spellFrom": start, "sourceNotice": list(state[2])}
            if i + 1 < len(spells):
                row["spellUntil"] = spells[i + 1][0]
            out.append(row)
    return out


def _record(post: str, kind: str, cls, row: dict) -> dict[str, list[str]]:
    """{record IRI: its triples}; the IRI is a digest of the post and the row."""
    key = "\x00".join(f"{k}={v}" for k, v in sorted(row.items()))
    iri = str(ID[f'derived/{kind}/' + digest(post, key, n=16)])
    node = f"<{iri}>"
    out = [f"{node} a <{cls}> .\n", f"{node} <{GOV.post}> <{post}> .\n"]
    for k, v in sorted(row.items()):
        pred = "<http://www.w3.org/2000/01/rdf-schema#label>" if k == "label" else f"<{GOV[k]}>"
        for x in (v if isinstance(v, list) else [v]):
            if k in ("holder", "sourceNotice"):
                out.append(f"{node} {pred} <{x}> .\n")
            else:
                out.append(f"{node} {pred} {_lit(x)} .\n")
    return {iri: out}


__all__ = ["DERIVED_GRAPH", "DerivedReport", "refresh", "lookup_keys", "number_key", "stale_listings", "vacancies"]
