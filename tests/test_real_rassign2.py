"""Assignments real notices lose (session 22, round two, rassign2). Every text is made up.

Class 1: a plan copied out of a PDF prints its item enumerators with a space inside (``1 .做好某某``), and a page
flattened to one line glues the first one to its section's heading (``（一）打好某某攻坚战1 .做好某某。…``): the item
is an item of its own, its task its heading, its units its own (a name the PDF wrapped, ``各相关 区人民政府``, is one
name).
"""
from __future__ import annotations

import pytest

from helpers import assignments

_PLAN_HEAD = "某市改善水环境2023年工作方案\n一、工作目标\n全市水质稳定向好。\n二、工作任务\n"


@pytest.mark.parametrize("body, rows", [
    ("（一）全力打好黑臭水体攻坚战1 .做好城市污水收集。加强管网建设，提升收集率。（责任单位：市水务局、市城管委）"
     "2 .提升工业园区治污水平。组织园区开展排查， 完成整治任务。（责任单位：市生态环境局、市经信局，各相关 区人民政府）\n",
     {("做好城市污水收集", "responsible", "市水务局"), ("做好城市污水收集", "responsible", "市城管委"),
      ("提升工业园区治污水平", "responsible", "市生态环境局"), ("提升工业园区治污水平", "responsible", "市经信局"),
      ("提升工业园区治污水平", "responsible", "各相关区人民政府")}),
    ("（一）全力打好黑臭水体攻坚战\n1 .做好城市污水收集。加强管网建设，提升收集率。（责任单位：市水务局）\n"
     "2 .提升工业园区治污水平。组织园区开展排查。（责任单位：市生态环境局）\n",
     {("做好城市污水收集", "responsible", "市水务局"), ("提升工业园区治污水平", "responsible", "市生态环境局")}),
    # a decimal number, a year's count, is no enumerator
    ("（一）削减化学需氧量2 .5万吨。加强监管。（责任单位：市生态环境局）\n",
     {("削减化学需氧量2 .5万吨", "responsible", "市生态环境局")}),
])
def test_a_pdf_enumerator_with_a_space_inside(body, rows):
    assert assignments(_PLAN_HEAD + body) == rows


# Class 2: a plan a 文库 page ran onto one line, its items' enumerators glued to the words before them (…工作（一）某某
# 专项整治…（二）…): the items (一)(二)(三) in their order are items of their own; a heading run into the label of its
# paragraph that repeats its subject (（一）道路保洁专项整治道路保洁：要求…) or into the label of a leader
# (…做好某某配合领导：某某) ends before it; a leader is a person, no row; 责任部门/配合部门 name the units.
_GLUED_HEAD = "某区城管局创建文明城市专项整治方案\n各科室：\n为做好创建工作，现制定方案：\n"


@pytest.mark.parametrize("body, rows", [
    ("开展专项整治工作（一）道路保洁专项整治道路保洁：要求保洁单位做到路面干净。牵头领导：李某某副局长"
     "责任部门：环卫科、保洁站（二）广告牌匾专项整治广告牌匾：对破损牌匾开展整治。牵头领导：王某某副局长"
     "责任部门：市容科、执法中队\n配合做好专项整治工作（一）配合区交警大队做好占道停车整治，门前秩序工作"
     "配合领导：王某某副局长配合部门：执法中队（二）配合区商务局做好夜市摊点整治配合领导：李某某副局长配合部门：市容科\n",
     {("道路保洁专项整治", "responsible", "环卫科"), ("道路保洁专项整治", "responsible", "保洁站"),
      ("广告牌匾专项整治", "responsible", "市容科"), ("广告牌匾专项整治", "responsible", "执法中队"),
      ("配合区交警大队做好占道停车整治", "support", "执法中队"), ("配合区商务局做好夜市摊点整治", "support", "市容科")}),
    # (二) before (一), or one (一) alone, is no run of items: the words stay one line
    ("按照第（二）项和第（一）项要求开展整治。（责任单位：市容科）\n",
     {("按照第(二)项和第(一)项要求开展整治", "responsible", "市容科")}),
])
def test_items_glued_on_one_line(body, rows):
    assert assignments(_GLUED_HEAD + body) == rows
