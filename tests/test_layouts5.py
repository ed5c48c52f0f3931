"""What the blind corpus layouts5 found (issue 10, helper lfix): notices composed into real page layouts. Each class
is tested on made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

import re

import pytest

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, positions, posts, subgroups

PLAN_HEAD = ("某市人民政府办公室关于印发某市推进某某产业发展重点任务分工的通知\n某政办〔2023〕7号\n"
             "各县（区）人民政府，市直各有关单位：\n现将《某市推进某某产业发展重点任务分工》印发给你们，请认真贯彻落实。\n"
             "某市人民政府办公室\n2023年3月1日\n")


# a task table flattened one cell per line whose 配合 column holds several bodies, one per line: the first body after the
# task is the lead, every body up to the next row's number a support (the last row's too, up to the end)
@pytest.mark.parametrize("table, expected", [
    ("序号\n重点任务\n牵头单位\n配合单位\n1\n建设光伏产业园区\n市工信局\n市发改委\n市商务局\n某区人民政府\n"
     "2\n培育龙头企业\n市商务局\n市科技局\n3\n完善人才支撑体系\n市人社局\n市教育局\n某职业技术学院\n",
     {("建设光伏产业园区", "lead", "市工信局"), ("建设光伏产业园区", "support", "市发改委"),
      ("建设光伏产业园区", "support", "市商务局"), ("建设光伏产业园区", "support", "某区人民政府"),
      ("培育龙头企业", "lead", "市商务局"), ("培育龙头企业", "support", "市科技局"),
      ("完善人才支撑体系", "lead", "市人社局"), ("完善人才支撑体系", "support", "市教育局"),
      ("完善人才支撑体系", "support", "某职业技术学院")}),
    ("序号\n工作任务\n牵头单位\n协办单位\n1\n推进老旧小区改造\n市住建局\n市财政局\n2\n整治城市道路\n市城管局\n市公安局\n"
     "市交通运输局\n市自然资源局\n— 3 —\n",
     {("推进老旧小区改造", "lead", "市住建局"), ("推进老旧小区改造", "support", "市财政局"),
      ("整治城市道路", "lead", "市城管局"), ("整治城市道路", "support", "市公安局"),
      ("整治城市道路", "support", "市交通运输局"), ("整治城市道路", "support", "市自然资源局")}),
    # a deadline column after the 配合 column: the bodies between the lead and the deadline are the supports
    ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n建设冷链物流中心\n市商务局\n市发改委\n市交通运输局\n2023年底\n"
     "2\n培育电商企业\n市商务局\n市市场监管局\n2024年6月\n",
     {("建设冷链物流中心", "lead", "市商务局"), ("建设冷链物流中心", "support", "市发改委"),
      ("建设冷链物流中心", "support", "市交通运输局"), ("培育电商企业", "lead", "市商务局"),
      ("培育电商企业", "support", "市市场监管局")}),
])
def test_a_flattened_table_with_several_bodies_in_a_cell(table, expected):
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + table) == expected


# an item whose body opens with a plain sentence ``X负责…`` (no brackets): the task is the item's heading, each body that
# opens a clause with 负责 responsible for it (a collective body, 各县（区）人民政府, one agency)
@pytest.mark.parametrize("items, expected", [
    ("一、推进污水管网建设。全年新建管网30公里。（市住建局负责）\n二、保障管网建设用地。各县（区）人民政府负责将管网项目用地纳入国土空间规划，优先保障用地需求。\n",
     {("推进污水管网建设", "responsible", "市住建局"), ("保障管网建设用地", "responsible", "各县(区)人民政府")}),
    ("一、开展河道清淤。市水利局负责制定年度清淤计划，各乡镇（街道）负责具体实施。\n二、强化宣传引导。（市委宣传部牵头，市水利局配合）\n",
     {("开展河道清淤", "responsible", "市水利局"), ("开展河道清淤", "responsible", "各乡镇(街道)"),
      ("强化宣传引导", "lead", "市委宣传部"), ("强化宣传引导", "support", "市水利局")}),
    ("（一）落实建后管护责任。市财政局、市水务局负责建立管护经费保障机制。\n（二）加强水源保护。牵头单位：市生态环境局；配合单位：市水务局。\n",
     {("落实建后管护责任", "responsible", "市财政局"), ("落实建后管护责任", "responsible", "市水务局"),
      ("加强水源保护", "lead", "市生态环境局"), ("加强水源保护", "support", "市水务局")}),
])
def test_an_item_opening_with_a_body_responsible(items, expected):
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == expected


# 负责 in an item that names no body before it (各地要负责…, 主要负责同志): no row
def test_no_body_before_the_duty():
    items = "一、压实工作责任。主要负责同志要亲自抓，分管负责同志具体负责。\n二、加强督查。各地要负责做好督查工作。\n"
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == set()


# items under a plan's section on how it is carried out (三、保障措施), and items whose heading names a body or its
# duties (（二）办事机构。), are no tasks: 负责 in them gives no row of the item
@pytest.mark.parametrize("items", [
    "一、重点任务\n（一）建设污水管网。（市住建局负责）\n二、保障措施\n（一）加强组织领导。市住建局负责统筹协调，定期通报进展。\n"
    "（二）强化资金保障。市财政局负责落实市级补助资金。\n",
    "一、建设污水管网。（市住建局负责）\n二、办事机构。领导小组办公室负责日常工作。\n",
    # the same where the section's heading lost its enumerator, or an item's heading is a safeguard or runs on
    # into its body
    "一、建设污水管网。（市住建局负责）\n保障措施\n加强要素保障。市自然资源局、市财政局负责保障项目用地和资金。\n",
    "一、建设污水管网。（市住建局负责）\n二、强化资金保障。市财政局负责落实市级补助资金。\n",
    "一、建设污水管网。（市住建局负责）\n二、工作职责领导小组负责统筹推进污水管网建设。市住建局负责日常工作。\n",
    # a body's duty in the prose of a 保障措施 / 工作要求 section, alone or two in one sentence (under a heading of the
    # plan's 责任分工): no row whose task is the 负责 clause either
    "一、重点任务及责任分工\n（一）建设污水管网。（市住建局负责）\n二、保障措施\n（一）加强组织领导。市住建局负责统筹协调，"
    "各县（区）人民政府负责组织本辖区施工。\n（二）严格督查考核。市政府督查室负责对各项任务落实情况进行跟踪督办。\n",
    "一、建设污水管网。（市住建局负责）\n二、工作要求\n市政府督查室负责对各项任务落实情况进行跟踪督办，定期通报。\n",
])
def test_no_task_in_safeguards_or_a_body_heading(items):
    got = assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items)
    assert ("建设污水管网", "responsible", "市住建局") in got
    assert not {t for t, _, _ in got} & {"加强组织领导", "强化资金保障", "办事机构", "加强要素保障",
                                          "工作职责领导小组负责统筹推进污水管网建设"}
    if "保障" in items or "要求" in items:
        assert got == {("建设污水管网", "responsible", "市住建局")}  # no row at all from the safeguards' prose


# a safeguard that marks a role as an item does (（X牵头，Y配合） after it): a task all the same
def test_a_safeguard_that_marks_its_roles():
    items = ("一、建设污水管网。（市住建局负责）\n二、保障措施\n（一）加强组织领导。市住建局负责统筹协调。\n"
             "（二）强化资金保障。实行专账管理，严禁截留挪用（市财政局牵头，市审计局配合）。\n")
    got = assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items)
    assert got == {("建设污水管网", "responsible", "市住建局"), ("强化资金保障", "lead", "市财政局"),
                   ("强化资金保障", "support", "市审计局")}


def test_a_collective_body_with_commas_inside():
    items = "一、落实建后管护责任。各县、自治县、区（市）人民政府负责建立管护机制，明确管护主体。\n"
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == {
        ("落实建后管护责任", "responsible", "各县、自治县、区(市)人民政府")}


# the item's heading on a line of its own, its body on the next
def test_an_item_heading_alone_over_its_duty():
    items = "一、建设污水管网。（市住建局负责）\n二、落实建后管护责任。\n各县（区）人民政府负责建立管护机制，明确管护主体。\n"
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + items) == {
        ("建设污水管网", "responsible", "市住建局"), ("落实建后管护责任", "responsible", "各县(区)人民政府")}


# a decision 某某同志任A，兼任B: two appointments, and no holder read from the sentence as a name and its posts
# (某某同 / 志任A: the line is no division of work opening with a name)
@pytest.mark.parametrize("line, expected", [
    ("王文斌同志任市人民政府办公室副主任，兼任市政府法制办公室主任；\n",
     [("Appointment", "王文斌", "市人民政府办公室", "副主任"), ("Appointment", "王文斌", "市人民政府法制办公室", "主任")]),
    ("笪立新同志任市财政局副局长，兼任市金融工作办公室主任；\n",
     [("Appointment", "笪立新", "市财政局", "副局长"), ("Appointment", "笪立新", "市金融工作办公室", "主任")]),
    ("王文斌任市人民政府办公室副主任，兼任市政府法制办公室主任；\n",
     [("Appointment", "王文斌", "市人民政府办公室", "副主任"), ("Appointment", "王文斌", "市人民政府法制办公室", "主任")]),
])
def test_appointed_and_also_no_spurious_holder(line, expected):
    got = posts(PERSONNEL_HEAD + line + PERSONNEL_FOOT)  # (市政府X办公室 expanded or not: a convention left alone)
    assert [(t, p, re.sub("^市政府", "市人民政府", a), ti) for t, p, a, ti in got] == sorted(expected)


# 领导小组下设三个专项组： on a line of its own, the groups listed under it: a clause setting them up, no group's name
@pytest.mark.parametrize("line", ["领导小组下设三个专项组：", "领导小组下设2个工作组：", "指挥部下设两个工作组如下："])
def test_a_count_of_subgroups_is_no_subgroup(line):
    text = (GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n成　员：彭国庆　县发展和改革局局长\n二、工作组\n" + line + "\n"
            "（一）监测预警组。组长由彭国庆同志兼任，负责监测预警。\n（二）会商研判组。组长由张立军同志担任，负责会商研判。\n" + GROUP_FOOT)
    got = subgroups(text)
    assert ("监测预警组", GROUP) in got and ("会商研判组", GROUP) in got
    assert not any("下设" in g for g, _ in got)


# a member row 甲（女）　<a body whose name holds 协调> 局长: the post stands (协调 there is part of a name, no verb)
@pytest.mark.parametrize("row, post", [
    ("副组长：阚立行　应急管理部防汛抗旱司司长\n　　　　　苗雨桐（女）　应急管理部救援协调和预案管理局局长\n",
     ("苗雨桐", "应急管理部救援协调和预案管理局", "局长")),
    ("成　员：滕启明（女）　县区域协调发展局局长\n", ("滕启明", "县区域协调发展局", "局长")),
    ("成　员：晏梓航　市政府口岸协调办公室主任\n", ("晏梓航", "市人民政府口岸协调办公室", "主任")),
])
def test_a_body_named_with_coordination(row, post):
    got = positions(GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n" + row + GROUP_FOOT)
    assert post in [(p, re.sub("^市政府", "市人民政府", a), t) for p, a, t in got]


# 协调 as a verb still makes no post: 负责协调市财政局工作的副秘书长
def test_coordinating_as_a_verb_is_no_body():
    from govkg.extract.holders import plausible_post
    from govkg.facts import Post
    assert not plausible_post(Post(agency="协调处理市财政局", title="局长", span=(0, 1)))
    assert not plausible_post(Post(agency="负责协调组织市教育局", title="局长", span=(0, 1)))


def _appointed(text):
    from govkg.facts import Appointment
    from helpers import facts
    return sorted((f.person, f.post.agency, f.post.title, f.secondment, f.start, f.end) for f in facts(text)
                  if isinstance(f, Appointment))


# 选派甲同志到某局挂职任副局长，挂职时间为两年（起止）: a secondment to the body named after 到, dated by the range
@pytest.mark.parametrize("line, expected", [
    ("选派阿其图同志到盟商务局挂职任副局长，挂职时间为两年（2021年3月至2023年2月）；\n",
     [("阿其图", "盟商务局", "副局长", True, "2021-03", "2023-02")]),
    ("选派王立新同志到市商务局挂职任副局长（挂职时间：2022年4月至2023年4月）；\n",
     [("王立新", "市商务局", "副局长", True, "2022-04", "2023-04")]),
    ("派李春燕（女）同志到县发展和改革局挂职担任副局长，挂职时间一年（2019年5月至2020年5月）；\n",
     [("李春燕", "县发展和改革局", "副局长", True, "2019-05", "2020-05")]),
])
def test_seconded_to_a_body(line, expected):
    assert _appointed(PERSONNEL_HEAD + line + PERSONNEL_FOOT) == expected


# 以上人员任职时间从X起计算 after the decisions: the start of each appointment above it (one already dated keeps its own)
@pytest.mark.parametrize("lines, start", [
    ("聘任覃立远同志为园区经济发展委员会副主任，聘期三年；\n聘任亢文同志为园区服务中心主任；\n以上人员任职时间从2020年7月1日起计算。\n",
     "2020-07-01"),
    ("王立新同志任市商务局副局长；\n李春燕同志任市财政局副局长；\n上述同志任职时间自2022年3月1日起计算。\n", "2022-03-01"),
    ("王立新同志任市商务局副局长；李春燕同志任市财政局副局长。以上同志任职时间均从2022年3月起算。\n", "2022-03"),
])
def test_a_date_for_all_appointments_above(lines, start):
    got = _appointed(PERSONNEL_HEAD + lines + PERSONNEL_FOOT)
    assert len(got) == 2 and all(f[4] == start for f in got)


# a congress decision on a law-database mirror (the title printed again below its chrome, the issuer's short name on a
# line of its own, no number, no signature): signed on the date of its note of adoption under the last title
@pytest.mark.parametrize("top, signed", [
    ("某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n时间:2023-11-05 14:12:08 来源: 法律资料网 作者:法律资料网 阅读:3127\n"
     "下载地址: 点击此处下载\n某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n某县人大常委会\n"
     "某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n（2016年9月20日某县第十七届人民代表大会常务委员会第二次会议通过）\n",
     "2016-09-20"),
    ("某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n发布部门：某县人大常委会\n发布日期：2020-01-01\n"
     "某县人民代表大会常务委员会关于任免县人民政府组成人员的决定\n(2019年12月26日某县第十六届人民代表大会常务委员会第二十次会议通过)\n",
     "2019-12-26"),
])
def test_a_decision_signed_when_adopted_under_a_repeated_title(top, signed):
    from helpers import document
    body = ("根据县人民政府县长的提请，某县人民代表大会常务委员会会议决定：\n任命甲明远为某县财政局局长；\n免去乙志华的某县审计局局长职务。\n")
    assert document(top + body).signed == signed


# a listing item whose notice is one line with a space for each lost break: the cover letter's signature and date are
# cut from the plan's heading after them (the item's title stays the listing's; the signature signs it)
@pytest.mark.parametrize("body, title", [
    ("某府办发〔2016〕12号 各县（区）人民政府，市政府各部门： 《某市2016年城乡供水工程建设任务分解方案》已经市人民政府同意，现印发给你们，"
    "请认真抓好落实。 某市人民政府办公室 2016年4月8日 某市2016年城乡供水工程建设任务分解方案 一、完成年度工程建设投资。全年完成投资3亿元。"
    "牵头单位：市水务局；配合单位：市财政局。 二、保障工程建设用地。牵头单位：市自然资源局；配合单位：各县（区）人民政府。",
     "某市人民政府办公室关于印发某市2016年城乡供水工程建设任务分解方案的通知"),
    ("某府办发〔2016〕12号 各县（区）人民政府，市政府各部门： 现将《某市城乡供水工作要点》印发给你们，请认真贯彻执行。  某市人民政府办公室  "
    "2016年4月8日  某市城乡供水工作要点 一、完成年度工程建设投资。全年完成城乡供水工程投资3亿元。牵头单位：市水务局；配合单位：市财政局。"
    " 二、加强水源保护。划定乡镇集中式饮用水水源保护区。牵头单位：市生态环境局；配合单位：市水务局。 三、落实工程管护责任。"
    "牵头单位：市水务局；配合单位：各县（区）人民政府。", "某市人民政府办公室关于印发某市城乡供水工作要点的通知"),
])
def test_a_listing_line_signed_before_the_attached_plan(body, title):
    from govkg.extract.layout import find_layout
    lay = find_layout(body, {"title": title, "published": "2016-04-12"})
    assert (lay.title, lay.issuer, lay.signed) == (title, "某市人民政府办公室", "2016-04-08")
