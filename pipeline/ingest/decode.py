"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one where it reads as Chinese writing),
UTF-32 with a BOM, GB18030/GBK, Big5."""
from __future__ import annotations

import re
from collections import Counter

from ..errors import InputError
from ..text import han_count

#: the encoding a page's head declares (<meta charset="big5">, content="text/html; charset=gb2312")
_DECLARED = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_BIG5 = {"big5", "big5-hkscs", "big5hkscs", "cp950", "x-big5"}
#: characters that fill a third of any Chinese text, in either script: the other encoding's reading of the same
#: bytes gives characters that are mostly none of these
_COMMON_TEXT = (
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
_COMMON = frozenset(_COMMON_TEXT)

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
        try:
            return data.decode("utf-8"), nul
        except UnicodeDecodeError:  # (a file of GBK joined after it, else a damaged character or two)
            return _joined(data, _legacy_order(data)) or data.decode("utf-8", errors="replace"), nul
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):  # (UTF-32 LE's BOM opens with UTF-16 LE's: looked for first)
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper().replace("UTF", "UTF-")
                raise InputError(path, f"the file starts like {name} but is not ({exc.reason})") from exc
            return text.replace("\x00", ""), text.count("\x00")
    text = _utf16_unmarked(data)
    if text is not None:
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
    order = _legacy_order(data)
    read = _legacy(data, order)
    joined = _joined(data, order)
    if joined is not None:
        read.append(joined)
    if not read:
        raise InputError(path, "the file is neither UTF-8 nor GB18030/GBK nor Big5 text (nor files of these "
                               "joined line by line)")
    # (Big5 bytes are mostly valid GBK too, and the reverse: the reading that gives Chinese writing wins; the
    # declared encoding, else GB18030, on a tie; the file read whole before read in parts)
    return max(read, key=_common_share), nul


def _legacy_order(data: bytes) -> tuple[str, str]:
    """Big5 first where the page's head declares it, else GB18030 first."""
    declared = _DECLARED.search(data[:4096])
    return ("big5hkscs", "gb18030") if declared and declared[1].decode().lower() in _BIG5 else ("gb18030", "big5hkscs")


def _legacy(data: bytes, order: tuple[str, ...]) -> list[str]:
    """The readings of ``data`` in the encodings of ``order`` that read it."""
    return [text for encoding in order if (text := _read_as(data, encoding)) is not None]


def _read_as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


#: where one of several files joined byte for byte may begin: after a line end, or at a UTF-8 BOM
_PART = re.compile(rb"(?<=\n)|(?=\xef\xbb\xbf)")


def _joined(data: bytes, order: tuple[str, str]) -> str | None:
    """The text of files in UTF-8 and in GB18030 or Big5 joined byte for byte (``copy /b a.txt+b.txt``, ``cat``: a
    notice and its attachment saved by different editors), or None where it is not such a file. Each line (and each
    piece a UTF-8 BOM opens) is read as UTF-8 where it is, the others in the encoding that reads them all as
    Chinese writing (mostly common characters: a damaged line of UTF-8 read as GBK is not); a line of GBK bytes that
    form UTF-8 by chance is read as GBK where that gives more common characters."""
    parts, utf8 = [], {}
    for part in _PART.split(data):
        try:
            text = part.decode("utf-8")
        except UnicodeDecodeError as exc:  # (a file that ends without a line end: the next one begins in its line)
            head = part[:exc.start].decode("utf-8")
            if han_count(head) >= 2 and _common_share(head) >= 0.5:
                utf8[len(parts)] = head
                parts.append(part[:exc.start])
                part = part[exc.start:]
            parts.append(part)
            continue
        if part:
            utf8[len(parts)] = text
            parts.append(part)
    if len(utf8) == len(parts) or all(text.isascii() for text in utf8.values()):
        return None
    rest = b"".join(p for i, p in enumerate(parts) if i not in utf8)
    readings = [(e, text) for e in order if (text := _read_as(rest, e)) is not None]
    if not readings:
        return None
    encoding, read = max(readings, key=lambda r: _common_share(r[1]))  # (the first on a tie)
    if _common_share(read) < 0.5:
        return None  # (a damaged line of UTF-8, whose GBK reading is mojibake, not a file of GBK)
    out = []
    for i, part in enumerate(parts):
        text = utf8.get(i)
        if text is None or not text.isascii():
            other = _read_as(part, encoding)
            if text is None:
                if other is None:
                    return None  # (a BOM's bytes inside a character of GBK: not a file boundary)
                text = other
            elif other is not None and _common_share(other) > _common_share(text):
                text = other
        out.append(text)
    return "".join(out)


