"""Assignments real notices lose (session 22, rassign). Every text is made up.

Class 1: a news report of a plan that tells who will carry out what (``发展改革委、财政部、商务部将负责支持建设某某
经济圈，…`` / ``发展改革委、财政部等部门还将负责推动某某…``): each body named before ``将负责`` is responsible, the
task the clause after ``负责`` (``等部门`` adds no body).
"""
from __future__ import annotations

import pytest

from helpers import assignments

_NEWS_HEAD = "新华社北京5月8日电 国务院办公厅日前印发《关于支持某省经济社会发展重点工作分工方案》。\n"


@pytest.mark.parametrize("body, rows", [
    ("根据《分工方案》，为支持某某核心区率先发展，发展改革委、交通运输部、财政部将负责支持建设某某都市经济圈，"
     "积极推进某新区发展。\n",
     {("支持建设某某都市经济圈", "responsible", a) for a in ("发展改革委", "交通运输部", "财政部")}),
    ("发展改革委、商务部等部门还将负责推动甲(城)乙(城)、丙(城)丁(城)经济区加快发展，加快资源开发步伐。\n",
     {("推动甲(城)乙(城)、丙(城)丁(城)经济区加快发展", "responsible", a) for a in ("发展改革委", "商务部")}),
    ("教育部将负责完善某省职业教育体系。\n", {("完善某省职业教育体系", "responsible", "教育部")}),
    # not a body: people, a locality's words, a sentence's subject
    ("专家们将负责审定某某规划，确保质量。\n", set()),
    ("今后我们将负责做好某某工作。\n", set()),
])
def test_a_report_of_what_bodies_will_carry_out(body, rows):
    assert assignments(_NEWS_HEAD + body) == rows


def test_a_report_in_traditional_characters():
    text = ("新華社北京5月8日電 國務院辦公廳日前印發《關於支持某省經濟社會發展重點工作分工方案》。\n"
            "發展改革委、財政部、鐵道部將負責支持建設某某都市經濟圈，積極推進某新區發展。\n")
    assert assignments(text) == {("支持建設某某都市經濟圈", "responsible", a) for a in ("發展改革委", "財政部", "鐵道部")}


# Class 2: an item or its paragraph hands the work to a body with 由 and a verb of carrying out, and names no body
# that helps (``③礼宾人员由市外事办组织实施。`` / ``…。具体实施由办公室、综合股承办。``): the bodies are responsible for
# the item's task (an item's first clause, or the heading the paragraph stands under).
_PLAN_HEAD = "某市第三届农民运动会组织工作分工\n"


@pytest.mark.parametrize("body, rows", [
    ("(一)开幕式\n分工与配合:\n①会场布置由市体育局组织实施,市城管局配合。\n②礼宾人员由市外事办组织实施。\n",
     {("会场布置由市体育局组织实施", "responsible", "市体育局"), ("会场布置由市体育局组织实施", "support", "市城管局"),
      ("礼宾人员由市外事办组织实施", "responsible", "市外事办")}),
    ("一、成立某某工作领导小组\n县局决定成立某某工作领导小组。由局长任组长。具体实施由办公室、综合股承办。\n"
     "二、广泛宣传\n在干部职工中广泛宣传。\n",
     {("成立某某工作领导小组", "responsible", a) for a in ("办公室", "综合股")}),
    ("1.闭幕式\n暂定于7月举行。\n②奖品由市体育局负责落实。\n", {("奖品由市体育局负责落实", "responsible", "市体育局")}),
    # no body: a person; words of a sentence; a rule's interpretation is no task
    ("(一)开幕式\n①主持词由张某某组织实施。\n", set()),
    ("(一)开幕式\n①议程由各地根据实际组织实施。\n", set()),
    ("(一)开幕式\n①本方案由市体育局负责解释。\n", set()),
])
def test_a_body_that_carries_out_an_item_with_no_helper(body, rows):
    assert assignments(_PLAN_HEAD + body) == rows


# Class 3: a rule's article or a decision that names its matter, the body that leads it and the bodies that take part
# (``第五条 某某人员的选派，由市政府办公室牵头，市委组织部、市人事局共同参与，提出建议方案。``): the matter (its first clause)
# is the task, the lead leads and the others support, as with 会同.
_RULES_HEAD = "某市人民政府办公室关于印发某市驻外办事机构管理办法的通知\n某市驻外办事机构管理办法\n第一章 总则\n第一条 为加强管理，制定本办法。\n"


@pytest.mark.parametrize("body, rows", [
    ("第二章 人员\n第五条 驻外办事机构人员的选派，由市政府办公室牵头，市委组织部、市人事局、市商务局共同参与，提出建议方案，"
     "经市政府同意后派出。\n",
     {("驻外办事机构人员的选派", "lead", "市人民政府办公室")}
     | {("驻外办事机构人员的选派", "support", a) for a in ("市委组织部", "市人事局", "市商务局")}),
    ("第六条 驻外办事机构的年度考核，由市商务局牵头，市财政局配合，每年组织一次。\n",
     {("驻外办事机构的年度考核", "lead", "市商务局"), ("驻外办事机构的年度考核", "support", "市财政局")}),
    # the ones taking part are no bodies
    ("第六条 驻外办事机构的年度考核，由市商务局牵头，有关专家共同参与。\n",
     {("驻外办事机构的年度考核", "lead", "市商务局")}),
])
def test_a_matter_led_by_one_body_that_others_take_part_in(body, rows):
    assert assignments(_RULES_HEAD + body) == rows


# Class 4: matters and the bodies that carry them out paired in order (``甲改革、乙改革和丙改革具体工作分别由A司、B站、C司承担``):
# each body responsible for its own matter, where the two lists are of one length.
@pytest.mark.parametrize("body, rows", [
    ("《通知》明确，水源地保护、河道清淤和堤防加固具体工作分别由水资源司、河湖处、工程站承担。\n",
     {("水源地保护", "responsible", "水资源司"), ("河道清淤", "responsible", "河湖处"), ("堤防加固", "responsible", "工程站")}),
    ("会议确定，春季植树和秋季补植分别由县林业局、县农业农村局负责。\n",
     {("春季植树", "responsible", "县林业局"), ("秋季补植", "responsible", "县农业农村局")}),
    # lists of two lengths, or no bodies
    ("会议确定，春季植树、秋季补植和冬季管护分别由县林业局、县农业农村局负责。\n", set()),
    ("春季植树和秋季补植分别由各村干部负责。\n", set()),
])
def test_matters_and_bodies_paired_in_order(body, rows):
    assert assignments("某县人民政府办公室关于做好植树工作的通知\n" + body) == rows


def test_a_page_title_with_its_column_and_site_after_the_headline():
    # (extract/layout: the headline the page's title line prints before its column and the site's name)
    from helpers import document
    text = ("某部成立某某改革领导小组_要闻_某某财经网\n  您的位置:首页 >> 要闻 >> 文章正文\n\n某部成立某某改革领导小组\n\n"
            "加入日期:2013-8-27 14:49:32\n\n  8月19日,某部办公室印发《关于成立某部某某改革领导小组的通知》,要求各地深化改革。\n")
    assert document(text).title == "某部成立某某改革领导小组"
