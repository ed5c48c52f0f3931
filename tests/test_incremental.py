"""Identity that depends only on what is in the store: the order of builds, a split into
several builds, a replaced notice, an override added and removed — none changes the
result; a store whose resolution was interrupted says so, and the next build repairs it."""
from __future__ import annotations

import json

import pyoxigraph as ox
from click.testing import CliRunner

from govkg.build import build
from govkg.cli import main
from govkg.evaluate import read_jsonl, score
from govkg.export import fact_rows
from govkg.derived import DERIVED_GRAPH
from govkg.namespaces import IDENTITY_GRAPH
from govkg.resolve.state import CACHE_GRAPH, RENAMES_PREFIX, is_resolved, mark_unresolved
from govkg.store import Store

from conftest import CORPUS, SEED, SEED_GOLD
from test_identity import NOTICES, _write

PERSONNEL = sorted((CORPUS / "personnel" / "notices").iterdir())


def identity(store: Store) -> list[str]:
    """The identity graph, the rename graphs and the resolver's cache, as sorted N-Quads lines. A name's
    cache node keeps the names of bodies its notices give once a build has asked for them (a full
    resolution leaves them to the first build that asks): they are checked against the notices here
    and left out of the lines."""
    _name_nodes_are_current(store)
    out = []
    for q in store.quads():
        g = q.graph_name.value
        if g not in (str(IDENTITY_GRAPH), str(CACHE_GRAPH)) and not g.startswith(RENAMES_PREFIX):
            continue
        if q.predicate.value == _CACHED_NAME:
            node = json.loads(q.object.value)
            regions = {r: notices for r, (notices, _) in node.get("r", node).items()}  # (a node of an older store)
            q = ox.Quad(q.subject, q.predicate, ox.Literal(json.dumps(regions, sort_keys=True)), q.graph_name)
        out.append(str(q))
    return sorted(out)


_CACHED_NAME = "https://w3id.org/govkg/ontology#cachedName"


def _name_nodes_are_current(store: Store) -> None:
    """Every name's cache node holds, for each government, the notices that name it and the bodies its
    mentions there hold posts in, as the notices give them now (read afresh, without the cache)."""
    from govkg.resolve.read import Reader
    from govkg.resolve.spelling import key

    cached, fresh = Reader(store), Reader(store)
    cached.cached = True
    for name in sorted({key(n) for n in fresh.all_names()}):
        kept = cached.name_regions(name)
        assert kept is not None, name
        now = fresh.regions_now(name)
        assert {r: notices for r, (notices, _) in kept.items()} == {r: notices for r, (notices, _) in now.items()}
        for r, (_, bodies) in kept.items():  # (None: a node of an older store no build has rewritten)
            assert bodies is None or bodies == now[r][1], (name, r)


def _built(tmp_path, name: str, *batches) -> Store:
    store = Store(tmp_path / name)
    for batch in batches:
        report = build(batch, store)
        assert not report.problems
    return store


def test_order_and_batches_do_not_matter(tmp_path):
    local = _write(tmp_path, NOTICES)
    first, second = PERSONNEL[::2] + local[:2], PERSONNEL[1::2] + local[2:]
    at_once = identity(_built(tmp_path, "all", first + second))
    assert any("denotes" in q for q in at_once)
    assert identity(_built(tmp_path, "ab", first, second)) == at_once
    assert identity(_built(tmp_path, "ba", second, first)) == at_once


def derived_records(store: Store) -> list[str]:
    return sorted(str(q) for q in store.quads() if q.graph_name.value == str(DERIVED_GRAPH))


