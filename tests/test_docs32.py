"""Page-level classes of the thirty-second session (blind layouts96 and the sets written in this session). Every
text is made up.

- A blog's tag page: each post under its day header (2031年3月25日 星期五), the notice's title boxed as the post's
  heading (【某县人民政府关于…的通知】), the notice run on one line under it.
- A page's path labelled 目前位置 (not 当前位置), its steps set apart by slashes, is no title, in either script.
- An e-paper's headline naming the issuer short over the notice's own title with the issuer's place.
- An info block's label printed spread out and glued to its value (文    号某政发〔2031〕12号).
- A news page run together on one line (welcome, path, headline, stamp, 本报讯 lead): the headline as title.
- A report under its own headline that says what the notice it names says (《通知》指出) takes that notice's title.
- A report that prints its decisions one a line (任命…为…;) is a personnel act whatever career history it tells.
- A joined listing's stamp with the site's count of readers (更新于2031年5月8日　阅读 1287).
- An info block's labelled full title over a notice that prints its issuer on a line of its own over 关于….
- A compilation's piece label (篇一:), a page title's column before an underscore, a newspaper's name over its digital
  edition: none is the title.
- A number keeps no body the sentence names before it; a crawl's field naming the posting office yields to the list's
  committee its heading names; a report of a numbered notice whose headline says what that notice does (某县成立某某
  领导小组 over …印发了《…关于成立某某领导小组的通知》(某办通〔2031〕43号),通知成立…) is that notice.
- An HTML table cell keeps a phrase its width broke (建立某某监测<br>预警体系) whole; a list of units in a cell stays a list.
- A congress list's heading run on after the lead's colon; an issuer's line over 关于… whose whole title the page prints again.
"""
from __future__ import annotations

from helpers import document, posts, read_notices


def test_blog_posts_under_day_headers_with_boxed_titles(tmp_path):
    text = ("某县风物\n标签：某政任 某政办发\n\n"
            "2031年3月25日 星期五\n【某县人民政府关于甲乙等同志任职的通知】\n资料时间:2031.3.22\n"
            "某县人民政府关于甲乙等同志任职的通知 某政任〔2031〕5号 各乡（镇）人民政府，县直各部门：经县人民政府研究决定："
            "甲乙同志任县教育局局长；丙丁同志任县卫生局副局长。特此通知。 某县人民政府 2031年3月22日\n"
            "张贴者：某某 於 下午3:12　　0 則留言\n\n"
            "2031年5月9日 星期一\n【某县人民政府办公室关于成立某县技能培训工作专班的通知】\n资料时间:2031.5.6\n"
            "某县人民政府办公室关于成立某县技能培训工作专班的通知 某政办发〔2031〕19号 各乡（镇）人民政府，县直各部门："
            "决定成立某县技能培训工作专班。组成人员如下：专班长：戊己　县人民政府副县长；成员：庚辛　县农牧局副局长。"
            " 某县人民政府办公室 2031年5月6日\n张贴者：某某 於 上午10:40　　0 則留言\n\n較舊的文章　　首頁\n")
    found = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in found] == ["2031-03-25", "2031-05-09"]
    assert [document(n.text).number for n in found] == ["某政任〔2031〕5号", "某政办发〔2031〕19号"]


_MEASURES = ("\n\n某省某局关于印发《某省电力需求管理实施办法》的通知\n\n某能源运行〔2031〕86号\n\n各市（州）能源主管部门：\n\n"
             "　　现将《某省电力需求管理实施办法》印发给你们，请遵照执行。\n\n某省某局\n\n2031年6月23日\n")


def test_path_labelled_as_present_position_is_no_title():
    doc = document("目前位置: 首页 / 政策法规 / 地方法规 / 某省某局关于印发《某省电力需求管理实施办法》的通知" + _MEASURES)
    assert doc.title == "某省某局关于印发《某省电力需求管理实施办法》的通知"
    assert doc.number == "某能源运行〔2031〕86号"


def test_path_labelled_as_present_position_in_traditional_script():
    doc = document("目前位置: 首頁 / 政策法規 / 某省某局關於印發《某省電力需求管理實施辦法》的通知\n\n"
                   "某省某局關於印發《某省電力需求管理實施辦法》的通知\n\n某能源運行〔2031〕86號\n\n各市（州）能源主管部門：\n\n"
                   "　　現將《某省電力需求管理實施辦法》印發給你們，請遵照執行。\n\n某省某局\n\n2031年6月23日\n")
    assert doc.title == "某省某局關於印發《某省電力需求管理實施辦法》的通知"


