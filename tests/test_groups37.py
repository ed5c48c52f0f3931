"""Group notices and holders as written (round 37c): members printed ``名 / 职务`` with a slash between name and
posts; a repost's headline that names the group after its subject, the place (``某街道成立X专班，名单来了``), over the
notice that sets up ``某街道X专班``; a two-character name padded to the width of a list of a session's officers
(``副主任甲某某、乙　丙，秘书长丁某某出席会议``); and a group's office named in a bracketed note after a task
(``…预案。（旗某某指挥部办公室负责）``), the bracket no part of the group's name."""
from __future__ import annotations

import pytest

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


SLASHED = ("某市某区人民政府东湖街道办事处关于成立东湖街道背街小巷整治工作专班的通知\n东湖办发〔2023〕4号\n"
           "各科室、各社区居委会：\n"
           "　　为推进背街小巷整治工作，经街道党工委研究，决定成立东湖街道背街小巷整治工作专班。现将有关事项通知如下：\n"
           "　　组长：\n　　郝振东 / 街道党工委书记\n"
           "　　副组长：\n　　柯　岚 / 街道党工委副书记、办事处主任\n　　倪志远／街道办事处副主任\n"
           "　　成员：\n　　欧阳慧敏 / 街道城市管理办公室主任\n　　臧立华 / 湖滨社区党委书记、居委会主任\n"
           "　　专班办公室设在街道城市管理办公室，欧阳慧敏同志兼任办公室主任。\n"
           "某市某区人民政府东湖街道办事处\n2023年3月2日\n")
SLASHED_GROUP = "东湖街道背街小巷整治工作专班"


def test_members_printed_name_slash_posts():
    # 郝振东 / 街道党工委书记: the name, then its posts after the slash (a four-character compound surname kept whole)
    nf = run(SLASHED)
    assert {(SLASHED_GROUP, "郝振东", "组长"), (SLASHED_GROUP, "柯岚", "副组长"), (SLASHED_GROUP, "倪志远", "副组长"),
            (SLASHED_GROUP, "欧阳慧敏", "成员"), (SLASHED_GROUP, "臧立华", "成员")} <= members(nf)
    assert {("郝振东", "街道党工委", "书记"), ("柯岚", "街道办事处", "主任"), ("倪志远", "街道办事处", "副主任"),
            ("欧阳慧敏", "街道城市管理办公室", "主任"), ("臧立华", "湖滨社区居委会", "主任")} <= positions(nf)
    assert not any(agency.startswith(("/", "／")) for _, agency, _ in positions(nf))


HEADLINE = ("东湖街道成立背街小巷整治工作专班，名单来了→\n\n"
            "近日，东湖街道印发通知，成立背街小巷整治工作专班，街道党工委书记任组长。一起来看↓\n\n" + SLASHED)


@pytest.mark.parametrize("text", [HEADLINE, HEADLINE.replace("东湖街道成立", "东湖街道近日成立", 1)])
def test_a_reposts_headline_names_the_group_after_its_place(text):
    # 东湖街道成立X专班 (the headline) over 决定成立东湖街道X专班 (the notice): one group, named as the notice names it
    nf = run(text)
    assert (SLASHED_GROUP, "郝振东", "组长") in members(nf)
    assert not any(grp == "背街小巷整治工作专班" for grp, _, _ in members(nf))


SESSION = ("某县十六届人大常委会举行第三次会议\n发布时间：2021-06-30 09:00\n"
           "　　6月28日，某县第十六届人民代表大会常务委员会第三次会议召开。县人大常委会主任尚文博主持会议，"
           "副主任单可欣、司马俊、柏　宁及委员共19人出席会议。副县长谭一鸣列席会议。\n"
           "　　会议审议通过了有关人事任免事项。\n")
SESSION_COMMA = SESSION.replace("副主任单可欣、司马俊、柏　宁及委员共19人出席会议", "副主任单可欣、柏　宁，秘书长司马俊出席会议")


@pytest.mark.parametrize("text", [SESSION, SESSION_COMMA])
def test_a_padded_name_in_a_list_of_a_sessions_officers(text):
    # 副主任甲、乙　丙及委员… / 副主任甲、乙　丙，秘书长丁…: 乙丙, a two-character name padded to the list's width
    got = positions(run(text))
    assert ("柏宁", "县人大常委会", "副主任") in got
    assert ("单可欣", "县人大常委会", "副主任") in got


BRACKET_NOTE = ("某旗人民政府关于印发某旗2021年森林防火工作方案的通知\n某政发〔2021〕8号\n各苏木镇人民政府，旗直各有关部门：\n"
                "　　现将《某旗2021年森林防火工作方案》印发给你们，请认真组织实施。\n某旗人民政府\n2021年3月10日\n\n"
                "某旗2021年森林防火工作方案\n"
                "　　一、主要任务\n"
                "　　（一）完善防火预案。各苏木镇要在4月15日前修订完善本单位森林火灾应急预案。（旗森林防火指挥部办公室负责）\n"
                "　　（二）加强火源管控。由旗公安局牵头，各苏木镇人民政府配合。\n")


def test_an_office_named_in_a_bracketed_note_keeps_no_bracket():
    # …应急预案。（旗某某指挥部办公室负责）: the note's bracket is no part of any group's name
    got = subgroups(run(BRACKET_NOTE))
    assert not any(g.startswith(("(", "（")) or p.startswith(("(", "（")) for g, p in got)
