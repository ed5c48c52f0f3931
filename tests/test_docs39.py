"""Document and container classes of the thirty-ninth session. Every text is made up.

- A news page whose menus a copy ran together without their bars (单位简介领导成员机构设置…, 工作动态图片新闻…) over
  its headline and the posting row under it (发布时间:…): the headline is the line over that row. A story's byline
  between them (记者 某某 某某) is no headline.
- Words of a page's controls (关闭, 推荐, 有效) are navigation only standing alone: a headline may hold them as verbs
  (某局全面完成辖区整合关闭矿井停电工作).
- A plan's title run on into its preamble after a space (某某实施方案 为总结经验，…): the title.
- An info block printed as a list (- [ 索引号 ] / - value): the labels' values, the issuer without the list's dash, and
  the headline under the block.
- A title a page's field cut short (…任免职务的通) and printed whole below over two lines: the whole title.
- A caption quoting the whole title (《某局关于印发〈某某办法〉的通知》) over the notice's own title: the notice's own.
- A forum post copied with its BBCode ([size=4][font=宋体]…[/font][/size]): the notice's number, addressees and
  signature as the post shows them.
- A crawl record that keeps its attachments' texts in a field of their own (attachment_text): read after the body.
- An issuer a labelled field gives short (发布机构：某县经济信息委) under a title that names the body in full: the full name.
- A page's button before the title (展开 某办公室关于…): no part of it.
"""
from __future__ import annotations

import json
import re

from helpers import document, members

from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.text import strip_bbcode


def test_the_headline_is_the_line_over_the_posting_row_under_glued_menus():
    text = ("欢迎光临某某县政协网站!\n\n单位简介领导成员机构设置规章制度委员名录\n\n工作动态图片新闻调研视察\n\n"
            "全体会议主席会议常委会议\n\n县政协召开五届二次常委会议\n\n发布时间:2031-12-16\n\n"
            "12月15日上午,县政协在行政中心会议室召开五届二次常委会议。县政协主席甲某某出席会议并讲话。\n")
    assert document(text).title == "县政协召开五届二次常委会议"


def test_a_byline_over_the_posting_row_is_no_headline():
    text = ("某某传媒\n要闻 > 正文\n\n某某接任某市代市长\n\n记者 甲某某 乙某某\n2031年12月04日 09:08\n"
            "  (记者 甲某某)12月3日下午,某市人大常委会举行第十四次会议,决定任命某某为某市人民政府代理市长。\n")
    assert document(text).title == "某某接任某市代市长"


def test_a_headline_may_hold_a_controls_word_as_its_verb():
    text = ("某某供电局全面完成辖区30家整合关闭矿井停电工作\n2031-02-07 14:53:49 来源:\nA-\nA+\n"
            "本网讯(记者 甲某某) 2月5日,随着最后一个整合关闭矿井被依法停止供电,某某供电局全部终止了供用电合同。\n")
    assert document(text).title == "某某供电局全面完成辖区30家整合关闭矿井停电工作"


def test_a_title_run_on_into_its_preamble_after_a_space():
    text = ("某某中学百年校庆筹备工作实施方案 为总结经验,传承文明,开创未来,拟于2031年10月举办系列庆祝活动。为使该活动顺利开展,"
            "特拟定此筹备方案。\n一、指导思想\n本着隆重、热烈、简朴的原则,全面展现学校百年历程。\n")
    doc = document(text)
    assert (doc.title, doc.kind) == ("某某中学百年校庆筹备工作实施方案", "plan")


def test_an_info_block_printed_as_a_list_gives_its_values_and_the_headline_under_it():
    text = ("您当前的位置:\n首页\n>\n新闻中心\n>\n人大动态\n- [ 索引号 ]\n- 11520281MB1Q40637E/2031-00043\n"
            "- [ 发文字号 ]\n- [ 主题分类 ]\n- 人事任免\n- [ 体裁分类 ]\n- 新闻\n- [ 发布机构 ]\n- 某某市人大常委会办公室\n"
            "- [ 有效性 ]\n- [ 成文日期 ]\n- 2031-09-29\n- [ 发布日期 ]\n- 2031-09-30\n"
            "某某市人大常委会举行第三十三次会议\n"
            "9月28日，某某市第一届人民代表大会常务委员会第三十三次会议在市人大常委会机关会议室举行。\n"
            "会议表决通过了人事任免事项。任免名单如下：\n某某市人民代表大会常务委员会\n任免名单\n"
            "（2031年9月28日某某市第一届人民代表大会常务委员会第三十三次会议通过）\n一、决定任命：\n"
            "甲某某为某某市水务局局长。\n")
    doc = document(text)
    assert (doc.title, doc.issuer, doc.signed) == (
        "某某市人民代表大会常务委员会任免名单", "某某市人民代表大会常务委员会", "2031-09-28")


