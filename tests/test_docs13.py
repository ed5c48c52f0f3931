"""Document rows and citations of pages as real sites print them (session 11, docs13): tables flattened to
``|`` cells, member lists cut from a notice's middle, comma-joined news headlines, titles run into their text,
keyword lines of hijacked mirrors, signatures under a proxy seal, promulgation by 下发, repeated pinyin notes,
numbers without 号 or with the year inside the code. Every text is made up."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def doc(text: str):
    return facts(text).document


@pytest.mark.parametrize("text", [
    # a wiki's infobox flattened to `label | value |` rows above an article: no row is a headline
    "某某委员会 | |\n主要领导 | |\n上级机构 | 某某部 |\n本级党组织 | 中共某某部党组 |\n办公地址 | 某市某路8号 |\n"
    "本机构位于某某大楼内 |\n某某委员会是负责某项工作的机构,由某某部管理。\n1953年,某某任主任委员,某某任副主任委员。\n",
    # the second page of a notice: a member list cut from its middle, a line of name and post with 主任 in it
    "第三工作组:\n组 长:张某某 县政协副主席\n成 员:李某某 县民政局副局长\n王某某 县供销社副主任\n赵某某 县公安局民警\n"
    "负责范围:某路至某街约200户。\n二、工作要求\n各工作组要统一部署,层层落实责任,确保按时完成任务。\n",
])
def test_pages_without_a_title_give_none(text):
    assert not doc(text).title


def test_a_headline_in_a_cell_of_its_own_stays_the_title():
    text = ("某区人大常委会举行第九次会议 | |||\n| |||\n某日上午,某区人大常委会第九次会议表决通过了人事任免事项。"
            "会议决定任命某某为区人民政府副区长。\n")
    assert doc(text).title == "某区人大常委会举行第九次会议"


@pytest.mark.parametrize("text, title", [
    # two clauses, share buttons and their counts between the headline and the byline
    ("我的位置: 新闻 > 文章详情\n某某任某自治区代主席,半年来3个自治区已有2名主席履新\n分享至:\n (12)\n (3)\n 收藏\n"
     "来源:某某新闻 作者:某某 2020-05-06 10:03\n某日上午,某自治区人大常委会举行会议。会议决定任命某某为副主席。\n",
     "某某任某自治区代主席,半年来3个自治区已有2名主席履新"),
    # a long headline of two decisions over a dated lead
    ("省人大常委会决定接受某某辞去某省人民政府省长职务,决定任命某某为某省人民政府副省长、决定某某代理某省人民政府省长\n"
     "3月2日,某省人民代表大会常务委员会第九次会议在某市召开。\n会议决定任命某某为某省人民政府副省长。\n",
     "省人大常委会决定接受某某辞去某省人民政府省长职务,决定任命某某为某省人民政府副省长、决定某某代理某省人民政府省长"),
])
def test_comma_joined_news_headlines(text, title):
    assert doc(text).title == title


def test_a_title_run_into_its_opening_clause():
    text = ("某县推进特色产业发展行动方案(征求意见稿)(2024-2026年)为加快推进特色产业发展,结合我县实际,制定本方案。"
            "一、主要任务(一)培育龙头企业(责任单位:县工信局、县发改局)\n")
    d = doc(text)
    assert d.title == "某县推进特色产业发展行动方案(征求意见稿)(2024-2026年)"
    assert d.kind == "plan"


def test_a_hijacked_mirrors_keyword_line_is_no_body_text():
    text = ("某某视频www在线看,某某娱乐在一二三区,99夜色某某精品,某某视频永久免费播放\n\n欢迎您访问某省农业厅网站\n\n"
            "第二次全国某某普查工作方案\n\n来源:某某部网站 发布时间: 2021-06-05 16:16\n"
            "各省普查办公室:\n现将《第二次全国某某普查工作方案》印发给你们,请认真执行。\n")
    assert doc(text).title == "第二次全国某某普查工作方案"


@pytest.mark.parametrize("signature", [
    "某某普查领导小组办公室\n(某某局代章)\n2021年3月4日\n",
    "某某普查领导小组办公室(代章)\n\n2021年3月4日\n",
])
def test_a_signature_under_a_proxy_seal(signature):
    text = "某某普查工作方案\n各有关单位:\n现将工作方案印发给你们,请认真执行。\n特此通知。\n" + signature
    d = doc(text)
    assert d.issuer == "某某普查领导小组办公室"
    assert d.signed == "2021-03-04"


def test_a_notice_that_sends_down_a_plan_is_a_plan():
    text = "某镇人民政府关于下发2020年防汛应急预案的通知\n各村委会:\n现将预案下发给你们,请遵照执行。\n"
    assert doc(text).kind == "plan"


def test_an_info_tables_title_cell_without_its_bars():
    text = ("索引号:0123-4/2021-00012 | |\n发文字号:某政办发〔2021〕6号 | 著录时间:2021-04-02 |\n"
            "标题:某县人民政府办公室关于做好某项普查工作的通知 | |\n各乡镇人民政府,县直各单位:\n为做好普查工作,现通知如下。\n")
    assert doc(text).title == "某县人民政府办公室关于做好某项普查工作的通知"


@pytest.mark.parametrize("text, number", [
    # pinyin notes printed more than once after a character of the cited number
    ("依据《某院办公厅关于加快某项建设的指导意见》(國(guo)(guo)辦(ban)發〔2016〕12號),制定本方案。\n", "國辦發〔2016〕12號"),
    # a number without its 号, brackets of the page's own
    ("根据《关于印发某某实施方案的通知》(某市财[2021]15)文件精神,制定本方案。\n", "某市财〔2021〕15"),
    # an older number with its year in brackets inside the code
    ("你府某年某月某日某民密丙(55)字第一二三四号报告收悉。同意所请。\n", "某民密丙〔55〕字第一二三四号"),
])
def test_citation_numbers(text, number):
    got = [f for f in facts(text).facts if type(f).__name__ == "Citation"]
    assert number in [c.number for c in got]


def test_an_info_block_of_spaced_labels_without_colons():
    text = ("规范性文件\n\n关于印发《某区某某补助政策实施方案(2022年)》的通知\n\n"
            "索 引 号 0123456/2022-00011 发布机构 某区政府办公室 公开日 2022-05-06\n"
            "文  号 某区财农〔2022〕7号 主题分类 生态保护 失效日期\n\n某区各相关单位:\n为落实有关政策,制定本方案。\n")
    d = doc(text)
    assert d.number == "某区财农〔2022〕7号"
    assert d.issuer == "某区人民政府办公室"


def test_a_news_storys_info_block_names_its_publisher_not_an_issuer():
    text = ("索引号 0102/20220506-00001 发布机构 某市民政局\n公开目录 新闻动态 发布日期 2022-05-06 15:27:26\n"
            "某市召开创建某某模范城推进会\n\n5月4日,某市某某工作领导小组召开会议,对创建工作进行再部署。\n")
    d = doc(text)
    assert d.title == "某市召开创建某某模范城推进会"
    assert d.issuer is None


def test_a_signing_body_wrapped_over_two_lines():
    text = ("关于印发《某市第二次全国某某普查工作方案》的通知\n某普办发〔2020〕2号\n各县区普查领导小组办公室:\n"
            "现将《某某市第二次全国某某普查工作方案》印发给你们,请认真贯彻执行。\n某某市第二次全国某某\n普查领导小组办公室\n2020年6月1日\n")
    assert doc(text).issuer == "某某市第二次全国某某普查领导小组办公室"


def test_a_hijacked_mirrors_word_above_the_title_is_no_issuer():
    text = ("某市某某局-8899某某集团\n关于印发《某市某某普查工作方案》的通知\n某普办发〔2020〕3号\n各有关单位:\n"
            "现将《某市某某普查工作方案》印发给你们,请认真贯彻执行。\n")
    assert doc(text).title == "关于印发《某市某某普查工作方案》的通知"


def test_a_headline_over_a_reprinted_decision_with_a_column_label_between():
    text = ("某某辞去某州市人民政府市长职务\n发布时间:2020年03月02日 20:14 来源:某某新闻网\n今日要闻:\n"
            "某网3月2日电 据某州市人大常委会消息,某州市第九届人大常委会第十次会议决定:接受某某辞去某州市人民政府市长职务的请求。\n"
            "某州市人民代表大会常务委员会关于接受某某辞去某州市人民政府市长职务请求的决定\n"
            "(2020年3月2日某州市第九届人民代表大会常务委员会第十次会议通过)\n"
            "某州市第九届人大常委会第十次会议决定:接受某某辞去某州市人民政府市长职务的请求。\n")
    d = doc(text)
    assert d.title == "某某辞去某州市人民政府市长职务"
    assert d.kind == "personnel"


def test_a_headline_stays_over_a_bare_title_the_story_reports():
    text = ("某省建立某某工作联席会议制度\n添加时间:2019-05-06     来源:某某报\n\n"
            "为加强组织领导,近日,某省政府办公厅印发《关于建立某省某某工作联席会议制度的通知》。\n"
            "《通知》显示,联席会议召集人由副省长担任。\n")
    d = doc(text)
    assert d.title == "某省建立某某工作联席会议制度"
    assert d.kind == "notice"


def test_the_body_a_title_names_issues_it_not_the_info_blocks_poster():
    text = ("索引号:0123-4/2021-00012 | |\n发文字号:某政办发〔2021〕6号 | 著录时间:2021-04-02 |\n"
            "发文机关:某县应急管理局 | 主题词: |\n标题:某县人民政府办公室关于做好某项普查工作的通知 | |\n"
            "各乡镇人民政府,县直各单位:\n为做好普查工作,现通知如下。\n")
    assert doc(text).issuer == "某县人民政府办公室"


def test_a_newspaper_toolbar_is_no_headline():
    text = ("第02版:要闻 4下一版\n标题导航\n返回某某网首页 | 版面导航 | 标题导航\n4下一版 2019年3月5日 星期 放大 缩小 默认\n"
            "某省人大常委会举行第九次会议\n决定任免一批干部\n\n某社某地3月4日电 某省人大常委会4日举行第九次会议,决定任命某某为副省长。\n")
    assert doc(text).title == "某省人大常委会举行第九次会议"

