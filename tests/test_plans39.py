"""Task assignments and citations as real pages print them (round 39, helper c): a page flattened to one line whose
section heading runs into an item that opens with a year (一、主要目标 1.2020年是…); the persons of units who take
part (各处室主要负责人参加) named after a lead, no bodies that support; a number printed right after a cited title
without a parenthesis; the issuing body run on before a number's code (国务院国发〔…〕); an order's number written
before its 令 (某部第12号令)."""
from __future__ import annotations

from govkg.facts import Assignment, Citation
from govkg.nlp import extract
from govkg.notice import RawNotice


def _facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def run(text: str) -> set[tuple[str, str, str]]:
    return {(a.task, a.role, a.agency) for a in _facts(text).of(Assignment)}


def cited(text: str) -> set[tuple[str | None, str]]:
    return {(c.title, c.number) for c in _facts(text).of(Citation)}


def test_a_flattened_items_year_is_no_part_of_the_section_heading():
    """一、主要目标 1.2020年是…。…(由X、Y负责落实): the page lost its line breaks; the item opens with a year, its
    task its first clause, not the section's heading glued before its enumerator."""
    text = ("青山省人民政府办公厅关于印发2020年省政府重点工作任务分解的通知\n青政办〔2020〕5号\n"
            "    各市人民政府，省政府各部门： 现将重点工作任务分解印发给你们，请认真组织落实。 一、主要目标 "
            "1.2020年是全面建成小康社会的收官之年。全省生产总值增长7%左右。由省发展改革委、统计局负责落实。 "
            "2.稳定粮食生产。粮食产量保持在600亿斤以上。由省农业农村厅负责落实。\n")
    got = run(text)
    assert ("2020年是全面建成小康社会的收官之年", "responsible", "省发展改革委") in got
    assert not any(task.startswith("主要目标") for task, _, _ in got)


def test_the_persons_of_units_who_take_part_support_nothing():
    """起草组由副局长某某牵头负责，局机关各科室主要负责人参加: persons attend, no body supports the work."""
    text = ("平川市教育局进一步做好规划编制工作\n发布日期：2016-03-02\n"
            "一是加强规划编制工作组织领导。市教育局成立规划起草组，起草组由副局长陈立新牵头负责，局机关各科室、"
            "局属各学校主要负责人参加。\n二是明确规划编制工作分工。规划科负责规划编制组织协调工作，市教研室负责规划文本起草工作。\n")
    got = run(text)
    assert not any(agency.startswith("局机关各科室") for _, _, agency in got)
    assert ("负责规划编制组织协调工作", "responsible", "规划科") in got


def test_a_number_right_after_a_cited_title_without_a_parenthesis():
    """市委批转了《某某意见》青发[2008]12号。: the number cites the title before it."""
    text = ("在全市换届选举工作会议上的讲话\n同志们：\n这次换届选举，市委批转了《中共青山市人大常委会党组关于换届选举工作的"
            "意见》青发[2008]12号。各地要认真贯彻。\n")
    assert ("中共青山市人大常委会党组关于换届选举工作的意见", "青发〔2008〕12号") in cited(text)


def test_the_issuing_body_before_a_code_is_no_part_of_the_number():
    """国务院国发〔1981〕55号文件批转了…: the code is 国发."""
    text = ("劳动部关于职工探亲待遇若干问题的处理意见\n各省、自治区、直辖市劳动局：\n国务院国发〔1981〕55号文件批转了"
            "有关部门的报告，现就执行中的问题提出如下意见。\n")
    numbers = {n for _, n in cited(text)}
    assert "国发〔1981〕55号" in numbers and not any(n.startswith("国务院") for n in numbers)


def test_an_orders_number_written_before_its_ling():
    """《某某办法》(財政部第12號令), (某部〔2007〕第16号令): an order's number as printed, 令 kept."""
    text = ("青山省農業資金管理實施辦法\n第一條 為加強資金管理，根據《農業資金管理辦法》(財政部第12號令)的規定，結合本省實際，"
            "制定本辦法。\n第二條 根據《住房保障辦法》(建設部〔2007〕第16号令)辦理。\n")
    got = cited(text)
    assert ("農業資金管理辦法", "財政部第12號令") in got
    assert ("住房保障辦法", "建設部〔2007〕第16号令") in got
