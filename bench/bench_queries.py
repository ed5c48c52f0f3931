"""Benchmark the canned queries on the seed corpus (a script, not a test).

Builds examples/ordos-policy-notices-2024.txt into a temporary store, runs every
canned query N times with sample parameters, and prints each query's median time
in milliseconds and as a ratio to a baseline measured in the same run (a trivial
``SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }``), so numbers compare across machines.

Usage: python bench/bench_queries.py [-n 20] [--store DIR]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from govkg import canned
from govkg.build import build
from govkg.store import Store

SEED = Path(__file__).resolve().parents[1] / "examples" / "ordos-policy-notices-2024.txt"
BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
#: sample values for the seed, by parameter name (optional parameters keep their defaults)
SAMPLE = {"person": "乔建江", "agency": "市住房和城乡建设局", "title": "副局长", "group": "温暖工程", "number": "国发〔2023〕18号",
          "doc": "鄂府发〔2024〕6号", "from": "2024-01-01", "to": "2024-03-31"}


def median_seconds(fn: Callable[[], object], n: int) -> float:
    """The median wall time of ``n`` calls of ``fn`` (after one warm-up call)."""
    fn()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench(store: Store, n: int) -> list[tuple[str, int, float]]:
    """(name, rows, median seconds) for the baseline and every canned query."""
    out = [("(baseline: count all quads)", len(store.query(BASELINE)), median_seconds(lambda: store.query(BASELINE), n))]
    for q in canned.catalogue():
        values = {p.name: SAMPLE[p.name] for p in q.params if p.name in SAMPLE}
        rows = len(canned.run(store, q, values))
        out.append((q.name, rows, median_seconds(lambda q=q, v=values: canned.run(store, q, v), n)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=20, help="runs per query (default 20)")
    ap.add_argument("--store", help="use (or build into) this store directory instead of a temporary one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store or tmp)
        store = Store(path)
        if not store.graphs():
            t0 = time.perf_counter()
            build([SEED], store)
            print(f"built the seed into {path} in {time.perf_counter() - t0:.1f} s")
        results = bench(store, args.n)
        base = results[0][2]
        print(f"median of {args.n} runs; ratio = median / baseline ({base * 1000:.3f} ms)")
        print(f"{'query':30} {'rows':>5} {'ms':>9} {'ratio':>8}")
        for name, rows, t in results:
            print(f"{name:30} {rows:5d} {t * 1000:9.3f} {t / base:8.2f}")
        store.close()


if __name__ == "__main__":
    main()
