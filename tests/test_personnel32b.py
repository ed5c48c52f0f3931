"""Personnel notices whose decisions print their dates and asides in ways a plain reader loses: a secondment
(挂职任) or an engagement (聘任为) in the person's own clause after their name with the term in a bracket, a
secondment of a unit's staff member (选派某局干部甲到…挂职任…), and a posts-before-names list whose names carry
asides and a note of the date the post starts. Each case is a short made-up notice in the general form."""
from __future__ import annotations

from govkg.facts import Appointment, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal"}


def facts(text: str) -> list:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return [f for f in nf.facts if type(f) in _KIND]


def rows(text: str) -> list[tuple]:
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title,
                   getattr(f, "start", None), getattr(f, "end", None), getattr(f, "probation", None),
                   getattr(f, "secondment", None)) for f in facts(text))


def test_own_clause_engagement_and_secondment_with_terms():
    text = ("某省教育厅关于甲某等同志职务任免的通知\n某教人〔2010〕5号\n厅属各单位：\n经厅党组研究决定：\n"
            "一、李明达同志，任厅基础教育处处长，试用期一年。\n"
            "二、汤志远同志，聘任为某市教育科学研究所副所长（聘期：2010年5月—2013年5月）。\n"
            "三、尹东海同志，挂职任某市教育局副局长（挂职时间：2010年6月—2011年6月）。\n"
            "某省教育厅\n2010年5月19日\n")
    got = rows(text)
    assert ("appointment", "汤志远", "某市教育科学研究所", "副所长", "2010-05", "2013-05", None, False) in got
    assert ("appointment", "尹东海", "某市教育局", "副局长", "2010-06", "2011-06", None, True) in got
    assert not [r for r in got if r[1] == "挂职"]


def test_secondment_of_a_units_staff_member():
    text = ("某区人民政府关于聘任甲某等同志职务的通知\n各乡镇人民政府：\n"
            "经区人民政府研究决定：任命左立明为区水利局副局长（试用期一年）；"
            "选派区财政局干部麦子明到某乡人民政府挂职任副乡长，挂职时间为2009年4月至2010年4月。特此通知。\n"
            "某区人民政府\n2009年4月12日\n")
    got = rows(text)
    assert ("appointment", "麦子明", "某乡人民政府", "副乡长", "2009-04", "2010-04", None, True) in got
    assert not [r for r in got if r[1] == "选派"]


def test_posts_before_names_with_asides_and_start():
    text = ("某县人民政府关于甲某等同志职务任免的通知\n某府任字〔2009〕3号\n各部门：\n"
            "    经县人民政府研究决定：\n    任命：\n"
            "    县教育局局长：滕秀明（女，回族）（试用期一年）\n"
            "    县交通局副局长：卜云飞，任职时间从2009年9月起算\n"
            "    免去：\n    县交通局局长：邰文华（另有任用）\n"
            "某县人民政府\n2009年9月18日\n")
    got = rows(text)
    assert ("appointment", "滕秀明", "县教育局", "局长", None, None, "P1Y", False) in got
    assert ("appointment", "卜云飞", "县交通局", "副局长", "2009-09", None, None, False) in got
    assert [r[:4] for r in got if r[0] == "removal"] == [("removal", "邰文华", "县交通局", "局长")]


def test_news_report_career_story_gives_no_decisions():
    """A news report of a session's decisions that narrates the person's career around them: the dated past moves
    (同年…调任, …随即接任) are history, no appointment, and a time word is never read as part of a name."""
    text = ("某市人大常委会任命周海平为副市长\n"
            "本报讯 某市人大常委会会议昨日表决通过，任命周海平为某市人民政府副市长。\n"
            "现年55岁的周海平，2002年至2007年先后任某省公安厅副厅长、某省高院院长等职务。"
            "2007年，同年周海平调任某市高级法院党组书记、院长。\n"
            "2015年4月某人调任外省后，周海平随即接任某市委副书记。此后，外界多有议论。\n")
    got = facts(text)
    assert not [f for f in got if any(w in f.person for w in ("同年", "随即"))]
    assert not [f for f in got if f.post.agency in ("某市高级法院", "某市委")]


def test_secondment_keeps_the_post_held_where_the_person_is_sent_from():
    from govkg.facts import Position
    text = ("某厅关于甲某等同志职务任免的通知\n厅属各单位：\n经厅党组研究决定：\n"
            "　　选派厅计划财务处副处长佟嘉明同志到某县人民政府挂职任副县长，挂职时间为两年（2020年4月至2022年4月）；\n"
            "某厅\n2020年4月8日\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    held = [(f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) is Position]
    assert ("佟嘉明", "厅计划财务处", "副处长") in held
    assert ("appointment", "佟嘉明", "某县人民政府", "副县长", "2020-04", "2022-04", None, True) in rows(text)
