"""Resolution in blocks, incremental and crash-safe.

The identity data is cut into blocks whose results depend only on the notices
(and overrides) of the block:

- a *name in one government*: the people called 张伟 in the notices of 徐州市
  (clustering never compares two names), with each person node and its career (posts,
  tenures, post events, memberships); blocks of one name in two governments are read
  together only where they can be linked (a post in the same body, a reviewer's
  decision, or a person the identity graph already joins across them);
- a *post*: the tenures of everyone who held it (a successor's appointment ends
  a single-holder tenure);
- a *government*: rename detection compares the agencies named in the notices of
  one government (graph ``graph/renames/<digest>``).

A build re-decides only the blocks its new or replaced notices touch (and the blocks
linked to them), reading only those from the store (index lookups from a bound name,
post or government, ``resolve.read``). The result is a function of
the notices and the overrides in the store, never of the build history: person
IRIs come from the earliest mention of the cluster (by notice date, notice, mention).

The store's ``resolved`` flag goes off in the first write and back on in the last, so a
process killed at any point leaves a store that says whether its identity data is
complete, and a store whose flag is missing is resolved in full by the next build.
Between the two, both a full resolution and a build's re-decision go in steps and write
as they go (the people of a run of whole names, then the tenures of a run of whole
posts, then summaries and renames; each step's deletions in one transaction, its
additions in one or by the bulk loader), so what is held at once is a step, not the
store or every re-decided block's old and new quads.

The resolver keeps a cache beside its output (``graph/resolver-cache``, left out of every
export): each post's facts with the person each fact's mention denoted, what it read of each
mention, and each notice's government, as the last resolution saw them. A build's re-decision
then reads an unchanged notice's mention in one lookup and a post's facts in one scan, with the
changed notices read again, and rewrites only the tenures that differ; the old tenures are those
the cached facts give, since both were written together.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS

from ..errors import OverrideError
from ..namespaces import GOV, IDENTITY_GRAPH, notice_part, person_iri
from ..store import Store, remove_graphs
from . import overrides as ov
from .agencies import add_renames
from .people import Cluster, Mention, cluster
from .read import Reader, notices_and_bodies
from .spill import Spill
from .spelling import key as script_key
from .state import (CACHE_GRAPH, OVERRIDES_GRAPH, RENAMES_PREFIX, STATE_GRAPH, block_cache_iri, encode_block,
                    encode_facts, encode_name, flag_quad, name_cache_iri, notice_cache_iri, pause_point, post_cache_iri, renames_graph,
                    summary_iri)
from .tenures import add_holding, changed_holdings, holdings, tenure_iri



@dataclass
class ResolveReport:
    full: bool
    names: int  # name blocks re-decided
    posts: int  # post blocks (tenures) re-decided
    governments: int  # government blocks (renames) re-decided
    people: int  # person nodes written
    relinked: list[str] = field(default_factory=list)  # mentions that now denote another person (or a new one)
    retimed: list[str] = field(default_factory=list)  # posts whose tenures were re-decided (those the notices
    # name now and those the re-decided people held before: a rebuilt notice may no longer name a post it named)


def resolve(store: Store, changed: Iterable[str] | None = None, overrides: Iterable[ov.Override] = (),
            remove: Iterable[str] = ()) -> ResolveReport:
    """Bring the identity data up to date with the notices of the store.

    ``changed``: the notice graphs written since the store was last resolved (None: all;
    the caller passes None when the store is not flagged resolved, see ``state``);
    ``overrides``: reviewer decisions to add (checked against the store: ``OverrideError``
    names what is missing, and nothing is written); ``remove``: ids of stored overrides to
    drop (``OverrideError`` for an unknown id). The store says it is resolved only once all
    of it is written (see ``_write``)."""
    full = changed is None
    changed = sorted(set(changed or ()))
    reader = Reader(store)
    stored = ov.stored(store)
    removed = _removed(stored, remove)
    added = sorted(set(overrides) - set(stored))
    active = sorted((set(stored) - set(removed)) | set(added))

    if full:
        return _resolve_all(store, reader, active, added, removed)
    return _resolve_blocks(store, reader, changed, active, added, removed)


def _resolve_blocks(store: Store, reader: Reader, changed: list[str], active, added, removed) -> ResolveReport:
    """Re-decide the blocks the ``changed`` notices touch, and what they link to, in steps:
    the people of a run of whole names at a time (each step's old person quads read, compared
    and written before the next step), then the tenures of the posts the new people change a
    post at a time, then the renames of the governments whose summaries changed. What is
    held at once is the blocks' mentions and one step's quads, not the quads of every
    re-decided person and tenure. The flag goes off in the first write and back on last."""
    reader.cached, reader.fresh = True, frozenset(changed)  # (the changed notices' cache is stale)
    seeds = reader.blocks_in(changed)
    seeds |= {(o.name, r) for o in added + removed for r in reader.regions_of(o.name)}
    derived = reader.derived_people(changed)
    for p in sorted(derived, key=str):
        seeds |= reader.person_blocks(p)
    blocks, mentions, old = _closure(reader, seeds, {o.name for o in active if o.same})
    reader.forget_names()
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[script_key(m.name)].append(m)
    del mentions
    for o in added:
        ov.check(store, o, by_name.get(script_key(o.name), []))
    old_posts = reader.old_posts(derived)  # (read before the people that held them are rewritten)
    gone = {p.value for p in old | derived}
    old_by_name: dict[str, list] = defaultdict(list)
    for person, name in reader.person_name_keys(gone).items():
        old_by_name[name].append(ox.NamedNode(person))

    writer = _StepWriter(store, removed, added)
    notices = set(changed)
    posts: set[str] = set()
    relinked: list[str] = []
    person_now: dict[str, str] = {}  # mention -> the person it denotes now, for every re-decided mention
    regions: dict[str, str] = {}  # changed notice with a mention -> its government
    fresh: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    people_n = 0
    for names in _name_steps(by_name):
        people = [(_person(c), c) for c in cluster([m for n in names for m in by_name.pop(n)], active)]
        people_n += len(people)
        g = Triples()
        same = set()  # people decided as they were written: their quads are left as they are
        for person, c in people:
            if _as_kept(reader, str(person), c):
                same.add(str(person))
            else:
                _write_person(g, person, c)
            for m in c.mentions:
                person_now[m.iri] = str(person)
                if m.notice in notices:
                    regions[m.notice] = m.region
                moved = getattr(reader.denoted(m.iri), "value", None) != str(person)
                if moved:
                    relinked.append(m.iri)
                if moved or m.notice in notices:
                    posts.update(f["post"] for f in m.facts)
        _add_spans(fresh, people)
        old_cache, new_cache = _block_cache(reader, names, people, blocks)
        old_people = [p for n in names for p in old_by_name.pop(n, []) if p.value not in same]
        writer.replace(_old_person_quads(reader, old_people) + old_cache, _quads(g, IDENTITY_GRAPH) + new_cache)
    writer.replace(reader.person_quads([p for ps in old_by_name.values() for p in ps]), [])  # (none expected)
    posts |= old_posts
    for _, old, new in _tenure_steps(reader, posts, _Patch(reader, notices, person_now)):
        writer.replace(old, new)
    del person_now
    summaries, old_summaries = _summaries(reader, fresh, gone)
    renames = _renames(reader, summaries, False)
    governments = set(renames)
    new = [q for r, rg in renames.items() for q in _quads(rg, renames_graph(r))]
    new += [q for key, seen in summaries.items() if seen for q in _summary_quads(key, seen)]
    old_state = reader.graph_quads([renames_graph(r) for r in governments]) + old_summaries
    old_state += reader.notice_cache_quads(changed)
    new += [_region_quad(n, r) for n, r in sorted(regions.items())]
    writer.replace(old_state, new, drop=sorted({q.graph_name.value for q in old_state
                                                if q.graph_name.value.startswith(RENAMES_PREFIX)}
                                               - {q.graph_name.value for q in new}))
    writer.finish()
    pause_point("resolve-written")
    return ResolveReport(False, len(blocks), len(posts), len(governments), people_n, sorted(set(relinked)),
                         sorted(posts))


def _name_steps(by_name: dict[str, list[Mention]]):
    """The names in order, a run of whole names of about ``MENTIONS_PER_STEP`` mentions at a time."""
    step, n = [], 0
    for name in sorted(by_name):
        step.append(name)
        n += len(by_name[name])
        if n >= MENTIONS_PER_STEP:
            yield step
            step, n = [], 0
    if step:
        yield step


class _StepWriter:
    """Writes a re-decision step by step: each step's old quads are compared with its new
    ones and only the difference is written. The first write also takes the ``resolved``
    flag away and applies the reviewers' added and removed overrides; ``finish`` puts the
    flag back. A store killed in between says it is unresolved (and is resolved in full by
    the next build)."""

    def __init__(self, store: Store, removed, added):
        self.store = store
        self.first = _first_ops(removed, added)

    def replace(self, old: list, new: list, drop: list[str] = ()) -> None:
        old_set, new_set = set(old), set(new)
        ops = [f"DROP SILENT GRAPH <{g}>" for g in drop]
        ops += _data("DELETE", [q for q in old_set if q not in new_set and q.graph_name.value not in drop])
        added = [q for q in dict.fromkeys(new) if q not in old_set]  # what is there already stays
        if self.first is not None:
            pause_point("resolve-computed")
            ops, self.first = self.first + ops, None
        _write(self.store, ops, added, flag=False)

    def finish(self) -> None:
        if self.first is not None:  # nothing changed: the flag still goes off and on
            self.replace([], [])
        _write(self.store, [], [flag_quad()])


#: a full resolution decides and writes the people of about this many mentions at a time
MENTIONS_PER_STEP = 10_000
#: ... and the tenures of whole posts, about this many of their facts at a time
FACTS_PER_STEP = 50_000


def _slices(spill: Spill):
    """(the mentions of a run of whole names, the number of blocks among them), about
    ``MENTIONS_PER_STEP`` mentions at a time, names (their keys: a name in either script, once) in order."""
    mentions, blocks = [], 0
    for _, regions, ms in spill.names():
        blocks += regions
        mentions += ms
        if len(mentions) >= MENTIONS_PER_STEP:
            yield mentions, blocks
            mentions, blocks = [], 0
    if mentions:
        yield mentions, blocks


def _resolve_all(store: Store, reader: Reader, active, added, removed) -> ResolveReport:
    """Resolve the whole store in steps, so that memory does not grow with it: the people of
    a run of names at a time (person nodes and their careers written as they are decided),
    then the tenures post by post (reading who holds what from the people just written),
    then each government's renames. The resolved flag goes off first and back on last: a
    store killed in between says it is unresolved and is resolved in full again."""
    for o in added:
        ov.check(store, o, reader.mentions([o.name]))
    ops = _first_ops(removed, added)
    blocks = people_n = 0
    posts: set[str] = set()
    regions: dict[str, str] = {}  # notice -> government, of every notice with a mention
    seen: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    first = True
    with Spill(reader, store.path) as spill:  # (a server's store has no folder: the temp folder)
        for mentions, n in _slices(spill):
            blocks += n
            g = Triples()
            people = [(_person(c), c) for c in cluster(mentions, active)]
            spill.denote((m.iri, str(person)) for person, c in people for m in c.mentions)
            for person, c in people:
                _write_person(g, person, c)
                people_n += 1
                posts.update(f["post"] for m in c.mentions for f in m.facts)
                regions.update((m.notice, m.region) for m in c.mentions)
            _add_spans(seen, people)
            if first:
                _clear(store, ops)
                first = False
            _, cache = _block_cache(reader, sorted({script_key(m.name) for m in mentions}), people,
                                    {(script_key(m.name), script_key(m.region)) for m in mentions}, full=True)
            _add(store, _quads(g, IDENTITY_GRAPH) + cache)
        if first:
            _clear(store, ops)
        for _, _, quads in _tenure_steps(reader, posts, spill=spill):
            _add(store, quads)
    summaries = dict(seen)
    del seen
    renames = _renames(reader, summaries, True)
    _add(store, [q for r, rg in renames.items() for q in _quads(rg, renames_graph(r))] +
         [q for key, s in summaries.items() if s for q in _summary_quads(key, s)] +
         [_region_quad(n, r) for n, r in sorted(regions.items())])
    _add(store, [flag_quad()])
    pause_point("resolve-written")
    return ResolveReport(True, blocks, len(posts), len(renames), people_n)


def _first_ops(removed, added) -> list[str]:
    """The first write of a resolution: the ``resolved`` flag goes, and the reviewers' removed
    and added overrides are applied."""
    ops = [f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ <{STATE_GRAPH}> <{GOV.resolved}> ?flag }} }}"]
    ops += [f"DELETE WHERE {{ GRAPH <{OVERRIDES_GRAPH}> {{ <{ov.node(o)}> ?p ?o }} }}" for o in removed]
    if added:
        ops.append(f"INSERT DATA {{ GRAPH <{OVERRIDES_GRAPH}> {{\n{''.join(ov.triples(o) for o in added)}}} }}")
    return ops


def _clear(store: Store, ops: list[str]) -> None:
    """A full resolution's first write: the flag goes (with the reviewers' changes, ``ops``), then
    the identity, state, cache and rename graphs, in steps (``remove_graphs``)."""
    pause_point("resolve-computed")
    store.ox.update(" ;\n".join(ops))
    remove_graphs(store.ox, [str(IDENTITY_GRAPH), str(STATE_GRAPH), str(CACHE_GRAPH)] +
                  [g for g in store.graphs() if g.startswith(RENAMES_PREFIX)])


def _tenure_steps(reader: Reader, posts: set[str], patch: "_Patch | None" = None, spill: Spill | None = None):
    """(posts, old quads, new quads) for runs of whole posts of about ``FACTS_PER_STEP`` facts.

    A full resolution (no ``patch``) reads each post's facts from its ``spill`` (who each fact's
    mention denotes: the people just decided) and has no old quads. A build's
    re-decision takes a post's facts from the resolver's cache, with the changed notices' facts
    put in place of theirs and the re-decided mentions' people (``_Patch``), and rewrites only the
    holdings that differ: their old quads are what the cached facts give, as the last resolution
    wrote them (a post the cache lacks is read whole and its tenures read back). Either way the
    post's facts go back into the cache. A post's tenures depend on its facts only, so the steps
    change nothing but memory."""
    step: list[str] = []
    old: list = []
    new: list = []
    n = 0
    read = spill.post_facts(sorted(posts)) if spill else ((post, None) for post in sorted(posts))
    for post, spilled in read:
        cached = reader.cached_facts(post) if patch else None
        before_g, after_g = Triples(), Triples()
        if cached:
            kept = [pair for _, pairs in cached for pair in pairs]
            facts = patch.facts(post, kept)
            before, after = changed_holdings(kept, facts)
            for key in before.keys() | after.keys():
                if before.get(key) != after.get(key):
                    if key in before:
                        add_holding(before_g, before[key])
                    if key in after:
                        add_holding(after_g, after[key])
            gone, came = _cache_changes(post, cached, facts)
            old += gone
            new += came
        else:
            facts = spilled if spill else list(reader.post_facts(post, {}))
            for h in holdings(facts).values():
                add_holding(after_g, h)
            if patch:
                old += reader.tenure_quads([post])
            new += _cache_quads(post, facts)
        old += _quads(before_g, IDENTITY_GRAPH)
        new += _quads(after_g, IDENTITY_GRAPH)
        step.append(post)
        n += len(facts)
        if n >= FACTS_PER_STEP:
            yield step, old, new
            step, old, new, n = [], [], [], 0
    if step:
        yield step, old, new


class _Patch:
    """What a build's re-decision changes in a post's cached facts: the ``notices`` it rebuilt
    (their facts read again, one scan each) and the people of the re-decided mentions
    (``person_now``; every mention of those notices is among them)."""

    def __init__(self, reader: Reader, notices: set[str], person_now: dict[str, str]):
        self.notices, self.person_now = notices, person_now
        self.fresh = reader.facts_in(notices, person_now)

    def facts(self, post: str, cached: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
        """The post's (person, fact) pairs now, from its ``cached`` ones."""
        facts = [(self.person_now.get(f["mention"], person), f) for person, f in cached if f["notice"] not in self.notices]
        return facts + self.fresh.get(post, [])


