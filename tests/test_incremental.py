"""Identity that depends only on what is in the store: the order of builds, a split into
several builds, a replaced notice, an override added and removed — none changes the
result; a store whose resolution was interrupted says so, and the next build repairs it."""
from __future__ import annotations

import shutil

from click.testing import CliRunner

from govkg.build import build
from govkg.cli import main
from govkg.evaluate import read_jsonl, score
from govkg.export import fact_rows
from govkg.namespaces import IDENTITY_GRAPH
from govkg.resolve.state import RENAMES_PREFIX, is_resolved, mark_unresolved
from govkg.store import Store

from conftest import CORPUS, SEED, SEED_GOLD
from test_identity import NOTICES, _write

PERSONNEL = sorted((CORPUS / "personnel" / "notices").iterdir())


def identity(store: Store) -> list[str]:
    """The identity graph and the rename graphs, as sorted N-Quads lines."""
    return sorted(str(q) for q in store.quads()
                  if q.graph_name.value == str(IDENTITY_GRAPH) or q.graph_name.value.startswith(RENAMES_PREFIX))


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
    shutil.copytree(seed_store.path, store)
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
    shutil.copytree(seed_store.path, store_dir)
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
