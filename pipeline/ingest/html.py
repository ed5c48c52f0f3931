"""Government article pages: the article body and the info table, nothing else.

A page wraps its notice in navigation, breadcrumbs, sidebars of related
articles (which quote other notices' titles) and footers. We keep the info
table (索引号, 发文机关, 发文字号, 成文日期, 发布日期) and ``<meta>`` tags as the
notice's metadata, and the text of the article container as its text, with
line breaks at block elements and tabs between table cells.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..errors import InputError
from ..notice import RawNotice
from ..lexicon import INFO_LABELS as _INFO_LABELS
from ..lexicon import INFO_OTHER_LABELS, SITE_NAME_RE as _SITE_NAME
from ..text import CLOCK, DOCNUM_RE, ISO_DAY, ISSUANCE_RE, han_count, join_cell_lines, parse_date, squash

#: labels longest first, for labels glued to their values (发文机关某市人民政府)
_GLUED_LABELS = sorted(_INFO_LABELS, key=len, reverse=True)
#: a label and its colon at the start of one of the pairs an info row prints side by side
#: (生成日期: 2021-04-13 文号: 某发〔2021〕16号; alternatives of fixed words, longest first: no backtracking)
_PAIR_LABEL = re.compile(r"(?:^|(?<=\s))[【\[]?(?P<label>" + "|".join(
    sorted(set(_INFO_LABELS) | set(INFO_OTHER_LABELS), key=len, reverse=True)) + r")[】\]]?\s*[:：]")
#: a law database's label in book brackets with no colon after it (【发文字号】 某发〔2009〕47号, 【颁发部门】 某委办公厅)
_BRACKET_LABEL = re.compile(r"^[【\[](?P<label>[\u4e00-\u9fff]{2,8})[】\]](?P<value>[^:：].*)$")
#: the bullets a page prints before the rows of its info list (<li>- 发文字号:X</li>, <li>• 成文日期:Y</li>)
_ROW_BULLETS = "-－—•·▪●■◆*"
#: labels of the date a record was made on a disclosure platform: the signing date only when the row
#: names no other (生成日期 beside 发文日期 is the day the page was published)
_RECORD_DATE_LABELS = {"生成日期"}
_META_NAMES = {"articletitle": "title", "pubdate": "published", "firstpublishedtime": "published",
               "contentsource": "source_site", "url": "url"}
#: class/id fragments of article containers used by Chinese government CMSs
_BODY_HINTS = ("article-content", "article_content", "trs_editor", "zoom", "pages_content",
               "content_text", "article-body", "articlebody", "view", "xxgk_content", "detail",
               "main-text", "maintext", "content", "article", "con", "postmessage")  # (a forum's post: postmessage_N)
#: class/id fragments of page furniture whose text is never the notice
_NOISE = re.compile(r"nav|menu|breadcrumb|crumb|sidebar|side|related|xgwz|xglj|footer|header|"
                    r"share|print|location|position|toolbar|links|recommend|hot|list", re.I)
#: what may come before <html> in a page a browser saved: an XML prologue, processing
#: instructions, comments (``<!-- saved from url=(0047)… -->``), a doctype, whitespace
_PROLOGUE = re.compile(r"\A\ufeff?\s*(?:(?:<\?[^>]{0,500}>|<!--.{0,2000}?-->)\s*){0,20}(?:<!doctype html|<html)",
                       re.I | re.S)
_XML_DECLARATION = re.compile(r"\A(\ufeff?\s*)<\?xml[^>]{0,500}\?>", re.I)
#: a heading that only names a government or its office (某市人民政府, 某县人民政府办公室): the site's banner over a
#: page that lost its title, never a notice's title
_BODY_BANNER = re.compile(r"^[\u4e00-\u9fff]{2,12}?人民政府(?:办公室|办公厅)?$")
#: what a page's <title> puts between its title and its site's name: _ | - -- —
_TITLE_SEPARATOR = re.compile(r"[_|]|\s[-–—]\s|--")
#: the largest spans browsers honour (HTML: colspan 1–1000, rowspan 0–65534)
_MAX_COLSPAN, _MAX_ROWSPAN = 1000, 65534
_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "center"}


def looks_like_html(text: str) -> bool:
    """A page, whatever its file name: ``<html>`` or a doctype, after what browsers write first."""
    return bool(_PROLOGUE.match(text))


def read_html(text: str, source: str) -> RawNotice:
    """Parse one article page; raise :class:`InputError` when it holds no article."""
    if not re.search(r"</(html|body)\s*>", text[-4000:], re.I):
        raise InputError(source, "the HTML page is truncated (no closing </body> or </html>); "
                                 "download it again")
    text = _XML_DECLARATION.sub(r"\1", text)  # lxml refuses a str that declares its own encoding
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"the HTML page cannot be parsed ({exc})") from exc
    for bad in root.xpath("//script|//style|//noscript|//comment()"):
        if bad.getparent() is None:
            continue  # a comment before <html> (``saved from url=…``) is not in the page
        bad.drop_tree() if hasattr(bad, "drop_tree") else bad.getparent().remove(bad)
    meta = _meta_tags(root)
    meta.update(_info_table(root))
    body = _article(root)
    if body is None:
        raise InputError(source, "no article text found in the HTML page")
    body_text = _text_of(body).strip()
    if len(re.findall(r"[\u4e00-\u9fff]", body_text)) < 20:
        raise InputError(source, "the HTML page's article holds no notice text")
    number, posted = _head_beside(body)
    if number and squash(number) not in squash(body_text[:600]):
        body_text = f"{number}\n{body_text}"  # (the number printed under the <h1>, beside the text's container)
    if posted and "published" not in meta:
        meta["published"] = posted
    title = meta.get("title") or _heading(root)
    if title:
        meta["title"] = title
        if squash(title) not in squash(body_text[:600]):
            body_text = f"{title}\n{body_text}"
    for key in ("signed", "published"):
        if key in meta:
            meta[key] = parse_date(meta[key]) or ""
    return RawNotice(source=source, index=0, text=body_text, meta=meta)


def _meta_tags(root) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.xpath("//meta[@name][@content]"):
        key = _META_NAMES.get(el.get("name", "").lower())
        if key and el.get("content", "").strip():
            out.setdefault(key, el.get("content").strip())
    return out


def _info_table(root) -> dict[str, str]:
    """Read ``label: value`` pairs from cells or ``<li>``s anywhere on the page."""
    out: dict[str, str] = {}
    record_date = ""
    for el in root.xpath("//td|//th|//li|//span|//div[not(*)]|//p[not(*)]|//dt|//label|//b|//strong"):
        own = squash(el.text_content())
        spaced = " ".join(el.text_content().split()) if len(own) <= 200 else ""
        pairs = list(_PAIR_LABEL.finditer(spaced))
        if len(pairs) >= 2:  # several pairs side by side in one row: each value runs to the next label
            for m, end in zip(pairs, [p.start() for p in pairs[1:]] + [len(spaced)]):
                key, value = _INFO_LABELS.get(m["label"]), squash(spaced[m.end():end])
                if m["label"] in _RECORD_DATE_LABELS and _fits("signed", value):
                    record_date = record_date or value
                elif key and key not in out and value and _fits(key, value):
                    out[key] = value
            continue
        label, _, inline_value = own.replace("：", ":").partition(":")
        bracketed = _BRACKET_LABEL.match(own)
        if bracketed and bracketed["label"] in _INFO_LABELS:
            label, inline_value = bracketed["label"], bracketed["value"]
        label = label.lstrip(_ROW_BULLETS).strip("[]【】〔〕")  # (- 发文字号:X: a row of a bulleted list)
        if label in _RECORD_DATE_LABELS and _fits("signed", inline_value.strip()):
            record_date = record_date or inline_value.strip()
            continue
        key = _INFO_LABELS.get(label)
        if not key and len(own) <= 60:  # a label glued to its value: 发文机关某市人民政府
            glued = next((lb for lb in _GLUED_LABELS if own.startswith(lb) and len(own) > len(lb) + 1), None)
            if glued:
                label, inline_value, key = glued, own[len(glued):], _INFO_LABELS[glued]
        if not key or key in out:
            continue
        value = inline_value.strip()
        if not value and el.tail and el.tail.strip():
            value = squash(el.tail)  # <p><b>【文号】</b>饶府办字[2024]27号</p>
        if not value:
            sib = el.getnext()
            value = " ".join(sib.text_content().split()) if sib is not None else ""
        if not value and el.tag in ("td", "th") and len(el.getparent()) == 1:
            below = el.getparent().getnext()  # (a table of one column: the label's row, then its value's)
            value = " ".join(below.text_content().split()) if below is not None and len(below) == 1 else ""
        timed = _TIMED_DAY.fullmatch(value)
        if timed and key == "signed":
            key = "published"  # (发文日期 2019-05-21 10:32:18: a time of day is the page's posting, no signing)
        value = timed["day"] if timed else squash(value)
        if value and key not in out and _fits(key, value):
            out[key] = value
    for key, value in _glued_rows(root):
        out.setdefault(key, value)
    if "published" not in out:
        for el in root.xpath("//div[not(*)]|//p[not(*)]|//span[not(*)]"):
            spaced = " ".join(el.text_content().split())
            posted = _POSTED_ROW.search(spaced) if len(spaced) <= 80 else None
            if posted:
                out["published"] = posted["day"] or posted["first"]
                break
    if record_date:
        out.setdefault("published" if "signed" in out else "signed", record_date)
    return out


#: a label of an info row where rows are glued (文    号X号成文日期:Y发布日期:Z): every label, longest first, its colon or none
_ROW_LABEL = re.compile("(?:" + "|".join(sorted(set(_INFO_LABELS) | set(INFO_OTHER_LABELS), key=len, reverse=True))
                        + ")[:：]?")


#: a label the info block does not know, opening a row: 发布部门：
_OTHER_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]")
#: a row of an info block that opens with a label and its colon (索 引 号:, 发布日期:), and how many such rows between
#: ``<br>``s make a block of one pair a row
_COLON_ROW = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,5}[:：]")
_PAIR_ROWS = 4


def _glued_rows(root) -> list[tuple[str, str]]:
    """An info block printed as one element's rows between ``<br>``s, each row's labels glued to the values before
    them (``索 引 号:X主题分类:Y<br>文    号某交人字〔2010〕27号成文日期:2010-06-17发布日期:2010-06-21``): a row
    opening with a label and holding another splits at every label, each value running to the next one, kept where
    it has the shape of what its label names."""
    found = []
    for el in root.xpath("//div[br]|//p[br]|//td[br]|//div[not(*)]|//p[not(*)]"):
        if any(child.tag != "br" for child in el if isinstance(child.tag, str)):
            continue  # (only rows of text between <br>s: a block of other elements is read cell by cell)
        rows = [squash(t) for t in el.xpath("./text()")]
        if sum(len(r) for r in rows) > 600:
            continue
        # (a block whose rows each open with a label and its colon, one pair a row: 产生日期:2023-07-19<br>发布日期:…)
        one_a_row = sum(bool(_COLON_ROW.match(r)) for r in rows) >= _PAIR_ROWS
        for row in rows:
            labels = list(_ROW_LABEL.finditer(row))
            if one_a_row and len(labels) == 1 and labels[0].start() == 0 and _COLON_ROW.match(row):
                key, value = _INFO_LABELS.get(labels[0].group(0).rstrip(":：")), row[labels[0].end():]
                if key and value and _fits(key, value):
                    found.append((key, value))
                continue
            # (the row opens with a label, or with a label the block does not know: 发布部门：X发布文号：Y发布日期：Z)
            if len(labels) < 2 or labels[0].start() != 0 and not _OTHER_LABEL.match(row):
                continue
            for m, end in zip(labels, [lb.start() for lb in labels[1:]] + [len(row)]):
                key, value = _INFO_LABELS.get(m.group(0).rstrip(":：")), row[m.end():end]
                if key and value and _fits(key, value):
                    found.append((key, value))
    return found


#: a day with the time of day after it (2019-05-21 10:32:18): the moment a page was posted
_TIMED_DAY = re.compile(rf"(?P<day>{ISO_DAY}) {CLOCK}")
#: an article page's row of its counters and posting time, the time under the bare label 时间 (浏览量: 时间:2016-03-02
#: 10:14:37, 点击数:35 时间:…): the day the page posted the notice (时间 alone, in no such row, is no label)
_POSTED_ROW = re.compile(r"(?:浏览量|浏览次数|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|访问量)\s*[:：][^:：]{0,20}?(?<!\S)"
                         r"时间\s*[:：]\s*(?P<day>(?:19|20)\d\d-\d{1,2}-\d{1,2}) \d{1,2}:\d{2}(?::\d{2})?|"
                         # (时间:2024-07-09 06:45:11 来源: 某网 作者:… 阅读:9824: the row opens with the time, a source after)
                         r"^时间\s*[:：]\s*(?P<first>(?:19|20)\d\d-\d{1,2}-\d{1,2}) \d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|作者)\s*[:：]")


def _fits(key: str, value: str) -> bool:
    """Whether a value has the shape of what its label names; an empty cell must not take the
    next cell's label or value (文号 | 成文日期 | 2024年…)."""
    if any(value.startswith(lb) for lb in _GLUED_LABELS) or len(value) > 200:
        return False
    if key == "number":
        return bool(DOCNUM_RE.search(value) or ISSUANCE_RE.search(value) or re.search(r"第\S{1,6}号$", value))
    if key in ("signed", "published"):
        return parse_date(value) is not None
    if key == "issuer":
        return not re.search(r"\d{4}", value) and not DOCNUM_RE.search(value)
    return True


