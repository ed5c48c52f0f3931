"""The characters of a notice as its reader needs them: what a page or a copy put into the text that is no
character of the notice's own is taken away or read as what it stands for, one notice at a time after its
file is read (text files, pages, JSON records alike). Everything else stays as printed."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from html import unescape

from ..notice import RawNotice

#: characters a page hides in its text (zero-width spaces and joiners, word joiners, byte order marks
#: inside the text, soft hyphens, direction marks): an editor's residue or an anti-copy trick, never a
#: notice's own; a name or a 文号 with one inside would not be read
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
#: a line end written as a carriage return alone (an old Mac editor's): a line end (``\r\n`` is one already)
_LONE_CR = re.compile(r"\r(?!\n)")
#: the Kangxi radicals, CJK radicals and compatibility ideographs a PDF's fonts give for common
#: characters (``⼈`` for ``人``, ``⽂`` for ``文``): the character they stand for (one for one)
_LOOKALIKES = {c: n for c in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00))
               if len(n := unicodedata.normalize("NFKC", chr(c))) == 1 and "\u4e00" <= n <= "\u9fff"}
#: what :func:`readable` changes (a notice without any of it is returned as it is)
_UNREADABLE = re.compile(f"{_INVISIBLE.pattern}|\r|[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")


#: an HTML character reference a scrape kept as text (&nbsp; &emsp; &#12288; &ldquo; &middot;)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def _readable(value: str) -> str:
    for _ in range(2):  # (a scrape that kept the page's entities: read them, twice where they were escaped twice,
        if len(_ENTITY.findall(value, 0, 200_000)) < 3:  # &amp;nbsp;; a lone & in a text is left alone)
            break
        value = unescape(value)
    return _LONE_CR.sub("\n", _INVISIBLE.sub("", value.translate(_LOOKALIKES)))


def readable(notice: RawNotice) -> RawNotice:
    """The notice with the characters a page hides in its text taken away, the radicals a PDF's
    fonts give read as the characters they stand for, a carriage return alone read as the line
    end it is, and the character references a scrape kept as text (three or more; escaped twice too) read (in its
    meta too)."""
    if not (_UNREADABLE.search(notice.text) or any(_UNREADABLE.search(v) for v in notice.meta.values())
            or "&" in notice.text and _ENTITY.search(notice.text)):
        return notice
    return replace(notice, text=_readable(notice.text), meta={k: _readable(v) for k, v in notice.meta.items()})
