"""Assignments of real notices (session 17, plans23). Every text is made up.

Class 1: a page whose copy put ``?`` for the spaces it could not encode before an indented item's
enumerator — ``???(一)第一巡查组;`` / ``??(二)某某工作`` — the item is a heading all the same, so the
units on the lines under it (``责任单位:甲所、乙办``) are that item's, not the section's above it.

Class 2: a group's office set up with its seat after 在 — ``指挥部下设办公室在县某局`` (as ``下设办公室于县某局``,
``下设办公室，办公室设在县某局``) — is a subgroup of the group, named ``<group>办公室``.
"""
from __future__ import annotations

from govkg.text import strip_copy_noise
from helpers import assignments, subgroups


GROUPED = """某乡关于开展冬季防火安全巡查的通知
各村、乡直各单位:
为做好冬季防火工作,现将有关事项通知如下:
一、巡查时间
2030年11月1日至11月30日
二、巡查分组
???(一)第一巡查组;
带队领导:王某某
责任单位:综治办、林业站、派出所
巡查范围:林区、坟山。
??(二)第二巡查组;
带队领导:赵某某
责任单位:水利站、卫生院
巡查范围:水库、养老院。
三、工作要求
各组要如实记录巡查情况。
某乡人民政府
2030年10月20日
"""


def test_lost_spaces_before_an_enumerator_keep_the_item_a_heading():
    got = assignments(GROUPED)
    assert got == {("第一巡查组", "responsible", a) for a in ("综治办", "林业站", "派出所")} \
        | {("第二巡查组", "responsible", a) for a in ("水利站", "卫生院")}


def test_only_a_line_start_run_before_an_enumerator():
    assert strip_copy_noise("??(三)某某事项").lstrip() == "(三)某某事项"
    assert strip_copy_noise("是否需要?(请注明)") == "是否需要?(请注明)"  # a question mark after words stays
    assert strip_copy_noise("备注?(见附件)") == "备注?(见附件)"


SEATED = """某区春季森林防火工作方案
(一)组织机构。为做好春季森林防火工作,区人民政府成立区“护林防火”指挥部,统一指挥全区防火工作。副区长钱某某任指挥长,区林业局局长孙某某任副指挥长。指挥部下设办公室在区林业局,具体负责日常工作,由孙某某兼任办公室主任。
"""


def test_an_office_seated_with_zai_is_the_groups_subgroup():
    assert subgroups(SEATED) == {("区“护林防火”指挥部办公室", "区“护林防火”指挥部")}


def test_zai_after_another_kind_of_unit_sets_up_nothing_new():
    text = SEATED.replace("指挥部下设办公室在区林业局,具体负责日常工作,由孙某某兼任办公室主任",
                          "指挥部在区林业局设有值班点,具体负责日常工作,由孙某某负责值班")
    assert subgroups(text) == set()  # (an office's head named, 由孙某某兼任办公室主任, names the group's office: test_groups39)
