"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5."""
from __future__ import annotations

import re

from ..errors import InputError

#: the encoding a page's head declares (<meta charset="big5">, content="text/html; charset=gb2312")
_DECLARED = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_BIG5 = {"big5", "big5-hkscs", "big5hkscs", "cp950", "x-big5"}
#: characters that fill a third of any Chinese text, in either script: the other encoding's reading of the same
#: bytes gives characters that are mostly none of these
_COMMON = frozenset(
    "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過"
    "子说說产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里如水化高自二理起小物现現实實加量都两兩体體"
    "制机機当當使点點从從业業本去把性好应應开開合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線"
    "内內数數正心反明看原又利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍情者最立代想已通并並提直题"
    "題党黨程展五果象员員位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見"
    "计計别別期根论論运運农農指区區强強放决決西被做必先回则則任取据據处處队隊南给給光门門即保治北造规規热熱领領海口东東"
    "导導器志世金增济濟思术術交受联聯认認共权權收证證改清美再转轉更单單风風打教安场場身车車例真务務具万萬每目至达達走积"
    "積示议議声聲报報完类類离離华華名确確才科张張信马馬节節话話整空元况況今集传傳步群广廣记記需段研界林律究观觀织織装裝"
    "影算持众眾书書布复復容际際商非验驗连連断斷深难難近周委素技备備半办辦青省列习習响響约約支史感劳勞便团團往历歷市何除"
    "消构構府称稱准精值号號率族维維划选選标標写寫存候亲親效院查型王按格养養易置层層片始专專状狀育厂廠识識适適属屬包住调"
    "調满滿县縣局照参參细細引听聽该該价價严嚴镇鎮乡鄉村街职職免知关於为")

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes; raise :class:`InputError` for empty or binary files.
    NUL bytes in a text file are removed (see :func:`strip_nul`)."""
    return decode_counting_nul(data, path)[0]


def decode_counting_nul(data: bytes, path: str) -> tuple[str, int]:
    """Decode a file's bytes and say how many NUL bytes were removed from it.

    A file is binary (an :class:`InputError`) when more than 5% of its first 4 KB
    are control bytes; a few NUL bytes anywhere in a text file (a truncated
    download, a bad editor) are removed, since no notice holds one.
    """
    if not data.strip():
        raise InputError(path, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data, nul = strip_nul(data[3:])
        return data.decode("utf-8", errors="replace"), nul
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"the file starts like UTF-16 but is not ({exc.reason})") from exc
        return text.replace("\x00", ""), text.count("\x00")
    if _control_ratio(data[:4096]) > 0.05:
        raise InputError(path, "the file is binary, not text (it holds NUL or control bytes)")
    data, nul = strip_nul(data)
    if not data.strip():
        raise InputError(path, "the file is empty (it holds only NUL bytes)")
    try:
        return data.decode("utf-8"), nul
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    order = ("big5hkscs", "gb18030") if declared and declared[1].decode().lower() in _BIG5 else ("gb18030", "big5hkscs")
    read = []
    for encoding in order:
        try:
            read.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not read:
        raise InputError(path, "the file is neither UTF-8 nor GB18030/GBK nor Big5 text")
    # (Big5 bytes are mostly valid GBK too, and the reverse: the reading that gives Chinese writing wins; the
    # declared encoding, else GB18030, on a tie)
    return max(read, key=_common_share), nul


def _common_share(text: str) -> float:
    """The share of a text's Han characters that are common ones (any reading of Chinese writing: most)."""
    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    return sum(c in _COMMON for c in han) / len(han) if han else 0.0


def strip_nul(data: bytes) -> tuple[bytes, int]:
    """Remove NUL bytes (never part of a UTF-8 or GB18030 character); return the count removed."""
    count = data.count(b"\x00")
    return (data.replace(b"\x00", b""), count) if count else (data, 0)


def _control_ratio(sample: bytes) -> float:
    return sum(b in _CONTROL for b in sample) / max(len(sample), 1)
