"""Plans and groups as real pages print them: units after their role, lists broken by the page,
items whose enumerator the copy lost, groups set up in reports and offices named in prose."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment, Membership, Position, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.text import strip_copy_noise


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def rows(text: str, task: str | None = None) -> set[tuple[str, str]] | set[tuple[str, str, str]]:
    got = run(text).of(Assignment)
    if task is None:
        return {(a.task, a.role, a.agency) for a in got}
    return {(a.role, a.agency) for a in got if a.task == task}


HEAD = "江川市人民政府办公室关于印发重点工作分工方案的通知\n川政办发〔2021〕9号\n各县区人民政府：\n"


@pytest.mark.parametrize("line, expected", [
    # 会同 ends at 等部门, whatever the verb after it
    ("（一）关于“稳定粮食生产、保障有效供给”的问题，由市发展改革委会同市农业农村局、市财政局等部门研究提出落实意见。",
     {("lead", "市发展改革委"), ("support", "市农业农村局"), ("support", "市财政局")}),
    # a bracketed unit list ends at its full stop; 等有关部门 names no unit of its own
    ("（一）稳定粮食生产。〔责任单位：市农业农村局、市粮食局等有关部门，各县区人民政府。具体任务涉及各乡镇，不再分工〕",
     {("responsible", "市农业农村局"), ("responsible", "市粮食局"), ("responsible", "各县区人民政府")}),
    # 按职责分工 + any verb is a responsible body; 等有关部门和各… is two lists
    ("（一）稳定粮食生产。（市农业农村局、市粮食局等市有关部门和各县区人民政府按职责分工落实）",
     {("responsible", "市农业农村局"), ("responsible", "市粮食局"), ("responsible", "各县区人民政府")}),
    # collectives: 各地、各部门 are two; 相关市、县政府 is one, as printed
    ("（一）稳定粮食生产。部门分工：市农业农村局牵头，各地、各部门配合。",
     {("lead", "市农业农村局"), ("support", "各地"), ("support", "各部门")}),
    ("（一）稳定粮食生产。（市农业农村局、相关市、县政府负责）",
     {("responsible", "市农业农村局"), ("responsible", "相关市、县政府")}),
    # an elided list of places before the body they share
    ("（一）稳定粮食生产。（省农业农村厅、江川、河口、临川市政府负责）",
     {("responsible", "省农业农村厅"), ("responsible", "江川市人民政府"), ("responsible", "河口市人民政府"),
      ("responsible", "临川市人民政府")}),
    # a named body joined by 及/和 to a collective of its level (州直相关单位, 县直各单位): two bodies
    ("（一）稳定粮食生产。（牵头单位：州农业农村局；责任单位：州司法局、州委编办及州直相关单位）",
     {("lead", "州农业农村局"), ("responsible", "州司法局"), ("responsible", "州委编办"),
      ("responsible", "州直相关单位")}),
    # units in tortoise-shell brackets, the chain ended by a sentence that says more
    ("（一）稳定粮食生产。完成编制工作。〔市农业农村局牵头，市财政局、自然资源局参与，各县、区人民政府负责落实。"
     "以下各项工作均需各县、区人民政府落实。〕",
     {("lead", "市农业农村局"), ("support", "市财政局"), ("support", "自然资源局"),
      ("responsible", "各县、区人民政府")}),
    # parks named as bodies (某产业园, 某物流园)
    ("（一）修编开发区整体规划,提升各产业园发展规划。(牵头单位:县园区发展服务中心;责任单位:甲产业园、乙物流园等)",
     {("lead", "县园区发展服务中心"), ("responsible", "甲产业园"), ("responsible", "乙物流园")}),
    # 有关部门、单位 is one collective; 各区市政府 is no elided list of places
    ("（一）深化政务服务。(牵头单位:市审批服务局;责任单位:市直有关部门、单位,各区市政府)",
     {("lead", "市审批服务局"), ("responsible", "市直有关部门、单位"), ("responsible", "各区市政府")}),
])
def test_unit_lists_as_plans_print_them(line, expected):
    got = run(HEAD + "一、重点任务\n" + line + "\n").of(Assignment)
    assert {(a.role, a.agency) for a in got} == expected
    assert len({a.task for a in got}) == 1


def test_role_named_after_the_units():
    """议案办理: ``X为…的牵头责任单位``, ``Y、Z为协办单位`` under a section heading."""
    text = HEAD + "二、明确办理责任\n市交通运输局为该议案办理工作的牵头责任单位，负责拟定实施方案。" \
                  "市财政局、临川县政府为协办单位，要积极配合。\n"
    assert rows(text, "明确办理责任") == {("lead", "市交通运输局"), ("support", "市财政局"),
                                       ("support", "临川县人民政府")}


def test_a_note_on_roles_is_not_a_unit():
    text = HEAD + "一、分工说明\n排名第一的责任单位为牵头单位，其他列入单位为配合单位。\n"
    assert rows(text) == set()


def test_item_whose_enumerator_was_lost():
    """A second item with its own lead, after an item that had one, is its own task (first clause)."""
    text = HEAD + "一、重点任务\n（一）建设汽车产业基地。（牵头单位：市经信委；配合单位：市发改委）\n" \
                  "?#推进石化基地建设，抓好乙烯项目。（牵头单位：市发改委；配合单位：市规划局）\n"
    assert rows(text) == {("建设汽车产业基地", "lead", "市经信委"), ("建设汽车产业基地", "support", "市发改委"),
                          ("?#推进石化基地建设", "lead", "市发改委"), ("?#推进石化基地建设", "support", "市规划局")}


def test_task_lines_without_a_lead_stay_with_their_heading():
    text = HEAD + "一、重点任务\n（一）建设汽车产业基地\n推进整车项目。（牵头单位：市经信委）\n" \
                  "推进零部件项目。（配合单位：市发改委）\n"
    assert rows(text) == {("建设汽车产业基地", "lead", "市经信委"), ("建设汽车产业基地", "support", "市发改委")}


def test_unit_list_broken_mid_word():
    text = HEAD + "一、重点任务\n1.完善街道管理体制\n牵头单位：区委组织部\n协办单位：区委编办、区民政局、园区党工\n委、各街道党工委\n"
    assert rows(text, "完善街道管理体制") == {("lead", "区委组织部"), ("support", "区委编办"), ("support", "区民政局"),
                                          ("support", "园区党工委"), ("support", "各街道党工委")}


def test_standing_units_for_the_items_that_follow():
    text = HEAD + "一、政策措施\n1.争取专项资金，支持企业。（责任单位：市财政局。以下政策措施均需各县区人民政府落实，不再单独列出）\n" \
                  "2.成立工作专班，出台计划。（责任单位：市工信局）\n"
    assert rows(text) == {("争取专项资金", "responsible", "市财政局"), ("成立工作专班", "responsible", "市工信局"),
                          ("成立工作专班", "responsible", "各县区人民政府")}


def test_toned_pinyin_note_after_a_garbled_character():
    assert strip_copy_noise("七M(jìn)東部") == "七M東部"
    assert strip_copy_noise("型号A(abc)") == "型号A(abc)"  # no tone mark: not a pinyin note


def groups(text: str):
    nf = run(text)
    return ({(m.group, m.person, m.role) for m in nf.of(Membership)},
            {(s.group, s.parent) for s in nf.of(Subgroup)})


def test_office_of_a_group_the_page_does_not_name():
    """A page cut above the group's name: 领导小组办公室; its heads listed with commas, deputies
    in the next sentence of the same office."""
    members, subs = groups("三、其他事项\n（一）领导小组办公室设在市民政局，承担日常工作。办公室主任由市民政局局长周建华兼任；"
                           "常务副主任由市民政局副局长孙晓梅兼任；副主任由市教育局副局长钱进，市公安局副局长、党委委员吴立新兼任。\n")
    assert subs == {("领导小组办公室", "领导小组")}
    assert members == {("领导小组办公室", "周建华", "主任"), ("领导小组办公室", "孙晓梅", "常务副主任"),
                       ("领导小组办公室", "钱进", "副主任"), ("领导小组办公室", "吴立新", "副主任")}


def test_office_seat_with_short_name_and_without_zai():
    members, subs = groups("临川市人民政府关于成立临川市水资源保护领导小组的通知\n"
                           "市政府决定成立临川市水资源保护领导小组。\n"
                           "领导小组办公室（简称市水保办）设于市水利局，市水利局副局长郑明同志兼任办公室主任。\n")
    assert subs == {("临川市水资源保护领导小组办公室", "临川市水资源保护领导小组")}
    assert ("临川市水资源保护领导小组办公室", "郑明", "主任") in members


def test_group_whose_members_are_adjusted():
    members, subs = groups("根据工作需要，决定对临川县森林防火指挥部组成人员进行调整。\n"
                           "指挥部办公室设在县应急管理局，办公室主任由刘海同志兼任。\n")
    assert subs == {("临川县森林防火指挥部办公室", "临川县森林防火指挥部")}
    assert members == {("临川县森林防火指挥部办公室", "刘海", "主任")}


def test_task_force_with_numbered_subgroups_led_in_prose():
    """成立以X为组长的督查组（下设专项督查组）; numbered subgroups, heads named with their unit only,
    with a title after the name, or a name inside a 、 heading."""
    members, subs = groups(
        "临川市安全生产委员会关于开展安全生产大检查的通知\n"
        "市安委会成立以副市长赵东来为组长的安全生产督查组（下设专项督查组），负责大检查工作。\n"
        "1、矿山安全督查组，由市应急管理局孙平任组长，成员由有关部门人员组成。\n"
        "2、消防安全督查组，由市消防救援支队周明处长任组长。\n"
        "3、道路交通、水上交通安全督查组，由市公安局副局长韩立任组长。\n")
    parent = "安全生产督查组"
    assert subs == {("矿山安全督查组", parent), ("消防安全督查组", parent), ("道路交通、水上交通安全督查组", parent)}
    assert members == {(parent, "赵东来", "组长"), ("矿山安全督查组", "孙平", "组长"), ("消防安全督查组", "周明", "组长"),
                       ("道路交通、水上交通安全督查组", "韩立", "组长")}


def test_group_led_by_without_yi():
    members, _ = groups("近日，临川市政府成立了副市长王立新为组长的临川市人口普查领导小组，负责普查工作。\n")
    assert members == {("临川市人口普查领导小组", "王立新", "组长")}


def test_bare_names_separated_by_spaces():
    members, _ = groups("临川镇人民政府关于成立临川镇河道保洁工作领导小组的通知\n决定成立临川镇河道保洁工作领导小组，名单如下：\n"
                        "组　长：王伟东\n副组长：李晓峰　赵志新\n成　员：闵　成　马红梅　许建国\n")
    g = "临川镇河道保洁工作领导小组"
    assert members == {(g, "王伟东", "组长"), (g, "李晓峰", "副组长"), (g, "赵志新", "副组长"), (g, "闵成", "成员"),
                       (g, "马红梅", "成员"), (g, "许建国", "成员")}


@pytest.mark.parametrize("sentence, expected", [
    ("县委常委、常务副县长、县防汛工作领导小组组长李明出席会议并讲话。", ("县防汛工作领导小组", "李明", "组长")),
    ("区普查领导小组副组长，区委常委、区政府副区长丁晓芳参加会议。", ("区普查领导小组", "丁晓芳", "副组长")),
    ("随后，县考核组组长、县人大代表张建忠作了讲话。", ("县考核组", "张建忠", "组长")),
    ("县统计局局长、县普查领导小组副组长王宏彬同志介绍了情况。", ("县普查领导小组", "王宏彬", "副组长")),
])
def test_group_role_in_a_chain_of_posts_in_a_report(sentence, expected):
    members, _ = groups("某县召开防汛工作会议\n" + sentence + "\n")
    assert members == {expected}


def test_a_chain_without_a_name_gives_no_member():
    members, _ = groups("某县召开防汛工作会议\n县防汛工作领导小组组长由县长担任，县纪委监委派驻纪检监察组组长出席会议。\n")
    assert members == set()


def test_committee_members_named_by_a_congress():
    members, _ = groups("区人大常委会举行第三十次会议\n会议决定任命张伟、李红为区人大常委会代表资格审查委员会组成人员。\n")
    assert members == {("区人大常委会代表资格审查委员会", "张伟", "组成人员"), ("区人大常委会代表资格审查委员会", "李红", "组成人员")}


def test_report_of_who_heads_two_groups():
    members, _ = groups("某省调整两个领导小组组成人员\n根据调整后的名单，省长王建国担任省生态保护领导小组和省乡村振兴领导小组组长，"
                        "刘明副省长担任副组长。\n")
    assert members == {("省生态保护领导小组", "王建国", "组长"), ("省乡村振兴领导小组", "王建国", "组长"),
                       ("省生态保护领导小组", "刘明", "副组长"), ("省乡村振兴领导小组", "刘明", "副组长")}


def test_appointment_to_a_bureau_is_not_a_group_role():
    members, _ = groups("某市人大常委会举行会议\n会议决定张伟任市发展和改革委员会主任。\n")
    assert members == set()


def test_group_written_with_and_without_gongzuo_is_one_group():
    members, _ = groups("某县召开征兵工作会议\n县委常委、县征兵工作领导小组组长张辉，县人武部部长、县征兵领导小组副组长陈军出席会议。\n")
    assert members == {("县征兵工作领导小组", "张辉", "组长"), ("县征兵工作领导小组", "陈军", "副组长")}


def test_member_described_by_duties_has_no_name():
    members, _ = groups("某市人民政府办公室关于成立某市管网建设领导小组的通知\n决定成立某市管网建设领导小组。\n"
                        "组　长：分管住房和城乡建设工作的副市长\n副组长：协调住房和城乡建设工作的市政府副秘书长\n")
    assert members == set()


def test_name_opening_a_chain_with_a_group_role():
    members, _ = groups("省政府领导成员工作分工\n李建华省政府党组成员，省乡村振兴领导小组副组长，分管乡村振兴工作。\n")
    assert members == {("省乡村振兴领导小组", "李建华", "副组长")}


def test_task_forces_as_responsible_units():
    text = HEAD + "一、主要目标\n1.地区生产总值增长6%左右。\n牵头单位：区发改局\n责任单位：开发区管委会，全区经济运行各专班\n"
    assert rows(text, "地区生产总值增长6%左右") == {("lead", "区发改局"), ("responsible", "开发区管委会"),
                                                ("responsible", "全区经济运行各专班")}


FLAT_NUMBERED = HEAD + """重点工作任务分解表
序号
重点任务
具体措施
牵头单位
责任单位
完成时限
1
推进农业节水
实施灌区改造，
推广喷灌滴灌。
县农业农村局
县水利局
2024年12月
2
强化工业节水
推动企业节水改造。
县工业和信息化局
各乡镇人民政府
2024年10月
"""

FLAT_PLAIN = HEAD + """任务分工
工作任务
牵头单位
配合单位
推进农业节水
县农业农村局
县水利局、县财政局
强化工业节水
县工业和信息化局
各乡镇人民政府
三、保障措施
各单位要加强领导，确保任务落实。
"""


@pytest.mark.parametrize("text, expected", [
    (FLAT_NUMBERED, {("推进农业节水", "lead", "县农业农村局"), ("推进农业节水", "responsible", "县水利局"),
                     ("强化工业节水", "lead", "县工业和信息化局"), ("强化工业节水", "responsible", "各乡镇人民政府")}),
    (FLAT_PLAIN, {("推进农业节水", "lead", "县农业农村局"), ("推进农业节水", "support", "县水利局"),
                  ("推进农业节水", "support", "县财政局"), ("强化工业节水", "lead", "县工业和信息化局"),
                  ("强化工业节水", "support", "各乡镇人民政府")}),
])
def test_task_table_flattened_one_cell_per_line(text, expected):
    """A row's number starts it (a long cell may wrap); without numbers rows are read by the header's width."""
    assert rows(text) == expected


def test_co_handling_units_of_a_motion_support():
    text = HEAD + "一、办理分工\n（一）加快农村公路建设。主办单位：市交通运输局；会办单位：市财政局、市自然资源局\n"
    assert rows(text, "加快农村公路建设") == {("lead", "市交通运输局"), ("support", "市财政局"), ("support", "市自然资源局")}


def test_member_table_flattened_one_cell_per_line():
    nf = run("临川市人民政府办公室关于成立临川市防汛抗旱指挥部的通知\n临政办发〔2024〕8号\n市政府决定成立临川市防汛抗旱指挥部，组成人员如下：\n"
             "序号\n姓名\n单位及职务\n指挥部职务\n1\n王建国\n市长\n指挥长\n2\n李　四\n副市长\n副指挥长\n3\n赵丽\n市水利局局长\n成员\n"
             "临川市人民政府办公室\n2024年5月1日\n")
    g = "临川市防汛抗旱指挥部"
    assert {(m.group, m.person, m.role) for m in nf.of(Membership)} == {(g, "王建国", "指挥长"), (g, "李四", "副指挥长"),
                                                                        (g, "赵丽", "成员")}
    assert {(p.person, p.post.agency, p.post.title) for p in nf.of(Position)} >= {("赵丽", "市水利局", "局长")}


def test_lead_and_support_chain_across_a_semicolon():
    text = HEAD + "一、重点任务\n（一）推进农业节水。实施灌区改造。县农业农村局负责牵头落实；县水利局、县财政局负责配合。\n"
    assert rows(text, "推进农业节水") == {("lead", "县农业农村局"), ("support", "县水利局"), ("support", "县财政局")}


def test_a_note_naming_the_unit_by_reference_gives_no_unit():
    text = HEAD + "一、重点任务\n（一）推进农业节水。县农业农村局（牵头）、县水利局\n注：标注“牵头”的为牵头单位；只列一个单位的，由该单位负责落实。\n"
    assert ("responsible", "该单位") not in rows(text, "推进农业节水")


def test_members_under_a_heading_that_only_says_the_kind_of_group():
    """A page that lost its title: 一、领导小组组成人员 names the group by its heading."""
    text = ("各苏木镇、旗直各部门：\n为确保活动安全顺利实施，特制定本方案。\n一、领导小组组成人员\n"
            "组　长：张建国　政府副旗长\n副组长：李明　旗人大副主任\n成　员：王芳　宣传部副部长\n赵强　公安局政委\n二、职责分工\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    got = sorted((f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership))
    assert got == [("领导小组", "张建国", "组长"), ("领导小组", "李明", "副组长"), ("领导小组", "王芳", "成员"),
                   ("领导小组", "赵强", "成员")]


# --- real3: lead headings, 主办/协办 in brackets, two items glued on one line ---

def test_lead_heading_leads_every_item_under_it_and_the_supporting_line_after_them():
    text = HEAD + ("一、甲某省长负责的工作\n全面负责省人民政府工作任务的落实。\n(一)省监察厅牵头的工作\n"
                   "加强行政监察工作，全面落实党风廉政建设责任制。\n(二)省编办牵头的工作\n1.深化行政管理体制改革，优化机构设置。\n"
                   "2.积极稳妥地推进乡镇机构改革。\n协同单位：省财政厅、省农业厅等省直有关部门和各市人民政府。\n")
    assert rows(text) == {
        ("加强行政监察工作", "lead", "省监察厅"),
        ("深化行政管理体制改革", "lead", "省编办"), ("积极稳妥地推进乡镇机构改革", "lead", "省编办"),
        ("深化行政管理体制改革", "support", "省财政厅"), ("积极稳妥地推进乡镇机构改革", "support", "省财政厅"),
        ("深化行政管理体制改革", "support", "省农业厅"), ("积极稳妥地推进乡镇机构改革", "support", "省农业厅"),
        ("深化行政管理体制改革", "support", "各市人民政府"), ("积极稳妥地推进乡镇机构改革", "support", "各市人民政府"),
    }


def test_zhuban_xieban_in_brackets_and_items_glued_on_one_line():
    text = HEAD + ("(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办，省国税局、地税局协办)\n")
    assert rows(text) == {
        ("地区生产总值增长11%左右", "responsible", "省发改委"),
        ("公共财政收入增长13%左右", "lead", "省财政厅"),
        ("公共财政收入增长13%左右", "support", "省国税局"), ("公共财政收入增长13%左右", "support", "省地税局"),
    }


def test_event_committee_listed_in_an_attachment_under_a_bare_attachment_label():
    text = ("(五)财政给予必要的资金支持。筹备经费采用政府支持和市场化运作相结合的方式解决。\n"
            "附件:1.某某博览会主要日程安排(略)\n2.某某博览会执委会组织机构及人员名单\n附件2:\n"
            "某某博览会执委会组织机构及人员名单\n主 任:张某某 省政府副省长\n副主任:王某某 省政府副秘书长\n"
            "李某某 省商务厅厅长\n成 员:赵某某 省旅游局局长\n")
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    assert got == {("某某博览会执委会", "张某某", "主任"), ("某某博览会执委会", "王某某", "副主任"),
                   ("某某博览会执委会", "李某某", "副主任"), ("某某博览会执委会", "赵某某", "成员")}


def test_forum_anti_copy_garbage_around_a_member_list():
    text = ("+ V, `$ {4 W3 o八、组织领导机构。州人民政府成立某某筹备领导组，负责筹备工作的决策和协调。\n"
            "! n0 t2 b1 a/ |0 {# o组 长:张 某 州人民政府副州长6 s; H/ c' v6 U$ W- I\n"
            "副组长:王 某 州人民政府州长助理. M9 t8 @& U6 n\n"
            "李某某 原州人民政府巡视员，州某某协会名誉会长\n"
            "2 t! n+ U0 N/ h$ H! @6 `+ [赵某某 州农业局局长\n")
    got = run(strip_copy_noise(text))
    assert {(m.group, m.person, m.role) for m in got.of(Membership)} == {
        ("某某筹备领导组", "张某", "组长"), ("某某筹备领导组", "王某", "副组长"),
        ("某某筹备领导组", "李某某", "副组长"), ("某某筹备领导组", "赵某某", "副组长")}
    positions = {(p.person, p.post.agency, p.post.title) for p in got.of(Position)}
    assert ("张某", "州人民政府", "副州长") in positions and ("赵某某", "州农业局", "局长") in positions
    assert ("李某某", "州某某协会", "名誉会长") in positions  # the former post (原…) gives no row
    assert not any(a.startswith("原") for _, a, _ in positions)


def test_leads_and_tasks_paired_in_order():
    text = ("某省调整充实某指挥部\n近日，某省人民政府某指挥部发文对组成进行调整。调整后，某指挥部分别由省应急厅、省地震局"
            "牵头抗震救灾职责和防震减灾职责，各成员单位配合相关工作。\n")
    assert rows(text) == {("抗震救灾职责", "lead", "省应急厅"), ("防震减灾职责", "lead", "省地震局"),
                          ("抗震救灾职责", "support", "各成员单位"), ("防震减灾职责", "support", "各成员单位")}


def test_clauses_that_divide_work_between_bodies():
    text = ("某市建立某会议制度\n文件指出，一般事项由某区政府负责，日常协调沟通工作由市科工贸信委负责。"
            "办公室设在某局，党政工作由某局负责。\n")
    assert rows(text) == {("一般事项", "responsible", "某区人民政府"), ("日常协调沟通工作", "responsible", "市科工贸信委")}


def test_item_done_by_one_body():
    text = HEAD + "(1)威风锣鼓(舞龙舞狮)由某县政府承办。要求：不少于150人。\n(2)开幕式文艺演出由市文化局承办。\n"
    assert rows(text) == {("威风锣鼓(舞龙舞狮)", "responsible", "某县人民政府"),
                          ("开幕式文艺演出", "responsible", "市文化局")}


def test_group_adjusted_in_a_news_report_with_roles_in_prose():
    text = ("某某办公厅近日印发通知指出，国务院决定对某某普查领导小组(以下简称领导小组)组成人员进行相应调整。\n"
            "调整后，领导小组组长由国务院副总理张某担任，副组长分别为国务院副秘书长王某某、某某部部长李某某。"
            "领导小组成员包括：中央某部部务会议成员、某办副主任赵某某、某某委副主任刘某。\n")
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    assert got == {("某某普查领导小组", "张某", "组长"), ("某某普查领导小组", "王某某", "副组长"),
                   ("某某普查领导小组", "李某某", "副组长"), ("某某普查领导小组", "赵某某", "成员"),
                   ("某某普查领导小组", "刘某", "成员")}


def test_group_set_up_with_its_heads_in_a_long_led_clause_and_an_office_with_task_groups():
    text = ("据了解，我市专门成立了以市委书记张某为指挥长，市委副书记、市长王某某为常务副指挥长，其余29位市领导为副指挥长的"
            "巩卫领导小组，并在指挥部下设办公室，办公室下设综合协调组、宣传教育组和材料整理归档组等3个任务细化小组。\n")
    got = run(text)
    assert {(s.group, s.parent) for s in got.of(Subgroup)} == {
        ("巩卫领导小组办公室", "巩卫领导小组"), ("综合协调组", "巩卫领导小组办公室"),
        ("宣传教育组", "巩卫领导小组办公室"), ("材料整理归档组", "巩卫领导小组办公室")}
    assert ("巩卫领导小组", "张某", "指挥长") in {(m.group, m.person, m.role) for m in got.of(Membership)}
    assert ("张某", "市委", "书记") in {(p.person, p.post.agency, p.post.title) for p in got.of(Position)}


def test_party_titles_and_short_office_names_of_members_in_prose():
    text = ("某某县成立迎检领导小组\n经研究，成立由区建设局党委书记、局长张某某任组长，县政府办副主任王某某任副组长的"
            "迎检工作领导小组。\n")
    got = run(text)
    positions = {(p.person, p.post.agency, p.post.title) for p in got.of(Position)}
    assert ("张某某", "区建设局", "党委书记") in positions and ("张某某", "区建设局", "局长") in positions
    assert ("王某某", "县人民政府办公室", "副主任") in positions
    assert not any(person == "党委" for person, _, _ in positions)


def test_group_head_named_in_a_report_before_a_verb_of_travel():
    text = ("某市应对疫情会商会召开\n3月27日，市委书记、市应对疫情工作领导小组组长张某某赴市疫情防控指挥部调研，主持召开会商会议。\n")
    assert ("市应对疫情工作领导小组", "张某某", "组长") in {(m.group, m.person, m.role) for m in run(text).of(Membership)}


def test_named_office_under_a_group_and_its_heads_in_the_same_sentence():
    text = ("某县成立督察工作领导小组\n经县委常委会议研究，同意成立由县委书记张某同志任顾问，县长王某某同志任组长的某县督察工作领导小组，"
            "领导小组下设某县迎接督察工作办公室，由副县长李某某同志兼任办公室主任，县环保局局长赵某某任副主任。\n")
    got = run(text)
    assert ("某县迎接督察工作办公室", "某县督察工作领导小组") in {(s.group, s.parent) for s in got.of(Subgroup)}
    members = {(m.group, m.person, m.role) for m in got.of(Membership)}
    assert {("某县督察工作领导小组", "张某", "顾问"), ("某县督察工作领导小组", "王某某", "组长"),
            ("某县迎接督察工作办公室", "李某某", "主任"), ("某县迎接督察工作办公室", "赵某某", "副主任")} <= members


@pytest.mark.parametrize("text, expected", [
    # 以…任指挥长的领导小组, then its office (never set up in so many words) with three work groups under it
    ("区委书记立即部署创文工作，成立以区委副书记、代区长张某任指挥长的领导小组，领导小组办公室下设综合协调组、创建宣传组、"
     "创建督查组三个工作组，安排专门工作经费。\n",
     {("领导小组办公室", "领导小组"), ("综合协调组", "领导小组办公室"), ("创建宣传组", "领导小组办公室"),
      ("创建督查组", "领导小组办公室")}),
    # 下设的A组、B组等N个工作组要…: the groups in a sentence that goes on after them
    ("某县同意成立由县长王某某同志任组长的某县督察工作领导小组。\n该《通知》指出，领导小组下设的综合组、联络组等2个专业工作组要"
     "在领导小组的统一安排部署下加强沟通联络。\n",
     {("综合组", "某县督察工作领导小组"), ("联络组", "某县督察工作领导小组")}),
])
def test_work_groups_under_a_group_or_its_office(text, expected):
    assert expected <= {(s.group, s.parent) for s in run(text).of(Subgroup)}


def test_names_sharing_one_title_before_their_role():
    text = ("某局创建工作实施方案\n成立创建工作领导小组，由某区建设局局长张某某任组长，王某某、李某、赵某某副局长任副组长。\n")
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    assert {("创建工作领导小组", "王某某", "副组长"), ("创建工作领导小组", "李某", "副组长"),
            ("创建工作领导小组", "赵某某", "副组长")} <= got


def test_a_sentence_on_lead_units_is_no_lead():
    text = HEAD + "（一）务必高效推进。各牵头单位要切实履行牵头责任，加强统筹协调。\n"
    assert not [r for r in rows(text) if "要" in r[2]]


def test_bare_cited_number_after_a_preposition():
    from govkg.facts import Citation
    text = HEAD + "现将有关通知转发给你们。市政府按照某府〔2018〕6号文件要求，提出以下意见。\n"
    assert {c.number for c in run(text).of(Citation)} == {"某府〔2018〕6号"}


def test_joint_meeting_heads_named_before_their_titles_with_zuowei():
    text = ("某市人民政府近日发出通知，建立某某工博会联席会议制度。\n文件指出，某某工博会联席会议制度由张某某副市长作为第一召集人，"
            "市委宣传部、市科工贸信委为成员单位。\n")
    got = run(text)
    assert ("某某工博会联席会议", "张某某", "第一召集人") in {(m.group, m.person, m.role) for m in got.of(Membership)}
    assert ("张某某", "市人民政府", "副市长") in {(p.person, p.post.agency, p.post.title) for p in got.of(Position)}


FLAT_TARGETS = HEAD + """附件：1.某某预期目标任务分解表
2.某某重点工作任务分解表
江川市人民政府办公室
2022年1月21日
附件1
某某预期目标任务分解表
序号
2022年预期目标
责任单位
1
地区生产总值增长5%左右
市发展改革委
2
一般公共预算收入增长5%左右
市财政局
附件2
某某重点工作任务分解表
序号
工作任务
牵头单位
配合单位
1
联动共建某某城
推动某某实验室落地,引进某某科技等8家研发机构、某某
"""


def test_flattened_target_table_ends_at_the_next_attachment():
    # a header cell with its year (2022年预期目标); the last row ends at 附件2, and the next table, cut in its
    # first row, gives nothing
    assert rows(FLAT_TARGETS) == {("地区生产总值增长5%左右", "responsible", "市发展改革委"),
                                  ("一般公共预算收入增长5%左右", "responsible", "市财政局")}


def test_lead_printed_under_an_attached_plan_title():
    text = HEAD + ("现将各专项行动方案印发给你们。\n附件：\n1.某县甲专项行动方案\n2.某县乙专项行动方案\n"
                   "某县人民政府办公室\n2022年10月28日\n附件1\n某县甲专项行动方案\n(县自然资源局牵头)\n"
                   "为贯彻落实有关要求，特制定本方案。\n一、总体要求\n坚持规划引领。\n")
    assert rows(text) == {("某县甲专项行动方案", "lead", "县自然资源局")}


@pytest.mark.parametrize("text, expected", [
    # role labels printed alone before their colon, without 单位
    (HEAD + "一、重点任务\n（一）推进某某工作。牵头：市发改委；配合：市财政局、市水利局\n",
     {("推进某某工作", "lead", "市发改委"), ("推进某某工作", "support", "市财政局"), ("推进某某工作", "support", "市水利局")}),
    # 协助单位 / 协助: the bodies that assist
    (HEAD + "一、重点任务\n（一）推进某某工作。牵头单位：市发改委；协助单位：市财政局\n",
     {("推进某某工作", "lead", "市发改委"), ("推进某某工作", "support", "市财政局")}),
])
def test_bare_role_labels_and_assisting_units(text, expected):
    assert rows(text) == expected


def test_units_on_their_own_line_after_sub_items_are_the_items():
    # 1.甲任务 / (1)… (2)… / (责任单位：X、Y): the units of the item above the sub-items that have none
    text = HEAD + ("一、重点任务\n1.完善某某预案体系\n(1)加强某某预案管理,规范预案编制。\n(2)加强某某预案演练,完善演练制度。\n"
                   "(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全某某体制\n(1)推进某某机构建设。(责任单位:市编办)\n")
    assert rows(text) == {("完善某某预案体系", "responsible", "市直各有关单位"),
                          ("完善某某预案体系", "responsible", "各县(市、区)人民政府"),
                          ("推进某某机构建设", "responsible", "市编办")}



def test_items_printed_without_enumerators_before_their_units_line():
    # a report of a task allocation: each item a paragraph with no number, its units on the next line;
    # 列第一位者为工作牵头单位: the first listed leads; 各市政府 is a collective, kept as printed
    text = ("近日，某省政府办公厅印发重点工作责任分解的通知。\n省长牵头重点工作\n"
            "加快推进甲项改革。按照某某理念，全面推进某某工作，形成某某机制。\n"
            "责任单位：省政府办公厅、省编办，各市政府（列第一位者为工作牵头或汇总单位，下同）\n"
            "切实规范乙项工作，坚持依法决策，完善某某制度。\n责任单位：省财政厅、省法制办\n"
            "深化丙项改革。\n责任单位：省编办、省信访局\n")
    assert rows(text) == {("加快推进甲项改革", "lead", "省人民政府办公厅"), ("加快推进甲项改革", "responsible", "省编办"),
                          ("加快推进甲项改革", "responsible", "各市政府"),
                          ("切实规范乙项工作", "lead", "省财政厅"), ("切实规范乙项工作", "responsible", "省法制办"),
                          ("深化丙项改革", "lead", "省编办"), ("深化丙项改革", "responsible", "省信访局")}


def test_flattened_table_with_heading_rows_a_person_column_and_a_cut_last_row():
    # 序号 / 目标任务 / 牵头单位 / 责任单位 / 责任人, a heading row over each group of rows, ★ marks,
    # and a page cut inside its last row
    text = HEAD + ("现将目标任务分解下达给你们。\n附件\n某区工作目标任务落实责任分解表\n序号\n目  标  任  务\n牵头单位\n责任单位\n"
                   "责任人\n一、主要经济指标(牵头领导:甲某)\n1\n★地区生产总值增长8%。\n区发改局\n区统计局\n张某\n"
                   "二、民生工作(牵头领导:乙某)\n2\n城镇新增就业3000人。\n区人社局\n各乡镇\n李某\n3\n★新建某某学校。\n区教育局\n")
    assert rows(text) == {("地区生产总值增长8%", "lead", "区发改局"), ("地区生产总值增长8%", "responsible", "区统计局"),
                          ("城镇新增就业3000人", "lead", "区人社局"), ("城镇新增就业3000人", "responsible", "各乡镇"),
                          ("新建某某学校", "lead", "区教育局")}


def test_units_of_a_page_cut_inside_its_last_parenthesis():
    # (分管副省长负责,省财政厅牵头,省税务局等按职责分 — the page ends inside the phrase
    text = HEAD + ("一、保持经济平稳发展\n1.一般公共预算收入增长6%。(分管副省长、协管副秘书长负责,省财政厅牵头,"
                   "省税务局等按职责分")
    assert rows(text) == {("一般公共预算收入增长6%", "lead", "省财政厅"),
                          ("一般公共预算收入增长6%", "responsible", "省税务局")}


def test_unnumbered_items_with_units_in_brackets_or_on_two_lines():
    # the units line may be bracketed, or its roles on two lines: the second keeps the item
    text = ("近日，某省政府办公厅印发重点工作责任分解的通知。\n"
            "加快推进甲项改革。按照某某理念，全面推进某某工作。\n（牵头单位：省发改委；配合单位：省财政厅）\n"
            "切实规范乙项工作，坚持依法决策。\n牵头单位：省司法厅\n配合单位：省财政厅、省审计厅\n")
    assert rows(text) == {("加快推进甲项改革", "lead", "省发改委"), ("加快推进甲项改革", "support", "省财政厅"),
                          ("切实规范乙项工作", "lead", "省司法厅"), ("切实规范乙项工作", "support", "省财政厅"),
                          ("切实规范乙项工作", "support", "省审计厅")}


def test_labelled_paragraph_under_an_item_is_no_new_item():
    # (一)推进甲项工作 / 牵头单位：X / 具体要求：…。 / 配合单位：Y — the paragraph belongs to the item above
    text = HEAD + ("一、重点任务\n（一）推进甲项工作。\n牵头单位：市发改委\n具体要求：加快某某建设，完善某某机制。\n配合单位：市财政局\n")
    assert rows(text) == {("推进甲项工作", "lead", "市发改委"), ("推进甲项工作", "support", "市财政局")}


def test_unnumbered_items_closed_by_their_units():
    # a copy that lost the items' enumerators: each item ends with its units in brackets; under a heading
    # followed by two such items, both are items; a heading with one body paragraph keeps the heading
    text = ("某省人民政府关于落实政府工作报告重点工作部门分工的意见\n各市人民政府:\n一、稳定经济\n"
            "加快推进甲项改革，全面推进某某工作。(省发改委牵头,省财政厅等按职责分工负责)\n"
            "切实规范乙项工作。(省司法厅牵头)\n二、保障民生\n(一)稳定就业\n多渠道促进就业，加强培训。(省人社厅负责)\n")
    assert rows(text) == {("加快推进甲项改革", "lead", "省发改委"), ("加快推进甲项改革", "responsible", "省财政厅"),
                          ("切实规范乙项工作", "lead", "省司法厅"), ("稳定就业", "responsible", "省人社厅")}


@pytest.mark.parametrize("note", ["排名第一的单位负责牵头", "牵头单位列第一位", "牵头部门排在首位", "列第一位者为工作牵头或汇总单位"])
def test_first_listed_unit_leads_however_the_note_says_it(note):
    text = (f"某县人民政府办公室关于印发重点工作分工方案的通知\n某政办发〔2021〕9号\n各乡镇：\n现将分工方案印发给你们（{note}）。\n"
            "一、重点任务\n（一）推进甲项工作。（责任单位：县发改局、县财政局）\n")
    assert rows(text) == {("推进甲项工作", "lead", "县发改局"), ("推进甲项工作", "responsible", "县财政局")}


def test_table_cut_from_a_longer_one_with_a_pipe_after_each_cell():
    """A converter's copy of an HTML table: one cell per line, each followed by ``|``; the excerpt starts at
    row 80; a content cell's task is its first clause."""
    text = ("某县2024年重点工作目标任务分解表\n附件\n某县2024年重点工作目标任务分解表\n序号 |\n目标与任务 |\n"
            "分管县领导 |\n牵头责任单位 |\n责任单位 |\n80 |\n扩大托育供给,新增托位数400个以上。推动义务教育优质均衡发展。 |\n"
            "甲某 |\n县教育局 |\n县各有关单位 |\n81 |\n保障某学院秋季开学,支持某学校发展。 |\n乙某 |\n县教育局 |\n"
            "县各有关单位 |\n")
    assert rows(text) == {("扩大托育供给", "lead", "县教育局"), ("扩大托育供给", "responsible", "县各有关单位"),
                          ("保障某学院秋季开学", "lead", "县教育局"), ("保障某学院秋季开学", "responsible", "县各有关单位")}


