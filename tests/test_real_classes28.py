"""What the real web corpora real13, real21 and real24 still showed (helper lfixs): each class tested on made-up
notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import document, posts


# a law database's heading over the text it stores, <number>--<title>: the title is the heading's text after the
# dashes, the number the heading's, in figures, not the serial under the decree's header in Chinese numerals
ORDER = ("某某法规库\n某省人民政府令第27号--某某厅厅长职务任免\n某省人民政府令\n\n（第二十七号）\n\n"
         "根据某省人民代表大会常务委员会第九次会议的决定：\n免去王立成的某某厅厅长职务；\n任命赵明远为某某厅厅长。\n"
         "某省人民政府省长　钱文华\n\n2016年3月8日\n")


def test_database_heading_gives_number_and_title():
    d = document(ORDER)
    assert d.number == "某省人民政府令第27号"
    assert d.title == "某某厅厅长职务任免"
    assert d.issuer == "某省人民政府"
    assert d.signed == "2016-03-08"
    got = posts(ORDER)
    assert ("Appointment", "赵明远", "某某厅", "厅长") in got
    assert ("Removal", "王立成", "某某厅", "厅长") in got


# a bracketed 文号 in the heading is normalised like any other
def test_database_heading_with_a_bracketed_number():
    text = ("某县政发〔2012〕5号--关于印发某县某某管理办法的通知\n各乡镇人民政府，县直各单位：\n"
            "现将《某县某某管理办法》印发给你们，请认真贯彻执行。\n某县人民政府\n2012年4月1日\n")
    d = document(text)
    assert d.number == "某县政发〔2012〕5号"
    assert d.title == "关于印发某县某某管理办法的通知"


# a file's name cut short (…, .txt) is no heading
def test_file_name_is_no_heading():
    text = ("test/某省人民政府令第27号--某某厅厅长...(ABC.1.23).txt\n某省人民政府令\n\n（第二十七号）\n\n"
            "根据某省人民代表大会常务委员会第九次会议的决定：\n任命赵明远为某某厅厅长。\n某省人民政府省长　钱文华\n\n2016年3月8日\n")
    d = document(text)
    assert d.title != "某某厅厅长...(ABC.1.23).txt"
    assert d.number != "某省人民政府令第27号"


# an honorary post (荣誉院长, 荣誉会长) is a title with its modifier, as 名誉 is: its holder is no person named 荣誉
def test_honorary_post_is_one_title():
    text = ("关于周德明同志职务任免的通知\n各科室：\n经研究，决定：\n聘任周德明同志为某市中心医院荣誉院长。\n"
            "某市中心医院\n2021年5月6日\n")
    got = posts(text)
    assert ("Appointment", "周德明", "某市中心医院", "荣誉院长") in got
    assert not any(p[1] == "荣誉" for p in got)
