"""Page noise of the content-farm classes (tests/noise.py: farm_marks, farm_seo): a 文秘网's, 范文网's or 文库
site's marks inside a notice (its name and address in brackets after a sentence, lines of its own, a watermark
line) and a farm's page around it give the notice's facts as printed. Each case is a made-up notice."""
from __future__ import annotations

import time

import pytest

from govkg.text import strip_copy_noise
from helpers import GROUP_FOOT, GROUP_HEAD, GROUP_MEMBERS, GROUP_ROWS, document, members

_TITLE = "某县人民政府办公室关于成立某县河道治理工作领导小组的通知"


@pytest.mark.parametrize("line", [
    "本文来源于：某某文秘网 www.example.com", "更多精品源自 3 7 文 秘 网", "某 某 文 库",
    "本文由某某范文网整理，转载请注明出处：www.example.net", "文章来源：某某范文网（http://www.example.com.cn）",
    "www.example.com", "更多范文请访问某某文秘网 m.example.net", "本文来自某某范文网", "某某文库版权所有",
    "某某文秘网 www.example.cn", "【某某范文网 https://www.example.com】",
])
def test_a_farm_line_between_rows_and_title_lines_is_no_text(line):
    rows = GROUP_ROWS.replace("副组长：尹红梅　副县长\n", "副组长：尹红梅　副县长\n" + line + "\n")
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == GROUP_MEMBERS
    two_lines = GROUP_HEAD.replace("某县人民政府办公室关于", "某县人民政府办公室\n" + line + "\n关于")
    assert document(two_lines + GROUP_ROWS + GROUP_FOOT).title == _TITLE
    signed = GROUP_FOOT.replace("办公室\n", "办公室\n" + line + "\n")
    assert document(GROUP_HEAD + GROUP_ROWS + signed).signed == "2024-03-05"


@pytest.mark.parametrize("mark", [
    "（来源：某某文秘网 www.example.com）", "【www.example.net】", "（本文来自某某范文网）", "(某某文库 www.example.cn)",
    "[来源:某某文秘网]", "【某某范文网：example.com.cn】", "（转载自某某文库）",
])
def test_a_farm_mark_after_a_sentence_or_at_a_line_end_is_no_text(mark):
    rows = GROUP_ROWS.replace("副县长\n", "副县长" + mark + "\n").replace("财政局局长\n", "财政局局长" + mark + "\n")
    foot = GROUP_FOOT.replace("负责日常工作。", "负责日常工作。" + mark)
    assert members(GROUP_HEAD + rows + foot) == GROUP_MEMBERS
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


_TWO_LINE_HEAD = GROUP_HEAD.replace("某县人民政府办公室关于", "某县人民政府办公室\n关于")


@pytest.mark.parametrize("top", [
    "成立某县河道治理工作领导小组通知范文 成立某县河道治理工作领导小组通知怎么写 成立某县河道治理工作领导小组通知模板",
    "《河道治理领导小组通知范文_河道治理领导小组通知怎么写》",
    "河道治理领导小组通知范文，河道治理领导小组通知模板\n以下是小编为大家收集整理的某县人民政府办公室关于成立某县河道治理工作领导小组的通知，仅供参考，希望能够帮助到大家。",
    "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n已阅读3页，还剩4页未读 继续免费阅读\n下载本文档\n文档简介",
    "上传人：p** 文档编号：329362 上传时间：2024-03-05 格式：DOCX 页数：5 大小：25.38KB\n下载 相关 举报\n"
    "亲，该文档总共5页，全部预览完了，如果喜欢就下载吧！\n资源描述\n\n《" + _TITLE + ".docx》由会员分享，可在线阅读，更多相关《"
    + _TITLE + ".docx（5页珍藏版）》请在某某文秘网上搜索。\n",
    "《某县人民政府办公室关于印发《某县河道治理方案》的通知.docx》由会员分享，可在线阅读，请在某某文库上搜索。",
])
def test_a_farm_head_over_the_notice_is_no_title(top):
    assert document(top + "\n" + _TWO_LINE_HEAD + GROUP_ROWS + GROUP_FOOT).title == _TITLE
    assert members(top + "\n" + GROUP_HEAD + GROUP_ROWS + GROUP_FOOT) == GROUP_MEMBERS


@pytest.mark.parametrize("pager", ["本文共3页 当前第1页", "上一页 1 2 3 下一页", "（未完，接下页）第1页 / 共2页", "1 2 下一页 尾页",
                                   "下载本文", "开通VIP 免费下载", "下载文档到电脑，查找使用更方便", "还剩2页未读，继续阅读",
                                   "立即下载 文档格式：DOCX 页数：3", "收藏 分享 举报 下载本文"])
def test_a_farm_pager_or_button_between_rows_is_no_text(pager):
    rows = GROUP_ROWS.replace("副组长：尹红梅　副县长\n", "副组长：尹红梅　副县长\n" + pager + "\n")
    assert members(GROUP_HEAD + rows + GROUP_FOOT) == GROUP_MEMBERS


@pytest.mark.parametrize("block", [
    "热门范文\n某县人民政府办公室关于调整防汛抗旱指挥部成员的通知　2024-01-16\n关于成立2023年安全生产工作领导小组的通知　2023-09-26\n"
    "某县人民政府关于张某某等同志职务任免的通知　2024-05-19",
    "相关推荐：\n1、关于成立创建全国文明城市工作领导小组的通知范文\n2、某县关于印发2024年重点工作任务分工方案的通知\n"
    "3、2024年关于成立疫情防控工作领导小组的通知（精选5篇）\n某某文秘网（www.example.com）版权所有",
])
def test_a_farm_block_of_other_titles_under_the_notice_is_no_part_of_it(block):
    text = GROUP_HEAD + GROUP_ROWS + GROUP_FOOT + "\n下载本文\n" + block + "\n"
    assert document(text).title == _TITLE and document(text).signed == "2024-03-05"
    assert members(text) == GROUP_MEMBERS
    assert "关于成立2023年" not in strip_copy_noise(text) and "通知范文" not in strip_copy_noise(text)


@pytest.mark.parametrize("line", [
    "附件下载：某县河道治理方案.docx", "下载地址：www.example.gov.cn", "（一）编制工作模板和范本，统一格式。", "相关单位：县水利局",
    "免费提供法律咨询服务", "关于印发河道治理方案范文的通知", "1.相关工作方案", "热门景区安全检查方案",
])
def test_a_notice_line_with_a_farm_word_stays(line):
    assert line in strip_copy_noise("某某通知\n" + line + "\n某某\n")


def test_a_line_of_digits_by_a_farm_word_is_read_at_once():
    """A pager's numbers are one run of digits once the line is unspaced: a long run that is no pager (a code, a
    table's figures) beside a farm's word must not make its reading backtrack through every split of the digits
    (thirty digits took 4 s, forty minutes)."""
    line = "1" * 140 + "下载"
    start = time.process_time()
    strip_copy_noise(GROUP_HEAD + GROUP_ROWS + line + "\n" + GROUP_FOOT)
    assert time.process_time() - start < 1.0
