"""An export of several records in one text file, each opened by a rule line that numbers it.

A crawler's or a database's export prints every record under a line of its own: a label with the record's counter
between rules (``=== 导出记录 1/2 ===``, ``----- 第2条 -----``, ``###### 记录 3 ######``). Each record is one notice
with everything under its rule — its info block above its title too, which a listing's reader, splitting at titles,
would hand to the notice before. A page's rule (``----- 第1页 -----``) numbers the pages of one text: no record. A
gazette's digital edition prints one document a page, each page under a rule and its heading (``第2版:政府文件``).

A compilation's preview may also run its notices together on one line (a sharing site's pieces glued back:
``…报办公室。 某某分场关于调整…的通知 五分场发〔2005〕6号 分场各单位：因人员变动…``): each notice's head — its
title, its number and its addressees, where a space stands for each line break — opens a notice of its own.

A site's article pages saved one after another into one file (a listing's pages printed whole, a browser's "save all")
stand between rule lines (``-----…``, ``=====…``): where two pieces or more between rules each hold a notice's head —
its title near the piece's top and its number or its signing date below — each is a notice; the path over the first
and the site's footer under the last go with the piece next to them. A journal's column that reprints documents
under numbered headings (``一、某某任免名单``, ``二、某某关于…的通知``), or a writing guide's samples under their
labels (``例文一``), holds one notice a heading.
"""
from __future__ import annotations

import re

from ..text import DOCNUM_RE, drop_line_watermark, han_count

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


#: a rule line between saved pages: twenty marks or more of one kind (spaces around)
_PAGE_RULE = re.compile(r"^[ \t\u3000]*(?P<mark>[=\-—_━─＝－*])(?P=mark){19,}[ \t\u3000]*$", re.M)
#: a notice's title on its line: 关于… or a kind's word last (…的通知, …决定, …实施方案), a line of its own
_HEAD_TITLE = re.compile(r"^[ \t\u3000]*(?P<title>[^\s。；;，,:：]{0,40}关于[^\n。；;]{2,80}|"
                         r"[^\s。；;，,:：]{4,80}(?:通知|决定|通报|意见|方案|办法|规定|名单))[ \t\u3000]*$", re.M)
#: a notice's signing date on its line (二○○九年五月二十七日, 2009年5月27日)
_SIGNING_DAY = re.compile(r"^[ \t\u3000]*(?:(?:19|20)\d\d|[一二三四五六七八九〇○零]{4})年[0-9一二三四五六七八九十]{1,3}月"
                          r"[0-9一二三四五六七八九十]{1,3}日[ \t\u3000]*$", re.M)
#: how many of a piece's first lines its title may stand among (under the page's path and posting line)
_HEAD_LINES = 8


def _head_title(piece: str) -> str | None:
    """The title a saved page's piece opens with (among its first lines, a title's wrapped end joined), where the
    piece also holds a number or a signing date: a notice's head; None otherwise."""
    lines = [ln.strip(" \t\u3000") for ln in piece.split("\n") if ln.strip(" \t\u3000")][:_HEAD_LINES]
    title = next((m["title"] for m in map(_HEAD_TITLE.match, lines) if m), None)
    if title is None and any(ln.startswith("关于") for ln in lines):  # 关于成立某某指挥部的 / 通知
        k = next(k for k, ln in enumerate(lines) if ln.startswith("关于"))
        title = lines[k] + (lines[k + 1] if k + 1 < len(lines) else "")
    if title is None or not (DOCNUM_RE.search(piece) or _SIGNING_DAY.search(piece)):
        return None
    return title


