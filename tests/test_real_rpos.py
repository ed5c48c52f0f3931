"""Office-holders real pages name in shapes of official and journalistic writing (issue 10, helper rpos): a
gazetteer's roster of a council (〔某某委员会组成人员〕 / 主任甲 / 副主任乙丙 / 委员 / names glued where the copy lost
the spaces); a report's anaphora (到会的有该会主席甲，副主席乙、丙: 该会 is the body the sentence before names as
its subject)."""
from __future__ import annotations

import pytest

from helpers import positions


# a gazetteer's roster of a council under its heading or the sentence that opens it: each line opens with a bare
# title, its holders after it (glued where the copy lost the spaces), notes in brackets; lines of names go on
# with the title above; the next heading ends it
ROSTER = ("第二节 江河专区行政公署\n〔江河专区人民行政公署委员会组成人员〕\n"
          "1951年3月,经政务院批准,正式组成江河专区人民行政公署委员会,组成人员如下:\n"
          "主任韩立新(1950.4~1951.4)\n龚春晓(1951年4月任职)\n副主任尹红梅彭国庆\n委员(依姓氏笔划为序)\n"
          "李春燕王建国(女)刘志强\n张德明赵文华\n〔江河专区人民行政公署职权〕\n行使下列职权:\n")
R = "江河专区人民行政公署委员会"


def test_a_councils_roster_in_a_gazetteer():
    assert positions(ROSTER) == sorted([
        ("韩立新", R, "主任"), ("龚春晓", R, "主任"), ("尹红梅", R, "副主任"), ("彭国庆", R, "副主任"),
        ("李春燕", R, "委员"), ("王建国", R, "委员"), ("刘志强", R, "委员"), ("张德明", R, "委员"), ("赵文华", R, "委员")])


# a working group's list (组成人员如下：组长 甲 副市长) is a membership, no roster of posts
def test_a_groups_list_is_no_roster():
    text = ("江河县人民政府办公室关于成立江河县防汛抗旱指挥部的通知\n经研究,决定成立江河县防汛抗旱指挥部,组成人员如下:\n"
            "指挥长:韩立新 县长\n副指挥长:龚春晓 副县长\n")
    assert [p for p in positions(text) if p[1].endswith("指挥部")] == []


# 该会 (该委员会, 该局…) before a title: the body named as the subject of the sentence before (or of the
# clause before, in the same sentence), whose name ends with that kind; the bare titles after it are its too
@pytest.mark.parametrize("text, expected", [
    ("【本报讯】江河县文学艺术界联合会,于五日上午举行第一次常务委员会议。到会的有该会主席韩立新,副主席龚春晓、"
     "尹红梅,常务委员彭国庆、李春燕等二十人。会议决定成立创作部。\n",
     [("尹红梅", "江河县文学艺术界联合会", "副主席"), ("彭国庆", "江河县文学艺术界联合会", "常务委员"),
      ("李春燕", "江河县文学艺术界联合会", "常务委员"), ("韩立新", "江河县文学艺术界联合会", "主席"),
      ("龚春晓", "江河县文学艺术界联合会", "副主席")]),
    ("远山市青年联合会昨日举行全体委员会议,该会主席韩立新作工作报告。\n",
     [("韩立新", "远山市青年联合会", "主席")]),
    ("江河县水利局召开全局干部大会。该局局长韩立新、副局长龚春晓出席会议。\n",
     [("韩立新", "江河县水利局", "局长"), ("龚春晓", "江河县水利局", "副局长")]),
])
def test_this_body_is_the_subject_named_before(text, expected):
    assert positions(text) == sorted(expected)


# no body of that kind named as a subject before: 该会 stays unread (no row with 该会 as its agency)
@pytest.mark.parametrize("text", [
    "会议由县政府主持。到会的有该会主席韩立新等十人。\n",
    "据了解,该会主席韩立新出席会议。\n",
])
def test_this_body_unnamed_gives_nothing(text):
    assert positions(text) == []
