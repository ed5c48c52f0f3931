"""Notices inside the page layouts of government sites: info blocks printed as text, numbers
printed after the title, notices whose line breaks were lost, list pages with several notices."""
from __future__ import annotations

from govkg.facts import Appointment, Assignment, Citation, Membership, Position
from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta))


def test_info_block_pairs_with_an_empty_number_cell():
    text = """首页 > 信息公开 > 信息浏览
索引号: 0031/2023-00042 组配分类: 人事信息
信息分类: 通知   发布机构: 某县人民政府
生成日期: 2023-03-02 文号:
发文日期: 2023-03-02 生效时间:
废止时间: 名称: 某县人民政府关于张明等同志职务任免的通知
浏览次数: 12 内容概述:

某县人民政府关于张明等同志职务任免的通知

某政任〔2023〕2号

各乡镇人民政府，县政府各部门：

经县政府研究，决定：
张明同志任县水利局局长。

某县人民政府
2023年2月27日
"""
    d = run(text).document
    assert (d.title, d.number, d.issuer, d.signed) == (
        "某县人民政府关于张明等同志职务任免的通知", "某政任〔2023〕2号", "某县人民政府", "2023-02-27")


def test_info_block_with_labels_glued_to_values_gives_the_number_and_no_citation():
    text = """某市人民政府办公室关于成立某市数据工作专班的通知
发布时间：2023-05-04 09:00来源：市政府办公室浏览次数：
索引号0001/2023-00110发文机关某市人民政府办公室成文日期2023年05月02日文号某府办函〔2023〕9号主题分类综合政务
各区县人民政府，市级各部门：
市政府决定成立某市数据工作专班。现将有关事项通知如下：
组长：王立新市委常委、副市长
副组长：李红梅市政府副秘书长，赵国强市大数据局局长
某市人民政府办公室
2023年5月2日
"""
    nf = run(text)
    assert nf.document.number == "某府办函〔2023〕9号"
    assert not nf.of(Citation)
    assert {(m.person, m.role) for m in nf.of(Membership)} >= {("李红梅", "副组长"), ("赵国强", "副组长")}
    assert {(p.person, p.post.agency, p.post.title) for p in nf.of(Position)} >= {
        ("李红梅", "市人民政府", "副秘书长"), ("赵国强", "市大数据局", "局长")}


def test_number_printed_after_the_title_is_the_notices_number():
    text = """中共某市委办公室某市人民政府办公室关于成立某市营商环境工作领导小组的通知(某办发〔2023〕5号)
各区县委、人民政府，市直各单位：
经研究，决定成立某市营商环境工作领导小组。
组　长：王立新　市长
中共某市委办公室
某市人民政府办公室
2023年3月1日
"""
    d = run(text).document
    assert d.number == "某办发〔2023〕5号"
    assert d.title == "中共某市委办公室某市人民政府办公室关于成立某市营商环境工作领导小组的通知"
    assert d.issuer == "中共某市委办公室、某市人民政府办公室"


def test_a_notice_on_one_line_keeps_its_number_and_signature():
    text = ("某州人民政府关于张明等同志职务任免的通知\n2023-06-01 10:00 来源：某州人民政府门户网站\n"
            "某政任〔2023〕8号各县、市人民政府，州直各委、办、局：经州人民政府研究，决定：张明同志任州水务局局长；"
            "李华同志任州财政局副局长（试用期一年）。某某族自治州人民政府　2023年5月29日\n")
    nf = run(text)
    assert (nf.document.number, nf.document.issuer, nf.document.signed) == (
        "某政任〔2023〕8号", "某某族自治州人民政府", "2023-05-29")
    assert {(a.person, a.post.agency) for a in nf.of(Appointment)} == {("张明", "州水务局"), ("李华", "州财政局")}
    assert not nf.of(Citation)


def _listing(tmp_path, body: str):
    path = tmp_path / "list.txt"
    path.write_text(body, encoding="utf-8")
    return [n for n in read_inputs([path]) if isinstance(n, RawNotice)]


