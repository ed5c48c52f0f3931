"""Normalisation of Chinese official text: names, document numbers, dates.

Pure functions on strings; every extractor and the scorer share them so that
the graph and the gold are compared under one set of rules.
"""
from __future__ import annotations

import calendar
import os
import re
import unicodedata
from collections import Counter

SPACES = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_SPACE_RE = re.compile(f"[{SPACES}]+")
_FINAL_PUNCT = "。.,，;；:：、!！?？"

#: (a document-sharing site's font mapping prints 〔〕 as „‟: 国办发„2024‟9号)
_BRACKET_OPEN = "〔[(（【［〖﹝„"
_BRACKET_CLOSE = "〕])）】］〗﹞‟"
#: a document number (文号): issuer code, year in any bracket pair, serial, 号 (the code holds no masthead's 文件:
#: 某省某厅文件某发〔2007〕8号, a red header a page glued before the number, is no part of it)
DOCNUM_RE = re.compile(
    rf"(?P<code>(?!件)(?:(?!文件)[\u4e00-\u9fff]){{1,14}}?)\s*[{re.escape(_BRACKET_OPEN)}]\s*(?P<year>(?:19|20)\d\d|[4-9]\d)\s*"
    rf"[{re.escape(_BRACKET_CLOSE)}]\s*(?P<di>第|(?![年号])[\u4e00-\u9fff](?=\d))?\s*(?P<serial>\d{{1,5}})\s*号"
    # (〔2021〕第3号: 第 as printed; a series' character before the serial, 闽政〔1992〕综367号, kept too)
)
#: decrees and announcements numbered without brackets
ISSUANCE_RE = re.compile(
    r"(?P<num>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,60}?(?:令|公告|通告)\s*(?:(?:19|20)\d\d年)?\s*第\s*\d{1,5}\s*号)"
)

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "两": 2}
_CN_NUM = "〇零○Ｏ一二三四五六七八九十两"
#: a date in digits or Chinese numerals (a year may mix them: 二00四年, 二OO四年 with Arabic zeros or letters O; January
#: may be 元月: 一九九六年元月八日)
DATE_RE = re.compile(
    rf"(?P<y>(?:19|20)\d\d|(?!\d{{4}})[{_CN_NUM}O0]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,2}}|元)\s*月"
    rf"(?:\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日)?"
)
ISO_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
#: a day in figures, as a pattern to build on: 2017-08-01, 2017/8/1, 2017.8.1
ISO_DAY = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
#: the time of day a page prints after such a day: 13:55, 13:55:00 (a full-width colon too)
CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
#: what ends a sentence, or a clause of items, in running text
SENTENCE_END = re.compile(r"[。；;]")
#: an article's number and the space after it: 第十二条 (a regulation's articles)
ARTICLE_NO = r"第[一二三四五六七八九十百零〇0-9]{1,5}条[\s\u3000]*"


class _Memo(dict):
    """A function's answers, computed on the first lookup of each argument (``table[text]``) and
    bounded: a long build must not grow it (the extractors normalise the same lines over and over)."""

    def __init__(self, compute, most: int = 1 << 15):
        super().__init__()
        self.compute, self.most = compute, most

    def __missing__(self, text: str) -> str:
        out = self.compute(text)
        if len(self) >= self.most:
            self.clear()
        self[text] = out
        return out


#: a circled digit that opens an item (① … ⑳ at a line's start, after a label's colon or a sentence's mark): an
#: enumerator, which NFKC would turn into a bare digit run into its item (①甲某 -> 1甲某); after a word it belongs to
#: (某某时期②) it is read as the digit
_CIRCLED = re.compile(r"(?<!\w)([\u2460-\u2473])")


def _nfkc(text: str) -> str:
    cuts = [m.start(1) for m in _CIRCLED.finditer(text)]
    if not cuts:
        return unicodedata.normalize("NFKC", text)
    out, last = [], 0
    for at in cuts:
        out += [unicodedata.normalize("NFKC", text[last:at]), text[at]]
        last = at + 1
    return "".join(out) + unicodedata.normalize("NFKC", text[last:])


_NFKC = _Memo(_nfkc)
#: (the group readers squash every line several times)
_SQUASH = _Memo(lambda text: unspaced(nfkc(text)).strip())


def nfkc(text: str) -> str:
    """NFKC-normalise ``text`` (full-width letters, digits and brackets become ASCII); a circled digit that opens
    an item, an enumerator, stays as it is."""
    return _NFKC[text]


def unspaced(text: str) -> str:
    """``text`` without its space characters (SPACES), nothing else changed: ``王　帅`` -> ``王帅``."""
    return _SPACE_RE.sub("", text)


def squash(text: str) -> str:
    """NFKC and remove every whitespace character (``王 帅`` -> ``王帅``)."""
    return _SQUASH[text]


def strip_final_punct(text: str) -> str:
    return text.rstrip(_FINAL_PUNCT + SPACES)


#: ornaments a site sets around a headline (``标题******``, ``★标题★``): never part of a title
_ORNAMENT = re.compile(r"^[*★☆※■□◆◇●○◎#=~_•‣▪▸►∙·]+|[*★☆※■□◆◇●○◎#=~_]+$")  # (•某某关于…的通知: a list's bullet)


#: a site's channel tag a headline opens with: 【某某政策】某县某某实施方案; a social repost's tag: 重磅！某市…; a news
#: agency's mark on a text it was authorised to release: （受权发布）某省人民代表大会常务委员会任免名单
_CHANNEL_TAG = re.compile(r"^(?:【[^【】]{1,12}】|[(（](?:受权|授权)发布[)）]|(?:重磅|速看|官宣|快讯|刚刚|突发|权威发布|好消息|最新消息|扩散|转发)[！!][ \u3000]?)"
                          r"(?=[\u4e00-\u9fff“《])")


def strip_ornaments(text: str) -> str:
    """A title without the ornaments a page printed around it."""
    return _CHANNEL_TAG.sub("", _ORNAMENT.sub("", text.strip(SPACES)).strip(SPACES))


def normalize_docnum(text: str) -> str:
    """Return a document number with 〔〕 brackets and no spaces: ``国发(2023〕18号`` -> ``国发〔2023〕18号``."""
    m = DOCNUM_RE.search(text)
    if not m:
        return squash(text)
    code = squash(m["code"])
    # (labels and values run on in one line, 发布部门某厅发布文号某发〔2012〕3号: the code starts after the last label word)
    after = max((g.end() for g in _NUMBER_LABEL_WORD.finditer(code)), default=0)
    code = code[after:] if after < len(code) else code
    code = _NUMBER_LABEL.sub("", code) or code
    issued = list(_ISSUER_BEFORE_CODE.finditer(code))
    code = code[issued[-1].end():] if issued else code
    titled = _TITLE_BEFORE_CODE.search(code)
    code = code[titled.end():] if titled and titled.end() < len(code) else code
    return f"{code}〔{int(m['year'])}〕{m['di'] or ''}{m['serial']}号"  # (the serial as printed: 第05号)


#: the end of a title a page ran its number on after (…责任分解的通知安化政办发〔2012〕36号): no part of the code
_TITLE_BEFORE_CODE = re.compile(r"^.*的(?:通知|决定|意见|批复|通报|报告|公告|通告)")


#: a label word inside the run before a number (no issuer's code holds one): 某厅发布文号某发〔2012〕3号
_NUMBER_LABEL_WORD = re.compile(r"(?:文号|字号|编号|索引号)[:：]?")
#: the body a sentence names before the number it issued (县政府吴发〔1985〕42号, 林管局以大编〔1989〕21号), or the time
#: (1995年以某政发〔1995〕143号): no part of the code (a government's own code says 府, not 政府: 某政府办发 is rare,
#: 某府办发 the rule)
_ISSUER_BEFORE_CODE = re.compile(r"政府(?![办令])|[局委厅办年月日]以(?=[\u4e00-\u9fff])")
#: a metadata label a page glued to the number it labels: 发文字号国办发〔1986〕53号
_NUMBER_LABEL = re.compile(r"^(?:发文字号|发文编号|文件编号|文件字号|文号|字号|编号|索引号|根据|依据|按照|依照|参照|贯彻|落实)")


