"""Groups as real pages print them (fix39b): a list's heading naming the group short without its owner (a school's
创卫工作领导小组 for the group its sentence sets up in full); 下设办公室 alone on its line over the office's labels; a
notice run onto one line, its member list run into the sentence that sets up subgroups; a page's layout cutting a
subgroup's name from its 组长 label; a body made up of a group's heads; a name set up in quotes before 以下简称; and an
emergency plan that describes its 指挥部 and office and names no member."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups


SCHOOL = ("为做好校园环境整治工作，经研究，决定成立南岭市第三中学创建文明城市专项行动工作领导小组。现将领导小组成员名单及有关事项通知如下：\n"
          "一、创文工作领导小组成员名单\n"
          "组　长：岑思远\n"
          "副组长：鲍立群　田雨桐\n"
          "领导小组下设办公室。\n"
          "主　任：欧阳晴\n"
          "联络人：王佳木　韩子衿\n"
          "二、工作职责\n"
          "1.负责专项行动的组织领导。\n")
SCHOOL_GROUP = "南岭市第三中学创建文明城市专项行动工作领导小组"


def test_a_heading_naming_the_group_short_without_its_owner_is_the_group_set_up():
    # 决定成立某中学创建文明城市专项行动工作领导小组 / 一、创文工作领导小组成员名单: the group in full
    got = members(run(SCHOOL))
    assert {(SCHOOL_GROUP, "岑思远", "组长"), (SCHOOL_GROUP, "鲍立群", "副组长"), (SCHOOL_GROUP, "田雨桐", "副组长")} <= got
    assert not any(g == "创文工作领导小组" for g, _, _ in got)


def test_an_office_set_up_alone_on_its_line_takes_the_labels_below():
    # 领导小组下设办公室。 / 主　任：甲 / 联络人：乙　丙: the office's head and liaisons
    nf = run(SCHOOL)
    office = SCHOOL_GROUP + "办公室"
    assert {(office, "欧阳晴", "主任"), (office, "王佳木", "联络人"), (office, "韩子衿", "联络人")} <= members(nf)
    assert (SCHOOL_GROUP, "欧阳晴", "主任") not in members(nf)
    assert (office, SCHOOL_GROUP) in subgroups(nf)


ONE_LINE = ("某县人民政府办公室关于调整县征兵工作领导小组成员的通知\n"
            "某政办发〔2015〕8号各乡镇人民政府，县直各部门：因人事变动，决定对县征兵工作领导小组成员进行调整。调整后的组成人员如下："
            "组　长：苗德远县委常委、副县长 副组长：祁文山县人民武装部部长 成　员：向晨光县财政局副局长 雷一平县教育局副局长"
            " 领导小组下设体检组和政审组。体检组组长由向晨光同志兼任，政审组组长由雷一平同志兼任。领导小组下设办公室，"
            "办公室设在县人民武装部，办公室主任由祁文山同志兼任。　　某县人民政府办公室　　2015年3月2日\n")


def test_subgroups_set_up_after_a_member_list_run_into_the_line_are_the_groups():
    # …雷一平县教育局副局长 领导小组下设体检组和政审组: the parent is the 领导小组, not the list before it
    nf = run(ONE_LINE)
    root = "县征兵工作领导小组"
    assert {("体检组", root), ("政审组", root)} <= subgroups(nf)
    assert all(p in (root, root + "办公室") for _, p in subgroups(nf))
    assert {("体检组", "向晨光", "组长"), ("政审组", "雷一平", "组长")} <= members(nf)


CUT_LABELS = ("各村委会，镇属各单位：\n"
              "经研究，决定成立青石镇防汛指挥部，组成人员如下：\n"
              "总指挥：端木青　镇长\n"
              "成　员：车远航　镇水务站站长\n"
              "　　　　闻人柳　镇应急办主任\n"
              "镇防指下设巡堤查险组和物资保障组。巡堤查险组组长：车远航；物资保障组组长：闻人柳。\n"
              "青石镇人民政府\n2021年5月20日\n")


def test_a_subgroups_name_cut_from_its_head_label_names_the_subgroup():
    # 巡堤查险组组长：甲；物资保障组组长：乙 (the layout cutting before each 组长：): each subgroup's own head
    got = members(run(CUT_LABELS))
    assert {("巡堤查险组", "车远航", "组长"), ("物资保障组", "闻人柳", "组长")} <= got
    assert not any(r == "组长" and g == "青石镇防汛指挥部" for g, _, r in got)


def test_a_body_a_groups_heads_make_up_is_part_of_it():
    # 成立“某某筹备工作委员会”(以下简称“筹委会”)…筹委会主任、副主任组成的主任办公会: a part of the committee
    nf = run("为做好建校八十周年筹备工作，经研究同意，成立“南岭一中八十周年校庆筹备工作委员会”（以下简称“筹委会”），"
             "负责校庆总体工作。筹委会主任、副主任组成的主任办公会作为决策议事机构，定期召开会议。筹委会组成人员如下：\n"
             "主　任：卓明远\n副主任：仲夏禾\n")
    assert ("主任办公会", "南岭一中八十周年校庆筹备工作委员会") in subgroups(nf)
    assert ("南岭一中八十周年校庆筹备工作委员会", "卓明远", "主任") in members(nf)


def test_an_emergency_plan_naming_no_member_gives_no_subgroups():
    # 某县防汛应急预案: 县防汛指挥部 and its 办公室, described, no body the notice sets up
    nf = run("某县人民政府办公室关于印发某县防汛应急预案的通知\n某政办〔2022〕6号\n各乡镇人民政府：\n"
             "现将《某县防汛应急预案》印发给你们，请认真贯彻执行。\n"
             "2 组织体系\n2.1 县防汛指挥部\n县人民政府设立县防汛指挥部，负责全县防汛工作。\n"
             "2.2 县防汛指挥部办公室\n县防汛指挥部下设办公室，办公室设在县水利局，负责指挥部日常工作。\n"
             "某县人民政府办公室\n2022年5月6日\n")
    assert subgroups(nf) == set()
