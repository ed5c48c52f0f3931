"""Document rows of real notices (session 17 round 2, docs22). Every text is made up.

- A page copied from an HTML table prints each cell with a bar after it (``关于…的通知 某政办发〔2031〕7号 |``): the
  bar is no part of the title line, and the 文号 run on after the title is the number, not the title's end.
- A notice run on one line, its signature (body and date) glued after its last sentence, with the page's own date on
  a line of its own under it: the signature's date is the signing date, the page's date the day it was published.
- A notice that promulgates or forwards a 规划纲要 / 计划纲要 / 发展纲要 takes the kind ``plan``.
"""
from __future__ import annotations

from govkg.extract.document import document_kind
from helpers import document


PIPED_CELLS = (
    "|\n||||||\n青禾市人民政府办公室关于印发《2031青禾湖国际龙舟节活动方案》的通知 青政办发〔2031〕7号 |\n||||||\n"
    "各县、区人民政府,市各委办局,市各直属单位: 《2031青禾湖国际龙舟节活动方案》已经市政府同意,现印发给你们,"
    "请认真组织实施。 二〇三一年三月二日\n2031青禾湖国际龙舟节活动方案\n一、指导思想\n以“龙舟,让湖城更美好”为主题,办好龙舟节。\n")


def test_piped_title_cell_keeps_its_number_apart():
    d = document(PIPED_CELLS)
    assert d.title == "青禾市人民政府办公室关于印发《2031青禾湖国际龙舟节活动方案》的通知"
    assert d.number == "青政办发〔2031〕7号"
    assert d.kind == "plan"


def test_piped_title_without_number_is_unchanged():
    d = document("首页 |\n|\n丰林县人民政府关于加快发展乡村旅游的意见 |\n||||\n丰林县人民政府 关于加快发展乡村旅游的意见\n"
                 "各乡镇人民政府,县直各单位: 为加快发展乡村旅游,现提出如下意见。\n")
    assert d.title == "丰林县人民政府关于加快发展乡村旅游的意见"


RUN_ON_ONE_LINE = (
    "林长\n\n  • 这些林区的市级林长调整\n\n"
    "    关于调整北山南岭市级林长的通知各县、区委,各县、区人民政府,市直各单位:经总林长同意,原由市政协副主席王某某担任的"
    "北山市级林长调整为由副市长赵某某担任,林长协助单位不变。青禾市全面推行林长制办公室2031年5月12日来源:青禾日报\n\n"
    "    2031-05-14\n")


def test_signature_in_run_wins_over_page_date_below():
    d = document(RUN_ON_ONE_LINE)
    assert d.title == "关于调整北山南岭市级林长的通知"
    assert d.issuer == "青禾市全面推行林长制办公室"
    assert d.signed == "2031-05-12"
    assert d.published == "2031-05-14"


def test_page_date_alone_is_still_the_date_without_a_signature_in_the_run():
    text = ("关于做好南岭春季防火工作的通知各乡镇人民政府,县直各单位:春季防火形势严峻,各单位要加强巡查,落实责任,"
            "确保不发生重大火情,请认真抓好落实,及时报送工作情况,切实做好各项准备工作。\n2031-03-04\n")
    assert document(text).signed == "2031-03-04"


def test_outline_of_a_plan_is_a_plan():
    assert document_kind("某省人民政府办公厅关于转发省水利厅等部门某省水土保持中长期规划纲要(2031-2040年)的通知") == "plan"
    assert document_kind("某市人民政府关于印发某市全民健身计划纲要的通知") == "plan"
    assert document_kind("关于印发某县妇女儿童发展纲要(2031—2035年)的通知") == "plan"
    assert document_kind("关于印发某某理论学习纲要的通知") == "notice"


def test_row_of_cells_is_no_title():
    d = document("主题分类:|综合政务/通知|\n青禾县人民政府办公室关于印发2031年重点工作任务分解表的通知\n"
                 "各乡镇人民政府,县直各单位:\n现将《2031年重点工作任务分解表》印发给你们,请认真贯彻执行。\n")
    assert d.title == "青禾县人民政府办公室关于印发2031年重点工作任务分解表的通知"


def test_page_marker_after_a_split_heading():
    d = document("青山文库◆记住我\n\n某县推进农村厕所革命专项整治行动实施方案(第3/4页)\n\nadmin 分享 时间: 加入收藏\n\n"
                 "4.强化督查考核。县农业农村局每季度开展一次督查,通报进展情况。〔责任单位:县农业农村局〕\n")
    assert d.title == "某县推进农村厕所革命专项整治行动实施方案"
    assert d.kind == "plan"


def test_page_number_inside_a_title_is_kept():
    from govkg.extract.layout import _PAGE_MARK
    assert _PAGE_MARK.sub("", "某市某某工作规程第2页") == "某市某某工作规程"
    assert _PAGE_MARK.sub("", "第2页") == "第2页"


HIJACKED_LETTER = (
    "各有关单位:\n为做好xy娱乐官网 公共租赁住房租金核定工作,根据《xy娱乐官网 公共租赁住房管理办法》(青住规〔2030〕3号)等有关规定,"
    "结合我区实际,我局制定了《公共租赁住房租金核定方案》。现予以印发,请遵照执行。\nxy娱乐官网 住房和建设局\n2031年6月9日\n")


def test_brand_before_the_signing_body_is_dropped():
    d = document(HIJACKED_LETTER)
    assert d.issuer == "住房和建设局"
    assert d.signed == "2031-06-09"


def test_untitled_letter_that_made_a_plan_is_a_plan():
    assert document(HIJACKED_LETTER).kind == "plan"


def test_body_name_without_brand_is_kept():
    d = document("各有关单位:\n现将《某区节水行动方案》印发给你们,请遵照执行。\n青禾区水务局\n2031年6月9日\n")
    assert d.issuer == "青禾区水务局"


def test_news_dateline_with_outlet_and_writer():
    d = document("青禾区召开秋季森林防火工作会议\n\n青禾日报全媒体 李某某 2031-09-20 10:00:15\n\n"
                 "9月19日,青禾区召开秋季森林防火工作会议,部署全区森林防火工作。\n")
    assert d.published == "2031-09-20"
    assert d.signed is None
