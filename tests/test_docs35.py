"""Document classes of the thirty-fifth session (blind layouts135–layouts138, real38 and real39). Every text is made up.

- A content farm that numbers every paragraph it copies (1、【title】number。 / 2、addressees / … / 9、issuer / 10、date):
  the numbers are the farm's where they number the date line too; the notice's own items keep theirs.
- A related-posts page (發佈於 date / the notice / （閱讀全文 ›）) is a listing of the notices it prints whole.
- A tag page that prints notices one after another under 一、/ 二、, a title wrapped after its issuer's name
  (二、某镇人民政府 / 关于印发…的通知): each notice's title is whole, without the page's numeral.
- A red header's transliteration in capitals (MOUXIAN RENMIN ZHENGFU) run onto the title is no part of it.
- A page headed by the name of the plan a cover letter sends out, the cover's title wrapped after its issuer's line:
  the cover's whole title.
- A story's headline naming the 方案 it reports, over the notice it reprints with its number: the notice's title.
- A sentence opening with another document's number (国发〔1980〕99号文件批转了…) cites it: no number of the notice's.
- Links to related pages under their heading (相关链接 / 相關鏈結, each behind a bullet) are no title.
- A law database's bare note under the title (2001年12月5日  某建〔2001〕99号, 1999年7月13日,某某局): the day signed,
  and the number.
"""
from __future__ import annotations

from helpers import document, posts, read_notices

from govkg.text import drop_paragraph_numbers


FARM = ("某某资讯网\n\n某县人民政府关于甲某某等同志任免职务的通知\n\n"
        "【某县人民政府关于甲某某等同志任免职务的通知】今天受到全网的关注度非常高,下面大家一起来看看吧!\n\n"
        "1、【某县人民政府关于甲某某等同志任免职务的通知】某政任〔2031〕4号。\n\n"
        "2、各乡镇人民政府，县政府各部门：经县人民政府研究决定：\n\n"
        "3、甲某某任县交通运输局局长；\n\n4、乙某某任县文化广电旅游局副局长（试用期一年）；\n\n"
        "5、免去丙某某的县统计局副局长职务。\n\n6、某县人民政府\n\n7、二〇三一年三月十八日\n\n"
        "以上就是相关消息了,希望对大家有所帮助!\n")


def test_a_content_farms_paragraph_numbers():
    doc = document(FARM)
    assert (doc.number, doc.signed, doc.issuer) == ("某政任〔2031〕4号", "2031-03-18", "某县人民政府")
    assert ("Appointment", "甲某某", "县交通运输局", "局长") in posts(FARM)


def test_a_notices_own_numbered_items_stay():
    text = ("某县人民政府关于做好春耕工作的通知\n各乡镇：\n1、抓好种子供应；\n2、抓好农资调运；\n3、抓好技术培训；\n"
            "4、抓好水利设施；\n5、抓好安全生产。\n某县人民政府\n2031年3月2日\n")
    assert drop_paragraph_numbers(text) == text


def test_a_related_posts_page_prints_two_notices(tmp_path):
    page = ("某某移动 首頁 › 文章 › 相關文章\n相關文章：某市 政府文件（第1頁，共1頁）\n\n━━━━━━━━━━━━━━━━\n"
            "某市人民政府办公室关于成立某市城区排涝工程指挥部的通知\n發佈於 2032-04-03　分類：政務轉載\n"
            "某市人民政府办公室关于成立某市城区排涝工程指挥部的通知\n某政办函〔2031〕12号\n各区县人民政府，市政府各部门：\n"
            "为加快推进城区排涝工程建设，经市人民政府同意，成立某市城区排涝工程指挥部。\n指 挥 长：甲某某　副市长\n"
            "某市人民政府办公室\n二○三一年六月二十日\n（閱讀全文 ›）\n\n━━━━━━━━━━━━━━━━\n"
            "某市某区人民政府办公室关于印发某区环境整治工作方案的通知\n發佈於 2032-04-03　分類：政務轉載\n"
            "某市某区人民政府办公室\n关于印发某区环境整治工作方案的通知\n某区政办发〔2032〕3号\n各乡镇人民政府，区直各单位：\n"
            "《某区环境整治工作方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。\n某市某区人民政府办公室\n"
            "2032年3月28日\n（閱讀全文 ›）\n\n« 上一頁　1　下一頁 »\n")
    found = read_notices(tmp_path, page)
    assert [(n.meta["title"], n.meta["published"]) for n in found] == [
        ("某市人民政府办公室关于成立某市城区排涝工程指挥部的通知", "2032-04-03"),
        ("某市某区人民政府办公室关于印发某区环境整治工作方案的通知", "2032-04-03")]


