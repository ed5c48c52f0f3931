"""What the blind corpora layouts35 and layouts36 found in the facts' readers (helper lfixr): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, members, posts

from govkg.extract.members import _blank_cell_borders, parse_member


# a forum page keeps its table's cell border after each line of a member list (组长：甲　县长 |): the list is read
# whole, the asides (（女）) and the continuation lines under a label included
@pytest.mark.parametrize("border", [" |", "　│"])
def test_member_list_with_a_cell_border_after_each_line(border):
    rows = (f"组　长：张立军　县委常委、常务副县长{border}\n副组长：尹红梅（女）　副县长{border}\n"
            f"　　　　何建平　县政府办公室主任{border}\n成　员：彭国庆　县发展和改革局局长{border}\n"
            f"　　　　李春燕（女）　县财政局副局长（兼）{border}\n")
    got = members(GROUP_HEAD + rows + GROUP_FOOT)
    assert {(GROUP, "张立军", "组长"), (GROUP, "尹红梅", "副组长"), (GROUP, "何建平", "副组长"),
            (GROUP, "彭国庆", "成员"), (GROUP, "李春燕", "成员")} <= set(got)
    held = posts(GROUP_HEAD + rows + GROUP_FOOT)
    assert ("Position", "李春燕", "县财政局", "副局长") in held
    assert ("Position", "何建平", "县人民政府办公室", "主任") in held


# a rule inside the entry is a table's row, not a border: left to the table reader
def test_rule_inside_an_entry_is_kept():
    assert _blank_cell_borders("彭国庆 | 县发展和改革局局长 |") == "彭国庆 | 县发展和改革局局长 |"
    assert _blank_cell_borders("│ 彭国庆　局长 │") == "  彭国庆　局长  "
    got = parse_member("彭国庆　县发展和改革局局长 |", 0, "")
    assert [(n, [(p.agency, p.title) for p in ps]) for n, ps, _ in got] == [("彭国庆", [("县发展和改革局", "局长")])]


# 任命A（女，苗族）为X；根据某院院长的提请，任命B为Y: the basis of the next decision is no item of the chain the
# first opened (no appointment of a person 提请 to a post 根据某院院长)
def test_basis_of_the_next_decision_is_no_item_of_the_chain():
    text = ("某县人大常委会举行第五次会议\n会议表决通过了人事任免事项。根据县人民政府县长的提请，某县人民代表大会常务委员会"
            "决定任命甲大林为某县发展和改革局局长，决定任命丁秀梅（女，苗族）为某县财政局局长，免去乙国斌的某县财政局局长职务；"
            "根据县人民法院院长的提请，任命丙光耀为某县人民法院审判员。\n")
    got = posts(text)
    assert not [p for p in got if p[1] == "提请" or "根据" in p[2]]
    assert ("Appointment", "丙光耀", "某县人民法院", "审判员") in got
    assert ("Appointment", "丁秀梅", "某县财政局", "局长") in got


# a law quoted after a personnel notice (…依照法律规定的权限，任免、培训、考核和奖惩行政机关工作人员): 任免 is a power,
# not the verb of the person last named taking a post
def test_quoted_power_to_appoint_is_no_post():
    text = (PERSONNEL_HEAD + "任命：\n甲明　市发展和改革局局长\n免去：\n乙志刚　市粮食局局长职务，退休\n" + PERSONNEL_FOOT
            + "法律依据：\n《某某组织法》规定，县级以上的地方各级人民政府依照法律规定的权限，任免、培训、考核和奖惩行政机关工作人员。\n")
    got = posts(text)
    assert ("Removal", "乙志刚", "市粮食局", "局长") in got
    assert not [p for p in got if "行政机关" in p[2] or p[3] == "工作人员"]


# a task table whose last row leaves its last cell empty, the page's contact field run on after it
# (6 | 某任务 | 县某局 | (empty) | 联系电话：…): the row's lead is read, the field is none of its cells
def test_task_table_last_row_with_a_page_field_run_on():
    text = ("某县人民政府办公室关于印发某县2024年农村供水工程建设任务分解方案的通知\n某政办发〔2024〕3号\n"
            "各乡镇人民政府，县政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2024年3月1日\n"
            "附件\n某县2024年农村供水工程建设任务分解方案\n序号\t工作任务\t牵头单位\t配合单位\n"
            "1\t完成供水工程选址论证\t县水务局\t县自然资源局\n2\t落实工程建设配套资金\t县财政局\t县发展和改革局\n"
            "3\t加强工程建成后管护\t县水务局\t\t联系电话：0000-1234567\n")
    got = assignments(text)
    assert ("加强工程建成后管护", "lead", "县水务局") in got
    assert not [a for a in got if "电话" in a[2]]
