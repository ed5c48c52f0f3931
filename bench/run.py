"""The scale benchmark: one command, every figure, each beside its floor.

For each size N it generates the synthetic corpus (``bench/corpus.py``, seeded), then
measures, each step in its own process so time and memory are the step's own:

- ``govkg build`` of the N notices into a fresh store: wall time, notices/s, peak RSS
  (the whole process tree, sampled from /proc) and the store's size on disk;
- ``govkg build`` of 100 more notices of the same world into that store (the incremental add);
- ``govkg validate`` of the store;
- every canned query (``queries/*.rq``): p50 of several runs, in-process, one process per query;
- the floors of the same run: ``pyoxigraph`` bulk load of the same quads into an empty
  store, and ``spacy.blank("zh")`` tokenisation of the same texts, so that every figure
  reads as a ratio to what the libraries underneath need for the same data.

Steps that run past their time limit are reported as ``>LIMIT``. Results are printed as a
Markdown table and written to ``--out`` (JSON) for the README.

Usage: python bench/run.py --sizes 1000,10000 [--build-args "--jobs 2"] [--work /tmp/govkg-bench]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

GOVKG = [sys.executable, "-m", "govkg.cli"]
ADD = 100


# ---------------------------------------------------------------- measuring a process tree

def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
    return total


def timed(cmd: list[str], limit: float) -> dict:
    """Run ``cmd``; wall seconds, peak tree RSS, exit code, and whether it hit ``limit``."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=limit)
        timeout = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        timeout = True
    done.set()
    sampler.join()
    return {"seconds": time.perf_counter() - t0, "peak_rss": peak, "rc": proc.returncode, "timeout": timeout,
            "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")[-2000:]}


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# ---------------------------------------------------------------- the in-process workers

#: sample parameter values, picked from the store (the first in a stable order)
_PICKS = {
    "person": "SELECT ?v WHERE { ?a a gov:Appointment ; gov:person/gov:name ?v } ORDER BY ?v LIMIT 1",
    # (an agency with tasks, read from the derived records: ordering every assignment's agency took
    # longer than the query limit at 10k)
    "agency": "SELECT ?v WHERE { GRAPH <https://w3id.org/govkg/id/graph/derived> { ?a skos:prefLabel ?v ; "
              "gov:leadTaskCount ?c } } ORDER BY ?v LIMIT 1",
    "group": "SELECT ?v WHERE { ?g a gov:Group ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "doc": "SELECT ?v WHERE { ?n a gov:Notice ; eli:id_local ?v } ORDER BY ?v LIMIT 1",
    "number": "SELECT ?v WHERE { ?n a gov:Notice ; eli:id_local ?v } ORDER BY ?v LIMIT 1",
}
_FIXED = {"title": "副局长", "from": "2018-01-01", "to": "2018-12-31", "date": "2020-06-30"}


def query_worker(store_dir: str, name: str, runs: int) -> None:
    """Print the p50 (ms) and row count of the canned query ``name`` on the store, as JSON."""
    from govkg import canned
    from govkg.namespaces import PREFIXES
    from govkg.store import Store

    store = Store(store_dir, create=False)
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    prefixes += "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    q = canned.load(name)
    values = {}
    for p in q.params:
        if p.name in _PICKS:
            rows = store.query(prefixes + _PICKS[p.name])
            values[p.name] = rows[0]["v"] if rows else "无"
        elif p.name in _FIXED:
            values[p.name] = _FIXED[p.name]
    rows = canned.run(store, q, values)  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        canned.run(store, q, values)
        times.append(time.perf_counter() - t0)
    print(json.dumps({"p50_ms": statistics.median(times) * 1000, "rows": len(rows), "params": values},
                     ensure_ascii=False))


