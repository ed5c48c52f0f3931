"""Exports for linked-data users: JSON-LD with govkg's context, and the static site."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal

from govkg.cli import main
from govkg.export import context, to_rdf, zh
from serving import build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("publish") / "store")


@pytest.fixture(scope="module")
def exported(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("jsonld") / "graph.jsonld"
    result = CliRunner().invoke(main, ["export", "--format", "jsonld", "--store", store, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_jsonld_is_compacted_with_the_shipped_context(exported):
    doc = json.loads(exported.read_text(encoding="utf-8"))
    shipped = json.loads((Path(__file__).resolve().parent.parent / "ontology/context.jsonld").read_text("utf-8"))
    assert doc["@context"] == shipped["@context"] == context()
    text = exported.read_text(encoding="utf-8")
    assert '"personName": "乔建江"' in text and '"@type": "gov:PersonMention"' in text


def test_jsonld_keeps_every_named_graph_and_tags_chinese_zh(exported, store):
    from govkg.store import Store

    back = Dataset()
    back.parse(str(exported), format="json-ld")
    reader = Store.open_read(store)
    orig = Dataset()
    orig.parse(data=to_rdf(reader, "nquads"), format="nquads")
    want = {(s, p, zh(o), g) for s, p, o, g in orig.quads((None, None, None, None))}
    got = set(back.quads((None, None, None, None)))
    assert {(s, p, o, str(g)) for s, p, o, g in got} == {(s, p, o, str(g)) for s, p, o, g in want}
    graphs = {str(g) for *_, g in got}
    assert len({g for g in graphs if "/id/notice/" in g}) == 10  # every notice's graph kept apart
    # and every other graph (identity, renames, resolver state), but the derived records and the resolver's cache
    assert graphs == set(reader.graphs()) - {"https://w3id.org/govkg/id/graph/derived",
                                             "https://w3id.org/govkg/id/graph/resolver-cache"}
    names = {o for s, p, o, g in got if str(p) == "https://w3id.org/govkg/ontology#name"}
    assert Literal("乔建江", lang="zh") in names
    dates = {o for s, p, o, g in got if str(p).endswith("date_document")}
    assert all(o.language is None and o.datatype for o in dates)


def test_jsonld_export_is_byte_stable(exported, store):
    again = CliRunner().invoke(main, ["export", "--format", "jsonld", "--store", store])
    assert again.output.encode("utf-8") == exported.read_bytes()


def test_the_static_site_has_a_page_and_turtle_per_entity(store, tmp_path):
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["site", "--store", store, "--out", str(out)])
    assert result.exit_code == 0, result.output
    people = sorted((out / "id/person").glob("*.html"))
    assert len(people) == 160 and len(list((out / "id/person").glob("*.ttl"))) == 160
    li = out / "id/person/%E6%9D%8E%E5%86%9B-5ae6d990.html"
    html = li.read_text(encoding="utf-8")
    assert "李军" in html and "<svg" in html
    # relative links resolve to files of the site
    for href in ("../../id/person/%25E6%259D%258E%25E5%2586%259B-25145224.html",):
        assert href in html
        assert (li.parent / unquote(href)).resolve().is_file()
    g = Graph().parse(out / "id/person/%E6%9D%8E%E5%86%9B-5ae6d990.ttl", format="turtle")
    assert any(str(o) == "李军" for o in g.objects())
    for kind in ("agency", "group", "notice"):
        assert list((out / "id" / kind).glob("*.html"))
    assert list((out / "id/post").glob("*/*.html"))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('href="id/notice/') == 10
    assert json.loads((out / "context.jsonld").read_text("utf-8"))["@context"] == context()


def test_site_refuses_a_folder_that_is_not_a_store(tmp_path):
    result = CliRunner().invoke(main, ["site", "--store", str(tmp_path), "--out", str(tmp_path / "site")])
    assert result.exit_code == 1 and "not a govkg store" in result.output
