"""Group notices of round 33 (b): a one-line members' list whose entries glue names to posts (a padded name among
them); subgroups a group sets up besides (另设) with heads named respectively; heads of subgroups named in the
clauses after the sentence part that opens with the subgroup; two roles of one subgroup joined by 、."""
from __future__ import annotations

from helpers import memberships, position_rows as positions, subgroups


ONE_LINE = ("某县人民政府关于调整某县水土保持工作领导小组成员的通知某政发〔2012〕7号各乡镇人民政府：经研究决定，"
            "调整后的组成人员如下：组　长：宁志刚县长 副组长：谷　彬副县长　欧阳平县政府办公室主任 "
            "成　员：龙海波县水利局局长　杭立新县财政局副局长　巴特尔朝鲁县国土资源局局长　"
            "甘秀兰县农业局副局长（女，蒙古族）　邵建国县林业工作站站长 领导小组下设办公室，办公室设在县水利局。"
            "某县人民政府\n")


def test_one_line_list_of_names_glued_to_posts():
    got = positions(ONE_LINE)
    assert {("谷彬", "县人民政府", "副县长"), ("欧阳平", "县人民政府办公室", "主任"),
            ("龙海波", "县水利局", "局长"), ("杭立新", "县财政局", "副局长"),
            ("巴特尔朝鲁", "县国土资源局", "局长"), ("甘秀兰", "县农业局", "副局长"),
            ("邵建国", "县林业工作站", "站长")} <= got
    group = "某县水土保持工作领导小组"
    assert {("谷彬", group, "副组长"), ("欧阳平", group, "副组长"), ("邵建国", group, "成员")} <= memberships(ONE_LINE)


OTHER_GROUPS = ("某市人民政府办公室关于成立某市数据安全工作领导小组的通知\n各区人民政府：\n"
                "为加强数据安全管理，决定成立某市数据安全工作领导小组。\n组  长：韩立新  副市长\n"
                "副组长：袁志平  市大数据局局长\n领导小组下设办公室，设在市大数据局，办公室主任由袁志平同志兼任。"
                "领导小组另设应急处置组和监督检查组，分别由汤国栋、蒋文华同志任组长。\n")


def test_groups_set_up_besides_with_heads_named_respectively():
    parent = "某市数据安全工作领导小组"
    assert {("应急处置组", parent), ("监督检查组", parent)} <= subgroups(OTHER_GROUPS)
    got = memberships(OTHER_GROUPS)
    assert {("汤国栋", "应急处置组", "组长"), ("蒋文华", "监督检查组", "组长")} <= got
    assert ("汤国栋", parent, "组长") not in got


SUBJECT_FIRST = ("某省农业厅关于成立种子检测工作专班的通知\n为推进种子检测工作，决定成立某省种子检测工作专班。\n"
                 "召 集 人：诸葛明远　种业处处长\n副召集人：申屠立华　种业处副处长\n"
                 "专班设规程起草组和现场核查组。规程起草组负责检测规程的起草论证，组长由龙启航同志兼任；"
                 "现场核查组负责现场核查的组织协调，组长由谭雪梅同志兼任，副组长由柯子健同志兼任。\n")


def test_heads_of_the_subgroup_a_sentence_part_opens_with():
    got = memberships(SUBJECT_FIRST)
    assert {("龙启航", "规程起草组", "组长"), ("谭雪梅", "现场核查组", "组长"), ("柯子健", "现场核查组", "副组长")} <= got
    assert not any(person in ("龙启航", "谭雪梅", "柯子健") and group == "某省种子检测工作专班" for person, group, _ in got)


JOINED = ("某镇党工委关于成立安全隐患排查工作专班的通知\n为做好排查工作，决定成立某镇安全隐患排查工作专班。\n"
          "组  长：方志远  镇党工委书记\n成  员：甘立群  镇派出所所长\n"
          "工作专班下设综合协调组和隐患排查组。综合协调组由韦明光同志任组长，负责信息汇总；"
          "隐患排查组由蒙天佑同志任组长、覃子明同志任副组长，负责入户排查。\n")


def test_two_roles_of_a_subgroup_joined_by_a_dun_comma():
    assert {("蒙天佑", "隐患排查组", "组长"), ("覃子明", "隐患排查组", "副组长")} <= memberships(JOINED)


BANK = ("中国农业发展银行办公室关于调整中国农业发展银行信息安全工作领导小组成员的通知\n农发银办发〔2015〕21号\n各分行：\n"
        "经研究，决定调整中国农业发展银行信息安全工作领导小组成员。\n组　长：钟启明　　副行长\n")


def test_a_bare_bank_head_title_in_the_banks_own_notice():
    assert ("钟启明", "中国农业发展银行", "副行长") in positions(BANK)


PANEL = ("9月5日上午,学院在行政楼召开教学质量评估校内专家组工作例会。党委委员、副院长林致远出席会议并主持。\n"
         "会上,评估综合二组组长、专家组组长柏文清介绍了专家组工作方案,督查组组长洪振宇介绍了督查方案,"
         "综合二组副组长施雨桐介绍了意见征集工作。\n")


def test_a_numbered_team_and_an_experts_panel_in_a_chain_of_roles():
    assert {("柏文清", "评估综合二组", "组长"), ("柏文清", "教学质量评估校内专家组", "组长"),
            ("施雨桐", "评估综合二组", "副组长")} <= memberships(PANEL)


VISITORS = ("5月12日,由省林业总局党委书记、局长邬海澄,巡视员钱立德,计划财务处处长黎明川,科技教育处处长柴文轩,"
            "局办公室副主任甄少华等组成的调研组一行5人,到某林场调研。\n")


def test_divisions_of_the_body_just_named_in_a_list_of_its_officials():
    assert {("黎明川", "计划财务处", "处长"), ("柴文轩", "科技教育处", "处长"),
            ("甄少华", "局办公室", "副主任")} <= positions(VISITORS)


CALLED = ("9月20日下午,区党工委副书记、领导小组组长宋立秋在全区大会结束之后立即召集区党工委委员、管委会副主任程远航,"
          "带领有关部门负责人到现场督导。\n")


def test_posts_after_a_verb_of_calling_a_meeting():
    got = positions(CALLED)
    assert ("程远航", "区党工委", "委员") in got
    assert not any("召集" in agency or "之后" in agency for _, agency, _ in got)
