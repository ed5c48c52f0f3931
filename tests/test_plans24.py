"""Assignments and subgroups of real notices (session 18, plans24). Every text is made up.

Class 1: the bodies that take part in a task after the body that leads it, labelled 参加部门 / 参加单位
(``牵头单位：X`` / ``参加部门：Y、Z`` under each inspection group) — as the verb already reads them
(``由X牵头，Y、Z参加``) they support. Without a lead before them (``参加单位：各乡镇``) they are who attends
a meeting, not who helps with a task.
"""
from __future__ import annotations

from helpers import assignments, subgroups


INSPECTION = """某县人民政府办公室关于开展春季防汛安全检查的通知
各乡镇人民政府,县直有关单位:
经县政府同意,决定开展春季防汛安全检查,现将有关事项通知如下:
一、检查时间
4月1日至4月20日
二、检查分组
1.第一检查组(北片)
检查地区:甲镇、乙乡。
带队领导:县政府办副主任 周某某
牵头单位:县水务局
参加部门:县自然资源局、县应急管理局、县气象局。
2.第二检查组(南片)
检查地区:丙镇、丁乡。
带队领导:县水务局副局长 吴某某
牵头单位:县应急管理局
参加单位:县住建局、县交通运输局。
三、工作要求
各组要如实记录检查情况。
某县人民政府办公室
2031年3月25日
"""


def test_bodies_that_take_part_after_a_lead_support():
    assert assignments(INSPECTION) == {
        ("第一检查组(北片)", "lead", "县水务局"),
        *(("第一检查组(北片)", "support", a) for a in ("县自然资源局", "县应急管理局", "县气象局")),
        ("第二检查组(南片)", "lead", "县应急管理局"),
        *(("第二检查组(南片)", "support", a) for a in ("县住建局", "县交通运输局")),
    }


SAME_LINE = """某县防汛工作方案
一、主要任务
(一)开展河道隐患排查。对全县河道开展全面排查。(牵头单位:县水务局;参加单位:县气象局、县应急管理局)
"""


def test_bodies_that_take_part_after_a_lead_in_the_same_brackets_support():
    assert assignments(SAME_LINE) == {("开展河道隐患排查", "lead", "县水务局"), ("开展河道隐患排查", "support", "县气象局"),
                                      ("开展河道隐患排查", "support", "县应急管理局")}


MEETING = """某市人民政府办公室关于召开全市秋季农业生产工作会议的通知
各区县人民政府,市直有关部门:
市政府决定召开全市秋季农业生产工作会议,现将有关事项通知如下:
一、会议时间
9月5日上午9时
二、参加单位:各区县人民政府、市农业农村局、市水利局。
三、会议地点
市政府第一会议室
某市人民政府办公室
2031年9月1日
"""


def test_bodies_that_attend_a_meeting_are_no_task_support():
    assert assignments(MEETING) == set()


# Class 2: a group's parts listed without a count after 下设机构包括 / 下设“一办N组”，即 — units of a task force
# named 某某部, 某某办, 某某办公室, 某某组, 某某中心 — each a subgroup of the group the clause names or the one the
# clause before sets up (成立以“一部五办”为主体的X，下设机构包括…); a bare 办公室 is the group's own office.

REBUILDING = """某县召开灾后重建工作大会
新华社某地5月3日电 3日,中共某某县重建工作委员会在某镇临时办公点举行重建工作大会。
会议决定,成立以“一部五办”为主体的某某县重建工作委员会,下设机构包括群众工作部、综合办公室、交通恢复办、住房安置办、医疗防疫办和物资保障办公室。各部门均实行包干责任制。
"""


def test_parts_listed_after_xiashe_jigou_baokuo_are_subgroups_of_the_group_set_up_before():
    parent = "某某县重建工作委员会"
    assert subgroups(REBUILDING) == {(g, parent) for g in (
        "群众工作部", "综合办公室", "交通恢复办", "住房安置办", "医疗防疫办", "物资保障办公室")}


EXPO = """某区成立园博会运营指挥部
某区昨天正式成立园博会运营指挥部。指挥部下设“一办三组一中心”,即办公室、接待服务组、安保交通组、志愿者管理组和园区运行调度中心。
"""


def test_parts_counted_by_a_quoted_code_and_a_bare_office():
    parent = "园博会运营指挥部"
    assert subgroups(EXPO) == {(parent + "办公室", parent)} | {(g, parent) for g in (
        "接待服务组", "安保交通组", "志愿者管理组", "园区运行调度中心")}


def test_a_bodys_own_offices_and_sections_are_no_group_parts():
    text = "某县志\n1984年机构改革后,县人大常委会下设机构有:办公室、法制科、人事科、经济科。\n"
    assert subgroups(text) == set()


# Class 3: a group's office named in full as the subject of what it does (某某普查领导小组办公室统一制定… /
# …领导小组办公室将督促…), not only after 负责/要/承担: a part of that group, though no sentence sets it up;
# the words before 的 in a set-up (组建了精干高效的X) are no part of X's name.

def test_an_office_named_in_full_that_draws_up_a_plan_is_its_groups_part():
    text = ("某省人民政府关于开展第四次水利普查的通知\n第三阶段,完成验收工作。某省第四次水利普查领导小组办公室统一制定"
            "全省验收计划,由某省第四次水利普查领导小组批准后实施。\n")
    assert subgroups(text) == {("某省第四次水利普查领导小组办公室", "某省第四次水利普查领导小组")}


