"""A notice whose page lost its line breaks (tests/noise.py one_line, one_line_spaced): the whole notice on one
line, with no separator or a single space where each break stood. Made-up notices only."""
from __future__ import annotations

import pytest

from helpers import document, posts

#: a personnel notice: masthead, 文号, title, addressees, 任命：/免去： lists, signature, date, copies
_PERSONNEL = ["甲乙市人民政府文件", "甲政任〔2024〕7号", "甲乙市人民政府", "关于林一明等同志职务任免的通知",
              "各区人民政府，市人民政府各部门：", "经市人民政府研究，决定：", "任命：", "林一明为市发展和改革委员会副主任；",
              "孔祥云为甲乙高新技术开发区管理委员会副主任。", "免去：", "何晓东的市商务局副局长职务；",
              "宋立平的市水务局总工程师职务。", "甲乙市人民政府", "2024年6月12日", "（此件公开发布）",
              "抄送：市委各部门，市人大常委会办公厅。", "甲乙市人民政府办公厅　　　　　　2024年6月13日印发"]
#: a notice setting up a group: title before its 文号, the signature a county's town government
_GROUP = ["丙乡人民政府关于成立丙乡森林防火指挥部的通知", "丙府发〔2024〕6号", "各村（居）委会，乡直各单位：",
          "为做好我乡森林防火工作，经乡党委、政府研究，决定成立丙乡森林防火指挥部，组成人员如下：",
          "指挥长：曹立华（乡长）", "副指挥长：邵一平（副乡长）", "指挥部下设办公室，办公室设在乡林业站，负责日常工作。",
          "各村（居）要相应成立森林防火工作组织，落实专人值班值守。", "丁县丙乡人民政府", "2024年3月1日"]


def _flat(lines: list[str], sep: str) -> str:
    return sep.join(lines)


@pytest.mark.parametrize("sep", ["", " "])
@pytest.mark.parametrize("lines, doc", [
    (_PERSONNEL, ("甲政任〔2024〕7号", "甲乙市人民政府关于林一明等同志职务任免的通知", "甲乙市人民政府", "2024-06-12", "personnel")),
    (_GROUP, ("丙府发〔2024〕6号", "丙乡人民政府关于成立丙乡森林防火指挥部的通知", "丁县丙乡人民政府", "2024-03-01", "notice")),
])
def test_document_row_of_a_notice_on_one_line(lines, doc, sep):
    # the masthead (…文件) is no part of the 文号; the signature (its county's name too) and date are read
    d = document(_flat(lines, sep))
    assert (d.number, d.title, d.issuer, d.signed, d.kind) == doc


@pytest.mark.parametrize("sep", ["", " "])
def test_lists_of_a_notice_on_one_line(sep):
    # 。免去：甲的X职务 — a removal list opened after the last appointment's full stop is its own
    got = posts(_flat(_PERSONNEL, sep))
    assert ("Appointment", "林一明", "市发展和改革委员会", "副主任") in got
    assert ("Appointment", "孔祥云", "甲乙高新技术开发区管理委员会", "副主任") in got
    assert ("Removal", "何晓东", "市商务局", "副局长") in got
    assert ("Removal", "宋立平", "市水务局", "总工程师") in got
    assert not [r for r in got if r[1] == "孔祥云" and r[0] == "Removal"]


def test_a_paragraph_with_a_number_is_not_a_notice_run_on():
    # prose that cites a number (根据《…》(某发〔…〕号)) is no masthead and 文号
    text = ("为深入推进依法行政，加快法治政府建设，根据《某市政府法律顾问工作规则》（某府办〔2024〕185号）、"
            "《市政府关于推行政府法律顾问制度的实施意见》，经研究，决定聘请甲律师事务所为市政府法律顾问。"
            "聘期自2024年1月1日起至2025年12月31日止。请各单位积极支持配合。")
    from govkg.extract.reline import flat_notice_cuts
    assert flat_notice_cuts(text) == []


#: a personnel notice printed as a table of names padded apart from their posts, no sentence in it
_TABLE = ["戊己州人民政府文件", "戊府任〔2024〕5号", "戊己州人民政府关于扎西多吉等同志职务任免的通知", "各县（市）人民政府，州级各部门：",
          "经州人民政府研究，决定：", "一、任命", "扎西多吉　　州发展和改革委员会副主任", "格桑拉姆　　州应急管理局副局长",
          "杨　勇　　　州人民政府办公室副主任（试用期一年）", "二、免去", "扎西多吉　　州林业和草原局副局长", "戊己州人民政府",
          "2024年4月25日"]


def test_name_table_of_a_notice_on_one_line():
    # 副主任格桑拉姆　　州…: a name after a post's title (or a note, or 任命/免去) and its padding opens a row
    text = _flat(_TABLE, "")
    d = document(text)
    assert (d.number, d.issuer, d.signed, d.kind) == ("戊府任〔2024〕5号", "戊己州人民政府", "2024-04-25", "personnel")
    got = posts(text)
    assert ("Appointment", "格桑拉姆", "州应急管理局", "副局长") in got
    assert ("Removal", "扎西多吉", "州林业和草原局", "副局长") in got


#: a group's member list: role labels padded apart, notes in brackets, the office's sentence after the last member
_MEMBERS = ["庚辛市人民政府办公室文件", "庚政办函〔2024〕9号", "庚辛市人民政府办公室关于成立庚辛市防汛指挥部的通知",
            "各县、区人民政府，市政府各部门：", "为做好防汛工作，经市政府同意，决定成立庚辛市防汛指挥部。现将有关事项通知如下：",
            "一、指挥部组成人员", "指 挥 长：马一海（市委常委、常务副市长）", "副指挥长：韩二斌（副市长、市公安局局长）",
            "何三芳（市政府副秘书长）", "成　　员：妥四军（市水务局局长）", "喇五杰（市应急管理局局长）",
            "二、指挥部办公室", "指挥部下设办公室，办公室设在市水务局，妥四军同志兼任办公室主任。",
            "庚辛市人民政府办公室", "2024年5月8日"]


@pytest.mark.parametrize("sep", ["", " "])
def test_member_list_of_a_notice_on_one_line(sep):
    # 组　　长：/指 挥 长： glued after a note, 何三芳（…） after a note, 二、… after the last member's note
    from helpers import members
    got = members(_flat(_MEMBERS, sep))
    for person, role in (("马一海", "指挥长"), ("韩二斌", "副指挥长"), ("何三芳", "副指挥长"), ("妥四军", "成员"),
                         ("喇五杰", "成员")):
        assert ("庚辛市防汛指挥部", person, role) in got
