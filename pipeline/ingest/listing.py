"""Listing dumps: a policy, tag or search page saved as text, several notices per file.

Every listing is one structure: a run of two or more items, each a notice's title on a line of its own (bare,
behind a bullet ``•``, a number ``1.`` / ``1、`` or a column tag ``[人事任免]``, or followed by the list's columns
``| 某政任〔2008〕6号 | 2008-04-21``), the item's listing date near it (among its columns, ``title [2024-08-22]``,
``title    2024-04-09``, or on a short line of the few under it: ``2024-03-14``, ``[2019-04-12]``, ``2024-07-16 朗读``,
``发布时间：2024-03-01 | 浏览 1203``, ``时间:2009-07-16人气:35``, a search result's address and date
``www.某.gov.cn/info/1021/3185.htm　2015-04-08``), and the item's own text under it (the whole notice, or its head as a
summary: often one long line whose line breaks became runs of spaces). Between the items a summary line, the list's
links (查看详情>>, 展开) and fields are no part of the notice. A forum thread that reposts one notice a floor prints each
floor's date OVER its title (``1楼  某某  发表于: 2009-03-05 08:40``): when the first item's date stands on the line
over it, every item's does, and that line closes the item before. Whatever the list's chrome (a stamp in a shape no
rule here knows), notices joined one after another are split where one notice's end (its signing date) is followed by
another's title on a line of its own with its number or addressees under it (see ``_joined``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..notice import RawNotice
from ..text import CLOCK, cn_int, han_count, parse_date

_SP = "[ \t\u3000\xa0]"
_ISO = r"(?:19|20)\d\d-\d\d-\d\d"
#: a listing date in words, in Arabic digits: 2010年4月6日
_CN_DAY = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
#: a notice's document number as a listing's column prints it: 某政办发〔2024〕12号 (in traditional script, 12號)
_DOC_NO = r"[\u4e00-\u9fff]{1,12}[〔\[【(（]\d{4}[〕\]】)）]第?\d{1,4}[号號]"
#: a listing's item line: a notice's title (its last word the kind of document it is) on a line of its own, behind a
#: bullet, a number (1. / 1、) or a column tag ([人事任免]), and after it nothing but the list's columns: its date and
#: document number, in brackets or between bars (``· title [2024-08-22]``, ``1. title | 某政任〔2008〕6号 | 2008-04-21``);
#: a title the list cut short ends in its dots behind its bullet or number (``• 某市人民政府关于印发某某实...``; bare, a
#: line of dots is an item's summary: 某区人民政府关于聘任有关同志职务的文件……)
#: (the title holds no clause's stop, no label's colon and no breadcrumb's arrow (发布机构：某局 主题分类：通知, 首页 >
#: … > 某通知 are no titles), so that a match stops at a long line's first comma, and backs off to the last
#: kind word its columns follow; the columns' tokens open on no space: linear on a long line; the listing date may
#: stand before the title in brackets, where a column tag would: ``[2024-05-12] title``; a blog's post heading boxes the
#: whole title: ``【某县人民政府关于…的通知】``)
ITEM_RE = re.compile(rf"^{_SP}*(?P<mark>[•·●◆■▪]{_SP}*|(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}){_SP}*[.、．]{_SP}*|[\[【(（](?P<lead>{_ISO})[\]】)）]{_SP}*|"
                     rf"[\[【][^\]】\n]{{1,12}}[\]】]{_SP}*|第[一二三四五六七八九十\d]{{1,3}}篇{_SP}*[:：]{_SP}*|"
                     rf"(?:标题|標題){_SP}*[:：]{_SP}*|(?P<boxed>【))?"
                     rf"(?P<title>[^\s•·●◆■▪|｜\[【][^\n|｜，。；;:：>›»]{{3,150}}"
                     r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|函|规定|计划|细则|命令|令|报告|纪要|(?P<cut>\.{2,6}|…{1,3})))"
                     r"(?(boxed)】)(?:[_－][\u4e00-\u9fff]{2,12})?"  # (a search result's column after it: …的通知_政务公开)
                     rf"(?:{_SP}*(?:[|｜]|[\[【(（]?(?P<date>{_ISO})[\]】)）]?|[\[【(（]?{_DOC_NO}[\]】)）]?))*"
                     rf"{_SP}*$", re.M)
#: the list's pager under its last item: 共2条 1/1页 首页 上一页 下一页 尾页
_PAGER = re.compile(r"^\s*共\s*\d+\s*(?:条|條|页|頁)|上一[页頁].{0,20}下一[页頁]")
#: a list page's link to the item's page, on a line of its own under its text: 查看详情>>, 阅读全文 »
#: (in traditional script too, its arrow inside its brackets: （閱讀全文 ›）)
_MORE_LINE = re.compile(rf"^{_SP}*[\[【（(]?(?:查看详情|查看全文|阅读全文|閱讀全文|详细内容|詳細內容|查看原文|详情|詳情)"
                        rf"{_SP}*[>»›》]*{_SP}*[\]】）)]?{_SP}*[>»›》]*{_SP}*$")
#: the toggle that opens an item's folded text, glued before it: 展开 某发〔2024〕2号 …
_TOGGLE = re.compile(rf"^{_SP}*[\[【]?(?:展开全文|展开|全文)[\]】]?{_SP}+")
#: the listing date labelled on a line of its own under (or over) an item's text: 发布时间：2024-03-01 | 浏览 1203,
#: 时间:2009-07-16人气:35 (a field glued after it: a digit may not follow the date, a word may)
_LABELLED_DATE = re.compile(rf"^{_SP}*(?:发布时间|发布日期|发文日期|更新时间|日期|时间|发布|发表)[:：]{_SP}*"
                            rf"(?P<date>{_ISO})(?!\d)")
#: the same date as one field of a short line of fields: 发布机构:某局 | 发布日期:2024-03-12, 发布：2024-03-12 | 阅读：312,
#: [通知公告]　发布日期：2024-03-12　阅读(412), a search result's 作者:某网 时间:2008-04-21 阅读:312
#: (the field follows a separator, a space or the closing bracket of a tag before it: [人事任免]　发布日期：…)
#: (in traditional script too; 发布于/發佈於 may take the date after a space alone: 發佈於 2014-04-03　分類：…)
_FIELD_DATE = re.compile(rf"(?:^|[|｜\]】]|{_SP})(?:(?:发布时间|发布日期|发文日期|成文日期|更新时间|收录时间|收录日期|时间|發佈時間|發布時間|發佈日期|"
                         rf"發布日期|時間|发布|發佈|發布|发表于?|發表於?)[:：]|(?:发布|發佈|發布|发表|發表)[于於][:：]?){_SP}*"
                         rf"(?P<date>{_ISO})(?!\d)")
#: a line that is a listing date alone, bracketed or not (a time, or a page's short button, may follow; a search
#: result's address may stand before it): 2024-03-14, [2024-03-14], 2024-03-14 09:30, 2024-07-16 朗读,
#: www.某.gov.cn/info/1021/3185.htm　2015-04-08 (the address's parts each open on a dot or a slash: linear), the list's
#: fields after it parted by bars or dots (2015-05-29 · 政策文件 · 阅读 312)
_DATE_LINE = re.compile(rf"^{_SP}*(?:(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s/]*)*{_SP}+)?"
                        rf"[\[【(（]?(?P<date>{_ISO})[\]】)）]?"
                        rf"(?:{_SP}+{CLOCK})?(?:{_SP}+[\u4e00-\u9fff]{{1,4}}|{_SP}*[|｜·•][^\n]*)?{_SP}*$")
#: an item's one-sentence summary right under its title, the listing date after it on the same line (某县调整某某领导小组
#: 组成人员。 2010-11-24): short, closed by its stop, the date set off by a space
_SUMMARY_DATED = re.compile(rf"^{_SP}*[^\n。]{{4,60}}[。！!]{_SP}+(?P<date>{_ISO})(?:{_SP}+{CLOCK})?{_SP}*$")
#: the listing date in words alone on a line of the few right under an item's title (2010年4月6日); only there: the
#: same line over a title, or closing an item's text, is a signature's date
_WORD_DATE_LINE = re.compile(rf"^{_SP}*(?P<date>{_CN_DAY}){_SP}*$")
#: a blog's day header over its posts: a date in words and its weekday (2016年3月25日 星期五), which no signature prints
_WEEKDAY_DATE_LINE = re.compile(rf"^{_SP}*(?P<date>{_CN_DAY}){_SP}*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]{_SP}*$")
#: a listing date split over the short lines right over an item's title, as a blog's date badge prints it: the day
#: over the year and the month (``14`` / ``2008`` / ``04``), or the year, month and day in turn, a time under them
#: (``09:41:27``); read on the few lines over the title only
_SPLIT_DATE = re.compile(rf"(?:^|\n){_SP}*(?:(?P<d>\d{{1,2}}){_SP}*\n{_SP}*(?P<y>(?:19|20)\d\d){_SP}*\n{_SP}*(?P<m>\d{{1,2}})"
                         rf"|(?P<y2>(?:19|20)\d\d){_SP}*\n{_SP}*(?P<m2>\d{{1,2}}){_SP}*\n{_SP}*(?P<d2>\d{{1,2}}))"
                         rf"{_SP}*(?:\n{_SP}*{CLOCK}{_SP}*)?\n?$")
#: how far over an item's title a split date reaches (its lines are short)
_SPLIT_WITHIN = 40
#: a listing date printed day first on a line of its own, its time after it (23.07.2004  08:35), as some sites print it
_DAY_FIRST_LINE = re.compile(rf"^(?P<sp>{_SP}*)(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d)"
                             rf"(?P<rest>(?:{_SP}+{CLOCK})?{_SP}*)$", re.M)
#: an item's summary line under its title that opens with the notice's document number, the summary after a space
#: (某政任〔2023〕4号 聘任、任免县直单位负责人。)
_SUMMARY_NUMBER = re.compile(rf"^{_SP}*(?P<number>{_DOC_NO})(?:{_SP}|$)")
#: Chinese characters under an item's title that are a notice's text (a short 任免 notice's, one appointment and its
#: signature: some 30), not a link's fields
_ITEM_TEXT = 20
#: non-blank lines under an item's title within which its listing date stands
_DATE_WITHIN = 3
#: Chinese characters before a listing's first item that are more than a page's header: a notice
_PREAMBLE = 200
#: Chinese characters under an item that make it a notice's text, not a link
_BODY = 100
#: a compilation page's own lead under its heading, no notice: 以下是为大家整理的关于某某的2篇文章，欢迎阅读参考。
_COMPILED_LEAD = re.compile(r"^以下是[^\n。]{0,40}?(?:整理|收集|精选|汇总|搜集)[^\n。]{0,60}?[\d一二三四五六七八九十]{1,3}篇"
                            r"[^\n。]{0,40}[。.!！]?$")

#: a notice's signing date, in Arabic digits or in words (2015年3月10日, 二〇一一年八月二十二日): where a notice ends
_SIGNED = re.compile(rf"{_CN_DAY}|[〇○零一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日")
#: what opens a notice's text under its title: its document number, or its addressees (各乡镇人民政府，县直各单位：)
_NOTICE_HEAD = re.compile(rf"^{_SP}*(?:{_DOC_NO}|各[^\n。；:：]{{1,60}}[:：])")
#: a short line of the page's own between a joined notice's title and its text, or under its text: the day the page
#: published it, in a site's words (某政府网政务公开2015-03-12 10:05:41, 某政务服务网 ? 2005年06月15日), a search
#: result's fields after it (2012-03-26　来源：某区人民政府网　阅读：967), or its count of readers (更新于2003年5月8日　阅读 1287)
_STAMP = re.compile(rf"^{_SP}*[^\n。，；:：]{{0,30}}?(?P<date>{_ISO}|{_CN_DAY})(?:{_SP}+{CLOCK})?"
                    rf"(?:{_SP}+(?:(?:来源|阅读|浏览|点击|作者|编辑)[:：][^\n]*|(?:阅读|浏览|点击|人气){_SP}*\d{{1,9}}))?{_SP}*$")
#: the heading a compilation page (a 范文/文库 site's) prints over each of its texts, or the label a list prints
#: before an entry's full text: 第一篇:, 第2篇：, 文字版：, 正文：, 内容：, 消息: (a tag listing's label glued before an
#: item's whole text on one line, the title it cut short above it)
_HEADING = rf"(?:第[一二三四五六七八九十\d]{{1,3}}篇|文字版|正文|全文|内容|摘要|消息){_SP}*[:：]{_SP}*"
#: a joined notice's head on one line: its full title at the line's start (behind such a heading, or a list's row
#: number), its number or addressees glued after it on the same line, the text running on (a page that lost its
#: line breaks between the fields): 某县人民政府关于…的通知 某政任〔2023〕7号 各镇人民政府，…：…
#: (the title stops at the first kind word its number or addressees follow; its run is bounded: linear on a long line;
#: a tag listing prints the item's bullet before it and its listing date between it and the number:
#: • 某区人民政府关于…的通知 2020-04-10 某政任〔2020〕5号 各乡镇人民政府，…：…, or the title in brackets:
#: 【某县人民政府办公室关于…的通知】 2013-09-12 某政办发〔2013〕58号 …; the list's summary of it, labelled, before the date:
#: … 摘要：为…，制定本方案。 2015-04-22 某府办发〔2015〕14号 …)
_GLUED_HEAD = re.compile(rf"^{_SP}*(?:{_HEADING}|\d{{1,3}}{_SP}*[.、．]?{_SP}*|[一二三四五六七八九十]{{1,3}}、{_SP}*|[•·●◆■▪]{_SP}*|[【\[]{_SP}*)?"
                         rf"(?P<title>[^\s•·●◆■▪|｜\[【《][^\n|｜，。；;:：>›»【】\[\]]{{3,150}}?"
                         r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|规定|命令))[】\]]?"
                         rf"(?:{_SP}+(?:摘要|简介|内容摘要)[:：][^\n]{{0,80}}?(?={_SP}+[\[【(（]?{_ISO}))?"
                         rf"(?:{_SP}+[\[【(（]?(?P<date>{_ISO})[\]】)）]?)?"
                         rf"{_SP}+(?={_DOC_NO}|各[^\n。；:：]{{1,60}}[:：])", re.M)
#: a list's row over an entry's full text that names its title again, the listing date after it
#: (1 某区人民政府关于…的通知 2016-03-15 下载文字版)
_ENTRY_DATE = re.compile(rf"{_SP}(?P<date>{_ISO})(?!\d)")
#: a list's label before an item's text, opening its first line: 内容：, 正文：, 摘要：, 消息:
_TEXT_LABEL = re.compile(rf"^{_SP}*(?:内容|正文|摘要|全文|消息)[:：]{_SP}*(?=\S)")
#: the mark a list prints after an entry's text it cut short: 。。。, ..., ……
#: a page's block of other pages' links under the last item's text (热点推荐, 相关文章:, 【推荐阅读】), its heading on a
#: line of its own: the titles under it are no part of the item
_RELATED = re.compile(rf"^{_SP}*[\[【]?(?:热点|热门|相关|推荐|精彩|最新|猜你)(?:推荐|文章|阅读|链接|新闻|信息|喜欢)[\]】]?[:：]?{_SP}*$")
_CUT_MARK = re.compile(r"(?:。{3,6}|\.{3,6}|…{1,3})[ \t\u3000\xa0]*$")
#: the longest line read as such a stamp
_STAMP_CHARS = 60
#: an ISO stamp with its time under a notice's text (a signature is never printed so)
_TIMED_STAMP = re.compile(rf"{_ISO}{_SP}+{CLOCK}")


def _item_date(lines: list[str], under: bool = False) -> str | None:
    """The listing date on a short line of an item's: a date alone, or a labelled field (``under`` the title, a date
    in words alone too)."""
    for k, line in enumerate(lines):
        if len(line) <= 80:
            m = _DATE_LINE.match(line) or _LABELLED_DATE.match(line) or _FIELD_DATE.search(line) \
                or under and _date_under_title(line, k)
            # (the site's stamp, or the summary with its date, right under the title only: under the item's text a
            # stamp closes a joined notice's)
            if m:
                return m["date"]
    return None


def _date_under_title(line: str, k: int) -> re.Match | None:
    """The listing date alone on the ``k``-th line of an item's text, as ISO or in words; on the first, the site's
    timed stamp or the item's summary with its date after it are too."""
    return _DATE_LINE.match(line) or _WORD_DATE_LINE.match(line) \
        or k == 0 and (_timed_stamp(line) or _SUMMARY_DATED.match(line) or _SOURCE_STAMP.match(line))