_FACTS = ox.NamedNode(str(GOV.cachedFacts))
_CACHE_NODE = ox.NamedNode(str(CACHE_GRAPH))


_CACHED_BLOCK, _CACHED_NAME = ox.NamedNode(str(GOV.cachedBlock)), ox.NamedNode(str(GOV.cachedName))


def _block_cache(reader: Reader, names: list[str], people: list[tuple], blocks: set[tuple[str, str]],
                 full: bool = False) -> tuple[list, list]:
    """(old quads, new quads) of the cache nodes of these names (keys) and of their ``blocks``, now decided
    into ``people``: a block's node keeps each mention with the person it denotes (and the governments of
    those people's blocks), a name's node the governments whose notices name it (``Reader.regions_now``).
    A ``full`` resolution has every block of these names at hand and no old nodes."""
    denoted: dict[tuple[str, str], list] = defaultdict(list)
    regions: dict[str, set[str]] = defaultdict(set)  # person -> the governments of its blocks
    written = {str(person): c for person, c in people}
    for person, c in people:
        for m in c.mentions:
            key = (script_key(m.name), script_key(m.region))
            denoted[key].append((m, str(person)))
            regions[str(person)].add(key[1])
    old, new = [], []
    step = set(names)
    for key in sorted(k for k in blocks | set(denoted) if k[0] in step):
        if reader.block_quads.get(key) is not None:
            old.append(reader.block_quads[key])
        if denoted.get(key):
            people_here = {p for _, p in denoted[key]}
            text = encode_block(denoted[key], {p: (written[p].mentions[0].name, written[p].evidence, regions[p])
                                               for p in people_here})
            new.append(ox.Quad(ox.NamedNode(block_cache_iri(*key)), _CACHED_BLOCK, ox.Literal(text), _CACHE_NODE))
    held: dict[str, dict[str, tuple]] = defaultdict(dict)  # name -> government -> (notices, bodies)
    for (name, region), ms in denoted.items():
        held[name][region] = notices_and_bodies([m for m, _ in ms])
    for name in sorted(step):
        if full:
            now = held[name]
        else:
            reader.name_regions(name)  # (the node as it was, to replace)
            if reader.name_quads.get(name) is not None:
                old.append(reader.name_quads[name])
            now = reader.regions_now(name)
        if now:
            new.append(ox.Quad(ox.NamedNode(name_cache_iri(name)), _CACHED_NAME, ox.Literal(encode_name(now)),
                               _CACHE_NODE))
    return old, new


