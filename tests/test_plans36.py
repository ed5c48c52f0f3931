"""Task assignments as plans print them (round 36, helper b): a task table's cell of bodies broken after a list
mark onto a row of its own (the table going on over a page, 续表 and its header again), and an item's units on a
line of their own after its sub-items (（X负责） / 由X牵头，Y配合。 / 本項由X牽頭，Y配合。): the item's, not its last
sub-item's."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, source: str = "inline.txt") -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source=source, index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HEAD = "青溪县人民政府办公室关于印发青溪县集镇提升行动方案的通知\n青政办〔2022〕7号\n各乡镇人民政府，县直各单位：\n"
TABLE_HEAD = "附件\n青溪县集镇提升行动任务分工表\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
ROW_1 = "1\t改造集镇供水管网\t更换老旧管道30公里\t县水利局\t县财政局、县住房城乡建设局、\t2023年底\n"
ROW_2 = "2\t整治集镇街道立面\t统一店招店牌\t县住房城乡建设局\t县市场监管局\t2022年底\n"
ROW_1_TASK = "改造集镇供水管网"


@pytest.mark.parametrize("between", [
    "—1—\n续表\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n",  # the table goes on over a page
    "",  # the row broken in place
], ids=["over-a-page", "in-place"])
def test_a_cell_of_bodies_broken_after_a_list_mark_goes_on_in_a_row_of_its_own(between):
    """``1 | 某任务 | 县甲局 | 县乙局、县丙局、 | 2023年底`` and, after the page's number, 续表 and the header again
    (or at once), a row whose only cell is ``各乡镇人民政府、县供水公司``: the rest of the row's 配合 cell; a body
    alone after a row whose cells are closed is none of its cells."""
    text = HEAD + TABLE_HEAD + ROW_1 + between + "\t\t\t\t各乡镇人民政府、县供水公司\t\n" + ROW_2 + "县交通运输局\n"
    got = run(text)
    assert not any(agency == "县交通运输局" for _, _, agency in got)
    assert {(ROW_1_TASK, "support", "各乡镇人民政府"), (ROW_1_TASK, "support", "县供水公司"),
            (ROW_1_TASK, "lead", "县水利局"), ("整治集镇街道立面", "support", "县市场监管局")} <= got
    assert not any(agency == "县供水公司" and task != ROW_1_TASK for task, _, agency in got)


PLAN = "青溪县人民政府办公室关于印发青溪县茶叶产业发展实施方案的通知\n青政办〔1998〕4号\n一、主要任务\n"


@pytest.mark.parametrize("units, rows", [
    ("（县农技推广站负责）", {("推广茶园标准化管理", "responsible", "县农技推广站")}),
    ("由县农业局牵头，县林业局、各乡（镇）人民政府配合。",
     {("推广茶园标准化管理", "lead", "县农业局"), ("推广茶园标准化管理", "support", "县林业局"),
      ("推广茶园标准化管理", "support", "各乡(镇)人民政府")}),
    ("本项由县农业局牵头，县科协配合。",
     {("推广茶园标准化管理", "lead", "县农业局"), ("推广茶园标准化管理", "support", "县科协")}),
], ids=["bracketed", "led-by", "this-item"])
def test_units_alone_after_sub_items_are_the_items(units, rows):
    """``2.推广茶园标准化管理。`` over ``①…；②推行茶园病虫害统防统治。`` and then a line of its units alone: the
    units of the item, not of its last sub-item."""
    text = PLAN + ("1.建设良种茶苗圃。在东山乡建设茶苗圃200亩。（县林业局负责）\n2.推广茶园标准化管理。\n"
                   "①全年改造低产茶园5000亩；\n②推行茶园病虫害统防统治。\n" + units + "\n"
                   "3.培育茶叶龙头企业。扶持建设精制茶厂2家。（县乡镇企业局负责）\n")
    got = run(text)
    assert rows <= got
    assert not any(task.startswith("推行") for task, _, _ in got)
    assert ("建设良种茶苗圃", "responsible", "县林业局") in got


def test_units_alone_after_sub_items_in_traditional_script():
    """A plan printed in traditional characters: ``本項由縣科技局牽頭，縣商務局配合。`` after (1) (2) sub-items
    names the units of the item above them, its heading the task."""
    text = ("青溪縣人民政府辦公室關於印發青溪縣花炮產業升級實施方案的通知\n青府辦發〔2012〕9號\n二、主要任務\n（一）提升安全水平\n"
            "1.推廣機械化生產。\n（1）推廣自動裝藥機械，三年內全面推行；\n（2）推廣自動封口機械，每年組織一次推介會。\n"
            "本項由縣科技局牽頭，縣商務局配合。\n2.強化從業人員培訓。持證上崗率達到100%。（縣安全生產監督管理局負責）\n")
    got = run(text)
    assert {("推廣機械化生產", "lead", "縣科技局"), ("推廣機械化生產", "support", "縣商務局")} <= got
    assert not any(task.startswith("推廣自動") for task, _, _ in got)
