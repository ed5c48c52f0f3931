"""An entity's description (N-Quads from ``data.describe``) in the formats a client asks for."""
from __future__ import annotations


def serialize(nquads: str, mime: str) -> bytes:
    """An entity's description (N-Quads) as Turtle or N-Triples (graphs merged) or JSON-LD
    (graphs kept, govkg's context)."""
    import pyoxigraph as ox

    from ..export import jsonld
    from ..namespaces import PREFIXES

    if mime == "application/ld+json":
        return jsonld(nquads)
    quads = ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    if mime == "application/n-triples":
        return "".join(f"{t} .\n" for t in triples).encode("utf-8")
    prefixes = {k: str(v) for k, v in PREFIXES.items() if k != "id"}  # instance IRIs stay whole
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


def quad_rows(nquads: str) -> list[tuple]:
    """Rows for the generic resource page: (subject, predicate, object, object is an IRI, graph)."""
    import pyoxigraph as ox

    rows = []
    for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        is_iri = isinstance(q.object, ox.NamedNode)
        rows.append((q.subject.value, q.predicate.value, q.object.value, is_iri,
                     getattr(q.graph_name, "value", "")))
    return rows
