"""People21: posts a town's or township's report prints by the level alone (镇党委书记, 镇长) take the town it
names. Made-up text only (other names, places and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.facts import Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def positions(text: str) -> list[tuple]:
    return sorted((f.person, f.post.agency, f.post.title) for f in facts(text) if isinstance(f, Position))


# a town's report (no issuer): the town named after its county, at a clause's start, or in 中共某某镇委员会
@pytest.mark.parametrize("text,town", [
    ("青岭县石桥镇召开秋季防火工作会议\n10月8日，青岭县石桥镇召开秋季防火工作会议。会上，镇党委书记赵明远作动员讲话，"
     "镇长钱立群部署了全镇防火工作。\n", "石桥镇"),
    ("10月8日上午，柳湾鎮召開冬季安全生產會議。鎮黨委書記趙明遠主持會議，鎮長錢立群通報了全鎮情況。\n", "柳湾鎮"),
    ("中共永和乡第五届委员会委员候选人推选大会召开\n会议由乡党委副书记赵明远主持，乡长钱立群讲话。"
     "永和乡各村支部书记参加会议。\n", "永和乡"),
])
def test_bare_town_posts_take_the_town_named(text, town):
    got = positions(text)
    level = town[-1]
    assert got and all(a.startswith(town) for _, a, _ in got), got
    assert not [a for _, a, _ in got if a.startswith(level)]


def test_a_town_named_most_often_over_one_named_once():
    text = ("南塘县白沙镇推进区划调整\n11月2日，南塘县白沙镇召开区划调整工作会议。镇党委书记孙海涛要求全镇干部统一思想。"
            "白沙镇成立了工作专班，由镇长李文静任组长。经征求意见，多数群众赞同白沙镇和青龙镇合并。\n")
    assert ("孙海涛", "白沙镇党委", "书记") in positions(text)


@pytest.mark.parametrize("text", [
    # two towns named as often: none is chosen
    "东山镇和西山镇召开联席会议\n东山镇、西山镇两镇干部参加。镇党委书记周建国讲话。\n",
    # 乡村, 下乡, 城镇化: words of the level character, no town
    "推进乡村振兴工作会议召开\n会议要求送文化下乡，推进新型城镇化。镇党委书记周建国讲话。\n",
])
def test_no_town_told_keeps_the_printed_level(text):
    got = positions(text)
    assert ("周建国", "镇党委", "书记") in got


def test_a_town_s_own_notice_keeps_its_bodies_as_printed():
    # (a town's own notice, its issuer the town: holdout2's gold keeps 镇人民政府, 镇党委 as printed)
    text = ("金沙镇人民政府关于成立防汛工作领导小组的通知\n各村（居）委会，镇属各单位：\n"
            "为做好今年防汛工作，经研究，决定成立防汛工作领导小组，组成人员如下：\n"
            "组  长：赵明远  镇党委副书记、镇长\n副组长：钱立群  镇党委委员、副镇长\n"
            "成  员：孙海涛  镇水利站站长\n\n金沙镇人民政府\n2031年5月6日\n")
    got = positions(text)
    assert ("赵明远", "镇人民政府", "镇长") in got
    assert ("孙海涛", "镇水利站", "站长") in got


def test_every_town_s_posts_stay_a_class():
    # 乡镇党委书记: the posts of every town, not of the one named
    text = ("青岭县石桥镇召开会议\n青岭县石桥镇召开会议，各乡镇党委书记参加。镇长钱立群讲话。\n")
    got = positions(text)
    assert not [a for _, a, _ in got if a.startswith("石桥镇乡镇")]
