"""The SPARQL 1.1 Protocol's rules, without any HTTP: what a request asks, which
media type answers it, and what is refused.

Pure functions over strings, so they are tested without a server.
"""
from __future__ import annotations

import re

#: result kind -> offered (media type, pyoxigraph format name), in the server's preference order
OFFERS: dict[str, list[tuple[str, str]]] = {
    "solutions": [("application/sparql-results+json", "JSON"), ("application/json", "JSON"),
                  ("application/sparql-results+xml", "XML"), ("application/xml", "XML"),
                  ("text/csv", "CSV"), ("text/tab-separated-values", "TSV")],
    "graph": [("text/turtle", "TURTLE"), ("application/n-triples", "N_TRIPLES"),
              ("application/ld+json", "JSON_LD"), ("application/rdf+xml", "RDF_XML"),
              ("application/n-quads", "N_QUADS"), ("application/trig", "TRIG")],
}
OFFERS["boolean"] = OFFERS["solutions"]

_UPDATE = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
# what cannot hold a keyword: strings (long and short), IRIs, comments
_INERT = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_WORD = re.compile(r"(?<![\w:?$])([A-Za-z]+)(?![\w:])")


class Refused(Exception):
    """A request the endpoint will not run: ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, text: str):
        super().__init__(text)
        self.status, self.text = status, text


def keywords(query: str) -> list[str]:
    """The bare words of ``query`` outside strings, IRIs and comments, upper-cased."""
    return [w.upper() for w in _WORD.findall(_INERT.sub(" ", query))]


def check(query: str, allow_service: bool = False) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of ``query``; Refused(403) for an
    update or (unless allowed) a federated ``SERVICE`` call, Refused(400) when empty."""
    words = keywords(query)
    if not query.strip():
        raise Refused(400, "missing query: send query=… (GET or form POST) or an application/sparql-query body")
    form = next((w for w in words if w in _FORMS | _UPDATE), None)
    if form in _UPDATE:
        raise Refused(403, "this endpoint is read-only: updates are refused (the graph changes only "
                           "through `govkg build`)")
    if "SERVICE" in words and not allow_service:
        raise Refused(403, "SERVICE (federated query) is refused by this endpoint; "
                           "its operator can allow it with `govkg serve --allow-service`")
    return form or "SELECT"


def _accepted(accept: str) -> list[tuple[str, float, int]]:
    out = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q, i))
    return out


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (q-values, then specificity,
    then the server's order); the first offer when there is no header; None when none
    is acceptable (answer 406)."""
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = _accepted(accept)
    best, best_key = None, None
    for pos, offer in enumerate(offers):
        major = offer.split("/")[0]
        # the most specific range that matches the offer decides its q (RFC 9110, 12.5.1)
        matches = [(3 if mime == offer else 2 if mime == f"{major}/*" else 1, q) for mime, q, _ in ranges
                   if mime in (offer, f"{major}/*", "*/*")]
        if not matches:
            continue
        spec, q = max(matches, key=lambda m: m[0])
        if q <= 0:
            continue
        key = (q, spec, -pos)
        if best_key is None or key > best_key:
            best, best_key = offer, key
    return best


def formats(accept: str | None) -> dict[str, tuple[str, str]]:
    """For each result kind, the (media type, format name) that answers ``accept``; kinds
    no accepted type can carry are left out."""
    chosen = {}
    for kind, offers in OFFERS.items():
        mime = negotiate(accept, [m for m, _ in offers])
        if mime:
            chosen[kind] = (mime, dict(offers)[mime])
    return chosen


def wants_html(accept: str | None) -> bool:
    """Whether ``accept`` names text/html itself (a browser), not only through */*."""
    return any(m in ("text/html", "application/xhtml+xml") and q > 0 for m, q, _ in _accepted(accept or ""))