def test_decision_of_a_meeting_led_by_one_body_with_others():
    """会议明确以下事项: an unnumbered decision that ends in 由X牵头，会同Y、Z等相关单位…: its first clause is the task."""
    text = ("【县政府第1次常务会】 2020年1月2日,某某主持召开县政府常务会议。\n会议明确以下事项:\n"
            "甲项目公益性用地按合同约定执行,经营性用地依法取得,由县项目建设指挥部牵头,会同县民政局、县司法局等相关单位"
            "与投资方协商处理。\n")
    assert rows(text) == {("甲项目公益性用地按合同约定执行", "lead", "县项目建设指挥部"),
                          ("甲项目公益性用地按合同约定执行", "support", "县民政局"),
                          ("甲项目公益性用地按合同约定执行", "support", "县司法局")}


@pytest.mark.parametrize("label", ["主责单位", "落实单位", "承担单位"])
def test_other_names_of_the_responsible_column(label):
    text = HEAD + "一、重点任务\n（一）稳定粮食生产。加强耕地保护。（" + label + "：市农业农村局、各县区人民政府）\n"
    assert rows(text) == {("稳定粮食生产", "responsible", "市农业农村局"), ("稳定粮食生产", "responsible", "各县区人民政府")}


def test_main_responsible_units_label():
    text = HEAD + "一、重点任务\n（一）稳定粮食生产。加强耕地保护。（主要责任单位：市农业农村局）\n"
    assert rows(text) == {("稳定粮食生产", "responsible", "市农业农村局")}


