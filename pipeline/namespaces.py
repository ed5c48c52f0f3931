"""Every namespace and IRI scheme the graph uses, bound once.

``GOV`` is govkg's own ontology (``ontology/govkg.ttl``); ``ID`` holds the
instances. IRIs of instances are built only through the ``*_iri`` functions
here, from normalised keys, so they do not depend on input order.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

GOV = Namespace("https://w3id.org/govkg/ontology#")
ID = Namespace("https://w3id.org/govkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES = {"gov": GOV, "id": ID, "org": ORG, "eli": ELI, "oa": OA, "prov": PROV, "dcterms": DCTERMS,
            "foaf": FOAF, "skos": SKOS, "time": TIME, "xsd": XSD, "rdfs": RDFS, "owl": OWL, "rdf": RDF}
#: the named graph that holds the resolver's identity decisions
IDENTITY_GRAPH = ID["graph/identity"]

__all__ = ["GOV", "ID", "ORG", "ELI", "OA", "PROV", "DCTERMS", "FOAF", "SKOS", "TIME", "XSD", "RDFS",
           "OWL", "RDF", "PREFIXES", "IDENTITY_GRAPH", "notice_iri", "agency_iri", "post_iri", "person_iri",
           "group_iri", "role_iri", "doc_ref_iri", "digest", "short_iri", "full_iri", "NOTICE_PARTS", "notice_part"]


def digest(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:n]


#: a post's records that grow with its history (the resolver's cached facts, its timeline) are kept in at
#: most this many literals, what a notice says of the post always in the same one (``notice_part``): a post
#: is read in a few lookups (each ~15-20 µs at 100k notices, whatever the literal's length), and a build
#: rewrites only the parts of its notices
NOTICE_PARTS = 32


@lru_cache(maxsize=1 << 16)
def notice_part(notice: str) -> int:
    """The part of a post's records that holds what ``notice`` says of the post."""
    return int(digest(notice, n=8), 16) % NOTICE_PARTS


#: what ``short_iri`` takes off the project's IRIs (kept in JSON caches without it)
_BASE = str(ID[""])


def short_iri(v):
    """An IRI of the project without its common prefix (anything else as it is), for JSON caches."""
    return v[len(_BASE):] if isinstance(v, str) and v.startswith(_BASE) else v


def full_iri(v):
    """The IRI ``short_iri`` gave ``v`` for (None and full IRIs as they are)."""
    return v if not isinstance(v, str) or "://" in v else _BASE + v


def _seg(text: str) -> str:
    return quote(text, safe="")


def notice_iri(number: str | None, title: str | None, text: str = "", date: str | None = None):
    """A notice is keyed by its 文号 (unique per issuer and year), else its title and date, else its text.
    A title without a number recurs (国务院任免国家工作人员, 某某任免驻外大使: one headline for every such
    report), so its date (signed, else published) tells the reports apart; copies of one report share it."""
    if number:
        return ID[f"notice/{_seg(number)}"]
    if title:
        return ID[f"notice/t-{digest(title, date)}"] if date else ID[f"notice/t-{digest(title)}"]
    return ID[f"notice/x-{digest(text)}"]


def doc_ref_iri(number: str):
    """A cited document: the same IRI as the notice with that 文号, when it is in the store."""
    return ID[f"notice/{_seg(number)}"]


def agency_iri(qualified: str):
    return ID[f"agency/{_seg(qualified)}"]


def post_iri(qualified_agency: str, title: str):
    return ID[f"post/{_seg(qualified_agency)}/{_seg(title)}"]


def person_iri(name: str, anchor: str):
    return ID[f"person/{_seg(name)}-{digest(anchor, n=8)}"]


def group_iri(notice, name: str):
    return ID[f"group/{digest(str(notice), name)}"]


def role_iri(role: str):
    return ID[f"role/{_seg(role)}"]
