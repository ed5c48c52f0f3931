"""Office-holders named with their posts in reports and in leaders' division of work."""
from __future__ import annotations

import re

from govkg.extract.posts import split_posts
from govkg.facts import Position, Post
from govkg.nlp import extract
from govkg.notice import RawNotice


def positions(text: str) -> set[tuple[str, str, str]]:
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}


def test_meeting_report_names_holders_after_their_posts():
    got = positions("县十五届人大常委会召开第九次会议\n"
                    "9日，县十五届人大常委会召开第九次会议。县人大常委会主任王明主持会议，副主任李华、戈丽和、"
                    "张强及秘书长刘洋出席会议，县委常委、常务副县长陈刚，县检察院副检察长赵新应邀列席会议。\n"
                    "会议听取了县长周平提请的议案。\n")
    assert {("王明", "县人大常委会", "主任"), ("李华", "县人大常委会", "副主任"), ("戈丽和", "县人大常委会", "副主任"),
            ("张强", "县人大常委会", "副主任"), ("刘洋", "县人大常委会", "秘书长"), ("陈刚", "县委", "常委"),
            ("陈刚", "县人民政府", "常务副县长"), ("赵新", "县检察院", "副检察长"),
            ("周平", "县人民政府", "县长")} <= got
    assert not any(person in ("会议", "常务") for person, _, _ in got)


def test_division_of_work_posts_before_and_after_names():
    got = positions("市人民政府领导成员工作分工\n"
                    "市长孙亮：主持市政府全面工作。\n"
                    "常务副市长钱平负责市政府常务工作。\n"
                    "周涛副市长\n"
                    "兼市公安局局长，负责公安、司法行政工作。\n"
                    "教育、文化等工作由吴敏副市长负责。\n"
                    "卫生、体育等工作由国桂英副市长负责。\n"
                    "市长助理郑军协助管理招商引资工作。\n"
                    "秘书长冯伟负责市政府日常工作。\n")
    assert got == {("孙亮", "市人民政府", "市长"), ("钱平", "市人民政府", "常务副市长"),
                   ("周涛", "市人民政府", "副市长"), ("周涛", "市公安局", "局长"), ("吴敏", "市人民政府", "副市长"),
                   ("国桂英", "市人民政府", "副市长"),
                   ("郑军", "市人民政府", "市长助理"), ("冯伟", "市人民政府", "秘书长")}


def test_past_posts_and_decided_posts_are_not_stated_posts():
    got = positions("原副县长钱明已调离。会议决定任命县委副书记孙强同志为县人民政府副县长、代理县长。"
                    "会议决定接受李刚辞去县人民政府副县长职务的请求。副县长李刚在会上作了表态发言。\n")
    assert ("钱明", "县人民政府", "副县长") not in got
    assert not any(agency.startswith(("命", "任命")) for _, agency, _ in got)


def test_a_body_named_without_a_holder_carries_to_bare_titles():
    got = positions("受区人大常委会主任委托，副主任孙华主持会议，副主任白玛次仁、欧阳明，秘书长周强出席会议，"
                    "区人民法院院长郑平、区人民检察院检察长吴军和区监察委员会负责同志列席会议。\n")
    assert {("孙华", "区人大常委会", "副主任"), ("白玛次仁", "区人大常委会", "副主任"),
            ("欧阳明", "区人大常委会", "副主任"), ("周强", "区人大常委会", "秘书长"),
            ("郑平", "区人民法院", "院长"), ("吴军", "区人民检察院", "检察长")} <= got
    assert not any(agency.startswith("受") for _, agency, _ in got)


def test_an_election_list_broken_by_a_comma_keeps_its_post():
    got = positions("某县第三届人民代表大会选举赵明为县人民政府县长，钱平、孙立为副县长，"
                    "李强、周涛、吴敏，郑军、王华等五人为委员。此布。\n")
    assert {(n, "县人民政府", "委员") for n in ("李强", "周涛", "吴敏", "郑军", "王华")} <= got
    assert {("钱平", "县人民政府", "副县长"), ("赵明", "县人民政府", "县长")} <= got


def test_division_of_work_lines_opened_by_name_and_posts():
    got = positions("省人民政府领导同志工作分工\n"
                    "何平副省长，分管财政、审计工作。\n"
                    "许明省政府党组成员，省扶贫开发领导小组副组长，分管扶贫工作。\n"
                    "梁勇省政府党组副书记，兼任省公安厅厅长。\n"
                    "郑强作为常务副省长，负责省政府常务工作。\n")
    assert got == {("何平", "省人民政府", "副省长"), ("许明", "省人民政府", "党组成员"),
                   ("梁勇", "省人民政府", "党组副书记"), ("梁勇", "省公安厅", "厅长"),
                   ("郑强", "省人民政府", "常务副省长")}


def test_a_role_in_a_working_group_is_a_membership_not_a_post():
    got = positions("会上，县征兵工作领导小组组长、县长张辉作了讲话。\n")
    assert ("张辉", "县人民政府", "县长") in got
    assert not any(agency.endswith("小组") for _, agency, _ in got)


def test_head_of_state_and_signatures_glued_to_a_date():
    got = positions("国家主席习近平签署第五号主席令。\n国务院总理华国锋一九八○年四月二日\n")
    assert {("习近平", "中华人民共和国", "主席"), ("华国锋", "国务院", "总理")} <= got


def test_cells_of_a_flattened_table_are_not_a_signature():
    got = positions("序号 姓名 任职 免职\n1 区健华 区发展和改革局局长 区工业和信息化局局长\n")
    assert not any(person == "区工业" for person, _, _ in got)


