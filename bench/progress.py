"""A long build, watched: notices/s and memory over time (for runs too long for ``run.py``).

Builds CORPUS into STORE in this process (``--jobs`` workers) and prints a line every
``--every`` notices: notices so far, seconds, notices/s over the whole run and over the
last interval, and the resident memory of this process with its workers (from /proc).
At the end it prints the resolver's share. Usage:

    nice python bench/progress.py CORPUS STORE [--jobs 2] [--every 1000]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _tree_rss  # noqa: E402  (bench/run.py, beside this file)


def main() -> None:
    import os

    from govkg import build as b
    from govkg.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--every", type=int, default=1000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    state = {"n": 0, "last": t0, "peak": 0}

    def line(what: str) -> None:
        now = time.perf_counter()
        rss = _tree_rss(os.getpid())
        state["peak"] = max(state["peak"], rss)
        print(f"{what} t={now - t0:8.1f}s rss={rss / 2**20:6.0f}MB peak={state['peak'] / 2**20:6.0f}MB",
              flush=True)

    def progress(_graph: str) -> None:
        state["n"] += 1
        n = state["n"]
        if n % args.every == 0:
            now = time.perf_counter()
            line(f"notices={n:7d} rate={n / (now - t0):6.1f}/s interval={args.every / (now - state['last']):6.1f}/s")
            state["last"] = now

    real = b.resolve

    def resolve(*a, **k):
        line(f"notices={state['n']:7d} extraction and loading done; resolving")
        t = time.perf_counter()
        out = real(*a, **k)
        line(f"resolved in {time.perf_counter() - t:.1f}s: {out}")
        return out

    b.resolve = resolve
    report = b.build([args.corpus], Store(args.store), progress=progress, jobs=args.jobs)
    line(f"built {report.notices} notices, {len(report.problems)} problems")


if __name__ == "__main__":
    main()
