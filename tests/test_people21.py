"""People21: member lists and reports. Made-up text only (other names, places and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.extract.names import split_name_posts
from govkg.facts import Membership, Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def positions(text: str) -> list[tuple]:
    return sorted((f.person, f.post.agency, f.post.title) for f in facts(text) if isinstance(f, Position))


def members(text: str) -> list[tuple]:
    return sorted((f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership))


# a two-character name padded to three (钱 立) before the Youth League's provincial committee (团省委): the 团 is
# the body's, not the name's last character
@pytest.mark.parametrize("line,expected", [
    ("钱 立 团省委副书记", ("钱立", "团省委副书记")),
    ("周 平 团市委书记", ("周平", "团市委书记")),
    # a three-character name letter-spaced and glued to a body named with its province (甲省): unchanged
    ("张 某 甲省某厅厅长", ("张某甲", "省某厅厅长")),
])
def test_youth_league_committee_after_a_padded_name(line, expected):
    got = split_name_posts(line)
    assert got and got[:2] == expected


@pytest.mark.parametrize("simplified", [True, False])
def test_youth_league_member_of_a_group(simplified):
    text = ("青山省人民政府办公厅关于成立青山省青少年事务工作领导小组的通知\n各市人民政府，省政府各部门：\n"
            "为加强统筹协调，省政府决定成立青山省青少年事务工作领导小组，组成人员如下：\n"
            "组  长：赵明远  副省长\n成  员：孙海涛  省民政厅厅长\n"
            "钱 立 团省委副书记\n李文静  省妇联副主席\n\n青山省人民政府办公厅\n2031年3月2日\n")
    if not simplified:  # (a traditional copy)
        text = text.translate(str.maketrans("钱团书记员组长厅妇联办门务为强统调", "錢團書記員組長廳婦聯辦門務為強統調"))
    got = members(text)
    name = "钱立" if simplified else "錢立"
    assert [m for m in got if m[1] == name and m[2] in ("成员", "成員")]
    assert (name, "团省委" if simplified else "團省委", "副书记" if simplified else "副書記") in positions(text)


# a headquarters' political commissar (指挥部政委) named in a chain of posts before a name (news), and verbs of a
# report after the name (发布, 签发, 赶赴)
def test_headquarters_commissar_in_a_chain_of_posts():
    text = ("青河县全力应对强降雨\n7月20日，青河县委书记、青河县防汛抗旱指挥部政委赵明远发布紧急通知，要求各乡镇立即转移群众。"
            "县长、县防汛抗旱指挥部指挥长钱立群赶赴一线。县委副书记、县防汛抗旱指挥部副指挥长孙海涛参加会议。\n")
    group = "青河县防汛抗旱指挥部"
    assert members(text) == sorted([(group, "赵明远", "政委"), (group, "钱立群", "指挥长"), (group, "孙海涛", "副指挥长")])
    assert ("赵明远", "青河县委", "书记") in positions(text)


def test_a_unit_s_commissar_is_no_group_role():
    text = "东岭市召开防汛会议\n7月3日，东岭市召开防汛会议。武警东岭支队政委周建国出席会议并讲话。\n"
    assert not members(text)


# the first role label glued to the list's heading (the page lost the line break): 二、组成人员组长：甲
@pytest.mark.parametrize("text,head", [
    ("国务院办公厅关于成立国务院第二次全国水资源普查领导小组的通知\n国办发〔2031〕12号\n"
     "为加强对普查工作的组织和领导，国务院决定成立第二次全国水资源普查领导小组。现将有关事项通知如下：\n"
     "一、主要职责\n负责普查工作的组织和领导，协调解决普查中的重大问题。二、组成人员组长:赵明远国务院副总理\n"
     "副组长:钱立群国务院副秘书长\n成员:李文静水利部副部长\n国务院办公厅\n2031年3月2日\n",
     ("第二次全国水资源普查领导小组", "赵明远", "组长")),
    ("國務院辦公廳關於成立全國防治重大動物疫病指揮部的通知\n國辦發〔2031〕9號\n"
     "為加強領導，國務院決定成立全國防治重大動物疫病指揮部。指揮部下設綜合組、防治組和辦公室。\n"
     "二、指揮部成員總指揮:\n趙明遠(國務院副總理)\n副總指揮:錢立群(國務委員兼國務院秘書長)\n"
     "成 員:孫海濤(農業部部長)\n國務院辦公廳\n2031年3月2日\n",
     ("全國防治重大動物疫病指揮部", "趙明遠", "總指揮")),
])
def test_role_label_glued_to_the_list_heading(text, head):
    got = members(text)
    assert head in got
    assert [m for m in got if m[2] in ("副组长", "副總指揮")]