def floor_worker(store_dir: str, corpus_dir: str) -> None:
    """The floors: bulk load of the store's quads into an empty store; spaCy tokenisation of the texts."""
    import tempfile

    import pyoxigraph as ox
    import spacy

    src = ox.Store.read_only(store_dir)
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        nq = Path(tmp, "all.nq")
        src.dump(str(nq), format=ox.RdfFormat.N_QUADS)
        quads = sum(1 for _ in src)
        del src
        t0 = time.perf_counter()
        dst = ox.Store(str(Path(tmp, "store")))
        dst.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        dst.flush()
        load = time.perf_counter() - t0
        del dst
    texts = [json.loads(line)["text"] for f in sorted(Path(corpus_dir).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines()]
    nlp = spacy.blank("zh")
    t0 = time.perf_counter()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    tok = time.perf_counter() - t0
    print(json.dumps({"quads": quads, "bulk_load_s": load, "tokenise_s": tok, "tokens": tokens,
                      "chars": sum(map(len, texts))}))


# ---------------------------------------------------------------- one size

def run_size(n: int, work: Path, build_args: list[str], limits: dict, runs: int) -> dict:
    src, add, store = work / f"corpus-{n}", work / f"add-{n}", work / f"store-{n}"
    if not src.exists():
        corpus.write(n, src)
    if not add.exists():
        corpus.write(ADD, add, start=n)
    shutil.rmtree(store, ignore_errors=True)
    res: dict = {"notices": n}
    print(f"[{n}] build …", file=sys.stderr, flush=True)
    b = timed(GOVKG + ["build", "--store", str(store), *build_args, str(src)], limits["build"])
    res["build"] = {k: b[k] for k in ("seconds", "peak_rss", "rc", "timeout")}
    if b["rc"] not in (0, 1):
        res["build"]["stderr"] = b["stderr"]
        return res
    res["store_bytes"] = du(store)
    print(f"[{n}] add {ADD} …", file=sys.stderr, flush=True)
    a = timed(GOVKG + ["build", "--store", str(store), *build_args, str(add)], limits["add"])
    res["add"] = {k: a[k] for k in ("seconds", "peak_rss", "rc", "timeout")}
    print(f"[{n}] validate …", file=sys.stderr, flush=True)
    v = timed(GOVKG + ["validate", "--store", str(store), "--limit", "1"], limits["validate"])
    res["validate"] = {k: v[k] for k in ("seconds", "peak_rss", "rc", "timeout")}
    res["validate"]["summary"] = (v["stdout"].strip().splitlines() or [""])[-1]
    from govkg import canned
    res["queries"] = {}
    for name in canned.names():
        print(f"[{n}] query {name} …", file=sys.stderr, flush=True)
        q = timed([sys.executable, __file__, "--query-worker", str(store), name, str(runs)], limits["query"])
        if q["timeout"] or q["rc"]:
            res["queries"][name] = {"timeout": q["timeout"], "rc": q["rc"], "stderr": q["stderr"][-300:]}
        else:
            res["queries"][name] = json.loads(q["stdout"])
    print(f"[{n}] floors …", file=sys.stderr, flush=True)
    f = timed([sys.executable, __file__, "--floor-worker", str(store), str(src)], limits["build"])
    res["floors"] = json.loads(f["stdout"]) if not f["rc"] else {"stderr": f["stderr"]}
    return res


def _fmt_s(step: dict) -> str:
    return f">{step['seconds']:.0f} s" if step.get("timeout") else f"{step['seconds']:.1f} s"


def table(results: list[dict]) -> str:
    head = ("| notices | build | notices/s | floor: bulk load | floor: tokenise | peak RSS | store on disk "
            "| add 100 | validate |\n|---|---|---|---|---|---|---|---|---|\n")
    rows = []
    for r in results:
        b, fl = r["build"], r.get("floors", {})
        rate = r["notices"] / b["seconds"]
        load = fl.get("bulk_load_s")
        tok = fl.get("tokenise_s")
        rows.append(f"| {r['notices']:,} | {_fmt_s(b)} | {rate:.1f} "
                    + (f"| {load:.2f} s (build ×{b['seconds'] / load:.0f}) " if load else "| – ")
                    + (f"| {tok:.2f} s (build ×{b['seconds'] / tok:.0f}) " if tok else "| – ")
                    + f"| {b['peak_rss'] / 2**20:.0f} MB | {r.get('store_bytes', 0) / 2**20:.0f} MB "
                    + (f"| {_fmt_s(r['add'])} " if "add" in r else "| – ")
                    + (f"| {_fmt_s(r['validate'])} |" if "validate" in r else "| – |"))
    qnames = sorted({q for r in results for q in r.get("queries", {})})
    qhead = "\n\n| query | " + " | ".join(f"p50 at {r['notices']:,}" for r in results) + " |\n"
    qhead += "|---|" + "---|" * len(results) + "\n"
    qrows = []
    for q in qnames:
        cells = []
        for r in results:
            x = r.get("queries", {}).get(q, {})
            cells.append(f"{x['p50_ms']:.1f} ms ({x['rows']} rows)" if "p50_ms" in x
                         else (">limit" if x.get("timeout") else "error"))
        qrows.append(f"| {q} | " + " | ".join(cells) + " |")
    return head + "\n".join(rows) + qhead + "\n".join(qrows) + "\n"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--query-worker":
        return query_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    if len(sys.argv) > 1 and sys.argv[1] == "--floor-worker":
        return floor_worker(sys.argv[2], sys.argv[3])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default 1000)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/govkg-bench"), help="corpora and stores go here")
    ap.add_argument("--build-args", default="", help="extra arguments for `govkg build`, e.g. '--jobs 2'")
    ap.add_argument("--runs", type=int, default=5, help="runs per query for the p50 (default 5)")
    ap.add_argument("--build-limit", type=float, default=3600)
    ap.add_argument("--add-limit", type=float, default=600)
    ap.add_argument("--validate-limit", type=float, default=600)
    ap.add_argument("--query-limit", type=float, default=120)
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    args = ap.parse_args()
    limits = {"build": args.build_limit, "add": args.add_limit, "validate": args.validate_limit,
              "query": args.query_limit}
    args.work.mkdir(parents=True, exist_ok=True)
    results = [run_size(int(s), args.work, shlex.split(args.build_args), limits, args.runs)
               for s in args.sizes.split(",")]
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"machine: {machine}\n")
    print(table(results))
    if args.out:
        args.out.write_text(json.dumps({"machine": machine, "results": results}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