def split_saved_pages(text: str) -> list[str] | None:
    """A site's article pages saved one after another, rule lines between them: each piece between rules that holds a
    notice's head is one notice (pieces of no head, the path over the first and the footer under the last, go with the
    notice next to them); None where fewer than two pieces hold heads of different titles."""
    rules = list(_PAGE_RULE.finditer(text))
    if not rules:
        return None
    bounds = [0] + [m.start() for m in rules] + [len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    pieces = [_PAGE_RULE.sub("", p, count=1) if i else p for i, p in enumerate(pieces)]
    titles = [_head_title(p) for p in pieces]
    heads = [i for i, t in enumerate(titles) if t]
    if len(heads) < 2 or len({titles[i] for i in heads}) < len(heads):
        return None
    notices = []
    for n, i in enumerate(heads):
        start = 0 if n == 0 else i
        end = heads[n + 1] if n + 1 < len(heads) else len(pieces)
        notices.append("\n".join(p.strip("\n") for p in pieces[start:end] if p.strip()))
    return notices


#: a compilation's heading that numbers the document printed under it: 一、某市人民代表大会常务委员会任免名单, 二、某街道办事处
#: 关于成立某某领导小组的通知 (its body's name or 关于, and a kind's word last)
_NUMBERED_DOCUMENT = re.compile(r"^[ \t\u3000]*(?P<n>[一二三四五六七八九十]{1,3})、[ \t\u3000]*"
                                r"(?P<title>[^\s。；;，,:：]{0,40}关于[^\n。；;:：]{2,80}?的(?:通知|决定|通报|意见|批复|报告|函)|"
                                r"[^\s。；;，,:：]{2,40}?(?:委员会|政府|办事处|人大|常委会)[^\s。；;，,:：]{0,20}?(?:任免名单|名单))"
                                r"[ \t\u3000]*$", re.M)
#: a note of adoption under a list's heading: （1999年6月28日某市…会议通过）
_ADOPTION_NOTE = re.compile(r"^[ \t\u3000]*[(（][^()（）\n]{6,60}?(?:会议|大会)(?:审议)?通过[)）][ \t\u3000]*$", re.M)
#: the least of Chinese characters a numbered document holds under its heading (a table of contents' entry holds none)
_DOCUMENT_HAN = 60


#: a writing guide's label over each sample document it prints: 例文一, 范文二：, 樣文 3 (a site's watermark after it)
_SAMPLE_LABEL = re.compile(r"^[ \t\u3000]*(?:例文|范文|範文|样文|樣文|示例|公文示例)[ \t\u3000]*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})"
                           r"[ \t\u3000]*[:：]?[ \t\u3000]*$", re.M)


#: what a second numbered document opens with (二、…关于… / 二、…名单, 例文二, 范文 2): without one there is no column
_SECOND_HEAD = re.compile(r"^[ \t\u3000]*(?:二、[^\n]*?(?:关于|名单)|(?:例文|范文|範文|样文|樣文|示例|公文示例)[ \t\u3000]*(?:二|2)(?!\d))",
                          re.M)


def split_numbered_documents(text: str) -> list[str] | None:
    """A journal's or a chronicle's column that reprints documents under numbered headings (一、某某任免名单 / … /
    二、某某关于…的通知 / …), or a writing guide's samples under their labels (例文一 / 某某关于…的通知 / …): each
    heading or label with what follows it is one notice, the column's head going with the first; a heading's enumerator
    is blanked (spaces of its width: the title is the document's own). None unless two headings or more, numbered 一,
    二, … (or 1, 2, …) in turn, each stand over a document's text holding its number, its signing date or its note of
    adoption. A watermark the site ran on after every line is read past."""
    if not _SECOND_HEAD.search(text):
        return None  # (no second heading or label: the watermark is not looked for)
    seen = drop_line_watermark(text, keep_places=True)  # (blanked, not cut: positions stay those of the text)
    heads = list(_NUMBERED_DOCUMENT.finditer(seen)) or list(_SAMPLE_LABEL.finditer(seen))
    numbers = [m["n"] for m in heads]
    if len(heads) < 2 or numbers not in (list("一二三四五六七八九十")[:len(heads)], [str(k) for k in range(1, len(heads) + 1)]):
        return None
    bounds = [m.start() for m in heads[1:]] + [len(text)]
    bodies = [seen[m.end():end] for m, end in zip(heads, bounds)]
    if any(han_count(b) < _DOCUMENT_HAN or not (DOCNUM_RE.search(b) or _SIGNING_DAY.search(b) or _ADOPTION_NOTE.search(b))
           for b in bodies):
        return None
    starts = [0] + [m.start() for m in heads[1:]]
    pieces = []
    for m, start, end in zip(heads, starts, bounds):
        if "title" not in m.re.groupindex:
            pieces.append(text[start:end])
            continue
        blank = "\u3000" * (m.start("title") - m.start("n"))
        pieces.append(text[start:m.start("n")] + blank + text[m.start("title"):end])
    return pieces


__all__ = ["split_numbered_documents", "split_records", "split_run_on", "split_saved_pages"]
