"""People13: appointments and removals a report of a session states, in a page of any kind (a news page
whose headline names the session, not the act), national and provincial posts. Made-up text only."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def people(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


#: a news page's headline that names a session, not an act
_HEAD = "某届全国人大某次会议举行第四次全体会议\n新华社北京3月5日电 会议上午在北京举行全体会议。\n"


@pytest.mark.parametrize("sentence, expected", [
    # 经投票表决决定，A、B为Y，C、D为Z: a comma after 决定, a chain of clauses each naming people and a post
    ("会议根据国务院总理方明的提名，经投票表决决定，周安、吴平为国务院副总理，郑和、钱林为国务委员。",
     [("appointment", "周安", "国务院", "副总理"), ("appointment", "吴平", "国务院", "副总理"),
      ("appointment", "郑和", "国务院", "国务委员"), ("appointment", "钱林", "国务院", "国务委员")]),
    # the chair announces the result: 宣布：A、B同志为Y；C同志为Z
    ("经过写票、投票、计票，主持人宣布：周安、吴平同志为国务院副总理；郑和同志为国务委员。",
     [("appointment", "周安", "国务院", "副总理"), ("appointment", "吴平", "国务院", "副总理"),
      ("appointment", "郑和", "国务院", "国务委员")]),
])
def test_votes_of_a_congress_in_a_news_page(sentence, expected):
    assert people(_HEAD + sentence + "\n") == sorted(expected)


def test_votes_in_traditional_script():
    text = ("某屆全國人大某次會議舉行第四次全體會議\n"
            "會議根據國務院總理方明的提名，經投票表決決定，周安、吳平為國務院副總理，鄭和為國務委員。\n")
    assert people(text) == sorted([("appointment", "周安", "國務院", "副總理"), ("appointment", "吳平", "國務院", "副總理"),
                                   ("appointment", "鄭和", "國務院", "國務委員")])


def test_acting_head_of_a_region_and_the_resignation_before_it():
    """决定任命X为某区副主席，决定其代理某区主席职务 (其: the person just appointed); 接受Y辞去…职务的请求."""
    text = ("某区新任代主席到任\n来源：某新闻网\n"
            "据报道，10月8日上午，宁夏回族自治区人大常委会第十次会议在首府举行。会议表决通过了关于接受马原辞去宁夏回族自治区主席职务的请求的决定。"
            "会议决定任命林川为宁夏回族自治区副主席，决定其代理宁夏回族自治区主席职务，并向林川颁发了任命书。\n"
            "林川出生于1965年。2015年1月，林川升任某省副省长。\n")
    assert people(text) == sorted([("removal", "马原", "宁夏回族自治区人民政府", "主席"),
                                   ("appointment", "林川", "宁夏回族自治区人民政府", "副主席"),
                                   ("appointment", "林川", "宁夏回族自治区人民政府", "代理主席")])


def test_two_provinces_in_one_report():
    text = ("两省产生代省长\n"
            "某省人大常委会会议4月1日决定，接受田原辞去某省人民政府省长职务的请求，任命高山为某省人民政府副省长、代省长。\n")
    assert people(text) == sorted([("removal", "田原", "某省人民政府", "省长"),
                                   ("appointment", "高山", "某省人民政府", "副省长"),
                                   ("appointment", "高山", "某省人民政府", "代省长")])


@pytest.mark.parametrize("text", [
    # a career history in a news page: no decision of it
    "某地新闻\n林川出生于1965年，2015年1月，林川升任某省副省长，2018年任某省委常委。\n",
    # a nomination read out is not yet a decision
    "某地新闻\n总理方明说：我提名周安、吴平同志为国务院副总理人选。\n",
    # a group's roles set up in a news page are memberships
    "某县新闻\n会议决定，成立某某工作领导小组，周安为组长，吴平为副组长。\n",
])
def test_no_act_in_a_news_page(text):
    assert people(text) == []


@pytest.mark.parametrize("text, expected", [
    ("梧州市长", [("梧州市人民政府", "市长")]),  # 州 of a city's name: the level 市 printed once
    ("福州副市长", [("福州市人民政府", "副市长")]),
    ("云州省长", [("云州省人民政府", "省长")]),
    ("某州州长", [("某州人民政府", "州长")]),  # 州 the level itself
    ("第五届市政府参事", [("市人民政府", "参事")]),  # the cohort of counsellors is not part of the body
])
def test_heads_and_cohorts_in_posts(text, expected):
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts(text)] == expected


def test_acting_court_head_named_in_full_in_the_decision_passed():
    """The decision passed names the body in full (某省高级人民法院), the report's lead by its level: the acting
    post and the resignation take the full name; a 、决定 inside a headline opens the next decision."""
    text = ("某省人大任命韩林为省法院副院长、代理院长\n"
            "记者讯 某省人大常委会会议7日结束。会议决定任命韩林为省高级人民法院副院长、代理院长。\n"
            "会议表决通过了《湖南省人民代表大会常务委员会关于接受许平请求辞去湖南省高级人民法院院长职务的决定》，"
            "表决通过了《湖南省人民代表大会常务委员会关于韩林为湖南省高级人民法院代理院长的决定》。\n")
    assert people(text) == sorted([("appointment", "韩林", "省高级人民法院", "副院长"),
                                   ("appointment", "韩林", "湖南省高级人民法院", "代理院长"),
                                   ("removal", "许平", "湖南省高级人民法院", "院长")])


def test_acting_head_decided_after_a_comma_list():
    text = ("省人大常委会决定任命邓山为湖南省人民政府副省长、决定邓山代理湖南省人民政府省长\n"
            "会议经表决通过，决定任命邓山为湖南省人民政府副省长；会议决定邓山代理湖南省人民政府省长职务。\n")
    assert people(text) == sorted([("appointment", "邓山", "湖南省人民政府", "副省长"),
                                   ("appointment", "邓山", "湖南省人民政府", "代理省长")])


def test_a_name_ending_in_wei_before_the_act_of_the_report():
    text = "某市举行颁奖仪式\n7月6日，颁奖仪式举行。市委副书记、市长钱有为向获奖代表颁发证书，并讲话。\n"
    assert people(text, kinds=(Position,)) == sorted([("position", "钱有为", "市委", "副书记"),
                                                      ("position", "钱有为", "市人民政府", "市长")])


def test_a_committee_choosing_its_officers():
    """推选X任Y (a government committee choosing its officers): 推选 is the verb, not part of the name."""
    text = ("关于任免工作人员的决定\n"
            "会议决定成立各厅，推选周安任省政府秘书长，吴平任民政厅厅长。\n")
    got = people(text)
    assert ("appointment", "周安", "省人民政府", "秘书长") in got and not any(p.startswith("推选") for _, p, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    # a street's report: its bodies printed bare (党工委, 办事处, 街道), a verb before the street's name once
    ("3月8日夜，东岭街道组织召开班子会议。会议由党工委书记赵明主持，全体班子成员参加。\n"
     "会上，办事处主任钱力首先传达区领导讲话精神，成立东岭街道稳控领导小组。\n",
     [("position", "赵明", "东岭街道党工委", "书记"), ("position", "钱力", "东岭街道办事处", "主任")]),
    # a street named for a village (李家村街道) after a verb; 街道副书记 of its Party committee, 副主任 of its office
    ("2019年5月6日下午，区委常委、副区长周平调研督导李家村街道安全生产工作。街道副书记孙红汇报了近期工作情况，"
     "副主任李文汇报了信访工作情况。\n",
     [("position", "周平", "区委", "常委"), ("position", "周平", "区人民政府", "副区长"),
      ("position", "孙红", "李家村街道党工委", "副书记"), ("position", "李文", "李家村街道办事处", "副主任")]),
])
def test_a_streets_bodies_in_its_own_report(text, expected):
    assert people(text, kinds=(Position,)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("某县召开工作会议\n会上，县卫健局局长周安结合上级反馈，分析了存在的问题。\n", [("position", "周安", "县卫健局", "局长")]),
    ("某县召开工作会议\n会议传达了县委书记吴平关于乡村振兴的讲话精神。\n", [("position", "吴平", "县委", "书记")]),
])
def test_words_that_carry_a_report_on_after_a_name(text, expected):
    assert people(text, kinds=(Position,)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("某地新闻\n今年初，他接替已调任省政府秘书长的周安，兼任某市委书记。\n", [("position", "周安", "省人民政府", "秘书长")]),
    ("某地新闻\n今年初，他接替已转任自治区常务副主席的扎西多吉，兼任某市委书记。\n",
     [("position", "扎西多吉", "自治区人民政府", "常务副主席")]),
])
def test_a_person_described_by_the_post_they_hold_now(text, expected):
    assert people(text, kinds=(Position,)) == sorted(expected)


def test_a_chronicles_date_glued_before_the_post():
    text = "某市大事记\n1989年 3月初某区划归某县管辖。   3月17-18日副省长周安、某市委书记吴平会见到某大学考察的客人。\n"
    got = people(text, kinds=(Position,))
    assert ("position", "周安", "省人民政府", "副省长") in got and not any(a[2].startswith("3月") for a in got)


def test_two_holders_joined_by_ji_in_a_streets_report():
    text = "某街道召开部署会议\n5月3日，东岭街道党工委书记赵明及办事处主任钱力出席会议。\n"
    assert people(text, kinds=(Position,)) == sorted([("position", "赵明", "东岭街道党工委", "书记"),
                                                      ("position", "钱力", "东岭街道办事处", "主任")])
