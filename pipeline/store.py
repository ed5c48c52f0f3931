"""The persistent store: Oxigraph on disk, one named graph per notice.

``Store`` wraps a ``pyoxigraph.Store`` for fast loading and SPARQL, and offers
the same data as an rdflib ``Dataset`` (through oxrdflib) for rdflib users.

Two opening modes. ``Store(path)`` opens for writing (``build``, ``reason``): it
takes RocksDB's lock, creates the folder if missing and writes the marker file
``govkg-store.json`` that says "this folder is a govkg store"; closing it bumps the
marker's ``generation``, which is how readers notice a rebuild. ``Store.open_read(path)``
opens read-only: it never creates or writes a file, refuses a folder without the
marker (``NotAStoreError``), refuses while another process holds the write lock
(``StoreBusyError``), and sees the store as it was when opened, so it runs beside a
server and beside other readers.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import struct
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import NotAStoreError, StoreBusyError, StoreError
from .namespaces import GOV, RDF

#: the file ``build`` writes into every store folder
MARKER = "govkg-store.json"
_RDF_TYPE, _POST = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(GOV.Post))
_FORMAT = "govkg-store"
_WRITERS: set[str] = set()  # store folders this process has open for writing
_FLOCK = "hhqqi4x"  # struct flock on Linux: type, whence, start, len, pid


class Store:
    """An embedded Oxigraph store in a directory: ``Store(path)`` opens it for writing
    (created if missing; ``create=False`` requires an existing store), ``Store.open_read``
    read-only."""

    read_only = False

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        _check_folder(self.path, must_exist=not create)
        if lock_held(self.path):
            raise StoreBusyError(f"{self.path}: store busy: another govkg process is building it")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreBusyError(f"{self.path}: store busy: another govkg process is building it") from exc
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        _WRITERS.add(str(self.path.resolve()))
        if not (self.path / MARKER).exists():
            _write_marker(self.path, generation=0)

    @classmethod
    def open_read(cls, path: str | Path) -> "Store":
        """The store in ``path``, read-only, as it is now; writes nothing to disk.
        NotAStoreError when ``path`` holds no govkg store, StoreBusyError while a build runs."""
        store = cls.__new__(cls)
        store.path = Path(path)
        _check_folder(store.path, must_exist=True)
        if str(store.path.resolve()) not in _WRITERS and lock_held(store.path):
            raise StoreBusyError(f"{store.path}: store busy: another govkg process is building it")
        try:
            store.ox = ox.Store.read_only(str(store.path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{store.path}: cannot open the store read-only ({exc})") from exc
        store.read_only = True
        store.generation = generation(store.path)
        return store

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

    def posts_in(self, iri) -> set[str]:
        """The posts (``gov:Post``) the named graph ``iri`` gives (none: no such graph)."""
        return {q.subject.value for q in self.ox.quads_for_pattern(None, _RDF_TYPE, _POST, ox.NamedNode(str(iri)))}

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
        if not self.read_only:
            self.ox.flush()

    def backup(self, target: str | os.PathLike) -> None:
        """A consistent copy of this store in the new folder ``target`` while it stays open
        (copying the folder's files races the database's background compactions): Oxigraph's
        checkpoint of the database, then govkg's own files beside it (the marker, the
        validation ledger)."""
        self.flush()
        self.ox.backup(str(target))
        for own in sorted(self.path.glob("govkg-*.json")):
            (Path(target) / own.name).write_bytes(own.read_bytes())

    def as_rdflib(self):
        """The store as an rdflib ``Dataset`` (oxrdflib); close this ``Store`` first."""
        from rdflib import Dataset
        ds = Dataset(store="Oxigraph")
        ds.open(str(self.path), create=False)
        return ds

    def close(self) -> None:
        """Release the store's lock (the directory can then be opened again); a store
        opened for writing bumps its marker's generation, so readers see a new build."""
        import gc
        if not self.read_only:
            self.ox.flush()
            _write_marker(self.path, generation(self.path) + 1)
            _WRITERS.discard(str(self.path.resolve()))
        del self.ox
        gc.collect()


