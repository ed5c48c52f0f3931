"""Document classes of the thirty-seventh session. Every text is made up.

- A news page reports the notice its lead names (某省人民政府办公厅日前印发《…》): that body is the issuer. A body named
  further down, in a paragraph about something else (…某区人民代表大会常务委员会发布公告：…), issued nothing the page
  reports: no issuer.
- A traditional mirror's pinyin notes with a space before the close (會(huì )議) are noise, as 會(huì)議 is.
- A paper's report that says the notice follows whole (现将通知全文刊发如下：), its own title and number under the lead:
  the notice's own title and number, not the paper's headline.
- A repost's headline that says what a body did and ends in a group's name (某省卫健委调整某某领导小组) over the
  notice's own title wrapped over two lines: the own title, not the two run together.
- A keyword page's item holding the notice in a container named like a list (<div class="kwlist">): the notice's
  text, not furniture.
- A site's article pages saved one after another into one file, rule lines between them (a listing's pages printed
  whole): one notice each, the path over the first and the footer under the last going with them.
- A forum's random tokens after its lines' words (`某某关于…的通知 c:K0+|`, `任命： rT!4mQ`) are noise.
- A bilingual page's lines in another script (a Mongolian line between a list's heading and its note of adoption) go.
- A page's tabs (政策原文 / 申报条件 / 受理服务) over the number and the title it prints over its addressees are no
  part of that title.
- A thread's tag before a notice's title the post reprints ([转帖]某县人民政府关于…) is no part of it; its number
  under it is the notice's.
- A page's posting line that opens with the number (某政〔2025〕3号　2025-02-21 10:05　阅读 1.2万), beside the
  article's container: the number is the notice's.
- A gazette's notice whose number stands over its title printed again (a red header), far under the contents that
  name it: the number is its own.
- A print's header, the date and time before the page's title (2024/7/15 09:41　某厅关于…), is no part of the title.
- A wiki's edit link (编辑) over a congress list's heading, read as an info row's label, takes no note of adoption
  with it: the list's heading is the title.
- A catalogue's summary label before the title (内容概述:) is no part of it.
- A department site's banner, a body and its other name in brackets (某大学党委办公室（校长办公室）), over a page that
  lost its title: no headline.
"""
from __future__ import annotations

from helpers import document, posts, read_notices

from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.text import strip_copy_noise

LEAD = "  日前，某某省人民政府办公厅印发《关于成立某某省某某工作领导小组的通知》，领导小组组长由省长担任。\n"
ASIDE = ("  据悉，今年以来多地调整了相关人选，其中某市原市长已调离本省。今年1月，某某区人民代表大会常务委员会发布公告：由某市"
         "选出的区人民代表大会代表甲某调离本区，其代表资格终止。\n")


def _page(*paragraphs: str) -> str:
    return "滚动新闻\n\n  记者从有关部门获悉，某某工作近日取得新进展，各地正在抓紧推进。\n  下一步，将继续加强统筹协调。\n" \
        + "".join(paragraphs) + "\n编辑：某某\n"


def test_a_news_pages_lead_names_the_body_whose_notice_it_reports():
    assert document("某某省人民政府办公厅印发通知成立某某工作领导小组\n\n" + LEAD).issuer == "某某省人民政府办公厅"


def test_a_body_named_in_a_later_paragraph_issued_nothing_the_page_reports():
    assert document(_page("  另据了解，各地情况不一。\n", ASIDE)).issuer is None


def test_pinyin_notes_with_a_space_before_the_close_are_noise():
    assert strip_copy_noise("縣政協(xié)九屆三次會(huì )議將于2月召開(kāi)") == "縣政協九屆三次會議將于2月召開"
    assert strip_copy_noise("型号A(abc )") == "型号A(abc )"  # no tone mark: no note


REPORT = ("某某日报\n\n某县市场监管局出台摊点登记管理办法\n\n  本报讯 近日，某县市场监督管理局印发《某县摊点登记管理办法（试行）》，"
          "对全县摊点实行登记管理。现将通知全文刊发如下：\n\n某县市场监督管理局关于印发《某县摊点登记管理办法（试行）》的通知\n"
          "某市监发〔2031〕19号\n\n各乡镇市场监督管理所：\n  《某县摊点登记管理办法（试行）》已经局务会议研究通过，现印发给你们，请认真执行。\n"
          "                                    某县市场监督管理局\n                                      2031年7月12日\n")