def test_an_info_list_without_a_title_gives_its_issuer_without_the_dash():
    text = ("- [ 发布机构 ]\n- 某某县农业农村局\n- [ 成文日期 ]\n- 2031-09-29\n"
            "各乡镇：经研究，决定任命甲某某为县农技推广中心主任。\n")
    assert document(text).issuer == "某某县农业农村局"


def test_a_title_cut_short_by_the_page_is_completed_below(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某区人民政府关于甲某某等同志任免职务的通</title></head><body>"
            "<div class='position'>您现在所在的位置 : <a>首页</a> &gt; <a>政务公开</a></div><table class='xxgk'>"
            "<tr><td>索引号: 11011300/2031-00031</td><td>分类: 人事任免</td></tr>"
            "<tr><td>发文机关: 某某区人民政府</td><td>发文日期: 2031-04-16</td></tr>"
            "<tr><td colspan='2'>名称: 某某区人民政府关于甲某某等同志任免职务的通</td></tr>"
            "<tr><td colspan='2'>文号 :&nbsp;&nbsp; </td></tr></table><div class='article'>"
            "<h1>某某区人民政府关于甲某某等同志</h1><h1>任免职务的通知</h1>"
            "<div class='info'>2031-04-16&nbsp;&nbsp;来源: 区政府办公室 【字体:<a>大</a> <a>中</a> <a>小</a>】</div>"
            "<div class='content'><p>某区政任字〔2031〕6号</p><p>各镇人民政府、街道办事处：</p><p>经区政府常务会议研究，决定：</p>"
            "<p>任命：</p><p>甲某某为区财政局局长。</p><p>某某区人民政府</p><p>2031年4月12日</p></div></div></body></html>")
    path = tmp_path / "cut.html"
    path.write_text(page, encoding="utf-8")
    [raw] = [x for x in read_inputs([path]) if hasattr(x, "text")]
    assert extract(raw).document.title == "某某区人民政府关于甲某某等同志任免职务的通知"


def test_a_caption_quoting_the_title_gives_way_to_the_notice_own():
    text = ("《某某省某某局关于印发〈某某局机关处级领导干部任职试用期管理办法〉的通知》\n"
            "《某某省某某局关于印发〈某某局机关处级领导干部任职试用期管理办法〉的通知》   提示：宽带有限、当前游客访问压缩模式\n"
            "本系列文件出处文件名：随高清版一同展现\n1. 获取 高清版本忘记账户 点击这里登录\n1. 下载全文忘记账户 点击这里登录\n"
            "资料来源：根据《某某工作文件汇编（2031）》相关资料整理。\n"
            "某某省某某局关于印发《某某局机关处级领导干部\n任职试用期管理办法》的通知\n某档发〔2031〕19号\n各处室、直属单位：\n"
            "《某某局机关处级领导干部任职试用期管理办法》已经研究通过，现印发给你们，请认真贯彻执行。\n某某省某某局\n2031年6月8日\n")
    assert document(text).title == "某某省某某局关于印发《某某局机关处级领导干部任职试用期管理办法》的通知"


POST = ("查看: 862|回复: 0\n|\n某某县人民政府办公室关于调整县某某工作领导小组成员的通知\n[复制链接]\n|\n"
        "[size=5] [/size][size=4][font=宋体]某政办发〔2031〕31号各乡镇人民政府，县直各部门：[/font][/size][size=4]"
        "[font=宋体]因人事变动，经县人民政府研究，决定对县某某工作领导小组成员进行调整。调整后的组成人员如下："
        "组　长：甲某某县委常委、常务副县长 副组长：乙某某县政府办公室主任[/font][/size][size=4][font=宋体]"
        "　　　　　　　　　　某某县人民政府办公室　　　　　　　　　　[font=Times New Roman]2031[/font]年"
        "[font=Times New Roman]5[/font]月[font=Times New Roman]14[/font]日[/font][/size]\n|\n回复\n")


def test_a_forum_posts_bbcode_is_taken_away():
    doc = document(POST)
    assert (doc.number, doc.issuer, doc.signed) == ("某政办发〔2031〕31号", "某某县人民政府办公室", "2031-05-14")


def test_bbcode_between_paragraphs_is_a_line_break_and_inline_tags_go():
    assert strip_bbcode("[b]甲[/b]乙[size=4][font=宋体]丙[/font][/size][size=4]丁[/size]") == "甲乙丙\n丁"
    assert strip_bbcode("某政发[2031]3号 [b]甲[/b]") == "某政发[2031]3号 [b]甲[/b]"  # (under three tags: as it is)


