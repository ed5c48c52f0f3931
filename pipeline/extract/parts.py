"""Patterns of the parts of an official notice that the layout reader (layout.py) and the re-liner of
notices run onto one line (reline.py) both use."""
from __future__ import annotations

import re

#: a body's name by its last word (a line that is only a body's name: an issuer, a masthead)
ORG_END = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|委|局|厅|(?<!干)部|署|院|中心|公司|(?<=[^公上])司|小组|指挥部|办事处|"
                     r"人民代表大会常务委员会|常委会|党委|党组|管委会|主席团|集团|(?<=[兵师营连场〇一二三四五六七八九十百0-9])团|队|所|站|大学|学校|学院|中学|小学|法庭|联合社|合作社|协会|联合会|学会|理事会|监狱|"
                     r"林场|农场|牧场|总场|分场|垦殖场|茶场|渔场)$")

#: sentence punctuation: a line holding it is running text, not a title
SENTENCE = re.compile(r"[，。；,;]")

#: the end of a document's heading by its kind (方案, 通知, 实施意见), its notes after it ((草案)), and what may not
#: follow a heading's kind word inside a longer name (某某方案的通知, 某某计划生育, 某某规划局)
HEADING_KIND_END = re.compile(r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|规定|决议|报告|纪要|细则|规划|计划|要点|"
                              r"条例|规则|制度|措施|清单|名单|预案|指南|公报)(?:[(（][^()（）\n，。；,;]{1,16}[)）])?"
                              r"(?![的和与及、局院部委办厅处科室所会生》”\"）)])")

#: the circled digits ① … ⑳, an enumerator of their own (text.nfkc keeps them: NFKC would leave a bare digit run
#: into the item, 1夏某某)
CIRCLED = "\u2460-\u2473"
#: an enumerator opening an item or a heading, in each style notices print, whatever level a notice gives it:
#: 一、 （一） (一) 1. 1、 1． （1） (1) 1） 1) ① (a numeral of up to three digits: 2024) is no enumerator)
ENUM = (r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[（(][0-9０-９]{1,3}[)）]"
        rf"|[0-9０-９]{{1,3}}[.．、)）]|[{CIRCLED}])")
#: the style of an enumerator, by the form it is printed in: 1. 1、 1． are one style, （1） (1) another, 1） a third
_STYLES = (("一、", re.compile(r"[一二三四五六七八九十]{1,3}、")), ("(一)", re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")),
           ("(1)", re.compile(r"[（(][0-9０-９]{1,3}[)）]")), ("1.", re.compile(r"[0-9０-９]{1,3}[.．、]")),
           ("1)", re.compile(r"[0-9０-９]{1,3}[)）]")), ("①", re.compile(f"[{CIRCLED}]")))


def enum_style(text: str) -> str | None:
    """The style of the enumerator ``text`` opens with (after its indent), or None: ``一、`` ``(一)`` ``(1)`` ``1.``
    ``1)`` ``①``."""
    t = text.lstrip(" \t\u3000")
    return next((style for style, p in _STYLES if p.match(t)), None)


def closes_open_bracket(before: str, text: str) -> bool:
    """Whether ``text`` opens with a number and a closing bracket (``22）``) that closes a bracket the line ``before``
    left open (``…（GB/T 42195—20`` / ``22）执行``): a line broken inside a bracket, not an enumerator ``1）``."""
    return enum_style(text) == "1)" and before.count("（") + before.count("(") > before.count("）") + before.count(")")


class Levels:
    """The levels of a notice's enumerator styles, read from the notice itself: the first style met is the top level,
    each new style a level below the ones met before (一、 / 1、 / （1） in one notice, 一、 / （一） / 1. in another).
    A new style that the usual order (一、 （一） 1. （1） 1） ①) puts above the top one met so far starts the table
    again: what came before was another part (a cover letter's list of attachments, 1.某某方案, over a plan's 一、)."""

    _USUAL = {style: k for k, (style, _) in enumerate(_STYLES)}

    def __init__(self) -> None:
        self.table: dict[str, int] = {}

    def of(self, text: str) -> int | None:
        """The level of the enumerator ``text`` opens with (1 the top), or None."""
        style = enum_style(text)
        if style is None:
            return None
        if style not in self.table:
            top = min(self.table, key=self.table.get) if self.table else None
            if top is not None and self._USUAL[style] < self._USUAL.get(top, -1):
                self.table = {}
            self.table[style] = len(self.table) + 1
        return self.table[style]

    def bare(self) -> int:
        """The level of a heading whose enumerator a copy lost (parts.bare_heading): a style of its own, met where it
        is first met, as a printed style would be."""
        if "bare" not in self.table:
            self.table["bare"] = len(self.table) + 1
        return self.table["bare"]


#: a note in brackets after a heading (第一督导分组（负责甲区、乙区）): no part of the heading's shape
_HEAD_NOTE = re.compile(r"[（(][^()（）\n]{1,40}[)）]$")
#: the marks a heading holds none of: it is no sentence, no label, no list
_HEAD_MARKS = re.compile(r"[，,；;：:、。！!？?《》\t]")


def bare_heading(text: str, closed: bool = False) -> int | None:
    """The end of the heading ``text`` opens with, when the line is shaped as a heading whose enumerator a copy lost
    (a word processor's automatic numbering): a short phrase, no sentence mark inside, standing alone on its line
    (督导内容, 专项工作组, 第一督导分组（负责甲区、乙区）) or closed by 。 before the first sentence of its part
    (综合协调组。组长：甲；…), or, where ``closed``, closed by 。 alone on its line (完善分类投放设施。, over its
    paragraph: the caller tells what follows). Quotation marks may stand in it (打造“某某”品牌). None for any other
    line. The offset is into ``text`` as given (its indent kept)."""
    body = text.rstrip(" \t\u3000")
    start = len(body) - len(body.lstrip(" \t\u3000"))
    stop = body.find("。", start)
    end = len(body) if stop < 0 else stop
    if stop >= 0 and not body[stop + 1:].strip(" \t\u3000") and not closed:
        return None  # 某某。 alone: a sentence, not a heading
    head = _HEAD_NOTE.sub("", body[start:end]).strip(" \t\u3000")
    if not 2 <= len(head) <= 20 or _HEAD_MARKS.search(head) or " " in head or "\u3000" in head \
            or not re.match(r"[\u4e00-\u9fff]", head) or re.search(r"[0-9０-９]{4}", head):
        return None
    return end


def after_paragraph(before: str) -> bool:
    """The line ``before`` (the last line of text above) leaves a heading's place open: it is a heading, a title or
    a list line (no sentence mark in it, or a label opening it), or a paragraph that has ended (。 ： or a closing mark
    last) — not a sentence the page wrapped onto the next line (…建立某某的 / 评估机制。各地区…), nor a clause of a series
    that goes on (任命甲为某职；/ 任命乙为某职。)."""
    before = before.strip(" \t\u3000")
    return not SENTENCE.search(before) or bool(re.search(r"[。：:！!？?”\"）)]$", before)) \
        or bool(re.match(r"[^，,。；;：:]{1,10}[：:]", before))  # (责任单位：甲，乙: a labelled line ends its part)


#: an enumerator of a part's heading in Chinese numerals (一、 （一）): a notice that prints them numbers its headings
_CN_ENUM = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])(?=\S)")


def numbers_headings(texts) -> bool:
    """Whether a notice (its lines' ``texts``) prints its headings' enumerators 一、 （一）: where it does, a line
    without one is no heading whose enumerator was lost (推进整车项目。（牵头单位：某委） under （一）某某)."""
    return any(_CN_ENUM.match(t) for t in texts)
