"""A SPARQL server as the store: the same methods as :class:`govkg.store.Store`, over HTTP.

``EndpointStore(url)`` talks to a server laid out as Oxigraph's (``oxigraph serve``):
SPARQL 1.1 queries at ``URL/query`` and the SPARQL 1.1 Graph Store Protocol at
``URL/store?graph=IRI``. ``build`` pushes each notice's named graph with a GSP ``PUT``
(which replaces the graph, so building a notice again never duplicates it); ``query``,
``validate`` and ``export`` read with SPARQL. Queries ask for the union of the named
graphs as default graph (``union-default-graph``), as the embedded store does.

Use it when the store has outgrown one machine's disk or memory, or when several
builders and readers share one graph; the embedded store is faster for a single user.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterator

import pyoxigraph as ox
from rdflib import Graph

from .errors import StoreError
from .store import _py

_TIMEOUT = 600


class _Solutions:
    """Query results shaped like pyoxigraph's ``QuerySolutions`` (``.variables``, solutions by name)."""

    def __init__(self, data: dict):
        self.variables = [ox.Variable(v) for v in data["head"].get("vars", [])]
        self._rows = data["results"]["bindings"]

    def __iter__(self) -> Iterator[dict]:
        for row in self._rows:
            yield _Solution({k: _term(v) for k, v in row.items()})


class _Solution(dict):
    def __getitem__(self, key):
        name = key.value if isinstance(key, ox.Variable) else key
        return self.get(name)


def _term(v: dict):
    kind = v["type"]
    if kind == "uri":
        return ox.NamedNode(v["value"])
    if kind == "bnode":
        return ox.BlankNode(v["value"])
    if "xml:lang" in v:
        return ox.Literal(v["value"], language=v["xml:lang"])
    if "datatype" in v:
        return ox.Literal(v["value"], datatype=ox.NamedNode(v["datatype"]))
    return ox.Literal(v["value"])


def _sparql_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.Literal):
        return str(t)  # pyoxigraph writes literals in SPARQL/N-Triples syntax
    raise StoreError(f"cannot send {t!r} as a query parameter")


def _prebind(sparql: str, substitutions: dict | None) -> str:
    """Bind parameters by a VALUES block at the head of the outermost WHERE group
    (what pyoxigraph's ``substitutions`` do for the embedded store)."""
    if not substitutions:
        return sparql
    m = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if not m:
        raise StoreError("a query with parameters needs a WHERE clause")
    names = " ".join(f"?{v.value}" for v in substitutions)
    values = " ".join(_sparql_term(t) for t in substitutions.values())
    return sparql[:m.end()] + f" VALUES ({names}) {{ ({values}) }} " + sparql[m.end():]


class _RemoteOx:
    """The few pyoxigraph ``Store`` calls the pipeline makes, answered by the server."""

    def __init__(self, base: str):
        self.base = base

    def _request(self, method: str, path: str, data: bytes | None = None, headers: dict | None = None) -> bytes:
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=_TIMEOUT) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise StoreError(f"{self.base}{path}: the server answered {exc.code} ({detail})") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{self.base}: cannot reach the SPARQL server ({exc})") from exc

    def query(self, sparql: str, use_default_graph_as_union: bool = False, substitutions: dict | None = None):
        params = "?union-default-graph" if use_default_graph_as_union else ""
        body = _prebind(sparql, substitutions).encode("utf-8")
        data = self._request("POST", "/query" + params, body, {"Content-Type": "application/sparql-query",
                                                                "Accept": "application/sparql-results+json"})
        result = json.loads(data)
        if "boolean" in result:  # ASK
            return bool(result["boolean"])
        return _Solutions(result)

    def update(self, sparql: str) -> None:
        self._request("POST", "/update", sparql.encode("utf-8"), {"Content-Type": "application/sparql-update"})

    def quads_for_pattern(self, s=None, p=None, o=None, g=None) -> Iterator[ox.Quad]:
        """The quads matching a pattern (None: any), over the named graphs."""
        terms = {"s": s, "p": p, "o": o, "g": g}
        bound = {k: v for k, v in terms.items() if v is not None}
        values = ""
        if bound:
            values = (f"VALUES ({' '.join('?' + k for k in bound)}) "
                      f"{{ ({' '.join(_sparql_term(v) for v in bound.values())}) }}")
        sols = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}")
        for sol in sols:
            yield ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"])

    def graph_url(self, iri: str) -> str:
        return "/store?graph=" + urllib.parse.quote(iri, safe="")

    def put_graph(self, iri: str, ntriples: bytes) -> None:
        self._request("PUT", self.graph_url(iri), ntriples, {"Content-Type": "application/n-triples"})

    def get_graph(self, iri: str) -> bytes:
        return self._request("GET", self.graph_url(iri), None, {"Accept": "application/n-triples"})

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for sol in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            yield sol["g"]


class EndpointStore:
    """A store on a SPARQL server (see the module doc); no local files, nothing to close."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self.path = None  # no directory: nothing is recorded beside the data
        self.ox = _RemoteOx(self.url)

    def put_nquads(self, graphs: dict[str, bytes]) -> None:
        """Replace each named graph with its quads: one Graph Store Protocol PUT per graph."""
        for name, data in graphs.items():
            triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]
            self.ox.put_graph(name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))

    def put_graph(self, graph: Graph) -> None:
        self.ox.put_graph(str(graph.identifier), graph.serialize(format="nt", encoding="utf-8"))

    def is_empty(self) -> bool:
        return not self.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")

    def has_graph(self, iri) -> bool:
        return bool(self.query(f"SELECT ?s WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} LIMIT 1"))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, bindings: dict | None = None) -> list[dict]:
        result = self.ox.query(sparql, use_default_graph_as_union=True, substitutions=bindings or None)
        variables = [v.value for v in result.variables]
        return [{v: (None if s[v] is None else _py(s[v])) for v in variables} for s in result]

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        names = [graph] if graph else self.graphs()
        for name in names:
            for t in ox.parse(self.ox.get_graph(name), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))

    def dump(self, fmt: ox.RdfFormat, from_graph: str | None = None) -> bytes:
        if from_graph and fmt == ox.RdfFormat.N_TRIPLES:
            return self.ox.get_graph(from_graph)
        return ox.serialize(list(self.quads(from_graph)), format=fmt)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


__all__ = ["EndpointStore"]
