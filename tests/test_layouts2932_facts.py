"""What the blind corpora layouts29 to layouts32 found in the facts' readers (helper lfixn): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, facts, members, positions, posts, subgroups
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


# 选派某局某科科长甲同志到某街道办事处挂职任副主任: the posts the person holds are printed before the name (a compound
# surname too), the body the person is sent to after 到; the verb that sends the person is no part of a body
@pytest.mark.parametrize("name", ["鲜于岚", "韩立新", "欧阳岚"])
def test_seconded_person_named_after_current_posts(name):
    rows = (f"选派区发展和改革委员会经济科科长{name}同志到某某街道办事处挂职任副主任，"
            "挂职时间为2020年12月至2021年11月。\n")
    got = facts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT)
    assert [(f.person, f.post.agency, f.post.title, f.secondment, f.start, f.end) for f in got
            if isinstance(f, Appointment)] == [(name, "某某街道办事处", "副主任", True, "2020-12", "2021-11")]
    assert positions(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) == [(name, "区发展和改革委员会经济科", "科长")]


# a congress's list of decisions, one row a person, the posts before the name: a name of another people printed whole
# without a dot, five characters (its aside blanked), is the person
@pytest.mark.parametrize("name", ["乌云其木格", "额尔敦巴图"])
def test_long_name_after_the_posts_in_a_congress_list(name):
    text = ("某市人民代表大会常务委员会任免名单\n（2016年3月1日某市第一届人民代表大会常务委员会第五次会议通过）\n\n　　一、决定任命\n\n"
            f"　　某市发展和改革局局长　　　　{name}（女，蒙古族）\n\n　　某市民政局局长　　　　　　　谷振宇\n")
    assert sorted(posts(text, Appointment)) == sorted([("Appointment", "谷振宇", "某市民政局", "局长"),
                                                       ("Appointment", name, "某市发展和改革局", "局长")])


# 甲某（女）（镇某所所长）, a member's row with no label under the one that opened the list: the aside on the person is no
# part of the body the posts in the next brackets name
def test_aside_on_person_before_posts_in_brackets():
    text = (GROUP_HEAD.replace("组成人员如下：\n总指挥：张立军　县长\n成　员：彭国庆　县应急管理局局长\n　　　　李春燕　县财政局副局长\n",
                               "组成人员如下：\n")
            + "总指挥：张立军（镇长）\n成员：邬国庆（镇党委委员、副镇长）\n韩立新（女）（镇财政所所长）\n"
              "李春燕（女，回族）（镇农业服务中心主任）\n" + GROUP_FOOT)
    got = positions(text)
    assert ("韩立新", "镇财政所", "所长") in got and ("李春燕", "镇农业服务中心", "主任") in got
    assert not [p for p in got if "(" in p[1] or "（" in p[1] or "女" in p[1]]


# a zone's task list, one cell per line ending ` |`: a row whose support cell is left empty keeps its columns, and the
# rows after it are read (bodies printed bare, without the zone's name)
def test_task_list_one_cell_per_line_with_an_empty_cell():
    cells = ["序号", "工作任务", "牵头部门", "配合部门", "完成时限",
             "1", "推行工程建设项目审批提速", "政务服务中心", "建设局", "2025年9月",
             "2", "开展涉企收费专项清理", "财政局", "", "2025年10月",
             "3", "优化企业用水报装服务", "建设局", "供水公司；水务集团", "2025年11月"]
    text = ("更新时间:06-09 11:05:27作者:开发区党政办\n\n各部门、各直属单位：\n\n"
            "《某某经济技术开发区2025年营商环境优化提升行动任务清单》已经管委会主任办公会议研究同意，现印发给你们，请认真抓好落实。\n\n"
            "某某经济技术开发区管理委员会\n2025年6月6日\n\n某某经济技术开发区2025年营商环境优化提升行动任务清单\n"
            + "".join(f"{c} |\n" for c in cells))
    got = assignments(text)
    assert ("开展涉企收费专项清理", "lead", "财政局") in got
    assert {("优化企业用水报装服务", "lead", "建设局"), ("优化企业用水报装服务", "support", "供水公司"),
            ("优化企业用水报装服务", "support", "水务集团")} <= got


# a plan's task table with a column of the leaders who lead each task (牵头县领导): each cell, the posts then the name,
# states the posts the leader holds
def test_leaders_column_of_a_task_table():
    text = ("某县人民政府办公室关于印发2005年县政府重点工作任务分解的通知\n某政办发〔2005〕18号\n各乡镇人民政府，县政府各部门：\n"
            "现将2005年县政府重点工作任务分解如下，请各牵头县领导和责任单位认真抓好落实。\n"
            "序号\t工作任务\t牵头县领导\t责任单位\t完成时限\n"
            "1\t推进县城集中供热改造\t副县长\u00a0韩立新\t县建设局、县财政局\t2005年11月\n"
            "2\t开展森林防火专项整治\t县委常委、副县长\u00a0李春燕\t县林业局、县公安局\t2005年6月\n"
            "某县人民政府办公室\n2005年3月1日\n")
    got = positions(text)
    assert {("韩立新", "县人民政府", "副县长"), ("李春燕", "县委", "常委"), ("李春燕", "县人民政府", "副县长")} <= set(got)
