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
