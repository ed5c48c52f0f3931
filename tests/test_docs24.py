"""Document rows (session 24). Every text is made up.

- A number a sentence of the page cites (`某政干〔2030〕15号文件，甲同志任…`, `根据某政发〔2030〕3号，…`) is another
  document's, not the page's own: a news report of a meeting that read out a decision has no number of its own.
  A number on its own line under the title, or opening the text before its addressees, is the page's, as before.
"""
from __future__ import annotations

from helpers import document

REPORT_CITING_A_DECISION = (
    "今天上午，青禾经济开发区召开全区领导干部会议，宣布市委关于主要领导职务任免的决定。\n"
    "市委常委、组织部长周立宣读任免文件并讲话。\n"
    "青政干〔2030〕15号文件，孙伯年同志任青禾经济开发区管理委员会主任。\n"
    "同时，市委决定：孙伯年同志任中共青禾市委经济开发区工作委员会副书记。\n")

REPORT_ACTING_ON_A_NUMBER = (
    "今天上午，青禾市召开干部大会。\n"
    "根据青政发〔2030〕3号，罗成同志任青禾市交通运输局局长。\n")

OWN_NUMBER_OPENS_THE_TEXT = (
    "青政干〔2030〕16号\n"
    "各县区人民政府，市政府各部门：\n"
    "市人民政府决定：孙伯年任青禾经济开发区管理委员会主任。\n"
    "青禾市人民政府\n2030年3月2日\n")


def test_a_number_the_report_cites_is_not_its_own():
    assert document(REPORT_CITING_A_DECISION).number is None
    assert document(REPORT_ACTING_ON_A_NUMBER).number is None


def test_a_number_opening_the_notice_stays_its_own():
    assert document(OWN_NUMBER_OPENS_THE_TEXT).number == "青政干〔2030〕16号"
