"""The two cross-document shapes about a post's holders, read from the posts' timelines
(``post_checks``), give the results their SPARQL gives over the store, message for message:
on random worlds of notices in their own graphs, on the shapes' test cases, and through
``validate_store``, which takes the timelines when the derived records are current."""
from __future__ import annotations

import random

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from govkg import derived
from govkg.namespaces import ELI, GOV, IDENTITY_GRAPH
from govkg.post_checks import SHAPES, post_checks
from govkg.store import Store
from govkg.validate import cross_checks, shapes, validate_store

from test_shapes import _dataset
from test_validate_scale import FACT_KINDS, add_fact
from test_validate_store import _ox

EX = Namespace("https://w3id.org/govkg/id/")


def _store(ds: Dataset, path) -> Store:
    store = Store(path)
    import pyoxigraph as ox
    store.ox.extend([ox.Quad(*(_ox(t) for t in (s, p, o)), _ox(g)) for s, p, o, g in ds.quads((None, None, None, None))
                     if isinstance(g, URIRef) and str(g) != "urn:x-rdflib:default"])
    derived.refresh(store)
    return store


def _found(results) -> set[tuple]:
    return {(str(r.shape), str(r.focus), frozenset(str(m) for m in r.messages)) for r in results}


def _by_sparql(store: Store) -> set[tuple]:
    sg = shapes(cross=True)
    others = set(sg.subjects(SH.sparql, None)) - set(SHAPES)
    return _found(cross_checks(store.ox, sg, skip=others))


def _world(seed: int) -> Dataset:
    """Persons 甲, 乙, 丙 in three posts of one agency (two of them a head's: 局长 with a label,
    主任 without; 副局长 not a head); notices in their own graphs on random dates (some dated by
    publication only, some by both, one not dated; a third numbered) that remove, appoint or
    list them (a listing, or a member of a group listed with the post); a mention now and then
    denotes two persons."""
    rnd = random.Random(seed)
    ds = Dataset()
    identity = ds.graph(URIRef(str(IDENTITY_GRAPH)))
    posts = [EX[f"post/a/{i}"] for i in range(3)]
    people = [EX["person/jia"], EX["person/yi"], EX["person/bing"]]
    names = {people[0]: "甲", people[1]: "乙", people[2]: "丙"}
    days = [f"2024-0{m}-1{d}" for m in range(1, 4) for d in range(3)]  # few dates: holders meet on them
    for n in range(16):
        notice = EX[f"notice/n{n}"]
        g = ds.graph(notice)
        g.add((notice, RDF.type, GOV.Notice))
        if n % 5 == 4:
            g.add((notice, ELI.date_publication, Literal(rnd.choice(days), datatype=XSD.date)))
        elif n % 7 == 6:
            g.add((notice, ELI.date_document, Literal(rnd.choice(days), datatype=XSD.date)))
            g.add((notice, ELI.date_publication, Literal(rnd.choice(days), datatype=XSD.date)))
        elif n != 15:
            g.add((notice, ELI.date_document, Literal(rnd.choice(days), datatype=XSD.date)))
        if n % 3 == 0:
            g.add((notice, ELI.id_local, Literal(f"某发〔2024〕{n}号")))
        for i, post in enumerate(posts):
            g.add((post, RDF.type, GOV.Post))
            g.add((post, GOV.title, Literal(["局长", "主任", "副局长"][i])))
            if i == 0:
                g.add((post, RDFS.label, Literal("某局局长")))
        for k in range(3):
            person, post = rnd.choice(people), rnd.choice(posts)
            mention = EX[f"notice/n{n}/person/{k}"]
            identity.add((mention, GOV.denotes, person))
            if rnd.random() < 0.1:
                identity.add((mention, GOV.denotes, rnd.choice(people)))
            g.add((mention, GOV.name, Literal(names[person])))
            add_fact(g, EX[f"notice/n{n}/fact/{k}"], rnd.choice(FACT_KINDS), mention, post, notice,
                     listed_holds=rnd.random() < 0.7)  # (the build writes it; a file may not)
    return ds


def test_the_timelines_give_what_the_shapes_sparql_gives(tmp_path):
    shown = set()
    for seed in range(10):
        store = _store(_world(seed), tmp_path / f"s{seed}")
        ours = _found(post_checks(store.ox, shapes(cross=True)))
        assert ours == _by_sparql(store), seed
        shown |= {shape for shape, _, _ in ours}
        store.close()
    assert shown == {str(s) for s in SHAPES}  # (the worlds give results of both shapes)


@pytest.mark.parametrize("name", ["cross-single-holder", "cross-single-holder-ok", "cross-removed-listing",
                                  "cross-removed-listing-ok", "denotes"])
def test_the_shapes_test_cases_give_the_same_results(name, tmp_path):
    store = _store(_dataset(name), tmp_path / "s")
    ours = _found(post_checks(store.ox, shapes(cross=True)))
    assert ours == _by_sparql(store)
    assert bool(ours) == (not name.endswith("-ok"))


def test_validate_reads_the_timelines_only_while_the_records_are_current(tmp_path, monkeypatch):
    store = _store(_world(3), tmp_path / "s")
    calls = []
    import govkg.post_checks as pc
    real = pc.post_checks
    monkeypatch.setattr(pc, "post_checks", lambda *a: calls.append(1) or real(*a))
    with_records = validate_store(store)
    assert calls == [1]
    store.ox.update(f"DELETE WHERE {{ GRAPH <{derived.DERIVED_GRAPH}> {{ ?s ?p ?o }} }}")  # (records gone: the SPARQL)
    without = validate_store(store)
    assert calls == [1]
    assert sorted(r.format() for r in with_records.rows) == sorted(r.format() for r in without.rows)
    assert with_records.violations == without.violations > 0
