"""Page noise of the content-farm classes (tests/noise.py: farm_marks, farm_seo): a 文秘网's, 范文网's or 文库
site's marks inside a notice (its name and address in brackets after a sentence, lines of its own, a watermark
line) and a farm's page around it give the notice's facts as printed. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.text import strip_copy_noise
from helpers import GROUP, GROUP_FOOT, GROUP_HEAD, document, members

_ROWS = "组　长：张立军　县委常委、常务副县长\n副组长：尹红梅　副县长\n成　员：彭国庆　县发展和改革局局长\n　　　　　李春燕　县财政局局长\n"
_MEMBERS = [(GROUP, "尹红梅", "副组长"), (GROUP, "张立军", "组长"), (GROUP, "彭国庆", "成员"), (GROUP, "李春燕", "成员")]
_TITLE = "某县人民政府办公室关于成立某县河道治理工作领导小组的通知"


@pytest.mark.parametrize("line", [
    "本文来源于：某某文秘网 www.example.com", "更多精品源自 3 7 文 秘 网", "某 某 文 库",
    "本文由某某范文网整理，转载请注明出处：www.example.net", "文章来源：某某范文网（http://www.example.com.cn）",
    "www.example.com", "更多范文请访问某某文秘网 m.example.net", "本文来自某某范文网", "某某文库版权所有",
    "某某文秘网 www.example.cn", "【某某范文网 https://www.example.com】",
])
def test_a_farm_line_between_rows_and_title_lines_is_no_text(line):
    rows = _ROWS.replace("副组长：尹红梅　副县长\n", "副组长：尹红梅　副县长\n" + line + "\n")
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == _MEMBERS
    two_lines = GROUP_HEAD.replace("某县人民政府办公室关于", "某县人民政府办公室\n" + line + "\n关于")
    assert document(two_lines + _ROWS + GROUP_FOOT).title == _TITLE
    signed = GROUP_FOOT.replace("办公室\n", "办公室\n" + line + "\n")
    assert document(GROUP_HEAD + _ROWS + signed).signed == "2024-03-05"


@pytest.mark.parametrize("mark", [
    "（来源：某某文秘网 www.example.com）", "【www.example.net】", "（本文来自某某范文网）", "(某某文库 www.example.cn)",
    "[来源:某某文秘网]", "【某某范文网：example.com.cn】", "（转载自某某文库）",
])
def test_a_farm_mark_after_a_sentence_or_at_a_line_end_is_no_text(mark):
    rows = _ROWS.replace("副县长\n", "副县长" + mark + "\n").replace("财政局局长\n", "财政局局长" + mark + "\n")
    foot = GROUP_FOOT.replace("负责日常工作。", "负责日常工作。" + mark)
    assert members(GROUP_HEAD + rows + foot) == _MEMBERS
    head = GROUP_HEAD.replace("工作领导小组。", "工作领导小组。" + mark)
    assert strip_copy_noise(head) == GROUP_HEAD
    assert strip_copy_noise("事项如下。本文来自某某范文网\n") == "事项如下。\n"


@pytest.mark.parametrize("line", [
    "来源：某县人民政府办公室", "（来源：某县人民政府办公室）", "请登录县政府网站（www.example.gov.cn）查询。",
    "网址：www.example.gov.cn", "联系邮箱：zfb@163.com", "附件：1.https://www.example.com/a/2024/123.html",
    "各乡镇人民政府（www.example.gov.cn）", "县网络安全和信息化委员会", "主办：某县融媒体中心 某县新闻网",
])
def test_a_notice_own_source_or_address_stays(line):
    assert line in strip_copy_noise("某某通知\n" + line + "\n某某\n")
