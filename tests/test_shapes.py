"""The semantic layer: ontology, concept schemes, SHACL shapes, validation and reasoning.

Every shape has a conforming case (tests/data/shapes/base.trig, plus a twin for each
cross-document shape) and a violating one (base.trig plus one small TriG file that adds
the error); reports are compared as sets of (focus node, path, severity).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from govkg.cli import main
from govkg.lexicon import GROUP_ROLES
from govkg.namespaces import GOV, ID, role_iri
from govkg.reason import closure
from govkg.validate import cross_results, ontology, shapes, validate_dataset, validate_store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "shapes"
V, W = "Violation", "Warning"

#: fixture -> the report it must give, as {(focus, path, severity)}; paths as prefixed names
EXPECTED: dict[str, set[tuple[str, str | None, str]]] = {
    "notice": {("notice/ren5", "dcterms:title", V), ("notice/ren5", "eli:date_document", V)},
    "document-number": {("notice/t-abc", "eli:id_local", V)},
    "agency": {("agency/nameless", "skos:prefLabel", V)},
    "post": {("post/czj/fjz", None, V), ("post/two/jz", "gov:inAgency", V), ("post/czj/kz", None, V)},
    "group": {("group/g2", "gov:setUpBy", V)},
    "group-role": {("role/%E5%A4%A7%E7%BB%84%E9%95%BF", "skos:inScheme", W)},
    "person-mention": {("notice/ren5/person/3", "gov:name", V), ("notice/ren5/person/3", "gov:mentionedIn", V)},
    # a mention denoting two persons also makes its own listing and membership two holders of one post
    "denotes": {("notice/ban20/person/1", "gov:denotes", V), ("notice/ban20/listing/1", None, V),
                ("notice/ban20/membership/1", None, V)},
    "person": {("person/nameless", "foaf:name", V)},
    "fact": {("notice/ban20/citation/2", p, V) for p in ("gov:evidence", "gov:notice", "prov:wasDerivedFrom")},
    "selector": {("notice/ban20/citation/1/span", "oa:start", V)},
    "post-event": {("notice/ban20/listing/2", p, V) for p in ("gov:agencyName", "gov:person", "gov:post")},
    "appointment": {("notice/ren5/appointment/1", "gov:probation", V),
                    ("notice/ren5/appointment/1", "gov:startDate", V)},
    "membership": {("notice/ban20/membership/2", "org:role", V)},
    "task-assignment": {("notice/ban20/assignment/3", "gov:taskRole", V)},
    "task": {("notice/ban20/task/t2", "gov:partOf", V), ("notice/ban20/task/t2", "rdfs:label", V),
             ("notice/ban20/task/t2", None, V)},  # the last: no lead agency (cross-task-lead)
    "citation": {("notice/ban20/citation/3", "gov:cited", V)},
    "cross-tenure": {("notice/ren2/appointment/1", None, V), ("notice/ren2/appointment/2", None, V)},
    "cross-removed-listing": {("notice/ban25/listing/1", None, V)},
    "cross-single-holder": {("notice/ban21/listing/1", None, V), ("notice/ban20/listing/1", None, V),
                            ("notice/ban20/membership/1", None, V)},
    "cross-task-lead": {("notice/ban20/task/t3", None, V)},
    "cross-agency-name": {("agency/tyjr", None, W), ("agency/twjr", None, W)},
    "derived": {("derived/vacancy/v1", "gov:spellFrom", V), ("derived/vacancy/v1", "gov:spellUntil", V),
                ("derived/stale/s1", "gov:holder", V), ("derived/homonym/h1", "gov:sharedName", V)},
    "cross-tenure-ok": set(),
    "cross-removed-listing-ok": set(),
    "cross-single-holder-ok": set(),
    "cross-task-lead-ok": set(),
    "cross-agency-name-ok": set(),
}


def _dataset(name: str | None) -> Dataset:
    ds = Dataset()
    ds.parse(DATA / "base.trig", format="trig")
    if name:
        ds.parse(DATA / f"{name}.trig", format="trig")
    return ds


def _triples(report: Graph, nm) -> set[tuple[str, str | None, str]]:
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(r, SH.resultPath)
        out.add((str(report.value(r, SH.focusNode)).removeprefix(str(ID)),
                 path.n3(nm) if path is not None else None,
                 str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]))
    return out


def test_every_fixture_is_listed():
    on_disk = {p.stem for p in DATA.glob("*.trig")} - {"base"}
    assert on_disk == set(EXPECTED)


def test_base_conforms_to_every_shape():
    report = validate_dataset(_dataset(None))
    assert report.rows == [] and report.conforms


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shape_case(name):
    ds = _dataset(name)
    report = validate_dataset(ds)
    assert _triples(report.graph, ds.namespace_manager) == EXPECTED[name]
    assert report.conforms == all(sev != V for _, _, sev in EXPECTED[name])


def test_every_shape_has_a_violating_case():
    """Each node shape is the source of some result in some fixture."""
    sg = shapes()
    node_shapes = {s for s in sg.subjects(RDF.type, SH.NodeShape)}
    fired = set()
    for name in EXPECTED:
        report = validate_dataset(_dataset(name))
        for r in report.graph.subjects(RDF.type, SH.ValidationResult):
            src = report.graph.value(r, SH.sourceShape)
            if src in node_shapes:
                fired.add(src)
            else:  # a property shape: find its node shape by the path and constraint it carries
                path = report.graph.value(src, SH.path)
                for s in node_shapes:
                    if any(sg.value(p, SH.path) == path for p in sg.objects(s, SH.property)):
                        fired.add(s)
    assert node_shapes - fired == set()


def test_cross_document_engine_agrees_with_pyshacl():
    """The one-query-per-constraint run on Oxigraph gives what pyshacl gives node by node
    (on base.trig with every cross-document fixture added; one run, as pyshacl is slow here)."""
    import pyoxigraph as ox
    from pyshacl import validate as shacl_validate

    ds = _dataset(None)
    for name in EXPECTED:
        if name.startswith("cross-"):
            ds.parse(DATA / f"{name}.trig", format="trig")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    store = ox.Store()
    store.load(union.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode("urn:test"))
    ours = _triples(cross_results(store, shapes(cross=True)), ds.namespace_manager)
    _, theirs, _ = shacl_validate(union, shacl_graph=shapes(cross=True), inference="none")
    assert ours and ours == _triples(theirs, ds.namespace_manager)


# ---------------------------------------------------------------- ontology and concept schemes

def _used_gov_terms() -> set[URIRef]:
    terms = set()
    for f in [ROOT / "pipeline/rdf.py", ROOT / "pipeline/derived.py", *sorted((ROOT / "pipeline/resolve").glob("*.py"))]:
        terms |= {GOV[m] for m in re.findall(r"GOV\.(\w+)", f.read_text(encoding="utf-8"))}
    return terms


def test_ontology_parses_and_declares_every_term_used():
    ont = ontology()
    declared = {s for s in ont.subjects(RDF.type, None) if str(s).startswith(str(GOV))}
    assert _used_gov_terms() - declared == set()
    for cls in (GOV.Person, GOV.Post, GOV.Agency, GOV.Policy, GOV.Group, GOV.Notice):
        assert (cls, RDF.type, OWL.Class) in ont
    for prop in (GOV.holdsPost, GOV.inAgency, GOV.assignsLead, GOV.hasMember):
        assert (prop, RDF.type, OWL.ObjectProperty) in ont


def test_every_gov_term_has_labels_and_comments_in_zh_and_en():
    ont = ontology()
    missing = []
    for s in {s for s in ont.subjects() if isinstance(s, URIRef) and str(s).startswith(str(GOV))}:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ont.objects(s, prop) if isinstance(o, Literal)}
            if not {"zh", "en"} <= langs:
                missing.append((str(s), str(prop)))
    assert missing == []


def test_alignment():
    ont = ontology()
    org = "http://www.w3.org/ns/org#"
    for s, p, o in [(GOV.Post, RDFS.subClassOf, URIRef(org + "Post")),
                    (GOV.inAgency, RDFS.subPropertyOf, URIRef(org + "postIn")),
                    (GOV.holdsPost, RDFS.subPropertyOf, URIRef(org + "holds")),
                    (GOV.Agency, RDFS.subClassOf, URIRef(org + "Organization")),
                    (GOV.Group, RDFS.subClassOf, URIRef(org + "OrganizationalUnit")),
                    (GOV.hasMember, OWL.inverseOf, GOV.memberOf),
                    (GOV.assignsLead, RDFS.subPropertyOf, GOV.involvesAgency),
                    (GOV.Notice, RDFS.subClassOf, GOV.Policy),
                    (GOV.Notice, RDFS.subClassOf, URIRef("http://data.europa.eu/eli/ontology#LegalResource")),
                    (GOV.Person, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Person"))]:
        assert (s, p, o) in ont, (s, p, o)


def test_concept_schemes_cover_what_rdf_py_mints():
    ont = ontology()
    for role in GROUP_ROLES:
        assert (role_iri(role), SKOS.inScheme, GOV.groupRoles) in ont, role
    for role in ("lead", "support", "responsible"):
        assert (GOV[f"taskRole/{role}"], SKOS.inScheme, GOV.taskRoles) in ont
    for kind in ("personnel", "plan", "measures", "notice"):
        assert (GOV[f"kind/{kind}"], SKOS.inScheme, GOV.documentKinds) in ont


def test_ontology_is_consistent_and_reasoning_materialises_the_alignment():
    data = Graph()
    for s, p, o, _ in _dataset(None).quads((None, None, None, None)):
        data.add((s, p, o))
    inferred, errors = closure(data)
    assert errors == []
    group, mention = ID["group/g1"], ID["notice/ban20/person/1"]
    assert (mention, GOV.memberOf, group) in inferred
    assert (ID["notice/ban20"], GOV.involvesAgency, ID["agency/sjj"]) in inferred
    assert (ID["post/czj/jz"], URIRef("http://www.w3.org/ns/org#postIn"), ID["agency/czj"]) in inferred
    assert all(str(s).startswith(str(ID)) for s in inferred.subjects())


# ---------------------------------------------------------------- the seed graph and the CLI

@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("seed") / "store"
    result = CliRunner().invoke(main, ["build", "--store", str(store),
                                       str(ROOT / "examples" / "ordos-policy-notices-2024.txt")])
    assert result.exit_code == 0, result.output
    return store


def test_seed_conforms(seed_store, tmp_path):
    report_file = tmp_path / "report.ttl"
    result = CliRunner().invoke(main, ["validate", "--store", str(seed_store), "--report", str(report_file)])
    assert result.exit_code == 0, result.output
    report = Graph().parse(report_file)
    assert (None, SH.conforms, Literal(True)) in report
    assert "0 violations" in result.output


def test_seed_without_in_agency_fails_naming_the_posts(seed_store, tmp_path):
    export = tmp_path / "seed.ttl"
    assert CliRunner().invoke(main, ["export", "--store", str(seed_store), "--format", "turtle",
                                     "-o", str(export)]).exit_code == 0
    g = Graph().parse(export)
    posts = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, GOV.Post)}
    g.remove((None, GOV.inAgency, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    result = CliRunner().invoke(main, ["validate", "--data", str(broken), "--limit", "0"])
    assert result.exit_code == 1, result.output
    named = {p for p in posts if f"post {p} must have exactly one gov:inAgency, has 0" in result.output}
    assert named == posts


def test_validate_exit_codes(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["validate", "--data", str(bad)]).exit_code == 2
    assert runner.invoke(main, ["validate", "--data", str(tmp_path / "missing.ttl")]).exit_code == 2
    assert runner.invoke(main, ["validate"]).exit_code == 2


def test_reason_command(seed_store):
    result = CliRunner().invoke(main, ["reason", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    from govkg.store import Store
    store = Store(seed_store, create=False)
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/govkg/id/graph/inferred> "
                       "{ ?g <https://w3id.org/govkg/ontology#memberOf> ?x } }")
    store.close()
    assert rows[0]["n"] > 0


@pytest.mark.parametrize("command", ["validate", "reason"])
def test_help_has_an_example(command):
    assert "Example:" in CliRunner().invoke(main, [command, "--help"]).output
