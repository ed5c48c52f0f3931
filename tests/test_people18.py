"""People18: people and groups in real notices and news of decisions. Made-up text only (other names,
places and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.extract.script import PrintedScript
from govkg.facts import Appointment, Membership, Position, Removal
from helpers import facts, posts


_ZONE_NEWS = ("9月3日上午，某市召开新组建的青岚湾临港产业集聚区管委会首次干部大会。\n"
              "随着新的青岚湾临港产业集聚区（枫林科创园区、碧溪休闲度假区）党工委、管委会正式组建，改革取得阶段性成果。\n"
              "根据市委决定，新组建青岚湾临港产业集聚区管委会，加挂枫林科创园区管委会、碧溪休闲度假区管委会牌子。"
              "同时，经市委研究，建立青岚湾临港产业集聚区（枫林科创园区、碧溪休闲度假区）党工委。\n"
              "闵青同志任党工委书记；\n"
              "洪涛同志任管委会主任、党工委副书记；\n"
              "戚远、龚岚同志任管委会副主任、党工委委员；\n"
              "柏川同志任党工委委员。\n")


def test_a_zones_bodies_printed_without_the_zone():
    """A report on one zone's new bodies: 党工委/管委会 printed bare are that zone's (its other names, in an
    aside or hung beside it as 加挂…牌子, are not); 管委会主任、党工委副书记: the 党工委 is a body, not a title."""
    found = posts(_ZONE_NEWS)
    party, board = "青岚湾临港产业集聚区党工委", "青岚湾临港产业集聚区管委会"
    assert ("Appointment", "闵青", party, "书记") in found
    assert ("Appointment", "洪涛", board, "主任") in found and ("Appointment", "洪涛", party, "副书记") in found
    assert ("Appointment", "龚岚", board, "副主任") in found and ("Appointment", "龚岚", party, "委员") in found
    assert ("Appointment", "柏川", party, "委员") in found
    assert not [f for f in found if f[2] in ("党工委", "管委会") or f[3].startswith("党工委")]


def test_a_new_districts_bodies_with_its_level_only():
    """区党工委副书记、管委会主任 in a report that names the new district only after the decision (and more than once)."""
    text = ("12日下午，区党工委召开全区领导干部大会，市委组织部副部长甲乙丙宣布市委决定：丁戊同志任区党工委副书记、"
            "管委会主任，免去其市商务局局长职务；己庚同志任市文化局局长，免去其党工委副书记、管委会主任职务。\n"
            "就柳岸新区领导班子建设，甲乙丙强调，要确保柳岸新区管委会工作平稳过渡，保持柳岸新区发展良好态势。\n")
    found = posts(text)
    assert ("Appointment", "丁戊", "柳岸新区党工委", "副书记") in found
    assert ("Appointment", "丁戊", "柳岸新区管委会", "主任") in found
    assert ("Removal", "己庚", "柳岸新区党工委", "副书记") in found
    assert ("Removal", "己庚", "柳岸新区管委会", "主任") in found


@pytest.mark.parametrize("text", [
    # two zones named: which one's bodies the bare ones are is not told
    "某市召开大会。柳岸新区、桃源新区主要领导调整。柳岸新区、桃源新区各项工作平稳。\n丁戊同志任区党工委书记。\n",
    # a zone named once: where its name starts is not told by one mention
    "某市召开大会，宣布柳岸新区主要领导任免决定。\n丁戊同志任区党工委书记。\n",
])
def test_zone_bodies_stay_as_printed_where_the_zone_is_not_told(text):
    assert ("Appointment", "丁戊", "区党工委", "书记") in posts(text)


def test_zone_bodies_in_traditional_script():
    """The same in a traditional page; a character the page prints both ways (台, once 臺 in 平臺) keeps the form
    the page prints most often in the built name."""
    text = ("台山市召開新組建的台山灣濱海產業集聚區管委會首次幹部大會,打造發展主平臺。\n"
            "根據市委決定,新組建台山灣濱海產業集聚區管委會。同時,建立台山灣濱海產業集聚區黨工委。\n"
            "閔青同志任黨工委書記;\n洪濤同志任管委會主任、黨工委副書記;\n")
    found = posts(text)
    assert ("Appointment", "閔青", "台山灣濱海產業集聚區黨工委", "書記") in found
    assert ("Appointment", "洪濤", "台山灣濱海產業集聚區管委會", "主任") in found
    assert ("Appointment", "洪濤", "台山灣濱海產業集聚區黨工委", "副書記") in found


def test_printed_script_keeps_the_form_printed_most_often():
    table = PrintedScript("台山台地平臺", "台山台地平台")
    assert table("台湾") == "台湾"  # (not in the copy: character by character, 台 as printed most often)


@pytest.mark.parametrize("text, group", [
    ("国务院关于调整某某工作领导小组的通知\n国务院决定将国家某某教育领导小组调整为国家某某领导小组，现将有关事项通知如下：\n"
     "组　长：闵青　国务院副总理\n成　员：洪涛　某某部部长\n", "国家某某领导小组"),
    ("國務院關於調整某某工作領導小組的通知\n國務院決定將國家某某教育領導小組調整為國家某某領導小組,現將有關事項通知如下:\n"
     "組 長:閔青 國務院副總理\n成 員:洪濤 某某部部長\n", "國家某某領導小組"),
])
def test_a_group_renamed_by_adjustment_takes_its_new_name(text, group):
    """将甲调整为乙: the group is 乙, without the verb's 为/為."""
    members = {(f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership)}
    assert any(g == group and p in ("闵青", "閔青") for g, p, r in members)
    assert not any(g.startswith(("为", "為")) for g, p, r in members)


