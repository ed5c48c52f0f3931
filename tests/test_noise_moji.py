"""Page noise of the mojibake classes (tests/noise.py: mojibake_gbk, mojibake_gbk_cms, mojibake_latin1): a page's
UTF-8 once read as GBK, Latin-1 or Windows-1252 and saved again is read back as UTF-8 where that gives Chinese
writing (a character whose byte the misreading lost told by its neighbours), with a warning saying so; a text of
rare characters stays as printed. Each case is a made-up notice."""
from __future__ import annotations

import time

import pytest

from govkg.errors import InputWarning
from govkg.ingest import read_inputs
from govkg.ingest.decode import misread
from govkg.notice import RawNotice
from govkg.facts import Membership
from helpers import facts

_NOTICE = ("某县人民政府办公室关于成立某县河道治理工作领导小组的通知\n某政办发〔2024〕9号\n各乡镇人民政府，县直各单位：\n"
           "为加强河道治理工作，县政府决定成立某县河道治理工作领导小组。组成人员如下：\n"
           "组　长：张立军　县长\n副组长：尹红梅　副县长\n成　员：彭国庆　县水利局局长\n"
           "领导小组办公室设在县水利局，负责日常工作。\n某县人民政府办公室\n2024年3月5日\n")
_MEMBERS = [("某县河道治理工作领导小组", "尹红梅", "副组长"), ("某县河道治理工作领导小组", "张立军", "组长"),
            ("某县河道治理工作领导小组", "彭国庆", "成员")]


def _gbk(text: str, lost: str) -> str:
    """UTF-8 read as GBK two bytes a character, a byte that opens no pair shown as ``lost``."""
    data, out, i = text.encode("utf-8"), [], 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif 0x81 <= b <= 0xFE and i + 1 < len(data) and (0x40 <= data[i + 1] <= 0x7E or data[i + 1] >= 0x80):
            out.append(data[i:i + 2].decode("gb18030"))
            i += 2
        else:
            out.append(lost)
            i += 1
    return "".join(out)


def _read(tmp_path, text: str, suffix: str = ".txt") -> tuple[list[RawNotice], list[InputWarning]]:
    path = tmp_path / f"page{suffix}"
    path.write_text(text, encoding="utf-8")
    items = list(read_inputs([path]))
    return [n for n in items if isinstance(n, RawNotice)], [w for w in items if isinstance(w, InputWarning)]


@pytest.mark.parametrize("garbled, encoding", [
    (_gbk(_NOTICE, "?"), "GBK"),        # a lost byte shown as ?
    (_gbk(_NOTICE, "\ufffd"), "GBK"),   # ... as the replacement character
    (_gbk(_NOTICE, ""), "GBK"),         # ... dropped
    (_NOTICE.encode("utf-8").decode("latin-1"), "Latin-1"),  # requests' ISO-8859-1, the C1 controls kept
    ("".join(bytes([b]).decode("cp1252") if b >= 0x80 and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
             for b in _NOTICE.encode("utf-8")), "Windows-1252"),  # a browser's Windows-1252, C1 for its undefined bytes
])
def test_misread_text_is_read_back(tmp_path, garbled, encoding):
    (notice,), (warning,) = _read(tmp_path, garbled)
    assert notice.text.rstrip("\n") == _NOTICE.rstrip("\n")
    assert encoding in warning.reason and "mojibake" in warning.reason
    assert sorted((f.group, f.person, f.role) for f in facts(notice.text) if isinstance(f, Membership)) == _MEMBERS


def test_cms_body_misread_under_an_intact_template(tmp_path):
    body = "".join(f"<p>{line}</p>\n" for line in _NOTICE.split("\n"))
    page = (f"<html><head><meta charset=\"utf-8\"><title>某县人民政府门户网站</title></head><body><div>首页 &gt; 通知公告"
            f"</div><h1>关于成立某县河道治理工作领导小组的通知</h1><div class=\"content\">{_gbk(body, '')}</div>"
            "<div>主办：某县人民政府办公室</div></body></html>")
    (notice,), (warning,) = _read(tmp_path, page, ".html")
    assert "某政办发〔2024〕9号" in notice.text and "GBK" in warning.reason
    assert sorted((f.group, f.person, f.role) for f in facts(notice.text) if isinstance(f, Membership)) == _MEMBERS


@pytest.mark.parametrize("text, guessed", [
    # a date's characters lost before a digit and at the line's end: what stands after a number
    ("经研究，决定成立某县河道治理工作领导小组。\n某县人民政府办公室\n2024年3月5日\n", "2024年3月5日"),
    # a document number's brackets lost beside its digits
    ("某县人民政府办公室关于成立某县河道治理工作领导小组的通知\n某政办发〔2024〕9号\n各乡镇人民政府：\n", "某政办发〔2024〕9号"),
])
def test_lost_bytes_told_by_structure(text, guessed):
    read, encoding, _ = misread(_gbk(text, "?"))
    assert encoding == "GBK" and guessed in read


@pytest.mark.parametrize("text", [
    # a real notice in rare characters (a name and places of the old script) is never "repaired"
    "关于龘靐齉爩等同志职务任免的通知\n蠡县、鄚州、亳州、儋州、邗江区人民政府：\n任命龘靐为鬯县县长。\n",
    # a page of intact Chinese with one garbled line kept from its source (a site's error message)
    "第九届全国人民代表大会第一次会议关于国务院机构改革方案的决定\n瀵逛笉璧凤紝鍙兘鏄綉缁滃師鍥犳垨鏃犳椤甸潰锛岃绋嶅悗灏濊瘯銆�\n"
    "第九届全国人民代表大会第一次会议听取了国务委员兼国务院秘书长关于国务院机构改革方案的说明，决定批准这个方案。\n",
    # Latin letters of a name and a degree sign beside Chinese writing
    "关于印发某县河道治理方案的通知\n某县水温保持在20°C以上，由José负责。\n",
])
def test_text_not_misread_stays(tmp_path, text):
    assert misread(text) == (text, None, 0)
    (notice,), warnings = _read(tmp_path, text)
    assert not warnings


def test_windows_1252_lost_bytes_are_guessed(tmp_path):
    # Windows-1252 with its five undefined bytes lost as �: read back, each lost byte one of five, told by the
    # neighbours or the common characters (a guess, and the warning says how many)
    garbled = "".join(bytes([b]).decode("cp1252", errors="replace") if b >= 0x80 else chr(b) for b in _NOTICE.encode())
    (notice,), (warning,) = _read(tmp_path, garbled)
    assert "人民政府办公室" in notice.text and "2024年3月5日" in notice.text and "\ufffd" not in notice.text
    assert "Windows-1252" in warning.reason and "told by their neighbours" in warning.reason


def test_reading_back_takes_time_linear_in_the_text():
    """A long garbled text with a guess on every line (each guess looks at its neighbours in the whole text once
    counted, not by a search of the text): ten times the text, about ten times the time."""
    def seconds(n: int) -> float:
        text = _gbk(_NOTICE * n, "?")
        start = time.process_time()
        misread(text)
        return time.process_time() - start
    seconds(10)
    t10, t100 = seconds(40), seconds(400)
    assert t100 / max(t10, 0.01) < 25, (t10, t100)