def test_an_aside_after_a_name_stays_out_of_it():
    got = positions("市人大常委会副主任李华(女)、王强(回族)、赵敏出席会议。\n")
    assert {("李华", "市人大常委会", "副主任"), ("王强", "市人大常委会", "副主任"),
            ("赵敏", "市人大常委会", "副主任")} <= got



def test_an_appointee_is_not_read_as_a_holder_of_the_words_before_the_post():
    got = positions("决定：\n刘海同志挂职任县发展和改革委员会副主任，挂职期间由县委常委、组织部部长白玛次仁同志负责联系。\n")
    assert not any(agency.startswith("同志") for _, agency, _ in got)


def test_division_of_work_with_each_name_on_a_line_of_its_own():
    got = positions("某省人民政府领导同志工作分工\n具体分工如下:\n"
                    "赵明\n省长，主持省政府全面工作。\n"
                    "钱亮\n常务副省长，负责发展改革、财政方面工作。\n"
                    "孙强\n副省长兼任省公安厅厅长，负责公安、司法方面工作。\n"
                    "李华\n省政府党组成员，协助省长负责商务工作。\n")
    assert {("赵明", "省人民政府", "省长"), ("钱亮", "省人民政府", "常务副省长"), ("孙强", "省人民政府", "副省长"),
            ("孙强", "省公安厅", "厅长"), ("李华", "省人民政府", "党组成员")} <= got


def test_a_sentence_opening_with_bare_titles_names_holders_of_the_body_before():
    got = positions("某省人大常委会举行会议\n"
                    "省人大常委会主任赵明出席会议；副主任钱亮、孙强分别主持了全体会议。"
                    "党组副书记、副主任李华，副主任兼秘书长周涛出席会议。\n")
    assert {("钱亮", "省人大常委会", "副主任"), ("孙强", "省人大常委会", "副主任"), ("李华", "省人大常委会", "党组副书记"),
            ("李华", "省人大常委会", "副主任"), ("周涛", "省人大常委会", "副主任"), ("周涛", "省人大常委会", "秘书长")} <= got


def test_leaders_listed_one_a_line_name_then_posts():
    got = positions("三、出席人员\n(一)市级领导\n董 明 市委副书记、市人民政府市长\n于 强 市委常委、市委办主任\n"
                    "四、活动安排\n")
    assert {("董明", "市委", "副书记"), ("董明", "市人民政府", "市长"), ("于强", "市委", "常委"),
            ("于强", "市委办", "主任")} <= got


def test_names_end_where_the_sentence_goes_on():
    got = positions("某镇召开人民代表大会\n"
                    "会议听取了镇党委副书记、镇长张明所作《政府工作报告》和镇人大主席沈强所作的工作报告。"
                    "会上区应急指挥部办公室主任吴华汇报了有关情况，区水利局局长刘平出席。\n"
                    "会议确定区科技局局长李虎、区住建局局长邹涛、区水利和湖泊局局长刘登出席测评。\n")
    assert {("张明", "镇人民政府", "镇长"), ("沈强", "镇人大", "主席"), ("李虎", "区科技局", "局长"),
            ("邹涛", "区住建局", "局长"), ("刘登", "区水利和湖泊局", "局长"), ("刘平", "区水利局", "局长")} <= got
    assert not any(a.startswith(("会上", "确定")) or p in ("沈强所", "区水利") or a.endswith("指挥部办公室")
                   for p, a, _ in got)


def test_an_appointment_headline_gives_no_name_ending_in_ren():
    got = positions("某某辞去某省省长职务 郝明任代省长\n3月26日，某省人大常委会举行会议。\n")
    assert not any(p.endswith("任") or p == "任免" for p, _, _ in got)


def test_an_events_executive_committee_is_a_group_not_a_body():
    got = positions("某运动会筹备工作会议召开\n4月24日，筹备工作会议召开。市委常委、统战部部长、执委会常务副主任杨明出席会议。\n")
    assert ("杨明", "市委统战部", "部长") in got
    assert not any(a.endswith("执委会") for _, a, _ in got)


def test_posts_of_the_notices_own_government_and_its_armed_forces_department():
    got = positions("某旗人民政府办公室关于成立元宵节活动领导小组的通知\n"
                    "一、领导小组组成人员\n组 长：巴特尔 政府副旗长\n副组长：高明 政府办主任\n"
                    "成 员：曹平 县委常委、人武部部长\n")
    assert {("巴特尔", "旗人民政府", "副旗长"), ("高明", "旗人民政府办公室", "主任")} <= got
    assert ("曹平", "县人武部", "部长") in got and ("曹平", "县委人武部", "部长") not in got


def test_holders_said_to_hold_a_post_still_or_already():
    got = positions("某会议简况\n会议通过决议，甲某某、乙某某继续任国务院副总理；任命丙某某为国务委员。\n"
                    "前任某省省长赵明已任某省委书记。钱亮因已调任某省旅游局党组书记，请求辞去市长职务。\n")
    assert {("甲某某", "国务院", "副总理"), ("乙某某", "国务院", "副总理"), ("赵明", "某省委", "书记"),
            ("钱亮", "某省旅游局", "党组书记")} <= got


def test_posts_in_brackets_after_a_name_and_a_manager_title():
    got = positions("某市重点项目推进会召开\n参加会议的有：孙伟(某市供电公司党委副书记、总经理)、李强(某市交通局局长)。\n")
    assert {("孙伟", "某市供电公司", "党委副书记"), ("孙伟", "某市供电公司", "总经理"), ("李强", "某市交通局", "局长")} <= got