def test_builds_in_batches_give_the_tenures_and_records_of_one_build(tmp_path):
    """A later build re-decides only what its notices change (tenures of the posts whose
    holders moved, records of those posts); in any split the result is the one build's."""
    local = _write(tmp_path, NOTICES)
    files = PERSONNEL + local
    want = _built(tmp_path, "all", files)
    tenures = [q for q in identity(want) if "/tenure/" in q]
    assert tenures and derived_records(want)
    for i, split in enumerate((files[::3], files[-4:], files[:5])):
        rest = [f for f in files if f not in split]
        store = _built(tmp_path, f"s{i}", split, rest)
        assert [q for q in identity(store) if "/tenure/" in q] == tenures
        assert derived_records(store) == derived_records(want)


# 甲某 removed as head of a bureau, then still listed as its head (a stale listing, a derived
# record that names the person); an older notice, built last, appoints him deputy head of the
# same bureau: the same person, now first named earlier, so his node is another one
LATE = {
    "r1.txt": """安平市人民政府关于甲某同志职务任免的通知
安府任〔2021〕3号
各县区人民政府：
决定：
免去甲某的市财政局局长职务。
安平市人民政府
2021年3月1日
""",
    "r2.txt": """安平市人民政府办公室关于成立安平市节能工作领导小组的通知
安政办发〔2021〕9号
各县区人民政府：
决定成立安平市节能工作领导小组，组成人员如下：
组　长：乙某　副市长
成　员：甲某　市财政局局长
安平市人民政府办公室
2021年6月1日
""",
    "r0.txt": """安平市人民政府关于甲某同志职务任免的通知
安府任〔2020〕1号
各县区人民政府：
决定：
甲某任市财政局副局长。
安平市人民政府
2020年1月6日
""",
}


def test_a_person_first_named_by_a_later_build_moves_the_records_of_his_other_posts(tmp_path):
    (tmp_path / "in").mkdir()
    files = [tmp_path / "in" / name for name in LATE]
    for f in files:
        f.write_text(LATE[f.name], encoding="utf-8")
    want = _built(tmp_path, "all", files)
    assert any("StaleListing" in q for q in derived_records(want))
    later = _built(tmp_path, "later", [f for f in files if f.name != "r0.txt"],
                   [f for f in files if f.name == "r0.txt"])
    assert derived_records(later) == derived_records(want)
    assert identity(later) == identity(want)


def test_a_replaced_notice_leaves_nothing_of_its_old_version(tmp_path):
    folder = tmp_path / "v1"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICES["a.txt"], encoding="utf-8")
    (folder / "b.txt").write_text(NOTICES["b.txt"], encoding="utf-8")
    store = _built(tmp_path, "s", [folder])
    assert any("张伟" in q for q in identity(store))
    # the same notice (same 文号) now names 张卫 where it named 张伟
    (folder / "b.txt").write_text(NOTICES["b.txt"].replace("张伟", "张卫"), encoding="utf-8")
    build([folder / "b.txt"], store)
    fresh = _built(tmp_path, "fresh", [folder])
    assert identity(store) == identity(fresh)
    names = {r["person"] for r in fact_rows(store) if r.get("person_id")}
    assert "张卫" in names and "张伟" in names  # 张伟 still in a.txt, 张卫 in b.txt


def test_the_seed_override_round_trip(tmp_path):
    """The issue's case: an override that merges the two 苏雅拉图, removed again, leaves
    two people (identity precision 1.000) and the very graph of a build without it."""
    runner = CliRunner()
    store = str(tmp_path / "s")
    assert runner.invoke(main, ["build", "--store", store, str(SEED)]).exit_code == 0
    before = identity(Store(store))

    def precision() -> float:
        s = Store(store)
        p = score(fact_rows(s), read_jsonl(SEED_GOLD)).identity[0]
        s.close()
        return p

    assert precision() == 1.0
    rules = tmp_path / "o.txt"
    rules.write_text("same 苏雅拉图 鄂府发〔2024〕6号@发展和改革 鄂府办发〔2024〕10号\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--store", store, "--identity-overrides", str(rules), str(SEED)])
    assert result.exit_code == 0, result.output
    assert precision() < 1.0
    listed = runner.invoke(main, ["identity", "override", "list", "--store", store])
    assert listed.exit_code == 0 and "same 苏雅拉图" in listed.output
    # applied until removed: a build without the file keeps it
    assert runner.invoke(main, ["build", "--store", store, str(SEED)]).exit_code == 0
    assert precision() < 1.0
    oid = listed.output.split()[0]
    assert runner.invoke(main, ["identity", "override", "remove", oid, "--store", store]).exit_code == 0
    assert runner.invoke(main, ["build", "--store", store, str(SEED)]).exit_code == 0
    assert precision() == 1.0
    assert identity(Store(store)) == before
    assert "(no overrides)" in runner.invoke(main, ["identity", "override", "list", "--store", store]).output


