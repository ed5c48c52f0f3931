"""Groups as real pages print them (fix38e): a notice adjusting a group named after the cited notice that set it
up, a command post's heads labelled the older way (指挥, 副指挥),
and a 1950s campaign's works headquarters (总队部) with its 总队长 and 政委."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, position_set as positions, subgroup_set as subgroups


def test_adjusted_group_named_after_the_cited_notice_that_set_it_up():
    # 决定对《某局关于成立X的通知》（某发〔2006〕12号）确定的X组成人员进行调整: X is the group, not the cited title
    nf = run("某省林业局关于调整省林业局\n森林防火工作领导小组的通知\n"
             "某林办〔2012〕7号\n"
             "局机关各处室，局属各单位：\n"
             "因人事变动，经局党组研究，决定对《某省林业局关于成立省林业局森林防火工作领导小组的通知》"
             "（某林办〔2008〕15号）确定的省林业局森林防火工作领导小组组成人员进行调整。调整后的组成人员如下：\n"
             "组　　长：罗振华　省林业局局长\n"
             "副 组 长：秦晓岚　省林业局副局长\n"
             "成　　员：白云飞　局办公室主任\n"
             "　　　　　梁静怡　局防火处处长\n"
             "领导小组下设办公室，办公室设在局防火处，梁静怡同志兼任办公室主任。\n"
             "二〇一二年五月十日\n")
    g = "省林业局森林防火工作领导小组"
    assert members(nf) == {(g, "罗振华", "组长"), (g, "秦晓岚", "副组长"), (g, "白云飞", "成员"), (g, "梁静怡", "成员"),
                           (g + "办公室", "梁静怡", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_command_post_heads_labelled_zhihui_in_a_page_run_onto_one_line():
    # 指　挥：甲　县长 副指挥：乙　副县长 成　员：…: the older labels of a 指挥部's heads, the copy on one line
    nf = run("某县人民政府关于成立某县某河治理工程指挥部的通知 （某政发〔1995〕12号　一九九五年九月一日） "
             "各乡镇人民政府，县政府各部门：为加强对某河治理工程的领导，经县政府研究，决定成立某县某河治理工程指挥部。"
             "现将组成人员通知如下： 指　挥：贺云山　县长 副指挥：甘立新　副县长 　　　　郑秋实　县人武部部长 "
             "成　员：乐文斌　县水利局局长 　　　　石海燕　县财政局局长 指挥部下设办公室，办公室设在县水利局，乐文斌同志兼任办公室主任。 "
             "某县人民政府")
    g = "某县某河治理工程指挥部"
    assert {(g, "贺云山", "指挥"), (g, "甘立新", "副指挥"), (g, "郑秋实", "副指挥"), (g, "乐文斌", "成员"),
            (g, "石海燕", "成员")} <= members(nf)


def test_command_post_heads_labelled_zhihui_line_by_line():
    nf = run("某县人民政府办公室关于成立某县抗旱工作指挥部的通知\n"
             "各乡镇人民政府：\n"
             "经县政府研究，决定成立某县抗旱工作指挥部。组成人员如下：\n"
             "指　挥：贺云山　县长\n"
             "副指挥：甘立新　副县长\n"
             "成　员：乐文斌　县水利局局长\n"
             "某县人民政府办公室\n1998年6月2日\n")
    g = "某县抗旱工作指挥部"
    assert members(nf) == {(g, "贺云山", "指挥"), (g, "甘立新", "副指挥"), (g, "乐文斌", "成员")}


def test_gazetteer_works_headquarters_and_its_heads_by_role_first_clauses():
    # 成立防汛总队部，总队长由县长甲兼任，政委由县委书记乙兼任: a 1950s campaign's headquarters and its two heads
    nf = run("第三节 防汛机构\n"
             "民国时期，县无防汛机构。1951年3月2日，县首次成立防汛总队部，总队长由县长常青山兼任，政委由县委书记闵志远兼任。"
             "此后改为防汛防旱指挥部。\n")
    g = "防汛总队部"
    assert {(g, "常青山", "总队长"), (g, "闵志远", "政委")} <= members(nf)


def test_quoted_headquarters_founded_its_head_taking_two_roles():
    # “某县某工程总队部”正式成立，时任县委书记甲亲自担任总队长、政委: one holder, both roles; 时任 no part of his post
    nf = run("1957年9月1日，“某县某河灌溉工程总队部”正式成立，时任县委副书记韦长庚亲自担任总队长、政委。"
             "11月，全县组织民工投身工程建设。\n")
    g = "某县某河灌溉工程总队部"
    assert {(g, "韦长庚", "总队长"), (g, "韦长庚", "政委")} <= members(nf)
    assert ("韦长庚", "县委", "副书记") in positions(nf)


def test_signature_of_a_committee_of_state_is_no_group_list():
    # 某区监察委员会 / 主任　甲 / 2023年4月18日 closing a motion: the signer's post, no member list of a group
    nf = run("某区监察委员会关于提请任命甲乙等同志职务的议案\n"
             "某监委〔2023〕2号\n"
             "某区人民代表大会常务委员会：\n"
             "　　根据有关规定，提请任命钱明远为某区监察委员会副主任。\n"
             "　　请予审议。\n"
             "　　　　　　　　　　某区监察委员会\n"
             "　　　　　　　　　　主任　喻清和\n"
             "　　　　　　　　　　2023年4月18日\n")
    assert members(nf) == set()
