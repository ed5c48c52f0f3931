"""The SPARQL endpoint is a real HTTP server on the loopback address."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from govkg.serve import make_server


@pytest.fixture()
def endpoint(seed_store):
    server = make_server(seed_store, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


Q = """PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT (COUNT(DISTINCT ?n) AS ?notices) WHERE { ?n a gov:Notice }"""


def test_get_select_as_sparql_json(endpoint):
    with urllib.request.urlopen(f"{endpoint}?{urllib.parse.urlencode({'query': Q})}", timeout=10) as r:
        assert r.headers["Content-Type"].startswith("application/sparql-results+json")
        data = json.load(r)
    assert data["results"]["bindings"][0]["notices"]["value"] == "10"


def test_post_query_and_csv(endpoint):
    req = urllib.request.Request(endpoint, data=Q.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.read().decode().splitlines() == ["notices", "10"]


def test_updates_are_refused_and_bad_queries_named(endpoint):
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                                 method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{endpoint}?query=SELEC", timeout=10)
    assert err.value.code == 400
