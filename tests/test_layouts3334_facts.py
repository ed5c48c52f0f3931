"""What the blind corpora layouts33 and layouts34 found in the facts' readers (helper lfixp): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import members, subgroups

HEAD = ("某县人民政府办公室关于成立某县防汛抗旱指挥部的通知\n某政办发〔2024〕7号\n各乡镇人民政府，县直各单位：\n"
        "为做好防汛抗旱工作，县政府决定成立某县防汛抗旱指挥部（以下简称指挥部）。现将有关事项通知如下：\n一、组成人员\n"
        "指挥长：张立军　县长\n副指挥长：王建华　县水利局局长\n成　员：彭国庆　县应急管理局局长\n"
        "　　　　李春燕　县财政局副局长\n二、工作机构\n")
FOOT = "\n某县人民政府办公室\n2024年3月5日\n"
PARENT = "某县防汛抗旱指挥部"


# 指挥部下设办公室和A组、B组、C组三个工作组 … A组组长由甲担任: the count is of the groups after the office, which
# is the group's own office; A组's head heads A组, not the parent group
def test_office_and_counted_groups_set_up_together():
    text = HEAD + ("指挥部下设办公室和抢险救援组、物资保障组、宣传报道组三个工作组。办公室设在县水利局，办公室主任由王建华同志"
                   "兼任。抢险救援组组长由彭国庆同志担任。") + FOOT
    assert subgroups(text) == {(PARENT + "办公室", PARENT), ("抢险救援组", PARENT), ("物资保障组", PARENT),
                               ("宣传报道组", PARENT)}
    got = members(text)
    assert (PARENT + "办公室", "王建华", "主任") in got and ("抢险救援组", "彭国庆", "组长") in got
    assert not [m for m in got if m[0] == PARENT and m[2] == "组长"]


# 下设办公室和综合组、A组等5个工作组, 综合组 named nowhere else: the count says 和 joins one unit (as before)
def test_office_joined_to_a_group_by_the_count():
    text = HEAD + "指挥部下设办公室和综合组、抢险救援组、物资保障组等3个工作组。" + FOOT
    assert ("办公室和综合组", PARENT) in subgroups(text)


# 专班下设两个工作组：1.A组，组长由某局局长甲同志担任；2.B组，组长由乙同志担任: numbered items, each a subgroup,
# each head the head of that subgroup (两 is a count too)
@pytest.mark.parametrize("count", ["两", "2"])
def test_numbered_subgroups_with_their_heads(count):
    text = HEAD + (f"指挥部下设{count}个工作组：1.抢险救援组，组长由县应急管理局局长彭国庆同志担任；2.物资保障组，"
                   "组长由县财政局副局长李春燕同志担任。") + FOOT
    assert {("抢险救援组", PARENT), ("物资保障组", PARENT)} <= subgroups(text)
    heads = sorted((g, p) for g, p, r in members(text) if r == "组长")
    assert heads == [("抢险救援组", "彭国庆"), ("物资保障组", "李春燕")]


# 二、专项组 / （一）A组，由甲同志任组长… / 三、办公室: a bare 办公室 heading after the subgroups' sections is the
# office of the group they are parts of, not of the last subgroup
def test_office_heading_after_the_subgroups():
    text = HEAD.replace("二、工作机构\n", "") + (
        "二、专项组\n指挥部下设两个专项组：\n（一）抢险救援组，由彭国庆同志任组长，负责抢险救援工作。\n"
        "（二）物资保障组，由李春燕同志任组长，负责物资保障工作。\n三、办公室\n"
        "指挥部办公室设在县水利局，承担指挥部日常工作。办公室主任由王建华同志兼任。") + FOOT
    got = subgroups(text)
    assert (PARENT + "办公室", PARENT) in got
    assert not [g for g, p in got if p != PARENT]
    assert (PARENT + "办公室", "王建华", "主任") in members(text)