def _region_quad(notice: str, region: str):
    return ox.Quad(ox.NamedNode(notice_cache_iri(notice)), ox.NamedNode(str(GOV.government)), ox.Literal(region),
                   _CACHE_NODE)


def _cache_quads(post: str, facts: list[tuple[str, dict]]) -> list:
    """The cache quads of a post's facts: one per part of its notices (``notice_part``)."""
    return _part_quads(post, _parts(facts))


def _part_quads(post: str, parts: dict[int, list[tuple[str, dict]]], only: Iterable[int] | None = None) -> list:
    """The cache quads of these parts of a post's facts (``only``: of these parts)."""
    node = ox.NamedNode(post_cache_iri(post))
    return [ox.Quad(node, _FACTS, ox.Literal(encode_facts(parts[b])), _CACHE_NODE)
            for b in sorted(parts if only is None else set(only) & parts.keys())]


def _parts(facts: list[tuple[str, dict]]) -> dict[int, list[tuple[str, dict]]]:
    out: dict[int, list] = defaultdict(list)
    for person, f in facts:
        out[notice_part(f["notice"])].append((str(person), f))
    return out


def _cache_changes(post: str, cached: list[tuple[ox.Quad, list]], facts: list[tuple[str, dict]]) -> tuple[list, list]:
    """(quads that go, quads that come) to bring a post's ``cached`` quads to its ``facts`` now: the parts
    whose facts differ (the cached fact dicts carried over are the same objects, so a part whose facts and
    people are the same ones is left as it is, not encoded again); every quad of a cache of older code."""
    if any(q.predicate != _FACTS for q, _ in cached):
        return [q for q, _ in cached], _cache_quads(post, facts)
    held = {notice_part(pairs[0][1]["notice"]): (q, pairs) for q, pairs in cached}
    now = _parts(facts)
    differ = {b for b in held.keys() | now.keys()
              if [(p, id(f)) for p, f in held.get(b, (None, ()))[1]] != [(p, id(f)) for p, f in now.get(b, ())]}
    return [held[b][0] for b in sorted(differ & held.keys())], _part_quads(post, now, differ)


