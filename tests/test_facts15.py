"""Facts15: reports of a body hiring people to one post (counsellors, legal advisers), and released lists of
postings a report copies (an enterprise's leaders: 甲任…；乙任…). Made-up text only (other names, bodies and
places than any corpus page)."""
from __future__ import annotations

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def people(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


def test_a_body_before_the_verb_and_a_list_after_有():
    text = ("东川市举行政府参事聘任仪式\n本报讯 昨天上午,东川市人民政府参事聘任仪式举行,新聘任3人为市政府参事。\n"
            "市政府聘任的参事有:郑和平、冯立新、陈小燕等3人。\n")
    assert [r for r in people(text) if r[0] == "appointment"] == [
        ("appointment", "冯立新", "市人民政府", "参事"), ("appointment", "郑和平", "市人民政府", "参事"),
        ("appointment", "陈小燕", "市人民政府", "参事")]


def test_a_list_after_是_with_the_full_body():
    text = "北塘县政府参事受聘\n8月3日,北塘县人民政府聘请的参事是:韩文斌、罗志刚。\n"
    assert people(text) == [("appointment", "罗志刚", "北塘县人民政府", "参事"),
                            ("appointment", "韩文斌", "北塘县人民政府", "参事")]


def test_new_and_renewed_hires_take_the_body_the_ceremony_names():
    text = ("2019年东川市政府参事聘任仪式今天举行。市长为9位新聘、续聘参事颁发聘书。"
            "此次新聘参事为郑和平、冯立新,来自经济、教育等领域。续聘参事为陈小燕、韩文斌。")
    got = [r for r in people(text) if r[0] == "appointment"]
    assert got == [("appointment", n, "东川市人民政府", "参事") for n in sorted(["郑和平", "冯立新", "陈小燕", "韩文斌"])]


def test_people_hired_with_their_count_and_no_等():
    text = ("东川市举行第三批政府参事聘任仪式\n本报讯 5月6日,东川市政府举行第三批政府参事聘任仪式,郑和平、冯立新、陈小燕"
            "3人被聘任为东川市政府参事,至此,我市共聘任了11名政府参事。\n")
    assert [r for r in people(text) if r[0] == "appointment"] == [
        ("appointment", n, "东川市人民政府", "参事") for n in sorted(["郑和平", "冯立新", "陈小燕"])]


def test_a_running_total_of_hires_names_nobody():
    text = "东川市参事工作综述\n本报讯 至此,我市共聘任了11名政府参事,目前现任参事有10名。\n"
    assert people(text) == []


_RELEASE = ("某部:郑和平任南江电力集团有限公司党委书记、董事长\n"
            "6月2日,某部官网发布南江电力集团有限公司领导人员情况。\n"
            "郑和平任南江电力集团有限公司党委书记、董事长;冯立新任南江电力集团有限公司党委副书记、董事,"
            "提名为南江电力集团有限公司总经理人选;提名韩文斌为南江电力集团有限公司副总经理人选;"
            "陈小燕任南江电力集团有限公司党委常委。\n")


def test_a_released_list_of_postings_in_a_news_report():
    assert people(_RELEASE) == [
        ("appointment", "冯立新", "南江电力集团有限公司", "党委副书记"),
        ("appointment", "冯立新", "南江电力集团有限公司", "董事"),
        ("appointment", "郑和平", "南江电力集团有限公司", "党委书记"),
        ("appointment", "郑和平", "南江电力集团有限公司", "董事长"),
        ("appointment", "陈小燕", "南江电力集团有限公司", "党委常委")]


def test_one_posting_in_a_career_sentence_is_no_list():
    text = ("南江电力集团召开干部大会\n6月2日,南江电力集团召开干部大会。郑和平任南江电力集团有限公司董事长,"
            "此前曾在多家企业工作。\n")
    assert [r for r in people(text) if r[0] == "appointment"] == []


def members(text: str) -> list[tuple[str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) is Position)


_TOWN = ("为做好全乡秋冬季森林防火工作,决定成立青石乡森林防火工作专班,现将有关事项通知如下:\n一、专班组成\n"
         "组长:郑和平 乡党委副书记、乡长\n副组长:冯立新 乡党委副书记\n成员:陈小燕 乡应急办主任\n二、主要职责\n"
         "负责全乡森林防火工作的组织协调。\n")


def test_a_townships_posts_in_a_group_it_names_take_its_name():
    assert members(_TOWN) == [("冯立新", "青石乡党委", "副书记"), ("郑和平", "青石乡人民政府", "乡长"),
                              ("郑和平", "青石乡党委", "副书记"), ("陈小燕", "青石乡应急办", "主任")]


def test_a_townships_own_notice_keeps_its_posts_as_printed():
    text = "青石乡人民政府\n关于成立青石乡森林防火工作专班的通知\n各村委会:\n" + _TOWN + "青石乡人民政府\n2021年10月8日\n"
    got = members(text)
    assert ("冯立新", "青石乡党委", "副书记") not in got
