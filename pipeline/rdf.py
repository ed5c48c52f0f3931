"""Facts to triples: one named graph per notice.

Every fact becomes a node typed by the ontology, linked to the notice
(``prov:wasDerivedFrom``) and to the exact words that justify it (an
``oa:TextPositionSelector`` with the span and an ``oa:exact`` quote). People
appear as *mentions* (``gov:PersonMention``) local to the notice; the resolver
later says which person each mention denotes (``gov:denotes``, in the identity
graph). Node IRIs derive from the notice's key and the fact's position in the
extraction order, so the same notice always gives the same triples.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Literal as RdfLiteral, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS, PROV as _PROV, RDF as _RDF, RDFS as _RDFS, SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

from .lexicon import region_of
from .facts import (Appointment, Assignment, Citation, Membership, NoticeFacts, Position, Post, Removal,
                    Subgroup)
from .namespaces import ELI as _ELI, GOV as _GOV, OA as _OA, ORG as _ORG
from .namespaces import PREFIXES, agency_iri, digest, doc_ref_iri, group_iri, notice_iri, post_iri, role_iri
from .resolve.agencies import qualify

# The writer works on strings, not rdflib terms: an IRI is its text (``https://…``), a
# literal its N-Triples form (``"…"``, ``"…"^^<…>``), which never starts like an IRI. A
# notice's quads are then N-Quads lines made by joining strings: the same bytes as
# Oxigraph's serialiser writes (checked in tests/test_nquads.py), with no rdflib term
# built and none converted.


class _Terms:
    """A namespace's terms as IRI strings, each made once."""

    def __init__(self, ns):
        self._ns = str(ns)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self._ns + name
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        return self._ns + name


ELI, GOV, OA, ORG = _Terms(_ELI), _Terms(_GOV), _Terms(_OA), _Terms(_ORG)
DCTERMS, PROV, RDF, RDFS, SKOS, XSD = (_Terms(ns) for ns in (_DCTERMS, _PROV, _RDF, _RDFS, _SKOS, _XSD))

_TASK_ROLE = {"lead": GOV.assignsLead, "support": GOV.assignsSupport, "responsible": GOV.assignsResponsible}

#: how Oxigraph's N-Triples/N-Quads serialiser escapes a character in a literal
_ESCAPES = {**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}


#: the characters _ESCAPES rewrites: a literal without one (most) is written as it is, not translated char by char
_TO_ESCAPE = re.compile("[%s]" % "".join(f"\\u{c:04X}" for c in _ESCAPES))


def Literal(value, datatype: str | None = None) -> str:
    """A literal's N-Triples form, as rdflib's ``Literal(value, datatype=…)`` would give it
    to Oxigraph: a string is a plain literal; an int, a bool or a datatype goes through
    rdflib for its lexical form (rdflib normalises some, e.g. durations)."""
    if datatype is None and isinstance(value, str):
        return f'"{value.translate(_ESCAPES)}"' if _TO_ESCAPE.search(value) else f'"{value}"'
    if datatype is None and type(value) is int:
        return f'"{value}"^^<{XSD.integer}>'
    return _typed(value, datatype)


@lru_cache(maxsize=4096, typed=True)
def _typed(value, datatype: str | None) -> str:
    term = RdfLiteral(value, datatype=URIRef(datatype) if datatype else None)
    if term.language:
        return f'"{str(term).translate(_ESCAPES)}"@{term.language}'
    if term.datatype is None or str(term.datatype) == XSD.string:
        return f'"{str(term).translate(_ESCAPES)}"'
    return f'"{str(term).translate(_ESCAPES)}"^^<{term.datatype}>'


def new_graph(identifier=None) -> Graph:
    g = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def _date(value: str | None):
    if not value:
        return None
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    return Literal(value, datatype=XSD.gYearMonth)


# IRIs of things named in many notices, made once (bounded caches)
_agency_iri = lru_cache(maxsize=1 << 16)(lambda qualified: str(agency_iri(qualified)))
_post_iri = lru_cache(maxsize=1 << 16)(lambda qualified, title: str(post_iri(qualified, title)))
_role_iri = lru_cache(maxsize=1 << 12)(lambda role: str(role_iri(role)))
_qualify = lru_cache(maxsize=1 << 16)(qualify)


