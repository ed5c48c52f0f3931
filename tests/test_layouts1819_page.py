"""Reading the page, the classes of errors the blind corpora layouts16-19 found: every listing read as one structure
(a run of item lines, each a notice's title with its listing date near it and its text under it), whatever marks the
items (a column row ``1. title | number | date``, a site's field line ``时间:date人气:N``, a date line with a button);
and the guards that keep a single notice whole. All notices are made up."""
from __future__ import annotations

from govkg.facts import Appointment
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice

from helpers import read_notices

P_TITLE = "某县人民政府关于甲明等同志职务任免的通知"
P_TEXT = ("某府任〔2021〕3号 各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县教育局局长；"
          "免去乙华的县财政局副局长职务。 某县人民政府 2021年5月4日")
G_TITLE = "某县人民政府办公室关于印发某县2021年村庄清洁行动实施方案的通知"
G_TEXT = ("某政办发〔2021〕12号 各乡镇人民政府，县直各单位：《某县2021年村庄清洁行动实施方案》已经县人民政府同意，"
          "现印发给你们，请认真组织实施。 某县人民政府办公室 2021年6月2日 某县2021年村庄清洁行动实施方案 一、主要任务 "
          "（一）清理农村生活垃圾。（县住房和城乡建设局牵头，县财政局配合）")


def _check(notices):
    assert [n.meta["title"] for n in notices] == [P_TITLE, G_TITLE]
    assert [n.meta.get("published") for n in notices] == ["2021-05-08", "2021-06-05"]
    first, second = (extract(n) for n in notices)
    assert (first.document.title, first.document.number, first.document.kind) == (P_TITLE, "某府任〔2021〕3号", "personnel")
    assert {(f.person, f.post.agency) for f in first.facts if isinstance(f, Appointment)} == {("甲明", "县教育局")}
    assert (second.document.title, second.document.number, second.document.signed) == \
        (G_TITLE, "某政办发〔2021〕12号", "2021-06-02")


# a document site's table: numbered rows of title | number | date over each item's text (the title again at its head)
def test_listing_of_column_rows(tmp_path):
    text = (f"当前位置：首页 > 信息公开 > 政府文件\n标题 | 文号 | 发布日期\n"
            f"1. {P_TITLE} | 某府任〔2021〕3号 | 2021-05-08\n{P_TITLE} {P_TEXT}\n"
            f"2. {G_TITLE} | 某政办发〔2021〕12号 | 2021-06-05\n{G_TITLE} {G_TEXT}\n共2条记录 首页 上一页 1 下一页 尾页\n")
    _check(read_notices(tmp_path, text))


# a tag page of a CMS: bare titles, a line of glued fields (时间:date人气:N作者:X) under each, blank lines between
def test_listing_with_glued_fields_under_each_title(tmp_path):
    text = (f"某县文件 - 标签 - 文件库\n\n首页 > 标签 > 某县文件\n\n{P_TITLE}\n\n时间:2021-05-08人气:35作者:admin\n\n"
            f"{P_TITLE} {P_TEXT}\n\n{G_TITLE}\n\n时间:2021-06-05人气:128作者:admin\n\n{G_TITLE} {G_TEXT}\n\n"
            "注意:本站部分文字内容由网友投稿\n\n相关文章\n")
    _check(read_notices(tmp_path, text))


# a portal's list: bulleted titles the list cut short, a summary line, then the date with a button (2021-05-08 朗读)
def test_listing_of_cut_titles_with_a_button_after_the_date(tmp_path):
    text = (f"当前位置: 首页 > 政府文件\n\n  • {P_TITLE[:14]}...\n\n      某府任〔2021〕3号   各乡镇...\n\n"
            f"    2021-05-08 朗读\n\n    {P_TITLE} {P_TEXT}\n\n  • {G_TITLE[:16]}...\n\n      某政办发〔2021〕12号   各乡...\n\n"
            f"    2021-06-05 朗读\n\n    {G_TITLE} {G_TEXT}\n")
    notices = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in notices] == ["2021-05-08", "2021-06-05"]
    first, second = (extract(n) for n in notices)
    assert (first.document.title, first.document.number) == (P_TITLE, "某府任〔2021〕3号")
    assert (second.document.title, second.document.number) == (G_TITLE, "某政办发〔2021〕12号")


# (a notice that cites other notices' titles with their numbers, and an attachment's heading, is one notice)
def test_a_notice_citing_titles_is_not_split(tmp_path):
    text = (f"{G_TITLE}\n发布日期：2021-06-05\n某政办发〔2021〕12号\n各乡镇人民政府，县直各单位：\n"
            f"根据《{P_TITLE}》（某府任〔2021〕3号）和有关规定，现将《某县2021年村庄清洁行动实施方案》印发给你们。\n"
            "某县人民政府办公室\n2021年6月2日\n附件\n某县2021年村庄清洁行动实施方案\n一、主要任务\n"
            "（一）清理农村生活垃圾。（县住房和城乡建设局牵头，县财政局配合）\n")
    assert len(read_notices(tmp_path, text)) == 1


