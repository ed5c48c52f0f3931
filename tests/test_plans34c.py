"""Task assignments as plans print them (round 34, helper g): a table cell that marks each role itself
(牵头：X<br/>配合：Y / 牵头：X；配合：—) beside a 牵头领导 column, an association printed short (县科协), and a
closing sentence naming a 工作站."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, source: str = "inline.txt") -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source=source, index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HTML = ("<html><body><p align=center>青川县人民政府办公室关于印发河道整治方案的通知</p><p>青政办〔2019〕12号</p>"
        "<p>各乡镇人民政府：</p><p>　　二、主要任务及责任分工</p>")


def test_a_cell_with_both_roles_parted_by_a_break():
    """``牵头：甲局<br/>配合：乙局、丙局`` in one 责任单位 cell: lead and support, not all responsible;
    ``配合：—`` names nobody; two leads in one cell both lead."""
    html = HTML + ("<table border=1><tr><td>序号</td><td>工作任务</td><td>完成时限</td><td>责任单位</td></tr>"
                   "<tr><td>1</td><td>清理河道垃圾</td><td>2019年6月</td><td>牵头：县水务局<br />配合：县环保局、县农业局</td></tr>"
                   "<tr><td>2</td><td>新建护岸</td><td>每年</td><td>牵头：县交通局<br />配合：—</td></tr>"
                   "<tr><td>3</td><td>栽植护堤林</td><td>2019年6月</td><td>牵头：县林业局、县水务局<br />配合：各乡镇人民政府</td></tr>"
                   "</table></body></html>")
    assert run(html, "inline.html") == {
        ("清理河道垃圾", "lead", "县水务局"), ("清理河道垃圾", "support", "县环保局"), ("清理河道垃圾", "support", "县农业局"),
        ("新建护岸", "lead", "县交通局"),
        ("栽植护堤林", "lead", "县林业局"), ("栽植护堤林", "lead", "县水务局"), ("栽植护堤林", "support", "各乡镇人民政府")}


def test_a_cell_with_both_roles_parted_by_a_semicolon_beside_a_leaders_column():
    """``牵头：甲；配合：乙`` (a semicolon inside the cell is no sentence) beside a 牵头领导 column of persons;
    an association printed short (县科协) is a body."""
    html = HTML + ("<table border=1><tr><td>序号</td><td>重点任务</td><td>牵头领导</td><td>责任单位</td></tr>"
                   "<tr><td>1</td><td>清理河道垃圾</td><td>张三（副县长）</td><td>牵头：县水务局；配合：县环保局、县农业局</td></tr>"
                   "<tr><td>2</td><td>开展科普下乡</td><td>李四（县委常委、宣传部部长）</td><td>牵头：县科协、团县委；配合：—</td></tr>"
                   "</table></body></html>")
    assert run(html, "inline.html") == {
        ("清理河道垃圾", "lead", "县水务局"), ("清理河道垃圾", "support", "县环保局"), ("清理河道垃圾", "support", "县农业局"),
        ("开展科普下乡", "lead", "县科协"), ("开展科普下乡", "lead", "团县委")}


def test_a_closing_sentence_naming_a_work_station():
    """``镇甲站负责，镇乙工作站配合。`` closing an item: 工作站 is a body's name, not a clause naming work."""
    text = ("某镇人民政府关于印发村庄整治方案的通知\n某政发〔2024〕6号\n各村：\n二、重点任务\n"
            "    （一）清理村庄垃圾。在甲村开展垃圾清理。牵头单位：镇农业服务中心；配合单位：镇财政所。\n"
            "    （二）加强生活污水治理。在乙村开展试点。镇规划建设管理站负责，镇生态环境工作站配合。\n"
            "    （三）改造农村厕所。在丙村改厕。镇卫生院负责，镇财政所配合。\n三、工作要求\n")
    got = run(text)
    assert ("加强生活污水治理", "responsible", "镇规划建设管理站") in got
    assert ("加强生活污水治理", "support", "镇生态环境工作站") in got
