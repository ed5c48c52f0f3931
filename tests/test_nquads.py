"""The notice writer makes N-Quads text itself (no rdflib or pyoxigraph term per triple):
its bytes must be what Oxigraph's serialiser writes for the same quads, and must read
back, in rdflib and in Oxigraph, as the terms the facts say."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset, Literal as RdfLiteral, URIRef
from rdflib.namespace import XSD

from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.rdf import Literal, Triples, _ox, notice_triples

from conftest import CORPUS, SEED

G = "https://w3id.org/govkg/id/notice/test"
S, P = "https://w3id.org/govkg/id/x", "https://w3id.org/govkg/ontology#p"


def _oxigraph_line(obj: ox.Literal | ox.NamedNode) -> bytes:
    return ox.serialize([ox.Quad(ox.NamedNode(S), ox.NamedNode(P), obj, ox.NamedNode(G))],
                        format=ox.RdfFormat.N_QUADS)


def _ours(obj: str) -> bytes:
    t = Triples(G)
    t.add((S, P, obj))
    return t.nquads()


def test_every_character_is_escaped_as_oxigraph_escapes_it():
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]  # every character, 64 a line
    texts = ["".join(chars[i:i + 64]) for i in range(0, len(chars), 64)]
    t = Triples(G)
    for text in texts:
        t.add((S, P, Literal(text)))
    theirs = ox.serialize([ox.Quad(ox.NamedNode(S), ox.NamedNode(P), ox.Literal(text), ox.NamedNode(G))
                           for text in texts], format=ox.RdfFormat.N_QUADS)
    mine = t.nquads()
    if mine != theirs:
        wrong = [(a, b) for a, b in zip(mine.splitlines(), theirs.splitlines()) if a != b]
        raise AssertionError(f"{len(wrong)} lines escaped differently, e.g. {wrong[:3]}")


def test_typed_literals_have_rdflib_lexical_forms():
    cases = [(Literal(17), RdfLiteral(17)), (Literal(0), RdfLiteral(0)), (Literal(True), RdfLiteral(True)),
             (Literal("2024-03-05", datatype=str(XSD.date)), RdfLiteral("2024-03-05", datatype=XSD.date)),
             (Literal("2024-03", datatype=str(XSD.gYearMonth)), RdfLiteral("2024-03", datatype=XSD.gYearMonth)),
             (Literal("P1Y", datatype=str(XSD.duration)), RdfLiteral("P1Y", datatype=XSD.duration)),
             (Literal("P6M", datatype=str(XSD.duration)), RdfLiteral("P6M", datatype=XSD.duration))]
    for ours, theirs in cases:
        assert _ours(ours) == _oxigraph_line(_ox(theirs)), ours
    assert Literal(1) != Literal(True)  # a cache must not confuse 1 and True


def _notices():
    for path in (SEED, CORPUS / "real" / "notices"):
        for item in read_inputs([path]):
            if isinstance(item, RawNotice):
                yield item


def test_notice_nquads_are_oxigraphs_own_serialisation_and_read_back_in_rdflib():
    seen = 0
    for notice in _notices():
        triples = notice_triples(extract(notice))
        data = triples.nquads()
        # Oxigraph reads them and writes the very same bytes, quad for quad
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        assert ox.serialize(quads, format=ox.RdfFormat.N_QUADS) == data
        assert len(quads) == len(triples.triples) == len(set(quads))  # each triple once
        assert {q.graph_name.value for q in quads} == {triples.identifier}
        # rdflib, an independent parser, reads the same terms
        ds = Dataset()
        ds.parse(data=data, format="nquads")
        mine = sorted(ox.serialize([ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g)) for s, p, o, g in ds.quads()],
                                   format=ox.RdfFormat.N_QUADS).splitlines())
        assert mine == sorted(data.splitlines())
        seen += 1
    assert seen >= 30


def test_rdflib_graph_of_a_notice_holds_its_triples():
    notice = next(_notices())
    triples = notice_triples(extract(notice))
    g = triples.graph()
    assert g.identifier == URIRef(triples.identifier)
    assert len(g) == len(triples.triples)
    assert (URIRef(triples.identifier), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("https://w3id.org/govkg/ontology#Notice")) in g
    assert any(o == RdfLiteral(notice.text) for o in g.objects(URIRef(triples.identifier)))
