"""Posts strings: ``市委常委、宣传部部长`` -> [(市委, 常委), (市委宣传部, 部长)].

A posts string joins posts with 、 and drops the prefix an item shares with the
item before it. ``split_posts`` splits each item into agency + title with the
title lexicon, and gives a prefix-less item the level of the item before it,
resolved to the body that really exists (a government bureau takes 市, a Party
organ 市委, a bare 办公室 the office of the body before it).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..facts import Post
from ..lexicon import (AGENCY_END_RE, GOV_HEAD_CORES, LEVEL_CHARS, NATIONAL_BODIES, NATIONAL_ORG_SHORTS, NATIONAL_PREFIXES, PARTY_ORGAN_RE, PROVINCE_SHORTS, PROVINCES, REGION_END_RE,
                       TITLE_RE, gov_head_agency)
from ..text import SPACES, nfkc, unspaced

#: assistants to the head of a government (省长助理, 市长助理)
GOV_HEAD_ASSISTANTS = tuple(core + "助理" for core in GOV_HEAD_CORES if core.endswith("长"))
#: (某集团总经理及某公司董事长, 副省长和代理省长: 及/和/以及 after a title opens the next post, never part of a body)
_SEP_RE = re.compile(r"[、，,;；]|兼|(?<=委常委)(?![会（(、，,;；]|委员|$)|"
                     r"(?:(?<=[长長])|(?<=书记)|(?<=書記)|(?<=经理)|(?<=經理)|(?<=主任)|(?<=委员)|(?<=委員)|(?<=主席)|(?<=常委)|"
                     r"(?<=助理))(?:以及|及|和)(?=[\u4e00-\u9fff])")
#: a parenthesised alternative name at the end of an agency: 市文化和旅游局(文物局), a school's 保卫处(武装部), a
#: ministry's office that is also one of its departments (办公室(规划发展司))
_ALIAS_RE = re.compile(r"[(（](?P<alias>[^()（）]{1,20}?(局|委|办|委员会|办公室|中心|厅|署|院|部|处|司))[)）]$")
#: a government by its short name (县政府, 敖包苏木政府 — a sumu, the township of a pastoral area), read as its full one
_GOV_SHORT_RE = re.compile(rf"^(?P<region>.*?(?:[{LEVEL_CHARS}]|苏木))政府(?=$|办公室|办公厅|办|督查室|研究室|参事室|督查|驻)")
#: (第一届省人民委员会: the term before the level of a province's council)
_SESSION_RE = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?=人大|人民代表大会|政协|中国人民政治协商会议|委员会|常委会|[省市县区州旗盟]人民委员会)")
#: a school's short name (某市一中, 某某附中, 某某实验小): the 校 of 校长 is not its last character
_SCHOOL_SHORT = ("中", "小", "附中", "幼")
#: a committee of a congress or of its standing committee, named with the congress's term:
#: 某区第十届人民代表大会社会建设委员会, 某市十二届人大常委会代表资格审查委员会
_TERM_COMMITTEE = re.compile(r"届(?:人大|人民代表大会)(?:常委会|常务委员会)?(?!常务委员会$)[\u4e00-\u9fff]{2,20}委员会$")
_RANK_RE = re.compile(r"[(（](正|副)?(处|科|厅|局|县|乡)级[)）]|[(（](正|副)(处|科|厅|局|县|乡)[)）]")
#: a note after a post that the deputy runs the body: 州审计局副局长（主持工作）
_RUNS_NOTE = re.compile(r"[(（]主持(?:全面|日常)?工作[)）]\s*$")


#: a province's short name printed before one of its cities to locate it: 某某沈阳市 (news style)
_PROVINCE_SHORT = re.compile(r"^(?:%s)(?!省|自治区)(?=[\u4e00-\u9fff]{2,4}?(?:市|自治州|州|盟|地区)(?![场政]))"
                             % "|".join(PROVINCE_SHORTS))

#: a company's name (有限公司, 集团): the province it opens with is part of the name it is registered under
_COMPANY = re.compile(r"公司|集团|集團")


#: the short form of a government's office before a unit of it: 县人民政府办督查室 (not 政府办公室, 政府办事处)
_GOV_OFFICE_UNIT = re.compile(r"(?<=.)人民政府办(?![公事])(?=[\u4e00-\u9fff]{1,10}?(?:室|科|股|组|中心)$)")


def normalise_agency(agency: str) -> tuple[str, str | None]:
    """Return (agency, alias): ``市政府办公室`` -> ``市人民政府办公室``; a trailing
    parenthesised alternative name is split off as the alias."""
    agency = nfkc(agency).strip(SPACES)
    agency = unspaced(agency)
    alias = None
    m = _ALIAS_RE.search(agency)
    if m and len(agency) > m.end() - m.start():
        alias = m["alias"]
        agency = agency[: m.start()]
    if not _COMPANY.search(agency):  # (浙江某某城市开发控股集团有限公司: a company's registered name, kept whole)
        agency = _PROVINCE_SHORT.sub("", agency)  # 辽宁沈阳市人民政府 -> 沈阳市人民政府
    m = _GOV_SHORT_RE.match(agency)
    if m:
        region = m["region"]
        if len(region) > 2 and region[-1] == region[-2]:
            region = region[:-1]  # 某省省政府, 某市市政府 (a news page's 省政府 after the province's name): the level once
        agency = region + "人民政府" + agency[m.end():]
    if not _TERM_COMMITTEE.search(agency):  # (a committee of one term's congress keeps the term it belongs to)
        agency = _SESSION_RE.sub("", agency)  # 湖北省第十届人大常委会 -> 湖北省人大常委会: the body, not its term
    if agency.endswith("人民政府办") and len(agency) > 5:
        agency += "公室"  # 县政府办副主任: the government's office (政府办 is its short form)
    # 县政府办督查室: a unit of the government's office, the office by its short form before it
    agency = _GOV_OFFICE_UNIT.sub("人民政府办公室", agency)
    return agency, alias


@lru_cache(maxsize=1 << 14)  # (the readers split the same items again and again)
def split_title(item: str) -> tuple[str, str] | None:
    """``市财政局副局长`` -> (``市财政局``, ``副局长``); None when no title ends the item."""
    m = TITLE_RE.search(item)
    if not m:
        return None
    staff = _STAFF_SEAT.search(item, 0, m.start())
    if staff and staff.end() == m.start() and m.group(0) in ("董事", "监事"):
        return item[: staff.start()], item[staff.start():]  # 某集团职工董事: the seat the staff elect, 职工 of the title
    seat = _AFFAIRS_SEAT.search(item, 0, m.start())
    if seat and seat.end() == m.start() and m.group(0) == "委员" and seat.start() > 0:
        return item[: seat.start() + 1], item[seat.start() + 1:]  # 市委组织部部务委员: the body's 部务委员 seat
    if item.endswith(_ASSISTANT_GRADES) and m.start() >= 2 and item[m.start() - 2: m.start()] == "助理":
        return item[: m.start() - 2], item[m.start() - 2:]  # 某司助理巡视员: a civil servant's grade, 助理 of the title
    if _ORDINAL_END.search(item, 0, m.start()) or _NUMBERED_UNIT.match(m.group(0)):
        return _numbered_unit(item, m.start(), m.group(0))
    return item[: m.start()], m.group(0)


#: the non-leading grades a civil servant is named to with 助理 before them (某司助理巡视员, 某局助理调研员): 助理 is
#: part of the grade, no end of the body
_ASSISTANT_GRADES = ("巡视员", "调研员")
#: a body cut after an ordinal (派驻第三 | 纪检监察组组长): the numbered unit is the title's head, not a title
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十百\d]{1,4}$")
#: a title that opens with a numbered unit (第二纪检监察组组长, not 第一书记): the unit is the body's
_NUMBERED_UNIT = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[\u4e00-\u9fff]{1,8}?[组室处科庭所队](?=.)")


def _numbered_unit(item: str, at: int, title: str) -> tuple[str, str]:
    """``某纪委监委派驻第三纪检监察组组长`` -> (``…派驻第三纪检监察组``, ``组长``): the unit the ordinal numbers
    joins the body, the longest title that ends it is the post."""
    unit = _NUMBERED_UNIT.match(title)
    first = unit.end() if unit else 1
    cut = next((k for k in range(first, len(title)) if TITLE_RE.fullmatch(title[k:])), 0)
    return item[: at + cut], title[cut:]


#: a seat on a body's affairs meeting, its kind repeated before 委员: 市委组织部部务委员, 某厅厅务委员, 某局局务委员
_AFFAIRS_SEAT = re.compile(r"([部局厅署])\1务$")
#: a body's own section (科, 股) or a trade union's audit committee, printed bare after a post in that body:
#: 市委组织部部务委员、干部一科科长 -> 市委组织部干部一科; 某市总工会党组成员、经费审查委员会主任
_OWN_SECTION = re.compile(r"[\u4e00-\u9fff]{1,8}?[科股]|经费审查委员会")
#: a body whose sections those are: a department, a bureau, a trade union (not a level's top body)
_SECTIONED = re.compile(r"(?:部|局|厅|委|办|工会|署)$")
#: a board's seat the staff elect, 职工 before the title: 某集团职工董事, 某公司职工监事
_STAFF_SEAT = re.compile(r"职工$")


def has_own_prefix(agency: str, places: frozenset[str] = frozenset()) -> bool:
    """True when an agency names its own level or region (``市财政局``, ``康巴什区委``)."""
    if not agency:
        return False
    if re.match(r"^第[\d一二三四五六七八九十]+届", agency):
        return True  # 第19届亚运会组委会: an event's own body, named in full
    if agency[0] in LEVEL_CHARS and (not agency.startswith(("市场", "市政", "区域", "县域", "乡村", "镇街"))
                                     or agency.startswith("市政协")):
        return True  # (市政协: the city's CPPCC, not 市政 works)
    if agency.startswith(NATIONAL_PREFIXES + _LEVEL_WORDS + _PREFECTURE_BODIES) or any(agency.startswith(p) for p in places):
        return True
    if re.search(r"(公司|集团|银行|大学|学院|医院|报社|电视台|日报|日報)", agency) or _NAMED_FARM.match(agency):
        return True
    if agency.startswith(PROVINCES + PROVINCE_SHORTS):
        return True  # 山西转型综改示范区管委会 after 省政府副秘书长: a body named by its province, the level no one's to add
    if _ZONE_NAMED.match(agency):
        return True  # 某某经济开发区管委会: a zone named by its place, longer than a region's name
    if _PLACE_CONGRESS.match(agency):
        return True  # 某地人大常务委员会办公厅, 某地人大外事委员会: a congress's bodies, its place named without its level
    if _NATIONAL_BY_TERM.match(agency):
        return True  # 政协第十二届全国委员会: the national body named by its term, 全国 after it

    m = REGION_END_RE.match(agency)
    # (这是该县…: words of a sentence before 该县, not a place's name)
    # (某某特别行政区: a two-character name and its five-character level)
    return bool(m) and len(m["region"]) <= (9 if m["region"].endswith("特别行政区") else 6) and not PARTY_ORGAN_RE.fullmatch(agency) and not re.search(r"[这是该此的了]", m["region"])


#: a prefecture's (地区's) own bodies, printed without its name as a county's are by 县: its Party
#: committee (地委), its administrative office (行政公署, 行署; 专署 before 1970)
_PREFECTURE_BODIES = ("地委", "行政公署", "行署", "专署", "地区")
#: a prefecture's Party committee or office named by its place (黑河地委, 黑河专员公署): its bureaus and its
#: commissioner's office take the place, the committee's organs the committee
_PREFECTURE_PARTY = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<body>地委|专员公署|行政公署|行署|专署)$")

#: a congress's standing committee or special committee named by its place without its level (reports: 某地人大常委会)
_PLACE_CONGRESS = re.compile(r"^(?![\u4e00-\u9fff]{0,2}[这是该此的了在和与及对向])[\u4e00-\u9fff]{2,3}?人大"
                             r"(?=常委会|常务委员会|[\u4e00-\u9fff]{0,16}?委员会)")

#: a development zone named by its place (某某经济开发区, 某某高新技术产业开发区)
_ZONE_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区)")

#: a zone's government printed without the zone (管委会主任): the zone's Party body after it is its 党工委, not its title
_ZONE_GOVERNMENTS = ("管委会", "管理委员会", "管委會", "管理委員會")
#: a zone's Party working committee (某开发区党工委, 中共某市委某新区工委) and its management committee (某开发区管委会):
#: the zone, and the city Party committee a working committee is printed under
_ZONE_PARTY = re.compile(r"^(?:中共)?(?:[\u4e00-\u9fff]{1,8}?[省市县縣区區州]委(?=[\u4e00-\u9fff]{2,}?(?:区|區|园|園)(?:党|黨)?工委$))?"
                         r"(?P<zone>[\u4e00-\u9fff]{2,20}?(?:区|區|园|園))(?:党|黨)?工委$")
_ZONE = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:开发区|開發區|新区|新區|园区|園區|工业区|工業區|高新区|高新區|示范区|示範區|试验区|試驗區)")
_ZONE_GOVERNMENT = re.compile(r"^(?P<zone>[\u4e00-\u9fff]{2,20}?(?:区|區|园|園))(?:管委会|管理委员会|管委會|管理委員會)$")

#: levels a notice names its own bodies by without a place name (街道党工委, 街道办事处)
_LEVEL_WORDS = ("街道", "社区", "镇", "乡", "苏木")
#: units named bare by their kind in their own notices, whose Party committee is theirs as a town's is:
#: a people's commune (公社党委副书记), a Production and Construction Corps division or regiment (师党委书记, 团党委副书记),
#: a school (校党委书记, 学校党委委员) and a college, an academy or a hospital (院党委副书记、院长: 院党委 | 副书记), a
#: group company in its own notice (集团党委书记、董事长: 集团党委 | 书记, then 集团 | 董事长)
_BARE_UNITS = ("公社", "师", "团", "场", "校", "学校", "院", "集团", "集团公司", "公司")
#: (those whose 党组 was read as a body before: kept so)
_BARE_UNITS_BEFORE = ("公社", "师", "团", "场", "校", "院", "集团公司", "公司")
#: grassroots units whose Party branch (党支部, 党总支) is a body of its own, named after them: a company
#: (某某有限公司党支部书记), a branch bureau (某分局党总支书记), a farm or forest farm (东风林场党支部书记, 某分场), a
#: factory or a mine (某机械厂党支部书记, 某煤矿党总支副书记)
_BRANCH_LED = re.compile(r"[\u4e00-\u9fff]{2}(?:公司|分局|场|厂|矿)$"
                         r"|^第?[一二三四五六七八九十\d]{1,3}连$")  # (第五连党支部书记: a Corps regiment's numbered company)
#: a state farm, forest farm or ranch, named (某某农场, 某某林场) or bare in its own notice (农场): led by a Party
#: committee of its own, as a town is (农场党委副书记、场长 -> 农场党委 | 副书记, then 农场 | 场长)
_FARM = re.compile(r"(?:农|林|牧|渔|茶|果|盐|垦殖)场$")
#: a coal or ore mine, named or numbered in its group's notice (某公司一矿, 某某矿业分公司): led by a Party committee of
#: its own, as a farm is (某公司一矿党委书记 -> 某公司一矿党委 | 书记)
_MINE = re.compile(r"[\u4e00-\u9fff)）](?:矿|矿业分公司|煤矿)$")
#: a named farm (沙苑农场, 东辛农场): a unit named in full, as a company is, whose posts stand without a level
_NAMED_FARM = re.compile(r"[\u4e00-\u9fff]{2}(?:农场|林场|牧场)")
#: a commission of a government named with its level (省国资委, 市发改委, 区卫健委), led by a Party committee of its own:
#: 省国资委党委委员、副主任 -> 省国资委党委 | 委员, then 省国资委 | 副主任 (not the area's Party committee, 市委)
_COMMISSION = re.compile(r"^[\u4e00-\u9fff]{2,12}委$")
#: a national congress or CPPCC named by its term before 全国: 政协第十二届全国委员会, 第十三届全国人民代表大会
_NATIONAL_BY_TERM = re.compile(r"^(?:中国人民政治协商会议|政协)?第[\d一二三四五六七八九十]+届全国(?:委员会|人民代表大会|人大)")


#: units led by a Party committee of their own, which a notice names as a body: a military unit (县人武部,
#: 某县人民武装部, 某军分区, 某警备区) and a corps' numbered regiment, an area of its own (一二六团)
_COMMITTEE_LED = re.compile(r"(?:人武部|人民武装部|人民武裝部|武装部|武裝部|军分区|軍分區|警备区|警備區)$"
                            r"|(?:^|师)[一二三四五六七八九十〇零百]{2,4}团$"  # (第七师一二六团: named with its division)
                            r"|^第[一二三四五六七八九十]{1,3}师$")  # a corps' numbered division (第十三师党委常委、副师长)
#: a Production and Construction Corps division or regiment opening a body's name, named (第三师四十五团, 一二六团党委,
#: 第十三师) or bare in its own notice (团党委, 师党委): the unit whose own bodies a bare 团/师 item after it names
_CORPS_UNIT = re.compile(r"^(?P<unit>(?:第[一二三四五六七八九十]{1,3}师)?[一二三四五六七八九十〇零百]{2,4}团|第[一二三四五六七八九十]{1,3}师"
                         r"|[团师](?=党委))")
#: a post of a Party committee itself, which a bare item after it keeps (党委委员、副书记)
_COMMITTEE_POST = re.compile(r"(?:书记|書記|委员|委員|常委)$")
#: that committee's post: 党委第一书记 -> 党委 | 第一书记 (traditional 黨委 as well)
_OWN_COMMITTEE = re.compile(r"^(党委|黨委)(.+)$")


#: the bodies that govern an area, after its name: its Party committee, government, congress …
_AREA_BODIES = ("委", "党委", "党工委", "人民政府", "政府", "管委会", "管理委员会", "人大常委会", "政协", "办事处")


def area_of(agency: str) -> str:
    """The area whose own governing body ``agency`` is (``区党工委`` -> ``区``, ``某镇人民政府`` ->
    ``某镇``); empty for a department (``区财政局``) or anything else."""
    return _level_of(agency) if _territorial(agency) else ""


def of_body(body: str, title: str) -> tuple[str, str]:
    """(agency, title) of a bare title a text gives a body named before: the title itself, except
    that an area's Party committee is a body of its own (区管委会 …, 党工委副书记甲 -> 区党工委/副书记)."""
    own = re.match(r"^(党委|黨委)(.+)$", title) if body.endswith(("党委", "黨委")) else None
    if own:
        return body, own[2]  # 集团公司党委书记甲…党委委员乙: a post of the committee just named, not 党委党委委员
    party = re.match(r"^(党委|党工委)(.+)$", title)
    area = area_of(body)
    if party and not area and party[1] == "党委" and (_FARM.search(body) or body in _BARE_UNITS):
        return body + party[1], party[2]  # 某某农场场长甲…党委副书记乙, 集团公司…党委副书记乙: the unit's own Party committee
    return (area + party[1], party[2]) if party and area else (body, title)