def test_a_report_that_reprints_the_notice_whole_takes_its_own_title():
    doc = document(REPORT)
    assert (doc.title, doc.number, doc.signed) == ("某县市场监督管理局关于印发《某县摊点登记管理办法(试行)》的通知",
                                                   "某市监发〔2031〕19号", "2031-07-12")


def test_a_headline_ending_in_a_groups_name_is_no_issuers_line_over_the_title():
    text = ("某省卫健委调整某某专项工作领导小组\n某省卫生健康委员会关于调整某某\n专项工作领导小组的通知\n某卫办〔2031〕41号\n"
            "委机关各处室：\n  因人员变动，决定对领导小组组成人员进行调整。\n组　长：甲某某　省卫生健康委主任\n"
            "某省卫生健康委员会\n2031年5月6日\n")
    doc = extract(RawNotice(source="page.html", index=0, text=text, meta={"title": "某省卫健委调整某某专项工作领导小组"})).document
    assert (doc.title, doc.number) == ("某省卫生健康委员会关于调整某某专项工作领导小组的通知", "某卫办〔2031〕41号")


KEYWORD_PAGE = """<html><head><meta charset="utf-8"><title>某市教育局官网_关于甲某某等同志职务聘任的通知</title></head><body>
<div class="top"><a href="/">某某网</a> &gt; <a href="/k/">热门关键词</a> &gt; 某市教育局官网</div>
<h1>某市教育局官网</h1>
<div class="kwlist"><div class="item">
<h2>某市教育局关于甲某某等同志职务聘任的通知</h2>
<div class="meta">日期：2031-08-31　来源：某市教育局</div>
<div class="txt">
<p>某教人〔2031〕52号</p><p>某市教育局关于甲某某等同志职务聘任的通知</p><p>局属各学校：</p>
<p>　　经局党委研究决定，聘任甲某某同志为某市第一中学副校长，试用期一年。</p>
<p align="right">某市教育局</p><p align="right">2031年8月28日</p>
</div></div>
<div class="item"><h2>某市教育局官网入口</h2><div class="txt"><p>官方网站地址……</p></div></div></div>
<div class="xg"><h3>相关搜索</h3><a href="#">某市中考分数线</a> <a href="#">某市教育局电话</a></div>
</body></html>"""


def test_a_keyword_pages_item_holding_the_notice_is_no_furniture(tmp_path):
    [raw] = read_notices(tmp_path, KEYWORD_PAGE, "page.html")
    nf = extract(raw)
    assert nf.document.number == "某教人〔2031〕52号"
    assert ("Appointment", "甲某某", "某市第一中学", "副校长") in [
        (type(f).__name__, f.person, f.post.agency, f.post.title) for f in nf.facts if hasattr(f, "post")]


def test_a_department_sites_banner_is_no_headline():
    text = ("某某大学党委办公室（校长办公室）\n首页 机构设置 通知公告\n当前位置：首页>>通知公告>>正文\n"
            "各二级单位党委，各部门：\n  为推进平安校园建设，经学校党委研究，决定成立某某大学平安校园建设工作领导小组。\n"
            "组　长：甲某某　党委书记\n中共某某大学委员会\n2031年3月14日\n")
    assert not document(text).title


def test_a_catalogue_summary_label_is_no_part_of_the_title(tmp_path):
    text = ("领导活动\n您当前的位置:\n首页 >> 政务公开 >> 正文\n浏览次数:\n信息名称:市政府办公室关于保留某州港工程建设指挥部的通知\n"
            "索 引 号:014109429/2031-00248\n法定主动公开分类: 公开方式:主动公开\n"
            "文件编号:某政办发〔2031〕176号 发布机构:某州市人民政府办公室\n生成日期:2031-12-06 公开日期:2031-12-13 废止日期:有效\n"
            "内容概述:市政府办公室关于保留某州港工程建设指挥部的通知\n市政府办公室关于保留某州港工程建设指挥部的通知\n"
            "某政办发〔2031〕176号\n\n各辖市、区人民政府,市各委办局、市各公司、直属单位:\n"
            "  为了加快某州港建设步伐,市政府于2015年成立了某州港工程建设指挥部(以下简称指挥部),并由其先后组织完成了多个"
            "港区工程项目,使某州长江港口建设实现了跨越式发展。\n  经市政府研究,决定保留指挥部。\n\n某州市人民政府办公室\n"
            "2031年12月6日\n")
    [raw] = read_notices(tmp_path, text, "page.txt")
    assert extract(raw).document.title == "市政府办公室关于保留某州港工程建设指挥部的通知"


