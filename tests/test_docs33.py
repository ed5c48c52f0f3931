"""Page-level classes of the thirty-third session (blind layouts112, layouts113 and real31). Every text is made up.

- A forum thread's board tag before its title ([某省]…, 【转帖】…) is no part of the title.
- A number with a series character between its year and serial (某政〔1992〕综367号) is a number, the page's own or cited.
- A notice that hands down a plan (下达…计划的通知) takes the plan's kind.
- A site's name after a finished title: after a dash with Latin letters in it (…的通知-ab某某网), or set apart by a gap.
- A document-sharing page headed by the file's name (某县人民政府关于…的通知.docx) over the document itself, its red
  header, number and the same title run on one line: the number is the notice's own.
- A page run onto one line: the signing date alone after the last sentence, 主题词 glued after it; a printed page's
  number (-1-) between two items.
- An issuer's line over 关于… with the number under it is the notice's heading, even under a question page's sentence.
- A university signs as the issuer.
"""
from __future__ import annotations

import json

from helpers import assignments, document, posts, read_notices

from govkg.extract.citations import find_citations
from govkg.nlp import extract
from govkg.text import normalize_docnum
from govkg.extract.layout import find_layout


_LETTER = ("\n某县人民政府文件\n某政发〔2031〕9号\n各乡镇人民政府，县直各部门：\n"
           "　　现将《某县2031年移民安置计划》下达给你们，请认真组织实施。\n\n某县人民政府\n2031年7月6日\n")


def test_forum_board_tag_before_a_thread_title():
    doc = document("切换到宽版\n  • 812阅读\n  • 2回复\n\n[某省]某某开发区管理委员会和某某公司实行政企合一的管理体制 [复制链接]\n\n"
                   "上一主题 下一主题\n 只看楼主 倒序阅读 0 发表于: 2031-07-27\n 某某开发区管理委员会和某某公司实行政企合一的管理体制，"
                   "管委会在某市人民政府的领导下行使经济管理权限。\n")
    assert doc.title == "某某开发区管理委员会和某某公司实行政企合一的管理体制"


def test_number_with_a_series_character_before_its_serial():
    text = ("某某开发区实行统一管理体制，根据某省政府颁发的《某某开发区管理条例》(某政[1992]综367号文)，管委会行使职能。"
            "1993年省政府以某政[1993]综383号文批准管委会行使经济管理权限。\n")
    numbers = {c.number for c in find_citations(text, find_layout(text))}
    assert numbers == {"某政〔1992〕综367号", "某政〔1993〕综383号"}
    assert document("某县人民政府关于成立某某工作组的通知\n某政〔1994〕综12号\n各乡镇：\n　　决定成立某某工作组。\n").number \
        == "某政〔1994〕综12号"


def test_handing_down_a_plan_is_a_plan():
    doc = document("某县人民政府关于下达某某水库移民第二年动迁安置计划的通知" + _LETTER)
    assert doc.kind == "plan"


def test_site_name_after_a_dash_with_latin_letters():
    doc = document("某县人民政府办公室关于印发某县村庄整治提升行动实施方案的通知-ab某某资讯\n\n"
                   "来源：某某资讯　时间：2031-04-28\n\n某政办发〔2031〕62号\n各乡镇人民政府，县各有关部门：\n"
                   "　　现将《某县村庄整治提升行动实施方案》印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2031年4月26日\n")
    assert doc.title == "某县人民政府办公室关于印发某县村庄整治提升行动实施方案的通知"


def test_site_name_after_a_gap_behind_the_title():
    doc = document("您现在的位置:首页 > 综合 > 政策 > 正文\n\n某县人民政府关于印发某县集体资产管理办法的通知 某某新动态\n\n"
                   "时间:2031-03-11 10:22:05    来源:某县政府网\n\n某政发〔2031〕41号\n\n各乡镇人民政府，县政府各部门：\n\n"
                   "　　《某县集体资产管理办法》已经县政府常务会议研究通过，现印发给你们，请认真贯彻执行。\n\n某县人民政府\n2031年7月20日\n")
    assert doc.title == "某县人民政府关于印发某县集体资产管理办法的通知"
    assert doc.number == "某政发〔2031〕41号"