def test_content_cell_of_a_table_between_pipes_gives_its_first_clause():
    cells_ = ["序号", "重点任务", "牵头单位", "配合单位", "1", "扩大托育供给,新增托位数400个以上。推动教育均衡。", "县教育局",
              "县财政局", "2", "保障某学院开学,支持某学校发展。", "县人社局", "县教育局"]
    text = "某县重点工作任务分解表\n" + "\n|\n".join(cells_) + "\n|\n"
    assert rows(text) == {("扩大托育供给", "lead", "县教育局"), ("扩大托育供给", "support", "县财政局"),
                          ("保障某学院开学", "lead", "县人社局"), ("保障某学院开学", "support", "县教育局")}


def test_state_council_decree_cited_by_its_short_number():
    """国令第722号: the State Council's decrees are cited by a one-character issuer."""
    from govkg.facts import Citation
    text = HEAD + "根据国务院《某某条例》(国令第722号),制定本方案。\n"
    assert {(c.title, c.number) for c in run(text).of(Citation)} == {("某某条例", "国令第722号")}


def test_cited_number_printed_without_its_hao_is_kept_as_printed():
    from govkg.facts import Citation
    text = HEAD + "根据《某省编办关于某某改革有关事宜的通知》(某编办〔2015〕233)精神,制定本方案。\n"
    assert {(c.title, c.number) for c in run(text).of(Citation)} == {("某省编办关于某某改革有关事宜的通知", "某编办〔2015〕233")}


