"""Validation: the SHACL shapes of ``shapes/`` against the graph.

Shapes files named ``cross-*.ttl`` hold the cross-document constraints; they run
once over the union of the whole store (with the identity graph, so
``gov:denotes`` joins mentions across notices). Every other shapes file runs per
named graph, each with the ontology mixed in, so the cost grows with the corpus,
not its square. A Turtle file (no named graphs) is checked with all shapes at once.

The result is one ``sh:ValidationReport`` graph and readable rows (severity, focus
node, notice, span text, message).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH, SKOS
from rdflib.util import guess_format

from .errors import GovkgError
from .namespaces import ELI, GOV, ID, OA, PREFIXES
from .store import Store

INFERRED_GRAPH = ID["graph/inferred"]
_NOTICE_LINKS = (GOV.notice, PROV.wasDerivedFrom, GOV.mentionedIn, GOV.setUpBy, GOV.partOf)


class ValidationError(GovkgError):
    """The data to validate could not be read."""


@dataclass
class Row:
    severity: str          # "Violation" | "Warning" | "Info"
    focus: str
    notice: str | None
    span: str | None
    message: str
    path: str | None = None

    def format(self) -> str:
        span = f" “{self.span}”" if self.span else ""
        return f"{self.severity.upper():9} {self.focus}  [{self.notice or '-'}]{span}\n          {self.message}"


@dataclass
class Report:
    graph: Graph
    rows: list[Row] = field(default_factory=list)
    checked: int = 0
    unchanged: int = 0     # graphs not re-checked: valid at the last validation and not rebuilt since

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.rows)

    @property
    def warnings(self) -> int:
        return sum(r.severity == "Warning" for r in self.rows)

    @property
    def conforms(self) -> bool:
        """Warnings allowed; any violation fails."""
        return self.violations == 0

    def summary(self) -> str:
        kept = f" ({self.unchanged} unchanged since the last validation)" if self.unchanged else ""
        return (f"{'conforms' if self.conforms else 'does not conform'}: {self.checked} graphs checked{kept}, "
                f"{self.violations} violations, {self.warnings} warnings")


def ontology() -> Graph:
    """The govkg ontology with its concept schemes."""
    g = Graph()
    for name in ("govkg.ttl", "roles.ttl"):
        g.parse(data=resources.files("govkg.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g


def shapes(cross: bool | None = None) -> Graph:
    """The shapes graph: per-graph shapes (cross=False), cross-document ones (True), or all (None)."""
    g = Graph()
    for f in sorted(resources.files("govkg.shapes").iterdir(), key=lambda f: f.name):
        if not f.name.endswith(".ttl"):
            continue
        is_cross = f.name.startswith("cross-")
        if f.name == "prefixes.ttl" or cross is None or cross == is_cross:
            g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    return g


def _run(data: Graph, shapes_graph: Graph, ont: Graph) -> Graph:
    mixed = Graph()
    for t in data:
        mixed.add(t)
    for t in ont:
        mixed.add(t)
    _, results, _ = shacl_validate(mixed, shacl_graph=shapes_graph, inference="none", allow_warnings=True)
    return results


def _notice_of(data: Graph, focus, default: URIRef | None) -> URIRef | None:
    if (focus, RDF.type, GOV.Notice) in data:
        return focus
    for p in _NOTICE_LINKS:
        n = data.value(focus, p)
        if n is not None:
            return n
    if default is not None and default != ID["graph/identity"]:
        return default
    for fact in data.subjects(None, focus):  # a post or agency: the first fact that uses it
        n = data.value(fact, GOV.notice)
        if n is not None:
            return n
    return None


def _span_of(data: Graph, focus) -> str | None:
    sel = data.value(focus, GOV.evidence)
    if sel is None:
        for fact in data.subjects(None, focus):
            sel = data.value(fact, GOV.evidence)
            if sel is not None:
                break
    if sel is not None and data.value(sel, OA.exact) is not None:
        return str(data.value(sel, OA.exact))
    for p in (RDFS.label, SKOS.prefLabel, GOV.name, GOV.title):
        if data.value(focus, p) is not None:
            return str(data.value(focus, p))
    return None


def _rows(results: Graph, data: Graph, default: URIRef | None) -> list[Row]:
    rows = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        sev = str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        msgs = [str(m) for m in results.objects(r, SH.resultMessage)]
        path = results.value(r, SH.resultPath)
        notice = _notice_of(data, focus, default)
        number = data.value(notice, ELI.id_local) if notice is not None else None
        rows.append(Row(severity=sev, focus=str(focus),
                        notice=str(number) if number else (str(notice) if notice is not None else None),
                        span=_span_of(data, focus), message=" | ".join(sorted(msgs)),
                        path=str(path) if path is not None else None))
    return rows


class _Collector:
    def __init__(self) -> None:
        self.graph = Graph()
        for p, ns in PREFIXES.items():
            self.graph.bind(p, ns)
        self.graph.bind("sh", SH)
        self.node = BNode()
        self.rows: list[Row] = []
        self.checked = 0

    def add(self, data: Graph, shapes_graph: Graph, ont: Graph, name: URIRef | None) -> None:
        results = _run(data, shapes_graph, ont)
        self.checked += 1
        for report in results.subjects(RDF.type, SH.ValidationReport):
            for r in results.objects(report, SH.result):
                self.graph.add((self.node, SH.result, r))
        for t in results:
            if t[1] not in (SH.conforms, SH.result) and not (t[1] == RDF.type and t[2] == SH.ValidationReport):
                self.graph.add(t)
        self.rows.extend(_rows(results, data, name))

    def add_results(self, results: Graph, store: ox.Store) -> None:
        """Results of the cross-document run; context (notice, span) looked up in the store."""
        for r in results.subjects(RDF.type, SH.ValidationResult):
            self.graph.add((self.node, SH.result, r))
        for t in results:
            self.graph.add(t)
        context = Graph()
        for f in {results.value(r, SH.focusNode) for r in results.subjects(RDF.type, SH.ValidationResult)}:
            for sol in store.query(_CONTEXT.replace("$f", f"<{f}>"), use_default_graph_as_union=True):
                n, num, exact, label = (_rdflib(sol[v]) for v in ("n", "num", "exact", "label"))
                if n is not None:
                    context.add((f, GOV.notice, n))
                    if num is not None:
                        context.add((n, ELI.id_local, num))
                if exact is not None:
                    context.add((f, GOV.evidence, BNode(f"ev{hash(f)}")))
                    context.add((BNode(f"ev{hash(f)}"), OA.exact, exact))
                if label is not None:
                    context.add((f, RDFS.label, label))
        self.rows.extend(_rows(results, context, None))

    def report(self) -> Report:
        rows = sorted(self.rows, key=lambda r: (r.severity != "Violation", r.notice or "", r.focus, r.message))
        rep = Report(graph=self.graph, rows=rows, checked=self.checked)
        self.graph.add((self.node, RDF.type, SH.ValidationReport))
        self.graph.add((self.node, SH.conforms, Literal(rep.conforms)))
        return rep


def _validate_dataset(named: list[Graph], store: ox.Store | None = None) -> Report:
    """Local shapes per graph (pyshacl); cross-document shapes once over the union (Oxigraph)."""
    ont, local = ontology(), shapes(cross=False)
    c = _Collector()
    for g in named:
        c.add(g, local, ont, g.identifier if isinstance(g.identifier, URIRef) else None)
    if store is None:
        store = ox.Store()
        for i, g in enumerate(named):
            store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(f"urn:govkg:validate:{i}"))
    c.add_results(cross_results(store, shapes(cross=True)), store)
    return c.report()


def validate_store(store: Store, graphs: list[str] | None = None,
                   progress: Callable[[str], None] | None = None, incremental: bool = False,
                   jobs: int | None = None) -> Report:
    """The per-graph shapes as SPARQL over the whole store (or only ``graphs``), then the
    cross-document shapes over the union. Same verdicts as pyshacl graph by graph (the
    tests hold the two to it), one query per constraint instead of one run per notice.

    ``jobs``: queries at a time (default: all cores; each runs on its own core).
    ``incremental``: per-graph checks only for what the ledger does not hold as valid
    (notices built since the last validation, notices that failed, the graphs that are
    not a notice's); the outcome is recorded. ``progress`` is told what runs as it starts."""
    from . import ledger
    from .shacl_sparql import compile_shapes, run_checks

    checks = compile_shapes(shapes(cross=False), ontology())
    c = _Collector()
    everything = [g for g in store.graphs() if g != str(INFERRED_GRAPH)]
    record = graphs is None
    valid = ledger.read(store.path) if graphs is None else None
    if incremental and valid is not None:
        graphs = [g for g in everything if g not in valid]
    names = everything if graphs is None else list(graphs)

    def tell(i: int, n: int, check) -> None:
        if progress:
            progress(f"per-notice constraint {i + 1}/{n} over {len(names)} of {len(everything)} graphs")

    failing: set[str] = set()
    results = run_checks(store.ox, checks, None if graphs is None else names, skip=[str(INFERRED_GRAPH)],
                         progress=tell, failing=failing, jobs=jobs)
    c.checked = len(names)
    c.add_results(results, store.ox)
    if progress:
        progress("cross-document constraints over the whole store")
    c.add_results(cross_results(store.ox, shapes(cross=True), jobs=jobs), store.ox)
    if record:
        notices = str(ID["notice/"])
        kept = (valid or set()) & set(everything) if incremental else set()
        ledger.record(store.path, kept | {g for g in names if g.startswith(notices) and g not in failing})
    report = c.report()
    report.unchanged = len(everything) - len(names)
    return report


# ---------------------------------------------------------------- SHACL-SPARQL on Oxigraph

#: where a focus node of a cross-document result comes from: its notice and the words
_CONTEXT = f"""
PREFIX gov: <{GOV}> PREFIX eli: <{ELI}> PREFIX oa: <{OA}> PREFIX prov: <{PROV}>
PREFIX rdfs: <{RDFS}> PREFIX skos: <{SKOS}> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?n ?num ?exact ?label WHERE {{
    OPTIONAL {{
        {{ $f a gov:Notice . BIND($f AS ?n) }}
        UNION {{ $f gov:notice|prov:wasDerivedFrom|gov:mentionedIn|gov:setUpBy|gov:partOf ?n }}
        UNION {{ ?x gov:agency|gov:post|gov:person|gov:task|org:member $f ; gov:notice ?n .
                 OPTIONAL {{ ?x gov:evidence/oa:exact ?ex0 }} }}
        UNION {{ ?p gov:inAgency $f . ?x gov:post ?p ; gov:notice ?n . OPTIONAL {{ ?x gov:evidence/oa:exact ?ex0 }} }}
        UNION {{ ?n eli:passed_by $f }}
        OPTIONAL {{ ?n eli:id_local ?num }}
    }}
    OPTIONAL {{ $f gov:evidence/oa:exact ?ex1 }}
    OPTIONAL {{ $f rdfs:label|skos:prefLabel|gov:name ?label }}
    BIND(COALESCE(?ex1, ?ex0) AS ?exact)
}} LIMIT 1"""

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _prefixes(sg: Graph, constraint) -> str:
    out = []
    for node in sg.objects(constraint, SH.prefixes):
        for decl in sg.objects(node, SH.declare):
            out.append(f"PREFIX {sg.value(decl, SH.prefix)}: <{sg.value(decl, SH.namespace)}>")
    return "\n".join(out)


def _rdflib(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value) if term.datatype else None)


