"""Groups in real pages, round seven (issue 10, helper rgrp4): memberships that news reports, chronicles and
memoirs state in prose shapes the extractor missed. Each case is a made-up notice in the shape of a class of real
pages."""
from __future__ import annotations

import pytest

from helpers import members


# a clause with no subject of its own takes the person of the clause before (主语承前省略): 甲担任A组组长，并担任
# B、C等2个组的副组长 / 甲接替乙，任A组组长 — news of who heads which leading group
@pytest.mark.parametrize("text, expected", [
    ("某省调整多个领导小组组成人员\n省长周明远担任某省河湖治理领导小组组长，并担任某省乡村振兴领导小组、某省对口支援领导小组"
     "等2个组的副组长。\n",
     [("某省河湖治理领导小组", "周明远", "组长"), ("某省乡村振兴领导小组", "周明远", "副组长"),
      ("某省对口支援领导小组", "周明远", "副组长")]),
    ("某省调整多个领导小组组成人员\n副省长郑启文接替何长林，任某省扶贫开发领导小组组长，该领导小组成立于1986年。\n",
     [("某省扶贫开发领导小组", "郑启文", "组长")]),
    ("某省调整多个领导小组组成人员\n副省长郑启文任某省扶贫开发领导小组组长，又任某省农民工工作领导小组组长。\n",
     [("某省扶贫开发领导小组", "郑启文", "组长"), ("某省农民工工作领导小组", "郑启文", "组长")]),
    # (a clause with no subject after one that names no one: no member)
    ("某省调整多个领导小组组成人员\n根据工作需要，任某省扶贫开发领导小组组长。\n", []),
])
def test_a_clause_takes_the_subject_before(text, expected):
    assert members(text) == sorted(expected)


# a news report whose lead sentence has the group hold the meeting (某区某某工作专班在某楼会议室召开第一次工作会议) and whose
# chains then name it by its kind word alone (专班副主任甲传达…, 专班主任乙强调…): the group of the lead sentence;
# a 工作专班's heads may be its 主任 and 副主任
@pytest.mark.parametrize("text, expected", [
    ("9月8日上午，某区配合省环保督察工作专班在区政府办公楼会议室召开第一次工作会议，专班副主任林海涛传达了有关通知。"
     "专班主任宋志刚强调，专班成员单位要高度重视。\n",
     [("某区配合省环保督察工作专班", "宋志刚", "主任"), ("某区配合省环保督察工作专班", "林海涛", "副主任")]),
    ("3月2日，某县森林防火指挥部在县应急管理局召开会议。指挥部副指挥长林海涛部署了工作。\n",
     [("某县森林防火指挥部", "林海涛", "副指挥长")]),
])
def test_the_group_that_holds_the_meeting(text, expected):
    assert members(text) == sorted(expected)


# a chain's role held by two people joined by 和 (副区长、区某某领导小组副组长甲和乙，…参加会议): both hold it
@pytest.mark.parametrize("text, expected", [
    ("某区召开扫黄打非工作会议\n12月20日，区委常委、区扫黄打非工作领导小组组长宋文涛，副区长、区扫黄打非工作领导小组副组长"
     "钟立群和陈晓梅，各镇分管领导参加会议。\n",
     [("区扫黄打非工作领导小组", "宋文涛", "组长"), ("区扫黄打非工作领导小组", "钟立群", "副组长"),
      ("区扫黄打非工作领导小组", "陈晓梅", "副组长")]),
])
def test_a_chain_role_held_by_two(text, expected):
    assert members(text) == sorted(expected)