def test_work_divided_between_bodies_in_one_sentence():
    text = ("某省人民政府关于开展某某普查试点的通知\n各市人民政府:\n普查试点领导小组办公室设在省甲厅,负责日常工作。"
            "省甲厅负责试点地区陆地部分的普查工作,省乙局负责试点地区海域部分的普查工作。各成员单位要密切配合。\n")
    assert rows(text) == {("试点地区陆地部分的普查工作", "responsible", "省甲厅"),
                          ("试点地区海域部分的普查工作", "responsible", "省乙局")}


def test_an_item_closed_by_a_sentence_naming_the_bodies_responsible():
    """``二、甲项工作。具体内容…。省甲厅、省乙厅负责。``: the item's last sentence, bodies and 负责 with no brackets;
    a sentence that is no list of bodies (各地要切实负责) gives nothing."""
    text = (HEAD + "一、拓宽某某渠道。支持企业吸纳就业。由省甲厅牵头,省乙厅、省丙厅配合。\n"
            "二、稳定某某规模。统筹做好招录工作。省委组织部、省甲厅负责。\n"
            "三、强化某某帮扶。实施精准帮扶。各市州人民政府负责。\n"
            "四、加强某某宣传。各地要切实负责。\n"
            "五、做好某某统计。按月报送数据。由省统计局负责。\n")
    assert rows(text) == {("拓宽某某渠道", "lead", "省甲厅"), ("拓宽某某渠道", "support", "省乙厅"),
                          ("拓宽某某渠道", "support", "省丙厅"), ("稳定某某规模", "responsible", "省委组织部"),
                          ("稳定某某规模", "responsible", "省甲厅"), ("强化某某帮扶", "responsible", "各市州人民政府"),
                          ("做好某某统计", "responsible", "省统计局")}


