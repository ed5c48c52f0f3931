"""Assignments and subgroups of real notices (session 18, plans24). Every text is made up.

Class 1: the bodies that take part in a task after the body that leads it, labelled 参加部门 / 参加单位
(``牵头单位：X`` / ``参加部门：Y、Z`` under each inspection group) — as the verb already reads them
(``由X牵头，Y、Z参加``) they support. Without a lead before them (``参加单位：各乡镇``) they are who attends
a meeting, not who helps with a task.
"""
from __future__ import annotations

from helpers import assignments


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
