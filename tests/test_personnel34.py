"""Personnel facts of the thirty-fourth round's shapes: a procuratorate's branch and its committee, a resignation
accepted after the removals of the same person (并接受其辞去…), a request heard and accepted by its post alone, a
move told as done (已转任), new posts the resigned already hold (都已有新的职务，甲任X), a town printed under its
county's level (县某某镇), and a time span a story's next step follows (一个月后担任…), which is no name. Each case
is a short made-up notice or report in the general form."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def rows(text: str) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted({(_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in _KIND})


def test_branch_procuratorate_keeps_its_committee_and_its_procurators():
    """任命甲为某省人民检察院某铁路运输分院检察长、检察委员会委员、检察员: the branch's committee and its
    procurators, not the provincial procuratorate's its name opens with."""
    text = ("某省人大常委会举行会议\n"
            "会议经表决，免去周平的某省人民检察院副检察长、检察委员会委员、检察员职务，"
            "任命周平为某省人民检察院东山铁路运输分院检察长、检察委员会委员、检察员。\n")
    got = [r for r in rows(text) if r[0] == "appointment"]
    assert got == sorted([("appointment", "周平", "某省人民检察院东山铁路运输分院", "检察长"),
                          ("appointment", "周平", "某省人民检察院东山铁路运输分院检察委员会", "委员"),
                          ("appointment", "周平", "某省人民检察院东山铁路运输分院", "检察员")])


def test_resignation_accepted_after_removals_of_the_same_person():
    """免去甲的X职务，并接受其辞去Y职务请求: a removal from Y too."""
    text = ("某省人大常委会举行会议\n"
            "会议经表决，免去吴敏的某省人民代表大会常务委员会法制工作委员会副主任职务，"
            "并接受其辞去某省第九届人民代表大会常务委员会委员职务请求；任命郑和为某省人民代表大会常务委员会预算工作委员会副主任。\n")
    assert ("removal", "吴敏", "某省第九届人民代表大会常务委员会", "委员") in rows(text)


def test_request_heard_then_accepted_by_its_post():
    """审议了甲辞去某市人民政府市长职务的请求，并…通过了关于接受市人民政府市长辞职请求的决定."""
    text = ("某市人大常委会举行会议\n"
            "与会人员集中审议了何平辞去东山市人民政府市长职务的请求，并以举手表决方式通过了关于接受市人民政府市长辞职请求的决定。\n")
    assert ("removal", "何平", "东山市人民政府", "市长") in rows(text)
    heard = "某市人大常委会举行会议\n与会人员审议了何平辞去东山市人民政府市长职务的请求。\n"
    assert not [r for r in rows(heard) if r[0] == "removal"]  # heard alone, not accepted: no removal yet


def test_move_told_as_done_is_a_position():
    """“70后”甲已转任A、B局长、党组书记: posts held now (the session removed them from the post they left)."""
    text = ("某省人大常委会任命副省长\n"
            "会议决定，任命孙平为某省副省长。同时，会议免去王和的某省副省长职务。\n"
            "“70后”王和已转任商务部党组成员、国家粮食局局长、党组书记，并在会上当选委员。\n")
    got = rows(text)
    assert ("removal", "王和", "某省人民政府", "副省长") in got
    assert [r for r in got if r[1] == "王和" and r[0] != "removal"] == sorted([
        ("position", "王和", "商务部", "党组成员"), ("position", "王和", "国家粮食局", "局长"),
        ("position", "王和", "国家粮食局", "党组书记")])


@pytest.mark.parametrize("lead", ["都已有新的职务，", "均已有新职务，"])
def test_new_posts_the_resigned_already_hold_are_positions(lead):
    """辞去副省长职务的干部都已有新的职务，甲任X，乙任Y: what they hold now, not this session's appointments."""
    text = ("两省人大常委会进行人事任免\n"
            "28日上午，某省人大常委会第二十四次会议决定任命崔平为省政府副省长，决定接受刘和辞去副省长职务。\n"
            f"今天上午辞去副省长职务的2名干部{lead}陈敏任东省省委常委、秘书长，王和任西省省委常委、纪委书记。\n")
    got = rows(text)
    assert not [r for r in got if r[0] == "appointment" and r[1] in ("陈敏", "王和")]
    assert ("position", "陈敏", "东省省委", "秘书长") in got
    assert ("position", "王和", "西省省委", "常委") in got


@pytest.mark.parametrize("verb", ["任命周平为县东港镇副镇长；", "选派周平同志到县东港镇挂职任副镇长，挂职时间一年（2011年4月至2012年4月）。"])
def test_town_printed_under_its_county_level(verb):
    """县东港镇副镇长: the county's level before the town is no part of the town's government's name."""
    text = ("某县人民政府关于周平等同志职务任免的通知\n经县人民政府研究决定：\n" + verb + "\n")
    assert [r[2:] for r in rows(text) if r[0] == "appointment"] == [("东港镇人民政府", "副镇长")]


@pytest.mark.parametrize("span", ["一个月后", "一個月后", "两年后", "半年后"])
def test_time_span_before_a_step_is_no_person(span):
    """…出任某局党组书记，一个月后担任某局局长: the time the next step followed, not a person."""
    text = ("某省政府秘书长获补\n据报道，2日，某省人民代表大会常务委员会决定任命张平为某省人民政府秘书长。\n"
            f"2017年6月，张平出任某省统计局党组书记，{span}担任某省统计局局长。\n")
    assert not [r for r in rows(text) if r[1] == span]


def test_body_named_by_its_province_after_a_provincial_post():
    """省政府副秘书长、山西某某示范区管委会主任甲出席: the zone's committee is named by its province already;
    no 省 of the item before goes on it."""
    text = ("某开发区揭牌\n揭牌仪式上午举行。省政府副秘书长、山西东山综改示范区管委会主任周平，市委书记吴敏出席。\n")
    assert ("position", "周平", "山西东山综改示范区管委会", "主任") in rows(text)


def test_unit_of_a_government_office_by_its_short_form():
    """县政府办督查室主任甲: the unit of the government's office (政府办, its short form)."""
    text = ("某县召开整改调度会\n县委副书记吴敏主持会议。县政府办督查室周平主任、县自然资源局全体班子成员参加会议。\n")
    assert ("position", "周平", "县人民政府办公室督查室", "主任") in rows(text)
