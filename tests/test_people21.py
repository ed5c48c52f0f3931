"""People21: member lists and reports. Made-up text only (other names, places and bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.extract.names import split_name_posts
from helpers import members, positions


# a two-character name padded to three (钱 立) before the Youth League's provincial committee (团省委): the 团 is
# the body's, not the name's last character
@pytest.mark.parametrize("line,expected", [
    ("钱 立 团省委副书记", ("钱立", "团省委副书记")),
    ("周 平 团市委书记", ("周平", "团市委书记")),
    # a three-character name letter-spaced and glued to a body named with its province (甲省): unchanged
    ("张 某 甲省某厅厅长", ("张某甲", "省某厅厅长")),
])
def test_youth_league_committee_after_a_padded_name(line, expected):
    got = split_name_posts(line)
    assert got and got[:2] == expected


@pytest.mark.parametrize("simplified", [True, False])
def test_youth_league_member_of_a_group(simplified):
    text = ("青山省人民政府办公厅关于成立青山省青少年事务工作领导小组的通知\n各市人民政府，省政府各部门：\n"
            "为加强统筹协调，省政府决定成立青山省青少年事务工作领导小组，组成人员如下：\n"
            "组  长：赵明远  副省长\n成  员：孙海涛  省民政厅厅长\n"
            "钱 立 团省委副书记\n李文静  省妇联副主席\n\n青山省人民政府办公厅\n2031年3月2日\n")
    if not simplified:  # (a traditional copy)
        text = text.translate(str.maketrans("钱团书记员组长厅妇联办门务为强统调", "錢團書記員組長廳婦聯辦門務為強統調"))
    got = members(text)
    name = "钱立" if simplified else "錢立"
    assert [m for m in got if m[1] == name and m[2] in ("成员", "成員")]
    assert (name, "团省委" if simplified else "團省委", "副书记" if simplified else "副書記") in positions(text)


# a headquarters' political commissar (指挥部政委) named in a chain of posts before a name (news), and verbs of a
# report after the name (发布, 签发, 赶赴)
def test_headquarters_commissar_in_a_chain_of_posts():
    text = ("青河县全力应对强降雨\n7月20日，青河县委书记、青河县防汛抗旱指挥部政委赵明远发布紧急通知，要求各乡镇立即转移群众。"
            "县长、县防汛抗旱指挥部指挥长钱立群赶赴一线。县委副书记、县防汛抗旱指挥部副指挥长孙海涛参加会议。\n")
    group = "青河县防汛抗旱指挥部"
    assert members(text) == sorted([(group, "赵明远", "政委"), (group, "钱立群", "指挥长"), (group, "孙海涛", "副指挥长")])
    assert ("赵明远", "青河县委", "书记") in positions(text)


def test_a_unit_s_commissar_is_no_group_role():
    text = "东岭市召开防汛会议\n7月3日，东岭市召开防汛会议。武警东岭支队政委周建国出席会议并讲话。\n"
    assert not members(text)


# the first role label glued to the list's heading (the page lost the line break): 二、组成人员组长：甲
@pytest.mark.parametrize("text,head", [
    ("国务院办公厅关于成立国务院第二次全国水资源普查领导小组的通知\n国办发〔2031〕12号\n"
     "为加强对普查工作的组织和领导，国务院决定成立第二次全国水资源普查领导小组。现将有关事项通知如下：\n"
     "一、主要职责\n负责普查工作的组织和领导，协调解决普查中的重大问题。二、组成人员组长:赵明远国务院副总理\n"
     "副组长:钱立群国务院副秘书长\n成员:李文静水利部副部长\n国务院办公厅\n2031年3月2日\n",
     ("第二次全国水资源普查领导小组", "赵明远", "组长")),
    ("國務院辦公廳關於成立全國防治重大動物疫病指揮部的通知\n國辦發〔2031〕9號\n"
     "為加強領導，國務院決定成立全國防治重大動物疫病指揮部。指揮部下設綜合組、防治組和辦公室。\n"
     "二、指揮部成員總指揮:\n趙明遠(國務院副總理)\n副總指揮:錢立群(國務委員兼國務院秘書長)\n"
     "成 員:孫海濤(農業部部長)\n國務院辦公廳\n2031年3月2日\n",
     ("全國防治重大動物疫病指揮部", "趙明遠", "總指揮")),
])
def test_role_label_glued_to_the_list_heading(text, head):
    got = members(text)
    assert head in got
    assert [m for m in got if m[2] in ("副组长", "副總指揮")]



# a town's report (no issuer): the town named after its county, at a clause's start, or in 中共某某镇委员会
@pytest.mark.parametrize("text,town", [
    ("青岭县石桥镇召开秋季防火工作会议\n10月8日，青岭县石桥镇召开秋季防火工作会议。会上，镇党委书记赵明远作动员讲话，"
     "镇长钱立群部署了全镇防火工作。\n", "石桥镇"),
    ("10月8日上午，柳湾鎮召開冬季安全生產會議。鎮黨委書記趙明遠主持會議，鎮長錢立群通報了全鎮情況。\n", "柳湾鎮"),
    ("中共永和乡第五届委员会委员候选人推选大会召开\n会议由乡党委副书记赵明远主持，乡长钱立群讲话。"
     "永和乡各村支部书记参加会议。\n", "永和乡"),
])
def test_bare_town_posts_take_the_town_named(text, town):
    got = positions(text)
    level = town[-1]
    assert got and all(a.startswith(town) for _, a, _ in got), got
    assert not [a for _, a, _ in got if a.startswith(level)]


def test_a_town_named_most_often_over_one_named_once():
    text = ("南塘县白沙镇推进区划调整\n11月2日，南塘县白沙镇召开区划调整工作会议。镇党委书记孙海涛要求全镇干部统一思想。"
            "白沙镇成立了工作专班，由镇长李文静任组长。经征求意见，多数群众赞同白沙镇和青龙镇合并。\n")
    assert ("孙海涛", "白沙镇党委", "书记") in positions(text)


@pytest.mark.parametrize("text", [
    # two towns named as often: none is chosen
    "东山镇和西山镇召开联席会议\n东山镇、西山镇两镇干部参加。镇党委书记周建国讲话。\n",
    # 乡村, 下乡, 城镇化: words of the level character, no town
    "推进乡村振兴工作会议召开\n会议要求送文化下乡，推进新型城镇化。镇党委书记周建国讲话。\n",
])
def test_no_town_told_keeps_the_printed_level(text):
    got = positions(text)
    assert ("周建国", "镇党委", "书记") in got


def test_a_town_s_own_notice_keeps_its_bodies_as_printed():
    # (a town's own notice, its issuer the town: holdout2's gold keeps 镇人民政府, 镇党委 as printed)
    text = ("金沙镇人民政府关于成立防汛工作领导小组的通知\n各村（居）委会，镇属各单位：\n"
            "为做好今年防汛工作，经研究，决定成立防汛工作领导小组，组成人员如下：\n"
            "组  长：赵明远  镇党委副书记、镇长\n副组长：钱立群  镇党委委员、副镇长\n"
            "成  员：孙海涛  镇水利站站长\n\n金沙镇人民政府\n2031年5月6日\n")
    got = positions(text)
    assert ("赵明远", "镇人民政府", "镇长") in got
    assert ("孙海涛", "镇水利站", "站长") in got


def test_every_town_s_posts_stay_a_class():
    # 乡镇党委书记: the posts of every town, not of the one named
    text = ("青岭县石桥镇召开会议\n青岭县石桥镇召开会议，各乡镇党委书记参加。镇长钱立群讲话。\n")
    got = positions(text)
    assert not [a for _, a, _ in got if a.startswith("石桥镇乡镇")]

# a report on one street or town that names another place word once (努力实现街道…, 负责街道…: a verb before the
# level word) or names its town after 在: the place named as a place, most often
def test_a_street_named_most_often_and_as_a_place():
    text = ("12月3日，青石路街道召开安全生产工作会议。会议要求各社区努力实现街道安全生产形势稳定，"
            "青石路街道各科室负责人参加会议。办事处主任赵明远，副主任钱立群出席。\n")
    got = positions(text)
    assert ("赵明远", "青石路街道办事处", "主任") in got


def test_a_verb_before_the_level_word_names_no_street():
    text = ("街道应对寒潮工作方案\n成立街道寒潮应对工作领导小组，负责街道寒潮应对工作，负责街道物资调配，"
            "负责街道信息报送。街道办事处主任赵明远任组长。\n")
    got = positions(text)
    assert not [a for _, a, _ in got if a.startswith("负责")]


def test_a_town_named_after_zai():
    text = ("县委第一督导组在石门镇召开反馈会议\n11月5日，县委第一督导组在石门镇会议中心召开反馈会。"
            "督导组组长周建国反馈了对石门镇的督导情况。镇党委书记赵明远作表态发言。\n")
    assert ("赵明远", "石门镇党委", "书记") in positions(text)