def test_numbered_notices_on_a_tag_page(tmp_path):
    page = ("某某网 > 标签 > 某市政府文件\n更新时间：2032-05-20　　收录文章：2篇\n\n"
            "一、某市人民政府关于任免工作人员的通知\n某政任〔2031〕3号\n各镇人民政府、街道办事处：\n经市政府研究决定：\n"
            "甲某某任某市统计局局长。\n某市人民政府\n2031年2月6日\n\n"
            "二、某市某镇人民政府\n关于印发某镇产业提升行动方案的通知\n某镇政发〔2032〕5号\n各村委会：\n"
            "现将《某镇产业提升行动方案》印发给你们，请认真抓好落实。\n某市某镇人民政府\n2032年3月11日\n")
    found = read_notices(tmp_path, page)
    assert [n.meta["title"] for n in found] == ["某市人民政府关于任免工作人员的通知",
                                              "某市某镇人民政府关于印发某镇产业提升行动方案的通知"]


def _page(tmp_path, html: str):
    """The document row of the one notice an HTML page saved as a file holds."""
    from govkg.nlp import extract
    found = read_notices(tmp_path, html, "page.html")
    assert len(found) == 1
    return extract(found[0]).document


def test_a_red_headers_pinyin_run_onto_the_title(tmp_path):
    title = "某州人民政府办公室关于调整某某发展工作领导小组成员的通知"
    body = ("某政办发〔2031〕7号 MOUZHOU RENMIN ZHENGFU BANGONGSHI 某州人民政府办公室 关于调整某某发展工作领导小组成员的通知 "
            "各县市人民政府,州直有关部门: 因工作需要,经州人民政府同意,决定对领导小组成员进行调整。现将调整后的组成人员通知如下: "
            "组 长:甲某某 州人民政府副州长 成 员:乙某某 州财政局副局长 某州人民政府办公室 2031年5月20日 (此件公开发布)")
    doc = _page(tmp_path, f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
                          f'<div class="dh">|</div>\n<div class="dh">{"|" * 120}</div>\n<div class="zw">{body}</div>\n'
                          '<div class="fbrq">发布日期:2031-05-24 来源:州人民政府办公室 【打印】【关闭】</div>\n</body></html>\n')
    assert doc.title == title


def test_a_cover_letters_title_wrapped_after_its_issuer_under_the_plans_name():
    doc = document("某县2031年石漠化治理工作实施方案\n时间:2031-09-14 10:22:41\n\n某某县人民政府办公室\n"
                   "关于印发某县2031年石漠化治理工作实施方案的通知\n某政办发〔2031〕6号\n各乡镇人民政府，县政府各部门：\n"
                   "《某县2031年石漠化治理工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。\n"
                   "某某县人民政府办公室\n2031年9月10日\n\n某县2031年石漠化治理工作实施方案\n一、工作目标\n")
    assert doc.title == "某某县人民政府办公室关于印发某县2031年石漠化治理工作实施方案的通知"


def test_a_story_naming_the_plan_over_the_notice_it_reprints(tmp_path):
    lines = ["  日前，某市农业农村委员会印发通知，部署今年农田建设工作，明确了重点任务及牵头、配合单位。",
             "  某市农业农村委员会关于印发某市2031年", "  农田建设提质增效工作方案的通知", "  某农委发〔2031〕14号",
             "  各区农业农村委：", "  现将《某市2031年农田建设提质增效工作方案》印发给你们，请认真贯彻落实。",
             "  某市农业农村委员会", "  2031年5月18日", "  某市2031年农田建设提质增效工作方案", "  一、重点任务",
             "  1。科学编制建设规划。年内新建高标准农田25万亩。（市农业农村委农田建设处牵头，各区人民政府配合）"]
    headline = "某市出台农田建设提质增效方案 明确重点任务分工"
    doc = _page(tmp_path, f'<html><head><meta charset="utf-8"><title>{headline}|农田|某某新闻网</title></head><body>\n'
                          '<div class="top-nav"><a href="/">某某新闻</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>\n'
                          f'<h1 class="main-title">{headline}</h1>\n'
                          '<div class="date-source"><span class="date">2031年05月22日 10:41</span> <span>某某新闻</span></div>\n'
                          '<div class="article">' + "".join(f"<p>{ln}</p>\n" for ln in lines) + "</div></body></html>\n")
    assert (doc.title, doc.number) == ("某市农业农村委员会关于印发某市2031年农田建设提质增效工作方案的通知", "某农委发〔2031〕14号")