_SHARED_ONE_LINE = (
    "某县人民政府关于甲乙等同志职务任免的通知.docx\n-\n资源ID:2031817\n资源大小:18.43KB\n全文页数:3页\n下载积分:3金币\n友情提示\n"
    "2、PDF文件下载后，可能会被浏览器默认打开，此种情况可以点击浏览器菜单，保存网页到桌面，就可以正常下载了。\n"
    "3、本站不支持迅雷下载，请使用电脑自带的IE浏览器，或者360浏览器、谷歌浏览器下载即可。\n"
    "4、本站资源下载后的文档和图纸-无水印，预览文档经过压缩，下载后原文更清晰。\n|\n某县人民政府关于甲乙等同志职务任免的通知.docx\n"
    "某县人民政府文件某政干〔2031〕15号某县人民政府关于甲乙等同志职务任免的通知各乡、镇人民政府，县政府各部门：经县政府研究决定："
    "甲乙任县发展和改革局局长（试用期一年），免去其县经济贸易局副局长职务；丙丁任县交通局局长；-1-免去戊己的县教育局局长职务，退休。"
    "甲乙、丙丁同志任职时间从2031年3月起算。二〇三一年三月二十日主题词：人事任免通知抄送：县委办，县人大办。"
    "某县人民政府办公室2031年3月21日印发-2-\n")


def test_shared_file_page_run_onto_one_line_keeps_its_number_and_date():
    doc = document(_SHARED_ONE_LINE)
    assert doc.title == "某县人民政府关于甲乙等同志职务任免的通知"
    assert doc.number == "某政干〔2031〕15号"
    assert doc.signed == "2031-03-20"


def test_page_number_between_two_items_is_no_part_of_either():
    assert ("Removal", "戊己", "县教育局", "局长") in posts(_SHARED_ONE_LINE)


def test_issuer_line_over_its_heading_and_number_under_a_question_page():
    doc = document(".某市人民政府任免通知2031全文txt\n最佳回答\n“某市人民政府任免通知2031全文”.某市人民政府任免通知2031全文txt\n"
                   "某市人民政府\n关于任免工作人员的通知\n某政人〔2031〕14号\n各县（市、区）人民政府，市人民政府各部门：\n"
                   "经2031年4月10日市人民政府常务会议研究决定：\n甲乙任市发展和改革委员会副主任；\n免去丙丁的市卫生局局长职务。\n"
                   "某市人民政府\n二〇三一年四月十二日\n其他回答\n")
    assert doc.title == "某市人民政府关于任免工作人员的通知"


def test_university_signs_as_the_issuer():
    doc = document("欢迎光临某某问答网\n某某大学2031年干部任免\n某某大学作为省属重点大学，其中层干部的任免一般由学校党委常委会研究决定。\n"
                   "某某大学关于甲乙等同志职务任免的通知\n某大人〔2031〕23号\n校内各单位：\n经校党委常委会研究决定：\n"
                   "聘任甲乙为图书馆馆长；\n免去丙丁的国际交流合作处处长职务。\n某某大学\n2031年3月28日\n")
    assert doc.issuer == "某某大学"


def test_crawl_record_keeps_its_table_apart_from_the_paragraphs(tmp_path):
    record = {"doc_title": "某县人民政府办公室关于印发某某景区提升行动方案的通知", "file_no": "某政办〔2031〕88号",
              "paras": ["各乡镇人民政府，县直各单位：", "现将《某某景区提升行动方案》印发给你们，请认真贯彻执行。",
                        "某某景区提升行动方案", "一、重点任务", "重点任务详见下表。责任单位中标注“牵头”的为牵头单位。",
                        "二、保障措施", "县文旅局负责方案实施的日常调度。"],
              "tables": [[["序号", "重点任务", "责任单位", "完成时间"],
                          ["1", "完善景区交通设施", "县交通运输局（牵头）、县住建局", "2032年6月"],
                          ["2", "提升溪流水质", "县水利局（牵头）、某某镇人民政府", "2031年12月"]]]}
    (notice,) = read_notices(tmp_path, json.dumps(record, ensure_ascii=False), name="crawl.json")
    rows = assignments(notice.text)
    assert ("完善景区交通设施", "lead", "县交通运输局") in rows
    assert ("提升溪流水质", "lead", "县水利局") in rows
    lines = notice.text.split("\n")
    assert lines.index("重点任务详见下表。责任单位中标注“牵头”的为牵头单位。") + 1 == lines.index("序号\t重点任务\t责任单位\t完成时间")


