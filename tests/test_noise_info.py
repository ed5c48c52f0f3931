"""Page noise of the info-table classes (tests/noise.py: info_cells and the variants real pages show): the
document row of a notice comes out right whatever the shape of the government-information table copied
above it. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from helpers import document

_NOTICE = ("某市人民政府文件\n某政任〔2024〕7号\n某市人民政府关于甲某等同志职务任免的通知\n"
           "各县（区）人民政府，市政府各部门：\n经市政府研究决定：\n任命甲某为某市财政局局长；\n免去乙某的某市财政局副局长职务。\n"
           "某市人民政府\n2024年3月5日\n")
_ROW = ("某政任〔2024〕7号", "某市人民政府关于甲某等同志职务任免的通知", "某市人民政府", "2024-03-05", "personnel")


def _row(text: str) -> tuple:
    d = document(text)
    return d.number, d.title, d.issuer, d.signed, d.kind


@pytest.mark.parametrize("table", [
    # info_cells: the whole table one line of | cells, each label and each value a cell of its own (the line is
    # long and holds a 文号 and spaces after colons: still one row of cells, not a flattened text to re-line)
    "| 索引号 | 11500000MB12345/2024-00007 | 主题分类 | 人事 | 发布机构 | 某市人民政府 | 成文日期 | 2024-03-05 | "
    "名称 | 某市人民政府关于甲某等同志职务任免的通知 | 文号 | 某政任〔2024〕7号 | 发布日期 | 2024-03-06 | 有效性 | 有效 |",
    # the same without the outer bars, the labels with colons
    "索引号： | 11500000MB12345/2024-00007 | 主题分类： | 人事 | 发布机构： | 某市人民政府 | 成文日期： | 2024-03-05 | "
    "名称： | 某市人民政府关于甲某等同志职务任免的通知 | 文号： | 某政任〔2024〕7号 | 发布日期： | 2024-03-06 |",
])
def test_info_table_as_cells(table):
    assert _row(table + "\n" + _NOTICE) == _ROW
