"""Page noise of the class no_enumerators (tests/noise.py): a copy out of a word processor (or an HTML page whose
numbering was CSS) lost its automatic numbering, the 一、 and （一） that opened headings and items; the text after
them stays. A heading is told by its shape and place instead: a short phrase with no sentence mark inside, on a line
of its own between paragraphs or closed by 。 before its part's first sentence (parts.bare_heading).
Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.extract.parts import bare_heading
from helpers import members, subgroups


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