def test_heads_named_in_headings_and_reports():
    got = positions("某省重点工作责任分解\n一、赵明省长主抓重点工作\n省委书记钱亮传达了中央有关决定。\n"
                    "某市人民代表大会常务委员会关于某市人民政府副市长孙强代理市长的决定\n")
    assert {("赵明", "省人民政府", "省长"), ("钱亮", "省委", "书记"), ("孙强", "某市人民政府", "副市长")} <= got
    assert not any(a.startswith("关于") for _, a, _ in got)


def test_a_table_of_decisions_gives_no_post_of_a_body_named_ren():
    got = positions("某市人民政府关于张某等同志职务任免的通知\n姓名\n任免职务\n张明\n任市水利局局长\n王强\t任市财政局副局长\t试用期一年\n")
    assert not any(a.startswith(("任", "免")) for _, a, _ in got)


def test_name_printed_between_the_body_and_the_title():
    got = positions("某局正式挂牌\n参加挂牌仪式的有某省农业委员会陈某副主任，某省农机局成洪局长，某市农业委员会史长友副主任。"
                    "工作由省长王清宪负总责。\n1、督查组，由市煤炭安全局孙伟任组长。\n")
    assert {("陈某", "某省农业委员会", "副主任"), ("成洪", "某省农机局", "局长"), ("史长友", "某市农业委员会", "副主任"),
            ("王清宪", "省人民政府", "省长")} <= got
    assert not any(p.endswith("任") for p, _, _ in got)


def test_a_report_of_a_concurrent_post_and_the_chairman_of_the_npc_standing_committee():
    got = positions("某报道\n据公开报道，国务委员吴明华兼任国务院秘书长。李建国委员长主持会议。张立兼任市财政局局长。\n")
    assert {("吴明华", "国务院", "国务委员"), ("吴明华", "国务院", "秘书长"), ("李建国", "全国人大常委会", "委员长")} <= got
    assert not any(p == "张立" for p, _, _ in got)  # no post before the name: a decision, not a report


def test_no_post_of_a_dateline_a_colleague_or_a_masked_name_and_assistants_to_a_chairman():
    got = positions("某报道\n新华社纽约11月2日电 美国纽约州副州长凯西·霍楚出席活动。吕江同志代市长李延春作报告。"
                    "乡***乡长李承华出席。\n")
    assert not any(re.search(r"\d|同志|\*", a) for _, a, _ in got)
    assert not any("出席" in p for p, _, _ in got)
    assert [(p.agency, p.title) for p in split_posts("保监会主席助理、国家开发银行行长助理")] == [
        ("保监会", "主席助理"), ("国家开发银行", "行长助理")]


def test_a_head_of_government_title_after_a_comma_starts_a_new_post():
    got = positions("某区检查工作\n区委书记孙伟、区长钱进带队检查。镇党委书记李明、镇长王强、镇人大主席赵刚参加。\n")
    assert {("孙伟", "区委", "书记"), ("钱进", "区人民政府", "区长"), ("李明", "镇党委", "书记"),
            ("王强", "镇人民政府", "镇长"), ("赵刚", "镇人大", "主席")} <= got
    assert not any(p.startswith(("区长", "镇长")) for p, _, _ in got)


def test_a_post_reported_after_according_to_starts_after_it():
    got = positions("某钢铁集团职工会议召开\n据某省委组织部副部长张明介绍,经省委常委会研究决定,任命李华为某钢铁集团总经理。\n")
    assert ("张明", "某省委组织部", "副部长") in got
    assert not any(agency.startswith("据") for _, agency, _ in got)


def test_holders_listed_after_an_areas_party_committee_keep_its_bodies():
    got = positions("某区召开领导班子工作会\n8月3日上午,区党工委书记张明主持召开领导班子工作会,区党工委副书记、管委会主任李华,"
                    "党工委副书记王强,党工委委员、管委会副主任赵刚、钱进,群工部部长孙伟参会。\n")
    assert {("张明", "区党工委", "书记"), ("李华", "区党工委", "副书记"), ("李华", "区管委会", "主任"),
            ("王强", "区党工委", "副书记"), ("赵刚", "区党工委", "委员"), ("赵刚", "区管委会", "副主任"),
            ("钱进", "区党工委", "委员"), ("钱进", "区管委会", "副主任")} <= got
    assert not any(agency == "区管委会" and title.startswith("党工委") for _, agency, title in got)


def test_roster_of_office_holders_with_labels_and_continuation_lines():
    """A yearbook's roster: each post a label, holders apart by spaces, more on the lines below;
    a bare title takes the body of the label above it; a biography after the first name is skipped."""
    got = positions("市委书记:甲某某 1960年生,大学学历,1980年参加工作。\n"
                    "副书记:乙某某 付会某(女)\n"
                    "丁某某\n"
                    "市人大常委会主任:甲某某(兼)\n"
                    "副主任:戊某某 己某\n"
                    "市长:付会某 1958年生,研究生学历。\n"
                    "副市长:庚某某 辛某(女)\n"
                    "王 某\n"
                    "【概况】\n"
                    "某市位于某省北部。\n")
    assert got == {("甲某某", "市委", "书记"), ("乙某某", "市委", "副书记"), ("付会某", "市委", "副书记"),
                   ("丁某某", "市委", "副书记"), ("甲某某", "市人大常委会", "主任"), ("戊某某", "市人大常委会", "副主任"),
                   ("己某", "市人大常委会", "副主任"), ("付会某", "市人民政府", "市长"), ("庚某某", "市人民政府", "副市长"),
                   ("辛某", "市人民政府", "副市长"), ("王某", "市人民政府", "副市长")}


def test_a_lone_labelled_name_is_no_roster():
    assert positions("请于5月30日前报送。\n联系人:甲某某\n某市某局\n") == set()