#: Chinese characters of a page's article under which a container named like one holds no article
_ARTICLE_TEXT = 20


def _article(root):
    candidates = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if any(h in ident for h in _BODY_HINTS) and not _NOISE.search(ident):
            candidates.append(el)
    best, best_len = None, 0
    for el in candidates or root.xpath("//body"):
        n = _own_text_size(el)
        # prefer the innermost container that still holds most of the text
        if n > best_len * 1.2 or (best is not None and n >= best_len * 0.9 and _contains(best, el)):
            best, best_len = el, n
    if candidates and best_len < _ARTICLE_TEXT:
        # (a class that only looks like a container's, arti_views, entry: no container holds the text, the body does)
        return next(iter(root.xpath("//body")), best)
    return _around_attachment(best)


#: a container that holds an attachment or its preview (<pre class="preview">, <div class="attach">, fujian, annex):
#: part of an article, never the article
_ATTACHMENT_BOX = re.compile(r"preview|attach|fujian|annex|appendix", re.I)
#: the fewest Chinese characters a container must add to an attachment's box to be the article around it
_AROUND_ATTACHMENT_HAN = 20


def _around_attachment(best):
    """The article around a container that is an attachment's preview (a page that reads its ``.doc`` into
    ``<pre class="preview">`` under the cover letter): the nearest container above the attachment's boxes that adds the
    notice's own text (its number, its addressees, its letter); the container itself where none does."""
    if best is None or not _ATTACHMENT_BOX.search(f"{best.get('class', '')} {best.get('id', '')}"):
        return best
    box = best
    while box.getparent() is not None and _ATTACHMENT_BOX.search(
            f"{box.getparent().get('class', '')} {box.getparent().get('id', '')}"):
        box = box.getparent()
    outer = box.getparent()
    if outer is None or outer.tag == "html" or _own_text_size(outer) - _own_text_size(best) < _AROUND_ATTACHMENT_HAN:
        return best
    return outer


