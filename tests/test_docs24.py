"""Document rows of real notices (session 18, docs24). Every text is made up.

- A document-sharing page that lost the notice's line breaks: under the site's greeting and the path to the page
  (whose last step is the title without its issuer) one line runs a printed page's number (—1—), the 文号, the
  issuer's title and the addressees together: the number and the full title are read from that line.
- A news report of a body set up "with X as its core" (会议决定,成立以…为主体的某县某某委员会): the committee named
  after 为 is no member's post (委员), so the report is no personnel decision.
- A cover letter run on one line: its date of signing after the last sentence, or its signature and date opening the
  attachment's heading, is the notice's date of signing.
- A member list run on one line whose labels are ranked 第一 (第一组长:, 第一副组长:): cut before the rank, not
  between it and the label.
- A news report (or an untitled page) that names units' roles only in its sentences (督促各责任单位落实…) is a
  notice; labels, or a text that says it divides the work (任务分工, 分解), still make a plan.
- A notice that changes post-holders and the units answering to them (调整…林长和责任单位) is a notice, not a plan.
"""
from __future__ import annotations

import pytest

from helpers import document, members


FLAT_AFTER_PATH = (
    "欢迎光临,精品文库\n"
    "您的位置:首页 > 行业资料 > 工作总结 > 关于加强全县秋季防火工作的通知\n"
    "—1—青府发〔2013〕12号青山县人民政府关于加强全县秋季防火工作的通知各乡镇人民政府,县直有关单位:"
    "入秋以来,全县降水偏少,火险等级居高不下。为切实做好秋季防火工作,现将有关事项通知如下。一、成立县秋季防火指挥部"
    "指挥长:李向东县长\n")

FLAT_PAGE_NUMBER_DASHES = (
    "文档分享\n"
    "- 1 -河政办发〔2020〕41号河川市人民政府办公室关于印发河川市冬季供暖保障方案的通知各区人民政府,市政府各部门:"
    "《河川市冬季供暖保障方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n")


@pytest.mark.parametrize("text, number, title", [
    (FLAT_AFTER_PATH, "青府发〔2013〕12号", "青山县人民政府关于加强全县秋季防火工作的通知"),
    (FLAT_PAGE_NUMBER_DASHES, "河政办发〔2020〕41号", "河川市人民政府办公室关于印发河川市冬季供暖保障方案的通知"),
])
def test_number_title_and_addressees_on_one_line_under_the_page_path(text, number, title):
    doc = document(text)
    assert (doc.number, doc.title) == (number, title)


OWN_HEADLINE_OVER_RUN = (
    "东坪区召开安全生产专题会议\n"
    "东府发〔2019〕8号东坪区人民政府关于做好节日期间安全生产工作的通知各街道办事处,区直各部门:"
    "节日将至,为确保全区安全生产形势稳定,现就有关事项通知如下。\n")


def test_page_headline_that_is_not_the_runs_title_stays():
    """A headline of the page's own (not the run's title without its issuer) is not replaced."""
    assert document(OWN_HEADLINE_OVER_RUN).title == "东坪区召开安全生产专题会议"


def test_run_under_body_text_is_not_the_title():
    text = ("为做好全区防汛工作,区政府多次召开专题会议研究部署,各部门积极响应,现将近期文件转载如下,供各单位学习参考。\n"
            "东府发〔2019〕9号东坪区人民政府关于做好防汛工作的通知各街道办事处,区直各部门:入汛以来,降雨偏多。\n")
    assert document(text).title != "东坪区人民政府关于做好防汛工作的通知"


# A news report of a body set up "with X as its core" (以…为主体的某某委员会): the body's name after 为 names no post,
# so the page reports no personnel decision; a post in a committee (为某某委员会主任) still does.
BODY_SET_UP_NEWS = (
    "南岭县召开灾后恢复生产第一次工作大会\n"
    "南岭新闻网 2011年07月02日\n"
    "本报讯 7月1日,南岭县恢复生产工作委员会在县城临时办公点召开第一次工作大会。"
    "会议决定,成立以“两部五办”为核心的南岭县恢复生产工作委员会,下设综合办公室、农业生产办、道路交通办等机构。\n"
    "会议要求,各乡镇要尽快恢复正常生产生活秩序。\n")

COMMITTEE_POST_NEWS = (
    "南岭县人大常委会举行第十次会议\n"
    "南岭新闻网 2011年07月02日\n"
    "本报讯 7月1日,县人大常委会举行第十次会议。会议决定任命周立群为县民族宗教事务委员会主任。\n")


@pytest.mark.parametrize("text, kind", [
    (BODY_SET_UP_NEWS, "notice"),
    (COMMITTEE_POST_NEWS, "personnel"),
])
def test_committee_named_after_wei_is_no_post(text, kind):
    assert document(text).kind == kind