def test_list_pages_with_the_date_on_the_title_line_split_into_notices(tmp_path):
    bracketed = """某县人民政府 > 政府文件

· 某县人民政府关于张明同志任职的通知 [2023-08-22]
  某政任〔2023〕9号
  经县政府研究，决定：张明同志任县水利局局长。
  某县人民政府
  2023年8月20日

· 某县人民政府关于李华同志任职的通知 [2023-08-15]
  某政任〔2023〕8号
  经县政府研究，决定：李华同志任县财政局局长。
  某县人民政府
  2023年8月13日

共2条记录 1/1页
"""
    spaced = bracketed.replace("· ", "").replace(" [", "    ").replace("]", "")
    for page in (bracketed, spaced):
        notices = _listing(tmp_path, page)
        assert [n.meta["published"] for n in notices] == ["2023-08-22", "2023-08-15"]
        assert [n.meta["title"] for n in notices] == ["某县人民政府关于张明同志任职的通知", "某县人民政府关于李华同志任职的通知"]
        assert "共2条" not in notices[-1].text
        numbers = [extract(n).document.number for n in notices]
        assert numbers == ["某政任〔2023〕9号", "某政任〔2023〕8号"]


def test_a_decree_on_one_line_gives_number_issuer_and_kind():
    text = """某通讯社北京3月2日电 中华人民共和国主席令 第九号
根据中华人民共和国全国人民代表大会常务委员会第八次会议于2023年3月1日的决定：
免去张明的水利部部长职务；
任命李华为水利部部长。
中华人民共和国主席 王某
2023年3月1日(完)
"""
    d = run(text).document
    assert (d.number, d.issuer, d.signed, d.kind) == ("中华人民共和国主席令第九号", "中华人民共和国主席", "2023-03-01",
                                                      "personnel")
    assert not d.title


def test_an_issuer_printed_by_its_level_alone_takes_the_place_the_page_names():
    text = """某某法规网 > 法律法规
某某市河道管理办法
某某省青山市人民政府
某某市河道管理办法
市人民政府令第12号
《青山市河道管理办法》已经市人民政府常务会议通过，现予公布。
市长 张明
二〇一一年八月十日
第一条 为了加强河道管理，制定本办法。
"""
    d = run(text).document
    assert (d.number, d.issuer) == ("市人民政府令第12号", "青山市人民政府")


def test_a_signing_date_with_a_note_beside_it():
    text = """某市委办公室 某市人民政府办公室
关于印发《某市河长制工作方案》的通知
某办发〔2017〕9号
各乡镇党委、人民政府：
《某市河长制工作方案》已经市委、市政府同意，现印发给你们。
中共某市委办公室
某市人民政府办公室

(此件发至乡)                  2017年6月13日
"""
    d = run(text).document
    assert (d.issuer, d.signed) == ("中共某市委办公室、某市人民政府办公室", "2017-06-13")


def test_a_listed_decision_under_a_label_makes_a_news_page_personnel():
    text = """某区人大常委会召开第九次会议
本网讯 区人大常委会召开第九次会议，表决通过人事任免名单。
某区人民代表大会常务委员会任命名单
决定任命：
张明为某区人民政府副区长。
"""
    assert run(text).document.kind == "personnel"


def test_a_task_table_copied_one_cell_per_line_is_read_as_rows():
    text = """某县人民政府办公室关于印发《某县2024年节水重点任务分解表》的通知
某府办字〔2024〕3号
各乡镇人民政府，县直各单位：
现将分解表印发给你们。表中有多个责任单位的，排名第一的为牵头单位。
某县人民政府办公室
2024年3月8日
序号
重点任务
责任单位
完成时限
1
推进农业节水
县农业农村局、县水务局
2024年10月底
2
开展节水宣传
县水务局
全年
"""
    nf = run(text)
    assert nf.document.kind == "plan"
    got = {(a.task, a.role, a.agency) for a in nf.of(Assignment)}
    # (the note names a lead only among several units: a body alone on its task is responsible for it, as layouts137
    # and layouts167 read such a note; layouts2's gold, which makes it the lead, is the one that reads otherwise)
    assert got == {("推进农业节水", "lead", "县农业农村局"), ("推进农业节水", "responsible", "县水务局"),
                   ("开展节水宣传", "responsible", "县水务局")}


