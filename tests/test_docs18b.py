"""Document rows and assignments of real pages (session 15, round 2, docs18b). A member unit's duty line that opens
with what the duty follows (某厅：根据…，负责… / 某局：按照…，制定…) gives the clause after it as the task; an officially
titled notice whose attachment is a task division table (任务分解表, 责任分工) is a plan; an info table's town publisher
(发布机构 | 某某镇 |, label cells perhaps in brackets) is the issuer, its government only where the notice is numbered or
names it; 由某某同志兼任, ends a decision at an ASCII comma; a number on its line that lost its closing glyphs
(某政发〔2019〕1) is read with its 号. Every text is made up."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def notice(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def assignments(text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in notice(text).facts if type(f).__name__ == "Assignment"}


DUTIES = ("关于明确青川省候鸟保护有关部门工作职责的通知\n各市人民政府，省直有关单位：\n"
          "经省人民政府同意，现将有关部门候鸟保护工作职责通知如下，请遵照执行。\n"
          "省林草管理局：根据全省湿地保护总体规划，负责组织编制候鸟栖息地监测方案，负责巡护工作。\n"
          "省公安交警总队：负责查处非法运输野生鸟类的行为。\n"
          "省市场监督局：负责加强农贸市场野生鸟类交易的监管。\n"
          "省农牧渔业厅：按照省候鸟监测方案，制定本系统疫源疫病防控计划；负责禽类疫病检测。\n"
          "青川省人民政府办公厅\n2011年4月2日\n")


def test_a_duty_line_that_opens_with_what_it_follows_gives_the_clause_after_it():
    rows = assignments(DUTIES)
    assert ("负责组织编制候鸟栖息地监测方案", "responsible", "省林草管理局") in rows
    assert ("制定本系统疫源疫病防控计划", "responsible", "省农牧渔业厅") in rows
    assert ("负责查处非法运输野生鸟类的行为", "responsible", "省公安交警总队") in rows
    assert not any(task.startswith(("根据", "按照")) for task, _, _ in rows)


def test_a_traditional_duty_line_that_opens_with_what_it_follows():
    text = ("關于明確白沙市防汛有關部門工作職責的通知\n各區人民政府：\n"
            "市水務管理局：根據全市防汛總體預案，負責組織編制河道度汛方案。\n"
            "市城市管理局：負責城區排水設施的巡查維護。\n"
            "市交通運輸局：依據市防汛預案，制定道路搶通保障計劃。\n"
            "白沙市人民政府辦公室\n2016年5月9日\n")
    rows = assignments(text)
    assert ("負責組織編制河道度汛方案", "responsible", "市水務管理局") in rows
    assert ("制定道路搶通保障計劃", "responsible", "市交通運輸局") in rows


def test_a_duty_line_that_is_only_a_basis_clause_gives_no_task():
    text = ("关于明确某某工作职责的通知\n各单位：\n"
            "市甲乙管理局：根据有关规定，\n市丙丁管理局：负责组织实施。\n市戊己管理局：负责督促检查。\n"
            "市庚辛管理局：负责宣传引导。\n")
    rows = assignments(text)
    assert not any(agency == "市甲乙管理局" for _, _, agency in rows)


@pytest.mark.parametrize("attachment", [
    "附件：1.2019年《政府工作报告》重点工作任务分解表\n2.2019年十件民生实事任务分解表",
    "附件：青川县2020年重点工作责任分工",
])
def test_an_official_notice_whose_attachment_divides_the_tasks_is_a_plan(attachment):
    text = ("关于做好2019年政府工作报告重点工作和民生实事的通知\n各乡镇人民政府，县政府各部门：\n"
            "根据县政府工作报告确定的目标任务，结合班子成员分工，现将各项工作任务分解（详见附件），请认真抓好落实。\n"
            f"{attachment}\n青川县人民政府办公室\n2019年3月2日\n")
    assert notice(text).document.kind == "plan"


def test_an_official_notice_with_another_attachment_stays_a_notice():
    text = ("关于做好2019年春季森林防火工作的通知\n各乡镇人民政府：\n"
            "现就做好今年春季森林防火工作通知如下，请认真贯彻执行。\n"
            "附件：青川县森林防火值班电话\n青川县人民政府办公室\n2019年3月2日\n")
    assert notice(text).document.kind == "notice"


@pytest.mark.parametrize("rows", [
    # a town site's info table, its cells between bars, then the same cells one to a line
    "索引号 | 123456789/2020-000321 | 发布机构 | 青禾镇 | 发文日期 | 2020-06-11 |\n---|---|---|---|---|---|\n"
    "信息类别 | 综合政务 | 公开范围 | 全部公开 | 公开方式 | 政府网站 |\n",
    # the same table with each label cell in brackets
    "[ 索引号 ] | 123456789/2020-000321 | [ 发文字号 ] | |\n[ 主题分类 ] | 农业农村 | [ 体裁分类 ] | 通知 |\n"
    "[ 发布机构 ] | 青禾镇 | [ 有效性 ] | |\n[ 成文日期 ] | 2020-06-11 | [ 发布日期 ] | 2020-06-12 |\n",
])
def test_a_town_named_as_the_publisher_in_an_info_table_is_the_issuer(rows):
    text = rows + ("各村（社区）、部门：\n为做好今年夏季防汛工作，确保群众生命财产安全，现就有关事项通知如下：\n"
                   "一、加强组织领导\n各村要成立防汛工作小组，落实专人值守。\n")
    d = notice(text).document
    assert d.issuer == "青禾镇"
    assert d.signed == "2020-06-11"


def test_a_bracketed_info_table_gives_the_title_its_issuer_and_date():
    text = ("[ 索引号 ] | 115000000000000000/2023-00042 | [ 发文字号 ] | |\n"
            "[ 发布机构 ] | 白沙县青禾乡 | [ 有效性 ] | |\n[ 成文日期 ] | 2023-10-08 | [ 发布日期 ] | 2023-10-09 |\n"
            "白沙县青禾乡森林火灾应急预案\n为了有效预防和处置森林火灾，保障人民群众生命财产安全，结合本乡实际，制定本预案。\n"
            "一、总则\n本预案适用于本乡行政区域内森林火灾的应对工作。\n")
    d = notice(text).document
    assert (d.title, d.issuer, d.signed) == ("白沙县青禾乡森林火灾应急预案", "白沙县青禾乡", "2023-10-08")


def test_a_place_that_is_no_town_is_no_publisher():
    text = ("索引号 | 123456789/2020-000321 | 发布机构 | 青禾新闻网 | 发文日期 | 2020-06-11 |\n---|---|---|---|---|---|\n"
            "各村（社区）：\n为做好今年夏季防汛工作，现就有关事项通知如下：\n一、加强组织领导\n各村要成立防汛工作小组。\n")
    assert notice(text).document.issuer is None


def test_a_town_publisher_is_its_government_where_the_notice_names_that_government():
    text = ("索引号 | 123456789/2021-000777 | 发布机构 | 白水镇 | 发文日期 | 2021-03-02 |\n---|---|---|---|---|---|\n"
            "各村（社区）、部门：\n为做好今年春季植树造林工作，现就有关事项通知如下：\n一、加强组织领导\n各村要落实专人负责。\n"
            "白水镇人民政府\n2021年3月2日\n")
    assert notice(text).document.issuer == "白水镇人民政府"


def test_a_town_publisher_of_a_numbered_notice_is_its_government():
    text = ("索引号 | 123456789/2021-000778 | 发布机构 | 白水镇 | 发文日期 | 2021-03-02 |\n---|---|---|---|---|---|\n"
            "白水镇关于做好春季植树造林工作的通知\n白政发〔2021〕3号\n各村（社区）、部门：\n现就有关事项通知如下。\n")
    assert notice(text).document.issuer == "白水镇人民政府"


def test_a_group_offices_head_held_concurrently_is_no_appointment_across_a_comma():
    # a page saved with ASCII commas: 由某某同志兼任, then the next clause is no part of the post
    text = ("各街道办事处,机关各部门:\n为加快推进青禾园区建设,经研究,决定成立青禾园区创建工作领导小组,相关成员及单位职责如下:\n"
            "一、组成人员\n组 长:王某某 青禾区管委会副主任\n副组长:李某某 青禾区经济发展局局长\n"
            "领导小组下设办公室,办公室设在经济发展局,办公室主任由赵某某同志兼任,办公室成员由领导小组成员单位相关同志兼任,"
            "办公室成员如因人事变动需要调整的,由成员单位提出意见,报领导小组批准。\n")
    assert notice(text).document.kind == "notice"


@pytest.mark.parametrize("printed, number", [
    ("青禾政发〔2021〕7 ", "青禾政发〔2021〕7号"),  # the copy dropped the 号
    ("白水政办发〔202133", "白水政办发〔2021〕33号"),  # the closing bracket and the 号
])
def test_a_number_on_its_line_that_lost_its_closing_glyphs(printed, number):
    text = (f"关于印发青禾区优化营商环境实施方案的通知\n\n来源:青禾区人民政府办公室 发布日期:2021-04-02\n\n{printed}\n\n"
            "各乡镇人民政府,区政府各部门:\n《青禾区优化营商环境实施方案》已经区政府常务会议审议通过,现印发给你们,请认真组织实施。\n"
            "青禾区人民政府\n2021年3月30日\n")
    assert notice(text).document.number == number


def test_a_bare_year_on_its_line_is_no_number():
    text = ("关于做好春季防火工作的通知\n青禾政发〔2021〕\n各乡镇人民政府:\n现就有关事项通知如下。\n青禾区人民政府\n2021年3月30日\n")
    assert notice(text).document.number != "青禾政发〔2021〕号"
