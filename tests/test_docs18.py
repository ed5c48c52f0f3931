"""Document rows and assignments of real pages (session 15, docs18). A news story's headline stands for the title it
lacks where the page prints under it what a news page prints (a wire's dateline, a posting-time line, a source label),
whatever noise stands over it (a hijacked mirror's keyword line, a reposting site's 原标题: label) and whatever marks
split it (a colon, an exclamation, a question); the date a gazette prints with the number is the signing date; an
untitled cover letter is titled by the attachment it sends; a town's joint issuers glued in a title are two bodies;
由X牵头，会同Y… gives Y support; a division of duties announced inside a sentence, one share after each comma; the
words before a number cited in running text are no part of it. Every text is made up."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


LEAD = "近日，某市某某工作领导小组召开全体成员会议，研究部署下一阶段重点工作，要求各成员单位压实责任、狠抓落实。\n"


@pytest.mark.parametrize("head, under, title", [
    # a headline in two parts, a colon between them, over a wire's dateline
    ("青禾区:秋季森林防火紧急会议召开", "青禾新闻网9月3日讯(记者 某某)9月2日，青禾区召开秋季森林防火紧急会议。",
     "青禾区:秋季森林防火紧急会议召开"),
    ("白沙县:春耕备耕工作调度会召开", "本报讯(通讯员 某某)白沙县日前召开春耕备耕工作调度会。", "白沙县:春耕备耕工作调度会召开"),
    # an exclamation or a question between its parts, over the posting line
    ("国庆将至!某省拥军办部署重点工作", "发布时间: 2021-09-20 10:23 | 来源: 某某报", "国庆将至!某省拥军办部署重点工作"),
    ("乡镇合并的来龙去脉,你了解多少?", "发布时间:2019-04-11 08:30 来源:某某日报", "乡镇合并的来龙去脉,你了解多少"),
    # a traditional-character page's source label under the headline
    ("某區:冬季供暖保障工作會議召開", "來源:某某區融媒體中心 2020-11-02", "某區:冬季供暖保障工作會議召開"),
])
def test_a_news_headline_over_its_posting_line_is_the_title(head, under, title):
    d = doc(f"{head}\n{under}\n{LEAD}")
    assert d.title.rstrip("?？") == title
    assert d.number is None


def test_a_hijacked_mirrors_keyword_line_over_the_headline_is_skipped():
    text = ("免费影视在线,高清剧集免费看,最新电影在线播放,手机视频一区在线\n\n"
            "某部副部长赴某省调研督导拥军优属工作\n"
            "来源:某部网站 责任编辑:某某 2016-05-12 16:40\n" + LEAD)
    assert doc(text).title == "某部副部长赴某省调研督导拥军优属工作"


def test_a_reposting_sites_label_before_the_headline_is_no_part_of_it():
    text = "原标题:依法履职回应群众期盼\n" + LEAD
    assert doc(text).title == "依法履职回应群众期盼"


@pytest.mark.parametrize("under", [
    "近日，某市某某工作领导小组召开全体成员会议，研究部署下一阶段重点工作。",  # a lead sentence, no posting line
    "某某工作要点如下:",
])
def test_a_two_part_line_over_running_text_is_no_headline(under):
    text = f"某某县:春季防汛工作安排\n{under}\n{LEAD}"
    assert doc(text).title != "某某县:春季防汛工作安排"


BODY = "为做好某某工作，经研究，现就有关事项通知如下：\n一、提高认识，加强领导。\n二、明确分工，落实责任。\n"


@pytest.mark.parametrize("head, signed", [
    # the number and the date in brackets under the title, as a gazette prints them
    ("(青政办发〔2011〕17号 二○一一年三月九日)\n", "2011-03-09"),
    # the date on the line under the number, the addressees run on after it
    ("青政办发[2006]42号\n2006年7月21日各县(市、区)人民政府,市政府各部门:\n", "2006-07-21"),
    # a law database's date under the number in brackets
    ("(青政办发〔2013〕8号)\n2013-04-02\n", "2013-04-02"),
])
def test_the_date_a_gazette_prints_with_the_number_is_the_signing_date(head, signed):
    text = "青川市人民政府办公室关于做好某某工作的通知\n" + head + BODY
    d = doc(text)
    assert d.number is not None and d.signed == signed


def test_a_date_under_the_number_that_opens_a_sentence_is_not_the_signing_date():
    text = ("青川市人民政府办公室关于做好某某工作的通知\n青政办发〔2013〕8号\n"
            "2013年4月2日，市政府召开常务会议，研究某某工作。\n" + BODY)
    assert doc(text).signed is None


def test_a_lead_with_the_bodies_it_works_with_under_a_task_heading():
    text = ("关于开展冬季防火专项整治工作的通知\n各村（社区）、镇直各单位：\n为做好冬季防火工作，现就有关事项通知如下：\n"
            "一、加强宣传教育\n各村要广泛宣传防火知识。\n"
            "二、建立巡查通报机制\n由镇应急办牵头，会同镇党政办、林业站、水务站、供电所等部门开展专项巡查，对发现隐患的单位及时通报。\n"
            "青山镇人民政府\n2022年11月3日\n")
    rows = {(f.task, f.role, f.agency) for f in extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts
            if type(f).__name__ == "Assignment"}
    assert ("建立巡查通报机制", "lead", "镇应急办") in rows
    assert {a for t, r, a in rows if t == "建立巡查通报机制" and r == "support"} == {"镇党政办", "林业站", "水务站", "供电所"}


def test_an_untitled_cover_letter_is_titled_by_the_attachment_it_sends_unmarked():
    text = ("各乡镇人民政府、街道办事处，县直有关单位：\n"
            "根据工作需要，经县总河长同意，对县级河长及其责任河段进行调整，现将调整后的县级河长名单印发给你们，请做好衔接工作。\n"
            "附件：1.青川县县级河长名单\n2.青川县县级河长责任河段\n"
            "青川县河长制办公室\n2023年4月6日\n"
            "附件1\n青川县县级河长名单\n总河长：某某某 县委书记\n")
    d = doc(text)
    assert d.title == "青川县县级河长名单"


def test_a_cover_letter_that_sends_nothing_is_not_titled_by_its_attachment():
    text = ("各乡镇人民政府、街道办事处，县直有关单位：\n"
            "为做好汛期河道巡查工作，请各单位按照附件要求报送巡查情况。\n"
            "附件：1.青川县河道巡查情况统计表\n"
            "青川县河长制办公室\n2023年4月6日\n"
            "附件1\n青川县河道巡查情况统计表\n")
    assert doc(text).title != "青川县河道巡查情况统计表"


@pytest.mark.parametrize("head, issuer", [
    ("中共青山镇委员会青山镇人民政府", "中共青山镇委员会、青山镇人民政府"),  # a town's Party committee and government, glued
    ("中共白水乡委员会白水乡人民政府", "中共白水乡委员会、白水乡人民政府"),
    ("中共青山镇委员会", "中共青山镇委员会"),
    ("青山镇人民政府", "青山镇人民政府"),
])
def test_a_towns_joint_issuers_glued_in_the_title(head, issuer):
    text = f"{head}关于认真做好2023年村级组织换届工作的实施意见\n各村党支部、村民委员会：\n" + BODY
    assert doc(text).issuer == issuer


def assignments(text: str) -> set[tuple[str, str, str]]:
    facts = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts
    return {(f.task, f.role, f.agency) for f in facts if type(f).__name__ == "Assignment"}


def test_a_division_of_duties_announced_inside_a_sentence():
    text = ("关于调整青川市物流园区管理体制的通知\n各区人民政府，市政府各部门：\n"
            "园区管委会的主要职责是统一协调园区的发展。具体分工：市商务局牵头，主要负责园区的招商引资工作。"
            "市交通局负责园区道路的规划建设及与上级主管部门的沟通协调工作。\n青川市人民政府办公室\n2019年5月6日\n")
    rows = assignments(text)
    assert ("主要负责园区的招商引资工作", "lead", "市商务局") in rows
    assert ("负责园区道路的规划建设及与上级主管部门的沟通协调工作", "responsible", "市交通局") in rows


def test_a_traditional_character_division_one_share_after_each_comma():
    text = ("青川市重點項目掛鉤推進\n今年重點項目繼續由市領導掛鉤推進。"
            "市發改委、市能源中心牽頭全面統籌、協調推進重點項目工作。"
            "市工信局具體負責產業項目,市交通局具體負責交通項目,市水利局具體負責水利項目。\n")
    rows = assignments(text)
    assert ("全面統籌、協調推進重點項目工作", "lead", "市發改委") in rows
    assert ("全面統籌、協調推進重點項目工作", "lead", "市能源中心") in rows
    assert {("具體負責產業項目", "responsible", "市工信局"), ("具體負責交通項目", "responsible", "市交通局"),
            ("具體負責水利項目", "responsible", "市水利局")} <= rows


def test_the_heads_of_bodies_who_accompany_a_visit_are_no_division_of_duties():
    text = ("青川市领导督导创建工作\n9月3日，副市长某某督导创建工作，区卫健委主要负责同志陪同督导，"
            "区应急局主要负责同志陪同督导，区民政局主要负责同志陪同督导，区城管局负责人陪同。\n")
    assert assignments(text) == set()


@pytest.mark.parametrize("sentence", [
    "請各地區、各部門認真學習領會青發〔2001〕5號文件精神，深入調查研究。",
    "請各單位根據青發〔2001〕5號文件要求，抓好落實。",
    "请各单位认真学习领会青发〔2001〕5号文件精神。",
])
def test_the_words_before_a_number_cited_in_running_text_are_no_part_of_it(sentence):
    text = "青川市人民政府辦公廳關于做好某某工作的通知\n青政辦發〔2001〕9號\n各區人民政府：\n" + sentence + "\n"
    facts = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts
    numbers = {f.number for f in facts if type(f).__name__ == "Citation"}
    assert numbers == {"青發〔2001〕5號"} or numbers == {"青发〔2001〕5号"}


def test_a_headline_of_three_clauses_is_no_keyword_line():
    text = "青禾县召开秋收工作会议,部署粮食收储工作,推进颗粒归仓\n发布时间:2021-09-20 10:23 来源:某某报\n" + LEAD
    assert doc(text).title == "青禾县召开秋收工作会议,部署粮食收储工作,推进颗粒归仓"