def test_a_sentence_opening_with_another_documents_number():
    doc = document("您的位置: 首页 » 法律资料 »\n\n某部、某局关于毕业生待遇若干具体问题的处理意见\n\n"
                   "某部、某局关于毕业生待遇若干具体问题的处理意见\n某部、某局\n\n"
                   "国务院国发〔1980〕99号文件批转了某部、某局关于毕业生待遇若干问题的请示报告，现提出如下处理意见：\n"
                   "一、《请示报告》的规定适用于本专科毕业生。\n")
    assert doc.number is None


def test_links_under_a_related_links_heading_are_no_title():
    doc = document("當前位置: 工作動態>> 地方政務\n\n某省農業普查領導小組會議在某市召開\n"
                   "某某門戶網站   2031年01月10日   來源:某省人民政府網站\n\n"
                   "    某省政府1月9日在某市召開某省農業普查領導小組會議，安排部署普查工作。\n\n 相關鏈結\n"
                   "· 某市政府關於開展農業普查的通知\n· 某某強調要搞好農業普查工作\n")
    assert doc.title == "某省農業普查領導小組會議在某市召開"


def test_a_law_databases_bare_note_under_the_title():
    dated = document("您的位置: 首页 » 法律法规 »\n\n某业务管理暂行规定\n\n时间:2034-07-09 20:26:51 来源: 某资料网\n\n"
                     "某业务管理暂行规定\n\n某某局\n\n\n某业务管理暂行规定\n1999年7月13日,某某局\n\n\n第一章 总则\n"
                     "第一条 为加强某业务的管理，特制订本规定。\n")
    numbered = document("您的位置: 首页 » 法律法规 »\n\n某部关于印发《某专项资金使用管理办法》的通知\n\n"
                        "某部关于印发《某专项资金使用管理办法》的通知\n\n2001年12月5日  某建〔2001〕99号\n\n"
                        "各省、自治区、直辖市财政厅(局):\n  为加强专项资金的管理，我们制定了《某专项资金使用管理办法》。现印发给你们。\n")
    assert (dated.signed, dated.issuer) == ("1999-07-13", "某某局")
    assert (numbered.signed, numbered.number) == ("2001-12-05", "某建〔2001〕99号")


def test_a_crawl_records_table_objects_are_read_with_its_text(tmp_path):
    import json

    from govkg.nlp import extract
    record = {"url": "http://example.gov.cn/show.php?id=1", "title": "某市人民政府办公室关于印发某市中药材产业发展工作方案的通知",
              "content": "某政办〔2031〕27号\n某市人民政府办公室关于印发某市中药材产业发展工作方案的通知\n各镇人民政府，市政府各部门：\n"
                         "《某市中药材产业发展工作方案》已经市政府同意，现印发给你们。\n某市人民政府办公室\n2031年4月19日\n"
                         "某市中药材产业发展工作方案\n一、重点任务\n重点任务及责任分工见下表。\n二、保障措施\n",
              "tables": [{"caption": "重点任务分工表", "header": ["序号", "重点任务", "牵头单位", "配合单位"],
                          "rows": [["1", "建设中药材种植基地", "市农业农村局", "市林业局\n各镇人民政府"],
                                   ["2", "培育加工龙头企业", "市经济和信息化局、市商务局", "—"]]}]}
    found = read_notices(tmp_path, json.dumps(record, ensure_ascii=False) + "\n", "crawl.jsonl")
    rows = {(f.task, f.role, f.agency) for f in extract(found[0]).facts if type(f).__name__ == "Assignment"}
    assert {("建设中药材种植基地", "lead", "市农业农村局"), ("建设中药材种植基地", "support", "市林业局"),
            ("建设中药材种植基地", "support", "各镇人民政府"), ("培育加工龙头企业", "lead", "市经济和信息化局"),
            ("培育加工龙头企业", "lead", "市商务局")} <= rows


