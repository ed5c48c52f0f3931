"""Positions in real pages, round eight (issue 10, helper rpos4): posts that chronicles and news reports state in
prose shapes the readers missed. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import positions


# a society's (association's, a CPPCC's) congress in a chronicle: the body holds the session as the sentence's subject
# (某市某协会在某地举行成立大会), the session elects, and the results name bare titles (甲当选为主席，乙、丙为副主席):
# the posts are the subject's. Elections are position rows by the settled convention.
@pytest.mark.parametrize("text, expected", [
    ("1994年大事记\n  3日，某市书法家协会在某某宾馆举行成立大会。大会选举了第一届理事会，周明远当选为主席，林海涛、宋志刚为副主席，"
     "何长林为秘书长。\n",
     [("周明远", "某市书法家协会", "主席"), ("林海涛", "某市书法家协会", "副主席"), ("宋志刚", "某市书法家协会", "副主席"),
      ("何长林", "某市书法家协会", "秘书长")]),
    ("1981年大事记\n1月20日至27日，某县政协召开五届一次全体会议，郑启文当选为主席。\n",
     [("郑启文", "某县政协", "主席")]),
    # (a people's congress elects the officers of other bodies: a bare title elected there names no body)
    ("1981年大事记\n1月20日，某县人民代表大会召开第六届第一次会议，郑启文当选为主任。\n", []),
    # (no session that elects: no body)
    ("1994年大事记\n  3日，某市书法家协会在某某宾馆举办书法展。周明远当选为主席。\n", []),
])
def test_a_society_elects_its_officers(text, expected):
    assert positions(text) == sorted(expected)


# a report on a spokespersons' list refers back to the body the sentence before introduced at its end (组建某部。/
# 另一个…的部门是某办公室。) as 该部门, counts its spokespersons and lists them with their posts (该部门发言人由3位增至4位，
# 分别为总工程师甲、某司司长乙): each is that body's 新闻发言人 (发言人 is its short form) and holds the posts printed
# before the name, in that body where they name no other
@pytest.mark.parametrize("text, expected", [
    ("新闻发言人名录发布\n2019年，原某某局和某某办等部门职责整合，组建国家山林管理局。该部门发言人由2位增至3位，分别为总工程师周明远、"
     "办公厅主任林海涛、规划司司长宋志刚。\n",
     [("周明远", "国家山林管理局", "新闻发言人"), ("周明远", "国家山林管理局", "总工程师"), ("林海涛", "国家山林管理局", "新闻发言人"),
      ("林海涛", "国家山林管理局办公厅", "主任"), ("宋志刚", "国家山林管理局", "新闻发言人"), ("宋志刚", "国家山林管理局规划司", "司长")]),
    ("新闻发言人名录发布\n另一个增加发言人的中央部门是中央某某工作委员会。该部门新闻发言人由1位增至2位，分别为综合局局长何长林和"
     "研究室主任郑启文。\n",
     [("何长林", "中央某某工作委员会", "新闻发言人"), ("何长林", "中央某某工作委员会综合局", "局长"),
      ("郑启文", "中央某某工作委员会", "新闻发言人"), ("郑启文", "中央某某工作委员会研究室", "主任")]),
    # (the sentence before introduces no body at its end: no referent)
    ("新闻发言人名录发布\n多个部门调整了发言人。该部门发言人由2位增至3位，分别为总工程师周明远、办公厅主任林海涛。\n", []),
])
def test_this_department_s_spokespersons(text, expected):
    assert positions(text) == sorted(expected)