def cn_int(token: str) -> int:
    """A number written in digits or Chinese numerals: ``2024``, ``二〇二四``, ``十二``, ``两`` -> int."""
    if token.isdigit():
        return int(token)
    if token == "元":  # 元月: January
        return 1
    if len(token) == 4 and "十" not in token:  # a year written digit by digit
        return int("".join(str(_CN_DIGITS[c]) for c in token))
    if "十" in token:
        tens, _, units = token.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    return _CN_DIGITS[token]


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (``2024-02-21``, or ``2024-01`` with no day).

    Only dates of the calendar come out: a month outside 1–12 or a day outside 1–31
    gives None; a day the month does not have (``2月30日``) keeps the month (``2024-02``).
    """
    text = nfkc(text)
    m = DATE_RE.search(text)
    if m:
        try:
            return _calendar_date(cn_int(m["y"]), cn_int(m["m"]), cn_int(m["d"]) if m["d"] else None)
        except (KeyError, ValueError):
            return None
    m = ISO_DATE_RE.search(text)
    if m:
        return _calendar_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _MAIL_DATE.search(text)
    if m:  # a feed's date (RFC 822: Tue, 04 Mar 2031 09:30:00 +0800): the day as it prints it
        return _calendar_date(int(m["y"]), _MONTHS.index(m["m"].title()) + 1, int(m["d"]))
    return None


#: a date as mail and RSS feeds print it: (Tue, )04 Mar 2031
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MAIL_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(_MONTHS)})\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _calendar_date(y: int, mo: int, d: int | None) -> str | None:
    if not 1900 <= y <= 2099 or not 1 <= mo <= 12:
        return None
    if d is None:
        return f"{y:04d}-{mo:02d}"
    if not 1 <= d <= 31:
        return None
    if d > calendar.monthrange(y, mo)[1]:
        return f"{y:04d}-{mo:02d}"  # 2月30日: no such day, but the month is known
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_date_line(text: str) -> bool:
    """True when ``text`` is nothing but a date (a signature date line)."""
    t = squash(text)
    m = DATE_RE.fullmatch(t) or ISO_DATE_RE.fullmatch(t)
    return bool(m) and parse_date(t) is not None


_DURATION_UNITS = {"年": "Y", "个月": "M", "月": "M"}


def parse_duration(text: str) -> str | None:
    """``一年`` -> ``P1Y``; ``六个月`` -> ``P6M``; ``2年`` -> ``P2Y``."""
    m = re.search(rf"(\d+|[{_CN_NUM}半]+)\s*(年|个月|月)", nfkc(text))
    if not m:
        return None
    num, unit = m.groups()
    if num == "半":
        return "P6M" if unit == "年" else None
    try:
        value = cn_int(num)
    except KeyError:
        return None
    return f"P{value}{_DURATION_UNITS[unit]}"


#: pinyin's toned vowels (and toned n, m): only pinyin has tone marks
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: a pinyin note a copying site put after a character: 國(guó) / 辦(bàn), printed more than once: 國(guo)(guo)
_PINYIN_NOTE = re.compile(rf"(?<=[\u3400-\u9fff])(?:[(（][a-zA-Z{_TONED}ü]{{1,7}}[)）])+|"  # (國(guo)(guo): repeated)
                          # (a toned note with a space before its close: 會(huì )議, as some mirrors print the notes)
                          rf"(?<=[\u3400-\u9fff])[(（](?=[a-z]{{0,5}}[{_TONED}])[a-z{_TONED}ü]{{1,7}} [)）]|"
                          # (a content farm's notes in lenticular brackets, toned: 任【rèn】免)
                          rf"(?<=[\u3400-\u9fff])【(?=[a-z]{{0,5}}[{_TONED}])[a-z{_TONED}ü]{{1,7}}】|"
                          # a toned note after a character the copy garbled (七M(jìn))
                          rf"(?<=\S)[(（](?=[a-z]{{0,5}}[{_TONED}])[a-z{_TONED}ü]{{1,7}}[)）]")
#: a filter dot a copying site put between characters: .组.长. — dots a character or two apart, in a
#: chain of two or more (a lone dot between Han characters is a full stop typed as ``.``: 建设.新建); two
#: words dotted side by side meet at two dots (.办.公.室..主.任.), and a dotted word sits inside a note or after
#: a list's mark as well as between characters ((市财政局.局.长.), 、.局.长., 简称.领.导.小.组.）); never after
#: a digit (1.某某: an enumerator)
_FILTER_CHAIN = re.compile(r"(?:(?<=[\u3400-\u9fff\s:：、，,；;（(“《])|^)\.(?:[\u3400-\u9fff]{1,2}\.{1,2})+"
                           r"(?<!\.\.)(?=[\u3400-\u9fff\s:：、，,；;。）)”》]|$)", re.M)


def _filter_dots(text: str) -> str:
    return _FILTER_CHAIN.sub(lambda m: m.group().replace(".", ""), text)


#: a ? a mirror printed for a space it could not encode (組?長:李?鵬), never a question in Han text
#: (at a line's start, before an enumerator, a number or an opening mark too: ``???(一)某某组``, ``??1.某某``,
#: ``??“某某”``, ``??│1 │`` for an indented line or table row — and so after a space, where a page that lost its line
#: breaks put one for each: ``…人民政府 ??2024年4月26日``; not a ? a garbled character left before other marks: ``?。ǘ┩``)
_LOST_SPACE = re.compile(r"(?:(?<=[\u3400-\u9fff\s])|^)\?+(?=[\u3400-\u9fff\s]|$)|"
                         r"(?:^|(?<=[ \t]))[ \t\u3000]*\?+(?=[0-9０-９(（“‘《【〔「|\u2500-\u257f])", re.M)


#: a forum's anti-copy garbage (Discuz "jammer" strings) before, after or glued to a line's words:
#: runs of one- to three-character ASCII tokens (``副州长6 s; H/ c' v6``, ``- ^7 A2 E5 H8 j0 K#``)
_JAMMER = re.compile(r"(?<![!-~])(?:[!-~]{1,3}[ \t]){3,}[!-~]{1,3}(?![!-~])")


#: another style of such garbage: one random token of four to ten ASCII characters after a line's words (or alone on its
#: line), letters, digits and marks mixed (``某某关于…的通知 c:K0+|``, ``  任命： rT!4mQ``)
_TAIL_JAMMER = re.compile(r"(?:(?<=[^\s!-~])|^)[ \t\u3000]+(?P<token>[!-~]{4,10})[ \t\u3000]*$", re.M)
#: the fewest lines that end in such a token that show a forum's garbage (one may be a line's own code: 2.5PM)
_TAIL_JAMMER_EVIDENCE = 3


def _random_token(token: str) -> bool:
    """A token of a letter, a digit and a mark, all mixed: no word, number or code of a text's own."""
    return bool(re.search(r"[A-Za-z]", token) and re.search(r"\d", token) and re.search(r"[^A-Za-z0-9]", token))


#: the least share of a text's lines a site's watermark ends, and the least count of them
_WATERMARK_SHARE, _WATERMARK_LINES = 0.4, 5


def line_watermark(text: str) -> str | None:
    """A site's watermark run on after most of a text's lines (一个范文网站's ``…的通知sKu某某文库范文網``, ``…。
    www.example.cn``): the longest tail of 4–20 characters that two lines in five or more end with (after their
    spaces), which holds a Latin letter or a digit or ends like a site's name (网, 站, 库); None where there is none."""
    lines = [ln.rstrip(" \t\u3000\r") for ln in text.split("\n")]
    filled = [ln for ln in lines if ln]
    need = max(_WATERMARK_LINES, _WATERMARK_SHARE * len(filled))
    if len(filled) < _WATERMARK_LINES:
        return None
    tails = Counter(ln[-k:] for ln in filled for k in (4, 6) if len(ln) > k)
    found = None
    for tail, count in tails.most_common(3):
        if count < need:
            break
        while True:  # (the tail grown to the left while as many lines share it)
            longer = Counter(ln[-len(tail) - 1:] for ln in filled if ln.endswith(tail) and len(ln) > len(tail) + 1)
            grown, n = longer.most_common(1)[0] if longer else ("", 0)
            if n < count or len(grown) > 20:
                break
            tail = grown
        after_words = sum(1 for ln in filled if ln.endswith(tail) and len(ln) > len(tail) + 2)
        if re.search(r"[A-Za-z0-9]|[网網站库庫]$", tail) and not re.search(r"[<>()（）\[\]]", tail) \
                and not re.fullmatch(r"[\d\s.,，。、;；:：]+", tail) and after_words >= need:
            # (a tag's end, </p>, a pinyin note, a line of furniture printed whole again and again: no watermark)
            found = tail if found is None or len(tail) > len(found) else found
    return found.strip(" \t\u3000") or None if found else None


def drop_line_watermark(text: str, keep_places: bool = False) -> str:
    """The text without the watermark a site ran on after most of its lines (see :func:`line_watermark`), with the
    blanks before it; with ``keep_places``, the watermark and those blanks turned to spaces (every position stays)."""
    mark = line_watermark(text)
    if not mark:
        return text
    if keep_places:
        return re.sub(rf"[ \t\u3000]*{re.escape(mark)}(?=[ \t\u3000]*$)", lambda m: " " * len(m.group()), text, flags=re.M)
    return re.sub(rf"[ \t\u3000]*{re.escape(mark)}[ \t\u3000]*$", "", text, flags=re.M)


def _drop_tail_jammers(text: str) -> str:
    """The text without a forum's random tokens after its lines' words, where three lines or more end in one."""
    if sum(1 for m in _TAIL_JAMMER.finditer(text) if _random_token(m["token"])) < _TAIL_JAMMER_EVIDENCE:
        return text
    return _TAIL_JAMMER.sub(lambda m: "" if _random_token(m["token"]) else m.group(), text)


def _jammer(m: re.Match) -> str:
    """The run goes where two of its tokens or more mix a letter with a digit or a mark (``M9``,
    ``K#``); a run of numbers (``1 2 3 4``) or of letters, or a table's ``| a | b |``, stays. A last
    token glued to the words after it keeps all but its first character: ``X(九)`` -> ``(九)``."""
    tokens = m.group().split()
    mixed = sum(bool(re.search(r"[A-Za-z]", t) and re.search(r"[0-9]|[!-/:-@\[-`{-~]", t.replace("|", "")))
                for t in tokens)
    if mixed < 2:
        return m.group()
    glued = m.end() < len(m.string) and not m.string[m.end()].isspace() and len(tokens[-1]) > 1
    return tokens[-1][1:] if glued else ""


def _lost_space(m: re.Match) -> str:
    """A ``?`` for a lost space becomes a space, a run of them as many spaces (``??某某`` for a line's
    indent, ``书记??某某`` for a column's gap); one between two Han characters inside a quoted phrase
    (``“迎某某?构某某”``) stands for a lost separator mark (·) and stays as printed."""
    text, at, end = m.string, m.start(), m.end()
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    inside = before.count("“") > before.count("”")
    han = at > 0 and "\u3400" <= text[at - 1] <= "\u9fff" and end < len(text) and "\u3400" <= text[end] <= "\u9fff"
    return m.group() if inside and han else " " * (end - at)


#: HTML markup left in a text copied from a page's source: block tags stand for line breaks
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|tr|li|ul|ol|table|tbody|h[1-6]|center|section)|br\s*/?)(?:\s[^<>]{0,300})?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|font|a|td|th|u|sup|sub|img)(?:\s[^<>]{0,300})?/?>", re.I)


#: a table cell's tags and the line breaks inside it
_CELL_OR_BREAK = re.compile(r"<(?P<close>/?)t[dh](?:\s[^<>]{0,300})?>|<br\s*/?>", re.I)
#: a tag, to tell whether a stretch of markup holds any text
_ANY_TAG = re.compile(r"<[^<>]{0,300}>")


#: a table row's opening tag, and a cell's opening tag with the rows it spans down (rowspan="2")
_ROW_OPEN = re.compile(r"<tr(?:\s[^<>]{0,300})?>", re.I)
_SPAN_CELL = re.compile(r"<t[dh](?P<attrs>\s[^<>]{0,300})?>", re.I)
_ROWSPAN = re.compile(r"""rowspan\s*=\s*["']?(?P<n>\d{1,4})""", re.I)
_COLSPAN = re.compile(r"""colspan\s*=\s*["']?(?P<n>\d{1,4})""", re.I)
_CELL_CLOSE = re.compile(r"</t[dh]>", re.I)
_ROW_CLOSE = re.compile(r"</tr>|</table>", re.I)