#: an item's source line under its title, its listing date and the site's counts among its dots or bars (来源: 某某小编整理
#: · 2016-07-25 · 3312人看过)
_SOURCE_STAMP = re.compile(rf"^{_SP}*(?:来源|來源)[:：][^\n·|｜]{{0,30}}(?:[·|｜]{_SP}*|{_SP}{{2,}})(?P<date>{_ISO})(?:{_SP}+{CLOCK})?"
                           rf"(?:{_SP}*[·|｜][^\n·|｜]{{0,20}}|{_SP}+收录)*{_SP}*$")
#: (or a search engine's result line: 来源：某县人民政府门户网站  2009-03-16 收录, the date set off by spaces)


def _timed_stamp(line: str) -> re.Match | None:
    """A short line of the site's words before a listing date and its time (某市人民政府· 2013-03-26 09:40): the
    item's stamp, which no signature is."""
    return _STAMP.match(line) if len(line) <= _STAMP_CHARS and _TIMED_STAMP.search(line) else None


def _near_date(text: str, m: re.Match) -> str | None:
    """An item line's listing date: among its columns, or on a short line of the few non-blank lines under it."""
    if m["date"] or m["lead"]:
        return m["date"] or m["lead"]
    return _item_date(_lines_under(text, m.end(), _DATE_WITHIN), under=True)


