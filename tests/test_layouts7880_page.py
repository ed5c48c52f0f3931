"""The page and the document row of the blind layouts78 and layouts80 (made-up notices in their layouts): a news
headline that says which place sent a plan out (某区印发2019年某某方案) over the notice's own cover-letter title, a
site's name put before the title in the page's <title> (某某网 -- 某厅关于…), a hijacked mirror's keyword line over
a site's service lines, the page's path and the notice's title under it."""
from __future__ import annotations

from pathlib import Path

from govkg.ingest import read_file
from govkg.ingest.html import read_html
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# a news headline naming the place that sent the plan out, with its year: the notice's own title under it wins
def test_place_headline_with_year_over_cover_letter_title(tmp_path):
    text = ("某区印发2021年城乡环境提升行动方案\n"
            "近日，某市某区人民政府办公室印发了《某区2021年城乡环境提升行动方案》，要求年底前完成各项任务。\n"
            "下面是原文↓\n某区政办发〔2021〕12号\n某市某区人民政府办公室关于印发\n某区2021年城乡环境提升行动方案的通知\n"
            "各镇人民政府，各街道办事处，区各部门：\n　　《某区2021年城乡环境提升行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
            "某市某区人民政府办公室\n2021年3月8日\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某市某区人民政府办公室关于印发某区2021年城乡环境提升行动方案的通知", "某区政办发〔2021〕12号", "某市某区人民政府办公室")


# a site's name before the page's title in its <title>, two dashes between: no part of the title
def test_site_name_before_title_tag_is_no_part_of_it():
    page = ("<html><head><title>某某民政网 -- 某省民政厅关于甲明等同志职务任免的通知</title></head><body>"
            "<table><tr><td><b>某省民政厅关于甲明等同志职务任免的通知</b></td></tr></table>"
            "<p align=\"center\">某民人〔2008〕5号</p><p>厅机关各处室，各直属单位：</p><p>经厅党组研究决定：</p>"
            "<p>甲明同志任厅办公室主任；</p><p align=\"right\">某省民政厅</p><p align=\"right\">二〇〇八年四月二日</p>"
            "</body></html>")
    notice = read_html(page, "page.html")
    doc = extract(notice).document
    assert (doc.title, doc.number, doc.issuer) == ("某省民政厅关于甲明等同志职务任免的通知", "某民人〔2008〕5号", "某省民政厅")


# a hijacked mirror's keywords, then a site's contact and service lines over its path: the title is under the path
def test_title_under_path_after_site_service_lines(tmp_path):
    service = "".join(f"服务项目{k}:某某大道{k}号\n\n" for k in range(1, 14))
    text = ("最新电影免费在线观看_高清完整版_某某综合网\n\n你好,欢迎访问 某某水务集团\n" + service
            + "注:请您及时缴纳水费,避免因停水给您带来的不便。谢谢合作!\n\n您当前位置: 首页> > 水务资讯\n"
            "某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知\n发布时间:2017-05-26 09:12:33 | 浏览数:86\n\n"
            "某府办字〔2017〕8号\n\n某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知\n\n各县（市、区）人民政府，市政府各部门：\n"
            "　　因人事变动，经市政府同意，决定对市防汛抗旱指挥部成员进行调整，现将调整后的名单通知如下：\n"
            "　　总指挥：甲明　市长\n\n某市人民政府办公室\n2017年5月22日\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知", "某府办字〔2017〕8号", "某市人民政府办公室")


