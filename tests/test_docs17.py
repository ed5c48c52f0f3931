"""Document rows of real pages (session 14, docs17): a session's report that only says an order was signed is
the report, not the order; an untitled cover letter is titled by the document it sends out, printed under its
signature. Every text is made up."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


@pytest.mark.parametrize("signed", [
    "国家主席王某某签署第三号主席令，根据大会的决定，对这次会议表决通过的国务院其他组成人员予以任命。",
    "国家主席王某某签署第八十一号主席令。张某某委员长主持闭幕会。",
])
def test_a_session_report_that_an_order_was_signed_is_the_report(signed):
    text = ("某届全国人大某次会议举行第六次全体会议\n"
            "新华社北京3月12日电 某届全国人大某次会议12日上午举行第六次全体会议，决定了国务院其他组成人员。"
            f"{signed}\n"
            "会议根据国务院总理的提名，经投票表决，决定甲某某为国务院副总理，乙某某为国务委员。\n"
            "会议应出席代表2900人，出席2890人，出席人数符合法定人数。\n")
    d = doc(text)
    assert d.number is None
    assert d.title == "某届全国人大某次会议举行第六次全体会议"
    assert d.issuer != "国家主席"


def test_a_report_of_an_order_signed_to_appoint_is_a_personnel_report():
    text = ("某届全国人大某次会议举行第六次全体会议\n"
            "新华社北京3月12日电 某届全国人大某次会议12日上午举行第六次全体会议。"
            "国家主席王某某签署第三号主席令，根据大会的决定，对这次会议表决通过的国务院其他组成人员予以任命。\n"
            "会议应出席代表2900人，出席2890人，出席人数符合法定人数。\n")
    assert doc(text).kind == "personnel"


@pytest.mark.parametrize("after", ["。主席令说，根据全国人民代表大会常务委员会第九次会议的决定：",
                                   "。\n根据全国人民代表大会常务委员会第九次会议的决定：",
                                   "。主席令全文如下："])
def test_a_report_that_quotes_the_order_takes_its_number(after):
    text = ("某部部长被免职\n某报 2019-06-02\n"
            f"国家主席王某某2日签署第二十号主席令{after}\n"
            "一、免去甲某某的某某部部长职务。\n二、任命乙某某为某某部部长。\n")
    assert doc(text).number == "第二十号主席令"


@pytest.mark.parametrize(("letter", "heading"), [
    # the sentence that names the document, then a short one that sends it
    ("为持续推进某市“清洁河湖”建设，研究制定了《某市“清洁河湖”建设提质增效实施方案》，明确了建设指标，补齐了治理短板。"
     "经市人民政府同意，现印发给你们，请认真贯彻执行。", "某市“清洁河湖”建设提质增效实施方案"),
    # a mirror's ?? for the spaces it lost, before the heading under the signature
    ("??经市政府同意，现将《某市防治结核病中长期规划(2019—2026年)》印发给你们，请认真贯彻执行。",
     "??某市防治结核病中长期规划(2019—2026年)"),
])
def test_an_untitled_cover_letter_is_titled_by_the_document_it_sends_out(letter, heading):
    text = ("某政办发〔2023〕12号\n各县(区)人民政府，市直各单位：\n"
            f"{letter}\n某市人民政府办公室\n2023年11月8日\n{heading}\n"
            "为深入贯彻落实有关部署，结合我市实际，制定本方案。\n一、总体要求\n（一）指导思想。坚持问题导向。\n")
    d = doc(text)
    assert d.title == heading.lstrip("?")
    assert d.kind == "plan"


def test_a_sharing_sites_name_for_the_notice_over_the_title_it_prints_over_its_addressees():
    text = ("您的位置:某某范文网 > 应用文档 > 公告通知 > 正文\n\n村委会关于元宵节灯会活动的通知\n\n"
            "公告通知范文 发布时间:2012/01/30\n\n村委会关于元宵节灯会活动的通知\n\n村委会关于年元宵节灯会活动的通知\n\n"
            "各村民小组:\n\n元宵节即将来临，经村两委研究决定举办元宵节灯会活动。现将有关事宜通知如下：\n"
            "一、活动内容\n1、正月十五晚在村文化广场举行灯谜竞猜。\n")
    assert doc(text).title == "村委会关于年元宵节灯会活动的通知"


def test_a_sites_title_over_the_number_issuer_and_the_notices_own_wrapped_title():
    text = ("关于成立第三次土地调查工作领导小组的通知\n\n  某政发〔2019〕6号\n\n  某某街道办事处\n\n"
            "  关于成立某某街道第三次全国土地调查\n\n  工作领导小组的通知\n\n各社区、街直各部门:\n\n"
            "  根据有关文件精神，为做好第三次全国土地调查工作，经研究，决定成立工作领导小组。\n"
            "  组  长：甲某某\n")
    d = doc(text)
    assert d.title == "关于成立某某街道第三次全国土地调查工作领导小组的通知"
    assert d.number == "某政发〔2019〕6号"


@pytest.mark.parametrize(("head", "own"), [
    # the same title with its issuer before it, or its dashes printed otherwise, stays the page's title
    ("某县人民政府关于印发某县全民健身实施计划(2021--2025年)的通知", "关于印发某县全民健身实施计划\n(2021-2025年)的通知"),
    ("某县人民政府关于开展秋季爱国卫生运动的通知", "关于开展秋季爱国卫生运动的通知"),
])
def test_the_same_title_printed_again_over_the_addressees_keeps_the_pages(head, own):
    text = (f"{head}\n关联导读:\n{own}\n各乡镇人民政府,县直各单位:\n"
            "经县政府同意，现将有关事项通知如下，请认真贯彻执行。\n某县人民政府\n2022年5月21日\n")
    assert doc(text).title == head


@pytest.mark.parametrize("site", ["县政府网站", "某部门户网站"])
def test_an_info_blocks_publisher_that_is_a_website_is_no_issuer(site):
    text = ("返回顶部\n\n某某县人民政府议事规则\n\n  • 索引号:\n\n    6100000000/2023-000101\n  • 发文机构:\n\n"
            f"    {site}\n  • 发文字号:\n\n    某政发〔2023〕3号\n  • 发布日期:\n\n    2023年03月02日 10:20\n\n"
            "某某县人民政府议事规则\n\n第一章总则\n\n一、为规范县政府议事行为，结合本县实际，制定本规则。\n")
    d = doc(text)
    assert d.issuer != site and not (d.issuer or "").endswith("网站")
    assert d.number == "某政发〔2023〕3号"


def test_a_law_databases_row_with_its_promulgation_day_gives_the_issuer():
    text = ("某政办〔2005〕12号\n颁布时间:2005-03-18 00:00:00.000 发文单位:某某省某市人民政府办公厅\n"
            "各县(市)、区人民政府,市政府各部门:\n为加强全市档案信息化工作，经市政府同意，现将有关事项通知如下：\n"
            "一、成立某市档案信息化工作领导小组，组长由市政府副秘书长甲某某同志担任。\n")
    d = doc(text)
    assert d.issuer == "某某省某市人民政府办公厅"
    assert d.number == "某政办〔2005〕12号"


@pytest.mark.parametrize(("posted", "printed", "signed"), [
    ("", "2023915日", "2023-09-15"),  # one reading only: 2023-9-15 (2023-91-5 is none)
    ("发布日期:2021-01-21\n", "2021121日", "2021-01-21"),  # 2021-12-1 would come after the page posted it
    ("", "2021121日", None),  # two readings and no day to tell them apart
    ("发布日期:2021-12-03\n", "2021121日", None),  # both on or before the day it was posted
])
def test_a_signing_date_whose_copy_lost_its_year_and_month_marks(posted, printed, signed):
    text = (f"{posted}某某镇人民政府关于开展秋季森林防火检查的通知\n各村民委员会:\n"
            "为做好秋季森林防火工作，经研究，决定开展一次全面检查，请认真抓好落实。\n"
            f"某某镇人民政府\n{printed}\n")
    assert doc(text).signed == signed


@pytest.mark.parametrize("title", ["以降低物流成本为重点优化发展环境的具体措施", "某县支持民营企业发展的十条措施",
                                   "某市人民政府办公室关于印发促进外贸稳增长若干措施的通知"])
def test_a_title_that_ends_with_its_measures_is_measures(title):
    text = (f"{title}\n各乡镇人民政府，县直各单位：\n为进一步优化发展环境，结合本地实际，制定如下措施。\n"
            "一、降低要素成本\n（一）落实电价优惠政策。\n某县人民政府\n2023年6月30日\n")
    assert doc(text).kind == "measures"


# --- a document-sharing site's preview in numbered pieces of one length (round 2) ---

from govkg.facts import Assignment  # noqa: E402
from govkg.ingest import read_file  # noqa: E402
from govkg.ingest.pieces import rejoin_pieces  # noqa: E402

_PLAN = ("某县推进集镇污水治理2023年工作方案为加快补齐集镇环境短板，结合本县实际，制定本方案。一、工作目标到年底，"
         "全县集镇生活污水收集率达到百分之八十以上。二、重点任务(一)完善收集管网。新建和改造集镇污水管网三十公里，"
         "消除管网空白区。(责任单位:县住建局、县水务局，各乡镇人民政府)(二)提升处理能力。对现有集镇污水处理站进行"
         "提标改造，确保出水稳定达标。(责任单位:县生态环境局、县水务局)(三)健全运维机制。建立专业化运维队伍，"
         "落实运维经费。(责任单位:县财政局、各乡镇人民政府)三、保障措施各乡镇要加强组织领导，确保各项任务落到实处。")


def _shared_page(body: str, size: int) -> str:
    """A made-up sharing site's page: its note, then the body cut into numbered pieces of ``size`` characters."""
    pieces = [body[i:i + size] for i in range(0, len(body), size)]
    return ("某县推进集镇污水治理2023年工作方案.docx\n"
            "《某县推进集镇污水治理2023年工作方案.docx》由会员分享,可在线阅读,更多相关《某县推进集镇污水治理2023年工作方案"
            ".docx(9页珍藏版)》请在某某文库上搜索。\n"
            + "\n".join(f"{n}、{p}" for n, p in enumerate(pieces, 1)) + "\n")


