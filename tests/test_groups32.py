"""Subgroups and their people as notices print them: a subgroup's head labelled on the subgroup's own line, and
the members of a subgroup listed in the sentence that names its head."""
from __future__ import annotations

from govkg.facts import Membership
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text))


def members(nf) -> set[tuple[str, str, str]]:
    return {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)}


def test_subgroup_head_labelled_on_the_subgroups_own_line():
    nf = run("某某局关于成立某某推广工作领导小组的通知\n"
             "各处室：\n"
             "　　经研究，决定成立某某局某某推广工作领导小组。现将有关事项通知如下：\n"
             "　　一、领导小组组成人员\n"
             "　　组　长：柏文涛　某某局副局长\n"
             "　　成　员：卢志刚　某某局办公室主任\n"
             "　　　　　　韦春燕　某某局规划处处长\n"
             "　　二、领导小组下设专项组\n"
             "　　规划编制组：组长　卢志刚\n"
             "　　技术服务组：组长　韦春燕\n"
             "某某局\n2021年8月16日\n")
    got = members(nf)
    assert ("规划编制组", "卢志刚", "组长") in got
    assert ("技术服务组", "韦春燕", "组长") in got


def test_subgroup_members_listed_after_its_head_in_one_sentence():
    nf = run("某某开发区管理委员会关于成立某某项目建设工作专班的通知\n"
             "各部门：\n"
             "　　为推进某某项目建设，决定成立某某项目建设工作专班。\n"
             "　　一、专班组成\n"
             "　　组　长：柏文涛　开发区管委会主任\n"
             "　　成　员：卢志刚　开发区财政局局长\n"
             "　　　　　　韦春燕　开发区规划局局长\n"
             "　　二、工作分组\n"
             "工作专班下设项目推进组和要素保障组。项目推进组组长由卢志刚同志担任，负责项目建设调度；"
             "要素保障组组长由韦春燕同志担任，成员有江海波、汤丽萍，负责用地、资金等要素保障。\n"
             "某某开发区管理委员会\n2025年3月14日\n")
    got = members(nf)
    assert ("要素保障组", "韦春燕", "组长") in got
    assert ("要素保障组", "江海波", "成员") in got
    assert ("要素保障组", "汤丽萍", "成员") in got
