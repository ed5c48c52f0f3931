"""Page noise of the class glued_cells (tests/noise.py): a task table copied out of a document viewer or a 文库
preview that lost every cell and row separator (序号重点任务牵头单位配合单位完成时限1某任务某局某局、某局2024年6月底前2…),
on one line, cut into lines anywhere, or cut into a preview's chunks (2、…). The header tells the columns, a row
opens with the next number, a deadline closes it, bodies' names tell the cells of units apart; a row that cannot be
told apart gives nothing. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from helpers import assignments

_HEAD = "某县人民政府办公室关于印发某县人居环境整治方案的通知\n\n各乡镇人民政府，县政府各部门：\n　　现将方案印发给你们，请认真贯彻执行。\n\n附件\n\n某县人居环境整治任务分工表\n\n"
_TABLE = ("序号重点任务牵头单位配合单位完成时限1整治村庄垃圾积存点县综合执法局各乡镇人民政府、县农业农村局2024年6月底前"
          "2推进污水管网建设县住房和城乡建设局县生态环境局、县财政局2024年12月3开展河塘清淤行动县水利局县农业农村局长期坚持")
_ROWS = {("整治村庄垃圾积存点", "lead", "县综合执法局"), ("整治村庄垃圾积存点", "support", "各乡镇人民政府"),
         ("整治村庄垃圾积存点", "support", "县农业农村局"), ("推进污水管网建设", "lead", "县住房和城乡建设局"),
         ("推进污水管网建设", "support", "县生态环境局"), ("推进污水管网建设", "support", "县财政局"),
         ("开展河塘清淤行动", "lead", "县水利局"), ("开展河塘清淤行动", "support", "县农业农村局")}


def _cut(text: str, width: int, chunks: bool) -> str:
    pieces = [text[i: i + width] for i in range(0, len(text), width)]
    return "\n".join(f"{n}、{p}" if chunks else p for n, p in enumerate(pieces, 1))


@pytest.mark.parametrize("table", [_TABLE, _cut(_TABLE, 23, False), _cut(_TABLE, 31, True), _cut(_TABLE, 9, False)])
def test_a_glued_task_table_gives_its_rows(table):
    assert assignments(_HEAD + table + "\n") == _ROWS


@pytest.mark.parametrize("table, rows", [
    # two columns of a task (its content, then its target): the task is the first clause of the content;
    # one column of units, set apart by 、 and ， after the target's last sentence; an empty 备注 after them (the
    # last row, with no deadline to close it, gives nothing: the text after it may be the notice's)
    ("序号工作内容目标任务责任单位备注1加强垃圾分类宣传，引导群众参与。年底前知晓率达90%以上。县委宣传部、县城管局，各乡镇人民政府"
     "2完善回收利用体系，推进循环经济发展。年底前建成回收体系。县商务局，各乡镇人民政府",
     {("加强垃圾分类宣传", "responsible", "县委宣传部"), ("加强垃圾分类宣传", "responsible", "县城管局"),
      ("加强垃圾分类宣传", "responsible", "各乡镇人民政府")}),
    # the first row's support cell opens with a place's name: lead and support cannot be told apart, that row gives
    # nothing, the next one is read
    ("序号重点任务牵头单位配合单位完成时限1规范城区占道经营县综合执法局某某市公安局某县分局、县市场监管局持续推进"
     "2加强宣传引导县委宣传部县融媒体中心、县直各部门2024年9月底前",
     {("加强宣传引导", "lead", "县委宣传部"), ("加强宣传引导", "support", "县融媒体中心"), ("加强宣传引导", "support", "县直各部门")}),
    # a task's name beside its content: the two cells cannot be told apart, the table gives nothing
    ("序号任务名称目标内容主要责任单位完成期限1习惯培养落实垃圾分类联动机制，组织党员参与。县委组织部、各乡镇全年", set()),
    # a support cell left empty: which column is empty cannot be told
    ("序号重点任务牵头单位配合单位完成时限1整治村庄垃圾积存点县综合执法局2024年6月底前", set()),
])
def test_a_glued_row_is_read_only_where_its_cells_are_told_apart(table, rows):
    assert assignments(_HEAD + table + "\n") == rows
