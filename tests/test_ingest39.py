"""Containers and viewers of the thirty-ninth session's layouts176 and layouts177, looked at after their round: a feed
app's JSON record whose body is a list of typed blocks (a table's rows, an ad block, a fold marker), a JSON Lines crawl
whose attachments are objects of their converted text (docx2txt's cells one a paragraph), a pdf.js text layer of placed
spans, and an attachment's preview box that reads a raw ``.doc``. Every text is made up."""
from __future__ import annotations

import json
from pathlib import Path

from govkg.ingest import read_inputs
from govkg.nlp import build_nlp, extract


def _read(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> list:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return list(read_inputs([path]))


def _facts(notice, kind: str) -> list:
    return [f for f in extract(notice, build_nlp()).facts if type(f).__name__ == kind]


def _feed_card() -> dict:
    blocks = [{"type": "text", "text": "某政办字〔2031〕7号"},
              {"type": "text", "text": "各镇人民政府，市政府各部门："},
              {"type": "text", "text": "　　《某市河湖保洁行动方案》已经市政府同意，现印发给你们，请认真组织实施。"},
              {"type": "text", "text": "　　　　某市人民政府办公室\n　　　　2031年4月2日"},
              {"type": "heading", "text": "某市河湖保洁行动方案"},
              {"type": "ad", "label": "广告", "text": "本地搬家服务 首单立减20元 >>", "link": "https://ad.example.cn/c?id=1"},
              {"type": "text", "text": "　　一、重点任务"},
              {"type": "table", "rows": [["序号", "重点任务", "牵头单位", "配合单位"],
                                         ["1", "清理河道漂浮物", "市水务局", "市城管局、各镇"],
                                         ["2", "整治入河排污口", "市生态环境局", "市水务局"]]},
              {"type": "fold", "label": "展开全文", "folded": True},
              {"type": "text", "text": "　　（三）建设巡河平台。由市大数据局牵头，市水务局配合，年底前建成。"}]
    return {"code": 0, "msg": "ok", "data": {"url": "https://feed.example.cn/a/99", "title": "某市人民政府办公室关于印发某市河湖保洁行动方案的通知",
                                             "publish_time": "2031-04-05 10:00:00", "content_blocks": blocks,
                                             "recommend": [{"title": "某市发布大风预警", "media_name": "某市气象"}]}}


def test_feed_record_of_typed_blocks_is_one_notice_with_its_table(tmp_path):
    [notice] = _read(tmp_path, "card.json", json.dumps(_feed_card(), ensure_ascii=False))
    assert "首单立减" not in notice.text and "展开全文" not in notice.text
    rows = {(a.task, a.role, a.agency) for a in _facts(notice, "Assignment")}
    assert {("清理河道漂浮物", "lead", "市水务局"), ("整治入河排污口", "support", "市水务局"),
            ("建设巡河平台", "lead", "市大数据局")} <= rows
    assert extract(notice, build_nlp()).document.number == "某政办字〔2031〕7号"


def test_crawl_attachments_as_objects_give_their_text(tmp_path):
    cells = ["附件", "某县防汛物资保障工作专班组成人员名单", "", "专班长", "闵　青禾", "县应急管理局局长", "",
             "副专班长", "卜嘉言", "县应急管理局副局长", "", "成　员", "冼　予安", "县发展和改革局副局长",
             "靳书白", "县交通运输局副局长", ""]
    docx = "\n\n".join(cells).replace("\n\n\n\n", "\n\n\n") + "\n"
    first = {"url": "http://yjj.example.gov.cn/art/1.html", "page_title": "某县应急管理局关于成立防汛物资保障工作专班的通知",
             "pub_date": "2031-06-05 17:20",
             "body_text": "某县应急管理局关于成立防汛物资保障工作专班的通知\n某应急字〔2031〕19号\n局机关各股室：\n"
                          "为做好主汛期物资保障工作，决定成立某县防汛物资保障工作专班。组成人员名单见附件。\n某县应急管理局\n2031年6月3日",
             "attachments": [{"name": "名单.docx", "converter": "docx2txt 0.8", "text": docx}]}
    second = {"url": "http://www.example.com/news/2.html", "pub_date": "2031/3/21 8:16:43",
              "body_text": "某镇人民政府关于印发《某镇环境整治工作方案》的通知\n某镇政〔2031〕8号\n各村（社区）：\n"
                           "现将《某镇环境整治工作方案》印发给你们，请抓好落实。\n某镇人民政府\n2031年3月15日\n附件预览：方案.wps",
              "attachments": [{"name": "方案.wps", "converter": "wps-preview",
                               "text": "某镇环境整治工作方案\n为改善全镇环境，制定本方案。\n一、重点任务\n"
                                       "（一）背街小巷硬化。完成老街路面硬化。由镇规划建设办公室牵头，各社区居委会配合。\n"
                                       "（二）坑塘清理。对3处坑塘进行清淤（镇生态环境保护办公室负责）。\n"}]}
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (first, second))
    one, two = _read(tmp_path, "crawl.jsonl", lines)
    members = {(m.person, m.role) for m in _facts(one, "Membership")}
    assert {("闵青禾", "专班长"), ("卜嘉言", "副专班长"), ("冼予安", "成员"), ("靳书白", "成员")} <= members
    posts = {(p.person, p.post.agency, p.post.title) for p in _facts(one, "Position")}
    assert ("靳书白", "县交通运输局", "副局长") in posts
    rows = {(a.task, a.role, a.agency) for a in _facts(two, "Assignment")}
    assert {("背街小巷硬化", "lead", "镇规划建设办公室"), ("坑塘清理", "responsible", "镇生态环境保护办公室")} <= rows


