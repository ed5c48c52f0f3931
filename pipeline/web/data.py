"""What each page shows, read from the store: plain dicts and lists, no HTML.

These functions run inside the query workers (``workers.py``); each takes the
read-only ``Store`` and an entity IRI as stored (percent-encoded). The SPARQL is
in ``web/queries/*.rq``; ``?iri`` (or ``?q``) is bound as an RDF term, never pasted.
Facts about a person are read through the mentions that denote it (``gov:denotes``),
so the pages do not depend on which node carries posts and memberships.
"""
from __future__ import annotations

from importlib import resources

import pyoxigraph as ox

from ..namespaces import ID, IDENTITY_GRAPH
from ..store import Store

BASE = str(ID)


def _query(name: str) -> str:
    return resources.files("govkg.web").joinpath(f"queries/{name}.rq").read_text(encoding="utf-8")


def _rows(store: Store, name: str, **terms) -> list[dict]:
    bindings = {ox.Variable(k): (ox.NamedNode(v) if k == "iri" else ox.Literal(v)) for k, v in terms.items()}
    return store.query(_query(name), bindings)


def kind_of(iri: str) -> str | None:
    """``person``, ``agency``, ``group``, ``post``, ``notice`` (or the first path segment)
    for an IRI under the instance namespace; None outside it."""
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE):]
    head = rest.split("/", 1)[0]
    if head == "notice" and rest.count("/") > 1:
        return "fact"
    return head


def person(store: Store, iri: str) -> dict | None:
    names = _rows(store, "person-names", iri=iri)
    if not names:
        return None
    facts = _rows(store, "person-facts", iri=iri)
    tenures = _rows(store, "person-tenures", iri=iri)
    seen, unique = set(), []
    for f in facts:
        key = (f["kind"], f["fact"], f.get("post"), f.get("group"))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return {"iri": iri, "name": names[0]["name"], "facts": unique, "tenures": tenures,
            "homonyms": sorted({r["other"] for r in names if r.get("other")})}


def agency(store: Store, iri: str) -> dict | None:
    labels = _rows(store, "agency-label", iri=iri)
    if not labels:
        return None
    return {"iri": iri, "label": labels[0]["label"],
            "alt": sorted({r["alt"] for r in labels if r.get("alt")} - {labels[0]["label"]}),
            "people": _rows(store, "agency-people", iri=iri), "tasks": _rows(store, "agency-tasks", iri=iri),
            "groups": _rows(store, "agency-groups", iri=iri), "changes": _rows(store, "agency-changes", iri=iri)}


def group(store: Store, iri: str) -> dict | None:
    rows = _rows(store, "group", iri=iri)
    if not rows:
        return None
    first = rows[0]
    return {"iri": iri, "label": first["label"], "notice": first["notice"], "doc": first["doc"],
            "notice_title": first["ntitle"],
            "parents": sorted({(r["parent"], r["parent_label"]) for r in rows if r.get("parent")}),
            "children": sorted({(r["child"], r["child_label"]) for r in rows if r.get("child")}),
            "members": _rows(store, "group-members", iri=iri)}


def post(store: Store, iri: str) -> dict | None:
    rows = _rows(store, "post", iri=iri)
    if not rows:
        return None
    first = rows[0]
    return {"iri": iri, "label": first["label"], "title": first["title"], "agency": first["agency"],
            "agency_label": first["agency_label"], "events": [r for r in rows if r.get("kind")]}


def notice(store: Store, iri: str) -> dict | None:
    rows = _rows(store, "notice", iri=iri)
    if not rows:
        return None
    return {**rows[0], "facts": _rows(store, "notice-facts", iri=iri),
            "citations": _rows(store, "notice-citations", iri=iri)}


def search(store: Store, q: str) -> list[dict]:
    q = "".join(q.split())
    return _rows(store, "search", q=q) if q else []


def canned(store: Store, query: str, values: dict) -> list[dict]:
    """The rows of the canned query named ``query`` with ``values`` bound."""
    from ..canned import load, run

    return run(store, load(query), values)


def describe(store: Store, iri: str) -> str:
    """The entity's description as N-Quads (graphs kept): every quad with ``iri`` as
    subject or object, and the quads of the tenures it holds and their interval ends."""
    node = ox.NamedNode(iri)
    quads = set(store.ox.quads_for_pattern(node, None, None, None))
    inbound = list(store.ox.quads_for_pattern(None, None, node, None))
    quads.update(inbound)
    identity = ox.NamedNode(str(IDENTITY_GRAPH))
    holder = ox.NamedNode("https://w3id.org/govkg/ontology#holder")
    for q in inbound:
        if q.predicate == holder and q.graph_name == identity:
            for t in store.ox.quads_for_pattern(q.subject, None, None, identity):
                quads.add(t)
                if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(q.subject.value + "/"):
                    quads.update(store.ox.quads_for_pattern(t.object, None, None, identity))
    return "".join(sorted(f"{q} .\n" for q in quads))


def entities(store: Store) -> list[dict]:
    """Every person, agency, group, post and notice: kind, IRI and label, sorted."""
    seen, out = set(), []
    for r in store.query(_query("entities")):
        if (r["kind"], r["iri"]) not in seen:
            seen.add((r["kind"], r["iri"]))
            out.append(r)
    return out


def counts(store: Store) -> dict:
    """How many notices, people, agencies and groups the store holds."""
    q = """PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    SELECT (COUNT(DISTINCT ?n) AS ?notices) (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?a) AS ?agencies)
           (COUNT(DISTINCT ?g) AS ?groups) WHERE {
      { ?n a gov:Notice } UNION { GRAPH <%s> { ?p foaf:name ?x } } UNION { ?a a gov:Agency } UNION { ?g a gov:Group } }
    """ % IDENTITY_GRAPH
    return store.query(q)[0]


PAGES = {"person": person, "agency": agency, "group": group, "post": post, "notice": notice}


def page(store: Store, kind: str, iri: str) -> dict | None:
    """The data of the page of ``iri`` (a ``kind`` from ``PAGES``), None when the store has none."""
    return PAGES[kind](store, iri)
