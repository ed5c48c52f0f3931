"""Small helpers the extractors share for lists: a list split at its separators but not inside
brackets, and facts kept once each."""
from __future__ import annotations

import csv
from typing import Callable, Hashable, Iterable, TypeVar

T = TypeVar("T")

_OPEN, _CLOSE = "(（<〈", ")）>〉"


def split_outside_brackets(text: str, separators: str, spaces: bool = False) -> list[tuple[int, str]]:
    """``text`` cut at each character of ``separators`` (and, with ``spaces``, at each whitespace
    character) that is not inside brackets (a separator in ``沿江各县（市、区）人民政府`` does not cut
    it): each piece with its offset in ``text``.
    Separators are dropped; ``n`` separators give ``n + 1`` pieces (empty ones included)."""
    out: list[tuple[int, str]] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and (ch in separators or spaces and ch.isspace()):
            out.append((start, text[start:k]))
            start = k + 1
    out.append((start, text[start:]))
    return out


def unique(facts: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """The facts in order, each ``key`` kept once (the first fact with it)."""
    seen: set = set()
    out: list[T] = []
    for f in facts:
        k = key(f)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


_QUOTES = str.maketrans({"“": '"', "”": '"', "，": ","})


def comma_cells(record: str) -> list[str]:
    """The cells of one record of a spreadsheet exported as comma-separated text (``1,某任务,"甲局,乙局",6月``): cut at
    its commas (ASCII or full-width) outside quotes (``"…"`` or ``“…”``), a quoted cell kept whole with its commas
    and line breaks, each cell stripped."""
    return [_curly(c.strip()) for c in next(csv.reader([record.translate(_QUOTES)]), [])]


def _curly(cell: str) -> str:
    """A cell's own quotation marks, which the export doubled (``"推进""某某""试点"`` reads ``推进"某某"试点``), as the
    curly pairs they stand for: ``推进“某某”试点``; an odd one is left as it is."""
    if cell.count('"') % 2:
        return cell
    parts = cell.split('"')
    return "".join(p + ("“" if k % 2 == 0 else "”") if k < len(parts) - 1 else p for k, p in enumerate(parts))


def open_quote(record: str) -> bool:
    """Whether a record so far leaves a quoted cell open (its line break is inside the cell)."""
    return record.translate(_QUOTES).count('"') % 2 == 1