def test_crawl_record_with_its_body_in_typed_parts(tmp_path):
    record = [{"headline": "某县妇女联合会关于印发《某县巾帼行动实施方案》的通知", "doc_no": "某妇字〔2031〕14号",
               "content_segments": [
                   {"kind": "text", "value": "各乡镇妇联，县直各单位妇委会："},
                   {"kind": "text", "value": "　　现将《某县巾帼行动实施方案》印发给你们，请认真抓好落实。"},
                   {"kind": "sign", "value": "某县妇女联合会\n2031年5月16日"},
                   {"kind": "heading", "value": "一、重点任务"},
                   {"kind": "table", "caption": "重点任务分工表",
                    "records": [{"序号": "1", "重点任务": "开展技能培训", "牵头单位": "县妇联", "配合单位": "县人社局、县农业局"},
                                {"序号": "2", "重点任务": "扶持发展扶贫车间", "牵头单位": "县扶贫办", "配合单位": "—"}]}]}]
    (notice,) = read_notices(tmp_path, json.dumps(record, ensure_ascii=False), name="crawl.json")
    rows = assignments(notice.text)
    assert {("开展技能培训", "lead", "县妇联"), ("开展技能培训", "support", "县农业局"), ("扶持发展扶贫车间", "lead", "县扶贫办")} <= rows
    assert notice.meta["title"] == "某县妇女联合会关于印发《某县巾帼行动实施方案》的通知"


def test_crawl_exported_as_csv_gives_one_notice_a_row(tmp_path):
    text = ('id,title,url,pub_date,org,content\n'
            '1,某县卫生健康委员会关于印发《某县医疗服务提升行动方案》的通知,http://www.example.gov.cn/a/1.html,2031-04-10 16:22:08,'
            '某县卫生健康委员会,"某卫健发〔2031〕19号\n某县卫生健康委员会关于印发《某县医疗服务提升行动方案》的通知\n各乡镇卫生院：\n'
            '    现将《某县医疗服务提升行动方案》印发给你们，请认真组织实施。\n某县卫生健康委员会\n2031年4月8日"\n'
            '2,某县中心医院关于甲乙等同志任职的通知,http://www.example.org/b/2.html,,某县中心医院,"某医发〔2032〕7号\n'
            '某县中心医院关于甲乙等同志任职的通知\n院内各科室：\n经院务会研究决定：\n任命甲乙为内科主任；\n'
            '免去丙丁的外科主任职务。\n某县中心医院\n2032年3月12日"\n')
    found = read_notices(tmp_path, text, name="crawl.csv")
    assert [n.meta.get("url") for n in found] == ["http://www.example.gov.cn/a/1.html", "http://www.example.org/b/2.html"]
    assert [document(n.text).number for n in found] == ["某卫健发〔2031〕19号", "某医发〔2032〕7号"]
    assert ("Appointment", "甲乙", "内科", "主任") in posts(found[1].text)


def test_headline_that_says_what_happened_names_no_issuer():
    doc = document("某某至某某高速公路投资协议签字仪式在某地举行\n甲乙出席仪式\n●项目建成后路线缩短为78公里\n"
                   "8月16日,省交通厅与某某公司在某地举行高速公路投资协议签字仪式。省长、某某高速公路建设工作领导小组组长甲乙出席仪式。\n")
    assert doc.title == "某某至某某高速公路投资协议签字仪式在某地举行"
    assert doc.issuer is None


def test_model_essay_piece_heading_titles_the_page():
    doc = document("方案的制定不仅需要思考问题本身,还需要考虑未来可能出现的情况。这些方案在实施过程中取得了良好的成效。\n"
                   "全国某病防治日活动方案篇一\n今年5月15日是全国第23届某病防治宣传日,为做好全县防治宣传工作,制定本实施方案。\n"
                   "一、宣传活动的目的。\n")
    assert doc.title == "全国某病防治日活动方案"