def test_a_street_named_after_a_village_and_a_village_head_after_its_party_branch():
    """甲村街道党工委副书记、办事处主任: the street is 甲村街道 (not the village 甲村); 乙村党总支书记、主任:
    a Party branch has no 主任, the village committee has."""
    got = [(p.agency, p.title) for p in split_posts("某村街道党工委副书记、办事处主任、纪工委书记")]
    assert got == [("某村街道党工委", "副书记"), ("某村街道办事处", "主任"), ("某村街道纪工委", "书记")]
    got = [(p.agency, p.title) for p in split_posts("某某村党总支书记、主任")]
    assert got == [("某某村党总支", "书记"), ("某某村", "主任")]
    got = [(p.agency, p.title) for p in split_posts("某某社区党委副书记、副主任")]
    assert got == [("某某社区党委", "副书记"), ("某某社区", "副主任")]


def test_a_list_of_one_bodys_office_holders_under_its_heading():
    """某院总理、副总理、秘书长名单: each post then its holders, on its line or the line below, names glued
    where the copy lost the spaces; a note that removes a holder is a removal from that post."""
    from govkg.facts import Removal
    text = ("某某院总理、副总理、秘书长名单\n(1950—1954年)\n总理王某某\n(1950年1月1日某某会议任命)\n副总理\n"
            "李某某张某刘某某\n(1950年1月1日某某会议通过任命)\n秘书长陈某某\n后任命\n秘书长赵某某\n"
            "(1953年9月1日某某会议通过任命,同时免去陈某某秘书长职务)\n")
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    got = {(type(f).__name__, f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, (Position, Removal))}
    assert got == {("Position", "王某某", "某某院", "总理"), ("Position", "李某某", "某某院", "副总理"),
                   ("Position", "张某", "某某院", "副总理"), ("Position", "刘某某", "某某院", "副总理"),
                   ("Position", "陈某某", "某某院", "秘书长"), ("Position", "赵某某", "某某院", "秘书长"),
                   ("Removal", "陈某某", "某某院", "秘书长")}


def test_holder_followed_by_what_they_organise():
    got = positions("某县召开禁毒工作会议\n3月23日,县人民政府副县长、县公安局局长王某某组织各成员单位召开会议,部署禁毒工作。\n")
    assert {("王某某", "县人民政府", "副县长"), ("王某某", "县公安局", "局长")} <= got


def test_sentence_words_before_a_county_are_no_place():
    """这是该县认真贯彻落实市委书记甲某…: 这是该县 is no place, so no post of a body named 这是该县…市委."""
    got = positions("某县举行仪式\n日前,某县举行授牌仪式。这是该县认真贯彻落实市委书记王某某在该县调研时讲话精神的一项举措。\n")
    assert not any(agency.startswith("这") for _, agency, _ in got)


def test_a_units_liaison_is_a_post():
    """成员: 甲某 某局联络员: a unit's liaison to a working body holds a post of that unit (so does a
    Party committee's 组织员), and the member list runs on past such lines."""
    from govkg.facts import Membership
    text = ("关于成立某街道疫情防控指挥部的通知\n各村(社区)、各办局:\n经研究,决定成立某街道疫情防控指挥部,相关事宜通知如下:\n"
            "总 指 挥:王某某 某街道党工委书记\n成 员:李某某 党政办公室联络员\n张某某 行政审批局联络员\n"
            "赵某某 县委组织员\n刘某某 某村党总支书记、主任\n")
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    got = {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}
    assert {("李某某", "党政办公室", "联络员"), ("张某某", "行政审批局", "联络员")} <= got
    members = {(f.person, f.role) for f in facts if isinstance(f, Membership)}
    assert {("李某某", "成员"), ("张某某", "成员"), ("赵某某", "成员"), ("刘某某", "成员")} <= members
    assert ("赵某某", "县委", "组织员") in got


def test_a_province_short_name_locating_a_city():
    """辽宁某阳市市长甲: a news report locates a city by its province's short name; the post is the city's.
    A province printed in full (某苏省某京市) and a city named like its province (吉林市…) stay."""
    assert [p.agency for p in split_posts("辽宁沈阳市市长、广西南宁市委书记")] == ["沈阳市人民政府", "南宁市委"]
    assert [p.agency for p in split_posts("吉林市文旅集团有限公司总经理")] == ["吉林市文旅集团有限公司"]
    assert [p.agency for p in split_posts("江苏省南京市人民政府副市长")] == ["江苏省南京市人民政府"]
    got = positions("某某新闻\n记者查阅资料发现,除王某某外,还有辽宁沈阳市市长李某某、江苏南京市市长张某某。\n")
    assert {("李某某", "沈阳市人民政府", "市长"), ("张某某", "南京市人民政府", "市长")} <= got
    assert not any(agency.startswith("还有") for _, agency, _ in got)


def test_a_streets_own_list_prints_its_party_working_committee_bare():
    """In a street's own list the Party working committee is printed bare (党工委副书记、办事处主任): the
    body as printed; a name padded before it stays whole."""
    assert [(p.agency, p.title) for p in split_posts("党工委副书记、办事处主任")] == [("党工委", "副书记"), ("办事处", "主任")]
    # a bare 党委书记 is the committee as printed (a school's or a unit's own list, as the golds of layouts157,
    # real25 and real32 read it); 中轻集团新任党委书记 is kept from being a person's appointment by personnel
    # (people40: test_the_new_before_a_post_is_no_appointment)
    assert [(p.agency, p.title) for p in split_posts("党委书记")] == [("党委", "书记")]