def _spanned_rows(text: str) -> str:
    """The markup with a cell that spans rows (``<td rowspan="2">某局</td>``) written again in each row it covers, at
    its column, as a page's own table is read: a spanning cell is each row's cell (spec)."""
    if not _ROWSPAN.search(text):
        return text
    rows, opens = _ROW_OPEN.split(text), _ROW_OPEN.findall(text)
    pending: dict[int, tuple[str, int]] = {}  # column -> (the cell's markup, rows it still covers)
    for k in range(1, len(rows)):
        row, end = rows[k], _ROW_CLOSE.search(rows[k])
        head, tail = (row[:end.start()], row[end.start():]) if end else (row, "")
        cells = []  # (start, end, markup) of each cell of the row, in order
        for m in _SPAN_CELL.finditer(head):
            close = _CELL_CLOSE.search(head, m.end())
            cells.append((m.start(), close.end() if close else len(head), m))
        if not cells:
            pending = {}
            continue
        out, col, at = [], 0, 0
        for start, stop, m in cells:
            while col in pending:  # (a cell spanning down from a row above stands here)
                out.append(pending[col][0])
                col += 1
            out.append(head[at:stop])
            span = _ROWSPAN.search(m["attrs"] or "")
            if span and int(span["n"]) > 1:
                pending[col] = (_ROWSPAN.sub("", head[start:stop], 1), min(int(span["n"]), 1000))
            wide = _COLSPAN.search(m["attrs"] or "")
            col, at = col + (min(max(int(wide["n"]), 1), 1000) if wide else 1), stop
        while col in pending:
            out.append(pending[col][0])
            col += 1
        out.append(head[at:])
        rows[k] = "".join(out) + tail
        pending = {c: (cell, n - 1) for c, (cell, n) in pending.items() if n - 1 >= 1}
        if end and end.group().lower() == "</table>":
            pending = {}
    return rows[0] + "".join(tag + row for tag, row in zip(opens, rows[1:]))


def _cell_breaks(text: str) -> str:
    """The markup with each ``<br>`` between two lines of one table cell's text written as 、 (区财政局<br/>区税务局:
    one cell's list of bodies, not two cells, as a page's own table is read); a break at a cell's edge goes."""
    out: list[str] = []
    cell, at = None, 0  # cell: the parts of the open cell's text (None outside a cell)
    for m in _CELL_OR_BREAK.finditer(text):
        if m.group().lower().startswith("<br"):
            if cell is None:
                continue
            cell.append(text[at:m.start()])
            cell.append(None)  # (a break, decided when the cell closes)
            at = m.end()
            continue
        if cell is not None:
            cell.append(text[at:m.start()])
            out.append(_joined_cell(cell))
        else:
            out.append(text[at:m.start()])
        out.append(m.group())
        cell, at = ([] if not m["close"] else None), m.end()
    if cell is not None:
        cell.append(text[at:])
        out.append(_joined_cell(cell))
    else:
        out.append(text[at:])
    return "".join(out)


#: the marks after which one line of a cell's list of bodies needs no 、 before the next (区财政局，<br>区税务局)
LIST_MARKS = ("、", "，", ",", "；", ";")


#: the last piece of a cell's text, long and unpunctuated, as a phrase broken by the cell's width ends (six Han
#: characters or more after the last mark)
_WRAPPED_PIECE = re.compile(r"(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{6,}$")
#: how a body's name ends (某局, 某中心, 某镇人民政府): a piece that ends so is an item of a list of units
_CELL_BODY_END = re.compile(r"(?:局|委|办|厅|院|所|中心|政府|公司|站|队|处|科|会|部|室|街道|镇|乡|村|社区|组|馆|校|行|司|署|台|团|场|厂)$")
#: what opens an item of its own in a cell: a unit's 各, a number, a bullet
_ITEM_OPENS = re.compile(r"各|\d|[一二三四五六七八九十]+[、.]|[(（]|[•·●]")


def join_cell_lines(lines: list[str]) -> str:
    """A table cell's lines as one cell (an HTML cell's <p>/<br> lines, a crawl's cell with line breaks): joined with 、
    as the list they are, but a phrase the cell broke (建立某某生态监测 / 预警体系: a long piece that ends as no body's
    name does, the next no item of its own) goes on unbroken; tabs become spaces."""
    out = ""
    for ln in (ln.strip() for ln in lines):
        if not ln:
            continue
        wrapped = _WRAPPED_PIECE.search(out) and not _CELL_BODY_END.search(out) and not _ITEM_OPENS.match(ln)
        out += ("" if not out or out.endswith(LIST_MARKS) or wrapped else "、") + ln
    return out.replace("\t", " ")


def _joined_cell(parts: list[str | None]) -> str:
    """A cell's markup with its breaks (None) as 、 between text, dropped where no text stands on either side."""
    texts = [_ANY_TAG.sub("", p).replace("&nbsp;", "").strip() if p is not None else "" for p in parts]
    later = [False] * (len(parts) + 1)  # later[k]: some text after part k
    for k in range(len(parts) - 1, -1, -1):
        later[k] = later[k + 1] or bool(texts[k])
    out, last = [], ""  # last: the text before this part
    for k, p in enumerate(parts):
        if p is not None:
            out.append(p)
            last = texts[k] or last
        elif last and later[k + 1] and not last.endswith(LIST_MARKS):
            out.append("、")
    return "".join(out)


#: a Markdown table's row (| a | b<br>c | d |), which may hold a literal <br> inside one of its cells
_TABLE_ROW_BREAK = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
#: a <br> between two words of one cell
_CELL_BREAK = re.compile(r"(?<=[^\s|])[ \t]*<br\s*/?>[ \t]*(?=[^\s|<])", re.I)
_EDGE_BREAK = re.compile(r"(?<![ \t])[ \t]*<br\s*/?>[ \t]*", re.I)


def _row_breaks(m: re.Match) -> str:
    """A Markdown table row with each <br> inside a cell as 、 (经开区某局<br>某某大队: one cell's list of bodies, as a
    page's own table is read); one at a cell's edge goes."""
    row = m.group()
    return _EDGE_BREAK.sub("", _CELL_BREAK.sub("、", row)) if "<br" in row.lower() else row


#: the end of a table cell another cell follows on its row: a tab there keeps the two apart once the tags go
#: (``<td>1</td><td>整治背街小巷</td>`` would read ``1整治背街小巷``)
_CELL_END = re.compile(r"</t[dh]>(?=[ \t\r\n]*<t[dh][\s>])", re.I)


#: a run of a forum post's BBCode tags ([size=4], [font=宋体], [/font], [color=#333], [b], [align=center]): a tag's name in
#: Latin letters, its value up to its bracket (a 文号's [2012] is no tag)
_BBCODE_TAG = (r"\[/?(?:size|font|color|backcolor|b|i|u|s|align|p|div|indent|url|email|img|quote|code|list|\*|table|tr|td|hr"
               r"|float|sup|sub|hide|media|attach)(?:=[^\]\[\n]{0,60})?\]")
_BBCODE_RUN = re.compile(rf"{_BBCODE_TAG}(?:[ \t\u3000]*{_BBCODE_TAG})*", re.I)


def strip_bbcode(text: str) -> str:
    """A forum post copied with its BBCode tags as the text the post shows: a run of tags that closes a span and opens
    the next (``[/font][/size][size=4][font=宋体]``, where the copy lost the break between paragraphs) becomes a line
    break, any other run goes. A text with fewer than three closing tags is left as it is."""
    if text.count("[/") < 3:
        return text
    def run(m: re.Match) -> str:
        closes = [t.startswith("[/") for t in re.findall(r"\[/?", m.group())]
        return "\n" if True in closes and False in closes[closes.index(True):] else ""
    return _BBCODE_RUN.sub(run, text)


def strip_markup(text: str) -> str:
    """A text copied with its page's HTML markup (``<p>…</p><p style=…>``) as the text the page
    shows: block tags become line breaks, inline tags and ``&nbsp;`` go. A text with fewer than
    three tags is left as it is (an angle bracket may be part of what it says)."""
    if len(_BLOCK_TAG.findall(text[:20000])) < 3:
        return text
    if "<t" in text or "<T" in text:
        text = _CELL_END.sub("\t", _cell_breaks(_spanned_rows(text)))
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return text.replace("&nbsp;", " ").replace("&emsp;", "\u3000")


#: a 文号 whose closing bracket (and 号) the copy lost: 某办〔202210 / 某党办﹝201875号; the year
#: is four digits, so the serial is what follows it (not a year in brackets: （2019）, （2019年）)
_LOST_BRACKET = re.compile(rf"(?P<code>[\u4e00-\u9fff]{{1,14}}[{re.escape(_BRACKET_OPEN)}])(?P<year>(?:19|20)\d\d)"
                           rf"(?P<serial>\d{{1,4}})(?:号|(?=[\s，。,;；、]|$))", re.M)


#: a 文号 printed with no brackets at all (a site's filter of special characters): 国信发20194号, 某政办发2017 56号,
#: 某档发1991第20号, 某政任2024-3号. The code ends the way issuers' codes end (发, 函, 任, 办, 字, 政, 府, 秘, 文, …)
#: and the year is four digits, so the serial is what follows it; 号 closes it
_NO_BRACKETS = re.compile(r"(?<![\d〔\[(（【［〖﹝])(?P<code>[\u4e00-\u9fff]{0,10}[发發函任办辦字政府秘委综電电规規令文通人干])"
                          r"(?P<year>(?:19|20)\d\d)[ \-－—]?(?P<di>第)?(?P<serial>[1-9]\d{0,3})号")


#: what ends a line at the end of a sentence or a heading (a printed page's line cut elsewhere runs on)
_LINE_DONE = "。！!？?；;：:”」』》)）】"
#: a line that starts an item of its own: 一、 (一) 1. 第一条 附件 or a label (组长:)
_OWN_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十百\d]+[条章节]|附\s*件|"
                       r"[\u4e00-\u9fff]{1,8}[:：])")


#: the labels that open a list standing alone on their line (成员: / 任命: / 牵头单位:); any other line that is only
#: words and a colon is the end of the sentence a full line before it began (…现就有关事项通知如 / 下:)
_LIST_LABEL = re.compile(r"(?:(?:常务|执行|第一)?副?(?:组长|主任|指挥长|总指挥|召集人|秘书长|主席|会长|队长|团长)|"
                         r"组员|成员|委员|联络员|顾问|专家|办公室(?:副)?主任|[\u4e00-\u9fff]{0,4}单位|任命|免去|免职|任职|聘任|解聘|"
                         r"附\s*件|抄\s*送|主\s*送|联系人|联系电话)[:：]")


#: a line that is a document's number and nothing else (號 as a traditional page prints it)
_NUMBER_LINE = re.compile(DOCNUM_RE.pattern.replace("号", "[号號]"))
#: a line that ends in a page's posting date or time (来源:某某　2005-08-15, 发布时间：2019-05-13 10:20): a
#: page's info line, complete, never a sentence a printed line cut
_POSTED_END = re.compile(rf"{ISO_DAY}(?:\s+{CLOCK})?$")

#: what a line cut inside a sentence ends with: a character, a digit or letter, a comma, an opening bracket
_MID_SENTENCE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z、，,（(《“〔]")

