"""What the blind corpora layouts18 and layouts19 found in the facts' readers (helper lfixh): each class tested on
made-up notices of its shape (names, bodies and groups invented here, not the corpus's)."""
from __future__ import annotations

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, GROUP, GROUP_FOOT, GROUP_HEAD, GROUP_ROWS, members, positions, \
    posts, subgroups


# a secondment sentence after a 决定免去： list: its own verb (挂职任) makes it an appointment, not one more removal
def test_secondment_after_a_removal_list_is_an_appointment():
    text = PERSONNEL_HEAD + ("决定任命：\n市财政局副局长　甲明\n决定免去：\n乙华的市统计局副局长职务。\n"
                             "　　选派丙强同志到市水务局挂职任副局长，挂职时间为一年（2024年6月至2025年6月）。\n") \
        + PERSONNEL_FOOT
    got = posts(text)
    assert ("Appointment", "丙强", "市水务局", "副局长") in got
    assert ("Removal", "乙华", "市统计局", "副局长") in got
    assert not [p for p in got if p[0] == "Removal" and p[1] != "乙华"]


# 下设三个专项组 names none of them; the lines after it open with a subgroup's name and its head's label: the head
# is that subgroup's 组长, and the subgroup is part of the group
def test_counted_unnamed_subgroups_then_their_heads():
    text = GROUP_HEAD + GROUP_ROWS + ("二、专项组\n领导小组下设两个专项组，分别承担宣传和执法工作：\n"
                                      "宣传动员组　组长：彭国庆\n执法检查组　组长：李春燕\n") + GROUP_FOOT
    got = members(text)
    assert ("宣传动员组", "彭国庆", "组长") in got and ("执法检查组", "李春燕", "组长") in got
    assert not [m for m in got if m[2].endswith("组组长")]
    assert {("宣传动员组", GROUP), ("执法检查组", GROUP)} <= subgroups(text)


# a page's summary line (摘要:) names the group short; the notice's set-up sentence names it in full: the full name
def test_page_summary_names_no_group():
    text = ("时间:2024-03-18 09:12:40浏览次数:\n摘要:为推进重点项目建设，管委会决定成立项目建设工作专班，现将有关事项通知如下。\n"
            "关键词:工作专班;重点项目\n各部门、各园区：\n"
            "为推进重点项目建设，经管委会研究，决定成立某某高新区项目建设工作专班（以下简称工作专班）。现将有关事项通知如下：\n"
            "一、工作专班组成\n专班长：甲明　管委会主任\n成员：乙华　经济发展局局长\n"
            "二、工作专班办公室\n工作专班下设办公室，办公室设在经济发展局，由乙华同志兼任办公室主任。\n"
            "某某高新区管理委员会\n2024年3月14日\n")
    got = members(text)
    assert ("某某高新区项目建设工作专班", "甲明", "专班长") in got
    assert ("某某高新区项目建设工作专班办公室", "乙华", "主任") in got
    assert not [m for m in got if m[0].startswith("项目建设")]


# a member list printed role / name / posts, each on its own line: the line under a lone name is its posts (no name
# cut out of 开发区…), and a short line of a name and a post spaced apart is a member, no role label
def test_role_name_posts_on_separate_lines():
    text = GROUP_HEAD + ("组　长\n甲明\n开发区党工委副书记、管委会主任\n副组长\n乙　华　管委会副主任\n"
                         "丙丽娟（女）　管委会副主任\n成　　员\n丁强　财政局局长\n") + GROUP_FOOT
    got = members(text)
    assert (GROUP, "甲明", "组长") in got
    assert (GROUP, "乙华", "副组长") in got and (GROUP, "丙丽娟", "副组长") in got
    assert (GROUP, "丁强", "成员") in got
    pos = positions(text)
    assert ("甲明", "开发区党工委", "副书记") in pos and ("乙华", "管委会", "副主任") in pos
    assert not [p for p in pos if p[0] == "开发"]


# a page that lost its line breaks prints each member straight against its posts, members parted by a space, one with
# an aside (乙某（女）副市长): each a member with its posts
def test_glued_members_on_one_line():
    text = ("某市人民政府关于成立某市数字经济发展委员会的通知 某府〔2024〕7号 各镇人民政府，市政府直属各单位： "
            "为加快数字经济发展，市政府决定成立某市数字经济发展委员会（以下简称委员会）。现将有关事项通知如下： "
            "一、委员会组成人员 主任：甲明市委副书记、市长 副主任：乙华市委常委、常务副市长 丙丽（女）副市长 "
            "委员：丁强市财政局局长 二、委员会办公室 委员会下设办公室，办公室设在市财政局，丁强同志兼任办公室主任。 "
            "某市人民政府 2024年3月6日")
    got = members(text)
    group = "某市数字经济发展委员会"
    assert (group, "乙华", "副主任") in got and (group, "丙丽", "副主任") in got
    pos = positions(text)
    assert ("乙华", "市委", "常委") in pos and ("乙华", "市人民政府", "常务副市长") in pos
    assert ("丙丽", "市人民政府", "副市长") in pos
