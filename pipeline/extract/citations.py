"""Citations: titles in 《》 followed by a document number, and bare numbers in the text.

Malformed brackets are repaired (``(国发(2023〕18号)`` -> ``国发〔2023〕18号``);
decree and announcement numbers (``…人民政府令第155号``, ``…公告2023年第28号``)
are kept as printed; technical standards (``GB/T 18920-2020``) are not citations.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..facts import Citation
from ..text import DOCNUM_RE, nfkc, normalize_docnum
from .layout import Layout

_TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,120})》")
#: an issuance number: 某省人民政府令第155号, 某部公告2023年第28号, or its order number before 令, 財政部第29號令; the
#: number in Chinese numerals as older orders print it (中华人民共和国主席令第七十六号)
_ORDER_NO = r"(?:\d{1,5}|[一二三四五六七八九十百〇零]{1,6})"
_ISSUANCE_RE = re.compile(rf"^(?P<num>[\u4e00-\u9fff][^()（）]{{0,60}}?(?:令|公告|通告)\s*(?:(?:19|20)\d\d\s*年)?\s*第\s*{_ORDER_NO}\s*[号號]"
                          rf"|[\u4e00-\u9fff][^()（）]{{0,60}}?第\s*{_ORDER_NO}\s*[号號]令)$")
_OPEN = "(（"
#: a notice of a numbered series cited with its number in brackets inside the title: 《某某指挥部通告(第3号)》,
#: 《某某公告(2020年第5号)》
_SERIAL_IN_TITLE = re.compile(r"^(?P<title>[^()（）]{2,100}?(?:通告|公告|布告|通令|令))\s*[(（]"
                              r"(?P<num>(?:(?:19|20)\d\d\s*年)?\s*第\s*[0-9一二三四五六七八九十百〇零]{1,5}\s*号)[)）]$")
_PAREN_AHEAD = re.compile(r"[ \u3000]*[(（]")
#: a document number in a parenthesis after a cited title, printed without its 号: (某编办〔2015〕233)
_NO_HAO = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（](?:19|20)\d\d[〕\]］)）]\d{1,4}")


#: a number right after a cited title whose closing bracket and 号 the copy lost: 》国发〔20213
_LOST_CLOSE = re.compile(r"[ \u3000]*[(（]?(?P<code>[\u4e00-\u9fff]{1,10})〔(?P<year>(?:19|20)\d\d)(?P<serial>[1-9]\d{0,3})(?![\d〕号])")


#: a number whose brackets the copy lost altogether, 号 kept: 某教201313号 (four digits of year, then the serial)
_BRACKETS_LOST = re.compile(r"(?P<code>(?!第)[\u4e00-\u9fff]{1,10}?)(?P<year>(?:19|20)\d\d)(?P<serial>[1-9]\d{0,3})号")
#: such a number in a parenthesis of its own in running text: …的意见(某教201313号)精神
_BRACKETS_LOST_CITED = re.compile(rf"[(（](?P<num>{_BRACKETS_LOST.pattern})[)）]")


def _rebuilt(m: re.Match) -> str:
    """A number whose brackets were lost, with its brackets again: 某教〔2013〕13号."""
    return f"{m['code']}〔{m['year']}〕{m['serial']}号"


#: a number printed right after a cited title without a parenthesis: 《某某办法》建城〔2005〕43号 (its code a short
#: run of characters, not a sentence's words run on before a number: 《某意见》精神和某发〔2020〕1号)
_BARE_AFTER = re.compile(r"[ \u3000]*(?P<num>[\u4e00-\u9fff]{1,8}[〔\[［(（](?:19|20)\d\d[〕\]］)）]第?\d{1,5}号)")


def _bare_number_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The number right after ``pos`` with no parenthesis around it: (number, start, end)."""
    m = _BARE_AFTER.match(text, pos)
    if not m or re.search(r"[的和及与、]|精神|要求|规定|印发|转发", m["num"]):
        return None
    return normalize_docnum(m["num"]), m.start("num"), m.end("num")