def _is_commission(agency: str) -> bool:
    """A government's commission (省国资委, 市发改委): not an area's own Party committee (市委, 某区委) nor its
    discipline commission (区纪委)."""
    return bool(_COMMISSION.match(agency)) and not REGION_END_RE.fullmatch(agency[:-1]) \
        and not _level_of(agency) == agency[:-1] and not _LEVEL_DISCIPLINE.search(agency) and not agency.endswith("党委")


def _territorial(agency: str) -> bool:
    """An area's own governing body (区党工委, 某镇人民政府, 某区管委会), not one of its departments."""
    level = _level_of(agency) if agency else ""
    return bool(level) and agency[len(level):] in _AREA_BODIES


def _level_of(agency: str) -> str:
    """The level prefix of an agency: ``市委宣传部`` -> ``市``; ``康巴什区委`` -> ``康巴什区``."""
    bare = next((w for w in _LEVEL_WORDS if agency.startswith(w)), None)
    if bare:
        return bare
    if agency[:1] in LEVEL_CHARS:
        return agency[0]  # 县市场监督管理局: the notice's own level, not a place called 县市
    m = REGION_END_RE.match(agency)
    if m:
        more = re.match(r"街道|社区|镇|乡", agency[m.end():])
        return m["region"] + (more.group(0) if more else "")  # 某村街道党工委: the street named after a village
    return agency[0] if agency and agency[0] in LEVEL_CHARS else ""