def test_a_crawl_records_attachment_texts_are_read_after_its_body(tmp_path):
    record = {"page_url": "http://www.example.gov.cn/art/1.html",
              "h1": "某某市某某局关于调整局网络安全工作领导小组的通知",
              "meta_table": {"文号": "某数局发〔2031〕23号", "发布机构": "某某市某某局"},
              "body_text": "某某市某某局关于调整局网络安全工作领导小组的通知\n某数局发〔2031〕23号\n局机关各处室：\n"
                           "因工作需要，决定调整某某市某某局网络安全工作领导小组组成人员。领导小组组成人员名单见附件1。\n"
                           "某某市某某局\n2031年6月16日",
              "attachment_text": ["附件1\n某某市某某局网络安全工作领导小组组成人员名单\n组　长：甲某某　局党组书记、局长\n"
                                  "成　员：乙某某　网络安全处处长"]}
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [raw] = [x for x in read_inputs([path]) if hasattr(x, "text")]
    got = {(f.person, f.role) for f in extract(raw).facts if hasattr(f, "role") and hasattr(f, "group")}
    assert {("甲某某", "组长"), ("乙某某", "成员")} <= got


def test_a_labelled_short_issuer_gives_way_to_the_titles_full_name():
    text = ("[ 发文字号 ] 某阳经信函〔2031〕93号\n[ 发布机构 ] 某阳县经济信息委\n[ 成文日期 ] 2031-07-31\n"
            "某阳土家族苗族自治县经济信息委关于县政协第二次会议第137号提案的答复函\n甲某某委员：\n"
            "你提出的《关于加强电力设施保护的建议》（第137号提案）收悉，现答复如下。\n")
    assert document(text).issuer == "某阳土家族苗族自治县经济信息委"


def test_a_button_before_the_title_is_no_part_of_it():
    text = ("展开 某某县人民政府办公室关于印发某某县城区市容环境\n综合整治工作方案的通知\n"
            "某某县人民政府办公室关于印发某某县城区市容环境综合整治工作方案的通知\n某政办发〔2031〕104号\n"
            "各乡（镇）人民政府，县直各部门：\n《某某县城区市容环境综合整治工作方案》已经县政府同意，现印发给你们。\n"
            "某某县人民政府办公室\n2031年9月17日\n")
    assert document(text).title == "某某县人民政府办公室关于印发某某县城区市容环境综合整治工作方案的通知"


LISTING = ("某某新闻汇 > 县区动态 > 列表 第7页\n共146条  上一页 下一页\n\n"
           "某某县十六届人大常委会举行第二十一次会议******\n2031-07-30 08:15  来源：某某县人大常委会办公室\n"
           "7月28日，某某县十六届人大常委会举行第二十一次会议。会议由县人大常委会主任甲某某主持，县人大常委会副主任、委员共17人出席会议。\n"
           "会议听取和审议了县人民政府关于上半年国民经济和社会发展计划执行情况的报告，审议了有关人事任免事项。会议表决通过了人事任免名单。\n"
           "某某县人民代表大会常务委员会\n任免名单\n（2031年7月28日某某县第十六届人民代表大会常务委员会第二十一次会议通过）\n"
           "决定任命：\n乙某某为县教育局局长；\n丙某某（女）为县卫生局局长。\n决定免去：\n丁某某的县教育局局长职务。\n【阅读全文】\n\n"
           "某某县人民政府办公室关于成立县城集中供热改造工程建设指挥部的通知******\n2034-09-13 16:40  来源：某某县政府办\n"
           "某政办发〔2034〕37号\n各乡镇人民政府，县政府各部门：\n为加快县城集中供热改造工程建设，经县政府研究，决定成立某某县县城集中供热改造工程建设"
           "指挥部，组成人员如下：\n总 指 挥：戊某某　县委副书记、县长\n副总指挥：己某某　副县长\n"
           "　　　　　　　　　　　　　　某某县人民政府办公室\n　　　　　　　　　　　　　　二〇三四年九月十日\n【阅读全文】\n\n上一页 1 2 3 下一页\n")


