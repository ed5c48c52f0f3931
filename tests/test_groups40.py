"""Group notices as written (round 37e): a town's command post that sets up a task team and names its heads by the
team's own roles (``指挥部下设某突击队…，队长由甲兼任``); a farm's committee whose list parts its entries by ；, the
entries after a label unlabelled; a school's office set up and seated in one sentence with its heads (``下设X办公室，
办公室设在某处，由甲兼任主任``); sibling subgroups whose names share words (教学管理专家组, 实验教学专家组); a working
group named short (以下简称工作专班) and set up again under the leading group; a head named by the duty word before
the name (``分管领导甲``); a name glued to its town (``温燕新圩镇副镇长``); two groups one verb sets up, joined by 和;
a Party body's heads with no verb (``成立党的监察委员会，书记甲，副书记乙``)."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


TOWN = ("某镇人民政府关于成立某镇森林防火工作指挥部的通知 某府〔2015〕7号 各村委会： 决定成立某镇森林防火工作指挥部，"
        "组成人员如下： 总指挥：栾思远 镇长 副总指挥：蔺嘉禾 副镇长 成 员：闵鹏飞 镇林业站站长\n"
        "指挥部下设某镇森林扑火突击队（以下简称突击队），由镇专职护林员组成，队长由蔺嘉禾同志兼任，"
        "副队长由闵鹏飞同志兼任。 特此通知。 某镇人民政府 2015年1月9日\n")
TOWN_HQ = "某镇森林防火工作指挥部"
TEAM = "某镇森林扑火突击队"


def test_team_set_up_in_the_sentence_that_names_its_heads():
    # 指挥部下设X（以下简称突击队），由…组成，队长由甲兼任: the team's 队长, not the command post's
    nf = run(TOWN)
    assert {(TEAM, "蔺嘉禾", "队长"), (TEAM, "闵鹏飞", "副队长")} <= members(nf)
    assert not {m for m in members(nf) if m[0] == TOWN_HQ and m[2].endswith("队长")}
    assert (TEAM, TOWN_HQ) in subgroups(nf)


FARM = ("中共某农场委员会关于调整某农场安全生产委员会组成人员的通知\n某场党发〔2012〕3号\n各单位：\n"
        "经场党委研究，决定调整某农场安全生产委员会组成人员，调整后名单如下：\n主　任：蒯建平　农场场长；副主任：裘文斌　"
        "农场副场长；尉迟峰　农场生产科科长；委　员：阚立新　第二分场场长；濮秀兰　农场工会主席；笪宏　农场保卫科科长。\n"
        "场安委会下设办公室，笪宏同志兼任办公室主任。\n中共某农场委员会\n2012年3月5日\n")
FARM_GROUP = "某农场安全生产委员会"


def test_unlabelled_entries_after_a_semicolon_continue_the_role():
    # 副主任：乙　…；丙　…；委　员：丁…；戊…: each unlabelled entry the role of the label before it
    got = members(run(FARM))
    assert {(FARM_GROUP, "尉迟峰", "副主任"), (FARM_GROUP, "濮秀兰", "委员"), (FARM_GROUP, "笪宏", "委员")} <= got


SCHOOL = ("各学院、各部门：\n学校决定成立某某大学本科教学工作评建领导小组，组成人员如下：\n"
          "组　长：欧阳明远　校长\n副组长：蓟文华　副校长\n成　员：郁承志　　教务处处长\n　　　　邬雅琴　　学生处处长\n"
          "领导小组下设评建工作办公室，办公室设在教务处，由郁承志同志兼任主任，伏晓岚同志（教务处副处长）任副主任，"
          "负责日常工作。\n评建工作办公室下设三个专家组：\n1.教学管理专家组　组长：蓟文华\n2.实验教学专家组　组长：邬雅琴\n"
          "3.学风建设专家组　组长：郁承志\n特此通知。\n某某大学\n二〇〇一年三月二日\n")
OFFICE = "评建工作办公室"


def test_office_heads_in_the_sentence_that_sets_it_up():
    # 下设X办公室，办公室设在某处，由甲兼任主任，乙任副主任: the office's 主任, not the leading group's
    got = members(run(SCHOOL))
    assert {(OFFICE, "郁承志", "主任"), (OFFICE, "伏晓岚", "副主任")} <= got
    assert not {m for m in got if m[0].endswith("领导小组") and "主任" in m[2]}


def test_sibling_subgroups_sharing_words():
    # 实验教学专家组 beside 教学管理专家组: its own group, no short name of the first
    nf = run(SCHOOL)
    assert ("实验教学专家组", "邬雅琴", "组长") in members(nf)
    assert ("实验教学专家组", OFFICE) in subgroups(nf)


SQUAD = ("某省卫健委关于调整某项专项工作领导小组及设立工作专班的通知\n某卫〔2023〕5号\n"
         "　　经研究，决定对某省卫生健康委员会某项专项工作领导小组（以下简称领导小组）组成人员进行调整，"
         "同时设立某项改革工作专班（以下简称工作专班）。现将有关事项通知如下：\n"
         "　　一、领导小组组成人员\n　　组　长：祁振宇　主任\n"
         "　　二、工作专班\n　　领导小组下设工作专班，工作专班下设两个工作组：\n"
         "　　（一）综合协调组。组长：冼卫东；负责日常运转。\n　　（二）政策研究组。组长：蒯海燕；负责政策研究。\n")


def test_working_group_named_short_then_set_up_again():
    # 设立X工作专班（以下简称工作专班）…领导小组下设工作专班: X, named above, not <领导小组>工作专班
    got = subgroups(run(SQUAD))
    assert ("某项改革工作专班", "某省卫生健康委员会某项专项工作领导小组") in got
    assert ("综合协调组", "某项改革工作专班") in got
    assert not {g for g in got if g[0].endswith("领导小组工作专班")}


NEWS = ("某镇扎实开展平安创建\n　　为加强对平安创建活动的指导，某镇党委政府成立了平安村创建工作领导小组，镇党委书记邝明任组长、"
        "镇长蓟满仓任常务副组长、镇党委副书记、分管领导宓秀琼任副组长，负责日常工作。\n")


def test_duty_word_between_posts_and_name():
    # 镇党委副书记、分管领导甲任副组长: 分管领导 no post, the name after it the member
    assert ("平安村创建工作领导小组", "宓秀琼", "副组长") in members(run(NEWS))


GLUED = ("某县农业园区工作专班\n决定成立某县农业园区管理工作专班，现将有关事项通知如下：\n"
         "组长:谭永明副县长\n成员:卢建华县科技局局长\n温燕新圩镇副镇长\n黄锡武文圩镇副镇长\n")


def test_name_glued_to_its_town():
    # 温燕新圩镇副镇长: 温燕 of 新圩镇, not 温燕新圩 of 镇
    nf = run(GLUED)
    assert {("某县农业园区管理工作专班", "温燕", "成员"), ("某县农业园区管理工作专班", "黄锡武", "成员")} <= members(nf)
    assert ("温燕", "新圩镇", "副镇长") in positions(nf)


PROCURATORATE = ("某省检察院成立改革领导小组\n　　据某省检察院消息，某省检察院成立以检察长柏瀚为组长的监察体制改革试点工作"
                 "领导小组和改革课题指导小组，加强对改革试点工作的组织领导。\n")


def test_two_groups_one_verb_sets_up():
    # 成立以甲为组长的A和B: A's head, A named alone
    assert ("监察体制改革试点工作领导小组", "柏瀚", "组长") in members(run(PROCURATORATE))


CHRONICLE = ("某农场大事年表\n　　一九六四年\n　　3月，农场召开职工代表大会。9月，成立党的监察委员会，书记芮正云，"
             "副书记濮凤祥。10月，农场开展秋收工作。\n")


def test_party_body_heads_with_no_verb():
    # 成立党的监察委员会，书记甲，副书记乙: the body's heads, each role glued to its name
    got = members(run(CHRONICLE))
    assert {("党的监察委员会", "芮正云", "书记"), ("党的监察委员会", "濮凤祥", "副书记")} <= got
