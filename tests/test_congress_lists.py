"""A congress committee's list of decisions as news pages print it (the blind layouts75 and layouts76): the list's
own heading is the page's title wherever the report puts it, and items that print the post before its holder.
Names and bodies invented here, not the corpora's."""
from __future__ import annotations

from govkg.extract.personnel import Appointment, Removal

from govkg.nlp import extract

from helpers import document, facts, posts, read_notices

_NOTE = "（2019年4月26日某某县第九届人民代表大会常务委员会第十五次会议通过）"


# a news report under its own headline and dateline, the list further down under its heading wrapped after 常务委员会
# and its note of adoption: the list is the document the page states
def test_list_under_headline_takes_its_own_heading():
    text = ("县九届人大常委会举行第十五次会议\n发布时间：2019-04-28 09:12　来源：县人大办\n"
            "2019年4月26日，某某县第九届人民代表大会常务委员会第十五次会议在县人大常委会会议室举行。会议审议并表决通过了"
            "人事任免事项。某某县人民代表大会常务委员会决定任命和免去下列人员职务：\n"
            "某某县人民代表大会常务委员会\n任免名单\n" + _NOTE + "\n决定任命：\n周立成为县审计局局长；\n"
            "决定免去：\n郑海平的县审计局局长职务。\n")
    doc = document(text)
    assert doc.title == "某某县人民代表大会常务委员会任免名单"
    assert doc.issuer == "某某县人民代表大会常务委员会"
    assert doc.signed == "2019-04-26"
    assert ("Appointment", "周立成", "县审计局", "局长") in posts(text, Appointment)
    assert ("Removal", "郑海平", "县审计局", "局长") in posts(text, Removal)


# the same report saved as an article page whose <title> is the headline
def test_list_under_headline_of_an_article_page(tmp_path):
    page = ("<html><head><meta charset=\"utf-8\"><title>县九届人大常委会举行第十五次会议_某某人大</title></head><body>"
            "<div class=\"crumb\">当前位置：首页 &gt; 人大要闻</div><h1>县九届人大常委会举行第十五次会议</h1>"
            "<div class=\"art\"><p>2019年4月26日，某某县第九届人民代表大会常务委员会第十五次会议在县人大常委会会议室举行。"
            "会议审议并表决通过了人事任免事项。某某县人民代表大会常务委员会决定任命和免去下列人员职务：</p>"
            "<p align=\"center\">某某县人民代表大会常务委员会</p><p align=\"center\">任免名单</p><p>" + _NOTE + "</p>"
            "<p>决定任命：</p><p>周立成为县审计局局长；</p></div></body></html>")
    [raw] = read_notices(tmp_path, page, "page.html")
    doc = extract(raw).document
    assert doc.title == "某某县人民代表大会常务委员会任免名单"
    assert doc.issuer == "某某县人民代表大会常务委员会"


# the same report on a page that lost its line breaks: heading and note run on inside the story
def test_list_run_on_in_a_flat_page():
    text = ("某某县九届人大常委会举行第十五次会议\n发布时间：2019-04-28 09:12　来源：某某日报\n"
            "本报讯 4月26日，某某县第九届人民代表大会常务委员会第十五次会议召开，会议表决通过了人事任免事项。 "
            "某某县人民代表大会常务委员会任免名单 " + _NOTE + " 任命周立成为县审计局局长； 免去郑海平的县审计局局长职务。\n")
    doc = document(text)
    assert doc.title == "某某县人民代表大会常务委员会任免名单"
    assert doc.signed == "2019-04-26"


# a headline that only reports the session, no list printed under a heading of its own: the headline stays
def test_headline_without_a_list_stays():
    text = ("县九届人大常委会举行第十五次会议\n发布时间：2019-04-28 09:12　来源：县人大办\n"
            "2019年4月26日，某某县第九届人民代表大会常务委员会第十五次会议在县人大常委会会议室举行。会议决定任命周立成为"
            "县审计局局长。\n")
    assert document(text).title == "县九届人大常委会举行第十五次会议"


# items of a 任命 / 免去 section that print the post, a colon, then its holder; and the verb before such an item
def test_post_colon_holder_items():
    text = ("某某县人民代表大会常务委员会任免名单\n" + _NOTE + "\n任命：\n县财政局局长：吴思远\n县人民法院审判员：钱晓燕\n"
            "任命县民政局局长：孙文涛；\n免去：\n县财政局局长：冯志刚\n")
    got = posts(text, Appointment)
    assert ("Appointment", "吴思远", "县财政局", "局长") in got
    assert ("Appointment", "钱晓燕", "县人民法院", "审判员") in got
    assert ("Appointment", "孙文涛", "县民政局", "局长") in got
    assert posts(text, Removal) == [("Removal", "冯志刚", "县财政局", "局长")]
    assert not [f for f in facts(text) if type(f).__name__ == "Position"]  # (read once, as decisions)