def _echoed(text: str, m: re.Match) -> bool:
    """An item line whose notice's whole text, on one of the few non-blank lines under it, opens with its title
    again (an entry's title, its list's fields, then the notice as printed: 某县人民政府关于…的通知 某政任〔2010〕7号
    各乡镇人民政府，…): the item is a notice's entry whatever its date looks like."""
    title = m["title"].strip()
    return any(line.strip(" \t\u3000\xa0").startswith(title) and han_count(line) - han_count(title) >= _ITEM_TEXT
               for line in _lines_under(text, m.end(), _DATE_WITHIN))


def _over_date(text: str, m: re.Match) -> tuple[str, int] | None:
    """The listing date on the non-blank line right over an item line (a forum floor's ``1楼  某某  发表于: 2009-03-05
    08:40``, a blog's day header ``2016年3月25日 星期五``), and where that line starts."""
    over = _line_over(text, m.start())  # (an item line opens its line: the line over it is the one before)
    if not over:
        return None
    line, start = over
    weekday = _WEEKDAY_DATE_LINE.match(line)
    date = _item_date([line]) or weekday and weekday["date"]
    return (date, start) if date else _split_date(text, m)


def _split_date(text: str, m: re.Match) -> tuple[str, int] | None:
    """A listing date split over the short lines right over an item line (``14`` / ``2008`` / ``04`` /
    ``09:41:27``), as ISO, and where its first line starts."""
    start = max(0, m.start() - _SPLIT_WITHIN)
    over = _SPLIT_DATE.search(text, start, m.start())
    if not over:
        return None
    y, mo, d = (over["y"], over["m"], over["d"]) if over["y"] else (over["y2"], over["m2"], over["d2"])
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{int(mo):02d}-{int(d):02d}", over.start() + (text[over.start()] == "\n")


