"""Reading the page, the classes of errors the blind corpora layouts15-17 found: a tag page's listing whose item
date is one field of a line of fields (发布：date | 阅读：N, [栏目]　发布日期：date　阅读(N)); a flat notice's closing
特此通知。 that is no title; a collection's chapter number before a title; a newspaper's masthead line and a headline
glued before its wire dateline. All notices are made up."""
from __future__ import annotations

from govkg.facts import Appointment
from govkg.nlp import extract

from helpers import document, read_notices

P_TITLE = "某县人民政府关于甲明等同志职务任免的通知"
P_TEXT = ("某府任〔2021〕3号 各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县教育局局长；"
          "免去乙华的县财政局副局长职务。特此通知。 某县人民政府 2021年5月4日")
G_TITLE = "某县人民政府办公室关于印发某县2021年村庄清洁行动实施方案的通知"
G_TEXT = ("某政办发〔2021〕12号 各乡镇人民政府，县直各单位：《某县2021年村庄清洁行动实施方案》已经县人民政府同意，"
          "现印发给你们，请认真组织实施。 某县人民政府办公室 2021年6月2日 某县2021年村庄清洁行动实施方案 一、主要任务 "
          "（一）清理农村生活垃圾。（县住房和城乡建设局牵头，县财政局配合）")


def _check(notices):
    assert [n.meta["title"] for n in notices] == [P_TITLE, G_TITLE]
    assert [n.meta.get("published") for n in notices] == ["2021-05-08", "2021-06-05"]
    first, second = (extract(n) for n in notices)
    # (the closing 特此通知。 of the flat text is no title: the listing's title stands)
    assert (first.document.title, first.document.number, first.document.kind) == (P_TITLE, "某府任〔2021〕3号", "personnel")
    assert {(f.person, f.post.agency) for f in first.facts if isinstance(f, Appointment)} == {("甲明", "县教育局")}
    assert (second.document.number, second.document.signed) == ("某政办发〔2021〕12号", "2021-06-02")


# a tag page: numbered titles, the text on one line, then a line of fields with the listing date (发布：…), a pager
def test_tag_listing_with_a_field_line_under_each_item(tmp_path):
    text = (f"某某范文网 首页 › 标签 › 某县文件\n标签：某县文件　相关文章（2篇）\n\n1、{P_TITLE}\n{P_TEXT}\n"
            f"发布：2021-05-08 | 阅读：88 | 标签：某县文件\n\n2、{G_TITLE}\n{G_TEXT}\n发布：2021-06-05 | 阅读：31 | 标签：某县文件\n\n"
            "‹ 上一页　1　下一页 ›\n")
    _check(read_notices(tmp_path, text))


# a portal's tag list: bulleted titles, a line with the column in brackets and the date among fields over the text
def test_tag_listing_with_a_column_and_date_over_each_item(tmp_path):
    text = (f"首页 > 信息公开 > 标签：某县文件\n■ {P_TITLE}\n[人事任免]　发布日期：2021-05-08　阅读(12)\n{P_TEXT}\n"
            f"■ {G_TITLE}\n[通知公告]　发布日期：2021-06-05　阅读(40)\n{G_TEXT}\n共2条　1/1页　首页　上一页　下一页　尾页\n")
    _check(read_notices(tmp_path, text))


# (a single notice printing its title twice, its date field under each, is still one notice)
def test_a_notice_printing_its_title_twice_is_not_split(tmp_path):
    text = (f"首页 > 信息公开\n■ {P_TITLE}\n[人事任免]　发布日期：2021-05-08　阅读(12)\n{P_TITLE}\n{P_TEXT}\n")
    assert len(read_notices(tmp_path, text)) == 1


# a collection of documents printing each as a chapter: 第3章 title; the title is the notice's without the chapter
def test_chapter_number_before_a_title_is_dropped():
    text = ("某县2021年政策文件汇编\n作者：某县人民政府办公室编　目录 | 加入书架\n第3章 " + G_TITLE + "\n"
            "某政办发〔2021〕12号\n各乡镇人民政府，县直各单位：\n《某县2021年村庄清洁行动实施方案》已经县人民政府同意，"
            "现印发给你们，请认真组织实施。\n某县人民政府办公室\n2021年6月2日\n")
    assert document(text).title == G_TITLE


# a newspaper's e-paper on one line: the masthead (paper, day, weekday) is no headline; the report's headline glued
# before its wire dateline is
def test_epaper_masthead_is_no_headline_and_glued_headline_is():
    headline = "某县十届人大常委会第五次会议表决通过人事任免事项"
    text = ("某某日报 2021年05月29日 星期六\n第02版:要闻 | 上一版 下一版 |\n"
            f"{headline} 本报讯( 记者 甲乙 通讯员 丙丁)5月28日，某县第十届人民代表大会常务委员会第五次会议闭幕。"
            "根据县人民政府县长的提请，会议决定：任命甲明为县教育局局长；免去乙华的县财政局局长职务。 |\n"
            "版权声明 @ 某某日报 网站版权所有 |\n")
    doc = document(text)
    assert doc.title == headline
