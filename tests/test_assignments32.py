"""Task divisions of a year's targets: a heading that is a run of targets, units printed without the level the first
of them carries, the note in an item's brackets that the first unit leads, and a line after the items that names the
units of the items above it."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青禾市人民政府办公室关于印发2007年市政府工作主要任务责任分解的通知\n青政办发〔2007〕9号\n" \
       "各县（市、区）人民政府，市政府各部门：\n现将2007年市政府工作主要任务分解到市政府各部门，请认真组织实施。\n" \
       "二○○七年三月二日\n2007年市政府工作主要任务责任分解\n一、主要目标\n"


def test_a_heading_of_targets_is_all_of_them():
    """1.甲增长12%,其中乙增长10%。 / body (市财政局): the task is the whole run of targets, not its first clause."""
    text = HEAD + "1.财政一般预算收入增长12%,其中市本级增长10%。\n全市财政一般预算收入同口径比上年增长12%。(市财政局)\n" \
                  "2.加快城市建设,完善基础设施。\n全年完成城建投资100亿元。(市建委)\n"
    got = rows(text)
    assert ("财政一般预算收入增长12%,其中市本级增长10%", "responsible", "市财政局") in got
    assert ("加快城市建设", "responsible", "市建委") in got  # (a heading of words, not figures: its first clause)


def test_a_bare_bureau_takes_the_level_of_the_unit_before_it():
    """3.甲下降4%左右,乙下降10%。(市经委、环保局): 环保局 is the city's, 市环保局; the item has no heading of its own
    (its units close its line): its first clause is the task."""
    text = HEAD + "3.万元生产总值综合能耗下降4%左右,二氧化硫排放量下降10%。(市经委、环保局)\n"
    task = "万元生产总值综合能耗下降4%左右"
    assert rows(text) == {(task, "responsible", "市经委"), (task, "responsible", "市环保局")}


def test_the_note_in_the_first_brackets_makes_the_first_unit_lead():
    """(由X、Y负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同): X leads this item and the next."""
    text = HEAD + "1、全市生产总值增长10%以上(由市发展改革委、经委、统计局负责。一项任务涉及多个部门的," \
                  "原则上由排名首位的部门牵头负责。下同)。\n2、外贸出口增长15%以上(由市商务局、财政局负责)。\n"
    assert rows(text) == {("全市生产总值增长10%以上", "lead", "市发展改革委"),
                          ("全市生产总值增长10%以上", "responsible", "市经委"),
                          ("全市生产总值增长10%以上", "responsible", "市统计局"),
                          ("外贸出口增长15%以上", "lead", "市商务局"),
                          ("外贸出口增长15%以上", "responsible", "市财政局")}


def test_a_line_names_the_units_of_the_items_above_it():
    """1.甲； 2.乙； / 2项目标的责任单位均为X。 / 3.丙； / 该项目标责任单位为Y、Z。: X for both, Y and Z for the third."""
    text = HEAD + "1.地区生产总值增长15%;\n2.第三产业增加值达到1000亿元;\n2项目标的责任单位均为市发展改革委。\n" \
                  "3.万元生产总值能耗下降5%;\n该项目标责任单位为市经委、统计局。\n"
    assert rows(text) == {("地区生产总值增长15%", "responsible", "市发展改革委"),
                          ("第三产业增加值达到1000亿元", "responsible", "市发展改革委"),
                          ("万元生产总值能耗下降5%", "responsible", "市经委"),
                          ("万元生产总值能耗下降5%", "responsible", "市统计局")}
