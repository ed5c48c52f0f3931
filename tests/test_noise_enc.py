"""Page noise of a user's own files in encodings other than UTF-8 and GB18030 (tests/noise.py: utf16, joined_files,
rare_names): each is read as the text it is, or named with a clear error; a rare name's character beyond GBK (four
bytes in GB18030) is read as part of the name and printed as it is. Each case is a made-up notice."""
from __future__ import annotations

import pytest
import zhconv

from govkg.errors import InputError, InputWarning
from govkg.ingest import read_inputs
from govkg.facts import Appointment, Removal
from govkg.notice import RawNotice
from helpers import PERSONNEL_FOOT, PERSONNEL_HEAD, members, posts

_NOTICE = ("某县人民政府办公室关于成立某县河道治理工作领导小组的通知\n某政办发〔2024〕9号\n各乡镇人民政府，县直各单位：\n"
           "　　为加强河道治理工作，县政府决定成立某县河道治理工作领导小组。组成人员如下：\n"
           "　　组　长：张立军　县长\n　　副组长：尹红梅　副县长\n　　成　员：彭国庆　县水利局局长\n"
           "　　领导小组办公室设在县水利局，负责日常工作。\n某县人民政府办公室\n2024年3月5日\n")
_MEMBERS = [("某县河道治理工作领导小组", "尹红梅", "副组长"), ("某县河道治理工作领导小组", "张立军", "组长"),
            ("某县河道治理工作领导小组", "彭国庆", "成员")]
_CRLF = _NOTICE.replace("\n", "\r\n")


def _read(tmp_path, data: bytes) -> list:
    path = tmp_path / "notice.txt"
    path.write_bytes(data)
    return list(read_inputs([path]))


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + _CRLF.encode("utf-16-le"),  # Notepad's "Unicode"
    b"\xfe\xff" + _CRLF.encode("utf-16-be"),  # Notepad's "Unicode big endian"
    _CRLF.encode("utf-16-le"),                # a tool's export without a BOM (.NET's Encoding.Unicode)
    _CRLF.encode("utf-16-be"),                # ... Java's UnicodeBigUnmarked
    _NOTICE.encode("utf-16-le")[:-1],         # cut short: an odd last byte
    _NOTICE.encode("utf-32"),                 # UTF-32 LE with its BOM (FF FE 00 00, which opens like UTF-16 LE's)
    b"\x00\x00\xfe\xff" + _NOTICE.encode("utf-32-be"),
])
def test_utf16_and_utf32_files_are_read(tmp_path, data):
    (notice,) = [n for n in _read(tmp_path, data) if isinstance(n, RawNotice)]
    assert notice.text.replace("\r\n", "\n").rstrip("\n") == _NOTICE.rstrip("\n")
    assert members(notice.text) == _MEMBERS


@pytest.mark.parametrize("data", [
    "Minutes of the meeting\r\nNo Chinese text at all, 2024\r\n".encode("utf-16-le") * 20,  # UTF-16, not Chinese
    bytes(range(256)) * 8,  # binary
])
def test_what_is_no_chinese_text_is_named(tmp_path, data):
    (error,) = _read(tmp_path, data)
    assert isinstance(error, InputError) and not isinstance(error, InputWarning)
    assert "binary" in str(error)


_BOM = b"\xef\xbb\xbf"
_HEAD, _TAIL = _NOTICE[:_NOTICE.index("　　组")], _NOTICE[_NOTICE.index("　　组"):]  # (cut at a line end)
_GLUE = _HEAD.rstrip("\n"), _TAIL  # (the first file ends without a line end: the second begins in its last line)


@pytest.mark.parametrize("data", [
    _HEAD.encode() + _TAIL.encode("gbk"),                 # UTF-8, then GBK (Notepad's "ANSI")
    _BOM + _HEAD.encode() + _TAIL.encode("gbk"),          # ... the UTF-8 with Notepad's BOM
    _HEAD.encode("gbk") + _BOM + _TAIL.encode(),          # GBK, then UTF-8 with a BOM (now in the middle)
    _HEAD.encode("gbk") + _TAIL.encode(),                 # GBK, then UTF-8 without one
    _HEAD.encode() + _BOM + _TAIL.encode(),               # UTF-8, then UTF-8 with a BOM
    _GLUE[0].encode() + _GLUE[1].encode("gbk"),           # UTF-8 then GBK, joined inside a line
    _GLUE[0].encode("gbk") + _BOM + _GLUE[1].encode(),    # GBK then UTF-8 with a BOM, joined inside a line
])
def test_files_joined_in_two_encodings_are_read_part_by_part(tmp_path, data):
    (notice,) = [n for n in _read(tmp_path, data) if isinstance(n, RawNotice)]
    assert notice.text.replace("\n", "").rstrip() == _NOTICE.replace("\n", "").rstrip()
    assert members(notice.text) == _MEMBERS


def test_a_damaged_utf8_line_is_not_read_as_gbk(tmp_path):
    data = _NOTICE.encode()
    cut = data.index("张立军".encode()) + 1  # (a byte of 张 lost)
    (notice,) = [n for n in _read(tmp_path, _BOM + data[:cut] + data[cut + 1:]) if isinstance(n, RawNotice)]
    assert "\ufffd立军" in notice.text and "尹红梅" in notice.text


@pytest.mark.parametrize("rare", ["䶮", "㛃", "𬌗", "𫖮", "𠇔"])  # (CJK extension A, E, C, B)
def test_a_rare_name_character_is_read_and_printed(tmp_path, rare):
    text = _NOTICE.replace("尹红梅", "尹红" + rare).replace("彭国庆", "彭" + rare)
    (notice,) = [n for n in _read(tmp_path, text.encode("gb18030")) if isinstance(n, RawNotice)]  # (four bytes each)
    assert notice.text == text
    assert members(notice.text) == [("某县河道治理工作领导小组", "尹红" + rare, "副组长"),
                                    ("某县河道治理工作领导小组", "张立军", "组长"),
                                    ("某县河道治理工作领导小组", "彭" + rare, "成员")]


@pytest.mark.parametrize("text, expected", [
    (PERSONNEL_HEAD + "任命王𫖮为某市交通运输局副局长；\n免去刘䶮的某市财政局副局长职务。\n" + PERSONNEL_FOOT,
     [("Appointment", "王𫖮", "某市交通运输局", "副局长"), ("Removal", "刘䶮", "某市财政局", "副局长")]),
    (PERSONNEL_HEAD + "任命李𬌗明为某市教育局局长（试用期一年）。\n" + PERSONNEL_FOOT,  # (inside a name)
     [("Appointment", "李𬌗明", "某市教育局", "局长")]),
])
def test_rare_names_in_decisions(text, expected):
    assert posts(text, (Appointment, Removal)) == sorted(expected)


def test_rare_names_in_a_traditional_notice():
    text = zhconv.convert(_NOTICE, "zh-hant").replace("尹紅梅", "尹紅䶮")
    assert ("某縣河道治理工作領導小組", "尹紅䶮", "副組長") in members(text)