def test_a_news_page_headline_under_a_column_name():
    text = """政府信息公开

市人大常委会决定张明为代理市长

来源:某某新闻网 发布时间:2018-12-26 00:00 浏览次数: 打印
  今日,市人大常委会会议决定任命张明为市人民政府副市长,并决定为代理市长。
"""
    assert run(text).document.title == "市人大常委会决定张明为代理市长"


def test_a_headline_with_a_date_the_site_appended():
    text = """某某网址_官网

某县农机局正式挂牌(2007-09)

日期: 2007-09-17  来源:某县农机局
  经县委、县政府同意，在县农业局加挂县农机局牌子。
"""
    assert run(text).document.title == "某县农机局正式挂牌(2007-09)"


def test_a_number_whose_brackets_were_lost():
    text = """某县领导小组办公室关于印发某县振兴发展实施方案的通知
浏览次数: 信息来源:某县发改委 发布时间:2022-11-14 15:00
某振兴办202211
各乡镇人民政府，县直有关单位：
现将《某县振兴发展实施方案》印发给你们，请认真贯彻落实。
"""
    assert run(text).document.number == "某振兴办〔2022〕11号"


def test_a_number_whose_closing_bracket_was_lost():
    text = """关于调整某市某某委员会组成人员的通知
信息来源:某市某某办 发布时间:2022-11-08 09:12
某爱卫办〔202210
各县、市、区，市直各单位：
经研究，决定调整某市某某委员会组成人员。引用某党办﹝201875号文件。
"""
    nf = run(text)
    assert nf.document.number == "某爱卫办〔2022〕10号"
    assert "某党办〔2018〕75号" in nf.text


def test_a_page_path_that_ends_with_the_headline_and_its_date_gives_the_title():
    text = """某某城市网
上传视频功能暂未开放
视频首页>>某某网>>我市召开某某工作动员大会    2011-05-31 00:00:00    浏览
发表评论

5月31日,我市召开全市某某工作动员大会。市委书记张明出席会议并讲话。
"""
    assert run(text).document.title == "我市召开某某工作动员大会"


def test_a_caption_or_a_section_heading_is_no_title():
    caption = """
(某县委常委、副县长张明)

12月13日,某县委常委、副县长张明主持召开专题会议,讨论某某工作。
"""
    section = """第一节 机构设置及人事更迭
根据有关规定,某区第二届人民代表大会选举产生了某区人大常委会。
"""
    assert not run(caption).document.title  # (no title: the document row carries null)
    assert not run(section).document.title


def test_a_decree_header_under_a_law_sites_furniture():
    text = """您的位置: 首页 » 法律资料网 » 法律法规 »

某市人民代表大会常务委员会听证条例

时间:2024-07-23 15:15:41 来源: 法律资料网 作者:法律资料网 阅读:8077
下载地址: 点击此处下载

某市人民代表大会常务委员会听证条例

某省某市人大常委会


某市人民代表大会常务委员会听证条例

某市人民代表大会常务委员会公告

第三十七号

  某市第三届人民代表大会常务委员会第十一次会议审议通过的《某市人民代表大会常务委员会听证条例》，现予公布。
"""
    d = run(text).document
    assert (d.number, d.title) == ("某市人民代表大会常务委员会公告第三十七号", "某市人民代表大会常务委员会听证条例")


def test_an_order_numbered_under_its_issuers_name_cites_what_it_repeals():
    text = """某省人民政府


第231号

某省人民政府关于废止和修改部分省政府规章的决定

  为了维护法制统一，省政府决定：
  (一)《某省城市市容和环境卫生管理办法》(1994年5月22日某省人民政府令第13号发布,根据1997年12月26日某省人民政府令第85号修改)
  (二)《某省发展应用新型墙体材料管理规定》(2002年4月4日某省人民政府令第137号公布)
"""
    nf = run(text)
    assert (nf.document.number, nf.document.issuer) == ("第231号", "某省人民政府")
    cited = {(c.title, c.number) for c in nf.facts if isinstance(c, Citation)}
    assert cited == {("某省城市市容和环境卫生管理办法", "某省人民政府令第13号"), (None, "某省人民政府令第85号"),
                     ("某省发展应用新型墙体材料管理规定", "某省人民政府令第137号")}