def _over_items(text: str) -> list[tuple[re.Match, tuple[str, int]]]:
    """A listing whose items' dates stand over them: its first item line has no columns and a date on the line over
    it, and so has every item after it; each item's text runs to the date line over the next."""
    found = []
    for m in ITEM_RE.finditer(text):
        if not m["cut"] or m["mark"] and "关于" in m["title"]:
            over = _over_date(text, m)
            if not found and (m["date"] or m["lead"] or not over):
                return []
            if over and (not found or found[-1][0].end() < over[1]):
                found.append((m, over))
    ends = [over[1] for _, over in found[1:]] + [len(text)]
    return found if _items_with_text(text, [m for m, _ in found], ends, _ITEM_TEXT) else []


def _items_with_text(text: str, items: list[re.Match], ends: list[int], least: int) -> bool:
    """Two or more items, no two of one title, each with at least ``least`` Chinese characters under it before its
    end (the next item, or where the next item's date stands over it)."""
    return len(items) >= 2 and len({m["title"].strip() for m in items}) == len(items) \
        and all(han_count(text[m.end(): end]) >= least for m, end in zip(items, ends))


def _items(text: str) -> list[re.Match]:
    """A listing's items: two or more item lines, each with its listing date near it and a notice's text under it
    before the next. A notice's page is one notice: its title printed twice is one title (no two items share one),
    the titles it cites stand inside its sentences, an attachment's heading has no listing date near it, and a table
    of contents or a list of related links has no text under its lines. (A title cut short is a title where it
    reads 关于… behind a bullet or number.)"""
    found = []
    for m in ITEM_RE.finditer(text):
        if (not m["cut"] or m["mark"] and "关于" in m["title"]) and (_near_date(text, m) or _echoed(text, m)):
            if found and not text[found[-1].end(): m.start()].strip():
                continue  # a line right under an item's title that reads like one (某某 工作方案): its summary
            if m["title"].count("》") > m["title"].count("《"):
                continue  # 某厅关于印发《某某 / 实施方案》的通知: the second line of a title wrapped inside its 《》
            found.append(m)
    ends = [m.start() for m in found[1:]] + [len(text)]
    return found if _items_with_text(text, found, ends, _ITEM_TEXT) else []