# A notice that changes post-holders and the units that answer to them (调整…河长和责任单位) allocates no tasks: a
# notice; one that names the units responsible for the year's tasks (明确…重点工作责任单位) is a plan.
@pytest.mark.parametrize("title, kind", [
    ("青川县河长制办公室关于调整部分乡级河长和责任单位的通知", "notice"),
    ("青川县总田长办公室关于明确田长及责任单位的通知", "notice"),
    ("青川县人民政府关于明确2020年重点工作责任单位的通知", "plan"),
])
def test_holders_and_their_units_are_no_division_of_tasks(title, kind):
    text = f"{title}\n各乡镇人民政府,县直各部门:\n因工作需要,现将有关事项通知如下。\n"
    assert document(text).kind == kind


# A cover letter whose line breaks were lost: its date of signing after the last sentence of the run-on text
# (请认真贯彻执行。 二〇一三年五月八日), or its signature and date opening the line of the attachment's heading
# (某市人民政府2014年9月3日某市某某实施方案为…): the date is the notice's date of signing.
DATE_AFTER_LAST_SENTENCE = (
    "市政府办公室关于印发《2013年青山市全民健身月活动方案》的通知 青政办发〔2013〕21号\n"
    "各县(区)人民政府,市各委办局: 《2013年青山市全民健身月活动方案》已经市政府同意,现印发给你们,请认真贯彻执行。 "
    "二〇一三年五月八日\n"
    "2013年青山市全民健身月活动方案\n一、活动主题\n全民健身,快乐生活。\n")

SIGNATURE_OPENS_ATTACHMENT = (
    "白河市人民政府关于印发白河市2014年农村公路养护实施方案的通知\n"
    "白河市人民政府2014年9月3日白河市2014年农村公路养护实施方案为进一步加强农村公路养护管理,提高路况水平,"
    "根据省交通运输厅有关要求,结合我市实际,制定本方案。\n一、工作目标\n全市农村公路优良路率达到百分之七十。\n")


@pytest.mark.parametrize("text, signed", [
    (DATE_AFTER_LAST_SENTENCE, "2013-05-08"),
    (SIGNATURE_OPENS_ATTACHMENT, "2014-09-03"),
])
def test_signing_date_in_a_run_on_text(text, signed):
    assert document(text).signed == signed


def test_news_sentence_with_body_and_date_is_not_cut():
    from govkg.extract.layout import split_lines
    line = ("白河市人民政府2014年9月3日召开全市农村公路养护工作会议,会议总结了上半年工作,"
            "部署了下半年农村公路养护任务,要求各县区抓好落实。")
    assert [ln.text for ln in split_lines(line)] == [line]


# A member list whose line breaks were lost, its first label ranked 第一 (第一组长:, 第一副组长:): the rank is the
# label's, not the end of the line before it.
FLAT_FIRST_RANKED = (
    "关于成立县乡村旅游发展工作领导小组的通知\n"
    "各乡镇人民政府,县直各单位:\n"
    "为加快乡村旅游发展,县政府决定成立县乡村旅游发展工作领导小组,成员如下:第一组长:石东海县委书记组长:何立新县委副书记、"
    "县长第一副组长:严可均县委常委、常务副县长副组长:范志远县人民政府副县长成员:杜文静县文化和旅游局局长\n")


def test_first_ranked_labels_in_a_run_on_member_list():
    group = "县乡村旅游发展工作领导小组"
    assert members(FLAT_FIRST_RANKED) == sorted([
        (group, "石东海", "第一组长"), (group, "何立新", "组长"), (group, "严可均", "第一副组长"),
        (group, "范志远", "副组长"), (group, "杜文静", "成员")])


# A news report that names units' roles in its sentences (督促各责任单位落实…, 相关责任单位负责人参加, 明确牵头单位和
# 责任单位,) allocates no tasks: a notice. Labels (牵头单位:, (某局牵头)) or a text that says it divides the work
# (任务分工, 分解) still make a plan.
PROSE_ROLES_NEWS = (
    "东岭县召开2021年创建省级卫生县城推进会\n"
    "8月3日,东岭县召开2021年创建省级卫生县城推进会,督促各责任单位落实迎检工作任务。"
    "县领导吴海川、孟思远出席,相关责任单位负责人及各乡镇主要领导60多人参加会议。\n"
    "会议要求,各部门要认清形势,全力以赴抓好落实。\n")

PROSE_ROLES_UNTITLED = (
    "5月6日,西坪镇召开环境整治推进会议,传达区委有关会议精神。会议对照问题清单,明确牵头单位和责任单位,"
    "要求各单位按时完成整改。镇党委书记方明远出席会议并讲话。\n")

LABELLED_TASKS_UNTITLED = (
    "一、加强道路清扫保洁。\n牵头单位:县城管局\n配合单位:各乡镇人民政府\n"
    "二、整治农贸市场环境。\n牵头单位:县市场监管局\n配合单位:县卫健局\n")

