"""Reviewer overrides: decisions that the person NAME in two notices is (or is not)
one person. They are data in the store (the overrides graph), checked against the
store when added, and applied by every resolution until removed.

A notice is named by its 文号 or title, optionally ``@AGENCY`` to pick one of two
namesakes in it: ``same 苏雅拉图 鄂府任字〔2024〕4号@市财政局 鄂府发〔2024〕9号``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import OverrideError
from ..namespaces import GOV, ID, digest
from ..store import Store
from .state import OVERRIDES_GRAPH


@dataclass(frozen=True, order=True)
class Override:
    """A reviewer's decision: the person NAME in notice ``a`` and in notice ``b`` are the
    same person (``same``) or not (``different``)."""

    same: bool
    name: str
    a: str
    b: str

    @property
    def id(self) -> str:
        """A short key, the same for the same decision in any store."""
        return digest("same" if self.same else "different", self.name, self.a, self.b, n=8)

    def __str__(self) -> str:
        return f"{'same' if self.same else 'different'} {self.name} {self.a} {self.b}"


def parse(line: str) -> Override:
    """``same|different NAME NOTICE[@AGENCY] NOTICE[@AGENCY]`` -> ``Override``; ValueError otherwise."""
    parts = line.split()
    if len(parts) != 4 or parts[0] not in ("same", "different"):
        raise ValueError("expected 'same|different NAME NOTICE[@AGENCY] NOTICE[@AGENCY]'")
    return Override(parts[0] == "same", parts[1], parts[2], parts[3])


def read_overrides(path) -> list[Override]:
    """Lines ``same|different NAME NOTICE[@AGENCY] NOTICE[@AGENCY]``; ``#`` starts a comment."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                out.append(parse(line))
            except ValueError as exc:
                raise ValueError(f"{path}: line {lineno}: {exc}") from exc
    return out


def matches(mention, ref: str) -> bool:
    """Does ``NOTICE[@AGENCY]`` pick this mention?"""
    doc, _, agency = ref.partition("@")
    return (mention.doc == doc or mention.notice.endswith(doc)) and \
        (not agency or any(agency in a for a in mention.agencies))


def check(store: Store, o: Override, mentions) -> None:
    """Refuse an override that names what the store does not hold (``mentions``: the
    mentions of ``o.name``); raises ``OverrideError`` saying which part is missing."""
    if not mentions:
        raise OverrideError(f"{o}: no person named {o.name} in the store", o)
    for ref in (o.a, o.b):
        if any(matches(m, ref) for m in mentions):
            continue
        doc, _, agency = ref.partition("@")
        if not any(m.doc == doc or m.notice.endswith(doc) for m in mentions):
            if not _notice_exists(store, doc):
                raise OverrideError(f"{o}: no notice {doc} in the store (give its 文号 or title)", o)
            raise OverrideError(f"{o}: notice {doc} does not name {o.name}", o)
        raise OverrideError(f"{o}: {o.name} in {doc} holds no post in an agency named like {agency}", o)


def _notice_exists(store: Store, doc: str) -> bool:
    from pyoxigraph import Literal

    q = ("ASK { GRAPH ?n { { ?n <http://data.europa.eu/eli/ontology#id_local> ?d } UNION "
         "{ ?n <http://purl.org/dc/terms/title> ?d } } }")
    return bool(store.ox.query(q, substitutions={_var("d"): Literal(doc)}))


def _var(name: str):
    from pyoxigraph import Variable
    return Variable(name)


def stored(store: Store) -> list[Override]:
    """The overrides in the store, in a stable order."""
    q = (f"SELECT ?kind ?name ?a ?b WHERE {{ GRAPH <{OVERRIDES_GRAPH}> {{ ?o <{GOV.reviewerSays}> ?kind ; "
         f"<{GOV.personName}> ?name ; <{GOV.firstMention}> ?a ; <{GOV.secondMention}> ?b }} }}")
    return sorted(Override(r["kind"] == "same", r["name"], r["a"], r["b"]) for r in store.query(q))


def node(o: Override) -> str:
    return str(ID[f"override/{o.id}"])


def triples(o: Override) -> str:
    """The override as N-Triples lines (for an INSERT DATA into the overrides graph)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    s = URIRef(node(o))
    rows = [(RDF.type, GOV.IdentityOverride), (GOV.reviewerSays, Literal("same" if o.same else "different")),
            (GOV.personName, Literal(o.name)), (GOV.firstMention, Literal(o.a)), (GOV.secondMention, Literal(o.b))]
    return "".join(f"{s.n3()} {p.n3()} {v.n3()} .\n" for p, v in rows)