# round 2 (layouts139, layouts140 after their held-out measurement)


def test_a_shared_files_heading_with_its_issuer_over_its_title():
    doc = document("某林场党委关于甲某某等同志职务任免的通知.doc\n\n还剩2页未读,继续阅读\n"
                   "本资源只提供1页预览,全部文档请下载后查看!喜欢就下载吧,查找使用更方便\n\n文本内容:中共某某国有林场委员会\n\n"
                   "某林党发〔2031〕23号\n\n中共某某国有林场委员会\n关于甲　某某等同志职务任免的通知\n\n"
                   "场属各分场、各部室党组织：\n\n经场党委研究决定：\n\n一、甲　某某同志任某某分场场长（试用期一年）。\n")
    assert doc.title == "中共某某国有林场委员会关于甲某某等同志职务任免的通知"


def test_a_posting_row_whose_column_tag_ends_like_a_title():
    doc = document("某区村庄清洁行动实施方案【最新或2032(历届)】\n\n时间:03-29编辑:佚名 工作方案\n\n【某某教育信息门户网】\n\n"
                   "村庄清洁行动是农村人居环境整治的“先手棋”。下文是小编为大家整理的实施方案,欢迎大家阅读。\n\n"
                   "  某市某区人民政府办公室关于印发某区2031年村庄清洁行动实施方案的通知 某区政办发〔2031〕16号 各镇人民政府，"
                   "区直各有关单位： 《某区2031年村庄清洁行动实施方案》已经区人民政府同意，现印发给你们，请认真组织实施。"
                   "                某市某区人民政府办公室                2031年3月22日 （此件公开发布） 某区2031年村庄清洁行动实施方案 "
                   "一、工作目标 到2031年底，全区村庄环境基本实现干净、整洁。\n")
    assert doc.title == "某市某区人民政府办公室关于印发某区2031年村庄清洁行动实施方案的通知"


def test_an_info_tables_issuer_named_by_its_level_in_full_in_the_title(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>某某盟农牧局 关于印发某某盟2032年草原补助工作方案的通知</title></head><body>"
            "<div>您所在的位置:首页 &gt; 盟农牧局 &gt; 信息公开目录</div><table>"
            "<tr><td>标    题</td><td>某某盟农牧局 关于印发某某盟2032年草原补助工作方案的通知</td></tr>"
            "<tr><td>发文机关</td><td>盟农牧局</td></tr><tr><td>发文字号</td><td>某农牧发〔2032〕41号</td></tr>"
            "<tr><td>成文日期</td><td>2032-06-15</td></tr></table>"
            "<p>某农牧发〔2032〕41号</p><p>某某盟农牧局</p><p>关于印发某某盟2032年草原补助工作方案的通知</p>"
            "<p>各旗(区)农牧局，局属各单位：</p><p>现将《某某盟2032年草原补助工作方案》印发给你们，请认真贯彻执行。</p>"
            "<p>二〇三二年六月十五日</p></body></html>")
    doc = _page(tmp_path, html)
    assert doc.issuer == "某某盟农牧局"


def test_a_stray_code_over_a_reprinted_notices_title(tmp_path):
    headline = "某保护区管理局部署2032年生态环境问题整改工作"
    lines = ["近日，甘肃某某国家级自然保护区管理局印发整改工作方案，对2032年生态环境问题整改工作作出部署。全文如下：", "1D177",
             "甘肃某某国家级自然保护区管理局关于印发《某某保护区2032年生态环境问题", "整改工作方案》的通知", "某管发〔2032〕23号",
             "局属各科室、各保护站：", "现将《某某保护区2032年生态环境问题整改工作方案》印发给你们，请认真抓好落实。",
             "甘肃某某国家级自然保护区管理局", "2032年3月22日"]
    doc = _page(tmp_path, f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body>\n"
                          "<div>首页 | 新闻中心 | 党建工作 | 生态保护 | 联系我们</div>\n"
                          f"<h1>{headline}</h1>\n" + "".join(f"<p>{ln}</p>\n" for ln in lines) + "</body></html>\n")
    assert doc.title == "甘肃某某国家级自然保护区管理局关于印发《某某保护区2032年生态环境问题整改工作方案》的通知"


