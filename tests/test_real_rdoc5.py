"""Groups' members as real pages print them (round nine, helper rdoc5). Each case is a made-up text in the shape
of a class of official or journalistic writing, with the memberships and subgroups it must give."""
from __future__ import annotations

import pytest

from helpers import members, subgroups

_HEAD = "某院召开干部大会\n"


@pytest.mark.parametrize("text, rows, parts", [
    # 增补甲为X副主任，并担任Y副组长: a person added to a group's role (an adjustment announced at a meeting), and
    # the next clause with no subject of its own gives the same person another role
    ("会上，院长宣布，经委党组研究，增补赵明远同志为委党组督查工作领导小组办公室副主任，并担任委党组第三督查组副组长。",
     [("委党组督查工作领导小组办公室", "赵明远", "副主任"), ("委党组第三督查组", "赵明远", "副组长")],
     {("委党组督查工作领导小组办公室", "委党组督查工作领导小组")}),
    # 增补甲、乙为X成员: each added member
    ("经研究，决定增补钱立新、孙海涛同志为县防汛抗旱指挥部成员。",
     [("县防汛抗旱指挥部", "孙海涛", "成员"), ("县防汛抗旱指挥部", "钱立新", "成员")], set()),
    # 增补 a member of a group the text set up before: that group
    ("县政府决定成立县森林防火指挥部。因工作需要，增补县林业局局长周国华同志为指挥部副指挥长。",
     [("县森林防火指挥部", "周国华", "副指挥长")], set()),
])
def test_a_person_added_to_a_group_role(text, rows, parts):
    assert members(_HEAD + text + "\n") == sorted(rows)
    assert subgroups(_HEAD + text + "\n") >= parts


@pytest.mark.parametrize("text", [
    "会议增补了委员，调整了部分成员单位。",  # no one named
    "增补项目为县重点工程领导小组督办事项。",  # a matter added, no person
])
def test_no_one_added_gives_no_member(text):
    assert members(_HEAD + text + "\n") == []
