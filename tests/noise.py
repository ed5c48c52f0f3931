"""Page noise put onto clean notices: does extraction give the same facts through it?

Real pages lose the project's facts to the noise around and inside a notice (issue 10):
page chrome, info tables, reposting bylines, lost line breaks, pushed signatures, `?`
for lost spaces, half-width punctuation, traditional script, whole HTML pages. Each
transform below puts one of these classes onto the plain-text notices of the
hand-written corpora, whose gold is known, so a drop in F1 under a transform is a
general fragility — not a string of one page. Each transform is deterministic (seeded
by the file's name).

    python tests/noise.py [CORPUS ...]            # a table: transform x type F1
    python tests/noise.py --show-errors 5 one_line  # what one transform loses, by file

Scoring converts the facts of the traditional-script copies back to simplified script
before comparing (values keep the script they are printed in; the gold is simplified).
"""
from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import random
import re
import sys
import tempfile
import unicodedata
import zlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import zhconv

from govkg.build import build
from govkg.evaluate import Report, read_jsonl, score
from govkg.export import fact_rows
from govkg.ingest import read_inputs
from govkg.notice import RawNotice
from govkg.store import Store

CORPUS = Path(__file__).resolve().parent / "corpus"
#: hand-written corpora of clean notices (the real-page corpora are noisy already)
CLEAN = ("personnel", "groups-plans", "mixed", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
         "holdout7", "holdout8", "holdout9")

#: the fields of a fact row compared after a traditional-script copy is read back
_TEXT_FIELDS = ("doc", "title", "issuer", "person", "agency", "group", "parent", "role", "task",
                "cited_title", "cited_number")


@dataclass(frozen=True)
class Clean:
    """One plain-text notice of a clean corpus and its document row as extracted."""

    corpus: str
    name: str
    text: str
    doc: dict
    #: the people its gold names (the transforms about names need them)
    persons: tuple[str, ...] = ()


def _rng(name: str, transform: str) -> random.Random:
    return random.Random(zlib.crc32(f"{transform}:{name}".encode()))


def _lines(text: str) -> list[str]:
    return text.split("\n")


# --- the transforms: (text, rng, document row) -> text ------------------------------------------

def one_line(text: str, rng: random.Random, doc: dict) -> str:
    """The page lost its line breaks: the whole notice is one line."""
    return "".join(line.strip() for line in _lines(text))


def one_line_spaced(text: str, rng: random.Random, doc: dict) -> str:
    """Line breaks turned into single spaces (a `<br>` read as a space)."""
    return " ".join(line.strip() for line in _lines(text) if line.strip())


_HEAD = ["{site}", "首页 > 政务公开 > 政府信息公开目录 > 政府文件", "当前位置：首页 > 信息公开 > 通知公告",
         "【字体：大 中 小】 【打印本页】 【关闭窗口】", "发布时间：{published}  浏览次数：{views}", "分享到："]
_TAIL = ["扫一扫在手机打开当前页", "【打印】 【关闭】", "上一篇：关于做好{year}年春节期间安全生产工作的通知",
         "下一篇：关于开展{year}年度全民健身活动的通知", "主办：{site}办公室  承办：{site}信息中心",
         "网站标识码：1506000001  备案号：蒙ICP备05001234号-1  公安机关备案号：15060202000123",
         "联系我们 | 网站地图 | 无障碍浏览"]


def _fill(line: str, rng: random.Random, doc: dict) -> str:
    issuer = doc.get("issuer") or "某市人民政府"
    signed = doc.get("signed") or "2024-01-01"
    return line.format(site=issuer.replace("办公室", "").replace("办公厅", "") + "门户网站", year=signed[:4],
                       published=signed, views=rng.randint(100, 9999))


def chrome(text: str, rng: random.Random, doc: dict) -> str:
    """A portal's page around the notice: site name, breadcrumb, font and print buttons,
    date and readers' counter above; share, QR, previous/next links and the footer below."""
    head = [_fill(line, rng, doc) for line in _HEAD if rng.random() < 0.8]
    tail = [_fill(line, rng, doc) for line in _TAIL if rng.random() < 0.8]
    return "\n".join(head + [text.strip()] + tail)


def _info(doc: dict, rng: random.Random) -> list[tuple[str, str]]:
    index = f"1150{rng.randint(1000, 9999)}MB{rng.randint(10000, 99999)}/{(doc.get('signed') or '2024')[:4]}-{rng.randint(1, 999):05d}"
    cells = [("索引号", index), ("主题分类", rng.choice(["综合政务", "人事", "其他"])),
             ("发布机构", doc.get("issuer") or ""), ("成文日期", doc.get("signed") or ""),
             ("名称", doc.get("title") or ""), ("文号", doc.get("doc") or ""),
             ("发布日期", doc.get("published") or doc.get("signed") or ""), ("有效性", "有效")]
    return [(k, v) for k, v in cells if v and not (k == "文号" and v == doc.get("title"))]


def info_lines(text: str, rng: random.Random, doc: dict) -> str:
    """A government-information table above the notice, flattened one label and value a line."""
    return "\n".join([f"{k}：{v}" for k, v in _info(doc, rng)] + ["", text.strip()])


def info_cells(text: str, rng: random.Random, doc: dict) -> str:
    """The same table copied as one line of `|` cells, labels in cells of their own."""
    cells = [part for pair in _info(doc, rng) for part in pair]
    return "| " + " | ".join(cells) + " |\n" + text.strip()


def info_glued(text: str, rng: random.Random, doc: dict) -> str:
    """The table copied with its labels glued to their values and no separators."""
    return "".join(f"{k}{v}" for k, v in _info(doc, rng)) + "\n" + text.strip()


#: labels real info tables print that the reader has no word for (real/c04 and real24/v06: 公开目录, 公开形式, 公开责任部门;
#: real10/s07 and real16/v26: 信息类别; real12/u03: 统一登记号, 信息状态; real12/u05: 文件类型; real11/t31 and real7/p31:
#: 所属主题; real23/v21: 公文种类; real23/v18: 文件状态), each with a value of its kind (None: the issuer's name)
_UNKNOWN_LABELS = [("公开目录", "政府文件"), ("公开形式", "主动公开"), ("公开责任部门", None), ("信息类别", "综合政务"),
                   ("统一登记号", "XXDR-{year}-{serial}"), ("信息状态", "现行有效"), ("文件类型", "通知"), ("所属主题", "政策文件"),
                   ("公文种类", "通知"), ("文件状态", "有效")]


def _info_unknown(doc: dict, rng: random.Random) -> list[tuple[str, str]]:
    """The table with about half of the unknown labels put among its rows (never first)."""
    pairs = _info(doc, rng)
    for label, value in _UNKNOWN_LABELS:
        if rng.random() < 0.5:
            value = (doc.get("issuer") or "某某局") if value is None else \
                value.format(year=(doc.get("signed") or "2024")[:4], serial=f"{rng.randint(1, 999):05d}")
            pairs.insert(rng.randint(1, len(pairs)), (label, value))
    return pairs


def info_unknown(text: str, rng: random.Random, doc: dict) -> str:
    """The table one label and value a line (``label：value``), with rows under labels the reader does not know
    (公开目录：政府文件, 文件类型：通知: real/c04, real24/v06, real12/u03, real23/v21, real11/t31)."""
    return "\n".join([f"{k}：{v}" for k, v in _info_unknown(doc, rng)] + ["", text.strip()])


def info_spaced(text: str, rng: random.Random, doc: dict) -> str:
    """The table two label-value pairs a line, single spaces for the colons and between the pairs, some labels
    unknown (索引号 370405/2022-17286 主题分类 其他 / 公开形式 主动公开 文件类型 通知: real/c25, real3/h25,
    real24/v06, real12/u36, real17/v05)."""
    pairs = _info_unknown(doc, rng)
    rows = [" ".join(f"{k} {v}" for k, v in pairs[i:i + 2]) for i in range(0, len(pairs), 2)]
    return "\n".join(rows + ["", text.strip()])


def info_rows(text: str, rng: random.Random, doc: dict) -> str:
    """The table two columns of pairs a row, as | cells (索引号 | X | 发布机构 | Y |, the next pair on the next line),
    the labels of some pages with their colons in the cells, some labels unknown (real/c04, real10/s07, real16/v23,
    real16/v26, real19/v11, real20/v13, real3/h22, real18/v25)."""
    pairs = _info_unknown(doc, rng)
    colon = "：" if rng.random() < 0.5 else ""
    rows = [" | ".join(c for k, v in pairs[i:i + 2] for c in (k + colon, v)) + " |" for i in range(0, len(pairs), 2)]
    return "\n".join(rows + [text.strip()])


def info_stacked(text: str, rng: random.Random, doc: dict) -> str:
    """The table copied one cell a line: each label alone on its line, no colon, its value on the next, some labels
    unknown (索引号 / 01145506X/2022-59218 / 文件类型 / 通知 / 发文单位 / …: real12/u05, real4/k08, real13/v20)."""
    return "\n".join([cell for pair in _info_unknown(doc, rng) for cell in pair] + ["", text.strip()])


def info_empty(text: str, rng: random.Random, doc: dict) -> str:
    """The table one label and value a line, two of its cells left empty (`文号：`, `成文日期：`, as pages
    print fields they have nothing for): an empty cell must not take the next row as its value."""
    pairs = _info(doc, rng)
    empty = set(rng.sample(range(len(pairs)), min(2, len(pairs))))
    for k in ("文号", "成文日期"):
        if rng.random() < 0.5:
            empty |= {i for i, (label, _) in enumerate(pairs) if label == k}
    return "\n".join([f"{k}：{'' if i in empty else v}" for i, (k, v) in enumerate(pairs)] + ["", text.strip()])


def repost(text: str, rng: random.Random, doc: dict) -> str:
    """A news site's repost: the title as a headline, a source and time line, an editor below."""
    title = doc.get("title") or ""
    signed = doc.get("signed") or "2024-01-01"
    head = [title, f"来源：{rng.choice(['某某日报', '某某新闻网', '市政府网站'])}  作者：  时间：{signed} 10:{rng.randint(10, 59)}", ""]
    return "\n".join(head + [text.strip(), "", f"（责任编辑：{rng.choice(['王丽', '张伟'])}）"])


def pushed(text: str, rng: random.Random, doc: dict) -> str:
    """Runs of spaces push short lines (signatures, dates) right; paragraphs indented with
    full-width spaces; blank lines between every line."""
    out = []
    for line in _lines(text):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 24:
            out.append(" " * rng.randint(20, 50) + s)
        else:
            out.append("\u3000\u3000" + s)
        out.append("")
    return "\n".join(out)


def question_marks(text: str, rng: random.Random, doc: dict) -> str:
    """A copy through a code page that lost the full-width space: `?` where it stood."""
    return "\n".join(("??" + line.strip()) if line.strip() else line for line in _lines(text)).replace("\u3000", "?")


