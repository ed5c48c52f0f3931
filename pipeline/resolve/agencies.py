"""Agencies: a notice names bodies at its own level (``市财政局``); the graph
qualifies them with the notice's government (``鄂尔多斯市财政局``) so that bodies of
different governments never merge because they share a short name.
"""
from __future__ import annotations

from ..lexicon import LEVEL_CHARS
from ..text import squash


def qualify(agency: str, region: str) -> str:
    """``市财政局`` in a 鄂尔多斯市 notice -> ``鄂尔多斯市财政局``; names with their own
    region (``东胜区人民政府``, ``国家统计局…``) are kept."""
    agency = squash(agency)
    if not region or agency.startswith(region):
        return agency
    level = region[-1]
    if agency.startswith(level) and level in LEVEL_CHARS and not agency.startswith(("市场", "区域", "县域")):
        return region + agency[1:]
    if agency.startswith("各"):
        return region + agency
    return agency
