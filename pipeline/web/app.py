"""The web application of ``govkg serve`` (Starlette, run by uvicorn).

Routes:
  /sparql          the SPARQL 1.1 Protocol (GET, POST form, POST application/sparql-query),
                   read-only: every update is 403; SERVICE is 403 unless allowed
  /id/…            every entity IRI dereferences here: HTML for browsers, Turtle,
                   JSON-LD or N-Triples by Accept (or ?format=), ``Vary: Accept``
  /                search, the canned queries with a form each, a SPARQL editor
  /search, /query/NAME   the search and canned-query result pages
  /context.jsonld  govkg's JSON-LD context;  /ontology  the OWL ontology (Turtle)
Queries run in killable worker processes (``workers.Pool``) with a deadline.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from . import protocol
from .data import BASE, PAGES, kind_of
from .formats import quad_rows, serialize
from .protocol import Refused
from .render import Renderer
from .workers import Pool, PoolBusy, QueryTimeout, WorkerError

log = logging.getLogger("govkg.serve")

#: ?format= values and the media type each stands for
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "ntriples": "application/n-triples", "nt": "application/n-triples",
                "jsonld": "application/ld+json", "html": "text/html"}
ENTITY_OFFERS = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"]


@dataclass
class Settings:
    """How the server runs; the defaults are the safe ones."""
    store: str
    timeout: float = 30.0
    workers: int = 2
    allow_service: bool = False
    cors_origins: tuple[str, ...] = ()
    max_body: int = 1 << 20
    body_timeout: float = 10.0
    max_result_bytes: int = 100 << 20
    html_rows: int = 2000


def make_app(settings: Settings) -> Starlette:
    pool = Pool(settings.store, settings.workers)
    pages = Renderer()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            pool.close()

    def html_error(status: int, message: str) -> HTMLResponse:
        return HTMLResponse(pages.render("error.html", status=status, message=message), status_code=status)

    def fail(status: int, message: str, html: bool = False, headers: dict | None = None) -> Response:
        if html:
            r = html_error(status, message)
        else:
            r = PlainTextResponse(message + "\n", status_code=status)
        r.headers.update(headers or {})
        return r

    async def call(function: str, **args):
        return await pool.call(function, settings.timeout, **args)

    def call_error(exc: Exception, html: bool) -> Response:
        if isinstance(exc, QueryTimeout):
            log.warning("query stopped at the %s s timeout", settings.timeout)
            return fail(503, f"the query ran past the {settings.timeout:g} s timeout and was stopped", html)
        if isinstance(exc, PoolBusy):
            return fail(503, str(exc), html, {"Retry-After": "5"})
        assert isinstance(exc, WorkerError)
        return fail(exc.status, exc.text, html)

    # ------------------------------------------------------------ /sparql

    async def read_body(request: Request) -> bytes:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > settings.max_body):
            raise Refused(413, f"the request body is larger than {settings.max_body} bytes")

        async def collect() -> bytes:
            buf = bytearray()
            async for chunk in request.stream():
                buf += chunk
                if len(buf) > settings.max_body:
                    raise Refused(413, f"the request body is larger than {settings.max_body} bytes")
            return bytes(buf)

        try:
            return await asyncio.wait_for(collect(), settings.body_timeout)
        except asyncio.TimeoutError:
            raise Refused(408, f"the request body did not arrive within {settings.body_timeout:g} s") from None

    async def sparql_request(request: Request) -> tuple[str | None, dict[str, list[str]]]:
        """The query text and the protocol parameters (query string and form)."""
        params = parse_qs(request.url.query, keep_blank_values=True)
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                raise Refused(403, "this endpoint is read-only: updates are refused")
            if kind == "application/sparql-query":
                body = await read_body(request)
                return body.decode("utf-8", "replace"), params
            if kind == "application/x-www-form-urlencoded":
                form = parse_qs((await read_body(request)).decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
            else:
                raise Refused(415, "send application/sparql-query, or a form (application/x-www-form-urlencoded) "
                                   "with query=")
        if "update" in params:
            raise Refused(403, "this endpoint is read-only: updates are refused")
        return (params["query"][0] if params.get("query") else None), params

    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers={"Allow": "GET, HEAD, POST, OPTIONS"})
        accept = request.headers.get("accept")
        try:
            query, params = await sparql_request(request)
            if params.get("format"):
                accept = FORMAT_PARAM.get(params["format"][0], params["format"][0])
            if query is None and protocol.wants_html(accept):
                return await home(request)
            protocol.check(query or "", settings.allow_service)
        except Refused as exc:
            return fail(exc.status, exc.text)
        job = {"kind": "sparql", "query": query, "default_graphs": params.get("default-graph-uri", []),
               "named_graphs": params.get("named-graph-uri", []), "max_bytes": settings.max_result_bytes,
               "offer": {k: [m for m, _ in v] for k, v in protocol.OFFERS.items()}}
        if protocol.negotiate(accept, ["text/html"] + [m for m, _ in protocol.OFFERS["solutions"]]) == "text/html" \
                and protocol.wants_html(accept):
            return await sparql_html(query, job)
        job["formats"] = protocol.formats(accept)
        if not job["formats"]:
            return fail(406, "none of the accepted media types is offered; accept one of "
                        + ", ".join(dict.fromkeys(m for v in protocol.OFFERS.values() for m, _ in v)))
        return await stream(job)

    async def stream(job: dict) -> Response:
        messages = pool.messages(job, settings.timeout)
        try:
            first = await messages.__anext__()
            if first[0] == "type":
                mime, head = first[1], await messages.__anext__()
            else:
                mime, head = None, first
        except (QueryTimeout, PoolBusy) as exc:
            await messages.aclose()
            return call_error(exc, False)
        if head[0] == "error":
            await messages.aclose()
            return fail(head[1], head[2])

        async def body():
            try:
                msg = head
                while True:
                    if msg[0] == "chunk":
                        yield msg[1]
                    elif msg[0] == "end":
                        return
                    else:  # an error or a timeout after the first bytes: cut the response short
                        raise RuntimeError(msg[2] if msg[0] == "error" else msg)
                    msg = await messages.__anext__()
            except QueryTimeout:
                log.warning("query stopped at the %s s timeout while streaming", settings.timeout)
                raise
            finally:
                await messages.aclose()

        return StreamingResponse(body(), media_type=f"{mime}; charset=utf-8" if mime.startswith("text/") else mime)

    async def sparql_html(query: str, job: dict) -> Response:
        job["formats"] = {"solutions": ("application/sparql-results+json", "JSON"),
                          "boolean": ("application/sparql-results+json", "JSON"), "graph": ("text/turtle", "TURTLE")}
        job["max_bytes"] = min(job["max_bytes"], 20 << 20)
        chunks, mime = [], None
        try:
            async with contextlib.aclosing(pool.messages(job, settings.timeout)) as messages:
                async for msg in messages:
                    if msg[0] == "type":
                        mime = msg[1]
                    elif msg[0] == "chunk":
                        chunks.append(msg[1])
                    elif msg[0] == "error":
                        return html_error(msg[1], msg[2])
        except (QueryTimeout, PoolBusy) as exc:
            return call_error(exc, True)
        text = b"".join(chunks).decode("utf-8")
        if mime == "text/turtle":
            return HTMLResponse(pages.render("results.html", heading="SPARQL", query=query, summary=None,
                                             boolean=text, columns=[], rows=[], truncated=False))
        doc = json.loads(text)
        if "boolean" in doc:
            return HTMLResponse(pages.render("results.html", heading="SPARQL", query=query, summary=None,
                                             boolean=str(doc["boolean"]).lower(), columns=[], rows=[],
                                             truncated=False))
        columns = doc["head"]["vars"]
        rows = [{c: (b[c]["value"] if c in b else None) for c in columns}
                for b in doc["results"]["bindings"][: settings.html_rows]]
        return HTMLResponse(pages.render("results.html", heading="SPARQL", query=query, summary=None, boolean=None,
                                         columns=columns, rows=rows,
                                         truncated=len(doc["results"]["bindings"]) > settings.html_rows))

    # ------------------------------------------------------------ /id/…

    async def entity(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?", 1)[0]
        segs = [quote(unquote(s, encoding="utf-8", errors="strict"), safe="") for s in path.split("/")[2:]]
        iri = BASE + "/".join(segs)
        fmt = request.query_params.get("format")
        accept = FORMAT_PARAM.get(fmt, fmt) if fmt else request.headers.get("accept")
        mime = protocol.negotiate(accept, ENTITY_OFFERS)
        vary = {"Vary": "Accept"}
        if mime is None:
            return fail(406, "this resource is offered as " + ", ".join(ENTITY_OFFERS), headers=vary)
        kind = kind_of(iri)
        try:
            if mime == "text/html" and kind in PAGES:
                data = await call("page", kind=kind, iri=iri)
                if data is None:
                    return fail(404, f"nothing in the graph is called {iri}", True, vary)
                return HTMLResponse(pages.page(kind, data), headers=vary)
            nquads = await call("describe", iri=iri)
        except (QueryTimeout, PoolBusy, WorkerError) as exc:
            return call_error(exc, mime == "text/html")
        if not nquads:
            return fail(404, f"nothing in the graph is called {iri}", mime == "text/html", vary)
        if mime == "text/html":
            return HTMLResponse(pages.render("resource.html", iri=iri, quads=quad_rows(nquads)), headers=vary)
        return Response(serialize(nquads, mime), media_type=mime, headers=vary)

    # ------------------------------------------------------------ pages

    async def home(request: Request) -> Response:
        from ..canned import catalogue

        try:
            counts = await call("counts")
        except (QueryTimeout, PoolBusy, WorkerError) as exc:
            return call_error(exc, True)
        return HTMLResponse(pages.render("home.html", counts=counts, canned=catalogue(), q=""))

    async def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        try:
            hits = await call("search", q=q)
        except (QueryTimeout, PoolBusy, WorkerError) as exc:
            return call_error(exc, True)
        return HTMLResponse(pages.render("search.html", q=q, hits=hits))

    async def canned_query(request: Request) -> Response:
        from ..canned import bind, load
        from ..errors import QueryError

        name = request.path_params["name"]
        values = {k: v for k, v in request.query_params.items() if v != ""}
        try:
            q = load(name)
            bind(q, values)
        except QueryError as exc:
            return html_error(400 if "parameter" in str(exc) else 404, str(exc))
        try:
            rows = await call("canned", query=name, values=values)
        except (QueryTimeout, PoolBusy, WorkerError) as exc:
            return call_error(exc, True)
        columns = list(rows[0]) if rows else []
        return HTMLResponse(pages.render("results.html", heading=name, summary=q.summary, query=None, boolean=None,
                                         columns=columns, rows=rows[: settings.html_rows],
                                         truncated=len(rows) > settings.html_rows))

    async def context(request: Request) -> Response:
        from ..export import context as jsonld_context

        return JSONResponse({"@context": jsonld_context()}, media_type="application/ld+json")

    async def ontology(request: Request) -> Response:
        from importlib import resources

        text = resources.files("govkg.ontology").joinpath("govkg.ttl").read_bytes()
        return Response(text, media_type="text/turtle")

    routes = [
        Route("/ontology", ontology, methods=["GET"]),
        Route("/", home, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST", "OPTIONS"]),
        Route("/search", search, methods=["GET"]),
        Route("/query/{name}", canned_query, methods=["GET"]),
        Route("/context.jsonld", context, methods=["GET"]),
        Route("/id/{rest:path}", entity, methods=["GET"]),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                             allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                             allow_headers=["Accept", "Content-Type"], allow_credentials=False, max_age=600)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.settings = settings
    return app