def test_e_paper_headline_short_of_the_issuers_place():
    doc = document("电子报阅读机\n当前报纸名称：某某报\n\n某镇人民政府关于印发某镇村庄环境\n整治工作方案的通知\n\n日期：05-06\n"
                   "版面：03：镇村之窗       上一篇    下一篇\n\n某县某镇人民政府关于印发某镇村庄环境\n整治工作方案的通知\n"
                   "某政〔2031〕9号\n各村民委员会，镇直各单位：\n　　现将《某镇村庄环境整治工作方案》印发给你们，请认真抓好落实。\n"
                   "                                    某县某镇人民政府\n                                  2031年4月28日\n")
    assert doc.title == "某县某镇人民政府关于印发某镇村庄环境整治工作方案的通知"


def test_spread_label_glued_to_its_value():
    doc = document("某镇人民政府关于印发某镇环境卫生管理办法的通知\n\n索 引 号:MDZ-2031-00012主题分类:城乡建设\n"
                   "发布机构:某镇人民政府关 键 词:环境卫生\n文    号某政发〔2031〕12号成文日期:2031-06-02发布日期:2031-06-09\n"
                   "各村民委员会，镇属各单位：\n现将《某镇环境卫生管理办法》印发给你们，请认真遵照执行。\n\n"
                   "                                        某县某镇人民政府\n                                              2031年6月2日\n")
    assert doc.number == "某政发〔2031〕12号"


_STORY = ("本报讯（记者 某某）6月29日，某市第十四届人大常委会第二十三次会议在市人大常委会机关会议室举行。会议经表决，"
          "某市人民代表大会常务委员会决定：任命甲乙为市发展和改革局局长；任命丙丁为市民族事务委员会主任。")


def test_news_page_run_together_on_one_line():
    doc = document("欢迎您访问某某小知识本站旨在为大家提供日常生活中常见的小知识,以及文章! 您现在的位置是:首页  > 文章 "
                   "某市人大常委会第二十三次会议决定任免一批国家机关工作人员 某某小知识2031-07-03 08:15:40 ... " + _STORY
                   + " 上一篇：某市召开某某会议 下一篇：某某工作启动\n")
    assert doc.title == "某市人大常委会第二十三次会议决定任免一批国家机关工作人员"


def test_report_that_says_what_the_notice_says_takes_its_title():
    doc = document("某某健康网 > 滚动 >\n\n某省成立某病防治小组\n\n2031-12-26 10:10   来源:某报网\n\n"
                   "  日前,某省人民政府办公厅印发《关于成立某省某病防治攻坚行动工作领导小组的通知》。《通知》指出,领导小组组长由省长担任,"
                   "领导小组的主要职责是统筹推进攻坚行动目标任务完成。\n\n  据悉,领导小组办公室设在省卫生健康委,办公室主任由省卫生健康委"
                   "主任甲乙兼任。\n")
    assert doc.title == "关于成立某省某病防治攻坚行动工作领导小组的通知"
    assert doc.issuer == "某省人民政府办公厅"


def test_decisions_one_a_line_under_a_career_story_are_the_act():
    text = ("9月14日下午,某市召开人大常委会会议审议并表决通过一批官员的人事任免:任命甲乙为某市副市长。\n"
            "现年58岁的甲乙,2002年10月至2007年3月先后任某省公安厅副厅长等职务。2007年调任某市高级法院院长。\n"
            "2014年4月,甲乙担任某市委常委、组织部长。2015年4月接任某市委副书记。\n"
            "当天的官员任免还有:\n任命丙丁为某市农业委员会主任;\n免去戊己的某市审计局局长职务;任命庚辛为某市审计局局长;\n"
            "任命壬癸为某市人民检察院第二分院检察长。\n")
    assert ("Appointment", "丙丁", "某市农业委员会", "主任") in posts(text)
    assert ("Appointment", "庚辛", "某市审计局", "局长") in posts(text)


