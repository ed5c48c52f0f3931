"""Page noise of the class no_enumerators (tests/noise.py): a copy out of a word processor (or an HTML page whose
numbering was CSS) lost its automatic numbering, the 一、 and （一） that opened headings and items; the text after
them stays. A heading is told by its shape and place instead: a short phrase with no sentence mark inside, on a line
of its own between paragraphs or closed by 。 before its part's first sentence (parts.bare_heading).
Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.extract.parts import bare_heading
from helpers import assignments, members, subgroups


@pytest.mark.parametrize("text, end", [
    ("　　专项工作组", 7),
    ("　　综合协调组。组长：甲某；成员单位：市某局。", 7),
    ("　　第一督导分组（负责甲区、乙区）", 17),
    ("工作要求", 4),
    # not headings: a sentence, a label, a list, a sentence alone with its 。, a date
    ("　　各单位要高度重视，认真落实。", None),
    ("组　长：甲某", None),
    ("成员单位：市某局、市某委", None),
    ("会议由甲某主持。", None),
    ("2024年3月5日", None),
])
def test_a_heading_is_told_by_its_shape(text, end):
    assert bare_heading(text) == end


_GROUP_HEAD = ("某市人民政府办公室文件\n某政办函〔2024〕8号\n某市人民政府办公室关于成立某市防汛抗旱指挥部的通知\n"
               "各县区人民政府，市直各单位：\n　　为做好防汛抗旱工作，市政府决定成立某市防汛抗旱指挥部。现将有关事项通知如下：\n")
_GROUP_FOOT = "　　工作要求\n　　各单位要高度重视，认真落实。\n某市人民政府办公室\n2024年3月20日\n"
_GROUP = "某市防汛抗旱指挥部"


@pytest.mark.parametrize("subunits", [
    # the work groups' headings closed by 。 before their heads, under a heading over the work groups
    "　　专项工作组\n　　指挥部下设2个专项工作组。\n"
    "　　综合协调组。组长：甲明；成员单位：市应急管理局、市水利局。负责综合协调。\n"
    "　　抢险救援组。组长：乙红；副组长：丙强。负责抢险救援。\n",
    # the work groups' headings alone on their lines, a role-labelled list under each
    "　　专项工作组\n　　综合协调组\n　　组　长：甲明（市应急管理局局长）\n"
    "　　抢险救援组\n　　组　长：乙红（市水利局局长）\n　　副组长：丙强（市消防救援支队副支队长）\n",
])
def test_work_groups_headed_without_their_enumerators(subunits):
    text = _GROUP_HEAD + "　　指挥部组成人员\n　　指挥长：丁伟（市长）\n" + subunits + _GROUP_FOOT
    assert subgroups(text) == {("综合协调组", _GROUP), ("抢险救援组", _GROUP)}
    assert set(members(text)) == {(_GROUP, "丁伟", "指挥长"), ("综合协调组", "甲明", "组长"),
                                  ("抢险救援组", "乙红", "组长"), ("抢险救援组", "丙强", "副组长")}


def test_a_part_heading_ends_a_member_list():
    """督导内容 over a paragraph is the next part's heading, not one more member of the list above it."""
    text = (_GROUP_HEAD + "　　指挥部组成人员\n　　指挥长：丁伟（市长）\n　　成　员：甲明（市应急管理局局长）\n"
            "　　　　　　乙红（市水利局局长）\n　　督导内容\n　　重点督导各地防汛责任落实情况。\n" + _GROUP_FOOT)
    assert set(members(text)) == {(_GROUP, "丁伟", "指挥长"), (_GROUP, "甲明", "成员"), (_GROUP, "乙红", "成员")}