def _is_party(agency: str) -> bool:
    level = _level_of(agency)
    return agency[len(level):].startswith("委") or agency.startswith(("中共", "党"))


#: a level's own top bodies: its Party committee, government, congress, CPPCC
_TOP_BODIES = {"委", "人民政府", "政府", "人大常委会", "政协", "纪委", "委员会"}


def _is_top_body(agency: str) -> bool:
    level = _level_of(agency)
    return agency[len(level):] in _TOP_BODIES


#: the end of a court's or procuratorate's name, as reports also shorten it (某市高院, 某市第一中院)
_COURT_END = r"法院|检察院|高院|中院"
#: a court's or procuratorate's whole name, with the branch it may head (某省人民检察院某铁路运输分院)
_COURT_NAME = rf"^.+?(?:{_COURT_END})(?:[\u4e00-\u9fff]{{1,12}}?分院)?"
#: a court's or procuratorate's own units: its committee, its divisions (立案庭, 刑事审判庭), its bureaus
_COURT_UNIT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:审判委员会|检察委员会|庭|执行局)")


#: the discipline inspection commission and the supervisory commission: each level's own, beside its Party committee
_LEVEL_DISCIPLINE = re.compile(r"纪委|纪委监委|监委|纪律检查委员会|监察委员会|紀委|紀委監委|監委|紀律檢查委員會|監察委員會")


