"""Reading the page and the document row, the classes of errors the blind corpora layouts29-32 found: listings whose
entries each print the notice's whole text opening with its title again (a law firm's page dated in words, a tag page
dated with its counters after a bar, a blog dated by a badge split over the lines over the title); a site's column tag
in quotes before the title; a congress's list heading wrapped after the standing committee; a bureau's office named by
the title under an info block that names the bureau; a report whose source field names the committee; a signature's
date opening a line that runs on; a headline that names the plan over the cover letter's own title. All notices are
made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Appointment, Assignment
from govkg.ingest import read_file
from govkg.ingest.html import read_html
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


_FIRST = ("某县人民政府关于甲明等同志职务任免的通知 某政任〔2011〕4号 各乡镇人民政府，县政府各部门： 经县政府研究决定："
          " 甲明同志任县水利局局长； 免去乙华同志的县水利局局长职务，退休。 某县人民政府 二〇一一年三月二日")
_SECOND = ("某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知 某政办发〔2011〕12号 各乡镇人民政府，县政府各部门："
           " 《某县2011年村庄清洁行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。 某县人民政府办公室 二〇一一年四月八日"
           " 某县2011年村庄清洁行动方案 一、重点任务 （一）推进垃圾集中收运。由县环卫处牵头，县财政局配合，年底前实现全覆盖。")

LAW_FIRM = f"""某某律师事务所 首页 法律法规 联系我们
当前位置：首页 > 法律法规 > 地方政府文件
某县人民政府关于甲明等同志职务任免的通知
2011年3月5日
现行有效/2011年3月5日发布/2011年3月5日施行
{_FIRST}
某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知
2011年4月12日
现行有效/2011年4月12日发布/2011年4月12日施行
{_SECOND}
共2条　上一页　1　下一页
"""

TAG_PAGE = f"""某县政府文件,关于某县政府文件的所有信息
首页 > 标签 > 某县政府文件

1. 某县人民政府关于甲明等同志职务任免的通知
2011-03-05 | 阅读 88 | 标签: 人事任免
{_FIRST}

2. 某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知
2011-04-12 | 阅读 61 | 标签: 村庄清洁
{_SECOND}

共2条记录 1/1页 首页 上一页 1 下一页 末页
"""

BLOG = f"""某某政务存档 - 个人博客
首页 归档 标签

05
2011
03
10:21:07
某县人民政府关于甲明等同志职务任免的通知
{_FIRST}
阅读全文 »

