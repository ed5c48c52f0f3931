"""The document row of notices as real pages print them: the title among page noise, the number,
the issuer, the date of signing and the kind, each from a short notice in the general form."""
from __future__ import annotations

import pytest

from govkg.nlp import extract
from govkg.notice import RawNotice


def doc(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta)).document


_BODY = "各乡镇人民政府，县政府各部门：\n为做好有关工作，现将有关事项通知如下。\n"


@pytest.mark.parametrize("text, title", [
    # the number printed before the title on the title's own line (a page's heading)
    ("某政办发〔2021〕3号 某县人民政府办公室关于做好防汛工作的通知\n" + _BODY + "某县人民政府办公室\n2021年5月6日\n",
     "某县人民政府办公室关于做好防汛工作的通知"),
    # the same in book marks, with the page's counters under it
    ("某政发〔2019〕8号《某市人民政府关于加强财政管理的意见》\n浏览量:   时间:2020-01-02 10:00:00\n"
     "某市人民政府关于加强财政管理的意见\n" + _BODY, "某市人民政府关于加强财政管理的意见"),
    # a page title with the site's name after a dash
    ("某市人民政府关于加强财政管理的意见-某市人民政府门户网站\n\n某市人民政府关于加强财政管理的意见\n" + _BODY,
     "某市人民政府关于加强财政管理的意见"),
    # joint issuers printed one per line above 关于…
    ("某发〔2022〕2号\n中共某区工作委员会\n某区管理委员会\n关于印发《某区农业发展实施方案》的通知\n" + _BODY,
     "中共某区工作委员会某区管理委员会关于印发《某区农业发展实施方案》的通知"),
    # a cover letter's title printed under its signing date
    ("某政办发〔2021〕4号\n各街道办事处，区政府各部门：\n现将《某区安全隐患排查工作实施方案》印发给你们，请认真贯彻执行。\n"
     "2021年3月25日\n关于印发《某区安全隐患排查\n工作实施方案》的通知\n为做好排查工作，制定本方案。\n",
     "关于印发《某区安全隐患排查工作实施方案》的通知"),
    # a headline with the page's byline after it on the same line
    ("某县人大常委会通过一批人事任免事项   作者:某某 发布时间:2013-06-03 10:27:34\n\n"
     "5月28日，某县人大常委会举行会议，表决通过了人事任免事项。\n", "某县人大常委会通过一批人事任免事项"),
    # a site's name and the page's skip links above a news headline
    ("某某资讯网某某资讯网\n\n多地政府秘书长换人 他最特殊\n\n  原标题:多地政府秘书长换人,他最特殊\n\n"
     "  近一周来，多地政府秘书长人选相继确认。\n", "多地政府秘书长换人他最特殊"),
    ("跳转到路径导航栏\n跳转到正文内容\n\n某市一中更换校长\n\n  近日，某市教育局调整了某市一中校长。\n",
     "某市一中更换校长"),
    # a headline stating a decision, with a spam word a hijacked mirror put in place of the province
    ("省人大常委会举行第五次会议 决定王甲为某某app官方下载代理省长\n12月2日下午，省人大常委会举行第五次会议。\n",
     "省人大常委会举行第五次会议决定王甲为某某app官方下载代理省长"),
    # a headline that names reporters or ends in 网 is still one (only a byline or a site's name is not)
    ("某市市长答记者问\n3月2日，某市市长接受了采访。\n", "某市市长答记者问"),
    ("某县织密农村安全网\n3月2日，某县召开安全工作会议。\n", "某县织密农村安全网"),
    # a newspaper headline broken before its predicate, a byline under it
    ("转自:某某日报\n某区十届人大四次会议\n将于3月25日召开\n■记者 某某某\n本报讯 昨天下午，某区人大常委会召开会议。\n",
     "某区十届人大四次会议将于3月25日召开"),
    # a news story under its own headline that reprints the decision it reports
    ("王甲任某市代理市长\n2023年5月31日上午，某市人大常委会会议召开。会议决定任命王甲同志为某市人民政府代理市长。\n"
     "某市人民代表大会常务委员会\n关于任命王甲同志为某市人民政府\n代理市长的决定\n（2023年5月31日某市人大常委会会议通过）\n"
     "某市人大常委会会议决定：任命王甲同志为某市人民政府代理市长。\n", "王甲任某市代理市长"),
    # a site's channel tag in 【】 before the headline of a plan a tender site copied
    ("【乡村政策】某县农村人居环境整治提升行动实施方案\n内容\n为加快推进整治提升，结合我县实际，制定本实施方案。\n",
     "某县农村人居环境整治提升行动实施方案"),
])
def test_title_among_page_noise(text, title):
    assert doc(text).title == title


@pytest.mark.parametrize("text", [
    # the closing formula is not a title, nor is a date printed in brackets
    "(二〇〇八年二月二十六日)\n某府办〔2008〕18号\n各镇人民政府：\n现将《工作任务分解》印发给你们，请认真执行。\n特此通知\n",
    # a sentence of a report is not a title, though it ends in 报告
    "12月15日，某市人大常委会举行会议，常委会主任某某主持会议，副主任某某某出席会议并讲话。\n"
    "某某某、某某某等三名同志作了供职报告。\n任命某某某同志为某市商务局局长。\n",
    # the header cells of a table printed one cell per line
    "类别\n|\n序号\n|\n任务名称\n|\n任务要求及举措\n|\n责任部门\n|\n1\n|\n完成示范村建设\n",
    # a newspaper's section name under its page number
    "第03版\n速读某市·焦点 |\n本报消息 4月11日，某省人大常委会举行会议，决定任命某某某为副省长。\n",
    # a newspaper's byline above the story
    "来源:某某网-某某晚报\n□某某晚报记者 某某某\n某省人大常委会第五次会议闭幕，会议表决通过了一批人事任免事项。\n",
])
def test_no_title_from_noise(text):
    assert not doc(text).title


def test_number_cited_in_a_wrapped_body_line_is_not_the_notices():
    text = ("各区、县人民政府，各委、局：\n我市于2010年4月下发《关于成立运动会筹备委员会的通\n知》(某政办发〔2010〕45号)，成立了筹备委员会。\n"
            "根据工作需要，市委副秘书长某某某任筹备委员会副主任。\n某市人民政府办公厅\n二〇一一年四月一日\n")
    d = doc(text)
    assert (d.number, d.issuer, d.signed) == (None, "某市人民政府办公厅", "2011-04-01")


def test_info_rows_printed_as_cells_give_issuer_and_date():
    text = ("索 引 号 | 0001/2024-0004 | 主题分类 | 其他 |\n发文机关 | 某旗人民政府办公室 | 文 号 | 某政办字〔2024〕4号 |\n"
            "成文日期 | 2024-02-22 | 公开日期 | 2024-02-23 |\n各苏木镇，旗直各部门：\n为办好元宵节活动，特制定本方案。\n")
    d = doc(text)
    assert (d.number, d.issuer, d.signed, d.kind) == ("某政办字〔2024〕4号", "某旗人民政府办公室", "2024-02-22", "plan")


def test_question_marks_for_lost_spaces_stay_out_of_the_signature():
    text = ("区政府各委、办、局：\n??区发展改革委《某区养老服务发展实施方案》已经区政府审核通过，现转发给你们，请认真执行。\n"
            "??某市某区人民政府办公室\n??2023年4月23日\n??\n某区养老服务发展实施方案\n??一、背景\n")
    d = doc(text)
    assert (d.title, d.issuer, d.signed, d.kind) == ("某区养老服务发展实施方案", "某市某区人民政府办公室", "2023-04-23", "plan")


@pytest.mark.parametrize("note, signed", [
    ("(2019年8月29日某市第四届人民代表大会常务委员会第十九次会议通过)", "2019-08-29"),
    ("(2011年7月18日某市某区\n第七届人大常委会第三十六次会议通过)", "2011-07-18"),  # the note wrapped
])
def test_a_decisions_note_of_adoption_dates_it(note, signed):
    text = (f"某市人民代表大会常务委员会关于某某某为某市人民政府代理市长的决定\n{note}\n"
            "根据有关法律规定，某市人民代表大会常务委员会决定：某某某为某市人民政府代理市长。\n")
    d = doc(text)
    assert (d.signed, d.kind) == (signed, "personnel")


def test_an_adoption_note_under_a_reports_text_is_no_signing_date():
    text = ("某区人大常委会召开第二十六次会议\n\n7月28日，区人大常委会召开会议，表决通过人事任免名单，主任某某某主持会议。\n"
            "某区人大常委会关于任命某某某同志职务的决定\n(2020年7月28日某区第六届人民代表大会常务委员会第二十六次会议通过)\n"
            "任命某某某为区财政局局长。\n")
    assert (doc(text).title, doc(text).signed) == ("某区人大常委会召开第二十六次会议", None)


def test_a_list_a_report_prints_whole_under_its_heading_and_note_is_the_document():
    # (layouts12 10: a congress's 任免名单 printed whole under the report's lead is what the page states; the
    # spec's "where a report quotes the notice's own title, that title wins")
    text = ("某区人大常委会召开第二十六次会议\n\n7月28日，区人大常委会召开会议，表决通过人事任免名单，主任某某某主持会议。\n"
            "某区人大常委会任命名单\n(2020年7月28日某区第六届人民代表大会常务委员会第二十六次会议通过)\n任命某某某为区财政局局长。\n")
    d = doc(text)
    assert (d.title, d.issuer, d.signed) == ("某区人大常委会任命名单", "某区人大常委会", "2020-07-28")