@pytest.mark.parametrize("text", [
    # a sentence the page wrapped inside a group's name: 导小组。 opens no heading
    "　　为加强防汛工作，市政府决定成立某市防汛抗旱领\n导小组。其主要任务是：统筹防汛工作。领导小组由下列同志组成：\n"
    "组　长：甲明（市长）\n成　员：乙红（市水利局局长）\n",
    # a body that signs or sends on a line of its own is no group's heading: the office is the group's
    "　　为加强防汛工作，市政府决定成立某市防汛抗旱领导小组。领导小组由下列同志组成：\n"
    "组　长：甲明（市长）\n成　员：乙红（市水利局局长）\n某市住房和城乡建设委员会\n　　办公室设在市水利局，负责日常工作。\n",
])
def test_no_heading_where_a_numbered_notice_has_none(text):
    head = "某市人民政府办公室文件\n某政办函〔2024〕9号\n某市人民政府办公室关于成立某市防汛抗旱领导小组的通知\n各单位：\n"
    group = "某市防汛抗旱领导小组"
    assert subgroups(head + text) <= {(group + "办公室", group)}
    assert set(members(head + text)) == {(group, "甲明", "组长"), (group, "乙红", "成员")}


_PLAN_HEAD = ("某市人民政府办公室文件\n某政办发〔2024〕15号\n某市人民政府办公室关于印发某市某某行动方案的通知\n"
              "各县区人民政府，市直各部门：\n《某市某某行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
              "某市人民政府办公室\n2024年6月1日\n某市某某行动方案\n　　重点任务\n")


@pytest.mark.parametrize("items", [
    # the heading closed by 。 before the item's text, the units in brackets after it
    "　　加强科技攻关。支持企业联合高校组建创新联合体，开展关键技术攻关。（牵头单位：市科学技术局；配合单位：市财政局）\n"
    "　　规范贮存管理。严格环境风险管控，推行电子联单管理。（牵头单位：市生态环境局）\n",
    # the units in a sentence closing the item
    "　　加强科技攻关。支持企业联合高校组建创新联合体，开展关键技术攻关。市科学技术局牵头，市财政局配合。\n"
    "　　规范贮存管理。严格环境风险管控，推行电子联单管理。由市生态环境局牵头。\n",
    # the heading alone on its line, closed by 。, its text and its units' lines under it
    "　　加强科技攻关。\n　　支持企业联合高校组建创新联合体，开展关键技术攻关。\n"
    "　　牵头单位：市科学技术局\n　　配合单位：市财政局\n"
    "　　规范贮存管理。\n　　严格磷石膏库环境风险管控。\n　　牵头单位：市生态环境局\n",
])
def test_task_headings_without_their_enumerators(items):
    assert assignments(_PLAN_HEAD + items + "　　保障措施\n　　加强组织领导。各地要高度重视。\n") == {
        ("加强科技攻关", "lead", "市科学技术局"), ("加强科技攻关", "support", "市财政局"),
        ("规范贮存管理", "lead", "市生态环境局")}


def test_a_heading_stands_between_paragraphs():
    """评估机制。 on the line a wrapped sentence runs onto is its end, no heading; nor is a clause of a series
    (任命甲为某职；/ 任命乙为某职。), a sentence of who did what (会议由甲主持。)."""
    text = (_PLAN_HEAD + "　　坚持就业优先战略。各级发展改革部门要会同有关部门，建立政策对就业影响的\n"
            "评估机制。鼓励社会资金参与创业投资。（市发展和改革委员会、市财政局等负责，列第一位者为牵头单位）\n")
    assert assignments(text) == {("坚持就业优先战略", "lead", "市发展和改革委员会"),
                                 ("坚持就业优先战略", "responsible", "市财政局")}


def test_no_shape_heading_in_a_notice_that_numbers_its_headings():
    """Under （一）某某, a line 推进某项目。（牵头单位：某委） is a task line of that heading: a notice that prints 一、 and
    （一） lost no enumerator, and its unnumbered lines are no headings."""
    text = (_PLAN_HEAD.replace("　　重点任务\n", "一、重点任务\n") + "（一）建设汽车产业基地\n"
            "推进整车项目。（牵头单位：市经信委）\n推进零部件项目。（配合单位：市发改委）\n")
    assert assignments(text) == {("建设汽车产业基地", "lead", "市经信委"), ("建设汽车产业基地", "support", "市发改委")}