def test_one_persons_posts_split_by_a_comma_and_a_reported_act():
    """副县长、县公安局局长，县禁毒办第二主任甲部署了…: a run of posts with no name, then a comma, then more
    posts and the name are one person's; not when the run before holds a name (某局局长乙任常务副组长，) or
    a post of the same body (某会党组书记，某会党组成员丙: two people)."""
    got = positions("某县召开禁毒工作会议\n9日,县委常委、县政法委书记王某某,副县长、县公安局局长,县禁毒办第二主任李某某部署了禁毒工作。\n")
    assert {("李某某", "县人民政府", "副县长"), ("李某某", "县公安局", "局长"), ("李某某", "县禁毒办", "第二主任"),
            ("王某某", "县委", "常委")} <= got
    got = positions("某区召开会议\n会见时,区人大常委会党组书记,区人大常委会党组成员张某某出席会议。\n")
    assert ("张某某", "区人大常委会", "党组书记") not in got


def test_a_roster_names_one_person_once():
    """甲某 under 市委书记 and again under 市人大常委会主任(兼): one mention of one person."""
    text = "市委书记:王某某 1960年生\n副书记:李某某\n市人大常委会主任:王某某(兼)\n副主任:张某某\n"
    facts = [f for f in extract(RawNotice(source="inline.txt", index=0, text=text)).facts
             if isinstance(f, Position) and f.person == "王某某"]
    assert len(facts) == 2 and facts[0].person_span == facts[1].person_span


def test_discipline_and_supervisory_commissions_are_the_levels_own():
    """区委常委、纪委书记、监委主任: the commissions after a Party committee's post are the level's own
    bodies (区纪委, 区监委), not departments of the Party committee (not 区委纪委)."""
    got = positions("某区召开会议\n区委常委、纪委书记、监委主任王某某列席会议。\n")
    assert {("王某某", "区委", "常委"), ("王某某", "区纪委", "书记"), ("王某某", "区监委", "主任")} <= got
    assert [p.agency for p in split_posts("市委常委、宣传部部长")] == ["市委", "市委宣传部"]


def test_a_holder_of_a_rarer_common_surname_after_the_post():
    """市人大常委会主任弓某某主持会议: 弓 is a surname like any other."""
    assert ("弓某某", "市人大常委会", "主任") in positions("某市会议\n市人大常委会主任弓某某主持会议。\n")


def test_deputy_in_charge_and_holders_whose_report_was_heard():
    """听取分管副县长甲和县安办主任乙的工作汇报: 分管 before a post, 的工作汇报 after a name."""
    got = positions("某县会议\n会上,县长王某在听取分管副县长刘某某和县安办主任姚某的工作汇报后,作了部署。\n")
    assert {("王某", "县人民政府", "县长"), ("刘某某", "县人民政府", "副县长"), ("姚某", "县安办", "主任")} <= got


def test_a_candidacy_ends_the_posts_but_the_posts_before_it_are_held():
    """某县委副书记、县人民政府县长候选人提名人选甲: the Party post is held, the candidacy is no post; the same
    post named again by its level only (县委副书记) is one post."""
    got = positions("某县会议\n会议现场 某某县委副书记、县人民政府县长候选人提名人选侯某某 会议宣读了方案。\n"
                    "县委副书记、县人民政府县长候选人提名人选侯某某要求,各单位提高认识。\n")
    assert ("侯某某", "某某县委", "副书记") in got
    assert not any(title.startswith("县长") or agency == "县委" for _, agency, title in got)


def test_a_wiki_roster_of_one_term_of_a_government():
    """A wiki's page on one term of a government (第一届某省人民委员会): bulleted lines ``- 副省长:甲、乙(注)``
    after an edit link, names apart by 、, tenure notes and reference marks after them; the bare titles
    are posts of the body the page is about, and a note's ``…任代省长`` is a post too. A heading below
    the roster is no holder; 省长为甲 in the prose is that body's 省长 as well."""
    text = ("第一届某某省人民委员会\n外观\n第一届某某省人民委员会是某某省的第一届人民政府,省长为王某某、李某。\n"
            "组成人员\n[编辑]- 省长:王某某(至1957年9月)、李某(自1958年3月起)\n"
            "- 副省长:张某、刘某某(1957年9月至1958年3月任代省长)\n- 委员:陈某、赵某某、周某\n"
            "- 副秘书长:吴某某[1]:293-294\n下设机构\n[编辑]截止1955年12月,共设有工作机构36个\n")
    got = positions(text)
    body = "某某省人民委员会"
    assert {("王某某", body, "省长"), ("李某", body, "省长"), ("张某", body, "副省长"), ("刘某某", body, "副省长"),
            ("刘某某", body, "代省长"), ("陈某", body, "委员"), ("赵某某", body, "委员"), ("周某", body, "委员"),
            ("吴某某", body, "副秘书长")} == got


def test_the_premier_named_between_the_council_and_the_title():
    """国务院甲某某总理主持会议 (older news): the State Council's premier; 国务院乙某副总理 its vice-premier."""
    got = positions("国务院举行全体会议\n国务院今天举行全体会议，国务院周某某总理主持会议。国务院李某副总理出席。\n")
    assert {("周某某", "国务院", "总理"), ("李某", "国务院", "副总理")} <= got


def test_heads_elected_in_the_years_of_peoples_councils():
    """1955年…选举甲为省长…组成省人民委员会; 增选乙为副省长: in 1954–1967 a province's government was its people's
    council, so a head's post dated in those years is a post of 省人民委员会; one dated 1950 or 1980 is not."""
    got = positions("某某省人民委员会\n1955年2月，某某省第一届人民代表大会第二次会议选举张某某为省长，李某、王某某为副省长，"
                    "组成省人民委员会。1956年，会议增选刘某为副省长。\n")
    assert got == {("张某某", "省人民委员会", "省长"), ("李某", "省人民委员会", "副省长"),
                   ("王某某", "省人民委员会", "副省长"), ("刘某", "省人民委员会", "副省长")}
    got = positions("某某省人民政府\n1950年，会议选举张某某为省长。1955年起为省人民委员会。1980年，会议选举李某为省长。\n")
    assert {("张某某", "省人民政府", "省长"), ("李某", "省人民政府", "省长")} <= got