def test_overrides_are_checked_against_the_store(tmp_path, seed_store):
    store = tmp_path / "s"
    seed_store.backup(store)
    runner = CliRunner()

    def add(*args):
        return runner.invoke(main, ["identity", "override", "add", *args, "--store", str(store)])

    cases = [
        (("same", "苏雅拉图", "鄂府发〔2099〕6号", "鄂府办发〔2024〕10号"), "no notice 鄂府发〔2099〕6号 in the store"),
        (("same", "张三丰", "鄂府发〔2024〕6号", "鄂府办发〔2024〕10号"), "no person named 张三丰"),
        (("same", "苏雅拉图", "鄂府发〔2024〕6号@教育局", "鄂府办发〔2024〕10号"), "holds no post in an agency named like 教育局"),
        (("different", "苏雅拉图", "鄂府任字〔2024〕4号", "鄂府办发〔2024〕10号"), "鄂府任字〔2024〕4号 does not name 苏雅拉图"),
    ]
    for args, message in cases:
        result = add(*args)
        assert result.exit_code == 1 and message in result.output, result.output
    assert "(no overrides)" in runner.invoke(main, ["identity", "override", "list", "--store", str(store)]).output
    result = runner.invoke(main, ["identity", "override", "remove", "0000beef", "--store", str(store)])
    assert result.exit_code == 1 and "no override 0000beef" in result.output
    # from a file at build time: the notices built, the bad override named, exit 1
    rules = tmp_path / "o.txt"
    rules.write_text("different 苏雅拉图 鄂府发〔2099〕6号 鄂府办发〔2024〕10号\n"
                     "different 李军 鄂府任字〔2024〕4号 鄂府发〔2024〕11号\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--store", str(store), "--identity-overrides", str(rules), str(SEED)])
    assert result.exit_code == 1 and "built 10 notices" in result.output
    assert "override not applied: different 苏雅拉图 鄂府发〔2099〕6号" in result.output
    listed = runner.invoke(main, ["identity", "override", "list", "--store", str(store)]).output
    assert "different 李军" in listed and "苏雅拉图" not in listed  # the good one applies


def test_an_unresolved_store_is_resolved_by_the_next_build(tmp_path, seed_store):
    store_dir = tmp_path / "s"
    seed_store.backup(store_dir)
    store = Store(store_dir)
    good = identity(store)
    assert is_resolved(store)
    # what a build killed after writing notices leaves: no flag, identity data out of date
    assert mark_unresolved(store)
    store.ox.update(f"DROP GRAPH <{IDENTITY_GRAPH}>")
    assert not is_resolved(store)
    build([_write(tmp_path, ["d.txt"])[0]], store)  # an unrelated notice: the whole store is resolved
    assert is_resolved(store)
    assert set(good) <= set(identity(store))


