"""A document-sharing site's preview of an uploaded file, cut into numbered pieces, made one text again.

Such sites (``《某某方案.docx》由会员分享，可在线阅读…(15页珍藏版)》``) print the file's text with its line breaks
lost, in pieces of one fixed length (or of lengths that each end inside a word), each on a line of its own opened by
its number: ``1、某某方案为…夯实重`` / ``2、污染天气应急减排，…`` / ``3、…``. A piece ends wherever the length runs out, inside a word or a name
(``市`` / ``2、住建局``), so the pieces are glued back and their numbers dropped.
"""
from __future__ import annotations

import re

#: the site's line naming the shared file, or its note of the file's pages, or its uploader's line (上传人：某某 文档编号：…)
_SHARED = re.compile(r"》由(?:会员|用户|网友)(?:分享|上传)|页珍藏版\)?》|页珍藏版）》|上传人[:：][^\n]{0,20}文档编号[:：]")
#: a piece's number at the start of its line
_PIECE_NO = re.compile(r"(?P<n>[1-9]\d{0,2})、")
#: the site's short lines (its buttons) a preview's first piece may come under, and how long they are at most
_BUTTON_LINES, _BUTTON_WIDTH = 3, 40
#: the shortest piece (without its number) a site cuts a preview into
_MIN_PIECE = 100
#: a piece that ends inside a word or a name (on a character or a list's mark, not a sentence's or clause's stop):
#: where a site cut its preview, whatever length it cut to
_CUT_END = re.compile(r"[\u4e00-\u9fff、,，]$")


def rejoin_pieces(text: str) -> str:
    """The text with a shared file's numbered preview pieces glued back into one line: pieces ``1、``,
    ``2、``, … in order on lines of their own (blank lines between them allowed) after the site's
    sharing note (or the site's buttons under it), all but the last of one length (at least 100 characters without the number).
    Anything else is returned unchanged."""
    head = _SHARED.search(text[:3000])
    if not head:
        return text
    lines = text.split("\n")
    # the lines after the sharing note: (index, number, body)
    at = text.count("\n", 0, head.start()) + 1
    pieces: list[tuple[int, int, str]] = []
    for k in range(at, len(lines)):
        line = lines[k].rstrip("\r")
        if not line.strip():
            continue
        m = _PIECE_NO.match(line)
        if not m and not pieces and k - at < _BUTTON_LINES and len(line.strip()) <= _BUTTON_WIDTH:
            continue  # (下载 相关 举报: the site's buttons between its uploader's line and the first piece)
        if not m or int(m["n"]) != len(pieces) + 1:
            break
        pieces.append((k, int(m["n"]), line[m.end():]))
    if len(pieces) < 2:
        return text
    sizes = {len(body) for _, _, body in pieces[:-1]}
    if min(sizes) < _MIN_PIECE or len(sizes) != 1 and not all(_CUT_END.search(body) for _, _, body in pieces[:-1]):
        return text  # (pieces of one length, or each cut where no sentence ends: 某某 / 2、国俊; never a list's items)
    first, last = pieces[0][0], pieces[-1][0]
    joined = "".join(body for _, _, body in pieces)
    return "\n".join(lines[:first] + [joined] + lines[last + 1:])
