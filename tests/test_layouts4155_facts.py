"""What the blind corpora layouts41 to layouts55 still lost in the facts' readers (helper lfixc2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments

_HEAD = ("某区人民政府办公室关于印发某区2024年环境整治工作方案的通知\n某区政办〔2024〕3号\n各街道办事处，区直各部门：\n"
         "现将《某区2024年环境整治工作方案》印发给你们，请认真组织实施。\n某区人民政府办公室\n2024年3月1日\n"
         "某区2024年环境整治工作方案\n一、工作目标\n到年底，全区环境明显改善。\n")


# a list of projects flattened to one cell a line: the task column is 项目名称 (no column names a task), a row with no
# body to support leaves its 配合单位 cell empty, and a cell's second body goes on a line of its own
def test_flattened_project_list():
    text = _HEAD + ("附件\n2024年环境整治重点项目清单\n序号\n项目名称\n牵头单位\n配合单位\n"
                    "1\n某河道清淤工程\n区水利局\n区财政局\n"
                    "2\n某路口改造提升\n区交通局\n区公安分局\n某街道办事处\n"
                    "3\n垃圾中转站新建工程\n区城管局\n"
                    "4\n公园绿地补植\n区园林局\n区财政局\n")
    got = assignments(text)
    assert ("某河道清淤工程", "lead", "区水利局") in got
    assert ("某河道清淤工程", "support", "区财政局") in got
    assert ("某路口改造提升", "support", "区公安分局") in got
    assert ("某路口改造提升", "support", "某街道办事处") in got
    assert ("垃圾中转站新建工程", "lead", "区城管局") in got
    assert ("公园绿地补植", "lead", "区园林局") in got
    assert not [a for a in got if a[0] == "垃圾中转站新建工程" and a[1] == "support"]


# a markdown table whose cell keeps the page's line break tag between two bodies (某局<br>某大队)
def test_break_tag_between_bodies_in_a_cell():
    text = _HEAD + ("二、任务分工\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
                    "| 1 | 消防通道专项整治 | 区应急管理局 | 区住建局<br>区消防救援大队 | 2024年6月底前 |\n"
                    "| 2 | 占道经营整治 | 区城管局 | 区市场监管局 | 2024年8月底前 |\n")
    got = assignments(text)
    assert ("消防通道专项整治", "lead", "区应急管理局") in got
    assert ("消防通道专项整治", "support", "区住建局") in got
    assert ("消防通道专项整治", "support", "区消防救援大队") in got
    assert not [a for a in got if "<br" in a[2]]


# a legal database's footer after the table: its links parted by | (版权所有 | 相关法规 (3)) are no row of the table
def test_site_footer_after_a_table_is_no_row():
    text = _HEAD + ("二、任务分工\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
                    "| 1 | 占道经营整治 | 区城管局 | 区市场监管局 |\n"
                    "某法规库\u3000版权所有\u3000|\u3000相关推荐\u3000|\u3000相关法规 (3)\u3000|\u3000本篇引用 (1)\u3000|\u3000被引用 (0)\n")
    got = assignments(text)
    assert ("占道经营整治", "lead", "区城管局") in got
    assert not [a for a in got if a[2].startswith(("(", "（"))]
