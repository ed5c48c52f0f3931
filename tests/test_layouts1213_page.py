"""Reading the page, the classes of errors the blind corpora layouts12 and layouts13 found: crawl dumps whose
field names are not known, labels glued to the number in a metadata run, a document site's listing, a
posts-first member table run together with single spaces, a site's name and slogan or a one-step breadcrumb
over an untitled page, a report that prints a congress's list whole, a signature whose date comes first on a
page that lost its line breaks. All notices are made up."""
from __future__ import annotations

import json

from govkg.errors import InputError
from govkg.facts import Appointment, Membership, Position, Removal
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.text import normalize_docnum

from helpers import document, facts, members, posts

BODY = ("某府任〔2021〕3号\n各乡镇人民政府，县直各部门：\n经县人民政府研究决定：\n任命甲明为某县教育局局长；\n"
        "免去乙华的某县财政局副局长职务。\n某县人民政府\n2021年5月4日")
TITLE = "某县人民政府关于甲明等同志职务任免的通知"


def _read(tmp_path, records: list[dict], name: str = "crawl.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    found = list(read_inputs([path]))
    return [n for n in found if isinstance(n, RawNotice)], [e for e in found if isinstance(e, InputError)]


def test_a_crawl_whose_field_names_are_not_known_is_read_by_the_shape_of_its_values(tmp_path):
    record = {"id": 7, "lanmu": "人事信息", "biaoti": TITLE, "lianjie": "https://www.example.gov.cn/rsxx/7.html",
              "shijian": "2021/05/06 09:30", "zhengwen": BODY, "site": "某县人民政府门户网站"}
    (notice,), errors = _read(tmp_path, [record])
    assert not errors
    assert notice.meta == {"title": TITLE, "url": "https://www.example.gov.cn/rsxx/7.html", "published": "2021-05-06"}
    result = extract(notice)
    doc = result.document
    assert (doc.title, doc.number, doc.issuer, doc.signed, doc.published) == \
        (TITLE, "某府任〔2021〕3号", "某县人民政府", "2021-05-04", "2021-05-06")
    assert sorted((type(f).__name__, f.person, f.post.agency, f.post.title) for f in result.facts
                  if isinstance(f, (Appointment, Removal))) == \
        [("Appointment", "甲明", "某县教育局", "局长"), ("Removal", "乙华", "某县财政局", "副局长")]


def test_a_crawl_body_kept_as_html_is_read_by_its_tags(tmp_path):
    html = "".join(f"<p>{line}</p>" for line in BODY.split("\n"))
    (notice,), _ = _read(tmp_path, [{"h": TITLE, "c": html, "t": "2021-05-06T08:00:00+08:00"}])
    assert notice.meta["title"] == TITLE and notice.meta["published"] == "2021-05-06" and "<p>" in notice.text


def test_common_crawl_names_for_the_body_and_the_date_are_known(tmp_path):
    records = [{"name": TITLE, "source_url": "http://www.example.gov.cn/1.html", "ptime": "2021-05-06 15:32:08",
                "channel": "人事信息", "txt": BODY},
               {"headline": TITLE, "url": "http://www.example.gov.cn/2.html", "releaseTime": "2021/05/07 10:05",
                "bodyText": BODY}]
    notices, errors = _read(tmp_path, records)
    assert not errors
    assert [n.meta["published"] for n in notices] == ["2021-05-06", "2021-05-07"]
    assert all(n.meta["title"] == TITLE and n.text == BODY for n in notices)


def test_a_channel_name_is_no_title_and_a_record_without_a_body_is_reported(tmp_path):
    records = [{"lanmu": "人事信息", "zhengwen": BODY},
               {"lanmu": "人事信息", "biaoti": "某县召开某某工作会议", "shijian": "2021-05-06"}]
    notices, errors = _read(tmp_path, records)
    assert len(notices) == 1 and "title" not in notices[0].meta
    assert len(errors) == 1 and "line 2" in errors[0].reason


def test_a_file_of_records_none_of_which_holds_a_text_is_one_error(tmp_path):
    notices, errors = _read(tmp_path, [{"a": "短", "b": 3}, {"a": "也短"}])
    assert not notices and len(errors) == 1 and "no notice records" in errors[0].reason


def test_a_number_whose_labels_run_on_before_it_is_read_by_its_shape():
    assert normalize_docnum("发布部门某省人力资源和社会保障厅发布文号某人社发〔2015〕12号") == "某人社发〔2015〕12号"
    assert normalize_docnum("发文字号：某政办发〔2020〕8号") == "某政办发〔2020〕8号"
    text = ("某某法规网\n当前位置：首页 » 法规 » 地方法规\n某省人力资源和社会保障厅关于印发某某实施方案的通知\n"
            "发布部门某省人力资源和社会保障厅发布文号某人社发〔2015〕12号\n发布日期2015-03-02实施日期2015-03-02\n"
            "各市人力资源和社会保障局：\n现将《某某实施方案》印发给你们，请认真贯彻落实。\n某省人力资源和社会保障厅\n2015年2月27日\n")
    doc = document(text)
    assert (doc.number, doc.title, doc.issuer, doc.signed) == \
        ("某人社发〔2015〕12号", "某省人力资源和社会保障厅关于印发某某实施方案的通知", "某省人力资源和社会保障厅", "2015-02-27")


LISTING = (
    "某某标签 > 某区政府文件\n某区政府文件 相关文档 共2篇\n\n"
    "某区人民政府关于甲明等同志任免职务的通知\n"
    "某区人民政府关于甲明等同志任免职务的通知 某政任〔2024〕2号 各街道办事处，区政府各部门：经区政府研究，决定：任命甲明为区应急管理局局长；"
    "免去丙强的区统计局局长职务。 某区人民政府 2024年2月27日\n发布时间：2024-03-01 | 浏览 120 | 文档格式：网页\n\n"
    "某区人民政府办公室关于建立某区安全生产工作联席会议的通知\n"
    "某区人民政府办公室关于建立某区安全生产工作联席会议的通知 某政办发〔2023〕9号 各街道办事处，区政府各部门：为做好安全生产工作，"
    "经区政府同意，决定建立某区安全生产工作联席会议，组成人员如下：召 集 人：区政府副区长　丁芳（女）"
    "成　　员：区住房和城乡建设局副局长　戊国庆　区交通运输局副局长　己　刚　区财政局副局长　庚红霞（女）　"
    "区公安分局副局长　辛瑞峰　联席会议办公室设在区应急管理局。 某区人民政府办公室 2023年6月12日\n"
    "发布时间：2023-06-14 | 浏览 87 | 文档格式：网页\n\n上一页 1 下一页\n")


def test_a_document_sites_list_is_split_where_each_title_opens_its_text_again(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(LISTING, encoding="utf-8")
    notices = [n for n in read_inputs([path]) if isinstance(n, RawNotice)]
    assert [(n.index, n.meta["published"]) for n in notices] == [(0, "2024-03-01"), (1, "2023-06-14")]
    first, second = (extract(n) for n in notices)
    assert first.document.number == "某政任〔2024〕2号" and second.document.number == "某政办发〔2023〕9号"
    assert second.document.title == "某区人民政府办公室关于建立某区安全生产工作联席会议的通知"
    assert not any("〔2023〕" in repr(f) for f in first.facts)  # (the second's number is no citation of the first)
    group = "某区安全生产工作联席会议"
    got = {(f.group, f.person, f.role) for f in second.facts if isinstance(f, Membership)}
    assert got == {(group, "丁芳", "召集人"), (group, "戊国庆", "成员"), (group, "己刚", "成员"),
                   (group, "庚红霞", "成员"), (group, "辛瑞峰", "成员")}
    assert ("辛瑞峰", "区公安分局", "副局长") in {(f.person, f.post.agency, f.post.title) for f in second.facts
                                            if isinstance(f, Position)}


def test_a_sites_name_and_slogan_over_an_untitled_page_is_no_title():
    text = ("某某范文网—你身边的写作专家\n\n某某范文网—你身边的写作专家\n\n73\n\n各社区居委会：\n"
            "为做好防汛工作，经街道党工委研究，决定成立某某街道防汛工作专班，组成人员如下：\n"
            "组　长：甲明　街道党工委书记\n成　员：乙华　街道应急管理办公室主任\n"
            "                   某某市某某区某某街道办事处\n                   2024年5月8日\n")
    doc = document(text)
    assert not doc.title and not doc.number
    assert (doc.issuer, doc.signed) == ("某某市某某区某某街道办事处", "2024-05-08")
    assert ("某某街道防汛工作专班", "甲明", "组长") in members(text)


def test_a_one_step_breadcrumb_is_no_title():
    text = ("某某开发区 > 通知公告\n发布机构:某某开发区管理委员会文号:某经管发〔2013〕9号\n公开日期:2013-04-02\n\n"
            "某某开发区管理委员会关于建立某某开发区重点项目建设联席会议的通知\n\n某经管发〔2013〕9号\n\n开发区各部门：\n"
            "为加快推进重点项目建设，经管委会研究，决定建立某某开发区重点项目建设联席会议。\n"
            "召集人：甲明　管委会主任\n\n某某开发区管理委员会\n\n2013年4月1日\n")
    doc = document(text)
    assert doc.title == "某某开发区管理委员会关于建立某某开发区重点项目建设联席会议的通知"
    assert doc.number == "某经管发〔2013〕9号"


def test_a_report_that_prints_a_congress_list_whole_takes_its_heading():
    text = ("县人大常委会会议通过一批人事任免\n"
            "5月6日上午，某某县第十届人民代表大会常务委员会举行第八次会议。会议听取了县人民政府关于提请任免有关人员职务的说明，经过审议，"
            "会议表决通过了人事任免事项。\n编辑:某某\n某某县人民代表大会常务委员会任免名单\n"
            "（2015年5月6日某某县第十届人民代表大会常务委员会第八次会议通过）\n任命：\n甲明为某某县农业局局长；\n"
            "免去：\n乙华的某某县农业局局长职务。\n会后，县人大常委会主任为新任命人员颁发了任命书。\n")
    doc = document(text)
    assert (doc.title, doc.issuer, doc.signed, doc.kind) == \
        ("某某县人民代表大会常务委员会任免名单", "某某县人民代表大会常务委员会", "2015-05-06", "personnel")
    assert posts(text, (Appointment, Removal)) == [("Appointment", "甲明", "某某县农业局", "局长"),
                                                   ("Removal", "乙华", "某某县农业局", "局长")]


def test_a_news_headline_over_a_single_decision_it_reprints_stays_the_title():
    text = ("张某某任某某市代理市长\n2023年5月31日上午，某某市人大常委会召开会议，决定任命张某某同志为某某市人民政府代理市长。\n"
            "某某市人民代表大会常务委员会\n关于接受王某同志辞去某某市人民政府\n市长职务请求的决定\n"
            "(2023年5月31日某某市第十五届人民代表大会常务委员会第七次会议通过)\n根据有关规定，决定接受王某同志辞去市长职务的请求。\n")
    assert document(text).title == "张某某任某某市代理市长"


def test_a_chinese_numeral_date_glued_before_the_signing_body_is_the_signature():
    text = ("某市人民政府关于甲明等同志任免职务的通知\n\n时间:03-18人气:41作者:某某在线\n\n"
            "某市人民政府关于甲明等同志任免职务的通知某政任〔2003〕7号各乡（镇）人民政府，市人民政府各部门：经市人民政府研究，决定："
            "甲明任市计划委员会主任；任命乙华（女）为市教育局副局长；任命戊东为市财政局副局长，兼任市国有资产管理局局长；"
            "免去丙强的市审计局副局长职务；免去丁勇的市计划委员会主任职务，另有任用。"
            "二〇〇三年三月十二日某市人民政府\n\n注意:本站部分文字内容由网友投稿\n")
    doc = document(text)
    assert (doc.number, doc.issuer, doc.signed) == ("某政任〔2003〕7号", "某市人民政府", "2003-03-12")
    assert ("Appointment", "乙华", "市教育局", "副局长") in posts(text, (Appointment,))


def test_a_control_in_square_brackets_is_no_headline():
    text = ("某某论坛-某某网\n\n 找回密码\n 立即注册\n查看: 1464|回复: 0\n\n参加某某工作队\n\n[复制链接]\n\n985\n\n主题\n\n"
            "发表于 2024-12-16 06:44:18 | 显示全部楼层\n"
            "          1964年的下半年，我从农中回家后不久，被公社抽去参加工作队，工作队队长叫某某，后来调到县里工作了。\n")
    doc = document(text)
    assert doc.title == "参加某某工作队" and doc.issuer is None
    assert not [f for f in facts(text) if isinstance(f, Position) and f.person == "参加某某"]


def test_a_crawls_one_line_summary_is_no_title(tmp_path):
    record = {"zy": "会议研究了有关人事事项。会议决定任免一批干部；要求各单位抓好落实。", "zhengwen": BODY}
    (notice,), _ = _read(tmp_path, [record])
    assert "title" not in notice.meta


def test_a_crawl_record_keeps_the_number_and_issuer_in_fields_of_their_own(tmp_path):
    """A crawl dump whose records hold the number and issuing body in fields of their own (named or not): the
    notice is keyed by its number, not by its title."""
    import json
    records = [{"docTitle": "某市人民政府关于甲某某等同志任免职务的通知", "pageLink": "http://www.example.gov.cn/rsxx/t1.html",
                "issueOrg": "某市人民政府", "fileNo": "某府任〔2012〕9号", "releaseTime": "2012-08-06 16:02:11",
                "bodyText": "各局：\n经研究，决定：\n任命甲某某为某市农业局局长。\n某市人民政府\n2012年8月2日"},
               {"t": "某县人民政府办公室", "x": "某政办〔2020〕3号", "y": "某县人民政府办公室关于成立某某工作领导小组的通知",
                "c": "各乡镇：\n为做好某某工作，决定成立某某工作领导小组。\n组  长：乙某某  县长\n某县人民政府办公室\n2020年3月2日"}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    from govkg.ingest.jsonl import read_jsonl
    notices = list(read_jsonl(path.read_text(encoding="utf-8"), str(path)))
    assert [n.meta.get("number") for n in notices] == ["某府任〔2012〕9号", "某政办〔2020〕3号"]
    assert [n.meta.get("issuer") for n in notices] == ["某市人民政府", "某县人民政府办公室"]
    assert notices[1].meta.get("title") == "某县人民政府办公室关于成立某某工作领导小组的通知"
