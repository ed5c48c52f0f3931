"""Reading the page and the document row, the classes of errors the blind corpora layouts52-55 found: a copying
site's headline that words the notice's title its own way over the title the notice prints over its number; a
repost's headline saying who sent a plan out (某省某局印发某某方案) over the cover letter's own title, its dateline
naming the site's address; a traditional report of a congress session whose standing committee, named in full,
decides the appointments after a colon. All notices are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Appointment
from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a copying site's headline puts the title's words in its own order; the notice's own title is over its number
def test_reworded_headline_over_own_title(tmp_path):
    page = ("某某范文网 首页\n\n某县人民政府关于甲明等同志职务任免的通知\n\n时间:2019-05-06 08:12:30 网站:某某范文网\n\n"
            "某县人民政府关于甲明等同志任免职务的通知\n\n某政任字〔2008〕3号\n\n各乡镇人民政府，县政府各部门：\n\n"
            "经县人民政府研究决定：\n\n甲明同志任县水利局局长；\n\n免去乙华同志的县水利局局长职务。\n\n"
            "某县人民政府\n\n二〇〇八年三月二日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某县人民政府关于甲明等同志任免职务的通知"
    assert (doc.number, doc.issuer, doc.signed) == ("某政任字〔2008〕3号", "某县人民政府", "2008-03-02")


# the same headline over a different notice's title is kept: the words differ too much
def test_headline_over_another_notice_is_kept(tmp_path):
    page = ("某某范文网 首页\n\n某县人民政府关于甲明等同志职务任免的通知\n\n时间:2019-05-06 08:12:30 网站:某某范文网\n\n"
            "某县人民政府关于印发某县防汛应急预案的通知\n\n某政发〔2008〕9号\n\n各乡镇人民政府，县政府各部门：\n\n"
            "经县人民政府研究决定：\n\n甲明同志任县水利局局长；\n\n免去乙华同志的县水利局局长职务。\n\n"
            "某县人民政府\n\n二〇〇八年三月二日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某县人民政府关于甲明等同志职务任免的通知"


# a repost headlined 某省某局印发某某方案, the lead quoting the notice and saying 全文如下, the number, then the title
def test_repost_headline_of_who_sent_a_plan(tmp_path):
    page = ("问答社区\n\n某省农业局印发茶叶产业提升三年行动方案\n\n"
            "问答社区 https://www.example.com 2022-03-14 10:26 出处:网络 作者:某某百科\n"
            "3月10日，某省农业局网站发布《某省农业局关于印发〈某省茶叶产业提升三年行动方案（2022—2024年）〉的通知》，"
            "全文如下：\n\n某农发〔2022〕6号\n\n某省农业局关于印发《某省茶叶产业提升\n三年行动方案（2022—2024年）》的通知\n\n"
            "各市州农业局，局机关各处室：\n\n现将《某省茶叶产业提升三年行动方案（2022—2024年）》印发给你们，请认真贯彻执行。\n\n"
            "某省农业局\n\n2022年3月8日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某省农业局关于印发《某省茶叶产业提升三年行动方案(2022—2024年)》的通知"
    assert (doc.number, doc.published, doc.signed) == ("某农发〔2022〕6号", "2022-03-14", "2022-03-08")


# a traditional report: 某縣人民代表大會常務委員會決定：任命…: that committee issued the decisions
def test_traditional_report_names_the_deciding_committee(tmp_path):
    page = ("新聞中心 > 地方 > 摘要\n\n某縣人大常委會任免一批國家機關工作人員\n\n2016-08-30 10:12 來源:某某網\n\n"
            "某某網8月30日電 8月29日，某縣第十七屆人民代表大會常務委員會第三十二次會議舉行。\n\n"
            "會議審議了有關任免議案。經表決，某縣人民代表大會常務委員會決定：任命甲明為某縣財政局局長；"
            "免去乙華的某縣財政局局長職務。\n")
    result = extract(_notices(tmp_path, page)[0])
    assert result.document.issuer == "某縣人民代表大會常務委員會"
    assert result.document.kind == "personnel"
    assert any(isinstance(f, Appointment) for f in result.facts)


_APPOINT = ("某政任〔2012〕6号 各乡镇人民政府，市政府各部门： 经市人民政府研究决定： 任命甲明为市发展和改革局局长；"
            " 免去乙华的市发展和改革局局长职务。 某市人民政府 2012年4月18日")
_ADJUST = ("某政办发〔2012〕23号 各乡镇人民政府，市政府各有关部门： 因人员变动，经市政府同意，现对市安全生产委员会组成人员"
           "调整如下： 主　任：丙强　市长 副主任：丁伟　副市长 委　员：戊军　市公安局局长 某市人民政府办公室 2012年5月10日")


# a site-search result page: each item 1. title, then 作者:某网 时间:date 阅读:n, then the notice on one line
def test_search_results_with_author_and_time_fields_are_two_notices(tmp_path):
    page = ("某某网\n首页 文章 问答\n某市人民政府 搜索文章-某某网\n共找到 2 篇与“某市人民政府”相关的文章\n"
            f"1. 某市人民政府关于甲明等同志职务任免的通知\n作者:某某网 时间:2012-04-21 阅读:312\n{_APPOINT}\n"
            f"2. 某市人民政府办公室关于调整市安全生产委员会组成人员的通知\n作者:某某网 时间:2012-05-16 阅读:187\n{_ADJUST}\n"
            "上一页 1 下一页\n")
    notices = _notices(tmp_path, page)
    assert [(n.meta["title"], n.meta["published"]) for n in notices] == [
        ("某市人民政府关于甲明等同志职务任免的通知", "2012-04-21"),
        ("某市人民政府办公室关于调整市安全生产委员会组成人员的通知", "2012-05-16")]
    first, second = (extract(n).document for n in notices)
    assert (first.number, second.number) == ("某政任〔2012〕6号", "某政办发〔2012〕23号")
    assert (first.kind, second.kind) == ("personnel", "notice")


# a document channel: each title, then the publisher's name and a time stamp (某市人民政府· 2012-03-26 09:40), then the
# site's summary and the notice on one line
def test_channel_stamped_by_publisher_and_time_is_two_notices(tmp_path):
    page = ("某市人民政府\n搜索文档\n某市人民政府关于甲明等同志职务任免的通知\n某市人民政府· 2012-04-21 09:40\n"
            "文章核心观点 - 市政府决定任命一批干部 [1]\n"
            f"某市人民政府关于甲明等同志职务任免的通知 {_APPOINT}\n"
            "某市人民政府办公室关于调整市安全生产委员会组成人员的通知\n某市人民政府办公室· 2012-05-16 16:12\n"
            "文章核心观点 - 市政府办公室调整安全生产委员会组成人员 [1]\n"
            f"某市人民政府办公室关于调整市安全生产委员会组成人员的通知 {_ADJUST}\n")
    notices = _notices(tmp_path, page)
    assert [n.meta["published"] for n in notices] == ["2012-04-21", "2012-05-16"]
    second = extract(notices[1]).document
    assert second.title == "某市人民政府办公室关于调整市安全生产委员会组成人员的通知"
    assert (second.number, second.published, second.kind) == ("某政办发〔2012〕23号", "2012-05-16", "notice")


# a report of a session run onto one line: its lead dates the session with the year, the day the decisions were made
def test_report_signed_on_its_sessions_day(tmp_path):
    page = ("某县人大常委会表决通过一批人事任免事项  某某网9月1日报道  据《某某日报》9月1日报道，2019年8月30日上午，"
            "县十八届人大常委会第三十一次会议表决通过了多项人事任免案。  根据县人民政府县长的提请，某县人民代表大会常务委员会"
            "决定任命：甲明为县教育局局长；乙华为县财政局局长。决定免去：丁伟的县教育局局长职务；戊军的县财政局局长职务。"
            "县人民法院提请任免1人次  根据县人民法院院长的提请，会议任命丙强为县人民法院审判员。会后，县人大常委会主任"
            "为新任命人员颁发了任命书，新任命人员作了表态发言。")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert (doc.signed, doc.issuer) == ("2019-08-30", "某县人民代表大会常务委员会")


# without its year the lead's date dates nothing
def test_report_session_day_without_year_signs_nothing(tmp_path):
    page = ("某县人大常委会任免一批国家机关工作人员\n\n8月29日，某县第十七届人民代表大会常务委员会第三十二次会议举行。"
            "经表决，某县人民代表大会常务委员会决定：任命甲明为某县财政局局长；免去乙华的某县财政局局长职务。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.signed is None
    assert doc.issuer == "某县人民代表大会常务委员会"


# a list's note of adoption the report reprints dates the list, not the report
def test_reprinted_lists_note_is_no_sessions_day():
    from govkg.extract.document import session_date
    lead = "7月28日，区六届人大常委会召开第二十六次会议。区人大常委会副主任甲明出席会议。 某区人民代表大会常务委员会任命名单 "
    note = "(2020年7月28日某区第六届人民代表大会常务委员会第二十六次会议通过) 决定任命: 乙华为某区人民政府副区长。"
    assert session_date(lead + note) is None
    assert session_date("2020年7月28日，区六届人大常委会第二十六次会议决定任命乙华为某区人民政府副区长。") == "2020-07-28"