@pytest.mark.parametrize("text, kind", [
    ("某自治区人民政府关于落实规划纲要主要目标和任务工作分工的通知\n" + _BODY, "plan"),
    ("某省人民政府关于省政府领导同志工作分工的通知\n" + _BODY, "notice"),  # among leaders, not departments
    ("某市人民代表大会常务委员会关于某某某为某市人民政府代理市长的决定\n" + _BODY, "personnel"),
    ("某市人民政府关于印发某市公文处理实施细则及文种式样的通知\n" + _BODY, "measures"),
    ("某市人民政府关于印发某市2024年重点工作任务清单的通知\n" + _BODY, "plan"),
    # reports and untitled texts: what the text does
    ("10月11日，某镇召开人民代表大会，选举产生新一届领导班子。某某某当选为镇长；某某、某某某当选为副镇长。\n", "personnel"),
    ("9月28日，县人大常委会举行会议。会议表决通过了人事免职和任职事项，主任某某某向被任命人员颁发了任命书。\n", "personnel"),
    ("为做好稳增长工作，结合本区实际，特制定如下政策措施。\n一、提高审批效率\n1. 精简审批手续。(区政务服务局牵头)\n", "measures"),
    ("为做好稳增长工作，现提出以下意见：\n一、推进重大项目建设\n建立项目推进机制。(牵头单位：省发展改革委)\n", "notice"),
    ("重点工作: | 统筹推进违法建设治理。 |\n牵头单位: | 市城市管理综合执法局 |\n年度目标: | 完成治理任务。 |\n", "plan"),
    # a news report of changes under a headline that names no decision: X调任Y, X不再担任Y职务, lines 'X任Y'
    ("某中学更换校长\n近日，王甲不再担任某市一中校长职务。\n", "personnel"),
    ("今天开学\n其中，某校副校长王甲调任某市六中书记、副校长；\n", "personnel"),
    ("某某资讯网\n\n多地政府秘书长人选确认\n\n  甲某任某某省政府秘书长,\n\n  乙某某任某北省政府秘书长。\n", "personnel"),
    # but a group's members who leave their posts are replaced: no personnel decision
    ("某县成立某工作领导小组\n县政府决定成立某工作领导小组，由王某任组长。领导小组成员因工作变动不再担任相应职务的，"
     "由接任者自然替补。\n", "notice"),
])
def test_kind(text, kind):
    assert doc(text).kind == kind


@pytest.mark.parametrize("text, issuer", [
    # a province's bare 省人民政府: the province its number abbreviates
    ("省人民政府关于\n优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府：\n为优化营商环境，提出如下意见。\n", "湖北省人民政府"),
    # or the only province the page names
    ("其他\n某省经济普查领导小组成立\n6月8日从湖北省统计局获悉，省政府办公厅日前下发《省人民政府办公厅关于成立湖北省经济普查领导小组的通知》。\n",
     "湖北省人民政府办公厅"),
    # an autonomous region's, named in the title
    ("内蒙古自治区人民政府关于落实规划纲要主要目标和任务工作分工的通知\n发布机构: 自治区人民政府\n" + _BODY, "内蒙古自治区人民政府"),
    # a government's short name in an info block
    ("名 称: 区人民政府办公室关于印发重点工作责任分解的通知\n发布机构: 某区政府办公室\n区人民政府办公室关于印发重点工作责任分解的通知\n" + _BODY,
     "某区人民政府办公室"),
    # an organisation printed on its own line above the headline of its activity plan
    ("某市义工联合会\n“防疫有我”第32个爱国卫生月宣传活动\n一、活动主题\n防疫有我\n", "某市义工联合会"),
])
def test_issuer(text, issuer):
    assert doc(text).issuer == issuer


def test_a_decrees_measure_printed_after_the_decree_keeps_its_title():
    text = ("某省人民政府令\n第31号\n《某省公共数据管理办法》已经2024年6月20日省人民政府第6次常务会议通过，现予公布，自2024年9月1日起施行。\n"
            "省长　某某某\n2024年7月2日\n\n某省公共数据管理办法\n第一章　总则\n第一条　为了规范公共数据管理，制定本办法。\n")
    d = doc(text)
    assert (d.title, d.number, d.kind) == ("某省公共数据管理办法", "某省人民政府令第31号", "measures")


def test_an_untitled_page_that_explains_a_plan_is_a_notice():
    text = ("2024年3月28日，某县人民政府印发了《2024年政府工作报告目标任务分工方案》，现将主要内容解读如下：\n"
            "一、出台背景\n为确保各项任务落实，对任务进行分解。\n二、主要内容\n任务分解采用表格形式，分为类别、任务内容、牵头单位、责任单位。\n")
    assert doc(text).kind == "notice"


def test_a_text_copied_with_its_pages_markup():
    text = ("发文机关:某省人民政府\n文号 :某政发〔2018〕13号\n<p>各市、县人民政府:</p><p> 现将《某省居民增收实施方案》印发给你们，请认真组织实施。</p>"
            "<p style=\"text-align: right;\"> 某省人民政府</p><p style=\"text-align: right;\"> 2018年3月27日</p>"
            "<p><strong>某省居民增收实施方案</strong></p><p>为促进增收，制定本实施方案。</p>\n")
    d = doc(text)
    assert (d.number, d.issuer, d.signed, d.kind) == ("某政发〔2018〕13号", "某省人民政府", "2018-03-27", "plan")


_NOTICE = "各区县人民政府，市直各部门：\n现将有关事项通知如下。\n一、工作要求\n各单位要认真落实。\n"


@pytest.mark.parametrize("text", [
    # the page's breadcrumb, its last channel ending like a title (通知公告)
    "首页 > 政务公开 > 通知公告\n某市人民政府办公室关于做好春耕工作的通知\n发布时间：2024-03-05 浏览次数：12\n某政办发〔2024〕3号\n"
    + _NOTICE + "某市人民政府办公室\n2024年3月1日\n",
    # an info table printed one cell per line, its cells between lone |
    "索引号\n|\n0001/2024-01\n|\n发文机关\n|\n某市人民政府办公室\n|\n文号\n|\n某政办发〔2024〕3号\n|\n成文日期\n|\n2024-03-01\n|\n"
    "标题\n|\n某市人民政府办公室关于做好春耕工作的通知\n|\n" + _NOTICE,
    # a row of labels over a row of values
    "| 发文机关 | 文 号 | 成文日期 |\n| 某市人民政府办公室 | 某政办发〔2024〕3号 | 2024-03-01 |\n"
    "某市人民政府办公室关于做好春耕工作的通知\n" + _NOTICE,
    # labels in lenticular brackets glued to their values
    "【标题】某市人民政府办公室关于做好春耕工作的通知\n【发文字号】某政办发〔2024〕3号\n" + _NOTICE + "某市人民政府办公室\n2024年3月1日\n",
    # a whole notice on one line, single spaces for its line breaks
    "某政办发〔2024〕3号 某市人民政府办公室关于做好春耕工作的通知 各区县人民政府，市直各部门： 现将有关事项通知如下。 "
    "一、工作要求 各单位要认真落实。 某市人民政府办公室 2024年3月1日",
])
def test_metadata_and_title_through_page_layouts(text):
    d = doc(text)
    assert (d.number, d.title, d.issuer, d.signed) == (
        "某政办发〔2024〕3号", "某市人民政府办公室关于做好春耕工作的通知", "某市人民政府办公室", "2024-03-01")


# --- news pages: the headline, the committee whose session decided, the quoted notice (real3) ---

def test_headline_stays_over_a_notice_the_report_only_mentions():
    text = ("某县成立环境保护督察工作领导小组\n本文来源: 某局\n"
            "某县为做好督察工作，成立由县委书记甲某任顾问的某县环境保护督察工作领导小组。\n"
            "同时，某县还印发了《关于做好迎接督察有关准备工作的通知》，该《通知》要求各部门高度重视。\n")
    assert doc(text).title == "某县成立环境保护督察工作领导小组"


def test_reported_title_named_by_its_issuer_replaces_the_headline():
    text = ("某省将成立应急救援总指挥部\n\n近日，某省人民政府发布《关于建立某省应急救援指挥体系的通知》，"
            "某省将成立应急救援总指挥部，统一领导应对工作。\n")
    assert doc(text).title == "关于建立某省应急救援指挥体系的通知"


@pytest.mark.parametrize("text, issuer", [
    # a provincial committee's session named with its term
    ("27日上午，广东省十二届人大常委会第四次会议经表决，任命甲某为广东省卫生厅厅长。\n", "广东省人大常委会"),
    # the national committee, its term before 全国
    ("第三届全国人民代表大会常务委员会第三次会议于某日举行。会议决定任命乙某为某部部长。\n", "全国人民代表大会常务委员会"),
    # a bare 省 named in full elsewhere on the page
    ("省十二届人大常委会第二十七次会议于3月30日闭幕，会议决定免去甲某的河南省人大常委会副秘书长职务。\n",
     "河南省人大常委会"),
    # a county's session report names a local body: no issuer
    ("3月20日，区十五届人大常委会举行第二十八次会议。会议决定任命甲某为区民政局局长。\n", None),
])
def test_issuer_of_a_congress_session_report(text, issuer):
    assert doc(text).issuer == issuer


@pytest.mark.parametrize("text, title", [
    # a company site's menu over the breadcrumb and the headline (检测报告 is a menu item, not a report)
    ("售后服务\n投诉及报修\n客户留言\n技术文章\n相关标准\n检测报告\n资料下载\n首页 > 新闻中心 > 某省政府免去三名副秘书长\n"
     "某省政府免去三名副秘书长\n\n时间:2009/4/23 9:04:46\n\n21日，某省发布人事任免文件，免去三位副秘书长的职务。\n",
     "某省政府免去三名副秘书长"),
    # a site's name printed twice (its logo's text) over the headline
    ("某某资讯网某某资讯网\n\n十位省级政府秘书长换人\n\n  来源:某某\n\n  甲某任某省政府秘书长，\n\n  乙某任某市政府秘书长，\n",
     "十位省级政府秘书长换人"),
    # skip links over the headline
    ("跳转到路径导航栏\n跳转到正文内容\n\n某市一中更换校长\n\n  近日，某市教育局调整了某市一中校长的领导职务:甲某不再担任某市一中校长职务。\n",
     "某市一中更换校长"),
])
def test_headline_under_page_chrome(text, title):
    assert doc(text).title == title