def test_numbered_pieces_of_one_length_are_one_text_again():
    page = _shared_page(_PLAN, 120)
    joined = rejoin_pieces(page)
    assert _PLAN in joined
    assert "\n2、" not in joined and "\n1、" not in joined


def test_a_name_cut_between_two_pieces_is_whole_again(tmp_path):
    size = _PLAN.index("县水务局，各乡镇") + 1  # the first piece ends inside 县水务局: 县 / 2、水务局
    path = tmp_path / "page.txt"
    path.write_text(_shared_page(_PLAN, size), encoding="utf-8")
    notice = next(iter(read_file(path)))
    assert "县水务局，各乡镇人民政府" in notice.text
    got = {(a.task, a.agency) for a in extract(notice).of(Assignment)}
    assert ("完善收集管网", "县水务局") in got
    assert not any(a.startswith("水务") for _, a in got)


@pytest.mark.parametrize("page", [
    # items of a plan numbered 1、2、3、 on lines of their own, under a sharing note: not pieces (lengths differ)
    "《某镇工作要点.docx》由会员分享,可在线阅读。\n1、加强组织领导，镇成立工作专班。\n2、落实工作责任，各村明确专人负责具体工作。\n3、强化督查考核。\n",
    # pieces of one length without a sharing site's note: left alone
    "1、" + "甲" * 120 + "\n2、" + "乙" * 120 + "\n3、丙丙\n",
    # a sharing note, but the numbers are not in order
    "《某镇工作要点.docx》由会员分享\n1、" + "甲" * 120 + "\n3、" + "乙" * 120 + "\n4、丙丙\n",
])
def test_lines_that_are_not_a_previews_pieces_are_left_alone(page):
    assert rejoin_pieces(page) == page


