"""What the store says about its own resolution: whether the identity data matches
the notices (a ``resolved`` flag, written in the same transaction as the identity
data), per government and agency who was named in its posts when (the input of
rename detection, so that a build need not read a whole government's notices),
and a pause hook the crash tests use to stop a build at a named point.
"""
from __future__ import annotations

import json
import os
import sys
import time

from ..namespaces import GOV, ID, digest, full_iri, short_iri
from ..store import Store

#: the resolver's bookkeeping: the resolved flag and the agency summaries
STATE_GRAPH = ID["graph/resolver"]
#: reviewer overrides, one node each (see ``overrides``)
OVERRIDES_GRAPH = ID["graph/overrides"]
#: rename events of one government live in their own graph, replaced as a block
RENAMES_PREFIX = str(ID["graph/renames/"])
_FLAG = f"<{STATE_GRAPH}> <{GOV.resolved}> true"
#: the resolver's cache, never exported: each post's facts as the last resolution saw them (on the
#: post's cache node, in parts by notice, ``namespaces.notice_part``; stores of older code hold one
#: literal per fact, replaced as a post is next touched), so that a build touching a post reads what changed,
#: not the post's whole history again; on a node per notice, the notice's government as last resolved;
#: on a node per block (a name in one government), what the resolver read of each of its mentions and
#: the person each denoted (one lookup for a block instead of a dozen a mention); on a node per name,
#: the governments whose notices name it, with those notices and the names of bodies they give
CACHE_GRAPH = ID["graph/resolver-cache"]
_FACT_FIELDS = ("fact", "mention", "notice", "event", "title", "date", "start", "end", "probation", "secondment")
_OPTIONAL_FIELDS = _FACT_FIELDS[6:]  # (left out of a decoded fact where null)


def renames_graph(region: str) -> str:
    return f"{RENAMES_PREFIX}{digest(region)}"


def summary_iri(government: str, agency: str) -> str:
    """The state node that sums up who was named in posts of ``agency`` in ``government``'s notices."""
    return f"{STATE_GRAPH}/agency/{digest(government, agency)}"


def post_cache_iri(post: str) -> str:
    """The cache node of a post's facts (not the post itself: describing a post shows no cache)."""
    return f"{CACHE_GRAPH}/post/{digest(post)}"


def notice_cache_iri(notice: str) -> str:
    """The cache node of a notice: the government its notice graph named when it was last resolved
    (a rebuilt notice may name another; the people read from its old version were of the old one)."""
    return f"{CACHE_GRAPH}/notice/{digest(notice)}"


def mention_cache_iri(mention: str) -> str:
    """The cache node of what the resolver read of a mention (stores resolved before the block cache;
    its notice's node lists it, and a rebuilt notice's are dropped)."""
    return f"{CACHE_GRAPH}/mention/{digest(mention)}"


def block_cache_iri(name: str, region: str) -> str:
    """The cache node of a block: the mentions of a name (its key) in one government's notices (its key)."""
    return f"{CACHE_GRAPH}/block/{digest(name, region)}"


def name_cache_iri(name: str) -> str:
    """The cache node of a name (its key): the governments whose notices name it."""
    return f"{CACHE_GRAPH}/name/{digest(name)}"


def encode_fact(person: str, fact: dict) -> str:
    """One fact of a post and the person its mention denotes, as a JSON array (IRIs shortened)."""
    row = [short_iri(person)] + [short_iri(fact.get(k)) for k in _FACT_FIELDS]
    while row[-1] is None:
        row.pop()
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def decode_fact(text: str, post: str) -> tuple[str, dict]:
    """(person, fact) from ``encode_fact``'s text; the fact of ``post``."""
    return _fact_of(json.loads(text), post)


def encode_facts(facts: list[tuple[str, dict]]) -> str:
    """Facts of one post and part and the person each mention denotes, as one JSON array of
    ``encode_fact``'s rows, in order (the same facts give the same text)."""
    return "[" + ",".join(sorted(encode_fact(person, f) for person, f in facts)) + "]"


def decode_facts(text: str, post: str) -> list[tuple[str, dict]]:
    """[(person, fact)] from ``encode_facts``'s text; the facts of ``post``."""
    return [_fact_of(row, post) for row in json.loads(text)]


def _fact_of(row: list, post: str) -> tuple[str, dict]:
    row += [None] * (1 + len(_FACT_FIELDS) - len(row))
    fact = {"post": post, "fact": full_iri(row[1]), "mention": full_iri(row[2]), "notice": full_iri(row[3]),
            "event": row[4], "title": row[5], "date": row[6]}  # (the order of _FACT_FIELDS)
    if row[4] is None:
        del fact["event"]
    for k, v in zip(_OPTIONAL_FIELDS, row[7:]):
        if v is not None:
            fact[k] = v
    return full_iri(row[0]), fact


