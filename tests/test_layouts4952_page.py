"""Made-up notices in the page shapes the blind corpora layouts49-52 found: reading the page, listings and the
document row."""
import json

from govkg.ingest.jsonl import read_json, read_jsonl
from govkg.notice import RawNotice

_BODY = ("某政办发〔2023〕7号\n各镇人民政府，县政府各部门：\n《某县河道清理行动方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。\n"
         "某县人民政府办公室\n2023年4月3日\n")


def _hit(n: int) -> dict:
    return {"_index": "docs", "_id": f"a{n}", "_score": 1.0,
            "_source": {"DOCTITLE": f"某县人民政府办公室关于印发某县河道清理行动方案的通知{n}", "DOCCONTENT": _BODY,
                        "DOCPUBURL": f"http://www.example.gov.cn/zcwj/t{n}.html", "DOCRELTIME": "2023-04-05 10:00:00",
                        "FILENUM": "某政办发〔2023〕7号"}}


def test_jsonl_search_hit_reads_the_record_under_source():
    notices = [n for n in read_jsonl(json.dumps(_hit(1), ensure_ascii=False), "crawl.jsonl") if isinstance(n, RawNotice)]
    assert len(notices) == 1
    meta = notices[0].meta
    assert meta["url"] == "http://www.example.gov.cn/zcwj/t1.html"
    assert meta["published"] == "2023-04-05"
    assert meta["number"] == "某政办发〔2023〕7号"
    assert "河道清理" in meta["title"] and "现印发给你们" in notices[0].text


def test_json_search_answer_reads_every_hit():
    answer = {"took": 3, "hits": {"total": 2, "hits": [_hit(1), _hit(2)]}}
    notices = [n for n in read_json(json.dumps(answer, ensure_ascii=False), "answer.json") if isinstance(n, RawNotice)]
    assert [n.meta["url"] for n in notices] == ["http://www.example.gov.cn/zcwj/t1.html",
                                                "http://www.example.gov.cn/zcwj/t2.html"]
