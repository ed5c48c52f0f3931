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
