"""An export of several records in one text file, each opened by a rule line that numbers it.

A crawler's or a database's export prints every record under a line of its own: a label with the record's counter
between rules (``=== 导出记录 1/2 ===``, ``----- 第2条 -----``, ``###### 记录 3 ######``). Each record is one notice
with everything under its rule — its info block above its title too, which a listing's reader, splitting at titles,
would hand to the notice before. A page's rule (``----- 第1页 -----``) numbers the pages of one text: no record.
"""
from __future__ import annotations

import re

#: a record's rule line: rules of three or more marks on both sides of a label that counts records
#: (导出记录 1/2, 第2条, 记录3, 第 2 篇, 结果 4), never pages
_RULE = re.compile(r"^[ \t\u3000]*(?P<mark>[=\-*#~～＝－—_])(?P=mark){2,}[ \t\u3000]*"
                   r"(?P<label>[^\n=\-*#~～＝－—_]{0,12}?(?:记录|記錄|条|條|篇|文件|文档|文檔|结果|結果)"
                   r"[^\n=\-*#~～＝－—_页頁]{0,12}?)"
                   r"[ \t\u3000]*(?P=mark){3,}[ \t\u3000]*$", re.M)
#: the counter in a rule's label: 1/2, 第2条, 记录3
_COUNTER = re.compile(r"(?P<n>\d{1,5})(?:\s*/\s*\d{1,5})?")
#: the fewest Chinese characters of a text before the first rule that make it part of the first record
_PREAMBLE_HAN = 20


def split_records(text: str) -> list[str] | None:
    """The records of an export (two or more rules whose counters run 1, 2, … or 1/N, 2/N, …), each with the text
    under its rule; None where the text is no such export."""
    rules = [m for m in _RULE.finditer(text) if _COUNTER.search(m["label"])]
    if len(rules) < 2:
        return None
    counts = [int(_COUNTER.search(m["label"])["n"]) for m in rules]
    if counts != list(range(counts[0], counts[0] + len(counts))):
        return None  # (rules that count no records in order: a text's own dividers)
    records = [text[m.end():(rules[i + 1].start() if i + 1 < len(rules) else len(text))].strip("\n")
               for i, m in enumerate(rules)]
    head = text[: rules[0].start()]
    if len(re.findall(r"[\u4e00-\u9fff]", head)) >= _PREAMBLE_HAN:
        records[0] = head + records[0]  # (a first record printed before the first rule's count: kept)
    return records


__all__ = ["split_records"]
