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

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .lexicon import region_of
from .facts import (Appointment, Assignment, Citation, Membership, NoticeFacts, Position, Post, Removal,
                    Subgroup)
from .namespaces import ELI as _ELI, GOV as _GOV, OA as _OA, ORG as _ORG
from .namespaces import PREFIXES, agency_iri, digest, doc_ref_iri, group_iri, notice_iri, post_iri, role_iri
from .resolve.agencies import qualify


class _Terms:
    """A namespace whose terms are made once: ``GOV.person`` on an rdflib ``Namespace``
    builds and checks a new ``URIRef`` at every use (a tenth of the writer's time)."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._ns, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._ns[name]


ELI, GOV, OA, ORG = _Terms(_ELI), _Terms(_GOV), _Terms(_OA), _Terms(_ORG)
DCTERMS, PROV, RDF, RDFS, SKOS, XSD = (_Terms(ns) for ns in (DCTERMS, PROV, RDF, RDFS, SKOS, XSD))

_TASK_ROLE = {"lead": GOV.assignsLead, "support": GOV.assignsSupport, "responsible": GOV.assignsResponsible}


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


class Triples:
    """A notice's triples, each once, in the order written (what the writer fills)."""

    def __init__(self, identifier: URIRef):
        self.identifier = identifier
        self.triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self.triples[triple] = None

    def graph(self) -> Graph:
        """The triples as an rdflib graph named by the notice."""
        g = new_graph(self.identifier)
        for t in self.triples:
            g.add(t)
        return g

    def nquads(self) -> bytes:
        """The triples as N-Quads in the notice's named graph (for bulk loading)."""
        name = ox.NamedNode(str(self.identifier))
        terms: dict = {}  # each term converted once (the notice, the predicates, the types recur)

        def term(t):
            try:
                return terms[t]
            except KeyError:
                terms[t] = out = _ox(t)
                return out

        quads = [ox.Quad(term(s), term(p), term(o), name) for s, p, o in self.triples]
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _ox(term):
    """An rdflib IRI or literal as the pyoxigraph term with the same lexical form."""
    if isinstance(term, Literal):
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
        self.notice = notice_iri(d.number, d.title, nf.text)
        self.region = region_of(d.issuer)[0]
        self.g = Triples(self.notice)
        self.mentions: dict[tuple, URIRef] = {}
        self.counter: dict[str, int] = {}

    def node(self, kind: str) -> URIRef:
        n = self.counter.get(kind, 0) + 1
        self.counter[kind] = n
        return URIRef(f"{self.notice}/{kind}/{n}")

    def evidence(self, node: URIRef, span: tuple[int, int]) -> None:
        g = self.g
        sel = URIRef(f"{node}/span")
        g.add((node, PROV.wasDerivedFrom, self.notice))
        g.add((node, GOV.evidence, sel))
        g.add((sel, RDF.type, OA.TextPositionSelector))
        g.add((sel, OA.start, Literal(span[0])))
        g.add((sel, OA.end, Literal(span[1])))
        g.add((sel, OA.exact, Literal(self.nf.text[span[0]:span[1]])))

    def agency(self, printed: str) -> URIRef:
        qualified = qualify(printed, self.region)
        a = agency_iri(qualified)
        self.g.add((a, RDF.type, GOV.Agency))
        self.g.add((a, SKOS.prefLabel, Literal(qualified)))
        if printed != qualified:
            self.g.add((a, SKOS.altLabel, Literal(printed)))
        return a

    def post(self, post: Post) -> URIRef:
        qualified = qualify(post.agency, self.region)
        p = post_iri(qualified, post.title)
        a = self.agency(post.agency)
        if post.alias:
            self.g.add((a, SKOS.altLabel, Literal(qualify(post.alias, self.region))))
        self.g.add((p, RDF.type, GOV.Post))
        self.g.add((p, GOV.inAgency, a))
        self.g.add((p, GOV.title, Literal(post.title)))
        self.g.add((p, RDFS.label, Literal(qualified + post.title)))
        return p

    def mention(self, name: str, anchor: tuple) -> URIRef:
        """One mention per person per place in the notice (see ``_anchor``)."""
        key = (name, anchor)
        if key not in self.mentions:
            m = URIRef(f"{self.notice}/person/{len(self.mentions) + 1}")
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
    groups: dict[str, URIRef] = {}

    def group(name: str) -> URIRef:
        if name not in groups:
            gi = group_iri(notice, name)
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
            role = role_iri(fact.role)
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
            task = URIRef(f"{notice}/task/{_task_key(fact.task)}")
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
            cited = doc_ref_iri(fact.number)
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
