"""people24: posts of a zone (a Party working committee and the management committee of the same development
zone or new area, printed as one posts string), a career history dated by a span (2001年到2006年间，X任Y;
2006年3月起，任Y) in a report of a decision. Made-up text only."""
from __future__ import annotations

import pytest

from helpers import posts

_DECISION = "某地人事调整\n\n6月8日上午,宣布:{who}同志任{posts}。\n"


@pytest.mark.parametrize("printed, expected", [
    # a city's zone: the zone's 管委会, not the city's
    ("某某市临江经济技术开发区党工委副书记、管委会主任",
     [("某某市临江经济技术开发区党工委", "副书记"), ("某某市临江经济技术开发区管委会", "主任")]),
    # a working committee of a city Party committee (某市委某新区工委): the zone's 管委会 under the city
    ("南州市委东湖新区工委书记、管委会常务副主任",
     [("南州市委东湖新区工委", "书记"), ("南州市东湖新区管委会", "常务副主任")]),
    ("中共北岭高新技术产业园区工委委员、管理委员会副主任",
     [("中共北岭高新技术产业园区工委", "委员"), ("北岭高新技术产业园区管理委员会", "副主任")]),
    # the other way round: the management committee first
    ("西坪工业园区管委会主任、党工委副书记",
     [("西坪工业园区管委会", "主任"), ("西坪工业园区党工委", "副书记")]),
    # a zone printed without a city keeps working as before
    ("高新区党工委书记、管委会主任", [("高新区党工委", "书记"), ("高新区管委会", "主任")]),
])
def test_a_zones_two_bodies(printed, expected):
    got = posts(_DECISION.format(who="韦秋林", posts=printed))
    assert got == sorted(("Appointment", "韦秋林", a, t) for a, t in expected)


_REPORT = """某新区人事调整

某新区近日人事变动,工委书记、管委会主任卢志远被免职,市委常委蒋文斌接任。
6月8日上午,宣布:蒋文斌同志任某市委某新区工委书记、管委会主任,免去卢志远同志的某市委某新区工委书记、管委会主任的职务。
蒋文斌与某新区的渊源始于1999年。
{history}
"""


@pytest.mark.parametrize("history", [
    "1999年到2004年间,蒋文斌任某市委副秘书长,兼任某港保税区管委会主任。",
    "1999年至2004年期间,蒋文斌任某市委副秘书长。",
    "2004年5月起,任市委秘书长、办公厅主任(兼)。",
])
def test_a_career_span_is_no_decision(history):
    got = posts(_REPORT.format(history=history))
    assert got == [("Appointment", "蒋文斌", "某市委某新区工委", "书记"), ("Appointment", "蒋文斌", "某市某新区管委会", "主任"),
                   ("Removal", "卢志远", "某市委某新区工委", "书记"), ("Removal", "卢志远", "某市某新区管委会", "主任")]


def test_a_tenure_from_a_month_is_still_a_decision():
    got = posts("任职通知\n\n经研究,自2024年1月起,邵明远任某县财政局局长。\n")
    assert got == [("Appointment", "邵明远", "某县财政局", "局长")]
