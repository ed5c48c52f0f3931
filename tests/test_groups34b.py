"""Groups round 34 (helper e): a team a notice decides to set up by a name of any kind (写作组, 调研组), its heads
named as comrades who take a share of the work (甲同志具体负责，任组长) and its members listed as comrades
(甲、乙等同志为某组核心人员)."""
from __future__ import annotations

import pytest

from govkg.facts import Membership, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def members(text: str) -> set[tuple[str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    return {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)}


TEAM = ("某县人民政府办公室关于成立{kind}的通知\n"
        "各科室：\n"
        "为提高文稿质量，经研究，决定成立县政府办公室{kind}。现将有关事项通知如下：\n"
        "一、组织领导\n"
        "欧阳明同志总负责。司马青同志具体负责，任组长；上官岚同志协助，任副组长。\n"
        "二、组成人员\n"
        "司马青、上官岚、诸葛平、皇甫云等同志为{kind}{role}，各科室其他人员均为{kind}人员。\n"
        "某县人民政府办公室\n2020年3月1日\n")


@pytest.mark.parametrize("kind,role", [("写作组", "核心人员"), ("调研组", "成员")])
def test_team_decided_by_notice_with_comrade_heads_and_listed_comrades(kind, role):
    got = members(TEAM.format(kind=kind, role=role))
    g = "县政府办公室" + kind
    assert {(g, "司马青", "组长"), (g, "上官岚", "副组长")} <= got
    assert {(g, n, role) for n in ("司马青", "上官岚", "诸葛平", "皇甫云")} <= got
    assert not any(p == "欧阳明" for _, p, _ in got)  # (总负责: no role in the team)


def subgroups(text: str) -> set[tuple[str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    return {(f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup)}


# a copy cut above the sentence that set the group up: the page opens on members, then names the group by its kind
CUT = ("郑一鸣　（东城区副区长）\n"
       "刘二川　（西城区副区长）\n"
       "领导组下设办公室和2个工作组。\n"
       "（一）办公室\n"
       "设在市农业局，主任由市农业局副局长孔三泉担任。负责领导组日常工作。\n"
       "（二）物资保障组\n"
       "组　长：滕四海　（市商务局副局长）\n"
       "副组长：韦五岳　（市财政局副局长）\n"
       "（三）宣传报道组\n"
       "组　长：米六江　（市委宣传部副部长）\n")


def test_copy_cut_above_its_set_up_names_the_group_by_its_kind():
    assert {("领导组办公室", "领导组"), ("物资保障组", "领导组"), ("宣传报道组", "领导组")} <= subgroups(CUT)
    got = members(CUT)
    assert ("领导组办公室", "孔三泉", "主任") in got
    assert {("物资保障组", "滕四海", "组长"), ("宣传报道组", "米六江", "组长")} <= got


# a committee's list with several members a line parted by rules, and a committee set up inside it with its chairs
COMMITTEE = ("经院长办公会研究，决定调整某某县人民医院药事管理委员会组成人员。现将调整后名单通知如下：\n"
             "主任委员：卜一帆　院长\n"
             "委员：\n"
             "沙二林　医务科主任　|　岑三木　护理部主任　|　桑四水　药剂科主任\n"
             "蓟五原　信息科主任　|　娄六合　院办主任\n"
             "委员会下设抗菌药物临床应用管理分委员会，分委员会主任委员由卜一帆同志担任，副主任委员由桑四水同志担任。\n"
             "某某县人民医院\n2023年5月6日\n")


def test_members_parted_by_rules_and_a_subcommittee_with_its_chairs():
    got = members(COMMITTEE)
    g = "某某县人民医院药事管理委员会"
    assert {(g, n, "委员") for n in ("沙二林", "岑三木", "桑四水", "蓟五原", "娄六合")} <= got
    sub = "抗菌药物临床应用管理分委员会"
    assert (sub, g) in subgroups(COMMITTEE)
    assert {(sub, "卜一帆", "主任委员"), (sub, "桑四水", "副主任委员")} <= got


# a consultative conference's notice: its committees' lists, a three-character name letter-spaced to the width of a
# line of names, then numbered decisions of its own after the last list
CPPCC = ("政协某某市某某区委员会关于调整部分专门委员会组成人员的决定\n"
         "某政协〔2010〕3号\n"
         "各专门委员会：\n"
         "经常务委员会会议审议通过，决定对部分专门委员会组成人员调整如下：\n"
         "一、经济委员会\n"
         "主　任：樊一舟\n"
         "委　员：邝　小　禾　　柴春林\n"
         "二、教科文卫委员会\n"
         "副主任：晏二山　　仝三水\n"
         "三、增补蓝四海为政协某某市某某区第八届委员会委员。\n"
         "四、接受巫五岳辞去政协某某市某某区第八届委员会委员的请求。\n")


def test_spaced_three_character_name_and_numbered_decisions_end_the_list():
    got = members(CPPCC)
    assert {("经济委员会", "邝小禾", "委员"), ("经济委员会", "柴春林", "委员")} <= got
    assert {("教科文卫委员会", "晏二山", "副主任"), ("教科文卫委员会", "仝三水", "副主任")} <= got
    assert not any(p in ("增补", "接受", "蓝四海", "巫五岳") for _, p, _ in got)


# a four-character name (Tibetan, Uyghur transcriptions) before a bare title
def test_four_character_name_before_a_bare_title():
    got = members("某某大学关于成立教材建设委员会的通知\n校属各单位：\n经研究，决定成立某某大学教材建设委员会。组成人员如下：\n"
                  "主任委员：索朗次仁　某某大学校长\n副主任委员：卓玛央宗（女）　副校长\n"
                  "　　　　　　贡嘎旺堆　副校长\n委　　员：骆一行　教务处处长\n")
    g = "某某大学教材建设委员会"
    assert {(g, "卓玛央宗", "副主任委员"), (g, "贡嘎旺堆", "副主任委员")} <= got
    assert not any(p in ("卓玛", "贡嘎") for _, p, _ in got)


# a member table flattened one cell per line, headed 职务 | 姓名 | 单位职务, a role cell merged over two rows
VERTICAL = ("关于成立某某街道背街小巷整治工作专班的通知\n各社区：\n经研究，决定成立某某街道背街小巷整治工作专班。现将有关事项通知如下：\n"
            "一、工作专班组成人员\n"
            "职务\n姓名\n单位职务\n"
            "专班长\n邢　一　川\n街道党工委书记\n"
            "副专班长\n饶二平\n街道办事处副主任\n阚三江\n街道人大工委主任\n"
            "成员\n訾　四\n街道城管办主任\n"
            "二、工作要求\n各社区要明确一名联络员。\n")


def test_flattened_table_with_role_column_first_and_a_merged_role_cell():
    got = members(VERTICAL)
    g = "某某街道背街小巷整治工作专班"
    assert {(g, "邢一川", "专班长"), (g, "饶二平", "副专班长"), (g, "阚三江", "副专班长"), (g, "訾四", "成员")} <= got
    assert not any(p in ("专班长", "副专班长") for _, p, _ in got)


def test_order_note_before_colon_and_a_collective_last_item_with_prose_after():
    got = members("某县人民政府办公室关于成立某县农村公路建设领导小组的通知\n各乡镇人民政府：\n"
                  "县政府决定成立某县农村公路建设领导小组，组成人员如下：\n"
                  "组　长：卞一民（县政府副县长）\n"
                  "成　员（按姓氏笔画）：鲍二华（县交通局副局长）、柏三秀（县财政局副局长）、各乡镇分管负责同志 "
                  "领导小组下设办公室，办公室设在县交通局，鲍二华同志兼任办公室主任。\n"
                  "副组长（按姓氏笔划）：褚四明、蒯五洲\n")
    g = "某县农村公路建设领导小组"
    assert {(g, "鲍二华", "成员"), (g, "柏三秀", "成员"), (g, "褚四明", "副组长"), (g, "蒯五洲", "副组长")} <= got
    assert (g + "办公室", "鲍二华", "主任") in got
