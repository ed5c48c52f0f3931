"""The document row of real pages (issue 10, helper rdoc): the kind, title, issuer and date real notices print
in shapes the extractor read wrong. Each case is a made-up page in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import document


# a news report of a government's leaders' division of work (市长X：主持…；副市长Y：分管…), a change or two of its
# members told in the lead: the report divides the work, a notice (spec), not a personnel report
_DIVISION_NEWS = ("近期，某市政府领导班子成员有所变动，原副市长甲立新因被任命为市委常委，不再担任副市长职务，日前市人大任命"
                  "乙海涛为副市长。记者昨日获悉，经研究，对市长、副市长的分管领域作相应调整。\n"
                  "市长丙国华：主持市政府全面工作。\n"
                  "常务副市长丁明：协助市长日常工作；分管发展和改革、财政、统计工作。\n"
                  "副市长乙海涛：分管教育、科技、文化工作。\n"
                  "副市长戊平：分管工业、商业、交通工作。\n"
                  "副市长己红：分管农业、水利、民政工作。\n")
# the same shape, traditional script, under a headline, the moves told in the lead
_DIVISION_NEWS_TRAD = ("兩省政府班子調整後，領導分工明確\n"
                       "某省2月15日發布的通知顯示，省長甲立新主持省政府全面工作，分管財政、審計工作。\n"
                       "今年年初，原常務副省長乙海濤轉任省政協主席，丙國華等2名原副省長職務調動。丁明、戊平履新。\n"
                       "通知顯示，丁明負責省政府常務工作，分管發展計劃、稅務、統計工作。\n"
                       "戊平分管民政、環境保護、水利工作；己紅分管教育、科技工作；庚軍分管工業、交通工作。\n")
# a report of appointments that names each new holder's portfolio: personnel still
_MOVES_NEWS = ("某市人大常委会任命两名副市长\n"
               "某市人大常委会第十次会议决定任命甲立新为某市人民政府副市长，任命乙海涛为某市人民政府副市长，"
               "免去丙国华的某市人民政府副市长职务。甲立新分管教育工作，乙海涛分管交通工作。\n")


@pytest.mark.parametrize("text, kind", [
    (_DIVISION_NEWS, "notice"),
    (_DIVISION_NEWS_TRAD, "notice"),
    (_MOVES_NEWS, "personnel"),
])
def test_leaders_division_of_work_report_is_a_notice(text, kind):
    assert document(text).kind == kind


# a page cut from the middle of a plan (a document-sharing site's page 2, an event's plan's page 3): no title, its
# text allocates tasks to units and says it divides the work (明确分工 / 分工与配合): a plan
_PLAN_PAGE = ("四、主要任务\n（一）加强领导，统筹协调。市发展改革委对全市节水工作总负责、总协调。\n"
              "（二）明确分工，责任到人。市水务局负责城镇生活用水的定额管理；市住房城乡建设局负责建筑节水；"
              "市农业农村局负责农业节水；市教育局负责教育系统节水；市工业和信息化局负责工业节水。\n")
_EVENT_PAGE = ("九、组织工作\n（一）开幕式\n暂定于7月下旬举行。\n分工与配合：\n由市文化广电旅游局牵头组织实施，大型活动部制定详细方案。\n"
               "①仪仗队、花束队由市教育局组织实施。\n（二）闭幕式\n分工与配合：\n由大型活动部牵头组织，市体育局配合。\n"
               "①奖品由组委会宣传部提供，秘书处具体组织实施。\n")
# a news report of a plan that divides the work, the plan named in its lead
_PLAN_NEWS = ("新华社北京10月21日电 国务院办公厅日前印发《关于进一步支持某省经济社会发展若干意见重点工作分工方案》。\n"
              "根据《分工方案》，发展改革委、财政部负责支持建设某某经济区；交通运输部负责推进某某铁路建设；"
              "教育部负责支持某省高等教育发展；水利部负责推进某某水利枢纽建设。\n")
# an opinion's fragment (its measures, each with the units in charge after it): no division said, a notice
_OPINION_PAGE = ("一、深入实施就业优先战略\n（一）建立经济发展与扩大就业联动机制。把稳定和扩大就业作为经济运行的下限。"
                 "（市发展改革委、市财政局、市人力资源社会保障局负责）\n（二）鼓励创业带动就业。（市人力资源社会保障局、"
                 "市财政局负责）\n（三）支持高校毕业生就业。（市教育局负责）\n")


@pytest.mark.parametrize("text, kind", [
    (_PLAN_PAGE, "plan"),
    (_EVENT_PAGE, "plan"),
    (_PLAN_NEWS, "plan"),
    (_OPINION_PAGE, "notice"),
])
def test_untitled_page_that_divides_tasks_is_a_plan(text, kind):
    assert document(text).kind == kind


# a site's listing line prints the notice short (its number, then the title without its issuer and its 关于印发);
# the notice's own title, printed in full further down over its addressees, is the title (and its kind is what it
# promulgates)
_LISTED_SHORT = ("政府文件\n您的位置:首页>>政务公开>>政府文件\n"
                 "某政办发[2020]35号某市推进县域学前教育普及普惠督导评估实施细则的通知\n时间:2020-09-29 来源: 作者:\n\n"
                 "某市人民政府办公室关于印发某市推进\n\n县域学前教育普及普惠督导评估\n\n实施细则的通知\n\n"
                 "各乡镇人民政府(街道办事处),市政府有关部门\n\n"
                 "经市政府同意，现将《某市推进县域学前教育普及普惠督导评估实施细则》印发给你们，请认真贯彻实施。\n\n"
                 "某市人民政府办公室\n2020年9月28日\n")
# the same notice under a listing line that is already its full title: unchanged
_LISTED_FULL = _LISTED_SHORT.replace("某政办发[2020]35号某市推进", "某政办发[2020]35号某市人民政府办公室关于印发某市推进")


@pytest.mark.parametrize("text, title, kind", [
    (_LISTED_SHORT, "某市人民政府办公室关于印发某市推进县域学前教育普及普惠督导评估实施细则的通知", "measures"),
    (_LISTED_FULL, "某市人民政府办公室关于印发某市推进县域学前教育普及普惠督导评估实施细则的通知", "measures"),
])
def test_full_title_below_a_listing_line(text, title, kind):
    row = document(text)
    assert (row.title, row.kind, row.number) == (title, kind, "某政办发〔2020〕35号")


# a law a head of state's order promulgates (a law database's copy: the law's title, the order under it): a rule of
# the state, measures, like the 条例 and 办法 orders promulgate
_LAW = ("中华人民共和国某某资源保护法\n中华人民共和国主席令\n（第三十七号）\n"
        "《中华人民共和国某某资源保护法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过，"
        "现予公布，自2001年1月1日起施行。\n中华人民共和国主席 甲立新\n2000年10月31日\n"
        "第一章 总则\n第一条 为保护某某资源，制定本法。\n")


def test_law_promulgated_is_measures():
    assert document(_LAW).kind == "measures"


# a forum's copy that flattened the signature block to one line: the body, the date and the note under it
# (此件公开发布) on one line
_FLAT_SIGNATURE = ("某某 发表于 2020-4-23 08:58:32\n\n某省人民政府办公厅关于同意建立某某工作联席会议制度的函 某办函〔2019〕51号\n\n"
                   "省发展改革委：你委关于建立某某工作联席会议制度的请示收悉。经省政府同意，现函复如下：省政府同意建立由省发展改革委"
                   "牵头的某某工作联席会议制度。\n\n某省人民政府办公厅       2019年6月14日       (此件公开发布)\n\n"
                   "某某 发表于 2020-4-23 09:01:19\n")


def test_flattened_signature_with_its_note():
    row = document(_FLAT_SIGNATURE)
    assert (row.issuer, row.signed) == ("某省人民政府办公厅", "2019-06-14")