def _number_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The number in a parenthesis that opens right after ``pos``: (number, start, end)."""
    m = _PAREN_AHEAD.match(text, pos)
    if not m:
        lost = _LOST_CLOSE.match(text, pos)
        if lost:
            return f"{lost['code']}〔{lost['year']}〕{lost['serial']}号", lost.start("code"), lost.end()
        return _bare_number_after(text, pos)
    inner_start = m.end()
    raw = text[inner_start: inner_start + 90]
    keep = [i for i, ch in enumerate(raw) if not ch.isspace()]  # a number may be broken across lines
    window = "".join(raw[i] for i in keep)
    mask = re.match(r"[*＊]{1,6}", window)  # **政办〔2015〕39号: a mirror masked the place the code names
    d = DOCNUM_RE.match(window, mask.end() if mask else 0)
    if d:
        # (建设部〔2007〕第162号令): an order's number, its 令 kept as printed
        order = "令" if re.match(r"令[)）]", window[d.end():]) else ""
        return (mask.group(0) if mask else "") + normalize_docnum(d.group(0)) + order, inner_start + keep[0], \
            inner_start + keep[d.end() - 1 + len(order)] + 1
    close = re.search(r"[)）]", window)
    if close:
        content = window[: close.start()].strip()
        i = _ISSUANCE_RE.match(nfkc(content))
        if i:
            return re.sub(r"\s+", " ", nfkc(content)), inner_start, inner_start + close.start()
        bare = _NO_HAO.fullmatch(nfkc(content))
        if bare:  # (某编办〔2015〕233): a number whose 号 the notice left out, kept as printed
            number = re.sub(r"[〔\[［(（](?P<y>(?:19|20)\d\d)[〕\]］)）]", r"〔\g<y>〕", bare.group(0))  # (brackets as the spec's)
            return number, inner_start + keep[0], inner_start + close.start()
        lost = _BRACKETS_LOST.fullmatch(nfkc(content))
        if lost:  # 《某某意见》(某教201313号): the brackets' glyphs lost
            return _rebuilt(lost), inner_start + keep[0], inner_start + close.start()
        dated = _DATED_ISSUANCE.match(content)
        if dated:  # (1994年5月22日某省人民政府令第13号发布, 根据…修改): the number it was issued under
            return dated["num"], inner_start + keep[dated.start("num")], inner_start + keep[dated.end("num") - 1] + 1
    return None


#: an issuance number a parenthesis gives with the date it was issued on: 1994年5月22日某省人民政府令第13号发布
#: (a year alone before the body numbers the orders of that year: 1991年某市人民政府令第43号 keeps it)
_DATED_ISSUANCE = re.compile(r"(?:(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?)?"
                             r"(?P<num>(?:(?:19|20)\d\d年)?[\u4e00-\u9fff]{2,30}?(?:令|公告)第\d{1,5}号)"
                             r"(?:发布|公布|颁布|施行|修改|修订|废止|$)")
#: an issuance number in running text (根据1997年12月26日某省人民政府令第85号修改): the issuer starts after a
#: date, a mark or a verb of reference, and ends with a body
_BARE_ISSUANCE = re.compile(r"(?:(?<=日)|(?<=根据)|(?<=依据)|(?<![\u4e00-\u9fff]))(?!根据|依据|按照|[年月日])"
                            r"(?P<num>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|委员会|常委会|部|署|局|厅)(?:令|公告)第\d{1,5}号)")
#: words a sentence prints before a bare number it cites: 按照, 根据, 依据…; 某办公室以某办〔2006〕4号印发
_LEAD_WORDS = re.compile(r"^.*(?:按照|根据|依据|依照|参照|执行|落实|贯彻|领会|(?:办公室|办公厅|政府|委员会)以)")
#: the word that joins a number to the number before it (甲〔2009〕2号和乙发〔2009〕4号, …号以及乙发…): no part of its code
_JOINED_AFTER_NUMBER = re.compile(r"^(?:以及|和|及|与|或)(?=[\u4e00-\u9fff]{2})")
#: the body a sentence names before the number it issued, a name no code holds (国务院国发〔1980〕121号文件,
#: 省政府办公厅某政办〔2007〕3号): no part of the code
_BODY_BEFORE_CODE = re.compile(r"^.*(?:国务院|中共中央|办公厅|办公室)(?=[\u4e00-\u9fff]+〔)")


def _without_body(number: str) -> str:
    """``number`` without the issuing body's name run on before its code."""
    return _BODY_BEFORE_CODE.sub("", number)