def _utf16_unmarked(data: bytes) -> str | None:
    """The text of UTF-16 written without a BOM (a tool's export), or None. Every ASCII character of it (a digit, a
    space, a line end) is a NUL byte beside its own, as is the ideographic space that indents a paragraph: a file of
    Chinese writing whose first 4 KB hold NUL bytes (one in fifty or more) is read as UTF-16 LE, else BE, where that
    reading is Chinese writing (mostly common characters; the other order gives none). A few NUL bytes in a UTF-8
    or GB18030 file (a damaged one) are left to :func:`strip_nul`."""
    sample = data[:4096]
    nul = sample.count(0)
    if nul < 8 or nul < len(sample) // 50:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:  # (an odd last byte: a file cut short)
            text = data[:len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if han_count(text[:20000]) >= 10 and _common_share(text) >= 0.5:
            return text
    return None


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


# --- a page's UTF-8 once read in another encoding and saved again (mojibake) ------------------------------------
# A mirror or a CMS that read UTF-8 as GBK shows two bytes a character (鍏充簬 for 关于, 銆 for the first two bytes
# of 。); a scraper that read it as Latin-1 or Windows-1252 one byte a character (å…³äºŽ). Each run of such
# characters is turned back into its bytes and read as UTF-8 again where that gives Chinese writing. A byte the
# misreading could not read is shown as `?` or `�`, or dropped: in a GBK reading, the 0x80 a pair can never open
# with (inside a run) or the last byte before an ASCII one (a line end, a digit); in a Windows-1252 reading, one of
# the five bytes it leaves undefined. Where such a byte is lost inside a character, the character is told by its
# neighbours elsewhere in the text (张三 read whole elsewhere), else by the common characters.

#: what a misreading shows for a byte it could not read
_MARKS = "?\ufffd"
#: Windows-1252's characters for the bytes 0x80-0x9F (the five it leaves undefined are lost, or kept as C1 controls)
_UNDEFINED_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_CP1252 = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in _UNDEFINED_1252}
#: a byte inside a UTF-8 character
_CONTINUATION = tuple(range(0x80, 0xC0))
_NOT_ASCII = "[^\x00-\x7f\ufffd]"
#: a run of a GBK misreading: characters outside ASCII, marks between two of them (a lost 0x80 each), after them
_GBK_RUN = re.compile(f"{_NOT_ASCII}(?:{_NOT_ASCII}|[{_MARKS}]{{1,2}}(?={_NOT_ASCII}))*[{_MARKS}]{{0,2}}")
_LATIN = "[\u0080-\u00ff" + "".join(_CP1252) + "]"
#: a run of a Latin-1 or Windows-1252 misreading (a mark in it: an undefined byte lost)
_LATIN_RUN = re.compile(f"{_LATIN}(?:{_LATIN}|[{_MARKS}])*")
#: what stands after a number in Chinese writing, and before one: where a lost byte leaves a choice beside a
#: digit, these win (in this order)
_AFTER_NUMBER = "年月日号〕）时分个名人次件项条元万亿"
_BEFORE_NUMBER = "〔（第"
#: brackets and quotation marks that close, and what they close
_CLOSING = {"）": "（", "〕": "〔", "》": "《", "」": "「", "』": "『", "】": "【", "”": "“"}
_BRACKETS = frozenset(_CLOSING) | frozenset(_CLOSING.values())
#: the characters of a text read back that can stand in it (not a control, a private-use one or a lone Latin letter)
_READ_BACK = re.compile("[\x09\x0a\x0d\x20-\x7e\u00b7\u00d7\u2010-\u206f\u2160-\u216b\u2460-\u24ff\u25a0-\u25ff"
                        "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uffee]+")


