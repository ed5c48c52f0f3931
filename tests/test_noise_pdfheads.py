"""Page noise of the classes pdf_heads and line_numbers (tests/noise.py).

pdf_heads: a copy out of a PDF (a gazette's issue, a document printed with running heads) keeps each page's furniture
where the page broke: its number at the foot (— 3 —, -3-, 第3页 共7页, 3/7, ·3·) and the next page's running head (the
gazette's name and issue, the masthead or the 文号 repeated), in the middle of member lists, tables and sentences. They
are told by their shape and their place (text.join_wrapped_lines: _page_furniture), never taken for a heading, a
member, a title or a document number. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.text import drop_line_numbers, join_wrapped_lines
from helpers import assignments, document, members

_HEAD = ("某市人民政府办公室文件\n\n某政办函〔2024〕8号\n\n某市人民政府办公室关于成立某市防汛抗旱指挥部的通知\n\n"
         "各县区人民政府，市直各单位：\n　　为做好防汛抗旱工作，市政府决定成立某市防汛抗旱指挥部。组成人员如下：\n"
         "　　指挥长：丁伟　市长\n　　成　员：甲明　市应急管理局局长\n")
_TAIL = "　　　　　　丙强　市消防救援支队副支队长\n　　各单位要高度重视，认真落实。\n\n某市人民政府办公室\n2024年3月20日\n"
_GROUP = "某市防汛抗旱指挥部"


@pytest.mark.parametrize("furniture", [
    "— 7 —\n某市人民政府公报　2024年第3期",             # a gazette's name and issue over the next page
    "\n-7-\n\n2024年第3期\n",                          # the issue alone (the name over the other pages)
    "·12·　某市人民政府公报　2024年第3期",              # the page's number inside the head
    "第2页 共3页\n某市人民政府办公室文件",               # the masthead repeated
    "2/3\n" + " " * 40 + "某政办函〔2024〕8号",           # the 文号 at the top right
    "某市人民政府公报　2024年第3期",                     # a gazette's head with no number below it
])
def test_a_member_list_runs_on_over_a_page_break(furniture):
    text = _HEAD + "　　　　　　乙红　市水利局局长\n" + furniture + "\n" + _TAIL
    assert set(members(text)) == {(_GROUP, "丁伟", "指挥长"), (_GROUP, "甲明", "成员"), (_GROUP, "乙红", "成员"),
                                  (_GROUP, "丙强", "成员")}
    row = document(text)
    assert (row.number, row.issuer) == ("某政办函〔2024〕8号", "某市人民政府办公室")


def test_the_issuer_repeated_over_a_page_is_no_second_signature():
    text = ("某县人民政府文件\n某政任〔2024〕3号\n某县人民政府关于甲某等同志任免职务的通知\n各乡镇人民政府：\n"
            "　　经研究，决定：\n　　甲明任县水利局局长。\n\n" + " " * 30 + "某县人民政府\n- 1 -\n某县人民政府\n"
            + " " * 30 + "2024年8月6日\n- 2 -\n")
    row = document(text)
    assert (row.issuer, row.signed) == ("某县人民政府", "2024-08-06")


@pytest.mark.parametrize("text, expected", [
    # a paragraph a page cut: its lines run on over the number and the head
    ("　　为做好防汛抗旱工作，经市政府同意，决定成立某市防汛抗旱指挥部，统\n— 2 —\n某市人民政府公报　2024年第3期\n"
     "筹全市防汛抗旱工作。\n",
     "　　为做好防汛抗旱工作，经市政府同意，决定成立某市防汛抗旱指挥部，统筹全市防汛抗旱工作。\n"),
    # the first page's number and head over the text: the text's first line is its own
    ("·78·　某市人民政府公报　2024年第3期\n某市人民政府办公室\n关于调整某指挥部组成人员的通知\n某市人民政府办公室\n",
     "某市人民政府办公室\n关于调整某指挥部组成人员的通知\n某市人民政府办公室\n"),
    # page numbers in brackets that count up through the text go; one alone stays (an item's number)
    ("甲\n" * 12 + "（54）\n" + "乙\n" * 12 + "（55）\n丙\n", "甲\n" * 12 + "乙\n" * 12 + "丙\n"),
    ("甲\n（1）\n乙\n", "甲\n（1）\n乙\n"),
    # a gazette's issue in a sentence, a statistical communiqué's title, an order's number: no furniture
    ("某市2023年国民经济和社会发展统计公报\n第155号\n", "某市2023年国民经济和社会发展统计公报\n第155号\n"),
    # a list's label after a page's number stays, though it prints again
    ("成员：\n甲某\n— 2 —\n成员：\n乙某\n", "成员：\n甲某\n成员：\n乙某\n"),
])
def test_page_furniture_goes(text, expected):
    assert join_wrapped_lines(text) == expected


def test_a_table_row_a_page_cut_runs_on():
    text = ("某市人民政府办公室关于印发某市环境整治工作方案的通知\n某政办发〔2024〕9号\n附件\n某市环境整治重点任务分工表\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t整治生活垃圾积存点\t市综合执法局\t各县区人民政府、\n\n— 7 —\n\n某市人民政府公报　2024年第3期\n\n"
            "各街道办事处\t2024年6月底前\n2\t推进污水治理\t市生态环境局\t市水务局\t2024年9月底前\n")
    assert ("整治生活垃圾积存点", "support", "各街道办事处") in assignments(text)
    assert ("整治生活垃圾积存点", "lead", "市综合执法局") in assignments(text)


# line_numbers: a copy that kept a viewer's line numbers before every line (text.drop_line_numbers)

_NOTICE = ("某市人民政府办公室文件", "", "某政办函〔2024〕8号", "", "某市人民政府办公室关于成立某市防汛抗旱指挥部的通知", "",
           "各县区人民政府，市直各单位：", "　　为做好防汛抗旱工作，市政府决定成立某市防汛抗旱指挥部。组成人员如下：",
           "　　指挥长：丁伟　市长", "　　成　员：甲明　市应急管理局局长", "　　　　　　乙红　市水利局局长",
           "　　各单位要高度重视，认真落实。", "", "某市人民政府办公室", "2024年3月20日")


def _numbered(style: str) -> str:
    out = []
    for n, line in enumerate(_NOTICE, 1):
        if style == "diff":
            out += [f"{n} |", "-", line, "|"] if line else [f"{n} |", "-", "|"]
        else:
            out.append(style.format(n=n, w=f"{n:>2}", line=line).rstrip())
    return "\n".join(out)


@pytest.mark.parametrize("style", ["{w}  {line}", "{n}|{line}", "{w} | {line}", "{n}:{line}", "{n}\u3000{line}",
                                   "{n}\t{line}", "diff"])
def test_line_numbers_go(style):
    text = _numbered(style)
    assert join_wrapped_lines(drop_line_numbers(text)) == "\n".join(_NOTICE)
    assert set(members(text)) == {(_GROUP, "丁伟", "指挥长"), (_GROUP, "甲明", "成员"), (_GROUP, "乙红", "成员")}
    row = document(text)
    assert (row.number, row.issuer, row.signed) == ("某政办函〔2024〕8号", "某市人民政府办公室", "2024-03-20")


@pytest.mark.parametrize("text", [
    # a task table's numbered rows, an enumeration, below the text's head: no viewer's numbers
    "某市环境整治工作方案\n一、重点任务\n为做好整治工作，制定本方案。\n序号\t任务\t牵头单位\n" + "".join(
        f"{n}\t任务{n}\t市某局\n" for n in range(1, 8)) + "二、工作要求\n各单位要认真落实。\n某市人民政府\n附件说明\n",
    "某市人民政府\n关于某事项的通知\n各县区：\n现将有关事项通知如下。\n一、总体要求\n" + "".join(
        f"{n} 要求{n}。\n" for n in range(1, 6)),
    "2024年3月20日\n2024年3月21日\n2024年3月22日\n2024年3月23日\n2024年3月24日\n",
])
def test_numbers_that_are_no_viewer_s_stay(text):
    assert drop_line_numbers(text) == text
