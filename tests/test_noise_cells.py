"""Page noise of the table classes (tests/noise.py: pipe_cells, filter_dots): a member or personnel list
copied as | cells, or with a scraper's filter dots in its words, gives the facts of the list as printed.
Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.facts import Position
from govkg.text import strip_copy_noise
from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, members, posts


@pytest.mark.parametrize("rows, expected", [
    # a role label in its own cell, the person and the posts in brackets in the next
    ("| 组　长 | 张立军（县委常委、常务副县长） |\n| 副组长 | 尹红梅（副县长） |\n"
     "| 成　员 | 彭国庆（县发展和改革局局长）、李春燕（县财政局局长） |\n",
     [(GROUP, "尹红梅", "副组长"), (GROUP, "张立军", "组长"), (GROUP, "彭国庆", "成员"), (GROUP, "李春燕", "成员")]),
    # the person and the posts set apart by a space in the cell after the label; a long name among them
    ("| 组　　长 | 杜晓春　县委副书记、县长 |\n| 副组长 | 额尔敦巴特尔　县人民政府副县长 |\n"
     "| 成　　员 | 巴特尔　县水利局局长 |\n",
     [(GROUP, "巴特尔", "成员"), (GROUP, "杜晓春", "组长"), (GROUP, "额尔敦巴特尔", "副组长")]),
    # the label alone on its line over rows of posts and name, the posts first (a post ending in 主任 or 秘书长 is
    # a post, not a role label)
    ("组　长：\n| 县委副书记、县长 | 吴海宁 |\n副组长：\n| 县政府秘书长 | 顾红梅 |\n成　员：\n"
     "| 县发展改革委主任 | 蔡润东 |\n| 县水利局局长 | 薛明亮 |\n",
     [(GROUP, "吴海宁", "组长"), (GROUP, "蔡润东", "成员"), (GROUP, "薛明亮", "成员"), (GROUP, "顾红梅", "副组长")]),
])
def test_member_rows_as_pipe_cells(rows, expected):
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == expected


def test_member_rows_as_pipe_cells_keep_the_posts():
    text = GROUP_HEAD + "| 组　长 | 张立军（县委常委、常务副县长） |\n| 成　员 | 李春燕　县财政局局长 |\n" + GROUP_FOOT
    assert posts(text) == [("Position", "张立军", "县人民政府", "常务副县长"), ("Position", "张立军", "县委", "常委"),
                           ("Position", "李春燕", "县财政局", "局长")]


@pytest.mark.parametrize("rows", [
    # the name in one cell and the decision in the next
    "| 甲明 | 任市应急管理局局长，免市林业局局长职务 |\n| 乙红 | 免市水利局副局长职务（退休） |\n",
    # the name and the posts taken in two cells under the list's heading
    "一、任命\n| 甲明 | 市应急管理局局长 |\n二、免去\n| 甲明 | 市林业局局长 |\n| 乙红 | 市水利局副局长 |\n",
])
def test_personnel_rows_as_pipe_cells(rows):
    assert posts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) == [
        ("Appointment", "甲明", "市应急管理局", "局长"), ("Removal", "乙红", "市水利局", "副局长"),
        ("Removal", "甲明", "市林业局", "局长")]


def test_a_table_under_a_header_is_read_by_its_columns():
    """A table of | cells under a header row (姓名 | 职务) is left to the readers of tables."""
    rows = "| 姓名 | 职务 |\n| 张立军 | 县委常委、常务副县长 |\n| 李春燕 | 县财政局局长 |\n"
    text = GROUP_HEAD.replace("组成人员如下：", "组成人员如下：\n组　长：王大明　县长") + rows + GROUP_FOOT
    assert (GROUP, "王大明", "组长") in members(text)


@pytest.mark.parametrize("text, expected", [
    # two dotted words side by side meet at two dots
    ("领导小组办公室设在县水利局，.办.公.室..主.任.由王大明同志兼任。", "领导小组办公室设在县水利局，办公室主任由王大明同志兼任。"),
    # a dotted word inside a note, after a list's mark, before a closing bracket
    ("成员：李春燕（县财政局.局.长.）、彭国庆（县委副.书.记.、.县.长.）", "成员：李春燕（县财政局局长）、彭国庆（县委副书记、县长）"),
    ("（以下简称.领.导.小.组.）。", "（以下简称领导小组）。"),
    # an enumerator's dot, a version's dots and a lone full stop typed as . stay
    ("1.侯振宇（县教育局副局长）", "1.侯振宇（县教育局副局长）"),
    ("版本1.2.3", "版本1.2.3"),
    ("加快建设.新建项目", "加快建设.新建项目"),
])
def test_filter_dots_are_removed(text, expected):
    assert strip_copy_noise(text) == expected


def test_dotted_posts_in_a_member_list():
    rows = "组　长：张立军（县委副.书.记.、.县.长.）\n成　员：李春燕（县财政局.局.长.）\n"
    text = GROUP_HEAD + rows + "领导小组办公室设在县财政局，.办.公.室..主.任.由李春燕同志兼任。\n某县人民政府办公室\n2024年3月5日\n"
    assert posts(text, kind=Position) == [
        ("Position", "张立军", "县人民政府", "县长"), ("Position", "张立军", "县委", "副书记"),
        ("Position", "李春燕", "县财政局", "局长")]
