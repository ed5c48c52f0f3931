"""Personnel decisions of a party organisation department's and a county's notices: a removal verb padded
with a full-width space, a holder sent on secondment named after the post they hold, a unit numbered by an
ordinal, the Party committee of a military unit or a corps' regiment as a body. Made-up notices of the shape."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}
_HEAD = "某县人民政府关于甲某等同志职务任免的通知\n各乡镇人民政府，县直各部门：\n"


def rows(text: str, kinds=(Appointment, Removal, Position)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


def facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def test_removal_verb_padded_before_the_name():
    text = _HEAD + "　　向明远任县水利局副局长；\n　　免去　詹守义同志的县林业局副局长职务，退休。\n"
    assert ("removal", "詹守义", "县林业局", "副局长") in rows(text, (Removal,))
    assert not any(r[1].startswith("去") for r in rows(text))


def test_secondment_of_a_holder_named_after_his_post():
    text = _HEAD + ("　　向明远任县水利局副局长；\n"
                    "　　选派县畜牧局副局长仝有林同志到某市畜牧局挂职锻炼，挂职期间任市畜牧局防疫科副科长，"
                    "挂职时间二年（2019年3月至2021年3月）。\n")
    got = rows(text)
    assert ("position", "仝有林", "县畜牧局", "副局长") in got
    assert ("appointment", "仝有林", "市畜牧局防疫科", "副科长") in got
    assert not any(r[1] == "向明远" and r[2] == "市畜牧局防疫科" for r in got)
    sec = next(f for f in facts(text) if isinstance(f, Appointment) and f.person == "仝有林")
    assert (sec.secondment, sec.start, sec.end) == (True, "2019-03", "2021-03")


def test_unit_numbered_by_an_ordinal():
    text = _HEAD + "　　储文彬同志任县纪委监委派驻第二纪检监察组组长，免去其县纪委监委第一监督检查室主任职务。\n"
    got = rows(text)
    assert ("appointment", "储文彬", "县纪委监委派驻第二纪检监察组", "组长") in got
    assert ("removal", "储文彬", "县纪委监委第一监督检查室", "主任") in got


@pytest.mark.parametrize("line, expected", [
    # a corps' numbered regiment: its Party committee a body, its own head the regiment's
    ("　　居安平同志挂职任一三二团党委委员、副团长，挂职时间两年（2022年9月至2024年9月）；\n",
     [("appointment", "居安平", "一三二团党委", "委员"), ("appointment", "居安平", "一三二团", "副团长")]),
    ("　　免去宓长河同志的一四一团党委书记、政委职务，退休。\n",
     [("removal", "宓长河", "一四一团党委", "书记"), ("removal", "宓长河", "一四一团", "政委")]),
])
def test_regiment_party_committee(line, expected):
    text = "关于居安平等同志任职的通知\n师市各党（工）委：\n　　经师市党委常委会研究决定：\n" + line
    got = rows(text, (Appointment, Removal))
    assert all(e in got for e in expected), got


def test_military_unit_party_committee():
    text = ("某县人武部部长调整\n"
            "昨日，军分区政委宣布命令：原县人武部部长甲永调任某县人武部部长；蔺志刚任某县人武部部长，"
            "兼人武部党委委员、副书记。\n")
    got = rows(text, (Appointment,))
    assert ("appointment", "蔺志刚", "人武部党委", "委员") in got
    assert ("appointment", "蔺志刚", "人武部党委", "副书记") in got


def test_second_holder_joined_by_and():
    text = ("某县人武部召开会议\n"
            "受县委书记、县人武部党委第一书记宁海波和县长虞清泉的委托，县委常委冉永红对唐某表示感谢。\n")
    got = rows(text, (Position,))
    assert ("position", "宁海波", "县人武部党委", "第一书记") in got
    assert ("position", "虞清泉", "县人民政府", "县长") in got
    assert not any(r[2].startswith("受") for r in got)


@pytest.mark.parametrize("text, expected", [
    ("某县人武部党委第一书记任职命令宣布\n军分区司令员宣布任职决定并讲话。某军分区政委代表军分区党委机关"
     "对卢晓东同志担任某县人民武装部党委第一书记表示热烈祝贺。\n",
     ("appointment", "卢晓东", "某县人民武装部党委", "第一书记")),
    # a traditional page
    ("某縣人武部黨委第一書記任職命令宣布\n軍分區政委代表軍分區黨委機關對盧曉東同志擔任某縣人民武裝部黨委第一書記表示熱烈祝賀。\n",
     ("appointment", "盧曉東", "某縣人民武裝部黨委", "第一書記")),
])
def test_congratulated_on_a_post(text, expected):
    assert expected in rows(text, (Appointment,))
