"""Groups as real pages list them (fix38b): a court's list with posts before names, a 工作专班's heads labelled as the
ones in charge, and a decision on several committees that names none of them."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, position_set as positions, subgroup_set as subgroups

_COURT = ("某县人民法院关于成立审务公开工作领导小组的通知\n"
          "某法〔2019〕12号\n"
          "各庭室：\n"
          "　　为加强审务公开工作，经院党组研究，决定成立某县人民法院审务公开工作领导小组。现将组成人员通知如下：\n"
          "　　组　长：院　长　　　　　　司马　青松\n"
          "　　副组长：副院长　　　　　　柯　雨辰\n"
          "　　成　员：立案庭庭长　　　　林　书豪\n"
          "　　　　　　办公室主任　　　　田　野\n"
          "　　　　　　技术科科长　　　　吕明远\n"
          "　　领导小组下设办公室，办公室设在立案庭，林书豪同志兼任办公室主任。\n"
          "　　　　　　　　　　　　　　　　　　　　某县人民法院\n"
          "　　　　　　　　　　　　　　　　　　　　2019年3月6日\n")


def test_court_list_a_bare_head_title_before_a_padded_name():
    # 组　长：院　长　　司马　青松: the court's own head, the title before the name (a compound surname padded)
    nf = run(_COURT)
    g = "某县人民法院审务公开工作领导小组"
    assert {(g, "司马青松", "组长"), (g, "柯雨辰", "副组长")} <= members(nf)
    assert {("司马青松", "某县人民法院", "院长"), ("柯雨辰", "某县人民法院", "副院长")} <= positions(nf)


def test_office_head_post_inside_a_colon_labelled_list_is_a_member():
    # 办公室主任　田野 under 成　员：…: the court office's head, a member, not the head of the group's office
    nf = run(_COURT)
    g = "某县人民法院审务公开工作领导小组"
    assert members(nf) == {(g, "司马青松", "组长"), (g, "柯雨辰", "副组长"), (g, "林书豪", "成员"), (g, "田野", "成员"),
                           (g, "吕明远", "成员"), (g + "办公室", "林书豪", "主任")}
    assert ("田野", "办公室", "主任") in positions(nf)
    assert subgroups(nf) == {(g + "办公室", g)}


def test_work_team_heads_labelled_as_the_ones_in_charge():
    nf = run("某镇人民政府关于成立某镇河道保洁工作专班的通知\n"
             "各村委会：\n"
             "　　为做好河道保洁工作，经镇党委研究，决定成立某镇河道保洁工作专班。现将有关事项通知如下：\n"
             "　　专班负责人：欧阳明　镇党委书记\n"
             "　　常务负责人：孔　立　镇党委副书记、镇长\n"
             "　　副负责人：韩志远　镇人民政府副镇长\n"
             "　　　　　　　方晓琳　镇人民武装部部长\n"
             "　　成　　员：邱国平　镇水利站站长\n"
             "　　　　　　　龙海生　镇综合执法队队长\n"
             "　　某镇人民政府\n　　2022年6月1日\n")
    g = "某镇河道保洁工作专班"
    assert members(nf) == {(g, "欧阳明", "专班负责人"), (g, "孔立", "常务负责人"), (g, "韩志远", "副负责人"),
                           (g, "方晓琳", "副负责人"), (g, "邱国平", "成员"), (g, "龙海生", "成员")}


def test_decision_on_some_committees_names_no_group():
    # 对部分专门委员会组成人员作如下调整: several committees, none named: the table's rows are no members of a group
    nf = run("政协某市委员会常务委员会关于调整部分专门委员会\n组成人员和委员的决定\n"
             "某政协常发〔2015〕3号\n"
             "　　根据有关规定，常务委员会会议决定，对部分专门委员会组成人员和委员作如下调整（见下表）。\n"
             "序号\t姓名\t调整事项\t职务（资格）\n"
             "1\t孙海东\t任命\t市政协提案委员会主任\n"
             "2\t周丽华（女）\t免去\t市政协经济委员会副主任\n"
             "3\t钱　立新\t增补\t政协第五届某市委员会委员\n"
             "政协某市委员会常务委员会\n2015年4月2日\n")
    assert members(nf) == set()


def test_report_of_a_committee_that_meets_in_plenary_named_with_its_place():
    # 某县某某委员会召开第一次全体会议 … 县某某委员会主任甲主持会议: the committee is a group, its head a member
    nf = run("某县地方志指导委员会召开第一次全体会议\n"
             "2019年4月2日,某县地方志指导委员会召开第一次全体会议。某县人大常委会主任、县地方志指导委员会主任滕兰柱主持会议。\n"
             "会上,滕兰柱对地方志工作提出了要求。\n")
    assert members(nf) == {("某县地方志指导委员会", "滕兰柱", "主任")}
