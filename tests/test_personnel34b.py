"""Posts of the thirty-fourth round's second shapes: the Party committee of a unit a notice names bare by its
kind (集团公司党委书记, 场党委副书记) and of a government's commission (省国资委党委委员), a body of its own whose
bare item after it is the unit's (省国资委党委委员、副主任 -> 省国资委 | 副主任). Each case is a short made-up
notice in the general form."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def rows(text: str) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted({(_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in _KIND})


_GROUP = ("关于成立安全生产委员会的通知\n各部门：\n经研究，决定成立集团公司安全生产委员会，组成人员如下：\n"
          "主  任：何立新  集团公司党委书记、董事长\n"
          "副主任：田雨辰  集团公司党委副书记、总经理\n")
_COMMISSION = ("关于成立企业改革工作领导小组的通知\n各处室：\n经研究，决定成立领导小组，组成人员如下：\n"
               "组  长：魏长明  省国资委党委书记、主任\n"
               "副组长：韩秋实  省国资委党委委员、副主任\n")
_FARM = ("关于成立防汛工作领导小组的通知\n各作业区：\n经研究，决定成立领导小组，组成人员如下：\n"
         "组  长：苗青山  场长\n"
         "副组长：祁远航  场党委副书记\n")


@pytest.mark.parametrize("text, expected", [
    (_GROUP, [("position", "何立新", "集团公司党委", "书记"), ("position", "何立新", "集团公司", "董事长"),
              ("position", "田雨辰", "集团公司党委", "副书记"), ("position", "田雨辰", "集团公司", "总经理")]),
    (_COMMISSION, [("position", "魏长明", "省国资委党委", "书记"), ("position", "魏长明", "省国资委", "主任"),
                   ("position", "韩秋实", "省国资委党委", "委员"), ("position", "韩秋实", "省国资委", "副主任")]),
    (_FARM, [("position", "祁远航", "场党委", "副书记")]),
], ids=["group-company", "commission", "farm"])
def test_party_committee_of_a_bare_unit_or_a_commission(text, expected):
    got = rows(text)
    for row in expected:
        assert row in got
