"""Group memberships as real pages print them (session 11, groups13): a county task-force list whose
members hold low ranks, a township's 以…为成员的X with a long list of units and an office set up in the
same sentence, and an encyclopedia's history of a committee. Made-up names, places and bodies."""
from __future__ import annotations

import pytest

from govkg.facts import Subgroup
from govkg.nlp import extract
from helpers import notice as run, membership_set as members, position_set as posts


@pytest.mark.parametrize("line, person, agency, title", [
    ("钱小红 县公安局治安大队民警", "钱小红", "县公安局治安大队", "民警"),
    ("孙　丽 城关镇和平社区工作人员", "孙丽", "城关镇和平社区", "工作人员"),
    ("周海涛 县水利局水政股股长", "周海涛", "县水利局水政股", "股长"),
])
def test_task_force_members_of_low_rank(line, person, agency, title):
    # a county's task-force list: a police officer, a community's staff member, a bureau section's head;
    # the member after them is read too (the list does not stop at a rank it does not know)
    nf = run("第三拆迁工作组:\n组 长:张 明 县政协副主席\n成 员:李强 县人社局副局长\n"
             f"{line}\n吴芳 县商务服务中心联络办主任\n负责范围:北环路以北约200户。\n")
    g = "第三拆迁工作组"
    assert {(g, person, "成员"), (g, "吴芳", "成员"), (g, "张明", "组长")} <= members(nf)
    assert (person, agency, title) in posts(nf)


def test_led_group_with_a_long_list_of_member_units_and_its_office_in_one_sentence():
    # 成立以甲为组长，乙为副组长，A、B…等部门负责人为成员的X，领导小组下设办公室于Y，由丙任办公室主任，丁、戊为成员
    nf = run("各村委会:\n二、加强领导\n"
             "镇政府成立以镇长李明为组长,副镇长孙立为副组长,党政办、农业服务中心、派出所、水务站、财政所、"
             "社会事务办、规划建设办等相关部门负责人为成员的防汛抗旱领导小组,领导小组下设办公室于水务站,"
             "由周海同志任办公室主任,钱一、吴二为成员,负责处理日常事务工作。\n")
    g = "防汛抗旱领导小组"
    assert members(nf) == {(g, "李明", "组长"), (g, "孙立", "副组长"), (g + "办公室", "周海", "主任"),
                           (g + "办公室", "钱一", "成员"), (g + "办公室", "吴二", "成员")}
    assert {(f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup)} == {(g + "办公室", g)}


def test_members_after_the_groups_head_stay_the_groups():
    # no office head before them: 成员 are the group's own
    nf = run("县政府决定成立某某工作领导小组,由县长甲乙丙任组长,钱一、吴二为成员。\n")
    assert members(nf) == {("某某工作领导小组", "甲乙丙", "组长"), ("某某工作领导小组", "钱一", "成员"),
                           ("某某工作领导小组", "吴二", "成员")}


def test_committee_history_in_an_encyclopedia():
    # 某部下设的X委员会召开成立大会，甲任主任委员…为委员 / 改组为某某直属的Y委员会，N位委员是… (a new body,
    # not a short name of the first)
    nf = run("沿革\n"
             "1956年3月,某某部下设的中国地名研究委员会召开成立大会,张明任主任委员,李强任副主任委员,王刚、赵丽、钱伟为委员。\n"
             "1960年5月,中国地名研究委员会改组为国务院直属的中国地名委员会,5位委员是王刚、赵丽、钱伟、孙海、周涛。"
             "李强为主任委员,赵丽为副主任委员。\n")
    a, b = "中国地名研究委员会", "中国地名委员会"
    assert members(nf) == {(a, "张明", "主任委员"), (a, "李强", "副主任委员"), (a, "王刚", "委员"), (a, "赵丽", "委员"),
                           (a, "钱伟", "委员"), (b, "王刚", "委员"), (b, "赵丽", "委员"), (b, "钱伟", "委员"),
                           (b, "孙海", "委员"), (b, "周涛", "委员"), (b, "李强", "主任委员"), (b, "赵丽", "副主任委员")}


