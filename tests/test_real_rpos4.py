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