#: a news listing's item: its headline on a line of its own (no kind word: 某县人大常委会举行第二十一次会议; the list's
#: mark after it, ******), the site's timed stamp right under it (2010-07-30 08:15  来源：某某办公室); the groups a
#: listing's item line has that this one lacks never take part
_STAMPED_ITEM = re.compile(rf"^{_SP}*(?P<mark>(?!))?(?P<lead>(?!))?(?P<cut>(?!))?(?P<date>(?!))?"
                           rf"(?P<title>[^\s•·|｜\[【*＊][^\n|｜，。；;:：>›»!！?？*＊]{{5,60}})(?:{_SP}*[*＊★☆]{{2,}})?{_SP}*\n"
                           rf"(?={_SP}*{_ISO}{_SP}+{CLOCK})", re.M)


def _stamped_items(text: str) -> list[re.Match]:
    """A news listing's items, where no item line reads as a notice's title: two or more headlines, each with the
    site's timed stamp under it and a story's text (at least a notice's opening) before the next."""
    found = [m for m in _STAMPED_ITEM.finditer(text)
             if _timed_stamp(_lines_under(text, m.end() - 1, 1)[0].strip(" \t\u3000\xa0"))]
    ends = [m.start() for m in found[1:]] + [len(text)]
    return found if _items_with_text(text, found, ends, _BODY) else []


def _lines_under(text: str, pos: int, n: int) -> list[str]:
    """The first ``n`` non-blank lines from ``pos`` on (line by line: each line is read under a few items at most)."""
    lines = []
    while len(lines) < n and pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip("\n")
        if line.strip():
            lines.append(line)
        pos = end
    return lines


#: a forum's line of who posted an item, under its title: a name or two, no punctuation, no digits
_POSTER = re.compile(rf"^{_SP}*[\u4e00-\u9fffA-Za-z_]{{2,12}}(?:{_SP}+[\u4e00-\u9fffA-Za-z_]{{2,12}})?{_SP}*$")


#: 关于 as a title prints it, in either script or a retyped mix of both (关於, 關于)
_ABOUT = ("关于", "關於", "关於", "關于")