def test_a_two_part_news_headline_joined_by_a_colon():
    text = """某委现“高配班子”:已5名正部级副主任

7月2日上午,某部网站发布的消息显示,某部副部长张明任某部党组副书记一职。
"""
    assert run(text).document.title == "某委现“高配班子”:已5名正部级副主任"
    assert not run("来源：某某新闻网\n\n7月2日上午,某部副部长张明任某部党组副书记一职。\n").document.title


def test_a_report_that_quotes_a_list_then_prints_it_under_its_title_and_date():
    text = """11月24日,某省人民政府网站发布《某省省级总河长、河长名单》。
下载附件
2021-11-26 10:18 上传
某省省级总河长、河长名单(2021年11月22日)
一、省级总河长、副总河长
总河长:张明 省委书记 李华 省委副书记、省长
副总河长:王强 省委常委、常务副省长 赵刚 省政府副省长
"""
    nf = run(text)
    assert nf.document.title == "某省省级总河长、河长名单"
    got = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert got == {("张明", "省委", "书记"), ("李华", "省委", "副书记"), ("李华", "省人民政府", "省长"),
                   ("王强", "省委", "常委"), ("王强", "省人民政府", "常务副省长"), ("赵刚", "省人民政府", "副省长")}


def test_a_cover_letter_does_not_take_the_title_of_what_it_promulgates():
    text = """(二OO八年二月二十六日)
某府办〔2008〕18号
各镇人民政府,各街道办事处:
经区政府常务会议研究同意,现将《2008年政府工作目标任务分解》印发给你们。请认真贯彻落实。
特此通知
2008年政府工作目标任务分解
一、加快发展
"""
    assert run(text).document.title == "2008年政府工作目标任务分解"  # (real8 call 1; real2 e29 gold says null)


def test_a_motion_signed_by_the_premier_is_issued_by_the_state_council():
    text = ("全国人民代表大会常务委员会：一、为了加强国务院的领导工作，提请任命张明同志为国务院副总理。二、提请免去李华同志的国务院副总理职务。"
            "请审议决定。国务院总理王某某一九八○年四月二日\n")
    d = run(text).document
    assert (d.issuer, d.signed) == ("国务院", "1980-04-02")


def test_a_news_report_names_the_issuer_of_what_it_reports():
    text = """某省人民政府近日发布了一批人事任免通知，其中提到，省政府决定免去张明的省水利厅副厅长职务。
张明，男，1970年生。
"""
    assert run(text).document.issuer == "某省人民政府"


def test_a_signing_date_after_lost_spaces():
    text = """各县(市)、区人民政府：
??经市政府同意，现将《某市慢性病防治规划》印发给你们，请认真贯彻执行。
某市人民政府办公室
??2018年5月14日
"""
    d = run(text).document
    assert (d.issuer, d.signed) == ("某市人民政府办公室", "2018-05-14")


def test_kinds_of_untitled_and_promulgating_notices_that_allocate_tasks():
    untitled = """各市、县人民政府：
《某区稳定粮食生产工作方案》已经自治区人民政府同意，现印发给你们，请认真组织实施。
2020年12月29日
"""
    assert run(untitled).document.kind == "plan"
    attached = """各区人民政府，市各委办局：
市政府将2015年政府工作任务分解为15项工作任务，现下达给你们，请认真组织实施。
附件：某市2015年政府工作任务分解表
某市人民政府
2015年2月17日
"""
    assert run(attached).document.kind == "plan"
    promulgating = """某府办〔2006〕19号
关于印发2006年政府工作报告要求重点做好的工作事项的通知
各区人民政府，市政府各部门：
现将《工作事项》印发给你们，请抓好落实。
某市人民政府办公厅
二○○六年四月二十八日
(一)建设汽车产业基地。(牵头单位：市经贸委；配合单位：市发改委)
(二)推进石化基地建设。(牵头单位：市发改委；配合单位：市经贸委)
(三)建设物流园区。(牵头单位：市交委；配合单位：市发改委)
"""
    assert run(promulgating).document.kind == "plan"


def test_a_report_of_a_signed_order_takes_its_number():
    text = """某部长被免职

某报 2023-10-24
国家主席王某某24日签署第十四号主席令。主席令说，根据全国人民代表大会常务委员会第六次会议的决定：
一、免去张明的国防部部长职务。
二、免去李华的财政部部长职务、任命赵强为财政部部长。
"""
    d = run(text).document
    assert (d.number, d.issuer, d.kind) == ("第十四号主席令", "国家主席", "personnel")


