"""The per-notice shapes as SPARQL over the store: one query per constraint, every notice at once.

pyshacl checks a notice graph (with the ontology mixed in) node by node; at a hundred
thousand notices that is hours. Here each constraint of ``shapes/*.ttl`` (not the
``cross-*`` ones, which ``validate.cross_results`` runs over the union) is compiled into
one SPARQL query that finds, in every named graph ``?g`` at once, the focus nodes of the
shape's targets that break it, with the same per-graph reading pyshacl has: targets,
values and the types that ``sh:class`` looks for are read inside ``?g``, plus what the
ontology says about a node (its ``rdfs:subClassOf`` closure for targets and classes, its
own statements about concepts such as group roles). pyshacl stays the reference: the
tests run both on every shape test case and compare the verdicts.

Supported: targets ``sh:targetClass`` and ``sh:targetSubjectsOf``; property shapes with an
IRI ``sh:path`` and ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``, ``sh:class``,
``sh:nodeKind``, ``sh:in``, ``sh:hasValue``, ``sh:pattern``, ``sh:lessThanOrEquals`` and
``sh:or`` of datatypes; and ``sh:sparql`` constraints (run inside each notice graph). A
shape using anything else raises :class:`UnsupportedShape` when compiled, so a new
shape cannot be skipped silently.
"""
from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from .errors import GovkgError

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class UnsupportedShape(GovkgError):
    """A shape uses a SHACL feature the SPARQL runner does not compile."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: its query (projecting ?g ?this, and ?value when there is one)."""
    shape: URIRef | BNode          # the property shape (or node shape for sh:sparql)
    node_shape: URIRef | BNode
    component: URIRef
    path: URIRef | None
    severity: URIRef
    messages: tuple[Literal, ...]
    query: str
    template: bool = False          # messages carry {?var} templates (sh:sparql)
    holds: bool = False             # builds a table of a whole sweep (an anti-join, a grouping): run alone
    targets: str = ""               # the pattern of the targets (gives ?g ?this)


@dataclass(frozen=True)
class Result:
    """One ``sh:ValidationResult`` as pyshacl reports it (rdflib terms), found by a query;
    ``graph``: the notice graph a per-notice check found it in."""
    focus: object
    severity: URIRef
    shape: object
    component: URIRef
    messages: tuple[Literal, ...] = ()
    path: URIRef | None = None
    value: object = None
    constraint: object = None
    graph: str | None = None
    node_shape: object = None       # the node shape of a property shape's result

    def triples(self, node) -> Iterator[tuple]:
        """The result's statements about ``node`` (its blank node in a report)."""
        yield node, RDF.type, SH.ValidationResult
        yield node, SH.focusNode, self.focus
        yield node, SH.resultSeverity, self.severity
        yield node, SH.sourceShape, self.shape
        if self.constraint is not None:
            yield node, SH.sourceConstraint, self.constraint
        yield node, SH.sourceConstraintComponent, self.component
        if self.path is not None:
            yield node, SH.resultPath, self.path
        if self.value is not None:
            yield node, SH.value, self.value
        for msg in self.messages:
            yield node, SH.resultMessage, msg

    def add_to(self, graph: Graph) -> None:
        node = BNode()
        for t in self.triples(node):
            graph.add(t)


