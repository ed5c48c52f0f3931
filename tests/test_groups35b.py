"""Groups as notices set them up (round 35b): work groups a leading group sets up besides its office and heads in
prose, an office set up under a task force whose duties mention bodies others set up, a member line that lists
units by name and seats their heads, and an office named by its level (县X办公室) where the group was named by place."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups


def test_work_groups_set_up_besides_the_office_each_with_its_head_in_prose():
    # 领导小组另设两个工作组：A组，组长由甲同志担任；B组，…: each head is the work group's, not the leading group's
    nf = run("各单位：\n经研究，决定对某市林业局安全生产工作领导小组组成人员进行调整。现将调整后的领导小组组成人员通知如下：\n"
             "组　长：钱大勇　　市林业局局长\n副组长：孙明礼　　市林业局副局长\n成　员：李春生　　局办公室主任\n"
             "周文涛　　局安全科科长\n"
             "领导小组下设办公室，办公室设在局安全科，周文涛同志兼任办公室主任。"
             "领导小组另设两个工作组：宣传教育组，组长由李春生同志担任；隐患排查组，组长由周文涛同志担任。\n")
    g = "某市林业局安全生产工作领导小组"
    assert ("宣传教育组", "李春生", "组长") in members(nf) and ("隐患排查组", "周文涛", "组长") in members(nf)
    assert (g, "李春生", "组长") not in members(nf)
    assert {("宣传教育组", g), ("隐患排查组", g)} <= subgroups(nf)


def test_office_of_a_task_force_whose_duties_tell_others_to_set_up_a_committee():
    # 指导各社区成立业主委员会: a body the communities set up, not the notice's; the office after it is the 专班's
    nf = run("为推进辖区背街小巷整治工作，经街道党工委研究，决定成立东风街道背街小巷整治工作专班。现将有关事项通知如下：\n"
             "一、专班组成\n专班长：钱大勇  街道党工委书记\n副专班长：孙明礼  街道办事处主任\n"
             "成    员：李春生  街道城建办主任\n          周文涛  街道综治办主任\n二、工作职责\n"
             "专班负责统筹推进整治工作，指导各社区成立业主委员会，督促物业企业规范服务。\n"
             "专班下设办公室，办公室设在街道城建办，由孙明礼同志兼任办公室主任，李春生同志任办公室副主任，负责专班日常工作。\n")
    office = "东风街道背街小巷整治工作专班办公室"
    assert {(office, "孙明礼", "主任"), (office, "李春生", "副主任")} <= members(nf)
    assert not any(g.startswith("业主委员会") for g, _, _ in members(nf))


def test_member_line_listing_units_whose_heads_serve_names_no_one():
    # 城关镇、北山镇、南湖乡人民政府主要负责人: every unit's head, no person (城关 is no name)
    nf = run("某县人民政府关于调整某县森林防火指挥部组成人员的通知\n各乡镇人民政府，县政府各部门：\n"
             "经县政府研究，决定对某县森林防火指挥部组成人员作如下调整：\n"
             "总 指 挥：钱大勇　县委副书记、县长\n副总指挥：孙明礼　副县长\n成　　员：李春生　县林业局局长\n"
             "　　　　　周文涛　县公安局副局长\n　　　　　城关镇、北山镇、南湖乡人民政府主要负责人\n"
             "指挥部下设办公室，办公室设在县林业局，李春生同志兼任办公室主任。\n")
    people = {p for _, p, _ in members(nf)}
    assert people == {"钱大勇", "孙明礼", "李春生", "周文涛"}


def test_office_named_by_the_level_of_the_place_is_named_as_printed():
    # 县爱国卫生运动委员会办公室设在县卫生局: the sentence that sets the office up names it so
    nf = run("某县人民政府关于调整县爱国卫生运动委员会组成人员的通知\n"
             "为加强爱国卫生工作，县政府决定调整某县爱国卫生运动委员会组成人员，现将名单通知如下：\n"
             "主  任：钱大勇　县政府副县长\n副主任：孙明礼　县政府办公室副主任\n　　　　李春生　县卫生局局长\n"
             "委  员：周文涛　县财政局局长\n"
             "县爱国卫生运动委员会办公室设在县卫生局，李春生同志兼任办公室主任。\n")
    assert ("县爱国卫生运动委员会办公室", "李春生", "主任") in members(nf)
    assert ("县爱国卫生运动委员会办公室", "某县爱国卫生运动委员会") in subgroups(nf)
