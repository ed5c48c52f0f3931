"""JSON input: JSON Lines (one notice a line) and JSON documents (a list of records, or an API's answer
that holds one: ``{"data": {"list": [...]}}``, a search engine's hits whose fields sit one level down:
``{"hits": {"hits": [{"_id": …, "_source": {…}}]}}``). A record has the notice's ``text`` (or ``content``,
``body``: the names APIs and scrapers give it, HTML allowed), optional ``title``, ``url``, ``published``.
A crawl may call its fields anything (``txt``, ``ptime``, ``bodyText``…): a field whose name is not known is
read by the shape of its value — a URL is the link, a date the publication date, the long text with line
breaks or HTML the body, a short line that reads like a title the title. A body kept as a list of strings (a
crawl that stored the page's paragraphs, ``"paragraphs": ["…", "…"]``) is its paragraphs, one a line.
A crawl exported as CSV (a header row of field names, one record a row, the body a quoted field over lines) is read
the same way, each row a record, and a YAML export as the JSON document it maps to."""
from __future__ import annotations

import csv
import datetime
import io
import json
import re
from typing import Iterable, Iterator

import yaml

from ..errors import InputError, InputWarning
from ..notice import RawNotice
from ..text import DOCNUM_RE, han_count, join_cell_lines, parse_date, squash

_FIELDS = ("title", "url", "published")
#: the names a record gives its fields besides ours (a CMS's API, a scraper's output), in order of preference
_ALIASES = {"text": ("text", "content", "body", "article", "html", "detail", "contentHtml", "htmlContent", "txt",
                     "bodyText", "body_text", "contentText", "content_text", "正文", "内容"),
            "title": ("title", "name", "headline", "heading", "subject", "标题"),
            "url": ("url", "link", "href", "source_url", "sourceUrl", "pageUrl", "page_url"),
            "published": ("published", "publishDate", "publish_date", "pubDate", "pub_date", "releaseDate", "date",
                          "time", "ptime", "pubtime", "publishTime", "publish_time", "releaseTime", "release_time",
                          "发布日期", "发布时间")}
#: a value that is a link and nothing else: http(s)://…, //host/…, www.…
_URL_VALUE = re.compile(r"(?:(?:https?:)?//|www\.)[^\s/]+\S*", re.I)
#: a value that is a date and nothing else, with or without its time: 2016-03-21 15:32:08, 2022/03/10 16:20,
#: 2024年5月8日, 2023-06-14T08:00:00+08:00
_DATE_VALUE = re.compile(r"(?:19|20)\d\d(?:[-/.]|年)\d{1,2}(?:[-/.]|月)\d{1,2}日?"
                         r"(?:(?:T| +)\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?")
#: a tag of HTML in a value: the body a crawl kept as the page's markup
_HTML_TAG = re.compile(r"<[a-zA-Z][^<>]{0,200}>")
#: a short line that reads like a notice's title: it names its subject (关于…) or ends with its kind
_TITLE_VALUE = re.compile(r"关于|(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|函|规定|细则|规则|名单|报告|纪要|命令|令)"
                          r"[。.]?$")
#: a mark inside a sentence or between sentences, never inside a title
_SENTENCE_MARK = re.compile(r"[。；;！!？?]")
#: a short line that is the site's or its column's name, not a title: 某某网, 政务公开, 人事信息, 某市人民政府
_SITE_VALUE = re.compile(r"(?:网|网站|门户|平台|频道|栏目|专栏|动态|信息|公开|文件|政府)$")
#: the notice's number and issuing body, where a record keeps them in fields of their own (the page's info table)
_META_ALIASES = {"number": ("number", "docNo", "doc_no", "docNum", "fileNo", "file_no", "fileNum", "wenhao", "文号", "发文字号",
                            "文件编号"),
                 "issuer": ("issuer", "issueOrg", "issue_org", "publisher", "department", "dept", "organ", "org",
                            "发文机关", "发布机构", "发文单位")}
