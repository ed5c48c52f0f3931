"""Decisions a news report retells in its own words (thirty-fourth round, helper c): a list of appointments it
announces (宣布了甲、乙为某校副校长，丙、丁为某校副校长（试用期一年）), the probation printed after a chained
clause, and a move worded 乙由X转任Y after another person's appointment (甲任某学院党委书记，乙由某学院党委书记转任
院长: 乙 takes the post, a bare title of the body left). Each case is a short made-up page in the general form."""
from __future__ import annotations

import pytest

from govkg.extract.layout import Layout, split_lines
from govkg.extract.personnel import find_reported_acts
from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return sorted({(_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in facts(text) if type(f) in _KIND})


_NEWS = ("多所高校领导班子调整\n来源:某晚报  时间:2019年02月18日\n\n"
         "  本报讯 11月21日,某部官网挂出多个高校领导干部任免通知。\n\n"
         "  另外还宣布了周晓明、吴大海为东岭大学副校长,郑一平、冯二东为东岭大学副校长(试用期一年)。\n\n"
         "  10月23日,陈立三任西江学院党委书记,褚思远由西江学院党委书记转任院长;卫五洲不再担任西江学院院长职务。\n")


def test_announced_list_and_chained_probation():
    got = {(f.person, f.post.agency, f.post.title, f.probation) for f in facts(_NEWS) if isinstance(f, Appointment)}
    assert {("周晓明", "东岭大学", "副校长", None), ("吴大海", "东岭大学", "副校长", None),
            ("郑一平", "东岭大学", "副校长", "P1Y"), ("冯二东", "东岭大学", "副校长", "P1Y")} <= got


def test_move_from_a_post_after_another_appointment():
    got = rows(_NEWS)
    assert ("appointment", "陈立三", "西江学院", "党委书记") in got
    assert ("appointment", "褚思远", "西江学院", "院长") in got
    assert not any("由" in r[2] or "转任" in r[2] for r in got)
    assert ("removal", "卫五洲", "西江学院", "院长") in got


_CONFIRMED = ("某县人民政府关于任免职务的通知\n某政任字(1996)第2号\n各乡镇人民政府：\n"
              "　　经县长办公会议研究，决定：\n"
              "　　任命：\n"
              "　　柏　明　　　　县交通局副局长\n"
              "　　免去：\n"
              "　　窦文远　　　　县林业局局长职务（退休）\n"
              "　　殷　春华同志试用期满，正式任命为县民政局副局长。\n"
              "某县人民政府\n一九九六年三月二十日\n")


def test_padded_name_confirmed_in_post_in_a_removal_list():
    got = rows(_CONFIRMED)
    assert ("appointment", "殷春华", "县民政局", "副局长") in got
    assert not any(r[1] == "窦文远" and r[0] == "appointment" for r in got)


_SECTIONS = ("中共某市委组织部关于章立群等同志任职的通知\n各县(市、区)委组织部：\n"
             "　　章立群同志任市委组织部部务委员、干部二科科长（试用期一年），任职时间从2020年3月起算；\n"
             "　　万国强同志任某市总工会党组成员、经费审查委员会主任；\n"
             "中共某市委组织部\n2020年3月10日\n")


def test_affairs_seat_and_sections_of_the_body():
    got = {(f.person, f.post.agency, f.post.title, f.probation, f.start) for f in facts(_SECTIONS)
           if isinstance(f, Appointment)}
    assert ("章立群", "市委组织部", "部务委员", "P1Y", "2020-03") in got
    assert ("章立群", "市委组织部干部二科", "科长", "P1Y", "2020-03") in got
    assert ("万国强", "某市总工会经费审查委员会", "主任", None, None) in got


_SECONDED = ("某县人民政府关于周德明等同志职务任免的通知\n某政干〔2010〕8号\n各乡镇人民政府：\n"
             "　　经县人民政府研究决定：\n　　任命：\n　　周德明同志任县林业局副局长；\n"
             "　　免去：\n　　郑永安同志的县交通局局长职务，退休。\n"
             "　　选派罗光辉同志到青石镇人民政府挂职任副镇长，挂职时间两年（2010年7月至2012年7月），挂职期间保留原单位职务。\n"
             "某县人民政府\n二〇一〇年七月十五日\n")


def test_secondment_after_a_removal_list_keeping_its_post():
    got = [f for f in facts(_SECONDED) if f.person == "罗光辉" or "罗光辉" in getattr(f.post, "agency", "")]
    assert [(type(f).__name__, f.post.agency, f.post.title, f.secondment, f.start, f.end) for f in got] == \
        [("Appointment", "青石镇人民政府", "副镇长", True, "2010-07", "2012-07")]


_SESSION = "会议决定：任命蒋文涛为区发展和改革局副局长（试用期一年），任职时间自2021年3月起计算；" \
           "任命沈嘉禾为区自然资源局局长，免去其区城市管理局局长职务。\n"


def test_reported_decisions_with_tenure_notes_and_own_removal():
    """A news page read as no personnel notice (its headline a column's name) keeps each decision's tenure notes
    and the appointee's own removal (免去其…职务)."""
    layout = Layout(lines=split_lines(_SESSION))
    got = {(type(f).__name__, f.person, f.post.agency, f.post.title, getattr(f, "probation", None),
            getattr(f, "start", None)) for f in find_reported_acts(layout, "区")}
    assert ("Appointment", "蒋文涛", "区发展和改革局", "副局长", "P1Y", "2021-03") in got
    assert ("Appointment", "沈嘉禾", "区自然资源局", "局长", None, None) in got
    assert ("Removal", "沈嘉禾", "区城市管理局", "局长", None, None) in got


_ROSTER = ("综述\n\n  【概况】 1988年某矿务局的基本现状是:职工队伍稳定。\n"
           "  局级干部名表\n  1988年青山矿务局局级干部名表:\n"
           "  党委书记 韩立本\n  局 长 曹永年\n  党委副书记 邵文彬 魏长河\n  副局长 钱光远 孔 毅 严明达\n"
           "  【生产】 全年生产原煤1000万吨。\n")


def test_a_bodys_roster_of_its_leaders():
    got = rows(_ROSTER)
    assert [r for r in got if r[0] == "position"] == sorted([
        ("position", "韩立本", "青山矿务局", "党委书记"), ("position", "曹永年", "青山矿务局", "局长"),
        ("position", "邵文彬", "青山矿务局", "党委副书记"), ("position", "魏长河", "青山矿务局", "党委副书记"),
        ("position", "钱光远", "青山矿务局", "副局长"), ("position", "孔毅", "青山矿务局", "副局长"),
        ("position", "严明达", "青山矿务局", "副局长")])
