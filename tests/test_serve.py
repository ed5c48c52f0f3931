"""`govkg serve` as a client sees it: a real uvicorn server on the loopback address,
started by the test, over the example corpus."""
from __future__ import annotations

import http.client
import http.server
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from govkg.cli import main
from serving import GOVKG, ROOT, Server, build_store

COUNT = """PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT (COUNT(DISTINCT ?n) AS ?notices) WHERE { ?n a gov:Notice }"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LI_JUN = "/id/person/%E6%9D%8E%E5%86%9B-5ae6d990"
NOTICE = "https://w3id.org/govkg/id/notice/%E9%84%82%E5%BA%9C%E4%BB%BB%E5%AD%97%E3%80%942024%E3%80%954%E5%8F%B7"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def server(store):
    s = Server(store, "--timeout", "3")
    yield s
    s.stop()


def iri_path(kind: str, name: str) -> str:
    return f"/id/{kind}/" + urllib.parse.quote(name, safe="")


def get(url: str, accept: str | None = None, method: str = "GET", data: bytes | None = None,
        headers: dict | None = None, timeout: float = 30):
    """(status, headers, body) of a request; HTTP errors are answers too."""
    h = dict(headers or {})
    if accept:
        h["Accept"] = accept
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def sparql(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return get(f"{server.url}/sparql?{qs}", accept)


def test_get_select_as_sparql_json(server):
    status, headers, body = sparql(server, COUNT)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["notices"]["value"] == "10"


@pytest.mark.parametrize("accept,expected", [
    ("text/csv", "notices\r\n10"), ("text/tab-separated-values", "?notices\n10"),
    ("application/sparql-results+xml", "<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">10</literal>"),
])
def test_post_query_in_every_results_format(server, accept, expected):
    status, headers, body = get(f"{server.url}/sparql", accept, "POST", COUNT.encode(),
                                {"Content-Type": "application/sparql-query"})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert expected in body.decode()


def test_post_form_and_ask(server):
    data = urllib.parse.urlencode({"query": "ASK { ?s a <https://w3id.org/govkg/ontology#Notice> }"}).encode()
    status, _, body = get(f"{server.url}/sparql", "application/sparql-results+json", "POST", data,
                          {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_construct_by_accept(server, accept, fmt):
    q = f"CONSTRUCT {{ <{NOTICE}> ?p ?o }} WHERE {{ <{NOTICE}> ?p ?o }}"
    status, headers, body = sparql(server, q, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    g = Graph().parse(data=body, format=fmt)
    assert len(g) >= 8
    titles = [str(o) for s, p, o in g if str(p).endswith("/title")]
    assert titles == ["鄂尔多斯市人民政府关于乔建江等职务任免的通知"]


def test_unacceptable_types_get_406(server):
    status, _, body = sparql(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "image/png")
    assert status == 406 and b"text/turtle" in body
    status, _, _ = sparql(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "text/csv")
    assert status == 406


def test_every_form_of_update_is_refused(server, store):
    before = sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")[2]
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    answers = [
        get(f"{server.url}/sparql", None, "POST", b"update=DROP%20ALL", form),
        get(f"{server.url}/sparql", None, "POST", b"DROP ALL", {"Content-Type": "application/sparql-update"}),
        get(f"{server.url}/sparql?update=DROP%20ALL"),
        sparql(server, "DROP ALL"),
        sparql(server, "# a comment\nPREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }"),
    ]
    assert [a[0] for a in answers] == [403] * 5
    assert all(b"read-only" in a[2] for a in answers)
    assert sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")[2] == before


def test_bad_queries_are_named(server):
    status, _, body = sparql(server, "SELEC ?x")
    assert status == 400 and b"does not parse" in body
    status, _, _ = get(f"{server.url}/sparql", None, "POST", b"x", {"Content-Type": "text/plain"})
    assert status == 415


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def recorder():
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    _Recorder.hits.clear()
    yield f"http://127.0.0.1:{srv.server_address[1]}/sparql"
    srv.shutdown()
    srv.server_close()


def test_service_is_refused_and_nothing_is_called(server, recorder):
    status, _, body = sparql(server, f"SELECT * WHERE {{ SERVICE <{recorder}> {{ ?s ?p ?o }} }}")
    assert status == 403 and b"--allow-service" in body
    status, _, _ = sparql(server, f"select * where {{ service silent <{recorder}> {{ ?s ?p ?o }} }}")
    assert status == 403
    assert _Recorder.hits == []
    # the word inside a string or an IRI is not a SERVICE call
    status, _, _ = sparql(server, 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }')
    assert status == 200


def test_default_and_named_graph_uris_are_honoured(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(sparql(server, q, "text/csv")[2].decode().split()[-1])
    one = int(sparql(server, q, "text/csv", **{"default-graph-uri": NOTICE})[2].decode().split()[-1])
    assert 0 < one < union and union > 10000
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = sparql(server, q, "text/csv", **{"named-graph-uri": [NOTICE]})[2].decode().split()
    assert rows == ["g", NOTICE]


def test_head_and_options(server):
    status, headers, body = get(f"{server.url}/sparql?query=" + urllib.parse.quote(COUNT), method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("application/sparql-results+json")
    status, headers, _ = get(f"{server.url}/sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["Allow"]
    status, _, body = get(server.url + LI_JUN, method="HEAD")
    assert status == 200 and body == b""


def test_cors_is_same_origin_only_by_default(server):
    status, headers, _ = get(f"{server.url}/sparql?query=" + urllib.parse.quote(COUNT),
                             headers={"Origin": "https://elsewhere.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = get(f"{server.url}/sparql", method="OPTIONS",
                             headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in headers


@pytest.fixture(scope="module")
def open_server(store):
    s = Server(store, "--cors-origin", "https://app.example", "--allow-service", "--max-body", "2000",
               "--max-result-mb", "1")
    yield s
    s.stop()


def test_cors_origins_by_flag_with_a_working_preflight(open_server):
    status, headers, _ = get(f"{open_server.url}/sparql", method="OPTIONS",
                             headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST",
                                      "Access-Control-Request-Headers": "content-type"})
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in headers
    status, headers, _ = get(f"{open_server.url}/sparql?query=" + urllib.parse.quote(COUNT),
                             headers={"Origin": "https://app.example"})
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    status, headers, _ = get(f"{open_server.url}/sparql?query=" + urllib.parse.quote(COUNT),
                             headers={"Origin": "https://other.example"})
    assert "Access-Control-Allow-Origin" not in headers


def test_service_runs_when_allowed(open_server, recorder):
    status, _, _ = sparql(open_server, f"SELECT * WHERE {{ SERVICE <{recorder}> {{ ?s ?p ?o }} }}")
    assert _Recorder.hits and status >= 400  # the recorder answers 500, so the query fails, but it was called


def test_body_size_limit(open_server):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000).encode()
    status, _, _ = get(f"{open_server.url}/sparql", None, "POST", big, {"Content-Type": "application/sparql-query"})
    assert status == 413


def test_results_are_streamed_and_cut_at_the_cap(open_server, server):
    q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    url = f"{open_server.url}/sparql?" + urllib.parse.urlencode({"query": q})
    req = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status == 200 and r.headers["Transfer-Encoding"] == "chunked"
        with pytest.raises(http.client.IncompleteRead):  # never a silently truncated result
            r.read()
    status, _, body = sparql(server, q, "application/n-triples")  # 100 MiB by default: all of it
    assert status == 200 and body.count(b"\n") > 10000


def test_a_lying_content_length_is_answered_not_waited_on(server):
    host, port = server.url[len("http://"):].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 500\r\n\r\nSELECT")
        start = time.time()
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408") and time.time() - start < 20


def test_huge_headers_are_refused(server):
    host, port = server.url[len("http://"):].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.split(b"\r\n")[0].split()[1] in (b"400", b"431") or answer == b""


def _workers(server, n: int = 2, unlike: set[int] = frozenset(), within: float = 60) -> set[int]:
    """The server's worker processes once there are ``n`` (and they are not ``unlike``). A worker that
    died idle is replaced when a query meets it, and a replacement takes a while to start on a loaded
    machine: queries are sent meanwhile."""
    deadline = time.time() + within
    while len(pids := server.children()) != n or pids == unlike:
        assert time.time() < deadline, pids
        sparql(server, COUNT, "text/csv")
        time.sleep(0.2)
    return pids


def test_a_runaway_query_is_cut_off_while_others_are_answered(server):
    workers_before = _workers(server)
    result: dict = {}

    def runaway():
        start = time.time()
        result["answer"] = sparql(server, RUNAWAY)
        result["seconds"] = time.time() - start

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.5)
    for _ in range(3):  # meanwhile, other clients are answered promptly
        start = time.time()
        status, _, body = sparql(server, COUNT, "text/csv")
        assert status == 200 and body.decode().split() == ["notices", "10"]
        assert time.time() - start < 2
    t.join(60)
    status, _, body = result["answer"]
    assert status == 503 and b"timeout" in body
    assert 2.5 < result["seconds"] < 15
    workers_after = _workers(server, unlike=workers_before)
    assert len(workers_before - workers_after) == 1  # the busy one was killed
    killed = (workers_before - workers_after).pop()
    assert not os.path.exists(f"/proc/{killed}")


def test_a_worker_that_dies_is_replaced(server):
    for pid in server.children():
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    answers = [sparql(server, COUNT, "text/csv") for _ in range(2)]  # each meets a dead worker, or a new one
    assert all(a[0] == 200 or (a[0] == 500 and b"died" in a[2]) for a in answers)
    deadline = time.time() + 60
    while sparql(server, COUNT, "text/csv")[0] != 200:  # the replacements are starting
        assert time.time() < deadline
        time.sleep(0.5)
    _workers(server)


def test_the_access_log_names_each_request(server):
    sparql(server, COUNT)
    time.sleep(0.3)
    assert any('"GET /sparql?query=' in line and " 200" in line for line in server.lines)


# ---------------------------------------------------------------- dereferenceable IRIs

def test_an_entity_iri_gives_html_to_a_browser(server):
    status, headers, body = get(server.url + LI_JUN, "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Accept" in headers["Vary"].split(", ")
    html = body.decode()
    assert "<h1" in html and "李军" in html and "鄂尔多斯市住房和城乡建设局" in html


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_an_entity_iri_gives_data_by_content_negotiation(server, accept, fmt):
    status, headers, body = get(server.url + LI_JUN, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept) and "Accept" in headers["Vary"].split(", ")
    g = Dataset().parse(data=body, format=fmt) if fmt == "json-ld" else Graph().parse(data=body, format=fmt)
    iri = "https://w3id.org/govkg" + LI_JUN
    assert any(str(s) == iri and str(p).endswith("name") and str(o) == "李军" for s, p, o, *_ in
               (g.quads() if fmt == "json-ld" else g))
    # the career: the tenure that the person holds is part of the description
    assert any(str(p).endswith("#holder") and str(o) == iri for s, p, o, *_ in (g.quads() if fmt == "json-ld" else g))


def test_entity_json_ld_is_compacted_with_the_published_context(server):
    _, _, body = get(server.url + LI_JUN, "application/ld+json")
    doc = json.loads(body)
    assert doc["@context"]["name"] == {"@id": "foaf:name", "@language": "zh"}
    _, _, ctx = get(server.url + "/context.jsonld")
    assert json.loads(ctx)["@context"] == doc["@context"]
    graphs = {g["@id"] for g in doc["@graph"]}
    assert "https://w3id.org/govkg/id/graph/identity" in graphs


@pytest.mark.parametrize("path", [
    LI_JUN, "/id/agency/%E9%84%82%E5%B0%94%E5%A4%9A%E6%96%AF%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80",
    "/id/group/b5729ddc2f12", NOTICE[len("https://w3id.org/govkg"):],
    "/id/post/%E9%84%82%E5%B0%94%E5%A4%9A%E6%96%AF%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80/%E5%89%AF%E5%B1%80%E9%95%BF",
])
def test_every_kind_of_entity_has_a_page(server, path):
    status, _, body = get(server.url + path, "text/html")
    assert status == 200 and b"<h1" in body


def test_every_notice_page_lists_each_fact_once_within_the_timeout(server):
    q = """SELECT ?n (COUNT(DISTINCT ?f) AS ?facts) WHERE {
      GRAPH ?n { ?n a <https://w3id.org/govkg/ontology#Notice> . OPTIONAL { ?f <https://w3id.org/govkg/ontology#evidence> ?s } }
    } GROUP BY ?n"""
    rows = json.loads(sparql(server, q)[2])["results"]["bindings"]
    assert len(rows) == 10
    for r in rows:
        path = r["n"]["value"][len("https://w3id.org/govkg"):]
        status, _, body = get(server.url + path, "text/html")  # the server's timeout is 3 s
        assert status == 200, path
        assert body.decode().count('<tr><td><a href="#f') == int(r["facts"]["value"]), path


def test_agency_pages_show_renames_both_ways(server):
    old = iri_path("agency", "鄂尔多斯市行政审批和政务服务局")
    new = iri_path("agency", "鄂尔多斯市行政审批政务服务与数据管理局")
    _, _, body = get(server.url + old, "text/html")
    assert f'更名为 <span class="en">became</span> <a href="{new}">' in body.decode()
    _, _, body = get(server.url + new, "text/html")
    assert f'原为 <span class="en">was</span> <a href="{old}">' in body.decode()


def test_an_iri_typed_undecoded_is_the_same_entity(server):
    status, _, body = get(server.url + "/id/person/" + urllib.parse.quote("李军-5ae6d990".encode(), safe="").lower(),
                          "text/turtle")
    assert status == 200 and "李军".encode() in body


def test_an_unknown_entity_is_404(server):
    assert get(server.url + "/id/person/nobody-00000000", "text/html")[0] == 404
    assert get(server.url + "/id/person/nobody-00000000", "text/turtle")[0] == 404


def test_home_search_and_canned_queries(server):
    status, _, body = get(server.url + "/", "text/html")
    html = body.decode()
    assert status == 200 and 'action="/query/post-holders"' in html and "<textarea" in html
    assert "10 份文件" in html
    _, _, body = get(server.url + "/search?q=" + urllib.parse.quote("李军"), "text/html")
    assert body.decode().count('href="/id/person/%E6%9D%8E%E5%86%9B-') == 2
    _, _, body = get(server.url + "/query/person-career?person=" + urllib.parse.quote("乔建江"), "text/html")
    assert "市乡村振兴局" in body.decode() or "鄂尔多斯市乡村振兴局" in body.decode()
    status, _, body = get(server.url + "/query/post-holders?agency=x", "text/html")
    assert status == 400 and b"missing parameter" in body
    _, _, body = get(server.url + "/sparql?format=html&query=" + urllib.parse.quote(COUNT), "text/html")
    assert b"<td>10</td>" in body


# ---------------------------------------------------------------- beside the CLI

def test_query_export_and_build_run_while_serve_is_up(server, store):
    runner = CliRunner()
    out = runner.invoke(main, ["query", "notices", "--store", store, "--format", "json"])
    assert out.exit_code == 0 and "鄂府任字〔2024〕4号" in out.output
    quads = sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "  # exports leave the caches out
                           "FILTER(?g NOT IN (<https://w3id.org/govkg/id/graph/derived>, "
                           "<https://w3id.org/govkg/id/graph/resolver-cache>)) }", "text/csv")[2]
    out = runner.invoke(main, ["export", "--format", "nquads", "--store", store])
    assert out.exit_code == 0 and out.output.count("\n") == int(quads.decode().split()[-1]) > 10000
    one = ROOT / "tests/corpus/personnel/notices/02-henan-yuzhengren-2024-25.txt"
    built = subprocess.run(GOVKG + ["build", "--store", store, str(one)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    # the server sees the new build on its next request, without a restart
    status, _, body = sparql(server, COUNT, "text/csv")
    assert status == 200 and body.decode().split() == ["notices", "11"]


# ---------------------------------------------------------------- the rules, without a server

@pytest.mark.parametrize("query,status", [
    ("SELECT * WHERE { ?s ?p ?o }", None),
    ('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE', None),
    ("SELECT ?service WHERE { ?service ?p ?o }", None),
    ("SELECT * WHERE { SeRvIcE <http://127.0.0.1/> { ?s ?p ?o } }", 403),
    ("PREFIX : <http://x/> WITH :g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 403),
    ("LOAD <http://127.0.0.1/x.ttl>", 403),
    ("   ", 400),
])
def test_what_the_endpoint_refuses(query, status):
    from govkg.web.protocol import Refused, check

    if status is None:
        assert check(query) in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
    else:
        with pytest.raises(Refused) as err:
            check(query)
        assert err.value.status == status


@pytest.mark.parametrize("accept,expected", [
    (None, "text/html"), ("*/*", "text/html"), ("text/turtle", "text/turtle"),
    ("application/ld+json;q=0.9, text/turtle;q=0.5", "application/ld+json"),
    ("text/*;q=0.8, application/n-triples", "application/n-triples"), ("image/png", None),
    ("text/html;q=0, */*;q=0.1", "text/turtle"),
])
def test_content_negotiation(accept, expected):
    from govkg.web.app import ENTITY_OFFERS
    from govkg.web.protocol import negotiate

    assert negotiate(accept, ENTITY_OFFERS) == expected


def test_pages_never_link_to_script_iris():
    from govkg.web.render import Links

    assert Links().href("javascript:alert(1)") == "#"
    assert Links().href("https://w3id.org/govkg/id/person/%E6%9D%8E-1") == "/id/person/%E6%9D%8E-1"
    assert Links(static=True, depth=2).href("https://w3id.org/govkg/id/person/%E6-1") == "../../id/person/%25E6-1.html"
