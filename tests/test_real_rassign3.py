"""Assignments real notices lose (session 24, round six, rassign3). Every text is made up.

Class 1: the work plan of an event (a games, a festival) divides each item's work under a label ``分工与配合：``.
An item may hand its parts to several bodies clause by clause (``证书由甲局提供，奖杯由乙办提供，丙处具体组织实施``):
every body is responsible for the item, its first clause the task. Where the label follows sub-items that say what
is done and name no body (``（二）宣传工作 / 1.… 2.… 3.… / 分工与配合：``), the division is the heading's above them;
an item there that opens with ``由X`` (``①由X统一负责，Y牵头组织实施``) says who does that work, it is no task of its
own: X responsible, Y leads.

Class 2: a step of a plan printed with the time it is due in brackets after its heading (``2、组织报名（5月20日前）。由
某科牵头…``): the task is the heading without its date.

Class 3: a duty whose words run up to 牵头 (``全面负责与市、区及相关部门牵头协调工作``: liaising with them) names no body
that leads: no row.
"""
from __future__ import annotations

import pytest

from helpers import assignments

_EVENT = "某市第五届全民健身运动会组织工作方案\n一、活动时间\n2030年8月。\n二、组织工作\n"


@pytest.mark.parametrize("body, rows", [
    # parts of an item handed to bodies clause by clause
    ("（一）颁奖仪式\n暂定于8月下旬举行。\n分工与配合：\n①证书由市体育局提供，奖杯由组委会办公室提供，竞赛处具体组织实施。\n"
     "②场地布置由市城管局落实，市公安局配合。\n",
     {("证书由市体育局提供", "responsible", "市体育局"), ("证书由市体育局提供", "responsible", "组委会办公室"),
      ("证书由市体育局提供", "responsible", "竞赛处"),
      ("场地布置由市城管局落实", "responsible", "市城管局"), ("场地布置由市城管局落实", "support", "市公安局")}),
    # the division after sub-items that name no body: the heading above them; 由X… says who, no task
    ("（二）宣传工作\n1.氛围营造。在主要街道悬挂标语。\n2.新闻报道。媒体开设专栏。\n分工与配合：\n"
     "①由市委宣传部统一负责，组委会宣传处牵头组织实施。\n",
     {("宣传工作", "responsible", "市委宣传部"), ("宣传工作", "lead", "组委会宣传处")}),
    # (a page cut inside the lead's verb: it leads all the same)
    ("（二）宣传工作\n1.氛围营造。在主要街道悬挂标语。\n2.新闻报道。媒体开设专栏。\n分工与配合：\n"
     "①由市委宣传部统一负责，组委会宣传处牵头组织实\n",
     {("宣传工作", "responsible", "市委宣传部"), ("宣传工作", "lead", "组委会宣传处")}),
    # a division under the item it follows, the item's own paragraph before it
    ("（一）开幕式\n暂定于8月上旬举行。\n分工与配合：\n由市文化局牵头组织实施。\n",
     {("开幕式", "lead", "市文化局")}),
])
def test_an_event_plan_divides_its_items_work(body, rows):
    assert assignments(_EVENT + body) == rows


def test_one_clause_handed_to_a_body_is_no_division():
    """A sentence with one 由 clause is no division of parts: the item is its own task, as before."""
    got = assignments(_EVENT + "（一）颁奖仪式\n分工与配合：\n①奖品由市体育局负责落实。\n")
    assert got == {("奖品由市体育局负责落实", "responsible", "市体育局")}


_STEPS = "某局参加全市职工运动会工作方案\n一、工作安排\n"


@pytest.mark.parametrize("body, rows", [
    ("1、宣传发动（5月10日前）。在全体会上做好动员。\n2、组织报名（5月20日前）。由综合科牵头，各科室组织报名。\n",
     ("组织报名", "lead", "综合科")),
    ("（一）动员部署（2030年3月底前完成）。由办公室牵头，制定工作方案。\n", ("动员部署", "lead", "办公室")),
    # units in the brackets are no date: read as units
    ("（一）动员部署（市教育局牵头，6月底前）。制定工作方案。\n", ("动员部署", "lead", "市教育局")),
])
def test_a_steps_due_date_is_no_part_of_its_task(body, rows):
    assert rows in assignments(_STEPS + body)


def test_a_duty_run_up_to_its_lead_verb_names_no_lead():
    text = "某园区创建工作领导小组职责\n一、主要职责\n1、牵头协调机制。全面负责与市、区及相关部门和企业牵头协调工作。\n"
    assert not {r for r in assignments(text) if r[1] == "lead"}
