"""Reading the page and the document row, the classes of errors the blind corpora layouts45-48 found (and what
layouts42 still lost), helper lfixv: page metadata is no title (an info block's fields on one line, a catalogue's
bracketed labels, a WeChat account's name over its follow prompt); a compilation's 第一篇: marker, a sharing site's
.doc, a portal's headline over the notice it reprints in full; a listing's 标题：/时间：/内容： items; a listing item
that is the second line of a wrapped title; an article page's number and posting line beside its text's container;
a forum post that prints the thread's title again with its number; an untitled notice that sets up a body. All
notices are made up."""
from __future__ import annotations

from pathlib import Path

from helpers import document

from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice

SETUP = ("各村民委员会，镇属各单位：\n"
         "　　为加强某某工作，经镇党委、政府研究决定，成立某镇安全生产委员会（以下简称镇安委会），组成人员如下：\n"
         "　　主　任：甲建国　镇长\n　　委　员：乙文华　镇派出所所长\n"
         "　　镇安委会下设办公室，由乙文华同志兼任办公室主任。\n"
         "                                    某县某某镇人民政府\n                                  二〇一九年三月八日\n")


def _read(tmp_path: Path, text: str, name: str = "page.txt", encoding: str = "utf-8") -> list[RawNotice]:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


# an info block's fields printed label, value, label, value on one line (公开方式 主动公开 发布机构 某镇): no title
def test_info_row_of_fields_is_no_title():
    doc = document("首页 政府信息公开 新闻中心\n\n索引号 123456/2019-00031 文号 生成日期 2019-03-10\n"
                   "公开方式 主动公开 发布机构 某某镇 责任部门 某某镇\n\n" + SETUP)
    assert doc.title in (None, "")
    assert doc.kind == "notice"  # an untitled notice that sets up a body and names its heads (spec)


# a catalogue's labels in square brackets ([ 主题分类 ] 综合政务 [ 体裁分类 ] 通知): fields, no title
def test_bracketed_catalogue_labels_are_fields():
    doc = document("您当前的位置:首页 >政务公开 >通知公告\n\n[ 索引号 ] 1234XX/2022-00061 [ 发文字号 ] \n"
                   "[ 主题分类 ] 综合政务 [ 体裁分类 ] 通知\n[ 发布机构 ] 某某管委会\n"
                   "[ 成文日期 ] 2019-03-08 [ 发布日期 ] 2019-03-11\n\n\n" + SETUP)
    assert doc.title in (None, "")
    assert doc.published == "2019-03-11"
    assert doc.signed == "2019-03-08"


# a WeChat mirror: the account's name (某某发布) over its follow prompt is no headline
def test_wechat_account_name_is_no_title():
    doc = document("某某开发区发布\n△点击上方蓝字关注我们\n\n" + SETUP)
    assert doc.title in (None, "")
    assert doc.kind == "notice"


# a compilation page's 第一篇: marker before the title is no part of it
def test_compilation_marker_left_out_of_the_title():
    doc = document("第一篇:某省某某厅关于印发《某省某某工作方案》的通知\n某某发〔2022〕3号\n各市州某某局：\n"
                   "　　现将《某省某某工作方案》印发给你们，请认真贯彻执行。\n某省某某厅\n2022年4月6日\n")
    assert doc.title == "某省某某厅关于印发《某省某某工作方案》的通知"
    assert doc.number == "某某发〔2022〕3号"


# a sharing site's file name: the notice's title with .doc after it
def test_shared_file_extension_left_out_of_the_title():
    doc = document("文档名称:\n\n某市人民政府办公室关于印发某市某某工作任务分工方案的通知.doc\n\n格式:doc   大小:64KB\n\n"
                   "某政办发〔2011〕8号\n各镇人民政府，市各有关部门：\n"
                   "　　现将《某市某某工作任务分工方案》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2011年10月12日\n")
    assert doc.title == "某市人民政府办公室关于印发某市某某工作任务分工方案的通知"