#: the leaders of a table of contents' entry
_LEADERS = re.compile(r"…{2,}|\.{4,}|·{4,}|－{4,}")

#: the marks a printed line never opens with (they close what the line before says)
_CLOSING_MARK = re.compile(r"[、，,。．；;：:）)》」』”’！!？?]")

#: spaces that set columns apart inside a line (two or more, or a tab)
_COLUMN_GAP = re.compile(rf"[{SPACES}]{{2,}}|\t")


def _label_cut(line: str, nxt: str) -> bool:
    """True when a list's label was cut in two by the end of ``line``: its first characters end ``line``
    after the clause before (…；配 / 合单位：某局, 牵头单 / 位：某局)."""
    head = re.search(r"(?:^|[。；;，,、：:（()）])([\u4e00-\u9fff]{1,3})$", line.strip())
    label = re.match(r"[\u4e00-\u9fff]{1,6}[:：]", nxt)
    return bool(head and label and _LIST_LABEL.fullmatch(head[1] + label.group()))


def _own_item(line: str) -> bool:
    """True when ``line`` opens an item of its own (一、 (一) 1. 第一条 附件, a label and its text, a list's
    label alone), not the rest of a sentence a wrapped line cut."""
    if not _OWN_ITEM.match(line):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}[:：]", line):
        return bool(_LIST_LABEL.fullmatch(line))
    return True


#: a flipbook's or an e-book's page in Latin letters (Page 37, P. 37)
_PAGE_WORD = r"(?:[Pp]age|PAGE|[Pp]g?\.)[ \t\u3000]*\d{1,4}"
#: a printed page's number a copy out of a PDF or a book keeps between its pages, on a line of its own: — 2 —,
#: - 2 -, －2－, — — — 2 —, 第2页, 第2页 / 共8页, 2/5, a flipbook's P. 37, Page 3 of 8 — page furniture, not text
PAGE_NUMBER_LINE = re.compile(r"^[ \t\u3000]*(?:(?:[—－–-][ \t\u3000]*){1,3}\d{1,3}(?:[ \t\u3000]*[—－–-]){1,3}|"
                               r"第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*[/／]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?|"
                               r"\d{1,3}[ \t\u3000]*[/／][ \t\u3000]*\d{1,3}|"
                               rf"{_PAGE_WORD}(?:[ \t\u3000]*(?:of|/)[ \t\u3000]*\d{{1,4}})?)"
                               r"[ \t\u3000]*$")


#: runs of the characters that take half a place on a printed page (ASCII and the other narrow scripts' letters)
_NARROW_RUN = re.compile("[\u0000-\u1fff]+")


def print_width(line: str) -> float:
    """The places a line takes on a printed page: a Han character or a full-width mark one, an ASCII
    character (a digit, a Latin letter, a half-width mark or space) half of one."""
    return len(line) - 0.5 * (len(line) - len(_NARROW_RUN.sub("", line)))


#: a printed page's number set in its running head, apart by spaces from the head's words, on the page's outer edge
#: (·12·　某市人民政府公报　2024年第3期 / 2024年第3期　某市人民政府公报　·13·, — 5 —　某某文件)
_FOLIO = r"(?:(?:[—－–-][ \t\u3000]*){1,3}\d{1,3}(?:[ \t\u3000]*[—－–-]){1,3}|[·•][ \t\u3000]*\d{1,3}[ \t\u3000]*[·•])"
#: a flipbook's page joined to the book's name by a dash or a bar (Page 37 - 某某年鉴（2025）, 某某年鉴 | Page 38)
_PAGE_JOIN = r"[ \t\u3000]*[-—–|｜·][ \t\u3000]*"
_HEAD_WORDS = r"(?:[^\s，。；：:,;、！？!?]{1,24}(?:[ \t\u3000]+[^\s，。；：:,;、！？!?]{1,24}){0,2}|" \
              r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){2,11})"  # (or a title spread letter by letter: 某　某　县　志)
#: (the gap a fixed token, an ideographic space or two spaces, and then one run: no two adjacent runs of spaces)
_FOLIO_GAP = r"(?:\u3000|[ \t]{2})[ \t\u3000]*"
_FOLIO_LINE = re.compile(rf"^[ \t\u3000]*(?:{_FOLIO}(?:{_FOLIO_GAP}{_HEAD_WORDS})?|{_HEAD_WORDS}{_FOLIO_GAP}{_FOLIO}|"
                         rf"{_PAGE_WORD}{_PAGE_JOIN}{_HEAD_WORDS}|{_HEAD_WORDS}{_PAGE_JOIN}{_PAGE_WORD})"
                         rf"[ \t\u3000]*$")
#: a page number in brackets alone on its line, (54): a page's only when such lines count up through the text
_BRACKET_FOLIO = re.compile(r"^[ \t\u3000]*[(（](\d{1,3})[)）][ \t\u3000]*$")
#: a gazette's running head: its name (…公报) and its issue (2024年第3期), on one line or on alternate pages
_GAZETTE_NAME = r"[^\s，。；：:,;、]{0,16}(?:人民政府|政府|国务院|行政公署|公署|办公厅|常委会|常务委员会)公报"
_GAZETTE_HEAD = re.compile(rf"^(?:{_GAZETTE_NAME}(?:(?:19|20)\d\d年)?(?:第\d{{1,3}}期)?|"
                           rf"(?:(?:19|20)\d\d年)?第\d{{1,3}}期(?:{_GAZETTE_NAME})?)$")


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines of ``lines`` a copy out of a PDF kept from its pages' margins: the page numbers (— 2 —, 第2页 共8页,
    2/5, ·2·, a run of (54) (55) counting up) and the running head that follows a page's number (the next page's:
    a gazette's name and issue, the issuer's masthead or the 文号 repeated over every page). A head is told by its
    shape (a gazette's name or issue; a 文号 alone), by standing after two page numbers or more, or by printing
    again a line of the first page's head (the masthead, 某某文件, with or without 文件); never a list's label, an item of its own or a line with a clause."""
    numbers = {i for i, ln in enumerate(lines) if PAGE_NUMBER_LINE.match(ln) or _FOLIO_LINE.match(ln)}
    bracketed = [(i, int(m[1])) for i, ln in enumerate(lines) if (m := _BRACKET_FOLIO.match(ln))]
    if len(bracketed) >= 2 and all(b[1] == a[1] + 1 and b[0] - a[0] >= 10 for a, b in zip(bracketed, bracketed[1:])):
        numbers |= {i for i, _ in bracketed}
    heads = {i for i, ln in enumerate(lines) if ("公报" in ln or "期" in ln) and _GAZETTE_HEAD.match(f := unspaced(ln))
             and not is_date_line(f)}
    if not numbers:
        return heads
    flat = [unspaced(ln) for ln in lines]
    after: dict[str, list[int]] = {}
    text_at = [i for i, ln in enumerate(lines) if ln.strip() and i not in numbers and i not in heads]
    first_end = min((p for p in numbers if text_at and p > text_at[0]), default=len(lines))
    top = {flat[i] for i in text_at[:6] if i < first_end}  # (the first page's head: a masthead, 某某文件, and the 文号)
    top |= {t[:-2] for t in top if t.endswith("文件")}
    for p in sorted(numbers):
        if not text_at or p < text_at[0]:
            continue  # (the first page's number over the text: what follows is its own)
        q = p + 1
        while q < len(lines) and not lines[q].strip():
            q += 1
        if q < len(lines) and q not in numbers and 2 <= len(flat[q]) <= 40 \
                and not re.search(r"[，,。；;：:、！!？?]", flat[q]) and not _own_item(flat[q]) and not is_date_line(flat[q]):
            after.setdefault(flat[q], []).append(q)
    for head, at in after.items():
        if len(at) >= 2 or head in top or DOCNUM_RE.fullmatch(nfkc(head)) or _head_of_parts(lines[at[0]], top):
            heads |= set(at)
    return numbers | heads


def _head_of_parts(line: str, top: set[str]) -> bool:
    """A running head printed as the first page's masthead and the 文号 set apart by spaces (某某人民政府办公室
    某政办发〔2019〕36号): every part a line of the first page's head or a 文号."""
    parts = line.split()
    return len(parts) >= 2 and all(p in top or DOCNUM_RE.fullmatch(nfkc(p)) for p in parts)


