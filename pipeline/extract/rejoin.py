"""Member rows a page copied one cell a line, joined back into rows.

A member or personnel table copied from a rendered page may come out one cell a line: the
name on one line and the posts on the next (``楼国平`` / ``区委常委、副区长``), or the posts
first and the name under them (``区委副书记、区长`` / ``呼延卓然``), a person block's name
and its decision apart (``谈一鸣：`` / ``任市某局局长；免去…``), a role label cut at its
padding (``成`` / ``员：``), a label's colon ending a line inside a sentence (``…组。组长：`` /
``粟志华；副组长：`` / ``麻勇、张金龙。``). ``rejoin_cells`` joins such lines again; the
break between them reads as a full-width space, so every offset holds.

A row of cells is a row whatever separates its cells: a member or personnel table copied as
``|`` cells (``| 组　长 | 张立军（县委常委、常务副县长） |``, ``| 泽仁多吉 | 州发展和改革委员会副主任 |``,
``| 费雨桐 | 任市生态环境局副局长 |``) or copied from a browser with a tab between cells (``组长<TAB>张三<TAB>市长``,
``1.李四<TAB>市财政局局长``) is read as the list's own line, its bars or tabs the padding
between its parts, or the colon after a role label or before a person's decision
(``组　长：　张立军（…）``); every offset holds there too.

The order of a list's cells is read from its first pair after a boundary (a role label, a
heading, any line that is neither a name nor posts): a list prints every row in one order,
so the pairs after it are cut the same way (``甲 / 某局局长 / 乙 / 某委主任`` never pairs
某局局长 with 乙).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import GROUP_ROLE_RE, TITLE_RE
from ..text import SPACES, nfkc, squash
from .parts import ENUM
from .names import ASIDE, clean_name, name_shape, plausible_name, reported_name
from .posts import split_posts

if TYPE_CHECKING:
    from .layout import Line

#: a list's enumerator before a name: 1. / 1、 / (1) / （一） / ① (parts.ENUM's styles)
_ENUM = re.compile(rf"^{ENUM}")
#: an aside after a name: sex, nationality, 兼
_ASIDE = re.compile(ASIDE)
#: a role label and its colon opening a line (副组长：甲)
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,8})[:：]")
#: what a person block's decision opens with, its name on the line before
_DECISION = re.compile(r"^(?:试用期满|正式|兼任|兼|挂职任|挂任|任(?!务|期|职)|聘任|聘为|免去|免除|免(?!费)|不再担任|同时免去)")
#: a role label and its colon ending a line of prose: …抢险救援组。组长：
_LABEL_AT_END = re.compile(r"[。；;，,](?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长|组员|成员|委员)[:：]$")
#: header cells of a table flattened one cell a line: its rows are read by the header's width, not here
_HEADER = {"姓名", "名字", "序号"}
#: a page's navigation and control words, alone on a line (返回 over the title, 打印 / 关闭 under the text): no name
_PAGE_CONTROL = re.compile(r"[【\[]?(?:返回(?:首页|顶部|列表|上页|上一页)?|打印(?:本页)?|关闭(?:窗口|本页)?|上一页|下一页|上一篇|下一篇|"
                           r"首页|尾页|收藏|分享|顶部|置顶|回复|引用|举报)[】\]]?")


def _is_role(label: str) -> bool:
    return bool(GROUP_ROLE_RE.fullmatch(label)) or label.endswith(("组长", "主任", "成员", "委员", "指挥长", "召集人",
                                                                     "秘书长", "组员", "主席"))


def _name(flat: str) -> bool:
    """A line that is one person's name (after its enumerator, a role label, an aside or a colon)."""
    flat = _ENUM.sub("", flat)
    if _PAGE_CONTROL.fullmatch(flat):
        return False  # 返回 / 打印 / 关闭: a page's link, two characters like a name
    lab = _LABEL.match(flat)
    if lab and _is_role(lab["label"]):
        flat = flat[lab.end():]
    flat = _ASIDE.sub("", flat).rstrip(":：")
    flat = re.sub(r"[(（][^()（）]{2,40}[)）]$", "", flat)  # 阙志平（市财政局局长）：(the posts the person holds now)
    name = clean_name(flat)
    if not name or TITLE_RE.search(name) or GROUP_ROLE_RE.search(name):
        return False
    return name_shape(name) or "·" in name and plausible_name(name) or reported_name(name, listed=True)


def _posts(flat: str) -> bool:
    """A line that is a person's posts alone (区委常委、副区长, 市财政局局长职务（退休）)."""
    flat = _ENUM.sub("", flat)
    bare = re.sub(r"[(（][^()（）]{1,30}[)）]", "", flat)
    bare = re.sub(r"职务$", "", bare)
    if not bare or len(bare) > 40 or re.search(r"[，,。；;:：\s]", bare) or not TITLE_RE.search(bare) \
            or GROUP_ROLE_RE.fullmatch(bare):
        return False
    return bool(split_posts(bare))