def test_describe_a_person_shows_the_career(seed_store):
    rows = seed_store.query("""PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?p WHERE { GRAPH ?g { ?p foaf:name "田野" } }""")
    person = rows[0]["p"]
    triples = list(seed_store.ox.query(f"DESCRIBE <{person}>", use_default_graph_as_union=True))
    by = {}
    for t in triples:
        by.setdefault(t.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], []).append(t.object.value)
    assert any(p.endswith("/局长") and "地震局" in p for p in map(_decode, by["holdsPost"]))
    assert by["hasTenure"] and by["hasPostEvent"] and by["wasDerivedFrom"]
    career = seed_store.query(f"""PREFIX gov: <https://w3id.org/govkg/ontology#>
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?begin WHERE {{ <{person}> gov:hasTenure ?t . ?t time:hasBeginning/time:inXSDDate ?begin }}""")
    assert [r["begin"] for r in career] == ["2024-01-09"]
    members = seed_store.query("""PREFIX gov: <https://w3id.org/govkg/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?p WHERE { ?p a gov:Person ; gov:memberOf ?g ; org:hasMembership/org:organization ?g }""")
    assert members


def _decode(s: str) -> str:
    from urllib.parse import unquote
    return unquote(s)


def test_a_later_build_reads_the_unchanged_notices_mentions_from_the_block_cache(tmp_path, monkeypatch):
    """An add re-decides the blocks of the names its notices contain; the mentions the store
    already had come from each block's cache node (one lookup), only the new notices' mentions
    from the notices, and the result is the one build's."""
    from govkg.resolve.read import Reader

    (tmp_path / "in").mkdir()
    files = [tmp_path / "in" / name for name in sorted(LATE)]
    for f in files:
        f.write_text(LATE[f.name], encoding="utf-8")
    want = _built(tmp_path, "all", files)
    store = _built(tmp_path, "s", [f for f in files if f.name != "r2.txt"])
    read_from = []
    real = Reader._mention

    def spy(self, m, name, g):
        read_from.append((name, g.value))
        return real(self, m, name, g)

    looked_up = []
    real_nodes = Reader.mention_nodes

    def nodes(self, name):
        looked_up.append(name)
        return real_nodes(self, name)

    monkeypatch.setattr(Reader, "_mention", spy)
    monkeypatch.setattr(Reader, "mention_nodes", nodes)
    build([tmp_path / "in" / "r2.txt"], store)
    # 甲某's two older notices come from his block's cache, not from a search of the store for
    # his name (乙某 is new: no cache node); only the new notice is read
    assert "甲某" not in looked_up and "乙某" in looked_up
    assert len({g for _, g in read_from}) == 1 and {name for name, _ in read_from} == {"甲某", "乙某"}
    assert identity(store) == identity(want)
    assert derived_records(store) == derived_records(want)


THREE = {
    "t1.txt": """安平市人民政府关于丙某同志职务任免的通知
安府任〔2015〕9号
各县区人民政府：
决定：
丙某任市财政局副局长。
安平市人民政府
2015年3月2日
""",
    "t2.txt": """安平市人民政府关于丙某同志职务任免的通知
安府任〔2018〕18号
各县区人民政府：
决定：
丙某任市工业和信息化局副局长。
安平市人民政府
2018年2月17日
""",
    "t3.txt": """安平市人民政府关于丙某同志职务任免的通知
安府任〔2018〕22号
各县区人民政府：
决定：
丙某任市行政审批局副局长。
安平市人民政府
2018年6月28日
""",
}


def test_a_rebuilt_notice_that_no_longer_names_someone_re_decides_his_namesakes(tmp_path):
    """Three 丙某 appointed to three bureaus are kept apart (any two could be one); the first
    notice is built again as another city's (the same 文号): the two left are one person, as a
    fresh build says."""
    (tmp_path / "in").mkdir()
    files = [tmp_path / "in" / name for name in sorted(THREE)]
    for f in files:
        f.write_text(THREE[f.name], encoding="utf-8")
    store = _built(tmp_path, "s", files)
    assert len({r["person_id"] for r in fact_rows(store) if r.get("person") == "丙某"}) == 3
    # the same 文号, now another city's notice (its own 丙某)
    files[0].write_text(THREE["t1.txt"].replace("安平市", "安远市").replace("市财政局", "市教育局"), encoding="utf-8")
    build([files[0]], store)
    fresh = _built(tmp_path, "fresh", files)
    assert len({r["person_id"] for r in fact_rows(fresh) if r.get("person") == "丙某"}) == 2  # (one in each city)
    assert identity(store) == identity(fresh)