def _slots_gbk(run: str, lost_end: bool) -> list | None:
    """A GBK run's bytes (a lost one: the bytes it may have been), or None where a character is not one of a pair."""
    slots: list = []
    for i, c in enumerate(run):
        if c == "€":
            slots.append(0x80)
        elif c in _MARKS:
            slots.append(_CONTINUATION if i == len(run) - 1 else 0x80)  # (a lost 0x80 inside, a lost end)
        else:
            b = c.encode("gb18030")
            if len(b) != 2:
                return None
            if slots and i:
                slots.append(None)  # (a boundary between two pairs: where a dropped 0x80 may have stood)
            slots.append(b[0])
            slots.append(b[1])
    if lost_end:
        slots += [None, _CONTINUATION]
    return slots


def _slots_latin(run: str) -> list:
    return [_UNDEFINED_1252 if c in _MARKS else _CP1252.get(c, ord(c)) for c in run]


def _sequences(slots: list, i: int, need: int, prefix: bytes, inserted: int):
    """The ways the bytes from slot ``i`` complete a UTF-8 character that lacks ``need`` bytes after ``prefix``:
    (byte strings, the slot after it); at a pair's boundary (``None``) first without, then with a dropped 0x80 put
    back; a lost byte (a tuple) gives a byte string for each byte it may have been."""
    if not need:
        yield [prefix], i
        return
    if i >= len(slots):
        return
    slot = slots[i]
    if slot is None:
        yield from _sequences(slots, i + 1, need, prefix, inserted)
        if inserted < 2:  # (two may be lost at one boundary: the 0x80 0x80 that end U+3000)
            yield from _sequences(slots, i, need - 1, prefix + b"\x80", inserted + 1)
    elif isinstance(slot, tuple):
        found, after = [], i + 1
        for c in slot:
            for options, after in _sequences(slots, i + 1, need - 1, prefix + bytes([c]), inserted):
                found += options
                break
        if found:
            yield found, after
    elif 0x80 <= slot <= 0xBF:
        yield from _sequences(slots, i + 1, need - 1, prefix + bytes([slot]), inserted)


def _starts(slots: list, i: int) -> bool:
    """Whether a UTF-8 character (or the end) can start at slot ``i``."""
    while i < len(slots) and slots[i] is None:
        i += 1
    return i >= len(slots) or isinstance(slots[i], int) and (slots[i] < 0x80 or 0xC2 <= slots[i] <= 0xEF)


def _utf8(slots: list) -> list | None:
    """Read byte slots as UTF-8: a list of characters, or of the characters a lost byte leaves (a tuple); None where
    they are not UTF-8. A ``None`` slot is a pair's boundary, where a dropped 0x80 may be put back."""
    out: list = []
    i, n = 0, len(slots)
    while i < n:
        lead = slots[i]
        if lead is None:
            i += 1
            continue
        if isinstance(lead, int) and lead < 0x80:
            out.append(chr(lead))
            i += 1
            continue
        if not isinstance(lead, int) or not 0xC2 <= lead <= 0xEF:
            return None
        for options, after in _sequences(slots, i + 1, 1 if lead < 0xE0 else 2, bytes([lead]), 0):
            chars = []
            for o in options:
                try:
                    chars.append(o.decode("utf-8"))
                except UnicodeDecodeError:
                    continue
            if chars and _starts(slots, after):
                break
        else:
            return None
        out.append(chars[0] if len(chars) == 1 else tuple(chars))
        i = after
    return out


def _read_back(text: str, run_re: re.Pattern, slots_of) -> list:
    """The runs of ``text`` that read as UTF-8 again: (start, end, pieces) each (a piece is a tuple where a lost
    byte leaves a choice)."""
    found = []
    for m in run_re.finditer(text):
        run, end = m[0], m.end()
        after = text[end:end + 1]
        pieces = None
        for lost_end in (False, True) if slots_of is _slots_gbk and (not after or after < "@") else (False,):
            slots = slots_of(run, lost_end) if slots_of is _slots_gbk else slots_of(run)
            if slots is not None and (pieces := _utf8(slots)) is not None:
                break
        if pieces is None and run[-1] in _MARKS and len(run) > 1:  # (a mark of the text's own after the run)
            run, end = run[:-1], end - 1
            slots = slots_of(run, False) if slots_of is _slots_gbk else slots_of(run)
            pieces = _utf8(slots) if slots is not None else None
        if pieces is None:
            continue
        pieces = [p if isinstance(p, str) else tuple(c for c in p if _READ_BACK.fullmatch(c)) for p in pieces]
        if all(pieces) and _READ_BACK.fullmatch("".join(p for p in pieces if isinstance(p, str)) or " "):
            found.append((m.start(), end, pieces))
    return found