_HALF = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")", "；": ";", "。": ".", "“": '"', "”": '"'})


def halfwidth(text: str, rng: random.Random, doc: dict) -> str:
    """Full-width punctuation typed as ASCII (`:` `,` `(` `)` `;` `.`)."""
    return text.translate(_HALF)


def traditional(text: str, rng: random.Random, doc: dict) -> str:
    """A mirror in traditional script."""
    return zhconv.convert(text, "zh-hant")


def html_page(text: str, rng: random.Random, doc: dict) -> str:
    """The notice saved as a whole HTML page: navigation, the text in `<p>`s with `&nbsp;`
    indents, share links and the footer."""
    body = "".join(f"<p>{'&nbsp;' * 4 if line.strip() else ''}{html.escape(line.strip())}</p>\n"
                   for line in _lines(text))
    site = _fill("{site}", rng, doc)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(doc.get('title') or '')}"
            f"_{site}</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a>"
            f"</div><div class=\"article\">{body}</div><div class=\"share\">分享到：<a>微信</a><a>微博</a></div>"
            f"<div class=\"footer\">主办：{site}办公室 版权所有</div></body></html>")


def _names(doc: dict) -> list[str]:
    return sorted(doc.get("persons", ()), key=len, reverse=True)


def spaced_names(text: str, rng: random.Random, doc: dict) -> str:
    """Two-character names padded to three with a full-width space, as lists align them (`王　帅`)."""
    for name in _names(doc):
        if len(name) == 2:
            text = text.replace(name, name[0] + "\u3000" + name[1])
    return text


def glued_names(text: str, rng: random.Random, doc: dict) -> str:
    """The spaces between a name and the post after it lost (`刘建华市发展改革委主任`)."""
    for name in _names(doc):
        text = re.sub(re.escape(name) + r"[ \t\u3000]+(?=[^\s，,、：:；;。（(])", name, text)
    return text


def female_notes(text: str, rng: random.Random, doc: dict) -> str:
    """A note after some names (`（女）`, `（女，满族）`, `（兼）`), as lists print them."""
    for name in _names(doc):
        if rng.random() < 0.4:
            note = rng.choice(["（女）", "（女，满族）", "(女)", "（兼）"])
            text = re.sub(re.escape(name) + r"(?![\u4e00-\u9fff（(])", name + note, text)
    return text


_LIST_NOTES = ("（女）", "（女，满族）", "(女)", "（兼）", "（男）", "（回族）", "(女,蒙古族)")


def list_notes(text: str, rng: random.Random, doc: dict) -> str:
    """A note after names that stand in a list of names sharing one decision or post (`甲（女）、乙同志任X`,
    `任命甲、乙（女，满族）为X`, `副组长：甲（兼）、乙`): a name right before or after a list's 、, 和, 及 or 与
    whose neighbour is a name too (its post in brackets between them, or none), wherever it stands in the
    list (before 、, before 和/及, before 同志, at the list's end)."""
    names = _names(doc)
    if not names:
        return text
    alt = "|".join(re.escape(n) for n in names)
    # a name, (its post in brackets,) a list's separator, the next name; or a separator before a name
    listed = re.compile(rf"(?:{alt})(?=(?:[(（][^()（）\n]{{1,40}}[)）])?[ \u3000]*[、和及与][ \u3000]*(?:{alt}))"
                        rf"|(?<=[\u4e00-\u9fff)）][、和及与])(?<![一二三四五六七八九十][、])(?:{alt})")
    out, last = [], 0
    for m in listed.finditer(text):
        if rng.random() < 0.7 and text[m.end():m.end() + 1] not in "（(":
            out += [text[last:m.end()], rng.choice(_LIST_NOTES)]
        else:
            out.append(text[last:m.end()])
        last = m.end()
    return "".join(out) + text[last:]


def split_title(text: str, rng: random.Random, doc: dict) -> str:
    """The title printed over two lines (a long title wraps on the page)."""
    title = doc.get("title") or ""
    if len(title) < 12 or title not in text:
        return text
    cut = rng.randint(len(title) * 2 // 5, len(title) * 3 // 5)
    return text.replace(title, title[:cut] + "\n" + title[cut:], 1)


def cells_per_line(text: str, rng: random.Random, doc: dict) -> str:
    """A member table copied one cell a line: a line naming a person whose parts are set apart
    by spaces (`组　长：张三　市长`) becomes one line a part."""
    names = _names(doc)
    out = []
    for line in _lines(text):
        if any(name in line for name in names) and re.search(r"\S[ \t\u3000]{2,}\S|[：:][ \t\u3000]*\S", line.strip()):
            out += [part for part in re.split(r"[ \t\u3000]{2,}|(?<=[：:])", line.strip()) if part.strip()]
        else:
            out.append(line)
    return "\n".join(out)


_SYLLABLES = ("fā", "zhǎn", "chǎn", "yè", "lǐng", "dǎo", "qiáng", "jī", "gòu", "bàn", "gōng", "shì", "wěi",
              "yuán", "huì", "zhèng", "wù", "guǎn", "lǐ", "xiàn")


def traditional_pinyin(text: str, rng: random.Random, doc: dict) -> str:
    """A mirror in traditional script that notes the pinyin after each character that differs
    from its simplified form (`印發(fā)`, `領(lǐng)導(dǎo)`); the notes are noise, not values."""
    out = []
    for ch in text:
        hant = zhconv.convert(ch, "zh-hant")
        out.append(hant + (f"({rng.choice(_SYLLABLES)})" if hant != ch else ""))
    return "".join(out)


#: words a scraper guard breaks up with dots (`.党.委.书.记.`)
_DOTTED = re.compile(r"书记|组长|副组长|成员|主任|局长|市长|县长|委员|办公室|领导小组")


def filter_dots(text: str, rng: random.Random, doc: dict) -> str:
    """A copying site's filter dots around the characters of some words (`.组.长.`)."""
    return _DOTTED.sub(lambda m: "." + ".".join(m.group()) + "." if rng.random() < 0.3 else m.group(), text)


_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth_digits(text: str, rng: random.Random, doc: dict) -> str:
    """Digits typed full-width (`２０２４年６月１２日`, `〔２０２４〕２１号`)."""
    return text.translate(_FULL_DIGITS)


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def cn_dates(text: str, rng: random.Random, doc: dict) -> str:
    """Dates in Chinese numerals, as notices before 2012 sign them (`二〇二四年六月十二日`)."""
    return re.sub(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日",
                  lambda m: "".join(_CN_DIGITS[int(d)] for d in m[1]) + f"年{_cn_number(int(m[2]))}月{_cn_number(int(m[3]))}日",
                  text)


def doc_brackets(text: str, rng: random.Random, doc: dict) -> str:
    """A 文号's year in the brackets a copy or an older house style uses (`[2024]`, `(2024)`,
    `［2024］`, `〈2024〉`, `【2024】`) instead of `〔2024〕`."""
    open_, close = rng.choice(["[]", "()", "［］", "（）", "【】", "﹝﹞"])
    return re.sub(r"〔((?:19|20)\d\d)〕", lambda m: f"{open_}{m[1]}{close}", text)


def _number_re(number: str) -> re.Pattern | None:
    """The document number ``number`` (``某政发〔2024〕7号``) as a page may print it: any brackets,
    spaces between its parts."""
    m = re.fullmatch(r"(?P<code>.+?)〔(?P<year>\d{4})〕(?P<serial>第?\d+)号", number or "")
    if not m:
        return None
    gap = r"[ \t\u3000]*"
    return re.compile(gap.join([re.escape(m["code"]), r"[〔\[［(（【﹝]", m["year"], r"[〕\]］)）】﹞]",
                                re.escape(m["serial"]), "号"]))


def no_number(text: str, rng: random.Random, doc: dict) -> str:
    """The page prints the notice without its 文号 (it stood in a table the copy left out): the
    number is gone wherever it was printed, and the notice is told by its title (spec: doc)."""
    pattern = _number_re(doc.get("doc") or "")
    if pattern is None:
        return text
    out = []
    for line in _lines(text):
        cut = pattern.sub("", line)
        if cut == line or cut.strip():  # (a line that held the number alone goes with it)
            out.append(cut)
    return "\n".join(out)


def _told_by_title(rows: list[dict], doc: dict) -> list[dict]:
    """The gold of a notice printed without its number: every row told by the title."""
    if _number_re(doc.get("doc") or "") is None or not doc.get("title"):
        return rows
    return [dict(r, doc=doc["title"]) for r in rows]


def no_title(text: str, rng: random.Random, doc: dict) -> str:
    """The page prints the notice without its title (it stood in the page's heading, which the
    copy left out): the lines that make up the title go (the first time it is printed)."""
    title = re.sub(r"\s", "", doc.get("title") or "")
    if not title:
        return text
    lines = _lines(text)
    for i in range(len(lines)):
        joined = ""
        for j in range(i, min(i + 4, len(lines))):
            joined += re.sub(r"\s", "", lines[j])
            if joined == title:
                return "\n".join(lines[:i] + lines[j + 1:])
            if not title.startswith(joined):
                break
    return text


def _untitled(rows: list[dict], doc: dict) -> list[dict]:
    """The gold of a notice printed without its title: its document row has none (told by the
    number still; a notice without one is left out of this transform's score)."""
    return [dict(r, title=None) if r["type"] == "document" else r for r in rows]


_DATE_LINE = re.compile(r"^[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$")


def signature_glued(text: str, rng: random.Random, doc: dict) -> str:
    """The signing body and its date printed on one line (`某市人民政府　2024年6月12日`)."""
    lines = _lines(text)
    for i in range(1, len(lines)):
        if _DATE_LINE.match(lines[i]):
            k = i - 1
            while k > 0 and not lines[k].strip():
                k -= 1
            if 2 <= len(lines[k].strip()) <= 30 and not re.search(r"[。；;，,]", lines[k]):
                lines[k] = lines[k].rstrip() + rng.choice(["　", "  ", " "]) + lines[i].strip()
                lines[i] = ""
    return "\n".join(lines)


def date_formats(text: str, rng: random.Random, doc: dict) -> str:
    """The signing date in the digits a web editor types (`2024-06-12`, `2024.6.12`, `2024/6/12`)."""
    form = rng.choice(["{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}", "{y}/{m}/{d}", "{y}年{m:02d}月{d:02d}日"])
    return "\n".join(_DATE_LINE.sub(lambda m: line[: m.start(1)] + form.format(y=m[1], m=int(m[2]), d=int(m[3])), line)
                     if _DATE_LINE.match(line) else line for line in _lines(text))


def pipe_cells(text: str, rng: random.Random, doc: dict) -> str:
    """A member table copied as `|` cells: a list line naming a person (no sentence), its label
    before a colon one cell and its parts set apart by spaces the others: `| 组　长 | 张三 | 市长 |`."""
    names = _names(doc)
    out = []
    for line in _lines(text):
        s = line.strip()
        if not any(name in s for name in names) or re.search(r"[。；;]", s.rstrip("。；;")):
            out.append(line)
            continue
        label = re.match(r"^([^：:，,、]{1,10})[：:]", s)
        cells = [label[1]] if label else []
        rest = s[label.end():] if label else s
        cells += [p for p in re.split(r"[ \t\u3000]{2,}", rest.strip()) if p.strip()]
        out.append("| " + " | ".join(cells) + " |" if len(cells) >= 2 else line)
    return "\n".join(out)


def glued_flat(text: str, rng: random.Random, doc: dict) -> str:
    """Names glued to their posts in a page whose line breaks became single spaces: each row of a
    table reads `name+post`, the rows joined by one space (`泽仁多吉州发展和改革委员会副主任 降央卓玛州…`)."""
    return one_line_spaced(glued_names(text, rng, doc), rng, doc)


def glued_one_line(text: str, rng: random.Random, doc: dict) -> str:
    """Names glued to their posts in a page that lost its line breaks: the whole notice is one line."""
    return one_line(glued_names(text, rng, doc), rng, doc)


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def pdf_wrap(text: str, rng: random.Random, doc: dict) -> str:
    """Text copied out of the notice's PDF: every line broken where the printed line ends (28
    characters a line, GB/T 9704's type area; ASCII takes half a place), and the page number
    (`— 2 —`) between pages of 22 lines."""
    broken = []
    for line in _lines(text):
        part, used = "", 0.0
        for ch in line.rstrip():
            if used + _width(ch) > 28:
                broken.append(part)
                part, used = "", 0.0
            part += ch
            used += _width(ch)
        broken.append(part)
    out = []
    for i, line in enumerate(broken, 1):
        out.append(line)
        if i % 22 == 0:
            out.append(f"— {i // 22} —")
    return "\n".join(out)


def tab_cells(text: str, rng: random.Random, doc: dict) -> str:
    """A member table copied from a browser: each row a line, its cells set apart by tabs, the label
    cell without its colon (`组长\t张三\t市长`; a row under a label spanning rows has no label cell)."""
    names = _names(doc)
    padded = [re.compile("[ \u3000]?".join(map(re.escape, name))) for name in names]
    out = []
    for line in _lines(text):
        s = line.strip()
        if not any(p.search(s) for p in padded) or re.search(r"[。；;]", s.rstrip("。；;")):
            out.append(line)
            continue
        for name, p in zip(names, padded):
            s = p.sub(name, s)
        label = re.match(r"^([^：:，,、]{1,10})[：:]", s)
        cells = [re.sub(r"[ \t\u3000]", "", label[1])] if label else []
        rest = s[label.end():] if label else s
        cells += [p for p in re.split(r"[ \t\u3000]+", rest.strip()) if p.strip()]
        out.append("\t".join(cells) if len(cells) >= 2 else line)
    return "\n".join(out)


_LEVEL2 = re.compile(r"^([ \t\u3000]*)（([一二三四五六七八九十]{1,3})）")
_LEVEL3 = re.compile(r"^([ \t\u3000]*)(\d{1,2})[.．]")


def _cn_value(numeral: str) -> int:
    """The value of a Chinese numeral up to 99 (`十二` 12, `二十` 20)."""
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_DIGITS.index(numeral)
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0)