def _inherit(agency: str, prev: str) -> str:
    """Give a prefix-less agency the level of ``prev``, as the body that really exists."""
    court = re.match(_COURT_NAME, prev)
    if court and _COURT_UNIT.fullmatch(agency):
        return court.group(0) + agency  # 最高人民法院副院长、审判委员会委员、知识产权法庭庭长: units of that court
    congress = _CONGRESS_OF.match(prev)
    if congress and agency.endswith("委员会"):
        return congress_committee(congress, agency)
    zone = _ZONE_PARTY.match(prev) if agency in _ZONE_GOVERNMENTS else _ZONE_GOVERNMENT.match(prev) \
        if agency in ("党工委", "工委", "黨工委") else None
    if zone:
        # 某市经济开发区党工委书记、管委会主任 / 某市委某新区工委书记、管委会主任: the zone's other body, named by the zone
        # (the zone, not the city its name starts with; the city Party committee a working committee is printed
        # under is not part of the zone's name: 某新区管委会)
        return zone["zone"] + agency
    congress = _PLACE_CONGRESS.match(prev)
    if congress and prev[congress.end():] in ("常委会", "常务委员会") and agency.endswith(("室", "办公厅")):
        return prev + agency  # 某地人大常务委员会副秘书长、办公厅主任: the standing committee's own office
    prefecture = _PREFECTURE_PARTY.match(prev)
    if prefecture and prefecture["body"] == "地委" and PARTY_ORGAN_RE.search(agency):
        return prev + agency  # 黑河地委常委、宣传部部长 -> 黑河地委宣传部
    if prefecture and re.search(r"[局处]$", agency):
        return prefecture["place"] + agency  # 黑河地委常委、林业管理局局长 -> 黑河林业管理局: the prefecture's bureau
    if _OWN_SECTION.fullmatch(agency) and _SECTIONED.search(prev) and _level_of(prev) and not _is_top_body(prev) \
            and not _territorial(prev):
        return prev + agency  # 市委组织部部务委员、干部一科科长: the department's own section
    bare = prev.removesuffix("党委")
    if bare != prev and bare in _BARE_UNITS and _LEVEL_DISCIPLINE.fullmatch(agency):
        return bare + agency  # 集团党委委员、纪委书记 -> 集团纪委: the discipline body of the unit named bare
    unit = _CORPS_UNIT.match(prev)
    if unit and _LEVEL_DISCIPLINE.fullmatch(agency):
        return unit["unit"] + agency  # 团党委常委、纪委书记 -> 团纪委: the discipline body of the unit, as of a level
    if unit and unit["unit"][-1] == agency[0] and len(agency) > 1 and len(unit["unit"]) > 1:
        return unit["unit"] + agency[1:]  # 第三师四十五团副团长、团工会主席 -> 第三师四十五团工会: the unit just named
    level = _level_of(prev)
    city = re.match(r"[市县](?!场|政(?!府|协))", prev[len(level):]) if level.endswith("州") and len(level) > 1 else None
    if city:
        level += city.group(0)  # 某州市委常委、组织部长: a city named 某州 (not 某州's 市场监管局) -> 某州市委组织部
    if not level:
        if (prev.startswith(NATIONAL_PREFIXES + ("最高人民",)) or prev in NATIONAL_BODIES or prev in NATIONAL_ORG_SHORTS) \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,6}?(书记处|秘书局|办公厅|办公室|司|局|厅|处|室)", agency):
            return prev + agency  # 全国妇联副主席、书记处书记 -> 全国妇联书记处
        return agency
    if agency.endswith(("室", "办公厅")) and (_is_top_body(prev) or city and prev[len(level):] in _TOP_BODIES):
        return prev + agency
    if agency.endswith("委员会") and re.search(rf"(?:{_COURT_END}|分院)$", prev):
        return prev + agency  # 市高级人民法院副院长、审判委员会委员
    if _LEVEL_DISCIPLINE.fullmatch(agency):
        return level + agency  # 区委常委、纪委书记、监委主任 -> 区纪委, 区监委: bodies of the level, not of its 委
    if (_is_party(prev) or city and prev[len(level):].startswith("委")) and PARTY_ORGAN_RE.search(agency) and not agency.endswith(("局", "人武部", "武装部")):
        # (a people's armed forces department is the military's, not a Party organ: 县委常委、人武部部长 -> 县人武部)
        return level + "委" + agency
    if _PARTY_ONLY.fullmatch(agency) and re.search(r"[省市县区州旗盟]$", level) \
            and prev[len(level):] in ("人民政府", "政府", "纪委", "监委", "纪委监委"):
        # 县委常委、副县长、组织部长 / 区委常委、纪委书记、政法委书记: organs only a Party committee has, after a post in
        # the level's government or discipline commission, are the level's Party committee's (县委组织部, 区委政法委)
        return level + ("党委" if level.endswith("自治区") else "委") + agency
    return level + agency