def _add(store: Store, quads: list) -> None:
    """Add quads: one transaction, or the bulk loader when there are many (on a SPARQL
    server, one INSERT DATA)."""
    if not hasattr(store.ox, "extend"):
        if quads:
            store.ox.update(" ;\n".join(_data("INSERT", quads)))
    elif len(quads) > BULK_QUADS:
        store.ox.bulk_extend(quads)
    elif quads:
        store.ox.extend(quads)
        store.ox.flush()  # (a transaction's data stays in memory until flushed)


def _closure(reader: Reader, seeds: set[tuple[str, str]], shared: set[str]):
    """The blocks to re-decide: ``seeds`` and every block linked to one of them — the
    blocks of the people their mentions denoted until now, and the blocks of other
    governments where a namesake holds a post in a body the block names (all blocks of a
    name a reviewer joined across governments: ``shared``). Returns the blocks, their
    mentions and the people the identity graph has for them. The work grows with the
    blocks, not with the store."""
    todo, blocks, mentions, old = sorted(seeds), set(), [], set()
    shared = {script_key(n) for n in shared}
    while todo:
        name, region = todo.pop()
        block = (script_key(name), script_key(region))  # a name and a government, in either script
        if block in blocks:
            continue
        blocks.add(block)
        name, region = block
        ms = reader.block(name, region)
        mentions += ms
        more = set()
        if name in shared:
            more |= {(name, r) for r in reader.regions_of(name)}
        more |= {(name, r) for r in reader.linked_regions(name, region, {k for m in ms for k in m.agency_keys})}
        for m in ms:
            p = reader.denoted(m.iri)
            if p is not None and p not in old:
                old.add(p)
                more |= reader.person_blocks(p)
        todo += sorted(more - blocks)
    mentions.sort(key=lambda m: (m.date, m.notice, m.iri))
    return blocks, mentions, old


