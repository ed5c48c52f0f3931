"""Listing dumps: a policy page saved as text, several notices per file.

Each item opens with a bullet line (``• title``), then a summary line, a line
with the listing date, and the notice's text (often one long line whose line
breaks became runs of spaces). Other list pages print the date on the title's
own line (``· title [2024-08-22]``, ``title    2024-04-09``, with or without a
bullet); a line like that opens an item when its title reads as a notice's. A
document site's list prints each title on a line of its own and again at the head
of the item's text on the line under it (``title`` / ``title 某发〔2024〕2号 各…：…``),
the listing date labelled under the text (``发布时间：2024-03-01 | 浏览 1203``). A search or tag page
prints each title on a line of its own, bulleted, numbered (``1. title``) or bare, and the item's listing date
on a short line a few lines under it: labelled among other fields over the text (``发布机构:某局 | 发布日期:
2024-03-12``) or bare under it (``title`` / ``展开 某发〔2024〕2号 …`` / ``2024-03-14``).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..notice import RawNotice
from ..text import han_count, parse_date

#: (the title runs to the line's last non-space character, found once: a lazy title before
#: ``\s*$`` re-scanned every run of spaces inside it, quadratic on a long line)
BULLET_RE = re.compile(r"^[ \t\u3000\xa0]*[•·●◆■▪]\s*(?P<title>\S(?:.*\S)?)\s*$", re.M)
_LISTING_DATE_RE = re.compile(r"^\s*((?:19|20)\d\d-\d\d-\d\d)\b")
_SP = "[ \t\u3000\xa0]"
#: a list item with its date on its own line: ``· title [2024-08-22]``, ``title    2024-04-09``
DATED_RE = re.compile(rf"^{_SP}*(?:[•·●◆■▪]{_SP}*)?(?P<title>[^\s•·●◆■▪][^\n]{{4,150}}?)(?:{_SP}+|{_SP}*(?=[\[【(（]))"
                      rf"[\[【(（]?(?P<date>(?:19|20)\d\d-\d\d-\d\d)[\]】)）]?{_SP}*$", re.M)
#: the list's pager under its last item: 共2条 1/1页 首页 上一页 下一页 尾页
_PAGER = re.compile(r"^\s*共\s*\d+\s*(?:条|页)|上一页.{0,20}下一页")
#: a list page's link to the item's page, on a line of its own under its text: 查看详情>>, 阅读全文 »
_MORE_LINE = re.compile(rf"^{_SP}*[\[【]?(?:查看详情|查看全文|阅读全文|详细内容|查看原文|详情)[\]】]?{_SP}*[>»›》]*{_SP}*$")
#: the toggle that opens an item's folded text, glued before it: 展开 某发〔2024〕2号 …
_TOGGLE = re.compile(rf"^{_SP}*[\[【]?(?:展开全文|展开|全文)[\]】]?{_SP}+")
#: a notice's title ends with the kind of document it is
_TITLE_END = re.compile(r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|函|规定|计划|细则|命令|令|报告|纪要)$")


#: a list item whose date stands on the line under its title: title / 2024-04-09 (or [2024-04-09])
UNDER_RE = re.compile(rf"^{_SP}*(?:[•·●◆■▪]{_SP}*)?(?P<title>[^\s•·●◆■▪][^\n]{{4,150}}?){_SP}*\n{_SP}*"
                      rf"[\[【(（]?(?P<date>(?:19|20)\d\d-\d\d-\d\d)[\]】)）]?{_SP}*$", re.M)


#: a list item whose title opens the item's text again on the line under it: title / title 某发〔2024〕2号 各…
#: (the title's lazy run is bounded and anchored at a line's start: linear on a long line)
REPEATED_RE = re.compile(rf"^{_SP}*(?P<title>[^\s•·●◆■▪][^\n]{{4,150}}?){_SP}*\n(?={_SP}*(?P=title){_SP}*\S)", re.M)
#: the listing date labelled on a line of its own under (or over) an item's text: 发布时间：2024-03-01 | 浏览 1203
_LABELLED_DATE = re.compile(rf"^{_SP}*(?:发布时间|发布日期|发文日期|更新时间|日期|时间|发布|发表)[:：]{_SP}*"
                            r"(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b")
#: the same date as one field of a short line of fields: 发布机构:某局 | 发布日期:2024-03-12, 发布：2024-03-12 | 阅读：312,
#: [通知公告]　发布日期：2024-03-12　阅读(412)
#: (the field follows a separator, a space or the closing bracket of a tag before it: [人事任免]　发布日期：…)
_FIELD_DATE = re.compile(rf"(?:^|[|｜\]】]|{_SP})(?:发布时间|发布日期|发文日期|成文日期|更新时间|发布|发表)[:：]{_SP}*"
                         r"(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b")
#: a line that is a listing date alone (a time may follow): 2024-03-14, 2024-03-14 09:30
_DATE_LINE = re.compile(rf"^{_SP}*(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:{_SP}+\d\d:\d\d(?::\d\d)?)?{_SP}*$")
#: a list item's title on a line of its own, bulleted, numbered (1. / 1、) or bare
#: (the title's lazy run is bounded and anchored at a line's start: linear on a long line)
HEADED_RE = re.compile(rf"^{_SP}*(?:[•·●◆■▪]{_SP}*|\d{{1,3}}{_SP}*[.、．]{_SP}*)?"
                       rf"(?P<title>[^\s•·●◆■▪][^\n]{{4,150}}?){_SP}*$", re.M)
#: a line that is a breadcrumb or a labelled field ending in a kind word (位置: 首页 > … > 某通知, 公文种类:通知), no title
_NOT_TITLE = re.compile(r"[>›»|｜:：]")
#: Chinese characters under a headed title that are a notice's text (a short 任免 notice's), not a link's fields
_ITEM_TEXT = 40
#: non-blank lines under a headed title within which its listing date stands
_DATE_WITHIN = 3


def _item_date(lines: list[str]) -> str | None:
    """The listing date on a short line of an item's: a date alone, or a labelled field."""
    for line in lines:
        if len(line) <= 80:
            m = _DATE_LINE.match(line) or _LABELLED_DATE.match(line) or _FIELD_DATE.search(line)
            if m:
                return m["date"]
    return None


