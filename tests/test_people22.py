"""People22: a name printed straight against a body whose name opens with a word that begins with a level
character (乡村振兴局, 镇街…): the level is the character before it, not the word's first. Made-up text only."""
from __future__ import annotations

import pytest

from govkg.extract.names import split_name_posts
from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, posts


@pytest.mark.parametrize("line,expected", [
    ("冯明市乡村振兴局局长", ("冯明", "市乡村振兴局局长")),
    ("王红县乡村振兴局副局长", ("王红", "县乡村振兴局副局长")),
    ("李立区镇街综合执法办公室主任", ("李立", "区镇街综合执法办公室主任")),
    # a level character that opens a body stays the body's (unchanged)
    ("赵平市民政局局长", ("赵平", "市民政局局长")),
    ("孙强乡人民政府乡长", ("孙强", "乡人民政府乡长")),
])
def test_level_word_after_a_glued_name(line, expected):
    got = split_name_posts(line)
    assert got and got[:2] == expected


def test_removal_and_appointment_in_a_rural_revitalisation_bureau():
    text = PERSONNEL_HEAD + "　　吴明任市乡村振兴局局长；\n　　免去冯志市乡村振兴局局长职务；\n" + PERSONNEL_FOOT
    assert posts(text) == [("Appointment", "吴明", "市乡村振兴局", "局长"),
                           ("Removal", "冯志", "市乡村振兴局", "局长")]
