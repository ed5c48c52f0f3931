"""Ingest never aborts a batch: every bad file (or line, or folder) is named, the
rest is read, and what is read is not cut or made up."""
from __future__ import annotations

import json
import os
import shutil
import time

import pytest
from click.testing import CliRunner

from govkg.cli import main
from govkg.errors import InputError, InputWarning
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice

from conftest import SEED

_BODY = ("<div class='article-content'><p>鄂尔多斯市人民政府关于成立城市更新工作领导小组的通知</p>"
         "<p>鄂府发〔2024〕12号</p><p>各旗区人民政府：</p><p>为加强领导，决定成立城市更新工作领导小组。</p>"
         "<p>组　长：张三　市长</p><p>副组长：李四　副市长</p><p>鄂尔多斯市人民政府</p><p>2024年3月1日</p></div>")
PAGE = f"<html><head><title>城市更新</title></head><body>{_BODY}</body></html>"
NOTICE = ("汤平县人民政府关于张三等同志职务任免的通知\n汤政任〔2024〕1号\n各乡镇人民政府：\n决定：\n"
          "张三任县财政局局长。\n汤平县人民政府\n2024年1月2日\n")


def _read(path) -> tuple[list[RawNotice], list[InputError]]:
    items = list(read_inputs([path]))
    return [i for i in items if isinstance(i, RawNotice)], [i for i in items if isinstance(i, InputError)]


def _members(notice: RawNotice) -> set[tuple[str, str]]:
    return {(f.person, f.role) for f in extract(notice).facts if type(f).__name__ == "Membership"}


@pytest.mark.parametrize("head", [
    "<!-- saved from url=(0047)https://www.ordos.gov.cn/zwgk/zcwj/202403/t2024.html -->\n",
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n',
    '<?xml-stylesheet type="text/xsl" href="a.xsl"?>\n',
    "<!-- a --><!-- b -->\n<!DOCTYPE html>\n",
], ids=["saved-from-comment", "xml-prologue", "processing-instruction", "two-comments"])
def test_pages_as_browsers_save_them_are_read(tmp_path, head):
    path = tmp_path / "page.html"
    path.write_text(head + PAGE, encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and len(notices) == 1
    assert _members(notices[0]) == {("张三", "组长"), ("李四", "副组长")}


def test_a_saved_page_named_txt_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!-- saved from url=(0022)http://example.com/ -->\n" + PAGE, encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and "<p>" not in notices[0].text


def test_a_colspan_bomb_is_bounded(tmp_path):
    path = tmp_path / "bomb.html"
    table = "<table><tr><td colspan='100000000'>甲</td><td rowspan='999999999'>乙</td></tr><tr><td>丙</td></tr></table>"
    path.write_text(PAGE.replace("<p>组　长", table + "<p>组　长"), encoding="utf-8")
    start = time.perf_counter()
    notices, errors = _read(path)
    assert time.perf_counter() - start < 5
    assert not errors and len(notices[0].text) < 5000
    assert _members(notices[0]) == {("张三", "组长"), ("李四", "副组长")}


def test_a_file_name_that_is_not_utf8_is_read_and_named_readably(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), "关于任免".encode("gbk") + b".txt")
    with open(raw, "wb") as handle:
        handle.write(NOTICE.encode())
    notices, errors = _read(folder)
    assert not errors and len(notices) == 1
    assert notices[0].source.endswith("关于任免.txt")  # a GBK name, decoded as such
    notices[0].source.encode("utf-8")  # no lone surrogates: printable and storable
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "store"), str(folder)])
    assert result.exit_code == 0, result.output
    assert "built 1 notice" in result.output


def test_a_file_name_that_is_no_encoding_is_escaped(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"\xff\xfe\xff.txt")
    with open(raw, "wb") as handle:
        handle.write(b"")
    _, errors = _read(tmp_path)
    assert len(errors) == 1 and "\\xff" in errors[0].path and "empty" in errors[0].reason
    errors[0].path.encode("utf-8")


