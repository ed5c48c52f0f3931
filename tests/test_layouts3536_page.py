"""Reading the page and the document row, the classes of errors the blind corpora layouts35-36 found: a crawl's
JSON Lines whose records keep the text as a list of paragraphs; a yearbook flipbook's page header (Page 37 - 某某年鉴,
P. 37) over a notice that lost its title and number, and again inside its list of members; a forum post copied with
its table's cell borders, every line closed by `` |``. All notices are made up."""
from __future__ import annotations

import json
from pathlib import Path

from govkg.facts import Membership
from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _read(tmp_path: Path, text: str, name: str = "page.txt") -> list[RawNotice]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


def _members(facts) -> set[tuple[str, str, str]]:
    return {(f.group, f.person, f.role) for f in facts.facts if isinstance(f, Membership)}


_GROUP_LINES = ["某政办发〔2021〕9号", "各乡镇人民政府，县政府各部门：",
                "为加强防汛工作，经县政府同意，决定成立某县防汛工作领导小组。组成人员如下：",
                "组　长：甲建国　县人民政府副县长", "成　员：乙文华　县水利局局长", "　　　　丙志强　县财政局副局长",
                "某县人民政府办公室", "2021年6月2日"]


# a crawl that kept the page's paragraphs as a list of strings, under a field name no list knows
def test_jsonl_paragraphs_list_is_the_text(tmp_path):
    records = [{"site": "某县人民政府", "headline": "某县人民政府办公室关于成立某县防汛工作领导小组的通知",
                "page_url": "http://www.example.gov.cn/a/1.html", "release_date": "2021-06-03",
                "paragraphs": _GROUP_LINES},
               {"headline": "某县人民政府关于另一事项的通知", "content": ["某政发〔2021〕3号", "各乡镇人民政府：",
                                                                 "现将有关事项通知如下：请各单位认真贯彻落实有关工作要求。",
                                                                 "某县人民政府", "2021年5月2日"]}]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    notices = _read(tmp_path, text, "crawl.jsonl")
    assert len(notices) == 2
    first = notices[0]
    assert first.text.split("\n") == _GROUP_LINES
    assert first.meta["title"] == "某县人民政府办公室关于成立某县防汛工作领导小组的通知"
    assert first.meta["published"] == "2021-06-03" and first.meta["url"] == "http://www.example.gov.cn/a/1.html"
    facts = extract(first)
    assert facts.document.number == "某政办发〔2021〕9号"
    assert ("某县防汛工作领导小组", "丙志强", "成员") in _members(facts)
    assert notices[1].text.startswith("某政发〔2021〕3号\n各乡镇人民政府：")


# a list of tags is no text and no title: the record's text is still its long string
def test_jsonl_list_of_tags_is_not_read(tmp_path):
    record = {"tags": ["人事", "任免"], "text": "\n".join(_GROUP_LINES), "title": "某县人民政府办公室关于成立某县防汛工作领导小组的通知"}
    (notice,) = _read(tmp_path, json.dumps(record, ensure_ascii=False) + "\n", "feed.jsonl")
    assert notice.text == "\n".join(_GROUP_LINES)


FLIPBOOK = """Page 12 - 某开发区年鉴（2024）
P. 12
各局、办、中心，各园区：
为加快产业发展，管委会决定成立某开发区产业发展工作专班。现将有关事项通知如下：
一、专班组成
专 班 长：甲建国　管委会主任
成　　员：乙文华　管委会财政局局长
Page 13 - 某开发区年鉴（2024）
P. 13
　　　　　丙志强　管委会经济发展局局长
二、工作要求
各成员单位要加强协作。
某开发区管理委员会
2024年3月5日
"""


# a flipbook's page header is page furniture: not the title, not the number, and no break in the list it cuts
def test_flipbook_page_header_is_furniture(tmp_path):
    (notice,) = _read(tmp_path, FLIPBOOK)
    facts = extract(notice)
    assert not facts.document.title and facts.document.number is None
    assert facts.document.issuer == "某开发区管理委员会"
    members = _members(facts)
    assert ("某开发区产业发展工作专班", "乙文华", "成员") in members
    assert ("某开发区产业发展工作专班", "丙志强", "成员") in members