def enum_styles(text: str, rng: random.Random, doc: dict) -> str:
    """Another house style of enumerators, one per notice: second-level headings `（一）` as `1.` or
    `1、`, and then third-level items `1.` as `（1）` or `①`, so the levels stay apart."""
    two = rng.choice(["{n}.", "{n}、"])
    three = rng.choice(["（{n}）", "circled"])

    def third(m: re.Match) -> str:
        n = int(m[2])
        return m[1] + (chr(0x2460 + n - 1) if three == "circled" and n <= 20 else f"（{n}）")

    out = []
    for line in _lines(text):
        line = _LEVEL3.sub(third, line)
        line = _LEVEL2.sub(lambda m: m[1] + two.format(n=_cn_value(m[2])), line)
        out.append(line)
    return "\n".join(out)


def _member_rows(text: str, doc: dict) -> list[tuple[int, str | None, str, str] | str]:
    """The lines of ``text``, a member table's rows parsed: (indent length, label or None, name, post);
    other lines as they are. A row is a line with a name of the notice and no sentence in it."""
    names = _names(doc)
    padded = [(name, re.compile("[ \u3000]?".join(map(re.escape, name)))) for name in names]
    out: list = []
    for line in _lines(text):
        s = line.strip()
        if re.search(r"[。；;，,]", s):  # (a sentence or a clause of one is no row)
            out.append(line)
            continue
        label = re.match(r"^([^：:，,、（(]{1,10})[：:][ \t\u3000]*", s)
        rest = s[label.end():] if label else s
        rest = re.sub(r"^\d{1,2}[.．、]", "", rest)  # a numbered row: the number is left out
        found = next(((name, m) for name, p in padded if (m := p.match(rest))), None)
        post = rest[found[1].end():].strip(" \t\u3000") if found else ""
        if not found or not post or re.search(r"[ \t\u3000]{2,}", post) or re.match(r"[为的同、（(]", post):
            out.append(line)
            continue
        out.append((len(line) - len(line.lstrip()), re.sub(r"[ \t\u3000]", "", label[1]) if label else None,
                    found[0], post))
    return out


def inline_members(text: str, rng: random.Random, doc: dict) -> str:
    """Members written inline, each post in brackets after the name and the rows of one label on one
    line (`成员：甲（市发展改革委主任）、乙（市财政局局长）`), as many notices print short lists."""
    out: list[str] = []
    group: list | None = None
    for row in _member_rows(text, doc) + [""]:
        if isinstance(row, tuple) and (row[1] is not None or group is not None):
            if row[1] is not None:
                if group:
                    out.append(f"{group[0]}{group[1]}：" + "、".join(group[2]))
                group = ["\u3000" * 2, row[1], []]
            group[2].append(f"{row[2]}（{row[3]}）")
            continue
        if group:
            out.append(f"{group[0]}{group[1]}：" + "、".join(group[2]))
            group = None
        out.append(row if isinstance(row, str) else "\u3000" * 2 + row[2] + "\u3000" + row[3])
    return "\n".join(out[:-1])


def post_first(text: str, rng: random.Random, doc: dict) -> str:
    """A member table that prints each post before the name (`副组长：市政府副市长　李四`)."""
    out = []
    for row in _member_rows(text, doc):
        if isinstance(row, str):
            out.append(row)
        else:
            indent, label, name, post = row
            out.append("\u3000" * 2 + (f"{label}：" if label else "\u3000" * 5) + f"{post}\u3000{name}")
    return "\n".join(out)


_RELATED = ["附件下载：", "{title}.pdf", "相关链接：", "{issuer}关于印发{year}年重点工作任务分工方案的通知　{year}-03-12",
            "{issuer}关于调整{year}年度部分工作领导小组组成人员的通知　{year}-02-01",
            "【政策解读】一图读懂《{title}》", "【相关解读】《{title}》政策解读　{published}"]


def related(text: str, rng: random.Random, doc: dict) -> str:
    """A portal's links under the notice: its attachment for download, other notices' titles with their
    dates, and the notice's own reading guide (`一图读懂《…》`)."""
    title = (doc.get("title") or "").strip("《》")
    issuer = doc.get("issuer") or "某市人民政府"
    signed = doc.get("signed") or "2024-01-01"
    tail = [line.format(title=title, issuer=issuer, year=signed[:4], published=signed)
            for line in _RELATED if rng.random() < 0.8 and (title or "{title}" not in line)]
    return "\n".join([text.strip(), ""] + tail)


def html_old(text: str, rng: random.Random, doc: dict) -> bytes:
    """The notice on an older portal's page: GBK bytes (declared `gb2312`), a layout of nested tables,
    the whole text in one cell with `<br>` between its lines, `&nbsp;` indents and `<font>` tags."""
    lines = []
    for line in _lines(text):
        s = html.escape(line.strip())
        indent = "&nbsp;" * (8 if line.startswith(("\u3000", " ")) else 0)
        lines.append(f"{indent}<font size=\"3\">{s}</font>" if s else "")
    site = _fill("{site}", rng, doc)
    page = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            f"<title>{html.escape(doc.get('title') or '')}</title></head><body>"
            f"<table width=\"980\" align=\"center\"><tr><td><a href=\"/\">首页</a> &gt;&gt; 政府文件</td></tr>"
            f"<tr><td><table width=\"100%\"><tr><td class=\"content\">{'<br>'.join(lines)}</td></tr></table></td></tr>"
            f"<tr><td align=\"center\">【<a href=\"javascript:window.print()\">打印本页</a>】"
            f"【<a href=\"javascript:window.close()\">关闭窗口</a>】</td></tr>"
            f"<tr><td>{site} 版权所有</td></tr></table></body></html>")
    return page.encode("gbk", errors="xmlcharrefreplace")


def html_divs(text: str, rng: random.Random, doc: dict) -> str:
    """The notice as a newer editor saves it: one `<div>` or `<p>` a line with inline styles, spans
    inside a line (`<span>组　长：</span><span>张三</span>`), blank lines as `<p><br></p>`."""
    out = []
    for line in _lines(text):
        s = line.strip()
        if not s:
            out.append("<p><br/></p>")
            continue
        head, sep, rest = s.partition("：")
        body = (f"<span style=\"font-family:仿宋\">{html.escape(head + sep)}</span><span>{html.escape(rest)}</span>"
                if sep and len(head) <= 8 else f"<span style=\"font-family:仿宋\">{html.escape(s)}</span>")
        tag = rng.choice(["p", "div"])
        out.append(f"<{tag} style=\"text-indent:2em;line-height:1.75\">{body}</{tag}>")
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">"
            + "\n".join(out) + "</div></body></html>")


_HEADING_1 = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、")
_LABELLED = re.compile(r"^([ \t\u3000]*)([^：:，,。；]{1,8}[：:])(?=\S)")


def markdown(text: str, rng: random.Random, doc: dict) -> str:
    """The page as a reader tool or scraper converts it to Markdown: the title a `#` heading, the
    first-level headings `##`, a list row's label in bold (`**组　长：**张三　市长`), blank lines
    between paragraphs, indents gone."""
    title = doc.get("title") or ""
    out = []
    for line in _lines(text):
        s = line.strip()
        if not s:
            continue
        if title and s == title:
            s = "# " + s
        elif _HEADING_1.match(s) and len(s) <= 30:
            s = "## " + s
        elif m := _LABELLED.match(s):
            s = f"**{m[2]}**{s[m.end():]}"
        out += [s, ""]
    return "\n".join(out)


