"""Appointments and positions in real pages, round nine (issue 10, helper rpos5): shapes of news reports on moves
that the readers misread. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import posts


# a news round-up of moves: 甲调任乙大学任校长 (the body moved to, then 任 and the title) is one post, 乙大学/校长, and
# 原副校长甲调任Y (the post left printed before the name, with 原) names the person 甲: no junk body 乙大学任校, no
# name 原副校长甲
@pytest.mark.parametrize("text, expected", [
    ("高校领导调整\n另外，北江大学书记钱立新调任东川大学任校长，南江大学副校长赵明远升任南江师范大学校长。\n",
     [("Appointment", "赵明远", "南江师范大学", "校长"), ("Appointment", "钱立新", "东川大学", "校长")]),
    ("高校领导调整\n另外，北江大学书记钱立新调任东川大学任校长，而北江大学书记人选尚未宣布。原副校长王平调任南山师范大学党委书记。\n",
     [("Appointment", "王平", "南山师范大学", "党委书记"), ("Appointment", "钱立新", "东川大学", "校长")]),
    ("高校领导调整\n原北江大学校长钱立新调任东川大学校长，原副校长王平调任南山师范大学党委书记。\n",
     [("Appointment", "王平", "南山师范大学", "党委书记"), ("Appointment", "钱立新", "东川大学", "校长")]),
    ("高校领导调整\n南江大学副校长赵明远升任南江师范大学校长，原副校长王平调任南山师范大学党委书记。\n",
     [("Appointment", "王平", "南山师范大学", "党委书记"), ("Appointment", "赵明远", "南江师范大学", "校长")]),
])
def test_a_report_s_moves(text, expected):
    assert posts(text) == sorted(expected)


# a news report's leader named after the post and followed by the visit the report tells (调研, 视察, 考察, 督导, 走访,
# 慰问, 看望, 察看…): the name ends before that verb
@pytest.mark.parametrize("text, expected", [
    ("区委书记周明远调研“河长制”工作\n5月22日，区委书记周明远实地察看了沿河道路的整治情况。\n",
     [("Position", "周明远", "区委", "书记")]),
    ("工作动态\n县委书记林海涛调研乡村振兴工作，县委副书记宋志刚视察了工业园区，县政协主席何长林走访了困难群众。\n",
     [("Position", "何长林", "县政协", "主席"), ("Position", "宋志刚", "县委", "副书记"), ("Position", "林海涛", "县委", "书记")]),
])
def test_a_leader_s_visit(text, expected):
    assert posts(text) == sorted(expected)
