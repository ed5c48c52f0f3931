"""A personnel notice that lost its line breaks, each item of its 任命： list printed as a post, a space and a name,
the list's ； closing each row: a post with a bracketed note (试用期一年) keeps its name on its line."""
from __future__ import annotations

from govkg.extract.layout import split_lines
from govkg.facts import Appointment, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta))


FLAT = ("某县人民政府关于王甲等同志职务任免的通知 某政任〔2021〕3号 各乡镇人民政府、街道办事处，县政府各部门："
        "经县人民政府研究决定：任命：县交通运输局局长\u3000王甲乙；县林业局副局长（试用期一年）\u3000赵\u3000丙丁（女）；"
        "县统计局副局长（挂职）\u3000钱戊己；免去：县水利局局长\u3000孙庚辛；"
        "聘任李壬癸为县中心医院院长，聘期三年。某县人民政府 2021年4月6日")


def _line(text: str, needle: str) -> str:
    return next(line.text for line in split_lines(text) if needle in line.text)


def test_a_noted_post_keeps_its_name_on_the_row():
    assert _line(FLAT, "副局长（试用期一年）") == "县林业局副局长（试用期一年）\u3000赵\u3000丙丁（女）；"
    assert _line(FLAT, "副局长（挂职）") == "县统计局副局长（挂职）\u3000钱戊己；"


def test_the_rows_before_and_after_stay_apart():
    assert _line(FLAT, "王甲乙") == "县交通运输局局长\u3000王甲乙；"
    assert _line(FLAT, "孙庚辛") == "县水利局局长\u3000孙庚辛；"


def test_the_noted_appointment_is_read_with_its_probation():
    facts = run(FLAT).facts
    got = {(f.person, f.probation) for f in facts if isinstance(f, Appointment)}
    assert ("赵丙丁", "P1Y") in got
    assert ("王甲乙", None) in got
    assert "孙庚辛" in {f.person for f in facts if isinstance(f, Removal)}


def test_a_bracket_closing_a_sentence_still_breaks():
    text = ("某县人民政府关于做好某项工作的通知 某政〔2021〕5号 各乡镇人民政府，县政府各部门：为做好某项工作（2021年度）。"
            "\u3000现将有关事项通知如下：一、加强领导；二、明确责任；三、抓好落实。某县人民政府 2021年5月6日")
    assert not any("（2021年度）。" in line.text and "现将" in line.text for line in split_lines(text))
