"""Notices inside the page layouts of government sites: info blocks printed as text, numbers
printed after the title, notices whose line breaks were lost, list pages with several notices."""
from __future__ import annotations

from govkg.facts import Appointment, Citation, Membership, Position
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta))


def test_info_block_pairs_with_an_empty_number_cell():
    text = """首页 > 信息公开 > 信息浏览
索引号: 0031/2023-00042 组配分类: 人事信息
信息分类: 通知   发布机构: 某县人民政府
生成日期: 2023-03-02 文号:
发文日期: 2023-03-02 生效时间:
废止时间: 名称: 某县人民政府关于张明等同志职务任免的通知
浏览次数: 12 内容概述:

某县人民政府关于张明等同志职务任免的通知

某政任〔2023〕2号

各乡镇人民政府，县政府各部门：

经县政府研究，决定：
张明同志任县水利局局长。

某县人民政府
2023年2月27日
"""
    d = run(text).document
    assert (d.title, d.number, d.issuer, d.signed) == (
        "某县人民政府关于张明等同志职务任免的通知", "某政任〔2023〕2号", "某县人民政府", "2023-02-27")


def test_info_block_with_labels_glued_to_values_gives_the_number_and_no_citation():
    text = """某市人民政府办公室关于成立某市数据工作专班的通知
发布时间：2023-05-04 09:00来源：市政府办公室浏览次数：
索引号0001/2023-00110发文机关某市人民政府办公室成文日期2023年05月02日文号某府办函〔2023〕9号主题分类综合政务
各区县人民政府，市级各部门：
市政府决定成立某市数据工作专班。现将有关事项通知如下：
组长：王立新市委常委、副市长
副组长：李红梅市政府副秘书长，赵国强市大数据局局长
某市人民政府办公室
2023年5月2日
"""
    nf = run(text)
    assert nf.document.number == "某府办函〔2023〕9号"
    assert not nf.of(Citation)
    assert {(m.person, m.role) for m in nf.of(Membership)} >= {("李红梅", "副组长"), ("赵国强", "副组长")}
    assert {(p.person, p.post.agency, p.post.title) for p in nf.of(Position)} >= {
        ("李红梅", "市人民政府", "副秘书长"), ("赵国强", "市大数据局", "局长")}


def test_number_printed_after_the_title_is_the_notices_number():
    text = """中共某市委办公室某市人民政府办公室关于成立某市营商环境工作领导小组的通知(某办发〔2023〕5号)
各区县委、人民政府，市直各单位：
经研究，决定成立某市营商环境工作领导小组。
组　长：王立新　市长
中共某市委办公室
某市人民政府办公室
2023年3月1日
"""
    d = run(text).document
    assert d.number == "某办发〔2023〕5号"
    assert d.title == "中共某市委办公室某市人民政府办公室关于成立某市营商环境工作领导小组的通知"
    assert d.issuer == "中共某市委办公室、某市人民政府办公室"


def test_a_notice_on_one_line_keeps_its_number_and_signature():
    text = ("某州人民政府关于张明等同志职务任免的通知\n2023-06-01 10:00 来源：某州人民政府门户网站\n"
            "某政任〔2023〕8号各县、市人民政府，州直各委、办、局：经州人民政府研究，决定：张明同志任州水务局局长；"
            "李华同志任州财政局副局长（试用期一年）。某某族自治州人民政府　2023年5月29日\n")
    nf = run(text)
    assert (nf.document.number, nf.document.issuer, nf.document.signed) == (
        "某政任〔2023〕8号", "某某族自治州人民政府", "2023-05-29")
    assert {(a.person, a.post.agency) for a in nf.of(Appointment)} == {("张明", "州水务局"), ("李华", "州财政局")}
    assert not nf.of(Citation)


def _listing(tmp_path, body: str):
    path = tmp_path / "list.txt"
    path.write_text(body, encoding="utf-8")
    return [n for n in read_inputs([path]) if isinstance(n, RawNotice)]


def test_list_pages_with_the_date_on_the_title_line_split_into_notices(tmp_path):
    bracketed = """某县人民政府 > 政府文件

· 某县人民政府关于张明同志任职的通知 [2023-08-22]
  某政任〔2023〕9号
  经县政府研究，决定：张明同志任县水利局局长。
  某县人民政府
  2023年8月20日

· 某县人民政府关于李华同志任职的通知 [2023-08-15]
  某政任〔2023〕8号
  经县政府研究，决定：李华同志任县财政局局长。
  某县人民政府
  2023年8月13日

共2条记录 1/1页
"""
    spaced = bracketed.replace("· ", "").replace(" [", "    ").replace("]", "")
    for page in (bracketed, spaced):
        notices = _listing(tmp_path, page)
        assert [n.meta["published"] for n in notices] == ["2023-08-22", "2023-08-15"]
        assert [n.meta["title"] for n in notices] == ["某县人民政府关于张明同志任职的通知", "某县人民政府关于李华同志任职的通知"]
        assert "共2条" not in notices[-1].text
        numbers = [extract(n).document.number for n in notices]
        assert numbers == ["某政任〔2023〕9号", "某政任〔2023〕8号"]
