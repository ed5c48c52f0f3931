"""Traditional characters, and Han characters beyond the basic block: match in simplified script and common
characters, report values as printed.

Mirrors of official pages (law databases, Hong Kong and Taiwan reposts) print
notices in traditional characters. The extractors' lexicons and patterns are
written in simplified script, so a traditional text is matched through a
simplified copy made character by character (same length, so every span is
valid in both); the values found are then put back into the script the
notice prints them in, character by character, using the notice's own
pairs of (simplified, printed) characters. A rare given name's character beyond the block the extractors'
patterns read (䶮, 𬌗, 𫖮: CJK extensions A to H, which GB18030 writes in four bytes) is matched the same way,
as one common name character in the copy.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..lexicon import GROUP_ROLES

#: a text is read through a simplified copy when it has this many traditional-only characters
_MIN_TRADITIONAL = 3


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str]]:
    from zhconv import zhconv

    zhconv.loaddict()
    pairs = {k: v for k, v in zhconv.zhcdicts["zh2Hans"].items() if len(k) == 1 and len(v) == 1 and k != v}
    return str.maketrans(pairs), frozenset(zhconv.zhcdicts["TRADONLY"])


#: Han characters beyond U+4E00-U+9FFF (CJK extension A, extensions B to H, the compatibility supplement)
_BEYOND = re.compile("[\u3400-\u4dbf\U00020000-\U000323af\U0002f800-\U0002fa1f]")
#: what the copy holds for each: a character of given names only, in no lexicon or pattern
_STAND_IN = "琇"


def reading_copy(text: str) -> str | None:
    """The text as the extractors read it, of the same length (one code point for one): in simplified script
    where it is traditional, each Han character beyond the basic block as one name character (琇); None where
    it is the text itself."""
    common = _BEYOND.sub(_STAND_IN, text) if _BEYOND.search(text) else text
    simple = simplified_copy(common)
    if simple is not None and _BEYOND.search(simple):  # (傅懋勣: the table's simplified form is beyond the block, 𪟝)
        simple = _BEYOND.sub(_STAND_IN, simple)
    return simple if simple is not None else common if common is not text else None


def simplified_copy(text: str) -> str | None:
    """The text in simplified script, of the same length, or None when it is not traditional."""
    table, trad_only = _tables()
    if sum(1 for ch in text if ch in trad_only) < _MIN_TRADITIONAL:
        return None
    simple = text.translate(table)
    return simple if len(simple) == len(text) and simple != text else None


class PrintedScript:
    """Puts a value found in the simplified copy back as the notice prints it: the printed
    words where the value occurs in the copy, else character by character, each simplified
    character as the notice prints it most often."""

    def __init__(self, printed: str, simple: str):
        self.printed, self.simple = printed, simple
        seen: dict[str, Counter] = defaultdict(Counter)
        for s, p in zip(simple, printed):
            seen[s][p] += 1  # (a character printed as it is counts too: 台 printed 台 but once 臺, in 平臺, stays 台)
        self.table = str.maketrans({s: c.most_common(1)[0][0] for s, c in seen.items() if len(c) > 1 or s not in c})

    def __call__(self, value: str, within: tuple[int, int] | None = None, near: tuple[int, int] | None = None) -> str:
        """``value`` as printed: where the copy has it inside ``within`` (the span the value was read from: a page
        that mixes scripts prints 委員 in one sentence and 委员 in the next); with ``near`` (a role, and the span of
        the person's name), the place nearest the name where the copy has the value as a whole role (委员, not
        the end of 副主任委员); else where the copy first has it."""
        at = -1
        if value and within:
            k = self.simple.find(value, within[0], within[1])
            while k >= 0:
                if at < 0 and not near or near and not _inside_role(self.simple, k, value) \
                        and (at < 0 or _gap(k, k + len(value), near) < _gap(at, at + len(value), near)):
                    at = k
                if not near or k > near[1]:
                    break
                k = self.simple.find(value, k + 1, within[1])
        if at < 0 and value and within:
            # 组　长 (a label printed with spaces between its characters): the characters printed there; a title
            # wrapped over lines (某县人民政府關於某某等同志 / 職務任免的通知): the characters of its lines
            spaced = _spaced_find(self.simple, value, within[0], within[1]) \
                or _spaced_find(self.simple, value, within[0], within[1], _BREAKS, 40)
            if spaced:
                return self.printed[spaced[0]:spaced[1]].translate(_NO_BREAKS)
        if at < 0:
            at = self.simple.find(value) if value else -1
        return self.printed[at: at + len(value)] if at >= 0 else value.translate(self.table)


#: the spaces a label printed with spaces between its characters has there (组　长)
_LABEL_SPACES = " \u3000"
_NO_SPACES = str.maketrans("", "", _LABEL_SPACES)
#: the line breaks and indents a wrapped value's lines have between them
_BREAKS = " \u3000\t\r\n"
_NO_BREAKS = str.maketrans("", "", _BREAKS)


def _spaced_find(text: str, value: str, start: int, end: int, spaces: str = _LABEL_SPACES,
                 most: int = 4) -> tuple[int, int] | None:
    """The first span of ``text[start:end]`` that holds ``value`` with up to ``most`` spaces (plain or ideographic;
    or any of ``spaces``) between each two of its characters (the most spaces first, as a greedy pattern would), or
    None."""

    def match(at: int, n: int) -> int:
        # (the end of value[n:] matched from ``at``, or -1)
        if n == len(value):
            return at
        if n:
            run = 0
            while run < most and at + run < end and text[at + run] in spaces:
                run += 1
        else:
            run = 0
        for skip in range(run, -1, -1):
            k = at + skip
            if k < end and text[k] == value[n]:
                found = match(k + 1, n + 1)
                if found >= 0:
                    return found
        return -1

    k = text.find(value[0], start, end)
    while k >= 0:
        found = match(k + 1, 1)
        if found >= 0:
            return k, found
        k = text.find(value[0], k + 1, end)
    return None


def _gap(start: int, end: int, near: tuple[int, int]) -> int:
    return max(near[0] - end, start - near[1], 0)


#: roles a shorter role ends (委员 in 主任委员, 常务委员)
_LONGER_ROLES = ("常务副主任委员", "副主任委员", "主任委员", "常务委员")
_ROLES = (*GROUP_ROLES, *_LONGER_ROLES)


def _inside_role(text: str, k: int, value: str) -> bool:
    """Whether ``value`` at ``k`` ends a longer group role printed there (委员 in 副主任委员), or begins a body's
    name (委员会)."""
    return text.startswith("会", k + len(value)) or \
        any(len(r) > len(value) and r.endswith(value) and text.startswith(r, k + len(value) - len(r)) for r in _ROLES)


def _span(value, name: str) -> tuple[int, int] | None:
    span = getattr(value, name, None)
    return span if isinstance(span, tuple) and len(span) == 2 and all(isinstance(k, int) for k in span) \
        and span[0] < span[1] else None


def restore(value, table: PrintedScript, within: tuple[int, int] | None = None, near: tuple[int, int] | None = None):
    """``value`` (a string, a fact record, or a tuple of them) in the printed script, each string looked for
    first in the span of the record that holds it (a membership's role: nearest the person's name)."""
    if isinstance(value, str):
        return table(value, within, near)
    if isinstance(value, tuple):
        return tuple(restore(v, table, within, near) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        within, person = _span(value, "span") or within, _span(value, "person_span")
        changes = {f.name: restore(getattr(value, f.name), table, within, person if f.name == "role" else None)
                   for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (str, tuple)) or dataclasses.is_dataclass(getattr(value, f.name))}
        return dataclasses.replace(value, **changes)
    return value