def test_a_closing_sentence_that_names_its_work_is_no_list_of_bodies():
    text = HEAD + "三、某某办公室设在甲部,日常工作由甲部负责。其后勤工作分别由甲部和某市人民政府负责。\n"
    assert not any("其后勤工作" in agency for _, _, agency in rows(text))


def test_main_cooperating_units_label_supports():
    """主要协作单位： names the bodies that help the lead (support), like 配合单位."""
    text = ("某县某局2021年重点工作任务分解\n\n1.加强某某风险源头防控，切实保障群众安全。\n\n"
            "牵头责任单位:某县某局\n\n主要协作单位:各乡镇人民政府、某县某中心\n")
    got = rows(text)
    assert ("加强某某风险源头防控", "lead", "某县某局") in got
    assert ("加强某某风险源头防控", "support", "各乡镇人民政府") in got
    assert ("加强某某风险源头防控", "support", "某县某中心") in got


@pytest.mark.parametrize("heading", ["一、强化某某创新(区甲局牵头)", "一、强化某某创新（区甲局牵头，区乙局配合）"])
def test_units_in_parentheses_after_a_heading_are_no_part_of_its_task(heading):
    """一、强化某某创新（某局牵头）: the heading's task ends before the units named after it."""
    text = "某区关于印发若干政策举措的通知\n" + heading + "\n以某某为牵引，推进某某融合。\n"
    got = rows(text)
    assert ("强化某某创新", "lead", "区甲局") in got
    assert all(task == "强化某某创新" for task, _, _ in got)


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_task_table_of_four_columns_or_more_printed_with_gaps(gap):
    """序号  重点任务  牵头单位  配合单位  完成时限: each row's cells between gaps of blanks; the columns that are
    role labels give their units that role, the others (完成时限) are skipped."""
    row = gap.join
    text = (HEAD + row(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]) + "\n"
            + row(["1", "推进某某产业发展", "县甲局", "县乙局、县丙局", "2024年底"]) + "\n"
            + row(["2", "加强某某设施建设", "县丁局", "/", "2024年6月"]) + "\n")
    assert rows(text) == {("推进某某产业发展", "lead", "县甲局"), ("推进某某产业发展", "support", "县乙局"),
                          ("推进某某产业发展", "support", "县丙局"), ("加强某某设施建设", "lead", "县丁局")}
