"""People20: the chairs of an event's organising committee named in prose (主席由甲、乙担任). Made-up text only
(other names, places and bodies than any page's)."""
from __future__ import annotations

import pytest

from helpers import facts, members, positions


_REPLY = ("某某省人民政府办公厅关于同意成立2031年第9届青山省运动会组委会的函\n"
          "青山市人民政府：\n"
          "你市请示收悉。现函复如下：\n"
          "一、同意成立2031年第9届青山省运动会组委会(以下简称组委会)及其组成。组委会主席由省体育局局长赵明远、"
          "青山市人民政府市长钱立群担任，执行主席由省体育局副局长孙海涛、青山市人民政府副市长李文静担任，"
          "副主席由青山市体育局局长周建国担任。\n"
          "二、组委会内设机构由组委会根据工作需要自行确定。\n")


def test_chairs_of_an_organising_committee_by_prose():
    group = "2031年第9届青山省运动会组委会"
    assert members(_REPLY) == sorted([
        (group, "赵明远", "主席"), (group, "钱立群", "主席"), (group, "孙海涛", "执行主席"),
        (group, "李文静", "执行主席"), (group, "周建国", "副主席")])
    got = positions(_REPLY)
    assert ("李文静", "青山市人民政府", "副市长") in got and ("赵明远", "省体育局", "局长") in got


def test_a_standing_body_chair_is_no_group_role():
    # 政协主席由…: a post of a standing body, no role in the group at hand
    text = ("关于成立东湖县秋季运动会组委会的通知\n"
            "成立东湖县秋季运动会组委会。组委会主任由县长吴家林担任。\n"
            "按照惯例，县政协主席由何正平同志担任名誉顾问。\n")
    got = members(text)
    assert ("东湖县秋季运动会组委会", "吴家林", "主任") in got
    assert not [m for m in got if m[2].endswith("主席")]


# two heads of government printed after their names and joined by 与/同 (a stand-in rota, 补位/AB角): both hold
# the title, the second's verb after it (互相补位)
@pytest.mark.parametrize("text,expected", [
    ("东湖市人民政府办公厅关于印发市政府领导AB角制度的通知\n各区人民政府：\n"
     "钱海洋副市长与孙晓东副市长互相补位；\n周立明常委与吴家宝副市长互为AB角。\n",
     [("吴家宝", "市人民政府", "副市长"), ("孙晓东", "市人民政府", "副市长"), ("钱海洋", "市人民政府", "副市长")]),
    ("西岭县人民政府关于县政府领导工作补位的通知\n冯德胜县长同郑文华常务副县长相互补位。\n",
     [("冯德胜", "县人民政府", "县长"), ("郑文华", "县人民政府", "常务副县长")]),
])
def test_pairs_of_named_heads(text, expected):
    assert [p for p in positions(text) if p[2].endswith("长")] == expected


def test_bodies_joined_by_yu_are_no_heads():
    assert positions("市委与市政府联合召开会议，部署防汛工作。\n") == []


# the chair of a meeting named after 由 and a post, before 主持: a name of a rarer surname counts too
@pytest.mark.parametrize("text,expected", [
    ("受县人大常委会主任孙宏图委托，会议由县人大常委会副主任满建平主持。\n",
     [("孙宏图", "县人大常委会", "主任"), ("满建平", "县人大常委会", "副主任")]),
    ("会议由镇党委副书记、镇长仇文斌主持。\n", [("仇文斌", "镇党委", "副书记"), ("仇文斌", "镇人民政府", "镇长")]),
])
def test_a_chair_of_a_rarer_surname(text, expected):
    assert positions(text) == sorted(expected)


@pytest.mark.parametrize("text", ["会议由满建平主持。\n", "会议由县长主持召开。\n", "会议由县人大常委会主任会议主持。\n"])
def test_no_chair_without_a_post_or_a_name(text):
    assert positions(text) == []


# a chain of posts before a name ending in a team's role, the team of a kind named 协调组, 领导组 or 指导组
@pytest.mark.parametrize("text,group", [
    ("副省长、省禽流感防控领导协调组组长刘宏图参加会议。\n", "省禽流感防控领导协调组"),
    ("6月2日，市防汛抗旱领导组召开会议。副市长、市防汛抗旱领导组组长赵立民出席会议并讲话。\n", "市防汛抗旱领导组"),
])
def test_chain_role_in_a_coordinating_team(text, group):
    got = members(text)
    assert [m for m in got if m[1] in ("刘宏图", "赵立民")] and all(m[0] == group and m[2] == "组长" for m in got)
    assert [p for p in positions(text) if p[2].startswith("副")]


# a deputy's post printed once before two names (某局副局长甲、乙任副组长): both are deputies; a head's post is one
# person's (某局局长甲、乙任组长: 乙 has no post by this text)
def test_a_deputy_post_shared_by_the_names_after_it():
    text = ("一、同意成立南岭湖治理研究工作小组，由省水利厅厅长高建华任组长。省水利厅副厅长方志远、邓晓光任副组长。\n")
    got = positions(text)
    assert ("方志远", "省水利厅", "副厅长") in got and ("邓晓光", "省水利厅", "副厅长") in got
    text = "同意成立南岭湖治理研究工作小组，由省水利厅厅长高建华、邓晓光任组长。\n"
    assert [p for p in positions(text) if p[0] == "邓晓光"] == []