def test_encyclopedia_box_of_a_document():
    doc = document("我县前期收购工作进展顺利。为了确保收购工作各项目标任务的全面完成,现对下步工作作了以下明确,希各乡镇认真抓好落实。\n"
                   "基本介绍\n- 中文名:某县某某生产领导小组办公室关于加快当前收购进度的紧急通知\n- 编号:[2031]6号\n"
                   "- 发布单位:某县某某生产领导小组办公室\n- 发布时间:二0三一年九月二十九日\n")
    assert doc.title == "某县某某生产领导小组办公室关于加快当前收购进度的紧急通知"
    assert doc.number == "〔2031〕6号"


def test_lines_closed_by_a_converters_bar_and_a_posting_line_under_the_heading():
    doc = document("首页 > 人大工作 > 人事任免 |\n某县人民代表大会常务委员会 |\n任免名单 |\n"
                   "发布时间：2031-07-02 来源：某县人大常委会办公室 浏览次数：316 |\n"
                   "（2031年6月27日某县第十六届人民代表大会常务委员会第十次会议通过） |\n决定任命： |\n甲乙为县发展和改革局局长； |\n"
                   "决定免去： |\n丙丁的县教育局局长职务； |\n上一篇：某县人大常委会召开第十次会议 |\n【打印】【关闭】 |\n")
    assert doc.title == "某县人民代表大会常务委员会任免名单"
    assert doc.signed == "2031-06-27"


def test_congress_decision_run_on_inside_a_news_story():
    doc = document("某县人大常委会任免一批国家机关工作人员 |\n---|\nhttp://www.example.com 2031年08月31日03:15 某某日报 |\n"
                   "本报讯(记者 某某)8月29日,某县第十四届人大常委会举行第二十三次会议。会议依法表决通过了有关人事任免事项。"
                   "某县人民代表大会常务委员会关于人事任免的决定 (2031年8月29日某县第十四届人民代表大会常务委员会第二十三次会议通过) "
                   "一、任命甲乙为某县人民政府副县长。 二、免去丙丁的某县人民法院副院长职务。 |\n")
    assert doc.title == "某县人民代表大会常务委员会关于人事任免的决定"
    assert doc.signed == "2031-08-29"


def test_headline_shortened_over_the_notices_own_title():
    doc = document("每日头条 > 时政 > 正文\n政协某县委员会关于调整脱贫攻坚工作领导小组成员的通知\n2031-03-16 由 某县政协 发表于 时政\n"
                   "政协某县委员会关于调整政协某县委员会脱贫攻坚工作\n领导小组成员的通知\n某政协发〔2031〕9号\n各专门委员会，机关各科室：\n"
                   "经县政协党组会议研究，决定对领导小组成员进行调整。调整后的组成人员如下：\n组　长：甲乙　县政协主席\n")
    assert doc.title == "政协某县委员会关于调整政协某县委员会脱贫攻坚工作领导小组成员的通知"


def test_table_cells_closed_by_bars_under_prose_stay_cells():
    text = ("某县人民政府办公室关于印发某县村庄整治实施方案的通知\n某政办发〔2031〕62号\n各镇人民政府，县各有关部门：\n"
            "《某县村庄整治实施方案》已经县政府同意，现印发给你们，请认真组织实施。\n某县人民政府办公室\n2031年4月26日\n"
            "某县村庄整治实施方案\n一、重点任务\n重点任务见分解表。\n附件\n某县村庄整治重点任务分解表\n"
            + "".join(c + " |\n" for c in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限",
                                           "1", "推进垃圾分类", "县城管局", "县住建局、各镇人民政府", "2031年12月",
                                           "2", "实施厕所革命", "县农业农村局", "县卫健委", "2031年10月")))
    doc = document(text)
    assert (doc.issuer, doc.signed) == ("某县人民政府办公室", "2031-04-26")
    assert ("推进垃圾分类", "lead", "县城管局") in assignments(text)


