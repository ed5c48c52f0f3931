"""Faults in the build's machinery: a worker process that dies, a build that fails before it writes."""
from __future__ import annotations

import os
import socket

import pytest

from govkg.build import build
from govkg.executors import ExecutorError, run_chunks
from govkg.resolve.state import is_resolved
from govkg.store import Store
from govkg.work import Outcome

from conftest import SEED


def _work(chunk: list[str], timeout) -> list[Outcome]:
    """Stands in for extraction: an item named ``die…`` kills its process (as the kernel's OOM
    killer or a crash in a C extension would), the others come back as their graphs."""
    out = []
    for item in chunk:
        if item.startswith("die"):
            os._exit(9)
        out.append(Outcome(graph=f"urn:g:{item}", nquads=b""))
    return out


def test_a_worker_that_dies_costs_only_its_notice():
    chunks = [[f"n{i}-{j}" for j in range(3)] for i in range(8)]
    chunks[2][1] = "die-a"  # in the first window of chunks
    chunks[6][0] = "die-b"  # in a chunk sent to the pool that replaces the dead one
    outcomes = [o for c in run_chunks(iter(chunks), None, jobs=2, work=_work) for o in c]
    assert len(outcomes) == 24  # every item has its outcome, in input order
    for item, o in zip([i for c in chunks for i in c], outcomes):
        if item.startswith("die"):
            assert o.graph is None and o.problem.startswith(f"{item}: the extraction process died")
        else:
            assert o.graph == f"urn:g:{item}" and o.problem is None


def test_a_build_that_fails_before_writing_leaves_the_store_resolved(tmp_path):
    store = Store(tmp_path / "store")
    build([SEED], store)
    assert is_resolved(store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ExecutorError):
        build([SEED], store, executor=f"dask://127.0.0.1:{port}")
    assert is_resolved(store)  # (it said unresolved, and the next build re-resolved all of it)


def test_a_notice_that_kills_dask_workers_costs_only_itself():
    import dask
    from distributed import LocalCluster

    chunks = [[f"n{i}-{j}" for j in range(3)] for i in range(4)]
    chunks[1][2] = "die-c"
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        outcomes = [o for c in run_chunks(iter(chunks), None, executor=f"dask://{address}", work=_work) for o in c]
    assert [o.problem is not None for o in outcomes] == [i == "die-c" for c in chunks for i in c]
    assert outcomes[5].problem.startswith("die-c: the extraction process died")
