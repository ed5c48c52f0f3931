"""What the blind corpora layouts12 and layouts13 found in the facts' readers (helper lfixb): each class tested on
made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, members, positions, posts

PLAN_HEAD = ("某县人民政府办公室关于印发某县2024年优化营商环境行动方案的通知\n某政办发〔2024〕5号\n"
             "各乡镇人民政府，县直各单位：\n现将《某县2024年优化营商环境行动方案》印发给你们，请认真贯彻落实。\n"
             "某县人民政府办公室\n2024年3月1日\n某县2024年优化营商环境行动方案\n")


# a table printed one cell per line under the rule that the first body of each task leads (排名第一位的为牵头单位):
# the first body of each cell leads, the others are responsible; a body alone in its cell leads; the last row's cell
# of three bodies, one a line, before its deadline cell, read whole
@pytest.mark.parametrize("rule", ["本方案所列责任单位中，排名第一位的为牵头单位。", "（责任单位中排名第一位的为牵头单位）"])
def test_first_listed_body_leads_in_a_flattened_table(rule):
    table = ["重点任务清单", "序号", "重点任务", "责任单位", "完成时限",
             "1", "推行工程建设项目联合验收", "县住建局", "县自然资源局", "2024年6月底",
             "2", "建立企业诉求快速响应机制", "县营商办", "2024年3月底",
             "3", "开展涉企收费专项清理", "县发改局", "县财政局", "县市场监管局", "2024年12月底",
             "各责任单位要建立工作台账，每季度末报送进展情况。"]
    got = assignments(PLAN_HEAD + f"为持续优化营商环境，制定本方案。{rule}\n" + "\n".join(table) + "\n")
    assert got == {("推行工程建设项目联合验收", "lead", "县住建局"), ("推行工程建设项目联合验收", "responsible", "县自然资源局"),
                   ("建立企业诉求快速响应机制", "lead", "县营商办"),
                   ("开展涉企收费专项清理", "lead", "县发改局"), ("开展涉企收费专项清理", "responsible", "县财政局"),
                   ("开展涉企收费专项清理", "responsible", "县市场监管局")}


def test_first_listed_body_leads_in_a_table_of_tab_separated_cells():
    text = PLAN_HEAD + ("一、重点任务（责任单位中排名第一位的为牵头单位）\n序号\t重点任务\t责任单位\n"
                        "1\t农村道路扬尘治理\t县交通运输局、县住建局\n2\t秸秆禁烧巡查\t县农业农村局\n"
                        "二、工作要求\n各乡镇要于每月5日前报送上月工作进展。\n")
    assert assignments(text) == {("农村道路扬尘治理", "lead", "县交通运输局"), ("农村道路扬尘治理", "responsible", "县住建局"),
                                 ("秸秆禁烧巡查", "lead", "县农业农村局")}


def test_without_the_rule_every_body_of_a_cell_is_responsible():
    table = ["序号", "重点任务", "责任单位", "完成时限", "1", "推行工程建设项目联合验收", "县住建局", "县自然资源局", "2024年6月底",
             "2", "开展涉企收费专项清理", "县发改局", "县财政局", "2024年12月底"]
    got = assignments(PLAN_HEAD + "为持续优化营商环境，制定本方案。\n" + "\n".join(table) + "\n")
    assert {role for _, role, _ in got} == {"responsible"}
    assert ("开展涉企收费专项清理", "responsible", "县财政局") in got


# a flattened table with 牵头 and 配合 columns whose last row has no 配合 cell: the paragraph after the table is no
# body of that cell
def test_paragraph_after_a_flattened_table_is_no_cell():
    table = ["序号", "工作任务", "牵头单位", "配合单位",
             "1", "压缩不动产登记时间", "县自然资源局", "县税务局",
             "2", "清理规范中介服务收费", "县发改局",
             "各牵头单位要制定具体推进措施，于每季度末将进展情况报县营商办。"]
    got = assignments(PLAN_HEAD + "\n".join(table) + "\n")
    assert got == {("压缩不动产登记时间", "lead", "县自然资源局"), ("压缩不动产登记时间", "support", "县税务局"),
                   ("清理规范中介服务收费", "lead", "县发改局")}


# (X牵头，Y配合) closing an item where Y is a labour bureau's public service (人力资源市场, 人才市场)
@pytest.mark.parametrize("body", ["省人力资源市场", "市人才市场"])
def test_a_market_service_supports(body):
    text = PLAN_HEAD + f"（一）强化政策宣传。通过报刊和网络广泛宣传援助政策。（厅宣传处牵头，{body}配合）\n"
    assert assignments(text) == {("强化政策宣传", "lead", "厅宣传处"), ("强化政策宣传", "support", body)}


# an article of a promulgated 办法 whose subject is a body the text only tells to be designated: no agency
def test_a_body_to_be_designated_is_no_agency():
    text = ("某省某厅关于印发《某省某领域线索移送办法》的通知\n某发〔2020〕3号\n各市主管部门：\n现将《某省某领域线索移送办法》印发给你们，请遵照执行。\n"
            "某省某厅\n2020年5月6日\n某省某领域线索移送办法\n第一条　为规范线索移送工作，制定本办法。\n"
            "第二条　线索移送由厅执法局统一归口管理，各市主管部门确定专门机构负责本地区线索移送工作。\n"
            "第三条　本办法自2020年6月1日起施行。\n")
    assert not any("确定" in agency or "专门机构" in agency for _, _, agency in assignments(text))


# 聘任某某同志为…首席经济师，聘期三年 (in simplified and in traditional script); 免去某某的市某某总段段长职务 after the same
# person's appointment to another post
@pytest.mark.parametrize("line, expected", [
    ("聘任高志远同志为某省商务厅首席经济师，聘期三年；", ("Appointment", "高志远", "某省商务厅", "首席经济师")),
    ("聘任高志遠同志為某省商務廳首席經濟師，聘期三年；", ("Appointment", "高志遠", "某省商務廳", "首席經濟師")),
])
def test_chief_economist_appointed(line, expected):
    assert expected in posts(PERSONNEL_HEAD + line + "\n" + PERSONNEL_FOOT)


def test_removal_from_a_road_section_after_an_appointment():
    text = PERSONNEL_HEAD + "任命罗文海为市交通运输局局长；\n免去罗文海的市公路管理总段段长职务；\n" + PERSONNEL_FOOT
    assert posts(text) == [("Appointment", "罗文海", "市交通运输局", "局长"), ("Removal", "罗文海", "市公路管理总段", "段长")]


# a member list run onto one line, the members parted by full-width spaces, each posts and then a name (a padded
# two-character name, an aside after a name among them)
def test_member_list_run_onto_one_line_posts_first():
    text = ("某区人民政府办公室关于建立某区根治欠薪工作联席会议的通知 某政办发〔2023〕9号 各街道办事处，区政府各部门："
            "经区政府同意，决定建立某区根治欠薪工作联席会议（以下简称联席会议），组成人员如下："
            "召 集 人：区政府副区长　孙美玲（女）副召集人：区人力资源和社会保障局局长　钱志远"
            "成　　员：区住房和城乡建设局副局长　陈立国　区交通运输局副局长　刘　刚　区财政局副局长　杨秀兰（女）　"
            "区公安分局副局长　何志峰　联席会议办公室设在区人力资源和社会保障局，办公室主任由钱志远同志兼任。 "
            "某区人民政府办公室 2023年6月12日\n")
    group = "某区根治欠薪工作联席会议"
    assert {(p, r) for g, p, r in members(text) if g == group} == {
        ("孙美玲", "召集人"), ("钱志远", "副召集人"), ("陈立国", "成员"), ("刘刚", "成员"), ("杨秀兰", "成员"), ("何志峰", "成员")}
    held = set(positions(text))
    assert {("陈立国", "区住房和城乡建设局", "副局长"), ("刘刚", "区交通运输局", "副局长"), ("杨秀兰", "区财政局", "副局长"),
            ("何志峰", "区公安分局", "副局长")} <= held
    assert not any(len(a) > 14 for _, a, _ in held)  # (no body swallowing the members after it)


# a group's office headed by a member whose name the region prints whole in seven characters
def test_office_head_with_a_long_name():
    rows = "组　长：张立军　县委常委、常务副县长\n成　员：乌力吉巴雅尔图　县林业局局长\n　　　　　彭国庆　县财政局局长\n"
    foot = "领导小组下设办公室，办公室设在县林业局，办公室主任由乌力吉巴雅尔图同志兼任。\n某县人民政府办公室\n2024年3月5日\n"
    got = members(GROUP_HEAD + rows + foot)
    assert ("某县河道治理工作领导小组办公室", "乌力吉巴雅尔图", "主任") in got
    assert ("某县河道治理工作领导小组", "乌力吉巴雅尔图", "成员") in got
