"""Personnel decisions of round 33: a ministry's act reported right after its name (某部任命甲为…), several people
removed from a bare title named earlier on the line, a page number left inside a notice without line breaks, a
start date that names the people it dates, a table drawn with full-width bars, a resignation accepted from a
holder named after their posts. Each case is a short made-up notice in the general form."""
from __future__ import annotations

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def facts(text: str, kinds=(Appointment, Removal)) -> list:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return [f for f in nf.facts if type(f) in kinds]


def rows(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in facts(text, kinds))


def test_ministry_appoints_with_no_comma_after_its_name():
    """教育部任命甲为某大学常务副校长(正局级)，乙、丙为副校长 and 某部党组任命丁为…常委: the act right after the body;
    免去戊、己的常务副校长职务: the bare title is the post of that title named earlier on the line."""
    text = ("本报讯 3月2日,教育部任命周平为江南大学常务副校长(正局级),吴敏、郑和为副校长。因年龄原因,免去何平、"
            "孙立的常务副校长职务。同日,教育部党组任命吴敏为中共江南大学委员会常委。\n"
            "全校干部大会在礼堂举行。\n")
    assert rows(text) == sorted([
        ("appointment", "周平", "江南大学", "常务副校长"), ("appointment", "吴敏", "江南大学", "副校长"),
        ("appointment", "郑和", "江南大学", "副校长"), ("appointment", "吴敏", "中共江南大学委员会", "常委"),
        ("removal", "何平", "江南大学", "常务副校长"), ("removal", "孙立", "江南大学", "常务副校长")])


_ONE_LINE = ("某县人民政府文件某政干〔2009〕3号某县人民政府关于周平等同志职务任免的通知各乡、镇人民政府，县政府各部门："
             "经县政府研究决定：周平任县水利局局长（试用期一年），免去其县林业局副局长职务；吴敏任县审计局副局长；"
             "郑和任县商务局局长，聘期三年；-1-免去何平的县民政局局长职务，退休。周平、郑和同志任职时间从2009年5月起算。"
             "二〇〇九年五月六日主题词：人事任免通知-2-")


def test_page_number_inside_a_notice_on_one_line():
    """…聘期三年；-1-免去甲的…职务: the page's number before the item is no part of it."""
    assert ("removal", "何平", "县民政局", "局长") in rows(_ONE_LINE)


def test_start_date_naming_whom_it_dates():
    """甲、乙同志任职时间从2009年5月起算: the start of those two people's appointments, not of the others'."""
    got = {(f.person, f.post.title): f.start for f in facts(_ONE_LINE, (Appointment,))}
    assert str(got[("周平", "局长")]).startswith("2009-05") and str(got[("郑和", "局长")]).startswith("2009-05")
    assert got[("吴敏", "副局长")] is None


def test_table_drawn_with_full_width_bars():
    """姓　名｜任　职｜免　职 rows, an empty cell a full-width space: the column says appointed or removed."""
    text = ("某县人民政府关于周平等同志职务任免的通知\n\n某政人〔1998〕2号\n\n各乡镇人民政府，县政府各部门：\n"
            "　　经县政府常务会议研究，决定对下列同志职务予以任免：\n\n"
            "姓　名｜任　职｜免　职\n周　平｜县水利局局长｜县林业局副局长\n吴敏（女）｜县审计局副局长｜　\n"
            "郑和｜　｜县商务局局长（退休）\n\n某县人民政府\n一九九八年三月二日\n")
    assert rows(text) == sorted([
        ("appointment", "周平", "县水利局", "局长"), ("removal", "周平", "县林业局", "副局长"),
        ("appointment", "吴敏", "县审计局", "副局长"), ("removal", "郑和", "县商务局", "局长")])


def test_resignation_of_a_holder_named_after_the_posts():
    """接受县人民政府副县长甲某辞去副县长职务的请求: the bare title left is the post printed before the name."""
    text = ("某县人民代表大会常务委员会任免名单\n\n一、任命：\n周平为县水利局局长。\n\n"
            "二、接受县人民政府副县长郑和辞去副县长职务的请求。\n")
    assert ("removal", "郑和", "县人民政府", "副县长") in rows(text)


def test_seat_revoked_from_a_national_committee_member():
    """撤销甲某政协第N届全国委员会委员资格: a removal from that seat (the national committee named by its term)."""
    text = ("全国政协举行主席会议\n\n本报北京3月1日电 会议审议通过关于撤销周平政协第十二届全国委员会委员资格的决定。"
            "会议还审议通过了其他人事事项。\n")
    assert ("removal", "周平", "政协第十二届全国委员会", "委员") in rows(text)


def test_staff_director_qualification_ended():
    """终止甲某集团职工董事的任职资格: the seat the staff elect (职工董事), 职工 part of the title."""
    text = ("湘江集团召开职工代表大会\n\n本报讯 大会表决终止周平湘江集团有限公司职工董事的任职资格。"
            "大会补选工会委员会委员3人。\n")
    assert ("removal", "周平", "湘江集团有限公司", "职工董事") in rows(text)
