"""Appointments narrated in prose and chronicles (issue 10, helper rappt): a Party group set up in one sentence and
made up of named people in the next, a body the text sets up and then names by its head noun alone."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment
from helpers import posts

A = "Appointment"


# a Party group set up in one sentence (成立X党组。) and made up of named people in the next (党组由…组成。),
# its leaders named in a sentence of their own (甲任党组书记，乙、丙任副书记。)
@pytest.mark.parametrize("text, expected", [
    ("3月5日，成立中共某某专员公署党组。党组由周某某、赵某某、钱某某、孙某某组成。赵某某任党组书记，钱某某、孙某某任副书记。\n",
     [(A, "周某某", "某某专员公署", "党组成员"), (A, "孙某某", "某某专员公署", "党组副书记"),
      (A, "赵某某", "某某专员公署", "党组书记"), (A, "钱某某", "某某专员公署", "党组副书记")]),
    ("5月，经地委批准，建立某县人民委员会党组，党组由周某某、赵某某、钱某某组成，周某某任书记。\n",
     [(A, "周某某", "某县人民委员会", "党组书记"), (A, "赵某某", "某县人民委员会", "党组成员"),
      (A, "钱某某", "某县人民委员会", "党组成员")]),
])
def test_a_party_group_set_up_before_its_people_are_named(text, expected):
    assert posts(text, kind=Appointment) == sorted(expected)


# a body the text sets up (成立“X”, 成立X，) and then names by its head noun alone (任项目部主任): that body
@pytest.mark.parametrize("text, expected", [
    ("你委《关于成立项目部的报告》收悉。经研究，批复如下：\n一、同意你委成立“青河县农村饮水安全工程建设项目部”，负责工程建设管理。\n"
     "二、同意周某某同志任项目部主任，吴某某同志任项目部副主任。\n青河县水务局\n2015年3月2日\n",
     [(A, "吴某某", "青河县农村饮水安全工程建设项目部", "副主任"), (A, "周某某", "青河县农村饮水安全工程建设项目部", "主任")]),
    ("关于周某某等同志任职的通知\n经研究，决定成立中共青河县防汛抗旱临时委员会，任命周某某为临时委员会书记，吴某某为临时委员会副书记。\n",
     [(A, "吴某某", "中共青河县防汛抗旱临时委员会", "副书记"), (A, "周某某", "中共青河县防汛抗旱临时委员会", "书记")]),
])
def test_a_body_set_up_and_named_by_its_head_noun(text, expected):
    assert posts(text, kind=Appointment) == sorted(expected)


# a title naming a field of work (技术负责人, 财务负责人) among the posts of one body a sentence gives: a post of that body
def test_field_heads_of_the_body_named_before():
    text = ("你委《关于成立项目部的报告》收悉。经研究，批复如下：\n一、同意你委成立“青河县农村饮水安全工程建设项目部”。\n"
            "二、同意周某某同志任项目部主任，郑某某、王某某同志任技术负责人，王某某同志任财务负责人。\n青河县水务局\n2015年3月2日\n")
    body = "青河县农村饮水安全工程建设项目部"
    assert posts(text, kind=Appointment) == sorted([(A, "周某某", body, "主任"), (A, "郑某某", body, "技术负责人"),
                                                    (A, "王某某", body, "技术负责人"), (A, "王某某", body, "财务负责人")])


# a field head with no body named before it in its sentence keeps its post as printed
def test_a_field_head_alone_keeps_its_post():
    text = "关于郑某某同志任职的通知\n经研究，决定郑某某同志任技术负责人。\n"
    assert all(r[2] != "" for r in posts(text, kind=Appointment))


# several people removed from the posts printed straight after the last name, with no 的 (免去甲、乙副省长职务): each
@pytest.mark.parametrize("text, expected", [
    ("关于张某某等同志职务任免的通知\n会议决定，免去张某某、李某某市财政局副局长职务。\n",
     [("Removal", "张某某", "市财政局", "副局长"), ("Removal", "李某某", "市财政局", "副局长")]),
    ("某省人民委员会\n1956年3月，省一届人大三次会议增选魏某某为副省长，免去江某某副省长职务。\n1959年1月，中央免去贾某某、尤某某副省长职务。\n",
     [("Removal", "尤某某", "省人民委员会", "副省长"), ("Removal", "江某某", "省人民委员会", "副省长"),
      ("Removal", "贾某某", "省人民委员会", "副省长")]),
])
def test_several_removed_from_posts_glued_to_the_last_name(text, expected):
    from govkg.facts import Removal
    assert posts(text, kind=Removal) == sorted(expected)