def lawdb(text: str, rng: random.Random, doc: dict) -> str:
    """A law database's mirror: its own header of labelled fields above the text (发布部门, 发文字号,
    发布日期, 实施日期, 时效性, 效力位阶, 法规类别), the title repeated above them, and its citation code and
    links below (`【法宝引证码】CLI.12.3456789`)."""
    title = doc.get("title") or ""
    signed = doc.get("signed") or ""
    fields = [("发布部门", doc.get("issuer") or ""), ("发文字号", doc.get("doc") or ""),
              ("发布日期", signed.replace("-", ".")), ("实施日期", signed.replace("-", ".")), ("时效性", "现行有效"),
              ("效力位阶", rng.choice(["地方规范性文件", "地方工作文件"])), ("法规类别", rng.choice(["机构设置", "人事综合规定", "综合规定"]))]
    head = ([title] if title else []) + [f"{k}：{v}" for k, v in fields if v and rng.random() < 0.85]
    tail = [f"【法宝引证码】CLI.12.{rng.randint(1000000, 9999999)}", "【相关法规】", "【法宝联想】"]
    return "\n".join(head + ["", text.strip(), ""] + tail)


def wechat(text: str, rng: random.Random, doc: dict) -> str:
    """A repost on a public account's page: follow prompt and account line above, the source and
    the editors' and reviewers' lines, the read-more link and the account's other articles below."""
    title = doc.get("title") or ""
    issuer = (doc.get("issuer") or "某市人民政府").replace("办公室", "").replace("办公厅", "")
    signed = doc.get("signed") or "2024-01-01"
    head = [title, f"{issuer[:6]}发布 {signed} {rng.randint(8, 21)}:{rng.randint(10, 59)} 发表于{rng.choice(['内蒙古', '湖南', '四川'])}",
            "点击上方蓝字关注我们", ""]
    tail = ["", f"来源：{issuer}网站", f"编辑：{rng.choice(['王丽', '张伟'])}", f"审核：{rng.choice(['李强', '刘洋'])}",
            "阅读原文", "往期推荐", f"{issuer}召开常务会议 研究部署近期重点工作", f"{issuer}关于开展安全生产大检查的通知",
            "分享 收藏 点赞 在看"]
    return "\n".join([line for line in head if line or title] + [text.strip()] + tail)


def jsonl_html(text: str, rng: random.Random, doc: dict) -> str:
    """A scraper's JSON Lines record whose `text` is the article's HTML as the page holds it (`<p>` a
    line, `&nbsp;` indents), with the page's title and address beside it."""
    body = "".join(f"<p>{'&nbsp;' * 4 if line.strip() else ''}{html.escape(line.strip())}</p>" for line in _lines(text))
    record = {"title": doc.get("title") or "", "url": f"https://www.example.gov.cn/zwgk/{rng.randint(1000, 9999)}.html",
              "text": f"<div class=\"article\">{body}</div>"}
    return json.dumps(record, ensure_ascii=False) + "\n"


def invisible(text: str, rng: random.Random, doc: dict) -> str:
    """Characters a page hides in its text: zero-width spaces and joiners between some characters
    (an anti-copy trick, or an editor's residue), no-break spaces (`&nbsp;` decoded) for spaces."""
    out = []
    for ch in text:
        if ch in " \u3000":
            out.append("\xa0" * (2 if ch == "\u3000" else 1))
            continue
        out.append(ch)
        if ch != "\n" and rng.random() < 0.06:
            out.append(rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]))
    return "".join(out)


def crlf(text: str, rng: random.Random, doc: dict) -> bytes:
    """Line ends as a Windows editor (`\\r\\n`) or an old Mac one (`\\r` alone) writes them."""
    return text.replace("\n", rng.choice(["\r\n", "\r"])).encode("utf-8")


_SPACED_TITLE = re.compile(r"^[ \t\u3000]*(\S{4,60})[ \t\u3000]*$")


def spaced_title(text: str, rng: random.Random, doc: dict) -> str:
    """The title and the kind line set out letter-spaced, as a PDF's large type is copied (`关 于 成 立 …`),
    each character apart by a space."""
    title = doc.get("title") or ""
    out = []
    for line in _lines(text):
        s = line.strip()
        if title and s and (s == title or (len(s) >= 4 and title.endswith(s) and s.endswith(("通知", "决定")))
                            or (len(s) >= 8 and title.startswith(s))):
            out.append(" ".join(s))
        else:
            out.append(line)
    return "\n".join(out)


#: the Kangxi radicals a PDF's fonts map common characters to (U+2F00-U+2FD5): their NFKC forms
_RADICALS = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}


def pdf_radicals(text: str, rng: random.Random, doc: dict) -> str:
    """Text copied out of a PDF whose fonts map common characters to the Kangxi radicals that look
    the same (`⼀` for `一`, `⼈` for `人`, `⼤` for `大`, `⽂` for `文`, `⾏` for `行`)."""
    return "".join(_RADICALS[ch] if ch in _RADICALS and rng.random() < 0.7 else ch for ch in text)


def title_number(text: str, rng: random.Random, doc: dict) -> str:
    """The 文号 printed in brackets with the title, as reposts and databases head a notice, not on a line
    of its own: after a one-line title (`关于…的通知（湘政办函〔2024〕17号）`), on the line under the title, or
    after the last line of a title printed over two."""
    title, number = doc.get("title") or "", doc.get("doc") or ""
    pattern = _number_re(number)
    if not title or pattern is None:
        return text
    lines = [line for line in _lines(text) if not pattern.fullmatch(line.strip())]
    # the title's last printed line in the head (a title may print over two lines, its issuer above)
    at = next((i for i, line in enumerate(lines[:15]) if len(line.strip()) >= 6 and title.endswith(line.strip())), None)
    if at is None:
        return text
    first = at
    while first > 0 and lines[first - 1].strip() and title.endswith("".join(x.strip() for x in lines[first - 1: at + 1])):
        first -= 1
    open_, close = rng.choice(["（）", "()"])
    form = rng.choice(["headline", "under", "after"])
    if form == "headline":  # the title's lines one line, the number after it
        lines[first: at + 1] = ["".join(x.strip() for x in lines[first: at + 1]) + f"{open_}{number}{close}"]
    elif form == "under":  # the number in brackets on the line under the title, as databases print it
        lines.insert(at + 1, f"{open_}{number}{close}")
    else:  # after the title's last line as printed
        lines[at] = f"{lines[at].rstrip()}{open_}{number}{close}"
    return "\n".join(lines)


def seal(text: str, rng: random.Random, doc: dict) -> str:
    """The seal's note by the signature (`（盖章）`, `（印章）`) and the date before the signing body."""
    lines = _lines(text)
    for i in range(len(lines) - 1, 0, -1):
        if _DATE_LINE.match(lines[i]) and lines[i - 1].strip():
            body, date = lines[i - 1] + rng.choice(["（盖章）", "（印章）", ""]), lines[i]
            lines[i - 1: i + 1] = [date, body] if rng.random() < 0.5 else [body, date]
            break
    return "\n".join(lines)


def html_table(text: str, rng: random.Random, doc: dict) -> str:
    """The notice as a page that sets its member list out as an HTML table: each row of names and
    posts a `<tr>` (label, name and post cells; a label spanning rows by `rowspan`), the rest `<p>`s."""
    rows = _member_rows(text, doc)
    out, table, spans = [], [], []

    def close() -> None:
        if table:
            cells = []
            for k, (label, name, post) in enumerate(table):
                head = ""
                if label is not None:
                    span = next((n for at, n in spans if at == k), 1)
                    head = f"<td rowspan=\"{span}\">{html.escape(label)}</td>" if span > 1 else f"<td>{html.escape(label)}</td>"
                cells.append(f"<tr>{head}<td>{html.escape(name)}</td><td>{html.escape(post)}</td></tr>")
            out.append("<table border=\"1\"><tbody>" + "".join(cells) + "</tbody></table>")
            table.clear()
            spans.clear()

    for row in rows:
        if isinstance(row, tuple) and (row[1] is not None or table):
            if row[1] is not None:
                spans.append((len(table), 1))
            elif spans:
                spans[-1] = (spans[-1][0], spans[-1][1] + 1)
            table.append(row[1:])
            continue
        close()
        line = row if isinstance(row, str) else "\u3000" * 2 + row[2] + "\u3000" + row[3]
        out.append(f"<p>{html.escape(line.strip())}</p>" if line.strip() else "")
    close()
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"article\">"
            + "\n".join(out) + "</div></body></html>")


_ENUMERATED = re.compile(r"^([ \t\u3000]*)(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)(?=\S)")


def no_enumerators(text: str, rng: random.Random, doc: dict) -> str:
    """A copy out of a word processor whose automatic numbering was lost: the `一、` and `（一）` that opened
    headings and items are gone, the text after them stays."""
    return "\n".join(_ENUMERATED.sub(lambda m: m[1], line) for line in _lines(text))


_SPACED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])([〔\[［(（【])((?:19|20)\d\d)([〕\]］)）】])(\d{1,4})号")
_SPACED_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def spaced_numbers(text: str, rng: random.Random, doc: dict) -> str:
    """Spaces a PDF copy or a typist puts inside a 文号 and a date (`某政发 〔2024〕 7 号`, `2024 年 6 月 12 日`)."""
    text = _SPACED_NUMBER.sub(lambda m: f" {m[1]}{m[2]}{m[3]} {m[4]} 号", text)
    return _SPACED_DATE.sub(lambda m: f"{m[1]} 年 {m[2]} 月 {m[3]} 日", text)


_SPAM = ["关键词：政府文件 通知 公告", "相关推荐：本地装修公司排行榜", "（本文来源于网络，如有侵权请联系删除）",
         "广告", "更多精彩内容请关注本站", "点击查看更多>>", "本站提供的所有内容仅供学习参考"]


def spam_lines(text: str, rng: random.Random, doc: dict) -> str:
    """A mirror or hijacked site's lines among the notice's: keywords, ads, disclaimers, read-more
    prompts, one after about every eighth line of the text (inside lists and plans as anywhere)."""
    out = []
    for line in _lines(text):
        out.append(line)
        if line.strip() and rng.random() < 0.12:
            out.append(rng.choice(_SPAM))
    return "\n".join(out)


def lost_brackets(text: str, rng: random.Random, doc: dict) -> str:
    """A copy that lost a 文号's brackets (a site's filter of special characters): `某政发〔2024〕7号` printed
    `某政发20247号`, `某政发2024 7号` or `某政发2024-7号`, wherever a number stands."""
    sep = rng.choice(["", " ", "-"])
    return re.sub(r"(?<=[\u4e00-\u9fff])〔((?:19|20)\d\d)〕(?=\d{1,4}号)", lambda m: m[1] + sep, text)


def big5(text: str, rng: random.Random, doc: dict) -> bytes:
    """A mirror's page in traditional script saved in Big5 (a Hong Kong or Taiwan site's encoding), its head
    declaring it or not."""
    hant = zhconv.convert(text, "zh-hant")
    page = "".join(f"<p>{html.escape(line)}</p>\n" for line in _lines(hant))
    head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">" if rng.random() < 0.5 else ""
    return f"<html><head>{head}</head><body>{page}</body></html>".encode("big5", errors="xmlcharrefreplace")


