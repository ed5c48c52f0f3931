"""What the blind corpora layouts59 to layouts62 found in the facts' readers (helper lfixd2), and what layouts41-58
still lost: each class tested on made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import members, positions

_HEAD = ("某县人民政府办公室关于调整某县防汛工作领导小组成员的通知\n某政办〔2015〕9号\n各乡镇人民政府，县政府各部门：\n"
         "因人事变动，经县政府同意，现将某县防汛工作领导小组成员调整如下：\n")
_TAIL = "领导小组办公室设在县水务局。\n某县人民政府办公室\n2015年6月3日\n"


# a member list run onto one line, each name then its post, members and posts parted by the same spaces; a name
# of a surname the lexicon does not hold (亢, 禤) read by its shape beside the posts around it
def test_name_post_run_with_rare_surnames():
    text = _HEAD + ("组长：王建国 县长\n成员：亢志远 县政府办公室主任 李红梅 县水务局局长 禤文斌 县财政局副局长（兼） "
                    "张　伟 县公安局副局长\n") + _TAIL
    got = positions(text)
    assert ("亢志远", "县人民政府办公室", "主任") in got
    assert ("李红梅", "县水务局", "局长") in got
    assert ("禤文斌", "县财政局", "副局长") in got
    assert ("张伟", "县公安局", "副局长") in got
    names = {p for _, p, r in members(text) if r == "成员"}
    assert {"亢志远", "李红梅", "禤文斌", "张伟"} <= names
    assert not [p for p in got if len(p[1]) > 12]  # (no post swallowing the run)


# two members on one line, one of a surname the lexicon lacks: read when its post is the whole next word
def test_two_members_one_rare_surname():
    text = _HEAD + "组长：王建国 县长\n成员：昝立新　县农业农村局副局长 刘晓芳（女）　县教育局副局长\n" + _TAIL
    got = positions(text)
    assert ("昝立新", "县农业农村局", "副局长") in got
    assert ("刘晓芳", "县教育局", "副局长") in got


# a member list of posts before names, a line break put after a post's aside (（兼）): the post's holder at the next
# line's start, that line going on with more members or holding the name alone
def test_post_first_run_cut_after_the_aside():
    text = _HEAD + ("组长：王建国 县长\n成　　员：县财政局局长　韩立平 县公安局副局长（兼）\n"
                    "庞振华 城关街道办事处主任　邵永康\n县水务局副局长（兼）\n廖春燕（女）\n") + _TAIL
    got = positions(text)
    assert ("韩立平", "县财政局", "局长") in got
    assert ("庞振华", "县公安局", "副局长") in got
    assert ("邵永康", "城关街道办事处", "主任") in got
    assert ("廖春燕", "县水务局", "副局长") in got
    names = {p for _, p, r in members(text) if r == "成员"}
    assert {"韩立平", "庞振华", "邵永康", "廖春燕"} <= names
    assert not [p for p in got if p[1].startswith("庞振华")]


# a name-first list, one member a line: no line joined to the next
def test_name_first_lines_kept_apart():
    text = _HEAD + "组长：王建国 县长\n成员：\n韩立平 县财政局局长\n庞振华 县公安局副局长\n叶秀英县供销社主任\n" + _TAIL
    got = positions(text)
    assert ("韩立平", "县财政局", "局长") in got
    assert ("庞振华", "县公安局", "副局长") in got


# a clause that sets a subgroup up, the next clause giving its head by the role alone (指挥部下设某组，组长由甲担任):
# the head is the subgroup's, not the parent's
def test_head_of_a_subgroup_set_up_in_the_clause_before():
    text = ("某镇人民政府关于成立某镇森林防火指挥部的通知\n各村委会，镇属各单位：\n经研究，决定成立某镇森林防火指挥部，"
            "组成人员如下：\n指挥长：王建国 镇长\n成　员：镇林业站站长　韩立平\n镇派出所所长　庞振华\n"
            "指挥部下设扑火突击组，组长由庞振华同志担任。\n某镇人民政府\n2011年3月2日\n")
    got = members(text)
    assert ("扑火突击组", "庞振华", "组长") in got
    assert not [m for m in got if m[1] == "庞振华" and m[2] == "组长" and m[0] != "扑火突击组"]
