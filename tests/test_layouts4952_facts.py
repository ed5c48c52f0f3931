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
