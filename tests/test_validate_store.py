"""The per-notice shapes as SPARQL over the store give pyshacl's verdicts (pyshacl is the reference)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef

from govkg.namespaces import ID
from govkg.shacl_sparql import UnsupportedShape, compile_shapes, run_checks
from govkg.store import Store
from govkg.validate import _run, ontology, shapes, validate_store

from test_shapes import DATA, EXPECTED, _dataset, _triples

LOCAL_CASES = sorted(n for n in EXPECTED if not n.startswith("cross-")) + [None]


def _store_of(ds: Dataset) -> ox.Store:
    store = ox.Store()
    for s, p, o, g in ds.quads((None, None, None, None)):
        store.add(ox.Quad(*(_ox(t) for t in (s, p, o)), _ox(g)))
    return store


def _ox(term):
    from govkg.rdf import _ox as convert
    return convert(term)


@pytest.mark.parametrize("name", LOCAL_CASES, ids=lambda n: n or "base")
def test_store_runner_agrees_with_pyshacl(name):
    ds = _dataset(name)
    sg, ont = shapes(cross=False), ontology()
    theirs = set()
    for g in ds.graphs():
        if len(g) and isinstance(g.identifier, URIRef) and str(g.identifier) != "urn:x-rdflib:default":
            data = Graph()
            for t in g:
                data.add(t)
            theirs |= _triples(_run(data, sg, ont), ds.namespace_manager)
    ours = _triples(run_checks(_store_of(ds), compile_shapes(sg, ont)), ds.namespace_manager)
    assert ours == theirs
    if name:  # every case breaks something, except the cross-document ones that run elsewhere
        assert ours or all(e[1] is None for e in EXPECTED[name]), name


def test_every_per_notice_shape_compiles():
    checks = compile_shapes(shapes(cross=False), ontology())
    assert len(checks) >= 60  # one query per constraint


def test_an_unsupported_constraint_is_refused_not_skipped():
    sg = Graph()
    sg.parse(data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .""",
             format="turtle")
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compile_shapes(sg, ontology())


def test_validate_store_only_the_graphs_asked(tmp_path):
    ds = _dataset("notice")
    store = Store(tmp_path / "store")
    store.ox.extend(_store_of(ds))
    everything = validate_store(store)
    assert {r.focus for r in everything.rows} >= {str(ID["notice/ren5"])}  # IRIs as stored
    others = [g for g in store.graphs() if not g.endswith("notice/ren5")]
    assert not any(r.focus == str(ID["notice/ren5"]) for r in validate_store(store, graphs=others).rows)
    steps = []
    validate_store(store, progress=steps.append)
    assert steps and steps[0].startswith("per-notice constraint 0/")


def test_validate_rechecks_only_what_was_built_since(tmp_path):
    from conftest import CORPUS, SEED
    from govkg.build import build

    store = Store(tmp_path / "store")
    build([SEED], store)
    total = len([g for g in store.graphs() if not g.endswith("/graph/inferred")])
    others = total - 10  # the identity and resolver graphs, rewritten by every build
    first = validate_store(store, incremental=True)
    assert first.checked == total and first.unchanged == 0  # no ledger yet: everything
    again = validate_store(store, incremental=True)
    assert again.checked == others and again.unchanged == 10
    assert [(r.focus, r.message) for r in again.rows] == [(r.focus, r.message) for r in first.rows]
    build([CORPUS / "personnel" / "notices"], store)
    after = validate_store(store, incremental=True)
    assert after.unchanged == 10 and after.checked == len(store.graphs()) - 10
    assert validate_store(store).checked == len(store.graphs())