def _mention_json(m) -> dict:
    return {"m": short_iri(m.iri), "n": m.name, "d": m.date, "r": m.region, "doc": m.doc,
            "e": sorted(m.events), "f": [{k: short_iri(v) for k, v in f.items()} for f in m.facts],
            "ms": sorted([short_iri(a), short_iri(b)] for a, b in m.memberships),
            "p": sorted(short_iri(p) for p in m.posts_held)}


def _mention_of(o: dict, notice: str):
    from .people import Mention

    return Mention(iri=full_iri(o["m"]), name=o["n"], notice=notice, date=o["d"], region=o["r"], doc=o["doc"],
                   events={tuple(e) for e in o["e"]},
                   facts=[{k: (full_iri(v) if k in ("fact", "post") else v) for k, v in f.items()} for f in o["f"]],
                   memberships={(full_iri(a), full_iri(b)) for a, b in o["ms"]},
                   posts_held={full_iri(p) for p in o["p"]})


def decode_mention(text: str, notice: str):
    """The ``Mention`` of a mention's own cache node, read from ``notice`` (stores resolved before
    the block cache kept a node per mention)."""
    return _mention_of(json.loads(text), notice)


def encode_block(denoted: list[tuple], people: dict[str, tuple]) -> str:
    """A block's cache: each (mention, person it denotes), in (date, notice, IRI) order, and for each of
    those people (name, evidence, the governments (keys) of all the blocks its mentions are in): what
    its node in the identity graph was written from."""
    rows = [[short_iri(m.notice), _mention_json(m), short_iri(p)]
            for m, p in sorted(denoted, key=lambda mp: (mp[0].date, mp[0].notice, mp[0].iri))]
    kept = {short_iri(p): [name, list(evidence), sorted(regions)] for p, (name, evidence, regions) in sorted(people.items())}
    return json.dumps({"m": rows, "p": kept}, ensure_ascii=False, separators=(",", ":"))


def decode_block(text: str) -> tuple[list[tuple], dict[str, tuple]]:
    """([(mention, person)], {person: (name, evidence, [government keys])}) of ``encode_block``'s text."""
    o = json.loads(text)
    return ([(_mention_of(m, full_iri(n)), full_iri(p)) for n, m, p in o["m"]],
            {full_iri(p): tuple(v) for p, v in o["p"].items()})


def encode_name(regions: dict[str, tuple]) -> str:
    """A name's cache: for each government (key) whose notices name it, those notices and the bodies (keys)
    its mentions there hold posts in (what ``Reader.linked_regions`` asks)."""
    return json.dumps({"r": {r: [sorted(short_iri(n) for n in notices), sorted(keys)]
                             for r, (notices, keys) in sorted(regions.items())}},
                      ensure_ascii=False, separators=(",", ":"))


def decode_name(text: str) -> dict[str, tuple[frozenset, frozenset | None]]:
    """{government: (notices, bodies)} of ``encode_name``'s text. A node written before it kept the bodies
    (it kept the names every notice gives, or none) has None for them: the reader takes them from the blocks."""
    o = json.loads(text)
    if "r" not in o:  # (a government's key is a place name: never "r")
        return {r: (frozenset(full_iri(n) for n in notices), None) for r, (notices, _) in o.items()}
    return {r: (frozenset(full_iri(n) for n in notices), frozenset(keys)) for r, (notices, keys) in o["r"].items()}


def is_resolved(store: Store) -> bool:
    return bool(store.ox.query(f"ASK {{ GRAPH <{STATE_GRAPH}> {{ {_FLAG} }} }}"))


def mark_unresolved(store: Store) -> bool:
    """Clear the resolved flag before notices change; returns whether it was set.
    A build that dies after this leaves a store that says it is unresolved, and
    the next build resolves it in full."""
    was = is_resolved(store)
    if was:
        store.ox.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{ {_FLAG} }} }}")
    return was


def flag_quad():
    """The quad that says the identity data is complete (the resolver writes it with the data)."""
    import pyoxigraph as ox

    return ox.Quad(ox.NamedNode(str(STATE_GRAPH)), ox.NamedNode(str(GOV.resolved)), ox.Literal(True),
                   ox.NamedNode(str(STATE_GRAPH)))


def pause_point(name: str) -> None:
    """Stop here forever when ``GOVKG_PAUSE_AT`` names this point (the kill -9 tests
    wait for the message, then kill the process)."""
    if os.environ.get("GOVKG_PAUSE_AT") == name:
        print(f"govkg: paused at {name}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)
