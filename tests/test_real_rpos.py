"""Office-holders real prose names in shapes of official and journalistic writing (issue 10, helper rpos):
a report's anaphora (到会的有该会主席甲，副主席乙、丙: 该会 is the body the sentence before names as its
subject), a chronicle's set-up of a body with its heads (某委员会成立，甲为主任，乙、丙为副主任)."""
from __future__ import annotations

import pytest

from helpers import positions


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
