"""Past one machine: extraction on a Dask cluster, and a SPARQL server as the store."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.build import build
from govkg.cli import main
from govkg.export import fact_rows, to_rdf
from govkg.remote import EndpointStore
from govkg.store import Store

from conftest import CORPUS, SEED


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("embedded") / "store")
    build([SEED], store)
    return store


def test_dask_cluster_of_two_workers_builds_the_same_graph(tmp_path, embedded):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        store = Store(tmp_path / "store")
        report = build([SEED], store, executor=f"dask://{address}")
    assert report.notices == 10 and not report.problems
    assert to_rdf(store, "nquads") == to_rdf(embedded, "nquads")


def test_dask_executor_that_cannot_be_reached_is_an_error(tmp_path):
    from govkg.executors import ExecutorError

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ExecutorError, match="cannot reach the Dask scheduler"):
        build([SEED], Store(tmp_path / "store"), executor=f"dask://127.0.0.1:{port}")


@pytest.fixture()
def sparql_server(tmp_path):
    """A real Oxigraph server (`oxigraph serve`, from the oxigraph package) on a free loopback port."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("oxigraph serve did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_build_query_validate_export_against_a_sparql_server(sparql_server, embedded, tmp_path):
    runner = CliRunner()
    built = runner.invoke(main, ["build", "--sparql-endpoint", sparql_server, "--jobs", "1", str(SEED)])
    assert built.exit_code == 0, built.output
    remote = EndpointStore(sparql_server)
    assert remote.graphs() == embedded.graphs()
    assert to_rdf(remote, "turtle") == to_rdf(embedded, "turtle")
    assert fact_rows(remote) == fact_rows(embedded)
    out = runner.invoke(main, ["query", "person-career", "--sparql-endpoint", sparql_server, "-p", "person=乔建江",
                               "--format", "json"])
    assert out.exit_code == 0 and "市乡村振兴局" in out.output
    turtle = tmp_path / "remote.ttl"
    assert runner.invoke(main, ["export", "--sparql-endpoint", sparql_server, "--format", "turtle",
                                "-o", str(turtle)]).exit_code == 0
    assert turtle.read_bytes() == to_rdf(embedded, "turtle")
    checked = runner.invoke(main, ["validate", "--sparql-endpoint", sparql_server])
    assert checked.exit_code == 0, checked.output
    assert f"conforms: {len(remote.graphs())} graphs checked, 0 violations" in checked.output, checked.output


def test_building_again_on_the_server_replaces_graphs(sparql_server):
    build([CORPUS / "personnel" / "notices"], EndpointStore(sparql_server))
    first = to_rdf(EndpointStore(sparql_server), "nquads")
    build([CORPUS / "personnel" / "notices"], EndpointStore(sparql_server))
    assert to_rdf(EndpointStore(sparql_server), "nquads") == first


def test_a_server_that_is_not_there_is_a_clear_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(main, ["query", "notices", "--sparql-endpoint", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 1 and "cannot reach the SPARQL server" in result.output
