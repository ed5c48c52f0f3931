"""Reading the page and the document row, the classes of errors the blind corpora layouts63-68 found: a listing whose
dates are printed day first (23.07.2004 08:35); a tag page's item whose date line stands under the notice's text with
the page's tags under it; a member's post run on into the sentence that sets up the group's teams (指挥部下设甲组、乙组);
a disclosure page's label over the text (公开具体内容) that is no title; an untitled notice run onto one line, the
page's links (上一篇：…) after its signature's date; a report's dateline over a list a congress adopted, its note under
the heading. All notices are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Membership, Position, Subgroup
from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a tag page's listing, each item's title, its date day first with a time, then its notice on one line
def test_listing_with_day_first_dates_splits_each_item(tmp_path):
    page = ("某市政府文件\n\n标签：某市 政府文件\n\n"
            "某市人民政府办公室关于印发某市城区停车管理办法的通知\n\n05.08.2009  09:12\n\n"
            "某政办发〔2009〕21号 各街道办事处，市政府各部门：《某市城区停车管理办法》已经市政府同意，现印发给你们，"
            "请遵照执行。 某市人民政府办公室 二〇〇九年八月一日 某市城区停车管理办法 第一条 为规范城区停车秩序，制定本办法。\n\n"
            "某市人民政府关于甲明等同志职务任免的通知\n\n16.04.2010  16:20\n\n"
            "某政任〔2010〕3号 各乡镇人民政府，市政府各部门：经市政府研究决定：任命甲明为市水利局副局长；"
            "免去乙华的市林业局局长职务。 某市人民政府 二〇一〇年四月十二日\n\n‹ 上一页  1  下一页 ›\n")
    notices = _notices(tmp_path, page)
    assert len(notices) == 2
    first, second = (extract(n).document for n in notices)
    assert (first.number, first.published) == ("某政办发〔2009〕21号", "2009-08-05")
    assert (second.number, second.issuer, second.signed, second.published) == \
        ("某政任〔2010〕3号", "某市人民政府", "2010-04-12", "2010-04-16")


# a tag page: the item's title, its notice under it behind the page's toggle, its date line under the text, and under
# the last item the pager and the page's related tags: the text is the item's, not the tags
def test_tag_listing_item_keeps_its_text_over_the_date_line(tmp_path):
    page = ("某某网 > 标签 > 某市\n展开 某市 政府文件\n共找到2条相关内容\n\n"
            "某市人民政府关于丙强等同志职务任免的通知\n"
            "展开 某市人民政府关于丙强等同志职务任免的通知 某政任〔2006〕9号 市人民政府各部门：经市人民政府研究决定："
            "任命丙强为市水利局局长；免去丁伟的市水利局副局长职务。 某市人民政府 2006年8月15日\n"
            "2006-08-18 | 阅读：316\n\n"
            "某市人民政府办公室关于调整某市防汛指挥部成员的通知\n"
            "展开 某市人民政府办公室关于调整某市防汛指挥部成员的通知 某政办发〔2007〕31号 各镇人民政府，市直各单位："
            "因人事变动，经市人民政府同意，现对某市防汛指挥部成员调整如下：指挥长：戊军 副市长 成员：己平 市气象局局长 "
            "指挥部办公室设在市水利局。 某市人民政府办公室 2007年5月10日\n"
            "2007-05-14 | 阅读：208\n\n上一页 1 下一页\n相关标签：防汛 人事任免 某市人民政府\n")
    notices = _notices(tmp_path, page)
    assert len(notices) == 2
    doc = extract(notices[1]).document
    assert (doc.number, doc.issuer, doc.signed, doc.published) == \
        ("某政办发〔2007〕31号", "某市人民政府办公室", "2007-05-10", "2007-05-14")


# a notice run onto one line: the last member's post, then the sentence that sets up the headquarters' teams
def test_last_members_post_does_not_run_into_the_teams_it_sets_up(tmp_path):
    page = ("某镇人民政府关于成立某镇防台工作指挥部的通知 某政发〔2024〕7号 各村（居）委会，镇各部门： "
            "为做好防台工作，镇政府决定成立某镇防台工作指挥部，组成人员如下： 指挥长：王建国 镇长 "
            "成员：李春燕 镇水利站站长 赵志刚 镇派出所所长 指挥部下设巡查组、救援组，巡查组组长由李春燕同志担任，"
            "救援组组长由赵志刚同志担任。 某镇人民政府 2024年6月3日\n")
    facts = extract(_notices(tmp_path, page)[0]).facts
    teams = {(f.group, f.parent) for f in facts if isinstance(f, Subgroup)}
    assert ("巡查组", "某镇防台工作指挥部") in teams and ("救援组", "某镇防台工作指挥部") in teams
    assert ("某镇防台工作指挥部", "赵志刚", "成员") in {(f.group, f.person, f.role) for f in facts
                                                   if isinstance(f, Membership)}


# a disclosure page without title or number: its labels over the text (详细信息 / 公开具体内容) are no title
def test_disclosure_label_is_no_title(tmp_path):
    page = ("归档时间:2023-08-07\n当前位置: 首页 > 政务公开 > 通知公告\n详细信息\n公开具体内容\n\n"
            "各镇（街道），区直各部门：\n\n    为推进重点项目建设，经管委研究，决定成立某某区重点项目攻坚工作专班，组成人员如下：\n\n"
            "    召集人：某某区管委会主任　甲明\n\n    成    员：经济发展局局长　乙华\n\n"
            "                          某某区管理委员会\n                                     2023年8月2日\n\n"
            "【字体：大 中 小】  【打印本页】  【关闭窗口】\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert not doc.title
    assert (doc.issuer, doc.signed) == ("某某区管理委员会", "2023-08-02")


# an essay site's copy of an untitled notice on one line: its path, the addressees, the text, the signature, its
# date, then the site's links to the pages before and after it
def test_untitled_run_on_notice_signed_before_page_links(tmp_path):
    page = ("首页 > 范文 > 通知 各村民委员会，镇直各单位： 为做好防汛工作，经镇党委、镇政府研究，决定成立某镇防汛工作领导小组，"
            "组成人员如下： 组长：甲明 镇党委副书记、镇长 成员：乙华 镇水利站站长 丙　小丽（女） 镇民政办主任 "
            "丁强 镇派出所所长（兼） 领导小组下设办公室，办公室设在镇水利站，"
            "乙华同志兼任办公室主任。 某县某镇人民政府 2005年5月12日 上一篇：防汛值班制度 下一篇：抗旱工作总结\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert (doc.issuer, doc.signed) == ("某县某镇人民政府", "2005-05-12")


# a news report: the page's dateline over its headline, then the list a standing committee adopted, its heading over
# two lines and the adoption note under it: signed the note's date, published the dateline's
def test_report_dateline_over_adopted_list_is_published_not_signed(tmp_path):
    page = ("新闻与活动\n\n县人大新闻\n\n2012年06月30日\n某县人大常委会第五次会议闭幕\n通过一批人事任免事项\n\n"
            "本报讯（记者 某某）6月29日，某县第十六届人民代表大会常务委员会第五次会议闭幕。会议表决通过了有关人事任免事项。"
            "某县人民代表大会常务委员会决定任命和免去下列人员职务。\n\n"
            "某县人民代表大会常务委员会\n任免名单\n（2012年6月29日某县第十六届人民代表大会常务委员会第五次会议通过）\n\n"
            "任命：\n甲明为县教育局局长；\n\n免去：\n乙华的县教育局局长职务。\n\n（责任编辑：某某）\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert (doc.signed, doc.published) == ("2012-06-29", "2012-06-30")


# a group notice run onto one line: a second member of one role after the first one's post, the name padded to three
# characters and an aside after it (茹　某（女）): a row of its own, the role above it
def test_run_on_member_with_padded_name_and_aside_after_a_post(tmp_path):
    page = ("某县人民政府办公室关于调整某县森林防火指挥部组成人员的通知 某政办发〔2014〕36号 各乡镇人民政府，县直各部门："
            "因人事变动，县人民政府决定对某县森林防火指挥部组成人员进行调整，调整后名单如下： "
            "指挥长：王建国 县委常委、副县长 副指挥长：赵志刚 县林业局局长 李　玉红（女） 县政府办公室副主任 "
            "成员：孙磊 县森林公安局局长（兼） 周通发 县财政局副局长 "
            "指挥部下设办公室，办公室设在县林业局，赵志刚同志兼任办公室主任。 某县人民政府办公室 2014年5月18日\n")
    facts = extract(_notices(tmp_path, page)[0]).facts
    rows = {(f.group, f.person, f.role) for f in facts if isinstance(f, Membership)}
    assert {("某县森林防火指挥部", "赵志刚", "副指挥长"), ("某县森林防火指挥部", "李玉红", "副指挥长")} <= rows
    assert ("赵志刚", "县林业局", "局长") in {(f.person, f.post.agency, f.post.title) for f in facts
                                          if isinstance(f, Position)}
