"""What the blind corpora layouts20 to layouts23 found in the facts' readers (helper lfixj): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, facts, posts
from govkg.facts import Appointment


# a name of another people (two parts joined by ·) with an aside of sex and nationality after it: the blanked aside
# is as long as the name, and the clause is still read as an appointment, its probation kept
@pytest.mark.parametrize("aside", ["（女，维吾尔族）", "（女，哈萨克族）", "（男，柯尔克孜族）", ""])
def test_long_dotted_name_with_an_aside_is_appointed(aside):
    rows = f"买买提江·吐尔地{aside}同志任市人民政府办公室副主任（试用期一年）；\n免去周立平同志的市水利局局长职务。\n"
    got = [f for f in facts(PERSONNEL_HEAD + rows + PERSONNEL_FOOT) if isinstance(f, Appointment)]
    assert [(f.person, f.post.agency, f.post.title, f.probation) for f in got] == \
        [("买买提江·吐尔地", "市人民政府办公室", "副主任", "P1Y")]