def test_a_committee_that_merely_is_set_up_in_a_chronicle_is_no_group():
    # 某市军事管制委员会成立，甲任主任: an organ of government, its heads posts (no committee roles named)
    nf = run("大事记\n1949年5月,某市军事管制委员会成立,张明任主任,李强任副主任。\n")
    assert not any(g.endswith("委员会") for g, _, _ in members(nf))


def test_a_visiting_team_named_by_its_head():
    # 以某某副主任甲为组长的省某某检查组一行6人来我县: the team and its head; the roles after it stay their own groups'
    nf = run("5月12日,以省卫健委副主任王明为组长的省卫生城市复审检查组一行6人来我县检查指导工作。"
             "县委常委、副县长、县创卫工作领导小组组长李强陪同检查。\n")
    assert members(nf) == {("省卫生城市复审检查组", "王明", "组长"), ("县创卫工作领导小组", "李强", "组长")}
    assert ("王明", "省卫健委", "副主任") in posts(nf)


@pytest.mark.parametrize("line, name, agency", [
    ("欧 阳 春省民政厅副厅长", "欧阳春", "省民政厅"),  # a letter-spaced name, its post glued to it
    ("孙 立 省统计局副局长", "孙立", "省统计局"),  # a padded two-character name: 立省 is no body
])
def test_letter_spaced_names_in_a_member_list(line, name, agency):
    nf = run("为统筹全省某某工作,省政府决定建立某某工作联席会议制度。\n二、联席会议成员\n联席会议成员名单如下:\n"
             f"召集人:王大明 副省长\n成 员:张 明 省政府副秘书长\n{line}\n李小红 省民政厅副厅长\n")
    assert ("某某工作联席会议", name, "成员") in members(nf)
    assert (name, agency, "副厅长" if "厅" in agency else "副局长") in posts(nf)


def test_a_padded_name_before_a_head_of_governments_title_stays_two_characters():
    # 郝 远 副省长 / 刘 吉 惠州市市长: 副 and 惠 open the post, not end the name
    from govkg.extract.names import split_name_posts
    assert split_name_posts("郝 远 副省长")[0] == "郝远"
    assert split_name_posts("刘 吉 惠州市市长")[0] == "刘吉"
    assert split_name_posts("贾 文 明省扶贫办副主任")[:2] == ("贾文明", "省扶贫办副主任")


def test_a_news_report_on_the_notice_that_sets_a_joint_meeting_up():
    # the headline names it short; the notice the report cites (《关于建立X制度的通知》) names it in full
    nf = run("某省建立食品安全工作联席会议制度\n来源:某某报\n"
             "近日,某省政府办公厅印发《关于建立某省食品安全工作联席会议制度的通知》。\n"
             "《通知》显示,联席会议召集人由某省政府分管副省长张明担任,副召集人分别是省政府副秘书长李强,省卫生厅厅长赵刚。"
             "联席会议办公室设在省卫生厅,办公室主任由省卫生厅副厅长孙丽担任。\n")
    g = "某省食品安全工作联席会议"
    assert members(nf) == {(g, "张明", "召集人"), (g, "李强", "副召集人"), (g, "赵刚", "副召集人"),
                           (g + "办公室", "孙丽", "主任")}


@pytest.mark.parametrize("sep", ["|", "\t"])
def test_member_table_without_its_header_row(sep):
    # 指挥长 | 甲 | 县长 / (empty) | 乙 | 县某局局长: the role above goes on; (女) and (兼) are no part of the name
    rows = [("指挥长", "张明", "县长"), ("副指挥长", "李强", "副县长"), ("", "赵刚", "县水利局局长"),
            ("成员", "钱伟(女)", "县财政局局长"), ("", "孙丽(兼)", "县应急局局长")]
    table = "".join((f"| {' | '.join(r)} |" if sep == "|" else "\t".join(r)) + "\n" for r in rows)
    nf = run("各乡镇:\n经县政府研究,决定对县防汛抗旱指挥部组成人员进行调整,调整后组成人员如下:\n" + table)
    g = "县防汛抗旱指挥部"
    assert members(nf) == {(g, "张明", "指挥长"), (g, "李强", "副指挥长"), (g, "赵刚", "副指挥长"),
                           (g, "钱伟", "成员"), (g, "孙丽", "成员")}
    assert ("赵刚", "县水利局", "局长") in posts(nf)


