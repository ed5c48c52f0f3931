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
from ..lexicon import AGENCY_END_RE
from .posts import normalise_agency

_ROLE_WORDS = (("牵头", "lead"), ("主办", "lead"), ("配合", "support"), ("协办", "support"),
               ("参与", "support"), ("协同", "support"), ("责任", "responsible"), ("负责", "responsible"),
               ("实施", "responsible"), ("承办", "responsible"))
#: role labels; 牵头责任单位 / 协同责任单位 (a lead and a supporting responsible body) before 责任单位
_LABEL_WORDS = r"牵头责任|协同责任|配合责任|主要责任|牵头|主办|配合|协办|参与|协同|责任|负责|实施|承办"
_LABEL = rf"(?P<label>{_LABEL_WORDS})(?:单位|部门|主体|机构)"
_LABEL_RE = re.compile(rf"[【\[]?{_LABEL}(?:[】\]]\s*[:：]?|\s*[:：])\s*"
                       rf"(?P<agencies>(?:(?!(?:{_LABEL_WORDS})(?:单位|部门|主体|机构))"
                       rf"(?:[^;；:：()（）【\[\n]|[(（][^()（）:：]{{1,8}}[)）]))+)")
#: what an agency does in a verb phrase: ``X牵头``, ``Y配合``, ``Z按职责分工负责``
_SEGMENT_RE = re.compile(r"^(?:由)?(?P<agencies>.+?)(?:共同)?(?P<verb>牵头负责|牵头|配合|协同|参与|协办|按职责分工负责|按职责分别负责|"
                         r"按职责负责|分别负责|负责)$")
_VERB_ROLE = {"牵头负责": "lead", "牵头": "lead", "配合": "support", "协同": "support", "参与": "support",
              "协办": "support"}
_COLLECTIVE_END = re.compile(r"(政府|部门|单位|局|委|办|公司|中心|机构|委员会|管委会|街道|社区)$")
_HEADING_RE = re.compile(r"^(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*"
                         r"(?P<head>[^。：:；;!！?？]{2,40}(?:[^。：:；;!！?？]{0,60}?(?=[，,]由))?)")
_VERB_RE = re.compile(r"(?:由|^|(?<=[（(，,。；;]))(?P<lead>[^，,。；;由（(]{2,80}?)(?:共同)?牵头(?:负责)?[，,、]?"
                      r"(?:(?P<support>(?:[^，,。；;（()）]|[（(][^()（）]{1,6}[)）]){2,120}?)(?:等)?(?:部门|单位)?(?:配合|协同|参与))?")
#: headings of a plan's own sections, never tasks
_SECTION_TITLE = re.compile(r"(总体要求|指导思想|基本原则|主要目标|工作目标|目标任务|重点任务|主要任务|保障措施|工作要求|组织实施|"
                            r"组织领导|实施步骤|进度安排|时间安排|工作措施|职责分工|附则|工作机制|其他事项)")
_FIRST_LEADS = re.compile(r"(?:第一|排名第一|排在第一|排第一|列第一|首位)(?:位|个)?(?:的)?(?:责任)?(?:单位|部门)?"
                          r"(?:为|是)牵头(?:单位|部门)")
_TOGETHER_RE = re.compile(r"由(?P<lead>[^，,。；;由（(]{2,40}?)会同(?P<support>[^，,。；;]{2,200}?)(?:等)?(?:有关)?(?:部门|单位)?"
                          r"(?:共同)?负责")
_SPLIT_RE = re.compile(r"[、,，/；;]|\s+")


def _role(label: str) -> str:
    return next(role for word, role in _ROLE_WORDS if label.startswith(word))


def _marked_agencies(text: str) -> list[tuple[str, bool]]:
    """Agencies in a list, each with whether it is marked as the lead (``X（牵头）``).
    A collective body split by 、 stays one (``各市、县、自治县人民政府``)."""
    parts: list[str] = []
    for part in _split_outside_brackets(nfkc(text)):
        if parts and parts[-1].startswith("各") and not _COLLECTIVE_END.search(parts[-1]):
            parts[-1] += "、" + part
        else:
            parts.append(part)
    out = []
    for part in parts:
        part = strip_final_punct(part).removesuffix("等")
        lead = bool(re.search(r"[(（]牵头[)）]|牵头$", part))
        part = re.sub(r"[(（]牵头[)）]", "", part)
        part = re.sub(r"(等|牵头|按职责分工负责|按职责分别负责|分别负责|负责)$", "", part)
        if len(part) >= 2 and plausible_agency(part):
            out.append((normalise_agency(part)[0], lead))
    return out


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list of bodies at 、，/；and spaces, but not inside brackets: 沿江各县（市、区）人民政府."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if depth == 0 and _SPLIT_RE.fullmatch(ch):
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def _agencies(text: str) -> list[str]:
    return [a for a, _ in _marked_agencies(text)]


def plausible_agency(name: str) -> bool:
    """A body's name: ends like one (局, 委员会, 人民政府, 公司 …) or is a collective one (各县区人民政府,
    区直各部门); no quotes or colons, no sentence words."""
    if re.search(r"[“”\"《》:：]", name) or re.search(r"(的|和|及|等|任务|工作)$", name) \
            or re.fullmatch(r"(牵头|配合|责任|其它|其他|有关|相关|各有关|协办|承办|各)?(单位|部门)", name):
        return False
    return bool(AGENCY_END_RE.search(name)) or bool(
        re.search(r"(部门|单位|政府|企业|机构|街道|乡镇|镇街|街镇|镇|乡|社区|村|园区|县|区|市|[)）])$", name))


