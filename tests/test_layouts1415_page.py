"""Reading the page, the classes of errors the blind corpora layouts14 and layouts15 found: a search or tag page's
listing whose titles stand on lines of their own (bare or numbered) with the listing date a few lines under them,
labelled among other fields over the text or alone under it. All notices are made up."""
from __future__ import annotations

from govkg.facts import Appointment, Membership
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice

from helpers import read_notices

P_TITLE = "某县人民政府关于甲明等同志职务任免的通知"
P_TEXT = ("某府任〔2021〕3号 各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县教育局局长；"
          "免去乙华的县财政局副局长职务。 某县人民政府 2021年5月4日")
G_TITLE = "某县人民政府办公室关于成立某县河道保洁工作领导小组的通知"
G_TEXT = ("某政办发〔2021〕12号 各乡镇人民政府，县直各单位：为加强河道保洁工作，经县人民政府同意，决定成立某县河道"
          "保洁工作领导小组。组成人员如下：组长：丙强（县人民政府副县长） 副组长：丁红（县水利局局长） "
          "成员：戊刚（县财政局副局长） 某县人民政府办公室 2021年6月2日")


def _check(notices, published):
    assert [n.meta["title"] for n in notices] == [P_TITLE, G_TITLE]
    assert [n.meta.get("published") for n in notices] == published
    first, second = (extract(n) for n in notices)
    assert (first.document.number, first.document.issuer, first.document.signed) == \
        ("某府任〔2021〕3号", "某县人民政府", "2021-05-04")
    assert (second.document.number, second.document.issuer, second.document.signed) == \
        ("某政办发〔2021〕12号", "某县人民政府办公室", "2021-06-02")
    assert {(f.person, f.post.agency) for f in first.facts if isinstance(f, Appointment)} == {("甲明", "县教育局")}
    assert not [f for f in first.facts if isinstance(f, Membership)]
    assert {(f.person, f.role) for f in second.facts if isinstance(f, Membership)} == \
        {("丙强", "组长"), ("丁红", "副组长"), ("戊刚", "成员")}
    assert not [f for f in second.facts if isinstance(f, Appointment)]


# a tag page: the title alone on its line, a fold toggle glued before the item's text on one line, the listing date
# alone under it, a pager at the foot
def test_a_tag_page_with_the_listing_date_under_each_item_is_split(tmp_path):
    page = (f"首页 > 标签 > 某县人民政府\n标签：某县人民政府 共找到相关信息 2 条\n\n{P_TITLE}\n展开 {P_TEXT}\n2021-05-08\n\n"
            f"{G_TITLE}\n展开 {G_TEXT}\n2021-06-05\n\n上一页 1 下一页\n")
    notices = read_notices(tmp_path, page)
    _check(notices, ["2021-05-08", "2021-06-05"])
    assert all(not n.text.startswith("展开") and "2021-0" not in n.text.splitlines()[-1][:7] for n in notices)


# a search page: numbered titles, a line of fields over the text with the labelled date, a link to the item's page
def test_a_search_page_with_numbered_titles_and_a_field_line_is_split(tmp_path):
    page = (f"某县人民政府 > 政府信息公开 > 搜索结果    关键词: 某府\n\n共找到 2 条结果\n\n"
            f"1. {P_TITLE}\n发布机构:某县人民政府 | 发布日期:2021-05-08\n{P_TEXT}\n查看详情>>\n\n"
            f"2. {G_TITLE}\n发布机构:某县人民政府办公室 | 发布日期:2021-06-05\n{G_TEXT}\n查看详情>>\n\n"
            "共2条  首页  上一页  1  下一页  尾页\n")
    notices = read_notices(tmp_path, page)
    _check(notices, ["2021-05-08", "2021-06-05"])
    assert all("查看详情" not in n.text and "发布机构" not in n.text for n in notices)


# a notice's own page that prints its title twice (a heading, then the title) with dates near is one notice
def test_a_page_printing_its_title_twice_is_not_a_listing(tmp_path):
    page = f"{P_TITLE}\n2021-05-08\n{P_TITLE}\n发布日期:2021-05-08\n{P_TEXT}\n" + "县人民政府办公室印发。" * 12 + "\n"
    assert len(read_notices(tmp_path, page)) == 1


# titles of other notices with their dates, without a notice's text under each, are links, not a listing
def test_titles_with_dates_but_no_text_under_them_are_not_a_listing(tmp_path):
    page = (f"{P_TITLE}\n{P_TEXT}\n相关文件\n{G_TITLE}\n来源：县政府办\n2021-06-05\n"
            "某县人民政府关于印发某县2021年工作要点的通知\n来源：县政府办\n2021-03-01\n")
    assert len(read_notices(tmp_path, page)) == 1


# a disclosure page's info block printing two pairs a row, some with empty values; the record's 生成日期 beside the
# 发文日期 is the day the page was published
def test_an_info_block_of_two_pairs_a_row_gives_the_number_and_both_dates(tmp_path):
    rows = ["索引号: 000001/202105-00003 组配分类: 通知公告", "信息分类: 通知 发布机构: 某县人民政府",
            "生成日期: 2021-05-08 文号: 某府任〔2021〕3号", "发文日期: 2021-05-04 生效时间: 2021-05-04",
            f"废止时间:  名称: {P_TITLE}", "浏览次数: 88 内容概述: "]
    body = P_TEXT.replace(" ", "</p><p>")
    page = ("<html><head><title>" + P_TITLE + "</title></head><body><div class='info'>"
            + "".join(f"<p>{r}</p>" for r in rows) + f"</div><div class='content'><p>{P_TITLE}</p><p>{body}</p>"
            "</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (notice,) = [n for n in read_inputs([path]) if isinstance(n, RawNotice)]
    assert (notice.meta["number"], notice.meta["signed"], notice.meta["published"]) == \
        ("某府任〔2021〕3号", "2021-05-04", "2021-05-08")
    doc = extract(notice).document
    assert (doc.title, doc.number, doc.issuer, doc.signed, doc.published) == \
        (P_TITLE, "某府任〔2021〕3号", "某县人民政府", "2021-05-04", "2021-05-08")
