"""Duties divided in prose (session 13, plans16): a notice on 责任分工 whose items each open with the body that
carries the duty — ``X负责Z``, ``X会同Y，负责Z`` (both responsible), a body given a short name in brackets, a
group's own office — on made-up text (other places, bodies and tasks than any corpus page)."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


TITLED = ("青禾市人民政府办公室关于\n进一步明确河道保洁工作责任分工的通知\n(青政办〔2011〕6号)\n"
          "各区人民政府,市人民政府有关部门:\n为做好河道保洁工作,现就责任分工通知如下:\n")


def test_two_prose_duties_in_a_notice_on_its_division_of_duties():
    text = TITLED + (
        "一、市河道保洁领导小组办公室(以下简称市保洁办)负责拟定全市河道保洁年度计划,组织检查考核。汇总上报进展情况。\n"
        "二、各区人民政府对自己所辖河段的保洁工作负总责。\n"
        "三、市水务局会同市城管局,负责主干河道保洁经费测算,提出经费安排建议。\n"
        "青禾市人民政府办公室\n二○一一年三月二日\n")
    got = rows(text)
    assert ("负责拟定全市河道保洁年度计划", "responsible", "市河道保洁领导小组办公室") in got
    assert ("负责主干河道保洁经费测算", "responsible", "市水务局") in got
    assert ("负责主干河道保洁经费测算", "responsible", "市城管局") in got
    # a territorial duty (对自己所辖…负总责) allocates no task
    assert not any(a == "各区人民政府" for _, _, a in got)
    assert len(got) == 3


def test_two_prose_duties_without_a_title_of_division_give_nothing():
    text = ("松岭县人民政府关于做好秋季防火工作的通知\n各乡镇人民政府:\n"
            "一、县林业局负责组织全县防火巡查,及时报告火情。\n"
            "二、县应急局会同县气象局,负责发布火险预警。\n松岭县人民政府\n2015年9月1日\n")
    assert rows(text) == set()


def test_a_clause_that_names_a_person_or_a_sentence_is_no_duty():
    text = TITLED + (
        "一、市河道保洁领导小组组长负责召集会议,研究重大事项。\n"
        "二、各单位要会同有关方面,负责做好宣传。\n"
        "三、使用财政资金的单位会同有关部门负责本单位保洁。\n")
    assert rows(text) == set()


def test_three_clauses_with_a_partner_body_read_without_a_titled_notice():
    text = ("白崖市人民政府关于做好冬季供暖工作的通知\n各县区人民政府:\n"
            "市住建局负责供热管网改造;市发改委会同市财政局负责供热价格核定;市市场监管局负责计量监督。\n")
    got = rows(text)
    assert ("负责供热价格核定", "responsible", "市发改委") in got
    assert ("负责供热价格核定", "responsible", "市财政局") in got
    assert ("负责供热管网改造", "responsible", "市住建局") in got