#: a body's name and nothing else (no sentence, no column name): 某市人民政府办公室, 某某局
_BODY_VALUE = re.compile(r"[\u4e00-\u9fff（）()]{3,40}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|常委会|局|厅|委|署|院|办事处)")
#: every field name we read under a name (the rest are read by the shape of their values)
_KNOWN = frozenset(k for names in (*_ALIASES.values(), *_META_ALIASES.values()) for k in names)
_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def read_jsonl(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """One notice per line; a file with no notice record at all is one error, not one per line."""
    items = list(_read_lines(text, source))
    if not any(isinstance(i, RawNotice) for i in items):
        yield InputError(source, "holds no notice records (JSON Lines whose records hold a notice's text: a 'text' "
                                 "field, or a long value with line breaks or HTML)")
        return
    yield from items


def _meta_fields(record: dict) -> dict:
    """The notice's number and issuing body where the record keeps them in fields of their own: under a name
    we know (``fileNo``, ``issueOrg``, ``发文字号``…), else a short value that is a 文号 whole, or a body's name
    whole, in a field whose name we do not know (a 文号 looks like a 文号 whatever its label)."""
    out = {}
    for key, names in _META_ALIASES.items():
        value = next((record[k] for k in names if isinstance(record.get(k), str) and record[k].strip()), None)
        if value is not None:
            out[key] = value.strip()
    for k, v in record.items():
        if k in _KNOWN or not isinstance(v, str) or not v.strip() or len(v.strip()) > 60:
            continue
        value = squash(v)
        if "number" not in out and DOCNUM_RE.fullmatch(value):
            out["number"] = value
        elif "issuer" not in out and _BODY_VALUE.fullmatch(value):
            out["issuer"] = value
    return out


def _kind(value) -> str:
    return _KINDS.get(type(value), type(value).__name__)


def _reason(exc: json.JSONDecodeError | RecursionError) -> str:
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"


def _read_lines(text: str, source: str) -> Iterator[RawNotice | InputError]:
    def records() -> Iterator[tuple[str, dict] | InputError]:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield InputError(source, f"line {lineno} is not JSON ({_reason(exc)}); skipped it")
                continue
            if not isinstance(record, dict):
                yield InputError(source, f"line {lineno} is {_kind(record)}, not a notice record "
                                         "(an object with a 'text' field); skipped it")
                continue
            found = records_in(record)  # (a search engine's hit keeps the record under ``_source``)
            yield from ((f"line {lineno}", r) for r in found or [record])
    yield from notices_of(records(), source)


def read_csv(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """A crawl's CSV export: a header row of field names, then one record a row (``id,title,url,pub_date,content``,
    the body a quoted field that runs over lines)."""
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))  # (a notice's body is longer than csv's 128k)
    try:
        table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as exc:
        yield InputError(source, f"is not CSV ({exc})")
        return
    header = table[0] if table else []
    # (as csv.DictReader reads it: a blank row skipped, a short row's missing fields None, a long row's extra cells left)
    records = [{name: row[i] if i < len(row) else None for i, name in enumerate(header)} for row in table[1:] if row]
    pairs = _field_rows(table)
    if pairs:  # (字段,内容 / 标题,… / 正文,…: one record exported a field a row)
        records = [pairs]
    if not any(_field(r, "text") for r in records):
        yield InputError(source, "holds no notice records (a column of notice texts: 'text', 'content', or a long "
                                 "value with line breaks or HTML)")
        return
    yield from notices_of(((f"row {k}", record) for k, record in enumerate(records, 2)), source)


