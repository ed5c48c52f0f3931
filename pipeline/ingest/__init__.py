"""Ingest: files and directories to :class:`RawNotice` objects.

``read_inputs`` walks files and directories (recursively, in sorted order) and
yields each notice it finds, or an :class:`InputError` naming a file (or a
line of it) that held no readable notice. Nothing is dropped silently.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..notice import RawNotice
from .decode import decode
from .html import read_html
from .jsonl import read_jsonl
from .listing import is_listing, read_listing

#: what a directory walk reads; a file named on the command line is read whatever its name
SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".jsonl", ".json"}


def iter_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Expand directories into their files (recursive, sorted, hidden files skipped)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in sub.relative_to(path).parts):
                    continue
                if sub.suffix.lower() not in SUFFIXES and sub.suffix:
                    continue
                yield sub
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(path: Path) -> Iterator[RawNotice | InputError]:
    """Yield the notices of one file, or errors naming what could not be read."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror})")
        return
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(text, source)
        return
    if suffix in {".html", ".htm", ".shtml"} or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        try:
            yield read_html(text, source)
        except InputError as exc:
            yield exc
        return
    if is_listing(text):
        yield from read_listing(text, source)
        return
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 20:
        yield InputError(source, "holds no notice (fewer than 20 Chinese characters)")
        return
    yield RawNotice(source=source, index=0, text=text.lstrip("\ufeff"))


def read_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[RawNotice | InputError]:
    for item in iter_files(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
