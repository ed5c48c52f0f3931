"""Assignments of real notices (session 16, plans19). Every text is made up.

Class 1: a census notice divides its matters between the bodies of its group in prose —
``涉及普查经费方面的事项，由某财政局负责协调；涉及…的事项，由甲、乙负责和协调`` — each body is responsible for its
clause's matter (the verb may go on: 负责协调, 负责和协调, 负责协调解决; 牵头负责协调落实 leads); work that stays with a body
(``某项工作仍由某办事处负责``) is the same. A body named only by its role (主办部门) gives no row.
"""
from __future__ import annotations

from govkg.extract.assignments import plausible_agency
from govkg.nlp import extract
from govkg.notice import RawNotice


def notice(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def assignments(text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in notice(text).facts if type(f).__name__ == "Assignment"}


CENSUS = ("云岭县人民政府关于做好第二次全国水产普查工作的通知\n"
          "各乡镇人民政府,县政府各部门:\n"
          "一、普查组织实施\n"
          "县政府成立云岭县第二次全国水产普查领导小组,负责组织全县普查工作。"
          "领导小组成员单位要各负其责、密切配合,涉及普查经费方面的事项,由县财政局负责和协调;"
          "涉及渔船登记方面的事项,由县渔政站负责协调;"
          "涉及普查宣传动员方面的事项,由县统计局、县委宣传部、县融媒体中心负责和协调。\n"
          "二、工作要求\n"
          "各乡镇要认真组织实施。\n"
          "云岭县人民政府\n2033年4月2日\n")


def test_census_matters_each_go_to_their_bodies():
    got = assignments(CENSUS)
    assert ("涉及普查经费方面的事项", "responsible", "县财政局") in got
    assert ("涉及渔船登记方面的事项", "responsible", "县渔政站") in got
    for body in ("县统计局", "县委宣传部", "县融媒体中心"):
        assert ("涉及普查宣传动员方面的事项", "responsible", body) in got


STAYS = ("关于调整某林区派驻机构的通知\n"
         "各有关单位:\n"
         "经研究,撤销北岭林区管理处。北岭林区的防火巡查工作仍由省林业厅驻北岭林区监督办事处负责。\n"
         "特此通知。\n")


def test_the_verb_may_go_on():
    text = ("关于做好全镇第一次林木普查工作的通知\n各村委会:\n"
            "普查期间,涉及普查物资采购方面的事宜,由镇财政所负责协调解决;"
            "涉及林地界线核实方面的事项,由镇林业站牵头负责协调落实。\n特此通知。\n")
    got = assignments(text)
    assert ("涉及普查物资采购方面的事宜", "responsible", "镇财政所") in got
    assert ("涉及林地界线核实方面的事项", "lead", "镇林业站") in got


def test_work_that_stays_with_a_body():
    assert ("北岭林区的防火巡查工作", "responsible", "省林业厅驻北岭林区监督办事处") in assignments(STAYS)


def test_a_body_named_by_its_role_is_no_agency():
    assert not plausible_agency("主办部门")
    assert not plausible_agency("主办单位")
    assert plausible_agency("县渔政站")
