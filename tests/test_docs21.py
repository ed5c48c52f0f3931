"""Document rows of real notices (session 17, docs21). Every text is made up.

- A letter that sets up or approves a working system (关于同意建立某某联席会议制度的函 / 批复, 关于建立…制度的通知) and
  attaches the 制度 itself (附件：某某联席会议制度, or the 制度 printed as its own heading under the letter) issues a
  rule: ``measures``. One that sets the body up in its own text, or attaches only a list of members, is a ``notice``.
"""
from __future__ import annotations

import pytest

from helpers import document


APPROVES_AND_ATTACHES = (
    "丰林省人民政府办公厅关于同意建立丰林省海岛旅游发展联席会议制度的函\n丰政办函〔2031〕12号\n省文化和旅游厅:\n"
    "你厅关于建立丰林省海岛旅游发展联席会议制度的请示收悉。经省人民政府同意,现函复如下:\n"
    "同意建立由省文化和旅游厅牵头的丰林省海岛旅游发展联席会议制度。联席会议不刻制印章,不正式行文。\n"
    "附件:丰林省海岛旅游发展联席会议制度\n丰林省人民政府办公厅\n2031年4月2日\n附件\n丰林省海岛旅游发展联席会议制度\n"
    "为统筹推进海岛旅游发展,经省人民政府同意,建立丰林省海岛旅游发展联席会议(以下简称联席会议)制度。\n一、主要职责\n")

REPLY_PRINTS_IT_UNDER = (
    "石湾市人民政府关于同意建立石湾市非遗保护工作联席会议制度的批复\n市文广局:\n你局的请示收悉。现批复如下:\n"
    "同意建立石湾市非遗保护工作联席会议制度。请认真组织开展工作。\n2031年3月2日\n石湾市非遗保护工作联席会议制度\n"
    "为加强非遗保护工作,市政府决定建立石湾市非遗保护工作联席会议制度。\n一、主要职责\n统筹协调全市非遗保护工作。\n")

NOTICE_ATTACHES_IT = (
    "青禾县人民政府办公室关于建立青禾县河湖保洁工作联席会议制度的通知\n各乡镇人民政府,县直各单位:\n"
    "经县政府研究,决定建立由县水利局牵头的青禾县河湖保洁工作联席会议制度。\n附件:青禾县河湖保洁工作联席会议制度\n"
    "青禾县人民政府办公室\n2030年8月14日\n附件:\n青禾县河湖保洁工作联席会议制度\n一、主要职能\n协调全县河湖保洁工作。\n")

UNTITLED_REPLY = (
    "丰政办函〔2031〕17号\n市民政局:\n丰民发〔2031〕24号文收悉。市人民政府同意建立“丰林市邻里互助工程”联席会议制度。"
    "联席会议不刻制印章,不正式行文。\n附件:“丰林市邻里互助工程”联席会议制度\n丰林市人民政府办公室\n2031年4月26日\n附件\n"
    "“丰林市邻里互助工程”联席会议制度\n为统筹推进邻里互助工程,建立联席会议制度。\n一、主要职责\n")

SETS_UP_IN_ITS_OWN_TEXT = (
    "石湾市人民政府办公室关于建立石湾市养老服务工作联席会议制度的通知\n各区人民政府,市政府各部门:\n"
    "为加强养老服务工作,市政府决定建立石湾市养老服务工作联席会议制度。现将有关事项通知如下:\n一、联席会议职责\n"
    "统筹协调全市养老服务工作。\n二、联席会议组成\n联席会议由分管副市长担任召集人。\n附件:1.联席会议组成人员名单\n"
    "石湾市人民政府办公室\n2030年5月6日\n")


@pytest.mark.parametrize("text", [APPROVES_AND_ATTACHES, REPLY_PRINTS_IT_UNDER, NOTICE_ATTACHES_IT, UNTITLED_REPLY])
def test_letter_that_attaches_the_system_it_sets_up_is_measures(text):
    assert document(text).kind == "measures"


def test_letter_that_sets_the_body_up_in_its_own_text_stays_a_notice():
    assert document(SETS_UP_IN_ITS_OWN_TEXT).kind == "notice"


def test_letter_whose_attachment_is_another_document_stays_a_notice():
    text = APPROVES_AND_ATTACHES.replace("附件:丰林省海岛旅游发展联席会议制度", "附件:丰林省海岛旅游发展联席会议成员名单") \
        .replace("附件\n丰林省海岛旅游发展联席会议制度\n", "附件\n丰林省海岛旅游发展联席会议成员名单\n")
    assert document(text).kind == "notice"


# - A law database's note under the title that dates the document and gives its number, with the body and its verb
#   of issue between them or not ((1994年3月9日市人民政府发布某政发[1994]8号), (1985年5月4日某政〔1985〕38号) with the
#   text run on after it): the number is the document's (not 三月九日市人民政府发布某政发…), the date its signing day.

LAW_DATABASE_NOTE = ("您的位置: 首页 » 资料网 » 法规\n\n青川市河砂开采管理办法\n\n时间:2031-07-04 04:53:54 来源: 资料网\n\n"
                     "青川市河砂开采管理办法\n\n丰林省青川市人民政府\n\n\n青川市河砂开采管理办法\n\n"
                     "({date}市人民政府发布青政发[1996]12号)\n\n\n第一条 为加强河砂开采管理,制定本办法。\n\n"
                     "第二条 凡在本市从事河砂开采的单位和个人,均须执行本办法。\n")


@pytest.mark.parametrize("date, signed", [("一九九六年五月二日", "1996-05-02"), ("1996年5月2日", "1996-05-02")])
def test_database_note_of_date_body_and_number(date, signed):
    doc = document(LAW_DATABASE_NOTE.format(date=date))
    assert doc.number == "青政发〔1996〕12号"
    assert doc.signed == signed


def test_database_note_of_date_and_number_with_the_text_run_on():
    doc = document("丰林省地方法规\n\n丰林省政府关于做好河道清淤工作的通知\n\n【发布日期】1987-06-11\n\n"
                   "丰林省人民政府关于做好河道清淤工作的通知\n\n(1987年6月11日丰政〔1987〕52号)  为做好汛前河道清淤,"
                   "现将有关问题通知如下:\n\n一、清淤范围\n\n各市县主要河道。\n")
    assert doc.number == "丰政〔1987〕52号"
    assert doc.signed == "1987-06-11"


def test_a_dated_number_in_running_text_is_no_note():
    doc = document("丰林省人民政府关于做好河道清淤工作的通知\n各市县人民政府:\n根据省政府工作安排(1987年6月11日丰政〔1987〕52号),"
                   "现将有关问题通知如下:\n一、清淤范围\n丰林省人民政府\n1987年7月1日\n")
    assert doc.number != "丰政〔1987〕52号"
    assert doc.signed == "1987-07-01"
