"""Reading the page, the classes of errors the blind corpora layouts41-44 found: a page holding two notices read as
one. A compilation page (a 范文/文库 site's) prints each text under a ``第一篇:`` heading; a listing table prints each
entry's row (its title and date) over a ``文字版：`` line holding the whole notice, its title, number and addressees
glued on one line; a search page prints each result's title, a ``date 来源：… 阅读：…`` line and the text on one line.
A new notice is its full title at a line's start (behind such a heading) with its number or addressees after it,
after the previous notice's signature. All notices are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Membership
from govkg.ingest import read_file
from govkg.ingest.listing import _GLUED_HEAD, _STAMP
from govkg.nlp import extract
from govkg.notice import RawNotice

FIRST = "某县人民政府关于甲建国等同志职务任免的通知"
SECOND = "某县人民政府办公室关于调整某县防汛工作领导小组成员的通知"
FIRST_TEXT = ("某政任〔2019〕4号 各乡镇人民政府，县政府各部门： 经县人民政府研究决定： 任命甲建国为县财政局局长； "
              "免去乙文华的县水利局局长职务，另有任用。 某县人民政府 二〇一九年三月八日")
SECOND_TEXT = ("某政办发〔2019〕12号 各乡镇人民政府，县政府各部门： 因人事变动，经县政府同意，现将县防汛工作领导小组成员"
               "调整如下： 组　长：丙志强　副县长 成　员：丁海涛　县水利局局长 某县人民政府办公室 2019年5月6日")


def _read(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


def _check_two(notices: list[RawNotice]) -> None:
    assert [n.meta["title"] for n in notices] == [FIRST, SECOND]
    first, second = (extract(n) for n in notices)
    assert first.document.number == "某政任〔2019〕4号"
    assert second.document.number == "某政办发〔2019〕12号"
    members = {(f.group, f.person, f.role) for f in second.facts if isinstance(f, Membership)}
    assert ("某县防汛工作领导小组", "丙志强", "组长") in members
    assert not any(isinstance(f, Membership) for f in first.facts)


# a compilation page: each text under its 第N篇: heading, the title on its own line, the text on one line
def test_compilation_headings_split(tmp_path):
    text = f"第一篇:{FIRST}\n{FIRST_TEXT}\n第二篇:{SECOND}\n{SECOND_TEXT}\n"
    notices = _read(tmp_path, text)
    _check_two(notices)
    assert not any("published" in n.meta for n in notices)


# the same page whose headings are the site's own short names, each title glued to its number; the page's date
# in its header is the day it published both
def test_compilation_glued_heads_split(tmp_path):
    text = ("首页 > 范文库 > 文库\n某县文件两篇\n编辑:某某 发布时间: 2023-06-12 09:41:27 来源:网络\n\n"
            f"第一篇:某县任免通知\n\n{FIRST} {FIRST_TEXT}\n\n第二篇:某县防汛通知\n\n{SECOND} {SECOND_TEXT}\n")
    notices = _read(tmp_path, text)
    _check_two(notices)
    assert [n.meta.get("published") for n in notices] == ["2023-06-12", "2023-06-12"]


# a listing table: each row (number, title, date, download links) over a 文字版： line with the notice on one line
def test_listing_table_rows_split(tmp_path):
    text = ("某县人民政府 政府信息公开\n序号标题发布日期下载\n"
            f"1 {FIRST} 2019-03-10 下载文字版 下载图片版\n文字版：{FIRST} {FIRST_TEXT}\n"
            f"2 {SECOND} 2019-05-08 下载文字版 下载图片版\n文字版：{SECOND} {SECOND_TEXT}\n"
            "共2条 1/1页 首页 上一页 1 下一页 尾页\n")
    notices = _read(tmp_path, text)
    _check_two(notices)
    assert [n.meta.get("published") for n in notices] == ["2019-03-10", "2019-05-08"]
    assert SECOND not in notices[0].text  # (the next row is no part of the text before it)


# search results: a title line, the date with the result's fields, then the text on one line
def test_search_results_split(tmp_path):
    text = ("首页 > 文章搜索\n共搜索到 2 条相关结果\n\n"
            f"{FIRST}\n2019-03-10　来源：某县人民政府网　阅读：312\n{FIRST_TEXT}\n\n"
            f"{SECOND}\n2019-05-08　来源：某县人民政府网　阅读：87\n{SECOND_TEXT}\n\n上一页 1 下一页\n")
    notices = _read(tmp_path, text)
    _check_two(notices)
    assert [n.meta.get("published") for n in notices] == ["2019-03-10", "2019-05-08"]


# one notice whose line breaks were lost, citing another notice inside its text, stays one notice
def test_one_notice_on_one_line_stays_one(tmp_path):
    text = (f"{SECOND} {SECOND_TEXT[:-10]}《{FIRST}》（某政任〔2019〕4号）同时废止。 某县人民政府办公室 2019年5月6日\n")
    notices = _read(tmp_path, text)
    assert len(notices) == 1


def test_glued_head_and_stamp_are_linear():
    line = "某" * 200_000 + " 各乡镇："
    assert _GLUED_HEAD.search(line) is None or True  # (returns at once)
    assert _STAMP.match("2019-03-10　来源：某县人民政府网　阅读：312")
    assert not _STAMP.match("2019-03-10 某县人民政府网阅读")