def charset_lie(text: str, rng: random.Random, doc: dict) -> bytes:
    """A page saved as UTF-8 whose head still declares the GBK it was once written in (`charset=gb2312`)."""
    page = "".join(f"<p>{html.escape(line)}</p>\n" for line in _lines(text))
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            f"<body>{page}</body></html>").encode("utf-8")


def em_spaces(text: str, rng: random.Random, doc: dict) -> str:
    """The spaces a page's `&emsp;` and `&ensp;` decode to (U+2003, U+2002) and thin spaces (U+2009) for
    the full-width and ASCII spaces of the text."""
    wide, narrow = rng.choice([("\u2003", "\u2002"), ("\u2003", "\u2009"), ("\u2002\u2002", "\u2002")])
    return text.replace("\u3000", wide).replace(" ", narrow)


def entities(text: str, rng: random.Random, doc: dict) -> str:
    """A scrape that kept the page's character entities as text: `&nbsp;` or `&emsp;` for spaces and indents,
    `&ldquo;` `&rdquo;` for quotes, `&middot;` in names."""
    space = rng.choice(["&nbsp;", "&emsp;", "&#12288;"])
    return (text.replace("\u3000", space).replace("“", "&ldquo;").replace("”", "&rdquo;").replace("·", "&middot;"))


def ornaments(text: str, rng: random.Random, doc: dict) -> str:
    """A social repost's ornaments: the title opened by a tag (`【重磅】`, `重磅！`, `📢`), emoji and bullets
    (`◆`, `▲`, `👉`) before some of the body's paragraphs and list rows."""
    title = doc.get("title") or ""
    tag = rng.choice(["【重磅】", "重磅！", "📢", "【权威发布】"])
    out = []
    lines = _lines(text)
    for i, line in enumerate(lines):
        s = line.strip()
        if title and s and title.startswith(s) and not any(title.startswith(x.strip()) and x.strip() for x in lines[:i]):
            out.append(tag + s)
            continue
        body = 5 < i < len(lines) - 5 and not _DATE_LINE.match(line) and "〔" not in s
        if s and body and rng.random() < 0.2:
            lead = line[: len(line) - len(line.lstrip())]
            out.append(lead + rng.choice(["◆", "▲", "👉", "🔹", "✅"]) + s)
        else:
            out.append(line)
    return "\n".join(out)


#: what a page's scripts and styles are as text (an analytics snippet, a share widget, a style sheet)
_SCRIPTS = ("var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
            "  hm.src = \"https://hm.baidu.com/hm.js?3c4f2e9a\";\n  var s = document.getElementsByTagName(\"script\")[0];\n"
            "  s.parentNode.insertBefore(hm, s);\n})();",
            "window._bd_share_config = {\"common\": {\"bdText\": \"\", \"bdSize\": \"16\"}, \"share\": {}};",
            "$(function () {\n    $(\".share\").share({ sites: [\"weixin\", \"weibo\", \"qq\"] });\n});",
            ".TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}\n"
            ".TRS_Editor TD{font-size:12pt;}",
            "function changeSize(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }",
            "if (window.innerWidth < 768) { location.href = location.href.replace('www.', 'm.'); }")


def script_text(text: str, rng: random.Random, doc: dict) -> str:
    """A scrape that read a page's text with its scripts and styles (a parser's ``get_text()``, a
    ``textContent``): code before the article, after it, and a widget's between two paragraphs."""
    lines = _lines(text)
    at = rng.randrange(len(lines) // 3, max(len(lines) // 3 + 1, 2 * len(lines) // 3))
    pick = lambda: rng.choice(_SCRIPTS)  # noqa: E731
    return "\n".join([pick(), pick(), *lines[:at], pick(), *lines[at:], pick()]) + "\n"


def image_lines(text: str, rng: random.Random, doc: dict) -> str:
    """The page's pictures left as lines of their own: a placeholder (`[图片]`), an image's file name
    or Markdown link, a caption naming its source, after some of the body's lines."""
    out = []
    for line in _lines(text):
        out.append(line)
        if line.strip() and rng.random() < 0.08:
            out.append(rng.choice(["[图片]", "图片", "【图片】", f"IMG_2024{rng.randint(1000, 9999)}.jpg",
                                   f"![](https://www.example.gov.cn/images/{rng.randint(1, 99)}.png)",
                                   "(图片来源：市政府网站)", "图为会议现场。"]))
    return "\n".join(out) + "\n"


def quoted(text: str, rng: random.Random, doc: dict) -> str:
    """The notice as a quote: a reader tool's Markdown of a repost whose text sat in a blockquote, or a
    mail or forum reply quoting it, every line behind `>` (the quote's header line above it)."""
    mark = rng.choice(["> ", ">", "> > "])
    head = rng.choice(["引用 楼主 发表于 2024-03-05 10:21", "转发原文：", ""])
    return (head + "\n" if head else "") + "\n".join((mark + line).rstrip() for line in _lines(text)) + "\n"


def json_api(text: str, rng: random.Random, doc: dict) -> str:
    """A CMS's API answer saved as a `.json` file: the article under `data.list`, its text as the page's
    HTML under `content`, its title, link and date under the API's own names."""
    body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in _lines(text))
    record = {"id": rng.randint(10000, 99999), "title": doc.get("title") or "", "content": body,
              "link": f"https://www.example.gov.cn/art/{rng.randint(1000, 9999)}.html",
              "publishDate": (doc.get("signed") or "2024-01-01") + " 10:00:00"}
    return json.dumps({"code": 0, "msg": "success", "data": {"total": 1, "list": [record]}}, ensure_ascii=False)


def _gazette(doc: dict) -> str:
    """The name of the gazette a notice's issuer publishes in (`某市人民政府公报`), told from the issuer's place."""
    issuer = doc.get("issuer") or ""
    m = re.match(r"^(?:中共)?(.{2,12}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))", issuer)
    return f"{m[1]}人民政府公报" if m else "政府公报"


def _page_foot(style: str, n: int, total: int) -> str:
    return style.format(n=n, t=total)


#: the page numbers printed at a page's foot (GB/T 9704: `— 3 —`; gazettes and printers' other styles)
_FEET = ("— {n} —", "—{n}—", "-{n}-", "- {n} -", "－{n}－", "·{n}·", "第{n}页 共{t}页", "第{n}页/共{t}页", "{n}/{t}", "（{n}）")


def pdf_heads(text: str, rng: random.Random, doc: dict) -> str:
    """Text copied out of a PDF that keeps each page's furniture where the page broke (every N lines, N drawn
    per notice, 20-40): the page's foot (`— 3 —`, `-3-`, `第3页 共7页`, `3/7`) and the next page's running head
    (a gazette's name and issue, `某市人民政府公报　2024年第3期`, on one line, or the name on even pages and the
    issue on odd ones, or the page number inside the head as gazettes print it, `·12·　某市人民政府公报`; the
    issuer's masthead repeated; the 文号 repeated at the top right), sometimes blank lines around them; a page
    may break a paragraph (its first printed lines before the furniture, the rest after). Imitates the gazette
    copies of wikisource's 国务院公报 (https://zh.wikisource.org/zh-hant/中华人民共和国国务院公报/1993年/第2号: the
    name and issue over each page, `(54)` page numbers), wenshuyi.com/a/file5fw1h8dz.html (`来电-1-` inside a
    paragraph), and real20/v14 (`— 2 —` cutting a sentence), real23/v02 (`意见—2—`), real5/m45 (`第1页 / 共8页`)."""
    lines = _lines(text.strip("\n"))
    every = rng.randint(20, 40)
    year = (doc.get("signed") or "2024")[:4]
    gazette, issue = _gazette(doc), f"{year}年第{rng.randint(1, 24)}期"
    head = rng.choice(["gazette", "gazette_alt", "gazette_paged", "issuer", "number", "none"])
    if head == "number" and not doc.get("doc") or head == "issuer" and not doc.get("issuer"):
        head = "gazette"
    foot = None if head == "gazette_paged" else rng.choice(_FEET + (None,) if head != "none" else _FEET)
    first = rng.randint(2, 80) if head.startswith("gazette") else 1
    blank = rng.random() < 0.5
    masthead = doc.get("issuer", "") + ("文件" if rng.random() < 0.5 else "")
    indent = " " * rng.randint(30, 50)
    # a page breaks a long paragraph: its printed lines (28 places) before the furniture, the rest after
    pages: list[list[str]] = [[]]
    for line in lines:
        if len(pages[-1]) >= every:
            pages.append([])
        if len(pages[-1]) == every - 1 and len(line) > 40 and rng.random() < 0.6:
            cut = 28 * rng.randint(1, max(1, (len(line) - 10) // 28))
            pages[-1].append(line[:cut])
            pages.append([line[cut:]])
            continue
        pages[-1].append(line)
    total = len(pages)

    def running_head(k: int) -> str | None:  # (the head over page k, numbered from ``first``)
        n = first + k
        if head == "gazette":
            return f"{gazette}\u3000{issue}"
        if head == "gazette_alt":
            return gazette if n % 2 == 0 else issue
        if head == "gazette_paged":
            return f"·{n}·\u3000{gazette}\u3000{issue}" if n % 2 == 0 else f"{issue}\u3000{gazette}\u3000·{n}·"
        if head == "issuer":
            return masthead
        if head == "number":  # (at the top right)
            return indent + doc["doc"]
        return None

    def around(item: str) -> list[str]:
        return ["", item, ""] if blank else [item]

    out: list[str] = []
    if head.startswith("gazette") and rng.random() < 0.6:
        out += around(running_head(0))
    for k, page in enumerate(pages):
        if k:
            if foot:
                out += around(_page_foot(foot, first + k - 1, first + total - 1))
            if head != "none" and (h := running_head(k)):
                out += around(h)
        out += page
    if foot and rng.random() < 0.5:
        out += around(_page_foot(foot, first + total - 1, first + total - 1))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def line_numbers(text: str, rng: random.Random, doc: dict) -> str:
    """A copy that kept a viewer's line numbers at the start of every line, blank lines numbered too, in one
    style a notice: a code viewer's (`  12  关于…`, numbers right-aligned), a table or dataset viewer's (`12|…`,
    `12 | …`), a grep or legal text's (`12:…`, `12　…`), a tab after the number, or a diff page's (the number
    and a bar on a line of their own, a `-` line, then the line and a lone bar: real24/v01, a GitHub diff of a law
    database's file). Imitates real24/v01 and sources.debian.org's file pages (https://sources.debian.org/src/chromium/
    138.0.7204.157-1/components/optimization_guide/proto/hints.proto: every line numbered)."""
    lines = _lines(text.strip("\n"))
    style = rng.choice(["code", "pipe", "pipe_spaced", "colon", "ideo", "tab", "diff"])
    width = len(str(len(lines)))
    out = []
    for n, line in enumerate(lines, 1):
        if style == "code":
            out.append(f"{n:>{width}}  {line}".rstrip())
        elif style == "pipe":
            out.append(f"{n}|{line}")
        elif style == "pipe_spaced":
            out.append(f"{n:>{width}} | {line}".rstrip())
        elif style == "colon":
            out.append(f"{n}:{line}")
        elif style == "ideo":
            out.append(f"{n}\u3000{line}".rstrip())
        elif style == "tab":
            out.append(f"{n}\t{line}")
        else:
            out += [f"{n} |", "-", line, "|"] if line.strip() else [f"{n} |", "-", "|"]
    return "\n".join(out)


def _gbk_misread(data: bytes, lost: str, euro: bool) -> str:
    """UTF-8 bytes read as GBK, two bytes a character, and the reading saved again as UTF-8 (`鍏充簬` for `关于`): a
    byte that cannot open a pair (a lead before an ASCII byte, the 0x80 a lead can never be) is what a mirror shows
    for a character it could not read: `lost` (`?`, `�`, or nothing at all), or `€` for 0x80 where it read
    Windows' code page 936; a user-defined pair read as the private-use character GB18030's table gives it."""
    out, i = [], 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif 0x81 <= b <= 0xFE and i + 1 < len(data) and (0x40 <= data[i + 1] <= 0x7E or 0x80 <= data[i + 1] <= 0xFE):
            out.append(data[i:i + 2].decode("gb18030"))
            i += 2
        else:
            out.append("€" if b == 0x80 and euro else lost)
            i += 1
    return "".join(out)


def _gbk_way(rng: random.Random) -> tuple[str, bool]:
    return rng.choice(["?", "\ufffd", ""]), rng.random() < 0.3


def mojibake_gbk(text: str, rng: random.Random, doc: dict) -> str:
    """A mirror that read the page's UTF-8 as GBK and saved the reading as UTF-8: the whole notice garbled
    (`鍏充簬鍗板彂…鐨勯€氱煡` for `关于印发…的通知`), a character before an ASCII byte (a digit, a line end) where the
    bytes fall odd shown as `?` or `�` or lost (CCTV's error line kept in real9/r27: `…璇风◢鍚庡皾璇曘€�`; the
    whole-page garble of http://www.iis8.com/iis8_com/html/2025/04/596596.html)."""
    lost, euro = _gbk_way(rng)
    return _gbk_misread(text.encode("utf-8"), lost, euro)


def mojibake_gbk_cms(text: str, rng: random.Random, doc: dict) -> str:
    """A CMS page whose template and title fields are intact and whose article body was stored misread as GBK:
    the title, breadcrumb, date line and footer read right, every paragraph of the body garbled, ASCII letters
    and tags kept, a lost byte dropped and 0x80 read `€` (https://www.dz-x.net/mip/article/1890/1.html:
    `TDSQL杩涘叆绗洓闃舵銆`, `3鏈30鏃ワ紝…`, `閲忚揪鍒8.14浜跨瑪銆`), or shown as `?`/`�`."""
    lost, euro = _gbk_way(rng)
    title = html.escape(doc.get("title") or "")
    site = _fill("{site}", rng, doc)
    body = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in _lines(text))
    body = _gbk_misread(body.encode("utf-8"), lost, euro)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}_{site}</title></head><body>"
            f"<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 通知公告</div>"
            f"<h1>{title}</h1><div class=\"info\">发布时间：{doc.get('signed') or ''}　来源：{site}</div>"
            f"<div class=\"content\">{body}</div><div class=\"footer\">主办：{site}办公室 版权所有</div></body></html>")


