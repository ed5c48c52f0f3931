"""Reading the page, the classes of errors the blind corpora layouts20-23 found: an info list whose rows a page prints
behind bullets (``- 发文字号:X``); a listing's item whose summary line opens with its number, or whose listing date
stands bracketed before its title, or whose text runs on one line with its signature glued inside it; a periodical's
issue line and a channel's name over the page's path, neither of them a title. All notices are made up."""
from __future__ import annotations

from govkg.facts import Appointment
from govkg.ingest.html import read_html
from govkg.nlp import extract
from govkg.notice import RawNotice

from helpers import read_notices

P_TITLE = "某县人民政府关于甲明等同志职务任免的通知"
P_TEXT = ("各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县教育局局长；"
          "免去乙华的县财政局副局长职务。某县人民政府2021年5月4日")
G_TITLE = "某县人民政府办公室关于印发某县2021年村庄清洁行动实施方案的通知"
G_TEXT = ("各乡镇人民政府，县直各单位：《某县2021年村庄清洁行动实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。"
          "某县人民政府办公室2021年6月2日某县2021年村庄清洁行动实施方案一、主要任务（一）清理农村生活垃圾。"
          "（县住房和城乡建设局牵头，县财政局配合）二、工作要求各乡镇要压实责任。")


# a county's column listing: • title / number and a one-line summary / the listing date / the text on one line
def test_listing_summary_line_gives_the_number_and_the_run_its_signature(tmp_path):
    text = (f"政府文件 > 部门文件\n当前位置：首页 > 政务公开 > 政府文件\n• {P_TITLE}\n某府任〔2021〕3号 任免县直单位负责人。\n"
            f"2021-05-08\n{P_TEXT}\n• {G_TITLE}\n某政办发〔2021〕12号 明确村庄清洁任务分工。\n2021-06-05\n{G_TEXT}\n"
            "共2条 首页 上一页 1 下一页 尾页\n")
    notices = read_notices(tmp_path, text)
    assert [n.meta.get("number") for n in notices] == ["某府任〔2021〕3号", "某政办发〔2021〕12号"]
    first, second = (extract(n) for n in notices)
    assert (first.document.number, first.document.published) == ("某府任〔2021〕3号", "2021-05-08")
    assert {(f.person, f.post.agency) for f in first.facts if isinstance(f, Appointment)} == {("甲明", "县教育局")}
    assert (second.document.number, second.document.signed, second.document.issuer) == \
        ("某政办发〔2021〕12号", "2021-06-02", "某县人民政府办公室")


# a tag page: [date] before each title, the number opening the item's text
def test_listing_date_bracketed_before_the_title(tmp_path):
    text = (f"首页 > 信息公开 > 政府文件 > 标签：某县\n[2021-05-08] {P_TITLE}\n某府任〔2021〕3号 {P_TEXT}\n"
            f"[2021-06-05] {G_TITLE}\n某政办发〔2021〕12号 {G_TEXT}\n共2条 首页 上一页 1 下一页 尾页\n")
    notices = read_notices(tmp_path, text)
    assert [n.meta["title"] for n in notices] == [P_TITLE, G_TITLE]
    first, second = (extract(n) for n in notices)
    assert (first.document.title, first.document.number, first.document.published) == \
        (P_TITLE, "某府任〔2021〕3号", "2021-05-08")
    assert (second.document.title, second.document.number, second.document.published) == \
        (G_TITLE, "某政办发〔2021〕12号", "2021-06-05")


# a ministry's page: its info list printed as <li>s behind dashes
def test_html_info_list_behind_bullets():
    page = ("<html><head><title>某部办公厅关于成立某某工作领导小组的通知</title></head><body>"
            "<ul class='meta'><li>- 索引号:000012345/2022-00111</li><li>- 发文字号:某部办函〔2022〕88号</li>"
            "<li>- 公文种类 :通知</li><li>- 发布日期:2022-05-09 10:00</li></ul>"
            "<h1>某部办公厅关于成立某某工作领导小组的通知</h1><div class='content'>"
            "<p>部机关各司局：</p><p>为加强某某工作，部决定成立某某工作领导小组。现将有关事项通知如下：</p>"
            "<p>组　长：甲明　　某部副部长</p><p>某部办公厅</p><p>2022年5月6日</p></div></body></html>")
    notice = read_html(page, "page.html")
    assert notice.meta["number"] == "某部办函〔2022〕88号"
    doc = extract(notice).document
    assert (doc.number, doc.signed, doc.published) == ("某部办函〔2022〕88号", "2022-05-06", "2022-05-09")


# a journal site's story that lost its title and number: the issue line over it is no title
def test_periodical_issue_line_is_no_title():
    text = ("APP下载\n\n2024-03-08 某某开发区\n\n某某动态 2024年第3期\n关键词：安全生产\n\n各部门、各园区：\n"
            "为做好安全生产工作，管委会决定成立某某开发区安全生产工作专班，组成人员如下：\n"
            "专 班 长：甲明　　管委会主任\n成　　员：乙华　　应急管理局局长\n"
            "某某经济开发区管理委员会\n2024年3月2日\n")
    doc = extract(RawNotice(source="t.txt", index=0, text=text, meta={})).document
    assert doc.title in (None, "")
    assert (doc.number, doc.issuer, doc.signed) == (None, "某某经济开发区管理委员会", "2024-03-02")