def test_an_office_that_will_urge_after_a_set_up_with_a_modifier():
    text = ("某市完成农业普查机构组建\n某市按照部署组建了精干高效的市农业普查领导小组及办公室。下一步,"
            "市农业普查领导小组办公室将督促各镇做好普查机构组建工作。\n")
    assert subgroups(text) == {("市农业普查领导小组办公室", "市农业普查领导小组")}


def test_a_departments_duty_to_help_an_office_names_no_group():
    text = "某省处置非法集资联席会议成员单位职责\n省水利厅:配合和协助联席会议办公室组织日常工作,负责有关调查。\n"
    assert subgroups(text) == set()


# ... and a known group's office named in full with a short name of its own (由省某某领导小组办公室(以下简称省某办)
# 商有关部门提出): a part of that group, named as printed; an office given a short name whose group the text
# never names is no part of anything the text sets up.

RULES = """某省引江济淮工程领导小组工作规则
一、某省引江济淮工程领导小组(以下简称领导小组)的主要任务是研究决定工程建设中的重大问题。
二、领导小组全体会议一般每年召开一次。会议议题由省引江济淮工程领导小组办公室(以下简称省引江办)商有关部门提出。
"""


def test_a_known_groups_office_given_a_short_name_is_its_part():
    assert subgroups(RULES) == {("省引江济淮工程领导小组办公室", "某省引江济淮工程领导小组")}


def test_an_office_given_a_short_name_without_its_group_is_left():
    text = "某市清理拖欠工程款责任分工\n一、市欠薪治理领导小组办公室(以下简称市治欠办)牵头汇总各单位报表。\n"
    assert subgroups(text) == set()


def test_parts_listed_after_xiashe_you_or_jigou_wei_read_once():
    head = "某县成立县防汛抗旱指挥部,由副县长甲任指挥长。"
    parent = "县防汛抗旱指挥部"
    assert subgroups(head + "指挥部下设有综合协调组、抢险救援组和后勤保障组。") == {
        (g, parent) for g in ("综合协调组", "抢险救援组", "后勤保障组")}
    assert subgroups(head + "指挥部下设机构为:办公室、综合协调组、抢险救援组。") == {
        (parent + "办公室", parent), ("综合协调组", parent), ("抢险救援组", parent)}


def test_a_counted_list_is_left_to_the_count_reader():
    text = "某县成立县防汛抗旱指挥部,由副县长甲任指挥长。指挥部下设综合协调组、抢险救援组、后勤保障组等3个工作组。"
    assert subgroups(text) == {(g, "县防汛抗旱指挥部") for g in ("综合协调组", "抢险救援组", "后勤保障组")}


# Class 4 (plans24b): named bodies closed by 等 and the kind of body they are, or their count (某局、某局等行业主管部门 /
# 某委等12个部门 / 某局等执法单位): the bodies named are the agencies; the kind adds none and keeps none from being read.

DUTIES = """某县关于开展秋冬季森林防火专项整治的通知
三、职责分工
县林业局负责全县林区火源管控。县应急管理局负责扑火队伍的调度。县农业农村局、畜牧局等涉农主管部门负责督促本行业落实野外用火审批。
"""


def test_bodies_named_before_their_kind_are_the_agencies():
    assert assignments(DUTIES) == {
        ("负责全县林区火源管控", "responsible", "县林业局"),
        ("负责扑火队伍的调度", "responsible", "县应急管理局"),
        ("负责督促本行业落实野外用火审批", "responsible", "县农业农村局"),
        ("负责督促本行业落实野外用火审批", "responsible", "县畜牧局"),
    }


def test_bodies_named_before_their_count_in_brackets():
    text = ("某市促进外贸稳增长工作方案\n二、重点任务\n(一)扩大出口信用保险覆盖面。提高小微企业投保比例。"
            "(责任单位:某市商务局、某市财政局等6个部门)\n")
    assert assignments(text) == {("扩大出口信用保险覆盖面", "responsible", "某市商务局"),
                                 ("扩大出口信用保险覆盖面", "responsible", "某市财政局")}


# Class 5 (plans24b): a task table flattened one cell to a line whose narrow columns wrapped their header cells over
# two lines (责任 / 科室, 牵头 / 单位, 责任 / 领导), with header cells after the last role column this reader does not
# know (攻坚目标 / 任务 / 季度进展): the wrapped cells are one each; the rows, delimited by their numbers, tell how many
# columns follow and must agree.

WRAPPED = """某乡2031年度重点工作计划上半年执行情况
序号
重点工作
责任
领导
牵头
单位
年度目标
任务
上半年
进展
1
某河道综合治理
甲某某
乡水利站
完成河道清淤八公里。
清淤五公里。
2
农村公路提档升级
乙某某
乡交通管理所
新改建农村公路十二公里。
完成路基六公里。
3
农贸市场改造
丙某某
乡市场监管所
完成主体改造。
完成设计招标。
"""


def test_a_table_with_wrapped_header_cells_and_unknown_tail_columns():
    assert assignments(WRAPPED) == {("某河道综合治理", "lead", "乡水利站"), ("农村公路提档升级", "lead", "乡交通管理所"),
                                    ("农贸市场改造", "lead", "乡市场监管所")}


def test_rows_that_disagree_on_their_cells_are_not_read_by_position():
    ragged = WRAPPED.replace("清淤五公里。\n", "清淤五公里。\n另完成护岸两公里。\n")
    assert assignments(ragged) == set()
