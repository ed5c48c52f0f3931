"""Crawl exports of the thirty-fourth session's held-out layouts132, looked at after its round: records that keep
their fields in objects of their own, a body kept as an object of paragraphs and a signature, a CSV export of one
record a field a row with an attachment's table after it. Every text is made up."""
from __future__ import annotations

import json
from pathlib import Path

from govkg.ingest import read_inputs
from govkg.nlp import build_nlp, extract

_PARAGRAPHS = ["各乡镇人民政府，县政府各部门：", "经县人民政府研究决定：", "甲某某任县农业委员会副主任（试用期一年）；",
               "免去乙某某的县林业局局长职务。"]


def _read(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_inputs([path]))


def test_record_with_its_fields_in_objects_of_their_own(tmp_path):
    record = {"crawl": {"spider": "s", "url": "http://example.gov.cn/a/1.html", "status": 200},
              "meta": {"发文机关": "某县人民政府", "文号": "某政任〔2031〕9号", "发布日期": "2031年07月02日"},
              "article": {"title": "某县人民政府关于甲某某等同志任免职务的通知",
                          "body_html": "".join(f"<p>{p}</p>" for p in _PARAGRAPHS) + "<p>某县人民政府</p><p>2031年7月1日</p>"}}
    [notice] = _read(tmp_path, "crawl.json", json.dumps([record], ensure_ascii=False))
    assert notice.meta["url"] == "http://example.gov.cn/a/1.html"
    assert notice.meta["title"] == "某县人民政府关于甲某某等同志任免职务的通知"
    assert "甲某某任县农业委员会副主任" in notice.text
    assert extract(notice, build_nlp()).document.number == "某政任〔2031〕9号"


def test_body_kept_as_an_object_of_paragraphs_and_a_signature(tmp_path):
    record = {"id": 1, "标题": "某县人民政府关于甲某某等同志任免职务的通知", "发文字号": "某政任〔2031〕9号",
              "正文": {"段落": _PARAGRAPHS, "落款": {"机关": "某县人民政府", "日期": "二〇三一年七月一日"}}}
    [notice] = _read(tmp_path, "export.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert notice.text.splitlines()[-2:] == ["某县人民政府", "二〇三一年七月一日"]
    assert extract(notice, build_nlp()).document.signed == "2031-07-01"


def test_csv_of_one_record_a_field_a_row_with_an_attachment_table(tmp_path):
    body = "\n".join(["各区县人民政府：", "　　现将《某市2031年农村饮水工作方案》印发给你们，请认真贯彻执行。",
                      "某市人民政府办公室", "2031年5月19日"])
    text = ("字段,内容\n索引号,11341000/203105-00129\n标题,\"某市人民政府办公室关于印发某市\n2031年农村饮水工作方案的通知\"\n"
            "文号,某政办秘〔2031〕43号\n发布机构,某市人民政府办公室\n正文,\"" + body + "\"\n\n"
            "附件1：某市2031年农村饮水工作任务分解表\n序号,工作任务,牵头单位,配合单位,完成时限\n"
            "1,划定水源保护区,市环保局,\"市水利局\n市国土资源局\",2031年8月底\n2,推进城乡供水一体化,市水利局,市财政局,2031年12月底\n")
    [notice] = _read(tmp_path, "export.csv", text)
    assert notice.meta["title"] == "某市人民政府办公室关于印发某市2031年农村饮水工作方案的通知"
    assert "推进城乡供水一体化\t市水利局\t市财政局" in notice.text
    rows = {(a.task, a.role, a.agency) for a in extract(notice, build_nlp()).facts if type(a).__name__ == "Assignment"}
    assert ("推进城乡供水一体化", "lead", "市水利局") in rows


def test_a_two_column_csv_of_records_stays_one_record_a_row(tmp_path):
    text = "title,content\n" + "".join(f"某县人民政府关于第{k}项工作的通知,\"{chr(10).join(_PARAGRAPHS)}\"\n" for k in (1, 2))
    assert len(_read(tmp_path, "two.csv", text)) == 2
