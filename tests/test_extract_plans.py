"""Plans and groups as real pages print them: units after their role, lists broken by the page,
items whose enumerator the copy lost, groups set up in reports and offices named in prose."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment, Membership, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.text import strip_copy_noise


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def rows(text: str, task: str | None = None) -> set[tuple[str, str]] | set[tuple[str, str, str]]:
    got = run(text).of(Assignment)
    if task is None:
        return {(a.task, a.role, a.agency) for a in got}
    return {(a.role, a.agency) for a in got if a.task == task}


HEAD = "江川市人民政府办公室关于印发重点工作分工方案的通知\n川政办发〔2021〕9号\n各县区人民政府：\n"


@pytest.mark.parametrize("line, expected", [
    # 会同 ends at 等部门, whatever the verb after it
    ("（一）关于“稳定粮食生产、保障有效供给”的问题，由市发展改革委会同市农业农村局、市财政局等部门研究提出落实意见。",
     {("lead", "市发展改革委"), ("support", "市农业农村局"), ("support", "市财政局")}),
    # a bracketed unit list ends at its full stop; 等有关部门 names no unit of its own
    ("（一）稳定粮食生产。〔责任单位：市农业农村局、市粮食局等有关部门，各县区人民政府。具体任务涉及各乡镇，不再分工〕",
     {("responsible", "市农业农村局"), ("responsible", "市粮食局"), ("responsible", "各县区人民政府")}),
    # 按职责分工 + any verb is a responsible body; 等有关部门和各… is two lists
    ("（一）稳定粮食生产。（市农业农村局、市粮食局等市有关部门和各县区人民政府按职责分工落实）",
     {("responsible", "市农业农村局"), ("responsible", "市粮食局"), ("responsible", "各县区人民政府")}),
    # collectives: 各地、各部门 are two; 相关市、县政府 is one, as printed
    ("（一）稳定粮食生产。部门分工：市农业农村局牵头，各地、各部门配合。",
     {("lead", "市农业农村局"), ("support", "各地"), ("support", "各部门")}),
    ("（一）稳定粮食生产。（市农业农村局、相关市、县政府负责）",
     {("responsible", "市农业农村局"), ("responsible", "相关市、县政府")}),
    # an elided list of places before the body they share
    ("（一）稳定粮食生产。（省农业农村厅、江川、河口、临川市政府负责）",
     {("responsible", "省农业农村厅"), ("responsible", "江川市人民政府"), ("responsible", "河口市人民政府"),
      ("responsible", "临川市人民政府")}),
])
def test_unit_lists_as_plans_print_them(line, expected):
    got = run(HEAD + "一、重点任务\n" + line + "\n").of(Assignment)
    assert {(a.role, a.agency) for a in got} == expected
    assert len({a.task for a in got}) == 1


def test_role_named_after_the_units():
    """议案办理: ``X为…的牵头责任单位``, ``Y、Z为协办单位`` under a section heading."""
    text = HEAD + "二、明确办理责任\n市交通运输局为该议案办理工作的牵头责任单位，负责拟定实施方案。" \
                  "市财政局、临川县政府为协办单位，要积极配合。\n"
    assert rows(text, "明确办理责任") == {("lead", "市交通运输局"), ("support", "市财政局"),
                                       ("support", "临川县人民政府")}


def test_a_note_on_roles_is_not_a_unit():
    text = HEAD + "一、分工说明\n排名第一的责任单位为牵头单位，其他列入单位为配合单位。\n"
    assert rows(text) == set()


def test_item_whose_enumerator_was_lost():
    """A second item with its own lead, after an item that had one, is its own task (first clause)."""
    text = HEAD + "一、重点任务\n（一）建设汽车产业基地。（牵头单位：市经信委；配合单位：市发改委）\n" \
                  "?#推进石化基地建设，抓好乙烯项目。（牵头单位：市发改委；配合单位：市规划局）\n"
    assert rows(text) == {("建设汽车产业基地", "lead", "市经信委"), ("建设汽车产业基地", "support", "市发改委"),
                          ("?#推进石化基地建设", "lead", "市发改委"), ("?#推进石化基地建设", "support", "市规划局")}


def test_task_lines_without_a_lead_stay_with_their_heading():
    text = HEAD + "一、重点任务\n（一）建设汽车产业基地\n推进整车项目。（牵头单位：市经信委）\n" \
                  "推进零部件项目。（配合单位：市发改委）\n"
    assert rows(text) == {("建设汽车产业基地", "lead", "市经信委"), ("建设汽车产业基地", "support", "市发改委")}


def test_unit_list_broken_mid_word():
    text = HEAD + "一、重点任务\n1.完善街道管理体制\n牵头单位：区委组织部\n协办单位：区委编办、区民政局、园区党工\n委、各街道党工委\n"
    assert rows(text, "完善街道管理体制") == {("lead", "区委组织部"), ("support", "区委编办"), ("support", "区民政局"),
                                          ("support", "园区党工委"), ("support", "各街道党工委")}


def test_standing_units_for_the_items_that_follow():
    text = HEAD + "一、政策措施\n1.争取专项资金，支持企业。（责任单位：市财政局。以下政策措施均需各县区人民政府落实，不再单独列出）\n" \
                  "2.成立工作专班，出台计划。（责任单位：市工信局）\n"
    assert rows(text) == {("争取专项资金", "responsible", "市财政局"), ("成立工作专班", "responsible", "市工信局"),
                          ("成立工作专班", "responsible", "各县区人民政府")}


def test_toned_pinyin_note_after_a_garbled_character():
    assert strip_copy_noise("七M(jìn)東部") == "七M東部"
    assert strip_copy_noise("型号A(abc)") == "型号A(abc)"  # no tone mark: not a pinyin note
