"""Document rows of real notices (session 17 round 3, docs23). Every text is made up.

- A 范文 site's summary line that opens with the title run into its addressees, their bracketed notes kept
  (某省某某联席会议制度各市(地)、县(市)人民政府(行署),省政府各直属单位:按照…), the title wrapped over two lines under
  it: the title is the line's head, whatever kind word (制度, 规定, 规则, 方案 …) ends it.
- An untitled page cut from the middle of a plan (三、工作机构及职责分工 / 四、工作任务): its section headings make it a
  ``plan``.
"""
from __future__ import annotations

import pytest

from helpers import document


SUMMARY_LINE_SYSTEM = (
    "丰林省海岛垃圾清运工作联席会议制度各市(州)、县(区)人民政府(管委会),省政府各部门:为统筹做好全省海岛垃圾清运工作,"
    "经省政府同意,建立丰林省海岛垃圾清运工作联席会议制度。下面是小编整理的【环保制度】丰林省海岛垃圾清运工作联席会议制度,供参考。\n"
    "丰林省海岛垃圾清运工\n作联席会议制度\n各市(州)、县(区)人民政府(管委会),省政府各部门:\n"
    "为统筹做好全省海岛垃圾清运工作,经省政府同意,建立丰林省海岛垃圾清运工作联席会议制度。现将有关事项通知如下:\n"
    "一、主要职责\n研究解决海岛垃圾清运工作中的重大问题。\n二、组成人员\n总召集人:周一鸣 副省长\n")

SUMMARY_LINE_RULES = (
    "石湾市社区食堂管理规定各区(县)人民政府,市直各单位:为规范社区食堂管理,制定本规定。这是范文网整理的石湾市社区食堂管理规定。\n"
    "石湾市社区食堂管\n理规定\n各区(县)人民政府,市直各单位:\n为规范社区食堂管理,制定本规定。\n")

WITHOUT_NOTES = (
    "下载后可任意编辑青禾县河道清淤实施方案范文各乡镇、县直各单位:为做好河道清淤工作,根据县委部署,我局制定如下方案。\n"
    "一、工作目标\n")


@pytest.mark.parametrize("text, title", [
    (SUMMARY_LINE_SYSTEM, "丰林省海岛垃圾清运工作联席会议制度"),
    (SUMMARY_LINE_RULES, "石湾市社区食堂管理规定"),
    (WITHOUT_NOTES, "青禾县河道清淤实施方案"),
])
def test_title_run_into_addressees_on_a_summary_line(text, title):
    doc = document(text)
    assert doc.title.removesuffix("范文") == title
    assert doc.number is None


def test_sentence_with_addressees_is_no_title():
    text = ("按照县委要求各乡镇:要做好秋收工作,确保颗粒归仓。\n一、总体要求\n各乡镇要高度重视。\n")
    assert not document(text).title


PLAN_FRAGMENT = (
    "(三)其他人员密集场所。对本地区人员密集场所开展排查,着力消除隐患。\n"
    "三、工作机构及职责分工\n"
    "(一)工作机构。县人民政府成立县校园周边环境整治指挥部,副县长周一鸣任指挥长,县教育局局长钱二任副指挥长。\n"
    "(二)职责分工。整治工作实行部门分片包干负责制,县教育局负责东城镇、西河乡,县市场监管局负责南山街道。\n"
    "四、工作任务\n(一)开展集中排查\n各乡镇要组织开展集中排查。\n")

NOTICE_FRAGMENT = (
    "(三)其他事项。各单位要按时报送材料。\n三、有关要求\n各单位要高度重视,认真组织。\n四、联系方式\n联系人:钱二\n")


def test_untitled_plan_fragment_is_a_plan():
    assert document(PLAN_FRAGMENT).kind == "plan"


def test_untitled_fragment_without_plan_headings_stays_a_notice():
    assert document(NOTICE_FRAGMENT).kind == "notice"


QUERIED_NUMBER = (
    "【今天是:\n|\n石政?2031?12號(hào)\n關(guān)于印發(fā)《石灣鄉(xiāng)防汛實施方案》的通知\n各村:\n"
    "現將《石灣鄉防汛實施方案》印發給你們,請認真組織實施。\n石灣鄉人民政府\n二○三一年五月十日\n")
QUERIED_NUMBER_SIMPLIFIED = "青禾县人民政府办公室\n青政办?2030?7号\n关于做好秋收工作的通知\n各乡镇:\n现将有关事项通知如下。\n"


@pytest.mark.parametrize("text, number", [
    (QUERIED_NUMBER, "石政〔2031〕12號"),
    (QUERIED_NUMBER_SIMPLIFIED, "青政办〔2030〕7号"),
])
def test_number_whose_brackets_a_copy_lost_to_question_marks(text, number):
    assert document(text).number == number


def test_question_in_running_text_is_no_number():
    text = "关于做好秋收工作的通知\n各乡镇:\n今年的任务是什么?2030年要完成?3号文件已有部署。\n"
    assert document(text).number is None
