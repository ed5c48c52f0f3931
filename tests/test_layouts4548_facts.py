"""What the blind corpora layouts45 to layouts48 found in the facts' readers (helper lfixw): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, members, posts, subgroups

_PLAN_HEAD = "某省某厅关于印发某项工作方案的通知\n各市局：\n现将方案印发给你们。\n一、任务分工\n"
_PLAN_ROWS = ("1\t完成水源地保护区划定\t厅甲处\t各市水务局\t2016年12月\n"
              "2\t推进供水工程建设\t厅乙处\t厅丙处、厅丁处\t2017年底\n"
              "3\t开展检测中心建设\t省某中心\t\t2017年底\n某省某厅\n2016年3月5日\n")


# a task table whose 责任单位 heading spans two sub-columns (牵头 / 配合) in the row below: each sub-column its own role
def test_merged_heading_over_lead_and_support_columns():
    text = (_PLAN_HEAD + "序号\t重点任务\t责任单位\t\t完成时限\n序号\t重点任务\t牵头\t配合\t完成时限\n" + _PLAN_ROWS)
    got = assignments(text)
    assert ("完成水源地保护区划定", "lead", "厅甲处") in got
    assert ("完成水源地保护区划定", "support", "各市水务局") in got
    assert ("推进供水工程建设", "support", "厅丙处") in got
    assert ("开展检测中心建设", "lead", "省某中心") in got
    assert not [a for a in got if a[1] == "responsible"]


# the row of sub-headings without the cells that span both rows (序号, 重点任务): 牵头单位 / 配合单位 alone
def test_sub_heading_row_without_the_spanning_cells():
    text = (_PLAN_HEAD + "序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n" + _PLAN_ROWS)
    got = assignments(text)
    assert ("推进供水工程建设", "lead", "厅乙处") in got
    assert ("推进供水工程建设", "support", "厅丁处") in got
    assert not [a for a in got if a[1] == "responsible"]


# a congress's list on a page without line breaks: 决定任命：/ 免去：/ 根据某院院长的提请，任命： inside the line
def test_congress_list_sections_inside_one_line():
    text = ("当前位置: 首页>新闻中心>人大动态 县人大常委会举行第九次会议 发布时间: 2016-06-29 09:41 "
            "6月28日，县人大常委会举行第九次会议。会议表决通过了有关人事任免事项。 某县人民代表大会常务委员会任免名单 "
            "根据县人民政府县长的提请，某县人民代表大会常务委员会决定任命： 甲明华为县财政局局长； "
            "乙凤兰（女，土家族）为县水利局局长。 决定免去： 甲明华的县商务局局长职务； 丙秀山的县水利局局长职务。 "
            "根据县人民法院院长的提请，任命： 县人民法院副院长　　丁茂林； 县人民法院审判员　　戊晓红（女）。 "
            "免去： 己德明的县人民法院审判员职务。 （县人大办供稿） 【打印本页】\n")
    got = posts(text)
    assert ("Appointment", "甲明华", "县财政局", "局长") in got
    assert ("Appointment", "乙凤兰", "县水利局", "局长") in got
    assert ("Appointment", "丁茂林", "县人民法院", "副院长") in got
    assert ("Appointment", "戊晓红", "县人民法院", "审判员") in got
    assert ("Removal", "甲明华", "县商务局", "局长") in got
    assert ("Removal", "己德明", "县人民法院", "审判员") in got
    assert not [p for p in got if p[0] == "Removal" and p[1] in ("丁茂林", "戊晓红")]
    assert not [p for p in got if "提请" in p[1] or "根据" in p[2]]


# posts before names, the sections' headings (聘任：, 免去：) glued after the last item by a space
def test_sections_glued_after_the_last_item():
    text = ("某街道办事处关于甲某等同志职务任免的通知\n某街办发〔2003〕12号 各科室、各社区居委会： 经街道党工委研究决定： "
            "任命： 街道城市管理科科长　　甲立新 街道劳动保障事务所所长　　乙国强 聘任： 街道社区服务中心主任　　丙秀兰（女） "
            "免去： 街道城市管理科副科长　　甲立新 街道劳动保障事务所所长　　丁守业（退休） 特此通知。 某街道办事处 "
            "二〇〇三年七月七日\n")
    got = posts(text)
    assert ("Appointment", "乙国强", "街道劳动保障事务所", "所长") in got
    assert ("Appointment", "丙秀兰", "街道社区服务中心", "主任") in got
    assert ("Removal", "甲立新", "街道城市管理科", "副科长") in got
    assert ("Removal", "丁守业", "街道劳动保障事务所", "所长") in got
    assert not [p for p in got if p[0] == "Appointment" and p[1] == "丁守业"]
    assert not [p for p in got if p[1] == "街道"]


# a table of subgroups printed with wide gaps (专项组名称　　组　长　　成员单位): each row a subgroup and its head; the
# column of member units names no one
def test_spaced_table_of_subgroups_and_heads():
    text = ("某某局办公室关于成立安全生产专项整治工作领导小组的通知\n某局办〔2024〕5号\n各处室，各直属单位：\n"
            "　　经局领导同意，决定成立某某局安全生产专项整治工作领导小组。现将有关事项通知如下：\n"
            "　　一、领导小组组成人员\n　　组　长：甘立平　　　某某局副局长\n　　成　员：包春华　　　综合处处长\n"
            "　　　　　　庹明华（女）法规处副处长\n　　二、专项组设置\n　　领导小组下设两个专项组，具体如下：\n"
            "　　专项组名称　　　　组　长　　成员单位\n　　危化品整治组　　包春华　　综合处、法规处\n"
            "　　矿山整治组　　　庹明华　　法规处、监察处\n　　三、工作要求\n　　各专项组要按时报送工作计划。\n"
            "某某局办公室\n二〇二四年八月十四日\n")
    group = "某某局安全生产专项整治工作领导小组"
    got = members(text)
    assert ("危化品整治组", "包春华", "组长") in got
    assert ("矿山整治组", "庹明华", "组长") in got
    assert not [m for m in got if "处" in m[1]]
    assert {("危化品整治组", group), ("矿山整治组", group)} <= subgroups(text)


# a subgroup's heads printed after its name: 甲组，组长A（兼），副组长B，负责… / 乙组（组长：C）
def test_subgroup_heads_after_its_name():
    text = ("某县人民政府办公室关于成立某县全民阅读推广工作领导小组的通知\n某政办发〔2024〕9号\n各乡镇人民政府：\n"
            "决定成立某县全民阅读推广工作领导小组。现将有关事项通知如下：\n"
            "组　长：甘立平　副县长\n成　员：包春华　县文化局局长\n　　　　庹明华　县教育局副局长\n　　　　璩立军　县财政局副局长\n"
            "领导小组下设三个专项组：\n（一）阅读活动组，组长包春华（兼），副组长璩立军，负责阅读活动的策划；\n"
            "（二）阅读设施组，组长庹明华（兼），负责阅读设施建设的指导。\n"
            "领导小组下设两个工作组：宣传协调组（组长：甘立平）；资金保障组（组长：璩立军）。\n"
            "某县人民政府办公室\n2024年3月5日\n")
    got = members(text)
    assert ("阅读活动组", "包春华", "组长") in got
    assert ("阅读活动组", "璩立军", "副组长") in got
    assert ("阅读设施组", "庹明华", "组长") in got
    assert ("宣传协调组", "甘立平", "组长") in got
    assert ("资金保障组", "璩立军", "组长") in got


# a task table one cell per line with a page turned inside a row (the page's number and the next page's header
# between its cells): the furniture is no cell, the 配合 cell's two bodies on two lines both support
def test_flattened_table_with_a_page_turn_inside_a_row():
    text = ("某市某局关于印发某项整治方案的通知\n某局发〔2021〕7号\n各区县某局：\n现将方案印发给你们。\n"
            "附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n全面排查设施安全隐患\n局甲处\n各区县某局\n2021年8月底前\n"
            "2\n推进监测系统建设\n局乙处\n局丙处\n市某中心\n2021年12月底前\n\n— 40 —\n\nPage 43: 2021年第14期 - example.gov.cn\n\n"
            "3\n建立隐患整改销号制度\n局甲处\n无\n长期坚持\n\n— 41 —\n")
    got = assignments(text)
    assert ("推进监测系统建设", "lead", "局乙处") in got
    assert ("推进监测系统建设", "support", "局丙处") in got
    assert ("推进监测系统建设", "support", "市某中心") in got
    assert ("建立隐患整改销号制度", "lead", "局甲处") in got
    assert not [a for a in got if "Page" in a[2] or "—" in a[2]]


# an article of measures giving collectives of bodies named by kind their standing duties (各地（州、市）某主管部门,
# 县（市、区）某主管部门, 设区市某主管部门): each collective one agency as printed (a single body named by its role,
# 市某行政主管部门, stays none: test_docs20)
def test_article_giving_collectives_by_kind_their_duties():
    text = ("某自治区商务厅关于印发《某自治区回收经营者备案管理办法》的通知\n某商发〔2012〕118号\n各地（州、市）商务主管部门：\n"
            "现将《某自治区回收经营者备案管理办法》印发给你们，请认真贯彻执行。\n某自治区商务厅\n二〇一二年八月三十日\n"
            "某自治区回收经营者备案管理办法\n第一条　为加强回收行业管理，制定本办法。\n"
            "第三条　自治区商务厅负责全区回收经营者备案工作的指导和监督；各地（州、市）商务主管部门负责本行政区域内回收经营者的"
            "备案管理；县（市、区）商务主管部门负责本辖区回收站点的日常核查。\n第四条　本办法自发布之日起施行。\n")
    got = assignments(text)
    assert ("负责全区回收经营者备案工作的指导和监督", "responsible", "自治区商务厅") in got
    assert ("负责本行政区域内回收经营者的备案管理", "responsible", "各地(州、市)商务主管部门") in got
    assert ("负责本辖区回收站点的日常核查", "responsible", "县(市、区)商务主管部门") in got


# measures on a page without line breaks: a chapter's heading (第三章 工作职责) run on into the sentence that divides
# the duties is no part of its first body's name
def test_chapter_heading_run_into_a_division_of_duties():
    text = ("某街道办事处关于印发《某街道网格化服务管理办法》的通知\n某街〔2024〕9号 各社区居委会：《某街道网格化服务管理办法》"
            "已经研究通过，现印发给你们，请认真遵照执行。 某街道办事处 2024年4月18日 某街道网格化服务管理办法 "
            "第一章 总则 为规范网格化服务管理工作，制定本办法。 第二章 工作职责 街道综治中心负责全街道网格化服务管理工作的"
            "统筹协调；街道社会事务办负责网格内服务事项的受理和转办；各社区居委会负责本社区网格的日常管理。 "
            "第三章 附则 本办法自印发之日起施行。\n")
    got = assignments(text)
    assert ("负责全街道网格化服务管理工作的统筹协调", "responsible", "街道综治中心") in got
    assert ("负责本社区网格的日常管理", "responsible", "各社区居委会") in got
    assert not [a for a in got if "章" in a[2]]
