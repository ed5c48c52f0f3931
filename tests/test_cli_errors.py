"""Bad parameters and OS errors on output files give one-line messages, never tracebacks."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from govkg.build import build
from govkg.cli import main
from govkg.store import Store

from conftest import SEED


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-errors") / "store"
    s = Store(path)
    build([SEED], s)
    s.close()
    return str(path)


def _run(args):
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.mark.parametrize("value", ["9" * 4301, "-" + "1" * 5000, "1" * 19])
def test_an_absurdly_long_integer_parameter_is_a_usage_error(store, value):
    result = _run(["query", "people-in-several-groups", "--store", store, "-p", f"min={value}"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "too large" in errors[0] and len(errors[0]) < 200


def test_a_long_integer_with_leading_zeros_is_still_a_number(store):
    result = _run(["query", "people-in-several-groups", "--store", store, "-p", "min=" + "0" * 30 + "2"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("where, code, says", [("no/such/folder/out.jsonl", 1, "cannot write"),
                                               (".", 2, "is a directory")])
def test_export_to_a_path_that_cannot_be_written_is_one_line(store, tmp_path, where, code, says):
    result = _run(["export", "--store", store, "--format", "facts", "-o", str(tmp_path / where)])
    assert result.exit_code == code
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and says in errors[0]


def test_validate_report_that_cannot_be_written_exits_2(tmp_path):
    data = tmp_path / "tiny.ttl"
    data.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    result = _run(["validate", "--data", str(data), "--report", str(tmp_path / "no" / "r.ttl")])
    assert result.exit_code == 2
    assert "cannot write the report" in result.output


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_serve_on_a_port_that_is_not_one_is_a_usage_error(store, port):
    result = _run(["serve", "--store", store, "--port", port])
    assert result.exit_code == 2
    assert "--port" in result.output
