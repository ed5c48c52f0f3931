"""A store's validation report streams: written result by result, counted, the first rows kept.

The streamed report must say what the report graph said before it streamed: the same
results (focus node, path, severity, component, value, messages) and the same sh:conforms,
on every shape test case."""
from __future__ import annotations

import io

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from govkg.shacl_sparql import check_results, compile_shapes, run_checks
from govkg.store import Store
from govkg.validate import INFERRED_GRAPH, cross_results, ontology, shapes, validate_store

from test_shapes import EXPECTED, _dataset, _triples
from test_validate_store import _store_of

CASES = sorted(EXPECTED) + [None]


def _results(report: Graph) -> set[tuple]:
    """Each result as comparable terms (blank nodes, as shapes' property nodes, by kind only)."""
    def term(t):
        return "_:" if isinstance(t, BNode) else t

    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.add((report.value(r, SH.focusNode), report.value(r, SH.resultPath),
                 report.value(r, SH.resultSeverity), report.value(r, SH.sourceConstraintComponent),
                 term(report.value(r, SH.sourceShape)), term(report.value(r, SH.value)),
                 frozenset(report.objects(r, SH.resultMessage))))
    return out


def _old_report(store) -> Graph:
    """The report graph as validate_store built it before it streamed: every result in one graph."""
    g = Graph()
    for part in (run_checks(store.ox, compile_shapes(shapes(cross=False), ontology()), skip=[str(INFERRED_GRAPH)]),
                 cross_results(store.ox, shapes(cross=True))):
        for t in part:
            g.add(t)
    return g


@pytest.fixture
def case_store(tmp_path):
    def make(name):
        ds = _dataset(name)
        store = Store(tmp_path / (name or "base"))
        store.ox.extend(_store_of(ds))
        return ds, store
    return make


@pytest.mark.parametrize("name", CASES, ids=lambda n: n or "base")
def test_streamed_report_says_what_the_report_graph_said(case_store, name):
    ds, store = case_store(name)
    out = io.BytesIO()
    report = validate_store(store, report_file=out)
    streamed = Graph().parse(data=out.getvalue().decode("utf-8"), format="turtle")
    old = _old_report(store)
    assert _results(streamed) == _results(old)
    assert (None, SH.conforms, Literal(report.conforms)) in streamed
    assert len(set(streamed.subjects(RDF.type, SH.ValidationReport))) == 1
    assert len(list(streamed.objects(None, SH.result))) == report.results == len(_results(old))
    if name is not None:
        assert _triples(streamed, ds.namespace_manager) == EXPECTED[name]


def test_only_the_first_rows_are_kept_and_every_result_counted(case_store):
    _, store = case_store("fact")
    everything = validate_store(store)
    first = validate_store(store, keep=2)
    assert len(everything.rows) == everything.results == first.results == 3
    assert first.rows == everything.rows[:2]
    assert first.counts == everything.counts and first.violations == 3


def test_a_batch_of_graphs_at_a_time_finds_the_same(case_store):
    _, store = case_store("selector")
    sg, ont = shapes(cross=False), ontology()
    checks = compile_shapes(sg, ont)
    whole = set(check_results(store.ox, checks, skip=[str(INFERRED_GRAPH)]))
    assert whole and set(check_results(store.ox, checks, skip=[str(INFERRED_GRAPH)], batch=1)) == whole


def test_a_row_names_the_notice_and_the_words_of_its_focus():
    """A fact: its notice's number and its evidence's words; an agency: the notice and the
    words of a fact that names it; a node nothing links to a notice: its label."""
    import pyoxigraph as ox
    from govkg.validate import _Context

    data = """@prefix gov: <https://w3id.org/govkg/ontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
        @prefix eli: <http://data.europa.eu/eli/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:n1> a gov:Notice ; eli:id_local "某府发〔2020〕1号" .
        <urn:n1/a1> gov:notice <urn:n1> ; gov:agency <urn:ag> ; gov:evidence <urn:n1/a1/span> .
        <urn:n1/a1/span> oa:exact "牵头单位：某市甲局" .
        <urn:ag> skos:prefLabel "某市甲局" .
        <urn:lone> skos:prefLabel "某市乙局" ."""
    store = ox.Store()
    store.load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:n1"))
    context = _Context(store)
    assert context.of(URIRef("urn:n1/a1")) == ("某府发〔2020〕1号", "牵头单位：某市甲局")
    assert context.of(URIRef("urn:ag")) == ("某府发〔2020〕1号", "牵头单位：某市甲局")
    assert context.of(URIRef("urn:n1")) == ("某府发〔2020〕1号", None)
    assert context.of(URIRef("urn:lone")) == (None, "某市乙局")
