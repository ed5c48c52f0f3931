"""Task assignments as plans print them (round 37, helper d): a task table flattened into stanzas whose task field
is the task's ordinal (任务一：某任务 / 牵头单位：X / 配合单位：无); a table's role cell that names its bodies' roles
by verbs (X牵头，Y配合) or by marks after each body (X（牵头）、Y（配合）); an item closed by the sentence
``X负责，Y配合。`` where X's name holds a bracket (各村（居）委会); and an item's bracket of roles with a bare
``责任：`` label ((牵头：X；责任：Y))."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, source: str = "inline.txt") -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source=source, index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HEAD = "松川区人民政府办公室关于印发松川区背街小巷整治实施方案的通知\n松政办发〔2021〕9号\n各街道办事处，区各委、局：\n"


@pytest.mark.parametrize("ordinal", ["一", "1"])
def test_stanzas_whose_task_field_is_the_tasks_ordinal(ordinal):
    """``任务一：某任务`` over its ``牵头单位：`` / ``配合单位：`` / ``完成时限：`` lines (a task table flattened one
    field a line): each stanza's task; ``配合单位：无`` names no body; a stanza of ``责任单位：`` alone is responsible."""
    second = "二" if ordinal == "一" else "2"
    text = HEAD + "一、重点任务\n" \
        f"　　任务{ordinal}：整治沿街立面\n　　牵头单位：区城市管理委\n　　配合单位：区住房建设委、各街道办事处\n" \
        "　　完成时限：2021年10月底前\n" \
        f"　　任务{second}：疏通背街排水\n　　牵头单位：区水务局\n　　配合单位：无\n　　完成时限：2021年6月底前\n" \
        "　　任务三：开展文明劝导\n　　责任单位：区文明办、团区委\n　　完成时限：长期坚持\n" \
        "二、保障措施\n　　（一）加强组织领导。区城市管理委负责统筹协调。\n"
    got = run(text)
    assert {("整治沿街立面", "lead", "区城市管理委"), ("整治沿街立面", "support", "区住房建设委"),
            ("整治沿街立面", "support", "各街道办事处"), ("疏通背街排水", "lead", "区水务局")} <= got
    assert not any(task == "疏通背街排水" and role != "lead" for task, role, _ in got)


TABLE = ("附件\n松川区背街小巷整治任务分工表\n<table>\n<tr><td>序号</td><td>整治任务</td><td>责任单位</td><td>完成时限</td></tr>\n"
         "<tr><td>1</td><td>清理沿街占道经营</td><td>{cell}</td><td>2021年9月底</td></tr>\n</table>\n")


@pytest.mark.parametrize("cell", ["区市场监管局牵头，区城管执法局配合", "区市场监管局牵头；区城管执法局配合。",
                                  "区市场监管局（牵头）、区城管执法局（配合）"],
                         ids=["verbs", "verbs-semicolon", "marks"])
def test_a_role_cell_that_names_each_bodys_role_itself(cell):
    """Under a 责任单位 column, ``X牵头，Y配合`` (verbs after each clause's bodies) and ``X（牵头）、Y（配合）``
    (a mark after each body): X leads, Y supports; the mark is no part of Y's name."""
    got = run(HEAD + TABLE.format(cell=cell), source="inline.html")
    task = "清理沿街占道经营"
    assert {(task, "lead", "区市场监管局"), (task, "support", "区城管执法局")} <= got
    assert not any("配合" in agency or "牵头" in agency for _, _, agency in got)


def test_an_items_closing_sentence_whose_body_holds_a_bracket():
    """``（三）某任务。…。各社区（村）委会负责，区某办公室配合。``: the bodies before 负责 are responsible though a
    name holds a bracket, those before 配合 support."""
    text = HEAD + "一、重点任务\n　　（三）美化社区环境。整治私搭乱建，推进街巷绿化。各社区（村）委会负责，区综合执法办公室配合。\n" \
        "二、工作要求\n　　（一）加强组织领导。区领导小组负责统筹调度。\n"
    got = run(text)
    assert {("美化社区环境", "responsible", "各社区(村)委会"), ("美化社区环境", "support", "区综合执法办公室")} <= got


def test_a_bare_responsible_label_in_an_items_bracket_of_roles():
    """``1.某任务(牵头:X;责任:Y)``: X leads, Y is responsible (责任 alone before its colon, inside the item's
    bracket of roles); a duty's name before a colon in a sentence (``应当追究办案质量责任：（一）…``) is no label."""
    text = HEAD + "  具体任务分工如下:\n  1.入户核查(牵头:区住房和城乡建设局;责任:各街道办事处)\n" \
        "  2.资金筹措(牵头:区财政局;配合:区民政局)\n"
    got = run(text)
    assert {("入户核查", "lead", "区住房和城乡建设局"), ("入户核查", "responsible", "各街道办事处"),
            ("资金筹措", "support", "区民政局")} <= got
    prose = "第三条 检察人员在办案中有下列情形之一的，应当追究办案质量责任：（一）违反法定程序造成案件被退回的。\n"
    assert run("松川区检察院关于印发办案质量责任追究办法的通知\n松检发〔2021〕3号\n" + prose) == set()

