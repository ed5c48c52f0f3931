"""What the blind corpora layouts59 to layouts64 found in the groups' readers (helper lfixd3): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import members, positions, subgroups


# a notice that renames its group as it adjusts it (将《…》设立的甲指挥部调整为乙指挥部，调整后组成人员如下): the
# members and the office are the renamed group's, its name no run of the old name and the verb
def test_group_renamed_as_it_is_adjusted():
    text = ("某市人民政府办公室关于调整某市森林防灭火指挥部成员的通知 某府办发〔2020〕5号 各有关单位： 经市政府同意，"
            "将《某市人民政府办公室关于成立某市森林防火指挥部的通知》设立的某市森林防火指挥部调整为某市森林防灭火指挥部，"
            "调整后组成人员如下： 指挥长：王大明 副市长 成员：李小红 市林业局局长 指挥部下设办公室，办公室设在市林业局。"
            "办公室主任：李小红（兼） 办公室副主任：张志强 市林业局副局长 某市人民政府办公室 2020年6月1日\n")
    got = set(members(text))
    assert ("某市森林防灭火指挥部", "王大明", "指挥长") in got
    assert ("某市森林防灭火指挥部", "李小红", "成员") in got
    assert ("某市森林防灭火指挥部办公室", "李小红", "主任") in got
    assert ("某市森林防灭火指挥部办公室", "张志强", "副主任") in got
    assert not [g for g, _, _ in got if "调整为" in g]
    # (the old name the cited notice set up is the renamed group's: no office of it)
    assert subgroups(text) == {("某市森林防灭火指挥部办公室", "某市森林防灭火指挥部")}


# a member line run onto the closing sentence that tells how members are replaced (办公室副主任：甲 某局副局长
# 指挥部成员因工作变动需要调整的，由所在单位提出…): the last member kept, the sentence no part of his posts
def test_last_member_run_into_the_closing_sentence():
    text = ("某县人民政府办公室关于调整某县防汛抗旱指挥部成员的通知 某府办发〔2021〕7号 各乡镇人民政府： "
            "经县政府同意，现将某县防汛抗旱指挥部组成人员调整如下： 指挥长：陈国栋 县长 成员：刘德华 县水利局局长 "
            "指挥部下设办公室，办公室设在县水利局。办公室主任：刘德华（兼） 办公室副主任：吴建平 县水利局副局长 "
            "指挥部成员因工作变动需要调整的，由所在单位提出，报指挥部办公室备案。 某县人民政府办公室 2021年5月6日\n")
    assert ("某县防汛抗旱指挥部办公室", "吴建平", "副主任") in set(members(text))
    assert ("吴建平", "县水利局", "副局长") in positions(text)


# the leading group's office set up in a numbered item after the subgroups' items (三、领导小组下设办公室，办公室设在
# 某司，甲同志兼任办公室主任): the leading group's office, not the last subgroup's
def test_office_after_the_subgroups_items():
    text = ("某部关于成立某部海外教育工作领导小组的通知\n某发〔2006〕4号\n各司局：\n为加强领导，决定成立某部海外教育工作领导小组。\n"
            "一、领导小组组成\n组长：王一民\n二、领导小组下设专项组\n（一）教材编写组。组长由李二平同志兼任，负责教材的编写工作。\n"
            "（二）师资培训组。组长由赵三强同志兼任，负责教师培训工作。\n"
            "三、领导小组下设办公室，办公室设在文化司，孙四海同志兼任办公室主任，负责领导小组日常工作。\n某部\n2006年5月12日\n")
    assert ("某部海外教育工作领导小组办公室", "孙四海", "主任") in set(members(text))
    assert not [s for s in subgroups(text) if s[0] == "师资培训组办公室"]
