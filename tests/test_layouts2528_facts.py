"""What the blind corpora layouts25 to layouts28 found in the facts' readers (helper lfixl): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, facts, members, positions
from govkg.facts import Appointment, Subgroup


# 选派X同志挂职任Y: the verb that sends the person is printed before the name, and is no part of it
@pytest.mark.parametrize("name", ["韩立新", "欧阳·巴图", "周明"])
def test_seconded_person_named_after_xuanpai(name):
    rows = f"选派{name}同志挂职任市商务局副局长，挂职时间一年（2024年3月至2025年3月）；\n"
    got = [f for f in facts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) if isinstance(f, Appointment)]
    assert [(f.person, f.post.agency, f.post.title, f.secondment) for f in got] == [(name, "市商务局", "副局长", True)]


# 指挥部设A组和B组。A组组长由甲担任，B组组长由乙担任: the sentence sets up two subgroups, each then given its head;
# it is no heading naming one group
GROUP_NOTICE = ("某县人民政府办公室关于成立某县森林防火指挥部的通知\n某政办发〔2024〕9号\n各乡镇人民政府，县直各单位：\n"
                "为做好森林防火工作，县政府决定成立某县森林防火指挥部。组成人员如下：\n总指挥：张立军　县长\n"
                "成　员：彭国庆　县应急管理局局长\n　　　　李春燕　县财政局副局长\n"
                "指挥部下设办公室，办公室设在县林业局，彭国庆同志兼任办公室主任。\n"
                "指挥部设扑火救援组和后勤保障组。扑火救援组组长由彭国庆同志担任，后勤保障组组长由李春燕同志担任。\n"
                "某县人民政府办公室\n2024年3月5日\n")


def test_groups_set_up_by_a_bare_she_and_their_heads():
    got = facts(GROUP_NOTICE)
    subgroups = {(f.group, f.parent) for f in got if isinstance(f, Subgroup)}
    assert {("扑火救援组", "某县森林防火指挥部"), ("后勤保障组", "某县森林防火指挥部")} <= subgroups
    heads = [(g, p, r) for g, p, r in members(GROUP_NOTICE) if r == "组长"]
    assert heads == [("后勤保障组", "李春燕", "组长"), ("扑火救援组", "彭国庆", "组长")]


# 专班长:甲某某新区管委会副主任 — a name of three characters glued to a zone named by its kind alone (新区, 开发区):
# the name is not cut after the zone's first character, and the role label is no person
@pytest.mark.parametrize("zone", ["新区", "开发区", "高新区"])
def test_name_glued_to_a_zone_named_by_its_kind(zone):
    text = (f"某{zone}各部门，各有关单位：\n为统筹数据资源调度，经管委会研究，决定成立某{zone}数据资源调度工作专班。现将有关事项通知如下：\n"
            f"一、组成人员\n专班长:韩宏斌{zone}管委会副主任\n副专班长:昝立峰　{zone}大数据局局长\n成员:幸德胜　{zone}财政局副局长\n"
            f"二、工作机制\n工作专班下设办公室，办公室设在{zone}大数据局。\n某{zone}管理委员会\n2025年2月26日\n")
    assert ("韩宏斌", f"{zone}管委会", "副主任") in positions(text)
    assert not [p for p in positions(text) if p[0] in ("专班长", "副专班长")]
    assert (f"某{zone}数据资源调度工作专班", "韩宏斌", "专班长") in members(text)


# a plan whose page lost its line breaks: (X负责) after a task is responsible (a note on first-listed leads printed
# in another item's brackets makes no lead of a body alone); under 任务分工 / 整治重点及分工, an item whose body opens
# with 甲局负责，乙处配合，… gives the one responsible and the one that helps
PLAN = ("某县人民政府办公室关于印发某县2007年农村供水工程建设实施方案的通知 某政办发〔2007〕12号 各镇人民政府，县政府各部门： "
        "现将《某县2007年农村供水工程建设实施方案》印发给你们，请照此执行。 二〇〇七年六月一日 某县2007年农村供水工程建设实施方案 "
        "为加快解决农村饮水不安全问题，制定本方案。 一、建设任务 2007年完成10个村的改造工程。 {section} "
        "（一）编制工程建设规划。由县水利局牵头，县发展改革委、县规划局配合，6月底前完成规划编制。 "
        "（二）筹措工程建设资金。（县财政局负责）落实市级补助资金的县级配套资金。 "
        "（三）组织工程招标和施工。责任单位：县水利局、县建设局（排名第一位的为牵头单位），10月底前完成主体工程建设。 "
        "（四）加强水质检测。县卫生局负责，县疾控中心配合，对改造后的供水工程开展水质检测。 "
        "三、工作要求 各有关单位要密切配合，确保工程按期完成。 某县人民政府办公室 二〇〇七年六月一日\n")


@pytest.mark.parametrize("section", ["二、任务分工", "二、工作重点及分工"])
def test_plan_without_line_breaks(section):
    got = assignments(PLAN.format(section=section))
    assert ("筹措工程建设资金", "responsible", "县财政局") in got
    assert {("组织工程招标和施工", "lead", "县水利局"), ("组织工程招标和施工", "responsible", "县建设局")} <= got
    assert {("加强水质检测", "responsible", "县卫生局"), ("加强水质检测", "support", "县疾控中心")} <= got


# a task table whose cell of helpers parts its bodies by ；, the cell padded with spaces
def test_table_cell_of_bodies_parted_by_semicolons():
    text = ("某省工业和信息化厅关于印发《某省2023年设备更新重点任务分工方案》的通知\n某工信规划〔2023〕4号\n各市（州）经济和信息化局：\n"
            "现将《某省2023年设备更新重点任务分工方案》印发给你们，请认真抓好落实。\n某省工业和信息化厅\n2023年5月12日\n"
            "某省2023年设备更新重点任务分工方案\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 摸排重点行业设备更新需求 | 厅规划处 | 厅政策法规处、各市（州）经济和信息化局 | 2023年6月 |\n"
            "| 2 | 实施中小企业数字化改造行动 | 厅中小企业局 | 厅信息化推进处；省通信管理局 | 2023年12月 |\n"
            "| 3 | 开展设备更新典型案例遴选 | 厅技术创新处 |  | 2023年11月 |\n")
    got = assignments(text)
    assert {("实施中小企业数字化改造行动", "support", "厅信息化推进处"),
            ("实施中小企业数字化改造行动", "support", "省通信管理局")} <= got


# 根据某市人民政府市长X的提请: the head of government who moves the appointments holds that post, a name of a
# compound surname (赫连, 呼延, 澹台 …) too
@pytest.mark.parametrize("name", ["呼延志刚", "澹台明", "欧阳志刚", "赵志刚"])
def test_mover_of_a_compound_surname_holds_the_post(name):
    text = ("某市人民代表大会常务委员会关于任免国家机关工作人员的决定\n"
            "（2021年4月28日某市第十九届人民代表大会常务委员会第三十四次会议通过）\n"
            f"根据某市人民政府市长{name}的提请，会议决定：\n任命韩晓东为某市应急管理局局长；\n")
    assert (name, "某市人民政府", "市长") in positions(text)