#: the number in brackets on its own line beside the article, its issuer's code short ((某政办发〔2009〕47号); a wiki's
#: note in brackets, (重定向自某办〔2008〕56号), is no number of the page's)
_BRACKETED_NUMBER = re.compile(r"[(（\[【](?P<number>[\u4e00-\u9fff]{1,6}[〔\[(（]\d{4}[〕\])）]第?\d{1,4}[号號])[)）\]】]")
#: a page's posting line beside the article (阅读次数:- 信息来源: 某厅 发布时间:2012-09-07)
_POSTED_BESIDE = re.compile(rf"(?:发布时间|发布日期|发表时间)[:：]\s*(?P<day>{ISO_DAY})")


def _head_beside(body) -> tuple[str, str]:
    """What an article page prints between its <h1> and the text's own container, as siblings before it: the
    notice's number on a line of its own (<p class="wh">某发〔2012〕118号</p>, in brackets or not) and the day the page posted it
    (发布时间:2012-09-07): the number stays the notice's, the day its ``published``."""
    number = posted = ""
    for el in list(body.itersiblings(preceding=True))[:4]:
        if not isinstance(el.tag, str):
            continue
        flat = squash(_text_of(el))
        bare = _BRACKETED_NUMBER.fullmatch(flat)  # (（某政办发〔2009〕47号）: the number in brackets)
        bare = bare["number"] if bare else flat
        if not number and len(bare) <= 30 and DOCNUM_RE.fullmatch(bare):
            number = bare
        opening = DOCNUM_RE.match(flat) if not number and len(flat) <= 60 else None
        dated = re.match(ISO_DAY, flat[opening.end():]) if opening else None
        if dated:  # 某政〔2025〕3号　2025-02-21 10:05　阅读 1.2万: the number opens the page's posting line
            number, posted = opening.group(0), posted or dated.group(0)
        m = _POSTED_BESIDE.search(flat) if len(flat) <= 120 else None
        if m and not posted:
            posted = m["day"]
    return number, posted