#: the working organs only a Party committee has (a trade union's or the Youth League's 组织部 follows their own name)
_PARTY_ONLY = re.compile(r"组织部|宣传部|统战部|统一战线工作部|政法委|政法委员会")


#: a body of a people's congress: its standing committee (某省人大常委会), a committee of either (某省人大财政经济委员会)
_CONGRESS_OF = re.compile(r"^(?P<place>.+?)(?P<body>人大常委会|人民代表大会常务委员会|人大(?=[\u4e00-\u9fff]{2,12}委员会$)|"
                          r"人民代表大会(?=[\u4e00-\u9fff]{2,12}委员会$))")
#: the committees a standing committee has of its own (the others a congress names are the congress's)
_STANDING_OWN = re.compile(r"(?:工作委员会|代表资格审查委员会)$")


def congress_committee(congress: re.Match, committee: str) -> str:
    """A committee printed without its body after a congress's body: a working committee (X工作委员会) and the
    credentials committee are the standing committee's (某省人大常委会委员、人事工作委员会主任 ->
    某省人大常委会人事工作委员会); any other is the congress's own special committee (某省人大常委会委员、
    财政经济委员会主任委员 -> 某省人大财政经济委员会)."""
    if _STANDING_OWN.search(committee):
        standing = congress["body"] if congress["body"].endswith(("常委会", "常务委员会")) else "人大常委会"
        return congress["place"] + standing + committee
    return congress["place"] + ("人民代表大会" if congress["body"].startswith("人民") else "人大") + committee