# --- a site's weather widget over the page; a reader count and a newspaper's day of printing in the info row ---

_WIDGET = ("×\n某县\n31°\n晴\n某县\n08:00发布\n31 °\n晴转多云\n东北风 2级\n空气良 58\n相对湿度 60%\n今天\n多云\n22°/31°\n"
           "周五\n小雨 / 阴\n21°/28°\n周六\n雷阵雨\n20°/27°\n周日\n阴\n19°/26°\n\n")


def test_a_weather_widget_over_the_page_is_not_its_first_lines():
    text = (_WIDGET + "简体 丨 手机版 丨 无障碍浏览\n首页 > 政务公开 > 县府办文件\n"
            "某县人民政府办公室关于成立某县乡村道路安全工作领导小组的通知\n某府办函〔2022〕17号\n"
            "各乡镇人民政府，县有关单位：\n为加强乡村道路安全管理，经县人民政府同意，决定成立某县乡村道路安全工作领导小组。\n")
    d = doc(text)
    assert d.title == "某县人民政府办公室关于成立某县乡村道路安全工作领导小组的通知"
    assert d.number == "某府办函〔2022〕17号"


def test_weather_words_in_a_notice_are_its_own():
    text = ("某县人民政府关于做好高温天气防范工作的通知\n各乡镇人民政府：\n高温\n近期我县持续晴热，最高气温达38°。\n"
            "今天\n各地要做好防暑降温工作。\n某县人民政府\n2022年7月20日\n")
    d = doc(text)
    assert d.title == "某县人民政府关于做好高温天气防范工作的通知"


@pytest.mark.parametrize("row, day", [
    ("阅读次数:- 信息来源: 某县人民政府办公室 发布时间:2022-06-08", "2022-06-08"),
    ("点击数:35 发布时间:2022-06-08", "2022-06-08"),
    ("刊发日期:2022-06-08 阅读次数: 作者:某某", "2022-06-08"),
])
def test_a_reader_count_or_a_day_of_printing_in_the_info_row(row, day):
    text = ("某县召开防汛工作会议\n" + row + "\n本报讯 6月6日，某县召开防汛工作会议，安排部署今年防汛工作。\n")
    assert doc(text).published == day


def test_a_shared_files_pieces_in_an_html_page_are_one_text_again(tmp_path):
    size = _PLAN.index("县水务局，各乡镇") + 1
    body = _shared_page(_PLAN, size).replace("\n", "<br>\n")
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>某某文库</title></head><body><div>{body}</div></body></html>", encoding="utf-8")
    notice = next(iter(read_file(path)))
    assert "县水务局，各乡镇人民政府" in notice.text
