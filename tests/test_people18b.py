"""People18b: people and posts in real notices and news. Made-up text only (other names, places and
bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.extract.posts import split_posts
from govkg.facts import Position
from helpers import facts, posts


def pairs(text: str) -> list[tuple[str, str]]:
    return [(p.agency, p.title) for p in split_posts(text)]


@pytest.mark.parametrize("text,expected", [
    # a city named 某州: the items after it are that city's bodies (not 某州组织部)
    ("梧州市委常委、组织部部长", [("梧州市委", "常委"), ("梧州市委组织部", "部长")]),
    ("鄞州市委副书记、政法委书记", [("鄞州市委", "副书记"), ("鄞州市委政法委", "书记")]),
    ("漳州市副市长、公安局局长", [("漳州市人民政府", "副市长"), ("漳州市公安局", "局长")]),
    ("衢州市政府副秘书长、办公室主任", [("衢州市人民政府", "副秘书长"), ("衢州市人民政府办公室", "主任")]),
    # an autonomous prefecture (州) and its own 市场监管局 stay as they were
    ("黔南州委常委、宣传部部长", [("黔南州委", "常委"), ("黔南州委宣传部", "部长")]),
    ("黔南州市场监督管理局局长、党组书记", [("黔南州市场监督管理局", "局长"), ("黔南州市场监督管理局", "党组书记")]),
    # an item with its own 市 keeps it (the scorer drops the notice's city): as before
    ("漳州市人民政府副市长、市财政局局长", [("漳州市人民政府", "副市长"), ("市财政局", "局长")]),
])
def test_a_city_named_zhou(text, expected):
    assert pairs(text) == expected


def test_a_zhou_city_leader_in_a_report():
    text = "5月6日上午，有关工作会议召开。梧州市委常委、组织部部长柯岚宣读任职通知。\n"
    found = posts(text)
    assert ("Position", "柯岚", "梧州市委组织部", "部长") in found
    assert not [f for f in found if f[2] == "梧州组织部"]


@pytest.mark.parametrize("text,group,members", [
    ("一、严密组织。成立了以市政府副市长、公安局局长柯岚为指挥长的大会安全保卫组，下设社会面控制组等8个工作小组。\n",
     "大会安全保卫组", [("柯岚", "指挥长")]),
    ("成立了以县委副书记柯岚为组长，副县长符安为副组长的森林防火后勤保障组。\n",
     "森林防火后勤保障组", [("柯岚", "组长"), ("符安", "副组长")]),
])
def test_a_team_named_for_its_head_is_a_group(text, group, members):
    """成立以甲为指挥长的某某保卫组: a team set up under a named head is a group, whatever word before its 组."""
    from govkg.facts import Membership
    found = [(f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership)]
    assert found == [(group, p, r) for p, r in members]


def test_a_group_word_without_a_head_is_no_group():
    """保障组 with no head set up for it (成立以…为…的) stays prose: no group."""
    from govkg.facts import Membership
    text = "会议要求后勤保障组做好物资调度，柯岚副县长出席会议。\n"
    assert not [f for f in facts(text) if isinstance(f, Membership)]