# a portal's headline over a lead that brings in the notice's full text: the notice's own title
def test_notice_title_under_full_text_lead():
    doc = document("本页位置:首页新闻中心\n某某局成立某某工作领导小组\n2012年05月16日 09:42 来源：某某网\n"
                   "　　据某某网消息，某某局办公室近日印发通知，决定成立专门领导机构。通知全文如下：\n"
                   "某某办〔2012〕7号\n某某局办公室关于成立某某工作领导小组的通知\n各司（室）：\n"
                   "　　经局领导同意，决定成立某某工作领导小组。现将有关事项通知如下：\n"
                   "　　组　长：甲建国（某某局副局长）\n某某局办公室\n2012年5月10日\n")
    assert doc.title == "某某局办公室关于成立某某工作领导小组的通知"
    assert doc.number == "某某办〔2012〕7号"


# a listing of 标题：/时间：/内容： items: two notices, no 内容: label in a title
def test_labelled_listing_items_split(tmp_path):
    first, second = "某县人民政府办公室关于调整某县某某领导小组成员的通知", "某县人民政府办公室关于印发某县某某实施方案的通知"
    text = ("首页 > 标签 > 某县政府办文件\n\n━━━━━━━━━━\n"
            f"标题：{first}\n时间：2014-05-09　栏目：政策文件　阅读：236\n"
            f"内容：{first} 某政办发〔2014〕21号 各乡镇人民政府： 经县政府同意，现将某县某某领导小组成员调整如下： "
            "组　长：甲建国　县长 成　员：乙文华　县水务局局长 某县人民政府办公室 2014年5月6日\n━━━━━━━━━━\n"
            f"标题：{second}\n时间：2013-04-17　栏目：政策文件　阅读：412\n"
            f"内容：{second} 某政办发〔2013〕58号 各乡镇人民政府： 现将《某县某某实施方案》印发给你们，请认真贯彻执行。 "
            "某县人民政府办公室 2013年4月15日\n━━━━━━━━━━\n")
    notices = _read(tmp_path, text)
    assert [n.meta["title"] for n in notices] == [first, second]
    docs = [extract(n).document for n in notices]
    assert [d.title for d in docs] == [first, second]
    assert [d.number for d in docs] == ["某政办发〔2014〕21号", "某政办发〔2013〕58号"]
    assert [d.published for d in docs] == ["2014-05-09", "2013-04-17"]


# a title wrapped inside its 《》 whose second line reads like a title: one notice, not a listing of two
def test_wrapped_title_line_is_no_listing_item(tmp_path):
    text = ("文 号: 某应急发〔2020〕27号 发布机构: 省某某厅\n成文时间: 2020-06-08 发布时间: 2020-06-11 16:20\n\n"
            "某应急发〔2020〕27号某省某某厅关于印发《全省某某能力提升行动实施方案》的通知\n\n"
            "发布时间: 2020-06-11 16:20   浏览次数:0次\n\n某省某某厅\n\n某应急发〔2020〕27号\n\n"
            "某省某某厅关于印发《全省某某能力\n\n提升行动实施方案》的通知\n\n各市州某某局：\n\n"
            "现将《全省某某能力提升行动实施方案》印发给你们，请结合实际认真抓好落实。\n\n"
            "                                         2020年6月8日\n\n全省某某能力提升行动实施方案\n\n"
            "为提升全省某某能力，结合我省实际，制定本方案。一、工作目标。到2020年底，全省某某体系进一步完善，"
            "重点区域隐患排查整治全面完成，物资储备和指挥调度能力明显提升，各项任务全部落实到位。\n")
    notices = _read(tmp_path, text)
    assert len(notices) == 1
    doc = extract(notices[0]).document
    assert doc.title == "某省某某厅关于印发《全省某某能力提升行动实施方案》的通知"
    assert doc.issuer == "某省某某厅"
    assert doc.signed == "2020-06-08"


