"""Personnel decisions of a provincial council's notice that sets up stations and names their heads: 现任命 before the
first name, each person's current posts in parentheses after the name, several people with their posts taking one
deputy's post, a deputy's bare title read as the station named just before; and the posts of a prefecture's Party
committee and its commissioner's office. Made-up notices of the shape."""
from __future__ import annotations

from govkg.extract.posts import split_posts
from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}
_HEAD = "某省人民委员会关于建立水文观测站及任命站长的通知\n(1958年5月)\n决定在我省建立水文观测站两处。"


def rows(text: str, kinds=(Appointment, Removal, Position)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


_STATIONS = _HEAD + ("现任命陈立山(北安县委书记、县长)为北河站站长,吴长青(北安县副县长),孙国梁(北安林业局副局长)、"
                     "周海波(北河镇委书记)为副站长;赵文远(南平县委书记)为南湖站站长,钱大勇(南平县林业局副局长)为副站长。\n")


def test_station_heads_named_with_their_current_posts():
    got = rows(_STATIONS)
    assert ("appointment", "陈立山", "北河站", "站长") in got
    assert ("position", "陈立山", "北安县委", "书记") in got
    assert ("position", "陈立山", "北安县人民政府", "县长") in got
    assert ("appointment", "赵文远", "南湖站", "站长") in got


def test_several_deputies_each_with_posts_take_the_station_before():
    got = rows(_STATIONS)
    for name in ("吴长青", "孙国梁", "周海波"):
        assert ("appointment", name, "北河站", "副站长") in got
    assert ("appointment", "钱大勇", "南湖站", "副站长") in got
    assert ("position", "孙国梁", "北安林业局", "副局长") in got
    assert ("position", "钱大勇", "南平县林业局", "副局长") in got
    assert not any(r[0] == "appointment" and r[1] not in ("陈立山", "吴长青", "孙国梁", "周海波", "赵文远", "钱大勇")
                   for r in got)


def test_bare_deputy_title_after_an_appointment_in_a_list():
    text = "某县人民政府关于任命站长的通知\n任命陈立山为县农机站站长，吴长青为副站长。\n"
    got = rows(text, (Appointment,))
    assert got == [("appointment", "吴长青", "县农机站", "副站长"), ("appointment", "陈立山", "县农机站", "站长")]


def test_prefecture_party_committee_and_commissioner_office():
    got = [(p.agency, p.title) for p in split_posts("松江地委常委、副专员、水利局局长")]
    assert got == [("松江地委", "常委"), ("松江专员公署", "副专员"), ("松江水利局", "局长")]
    assert [(p.agency, p.title) for p in split_posts("松江地委委员、宣传部部长")] == \
        [("松江地委", "委员"), ("松江地委宣传部", "部长")]


def test_section_heading_names_the_body_of_its_items():
    text = ("某县人民代表大会常务委员会任免名单\n（2001年3月2日某县第九届人民代表大会常务委员会第五次会议通过）\n"
            "任命：\n孙明远为县水利局局长。\n任命县人民检察院：\n周立平为检察委员会委员、检察员。\n"
            "免去：\n吴国华的县水利局局长职务。\n")
    got = rows(text, (Appointment, Removal))
    assert ("appointment", "周立平", "县人民检察院检察委员会", "委员") in got
    assert ("appointment", "周立平", "县人民检察院", "检察员") in got
    assert ("appointment", "孙明远", "县水利局", "局长") in got
    assert ("removal", "吴国华", "县水利局", "局长") in got
    assert not any(r[2] == "检察委员会" for r in got)


_MINISTRY = ("某部关于任免干部的通知\n某部干〔1986〕12号\n部内各司局：\n    经部党组研究，部务会议决定：\n    一、任命：\n"
             "    韩志远为某部规划局局长；\n    朱丽华为某部科技局副局长（试用期一年）。\n"
             "    二、选派部办公厅秘书处处长孔德明同志到某省交通厅挂职任副厅长，挂职时间一年（1986年5月至1987年5月）。\n"
             "    以上任职，除注明者外，任职时间从1986年5月起算。\n")


def test_secondment_of_a_division_head_named_after_his_posts():
    got = rows(_MINISTRY)
    assert ("appointment", "孔德明", "某省交通厅", "副厅长") in got
    assert ("position", "孔德明", "部办公厅秘书处", "处长") in got


def test_start_date_for_every_appointment_but_those_noted():
    nf = extract(RawNotice(source="inline.txt", index=0, text=_MINISTRY, meta={}))
    got = {f.person: (f.start, f.end) for f in nf.facts if isinstance(f, Appointment)}
    assert got["韩志远"] == ("1986-05", None)
    assert got["朱丽华"] == ("1986-05", None)
    assert got["孔德明"] == ("1986-05", "1987-05")