def test_a_table_of_tasks_is_no_member_table():
    nf = run("经县政府研究,决定成立县防汛抗旱指挥部,组成人员如下:\n组长:张明 县长\n"
             "| 序号 | 任务 | 责任单位 |\n| 1 | 加固堤防 | 县水利局 |\n| | 转移群众 | 各乡镇 |\n")
    assert members(nf) == {("县防汛抗旱指挥部", "张明", "组长")}


@pytest.mark.parametrize("line, name, agency, title", [
    ("李娜市教育局副局长(女)", "李娜", "市教育局", "副局长"),  # name glued to its post, the aside at the end
    ("市卫生局局长王芳（女）", "王芳", "市卫生局", "局长"),  # the post before the name
    ("周涛市应急局局长(兼)", "周涛", "市应急局", "局长"),
])
def test_an_aside_at_the_end_of_a_member_entry(line, name, agency, title):
    nf = run("市政府决定成立市创建全国文明城市工作领导小组,组成人员如下:\n组长:刘建华市长\n"
             f"成员:张建国市发展改革委主任\n{line}\n")
    assert ("市创建全国文明城市工作领导小组", name, "成员") in members(nf)
    assert (name, agency, title) in posts(nf)


def test_member_list_flattened_one_cell_per_line_without_a_header():
    # 主任 / 甲 / 市长 / 委员 / 乙 / 市某局局长 / 丙 / …: a post cell under a name is that member's; the list goes on
    nf = run("市政府决定调整市安全生产委员会组成人员,调整后的组成人员如下:\n主 任\n张明\n市长\n委 员\n赵刚\n市应急局局长\n"
             "钱伟\n市公安局副局长\n孙丽\n")
    g = "市安全生产委员会"
    assert members(nf) == {(g, "张明", "主任"), (g, "赵刚", "委员"), (g, "钱伟", "委员"), (g, "孙丽", "委员")}
    assert {("赵刚", "市应急局", "局长"), ("钱伟", "市公安局", "副局长")} <= posts(nf)


def test_a_two_character_name_with_the_surname_ren_after_a_post():
    # 党委副书记任某、副镇长乙为副组长: 任 the surname, not the verb (任组长, 任职)
    nf = run("青山镇人民政府关于做好防汛抗旱工作的通知\n各村民委员会:\n"
             "镇政府成立以镇长李明为组长,党委副书记任强、副镇长孙立为副组长的防汛抗旱领导小组。\n")
    g = "防汛抗旱领导小组"
    assert members(nf) == {(g, "李明", "组长"), (g, "任强", "副组长"), (g, "孙立", "副组长")}


def test_a_township_command_post_and_its_heads_in_one_run():
    # 镇政府成立N人防汛指挥所。所长:甲;副所长:乙、丙;成员:… (a command post, 所长 its head)
    nf = run("各村委会:\n二、健全防汛机构。镇政府成立9人防汛指挥所。所长:张明;副所长:李强、赵刚;成员:钱伟、孙丽、周涛。"
             "各村委会要成立防汛指挥小组。\n")
    g = "防汛指挥所"
    assert members(nf) == {(g, "张明", "所长"), (g, "李强", "副所长"), (g, "赵刚", "副所长"), (g, "钱伟", "成员"),
                           (g, "孙丽", "成员"), (g, "周涛", "成员")}


def test_a_police_station_head_in_a_groups_list_is_a_post():
    # 成员:甲 某派出所所长: 所长 here is the member's post, not a role in the group
    nf = run("镇政府决定成立镇禁毒工作领导小组,组成人员如下:\n组长:张明 镇长\n成员:李强 镇派出所所长\n")
    assert members(nf) == {("镇禁毒工作领导小组", "张明", "组长"), ("镇禁毒工作领导小组", "李强", "成员")}
