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


RULES = "某市人民代表大会常务委员会任免工作办法\n\n第一条　为规范任免工作，制定本办法。\n"


def test_a_congress_working_committee_is_a_body_given_its_duty():
    """``市人大常委会法制工作委员会负责…``: a working committee (工作委员会) is a body, not a sentence's 工作."""
    text = RULES + ("第四条　市人大常委会选举任免联络工作委员会负责任免议案的受理；市人大常委会办公室负责任命书的制作；"
                    "市人大常委会法制工作委员会负责任免程序的审核。\n")
    assert rows(text) == {
        ("负责任免议案的受理", "responsible", "市人大常委会选举任免联络工作委员会"),
        ("负责任命书的制作", "responsible", "市人大常委会办公室"),
        ("负责任免程序的审核", "responsible", "市人大常委会法制工作委员会")}


def test_a_collective_of_localities_given_its_duty_beside_named_bodies():
    """``各地、市体改部门负责…`` (the prefectures and cities' bodies) is one collective body, as printed."""
    text = RULES.replace("任免工作", "股份合作制") + (
        "第七条　省体改委负责全省改革的指导；省农业厅负责行业管理；各地、市体改部门负责本地区试点的组织实施。\n")
    assert ("负责本地区试点的组织实施", "responsible", "各地、市体改部门") in rows(text)


def test_a_county_bureau_labels_its_sections_as_gushi():
    """``牵头股室：局甲股；配合股室：局乙股、县某公司`` — a county bureau's sections (股室) labelled like 科室."""
    text = PLAN + "（一）抓好企业技术改造。牵头股室：局企管股；配合股室：局计财股、县物资公司。\n"
    assert rows(text) == {("抓好企业技术改造", "lead", "局企管股"), ("抓好企业技术改造", "support", "局计财股"),
                          ("抓好企业技术改造", "support", "县物资公司")}


def test_an_order_numbered_in_chinese_numerals_is_cited():
    """``《某法》（中华人民共和国主席令第七十六号）``: an older order's number in Chinese numerals, as printed."""
    from govkg.facts import Citation
    text = RULES + "第二条　根据《中华人民共和国乡镇企业法》（中华人民共和国主席令第七十六号）制定。\n"
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert {(c.title, c.number) for c in got.of(Citation)} == {("中华人民共和国乡镇企业法", "中华人民共和国主席令第七十六号")}