#: Windows-1252's characters for the bytes 0x80-0x9F (None: the five it leaves undefined)
_CP1252 = [bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xA0)]


def mojibake_latin1(text: str, rng: random.Random, doc: dict) -> str:
    """A scraper that read the page's UTF-8 without a charset (ISO-8859-1, `requests`' default for text/html, or
    Windows-1252) and saved the reading as UTF-8 (`å…³äºŽ` for `关于`): the C1 controls Latin-1 gives for 0x80-0x9F
    kept, or Windows-1252's characters for them with the five bytes it leaves undefined kept as C1 controls (as a
    browser reads it) or shown as `?`/`�` (https://billionverify.com/zh-hans/blog/gmail-alias-system-list-hygiene-guide:
    `å®å šå¿œç¥é®ç®±å°åæ¬å°éšå`)."""
    data = text.encode("utf-8")
    way = rng.choice(["latin-1", "browser", "lossy"])
    if way == "latin-1":
        return data.decode("latin-1")
    lost = rng.choice(["?", "\ufffd"])
    return "".join(chr(b) if b < 0x80 or b >= 0xA0 else
                   _CP1252[b - 0x80] if _CP1252[b - 0x80] != "\ufffd" else chr(b) if way == "browser" else lost
                   for b in data)


def utf16(text: str, rng: random.Random, doc: dict) -> bytes:
    """The notice as a Windows editor saves it in UTF-16, one way a notice, line ends `\\r\\n`: Notepad's "Unicode"
    (UTF-16 LE after the BOM FF FE), "Unicode big endian" (UTF-16 BE after FE FF), or a tool's export without a
    BOM (.NET's `Encoding.Unicode.GetBytes`, Java's `UnicodeBigUnmarked`, LE or BE)
    (https://blog.sina.cn/dpool/blog/s/blog_4f4f9e6f01019ru7.html: Notepad's ANSI, Unicode, Unicode big endian and
    UTF-8; https://553668.com/manong/74060.html: Notepad's "Unicode" is UTF-16 LE with a BOM)."""
    text = text.replace("\n", "\r\n")
    way = rng.choice(["le_bom", "be_bom", "le", "be"])
    body = text.encode("utf-16-le" if way.startswith("le") else "utf-16-be")
    return ({"le_bom": b"\xff\xfe", "be_bom": b"\xfe\xff"}.get(way, b"")) + body


def _cut(text: str, rng: random.Random) -> int:
    """A line boundary in the middle third of a text (where one file of two joined ends)."""
    ends = [m.end() for m in re.finditer("\n", text)]
    middle = [e for e in ends if len(text) / 3 <= e <= 2 * len(text) / 3] or ends or [len(text)]
    return rng.choice(middle)


def joined_files(text: str, rng: random.Random, doc: dict) -> bytes:
    """A notice kept as two files joined byte for byte (`copy /b head.txt+body.txt notice.txt`, `cat a b > c`), the
    two saved by different editors: UTF-8 (with Notepad's BOM or without) then GBK ("ANSI" on a Chinese Windows),
    GBK then UTF-8 with a BOM (the BOM now in the middle), or UTF-8 then UTF-8 with a BOM; cut at a line end in the
    middle third, one way a notice (https://cnblogs.com/sun-flow-er/p/18695855: bytes copied without transcoding
    leave a file part GBK, part UTF-8)."""
    at = _cut(text, rng)
    head, tail = text[:at], text[at:]
    bom = b"\xef\xbb\xbf"
    way = rng.choice(["utf8_gbk", "gbk_utf8", "utf8_utf8"])
    if way == "utf8_gbk":
        return rng.choice([bom, b""]) + head.encode("utf-8") + tail.encode("gbk")
    if way == "gbk_utf8":
        return head.encode("gbk") + bom + tail.encode("utf-8")
    return rng.choice([bom, b""]) + head.encode("utf-8") + bom + tail.encode("utf-8")


#: characters of people's names beyond GBK (CJK extension A, C, E): GB18030 writes them in four bytes (䶮 in the two
#: of the user area GBK left open), UTF-16 as a surrogate pair
_RARE = "䶮㛃𬌗𬇙𫖮𬘭𬍛"


def _rare_person(persons, doc: str) -> tuple[str, str] | None:
    """The one person of a notice whose name is given a rare character (its last), told by the notice's number."""
    persons = sorted(p for p in persons if p and len(p) >= 2)
    if not persons:
        return None
    k = zlib.crc32(doc.encode())
    name = persons[k % len(persons)]
    return name, name[:-1] + _RARE[k % len(_RARE)]


def _with_rare(text: str, rare: tuple[str, str] | None) -> str:
    if rare is None:
        return text
    name, new = rare  # (a two-character name is set out with spaces in a list: 冉　静)
    return re.sub("[ \u3000]*".join(f"({re.escape(c)})" for c in name), lambda m: m[0][:-1] + new[-1], text)


def rare_names(text: str, rng: random.Random, doc: dict) -> bytes:
    """A notice saved in GB18030 (the national standard an old office system writes) where one person's name holds a
    character beyond GBK, as a rare given name does (刘䶮, 𬌗, 𫖮: four bytes in GB18030, 81 30 xx xx to FE 39 xx xx;
    https://553668.com/manong/74060.html: U+2CC56 as D873 DC56 in UTF-16, in four bytes of UTF-8 and GB18030). The
    gold names the person the same way."""
    return _with_rare(text, _rare_person(doc.get("persons") or (), doc.get("doc") or "")).encode("gb18030")


def _rare_gold(rows: list[dict], doc: dict) -> list[dict]:
    rare = _rare_person({r.get("person") for r in rows}, doc.get("doc") or "")
    return [{k: (_with_rare(v, rare) if isinstance(v, str) and k not in ("doc", "type") else v) for k, v in r.items()}
            for r in rows]


#: made-up content farms and document-sharing mirrors: a name (ending in 网 or 文库, as theirs do) and an address
_FARM_NAMES = ("第一文秘网", "好范文网", "公文易网", "学优范文网", "三七文秘网", "秘书之家网", "快思文库", "精品文库",
               "范文先生网", "大文档网", "易写范文网", "中国公文网")
_FARM_HOSTS = ("wenmi114", "fanwen8", "gongwenyi", "xueyou5", "37wenmi", "mishu365", "kuaisi", "jpwenku",
               "fwxs", "dawendang", "yixie99", "zggongwen")


def _farm_site(rng: random.Random) -> tuple[str, str]:
    """A farm's name and address (``www.fanwen8.net``, ``http://m.wenmi114.com``)."""
    k = rng.randrange(len(_FARM_NAMES))
    host = f"{rng.choice(['www.', 'www.', 'm.', ''])}{_FARM_HOSTS[k]}.{rng.choice(['com', 'net', 'cn', 'com.cn'])}"
    return _FARM_NAMES[k], rng.choice(["", "", "http://", "https://"]) + host


def _spaced(word: str) -> str:
    return " ".join(word)


