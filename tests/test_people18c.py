"""People18c: appointments and removals in real notices and reports. Made-up text only (other names, places
and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.extract.posts import split_posts
from govkg.facts import Appointment, Removal
from helpers import facts, posts


def rows(text: str, kind=(Appointment, Removal)) -> list[tuple]:
    return posts(text, kind)


def pairs(text: str) -> list[tuple[str, str]]:
    return [(p.agency, p.title) for p in split_posts(text)]


@pytest.mark.parametrize("text,expected", [
    # 及 / 和 / 以及 after a title opens the next post (its own body, or the body before)
    ("南岭实业集团董事长、总经理及安平投资公司党委书记、董事长",
     [("南岭实业集团", "董事长"), ("南岭实业集团", "总经理"), ("安平投资公司", "党委书记"), ("安平投资公司", "董事长")]),
    ("县林业局局长及县水务局局长", [("县林业局", "局长"), ("县水务局", "局长")]),
    ("县委常委和副县长", [("县委", "常委"), ("县人民政府", "副县长")]),
    ("省人民政府副省长以及代理省长", [("省人民政府", "副省长"), ("省人民政府", "代理省长")]),
    ("市政府副秘书长和市政府办公室主任", [("市人民政府", "副秘书长"), ("市人民政府办公室", "主任")]),
    # 和 inside a body's own name stays there
    ("市住房和城乡建设局局长", [("市住房和城乡建设局", "局长")]),
    ("区城市管理和综合执法局副局长", [("区城市管理和综合执法局", "副局长")]),
    ("省发展和改革委员会主任", [("省发展和改革委员会", "主任")]),
])
def test_posts_joined_by_ji_or_he(text, expected):
    assert pairs(text) == expected


def test_removal_of_posts_joined_by_ji():
    text = ("关于调整青川集团领导职务的通知\n经研究决定，免去马卫东同志的青川实业集团董事长、总经理及青川文旅公司党委书记、董事长职务；"
            "任命胡志刚同志为青川实业集团董事长、总经理，青川文旅公司党委书记、董事长。\n")
    got = rows(text)
    assert ("Removal", "马卫东", "青川实业集团", "总经理") in got
    assert ("Removal", "马卫东", "青川文旅公司", "党委书记") in got
    assert not [r for r in got if "及" in r[2]]


def test_removal_printed_without_zhiwu():
    text = ("会上，组织部副部长宣读了县农业农村局党组关于县农科所领导班子调整的通知。"
            "林海涛任县农科所所长；许国平不再担任县农科所副所长和负责县良种场工作；宋志远调任县农机站站长。\n")
    got = rows(text)
    assert ("Removal", "许国平", "县农科所", "副所长") in got
    assert not [r for r in got if "良种场" in r[2]]


def test_removal_without_zhiwu_traditional():
    text = ("會上宣讀了縣農業農村局黨組關於縣農科所領導班子調整的通知。"
            "林海濤任縣農科所所長；許國平不再擔任縣農科所副所長和負責縣良種場工作；宋志遠調任縣農機站站長。\n")
    assert ("Removal", "許國平", "縣農科所", "副所長") in rows(text)


def test_several_people_no_longer_hold_a_post():
    text = "经研究决定：\n郑立明、韩春生不再担任市委常委；\n冯国安同志不再担任市人民政府副市长职务。\n"
    got = rows(text)
    assert ("Removal", "郑立明", "市委", "常委") in got
    assert ("Removal", "韩春生", "市委", "常委") in got
    assert ("Removal", "冯国安", "市人民政府", "副市长") in got


def test_no_longer_something_that_is_no_post():
    # 不再担任 followed by no post: nothing
    text = "经研究决定：\n郑立明不再担任主要领导工作以外的事务；\n"
    assert rows(text) == []
