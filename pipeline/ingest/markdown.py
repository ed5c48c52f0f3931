"""Pages converted to Markdown (by a reader tool, a scraper, a note app), read as the text they mark up.

A converter writes the page's title and headings as ``#`` lines, a list row's label in bold
(``**组　长：**张三　市长``), links as ``[text](url)``, images as ``![alt](url)``, quotes as ``> ``,
and escapes the characters Markdown would read (``1\\.``, ``\\-``, ``\\*``). The text under the marks is
the notice's: marks are taken away, line by line, and nothing else is changed (a table stays as its
``|`` rows, whose reading is the extractor's; its ``|---|`` rule line is dropped).
"""
from __future__ import annotations

import re

#: the Markdown file suffixes
SUFFIXES = {".md", ".markdown"}

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)")
#: bold or italic marks around a run with no mark inside it (``**组长：**``, ``__x__``, ``*x*``)
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BREAK = re.compile(r"<br\s*/?>", re.I)
#: the signs that a text without a Markdown suffix is Markdown: headings, bold runs, links
_SIGNS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|\]\(https?://", re.M)


def looks_like_markdown(text: str) -> bool:
    """Three Markdown marks or more (a ``#`` heading, a ``**bold**`` run, a link to a web address), or
    a quote: most lines behind ``>`` (a repost whose text sat in a blockquote, a reply quoting it)."""
    if _quoted(text):
        return True
    found = 0
    for _ in _SIGNS.finditer(text):
        found += 1
        if found >= 3:
            return True
    return False


def _quoted(text: str) -> bool:
    """Five lines or more behind ``>``, and most of the text's lines."""
    lines = [line for line in text.split("\n", 5000)[:5000] if line.strip()]
    quoted = sum(1 for line in lines if _QUOTE.match(line))
    return quoted >= 5 and quoted >= 0.6 * len(lines)


def markdown_text(text: str) -> str:
    """The text with its Markdown marks taken away, one line for each line of the source (a
    ``<br>`` inside a line breaks it), table rule lines and horizontal rules left out."""
    out = []
    for line in _BREAK.sub("\n", text).split("\n"):
        if _TABLE_RULE.match(line) or _RULE.match(line):
            continue
        line = _QUOTE.sub("", line)
        if m := _HEADING.match(line):
            line = m[1]
        line = _IMAGE.sub(lambda m: m[1], line)
        line = _LINK.sub(lambda m: m[1], line)
        line = _STRONG.sub(lambda m: m[2], line)
        line = _EMPHASIS.sub(lambda m: m[1], line)
        out.append(_ESCAPE.sub(r"\1", line))
    return "\n".join(out)


#: a reader tool's header over the Markdown it made of a page (Title: … / URL Source: http://… / Published Time: … /
#: Markdown Content:): the page's address and its time, then the page
_READER_HEADER = re.compile(r"\A\ufeff?Title:[^\n]*\n+URL Source:[ \t]*(?P<url>\S+)[ \t]*\n+"
                            r"(?:Published Time:[ \t]*(?P<time>[^\n]*)\n+)?(?:[A-Z][A-Za-z ]{2,30}:[^\n]*\n+){0,4}"
                            r"Markdown Content:[ \t]*\n")


def reader_header(text: str) -> tuple[dict[str, str], str] | None:
    """The page a reader tool converted, under its header: ``({"url": …, "published": …}, the Markdown under it)``, or
    None for a text with no such header."""
    m = _READER_HEADER.match(text)
    if not m:
        return None
    meta = {"url": m["url"]}
    day = re.match(r"(?:19|20)\d\d-\d\d-\d\d", (m["time"] or "").strip())
    if day:
        meta["published"] = day.group()
    return meta, text[m.end():]

