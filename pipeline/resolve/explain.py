"""Why the graph thinks what it thinks about a person: the resolver's evidence, readable.

IRIs are printed as the store holds them (percent-encoded), so one copied from the
output into a SPARQL query matches."""
from __future__ import annotations

from ..namespaces import IDENTITY_GRAPH
from ..store import Store
from ..text import squash

_QUERY = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?name ?person ?mention ?doc ?date ?agency ?title ?kind WHERE {
  GRAPH <%s> { ?person foaf:name ?name . ?mention gov:denotes ?person }
  GRAPH ?notice {
    ?mention gov:mentionedIn ?notice .
    ?notice dcterms:title ?ntitle .
    OPTIONAL { ?notice eli:id_local ?number }
    OPTIONAL { ?notice eli:date_document ?date }
    BIND(COALESCE(?number, ?ntitle) AS ?doc)
    OPTIONAL { ?f gov:person ?mention ; gov:agencyName ?agency ; gov:post/gov:title ?title ; a ?kind }
  }
} ORDER BY ?person ?date ?doc
"""
_EVIDENCE = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?name ?person ?note WHERE { GRAPH <%s> { ?person foaf:name ?name ; gov:identityEvidence ?note } } ORDER BY ?note
"""


def explain_person(store: Store, name: str) -> str:
    """A report of every person node named ``name`` (spaces ignored)."""
    from pyoxigraph import Literal
    from pyoxigraph import Variable

    name = squash(name)
    bind = {Variable("name"): Literal(name)}
    rows = store.query(_QUERY % IDENTITY_GRAPH, bind)
    notes = store.query(_EVIDENCE % IDENTITY_GRAPH, bind)
    if not rows:
        return f"no person named {name} in the store"
    people: dict[str, list[str]] = {}
    for r in rows:
        what = f"{r['kind'].rsplit('#', 1)[-1]}: {r['agency']} {r['title']}" if r.get("agency") else "named"
        people.setdefault(r["person"], []).append(f"  {r.get('date') or '?':<10} {r['doc']}  {what}")
    out = [f"{len(people)} person node(s) named {name}"]
    for person, lines in people.items():
        out.append(f"\n{person}")
        out.extend(dict.fromkeys(lines))
        out.append("  evidence:")
        out.extend(f"    {n['note']}" for n in notes if n["person"] == person)
    return "\n".join(out)