def _field_rows(rows: list[list[str]]) -> dict | None:
    """A CSV export of one record a field a row (a header of two columns, 字段,内容 / field,value; the fields' names in
    the first column, the notice's title and text among them): that record, else None. What the export prints
    after the fields (an attachment's heading, its table a row a line, the export's own note) goes on after the text,
    each row's cells parted by tabs."""
    if not rows or len(rows[0]) != 2:
        return None
    names = {row[0].strip() for row in rows[1:] if len(row) == 2}
    if not names & set(_ALIASES["title"]) or not names & set(_ALIASES["text"]):
        return None  # (a table of two columns, title,content, a record a row: no fields' names down its first column)
    record: dict[str, str] = {}
    k = 1
    while k < len(rows) and len(rows[k]) == 2 and rows[k][0].strip():
        record.setdefault(rows[k][0].strip(), rows[k][1])
        k += 1
    text = next((key for key in _ALIASES["text"] if key in record), None)
    if text is None:
        return None
    rest = ["\t".join(c.strip() for c in row) for row in rows[k:] if any(c.strip() for c in row)]
    if rest:
        record[text] = record[text].rstrip() + "\n\n" + "\n".join(rest)
    return record


def read_json(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """A JSON document: a list of notice records, one record, or an object that holds a list of them
    (an API's answer: the first list of objects with a text field, searched breadth first)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield InputError(source, f"is not JSON ({_reason(exc)})")
        return
    yield from _document_records(data, source)


def _document_records(data, source: str) -> Iterator[RawNotice | InputError]:
    """The notices of a parsed document (JSON, YAML): its records, numbered; an error where it holds none."""
    records = records_in(data)
    if not records:
        yield InputError(source, "holds no notice records (objects with a 'text', 'content' or 'body' field, or a "
                                 "long value with line breaks or HTML)")
        return
    yield from notices_of(((f"record {k}", record) for k, record in enumerate(records, 1)), source)


def read_yaml(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """A YAML export of a listing or a crawl (``items: [{title: …, body: |- …}]``): read as the JSON document it
    maps to. Dates YAML reads as dates are their ISO text again."""
    try:
        data = _iso_dates(yaml.safe_load(text.lstrip("\ufeff")))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        yield InputError(source, f"is not YAML{where} ({getattr(exc, 'problem', None) or exc})")
        return
    yield from _document_records(data, source)


def _iso_dates(value):
    """A loaded YAML value with its dates and times written as ISO text (2020-04-09, 2020-04-09T09:12:00)."""
    if isinstance(value, dict):
        return {str(k): _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def notices_of(records: Iterable[tuple[str, dict] | InputError], source: str) -> Iterator[RawNotice | InputError]:
    """The notices of ``(where, record)`` pairs, numbered in their file, each with its warnings before it; an
    error met on the way passes through."""
    index = 0
    for item in records:
        if isinstance(item, InputError):
            yield item
            continue
        where, record = item
        for out in _one_record(_aliased(record), source, where, index):
            index += isinstance(out, RawNotice)  # (a record gives at most one notice)
            yield out


def records_in(data) -> list[dict]:
    """The notice records a JSON value holds: itself, its items, or the first list of records under it."""
    queue = [data]
    for _ in range(200):
        if not queue:
            break
        value = queue.pop(0)
        if isinstance(value, dict) and _field(value, "text") is not None:
            # (a record that keeps its body in an object of its own, {"meta": {"src": …}, "payload": {"body_lines":
            # …}}, is the whole record: its other objects hold its fields)
            return [data if isinstance(data, dict) and any(value is v for v in data.values()) else value]
        if isinstance(value, list):
            found = [r for r in map(_wrapped, value) if r is not None]
            if found:
                return found
            queue += [v for v in value if isinstance(v, (dict, list))][:50]
        elif isinstance(value, dict):
            queue += [v for v in value.values() if isinstance(v, (dict, list))]
    return []


def _wrapped(value) -> dict | None:
    """The notice record an item of a list is, or holds one level down (a search engine's hit,
    ``{"_id": …, "_score": …, "_source": {…}}``); ``None`` for an item that is neither."""
    if not isinstance(value, dict):
        return None
    if _field(value, "text") is not None:
        return value
    return next((v for v in value.values() if isinstance(v, dict) and _field(v, "text") is not None), None)


def _field(record: dict, name: str):
    """The record's value for one of our fields, under its name or an alias, else (for the text) the value
    that has a body's shape."""
    value = _named(record, name)
    if value is None and name == "text":
        value = _shaped(record).get("text")
    return value


def _named(record: dict, name: str):
    """The record's value for one of our fields, under its name or an alias (the text a list of paragraphs
    gives, for the text)."""
    value = next((record[k] for k in _ALIASES[name] if record.get(k) not in (None, "", [])), None)
    return _paragraphs(value) if name == "text" else value


def _paragraphs(value):
    """A list of strings as the text its paragraphs make, one a line (a crawl that kept the body's ``<p>``s
    as a list), or a list of the body's parts as objects (``{"kind": "text", "value": "…"}``, a table's
    ``{"kind": "table", "records": [{"序号": "1", …}]}``) as the text they make in order; any other value as it is."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n".join(v.rstrip() for v in value if v.strip())
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) and _body_parts(value):
        parts = [_part_text(v) for v in value if not _furniture_part(v)]
        if sum(1 for p in parts if p) * 2 > len(parts):  # (most of them say something: not a list of tags or links)
            return "\n".join(p for p in parts if p)
    return value


#: the names a body's part gives its kind: {"type": "text", …}, {"kind": "heading", …}
_PART_KIND_KEYS = ("type", "kind", "block_type", "blockType", "category")
#: a body's part that is the feed's furniture, not the notice's: an ad, a fold marker, a card of related reads
#: ({"type": "ad", "label": "广告", …}, {"type": "fold", "label": "展开全文"}, {"kind": "recommend", …})
_FURNITURE_KIND = re.compile(r"^(?:ads?|advert\w*|promo\w*|sponsor\w*|banner|fold|more|collapse|expand|recommend\w*|"
                             r"related|share|广告|推广|展开|收起|推荐|相关)$", re.I)
#: a part's label that marks it the site's: 广告, 推广, 展开全文, 查看全文
_FURNITURE_LABEL = re.compile(r"^(?:广告|推广|赞助|展开全文|查看全文|阅读全文|展开|收起)$")


def _part_kind(part: dict) -> str | None:
    """The kind a body's part names for itself (``text``, ``heading``, ``table``, ``ad``), else None."""
    return next((part[k] for k in _PART_KIND_KEYS if isinstance(part.get(k), str) and len(part[k]) <= 20), None)


def _furniture_part(part: dict) -> bool:
    """A part of a feed's body that is the app's, not the notice's: an ad block, a fold marker (展开全文)."""
    kind = _part_kind(part)
    label = next((part[k] for k in ("label", "tag", "标签") if isinstance(part.get(k), str)), "")
    return bool(kind and _FURNITURE_KIND.match(kind.strip())) or bool(_FURNITURE_LABEL.match(label.strip()))


def _body_parts(value: list[dict]) -> bool:
    """A list of objects is a body's parts, not a list of notice records: none names a title or a link but the
    feed's furniture (an ad block and its link) and its media (``{"type": "image", "url": …}``)."""
    return not any(_named(v, "title") or _named(v, "url") for v in value
                   if not _furniture_part(v) and not _MEDIA_KIND.match((_part_kind(v) or "").strip()))


#: a body's part that shows a picture or a film: its link is the file's, no notice's
_MEDIA_KIND = re.compile(r"^(?:image|img|picture|photo|video|audio|media|图片|视频)$", re.I)


#: the names a body's part gives the words it holds
_PART_TEXT = ("value", "text", "content", "para", "paragraph", "段落", "内容")


def _part_text(part: dict) -> str:
    """One part of a body kept as an object: its words (a caption first), or its table as lines of cells."""
    words = next((part[k] for k in _PART_TEXT if isinstance(part.get(k), str) and part[k].strip()), "")
    tables = [t for v in part.values() for t in _tables(v)]
    caption = next((part[k] for k in ("caption", "title", "标题") if isinstance(part.get(k), str)), "") if tables else ""
    lines = [ln for ln in (caption, words.rstrip()) if ln.strip()]
    lines += [_table_lines(table) for table in tables]
    return "\n".join(lines)


def _nested(record: dict) -> dict:
    """A record that keeps its fields in objects of their own (``{"crawl": {"url": …}, "meta": {"文号": …},
    "article": {"title": …, "body_html": …}}``) with those fields at its top (the record's own win), and a body
    kept as an object read as its text: the body field inside it (``body_html``), else its words in order (``"正文":
    {"段落": [...], "落款": {"机关": …, "日期": …}}``: the paragraphs, then the signature's lines)."""
    out = dict(record)
    for key, value in record.items():
        if not isinstance(value, dict):
            continue
        inner = _nested(value)
        if key in _ALIASES["text"] and _named(inner, "text") is None and not _html_field(inner):
            out[key] = _words(inner) or value  # (a body of paragraphs and a signature, no body field of its own; an
            continue  # object of no words stays one: the record's error names it)
        if key in _ALIASES["text"]:
            del out[key]  # (an article object: its fields, its body among them, come up)
        for k, v in inner.items():
            out.setdefault(k, v)
    return out


def _html_field(record: dict) -> bool:
    """The object holds a field of markup (``body_html``: an article's body)."""
    return any(isinstance(v, str) and _HTML_TAG.search(v) for v in record.values())


def _words(value) -> str:
    """The words an object or a list holds, in order, one string a line."""
    if isinstance(value, str):
        return value.strip()
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return "\n".join(w for w in (_words(v) for v in items) if w)


def _aliased(record: dict) -> dict:
    """The record with our names for its fields, taken from their aliases (content, body, link, pubDate, …),
    and for a field no known name gives, from the value that has its shape. Tables a crawl kept apart from the
    paragraphs (rows of cells) are part of the text; fields kept in objects of their own are read as the record's."""
    record = _nested(record)
    shaped = None
    for name in ("text", "title", "url", "published"):
        value = _named(record, name)
        if value is None:
            shaped = _shaped(record) if shaped is None else shaped
            value = shaped.get(name)
        if value is not None:
            record[name] = value
    tables = [t for v in record.values() for t in _tables(v, keyed=_headed_like_a_table(v))]
    if tables and isinstance(record.get("text"), str):
        record["text"] = _with_tables(record["text"], tables)
    attached = _attached_texts(record)
    if attached and isinstance(record.get("text"), str):
        body = squash(record["text"])  # (an attachment the body prints already is not printed twice)
        record["text"] = "\n".join([record["text"], *(a for a in attached if squash(a)[:200] not in body)])
    return record


#: a field that keeps the texts of a notice's attachments apart from its body (attachment_text, attachmentsText, 附件内容)
_ATTACHED_KEY = re.compile(r"attach|annex|appendix|附件", re.I)


def _attached_texts(record: dict) -> list[str]:
    """The texts of the notice's attachments a crawl kept in a field of their own (``"attachment_text": ["附件1\\n某某
    名单\\n组  长：…", …]``), in order: each a text of its own words (not a link or a file's name), printed after the body
    as the notice prints them after its signature."""
    out = []
    for key, value in record.items():
        if key in _KNOWN or not isinstance(key, str) or not _ATTACHED_KEY.search(key):
            continue
        for item in [value] if isinstance(value, (str, dict)) else value if isinstance(value, list) else ():
            text = _attachment_words(item)
            if isinstance(text, str) and han_count(text) >= 20 and not _URL_VALUE.fullmatch(text.strip()):
                out.append(_unspaced_cells(text.strip()))
    return out


def _attachment_words(item):
    """An attachment's words: the string itself, or an attachment object's converted text (``{"name": "名单.docx",
    "converter": "docx2txt", "text": "…"}``: its ``text``, ``content``…, never its file's name)."""
    if isinstance(item, dict):
        return next((item[k] for k in (*_PART_TEXT, "body", "body_text", "fulltext", "full_text")
                     if isinstance(item.get(k), str) and item[k].strip()), None)
    return item


#: the end of a table's row in a converter's text (docx2txt): two blank lines or more after its last cell
_ROW_END = re.compile(r"\n(?:[ \t\u3000]*\n){2,}")
#: the end of a paragraph or a cell in it: one blank line
_CELL_END = re.compile(r"\n[ \t\u3000]*\n")
#: the most characters of a table's cell, and the fewest cells of a row read as one
_CELL_CHARS, _ROW_CELLS = 40, 3


def _unspaced_cells(text: str) -> str:
    """A converted attachment whose every line stands between blank lines (docx2txt prints each paragraph and cell so,
    one blank line after a cell, two or more after a row's last) read as lines: a row of three short cells or more
    (专班长 / 彭　远舟 / 市应急管理局局长) one line of tab-separated cells, as an HTML page's table reads, any other
    paragraph a line of its own (the heading, a sentence); a text not spaced so as it is."""
    lines = text.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 6 or len(lines) - len(filled) < len(filled) - 1:
        return text  # (a text of paragraphs not every one set off by a blank line)
    out = []
    for block in _ROW_END.split(text.strip()):
        cells = [c.strip("\n") for c in _CELL_END.split(block) if c.strip()]
        if len(cells) >= _ROW_CELLS and all(len(c.strip()) <= _CELL_CHARS and not _SENTENCE_MARK.search(c)
                                            for c in cells):
            out.append("\t".join(c.strip() for c in cells))
        else:
            out += cells
    return "\n".join(out)


def _is_row(value) -> bool:
    return isinstance(value, list) and len(value) >= 2 and all(isinstance(c, (str, int, float)) for c in value)


#: the names a crawl gives a table object's row of column headings
_HEADER_KEYS = ("header", "headers", "columns", "thead", "head")


def _is_rows(value) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_row(row) for row in value)