#: above this many quads the resolver's output is written by the bulk loader (new files,
#: no transaction; 3x faster than a transaction here) instead of one transaction
BULK_QUADS = 10_000


def _write(store: Store, ops: list[str], new: list, flag: bool = True) -> None:
    """Three steps, each safe to be killed after: one transaction takes the ``resolved``
    flag away and deletes what is gone; the new quads are added (in one transaction, or
    by the bulk loader when there are many); the flag goes back last (unless ``flag`` is
    false: a step of a longer write). A store killed in between says it is unresolved, and
    the next build resolves it in full. On a SPARQL server (no bulk insert) everything goes
    as one update."""
    flag_q = flag_quad()
    data = [q for q in new if q != flag_q]
    data_flag = [flag_q] if flag else []
    if not hasattr(store.ox, "extend"):
        ops = ops + _data("INSERT", data + data_flag)
        if ops:
            store.ox.update(" ;\n".join(ops))
        return
    if ops:
        store.ox.update(" ;\n".join(ops))
    _add(store, data)
    _add(store, data_flag)


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


_TYPE, _PERSON, _FOAF_NAME, _LABEL = str(RDF.type), str(GOV.Person), str(FOAF.name), str(RDFS.label)
_EVIDENCE, _DENOTES, _DERIVED = str(GOV.identityEvidence), str(GOV.denotes), str(PROV.wasDerivedFrom)
_HOLDS, _EVENT, _TENURE = str(GOV.holdsPost), str(GOV.hasPostEvent), str(GOV.hasTenure)
_HAS_MEMBERSHIP, _MEMBER_OF = str(ORG.hasMembership), str(GOV.memberOf)


