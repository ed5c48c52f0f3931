"""Reading the page and the document row, the classes of errors the blind corpora layouts81 and layouts82 found: a
law database's label 全文 on a line of its own over the title; a page's posting row 来源:某厅 over the issuer's name
and the title; a tag page's listing whose items each run onto one line, a space where each line broke, the page's
block of hot links (热点推荐) under the last item. All notices are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a record page's label over the text it shows is no part of the title
def test_full_text_label_over_title(tmp_path):
    page = ("全文\n某省某厅办公室关于成立某某工作领导小组的通知\n某办发〔2012〕7号\n某厅各处室：\n"
            "经研究，决定成立某某工作领导小组。组成人员如下：\n组　长：甲明（某厅副厅长）\n"
            "成　员：乙华（某厅办公室主任）\n某省某厅办公室\n二〇一二年六月十八日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某省某厅办公室关于成立某某工作领导小组的通知"
    assert (doc.number, doc.signed) == ("某办发〔2012〕7号", "2012-06-18")


# a page's posting row naming the body it copied from stands over the title: not a part of it
def test_source_row_over_title(tmp_path):
    page = ("您的位置:\n省级部门文件\n【字体:\n来源:某省某厅\n\n某省某厅\n关于印发《某省某某工作分工方案》的通知\n\n"
            "某商〔2021〕5号\n\n各州、市主管部门：\n\n　　现将《某省某某工作分工方案》印发给你们，请认真抓好落实。\n\n"
            "　　　　某省某厅\n　　　　2021年7月9日\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某省某厅关于印发《某省某某工作分工方案》的通知"
    assert (doc.number, doc.issuer, doc.signed) == ("某商〔2021〕5号", "某省某厅", "2021-07-09")


_LISTING = ("某县人民政府 【第1页】\n\n"
            "某县人民政府关于甲明等同志任免职务的通知\n2003-05-15\n"
            "某县人民政府关于甲明等同志任免职务的通知 某政任字〔2003〕11号 各乡镇人民政府，县直各部门： "
            "经县人民政府研究决定： 甲明同志任县水务局局长； 免去乙华的县统计局副局长职务。 某县人民政府 二〇〇三年五月十二日\n\n"
            "某县人民政府办公室关于调整县防汛抗旱指挥部成员的通知\n2004-06-07\n"
            "某县人民政府办公室关于调整县防汛抗旱指挥部成员的通知 某政办发〔2004〕23号 各乡镇人民政府，县直各部门： "
            "根据工作需要和人员变动情况，县人民政府决定对《某县人民政府办公室关于成立县防汛抗旱指挥部的通知》"
            "（某政办发〔2002〕31号）确定的县防汛抗旱指挥部成员进行调整，调整后的组成人员如下： "
            "总 指 挥：县长　丙强 副总指挥：副县长　丁伟 成　　员：县水务局局长　戊刚 "
            "某县人民政府办公室 2004年6月3日\n\n"
            "热点推荐\n某县政府工作报告\n某县人民政府办公室关于做好春季农田水利基本建设工作的通知\n某县\n")


# a listing's last item: the page's hot links under its text are no part of it; its head run onto one line keeps its
# number after the title
def test_listing_item_run_on_under_hot_links(tmp_path):
    notices = _notices(tmp_path, _LISTING)
    assert len(notices) == 2
    assert "热点推荐" not in notices[1].text and "春季农田" not in notices[1].text
    doc = extract(notices[1]).document
    assert doc.title == "某县人民政府办公室关于调整县防汛抗旱指挥部成员的通知"
    assert (doc.number, doc.signed, doc.published) == ("某政办发〔2004〕23号", "2004-06-03", "2004-06-07")
    first = extract(notices[0]).document
    assert (first.number, first.signed) == ("某政任字〔2003〕11号", "2003-05-12")


# a notice's text that speaks of related documents in a sentence keeps its lines (only a heading of its own cuts)
def test_related_words_in_text_kept(tmp_path):
    page = _LISTING.replace("热点推荐\n", "")
    notices = _notices(tmp_path, page)
    assert "某县政府工作报告" in notices[-1].text