def test_listing_stamp_with_a_count_of_readers(tmp_path):
    text = ("某某之家 > 范文 > 公文通知 > 某县\n\n某县 相关范文（共2篇）\n\n"
            "某县人民政府关于成立某县防治工作领导小组的通知\n更新于2031年5月8日　阅读 1287\n"
            "某政发〔2031〕47号 各乡镇人民政府，县各直属单位：县政府决定成立某县防治工作领导小组。现将组成人员通知如下："
            "组　长：县长　甲乙 副组长：副县长　丙丁\n仅展示302字,全文共302字\n\n"
            "某县人民政府办公室关于印发某县监管联席会议制度的通知\n更新于2032年9月23日　阅读 466\n"
            "某政办发〔2032〕88号 各乡镇人民政府，县各有关部门：经县政府同意，决定建立某县监管联席会议制度。现将制度印发给你们，"
            "请认真贯彻执行。\n仅展示520字,全文共1436字\n\n上一页 1 下一页\n")
    found = read_notices(tmp_path, text)
    assert [document(n.text).number for n in found] == ["某政发〔2031〕47号", "某政办发〔2032〕88号"]
    assert [n.meta.get("published") for n in found] == ["2031-05-08", "2032-09-23"]


def test_piece_label_and_underscored_column_are_no_title():
    doc = document("某某文秘网为您提供优质参考范文!\n当前位置:首页 > 范文大全 >\n\n某某工作任务分工方案(1篇)\n\n"
                   "时间:2031-06-02 10:15:33 来源:网友投稿\n\n篇一:某某工作任务分工方案\n\n"
                   "  某市某区人民政府办公室关于印发《某区2031年某某工作任务分工方案》的通知\n\n  文章属性\n\n  【制定机关】\n\n"
                   "  【公布日期】2031.04.07\n\n  【字号】某政办发〔2031〕24号\n\n  正文\n\n  各乡（镇）人民政府、区直各部门：\n\n"
                   "《某区2031年某某工作任务分工方案》已经区人民政府同意，现印发给你们，请认真抓好落实。\n")
    assert doc.title == "某市某区人民政府办公室关于印发《某区2031年某某工作任务分工方案》的通知"
    doc = document("某某指挥部_某区人民政府办公室关于调整某区某某指挥部成员的通知\n某政办发〔2031〕27号\n各乡镇人民政府：\n"
                   "因人员变动，现调整如下：指挥长：甲乙 区人民政府副区长\n某区人民政府办公室\n2031年5月12日\n")
    assert doc.title == "某区人民政府办公室关于调整某区某某指挥部成员的通知"


def test_newspaper_name_over_its_digital_edition_is_no_headline():
    doc = document("某某日报　数字报\n2031年07月25日　星期三　　　　　　往期回顾　|　版面导航　|　标题导航\n第A3版：园区经济\n"
                   "上一版　　下一版\n\n（上接A1版）\n\n各部门，园区各企业：\n\n    经管委会研究，决定成立某某工作专班。现将组成人员"
                   "通知如下：\n\n    专班长：甲乙　管委会主任\n    成员：丙丁　管委会经济发展局局长\n\n某某管理委员会\n2031年7月23日\n")
    assert not doc.title


def test_info_blocks_labelled_title_over_the_issuer_on_its_own_line():
    # (the copy lost the number's end under the title: 某政办〔203115)
    doc = document("号: 003043524/203103-00218 信息分类: 规范性文件发布\n发文机关: 某县人民政府(办公室) 主题分类: 综合政务,公民,其他\n"
                   "成文日期: 2031-03-26 发布日期: 2031-03-26 09:32\n发文字号: 某政办〔2031〕15号 性: 有效\n"
                   "标  题: 某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n"
                   "政策咨询机关: 县应急局 > 应急指挥中心 政策咨询电话: 0552-8218106\n\n 某县人民政府办公室\n\n"
                   "关于印发某县防汛抗旱应急预案的通知\n\n某政办〔203115\n\n \n\n各乡、镇人民政府,县政府各部门、各直属机构:\n\n"
                   "《某县防汛抗旱应急预案》已经县政府研究同意,现印发给你们,请认真贯彻落实。\n\n某县人民政府办公室\n\n"
                   "                         2031年3月26日\n")
    assert doc.title == "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知"


def test_number_keeps_no_body_the_sentence_names_before_it():
    from govkg.text import normalize_docnum
    assert normalize_docnum("县政府某发〔1985〕42号") == "某发〔1985〕42号"
    assert normalize_docnum("林管局以大编〔1989〕21号") == "大编〔1989〕21号"
    assert normalize_docnum("某市政府某府〔1985〕58号") == "某府〔1985〕58号"
    assert normalize_docnum("年以某政发〔1995〕143号") == "某政发〔1995〕143号"
    assert normalize_docnum("某政办发〔2031〕3号") == "某政办发〔2031〕3号"


