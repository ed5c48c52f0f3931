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