def _n3(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        value = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{value}"@{term.language}'
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f'"{value}"^^<{term.datatype}>'
        return f'"{value}"'
    raise UnsupportedShape(f"cannot write {term!r} into a query")


def _subclasses(ont: Graph, cls: URIRef) -> list[URIRef]:
    """``cls`` and every class below it in the ontology (rdfs:subClassOf*)."""
    seen, todo = {cls}, [cls]
    while todo:
        for sub in ont.subjects(RDFS.subClassOf, todo.pop()):
            if isinstance(sub, URIRef) and sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return sorted(seen)


def _instances(ont: Graph, classes: list[URIRef]) -> list[URIRef]:
    return sorted({s for c in classes for s in ont.subjects(RDF.type, c) if isinstance(s, URIRef)})


class _Compiler:
    def __init__(self, sg: Graph, ont: Graph):
        self.sg, self.ont = sg, ont

    # ---- patterns
    def target(self, node_shape) -> list[str]:
        """One pattern per target (each gives ?g ?this)."""
        return [f"{values} GRAPH ?g {{ {pattern} }}" for values, pattern in self.target_parts(node_shape)]

    def target_parts(self, node_shape) -> list[tuple[str, str]]:
        """Per target: what it binds outside the graph (the target classes) and its pattern inside ?g."""
        out = []
        for cls in self.sg.objects(node_shape, SH.targetClass):
            types = " ".join(_n3(c) for c in _subclasses(self.ont, cls))
            out.append((f"VALUES ?__t {{ {types} }}", "?this a ?__t"))
        for prop in self.sg.objects(node_shape, SH.targetSubjectsOf):
            out.append(("", f"?this {_n3(prop)} ?__o"))
        for p in (SH.targetNode, SH.targetObjectsOf):
            if self.sg.value(node_shape, p) is not None:
                raise UnsupportedShape(f"{node_shape}: {p.n3()} is not supported by the store runner")
        return out

    def candidates(self, node_shape) -> set[URIRef]:
        """The ontology's own nodes that are targets of ``node_shape`` there (instances of a target class,
        subjects of a target property): the only nodes whose values the ontology's statements add to."""
        out = set()
        for cls in self.sg.objects(node_shape, SH.targetClass):
            out.update(_instances(self.ont, _subclasses(self.ont, cls)))
        for prop in self.sg.objects(node_shape, SH.targetSubjectsOf):
            out.update(s for s in self.ont.subjects(prop, None) if isinstance(s, URIRef))
        return out

    def values(self, path: URIRef, subjects: set[URIRef], var: str = "?value") -> str:
        """The values of ``path`` for ?this in ?g, plus the ontology's own statements about ``subjects`` (the
        shape's targets there, ``candidates``: the role concepts' labels for the roles' shape, not every label
        of the ontology)."""
        pairs = [(s, o) for s, o in self.ont.subject_objects(path) if s in subjects]
        inside = f"GRAPH ?g {{ ?this {_n3(path)} {var} }}"
        if not pairs:
            return inside
        rows = " ".join(f"({_n3(s)} {_n3(o)})" for s, o in sorted(pairs))
        return f"{{ {inside} }} UNION {{ VALUES (?this {var}) {{ {rows} }} }}"

    def typed(self, var: str, cls: URIRef) -> str:
        """A filter: ``var`` is NOT an instance of ``cls`` (in ?g or in the ontology)."""
        classes = _subclasses(self.ont, cls)
        types = " ".join(_n3(c) for c in classes)
        known = _instances(self.ont, classes)
        out = f"FILTER NOT EXISTS {{ VALUES ?__c {{ {types} }} GRAPH ?g {{ {var} a ?__c }} }}"
        if known:
            out += f" FILTER({var} NOT IN ({', '.join(_n3(k) for k in known)}))"
        return out

    def untyped(self, path: URIRef, cls: URIRef) -> str:
        """The values of ``path`` in ?g that are not instances of ``cls`` there: every typed node
        is read once (an anti-join), not looked up once per value."""
        classes = _subclasses(self.ont, cls)
        types = " ".join(_n3(c) for c in classes)
        known = _instances(self.ont, classes)
        out = (f"GRAPH ?g {{ ?this {_n3(path)} ?value }} "
               f"MINUS {{ VALUES ?__c {{ {types} }} GRAPH ?g {{ ?value a ?__c }} FILTER(?g NOT IN ($SKIP)) }}")
        if known:
            out += f" FILTER(?value NOT IN ({', '.join(_n3(k) for k in known)}))"
        return out

    # ---- constraints of one property shape
    def property_checks(self, node_shape, prop, target: str) -> Iterable[tuple[URIRef, str, bool, bool]]:
        """(component, WHERE body, projects ?value, holds a table) for each constraint; ``target`` is
        the pattern that gives ?g ?this.

        Each body finds the breaking values first and meets the targets last: a property's
        statements are read in one sweep of the predicate's index, and the (usually few)
        breaches are then tested against the targets (FILTER EXISTS: a lookup per breach; joined
        with the targets, the engine built a table of every target first, 0.6 GB at 100k notices
        for a check with no breach), instead of a lookup per target node. The
        sweep is a subquery: joined as a plain pattern, the engine starts from the target
        (its type pattern binds more terms) and looks the value up once per target, 3-10x
        slower at 10k-100k notices. A missing property is an anti-join (MINUS), two values a
        grouping, two properties compared a join of two sweeps: each reads its index once,
        where a lookup per node costs 3-6x more even at 100k notices. Where the ontology
        states values of the path itself (concepts), the target comes first, as a per-graph
        reading then needs ?g bound, and a missing value is a lookup per target (such targets
        are few; the path, a label, is everyone's)."""
        sg = self.sg
        path = sg.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"{node_shape}: only IRI paths are supported (got {path!r})")
        p = _n3(path)
        subjects = self.candidates(node_shape)
        stated = any(s in subjects for s, _ in self.ont.subject_objects(path))

        def breaches(body: str, head: str = "?g ?this ?value", tail: str = "", few: bool = True) -> str:
            # the breaking values, then the targets they belong to: tested one by one where the
            # breaches are few (a join builds a table of every target to meet a handful of
            # breaches), joined where the sweep also finds many values of nodes that are not
            # targets (a lookup each would cost more than the table)
            meet = f"FILTER EXISTS {target}" if few else target
            return f"{{ SELECT {head} WHERE {{ {body} }} {tail} }} {meet}"

        known = {SH.path, SH.message, SH.severity, SH.name, SH.description}
        for pred, obj in sg.predicate_objects(prop):
            if pred in known:
                continue
            if pred == SH.minCount:
                n = int(obj)
                if n == 1:
                    # (an anti-join's sweep leaves out the graphs it skips: those that hold no target, ``_skips``)
                    missing = f"FILTER NOT EXISTS {{ {self.values(path, subjects)} }}" if stated else \
                        f"MINUS {{ {self.values(path, subjects)} FILTER(?g NOT IN ($SKIP)) }}"
                    yield SH.MinCountConstraintComponent, f"{target} {missing}", False, not stated
                elif n > 1:
                    raise UnsupportedShape(f"{node_shape}: sh:minCount {n} (only 0 or 1) is not supported")
            elif pred == SH.maxCount:
                n = int(obj)
                if n != 1:
                    raise UnsupportedShape(f"{node_shape}: sh:maxCount {n} (only 1) is not supported")
                if stated:
                    yield (SH.MaxCountConstraintComponent,
                           f"{target} {self.values(path, subjects, '?__v1')} {self.values(path, subjects, '?__v2')} "
                           f"FILTER(!sameTerm(?__v1, ?__v2))", False, False)
                else:
                    # (COUNT(*), not COUNT(DISTINCT ?__v): a graph holds a statement once, so the rows of one
                    # ?g ?this are its distinct values, and a group keeps a count, not a set: 1.13 -> 0.72 GB at 100k)
                    yield (SH.MaxCountConstraintComponent,
                           breaches(f"GRAPH ?g {{ ?this {p} ?__v }}", "?g ?this", "GROUP BY ?g ?this HAVING (COUNT(*) > 1)"),
                           False, True)
            elif pred == SH.datatype:
                yield SH.DatatypeConstraintComponent, breaches(f"{self.values(path, subjects)} FILTER(!({_dt('?value', obj)}))"), True, False
            elif pred == SH["or"]:
                tests = []
                for member in Collection(sg, obj):
                    dt = sg.value(member, SH.datatype)
                    if dt is None or len(set(sg.predicates(member))) != 1:
                        raise UnsupportedShape(f"{node_shape}: sh:or of anything but sh:datatype is not supported")
                    tests.append(_dt("?value", dt))
                yield SH.OrConstraintComponent, breaches(f"{self.values(path, subjects)} FILTER(!({' || '.join(tests)}))"), True, False
            elif pred == SH["class"]:
                if stated:
                    yield SH.ClassConstraintComponent, f"{target} {self.values(path, subjects)} {self.typed('?value', obj)}", True, False
                else:
                    # an untyped value breaks the ontology's own range wherever it is, so the values that
                    # are not of the class are few in valid data; of a path whose range says nothing
                    # (prov:wasDerivedFrom), they may be most of its values (1.7M of 2.3M at 100k)
                    ranged = any(rng in _subclasses(self.ont, obj) for rng in self.ont.objects(path, RDFS.range))
                    yield SH.ClassConstraintComponent, breaches(self.untyped(path, obj), few=ranged), True, True
            elif pred == SH.nodeKind:
                test = {SH.IRI: "isIRI(?value)", SH.Literal: "isLiteral(?value)", SH.BlankNode: "isBlank(?value)",
                        SH.BlankNodeOrIRI: "!isLiteral(?value)", SH.IRIOrLiteral: "!isBlank(?value)",
                        SH.BlankNodeOrLiteral: "!isIRI(?value)"}[obj]
                yield SH.NodeKindConstraintComponent, breaches(f"{self.values(path, subjects)} FILTER(!({test}))"), True, False
            elif pred == SH["in"]:
                allowed = ", ".join(_n3(x) for x in Collection(sg, obj))
                yield SH.InConstraintComponent, breaches(f"{self.values(path, subjects)} FILTER(?value NOT IN ({allowed}))"), True, False
            elif pred == SH.hasValue:
                yield (SH.HasValueConstraintComponent,
                       f"{target} MINUS {{ {self.values(path, subjects)} FILTER(sameTerm(?value, {_n3(obj)})) }}", False, True)
            elif pred == SH.pattern:
                flags = sg.value(prop, SH.flags)
                regex = _n3(Literal(str(obj))) + (f", {_n3(Literal(str(flags)))}" if flags else "")
                yield (SH.PatternConstraintComponent,
                       breaches(f"{self.values(path, subjects)} FILTER(isBlank(?value) || !REGEX(STR(?value), {regex}))"), True, False)
            elif pred == SH.flags:
                continue
            elif pred == SH.lessThanOrEquals:
                later, test = f"GRAPH ?g {{ ?this {_n3(obj)} ?__w }}", "FILTER(!COALESCE(?value <= ?__w, false))"
                if stated:
                    yield SH.LessThanOrEqualsConstraintComponent, f"{target} {self.values(path, subjects)} {later} {test}", True, False
                else:
                    yield (SH.LessThanOrEqualsConstraintComponent,
                           breaches(f"{{ SELECT ?g ?this ?value WHERE {{ {self.values(path, subjects)} }} }} "
                                    f"{{ SELECT ?g ?this ?__w WHERE {{ {later} }} }} {test}"), True, True)
            else:
                raise UnsupportedShape(f"{node_shape}: {pred.n3()} on {p} is not supported by the store runner")

    def compile(self) -> list[Check]:
        sg, checks = self.sg, []
        for node_shape in sorted(set(sg.subjects(RDF.type, SH.NodeShape)), key=str):
            targets = self.target(node_shape)
            if not targets:
                continue
            shape_sev = sg.value(node_shape, SH.severity) or SH.Violation
            for prop in sorted(sg.objects(node_shape, SH.property), key=lambda b: str(sg.value(b, SH.path))):
                severity = sg.value(prop, SH.severity) or shape_sev
                messages = tuple(sg.objects(prop, SH.message))
                path = sg.value(prop, SH.path)
                union = "{ " + " UNION ".join(f"{{ {t} }}" for t in targets) + " }"
                for component, body, has_value, holds in self.property_checks(node_shape, prop, union):
                    head = "SELECT DISTINCT ?g ?this" + (" ?value" if has_value else "")
                    checks.append(Check(prop, node_shape, component, path, severity, messages,
                                        f"{head} WHERE {{ $GRAPHS {body} FILTER(?g NOT IN ($SKIP)) }}", holds=holds,
                                        targets=union))
            for constraint in sg.objects(node_shape, SH.sparql):
                checks.append(self.sparql(node_shape, constraint, shape_sev))
        return checks

    def sparql(self, node_shape, constraint, severity) -> Check:
        """The constraint's query run inside each graph, its WHERE clause starting from the targets
        (as pyshacl runs it with $this bound): a clause that opens with an OPTIONAL reads it for
        the targets, not for whatever else in the graph has the optional value."""
        from .validate import _prefixes  # the prefix declarations of sh:prefixes
        select = str(self.sg.value(constraint, SH.select)).replace("$this", "?this")
        m = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
        if not m:
            raise UnsupportedShape(f"{node_shape}: a SPARQL constraint without WHERE {{")
        head = re.sub(r"\bSELECT(\s+(?:DISTINCT|REDUCED))?", lambda mm: mm.group(0) + " ?g", select[:m.start()],
                      count=1, flags=re.IGNORECASE)
        body = select[m.end():].rstrip().rstrip("}")  # the WHERE clause's inside
        union = " UNION ".join(f"{{ {values} {pattern} }}" for values, pattern in self.target_parts(node_shape))
        query = (_prefixes(self.sg, constraint) + "\n" + head
                 + f" WHERE {{ $GRAPHS GRAPH ?g {{ {union} {body} }} FILTER(?g NOT IN ($SKIP)) }}")
        return Check(constraint, node_shape, SH.SPARQLConstraintComponent, None, severity,
                     tuple(self.sg.objects(constraint, SH.message)), query, template=True)


