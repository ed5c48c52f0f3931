"""What the blind corpora layouts41 to layouts44 found in the facts' readers (helper lfixu): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, assignments, members, posts, subgroups

from govkg.extract.members import parse_member


# a group whose name opens with 对外/对口/对台: that 对 is part of the name, not the verb of 决定对X…
def test_group_name_opening_with_dui():
    text = ("某某署文件\n某署发〔2024〕4号\n某某署关于成立对口支援项目协调工作领导小组的通知\n署机关各司：\n"
            "经署务会研究，决定成立对口支援项目协调工作领导小组（以下简称领导小组）。现将有关事项通知如下：\n"
            "组　长：甘立平　副署长\n成　员：包春华　综合司司长\n某某署\n2024年3月5日\n")
    got = members(text)
    assert ("对口支援项目协调工作领导小组", "甘立平", "组长") in got
    assert ("对口支援项目协调工作领导小组", "包春华", "成员") in got
    assert not [m for m in got if m[0].startswith("口支援")]


# 免去：… then a decision with its own subject and verb (甲同志任某局局长；乙同志挂职任…): appointments, not removals
def test_own_decision_after_a_removal_section():
    text = (PERSONNEL_HEAD + "经市人民政府研究决定：\n任命：\n市财政局局长　　甲明\n免去：\n市水务局局长　　丙国强\n\n"
            "丁　峰同志任市林业局局长，兼任市绿化委员会办公室主任；\n"
            "戊春生同志挂职任市商务局副局长，挂职期限两年，自2024年6月至2026年6月；\n"
            "免去己长林同志的市水务局副局长职务，退休。\n" + PERSONNEL_FOOT)
    got = posts(text)
    assert ("Appointment", "丁峰", "市林业局", "局长") in got
    assert ("Appointment", "戊春生", "市商务局", "副局长") in got
    assert ("Removal", "丙国强", "市水务局", "局长") in got
    assert ("Removal", "己长林", "市水务局", "副局长") in got
    assert not [p for p in got if p[0] == "Removal" and p[1] in ("丁峰", "戊春生")]
    assert not [p for p in got if "同志" in p[2]]


# a body's own list names its organs' Party committee bare (机关党委专职副书记): that committee, as printed
def test_organs_party_committee_in_a_bodys_own_list():
    got = parse_member("包春华　　机关党委专职副书记", 0, "")
    assert [(n, [(p.agency, p.title) for p in ps]) for n, ps, _ in got] == [("包春华", [("机关党委", "专职副书记")])]


# rare surnames of the west (璩, 佴, 庹, 濮, 辜, 谯): a list of names parted by spaces reads them
def test_rare_surnames_in_a_spaced_list():
    got = parse_member("庹明华　璩立平　佴　军", 0, "")
    assert [n for n, _, _ in got] == ["庹明华", "璩立平", "佴军"]


# a table of subgroups and their heads (工作组 | 组长 | 副组长) under a group's list: each row a subgroup, its heads
# its members; an empty cell names nobody
def test_table_of_subgroups_and_their_heads():
    text = ("某镇人民政府关于成立某镇河道保护工作专班的通知\n各村委会：\n经研究，决定成立某镇河道保护工作专班。\n"
            "组　　长：甘立平　　镇长\n成　　员：包春华　　镇综合执法队队长\n"
            "　　　　　庹明华　　镇水务站站长\n专班下设两个工作组，各组组长、副组长如下：\n"
            "| 工作组 | 组长 | 副组长 |\n|---|---|---|\n| 巡河检查组 | 包春华 | 庹明华 |\n| 后勤保障组 | 甘　平 |  |\n"
            "某镇人民政府\n2024年3月5日\n")
    got = members(text)
    assert ("巡河检查组", "包春华", "组长") in got
    assert ("巡河检查组", "庹明华", "副组长") in got
    assert ("后勤保障组", "甘平", "组长") in got
    assert not [m for m in got if m[0] == "后勤保障组" and m[2] == "副组长"]
    subs = subgroups(text)
    assert ("巡河检查组", "某镇河道保护工作专班") in subs
    assert ("后勤保障组", "某镇河道保护工作专班") in subs


# an article of measures that gives two bodies their standing duties (第四条 省甲厅负责…；设区的市乙局负责…): each
# body responsible, the task its 负责… clause (设区的市: the cities a rule names by their kind, a body all the same)
def test_article_giving_two_bodies_their_duties():
    text = ("某省林业厅关于印发《某省古树名木认定管理办法》的通知\n某林发〔2024〕8号\n各设区的市林业局：\n"
            "现将《某省古树名木认定管理办法》印发给你们，请遵照执行。\n某省林业厅\n2024年5月6日\n"
            "某省古树名木认定管理办法\n第一条　为规范古树名木认定工作，制定本办法。\n"
            "第二条　省林业厅负责全省古树名木认定工作的统筹指导；设区的市林业局负责本行政区域内古树名木认定的组织实施。\n"
            "第三条　本办法自发布之日起施行。\n")
    got = assignments(text)
    assert ("负责全省古树名木认定工作的统筹指导", "responsible", "省林业厅") in got
    assert ("负责本行政区域内古树名木认定的组织实施", "responsible", "设区的市林业局") in got


# a congress report: the section's verb after a sentence on its line, its body named in full before 决定
# (会议依法进行了人事任免。某县人民代表大会常务委员会决定任命：), then one decision a line
def test_congress_section_after_a_sentence_on_its_line():
    text = ("某县人大常委会召开第十二次会议\n　　本报讯 6月28日，某县十五届人大常委会召开第十二次会议。\n\n"
            "　　会议依法进行了人事任免。某县人民代表大会常务委员会决定任命：\n\n　　丁秀梅为某县发展和改革局局长；\n\n"
            "　　戊春花（女，蒙古族）为某县教育局局长；\n\n　　己长林为某县农牧业局副局长。\n\n　　决定免去：\n\n"
            "　　庚明的某县教育局局长职务。\n")
    got = posts(text)
    assert ("Appointment", "丁秀梅", "某县发展和改革局", "局长") in got
    assert ("Appointment", "戊春花", "某县教育局", "局长") in got
    assert ("Appointment", "己长林", "某县农牧业局", "副局长") in got
    assert ("Removal", "庚明", "某县教育局", "局长") in got


# after a 决定免去： list, 会议还任命X为Y (a name of five characters, no 同志) is an appointment with its own verb
def test_appointment_with_its_own_verb_after_a_removal_section():
    text = ("某县人大常委会召开第十二次会议\n　　会议依法进行了人事任免。某县人民代表大会常务委员会决定免去：\n\n"
            "　　庚明的某县教育局局长职务。\n\n　　会议还任命巴图孟和那为某县人民法院审判员，免去壬立的某县人民检察院检察员职务。\n")
    got = posts(text)
    assert ("Appointment", "巴图孟和那", "某县人民法院", "审判员") in got
    assert ("Removal", "壬立", "某县人民检察院", "检察员") in got
    assert ("Removal", "庚明", "某县教育局", "局长") in got


# a congress report's lead: a head's post, a name of another people (four characters), then 列席会议; not a phrase
# of the sentence before 出席会议 (副市长因故不能出席会议)
def test_name_of_another_people_before_a_meeting_act():
    text = ("某县人大常委会召开第十二次会议\n6月28日，某县人大常委会召开第十二次会议。县人大常委会副主任李国强主持会议，"
            "县人民政府副县长白音达来列席会议。\n")
    got = posts(text)
    assert ("Position", "白音达来", "县人民政府", "副县长") in got
    assert ("Position", "李国强", "县人大常委会", "副主任") in got
    other = posts("某市人大常委会召开会议\n会议应由市长主持，副市长因故不能出席会议的，由秘书长代为出席。\n")
    assert not [p for p in other if p[1] == "因故不能"]


# an item's body opens with the body that does it, then a body that helps with a share of its own
# (甲局负责资金筹措，乙局配合做好对象核查): the second supports the item's heading
def test_helper_with_a_share_after_the_doer():
    text = ("某市人民政府办公室关于印发某市秸秆综合利用工作方案的通知\n某政办发〔2024〕12号\n各乡镇人民政府：\n"
            "现将《某市秸秆综合利用工作方案》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年4月2日\n"
            "某市秸秆综合利用工作方案\n一、重点任务\n（一）落实秸秆还田补贴资金。市财政局负责资金筹措和拨付，"
            "市农业农村局配合做好补贴对象核查，确保资金及时足额发放。\n")
    got = assignments(text)
    assert ("落实秸秆还田补贴资金", "responsible", "市财政局") in got
    assert ("落实秸秆还田补贴资金", "support", "市农业农村局") in got
