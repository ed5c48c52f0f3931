"""Document rows of real notices (session 16, round 3, docs20). Every text is made up.

- An untitled cover letter (a page whose info block gives its number, and no title) that says it made the document
  it sends (经研究，制定《某某应急预案》，现印发给你们 / 经研究特制定《某某实施方案》。): the kind of what it sends.
- A town's page whose info block names the issuer by the town alone (发布机构 | 某某镇) over a numbered notice whose
  signature prints the government in full (某市某区某某镇人民政府 2031年6月2日): the signature's name.
- A red-header document whose cover-letter title opens with 印发/转发 (no 关于) and wraps over two lines
  (印发某区某某突发事件 / 应急处置预案的通知): the whole title, and the kind of what it promulgates; its masthead
  (某市某区人民政府办公室文件) the issuer, where neither title nor signature names one.
- A rule's article that divides duties among named bodies (第四条 市甲局是某某的监督管理机关，负责…。市乙局、市丙局按各自
  职责负责…。市丁委员会办公室(下简称市丁办)负责…): each body responsible for its duty; a kind of body the rule names
  by its role or level (市某某行政主管部门, 某某管理机构, 县级人民政府) is no agency."""
from __future__ import annotations

from helpers import assignments, document


def test_untitled_letter_that_made_the_plan_it_sends():
    doc = document("索引号 | 99001/2031-00012 | ||\n发布机构 | 青禾乡 | 公开方式 | 主动公开 |\n文号 | 青乡政〔2031〕15号 |\n"
                   "各办公室,各村: 为提高应对洪涝灾害的能力,保障群众安全。经研究,制定《青禾乡防汛防台应急预案(修订)》,"
                   "现印发给你们,请认真贯彻执行。 附件:青禾乡防汛防台应急预案(修订) 青禾乡人民政府 2031年6月2日 "
                   "青禾乡防汛防台应急预案(修订) 1.总则 1.1目的 为做好防汛工作,制定本预案。")
    assert doc.kind == "plan"


def test_untitled_letter_that_made_the_rules_it_sends():
    doc = document("各科室、各站所:\n为规范公务用车管理,经研究特制定《柳岸镇公务用车使用管理办法》。望各单位遵照执行。\n"
                   "柳岸镇人民政府\n2030年3月9日\n")
    assert doc.kind == "measures"


def test_letter_that_only_asks_bodies_to_make_rules_keeps_its_kind():
    doc = document("各村委会:\n请各村结合实际制定《村规民约》并报镇政府备案。\n柳岸镇人民政府\n2030年3月9日\n")
    assert doc.kind == "notice"


def test_town_named_short_in_info_block_takes_the_signature_in_full():
    doc = document("索引号 | 99001/2031-00012 | ||\n组配分类 | 部门文件 | 发布机构 | 青禾乡 |\n文号 | 青乡政〔2031〕15号 |\n"
                   "各办公室,各村: 经研究,制定《青禾乡防汛防台应急预案》,现印发给你们,请认真贯彻执行。 "
                   "附件:青禾乡防汛防台应急预案 丰林市石湾县青禾乡人民政府 2031年6月2日 青禾乡防汛防台应急预案 1.总则")
    assert doc.issuer == "丰林市石湾县青禾乡人民政府"


def test_town_named_short_without_a_full_signature_keeps_its_government():
    doc = document("索引号 | 99001/2031-00012 | ||\n组配分类 | 部门文件 | 发布机构 | 青禾乡 |\n文号 | 青乡政〔2031〕15号 |\n"
                   "各办公室,各村: 现将有关事项通知如下。 青禾乡人民政府 2031年6月2日")
    assert doc.issuer == "青禾乡人民政府"


def test_info_block_full_name_over_a_notice_printing_the_short_one():
    doc = document("发布机构: 青禾乡 发文字号: 石青政发〔2031〕36号\n发文机关: 石湾县青禾乡人民政府 浏览次数:\n\n"
                   "石青政发〔2031〕36号\n\n青禾乡人民政府\n\n关于做好2031年春节文化活动的通知\n\n各村委会:\n"
                   "现将春节活动安排如下:\n一、指导思想\n丰富群众生活。\n")
    assert doc.issuer == "青禾乡人民政府"


RED_HEADER = ("丰林市石湾区人民政府办公室文件\n石府办发〔2031〕17号\n印发石湾区城市燃气突发事件\n应急处置预案的通知\n"
              "各镇人民政府、街道办事处,区属各有关单位:\n《石湾区城市燃气突发事件应急处置预案》已经区人民政府同意,"
              "现印发给你们,请认真贯彻执行。\n二○三一年五月六日\n— 1 —\n石湾区城市燃气突发事件应急处置预案\n1.总 则\n")


def test_wrapped_cover_title_without_guanyu():
    doc = document(RED_HEADER)
    assert doc.title == "印发石湾区城市燃气突发事件应急处置预案的通知"
    assert doc.kind == "plan"
    assert doc.number == "石府办发〔2031〕17号"


def test_masthead_names_the_issuer_where_nothing_else_does():
    assert document(RED_HEADER).issuer == "丰林市石湾区人民政府办公室"


def test_masthead_gives_way_to_the_issuer_the_title_names():
    doc = document("丰林市石湾区人民政府文件\n石府发〔2031〕2号\n石湾区人民政府关于印发《石湾区2031年重点工作任务分解方案》的通知\n"
                   "各街道:\n现将《方案》印发给你们。\n石湾区人民政府\n2031年3月28日\n")
    assert doc.issuer == "石湾区人民政府"


RULE = ("丰林市河道采砂管理规定\n\n第一条 为加强河道采砂管理,制定本规定。\n\n"
        "第四条 市水务局是市辖区内河道采砂的监督管理机关,负责采砂许可的审查和监督管理工作。"
        "市航运局、市渔业局按各自职责负责采砂船舶的登记检查工作。市河道整治委员会办公室(下简称市河整办)"
        "负责采砂活动的综合协调和督查工作。\n\n第五条 采砂应当依法取得许可。\n")


def rows(text: str):
    return {(agency, task, role) for task, role, agency in assignments(text)}


def test_rule_article_divides_duties_among_named_bodies():
    got = rows(RULE)
    assert ("市水务局", "负责采砂许可的审查和监督管理工作", "responsible") in got
    assert ("市航运局", "负责采砂船舶的登记检查工作", "responsible") in got
    assert ("市渔业局", "负责采砂船舶的登记检查工作", "responsible") in got
    assert ("市河道整治委员会办公室", "负责采砂活动的综合协调和督查工作", "responsible") in got


def test_rule_naming_kinds_of_bodies_assigns_nothing():
    got = rows("丰林市绿地管理办法\n\n第一条 为加强绿地管理,制定本办法。\n\n"
               "第四条 市林业行政主管部门是本市绿地行政主管部门,负责绿地的行业管理和监督检查;"
               "区人民政府绿地行政主管部门负责区属绿地的监督管理。\n绿地管理机构负责绿地的日常养护工作。\n"
               "县级人民政府负责组织实施本行政区域内的绿地建设。\n")
    assert got == set()