def _own_text_size(el) -> int:
    """Chinese characters of an element that are not link text (sidebars are lists of links)."""
    total = len(re.findall(r"[\u4e00-\u9fff]", _text_of(el)))
    links = sum(len(re.findall(r"[\u4e00-\u9fff]", a.text_content())) for a in el.iter("a"))
    return total - links


def _contains(outer, inner) -> bool:
    return any(a is outer for a in inner.iterancestors())


#: a hyphen a page's <title> prints between a column's label and the page's title, no space around it
#: (法规内容-某院某某办法, 通知公告-正文)
_LABEL_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff)）])[-－](?=[\u4e00-\u9fff])")
#: the longest column label a page's <title> joins to its title by a bare hyphen
_COLUMN_LABEL_MAX = 6


def _without_column_labels(title: str) -> str:
    """A page's title without the column labels its <title> joins to it by a bare hyphen (法规内容-某某办法 -> 某某办法;
    通知公告-正文, two labels, no title at all)."""
    parts = _LABEL_HYPHEN.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if len(p) > _COLUMN_LABEL_MAX or "关于" in p]
    return "-".join(kept)


def _heading(root) -> str:
    """The notice's title as the page prints it: a heading that reads like a notice title
    (关于…的通知, …办法) wins over site banners in <h1> and the <title> tag."""
    found = []
    for xp in ("//h1", "//h2", "//h3", "//*[contains(@class,'title')]", "//title"):
        for el in root.xpath(xp):
            pieces = [t.strip() for t in _TITLE_SEPARATOR.split(el.text_content().strip())]
            if len(pieces) > 1 and _SITE_NAME.search(pieces[0]):
                pieces = pieces[1:]  # 某某网 -- 某厅关于…的通知: the site's name put before the page's title
            t = _without_column_labels(pieces[0])
            if len(t) >= 6 and not re.search(r"(门户网站|网站|门户|政府网|首页)$", t) and not _BODY_BANNER.match(t):
                found.append(t)
    titled = [t for t in found if "关于" in t or re.search(r"(通知|决定|意见|办法|方案|规定|计划|通报|公告|批复)$", t)]
    return (titled or found or [""])[0]
