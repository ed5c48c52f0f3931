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


# Class 2 (round 2): a lone ``X负责Y`` — a named body given a duty in a sentence of its own, no 牵头/配合 word, is
# responsible for it (the task the clause from 负责, up to a second duty run on with 并负责); a body named lead after
# it (``，为某某联席会议牵头单位``) leads. Not a group's office or subgroup, not a person, not 负责解释, not 对…负责.
LONE = ("青岭市人民政府办公室关于开展第三次全国林草普查的通知\n"
        "各区县人民政府,市政府各部门:\n"
        "一、组织领导\n"
        "市政府成立青岭市第三次全国林草普查领导小组,负责普查工作的领导和协调。"
        "领导小组组长由副市长担任;市林业局、国家统计局青岭调查队负责具体普查工作的组织、实施和督导,"
        "领导小组办公室设在市林业局,负责领导小组日常工作。张某同志负责全面工作。\n"
        "二、工作要求\n"
        "各区县要认真组织本辖区内的普查登记工作。\n"
        "本通知由市林业局负责解释。\n"
        "青岭市人民政府办公室\n2031年3月1日\n")


def test_a_lone_duty_is_a_task_assigned():
    got = assignments(LONE)
    assert ("负责具体普查工作的组织、实施和督导", "responsible", "市林业局") in got
    assert ("负责具体普查工作的组织、实施和督导", "responsible", "国家统计局青岭调查队") in got



def test_a_collective_body_may_be_given_a_lone_duty():
    text = ("关于做好某县秋粮收购工作的通知\n各有关单位:\n今年秋粮收购工作即将开始。"
            "各乡镇人民政府负责本辖区内的收购组织工作,确保颗粒归仓。\n某县人民政府\n2030年9月1日\n")
    assert assignments(text) == {("负责本辖区内的收购组织工作", "responsible", "各乡镇人民政府")}


def test_two_lone_duties_are_an_unannounced_division_and_give_nothing():
    text = ("关于做好某县秋粮收购工作的通知\n各有关单位:\n一、县粮食局负责组织收购网点的布设。\n"
            "二、县市场监管局负责收购价格的监督检查。\n")
    assert assignments(text) == set()


def test_what_a_lone_duty_is_not():
    agencies = {a for _, _, a in assignments(LONE)}
    assert not any("小组" in a or "张某" in a for a in agencies)
    assert not any(t.startswith("负责解释") or "日常工作" in t for t, _, _ in assignments(LONE))
    text = ("关于成立某镇防汛指挥部的通知\n各村委会:\n指挥部下设抢险救援组,抢险救援组负责险情处置和人员转移。"
            "指挥部办公室负责日常联络工作。\n")
    assert assignments(text) == set()


def test_an_article_of_rules_and_its_first_duty():
    text = ("某县农村饮水工程管理办法\n第一条 为加强管理,制定本办法。\n"
            "第三条 县水务局负责全县农村饮水工程的监督管理工作并负责指导乡镇的管护工作。\n"
            "第九条 县人民政府对县人民代表大会负责并报告工作。\n第十条 本办法自公布之日起施行。\n")
    got = assignments(text)
    assert ("负责全县农村饮水工程的监督管理工作", "responsible", "县水务局") in got
    assert not any(a.startswith("对") for _, _, a in got)


def test_a_lone_duty_of_the_body_that_leads():
    text = ("关于建立某县困难群众救助联席会议制度的通知\n各乡镇人民政府:\n"
            "(二)县民政局负责联席会议的组织和联络工作,为困难群众救助联席会议牵头单位。联席会议办公室设在县民政局。\n")
    assert ("负责联席会议的组织和联络工作", "lead", "县民政局") in assignments(text)


# Class 3 (round 2): ``责任单位：A、B分别牵头`` / ``(A、B分别负责)`` / ``由A、B分别牵头，C配合`` — the role word after the
# list is every body's: each of them leads (or is responsible), not only the first one read.
def test_every_body_of_a_list_takes_the_role_after_it():
    text = ("某县乡村建设实施方案\n一、重点任务\n"
            "(一)推进田间道路建设。完善机耕道路。(责任单位:县交通局、县农业农村局分别牵头)\n"
            "(二)发展林下经济。培育示范基地,由县林业局、县供销社分别牵头,各乡镇配合。\n"
            "(三)整治村庄环境。(县住建局、县生态环境局分别负责)\n"
            "(四)建设物流站点。\n牵头单位:县商务局、县邮政公司分别牵头\n配合单位:县财政局\n")
    got = assignments(text)
    assert {("推进田间道路建设", "lead", "县交通局"), ("推进田间道路建设", "lead", "县农业农村局")} <= got
    assert {("发展林下经济", "lead", "县林业局"), ("发展林下经济", "lead", "县供销社"),
            ("发展林下经济", "support", "各乡镇")} <= got
    assert {("整治村庄环境", "responsible", "县住建局"), ("整治村庄环境", "responsible", "县生态环境局")} <= got
    assert {("建设物流站点", "lead", "县商务局"), ("建设物流站点", "lead", "县邮政公司"),
            ("建设物流站点", "support", "县财政局")} <= got