def _assign(task: str, role: str, text: str, span, others: str = "responsible") -> list[Assignment]:
    """A list of agencies under one role; where some are marked （牵头）, they lead and the rest keep
    ``others`` (the column's role, or 配合 where the notice says the others support)."""
    marked = _marked_agencies(text)
    if role != "lead" and any(lead for _, lead in marked):
        rest = "support" if others == "support" else role
        return [Assignment(task=task, role="lead" if lead else rest, agency=a, span=span) for a, lead in marked]
    return [Assignment(task=task, role=role, agency=a, span=span) for a, _ in marked]


def _parenthesised(text: str) -> list[str]:
    """Top-level parenthesised groups of a line (nested brackets kept inside)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:i])
    return out


def _verb_segments(task: str, text: str, span) -> list[Assignment]:
    """``X牵头，Y、Z配合`` / ``X负责`` inside parentheses: one role per segment."""
    out: list[Assignment] = []
    depth, seg, segments = 0, "", []
    text = re.sub(r"(牵头|配合|负责)、", r"\1，", text)  # 由X牵头、Y配合
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if ch in "，,；;" and depth == 0:
            segments.append(seg)
            seg = ""
        else:
            seg += ch
    segments.append(seg)
    for seg in segments:
        m = _SEGMENT_RE.match(strip_final_punct(seg.strip()))
        if m:
            role = _VERB_ROLE.get(m["verb"], "responsible")
            out += [Assignment(task=task, role=role, agency=a, span=span) for a in _agencies(m["agencies"])]
    return out


def find_assignments(layout: Layout) -> list[Assignment]:
    facts: list[Assignment] = []
    # 注：标注“牵头”的为牵头单位，其余为配合单位 — what the unmarked bodies of a list are
    others = "support" if any(re.search(r"其余(?:的)?(?:为|是)?(?:配合|协办|参与)", ln.flat) for ln in layout.lines) \
        else "responsible"
    # 第一责任单位为牵头单位: in a list of responsible bodies the first one leads
    first_leads = any(_FIRST_LEADS.search(ln.flat) for ln in layout.lines)
    task: str | None = None
    table: dict[str, int] | None = None
    for line in layout.lines:
        text = nfkc(line.text)
        span = (line.start, line.end)
        row = cells(text)
        if row:
            cells_ = [re.sub(f"[{SPACES}]", "", c) for c in row]
            got, table = _table_row(cells_, table, span, others)
            if first_leads and got and all(a.role == "responsible" for a in got):  # the first unit of a row leads
                got[0] = Assignment(task=got[0].task, role="lead", agency=got[0].agency, span=got[0].span)
            facts.extend(got)
            if got or table:
                continue
        m = _HEADING_RE.match(text)
        if m and not _LABEL_RE.match(text[m.start("head"):]):
            task = strip_final_punct(_first_clause(m["head"]))  # a heading, or an item's first clause
            if _SECTION_TITLE.fullmatch(task):
                task = None  # 三、保障措施: a section of the plan, not a task
        if task is None:
            continue
        labelled = list(_LABEL_RE.finditer(text))
        for lm in labelled:
            got = _assign(task, _role(lm["label"]), lm["agencies"], span, others)
            if first_leads and got and all(a.role == "responsible" for a in got):
                got[0] = Assignment(task=got[0].task, role="lead", agency=got[0].agency, span=got[0].span)
            facts.extend(got)
        if labelled:
            continue
        verbs = [a for group in _parenthesised(text) for a in _verb_segments(task, group, span)]
        if not verbs:  # 市投资合作局牵头，宝鸡高新区管委会、各县区人民政府负责。
            verbs = [a for sentence in re.split(r"[。；;]", text) if "牵头" in sentence
                     for a in _verb_segments(task, sentence, span)]
        facts.extend(verbs)
        if not verbs:  # 由X会同Y、Z等部门负责落实: X leads, the others support
            for cm in _TOGETHER_RE.finditer(text):
                verbs += [Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(cm["lead"])]
                verbs += [Assignment(task=task, role="support", agency=a, span=span) for a in _agencies(cm["support"])]
            facts.extend(verbs)
        if not verbs:
            for vm in _VERB_RE.finditer(text):
                facts.extend(Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(vm["lead"]))
                if vm["support"]:
                    facts.extend(Assignment(task=task, role="support", agency=a, span=span)
                                 for a in _agencies(vm["support"]))
    return _unique(facts)


def _table_row(cells: list[str], table: dict | None, span, others: str) -> tuple[list[Assignment], dict | None]:
    """One row of a task table; a header row (with a 牵头单位-like column) starts a table."""
    roles = {i: _role(c) for i, c in enumerate(cells) if re.fullmatch(_LABEL, c)}
    if roles:
        task_col = next((i for i, c in enumerate(cells) if re.search(r"任务|事项|工作|内容|举措|措施|目标", c)), None)
        return [], ({"task": task_col, "roles": roles, "width": len(cells)} if task_col is not None else None)
    if not table or len(cells) > table["width"] or len(cells) <= table["task"]:
        return [], table
    cells = cells + [""] * (table["width"] - len(cells))
    task = re.sub(r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", cells[table["task"]])
    task = strip_final_punct(re.split(r"[。：:；;]", task)[0])
    if not task:
        return [], table
    out = [a for i, role in table["roles"].items() for a in _assign(task, role, cells[i], span, others)]
    return out, table


def _first_clause(text: str) -> str:
    """Up to the first comma outside quotation marks: 关于“严守红线,划定农田”的问题,由… keeps its quote."""
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "“「『《"
        depth -= ch in "”」』》" and depth > 0
        if depth == 0 and ch in "，,":
            return text[:k]
    return text


def _unique(facts: list[Assignment]) -> list[Assignment]:
    seen, out = set(), []
    for f in facts:
        key = (f.task, f.role, f.agency)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