DIVISION_IN_PROSE = (
    "各乡镇人民政府,县直各部门:\n为做好创建工作,现对创建任务进行细化分解,进一步明晰各责任单位工作任务。"
    "各责任部门要根据任务分工,切实履行职责。\n附:创建工作任务分解表\n")


@pytest.mark.parametrize("text, kind", [
    (PROSE_ROLES_NEWS, "notice"),
    (PROSE_ROLES_UNTITLED, "notice"),
    (LABELLED_TASKS_UNTITLED, "plan"),
    (DIVISION_IN_PROSE, "plan"),
])
def test_units_roles_in_sentences_are_no_task_labels(text, kind):
    assert document(text).kind == kind


@pytest.mark.parametrize("headline", [
    "南岭县召开2021年创建省级卫生县城推进会? 南岭县爱卫办供图",
    "南嶺縣召開2021年創建省級衛生縣城推進會  記者 王小川 攝",
    "南岭县召开2021年创建省级卫生县城推进会??责任编辑:周一",
    "南岭县召开2021年创建省级卫生县城推进会 来源:南岭新闻网",
])
def test_photo_credit_or_byline_after_a_headline_is_cut(headline):
    """A photo's credit (某办供图, 记者 某某 摄) or a byline a news page printed after its headline on the same
    line (a mirror's ? for the spaces between them) is no part of the title."""
    text = (headline + "\n"
            "南岭新闻网5月6日讯 5月6日,南岭县召开2021年创建省级卫生县城推进会,部署迎检工作。县领导出席会议。\n")
    title = document(text).title
    assert title.startswith(headline[:3]) and title.endswith(("推进会", "推進會"))


@pytest.mark.parametrize("headline, title", [
    ("南岭县举办第三届农民摄影大赛 评出十佳作品", "南岭县举办第三届农民摄影大赛评出十佳作品"),
    ("南岭县启动全域 航空摄影", "南岭县启动全域航空摄影"),
    ("南岭县召开文明创建推进会 南岭画报 周小雨/摄影", "南岭县召开文明创建推进会"),
])
def test_a_headline_about_photography_keeps_its_words(headline, title):
    text = (headline + "\n"
            "南岭新闻网5月6日讯 5月6日,南岭县举行相关活动,县领导出席。\n")
    assert document(text).title == title


REPORT_OF_A_NOTICE = (
    "青川县成立秸秆禁烧工作领导小组\n"
    "2022-10-11 09:30 来源:青川融媒\n"
    "青川县人民政府办公室日前印发通知,决定成立青川县秸秆禁烧工作领导小组,统筹全县秸秆禁烧工作。\n"
    "领导小组由副县长刘长河任组长,县农业农村局局长孙方任副组长。\n")


def test_news_report_of_a_notice_has_no_issuer():
    """A news report under its own headline (某县成立某某领导小组) that tells of a body's notice (某县人民政府办公室
    日前印发通知) was not issued by that body: no issuer."""
    assert document(REPORT_OF_A_NOTICE).issuer is None


def test_notice_title_keeps_the_reported_issuer():
    text = REPORT_OF_A_NOTICE.replace("青川县成立秸秆禁烧工作领导小组\n", "关于成立青川县秸秆禁烧工作领导小组的通知\n", 1)
    assert document(text).issuer == "青川县人民政府办公室"


def test_news_report_whose_headline_names_the_sender_keeps_it():
    """A headline that names the body whose notice the report tells of, as the one that acts (某县调整县人民政府
    某某指挥部 over 某县人民政府某某指挥部发文…), keeps that body as the issuer."""
    text = ("南岭县调整县人民政府森林防火指挥部\n"
            "2023-03-02 10:15 来源:南岭融媒\n"
            "近日,南岭县人民政府森林防火指挥部发文,对指挥部组成人员进行调整。\n")
    assert document(text).issuer == "南岭县人民政府森林防火指挥部"


@pytest.mark.parametrize("banner", ["点击蓝字 关注我们", "点击上方蓝字关注我们", "點擊藍字 關注我們"])
def test_wechat_banner_is_no_headline(banner):
    """A WeChat post's banner over its text (点击蓝字 关注我们) is no title."""
    text = (banner + "\n"
            "5月9日,南岭县委书记王成林率队督导检查创建工作,要求各单位紧扣目标任务,合力攻坚。\n"
            "县领导刘一鸣参加督导。\n")
    assert document(text).title in (None, "")


@pytest.mark.parametrize("colon", [":", "："])
def test_member_label_opening_an_untitled_page_is_no_decision(colon):
    """An untitled page cut from a committee's member list (副主任:某某 某职) names members, not appointments: a
    notice, whichever colon the copy prints."""
    text = (f"副主任{colon}刘长河 省政府副秘书长\n"
            f"委员{colon}孙方 省商务厅副厅长\n"
            "周立 省财政厅副厅长\n"
            "组委会办公室设在省商务厅,负责博览会筹备的日常工作。\n")
    assert document(text).kind == "notice"
