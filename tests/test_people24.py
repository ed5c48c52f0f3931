"""people24: posts of a zone (a Party working committee and the management committee of the same development
zone or new area, printed as one posts string); a career history dated by a span (2001年到2006年间，X任Y;
2006年3月起，任Y); an item printed with its own level kept as printed (a city's notice naming a district's
item excepted); a level printed twice before its government (某省省政府); a former post ((原某省某大学校长))
and an engaging verb (聘请某院院士甲任…) giving no post; an approved appointment (中央批准甲任Y, 同意乙同志任Y);
a team's leaders labelled X领导 under its heading. Made-up text only."""
from __future__ import annotations

import pytest

from helpers import members, posts

_DECISION = "某地人事调整\n\n6月8日上午,宣布:{who}同志任{posts}。\n"


@pytest.mark.parametrize("printed, expected", [
    # a city's zone: the zone's 管委会, not the city's
    ("某某市临江经济技术开发区党工委副书记、管委会主任",
     [("某某市临江经济技术开发区党工委", "副书记"), ("某某市临江经济技术开发区管委会", "主任")]),
    # a working committee of a city Party committee (某市委某新区工委): the zone's 管委会 under the city
    ("南州市委东湖新区工委书记、管委会常务副主任",
     [("南州市委东湖新区工委", "书记"), ("东湖新区管委会", "常务副主任")]),
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
    assert got == [("Appointment", "蒋文斌", "某市委某新区工委", "书记"), ("Appointment", "蒋文斌", "某新区管委会", "主任"),
                   ("Removal", "卢志远", "某市委某新区工委", "书记"), ("Removal", "卢志远", "某新区管委会", "主任")]


def test_a_tenure_from_a_month_is_still_a_decision():
    got = posts("任职通知\n\n经研究,自2024年1月起,邵明远任某县财政局局长。\n")
    assert got == [("Appointment", "邵明远", "某县财政局", "局长")]


@pytest.mark.parametrize("printed, expected", [
    # an item printed with its own level keeps it: the level, not the place the item before named
    ("青川区委书记、区人大常委会主任", [("青川区委", "书记"), ("区人大常委会", "主任")]),
    ("黔南省委常委、省委组织部部长", [("黔南省委", "常委"), ("省委组织部", "部长")]),
    ("白沙县委副书记、县政府县长", [("白沙县委", "副书记"), ("县人民政府", "县长")]),
    # an item without a level still takes the one before it
    ("白沙县委常委、宣传部部长", [("白沙县委", "常委"), ("白沙县委宣传部", "部长")]),
])
def test_an_items_own_level_is_kept(printed, expected):
    got = posts(f"某县召开工作会议\n\n会议由{printed}柯明远主持。\n")
    assert got == sorted(("Position", "柯明远", a, t) for a, t in expected)


def test_a_city_notice_names_the_district_of_its_item():
    text = ("某某市人民政府办公室关于调整某某市河道保洁工作领导小组成员的通知\n\n各县(区)人民政府,市政府各部门:\n\n"
            "经市政府同意,现将调整后的领导小组成员名单通知如下:\n\n组  长:余光辉  青川区委常委、区人民政府副区长\n\n"
            "某某市人民政府办公室\n2024年3月1日\n")
    assert [p for p in posts(text) if p[1] == "余光辉"] == [("Position", "余光辉", "青川区人民政府", "副区长"),
                                                             ("Position", "余光辉", "青川区委", "常委")]


@pytest.mark.parametrize("printed, agency", [
    ("江西省省政府副秘书长", "江西省人民政府"),   # a news page's 省政府 after the province's name
    ("南昌市市政府副秘书长", "南昌市人民政府"),
    ("南昌市政府副秘书长", "南昌市人民政府"),     # (the level printed once, as before)
])
def test_a_level_printed_twice_before_its_government(printed, agency):
    got = posts(f"某地动态\n\n会议由{printed}邹明辉主持。\n")
    assert got == [("Position", "邹明辉", agency, "副秘书长")]


_ENGAGED = ("某省委任命某大学校长\n\n某省委8日在某大学召开干部大会。经某省委决定:{first}(原{school}校长)任{school}党委书记;"
            "聘请中科院院士{second}任{school}校长。\n")


@pytest.mark.parametrize("school", ["贵州农林大学", "国家行政学院分院"])
def test_a_former_post_and_the_engaging_verb_give_no_post(school):
    got = posts(_ENGAGED.format(first="岑光远", second="费明德", school=school))
    assert got == [("Appointment", "岑光远", school, "党委书记"), ("Appointment", "费明德", school, "校长"),
                   ("Position", "费明德", "中科院", "院士")]


def test_a_place_that_starts_with_a_former_mark_stays():
    got = posts("某地动态\n\n会议由原平市副市长汤立新主持。\n")
    assert got == [("Position", "汤立新", "原平市人民政府", "副市长")]


@pytest.mark.parametrize("decision", ["经省委决定:聘任工程院院士蒲立新为某师范大学校长。",
                                      "6月10日,某大学召开大会,宣布省委关于聘任工程院院士蒲立新为某师范大学校长的决定。"])
def test_an_academician_engaged_is_named_without_the_title(decision):
    got = posts(f"某大学召开大会\n\n{decision}\n")
    assert got == [("Appointment", "蒲立新", "某师范大学", "校长"), ("Position", "蒲立新", "工程院", "院士")]


@pytest.mark.parametrize("line, expected", [
    ("1961年3月,中央批准欧阳明任副省长。", ("Appointment", "欧阳明", "省人民委员会", "副省长")),
    # a body printed in full keeps its name, whatever the year
    ("1956年5月1日,中共中央同意蒲一鸣任某某省人民政府副主席。", ("Appointment", "蒲一鸣", "某某省人民政府", "副主席")),
])
def test_an_approved_appointment_in_a_chronicle(line, expected):
    text = ("某某省人民委员会\n\n某某省人民委员会是某某省在1955年至1967年期间的行政机关。\n"
            "1955年2月,省一届人大二次会议选举产生某某省人民委员会。\n" + line + "\n")
    assert expected in posts(text)


def test_an_approval_names_the_person_not_the_verb():
    got = posts("关于郁长林等同志任职的批复\n\n二、同意郁长林同志任项目部主任,祁红同志任项目部副主任。\n")
    assert got == [("Appointment", "祁红", "项目部", "副主任"), ("Appointment", "郁长林", "项目部", "主任")]



_TEAMS = """某镇关于开展安全生产大检查的通知

各村(社区),镇直各单位:

一、检查时间

2022年4月6日至4月9日

二、分组情况

{first}
{label}:柯文远  潘立新
责任单位:应急办、派出所

(二)第二检查组{end}
{label}:龚晓梅
责任单位:农办、供电所

三、工作要求

各检查组要认真履职。
"""


@pytest.mark.parametrize("label", ["责任领导", "带队领导", "牵头领导"])
@pytest.mark.parametrize("end", ["", ";"])
def test_a_teams_leaders_are_its_members(label, end):
    got = members(_TEAMS.format(first="(一)第一检查组" + end, label=label, end=end))
    assert got == [("第一检查组", "柯文远", label), ("第一检查组", "潘立新", label), ("第二检查组", "龚晓梅", label)]


def test_a_tasks_leader_is_no_member():
    text = ("某区2023年重点工作责任分解\n\n一、主要预期目标\n\n1.地区生产总值增长8%以上。(责任领导:柯文远;牵头单位:区发改局)\n\n"
            "2.固定资产投资增长10%以上。(责任领导:潘立新;牵头单位:区发改局)\n")
    assert members(text) == []


_DECIMAL_PLAN = """某县森林火灾应急预案

1 总则

1.1 编制目的

为有效预防森林火灾,制定本预案。

2 组织指挥体系及职责

{a} 县森林防灭火指挥部职责

负责全县森林防灭火工作。

{b} 县森林防灭火指挥部办公室职责

承担指挥部日常工作。

3 预警

3.1 预警级别

分为四级。
"""


@pytest.mark.parametrize("a, b", [("2.1", "2.2"), ("2.1.1", "2.1.2"), ("２．１", "２．２"), ("2.1.", "2.2.")])
def test_a_decimal_heading_loses_its_whole_number(a, b):
    from helpers import subgroups
    got = subgroups(_DECIMAL_PLAN.format(a=a, b=b))
    assert all(not g[0].isdigit() and not p[0].isdigit() for g, p in got), got


@pytest.mark.parametrize("printed, rest", [
    ("2.1 某市防汛抗旱指挥部", "某市防汛抗旱指挥部"), ("3.2.1某县应急指挥部", "某县应急指挥部"),
    ("２．１　某区指挥部", "某区指挥部"), ("1.张三", "张三"), ("(一)某组", "某组"),
    ("2021年某县", None),
])
def test_the_enumerator_of_an_entry(printed, rest):
    from govkg.extract.members import _ENUM
    m = _ENUM.match(printed)
    assert (printed[m.end():] if m else None) == rest


@pytest.mark.parametrize("sentence, expected", [
    # a report of a bureau's meeting names the bureau in full, then its posts by 局 alone
    ("9月3日,东川省水利局召开汛期工作会议,局党组成员、副局长柯文远、局办公室主任潘立新出席会议。",
     {("柯文远", "东川省水利局", "党组成员"), ("柯文远", "东川省水利局", "副局长"), ("潘立新", "东川省水利局办公室", "主任")}),
    # the notice's own short name for itself (县局决定…)
    ("县局决定成立安全生产工作领导小组。由局党组书记、局长龚晓梅同志任组长。",
     {("龚晓梅", "县局", "党组书记"), ("龚晓梅", "县局", "局长")}),
    # a department (厅) likewise
    ("北岭省民政厅召开专题会议,厅党组成员、副厅长吕高峰出席。",
     {("吕高峰", "北岭省民政厅", "党组成员"), ("吕高峰", "北岭省民政厅", "副厅长")}),
])
def test_a_bureau_named_by_its_kind_alone(sentence, expected):
    got = {row[1:] for row in posts("某地工作动态\n\n" + sentence + "\n")}
    assert expected <= got, got


@pytest.mark.parametrize("sentence", [
    "结合我局实际,局党组书记柯文远出席。",  # 我局: no bureau named
    "会同财政局,局长柯文远讲话。",  # a bureau without place or level: not named in full
])
def test_no_bureau_named_in_full_gives_no_bureau(sentence):
    got = {row[1:] for row in posts("某地工作动态\n\n" + sentence + "\n")}
    assert not any(agency.endswith(("我局", "财政局")) for _, agency, _ in got), got


@pytest.mark.parametrize("sentence, expected", [
    ("市人大常委会副主任黄某平,东江警备区司令员柯文远大校、政委潘立新大校,北岭军分区司令员龚晓梅大校和官兵100多人出席仪式。",
     {("柯文远", "东江警备区", "司令员"), ("潘立新", "东江警备区", "政委"), ("龚晓梅", "北岭军分区", "司令员")}),
    ("省军区政委吕高峰少将宣布命令,市委副书记、市长卢一鸣出席大会并讲话。",
     {("吕高峰", "省军区", "政委"), ("卢一鸣", "市人民政府", "市长")}),
])
def test_an_officers_rank_after_the_name(sentence, expected):
    got = {row[1:] for row in posts("某地军地座谈会\n\n" + sentence + "\n")}
    assert expected <= got, got


def test_a_head_named_before_the_title_takes_on_a_role():
    text = ("北岭省关于调整省级湖长的通知\n\n各市:\n\n经总河长同意,原由柯文远副省长担任的东湖省级湖长调整为由潘立新副省长担任,"
            "湖长协助单位不变;龚晓梅副省长兼任西湖省级湖长。\n")
    got = {row[1:] for row in posts(text)}
    assert {("柯文远", "省人民政府", "副省长"), ("潘立新", "省人民政府", "副省长"), ("龚晓梅", "省人民政府", "副省长")} <= got, got
