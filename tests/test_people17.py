"""People17: group members and subgroups in real notices' own wordings. Made-up text only (other names,
places and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.facts import Membership, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> tuple[list, list]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    members = sorted((f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership))
    subgroups = sorted((f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup))
    return members, subgroups


_TOWN_GROUP = ("关于成立某镇抗旱工作领导小组的通知\n各村：\n经镇党委、政府研究决定，成立某镇抗旱工作领导小组。\n"
               "组　长：闵青\n副组长：洪涛\n组　员：戚远、龚岚、柏川\n")


@pytest.mark.parametrize("sentence, expected", [
    # X同志兼办公室主任: the verb printed short
    ("领导小组下设办公室，办公室设在农技站，柏川同志兼办公室主任。",
     ("某镇抗旱工作领导小组办公室", "柏川", "主任")),
    # 办公室主任由X兼。: the verb printed short at the end of the sentence; 负责人 is a title, not the verb 负责
    ("领导小组下设办公室，办公室主任由镇农技站负责人柏川兼。",
     ("某镇抗旱工作领导小组办公室", "柏川", "主任")),
    # 办公室主任由X兼 (a copy cut after the verb)
    ("领导小组下设办公室，办公室主任由镇农技站负责人柏川兼",
     ("某镇抗旱工作领导小组办公室", "柏川", "主任")),
])
def test_office_head_held_concurrently(sentence, expected):
    members, subgroups = facts(_TOWN_GROUP + sentence + "\n")
    assert expected in members
    assert ("某镇抗旱工作领导小组办公室", "某镇抗旱工作领导小组") in subgroups


def test_office_head_named_with_the_kind_of_group():
    """<posts>X兼任联席会议办公室主任: the office of the group, named with the group's kind word."""
    text = ("某市人民政府办公室关于建立某市物流发展工作联席会议制度的通知\n各区人民政府：\n"
            "一、联席会议的召集及成员单位\n总召集人：闵青，某市人民政府秘书长。\n召集人：洪涛，某市人民政府办公室副主任。\n"
            "联席会议办公室设在市商务局，承担联席会议的日常工作，市政府办公室副主任洪涛兼任联席会议办公室主任。\n")
    members, subgroups = facts(text)
    assert ("某市物流发展工作联席会议办公室", "洪涛", "主任") in members
    assert ("某市物流发展工作联席会议", "洪涛", "召集人") in members
    assert ("某市物流发展工作联席会议办公室", "某市物流发展工作联席会议") in subgroups


_HEADQUARTERS = ("某省人民政府关于成立某省防治某某疫病指挥部的通知\n各市人民政府：\n"
                 "为加强领导，省人民政府决定成立某省防治某某疫病指挥部。现将有关事项通知如下：\n"
                 "一、指挥部主要任务\n（一）统一领导全省防治工作。\n")


def test_counted_groups_then_the_office():
    """指挥部下设A组、B组、保障组3个工作组和办公室: each counted group (a kind word's name too), then the office;
    a member's post that names one of them (某局局长，A组组长) is a role in it, no post of a body."""
    text = (_HEADQUARTERS + "指挥部下设诊治组、检疫组、保障组3个工作组和办公室。指挥部办公室设在省农牧厅。\n"
            "二、指挥部成员\n总指挥：\n方正（副省长）\n"
            "成　员：易安（省卫健委主任，诊治组组长）\n"
            "武昌（省财政厅副厅长，保障组组长）\n")
    members, subgroups = facts(text)
    parent = "某省防治某某疫病指挥部"
    assert [(g, p) for g, p in subgroups if p == parent] == sorted(
        [("诊治组", parent), ("检疫组", parent), ("保障组", parent), (parent + "办公室", parent)])
    assert ("诊治组", "易安", "组长") in members and ("保障组", "武昌", "组长") in members
    assert (parent, "易安", "成员") in members


def test_counted_groups_named_by_their_line_of_work():
    """下设诊治、检疫、后勤3个保障组: each named by its line of work and the kind word."""
    members, subgroups = facts(_HEADQUARTERS + "指挥部下设诊治、检疫、后勤3个保障组。\n")
    parent = "某省防治某某疫病指挥部"
    assert sorted(subgroups) == sorted([("诊治保障组", parent), ("检疫保障组", parent), ("后勤保障组", parent)])


def test_groups_set_up_under_a_group_the_notice_names_in_full():
    """省政府决定省某某领导小组下设A组、B组等N个工作组: the group was set up before; the notice names it in full."""
    text = ("某省人民政府关于某省防治某某疫病领导小组下设工作组的通知\n各市人民政府：\n"
            "为做好防治工作，省人民政府决定省防治某某疫病领导小组下设诊治组、检疫组、宣传组等3个工作组。"
            "现将有关事项通知如下：\n")
    members, subgroups = facts(text)
    parent = "省防治某某疫病领导小组"
    assert sorted(subgroups) == sorted([("诊治组", parent), ("检疫组", parent), ("宣传组", parent)])