class Triples:
    """A notice's triples, each once, in the order written (what the writer fills).
    Subjects and predicates are IRI strings; an object is an IRI string or a literal's
    N-Triples form (see ``Literal``)."""

    def __init__(self, identifier: str):
        self.identifier = identifier
        self.triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self.triples[triple] = None

    def ntriples(self) -> str:
        return "".join(f"<{s}> <{p}> {_obj(o)} .\n" for s, p, o in self.triples)

    def graph(self) -> Graph:
        """The triples as an rdflib graph named by the notice."""
        g = new_graph(URIRef(self.identifier))
        g.parse(data=self.ntriples(), format="nt")
        return g

    def nquads(self) -> bytes:
        """The triples as N-Quads in the notice's named graph (for bulk loading): the bytes
        Oxigraph's serialiser writes for the same quads."""
        name = f"<{self.identifier}> .\n"
        return "".join([f"<{s}> <{p}> {_obj(o)} {name}" for s, p, o in self.triples]).encode("utf-8")


def _obj(o: str) -> str:
    """An object in N-Triples: a literal is already written so; an IRI goes in brackets."""
    return o if o[0] == '"' else f"<{o}>"


def _ox(term):
    """An rdflib IRI or literal as the pyoxigraph term with the same lexical form."""
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


class _Writer:
    def __init__(self, nf: NoticeFacts):
        self.nf = nf
        d = nf.document
        self.notice = str(notice_iri(d.number, d.title, nf.text, d.signed or d.published))
        self.region = region_of(d.issuer)[0]
        self.g = Triples(self.notice)
        self.mentions: dict[tuple, str] = {}
        self.counter: dict[str, int] = {}

    def node(self, kind: str) -> str:
        n = self.counter.get(kind, 0) + 1
        self.counter[kind] = n
        return f"{self.notice}/{kind}/{n}"

    def evidence(self, node: str, span: tuple[int, int]) -> None:
        g = self.g
        sel = f"{node}/span"
        g.add((node, PROV.wasDerivedFrom, self.notice))
        g.add((node, GOV.evidence, sel))
        g.add((sel, RDF.type, OA.TextPositionSelector))
        g.add((sel, OA.start, Literal(span[0])))
        g.add((sel, OA.end, Literal(span[1])))
        g.add((sel, OA.exact, Literal(self.nf.text[span[0]:span[1]])))

    def agency(self, printed: str) -> str:
        qualified = _qualify(printed, self.region)
        a = _agency_iri(qualified)
        self.g.add((a, RDF.type, GOV.Agency))
        self.g.add((a, SKOS.prefLabel, Literal(qualified)))
        if printed != qualified:
            self.g.add((a, SKOS.altLabel, Literal(printed)))
        return a

    def post(self, post: Post) -> str:
        qualified = _qualify(post.agency, self.region)
        p = _post_iri(qualified, post.title)
        a = self.agency(post.agency)
        if post.alias:
            self.g.add((a, SKOS.altLabel, Literal(_qualify(post.alias, self.region))))
        self.g.add((p, RDF.type, GOV.Post))
        self.g.add((p, GOV.inAgency, a))
        self.g.add((p, GOV.title, Literal(post.title)))
        self.g.add((p, RDFS.label, Literal(qualified + post.title)))
        return p

    def mention(self, name: str, anchor: tuple) -> str:
        """One mention per person per place in the notice (see ``_anchor``)."""
        key = (name, anchor)
        if key not in self.mentions:
            m = f"{self.notice}/person/{len(self.mentions) + 1}"
            self.mentions[key] = m
            self.g.add((m, RDF.type, GOV.PersonMention))
            self.g.add((m, GOV.name, Literal(name)))
            self.g.add((m, GOV.mentionedIn, self.notice))
        return self.mentions[key]


def _anchor(nf: NoticeFacts, fact) -> tuple:
    """Where a person is mentioned: personnel notices name each person once per
    decision, so the name is the anchor; elsewhere the name's line is."""
    if nf.document.kind == "personnel":
        return ("notice",)
    span = fact.person_span or fact.span
    line_start = nf.text.rfind("\n", 0, span[0]) + 1
    return ("line", line_start, span[0])


def notice_graph(nf: NoticeFacts) -> Graph:
    """The named graph of one notice."""
    return notice_triples(nf).graph()


