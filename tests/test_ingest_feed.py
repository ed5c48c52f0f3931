"""XML input: a site's RSS or Atom feed, and a crawl's XML export (pipeline/ingest/feed.py). Every text is made up."""
from __future__ import annotations

from pathlib import Path

from govkg.errors import InputError
from govkg.ingest import read_inputs
from govkg.nlp import build_nlp, extract

_NOTICE = ("<p>某政任〔2031〕3号</p><p>各乡镇人民政府，县直各单位：</p><p>　　经县人民政府研究决定：</p>"
           "<p>　　甲某某任县财政局局长；</p><p>　　免去乙某某的县财政局副局长职务。</p>"
           "<p style=\"text-align:right\">某县人民政府</p><p style=\"text-align:right\">2031年3月1日</p>")
_RSS = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
        "content/\">\n<channel>\n<title>某县人民政府 - 人事任免</title>\n<link>http://www.mx.gov.cn/</link>\n"
        "<item>\n<title>某县人民政府关于甲某某等同志职务任免的通知</title>\n"
        "<link>http://www.mx.gov.cn/art/2031/3/2/art_1_123.html</link>\n<pubDate>Tue, 04 Mar 2031 09:30:00 +0800</pubDate>\n"
        f"<description><![CDATA[{_NOTICE}]]></description>\n</item>\n"
        "<item>\n<title>某县人民政府办公室关于成立某某工作领导小组的通知</title>\n"
        "<link>http://www.mx.gov.cn/art/2031/3/5/art_1_124.html</link>\n<pubDate>Wed, 05 Mar 2031 10:00:00 +0800</pubDate>\n"
        "<content:encoded><![CDATA[<p>某政办发〔2031〕9号</p><p>各乡镇人民政府：</p><p>　　经研究，决定成立某某工作领导小组，"
        "组成人员如下：</p><p>　　组　长：丙某某　县长</p><p>　　副组长：丁某某　副县长</p><p>某县人民政府办公室</p>"
        "<p>2031年3月4日</p>]]></content:encoded>\n</item>\n</channel>\n</rss>\n")


def _read(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_inputs([path]))


def test_rss_items_are_notices_with_their_links_and_dates(tmp_path):
    notices = _read(tmp_path, "feed.xml", _RSS)
    assert [n.meta["url"] for n in notices] == ["http://www.mx.gov.cn/art/2031/3/2/art_1_123.html",
                                                "http://www.mx.gov.cn/art/2031/3/5/art_1_124.html"]
    assert [n.meta["published"] for n in notices] == ["2031-03-04", "2031-03-05"]
    facts = extract(notices[0], build_nlp())
    assert facts.document.number == "某政任〔2031〕3号"
    assert facts.document.title == "某县人民政府关于甲某某等同志职务任免的通知"
    assert "组　长" in notices[1].text or "组长" in notices[1].text  # (content:encoded, HTML inside CDATA)


def test_a_feed_saved_as_text_and_an_atom_feed(tmp_path):
    assert len(_read(tmp_path, "feed.txt", _RSS)) == 2
    atom = ("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>某县</title>\n<entry>\n"
            "<title>某县人民政府关于甲某某等同志职务任免的通知</title>\n<link href=\"http://www.mx.gov.cn/a/1.html\"/>\n"
            f"<updated>2031-03-04T09:30:00+08:00</updated>\n<content type=\"html\"><![CDATA[{_NOTICE}]]></content>\n"
            "</entry>\n</feed>\n")
    [notice] = _read(tmp_path, "feed.atom", atom)
    assert (notice.meta["url"], notice.meta["published"]) == ("http://www.mx.gov.cn/a/1.html", "2031-03-04")


def test_an_xml_export_of_records(tmp_path):
    export = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export>\n<record>\n<biaoti>某县人民政府关于甲某某等同志职务任免的通知</biaoti>\n"
              "<wangzhi>http://www.mx.gov.cn/a/1.html</wangzhi>\n<riqi>2031-03-04</riqi>\n"
              f"<zhengwen><![CDATA[{_NOTICE}]]></zhengwen>\n</record>\n</export>\n")
    [notice] = _read(tmp_path, "export.xml", export)
    assert notice.meta["url"] == "http://www.mx.gov.cn/a/1.html" and "甲某某任县财政局局长" in notice.text


def test_xml_without_records_is_an_error_naming_the_file(tmp_path):
    [error] = _read(tmp_path, "empty.xml", "<?xml version=\"1.0\"?>\n<root/>\n")
    assert isinstance(error, InputError) and "empty.xml" in str(error)