def _drop_page_numbers(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines without the page furniture printed between pages (page numbers, running heads: _page_furniture)
    and the blank lines around them, and the lines each page ended on (their indices in what is kept)."""
    furniture = _page_furniture(lines)
    if not furniture:
        return lines, set()
    out: list[str] = []
    ends: set[int] = set()
    skip_blank = False
    for i, ln in enumerate(lines):
        if i in furniture:
            while out and not out[-1].strip():
                out.pop()
            if out:
                ends.add(len(out) - 1)
            skip_blank = True
            continue
        if skip_blank and not ln.strip():
            continue
        skip_blank = False
        out.append(ln)
    return out, ends


def _page_break_inside(lines: list[str], i: int) -> bool:
    """True when the page that ends on line ``i`` broke a paragraph: a long line cut inside its sentence (a
    character, 、 or ， last) and a next page that opens no item of its own, unindented (…联动配合、局部 /
    — 2 — / 利益服从全局利益…), whatever the lines' widths."""
    if i + 1 >= len(lines) or not lines[i + 1].strip():
        return False
    last, nxt = lines[i].strip(), lines[i + 1]
    return print_width(last) >= 24 and bool(_MID_SENTENCE.match(last[-1])) and nxt[:1] not in SPACES \
        and not _own_item(nxt.strip()) and not re.search(r"[|\t\u2500-\u257f]", lines[i]) \
        and not _printed_before(lines, i + 1)


def _printed_before(lines: list[str], k: int) -> bool:
    """Line ``k`` prints again a line of an earlier page (a table's header repeated over each page: 序号 重点任务
    责任单位 完成时限): it opens its page, no paragraph goes on into it."""
    again = unspaced(lines[k])
    return len(again) >= 4 and any(unspaced(ln) == again for ln in lines[:k])


def _cut_rows(lines: list[str], ends: set[int]) -> set[int]:
    """The rows of a table set apart by tabs that a page's end cut (…\t某局\t各镇人民政府、 / — 3 — / 各街道办事处\t6月底前):
    a row with fewer cells than most rows of its table, whose rest on the next page makes up the cells it lacks (the
    cell cut in two counted once), and no row number opens the rest. Its line ends with a tab where the page cut it
    between two cells; the indices of the rows that run on."""
    tabbed = [ln.count("\t") + 1 for ln in lines if "\t" in ln.strip()]
    if not tabbed:
        return set()
    cells = Counter(tabbed).most_common(1)[0][0]
    out = set()
    for i in ends:
        if i + 1 >= len(lines) or "\t" not in lines[i].strip() or "\t" not in lines[i + 1].strip() \
                or re.match(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*\t", lines[i + 1]):
            continue
        here, rest = lines[i].count("\t") + 1, lines[i + 1].count("\t") + 1
        if here < cells and here + rest - 1 == cells and _MID_SENTENCE.match(lines[i].rstrip()[-1:] or "。"):
            out.add(i)
        elif here < cells and here + rest == cells:
            lines[i] = lines[i].rstrip(" \u3000") + "\t"
            out.add(i)
    return out


#: a text table's drawn lines: a row or rule opens at its left border (│ … │, ├──┼──┤) and closes at its right one
_BOX_OPEN = re.compile(r"^[ \t\u3000]*[│┃├┌└╔╠╚┣┏┗╟]")
_BOX_CLOSE = re.compile(r"[│┃┤┐┘╗╣╝┫┓┛╢][ \t\u3000]*$")
_RULE = "─━═"


#: a row of a table drawn without outer borders, its serial first (5│某任务│某局│…): a row of its own, never the rest of
#: the line over it (│　│　│某处│2021年11月, a row whose first cells are empty, opens on a border)
_BORDERLESS_ROW = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*[│┃]")


def _rejoin_box_rows(lines: list[str]) -> list[str]:
    """A text table's row (or rule) wider than the page, cut where the page ends: it runs on into the next
    line up to its right border (│ 1 │某项任务 │某局、某 / 局 │2024年 │); a line that opens a row or rule at the
    left edge of its own is the next row (a rule's cut only when both sides are its strokes: ├──┼── / ──┤)."""
    if not any("│" in ln or "┃" in ln for ln in lines):
        return lines
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        if prev and _BOX_OPEN.match(prev) and not _BOX_CLOSE.search(prev) and PAGE_NUMBER_LINE.match(ln):
            continue  # (the page's number between the row's two parts)
        if prev and _BOX_OPEN.match(prev) and not _BOX_CLOSE.search(prev) and ln.strip() \
                and (not re.match(r"[│┃├┌└╔╠╚┣┏┗╟]", ln) and not (ln[:1] in _RULE and prev.rstrip()[-1] not in _RULE)) \
                and not _BORDERLESS_ROW.match(ln):
            out[-1] = prev + ln
            continue
        out.append(ln)
    return out


def _rejoin_signature(lines: list[str]) -> list[str]:
    """A signature cut by the line's end: a date cut in two (2024年3月15 / 日, 二〇二四年五月二 / 十日) is
    one line again, and so is the signing body set off to the right over it whose last characters went to a
    line of their own (　　　　某某自治县人 / 民政府 / 　　　　2024年5月20日); a body's name has no space inside,
    so a list's row over the signature (　　某局局长　甲某 / 某市人民政府) is no part of it."""
    out: list[str] = []
    for ln in lines:
        prev = out[-1].strip() if out else ""
        if "年" in prev and 0 < len(ln.strip()) <= 4 and ln[:1] not in SPACES and not is_date_line(prev) \
                and is_date_line(prev + ln.strip()):
            out[-1] = out[-1].rstrip() + ln.strip()
            continue
        out.append(ln)
    for k in range(len(out) - 2, 0, -1):
        above, tail = out[k - 1], out[k]
        if 0 < len(tail.strip()) <= 6 and tail[:1] not in SPACES and above[:1] in SPACES \
                and len(above) - len(above.lstrip(SPACES)) > 4 and not re.search(r"[ \t\u3000]", above.strip()) \
                and re.fullmatch(r"[\u4e00-\u9fff]+", tail.strip()) and re.search(r"[\u4e00-\u9fff]$", above.rstrip()) \
                and is_date_line(out[k + 1]):
            out[k - 1: k + 1] = [above.rstrip() + tail.strip()]
    return out


def _joined(lines: list[str], joined: set[int]) -> str:
    """The text of ``lines``, each line in ``joined`` run on into the next."""
    return "".join(ln + ("" if i in joined else "\n") for i, ln in enumerate(lines))[:-1] if lines else ""


#: a line that opens on a mark no line of running text opens on: the rest of a sentence a link's line break cut
_OPENS_ON_MARK = re.compile(r"^[，,。、；;）)]")
#: a link's words on a line of their own (a wiki's or a repost's anchors: 宁夏回族自治区 / 青铜峡市 / ，辖…): short, no space,
#: no mark, not indented
_ANCHOR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,10}")
#: a label alone on its line (组长：, 副组长:): the next item's, no link's words before it go on into it
_LABEL_ALONE = re.compile(r".{1,8}[:：]")
#: the fewest lines opening on a mark that show a page's links broke its lines
_ANCHOR_EVIDENCE = 2


def join_anchor_breaks(text: str) -> str:
    """A page whose links a copy put on lines of their own (裕民街道，隶属于宁夏回族自治区 / 青铜峡市 / ，辖朝阳、, or inside a
    post: 专班长：某某街道 / 党工委 / 书记 某某) shows it by lines that open on a comma or a full stop; there each link's line
    (short, no space, not indented) is joined to the lines around it, where the one before ends inside a sentence
    (no stop, no colon) and the one after goes on. Other texts are returned unchanged."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _OPENS_ON_MARK.match(ln)) < _ANCHOR_EVIDENCE:
        return text
    out: list[str] = []
    glue = False  # the line at hand goes on the last one of ``out``
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else ""
        anchor = bool(_ANCHOR.fullmatch(line)) and bool(out) and out[-1].strip() != "" and after.strip() != "" \
            and out[-1].rstrip()[-1] not in "。！？；;：:" and not _LABEL_ALONE.fullmatch(after.strip())
        if anchor or glue and out:
            out[-1] += line
        else:
            out.append(line)
        glue = anchor
    return "\n".join(out)


def join_wrapped_lines(text: str) -> str:
    """A text copied from a printed page (a PDF, a book, a gazette) keeps the page's line breaks, which
    cut sentences and names anywhere (``任命甲某、乙某\n丙某为某局副局长``, ``黄某\n某``), and the page
    numbers printed between its pages (``— 2 —``), which go (a long line a page's end cut inside its
    sentence runs on over them). The type area is told from the text's own lines: the width (ASCII half a
    place, the indent counted) most of the lines that end inside a sentence (no 。；：》… last) fill. Where
    three such lines or more end inside a word (a character, 、 or ， last), or two fill the area to the
    place and none is wider, or one does and the page shows the area by two more lines as wide, and most
    lines as wide are cut ones, each full line runs on into the next, unless that one opens an item of its
    own (一、 (一) 1. 组长: — not the rest of a label the line's end cut, 配 / 合单位:) or is indented (a new
    paragraph); a line opening on a closing mark (、）) always continues the full line before it. A text
    whose paragraphs are its lines (news, notices) is left as it is; short lines (a list's rows, a
    signature, a date), a table of contents and lines set off by spaces (right-aligned, centred, columns)
    never run on, but a set-off line that fills the area runs on into a short tail of its own (某市人民政 /
    府办公室). A drawn table's rows and a signature cut by the line's end are rejoined first."""
    if "\n" not in text:
        return text  # (one line: nothing to join; a page's metadata values are read here too)
    lines, ends = _drop_page_numbers(_rejoin_signature(_rejoin_box_rows(text.split("\n"))))
    broken = {i for i in ends if _page_break_inside(lines, i)} | _cut_rows(lines, ends)  # (a paragraph a page's end cut, whatever the widths)
    seen = Counter(ln.strip() for ln in lines)  # (a line printed more than once is a heading: a page's title, twice)
    width = [print_width(ln.rstrip()) for ln in lines]
    indent = [print_width(ln[: len(ln) - len(ln.lstrip(SPACES))]) for ln in lines]
    # a line of running text: not set off by spaces (right-aligned, centred, columns apart), not a table's row;
    # a single space inside is a spaced-out word (组　长, 何　强)
    # (nor a table of contents' entry, whose leaders fill the line up to its page: 1.1编制目的……1)
    text_line = [indent[i] <= 4 and not _COLUMN_GAP.search(ln.strip()) and not re.search(r"[|\t\u2500-\u257f]", ln)
                 and not _LEADERS.search(ln) for i, ln in enumerate(lines)]
    # (a line whose bracket is still open goes on whatever its last mark: …（牵头单位： / 某局）)
    cut = [i for i, ln in enumerate(lines[:-1]) if width[i] >= 24 and text_line[i] and seen[ln.strip()] == 1
           and (ln.strip()[-1] not in _LINE_DONE or ln.count("（") + ln.count("(") > ln.count("）") + ln.count(")"))
           and not _POSTED_END.search(ln.strip())]
    if not cut:
        return _joined(lines, broken)
    # the type area: the width most cut lines fill (the widest of equals)
    wide = max(Counter(width[i] for i in cut).items(), key=lambda kv: (kv[1], kv[0]))[0]
    wide = max(wide, max(width[i] for i in cut if width[i] <= wide + 2))
    # (a line with a space inside fills the type area only to its last place: a list's row is often about as wide)
    full = [i for i in cut if wide * (0.95 if _SPACE_RE.search(lines[i].strip()) else 0.85) <= width[i] <= wide + 2]
    exact = [i for i in full if wide - 0.5 <= width[i] <= wide]
    if len(exact) * 3 >= len(full) * 2:  # a copy that keeps the places (a PDF's text): full lines fill the area
        full = exact                     # to a place; a proportional print (a book, a web page) varies more
    inside = [i for i in full if _MID_SENTENCE.match(lines[i].strip()[-1])]
    if len(inside) < 3:  # a short notice that wrapped two lines: both fill the same width to the place, none is wider
        full = [i for i in full if wide - 0.5 <= width[i] <= wide]
        inside = [i for i in full if _MID_SENTENCE.match(lines[i].strip()[-1])]
        if not inside or any(width[i] > wide + 0.5 for i in range(len(lines)) if text_line[i]):
            return _joined(lines, broken)
        if len(inside) == 1:  # one line wrapped: it has begun its sentence (a mark inside), no line of the page
            i = inside[0]     # is wider, and two more fill the same width (the type area, shown by the page)
            if not re.search(r"[，,、；;：:]", lines[i].strip()[:-1]) or any(w > wide + 0.5 for w in width) \
                    or sum(wide - 1 <= w <= wide for w in width) < 3:
                return _joined(lines, broken)
    plain = [i for i in range(len(lines)) if wide - 1 <= width[i] <= wide + 2 and text_line[i]]  # (text lines as wide)
    over = [i for i in range(len(lines)) if width[i] > wide + 2 and text_line[i]]
    if len(full) > 1 and (len(full) * 3 < len(cut) * 2 or len(full) * 2 < len(plain)) or len(over) * 2 > len(full):
        return _joined(lines, broken)  # the lines that run on are not the page's full lines
    joined = set()
    for i in full:
        nxt = lines[i + 1].strip()
        if nxt and (not _own_item(nxt) or _label_cut(lines[i], nxt)) and lines[i + 1][:1] not in SPACES \
                and not _NUMBER_LINE.fullmatch(nxt):  # (a document's number on its line: 某政發〔2005〕31號)
            joined.add(i)
    for i, ln in enumerate(lines[:-1]):  # a line never opens on a closing mark (、，。；）》”): a full line before it
        if wide - 1 <= width[i] <= wide + 0.5 and _CLOSING_MARK.match(lines[i + 1]) \
                and not re.search(r"[|\t\u2500-\u257f]", ln):  # ran on over the type area's end (…（县水利局局长） / 、龙某)
            joined.add(i)
    for i, ln in enumerate(lines[:-1]):
        # a line set apart by spaces (a signature or date set off to the right, a list's row with a gap after its
        # name) that fills the type area runs on only into a short tail of its own (某市人民政 / 府办公室,
        # 2024年3月15 / 日, 甲某　　任某局副局长（试用期一 / 年）): unindented, no gap in it, not a date by itself
        nxt = lines[i + 1]
        if not text_line[i] and wide - 1 <= width[i] <= wide + 0.5 and ln.strip()[-1] not in _LINE_DONE \
                and not re.search(r"[|\t\u2500-\u257f]", ln) and not _LEADERS.search(ln) \
                and nxt.strip() and nxt[:1] not in SPACES and width[i + 1] < wide / 2 \
                and not _COLUMN_GAP.search(nxt.strip()) and not is_date_line(nxt) and not _own_item(nxt.strip()):
            joined.add(i)
    return _joined(lines, joined | broken)


#: digits typed full-width (２０２４): values are written NFKC-normalised, so they are read as ASCII
#: digits (one character for one: spans do not move)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


#: a line of a site's furniture among a notice's lines (mirrors and hijacked pages put them inside lists and
#: between a title and its number): keywords and tags, ads, a repost's disclaimer, read-more and follow prompts, a
#: bar of share and like buttons. The whole line goes (its line end too); a line with anything else on it stays.
_FURNITURE = re.compile(
    r"^[ \t\u3000]*[【\[(（]?(?:"
    r"(?:关键词|关键字|标签|主题词|Tags?)[:：].{0,60}"
    r"|广告|推广|赞助|相关推荐[:：]?.{0,40}|猜你喜欢|热门推荐|往期推荐|往期回顾|阅读原文|点击阅读原文"
    r"|(?:本文|文章|内容)?(?:来源于|转载自|整理自)(?:网络|互联网)[^\n]{0,40}|[^\n]{0,20}如有侵权[^\n]{0,30}"
    r"|本(?:站|网)(?:提供的)?(?:所有)?(?:内容|资料|文章)(?:均)?仅供[^\n]{0,30}"
    r"|(?:更多|点击)(?:精彩|查看|阅读)(?:更多)?(?:内容|详情|全文)?[^\n]{0,16}?(?:>>|》》|→)?"
    r"|点击上方[^\n]{0,20}关注[^\n]{0,10}|长按(?:识别)?二维码[^\n]{0,16}"
    r"|(?:分享|收藏|点赞|在看|转发|评论)(?:[ \t\u3000]+(?:分享|收藏|点赞|在看|转发|评论))+"
    # a picture left as a line of its own: a placeholder, its file name or Markdown link, a caption of its source
    r"|图片|[^\s/\\]{1,80}\.(?i:jpe?g|png|gif|bmp|webp)|!\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)"
    r"|图片来源[:：][^\n]{0,40}|图为[^\n]{2,40}。"
    # an app's prompt where a news page's picture or video was: 打开网易新闻 查看精彩图片, 打开APP 查看高清大图
    r"|打开[^\n]{1,12}?[ \t\u3000]*查看(?:精彩|高清|更多)?(?:图片|视频|大图|全文|内容)"
    # a news app's count of the story's length and its reading time: 本篇文章540字,读完约1分钟 / 全文共2314字，阅读大约需要6分钟
    r"|(?:本篇文章|本篇|本文|全文|文章)(?:共|约|字数)?[:：]?[ \t]*\d{1,6}[ \t]*字[,，;；、 \t]*"
    r"(?:(?:预计)?(?:阅读|读完)(?:时间|需要|大约|约|需|完)*[:：]?[ \t]*\d{1,3}[ \t]*分钟)?"
    r")[】\])）]?[ \t\u3000]*(?:\n|$)", re.M)
#: a sign of a line of a page's script or style sheet that a scrape kept as text (``var _hmt = …``, ``})();``,
#: ``.TRS_Editor P{margin-top:0px;…}``, ``$(function () {``): braces, a statement's end, a comment, a keyword
_CODE_MARK = re.compile(r"[{}]|^[ \t]*(?://|/\*|\*/)|=>|\b(?:var|let|const|function|return|new)\b[ \t(]"
                        r"|\b(?:document|window|location)\.")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def han_count(text: str) -> int:
    """How many Han characters of the basic block (U+4E00-U+9FFF) ``text`` holds."""
    return len(_HAN.findall(text))


def _code_line(line: str) -> bool:
    """A line of script or style code: a code sign or a statement's end, and under a fifth of its
    characters Chinese (a style's font name, a share widget's text); a notice's line is mostly Chinese."""
    end = line.rstrip()
    statement = end.endswith(";") and ("=" in end or end[:-1].rstrip().endswith(")"))  # (a = b; f(x);)
    if not (statement or _CODE_MARK.search(line)):
        return False
    return han_count(line) * 5 < len(line) - line.count(" ") - line.count("\t")