def farm_marks(text: str, rng: random.Random, doc: dict) -> str:
    """A content farm's or document-sharing mirror's marks inside the notice (文秘网, 范文网, 文库 sites; the real
    corpora's `*-1wenmi`, `*-xiaomilidoc`, `*-taodocs`, `*-360doc` pages come from such sites): its name and address in
    brackets after a sentence or at a paragraph's end (`（来源：某某文秘网 www.example.com）`, `【www.example.net】`,
    `（本文来自某某范文网）`), lines of their own between paragraphs (`本文来源于：某某网 www.example.com`, `更多精品源自
    3 7 文 秘 网`, spaced out to pass the filters), and a watermark line repeated every N lines (the IT 摆渡网 mark
    of http://www.itpub.net/forum.php?mod=viewthread&tid=2091675: `本文来源于： IT 摆渡网（http://www.itbaiduwang.com）`;
    the `【通知怎么写范文】` marks of http://m.hubeilong.com/c/0PJ1543K2024.html). Only where a farm puts them: after a
    sentence's mark or at a line's end, and between lines; never inside a word."""
    name, url = _farm_site(rng)
    inline = [f"（来源：{name} {url}）", f"【{url}】", f"（本文来自{name}）", f"({name} {url})", f"[来源:{name}]",
              f"【{name}：{url}】", f"（转载自{name}）"]
    own = [f"本文来源于：{name} {url}", f"更多精品源自 {_spaced(name)}", f"本文由{name}整理，转载请注明出处：{url}",
           f"文章来源：{name}（{url}）", f"{url}", f"更多范文请访问{name} {url}", f"本文来自{name}"]
    mark = rng.choice([f"{name} {url}", url, f"{name}版权所有", _spaced(name)])
    every = rng.randint(8, 15)
    out = []
    solid = 0
    for i, line in enumerate(_lines(text)):
        s = line.rstrip()
        if i > 2 and s.strip():
            # after a sentence's mark inside the line (the sentence goes on after the mark)
            s = re.sub(r"(?<=[。；])(?=\S)", lambda m: rng.choice(inline) if rng.random() < 0.08 else "", s)
            if s[-1:] in "。；：" and rng.random() < 0.12 or rng.random() < 0.04:
                s += rng.choice(inline)
        out.append(s if s.strip() else line)
        if not line.strip():
            continue
        solid += 1
        if i > 2 and rng.random() < 0.06:
            out.append(rng.choice(own))
        if solid % every == 0:
            out.append(mark)
    return "\n".join(out) + "\n"


_FARM_RELATED_HEAD = ("相关范文", "热门文章", "相关推荐：", "猜你喜欢", "【相关文章】", "推荐阅读：", "相关文档", "热门范文")
_FARM_RELATED = ("关于成立{year}年安全生产工作领导小组的通知", "{place}人民政府办公室关于调整防汛抗旱指挥部成员的通知",
                 "关于成立创建全国文明城市工作领导小组的通知范文", "{place}关于印发{year}年重点工作任务分工方案的通知",
                 "关于{place}人民政府领导同志工作分工的通知", "{place}人民政府关于张某某等同志职务任免的通知",
                 "{year}年关于成立疫情防控工作领导小组的通知（精选5篇）", "关于调整食品安全委员会组成人员的通知",
                 "乡镇关于成立综治维稳工作领导小组的通知", "关于成立项目建设指挥部的通知怎么写")
_FARM_PROMPTS = ("下载本文", "开通VIP 免费下载", "本文共3页 当前第1页", "下载文档到电脑，查找使用更方便",
                 "还剩2页未读，继续阅读", "免费下载 | 举报", "立即下载 文档格式：DOCX 页数：3", "VIP会员专享 · 下载券 2",
                 "点击下载本文档", "收藏 分享 举报 下载本文")


def _farm_topic(doc: dict) -> tuple[str, str]:
    """What a notice's title is about and the kind it ends with (`成立某某工作领导小组`, `通知`), as a farm's
    keyword line takes them."""
    title = re.sub(r"[《》“”]", "", doc.get("title") or "关于某某工作的通知")
    m = re.search(r"(通知|决定|方案|办法|规定|意见|通报|批复|函|计划|细则|制度)$", title)
    kind = m[1] if m else "通知"
    topic = title[: m.start()] if m else title
    topic = re.sub(r"^.*?关于", "", topic)
    topic = re.sub(r"^印发|的$", "", topic).rstrip("的")
    return topic[:16] or "某某工作", kind


