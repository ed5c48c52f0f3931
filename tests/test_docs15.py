"""Document rows of pages as real sites print them (session 12, docs15): a number opening the addressees' line
it runs into, a document-sharing page's excerpt whose heading runs into its first sentence. Every text is made
up."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


@pytest.mark.parametrize("addressees", ["甲县、乙县林业和草原局,丙区各街道(乡)、市直机关各部门、各国有林场、有关企事业单位:",
                                        "丁旗农牧局，戊旗各苏木镇人民政府，己旗各嘎查村民委员会，市农牧系统各直属单位："])
def test_a_number_opening_the_addressees_line_is_the_notices_number(addressees):
    text = ("关于开展全市林业系统冬季长跑比赛的通知\n"
            f"某林发〔2016〕207号{addressees}\n"
            "为丰富职工业余生活,经研究,决定开展全市林业系统冬季长跑比赛,现将有关事项通知如下:\n"
            "一、比赛时间\n2016年12月10日。\n某市林业局\n2016年11月20日\n")
    assert doc(text).number == "某林发〔2016〕207号"


def test_a_number_opening_a_line_of_running_text_is_a_citation():
    text = ("关于做好秋季防火工作的通知\n各乡镇人民政府:\n"
            "某政发〔2015〕9号文件要求,各乡镇、各村、各林场及各有关单位要切实落实秋季森林防火的各项责任:\n为做好秋季防火工作,现通知如下。\n"
            "某县人民政府\n2016年9月1日\n")
    assert doc(text).number is None


@pytest.mark.parametrize("label", ["文档简介", "文档介绍:"])
@pytest.mark.parametrize(("heading", "kind"), [("某镇重阳节敬老活动方案", "plan"),
                                               ("某县植树节义务植树工作计划(草案)", "plan")])
def test_a_shared_excerpts_heading_run_into_its_first_sentence(label, heading, kind):
    text = ("版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报\n"
            f"{label}\n{heading}九九重阳节即将到来,为了弘扬尊老敬老的传统美德,丰富老年人的精神文化生活,"
            "结合我镇实际,特制定本方案。一、组织领导成立活动筹备领导小组,组长:甲某某\n")
    d = doc(text)
    assert d.title == heading
    assert d.kind == kind


def test_a_shared_excerpts_kind_word_inside_a_longer_name_does_not_end_the_heading():
    text = ("文档简介\n某县人民政府关于印发某县防汛应急预案的通知各乡镇人民政府,县直各部门:现将《某县防汛应急预案》"
            "印发给你们,请认真贯彻执行。\n")
    assert doc(text).title == "某县人民政府关于印发某县防汛应急预案的通知"


@pytest.mark.parametrize(("printed", "issuer"), [
    ("某某部办公厅 某某总局规划司", "某某部办公厅、某某总局规划司"),
    ("甲省教育厅 甲省财政厅 甲省人力资源和社会保障厅", "甲省教育厅、甲省财政厅、甲省人力资源和社会保障厅"),
])
def test_joint_bodies_a_title_prints_apart_with_spaces_are_its_issuers(printed, issuer):
    text = (f"网站首页 政务公开\n{printed}关于开展某某示范县评选工作的通知\n2020-05-06 来源:某网站\n"
            "各市县有关部门:\n为推动某某工作,现就开展示范县评选有关事项通知如下。\n一、评选范围\n略。\n")
    assert doc(text).issuer == issuer


def test_a_place_and_a_body_apart_are_not_two_issuers():
    text = ("网站首页 政务公开\n某某县 县人民政府办公室关于开展某某检查的通知\n2020-05-06 来源:某网站\n"
            "各乡镇:\n为推动某某工作,现通知如下。\n")
    assert doc(text).issuer != "某某县、县人民政府办公室"


@pytest.mark.parametrize("mask", ["(略)", "××", "＊＊"])
def test_a_masked_name_signing_the_notice_is_no_issuer(mask):
    text = ("某政办〔2019〕7号\n各县人民政府,省政府各部门:\n《某某示范区建设工作方案》已经省政府同意,现印发给你们,请认真组织实施。\n"
            f"{mask} 人民政府办公厅\n2019年5月6日\n某某示范区建设工作方案\n为推进示范区建设,制定本方案。\n")
    assert doc(text).issuer is None


def test_a_headline_under_a_long_info_block_is_the_pages_title():
    text = ("某市某区某某镇人民政府\n索 引 号:12A345/ZK-2022-000031\n公开责任部门:某某镇人民政府\n"
            "信息名称:某某镇召开秋季防火工作推进会\n文   号:\n信息有效性:有效\n生成日期:2022-10-11 09:10\n"
            "发布日期:2022-10-12 09:10\n内容概述:\n某某镇召开秋季防火工作推进会\n"
            "为做好秋季森林防火工作,10月11日,某某镇召开秋季防火工作推进会,镇党委书记甲某某出席会议并讲话。\n")
    assert doc(text).title == "某某镇召开秋季防火工作推进会"


def test_an_info_blocks_day_ends_at_the_space_before_the_time_of_day():
    text = ("文件发布\n某区管委会办公室关于成立某某工作领导小组的通知\n发布日期:2019/6/2 10:35:00来源:管委会办公室阅读:(\n"
            "某管办发〔2019〕3号\n各部门:\n为加强领导,决定成立某某工作领导小组。\n")
    assert doc(text).published == "2019-06-02"


@pytest.mark.parametrize("dateline", ["时间:2020/11/5 08:12:40|本文来源:某县融媒体中心 |作者:甲某",
                                      "来源: 某某网 2020-11-05 08:12:40"])
def test_a_news_pages_dateline_with_its_label_or_source_is_the_posting_day(dateline):
    text = (f"某县人大常委会举行宪法宣誓仪式\n{dateline}\n"
            "11月5日,某县人大常委会举行宪法宣誓仪式,县人大常委会主任乙某某主持并监誓。\n")
    assert doc(text).published == "2020-11-05"


def test_a_reports_list_of_moves_after_semicolons_is_a_personnel_report():
    text = ("某省国资委:甲某某任某某能源集团有限公司党委书记、董事长\n5月6日,某省国资委官网发布某某能源集团有限公司领导人员情况。\n"
            "甲某某任某某能源集团有限公司党委书记、董事长;乙某某任某某能源集团有限公司党委副书记、董事;"
            "丙某某任某某能源集团有限公司党委常委、副总经理。\n")
    assert doc(text).kind == "personnel"


def test_a_group_role_after_a_semicolon_is_no_move():
    text = ("某县成立防汛工作专班\n为做好防汛工作,县政府决定成立防汛工作专班,甲某某任组长;乙某某任副组长;"
            "各乡镇、县直各部门主要负责人为成员。\n")
    assert doc(text).kind != "personnel"
