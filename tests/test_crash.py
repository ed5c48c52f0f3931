"""kill -9 a real `govkg build` at several points (while notices are written, after the
resolver has computed, after it has committed) and build again: the person IRIs and the
whole identity graph are those of a build that was never interrupted."""
from __future__ import annotations

import os
import selectors
import shutil
import signal
import subprocess
import sys
import time

import pytest

from govkg.build import build
from govkg.resolve.state import is_resolved
from govkg.store import Store

from conftest import SEED
from test_identity import NOTICES, _write
from test_incremental import identity

POINTS = ("notice-written", "resolve-computed", "resolve-written")


def _run(store, inputs, pause: str | None = None) -> subprocess.CompletedProcess | None:
    """Run `govkg build`; with ``pause``, kill -9 it once it reports that point."""
    env = {**os.environ, "GOVKG_PAUSE_AT": pause or ""}
    cmd = [sys.executable, "-m", "govkg.cli", "build", "--store", str(store), *map(str, inputs)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if not pause:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
        return None
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    seen, deadline = b"", time.monotonic() + 600
    while f"paused at {pause}".encode() not in seen:
        assert time.monotonic() < deadline and proc.poll() is None, seen.decode()
        if sel.select(timeout=1):
            seen += os.read(proc.stderr.fileno(), 4096)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return None


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    return [SEED], _write(folder, NOTICES)


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> list[str]:
    store = Store(tmp_path_factory.mktemp("ref") / "s")
    for batch in inputs:
        build(batch, store)
    out = identity(store)
    store.close()
    return out


@pytest.fixture(scope="module")
def first_only(inputs, tmp_path_factory):
    path = tmp_path_factory.mktemp("first") / "s"
    store = Store(path)
    build(inputs[0], store)
    store.close()
    return path


@pytest.mark.parametrize("point", POINTS)
def test_kill_during_an_incremental_build(point, inputs, reference, first_only, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(first_only, store)
    _run(store, inputs[1], pause=point)
    s = Store(store)
    assert is_resolved(s) == (point == "resolve-written")  # the store says whether it is resolved
    s.close()
    _run(store, inputs[1])
    s = Store(store)
    assert identity(s) == reference
    s.close()


def test_kill_during_the_first_build(inputs, reference, tmp_path):
    store = tmp_path / "s"
    _run(store, inputs[0], pause="notice-written")
    _run(store, inputs[0])
    _run(store, inputs[1])
    s = Store(store)
    assert identity(s) == reference
    s.close()


def test_kill_during_a_full_resolution_leaves_a_spill_the_next_build_removes(inputs, reference, tmp_path):
    from govkg.resolve.spill import PREFIX
    store = tmp_path / "s"
    _run(store, inputs[0], pause="resolve-computed")  # (a first build resolves in full, from its spill)
    assert list(store.glob(PREFIX + "*"))  # killed: its spill is still there
    _run(store, inputs[0])
    _run(store, inputs[1])
    assert not list(store.glob(PREFIX + "*"))
    s = Store(store)
    assert identity(s) == reference
    s.close()
