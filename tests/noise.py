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
import random
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

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


#: name -> (transform, suffix of the file written)
TRANSFORMS: dict[str, tuple[Callable[[str, random.Random, dict], str], str]] = {
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
    "repost": (repost, ".txt"),
    "pushed": (pushed, ".txt"),
    "question_marks": (question_marks, ".txt"),
    "halfwidth": (halfwidth, ".txt"),
    "traditional": (traditional, ".txt"),
    "html_page": (html_page, ".html"),
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
        kept = set()
        for path, text in read.items():
            doc = docs.get(path.name)
            if doc is None or doc.get("doc") not in gold_docs:
                continue  # a notice the clean text itself does not key right: no baseline
            notices.append(Clean(corpus, path.name, text, doc))
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
            path.write_text(transform(n.text, _rng(n.name, name), n.doc), encoding="utf-8")
            paths.append(path)
        rows = _rows(paths)
    return [_simplified(r) for r in rows] if name == "traditional" else rows


def score_transform(name: str, notices: list[Clean], gold: list[dict]) -> Report:
    return score(noisy_rows(name, notices), gold)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("transforms", nargs="*", default=list(TRANSFORMS))
    parser.add_argument("--corpora", default=",".join(CLEAN))
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    notices, gold = clean_notices(tuple(args.corpora.split(",")))
    print(f"{len(notices)} notices, {len(gold)} gold rows")
    kinds = ("document", "appointment", "removal", "position", "membership", "subgroup", "assignment", "citation")
    print(f"{'transform':16s} micro  " + " ".join(k[:5] for k in kinds))
    for name in args.transforms:
        report = score_transform(name, notices, gold)
        cells = " ".join(f"{report.per_type[k].f1:.3f}" if k in report.per_type else "  -  " for k in kinds)
        print(f"{name:16s} {report.micro.f1:.3f}  {cells}", flush=True)
        for label, items in (("missing", report.missing), ("spurious", report.spurious)):
            for item in items[: args.show_errors]:
                print(f"    {label}: {item}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
