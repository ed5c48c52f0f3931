"""Reading the page, the classes of errors the blind corpora layouts16-19 found: every listing read as one structure
(a run of item lines, each a notice's title with its listing date near it and its text under it), whatever marks the
items (a column row ``1. title | number | date``, a site's field line ``时间:date人气:N``, a date line with a button);
and the guards that keep a single notice whole. All notices are made up."""
from __future__ import annotations

from govkg.errors import InputError
from govkg.facts import Appointment
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice

P_TITLE = "某县人民政府关于甲明等同志职务任免的通知"
P_TEXT = ("某府任〔2021〕3号 各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县教育局局长；"
          "免去乙华的县财政局副局长职务。 某县人民政府 2021年5月4日")
G_TITLE = "某县人民政府办公室关于印发某县2021年村庄清洁行动实施方案的通知"
G_TEXT = ("某政办发〔2021〕12号 各乡镇人民政府，县直各单位：《某县2021年村庄清洁行动实施方案》已经县人民政府同意，"
          "现印发给你们，请认真组织实施。 某县人民政府办公室 2021年6月2日 某县2021年村庄清洁行动实施方案 一、主要任务 "
          "（一）清理农村生活垃圾。（县住房和城乡建设局牵头，县财政局配合）")


def _read(tmp_path, text: str):
    path = tmp_path / "list.txt"
    path.write_text(text, encoding="utf-8")
    found = list(read_inputs([path]))
    assert not [e for e in found if isinstance(e, InputError)]
    return [n for n in found if isinstance(n, RawNotice)]


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
    _check(_read(tmp_path, text))


# a tag page of a CMS: bare titles, a line of glued fields (时间:date人气:N作者:X) under each, blank lines between
def test_listing_with_glued_fields_under_each_title(tmp_path):
    text = (f"某县文件 - 标签 - 文件库\n\n首页 > 标签 > 某县文件\n\n{P_TITLE}\n\n时间:2021-05-08人气:35作者:admin\n\n"
            f"{P_TITLE} {P_TEXT}\n\n{G_TITLE}\n\n时间:2021-06-05人气:128作者:admin\n\n{G_TITLE} {G_TEXT}\n\n"
            "注意:本站部分文字内容由网友投稿\n\n相关文章\n")
    _check(_read(tmp_path, text))


# a portal's list: bulleted titles the list cut short, a summary line, then the date with a button (2021-05-08 朗读)
def test_listing_of_cut_titles_with_a_button_after_the_date(tmp_path):
    text = (f"当前位置: 首页 > 政府文件\n\n  • {P_TITLE[:14]}...\n\n      某府任〔2021〕3号   各乡镇...\n\n"
            f"    2021-05-08 朗读\n\n    {P_TITLE} {P_TEXT}\n\n  • {G_TITLE[:16]}...\n\n      某政办发〔2021〕12号   各乡...\n\n"
            f"    2021-06-05 朗读\n\n    {G_TITLE} {G_TEXT}\n")
    notices = _read(tmp_path, text)
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
    assert len(_read(tmp_path, text)) == 1


# (a table of contents or a list of related links with dates under a notice is no listing)
def test_related_links_under_a_notice_are_no_listing(tmp_path):
    text = (f"{P_TITLE}\n{P_TEXT}\n相关链接\n· {G_TITLE} 2021-06-05\n· 某县人民政府关于丙强同志任职的通知 2021-04-01\n"
            "· 某县人民政府办公室关于成立某县防汛指挥部的通知 2021-03-02\n")
    assert len(_read(tmp_path, text)) == 1
