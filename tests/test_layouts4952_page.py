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


def test_listing_item_run_on_signed_after_its_member_list():
    from govkg.extract.layout import find_layout
    text = ("某办发〔2019〕5号 各镇人民政府、街道办事处，县政府各部门，有关单位：因人事变动和工作需要，经县政府研究同意，现对县防汛工作领导小组组成人员调整如下： "
            "组\u3000长：张某某\u3000县长 副组长：赵某某（女）\u3000副县长\n"
            "成\u3000员：李某某\u3000县水利局局长\n王某某\u3000县财政局局长 领导小组下设办公室，办公室设在县水利局，负责日常工作。"
            "原领导小组组成人员名单同时废止。 某县人民政府办公室 2019年6月3日\n")
    layout = find_layout(text, {"title": "某县人民政府办公室关于调整县防汛工作领导小组组成人员的通知"})
    assert layout.signed == "2019-06-03"


def test_signing_date_with_the_disclosure_note_after_it():
    from govkg.extract.layout import find_layout
    text = ("某县人民政府办公室文件\n某政办发〔2015〕3号\n某县人民政府办公室关于印发某县集贸市场管理办法的通知\n各乡镇人民政府，县直各单位：\n"
            "《某县集贸市场管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n2015 年 3 月 9 日 （此件主动公开）\n"
            "某县集贸市场管理办法\n第一条 为规范集贸市场秩序，制定本办法。\n")
    assert find_layout(text, {}).signed == "2015-03-09"