def test_two_bodies_signing_one_above_the_other_after_lost_spaces():
    text = """国务院、中央军委关于成立国家某某领导小组的通知
国发〔1989〕27号
各省、自治区、直辖市人民政府：
国务院、中央军委决定成立国家某某领导小组。
?
? 国 务 院
中 央 军 委
? 一九八九年三月十日
"""
    d = run(text).document
    assert (d.issuer, d.signed) == ("国务院、中央军委", "1989-03-10")


def test_cited_numbers_whose_closing_bracket_was_lost():
    text = """某县办公室关于印发某县振兴发展实施方案的通知
某振兴办〔2022〕11号
各乡镇人民政府：
根据《国务院关于支持老区振兴发展的意见》国发〔20213和《某省实施意见》某政办〔202178《某省规划》，制定本方案。
"""
    got = {c.number for c in run(text).of(Citation)}
    assert got == {"国发〔2021〕3号", "某政办〔2021〕78号"}


def test_a_signature_and_its_date_side_by_side():
    text = """某县人民政府关于张明同志任职的通知
某政任〔2024〕3号
各乡镇人民政府：
经县政府研究，决定：张明同志任县水利局局长。
                                        某县人民政府          2024年5月1日
"""
    d = run(text).document
    assert (d.issuer, d.signed) == ("某县人民政府", "2024-05-01")


def test_list_pages_with_the_date_under_the_title_split_into_notices(tmp_path):
    page = """政府文件
某县人民政府关于张明同志任职的通知
2023-08-22
某政任〔2023〕9号 经县政府研究，决定：张明同志任县水利局局长。 某县人民政府 2023年8月20日
某县人民政府关于李华同志任职的通知
2023-08-15
某政任〔2023〕8号 经县政府研究，决定：李华同志任县财政局局长。 某县人民政府 2023年8月13日
"""
    notices = _listing(tmp_path, page)
    assert [n.meta["published"] for n in notices] == ["2023-08-22", "2023-08-15"]
    assert [extract(n).document.number for n in notices] == ["某政任〔2023〕9号", "某政任〔2023〕8号"]