# a portal's channel name printed over its path: the title is the notice's, under the path
def test_channel_over_the_path_is_no_title():
    text = ("今天是:\n\n规划计划\n\n当前位置: 首页 >> 政务公开 >> 规划计划 >> 正文\n\n"
            "某省民政厅关于印发《某省养老服务三年行动方案》的通知\n\n发布日期:2016年04月15日 09:20\n\n某民发〔2016〕32号\n\n"
            "各设区市民政局：\n  现将《某省养老服务三年行动方案》印发给你们，请认真贯彻执行。\n\n"
            "          某省民政厅\n          2016年4月12日\n")
    doc = extract(RawNotice(source="t.txt", index=0, text=text, meta={})).document
    assert (doc.title, doc.number) == ("某省民政厅关于印发《某省养老服务三年行动方案》的通知", "某民发〔2016〕32号")


# a county congress's list: its heading wrapped after the congress's name, printed twice, the note of adoption under it
def test_congress_heading_wrapped_after_the_congress_name():
    text = ("信息搜索:\n\n某县人民代表大会\n常务委员会任免名单\n\n来源:县人大\n\n某县人民代表大会\n常务委员会任免名单\n\n"
            "（2012年3月9日某县第六届人民代表大会常务委员会第二次会议通过）\n\n一、决定任命：\n\n甲明为县教育局局长；\n\n"
            "二、决定免去：\n\n乙华的县财政局局长职务。\n")
    result = extract(RawNotice(source="t.txt", index=0, text=text, meta={}))
    doc = result.document
    assert (doc.title, doc.issuer, doc.signed) == ("某县人民代表大会常务委员会任免名单", "某县人民代表大会常务委员会", "2012-03-09")
    assert {(f.person, f.post.agency) for f in result.facts if isinstance(f, Appointment)} == {("甲明", "县教育局")}


# a journal site's copy: its end-of-print marker glued after the signing date
def test_signing_date_glued_to_the_end_of_print_marker():
    text = ("某市人民政府办公室关于调整某市食品安全委员会组成人员的通知\n某政办发〔2016〕8号\n各县、区人民政府：\n"
            "　　市政府决定对某市食品安全委员会组成人员进行调整。调整后的组成人员如下：\n　　主　任：甲明　　副市长\n"
            "　　　　　　　　　　某市人民政府办公室\n　　　　　　　　　　2016年7月11日endprint")
    doc = extract(RawNotice(source="t.txt", index=0, text=text, meta={})).document
    assert (doc.number, doc.signed, doc.issuer) == ("某政办发〔2016〕8号", "2016-07-11", "某市人民政府办公室")


# a forum's post copied as text with its <br /> tags kept: the edit note is a line of its own, not the title's head
def test_literal_break_tags_in_a_text_copy_break_its_lines(tmp_path):
    text = ("马上注册,结交更多好友\n本帖最后由 某网友 于 2005-9-12 21:37 编辑 <br /><br />某区人民政府办公室关于印发某区"
            "2005年大气污染防治工作方案的通知 某区政办发〔2005〕8号 各镇人民政府，区政府各委、局： 经区人民政府同意，现将"
            "《某区2005年大气污染防治工作方案》印发给你们，请照此执行。 某区人民政府办公室 二〇〇五年九月五日 "
            "某区2005年大气污染防治工作方案 一、主要任务 （一）控制扬尘污染。（区建委牵头，区环保局配合）\n")
    (notice,) = read_notices(tmp_path, text)
    doc = extract(notice).document
    assert (doc.title, doc.number, doc.issuer, doc.signed) == \
        ("某区人民政府办公室关于印发某区2005年大气污染防治工作方案的通知", "某区政办发〔2005〕8号", "某区人民政府办公室", "2005-09-05")


def test_a_listing_items_summary_line_that_reads_like_a_title_is_no_item(tmp_path):
    """A listing that prints each title, a summary line under it, then the date and the text: a summary that ends
    like a title (某某整治 工作方案) is part of its item, not an item of its own."""
    text = ("• 某县人民政府关于甲明等同志职务任免的通知\n县人民政府职务任免\n2012-02-23\n"
            "某政任〔2012〕3号各乡镇人民政府，县直各单位：经县人民政府研究决定：任命甲明为县财政局局长。某县人民政府 2012年2月20日\n"
            "• 某县人民政府办公室关于印发某县环境卫生整治工作方案的通知\n环境卫生整治 工作方案\n2012-03-08\n"
            "某政办发〔2012〕19号各乡镇人民政府，县直有关单位：《某县环境卫生整治工作方案》已经县人民政府同意，现印发给你们，"
            "请认真贯彻执行。某县人民政府办公室 2012年3月5日\n上一页 1 2 3 下一页\n")
    notices = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in notices] == ["2012-02-23", "2012-03-08"]
    assert notices[1].meta["title"] == "某县人民政府办公室关于印发某县环境卫生整治工作方案的通知"
