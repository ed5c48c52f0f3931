"""OWL-RL reasoning: materialise what the ontology implies into its own named graph.

The closure (owlrl) of the store's graphs plus ``ontology/`` yields inverses
(``gov:hasMember`` -> ``gov:memberOf``), super-properties (``gov:assignsLead`` ->
``gov:involvesAgency``, ``gov:inAgency`` -> ``org:postIn``) and super-classes
(``gov:Post`` -> ``org:Post``). Only new triples about the graph's own nodes (IRIs
under ``https://w3id.org/govkg/id/``) are kept, in the named graph
``<https://w3id.org/govkg/id/graph/inferred>``; asserted graphs are never changed,
and reasoning again replaces the inferred graph.
"""
from __future__ import annotations

import owlrl
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .namespaces import GOV, ID
from .store import Store
from .validate import INFERRED_GRAPH, ontology

_SKIP_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual}


def closure(data: Graph, ont: Graph | None = None) -> tuple[Graph, list[str]]:
    """The new triples OWL-RL derives about ``data``'s nodes, and owlrl's inconsistency messages."""
    g = Graph()
    for t in data:
        if t[1] != GOV.rawText:
            g.add(t)
    for t in ont if ont is not None else ontology():
        g.add(t)
    before = set(g)
    sem = owlrl.OWLRL_Semantics(g, axioms=False, daxioms=False)
    sem.closure()
    sem.flush_stored_triples()
    out = Graph(identifier=INFERRED_GRAPH)
    for s, p, o in g:
        if (s, p, o) in before or not isinstance(s, URIRef) or not str(s).startswith(str(ID)):
            continue
        if p == OWL.sameAs and s == o or p == RDF.type and o in _SKIP_TYPES:
            continue
        out.add((s, p, o))
    return out, list(sem.error_messages)


def reason_store(store: Store) -> tuple[int, list[str]]:
    """Replace the inferred graph of ``store``; returns the number of inferred triples and any errors."""
    data = Graph()
    for name in store.graphs():
        if name != str(INFERRED_GRAPH):
            data.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, from_graph=name), format="nt")
    inferred, errors = closure(data)
    store.put_graph(inferred)
    store.flush()
    return len(inferred), errors


__all__ = ["closure", "reason_store", "INFERRED_GRAPH"]
