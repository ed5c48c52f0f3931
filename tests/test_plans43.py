"""Plans as real pages print them (round 43): a phone page's task table turned to one line a row of ``label：value``
fields set apart by blanks, a cell's second line of bodies below its row."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


def test_a_phone_page_row_of_fields_apart_by_blanks():
    """``序号：1　工作任务：…　完成时限：…　牵头单位：…　配合单位：…`` one line a row: each role field assigns the
    row's task; a line holding only bodies under a row goes on with its last cell; a placeholder (—) gives no row."""
    text = ("某县林业局关于印发《2015年油茶产业发展工作方案》的通知\n某林发〔2015〕7号\n"
            "2015年油茶产业发展工作方案\n一、任务分解（表格已转为逐条显示）\n"
            "序号：1　工作任务：建设油茶示范基地　完成时限：6月底前　牵头单位：县林业局造林股　配合单位：各乡镇林业站\n"
            "序号：2　工作任务：开展油茶技术培训　完成时限：全年　牵头单位：县林业科技推广站　配合单位：县农广校\n"
            "县林业局营林股\n"
            "序号：3　工作任务：落实油茶苗木补助　完成时限：9月底前　牵头单位：县林业局计财股　配合单位：—\n"
            "二、保障措施\n（一）加强领导。县林业局造林股负责日常调度。\n")
    assert rows(text) == {
        ("建设油茶示范基地", "lead", "县林业局造林股"), ("建设油茶示范基地", "support", "各乡镇林业站"),
        ("开展油茶技术培训", "lead", "县林业科技推广站"), ("开展油茶技术培训", "support", "县农广校"),
        ("开展油茶技术培训", "support", "县林业局营林股"), ("落实油茶苗木补助", "lead", "县林业局计财股")}
