"""What the blind corpora layouts16 and layouts17 found in the facts' readers (helper lfixf): each class tested on
made-up notices of its shape (names, bodies and groups invented here, not the corpus's)."""
from __future__ import annotations

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, GROUP_ROWS, members, posts, subgroups


def _group(sentences: str) -> str:
    return GROUP_HEAD + GROUP_ROWS + sentences + "\n" + GROUP_FOOT


# a numbered item that sets two subgroups up, joined by 和, its sentence closed by 。 (二、领导小组下设A组和B组。):
# no heading naming a group; each 组长 named after it heads that subgroup
def test_numbered_sentence_setting_up_two_subgroups():
    text = _group("二、领导小组下设综合协调组和督查考核组。综合协调组组长由彭国庆同志兼任，负责统筹；"
                  "督查考核组组长由李春燕同志兼任，负责督查。")
    got = members(text)
    assert ("综合协调组", "彭国庆", "组长") in got and ("督查考核组", "李春燕", "组长") in got
    assert not [m for m in got if "下设" in m[0]]
    assert {("综合协调组", GROUP), ("督查考核组", GROUP)} <= subgroups(text)


# the subgroups set up, then one line each: the subgroup's name, then its head's label (A组　组长：甲): the head is
# a member of that subgroup with role 组长, not of the group with a role 某组组长
def test_subgroup_name_before_its_head_label():
    text = _group("二、专项组\n领导小组下设宣传动员组、执法检查组2个专项组，各专项组组长如下：\n"
                  "宣传动员组　组长：彭国庆\n执法检查组　组长：李春燕")
    got = members(text)
    assert ("宣传动员组", "彭国庆", "组长") in got and ("执法检查组", "李春燕", "组长") in got
    assert not [m for m in got if m[2].endswith("组组长")]
    assert {("宣传动员组", GROUP), ("执法检查组", GROUP)} <= subgroups(text)


# a notice adjusting a group's members, citing the notice that set it up by its title (对《…关于成立X的通知》（号）
# 确定的领导小组成员调整如下): the group is X, not the cited title
def test_group_named_by_the_cited_founding_notice():
    text = ("某市人民政府办公室关于调整某市湖泊保护工作领导小组成员的通知\n各镇人民政府，市政府直属各单位：\n"
            "因人事变动，经市政府同意，现对《某市人民政府办公室关于成立某市湖泊保护工作领导小组的通知》（某府办〔2016〕5号）"
            "确定的领导小组成员调整如下：\n组　长：张立军　　市长\n成　员：李春燕　　市财政局局长\n"
            "领导小组办公室设在市水务局，李春燕同志兼任办公室主任。\n某市人民政府办公室\n2019年6月3日\n")
    got = members(text)
    assert ("某市湖泊保护工作领导小组", "张立军", "组长") in got
    assert ("某市湖泊保护工作领导小组办公室", "李春燕", "主任") in got
    assert not [m for m in got if "《" in m[0]]


# a member list a page ran into one line, entries glued with no mark and asides (（兼）, （女）) between them, the
# first a two-character name padded to the list's width with its post glued on (孙　伟镇某站站长): each member read
# with their post
def test_glued_members_with_asides():
    text = ("某镇人民政府关于成立某镇消防安全委员会的通知\n某政发〔2010〕9号 各村民委员会，镇直各单位：为做好消防工作，"
            "经镇政府研究，决定成立某镇消防安全委员会（以下简称消委会），组成人员如下：主任：王立新镇党委副书记、镇长"
            "副主任：赵明亮镇党委委员、副镇长委员：孙　伟镇水利站站长钱国强镇派出所所长（兼）周秀兰（女）镇财政所所长（兼）"
            "消委会下设办公室，办公室设在镇水利站，孙伟同志兼任办公室主任，负责日常工作。某镇人民政府 2010年5月6日\n")
    got = members(text)
    assert {("某镇消防安全委员会", n, "委员") for n in ("孙伟", "钱国强", "周秀兰")} <= set(got)
    assert {("Position", "钱国强", "某镇派出所", "所长"), ("Position", "周秀兰", "某镇财政所", "所长"),
            ("Position", "孙伟", "某镇水利站", "站长")} <= set(posts(text))


def test_a_removal_of_the_clause_subject_by_its_pronoun_after_an_aside():
    """``甲（女）任X，免去其Y职务``: 其 is the person of the clause before (the aside made it the clause's subject), no
    part of the body left."""
    from govkg.nlp import extract
    from govkg.notice import RawNotice
    text = ("某县人民政府关于甲某某等同志职务任免的通知\n各单位：\n经县人民政府研究决定：\n"
            "甲某某（女，侗族）任县旅游局副局长，免去其县文化体育广电局副局长职务；\n某县人民政府\n2014年7月8日\n")
    facts = extract(RawNotice(source="t.txt", index=0, text=text, meta={})).facts
    removals = [(f.person, f.post.agency, f.post.title) for f in facts if type(f).__name__ == "Removal"]
    assert removals == [("甲某某", "县文化体育广电局", "副局长")]
