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
