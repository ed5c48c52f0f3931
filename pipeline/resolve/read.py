"""What the resolver reads from the store, by index lookups only.

A build re-decides a few blocks of a large store, so every read here starts from
a bound term (a name, a notice, a post, a government) and follows the store's
indexes: the cost grows with the block, not with the store. (The same questions
asked as one SPARQL query with OPTIONAL parts made Oxigraph evaluate each OPTIONAL
over the whole store: a second per name at 1,000 notices.) ``queries/facts/mentions.rq``
states the reading of mentions in SPARQL, for people who want to ask it of a store.
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

import pyoxigraph as ox

from ..lexicon import region_of
from ..namespaces import DCTERMS, ELI, GOV, IDENTITY_GRAPH, ORG, RDF
from .people import Mention
from .spelling import key as script_key, spellings
from .state import (CACHE_GRAPH, STATE_GRAPH, block_cache_iri, decode_block, decode_fact, decode_facts, decode_mention,
                    decode_name, mention_cache_iri, name_cache_iri, notice_cache_iri, post_cache_iri)


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_TYPE, _NAME, _PERSON, _POST, _HOLDS = _n(RDF.type), _n(GOV.name), _n(GOV.person), _n(GOV.post), _n(GOV.holdsPost)
_MENTION, _IN_AGENCY, _TITLE = _n(GOV.PersonMention), _n(GOV.inAgency), _n(GOV.title)
_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_MEMBER, _ORGANIZATION = _n(ORG.member), _n(ORG.organization)
_DATE, _ISSUER, _NUMBER, _NTITLE = _n(ELI.date_document), _n(GOV.issuerName), _n(ELI.id_local), _n(DCTERMS.title)
_DENOTES, _GOVERNMENT, _NOTICE = _n(GOV.denotes), _n(GOV.government), _n(GOV.Notice)
_IDENTITY, _STATE, _CACHE = _n(IDENTITY_GRAPH), _n(STATE_GRAPH), _n(CACHE_GRAPH)
_CACHED, _CACHED_MENTION, _LISTS_MENTION = _n(GOV.cachedFact), _n(GOV.cachedMention), _n(GOV.cachedMentionNode)
_FACTS = _n(GOV.cachedFacts)
_HOLDER, _SEEN, _RDFS_LABEL = _n(GOV.holder), _n(GOV.postsSeen), _n("http://www.w3.org/2000/01/rdf-schema#label")
_CACHED_BLOCK, _CACHED_NAME = _n(GOV.cachedBlock), _n(GOV.cachedName)
_EVENT = {str(GOV.Appointment): "appointment", str(GOV.Removal): "removal", str(GOV.PostListing): "listing"}
_FACT_ATTRS = {"start": _n(GOV.startDate), "end": _n(GOV.endDate), "probation": _n(GOV.probation),
               "secondment": _n(GOV.secondment)}
#: the triples of a notice graph that say what its mentions are (``Reader.scan``), as (predicate, object)
#: patterns: a mention, a fact's event, and the properties ``_mention`` and ``_facts_at`` follow
_SCANNED = ([(_TYPE, _n(t)) for t in sorted(_EVENT)] + [(_TYPE, _MENTION)] +
            [(p, None) for p in (_NAME, _PERSON, _POST, _HOLDS, _MEMBER, _ORGANIZATION, _TITLE, _IN_AGENCY, _LABEL,
                                 *_FACT_ATTRS.values())])


def notices_and_bodies(mentions: list[Mention], notices=frozenset(), bodies=frozenset()) -> tuple[frozenset, frozenset]:
    """(notices, body keys) of these mentions, added to ``notices`` and ``bodies``."""
    return (frozenset(notices).union(m.notice for m in mentions),
            frozenset(bodies).union(*(m.agency_keys for m in mentions)))


class Reader:
    """Lookups on one store, with the notice metadata cached."""

    def __init__(self, store):
        self.ox = store.ox
        self._notices: dict[str, tuple[str, str, str]] = {}
        self._nodes: dict[str, list] = {}
        self._posts: dict[tuple[str, str], tuple[str, str] | None] = {}
        self._denoted: dict[str, ox.NamedNode | None] = {}
        #: read mentions from the cache (a build's re-decision), except those of the ``fresh`` notices
        self.cached, self.fresh = False, frozenset()
        #: the block and name cache nodes read so far: key -> (the quad, or None where there is none)
        self.block_quads: dict[tuple[str, str], ox.Quad | None] = {}
        self.name_quads: dict[str, ox.Quad | None] = {}
        self._names_cached: dict[str, dict | None] = {}
        self._regions_now: dict[str, dict] = {}
        self._person_regions: dict[str, tuple[str, list[str]]] = {}
        #: per person read with a block from the cache: (name, evidence, mentions) as last written
        self._people_kept: dict[str, tuple[str, list[str], list[Mention]]] = {}
        self._blocks_kept: set[tuple[str, str]] = set()
        self._blocks_read: dict[tuple[str, str], list[Mention] | None] = {}
        self._fresh_blocks: dict[str, dict[str, list[Mention]]] | None = None

    def objects(self, s, p, g) -> list:
        out = [q.object for q in self.ox.quads_for_pattern(s, p, None, g)]
        return sorted(out, key=str) if len(out) > 1 else out

    def one(self, s, p, g):
        objs = self.objects(s, p, g)
        return objs[0] if objs else None

    def value(self, s, p, g) -> str | None:
        o = self.one(s, p, g)
        return None if o is None else o.value

    def notice(self, g: ox.NamedNode) -> tuple[str, str, str]:
        """(date, government, 文号 or title) of the notice whose graph is ``g``."""
        if g.value not in self._notices:
            doc = self.value(g, _NUMBER, g) or self.value(g, _NTITLE, g) or ""
            self._notices[g.value] = (self.value(g, _DATE, g) or "", region_of(self.value(g, _ISSUER, g))[0], doc)
        return self._notices[g.value]

    # ---------------------------------------------------------------- mentions

    def mentions(self, names: Iterable[str]) -> list[Mention]:
        """Every mention of these names, in (date, notice, IRI) order."""
        out = []
        for name in sorted(set(names)):
            for q in self.ox.quads_for_pattern(None, _NAME, ox.Literal(name), None):
                g = q.graph_name
                if isinstance(g, ox.NamedNode) and self._is_mention(q.subject, g):
                    out.append(self._mention(q.subject, name, g))
        return sorted(out, key=lambda m: (m.date, m.notice, m.iri))

    def mention_nodes(self, name: str) -> list[tuple[ox.NamedNode, ox.NamedNode, str]]:
        """(mention, notice graph, name as printed) for every mention of ``name`` in either
        script (``spelling``), index lookups on each spelling (kept for the rest of the resolution)."""
        if name not in self._nodes:
            self._nodes[name] = sorted(
                ((q.subject, q.graph_name, form) for form in spellings(name)
                 for q in self.ox.quads_for_pattern(None, _NAME, ox.Literal(form), None)
                 if isinstance(q.graph_name, ox.NamedNode) and self._is_mention(q.subject, q.graph_name)),
                key=lambda mg: (mg[1].value, mg[0].value))
        return self._nodes[name]

    def forget_names(self) -> None:
        """Drop the mention lookups kept so far (a full resolution goes through the names in steps)."""
        self._nodes.clear()
        self._posts.clear()

    def region(self, g: ox.NamedNode) -> str:
        return self.notice(g)[1]

    def block(self, name: str, region: str) -> list[Mention]:
        """The mentions of ``name`` in the notices of government ``region``, both in either script
        (each mention with its name as printed), in (date, notice, IRI) order. A build's re-decision
        (``cached``) reads a block from its cache node, the ``fresh`` notices' mentions from the notices."""
        kept = self._cached_block(script_key(name), script_key(region)) if self.cached else None
        if kept is not None:
            out = [m for m in kept if m.notice not in self.fresh]
            out += self.fresh_blocks(script_key(name)).get(script_key(region), [])
        else:
            out = [self._mention_kept(m, form, g) for m, g, form in self.mention_nodes(name)
                   if script_key(self.region(g)) == script_key(region)]
        return sorted(out, key=lambda m: (m.date, m.notice, m.iri))

    # ---------------------------------------------------------------- the block and name cache

    def _cached_block(self, name: str, region: str) -> list[Mention] | None:
        """The block's mentions as the last resolution left them (None: no cache node), noting the person
        each denoted and the governments of each of those people's blocks (``denoted``, ``person_blocks``);
        read once (a name's bodies may need a block before the closure reaches it)."""
        if (name, region) not in self._blocks_read:
            self._blocks_read[(name, region)] = self._read_block(name, region)
        return self._blocks_read[(name, region)]

    def _read_block(self, name: str, region: str) -> list[Mention] | None:
        quads = list(self.ox.quads_for_pattern(_n(block_cache_iri(name, region)), _CACHED_BLOCK, None, _CACHE))
        self.block_quads[(name, region)] = quads[0] if len(quads) == 1 else None
        if len(quads) != 1:
            return None
        denoted, people = decode_block(quads[0].object.value)
        self._blocks_kept.add((name, region))
        for person, (printed, evidence, rs) in people.items():
            self._person_regions[person] = (name, rs)
            self._people_kept.setdefault(person, (printed, evidence, []))
        for m, person in denoted:
            self._denoted.setdefault(m.iri, ox.NamedNode(person))
            self._people_kept[person][2].append(m)
        return [m for m, _ in denoted]

    def person_kept(self, person: str) -> tuple[str, list[str], list[Mention]] | None:
        """(name, evidence, mentions) the person was written from, when every block of the person
        was read from the cache (None: not known)."""
        if person not in self._people_kept:
            return None
        name, regions = self._person_regions[person]
        return self._people_kept[person] if all((name, r) in self._blocks_kept for r in regions) else None

    def fresh_blocks(self, name: str) -> dict[str, list[Mention]]:
        """{government key: mentions} of the name (its key) in the ``fresh`` notices, read from them."""
        if self._fresh_blocks is None:
            self._fresh_blocks = {}
            for n in sorted(self.fresh):
                g = _n(n)
                region = script_key(self.region(g))
                for q in self.ox.quads_for_pattern(None, _TYPE, _MENTION, g):
                    for o in self.objects(q.subject, _NAME, g):
                        self._fresh_blocks.setdefault(script_key(o.value), {}).setdefault(region, []).append(
                            self._mention(q.subject, o.value, g))
        return self._fresh_blocks.get(name, {})

    def name_regions(self, name: str) -> dict[str, tuple[frozenset, frozenset | None]] | None:
        """{government key: (notices, bodies its mentions there hold posts in)} of the name (its key) as the
        last resolution left them (None: no cache node; bodies None: a node of an older store)."""
        if name not in self._names_cached:
            quads = list(self.ox.quads_for_pattern(_n(name_cache_iri(name)), _CACHED_NAME, None, _CACHE))
            self.name_quads[name] = quads[0] if len(quads) == 1 else None
            self._names_cached[name] = decode_name(quads[0].object.value) if len(quads) == 1 else None
        return self._names_cached[name]

    def regions_now(self, name: str) -> dict[str, tuple[frozenset, frozenset]]:
        """{government key: (notices, the keys of the bodies the name's mentions there hold posts in)} of
        every government whose notices name the name (its key) now: from its cache node with the ``fresh``
        notices put in place of theirs; a government where a notice was rebuilt (or whose node does not
        say) from its block, and without a node from the notices. Kept: linking asks it for each block of
        the name, and the cache write once more."""
        if name not in self._regions_now:
            self._regions_now[name] = self._read_regions(name)
        return self._regions_now[name]

    def _read_regions(self, name: str) -> dict[str, tuple[frozenset, frozenset]]:
        cached = self.name_regions(name) if self.cached else None
        if cached is None:
            mentions: dict[str, list[Mention]] = {}
            for m, g, form in self.mention_nodes(name):
                mentions.setdefault(script_key(self.region(g)), []).append(self._mention_kept(m, form, g))
            return {r: notices_and_bodies(ms) for r, ms in mentions.items()}
        fresh = self.fresh_blocks(name)
        out = {}
        for r in set(cached) | set(fresh):
            old, keys = cached.get(r, (frozenset(), frozenset()))
            if keys is None or old & self.fresh:  # (a rebuilt notice's old mentions may have held other posts)
                out[r] = notices_and_bodies(self.block(name, r))
            else:
                out[r] = notices_and_bodies(fresh.get(r, []), old, keys)
        return {r: v for r, v in out.items() if v[0]}

    def regions_of(self, name: str) -> set[str]:
        """Every government whose notices name ``name`` (in either script), by its key."""
        return {script_key(self.region(g)) for _, g, _ in self.mention_nodes(name)}

    def blocks_in(self, notices: Iterable[str]) -> set[tuple[str, str]]:
        """(name, government) of every mention in these notice graphs."""
        out = set()
        for n in notices:
            g = _n(n)
            region = self.region(g)
            for q in self.ox.quads_for_pattern(None, _TYPE, _MENTION, g):
                out.update((o.value, region) for o in self.objects(q.subject, _NAME, g))
        return out

    def linked_regions(self, name: str, region: str, bodies: set[str]) -> set[str]:
        """Other governments whose notices name ``name`` where a mention holds a post in one of ``bodies``
        (keys): where a cluster of this block may have a namesake in the same body (``people._link``)."""
        return {r for r, (_, held) in self.regions_now(script_key(name)).items()
                if r != script_key(region) and not held.isdisjoint(bodies)}

    def denoted(self, mention: str) -> ox.NamedNode | None:
        """The person the identity graph said ``mention`` denotes when first asked (a re-decision
        asks before it writes, and again while writing; ``post_facts`` reads the graph as it is)."""
        if mention not in self._denoted:
            self._denoted[mention] = self.one(_n(mention), _DENOTES, _IDENTITY)
        return self._denoted[mention]

    def derived_people(self, notices: Iterable[str]) -> set:
        """The people the identity graph derived from these notices."""
        derived = _n("http://www.w3.org/ns/prov#wasDerivedFrom")
        return {p for n in notices for p in self.objects_of(derived, _n(n), _IDENTITY)}

    def person_blocks(self, person) -> set[tuple[str, str]]:
        """(name, government) of every notice the identity graph derived ``person`` from."""
        if person.value in self._person_regions:  # (read with a block from the cache)
            name, regions = self._person_regions[person.value]
            return {(name, r) for r in regions}
        derived, name = _n("http://www.w3.org/ns/prov#wasDerivedFrom"), _n("http://xmlns.com/foaf/0.1/name")
        names = [o.value for o in self.objects(person, name, _IDENTITY)]
        out = set()
        for n in self.objects(person, derived, _IDENTITY):
            if any(True for _ in self.ox.quads_for_pattern(n, _TYPE, _NOTICE, n)):  # still in the store
                out.update((nm, self.region_resolved(n)) for nm in names)
        return out

    def region_resolved(self, g: ox.NamedNode) -> str:
        """The government of notice ``g`` when it was last resolved (a rebuilt notice's old version may
        have named another, and the people derived from it were of that one); else its own now."""
        was = self.value(_n(notice_cache_iri(g.value)), _GOVERNMENT, _CACHE)
        return self.region(g) if was is None else was

    def notice_cache_quads(self, notices: Iterable[str]) -> list:
        """The cache quads of these notices: each notice's node (its government, the mentions it lists) and
        its mentions' nodes."""
        out = []
        for n in sorted(notices):
            for q in self.ox.quads_for_pattern(_n(notice_cache_iri(n)), None, None, _CACHE):
                out.append(q)
                if q.predicate == _LISTS_MENTION:
                    out += self.ox.quads_for_pattern(q.object, None, None, _CACHE)
        return out

    def all_names(self) -> set[str]:
        return {q.object.value for q in self.ox.quads_for_pattern(None, _NAME, None, None)
                if isinstance(q.graph_name, ox.NamedNode) and self._is_mention(q.subject, q.graph_name)}

    def _is_mention(self, m, g) -> bool:
        return any(True for _ in self.ox.quads_for_pattern(m, _TYPE, _MENTION, g))

    def _mention_kept(self, m: ox.NamedNode, name: str, g: ox.NamedNode) -> Mention:
        """The mention as its own cache node keeps it (one lookup; a block without a cache node, of a store
        resolved before the block cache), when ``cached`` is on and its notice is not among the ``fresh``
        ones (rebuilt since: their cache is stale); else read from the notice."""
        if self.cached and g.value not in self.fresh:
            o = self.one(_n(mention_cache_iri(m.value)), _CACHED_MENTION, _CACHE)
            if o is not None:
                kept = decode_mention(o.value, g.value)
                if kept.iri == m.value and kept.name == name:
                    return kept
        return self._mention(m, name, g)

    def _mention(self, m: ox.NamedNode, name: str, g: ox.NamedNode) -> Mention:
        return self._mention_in(_StoreView(self, g), m, name, g, self._posts)

    def _mention_in(self, view: "_StoreView | _ScanView", m: ox.NamedNode, name: str, g: ox.NamedNode,
                    posts: dict) -> Mention:
        """The mention as notice graph ``g`` states it, read through ``view`` (index lookups on the
        store, or one scan of the graph); ``posts`` keeps the posts read so far."""
        date, region, doc = self.notice(g)
        mention = Mention(iri=m.value, name=name, notice=g.value, date=date, region=region, doc=doc)
        for fact in view.subjects(_PERSON, m):
            props = view.props(fact)
            for post in sorted(props.get(_POST, ()), key=str):
                where = self._post(view, post, g, posts)
                if where:
                    f = self.fact(fact, g, props)
                    mention.events.add((f["event"], where[0], where[1]))
                    mention.posts_held.add(post.value)
                    if not any(x["fact"] == fact.value for x in mention.facts):
                        mention.facts.append({**f, "post": post.value, "agency": where[0], "title": where[1],
                                              "date": date})
        for post in view.objects(m, _HOLDS):
            where = self._post(view, post, g, posts)
            if where:
                mention.events.add(("listing", where[0], where[1]))
                mention.posts_held.add(post.value)
        for ms in view.subjects(_MEMBER, m):
            for group in view.objects(ms, _ORGANIZATION):
                mention.memberships.add((ms.value, group.value))
        return mention

    def objects_of(self, p, o, g) -> list:
        """Subjects ``s`` with ``s p o`` in ``g``."""
        out = [q.subject for q in self.ox.quads_for_pattern(None, p, o, g)]
        return sorted(out, key=str) if len(out) > 1 else out

    def _props(self, s, g) -> dict:
        """{predicate: [objects]} of ``s`` in ``g``: one scan for what would be a lookup per property."""
        out: dict = {}
        for q in self.ox.quads_for_pattern(s, None, None, g):
            out.setdefault(q.predicate, []).append(q.object)
        return out

    def fact(self, fact, g, props: dict | None = None) -> dict:
        """The fact's event and attributes (``props``: its properties, if read already)."""
        props = self._props(fact, g) if props is None else props
        types = [t.value for t in sorted(props.get(_TYPE, ()), key=str)]
        event = next((_EVENT[t] for t in types if t in _EVENT), "listing")
        out = {"fact": fact.value, "event": event}
        for key, p in _FACT_ATTRS.items():
            if p in props:
                o = min(props[p], key=str)
                out[key] = (o.value == "true") if key == "secondment" else o.value
        return out

    @staticmethod
    def _post(view: "_StoreView | _ScanView", post, g, posts: dict) -> tuple[str, str] | None:
        """(agency label, title) of a post as its notice states them (kept in ``posts``)."""
        key = (post.value, g.value)
        if key not in posts:
            props = view.props(post)
            titles = sorted(props.get(_TITLE, ()), key=str)
            posts[key] = None
            for agency in sorted(props.get(_IN_AGENCY, ()), key=str):
                label = view.value(agency, _LABEL)
                if label is not None and titles:
                    posts[key] = (label, titles[0].value)
                    break
        return posts[key]

    # ---------------------------------------------------------------- a whole notice at once

    def notice_graphs(self) -> list[ox.NamedNode]:
        """Every graph that states a mention, in IRI order."""
        return sorted({q.graph_name.value for q in self.ox.quads_for_pattern(None, _TYPE, _MENTION, None)
                       if isinstance(q.graph_name, ox.NamedNode)})

    def scan(self, g: ox.NamedNode) -> tuple[list[Mention], list[tuple[str, str, dict]]]:
        """What a full resolution reads of notice graph ``g``, in one scan of it: its mentions (one per
        name each carries, as ``block`` gives them) and (post, mention, fact) for every appointment,
        removal and listing of a post (as ``post_facts`` gives them, without the person)."""
        view = _ScanView(chain.from_iterable(self.ox.quads_for_pattern(None, p, o, g) for p, o in _SCANNED))
        posts: dict = {}
        mentions = [self._mention_in(view, m, o.value, g, posts) for m in view.subjects(_TYPE, _MENTION)
                    for o in view.objects(m, _NAME) if isinstance(o, ox.Literal)]
        facts = [(post.value, m.value, f) for fact, post in view.pairs(_POST)
                 for m, f in self._fact_mentions(view, fact, post, g)]
        return mentions, facts

    # ---------------------------------------------------------------- other blocks

    def post_facts(self, post: str, person_now: dict) -> Iterator[tuple[str, dict]]:
        """(person IRI, fact) for every appointment, removal and listing of ``post``; the
        person is ``person_now[mention]`` if given, else what the identity graph says."""
        for q in self.ox.quads_for_pattern(None, _POST, _n(post), None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != _IDENTITY:
                yield from self._facts_at(q, person_now)

    def facts_in(self, notices: Iterable[str], person_now: dict) -> dict[str, list[tuple[str, dict]]]:
        """{post: [(person, fact)]} for every appointment, removal and listing in these notice
        graphs (as ``post_facts`` gives them), one scan of each notice."""
        out: dict[str, list[tuple[str, dict]]] = {}
        for n in sorted(set(notices)):
            for q in self.ox.quads_for_pattern(None, _POST, None, _n(n)):
                out.setdefault(q.object.value, []).extend(self._facts_at(q, person_now))
        return {post: facts for post, facts in out.items() if facts}

    def _facts_at(self, q: ox.Quad, person_now: dict) -> Iterator[tuple[str, dict]]:
        """(person, fact) for each mention of the fact of ``q`` (``fact gov:post post`` in a notice graph)."""
        for m, f in self._fact_mentions(_StoreView(self, q.graph_name), q.subject, q.object, q.graph_name):
            person = person_now.get(m.value) or self.value(m, _DENOTES, _IDENTITY)
            if person:
                yield person, f

    def _fact_mentions(self, view: "_StoreView | _ScanView", fact, post, g) -> list[tuple[ox.NamedNode, dict]]:
        """(mention, fact) for each mention of ``fact`` (``fact gov:post post`` in notice graph ``g``, read through
        ``view``): the fact as the tenures read it; none where the notice gives the post no title."""
        title = view.value(post, _TITLE)
        if title is None:
            return []
        f = {**self.fact(fact, g, view.props(fact)), "post": post.value, "title": title, "date": self.notice(g)[0]}
        return [(m, {**f, "mention": m.value, "notice": g.value}) for m in view.objects(fact, _PERSON)]

    def cached_facts(self, post: str) -> list[tuple[ox.Quad, list[tuple[str, dict]]]] | None:
        """[(cache quad, [(person, fact)])] of ``post`` as the last resolution left them, or None where
        the store has no cache for it (a store resolved before the cache, or a new post). A quad holds a
        part of them (``encode_facts``), or one fact in stores of older code."""
        node = _n(post_cache_iri(post))
        quads = [(q, decode_facts(q.object.value, post)) for q in self.ox.quads_for_pattern(node, _FACTS, None, _CACHE)]
        quads += [(q, [decode_fact(q.object.value, post)]) for q in self.ox.quads_for_pattern(node, _CACHED, None, _CACHE)]
        return quads or None

    def summary_nodes(self, keys: set[tuple[str, str]], people: set[str]) -> dict:
        """{(government, agency): state node} for these keys and for every summary that names one
        of ``people``."""
        from .state import summary_iri

        out = {}
        nodes = [_n(summary_iri(*k)) for k in sorted(keys)]
        nodes += [q.subject for p in sorted(people) for q in self.ox.quads_for_pattern(None, _HOLDER, _n(p), _STATE)]
        for node in nodes:
            region, label = self.value(node, _GOVERNMENT, _STATE), self.value(node, _RDFS_LABEL, _STATE)
            if region is not None and label is not None:
                out[(region, label)] = node
        return out

    def summary(self, node) -> tuple[ox.Quad | None, dict]:
        """(the node's ``gov:postsSeen`` quad, {person: [first, last]}): one lookup (the node's other quads, a
        ``gov:holder`` per person, follow from it)."""
        import json

        quad = next(iter(self.ox.quads_for_pattern(node, _SEEN, None, _STATE)), None)
        return quad, json.loads(quad.object.value) if quad is not None else {}

    def summaries_of(self, region: str) -> dict[str, dict]:
        """{agency: {person: [first, last]}} for every agency of one government."""
        out = {}
        for q in self.ox.quads_for_pattern(None, _GOVERNMENT, ox.Literal(region), _STATE):
            label = self.value(q.subject, _RDFS_LABEL, _STATE)
            if label is not None:
                out[label] = self.summary(q.subject)[1]
        return out

    def person_name_keys(self, people: set[str]) -> dict[str, str]:
        """{person: the key of its name}, known for the people of blocks read from the cache, else read."""
        known = {p: self._person_regions[p][0] for p in people if p in self._person_regions}
        return known | {p: script_key(name) for p, name in self.person_names(set(people) - set(known)).items()}

    def person_names(self, people: set[str]) -> dict[str, str]:
        name = _n("http://xmlns.com/foaf/0.1/name")
        return {p: self.value(_n(p), name, _IDENTITY) or "" for p in people}

    # ---------------------------------------------------------------- the identity graph as it is

    def old_posts(self, people) -> set[str]:
        holder = _n(GOV.holder)
        return {post.value for p in people for t in self.objects_of(holder, p, _IDENTITY)
                for post in self.objects(t, _POST, _IDENTITY)}

    def person_quads(self, people) -> list:
        """Everything the identity graph says about these people (and which mentions denote them)."""
        out = []
        for p in people:
            out += list(self.ox.quads_for_pattern(p, None, None, _IDENTITY))
            out += list(self.ox.quads_for_pattern(None, _DENOTES, p, _IDENTITY))
        return out

    def tenure_quads(self, posts: Iterable[str]) -> list:
        """Every tenure of these posts in the identity graph, with its begin and end instants."""
        out = []
        tenure = _n(GOV.Tenure)
        for post in sorted(posts):
            for t in self.objects_of(_POST, _n(post), _IDENTITY):
                if not any(True for _ in self.ox.quads_for_pattern(t, _TYPE, tenure, _IDENTITY)):
                    continue
                quads = list(self.ox.quads_for_pattern(t, None, None, _IDENTITY))
                out += quads
                for q in quads:
                    if q.predicate.value in ("http://www.w3.org/2006/time#hasBeginning",
                                             "http://www.w3.org/2006/time#hasEnd"):
                        out += list(self.ox.quads_for_pattern(q.object, None, None, _IDENTITY))
        return out

    def graph_quads(self, graphs: Iterable[str], subject: str | None = None) -> list:
        """Every quad of these graphs (``subject``: only about it)."""
        s = _n(subject) if subject else None
        return [q for g in graphs for q in self.ox.quads_for_pattern(s, None, None, _n(g))]


class _StoreView:
    """Lookups on one graph of the store (index lookups, a few a mention)."""

    def __init__(self, reader: Reader, g: ox.NamedNode):
        self.reader, self.g = reader, g

    def objects(self, s, p) -> list:
        return self.reader.objects(s, p, self.g)

    def subjects(self, p, o) -> list:
        return self.reader.objects_of(p, o, self.g)

    def props(self, s) -> dict:
        return self.reader._props(s, self.g)

    def value(self, s, p) -> str | None:
        return self.reader.value(s, p, self.g)


class _ScanView:
    """The same lookups on one graph read whole (one scan instead of a dozen lookups a mention);
    lists in the order ``_StoreView`` gives them."""

    def __init__(self, quads: Iterable[ox.Quad]):
        self.by_subject: dict = {}
        self.by_object: dict = {}
        for q in quads:
            self.by_subject.setdefault(q.subject, {}).setdefault(q.predicate, []).append(q.object)
            self.by_object.setdefault((q.predicate, q.object), []).append(q.subject)

    def objects(self, s, p) -> list:
        out = self.by_subject.get(s, {}).get(p, [])
        return sorted(out, key=str) if len(out) > 1 else list(out)

    def subjects(self, p, o) -> list:
        out = self.by_object.get((p, o), [])
        return sorted(out, key=str) if len(out) > 1 else list(out)

    def props(self, s) -> dict:
        return self.by_subject.get(s, {})

    def value(self, s, p) -> str | None:
        objs = self.objects(s, p)
        return objs[0].value if objs else None

    def pairs(self, p) -> list[tuple]:
        """(subject, object) of every triple of ``p``."""
        return [(s, o) for (pp, o), ss in self.by_object.items() if pp == p for s in ss]