def _cell_text(td) -> str:
    """A cell's text, its lines (<p>, <br>) joined as text.join_cell_lines joins them."""
    return join_cell_lines(_text_of(td).split("\n"))


def _is_info_table(table) -> bool:
    """A page's info table (索引号 / 发文字号 / 发布日期 …), not part of the notice."""
    labels = {squash(td.text_content()).rstrip(":：").strip("[]【】") for td in table.iter("td", "th")}
    return len(labels & set(_INFO_LABELS) | labels & {"索引号", "主题分类", "有效性", "公开方式", "生成日期"}) >= 2


def _fill_carried(cells: list[str], carry: dict[int, tuple[int, str]], col: int) -> int:
    """Append the row-spanning cells that cover ``col`` onwards; return the next free column."""
    while col in carry:
        left, text = carry[col]
        cells.append(text)
        if left - 1 <= 0:
            del carry[col]
        else:
            carry[col] = (left - 1, text)
        col += 1
    return col


def _table_text(table) -> str:
    """A table as lines of tab-separated cells, with row-spanning cells repeated in
    every row they cover (``<td rowspan="3">副组长</td>``)."""
    out: list[str] = []
    carry: dict[int, tuple[int, str]] = {}  # column -> (rows left, text)
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        cells: list[str] = []
        col = 0
        for td in tr.xpath("./td|./th"):
            col = _fill_carried(cells, carry, col)
            text = _cell_text(td)
            span = min(_span(td, "rowspan"), _MAX_ROWSPAN)
            if span > 1:
                carry[col] = (span - 1, text)
            cells.append(text)
            col += 1
            for _ in range(min(_span(td, "colspan"), _MAX_COLSPAN) - 1):
                cells.append("")
                col += 1
        _fill_carried(cells, carry, col)
        out.append("\t".join(cells))
    return "\n".join(out)


