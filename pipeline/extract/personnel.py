"""Personnel decisions: appointments (任, 任命…为, 聘任, 兼任, 挂职任, 试用期满任)
and removals (免去…职务, 免去其…, 同时免去), in clauses, in numbered sections
whose items carry no verb, and in personnel tables.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..facts import Appointment, Position, Post, Removal
from ..text import SPACES, cn_int, is_date_line, nfkc, parse_date, parse_duration
from .layout import Layout, cells as split_cells
from .names import clean_name, plausible_name, split_name_posts
from .posts import has_own_prefix, split_posts
from ..lexicon import COMPOUND_SURNAMES, GOV_HEAD_CORES, SURNAMES, TITLE_RE

_CLAUSE_SPLIT = re.compile(r"[。；;\n]|(?<=决定|如下|研究|人员|名单)[：:]")
_ENUM = re.compile(r"^(?:[0-9０-９]+[.．、)）]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*")
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、\s*|.{0,12}?决定)?(?P<verb>任命|任职|聘任|聘用|提名|免去|免职|免去职务|解聘|退休)"
                      r"(?:以下|下列)?(?:同志)?(?:的)?(?:职务)?(?:如下)?(?:[:：]|$)")
_NAME = r"[\u4e00-\u9fff·•．][\u4e00-\u9fff·•．\s\u3000]{1,14}?"
_TITLE_END = TITLE_RE.pattern.rstrip("$")
#: 任命X为Y; X任Y; and "current posts + name + 兼任 + new post", tried in this order
_APPOINT_RES = [
    re.compile(rf"^(?:[^，,：:]{{0,24}}?(?:决定|表决|通过|同意|依法|提请|批准))?(?:兹|现|特|拟)?(?:任命|聘任|聘用|提名)"
               rf"(?P<name>{_NAME})(?:同志)?(?:为|担任)(?P<posts>.+)$"),
    re.compile(rf"^(?P<name2>{_NAME})(?:同志)?(?:[（(](?P<current>[^()（）]+)[)）])?"
               rf"(?P<verb>试用期满任|挂职任|挂任|兼任|担任|任命为|任(?!命|免|职|期|务)|聘任为|聘为|兼)(?P<posts2>.+)$"),
    re.compile(rf"^(?P<current3>[^，,。；;]{{2,40}}?(?:{_TITLE_END}))(?P<name3>(?![会长任])[\u4e00-\u9fff·]{{2,6}}?)(?:同志)?"
               rf"(?P<verb3>挂职任|挂任|兼任|担任|任)(?P<posts3>.+)$"),
]
_LEAD_IN = r"(?:[^，,：:]{0,24}?(?:决定|表决|通过|同意|依法|批准))?(?:同时|并|兹|现)?"
_REMOVE_RE = re.compile(rf"^{_LEAD_IN}免(?:去|除)?(?:(?P<self>其)|(?P<name>{_NAME})(?:同志)?的)(?P<posts>.+?)职务|"
                        rf"^{_LEAD_IN}免(?:去|除)?(?P<both>.+?)职务|"
                        rf"^(?P<name2>{_NAME})(?:同志)?不再担任(?P<posts2>.+?)职务|"
                        rf"^{_LEAD_IN}接受(?:了)?(?P<name3>{_NAME})(?:同志)?(?:辞去|辞职)(?P<posts3>.+?)职务|"
                        rf"^(?P<name4>{_NAME})(?:同志)?被免去(?:了)?(?P<posts4>.+?)职务")
#: parenthesised notes after a post: probation, secondment, rank, term
#: (the whole bracket's content, when it holds one of the words: checked ahead, then taken at once)
_NOTE_RE = re.compile(r"[(（](?=[^()（）]*?(?:试用期|挂职|级|任期|起算|时间|聘期|退休|到龄|现任|原任|任用|安排|辞职|调出|调离|"
                      r"离任|兼任|保留|享受))(?P<note>[^()（）]*+)[)）]")
_LEAD_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,8}?)同志")
#: a person block: ``谈一鸣：任…；免去…`` or ``陈立新　　任…`` (a name, then what happens to them)
_BLOCK = re.compile(r"^(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{1,10}?)(?:同志)?(?:[（(](?P<current>[^()（）]+)[)）])?"
                    r"(?:[:：]|[\s\u3000]{2,}+|\t)\s*(?=(?:试用期满|正式|兼|挂|任|聘|免|不再|同时))")
#: what follows a name in a person block, or a clause whose subject is the one before
_VERB_FIRST = re.compile(r"^(?:试用期满[，,]?|经试用期满考核合格[，,]?)?(?:正式)?"
                         r"(?P<verb>试用期满任|挂职任|挂任|兼任|担任|任命为|任|聘任为|聘任|聘为)(?P<posts>.+)$")
_SUBCLAUSE = re.compile(r"[，,](?=(?:同时|并|决定|兹|现)?(?:免去|免[^费]|任命|聘任|兼任|挂任|接受))|[，,](?=(?:正式)?任(?!职|期|务))|"
                        r"[，,](?!试用期|任期|聘期|挂职|任职|时间)(?=[\u4e00-\u9fff·]{2,8}(?:同志)?(?:任|为)[\u4e00-\u9fff])")
_LATER_PROBATION = re.compile(r"^(?:(?:上述|以上|上列|以上所列)[\u4e00-\u9fff]{0,4}?|(?P<who>[\u4e00-\u9fff·、]{2,40}?))同志(?:的)?"
                              r"(?:任职)?试用期(?:为)?(?P<term>[^，,。；;]+)")
_PROSE_HOLDER = re.compile(r"(?:由|经|请|是|^)(?P<posts>[^，,。；;由经请是]{2,40}?(?:%s))(?P<name>[\u4e00-\u9fff·]{2,6}?)同志"
                           % TITLE_RE.pattern.rstrip("$"))
_RANGE_RE = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:至|到|—|－|-|~)\s*"
                       r"(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")
_FROM_RE = re.compile(r"(?:任职时间|时间|任期)?(?:从|自)(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)(?:起算|起)")


@dataclass
class _Clause:
    start: int
    text: str
    subject: str | None = None  # the person of a person block
    current: tuple[str, int] | None = None  # their current posts printed in parentheses, and where


def _clauses(layout: Layout) -> list[tuple[str | None, _Clause]]:
    """Clauses of the notice with the verb of the numbered section they sit in."""
    out: list[tuple[str | None, _Clause]] = []
    mode: str | None = None
    for line in layout.lines:
        if "\t" in line.text:
            continue  # a table row: read by positions_from_table
        m = _SECTION.match(nfkc(line.text))
        if m:
            mode = m["verb"]
            rest = line.text[m.end():].lstrip("：:" + SPACES)
            if not rest:
                continue
        elif re.match(r"^[一二三四五六七八九十]+、", line.text):
            mode = None
        pos = 0
        subject, current = None, None
        block = _BLOCK.match(line.text)
        if block and plausible_name(clean_name(block["name"])):
            subject = clean_name(block["name"])
            current = (block["current"], line.start + block.start("current")) if block["current"] else None
            pos = block.end()
        for sentence in _CLAUSE_SPLIT.split(line.text[pos:]):
            carry = None  # 任命A为X，B为Y: the verb carries over to the next sub-clause
            for piece in _SUBCLAUSE.split(sentence):
                s = line.start + line.text.index(piece, pos)
                pos = s - line.start + len(piece)
                lead = len(piece) - len(piece.lstrip(SPACES))
                body = piece.strip(SPACES)
                em = _ENUM.match(body)
                if em:
                    lead += em.end()
                    body = body[em.end():]
                if not body:
                    continue
                verb = re.match(r"^(?:同时|并)?(任命|聘任|免去)", body)
                out.append((mode or (carry if not verb else None), _Clause(s + lead, body, subject, current)))
                current = None  # the current posts are stated once
                carry = verb.group(1) if verb else carry
    return out


def _cut_notes(posts: str) -> tuple[str, str]:
    """Split trailing notes (parentheses about probation/term, comma clauses) off a posts string."""
    notes = " ".join(m["note"] for m in _NOTE_RE.finditer(posts))
    core = _NOTE_RE.sub("", posts)
    head, sep, tail = core.partition("，") if "，" in core else core.partition(",")
    if sep:
        notes = f"{notes} {tail}"
    return head.strip(SPACES), notes


def _appointment_attrs(verb: str, notes: str) -> dict:
    attrs: dict = {}
    if "试用期" in notes and "试用期满" not in notes:
        m = re.search(r"试用期\s*(?:为)?([^，,。;；)）]+)", notes)
        if m:
            attrs["probation"] = parse_duration(m.group(1))
    if "挂职" in verb or "挂职" in notes:
        attrs["secondment"] = True
    m = _RANGE_RE.search(notes)
    if m:
        attrs["start"], attrs["end"] = parse_date(m.group(1)), parse_date(m.group(2))
    else:
        m = _FROM_RE.search(notes)
        if m:
            attrs["start"] = parse_date(m.group(1))
    return attrs


def find_personnel(layout: Layout, known: frozenset[str], region: str = "") -> list:
    """Appointments and removals of a notice; ``known`` holds agencies named elsewhere in it."""
    facts: list = []
    last_person: str | None = None
    for mode, clause in _clauses(layout):
        got = _read_clause(mode, clause, known, last_person, region)
        if got is None and last_person and _VERB_FIRST.match(nfkc(clause.text)) and \
                not nfkc(clause.text).startswith(("任命", "任职", "聘任", "任期")):
            got = _subject_clause(replace(clause, subject=last_person), nfkc(clause.text),
                                  (clause.start, clause.start + len(clause.text)), known, region)
        if got is None:
            lead = _LEAD_NAME.match(nfkc(clause.text))
            if lead and plausible_name(lead["name"]):
                last_person = lead["name"]
            continue
        facts.extend(got)
        people = [f.person for f in got]
        last_person = people[-1] if people else last_person
    return facts


def find_report_removals(layout: Layout, region: str = "") -> list[Removal]:
    """Removals as reports of a session print them, anywhere in a sentence: accepted resignations
    (``接受A辞去X职务、B辞去Y职务的请求``), several people removed from one post (``免去A、B的Y职务``),
    ``免除X同志Y一职``."""
    out: list[Removal] = []
    for line in layout.lines:
        text = _ASIDE.sub(lambda m: " " * len(m.group(0)), nfkc(line.text))
        for sentence in _RESIGNATIONS.finditer(text):
            for m in _RESIGNED.finditer(sentence.group(0)):
                name = clean_name(m["name"])
                if plausible_name(name):
                    at = line.start + sentence.start() + m.start("posts")
                    out += [Removal(person=name, post=p, span=(line.start + sentence.start(), line.start + sentence.end()))
                            for p in _posts(m["posts"], at, region)]
        for m in _REMOVED_SEVERAL.finditer(text):
            names = [clean_name(n) for n in re.split(r"[、，,和及]", m["names"]) if n.strip()]
            if len(names) < 2 and not m["alt"] or not all(plausible_name(n) for n in names):
                continue
            span = (line.start + m.start(), line.start + m.end())
            posts = _posts(m["posts"], line.start + m.start("posts"), region)
            out += [Removal(person=n, post=p, span=span) for n in names for p in posts]
    return out


#: a sentence accepting resignations, and each resignation in it
_RESIGNATIONS = re.compile(r"接受(?:了)?[^。；;]{2,300}(?:职务|一职)(?:的)?(?:请求|辞职)?")
_PNAME = r"[\u4e00-\u9fff·]{2,4}?"
_RESIGNED = re.compile(rf"(?:接受(?:了)?|、|，|,)(?P<name>{_PNAME})(?:同志)?辞去(?P<posts>[^，,。；;、]{{2,60}}?)(?:的)?(?:职务|一职)")
_REMOVED_SEVERAL = re.compile(rf"免(?:去|除)(?P<names>{_PNAME}(?:[、和及]{_PNAME})*)(?:同志的|同志|的)(?P<posts>[^，,。；;、]{{2,60}}?)"
                              rf"(?:职务|(?P<alt>一职))")


def later_probation(layout: Layout, facts: list) -> list:
    """Apply probation stated in a sentence of its own: to the people it names
    (``王冰同志任职试用期为一年``), or (``以上两名同志试用期一年``) to the block of
    appointments right above it (the last N people when it counts them)."""
    facts = list(facts)
    starts = [ln.start for ln in layout.lines]
    by_line: dict[int, list[tuple[int, str]]] = {}  # line -> (start, person) of its appointments, in fact order
    by_person: dict[str, list[int]] = {}  # person -> indices of their appointments
    for k, f in enumerate(facts):
        if isinstance(f, Appointment):
            i = bisect_right(starts, f.span[0]) - 1
            if i >= 0 and f.span[0] < layout.lines[i].end:
                by_line.setdefault(i, []).append((f.span[0], f.person))
            by_person.setdefault(f.person, []).append(k)
    for _, clause in _clauses(layout):
        later = _LATER_PROBATION.match(nfkc(clause.text))
        if not later:
            continue
        term = parse_duration(later["term"])
        who = set(re.split(r"[、]", later["who"])) if later["who"] else _block_above(layout, starts, by_line, clause)
        count = re.search(r"([一二两三四五六七八九十\d]+)名", clause.text)
        if count and not later["who"]:
            n = cn_int(count.group(1))
            who = set(list(dict.fromkeys(who))[-n:]) if n else who
        for k in sorted(k for person in set(who) for k in by_person.get(person, ())):
            f = facts[k]
            if not f.probation and f.span[0] < clause.start:
                facts[k] = replace(f, probation=term)
    return facts


def _block_above(layout: Layout, starts: list[int], by_line: dict, clause) -> list[str]:
    """People appointed in the lines right above ``clause``, up to a lead-in line or heading."""
    blocks: list[list[str]] = []
    for i in range(bisect_right(starts, clause.start) - 1, -1, -1):
        here = [person for at, person in by_line.get(i, ()) if at < clause.start]
        if not here and layout.lines[i].end <= clause.start:
            break
        blocks.append(here)
    return [person for here in reversed(blocks) for person in here]


def signature_positions(layout: Layout, region: str = "") -> list[Position]:
    """A notice signed by an official (``省　长　卢志诚`` above the date): their post."""
    out: list[Position] = []
    for i, line in enumerate(layout.lines[1:], 1):
        if not is_date_line(line.text):
            continue
        prev = layout.lines[i - 1]
        tokens = re.findall(rf"[^{SPACES}]+", prev.text)
        if len(tokens) < 2:
            continue
        name = clean_name(tokens[-1])
        title = "".join(tokens[:-1])
        posts = _posts(title, prev.start, region) if len(title) <= 12 else []
        if plausible_name(name) and posts and len(name) <= 4:
            out += [Position(person=name, post=p, span=(prev.start, prev.end)) for p in posts]
    return out


def find_prose_positions(layout: Layout, region: str = "") -> list[Position]:
    """Office-holders named in running prose: ``由县委常委、组织部部长白玛次仁同志负责联系``."""
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _PROSE_HOLDER.finditer(text):
            name = m["name"]
            verb = re.match(r"^(?:[一二三四五六七八九十]+、)?(?:增补|增加|明确|调整|同意|决定)?", m["posts"])
            posts = _posts(m["posts"][verb.end():], line.start + m.start("posts") + verb.end(), region)
            if not plausible_name(name) or not posts:
                continue
            if not (has_own_prefix(posts[0].agency) or posts[0].title.endswith(GOV_HEAD_CORES)):
                continue
            span = (line.start + m.start("posts"), line.start + m.end())
            out.extend(Position(person=name, post=p, span=span, person_span=(line.start + m.start("name"),
                                                                              line.start + m.end("name")))
                       for p in posts)
    return out


def find_news_positions(layout: Layout, region: str = "") -> list[Position]:
    """Office-holders a report names after their posts, in running prose:
    ``州委常委、常务副州长王贵，副州长潘亮``, ``州人大常委会副主任石干昌、莫章海出席会议``."""
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        if not _SENTENCE_MARK.search(text):
            continue  # member lists and tables are read elsewhere
        # 刘昆副省长，分管…: a division of a government's work
        for m in list(_DUTY_HOLDER.finditer(text)) + list(_NEWS_HOLDER.finditer(text)):
            names = m["names"].split("、")
            if not all(_looks_like_name(n) for n in names):
                continue
            verb = re.match(r"^(?:[一二三四五六七八九十]+、)?(?:增补|增加|明确|调整|同意|决定|由|经|请|是|和|及|与|以及)?",
                            m["posts"])
            posts = _posts(m["posts"][verb.end():], line.start + m.start("posts") + verb.end(), region)
            if not posts or not (has_own_prefix(posts[0].agency) or posts[0].title.endswith(GOV_HEAD_CORES)):
                continue
            span = (line.start + min(m.start("posts"), m.start("names")), line.start + max(m.end("names"), m.end("posts")))
            at = line.start + m.start("names")
            for name in names:
                out.extend(Position(person=name, post=p, span=span, person_span=(at, at + len(name))) for p in posts)
                at += len(name) + 1
    return out


def find_elections(layout: Layout, region: str = "") -> list[Position]:
    """An election states who holds a post (``选举邓宝珊为甘肃省人民政府主席，王世泰、张德生为副主席``):
    positions; a clause without its own body takes the body of the clause before it."""
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _ELECTED.finditer(text):
            prev_agency = ""
            at = line.start + m.start()
            for clause in _election_clauses(m.group(0)):
                c = re.match(rf"^(?:选举)?(?P<names>[\u4e00-\u9fff·、，,]{{2,200}}?)(?:等[一二三四五六七八九十百\d]+(?:人|名))?为"
                             rf"(?P<posts>[^，,。；;]+)", clause.strip("，,；;"))
                if c:
                    names = [n for n in re.split(r"[、，,]", c["names"]) if n]
                    if names and all(_looks_like_name(n) for n in names):
                        bare = c["posts"].strip(SPACES)
                        posts = _posts(bare, at + c.start("posts"), region)
                        if posts and prev_agency and not has_own_prefix(posts[0].agency):
                            posts = [replace(p, agency=prev_agency) for p in posts]
                        elif not posts and prev_agency and TITLE_RE.fullmatch(bare):
                            posts = [Post(agency=prev_agency, title=bare, span=(at + c.start("posts"),
                                                                               at + c.start("posts") + len(bare)))]
                        for name in names:
                            out.extend(Position(person=name, post=p, span=(at, at + len(clause))) for p in posts)
                        prev_agency = posts[-1].agency if posts else prev_agency
                at += len(clause)
    return out


_ELECTED = re.compile(r"选举[^。；;]{4,600}")


def _election_clauses(text: str) -> list[str]:
    """The clauses of an election, a list of names broken by a comma slip kept with its 为."""
    out: list[str] = []
    for clause in re.split(r"(?<=[，,；;])", text):
        if out and "为" not in out[-1] and re.fullmatch(r"[\u4e00-\u9fff·、]+[，,]", out[-1]):
            out[-1] += clause
        else:
            out.append(clause)
    return out


def _looks_like_name(name: str) -> bool:
    """A name as reports print them: a common surname and two or three characters, or a name
    with · (艾力更·依明巴海)."""
    if "·" in name:
        return plausible_name(name)
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) in (3, 4) and plausible_name(name)
    return len(name) in (2, 3) and name[0] in SURNAMES and plausible_name(name)


_SENTENCE_MARK = re.compile(r"[，。；,;]")
_DUTY_HOLDER = re.compile(rf"(?:^|(?<=[。；;，,\s]))(?P<names>[\u4e00-\u9fff]{{2,3}}?)(?P<posts>(?:{_TITLE_END}))[，,：:]?\s*"
                          rf"(?:分管|负责|主持|协助|联系)")
_NEWS_NAME = r"(?:[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4}?)"
_NEWS_HOLDER = re.compile(rf"(?:^|(?<=[，,。；;：:、\s]))(?P<posts>[^，,。；;：:\s由为]{{0,40}}?(?:{_TITLE_END}))"
                          rf"(?P<names>{_NEWS_NAME}(?:、{_NEWS_NAME})*)"
                          rf"(?=[，,。；;、]|(?:等)?(?:同志|出席|列席|主持|到会|参加|讲话|宣读|指出|表示|强调|介绍|通报|作|就|在|陪同|一行|带队))")


def _posts(text: str, at: int, region: str) -> list[Post]:
    return split_posts(text, at, region=region)


#: an aside after a name or post that is neither: (女), (男), (兼), (正处级)
_ASIDE = re.compile(r"[(（](?:女|男|兼|兼职|正处级|副处级|正科级|副科级)[)）]")


def _read_clause(mode, clause: _Clause, known, last_person, region) -> list | None:
    text, at = clause.text, clause.start
    flat = _ASIDE.sub(lambda m: " " * len(m.group(0)), nfkc(text))  # 左力(女): blanked, offsets kept
    span = (at, at + len(text))
    if clause.subject:
        return _subject_clause(clause, flat, span, known, region)
    m = _REMOVE_RE.match(flat)
    if m:
        if m["self"]:
            name, posts, p_at = last_person, m["posts"], m.start("posts")
        elif m["name"] or m["name2"] or m["name3"] or m["name4"]:
            g = next(k for k in ("name", "name2", "name3", "name4") if m[k])
            name, posts = clean_name(m[g]), m["posts" + g[4:]]
            p_at = m.start("posts" + g[4:])
        else:
            split = split_name_posts(re.sub(r"^(.{2,8}?)同志", r"\1 ", m["both"]), known)
            if not split:
                # 同时免去 with no name: the person of the clause before
                if last_person and split_posts(m["both"]):
                    name, posts, p_at = last_person, m["both"], m.start("both")
                else:
                    return None
            else:
                name, posts, off = split
                p_at = m.start("both") + off
        if not name or not plausible_name(name):
            return None
        posts = _cut_notes(posts)[0].removesuffix("的")
        return [Removal(person=name, post=p, span=span) for p in _posts(posts, at + p_at, region)]
    m, g = None, None
    for regex, key in zip(_APPOINT_RES, ("", "2", "3")):
        cand = regex.match(flat)
        if cand and plausible_name(clean_name(cand["name" + key])) \
                and not (key == "3" and (not split_posts(cand["current3"]) or re.match(r"[会长任]", cand["name3"]))):
            m, g = cand, key  # (3: 委员|会副主任 is one word, not a post and a name)
            break
    if m is None and mode not in ("免去", "免职", "免去职务", "解聘"):
        reported = _reported_appointments(flat, at, span, known, region)
        if reported:
            return reported
    if m is not None and mode not in ("免去", "免职", "免去职务", "解聘"):
        name = clean_name(m["name" + g])
        found = m.groupdict()
        verb = found.get("verb") or found.get("verb3") or ""
        p_at = m.start("posts" + g)
        out = _appointments(name, verb or "", m["posts" + g], at + p_at, span, at, known, region)
        current, c_end = (found["current"], m.end("current")) if found.get("current") else \
            (found["current3"], m.end("current3")) if found.get("current3") else (None, 0)
        if current:
            out += _current_posts(name, current, at + c_end - len(current), span, region)
        return out
    if mode in ("任命", "任职", "聘任", "聘用", "提名", "免去", "免职", "免去职务", "解聘"):
        body, notes = _cut_notes(flat.rstrip("。；;"))
        body = re.sub(r"职务$", "", body)
        body = re.sub(r"^(.{2,12}?)(?:同志)?(?:兼任的|担任的|现任的|兼任|现任|原任|担任|的|为|兼|任)", r"\1 ", body, count=1)
        split = split_name_posts(body, known)
        if not split:
            return None
        name, posts, off = split
        if mode.startswith(("免", "解")):
            return [Removal(person=name, post=p, span=span) for p in _posts(posts, at + off, region)]
        return _appointments(name, mode, posts + (f"（{notes}）" if notes.strip() else ""), at + off, span, at,
                             known, region)
    return None


#: decisions as reports print them: 任命A、B为Y; 任命<current posts>X为Y; 决定X为Y; 决定X代理Y职务
_REPORTED_APPOINT = re.compile(rf"^{_LEAD_IN}(?:任命|决定|决定任命)(?P<who>[^，,。；;为]{{2,60}}?)(?:同志)?为(?P<posts>.+)$")
_ACTING = re.compile(rf"^{_LEAD_IN}(?:决定)?(?:(?P<current>[^，,。；;]{{2,40}}?(?:{_TITLE_END})))?(?P<who>{_NAME})(?:同志)?"
                     rf"代理(?P<posts>.+?)职务")
#: 代理X市长职务 inside a list of posts: the acting post is X/代理市长
_ACTING_POST = re.compile(rf"代理(?P<agency>[^、，,；;]{{2,30}}?)(?P<title>{'|'.join(GOV_HEAD_CORES)}|院长|检察长|主任)(?:职务)?")


def _reported_appointments(flat: str, at: int, span, known, region: str) -> list:
    m = _ACTING.match(flat)
    if m and plausible_name(clean_name(m["who"])):
        name = clean_name(m["who"])
        posts = [replace(p, title="代理" + p.title) for p in _posts(m["posts"], at + m.start("posts"), region)]
        current = _posts(m["current"], at + m.start("current"), region) if m["current"] else []
        return [Appointment(person=name, post=p, span=span) for p in posts] + \
            [Position(person=name, post=p, span=span) for p in current]
    m = _REPORTED_APPOINT.match(flat)
    if not m:
        return []
    who, current = clean_name(m["who"]), None
    names = [n for n in who.split("、")]
    if not all(plausible_name(n) for n in names):
        holder = re.match(rf"^(?P<current>.+(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,6}})$", who)
        if not holder or not plausible_name(holder["name"]):
            return []
        names, current = [holder["name"]], holder["current"]
    out: list = []
    for name in names:
        out += _appointments(name, "", m["posts"], at + m.start("posts"), span, at, known, region)
        if current:
            out += [Position(person=name, post=p, span=span) for p in _posts(current, at + m.start("who"), region)]
    return out


def _current_posts(name: str, text: str, at: int, span, region: str) -> list[Position]:
    """Posts a person already holds, printed beside their name: ``（现任市商务局局长）``."""
    lead = re.match(r"^(现任|原任|系)", text)
    skip = lead.end() if lead else 0
    return [Position(person=name, post=p, span=span) for p in _posts(text[skip:], at + skip, region)]


def _subject_clause(clause: _Clause, flat: str, span, known, region) -> list | None:
    """A clause whose person was named before it: ``任市商务局局长`` / ``免去…职务`` / ``不再担任…职务``."""
    name, at = clause.subject, clause.start
    out: list = []
    if clause.current:
        out += _current_posts(name, *clause.current, span, region)
    m = re.match(r"^(?:同时|并)?(?:免(?:去|除)?|不再担任)(?P<posts>.+?)职务", flat)
    if m:
        posts = _cut_notes(m["posts"])[0]
        return out + [Removal(person=name, post=p, span=span) for p in _posts(posts, at + m.start("posts"), region)]
    m = _VERB_FIRST.match(flat)
    if m:
        return out + _appointments(name, m["verb"], m["posts"], at + m.start("posts"), span, at, known, region)
    return out or None


def _appointments(name, verb, posts_raw, p_at, span, at, known, region) -> list:
    """Appointment facts of one clause, and a removal that follows it with a comma."""
    out: list = []
    removal = None
    m = re.search(r"[,，]\s*(?:同时|并)?免去", posts_raw)
    if m:
        removal = posts_raw[m.end():]
        rem_at = p_at + m.end()
        posts_raw = posts_raw[: m.start()]
    posts_raw = _ACTING_POST.sub(lambda a: a["agency"] + "代理" + a["title"], posts_raw)  # keeps offsets close
    posts, notes = _cut_notes(posts_raw)
    attrs = _appointment_attrs(verb, notes)
    for p in _posts(posts, p_at, region):
        out.append(Appointment(person=name, post=p, span=span, **attrs))
    if removal:
        rm = re.match(r"(?:其)?(?P<posts>.+?)职务", removal)
        if rm:
            out.extend(Removal(person=name, post=p, span=span)
                       for p in _posts(rm["posts"], rem_at + rm.start("posts"), region))
    return out


def positions_from_table(layout: Layout, region: str = "") -> list:
    """Personnel tables: a 姓名 column, post columns (拟任职务 / 免去职务 / 现任职务 / 任免职务 …)
    and optional notes (备注). A verb opening a cell (任…, 免去…职务) says what it is;
    otherwise the column's header does. One row a line, cells by tabs or │."""
    facts: list = []
    columns: list[str] | None = None
    for line in layout.lines:
        cells = split_cells(line.text) or [line.text]
        if len(cells) < 2:
            continue
        flat = [re.sub(f"[{SPACES}]", "", nfkc(c)) for c in cells]
        if any(c in ("姓名", "名字") for c in flat):
            columns = flat
            continue
        if not columns or len(flat) > len(columns):
            continue
        cells += [""] * (len(columns) - len(cells))
        flat += [""] * (len(columns) - len(flat))
        name_col = next(i for i, c in enumerate(columns) if c in ("姓名", "名字"))
        name = clean_name(flat[name_col])
        if not plausible_name(name):
            continue
        remarks = " ".join(f for h, f in zip(columns, flat) if re.search(r"备注|说明|附注", h))
        span = (line.start, line.end)
        offset = 0
        for i, (head, cell) in enumerate(zip(columns, cells)):
            cell_at = line.start + line.text.index(cell, offset)
            offset = cell_at - line.start + len(cell)
            if i == name_col or re.search(r"备注|说明|附注", head) or not cell.strip(SPACES + "—-－/无") \
                    or ("职" not in head and "任" not in head):
                continue
            facts.extend(_table_cell(name, head, cell, cell_at, remarks, span, region))
    return facts


def _table_cell(name: str, head: str, cell: str, cell_at: int, remarks: str, span, region: str) -> list:
    core, notes = _cut_notes(cell)
    core = core.strip(SPACES)
    cell_at += len(cell) - len(cell.lstrip(SPACES))
    removal = re.match(r"^(?:免去|免|不再担任)(?P<posts>.+?)(?:职务)?$", core)
    if removal:
        return [Removal(person=name, post=p, span=span)
                for p in _posts(removal["posts"], cell_at + removal.start("posts"), region)]
    verb = re.match(r"^(?:兼任|挂职任|挂任|任|担任|聘任为|聘任|聘为)", core)
    if verb:
        core, cell_at = core[verb.end():], cell_at + verb.end()
    posts = _posts(re.sub(r"职务$", "", core), cell_at, region)
    if not verb and "免" in head and "任免" not in head:
        return [Removal(person=name, post=p, span=span) for p in posts]
    if not verb and ("现" in head or "原" in head):
        return [Position(person=name, post=p, span=span) for p in posts]
    attrs = _appointment_attrs((verb.group(0) if verb else "") + head, f"{notes} {remarks}")
    return [Appointment(person=name, post=p, span=span, **attrs) for p in posts]
