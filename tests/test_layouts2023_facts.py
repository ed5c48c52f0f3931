"""What the blind corpora layouts20 to layouts23 found in the facts' readers (helper lfixj): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, facts, members, positions, posts
from govkg.facts import Appointment


# a name of another people (two parts joined by ·) with an aside of sex and nationality after it: the blanked aside
# is as long as the name, and the clause is still read as an appointment, its probation kept
@pytest.mark.parametrize("aside", ["（女，维吾尔族）", "（女，哈萨克族）", "（男，柯尔克孜族）", ""])
def test_long_dotted_name_with_an_aside_is_appointed(aside):
    rows = f"买买提江·吐尔地{aside}同志任市人民政府办公室副主任（试用期一年）；\n免去周立平同志的市水利局局长职务。\n"
    got = [f for f in facts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) if isinstance(f, Appointment)]
    assert [(f.person, f.post.agency, f.post.title, f.probation) for f in got] == \
        [("买买提江·吐尔地", "市人民政府办公室", "副主任", "P1Y")]


# a row that prints the post first and the name after it, the name padded with spaces (a two-character name to the
# width of three, or a three-character name cut after its surname): one name, not a row of three cells
@pytest.mark.parametrize("name, spaced", [("廖明杰", "廖　明杰"), ("濮菁", "濮　菁"), ("郑晓东", "郑晓东")])
def test_posts_first_row_with_a_spaced_name(name, spaced):
    text = ("某街道办事处关于某某等同志聘任的通知\n某街发〔2022〕3号\n各社区居委会，街道各科室：\n经街道党工委研究决定：\n聘任：\n"
            f"街道综合服务办公室主任　{spaced}\n东风社区居委会副主任　孙丽华（女）\n某街道办事处\n2022年3月5日\n")
    assert posts(text) == sorted([("Appointment", name, "街道综合服务办公室", "主任"),
                                  ("Appointment", "孙丽华", "东风社区居委会", "副主任")])


def test_two_names_of_two_are_not_one_spaced_name():
    from govkg.extract.names import posts_before_name
    assert posts_before_name("街道综合服务办公室主任　王平　李军") is None
    assert posts_before_name("街道综合服务办公室主任　王　平")[0] == "王平"


# a group set up under the name of a street whose name opens with 好 (成立好某堡街道X): the 好 is the place's, not the
# particle of 建立好X
def test_group_named_by_a_place_opening_with_hao():
    text = ("好泉堡街道办事处关于成立某工作领导小组的通知\n好街办发〔2019〕4号\n各社区居委会：\n"
            "为推进垃圾分类工作，街道办事处决定成立好泉堡街道垃圾分类工作领导小组，成员如下：\n"
            "组　长：邢　涛　　街道党工委书记\n成　员：包立新　　城管办主任\n某街道办事处\n2019年4月2日\n")
    groups = {g for g, _, _ in members(text)}
    assert groups == {"好泉堡街道垃圾分类工作领导小组"}


# a post after a street's Party working committee ending in 主任 (街道党工委委员、副主任): the working committee has no
# 主任, the street's office has
def test_director_after_a_street_working_committee_is_of_the_street_office():
    text = ("某街道办事处关于成立某工作领导小组的通知\n某街办发〔2019〕4号\n各社区居委会：\n"
            "为推进垃圾分类工作，街道办事处决定成立某街道垃圾分类工作领导小组，成员如下：\n"
            "组　长：邢　涛　　街道党工委书记\n成　员：包立新　　街道党工委委员、副主任\n某街道办事处\n2019年4月2日\n")
    assert positions(text) == sorted([("邢涛", "街道党工委", "书记"), ("包立新", "街道党工委", "委员"),
                                      ("包立新", "街道办事处", "副主任")])
