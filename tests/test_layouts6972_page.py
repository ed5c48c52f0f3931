"""What the blind corpora layouts69-72 found on the page and in the document row (session 29, helper lfixf1).
Each class is tested on made-up notices of its shape (names, bodies and places invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import members, positions, read_notices, subgroups
from govkg.nlp import extract

#: a government portal's page whose only <title> is the site's name, over a 公开 metadata table with an empty 文号
#: and a notice that lost its title and number
BANNER_PAGE = """<html><head><meta charset="utf-8"><title>{banner}</title></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 其他文件</div>
<table><tr><td>索引号</td><td>000000/2021-00042</td><td>发文字号</td><td>号</td></tr>
<tr><td>发布机构</td><td>青河县人民政府办公室</td><td>生成日期</td><td>2021-04-12 09:30:00</td></tr></table>
<div class="zw">
<p>各乡（镇）人民政府，县直各部门：</p>
<p>　　为加强秸秆综合利用工作，经县人民政府同意，决定成立青河县秸秆综合利用工作领导小组。组成人员如下：</p>
<p>　　组　长：龚志远　　县人民政府副县长</p>
<p>　　副组长：费雅琴（女）　县农业农村局局长</p>
<p>　　成　员：柯海川　　县财政局副局长</p>
<p>　　领导小组办公室设在县农业农村局，办公室主任由费雅琴同志兼任。</p>
<p align="right">青河县人民政府办公室</p>
<p align="right">2021年4月10日</p>
</div><div class="foot">【打印本页】【关闭窗口】</div></body></html>
"""


@pytest.mark.parametrize("banner", ["青河县人民政府", "青河县人民政府办公室"])
def test_a_site_banner_that_only_names_a_government_is_no_title(tmp_path, banner):
    [raw] = read_notices(tmp_path, BANNER_PAGE.format(banner=banner), name="page.html")
    found = extract(raw)
    doc = found.document
    assert not doc.title and doc.number is None
    assert doc.issuer == "青河县人民政府办公室"
    assert (doc.signed, doc.published) == ("2021-04-10", "2021-04-12")
    assert ("青河县秸秆综合利用工作领导小组", "龚志远", "组长") in members_of(found)


def test_a_page_title_that_names_its_notice_is_still_read(tmp_path):
    page = BANNER_PAGE.format(banner="青河县人民政府办公室关于成立青河县秸秆综合利用工作领导小组的通知")
    [raw] = read_notices(tmp_path, page, name="page.html")
    assert extract(raw).document.title == "青河县人民政府办公室关于成立青河县秸秆综合利用工作领导小组的通知"


def members_of(found) -> set[tuple]:
    from govkg.facts import Membership
    return {(f.group, f.person, f.role) for f in found.facts if isinstance(f, Membership)}


# an untitled town notice run onto one line: its rows' breaks are single spaces where the list's next role label
# follows a post (镇长　副指挥长：) and where the office's sentence follows the last member, runs of spaces where a
# row's padding stood; each member is read under its own role and the office is the group's
ONE_LINE = ("某县青石镇人民政府网 首页 > 政务公开 > 其他文件\n"
            "各村委会、镇直各单位：为做好今年森林防火工作，经镇政府研究，决定成立青石镇森林防火指挥部，组成人员如下："
            "指挥长：庞立新　镇党委副书记、镇长　副指挥长：祁秀兰（女）　镇党委委员、副镇长　　　　　　　"
            "鲁长青　镇武装部部长　成员：毕志刚　镇林业站站长　　　　邬海平　镇派出所所长（兼）　　　　"
            "尚红英（女）　镇财政所所长　指挥部下设办公室，办公室设在镇林业站，办公室主任由毕志刚同志兼任，负责日常工作。"
            "                                        青石镇人民政府                                        二〇一一年三月八日\n"
            "打印本页　关闭窗口　返回顶部\n")


def test_a_one_line_notice_cuts_its_list_at_role_labels_and_before_its_office():
    group = "青石镇森林防火指挥部"
    assert set(members(ONE_LINE)) == {
        (group, "庞立新", "指挥长"), (group, "祁秀兰", "副指挥长"), (group, "鲁长青", "副指挥长"),
        (group, "毕志刚", "成员"), (group, "邬海平", "成员"), (group, "尚红英", "成员"),
        (group + "办公室", "毕志刚", "主任")}
    assert ("尚红英", "镇财政所", "所长") in positions(ONE_LINE)
    assert ("庞立新", "镇人民政府", "镇长") in positions(ONE_LINE)
    assert subgroups(ONE_LINE) == {(group + "办公室", group)}


def test_a_rank_spaced_from_its_role_label_stays_with_it():
    text = ONE_LINE.replace("副指挥长：祁秀兰", "副 指挥长：祁秀兰")
    assert ("青石镇森林防火指挥部", "祁秀兰", "副指挥长") in members(text)


# a document-sharing site's tag glued before the title of a notice run onto one line: the title without it
SHARED = ("精选优质文档-倾情为你奉上青河县人民政府办公室关于印发青河县2015年茶叶产业发展实施方案的通知 "
          "青政办发〔2015〕17号 各镇人民政府，县政府各工作部门：《青河县2015年茶叶产业发展实施方案》已经县政府同意，"
          "现印发给你们，请认真贯彻落实。 青河县人民政府办公室 二〇一五年四月八日\n")


def test_a_sharing_sites_tag_glued_before_the_title_is_no_part_of_it():
    from helpers import document
    doc = document(SHARED)
    assert doc.title == "青河县人民政府办公室关于印发青河县2015年茶叶产业发展实施方案的通知"
    assert doc.number == "青政办发〔2015〕17号"


# a tag page that compiles notices: its heading and its lead (以下是为大家整理的…的2篇文章) are no notice of their own
TAG_PAGE = """首页 > 标签 > 政府任免通知