12
2011
04
16:02:44
某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知
{_SECOND}
阅读全文 »
"""


# entries whose text opens with their title again: two notices, each with its own number and facts, whatever the date
def test_entries_that_print_their_title_again_are_two_notices(tmp_path):
    for page in (LAW_FIRM, TAG_PAGE, BLOG):
        notices = _notices(tmp_path, page)
        assert [(n.meta["title"], n.meta["published"]) for n in notices] == [
            ("某县人民政府关于甲明等同志职务任免的通知", "2011-03-05"),
            ("某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知", "2011-04-12")]
        first, second = (extract(n) for n in notices)
        assert (first.document.number, second.document.number) == ("某政任〔2011〕4号", "某政办发〔2011〕12号")
        assert (first.document.signed, second.document.signed) == ("2011-03-02", "2011-04-08")
        assert {(f.agency, f.role) for f in second.facts if isinstance(f, Assignment)} == \
            {("县环卫处", "lead"), ("县财政局", "support")}
        assert [f.person for f in first.facts if isinstance(f, Appointment)] == ["甲明"]
        assert not any(isinstance(f, Assignment) for f in first.facts)


# a notice's page whose signature date stands alone over an attachment's heading is one notice, not a listing
def test_signature_date_over_a_heading_is_no_listing_date(tmp_path):
    page = ("某县人民政府办公室关于印发某县2011年村庄清洁行动方案的通知\n某政办发〔2011〕12号\n"
            "各乡镇人民政府，县政府各部门：\n《某县2011年村庄清洁行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
            "某县人民政府办公室\n2011年4月8日\n某县2011年村庄清洁行动方案\n"
            "一、重点任务\n（一）推进垃圾集中收运。由县环卫处牵头，县财政局配合，年底前实现全覆盖。\n")
    page = "某某方案网\n\n2012-01-02\n实施方案 工作实施方案\n\n" + page
    assert len(_notices(tmp_path, page)) == 1


# a site's column tag in quotes before the title is no part of it
def test_quoted_column_tag_before_title(tmp_path):
    page = ("“政府信息公开” 某县人民政府办公室关于调整某县防汛抗旱指挥部成员的通知\n\n"
            "某县人民政府办公室关于调整某县防汛抗旱指挥部成员的通知\n\n某府办发〔2016〕8号\n\n各乡镇人民政府，县政府各部门：\n\n"
            "因人事变动，经县人民政府同意，决定对县防汛抗旱指挥部成员进行调整。\n\n指 挥 长：甲明　县长\n\n"
            "某县人民政府办公室\n2016年5月3日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某县人民政府办公室关于调整某县防汛抗旱指挥部成员的通知"
    assert doc.issuer == "某县人民政府办公室"


# a congress's list heading wrapped after the standing committee: the title is the two lines
def test_list_heading_wrapped_after_the_standing_committee(tmp_path):
    page = ("某县十七届人大常委会第九次会议表决通过人事任免事项\n发布时间:2019-09-27 16:20:11来源:某县人大常委会办公室\n\n"
            "9月26日，某县第十七届人民代表大会常务委员会第九次会议闭幕。会议表决通过了有关人事任免事项。\n\n"
            "某县人民代表大会常务委员会\n任免名单\n（2019年9月26日某县第十七届人民代表大会常务委员会第九次会议通过）\n\n"
            "一、决定任命：\n甲明为某县教育局局长；\n\n二、决定免去：\n乙华的某县教育局局长职务。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert doc.issuer == "某县人民代表大会常务委员会"


# an info block of one label a row between <br>s: its dates; the title's office of the bureau the block names issued it
def test_info_rows_between_breaks_and_the_bureaus_office(tmp_path):
    page = ("<html><head><title>信息公开-某某局</title></head><body><div class=\"xxgk-info\">"
            "信息名称:某某局综合司关于印发某某监测工作方案的通知<br>索 引 号:000014672/2022-00012<br>"
            "文件编号:某综函〔2022〕12号<br>产生日期:2022-03-01<br>发布机构:某某局<br>发布日期:2022-03-08<br></div>"
            "<div class=\"xxgk-content\"><h2>某某局综合司关于印发某某监测工作方案的通知</h2><p>某综函〔2022〕12号</p>"
            "<p>各省级某某局：</p><p>　　现将《某某监测工作方案》印发给你们，请认真抓好落实。</p>"
            "<p align=\"right\">某某局综合司</p><p align=\"right\">2022年3月1日</p></div></body></html>")
    notice = read_html(page, "page.html")
    assert notice.meta["published"] == "2022-03-08"
    doc = extract(notice).document
    assert (doc.issuer, doc.signed, doc.published) == ("某某局综合司", "2022-03-01", "2022-03-08")


# a report of a session's decisions whose source field names the committee: its issuer; the dateline without a time
def test_report_sourced_to_the_committee(tmp_path):
    page = ("某市第九届人大常委会第六次会议表决通过人事任免事项\n\n日期:2020-06-30     稿件来源:某市人民代表大会常务委员会\n\n"
            "6月29日，某市第九届人民代表大会常务委员会第六次会议举行。\n\n会议表决通过了人事任免事项：\n\n"
            "任命甲明为某市教育局局长；\n\n免去乙华的某市教育局局长职务。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert (doc.issuer, doc.published) == ("某市人民代表大会常务委员会", "2020-06-30")
    page = page.replace("稿件来源:某市人民代表大会常务委员会", "来源:某市人大常委会办公室")
    assert extract(_notices(tmp_path, page)[0]).document.issuer is None


# a signature's date opening a line the text runs on after: the signature's, not the info block's date
def test_signature_date_opening_a_run_on_line(tmp_path):
    page = ("某市人民政府办公室关于印发某市三年行动方案的通知\n\n索引号 | 0001/2017-00041 | ||\n生成日期 | 2017-06-21 | 公开方式 | 主动公开 |\n"
            "文号 | 某政办发〔2017〕41号 |\n\n各乡镇人民政府，市直各单位： 《某市三年行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。"
            " 某市人民政府办公室 2017年6月20日 某市三年行动方案 一、主要任务 （一）优化通关流程。市商务局负责，市口岸办配合。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.signed == "2017-06-20"


# a headline that names the plan, over the cover letter's own title: the cover letter's
def test_headline_naming_the_plan_over_the_cover_letters_title(tmp_path):
    page = ("某市村庄清洁实施方案\n\n时间:2014-05-06 10:15:32 方案 我要投稿\n\n"
            "　　下面是小编整理的某市村庄清洁实施方案，仅供参考，希望能够帮助到大家。\n\n"
            "某市人民政府办公室关于印发某市2014年村庄清洁实施方案的通知 某政办发〔2014〕19号 各镇人民政府，市政府各部门："
            " 现将《某市2014年村庄清洁实施方案》印发给你们，请认真贯彻执行。 某市人民政府办公室 2014年4月28日"
            " 某市2014年村庄清洁实施方案 一、主要任务 （一）集中清理积存垃圾（市城管局负责）。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某市人民政府办公室关于印发某市2014年村庄清洁实施方案的通知"
    assert (doc.number, doc.signed, doc.published) == ("某政办发〔2014〕19号", "2014-04-28", "2014-05-06")


# a law library's entry: its heading, the issuing body's line, then the document, its title over its number: the
# title as printed, no issuer's line before it; the library's row 时间:… 来源:… dates its posting
def test_law_library_issuer_line_between_two_printings_of_the_title():
    page = ("<html><head><title>关于印发《某区供水工程管理办法》的通知 - 某某资料网</title></head><body>"
            "<h1>关于印发《某区供水工程管理办法》的通知</h1>"
            "<div class=\"info\">时间:2024-07-09 06:45:11 来源: 某某资料网 作者:某某资料网 阅读:981</div>"
            "<div class=\"content\"><p><b>关于印发《某区供水工程管理办法》的通知</b></p><p>某区水利局</p><br><br>"
            "<p>关于印发《某区供水工程管理办法》的通知<br>某水规发〔2012〕9号</p><p>各乡镇水利站，局属各单位：</p>"
            "<p>　　我局制定了《某区供水工程管理办法》，现印发给你们，请遵照执行。</p>"
            "<p align=\"right\">某区水利局</p><p align=\"right\">二〇一二年三月十九日</p>"
            "<p align=\"center\"><b>某区供水工程管理办法</b></p><p>　　第一条　为加强供水工程管理，制定本办法。</p>"
            "</div></body></html>")
    doc = extract(read_html(page, "p.html")).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("关于印发《某区供水工程管理办法》的通知", "某水规发〔2012〕9号", "某区水利局")
    assert (doc.signed, doc.published) == ("2012-03-19", "2024-07-09")
