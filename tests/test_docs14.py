"""Document rows of pages as real sites print them (session 12, docs14): skip links and back-to-top links over a
page, a year in a chronicle's headline, chronicles that narrate
appointments, a document-sharing page named by its file. Every text is made up."""
from __future__ import annotations

import pytest

from govkg.extract.document import _chronicle
from govkg.extract.layout import _is_headline
from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


@pytest.mark.parametrize("link", ["跳至主要内容", "跳至內容", "跳到正文", "跳转到正文内容"])
def test_a_skip_link_over_the_page_is_no_headline(link):
    text = (f"{link}\n某区公布两名局长任命\n依照有关规定,某区人民政府2021年3月5日决定:任命甲某某为某区财政局局长。\n"
            "2021年3月5日(星期五)\n")
    assert doc(text).title == "某区公布两名局长任命"


def test_a_back_to_top_link_above_the_title_is_not_its_issuer():
    text = ("返回顶部\n某县人民政府议事规则\n•索引号:\n1234/2022-0001\n"
            "一、为规范县政府议事工作,制定本规则。\n二、县政府实行县长负责制。\n")
    d = doc(text)
    assert d.title == "某县人民政府议事规则"
    assert d.issuer is None  # (the link issued nothing)


@pytest.mark.parametrize("title", ["1987年政务大事记(三)", "1995年9月大事记", "2003年某县大事记"])
def test_a_year_counts_as_part_of_a_chronicles_headline(title):
    assert _is_headline(title)


@pytest.mark.parametrize("line", ["發文日期1986年07月07日", "发布日期2003年5月8日", "2019年3月1日"])
def test_a_date_with_its_label_is_no_headline(line):
    assert not _is_headline(line)


def test_a_chronicle_titled_as_one_is_not_a_personnel_act():
    text = ("某市人民政府\nwww.example.gov.cn\n1987年政务大事记(三)\n来源:某市人民政府办公室 发布时间:2020-01-02 10:00:00\n"
            "7月\n3日,某市书法协会举行成立大会,选举丙某某为主席。\n9日,市人大常委会决定任命丁某某为某市副市长。\n"
            "15日,某市第二届运动会开幕。\n")
    d = doc(text)
    assert d.title == "1987年政务大事记(三)"
    assert d.kind == "notice"


def test_dated_entries_make_an_untitled_page_a_chronicle():
    text = ("2月3日  全县水利工作会议召开,历时三天。\n是月  经地委批准,戊某某任某县县委书记。\n"
            "4月12日  某县第三届工会会员代表大会召开,选举产生了主席、副主席。\n"
            "5月  某县农机厂建成投产。\n8月20日-22日  某县第六届人民代表大会召开,选举己某某为县长。\n")
    assert _chronicle("", text)
    assert doc(text).kind == "notice"


def test_a_news_lead_dated_by_the_hour_is_no_chronicle_entry():
    text = ("1月12日下午,某省人大会议选举庚某某为省长。\n1月15日上午,某省人大会议选举辛某某为省长。\n"
            "1月17日上午,某省人大会议选举壬某某为省长。\n2月15日下午,某省人大会议选举癸某某为省长。\n")
    assert not _chronicle("", text)


def test_a_shared_files_name_titles_the_page_with_the_notes_of_its_heading():
    text = ("《某市推进垃圾分类2023年工作方案.docx》由会员分享,可在线阅读,更多相关《某市推进垃圾分类2023年工作方案.docx(12页珍藏版)》"
            "请在某某文库上搜索。\n1、某市推进垃圾分类2023年工作方案(征求意见稿)为持续推进垃圾分类工作,结合我市实际,制定本方案。"
            "一、工作目标\n2、加强源头减量。(责任单位:市城管局、市商务局)\n")
    d = doc(text)
    assert d.title == "某市推进垃圾分类2023年工作方案(征求意见稿)"
    assert d.kind == "plan"


def test_a_two_part_headline_printed_again_over_the_story_is_the_title():
    text = ("1971年,“某某”工作组下乡\n题图来自网络,仅为配图\n1971年,“某某”工作组下乡\n"
            "1971年春,我和几位同事编入某某工作组,进驻某县某公社。公社有十几个大队,工作组分住各队。\n")
    assert doc(text).title == "1971年,“某某”工作组下乡"


@pytest.mark.parametrize("text, title", [
    # the thread's title with the copy-link button on its line, the paper's own headline lines below
    ("• 31阅读\n  • 0回复\n\n某部会议通过防汛工作指示 批准某某委员会的报告 [复制链接]\n\n上一主题 下一主题\n离线admin\n"
     "只看楼主 倒序阅读 0 发表于: 1958-07-02\n第1版()\n专栏:\n\n某部会议通过防汛工作指示\n批准某某委员会的报告\n"
     "新华社1日讯 某部在今天举行了全体会议。会议讨论了防汛工作的报告。\n",
     "某部会议通过防汛工作指示批准某某委员会的报告"),
    # the button on the line under the thread's title, the forum's name over the page
    ("某某论坛-某某网\n\n 找回密码\n 立即注册\n查看: 211|回复: 0\n\n回忆下乡工作组\n\n[复制链接]\n\n56\n\n主题\n"
     "发表于 2022-03-01 08:00:00 | 显示全部楼层\n1966年春,我被抽到县里的工作组,下到某公社。\n",
     "回忆下乡工作组"),
])
def test_a_forum_threads_title_is_the_pages_headline(text, title):
    assert doc(text).title == title