def farm_seo(text: str, rng: random.Random, doc: dict) -> str:
    """A content farm's page around the notice (范文网, 文秘网, 文库): a keyword-stuffed title line over it
    (`某某通知范文 某某通知怎么写 某某通知模板`, as http://yunnanlong.com/c/184882.html prints `通知格式怎么写 通知怎么写`
    and https://www.360docs.net/doc/1119398031.html `《通知的格式 通知格式范文 通知范文大全简短的》`), the editor's line
    (`以下是小编为大家收集整理的…，仅供参考`), a 文库 page's head (https://www.renrendoc.com/paper/509584449.html:
    `版权说明：本文档由用户提供并上传…`, `文档简介`; https://m.31ppt.com/p-1653931.html: `上传人：… 文档编号：…`,
    `《….docx》由会员分享，可在线阅读…请在某某网上搜索。`, as the real corpora's `*-1wenmi` pages print it), the
    article's pager between its pages (`本文共3页 当前第1页`: a scrape that followed the pages), the download and VIP
    prompts under it, and a block of other notices' titles (相关范文, 热门文章), some with a date."""
    topic, kind = _farm_topic(doc)
    name, url = _farm_site(rng)
    signed = doc.get("signed") or "2024-01-01"
    year = signed[:4]
    title = doc.get("title") or ""
    place = re.sub(r"人民政府.*$|办公.*$", "", doc.get("issuer") or "某县")[:6] or "某县"
    sep = rng.choice([" ", "_", " | ", "，"])
    keywords = sep.join([f"{topic}{kind}范文", f"{topic}{kind}怎么写", f"{topic}{kind}模板"][: rng.randint(2, 3)])
    head = [f"《{keywords}》" if rng.random() < 0.3 else keywords]
    style = rng.choice(["fanwen", "wenku", "wenku2"])
    if style == "fanwen":
        head += [f"时间：{signed} {rng.randint(8, 21)}:{rng.randint(10, 59)}  来源：{name}  作者：admin  点击：{rng.randint(100, 9999)}",
                 rng.choice([f"以下是小编为大家收集整理的{title or topic + kind}，仅供参考，希望能够帮助到大家。",
                             f"下面是{name}小编整理的{topic}{kind}范文，欢迎阅读参考。"]), ""]
    elif style == "wenku":
        head += ["版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
                 f"已阅读3页，还剩{rng.randint(2, 9)}页未读 继续免费阅读", "下载本文档", "文档简介"]
    else:
        pages = rng.randint(3, 8)
        head += [f"上传人：{rng.choice(['p**', '王**', 'wen***'])} 文档编号：{rng.randint(100000, 999999)} 上传时间：{signed} "
                 f"格式：DOCX 页数：{pages} 大小：{rng.randint(15, 90)}.{rng.randint(10, 99)}KB", "下载 相关 举报",
                 f"亲，该文档总共{pages}页，全部预览完了，如果喜欢就下载吧！", "资源描述", "",
                 f"《{title or topic + kind}.docx》由会员分享，可在线阅读，更多相关《{title or topic + kind}.docx（{pages}页珍藏版）》"
                 f"请在{name}上搜索。", ""]
    lines = _lines(text.strip())
    # the article's pager: one or two page breaks between lines, the pager line between them
    cuts = sorted(rng.sample(range(len(lines) // 4, max(len(lines) // 4 + 1, 3 * len(lines) // 4)),
                  k=min(rng.randint(1, 2), max(1, len(lines) // 2))))
    total = len(cuts) + 1
    body = []
    for i, line in enumerate(lines):
        if i in cuts:
            page = cuts.index(i) + 1
            body.append(rng.choice([f"本文共{total}页 当前第{page}页", f"上一页 {' '.join(map(str, range(1, total + 1)))} 下一页",
                                    f"（未完，接下页）第{page}页 / 共{total}页", f"{' '.join(map(str, range(1, total + 1)))} 下一页 尾页"]))
        body.append(line)
    prompts = rng.sample(_FARM_PROMPTS, rng.randint(2, 3))
    related = [t.format(year=rng.choice([year, str(int(year) - 1)]), place=place)
               for t in rng.sample(_FARM_RELATED, rng.randint(4, 7))]
    dated = rng.random() < 0.5
    related = [(f"{i + 1}、" if not dated and rng.random() < 0.5 else "") + t
               + (f"　{int(year) - rng.randint(0, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if dated else "")
               for i, t in enumerate(related)]
    tail = ["", *prompts, rng.choice(_FARM_RELATED_HEAD), *related, f"{name}（{url}）版权所有"]
    return "\n".join(head + body + tail) + "\n"


# --- chunks round three ---

def _task_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """The task tables of a notice (a header with a 单位 column), printed with tabs between cells or drawn in box
    characters: (first line, end line, rows of cells, a box cell wrapped over lines read whole)."""
    out = []
    k = 0
    while k < len(lines):
        s = lines[k].strip()
        if "\t" in s and s.split("\t")[0].strip() in ("序号", "编号") and "单位" in s:
            j = k
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            out.append((k, j, [[c.strip(" \u3000") for c in ln.strip().split("\t")] for ln in lines[k:j]]))
            k = j
        elif s.startswith("┌"):
            j = k
            while j < len(lines) and not lines[j].strip().startswith("└"):
                j += 1
            rows, row = [], None
            for ln in lines[k + 1: j]:
                t = ln.strip()
                if t.startswith(("├", "┝")):
                    rows.append(row) if row else None
                    row = None
                    continue
                parts = [c.strip(" \u3000") for c in t.strip("│").split("│")]
                row = parts if row is None else [a + b for a, b in zip(row, parts)]
            if row:
                rows.append(row)
            if rows and "单位" in "".join(rows[0]):
                out.append((k, j + 1, rows))
            k = j + 1
        else:
            k += 1
    return out


def glued_cells(text: str, rng: random.Random, doc: dict) -> str:
    """A task table copied out of a document viewer or a 文库 preview that lost every cell and row separator: the
    header's labels run together (`序号重点任务牵头单位配合单位完成时限`), each row's cells glued with nothing between
    them, the next row's number glued to the last cell of the row before (`…2024年6月底前2推进…`); all on one line, cut
    into lines at arbitrary points (inside a cell, inside a name), or cut into a 文库 preview's chunks, each opening
    with its number (`1、`, `2、`: `市商务局,市` / `2、住建局`), as the real corpora's `*-1wenmi` pages print the tables of
    https://www.wenmi.com (第壹文秘: 贯彻落实生活垃圾分类制度重点任务责任分工表.docx, 钟楼区2023年生活垃圾分类工作任务清单.docx).
    The rest of the notice stays as it is."""
    lines = text.split("\n")
    style = rng.choice(["one_line", "cut", "chunks"])
    for first, end, rows in reversed(_task_tables(lines)):
        glued = "".join(re.sub(r"[ \u3000]", "", c) for row in rows for c in row)
        if style == "one_line":
            pieces = [glued]
        else:
            pieces, at = [], 0
            while at < len(glued):
                n = rng.randint(25, 90)
                pieces.append(glued[at: at + n])
                at += n
            if style == "chunks":
                pieces = [f"{i}、{p}" for i, p in enumerate(pieces, 1)]
        lines[first:end] = pieces
    return "\n".join(lines)


#: name -> (transform, suffix of the file written)
TRANSFORMS: dict[str, tuple[Callable[[str, random.Random, dict], str | bytes], str]] = {
    "plain": (lambda text, rng, doc: text, ".txt"),
    "one_line": (one_line, ".txt"),
    "one_line_spaced": (one_line_spaced, ".txt"),
    "chrome": (chrome, ".txt"),
    "info_lines": (info_lines, ".txt"),
    "info_cells": (info_cells, ".txt"),
    "info_glued": (info_glued, ".txt"),
    "info_unknown": (info_unknown, ".txt"),
    "info_spaced": (info_spaced, ".txt"),
    "info_rows": (info_rows, ".txt"),
    "info_stacked": (info_stacked, ".txt"),
    "info_empty": (info_empty, ".txt"),
    "repost": (repost, ".txt"),
    "pushed": (pushed, ".txt"),
    "question_marks": (question_marks, ".txt"),
    "halfwidth": (halfwidth, ".txt"),
    "traditional": (traditional, ".txt"),
    "html_page": (html_page, ".html"),
    "spaced_names": (spaced_names, ".txt"),
    "glued_names": (glued_names, ".txt"),
    "female_notes": (female_notes, ".txt"),
    "list_notes": (list_notes, ".txt"),
    "split_title": (split_title, ".txt"),
    "cells_per_line": (cells_per_line, ".txt"),
    "traditional_pinyin": (traditional_pinyin, ".txt"),
    "filter_dots": (filter_dots, ".txt"),
    "fullwidth_digits": (fullwidth_digits, ".txt"),
    "cn_dates": (cn_dates, ".txt"),
    "doc_brackets": (doc_brackets, ".txt"),
    "signature_glued": (signature_glued, ".txt"),
    "date_formats": (date_formats, ".txt"),
    "pipe_cells": (pipe_cells, ".txt"),
    "no_number": (no_number, ".txt"),
    "no_title": (no_title, ".txt"),
    "glued_flat": (glued_flat, ".txt"),
    "glued_one_line": (glued_one_line, ".txt"),
    "pdf_wrap": (pdf_wrap, ".txt"),
    "tab_cells": (tab_cells, ".txt"),
    "enum_styles": (enum_styles, ".txt"),
    "inline_members": (inline_members, ".txt"),
    "post_first": (post_first, ".txt"),
    "related": (related, ".txt"),
    "html_old": (html_old, ".html"),
    "html_divs": (html_divs, ".html"),
    "markdown": (markdown, ".md"),
    "lawdb": (lawdb, ".txt"),
    "wechat": (wechat, ".txt"),
    "jsonl_html": (jsonl_html, ".jsonl"),
    "invisible": (invisible, ".txt"),
    "crlf": (crlf, ".txt"),
    "spaced_title": (spaced_title, ".txt"),
    "pdf_radicals": (pdf_radicals, ".txt"),
    "title_number": (title_number, ".txt"),
    "seal": (seal, ".txt"),
    "html_table": (html_table, ".html"),
    "no_enumerators": (no_enumerators, ".txt"),
    "spaced_numbers": (spaced_numbers, ".txt"),
    "spam_lines": (spam_lines, ".txt"),
    "lost_brackets": (lost_brackets, ".txt"),
    "big5": (big5, ".html"),
    "charset_lie": (charset_lie, ".html"),
    "em_spaces": (em_spaces, ".txt"),
    "entities": (entities, ".txt"),
    "ornaments": (ornaments, ".txt"),
    "json_api": (json_api, ".json"),
    "script_text": (script_text, ".txt"),
    "image_lines": (image_lines, ".txt"),
    "quoted": (quoted, ".txt"),
    "pdf_heads": (pdf_heads, ".txt"),
    "line_numbers": (line_numbers, ".txt"),
    "mojibake_gbk": (mojibake_gbk, ".txt"),
    "mojibake_gbk_cms": (mojibake_gbk_cms, ".html"),
    "mojibake_latin1": (mojibake_latin1, ".txt"),
    "utf16": (utf16, ".txt"),
    "joined_files": (joined_files, ".txt"),
    "rare_names": (rare_names, ".txt"),
    "farm_marks": (farm_marks, ".txt"),
    "farm_seo": (farm_seo, ".txt"),
    # --- chunks round three ---
    "glued_cells": (glued_cells, ".txt"),
}
#: the classes a page may carry at once, in the order a page gets them (the text's own, the copy's
#: characters, the page around it, its lines)
_MIXABLE = ("spaced_names", "glued_names", "female_notes", "split_title", "cells_per_line", "pipe_cells",
            "cn_dates", "date_formats", "signature_glued", "doc_brackets", "fullwidth_digits", "halfwidth",
            "filter_dots", "traditional", "chrome", "info_lines", "info_cells", "info_glued", "repost", "pushed",
            "question_marks", "one_line_spaced")


def mixed(text: str, rng: random.Random, doc: dict) -> str:
    """Three classes at once, drawn for each notice, as a real page carries them."""
    chosen = set(rng.sample(_MIXABLE, 3))
    for name in _MIXABLE:
        if name in chosen:
            text = TRANSFORMS[name][0](text, rng, doc)
    return text


TRANSFORMS["mixed"] = (mixed, ".txt")

#: the transforms that change what the gold says of a notice: name -> (gold rows, document row) -> rows
GOLD_CHANGES: dict[str, Callable[[list[dict], dict], list[dict]]] = {
    "no_number": _told_by_title,
    "no_title": _untitled,
    "rare_names": _rare_gold,
}


# --- reading the clean notices and scoring a transform ------------------------------------------

def _rows(paths: list[Path]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        try:
            build(paths, store)
            return fact_rows(store)
        finally:
            store.close()


def clean_notices(corpora: tuple[str, ...] = CLEAN) -> tuple[list[Clean], list[dict]]:
    """The plain-text notices of ``corpora`` (one notice a file), each with its document row as
    extracted, and the gold rows of those notices (told by ``doc``, the gold's key)."""
    notices, gold = [], []
    for corpus in corpora:
        paths = sorted((CORPUS / corpus / "notices").glob("*.txt"))
        read = {}
        for path in paths:
            items = [n for n in read_inputs([path]) if isinstance(n, RawNotice)]
            if len(items) == 1:
                read[path] = items[0].text
        rows = _rows(list(read))
        docs = {}
        for row in rows:
            if row["type"] == "document":
                docs[Path(row["source"]).name] = row
        gold_rows = read_jsonl(CORPUS / corpus / "gold.jsonl")
        gold_docs = {g["doc"] for g in gold_rows if g["type"] == "document"}
        persons: dict[str, set[str]] = {}
        for g in gold_rows:
            if g.get("person"):
                persons.setdefault(g.get("doc"), set()).add(g["person"])
        kept = set()
        for path, text in read.items():
            doc = docs.get(path.name)
            if doc is None or doc.get("doc") not in gold_docs:
                continue  # a notice the clean text itself does not key right: no baseline
            notices.append(Clean(corpus, path.name, text, doc, tuple(sorted(persons.get(doc["doc"], ())))))
            kept.add(doc["doc"])
        gold += [g for g in gold_rows if g.get("doc") in kept]
    return notices, gold


def _simplified(row: dict) -> dict:
    return {k: (zhconv.convert(v, "zh-cn") if k in _TEXT_FIELDS and isinstance(v, str) else v)
            for k, v in row.items()}


def noisy_rows(name: str, notices: list[Clean]) -> list[dict]:
    """Extract every notice with transform ``name`` applied; the facts table's rows."""
    transform, suffix = TRANSFORMS[name]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n in notices:
            path = Path(tmp) / f"{n.corpus}--{Path(n.name).stem}{suffix}"
            page = transform(n.text, _rng(n.name, name), dict(n.doc, persons=n.persons))
            if isinstance(page, bytes):  # (a page in another encoding than UTF-8)
                path.write_bytes(page)
            else:
                path.write_text(page, encoding="utf-8")
            paths.append(path)
        rows = _rows(paths)
    return [_simplified(r) for r in rows] if name.startswith("traditional") or name in ("mixed", "big5") else rows


def score_transform(name: str, notices: list[Clean], gold: list[dict]) -> Report:
    change = GOLD_CHANGES.get(name)
    if change is not None:
        if name == "no_title":  # a notice told by its title alone would be told by nothing; a cover
            # letter without its title is titled by what it sends out (docs/facts.md): left out too
            notices = [n for n in notices if _number_re(n.doc.get("doc") or "") is not None
                       and n.doc.get("kind") in ("personnel", "notice")]
        by_doc: dict[str, list[dict]] = {}
        for row in gold:
            by_doc.setdefault(row.get("doc"), []).append(row)
        gold = [row for n in notices for row in change(by_doc.get(n.doc["doc"], []), n.doc)]
    if name == "mixed":  # (the rows of a traditional copy are read back to simplified script: the gold too)
        gold = [_simplified(r) for r in gold]
    return score(noisy_rows(name, notices), gold)


def score_all(names: list[str], notices: list[Clean], gold: list[dict],
              workers: int = 2) -> Iterator[tuple[str, Report]]:
    """(name, report) for each transform of ``names``, in order, scored by ``workers`` processes
    (each transform builds its copies into a store of its own)."""
    if workers <= 1 or len(names) <= 1:
        for name in names:
            yield name, score_transform(name, notices, gold)
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures = [pool.submit(score_transform, name, notices, gold) for name in names]
        for name, future in zip(names, futures):
            yield name, future.result()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("transforms", nargs="*", default=list(TRANSFORMS))
    parser.add_argument("--corpora", default=",".join(CLEAN))
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2, help="processes scoring transforms side by side")
    args = parser.parse_args(argv)
    notices, gold = clean_notices(tuple(args.corpora.split(",")))
    print(f"{len(notices)} notices, {len(gold)} gold rows")
    kinds = ("document", "appointment", "removal", "position", "membership", "subgroup", "assignment", "citation")
    print(f"{'transform':16s} micro  " + " ".join(k[:5] for k in kinds))
    for name, report in score_all(args.transforms, notices, gold, args.workers):
        cells = " ".join(f"{report.per_type[k].f1:.3f}" if k in report.per_type else "  -  " for k in kinds)
        print(f"{name:16s} {report.micro.f1:.3f}  {cells}", flush=True)
        for label, items in (("missing", report.missing), ("spurious", report.spurious)):
            for item in items[: args.show_errors]:
                print(f"    {label}: {item}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