def test_byline_is_no_headline():
    text = "来源:某某网-某报\n□某报记者 甲某某\n圆满完成各项议程后，省十二届人大常委会第二十七次会议闭幕，会议表决通过了人事任免事项。\n"
    assert doc(text).title == ""


@pytest.mark.parametrize("text, kind", [
    # a news list of appointments: 某某任某省政府秘书长，
    ("十位省级政府秘书长换人\n\n  甲某任某省政府秘书长，\n\n  乙某任某市政府秘书长，\n", "personnel"),
    # 不再担任…职务
    ("某市一中更换校长\n\n近日，某市教育局调整了校长的领导职务:甲某不再担任某市一中校长职务，新校长由乙某担任。\n", "personnel"),
    # transfers: 调任…书记、校长
    ("今天是开学第一天，不少学校的校长换人了。\n其中，某市一中副校长甲某调任某市六中书记、副校长；乙某调任某学院副院长。\n",
     "personnel"),
    # a session report whose decisions are not named
    ("1月12日，区第四届人大常委会举行第十六次会议。\n会议决定了相关人事任免。\n", "personnel"),
    # a headline that reports a group set up: its roles in prose are memberships
    ("某县成立环境保护督察工作领导小组\n本文来源: 某局\n某县同意成立由县委书记甲某同志任顾问，县长乙某同志任组长的领导小组，"
     "由副县长丙某同志兼任办公室主任。\n", "notice"),
    # an untitled page cut from an event's plan: its section headings
    ("(六)组织文艺演出\n六、时间、地点\n(一)时间:2008年2月19日\n七、日程安排\n2月19日全天:会议报到\n", "plan"),
])
def test_kind_of_news_and_untitled_pages(text, kind):
    assert doc(text).kind == kind


def test_issuer_of_a_forwarding_chain_is_the_first_body():
    text = ("某府〔2018〕50号\n\n某市人民政府转发省人民政府转发国务院关于开展经济普查的通知\n\n各镇人民政府，市府直属各单位：\n"
            "现将有关通知转发给你们，请认真贯彻执行。\n")
    assert doc(text).issuer == "某市人民政府"


def test_forwarded_promulgation_is_the_kind_of_what_it_promulgates():
    text = ("某农牧发〔2023〕241号\n关于转发自治区农牧厅财政厅《关于印发<某区2023年产业强镇建设项目实施方案>的通知》的通知\n"
            "各旗县农牧局：\n现将上述通知转发给你们，请遵照执行。\n")
    assert doc(text).kind == "plan"


def test_issuer_field_with_a_town_name_alone():
    text = ("成文日期 2018-05-30 发布日期 2018-05-30\n发文机关 某某镇 关键词\n发文字号 某政发[2018]21号 有效性 有效\n\n"
            "某某镇关于做好河长巡河工作的通知\n某政发[2018]21号\n\n镇、村两级河长及相关单位:\n现就有关工作通知如下。\n")
    assert doc(text).issuer == "某某镇人民政府"


def test_body_inside_a_cited_title_is_no_reported_issuer():
    text = ("某镇全面实行河长制工作实施方案\n为贯彻落实《中共中央办公厅国务院办公厅印发<关于全面推行河长制的意见>的通知》精神，"
            "结合我镇实际，制定本方案。\n")
    assert doc(text).issuer is None


def test_cover_letter_title_wrapped_after_a_kind_word_of_what_it_promulgates():
    text = ("某政办发〔2011〕15号\n\n关于印发区政府二〇一一年政府工作报告\n\n任务分解的通知\n\n"
            "各镇人民政府、街道办事处：为全面落实2011年《政府工作报告》，现将任务分解印发给你们。\n")
    assert doc(text).title == "关于印发区政府二〇一一年政府工作报告任务分解的通知"


def test_headline_with_a_nav_word_inside_a_long_line():
    # spam a mirror injected (某某app官方下载) does not make a headline a download button
    text = ("省十三届人大常委会举行第二十四次会议 决定甲某为某某app官方下载代理省长\n"
            "12月2日下午，省十三届人大常委会举行第二十四次会议。\n")
    assert doc(text).title == "省十三届人大常委会举行第二十四次会议决定甲某为某某app官方下载代理省长"


def test_headline_broken_over_two_lines_above_a_byline():
    text = "转自:某某日报\n区十届人大四次会议\n将于3月25日召开\n■记者 甲某某\n本报讯 昨天下午，某区人大常委会召开会议。\n"
    assert doc(text).title == "区十届人大四次会议将于3月25日召开"


def test_issuer_field_naming_a_street_office():
    text = ("名  称:某街道2023年生活垃圾分类工作方案\n\n发布机构:某区某街道办事处\n\n发布日期:2023-11-23\n\n"
            "某街道2023年生活垃圾分类工作方案\n\n  为全面推进生活垃圾分类工作，结合街道实际，制定本方案。\n")
    assert doc(text).issuer == "某区某街道办事处"


def test_reported_issuer_a_headquarters_that_sent_a_document():
    text = ("某省调整充实省人民政府抗震救灾指挥部\n| 2021-01-07 15:18:10 来源:某局 |\n"
            "近日，经省政府同意，某省人民政府抗震救灾指挥部发文对省抗震救灾指挥部组成进行调整充实。\n")
    assert doc(text).issuer == "某省人民政府抗震救灾指挥部"


def test_bare_city_government_named_by_its_number_code():
    text = ("市政府关于印发《2010年主要目标任务分解方案》的通知\n甲政发〔2010〕29号\n"
            "各县(市)、区人民政府，甲州经济开发区管委会，市各委、办、局:\n现将方案印发给你们，请认真贯彻执行。\n")
    assert doc(text).issuer == "甲州市人民政府"


def test_election_report_is_personnel():
    text = ("某镇第六届人民代表大会第一次会议胜利召开\n\n9月8日，某镇第六届人民代表大会第一次会议胜利召开。\n"
            "大会依法选举产生了某镇人大主席1名、人大副主席1名以及某镇人民政府镇长1名、副镇长3名。\n")
    assert doc(text).kind == "personnel"


def test_news_headline_over_a_decision_the_report_reprints():
    text = ("张某某任某某市代理市长\n2023年5月31日上午，某某市人大常委会召开会议，决定任命张某某同志为某某市人民政府代理市长。\n"
            "【资料图】\n某某市人民代表大会常务委员会\n关于接受王某同志辞去某某市人民政府\n市长职务请求的决定\n"
            "(2023年5月31日某某市第十五届人民代表大会常务委员会第七次会议通过)\n根据有关规定，决定接受王某同志辞去市长职务的请求。\n")
    assert doc(text).title == "张某某任某某市代理市长"


def test_report_heading_glued_to_its_first_paragraph():
    text = ("第三届某某代表大会常务委员会第三次会议于某日举行。会议决定任命张某为某部部长。\n"
            "第三届某某代表大会常务委员会第三次会议简况 第三届某某代表大会常务委员会第三次会议于某日举行。会议决定任命张某为某部部长。\n")
    assert doc(text).title == "第三届某某代表大会常务委员会第三次会议简况"


def test_cited_title_with_its_verb_inside_the_brackets_is_no_reported_title():
    text = ("某政办发〔2010〕153号\n各县(区)人民政府，市政府各部门：\n为了认真做好贯彻落实工作，根据《某省人民政府办公厅印发贯彻落实"
            "国务院办公厅关于进一步支持某省经济社会发展的若干意见主要任务分工方案的通知》精神，现将任务分工如下。\n")
    d = doc(text)
    assert d.title == "" and d.issuer is None


@pytest.mark.parametrize("text, issuer", [
    # a provincial government's leaders' division of work, reported by a news page
    ("某省政府出现双常务副省长格局\n中国经济网北京5月15日讯 据南方日报消息，某某省政府网站昨天公布了某某省政府领导最新分工，"
     "根据分工，张某出任常务副省长。\n", "某某省人民政府"),
    # a city's: 市长、副市长工作分工
    ("原标题:某某市长、副市长最新分工公布\n某某市门户网站今天公布了某某市市长、副市长工作分工。根据分工，副市长张某分管市交通委员会。\n",
     "某某市人民政府"),
    # two governments' divisions in one report: no one issuer
    ("这两省政府班子调整后，领导分工明确\n甲某省、乙某省两省政府新一届领导班子分工相继明确。\n", None),
])
def test_issuer_of_a_report_of_leaders_division_of_work(text, issuer):
    assert doc(text).issuer == issuer


def test_session_named_in_full_and_again_by_its_level():
    # (a province from the lexicon; the bare 省十一届… later on the page is the same committee)
    text = ("湖南省十一届人大常委会举行第三十六次会议\n12月19日下午，湖南省十一届人大常委会第三十六次会议闭幕。"
            "省十一届人大常委会第三十六次会议决定任命张某为湖南省副省长。\n")
    assert doc(text).issuer == "湖南省人大常委会"


def test_title_run_into_its_addressees_on_a_one_line_page():
    text = ("下载后可任意编辑全国文明城区集中整顿方案范文局机关各科室、各企事业单位:为做好____年创建工作，"
            "根据区委的总体部署，现制定本方案:组织领导成立领导小组，由局长张某任组长。\n")
    assert doc(text).title == "全国文明城区集中整顿方案范文"


