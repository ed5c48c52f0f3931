"""What the blind corpora layouts14 and layouts15 found in the facts' readers (helper lfixd): each class tested on
made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

from govkg.facts import Appointment

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, facts, members, posts, subgroups

PLAN_HEAD = ("某市人民政府办公室关于印发某市2023年城乡环境整治重点任务分工方案的通知\n某政办发〔2023〕7号\n"
             "各镇人民政府，市各委办局：\n现将《某市2023年城乡环境整治重点任务分工方案》印发给你们，请认真贯彻落实。\n"
             "某市人民政府办公室\n2023年4月10日\n某市2023年城乡环境整治重点任务分工方案\n")


# a posts-first row of a unit's head, the unit named by its kind's character and that character again with 长
# (镇财政所所长): a post, though its seven characters could make a long name; its probation and start kept
def test_head_of_a_unit_in_a_posts_first_row_is_appointed():
    text = PERSONNEL_HEAD + ("任命：\n镇党政综合办公室主任　　李文秀（女）\n"
                             "镇财政所所长　　　　　　王建平（试用期一年，任职时间从2024年5月起算）\n"
                             "镇水利站副站长　　　　　刘德明\n") + PERSONNEL_FOOT
    assert posts(text, Appointment) == [("Appointment", "刘德明", "镇水利站", "副站长"),
                                        ("Appointment", "李文秀", "镇党政综合办公室", "主任"),
                                        ("Appointment", "王建平", "镇财政所", "所长")]
    wang = next(f for f in facts(text) if isinstance(f, Appointment) and f.person == "王建平")
    assert (wang.probation, wang.start) == ("P1Y", "2024-05")


# (a signature of a body's head under a decision is still no appointment: 某院院长 is no unit named twice)
def test_a_proposal_signed_by_a_head_is_no_decision_row():
    text = ("某县人民政府关于提请任免某县人民政府组成人员的议案\n县人大常委会：\n根据有关法律规定，提请任命：\n"
            "张国庆为县财政局局长；\n免去：\n李红为县财政局局长职务。\n请予审议。\n县人民政府县长　赵东升\n2024年5月2日\n")
    assert ("Appointment", "赵东升") not in {p[:2] for p in posts(text)}


GROUP_TEXT = ("某县人民政府办公室关于成立某县创建国家森林城市指挥部的通知\n某府办〔2016〕21号\n各乡镇人民政府，县政府各部门：\n"
              "为推进创建工作，经县政府同意，决定成立某县创建国家森林城市指挥部，现将组成人员通知如下：\n"
              "指挥长：张建国　县长\n副指挥长：李文华　副县长\n成员：王立新　县林业局局长\n　　　赵明亮　县财政局局长\n"
              "　　　陈志远　县住房和城乡建设局局长\n{sub}\n指挥部办公室设在县林业局，办公室主任由王立新同志兼任。\n"
              "某县人民政府办公室\n2016年3月8日\n")
HQ = "某县创建国家森林城市指挥部"


# subgroups a sentence sets up, then each one's head named after the group's name: 综合组组长由甲兼任 (the head of
# that subgroup, not a 组长 of the headquarters)
def test_head_of_each_named_subgroup_is_its_member():
    text = GROUP_TEXT.format(sub="指挥部下设综合组、督查组、宣传组，综合组组长由王立新同志兼任，督查组组长由赵明亮同志兼任，"
                                 "宣传组组长由陈志远同志兼任。")
    got = members(text)
    assert ("综合组", "王立新", "组长") in got and ("督查组", "赵明亮", "组长") in got and ("宣传组", "陈志远", "组长") in got
    assert not [m for m in got if m[0] == HQ and m[2] == "组长"]
    assert {("综合组", HQ), ("督查组", HQ), ("宣传组", HQ)} <= subgroups(text)
    # the same heads printed 组长分别由甲、乙、丙兼任: each in order
    text = GROUP_TEXT.format(sub="指挥部下设综合组、督查组、宣传组三个组，组长分别由王立新、赵明亮、陈志远同志兼任。")
    got = members(text)
    assert ("综合组", "王立新", "组长") in got and ("宣传组", "陈志远", "组长") in got
    assert not [m for m in got if m[0] == HQ and m[2] == "组长"]


# a table printed one cell per line whose last row's last cell is empty: the section heading after the table run on
# to that row is no cell, the row read all the same
def test_last_row_of_a_flattened_table_with_an_empty_cell():
    table = ["一、建设任务及责任分工", "序号", "建设任务", "责任单位", "配合单位",
             "1", "完成集中供水工程建设", "市水务局", "各镇人民政府",
             "2", "做好饮用水水质监测", "市卫生健康委员会", "",
             "　　二、工作要求", "各镇要于每月5日前报送工作进展。"]
    got = assignments(PLAN_HEAD + "\n".join(table) + "\n")
    assert got == {("完成集中供水工程建设", "responsible", "市水务局"), ("完成集中供水工程建设", "support", "各镇人民政府"),
                   ("做好饮用水水质监测", "responsible", "市卫生健康委员会")}


# an item whose sentence closes with a clause of bodies and 负责 alone (健全某某机制，市某局负责。): they are
# responsible for the item's heading
def test_closing_clause_of_bodies_responsible():
    text = PLAN_HEAD + ("一、推进公共厕所改造。完成城区公厕提档升级，由市城市管理局牵头，各镇人民政府配合。\n"
                        "二、加强河道保洁。健全“河长巡查、专人保洁、定期考核”机制，市水利局负责。\n"
                        "三、开展绿化提升行动。新增绿地面积20万平方米，市住房和城乡建设局、市自然资源局负责。\n"
                        "四、强化督查考核。各镇要切实负责。\n")
    assert assignments(text) == {("推进公共厕所改造", "lead", "市城市管理局"), ("推进公共厕所改造", "support", "各镇人民政府"),
                                 ("加强河道保洁", "responsible", "市水利局"),
                                 ("开展绿化提升行动", "responsible", "市住房和城乡建设局"),
                                 ("开展绿化提升行动", "responsible", "市自然资源局")}
