"""Group memberships as real pages print them (session 11, groups13): a county task-force list whose
members hold low ranks, a township's 以…为成员的X with a long list of units and an office set up in the
same sentence, and an encyclopedia's history of a committee. Made-up names, places and bodies."""
from __future__ import annotations

import pytest

from govkg.facts import Membership, Position, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text))


def members(nf) -> set[tuple[str, str, str]]:
    return {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)}


def posts(nf) -> set[tuple[str, str, str]]:
    return {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}


@pytest.mark.parametrize("line, person, agency, title", [
    ("钱小红 县公安局治安大队民警", "钱小红", "县公安局治安大队", "民警"),
    ("孙　丽 城关镇和平社区工作人员", "孙丽", "城关镇和平社区", "工作人员"),
    ("周海涛 县水利局水政股股长", "周海涛", "县水利局水政股", "股长"),
])
def test_task_force_members_of_low_rank(line, person, agency, title):
    # a county's task-force list: a police officer, a community's staff member, a bureau section's head;
    # the member after them is read too (the list does not stop at a rank it does not know)
    nf = run("第三拆迁工作组:\n组 长:张 明 县政协副主席\n成 员:李强 县人社局副局长\n"
             f"{line}\n吴芳 县商务服务中心联络办主任\n负责范围:北环路以北约200户。\n")
    g = "第三拆迁工作组"
    assert {(g, person, "成员"), (g, "吴芳", "成员"), (g, "张明", "组长")} <= members(nf)
    assert (person, agency, title) in posts(nf)


def test_led_group_with_a_long_list_of_member_units_and_its_office_in_one_sentence():
    # 成立以甲为组长，乙为副组长，A、B…等部门负责人为成员的X，领导小组下设办公室于Y，由丙任办公室主任，丁、戊为成员
    nf = run("各村委会:\n二、加强领导\n"
             "镇政府成立以镇长李明为组长,副镇长孙立为副组长,党政办、农业服务中心、派出所、水务站、财政所、"
             "社会事务办、规划建设办等相关部门负责人为成员的防汛抗旱领导小组,领导小组下设办公室于水务站,"
             "由周海同志任办公室主任,钱一、吴二为成员,负责处理日常事务工作。\n")
    g = "防汛抗旱领导小组"
    assert members(nf) == {(g, "李明", "组长"), (g, "孙立", "副组长"), (g + "办公室", "周海", "主任"),
                           (g + "办公室", "钱一", "成员"), (g + "办公室", "吴二", "成员")}
    assert {(f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup)} == {(g + "办公室", g)}


def test_members_after_the_groups_head_stay_the_groups():
    # no office head before them: 成员 are the group's own
    nf = run("县政府决定成立某某工作领导小组,由县长甲乙丙任组长,钱一、吴二为成员。\n")
    assert members(nf) == {("某某工作领导小组", "甲乙丙", "组长"), ("某某工作领导小组", "钱一", "成员"),
                           ("某某工作领导小组", "吴二", "成员")}


def test_committee_history_in_an_encyclopedia():
    # 某部下设的X委员会召开成立大会，甲任主任委员…为委员 / 改组为某某直属的Y委员会，N位委员是… (a new body,
    # not a short name of the first)
    nf = run("沿革\n"
             "1956年3月,某某部下设的中国地名研究委员会召开成立大会,张明任主任委员,李强任副主任委员,王刚、赵丽、钱伟为委员。\n"
             "1960年5月,中国地名研究委员会改组为国务院直属的中国地名委员会,5位委员是王刚、赵丽、钱伟、孙海、周涛。"
             "李强为主任委员,赵丽为副主任委员。\n")
    a, b = "中国地名研究委员会", "中国地名委员会"
    assert members(nf) == {(a, "张明", "主任委员"), (a, "李强", "副主任委员"), (a, "王刚", "委员"), (a, "赵丽", "委员"),
                           (a, "钱伟", "委员"), (b, "王刚", "委员"), (b, "赵丽", "委员"), (b, "钱伟", "委员"),
                           (b, "孙海", "委员"), (b, "周涛", "委员"), (b, "李强", "主任委员"), (b, "赵丽", "副主任委员")}


def test_a_committee_that_merely_is_set_up_in_a_chronicle_is_no_group():
    # 某市军事管制委员会成立，甲任主任: an organ of government, its heads posts (no committee roles named)
    nf = run("大事记\n1949年5月,某市军事管制委员会成立,张明任主任,李强任副主任。\n")
    assert not any(g.endswith("委员会") for g, _, _ in members(nf))
