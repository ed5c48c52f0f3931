"""Group notices as written (round 36a): members printed grouped under their units' labels, each name followed by
its bare title (``某处：甲　处长；乙　副处长``, ``镇某所：丙（所长）、丁（副所长）``), and a notice run onto one line
whose subgroups' numbered headings stand at the ends of the lines before their heads' labels
(``…成员单位：县某局。　　（二）道路抢通组`` / ``组长：甲；``)."""
from __future__ import annotations

import pytest

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


UNITS_SPACED = ("某省水利厅关于成立某省数字孪生流域建设工作领导小组的通知\n某水发〔2022〕17号\n厅机关各处室、厅属各单位：\n"
                "　　经厅党组研究，决定成立某省水利厅数字孪生流域建设工作领导小组。现将有关事项通知如下：\n"
                "　　组　长：韩立新　省水利厅党组书记、厅长\n"
                "　　副组长：郑晓东　省水利厅副厅长\n"
                "　　成　员：（按处室、单位排列）\n"
                "　　　　厅办公室：秦少华　主任\n"
                "　　　　规划计划处：汪海涛　处长；林　静　副处长\n"
                "　　　　厅水文中心：孔德明　主任\n"
                "　　领导小组办公室设在规划计划处，负责日常工作。\n"
                "某省水利厅\n2022年4月8日\n")

UNITS_BRACKETED = ("青石镇人民政府关于调整青石镇森林防火工作专班的通知\n各村、镇直各单位：\n"
                   "　　因人员变动，经镇党委研究，决定对青石镇森林防火工作专班组成人员进行调整，现将调整后的名单通知如下：\n"
                   "专 班 长：罗志刚　镇党委副书记、镇长\n"
                   "副专班长：邓　丽　副镇长\n"
                   "成　　员：\n"
                   "　　镇党政办：宋文斌（主任）\n"
                   "　　镇应急管理所：唐永红（所长）、曹建平（副所长）\n"
                   "　　各村党支部书记\n"
                   "专班下设办公室，办公室设在镇应急管理所。\n"
                   "平山县青石镇人民政府\n2024年2月1日\n")


@pytest.mark.parametrize("text, group, rows", [
    (UNITS_SPACED, "某省水利厅数字孪生流域建设工作领导小组",
     [("秦少华", "厅办公室", "主任"), ("汪海涛", "规划计划处", "处长"), ("林静", "规划计划处", "副处长"),
      ("孔德明", "厅水文中心", "主任")]),
    (UNITS_BRACKETED, "青石镇森林防火工作专班",
     [("宋文斌", "镇党政办", "主任"), ("唐永红", "镇应急管理所", "所长"), ("曹建平", "镇应急管理所", "副所长")]),
])
def test_members_grouped_under_their_units_labels(text, group, rows):
    # 规划计划处：甲　处长；乙　副处长 — each a member, holding the label's unit's post of the title after the name
    nf = run(text)
    assert {(group, person, "成员") for person, _, _ in rows} <= members(nf)
    assert set(rows) <= positions(nf)


def test_a_groups_own_office_as_a_label_gives_no_unit_post():
    # 领导小组办公室：甲　主任 among the units: the group's own office, no body the member holds a post in
    text = UNITS_SPACED.replace("　　　　厅水文中心：孔德明　主任\n", "　　　　领导小组办公室：孔德明　主任\n")
    got = positions(run(text))
    assert ("汪海涛", "规划计划处", "处长") in got
    assert not any(agency == "领导小组办公室" for _, agency, _ in got)


ONE_LINE = ("某县人民政府关于成立某县洪涝灾害灾后重建指挥部的通知\n"
            "某政发〔2020〕9号 各乡镇人民政府，县直各单位：　　为做好灾后重建工作，县人民政府决定成立某县洪涝灾害灾后重建指挥部，"
            "现将有关事项通知如下：　　一、指挥部组成人员\n"
            "指 挥 长：赵国平　县长\n副指挥长：钱文华　副县长\n"
            "成　　员：孙建军　县交通运输局局长　李秋实　县住房和城乡建设局局长　周小兵　县水利局局长\n"
            "指挥部下设办公室，办公室设在县应急管理局。　　二、工作组　　指挥部下设三个工作组：　　（一）道路抢通组\n"
            "组长：孙建军；\n副组长：吴天明（县公路中心主任）；成员单位：县交通运输局、县公路中心。　　（二）房屋重建组\n"
            "组长：李秋实；成员单位：县住房和城乡建设局、县自然资源局。　　（三）水利修复组\n"
            "组长：周小兵；成员单位：县水利局。　　三、工作要求　　各工作组要制定本组工作方案，报指挥部。\n"
            "某县人民政府\n2020年7月20日\n")


def test_subgroup_headings_run_onto_the_lines_before_their_heads():
    # …成员单位：县交通运输局、县公路中心。　　（二）房屋重建组 / 组长：李秋实: the head of 房屋重建组, not of the 指挥部
    nf = run(ONE_LINE)
    parent = "某县洪涝灾害灾后重建指挥部"
    assert {("道路抢通组", "孙建军", "组长"), ("道路抢通组", "吴天明", "副组长"), ("房屋重建组", "李秋实", "组长"),
            ("水利修复组", "周小兵", "组长")} <= members(nf)
    assert {(g, parent) for g in ("道路抢通组", "房屋重建组", "水利修复组")} <= subgroups(nf)
    assert not any(grp == parent and role in ("组长", "副组长") for grp, _, role in members(nf))