def _span(left: float, top: float, text: str) -> str:
    return (f'<span style="left: {left:.2f}px; top: {top:.2f}px; font-size: 21.33px;" role="presentation" '
            f'dir="ltr">{text}</span>\n')


def test_pdfjs_text_layer_rows_cut_between_spans(tmp_path):
    rows = [[(96, "附件")], [(96, "某县茶产业发展领导小组成员名单")],
            [(96, "组"), (117.3, "  长："), (202.5, "庹　明川"), (287.7, "   县委副书记、县"), (500.7, "长")],
            [(96, "副组长："), (181.2, "岑"), (202.5, "若溪"), (245.1, "   县人民政府副县长")],
            [(96, "成"), (117.3, "  员："), (202.5, "郦景"), (245.1, "行"), (266.4, "   县财政局局长")],
            [(96, "滕　知远"), (181.2, "   县商务局副"), (351.6, "局长")],
            [(96, "领导小组下设办公室和产业推广组，办公室设在县农业局，滕知远同志兼任办")],
            [(96, "公室主任；产业推广组由郦景行同志任组长，负责品牌推广工作。")]]
    layer = "".join("".join(_span(left, 120 + 37.4 * k, t) for left, t in row) + '<br role="presentation">\n'
                    for k, row in enumerate(rows))
    page = ("<html><head><title>某县人民政府办公室关于调整县茶产业发展领导小组成员的通知</title></head><body>"
            "<h1>某县人民政府办公室关于调整县茶产业发展领导小组成员的通知</h1><div class=\"content\">"
            "<p>某政办函〔2031〕14号</p><p>各乡镇人民政府，县直各单位：</p><p>　　经县人民政府同意，决定对某县茶产业发展领导小组成员"
            "进行调整。调整后的名单见附件。</p><p>某县人民政府办公室</p><p>2031年4月9日</p>"
            f'<div id="viewer" class="pdfViewer"><div class="page"><div class="textLayer">{layer}</div></div></div>'
            "</div></body></html>")
    [notice] = _read(tmp_path, "page.html", page)
    members = {(m.group, m.person, m.role) for m in _facts(notice, "Membership")}
    group = "某县茶产业发展领导小组"
    assert {(group, "庹明川", "组长"), (group, "岑若溪", "副组长"), (group, "郦景行", "成员"), (group, "滕知远", "成员"),
            (group + "办公室", "滕知远", "主任")} <= members
    posts = {(p.person, p.post.agency, p.post.title) for p in _facts(notice, "Position")}
    assert {("庹明川", "县人民政府", "县长"), ("滕知远", "县商务局", "副局长")} <= posts


def test_attachment_preview_of_a_raw_doc_is_part_of_the_article(tmp_path):
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\" />"
            "<title>某县人民政府关于任免甄望川等同志职务的通知 - 某县人民政府网</title></head><body>"
            "<div id=\"nav\">首页 &gt;&gt; 政务公开 &gt;&gt; 人事任免</div><table class=\"art\">"
            "<tr><td class=\"art_title\">某县人民政府关于任免甄望川<br />等同志职务的通知</td></tr>"
            "<tr><td class=\"art_info\">发布单位：县政府办公室&nbsp;&nbsp;发布时间：2031-5-26 9:41:07</td></tr>"
            "<tr><td class=\"art_body\"><p align=\"center\">某政任〔2031〕5号</p><p>各乡镇人民政府，县政府各部门：</p>"
            "<p>　　经县人民政府常务会议研究决定，任免下列同志职务，具体名单见附件。</p>"
            "<p align=\"right\">某县人民政府</p><p align=\"right\">二〇三一年五月二十日</p>"
            "<div class=\"attach\"><p>相关附件：<a href=\"#\">任免名单.doc</a>（31.5KB）</p>"
            "<p class=\"preview_tip\">▼附件预览（系统直接读取附件内容）</p><pre class=\"preview\">\n"
            "邢嘵>  R bjbjqPqP   8 8  $  ? : : : \n ( ( (  4 \\ \\ \\ \\ \\ \n某县人民政府任免名单\n一、任命\n"
            "甄望川　　县发展和改革局局长（试用期一年）\n二、免去\n蒯立新的县交通局局长职务（退休）\n"
            " h 8 $ 8 $ h 8 : h  CJ OJ QJ aJ o( h  CJ OJ QJ aJ \n  Normal  Microsoft Office Word  某县政府办  WPS Office\n"
            "</pre></div></td></tr></table><div id=\"foot\">主办：某县人民政府办公室</div></body></html>")
    [notice] = _read(tmp_path, "art.html", page, encoding="gbk")
    assert "bjbj" not in notice.text and "CJ OJ" not in notice.text
    doc = extract(notice, build_nlp()).document
    assert (doc.number, doc.signed) == ("某政任〔2031〕5号", "2031-05-20")
    assert ("甄望川", "县发展和改革局", "局长") in {(a.person, a.post.agency, a.post.title) for a in _facts(notice, "Appointment")}


def test_feed_blocks_with_an_image_stay_one_body_and_records_of_a_kind_stay_records(tmp_path):
    card = _feed_card()
    card["data"]["content_blocks"].insert(1, {"type": "image", "url": "https://img.example.cn/1.jpg"})
    [notice] = _read(tmp_path, "card.json", json.dumps(card, ensure_ascii=False))
    assert extract(notice, build_nlp()).document.number == "某政办字〔2031〕7号"
    records = [{"type": "article", "title": f"某县人民政府关于第{k}项工作的通知", "url": f"http://example.gov.cn/{k}.html",
                "content": "各乡镇人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n某县人民政府\n2031年3月1日"} for k in (1, 2)]
    assert len(_read(tmp_path, "list.json", json.dumps({"data": {"list": records}}, ensure_ascii=False))) == 2
