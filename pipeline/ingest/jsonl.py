"""JSON input: JSON Lines (one notice a line) and JSON documents (a list of records, or an API's answer
that holds one: ``{"data": {"list": [...]}}``). A record has the notice's ``text`` (or ``content``,
``body``: the names APIs and scrapers give it, HTML allowed), optional ``title``, ``url``, ``published``."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..errors import InputError, InputWarning
from ..notice import RawNotice
from ..text import parse_date

_FIELDS = ("title", "url", "published")
#: the names a record gives its fields besides ours (a CMS's API, a scraper's output), in order of preference
_ALIASES = {"text": ("text", "content", "body", "article", "html", "detail", "contentHtml", "htmlContent", "正文", "内容"),
            "title": ("title", "name", "headline", "标题"),
            "url": ("url", "link", "href", "source_url", "sourceUrl"),
            "published": ("published", "publishDate", "publish_date", "pubDate", "pub_date", "releaseDate", "date",
                          "time", "发布日期", "发布时间")}
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


def _reason(exc: json.JSONDecodeError | RecursionError) -> str:
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"


def _read_lines(text: str, source: str) -> Iterator[RawNotice | InputError]:
    def records() -> Iterator[tuple[str, dict] | InputError]:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield InputError(source, f"line {lineno} is not JSON ({_reason(exc)}); skipped it")
                continue
            if not isinstance(record, dict):
                yield InputError(source, f"line {lineno} is {_kind(record)}, not a notice record "
                                         "(an object with a 'text' field); skipped it")
                continue
            yield f"line {lineno}", record
    yield from _notices(records(), source)


def read_json(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """A JSON document: a list of notice records, one record, or an object that holds a list of them
    (an API's answer: the first list of objects with a text field, searched breadth first)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield InputError(source, f"is not JSON ({_reason(exc)})")
        return
    records = records_in(data)
    if not records:
        yield InputError(source, "holds no notice records (objects with a 'text' or 'content' field)")
        return
    yield from _notices(((f"record {k}", record) for k, record in enumerate(records, 1)), source)


def _notices(records: Iterable[tuple[str, dict] | InputError], source: str) -> Iterator[RawNotice | InputError]:
    """The notices of ``(where, record)`` pairs, numbered in their file, each with its warnings before it; an
    error met on the way passes through."""
    index = 0
    for item in records:
        if isinstance(item, InputError):
            yield item
            continue
        where, record = item
        for out in _one_record(_aliased(record), source, where, index):
            index += isinstance(out, RawNotice)  # (a record gives at most one notice)
            yield out


def records_in(data) -> list[dict]:
    """The notice records a JSON value holds: itself, its items, or the first list of records under it."""
    queue = [data]
    for _ in range(200):
        if not queue:
            break
        value = queue.pop(0)
        if isinstance(value, dict) and _field(value, "text") is not None:
            return [value]
        if isinstance(value, list):
            found = [v for v in value if isinstance(v, dict) and _field(v, "text") is not None]
            if found:
                return found
            queue += [v for v in value if isinstance(v, (dict, list))][:50]
        elif isinstance(value, dict):
            queue += [v for v in value.values() if isinstance(v, (dict, list))]
    return []


def _field(record: dict, name: str):
    """The record's value for one of our fields, under its name or an alias."""
    return next((record[k] for k in _ALIASES[name] if record.get(k) not in (None, "")), None)


def _aliased(record: dict) -> dict:
    """The record with our names for its fields, taken from their aliases (content, body, link, pubDate, …)."""
    record = dict(record)
    for name in ("text", "title", "url", "published"):
        value = _field(record, name)
        if value is not None:
            record[name] = value
    return record


def _one_record(record: dict, source: str, where: str, index: int) -> Iterator[RawNotice | InputError]:
    body = record.get("text")
    if body is not None and not isinstance(body, str):
        yield InputError(source, f"{where}: 'text' is {_kind(body)}, not a string; skipped it")
        return
    if not body or not body.strip():
        yield InputError(source, f"{where} has no 'text' field; skipped it")
        return
    for key in _FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            yield InputWarning(source, f"{where}: '{key}' is {_kind(record[key])}, not a string; "
                                       "read the notice without it")
            del record[key]
    record = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in record.items()}
    if record["text"] != body:
        yield InputWarning(source, f"{where}: NUL characters removed from its text; the rest was read")
    meta = {k: record[k] for k in ("title", "url") if record.get(k)}
    if record.get("published"):
        meta["published"] = parse_date(record["published"]) or ""
    yield RawNotice(source=source, index=index, text=record["text"], meta=meta, part=True)