def with_term(post: Post) -> Post:
    """The post's agency with the congress term its text printed (某省人大常委会 -> 某省十二届人大常委会,
    区政协委员会 -> 区政协第十届委员会)."""
    if not post.term or "届" in post.agency:
        return post
    # (区政协委员会 -> 区政协第十届委员会: a CPPCC committee's term stands before its 委员会)
    at = re.search(r"人大|人民代表大会|(?<=政协)委员会$|(?<=政協)委員會$", post.agency)
    return replace(post, agency=post.agency[: at.start()] + post.term + post.agency[at.start():]) if at else post


def split_posts(text: str, start: int = 0, places: frozenset[str] = frozenset(),
                region: str = "") -> list[Post]:
    """Split a posts string into posts; ``start`` is the string's offset in the notice.

    ``region`` is the notice's own level (``市`` for a city notice) used for
    head-of-government titles printed without an agency (``副市长``).
    """
    return list(_split_posts(text, start, places, region))


#: "the new" before a post (新任, 新一任, 新一届): not 新任务, 新任职, 新任命, 新任期; "the (newly) elected"
#: (当选镇长某某, 新当选镇长): said of the post, no part of the body (not 当选为, the verb before the post)
_NEW_HOLDER = re.compile(r"(?:新(?:一)?任(?![务職职命期用])|新?当选(?![为為]))(?=[\u4e00-\u9fff])")


#: the level a notice's own town is printed under, no part of the town's name: 县陈家港镇副镇长 -> 陈家港镇
#: (two characters of name at least: 市桥镇 is a town's name)
_COUNTY_TOWN = re.compile(r"^[县縣区區市旗](?=[\u4e00-\u9fff]{2,6}[镇鎮乡鄉]$)")


#: a title word anywhere (not the 委员 of a 委员会): in what should be a body's name, a sign of several posts run on
_TITLE_ANY = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})(?!会)")


def _without_runs_note(piece: str) -> str:
    """``州审计局副局长（主持工作）`` -> ``州审计局副局长``: the note dropped where it follows one post; kept where the
    text before it runs several posts and names together (a list copied onto one line), which is no post."""
    m = _RUNS_NOTE.search(piece)
    cut = split_title(unspaced(nfkc(piece[:m.start()]))) if m else None
    if not cut or not cut[0] or _TITLE_ANY.search(cut[0]):
        return piece
    return piece[:m.start()]