def _old_person_quads(reader: Reader, people: list) -> list:
    """What the identity graph says about these people: written again from the block cache (what
    each was written from) where every block of the person was read from it, else read."""
    g, unknown = Triples(), []
    for p in people:
        kept = reader.person_kept(p.value)
        if kept is None:
            unknown.append(p)
        else:
            name, evidence, mentions = kept
            _write_person(g, URIRef(p.value), Cluster(mentions, evidence), name)
    return _quads(g, IDENTITY_GRAPH) + reader.person_quads(unknown)


def _as_kept(reader: Reader, person: str, c: Cluster) -> bool:
    """Whether ``person`` was last written from what ``c`` holds now (name, evidence, the same mentions
    read the same): then its quads are the same, and neither side need be made. (A person the block cache
    does not know whole is written again.)"""
    kept = reader.person_kept(person)
    if kept is None:
        return False
    name, evidence, mentions = kept
    by_iri = {m.iri: m for m in mentions}
    return (name == c.mentions[0].name and evidence == c.evidence and len(by_iri) == len(c.mentions)
            and all(by_iri.get(m.iri) == m for m in c.mentions))


def _write_person(g: "Triples", person: URIRef, c: Cluster, name: str | None = None) -> None:
    """The person node: name, evidence, the mentions that denote it, and its career —
    the posts it held, a tenure per post, every post event and group membership, and
    the notices it is named in (``name``: its name, else its first mention's). (IRIs go in as plain
    strings: ``_quads`` takes both.)"""
    name = c.mentions[0].name if name is None else name
    p = str(person)
    g.add((p, _TYPE, _PERSON))
    g.add((p, _FOAF_NAME, Literal(name)))
    g.add((p, _LABEL, Literal(name)))
    for note in c.evidence:
        g.add((p, _EVIDENCE, Literal(note)))
    for m in c.mentions:
        g.add((m.iri, _DENOTES, p))
        g.add((p, _DERIVED, m.notice))
        for post in m.posts_held:
            g.add((p, _HOLDS, post))
        for f in m.facts:
            g.add((p, _EVENT, f["fact"]))
            g.add((p, _TENURE, str(tenure_iri(person, f["post"]))))
        for membership, group in m.memberships:
            g.add((p, _HAS_MEMBERSHIP, membership))
            g.add((p, _MEMBER_OF, group))


