"""What the blind corpora layouts69 to layouts72 found in the facts' readers (helper lfixf2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import facts, members, positions, posts

from govkg.facts import Appointment

_CONGRESS = ("某縣人民代表大會常務委員會關於任免職務的決定\n"
             "（2016年9月28日某縣第十七屆人民代表大會常務委員會第三十四次會議通過）\n"
             "根據某縣人民政府縣長王建國的提請：\n決定任命：\n{items}\n決定免去：\n韓立平的縣水務局局長職務。\n"
             "某縣人民代表大會常務委員會\n二〇一六年九月二十八日\n")


# a congress decision's item, a three-character name padded after its surname and an aside after it, then 為/为:
# the verb is no part of the body
def test_padded_name_with_aside_before_the_verb():
    got = posts(_CONGRESS.format(items="李　紅梅（女）為縣教育體育局局長；\n韓立平為縣農業局局長。"))
    assert ("Appointment", "李紅梅", "縣教育體育局", "局長") in got
    assert not [p for p in got if p[2].startswith(("為", "为"))]
    simple = posts("某县人民代表大会常务委员会关于任免职务的决定\n决定任命：\n李　红梅（女）为县教育体育局局长；\n"
                   "韩立平为县农业局局长。\n某县人民代表大会常务委员会\n2016年9月28日\n")
    assert ("Appointment", "李红梅", "县教育体育局", "局长") in simple


# the basis of a congress decision on a short line of its own, ending in its colon: the proposer holds the post named
def test_short_basis_line_names_the_proposer():
    assert ("王建國", "某縣人民政府", "縣長") in positions(_CONGRESS.format(items="韓立平為縣農業局局長。"))
    text = ("某县人民代表大会常务委员会关于任免职务的决定\n根据某县人民政府县长王建国的提请：\n决定任命：\n"
            "韩立平为县农业局局长。\n某县人民代表大会常务委员会\n2016年9月28日\n")
    assert ("王建国", "某县人民政府", "县长") in positions(text)


_AREA = ("某经济技术开发区管理委员会关于韩立平等同志职务任免的通知\n某开管〔2023〕9号\n区属各部门、各单位：\n"
         "　　经管委会主任办公会议研究决定：\n　　韩立平同志任招商服务局局长；\n　　{item}\n"
         "某经济技术开发区管理委员会\n2023年6月2日\n")


# a probation ended, the post printed before its holder (padded, with an aside) and 正式任职 with no post after it:
# an appointment to that post, dated by the note after it
def test_probation_ended_post_before_the_name():
    got = [f for f in facts(_AREA.format(item="经济发展局副局长　李　红梅（女）　试用期满，正式任职，任职时间从2023年5月起算；"))
           if isinstance(f, Appointment) and f.person == "李红梅"]
    assert [(f.post.agency, f.post.title, f.start) for f in got] == [("经济发展局", "副局长", "2023-05")]
    got = posts(_AREA.format(item="经济发展局副局长李红梅同志试用期满，正式任职。"))
    assert ("Appointment", "李红梅", "经济发展局", "副局长") in got


# a hire to a professional grade in a body (高级工程师, 副研究员): the body and the grade, simplified or traditional
def test_hired_to_a_professional_grade():
    head = "某省林业局关于韩立平等同志职务任免的通知\n某林人〔2014〕6号\n局机关各处室：\n　　经局党组研究决定：\n　　韩立平同志任局造林绿化处处长；\n"
    tail = "某省林业局\n2014年3月2日\n"
    got = posts(head + "　　聘任李红梅（女）同志为局林业技术推广总站高级工程师，聘期三年；\n" + tail)
    assert ("Appointment", "李红梅", "局林业技术推广总站", "高级工程师") in got
    got = posts(head + "　　聘任李紅梅（女）同志為局林業技術推廣總站高級工程師，聘期三年；\n" + tail)
    assert ("Appointment", "李紅梅", "局林業技術推廣總站", "高級工程師") in got


_GROUP = ("某县人民政府办公室关于调整某县防汛抗旱指挥部组成人员的通知\n某政办发〔2018〕6号\n各乡镇人民政府：\n"
          "调整后的组成人员如下：\n总指挥：王建国 县长\n成员：温　磊 县水利局局长\n韩立平 县财政局局长\n{office}\n"
          "某县人民政府办公室\n2018年5月18日\n")


# the office's head labelled in a sentence (办公室主任：甲（兼）。): a member of the group's office, its role 主任
def test_office_head_label_in_a_sentence():
    for office in ("指挥部下设办公室，办公室设在县水利局。\n办公室主任：温　磊（兼）。",
                   "指挥部下设办公室，办公室设在县水利局，办公室主任：温　磊（兼）。"):
        got = members(_GROUP.format(office=office))
        assert ("某县防汛抗旱指挥部办公室", "温磊", "主任") in got
        assert ("某县防汛抗旱指挥部", "韩立平", "成员") in got
        assert not [m for m in got if m[2] == "办公室主任"]


# a commission's own notice prints its head by the body's kind alone (委副主任): a position in that body, as printed
def test_head_of_the_body_printed_by_its_kind():
    text = ("某省卫生健康委员会办公室关于成立某省卫生健康委员会信息化工作领导小组的通知\n某卫办发〔2019〕5号\n委机关各处室、各直属单位：\n"
            "经委领导同意，决定成立某省卫生健康委员会信息化工作领导小组。\n一、领导小组组成人员\n组　长：王建国　委副主任\n"
            "副组长：韩立平　委规划与信息处处长\n成　员：李红梅　委办公室副主任\n某省卫生健康委员会办公室\n2019年6月12日\n")
    got = positions(text)
    assert ("王建国", "委", "副主任") in got
    assert ("李红梅", "委办公室", "副主任") in got
