"""Reading the page and the document row, the classes of errors the blind corpora layouts59-62 found: a listing
item whose notice runs on one line, its member list's columns padded with runs of spaces after a post's aside
(某局局长（兼）); a news page that lost its line breaks, its headline of two parts a space apart, its dateline run on
after it; a run-on page whose path opens the line and whose headline stands again as the title over the text; a
session's decision naming a person by a minority's longer name or with an aside. All notices are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Citation
from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice

_PAD = "\u3000" * 6


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a tag page's listing: each item's notice on one line, its number glued after its title; the second item's member
# list keeps its columns' padding, one run after a post's aside (兼)
def test_listing_item_number_glued_after_title_with_padded_members(tmp_path):
    page = ("首页 标签:某市政府文件\n某市政府文件 相关文档 共2篇\n"
            "1. 某市人民政府关于甲明等同志任免职务的通知\n"
            "某市人民政府关于甲明等同志任免职务的通知某政任〔2005〕3号各乡镇人民政府，市政府各部门：经市政府研究决定："
            "甲明同志任市粮食局局长；免去乙华同志的市粮食局局长职务。某市人民政府2005年4月2日\n"
            "2005-04-08  浏览 120\n"
            "2. 某市人民政府办公室关于调整某市防汛指挥部成员的通知\n"
            "某市人民政府办公室关于调整某市防汛指挥部成员的通知某政办发〔2005〕9号各乡镇人民政府，市政府各部门："
            "因人事变动，经市政府同意，对某市防汛指挥部成员进行调整。调整后的组成人员如下：总指挥：丙强 副市长"
            f"副总指挥：丁伟 市水利局局长{_PAD}戊军 市公安局副局长成员：己平 市应急办主任（兼）{_PAD}"
            f"庚丽（女） 市气象局局长{_PAD}辛涛 市交通局副局长指挥部办公室设在市水利局，丁伟同志兼任办公室主任。"
            "某市人民政府办公室2005年5月6日\n"
            "2005-05-10  浏览 88\n上一页 1 下一页\n")
    notices = _notices(tmp_path, page)
    assert len(notices) == 2
    facts = extract(notices[1])
    doc = facts.document
    assert doc.title == "某市人民政府办公室关于调整某市防汛指挥部成员的通知"
    assert (doc.number, doc.issuer, doc.signed) == ("某政办发〔2005〕9号", "某市人民政府办公室", "2005-05-06")
    # the number is the notice's own, not a document it cites
    assert not any("某政办发〔2005〕9号" in (c.number or "") for c in facts.of(Citation))


# a news page run onto one line: a headline of two parts a space apart, its dateline and source after it
def test_two_part_headline_of_a_run_on_page(tmp_path):
    page = ("某旗人大常委会召开第九次会议 表决通过一批人事任免事项 2015-07-02 10:18:41 来源:某旗融媒体中心 "
            "6月30日，某旗第十五届人民代表大会常务委员会第九次会议召开。会议听取和审议了旗人民政府关于上半年经济运行情况的报告和旗人民法院关于审判工作情况的报告，"
            "表决通过了人事任免事项。"
            "某旗人民代表大会常务委员会决定：任命乌兰其其格（女，蒙古族）为旗发展和改革局局长；"
            "免去巴特尔额尔敦的旗农牧业局局长职务。 （责任编辑：某某）\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某旗人大常委会召开第九次会议表决通过一批人事任免事项"
    assert doc.issuer == "某旗人民代表大会常务委员会"
    assert doc.published == "2015-07-02"


# a run-on page: the site's path, the headline, the dateline, the title again over its adoption note and the text
def test_run_on_page_path_before_headline_printed_again(tmp_path):
    title = "某某自治县人民代表大会常务委员会关于任免职务的决定"
    page = (f"某某新闻网 > 人大之窗 > 正文 {title} 2017-09-26 15:40 来源：某某新闻网 编辑：某某中心 字号：大 中 小 "
            f"{title} （2017年9月23日某某自治县第十六届人民代表大会常务委员会第三次会议通过） "
            "根据县人民政府县长的提请：决定任命甲明为县教育局局长；决定免去乙华的县教育局局长职务。 "
            "接受丙强辞去县人民政府副县长职务的请求。 某某自治县人民代表大会常务委员会 2017年9月23日 标签：人事任免\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == title
    assert doc.issuer == "某某自治县人民代表大会常务委员会"
    assert (doc.published, doc.signed) == ("2017-09-26", "2017-09-23")


# the same path before a report that only tells of the session (its headline in a sentence of the lead): no title
# from the run, the list it reprints keeps its heading
def test_run_on_path_before_headline_not_printed_again_is_not_read(tmp_path):
    from govkg.extract.layout import _headline_run_on, split_lines
    page = ("首页 > 人大要闻 > 县市人大 某县十五届人大常委会举行第八次会议 2016-09-23 10:15:32 来源：某县人大常委会办公室 "
            + "9月22日，某县十五届人大常委会举行第八次会议。会议表决通过了人事任免事项。" * 3 + "\n")
    assert _headline_run_on(split_lines(page)) is None



# a notice run onto one line, its member table's rows padded apart (one after a post's aside, （兼）), the sentence
# that sets up the office after the last member: the rows and that sentence are lines of their own, the body that
# opens the sentence (某某委员会下设办公室) whole, no member's post 委员
def test_padded_member_rows_and_office_sentence_of_a_run_on_notice():
    from govkg.extract.layout import split_lines
    pad = "\u3000" * 4
    raw = ("某区人民政府办公室关于调整区安全委员会组成人员的通知某府办发〔2011〕12号各街道办事处，区政府各部门："
           f"因人事变动，经区政府同意，现对区安全委员会组成人员调整如下：主\u3000任：甲明\u3000副区长 {pad}丁伟\u3000区政府办公室主任 "
           f"委\u3000员：乙华\u3000区应急局局长 {pad}戊军\u3000区卫生局局长 {pad}丙强\u3000区教育委员会副主任（兼） "
           f"{pad}己丽（女）\u3000区农业委员会副主任 区安全委员会下设办公室，办公室设在区应急局，乙华同志兼任办公室主任。"
           "某区人民政府办公室2011年5月6日")
    lines = [ln.text for ln in split_lines(raw)]
    assert lines[:2] == ["某区人民政府办公室关于调整区安全委员会组成人员的通知", "某府办发〔2011〕12号"]
    assert "区安全委员会下设办公室，办公室设在区应急局，乙华同志兼任办公室主任。" in lines
    assert lines[-2:] == ["某区人民政府办公室", "2011年5月6日"]


# a traditional page's links to its neighbouring pages under the text name other documents: no citations
def test_neighbour_page_links_are_no_citations(tmp_path):
    page = ("某縣人民政府關於甲明等同志職務任免的通知\n\n某府任〔2010〕5號\n\n各鄉鎮人民政府，縣政府各部門：\n\n"
            "經縣人民政府研究決定：\n\n甲明同志任縣水務局局長；\n\n免去乙華同志的縣水務局局長職務。\n\n"
            "某縣人民政府\n\n二〇一〇年四月二日\n\n"
            "上一篇：某府〔2010〕41號《關於加強農村公路養護管理的通知》\n下一篇：某府辦〔2010〕33號《關於做好防汛工作的通知》\n")
    facts = extract(_notices(tmp_path, page)[0])
    assert facts.document.number == "某府任〔2010〕5號"
    assert facts.of(Citation) == []