def _add_spans(spans: dict[tuple[str, str], dict[str, list[str]]], people) -> None:
    """Add to ``spans``, {(government, agency): {person: [first, last]}}, the dates these
    people are named in posts of each agency (the input of rename detection)."""
    for person, c in people:
        for m in c.mentions:
            if not m.date:
                continue
            for agency in m.agencies:
                span = spans[(m.region, agency)].setdefault(str(person), [m.date, m.date])
                span[0], span[1] = min(span[0], m.date), max(span[1], m.date)


def _summaries(reader: Reader, fresh: dict[tuple[str, str], dict[str, list[str]]], gone: set[str]):
    """The input of rename detection, kept in the state graph: for each (government,
    agency), each person named in a post there with the first and last date. ``fresh``: the
    spans of the re-decided people; ``gone``: the people they replace. Returns the summaries
    they change, {(government, agency): {person: [first, last]}}, and the quads of their old
    versions."""
    old_quads = []
    out = {}
    kept = set()  # summaries the re-decision leaves as they were: neither rewritten nor a cause of renames
    for key, node in reader.summary_nodes(set(fresh), gone).items():
        quad, seen = reader.summary(node)
        now = {p: span for p, span in seen.items() if p not in gone} | fresh.get(key, {})
        if now == seen:
            kept.add(key)
            continue
        # what the node holds: its spans as stored, and the rest as ``_summary_quads`` wrote it from them
        old_quads += [quad] + [q for q in _summary_quads(key, seen) if q.predicate != quad.predicate] if quad else []
        out[key] = now
    for key, seen in fresh.items():
        if key not in kept:
            out.setdefault(key, {}).update(seen)
    return out, old_quads


