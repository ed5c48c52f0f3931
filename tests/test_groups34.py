"""Groups round 34 (helper b): a group a news report names by its level alone while the notice it quotes
names it with the issuer's place."""
from __future__ import annotations

from helpers import members as member_rows, subgroups


def members(text: str) -> set[tuple[str, str, str]]:
    """(group, person, role) of each membership, as a set."""
    return set(member_rows(text))


def test_group_named_by_level_in_a_report_takes_the_place_the_quoted_notice_prints():
    # the report says 省某某领导小组; the notice it quotes (one line) says 甲乙省某某领导小组
    text = ("原标题：甲乙调整湖海观光推进领导小组\n"
             "　　某报记者发现，甲乙省政府网站近日公布通知，对省湖海观光推进领导小组组成人员作了调整。通知全文如下：\n"
             "甲乙省人民政府办公厅关于调整甲乙省湖海观光推进领导小组组成人员的通知 甲政办函〔2019〕8号 "
             "各市人民政府： 经省政府同意，对甲乙省湖海观光推进领导小组（以下简称领导小组）组成人员进行调整。调整后的组成人员名单如下： "
             "组　长：皇甫临川 省长 副组长：司徒望舒 副省长 成　员：欧阳晴岚 省文化厅厅长 上官听涛 省财政厅副厅长 "
             "领导小组办公室设在省文化厅，办公室主任由欧阳晴岚同志兼任。 甲乙省人民政府办公厅 2019年3月1日\n")
    g = "甲乙省湖海观光推进领导小组"
    got = members(text)
    assert (g, "皇甫临川", "组长") in got and (g, "上官听涛", "成员") in got
    assert (g + "办公室", "欧阳晴岚", "主任") in got
    assert not any(grp.startswith("省湖海") for grp, _, _ in got)
    assert (g + "办公室", g) in subgroups(text)


def test_post_glued_to_a_committee_short_name_in_a_chain_is_no_part_of_its_name():
    # 董事长、总经理安委会主任甲: 总经理 is the holder's post, the group is 安委会
    text = ("某能源集团召开二季度安委会会议\n"
             "5月8日上午，某能源集团召开第二季度安委会会议。董事长、总经理安委会主任吴明远主持会议并讲话。\n")
    got = members(text)
    assert ("安委会", "吴明远", "主任") in got
    assert not any(g.startswith("总经理") for g, _, _ in got)


def test_member_with_a_compound_surname_and_two_given_characters_before_a_spaced_post():
    # 钟离某某　局长: four characters, the compound surname and two more; the post after the spaces
    text = ("关于成立某某推进工作领导小组的通知\n各司局：\n经研究，决定成立某某推进工作领导小组。组成人员如下：\n"
             "　　组　长：端木清和　局长\n　　副组长：仇嘉木　副局长\n　　成　员：巫马知秋　一级调研员\n"
             "　　　　　　张明　副局长\n")
    g = "某某推进工作领导小组"
    got = members(text)
    assert {(g, "端木清和", "组长"), (g, "巫马知秋", "成员"), (g, "张明", "成员")} <= got
