"""Appointments news reports list (issue 10, helper rappt2): a report's list of the decisions it copies, each item
printed with the person's current posts before the name (甲局局长某某兼任乙委副书记；…), and an item naming the body
the person already serves by 该 (某集团副总经理某某任该集团总经理)."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position
from helpers import posts

A, P = "Appointment", "Position"


# a report's list of decisions, each item the person's current posts, the name, a verb (任, 兼任, 同时担任) and
# the posts: each an appointment, the posts before the name held now
@pytest.mark.parametrize("text, expected", [
    ("两区领导合二为一\n2月4日，某某开发区召开领导干部大会，宣布了有关领导的任职决定。记者在任职决定中看到，"
     "青山区委书记周立平同时担任某某开发区工委书记；青山区长吴文海兼任开发区工委副书记；"
     "开发区管委会主任郑明远任青山区委委员、常委、副书记。\n",
     [(A, "周立平", "某某开发区工委", "书记"), (A, "吴文海", "开发区工委", "副书记"),
      (A, "郑明远", "青山区委", "委员"), (A, "郑明远", "青山区委", "常委"), (A, "郑明远", "青山区委", "副书记"),
      (P, "周立平", "青山区委", "书记"), (P, "吴文海", "青山区人民政府", "区长"), (P, "郑明远", "开发区管委会", "主任")]),
])
def test_listed_decisions_with_current_posts_before_the_name(text, expected):
    assert posts(text, kind=(Appointment, Position)) == sorted(expected)


# an item naming the body the person already serves by 该 (该集团, 该公司, 该局): that body (and the post printed before the
# name, of the same body, is the one left: no position); a former post (原…) or a verb (聘请…) before the name: none
@pytest.mark.parametrize("text, expected", [
    ("央企高管调整\n石油方面，有两人在本集团升任，其中，中国某某油气集团副总经理周海涛任该集团总经理，"
     "中国某某能源集团副总经理孙立新任该集团总经理。\n",
     [(A, "周海涛", "中国某某油气集团", "总经理"), (A, "孙立新", "中国某某能源集团", "总经理")]),
])
def test_the_body_an_item_names_by_gai(text, expected):
    assert posts(text, kind=(Appointment, Position)) == sorted(expected)


def test_no_name_glued_to_then_and_no_former_post_held():
    text = ("人事变动\n20日，某某区召开干部大会，市委组织部原副部长周海涛任某某区委书记，原区委书记孙立新则任某某市委常委、"
            "宣传部部长。\n")
    rows = posts(text, kind=(Appointment, Position))
    assert not [r for r in rows if r[1].endswith("则") or "原" in r[2]]


# one career step in a sentence (no list of decisions) stays a career step
def test_one_titled_step_is_no_list():
    text = "人物简介\n2015年，某某区委书记周立平兼任某某开发区工委书记，主持全面工作。\n"
    assert not [r for r in posts(text, kind=Appointment)]


# several bodies of one kind parted by 、 before the titles of the last (任甲委员会、乙委员会委员、副书记): each body holds
# each title
@pytest.mark.parametrize("text, expected", [
    ("关于周立平同志任职的通知\n经研究，决定：周立平同志任中共某市委东湖新区工作委员会、中共某市委西山园区工作委员会委员、副书记。\n",
     [(A, "周立平", "中共某市委东湖新区工作委员会", "委员"), (A, "周立平", "中共某市委东湖新区工作委员会", "副书记"),
      (A, "周立平", "中共某市委西山园区工作委员会", "委员"), (A, "周立平", "中共某市委西山园区工作委员会", "副书记")]),
    ("关于周立平同志任职的通知\n经研究，决定：周立平同志任某市东湖新区管理委员会、某市西山园区管理委员会、某市南港园区管理委员会主任。\n",
     [(A, "周立平", "某市东湖新区管理委员会", "主任"), (A, "周立平", "某市西山园区管理委员会", "主任"),
      (A, "周立平", "某市南港园区管理委员会", "主任")]),
])
def test_bodies_sharing_the_titles_of_the_last(text, expected):
    assert posts(text, kind=Appointment) == sorted(expected)


# when a report's mover moved, printed between the name and 调任 (某某上月调任X): no part of the name
def test_when_between_the_name_and_the_move():
    text = ("某部直属高校校长书记一月调整\n前天下午，某部干部局副局长钱某某宣布任命决定：周立平担任某某农业大学校长。\n"
            "其中，原某某大学常务副校长吴文海升任某某理工大学校长，原某某航空大学党委书记郑明远上月调任某部党组副书记、副部长。\n")
    assert {(r[1], r[2], r[3]) for r in posts(text, kind=Appointment)} >= {("郑明远", "某部", "党组副书记"),
                                                                           ("郑明远", "某部", "副部长")}