def notice_triples(nf: NoticeFacts) -> Triples:
    """The triples of one notice's named graph (``.graph()`` for rdflib, ``.nquads()`` for loading)."""
    w = _Writer(nf)
    g, notice, d = w.g, w.notice, nf.document
    g.add((notice, RDF.type, GOV.Notice))
    if d.title:
        g.add((notice, DCTERMS.title, Literal(d.title)))
    if d.number:
        g.add((notice, ELI.id_local, Literal(d.number)))
    if d.issuer:
        g.add((notice, ELI.passed_by, w.agency(d.issuer)))
        g.add((notice, GOV.issuerName, Literal(d.issuer)))
    for prop, value in ((ELI.date_document, d.signed), (ELI.date_publication, d.published)):
        if value and len(value) == 10:  # ELI dates are full dates
            g.add((notice, prop, _date(value)))
    if d.signed and len(d.signed) == 7:
        g.add((notice, GOV.signedMonth, _date(d.signed)))
    g.add((notice, GOV.documentKind, GOV[f"kind/{d.kind}"]))
    for addressee in d.addressees:
        g.add((notice, GOV.addressee, Literal(addressee)))
    g.add((notice, GOV.sourceFile, Literal(nf.source.replace("\\", "/").rsplit("/", 1)[-1])))
    if nf.origin:
        g.add((notice, GOV.source, Literal(nf.origin)))
    g.add((notice, GOV.rawText, Literal(nf.text)))
    groups: dict[str, str] = {}

    def group(name: str) -> str:
        if name not in groups:
            gi = str(group_iri(notice, name))
            groups[name] = gi
            g.add((gi, RDF.type, GOV.Group))
            g.add((gi, RDFS.label, Literal(name)))
            g.add((gi, GOV.setUpBy, notice))
        return groups[name]

    for fact in nf.facts:
        if isinstance(fact, (Appointment, Removal, Position)):
            kind = {Appointment: "appointment", Removal: "removal", Position: "listing"}[type(fact)]
            node = w.node(kind)
            cls = {Appointment: GOV.Appointment, Removal: GOV.Removal, Position: GOV.PostListing}[type(fact)]
            person = w.mention(fact.person, _anchor(nf, fact))
            post = w.post(fact.post)
            g.add((node, RDF.type, cls))
            g.add((node, GOV.person, person))
            g.add((node, GOV.post, post))
            g.add((node, GOV.agencyName, Literal(fact.post.agency)))
            g.add((node, GOV.notice, notice))
            if isinstance(fact, Position):
                g.add((person, GOV.holdsPost, post))
            if isinstance(fact, Appointment):
                if fact.probation:
                    g.add((node, GOV.probation, Literal(fact.probation, datatype=XSD.duration)))
                if fact.secondment:
                    g.add((node, GOV.secondment, Literal(True)))
                for prop, value in ((GOV.startDate, fact.start), (GOV.endDate, fact.end)):
                    if _date(value) is not None:
                        g.add((node, prop, _date(value)))
            w.evidence(node, fact.span)
        elif isinstance(fact, Membership):
            node = w.node("membership")
            person = w.mention(fact.person, _anchor(nf, fact))
            gi = group(fact.group)
            role = _role_iri(fact.role)
            g.add((node, RDF.type, ORG.Membership))
            g.add((node, ORG.member, person))
            g.add((node, ORG.organization, gi))
            g.add((node, ORG.role, role))
            g.add((role, RDF.type, GOV.GroupRole))
            g.add((role, SKOS.prefLabel, Literal(fact.role)))
            g.add((gi, GOV.hasMember, person))
            g.add((node, GOV.notice, notice))
            for post in fact.posts:
                g.add((person, GOV.holdsPost, w.post(post)))
            w.evidence(node, fact.span)
        elif isinstance(fact, Subgroup):
            child, parent = group(fact.group), group(fact.parent)
            g.add((child, ORG.subOrganizationOf, parent))
        elif isinstance(fact, Assignment):
            node = w.node("assignment")
            task = f"{notice}/task/{_task_key(fact.task)}"
            agency = w.agency(fact.agency)
            g.add((task, RDF.type, GOV.Task))
            g.add((task, RDFS.label, Literal(fact.task)))
            g.add((task, GOV.partOf, notice))
            g.add((node, RDF.type, GOV.TaskAssignment))
            g.add((node, GOV.task, task))
            g.add((node, GOV.taskRole, GOV[f"taskRole/{fact.role}"]))
            g.add((node, GOV.agency, agency))
            g.add((node, GOV.agencyName, Literal(fact.agency)))
            g.add((node, GOV.notice, notice))
            g.add((notice, _TASK_ROLE[fact.role], agency))
            w.evidence(node, fact.span)
        elif isinstance(fact, Citation):
            cited = str(doc_ref_iri(fact.number))
            g.add((notice, ELI.cites, cited))
            g.add((cited, ELI.id_local, Literal(fact.number)))
            if fact.title:
                g.add((cited, GOV.citedTitle, Literal(fact.title)))
            node = w.node("citation")
            g.add((node, RDF.type, GOV.Citation))
            g.add((node, GOV.cited, cited))
            g.add((node, GOV.notice, notice))
            w.evidence(node, fact.span)
    return g


def _task_key(task: str) -> str:
    return digest(task, n=10)