# a document-sharing page's text in numbered chunks, line breaks lost, the red header glued before the number and the
# signature glued before the end matter: the number, not the header, and the signing date
def test_red_header_glued_before_number_on_a_shared_chunk(tmp_path):
    text = ("某省某厅关于甲明等同志职务任免的通知.doc\n\n资源描述\n\n"
            "1、某省某厅文件某厅人发〔2007〕8号某省某厅关于甲明等同志职务任免的通知厅机关各处室，厅直属各单位：经厅党组研究决\n\n"
            "2、定：甲明同志任厅医政处处长；免去乙华同志的某省人民医院副院长职务，退休。\n\n"
            "3、续。某省某厅二〇〇七年九月十二日主题词:人事任免通知抄送:省委组织部。某省某厅办公室2007年9月13日印发\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.title, doc.number, doc.issuer, doc.signed) == \
        ("某省某厅关于甲明等同志职务任免的通知", "某厅人发〔2007〕8号", "某省某厅", "2007-09-12")


# a forum user's page listing two notices, each a title behind a bullet, the poster's line under it, then the whole
# notice on one line: two notices, each with its number and signing date (no number read as a citation)
def test_forum_listing_with_poster_line_is_split(tmp_path):
    text = ("跳转至内容\n  • 版块\n  • 最新\n帖子\n\n"
            "  • 某县人民政府关于甲明等同志职务任免的通知\n    某某旧档F 某某旧档\n\n"
            "    某政任〔2004〕7号 各乡镇人民政府，县政府各工作部门：经县人民政府研究决定：甲明任县水利局局长；"
            "免去乙华县畜牧局副局长职务。 某县人民政府 二〇〇四年三月十五日\n\n"
            "  • 某县人民政府办公室关于印发某县2004年农村饮水工程实施方案的通知\n    某某旧档F 某某旧档\n\n"
            "    某政办发〔2004〕23号 各乡镇人民政府，县政府各工作部门：《某县2004年农村饮水工程实施方案》已经县政府同意，"
            "现印发给你们，请认真组织实施。 某县人民政府办公室 二〇〇四年五月二十日 某县2004年农村饮水工程实施方案 "
            "为做好农村饮水工作，制定本方案。一、目标任务 年内解决两万人饮水困难。\n")
    notices = _notices(tmp_path, text)
    docs = [extract(n).document for n in notices]
    assert [(d.title, d.number, d.signed) for d in docs] == [
        ("某县人民政府关于甲明等同志职务任免的通知", "某政任〔2004〕7号", "2004-03-15"),
        ("某县人民政府办公室关于印发某县2004年农村饮水工程实施方案的通知", "某政办发〔2004〕23号", "2004-05-20")]


# a forum thread (its post in td#postmessage_N inside div#postlist) whose thread title names a session's list, over a
# lead and the list's own heading and note: the post's text is read, and the list's own heading is the title
def test_forum_post_list_heading_wins_over_thread_title():
    page = ("<html><head><title>某县第十届人大常委会第五次会议任免名单 - 政务公开 - 某某论坛</title></head><body>"
            "<div id=\"pt\">论坛 › 政务公开</div><div id=\"postlist\"><h1 class=\"ts\"><span id=\"thread_subject\">"
            "某县第十届人大常委会第五次会议任免名单</span></h1><div class=\"t_fsz\"><table><tr>"
            "<td class=\"t_f\" id=\"postmessage_123\">来源：某县人大常委会办公室 发表时间：2023-6-29 18:20:05<br/>"
            "　　6月29日，某某自治县第十届人民代表大会常务委员会第五次会议举行。会议审议了人事任免议案。<br/>"
            "<div align=\"center\">某某自治县人民代表大会常务委员会任免名单</div>"
            "<div align=\"center\">（2023年6月29日某某自治县第十届人民代表大会常务委员会第五次会议通过）</div>"
            "决定任命：<br/>县教育体育局局长　　　　　甲明<br/>决定免去：<br/>县教育体育局局长　　　　　乙华<br/>"
            "</td></tr></table></div></div><div id=\"ft\">Powered by Discuz!</div></body></html>")
    doc = extract(read_html(page, "page.html")).document
    assert (doc.title, doc.number, doc.issuer, doc.signed) == \
        ("某某自治县人民代表大会常务委员会任免名单", None, "某某自治县人民代表大会常务委员会", "2023-06-29")


# a page headed by a topic's name (no 关于, no kind word) over the notice's own title, its issuer on the line above
# 关于…, the title printed twice as a page that doubled its text: the notice's own title
def test_own_title_under_a_topic_heading_printed_twice():
    page = ("<html><head><title>某某与市场信用政策</title></head><body><div class=\"content\">"
            "<p>某省某厅</p><p>关于印发《某省某某检测</p><p>管理办法》的通知</p>"
            "<p>关于印发《某省某某检测</p><p>管理办法》的通知</p><p>某水发〔2022〕7号</p>"
            "<p>各市（州）水利局，厅机关各处室：</p><p>　　现将《某省某某检测管理办法》印发给你们，请认真贯彻执行。</p>"
            "<p>某省某厅</p><p>二〇二二年五月十日</p><p>某省某某检测管理办法</p><p>第一章　总　则</p>"
            "<p>　　第一条　为加强全省某某检测管理，规范检测行为，保证检测工作质量，制定本办法。</p>"
            "</div></body></html>")
    doc = extract(read_html(page, "page.html")).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某省某厅关于印发《某省某某检测管理办法》的通知", "某水发〔2022〕7号", "某省某厅")