#: quads removed per step when a graph is emptied (``remove_graphs``)
REMOVE_STEP = 20_000


def remove_graphs(s, graphs: Iterable[str]) -> None:
    """Empty and drop these graphs of ``s`` (a pyoxigraph store, or a SPARQL server's client). On
    the embedded store the quads go ``REMOVE_STEP`` at a time: one ``DROP GRAPH`` is one
    transaction, which holds every deletion in memory (a 10k-notice store: +850 MB and 66 s for
    its 0.94M derived records, +780 MB and 186 s for its 1.2M identity quads; in steps, 21 s for the
    records and no growth). Not atomic: a caller takes its flag or version away first, so that a
    process killed in between leaves a store that says it is incomplete. On a server, one
    ``DROP SILENT GRAPH`` each (the server's own business)."""
    if not isinstance(s, ox.Store):
        for g in graphs:
            s.update(f"DROP SILENT GRAPH <{g}>")
        return
    for g in graphs:
        node = ox.NamedNode(g)
        while batch := list(islice(s.quads_for_pattern(None, None, None, node), REMOVE_STEP)):
            for q in batch:
                s.remove(q)
        s.remove_graph(node)  # (the name of the graph, now empty)


def _check_folder(path: Path, must_exist: bool) -> None:
    """Raise unless ``path`` is a govkg store, or (``must_exist`` False) may become one:
    missing, empty, or an Oxigraph store written before the marker existed."""
    hint = f"build one with `govkg build --store {path} INPUT`"
    if not path.exists():
        if must_exist:
            raise StoreError(f"{path}: no store here; {hint}")
        return
    if not path.is_dir():
        raise NotAStoreError(f"{path}: not a govkg store (a file, not a store folder)")
    if (path / MARKER).is_file():
        try:
            data = json.loads((path / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise NotAStoreError(f"{path}: not a govkg store (unreadable {MARKER}: {exc})") from exc
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise NotAStoreError(f"{path}: not a govkg store ({MARKER} is not govkg's)")
        return
    try:
        entries = os.listdir(path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the folder ({exc})") from exc
    if must_exist:
        if "CURRENT" in entries:
            raise NotAStoreError(f"{path}: not a govkg store (no {MARKER}; a store from an older govkg "
                                 f"is upgraded by building into it once: `govkg build --store {path} INPUT`)")
        raise NotAStoreError(f"{path}: not a govkg store (no {MARKER}); give the folder that "
                             "`govkg build --store DIR INPUT` wrote")
    if entries and "CURRENT" not in entries:
        raise NotAStoreError(f"{path}: not a govkg store, and not empty; refusing to write a store among "
                             "its files (give a new or empty folder)")


def generation(path: str | Path) -> int:
    """How many builds have closed on the store in ``path`` (-1 without a marker)."""
    try:
        return int(json.loads((Path(path) / MARKER).read_text(encoding="utf-8")).get("generation", 0))
    except (OSError, ValueError, AttributeError):
        return -1


def _write_marker(path: Path, generation: int) -> None:
    data = {"format": _FORMAT, "version": 1, "generation": generation}
    tmp = path / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(tmp, path / MARKER)


def lock_held(path: str | Path) -> bool:
    """Whether another process holds the RocksDB write lock of the store in ``path``.
    Asks with F_GETLK, which takes no lock; never call it on a store this process writes
    (closing any descriptor of LOCK would drop this process's own lock)."""
    lock = Path(path) / "LOCK"
    if str(Path(path).resolve()) in _WRITERS or not lock.exists():
        return False
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return struct.unpack(_FLOCK, answer)[0] != fcntl.F_UNLCK
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EAGAIN)
    finally:
        os.close(fd)


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