# an article page: the number under the <h1> and the posting line beside the text's container
def test_number_and_posting_line_beside_the_article(tmp_path):
    html = ("<html><head><meta charset=\"gbk\"><title>某自治区某某厅关于印发《某某管理办法》的通知</title></head><body>"
            "<div class=\"article\"><h1>某自治区某某厅关于印发《某某管理办法》的通知</h1>"
            "<p class=\"wh\">某商发〔2012〕18号</p>"
            "<div class=\"info\">阅读次数:- 信息来源: 某自治区某某厅 发布时间:2012-09-07</div>"
            "<div class=\"content\"><p>ABCD—2012—004</p><p>各地（州、市）某某主管部门：</p>"
            "<p>为规范某某经营活动，我厅制定了《某某管理办法》，现印发给你们，请认真贯彻执行。</p>"
            "<p>某自治区某某厅</p><p>二〇一二年八月三十日</p><p>某某管理办法</p>"
            "<p>第一条　为加强某某行业管理，制定本办法。</p></div></div></body></html>")
    notices = _read(tmp_path, html, name="page.html", encoding="gbk")
    doc = extract(notices[0]).document
    assert doc.number == "某商发〔2012〕18号"
    assert doc.published == "2012-09-07"
    assert doc.kind == "measures"


# a forum thread titled with the notice's title: the post prints it again with its number under it
def test_forum_post_title_with_its_number():
    doc = document("找回密码\n注册\n查看： 2317|回复： 3\n某县人民政府关于甲建国等同志职务任免的通知\n[复制链接]\n"
                   "某网友  | 发表于 2005-3-2 09:14:26 | 显示全部楼层\n"
                   "某县人民政府关于甲建国等同志职务任免的通知\n某政任〔2004〕9号\n各乡镇人民政府，县政府各部门：\n"
                   "经县政府研究决定：\n任命甲建国为县农牧局局长；\n免去乙文华的县教育局副局长职务。\n"
                   "某县人民政府\n二○○四年三月十五日\n")
    assert doc.number == "某政任〔2004〕9号"
    assert doc.title == "某县人民政府关于甲建国等同志职务任免的通知"


# a news report's dateline without a time of day, its source after it: the day the page published it
def test_dateline_with_source_is_published():
    doc = document("某县十六届人大常委会举行第十一次会议 表决通过一批人事任免事项\n2013年07月26日 来源：某某日报\n\n"
                   "7月25日，某县第十六届人民代表大会常务委员会第十一次会议召开，会议决定任命甲建国为某县人民政府副县长。\n")
    assert doc.published == "2013-07-26"


# a gazette's transcript: chrome, a table of contents, page markers, then the title wrapped over three lines with its
# number under it
def test_gazette_transcript_title_over_number():
    doc = document("2021年第14期 - 某某网\nUpload: others\nTRANSCRIPT\nPage 1: 2021年第14期\n\n某市人民政府公报\n\n"
                   "【市政府部门文件】\n\n某市某某局关于印发某市某某专项整治工作方案的通知………………(38)\n\n目 录\n\n"
                   "Page 40: 2021年第14期\n\n某市某某局\n关于印发某市某某\n专项整治工作方案的通知\n\n某城管发〔2021〕37号\n\n"
                   "各区县某某局，局机关各处室：\n\n　　现将《某市某某专项整治工作方案》印发给你们，请认真抓好落实。\n\n"
                   "某市某某局\n\n2021年6月18日\n")
    assert doc.title == "某市某某局关于印发某市某某专项整治工作方案的通知"
    assert doc.number == "某城管发〔2021〕37号"
    assert doc.signed == "2021-06-18"


# a page run onto one line: a congress's list heading with its adoption note is the title, the note's date signed
def test_congress_list_heading_in_a_run():
    doc = document("欢迎访问某县人民政府! 登录/注册 当前位置: 首页>新闻中心>人大动态 县十八届人大常委会举行第三十一次会议 "
                   "发布时间: 2016-06-29 09:41 信息来源: 县人大办 分享到: 6月28日，县十八届人大常委会举行第三十一次会议。"
                   "会议表决通过了有关人事任免事项。 某县人民代表大会常务委员会任免名单 （2016年6月28日某县第十八届人民代表大会"
                   "常务委员会第三十一次会议通过） 根据县人民政府县长的提请，某县人民代表大会常务委员会决定任命： "
                   "甲建国为县发展和改革局局长； 决定免去： 乙文华的县经济和信息化局局长职务。\n")
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert doc.signed == "2016-06-28"
    assert doc.kind == "personnel"
