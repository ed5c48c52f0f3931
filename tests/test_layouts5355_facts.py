"""What the blind corpora layouts53 to layouts55 found in the facts' readers (helper lfixa2), and what layouts41-52
still lost: each class tested on made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, members, posts


# a congress's report whose line breaks are lost: the section's heading (…决定任命：, 决定免去：) inside the line, each
# item after it a decision of that verb, an aside on the person (（女）, （女，回族）) too
def test_decisions_after_a_heading_inside_the_line():
    text = ("某县人大常委会表决通过一批人事任免事项 某某网9月2日报道 2018年9月1日上午，县十七届人大常委会第十次会议"
            "表决通过了多项人事任免案。县人民政府提请任免6人次 根据县人民政府县长的提请，某县人民代表大会常务委员会决定任命："
            "甲立新为县交通运输局局长；乙秀云（女）为县文化和旅游局局长；丙春兰（女，满族）为县统计局局长。决定免去："
            "丁建国的县交通运输局局长职务；戊海涛的县文化和旅游局局长职务。会后，县人大常委会主任颁发了任命书。\n")
    got = posts(text)
    assert ("Appointment", "甲立新", "县交通运输局", "局长") in got
    assert ("Appointment", "乙秀云", "县文化和旅游局", "局长") in got
    assert ("Appointment", "丙春兰", "县统计局", "局长") in got
    assert ("Removal", "丁建国", "县交通运输局", "局长") in got
    assert ("Removal", "戊海涛", "县文化和旅游局", "局长") in got
    assert not [f for f in got if f[1] in ("甲立新", "乙秀云", "丙春兰") and f[0] == "Removal"]


# the same page: a section that lists posts, each before its holder, parted by spaces on one line, then the next
# section's basis (根据某院院长的提请：) on that line too
def test_posts_before_holders_on_one_line():
    text = ("某县人民代表大会常务委员会任免名单 （2020年5月6日某县第十届人民代表大会常务委员会第八次会议通过） "
            "根据县人民政府县长的提请： 决定任命：庚志强为县审计局局长。 根据县人民法院院长的提请： "
            "任命：县人民法院审判员　辛晓东　县人民法院民事审判庭庭长　壬丽萍（女） "
            "根据县人民检察院检察长的提请： 免去：癸文博的县人民检察院检察员职务。\n")
    got = posts(text)
    assert ("Appointment", "庚志强", "县审计局", "局长") in got
    assert ("Appointment", "辛晓东", "县人民法院", "审判员") in got
    assert ("Appointment", "壬丽萍", "县人民法院民事审判庭", "庭长") in got
    assert ("Removal", "癸文博", "县人民检察院", "检察员") in got


_PLAN = ("某镇人民政府关于印发某镇2010年环境整治工作方案的通知\n某府〔2010〕5号\n各村民委员会，镇政府各部门：\n"
         "现将《某镇2010年环境整治工作方案》印发给你们，请认真组织实施。\n某镇人民政府\n2010年4月2日\n"
         "某镇2010年环境整治工作方案\n"
         "一、清理河道垃圾。镇水务站负责，各村民委员会配合。年内完成河道清理。\n"
         "二、建设公厕设施。（镇建管办、镇卫生院、各村民委员会。列第一位者为牵头单位）每个村建设公厕一座。\n"
         "附件：重点整治项目责任表\n| 序号 | 整治项目 | 责任单位 | 完成时间 |\n|---|---|---|---|\n"
         "| 1 | 东村河道护岸修复 | 镇水务站 | 2010年8月 |\n| 2 | 西村垃圾房建设 | 镇环卫所 | 2010年9月 |\n")


# an item's units in its brackets with no verb, closed by the note that the first of them leads: the first leads,
# the others are responsible; the note is that item's alone (a table further on keeps its column's role)
def test_units_in_brackets_the_first_listed_leads():
    got = assignments(_PLAN)
    assert ("建设公厕设施", "lead", "镇建管办") in got
    assert ("建设公厕设施", "responsible", "镇卫生院") in got
    assert ("建设公厕设施", "responsible", "各村民委员会") in got
    assert ("清理河道垃圾", "responsible", "镇水务站") in got


# a table of projects (序号 | 整治项目 | 责任单位): each project a task, its unit responsible
def test_a_table_of_projects():
    got = assignments(_PLAN)
    assert ("东村河道护岸修复", "responsible", "镇水务站") in got
    assert ("西村垃圾房建设", "responsible", "镇环卫所") in got
    assert not [a for a in got if a[0] in ("东村河道护岸修复", "西村垃圾房建设") and a[1] == "lead"]


# a repost whose lead is in traditional script (…擔任組長) before the notice in simplified, its labels printed with
# spaces (组　长): the role as the row prints it, not as the lead does
def test_a_spaced_label_keeps_the_script_of_its_row():
    text = ("某某署辦公廳成立數據項目儲備工作領導小組\n【某某報網訊】某某署辦公廳日前印發通知，由署領導擔任組長，"
            "成員來自各司局。\n某某署办公厅关于成立数据项目储备工作领导小组的通知\n某署办〔2024〕12号\n"
            "署内各司局：\n决定成立某某署数据项目储备工作领导小组。\n一、领导小组组成\n"
            "组　长：甲立诚　某某署副署长\n成　员：乙文澜　规划司司长\n某某署办公厅\n2024年4月8日\n")
    got = members(text)
    assert ("某某署数据项目储备工作领导小组", "甲立诚", "组长") in got
    assert ("某某署数据项目储备工作领导小组", "乙文澜", "成员") in got
