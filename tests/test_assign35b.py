"""Task assignments in the table shapes of round 35 (second set): a two-row header repeated under rowspan cells,
a heading with its units' label on the same line, 同上 cells, a category column before the task, a table printed
column by column, a heading's note on the first unit of the items under it."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青川市农业农村局关于印发2022年春耕生产重点任务分工方案的通知\n青农发〔2022〕6号\n" \
       "局机关各科室，各乡镇农业站：\n现将《2022年春耕生产重点任务分工方案》印发给你们，请认真抓好落实。\n"


def test_two_row_header_repeated_under_rowspan_cells():
    """序号|重点任务|责任单位|完成时限 over 序号|重点任务|牵头|配合|完成时限 (a page's rowspan cells copied into both
    header rows, the merged 责任单位 once): the rows' third cell leads, the fourth helps."""
    body = ("一、重点任务\n序号\t重点任务\t责任单位\t完成时限\n序号\t重点任务\t牵头\t配合\t完成时限\n"
            "1\t建设高标准农田示范片\t市农田建设科\t市财务科、市种植业科\t2022年10月\n"
            "2\t开展春季动物防疫\t市畜牧兽医站\t/\t2022年5月\n二、保障措施\n各科室要加强协作。\n")
    assert rows(HEAD + body) == {("建设高标准农田示范片", "lead", "市农田建设科"),
                                 ("建设高标准农田示范片", "support", "市财务科"),
                                 ("建设高标准农田示范片", "support", "市种植业科"),
                                 ("开展春季动物防疫", "lead", "市畜牧兽医站")}


def test_units_label_on_the_headings_line_is_not_the_task():
    """一、某任务 责任单位：X、Y 完成时限：… (a ledger flattened to one line an item): the task is the heading alone."""
    body = ("台账中所列责任单位，排名第一位的为牵头单位。\n"
            "一、推广水稻机插秧 责任单位：市农机中心、市种植业科 完成时限：5月底前\n"
            "二、整治农村人居环境 责任单位：市乡村建设科 完成时限：全年\n")
    assert rows(HEAD + body) == {("推广水稻机插秧", "lead", "市农机中心"),
                                 ("推广水稻机插秧", "responsible", "市种植业科"),
                                 ("整治农村人居环境", "lead", "市乡村建设科")}


SPACED_HEAD = "序号  工作任务                牵头科室          配合科室                完成时限\n"


@pytest.mark.parametrize("ditto", ["同上", "〃"])
def test_ditto_cell_repeats_the_unit_above(ditto):
    """A cell of 同上 (or 〃) in a spaced table: the same unit as the row above, in the same column."""
    body = (SPACED_HEAD + "1     修订春耕应急预案          办公室            种植业科、农机中心      3月底前\n"
            f"2     储备春耕化肥种子          {ditto}              财务科                  4月底前\n")
    assert rows(HEAD + body) == {("修订春耕应急预案", "lead", "办公室"), ("修订春耕应急预案", "support", "种植业科"),
                                 ("修订春耕应急预案", "support", "农机中心"), ("储备春耕化肥种子", "lead", "办公室"),
                                 ("储备春耕化肥种子", "support", "财务科")}


def test_collective_of_units_then_a_named_unit_are_two_bodies():
    """各农场、某派出所: a collective of units (各农场) and a named unit, not one collective body."""
    body = (SPACED_HEAD + "1     开展野外火源专项检查      执法大队          各农场、青川派出所      4月底前\n")
    assert rows(HEAD + body) == {("开展野外火源专项检查", "lead", "执法大队"),
                                 ("开展野外火源专项检查", "support", "各农场"),
                                 ("开展野外火源专项检查", "support", "青川派出所")}


def test_category_column_before_the_task_with_empty_and_spaced_categories():
    """序号 类别 主要任务 牵头科室（单位） 配合科室（单位） 完成时限, one blank between cells: a row whose category
    cell spans the rows above prints none, another prints its category with a blank inside (土壤 改良)."""
    body = ("二、任务分工表\n序号 类别 主要任务 牵头科室（单位） 配合科室（单位） 完成时限\n"
            "1 种植 推广绿色高产技术 种植业科 农技中心 2022年9月底\n"
            "2\u00a0 \u00a0扩大大豆种植面积 种植业科 财务科、农机中心 2022年6月底\n"
            "3 土壤 改良 实施耕地酸化治理 土肥站 — 2022年12月底\n")
    assert rows(HEAD + body) == {("推广绿色高产技术", "lead", "种植业科"), ("推广绿色高产技术", "support", "农技中心"),
                                 ("扩大大豆种植面积", "lead", "种植业科"), ("扩大大豆种植面积", "support", "财务科"),
                                 ("扩大大豆种植面积", "support", "农机中心"), ("实施耕地酸化治理", "lead", "土肥站")}