def test_an_info_block_between_a_congress_lists_heading_and_its_note():
    doc = document("跳到主要內容區塊\n:::\n首頁 > 公告資訊 > 人事任免\n\n某某縣人民代表大會常務委員會\n任免名單\n\n發佈單位\n"
                   "縣人大常委會人事代表工作委員會\n發佈日期\n2032-12-01\n\n（2032年11月27日某某縣第十五屆人民代表大會常務委員會"
                   "第二十一次會議通過）\n\n決定任命：\n甲某某為某某縣人民政府副縣長\n\n免去：\n乙某某的某某縣財政局局長職務\n")
    assert (doc.title, doc.issuer, doc.signed) == ("某某縣人民代表大會常務委員會任免名單", "某某縣人民代表大會常務委員會",
                                                   "2032-11-27")


def test_a_law_databases_title_again_with_its_number_after_it():
    doc = document("热门站点| 某某资料网 | 专利资料网\n\n某县人民政府关于调整某县防汛抗旱指挥部组成人员的通知\n\n"
                   "作者:某某资料网 时间:2034-07-09 18:57:12  浏览:3127   来源:某某资料网\n\n"
                   "某县人民政府关于调整某县防汛抗旱指挥部组成人员的通知\n\n浙江省某县人民政府\n\n\n"
                   "关于调整某县防汛抗旱指挥部组成人员的通知(某政发〔2031〕41号)\n\n各乡镇人民政府，县政府各部门：　　因人事变动，"
                   "经县政府研究，决定对指挥部组成人员作如下调整：　　总 指 挥：甲某某　县长\n")
    assert doc.number == "某政发〔2031〕41号"


def test_a_corps_division_issues_its_notice():
    doc = document("新疆生产建设兵团第九师关于成立冬季供暖保障工作指挥部的通知 九师发〔2031〕58号 各团场，师直各单位： "
                   "为确保采暖期供热安全稳定，师决定成立冬季供暖保障工作指挥部。现将组成人员通知如下： 总指挥：甲某某 师党委常委、副师长 "
                   "新疆生产建设兵团第九师 2031年10月12日\n")
    assert doc.issuer == "新疆生产建设兵团第九师"


def test_a_crawl_record_whose_body_and_address_are_kept_in_objects_of_their_own(tmp_path):
    import json
    record = {"meta": {"src": "https://example.com/paper/info.html?doc_id=42", "crawl_ts": "2031-11-03T08:14:51Z",
                       "site": "某某石油报"},
              "payload": {"page_title": "局党委任免一批基层领导干部 - 某某石油报", "pub": "2024-07-09",
                          "body_lines": ["局党委任免一批基层领导干部", "本报讯 7月5日，局党委召开常委会，研究决定对部分基层单位领导班子"
                                         "成员进行调整。", "甲某某任采油厂厂长；", "乙某某任机械厂党委书记。"]}}
    found = read_notices(tmp_path, json.dumps(record, ensure_ascii=False), "record.json")
    assert [(n.meta.get("url"), n.meta.get("published")) for n in found] == [
        ("https://example.com/paper/info.html?doc_id=42", "2024-07-09")]


# round 3 (layouts143, layouts145, layouts147, layouts148, real41)


def test_a_typists_letter_o_for_a_zero_in_a_date():
    doc = document("某县人民政府关于甲某某等同志任免职务的通知\n某府任[1996]11号\n各乡镇人民政府，县直各单位：\n"
                   "经县人民政府研究决定：\n甲某某任县文化局局长；\n\n某县人民政府\n1996年1O月3O日\n")
    assert doc.signed == "1996-10-30"


def test_a_mark_the_legend_gives_a_meaning_is_kept():
    from govkg.extract.punct import blank_ornaments
    text = "（标注★的为牵头单位，其余为配合单位）\n★县水利局\n◆成员：甲某某\n"
    assert blank_ornaments(text) == "（标注★的为牵头单位，其余为配合单位）\n★县水利局\n 成员：甲某某\n"


