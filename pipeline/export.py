"""Exports from the store: the facts table (by SPARQL, from ``queries/facts/``) as
JSON Lines or CSV, and the graph as Turtle, TriG, N-Quads or JSON-LD.
"""
from __future__ import annotations

import csv
import io
import json
from importlib import resources

from rdflib import Dataset, Graph

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


def to_rdf(store: Store, fmt: str) -> bytes:
    """``turtle`` and ``jsonld`` merge all graphs; ``trig`` and ``nquads`` keep one graph per notice.
    Output is canonical: the same store gives byte-identical bytes."""
    if fmt == "nquads":
        lines = sorted(str(q) + " .\n" for q in store.quads())
        return "".join(lines).encode("utf-8")
    nq = to_rdf(store, "nquads")
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
    if fmt == "jsonld":
        return g.serialize(format="json-ld", encoding="utf-8", indent=1, sort_keys=True)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["fact_rows", "to_jsonl", "to_csv", "to_rdf"]
