"""An export of several records in one text file, each opened by a rule line that numbers it.

A crawler's or a database's export prints every record under a line of its own: a label with the record's counter
between rules (``=== 导出记录 1/2 ===``, ``----- 第2条 -----``, ``###### 记录 3 ######``). Each record is one notice
with everything under its rule — its info block above its title too, which a listing's reader, splitting at titles,
would hand to the notice before. A page's rule (``----- 第1页 -----``) numbers the pages of one text: no record. A
gazette's digital edition prints one document a page, each page under a rule and its heading (``第2版:政府文件``).

A compilation's preview may also run its notices together on one line (a sharing site's pieces glued back:
``…报办公室。 某某分场关于调整…的通知 五分场发〔2005〕6号 分场各单位：因人员变动…``): each notice's head — its
title, its number and its addressees, where a space stands for each line break — opens a notice of its own.
"""
from __future__ import annotations

import re

from ..text import DOCNUM_RE, han_count

#: a record's rule line: rules of three or more marks on both sides of a label that counts records
#: (导出记录 1/2, 第2条, 记录3, 第 2 篇, 结果 4), never pages
_RULE = re.compile(r"^[ \t\u3000]*(?P<mark>[=\-*#~～＝－—_])(?P=mark){2,}[ \t\u3000]*"
                   r"(?P<label>[^\n=\-*#~～＝－—_]{0,12}?(?:记录|記錄|条|條|篇|文件|文档|文檔|结果|結果)"
                   r"[^\n=\-*#~～＝－—_页頁]{0,12}?)"
                   r"[ \t\u3000]*(?P=mark){3,}[ \t\u3000]*$", re.M)
#: the counter in a rule's label: 1/2, 第2条, 记录3
_COUNTER = re.compile(r"(?P<n>\d{1,5})(?:\s*/\s*\d{1,5})?")
#: the fewest Chinese characters of a text before the first rule that make it part of the first record
_PREAMBLE_HAN = 20


#: a gazette's digital edition: a rule line, then the page's heading (第1版:政府文件), one document a page
_EDITION_PAGE = re.compile(r"^[ \t\u3000]*[-=—_]{10,}[ \t\u3000]*\n[ \t\u3000]*第(?P<n>\d{1,3})版[ \t\u3000]*[:：][^\n]{0,20}$", re.M)


def _texts_under(text: str, marks: list[re.Match]) -> list[str]:
    """The text under each mark (a record's rule, a page's heading), up to the next."""
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end():end].strip("\n") for m, end in zip(marks, ends)]


def _edition_pages(text: str) -> list[str] | None:
    """The pages of a gazette's digital edition (第1版, 第2版, … each under a rule line), each page's text; the edition's
    masthead and contents above the first are no document's."""
    pages = list(_EDITION_PAGE.finditer(text))
    if len(pages) < 2 or [int(m["n"]) for m in pages] != list(range(1, len(pages) + 1)):
        return None
    return _texts_under(text, pages)


def split_records(text: str) -> list[str] | None:
    """The records of an export (two or more rules whose counters run 1, 2, … or 1/N, 2/N, …), each with the text
    under its rule, or the pages of a gazette's edition; None where the text is neither."""
    rules = [m for m in _RULE.finditer(text) if _COUNTER.search(m["label"])]
    if len(rules) < 2:
        return _edition_pages(text)
    counts = [int(_COUNTER.search(m["label"])["n"]) for m in rules]
    if counts != list(range(counts[0], counts[0] + len(counts))):
        return None  # (rules that count no records in order: a text's own dividers)
    records = _texts_under(text, rules)
    head = text[: rules[0].start()]
    if han_count(head) >= _PREAMBLE_HAN:
        records[0] = head + records[0]  # (a first record printed before the first rule's count: kept)
    return records


#: a notice's head run on in a line, a space for each break: its title (its issuer's name, 关于, its kind), its number
#: and its addressees up to their colon (某农场关于印发《某方案》的通知 某农发〔2003〕18号 各管理区、场直各单位：)
_RUN_ON_HEAD = re.compile(r"(?:^|(?<=[ \t\u3000\n]))(?P<title>[^\s。；：:，,]{2,60}?关于[^\s。；：:]{2,80}?的"
                          r"(?:通知|决定|意见|批复|通报|函|报告))[ \t\u3000]+(?P<number>" + DOCNUM_RE.pattern + r")"
                          r"[ \t\u3000]+[^\s。；：:]{2,60}[：:]")


def split_run_on(text: str) -> list[str] | None:
    """The notices of a compilation printed one after another on run-on lines (two or more notice heads, each after a
    space or at a line's start, its title, number and addressees on one line): the text cut before each head but the
    first; None where the text holds fewer than two of different numbers."""
    heads, numbers = [], set()
    for m in _RUN_ON_HEAD.finditer(text):
        number = re.sub(r"\s", "", m["number"])
        if number not in numbers:  # (a head printed again, a content farm's teaser over the notice: one notice)
            heads.append(m)
            numbers.add(number)
    if len(heads) < 2:
        return None
    cuts = [m.start() for m in heads[1:]]
    parts = [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]
    first = heads[0].start()
    if first and text[first - 1] != "\n":  # (the first head run on after the compilation's own name: a line of its own)
        parts[0] = (text[:first].rstrip() + "\n" + text[first:cuts[0]]).strip()
    return parts


__all__ = ["split_records", "split_run_on"]