政府任免通知

以下是为大家整理的关于政府任免通知的2篇文章，欢迎阅读参考。

[政府文件] 青河县人民政府关于甘立新等同志职务任免的通知
发布时间：2012-05-14　所属栏目：人事任免　来源：青河县人民政府
青河县人民政府关于甘立新等同志职务任免的通知 青政任〔2012〕5号 各镇人民政府，县政府各部门：经县政府研究决定：甘立新任县统计局副局长；免去宁小川的县粮食局局长职务。 青河县人民政府 二〇一二年五月十日
展开

[政府文件] 白沙县人民政府关于阎志华等同志职务任免的通知
发布时间：2013-06-20　所属栏目：人事任免　来源：白沙县人民政府
白沙县人民政府关于阎志华等同志职务任免的通知 白政任〔2013〕9号 各乡镇人民政府，县政府各部门：经县政府研究决定：阎志华任县财政局副局长。 白沙县人民政府 2013年6月18日
展开
"""


def test_a_tag_pages_heading_and_lead_are_no_notice(tmp_path):
    found = read_notices(tmp_path, TAG_PAGE, name="tags.txt")
    assert [n.meta["title"] for n in found] == ["青河县人民政府关于甘立新等同志职务任免的通知",
                                               "白沙县人民政府关于阎志华等同志职务任免的通知"]
    assert [n.index for n in found] == [1, 2]


# a crawl record that keeps the page's HTML: a unit cell spanning two task rows (rowspan) is each row's lead,
# a header cell spanning two columns (colspan) keeps the columns under it in place
CRAWLED_TABLE = ("<p>青政办发〔2022〕8号</p><p>各镇人民政府，县直各部门：</p><p>现将《青河县人居环境整治工作方案》印发给你们。</p>"
                 "<p>青河县人民政府办公室</p><p>2022年3月1日</p><p>青河县人居环境整治工作方案</p><p>一、重点任务</p>"
                 "<table border=\"1\"><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">工作任务</td><td colspan=\"2\">责任单位</td>"
                 "<td rowspan=\"2\">完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr>"
                 "<tr><td>1</td><td>建设乡村污水处理设施</td><td rowspan=\"2\">县生态环境局</td><td>各镇人民政府</td>"
                 "<td>2022年6月底前</td></tr><tr><td>2</td><td>建立垃圾收运台账</td><td>县财政局</td><td>2022年9月底前</td></tr>"
                 "</table><p>二、工作要求</p><p>各单位要按时完成任务。</p>")


def test_a_crawled_tables_spanning_cell_is_each_rows_cell(tmp_path):
    import json
    record = {"title": "青河县人民政府办公室关于印发青河县人居环境整治工作方案的通知", "url": "http://example.org/t1.html",
              "published": "2022-03-02", "content": CRAWLED_TABLE}
    [raw] = read_notices(tmp_path, json.dumps(record, ensure_ascii=False) + "\n", name="crawl.jsonl")
    from govkg.facts import Assignment
    found = {(f.task, f.role, f.agency) for f in extract(raw).facts if isinstance(f, Assignment)}
    assert {("建设乡村污水处理设施", "lead", "县生态环境局"), ("建设乡村污水处理设施", "support", "各镇人民政府"),
            ("建立垃圾收运台账", "lead", "县生态环境局"), ("建立垃圾收运台账", "support", "县财政局")} <= found