def test_a_news_listings_headlines_over_timed_stamps_are_its_items(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(LISTING, encoding="utf-8")
    docs = [extract(raw).document for raw in read_inputs([path]) if hasattr(raw, "text")]
    assert [(d.title, d.number, d.issuer, d.signed) for d in docs] == [
        ("某某县人民代表大会常务委员会任免名单", None, "某某县人民代表大会常务委员会", "2031-07-28"),
        ("某某县人民政府办公室关于成立县城集中供热改造工程建设指挥部的通知", "某政办发〔2034〕37号", "某某县人民政府办公室",
         "2034-09-10")]


def _spread(text: str) -> str:
    """The text as a transcription sets it: every character apart, a number's digits together."""
    return " ".join(re.findall(r"\d+|\S", text))


def test_a_transcriptions_spread_characters_and_gb_marks_are_read():
    spread = _spread("某某县人民政府文件某政发〔2031〕23号某某县人民政府关于印发某某县2031年退耕还林工作实施方案的通知各乡镇人民政府ꎬ"
                     "县政府各部门：«某某县2031年退耕还林工作实施方案»已经县政府研究通过ꎬ现印发给你们ꎬ请认真组织实施ꎮ某某县人民政府"
                     "二〇三一年四月六日")
    text = "标题\n|\n- 甲 某\n- 6 years ago\n- Views:\nTranscription\n1 " + spread + "\nSize: px\nStart display at page:\n"
    doc = document(text)
    assert (doc.title, doc.number, doc.signed) == (
        "某某县人民政府关于印发某某县2031年退耕还林工作实施方案的通知", "某政发〔2031〕23号", "2031-04-06")


def test_a_one_line_notice_with_the_pages_fields_after_its_title():
    text = ("当前位置：首页 > 档案编研 > 文件选编\n\n某某县人民政府关于甲某某等同志任免职务的通知 来源:本站原创 | 发布人:admin | "
            "发布时间:2030-11-05 | 浏览次数:2316 某府任〔1996〕9号 各镇人民政府，县府直属各单位： 经县人民政府研究，决定： "
            "一、任命： 乙某某为县经济委员会副主任（试用期一年）； 丙某某为县水利局局长，免去其县水利局副局长职务。 二、免去： "
            "丁某某的县交通局局长职务（另有任用）。                                                某某县人民政府"
            "                                          一九九六年三月十八日 （此件发至各镇、县直各单位） 抄送：县委组织部。"
            " 某某县人民政府办公室　　　1996年3月19日印发\n\n【打印本页】 【关闭窗口】\n")
    doc = document(text)
    assert (doc.number, doc.issuer, doc.signed) == ("某府任〔1996〕9号", "某某县人民政府", "1996-03-18")


def test_a_tables_header_printed_again_over_a_page_opens_it():
    from govkg.text import strip_copy_noise
    text = ("某某县人民政府办公室文件\n\n某政办发〔2031〕36号\n\n某某县人民政府办公室关于印发某某方案的通知\n\n各乡镇人民政府：\n"
            "    《某某方案》已经县政府同意，现印发给你们，请认真贯彻落实。\n\n                 某某县人民政府办公室\n"
            "                   2031年5月20日\n\n                            — 1 —\n\n某某方案\n\n"
            "序号  重点任务            责任单位                                      完成时限\n"
            "1     农村生活垃圾治理    县城管局、县财政局                            2031年12月\n"
            "2     村容村貌提升        县住建局、县自然资源局、县交通运输局          2032年12月\n\n"
            "                            — 2 —\n\n"
            "某某县人民政府办公室                          某政办发〔2031〕36号\n\n"
            "序号  重点任务            责任单位                                      完成时限\n"
            "3     河塘沟渠整治        县水利局、各乡镇人民政府                      2033年6月\n")
    lines = [line.strip() for line in strip_copy_noise(text).split("\n") if line.strip()]
    assert lines[-3].endswith("2032年12月") and lines[-2].startswith("序号")
    assert not any(line.startswith("某某县人民政府办公室  ") for line in lines)  # (the running head: no text)


def test_an_older_number_in_brackets_of_its_own_under_the_title():
    text = ("关于颁发《某某工程标准设计管理办法》(试行)的通知\n ((78)某公路字412号)\n\n"
            "各省(自治区)某某局:\n  为了进一步加强某某标准设计的编制和管理工作,现制订出《某某工程标准设计管理办法》,请遵照执行。\n"
            "某某部\n一九七八年三月二十三日\n")
    assert document(text).number == "〔78〕某公路字412号"


def test_two_departments_of_one_place_sign_one_over_the_other():
    text = ("各有关市、县(市、区)农业局、财政局:\n根据有关通知精神,经研究,我省编制了某某补贴项目实施方案,现印发给你们,请认真组织实施。\n"
            "某某省农业厅\n某某省财政厅\n二○三一年九月二十一日\n")
    assert document(text).issuer == "某某省农业厅、某某省财政厅"


def test_a_title_that_sets_up_a_group_is_a_notice_whatever_the_groups_name_says():
    text = ("某某州人民政府办公室关于调整某某州公务员职务与职级并行工作领导小组成员的通知\n某政办发〔2031〕48号\n各县（市）人民政府：\n"
            "因人事变动，经州人民政府同意，决定调整领导小组成员。\n组  长：甲某某  州人民政府副州长\n某某州人民政府办公室\n2031年9月21日\n")
    assert document(text).kind == "notice"


def test_no_headline_over_the_sites_path_and_word_comments_go():
    text = ("整合营销服务商\n\n电脑端+手机端+微信端=数据同步管理\n\n免费咨询热线:\n0738-8812305\n\n首页 > 新闻动态 > 行业资讯\n\n"
            "2031-11-10 09:32:18　来源：某某街道　点击：\n\n[if !supportEmptyParas] [endif]\n各社区居委会，街道各办（站、所）：\n"
            "　　为切实做好防控工作，经街道党工委、办事处研究，决定成立某某街道防控指挥部。现将组成人员名单通知如下：\n"
            "[if !supportLists]一、[endif]指挥部组成人员\n指 挥 长：甲某某（街道党工委书记）\n某某街道办事处\n2031年11月8日\n")
    doc = document(text)
    assert doc.title is None or doc.title == ""
    assert ("指挥部", "甲某某", "指挥长") in {(g[-3:], p, r) for g, p, r in members(text)}


def test_the_tag_a_path_ends_with_printed_again_is_no_title(tmp_path):
    page = ("首页 > 标签 > 镇人民政府通知\n展开 镇人民政府通知\n相关内容 共2条　　最后更新：2035-02-20\n\n"
            "【1】某某市某某区甲镇人民政府关于成立甲镇森林防灭火指挥部的通知\n发布时间：2035-02-20　　来源：网友投稿\n"
            "甲政〔2035〕21号\n各村（居）委会，镇直各单位：\n为切实做好我镇森林防灭火工作，经镇党委、镇政府研究，决定成立甲镇森林防灭火指挥部。\n"
            "总 指 挥：甲某某　镇党委副书记、镇长\n某某市某某区甲镇人民政府\n2035年2月17日\n\n"
            "【2】某某市某某区乙镇人民政府关于印发乙镇2033年美丽乡村建设实施方案的通知\n发布时间：2033-04-08　　来源：网友投稿\n"
            "乙政〔2033〕9号\n各村委会：\n现将《乙镇2033年美丽乡村建设实施方案》印发给你们，请认真贯彻执行。\n"
            "某某市某某区乙镇人民政府\n2033年4月2日\n")
    path = tmp_path / "tags.txt"
    path.write_text(page, encoding="utf-8")
    titles = [extract(raw).document.title for raw in read_inputs([path]) if hasattr(raw, "text")]
    assert titles[0] == "某某市某某区甲镇人民政府关于成立甲镇森林防灭火指挥部的通知"


def test_a_converters_table_of_addressed_cells_is_read_as_rows():
    from govkg.text import strip_copy_noise
    text = "某某分工表\n[1,1] 序号\n[1,2] 重点任务\n[1,3] 牵头单位\n[2,1] 1\n[2,2] 开展专项排查\n[2,3] 某某局\n[3,1] 2\n[3,2] 通道整治\n[3,3] \n尾注\n"
    assert strip_copy_noise(text).split("\n")[1:5] == ["序号\t重点任务\t牵头单位", "1\t开展专项排查\t某某局", "2\t通道整治\t", "尾注"]


def test_a_reader_tools_header_gives_the_pages_address_as_source(tmp_path):
    page = ("Title: 某某县人民政府关于甲某某等同志任免职务的通知-政府信息公开\n\nURL Source: http://www.example.gov.cn/art/2031/4/2/art_1.html\n\n"
            "Published Time: 2031-04-19T16:02:11+08:00\n\nMarkdown Content:\n" + NOTICE_MD)
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    [raw] = [x for x in read_inputs([path]) if hasattr(x, "text")]
    assert (raw.origin, raw.meta.get("published")) == ("http://www.example.gov.cn/art/2031/4/2/art_1.html", "2031-04-19")
    assert extract(raw).document.number == "某政任〔2031〕7号"


NOTICE_MD = ("某县人民政府关于甲某某等同志职务任免的通知\n=====================\n\n某政任〔2031〕7号\n\n各乡镇人民政府，县政府各部门：\n\n"
             "经县人民政府研究决定：任命甲某某为县水利局局长。\n\n某县人民政府\n\n2031年4月2日\n")