def test_a_list_of_contributors_name_colon_posts():
    """甲某某:某街道党工委书记。乙某:某街道办事处主任。 (a book's or report's list of authors): each a holder;
    a note in brackets after the posts (挂职,派出单位为…) is no part of them."""
    got = positions("某街道社区自治\n作者简介 王某某:某某街道党工委书记。李某:某某街道办事处主任。\n"
                    "赵某某:某某街道党工委副书记(挂职,派出单位为某区某局)。\n")
    assert got == {("王某某", "某某街道党工委", "书记"), ("李某", "某某街道办事处", "主任"),
                   ("赵某某", "某某街道党工委", "副书记")}


def test_a_clause_naming_a_holder_is_no_body():
    """成立了由党工委书记甲任组长、办事处主任乙…任副组长的领导小组: ``党工委书记甲任`` is a clause, no body."""
    got = positions("某街道召开会议\n某街道成立了由党工委书记张某某任组长、办事处主任王某某、党工委副书记李某任副组长，"
                    "分包副职领导为成员的专项斗争工作领导小组。\n")
    assert not any(agency.endswith("任") for _, agency, _ in got)


def test_holders_in_news_accompanied_and_visiting():
    """在市长甲的陪同下，省委常委、副省长乙到我市调研: a holder before 的陪同, one before 到我市."""
    got = positions("某市新闻\n在市长王某某的陪同下，省委常委、副省长李某某到我市调研。市领导张某、刘某某参加。\n")
    assert got == {("王某某", "市人民政府", "市长"), ("李某某", "省委", "常委"), ("李某某", "省人民政府", "副省长")}


def test_rosters_over_years_with_dotted_tenures_and_spaced_labels():
    """``市长：甲（1983.3—1985.6）、乙（1985.6—1990.1）``: dotted tenure notes are no words; on the page of a
    government over years (``某某省人民政府（1949—1955）``) a label set off by spaces (``副主席　甲　乙``) opens a
    roster line, and the bare titles are that government's posts."""
    got = positions("某市历任领导\n市长：张某某（1983.3—1985.6）、李某（1985.6—1990.1）\n副市长：王某某、赵某（女）\n")
    assert {("张某某", "市人民政府", "市长"), ("李某", "市人民政府", "市长"), ("王某某", "市人民政府", "副市长"),
            ("赵某", "市人民政府", "副市长")} == got
    got = positions("某某省人民政府（1949—1955）\n主席　张某某\n副主席　陈某某　李某某\n委员　周某　吴某某\n")
    body = "某某省人民政府"
    assert {("张某某", body, "主席"), ("陈某某", body, "副主席"), ("李某某", body, "副主席"), ("周某", body, "委员"),
            ("吴某某", body, "委员")} == got


def test_a_body_ending_in_a_joining_word_is_none():
    """新人大主席甲和…镇长乙: ``新人大主席甲和`` is a piece of a sentence, no body."""
    from govkg.extract.holders import plausible_post
    assert not plausible_post(Post(agency="新人大主席张某和", title="镇长", span=(0, 1)))
    assert plausible_post(Post(agency="镇人民政府", title="镇长", span=(0, 1)))


def test_holders_who_take_a_role_and_former_holders():
    """主任由国务院副总理甲担任: 甲 holds 副总理 (the name ends before 担任); 此前由国务院副总理乙担任主任, 时任…:
    former posts, no rows."""
    got = positions("某委员会组成人员调整\n委员会主任由国务院副总理韩某担任，副主任由国务院副秘书长李某担任。"
                    "此前由国务院副总理钱某某担任主任。\n")
    assert {("韩某", "国务院", "副总理"), ("李某", "国务院", "副秘书长")} <= got
    assert not any(person == "钱某某" for person, _, _ in got)


def test_the_citys_cppcc_and_a_leader_visiting_a_district():
    """市政协主席甲等市领导出席 (市政协 is the city's CPPCC, not 市政 works); 副市长乙到某某区调研."""
    got = positions("某会议\n市人大常委会主任张某、市政协主席刘某某等市领导出席会议。副市长吴某到某某区调研防汛工作。\n")
    assert {("张某", "市人大常委会", "主任"), ("刘某某", "市政协", "主席"), ("吴某", "市人民政府", "副市长")} <= got


def test_former_holders_named_with_a_past_word_before_the_post():
    """前任县委书记甲, 时任副市长乙, 原市长丙: former posts, no rows (not a body 前任县委)."""
    got = positions("某新闻\n原市长钱某某出席。前任县委书记孙某某参加活动。时任副市长吴某某主持。新任市长郑某某讲话。\n")
    assert got == {("郑某某", "市人民政府", "市长")}



def test_a_named_province_keeps_its_name_on_the_council():
    """选举甲为省长 (1955) in a line naming the province: 某某省人民政府 -> 某某省人民委员会."""
    got = positions("某某省人民委员会\n1955年2月，某某省第一届人民代表大会第二次会议选举叶某为省长，张某某为副省长。\n")
    assert {(p, t) for p, a, t in got if a.endswith("人民委员会")} == {("叶某", "省长"), ("张某某", "副省长")}
    assert not any(a.endswith("人民政府") for _, a, _ in got)


