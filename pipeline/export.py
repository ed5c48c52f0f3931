"""Exports from the store: the facts table (by SPARQL, from ``queries/facts/``) as
JSON Lines or CSV, and the graph as Turtle, TriG, N-Quads or JSON-LD.

JSON-LD is for linked-data users: compacted with govkg's published context
(``ontology/context.jsonld``, served at ``/context.jsonld``), one ``@graph`` per
named graph, and Chinese text tagged ``@zh``. The tag is added in this layer only;
the store, Turtle, TriG and N-Quads keep the literals as built.
"""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

from rdflib import Dataset, Graph, Literal

from .derived import DERIVED_GRAPH
from .resolve.state import CACHE_GRAPH
from .namespaces import PREFIXES
from .store import Store

FACT_QUERIES = ("document", "post-facts", "membership", "subgroup", "assignment", "citation")
COLUMNS = ("type", "doc", "notice", "source", "title", "issuer", "signed", "published", "kind", "person", "person_id", "agency",
           "probation", "secondment", "start", "end", "group", "role", "parent", "task", "cited_title",
           "cited_number")
_OPTIONAL = ("probation", "secondment", "start", "end")


def load_query(name: str) -> str:
    return resources.files("govkg.queries").joinpath(f"facts/{name}.rq").read_text(encoding="utf-8")


def fact_rows(store: Store) -> list[dict]:
    """The facts table: one dict per fact, in a stable order.

    Every row carries its notice's ``doc``, ``notice`` (IRI) and ``source``,
    taken from the notice's ``document`` row.
    """
    rows: list[dict] = []
    heads: dict[str, dict] = {}
    for r in store.query(load_query("document")):
        notice = r.pop("notice")
        heads[notice] = {"doc": r.pop("doc"), "notice": notice, "source": r.pop("source")}
        rows.append({"type": "document", **heads[notice], **r})
    for name in FACT_QUERIES[1:]:
        for r in store.query(load_query(name)):
            head = heads.get(r.pop("notice"))
            if head is None:  # a fact outside any notice graph: not part of the table
                continue
            row = {"type": r.pop("type", None) or ("position" if name == "post-facts" else name), **head}
            row.update(r)
            if row["type"] not in ("appointment",):
                for k in _OPTIONAL:
                    row.pop(k, None)
            elif row.get("secondment") is not None:
                row["secondment"] = row["secondment"] in (True, "true")
            if row.get("person_id") is None:
                row.pop("person_id", None)
            rows.append(row)
    seen, out = set(), []
    for row in rows:
        key = json.dumps(row, ensure_ascii=False, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(row)
    order = {t: i for i, t in enumerate(("document", "appointment", "removal", "position", "membership",
                                         "subgroup", "assignment", "citation"))}
    out.sort(key=lambda r: (r.get("doc") or "", r["notice"], order.get(r["type"], 9),
                            json.dumps(r, ensure_ascii=False, sort_keys=True)))
    return out


def to_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


_CACHES = {str(DERIVED_GRAPH), str(CACHE_GRAPH)}


def to_rdf(store: Store, fmt: str) -> bytes:
    """``turtle`` merges all graphs; ``trig``, ``nquads`` and ``jsonld`` keep one graph per notice.
    Output is canonical: the same store gives byte-identical bytes."""
    if fmt == "nquads":  # the derived records and the resolver's cache are caches of the rest, not the graph
        lines = sorted(str(q) + " .\n" for q in store.quads() if q.graph_name.value not in _CACHES)
        return "".join(lines).encode("utf-8")
    nq = to_rdf(store, "nquads")
    if fmt == "jsonld":
        return jsonld(nq)
    if fmt == "trig":
        ds = Dataset()
        ds.parse(data=nq, format="nquads")
        for p, ns in PREFIXES.items():
            ds.bind(p, ns)
        return ds.serialize(format="trig", encoding="utf-8")
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    if fmt == "turtle":
        return g.serialize(format="turtle", encoding="utf-8")
    raise ValueError(f"unknown format {fmt!r}")


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def context() -> dict:
    """govkg's JSON-LD context (the ``@context`` value), as shipped in ``ontology/context.jsonld``."""
    text = resources.files("govkg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def zh(term):
    """A plain literal with Chinese characters as the same text tagged ``@zh``; anything else unchanged."""
    if isinstance(term, Literal) and term.datatype is None and term.language is None and _HAN.search(term):
        return Literal(str(term), lang="zh")
    return term


def jsonld(nquads: str | bytes) -> bytes:
    """N-Quads as compacted JSON-LD: govkg's context by reference to its published IRI
    and inline, named graphs kept, Chinese literals ``@zh``; byte-stable."""
    src = Dataset()
    src.parse(data=nquads, format="nquads")
    ds = Dataset()
    for s, p, o, g in src.quads((None, None, None, None)):
        ds.add((s, p, zh(o), g))
    doc = json.loads(ds.serialize(format="json-ld", context=context()))
    if "@id" in doc:  # one named graph comes out as the top object: wrap it like several
        doc = {"@context": doc.pop("@context"), "@graph": [doc]}
    _sort(doc)
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sort(node) -> None:
    """Order every ``@graph`` array by ``@id`` and every list of values, so the bytes
    do not depend on hash order."""
    if isinstance(node, dict):
        for key, value in node.items():
            _sort(value)
            if isinstance(value, list):
                value.sort(key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    elif isinstance(node, list):
        for value in node:
            _sort(value)


__all__ = ["fact_rows", "to_jsonl", "to_csv", "to_rdf", "jsonld", "context", "zh"]