# (a table of contents or a list of related links with dates under a notice is no listing)
def test_related_links_under_a_notice_are_no_listing(tmp_path):
    text = (f"{P_TITLE}\n{P_TEXT}\n相关链接\n· {G_TITLE} 2021-06-05\n· 某县人民政府关于丙强同志任职的通知 2021-04-01\n"
            "· 某县人民政府办公室关于成立某县防汛指挥部的通知 2021-03-02\n")
    assert len(read_notices(tmp_path, text)) == 1


def _page(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    found = [n for n in read_inputs([path]) if isinstance(n, RawNotice)]
    assert len(found) == 1
    return extract(found[0]).document


_NOTICE_P = ("<p>各乡镇人民政府，县直各单位：</p><p>　　经县人民政府研究决定：任命甲明为县教育局局长；免去乙华的县财政局副局长职务。</p>"
             "<p>某县人民政府</p><p>2021年5月4日</p>")


# an info block of <br>-separated rows, labels glued to the values before them (文    号X号成文日期:Y发布日期:Z)
def test_info_rows_between_brs_with_glued_labels(tmp_path):
    d = _page(tmp_path, f"<html><head><title>{P_TITLE}</title></head><body><h2>{P_TITLE}</h2>"
                        "<div class=\"xxgk\">索 引 号:001/2021-00003主题分类:人事<br>发布机构:某县人民政府关 键 词:任免<br>"
                        "文    号某府任〔2021〕3号成文日期:2021-05-04发布日期:2021-05-08<br>体    裁生效日期废止日期</div>"
                        f"<div class=\"content\">{_NOTICE_P}</div></body></html>")
    assert (d.number, d.signed, d.published) == ("某府任〔2021〕3号", "2021-05-04", "2021-05-08")


# a one-column info table (label row, value row), its 发文日期 with a time of day: the day the page posted it
def test_one_column_info_table(tmp_path):
    d = _page(tmp_path, f"<html><body><div class=\"article\"><h2>{P_TITLE}</h2><table class=\"xxgk\">"
                        "<tr><td>发文机构</td></tr><tr><td>某县人民政府</td></tr><tr><td>文&nbsp;&nbsp;&nbsp;号</td></tr>"
                        "<tr><td>某府任〔2021〕3号</td></tr><tr><td>发文日期</td></tr><tr><td>2021-05-08 10:32:18</td></tr>"
                        f"</table>{_NOTICE_P}</div></body></html>")
    assert (d.number, d.signed, d.published) == ("某府任〔2021〕3号", "2021-05-04", "2021-05-08")


# a heading with the number before the title, and a page whose only class named like a container holds a counter
def test_number_in_the_heading_and_no_container(tmp_path):
    d = _page(tmp_path, f"<html><body><h1 class=\"arti_title\">某府任【2021】3号 {P_TITLE}</h1><p class=\"arti_metas\">"
                        "<span class=\"arti_update\">发布时间：2021-05-08</span><span class=\"arti_views\">浏览次数：<span>17</span>"
                        f"</span></p><div class=\"entry\">{_NOTICE_P}</div></body></html>")
    assert (d.title, d.number, d.signed) == (P_TITLE, "某府任〔2021〕3号", "2021-05-04")


# a field line of labels glued to values, opening with a label the block does not know (发布部门：X发布文号：Y)
def test_glued_field_line_under_an_unknown_label(tmp_path):
    d = _page(tmp_path, f"<html><body><h1>{P_TITLE}</h1><div class=\"info\">发布部门：某县人民政府发布文号：某府任〔2021〕3号"
                        f"发布日期：2021-05-08实施日期：2021-05-08时效性：现行有效</div><div class=\"content\">{_NOTICE_P}</div>"
                        "</body></html>")
    assert (d.number, d.published) == ("某府任〔2021〕3号", "2021-05-08")


# a news site's repost: its own headline, a lead quoting the notice's title and number, then 全文如下：
def test_a_repost_takes_the_title_and_number_its_lead_quotes(tmp_path):
    d = _page(tmp_path, "<html><body><h1>某县调整一批干部职务</h1><div class=\"content\"><p>　　某社某地5月8日电／某县政府网站8日公布"
                        f"《{P_TITLE}》（某府任〔2021〕3号），全文如下：</p>{_NOTICE_P}</div></body></html>")
    assert (d.title, d.number, d.issuer) == (P_TITLE, "某府任〔2021〕3号", "某县人民政府")


# a copy that prints the title in 【】 with the number glued after it
def test_bracketed_title_with_its_number_glued_after(tmp_path):
    notices = read_notices(tmp_path, f"【{G_TITLE}】某政办发〔2021〕12号\n" + G_TEXT.split(" ", 1)[1].replace(" ", "\n"))
    d = extract(notices[0]).document
    assert (d.title, d.number, d.signed) == (G_TITLE, "某政办发〔2021〕12号", "2021-06-02")
