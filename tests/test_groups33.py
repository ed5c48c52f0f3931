"""Group notices of round 33: a members' run on one line closed by a nameless entry, names of the western
peoples opening it; numbered subgroup lines that print the subgroup and its head's label."""
from __future__ import annotations

from helpers import memberships, position_rows as positions, subgroups


RUN_ON = ("某县人民政府关于成立某县防汛抗旱指挥部的通知 某府发〔2015〕3号 各乡镇人民政府，县级各部门： "
          "为做好防汛工作，决定成立某县防汛抗旱指挥部。现将组成人员通知如下： "
          "指 挥 长：李国强 县委副书记、县长 副指挥长：王立新 副县长 "
          "成 员：{first} 县政府办公室主任 钱文华 县水利局局长 孙建国 县民政局局长 各乡镇人民政府乡镇长 "
          "指挥部下设办公室，办公室设在县水利局。 某县人民政府 2015年5月3日\n")


def test_a_members_run_closed_by_posts_of_no_one_named():
    text = RUN_ON.format(first="赵志明")
    assert {("赵志明", "县人民政府办公室", "主任"), ("钱文华", "县水利局", "局长"),
            ("孙建国", "县民政局", "局长")} <= positions(text)
    assert ("孙建国", "某县防汛抗旱指挥部", "成员") in memberships(text)
    assert not any("乡镇长" in title or len(agency) > 12 for _, agency, title in positions(text))


def test_a_members_run_opened_by_a_four_character_name_of_no_lexicon_surname():
    text = RUN_ON.format(first="扎西顿珠")
    assert ("扎西顿珠", "县人民政府办公室", "主任") in positions(text)
    assert ("扎西顿珠", "某县防汛抗旱指挥部", "成员") in memberships(text)


NUMBERED = ("某县人民政府关于成立某县乡村振兴工作专班的通知\n"
            "各乡镇人民政府：\n"
            "决定成立某县乡村振兴工作专班。现将组成人员通知如下：\n"
            "组　长：县委副书记、县长李国强\n"
            "成　员：县农业农村局局长　王立新\n"
            "　　　　县财政局局长　赵志明\n"
            "　　工作专班下设两个工作组：\n"
            "　　（一）产业发展组　组长：王立新\n"
            "　　（二）资金保障组　组长：赵志明\n"
            "某县人民政府\n"
            "2020年3月5日\n")


def test_numbered_subgroup_lines_with_their_heads_label():
    assert {("产业发展组", "某县乡村振兴工作专班"), ("资金保障组", "某县乡村振兴工作专班")} <= subgroups(NUMBERED)
    assert {("王立新", "产业发展组", "组长"), ("赵志明", "资金保障组", "组长")} <= memberships(NUMBERED)


def test_the_head_of_a_named_projects_construction_body():
    text = ("某市召开水库移民工作推进会\n"
            "5月11日，某市水库移民工作推进会召开。市水利局局长康明出席。"
            "会上，亭口水库建设处处长王勇介绍了移民工作进展情况；康明安排部署了工作。\n")
    assert ("王勇", "亭口水库建设处", "处长") in positions(text)
