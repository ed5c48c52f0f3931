"""What the blind corpora layouts59-64 found in plans and personnel decisions (helper lfixd4). Each class is tested on
made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import assignments, posts

HIRING_HEAD = ("某市人民政府关于聘任林若水等同志职务的通知\n某府字〔2020〕3号\n各乡（镇）人民政府，市政府各部门：\n"
               "经市人民政府研究决定：\n")
HIRING_FOOT = "某市人民政府\n2020年3月16日\n"


# a counsel engaged for a term (聘任甲同志为某市人民政府法律顾问，聘期三年): the body before the title, no common
# title; an institute's chief fellow (首席研究员), in simplified and traditional print
@pytest.mark.parametrize("row, expected", [
    ("聘任林若水同志为市人民政府法律顾问，聘期三年；", ("林若水", "市人民政府", "法律顾问")),
    ("聘任林若水同志为市农业科学研究所首席研究员，聘期三年；", ("林若水", "市农业科学研究所", "首席研究员")),
])
def test_a_hiring_for_a_term(row, expected):
    text = HIRING_HEAD + row + "\n任命马文涛为市某局副局长。\n" + HIRING_FOOT
    got = {(p, a, t) for kind, p, a, t in posts(text) if kind == "Appointment"}
    assert got == {expected, ("马文涛", "市某局", "副局长")}


def test_a_traditional_hiring_of_a_chief_fellow():
    text = ("某省民政廳關於聘任林若水等同志職務的通知\n某民任〔2016〕3號\n各市民政局，廳機關各處室：\n經廳黨組研究決定：\n"
            "聘任林若水同志為省社會福利研究所首席研究員，聘期三年；\n任命馬文濤為省某局副局長。\n某省民政廳\n2016年3月16日\n")
    got = {(p, t) for kind, p, a, t in posts(text) if kind == "Appointment"}
    assert ("林若水", "首席研究員") in got


def test_a_report_of_a_hiring_names_no_person_of_its_words():
    text = ("某律师事务所律师受聘为区政府法律顾问\n2024-05-06 来源：某律师事务所\n"
            "此前，该所律师已担任多家政府机关法律顾问，本次受聘为某区政府法律顾问，体现了区政府对该所的信任。\n")
    assert not [r for r in posts(text) if r[1].startswith("本次")]


# a congress's decision on a page without line breaks, its items after the proposal's colon
# (根据县人民政府县长的提请：决定任命甲（女，侗族）为…): the first item, its aside on the person, read too
@pytest.mark.parametrize("aside", ["（女，侗族）", "（女）", ""])
def test_the_item_after_a_proposals_colon(aside):
    text = ("某县人民代表大会常务委员会关于任免职务的决定 （2020年9月3日某县第十届人民代表大会常务委员会第五次会议通过） "
            f"根据县人民政府县长的提请：决定任命林若水{aside}为县发展和改革局局长；决定任命马文涛为县教育局局长；"
            "决定免去韩光明的县教育局局长职务。 某县人民代表大会常务委员会 2020年9月3日")
    assert posts(text) == [("Appointment", "林若水", "县发展和改革局", "局长"), ("Appointment", "马文涛", "县教育局", "局长"),
                           ("Removal", "韩光明", "县教育局", "局长")]


# a plan's table printed a cell a line, its last row's empty cell taken by the heading after it (3 | 某任务 | 县某局 |
# 三、保障措施): the heading still opens its section, whose prose (（一）加强组织领导。县某局负责统筹协调) gives no row
def test_a_safeguards_heading_in_a_tables_last_cell():
    text = ("某县人民政府办公室关于印发某县道路养护提升工程实施方案的通知\n某政办〔2020〕5号\n各乡镇人民政府，县政府各部门：\n"
            "《某县道路养护提升工程实施方案》已经县政府同意，现印发给你们，请认真组织实施。\n某县人民政府办公室\n2020年6月8日\n"
            "某县道路养护提升工程实施方案\n    一、目标任务\n    到2021年底，全县改造农村道路100公里。\n    二、任务分工\n"
            "序号\n工作任务\n牵头单位\n配合单位\n1\n编制道路养护规划\n县交通运输局\n县发展和改革局、县财政局\n"
            "2\n落实养护配套资金\n县财政局\n/\n3\n推进养护体制改革\n县交通运输局\n    三、保障措施\n"
            "    （一）加强组织领导。县交通运输局负责统筹协调，各乡镇人民政府要明确专人负责。\n"
            "    （二）强化资金监管。县审计局负责对养护资金使用情况进行审计。\n")
    assert assignments(text) == {
        ("编制道路养护规划", "lead", "县交通运输局"), ("编制道路养护规划", "support", "县发展和改革局"),
        ("编制道路养护规划", "support", "县财政局"), ("落实养护配套资金", "lead", "县财政局"),
        ("推进养护体制改革", "lead", "县交通运输局")}


# a website's footer after the plan, its fields run on one line (【关闭窗口】主办：某厅　　地址：某市某路): the site's
# host, no body that leads the task above it
def test_a_footer_run_on_one_line_after_a_plan():
    text = ("某省水利厅关于印发某某管理年活动实施方案的通知\n某水函〔2014〕12号\n各市水利局：\n现将实施方案印发给你们，请认真贯彻执行。\n"
            "某省水利厅\n2014年5月6日\n某某管理年活动实施方案\n一、重点任务分工\n"
            "序号\t重点任务\t牵头单位\t配合单位\n1\t开展工程质量专项检查\t厅农村水利处\t厅建设处\n"
            "二、保障措施\n（一）强化督查考核。活动开展情况纳入年度目标管理考核。\n"
            "【打印本页】\u3000【关闭窗口】主办：某省水利厅\u3000\u3000地址：某市某路1号\n")
    assert assignments(text) == {("开展工程质量专项检查", "lead", "厅农村水利处"), ("开展工程质量专项检查", "support", "厅建设处")}