def test_a_roster_line_of_names_glued_together():
    """副主席　甲某某乙某某丙某某 (a copy dropped the spaces): cut into names, each a holder."""
    got = positions("某某省人民政府（1949—1955）\n主席　张某某\n副主席　陈某远李某仁雷某天\n")
    body = "某某省人民政府"
    assert {("陈某远", body, "副主席"), ("李某仁", body, "副主席"), ("雷某天", body, "副主席")} <= got


def test_roster_bare_titles_of_other_bodies_under_a_party_committee():
    # 市委第一书记:甲 / 院长:乙 / 检察长:丙: a court's or procuratorate's head is no post of the 市委 above
    got = positions("1984年某市\n主要官员\n- 市委第一书记:陈甲\n- 院长:华乙\n- 检察长:王丙\n- 主席:李丁\n-\n市长汪戊\n大事记\n")
    assert ("陈甲", "市委", "第一书记") in got and ("汪戊", "市人民政府", "市长") in got
    assert not any(agency == "市委" and person != "陈甲" for person, agency, _ in got)
    # a party roster keeps its own bare titles, a government head its government
    got = positions("某县领导\n县委书记:陈甲\n副书记:华乙 王丙\n县长:李丁\n")
    assert {("华乙", "县委", "副书记"), ("王丙", "县委", "副书记"), ("李丁", "县人民政府", "县长")} <= got


def test_bare_street_bodies_take_the_one_street_a_report_names():
    # ，某某街道围绕…，街道办事处主任甲…: the street's own office
    got = positions("6月4日，乙庆街道围绕区委区政府的要求，街道办事处主任袁甲主持召开乙庆街道生活垃圾分类专题会议。"
                    "街道办事处副主任李乙、范丙参加会议。\n")
    assert got == {("袁甲", "乙庆街道办事处", "主任"), ("李乙", "乙庆街道办事处", "副主任"), ("范丙", "乙庆街道办事处", "副主任")}
    # 党工委书记甲, 办事处主任乙 (no level printed) in a report on one street; 会议由街道…: no street named 会议由
    got = positions("某新闻\n工作开展以来，乙庆街道成立了由党工委书记张甲任组长、办事处主任李丙、党工委副书记王乙任副组长，"
                    "分包副职领导为成员的专项领导小组。\n")
    assert got == {("张甲", "乙庆街道党工委", "书记"), ("王乙", "乙庆街道党工委", "副书记"), ("李丙", "乙庆街道办事处", "主任")}
    got = positions("某新闻\n近日，某区乙庆街道召开会议。会议由街道党工委副书记王乙主持。\n")
    assert got == {("王乙", "乙庆街道党工委", "副书记")}
    # two streets named: the bare body stays as printed
    got = positions("6月4日，乙庆街道和丙山街道召开会议。\n街道办事处主任袁甲主持会议。\n")
    assert ("袁甲", "街道办事处", "主任") in got


def test_bare_titles_after_a_sentence_that_sets_up_a_body():
    # 成立了“某县某某委员会”。委员长甲(伪县长)；副委员长乙、丙: the officers of the body just set up;
    # an aside in brackets after a name does not hide the name
    got = positions("第四节 人民政府\n  于8月25日成立了“某县地方维持委员会”。委员长王甲(伪县长);副委员长王乙、孟丙、满丁等人。\n")
    assert got == {("王甲", "某县地方维持委员会", "委员长"), ("王乙", "某县地方维持委员会", "副委员长"),
                   ("孟丙", "某县地方维持委员会", "副委员长"), ("满丁", "某县地方维持委员会", "副委员长")}


def test_a_person_who_takes_a_post_with_chu_ren():
    # 由原组长甲出任第一任新的市纪委书记 / 由乙出任…: the post taken; 将出任 (future) and 曾出任 (past) give none
    got = positions("某新闻\n1984年，正式重新成立市纪委，由原组长王甲出任第一任新的市纪委书记。\n"
                    "会议决定，由赵丙出任市审计局局长。李乙将出任市长。钱丁曾出任县长。\n")
    assert got == {("王甲", "市纪委", "书记"), ("赵丙", "市审计局", "局长")}


def test_name_before_di_yi_shi_jian():
    # 街道办事处主任甲第一时间主持召开…: 第一时间 (at once) follows the name
    got = positions("某新闻\n6月4日，区城管局局长袁甲第一时间主持召开专题会议。\n")
    assert got == {("袁甲", "区城管局", "局长")}


def test_name_before_a_verb_of_speaking_to_the_press():
    # 某中心执行主任甲告诉记者 / 某局局长乙认为 / 丙透露: the verb follows the name
    got = positions("某新闻\n“某某意义重大。”某某大学某某研究中心执行主任王甲告诉记者。市发改委主任李乙认为，……\n")
    assert got == {("王甲", "某某大学某某研究中心", "执行主任"), ("李乙", "市发改委", "主任")}


def test_a_person_elected_to_a_post_in_a_report():
    # 甲是在某会议上当选为某省政协副主席后… / 乙在…会议上当选为县长: the person opening the clause holds it;
    # a clause naming no one, or 曾当选 (past), gives none
    got = positions("某新闻\n陈甲是在政协某省九届一次会议上当选为某省政协副主席后，向某市人大常委会递交辞呈。\n"
                    "李乙在某县十届人大一次会议上当选为县长。\n1997年3月25日在某市十届人大四次会议上当选为市长。王丙曾当选为市长。\n")
    assert got == {("陈甲", "某省政协", "副主席"), ("李乙", "县人民政府", "县长")}


