"""A repost's lead and a body's name in a title (twenty-fifth session, from the blind corpus layouts8).

A site that reposts a notice often opens with a lead that reports it (``某厅日前印发通知，成立X。全文如下：``) and
names the group short; the notice's own sentence sets it up in full (``决定成立某部X（以下简称领导小组）``), and that
is the group's name (facts spec: the sentence that sets it up, in the text's own words). And ``人事`` read across two
words (``退役军人事务局``, ``个人事项``) does not make a title a personnel notice."""
from __future__ import annotations

import pytest

from helpers import assignments, document, members, subgroups

_NOTICE = """{title}
某某网 2022-03-01 09:15
{lead}
示例办发〔2022〕12号
各市（州）示例局，厅机关各处室：
为加强对某项工作的组织领导，经厅领导同意，决定成立{full}（以下简称领导小组）。现将有关事项通知如下：
一、领导小组组成
组　长：岑立山　　示例厅厅长
副组长：闵若溪　　示例厅副厅长
成　员：龚一帆　　示例厅规划处处长
二、领导小组办公室
领导小组下设办公室，办公室设在规划处，办公室主任由龚一帆同志兼任。
示例厅办公室
2022年2月25日
"""


@pytest.mark.parametrize("lead", [
    "示例厅日前印发通知，成立乡村人才振兴工作领导小组。全文如下：",
    "近日，示例厅下发通知，成立乡村人才振兴工作领导小组，通知内容如下：",
])
def test_a_repost_lead_yields_to_the_notice_s_own_name(lead):
    text = _NOTICE.format(title="示例厅办公室关于成立乡村人才振兴工作领导小组的通知", lead=lead,
                          full="示例厅乡村人才振兴工作领导小组")
    groups = {g for g, _, _ in members(text)}
    assert groups == {"示例厅乡村人才振兴工作领导小组", "示例厅乡村人才振兴工作领导小组办公室"}
    assert ("示例厅乡村人才振兴工作领导小组", "岑立山", "组长") in members(text)


def test_a_lead_with_the_same_name_keeps_it():
    text = _NOTICE.format(title="示例厅办公室关于成立乡村人才振兴工作领导小组的通知",
                          lead="示例厅日前印发通知，成立乡村人才振兴工作领导小组。全文如下：",
                          full="乡村人才振兴工作领导小组")
    assert {g for g, _, _ in members(text)} == {"乡村人才振兴工作领导小组", "乡村人才振兴工作领导小组办公室"}


@pytest.mark.parametrize("title, kind", [
    ("某市退役军人事务局关于成立双拥工作领导小组的通知", "notice"),
    ("退役軍人事務部辦公廳關於成立某某工作領導小組的通知", "notice"),
    ("关于做好领导干部个人事项报告工作的通知", "notice"),
    ("某市退役军人事务局关于甲某某等同志职务任免的通知", "personnel"),
    ("某县人民政府关于人事调整的通知", "personnel"),
])
def test_renshi_across_two_words_is_no_personnel_title(title, kind):
    assert document(f"{title}\n各有关单位：\n现将有关事项通知如下。\n某市人民政府办公室\n2023年5月6日\n").kind == kind


_UNTITLED = ("{path}\n\n各村（社区），镇各部门：\n  经镇党委研究，决定成立示例镇河长制工作领导小组，组成人员如下：\n"
             "  组  长：蒲志远  镇党委书记\n  副组长：樊晓岚（女）  镇党委副书记、镇长\n  特此通知。\n"
             "示例镇人民政府\n2019年4月2日\n")


@pytest.mark.parametrize("path", [
    "政府信息公开信息公开乡镇目录示例镇法定主动公开内容其他",
    "信息公开目录示例镇法定主动公开内容规划计划",
])
def test_a_disclosure_catalogue_s_path_run_together_is_no_headline(path):
    doc = document(_UNTITLED.format(path=path))
    assert not doc.title and doc.issuer == "示例镇人民政府"
    assert ("示例镇河长制工作领导小组", "蒲志远", "组长") in members(_UNTITLED.format(path=path))


def test_a_title_about_the_catalogue_is_still_a_title():
    text = ("关于做好政府信息公开目录编制工作的通知\n示政办发〔2019〕3号\n各镇人民政府，县直各单位：\n"
            "现就有关事项通知如下。\n示例县人民政府办公室\n2019年4月2日\n")
    assert document(text).title == "关于做好政府信息公开目录编制工作的通知"


def test_groups_headed_under_a_heading_that_sets_them_up_are_its_parts():
    text = ("示例厅办公室关于成立示例厅数字政务工作领导小组的通知\n各处室：\n经研究，决定成立示例厅数字政务工作领导小组。\n"
            "一、领导小组组成\n组　长：岑立山　示例厅厅长\n二、领导小组下设专项组\n"
            "（一）平台建设组。组长由闵若溪同志兼任，负责平台建设的统筹推进。\n"
            "（二）督导评估组。组长由龚一帆同志兼任，负责督导评估工作。\n示例厅办公室\n2022年2月25日\n")
    parts = subgroups(text)
    assert {("平台建设组", "示例厅数字政务工作领导小组"), ("督导评估组", "示例厅数字政务工作领导小组")} <= parts
    assert ("平台建设组", "闵若溪", "组长") in members(text)


@pytest.mark.parametrize("item, rows", [
    # who does the item and who helps, in a sentence of their own right after its heading, more text after it
    ("四、提升经费保障水平。财务处负责，各市（州）教育局配合。落实生均公用经费标准，保障学校正常运转。",
     {("提升经费保障水平", "responsible", "财务处"), ("提升经费保障水平", "support", "各市(州)教育局")}),
    ("（三）完善工程运行管护机制。县水务局负责，各乡镇（街道）配合。落实管护主体和经费。",
     {("完善工程运行管护机制", "responsible", "县水务局"), ("完善工程运行管护机制", "support", "各乡镇(街道)")}),
])
def test_an_item_s_first_sentence_names_who_does_it_and_who_helps(item, rows):
    text = ("示例县人民政府办公室关于印发示例县农村供水提升实施方案的通知\n各乡镇人民政府，县直各单位：\n"
            "现将《示例县农村供水提升实施方案》印发给你们，请认真贯彻执行。\n示例县人民政府办公室\n2021年3月2日\n"
            "示例县农村供水提升实施方案\n一、主要任务\n" + item + "\n")
    assert rows <= assignments(text)


def test_helpers_named_before_anyone_who_does_the_item_give_nothing():
    text = ("示例县人民政府办公室关于印发示例县农村供水提升实施方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n"
            "示例县人民政府办公室\n2021年3月2日\n一、主要任务\n（一）完善管护机制。县财政局配合，落实管护经费。\n")
    assert not any(role == "support" for _, role, _ in assignments(text))
