"""The page and the document row of the blind layouts77 and layouts79 (made-up notices in their layouts): a site's
back link alone over the title (返回), a repost's headline over its posting line and the notice's own title, a page's
title without its issuer over the notice's red-header title wrapped under its issuer, a congress committee's report
whose lead names the committee, then its verb again over each block (…常务委员会决定： / 决定任命：)."""
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


# a site's back link alone on the line over the title: a link, never the title's first line (nor a name)
def test_back_link_over_title_is_no_part_of_it(tmp_path):
    for link in ("返回", "打印", "关闭"):
        text = (f"{link}\n某县经济开发区管理委员会关于印发《某县开发区项目管理暂行办法》的通知\n\n"
                "时间:2012-3-5 9:20:35\n某开管发〔2012〕3号\n开发区各部门：\n"
                "　　《某县开发区项目管理暂行办法》已经主任办公会议研究通过，现印发给你们，请认真遵照执行。\n"
                "某县经济开发区管理委员会\n2012年3月1日\n")
        doc = extract(_notices(tmp_path, text)[0]).document
        assert (doc.title, doc.number, doc.issuer) == \
            ("某县经济开发区管理委员会关于印发《某县开发区项目管理暂行办法》的通知", "某开管发〔2012〕3号", "某县经济开发区管理委员会")


# a repost's own headline over its posting line, then the notice's own title: the posting line joins neither
def test_repost_headline_and_posting_line_are_not_the_title():
    page = ("<html><head><title>某某室发布一批干部任免</title></head><body>"
            "<h1>某某室发布一批干部任免</h1><div>发布时间:2014-06-03</div>"
            "<p align=\"center\">某某室关于甲明等同志职务任免的通知</p><p align=\"center\">某参人〔2014〕5号</p>"
            "<p>室机关各司、各直属单位：</p><p>经室党组研究决定：</p><p>甲明同志任秘书司司长；</p>"
            "<p>免去乙华同志的业务司司长职务，退休。</p>"
            "<p align=\"right\">某某室</p><p align=\"right\">二〇一四年五月二十六日</p></body></html>")
    doc = extract(read_html(page, "p.html")).document
    assert (doc.title, doc.number, doc.issuer, doc.signed) == \
        ("某某室关于甲明等同志职务任免的通知", "某参人〔2014〕5号", "某某室", "2014-05-26")


# the page's title without the issuer, then the notice's red-header title wrapped under its issuer's line over its
# number, no signature: the notice's own title, its issuer from it
def test_red_header_title_wrapped_under_issuer_is_the_notices_own(tmp_path):
    text = ("首页 > 政务公开 > 政府文件\n\n关于调整某市森林防火指挥部成员的通知\n"
            "发布时间：2009-04-08来源：市政府办公室浏览次数：12\n\n某市人民政府办公室\n关于调整某市森林防火指挥部\n"
            "成员的通知\n\n某政办发〔2009〕7号\n\n各镇人民政府，市政府各部门：\n\n"
            "    因人事变动，经市人民政府同意，决定对某市森林防火指挥部组成人员进行调整。调整后的组成人员如下：\n\n"
            "    指 挥 长：甲明    副市长\n    成    员：乙华    市林业局局长\n\n"
            "                                        二〇〇九年四月六日\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某市人民政府办公室关于调整某市森林防火指挥部成员的通知", "某政办发〔2009〕7号", "某市人民政府办公室")


# a news report of a committee's session, no list heading: the lead names the committee that decides, its verb printed
# again over each block (决定： / 决定任命：): that committee is the issuer
def test_committee_deciding_with_its_verb_again_over_each_block(tmp_path):
    text = ("当前位置: 首页 > 人大要闻\n县十八届人大常委会举行第九次会议\n2020-08-01  来源：某县人大\n"
            "    2020年7月30日，县十八届人大常委会第九次会议召开。会议审议并表决通过了人事任免事项。根据县人民政府县长的提请，"
            "某县人民代表大会常务委员会决定：\n    决定任命：\n    王建国为县财政局局长；\n    决定免去：\n"
            "    李秀兰的县财政局局长职务；\n    接受赵志刚辞去县人民政府副县长职务的请求。\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.issuer, doc.kind, doc.signed) == ("某县人民代表大会常务委员会", "personnel", "2020-07-30")


# a news site's summary label before the notice's title it quotes, under the page's headline (the document sent out):
# the label is no part of the title
def test_summary_label_before_quoted_title(tmp_path):
    text = ("某区2018年背街小巷整治工作实施方案\n发布时间:2018-04-15来源:某区人民政府办公室点击:31\n"
            "核心提示:某市某区人民政府办公室关于印发某区2018年背街小巷整治工作实施方案的通知\n某区政办发〔2018〕9号\n"
            "各街道办事处，区政府各部门：\n《某区2018年背街小巷整治工作实施方案》已经区政府同意，现印发给你们，请认真组织实施。\n"
            "某市某区人民政府办公室\n2018年4月11日\n")
    doc = extract(_notices(tmp_path, text)[0]).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某市某区人民政府办公室关于印发某区2018年背街小巷整治工作实施方案的通知", "某区政办发〔2018〕9号", "某市某区人民政府办公室")
