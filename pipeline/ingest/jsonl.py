"""JSON Lines input: one notice per line with ``title``, ``text``, optional ``url``, ``published``."""
from __future__ import annotations

import json
from typing import Iterator

from ..errors import InputError, InputWarning
from ..notice import RawNotice
from ..text import parse_date

_FIELDS = ("title", "url", "published")
_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def read_jsonl(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """One notice per line; a file with no notice record at all is one error, not one per line."""
    items = list(_read_lines(text, source))
    if not any(isinstance(i, RawNotice) for i in items):
        yield InputError(source, "holds no notice records (JSON Lines with a 'text' field)")
        return
    yield from items


def _kind(value) -> str:
    return _KINDS.get(type(value), type(value).__name__)


def _read_lines(text: str, source: str) -> Iterator[RawNotice | InputError]:
    index = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield InputError(source, f"line {lineno} is not JSON ({reason}); skipped it")
            continue
        if not isinstance(record, dict):
            yield InputError(source, f"line {lineno} is {_kind(record)}, not a notice record "
                                     "(an object with a 'text' field); skipped it")
            continue
        body = record.get("text")
        if body is not None and not isinstance(body, str):
            yield InputError(source, f"line {lineno}: 'text' is {_kind(body)}, not a string; skipped it")
            continue
        if not body or not body.strip():
            yield InputError(source, f"line {lineno} has no 'text' field; skipped it")
            continue
        for key in _FIELDS:
            if record.get(key) is not None and not isinstance(record[key], str):
                yield InputWarning(source, f"line {lineno}: '{key}' is {_kind(record[key])}, not a string; "
                                           "read the notice without it")
                del record[key]
        record = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in record.items()}
        if record["text"] != body:
            yield InputWarning(source, f"line {lineno}: NUL characters removed from its text; the rest was read")
        meta = {k: record[k] for k in ("title", "url") if record.get(k)}
        if record.get("published"):
            meta["published"] = parse_date(record["published"]) or ""
        yield RawNotice(source=source, index=index, text=record["text"], meta=meta, part=True)
        index += 1
