"""Validation at scale: what the store runner does differently from one sweep per constraint
must not change a verdict.

- The graphs a build added are read by dataset (``named_graphs``), not by a sweep of every
  graph of the store with a ``VALUES ?g`` list: the same results as the sweep, restricted to
  those graphs.
- ListedAfterRemovalShape joins its listings and removals as two sets, SingleHolderShape
  this fact's holdings and the others' without grouping them first: on small worlds of
  removals, appointments, listings and group members in two head posts, with dates on
  either side (and notices dated only by publication, or not at all), pyshacl (the
  reference) and the store's one query find the same results.
"""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH, XSD

from govkg import shacl_sparql
from govkg.namespaces import ELI, GOV, ORG
from govkg.shacl_sparql import check_results, compile_shapes
from govkg.validate import INFERRED_GRAPH, cross_results, ontology, shapes

from test_shapes import _dataset
from test_validate_store import _store_of

EX = Namespace("https://w3id.org/govkg/id/")


def test_added_graphs_are_read_by_dataset_with_the_sweeps_results(monkeypatch):
    store = _store_of(_dataset("selector"))
    checks = compile_shapes(shapes(cross=False), ontology())
    skip = [str(INFERRED_GRAPH)]
    whole = set(check_results(store, checks, skip=skip))
    assert whole
    graph = sorted({r.graph for r in whole})[0]

    seen = []
    read_all = shacl_sparql.read_all

    def spy(s, query, **options):
        seen.append((query, options))
        return read_all(s, query, **options)

    monkeypatch.setattr(shacl_sparql, "read_all", spy)
    some = set(check_results(store, checks, graphs=[graph], skip=skip))
    assert some == {r for r in whole if r.graph == graph}
    assert seen and all(o.get("named_graphs") == [ox.NamedNode(graph)] for _, o in seen)
    assert not any("VALUES ?g" in q for q, _ in seen)


# ---------------------------------------------------------------- stale listings, by pyshacl and by the store

def _world(seed: int) -> Graph:
    """Persons 甲, 乙 (two mentions each per notice kind) in two posts of one agency; notices
    on random dates (some dated by publication only, one not dated) that remove, appoint or
    list them (a listing, or a member of a group listed with the post)."""
    rnd = random.Random(seed)
    g = Graph()
    posts = [EX[f"post/a/{i}"] for i in range(2)]
    for i, post in enumerate(posts):
        g.add((post, RDF.type, GOV.Post))
        g.add((post, GOV.title, Literal("局长" if i == 0 else "主任")))
        if i == 0:
            g.add((post, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("某局局长")))
    people = [EX["person/jia"], EX["person/yi"]]
    for n in range(14):
        notice = EX[f"notice/n{n}"]
        g.add((notice, RDF.type, GOV.Notice))
        day = f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        if n % 5 == 4:
            g.add((notice, ELI.date_publication, Literal(day, datatype=XSD.date)))
        elif n != 13:
            g.add((notice, ELI.date_document, Literal(day, datatype=XSD.date)))
        if n % 3 == 0:
            g.add((notice, ELI.id_local, Literal(f"某发〔2024〕{n}号")))
        for k in range(2):
            person, post = rnd.choice(people), rnd.choice(posts)
            mention = EX[f"notice/n{n}/person/{k}"]
            g.add((mention, GOV.denotes, person))
            g.add((mention, GOV.name, Literal("甲" if person == people[0] else "乙")))
            add_fact(g, EX[f"notice/n{n}/fact/{k}"], rnd.choice(FACT_KINDS), mention, post, notice)
    return g


FACT_KINDS = ["removal", "appointment", "listing", "member"]


def add_fact(g: Graph, fact, kind: str, mention, post, notice, listed_holds: bool = False) -> None:
    """A removal, appointment or listing of ``mention`` in ``post``, or a membership of it in a group
    listed with the post (``gov:holdsPost``); ``listed_holds``: a listing's mention holds the post too,
    as the build writes it."""
    if kind == "member":
        g.add((fact, RDF.type, ORG.Membership))
        g.add((fact, ORG.member, mention))
        g.add((mention, GOV.holdsPost, post))
    else:
        cls = {"removal": GOV.Removal, "appointment": GOV.Appointment, "listing": GOV.PostListing}[kind]
        g.add((fact, RDF.type, cls))
        g.add((fact, GOV.person, mention))
        g.add((fact, GOV.post, post))
        if kind == "listing" and listed_holds:
            g.add((mention, GOV.holdsPost, post))
    g.add((fact, GOV.notice, notice))


