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

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

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
        return (f"{'conforms' if self.conforms else 'does not conform'}: {self.checked} graphs checked, "
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
    _, results, _ = shacl_validate(data, shacl_graph=shapes_graph, ont_graph=ont, inference="none",
                                   allow_warnings=True)
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


def _short(term) -> str:
    s = str(term)
    return s[len(str(ID)):] if s.startswith(str(ID)) else s


def _rows(results: Graph, data: Graph, default: URIRef | None) -> list[Row]:
    from urllib.parse import unquote
    rows = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        sev = str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        msgs = [str(m) for m in results.objects(r, SH.resultMessage)]
        path = results.value(r, SH.resultPath)
        notice = _notice_of(data, focus, default)
        number = data.value(notice, ELI.id_local) if notice is not None else None
        rows.append(Row(severity=sev, focus=unquote(_short(focus)),
                        notice=str(number) if number else (unquote(_short(notice)) if notice else None),
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

    def report(self) -> Report:
        rows = sorted(self.rows, key=lambda r: (r.severity != "Violation", r.notice or "", r.focus, r.message))
        rep = Report(graph=self.graph, rows=rows, checked=self.checked)
        self.graph.add((self.node, RDF.type, SH.ValidationReport))
        self.graph.add((self.node, SH.conforms, Literal(rep.conforms)))
        return rep


def _validate_dataset(named: list[Graph]) -> Report:
    ont, local, cross = ontology(), shapes(cross=False), shapes(cross=True)
    c = _Collector()
    union = Graph()
    for g in named:
        c.add(g, local, ont, g.identifier if isinstance(g.identifier, URIRef) else None)
        for t in g:
            if t[1] != GOV.rawText:
                union.add(t)
    c.add(union, cross, ont, None)
    c.checked -= 1  # the union run is not a graph of its own
    return c.report()


def validate_store(store: Store) -> Report:
    """Per named graph (except the inferred one), then the cross-document shapes over the union."""
    named = []
    for name in store.graphs():
        if name == str(INFERRED_GRAPH):
            continue
        g = Graph(identifier=URIRef(name))
        g.parse(data=store.dump(_nt(), from_graph=name), format="nt")
        named.append(g)
    return _validate_dataset(named)


def _nt():
    import pyoxigraph as ox
    return ox.RdfFormat.N_TRIPLES


def validate_file(path: str | Path) -> Report:
    """A TriG / N-Quads file is checked graph by graph; a Turtle (or other triples) file as one graph."""
    path = Path(path)
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            named = [ds.graph(c.identifier) for c in ds.contexts()
                     if len(c) and c.identifier != INFERRED_GRAPH and isinstance(c.identifier, URIRef)
                     and c.identifier != URIRef("urn:x-rdflib:default")]
            default = Graph()
            for t in ds.default_context:
                default.add(t)
            if len(default):
                named.append(default)
            return _validate_dataset(named)
        data = Graph()
        data.parse(path, format=fmt)
    except (OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(f"{path}: cannot read as RDF ({exc})") from exc
    except Exception as exc:  # rdflib parsers raise their own types (BadSyntax, ParserError)
        raise ValidationError(f"{path}: cannot read as RDF ({type(exc).__name__}: {exc})") from exc
    c = _Collector()
    c.add(data, shapes(), ontology(), None)
    return c.report()


__all__ = ["validate_store", "validate_file", "ontology", "shapes", "Report", "Row", "ValidationError",
           "INFERRED_GRAPH"]
