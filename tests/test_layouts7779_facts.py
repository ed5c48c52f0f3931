"""What the blind corpora layouts77 and layouts79 found in the facts' readers (helper lfixh2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, members, subgroups

_PLAN = ("某县人民政府办公室关于印发某县2024年某产业发展行动方案的通知\n某政办字〔2024〕5号\n各乡镇人民政府，县直各部门：\n"
         "现将《某县2024年某产业发展行动方案》印发给你们，请认真抓好落实。\n某县人民政府办公室\n2024年3月12日\n")


# a table of projects printed one cell per line under 附件 after the signature, its task column 项目名称 and a `/`
# for a project no body supports: each project a task, its lead and supporting bodies
def test_project_table_one_cell_per_line():
    table = ("附件\n某县2024年某产业重点项目责任分工表\n序号\n项目名称\n牵头单位\n配合单位\n完成时限\n"
             "1\n甲乡小镇提质改造项目\n甲乡人民政府\n县住房和城乡建设局\n2024年10月\n"
             "2\n冷链集配中心建设项目\n县商务局\n县发展和改革局、县供电公司\n2024年12月\n"
             "3\n种质资源圃建设项目\n县农业农村局\n/\n2024年9月\n")
    got = assignments(_PLAN + table)
    assert {("甲乡小镇提质改造项目", "lead", "甲乡人民政府"), ("甲乡小镇提质改造项目", "support", "县住房和城乡建设局"),
            ("冷链集配中心建设项目", "lead", "县商务局"), ("冷链集配中心建设项目", "support", "县发展和改革局"),
            ("冷链集配中心建设项目", "support", "县供电公司"), ("种质资源圃建设项目", "lead", "县农业农村局")} <= got
    assert not [a for a in got if a[0] == "种质资源圃建设项目" and a[1] == "support"]  # (/: no body)


_BUREAU = ("某省统计局关于印发某某工作方案的通知\n某统字〔2019〕8号\n局机关各处室：\n现将方案印发给你们。\n某省统计局\n"
           "2019年5月6日\n某某工作方案\n一、夯实统计基础\n1.规范名录库管理。建立月度更新机制。\n"
           "处室分工：局普查中心牵头，局综合处配合。\n2.开展执法检查。每年随机抽取调查对象开展检查。\n{label}：{units}\n"
           "3.完善数据发布制度。规范发布口径。\n{label}：局甲处牵头，局乙处配合。\n")


# each task followed by the line of its division among the bureau's divisions (处室分工：X牵头，Y配合 / X负责): a body
# that carries the task out alone, or several named together, is responsible
def test_division_line_of_one_or_two_responsible_bodies():
    got = assignments(_BUREAU.format(label="处室分工", units="局执法监督处负责。"))
    assert ("开展执法检查", "responsible", "局执法监督处") in got
    assert {("规范名录库管理", "lead", "局普查中心"), ("规范名录库管理", "support", "局综合处"),
            ("完善数据发布制度", "lead", "局甲处"), ("完善数据发布制度", "support", "局乙处")} <= got
    got = assignments(_BUREAU.format(label="部门分工", units="局综合处、局新闻办负责。"))
    assert {("开展执法检查", "responsible", "局综合处"), ("开展执法检查", "responsible", "局新闻办")} <= got


_COMMITTEE = ("{a}省體育局關於成立{a}省第五屆運動會籌備委員會的通知\n{a}體發〔2003〕9號\n各市體育局：\n"
              "　　經局黨組研究，決定成立{a}省第五屆運動會籌備委員會（以下簡稱籌委會）。現將組成人員通知如下：\n"
              "　　主　　任：韓立平　省體育局局長\n　　委　　員：溫　磊　省體育局競技體育處處長\n"
              "　　　　　　　李紅梅　省體育局群眾體育處處長\n"
              "　　籌委會下設辦公室和競賽部、宣傳部、後勤保障部。辦公室設在局辦公室，彭國慶同志兼任辦公室主任；"
              "競賽部部長由溫磊同志兼任；宣傳部部長由李紅梅同志兼任。\n　　{a}省體育局\n　　2003年3月18日\n")


# a committee's office and departments (部) set up in one clause with no word before the list, their heads named
# 部長由甲同志兼任: each department a subgroup of the committee, its head a member with the role (traditional script,
# and simplified)
def test_departments_of_a_committee_and_their_heads():
    text = _COMMITTEE.format(a="某")
    group = "某省第五屆運動會籌備委員會"
    assert {("競賽部", group), ("宣傳部", group), ("後勤保障部", group), (group + "辦公室", group)} <= subgroups(text)
    got = members(text)
    assert ("競賽部", "溫磊", "部長") in got and ("宣傳部", "李紅梅", "部長") in got
    simple = ("某省体育局关于成立某省第五届运动会筹备委员会的通知\n某体发〔2003〕9号\n各市体育局：\n"
              "经局党组研究，决定成立某省第五届运动会筹备委员会（以下简称筹委会）。现将组成人员通知如下：\n"
              "主任：韩立平　省体育局局长\n委员：温磊　省体育局竞技体育处处长\n"
              "筹委会下设办公室和竞赛部、宣传部、后勤保障部。竞赛部部长由温磊同志兼任。\n某省体育局\n2003年3月18日\n")
    assert ("竞赛部", "某省第五届运动会筹备委员会") in subgroups(simple)
    assert ("竞赛部", "温磊", "部长") in members(simple)


# a ministry's head named 部长由… is no member of a group; a list of offices run on into the next clause
# (下设A组和B组，办公室设在某部) makes no part of that clause
def test_no_department_from_a_ministry_or_the_next_clause():
    text = ("某省人民政府办公厅关于成立某省数据治理工作领导小组的通知\n某政办发〔2019〕6号\n各市人民政府：\n"
            "为加强数据治理，决定成立某省数据治理工作领导小组。组成人员如下：\n组长：韩立平　副省长\n"
            "成员：温磊　省统计局局长\n领导小组下设数据标准组和安全评估组，办公室设在省统计局信息部。\n"
            "某省人民政府办公厅\n2019年5月6日\n")
    assert not [s for s in subgroups(text) if "设在" in s[0]]
    assert not [m for m in members(text) if m[2] == "部长"]


# a notice adjusting a group, citing the notice that set it up in 《》 (决定对《…关于成立某县X指挥部的通知》确定的县X
# 指挥部组成人员进行调整): the group under this notice's own wording, not the cited title's
def test_adjusted_group_not_named_by_the_cited_title():
    text = ("某县人民政府办公室关于调整县防汛抗旱指挥部组成人员的通知\n某政办函〔2013〕4号\n各乡镇人民政府：\n"
            "因人事变动，决定对《某县人民政府办公室关于成立某县防汛抗旱指挥部的通知》（某政办函〔2010〕3号）确定的"
            "县防汛抗旱指挥部组成人员进行调整。调整后的组成人员如下：\n指挥长：韩立平　县委常委、常务副县长\n"
            "成　员：温　磊　县水利局局长\n某县人民政府办公室\n2013年4月2日\n")
    got = members(text)
    assert ("县防汛抗旱指挥部", "韩立平", "指挥长") in got
    assert not [m for m in got if m[0].startswith("某县")]


# a table under the note 表中责任单位排名第一位的为牵头单位, its rows with a 配合单位 cell too: the first responsible
# body of each row leads, the others stay responsible, the supporting ones support
def test_first_responsible_body_leads_beside_a_support_column():
    text = (_PLAN + "附件\n重点任务分工表\n表中责任单位排名第一位的为牵头单位。\n"
            "序号\t工作任务\t责任单位\t配合单位\t完成时限\n1\t编制改造计划\t区城乡建设局、区财政局\t区审计局\t2017年6月\n"
            "2\t做好宣传引导\t区委宣传部\t各街道办事处\t2017年12月\n")
    got = assignments(text)
    assert {("编制改造计划", "lead", "区城乡建设局"), ("编制改造计划", "responsible", "区财政局"),
            ("编制改造计划", "support", "区审计局"), ("做好宣传引导", "lead", "区委宣传部")} <= got
    assert ("做好宣传引导", "responsible", "区委宣传部") not in got
