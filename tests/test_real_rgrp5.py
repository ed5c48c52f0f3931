"""Groups in real pages, round eight (issue 10, helper rgrp5): memberships and subgroups that gazetteers, news and
memoirs state in prose shapes the extractor missed. Each case is a made-up notice in the shape of a class of real
pages."""
from __future__ import annotations

import pytest

from helpers import members


# a gazetteer or a 1950s report on a mass body's branch a county sets up with its heads (县成立某某分会，甲兼任主任，
# 乙任副主任 / 县分会正式成立，县长甲任会长): the heads are members of the branch, as with a committee set up so; an
# association named in passing with its head (某促进会会长甲出席) is none
@pytest.mark.parametrize("text, expected", [
    ("第五节 其他社会团体\n1952年3月，县成立抗洪救灾分会，县委组织部副部长周立新兼任主任，孙海平（工商界代表）任副主任。\n",
     [("抗洪救灾分会", "周立新", "主任"), ("抗洪救灾分会", "孙海平", "副主任")]),
    ("词条 中国红十字会某某分会\n释义\n1951年初，某某县委派人办理中国红十字会某某分会筹建工作。同年5月10日，县分会正式成立，"
     "县长郑光明任会长，理事20人。\n",
     [("中国红十字会某某分会", "郑光明", "会长")]),
    ("某县成立个体劳动者协会\n4月2日，县成立个体劳动者协会，副县长钱文斌任会长，冯志远任副会长。\n",
     [("个体劳动者协会", "冯志远", "副会长"), ("个体劳动者协会", "钱文斌", "会长")]),
    ("某区全民阅读促进会成立\n市全民阅读促进会会长何振宇、区委常委林卫东出席活动。\n", []),
    ("某县召开会议\n会议要求各乡镇成立相应的分会，乡长任会长。\n", []),
])
def test_a_branch_set_up_with_its_heads(text, expected):
    assert members(text) == sorted(expected)


# a sentence whose subject is a group the text named before (其中，某某工作领导小组呈现“高配”特点。) and the sentence after
# it giving roles without a group (组长为甲，两名副组长是乙和丙): that group's, not the one the page opened with
@pytest.mark.parametrize("text, expected", [
    ("多个领导小组组成人员调整\n省长周明远担任某省节能减排工作领导小组组长，并担任某省河湖治理领导小组组长。"
     "其中，节能减排工作领导小组呈现“高配”特点。组长为省长周明远，两名副组长是副省长郑启文和省政府秘书长何长林，"
     "成员包括各厅局负责人。\n",
     [("某省河湖治理领导小组", "周明远", "组长"), ("某省节能减排工作领导小组", "周明远", "组长"),
      ("某省节能减排工作领导小组", "何长林", "副组长"), ("某省节能减排工作领导小组", "郑启文", "副组长")]),
])
def test_the_group_a_sentence_is_about(text, expected):
    assert members(text) == sorted(expected)