def _table_object(table: dict) -> list[list]:
    """A table kept as an object (``{"caption": …, "header": ["序号", "任务", …], "rows": [["1", …], …]}``): its
    heading row, then its rows."""
    head = next((table[k] for k in _HEADER_KEYS if _is_row(table.get(k))), None)
    return [head, *table["rows"]] if head else table["rows"]


def _tables(value, keyed: bool = True) -> list[list[list]]:
    """The tables a field holds: a list of rows of cells (``[["序号", "任务", "责任单位"], ["1", …]]``), or a list of
    such tables, or of table objects (their heading row and rows), or a list of records keyed by the columns' headings (``[{"序号": "1", "任务": …}]``: the headings a
    row of their own, where ``keyed``: inside a part of the body, not a record's list of attachments); none for any
    other value."""
    if not isinstance(value, list) or not value:
        return []
    if all(isinstance(t, dict) and _is_rows(t.get("rows")) for t in value):
        return [_table_object(t) for t in value]
    if keyed and all(isinstance(r, dict) and r and all(isinstance(c, (str, int, float)) or c is None for c in r.values())
                     for r in value):
        heads = list(value[0])
        if len(heads) >= 2 and all(list(r) == heads for r in value):
            return [[heads] + [["" if r[h] is None else r[h] for h in heads] for r in value]]  # (an empty cell: ~, null)
        return []
    if all(_is_row(row) for row in value) and len(value) >= 2:
        return [value]
    if all(isinstance(t, list) and t and all(_is_row(row) for row in t) for t in value):
        return [t for t in value if len(t) >= 2]
    return []


