"""Groups as real pages print them (fix38h): subgroups listed by a 下设 sentence, one of them named by a kind word
(工作小组 among 督查小组、宣传小组), each headed with its 组长 and 联络人; a section heading on every subgroup (各专项小组)
or on an office and the working groups (办公室及工作组); a task's bracketed note naming the office in charge; and a
markdown copy's bulleted list (``- **组长**:甲``, unlabelled bullets continuing the role above)."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups


SPECIAL_GROUPS = ("某县卫生局关于成立卫生系统控烟工作领导小组的通知\n某卫发〔2016〕21号\n"
                  "局属各单位：\n"
                  "经研究，决定成立某县卫生系统控烟工作领导小组，下设工作小组、检查小组、宣传小组等专项小组。人员组成及职责如下：\n"
                  "一、某县卫生系统控烟工作领导小组\n"
                  "组　长：柴文博\n"
                  "副组长：韦青山、乐晓梅\n"
                  "成　员：武立行、童子敬\n"
                  "二、专项小组\n"
                  "1.工作小组\n组长：韦青山\n责任单位：医政科\n联络人：童子敬\n"
                  "2.检查小组\n组长：乐晓梅\n责任单位：监督所\n联络人：武立行\n"
                  "3.宣传小组\n组长：乐晓梅\n责任单位：办公室\n联络人：邬佳宁\n"
                  "三、各专项小组工作职责\n"
                  "1.工作小组：负责控烟工作的组织实施。\n"
                  "某县卫生局\n2016年4月2日\n")
ROOT = "某县卫生系统控烟工作领导小组"


def test_a_kind_word_listed_among_named_subgroups_is_one_of_them():
    # 下设工作小组、检查小组、宣传小组等专项小组 / 1.工作小组 组长：甲: 工作小组 is a subgroup, headed by its own 组长
    nf = run(SPECIAL_GROUPS)
    assert ("工作小组", ROOT) in subgroups(nf)
    assert ("工作小组", "韦青山", "组长") in members(nf)
    assert (ROOT, "韦青山", "组长") not in members(nf)


def test_a_subgroups_liaison_is_a_member():
    # 组长：甲 / 责任单位：某科 / 联络人：乙: the liaison is the subgroup's 联络人
    got = members(run(SPECIAL_GROUPS))
    assert {("工作小组", "童子敬", "联络人"), ("检查小组", "武立行", "联络人"), ("宣传小组", "邬佳宁", "联络人")} <= got


def test_a_heading_on_every_subgroup_names_none():
    # 三、各专项小组工作职责: the section on the subgroups' duties, no group 各专项小组
    assert subgroups(run(SPECIAL_GROUPS)) == {(g, ROOT) for g in ("工作小组", "检查小组", "宣传小组")}


def test_a_heading_on_the_office_and_the_working_groups_names_the_office():
    # 二、县某指挥部办公室及工作组 over 县某指挥部下设办公室…甲兼任办公室主任: the office, not 办公室及工作组
    nf = run("某县人民政府关于成立某县抗旱救灾指挥部的通知\n某府〔2020〕9号\n各乡镇人民政府，县政府各部门：\n"
             "为做好抗旱救灾工作，决定成立某县抗旱救灾指挥部（以下简称县抗旱指挥部）。现将有关事项通知如下：\n"
             "一、县抗旱指挥部组成人员\n"
             "总指挥：闵志刚　县长\n"
             "成　员：庞一凡　县水务局局长\n"
             "二、县抗旱指挥部办公室及工作组\n"
             "县抗旱指挥部下设办公室，办公室设在县水务局，庞一凡同志兼任办公室主任。\n"
             "某县人民政府\n2020年6月1日\n")
    g = "某县抗旱救灾指挥部"
    assert (g + "办公室", "庞一凡", "主任") in members(nf)
    assert subgroups(nf) == {(g + "办公室", g)}


def test_an_office_in_a_tasks_bracketed_note_sets_up_no_group():
    # （一）组织检查评比（县某某指挥部办公室负责）: the office in charge of a task, no group the notice sets up
    nf = run("某县人民政府办公室关于开展冬季植树造林工作的通知\n某政办发〔1998〕3号\n各乡镇人民政府：\n"
             "现就有关工作通知如下：\n"
             "（一）组织冬季植树造林检查评比（县绿化造林建设指挥部办公室负责）。\n"
             "（二）做好苗木调运。\n"
             "某县人民政府办公室\n1998年11月2日\n")
    assert not any("(" in g or "（" in g for g, _ in subgroups(nf))
    assert subgroups(nf) == set()


def test_a_markdown_bulleted_member_list():
    # - **组长**:甲　职务 / - **副组长**:乙 / - 丙　职务 (a bullet with no label: the role above goes on)
    nf = run("## 某镇人民政府关于成立某镇蚕桑产业发展工作领导小组的通知\n\n某镇政〔2006〕5号\n\n各村委会、镇直各单位:\n\n"
             "镇政府决定成立某镇蚕桑产业发展工作领导小组,组成人员如下:\n\n"
             "- **组长**:裘志安　镇党委副书记、镇长\n"
             "- **副组长**:滕　书远　镇人大主席\n"
             "- 邝雪梅　副镇长\n"
             "- **成员**:阚立诚　镇农业服务中心主任\n"
             "- 郜　青　镇财政所所长\n\n"
             "某镇人民政府\n2006年3月1日\n\n"
             "  • 政府领导\n  • 返回顶部\n")  # (a site menu's bullets, lone words: no label, no member)
    g = "某镇蚕桑产业发展工作领导小组"
    assert members(nf) == {(g, "裘志安", "组长"), (g, "滕书远", "副组长"), (g, "邝雪梅", "副组长"),
                           (g, "阚立诚", "成员"), (g, "郜青", "成员")}
