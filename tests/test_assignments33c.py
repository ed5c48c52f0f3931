"""Task lists in further shapes: a ``|`` table whose rows no bar closes, an item printed as a record of fields
(责任领导： / 责任单位： / 协办单位：), a ministry's 司局 labels, a collective of kinds of government (省、自治区、
直辖市某部门), a note on the first unit that heads a later section, a list the page wrapped after its 、, a title
that reads like a duty, and an item near a blog's © line."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青石县人民政府关于印发青石县集镇环境整治方案的通知\n青政发〔2012〕9号\n" \
       "各乡镇人民政府，县直有关部门：\n现将《青石县集镇环境整治方案》印发给你们，请认真贯彻执行。\n"


def test_pipe_rows_without_a_closing_bar_and_a_farms_branches():
    """序号|任务|责任单位|时间 / 1|某任务|甲、乙、二分场|8月底: each row is whole; 二分场, 各分场 are bodies."""
    body = ("二、整治任务（各项任务责任单位中排名第一的为牵头单位）\n序号|整治任务|责任单位|完成时间\n"
            "1|集镇主街立面整治|城建办公室、规划科、二分场|8月底\n2|菜场周边秩序整治|工商所、各分场|7月底\n")
    assert rows(HEAD + body) == {("集镇主街立面整治", "lead", "城建办公室"), ("集镇主街立面整治", "responsible", "规划科"),
                                 ("集镇主街立面整治", "responsible", "二分场"), ("菜场周边秩序整治", "lead", "工商所"),
                                 ("菜场周边秩序整治", "responsible", "各分场")}


def test_item_printed_as_a_record_of_fields():
    """二、某项实事，对某某实施改造 / (一)责任领导：某某 / (二)责任单位：X / (三)协办单位：Y: the heading whole is the
    task; the leader's field is no task."""
    body = ("二、新建集镇污水管网,对全县12个集镇实施雨污分流\n(一)责任领导:周明\n(二)责任单位:县住建局\n"
            "(三)协办单位:县财政局、环保局,各乡镇人民政府\n(四)完成时限:2012年内\n")
    task = "新建集镇污水管网,对全县12个集镇实施雨污分流"
    got = rows(HEAD + body)
    assert {(t, r, a) for t, r, a in got} == {(task, "responsible", "县住建局"), (task, "support", "县财政局"),
                                               (task, "support", "县环保局"), (task, "support", "各乡镇人民政府")}


def test_a_ministrys_departments_labelled_sijv():
    """牵头司局：X；协办司局：Y — a ministry's departments under 司局 labels."""
    body = ("国家某委关于印发某项工作任务分工的通知\n某计〔1994〕5号\n委内各司局：\n现将任务分工印发给你们。\n"
            "一、编制农村职业教育规划。牵头司局：职业教育司；协办司局：计划建设司。\n")
    assert rows(body) == {("编制农村职业教育规划", "lead", "职业教育司"), ("编制农村职业教育规划", "support", "计划建设司")}


def test_kinds_of_government_before_one_body():
    """省、自治区、直辖市某主管部门负责…: one collective body, as printed."""
    body = ("国家某局关于印发某资质管理办法的通知\n某发〔1996〕12号\n各有关单位：\n现将办法印发给你们。\n"
            "第三条 国家某局负责全国测绘单位资质的统一管理；省、自治区、直辖市测绘主管部门负责本行政区域内丙级资质的审批；"
            "局直属测绘院负责所属单位资质的初审。\n")
    assert ("负责本行政区域内丙级资质的审批", "responsible", "省、自治区、直辖市测绘主管部门") in rows(body)


def test_levels_counted_are_no_kinds_naming_a_body():
    """省、自治区、直辖市某主管部门 is one body, but 县、乡镇两级政府 in a principle names levels, no body."""
    body = ("某县人民政府办公室关于印发某县防汛应急预案的通知\n各乡镇人民政府：\n现将预案印发给你们。\n一、工作原则\n"
            "(一)统一领导,分级负责。本县的防汛应急处置工作,由县、乡镇两级政府负责。\n二、职责\n"
            "省、自治区、直辖市水行政主管部门负责本行政区域内的防汛调度；县水利局负责水毁工程修复；县气象局负责雨情预报。\n")
    got = rows(body)
    assert not any(a == "县、乡镇两级政府" for _, _, a in got)
    assert any(a == "省、自治区、直辖市水行政主管部门" for _, _, a in got)


def test_a_note_in_a_later_sections_heading():
    """Items above 二、任务分工表（排名第一位的为牵头单位） keep their roles: a listed 牵头单位 and 责任单位 stay,
    a bracket of bodies 按职责分工负责 is all responsible."""
    body = ("一、重点任务\n（一）编制集镇建设规划。完成集镇规划修编。（牵头单位：县规划局；责任单位：县住建局、县国土局）\n"
            "（二）改造集镇老旧民居。对老旧民居进行风貌改造。（县住建局、县文旅局按职责分工负责）\n"
            "二、任务分工表（各项任务排名第一位的为牵头单位）\n")
    got = rows(HEAD + body)
    assert ("编制集镇建设规划", "lead", "县规划局") in got
    assert ("编制集镇建设规划", "responsible", "县住建局") in got
    assert ("改造集镇老旧民居", "responsible", "县住建局") in got
    assert not any(r == "lead" and a == "县住建局" for _, r, a in got)


def test_a_list_wrapped_after_its_mark():
    """由X牵头，Y、 / Z配合。: the line cut after 、 goes on with the list."""
    body = ("一、主要任务\n（一）筹集整治资金。多渠道筹集资金。由县财政局牵头，县农业银行、\n县农村信用联社配合。\n"
            "二、工作要求\n各乡镇要加强领导。\n")
    got = rows(HEAD + body)
    assert ("筹集整治资金", "support", "县农村信用联社") in got
    assert ("筹集整治资金", "support", "县农业银行") in got


def test_a_title_is_no_duty():
    """某委关于任免某单位负责干部的通知: 负责 in a title is no body's duty."""
    body = ("某省革命委员会关于任免省属有关单位负责干部的通知\n某革字〔80〕第9号\n各地区革命委员会：\n"
            "任命张甲为省某局副局长；\n免去李乙的省某局副局长职务。\n某省革命委员会\n一九八〇年三月一日\n")
    assert rows(body) == set()


@pytest.mark.parametrize("after", ["\n© 著作权归作者所有,转载请联系作者\n", "\n版权所有 某某网\n"])
def test_an_item_near_a_pages_copyright_line(after: str):
    """（四）某任务。责任单位：X、Y。 a few lines above a blog's © line is the notice's item, no site footer."""
    body = ("一、整治任务\n（一）清理沿线违章建筑。由县住建局牵头，县国土局配合。\n"
            "（二）提升集镇绿化水平。责任单位：县林业局、城关镇人民政府。\n二、保障措施\n县财政局负责落实经费。" + after)
    got = rows(HEAD + body)
    assert ("提升集镇绿化水平", "responsible", "县林业局") in got
    assert ("提升集镇绿化水平", "responsible", "城关镇人民政府") in got
