"""Page noise of the scrape classes (tests/noise.py: script_text, image_lines, quoted): a scrape that read
the page's scripts and styles as text, left its pictures as lines, or a repost that quotes the notice
behind `>` gives the notice's facts as printed. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.ingest import read_file
from govkg.text import strip_copy_noise
from helpers import GROUP_FOOT, GROUP_HEAD, GROUP_MEMBERS, GROUP_ROWS, document, members


@pytest.mark.parametrize("code", [
    "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n})();",
    ".TRS_Editor P{margin-top:0px;margin-bottom:12px;font-family:宋体;font-size:12pt;}",
    "$(function () {\n    $(\".share\").share({ sites: [\"weixin\", \"weibo\"] });\n});",
    "if (window.innerWidth < 768) { location.href = location.href.replace('www.', 'm.'); }",
])
def test_script_and_style_lines_around_and_inside_the_notice_are_no_text(code):
    text = code + "\n" + GROUP_HEAD + "组　长：张立军　县委常委、常务副县长\n" + code + "\n" + GROUP_ROWS.split("\n", 1)[1] + GROUP_FOOT
    assert members(text) == GROUP_MEMBERS
    two_lines = GROUP_HEAD.replace("某县人民政府办公室关于", "某县人民政府办公室\n关于")  # (the title over two lines)
    assert document(code + "\n" + two_lines + GROUP_ROWS + GROUP_FOOT).title == "某县人民政府办公室关于成立某县河道治理工作领导小组的通知"


@pytest.mark.parametrize("line", [
    "邮箱：zfb@example.gov.cn;", "联系电话：0477-8588888;", "（一）加强组织领导;", "GB 50016-2014;",
    "分工如下：{见附表}", "市财政局负责资金保障;",
])
def test_a_notice_line_with_a_code_mark_stays(line):
    assert line in strip_copy_noise("某某通知\n" + line + "\n某某\n")


@pytest.mark.parametrize("picture", [
    "[图片]", "图片", "【图片】", "IMG_20241234.jpg", "![](https://www.example.gov.cn/images/3.png)",
    "(图片来源：市政府网站)", "图为会议现场。",
])
def test_a_picture_left_as_a_line_is_no_member_row(picture):
    rows = GROUP_ROWS.replace("副组长：尹红梅　副县长\n", "副组长：尹红梅　副县长\n" + picture + "\n")
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == GROUP_MEMBERS


@pytest.mark.parametrize("mark", ["> ", ">", "> > "])
def test_a_notice_quoted_behind_marks_is_read_as_the_notice(tmp_path, mark):
    body = GROUP_HEAD + GROUP_ROWS + GROUP_FOOT
    path = tmp_path / "repost.txt"
    path.write_text("引用 楼主 发表于 2024-03-05 10:21\n" + "\n".join(mark + line for line in body.split("\n")),
                    encoding="utf-8")
    [notice] = list(read_file(path))
    assert notice.text.split("\n")[1:] == body.split("\n")
    assert members(notice.text) == GROUP_MEMBERS


def test_a_text_with_a_few_quoted_lines_keeps_them(tmp_path):
    """A notice quoting two lines of another document is no quote as a whole: its marks stay."""
    path = tmp_path / "notice.txt"
    path.write_text(GROUP_HEAD + "> 第一条 为加强管理，制定本办法。\n> 第二条 本办法适用于全县。\n" + GROUP_ROWS + GROUP_FOOT,
                    encoding="utf-8")
    [notice] = list(read_file(path))
    assert "> 第一条" in notice.text