def test_nul_bytes_anywhere_are_removed_with_a_warning_and_cut_no_fact(tmp_path):
    text = NOTICE.replace("决定：\n", "决定：\n" + "为做好有关工作，经研究决定。\n" * 400)
    data = text.encode()
    cut = data.index("张三任".encode())
    clean, dirty = tmp_path / "clean.txt", tmp_path / "dirty.txt"
    clean.write_bytes(data)
    dirty.write_bytes(b"\x00" + data[:cut] + b"\x00\x00" + data[cut:])
    (good,), _ = _read(clean)
    (notice,), errors = _read(dirty)
    assert len(errors) == 1 and isinstance(errors[0], InputWarning) and "3 NUL bytes removed" in errors[0].reason
    assert notice.text == good.text
    assert [repr(f) for f in extract(notice).facts] == [repr(f) for f in extract(good).facts]


@pytest.mark.parametrize("value, kind", [(12345, "a number"), ([1, "张三"], "a list"), ({"a": 1}, "an object"),
                                         (True, "true or false")])
def test_jsonl_text_that_is_not_a_string_is_named_and_skipped(tmp_path, value, kind):
    path = tmp_path / "feed.jsonl"
    lines = [{"title": "坏", "text": value}, {"title": "好", "text": NOTICE}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    notices, errors = _read(path)
    assert [n.meta["title"] for n in notices] == ["好"]
    assert len(errors) == 1 and str(path) in str(errors[0]) and "line 1" in errors[0].reason \
        and f"'text' is {kind}" in errors[0].reason


def test_jsonl_line_that_is_not_an_object_is_named(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("[1, 2]\n" + json.dumps({"text": NOTICE}, ensure_ascii=False) + "\n", encoding="utf-8")
    notices, errors = _read(path)
    assert len(notices) == 1 and len(errors) == 1 and "line 1 is a list" in errors[0].reason


def test_a_file_over_the_size_limit_is_named(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(NOTICE * 100, encoding="utf-8")
    monkeypatch.setenv("GOVKG_MAX_FILE_MB", "0.01")
    notices, errors = _read(path)
    assert not notices and len(errors) == 1 and "limit" in errors[0].reason and "GOVKG_MAX_FILE_MB" in errors[0].reason
    monkeypatch.delenv("GOVKG_MAX_FILE_MB")
    notices, errors = _read(path)
    assert len(notices) == 1 and not errors
    (error,) = read_inputs([path], max_mb=0.001)
    assert isinstance(error, InputError) and "is 18.8 KB, over the limit of 1.0 KB" in error.reason


def test_a_dangling_link_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text(NOTICE, encoding="utf-8")
    notices, errors = _read(tmp_path)
    assert len(notices) == 1
    assert [(e.path.endswith("gone.txt"), "does not exist" in e.reason) for e in errors] == [(True, True)]
    _, errors = _read(tmp_path / "gone.txt")
    assert "does not exist" in errors[0].reason


def test_an_unreadable_folder_is_named(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(NOTICE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root reads anything: simulate what chmod 000 does
    notices, errors = _read(tmp_path)
    assert len(notices) == 1
    assert len(errors) == 1 and errors[0].path.endswith("locked") and "cannot be read" in errors[0].reason


def test_a_reader_that_breaks_names_the_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTICE, encoding="utf-8")

    def broken(text, source):
        raise AssertionError("lxml says no")

    monkeypatch.setattr("govkg.ingest.read_html", broken)
    notices, errors = _read(tmp_path)
    assert len(notices) == 1 and len(errors) == 1
    assert errors[0].path.endswith("a.html") and "AssertionError" in errors[0].reason


def test_every_bad_input_is_named_beside_the_seed_and_the_seed_builds(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "saved.html").write_text("<!-- saved from url=(0014)about:internet -->\n" + PAGE, encoding="utf-8")
    (folder / "prologue.html").write_text('<?xml version="1.0" encoding="utf-8"?>\n' + PAGE, encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"text": 12345}\n', encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "store"), str(folder)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for name in ("bad.jsonl", "gone.txt"):
        assert any(name in line for line in result.output.splitlines()), (name, result.output)
    assert "built 12 notices" in result.output


@pytest.mark.parametrize("name, text", [
    ("listing.txt", "• 关于成立领导小组的通知" + " " * 100_000 + "附件\n• 关于调整的通知\n2024-01-02\n" + NOTICE),
    ("page.html", PAGE.replace("<p>组　长", "<p>甲" + " " * 100_000 + "乙</p><p>组　长")),
])
def test_long_runs_of_spaces_are_read_in_linear_time(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    start = time.perf_counter()
    notices, errors = _read(tmp_path / name)
    assert time.perf_counter() - start < 5
    assert notices and not errors


def test_a_notice_over_the_character_limit_is_named_and_the_others_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [{"title": "长", "text": "张" * 1_000_001}, {"title": "好", "text": NOTICE}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    notices, errors = _read(path)
    assert [n.meta["title"] for n in notices] == ["好"]
    assert len(errors) == 1 and "1,000,001 characters" in errors[0].reason and str(path) in str(errors[0])


def test_a_repaired_file_is_a_warning_and_the_build_exits_0(tmp_path):
    path = tmp_path / "n.txt"
    path.write_bytes(NOTICE.encode().replace("张三任".encode(), b"\x00" + "张三任".encode()))
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "store"), str(path)])
    assert result.exit_code == 0, result.output
    assert any("n.txt" in line and "NUL byte removed" in line for line in result.output.splitlines())


_LONG_NOTICE = ("汤平县人民政府办公室关于成立汤平县城市更新工作领导小组的通知\n汤政办发〔2024〕3号\n各乡镇人民政府，县直各单位：\n"
                "　　为加强对全县城市更新工作的组织领导，统筹推进老旧小区改造、街区更新和基础设施补短板，经县人民政府研究，"
                "决定成立汤平县城市更新工作领导小组。现将有关事项通知如下：\n"
                "　　一、组成人员\n组　长：张三　县长\n副组长：李四　副县长\n成　员：王五　县住房和城乡建设局局长\n"
                "　　　　　赵六　县财政局局长\n"
                "　　二、主要职责\n　　领导小组负责研究制定全县城市更新工作的政策措施，协调解决推进中的重大问题，督促检查各项任务落实。"
                "领导小组办公室设在县住房和城乡建设局，负责日常工作。\n汤平县人民政府办公室\n2024年3月5日\n")


@pytest.mark.parametrize("links", [
    # a portal's related links under the notice: other notices' titles with their dates
    "相关链接：\n汤平县人民政府关于印发2024年重点工作任务分工方案的通知　2024-03-12\n"
    "汤平县人民政府关于调整部分工作领导小组组成人员的通知　2024-02-01\n【政策解读】一图读懂《城市更新》\n",
    "相关文件\n· 汤平县人民政府关于印发2024年重点工作任务分工方案的通知 [2024-03-12]\n"
    "· 汤平县人民政府关于调整部分工作领导小组组成人员的通知 [2024-02-01]\n",
    "相关阅读\n• 汤平县人民政府关于印发重点工作任务分工方案的通知\n2024-03-12\n"
    "• 汤平县人民政府关于调整部分工作领导小组组成人员的通知\n2024-02-01\n",
])
def test_a_notice_with_links_to_other_notices_under_it_is_one_notice(tmp_path, links):
    path = tmp_path / "page.txt"
    path.write_text(_LONG_NOTICE + "\n" + links, encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and len(notices) == 1 and notices[0].text.startswith("汤平县人民政府办公室关于成立")
    assert ("张三", "组长") in _members(notices[0]) and ("赵六", "成员") in _members(notices[0])


def test_a_listing_under_a_long_page_header_is_still_a_listing(tmp_path):
    header = "汤平县人民政府门户网站\n" + "首页 政务公开 政务服务 互动交流 走进汤平 " * 12 + "\n"
    items = "".join(f"• {t}\n2024-0{i + 1}-02\n{_LONG_NOTICE.replace('城市更新', w)}\n"
                    for i, (t, w) in enumerate([("关于成立城市更新工作领导小组的通知", "城市更新"),
                                                ("关于成立乡村振兴工作领导小组的通知", "乡村振兴")]))
    path = tmp_path / "listing.txt"
    path.write_text(header + items, encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and [n.meta["title"] for n in notices] == ["关于成立城市更新工作领导小组的通知",
                                                                 "关于成立乡村振兴工作领导小组的通知"]


_MARKDOWN = ("# 汤平县人民政府办公室关于成立汤平县城市更新工作领导小组的通知\n\n汤政办发〔2024〕3号\n\n"
             "各乡镇人民政府，县直各单位：\n\n为加强对全县城市更新工作的组织领导，决定成立汤平县城市更新工作领导小组。"
             "详见[县政府网站](https://www.example.gov.cn/a/1.html)。\n\n## 一、组成人员\n\n**组　长：**张三　县长\n\n"
             "**副组长：**李四　副县长\n\n**成　员：**王五　县住房和城乡建设局局长\n\n赵六　县财政局局长\n\n"
             "| 职务 | 姓名 |\n|---|---|\n| 办公室主任 | 王五 |\n\n---\n\n"
             "![二维码](https://www.example.gov.cn/qr.png)\n\n汤平县人民政府办公室\n\n2024年3月5日\n")


@pytest.mark.parametrize("name", ["page.md", "page.markdown", "page.txt"])
def test_a_page_converted_to_markdown_is_read_without_its_marks(tmp_path, name):
    path = tmp_path / name
    path.write_text(_MARKDOWN, encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and len(notices) == 1
    text = notices[0].text
    assert text.startswith("汤平县人民政府办公室关于成立") and "**" not in text and "](" not in text
    assert "组　长：张三　县长" in text and "详见县政府网站。" in text and "|---|" not in text
    assert {("张三", "组长"), ("李四", "副组长"), ("王五", "成员"), ("赵六", "成员")} <= _members(notices[0])


def test_a_markdown_file_in_a_folder_is_read(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "page.md").write_text(_MARKDOWN, encoding="utf-8")
    notices, errors = _read(tmp_path / "d")
    assert not errors and len(notices) == 1


def test_a_plain_notice_with_stars_is_not_read_as_markdown(tmp_path):
    path = tmp_path / "masked.txt"
    path.write_text(NOTICE.replace("张三任", "张**任") + "上传人:p** 文档编号:329362\n***********\n", encoding="utf-8")
    notices, _ = _read(path)
    assert "张**任" in notices[0].text and "***********" in notices[0].text


def _facts(notice: RawNotice) -> set[tuple]:
    return {(type(f).__name__, getattr(f, "person", None), getattr(getattr(f, "post", None), "title", None))
            for f in extract(notice).facts}


@pytest.mark.parametrize("hide", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"])
def test_characters_a_page_hides_are_taken_away(tmp_path, hide):
    clean = tmp_path / "clean.txt"
    clean.write_text(NOTICE, encoding="utf-8")
    hidden = tmp_path / "hidden.txt"  # inside the 文号, the name and the post
    hidden.write_text(NOTICE.replace("〔2024〕", f"〔20{hide}24〕").replace("张三", f"张{hide}三")
                      .replace("局长", f"局{hide}长"), encoding="utf-8")
    [a], [b] = _read(clean)[0], _read(hidden)[0]
    assert b.text == a.text and _facts(b) == _facts(a) and ("Appointment", "张三", "局长") in _facts(b)


def test_line_ends_written_as_a_carriage_return_alone_are_line_ends(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(NOTICE.replace("\n", "\r").encode("utf-8"))
    [notice], errors = _read(path)
    assert not errors and notice.text.count("\n") == NOTICE.count("\n") and "\r" not in notice.text
    assert ("Appointment", "张三", "局长") in _facts(notice)


def test_radicals_a_pdf_font_gives_are_read_as_the_characters_they_stand_for(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(NOTICE, encoding="utf-8")
    pdf = tmp_path / "pdf.txt"  # ⼈ U+2F08, the Kangxi radical that looks like 人
    pdf.write_text(NOTICE.replace("人", "\u2f08"), encoding="utf-8")
    [a], [b] = _read(clean)[0], _read(pdf)[0]
    assert b.text == a.text and ("Appointment", "张三", "局长") in _facts(b)


_TRAD = ("湯平縣人民政府關於張三等同志職務任免的通知\n湯政任〔2024〕1號\n各鄉鎮人民政府：\n決定：\n"
         "張三任縣財政局局長。\n湯平縣人民政府\n2024年1月2日\n")


@pytest.mark.parametrize("head", ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', ""])
def test_a_page_saved_in_big5_is_read_declared_or_not(tmp_path, head):
    path = tmp_path / "page.html"
    page = "".join(f"<p>{line}</p>" for line in _TRAD.split("\n"))
    path.write_bytes(f"<html><head>{head}</head><body>{page}</body></html>".encode("big5"))
    [notice], errors = _read(path)
    assert not errors and "張三任縣財政局局長" in notice.text


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_text_is_still_read_as_gbk(tmp_path, encoding):
    path = tmp_path / "notice.txt"
    path.write_bytes(NOTICE.encode(encoding))
    [notice], errors = _read(path)
    assert not errors and notice.text.strip() == NOTICE.strip()


def test_character_references_a_scrape_kept_are_read(tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_text(NOTICE.replace("各乡镇人民政府：", "&emsp;&emsp;各乡镇人民政府：").replace("张三任", "&nbsp;&nbsp;张三任")
                    .replace("决定：", "&ldquo;决定&rdquo;："), encoding="utf-8")
    [notice], errors = _read(path)
    assert not errors and "&" not in notice.text and "“决定”" in notice.text
    assert ("Appointment", "张三", "局长") in _facts(notice)


def test_character_references_escaped_twice_are_read(tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_text(NOTICE.replace("各乡镇人民政府：", "&amp;emsp;&amp;emsp;各乡镇人民政府：")
                    .replace("张三任", "&amp;nbsp;张三任"), encoding="utf-8")
    [notice], errors = _read(path)
    assert not errors and "&" not in notice.text and ("Appointment", "张三", "局长") in _facts(notice)


def test_a_lone_ampersand_in_a_text_stays(tmp_path):
    path = tmp_path / "amp.txt"
    path.write_text(NOTICE.replace("张三任", "R&D中心张三任"), encoding="utf-8")
    [notice], _ = _read(path)
    assert "R&D中心" in notice.text


@pytest.mark.parametrize("doc", [
    [{"title": "任免", "text": NOTICE}],  # a list of records
    {"title": "任免", "content": NOTICE, "link": "https://www.example.gov.cn/a/1.html"},  # one record, an API's names
    {"code": 0, "data": {"total": 1, "list": [{"id": 7, "title": "任免", "content": f"<p>{NOTICE}</p>".replace("\n", "</p><p>"),
                                               "publishDate": "2024-01-03 10:00:00"}]}},  # an API's answer
])
@pytest.mark.parametrize("name", ["notices.json", "notices.txt"])
def test_a_json_document_of_notice_records_is_read(tmp_path, doc, name):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    notices, errors = _read(path)
    assert not errors and len(notices) == 1
    assert ("Appointment", "张三", "局长") in _facts(notices[0])


def test_a_json_file_that_is_broken_or_holds_no_records_is_named(tmp_path):
    (tmp_path / "broken.json").write_text('[{"text": "汤平县', encoding="utf-8")
    (tmp_path / "empty.json").write_text('{"code": 0, "data": {"list": []}}', encoding="utf-8")
    notices, errors = _read(tmp_path)
    assert not notices and sorted(e.path.rsplit("/", 1)[-1] for e in errors) == ["broken.json", "empty.json"]


def test_a_text_in_brackets_is_still_a_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("[打印本页]\n" + NOTICE + "[关闭窗口]", encoding="utf-8")
    [notice], errors = _read(path)
    assert not errors and ("Appointment", "张三", "局长") in _facts(notice)