def _is_layout_table(table) -> bool:
    """A table that lays out the page (a row for the breadcrumb, one for the title, one holding the whole text), not
    one of data: one cell to every row, or a cell holding a table of its own. Its cells are blocks, the lines inside
    them (<br>, <p>) the text's lines, not a cell's list."""
    rows = table.xpath("./tr|./tbody/tr")
    if rows and all(len(tr.xpath("./td|./th")) <= 1 for tr in rows):
        return True
    if rows and all(len(tr.xpath("./td|./th")) <= 2 for tr in rows) and any(
            _holds_text(td) for tr in rows for td in tr.xpath("./td|./th")):
        return True  # (an entry's rows of a label and its value, one value the whole text: 释义 | <p>…</p><p>…</p>)
    return bool(table.xpath("./tr/td[.//table]|./tbody/tr/td[.//table]"))


#: a sentence's end: a cell that holds several is a text, not a list of bodies or a task's words
_SENTENCE_END = re.compile(r"[。！？]")


def _holds_text(td) -> bool:
    """Whether a cell holds a text of its own: several paragraphs (<p>, <br>) and sentences, long (a notice's body
    in the value cell of a two-column entry table), not a task table's cell."""
    content = td.text_content()
    return len(td.xpath(".//p|.//br|.//div")) >= 3 and len(_SENTENCE_END.findall(content)) >= 3 \
        and len(re.findall(r"[\u4e00-\u9fff]", content)) >= 200


def _span(td, attribute: str) -> int:
    """A cell's rowspan or colspan as browsers read it (leading digits; 1 when absent or bad)."""
    m = re.match(r"\s*(\d{1,9})", td.get(attribute, "") or "")
    return int(m.group(1)) if m and int(m.group(1)) > 0 else 1


def _text_of(el) -> str:
    """Text with line breaks at block elements and tabs between table cells."""
    parts: list[str] = []
    whole: list[int] = []  # (the Han characters under ``el``, counted once, when a container named as furniture is met)

    def holds_the_text(node) -> bool:
        """A container named like furniture (<div class="kwlist">) that holds most of the page's text, sentences
        among it: a keyword page's one item, the notice itself, not a list of links."""
        if not whole:
            whole.append(han_count(el.text_content()))
        own = node.text_content()
        return han_count(own) * 2 > whole[0] and "。" in own

    def walk(node) -> None:
        if not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        ident = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in {"nav", "aside", "header", "footer"} or (ident.strip() and _NOISE.search(ident)
                                                              and node is not el and not holds_the_text(node)):
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag == "table" and _is_info_table(node):
            if node.tail:
                parts.append(node.tail)
            return  # the page's info table is metadata, read by _info_table
        if _is_text_layer(node):
            parts.append("\n" + _text_layer_text(node) + "\n")
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag == "table" and _is_layout_table(node):
            blocks.update(node.xpath("./tr/td|./tr/th|./tbody/tr/td|./tbody/tr/th"))
        elif node.tag == "table":
            parts.append("\n" + _table_text(node) + "\n")
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag in _BLOCK or node in blocks:
            parts.append("\n")
        if node.tag in {"td", "th"} and node not in blocks:
            parts.append("\t")
        start = len(parts)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if _ATTACHMENT_BOX.search(ident):  # (an attachment read raw: its binary's lines are no text)
            parts[start:] = [_without_binary_junk("".join(parts[start:]))]
        if node.tag in _BLOCK or node in blocks:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    blocks: set = set()  # the cells of tables that lay out the page: blocks of text, no data cells
    walk(el)
    text = "".join(parts)
    # collapse blank lines and indentation, but keep tabs: an empty first cell of a table row is data
    return re.sub(r"(?<! ) *\n[ \n]*", "\n", text)  # a run of spaces is tried from its start only