def cross_results(store: ox.Store, sg: Graph, jobs: int | None = None) -> Graph:
    """Run every sh:sparql constraint of ``sg`` over the union of ``store`` in one query each,
    ``jobs`` queries at a time (default: all cores).

    SHACL-SPARQL pre-binds ``$this`` per focus node; here ``$this`` is bound instead by the
    node shape's targets (``?this rdf:type <targetClass>``, direct types as the graph writes
    them), prepended to the WHERE clause, so a constraint costs one query, not one per node.
    The constraints are written so that both readings agree (tests check them against pyshacl).
    """
    from .shacl_sparql import add_result, in_threads, read_all

    constraints = []
    for shape in sorted(set(sg.subjects(SH.sparql, None)), key=str):
        classes = ", ".join(f"<{c}>" for c in sg.objects(shape, SH.targetClass))
        for constraint in sg.objects(shape, SH.sparql):
            select = str(sg.value(constraint, SH.select)).replace("$this", "?this")
            m = _WHERE.search(select)
            if not m or not classes:
                raise GovkgError(f"shape {shape}: a cross-document constraint needs sh:targetClass and WHERE {{")
            # (the targets as a DISTINCT subquery: over the union of the graphs a node has its type
            # once per notice that names it, and every pattern joined with it would be read as
            # many times; the classes by FILTER, not VALUES, which makes Oxigraph evaluate the
            # rest once per node)
            targets = f"{{ SELECT DISTINCT ?this WHERE {{ ?this a ?__target . FILTER(?__target IN ({classes})) }} }}"
            query = _prefixes(sg, constraint) + "\n" + select[:m.end()] + f" {targets} " + select[m.end():]
            constraints.append((shape, constraint, query))

    def run(item):
        return read_all(store, item[2], use_default_graph_as_union=True)

    results = Graph()
    for (shape, constraint, _), (variables, rows) in zip(constraints, in_threads(jobs, run, constraints)):
        severity = sg.value(shape, SH.severity) or SH.Violation
        messages = list(sg.objects(constraint, SH.message))
        seen = set()
        for row in rows:
            binding = {v: _rdflib(t) for v, t in zip(variables, row) if t is not None}
            key = tuple(sorted((k, str(v)) for k, v in binding.items()))
            if key in seen:
                continue
            seen.add(key)
            add_result(results, binding, severity, shape, SH.SPARQLConstraintComponent, messages,
                       constraint=constraint)
    return results



def validate_dataset(ds: Dataset) -> Report:
    """Each named graph of ``ds`` (and its default graph, if not empty), then the union."""
    named = []
    for c in ds.graphs():
        if not len(c) or c.identifier == INFERRED_GRAPH:
            continue
        g = Graph(identifier=c.identifier if isinstance(c.identifier, URIRef) else None)
        for t in c:
            g.add(t)
        named.append(g)
    return _validate_dataset(named)


def validate_file(path: str | Path) -> Report:
    """A TriG / N-Quads file is checked graph by graph; a Turtle (or other triples) file as one graph."""
    path = Path(path)
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            return validate_dataset(ds)
        data = Graph()
        data.parse(path, format=fmt)
    except (OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(f"{path}: cannot read as RDF ({exc})") from exc
    except Exception as exc:  # rdflib parsers raise their own types (BadSyntax, ParserError)
        raise ValidationError(f"{path}: cannot read as RDF ({type(exc).__name__}: {exc})") from exc
    return _validate_dataset([data])


__all__ = ["validate_store", "validate_file", "validate_dataset", "cross_results", "ontology", "shapes", "Report", "Row", "ValidationError",
           "INFERRED_GRAPH"]