def test_member_heads_the_groups_office():
    """某局局长（兼领导小组办公室主任） in the list of a group's members: the head of the group's office."""
    text = ("某省第九次全国工业普查领导小组组成人员名单\n组　长：\n方　正　副省长\n副组长：\n"
            "易　安　省统计局局长（兼领导小组办公室主任）\n成　员：\n武　昌　省财政厅副厅长\n")
    members, subgroups = facts(text)
    group = "某省第九次全国工业普查领导小组"
    assert (group, "易安", "副组长") in members
    assert (group + "办公室", "易安", "主任") in members
    assert (group + "办公室", group) in subgroups


def test_labels_that_lost_their_first_character():
    """A page that lost each label's first character with its padding (组　长 as `  长：`, 成　员 as `  员：`):
    the labels as printed; the unlabelled line after a member continues the role."""
    text = ("关于成立某区推进智慧政务工作领导小组的通知\n经研究，决定成立某区推进智慧政务工作领导小组。现将有关事项通知如下：\n"
            "二、组成人员\n  长：方正  管委会常务副主任\n副组长：易安  管委会办公室负责人\n"
            "  员：武昌  区人社局局长\n        汉阳  区财政局负责人\n三、工作机构\n")
    members, _ = facts(text)
    group = "某区推进智慧政务工作领导小组"
    assert members == sorted([(group, "方正", "长"), (group, "易安", "副组长"), (group, "武昌", "员"), (group, "汉阳", "员")])


def test_counted_groups_named_as_the_members_list_names_them():
    """下设诊治、检疫2个工作组 … 易安（某委主任，诊治组组长）: the name the text goes on to use."""
    text = (_HEADQUARTERS + "指挥部下设诊治、检疫2个工作组和办公室。\n二、指挥部成员\n总指挥：方正（副省长）\n"
            "成　员：易安（省卫健委主任，诊治组组长）\n武昌（省农牧厅副厅长，检疫组组长）\n")
    members, subgroups = facts(text)
    parent = "某省防治某某疫病指挥部"
    assert sorted(subgroups) == sorted([("诊治组", parent), ("检疫组", parent), (parent + "办公室", parent)])
    assert ("诊治组", "易安", "组长") in members and ("检疫组", "武昌", "组长") in members


def test_a_congress_committee_is_no_group_to_set_up_under():
    """某县人民代表大会常务委员会下设…: the standing committee's own committees are no subgroups of a group."""
    text = "某县人大常委会关于机构设置的通知\n某县人民代表大会常务委员会下设法制、财经2个工作委员会。\n"
    assert facts(text)[1] == []


@pytest.mark.parametrize("text", [
    "某市聘任新一届参事\n市长出席聘任仪式。\n原标题：某市人民政府聘任15名参事\n",
    "某县召开安全生产工作会议\n县政府全体党组成员、县安委会成员单位负责人参加会议。\n",
])
def test_words_of_a_page_are_no_names(text):
    """原标题 (a repost's line) and 全体 (a report's word) are never a person's name."""
    from govkg.facts import Appointment, Position
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    people = {f.person for f in nf.facts if isinstance(f, (Position, Appointment, Membership))}
    assert not people & {"原标题", "全体"}


@pytest.mark.parametrize("posts, expected", [
    # a Party committee's standing member and a department head printed without 、 (县委常委统战部长)
    ("县委常委统战部长", [("县委", "常委"), ("县委统战部", "部长")]),
    ("州委常委政法委书记", [("州委", "常委"), ("州委政法委", "书记")]),
    ("区委常委常务副区长", [("区委", "常委"), ("区人民政府", "常务副区长")]),
    # a congress's or a CPPCC's standing committee stays one body
    ("市人大常委会主任", [("市人大常委会", "主任")]),
    ("全国人大常委会委员", [("全国人大常委会", "委员")]),
    ("市政协常委", [("市政协", "常委")]),
    ("县委常委、宣传部长", [("县委", "常委"), ("县委宣传部", "部长")]),
])
def test_standing_member_and_department_unseparated(posts, expected):
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts(posts, 0, region="")] == expected


def test_standing_member_and_department_unseparated_in_a_report():
    from govkg.facts import Position
    text = ("某县召开秋冬防火工作会议\n11月3日，某县召开秋冬防火工作会议。县委常委宣传部长柏青山主持会议，"
            "副县长龚远航出席会议并讲话。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    got = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("柏青山", "县委", "常委") in got
    assert ("柏青山", "县委宣传部", "部长") in got


def _decisions(text: str) -> set:
    from govkg.facts import Appointment, Removal
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(type(f).__name__[:3], f.person, f.post.agency, f.post.title) for f in nf.facts
            if isinstance(f, (Appointment, Removal))}