def _choose(options: tuple, before: str, after: str, pairs: Counter, opened: Counter) -> str:
    """The character a lost byte most likely stood for: a bracket that closes one the line opened (``opened``: the
    brackets of the line so far); beside a digit, what stands beside a number (an opening bracket after a character);
    the one seen beside the same neighbour in the text read back (``pairs``: its two-character strings, digits as 0;
    at a line's end first what ends its lines, never a mark inside a sentence); else the most common."""
    b, a = ("0" if c.isdigit() else c for c in (before, after))

    def score(c: str) -> tuple:
        closes = c in _CLOSING and opened[_CLOSING[c]] > opened[c]
        # (what ends a line is told first by the lines that end so; a mark inside a sentence ends none)
        at_end = a in ("\n", "")
        ends = pairs[c + "\n"] if at_end else 0
        seen = (pairs[b + c] if b else 0) + (0 if at_end else pairs[c + a])
        unit = _AFTER_NUMBER.find(c) if b == "0" and c in _AFTER_NUMBER else \
            _BEFORE_NUMBER.find(c) if a == "0" and c in _BEFORE_NUMBER and "\u4e00" <= b <= "\u9fff" else \
            len(_AFTER_NUMBER)
        return (not closes, unit, -ends, at_end and c in "，、", -seen, _RANKED.get(c, len(_RANKED)), _level(c),
                "，。、：；".find(c) % 6)
    return min(options, key=score)


def _level(c: str) -> int:
    """How rare a character is by GB 2312's two levels: 1 the 3,755 common ones, 2 the next 3,008, 3 the rest."""
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return 3
    return 1 if len(b) == 2 and 0xB0 <= b[0] <= 0xD7 else 2


#: the common characters in the order of their frequency (the order :data:`_COMMON` is written in)
_RANKED = {c: i for i, c in reversed(list(enumerate(_COMMON_TEXT)))}


def misread(text: str) -> tuple[str, str | None, int]:
    """``text`` with the runs a GBK, Latin-1 or Windows-1252 reading garbled read back as UTF-8, where the text read
    back is mostly common Chinese characters and the garbled one is not; the encoding it was misread as (None: none)
    and how many characters were chosen where the misreading lost a byte. A text of rare characters, or a run whose
    bytes are no UTF-8, stays as it is."""
    if text.isascii():
        return text, None, 0
    for name, run_re, slots_of in (("GBK", _GBK_RUN, _slots_gbk), ("Latin-1/Windows-1252", _LATIN_RUN, _slots_latin)):
        if name == "GBK" and _common_share(text) > 0.3:
            continue  # (Chinese writing already, around whatever its runs are)
        found = _read_back(text, run_re, slots_of)
        if not found:
            continue
        read = "".join(p if isinstance(p, str) else p[0] for _, _, pieces in found for p in pieces)
        garbled = "".join(text[s:e] for s, e, _ in found)
        han = han_count(read)
        if han < 10 or _common_share(read) < 0.5 or _common_share(garbled) > 0.3:
            continue
        known, at = [], 0
        for start, end, pieces in found:
            known += [text[at:start], *(p if isinstance(p, str) else "\ufffd" for p in pieces)]
            at = end
        known = re.sub(r"\d", "0", "".join(known) + text[at:])
        pairs = Counter(known[i:i + 2] for i in range(len(known) - 1))
        out, at, chosen = [], 0, 0
        opened: Counter = Counter()  # (the brackets of the line written so far)

        def put(piece: str) -> None:
            out.append(piece)
            if "\n" in piece:
                opened.clear()
                piece = piece.rsplit("\n", 1)[1]
            opened.update(c for c in piece if c in _BRACKETS)

        for start, end, pieces in found:
            put(text[at:start])
            for k, p in enumerate(pieces):
                if isinstance(p, tuple):
                    before = pieces[k - 1] if k and isinstance(pieces[k - 1], str) else text[start - 1:start]
                    after = pieces[k + 1] if k + 1 < len(pieces) and isinstance(pieces[k + 1], str) else text[end:end + 1]
                    p = _choose(p, before, after, pairs, opened)
                    chosen += 1
                put(p)
            at = end
        put(text[at:])
        return "".join(out), name, chosen
    return text, None, 0
