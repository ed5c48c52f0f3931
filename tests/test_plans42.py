"""Plans as real pages print them (round 42): a gazette's two columns of task items the OCR read across, a table
printed column by column whose line breaks were lost, and a collective body (各村委会) listed before a named one."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


PLAN = "青川县2003年乡村道路硬化工程实施方案\n\n一、工作分工\n"


def test_two_columns_read_across_are_read_column_by_column():
    """Each OCR line holds the left column's line, a gap, the right column's line; an item wraps inside its column
    (the right column's ``负责，县丁局配合。`` ends the item opened on the line above, not the left one's)."""
    text = PLAN + (
        "（一）路线勘测。由县交通局牵头，　　　（三）路基施工。由各乡（镇）人民政府\n"
        "县国土局、县林业局配合。　　　　　　　负责，县交通局配合。\n"
        "（二）资金拨付。由县财政局牵头，　　　（四）竣工验收。由县交通局牵头，县审\n"
        "县发改委配合。　　　　　　　　　　　　计局、县监察局配合。\n"
        "\n二、保障措施\n")
    assert rows(text) == {
        ("路线勘测", "lead", "县交通局"), ("路线勘测", "support", "县国土局"), ("路线勘测", "support", "县林业局"),
        ("资金拨付", "lead", "县财政局"), ("资金拨付", "support", "县发改委"),
        ("路基施工", "responsible", "各乡(镇)人民政府"), ("路基施工", "support", "县交通局"),
        ("竣工验收", "lead", "县交通局"), ("竣工验收", "support", "县审计局"), ("竣工验收", "support", "县监察局")}


def test_a_column_table_whose_line_breaks_were_lost():
    """``工作任务 1.甲 2.乙 牵头单位 1.A 2.B 配合单位 1.C 2.—``, broken anywhere: cell n of each role column is
    the bodies of task n."""
    text = ("某市人民政府办公室关于印发2002年农业产业化工作任务分解表的通知\n某府办发〔2002〕9号\n"
            "现将分解表印发给你们。 2002年农业产业化工作任务分解表 工作任务\n"
            "1.培育龙头企业 2.建设生产基地\n3.发展农民合作组织 牵头单位 1.市农业局\n"
            "2.市林业局 3.市供销社 配合单位 1.市财政局、市工商局 2.市国土局 3.— 某市人民政府办公室\n"
            "2002年4月1日\n")
    assert rows(text) == {
        ("培育龙头企业", "lead", "市农业局"), ("建设生产基地", "lead", "市林业局"),
        ("发展农民合作组织", "lead", "市供销社"), ("培育龙头企业", "support", "市财政局"),
        ("培育龙头企业", "support", "市工商局"), ("建设生产基地", "support", "市国土局")}


def test_a_collective_body_before_a_named_one_is_two_bodies():
    """``各村委会、镇派出所配合`` (and traditional ``各村委會、鎮派出所``): the collective ends in its own body's word,
    so the named body after it is a body of its own."""
    text = PLAN + "一、组织收购。镇农技站牵头，各村委会、镇派出所配合。\n二、组织运输。鎮交通站牽頭，各村委會、鎮派出所配合。\n"
    got = rows(text)
    assert {("组织收购", "support", "各村委会"), ("组织收购", "support", "镇派出所"),
            ("组织运输", "support", "各村委會"), ("组织运输", "support", "鎮派出所")} <= got