#: a column heading of a table a record keeps as a list of rows keyed by their headings (任务, 责任单位, 牵头单位, 姓名…)
_TABLE_HEADING = re.compile(r"序号|任务|事项|措施|内容|单位|牵头|配合|责任|时限|时间|姓名|职务")


def _headed_like_a_table(value) -> bool:
    """A record's list of objects keyed by a table's column headings (``table: [{序号: 1, 任务: …, 责任单位: …}]``), not
    a list of attachments or links (``[{name: …, url: …}]``)."""
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict) \
        and sum(1 for k in value[0] if _TABLE_HEADING.search(str(k))) >= 2


def _table_lines(table: list[list]) -> str:
    """A table as lines of tab-separated cells, as an HTML page's table reads."""
    return "\n".join("\t".join(join_cell_lines(str(c).split("\n")) for c in row) for row in table)


#: a paragraph that points to the table under it: 重点任务详见下表, 见附表, 如下表所示
_POINTS_TO_TABLE = re.compile(r"(?:见|如)(?:下|附)表")


def _with_tables(text: str, tables: list[list[list]]) -> str:
    """The text with each table as lines of tab-separated cells (as an HTML page's table reads), put under the
    paragraph that points to it, or at the end."""
    rendered = [_table_lines(table) for table in tables]
    lines = text.split("\n")
    at = [k for k, ln in enumerate(lines) if _POINTS_TO_TABLE.search(ln)]
    if len(at) == len(rendered):
        for k, table in reversed(list(zip(at, rendered))):
            lines.insert(k + 1, table)
        return "\n".join(lines)
    return text.rstrip("\n") + "\n" + "\n".join(rendered)


