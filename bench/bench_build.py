"""Benchmark the build: throughput and memory as the corpus grows (a script, not a test).

Makes corpora of k copies of the example notices (each copy with its own 文号, so every
copy is a new notice), builds each into a fresh store, and reports seconds per notice and
peak Python memory (tracemalloc) as ratios against the 1-copy build measured in the same
run. A streaming build keeps the memory ratio near 1 while the corpus grows.

Usage: python bench/bench_build.py [--copies 1 4 8]
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
import tracemalloc
from pathlib import Path

from govkg.build import build
from govkg.store import Store

SEED = Path(__file__).resolve().parents[1] / "examples" / "ordos-policy-notices-2024.txt"


def make_corpus(folder: Path, copies: int) -> int:
    text = SEED.read_text(encoding="utf-8")
    for k in range(copies):
        # shift every serial number so each copy holds distinct notices
        shifted = re.sub(r"〔2024〕(\d+)号", lambda m: f"〔2024〕{int(m.group(1)) + 100 * k}号", text)
        (folder / f"copy-{k}.txt").write_text(shifted, encoding="utf-8")
    return 10 * copies


def measure(copies: int) -> tuple[int, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        n = make_corpus(folder, copies)
        tracemalloc.start()
        t0 = time.perf_counter()
        report = build([folder], Store(Path(tmp, "store")))
        seconds = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert report.notices == n, report.problems
        return n, seconds, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 4, 8])
    args = ap.parse_args()
    base_n, base_s, base_peak = measure(args.copies[0])
    print(f"{'notices':>8} {'s/notice':>9} {'ratio':>6} {'peak MiB':>9} {'ratio':>6}")
    for copies in args.copies:
        n, s, peak = (base_n, base_s, base_peak) if copies == args.copies[0] else measure(copies)
        print(f"{n:>8} {s / n:>9.3f} {(s / n) / (base_s / base_n):>6.2f} {peak / 2**20:>9.1f} {peak / base_peak:>6.2f}")


if __name__ == "__main__":
    main()