def _heads_notice(text: str, m: re.Match) -> bool:
    """A title line with a notice's text under it: its number or addressees open the next non-blank line (a short
    stamp of the page's, its listing date, or a forum's poster line, may stand between)."""
    for k, line in enumerate(_lines_under(text, m.end(), 2)):
        if _NOTICE_HEAD.match(line):
            return True
        if k == 0 and _POSTER.match(line):
            continue  # a forum's line of who posted it (某某F 某某), no text's
        if len(line) > _STAMP_CHARS or not _STAMP.match(line):
            return False
    return False


def _joined(text: str) -> list[re.Match]:
    """Notices joined one after another in one text, whatever the page's chrome around them: a title (某某关于…的通知)
    on a line of its own with its number or addressees under it, standing after another notice's end (its signing
    date, the items of a plan it issued after it). A cover letter's attached plan or forwarded notice is named in
    the cover's text (印发/转发《title》, 附件：title) and stays in it; a title printed twice has no number under its
    first print; a table of contents or a quoted title has no notice's text under it."""
    found = []
    heads = sorted([*ITEM_RE.finditer(text), *_GLUED_HEAD.finditer(text)], key=lambda m: m.start())
    for m in heads:
        title = m["title"].strip()
        glued = m.re is _GLUED_HEAD
        if glued and found and found[-1].start() == m.start():
            continue  # (one line read both ways)
        if not glued and m["cut"] or not any(a in title for a in _ABOUT) or title.startswith("《") \
                or not (glued or _heads_notice(text, m)):
            continue
        if found:
            row = _entry_row(text, m)  # (the list's row over the entry's text names its title: no quote of it)
            before = text[found[-1].end(): row[1] if row else _title_row(text, m)]
            if not _SIGNED.search(before) or title in before:
                continue
        found.append(m)
    return found if len(found) >= 2 and len({m["title"].strip() for m in found}) == len(found) else []


def _title_row(text: str, m: re.Match) -> int:
    """Where a joined notice's head starts, or the list's item line right over it that names its title alone
    (某县人民政府关于…的通知 / 消息:某县人民政府关于…的通知 某政〔2005〕7号 …: a tag listing's link over the item's
    text), no quote of the title in the notice before it, or the issuer's name its title opens with on the line over
    its 关于… (二、某镇人民政府 / 关于印发…的通知)."""
    over = _issuer_over(text, m) or _number_over(text, m)
    if over:
        return over[1]
    line = _line_over(text, m.start())
    return line[1] if line and line[0].strip() == m["title"].strip() else m.start()