@pytest.mark.parametrize("sentence, expected", [
    # 领导小组副组长兼办公室主任、某部副部长甲: a role in the group and one in its office, then the post
    ("日前，全省护林工作领导小组副组长兼办公室主任、省林草局副局长柏川主持召开办公室主任会议。",
     [("全省护林工作领导小组", "柏川", "副组长"), ("全省护林工作领导小组办公室", "柏川", "主任")]),
    # 领导小组成员兼办公室副主任乙: a plain member, and a deputy head of the office
    ("全省护林工作领导小组成员兼办公室副主任龚岚参加会议。",
     [("全省护林工作领导小组", "龚岚", "成员"), ("全省护林工作领导小组办公室", "龚岚", "副主任")]),
    # 领导小组副组长、领导小组办公室专职副主任丙: the office's role as printed
    ("省委常委、统战部部长、全省护林工作领导小组副组长、领导小组办公室专职副主任戚远主持会议。",
     [("全省护林工作领导小组", "戚远", "副组长"), ("全省护林工作领导小组办公室", "戚远", "专职副主任")]),
])
def test_a_groups_role_and_its_offices_before_a_name(sentence, expected):
    found = facts("全省护林工作会议召开\n" + sentence + "\n会议强调，要抓好落实。\n")
    members = {(f.group, f.person, f.role) for f in found if isinstance(f, Membership)}
    assert set(expected) <= members
    subgroups = {(f.group, f.parent) for f in found if type(f).__name__ == "Subgroup"}
    assert ("全省护林工作领导小组办公室", "全省护林工作领导小组") in subgroups


def test_runs_of_question_marks_for_lost_spaces():
    """A copy that lost its spaces as ``?`` prints a line's indent as ``??`` and a column's gap as ``?`` or ``??``:
    each run is that many spaces, so the list's lines read as name, then posts."""
    text = ("各乡镇林长制办公室、各相关部门:\n??现将调整后的县级林长名单印发给你们,请做好衔接工作。\n"
            "??某县林长制办公室\n??2024年4月2日\n??附件\n??某县县级林长名单\n??林长:柏川?县委书记??龚岚?县长\n"
            "??副林长:\n??戚远?县委副书记、总工会主席\n??苗禾?副县长、公安局局长\n")
    found = posts(text)
    assert ("Position", "柏川", "县委", "书记") in found
    assert ("Position", "戚远", "县委", "副书记") in found and ("Position", "戚远", "县总工会", "主席") in found
    assert ("Position", "苗禾", "县人民政府", "副县长") in found and ("Position", "苗禾", "县公安局", "局长") in found


def test_a_question_mark_inside_a_quoted_phrase_stays():
    from govkg.text import strip_copy_noise
    assert strip_copy_noise("成立某市“迎某某?构某某”体育大会筹备委员会") == "成立某市“迎某某?构某某”体育大会筹备委员会"
    assert strip_copy_noise("??组长:柏川??县长") == "  组长:柏川  县长"


def test_a_head_named_before_the_verb_is_not_the_next_names():
    """甲任某小组组长，副局长乙以及…任成员: the head stands before 任; the name after the comma is not a second head."""
    text = ("某报讯 近日，经国务院批准，某某局调整了中国防治某某协调小组成员，某某局局长柏川任中国防治某某协调小组组长，"
            "副局长龚岚以及外交部、科技部等12个部门的相关领导任协调小组成员。\n")
    members = {(f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership)}
    assert ("中国防治某某协调小组", "柏川", "组长") in members
    assert ("中国防治某某协调小组", "龚岚", "组长") not in members


def test_a_proposal_is_no_removal_and_its_verb_no_name():
    """提议其不再担任X职务, 提议甲同志不再担任X职务: a proposal, not a decision; 提议 is never part of a name."""
    text = ("今天上午，某某开发区召开全区领导干部会议，宣布市委关于主要领导职务任免的决定。\n"
            "市委决定：柏川同志任中共某市委某某开发区工作委员会副书记，不再担任中共某市委副秘书长职务；"
            "提名柏川同志任某某开发区管理委员会主任，提议其不再担任某市人民政府副秘书长职务；"
            "提议龚岚同志不再担任某某开发区管理委员会主任职务。\n")
    found = posts(text)
    assert not [f for f in found if f[1].startswith("提议")]
    assert ("Removal", "柏川", "中共某市委", "副秘书长") in found
