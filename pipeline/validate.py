"""Validation: the SHACL shapes of ``shapes/`` against the graph.

Shapes files named ``cross-*.ttl`` hold the cross-document constraints; they run
once over the union of the whole store (with the identity graph, so
``gov:denotes`` joins mentions across notices). Every other shapes file runs per
named graph, each with the ontology mixed in, so the cost grows with the corpus,
not its square. A Turtle file (no named graphs) is checked with all shapes at once.

The result is a ``sh:ValidationReport`` and readable rows (severity, focus node,
notice, span text, message). A store's results stream: written to the report file,
counted and the first rows kept as they come (see ``validate_store``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SH, SKOS
from rdflib.util import guess_format

from .errors import GovkgError
from .namespaces import ELI, GOV, ID, OA, PREFIXES
from .shacl_sparql import Result
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
    """The outcome: ``counts`` of results by (severity, source shape), the rows to show, and
    the report graph (pyshacl's path; a store's report is written as it runs, see validate_store)."""
    graph: Graph | None
    rows: list[Row] = field(default_factory=list)
    checked: int = 0
    unchanged: int = 0     # graphs not re-checked: valid at the last validation and not rebuilt since
    counts: Counter = field(default_factory=Counter)

    @property
    def results(self) -> int:
        return sum(self.counts.values())

    def _severity(self, name: str) -> int:
        return sum(n for (sev, _), n in self.counts.items() if sev == name)

    @property
    def violations(self) -> int:
        return self._severity("Violation")

    @property
    def warnings(self) -> int:
        return self._severity("Warning")

    @property
    def conforms(self) -> bool:
        """Warnings allowed; any violation fails."""
        return self.violations == 0

    def summary(self) -> str:
        kept = f" ({self.unchanged} unchanged since the last validation)" if self.unchanged else ""
        return (f"{'conforms' if self.conforms else 'does not conform'}: {self.checked} graphs checked{kept}, "
                f"{self.violations} violations, {self.warnings} warnings")

    def by_shape(self) -> list[str]:
        """One line per (severity, shape) with its count, most first."""
        return [f"{n:8} {sev} {shape}" for (sev, shape), n in self.counts.most_common()]


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _source(shape, path) -> str:
    """A result's shape as a count's key: a node shape's name, a property's path after it
    (a property shape is a blank node)."""
    name = _short(str(shape)) if isinstance(shape, URIRef) else "property"
    return f"{name} {_short(str(path))}" if path is not None else name


def _sort_key(row: Row) -> tuple:
    """The report's order: violations first, then by focus node (a fact's IRI starts with its
    notice's, so a notice's rows come together)."""
    return row.severity != "Violation", row.focus, row.message, row.path or ""


def _result_key(r: Result) -> tuple:
    """``_sort_key`` of the row ``r`` gives, read from the result alone (no lookups)."""
    return _short(str(r.severity)) != "Violation", str(r.focus), _message(r.messages), str(r.path) if r.path is not None else ""


def _message(messages) -> str:
    """A result's messages as its row shows them."""
    return " | ".join(sorted(str(m) for m in messages))


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
        path = results.value(r, SH.resultPath)
        notice = _notice_of(data, focus, default)
        number = data.value(notice, ELI.id_local) if notice is not None else None
        rows.append(Row(severity=sev, focus=str(focus),
                        notice=str(number) if number else (str(notice) if notice is not None else None),
                        span=_span_of(data, focus), message=_message(results.objects(r, SH.resultMessage)),
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

    def add_results(self, results: Iterable[Result], context: "_Context") -> None:
        """Results found by queries; their context (notice, span) looked up in the store."""
        for r in results:
            node = BNode()
            self.graph.add((self.node, SH.result, node))
            for t in r.triples(node):
                self.graph.add(t)
            self.rows.append(context.row(r))

    def report(self) -> Report:
        rows = sorted(self.rows, key=_sort_key)
        g = self.graph
        counts = Counter((_short(str(g.value(n, SH.resultSeverity))),
                          _source(g.value(n, SH.sourceShape), g.value(n, SH.resultPath)))
                         for n in g.subjects(RDF.type, SH.ValidationResult))
        rep = Report(graph=self.graph, rows=rows, checked=self.checked, counts=counts)
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
    c.add_results(cross_checks(store, shapes(cross=True)), _Context(store))
    return c.report()


def validate_store(store: Store, graphs: list[str] | None = None,
                   progress: Callable[[str], None] | None = None, incremental: bool = False,
                   jobs: int | None = None, report_file: BinaryIO | None = None, keep: int = 0) -> Report:
    """The per-graph shapes as SPARQL over the whole store (or only ``graphs``), then the
    cross-document shapes over the union. Same verdicts as pyshacl graph by graph (the
    tests hold the two to it), one query per constraint instead of one run per notice.

    The results stream: each is written to ``report_file`` (Turtle, the sh:ValidationReport
    with its results; sh:conforms at the end) and counted as it comes, and only the first
    ``keep`` rows in the report's order are kept (0: all), so a store with many results
    holds no report graph. ``jobs``: queries at a time (default: all cores; each runs on
    its own core). ``incremental``: per-graph checks only for what the ledger does not hold
    as valid (notices built since the last validation, notices that failed, the graphs that
    are not a notice's); the outcome is recorded. ``progress`` is told what runs."""
    from . import derived, ledger
    from .post_checks import SHAPES as POST_SHAPES, post_checks
    from .shacl_sparql import check_results, compile_shapes

    checks = compile_shapes(shapes(cross=False), ontology())
    everything = [g for g in store.graphs() if g != str(INFERRED_GRAPH)]
    record = graphs is None
    valid = ledger.read(store.path) if graphs is None else None
    if incremental and valid is not None:
        graphs = [g for g in everything if g not in valid]
    names = everything if graphs is None else list(graphs)
    out = _Stream(_Context(store.ox), report_file, keep)

    def tell(done: int, total: int) -> None:
        if progress:
            progress(f"per-notice constraint {done}/{total} over {len(names)} of {len(everything)} graphs"
                     f" ({out.total} results so far)")

    failing: set[str] = set()
    if progress:
        tell(0, len(checks))
    side = [g for g in everything if not g.startswith(str(ID["notice/"]))]  # (the resolver's, the records')
    for r in check_results(store.ox, checks, None if graphs is None else names, skip=[str(INFERRED_GRAPH)],
                           progress=tell, jobs=jobs, side=side):
        failing.add(r.graph)
        out.add(r)
    if progress:
        progress(f"cross-document constraints over the whole store ({out.total} results so far)")
    cross, skip = shapes(cross=True), ()
    if derived.current(store):  # (who holds a post when: from the posts' timelines, post by post)
        for r in post_checks(store.ox, cross):
            out.add(r)
        skip = POST_SHAPES
        if progress:
            progress(f"the shapes of a post's holders read from its timeline ({out.total} results so far)")
    for r in cross_checks(store.ox, cross, jobs=jobs, skip=skip):
        out.add(r)
    if record:
        notices = str(ID["notice/"])
        kept = (valid or set()) & set(everything) if incremental else set()
        ledger.record(store.path, kept | {g for g in names if g.startswith(notices) and g not in failing})
    report = out.close(checked=len(names))
    report.unchanged = len(everything) - len(names)
    return report


# ---------------------------------------------------------------- results as they come

_NOTICE_OF = (GOV.notice, PROV.wasDerivedFrom, GOV.mentionedIn, GOV.setUpBy, GOV.partOf)
_USED_BY = (GOV.agency, GOV.post, GOV.person, GOV.task, ORG.member)
_LABELS = (RDFS.label, SKOS.prefLabel, GOV.name)


class _Context:
    """Where a result's focus node comes from, for its row: its notice (number) and the words
    (the span of its evidence, else a label), by a few index lookups per focus node over the
    union of the graphs. In order: the node is a notice; the node's own link to its notice;
    the first fact that names it (an agency, post, person, task or member: that fact's
    notice and evidence); a fact on a post of the agency; a notice the agency passed."""

    def __init__(self, store) -> None:
        self.store = store
        self.cache: dict = {}

    def _quads(self, s=None, p=None, o=None) -> Iterator:
        return iter(self.store.quads_for_pattern(s, p, o, None))

    def _value(self, s, p):
        q = next(self._quads(s, _ox(p)), None)
        return q.object if q is not None else None

    def _exact(self, node):
        sel = self._value(node, GOV.evidence)
        return self._value(sel, OA.exact) if sel is not None and not isinstance(sel, ox.Literal) else None

    def _notice(self, f) -> tuple:
        """(notice, the evidence's words of the fact that names ``f``)."""
        if next(self._quads(f, _ox(RDF.type), _ox(GOV.Notice)), None) is not None:
            return f, None
        for p in _NOTICE_OF:
            n = self._value(f, p)
            if n is not None:
                return n, None
        for p in _USED_BY:
            for q in self._quads(None, _ox(p), f):
                n = self._value(q.subject, GOV.notice)
                if n is not None:
                    return n, self._exact(q.subject)
        for q in self._quads(None, _ox(GOV.inAgency), f):
            for q2 in self._quads(None, _ox(GOV.post), q.subject):
                n = self._value(q2.subject, GOV.notice)
                if n is not None:
                    return n, self._exact(q2.subject)
        q = next(self._quads(None, _ox(ELI.passed_by), f), None)
        return (q.subject if q is not None else None), None

    def of(self, focus) -> tuple[str | None, str | None]:
        """(notice number or IRI, span) of ``focus``."""
        key = str(focus)
        if key not in self.cache:
            if len(self.cache) > 100_000:  # (results of one focus node come together)
                self.cache.clear()
            f = _ox(focus)
            n, words = self._notice(f)
            num = self._value(n, ELI.id_local) if isinstance(n, ox.NamedNode) else None
            exact = self._exact(f) or words
            if exact is None:
                exact = next((v for v in (self._value(f, p) for p in _LABELS) if v is not None), None)
            notice = num.value if isinstance(num, ox.Literal) else (n.value if n is not None else None)
            self.cache[key] = notice, (exact.value if exact is not None else None)
        return self.cache[key]

    def row(self, r: Result) -> Row:
        notice, span = self.of(r.focus)
        return Row(severity=_short(str(r.severity)), focus=str(r.focus), notice=notice, span=span,
                   message=_message(r.messages),
                   path=str(r.path) if r.path is not None else None)


def _ox(term):
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.Literal(str(term), language=term.language) if term.language else \
        ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


class _Stream:
    """The results as they come: each written to the report file, counted by severity and
    shape, and kept while it is among the first ``keep`` in the report's order; the kept
    ones' rows (their notice and span: lookups) are made at the end."""

    def __init__(self, context: _Context, out: BinaryIO | None, keep: int) -> None:
        self.context, self.keep = context, keep
        self.writer = _TurtleWriter(out) if out is not None else None
        self.kept: list[Result] = []
        self.counts: Counter = Counter()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, r: Result) -> None:
        self.counts[_short(str(r.severity)), _source(r.node_shape or r.shape, r.path)] += 1
        if self.writer:
            self.writer.result(r)
        self.kept.append(r)
        if self.keep and len(self.kept) >= 2 * self.keep:
            self.kept = sorted(self.kept, key=_result_key)[:self.keep]

    def close(self, checked: int) -> Report:
        kept = sorted(self.kept, key=_result_key)
        rows = [self.context.row(r) for r in (kept[:self.keep] if self.keep else kept)]
        report = Report(graph=None, rows=rows, checked=checked, counts=self.counts)
        if self.writer:
            self.writer.end(report.conforms)
        return report


class _TurtleWriter:
    """A sh:ValidationReport written as Turtle result by result: ``_:report sh:result _:rN``
    with each result's statements, then ``sh:conforms`` once every result is known."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.n = out, 0
        self.out.write(f"@prefix sh: <{SH}> .\n@prefix rdf: <{RDF}> .\n\n"
                       "_:report a sh:ValidationReport .\n".encode("utf-8"))

    def result(self, r: Result) -> None:
        self.n += 1
        node = f"_:r{self.n}"
        lines = [f"_:report sh:result {node} ."]
        lines += [f"{node} {_term(p)} {_term(o)} ." for _, p, o in r.triples(node)]
        self.out.write(("\n".join(lines) + "\n").encode("utf-8"))

    def end(self, conforms: bool) -> None:
        self.out.write(f"_:report sh:conforms {'true' if conforms else 'false'} .\n".encode("utf-8"))
        self.out.flush()


def _term(t) -> str:
    """A term in Turtle: IRIs and literals in full, blank nodes (shapes', data's) by a label."""
    if isinstance(t, BNode):
        return "_:b" + re.sub(r"[^A-Za-z0-9]", "_", str(t))
    if isinstance(t, URIRef) and str(t).startswith(str(SH)):
        return "sh:" + str(t)[len(str(SH)):]
    if t == RDF.type:
        return "a"
    return t.n3()


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


def cross_checks(store: ox.Store, sg: Graph, jobs: int | None = None, skip: Iterable = ()) -> Iterator[Result]:
    """The results of every sh:sparql constraint of ``sg`` (but those of the shapes in ``skip``)
    over the union of ``store``, one query each, ``jobs`` queries at a time (default: all
    cores), as they come.

    SHACL-SPARQL pre-binds ``$this`` per focus node; here ``$this`` is bound instead by the
    node shape's targets (``?this rdf:type <targetClass>``, direct types as the graph writes
    them), prepended to the WHERE clause, so a constraint costs one query, not one per node.
    The constraints are written so that both readings agree (tests check them against pyshacl).
    """
    from .shacl_sparql import in_threads, read_all, result

    constraints = []
    for shape in sorted(set(sg.subjects(SH.sparql, None)) - set(skip), key=str):
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

    for (shape, constraint, _), (variables, rows) in zip(constraints, in_threads(jobs, run, constraints)):
        severity = sg.value(shape, SH.severity) or SH.Violation
        messages = list(sg.objects(constraint, SH.message))
        seen = set()  # (the answer may repeat a row: the same result once)
        for row in rows:
            binding = {v: _rdflib(t) for v, t in zip(variables, row) if t is not None}
            key = hash(tuple(sorted((k, str(v)) for k, v in binding.items())))
            if key in seen:
                continue
            seen.add(key)
            yield result(binding, severity, shape, SH.SPARQLConstraintComponent, messages, constraint=constraint)


def cross_results(store: ox.Store, sg: Graph, jobs: int | None = None) -> Graph:
    """``cross_checks`` as one rdflib graph of ``sh:ValidationResult`` nodes."""
    results = Graph()
    for r in cross_checks(store, sg, jobs):
        r.add_to(results)
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


__all__ = ["validate_store", "validate_file", "validate_dataset", "cross_results", "cross_checks", "ontology", "shapes", "Report", "Row", "ValidationError",
           "INFERRED_GRAPH"]
