"""Plans and measures as real pages print them (forty-sixth round): targets closed by a bare list of their units,
spaced tables with page rules and gapped unit cells, a note on the first body that speaks of several bodies only,
a spreadsheet's doubled quotes, and an article's body named by its standing or by the body it belongs to."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "江川市人民政府办公室关于分解落实《政府工作报告》的通知\n各县区人民政府，市政府各部门：\n"

#: the items of a task breakdown, each a target closed by its units in brackets before its stop, printed on one
#: line (a page that lost its line breaks) or a line each
TARGETS = ["1、地区生产总值增长9%(市发改委，市统计局，各县区政府)。",
           "2、财政收入增长10%，外贸出口增长8%(市财政局、市商务局，各县区政府)。",
           "3、城镇登记失业率控制在4%以内(市人社局)。"]
EXPECTED = {("地区生产总值增长9%", "responsible", "市发改委"), ("地区生产总值增长9%", "responsible", "市统计局"),
            ("地区生产总值增长9%", "responsible", "各县区政府"),
            ("财政收入增长10%,外贸出口增长8%", "responsible", "市财政局"),
            ("财政收入增长10%,外贸出口增长8%", "responsible", "市商务局"),
            ("财政收入增长10%,外贸出口增长8%", "responsible", "各县区政府"),
            ("城镇登记失业率控制在4%以内", "responsible", "市人社局")}


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_targets_closed_by_their_units_before_the_stop(sep):
    """``1、某目标(甲局，乙局)。``: the bracketed bodies, no role word, are each responsible; the task is the item's
    whole clause (its targets' commas kept)."""
    text = HEAD + "现将主要目标分解如下。" + sep + "一、主要工作目标" + sep + sep.join(TARGETS) + "\n"
    got = {(t.replace("，", ","), r, a) for t, r, a in rows(text)}
    assert got == EXPECTED
    # brackets after an item that is persons or units (某区有关部门主要领导（甲办、乙局）), or a body given another
    # name (乡人民委员会（人民公社管理委员会）), list no units of a task
    text = "关于召开创建工作会议的通知\n各单位：\n二、参会人员\n1、区级机关各部门主要领导；\n" \
           "2、开发区有关部门主要领导(文明办、社发局、公安分局)；\n3、乡人民委员会（人民公社管理委员会）。\n"
    assert rows(text) == set()
    # nor does a note on the roles in a section's heading, nor an item that is a place (某大道118号(某服务大厅))
    text = HEAD + "二、任务分工（责任单位中标★者为牵头单位）\n三、办理地点\n1、江川大道18号(市供水公司服务大厅)。\n"
    assert rows(text) == set()


SPACED = "江川县人民政府办公室关于印发江川县河道整治工作方案的通知\n川政办发〔2013〕5号\n各乡镇人民政府：\n" \
         "  序号  整治任务        牵头单位      配合单位\n" \
         "  1     河道清淤        县水务局      县财政局\n" \
         "  2     河道保洁        县水务局      ／\n" \
         "---------------- 第2页 ----------------\n" \
         "  三、工作要求\n"


def test_a_page_rule_after_a_spaced_table_is_no_part_of_its_last_row():
    """A converter's page mark between rules (``---- 第2页 ----``) under a spaced table's last row is furniture,
    not the rest of the row's task; a ``／`` cell gives no row."""
    assert rows(SPACED) == {("河道清淤", "lead", "县水务局"), ("河道清淤", "support", "县财政局"),
                            ("河道保洁", "lead", "县水务局")}


GAPPED = "江川镇人民政府关于印发镇区环境整治工作方案的通知\n各社区：\n镇区环境整治工作方案\n二、整治任务\n" \
         "　　序号　任务　责任单位　完成时限\n" \
         "　　1　清理主干道沿街垃圾　镇环卫所　2025年4月15日前\n" \
         "　　2　拆除违章搭建　镇规划建设办公室　镇综合执法队　2025年6月30日前\n" \
         "　　注：责任单位有两个以上的，排名第一位的为牵头单位。\n三、工作要求\n"


def test_gapped_units_before_a_deadline_and_a_note_on_several_bodies():
    """A spaced row with one cell more than its header: two bodies of the unit column parted by a gap before the
    deadline. The note speaks of rows of two bodies or more: their first leads, a body alone stays responsible."""
    assert rows(GAPPED) == {("清理主干道沿街垃圾", "responsible", "镇环卫所"),
                            ("拆除违章搭建", "lead", "镇规划建设办公室"), ("拆除违章搭建", "responsible", "镇综合执法队")}


def test_a_spreadsheets_doubled_quotes_are_curly_quotes():
    """A CSV export doubles a cell's own quotes (``"推进""厕污共治""试点"``): the task reads ``推进“厕污共治”试点``."""
    text = "江川市农村污水治理工作方案\n附件内容：\n\"序号\",\"治理任务\",\"牵头单位\",\"配合单位\",\"完成时限\"\n" \
           "\"1\",\"推进\"\"厕污共治\"\"试点\",\"市农业农村局\",\"市卫生健康委员会\",\"2023年9月30日\"\n"
    assert rows(text) == {("推进“厕污共治”试点", "lead", "市农业农村局"), ("推进“厕污共治”试点", "support", "市卫生健康委员会")}


def test_an_articles_body_named_by_its_standing_or_by_the_body_it_belongs_to():
    """``X是…的综合部门，负责…`` (any kind of department it is said to be) and ``市甲局所属的市乙中心负责…`` (the
    body that does the work is the one named last) give each body its duty."""
    text = "江川市重点项目管理办法\n第五条 发展改革部门是项目建设管理的综合部门，负责项目的申报和投资计划下达。\n" \
           "财政部门负责资金拨付和监督管理。\n监察部门负责项目监督检查工作。\n" \
           "市住建局所属的市住房保障中心负责全市保障房分配的日常工作。\n"
    got = rows(text)
    assert ("负责项目的申报和投资计划下达", "responsible", "发展改革部门") in got
    assert ("负责全市保障房分配的日常工作", "responsible", "市住房保障中心") in got
