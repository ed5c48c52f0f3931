"""What the blind corpora layouts49 to layouts52 found in the facts' readers (helper lfixy), and what layouts41-48
still lost: each class tested on made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import members, positions


def _central(issuer: str, number: str, group: str, head: str, title: str) -> str:
    return (f"{issuer}文件\n{number}\n{issuer}关于成立{group}的通知\n机关各司局，各直属单位：\n"
            f"为加强某项工作，决定成立{group}。现将有关事项通知如下：\n一、领导小组组成\n"
            f"组　长：{head}　　{title}\n副组长：甲明远　　综合司司长\n成　员：乙晓峰　　规划司副司长\n"
            f"二、领导小组办公室设在综合司。\n{issuer}\n2015年3月2日\n")


# a bare head's title of the issuing body (副部长 in a ministry's notice, 副署长 in an administration's, 副审计长 in the
# audit office's, even where its 办公厅 issues): the post in the issuer, as 副市长 is in the city's government
@pytest.mark.parametrize("issuer, number, group, title, agency", [
    ("某某资源部办公厅", "某资办〔2015〕3号", "某某数据治理工作领导小组", "副部长", "某某资源部"),
    ("国家某某合作署", "国某发〔2019〕5号", "某某项目评估工作领导小组", "副署长", "国家某某合作署"),
    ("审计署办公厅", "审办某发〔2014〕9号", "审计署数据应用工作领导小组", "副审计长", "审计署"),
])
def test_a_bare_head_of_the_issuing_body(issuer, number, group, title, agency):
    text = _central(issuer, number, group, "丙振华", title)
    assert ("丙振华", agency, title) in positions(text)
    assert (group, "丙振华", "组长") in members(text)
    assert ("甲明远", "综合司", "司长") in positions(text)


# a bare title of no head of the issuer (副组长, 秘书长 of some other body, a 局长 in a ministry's notice) gives no post
def test_a_bare_title_of_another_body_is_no_post_of_the_issuer():
    text = _central("某某资源部办公厅", "某资办〔2015〕3号", "某某数据治理工作领导小组", "丙振华", "局长")
    assert not [p for p in positions(text) if p[0] == "丙振华"]


# a congress's report: the chair and those who attend named after their posts, a rarer surname too, alone before
# 主持会议 or in a list the meeting's act closes (副市长甲、市某院院长乙列席会议)
def test_who_chairs_or_attends_a_session_after_their_posts():
    text = ("某市人大常委会举行第九次会议\n6月5日，某市第十届人民代表大会常务委员会第九次会议召开，"
            "市人大常委会党组书记、主任禚文海主持会议，市人大常委会副主任李秀英出席会议。\n"
            "会议表决通过了有关人事任免事项。副市长买明远、市人民法院院长王德顺列席会议。\n")
    got = positions(text)
    assert ("禚文海", "市人大常委会", "党组书记") in got and ("禚文海", "市人大常委会", "主任") in got
    assert ("买明远", "市人民政府", "副市长") in got
    assert ("王德顺", "市人民法院", "院长") in got


# a member table whose name cell carries an aside on the person (甲某（女）, 乙某（女，回族）): the name without it
def test_a_member_table_name_with_an_aside():
    text = ("某省某局关于成立某某应急管理工作领导小组的通知\n某局发〔2006〕7号\n各处室：\n决定成立某某应急管理工作领导小组。\n"
            "一、领导小组组成人员\n序号\t姓　名\t单位及职务\t领导小组职务\n1\t甲明远\t某局局长\t组　长\n"
            "2\t乙秋萍（女）\t办公室主任\t副组长\n3\t丙丽华（女，回族）\t法规处处长\t成　员\n某省某局\n2006年5月8日\n")
    got = members(text)
    assert ("某某应急管理工作领导小组", "乙秋萍", "副组长") in got
    assert ("某某应急管理工作领导小组", "丙丽华", "成员") in got
    assert ("乙秋萍", "办公室", "主任") in positions(text)
