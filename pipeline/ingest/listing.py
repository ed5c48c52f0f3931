"""Listing dumps: a policy page saved as text, several notices per file.

Each item opens with a bullet line (``• title``), then a summary line, a line
with the listing date, and the notice's text (often one long line whose line
breaks became runs of spaces).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..notice import RawNotice
from ..text import parse_date

#: (the title runs to the line's last non-space character, found once: a lazy title before
#: ``\s*$`` re-scanned every run of spaces inside it, quadratic on a long line)
BULLET_RE = re.compile(r"^[ \t\u3000\xa0]*[•·●◆■▪]\s*(?P<title>\S(?:.*\S)?)\s*$", re.M)
_LISTING_DATE_RE = re.compile(r"^\s*((?:19|20)\d\d-\d\d-\d\d)\b")


def is_listing(text: str) -> bool:
    """A file is a listing dump when two or more bullet lines each have a listing date within
    the few lines under them (a bulleted list inside one notice has no such dates)."""
    dated = 0
    for m in BULLET_RE.finditer(text):
        below = text[m.end(): m.end() + 600].split("\n")[1:5]
        dated += any(_LISTING_DATE_RE.match(line) for line in below)
        if dated >= 2:
            return True
    return False


def read_listing(text: str, source: str) -> Iterator[RawNotice]:
    bullets = list(BULLET_RE.finditer(text))
    for i, m in enumerate(bullets):
        end = bullets[i + 1].start() if i + 1 < len(bullets) else len(text)
        block = text[m.end():end]
        meta = {"title": m["title"].rstrip(".…")}
        lines = [ln for ln in block.split("\n") if ln.strip()]
        body_from = 0
        for j, line in enumerate(lines[:4]):
            dm = _LISTING_DATE_RE.match(line)
            if dm:
                meta["published"] = parse_date(dm.group(1)) or ""
                body_from = j + 1
                break
        body = "\n".join(lines[body_from:]).strip("\n")
        yield RawNotice(source=source, index=i, text=body, meta=meta, part=True)