def _line_over(text: str, pos: int) -> tuple[str, int] | None:
    """The non-blank line over the line at ``pos``, and where it starts (or None at the text's top)."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end], start
        end = start - 1
    return None


#: the first line of a joined notice's title, its issuer's name alone over 关于… (某镇人民政府, behind the page's
#: number of the item: 二、某镇人民政府)
_ISSUER_LINE = re.compile(rf"^{_SP}*(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,3}}[.、．])?{_SP}*"
                          rf"(?P<issuer>[\u4e00-\u9fff]{{2,30}}?(?:人民政府|办公室|办公厅|委员会|管委会|办事处|局|厅|委))"
                          rf"{_SP}*$")


#: a red header's number alone on its line over the title: 红管任字(1995)14号
_NUMBER_LINE = re.compile(rf"^{_SP}*(?P<number>{_DOC_NO}){_SP}*$")


def _number_over(text: str, m: re.Match) -> tuple[str, int] | None:
    """A joined notice's number printed on its own line over its title (blank lines between), as a red header sets
    it, and where that line starts (or None)."""
    line = _line_over(text, m.start())
    number = _NUMBER_LINE.match(line[0]) if line else None
    return (number["number"], line[1]) if number else None


def _issuer_over(text: str, m: re.Match) -> tuple[str, int] | None:
    """A joined notice's head that opens with 关于: its issuer's name on the line right over it, and where that line
    starts (or None)."""
    if not m["title"].strip().startswith(_ABOUT):
        return None
    end = text.rfind("\n", 0, m.start())
    start = text.rfind("\n", 0, max(end, 0)) + 1
    issuer = _ISSUER_LINE.match(text[start:end]) if end > 0 else None
    return (issuer["issuer"], start) if issuer else None


def _entry_row(text: str, m: re.Match) -> tuple[str, int] | None:
    """The listing date of a joined notice from the list's row right over its text (the row names its title again,
    the date after it: ``1 某区人民政府关于…的通知 2016-03-15 下载文字版``), and where that row starts."""
    over = _line_over(text, m.start())
    if not over:
        return None
    line, start = over
    title = m["title"].strip()
    at = line.find(title)
    date = _ENTRY_DATE.search(line, at + len(title)) if at >= 0 and len(line) <= 2 * len(title) + 60 else None
    return (date["date"], start) if date else None


def _page_date(head: str) -> str | None:
    """The day a page published what it compiles: a labelled date on a short line of its header (编辑:某某 发布时间:
    2023-06-12 09:41:27 来源:网络)."""
    for line in head.split("\n"):
        if len(line) <= 100:
            m = _LABELLED_DATE.match(line) or _FIELD_DATE.search(line)
            if m:
                return m["date"]
    return None


def _iso_day_first(m: re.Match) -> str:
    """A day-first listing date line (23.07.2004 08:35) written as the listing's ISO date (2004-07-23 08:35); a line
    whose month is no month stays as it is."""
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{m['sp']}{m['y']}-{month:02d}-{day:02d}{m['rest']}"


def _dates_iso(text: str) -> str:
    """The page with its day-first listing date lines written as ISO dates, as the rest of this module reads them."""
    return _DAY_FIRST_LINE.sub(_iso_day_first, text) if "." in text else text


@lru_cache(maxsize=1)  # (is_listing, then read_listing, on the same file's text: read once)
def _page_items(raw: str) -> tuple[str, list, list[re.Match], list[re.Match] | None]:
    """A page as a listing reads it: its text with day-first dates as ISO ones, its items with the dates over them
    (or none), its items, and — where those are not a listing's that open the page — the notices it runs together
    (None where the items are the listing's)."""
    text = _dates_iso(raw)
    over = _over_items(text)
    items = [m for m, _ in over] or _items(text) or _stamped_items(text)
    joined = None if len(items) >= 2 and _items_open(text, items) else _joined(text)
    return text, over, items, joined


def is_listing(text: str) -> bool:
    """A file is a listing dump when it holds a listing's items and they open the page: a notice's page that lists
    other notices' titles and dates under its text (相关链接, 上一篇/下一篇) is one notice, not a listing of links.
    A compilation's texts under bare piece headings (第1篇 / 第2篇) are a listing too."""
    _, _, _, joined = _page_items(text)
    return joined is None or bool(joined) or bool(_bare_pieces(text))


#: a compilation page's heading over one of its texts, alone on its line: 第1篇, 第二篇, 范文一：, 篇二, in brackets too
#: (【第一份】, [例文2]) (第一篇:某某 with a title after its colon is an item's line, ITEM_RE)
_BARE_PIECE = re.compile(rf"^{_SP}*[【\[（(]?{_SP}*(?:第(?P<n>[一二三四五六七八九十]{{1,3}}|\d{{1,3}})(?:篇|份|则)"
                         rf"|(?:范文|篇|例文|范例)(?P<m>[一二三四五六七八九十]{{1,3}}|\d{{1,3}})){_SP}*[】\]）)]?"
                         rf"{_SP}*[:：]?{_SP}*$", re.M)


def _piece_number(n: str) -> int:
    """第12篇 -> 12, 第十二篇 -> 12; 0 for a run of numerals that is no number (十十)."""
    try:
        return cn_int(n)
    except KeyError:
        return 0


#: a compilation page's piece heading that repeats the page's own name after its colon (第1篇: 某县任免通知及工作方案
#: over one notice, 第2篇: 某县任免通知及工作方案 over the next): bare, as its name is every piece's
_NAMED_PIECE = re.compile(rf"^{_SP}*第(?P<n>[一二三四五六七八九十]{{1,3}}|\d{{1,3}})篇{_SP}*[:：]{_SP}*(?P<name>[^\n]{{2,60}}?){_SP}*$",
                          re.M)


def _bare_pieces(text: str) -> list[re.Match]:
    """A compilation page's bare piece headings (第1篇, 第2篇, …, or each followed by the page's one name), numbered
    from one in order, each over a text of its own (at least a notice's opening): the headings, or none."""
    found = list(_BARE_PIECE.finditer(text))
    if len(found) < 2:
        named = list(_NAMED_PIECE.finditer(text))
        found = named if len({m["name"] for m in named}) == 1 else []
    if len(found) < 2 or [_piece_number(m["n"] or m["m"]) for m in found] != list(range(1, len(found) + 1)):
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return found if all(han_count(text[m.end(): end]) >= _BODY for m, end in zip(found, ends)) else []


def _read_pieces(text: str, pieces: list[re.Match], source: str) -> Iterator[RawNotice]:
    """Each text under a bare piece heading as a notice of its own (its title, where it has one, is read in it)."""
    for i, m in enumerate(pieces):
        end = pieces[i + 1].start() if i + 1 < len(pieces) else len(text)
        yield RawNotice(source=source, index=i, text=text[m.end():end].strip("\n"), meta={}, part=True)


def _items_open(text: str, items: list[re.Match]) -> bool:
    """The items are a listing's: little text stands before the first (a page's header), or at
    least two items carry a notice's text under them (a listing whose page header is long)."""
    if han_count(text[: items[0].start()]) < _PREAMBLE:
        return True
    ends = [m.start() for m in items[1:]] + [len(text)]
    return sum(han_count(text[m.end(): end]) >= _BODY for m, end in zip(items, ends)) >= 2


def read_listing(text: str, source: str) -> Iterator[RawNotice]:
    """Each item as a notice of its own: its title, its listing date as the day the page published it, and the
    text under it without the list's fields, links and pager."""
    text, over, items, joined = _page_items(text)
    if joined is not None and not joined:
        yield from _read_pieces(text, _bare_pieces(text), source)
        return  # (no listing's items: a compilation's texts under bare piece headings)
    items = joined or items
    rows = [_entry_row(text, m) for m in items] if joined else []
    page_date = _page_date(text[: items[0].start()]) if joined else None
    for i, m in enumerate(items):
        end = items[i + 1].start() if i + 1 < len(items) else len(text)
        meta = {"title": m["title"].strip().rstrip(".…")}
        issuer = _issuer_over(text, m) if joined else None
        if issuer:  # (二、某镇人民政府 / 关于印发…的通知: the issuer's name on the line over is its title's first)
            meta["title"] = issuer[0] + meta["title"]
        number = _number_over(text, m) if joined and not issuer else None
        if number:  # (红管任字(1995)14号 / 某局关于…的决定: the red header's number over the title is the notice's)
            meta["number"] = number[0]
        if over:  # (the date over the item is its; the date line over the next closes its text)
            meta["published"] = parse_date(over[i][1][0]) or ""
            end = over[i + 1][1][1] if i + 1 < len(over) else len(text)
        if m["date"] or m.re is ITEM_RE and m["lead"]:  # (the item's date among its columns, or glued after its title)
            meta["published"] = parse_date(m["date"] or m["lead"]) or ""
        if rows and rows[i]:  # (the list's row over the entry's text: its listing date)
            meta["published"] = parse_date(rows[i][0]) or ""
        if rows and i + 1 < len(rows) and rows[i + 1]:  # (the next entry's row is no part of this text)
            end = rows[i + 1][1]
        elif joined and i + 1 < len(items):  # (nor the next item's line that names its title alone)
            end = _title_row(text, items[i + 1])
        lines = [_TOGGLE.sub("", ln) for ln in text[m.end():end].split("\n")
                 if ln.strip() and not _PAGER.search(ln) and not _MORE_LINE.match(ln)]
        related = next((k for k, ln in enumerate(lines) if k and _RELATED.match(ln)), None)
        if related is not None:  # (热点推荐 and the titles under it: the page's links, not the item's text)
            lines = lines[:related]
        labelled = next((k for k, ln in enumerate(lines) if len(ln) <= 80 and (_LABELLED_DATE.match(ln)
                                                                             or _FIELD_DATE.search(ln))),
                        None) if "published" not in meta else None
        if labelled is not None:  # (the item's listing date on its own labelled line, no part of its text)
            meta["published"] = parse_date(_item_date([lines.pop(labelled)]) or "") or ""
        if "published" not in meta and len(lines) > 1 and _DATE_LINE.match(lines[-1]):
            # (the listing date alone under the item's text: the text above it is the notice's)
            meta["published"] = parse_date(_DATE_LINE.match(lines.pop())["date"]) or ""
        if "published" not in meta:
            # (the listing date alone a few lines under the title: the lines over it are the item's summary)
            k = next((k for k, ln in enumerate(lines[:_DATE_WITHIN]) if _date_under_title(ln, k)), None)
            if k is not None:
                meta["published"] = parse_date(_date_under_title(lines[k], k)["date"]) or ""
                numbered = next((n for ln in lines[:k] if (n := _SUMMARY_NUMBER.match(ln))), None)
                if numbered:  # (法政任〔2023〕4号 聘任、任免县直单位负责人。: the summary opens with the item's number)
                    meta["number"] = numbered["number"]
                if any(_SIGNED.search(ln) for ln in lines[:k]) or sum(han_count(ln) for ln in lines[:k]) >= _BODY:
                    # (a notice's text over it, its signing date in it, the page's tags under it: the text is the item's)
                    lines = lines[:k] + lines[k + 1:]
                else:
                    lines = lines[k + 1:]
        if joined:  # (the page's stamp over the notice's text, or timed under it: the day it published it)
            k = next((k for k, ln in enumerate(lines) if _timed_stamp(ln) or k == 0 and len(lines) > 1
                      and _NOTICE_HEAD.match(lines[1]) and len(ln) <= _STAMP_CHARS and _STAMP.match(ln)), None)
            if k is not None:
                meta["published"] = parse_date(_STAMP.match(lines.pop(k))["date"]) or ""
            if "published" not in meta and page_date:  # (a compilation's page date over all its texts)
                meta["published"] = parse_date(page_date) or ""
            if lines:  # (…2005年6月10日。。。: the list's mark of a text it cut, no part of the notice)
                lines[-1] = _CUT_MARK.sub("", lines[-1])
        if lines:  # (内容：某某关于…的通知 …: the list's label before the item's text, no part of it)
            lines[0] = _TEXT_LABEL.sub("", lines[0])
        body = "\n".join(lines).strip("\n")
        if _COMPILED_LEAD.match(body.strip()):
            continue  # (the page's heading and its lead over the texts it compiles: no notice of its own)
        yield RawNotice(source=source, index=i, text=body, meta=meta, part=True)
