"""The document row of pages the real-pages corpora lose: a site's quoted tag set apart before a joint title
that promulgates, and a policy interpretation's own label for the body that wrote it. Made-up texts."""
from __future__ import annotations

from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta)).document


_BODY = "各街道办事处，区政府各委、办、局：\n现将《某区优化营商环境三年行动计划》印发给你们，请认真贯彻执行。\n"


def test_quoted_tag_before_a_spaced_joint_title_that_promulgates():
    d = doc("“党务政务信息公开” 中共某区委办公室 某区人民政府办公室印发《某区优化营商环境三年行动计划》的通知\n" + _BODY)
    assert d.title == "中共某区委办公室某区人民政府办公室印发《某区优化营商环境三年行动计划》的通知"
    assert d.issuer == "中共某区委办公室、某区人民政府办公室"
    assert d.kind == "plan"


def test_quoted_tag_before_a_title_with_about():
    d = doc("“政府信息公开” 某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n为做好防汛工作，现通知如下。\n")
    assert d.title == "某县人民政府办公室关于做好防汛工作的通知"
    assert d.issuer == "某县人民政府办公室"


def test_a_titles_own_quoted_term_stays():
    d = doc("关于推进“放管服”改革的实施意见\n各乡镇人民政府：\n为推进改革，提出如下意见。\n某县人民政府\n2024年3月2日\n")
    assert d.title == "关于推进“放管服”改革的实施意见"


def test_interpretation_names_its_writer_not_the_body_whose_notice_it_explains():
    text = ("2024年3月28日,某县人民政府印发了《某某工作任务分工方案》(某政字〔2024〕5号),现将主要内容解读如下:\n"
            "一、出台背景\n为确保各项工作任务落实到位，县政府办公室对任务进行了细化分解。\n"
            "政策解读单位:某县人民政府办公室\n")
    assert doc(text).issuer == "某县人民政府办公室"


def test_interpretation_label_with_spaces_and_a_town():
    text = ("来  源 : 某县某某镇人民政府 解读单位: 某县某某镇人民政府\n"
            "《关于成立某某镇耕地保护工作领导小组的通知》政策解读\n一、制定背景\n为加强耕地保护，镇政府成立领导小组。\n")
    assert doc(text).issuer == "某县某某镇人民政府"
