"""A real `govkg serve` for tests: the example corpus built into a fresh store, the
server started as a subprocess on a free loopback port, stopped by its pid."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from govkg.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOVKG = [sys.executable, "-c", "from govkg.cli import main; main()"]


def build_store(path: Path, *inputs: Path) -> str:
    result = CliRunner().invoke(main, ["build", "--store", str(path)] + [str(i) for i in inputs or [ROOT / "examples"]])
    assert result.exit_code == 0, result.output
    return str(path)


class Server:
    """``govkg serve`` in a subprocess; ``url`` is its root (no trailing slash)."""

    def __init__(self, store: str, *args: str):
        self.proc = subprocess.Popen(GOVKG + ["serve", "--store", store, "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        line = self.proc.stdout.readline().decode()
        match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        assert match, f"the server did not start: {line}"
        self.url = match.group(1)
        self.lines: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()
        deadline = time.time() + 30
        while time.time() < deadline:  # the workers start with the app
            try:
                urllib.request.urlopen(self.url + "/sparql?query=ASK%7B%7D", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("the server did not answer within 30 s")

    def _drain(self) -> None:
        for raw in self.proc.stdout:
            self.lines.append(raw.decode("utf-8", "replace"))

    def children(self) -> set[int]:
        """The pids of the server's query workers (its spawned children)."""
        pids = set()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.proc.pid and \
                        b"spawn_main" in Path(f"/proc/{entry}/cmdline").read_bytes():
                    pids.add(int(entry))
        return pids

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
