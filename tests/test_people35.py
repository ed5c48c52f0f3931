"""people35: personnel decision classes of the thirty-fifth round (made-up notices only)."""
import pytest

from govkg.facts import Appointment
from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, facts, posts

_COUNTY_HEAD = "某县人民政府关于甲等同志职务任免的通知\n某府人〔2012〕9号\n经县人民政府第五次常务会议研究决定：\n"
_COUNTY_FOOT = "某县人民政府\n2012年8月27日\n"


def _appointment(text: str, person: str) -> Appointment:
    return next(f for f in facts(text) if isinstance(f, Appointment) and f.person == person)


@pytest.mark.parametrize("verb", ["改任", "转任"])
def test_moved_on_after_removal(verb):
    # 免去甲的X职务，改任Y: the person removed is appointed to Y in the same clause
    got = posts(PERSONNEL_HEAD + f"免去孔令华同志的市规划局局长职务，{verb}市人民政府参事；\n" + PERSONNEL_FOOT)
    assert ("Removal", "孔令华", "市规划局", "局长") in got
    assert ("Appointment", "孔令华", "市人民政府", "参事") in got


@pytest.mark.parametrize("grade", ["助理巡视员", "助理调研员"])
def test_assistant_grade_is_one_title(grade):
    # 某司助理巡视员: a civil servant's grade; 助理 is no end of the body
    got = posts(PERSONNEL_HEAD + f"邬晓东同志任市发展改革委价格处{grade}；\n" + PERSONNEL_FOOT)
    assert ("Appointment", "邬晓东", "市发展改革委价格处", grade) in got


def test_table_cell_with_stacked_posts():
    # a removals cell whose two posts were on two lines, the break lost: each post read alone
    table = ("姓名\t任职\t免职\t备注\n"
             "毛建新\t局水产处处长\t局办公室副主任\t试用期一年\n"
             "石光明\t——\t局计划财务处处长省林业厅党组成员\t到龄退休\n")
    got = posts(PERSONNEL_HEAD + table + PERSONNEL_FOOT)
    assert ("Removal", "石光明", "局计划财务处", "处长") in got
    assert ("Removal", "石光明", "省林业厅", "党组成员") in got
    assert not [r for r in got if "处长省" in r[2]]


def test_secondment_with_current_post_in_parentheses():
    # 选派甲同志(某局某科科长)到某局挂职任副局长，挂职时间二年(…至…): the secondment, dated; the post in parentheses held
    text = _COUNTY_HEAD + ("免去：\n杨国富同志的县林业局副局长职务。\n"
                           "选派蒋文斌同志（某市交通局规划科科长）到县交通局挂职任副局长，挂职时间二年（2012年9月至2014年9月）。\n"
                           + _COUNTY_FOOT)
    got = posts(text)
    assert ("Appointment", "蒋文斌", "县交通局", "副局长") in got
    assert ("Position", "蒋文斌", "某市交通局规划科", "科长") in got
    assert not [r for r in got if r[0] == "Removal" and r[1] != "杨国富"]
    a = _appointment(text, "蒋文斌")
    assert (a.secondment, a.start, a.end) == (True, "2012-09", "2014-09")


def test_secondment_keeps_its_old_post():
    # 经研究，选派甲同志到某县挂职任副县长…，挂职期间保留其某学院副院长职务: the kept post is one the person holds
    got = posts("某大学关于甲等同志职务任免的通知\n某大人字〔2023〕8号\n经学校党委常委会研究决定：\n"
                "聘任秦卫为机械工程学院院长；\n"
                "经研究，选派沈东来同志到某县人民政府挂职任副县长，挂职时间两年（2023年7月至2025年7月），"
                "挂职期间保留其食品科学学院副院长职务。\n某大学\n2023年6月15日\n")
    assert ("Appointment", "沈东来", "某县人民政府", "副县长") in got
    assert ("Position", "沈东来", "食品科学学院", "副院长") in got


def test_name_padded_after_every_character():
    # 任命：甲　某　某为…: a three-character name padded after each character, then 为
    got = posts(_COUNTY_HEAD + "任命：\n柳　思　源为县水利局副局长（试用期一年）；\n" + _COUNTY_FOOT)
    assert ("Appointment", "柳思源", "县水利局", "副局长") in got


def test_padded_name_confirmed_after_probation():
    # 甲　某同志试用期满，正式任X，任职时间从…起算: the padded name is the subject of the next clause
    text = _COUNTY_HEAD + "任命：\n聘任方明远为县人民医院院长；\n丁　瑶同志试用期满，正式任县审计局副局长，任职时间从2011年3月起算。\n" \
        + _COUNTY_FOOT
    got = posts(text)
    assert ("Appointment", "丁瑶", "县审计局", "副局长") in got
    assert not [r for r in got if r[1] == "方明远" and r[2] == "县审计局"]
    assert _appointment(text, "丁瑶").start == "2011-03"


def test_padded_surname_glued_to_the_post():
    # 免去甲　某某局副局长职务: a two-character name padded after its surname, printed against its post
    got = posts(_COUNTY_HEAD + "免去江海波的县教育局副局长职务，退休；\n免去夏　蕊县统计局副局长职务。\n" + _COUNTY_FOOT)
    assert ("Removal", "夏蕊", "县统计局", "副局长") in got
    assert not [r for r in got if r[1] == "江海波" and "统计局" in r[2]]