SAVED_PAGES = """当前位置: 首页 > 政务公开 > 政府文件　（共2条　第1页）
==============================================================
某某县人民政府关于甲某某等同志任免职务的通知

【编辑日期:2031-04-20】 【来源:县政府办】 【关闭】

某政任〔2031〕5号

各乡（镇）人民政府，县直各单位：
    经县人民政府研究决定：
    任命甲某某为县畜牧局局长；
    免去乙某某县民政局副局长职务。
                                        某某县人民政府
                                            2031年4月13日
==============================================================
关于成立某某县抗旱救灾指挥部的
通知

【编辑日期:2031-07-02】 【来源:县政府办】 【关闭】

某政办发〔2031〕22号

各乡（镇）人民政府，县直各部门：
    县人民政府决定成立某某县抗旱救灾指挥部，组成人员如下：
    总指挥：丙某某　县长
    成　员：丁某某　县水利局局长
                                        某某县人民政府办公室
                                                2031年6月28日
==============================================================
　　首页　上一页　下一页　尾页
主办单位：某某县人民政府
"""


def test_saved_article_pages_between_rules_are_one_notice_each(tmp_path):
    found = [extract(raw) for raw in read_notices(tmp_path, SAVED_PAGES, "pages.txt")]
    assert [nf.document.number for nf in found] == ["某政任〔2031〕5号", "某政办发〔2031〕22号"]
    assert ("Appointment", "甲某某", "县畜牧局", "局长") in [
        (type(f).__name__, f.person, f.post.agency, f.post.title) for f in found[0].facts if hasattr(f, "post")]
    assert found[1].document.title == "关于成立某某县抗旱救灾指挥部的通知"


def test_a_forums_random_tokens_after_its_lines_are_noise():
    text = ("翻出来的旧文件，照着打了一遍。 fR3#k_Q\n某某盟行政公署关于任免干部的通知 c:K0+|\n某署任字[2031]14号 v^Y9%a\n"
            "各旗、县人民政府： 2yL@w$\n  经研究决定： Gd}7^e\n  任命： rT!4mQ\n  甲某某为某某盟农牧业局局长； &9bZk?\n"
            "                                        某某盟行政公署 Ty2!oX\n                                       2031年4月20日 5gC^Np\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某某盟行政公署关于任免干部的通知", "某署任字〔2031〕14号")
    assert ("Appointment", "甲某某", "某某盟农牧业局", "局长") in posts(text)
    assert strip_copy_noise("空气质量 PM2.5\n") == "空气质量 PM2.5\n"  # (one line's own code: no garbage)


def test_a_bilingual_pages_other_script_lines_go():
    text = ("县十二届人大常委会举行第二十次会议\n\n  10月28日，某某县第十二届人民代表大会常务委员会第二十次会议召开，审议通过了有关人事任免事项。\n\n"
            "某某县人民代表大会常务委员会\n任免名单\nᠬᠧᠨᠠᠨ ᠮᠣᠩᠭᠣᠯ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ\n"
            "（2031年10月28日某某县第十二届人民代表大会常务委员会第二十次会议通过）\n\n　　任命：\n　　甲某某为县农牧局局长\n")
    doc = document(text)
    assert (doc.title, doc.signed) == ("某某县人民代表大会常务委员会任免名单", "2031-10-28")


def test_a_pages_tabs_over_the_number_are_no_part_of_the_title():
    text = ("首页 政策一网通查\n市政府关于做好某某工作的意见\n政策原文\n扶持力度\n申报条件\n申报程序\n提交材料\n受理服务\n\n"
            "某府发〔2031〕76号\n\n某某市人民政府关于做好某某工作的意见\n\n各区人民政府，市政府各委、办、局：\n\n"
            "  为做好某某工作，现提出如下意见：\n  一、加强组织领导\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某某市人民政府关于做好某某工作的意见", "某府发〔2031〕76号")


