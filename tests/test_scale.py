"""Building at scale: parallel extraction, the per-notice guard, bulk loading, the bench corpus."""
from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from govkg import work
from govkg.build import build
from govkg.export import fact_rows, to_rdf
from govkg.store import Store

from conftest import CORPUS, ROOT, SEED

sys.path.insert(0, str(ROOT / "bench"))
import corpus as bench_corpus  # noqa: E402


def test_parallel_build_gives_the_same_graph_as_one_process(tmp_path):
    inputs = [CORPUS / "mixed" / "notices", SEED]
    outs = []
    for jobs in (1, 2):
        store = Store(tmp_path / f"s{jobs}")
        report = build(inputs, store, jobs=jobs)
        assert report.notices == 27 and not report.problems
        outs.append(to_rdf(store, "nquads"))
    assert outs[0] == outs[1]


def test_a_notice_that_raises_is_named_and_the_batch_goes_on(tmp_path, monkeypatch):
    real = work.extract

    def flaky(notice, nlp=None):
        if "云小平" in notice.text[:200]:
            raise RuntimeError("boom")
        return real(notice, nlp)

    monkeypatch.setattr(work, "extract", flaky)
    store = Store(tmp_path / "store")
    report = build([SEED], store)
    assert report.notices == 9
    assert len(report.problems) == 1 and "云小平" in report.problems[0] and "RuntimeError: boom" in report.problems[0]
    assert any(r["type"] == "appointment" and r["person"] == "乔建江" for r in fact_rows(store))


def test_a_notice_past_the_time_limit_is_stopped_and_named(tmp_path, monkeypatch):
    real = work.extract

    def slow(notice, nlp=None):
        if "云小平" in notice.text[:200]:
            while True:  # a runaway extractor
                time.sleep(0.01)
        return real(notice, nlp)

    monkeypatch.setattr(work, "extract", slow)
    store = Store(tmp_path / "store")
    t0 = time.perf_counter()
    report = build([SEED], store, notice_timeout=1.0)
    assert time.perf_counter() - t0 < 60
    assert report.notices == 9
    assert len(report.problems) == 1 and "云小平" in report.problems[0] and "longer than 1 s" in report.problems[0]


def test_the_time_limit_also_stops_work_in_a_thread():
    outcome = {}

    def job():
        try:
            with work.time_limit(0.3):
                while True:
                    sum(range(1000))
        except work.NoticeTimeout:
            outcome["stopped"] = True

    t = threading.Thread(target=job)
    t.start()
    t.join(10)
    assert outcome == {"stopped": True}


def test_bench_corpus_is_deterministic_with_shared_names():
    a = list(bench_corpus.generate(60, seed=3))
    assert a == list(bench_corpus.generate(60, seed=3))
    assert a != list(bench_corpus.generate(60, seed=4))
    assert list(bench_corpus.generate(10, seed=3, start=50)) == a[50:]
    names = Counter(line.split("任")[0].strip("　") for r in a for line in r["text"].splitlines()
                    if "任市" in line and not line.strip("　").startswith("免去"))
    assert any(n > 1 for n in names.values())  # the same name recurs, as in life


def test_bench_corpus_reads_as_notices_of_every_kind(tmp_path):
    bench_corpus.write(40, tmp_path / "in", seed=5)
    store = Store(tmp_path / "store")
    report = build([tmp_path / "in"], store)
    assert report.notices == 40 and not report.problems
    kinds = Counter(r["type"] for r in fact_rows(store))
    assert kinds["document"] == 40
    for kind in ("appointment", "removal", "membership", "assignment"):
        assert kinds[kind] >= 10, kinds


def test_unreadable_inputs_are_named_in_order_with_worker_processes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-seed.txt").write_bytes(SEED.read_bytes())
    (folder / "c-binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 50)
    report = build([folder], Store(tmp_path / "store"), jobs=2)
    assert report.notices == 10
    assert [p.split(":")[0].rsplit("/", 1)[-1] for p in report.problems] == ["a-empty.txt", "c-binary.txt"]


def test_batches_loaded_in_the_background_give_the_graph_of_one_batch(tmp_path, monkeypatch):
    """Many small batches, each bulk-loaded by the loading thread while the next is filled
    (a notice given twice in two batches: the later one wins), build the same store as one."""
    from govkg import build as build_module

    inputs = [SEED, CORPUS / "mixed" / "notices", SEED]
    one = Store(tmp_path / "one")
    build(inputs, one)
    loads = []
    real = Store.put_nquads

    def put(self, graphs):
        loads.append((threading.current_thread().name, len(graphs)))
        real(self, graphs)

    monkeypatch.setattr(Store, "put_nquads", put)
    monkeypatch.setattr(build_module, "BATCH_BYTES", 20_000)
    many = Store(tmp_path / "many")
    report = build(inputs, many)
    assert report.notices == 37 and not report.problems
    assert len(loads) >= 5 and all(name.startswith("govkg-load") and n for name, n in loads)  # (no empty loads)
    assert to_rdf(many, "nquads") == to_rdf(one, "nquads")


def test_a_failed_bulk_load_stops_the_build_with_its_error(tmp_path, monkeypatch):
    from govkg.errors import StoreError

    def broken(self, graphs):
        raise StoreError("disk full")

    monkeypatch.setattr(Store, "put_nquads", broken)
    with pytest.raises(StoreError, match="disk full"):
        build([SEED], Store(tmp_path / "s"))
