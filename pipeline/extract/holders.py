"""Office-holders a text names with their posts in running prose: reports of meetings
(``县人大常委会主任甲，副主任乙、丙及秘书长丁出席会议``) and leaders' division of work
(``常务副省长甲：负责…``, ``乙副市长则负责…``, ``丙市长`` on its own line).

Names are found by their shape (a common surname, two to four characters, or a name
with ·) and by what follows them (a separator, another name after 、, or a word that
continues a report: 出席, 主持, 负责, 分管…), not by a fixed separator. The posts
before a name are the longest run of text just before it that splits into posts of
real bodies; a bare title (``副主任``) takes the body of the post named before it in
the same sentence, a head-of-government title (``副县长``) that government.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from ..facts import Position, Post
from ..lexicon import GOV_HEAD_CORES, GROUP_SHORT_RE, NATIONAL_BODIES, TITLE_CORES, TITLE_RE
from ..text import nfkc
from .lists import unique
from .names import reported_name, split_name_posts
from .posts import GOV_HEAD_ASSISTANTS, has_own_prefix, split_posts, split_title

#: where a report's sentence ends (a body named in one sentence is not carried into the next)
_SENTENCE = re.compile(r"[。；;！!？?\n]")
#: a title core anywhere (overlapping starts are found with a look-ahead)
_CORE_AT = re.compile("(?=(%s))" % "|".join(sorted(set(TITLE_CORES), key=len, reverse=True)))
#: what may follow a holder's name: a separator, or a word that carries the report on
_AFTER_NAME = re.compile(r"(?:\s*(?:[，,。；;：:、)）]|$)|[(（](?:女|男|兼|兼职|[\u4e00-\u9fff]{1,3}族)[)）]|同志|以及|及|和|与|等|出席|列席|参加|应邀|主持|提请|到会|讲话|"
                         r"宣读|指出|表示|强调|介绍|通报|就|在|陪同|一行|带队|负责|分管|领导|协助|联系|兼|则|颁发|"
                         r"代表|受|率|签署|要求|听取|宣布|向|对|也|还|分别|共同|为|作|牵头|委托|说|致辞|汇报|发言|"
                         r"(?:[一二三四五六七八九〇○零]{4}|\d{4})\s*年|\d{1,8}\s*[月日])")
_SIGNATURE_END = re.compile(r"\s*(?:$|(?:[一二三四五六七八九〇○零]{4}|\d{4})\s*年)")
#: an aside printed after a name: (女), (兼), (回族)
_ASIDE = re.compile(r"[(（](?:女|男|兼|兼职|[\u4e00-\u9fff]{1,3}族)[)）]")
_SEPARATOR = re.compile(r"\s*(?:[，,。；;：:、)）]|$)")
#: characters that end a word before a post (了, 任命, 选举, 由, 及…), never a body's name
_LEAD_CHARS = set("、了命举由经请是及和与暨即为席托将把被向对从以任选称邀同而则受")
#: characters a post never begins with (受市人大常委会主任委托: the post is 市人大常委会主任)
_NEVER_FIRST = set("、了由受及和与为将把被向对从以而则")
#: words that show a run of text is not (only) a post: verbs and function words of a sentence
_NOT_POST = re.compile(r"(任命|免去|免职|选举|决定|同意|审议|听取|辞去|接受|提请|通过|新任|原任|曾任|历任|现任|出任|升任|"
                       r"调任|转任|担任|兼任|挂职|挂任|同志|成立|协调|主持|召开|会议|参加|出席|列席|组成(?!员)|带领|根据|按照|分管|负责|"
                       r"[了的在把被对将从向着过等由经请据而受])")
#: what before a post marks it as a past one (原副市长, 前任局长, 曾任…)
_PAST = re.compile(r"(原|前任|前|曾任|曾|历任|先后任)$")
#: a head-of-government title printed after a name: 龚正市长, 林文生副市长则负责…
_HEAD_TITLE = r"(?:常务|代理|代|执行)?副?(?:省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|总理)"
_HEAD_AFTER_NAME = re.compile(rf"(?P<title>{_HEAD_TITLE})(?=\s*(?:[，,。；;：:、]|$)|则|除了|除|分管|负责|主持|领导|协助|联系|兼|作为|在|全面|作|受|说|讲话|牵头|"
                              r"出席|参加|表示|指出|强调|介绍|汇报|宣读|代表)")
_DUTY_AFTER = re.compile(r"(?:则)?(?:负责|分管)")
_NAME_BOUNDARY = set("。；;，,：:、由")
#: a line carrying on a holder's posts: ``兼市公安局局长，负责…``
_ALSO = re.compile(r"^(?:兼任|兼)(?P<posts>[^，,。；;：:\s]{2,30})(?=[，,。；;：:]|$)")


def _valid_posts(text: str, region: str) -> list[Post] | None:
    """The posts of ``text`` when every item of it is a post of a real body, else None."""
    if not text or _NOT_POST.search(text):
        return None
    items = [i for i in re.split(r"[、兼]", text) if i]
    if not items or not all(split_title(i) for i in items):
        return None
    if any(re.search(r"[省市县区]长", split_title(i)[0]) for i in items):
        return None  # 甲副市长受代理市长…: a holder before the post, not a body
    posts = split_posts(text, region=region)
    if len(posts) != len(items):
        return None
    first = posts[0]
    agency = split_title(items[0])[0]
    if agency:
        if not (has_own_prefix(agency) or agency.startswith(NATIONAL_BODIES + ("最高人民法院", "最高人民检察院"))):
            return None
    elif not first.title.endswith(GOV_HEAD_CORES + GOV_HEAD_ASSISTANTS):
        return None
    return posts


def _posts_before(text: str, end: int, region: str) -> tuple[int, list[Post]] | None:
    """The longest run of ``text`` ending at ``end`` that splits into posts: (its start, posts)."""
    floor = max(0, end - 40)
    for k in range(end - 1, floor - 1, -1):
        if text[k] in "，,。；;：:\n（(）)《》“”\"" or text[k].isspace():
            floor = k + 1
            break
    for start in range(floor, end - 1):
        if start > floor and text[start - 1] not in _LEAD_CHARS or text[start] in _NEVER_FIRST:
            continue  # 任命南京…大学党委书记: not 命南京…
        posts = _valid_posts(text[start:end], region)
        if posts:
            return start, posts
    return None


def _names_at(text: str, at: int) -> list[tuple[int, str]]:
    """The names listed at ``at`` (``甲、乙、丙`` then a word that carries the report on)."""
    out: list[tuple[int, str]] = []
    pos = at
    while True:
        # in a list (after a name, or before 、), a name of a rarer surname or of another people counts
        fits = [text[pos:pos + k] for k in range(2, 14)
                if pos + k <= len(text) and _AFTER_NAME.match(text, pos + k)
                and reported_name(text[pos:pos + k], listed=bool(out) or _list_follows(text, pos + k))]
        # 戈丽和、王泓卫: a name followed by a separator beats a shorter one followed by a joining word
        found = next((n for n in fits if _SEPARATOR.match(text, pos + len(n))), fits[0] if fits else None)
        if not found:
            return out
        out.append((pos, found))
        pos += len(found)
        aside = _ASIDE.match(text, pos)
        if aside:
            pos = aside.end()  # 李华(女)、王强: an aside on the person, not part of the name
        if not text.startswith("、", pos):
            return out
        pos += 1


def _list_follows(text: str, at: int) -> bool:
    """True when ``、`` and a name of a common shape follow ``at`` (a list of names goes on)."""
    return text.startswith("、", at) and any(reported_name(text[at + 1:at + 1 + k]) and _AFTER_NAME.match(text, at + 1 + k)
                                             for k in (2, 3, 4))


def _bare_title(text: str, start: int, end: int) -> str | None:
    """A title printed alone (``副主任``, ``秘书长``) just before ``end``."""
    m = TITLE_RE.search(text[start:end])
    if m and m.start() == 0 and not text[start:end].endswith(GOV_HEAD_CORES):
        return text[start:end]
    return None


def _line_holders(text: str, at: int, region: str, government: str = "") -> list[Position]:
    """Holders named after their posts in one line (``text`` starts at ``at`` in the notice);
    ``government`` is the government whose leaders the lines above named (its 秘书长)."""
    out: list[Position] = []
    carry = ""  # the body of the last post named in this sentence
    seen_end = 0
    ends = sorted({m.start(1) + len(m.group(1)) for m in _CORE_AT.finditer(text)})
    stops = deque(m.start() for m in _SENTENCE.finditer(text))
    for end in ends:
        if end <= seen_end:
            continue
        while stops and stops[0] < end:
            stops.popleft()
            carry = ""  # a new sentence: no body carries over
        gap = len(text[end:end + 8]) - len(text[end:end + 8].lstrip(" \t\u3000"))
        names = _names_at(text, end + gap) if gap < 8 else []  # 中华人民共和国主席　胡锦涛 (a signature)
        if gap and names and not _SIGNATURE_END.match(text, names[-1][0] + len(names[-1][1])):
            names = []  # after spaces only a signature's name, alone at the end of its line
        if not names:
            named = _posts_before(text, end, region)
            if named and named[1][-1].agency:
                carry = named[1][-1].agency  # 受市人大常委会主任委托，副主任甲主持会议
            continue
        found = _posts_before(text, end, region)
        if found:
            start, posts = found
        else:
            start = _holder_floor(text, end)
            bare = _bare_title(text, start, end)
            body = carry or (government if bare in ("秘书长", "副秘书长") else "")
            if not bare or not body:
                continue
            posts = [Post(agency=body, title=bare, span=(at + start, at + end))]
        if _PAST.search(text[max(0, start - 4):start]):
            continue
        posts = [replace(p, span=(at + start + p.span[0], at + start + p.span[1])) if found else p for p in posts]
        span = (at + start, at + names[-1][0] + len(names[-1][1]))
        for pos, name in names:
            out.extend(Position(person=name, post=p, span=span, person_span=(at + pos, at + pos + len(name)))
                       for p in posts)
        carry = posts[-1].agency
        seen_end = names[-1][0] + len(names[-1][1])
    return out


def _holder_floor(text: str, end: int) -> int:
    """Where the run of text before ``end`` begins (after a separator or a joining word)."""
    lo = max(0, end - 40)
    m = re.search(r"(?:^|[，,。；;：:、\s]|以及|及|和|与)(?P<run>[^，,。；;：:、\s及和与]*)$", text[lo:end])
    return lo + m.start("run") if m else end


def _named_heads(text: str, at: int, region: str) -> list[Position]:
    """Heads of government printed after their names: ``龚正市长``, ``林文生副市长则负责…``."""
    out: list[Position] = []
    for m in _HEAD_AFTER_NAME.finditer(text):
        s = m.start("title")
        if text[max(0, s - 2):s] in ("作为", "作為"):
            s -= 2  # 郑云峰作为常务副市长，负责…
        # 由甲副市长负责: between 由 and a duty, a name of a rarer surname counts too
        duty = text[max(0, s - 4):s].find("由") >= 0 and _DUTY_AFTER.match(text, m.end())
        name = next((text[s - k:s] for k in (2, 3, 4) if s - k >= 0
                     and reported_name(text[s - k:s], listed=bool(duty) and k < 4 and text[s - k - 1:s - k] == "由")
                     and (s - k == 0 or text[s - k - 1] in _NAME_BOUNDARY or text[s - k - 1].isspace())), None)
        if not name:
            continue
        posts = split_posts(m["title"], at + s, region=region)
        out.extend(Position(person=name, post=p, span=(at + s - len(name), at + m.end()),
                            person_span=(at + s - len(name), at + s)) for p in posts)
    return out


#: a line of a division of work opened by a name and its posts: ``梁伟发省政府党组副书记，兼任省公安厅厅长``
_DUTY_LINE = re.compile(r"^(?P<head>[^，,：:。；;\s]{3,40})[，,：:]\s*(?:(?:兼任|兼)(?P<also>[^，,。；;：:\s]{2,30})(?=[，,。；;：:]|$)"
                        r"|(?=.*?(?:分管|负责|主持|协助|领导|联系)))")


def _duty_line(text: str, at: int, region: str) -> list[Position]:
    """The holder a line of a division of work opens with, name first, posts after."""
    m = _DUTY_LINE.match(text)
    if not m:
        return []
    split = split_name_posts(m["head"])
    if not split:
        return []
    name, posts_text, offset = split
    posts = _valid_posts(posts_text, region)
    if not posts or not reported_name(name, listed=True):
        return []
    if m["also"]:
        posts += [replace(p, span=(p.span[0] + m.start("also") - offset, p.span[1] + m.start("also") - offset))
                  for p in _valid_posts(m["also"], region) or []]
    return [Position(person=name, post=replace(p, span=(at + offset + p.span[0], at + offset + p.span[1])),
                     span=(at, at + m.end()), person_span=(at, at + len(name))) for p in posts]


def find_holders(layout, region: str = "") -> list[Position]:
    """Office-holders named with their posts in reports and leaders' division of work."""
    out: list[Position] = []
    government = ""
    for i, line in enumerate(layout.lines):
        text = nfkc(line.text)
        here = (_line_holders(text, line.start, region, government) + _named_heads(text, line.start, region)
                + _duty_line(text, line.start, region))
        government = next((f.post.agency for f in reversed(here) if f.post.title.endswith(GOV_HEAD_CORES)
                           and f.post.agency.endswith("人民政府")), government)
        out.extend(here)
        if here and i + 1 < len(layout.lines):  # 舒庆副市长 / 兼市公安局局长，负责…
            nxt = layout.lines[i + 1]
            m = _ALSO.match(nfkc(nxt.text))
            person = here[-1].person
            if m and all(f.person == person for f in here):
                posts = _valid_posts(m["posts"], region) or []
                out.extend(Position(person=person, post=replace(p, span=(nxt.start + m.start("posts") + p.span[0],
                                                                          nxt.start + m.start("posts") + p.span[1])),
                                    span=(nxt.start, nxt.start + m.end())) for p in posts)
    return unique(out, key=lambda f: (f.person, f.post.agency, f.post.title))


def plausible_post(post: Post) -> bool:
    """False for a post whose agency is a piece of a sentence (``新任区人民政府``, ``成立了``), and
    for a role in a working group (``县征兵工作领导小组组长``): that is a membership, not a post."""
    if re.search(r"(任命|新任|成立|上月|通过|协调|选举|决定|[了的])|[原前]$", post.agency):
        return False
    if GROUP_SHORT_RE.search(post.agency):
        return False  # 市爱卫会主任: a role in a committee named by its short form
    return not (re.search(r"(组|专班|指挥部|联席会议)$", post.agency)
                and not post.agency.endswith(("党组", "纪检监察组", "纪检组")))