def _kind(line: Line) -> str:
    """N (a name), P (posts), D (a person block's decision) or "" for any other line."""
    if "\t" in line.text or "|" in line.text:
        return ""
    flat = squash(nfkc(line.text))
    if not flat or re.search(rf"[^{SPACES}][{SPACES}]{{1,}}[^{SPACES}]", line.text.strip(SPACES)) \
            and not re.fullmatch(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]", line.text.strip(SPACES)):
        return ""  # (a line with spaces inside is a row already; a padded two-character name is a name)
    if _name(flat):
        return "N"
    if _DECISION.match(flat) and len(flat) >= 4:
        return "D"
    if _posts(flat):
        return "P"
    return ""


def _row(text: str, order: str) -> bool:
    """A list's row whole on its line, its cells parted by spaces in ``order`` (甲某　某局局长 for "NP",
    某局局长　甲某 for "PN"): the rows after it that a copy cut one cell a line go in the same order."""
    cells = [c for c in re.split(rf"[{SPACES}]{{2,}}", nfkc(text).strip(SPACES)) if c]
    if len(cells) != 2:
        return False
    name, posts = (cells[0], cells[1]) if order == "NP" else (cells[1], cells[0])
    return _name(squash(name)) and _posts(squash(posts))


def _opens(lines: list[Line], kinds: list[str], i: int, pair: str) -> bool:
    """Whether a name and posts at ``i`` open a list copied one cell a line: under a label or a line that ends
    with a colon (主任委员： / 任命：), a numbered name (1.甲某), a label before the name (副组长：甲某), or a
    second pair after it in the same order. (A headline over a line of its own, 某某任某区副区长 / 珠海金湾, or the
    last of a list's glued rows with a name cut short, 某某省某社主任 / 某某某团, opens none.)"""
    before = lines[i - 1].flat if i else ""
    if before.endswith((":", "：")) or i and _row(lines[i - 1].text, pair):
        return True
    name = lines[i if pair == "NP" else i + 1].flat
    lab = _LABEL.match(name)
    if _ENUM.match(name) or lab and _is_role(lab["label"]):
        return True
    return kinds[i + 2: i + 4] == list(pair)


#: the bar between two cells and the spaces around it
_BAR = re.compile(rf"[{SPACES}]*[|｜][{SPACES}]*")
#: a table's header cells: a table with a header is read by its columns (groups, personnel), not here
_HEADER_CELLS = _HEADER | {"职务", "单位", "单位及职务", "现任职务", "工作单位", "职务职称", "拟任职务", "任职", "免职",
                           "备注", "性别", "分工", "联系电话", "电话", "工作职责", "职责"}


def _cell_kind(cell: str, first: bool) -> str:
    """R (a role label, first only), N (a name), P (posts), D (a person's decision), M (a name and what follows
    it: 张立军（县委常委）, 杜晓春　区委常委, 甲（…）、乙（…)) or "" for any other cell."""
    flat = squash(nfkc(cell))
    if not flat:
        return ""
    if first and _is_role(flat) and len(flat) <= 8 and not _posts(flat):  # (市政府秘书长: a post, no role label)
        return "R"
    if _name(flat):
        return "N"
    if _DECISION.match(flat) and len(flat) >= 4:
        return "D"
    head = re.split(rf"[{SPACES}、，,(（]", nfkc(cell).strip(SPACES), maxsplit=1)
    if len(head) == 2 and len(flat) > len(squash(head[0])) + 1 and (
            _name(squash(head[0])) or len(squash(head[0])) <= 8 and plausible_name(squash(head[0]))
            and _posts(squash(head[1]))):  # (额尔敦巴特尔　盟行政公署副盟长: a long name before its posts)
        return "M"
    if _posts(flat):
        return "P"
    return ""


#: the tab between two cells and the spaces around it
_TAB = re.compile(rf"[{SPACES.replace(chr(9), '')}]*\t[{SPACES}]*")


def _tab_row(text: str) -> bool:
    """Whether ``text`` is a row of cells a browser copied with a tab between them."""
    return "\t" in text.strip(SPACES)


def _table_row(line: Line, text: str) -> bool:
    """Whether ``line`` is a row of | cells or of cells set apart by tabs (a row of one cell and empty ones after
    it, ``某某组<TAB><TAB>``, a heading spanning the table's columns, too: its line ends in the tabs)."""
    end = text.find("\n", line.end)
    return bool(re.match(rf"^[{SPACES}]*[|｜]", line.text)) or _tab_row(line.text) \
        or "\t" in text[line.end: end if end >= 0 else len(text)]


