"""Task assignments of a plan: lead (牵头), support (配合) and responsible (责任) agencies.

Read from parentheses at the end of a task (``（牵头单位：X；配合单位：Y、Z）``), from
lines of their own under a task (``牵头单位：X``), from verbs (``由X牵头，Y配合``) and
from task tables (重点任务 / 牵头单位 / 配合单位 columns, cells by tabs).
"""
from __future__ import annotations

import re

from ..facts import Assignment
from ..text import SPACES, nfkc, strip_final_punct
from .layout import Layout, cells
from .posts import normalise_agency

_ROLE_WORDS = (("牵头", "lead"), ("主办", "lead"), ("配合", "support"), ("协办", "support"),
               ("参与", "support"), ("协同", "support"), ("责任", "responsible"), ("负责", "responsible"),
               ("实施", "responsible"), ("承办", "responsible"))
_LABEL = r"(?P<label>牵头|主办|配合|协办|参与|协同|责任|负责|实施|承办)(?:单位|部门|主体|机构)"
_LABEL_RE = re.compile(rf"{_LABEL}\s*[:：]\s*(?P<agencies>(?:[^;；:：()（）\n]|[(（][^()（）:：]{{1,8}}[)）])+)")
_HEADING_RE = re.compile(r"^(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*"
                         r"(?P<head>[^。：:；;!！?？]{2,40})")
_VERB_RE = re.compile(r"(?:由|^|(?<=[（(，,。；;]))(?P<lead>[^，,。；;由（(]{2,80}?)(?:共同)?牵头(?:负责)?[，,、]?"
                      r"(?:(?P<support>(?:[^，,。；;（()）]|[（(][^()（）]{1,6}[)）]){2,120}?)(?:等)?(?:部门|单位)?(?:配合|协同|参与))?")
_SPLIT_RE = re.compile(r"[、,，/；;]|\s+")


def _role(label: str) -> str:
    return next(role for word, role in _ROLE_WORDS if label.startswith(word))


def _agencies(text: str) -> list[str]:
    out = []
    for part in _SPLIT_RE.split(nfkc(text)):
        part = strip_final_punct(part).removesuffix("等")
        part = re.sub(r"(等|按职责分工负责|按职责分别负责|分别负责|负责)$", "", part)
        if len(part) >= 2:
            out.append(normalise_agency(part)[0])
    return out


def find_assignments(layout: Layout) -> list[Assignment]:
    facts: list[Assignment] = []
    task: str | None = None
    table: dict[str, int] | None = None
    for line in layout.lines:
        text = nfkc(line.text)
        span = (line.start, line.end)
        row = cells(text)
        if row:
            cells_ = [re.sub(f"[{SPACES}]", "", c) for c in row]
            got, table = _table_row(cells_, table, span)
            facts.extend(got)
            if got or table:
                continue
        m = _HEADING_RE.match(text)
        if m and not _LABEL_RE.match(text[m.start("head"):]):
            task = strip_final_punct(m["head"])
        if task is None:
            continue
        labelled = list(_LABEL_RE.finditer(text))
        for lm in labelled:
            for agency in _agencies(lm["agencies"]):
                facts.append(Assignment(task=task, role=_role(lm["label"]), agency=agency, span=span))
        if not labelled:
            for vm in _VERB_RE.finditer(text):
                facts.extend(Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(vm["lead"]))
                if vm["support"]:
                    facts.extend(Assignment(task=task, role="support", agency=a, span=span)
                                 for a in _agencies(vm["support"]))
    return _unique(facts)


def _table_row(cells: list[str], table: dict | None, span) -> tuple[list[Assignment], dict | None]:
    """One row of a task table; a header row (with a 牵头单位-like column) starts a table."""
    roles = {i: _role(c) for i, c in enumerate(cells) if re.fullmatch(_LABEL, c)}
    if roles:
        task_col = next((i for i, c in enumerate(cells) if re.search(r"任务|事项|工作|内容|举措|措施|目标", c)), None)
        return [], ({"task": task_col, "roles": roles, "width": len(cells)} if task_col is not None else None)
    if not table or len(cells) != table["width"]:
        return [], table
    task = re.sub(r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", cells[table["task"]])
    task = strip_final_punct(re.split(r"[。：:；;]", task)[0])
    if not task:
        return [], table
    out = [Assignment(task=task, role=role, agency=agency, span=span)
           for i, role in table["roles"].items() for agency in _agencies(cells[i])]
    return out, table


def _unique(facts: list[Assignment]) -> list[Assignment]:
    seen, out = set(), []
    for f in facts:
        key = (f.task, f.role, f.agency)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
