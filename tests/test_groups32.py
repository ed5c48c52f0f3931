"""Subgroups and their people as notices print them: a subgroup's head labelled on the subgroup's own line, and
the members of a subgroup listed in the sentence that names its head."""
from __future__ import annotations

from helpers import notice as run, membership_set as members


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


def test_labelled_member_whose_surname_is_a_prose_word():
    # 从 (from) is a surname too: in a list's cell, the name before the spaces that part it from its post
    nf = run("某某县人民政府关于调整某某县根治欠薪工作联席会议组成人员的通知\n"
             "各乡镇人民政府，县政府各部门：\n"
             "　　经研究，决定对某某县根治欠薪工作联席会议成员进行调整。调整后的组成人员如下：\n"
             "召 集 人：从德海　县人民政府副县长\n"
             "副召集人：韦春燕（女）　县人力资源和社会保障局局长\n"
             "成　　员：卢志刚　县住房和城乡建设局副局长\n"
             "某某县人民政府\n2023年6月2日\n")
    got = members(nf)
    assert ("某某县根治欠薪工作联席会议", "从德海", "召集人") in got
    assert ("某某县根治欠薪工作联席会议", "韦春燕", "副召集人") in got
    # 从县直单位抽调…: 从 opens the clause, no one named 从…
    nf = run("某某县人民政府关于成立某某工作领导小组的通知\n"
             "各部门：\n"
             "　　经研究，决定成立某某县某某工作领导小组。\n"
             "组　长：卢志刚　县人民政府副县长\n"
             "成　员：从县直单位抽调人员组成\n"
             "某某县人民政府\n2023年6月2日\n")
    assert not any(p.startswith("从") for _, p, _ in members(nf))
