"""What the blind corpora layouts81 and layouts82 found in the facts' readers (helper lfixj2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, members, posts


# a markdown task table whose support column names the kind of body twice: 配合处室（单位） — the bracket a second kind
# of body, the column still the bodies that support (a 牵头处室 column beside it leads)
def test_task_table_support_column_with_a_bracketed_kind_of_body():
    text = ("某省某厅关于印发某项工作方案的通知\n某发〔2019〕5号\n各市州某局：\n现将方案印发给你们，请认真贯彻执行。\n"
            "某省某厅\n2019年3月1日\n某项工作方案\n一、重点任务\n\n"
            "| 序号 | 重点任务 | 牵头处室 | 配合处室（单位） | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 开展档案清理检查 | 厅办公室 | 厅财务处、各市州某局 | 2019年12月 |\n"
            "| 2 | 完善统计报送制度 | 厅规划处 | — | 2020年6月 |\n\n二、保障措施\n加强组织领导。\n")
    got = assignments(text)
    assert ("开展档案清理检查", "lead", "厅办公室") in got
    assert ("开展档案清理检查", "support", "厅财务处") in got
    assert ("开展档案清理检查", "support", "各市州某局") in got
    assert ("完善统计报送制度", "lead", "厅规划处") in got


# a report of a session: 会议任命甲、乙（女，苗族）为X — an aside of sex and nation after the last name of a list,
# its comma no end of the clause: each person takes the post
def test_report_appoints_several_with_an_aside_of_sex_and_nation():
    text = ("某县人大常委会举行第五次会议\n\n　　2015年3月2日，某县第十届人大常委会举行第五次会议。\n"
            "　　根据县人民法院院长的提请，会议任命张明华、李秀兰（女，苗族）为县人民法院审判员；"
            "免去王德才的县人民法院审判委员会委员职务。\n")
    got = posts(text)
    assert ("Appointment", "张明华", "县人民法院", "审判员") in got
    assert ("Appointment", "李秀兰", "县人民法院", "审判员") in got
    assert ("Removal", "王德才", "县人民法院审判委员会", "委员") in got


# a member list a page printed without its line breaks, the padding of continuation rows kept: 副总指挥：X　甲
# 　　　　　Y　乙 成　　员：Z　丙 … — a label run on after a member starts the next role; the prose after the last
# member is no member
def test_run_on_labels_of_a_list_that_lost_its_line_breaks():
    text = ("某县人民政府办公室关于调整县防汛指挥部成员的通知\n某政办发〔2004〕7号 各乡镇人民政府，县直各部门： "
            "根据工作需要，县人民政府决定对县防汛指挥部成员进行调整，调整后的组成人员如下： "
            "总 指 挥：县委副书记、县长　张立军 副总指挥：副县长　李国庆 　　　　　县人民武装部部长　王建设 "
            "成　　员：县水务局局长　赵平安 　　　　　县农业局局长　钱大有 　　　　　县财政局副局长　孙红霞（女，蒙古族） "
            "　　　　　城关镇镇长　吴德 指挥部下设办公室，办公室设在县水务局，赵平安同志兼任办公室主任，负责指挥部日常工作。"
            " 某县人民政府办公室 2004年6月3日\n")
    got = members(text)
    group = "县防汛指挥部"
    assert (group, "王建设", "副总指挥") in got and (group, "李国庆", "副总指挥") in got
    assert {(group, n, "成员") for n in ("赵平安", "钱大有", "孙红霞", "吴德")} <= set(got)
    assert ("县防汛指挥部办公室", "赵平安", "主任") in got
    assert ("Position", "王建设", "县人民武装部", "部长") in posts(text)
    assert ("Position", "孙红霞", "县财政局", "副局长") in posts(text)


# 某组组长由曾某某同志兼任: 曾 the holder's surname, not the adverb of a role held before (曾任, 曾经)
def test_subgroup_head_whose_surname_is_zeng():
    text = ("关于成立某镇防汛指挥部的通知\n各村委会，镇直各单位：\n　　经镇党委研究，决定成立某镇防汛指挥部。\n"
            "　　一、指挥部组成人员\n　　总 指 挥：张　立　镇党委副书记、镇长\n　　副总指挥：曾国栋　镇党委委员、副镇长\n"
            "　　成　　员：李素芬（女）　镇应急管理办公室主任\n　　　　　　　赵冬梅（女）　镇党政综合办公室副主任\n"
            "　　二、工作组\n　　指挥部下设抢险救援组和物资保障组。抢险救援组组长由曾国栋同志兼任，成员由镇民兵应急分队队员组成，"
            "负责险情处置工作；物资保障组组长由赵冬梅同志兼任，负责物资调配。\n某镇人民政府\n2025年3月1日\n")
    got = members(text)
    assert ("抢险救援组", "曾国栋", "组长") in got and ("物资保障组", "赵冬梅", "组长") in got
    assert ("某镇防汛指挥部", "曾国栋", "副总指挥") in got


# a national people's organisation's own short name before a prefix-less item: 全总副主席、书记处书记 — the 书记处
# is that organisation's (the spec: a prefix-less item inherits the level of the item before it)
def test_secretariat_after_a_national_organisations_short_name():
    text = ("中华全国总工会办公厅关于成立某项工作领导小组的通知\n总工办发〔2015〕3号\n各省、自治区、直辖市总工会：\n"
            "经全总书记处同意，决定成立全国总工会某项工作领导小组。组成人员如下：\n"
            "组　长：林志远（全总副主席、书记处书记）\n副组长：高明（全总办公厅副主任）\n"
            "中华全国总工会办公厅\n2015年4月2日\n")
    got = posts(text)
    assert ("Position", "林志远", "全总书记处", "书记") in got
    assert ("Position", "林志远", "全总", "副主席") in got
