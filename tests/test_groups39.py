"""Group notices as written (round 37b): a township's report that sets up a command post by a long clause of its
heads (``成立了由书记甲为政委，乡长乙为指挥长，…为副指挥长，…为成员的X``), a head named by a bare party title
(``书记甲``); a county's chronicle that names the committee's office only by its head's post (``丙兼任办公室主任``)
and a full-time deputy (``丁任专职副主任``)."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups


FLOOD = ("某乡2012年防汛工作总结\n"
         "　　一是成立了由书记蒯志坚为政委，乡长糜德顺为指挥长，人大主席瞿秀英、政协联络组组长詹国柱、党委委员、纪委书记"
         "甄立平、副乡长蓟春燕为副指挥长，其他干部职工为成员的防汛抗旱应急指挥部；各村成立应急小组，负责防汛工作。"
         "二是组建抗洪应急分队。\n某乡人民政府\n2012年11月5日\n")
FLOOD_GROUP = "防汛抗旱应急指挥部"


def test_long_clause_of_heads_before_the_group_it_sets_up():
    # 成立了由…为政委，…为指挥长，…为副指挥长，…为成员的X: a clause longer than sixty characters
    nf = run(FLOOD)
    assert {(FLOOD_GROUP, "糜德顺", "指挥长"), (FLOOD_GROUP, "瞿秀英", "副指挥长"), (FLOOD_GROUP, "詹国柱", "副指挥长"),
            (FLOOD_GROUP, "甄立平", "副指挥长"), (FLOOD_GROUP, "蓟春燕", "副指挥长")} <= members(nf)


def test_bare_party_title_before_the_name():
    # 书记甲为政委: the title names no body; the name is the member
    assert (FLOOD_GROUP, "蒯志坚", "政委") in members(run(FLOOD))


CHRONICLE = ("某县爱国卫生运动委员会简介\n"
             "　　1985年3月，成立某县爱国卫生运动委员会。\n"
             "　　1986年5月10日，县政府调整县爱卫会，副县长鲍明远任主任，柯文斌、邝立群任副主任，柯文斌兼任办公室主任，"
             "滕雅琴任专职副主任，全年召开了两次全委会。\n")
CHRONICLE_GROUP = "某县爱国卫生运动委员会"


def test_office_head_named_before_any_office():
    # 甲兼任办公室主任, no office set up before: the committee's own office, a part of it
    nf = run(CHRONICLE)
    assert (CHRONICLE_GROUP + "办公室", "柯文斌", "主任") in members(nf)
    assert (CHRONICLE_GROUP + "办公室", CHRONICLE_GROUP) in subgroups(nf)


def test_full_time_deputy():
    # 乙任专职副主任: the role as printed
    assert (CHRONICLE_GROUP, "滕雅琴", "专职副主任") in members(run(CHRONICLE))
