"""Appointments and removals of real notices' shapes, round two (issue 10, helper rpers2). Each case is a
made-up notice."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from helpers import posts

_NEWS = "某市举行法律顾问聘任仪式\n"


@pytest.mark.parametrize("body, rows", [
    # a body's list of those it hired, each with the unit and post before the name and the profession after it
    ("1月5日，市政府举行法律顾问聘任仪式。市政府聘请的法律顾问是：某大学法学院院长田海涛教授、"
     "某某律师事务所主任孙明远律师、某某律师事务所合伙人吕青律师。\n",
     [("Appointment", "吕青", "市人民政府", "法律顾问"), ("Appointment", "孙明远", "市人民政府", "法律顾问"),
      ("Appointment", "田海涛", "市人民政府", "法律顾问")]),
    # the list goes on after ； with a second post of the same kind (its assistant), one person
    ("市政府聘请的法律顾问是：某大学法学院院长田海涛教授、某某律师事务所主任孙明远律师；"
     "市政府法律顾问助理是市司法局某某管理处周立律师。\n",
     [("Appointment", "周立", "市人民政府", "法律顾问助理"), ("Appointment", "孙明远", "市人民政府", "法律顾问"),
      ("Appointment", "田海涛", "市人民政府", "法律顾问")]),
    # people with their posts before them, joined by 和, hired (受聘为)
    ("会上，本所主任田海涛律师和党支部书记孙明远律师受聘为区政府法律顾问。\n",
     [("Appointment", "孙明远", "区人民政府", "法律顾问"), ("Appointment", "田海涛", "区人民政府", "法律顾问")]),
    # one person named with others only by their count, hired to the new term's counsel (新一届)
    ("某某大学法学院院长田海涛和其他8位法律专家一道，受聘为新一届市政府法律顾问，聘期为五年。\n",
     [("Appointment", "田海涛", "市人民政府", "法律顾问")]),
    # one person with two posts joined by 、 before the name, who becomes one of the first counsellors
    ("市长向首批获聘的参事颁发聘书。某市工商业联合会会长、某某纺织有限公司董事长田海涛成为首批某市政府参事。\n",
     [("Appointment", "田海涛", "某市人民政府", "参事")]),
])
def test_people_with_their_units_are_hired(body, rows):
    assert posts(_NEWS + body, (Appointment, Removal)) == rows


@pytest.mark.parametrize("body", [
    # a list of units, no people: nobody is hired
    "市政府聘请的法律顾问是：某某律师事务所、某某大学法学院。\n",
    # the head of a unit who took part, a list with no profession or title to end the names
    "市政府聘请的法律顾问是：某大学法学院、某某律师事务所主任办公室。\n",
])
def test_units_alone_are_hired_by_no_one(body):
    assert posts(_NEWS + body, (Appointment, Removal)) == []


def test_the_posts_before_one_who_becomes_a_counsellor_are_held():
    got = posts(_NEWS + "某市工商业联合会会长、某某纺织有限公司董事长田海涛成为首批某市政府参事。\n", (Position,))
    assert ("Position", "田海涛", "某某纺织有限公司", "董事长") in got


_CHIEFS = "关于调整某湖某河市级湖长河长的通知\n各区人民政府，市直各单位：\n"


@pytest.mark.parametrize("body, rows", [
    # a post handed from one holder to another: the first removed, the second appointed, each named with posts
    ("经总河长同意，原由市人大常委会副主任田海涛担任的某湖市级湖长调整为由市委常委、某区委书记孙明远担任。\n",
     [("Appointment", "孙明远", "某湖", "市级湖长"), ("Removal", "田海涛", "某湖", "市级湖长")]),
    # two bodies share the post; the holders named by name then title
    ("原由吕青副市长担任的某河、某江市级河长调整为由周立副市长担任，河长协助单位不变。\n",
     [("Appointment", "周立", "某江", "市级河长"), ("Appointment", "周立", "某河", "市级河长"),
      ("Removal", "吕青", "某江", "市级河长"), ("Removal", "吕青", "某河", "市级河长")]),
    # an ordinary post of a body
    ("原由田海涛担任的市防汛抗旱指挥部办公室主任调整为由孙明远担任。\n",
     [("Appointment", "孙明远", "市防汛抗旱指挥部办公室", "主任"),
      ("Removal", "田海涛", "市防汛抗旱指挥部办公室", "主任")]),
])
def test_a_post_handed_over_removes_one_and_appoints_the_other(body, rows):
    assert posts(_CHIEFS + body + "某市全面推行河长制办公室\n2025年1月6日\n", (Appointment, Removal)) == rows