#: a field the crawler filled about its own visit (crawl_ts, fetched_at, capture_time, 采集时间): no date of the page's
_CRAWL_KEY = re.compile(r"crawl|fetch|captur|scrap|抓取|采集", re.I)


def _shaped(record: dict) -> dict:
    """Our fields read from the shape of the values of fields whose names are not known: a URL, a date (with
    or without its time), the longest text with line breaks or HTML (or of 200 characters) as the body, and
    a short line that reads like a title (关于…, …的通知), else the longest short line of eight Chinese
    characters that is not the site's or its column's name."""
    values = [v.strip() for k, v in record.items() if k not in _KNOWN and isinstance(v, str) and v.strip()
              and not _CRAWL_KEY.search(k)]
    found: dict = {}
    for k, v in record.items():  # (a list of paragraphs is a body or nothing: a list of tags is no title)
        value = _paragraphs(v) if k not in _KNOWN and isinstance(v, list) else None
        if isinstance(value, str) and "\n" in value and han_count(value) >= 20 \
                and len(value) > len(found.get("text", "")):
            found["text"] = value
    lines = []
    for value in values:
        short = len(value) <= 60
        if len(value) <= 500 and _URL_VALUE.fullmatch(value):  # (a page's address is often longer than a title)
            found.setdefault("url", value)
        elif short and _DATE_VALUE.fullmatch(value) and parse_date(value):
            found.setdefault("published", value)
        elif ("\n" in value or _HTML_TAG.search(value) or len(value) >= 200) and han_count(value) >= 20:
            if len(value) > len(found.get("text", "")):
                found["text"] = value
        elif len(value) <= 200 and han_count(value) >= 4 and not _SENTENCE_MARK.search(value.rstrip("。.")):
            lines.append(value)  # (a summary's sentences are no title)
    titles = [v for v in lines if _TITLE_VALUE.search(v)] \
        or [v for v in lines if han_count(v) >= 8 and not _SITE_VALUE.search(v) and not _BODY_VALUE.fullmatch(squash(v))]
    if titles:
        found["title"] = max(titles, key=len)
    return found


def _one_record(record: dict, source: str, where: str, index: int) -> Iterator[RawNotice | InputError]:
    body = record.get("text")
    if body is not None and not isinstance(body, str):
        yield InputError(source, f"{where}: 'text' is {_kind(body)}, not a string; skipped it")
        return
    if not body or not body.strip():
        yield InputError(source, f"{where} has no 'text' field (nor a value with a notice's text); skipped it")
        return
    for key in _FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            yield InputWarning(source, f"{where}: '{key}' is {_kind(record[key])}, not a string; "
                                       "read the notice without it")
            del record[key]
    record = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in record.items()}
    if record["text"] != body:
        yield InputWarning(source, f"{where}: NUL characters removed from its text; the rest was read")
    meta = {k: record[k] for k in ("title", "url") if record.get(k)}
    if meta.get("title"):
        meta["title"] = re.sub(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*", "", meta["title"])  # (a title a cell wrapped over lines)
    meta.update(_meta_fields(record))
    if record.get("published"):
        meta["published"] = parse_date(record["published"]) or ""
    yield RawNotice(source=source, index=index, text=record["text"], meta=meta, part=True)