def _dt(var: str, datatype) -> str:
    """``var`` is a literal of ``datatype`` (a language-tagged string's datatype is rdf:langString,
    so xsd:string needs no test of the language)."""
    return f"(isLiteral({var}) && datatype({var}) = <{datatype}>)"


def compile_shapes(sg: Graph, ont: Graph) -> list[Check]:
    """Every constraint of the per-graph shapes ``sg`` as a query; UnsupportedShape if one cannot be."""
    return _Compiler(sg, ont).compile()


_TEMPLATE = re.compile(r"\{[?$](\w+)\}")


def read_all(store, query: str, **options) -> tuple[list[str], list[list]]:
    """A query's variables and every row of its answer. Checks run in threads: the engine
    lets go of the GIL while it evaluates, so two queries use two cores."""
    solutions = store.query(query, **options)
    variables = [v.value for v in solutions.variables]
    return variables, [[sol[v] for v in variables] for sol in solutions]


def in_threads(jobs: int | None, work: Callable, items: list, alone: Callable = lambda item: False) -> Iterator:
    """``work(item)`` for each item, ``jobs`` at a time (default: all cores), in order. The items
    ``alone`` says so run one after another in a lane of their own, the others beside them:
    two checks that each build a table of a whole sweep (1.2 GB at 100k notices) never run at
    once, and the lane's time bounds the whole."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(items) < 2:
        yield from map(work, items)
        return
    if not any(map(alone, items)):
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(work, items)
        return
    with ThreadPoolExecutor(max_workers=1) as lane, ThreadPoolExecutor(max_workers=jobs - 1) as pool:
        futures = [(lane if alone(item) else pool).submit(work, item) for item in items]
        for future in futures:
            yield future.result()


#: graphs per query when a validation checks named graphs (see check_results)
GRAPHS_AT_A_TIME = 2000


def check_results(store, checks: list[Check], graphs: Iterable[str] | None = None, skip: Iterable[str] = (),
                  progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
                  batch: int | None = None, side: Iterable[str] = ()) -> Iterator[Result]:
    """The results of the checks over ``store`` (only the named ``graphs``, if given; never
    those in ``skip``), as they come, ``jobs`` queries at a time; ``progress(done, total)``
    counts the checks run.

    Each check is one query over every graph at once: a sweep of the predicate's index.
    ``batch``: narrow each query's dataset to that many graphs at a time instead
    (``named_graphs``), which bounds what the engine holds for a join (a MINUS, a grouping:
    ~3 GB at 100k notices) by the batch, but the engine then reads graph by graph, 3-6x
    slower over small notice graphs (measured at 10k; a ``VALUES ?g`` list is worse: it is
    joined with a sweep of every graph, once per batch). A SPARQL server gets one query per
    check, its graphs by ``VALUES``.

    The named ``graphs`` of an embedded store (what a build added since the last validation)
    are always read by dataset, ``GRAPHS_AT_A_TIME`` at a time: a sweep of the predicate's
    index reads every graph of the store, so checking 100 notices of 100,000 cost as much
    as checking them all (and a ``VALUES ?g`` list more).

    ``side``: the few graphs that are not notices' (the resolver's, the derived records'): a check
    that builds a table skips those of them that hold none of its targets, so that its sweep leaves
    their statements out (at 100k notices the identity graph holds 43% of the facts' property
    ``prov:wasDerivedFrom``, the people's and tenures' sources)."""
    skip = set(skip)
    skipped = _skips(store, checks, skip, side)
    if isinstance(store, ox.Store) and graphs is not None and not batch:
        batch = GRAPHS_AT_A_TIME
    if not isinstance(store, ox.Store) or not batch:
        yield from _whole(store, checks, graphs, skipped, progress, jobs)
        return
    names = [g for g in (graphs if graphs is not None else (g.value for g in store.named_graphs()))
             if g not in skip]
    for start in range(0, len(names), batch):
        dataset = [ox.NamedNode(g) for g in names[start:start + batch]]

        def run(check: Check):
            return read_all(store, check.query.replace("$GRAPHS", "").replace("$SKIP", skipped[id(check)]),
                            named_graphs=dataset, default_graph=[])

        for i, (check, (variables, rows)) in enumerate(zip(checks, in_threads(jobs, run, checks, _holds))):
            yield from _check_rows(check, variables, rows)
            if progress:
                progress(len(checks) * start // batch + i + 1, len(checks) * -(-len(names) // batch))


def _whole(store, checks, graphs, skipped, progress, jobs) -> Iterator[Result]:
    wanted = ""
    if graphs is not None:
        graphs = list(graphs)
        if not graphs:
            return
        wanted = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"

    def run(check: Check):
        return read_all(store, check.query.replace("$GRAPHS", wanted).replace("$SKIP", skipped[id(check)]))

    for i, (check, (variables, rows)) in enumerate(zip(checks, in_threads(jobs, run, checks, _holds))):
        yield from _check_rows(check, variables, rows)
        if progress:
            progress(i + 1, len(checks))


def _skips(store, checks: list[Check], skip: set[str], side: Iterable[str]) -> dict[int, str]:
    """Per check (by id), the graphs its query skips: ``skip``, and for a check that builds a table, the
    ``side`` graphs that hold none of its targets (one lookup each; skipping them changes no result)."""
    def listed(graphs) -> str:
        return ", ".join(f"<{g}>" for g in sorted(graphs)) or "<urn:govkg:none>"

    side = sorted(set(side) - skip) if isinstance(store, ox.Store) else []

    @cache
    def empty(targets: str) -> frozenset[str]:  # (a node shape's checks share its targets: asked once)
        return frozenset(g for g in side if not store.query(f"ASK {{ {targets.replace('GRAPH ?g', f'GRAPH <{g}>')} }}"))

    return {id(check): listed(skip | (empty(check.targets) if check.holds and check.targets else set()))
            for check in checks}


def _holds(check: Check) -> bool:
    return check.holds


def _check_rows(check: Check, variables: list[str], rows: list) -> Iterator[Result]:
    from .validate import _rdflib
    for row in rows:
        binding = {v: _rdflib(t) for v, t in zip(variables, row) if t is not None}
        r = result(binding, check.severity, check.shape, check.component, check.messages,
                   path=check.path, template=check.template, graph=str(binding["g"]))
        yield replace(r, node_shape=check.node_shape)


def run_checks(store: ox.Store, checks: list[Check], graphs: Iterable[str] | None = None,
               skip: Iterable[str] = (), failing: set[str] | None = None, jobs: int | None = None) -> Graph:
    """``check_results`` as one rdflib graph of ``sh:ValidationResult`` nodes (the graphs with a
    result added to ``failing`` when it is given)."""
    results = Graph()
    for r in check_results(store, checks, graphs, skip, jobs=jobs):
        if failing is not None:
            failing.add(r.graph)
        r.add_to(results)
    return results


def result(binding: dict, severity, shape, component, messages, path=None, constraint=None,
           template: bool = True, graph: str | None = None) -> Result:
    """The result of a breach found by a query (``binding``: its row, with ``?this`` and, where
    the query found them, ``?value`` and ``?path``), as pyshacl reports it."""
    texts = tuple(Literal(_TEMPLATE.sub(lambda mm: str(binding.get(mm.group(1), "")), str(msg)) if template
                          else str(msg), lang=msg.language) for msg in messages)
    return Result(binding["this"], severity, shape, component, texts,
                  path=path if path is not None else binding.get("path"), value=binding.get("value"),
                  constraint=constraint, graph=graph)


def add_result(results: Graph, binding: dict, severity, shape, component, messages, path=None,
               constraint=None, template: bool = True) -> None:
    """``result(...)`` added to the rdflib graph ``results``."""
    result(binding, severity, shape, component, messages, path, constraint, template).add_to(results)


__all__ = ["Check", "Result", "UnsupportedShape", "compile_shapes", "check_results", "run_checks", "read_all",
           "in_threads", "result", "add_result"]