#: a viewer's line number before a line: the number (right-aligned), then a bar, a colon, a tab or a space (12  某,
#: 12|某, 12 | 某, 12:某, 12\t某, 12　某), or nothing more (a blank line numbered; a diff page's 12 | over its line)
_LINE_NO = re.compile(r"^[ \t]*(\d{1,5})(?=[ \t\u3000|│:：]|$)")
_LINE_NO_SEP = re.compile(r"(?:[ \t]*[|│:：])?[ \t\u3000]*")


def drop_line_numbers(text: str) -> str:
    """A copy that kept a viewer's line numbers (a code or dataset viewer, a diff page, a line-numbered legal text)
    without them: a run of lines that opens the text (its first five lines) and numbers them counting up by one,
    one number a line or one over each line as a diff page sets them (12 | / - / the line / |), covering most of the
    text. The separator the numbered lines share goes with the number (a line's own indent stays); a diff page's
    lone - under its number and lone | between lines go."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    numbered = [(i, int(m[1]), m.end()) for i, ln in enumerate(lines[:200_000]) if (m := _LINE_NO.match(ln))]
    if len(numbered) < 5:
        return text
    # the run that counts up from the first numbered line (a line or three between two numbers: a diff page's)
    run = [numbered[0]]
    for entry in numbered[1:]:
        if entry[1] == run[-1][1] + 1 and entry[0] - run[-1][0] <= 4:
            run.append(entry)
        elif entry[1] == run[-1][1] + 1 or entry[0] - run[-1][0] > 4:
            break
    solid = [i for i, ln in enumerate(lines) if ln.strip(SPACES + "|│")]
    inside = [i for i in solid if run[0][0] <= i <= run[-1][0] + 4]
    if len(run) < 5 or solid.index(min(inside)) > 5 or len(inside) < len(solid) * 0.8 or len(run) * 4 < len(inside):
        return text
    rests = [lines[i][end:] for i, _, end in run]
    # (what every numbered line has between its number and its text: a line's own indent stays)
    sep = os.path.commonprefix([_LINE_NO_SEP.match(r).group() for r in rests if r.strip(SPACES + "|│:：")])
    alone = sum(not r.strip(SPACES + "|│:：") for r in rests) * 2 > len(rests)  # (a diff page: numbers on lines of their own)
    at = {i: end for i, _, end in run}
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in at:
            rest = ln[at[i]:]
            if not rest.strip(SPACES + "|│:："):
                if not alone:
                    out.append("")
                continue
            out.append(rest[len(sep):] if rest.startswith(sep) else rest[len(_LINE_NO_SEP.match(rest).group()):])
        elif alone and run[0][0] < i <= run[-1][0] + 4 and ln.strip() in ("-", "+", "|", "│", ""):
            if ln.strip() in ("|", "│") and (i - 1 in at or i - 2 in at and lines[i - 1].strip() in "-+"):
                # (a numbered line whose text is blank: its number, the -, the bar)
                out.append("")
        else:
            out.append(ln)
    return "\n".join(out)



#: a paragraph number a content farm sets before every line it copies: 1、 2、… (the notice's own numbers are read on)
_FARM_PARAGRAPH_NO = re.compile(r"^[ \t\u3000]*(\d{1,3})、[ \t\u3000]*")


def drop_paragraph_numbers(text: str) -> str:
    """A content farm's copy that numbers every paragraph (1、 标题 / 2、 主送机关： / … / 9、 某市人民政府 / 10、 二〇〇九年
    三月十八日) without those numbers: a run of lines numbered 1、, 2、, … counting up by one (blank lines between) that
    numbers the notice's date line too. A notice's own list never numbers its date, so a run that does is the farm's;
    every other numbered run (the notice's items 1、 2、 3、) stays as printed."""
    if "、" not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    run: list[tuple[int, int]] = []  # (line index, end of its number)
    dated = False  # (the run numbers a line that is a date alone: the notice's date under its signature)
    for i, ln in enumerate(lines):
        m = _FARM_PARAGRAPH_NO.match(ln)
        if m and int(m[1]) == len(run) + 1:
            run.append((i, m.end()))
            dated = dated or _date_alone(ln[m.end():])
        elif m and int(m[1]) == 1 and dated:
            break  # (the farm's run is whole: a list after it is another's)
        elif m and int(m[1]) == 1:
            run, dated = [(i, m.end())], _date_alone(ln[m.end():])
        elif ln.strip(SPACES) and run and not dated:
            run = []  # (an unnumbered paragraph ends a run; a finished run is kept)
    if len(run) < 5 or not dated:
        return text
    for i, end in run:
        lines[i] = lines[i][end:]
    return "\n".join(lines)


def _date_alone(text: str) -> bool:
    """Whether a line's text is a date alone (its stop aside)."""
    return bool(DATE_RE.fullmatch(text.strip(SPACES + "。.")))


#: a web site's address as a farm prints it: www.example.com, http://m.example.net, example.com.cn — a host of letters,
#: digits and hyphens in dotted parts ending in a common top-level domain (never a mailbox's: not after @)
_SITE_URL = r"(?:https?://)?(?<![@A-Za-z0-9.])(?:[A-Za-z0-9][A-Za-z0-9-]{0,30}\.){1,3}(?:com|net|org|cn|cc|top|info|vip|xyz|wang)(?:\.cn)?(?![A-Za-z0-9.@])/?"
#: a site's name: words ending in 网 or 文库 (某某文秘网, 某某范文网, 某某文库)
_SITE_NAME = r"[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?:网|文库)"
#: what a farm says before its name: 来源：, 本文来自, 转载自, 更多精品源自, 更多范文请访问, 本文由
_SITE_LABEL = r"(?:本文|文章|内容|资料|更多[\u4e00-\u9fff]{0,4}?)?(?:请?访问|来源于|来源|来自|源自|出自|摘自|转载自|转自|由)"
#: a farm's words after its name: 整理, 版权所有, 转载请注明出处：…, 欢迎您
_SITE_TAIL = rf"(?:整理|提供|发布|收集|原创|版权所有|[,，]?转载请注明出处|欢迎您?|[,，:：。]|[(（]?{_SITE_URL}[)）]?)*"
_FARM_MARK = re.compile(rf"(?P<label>{_SITE_LABEL}[:：]?)?(?P<name>{_SITE_NAME})?[:：]?[(（]?(?P<url>{_SITE_URL})?[)）]?"
                        rf"(?P<tail>{_SITE_TAIL})")
#: a bracketed aside (the brackets a farm sets its mark in), no bracket inside
_ASIDE = re.compile(r"[（(【\[]([^（()）【】\[\]\n]{2,80})[）)】\]]")
#: what a farm's mark follows inside a line: a sentence's or a clause's end
_MARK_AFTER = "。；;！!？?：:"


def _farm_mark(words: str, alone: bool = False) -> bool:
    """True when ``words`` (unspaced) are a content farm's or document-sharing mirror's mark: its name (ending in 网 or
    文库) after what a farm says before it (来源, 来自, 源自, 转载自, 本文由 …), or its address, with or without its name,
    and a farm's words after them (整理, 版权所有, 转载请注明出处); a government's site (gov in its address) is the
    notice's own. A line of its own (``alone``) may also be the name with 版权所有."""
    m = _FARM_MARK.fullmatch(words)
    if not m or not (m["name"] or m["url"] or _SITE_URL_RE.search(m["tail"] or "")):
        return False
    if re.search(r"gov|政府", words, re.I):
        return False
    if m["url"] or _SITE_URL_RE.search(m["tail"] or ""):
        return bool(m["name"] or m["label"] or alone or "/" not in (m["url"] or "").rstrip("/").split("//")[-1])
    return bool(m["label"]) or alone and "版权所有" in (m["tail"] or "")


_SITE_URL_RE = re.compile(_SITE_URL)
#: a farm's name spaced out to pass the filters (三 七 文 秘 网), alone or after its words: single characters apart
_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9][ \t\u3000]+){2,}(?:网|文[ \t\u3000]*库)[ \t\u3000]*$")


