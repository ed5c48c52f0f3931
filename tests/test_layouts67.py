"""What the blind corpora layouts6 and layouts7 found (issue 10, helper lfix2): notices composed into real page layouts.
Each class is tested on made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

import re

import pytest

from helpers import assignments, members, positions

PLAN_HEAD = ("某市人民政府办公室关于印发某市推进某某产业发展重点任务分工的通知\n某政办〔2023〕7号\n"
             "各县（区）人民政府，市直各有关单位：\n现将《某市推进某某产业发展重点任务分工》印发给你们，请认真贯彻落实。\n"
             "某市人民政府办公室\n2023年3月1日\n")


# a listing item that runs a group notice onto one line, a space for each line break and the indent of each member row
# kept as a run of spaces before the name (…副主任　　　　　　乙　县某局局长　成　员：…): each row read, 专班长 a role label
@pytest.mark.parametrize("group, pad, rows, expected", [
    ("某县茶叶产业发展工作专班", "\u3000" * 6,
     ["专班长：林若水\u3000县委常委、副县长", "副专班长：马文涛\u3000县政府办公室副主任", "{pad}韩光明\u3000县农业农村局局长",
      "成\u3000员：罗志华\u3000县财政局副局长", "{pad}余海生\u3000县市场监管局副局长", "{pad}唐秋实\u3000青石乡乡长"],
     {("林若水", "专班长"), ("马文涛", "副专班长"), ("韩光明", "副专班长"), ("罗志华", "成员"), ("余海生", "成员"),
      ("唐秋实", "成员")}),
    ("某区河湖长制工作领导小组", "\u3000" * 4,
     ["组\u3000长：欧阳明远\u3000区委副书记、区长", "副组长：雷振华\u3000副区长", "{pad}卜静怡\u3000区政府办公室主任",
      "成\u3000员：费建林\u3000区水利局局长", "{pad}詹秀梅\u3000区生态环境分局局长"],
     {("欧阳明远", "组长"), ("雷振华", "副组长"), ("卜静怡", "副组长"), ("费建林", "成员"), ("詹秀梅", "成员")}),
])
@pytest.mark.parametrize("space", ["\u3000", " "])
def test_a_member_list_run_onto_a_listing_line(group, pad, rows, expected, space):
    level = group[1]
    if space != "\u3000":  # (a copy whose full-width spaces became ASCII ones)
        pad, rows = pad.replace("\u3000", space), [r.replace("\u3000", space) for r in rows]
    body = space.join([f"某政办发〔2024〕3号", f"各乡镇人民政府，{level}政府各部门：",
                          f"经{level}政府同意，决定成立{group}。现将组成人员通知如下："]
                         + [r.format(pad=pad) for r in rows]
                         + [f"{group[-4:]}办公室设在{level}水利局，负责日常工作。", f"某{level}人民政府办公室", "2024年3月1日"])
    text = f"某{level}人民政府办公室关于成立{group}的通知\n{body}\n"
    got = {(p, r) for g, p, r in members(text) if g == group}
    assert got == expected
    held = {p for p, _, _ in positions(text)}
    assert {p for p, _ in expected} <= held
    assert not any(len(a) > 12 for _, a, _ in positions(text))  # (no body swallowing the rows after it)


# a task list whose items each close with a sentence naming who carries them out (X负责。 / X负责，Y、Z配合。 / X、Y负责。),
# on lines of their own (a notice run on one line, its sentences cut apart) or in the item's line
_ITEMS = ["一、建设林产品加工园区。全年新建园区2个。市林业局负责。", "二、培育龙头企业。市工信局负责，市科技局、市财政局配合。",
          "三、推进碳汇交易试点。市林业局、市发改委负责。"]
_ROWS = {("建设林产品加工园区", "responsible", "市林业局"), ("培育龙头企业", "responsible", "市工信局"),
         ("培育龙头企业", "support", "市科技局"), ("培育龙头企业", "support", "市财政局"),
         ("推进碳汇交易试点", "responsible", "市林业局"), ("推进碳汇交易试点", "responsible", "市发改委")}


@pytest.mark.parametrize("items", ["\n".join(_ITEMS) + "\n", "\n".join(_ITEMS).replace("。", "。\n")])
def test_items_closed_by_who_carries_them_out(items):
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == _ROWS


def test_items_closed_by_who_carries_them_out_on_a_listing_line():
    body = "\u3000".join(["某政办〔2023〕7号", "各县（区）人民政府，市直各有关单位：",
                          "《某市推进某某产业发展重点任务分工》已经市政府同意，现印发给你们，请认真抓好落实。", "某市人民政府办公室",
                          "2023年3月1日", "某市推进某某产业发展重点任务分工"] + _ITEMS)
    assert assignments("某市人民政府办公室关于印发某市推进某某产业发展重点任务分工的通知\n" + body + "\n") == _ROWS


# a closing sentence that urges or names work is no list of bodies (各地要负责。 / 日常工作由办公室负责。)
def test_no_closing_bodies_from_a_duty_urged():
    items = "一、加强督查。\n各地要切实负责。\n二、强化考核。\n日常工作由办公室负责。\n"
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == set()


# a court's and a procuratorate's ranks of judges and prosecutors are titles whole (助理审判员, 助理检察员), not a body
# ending in 助理 and the title after it
_CONGRESS = ("某州人民代表大会常务委员会任免名单\n（2019年11月28日某州第十四届人民代表大会常务委员会第二十次会议通过）\n"
             "根据某州中级人民法院院长的提请，会议决定：\n")


@pytest.mark.parametrize("line, expected", [
    ("免去岑维平的某州中级人民法院助理审判员职务。", ("Removal", "岑维平", "某州中级人民法院", "助理审判员")),
    ("任命岑维平为某州中级人民法院助理审判员；", ("Appointment", "岑维平", "某州中级人民法院", "助理审判员")),
    ("免去邝玉洁的某州人民检察院助理检察员职务。", ("Removal", "邝玉洁", "某州人民检察院", "助理检察员")),
    ("任命邝玉洁为某县人民法院审判委员会委员、审判员；", ("Appointment", "邝玉洁", "某县人民法院", "审判员")),
])
def test_court_ranks_are_titles(line, expected):
    from helpers import posts
    assert expected in posts(_CONGRESS + line + "\n")


# a title joined by 和/与/及 to the next word is no title before a name (抢挖优秀校长和教师, 局长与副局长)
@pytest.mark.parametrize("sentence", ["严禁城区学校到县域抢挖优秀校长和教师，严禁无序流动。",
                                      "各学校要配齐配强校长和教师，稳定乡村教师队伍。",
                                      "组织各乡镇卫生院院长与医生开展培训，提升服务能力。"])
def test_a_title_joined_to_the_next_word(sentence):
    text = PLAN_HEAD + "某市推进某某产业发展重点任务分工\n一、加强队伍建设。" + sentence + "（市教育局负责）\n"
    assert positions(text) == []


# 和 as a surname after a title stays a name (副州长、州公安局局长和振华负责…)
def test_a_surname_he_after_a_title():
    text = PLAN_HEAD + "某市推进某某产业发展重点任务分工\n一、做好应急处置。由副市长、市公安局局长和振华负责总协调。\n"
    assert ("和振华", "市公安局", "局长") in positions(text)


# a congress decision whose page prints the title once on a line and then again split over two (the committee's name over
# 关于…的决定), its note of adoption under the second printing: signed on the note's date
@pytest.mark.parametrize("top, signed", [
    ("某州人大网 | 首页 | 人大动态 |\n某州人民代表大会常务委员会关于任免职务的决定 |\n作者:州人大常委会办公室 点击数: 更新时间:2021-06-02 10:12:33 |\n|\n"
     "某州人民代表大会常务委员会\n关于任免职务的决定\n（2021年5月28日某州第十三届人民代表大会常务委员会第四次会议通过）\n", "2021-05-28"),
    ("某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n发布时间：2018-03-02\n某县人民代表大会常务委员会\n"
     "关于任免县人民政府组成人员的决定\n(2018年2月27日某县第十八届人民代表大会常务委员会第九次会议通过)\n", "2018-02-27"),
])
def test_a_decision_signed_under_its_title_printed_again_over_two_lines(top, signed):
    from helpers import document
    body = "根据县人民政府县长的提请，会议决定：\n任命龚明远为某县财政局局长；\n免去蔺志华的某县审计局局长职务。\n"
    assert document(top + body).signed == signed


# a mirror's column named by two kinds of notice, over the page's path (通知公告 / 当前位置: …): no title; the notice's own
# title under the path is
@pytest.mark.parametrize("column", ["通知公告", "公示公告", "通知通告", "公告公示"])
def test_a_column_over_the_path_is_no_title(column):
    from helpers import document
    title = "某省农业农村厅关于印发某省2021年农田建设重点任务分工方案的通知"
    text = (f"今天是:\n某省农业农村厅\n政务公开\n{column}\n当前位置: 首页 >> 政务公开 >> {column} >> 正文\n{title}\n"
            "发布日期:2021年03月29日 10:16    作者:     来源:     点击:\n某农办〔2021〕8号\n各市州农业农村局：\n"
            "现将《某省2021年农田建设重点任务分工方案》印发给你们，请认真抓好落实。\n某省农业农村厅\n2021年3月26日\n")
    doc = document(text)
    assert (doc.title, doc.kind) == (title, "plan")


# 任A，兼B: 兼 alone for 兼任 takes the person of the clause before (not 兼顾, 兼职)
@pytest.mark.parametrize("line", ["甄海涛同志任市财政局副局长，兼市国有资产管理办公室主任；",
                                  "甄海涛任市财政局副局长，兼市国有资产管理办公室主任；",
                                  "任命甄海涛为市财政局副局长，兼市国有资产管理办公室主任；",
                                  "甄海涛同志任市财政局副局长，同时兼市国有资产管理办公室主任；"])
def test_appointed_and_also_with_jian_alone(line):
    from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, posts
    assert posts(PERSONNEL_HEAD + line + "\n" + PERSONNEL_FOOT) == [
        ("Appointment", "甄海涛", "市国有资产管理办公室", "主任"), ("Appointment", "甄海涛", "市财政局", "副局长")]


def test_jian_as_a_verb_of_duty_is_no_post():
    from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, posts
    line = "甄海涛同志任市财政局副局长，兼顾市国有资产管理工作；\n"
    assert posts(PERSONNEL_HEAD + line + PERSONNEL_FOOT) == [("Appointment", "甄海涛", "市财政局", "副局长")]


# a personnel notice's decisions that name the person and the post with 为 alone (甲同志为某局局长): appointments
def test_named_as_in_a_personnel_notice():
    from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, posts
    lines = "甄海涛同志为市财政局副局长；\n柏青同志为市审计局局长（试用期一年）；\n免去龚立同志的市审计局局长职务。\n"
    assert posts(PERSONNEL_HEAD + lines + PERSONNEL_FOOT) == [
        ("Appointment", "柏青", "市审计局", "局长"), ("Appointment", "甄海涛", "市财政局", "副局长"),
        ("Removal", "龚立", "市审计局", "局长")]


# in a group notice 甲同志为组长 stays a membership, no appointment
def test_named_as_in_a_group_notice_is_no_appointment():
    from helpers import GROUP_FOOT, GROUP_HEAD, posts
    text = GROUP_HEAD + "张立军同志为组长，尹红梅同志为副组长。\n" + GROUP_FOOT
    assert not [p for p in posts(text) if p[0] == "Appointment"]


# 下设两个工作组： then items 1.某某组，组长由某某同志兼任，负责…: each item a subgroup, its head a member of it (the heading
# closed by a comma before the role, as by 。 or a colon)
@pytest.mark.parametrize("items", [
    "1.综合协调组，组长由彭国庆同志兼任，负责综合协调工作。\n2.督查督办组，组长由李春燕同志兼任，负责督查督办工作。\n",
    "（一）综合协调组，负责综合协调工作，组长由彭国庆同志兼任。\n（二）督查督办组，负责督查督办工作，组长由李春燕同志兼任。\n",
    "一、综合协调组，组长：彭国庆。\n二、督查督办组，组长：李春燕。\n",
])
def test_working_groups_listed_with_their_heads(items):
    from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, subgroups
    text = (GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n成　员：彭国庆　县发展和改革局局长\n　　　　　李春燕　县财政局局长\n"
            "领导小组下设两个工作组：\n" + items + GROUP_FOOT)
    assert {("综合协调组", GROUP), ("督查督办组", GROUP)} <= subgroups(text)
    got = members(text)
    assert ("综合协调组", "彭国庆", "组长") in got and ("督查督办组", "李春燕", "组长") in got
    assert (GROUP, "彭国庆", "组长") not in got
