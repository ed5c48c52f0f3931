"""Groups as notices, news and chronicles set them up (round 35): a one-line member list whose two-character names
are padded to the list's width, a subgroup set up in one clause and headed in the next, a head who takes the role in
person (亲任), a group a report names in a headline by a shorter form, a group remade from another (改为), and a
group's members counted in the sentence that says what it is made of (由…等N名委员组成)."""
from __future__ import annotations

import pytest

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


def test_one_line_member_list_with_padded_names_of_rare_surnames():
    # a notice run onto one line: 成员：甲 某司巡视员 殳　航 人事司调研员 …, a two-character name padded to the list's
    # width (殳　航), its surname one the lexicon lacks: every entry its own member and post
    nf = run("国家地名局办公室关于成立全国地名成果保密检查工作专班的通知 国名办发〔2018〕12号 各省、自治区、直辖市地名主管部门,"
             "局所属各单位: 为做好2018年全国地名成果保密检查工作,经局领导同意,决定成立全国地名成果保密检查工作专班(以下简称专班)。"
             "现将有关事项通知如下: 一、专班组成 专班长:柏文甲 国家地名局副局长 副专班长:简秋乙 局办公室主任 "
             "成员:闻人澈 地名规划司巡视员 柯海丙 标准与区划司副巡视员 殳　航 人事司调研员 佘　颖 局地名研究中心副主任 "
             "二、工作要求 各有关单位要高度重视。 国家地名局办公室                              2018年5月4日\n")
    g = "全国地名成果保密检查工作专班"
    assert {(g, p, "成员") for p in ("闻人澈", "柯海丙", "殳航", "佘颖")} <= members(nf)
    assert {("闻人澈", "地名规划司", "巡视员"), ("柯海丙", "标准与区划司", "副巡视员"), ("殳航", "人事司", "调研员"),
            ("佘颖", "局地名研究中心", "副主任")} <= positions(nf)


def test_subgroup_set_up_in_one_clause_headed_in_the_next():
    # 指挥部另设X组，由甲同志任组长: the head is the new group's, not the 指挥部's
    nf = run("某市人民政府办公室关于成立某市城区排涝工程建设指挥部的通知\n"
             "为加快工程建设，市人民政府决定成立某市城区排涝工程建设指挥部，组成人员如下：\n"
             "指 挥 长：柴文远　市人民政府副市长\n"
             "副指挥长：顾言川　市水务局局长\n"
             "指挥部下设办公室，办公室设在市水务局，顾言川同志兼任办公室主任；指挥部另设工程安全巡查组，由严若溪同志任组长。\n")
    g = "某市城区排涝工程建设指挥部"
    assert ("工程安全巡查组", g) in subgroups(nf)
    assert ("工程安全巡查组", "严若溪", "组长") in members(nf)
    assert (g, "严若溪", "组长") not in members(nf)


@pytest.mark.parametrize("verb", ["亲任", "亲自担任"])
def test_head_taking_the_role_in_person(verb):
    # 由院长甲亲任组长: 亲 is the verb's, not the name's
    nf = run("某区法院关于公益诉讼工作的情况汇报\n"
             f"2019年3月我院设立公益诉讼工作指导小组，由院长龙启明{verb}组长，其他党组成员任副组长，指导全院公益诉讼工作。\n")
    assert ("公益诉讼工作指导小组", "龙启明", "组长") in members(nf)
    assert not any(p.startswith("龙启明亲") for _, p, _ in members(nf))


def test_headline_names_the_group_by_a_form_of_its_own():
    # the headline names the group 某省第三次X领导小组, the report 某省第三次全国X领导小组: the report's form whole,
    # not the part the two share (X领导小组)
    nf = run("贵州省第三次经济普查领导小组会议在贵阳召开\n"
             "2013年03月12日\n"
             "    贵州省政府3月11日在贵阳召开贵州省第三次全国经济普查领导小组会议,安排部署普查工作。\n"
             "  贵州省副省长、贵州省第三次全国经济普查领导小组组长韦明远讲话说:这次普查涉及全省各类单位。\n")
    assert members(nf) == {("贵州省第三次全国经济普查领导小组", "韦明远", "组长")}


def test_group_remade_from_another_takes_the_roles_after_it():
    # a chronicle: 将各级X工作组改为Y委员会。甲任主任委员: Y's heads, not those of a group set up before
    nf = run("某县大事记\n"
             "3月5日,县委、县人委决定成立某县农业技术推广委员会。\n"
             "3月20日,县委将各级防疫工作组改为卫生防疫委员会。柯明山任主任委员,石德胜、许文光任副主任委员。\n")
    assert {("卫生防疫委员会", "柯明山", "主任委员"), ("卫生防疫委员会", "石德胜", "副主任委员"),
            ("卫生防疫委员会", "许文光", "副主任委员")} <= members(nf)
    assert not any(g == "某县农业技术推广委员会" for g, _, _ in members(nf))


def test_members_counted_in_what_the_group_is_made_of():
    # 县农委由甲、乙、丙等15名委员组成，甲兼任主任委员: each listed one a 委员 of the group set up (named short)
    nf = run("某县大事记\n"
             "4月8日,县委、县人委决定成立某县农业技术推广委员会。县农委由柯明山、石德胜、许文光等15名委员组成,柯明山兼任主任委员。\n")
    g = "某县农业技术推广委员会"
    assert {(g, "柯明山", "委员"), (g, "石德胜", "委员"), (g, "许文光", "委员"), (g, "柯明山", "主任委员")} <= members(nf)