def test_a_leaders_page_name_colon_posts_of_several_bodies():
    """A government's leaders page: ``乙某:第二十届中央候补委员，某省委副书记，省人民政府常务副省长、党组副书记。``
    (the posts of each body parted by commas; a rank in the central committee no post of a body); a name joined by ·."""
    got = positions("某省人民政府\n领导信息\n"
                    "王某某:第二十届中央候补委员，某省委副书记，省人民政府常务副省长、党组副书记。\n"
                    "甲热·洛某:某省人民政府副省长。\n")
    assert got == {("王某某", "某省委", "副书记"), ("王某某", "省人民政府", "常务副省长"), ("王某某", "省人民政府", "党组副书记"),
                   ("甲热·洛某", "某省人民政府", "副省长")}


def test_the_chair_of_a_congress_session_is_no_post():
    """``镇党委书记、主席团常务主席甲主持会议``: the session's presidium chair is a role of the session, not a standing post."""
    got = positions("某镇召开人民代表大会\n9月24日，某镇第十八届人民代表大会第一次会议举行。镇党委书记、主席团常务主席梁某主持会议。\n")
    assert got == {("梁某", "镇党委", "书记")}


def test_heads_named_before_their_titles_in_relayed_words():
    """``副县长甲传达乙省长和丙常务副省长关于…的指示`` (a verb that relays, 和 between two heads, 关于 after the title);
    ``某某区丁副区长、…参加会议`` (the place before the name is the government's)."""
    got = positions("某县召开会议\n副县长金某某同志传达陈某某省长和翁某某常务副省长关于农民工工资支付工作的指示精神。\n"
                    "某某区杜某某副区长参加会议。\n")
    assert got == {("金某某", "县人民政府", "副县长"), ("陈某某", "省人民政府", "省长"), ("翁某某", "省人民政府", "常务副省长"),
                   ("杜某某", "某某区人民政府", "副区长")}


def test_a_body_then_its_heads_name_then_the_title():
    """News: ``消防支队甲支队长以及…参加会议``, ``会议由区应急办乙主任主持``, ``由市政府办丙主任主持`` (the body as
    printed, 市政府 its full name): the head of the body printed before the name."""
    got = positions("某区召开消防工作调度会\n11月12日，某区召开消防工作调度会。消防支队任某某支队长以及各镇主管领导参加会议。"
                    "会议由区应急办赵某主任主持。\n拟于近期由市政府办郑某主任主持召开征求意见会。\n")
    assert got == {("任某某", "消防支队", "支队长"), ("赵某", "区应急办", "主任"), ("郑某", "市人民政府办", "主任")}


def test_an_elections_results_in_a_report():
    """A report of a congress's elections: ``甲当选某区第五届人大常委会主任，乙、丙当选为副主任``: each name of
    a list takes the post; a bare deputy's title is of the body elected to before it; the congress's term
    stays in its name; the headline, which the body restates, gives nothing of its own."""
    got = positions("孙丁当选北京某区区长\n昨天，某区第五届人民代表大会第一次会议闭幕。"
                    "其中，李甲当选某区第五届人民代表大会常务委员会主任，王乙、赵丙当选为副主任。\n"
                    "孙丁当选为某区人民政府区长，周戊、吴己当选为副区长。\n")
    assert got == {("李甲", "某区第五届人民代表大会常务委员会", "主任"), ("王乙", "某区第五届人民代表大会常务委员会", "副主任"),
                   ("赵丙", "某区第五届人民代表大会常务委员会", "副主任"), ("孙丁", "某区人民政府", "区长"),
                   ("周戊", "某区人民政府", "副区长"), ("吴己", "某区人民政府", "副区长")}


def test_a_holder_joined_to_the_list_before_by_he_or_yu():
    """``副省长甲、乙和省政府秘书长丙出席会议``: the posts of the last holder begin after 和, not at the name
    before it; ``甲一行与省政协副主席乙``: a visiting party joined to its host by 与."""
    got = positions("某省政府常务会议\n省长李甲主持会议。副省长王乙、赵丙和省政府秘书长孙丁出席会议。\n"
                    "周戊一行与省政协副主席吴己，市委副书记郑庚等一起考察。\n")
    assert got == {("李甲", "省人民政府", "省长"), ("王乙", "省人民政府", "副省长"), ("赵丙", "省人民政府", "副省长"),
                   ("孙丁", "省人民政府", "秘书长"), ("吴己", "省政协", "副主席"),
                   ("郑庚", "市委", "副书记")}


def test_a_name_does_not_end_with_the_act_after_it():
    """``会议由区人大常委会主任石主持`` (a page that deleted the name: 石 is all that is left) and
    ``代县长陈甲说``: the act the report narrates (主持, 说) is no part of a name."""
    from govkg.facts import Position
    from govkg.nlp import extract
    from govkg.notice import RawNotice
    nf = extract(RawNotice(source="inline.txt", index=0, meta={},
                           text="某会议召开\n会议由区人大常委会主任石主持。区人大常委会党组成员涂应邀出席会议。代县长陈甲说，本县将推进建设。"
                                "某省人大常委会主任易人，另有多个副职调整。\n"))
    people = {f.person for f in nf.facts if isinstance(f, Position)}
    assert people == {"陈甲"}


def test_a_holder_named_inside_the_post_before_what_they_said():
    """``市委李甲书记关于安全生产的批示``: a name between the body and the title, then 关于/的批示."""
    from govkg.facts import Position
    from govkg.nlp import extract
    from govkg.notice import RawNotice
    nf = extract(RawNotice(source="inline.txt", index=0, meta={},
                           text="某会议召开\n会议传达了《某通知》及市委李甲书记关于安全生产的批示精神。\n"))
    assert {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)} == {
        ("李甲", "市委", "书记")}
