"""A repost's lead and a body's name in a title (twenty-fifth session, from the blind corpus layouts8).

A site that reposts a notice often opens with a lead that reports it (``某厅日前印发通知，成立X。全文如下：``) and
names the group short; the notice's own sentence sets it up in full (``决定成立某部X（以下简称领导小组）``), and that
is the group's name (facts spec: the sentence that sets it up, in the text's own words). And ``人事`` read across two
words (``退役军人事务局``, ``个人事项``) does not make a title a personnel notice."""
from __future__ import annotations

import pytest

from helpers import document, members

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
