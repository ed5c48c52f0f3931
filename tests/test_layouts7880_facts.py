"""What the blind corpora layouts78 and layouts80 found in the facts' readers (helper lfixi2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, members, posts, subgroups


# a personnel notice whose last item says why before what: 甲（女）已到退休年龄，免去其X职务 — 其 is the person the
# clause opens with, not the one the item before removed
def test_removal_of_the_person_who_reached_retirement_age():
    text = ("某县人民政府关于钱一等同志职务任免的通知\n某政任〔2010〕3号\n各乡镇人民政府，县政府各工作部门：\n"
            "经县人民政府研究决定：钱一任县林业局局长；免去吴二县粮食局副局长职务（另有任用）；"
            "郑三（女）已到退休年龄，免去其县图书馆馆长职务，办理退休手续。\n某县人民政府\n二〇一〇年五月八日\n")
    got = posts(text)
    assert ("Removal", "郑三", "县图书馆", "馆长") in got
    assert ("Removal", "吴二", "县粮食局", "副局长") in got
    assert not [p for p in got if p[1] == "吴二" and p[2] == "县图书馆"]


_GROUP = ("某局关于成立档案管理工作领导小组的通知\n局各司：\n决定成立某局档案管理工作领导小组（以下简称领导小组）。\n"
          "一、领导小组组成\n组　长：冯甲　某局副局长\n副组长：陈乙（女）　某局办公室主任\n成　员：褚丙　某局档案中心主任\n"
          "二、专项工作组\n领导小组下设两个专项工作组：整理鉴定组，组长由褚丙同志兼任，负责档案的整理、鉴定和移交；"
          "数字化组，组长由陈乙同志兼任，负责档案数字化工作。\n某局\n2015年3月2日\n")


# 下设两个专项工作组：A组，组长由甲兼任，负责…、…；B组，…: the items are parted by ；, a 、 inside a description parts
# none; each is a subgroup headed by the person named in it, not a head of the leading group
def test_counted_subgroups_with_descriptions_holding_commas():
    assert {("整理鉴定组", "某局档案管理工作领导小组"), ("数字化组", "某局档案管理工作领导小组")} <= subgroups(_GROUP)
    got = members(_GROUP)
    assert ("整理鉴定组", "褚丙", "组长") in got and ("数字化组", "陈乙", "组长") in got
    assert not [m for m in got if m[0] == "某局档案管理工作领导小组" and m[2] == "组长" and m[1] != "冯甲"]


# a note that the first body listed leads, printed under an attachment's heading, governs that attachment: the
# notice's own item above it (（X、Y负责）) keeps both bodies responsible
def test_first_leads_note_inside_an_attachment():
    text = ("某区人民政府办公室关于印发某区环境整治方案的通知\n某政办发〔2019〕9号\n各镇人民政府：\n现将方案印发给你们。\n"
            "附件：某区重点任务分解表\n某区人民政府办公室\n2019年4月1日\n某区环境整治方案\n一、主要任务\n"
            "（一）整治河道环境。开展河道清淤（区水务局牵头，区财政局配合）。\n"
            "（二）改善街巷面貌。集中整治乱搭乱建（区城管局、区住房和城乡建设局负责）。\n二、保障措施\n"
            "附件\n某区重点任务分解表\n（责任单位中排名第一的为牵头单位）\n序号\n重点任务\n责任单位\n完成时限\n"
            "1\n建成垃圾中转站3座\n区城管局、区财政局\n2019年10月底前\n")
    got = assignments(text)
    assert {("改善街巷面貌", "responsible", "区城管局"), ("改善街巷面貌", "responsible", "区住房和城乡建设局")} <= got
    assert ("改善街巷面貌", "lead", "区城管局") not in got
    assert {("建成垃圾中转站3座", "lead", "区城管局"), ("建成垃圾中转站3座", "responsible", "区财政局")} <= got


# a page without line breaks whose item names a reservoir's class, 小（二）型水库: the bracketed numeral inside the word
# begins no item of the run （一）…（二）…（三）
def test_reservoir_class_is_no_item_enumerator():
    from govkg.extract.assignments import _item_runs
    text = "（一）加固水库。完成5宗小（二）型水库加固，由县水务局牵头。（二）建设农田。县农业局负责。（三）清理沟渠。"
    assert _item_runs(text) == {0, text.index("（二）建设"), text.index("（三）")}



# a report of a congress session on one line: 旗人大常委会主任阿某某某主持会议 — a name of another people, four
# characters and no surname, right before the meeting's act is the chair's (副旗长因故不能出席会议 names nobody)
def test_chair_of_another_people_before_the_meetings_act():
    text = ("某旗人大常委会召开第十次会议\n6月30日，某旗第十五届人民代表大会常务委员会第十次会议在某镇召开。某旗人民代表大会"
            "常务委员会决定：任命钱甲为旗林业局局长。旗人大常委会主任乌力吉图主持会议，旗人民政府副旗长因故不能出席会议。\n")
    got = posts(text)
    assert ("Position", "乌力吉图", "旗人大常委会", "主任") in got
    assert not [p for p in got if p[1] == "因故不能"]
