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
