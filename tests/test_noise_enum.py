"""Page noise of the class enum_styles (tests/noise.py): another house style of enumerators, one per notice
(second-level headings printed 1. or 1、, third-level items （1） or ①). Every reader of a list or a heading
takes every common style (parts.ENUM), and a notice's levels are read from the notice itself.
Each case is a made-up notice."""
from __future__ import annotations

import re

import pytest

from govkg.extract.parts import ENUM, Levels, closes_open_bracket, enum_style
from govkg.text import nfkc
from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, members, posts


@pytest.mark.parametrize("text, style", [
    ("一、任命", "一、"), ("（一）某某", "(一)"), ("(二)某某", "(一)"), ("1.某某", "1."), ("1、某某", "1."),
    ("1．某某", "1."), ("（1）某某", "(1)"), ("(1)某某", "(1)"), ("1）某某", "1)"), ("①某某", "①"),
    ("　　⑫某某", "①"), ("2024年某某", None), ("某某", None),
])
def test_every_common_style_is_an_enumerator(text, style):
    assert enum_style(text) == style
    assert (style is not None) == bool(re.match(rf"^[ 　]*{ENUM}", text))


def test_a_circled_digit_opening_a_line_stays_an_enumerator():
    """NFKC would run ① into the item as a bare digit (1甲明); inside a line it is the digit (某某时期②)."""
    assert nfkc("①甲明　市某局局长\n　　②乙红") == "①甲明 市某局局长\n  ②乙红"
    assert nfkc("成　员：①甲明；②乙红") == "成 员:①甲明;②乙红"  # (after a label's colon, a sentence's mark)
    assert nfkc("某县大事记——某某时期②") == "某县大事记——某某时期2"


@pytest.mark.parametrize("items", [
    # names and posts in columns, numbered ① under the list's headings
    "一、任命\n　　①甲明　　市应急管理局局长\n　　②乙红　　市水利局副局长\n二、免去\n　　①丙强　　市林业局局长\n",
    # numbered （1） and written as decisions
    "一、任命\n　　（1）甲明同志任市应急管理局局长；\n　　（2）乙红同志任市水利局副局长。\n"
    "二、免去\n　　（1）丙强同志的市林业局局长职务。\n",
    # numbered 1） and ①
    "一、任命\n　　1）甲明同志任市应急管理局局长；\n　　2）乙红同志任市水利局副局长。\n"
    "二、免去\n　　①丙强同志的市林业局局长职务。\n",
])
def test_personnel_items_in_any_style(items):
    assert posts(PERSONNEL_HEAD + items + PERSONNEL_FOOT) == [
        ("Appointment", "乙红", "市水利局", "副局长"), ("Appointment", "甲明", "市应急管理局", "局长"),
        ("Removal", "丙强", "市林业局", "局长")]


@pytest.mark.parametrize("rows", [
    "组　长：吴海宁　　县委副书记、县长\n成　员：\n　　①蔡润东　　县发展和改革局局长\n　　②薛明亮　　县水利局局长\n",
    "组　长：吴海宁　　县委副书记、县长\n成　员：①蔡润东　　县发展和改革局局长\n　　　　　②薛明亮　　县水利局局长\n",
    "组　长：吴海宁　　县委副书记、县长\n成　员：\n　　（1）蔡润东　　县发展和改革局局长\n　　（2）薛明亮　　县水利局局长\n",
])
def test_member_rows_in_any_style(rows):
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == [
        (GROUP, "吴海宁", "组长"), (GROUP, "蔡润东", "成员"), (GROUP, "薛明亮", "成员")]


_PLAN_HEAD = ("某市人民政府办公室文件\n某政办发〔2024〕15号\n某市人民政府办公室关于印发某市某某行动方案的通知\n"
              "各县区人民政府，市直各部门：\n《某市某某行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
              "某市人民政府办公室\n2024年6月1日\n某市某某行动方案\n一、重点任务\n")


@pytest.mark.parametrize("items", [
    "①扩大公共领域车辆电动化。新增和更新的公交车原则上全部使用新能源汽车。\n责任单位：市交通运输局\n"
    "②加快充电设施建设。推动居住社区充电设施全覆盖。\n牵头单位：市发展和改革委员会\n",
    "1）扩大公共领域车辆电动化。新增和更新的公交车原则上全部使用新能源汽车。\n责任单位：市交通运输局\n"
    "2）加快充电设施建设。推动居住社区充电设施全覆盖。\n牵头单位：市发展和改革委员会\n",
])
def test_task_headings_in_any_style(items):
    assert assignments(_PLAN_HEAD + items) == {
        ("扩大公共领域车辆电动化", "responsible", "市交通运输局"), ("加快充电设施建设", "lead", "市发展和改革委员会")}


def test_a_line_that_closes_a_bracket_is_no_enumerator():
    """A page broken inside a bracket (…（GB/T 42195—20 / 22）执行。): the 22） closes it, it numbers nothing."""
    assert closes_open_bracket("评估按照《某规范》（GB/T 42195—20", "22）执行。（牵头单位：省住建厅）")
    assert not closes_open_bracket("一、重点任务", "2）加快充电设施建设。")
    text = (_PLAN_HEAD + "1.推进适老化改造。推进公共空间适老化改造，评估按照《某规范》（GB/T 42195—20\n"
            "22）执行。（牵头单位：省住建厅）\n")
    assert assignments(text) == {("推进适老化改造", "lead", "省住建厅")}


@pytest.mark.parametrize("texts, expected", [
    (["一、任务", "（一）甲", "1.乙", "（1）丙", "2.丁", "（二）戊"], [1, 2, 3, 4, 3, 2]),
    (["一、任务", "1、甲", "（1）乙", "②丙", "2、丁"], [1, 2, 3, 4, 2]),
    # a cover letter's list of attachments before the plan's own 一、: the plan starts the table again
    (["1.某某方案", "一、任务", "（一）甲", "1.乙"], [1, 1, 2, 3]),
])
def test_levels_are_read_from_the_notice(texts, expected):
    levels = Levels()
    assert [levels.of(t) for t in texts] == expected


_DIVISION_HEAD = ("某市人民政府办公室文件\n某政办发〔2024〕15号\n某市人民政府办公室关于印发某市某某工作任务分工的通知\n"
                  "各县区人民政府，市直各部门：\n现将任务分工印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年6月1日\n"
                  "某市某某工作任务分工\n一、重点任务\n")


@pytest.mark.parametrize("two, three", [("（{}）", "{}."), ("{}、", "（{}）"), ("{}.", "{}")])
def test_a_lead_heading_holds_its_items_in_any_style(two, three):
    """（一）某委牵头的工作 over its items 1. 2.: printed 1、 over （1）, or 1. over ①, the items are still under it."""
    def item(n: int) -> str:
        return chr(0x2460 + n - 1) if three == "{}" else three.format(n)
    cn = "一二"
    body = (two.format(cn[0] if "（" in two else 1) + "市发展和改革委员会牵头的工作\n" + item(1) + "完善价格监测机制。\n"
            + item(2) + "推进重点项目建设。\n" + two.format(cn[1] if "（" in two else 2) + "市财政局牵头的工作\n"
            + item(1) + "加强资金保障。\n")
    assert assignments(_DIVISION_HEAD + body) == {
        ("完善价格监测机制", "lead", "市发展和改革委员会"), ("推进重点项目建设", "lead", "市发展和改革委员会"),
        ("加强资金保障", "lead", "市财政局")}
