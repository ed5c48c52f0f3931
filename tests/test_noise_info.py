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


@pytest.mark.parametrize("table", [
    # info_unknown: rows under labels the reader has no word for (公开目录, 文件类型, 所属主题…) among the known ones; a
    # kind word for a value (文件类型：通知) is no title, and the rows of the block do not push the notice's own title
    # out of reach
    "索引号：11500000MB12345/2024-00007\n文件类型：通知\n公开目录：政府文件\n所属主题：政策文件\n统一登记号：XXDR-2024-00007\n"
    "主题分类：人事\n发布机构：某市人民政府\n公开形式：主动公开\n成文日期：2024-03-05\n公文种类：通知\n"
    "文号：某政任〔2024〕7号\n信息类别：综合政务\n发布日期：2024-03-06\n有效性：有效\n文件状态：有效\n",
    # info_spaced: two pairs a line, single spaces for the colons, some labels unknown, a row of unknown labels alone
    "索引号 11500000MB12345/2024-00007 公开目录 政府文件\n主题分类 人事 发布机构 某市人民政府\n"
    "公开形式 主动公开 文件类型 通知\n成文日期 2024-03-05 文号 某政任〔2024〕7号\n发布日期 2024-03-06 15:27:26 有效性 有效\n"
    "所属主题 政策文件\n",
    # info_rows: two pairs a row as | cells, colons in the label cells, unknown labels among them
    "索引号： | 11500000MB12345/2024-00007 | 公开目录： | 政府文件 |\n发布机构： | 某市人民政府 | 文件类型： | 通知 |\n"
    "成文日期： | 2024-03-05 | 文号： | 某政任〔2024〕7号 |\n公开形式： | 主动公开 | 发布日期： | 2024-03-06 |\n",
    # info_stacked: the table one cell a line, each label alone with no colon over its value, some labels unknown
    "索引号\n11500000MB12345/2024-00007\n信息状态\n现行有效\n主题分类\n人事\n发布机构\n某市人民政府\n成文日期\n2024-03-05\n"
    "公开目录\n政府文件\n所属主题\n政策文件\n公开形式\n主动公开\n文号\n某政任〔2024〕7号\n发布日期\n2024-03-06\n"
    "有效性\n有效\n统一登记号\nXXDR-2024-00007\n公文种类\n通知\n",
])
def test_info_table_with_unknown_labels(table):
    assert _row(table + "\n" + _NOTICE) == _ROW


def test_a_masthead_beside_the_block_is_no_row():
    """A red header's masthead (某市人民政府文件, or spread as 某市人民政府 文件) right under the block is no row of it: the
    issuer and title still come from the notice."""
    text = "成文日期：2024-03-05\n文件类型：通知\n某市人民政府 文件\n" + _NOTICE.split("\n", 1)[1]
    assert _row(text) == _ROW


def test_a_title_wrapped_before_its_inner_guanyu_goes_on_where_the_block_says_so():
    """A title that cites another 关于… and wraps before it (某办公厅关于落实某某 / 关于某某若干意见有关分工的通知): the
    block's own title says the lines are one title, not the title printed again."""
    title = "某市人民政府办公室关于落实市委市政府关于加快农业发展若干意见有关措施分工的通知"
    text = (f"标题：{title}\n发布机构：某市人民政府办公室\n成文日期：2024-02-23\n文号：某政办函〔2024〕31号\n"
            + "\n".join(f"主题{k}：农业" for k in "一二三四五六七八九十") + "\n"
            "某市人民政府办公室关于落实市委市政府\n关于加快农业发展若干意见有关措施分工的通知\n某政办函〔2024〕31号\n"
            "各县（区）人民政府，市政府各部门：\n现将有关措施分工通知如下。\n某市人民政府办公室\n2024年2月23日\n")
    assert document(text).title == title


def test_the_issuer_line_under_a_spaced_block_stays_the_titles():
    """A block's last row of two words (有效性 有效) is no label alone over a value: the issuer's name printed on its own
    line under it (某市人民政府 / 关于…的通知) still opens the title."""
    text = ("索引号 11500000MB12345/2024-00007 公开目录 政府文件\n文号 某政任〔2024〕7号 公文种类 通知\n有效性 有效\n"
            "某市人民政府\n关于甲某等同志职务任免的通知\n某政任〔2024〕7号\n" + _NOTICE.split("通知\n", 1)[1])
    assert _row(text) == _ROW