def test_table_printed_column_by_column():
    """重点工作 / 1.… / 2.… / 牵头单位 / 1.… / 2.… / 配合单位 / 1.… / 2.—: cell n of each role column is item n's."""
    body = ("附：2022年春耕生产重点任务分解表\n序号\n1\n2\n3\n重点工作\n1.开展耕地质量监测\n2.推进秸秆综合利用\n"
            "3.加强农资市场监管\n牵头单位\n1.市土肥站\n2.市能源站\n3.市执法大队\n配合单位\n1.各乡镇农业站\n"
            "2.市农机中心、各乡镇农业站\n3.—\n完成时限\n1.10月底\n2.11月底\n3.全年\n各牵头单位要按季度报送进展。\n")
    assert rows(HEAD + body) == {("开展耕地质量监测", "lead", "市土肥站"), ("开展耕地质量监测", "support", "各乡镇农业站"),
                                 ("推进秸秆综合利用", "lead", "市能源站"), ("推进秸秆综合利用", "support", "市农机中心"),
                                 ("推进秸秆综合利用", "support", "各乡镇农业站"), ("加强农资市场监管", "lead", "市执法大队")}


def test_headings_note_on_the_first_unit_governs_the_items_under_it():
    """一、重点任务（各项任务的责任单位中，排名第一位的为牵头单位）: a note for every item below, not an item's own."""
    body = ("一、重点任务（各项任务的责任单位中，排名第一位的为牵头单位）\n（一）完成农田灌溉设施维修。对损毁渠道开展修复。\n"
            "责任单位：市水利站、各乡镇农业站\n（二）开展农技人员培训。\n责任单位：市农技中心\n二、保障措施\n各科室要加强协作。\n")
    assert rows(HEAD + body) == {("完成农田灌溉设施维修", "lead", "市水利站"),
                                 ("完成农田灌溉设施维修", "responsible", "各乡镇农业站"),
                                 ("开展农技人员培训", "lead", "市农技中心")}


def _one_a_line(rows_: list[list[str]]) -> str:
    """A table as a browser copies it: each cell on its line with a bar line after it; a row short of cells (those a
    rowspan above covers) closed by a line of one bar for each cell it lacks."""
    width = max(len(r) for r in rows_)
    out = []
    for r in rows_:
        out += [line for cell in r for line in (cell, "|")]
        if len(r) < width:
            out.append("|" * (width - len(r)))
    return "\n".join(out) + "\n"


def test_table_copied_one_cell_a_line_with_marked_leads():
    """序号 / | / 项目 / | / 重点任务 / | / 责任领导 / | / 责任单位 / | …, a rowspan's cells left out of the rows below,
    an empty cell as two bars: ※ marks the lead, the others help (as the note above the table says)."""
    table = _one_a_line([["序号", "项目", "重点任务", "责任领导", "责任单位"], ["一、耕地保护"],
                         ["1", "耕地保护", "1.开展耕地卫片执法检查", "柯　岚", "※市执法大队、市土肥站"],
                         ["2.建成耕地质量监测平台", "", "※市信息中心、市土肥站"],
                         ["3.完成撂荒地复耕", "柯　岚", "※各乡镇农业站"]])
    body = "任务分解表\n责任单位中标注※的为牵头单位，其余为配合单位。\n" + table + "附件下载：\n"
    assert rows(HEAD + body) == {("开展耕地卫片执法检查", "lead", "市执法大队"), ("开展耕地卫片执法检查", "support", "市土肥站"),
                                 ("建成耕地质量监测平台", "lead", "市信息中心"), ("建成耕地质量监测平台", "support", "市土肥站"),
                                 ("完成撂荒地复耕", "lead", "各乡镇农业站")}

