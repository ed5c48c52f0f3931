"""People19: members named in a news report's set-up sentence. Made-up text only (other names, places and
bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.facts import Membership, Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def members(text: str) -> list[tuple]:
    return sorted((f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership))


def positions(text: str) -> list[tuple]:
    return sorted((f.person, f.post.agency, f.post.title) for f in facts(text) if isinstance(f, Position))


# a unit's news on a group it sets up, its heads named by their titles only (局长甲): the unit that opens the
# group's name holds the posts; 副局长甲、乙、丙 gives all three the title
@pytest.mark.parametrize("text,expected_members,expected_positions", [
    ("为做好防汛工作，我局于4月2日召开专题会议，成立了以局长罗文斌为组长，副局长陶志明、钱小燕、冯立为副组长，"
     "各股室负责人为成员的临川县水务局防汛抗旱工作领导小组。\n",
     [("临川县水务局防汛抗旱工作领导小组", "冯立", "副组长"), ("临川县水务局防汛抗旱工作领导小组", "罗文斌", "组长"),
      ("临川县水务局防汛抗旱工作领导小组", "钱小燕", "副组长"), ("临川县水务局防汛抗旱工作领导小组", "陶志明", "副组长")],
     [("冯立", "临川县水务局", "副局长"), ("罗文斌", "临川县水务局", "局长"), ("钱小燕", "临川县水务局", "副局长"),
      ("陶志明", "临川县水务局", "副局长")]),
    # the unit named by its kind only (局党组书记): the same unit
    ("我局成立了以局党组书记、局长邹建华为组长的江北省地方统计局政务公开工作领导小组，设立了领导小组办公室。\n",
     [("江北省地方统计局政务公开工作领导小组", "邹建华", "组长")],
     [("邹建华", "江北省地方统计局", "党组书记"), ("邹建华", "江北省地方统计局", "局长")]),
    # traditional script
    ("我院成立了以院長孫立平為組長的青山縣人民醫院安全生產工作領導小組。\n",
     [("青山縣人民醫院安全生產工作領導小組", "孫立平", "組長")],
     [("孫立平", "青山縣人民醫院", "院長")]),
])
def test_unit_heads_by_title_only(text, expected_members, expected_positions):
    assert members(text) == expected_members
    assert positions(text) == expected_positions


def test_bare_title_of_a_group_not_named_after_a_unit():
    # no unit opens the group's name: the member, and no post
    text = "会议决定，成立以局长罗文斌为组长的全县防汛抗旱工作领导小组。\n"
    assert members(text) == [("全县防汛抗旱工作领导小组", "罗文斌", "组长")]
    assert positions(text) == []


def test_bare_title_without_a_name_names_no_one():
    text = "成立了以局长为组长，副局长为副组长，各股室负责人为成员的临川县水务局防汛抗旱工作领导小组。\n"
    assert members(text) == []


def test_first_deputy_in_a_set_up_sentence():
    # 第一副组长 in the clause of a set-up sentence too long to read as one 由… phrase
    text = ("该乡成立了由乡党委书记田有志任组长，乡党委副书记、乡长伍德明任第一副组长，其余班子成员任副组长，"
            "各村党支部书记、驻村干部以及派出所、司法所、卫生院、文化站、民政办等相关部门主要负责人为成员的工作领导小组。\n")
    assert members(text) == [("工作领导小组", "伍德明", "第一副组长"), ("工作领导小组", "田有志", "组长")]


def test_deputy_mayor_title_shared_down_the_list():
    text = "成立以市长黎光明为组长，副市长邝永、柴文涛、闵小青为副组长的市森林防火工作领导小组。\n"
    got = positions(text)
    assert ("闵小青", "市人民政府", "副市长") in got and ("柴文涛", "市人民政府", "副市长") in got


# a name printed straight against posts that open with a province's full name
@pytest.mark.parametrize("text,expected", [
    ("韩立江西省委常委、市委书记", ("韩立", "江西省委常委、市委书记")),
    ("蒋一鸣浙江省人民政府副省长", ("蒋一鸣", "浙江省人民政府副省长")),
    ("关敏黑龙江省委常委", ("关敏", "黑龙江省委常委")),
    ("韩立省委常委、常务副省长", ("韩立", "省委常委、常务副省长")),
    # a city's name is no such sign: a long Mongolian name may end in two characters before 市
    ("乌兰高娃市科学技术局局长", ("乌兰高娃", "市科学技术局局长")),
    ("车立新省市场监管局局长", ("车立新", "省市场监管局局长")),
])
def test_name_glued_to_a_place(text, expected):
    from govkg.extract.names import split_name_posts
    assert split_name_posts(text)[:2] == expected


def test_member_glued_to_a_province_post():
    text = ("关于成立某某工作指挥部的通知\n市委、市政府成立青州市某某工作指挥部。\n"
            "总指挥:韩立江西省委常委、市委书记\n副总指挥:邵华市委常委、宣传部长\n")
    assert ("青州市某某工作指挥部", "韩立", "总指挥") in members(text)
    assert ("韩立", "江西省委", "常委") in positions(text)