def _only(name: str) -> Graph:
    """The cross-document shapes with only ``name``'s constraint left."""
    sg = shapes(cross=True)
    for shape in set(sg.subjects(SH.sparql, None)):
        if not str(shape).endswith(name):
            for c in list(sg.objects(shape, SH.sparql)):
                sg.remove((shape, SH.sparql, c))
    return sg


def _found(report: Graph) -> set[tuple]:
    return {(report.value(r, SH.focusNode), frozenset(str(m) for m in report.objects(r, SH.resultMessage)))
            for r in report.subjects(RDF.type, SH.ValidationResult)}


@pytest.mark.parametrize("name", ["ListedAfterRemovalShape", "SingleHolderShape"])
def test_cross_document_results_of_the_store_are_pyshacls(name):
    sg = _only(name)
    found_any = False
    for seed in range(6):
        data = _world(seed)
        store = ox.Store()
        store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode("urn:test"))
        ours = _found(cross_results(store, sg))
        _, theirs, _ = shacl_validate(data, shacl_graph=sg, inference="none")
        assert ours == _found(theirs), seed
        found_any |= bool(ours)
    assert found_any


def test_checks_that_hold_a_table_never_run_at_once():
    """Two checks that each build a table of a whole sweep (0.7-1.25 GB at 100k notices) run one after
    another; the others run beside them, and the results come back in the checks' order."""
    import threading
    import time

    lock, running, most = threading.Lock(), [0], [0]

    def work(item):
        name, heavy = item
        if heavy:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.02)
            with lock:
                running[0] -= 1
        return name

    items = [(f"c{i}", i % 3 != 0) for i in range(12)]
    assert list(shacl_sparql.in_threads(3, work, items, alone=lambda item: item[1])) == [n for n, _ in items]
    assert most[0] == 1


def test_checks_that_hold_no_table_run_on_every_thread():
    import threading

    both = threading.Barrier(2, timeout=10)  # broken (an error) unless two items run at the same time

    def work(item):
        both.wait()
        return item

    assert list(shacl_sparql.in_threads(2, work, ["a", "b"])) == ["a", "b"]


def test_a_sweep_leaves_out_the_side_graphs_that_hold_none_of_its_targets(tmp_path, seed_store):
    """The resolver's and the records' graphs (identity: the people's and tenures' sources) are left out of
    the anti-joins of checks whose targets they do not hold, and the results are the same: a fact that
    lost its source is still found, a person's check still reads the identity graph."""
    from govkg.namespaces import IDENTITY_GRAPH
    from govkg.store import Store

    seed_store.backup(tmp_path / "s")
    store = Store(tmp_path / "s").ox
    derived_from = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    fact = next(q for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(GOV.Appointment)))
                if "/notice/" in q.graph_name.value)
    for q in list(store.quads_for_pattern(fact.subject, derived_from, None, fact.graph_name)):
        store.remove(q)
    person = next(q for q in store.quads_for_pattern(None, derived_from, None, ox.NamedNode(str(IDENTITY_GRAPH))))
    store.remove(person)  # (a person's source lost too: if its shape asks for one, its check must still see it)
    checks = compile_shapes(shapes(cross=False), ontology())
    side = [g.value for g in store.named_graphs() if "/notice/" not in g.value]
    skip = [str(INFERRED_GRAPH)]
    found = set(check_results(store, checks, skip=skip, side=side))
    assert found == set(check_results(store, checks, skip=skip))
    assert any(r.focus == URIRef(fact.subject.value) and r.path == URIRef(derived_from.value) for r in found)
    skips = shacl_sparql._skips(store, checks, set(skip), side)
    facts = next(c for c in checks if c.holds and c.path == URIRef(derived_from.value) and "Appointment" in c.targets)
    assert str(IDENTITY_GRAPH) in skips[id(facts)]
    persons = [c for c in checks if c.holds and "ontology#Person>" in c.targets]
    assert all(str(IDENTITY_GRAPH) not in skips[id(c)] for c in persons)