#: a number of the older style, without brackets: 某办秘字第五三一号, 县人某字第46号, (56)省秘某字第685号 (the
#: year in brackets before the code); the code is the few characters before 字, after what names the issuer or the
#: date (某委员会某办秘字, 一九五○年八月十四日某某字, 以某字)
_OLD_NUMBER = re.compile(r"(?:[(（〔\[](?P<yy>\d{2,4})[)）〕\]])?(?<![0-9A-Za-z])(?P<code>[\u4e00-\u9fff]{1,7}?字)"
                         r"第(?P<serial>[\d〇零○一二三四五六七八九十百]{1,6})号|"
                         # the year in brackets before 字 (某民密丁(54)字第二四四四号): kept where it is printed
                         r"(?<![0-9A-Za-z])(?P<head>[\u4e00-\u9fff]{1,7}?)[(（〔\[](?P<mid>\d{2,4})[)）〕\]]字"
                         r"第(?P<serial2>[\d〇零○一二三四五六七八九十百]{1,6})号")
#: what both forms of _OLD_NUMBER print: a text without it has none, and is not scanned from every character
_OLD_NUMBER_WORD = "字第"
#: what every _BARE_ISSUANCE ends with: a text without it is not scanned from every character
_ISSUANCE_SERIAL = re.compile(r"(?:令|公告)第\d{1,5}号")
_OLD_CODE_CUT = re.compile(r"^.*(?:委员会|政府|院|部|厅|局|以|日|的|据|按|照|依|经|于|和|及|与|、)")


#: a page's link to its neighbouring page, under the text (上一篇：某府〔2010〕41号《关于…的通知》, 下一條：…): the
#: documents it names are other pages of the site, not documents the notice cites
_NEIGHBOUR_LINK = re.compile(r"^[ \t\u3000]*[【\[]?(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|前一篇|后一篇|後一篇)[】\]]?[:：]")


