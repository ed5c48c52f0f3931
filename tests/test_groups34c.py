"""Groups and holders round 34 (helper h): a yearbook's list of a body's leaders under a heading that names the
body (``1988年某矿务局局级干部名表:``), its two-character titles and names spaced to fill a column."""
from __future__ import annotations

from govkg.facts import Membership, Position, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def positions(text: str) -> set[tuple[str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    return {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}


YEARBOOK = ("综述\n"
            "  【概况】 1988年某山矿务局有职工五万人,下辖八个煤矿。\n"
            "  局级干部名表\n"
            "  1988年某山矿务局局级干部名表:\n"
            "  党委书记 欧阳明\n"
            "  局 长 司马青\n"
            "  党委副书记 上官岚 诸葛平\n"
            "  副局长 皇甫云 令狐远 尹 东 公孙华\n")


def test_yearbook_list_of_bureau_leaders_under_a_heading_naming_the_body():
    got = positions(YEARBOOK)
    body = "某山矿务局"
    assert {("欧阳明", body, "党委书记"), ("司马青", body, "局长"), ("上官岚", body, "党委副书记"),
            ("诸葛平", body, "党委副书记"), ("皇甫云", body, "副局长"), ("令狐远", body, "副局长"),
            ("尹东", body, "副局长"), ("公孙华", body, "副局长")} <= got


def members(text: str) -> set[tuple[str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    return {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)}


SQUAD = ("某开党工发〔2023〕5号\n\n"
         "各部门：\n\n"
         "　　经党工委研究，决定成立某某开发区招商引资工作专班，组成人员如下：\n\n"
         "　　专班长：党工委书记　尹　东\n"
         "　　副专班长：党工委副书记、管委会主任　欧阳明远\n"
         "　　　　　　　党工委委员、纪工委书记　上　官岚\n"
         "　　成　员：管委会经济发展局局长　皇甫云\n"
         "　　　　　　管委会财政局局长　令狐远\n\n"
         "　　　　　　　　　　　　　　　　　　中共某某开发区工作委员会\n"
         "　　　　　　　　　　　　　　　　　　　　　　2023年3月1日\n")


def test_deputies_with_two_posts_and_long_or_padded_compound_surnames():
    got = members(SQUAD)
    g = "某某开发区招商引资工作专班"
    assert {(g, "欧阳明远", "副专班长"), (g, "上官岚", "副专班长")} <= got
    assert not any(p in ("党工", "管委", "官岚") for _, p, _ in got)


ONE_LINE = ("中共某某区委办公室关于调整区委乡村振兴领导小组组成人员的通知某党办发〔2019〕8号各乡镇党委，区直各单位："
            "因人员变动，经区委同意，对区委乡村振兴领导小组组成人员调整如下：组　长：区委书记 尹东 副组长：区委副书记、区长 欧阳明远 "
            "成　员：区委常委、组织部部长 皇甫云 区委常委、宣传部部长 令狐远 区总工会主席 上官岚 "
            "领导小组下设两个专项小组：产业发展专项小组，组长由欧阳明远同志担任；人才培育专项小组，组长由皇甫云同志担任。"
            "领导小组下设办公室，办公室设在区委办公室，令狐远同志兼任办公室主任。 中共某某区委办公室 2019年3月2日")


def subgroups(text: str) -> set[tuple[str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    return {(f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup)}


def test_one_line_adjustment_with_special_groups_named_before_their_heads():
    got = members(ONE_LINE)
    g = "区委乡村振兴领导小组"
    assert {("产业发展专项小组", "欧阳明远", "组长"), ("人才培育专项小组", "皇甫云", "组长")} <= got
    assert not {(g, "欧阳明远", "组长"), (g, "皇甫云", "组长")} & got
    assert {("产业发展专项小组", g), ("人才培育专项小组", g)} <= subgroups(ONE_LINE)


ABOLISHED = ("某市人民政府办公室关于调整部分市政府议事协调机构组成人员的通知\n"
             "某政办发〔2022〕12号\n"
             "各县（区）人民政府，市直各部门：\n"
             "　　因人事变动和工作需要，决定对部分议事协调机构组成人员进行调整，对已完成阶段性任务的议事协调机构予以撤销。\n"
             "一、某市乡村建设领导小组\n"
             "组　　长：尹东　副市长\n"
             "成　　员：皇甫云　市农业农村局局长\n"
             "领导小组下设规划组、产业组两个专项组。规划组组长由皇甫云同志兼任。\n"
             "二、予以撤销的议事协调机构\n"
             "某市第四次全国经济普查领导小组。其工作由市统计局承担。\n"
             "某市人民政府办公室\n2022年6月1日\n")


def test_group_under_a_heading_of_abolition_is_no_subgroup_of_the_group_above():
    got = subgroups(ABOLISHED)
    assert not any(g == "某市第四次全国经济普查领导小组" for g, _ in got)


COMMITTEE = ("某大学关于成立学风建设委员会的通知\n校属各单位：\n"
             "　　经研究，决定成立某大学学风建设委员会。组成人员如下：\n"
             "主任委员：尹东　某大学校长\n"
             "副主任委员：皇甫云　校党委副书记\n"
             "　　　　　　次仁央珍（女）　副校长\n"
             "委　　员：令狐远　教务处处长\n"
             "某大学\n2012年10月19日\n")


def test_four_character_name_with_an_aside_then_a_bare_title_on_a_continuation_line():
    assert ("某大学学风建设委员会", "次仁央珍", "副主任委员") in members(COMMITTEE)
