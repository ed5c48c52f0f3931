"""What the blind corpora layouts53 to layouts55 found in the facts' readers (helper lfixa2), and what layouts41-52
still lost: each class tested on made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import posts


# a congress's report whose line breaks are lost: the section's heading (…决定任命：, 决定免去：) inside the line, each
# item after it a decision of that verb, an aside on the person (（女）, （女，回族）) too
def test_decisions_after_a_heading_inside_the_line():
    text = ("某县人大常委会表决通过一批人事任免事项 某某网9月2日报道 2018年9月1日上午，县十七届人大常委会第十次会议"
            "表决通过了多项人事任免案。县人民政府提请任免6人次 根据县人民政府县长的提请，某县人民代表大会常务委员会决定任命："
            "甲立新为县交通运输局局长；乙秀云（女）为县文化和旅游局局长；丙春兰（女，满族）为县统计局局长。决定免去："
            "丁建国的县交通运输局局长职务；戊海涛的县文化和旅游局局长职务。会后，县人大常委会主任颁发了任命书。\n")
    got = posts(text)
    assert ("Appointment", "甲立新", "县交通运输局", "局长") in got
    assert ("Appointment", "乙秀云", "县文化和旅游局", "局长") in got
    assert ("Appointment", "丙春兰", "县统计局", "局长") in got
    assert ("Removal", "丁建国", "县交通运输局", "局长") in got
    assert ("Removal", "戊海涛", "县文化和旅游局", "局长") in got
    assert not [f for f in got if f[1] in ("甲立新", "乙秀云", "丙春兰") and f[0] == "Removal"]


# the same page: a section that lists posts, each before its holder, parted by spaces on one line, then the next
# section's basis (根据某院院长的提请：) on that line too
def test_posts_before_holders_on_one_line():
    text = ("某县人民代表大会常务委员会任免名单 （2020年5月6日某县第十届人民代表大会常务委员会第八次会议通过） "
            "根据县人民政府县长的提请： 决定任命：庚志强为县审计局局长。 根据县人民法院院长的提请： "
            "任命：县人民法院审判员　辛晓东　县人民法院民事审判庭庭长　壬丽萍（女） "
            "根据县人民检察院检察长的提请： 免去：癸文博的县人民检察院检察员职务。\n")
    got = posts(text)
    assert ("Appointment", "庚志强", "县审计局", "局长") in got
    assert ("Appointment", "辛晓东", "县人民法院", "审判员") in got
    assert ("Appointment", "壬丽萍", "县人民法院民事审判庭", "庭长") in got
    assert ("Removal", "癸文博", "县人民检察院", "检察员") in got