def test_api_answer_listing_records_is_not_one_body_of_parts(tmp_path):
    records = [{"title": f"某区人民政府办公室关于成立某某指挥部的通知{k}", "url": f"http://www.example.gov.cn/{k}.shtml",
                "content": f"<p>某政办发〔2031〕1{k}号</p><p>各街道办事处：</p><p>决定成立某某指挥部。</p><p>总指挥：区长　甲乙</p>"}
               for k in (1, 2)]
    answer = {"code": 200, "msg": "操作成功", "data": {"total": 2, "list": records}}
    found = read_notices(tmp_path, json.dumps(answer, ensure_ascii=False), name="api.json")
    assert [n.meta.get("url") for n in found] == ["http://www.example.gov.cn/1.shtml", "http://www.example.gov.cn/2.shtml"]


def test_forest_farm_signs_and_a_dateline_with_the_sites_name():
    doc = document("某某林场总场关于甲乙等同志职务任免的通知\n2031-07-22 某某林区资讯\n某林人字〔2031〕17号\n总场各科室，各分场：\n"
                   "    经总场场务会议研究决定：\n    一、甲乙同志任某某分场场长；\n    二、免去丙丁同志的某某分场场长职务，退休。\n"
                   "                                      某某林场总场\n                                        二〇三一年三月二十日\n")
    assert (doc.issuer, doc.published) == ("某某林场总场", "2031-07-22")


def test_forum_path_whose_separators_were_lost():
    for path in ("某某科技论坛 ? 政策法规 ? 教育文件存档 ? ", "某某科技论坛   政策法规   教育文件存档   "):
        doc = document(path + "某部关于印发《某某工作任务分工》的通知\n返回列表 发帖\n查看: 2186|回复: 3\n[文件]\n"
                       "某部关于印发《某某工作任务分工》的通知\n [复制链接]\n 某某用户\n 发表于 2031-9-14 10:27:05 | 只看该作者\n"
                       "某部关于印发《某某工作任务分工》的通知\n某计〔2031〕86号\n各省、自治区、直辖市教育厅：\n"
                       "    现将《某某工作任务分工》印发给你们，请遵照执行。\n某部\n二〇三一年三月二日\n")
        assert doc.title == "某部关于印发《某某工作任务分工》的通知", path


def test_article_that_asks_over_the_notice_it_reprints():
    doc = document("首页 > 经验服务 > 正文\n\n任务分工表怎么写？附一份省级部门印发的任务分工方案\n\n"
                   "2031-06-18 09:32　　来源：本站整理　　阅读：1261\n\n在推进各项工作任务落实过程中，明确职责分工是确保工作有序推进的关键。\n"
                   "下面附上一份省级部门印发的任务分工方案原文，供参考。\n\n某省某委员会关于印发《某省某某村寨保护与发展\n"
                   "重点任务分工方案》的通知\n\n某宗发〔2031〕23号\n\n省直有关部门：\n　　现将《某省某某村寨保护与发展重点任务分工方案》印发给你们。\n"
                   "                                   某省某委员会\n                                        2031年4月18日\n")
    assert doc.title == "某省某委员会关于印发《某省某某村寨保护与发展重点任务分工方案》的通知"


def test_listing_excerpt_ending_after_the_signing_date(tmp_path):
    text = ("首页 > 新闻中心 > 行业动态\n\n  • 22\n    / 03\n           某省某某工作领导小组关于调整领导小组组成人员的通知 "
            "某组发〔2031〕1号 各市（州）人民政府，省直有关部门： 因人事变动和工作需要，对领导小组组成人员进行调整。调整后名单如下： "
            "组　长：甲乙　副省长 成　员：丙丁　省财政厅副厅长 领导小组办公室设在省财政厅。                   某省某某工作领导小组"
            "             2031年3月21日...\n  • 09\n    / 11\n           某省某局关于印发《某某工作任务分工方案》的通知 某发〔2031〕36号 "
            "各市（州）某局： 现将《某某工作任务分工方案》印发给你们，请抓好落实。 某省某局 2031年11月8日 某某工作任务分工方案 "
            "1.健全监测机制。牵头单位：省某局；配合单位：省民政厅。...\n\n  首页 上一页 4 5 下一页 尾页\n")
    found = read_notices(tmp_path, text)
    assert document(found[0].text).signed == "2031-03-21"