FORUM = """某某论坛 › 政务资讯 › 查看内容
|
某县人民政府办公室关于成立某县防汛工作领导小组的通知 |
|
楼主　发表于2021-6-5 09:31 | 只看该作者 | 倒序浏览
|
""" + "".join(ln + " |\n" for ln in _GROUP_LINES) + """|
回复　引用　举报　TOP
|
"""


# a forum post copied with its table's borders: the bar closing every line is no part of the text
def test_forum_post_borders_go(tmp_path):
    (notice,) = _read(tmp_path, FORUM)
    facts = extract(notice)
    assert facts.document.title == "某县人民政府办公室关于成立某县防汛工作领导小组的通知"
    assert facts.document.number == "某政办发〔2021〕9号"
    assert _members(facts) >= {("某县防汛工作领导小组", "甲建国", "组长"), ("某县防汛工作领导小组", "乙文华", "成员"),
                               ("某县防汛工作领导小组", "丙志强", "成员")}


# a markdown table's rows open with their bar too: they stay as they are
def test_markdown_rows_keep_their_bars():
    from govkg.text import drop_post_borders
    table = "\n".join(["| 序号 | 任务 | 牵头单位 |", "| --- | --- | --- |"] + [f"| {k} | 任务{k} | 某局 |" for k in range(6)])
    assert drop_post_borders(table) == table


# a table copied one cell a line, each cell closed by its bar, and an infobox's rows with bars inside: no post's borders
def test_table_cells_keep_their_bars():
    from govkg.text import drop_post_borders
    cells = "\n".join(f"{c} |" for c in ["序号", "工作任务", "牵头部门", "配合部门", "1", "推行企业开办一网通办", "某局", "某中心"])
    assert drop_post_borders(cells) == cells
    infobox = "\n".join(["上级机构 | 某某部 |", "机构类型 | 某某局 |", "|", "行政级别 | 副部级 |", "|",
                         "总部 | |", "地址 | 某某路 |"])
    assert drop_post_borders(infobox) == infobox


QUESTION = """某县2022年重点任务是怎么分工的?各项任务由哪些单位牵头?_某某问答
某县2022年重点任务是怎么分工的?各项任务由哪些单位牵头?
2024-05-01 10:20:30
写回答
最佳答案
县政府办公室当年印发了分工方案，原文如下：
某县人民政府办公室关于印发某县2022年重点任务分工方案的通知
某政办发〔2022〕5号
各乡镇人民政府，县政府各部门：
《某县2022年重点任务分工方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。
某县人民政府办公室
2022年3月1日
"""


# a Q&A page's question is its headline; the notice its answer reproduces, title over number, names the page
def test_question_headline_gives_way_to_the_quoted_notice(tmp_path):
    (notice,) = _read(tmp_path, QUESTION)
    doc = extract(notice).document
    assert doc.title == "某县人民政府办公室关于印发某县2022年重点任务分工方案的通知"
    assert doc.number == "某政办发〔2022〕5号" and doc.issuer == "某县人民政府办公室" and doc.signed == "2022-03-01"


SESSION_NEWS = """某县十五届人大常委会举行第八次会议
2020-05-20 16:42:07　来源：某县新闻网　作者：admin
某县新闻网讯 5月19日，某县第十五届人大常委会第八次会议召开。县人大常委会主任甲某主持会议。
会议表决通过了人事任免事项。根据县人民政府县长的提请，某县人民代表大会常务委员会决定任命乙文华为某县财政局局长，免去丙志强的某县财政局局长职务。
上一篇：某县召开某某工作会议
"""


# a county session's news report that names the standing committee in full as the maker of its decisions: its issuer
def test_session_report_names_its_deciding_committee(tmp_path):
    (notice,) = _read(tmp_path, SESSION_NEWS)
    doc = extract(notice).document
    assert doc.title == "某县十五届人大常委会举行第八次会议" and doc.kind == "personnel"
    assert doc.issuer == "某县人民代表大会常务委员会"


# a list's heading (某县人民代表大会常务委员会任命名单) names no decider
def test_list_heading_is_no_deciding_committee():
    from govkg.extract.document import deciding_committee
    assert deciding_committee("会议通过了任命名单。某县人民代表大会常务委员会任命名单\n任命乙文华为某县财政局局长。") is None