def _piped_row(text: str) -> str | None:
    """``text`` with its bars or tabs read as the padding of a member or personnel row (see the module), or None
    where it is no such row of | cells or of cells set apart by tabs."""
    tabbed = _tab_row(text)
    if tabbed:
        cells, gaps = text.strip(SPACES).split("\t"), _TAB
    elif re.match(rf"^[{SPACES}]*[|｜]", text) and re.search(rf"[|｜][{SPACES}]*$", text):
        cells, gaps = re.split(r"[|｜]", text.strip(SPACES)[1:-1]), _BAR
    else:
        return None
    if not 2 <= len(cells) <= 4 or any(not c.strip(SPACES) for c in cells):
        return None
    kinds = [_cell_kind(c, k == 0) for k, c in enumerate(cells)]
    if "" in kinds or not {"N", "M"} & set(kinds) or kinds.count("N") > 1 or "R" in kinds[1:]:
        return None
    colon = kinds[0] == "R" or kinds[:2] == ["N", "D"]
    out, last = [], 0
    inner = (len(text) - len(text.lstrip(SPACES)), len(text.rstrip(SPACES))) if tabbed else (0, len(text))
    for k, m in enumerate(gaps.finditer(text, *inner), start=1 if tabbed else 0):
        out.append(text[last:m.start()])
        width = m.end() - m.start()
        if k == 1 and colon:  # (the bar or tab after the first cell)
            out.append("：" + "\u3000" * (width - 1))
        else:
            out.append("\u3000" * max(width, 1))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _unpiped(lines: list[Line], text: str) -> list[Line]:
    """The lines, each member or personnel row copied as | cells or tabbed cells read as the list's line (see the
    module); a run of such rows under a header (姓名 | 职务) is a table, left to the readers of tables."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if not _table_row(lines[i], text):
            i += 1
            continue
        j = i
        while j < len(lines) and _table_row(lines[j], text):
            j += 1
        if not any(squash(c) in _HEADER_CELLS for ln in lines[i:j] for c in re.split(r"[|｜\t]", ln.text)):
            for k in range(i, j):
                row = _piped_row(lines[k].text)
                if row is not None:  # (a line's edges are no part of it: the row's outer bars are its edges)
                    lead = len(row) - len(row.lstrip(SPACES))
                    row = row.strip(SPACES)
                    out[k] = type(lines[k])(lines[k].start + lead, lines[k].start + lead + len(row), row)
        i = j
    return out


def _joined(a: Line, b: Line, text: str, cls: type) -> Line:
    gap = text[a.end:b.start]
    return cls(a.start, b.end, a.text + re.sub(r"\s", "\u3000", gap) + b.text)


def rejoin_cells(lines: list[Line], text: str) -> list[Line]:
    """The lines, with a member or personnel row a page copied one cell a line joined again (see the module)."""
    lines = _unpiped(lines, text)
    if len(lines) < 2 or any(ln.flat in _HEADER for ln in lines):
        return lines
    cls = type(lines[0])
    kinds = [_kind(ln) for ln in lines]
    out: list[Line] = []
    order: str | None = None  # "NP" or "PN": how the list at hand prints its rows
    i = 0
    while i < len(lines):
        a, ka = lines[i], kinds[i]
        flat = a.flat
        if len(flat) == 1 and i + 1 < len(lines) and re.fullmatch(r"[\u4e00-\u9fff]", flat):
            lab = _LABEL.match(flat + lines[i + 1].flat)
            if lab and _is_role(lab["label"]) and lines[i + 1].flat[:len(lab.group()) - 1] == lab.group()[1:] \
                    and not _is_role(lines[i + 1].flat.split("：")[0].split(":")[0]):
                out.append(_joined(a, lines[i + 1], text, cls))  # 成 / 员：: a label cut at its padding
                order = None
                i += 2
                continue
        if _LABEL_AT_END.search(flat) and i + 1 < len(lines):
            head = re.split(r"[；;，,。、]", re.sub(r"[(（][^()（）]{1,40}[)）]", "", lines[i + 1].flat))[0]
            if head and _name(head) and len(clean_name(head)) <= 4:
                # …组。组长： / 粟志华；副组长： / 麻勇、张金龙。: a label's colon ends the line inside a sentence
                joined = _joined(a, lines[i + 1], text, cls)
                lines = lines[:i] + [joined] + lines[i + 2:]
                kinds = kinds[:i] + [""] + kinds[i + 2:]
                continue
        if i + 1 < len(lines):
            kb = kinds[i + 1]
            pair = ka + kb
            if pair in ("NP", "PN") and (order == pair or order is None and _opens(lines, kinds, i, pair)) or pair == "ND":
                out.append(_joined(a, lines[i + 1], text, cls))
                order = order or (pair if pair != "ND" else "NP")
                i += 2
                continue
        if not ka:
            order = None
        out.append(a)
        i += 1
    return out
