"""A read-only SPARQL 1.1 Protocol endpoint over the store (``govkg serve``).

``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=`` or a body of
type ``application/sparql-query``) answer SELECT/ASK as SPARQL JSON, CSV or TSV
results and CONSTRUCT/DESCRIBE as Turtle or N-Triples, chosen by the ``Accept``
header. Updates are refused: the graph changes only through ``govkg build``. The
default graph is the union of all named graphs, as in ``govkg query``.
"""
from __future__ import annotations

from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .store import Store

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/ld+json": ox.RdfFormat.JSON_LD if hasattr(ox.RdfFormat, "JSON_LD") else ox.RdfFormat.TURTLE}


def _pick(accept: str, table: dict, default: str) -> tuple[str, object]:
    for part in (a.split(";")[0].strip() for a in accept.split(",")):
        if part in table:
            return part, table[part]
    return default, table[default]


def make_handler(store: Store) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "govkg-sparql/1"

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            url = urlparse(self.path)
            if url.path != "/sparql":
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"the SPARQL endpoint is /sparql\n")
                return
            self._answer(parse_qs(url.query).get("query", [""])[0])

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0") or 0)
            body = self.rfile.read(length).decode("utf-8")
            kind = self.headers.get("Content-Type", "").split(";")[0].strip()
            if kind == "application/sparql-query":
                self._answer(body)
            elif kind == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                if "update" in form:
                    self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only\n")
                    return
                self._answer(form.get("query", [""])[0])
            else:
                self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                           b"send application/sparql-query or a form with query=\n")

        def _answer(self, query: str) -> None:
            if not query.strip():
                self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"missing query\n")
                return
            try:
                result = store.ox.query(query, use_default_graph_as_union=True)
            except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
                self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n".encode())
                return
            accept = self.headers.get("Accept", "")
            if isinstance(result, ox.QueryTriples):
                mime, fmt = _pick(accept, _GRAPHS, "text/turtle")
            else:
                mime, fmt = _pick(accept, _RESULTS, "application/sparql-results+json")
            self._send(HTTPStatus.OK, mime, result.serialize(format=fmt))

        def _send(self, status: HTTPStatus, mime: str, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{mime}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, fmt: str, *args) -> None:  # quiet unless asked
            if getattr(self.server, "verbose", False):
                super().log_message(fmt, *args)

    return Handler


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server bound to ``host:port`` (port 0 picks a free one); call ``serve_forever``."""
    return ThreadingHTTPServer((host, port), make_handler(store))