def test_forum_thread_of_an_annals_entry_with_its_number_under_the_title_again():
    doc = document("查看: 1437|回复: 3\n\n[县志录入] 某县人民政府关于成立县农业区划工作领导小组的通知（1983）\n\n[复制链接]\n\n0\n\n主题\n\n"
                   "126\n\n回帖\n\n58\n\n积分\n\n注册会员\n\n积分\n58\n发表于 2011-3-8 21:14:05 | 显示全部楼层 |阅读模式\n"
                   "从《某县志》附录“文件辑存”扫描录入，OCR识别后只校了人名。\n\n某县人民政府\n关于成立县农业区划工作领导小组的通知\n"
                   "〔83〕某府字第15号\n\n各区、乡（镇）人民政府，县直各单位：\n　　经县人民政府研究，决定成立县农业区划工作领导小组。\n"
                   "　　组　长：甲乙　副县长\n")
    assert doc.title == "某县人民政府关于成立县农业区划工作领导小组的通知"
    assert doc.number == "〔83〕某府字第15号"


def test_story_about_a_notice_over_the_notice_it_reprints():
    doc = document("【校史故事】一份1984年任免通知背后的往事\n作者: 来源: 发布日期:2034-04-11 阅读次数:\n"
                   "　　今年初，为迎接校庆，校史编研室在档案馆整理文书档案时，翻出一份油印的任免通知。\n\n某某学院文件\n"
                   "〔84〕某工人字第023号\n\n某某学院关于任免系、处级干部的通知\n\n各系、处、室，各直属单位：\n"
                   "　　经院党委研究，院长办公会议决定：\n　　任命甲乙为机械工程系主任；\n")
    assert doc.title == "某某学院关于任免系、处级干部的通知"


def test_label_before_a_reprinted_title_and_a_headline_ending_in_a_document():
    doc = document("某某研究所 | 某某网\n首页 > 国史研究 > 政治史\n文献：某地区行政公署关于成立某某开发领导小组的通知\n"
                   "发布时间: 2036-06-30　　来源：《某地区政报》1986年第4期\n\n某地区行政公署关于成立某某开发领导小组的通知\n"
                   "某署发〔1986〕41号\n\n各县人民政府：\n　　决定成立某某开发领导小组。\n")
    assert doc.title == "某地区行政公署关于成立某某开发领导小组的通知"
    doc = document("某某古籍网\n首页 | 古籍资讯 | 地方文献\n\n某某公社1981年成立计划生育工作领导小组的一份文件\n\n"
                   "栏目:地方文献发布:2033-08-11浏览:3收藏\n\n　　近日收得某公社旧档一束，其中一份文件首页残缺，文件标题和文号都已不存。\n\n"
                   "各大队、社直各单位：\n　　经公社党委研究，决定成立计划生育工作领导小组。\n　　组长：甲乙（公社党委副书记）\n")
    assert doc.title == "某某公社1981年成立计划生育工作领导小组的一份文件"


def test_yearbook_note_of_number_then_date_under_the_title():
    doc = document("地方年鉴资料库 | 年鉴下载 | 检索\n当前位置：首页 > 年鉴下载 > 某县年鉴(1999)\n书　　名：\t某县年鉴(1999)\n"
                   "出版时间：\t1999年10月\n更新时间：\t2009-06-18\n资料简介\n《某县年鉴》(1999)是某县人民政府主办的地方综合年鉴。\n"
                   "内容选读（特载·文件选录）\n某县人民政府办公室关于印发《某县农业综合开发工作任务\n分解》的通知\n"
                   "（某政办发〔1998〕21号　1998年3月16日）\n各乡镇人民政府，县政府各部门：\n　　现将《某县农业综合开发工作任务分解》印发给你们。\n"
                   "某县农业综合开发工作任务分解\n　　一、完成中低产田改造3.5万亩。（牵头单位：县农业综合开发办公室；配合单位：县水利局）\n"
                   "·186·　　　　　　　　　　　　　　　　某县年鉴（1999）\n　　二、落实开发资金配套。（责任单位：县财政局）\n"
                   "本地下载 | 电信下载 | 下载说明：资料为扫描件\n")
    assert (doc.number, doc.signed) == ("某政办发〔1998〕21号", "1998-03-16")
    note = "某县人民政府办公室关于印发《某县某某工作任务分解》的通知\n（某政办发〔1998〕21号　1998年3月16日）\n各乡镇人民政府：\n"
    assert find_layout(note).note_date == "1998-03-16"  # (the note's day, kept for the signature's turn)


