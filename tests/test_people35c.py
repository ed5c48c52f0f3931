"""people35c: personnel decision classes of the thirty-fifth round, third pass (made-up notices only)."""
import pytest

from govkg.facts import Appointment
from helpers import facts, posts

_CITY_HEAD = "青州市人民政府\n关于甲等同志任免职的通知\n青政任字[1997]4号\n各乡镇人民政府，市政府各委、办、局：\n    经市政府研究决定：\n"
_CITY_FOOT = "青州市人民政府\n一九九七年四月二日\n"


def test_seconded_staff_named_by_where_they_come_from():
    # 省某厅干部甲同志挂职任市某局副局长，挂职时间一年（…至…）: the staff they come from before the name, no 到
    text = _CITY_HEAD + "    省林业厅干部储海涛同志挂职任市林业局副局长，挂职时间一年（1997年6月至1998年6月）。\n" + _CITY_FOOT
    got = [f for f in facts(text) if isinstance(f, Appointment)]
    assert [(f.person, f.post.agency, f.post.title) for f in got] == [("储海涛", "市林业局", "副局长")]
    assert (got[0].secondment, got[0].start, got[0].end) == (True, "1997-06", "1998-06")


def test_deputy_title_after_a_misprinted_body_is_read_as_printed():
    # 县文化居副局长 (a retype's 居 for 局): a deputy's title follows the body's whole name, nothing is added to it
    got = posts(_CITY_HEAD + "    柏运昌同志任县文化居副局长；\n    莫晓川同志任人事教育司长；\n" + _CITY_FOOT)
    assert ("Appointment", "柏运昌", "县文化居", "副局长") in got
    assert ("Appointment", "莫晓川", "人事教育司", "司长") in got  # (the head's bare title still names its body)


def test_four_character_name_padded_after_its_first():
    # 任命：⏎阿　旺曲珍為縣人民法院審判員: a column of names padded to line up, a four-character name among them
    text = ("某縣人民代表大會常務委員會\n任免名單\n（2005年9月28日某縣第十五屆人民代表大會常務委員會第十八次會議通過）\n"
            "    任命：\n    多　吉才让為縣人民法院審判員\n    羅　學海為縣人民檢察院檢察員\n")
    got = posts(text)
    assert ("Appointment", "多吉才让", "縣人民法院", "審判員") in got
    assert ("Appointment", "羅學海", "縣人民檢察院", "檢察員") in got


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_removal_with_the_whose_after_the_posts(script):
    # 免去甲某市副市长的职务: the name glued to the posts, 的 after them; the city the line's appointments named
    text = ("青州市人大常委会任免一批干部\n今日下午,青州市六届人大常委会第十九次会议通过人事任免事项,"
            "任命柏运昌、高立民为青州市副市长,免去龙海青州市副市长的职务。\n")
    if script == "traditional":
        text = text.replace("为", "為").replace("长", "長").replace("职务", "職務").replace("会", "會")
    got = posts(text)
    title = "副市长" if script == "simplified" else "副市長"
    assert ("Removal", "龙海", "青州市人民政府", title) in got
    assert ("Appointment", "柏运昌", "青州市人民政府", title) in got


def test_decision_named_after_another_decision_of_the_session():
    # 通过了…议案、关于接受辞职的决定以及关于甲为某院代理检察长的决定: the second 关于's person and post
    text = ("青州市人大常委会举行会议\n会议审议并表决通过了有关人事任免议案、关于接受辞职的决定以及"
            "关于柏运昌为青州市人民检察院代理检察长的决定。\n")
    assert posts(text) == [("Appointment", "柏运昌", "青州市人民检察院", "代理检察长")]
