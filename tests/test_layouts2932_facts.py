"""What the blind corpora layouts29 to layouts32 found in the facts' readers (helper lfixn): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, members, posts, subgroups
from govkg.facts import Appointment

GROUP_HEAD = ("某县人民政府办公室关于成立某县森林防火指挥部的通知\n某政办发〔2024〕9号\n各乡镇人民政府，县直各单位：\n"
              "为做好森林防火工作，县政府决定成立某县森林防火指挥部。组成人员如下：\n总指挥：张立军　县长\n"
              "成　员：彭国庆　县应急管理局局长\n　　　　李春燕　县财政局副局长\n")
GROUP_FOOT = "某县人民政府办公室\n2024年3月5日\n"
PARENT = "某县森林防火指挥部"


# 指挥部下设A组、B组，分别由甲、乙同志任组长 / 设A组和B组：A组组长由甲担任，B组组长由乙担任: each subgroup the
# sentence sets up takes its own head, in order; none of them heads the parent group
@pytest.mark.parametrize("sentence", [
    "指挥部下设扑火救援组、后勤保障组，分别由彭国庆、李春燕同志任组长。\n",
    "二、指挥部下设扑火救援组、后勤保障组两个专项组，分别由彭国庆、李春燕同志担任组长，具体负责各项工作。\n",
    "指挥部下设办公室，办公室主任由彭国庆同志兼任。指挥部设扑火救援组和后勤保障组：扑火救援组组长由彭国庆同志担任，"
    "后勤保障组组长由李春燕同志担任。\n",
])
def test_subgroups_heads_named_after_they_are_set_up(sentence):
    text = GROUP_HEAD + sentence + GROUP_FOOT
    assert {("扑火救援组", PARENT), ("后勤保障组", PARENT)} <= subgroups(text)
    heads = [(g, p) for g, p, r in members(text) if r == "组长"]
    assert sorted(heads) == [("后勤保障组", "李春燕"), ("扑火救援组", "彭国庆")]


# 兼任厅机关党委副书记: the Party committee of the body's own organs is the agency, not the body itself
@pytest.mark.parametrize("body, title", [("厅", "副书记"), ("委", "专职副书记"), ("市水利局", "书记")])
def test_organs_party_committee_is_the_agency(body, title):
    text = PERSONNEL_HEAD + f"韩立新同志兼任{body}机关党委{title}；\n" + PERSONNEL_FOOT
    assert posts(text, Appointment) == [("Appointment", "韩立新", body + "机关党委", title)]
