"""Shared fixtures: the example corpus built once into a temporary store."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg.build import build
from govkg.export import fact_rows
from govkg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "ordos-policy-notices-2024.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed-gold.jsonl"
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("seed") / "store")
    report = build([SEED], store)
    assert report.notices == 10 and not report.problems
    return store


@pytest.fixture(scope="session")
def seed_rows(seed_store) -> list[dict]:
    return fact_rows(seed_store)
