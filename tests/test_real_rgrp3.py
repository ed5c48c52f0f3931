"""Groups in real pages, round four (issue 10, helper rgrp3): memberships that news reports and notices state in
prose shapes the extractor read wrong. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import members

_HEAD = ("某市人民政府办公室关于成立某市河道治理工作领导小组的通知\n各区人民政府：\n"
         "市政府决定成立某市河道治理工作领导小组。")
_GROUP = "某市河道治理工作领导小组"


# a role's holders counted, then listed (news, a notice's prose): 副组长2人，分别是：A，B / 副指挥长两名，分别是A、B /
# 两名副组长是A和B. Each holder is the group's with that role (not the role before, whose list ran on)
@pytest.mark.parametrize("text, expected", [
    (_HEAD + "领导小组组长由市委副书记张国清担任，副组长2人，分别是：市委常委、统战部部长宋爱荣，市政府副市长谭家玲。"
             "领导小组办公室设在市水利局。\n",
     [(_GROUP, "张国清", "组长"), (_GROUP, "宋爱荣", "副组长"), (_GROUP, "谭家玲", "副组长")]),
    (_HEAD + "领导小组组长由副市长叶正琴担任，副组长两名，分别是市政府副秘书长顾兴伟、市水利局局长郑卫义。成员有16人。\n",
     [(_GROUP, "叶正琴", "组长"), (_GROUP, "顾兴伟", "副组长"), (_GROUP, "郑卫义", "副组长")]),
    (_HEAD + "组长为市长李克明，两名副组长是副市长张高远和副市长杨洁平，成员包括各局局长。\n",
     [(_GROUP, "李克明", "组长"), (_GROUP, "张高远", "副组长"), (_GROUP, "杨洁平", "副组长")]),
    (_HEAD + "组长为市长李克明，副组长3人，分别为副市长张高远、副市长杨洁平。\n",  # (a count the list does not fill)
     [(_GROUP, "李克明", "组长")]),
])
def test_a_counted_role_and_its_holders(text, expected):
    assert members(text) == sorted(expected)


# a report that names a group at the head of the clause giving its head (本届市运会组委会主任由副市长甲担任): the
# group named there, not another group the report named before it (各赛区成立赛区竞赛委员会)
@pytest.mark.parametrize("text, expected", [
    ("某市二届运动会筹备就绪\n本报讯 目前，我市第二届运动会各项筹备工作基本就绪，各赛区相应成立赛区竞赛委员会。\n"
     "本届市运会组委会主任由副市长欧阳平担任。组委会副主任、市政府副秘书长汪建华听取了汇报。\n",
     [("市运会组委会", "欧阳平", "主任"), ("市运会组委会", "汪建华", "副主任")]),
    (_HEAD + "领导小组组长由市长李克明担任，副组长由副市长张高远担任。\n",  # (the group at hand, by its kind)
     [(_GROUP, "李克明", "组长"), (_GROUP, "张高远", "副组长")]),
])
def test_the_group_named_before_its_head(text, expected):
    assert members(text) == sorted(expected)


# a report that quotes the name of the group it says was set up (成立了“某某领导小组”，由甲任组长): the name without
# the quotes; quotes inside a name stay (成立“双减”工作专班)
@pytest.mark.parametrize("text, expected", [
    ("某处召开普查动员会\n3月8日，副处长汤传波组织召开会议，明确了职责分工，同时，成立了“某某灌区一处水利普查领导小组”，"
     "由处长王世容任组长，各分管处领导任副组长，领导小组下设办公室，具体办理普查工作。\n",
     [("某某灌区一处水利普查领导小组", "王世容", "组长")]),
    ("某县召开“双减”工作推进会\n5月8日，县政府决定成立“双减”工作专班，由副县长王世容任组长，各乡镇分管领导为成员。\n",
     [("“双减”工作专班", "王世容", "组长")]),
])
def test_a_group_named_in_quotes_as_it_is_set_up(text, expected):
    assert members(text) == sorted(expected)