def test_a_listings_entries_dated_by_when_the_site_took_them_in(tmp_path):
    page = ("某某文档 > 标签 > 某县 第3页\n====\n\n[21] 某县人民政府关于任免甲某某等同志职务的通知\n"
            "     收录时间：2036-08-02  阅读：512  分类：政务文档\n----\n某县人民政府文件\n某政任〔2034〕3号\n"
            "某县人民政府关于任免甲某某等同志职务的通知\n各乡镇人民政府，县直各单位：\n    经县人民政府研究决定：\n"
            "    甲某某同志任县林业局局长，免去其县水利局副局长职务。\n                某县人民政府\n                二○三四年三月一日\n"
            "查看全文>>\n\n[22] 某县人民政府关于成立某县防沙治沙工作领导小组的通知\n     收录时间：2036-08-02  阅读：698\n----\n"
            "某县人民政府文件\n某政发〔2034〕15号\n某县人民政府关于成立某县防沙治沙工作领导小组的通知\n各乡镇人民政府，县直各单位：\n"
            "    为做好防沙治沙工作，县人民政府决定成立领导小组。\n    组  长：乙某某（县长）\n"
            "                某县人民政府\n                二○三四年四月九日\n查看全文>>\n")
    found = read_notices(tmp_path, page)
    assert [(n.meta["title"], n.meta["published"]) for n in found] == [
        ("某县人民政府关于任免甲某某等同志职务的通知", "2036-08-02"),
        ("某县人民政府关于成立某县防沙治沙工作领导小组的通知", "2036-08-02")]


def test_joined_notices_in_a_retypes_mixed_script_each_under_its_number(tmp_path):
    page = ("某某吧 › 老文件 › 帖子\n\n九十年代两份老文件（手打）\n\n楼主 某某\n\n(一)\n\n某管任字(1995)14号\n\n"
            "某省农垦某某管理局关于甲某某等同志职务任免的决定\n\n各农场，局直各单位：\n    经管理局党委研究决定：\n"
            "    任命甲某某为某某农场副场长。\n\n                某省农垦某某管理局\n                一九九五年三月八日\n\n(二)\n\n"
            "某政发（2001）22号\n\n某某县人民政府关於成立某某县茶叶生产领导小组的通知\n\n各乡（镇）人民政府，县直各单位：\n"
            "    为发展茶叶生产，县人民政府决定成立茶叶生产领导小组。\n    组  长：乙某某（副县长）\n\n"
            "                某某县人民政府\n                2001年3月20日\n")
    found = read_notices(tmp_path, page)
    assert [(n.meta["title"], n.meta.get("number")) for n in found] == [
        ("某省农垦某某管理局关于甲某某等同志职务任免的决定", "某管任字(1995)14号"),
        ("某某县人民政府关於成立某某县茶叶生产领导小组的通知", "某政发（2001）22号")]


def test_an_apps_prompt_for_a_picture_is_no_headline():
    doc = document("打开某某新闻 查看精彩图片\n打开某某新闻 查看精彩图片\n\n"
                   "7月2日下午,市防汛抗旱指挥部总指挥长、市长甲某某主持召开全市防汛工作紧急部署会。\n")
    assert doc.title is None or "查看" not in doc.title


def test_a_databases_short_name_for_the_government_over_the_notices_own_title():
    doc = document("某某LII [Home] [Databases]\n\n某省地方法规\n\nYou are here:  某某LII >> 某省地方法规 >> "
                   "某省政府关于任免国家机关工作人员问题的通知\n\n某省政府关于任免国家机关工作人员问题的通知\n\n  【发布日期】1985-05-04\n\n"
                   "某省人民政府关于任免国家机关工作人员问题的通知\n\n(1985年5月4日某政〔1985〕38号)  根据国务院关于干部任免的规定精神,"
                   "现将有关问题通知如下:\n\n 一、任免权限。\n")
    assert doc.title == "某省人民政府关于任免国家机关工作人员问题的通知"


def test_a_seals_note_after_the_signing_body():
    doc = document("您当前的位置:通知公告\n本院各部门，各县（市、区）人民法院：\n\n    经院党组研究，决定成立某市中级人民法院"
                   "执行案款清理工作领导小组。\n\n    组　长：甲某某　院长\n\n    联系人：乙　某，0735-22×××××。\n\n"
                   "                                          某市中级人民法院（印）\n"
                   "                                             2030年6月12日\n")
    assert (doc.issuer, doc.signed) == ("某市中级人民法院", "2030-06-12")
