"""Clustering a block skips the pairs that cannot merge or contradict: the skips must never
change who is who. Random blocks of one name check each shortcut against the test it
stands in for, and the clusters against a pass that tries every pair."""
from __future__ import annotations

import random

import pytest

from govkg.resolve import people
from govkg.resolve.people import Cluster, Mention, _contradicts, _may_be_strong, _may_contradict, _Partners, cluster

# bodies of one made-up county, some of them two names of one body (a rename, a short form)
BODIES = ["临河县财政局", "临河县财政厅", "临河县教育局", "临河县教育体育局", "临河县水利局",
          "临河县人民政府", "臨河縣財政局", "临河县卫生健康委员会"]
TITLES = ["局长", "副局长", "主任", "县长", "副县长"]
EVENTS = ["appointment", "listing", "removal", "appointment", "listing"]


def _block(rng: random.Random, size: int) -> list[Mention]:
    out = []
    for i in range(size):
        notice = f"n{rng.randrange(size // 2 + 1)}"
        date = rng.choice(["", f"20{rng.randrange(18, 24)}-{rng.randrange(1, 13):02d}-01"])
        events = {(rng.choice(EVENTS), rng.choice(BODIES), rng.choice(TITLES)) for _ in range(rng.randrange(3))}
        out.append(Mention(f"m{i:03d}", "王明", notice, date, "临河县", events=events))
    return sorted(out, key=lambda m: (m.date, m.notice, m.iri))


@pytest.mark.parametrize("seed", range(40))
def test_the_index_finds_every_pair_that_may_merge_and_the_date_test_every_contradiction(seed):
    rng = random.Random(seed)
    clusters = [Cluster([m]) for m in _block(rng, rng.randrange(4, 40))]
    for _ in range(rng.randrange(6)):  # some clusters of several mentions, merged as clustering does
        c, d = rng.sample(clusters, 2)
        people._merge(c, d, "test")
        clusters.remove(d)
    partners = _Partners(clusters)
    for c in clusters:
        found = {id(d) for d in partners.of(c, after=-1)}
        for d in clusters:
            if d is not c and _may_be_strong(c, d):
                assert id(d) in found, (c.mentions, d.mentions)
            if not _may_contradict(c.traits(), d.traits()):
                assert _contradicts(c, d) is None


def _every_pair(clusters: list[Cluster]):
    """The index's stand-in: every later cluster, in order (what the index narrows)."""
    class Every(_Partners):
        def of(self, c, after):
            return [d for d in self.alive.values() if d is not c and self.place[id(d)] > after]
    return Every(clusters)


@pytest.mark.parametrize("seed", range(40))
def test_the_clusters_are_those_of_trying_every_pair(seed, monkeypatch):
    rng = random.Random(1000 + seed)
    block = _block(rng, rng.randrange(4, 60))

    def summary(cs):
        return [([m.iri for m in c.mentions], c.evidence) for c in cs]

    indexed = summary(cluster(block))
    monkeypatch.setattr(people, "_Partners", _every_pair)
    monkeypatch.setattr(people, "_may_contradict", lambda s, t: True)
    assert summary(cluster(block)) == indexed