def test_a_store_whose_name_nodes_predate_their_bodies_builds_as_a_fresh_one(tmp_path):
    """A store resolved before a name's cache node kept the bodies its mentions hold posts in (its
    nodes kept the names every notice gives, or nothing): a later build takes the bodies from the
    blocks and gives the identity of one build of everything."""
    local = _write(tmp_path, NOTICES)
    files = PERSONNEL + local
    first, rest = files[::2], files[1::2]
    store = _built(tmp_path, "s", first)
    old = []
    for q in store.ox.quads_for_pattern(None, ox.NamedNode(_CACHED_NAME), None, ox.NamedNode(str(CACHE_GRAPH))):
        regions = json.loads(q.object.value)["r"]
        old.append((q, ox.Quad(q.subject, q.predicate, ox.Literal(json.dumps(
            {r: [notices, None] for r, (notices, _) in regions.items()}, ensure_ascii=False)), q.graph_name)))
    assert old
    for before, after in old:
        store.ox.remove(before)
        store.ox.add(after)
    for batch in rest[::2], rest[1::2]:
        build(batch, store)
    assert identity(store) == identity(_built(tmp_path, "all", files))


_FACT, _FACTS = "https://w3id.org/govkg/ontology#cachedFact", "https://w3id.org/govkg/ontology#cachedFacts"


def _cached_facts(store: Store) -> dict[str, list[str]]:
    """Each post's cached facts, one row per fact, whichever way the store keeps them."""
    from govkg.resolve.state import decode_fact, decode_facts, encode_fact

    out: dict[str, list[str]] = {}
    for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(CACHE_GRAPH))):
        if q.predicate.value in (_FACT, _FACTS):
            pairs = decode_facts(q.object.value, "p") if q.predicate.value == _FACTS else [decode_fact(q.object.value, "p")]
            out.setdefault(q.subject.value, []).extend(encode_fact(person, f) for person, f in pairs)
    return {node: sorted(rows) for node, rows in out.items()}


def test_a_store_whose_post_caches_hold_a_literal_per_fact_builds_as_a_fresh_one(tmp_path):
    """Stores of older code kept a post's cached facts one literal per fact: a later build reads them,
    rewrites the posts it touches in buckets, and gives the identity and cached facts of one build."""
    from govkg.resolve.state import decode_facts, encode_fact

    local = _write(tmp_path, NOTICES)
    files = PERSONNEL + local
    first, rest = files[::2], files[1::2]
    store = _built(tmp_path, "s", first)
    buckets = list(store.ox.quads_for_pattern(None, ox.NamedNode(_FACTS), None, ox.NamedNode(str(CACHE_GRAPH))))
    assert buckets
    for q in buckets:
        store.ox.remove(q)
        for person, f in decode_facts(q.object.value, "p"):
            store.ox.add(ox.Quad(q.subject, ox.NamedNode(_FACT), ox.Literal(encode_fact(person, f)), q.graph_name))
    legacy = len(list(store.ox.quads_for_pattern(None, ox.NamedNode(_FACT), None, None)))
    for batch in rest[::2], rest[1::2]:
        build(batch, store)
    fresh = _built(tmp_path, "all", files)
    assert [x for x in identity(store) if _FACT not in x] == [x for x in identity(fresh) if _FACT not in x]
    assert _cached_facts(store) == _cached_facts(fresh)
    assert len(list(store.ox.quads_for_pattern(None, ox.NamedNode(_FACT), None, None))) < legacy
