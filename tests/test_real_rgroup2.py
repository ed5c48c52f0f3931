"""Groups in real pages, round two (issue 10, helper rgroup2): member lists whose lines real notices print in
shapes the extractor read wrong. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, members, positions

_LEADS = "组　长：张立军　县委常委、常务副县长\n副组长：尹红梅　副县长\n"
_LEAD_ROWS = [(GROUP, "张立军", "组长"), (GROUP, "尹红梅", "副组长")]


# a given name's character that is a word in prose (及 and, 从 from, 与 with): a name alone before the spaces that
# part it from its post is one name (刘建及　县水利局局长), not a name and a conjunction
@pytest.mark.parametrize("text, expected, held", [
    (GROUP_HEAD + _LEADS + "　　　　刘建及　县水利局局长\n成　员：彭国庆　县发展和改革局局长\n" + GROUP_FOOT,
     _LEAD_ROWS + [(GROUP, "刘建及", "副组长"), (GROUP, "彭国庆", "成员")],
     ("刘建及", "县水利局", "局长")),
    (GROUP_HEAD + _LEADS + "成　员：苏从明　县财政局副局长\n　　　　彭国庆　县发展和改革局局长\n" + GROUP_FOOT,
     _LEAD_ROWS + [(GROUP, "苏从明", "成员"), (GROUP, "彭国庆", "成员")],
     ("苏从明", "县财政局", "副局长")),
])
def test_a_name_with_a_function_character_before_its_post(text, expected, held):
    assert members(text) == sorted(expected)
    assert held in positions(text)


# a list that letter-spaces its short words (组 长, 成 员) spaces a two-character name and a head's bare title too:
# 何 平 县 长 is the name 何平 and the title 县长
@pytest.mark.parametrize("text, expected, held", [
    (GROUP_HEAD + "组 长：何 平 县 长\n副组长：尹红梅　副县长\n" + GROUP_FOOT,
     [(GROUP, "何平", "组长"), (GROUP, "尹红梅", "副组长")], ("何平", "县人民政府", "县长")),
    (GROUP_HEAD + "组 长：何 立 平 县 长\n副组长：尹红梅　副县长\n" + GROUP_FOOT,
     [(GROUP, "何立平", "组长"), (GROUP, "尹红梅", "副组长")], ("何立平", "县人民政府", "县长")),
])
def test_a_letter_spaced_name_and_title(text, expected, held):
    assert members(text) == sorted(expected)
    assert held in positions(text)


# an aside printed after a member's post (the office the member sits in, a rank): no part of the post, and the
# list goes on after it
@pytest.mark.parametrize("text, expected, held", [
    (GROUP_HEAD + _LEADS + "成　员：赵立新　县政府办副主任(县改革办)\n　　　　钱国华　县交通局副局长\n"
     "　　　　孙明　县财政局科员\n" + GROUP_FOOT,
     _LEAD_ROWS + [(GROUP, "赵立新", "成员"), (GROUP, "钱国华", "成员"), (GROUP, "孙明", "成员")],
     ("赵立新", "县人民政府办公室", "副主任")),
    (GROUP_HEAD + _LEADS + "　　　　李达　县政府副秘书长(正处长级)\n成　员：钱国华　县交通局副局长\n" + GROUP_FOOT,
     _LEAD_ROWS + [(GROUP, "李达", "副组长"), (GROUP, "钱国华", "成员")],
     ("李达", "县人民政府", "副秘书长")),
])
def test_an_aside_after_a_members_post(text, expected, held):
    assert members(text) == sorted(expected)
    assert held in positions(text)


# a role label that names the role it doubles as in brackets (组　长(召集人)：甲): the role as printed
def test_a_role_label_with_the_role_it_doubles_as():
    text = ("某市政协关于成立政协界别小组的通知\n一、设立界别活动领导小组\n组　长：周伟\n二、成立2个界别小组\n"
            "1、甲乙界别小组(5人)\n组　长(召集人)：赵立新\n成　员：钱国华、孙明\n联系处室：市政协办公室\n"
            "2、丙丁界别小组(4人)\n组　长(召集人)：李达\n成　员：吴平\n")
    assert members(text) == sorted([("界别活动领导小组", "周伟", "组长"), ("甲乙界别小组", "赵立新", "组长(召集人)"),
                                    ("甲乙界别小组", "钱国华", "成员"), ("甲乙界别小组", "孙明", "成员"),
                                    ("丙丁界别小组", "李达", "组长(召集人)"), ("丙丁界别小组", "吴平", "成员")])
