"""What the blind corpora layouts63 to layouts68 found in the facts' readers (helper lfixe2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import members, positions

_HEAD = ("某县人民政府办公室关于调整某县防汛工作领导小组成员的通知\n某政办〔2015〕9号\n各乡镇人民政府，县政府各部门：\n"
         "因人事变动，经县政府同意，现将某县防汛工作领导小组成员调整如下：\n")
_TAIL = "领导小组办公室设在县水务局。\n某县人民政府办公室\n2015年6月3日\n"


# a member list run onto one line, a three-character name parted by a space after its surname and an aside after it
# (李　红梅（女）): the member between two others read, no post swallowing the run
def test_three_character_name_parted_after_its_surname():
    text = _HEAD + ("组长：王建国 县长 副组长：刘志强 县公安局局长 李　红梅（女） 县政府办公室副主任 "
                    "成员：韩立平 县财政局局长 邵永康 县水务局局长\n") + _TAIL
    got = positions(text)
    assert ("刘志强", "县公安局", "局长") in got
    assert ("李红梅", "县人民政府办公室", "副主任") in got
    assert not [p for p in got if len(p[1]) > 12]
    assert ("某县防汛工作领导小组", "李红梅", "副组长") in members(text)


# the same run, a padded two-character name of a surname the lexicon lacked (茹)
def test_padded_name_of_a_rarer_surname():
    text = _HEAD + ("组长：王建国 县长 副组长：刘志强 副县长、县公安局局长 茹　红（女） 县政府办公室副主任 "
                    "成员：韩立平 县财政局局长 邵永康 县水务局局长\n") + _TAIL
    got = positions(text)
    assert ("茹红", "县人民政府办公室", "副主任") in got
    assert ("某县防汛工作领导小组", "茹红", "副组长") in members(text)
    assert not [p for p in got if len(p[1]) > 12]


# a padded name whose posts are a single word at the list's end is still one member, and two-character words
# that are titles are not read as a name's tail
def test_post_first_list_with_padded_three_character_name():
    text = _HEAD + "组长：王建国 县长\n成员：县财政局局长　韩立平　县水务局局长　黄　秀丽\n" + _TAIL
    got = positions(text)
    assert ("韩立平", "县财政局", "局长") in got
    assert ("黄秀丽", "县水务局", "局长") in got


# a task table whose 责任单位 heading spans 牵头单位 and 配合单位, the row below holding only the sub-headings (a page's
# table whose cells spanning both header rows left no place in it): the columns under it take their own roles
def test_merged_heading_over_lead_and_support_columns():
    from helpers import assignments
    text = ("某县人民政府办公室关于印发某县2022年人居环境整治实施方案的通知\n某政办发〔2022〕15号\n各乡镇人民政府，县直各部门：\n"
            "现将实施方案印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2022年6月13日\n某县2022年人居环境整治实施方案\n一、重点任务\n"
            "|序号|工作任务|责任单位|完成时限|\n|牵头单位|配合单位|\n"
            "|1|推进户厕改造|县农业农村局|县卫生健康局、各乡镇人民政府|2022年10月|\n"
            "|2|开展清洁行动|县住房和城乡建设局|各乡镇人民政府|2022年全年|\n|3|治理生活污水|县生态环境局|无|2022年11月|\n"
            "二、工作要求\n各乡镇要加强领导。\n")
    got = assignments(text)
    assert ("推进户厕改造", "lead", "县农业农村局") in got
    assert ("推进户厕改造", "support", "县卫生健康局") in got
    assert ("推进户厕改造", "support", "各乡镇人民政府") in got
    assert ("开展清洁行动", "lead", "县住房和城乡建设局") in got
    assert ("治理生活污水", "lead", "县生态环境局") in got
    assert not [a for a in got if a[2] in ("无", "2022年10月")]


# a decision printing the post first and its new holder after 由 (某局局长一职，由甲同志担任): an appointment, beside the
# holder's removal from the post they leave
def test_post_then_holder_appointment():
    from helpers import posts
    text = ("某县人民政府关于韦某等同志职务任免的通知\n某政任〔2016〕7号\n各乡镇人民政府，县各部门：\n经县政府研究，决定：\n"
            "韦丹同志任县商务局局长；\n县审计局局长一职，由李凯同志担任；\n免去李凯同志的县审计局副局长职务。\n"
            "某县人民政府\n2016年4月11日\n")
    got = posts(text)
    assert ("Appointment", "李凯", "县审计局", "局长") in got
    assert ("Removal", "李凯", "县审计局", "副局长") in got
    assert ("Appointment", "韦丹", "县商务局", "局长") in got


# a plan's top item whose heading is its 工作要求 section, the text run on after the heading's full stop
# (四、工作要求。某局负责汇总…): how the plan is carried out, no task; the items above keep their roles
def test_requirements_heading_run_on_gives_no_duty():
    from helpers import assignments
    text = ("某区人民政府办公室关于印发某区2023年产销对接工作方案的通知\n某府办发〔2023〕17号\n各乡（镇）人民政府，区直各部门：\n"
            "《某区2023年产销对接工作方案》已经区人民政府同意，现印发给你们，请认真抓好落实。\n某区人民政府办公室\n2023年2月27日\n"
            "某区2023年产销对接工作方案\n一、搭建线上销售平台。开设农产品专区（区商务局负责）。\n"
            "二、组织产销对接活动。由区农业农村局牵头，区供销社配合，全年举办对接活动不少于4场。\n"
            "三、工作要求。区农业农村局负责汇总工作进展，每月报区人民政府。\n")
    got = assignments(text)
    assert ("搭建线上销售平台", "responsible", "区商务局") in got
    assert ("组织产销对接活动", "lead", "区农业农村局") in got
    assert not [a for a in got if "汇总" in a[0]]


# the same section on a page without line breaks, its heading run on into the text after a space
def test_requirements_heading_mid_line_gives_no_duty():
    from helpers import assignments
    text = ("某县人民政府办公室关于印发某县2014年饮水工程实施方案的通知 某府办发〔2014〕41号 各乡镇人民政府，县直各部门： "
            "现将实施方案印发给你们，请认真组织实施。 某县人民政府办公室 2014年3月10日 某县2014年饮水工程实施方案 一、主要任务 "
            "（一）完成水源工程建设（县水利局牵头，县发展改革局配合）。 （二）加强水质检测（县卫生局负责）。 "
            "二、工作要求 各乡镇、各部门要高度重视，县水利局负责定期调度工程进度。\n")
    got = assignments(text)
    assert ("完成水源工程建设", "lead", "县水利局") in got
    assert ("加强水质检测", "responsible", "县卫生局") in got
    assert not [a for a in got if "调度" in a[0]]