def _summary_quads(key: tuple[str, str], seen: dict[str, list[str]]) -> list:
    import json

    g = ox.NamedNode(str(STATE_GRAPH))
    node = ox.NamedNode(summary_iri(*key))
    quads = [ox.Quad(node, ox.NamedNode(str(GOV.government)), ox.Literal(key[0]), g),
             ox.Quad(node, ox.NamedNode(str(RDFS.label)), ox.Literal(key[1]), g),
             ox.Quad(node, ox.NamedNode(str(GOV.postsSeen)),
                     ox.Literal(json.dumps(seen, ensure_ascii=False, sort_keys=True)), g)]
    return quads + [ox.Quad(node, ox.NamedNode(str(GOV.holder)), ox.NamedNode(p), g) for p in sorted(seen)]


def _renames(reader: Reader, summaries: dict, full: bool) -> dict[str, "Triples"]:
    """Rename events of every government whose summaries changed, {government: graph}."""
    governments = {region for region, _ in summaries}
    out = {}
    for region in sorted(governments):
        if full:
            seen = {agency: s for (r, agency), s in summaries.items() if r == region and s}
        else:
            seen = reader.summaries_of(region)
            seen.update({agency: s for (r, agency), s in summaries.items() if r == region})
            seen = {a: s for a, s in seen.items() if s}
        rg = Triples()
        if seen:  # (the names of the people a rename names, read when asked: people written already)
            add_renames(rg, {a: [(d, p) for p, span in s.items() for d in span] for a, s in seen.items()},
                        _Names(reader))
        out[region] = rg
    return out


class _Names(dict):
    """{person: name}, each read from the identity graph when first asked."""

    def __init__(self, reader: Reader):
        super().__init__()
        self.reader = reader

    def __missing__(self, person: str) -> str:
        self[person] = self.reader.person_names({person})[person]
        return self[person]


class Triples:
    """What the resolver writes: rdflib-style ``add((s, p, o))``, kept as a set of triples and
    turned into pyoxigraph quads at the end (no rdflib graph, no serialising and parsing)."""

    def __init__(self):
        self.triples: set = set()

    def add(self, triple) -> None:
        self.triples.add(triple)

    def __len__(self) -> int:
        return len(self.triples)


def _quads(g: Triples, graph) -> list:
    """The triples as pyoxigraph quads in ``graph``."""
    name = ox.NamedNode(str(graph))
    nodes: dict = {}

    def term(t):
        if t not in nodes:
            if type(t) is str:  # an IRI as a plain string
                nodes[t] = ox.NamedNode(t)
            elif isinstance(t, Literal):
                if t.language:
                    nodes[t] = ox.Literal(str(t), language=t.language)
                elif t.datatype is not None and str(t.datatype) != "http://www.w3.org/2001/XMLSchema#string":
                    nodes[t] = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
                else:
                    nodes[t] = ox.Literal(str(t))
            else:
                nodes[t] = ox.NamedNode(str(t))
        return nodes[t]

    return [ox.Quad(term(s), term(p), term(o), name) for s, p, o in g.triples]


def _data(verb: str, quads) -> list[str]:
    """``DELETE DATA`` / ``INSERT DATA`` of these quads, grouped by graph (none: no operation)."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name.value].append(f"{q.subject} {q.predicate} {q.object} .\n")
    if not by_graph:
        return []
    body = "\n".join(f"GRAPH <{g}> {{\n{''.join(sorted(lines))}}}" for g, lines in sorted(by_graph.items()))
    return [f"{verb} DATA {{\n{body}\n}}"]


__all__ = ["resolve", "ResolveReport"]
