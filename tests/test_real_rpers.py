"""Appointments and removals of real notices' shapes (issue 10, helper rpers). Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Removal
from helpers import document, facts, posts

_HEAD = "某市人民政府关于聘请某市人民政府法律顾问的通知\n各区人民政府，市各委办局：\n"
_FOOT = "某市人民政府\n2025年1月6日\n"


@pytest.mark.parametrize("body, rows", [
    # a decision that names the post for a list of names printed below it, one a line with an affiliation
    ("为推进依法行政，经严格推荐和考察，市政府决定聘请下列人员担任某市人民政府法律顾问，聘期为2025—2027年。"
     "名单如下（按姓氏笔画排序）：\n田海涛 某某律师事务所\n吕 青 某某（某市）律师事务所\n孙明远 某大学法学院\n",
     [("Appointment", "吕青", "某市人民政府", "法律顾问"), ("Appointment", "孙明远", "某市人民政府", "法律顾问"),
      ("Appointment", "田海涛", "某市人民政府", "法律顾问")]),
    # the names after the colon on the header's own line
    ("经市政府研究，决定任命下列同志为市人民政府副秘书长：田海涛、孙明远。\n",
     [("Appointment", "孙明远", "市人民政府", "副秘书长"), ("Appointment", "田海涛", "市人民政府", "副秘书长")]),
    # a count of the people, numbered lines, an aside after a name
    ("经研究，决定聘任以下3名同志为市人民政府参事：\n1.田海涛（女） 某大学教授\n2.孙明远 某研究院研究员\n3.吕青\n",
     [("Appointment", "吕青", "市人民政府", "参事"), ("Appointment", "孙明远", "市人民政府", "参事"),
      ("Appointment", "田海涛", "市人民政府", "参事")]),
    # a removal of a list: 免去下列同志的X职务
    ("经研究，决定免去下列同志的市人民政府参事职务：\n田海涛\n孙明远\n",
     [("Removal", "孙明远", "市人民政府", "参事"), ("Removal", "田海涛", "市人民政府", "参事")]),
    # the post printed without its body: the government that decides names it
    ("市政府决定聘请下列同志担任法律顾问：\n田海涛　某某律师事务所主任\n孙明远　某大学法学院教授\n",
     [("Appointment", "孙明远", "市人民政府", "法律顾问"), ("Appointment", "田海涛", "市人民政府", "法律顾问")]),
])
def test_a_header_names_the_post_of_the_list_below_it(body, rows):
    assert posts(_HEAD + body + _FOOT, (Appointment, Removal)) == rows


def test_a_header_list_dates_the_term():
    got = [f for f in facts(_HEAD + "市政府决定聘请下列人员担任某市人民政府法律顾问，聘期为2025—2027年。名单如下：\n"
                            "田海涛 某某律师事务所\n孙明远 某大学法学院\n" + _FOOT) if isinstance(f, Appointment)]
    assert {(f.person, f.start, f.end) for f in got} == {("田海涛", "2025", "2027"), ("孙明远", "2025", "2027")}


@pytest.mark.parametrize("body", [
    # a rule on whom the government may hire: classes of people, no names
    "第五条 市政府可以聘请下列人员担任法律顾问：\n（一）具有较高法学理论水平的专家学者；\n（二）执业五年以上的律师。\n",
    # the list that follows is of duties, not of people
    "市政府决定聘请下列人员担任法律顾问，其职责如下：\n参与重大决策\n审查合同文本\n",
])
def test_a_header_without_names_below_gives_no_rows(body):
    assert posts(_HEAD + body + _FOOT, (Appointment, Removal)) == []


def test_a_letter_that_issues_a_named_document_is_titled_by_its_heading():
    """An untitled letter (its page starts at the addressees) that says 印发《X》 and prints X under its attachment
    note: X is its title, and the appointments its decision makes are rows of that document."""
    text = ("各区人民政府，市各委办局：\n为推进依法行政，印发《某市政府法律顾问工作管理办法》。市政府决定聘请下列人员担任"
            "某市人民政府法律顾问，聘期为2025—2027年。名单如下：\n田海涛 某某律师事务所\n孙明远 某大学法学院\n"
            "附件：某市政府法律顾问工作管理办法\n某市人民政府\n2025年1月6日\n附件\n某市政府法律顾问工作管理办法\n"
            "第一条 为规范市政府法律顾问工作，制定本办法。\n")
    assert document(text).title == "某市政府法律顾问工作管理办法"
    assert posts(text, Appointment) == [("Appointment", "孙明远", "某市人民政府", "法律顾问"),
                                        ("Appointment", "田海涛", "某市人民政府", "法律顾问")]


@pytest.mark.parametrize("body, rows", [
    # a company's registered name opens with its province before a word ending in 市 (城市): the name, kept whole
    ("会上宣布干部任免决定：田海涛任浙江某湖城市开发控股集团有限公司副总经理；免去孙明远的浙江某湖城市开发控股集团有限公司董事职务。\n",
     [("Appointment", "田海涛", "浙江某湖城市开发控股集团有限公司", "副总经理"),
      ("Removal", "孙明远", "浙江某湖城市开发控股集团有限公司", "董事")]),
    # a city's government printed after its province's short name: the province is no part of the body
    ("经研究，决定：田海涛任辽宁某阳市人民政府副秘书长。\n", [("Appointment", "田海涛", "某阳市人民政府", "副秘书长")]),
])
def test_a_province_before_a_company_stays_in_its_name(body, rows):
    assert posts(_HEAD.replace("聘请某市人民政府法律顾问", "田海涛等职务任免") + body + _FOOT, (Appointment, Removal)) == rows