def test_search_result_page_gives_one_notice_a_result(tmp_path):
    text = ("某某网 | 问答 资讯 文库 搜索\n\n某市 县政府 人事任免 通知\n\n为您找到相关结果约 2 个   排序：相关度 | 时间\n\n"
            "1. 某县人民政府关于甲乙等同志职务任免的通知_政务公开\n   来源：某县人民政府门户网站  2031-03-16 收录\n"
            "   某县人民政府关于甲乙等同志职务任免的通知\n   某政任〔2031〕3号\n   各乡镇人民政府，县直各单位：\n"
            "   经县人民政府研究，决定：\n   甲乙同志任县水利局局长；\n   免去丙丁同志的县民政局局长职务。\n"
            "                              某县人民政府\n                              二〇三一年三月十日\n   收起全文∧\n\n"
            "2. 某县人民政府办公室关于调整县某某保护工作领导小组的通知\n   来源：某县人民政府  2032-08-22 收录\n"
            "   某县人民政府办公室关于调整县某某保护工作领导小组的通知 某政办发〔2032〕45号 各乡镇人民政府： 因人事变动，"
            "决定对领导小组成员进行调整。 组长：戊己（县长） 成员：庚辛（县公安局副局长）\n   展开全文∨\n\n相关搜索\n"
            "  某县人事任免  某县领导小组\n\n上一页  1  下一页\n")
    found = read_notices(tmp_path, text)
    assert [(n.meta["title"], n.meta["published"]) for n in found] == [
        ("某县人民政府关于甲乙等同志职务任免的通知", "2031-03-16"),
        ("某县人民政府办公室关于调整县某某保护工作领导小组的通知", "2032-08-22")]


def test_wechat_headline_over_the_notice_with_its_issuer_on_a_line_of_its_own():
    doc = document("📢重磅！全省某某服务下沉“路线图”来了\n🔔家门口就能办！近日，某省某局印发《某省某某服务下沉工作实施方案》，"
                   "明确到年底实现服务全覆盖。一起来看👇👇👇\n某省某局\n关于印发《某省某某服务下沉工作实施方案》的通知\n"
                   "某发〔2032〕9号\n各设区市某局，省某局各处室：\n　　现将《某省某某服务下沉工作实施方案》印发给你们，请认真抓好贯彻落实。\n"
                   "某省某局\n2032年3月15日\n")
    assert doc.title == "某省某局关于印发《某省某某服务下沉工作实施方案》的通知"


def test_portal_named_as_the_posting_body_is_no_issuer(tmp_path):
    page = ("<html><head><meta charset=\"utf-8\"><title>某部某司关于成立某某工作专班的通知</title></head><body>"
            "<table class=\"info\"><tr><td>发布机构:</td><td>某部门户网站</td><td>发布日期:</td><td>2032-09-20</td></tr>"
            "<tr><td>文号:</td><td>某司函〔2032〕31号</td><td>成文日期:</td><td>2032-09-16</td></tr></table>"
            "<div class=\"content\"><p>某部某司关于成立</p><p>某某工作专班的通知</p><p>各有关单位：</p>"
            "<p>为做好某某工作，决定成立某某工作专班。</p><p>专班长：甲乙　某司司长</p><p>某部某司</p><p>2032年9月16日</p></div>"
            "</body></html>")
    (notice,) = read_notices(tmp_path, page, name="page.html")
    assert extract(notice).document.issuer == "某部某司"



def test_number_run_on_after_its_title_keeps_no_word_of_the_title():
    assert normalize_docnum("某某产业发展工作要点责任分解的通知某政办发〔2032〕36号") == "某政办发〔2032〕36号"
    assert normalize_docnum("某省人民政府关于某某的决定某政发〔2031〕5号") == "某政发〔2031〕5号"


def test_a_rare_surname_of_the_northwest():
    assert ("Position", "乜泓川", "省人大常委会", "主任") in posts(
        "5月8日，省人大常委会主任乜泓川到某县调研基层人大工作。\n")
