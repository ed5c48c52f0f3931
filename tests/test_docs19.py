"""Document rows of real notices (session 16, docs19). Every text is made up.

- A number printed after the title on its line as the issuing body's name with the year (年) and serial in brackets
  (关于…的通知 某某指挥部(2031年7号)): the number as printed, its body the issuer, the title without it."""
from __future__ import annotations

from govkg.extract.layout import find_layout
from govkg.nlp import extract
from govkg.notice import RawNotice


def document(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


HEADQUARTERS = ("关于南岭省防汛抢险总指挥部工作组设置的通知 南岭省防汛抢险总指挥部(2031年7号)\n"
                "关于南岭省防汛抢险总指挥部\n工作组设置的通知\n(二○三一年六月九日)\n"
                "根据抢险工作需要，总指挥部决定设立5个工作组。现将有关事项通知如下：\n"
                "一、转移安置组\n由省民政厅牵头，省公安厅、省交通运输厅参加。\n")


def test_an_issuers_number_with_the_year_after_the_title():
    layout = find_layout(HEADQUARTERS)
    assert layout.title == "关于南岭省防汛抢险总指挥部工作组设置的通知"
    assert layout.number == "南岭省防汛抢险总指挥部(2031年7号)"
    doc = document(HEADQUARTERS)
    assert doc.number == "南岭省防汛抢险总指挥部(2031年7号)"
    assert doc.issuer == "南岭省防汛抢险总指挥部"
    assert doc.signed == "2031-06-09"


def test_a_serial_with_di_and_a_group_as_the_body():
    text = ("关于调整河湾区创建工作专项小组成员的通知 河湾区创建工作领导小组(2029年第3号)\n"
            "各街道办事处：\n因人事变动，现将调整后的专项小组成员通知如下：\n组  长：陶明远\n")
    layout = find_layout(text)
    assert layout.title == "关于调整河湾区创建工作专项小组成员的通知"
    assert layout.number == "河湾区创建工作领导小组(2029年第3号)"


def test_a_year_in_brackets_after_a_headline_is_no_number():
    # a date or a year's note after a headline names no body: left alone
    text = "河湾区召开防汛工作会议(2031年)\n6月2日上午，河湾区召开防汛工作会议。\n"
    assert find_layout(text).number is None