#: a PDF viewer's text layer (pdf.js: <div class="textLayer">), its words in spans placed on the page
_TEXT_LAYER = re.compile(r"(?:^|\s)(?:textLayer|text-layer|textlayer)(?:\s|$)")
#: a placed span's offsets in its style: left: 96.00px; top: 120.00px
_OFFSET = re.compile(r"(?P<side>left|top)\s*:\s*(?P<px>-?\d+(?:\.\d+)?)px")
#: how far apart (px) two spans' tops may be and stand on one line
_SAME_LINE_PX = 3.0


def _is_text_layer(node) -> bool:
    return node.tag == "div" and bool(_TEXT_LAYER.search(node.get("class", "") or ""))


def _offsets(span) -> tuple[float, float] | None:
    """A placed span's (top, left), from its style; None where it names neither."""
    found = {m["side"]: float(m["px"]) for m in _OFFSET.finditer(span.get("style", "") or "")}
    return (found["top"], found["left"]) if len(found) == 2 else None


def _text_layer_text(layer) -> str:
    """A PDF viewer's text layer as its lines: the spans placed at one height (``top``) one line, left to right, each
    span's words as they are (the spaces it holds its own; the line breaks between the tags are no text), a name or a
    post the PDF cut between spans (吴 / 黛蓉, 县委副书记、县 / 长) joined again. Spans placed nowhere keep their order,
    a ``<br>`` a line's end."""
    spans = [el for el in layer.iter("span", "div") if el is not layer and len(el) == 0 and (el.text or "").strip()]
    placed = [(_offsets(el), el.text) for el in spans]
    if not placed or any(at is None for at, _ in placed):
        return "".join("\n" if el.tag == "br" else el.text or "" for el in layer.iter() if el is not layer
                       and (el.tag == "br" or (len(el) == 0 and el.tag in ("span", "div"))))
    lines: list[tuple[float, list[tuple[float, str]]]] = []
    for (top, left), words in sorted(placed, key=lambda p: p[0]):
        if lines and top - lines[-1][0] <= _SAME_LINE_PX:
            lines[-1][1].append((left, words))
        else:
            lines.append((top, [(left, words)]))
    return _rejoin_wrapped(["".join(w for _, w in sorted(cells)) for _, cells in lines])


#: a line of prose (a comma or a sentence's end inside it) that does not end its sentence: 储奕平同志兼任办
_OPEN_PROSE = re.compile(r"[，,。；][^\n]*[^。；：:！？!?\s]$")
#: how full a prose line must be, against the layer's longest, to have run on to the margin
_FULL_LINE = 0.85


def _rejoin_wrapped(lines: list[str]) -> str:
    """A text layer's lines with a paragraph's wrapped lines joined again: a prose line as long as the longest of
    the layer (it reached the margin) and its sentence open runs on into the next (…兼任办 / 公室主任，…); a list's
    rows, a heading and a short last line stay lines."""
    longest = max((len(ln.strip()) for ln in lines), default=0)
    out: list[str] = []
    for line in lines:
        if out and _OPEN_PROSE.search(out[-1]) and len(out[-1].strip()) >= _FULL_LINE * longest and line.strip():
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


#: what a Word file read raw as text prints around its words: the format's signature (bjbj), its style runs
#: (CJ OJ QJ aJ), its summary's program names (Microsoft Office Word, WPS Office, Normal.dot)
_WORD_BINARY = re.compile(r"bjbj|\b(?:CJ|OJ|QJ|aJ)\b.*\b(?:CJ|OJ|QJ|aJ)\b|Microsoft Office Word|WPS Office|Normal\.dot")
#: a character that is neither a word's nor a number's (a binary's bytes read as text: ( ( ( \ \ $ ?)
_SYMBOL = re.compile(r"[^\w\s]")
#: two Chinese characters in a row: a line of words
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2}")


def _binary_line(line: str) -> bool:
    """A line of an attachment read raw that is its file's bytes, not its words: it carries a Word file's marks, or
    holds no two Chinese characters in a row and a third of its characters or more are symbols (( ( (  4 \\ \\ \\)."""
    bare = re.sub(r"\s", "", line)
    if not bare:
        return False
    if _WORD_BINARY.search(line):
        return True
    return not _HAN_RUN.search(bare) and len(bare) >= 4 and len(_SYMBOL.findall(bare)) * 3 >= len(bare)


def _without_binary_junk(text: str) -> str:
    """An attachment's text without the lines of its file's bytes (a ``.doc`` a page read raw into its preview)."""
    return "\n".join(ln for ln in text.split("\n") if not _binary_line(ln))
