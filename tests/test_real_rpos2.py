"""Office-holders real pages name in shapes of official and journalistic writing (issue 10, helper rpos2):
a chronicle (大事记) that sets up a body and names its heads (某委员会成立，甲为主任，乙、丙为副主任;
成立省人委。甲为省长，乙等六人为副省长)."""
from __future__ import annotations

import pytest

from helpers import members, positions


# a chronicle's entry: a body is set up (X成立 / 成立(了)X), then its heads, each clause names为title; a body
# printed by its level alone (省人委, 州人委) is the body of the place of that level the entry names before it
@pytest.mark.parametrize("text, expected", [
    ("1950年3月2日,远山专区军事管制委员会成立,韩立新为主任,龚春晓、尹红梅为副主任。\n",
     [("韩立新", "远山专区军事管制委员会", "主任"), ("龚春晓", "远山专区军事管制委员会", "副主任"),
      ("尹红梅", "远山专区军事管制委员会", "副主任")]),
    ("1950年4月1日,中共江河省委成立,彭国庆为书记,李春燕为副书记。\n",
     [("彭国庆", "中共江河省委", "书记"), ("李春燕", "中共江河省委", "副书记")]),
    ("3.10-14 江河省举行首届人大二次会议,成立省人委。韩立新为省长,龚春晓、尹红梅等五人为副省长。 (《某报》56.3.20.③)\n",
     [("韩立新", "江河省人委", "省长"), ("龚春晓", "江河省人委", "副省长"), ("尹红梅", "江河省人委", "副省长")]),
    ("5.2-6 远山省青川土家族自治州举行一届人大二次会议。会议通过了自治州人委组织条例,成立了州人委。"
     "彭国庆(土家)为自治州州长,李春燕、张德明为副州长。\n",
     [("彭国庆", "青川土家族自治州人委", "州长"), ("李春燕", "青川土家族自治州人委", "副州长"),
      ("张德明", "青川土家族自治州人委", "副州长")]),
])
def test_a_body_set_up_with_its_heads(text, expected):
    assert positions(text) == sorted(expected)


# a working group set up with its heads is a membership, no post; a clause that is no names为title ends the heads
@pytest.mark.parametrize("text", [
    "2023年5月,江河县成立乡村振兴工作领导小组,韩立新为组长,龚春晓为副组长。\n",
    "2023年5月,江河县防汛抗旱指挥部成立,韩立新为指挥长。\n",
])
def test_a_group_set_up_is_no_post(text):
    assert positions(text) == []
    assert members(text)


def test_the_heads_end_at_a_clause_of_another_shape():
    text = "1950年4月1日,中共江河省委成立,彭国庆为书记,会议号召全省为恢复生产而奋斗。\n"
    assert positions(text) == [("彭国庆", "中共江河省委", "书记")]


# a roster's line of names glued together (the copy lost the spaces), one given name holding a character
# sentences use as a word (从, 以): in a line of names only, a name's character
ROSTER = ("〔江河专区人民行政公署委员会组成人员〕\n"
          "1951年3月,经政务院批准,正式组成江河专区人民行政公署委员会,组成人员如下:\n"
          "主任韩立新\n委员(依姓氏笔划为序)\n张德明李从文王建国\n刘以宁赵文华\n〔江河专区人民行政公署职权〕\n")


def test_a_rosters_glued_names_with_a_word_character():
    r = "江河专区人民行政公署委员会"
    assert positions(ROSTER) == sorted([("韩立新", r, "主任"), ("张德明", r, "委员"), ("李从文", r, "委员"),
                                        ("王建国", r, "委员"), ("刘以宁", r, "委员"), ("赵文华", r, "委员")])
