"""Reading the page, the classes of errors the blind corpus layouts24 found: a page laid out by a table of one-cell
rows, the whole text in one cell between ``<br>``s (its lines are lines, not a cell's list); a page's source line
that ends in the posting day, with no label, over the number (a traditional page's 號 too); a day under a label the
reader did not know (更新日期) glued after an empty one; a site's footer that names who runs the site on the line that
says 版权所有. All notices are made up."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.ingest.html import read_html
from govkg.nlp import extract
from govkg.notice import RawNotice

from helpers import members


def _page(rows: list[str]) -> str:
    cells = "".join(f"<tr><td>{row}</td></tr>" for row in rows)
    return f"<html><head><title>t</title></head><body><table width='980'>{cells}</table></body></html>"


# a banner's page: breadcrumb, title, info row and the whole text each in a row of a one-column layout table
def test_layout_table_cell_lines_are_lines():
    body = ("某旗政办发〔2019〕7号<br>各苏木乡镇人民政府：<br>　　旗人民政府决定调整旗防汛抗旱指挥部组成人员。组成人员如下：<br>"
            "　　总指挥：甲明　旗长<br>　　副总指挥：乙华（女）　副旗长<br>　　　　　　　丙强　旗水利局局长<br>"
            "　　成　员：丁刚　旗应急管理局局长<br><p align='right'>某旗人民政府办公室<br>2019年5月10日</p>")
    page = _page(["当前位置：首页&gt;信息公开", "某旗人民政府办公室关于调整旗防汛抗旱指挥部组成人员的通知",
                  "来源:旗政府办访问量:更新日期:2019-05-13", body])
    notice = read_html(page, "page.html")
    got = extract(notice)
    assert (got.document.number, got.document.signed, got.document.published) == \
        ("某旗政办发〔2019〕7号", "2019-05-10", "2019-05-13")
    assert {(m.person, m.role) for m in got.facts if hasattr(m, "role") and not isinstance(m, Assignment)} == \
        {("甲明", "总指挥"), ("乙华", "副总指挥"), ("丙强", "副总指挥"), ("丁刚", "成员")}


# a data table's cell keeps its lines as a list (a body per line): only layout tables read as blocks
def test_data_table_cell_lines_stay_a_list():
    page = ("<html><body><h1>某县人民政府办公室关于印发某某工作方案的通知</h1><table>"
            "<tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
            "<tr><td>1</td><td>整治河道</td><td>县水利局<br>县财政局</td></tr></table></body></html>")
    text = read_html(page, "p.html").text
    assert "县水利局、县财政局" in text


# a mirror in traditional script: 來源 … 2005-08-15 over 某政發〔2005〕31號
def test_source_line_ending_in_a_day_over_a_traditional_number():
    text = ("某市政務網>政策文件>正文\n某市人民政府關於印發某市城區綠化管理辦法的通知\n"
            "來源:某市人民政府辦公室　作者:　編輯:甲明　2005-08-15\n某政發〔2005〕31號\n各鎮人民政府，市政府各工作部門：\n"
            "《某市城區綠化管理辦法》已經市政府常務會議研究通過，現印發給你們，請遵照執行。原《某市人民政府關於加強城區綠化的通知》"
            "（某政發〔2001〕22號）同時廢止。\n　　　　　　　某市人民政府\n　　　　　　　二〇〇五年八月十二日\n")
    doc = extract(RawNotice(source="t.txt", index=0, text=text, meta={})).document
    assert (doc.number, doc.published, doc.signed) == ("某政發〔2005〕31號", "2005-08-15", "2005-08-12")


# a ministry's page: its footer names who runs the site on the line that says 版权所有
def test_footer_with_copyright_on_its_line_assigns_nothing():
    text = ("某部办公厅关于成立某某工作领导小组的通知\n某部办〔2021〕5号\n各司局：\n为加强某某工作，决定成立某某工作领导小组。\n"
            "一、领导小组组成\n组　长：甲明　某部部长\n二、领导小组下设办公室，办公室主任由乙华同志兼任，负责领导小组日常工作。\n"
            "某部办公厅\n2021年9月8日\n【打印本页】 【关闭窗口】\n主办单位：某部 版权所有\n")
    got = extract(RawNotice(source="t.txt", index=0, text=text, meta={}))
    assert not [f for f in got.facts if isinstance(f, Assignment)]
    assert ("甲明", "组长") in {(m[1], m[2]) for m in members(text)}
