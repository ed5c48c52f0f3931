"""What validation has already checked: a small JSON file beside the store's data.

``validate`` records the notice graphs that passed; ``build`` takes the notice graphs it
rewrites off that list. The next validation then re-checks, per notice, only what is
not on it: notices built since, notices that failed, and every graph that is not a
notice's (the identity and resolver graphs, rewritten by every build). A store without
a ledger (built before there was one, or on a SPARQL server) is checked in full.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

FILE = "govkg-validation.json"


def _path(store_dir: str | Path) -> Path:
    return Path(store_dir) / FILE


def read(store_dir: str | Path | None) -> set[str] | None:
    """The notice graphs valid at the last validation and not rebuilt since; None: no ledger."""
    if store_dir is None:
        return None
    try:
        data = json.loads(_path(store_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return set(data.get("valid", []))


def _write(store_dir: str | Path, valid: Iterable[str]) -> None:
    path = _path(store_dir)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"valid": sorted(set(valid))}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def mark_built(store_dir: str | Path | None, graphs: Iterable[str]) -> None:
    """``graphs`` were (re)written: they need checking again."""
    valid = read(store_dir)
    if valid is not None:
        _write(store_dir, valid - set(graphs))


def record(store_dir: str | Path | None, valid: Iterable[str]) -> None:
    """After a validation: ``valid`` are the notice graphs that passed."""
    if store_dir is not None:
        _write(store_dir, valid)


__all__ = ["read", "mark_built", "record", "FILE"]
