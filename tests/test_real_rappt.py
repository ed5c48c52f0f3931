"""Appointments narrated in prose and chronicles (issue 10, helper rappt): a Party group set up in one sentence and
made up of named people in the next, a body the text sets up and then names by its head noun alone."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment
from helpers import posts

A = "Appointment"


# a Party group set up in one sentence (成立X党组。) and made up of named people in the next (党组由…组成。),
# its leaders named in a sentence of their own (甲任党组书记，乙、丙任副书记。)
@pytest.mark.parametrize("text, expected", [
    ("3月5日，成立中共某某专员公署党组。党组由周某某、赵某某、钱某某、孙某某组成。赵某某任党组书记，钱某某、孙某某任副书记。\n",
     [(A, "周某某", "某某专员公署", "党组成员"), (A, "孙某某", "某某专员公署", "党组副书记"),
      (A, "赵某某", "某某专员公署", "党组书记"), (A, "钱某某", "某某专员公署", "党组副书记")]),
    ("5月，经地委批准，建立某县人民委员会党组，党组由周某某、赵某某、钱某某组成，周某某任书记。\n",
     [(A, "周某某", "某县人民委员会", "党组书记"), (A, "赵某某", "某县人民委员会", "党组成员"),
      (A, "钱某某", "某县人民委员会", "党组成员")]),
])
def test_a_party_group_set_up_before_its_people_are_named(text, expected):
    assert posts(text, kind=Appointment) == sorted(expected)
