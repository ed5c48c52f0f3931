"""What the blind corpora layouts59 to layouts64 found in the groups' readers (helper lfixd3): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import members, subgroups


# a notice that renames its group as it adjusts it (将《…》设立的甲指挥部调整为乙指挥部，调整后组成人员如下): the
# members and the office are the renamed group's, its name no run of the old name and the verb
def test_group_renamed_as_it_is_adjusted():
    text = ("某市人民政府办公室关于调整某市森林防灭火指挥部成员的通知 某府办发〔2020〕5号 各有关单位： 经市政府同意，"
            "将《某市人民政府办公室关于成立某市森林防火指挥部的通知》设立的某市森林防火指挥部调整为某市森林防灭火指挥部，"
            "调整后组成人员如下： 指挥长：王大明 副市长 成员：李小红 市林业局局长 指挥部下设办公室，办公室设在市林业局。"
            "办公室主任：李小红（兼） 某市人民政府办公室 2020年6月1日\n")
    got = set(members(text))
    assert ("某市森林防灭火指挥部", "王大明", "指挥长") in got
    assert ("某市森林防灭火指挥部", "李小红", "成员") in got
    assert ("某市森林防灭火指挥部办公室", "李小红", "主任") in got
    assert not [g for g, _, _ in got if "调整为" in g]
    assert ("某市森林防灭火指挥部办公室", "某市森林防灭火指挥部") in subgroups(text)
