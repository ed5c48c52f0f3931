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


# a report counts a post's holders and lists them after 分别是/分别为: each holds the post; a holder printed
# with a post of their own (某司司长甲) holds it too, in the body of the post counted where it names no other
@pytest.mark.parametrize("text, expected", [
    ("据公开报道，目前某市人民政府副秘书长至少有4人，分别是高文杰、林晓梅、郑立国、韩卫东(按任职顺序)，其中高文杰为正部长级。\n",
     [("林晓梅", "某市人民政府", "副秘书长"), ("郑立国", "某市人民政府", "副秘书长"), ("韩卫东", "某市人民政府", "副秘书长"),
      ("高文杰", "某市人民政府", "副秘书长")]),
    ("某省人民政府副秘书长共有3名，分别为高文杰、林晓梅和郑立国。\n",
     [("林晓梅", "某省人民政府", "副秘书长"), ("郑立国", "某省人民政府", "副秘书长"),
      ("高文杰", "某省人民政府", "副秘书长")]),
    ("国家某某局副局长也由1人增至2人，分别为综合司司长高文杰和某某司副司长林晓梅。\n",
     [("林晓梅", "国家某某局", "副局长"), ("林晓梅", "国家某某局某某司", "副司长"),
      ("高文杰", "国家某某局", "副局长"), ("高文杰", "国家某某局综合司", "司长")]),
])
def test_a_counted_list_of_a_posts_holders(text, expected):
    assert positions(text) == sorted(expected)


# 分别是 after no post, or after a count of things, names no holders
@pytest.mark.parametrize("text", [
    "今年共有3个项目获奖，分别是高文杰、林晓梅和郑立国负责的项目。\n",
    "会上3人作了发言，分别是高文杰、林晓梅、郑立国。\n",
])
def test_a_count_of_no_post_gives_no_holders(text):
    assert positions(text) == []


# a body's spokesperson (新闻发言人) is a post: set up and held by the people named after 由 (担任)
@pytest.mark.parametrize("text, expected", [
    ("某省人大常委会新设1名新闻发言人，由某省人大常委会副秘书长高文杰担任。\n",
     [("高文杰", "某省人大常委会", "新闻发言人"), ("高文杰", "某省人大常委会", "副秘书长")]),
    ("某省人大常委会法制工作委员会新设2名新闻发言人，由某省人大常委会法制工作委员会研究室主任林晓梅、"
     "法规处处长郑立国担任。\n",
     [("林晓梅", "某省人大常委会法制工作委员会", "新闻发言人"), ("林晓梅", "某省人大常委会法制工作委员会研究室", "主任"),
      ("郑立国", "某省人大常委会法制工作委员会", "新闻发言人"), ("郑立国", "某省人大常委会法制工作委员会法规处", "处长")]),
    ("某市人民政府新闻发言人由某市人民政府副秘书长韩卫东担任。\n",
     [("韩卫东", "某市人民政府", "新闻发言人"), ("韩卫东", "某市人民政府", "副秘书长")]),
    ("国家某某局新闻发言人也由1人增至2人，分别为综合司司长高文杰和某某司副司长林晓梅。\n",
     [("林晓梅", "国家某某局", "新闻发言人"), ("林晓梅", "国家某某局某某司", "副司长"),
      ("高文杰", "国家某某局", "新闻发言人"), ("高文杰", "国家某某局综合司", "司长")]),
])
def test_a_bodys_spokespersons(text, expected):
    assert positions(text) == sorted(expected)


# a spokesperson's post set up with no one named (由分管副市长担任) names no holder
def test_a_spokesperson_of_no_name():
    assert positions("某市人民政府新闻发言人由分管副市长担任。\n") == []


# what a clause says of the body before its post (新组建的…) is no part of the post counted
def test_a_counted_post_after_words_on_its_body():
    text = "2019年新组建的某省某某局副局长也由1人增至2人，分别为高文杰和林晓梅。\n"
    assert positions(text) == sorted([("林晓梅", "某省某某局", "副局长"), ("高文杰", "某省某某局", "副局长")])


# a newspaper (某某日报) is a body of its own: its editors named in a report hold their posts
def test_a_newspapers_editors():
    text = ("9日上午，某江日报某市记者站成立。某江日报总编辑高文杰、副总编辑林晓梅、编委郑立国等出席会议。\n")
    assert positions(text) == sorted([("林晓梅", "某江日报", "副总编辑"), ("郑立国", "某江日报", "编委"),
                                      ("高文杰", "某江日报", "总编辑")])


# a group's role label before a colon (副召集人:) is no name of another people, even glued to the holder's name
def test_a_role_label_before_a_colon_is_no_name():
    text = "某省联席会议组成人员\n副召集人:高文杰某省人民政府副秘书长\n"
    assert not [row for row in positions(text) if row[0] == "副召集人"]
