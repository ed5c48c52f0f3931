"""Punctuation read by its role: ASCII marks typed for full-width ones in Chinese text.

Mirrors, forums and retyped pages print a notice's full-width punctuation as ASCII
(``任命:`` ``甲,乙`` ``(一)`` ``建设.新建`` ``"清四乱"``). The extractors' patterns
are written for the marks of official writing, so a text is matched through a copy
of the same length (every span is valid in both) in which an ASCII mark standing
beside Chinese writing is the full-width mark it stands for. A mark inside numbers
and ASCII words keeps its own role: ``1,000``, ``10:30``, ``2.1``, ``1.`` (an
enumerator), ``http://``, ``GB/T 1.1``.
"""
from __future__ import annotations

import re

#: ASCII mark -> the full-width mark it is typed for (quotes are paired: see _quotes)
_WIDE_OF = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", ".": "。"}


def _wide(ch: str) -> bool:
    """A character of Chinese writing: a Han character, a full-width or CJK mark, a curly quote."""
    return ("\u3400" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
            or ch in "“”‘’《》〈〉—…·、")


def _digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def fullwidth_copy(text: str) -> str | None:
    """``text`` with the ASCII marks that stand for full-width ones written full-width (same
    length), or None when it has none. A mark is read as full-width when Chinese writing stands
    beside it (the character before or after it): ``,`` ``;`` ``:`` unless between two digits
    (``1,000``, ``10:30``); ``(`` when Chinese writing stands before or inside it, and its ``)``
    with it; ``.`` only after Chinese writing and not before a digit, a letter or another dot (a
    full stop: ``建设.新建``; ``1.`` ``2.1`` ``...`` stay); ``"`` in pairs on one line."""
    if not any(c in text for c in ',;:().\"'):
        return None
    out = list(text)
    n = len(text)
    _quotes(text, out)  # (first: a full stop after a closing quote, "陕西精品".由…)
    opened: list[tuple[int, bool]] = []  # the ( not yet closed: (at, read as full-width)
    for m in _MARK.finditer(text):  # (the marks and line ends alone: a notice is mostly other characters)
        i, ch = m.start(), m.group()
        if ch == "\n":
            opened.clear()
            continue
        before = out[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < n else "\n"
        if ch in ",;:":
            if (_wide(before) or _wide(after)) and not (_digit(before) and _digit(after)):
                out[i] = _WIDE_OF[ch]
        elif ch == "(":
            wide = _wide(before) or _wide(after)
            opened.append((i, wide))
            if wide:
                out[i] = "（"
        elif ch == ")":
            if opened:
                at, wide = opened.pop()
                if not wide and _wide(after) and any(_wide(c) for c in text[at + 1:i]):
                    wide, out[at] = True, "（"  # (2024)年, (GB 19301—2010)，
                if wide:
                    out[i] = "）"
        elif ch == ".":
            if _wide(before) and before not in "“‘《〈" and not (after.isascii() and (after.isalnum() or after == ".")):
                out[i] = "。"
    copy = "".join(out)
    return None if copy == text else copy


_LINE = re.compile(r"[^\n]+")
#: what the copy looks at: the ASCII marks it may widen, and line ends (a ( left open does not
#: reach past its line)
_MARK = re.compile(r"[\n,;:().]")


def _quotes(text: str, out: list[str]) -> None:
    """``"`` typed for ``“`` and ``”``: on a line with an even number of them, beside Chinese
    writing, the first of each pair opens and the second closes."""
    if '"' not in text:
        return
    for m in _LINE.finditer(text):
        line = m.group()
        at = [m.start() + k for k, c in enumerate(line) if c == '"']
        if not at or len(at) % 2:
            continue
        for a, b in zip(at[::2], at[1::2]):
            inner = text[a + 1:b]
            if inner and any(_wide(c) for c in inner):
                out[a], out[b] = "“", "”"


#: ornaments a social repost sets before a line (emoji, dingbats, geometric bullets: 📢 👉 ✅ ◆ ▲ ▶ ★), with
#: the variation selector an emoji may carry; never a part of what the line says (not ○, a zero in a date
#: cut by a line's end: 二 / ○○九年)
_LINE_ORNAMENT = re.compile("(?m)^([ \t\u3000]*)((?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
                            "◆◇▲△▶►▼▽●■□★☆][\uFE0F]?)+)")


def blank_ornaments(text: str) -> str | None:
    """``text`` with the ornaments before its lines read as spaces (same length), or None when it has none:
    ``📢某市人民政府关于…`` is the title, ``◆成员：…`` a list's row. A mark the text's own legend gives a meaning
    (标注★的为牵头单位) is no ornament: it stays."""
    if not _LINE_ORNAMENT.search(text):
        return None
    legend = set(_LEGEND.findall(text))
    return _LINE_ORNAMENT.sub(lambda m: m[0] if legend & set(m[2]) else m[1] + " " * len(m[2]), text)


#: a legend that gives a mark its meaning: 标注★的为牵头单位, 带※者为牵头单位, ★为牵头单位 (in traditional script too)
_LEGEND = re.compile(r"(?:[标標]注?|带|帶|加)?([★☆※▲△●◆■])(?:的|者|号|號)?(?:为|爲|為|表示|系)(?:牵头|牽頭)")


#: a figure run of a date or a number a copy typed with the letter O for a zero (1996年1O月3O日, 1995.1O.2O, 2OO4年)
_LETTER_ZERO_RUN = re.compile(r"(?<![A-Za-z])\d[\dOoＯ]*[OoＯ][\dOoＯ]*(?=[年月日号號]|[.．/-]\d|[.．/-][OoＯ]\d)"
                              r"|(?<=[\dOoＯ][.．/-])[\dOoＯ]*[OoＯ][\dOoＯ]*(?![A-Za-z])")


def letter_zeros(text: str) -> str | None:
    """``text`` with the letter O a copy typed for a zero inside a date's or a number's figures read as 0 (same
    length), or None when it has none: ``1996年1O月3O日`` reads as ``1996年10月30日``."""
    if "O" not in text and "o" not in text and "Ｏ" not in text:
        return None
    out = _LETTER_ZERO_RUN.sub(lambda m: re.sub("[OoＯ]", "0", m[0]), text)
    return out if out != text else None
