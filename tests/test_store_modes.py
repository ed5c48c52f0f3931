"""Read commands open the store read-only: they never write, refuse folders that are
not govkg stores, run beside a reader, and say "store busy" beside a writer."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import BUSY, main
from govkg.store import MARKER, Store, generation

ROOT = Path(__file__).resolve().parent.parent


def _tree(path: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in path.rglob("*")}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> str:
    store = str(tmp_path_factory.mktemp("modes") / "store")
    result = CliRunner().invoke(main, ["build", "--store", store, str(ROOT / "examples")])
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.parametrize("argv", [
    ["query", "notices"], ["export", "--format", "facts"], ["explain", "person", "李军"],
    ["eval", str(ROOT / "tests/data/seed-gold.jsonl")], ["validate"], ["serve", "--port", "0"], ["reason"],
])
def test_read_commands_refuse_a_folder_of_notices_and_write_nothing(argv, tmp_path):
    notices = tmp_path / "notices"
    notices.mkdir()
    (notices / "a.txt").write_text("鄂尔多斯市人民政府关于乔建江等职务任免的通知", encoding="utf-8")
    before = _tree(notices)
    result = CliRunner().invoke(main, argv + ["--store", str(notices)])
    assert result.exit_code != 0
    assert "not a govkg store" in result.output
    assert _tree(notices) == before


def test_read_commands_do_not_create_a_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["query", "notices", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "no store here" in result.output
    assert not (tmp_path / "nothing").exists()


def test_build_refuses_to_write_a_store_among_other_files(tmp_path):
    (tmp_path / "keep.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path), str(ROOT / "examples")])
    assert result.exit_code == 1 and "not a govkg store" in result.output
    assert sorted(os.listdir(tmp_path)) == ["keep.txt"]


def test_a_build_writes_the_marker_and_bumps_its_generation(built):
    assert (Path(built) / MARKER).is_file()
    before = generation(built)
    store = Store(built, create=False)
    store.close()
    assert generation(built) == before + 1


def test_read_commands_write_nothing_into_a_store(built):
    before = _tree(Path(built))
    runner = CliRunner()
    assert runner.invoke(main, ["query", "notices", "--store", built]).exit_code == 0
    assert runner.invoke(main, ["export", "--format", "nquads", "--store", built]).exit_code == 0
    assert _tree(Path(built)) == before


def test_query_and_export_run_beside_an_open_reader(built):
    reader = Store.open_read(built)  # what `govkg serve` holds
    runner = CliRunner()
    out = runner.invoke(main, ["query", "notices", "--store", built, "--format", "json"])
    assert out.exit_code == 0 and "鄂府任字〔2024〕4号" in out.output
    out = runner.invoke(main, ["export", "--format", "facts", "--store", built])
    assert out.exit_code == 0 and out.output.count("\n") > 500
    assert len(reader.ox) > 10000


def test_a_reader_beside_a_writer_is_told_the_store_is_busy(built):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('held', flush=True);"
         " sys.stdin.read()", built], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(main, ["query", "notices", "--store", built])
        assert result.exit_code == BUSY
        assert "store busy: another govkg process is building it" in result.output
        result = CliRunner().invoke(main, ["build", "--store", built, str(ROOT / "examples")])
        assert result.exit_code == BUSY
    finally:
        holder.stdin.close()
        holder.wait(10)
    assert CliRunner().invoke(main, ["query", "notices", "--store", built]).exit_code == 0


def test_explain_prints_iris_as_stored(built):
    out = CliRunner().invoke(main, ["explain", "person", "李军", "--store", built]).output
    iri = next(line for line in out.splitlines() if line.startswith("https://w3id.org/govkg/id/person/"))
    assert "%E6%9D%8E%E5%86%9B" in iri
    query = Path(built).parent / "q.rq"
    query.write_text(f"SELECT ?name WHERE {{ <{iri}> <http://xmlns.com/foaf/0.1/name> ?name }}", encoding="utf-8")
    out = CliRunner().invoke(main, ["query", "--file", str(query), "--store", built, "--format", "csv"]).output
    assert out.splitlines() == ["name", "李军"]