def _farm_line(line: str) -> bool:
    """True when ``line`` is a farm's mark standing on a line of its own (本文来源于：某某网 www.example.com, 更多精品源自
    三 七 文 秘 网, a watermark: 某某网 www.example.com, www.example.com, 某某网版权所有)."""
    s = line.strip(SPACES)
    if not s or len(s) > 90 or not ("网" in s or "库" in s or "." in s or "．" in s):
        return False
    flat = unspaced(nfkc(s))
    if flat[:1] in "（(【[" and flat[-1:] in "）)】]":
        flat = flat[1:-1]
    if _farm_mark(flat, alone=True):
        return True
    spaced = _SPACED_OUT.search(s)  # (更多精品源自 3 7 文 秘 网, 三 七 文 秘 网 alone)
    if spaced:
        head = unspaced(nfkc(s[: spaced.start()]))
        return not head or bool(re.fullmatch(rf"{_SITE_LABEL}[:：]?", head))
    return False


def _farm_aside(m: re.Match) -> str:
    text, at, end = m.string, m.start(), m.end()
    before = text[at - 1] if at else "\n"
    after = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    if (before in _MARK_AFTER or before == "\n" or not after.strip(SPACES)) and _farm_mark(unspaced(nfkc(m[1]))):
        return ""
    return m.group()


#: a farm's unbracketed mark at a paragraph's end, after its last sentence: …。本文来自某某范文网
_FARM_TRAILER = re.compile(rf"(?<=[。；;！!？?])[ \t\u3000]*((?:本文|文章)(?:来源于|来自|源自|转载自|出自)[:：]?[^\n。]{{2,60}})[ \t\u3000]*$", re.M)


#: what a farm's keyword line strings together: a notice's topic and kind with the words searchers type (某某通知范文,
#: 某某通知怎么写, 某某通知模板, 某某方案大全(精选5篇))
_KEYWORD_PHRASE = re.compile(r"[^\s，,_|｜《》。；;：:]{2,30}?(?:范文|怎么写|模板|大全|范本|写法|例文|格式)(?:[(（]精选\d{1,2}篇[)）])?")
_KEYWORD_SEP = re.compile(r"[ \t\u3000]*[_|｜，,][ \t\u3000]*|[ \t\u3000]+")
#: a farm editor's line over the text: 以下是小编为大家收集整理的…，仅供参考，希望能够帮助到大家。
_EDITOR_LINE = re.compile(r"小编[^\n]{0,60}?(?:收集|整理|精选|分享|推荐)|(?:收集|整理)[^\n]{0,60}?仅供(?:参考|学习)")
#: a 文库 page's head: its copyright notice, the pages read and left, the uploader's line, the preview's end (its
#: labels over the excerpt, 文档简介 and 资源描述, stay: the layout reads the title run into the excerpt under them);
#: and the marker over each page of the preview, wherever it falls (inside a table, between a row's cells): the file's
#: name and its page (某某通知Word文档下载推荐.doc_第2页), and the page of how many (第2页 / 共3页)
_WENKU_LINE = re.compile(r"^(?:版权说明[:：]本文档由用户提供[^\n]*|[^\n]{0,12}还剩\d{1,3}页未读[^\n]{0,12}"
                         r"|上传人[:：][^\n]{0,20}文档编号[:：][^\n]*|[^\n]{0,6}该文档总共\d{1,4}页[^\n]{0,30}下载[^\n]{0,4}"
                         r"|[^\n]{2,140}\.(?:docx?|wps|pdf|txt)_第\d{1,3}页|第\d{1,3}页[/／]共\d{1,3}页)$", re.I)
#: the pager of an article a farm split over pages, on its own line (本文共3页 当前第1页, 上一页 1 2 3 下一页, 1 2 下一页 尾页,
#: （未完，接下页）第1页 / 共2页)
_WEB_PAGER = re.compile(r"^(?:本文共\d{1,3}页当前第\d{1,3}页|(?:首页)?(?:上一页)?\d{0,60}下一页(?:尾页)?"
                        r"|[(（]未完[^()（）\n]{0,10}[)）](?:第\d{1,3}页[/／]?共\d{1,3}页)?)$")
#: the words of a farm's download and VIP buttons (下载本文, 开通VIP 免费下载, 收藏 分享 举报, 文档格式：DOCX 页数：3)
_BUTTON_WORDS = re.compile(r"下载(?:本文档|本文|文档|券)?|开通|VIP|会员|专享|免费|立即|点击|收藏|分享|举报|相关|到电脑|查找使用更方便"
                           r"|继续(?:免费)?阅读|还剩\d{1,3}页未读|已阅读\d{1,3}页|(?:文档)?格式[:：][A-Za-z]{2,5}|页数[:：]\d{1,4}"
                           r"|[\d|｜·•，,。!！/、]", re.I)
#: the head of a farm's block of other titles under the text (相关范文, 热门文章, 猜你喜欢 …)
_RELATED_HEAD = re.compile(r"^[【\[]?(?:相关|热门|推荐|精彩|最新|猜你)(?:范文|文章|推荐|文档|阅读|喜欢)[】\]]?[:：]?$")
#: a title in such a block: a few words ending in a document's kind, a number or bullet before it, a date after it
_RELATED_TITLE = re.compile(r"^(?:\d{1,2}[、.．]|[·•])?[^，。；;：:]{4,60}?(?:通知|决定|方案|意见|办法|规定|通报|批复|函|计划|细则|制度|"
                            r"范文|怎么写|模板|大全|[(（]精选\d{1,2}篇[)）])(?:(?:19|20)\d\d-\d\d-\d\d)?$")


#: a quick look for a farm's furniture on a line (the words every kind of it prints)
_FURNITURE_HINT = re.compile(r"范文|怎么写|模板|大全|范本|小编|仅供|下载|VIP|未读|举报|版权说明|上传人|[本共第]\d{1,3}页|下一页|未完|"
                             r"相关|热门|推荐|精彩|最新|猜你", re.I)


def _keyword_line(flat: str) -> bool:
    """A farm's keyword-stuffed title line: two phrases or more that end in the words searchers type (范文, 怎么写,
    模板), nothing else on the line (in 《》 or not)."""
    if flat[:1] in "《【" and flat[-1:] in "》】":
        flat = flat[1:-1]
    parts = [p for p in _KEYWORD_SEP.split(flat) if p]
    return len(parts) >= 2 and all(_KEYWORD_PHRASE.fullmatch(p) for p in parts)


def _farm_furniture(lines: list[str]) -> list[str]:
    """The lines without a farm's page furniture: its keyword title line, its editor's line, a 文库 page's head, the
    pager between an article's pages, the download and VIP buttons, and the block of other titles under the text
    (related titles after their head, up to the first line that is no title)."""
    out: list[str] = []
    related = False
    for ln in lines:
        s = ln.strip(SPACES)
        if not s or len(s) > 150:
            related = related and not s  # (a blank line inside the block goes on with it)
            out.append(ln)
            continue
        if not related and not _FURNITURE_HINT.search(s):
            out.append(ln)
            continue
        flat = unspaced(nfkc(s))
        if related and _RELATED_TITLE.match(flat):
            continue
        related = bool(_RELATED_HEAD.match(flat))
        if related or _WENKU_LINE.match(flat) or _WEB_PAGER.match(flat) or len(flat) <= 40 and \
                re.search(r"下载|VIP|未读|举报", flat, re.I) and not _BUTTON_WORDS.sub("", flat):
            continue
        if _EDITOR_LINE.search(flat) and len(flat) <= 120 or "范" in flat + "写" and _keyword_line(s) \
                or "模板" in flat and _keyword_line(s):
            continue
        out.append(ln)
    return out