def test_an_info_table_label_a_reader_may_not_know(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>某县人民政府关于成立某县防汛指挥部的通知</title></head><body>
<table><tr><td>发文号：</td><td>某政发〔2024〕8号</td><td>成文日期：</td><td>2024-05-06</td></tr></table>
<div class="article-content"><h1>某县人民政府关于成立某县防汛指挥部的通知</h1>
<p>各乡镇人民政府：</p><p>县政府决定成立某县防汛指挥部，组成人员如下：</p>
<p>指挥长：张明　县长</p><p style="text-align:right">某县人民政府</p><p>2024年5月6日</p></div></body></html>
"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    notice = next(n for n in read_inputs([path]) if isinstance(n, RawNotice))
    assert extract(notice).document.number == "某政发〔2024〕8号"


def test_the_notices_own_title_under_the_pages_shortened_one():
    text = """江海省关于成立江海省科技创新中心建设领导小组的通知
- 来源:
- 发布时间:
- 2019年08月27日
江海省人民政府办公厅关于成立江海省
科技创新中心建设领导小组的通知
某办函〔2019〕271号
各地级以上市人民政府，省政府各部门：
省政府决定成立江海省科技创新中心建设领导小组。
省政府办公厅
2019年8月1日
"""
    d = run(text).document
    assert d.title == "江海省人民政府办公厅关于成立江海省科技创新中心建设领导小组的通知"
    assert d.issuer == "江海省人民政府办公厅"


def test_a_table_row_ending_in_a_unit_and_a_date_is_not_a_signature():
    """A task table's row (tab-separated cells) ends with units and a deadline: it is one row,
    not a line whose lost break put a signature before its date."""
    nf = run("关于印发某区重点任务分工表的通知\n各部门：\n现将分工表印发给你们。\n某区人民政府办公室\n2024年3月1日\n"
             "序号\t重点任务\t主要内容\t牵头单位\t配合单位\t完成时限\n"
             "1\t培育龙头企业\t实施“链主”企业培育计划，支持骨干企业兼并重组、上市融资，每年遴选一批成长型企业开展重点培育。\t区工业和信息化局\t区财政局、区市场监管局\t2026年12月\n"
             "2\t建设直播基地\t依托批发市场建设直播电商基地，培育本土主播和电商服务机构，带动就业创业。\t区商务局\t各镇街\t2025年6月\n")
    got = sorted((f.task, f.role, f.agency) for f in nf.facts if isinstance(f, Assignment))
    assert ("培育龙头企业", "lead", "区工业和信息化局") in got
    assert ("培育龙头企业", "support", "区财政局") in got and ("培育龙头企业", "support", "区市场监管局") in got
    assert ("建设直播基地", "lead", "区商务局") in got


def test_a_group_list_flattened_onto_one_line_with_asides_and_the_office_sentence():
    """A page that lost every line break of a group notice: ``组 长:甲 某职 副组长:乙(女) 某职 成 员:丙 某职 丁(女)
    某职 戊 某职 领导小组下设办公室,…``: a person's aside is not a line's end, the office sentence is a line of its own."""
    text = ("某镇人民政府关于调整某镇防汛工作领导小组成员的通知\n"
            "各村: 因人员变动,经镇政府研究,决定调整某镇防汛工作领导小组成员。现将调整后的名单通知如下: "
            "组 长:张某某 镇党委副书记、镇长 副组长:王某某(女) 镇党委委员、副镇长 成 员:李某某 镇农业农村办主任 "
            "赵某某(女) 镇应急管理站站长 刘某某 镇派出所所长 领导小组下设办公室,办公室设在镇应急管理站,"
            "赵某某同志兼任办公室主任,负责领导小组日常工作。 某某县某镇人民政府 2024年6月3日\n")
    nf = run(text)
    g = "某镇防汛工作领导小组"
    assert {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)} == {
        (g, "张某某", "组长"), (g, "王某某", "副组长"), (g, "李某某", "成员"), (g, "赵某某", "成员"), (g, "刘某某", "成员"),
        (g + "办公室", "赵某某", "主任")}
    assert {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)} >= {
        ("王某某", "镇党委", "委员"), ("王某某", "镇人民政府", "副镇长"), ("赵某某", "镇应急管理站", "站长"),
        ("刘某某", "镇派出所", "所长")}


def test_a_persons_aside_in_a_long_flattened_text_is_not_a_lost_line_break():
    """In a whole notice run onto one line a space after ``)`` is read as a lost line break, but not after a
    person's aside (``副组长:王某某(女) 镇党委委员``); the office sentence after the last member opens a line."""
    from govkg.extract.layout import split_lines
    raw = ("某镇人民政府关于调整某镇防汛工作领导小组成员的通知 "
           "各村: 因人员变动,经镇政府研究,决定调整某镇防汛工作领导小组成员。现将调整后的名单通知如下: "
           "组 长:张某某 镇党委副书记、镇长 副组长:王某某(女) 镇党委委员、副镇长 成 员:李某某 镇农业农村办主任 "
           "赵某某(女) 镇应急管理站站长 刘某某 镇派出所所长 领导小组下设办公室,办公室设在镇应急管理站,"
           "赵某某同志兼任办公室主任,负责领导小组日常工作。 某某县某镇人民政府 2024年6月3日")
    texts = [ln.text for ln in split_lines(raw)]
    assert "副组长:王某某(女) 镇党委委员、副镇长" in texts
    assert "成 员:李某某 镇农业农村办主任 赵某某(女) 镇应急管理站站长 刘某某 镇派出所所长" in texts


def test_a_news_headline_with_a_post_and_a_quoted_word_is_a_headline():
    """``某某关键执行者 特殊的5个“自治区”政府主席``: a title in a headline makes it a member line only where nothing
    else says it is not one; a quoted word is never in a member line."""
    from govkg.extract.layout import find_layout
    text = ("某某关键执行者 特殊的5个“自治区”政府主席\n\n撰写:\n最后更新日期:\n\n"
            "某某自治区政府主席甲某某是首个女性政府主席。\n五个自治区的政府主席分别是甲某某、乙某某。\n")
    assert find_layout(text).title == "某某关键执行者特殊的5个“自治区”政府主席"
