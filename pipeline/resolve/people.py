"""People: which person mentions, across all notices in the store, denote one person.

Evidence, strongest first: the same post, the same or a renamed agency, the
appointment/removal chain, the government that issued the notices. Same name
alone merges only when nothing contradicts it within one government; two
mentions of one name in one notice with unrelated posts are two people; a
person appointed to a post and listed in an unrelated post after that date,
with no removal in between, is someone else.

Mentions of one name form a block: clustering never looks outside it, so a
build re-decides only the names its notices contain (``resolve.identity``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import Iterable

from ..store import Store
from .overrides import Override, matches, read_overrides
from .spelling import key as script_key


@dataclass
class Mention:
    iri: str
    name: str
    notice: str
    date: str
    region: str
    doc: str = ""
    events: set[tuple[str, str, str]] = field(default_factory=set)  # (event, agency, title)
    facts: list[dict] = field(default_factory=list)  # fact IRI, event, post IRI, dates, probation...
    memberships: set[tuple[str, str]] = field(default_factory=set)  # (org:Membership, group)
    posts_held: set[str] = field(default_factory=set)  # post IRIs, from facts and listings

    @property
    def agencies(self) -> set[str]:
        return {a for _, a, _ in self.events}

    @property
    def posts(self) -> set[tuple[str, str]]:
        return {(a, t) for _, a, t in self.events}

    # The comparisons below ask each mention these many times (every pair of a block);
    # a mention's events are complete once it is read, so the answers are kept.
    @cached_property
    def agency_keys(self) -> frozenset[str]:
        return frozenset(script_key(a) for _, a, _ in self.events)

    @cached_property
    def post_keys(self) -> frozenset[tuple[str, str]]:
        return frozenset((script_key(a), script_key(t)) for _, a, t in self.events)

    @cached_property
    def ordered_events(self) -> tuple[tuple[str, str, str], ...]:
        """The events in order: the first evidence found is then the same in every run (a set
        of strings iterates in an order that changes with the process's hash seed)."""
        return tuple(sorted(self.events))


@dataclass(eq=False)  # one cluster is itself only (``in`` and ``remove`` compared every mention)
class Cluster:
    mentions: list[Mention]
    evidence: list[str] = field(default_factory=list)

    @property
    def events(self) -> list[tuple[str, str, str, str]]:
        """(date, event, agency, title) of every mention, in order."""
        return self._kept()[0]

    def traits(self) -> "_Traits":
        """What the pairwise tests below ask of the cluster as a whole."""
        return self._kept()[1]

    def _kept(self) -> tuple[list, "_Traits"]:
        """The events and traits, computed again only when the cluster has grown (merges only add)."""
        if self._cache is None or self._cache[0] != len(self.mentions):
            events = [(m.date, e, a, t) for m in self.mentions for e, a, t in m.ordered_events]
            self._cache = (len(self.mentions), events, _Traits.of(self.mentions))
        return self._cache[1], self._cache[2]

    _cache: tuple | None = field(default=None, repr=False)


@dataclass(frozen=True)
class _Traits:
    """A cluster's notices (and those where it is named without a post), its post and
    agency keys: enough to tell that no pair of mentions of two clusters can give strong
    evidence (``_strong``) or name them both in one notice (``_unrelated``); and the dates
    of its appointments and listings, enough to tell that no pair can contradict (``_contradicts``)."""
    notices: frozenset[str]
    postless: frozenset[str]
    posts: frozenset[tuple[str, str]]
    agencies: frozenset[str]
    appointed: tuple[tuple[str, str], ...]  # (date, agency key) of its dated appointments, sorted
    listed: tuple[str, ...]                 # dates of its dated listings, sorted
    listed_in: tuple[str, ...]              # the agency key of each of those listings
    removed: frozenset[str]                 # the agency keys of its removals, dated or not

    @staticmethod
    def of(mentions: list[Mention]) -> "_Traits":
        events = sorted({(m.date, e, script_key(a)) for m in mentions if m.date for e, a, _ in m.events})
        listings = [(d, a) for d, e, a in events if e == "listing"]
        return _Traits(frozenset(m.notice for m in mentions), frozenset(m.notice for m in mentions if not m.events),
                       frozenset(k for m in mentions for k in m.post_keys),
                       frozenset(k for m in mentions for k in m.agency_keys),
                       tuple((d, a) for d, e, a in events if e == "appointment"),
                       tuple(d for d, _ in listings), tuple(a for _, a in listings),
                       frozenset(script_key(a) for m in mentions for e, a, _ in m.events if e == "removal"))

    def union(self, other: "_Traits") -> "_Traits":
        """The traits of the two clusters' mentions together."""
        listings = sorted(set(zip(self.listed, self.listed_in)) | set(zip(other.listed, other.listed_in)))
        return _Traits(self.notices | other.notices, self.postless | other.postless, self.posts | other.posts,
                       self.agencies | other.agencies, tuple(sorted(set(self.appointed) | set(other.appointed))),
                       tuple(d for d, _ in listings), tuple(a for _, a in listings), self.removed | other.removed)


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def similar_agency(a: str, b: str) -> bool:
    """Two names of one body (a rename or a short form): most bigrams shared."""
    return _same_body(script_key(a), script_key(b))  # 陝西省人民政府 is 陕西省人民政府


@lru_cache(maxsize=1 << 18)
def _similar_keys(a: str, b: str) -> bool:
    """``similar_agency`` of two keys, in order (a block compares the same few bodies again and again)."""
    x, y = _bigrams(a), _bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6


def read_mentions(store: Store, names: Iterable[str] | None = None) -> list[Mention]:
    """The person mentions of the store (``names``: only mentions of these names), in
    (date, notice, IRI) order."""
    from .read import Reader

    reader = Reader(store)
    return reader.mentions(reader.all_names() if names is None else names)


def _unrelated(x: Mention, y: Mention) -> bool:
    """Two mentions in one notice whose posts share no body: two people of one name."""
    if x.notice != y.notice or not x.events or not y.events:
        return False
    return not any(similar_agency(a, b) for a in x.agency_keys for b in y.agency_keys)


def _strong(x: Mention, y: Mention) -> str | None:
    """Evidence strong enough to merge: the same post, a renamed body with the same title,
    or a name repeated in one notice without posts that could tell two people apart."""
    if x.notice == y.notice and (not x.events or not y.events):
        return "named again in the same notice"
    shared = x.post_keys & y.post_keys
    if shared:
        a, t = sorted(shared)[0]
        return f"both hold {t} in {a}"
    for _, a, t in x.ordered_events:
        for _, a2, t2 in y.ordered_events:
            if script_key(a) != script_key(a2) and similar_agency(a, a2) and script_key(t) == script_key(t2):
                return f"{t} in {a} and in {a2}, two names of one body"
            if script_key(a) == script_key(a2):
                return f"both hold posts in {a}"
    return None


def _may_be_strong(c: Cluster, d: Cluster) -> bool:
    """Whether some pair of mentions of ``c`` and ``d`` may give ``_strong`` evidence, from the
    clusters' traits alone (False: no pair does, and the pairs need not be tried)."""
    s, t = c.traits(), d.traits()
    if s.postless & t.notices or t.postless & s.notices or s.posts & t.posts or s.agencies & t.agencies:
        return True
    agencies_of: dict[str, set[str]] = defaultdict(set)  # a title's key -> agency keys, in d
    for agency, title in t.posts:
        agencies_of[title].add(agency)
    return any(a != a2 and _similar_keys(*sorted((a, a2))) for a, title in s.posts for a2 in agencies_of.get(title, ()))


def _contradicts(c: Cluster, d: Cluster) -> str | None:
    """Appointed to one body, then listed within a year in an unrelated one, with no
    appointment there and no removal from the first: someone else."""
    tc, td = c.traits(), d.traits()
    if not _may_contradict(tc, td):
        return None
    appointed = sorted(tc.appointed + td.appointed)
    removed = tc.removed | td.removed
    for x, y in ((c, d), (d, c)):
        for date, e, a, t in x.events:
            if e != "appointment" or not date:
                continue
            ka, end = script_key(a), _plus_year(date)
            for date2, e2, a2, t2 in y.events:
                if e2 != "listing" or not date2 or not (date < date2 <= end):
                    continue
                kb = script_key(a2)
                if _same_body(ka, kb):
                    continue
                moved = any(_same_body(k, kb) for _, k in
                            appointed[bisect_left(appointed, (date,)):bisect_right(appointed, (date2, "\uffff"))])
                if not moved and not any(_same_body(k, ka) for k in removed):
                    return f"appointed {t} in {a} on {date}, yet listed as {t2} in {a2} on {date2}"
    return None


def _same_body(a: str, b: str) -> bool:
    """``similar_agency`` of two keys."""
    return a == b or _similar_keys(*sorted((a, b)))


def _may_contradict(s: _Traits, t: _Traits) -> bool:
    """Whether one side is listed in a body unlike the other's within a year after the other's
    appointment there (False: ``_contradicts`` has no pair to look at)."""
    for x, y in ((s, t), (t, s)):
        for date, a in x.appointed if y.listed else ():
            end = _plus_year(date)
            for i in range(bisect_right(y.listed, date), len(y.listed)):
                if y.listed[i] > end:
                    break
                b = y.listed_in[i]
                if not _same_body(a, b):
                    return True
    return False


@lru_cache(maxsize=1 << 16)
def _plus_year(date: str) -> str:
    return f"{int(date[:4]) + 1}{date[4:]}"


def _conflict(c: Cluster, d: Cluster, cannot: set[frozenset[str]]) -> str | None:
    if not cannot and not c.traits().notices & d.traits().notices:  # (no pair to test)
        return _contradicts(c, d)
    for x in c.mentions:
        for y in d.mentions:
            if frozenset((x.iri, y.iri)) in cannot:
                return "a reviewer said they are different people"
            if _unrelated(x, y):
                return f"one notice names two of them ({sorted(x.agencies)[0]}, {sorted(y.agencies)[0]})"
    return _contradicts(c, d)


def cluster(mentions: list[Mention], overrides: Iterable[Override] = ()) -> list[Cluster]:
    """Cluster mentions, block by block: the mentions of one name in the notices of one
    government are clustered on their own (``_local``); then the clusters of one name in
    different governments are linked where a reviewer says so or they hold posts in the
    same body (``_link``). A cluster is therefore a function of its block and of the
    blocks linked to it, which is what lets a build re-decide only those."""
    by_name: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:  # a name and a government in either script are one block (``spelling``)
        by_name[script_key(m.name)][script_key(m.region)].append(m)
    rules_of: dict[str, list[Override]] = defaultdict(list)
    for o in overrides:
        rules_of[script_key(o.name)].append(o)
    out: list[Cluster] = []
    for name in sorted(by_name):
        blocks = by_name[name]
        rules = sorted(rules_of.get(name, ()))
        cannot: set[frozenset[str]] = set()
        if any(not o.same for o in rules):
            ms = [m for r in blocks for m in blocks[r]]
            cannot = {frozenset((x.iri, y.iri)) for o in rules if not o.same
                      for x in ms if matches(x, o.a) for y in ms if matches(y, o.b)}
        local = [c for region in sorted(blocks) for c in _local(blocks[region], rules, cannot)]
        out.extend(_link(local, rules, cannot) if len(blocks) > 1 else local)
    return out


def _key(c: Cluster) -> tuple:
    """A cluster's place in a stable order: its earliest mention."""
    return min((m.date, m.notice, m.iri) for m in c.mentions)


def _merge(c: Cluster, d: Cluster, why: str) -> None:
    (events, traits), (more, others) = c._kept(), d._kept()
    c.mentions += d.mentions
    c._cache = (len(c.mentions), events + more, traits.union(others))  # (what _kept would compute)
    c.evidence += d.evidence + [f"merged: {why}"]


class _Partners:
    """The clusters of a block indexed by what ``_may_be_strong`` compares (notices, bodies,
    posts), so that the clusters that may give strong evidence with one are found without
    trying every other: a superset of those ``_may_be_strong`` accepts, in the block's order."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.place = {id(c): i for i, c in enumerate(clusters)}
        self.alive = {id(c): c for c in clusters}
        self.notices: dict[str, list[Cluster]] = defaultdict(list)
        self.postless: dict[str, list[Cluster]] = defaultdict(list)
        self.agencies: dict[str, list[Cluster]] = defaultdict(list)
        self.posts: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
        self.similar: dict[str, list[str]] = {}  # an agency key -> the other keys of the block similar to it
        for c in clusters:
            self._add(c, c.traits())
        bodies = sorted(self.agencies)
        for a in bodies:
            self.similar[a] = [b for b in bodies if b != a and _similar_keys(*sorted((a, b)))]

    def __contains__(self, c: Cluster) -> bool:
        return id(c) in self.alive

    def _add(self, c: Cluster, t: "_Traits") -> None:
        for k in t.notices:
            self.notices[k].append(c)
        for k in t.postless:
            self.postless[k].append(c)
        for k in t.agencies:
            self.agencies[k].append(c)
        for k in t.posts:
            self.posts[k].append(c)

    def merged(self, c: Cluster, d: Cluster) -> None:
        """``d`` merged into ``c``: ``c`` is found by what ``d`` was, ``d`` no more."""
        del self.alive[id(d)]
        self._add(c, d.traits())

    def of(self, c: Cluster, after: int) -> list[Cluster]:
        """The live clusters placed after ``after`` that may give strong evidence with ``c``."""
        s = c.traits()
        found = {id(d): d for k in s.postless for d in self.notices[k]}
        found.update((id(d), d) for k in s.notices for d in self.postless.get(k, ()))
        found.update((id(d), d) for k in s.agencies for d in self.agencies.get(k, ()))
        found.update((id(d), d) for a, t in s.posts for b in self.similar.get(a, ())
                     for d in self.posts.get((b, t), ()))
        return sorted((d for i, d in found.items() if d is not c and i in self.alive and self.place[i] > after),
                      key=lambda d: self.place[id(d)])


def _local(ms: list[Mention], rules: list[Override], cannot: set[frozenset[str]]) -> list[Cluster]:
    """The people among the mentions of one name in one government's notices: reviewer
    decisions first, then strong evidence, then the same name where exactly one person of
    that name fits without contradiction."""
    clusters = [Cluster([m], [f"{m.iri}: first mention"]) for m in ms]
    # a pair's answers depend on the two clusters' mentions only, and a cluster only grows: they
    # are kept by (cluster, size) and asked again only of a cluster that has grown since
    conflicts: dict[tuple, str | None] = {}
    weak: set[tuple] = set()  # pairs that gave no merge, at these sizes

    def sized(c: Cluster, d: Cluster) -> tuple:
        return id(c), len(c.mentions), id(d), len(d.mentions)

    def conflict(c: Cluster, d: Cluster) -> str | None:
        key = sized(c, d)
        if key not in conflicts:
            # (whether two clusters conflict does not depend on their order, only the reason's wording
            # does: no conflict one way is none the other way, and the last loop asks both ways)
            back = key[2:] + key[:2]
            conflicts[key] = None if back in conflicts and conflicts[back] is None else _conflict(c, d, cannot)
        return conflicts[key]

    def merge(c: Cluster, d: Cluster, why: str) -> None:
        _merge(c, d, why)
        clusters.remove(d)

    for o in (o for o in rules if o.same):
        pair = [c for c in clusters if any(matches(m, o.a) for m in c.mentions)][:1] + \
               [c for c in clusters if any(matches(m, o.b) for m in c.mentions)][:1]
        if len(pair) == 2 and pair[0] is not pair[1]:
            merge(pair[0], pair[1], f"a reviewer said {o.a} and {o.b} are the same person")
    # every pair in the clusters' order, again while a pass merges; the pairs that cannot give
    # strong evidence are not visited (``_Partners``: they would give no merge)
    partners = _Partners(clusters)
    changed = True
    while changed:
        changed = False
        for c in list(clusters):
            if c not in partners:
                continue
            todo, i = partners.of(c, after=-1), 0
            while i < len(todo):
                d, i = todo[i], i + 1
                key = sized(c, d)
                if d not in partners or key in weak:
                    continue
                why = _may_be_strong(c, d) and next(
                    (w for x in c.mentions for y in d.mentions if (w := _strong(x, y))), None)
                if why and not conflict(c, d):
                    merge(c, d, why)
                    partners.merged(c, d)
                    todo, i = partners.of(c, after=partners.place[id(d)]), 0
                    changed = True
                else:
                    weak.add(key)
    for c in sorted(clusters, key=lambda c: min((m.date, m.notice) for m in c.mentions)):
        if c not in clusters or _placeless(c):
            continue
        # (one fit or several is all that is asked: the search stops at the second)
        fits = list(islice((d for d in clusters if d is not c and not _placeless(d) and not conflict(c, d)), 2))
        if len(fits) == 1:
            if not any(e is not fits[0] and e is not c and not conflict(fits[0], e) for e in clusters):
                merge(fits[0], c, "same name in the same government, and no post contradicts it")
        elif len(fits) > 1:
            c.evidence.append("kept apart: several people of this name could fit")
    for c in clusters:
        for d in clusters:
            if c is not d and (why := conflict(c, d)):
                c.evidence.append(f"not {d.mentions[0].iri}: {why}")
    return clusters


def _placeless(c: Cluster) -> bool:
    """Mentions of notices that name no government, in posts of a local body named by its level
    alone (``市人民政府``, ``县教育局``): somewhere unknown, so the name alone joins them to no one."""
    return any(not m.region and any(script_key(a)[:1] in "市县区镇乡州旗" for a in m.agencies) for m in c.mentions)


def _shared(c: Cluster, d: Cluster) -> str | None:
    """Posts of the same body held by two clusters (of different governments): a post
    they both hold, else a body they both hold posts in."""
    posts = ({(script_key(a), script_key(t)) for m in c.mentions for a, t in m.posts}
             & {(script_key(a), script_key(t)) for m in d.mentions for a, t in m.posts})
    if posts:
        a, t = min(posts)
        return f"both hold {t} in {a}"
    bodies = {script_key(a) for m in c.mentions for a in m.agencies} & {script_key(a) for m in d.mentions for a in m.agencies}
    return f"both hold posts in {min(bodies)}" if bodies else None


def _link(local: list[Cluster], rules: list[Override], cannot: set[frozenset[str]]) -> list[Cluster]:
    """Join clusters of one name found in different governments' notices: a reviewer's
    \"same\" first, then any two that hold posts in the same body (an agency is named with
    its government, so this is one body, named in another government's notice) unless
    something contradicts it. Pairs are taken in a stable order, so the result does not
    depend on which other blocks were read with them."""
    region = {id(c): script_key(c.mentions[0].region) for c in local}
    root = {id(c): c for c in local}

    def find(c: Cluster) -> Cluster:
        while root[id(c)] is not c:
            c = root[id(c)]
        return c

    def join(c: Cluster, d: Cluster, why: str) -> None:
        c, d = sorted((find(c), find(d)), key=_key)
        _merge(c, d, why)
        root[id(d)] = c

    for o in (o for o in rules if o.same):
        pair = [c for c in local if any(matches(m, o.a) for m in c.mentions)][:1] + \
               [c for c in local if any(matches(m, o.b) for m in c.mentions)][:1]
        if len(pair) == 2 and find(pair[0]) is not find(pair[1]):
            join(pair[0], pair[1], f"a reviewer said {o.a} and {o.b} are the same person")
    by_body: dict[str, list[Cluster]] = defaultdict(list)
    for c in local:
        for a in sorted({script_key(a) for m in c.mentions for a in m.agencies}):
            by_body[a].append(c)
    pairs = {}
    for cs in by_body.values():
        for i, c in enumerate(cs):
            for d in cs[i + 1:]:
                if region[id(c)] != region[id(d)]:
                    c2, d2 = sorted((c, d), key=_key)
                    pairs[(_key(c2), _key(d2))] = (c2, d2)
    for key in sorted(pairs):
        c, d = pairs[key]
        why = _shared(c, d)
        x, y = find(c), find(d)
        if x is y or not why:
            continue
        if (no := _conflict(x, y, cannot)):
            x.evidence.append(f"not {y.mentions[0].iri}: {no}")
            y.evidence.append(f"not {x.mentions[0].iri}: {no}")
            continue
        join(x, y, why)
    return [c for c in local if find(c) is c]


def resolve(store: Store, changed: Iterable[str] | None = None, overrides: Iterable[Override] = (),
            remove: Iterable[str] = ()):
    """Re-decide the identity blocks that ``changed`` notice graphs touch (all, when
    ``changed`` is None or the store is not resolved); see ``resolve.identity``."""
    from .identity import resolve as run
    return run(store, changed, overrides, remove)


__all__ = ["resolve", "cluster", "read_mentions", "read_overrides", "Override", "Mention", "Cluster", "similar_agency"]
