"""The persistent store: Oxigraph on disk, one named graph per notice.

``Store`` wraps a ``pyoxigraph.Store`` for fast loading and SPARQL, and offers
the same data as an rdflib ``Dataset`` (through oxrdflib) for rdflib users.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import StoreError


class Store:
    """An embedded Oxigraph store in a directory (created if missing)."""

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no store here; build one with `govkg build --store {self.path} INPUT`")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    def put_graph(self, graph: Graph) -> None:
        """Replace the named graph ``graph.identifier`` with ``graph``'s triples."""
        name = ox.NamedNode(str(graph.identifier))
        self.ox.remove_graph(name) if self.has_graph(graph.identifier) else None
        data = graph.serialize(format="nt", encoding="utf-8")
        self.ox.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=name)

    def put_nquads(self, graphs: dict[str, bytes]) -> None:
        """Replace each named graph (IRI -> its N-Quads, every quad in that graph) in one bulk load.

        Oxigraph's bulk loader writes the batch straight into new files instead of
        transaction by transaction; the batch is not atomic (a crash mid-way may leave
        part of it), which a build can redo by building the same notices again.
        """
        for name in graphs:
            if self.has_graph(name):
                self.ox.remove_graph(ox.NamedNode(name))
        data = b"".join(graphs.values())
        if data:
            try:
                self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.path}: bulk load failed ({exc})") from exc

    def is_empty(self) -> bool:
        """No named graph yet."""
        return next(iter(self.ox.named_graphs()), None) is None

    def has_graph(self, iri) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(str(iri)))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, bindings: dict | None = None) -> list[dict]:
        """Run a SELECT query over the union of all graphs; rows as {var: python value}."""
        try:
            result = self.ox.query(sparql, use_default_graph_as_union=True, substitutions=bindings or None)
        except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
            raise StoreError(f"query failed: {exc}") from exc
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for var in variables:
                term = solution[var]
                row[var] = None if term is None else _py(term)
            rows.append(row)
        return rows

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return self.ox.quads_for_pattern(None, None, None, g)

    def dump(self, fmt: ox.RdfFormat, from_graph: str | None = None) -> bytes:
        if from_graph:
            return self.ox.dump(format=fmt, from_graph=ox.NamedNode(from_graph))
        return self.ox.dump(format=fmt)

    def flush(self) -> None:
        self.ox.flush()

    def as_rdflib(self):
        """The store as an rdflib ``Dataset`` (oxrdflib); close this ``Store`` first."""
        from rdflib import Dataset
        ds = Dataset(store="Oxigraph")
        ds.open(str(self.path), create=False)
        return ds

    def close(self) -> None:
        """Release the store's lock (the directory can then be opened again)."""
        import gc
        self.ox.flush()
        del self.ox
        gc.collect()


def _py(term):
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith("#integer") or dt.endswith("#int"):
            return int(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


__all__ = ["Store", "URIRef"]
