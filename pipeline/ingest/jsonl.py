"""JSON Lines input: one notice per line with ``title``, ``text``, optional ``url``, ``published``."""
from __future__ import annotations

import json
from typing import Iterator

from ..errors import InputError
from ..notice import RawNotice
from ..text import parse_date


def read_jsonl(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """One notice per line; a file with no notice record at all is one error, not one per line."""
    items = list(_read_lines(text, source))
    if not any(isinstance(i, RawNotice) for i in items):
        yield InputError(source, "holds no notice records (JSON Lines with a 'text' field)")
        return
    yield from items


def _read_lines(text: str, source: str) -> Iterator[RawNotice | InputError]:
    index = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"line {lineno} is not JSON ({exc.msg}); skipped it")
            continue
        if not isinstance(record, dict) or not str(record.get("text", "")).strip():
            yield InputError(source, f"line {lineno} has no 'text' field; skipped it")
            continue
        meta = {k: str(record[k]) for k in ("title", "url") if record.get(k)}
        if record.get("published"):
            meta["published"] = parse_date(str(record["published"])) or ""
        yield RawNotice(source=source, index=index, text=str(record["text"]), meta=meta, part=True)
        index += 1
