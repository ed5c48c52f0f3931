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
