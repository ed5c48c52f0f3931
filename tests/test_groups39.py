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


SCHOOL = ("某学院召开2023年度第一次校务委员会\n"
          "　　2023年5月9日，我院召开了2023年度第一次校务委员会。会议通过了原校务委员会主任柏文渊同志的提议，由"
          "葛思远同志担任新一届校务委员会主任委员，裘慧敏、窦振邦同志担任副主任委员。增补专家冼志刚、蔺国华两位教授为我院"
          "校务委员会成员。\n")
ACADEMIC = ("某大学学术委员会成立大会举行\n"
            "　　经现场无记名投票，产生了新一届学术委员会主任委员和副主任委员：宓承宇副研究员担任主任委员，"
            "敖淑贞教授、晏家栋教授担任副主任委员。\n")
TERM = ("学校召开第五届校务委员会第一次全体会议\n"
        "　　据悉，第五届校务委员会共聘任31人为委员，芮景行任校务委员会主任，郗美兰、伍建平任副主任。\n")


def test_committee_named_in_the_role_clause():
    # 由甲担任新一届X委员会主任委员，乙、丙担任副主任委员: the committee named after the verb, its term dropped
    nf = run(SCHOOL)
    assert {("校务委员会", "葛思远", "主任委员"), ("校务委员会", "裘慧敏", "副主任委员"),
            ("校务委员会", "窦振邦", "副主任委员")} <= members(nf)
    assert ("校务委员会", "柏文渊", "主任") not in members(nf)  # 原…主任: who held it before
    # (甲任农业委员会主任 in a news report of appointments: a government's commission named bare, a post)
    text = "某市人大常委会任命一批干部\n　　会议决定，任命邬国良为市农业委员会主任，鄢立新任商务委员会主任。\n"
    assert not members(run(text))


def test_members_added_with_their_profession():
    # 增补专家甲、乙两位教授为我院X委员会成员: the names, without the capacity, the count and the profession
    assert {("校务委员会", "冼志刚", "成员"), ("校务委员会", "蔺国华", "成员")} <= members(run(SCHOOL))


def test_committee_named_before_its_roles():
    # 产生了新一届X委员会主任委员和副主任委员：甲副研究员担任主任委员…
    assert {("学术委员会", "宓承宇", "主任委员"), ("学术委员会", "敖淑贞", "副主任委员"),
            ("学术委员会", "晏家栋", "副主任委员")} <= members(run(ACADEMIC))


def test_committee_named_with_its_term_before():
    # 第五届X委员会…，甲任X委员会主任: the term the sentence named it with
    assert {("第五届校务委员会", "芮景行", "主任"), ("第五届校务委员会", "郗美兰", "副主任"),
            ("第五届校务委员会", "伍建平", "副主任")} <= members(run(TERM))