def test_crawl_field_naming_the_posting_office_yields_to_the_lists_committee(tmp_path):
    import json
    record = {"headline": "某县十五届人大常委会举行第二十一次会议", "page_url": "http://www.example.gov.cn/rd/t2031_1.html",
              "pub_time": "2031-06-30 09:12:45", "source_name": "某县人大常委会办公室",
              "body_html": "<p>本报讯　2031年6月28日，某县第十五届人大常委会第二十一次会议召开，审议并表决通过了人事任免事项。</p>"
                           "<p>附：</p><p><strong>某县人民代表大会常务委员会任免名单</strong></p>"
                           "<p>（二〇三一年六月二十八日某县第十五届人民代表大会常务委员会第二十一次会议通过）</p>"
                           "<p>一、决定任命：</p><p>甲乙为县发展和改革局局长；</p><p>丙丁（女）为县财政局局长。</p>"}
    from govkg.nlp import extract
    found = read_notices(tmp_path, json.dumps(record, ensure_ascii=False) + "\n", "crawl.jsonl")
    doc = extract(found[0]).document
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert doc.issuer == "某县人民代表大会常务委员会"


def test_report_of_a_numbered_notice_its_headline_says_what_it_does():
    doc = document("您现在的位置:网站首页 > 水生态文明 >\n\n某县正式成立全面推行河长制领导小组\n\n时间:2031-06-19 14:25 点击: 次\n\n"
                   "6月15日,中共某县委办公室、某县人民政府办公室印发了《中共某县委办公室  某县人民政府办公室关于成立某县全面推行"
                   "河长制领导小组的通知》(某办通〔2031〕43号),通知成立以县委书记甲乙任组长,县委副书记、县长丙丁任第一副组长的"
                   "全面推行河长制工作领导小组,下设办公室在县水务局。\n")
    assert doc.number == "某办通〔2031〕43号"
    assert doc.title == "中共某县委办公室某县人民政府办公室关于成立某县全面推行河长制领导小组的通知"


def test_html_cell_keeps_a_phrase_its_width_broke(tmp_path):
    from helpers import assignments
    html = ("<html><head><meta charset='utf-8'><title>某省某局关于印发某某行动方案的通知</title></head><body>"
            "<p>某省某局关于印发某某行动方案的通知</p><p>某林〔2031〕86号</p><p>各市县某局：</p>"
            "<p>现将《某某行动方案》印发给你们，请认真贯彻落实。</p><p>某省某局</p><p>2031年5月6日</p>"
            "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>建立红树林生态监测<br>预警体系</td><td>省林业科学研究院</td><td>各市县某局<br>省某某中心</td></tr>"
            "</table></body></html>")
    found = read_notices(tmp_path, html, "page.html")
    rows = assignments(found[0].text)
    assert ("建立红树林生态监测预警体系", "lead", "省林业科学研究院") in rows
    assert ("建立红树林生态监测预警体系", "support", "省某某中心") in rows


def test_list_heading_run_on_after_the_leads_colon():
    doc = document("当前位置：首页 > 县域新闻 > 某县\n县人大常委会举行第二十三次会议 通过一批人事任免\n"
                   "2031-09-28 08:41:17　来源：某某日报　作者：通讯员 某某　【字号 大 中 小】【打印】【关闭】\n"
                   "本报讯 9月26日，某县第十四届人民代表大会常务委员会第二十三次会议在县人大常委会会议室举行，审议并表决通过了"
                   "有关人事任免事项。会议通过的任免名单如下：某县人民代表大会常务委员会任免名单（2031年9月26日某县第十四届"
                   "人民代表大会常务委员会第二十三次会议通过）根据县人民政府县长的提请：任命甲乙为某县教育局局长；免去丙丁的"
                   "某县财政局局长职务。会议期间，常委会组成人员还视察了县城污水处理厂建设情况。\n【责任编辑：某某】\n")
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert doc.signed == "2031-09-26"


def test_issuer_line_over_its_title_printed_whole_again_below():
    doc = document("《某开发区企业投资项目服务管理办法》已经管委会2031年第6次主任办公会议研究通过。现予以印发。\n"
                   "某开发区管理委员会\n关于印发《某开发区企业投资项目服务管理办法》的通知\n某管发〔2031〕12号\n"
                   "某开发区管理委员会关于印发《某开发区企业投资项目服务管理办法》的通知\n管委会各部门，区内各企业：\n"
                   "　　现将《某开发区企业投资项目服务管理办法》印发给你们，请认真遵照执行。\n"
                   "　　　　　　　　　　　　某开发区管理委员会\n　　　　　　　　　　　　　二〇三一年五月十六日\n")
    assert doc.title == "某开发区管理委员会关于印发《某开发区企业投资项目服务管理办法》的通知"
