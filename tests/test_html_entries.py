"""Saved HTML pages of law databases and encyclopedias: a bracketed label with no colon after it, and a notice's
whole text in the value cell of a two-column entry table (made-up pages in those sites' shapes)."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Membership
from govkg.ingest import read_file
from govkg.nlp import extract

_BODY = ("<p>各司室、各直属单位：</p>"
         "<p>为提升某项工作质量，经研究，决定成立某某局质量提升工作领导小组。现将有关事项通知如下：</p>"
         "<p>一、领导小组组成人员</p>"
         "<p>组　长：甄立群　某某局副局长</p>"
         "<p>成　员：訾文涛　某某局综合司副司长</p>"
         "<p>　　　　　乜春燕　某某局财务司司长</p>"
         "<p>二、领导小组下设办公室，办公室设在综合司，办公室主任由訾文涛同志兼任，负责领导小组日常工作。</p>"
         "<p>领导小组成员如有变动，由所在单位接任工作的同志替补，不再另行发文。</p>")


def _read(tmp_path: Path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (notice,) = list(read_file(path))
    return notice, extract(notice)


def test_bracketed_label_without_colon_gives_the_number(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某局办公室关于成立质量提升工作领导小组的通知_法规</title></head>"
            "<body><h1>某某局办公室关于成立质量提升工作领导小组的通知</h1>"
            "<div class='info'><p>【发文字号】 某局办发〔2019〕12号</p><p>【效力属性】 有效</p></div>"
            f"<div class='content'>{_BODY}<p>某某局办公室</p><p>2019年3月4日</p></div></body></html>")
    notice, facts = _read(tmp_path, page)
    assert notice.meta.get("number") == "某局办发〔2019〕12号"
    assert facts.document.number == "某局办发〔2019〕12号"
    assert facts.document.signed == "2019-03-04"


def test_notice_in_the_value_cell_of_an_entry_table_keeps_its_lines(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某局办公室关于成立质量提升工作领导小组的通知 - 百科</title></head>"
            "<body><table class='entry'>"
            "<tr><td>词条</td><td>某某局办公室关于成立质量提升工作领导小组的通知</td></tr>"
            "<tr><td>类别</td><td>中文百科知识</td></tr>"
            "<tr><td>释义</td><td><p>某某局办公室关于成立质量提升工作领导小组的通知</p><p>某局办发〔2019〕12号</p>"
            f"{_BODY}<p>某某局办公室</p><p>2019年3月4日</p></td></tr>"
            "</table></body></html>")
    _, facts = _read(tmp_path, page)
    assert facts.document.number == "某局办发〔2019〕12号"
    assert facts.document.signed == "2019-03-04"
    members = {(f.person, f.role) for f in facts.facts if isinstance(f, Membership)}
    assert ("甄立群", "组长") in members and ("乜春燕", "成员") in members


def test_task_table_of_two_columns_stays_a_table(tmp_path):
    """A table of short cells (a task and its lead) is data: its rows keep their cells apart."""
    page = ("<html><head><meta charset='utf-8'><title>某县人民政府办公室关于印发某某实施方案的通知</title></head><body>"
            "<h1>某县人民政府办公室关于印发某某实施方案的通知</h1><div class='content'>"
            "<p>各乡镇人民政府，县直各部门：</p><p>现将《某某实施方案》印发给你们，请认真贯彻执行。</p>"
            "<table><tr><td>工作任务</td><td>牵头单位</td></tr>"
            "<tr><td>整治背街小巷</td><td>县住房和城乡建设局</td></tr>"
            "<tr><td>清理河道垃圾</td><td>县水利局</td></tr></table>"
            "<p>某县人民政府办公室</p><p>2020年5月6日</p></div></body></html>")
    _, facts = _read(tmp_path, page)
    leads = {(f.task, f.agency) for f in facts.facts if getattr(f, "role", None) == "lead"}
    assert ("整治背街小巷", "县住房和城乡建设局") in leads
