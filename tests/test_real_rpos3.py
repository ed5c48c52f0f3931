"""Position rows real pages state in lists, rosters and prose (issue 10, helper rpos3): a leaders' page's
``名字:职务`` lines (a name of another people, a copy cut off in its last post), a counted list of a post's
holders (``某院副秘书长有N人，分别是甲、乙…``), a body's spokespersons (``新闻发言人由某司司长甲担任``)."""
from __future__ import annotations

import pytest

from helpers import positions


# a leaders' page: name, colon, posts; a name of another people (no common surname) opening its line counts
@pytest.mark.parametrize("text, expected", [
    ("某自治区人民政府领导\n白玛次仁:某自治区党委副书记,某自治区人民政府党组书记。\n"
     "郑立国:某自治区人民政府副主席。\n",
     [("白玛次仁", "某自治区人民政府", "党组书记"), ("白玛次仁", "某自治区党委", "副书记"),
      ("郑立国", "某自治区人民政府", "副主席")]),
])
def test_a_name_of_another_people_before_a_colon(text, expected):
    assert positions(text) == sorted(expected)


# a copy cut off in the middle of its last line's last post: the posts before the cut stand
def test_a_line_cut_off_at_the_end_of_the_copy():
    text = ("某自治区人民政府领导\n郑立国:某自治区人民政府副主席。\n"
            "韩卫东:某自治区人民政府副主席,某自治区公安厅党委书记、厅长、督")
    assert positions(text) == sorted([
        ("郑立国", "某自治区人民政府", "副主席"), ("韩卫东", "某自治区人民政府", "副主席"),
        ("韩卫东", "某自治区公安厅", "党委书记"), ("韩卫东", "某自治区公安厅", "厅长")])


# ... but a last line that ends in words no post reads is still no list of posts
def test_a_line_of_no_posts_at_the_end_stays_none():
    text = "某自治区人民政府领导\n韩卫东:某自治区人民政府副主席,负责联系某某工作"
    assert positions(text) == []