def _headed(text: str, m: re.Match) -> bool:
    """A headed title has its listing date within the few non-blank lines under it."""
    lines, pos = [], m.end()
    while len(lines) < _DATE_WITHIN and pos < len(text):  # (line by line: each line is read under a few titles at most)
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip("\n")
        if line.strip():
            lines.append(line)
        pos = end
    return _item_date(lines) is not None


def _dated_items(text: str) -> list[re.Match]:
    def titled(pattern: re.Pattern) -> list[re.Match]:
        return [m for m in pattern.finditer(text)
                if _TITLE_END.search(m["title"].strip()) and not re.search(r"[，。；;]", m["title"])]
    found = titled(DATED_RE)
    if len(found) < 2:
        found = titled(UNDER_RE)
    if len(found) < 2:
        found = titled(REPEATED_RE)
    if len(found) < 2:
        found = _headed_items(text, [m for m in titled(HEADED_RE) if not _NOT_TITLE.search(m["title"])])
    return found


def _headed_items(text: str, found: list[re.Match]) -> list[re.Match]:
    """Headed titles that are a list's items: each has its listing date within the few lines under
    it and a notice's text before the next, and no two are one title (a notice's page printing its
    title twice, or a heading over the title's line, is one notice)."""
    found = [m for m in found if _headed(text, m)]
    if len({m["title"].strip() for m in found}) < len(found):
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return found if all(han_count(text[m.end(): end]) >= _ITEM_TEXT for m, end in zip(found, ends)) else []


def is_listing(text: str) -> bool:
    """A file is a listing dump when two or more bullet lines each have a listing date within
    the few lines under them (a bulleted list inside one notice has no such dates), and the
    items open the page: a notice's page that lists other notices' titles and dates under its
    text (相关链接, 上一篇/下一篇) is one notice, not a listing of links."""
    dated = []
    for m in BULLET_RE.finditer(text):
        below = text[m.end(): m.end() + 600].split("\n")[1:5]
        if any(_LISTING_DATE_RE.match(line) for line in below):
            dated.append(m)
        if len(dated) >= 2:
            return _items_open(text, list(BULLET_RE.finditer(text)))
    items = _dated_items(text)
    return len(items) >= 2 and _items_open(text, items)


#: Chinese characters before a listing's first item that are more than a page's header: a notice
_PREAMBLE = 200
#: Chinese characters under an item that make it a notice's text, not a link
_BODY = 100



def _items_open(text: str, items: list[re.Match]) -> bool:
    """The items are a listing's: little text stands before the first (a page's header), or at
    least two items carry a notice's text under them (a listing whose page header is long)."""
    if han_count(text[: items[0].start()]) < _PREAMBLE:
        return True
    ends = [m.start() for m in items[1:]] + [len(text)]
    return sum(han_count(text[m.end(): end]) >= _BODY for m, end in zip(items, ends)) >= 2


def read_listing(text: str, source: str) -> Iterator[RawNotice]:
    dated = _dated_items(text)
    bullets = dated if len(dated) >= 2 else list(BULLET_RE.finditer(text))
    for i, m in enumerate(bullets):
        end = bullets[i + 1].start() if i + 1 < len(bullets) else len(text)
        block = text[m.end():end]
        meta = {"title": m["title"].strip().rstrip(".…")}
        if "date" in m.groupdict() and m["date"]:
            meta["published"] = parse_date(m["date"]) or ""
        lines = [_TOGGLE.sub("", ln) for ln in block.split("\n")
                 if ln.strip() and not _PAGER.search(ln) and not _MORE_LINE.match(ln)]
        labelled = next((ln for ln in lines if len(ln) <= 80 and (_LABELLED_DATE.match(ln) or _FIELD_DATE.search(ln))),
                        None) if "published" not in meta else None
        if labelled:  # (the item's listing date on its own labelled line, not part of its text)
            meta["published"] = parse_date(_item_date([labelled]) or "") or ""
            lines.remove(labelled)
        if "published" not in meta and len(lines) > 1 and _DATE_LINE.match(lines[-1]):
            # (the listing date alone under the item's text: the text above it is the notice's)
            meta["published"] = parse_date(_DATE_LINE.match(lines.pop())["date"]) or ""
        body_from = 0
        for j, line in enumerate(lines[:4] if "published" not in meta else []):
            dm = _LISTING_DATE_RE.match(line)
            if dm:
                meta["published"] = parse_date(dm.group(1)) or ""
                body_from = j + 1
                break
        body = "\n".join(lines[body_from:]).strip("\n")
        yield RawNotice(source=source, index=i, text=body, meta=meta, part=True)