def test_a_threads_tag_before_the_reprinted_title_is_no_part_of_it():
    text = ("某某吧 - 某某在线论坛\n\n[转帖] 某某成立某某保障指挥部(附名单)\n\n发表于 2031-3-18 10:26:07 | 显示全部楼层\n"
            "[转帖]某某县人民政府关于成立某某县某某保障工作指挥部的通知 某政发〔2031〕19号 各乡镇人民政府，县政府各部门："
            "县政府决定成立某某县某某保障工作指挥部，组成人员如下：  总 指 挥：甲某某 县长 成　　员：乙某某 县水务局局长"
            "  某某县人民政府                        2031年3月14日\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某某县人民政府关于成立某某县某某保障工作指挥部的通知", "某政发〔2031〕19号")


POSTING_NUMBER = """<html><head><meta charset="utf-8"><title>某县人民政府关于分解落实2031年重点工作任务的通知_资讯</title></head><body>
<div class="m-head"><a href="/">首页</a> <a href="/news/">资讯</a></div>
<h1>某县人民政府关于分解落实2031年重点工作任务的通知</h1>
<div class="m-info">某政〔2031〕3号　2031-02-21 10:05　阅读 1.2万</div>
<div class="article"><p>各乡镇人民政府，县政府各部门：</p>
<p>现将2031年重点工作任务分解如下，请各牵头单位认真抓好落实。</p>
<p>一、全年实施重点项目120个以上。由县发展改革委牵头，县财政局配合。</p>
<p>某县人民政府</p><p>2031年2月18日</p></div>
<div class="m-foot">免责声明：本站内容转载自互联网。</div></body></html>"""


def test_a_posting_line_that_opens_with_the_number_gives_it(tmp_path):
    [raw] = read_notices(tmp_path, POSTING_NUMBER, "page.html")
    doc = extract(raw).document
    assert (doc.number, doc.published) == ("某政〔2031〕3号", "2031-02-21")


def test_a_gazettes_number_over_its_title_printed_again_is_its_own():
    contents = "".join(f"某某文件标题之{n}的通知 ………………………… （{n}）\n" for n in "一二三四五六")
    text = ("第03版:市政府文件\n3上一版  下一版4\n\n某某市人民政府关于甲某某等同志任免职务的通知\n"
            "某某市人民政府关于成立某某指挥部的通知\n版面导航\n某某市人民政府公报   2031年第4期   数字报\n\n【目　录】\n\n市政府文件\n"
            + contents + "\n                                          · 3 ·\n某某市人民政府文件\n某政任〔2031〕5号\n\n"
            "某某市人民政府关于甲某某\n等同志任免职务的通知\n\n各县、区人民政府：\n经市政府研究决定：\n甲某某任市审计局副局长；\n"
            "                                        某某市人民政府\n                                        2031年3月18日\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某某市人民政府关于甲某某等同志任免职务的通知", "某政任〔2031〕5号")


def test_a_prints_header_date_is_no_part_of_the_title():
    text = ("【打印本页】【关闭窗口】\n2031/7/15 09:41　　　　　　某省某某厅办公室关于印发某某行动方案的通知\n"
            "某某厅办公室关于印发某某行动方案的通知\n某办发〔2031〕33号\n各市、州农业农村局：\n"
            "  《某某行动方案》已经厅党组会议审议通过，现印发给你们。\n某省某某厅办公室\n2031年7月9日\n")
    assert document(text).title == "某省某某厅办公室关于印发某某行动方案的通知"


def test_a_wikis_edit_link_over_a_congress_lists_heading_leaves_it_the_title():
    text = ("某某市十七届人大常委会举行第三十一次会议\n维基新闻，自由的新闻源\n跳到导航 跳到搜寻\n【2031年10月28日讯】\n"
            "某某市第十七届人民代表大会常务委员会第三十一次会议10月27日在市人大常委会会议室举行。市人大常委会主任甲某某主持会议。\n"
            "会议审议通过了有关人事任免事项。\n编辑\n某某市人民代表大会常务委员会\n任免名单\n"
            "（2031年10月27日某某市第十七届人民代表大会常务委员会第三十一次会议通过）\n一、决定任命\n乙某某为某某市人民政府副市长；\n")
    assert document(text).title == "某某市人民代表大会常务委员会任免名单"