def strip_farm_marks(text: str) -> str:
    """The text without a content farm's or document-sharing mirror's marks (文秘网, 范文网, 文库 sites): its name and
    address in brackets after a sentence or at a line's end (（来源：某某文秘网 www.example.com）, 【www.example.net】,
    …。本文来自某某范文网), and its lines standing between the notice's lines (本文来源于：某某网 www.example.com, 更多精品源自
    三 七 文 秘 网, a watermark line repeated every few lines). A mark is told by its shape — an address, or a name ending
    in 网 or 文库 with what a farm says before it (来源, 来自, 源自) — never inside a word; a notice's own 来源：某某人民政府办公室
    or a government's address it states (www.example.gov.cn) stays."""
    marks = "网" in text or "库" in text or "." in text or "．" in text
    if not marks and not _FURNITURE_HINT.search(text):
        return text
    lines = text.split("\n")
    if marks:
        lines = [ln for ln in lines if not _farm_line(ln)]
    text = "\n".join(_farm_furniture(lines))
    if "来" in text or "源" in text or "自" in text:
        text = _FARM_TRAILER.sub(lambda m: "" if _farm_mark(unspaced(nfkc(m[1]))) else m.group(), text)
    return _ASIDE.sub(_farm_aside, text)


_GAP = " \t\u3000"


def _bar_closed(line: str) -> bool:
    """True when ``line`` has text and closes with a bar set off by a space (… 区农林局局长 |), not opening with one."""
    s = line.rstrip(_GAP)
    return len(s) > 2 and s[-1] in "|｜" and s[-2] in _GAP and "|" not in s[:-1] and "｜" not in s[:-1]


def drop_post_borders(text: str) -> str:
    """A forum's post copied with its table's cell borders: where five lines of text or more, and most of them,
    close with a bar set off by a space, their only bar, and lines of a bar alone stand between the post's
    blocks (its title, its author's line, its text), the bars go, and a line of a bar alone is a blank line.
    A table's rows keep theirs: a markdown or an infobox row has bars inside it, a table copied one cell a
    line (序号 | / 工作任务 | / 1 |) no line of a bar alone."""
    if "|" not in text and "｜" not in text:
        return text
    lines = text.split("\n")
    bars = sum(ln.strip(_GAP) in ("|", "｜") for ln in lines)
    texty = [ln for ln in lines if ln.strip(_GAP) not in ("", "|", "｜")]
    closed = sum(map(_bar_closed, texty))
    if bars < 2 or closed < 5 or 2 * closed <= len(texty):
        return text
    return "\n".join("" if ln.strip(_GAP) in ("|", "｜") else ln.rstrip(_GAP)[:-1].rstrip(_GAP) if _bar_closed(ln) else ln
                     for ln in lines)


#: a line of a bilingual page in another of the country's scripts (Mongolian, Tibetan, Uyghur's Arabic, Yi, Korean)
#: that prints the Chinese line beside it again: no Han character in it
_OTHER_SCRIPT = re.compile(r"[\u1800-\u18af\u0f00-\u0fff\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\ua000-\ua4cf\uac00-\ud7af]")
_OTHER_SCRIPT_LINE = re.compile(r"^[^\n\u3400-\u9fff]*$", re.M)


def _drop_other_script_lines(text: str) -> str:
    """A bilingual page's lines in another script (a Mongolian or Tibetan title or signature over or under the
    Chinese one): they go, so the Chinese lines around them read as one page's (a list's heading over its note)."""
    if not _OTHER_SCRIPT.search(text):
        return text
    return _OTHER_SCRIPT_LINE.sub(lambda m: "" if len(_OTHER_SCRIPT.findall(m.group())) >= 3 else m.group(), text)


#: a PDF font's full-width marks read back as their GB2312 codes taken for Unicode (ꎬ is GB A3AC, "，"): Yi syllables of
#: the block U+A3A1–U+A3FE standing in a Chinese text; U+A3AE (GB "．") closes a sentence as 。 does
_GB_MARK = re.compile("[\ua3a1-\ua3fe]")
_GB_MARKS = {**{chr(0xA3A1 + k): chr(0xFF01 + k) for k in range(0x5E)}, "\ua3ae": "。"}
#: Yi syllables outside that block: a text in the Yi script, whose syllables stay
_YI_OTHER = re.compile("[\ua000-\ua3a0\ua3ff-\ua48f]")


def _gb_marks(text: str) -> str:
    """A Chinese text whose commas and stops a PDF's font turned into Yi syllables (各乡镇人民政府ꎬ县政府各部门 …
    实施ꎮ): the marks as printed. A text with other Yi syllables (a bilingual page's Yi lines) is left as it is."""
    if not _GB_MARK.search(text) or len(_GB_MARK.findall(text)) < 2 or len(_YI_OTHER.findall(text)) >= 3:
        return text
    return _GB_MARK.sub(lambda m: _GB_MARKS[m.group()], text)


#: a table cell a converter printed on a line of its own with its row and column: [2,3] 经开区安全环保局
_ADDRESSED_CELL = re.compile(r"^[ \t\u3000]*[\[［](?P<row>\d{1,3}),(?P<col>\d{1,2})[\]］][ \t\u3000]?(?P<value>[^\n]*)$")


def _addressed_cells(text: str) -> str:
    """A table a converter printed a cell a line, each with its row and column ([1,1] 序号 / [1,2] 重点任务 / … / [2,1] 1):
    each row on a line of its own, its cells parted by tabs as a page's table rows are (an empty cell kept empty)."""
    out: list[str] = []
    row: list[str] = []
    at = None
    for line in text.split("\n"):
        m = _ADDRESSED_CELL.match(line)
        if m and (at is None or m["row"] == at or m["col"] == "1"):
            if at is not None and m["row"] != at:
                out.append("\t".join(row))
                row = []
            at = m["row"]
            row.append(m["value"].strip(" \t\u3000"))
            continue
        if row:
            out.append("\t".join(row))
            row, at = [], None
        out.append(line)
    if row:
        out.append("\t".join(row))
    return "\n".join(out)


#: a Word page's conditional comment, its markers leaked as text: [if !supportLists], [if gte mso 9], [endif]
_WORD_CONDITION = re.compile(r"\[if [^\[\]\n]{1,40}\]|\[endif\]")
#: a name in angle quotes, as a transcription prints book-title marks: « 某县2001年某某工作实施方案 »
_ANGLE_QUOTED = re.compile(r"«(?P<inner>(?=[^«»\s]{0,76}[\u4e00-\u9fff]{4})[^«»\s]{4,80}?)»")


def _unspread_lines(text: str) -> str:
    """A transcription that sets every character apart by a space (湟 源 县 人 民 政 府 关 于 …): each such line
    without the spaces between characters (Latin words keep theirs). A line counts when it holds twenty Han
    characters or more and four in five of them stand apart so."""
    if " " not in text:
        return text
    out = []
    for line in text.split("\n"):
        han = han_count(line)
        if han >= 20 and len(_SPREAD_HAN.findall(line)) * 5 >= han * 4:
            line = _SPREAD_GAP.sub("", _PAGE_OPENS.sub("", line))  # (1 湟 源 县 …: the page's number first)
        out.append(line)
    return "\n".join(out)


#: a transcribed page's number opening its line, before its first character: 1 某 县 人 民 政 府
_PAGE_OPENS = re.compile(r"^[ \t]*\d{1,3} (?=[\u3400-\u9fff] )")
#: a Han character set apart from the next character by one space
_SPREAD_HAN = re.compile(r"[\u3400-\u9fff](?= \S)")
#: one space beside a character that is no ASCII one (a Han character, a full-width mark), between two characters
_SPREAD_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f\s])")


def strip_copy_noise(text: str) -> str:
    """The text without the noise copying sites add inside words (facts spec): pinyin notes
    after characters, filter dots between them, ``?`` for a space the copy lost (it
    becomes a space), and HTML markup copied with the text; a forum post's cell borders; the lines of a page's scripts and
    styles, of its pictures and of its sharing and reading prompts; full-width digits read as ASCII
    digits. Everything else stays as printed."""
    text = _unspread_lines(_gb_marks(text))
    if "[1,1]" in text or "［1,1］" in text:  # ([1,1] 序号 / [1,2] 重点任务 …: a converter's table, a cell a line)
        text = _addressed_cells(text)
    if "[endif]" in text:  # ([if !supportLists]一、[endif]: a Word page's conditional comments, leaked as text)
        text = _WORD_CONDITION.sub("", text)
    if "«" in text:  # (« 某某方案 »: a transcription's angle quotes for 《》 round a name)
        text = _ANGLE_QUOTED.sub(r"《\g<inner>》", text)
    text = drop_paragraph_numbers(drop_line_numbers(_drop_other_script_lines(text.translate(_FULLWIDTH_DIGITS))))
    text = drop_line_watermark(text)
    if "[/" in text:  # (a forum's BBCode: [size=4][font=宋体]…[/font][/size])
        text = strip_bbcode(text)
    if "<" in text:
        text = strip_markup(_TABLE_ROW_BREAK.sub(_row_breaks, text) if "|" in text else text)
    if "?" in text:  # (before the lines are joined: a line indented with ?? is indented)
        if " " in text:  # (an anti-copy run's ? is one of its tokens, no lost space: ! s! O- B5 p1 ?5 y)
            text = _JAMMER.sub(_jammer, text)
        text = _LOST_SPACE.sub(_lost_space, text)
    if "{" in text or ";" in text:  # (a scrape that read the page's scripts and styles as text)
        text = "\n".join(line for line in text.split("\n") if not _code_line(line))
    text = strip_farm_marks(text)  # (before the furniture: a related block's head, 相关推荐, shows where it starts)
    text = _FURNITURE.sub("", text)
    text = join_wrapped_lines(join_anchor_breaks(drop_post_borders(text)))
    if " " in text:
        text = _drop_tail_jammers(_JAMMER.sub(_jammer, text))
    text = _LOST_BRACKET.sub(lambda m: f"{m['code'][:-1]}〔{m['year']}〕{m['serial']}号", text)
    text = _NO_BRACKETS.sub(lambda m: f"{m['code']}〔{m['year']}〕{m['di'] or ''}{m['serial']}号", text)
    if "(" not in text and "（" not in text and "." not in text and "【" not in text:
        return text
    noted = _PINYIN_NOTE.sub("", text)
    if noted != text:  # a pinyin-noting mirror also doubles commas: 区委副书记,、代区长,,…出席
        noted = _DOUBLED_COMMA.sub("", noted)
    return _filter_dots(noted)


#: a comma a pinyin-noting mirror adds before another comma or a 、
_DOUBLED_COMMA = re.compile(r"[,，](?=[、,，])")