@pytest.mark.parametrize("text, title, kind", [
    # a wiki page headed by the name of what a notice promulgates, the notice itself printed further down
    ("某市教育强市建设实施意见\n\n2006年7月6日，某市两办印发《某市教育强市建设实施意见》。\n基本介绍\n中文名:某市教育强市建设实施意见\n"
     "通知\n某市委办公室 某市政府办公室关于印发《某市教育强市建设实施意见》的通知\n某委办〔2006〕47号\n各县(市、区)委、人民政府:\n"
     "《某市教育强市建设实施意见》已经市委、市政府同意，现印发给你们。\n",
     "某市委办公室某市政府办公室关于印发《某市教育强市建设实施意见》的通知", "notice"),
    # a mirror that heads the page with the plan's name (without the 关于 its cover letter prints)
    ("《某县加快发展租赁住房的实施方案》\n某政办发〔2022〕31号\n关于印发《某县关于加快发展租赁住房的实施方案》的通知\n"
     "各乡镇人民政府:\n《某县关于加快发展租赁住房的实施方案》已经县人民政府研究同意，现印发你们。\n",
     "关于印发《某县关于加快发展租赁住房的实施方案》的通知", "plan"),
    # an order that promulgates measures (颁发…的命令), its issuer on the line above it
    ("某省某某任免暂行办法\n\n某省某某任免暂行办法\n1958年7月2日\n\n某省人民委员会\n\n关于颁发某省某某任免暂行办法的命令\n\n"
     "各厅、局:\n某省某某任免暂行办法，业经会议通过，现予公布。\n",
     "关于颁发某省某某任免暂行办法的命令", "measures"),
])
def test_cover_letter_below_the_name_of_what_it_promulgates(text, title, kind):
    d = doc(text)
    assert (d.title, d.kind) == (title, kind)


def test_a_notice_about_the_rules_of_appointing_is_no_personnel_act():
    text = ("某省人民政府关于任免国家机关工作人员问题的通知\n某政〔1985〕38号\n"
            "现将我省任免国家机关工作人员的有关问题通知如下：\n一、任免权限\n")
    assert doc(text).kind == "notice"


def test_a_headline_that_opens_with_a_city_name_names_no_issuer():
    text = "某州关于印发聚焦企业关切优化营商环境行动方案的通知\n为进一步优化营商环境，制定本方案。\n"
    assert doc(text).issuer is None


def test_signing_date_with_arabic_zeros_in_a_chinese_year():
    text = ("某市人民政府办公厅关于印发某某工作规则的通知\n(某办发[2004]235号)\n各区县人民政府:\n"
            "《某某工作规则》已经市政府领导同意，现印发给你们，请遵照执行。\n二00四年七月二十四日\n某某工作规则\n")
    assert doc(text).signed == "2004-07-24"


def test_law_database_note_of_date_and_issuer_under_the_title():
    text = ("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于同意某市开展边境旅游活动的复函\n\n时间:2024-07-24 06:03:01 来源: 法律资料网\n\n"
            "关于同意某市开展边境旅游活动的复函\n某某局\n\n(1992年6月15日 某某局)\n\n某省人民政府:\n现函复如下:\n")
    d = doc(text)
    assert (d.title, d.issuer, d.signed) == ("关于同意某市开展边境旅游活动的复函", "某某局", "1992-06-15")


def test_gazette_line_of_number_and_date_gives_the_signing_date():
    text = ("某省人民政府办公厅\n关于开展人口抽样调查的\n通知\n某办发[2004]35号 二○○四年十二月十五日\n"
            "为了摸清人口变化情况，国务院决定进行人口抽样调查。\n")
    d = doc(text)
    assert (d.title, d.number, d.signed) == ("某省人民政府办公厅关于开展人口抽样调查的通知", "某办发〔2004〕35号", "2004-12-15")


def test_list_dated_after_its_title():
    text = ("11月24日，某省人民政府网站发布《某省级河长名单》。\n2021-11-26 10:18 上传\n"
            "某省级河长名单(2021年11月22日)\n一、省级总河长\n总河长:甲某 省委书记\n")
    d = doc(text)
    assert (d.title, d.signed) == ("某省级河长名单", "2021-11-22")


def test_info_list_category_cell_and_spam_head_of_a_hijacked_copy():
    """A page's info list prints the kind (• 通知) as a cell: no title; a hijacked copy put a spam word where the
    issuer's name was: the title starts at 关于 and names no issuer."""
    text = ("  • 123456/2018-00300\n  • 某某app官方免费版\n  • 通知\n  • 2018-06-11\n  • 某政〔2018〕14号\n"
            "某某app官方免费版关于印发某市环境卫生管理办法的通知\n\n各乡镇人民政府:\n现将《某市环境卫生管理办法》印发给你们。\n\n2018年6月11日\n")
    d = doc(text)
    assert (d.title, d.issuer) == ("关于印发某市环境卫生管理办法的通知", None)


def test_joint_issuers_printed_without_a_mark_in_the_title():
    text = ("某党办发〔2018〕200号\n中共某区委办公室某区人民政府办公室关于印发《某区街道管理体制改革实施方案》的通知\n"
            "各街道党工委、办事处:\n现将《某区街道管理体制改革实施方案》印发给你们。\n")
    assert doc(text).issuer == "中共某区委办公室、某区人民政府办公室"


