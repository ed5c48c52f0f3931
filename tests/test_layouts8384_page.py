"""Reading the page and the document row, the classes of errors the blind corpora layouts83 and layouts84 found: a
site's menu printed as one line of items parted by bars over a notice that has no title of its own; a tag listing
whose item titles are cut with dots, each item's text on one line behind a label (消息:); a copying site's short
headline over the notice's red header, its issuer on a line of its own over the title's 关于…. All notices are
made up."""
from __future__ import annotations

from pathlib import Path

from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a site's menu on one line, its items parted by bars, its last item a column (通知公告): no title
def test_barred_menu_is_no_title(tmp_path):
    page = ("某某街道　|　首页　|　党建引领　|　政务公开　|　通知公告\n\n当前位置：首页 > 通知公告 > 正文\n\n"
            "发布时间：2024-05-14　　来源：街道党政办\n\n各社区居委会，街道各办：\n"
            "　　为推进某某工作，经街道党工委研究，决定成立某某工作领导小组。现将有关事项通知如下：\n"
            "　　组　长：甲明　街道党工委书记\n　　成　员：乙华　街道办事处副主任\n某某街道办事处\n2024年5月12日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert not doc.title
    assert doc.signed == "2024-05-12"


_TAG_LISTING = ("某某新闻网 | 首页 | 要闻 | 政务公开\n\n首页 > 标签 > 某县人民政府\n\n"
                "某县人民政府办公室关于印发某县2010年某某工作...\n\n"
                "消息:某县人民政府办公室关于印发某县2010年某某工作方案的通知 某政办〔2010〕12号 各乡镇人民政府，县直各部门："
                " 现将《某县2010年某某工作方案》印发给你们，请认真组织实施。 某县人民政府办公室 二〇一〇年三月二日"
                " 某县2010年某某工作方案 一、主要任务 加强某某建设。\n2010-03-05 09:15\n\n"
                "某县人民政府关于甲明等同志职务任免的通知\n\n"
                "消息:某县人民政府关于甲明等同志职务任免的通知 某政人〔2009〕3号 各乡镇人民政府，县直各部门："
                " 经县人民政府研究决定： 任命甲明为县教育局局长； 免去乙华的县水利局副局长职务。 某县人民政府 二〇〇九年五月八日\n"
                "2009-05-10 10:21\n\n共2条 首页 上一页 1 下一页 尾页\n")


# a tag listing: each item's text on one line behind 消息:, the first item's title cut with dots: two notices
def test_tag_listing_with_labelled_item_texts(tmp_path):
    docs = [extract(n).document for n in _notices(tmp_path, _TAG_LISTING)]
    got = {(d.title, d.number, d.signed) for d in docs}
    assert ("某县人民政府办公室关于印发某县2010年某某工作方案的通知", "某政办〔2010〕12号") in {g[:2] for g in got}
    assert ("某县人民政府关于甲明等同志职务任免的通知", "某政人〔2009〕3号", "2009-05-08") in got
    assert len(docs) == 2


# a copying site's short headline (no issuer, no 关于) over the red header, the number, then the notice's own title,
# its issuer on a line of its own over 关于…, wrapped over three lines
def test_own_title_under_red_header_issuer_on_its_own_line(tmp_path):
    page = ("某某文秘网\n\n某区2016年某某综合整治工作任务分解方案的通知\n\n栏目:策划方案发布:2016-05-09浏览:862\n\n"
            "某市某区人民政府办公室文件\n\n某政办发〔2016〕23号\n\n某市某区人民政府办公室\n关于印发某区2016年某某综合整治\n"
            "工作任务分解方案的通知\n\n各镇人民政府，区直各有关单位：\n《某区2016年某某综合整治工作任务分解方案》已经\n"
            "区人民政府同意，现印发给你们，请认真贯彻执行。\n\n某市某区人民政府办公室\n2016年5月6日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某市某区人民政府办公室关于印发某区2016年某某综合整治工作任务分解方案的通知"
    assert (doc.number, doc.signed) == ("某政办发〔2016〕23号", "2016-05-06")
