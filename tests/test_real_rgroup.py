"""Groups in real pages (issue 10, helper rgroup): the shapes of member lists and prose that real notices print
and the extractor read wrong. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, members, positions

# a page that mixes scripts (an encyclopedia's copy: simplified prose, traditional names and words where the
# source was traditional): a value is put back as printed where it was read, not where the copy first has it
_MIXED = ("沿革\n1952年3月，政务院文化委员会下设的甲乙研究委员会召开成立大会，赵立新任主任委员，钱国华任副主任委員，"
          "孙明、李達、周偉為委員。\n1955年，甲乙研究委员会改组，吴平为副主任委员。\n")


@pytest.mark.parametrize("text, expected", [
    (_MIXED, [("甲乙研究委员会", "周偉", "委員"), ("甲乙研究委员会", "孙明", "委員"), ("甲乙研究委员会", "李達", "委員"),
              ("甲乙研究委员会", "赵立新", "主任委员"), ("甲乙研究委员会", "钱国华", "副主任委員"),
              ("甲乙研究委员会", "吴平", "副主任委员")]),
    ("1956年5月，甲乙協會改组为国务院直属的甲乙文字研究委员会，5位委員是赵立新、钱国华、孙明、李达、周伟。赵立新为主任委员。\n",
     [("甲乙文字研究委员会", n, "委員") for n in ("赵立新", "钱国华", "孙明", "李达", "周伟")]
     + [("甲乙文字研究委员会", "赵立新", "主任委员")]),
])
def test_mixed_script_value_as_printed_where_read(text, expected):
    assert members(text) == sorted(expected)


# a committee's members counted and named in one sentence, its heads in the next (a chronicle's prose)
_COUNTED = ("1956年5月，甲乙协会改组为甲乙文字改革委员会，5位委员是赵立新、钱国华、孙明、李达、周伟。赵立新为主任委员，"
            "钱国华为副主任委员。\n")


@pytest.mark.parametrize("text, expected", [
    (_COUNTED, [("甲乙文字改革委员会", "赵立新", "委员"), ("甲乙文字改革委员会", "钱国华", "委员"), ("甲乙文字改革委员会", "孙明", "委员"),
                ("甲乙文字改革委员会", "李达", "委员"), ("甲乙文字改革委员会", "周伟", "委员"), ("甲乙文字改革委员会", "赵立新", "主任委员"),
                ("甲乙文字改革委员会", "钱国华", "副主任委员")]),
    ("2020年3月，某县成立某县防汛工作领导小组，成员有赵立新、钱国华。组长为县长孙明。\n",
     [("某县防汛工作领导小组", "赵立新", "成员"), ("某县防汛工作领导小组", "钱国华", "成员"),
      ("某县防汛工作领导小组", "孙明", "组长")]),
])
def test_members_listed_to_the_end_of_a_sentence(text, expected):
    assert members(text) == sorted(expected)


def test_a_traditional_name_whose_simplified_form_is_beyond_the_basic_block():
    """傅懋勣 in a page read through its simplified copy: the copy's 𪟝 is read as one name character."""
    text = ("1956年5月，甲乙協會改組為國務院直屬的甲乙文字改革委員會，4位委員是趙立新、傅懋勣、孫明、李達。趙立新為主任委員。\n")
    assert members(text) == sorted([("甲乙文字改革委員會", "趙立新", "委員"), ("甲乙文字改革委員會", "傅懋勣", "委員"),
                                    ("甲乙文字改革委員會", "孫明", "委員"), ("甲乙文字改革委員會", "李達", "委員"),
                                    ("甲乙文字改革委員會", "趙立新", "主任委員")])


# a county's revolutionary committee (1967-1979) or people's committee (1954-1966) is its government, not a working
# group: the heads a chronicle lists under it hold its posts
_CHRONICLE = ("1968年4月2日，第二次成立某某县革命委员会。\n主任：赵立新\n副主任：钱国华、孙明\n"
              "1970年3月1日，县革命委员会进行了调整。\n主任：李达\n")


@pytest.mark.parametrize("text, expected", [
    (_CHRONICLE, [("孙明", "某某县革命委员会", "副主任"), ("李达", "某某县革命委员会", "主任"),
                  ("赵立新", "某某县革命委员会", "主任"), ("钱国华", "某某县革命委员会", "副主任")]),
    (_CHRONICLE.replace("革命委员会", "人民委员会"),
     [("孙明", "某某县人民委员会", "副主任"), ("李达", "某某县人民委员会", "主任"),
      ("赵立新", "某某县人民委员会", "主任"), ("钱国华", "某某县人民委员会", "副主任")]),
])
def test_a_regions_government_committee_lists_posts_not_members(text, expected):
    assert members(text) == []
    assert positions(text) == sorted(expected)


# roles a list or a report prints that are not a 组长's or a 主任's: a joint meeting's 总召集人 (over its 召集人), a
# working team's 指导员
@pytest.mark.parametrize("text, expected", [
    ("某市人民政府办公室关于建立某市留守儿童工作联席会议制度的通知\n为做好留守儿童工作，建立某市留守儿童工作联席会议制度。\n"
     "一、联席会议组成人员\n总召集人 赵立新 市政府副市长\n召 集 人 钱国华 市政府副秘书长\n成　　员 孙明 市教育局副局长\n",
     [("某市留守儿童工作联席会议", "赵立新", "总召集人"), ("某市留守儿童工作联席会议", "钱国华", "召集人"),
      ("某市留守儿童工作联席会议", "孙明", "成员")]),
    ("某乡人民政府关于成立某乡疫苗接种工作专班的通知\n经研究，决定成立某乡疫苗接种工作专班。\n指导员：赵立新 乡党委书记\n"
     "组长：钱国华 乡长\n副组长：孙明 副乡长\n",
     [("某乡疫苗接种工作专班", "赵立新", "指导员"), ("某乡疫苗接种工作专班", "钱国华", "组长"),
      ("某乡疫苗接种工作专班", "孙明", "副组长")]),
    ("6月9日，某县召开全县禁毒工作联席会议，副县长、县公安局局长、县禁毒工作联席会议总召集人赵立新出席会议。\n",
     [("县禁毒工作联席会议", "赵立新", "总召集人")]),
])
def test_a_joint_meetings_chief_convener_and_a_teams_instructor(text, expected):
    assert members(text) == sorted(expected)


# the office's heads labelled among the group's (办公室主任：), then the group's members (成员：): the members are the group's
@pytest.mark.parametrize("text, expected", [
    (GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n副组长：尹红梅　副县长\n办公室主任：彭国庆　县水利局局长\n"
     "办公室副主任：李春燕　县水利局副局长\n成　员：赵立新　县财政局副局长\n钱国华　县交通局副局长\n" + GROUP_FOOT,
     [(GROUP, "张立军", "组长"), (GROUP, "尹红梅", "副组长"), (GROUP + "办公室", "彭国庆", "主任"),
      (GROUP + "办公室", "李春燕", "副主任"), (GROUP, "赵立新", "成员"), (GROUP, "钱国华", "成员")]),
    (GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n二、领导小组办公室\n主　任：彭国庆　县水利局局长\n"
     "成　员：赵立新　县财政局副局长\n" + GROUP_FOOT,
     [(GROUP, "张立军", "组长"), (GROUP + "办公室", "彭国庆", "主任"), (GROUP + "办公室", "赵立新", "成员")]),
])
def test_members_after_the_offices_labelled_heads_are_the_groups(text, expected):
    assert members(text) == sorted(expected)