def find_citations(text: str, layout: Layout) -> list[Citation]:
    own = layout.number
    out: list[Citation] = []
    covered: list[tuple[int, int]] = []
    pending: list[re.Match] = []  # adjacent titles sharing one number
    links = [(ln.start, ln.end) for ln in layout.lines if _NEIGHBOUR_LINK.match(ln.text)]
    for m in _TITLE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in links):
            continue  # 上一篇：《某某通知》: a link to another page of the site
        if pending and text[pending[-1].end(): m.start()].strip(" \u3000、和及与") != "":
            pending = []
        pending.append(m)
        got = _number_after(text, m.end())
        decree = _ISSUANCE_RE.match(nfkc(m["title"]).strip())
        serial = _SERIAL_IN_TITLE.match(nfkc(m["title"]).strip())
        if not got and serial and len(pending) == 1:  # 《某市某某指挥部通告(第3号)》: the series' number in the title
            number = re.sub(r"\s+", "", serial["num"])
            out.append(Citation(title=serial["title"], number=number, span=(m.start(), m.end())))
            covered.append((m.start(), m.end()))
            pending = []
            continue
        if not got and decree and len(pending) == 1:  # 根据《某市总河长令第1号》: the title is the number it cites
            number = re.sub(r"\s+", "", decree["num"])
            if number != own:
                out.append(Citation(title=number, number=number, span=(m.start(), m.end())))
            covered.append((m.start(), m.end()))
            pending = []
            continue
        if not got:
            continue
        number, s, e = got
        for t in pending:
            if number != own:
                out.append(Citation(title=nfkc(t["title"]).strip(), number=number, span=(t.start(), e + 1)))
        covered.append((s, e))
        pending = []
    header_end = layout.lines[layout.body_start].start if layout.body_start < len(layout.lines) else 0
    covered.sort()
    starts = [s for s, _ in covered]
    reach = []  # the furthest end of the covered ranges starting at or before each start
    for _, e in covered:
        reach.append(max(e, reach[-1]) if reach else e)
    numbers = {c.number for c in out}
    info = [(layout.lines[i].start, layout.lines[i].end) for i in layout.info_lines]
    for d in DOCNUM_RE.finditer(text):
        k = bisect_right(starts, d.start())
        if d.start() < header_end or (k and reach[k - 1] > d.start()):
            continue
        if any(s <= d.start() < e for s, e in info):
            continue  # the page's info block names this notice's own number
        if any(s <= d.start() < e for s, e in links):
            continue  # 上一篇：某府〔2010〕41号《…》: a link to another page of the site
        cut = _LEAD_WORDS.match(d["code"])  # 市政府按照某府〔2018〕6号: the words before the code are no part of it
        if not cut and text[:d.start()].endswith("号"):
            cut = _JOINED_AFTER_NUMBER.match(d["code"])  # 根据甲〔2009〕2号和乙发〔2009〕4号: the 和 joins two numbers
        number = _without_body(normalize_docnum(d.group(0)[cut.end():] if cut else d.group(0)))
        if number == own or (own and number.endswith(own)) or \
                (layout.number_span and layout.number_span[0] <= d.start() < layout.number_span[1]):
            continue
        if number in numbers:
            continue
        out.append(Citation(title=None, number=number, span=(d.start(), d.end())))
        numbers.add(number)
    for d in _BRACKETS_LOST_CITED.finditer(text):  # 关于某某的意见(某教201313号)精神: the brackets' glyphs lost
        k = bisect_right(starts, d.start())
        number = _rebuilt(d)
        if d.start() < header_end or (k and reach[k - 1] > d.start()) or number in numbers or number == own:
            continue
        out.append(Citation(title=None, number=number, span=(d.start("num"), d.end("num"))))
        numbers.add(number)
    for d in _OLD_NUMBER.finditer(text) if _OLD_NUMBER_WORD in text else ():
        if d["head"]:
            cut = _OLD_CODE_CUT.match(d["head"])
            head = d["head"][cut.end():] if cut else d["head"]
            k = bisect_right(starts, d.start())
            number = f"{head}〔{d['mid']}〕字第{d['serial2']}号"
            if len(head) >= 2 and d.start() >= header_end and not (k and reach[k - 1] > d.start()) \
                    and number not in numbers and number != own:
                out.append(Citation(title=None, number=number, span=(d.start(), d.end())))
                numbers.add(number)
            continue
        code = d["code"][_OLD_CODE_CUT.match(d["code"]).end():] if _OLD_CODE_CUT.match(d["code"]) else d["code"]
        k = bisect_right(starts, d.start())
        if len(code) < 2 or d.start() < header_end or (k and reach[k - 1] > d.start()):
            continue
        if re.search(r"\d(?![\d年月日号])[\u4e00-\u9fff]*字$", text[max(0, d.start("code") - 8): d.end("code")]):
            continue  # (2019)某01民初字第123号: a court's case number, its code holds digits
        number = (f"〔{d['yy']}〕" if d["yy"] else "") + f"{code}第{d['serial']}号"
        if number not in numbers and number != own:
            out.append(Citation(title=None, number=number, span=(d.start(), d.end())))
            numbers.add(number)
    for d in _BARE_ISSUANCE.finditer(text) if _ISSUANCE_SERIAL.search(text) else ():
        k = bisect_right(starts, d.start())
        number = d["num"]
        if d.start() < header_end or (k and reach[k - 1] > d.start()) or number in numbers or number == own:
            continue
        out.append(Citation(title=None, number=number, span=(d.start(), d.end())))
        numbers.add(number)
    return out
