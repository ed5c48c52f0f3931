"""Page noise of the tab classes (tests/noise.py: tab_cells, post_first): a member or personnel list copied
from a browser with a tab between its cells, or printing each post before the name, gives the facts of the
list as printed. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, members, posts


@pytest.mark.parametrize("rows, expected", [
    # the label in its own cell without its colon; the rows under a label spanning rows have no label cell
    ("组长\t张立军\t县委常委、常务副县长\n副组长\t尹红梅\t副县长\n彭国庆\t县发展和改革局局长\n"
     "成员\t李春燕\t县财政局局长\n薛明亮\t县水利局局长\n",
     [(GROUP, "尹红梅", "副组长"), (GROUP, "张立军", "组长"), (GROUP, "彭国庆", "副组长"), (GROUP, "李春燕", "成员"),
      (GROUP, "薛明亮", "成员")]),
    # a role label of more characters, a long name
    ("常务副指挥长\t额尔敦巴特尔\t县人民政府副县长\n成员\t巴特尔\t县水利局局长\n",
     [(GROUP, "巴特尔", "成员"), (GROUP, "额尔敦巴特尔", "常务副指挥长")]),
])
def test_member_rows_as_tabbed_cells(rows, expected):
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == expected


def test_member_rows_as_tabbed_cells_keep_the_posts():
    text = GROUP_HEAD + "组长\t张立军\t县委常委、常务副县长\n李春燕\t县财政局局长\n" + GROUP_FOOT
    assert posts(text) == [("Position", "张立军", "县人民政府", "常务副县长"), ("Position", "张立军", "县委", "常委"),
                           ("Position", "李春燕", "县财政局", "局长")]


@pytest.mark.parametrize("rows", [
    # numbered rows of name and posts under the list's headings
    "一、任命\n1.甲明\t市应急管理局局长\n二、免去\n1.甲明\t市林业局局长\n2.乙红\t市水利局副局长\n",
    # the name in one cell and the decision in the next
    "甲明\t任市应急管理局局长，免去市林业局局长职务\n乙红\t免去市水利局副局长职务\n",
])
def test_personnel_rows_as_tabbed_cells(rows):
    assert posts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) == [
        ("Appointment", "甲明", "市应急管理局", "局长"), ("Removal", "乙红", "市水利局", "副局长"),
        ("Removal", "甲明", "市林业局", "局长")]


def test_a_tabbed_table_under_a_header_is_read_by_its_columns():
    """A table of tabbed cells under a header row (姓名<TAB>职务) is left to the readers of tables."""
    rows = "姓名\t职务\n张立军\t县委常委、常务副县长\n李春燕\t县财政局局长\n"
    text = GROUP_HEAD.replace("组成人员如下：", "组成人员如下：\n组　长：王大明　县长") + rows + GROUP_FOOT
    assert (GROUP, "王大明", "组长") in members(text)


def test_a_heading_spanning_a_tabbed_table_keeps_it_a_table():
    """A heading across the table's columns (某某组<TAB><TAB>) is one of its rows: the rows under it are still read
    by the table's columns, so their group is the heading's."""
    rows = ("职务\t姓名\t单位及职务\n组长\t王大明\t县长\n成员\t李春燕\t县财政局局长\n"
            "河道巡查组\t\t\n组长\t薛明亮\t县水利局局长\n"
            "执法督查组\t\t\n组长\t彭国庆\t县发展和改革局局长\n副组长\t李春燕\t县财政局局长\n")
    text = GROUP_HEAD.replace("组成人员如下", "组成人员及工作组如下") + rows + GROUP_FOOT
    assert members(text) == [("执法督查组", "彭国庆", "组长"), ("执法督查组", "李春燕", "副组长"), (GROUP, "李春燕", "成员"),
                             (GROUP, "王大明", "组长"), ("河道巡查组", "薛明亮", "组长")]


@pytest.mark.parametrize("rows", [
    # rows of posts and name under the list's headings, the posts first (a name of another people among them; a post
    # taken from someone printed with 职务 and a note)
    "一、任命\n　　　　　市应急管理局局长　甲明\n二、免去\n　　　　　市林业局局长职务（另有任用）　甲明\n"
    "　　　　　市水利局副局长　乙红\n",
    # each row a decision and the name after it
    "　　　　　任市应急管理局局长　甲明\n　　　　　免去市林业局局长职务　甲明\n　　　　　免市水利局副局长职务（退休）　乙红\n",
])
def test_personnel_rows_print_the_post_before_the_name(rows):
    assert posts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) == [
        ("Appointment", "甲明", "市应急管理局", "局长"), ("Removal", "乙红", "市水利局", "副局长"),
        ("Removal", "甲明", "市林业局", "局长")]


def test_a_name_of_another_people_after_its_post():
    rows = "任命：\n　　　　　州人民政府副秘书长（正县级）　降央卓玛\n　　　　　州应急管理局副局长、地震局局长　格桑邓珠\n"
    assert posts(PERSONNEL_HEAD.replace("某市", "某州").replace("某府", "某州府") + rows + PERSONNEL_FOOT) == [
        ("Appointment", "格桑邓珠", "州地震局", "局长"), ("Appointment", "格桑邓珠", "州应急管理局", "副局长"),
        ("Appointment", "降央卓玛", "州人民政府", "副秘书长")]


@pytest.mark.parametrize("rows, expected", [
    ("组长：县委副书记、县长　张立军\n副组长：县人民政府副县长　尹红梅\n　　　　　县水利局局长　彭国庆\n",
     [(GROUP, "尹红梅", "副组长"), (GROUP, "张立军", "组长"), (GROUP, "彭国庆", "副组长")]),
])
def test_member_rows_print_the_post_before_the_name(rows, expected):
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == expected
