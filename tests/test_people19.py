"""People19: members named in a news report's set-up sentence. Made-up text only (other names, places and
bodies than any page's)."""
from __future__ import annotations

import pytest

from helpers import facts, members, positions


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


# round 2: a member list whose line breaks were lost: each member a name glued to its posts, the members
# parted by spaces only, a two-character name padded (欧 阳), a rarer surname (乜), the text after the list on
# the same line; or each posts glued to a name
def test_spaced_members_on_one_line():
    text = ("各乡镇人民政府，县直各单位： 为加强对全县文物保护工作的领导，经县人民政府同意，决定建立县文物保护办公会议制度。"
            "办公会议研究、协调全县文物保护的有关工作，确定文物保护的重大政策和措施。 县文物保护办公会议由县人民政府"
            "副县长卞志国主持，由县文广局、财政局、公安局等部门组成。具体组成人员如下： "
            "主持人: 卞志国县人民政府副县长 成 员: 蒲建业县人民政府办公室副主任 欧 阳县文广局局长 "
            "乜红梅县财政局党组成员、副局长 骆天成县公安局副局长 办公会议下设办公室")
    assert members(text) == sorted([
        ("县文物保护办公会议", "卞志国", "主持人"), ("县文物保护办公会议", "蒲建业", "成员"),
        ("县文物保护办公会议", "欧阳", "成员"), ("县文物保护办公会议", "乜红梅", "成员"),
        ("县文物保护办公会议", "骆天成", "成员")])
    assert ("乜红梅", "县财政局", "党组成员") in positions(text) and ("欧阳", "县文广局", "局长") in positions(text)
    assert ("蒲建业", "县人民政府办公室", "副主任") in positions(text)


def test_spaced_members_posts_first():
    text = ("经研究，决定成立镇河道保洁工作领导小组。组成人员如下：\n组长：镇长冉小东\n"
            "成员：镇党委委员祁德民 镇财政所所长闻秀英 镇农业服务中心主任冼国平\n")
    assert members(text) == sorted([
        ("镇河道保洁工作领导小组", "冉小东", "组长"), ("镇河道保洁工作领导小组", "祁德民", "成员"),
        ("镇河道保洁工作领导小组", "闻秀英", "成员"), ("镇河道保洁工作领导小组", "冼国平", "成员")])


# round 2: an organ only a Party committee has (组织部, 宣传部, 统战部, 政法委), printed bare after a post in the
# level's government or discipline commission, is the level's Party committee's
@pytest.mark.parametrize("posts,expected", [
    ("县委常委、副县长、宣传部长", [("县委", "常委"), ("县人民政府", "副县长"), ("县委宣传部", "部长")]),
    ("市委常委、市纪委书记、政法委书记", [("市委", "常委"), ("市纪委", "书记"), ("市委政法委", "书记")]),
    ("区委常委、区人民政府副区长、统战部部长", [("区委", "常委"), ("区人民政府", "副区长"), ("区委统战部", "部长")]),
])
def test_party_organ_after_a_government_post(posts, expected):
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts(posts)] == expected


def test_union_department_is_no_party_organ():
    from govkg.extract.posts import split_posts
    assert all(not p.agency.startswith("县委") for p in split_posts("县总工会副主席、组织部部长"))  # the union's own


def test_party_organ_in_a_report():
    text = ("会上，县委常委、副县长、组织部长祝永林总结了全县换届工作情况，县委副书记、县长阎立新作了讲话。\n")
    assert ("祝永林", "县委组织部", "部长") in positions(text)


def test_glued_members_on_one_line():
    # the members glued with nothing between them, under a label on its own line
    text = ("经研究，决定成立区背街小巷整治工作领导小组。组成人员如下：\n组长：\n蓝海鹏区人民政府副区长\n成员：\n"
            "闵志高区人民政府办公室副主任柴小琴区城管局局长欧阳帆区财政局副局长\n")
    assert members(text) == sorted([
        ("区背街小巷整治工作领导小组", "蓝海鹏", "组长"), ("区背街小巷整治工作领导小组", "闵志高", "成员"),
        ("区背街小巷整治工作领导小组", "柴小琴", "成员"), ("区背街小巷整治工作领导小组", "欧阳帆", "成员")])
    assert ("柴小琴", "区城管局", "局长") in positions(text) and ("欧阳帆", "区财政局", "副局长") in positions(text)


def test_one_member_with_two_posts_is_not_cut():
    from govkg.extract.members import parse_member
    got = parse_member("戚国强市政协副主席兼秘书长", 0, "")
    assert [name for name, _, _ in got] == ["戚国强"]