@lru_cache(maxsize=1 << 14)
def _split_posts(text: str, start: int, places: frozenset[str], region: str) -> tuple[Post, ...]:
    """``split_posts``, remembered: readers split the same posts string again and again (every cut
    ``split_name_posts`` tries, each reader of a line); Posts are frozen, so the calls can share them."""
    posts: list[Post] = []
    prev_agency, prev_term = "", None
    pos = 0
    town = re.search(r"(?:^|[、，,])(?:常务)?副?([镇乡])长(?=$|[、，,])", text)  # (党委书记、镇长: a town's head)
    for piece in _SEP_RE.split(text):
        s = start + text.index(piece, pos) if piece else start + pos
        pos = (s - start) + len(piece)
        raw = _RANK_RE.sub("", _without_runs_note(piece))
        item = unspaced(nfkc(raw)).strip("()（）")
        # 分管农业(的)副镇长: the portfolio before a head's bare title is no body
        item = re.sub(rf"^(?:分管|主管|协管)[\u4e00-\u9fff]{{1,10}}?的?(?=(?:常务|第一|执行)?副?[{LEVEL_CHARS}]长$)", "", item)
        # 我校新一任校长, 新任统战部长: "the new" said of the post, no part of the body
        new = _NEW_HOLDER.search(item)
        if new and (new.start() == 0 or TITLE_RE.fullmatch(item[new.end():])):
            item = item[:new.start()] + item[new.end():]
        if not item:
            continue
        parts = split_title(item)
        if not parts:
            continue
        agency, title = parts
        short = re.fullmatch(r"(?:常务|代理|代)?副?(司|局|处|科|厅|部|院|所|站|队|庭|校)长", title)
        # (a deputy's title follows the body's full name: 县文化居副局长, a retype's 居 for 局, is read as printed)
        if short and len(agency) >= 2 and not AGENCY_END_RE.search(agency.rstrip(")）")) and not agency.endswith(short[1]) \
                and "副" not in title and not (short[1] == "校" and agency.endswith(_SCHOOL_SHORT)):  # 某市一中校长: 一中 is the school
            agency += short[1]  # 人事教育司长 -> 人事教育司 / 司长: the body's last character printed once
        term = _SESSION_RE.search(agency)
        agency = _COUNTY_TOWN.sub("", agency)
        agency, alias = normalise_agency(agency)
        # 第八届省政府督学: the cohort of a government's counsellors or inspectors, not part of the body
        agency = re.sub(r"^第[一二三四五六七八九十\d]{1,3}届(?=[省市县区州旗]?人民政府$)", "", agency)
        # 十一届省政协主席: the term printed before the level of a CPPCC committee, not part of the body
        agency = re.sub(r"^第?[一二三四五六七八九十\d]{1,3}[届屆](?=[省市县縣区區州旗盟](?:政协|政協)$)", "", agency)
        term = term.group(0) if term and "届" not in agency else None  # 某省十二届人大常委会 -> 某省人大常委会 (十二届)
        if re.search(r"[A-Za-z]", agency) and not AGENCY_END_RE.search(agency):
            agency = ""  # 某某app官方下载代理省长: a spam word a mirror put where the place was, no body
        working = re.match(r"^(?:党委|黨委|党工委|黨工委)(?=.)", title) if agency.endswith("工作") else None
        if working:  # 市教卫工作党委一级巡视员: a working committee (工作党委) is the body, whatever its post
            agency, title = agency + working[0], title[working.end():]
        party = re.match(r"^(党委|党工委|党组|党支部|党总支)(.+)$", title)
        if party and (REGION_END_RE.fullmatch(agency) or agency in _LEVEL_WORDS or len(agency) == 1 and agency in LEVEL_CHARS
                      # (集团党委书记: the unit's own committee; 集团党组书记 is 集团's 党组书记, a post of the body)
                      or agency in _BARE_UNITS and (party[1] != "党组" or agency in _BARE_UNITS_BEFORE)
                      or party[1] == "党委" and (_is_commission(agency) or _FARM.search(agency) or _MINE.search(agency))
                      # 某某有限公司党支部书记, 某林场党支部书记: a grassroots unit's Party branch, a body of its own
                      or party[1] in ("党支部", "党总支") and _BRANCH_LED.search(agency)
                      or party[1] == "党工委" and _ZONE.fullmatch(agency)):  # (某市某某经济技术开发区党工委: a zone's, of any length)
            agency, title = agency + party[1], party[2]  # 观音镇党委书记, 区党工委书记: the area's Party committee
        elif party and not agency and party[1] in ("党支部", "党总支") and _BRANCH_LED.search(prev_agency or ""):
            agency, title = prev_agency + party[1], party[2]  # 某林场场长、党支部书记: the branch of the unit just named
        elif party and not agency and area_of(prev_agency):
            # 区党工委书记甲，党工委副书记乙: the Party committee of the area the item before named
            agency, title = of_body(prev_agency, title)
        elif party and not agency and party[1] == "党工委" and (not prev_agency or prev_agency in _ZONE_GOVERNMENTS):
            # 党工委副书记 in a street's own list, 管委会主任、党工委副书记 in a zone's: the body as printed
            agency, title = party[1], party[2]
        elif party and not agency and not prev_agency and party[1] == "党委" and (region in ("镇", "乡") or town):
            # 党委副书记、镇长甲 (a town's leaders, or any list in a town's own notice): the town's Party committee
            agency, title = (region if region in ("镇", "乡") else town[1]) + "党委", party[2]
        elif party and not agency and not prev_agency and party[1] == "党委":
            agency, title = party[1], party[2]  # 组长：甲　党委书记 (a school's or a unit's own list): its committee, as printed
        own = _OWN_COMMITTEE.match(title) if _COMMITTEE_LED.search(agency) else None
        if own:
            agency, title = agency + own[1], own[2]  # 县人武部党委第一书记, 一二六团党委委员: the unit's own Party committee
        organs = re.match(r"^机关党委(?=.)", title)
        if organs and agency:
            agency, title = agency + organs[0], title[organs.end():]  # 厅机关党委副书记: the body's organs' own Party committee
        elif organs and not prev_agency:
            agency, title = organs[0], title[organs.end():]  # 机关党委专职副书记 in a body's own list: its committee, as printed
        if title.endswith(GOV_HEAD_ASSISTANTS) and (not agency or REGION_END_RE.fullmatch(agency)):
            # 省长助理: an assistant to the head of a government serves that government
            agency = gov_head_agency(title[:-2], agency) or agency
        if agency == "国家" and title in ("主席", "副主席"):
            agency = "中华人民共和国"  # 国家主席: the head of state
        if agency in ("政府", "人民政府") and title.endswith(GOV_HEAD_CORES):
            agency = ""  # 政府副旗长: the head of the government of the notice's own level
        elif agency in ("政府", "人民政府", "政府办", "政府办公室") and region[:1] in LEVEL_CHARS and len(region) == 1:
            agency = region + "人民政府" + ("办公室" if agency.startswith("政府办") else "")  # 政府办主任
        head = title.endswith(GOV_HEAD_CORES)
        own = re.match(rf"^(.+?{title[-2]})(?:人民政府|政府)", prev_agency) if head and not agency and prev_agency else None
        if head and not agency and prev_agency and _level_of(prev_agency).endswith(title[-2]):
            # 莲池区委副书记、区长 -> 莲池区人民政府 (中共西宁市委书记、市长: the Party's name is no part of the government's)
            agency = re.sub(r"^(?:中共|中国共产党)", "", _level_of(prev_agency)) + "人民政府"
        elif own:
            agency = own[1] + "人民政府"  # 泉州市人民政府副市长、代理市长 (泉州 is no 州)
        elif head and re.fullmatch(r"[\u4e00-\u9fff]{1,3}州", agency) and title[-2] in "市省":
            agency = gov_head_agency(title, agency + title[-2]) or agency  # 海州市长, 贵州省长: 州 of the name, the level printed once
        elif head and (not agency or REGION_END_RE.fullmatch(agency)):
            agency = gov_head_agency(title, agency) or agency or prev_agency
        elif head and title[-2] in LEVEL_CHARS and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", agency) \
                and not AGENCY_END_RE.search(agency) and agency[-1] not in LEVEL_CHARS:
            agency = gov_head_agency(title, agency + title[-2]) or agency  # 重庆市长: the level printed once
        elif not agency and title.endswith("专员") and _PREFECTURE_PARTY.match(prev_agency or ""):
            # 黑河地委常委、副专员: a bare commissioner after the prefecture's Party committee heads its 专员公署
            agency = _PREFECTURE_PARTY.match(prev_agency)["place"] + "专员公署"
        elif not agency:
            if not prev_agency or prev_agency == "党委" and not _COMMITTEE_POST.search(title):
                continue  # (党委副书记、校长: the unit whose committee is printed bare is not named, nor its head's)
            court = re.match(rf"({_COURT_NAME})(?P<unit>审判委员会|检察委员会|[\u4e00-\u9fff]{{0,10}}?庭)$", prev_agency)
            # 副院长、审判委员会委员、审判员; 审判委员会委员、副院长、代理院长: the court's own posts after its committee
            of_court = court and (title in ("审判员", "检察员") or court["unit"].endswith("委员会") and not title.endswith("委员"))
            agency = court[1] if of_court else prev_agency
            village = re.match(r"^(.+?(?:村|社区|居委会))(?:党委|党总支|党支部)$", prev_agency)
            if village and title.endswith("主任"):
                agency = village[1]  # 某村党总支书记、主任: a Party branch has no 主任, the village committee has
            unit = re.match(r"^(.+?)(?:党委|黨委|党支部|党总支)$", prev_agency)
            if unit and (_COMMITTEE_LED.search(unit[1]) or unit[1] in _BARE_UNITS or _is_commission(unit[1])
                         or _BRANCH_LED.search(unit[1]) or _FARM.search(unit[1])) \
                    and not _COMMITTEE_POST.search(title):
                agency = unit[1]  # 一二六团党委委员、副团长, 师党委副书记、师长: the unit's head, not its committee's
            street = re.match(r"^(.*?街道)(?:党工委|工委)$", prev_agency)
            if street and title.endswith("主任"):
                agency = street[1] + "办事处"  # 街道党工委委员、副主任: a working committee has no 主任, the street's office has
        elif prev_agency and not has_own_prefix(agency, places):
            agency = _inherit(agency, prev_agency)
            term = term or (prev_term if _CONGRESS_OF.match(agency) else None)  # (the term of the congress before)
        elif prev_agency and region and agency[:1] in LEVEL_CHARS and agency[0] != region[-1] \
                and len(_level_of(prev_agency)) > 1 and _level_of(prev_agency).endswith(agency[0]) \
                and not agency.startswith(("市场", "市政")):
            # a city's notice: 樊城区委常委、区人民政府副区长 -> 樊城区人民政府 (区 is not the notice's own level)
            agency = _level_of(prev_agency) + agency[1:]
        # (otherwise an item with its own level keeps it as printed: a county's report of 某县委副书记、县政府县长
        # means its own 县人民政府, and a page without an issuer names the level its readers know)
        if not agency:
            continue
        if alias and alias[0] not in LEVEL_CHARS and agency[:1] in LEVEL_CHARS:
            alias = agency[0] + alias  # 市文化和旅游局(文物局) -> 市文物局
        posts.append(Post(agency=agency, title=title, span=(s, s + len(piece)), alias=alias, term=term))
        prev_agency, prev_term = agency, term
    return tuple(posts)