def test_document_sharing_page_takes_the_heading_above_the_addressees():
    """A doc-sharing page is headed by the file's name (.docx), repeated over the site's shell; the document's own
    heading, wrapped over two lines, stands right above its addressees."""
    text = ("某某工程年度工作方案.docx\n\n上传人:b****5 文档编号:11623267 上传时间:2023-03-29 格式:DOCX\n下载 相关 举报\n"
            "某某工程年度工作方案.docx_第1页\n资源描述\n\n某某工程年度工作方案\n\n2015年度治理某某建设“某某放心\n\n工程”工作方案\n\n \n\n"
            "各村(场)、有关部门:\n根据乡党委、政府要求，按照《某省人民政府办公厅关于印发某某工作方案的通知》(**政办〔2015〕39号)要求，"
            "制定本方案。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert nf.document.title == "2015年度治理某某建设“某某放心工程”工作方案"
    assert [(c.title, c.number) for c in nf.facts if type(c).__name__ == "Citation"] == \
        [("某省人民政府办公厅关于印发某某工作方案的通知", "**政办〔2015〕39号")]


def test_a_listing_date_under_a_news_headline_is_no_signing_date():
    text = ("某县人大常委会召开第二十八次会议 任命某某为代理县长\n2016/5/16\n"
            "本报讯 13日，某县人大常委会召开第二十八次会议。会议决定任命某某同志为某县人民政府副县长、代理县长。\n")
    assert doc(text).signed is None


def test_a_body_whose_name_holds_latin_letters_is_no_spam_head():
    text = "某市5G发展领导小组办公室关于印发某某方案的通知\n各区：\n现将《某某方案》印发给你们。\n"
    d = doc(text)
    assert (d.title, d.issuer) == ("某市5G发展领导小组办公室关于印发某某方案的通知", "某市5G发展领导小组办公室")


def test_decision_reprinted_under_a_report_takes_the_title_without_its_body_line():
    text = ("9日，某市人大常委会召开第41次会议，审议人员任免问题，任命甲某同志为某市人民政府副市长。\n"
            "会议决定接受乙某同志辞去某市人大常委会委员职务的请求。\n某市人大常委会\n"
            "关于接受乙某同志辞去某市人大常委会委员职务的决定\n(2021年10月9日某市第十五届人大常委会第四十一次会议通过)\n")
    assert doc(text).title == "关于接受乙某同志辞去某市人大常委会委员职务的决定"


@pytest.mark.parametrize("text, title", [
    # a speech's dateline and its speaker under a lost title: neither is the title
    ("——2009年3月25日在市十三届人大常委会第1次会议上\n某市人民政府市长 甲某某\n主任、各位副主任、各位委员:\n"
     "现就提请市人大常委会任命乙某某等同志职务的情况作如下说明:\n", ""),
    # an attachment's label under the text names the document sent with it, not this notice
    ("各辖市(区)减灾委员会,市减灾委员会各成员单位:\n近日,上级印发了有关通知,就做好今年有关工作提出了具体要求,现转发给你们,请认真贯彻落实。\n"
     "附件:某某委员会办公室关于做好某某工作的通知\n某市减灾委员会办公室\n2022年3月14日\n", ""),
    # a law site's bulleted menu above the page's path and the title
    ("".join(f"  • {w}\n" for w in ("离婚", "社保", "五险一金", "结婚", "公积金", "商标", "产假", "按揭", "廉租房", "欠薪", "营业执照"))
     + "某律师> 法律法规库> 地方法规> 某省某某工作试行办法\n\n某省某某工作试行办法\n\n(1984年7月4日)\n\n第一章 总则\n\n"
     "第一条 为健全某某制度,制定本办法。\n", "某省某某工作试行办法"),
])
def test_lines_that_are_no_title(text, title):
    assert doc(text).title == title


def test_explanation_of_a_motion_to_appoint_dated_by_its_speech_line():
    d = doc("——2009年3月25日在市十三届人大常委会第1次会议上\n某市人民政府市长 王某某\n主任、各位副主任、各位委员:\n"
            "现就提请市人大常委会任命李某某等29名同志职务的情况作如下说明:\n以上说明,请予审议。\n")
    assert (d.signed, d.kind) == ("2009-03-25", "personnel")


def test_a_wiki_articles_name_and_tabs_are_no_title():
    text = ("某某委员会查看源代码讨论查看历史\n某某委员会(简称某某委),是国务院成立的议事协调机构,负责某某工作。\n沿革\n"
            "2000年10月11日,《国务院办公厅关于某某委员会更名的通知》(国办发〔2000〕68号)发出。\n")
    assert doc(text).title == ""


def test_a_letter_forwarding_a_document_does_not_take_its_title():
    """A letter to its addressees that forwards a notice it names (印发了《关于…的通知》…现将通知转发给你们):
    the forwarded notice's title is not the letter's."""
    text = ("各辖市(区)减灾委员会,市减灾委员会各成员单位:\n近日,上级办公室印发了《关于做好2022年某某日有关工作的通知》"
            "(某减办发〔2022〕8号),就做好有关事项提出了具体要求,现将通知转发给你们。请各地认真贯彻落实。\n"
            "某市减灾委员会办公室\n2022年3月14日\n")
    assert doc(text).title == ""


def test_title_under_a_nav_bar_printed_one_item_a_line():
    # a site's nav bar, its bars on lines of their own, and a metadata block above the title
    text = ("站群导航\n|\n加入收藏\n|\n设为首页\n|\n手机版\n|\n无障碍阅读\n|\n适老版\n某县人民政府门户网\n某县人民政府门户网\n全文检索\n"
            "索引号: XC000000-02-2013-00001 发布机构: 某县人民政府办公室\n文 号: null 所属主题: 已归档\n"
            "某县人民政府办公室关于印发《某县森林火灾应急预案》的通知\n来源:某县政府办公室 发布时间:2013-12-05\n"
            "某政办〔2009〕14号\n" + _BODY + "二○○九年十一月十八日\n")
    d = doc(text)
    assert (d.title, d.number, d.kind) == ("某县人民政府办公室关于印发《某县森林火灾应急预案》的通知", "某政办〔2009〕14号", "plan")


def test_notice_title_under_the_page_headline_and_its_number():
    # the page's own headline (某号 某某规划) over the notice's title block, 通知 spaced on its own line
    text = ("当前位置:首页 >> 信息公开 >> 安全生产\n17号 十三五安全生产规划\n2017-02-14    点击:8次\n\n某安发〔2016〕17号\n\n"
            "关于印发安全生产“十三五”规划的\n\n通    知\n\n" + _BODY)
    assert doc(text).title == "关于印发安全生产“十三五”规划的通知"


def test_news_headline_after_a_column_tag():
    text = ("某某资讯丨甲某任某区代理区长\n\n时间:2022-07-27 20:43:35 来源: 某区\n\n"
            "今天，区人大常委会会议决定，甲某任某区副区长、代理区长。\n")
    assert doc(text).title == "甲某任某区代理区长"


def test_report_that_gives_the_number_of_the_notice_it_mentions_cites_it():
    # 印发了《关于…的通知》(某发〔2020〕4号)(以下简称《通知》): a news report about the notice, not the notice
    from govkg.facts import Citation
    text = ("为做好某某普查工作，某县普查办及时印发了《关于抓紧组建乡镇普查机构的通知》(某普办发〔2020〕4号)(以下简称《通知》)，"
            "就各乡镇组建普查领导小组进行了部署。\n《通知》要求各乡镇人民政府在4月下旬前成立相应的领导小组。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert (nf.document.title, nf.document.number) == ("", None)
    assert {c.number for c in nf.facts if isinstance(c, Citation)} == {"某普办发〔2020〕4号"}


def test_order_numbered_with_its_term_in_brackets():
    # 中华人民共和国主席令 / (二届第20号): the number is the header and the bracket as printed; the order takes
    # the kind of what it promulgates (《某某条例》已由…批准，现予公布)
    text = ("全国人民代表大会常务委员会\n中华人民共和国主席令\n(二届第20号)\n"
            "《某某自治州自治机关组织条例》已由全国人民代表大会常务委员会第一百零六次会议于1964年2月1日批准,现予公布。\n"
            "1964年2月5日\n")
    d = doc(text)
    assert (d.number, d.kind) == ("中华人民共和国主席令(二届第20号)", "measures")
    assert d.title != "中华人民共和国主席令"


def test_title_line_that_carries_its_own_number_in_brackets():
    # 某某重点工作任务(某政发〔2021〕2号): no kind word at its end, but its own 文号 makes it the title
    text = ("• 索引号:000000/2021-01\n• 发布机构:县人民政府办公室\n2021年县政府重点工作任务(某政发〔2021〕2号)\n"
            "来源:某县政府   2021-03-23 10:56\n\n各乡镇人民政府、县直各单位:\n\n"
            "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n")
    d = doc(text)
    assert (d.title, d.number) == ("2021年县政府重点工作任务", "某政发〔2021〕2号")


def test_title_printed_twice_is_not_a_book_page_wrapped():
    # a mirror prints the title two or three times, each line long and ending in a character: not the
    # wrapped lines of a printed page to be run together
    t = "某市人民政府关于修改《某市特殊货物运输管理办法》的决定"
    text = (f"首页 > 法规\n{t}\n{t}\n发布时间: 2008-01-02\n{t}\n(1998年5月6日某市人民政府令第12号发布)\n"
            "某市人民政府决定对《某市特殊货物运输管理办法》(1991年市人民政府令第43号)作如下修改:\n一、第三条修改为:……\n")
    assert doc(text).title == t


def test_title_after_a_law_database_label():
    # 法规标题：X / 发文机关：Y / 发文字号：Z — the label is no part of the title
    text = ("法规标题:某省人民政府关于某某问题的通知\n发文机关:某省人民政府\n发文字号:某政发[1991]30号\n发布日期:1991-05-20\n"
            + _BODY)
    d = doc(text)
    assert (d.title, d.number) == ("某省人民政府关于某某问题的通知", "某政发〔1991〕30号")


def test_number_with_di_before_its_serial():
    # 某政办发〔2021〕第3号: older and some local numbers print 第 before the serial; kept as printed
    text = "某县人民政府办公室关于做好防汛工作的通知\n某政办发〔2021〕第3号\n" + _BODY
    assert doc(text).number == "某政办发〔2021〕第3号"


def test_app_banner_over_a_news_headline_is_no_title():
    # 手机扫码查看 (scan to read on a phone): page chrome above the headline, not the headline
    text = ("首页  >  人事新闻  >  国内动态\n手机扫码查看\n\n    某省成立某某工作领导小组\n\n    2019-8-20\n\n"
            "    某省人民政府办公厅日前发出通知，决定成立某某工作领导小组。\n")
    assert doc(text).title == "某省成立某某工作领导小组"


def test_headline_whose_verb_phrase_holds_zhuanti_is_no_channel():
    # 专题部署 (a meeting on one subject) is a headline's verb; a channel is 某某专题 or 专题专栏
    text = ("某市各区专题部署今冬明春火灾防控工作\n2018-11-22 11:06:00发布67次查看\n"
            "11月19日下午，某区副区长甲某组织召开全区火灾防控工作会议。\n")
    assert doc(text).title == "某市各区专题部署今冬明春火灾防控工作"


def test_photo_mark_after_a_news_headline_is_no_part_of_the_title():
    text = ("|\n甲某辞去某市市长职务 乙某任代理市长(图) |\n|\n"
            "某网2月26日电 25日上午，某市人大常委会举行会议，会议接受甲某辞去某市人民政府市长的职务，决定乙某代理某市市长。\n")
    assert doc(text).title == "甲某辞去某市市长职务乙某任代理市长"


def test_number_run_on_after_the_title_without_a_space():
    # 某市人民政府办公室关于印发…的通知某府办函〔2018〕83号: the code's 函 is no title end
    text = ("某市人民政府办公室关于印发某市创建示范城市工作方案的通知 某府办函〔2018〕83号\n发布时间:2024-01-04 19:52:09 来源:产品\n"
            "各区人民政府，市政府各部门：\n经市人民政府同意，现将《某市创建示范城市工作方案》印发给你们，请认真贯彻执行。\n")
    d = doc(text)
    assert (d.title, d.number) == ("某市人民政府办公室关于印发某市创建示范城市工作方案的通知", "某府办函〔2018〕83号")


def test_spam_head_without_latin_letters_of_a_hijacked_mirror():
    # a hijacked mirror's spam (某某体育官方网站入) where the issuer's name was: no body's name says 官方网
    text = ("名  称:某某体育官方网站入 关于转发某办公室《某市大数据中心建设方案》的通知\n"
            "某某体育官方网站入 关于转发某办公室《某市大数据中心建设方案》的通知\n  某政办发〔2015〕21号\n"
            "各县、市、区人民政府：\n现将《某市大数据中心建设方案》转发给你们。\n")
    assert doc(text).title == "关于转发某办公室《某市大数据中心建设方案》的通知"


def test_untitled_chapter_of_a_gazetteer_is_a_notice_not_a_personnel_act():
    # a county gazetteer's section narrates elections and appointments: a history, not the act
    text = ("您的当前位置:\n\n第四节 人民政府\n\n第四节 人民政府\n\n"
            "  1945年东北解放后，某县成立地方维持委员会，推选甲某为委员长。1946年1月，选举乙某为县长。\n"
            "  1948年，任命丙某为副县长。1954年，县人民政府改称县人民委员会。\n")
    assert doc(text).kind == "notice"


def test_decision_promulgated_by_a_government_order_is_a_regulation():
    text = ("关于加强某某安全管理的决定\n\n某市人民政府令第41号\n\n"
            "《关于加强某某安全管理的决定》已经2010年10月18日市政府常务会议讨论通过，现予以公布，自公布之日起施行。\n\n"
            "市长 甲某某\n二○一○年十月二十六日\n")
    d = doc(text)
    assert (d.number, d.kind) == ("某市人民政府令第41号", "measures")


def test_untitled_text_that_says_it_makes_rules_is_measures():
    # 特作以下规定: the formula of a regulation
    text = ("论文部分内容阅读\n为进一步加强政府机关内部的某某工作，根据某某会议的建议，特作以下规定：(一)各级人民政府应组织工作人员学习。\n")
    assert doc(text).kind == "measures"


def test_decision_amending_a_regulation_is_measures():
    text = ("关于修改《某市特殊货物运输管理办法》的决定\n某市人民政府\n"
            "《关于修改〈某市特殊货物运输管理办法〉的决定》已经市人民政府批准，现予发布施行。\n一、第三条修改为：……\n")
    assert doc(text).kind == "measures"


def test_a_dates_ri_before_a_bare_body_is_no_issuer():
    # (1991年10月31日市人民政府发布): 日 closes the date, it does not start a place's name
    text = ("关于修改某某管理办法的决定\n(1991年10月31日市人民政府发布 1998年1月4日修订发布)\n"
            "为了加强管理，对某某管理办法作如下修改：\n一、第三条修改为：……\n")
    assert doc(text).issuer != "日市人民政府"


def test_untitled_history_of_a_body_over_decades_is_a_notice():
    # a wiki article: 某省人民委员会是…在1955年2月至1968年8月期间的行政管理机构 … who held its posts when
    text = ("某省人民委员会\n某省人民委员会\n某省人民委员会是某省在1955年2月至1968年8月期间的行政管理机构。1955年2月14日，"
            "某省人民政府改为某省人民委员会；1968年8月，某省革命委员会成立。\n1955年，选举甲某为省长。1958年，任命乙某为副省长。"
            "1964年，任命丙某为副省长。\n")
    assert doc(text).kind == "notice"


def test_congress_decision_amending_its_regulations_stays_a_notice():
    text = ("某州人大常委会关于修改《某州乡村林业条例》的决定\n(1997年5月30日某州第十一届人民代表大会常务委员会第二十九次会议通过)\n"
            "某州第十一届人民代表大会常务委员会第二十九次会议决定，对《某州乡村林业条例》作如下修改：\n")
    assert doc(text).kind == "notice"


def test_untitled_report_about_a_plan_is_a_notice():
    # a news story on a 分工方案: its paragraphs open with 《方案》 as their subject
    text = ("某某\n为深入贯彻落实某部《关于促进消费的实施意见》，经省政府同意，省发展改革委等24部门联合印发《某某重点任务推进落实分工方案》"
            "(以下简称《方案》)。\n《方案》紧密结合本省实际，围绕优化市场供给，提出了94条措施。\n"
            "《方案》注重政策的可操作性，每一条措施都明确了牵头责任部门和完成时限。\n")
    assert doc(text).kind == "notice"


def test_signing_date_whose_separators_were_lost_still_closes_the_signature():
    # 2019222 is 2019-2-22 (2019-22-2 is no date): the joint signature above it is the issuer
    text = ("中共某市委某市人民政府关于印发《某市推进质量强市工作实施方案》的通知\n\n各县(市)区党委和人民政府：\n\n"
            "《某市推进质量强市工作实施方案》已经市委常委会会议研究同意，现印发给你们，请认真组织实施。\n\n"
            "                 中共某市委员会  某市人民政府\n\n                          2019222\n")
    d = doc(text)
    assert (d.issuer, d.signed) == ("中共某市委员会、某市人民政府", "2019-02-22")


def test_law_database_block_gives_the_title_over_the_sites_topic_links():
    """A law database prints its menu of topics (【某某准则】) and a block 发文标题/发文文号/发文部门/发文时间
    above the text: the block's title is the notice's, and a plan's period in square brackets
    (方案[2016—2020年]) still ends in 方案."""
    d = doc("我的法规 最新法规 法规搜索\n 热点专题\n【某某会计准则】\n某某法规汇编(2015)\n首页 > 法规 >\n"
            "发文标题: 某市人民政府办公厅关于印发某市科学素质实施方案[2016—2020年]的通知\n"
            "发文文号: 某府办[2016]29号\n发文部门: 某市人民政府办公厅\n发文时间: 2016-12-20\n"
            "实施时间: 2016-12-20\n法规类型: 其他\n发文内容:\n各区人民政府，市政府各部门：\n"
            "《某市科学素质实施方案(2016—2020年)》已经市政府同意，现印发给你们，请认真组织实施。\n"
            "某市人民政府办公厅\n2016年12月20日\n")
    assert d.title == "某市人民政府办公厅关于印发某市科学素质实施方案[2016—2020年]的通知"
    assert (d.issuer, d.signed, d.kind) == ("某市人民政府办公厅", "2016-12-20", "plan")


def test_forwarding_title_names_no_issuer_and_a_lost_century_still_dates_the_signature():
    """转发某部关于…的通知: the body after 转发 is the one forwarded; the forwarding office signs under the
    text, its date a copy printed without the year's 二 (○○九年…)."""
    d = doc("首页 > 法规\n转发某部办公厅关于开展某某普查试点的通知\n\n各市人民政府，省政府各部门：\n\n"
            "现将《某部办公厅关于开展某某普查试点的通知》转发给你们，请认真贯彻执行。\n\n"
            "某省人民政府办公厅\n\n○○九年十一月二十五日\n")
    assert (d.issuer, d.signed) == ("某省人民政府办公厅", "2009-11-25")


def test_mirror_signature_with_lost_spaces_and_heading_under_it_as_title():
    """A mirror prints ? for the spaces around a signature (某县人民政府办公室 ???????) and lacks the cover
    letter's title: the heading of the document the letter sends, under the date, stands for it."""
    d = doc("主办:某县人民政府 ? 版权所有\n涉密文件严禁上网\n各乡(镇)人民政府，县直有关部门：\n"
            "新修订的《某县森林防火应急预案》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n?\n"
            "某县人民政府办公室 ???????\n2025年7月8日 ?????????\n(此件公开发布)\n某县森林防火应急预案\n?\n"
            "1 总则\n1.1 编制目的\n为做好森林防火工作，编制本预案。\n")
    assert (d.title, d.issuer, d.signed, d.kind) == ("某县森林防火应急预案", "某县人民政府办公室", "2025-07-08", "plan")


def test_congress_session_decision_with_its_adoption_note_unbracketed():
    """第某届某某人民代表大会第一次会议关于…的决定: the session issues it; the note under the title, printed
    without brackets by a news copy, dates it."""
    d = doc("某网首页 > 新闻 > 正文\n第九届某某人民代表大会第一次会议关于某某机构改革方案的决定\n\n"
            "1998年3月10日第九届某某人民代表大会第一次会议通过\n\n"
            "第九届某某人民代表大会第一次会议听取了某某关于机构改革方案的说明，决定批准机构改革方案。\n")
    assert (d.issuer, d.signed) == ("第九届某某人民代表大会第一次会议", "1998-03-10")


def test_yearbook_entry_heading_glued_before_its_text_is_the_title():
    """A yearbook's entry: 【 某县政府第17次常务会】 opens the page, its text runs on after it on the same line."""
    d = doc("【 县政府第17次常务会】 2020年11月27日，甲某主持召开县政府第17次常务会议，审议殡葬改革工作。\n"
            "会议原则同意成立某县殡葬改革工作领导小组。\n")
    assert d.title == "县政府第17次常务会"


def test_news_dateline_with_time_of_day_is_the_posting_date_and_xinpin_is_personnel():
    """A news page's dateline under its headline (2013年07月05日 07:21 来源:某报) dates its posting; a headline
    of 新聘甲等15人为某馆馆员 reports a personnel act."""
    d = doc("某省政府新聘甲某等15人为省文史馆馆员\n\n2013年07月05日 07:21   来源:某某日报   \n\n"
            "  7月4日，省政府举行仪式，新聘甲某等15人为省文史研究馆馆员。\n")
    assert (d.published, d.kind) == ("2013-07-05", "personnel")


def test_forum_post_of_a_chronicle_takes_its_labelled_title_and_post_time():
    """A forum's post of a county chronicle: 标题: 1963年某县大事记 [打印本页] / 作者: 某某 时间: 2022-12-26 10:41."""
    d = doc("某某本地通\n标题: 1963年某县大事记 [打印本页]\n作者: 某某本地通 时间: 2022-12-26 10:41\n"
            "标题: 1963年某县大事记\n2月9日，成立县选举委员会。部署5月至7月在全县进行基层选举。\n")
    assert (d.title, d.published) == ("1963年某县大事记", "2022-12-26")


def test_chronicle_entries_do_not_lend_a_recorded_document_as_title():
    """A page of a chronicle (1月3日… / 1月4日县委下发《关于…的意见》… / 2月…): the documents its dated entries record
    are not its title."""
    d = doc("一九九二年\n\n内容\n\n1月3日县委、县政府发出《关于认真贯彻有关文件的通知》。通知要求从简过节。\n"
            "1月4日县委、县政府下发《关于进一步加强计划生育工作的意见》。一、提高认识。\n"
            "2月10日县委召开全委扩大会议。\n3月县人大召开会议。\n")
    assert d.title == ""


def test_a_recurring_headline_without_number_keys_one_notice_per_date():
    """某某任免驻外大使 is the headline of every such report: two reports of it on different days are two notices;
    two copies of one report (the same date) are one."""
    from govkg.namespaces import notice_iri
    first = notice_iri(None, "国家主席某某任免驻外大使", "甲", "2017-03-13")
    assert first != notice_iri(None, "国家主席某某任免驻外大使", "乙", "2024-04-03")
    assert first == notice_iri(None, "国家主席某某任免驻外大使", "丙", "2017-03-13")
    assert notice_iri("某政发〔2024〕1号", "某某通知", "甲", "2024-01-02") == notice_iri("某政发〔2024〕1号", None, "乙")


def test_info_block_title_label_with_spaces_for_its_colon_is_not_part_of_the_title():
    """An info block printed in the text: 名    称 某市人民政府办公室关于…的通知 (spaces where the colon would be)."""
    d = doc("索 引 号 ABC-2018-0001 公开目录 某市政府办文件\n"
            "名    称 某市人民政府办公室关于印发某市防范非法集资工作实施方案的通知\n"
            "文    号 某政办发〔2018〕38号 主 题 词\n" + _BODY + "某市人民政府办公室\n2018年5月10日\n")
    assert d.title == "某市人民政府办公室关于印发某市防范非法集资工作实施方案的通知"


def test_red_header_title_wrapped_over_four_lines_is_read_whole():
    """A long 关于… title of a red-header document printed over four lines under its number."""
    d = doc("某政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及某镇的\n"
            "重点事项进行责任分解的通知\n" + _BODY + "县人民政府办公室\n2021年5月12日\n")
    assert d.title == ("县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及某镇的"
                       "重点事项进行责任分解的通知")


def test_cover_title_without_guanyu_under_a_page_headed_by_what_it_promulgates():
    """A law database's page headed by the measure (某市某某实施办法), which prints the cover letter further down
    under its issuer, its title without 关于: 印发某市某某实施办法的通知."""
    d = doc("您的位置: 首页 » 法规库 »\n\n某市社会保险市级统筹实施办法\n\n作者:某网 时间:2024-07-23 03:38:05\n\n"
            "某市社会保险市级统筹实施办法\n\n某省某市人民政府\n\n印发某市社会保险市级统筹实施办法的通知\n\n"
            "某市府〔2004〕18号\n\n各县(市、区)人民政府，市府直属各单位：\n现将《某市社会保险市级统筹实施办法》印发给你们，请贯彻执行。\n")
    assert d.title == "印发某市社会保险市级统筹实施办法的通知"


def test_number_printed_before_the_title_on_its_line_is_the_number():
    """某政发〔2024〕1号 某县人民政府关于…的通知: a page's heading line holds the number, then the title."""
    d = extract(RawNotice(source="inline.txt", index=0,
                          text="某縣政發〔2024〕1號 某縣人民政府關于做好第四次全國文物普查工作的通知\n各鎮人民政府，縣政府各部門：\n"
                               "為做好普查工作，現將有關事項通知如下。\n")).document
    assert (d.number, d.title) == ("某縣政發〔2024〕1號", "某縣人民政府關于做好第四次全國文物普查工作的通知")


def test_body_named_on_its_own_line_under_the_title_is_the_issuer():
    """A law database prints a regulation as title / issuing body / title again / order number."""
    d = doc("您的位置: 首页 » 法规库 »\n\n某省人工影响天气管理规定\n\n作者:某网 时间:2024-07-06 04:34:58\n\n"
            "某省人工影响天气管理规定\n\n某省人民政府\n\n\n某省人工影响天气管理规定\n\n"
            "第一条 为了加强人工影响天气工作的管理，制定本规定。\n")
    assert d.issuer == "某省人民政府"


def test_decree_number_with_its_term_in_brackets_is_the_number():
    """中华人民共和国主席令(二届第20号): an order numbered within a term; the body printed under the title issues it."""
    d = doc("某州各级人民代表大会组织条例\n\n全国人民代表大会常务委员会\n\n\n中华人民共和国主席令(二届第20号)\n\n"
            "某州各级人民代表大会组织条例已由全国人民代表大会常务委员会批准，现予公布。\n\n中华人民共和国主席 某某\n1964年12月12日\n")
    assert (d.number, d.issuer) == ("中华人民共和国主席令(二届第20号)", "全国人民代表大会常务委员会")


@pytest.mark.parametrize("text", [
    # a headline of a government engaging fellows for the first time
    "某市首聘名人担任文史馆名誉馆员\n\n2009年12月04日 14:51 来源:某网\n\n  某市政府聘任参事、馆员颁发聘书仪式昨天举行，市长甲某向新聘的馆员颁发聘书。\n",
    # an untitled report of the ceremony that reads out the government's notice
    "发布时间:2024-11-14 13:38:54 来源: 某网\n某网 某市4月12日电 11日，某市文史研究馆馆员聘任仪式举行。市长甲某为乙某、丙某颁发聘书。\n"
    "仪式上，副市长丁某宣读某市政府关于聘任馆员的通知。\n",
])
def test_a_government_engaging_counsellors_or_fellows_is_a_personnel_act(text):
    assert doc(text).kind == "personnel"


def test_a_ceremony_of_plaques_and_engagement_alone_is_no_personnel_act():
    """某县举行驻外办事处授牌暨主任聘任仪式: a report of the ceremony, no act of appointing in it."""
    assert doc("日前，某县在政府议事厅举行驻外招商办事处授牌暨主任聘任仪式。这是该县实施招商战略的一项举措。\n").kind == "notice"


@pytest.mark.parametrize("text, title", [
    # a column's tag in brackets, two parts joined by a comma, a dated lead under it
    ("其他\n【聚焦】积极作为、持续发力，某街道稳步推进垃圾分类工作\n8月29日上午，某街道召开垃圾分类推进工作联席会议。\n",
     "积极作为、持续发力,某街道稳步推进垃圾分类工作"),
    # two parts joined by a colon, the posting time and source under it
    ("2016年地方两会：9位正省级官员履新(名单)\n- 发布时间:2016-02-02 07:32:00 来源:某网 责任编辑:某某\n"
     "某网北京2月2日讯 2016年地方两会陆续落下帷幕，人事调整成为一大看点。\n", "2016年地方两会:9位正省级官员履新(名单)"),
])
def test_two_part_news_headline_over_its_byline_or_lead_is_the_title(text, title):
    assert doc(text).title == title


def test_a_first_sentence_with_a_comma_is_no_headline():
    """A text that opens with its first sentence (为做好某工作，现通知如下) has no headline."""
    assert doc("为做好防汛工作，现将有关事项通知如下\n2021年5月6日\n").title == ""


def test_a_wikis_section_label_is_no_title():
    """发布通知 / 某政办发〔2022〕16号 / 各…: a wiki's label over the notice it copies, a kind word alone; the
    cover letter then names itself by the heading of the plan it sends out (docs/facts.md)."""
    d = doc("发布通知\n某府办发〔2022〕16号\n各市、自治州人民政府，省政府各部门：\n"
            "经省人民政府同意，现将《某省全民科学素质行动实施方案》印发给你们，请认真抓好贯彻落实。\n"
            "某省人民政府办公厅\n2022年5月19日\n档案全文\n某省全民科学素质行动实施方案\n为推动工作，制定本实施方案。\n")
    assert (d.title, d.kind) == ("某省全民科学素质行动实施方案", "plan")


@pytest.mark.parametrize("first", [
    "某县人民政府办公室关于做好防汛工作的通知_某县人民政府",  # a browser's page title: the site after a bar
    "某县人民政府办公室关于做好防汛工作的通知-某县人民政府",
    "2021-05-07 某县人民政府办公室关于做好防汛工作的通知",  # a listing's date before it
    "某县人民政府办公室关于做好防汛工作的通知 【字体：大 中 小】",  # the page's font links after it
    "信息名称：某县人民政府办公室关于做好防汛工作的通知",  # an info block's label
])
def test_page_noise_around_a_title_on_its_line_is_no_part_of_it(first):
    d = doc(first + "\n" + _BODY + "某县人民政府办公室\n2021年5月6日\n")
    assert d.title == "某县人民政府办公室关于做好防汛工作的通知"


@pytest.mark.parametrize("text", [
    "国务院任免国家工作人员\n2024-03-01 18:00 来源：新华社\n新华社北京3月1日电 国务院任免国家工作人员。\n任命甲某为某部副部长。\n",
    "某网消息\n据某报报道，中国大陆国务院任免一批副部级国家工作人员。任命甲某为某部副部长；免去乙某的某部部长助理职务。\n",
])
def test_a_report_of_the_state_councils_appointments_names_it_as_issuer(text):
    assert doc(text).issuer == "国务院"


def test_a_rule_for_governments_at_large_names_no_issuer():
    """某省县级以上各级人民政府任免工作人员暂行办法: governments at large, no one body that appoints."""
    assert doc("某省县级以上各级人民政府任免工作人员暂行办法\n第一条 为规范任免工作，制定本办法。\n").issuer is None


@pytest.mark.parametrize("title, kind", [
    ("关于聘请甲某等同志为某县人民政府参事的通知", "personnel"),
    ("关于委派甲某担任某公司监事的通知", "personnel"),
    ("关于甲某同志兼任某局局长的通知", "personnel"),
    ("关于同意甲某同志辞职的批复", "personnel"),
    ("关于补选甲某为某县副县长的公告", "personnel"),
    ("关于确认甲某当选县长的决定", "personnel"),
    # the work or the rules of these acts, no person named to a post
    ("关于做好聘用人员管理工作的通知", "notice"),
    ("关于规范公务员辞职辞退工作的通知", "notice"),
    ("关于做好村委会换届选举工作的通知", "notice"),
])
def test_title_naming_persons_to_posts_by_other_verbs_is_personnel(title, kind):
    from govkg.extract.document import document_kind
    assert document_kind(title) == kind


def test_an_untitled_decision_to_engage_a_counsellor_is_personnel():
    d = doc("各乡镇人民政府，县政府各部门：\n经县人民政府研究，决定聘任甲某为县人民政府参事。\n某县人民政府\n2021年5月6日\n")
    assert d.kind == "personnel"


def test_info_table_copied_with_tabs_row_of_labels_over_row_of_values():
    """An info table copied from a page: a row of labels over a row of values, a tab between cells."""
    d = doc("索引号\t发文机关\t发文字号\t成文日期\n001-2021-01\t某县人民政府办公室\t某政办发〔2021〕3号\t2021-05-06\n"
            "某县人民政府办公室关于做好防汛工作的通知\n" + _BODY)
    assert (d.number, d.issuer, d.signed) == ("某政办发〔2021〕3号", "某县人民政府办公室", "2021-05-06")


def test_info_blocks_publication_date_is_the_published_date():
    """发布日期 / 公开日期 in a page's info block: the day the page published the notice (not its signing)."""
    d = doc("发文机关:某省人民政府\n发布日期:2018年03月27\n文号 :某政发〔2018〕13号\n" + _BODY + "某省人民政府\n2018年3月26日\n")
    assert (d.published, d.signed) == ("2018-03-27", "2018-03-26")


def test_a_governments_own_number_makes_it_the_issuer_over_the_pages_publisher():
    """发布机构: 县人民政府办公室 over a notice numbered 某政发〔2021〕2号: the government issued it, its office posted it."""
    d = doc("  • 索引号:001/2021-01\n  • 发布机构:县人民政府办公室\n  • 公开日期:2021-03-23\n"
            "2021年县政府重点工作任务(某政发〔2021〕2号)\n各乡镇人民政府、县直各单位:\n现将有关事项通知如下。\n")
    assert d.issuer == "县人民政府"


@pytest.mark.parametrize("text", [
    "??某县人民政府办公室关于做好防汛工作的通知\n??某政办发〔2021〕3号\n" + _BODY,  # ? runs for lost spaces
    "<strong>某县人民政府办公室关于做好防汛工作的通知</strong>\n某政办发〔2021〕3号\n" + _BODY,  # a tag the copy kept
    "某县人民政府办公室关于做好防汛工作的通知\n某政办发〔２０２１〕３号\n" + _BODY,  # full-width digits
])
def test_careless_copies_keep_the_title_and_number(text):
    d = doc(text)
    assert (d.title, d.number) == ("某县人民政府办公室关于做好防汛工作的通知", "某政办发〔2021〕3号")


def test_page_cut_under_the_cover_title_takes_the_heading_of_what_it_reproduces():
    # real8 call 1: the page starts at the number; the letter names 《X》 and X's own heading is printed below
    text = ("某府办函〔2021〕39号\n各县(区)人民政府，市直各单位：\n"
            "《某市数字政府改革建设2021年工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
            "某市人民政府办公室\n2021年5月28日\n某市数字政府改革建设2021年工作要点\n2021年是开局之年。做好工作，要坚持改革。\n")
    d = doc(text)
    assert (d.title, d.number) == ("某市数字政府改革建设2021年工作要点", "某府办函〔2021〕39号")


@pytest.mark.parametrize("letter", [
    "县政府研究确定了《某县2025年政府重要工作事项责任分工》，现印发给你们，请认真贯彻执行。",  # drawn up by the sender
    "《某县2025年政府重要工作事项责任分工》和《某县十方面民生实事责任分解》已经县政府同意，现印发给你们。",  # two sent
])
def test_cover_letter_sending_out_one_of_several_or_its_own_takes_the_printed_heading(letter):
    # real9: the page starts at the addressees; the heading of the (first) document sent out stands below
    text = ("各镇人民政府，县政府各部门：\n" + letter + "\n某县人民政府\n2025年2月28日\n附件1\n"
            "某县2025年政府重要工作事项责任分工\n一、主要预期目标\n1.地区生产总值增长6%。(牵头单位:县发展和改革局)\n")
    assert doc(text).title == "某县2025年政府重要工作事项责任分工"


def test_info_rows_glued_to_their_labels_two_to_a_line():
    # real10: 发文字号X 发布日期Y — two labels glued to their values, a space between the pairs; 标  题X
    text = ("发文字号某政函〔2024〕9号 发布日期2024-02-09\n标  题关于成立县某某管理中心的通知\n\n"
            "关于成立县某某管理中心的通知\n" + _BODY)
    d = doc(text)
    assert (d.number, d.published, d.title) == ("某政函〔2024〕9号", "2024-02-09", "关于成立县某某管理中心的通知")


def test_cover_letter_takes_the_heading_of_what_it_sends_out_wrapped_over_two_lines():
    # real8: the heading of the plan sent out is printed over two lines under the letter
    text = ("各县区人民政府，市人民政府各部门：\n《某市加强数字政府建设实施方案(2023—2025年)》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            "2023年12月11日\n某市加强数字政府建设\n实施方案(2023—2025年)\n一、总体要求\n")
    assert doc(text).title == "某市加强数字政府建设实施方案(2023—2025年)"


@pytest.mark.parametrize("text, title", [
    # a site's menu entry printed with its bullet above the page's path: the headline is under them
    ("• 政府信息公开\n您当前的位置:首页 > 信息公开 > 某县某局 > 决策部署落实情况\n浏览量:  【字体:  】\n\n"
     "某县某局2021年重点工作任务分解\n\n文章来源:某县某局 发表时间:2021-05-07 10:49\n\n"
     "1.落实某某战略，加快发展某某服务业，推动某某升级。\n\n牵头单位:某县某局\n", "某县某局2021年重点工作任务分解"),
    # a channel's name standing right above the page's path
    ("工作动态\n首页 > 工作动态\n某县某局召开某某工作推进会议\n2023-09-28 来源:本网\n"
     "9月27日上午，某县某局召开某某工作推进会议，某某主持会议并作工作部署。\n", "某县某局召开某某工作推进会议"),
    # the site's notice about the reader's browser over the page, in sentences
    ("你正在使用的浏览器版本过低，为保障你的数据安全，请使用最新版本的浏览器。\n我们建议使用某某浏览器。\n"
     "首页 > 政务专题 > 专项整治情况\n某省某某专项整治工作专班办公室召开某某调度视频会议\n2023-09-28 20:03 来源:本网\n"
     "9月27日上午，某省某某专项整治工作专班办公室召开视频会议，某某主持会议并作工作部署。\n",
     "某省某某专项整治工作专班办公室召开某某调度视频会议"),
])
def test_headline_under_menu_items_channel_names_and_browser_notices(text, title):
    assert doc(text).title == title


def test_signature_block_flattened_to_one_line():
    """某某领导小组　2017年2月26 日: body and date of the signature on one line, a blank inside the date."""
    text = ("关于印发《关于某某建设的行动计划》的通知\n各设区市人民政府、省级各有关单位：\n"
            "为深化某某建设，研究制定了《关于某某建设的行动计划》，现印发给你们，请认真遵照执行。\n"
            "某省某某建设领导小组 2017年2月26 日\n关于某某建设的行动计划\n一、总体要求\n")
    got = doc(text)
    assert (got.issuer, got.signed) == ("某省某某建设领导小组", "2017-02-26")


@pytest.mark.parametrize("title", ["某区人民政府关于印发关于推动某某发展若干政策举措的通知",
                                   "某市人民政府关于印发某某产业发展若干政策措施的通知"])
def test_policy_measures_are_measures(title):
    assert doc(title + "\n" + _BODY).kind == "measures"


_NEWS = ("某某任某市代理市长\n2023年5月31日上午，某市第十五届人民代表大会常务委员会第七次会议召开，会议决定任命某某为代理市长。\n"
         "某市人民代表大会常务委员会\n关于接受某某同志辞去某市人民政府\n市长职务请求的决定\n")


@pytest.mark.parametrize("text, title", [
    # links to the site's neighbouring pages under a short story are not its title
    ("某县召开某某工作会议\n2021-05-07 来源:本网\n5月6日，某县召开某某工作会议，某某主持会议。\n\n"
     "上一篇：关于做好某某工作的通知\n下一篇：某县召开某某推进会\n", "某县召开某某工作会议"),
    # a news headline over its dated lead and a decision it reprints, the site's path and controls above it
    ("首页 > 新闻中心 > 本地新闻\n" + _NEWS, "某某任某市代理市长"),
    ("分享到：\n打印本页 关闭窗口\n" + _NEWS, "某某任某市代理市长"),
    ("• 新闻中心\n您当前的位置：首页 > 新闻中心\n" + _NEWS, "某某任某市代理市长"),
    # a yearbook's entry, its heading in 【】 glued before its text, under the site's path
    ("首页 > 年鉴 > 大事记\n【 某县政府第17次常务会】 2020年11月27日，某某在常务会议室主持召开2020年某县政府第17次常务会议，"
     "审议某某改革工作。\n会议听取了某局关于某某工作的情况汇报。\n", "某县政府第17次常务会"),
    # a headline printed as a cell between bars, under the site's browser notice
    ("您的浏览器版本过低，为获得最佳浏览效果，请升级浏览器。\n|\n某镇第八届人民代表大会第四次会议胜利召开 |\n|\n|\n"
     "来源:某区人民政府门户网 作者: 日期:2015-4-17 16:45:00 点击: |\n|\n4月16日，某镇第八届人民代表大会第四次会议召开。\n",
     "某镇第八届人民代表大会第四次会议胜利召开"),
])
def test_page_furniture_around_a_headline_is_not_the_title(text, title):
    assert doc(text).title == title


def test_number_found_under_many_lines_of_page_furniture():
    """The site's path, controls and info rows above the notice do not push its number out of reach."""
    furniture = ("• 政务公开\n您当前的位置：首页 > 政务公开 > 政策文件\n分享到：\n打印本页 关闭窗口\n"
                 "转载自：某某网 作者：某某\n索引号：000014349/2021-00012 | 主题分类：综合政务\n浏览次数：1234\n")
    text = ("某县人民政府关于印发某县某某工作实施方案的通知\n" + furniture
            + "索引号\n011080691/2023-70749\n主题分类\n统计\n发文日期\n2023年09月03日\n某政发〔2023〕5号\n"
            "各乡镇人民政府，县政府各部门：\n现将《某县某某工作实施方案》印发给你们，请认真贯彻执行。\n")
    assert doc(text).number == "某政发〔2023〕5号"


def test_posting_date_under_a_headline_below_the_browser_notice_is_not_signed():
    text = ("您的浏览器版本过低，为获得最佳浏览效果，请升级浏览器。\n某县召开某某工作会议\n2016-05-16\n"
            "5月15日，某县召开某某工作会议，某某主持会议。\n")
    assert doc(text).signed is None


def test_number_in_full_width_digits_before_the_title_on_its_line():
    """某政发〔２０２４〕１号 某县人民政府关于…: a word processor's digits (this once raised an error)."""
    text = "某政发〔２０２４〕１号 某县人民政府关于做好某某工作的通知\n" + _BODY
    got = doc(text)
    assert (got.number, got.title) == ("某政发〔2024〕1号", "某县人民政府关于做好某某工作的通知")


@pytest.mark.parametrize("printed, number", [("（56）某秘字第685号", "〔56〕某秘字第685号"),
                                             ("某府秘字第六八五号", "某府秘字第六八五号")])
def test_own_number_of_the_older_style(printed, number):
    """A number of the older style on a line of its own under the title, read as the citations read it."""
    text = ("某省人民委员会关于某某工作的通知\n" + printed + "\n各专员公署、各县人民委员会：\n"
            "为做好有关工作，现将有关事项通知如下。\n某省人民委员会\n一九五六年七月二十五日\n")
    assert doc(text).number == number


@pytest.mark.parametrize("line", ["某县召开某某工作推进会议_某县人民政府", "某县召开某某工作推进会议|某县人民政府",
                                  "某县召开某某工作推进会议  【字体：大 中 小】", "某县召开某某工作推进会议 打印本页 关闭窗口"])
def test_headline_with_the_site_owner_or_controls_after_it(line):
    """A news page's title line carries the site's owner after an underscore or bar, or the page's controls."""
    text = line + "\n2023-09-28 来源:本网\n9月27日上午，某县召开某某工作推进会议，某某主持会议并作工作部署。\n"
    assert doc(text).title == "某县召开某某工作推进会议"
