"""What validation has already checked: a small JSON file beside the store's data.

``build`` marks the notice graphs it wrote as pending; ``validate`` then re-checks, per
notice, only the pending graphs, the graphs that failed last time, and the graphs the
resolver rewrites on every build (identity), and records the outcome. A store without
a ledger (built before there was one, or by another tool) is checked in full.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

FILE = "govkg-validation.json"


def _path(store_dir: str | Path) -> Path:
    return Path(store_dir) / FILE


def read(store_dir: str | Path) -> dict | None:
    """``{"pending": [...], "failing": [...]}``, or None when the store has no ledger."""
    if store_dir is None:  # a store on a SPARQL server keeps none
        return None
    try:
        data = json.loads(_path(store_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {"pending": list(data.get("pending", [])), "failing": list(data.get("failing", []))}


def _write(store_dir: str | Path, data: dict) -> None:
    path = _path(store_dir)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({k: sorted(set(v)) for k, v in data.items()}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def mark_pending(store_dir: str | Path, graphs: Iterable[str], fresh: bool) -> None:
    """Record that ``graphs`` were (re)written. ``fresh``: the store was empty before, so the
    ledger starts now (a store that had data but no ledger stays unrecorded: checked in full)."""
    if store_dir is None:
        return
    data = read(store_dir)
    if data is None:
        if not fresh:
            return
        data = {"pending": [], "failing": []}
    data["pending"].extend(graphs)
    _write(store_dir, data)


def record(store_dir: str | Path, failing: Iterable[str]) -> None:
    """After a validation of everything pending: nothing is pending; ``failing`` failed."""
    if store_dir is None:
        return
    _write(store_dir, {"pending": [], "failing": list(failing)})


__all__ = ["read", "mark_pending", "record", "FILE"]