def test_several_people_before_the_post_they_take():
    """A report of a decision: 甲同志任X所长，乙、丙和丁等三位同志任X副所长 (each of them appointed)."""
    got = _decisions("某研究所召开领导班子宣布大会\n5月8日，某分院在某研究所召开领导班子宣布大会。会议由分院副书记柏青主持。\n"
                     "大会宣布中国科学院决定：龚远同志任某研究所所长，闵涛、洪亮和戚岚等三位同志任某研究所副所长，班子任期5年。\n")
    assert {("App", "龚远", "某研究所", "所长"), ("App", "闵涛", "某研究所", "副所长"),
            ("App", "洪亮", "某研究所", "副所长"), ("App", "戚岚", "某研究所", "副所长")} <= got


def test_decisions_quoted_after_the_cited_notice():
    """宣读了《…任免的通知》(…号):甲同志任X，乙(兼)、丙同志任Y；免去丁同志Y职务: the decisions after the colon."""
    got = _decisions("某研究所召开领导班子宣布大会\n5月8日，某分院在某研究所召开领导班子宣布大会。会议由分院副书记柏青主持，"
                     "宣读了分院党组《关于某研究所领导班子任免的通知》（某分院人字〔2019〕7号）：龚远同志任某研究所所长，"
                     "闵涛（兼）、洪亮、戚岚同志任某研究所副所长，任期5年；免去唐宁同志某研究所副所长职务。\n")
    assert {("App", "龚远", "某研究所", "所长"), ("App", "闵涛", "某研究所", "副所长"), ("App", "洪亮", "某研究所", "副所长"),
            ("App", "戚岚", "某研究所", "副所长"), ("Rem", "唐宁", "某研究所", "副所长")} <= got
    assert not any(p in ("柏青", "分院党组") for _, p, _, _ in got)


_TEAM = "国务院任命某特区第七届政府主要官员\n"


@pytest.mark.parametrize("body", [
    # the list below the announcement, each line a post and a name (a report's paragraph and a heading between)
    "新华社北京6月19日电 根据某特区行政长官的提名，国务院6月19日任命了某特区第七届政府主要官员（下表）。\n"
    "据分析，新班子中有三人来自公务员队伍。\n某特区新班子主要官员\n行政法务司司长　龚远\n经济财政司司长闵涛\n保安局局长 洪亮（女）\n",
    # post：name lines under 附：…名单
    "根据某特区行政长官的提名，国务院6月19日任命了某特区第七届政府主要官员（名单附后）。\n"
    "附：某特区第七届政府主要官员名单\n行政法务司司长：龚远\n经济财政司司长：闵涛\n保安局局长：洪亮（女）\n",
    # 甲为X, 乙为Y in the sentence after the announcement
    "根据某特区行政长官的提名，国务院11月30日任命了某特区第七届政府主要官员和检察长。"
    "龚远为行政法务司司长，闵涛为经济财政司司长，洪亮为保安局局长。\n",
])
def test_team_announced_then_listed(body):
    got = _decisions(_TEAM + body)
    assert {("App", "龚远", "行政法务司", "司长"), ("App", "闵涛", "经济财政司", "司长"),
            ("App", "洪亮", "保安局", "局长")} <= got


def test_team_announced_one_line_below_is_no_list():
    """A single post-and-name line below the announcement (a signature, a contact) appoints no one."""
    got = _decisions(_TEAM + "国务院6月19日任命了某特区第七届政府主要官员（名单附后）。\n联系人：办公室主任　龚远\n")
    assert not any(p == "龚远" for _, p, _, _ in got)


def test_several_people_in_a_later_item_of_a_removal():
    """免去甲同志的X，乙、丙、丁同志的Y、Z职务: each of the several removed from each post of their item."""
    got = _decisions("某大学召开干部大会\n3月2日，某大学召开会议，宣布上级任免决定。会上，宣读了任免决定：龚远同志任中共某大学委员会委员、"
                     "常委、副书记；免去闵涛同志的中共某大学委员会副书记，洪亮、戚岚、柏青同志的中共某大学委员会常委、委员职务。\n")
    for n in ("洪亮", "戚岚", "柏青"):
        assert {("Rem", n, "中共某大学委员会", "常委"), ("Rem", n, "中共某大学委员会", "委员")} <= got
    assert ("Rem", "闵涛", "中共某大学委员会", "副书记") in got
    # (a list of names after a comma with no removal before it in the sentence removes no one)
    got = _decisions("某大学召开干部大会\n会议指出，洪亮、戚岚同志的工作职务调整后要做好交接。\n")
    assert not any(k == "Rem" for k, _, _, _ in got)


def test_decisions_chained_by_a_dunhao_are_each_their_own():
    """``甲同志任X、乙同志任Y、Z``, quoted after a colon in a report: two decisions, not one person with three posts."""
    got = _decisions("青川县妇幼保健院召开干部大会\n会上宣读了县委组织部的任职通知：陆明川同志任县妇幼保健院党委书记、"
                     "韩小溪同志任县妇幼保健院党委副书记、院长。\n")
    assert {("App", "陆明川", "县妇幼保健院", "党委书记"), ("App", "韩小溪", "县妇幼保健院", "院长")} <= got
    assert not any("同志" in agency or person == "陆明川" and title == "院长" for _, person, agency, title in got)
