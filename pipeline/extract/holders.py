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

import os
import re
from collections import deque
from dataclasses import replace

from ..facts import Appointment, Position, Post, Removal
from ..lexicon import AGENCY_END_RE, GOV_HEAD_CORES, GROUP_ROLE_RE, GROUP_SHORT_RE, LEVEL_CHARS, NATIONAL_BODIES, NATIONAL_PREFIXES, PROVINCE_SHORTS, SURNAMES, TITLE_CORES, TITLE_RE
from ..text import nfkc, squash
from .groups import glued_names
from .layout import Line
from .lists import unique
from .names import joined_noun, name_shape, plausible_name, reported_name, split_name_posts
from .posts import GOV_HEAD_ASSISTANTS, has_own_prefix, of_body, split_posts, split_title, with_term

#: where a report's sentence ends (a body named in one sentence is not carried into the next)
_SENTENCE = re.compile(r"[。；;！!？?\n]")
_CORES = sorted(set(TITLE_CORES), key=len, reverse=True)
#: a title core anywhere (overlapping starts are found with a look-ahead); the character class first only
#: skips the positions no core starts at (the engine tries a pattern that opens with a look-ahead at every one)
_CORE_AT = re.compile("(?=[%s])(?=(%s))" % (re.escape("".join(sorted({c[0] for c in _CORES}))), "|".join(_CORES)))
#: a military rank printed after an officer's name (军分区司令员甲大校, 省军区政委乙少将宣布…): no part of the name
_RANK = r"[上中少大][将將校尉]"
_RANK_BEFORE_LIST = re.compile(_RANK + r"(?=、)")
#: what may follow a holder's name: a separator, a rank (上校; an academic's, 教授, 副研究员, in a school's news), or a
#: word that carries the report on
_AFTER_NAME = re.compile(r"(?:\s*(?:[，,。；;：:、)）]|$)|副?教授(?=做客|作|来|到|应邀|一行)|(?:%s|副?教授|副?研究员)(?=\s*(?:[，,。；;、)）]|$)|出席|列席|参加|主持|宣布|宣读|讲话|講話|致辞|陪同|和|及|与|等)|" % _RANK + r"[(（](?:女|男|兼|兼职|[\u4e00-\u9fff]{1,3}族)[)）]|[(（](?=[^()（）]{1,12}(?:[)）]|$))|同志|(?:以及|及|和|与)(?!出席|列席|参加|主持|讲话)|等|出席|列席|参加|应邀|主持|提请|到会|讲话|所作|所做|"
                         r"宣读|指出|表示|强调|介绍|通报|传达|负总责|就|在|陪同|随行|隨行|一行|带队|到任|负责|分管|领导|协助|联系|兼|则|颁发|代理|"
                         r"代表|受|率|签署|要求|听取|宣布|向|对|也|还|分别|共同|为|作|牵头|委托|说|致辞|汇报|发言|担任|第一时间|第一時間|告诉|告訴|认为|認為|透露|接受|首先|结合|結合|已经|已經|关于(?=[^，,。；;]{1,30}?的(?:讲话|講話|指示|批示|要求|部署))|關於(?=[^，,。；;]{1,30}?的(?:講話|指示|批示|要求|部署))|"
                         r"组织|召开|带领|率领|来到|前往|深入|以下|部署|调研|视察|考察|督导|督查|走访|慰问|会见|看望|察看|安排|总结|解读|的(?:工作)?(?:汇报|讲话|报告|发言|介绍|陪同|带领|率领|主持|指示|批示|部署)|到(?=[^，,。；;]{1,12}?(?:调研|检查|视察|考察|督导|督查|走访|慰问|指导|宣讲))|"
                         r"(?:[一二三四五六七八九〇○零]{4}|\d{4})\s*年|\d{1,8}\s*[月日]|"
                         # an adverb of promptness before the act (厅长甲立即主持召开专题会议, 局长乙亲自部署)
                         r"(?:立即|立刻|随即|当即|亲自|迅速)(?=主持|召开|组织|部署|带队|率队|听取|研究|作出)|"
                         # the role a holder takes in a group (副厅长甲任副组长)
                         r"任(?=(?:常务)?副?(?:组长|召集人|指挥长)))")
#: words of a report that never occur inside a name
_REPORT_WORD = re.compile(r"出席|列席|参加|主持|讲话|活动|会议|表示|指出|强调|介绍|陪同|调研|考察")
_SIGNATURE_END = re.compile(r"\s*(?:$|(?:[一二三四五六七八九〇○零]{4}|\d{4})\s*年)")
#: an aside printed after a name: (女), (兼), (回族)
_ASIDE = re.compile(r"[(（](?:女|男|兼|兼职|[\u4e00-\u9fff]{1,3}族)[)）]")
_SEPARATOR = re.compile(r"\s*(?:[，,。；;：:、)）]|$)")
#: characters that end a word before a post (了, 任命, 选举, 由, 及…), never a body's name
_LEAD_CHARS = set("、了命举由经请是及和与暨即为席托将把被向对从以任选称邀同而则受定于有据管在派集")  # (分管副县长甲, 在市长甲的陪同下, 选派某局科长甲, 召集区某委委员乙)
#: characters a post never begins with (受市人大常委会主任委托: the post is 市人大常委会主任; 据某局局长甲介绍)
_NEVER_FIRST = set("、了由受及和与为将把被向对从以而则据命并")  # (命: the end of 任命, 向新任命区政府副区长甲; 并: 并与某县法院院长甲座谈)
#: words that show a run of text is not (only) a post: verbs and function words of a sentence
_NOT_POST = re.compile(r"(任命|免去|免职|选举|推选|推举|选派|委派|决定|确定|明确|关于|同意|审议|听取|辞去|接受|提请|通过|新任|原任|曾任|历任|现任|出任|升任|"
                       r"调任|转任|担任|兼任|挂职|挂任|同志|成立|协调|主持|召开|召集(?!人)|之后|以后|会议|参加|出席|列席|组成(?!员)|带领|根据|按照|分管|负责|"
                       r"[了的在把被对将从向着过等由请据而受]|经(?!理|济|信|贸|营|管))")
#: what before a post marks it as a past one (原副市长, 前任局长, 曾任…)
_PAST = re.compile(r"(原|前任|前|曾任|曾|历任|先后任)$")
#: words earlier in a clause that make the post named in it a former one: 此前由国务院副总理甲担任, 时任…
_PAST_CLAUSE = re.compile(r"时任|此前|曾经|曾任|首任|原任|历任|前任|当时")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last ，。；: before it)."""
    return max(text.rfind(c, 0, at) for c in "，,。；;：:") + 1


#: a head-of-government title printed after a name: 龚正市长, 林文生副市长则负责…
_HEAD_TITLE = r"(?:常务|代理|代|执行)?副?(?:省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|总理|委员长)"
#: the one body whose head is styled 委员长: the National People's Congress Standing Committee
_CHAIRMAN_BODY = "全国人大常委会"
_HEAD_AFTER_NAME = re.compile(rf"(?P<title>{_HEAD_TITLE})(?=\s*(?:[，,。；;：:、]|$)|则|除了|除|分管|负责|主持|主抓|领导|协助|联系|兼|作为|在|全面|作|受|说|讲话|牵头|"
                              r"出席|参加|表示|指出|强调|介绍|汇报|宣读|代表|"
                              r"担任|擔任|兼任|"  # 由甲副省长担任的某湖湖长调整为由乙副省长担任: a role the head takes on
                              # 传达甲省长和乙常务副省长关于…的指示, 甲副区长对下一步工作提出要求
                              # (甲副市长与乙副市长互相补位: a pair joined by 与 or 同, the verb after the second)
                              r"(?:和|与|與|同)(?=[\u4e00-\u9fff]{2,4}(?:常务|代理|执行)?副?[省市区县州旗盟镇乡]长)|关于|就|对|"
                              r"互相|相互|互为|互為)")
#: the end of a holder's title before 与/和 and a second holder (甲常委与乙副市长…): the second's name stands
_PAIR_BEFORE = re.compile(r"(?:长|常委|书记|主任)$")
#: a verb that passes on or hears a leader's words, right before the leader's name: 传达甲省长…的指示
#: (these words before a name are read in a window of a few characters: a line's many names are not each
#: read against all the line before them)
_RELAY_BEFORE = re.compile(r"(?:传达|传达了|听取|学习|贯彻|落实)$")
#: the State Council printed before its premier's name: 国务院甲某某总理 (older news)
_COUNCIL_BEFORE = re.compile(r"(?:国务院|國務院)$")
_DUTY_AFTER = re.compile(r"(?:则)?(?:负责|分管)")
_NAME_BOUNDARY = set("。；;，,：:、由")
#: a line carrying on a holder's posts: ``兼市公安局局长，负责…``
_ALSO = re.compile(r"^(?:兼任|兼)(?P<posts>[^，,。；;：:\s]{2,30})(?=[，,。；;：:]|$)")


#: a street's own bodies printed without the street (党工委书记甲, 办事处主任乙, 街办丙主任): placed by ``sole_place``
_STREET_BODIES = ("党工委", "办事处", "街办", "街道办", "黨工委", "辦事處", "街辦", "街道辦")

#: the body that builds or runs a named project, named by the project and no level (亭口水库建设处,
#: 某某机场建设指挥部, 某某水利枢纽工程建设管理局): its own name, as a body's level would be
_PROJECT_BODY = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:水库|水庫|水利枢纽|水利樞紐|枢纽|樞紐|机场|機場|铁路|鐵路|大桥|大橋|港区|港區|"
                           r"电站|電站|工程)(?:建设|建設)(?:管理)?(?:处|處|局|指挥部|指揮部|办公室|辦公室)")

_HOLDER_JOINED = re.compile(r"(?:书记|主任|长|主席)[\u4e00-\u9fff·]{2,4}(?:以及|及|和|与)")
_DATE_FIRST = re.compile(r"\d{1,4}\s*[年月日]|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*日")


#: a university by its two-character short name, with a school's title among the posts (北大党委常务副书记、副校长)
_UNIVERSITY_SHORT = re.compile(r"(?!人大)[\u4e00-\u9fff]大")


def _valid_posts(text: str, region: str) -> list[Post] | None:
    """The posts of ``text`` when every item of it is a post of a real body, else None."""
    if not text or _NOT_POST.search(text) or re.match(r"[任免拟聘]", text):
        return None  # (任市水利局局长: a decision, not a post)
    if _DATE_FIRST.match(text):
        return None  # 1月27-28日副省长甲: a chronicle's date glued before the post
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
    if _HOLDER_JOINED.search(agency):
        return None  # 某街道党工委书记甲及办事处主任: a holder and a joining word inside, not one body
    if agency:
        if not (has_own_prefix(agency) or agency.startswith(NATIONAL_BODIES + ("最高人民法院", "最高人民检察院"))
                or agency in _STREET_BODIES or _PROJECT_BODY.match(agency)
                or _UNIVERSITY_SHORT.fullmatch(agency) and any(p.title.endswith("校长") for p in posts)):
            return None
    elif not first.title.endswith(GOV_HEAD_CORES + GOV_HEAD_ASSISTANTS) and first.agency not in _STREET_BODIES:
        return None
    return posts


#: a court's or a procuratorate's own bureau glued to its head's title: 市法院执行局长 (执行局 局长), 某检察院反贪局副局长
_COURT_BUREAU_HEAD = re.compile(r"(?P<unit>(?!常务|代理|名誉)[^副正代]{2,4}?局)(?P<title>副?局长)")


def _court_bureau(post: Post) -> Post:
    """``post`` with a court's bureau moved from its title into its body (市法院/执行局长 -> 市法院执行局/局长)."""
    glued = _COURT_BUREAU_HEAD.fullmatch(post.title[:-2] + "局" + post.title[-2:]) \
        if post.agency.endswith(("法院", "中院", "高院", "检察院", "檢察院")) and post.title.endswith("局长") else None
    return replace(post, agency=post.agency + glued["unit"], title=glued["title"]) if glued else post


#: words that open a report's sentence before the posts of whoever it names: 会上区长某某…, 其次街道主任某某…;
#: 当 (when) before a post opened by its level alone: 当省委书记某某汇报时 (not 当阳市委, 当涂县委: place names)
_OPENER = re.compile(r"(?:会上|会议上|会后|会前|随后|同时|其中|此外|另外|最后|首先|其次|再次|然后|接着|紧接着|"
                     r"当(?=[省市县区州旗盟镇乡][委长])"
                     # 我市市委书记甲, 我县县长乙: the report's own place (我市), its body named by the level (市委)
                     r"|我(?P<own>[省市县区州旗盟镇乡])(?=(?P=own)[委长]))")


def _posts_before(text: str, end: int, region: str) -> tuple[int, list[Post]] | None:
    """The longest run of ``text`` ending at ``end`` that splits into posts: (its start, posts)."""
    floor = max(0, end - 40)
    for k in range(end - 1, floor - 1, -1):
        if text[k] in "，,。；;：:\n（(）)《》“”\"" or text[k].isspace():
            floor = k + 1
            break
    opener = _OPENER.match(text, floor)
    floor = opener.end() if opener and opener.end() < end else floor
    for start in range(floor, end - 1):
        if start > floor and text[start - 1] not in _LEAD_CHARS or text[start] in _NEVER_FIRST:
            continue  # 任命南京…大学党委书记: not 命南京…
        joined = _JOINED.match(text, start, end)
        if joined and (joined["party"] or reported_name(joined["who"])) and _valid_posts(text[joined.end():end], region):
            continue  # 甲和省政府秘书长乙 / 甲一行与省政协副主席乙: the posts begin after the joining word
        posts = _valid_posts(text[start:end], region)
        if not posts and (text[start] in _SHORT_BUREAU or _BARE_BUREAU_HEAD.fullmatch(text, start, end)):
            posts = _of_named_bureau(text, start, end, region)
        if not posts and text[start] in "该該":
            posts = _of_this_body(text, start, end, region)
        if posts:
            return start, posts
    return None


#: a bureau (or a department) a report names by its kind alone after naming it in full: 局党组书记、局长甲,
#: 局办公室主任乙 (某县某局召开…，局党组成员、副局长甲出席), the department 厅
_SHORT_BUREAU = "局厅廳"
#: the bureau named before, by its place or level and name, after a separator (省某某局宣布…, 县局决定…, 某某市某局召开…): the
#: last one named counts; a run with a title, a joining word or a person's 我/本 in it is none
_NAMED_BUREAU = re.compile(r"(?:^|(?<=[，,。；;：:、\s“”\"（(]))(?P<body>(?:[^\W\d_，,。；;：:、长長我本和与及兼的了在]{0,6}?[省市县区州旗盟縣區])"
                           r"[^\W\d_，,。；;：:、长長我本和与及兼的了在]{0,10}?[局厅廳])(?![长長])")


#: a bureau's (a department's) head or deputy by the title alone, in the bureau's own news after it was named in full
#: (省某厅…，副厅长甲任副组长; 由副局长乙牵头): the kind of bureau its title names
_BARE_BUREAU_HEAD = re.compile(r"(?:常务)?副?(?P<kind>[局厅廳])[长長]")


def _of_named_bureau(text: str, start: int, end: int, region: str) -> list[Post] | None:
    """Posts printed with their bureau as 局 (厅) alone (``局党组成员、副局长``, ``局人事处处长``) in a text that
    named one bureau of that kind before them in full (``省某某局``, ``县局``): that bureau's posts."""
    bare = _BARE_BUREAU_HEAD.fullmatch(text, start, end)
    kind = bare["kind"] if bare else text[start]
    found = [m for m in _NAMED_BUREAU.finditer(text, max(0, start - 400), start) if m["body"][-1] == kind]
    # (配合单位：县计委、县土地管理局、某乡人民政府: a bureau listed among others is no subject the text calls 局)
    named = [m["body"] for m in found if "、" not in (text[m.start() - 1:m.start()], text[m.end():m.end() + 1])] \
        or [m["body"] for m in found]
    if not named or len(named[-1]) < 2:
        return None
    body = named[-1]
    printed = text[start:end]
    items = [i for i in re.split(r"[、兼]", printed) if i]
    if not all(i.startswith(kind) or split_title(i) and not split_title(i)[0] for i in items):
        return None  # (局长、县某委主任: another body in the run)
    posts = _valid_posts(body + (printed if bare else printed[1:]), region)
    if not posts:
        return None
    shift = len(body) - (0 if bare else 1)
    return [replace(p, agency=body + p.agency[1:] if p.agency.startswith(kind) else p.agency,
                    span=(max(0, p.span[0] - shift) if p.span[0] else 0, p.span[1] - shift)) for p in posts]


#: a body a report refers back to by its kind (该会主席甲, 该局局长乙): the kind, the word its name ends with
_THIS_BODY = re.compile(r"[该該](?P<kind>委员会|委員會|联合会|聯合會|协会|協會|学会|學會|分会|分會|会|會|局|厅|廳|院|公司|集团|集團|中心|社)")
#: the subject a sentence (or a clause after a date) opens with: a body, then where or when it acts, or its act
#: (【某报讯】某某委员会某市分会，于十一日上午举行…; 某县某局召开…; 某市某会昨日举行…)
_SUBJECT = re.compile(r"(?:^|(?<=[。；;！!？?】\]\n]))\s*(?:[^，,。；;！!？?】\]\n]{0,16}?[日月][，,])?(?P<body>[^\W\d_，,。；;：:、的了在于]{4,40}?)"
                      r"(?=[，,]?(?:于|在|今天|今日|昨天|昨日|近日|日前|日上午|日下午|举行|舉行|召开|召開|决定|決定|成立|组织|組織|开展|開展|发出|發出))")


def _of_this_body(text: str, start: int, end: int, region: str) -> list[Post] | None:
    """``该会主席``, ``该局局长``: the posts of the body a sentence before (or this sentence's opening clause)
    names as its subject (``某某委员会某市分会，于十一日上午举行…。到会的有该会主席甲``), the nearest one whose
    name ends with the kind 该 names; None where no such subject is named in the last 300 characters."""
    m = _THIS_BODY.match(text, start, end)
    if not m:
        return None
    kind = nfkc(m["kind"])
    items = re.split(r"[、兼]", text[m.end():end])
    if not all(split_title(i) == ("", i) for i in items):
        return None  # (该会主席、市政协副主席: a post of another body in the run)
    body = next((s["body"] for s in reversed(list(_SUBJECT.finditer(text, max(0, start - 300), start)))
                 if s["body"].endswith(kind) and (has_own_prefix(s["body"]) or s["body"].startswith(NATIONAL_PREFIXES))), None)
    if not body:
        return None
    out, at = [], m.end() - start
    for i in items:
        out.append(Post(agency=body, title=i, span=(at, at + len(i))))
        at += len(i) + 1
    return out


#: a person (or a party: 甲一行) joined by 和/与/及/同 to the posts of the next one
#: (not 某水利和湖泊局: the word before 和 is no name)
_JOINED = re.compile(r"(?P<who>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?P<party>一行|等)?(?:和|与|及|同)(?=[\u4e00-\u9fff])")


#: 为 that ends a name, the report's act right after it: 甲有为向…颁发, 甲有为出席
_NAME_ENDS_WEI = re.compile(r"[为為](?=向|对|對|出席|主持|讲话|講話|致辞|致辭|颁发|頒發|会见|會見|看望)")


#: a meeting's act right after a name (副县长甲列席会议, 主任乙主持会议): the name before it, opening with a surname, may
#: be of another people (白音达来), as in a list (not 副市长因故不能出席会议)
_MEETING_ACT = re.compile(r"(?:主持|列席|出席)(?:了)?(?:会议|會議)")
#: words of a clause saying why someone is absent, never in a name (副市长因故不能出席会议)
_EXCUSED = re.compile(r"[因不未均都也亦另等将]")
#: a list of holders that a meeting's act closes (副市长甲、市某院院长乙列席会议): a name before its 、 is in it
_MEETING_LIST = re.compile(r"、[^，,。；;:：]{2,60}?(?:主持|列席|出席)(?:了)?(?:会议|會議)")
#: a motion's explanation right after a name, at a standing committee's session (县法院院长甲某某就提请任免的人员作了说明,
#: 局长乙某某就某条例草案作说明): the holder who moves it, whose name may be of a rarer surname
_MOTION_ACT = re.compile(r"就[^，,。；;:：]{1,40}?作(?:了)?(?:说明|說明|报告|報告|汇报|匯報)")


#: a two-character name in a list, padded with spaces to the width of the three-character names beside it
#: (副主任甲某某、乙　丙，秘书长丁某某 / …、乙　丙及委员共21人出席会议: 乙丙)
_PADDED_IN_LIST = re.compile(r"(?P<a>[\u4e00-\u9fff])[ \u3000]{1,2}(?P<b>[\u4e00-\u9fff])")


def _names_at(text: str, at: int) -> list[tuple[int, str]]:
    """The names listed at ``at`` (``甲、乙、丙`` then a word that carries the report on)."""
    out: list[tuple[int, str]] = []
    pos = at
    while True:
        # in a list (after a name, or before 、), a name of a rarer surname or of another people counts
        fits = [text[pos:pos + k] for k in range(2, 14)
                if pos + k <= len(text) and _AFTER_NAME.match(text, pos + k)
                and reported_name(text[pos:pos + k], listed=bool(out) or _list_follows(text, pos + k)
                                  or k == 3 and _chairs(text, pos) or text[pos] in SURNAMES and bool(_MEETING_ACT.match(text, pos + k))
                                  or k == 3 and _acts_in_meeting(text, pos + k)
                                  or k >= 4 and _acts_in_meeting(text, pos + k) and not _EXCUSED.search(text[pos:pos + k]))
                and not _REPORT_WORD.search(text[pos + 2:pos + k])  # 某·某出席活动: the name ends before 出席
                and not (out and text.startswith("任", pos + k))]  # (厅长甲、乙任组长: 乙 holds no 厅长 the list shares)
        # 戈丽和、王泓卫: a name followed by a separator beats a shorter one followed by a joining word
        found = next((n for n in fits if _SEPARATOR.match(text, pos + len(n))), fits[0] if fits else None)
        if found and len(found) <= 3 and _NAME_ENDS_WEI.match(text, pos + len(found)):
            found += "为"  # 市长甲有为向…颁发: a name ending in 为, then an act of the report (not 甲为组长)
        padded = None if found or not out else _PADDED_IN_LIST.match(text, pos)
        if padded and _AFTER_NAME.match(text, padded.end()) and reported_name(padded["a"] + padded["b"], listed=True):
            out.append((pos, padded["a"] + padded["b"]))  # 副主任甲、乙　丙，秘书长丁: 乙丙, padded to the list's width
            pos = padded.end()
            if not text.startswith("、", pos):
                return out
            pos += 1
            continue
        if not found or (out and _post_ahead(text, pos)):
            return out  # (甲、区水利和湖泊局局长乙: after 、 a body's name, not a person's)
        if not out and joined_noun(found) and TITLE_RE.search(text[max(0, pos - 8):pos]):
            return out  # (抢挖优秀校长和教师, 局长与副局长: a title joined to the next word, no name after it)
        out.append((pos, found))
        pos += len(found)
        aside = _ASIDE.match(text, pos) or _RANK_BEFORE_LIST.match(text, pos)
        if aside:
            pos = aside.end()  # 李华(女)、王强 / 甲大校、乙: an aside on the person or a rank, not part of the name
        if not text.startswith("、", pos):
            return out
        pos += 1


def _acts_in_meeting(text: str, at: int) -> bool:
    """True where a name of three characters ending at ``at``, right after a post, is who chairs or attends the meeting
    (主任甲某某主持会议, 副市长甲某某、市某院院长乙列席会议): there a name of a rarer surname counts too (and one of four
    characters or more of another people, with no surname: 主任阿某某某主持会议)."""
    return bool(_MEETING_ACT.match(text, at) or _MEETING_LIST.match(text, at) or _MOTION_ACT.match(text, at))


def _chairs(text: str, at: int) -> bool:
    """True where the name at ``at`` (three characters) chairs the meeting its clause opens with: 会议由区某某副主任
    容某某主持 (between a post and 主持, after 由, a name of a rarer surname counts too)."""
    return text.startswith("主持", at + 3) and "由" in text[_clause_start(text, at):at]


def _post_ahead(text: str, at: int) -> bool:
    """True when the text at ``at`` opens a post of a real body (``区水利和湖泊局局长``)."""
    run = re.match(r"[^，,。；;：:、\s]{2,30}", text[at:])
    if not run:
        return False
    for m in _CORE_AT.finditer(run.group(0)):
        end = m.start(1) + len(m.group(1))
        if _valid_posts(run.group(0)[:end], ""):
            return True  # (a bare head-of-government title too: 甲、区长乙)
    return False


def _list_follows(text: str, at: int) -> bool:
    """True when ``、`` and a name of a common shape follow ``at`` (a list of names goes on)."""
    return text.startswith("、", at) and any(reported_name(text[at + 1:at + 1 + k]) and _AFTER_NAME.match(text, at + 1 + k)
                                             for k in (2, 3, 4))


def _bare_title(text: str, start: int, end: int) -> str | None:
    """A title printed alone (``副主任``, ``秘书长``) just before ``end``."""
    m = TITLE_RE.search(text[start:end])
    if m and m.start() == 0 and (not text[start:end].endswith(GOV_HEAD_CORES) or text[start:end].endswith("主席")):
        return text[start:end]  # (副主席: a CPPCC's or a union's too, read against the body before: _chaired)
    return None


#: the bodies a 主席 heads, besides a region's government: a CPPCC, a trade union, the people's organisations
#: (政协, 总工会, 妇联, 侨联, 工商联, 文联, 科协, 残联), by their short names or their full ones (某县文学艺术界联合会,
#: 某协会, 某政治协商会议某县委员会)
_CHAIRED = re.compile(r"(?:政协|政協|工会|工會|妇联|婦聯|侨联|僑聯|工商联|工商聯|文联|文聯|科协|科協|残联|殘聯|台联|台聯|"
                      r"联合会|聯合會|协会|協會|委员会|委員會|总会|總會|商会|商會)$")


def _chaired(bare: list[str], body: str) -> bool:
    """False where a bare 主席 or 副主席 of ``bare`` would be of ``body`` that no 主席 heads (县委副主席): a
    region's government's chairs are read by its level (_named_heads, split_posts), not carried."""
    return not any(t.endswith("主席") for t in bare) or bool(_CHAIRED.search(body))


def _bare_titles(text: str, start: int, end: int) -> list[str]:
    """Titles printed alone, one or joined by 兼 or 、 (``副主任``, ``副主任兼秘书长``), just before ``end``."""
    parts = re.split(r"兼|、", text[start:end])
    titles = [_bare_title(p, 0, len(p)) for p in parts]
    return titles if parts and all(titles) else []


#: what opens a run of bare titles before them: the chair's 由 (会议由…), the body's 该院 or 本校
_RUN_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?由|[该該本][院校]"
                       # the group a body sets up around its head: 某局成立了以局长甲为组长的领导小组 (the titles after 以)
                       r"|[\u4e00-\u9fff]{0,16}?(?:成立|組建|组建|设立|設立|建立)了?以")


#: the bare titles of a school's, a court's or a procuratorate's leaders in its own news (党组书记、院长甲)
_OWN_HEADS = frozenset(p + t for p in ("", "副", "常务副") for t in ("校长", "院长", "检察长", "局长", "厅长")) \
    | {"校长助理", "院长助理", "党组书记", "党组副书记"} \
    | frozenset(p + t for p in ("", "副") for t in ("总经理", "總經理", "董事长", "董事長")) \
    | {"党委书记", "党委副书记", "黨委書記", "黨委副書記"}  # (a group company's: 党委副书记、总经理甲)


#: a sentence that ends by setting up a body (成立了“某县某某委员会”): the body its next sentences' bare titles are of
_SET_UP_END = re.compile(r"(?:成立|组建|设立|建立)了?[“\"「]?(?P<body>[^，,。；;、“”\"「」\s]{2,30}?(?:委员会|人民政府|政府|公署|办事处))"
                         r"[”\"」]?$")


#: a head's title that tells the kind of body it heads, and the words that end the names of bodies of that kind:
#: 校长 a school's (某大学, 学校), 院长 a court's, a college's or a hospital's (某区法院, 学院), 检察长 a procuratorate's,
#: 局长 a bureau's and 厅长 a department's (局成立…领导小组，由局长甲任组长 in 某县某局's own notice)
_HEAD_KINDS = ((re.compile(r"校长(?:助理)?$"), "大学|学院|学校|中学|小学"),
               (re.compile(r"(?<!检察)院长(?:助理)?$"), "法院|学院|医院|研究院|科学院"),
               (re.compile(r"检察长$"), "检察院"),
               (re.compile(r"局长$"), "局"),
               (re.compile(r"厅长$"), "厅"),
               (re.compile(r"(?:总经理|總經理|董事长|董事長)$"), "集团公司|集團公司"))  # (集团公司召开…，党委副书记、总经理甲)
#: a body of one kind named where a clause or a phrase opens (某区法院召开…, 为某大学副校长, 任某学院党委书记, 中共某大学委员会)
_KIND_NAMED_AT = r"(?:^|(?<=[\s，。,；;：:、“”（(《]|为|任|由|在|对|和|与|及|共))(?=(?P<body>[\u4e00-\u9fff]{2,12}?(?:%s)))"
#: a company or group named before a run of bare titles in its clause (中轻集团新任…)
_GROUP_NAMED = re.compile(r"集团|集團|公司")
#: the words a school's or college's own news calls it by (学校召开…, 学院党委书记…)
_SELF_WORDS = ("学校", "学院", "集团公司", "集團公司")
#: the kinds of body named in full with their level or place (某县某局, 省某厅), never by the kind's word alone
_LEVELLED_KINDS = ("局", "厅")


def _kind_headed(titles: list[str]) -> str:
    """The endings of the names of the bodies a head's title among ``titles`` heads (校长: 大学|学院|…), or ""."""
    return next((ends for head, ends in _HEAD_KINDS for t in titles if head.search(t)), "")


#: a body named where a clause opens, after a mark (。安顺供电局连夜召开…): not a piece of a longer name (计划和科技局)
_CLAUSE_OPENS = r"(?:^|(?<=[\s，。,；;：:“”（(《]))%s"


def _opens_twice(page: str, body: str) -> bool:
    """True where ``body``, a bureau named by its place without a level (``安顺供电局``, ``鹤岗矿务局``), opens a
    clause twice at least: the body a report is about, as a levelled name would be."""
    return len(body) >= 4 and len(re.findall(_CLAUSE_OPENS % re.escape(body), page)) >= 2


def own_body(page: str, titles: list[str]) -> str:
    """The body a report on one school, court or procuratorate is about, whose leaders it names by bare titles
    (``院长甲主持``, ``党组书记、检察长乙``, ``副校长丙``): where a title of ``titles`` tells the kind, the body of that kind
    ``page`` names most often (twice at least: ``某区法院``), else the word its own news calls it by (``学校``, ``学院``,
    used alone twice at least); empty where none is told."""
    kind = _kind_headed(titles)
    if not kind:
        return ""
    named = {m["body"] for m in re.finditer(_KIND_NAMED_AT % kind, page)}  # (overlapping: 为某大学 inside a longer run)
    if kind in _LEVELLED_KINDS:  # (计划和科技局: 科技局 after 和 is a piece of a name, a bureau is named with its level)
        named = {b for b in named if has_own_prefix(b) or _opens_twice(page, b)}
    counts = {b: page.count(b) for b in named if not any(c != b and b.endswith(c) for c in named)}
    best = max(sorted(counts), key=counts.get, default="")
    if best and counts[best] >= 2 and best not in _SELF_WORDS:
        return best
    alone = {w: page.count(w) - sum(n for b, n in counts.items() if n >= 2 and b != w and b.endswith(w))
             for w in _SELF_WORDS if re.search(rf"(?:{kind})$", w)}
    word = max(sorted(alone), key=alone.get, default="")
    return word if word and alone[word] >= 2 else ""


def _line_holders(text: str, at: int, region: str, government: str = "", page: str = "") -> list[Position]:
    """Holders named after their posts in one line (``text`` starts at ``at`` in the notice);
    ``government`` is the government whose leaders the lines above named (its 秘书长); ``page`` the notice's
    text, whose own school, court or procuratorate the bare titles of its heads are of (own_body)."""
    out: list[Position] = []
    carry = ""  # the body of the last post named in this sentence
    carry_title = ""  # and its title, where holders were named with it
    last, opens = "", 0  # the body of the sentence before, and where this sentence opens
    seen_end = 0
    ends = sorted({m.start(1) + len(m.group(1)) for m in _CORE_AT.finditer(text)})
    stops = deque(m.start() for m in _SENTENCE.finditer(text))
    for end in ends:
        if end <= seen_end:
            continue
        while stops and stops[0] < end:
            stop = stops.popleft()
            setup = _SET_UP_END.search(text, opens, stop)  # 成立了“某县某某委员会”。委员长甲；副委员长乙、丙
            last, carry, carry_title = setup["body"] if setup else carry or last, "", ""  # a new sentence: no body carries over
            opens = stop + 1
        gap = len(text[end:end + 8]) - len(text[end:end + 8].lstrip(" \t\u3000"))
        names = _names_at(text, end + gap) if gap < 8 else []  # 中华人民共和国主席　胡锦涛 (a signature)
        if gap and names and not _SIGNATURE_END.match(text, names[-1][0] + len(names[-1][1])):
            names = []  # after spaces only a signature's name, alone at the end of its line
        if not names:
            named = _posts_before(text, end, region)
            if named and named[1][-1].agency:
                carry, carry_title = named[1][-1].agency, ""  # 受市人大常委会主任委托，副主任甲主持会议
            continue
        found = _posts_before(text, end, region)
        if found and found[0] - 1 > opens and text[found[0] - 1] in "，,":
            more = _posts_before(text, found[0] - 1, region)  # 副县长、县公安局局长，县禁毒委副主任甲: one person's
            # (not 某局局长甲任常务副组长，…: a run with a name or a verb in it; not 某会党组书记，某会党组成员乙:
            # two posts of one body are two people's)
            if more and more[0] >= opens and (more[0] == opens or text[more[0] - 1] in "，,；;：:") \
                    and not any(_CORE_AT.search(p.agency) for p in more[1]) \
                    and not {p.agency for p in more[1]} & {p.agency for p in found[1]}:
                found = (more[0], more[1] + [replace(p, span=(p.span[0] + found[0] - more[0], p.span[1] + found[0] - more[0]))
                                             for p in found[1]])
        if found:
            start, posts = found
        else:
            start = _holder_floor(text, end)
            lead = _RUN_LEAD.match(text, start, end)
            start = lead.end() if lead and _bare_titles(text, lead.end(), end) else start  # 会议由副校长甲主持
            bare = _bare_titles(text, start, end)
            wider = _holder_floor(text, start - 1) if start > opens and text[start - 1] == "、" else -1
            lead = _RUN_LEAD.match(text, wider, start - 1) if wider >= opens else None
            wider = lead.end() if lead else wider  # 会议由党组书记、院长甲主持, 该院党组书记、检察长乙: the titles after 由, 该院
            if wider >= opens and _bare_titles(text, wider, end):
                start, bare = wider, _bare_titles(text, wider, end)  # 党组副书记、副主任甲: titles joined by 、
            if not bare and carry and carry_title and _deputy_of(text[start:end], carry_title):
                bare = [text[start:end]]  # 该会主席甲，副主席乙: a head's deputy, of the body just named
            # (only a bureau's: a ministry's or a committee's divisions, 某部人事司办公室, 某委员会研究室, are printed
            # short after a post of a division of theirs, and which body they belong to is not this one)
            court = _COURT_OF.match(carry)
            division = _DIVISION_POST.fullmatch(text, start, end) if not bare and carry_title \
                and (carry.endswith("局") or court) else None
            if division and not TITLE_RE.search(division["unit"]) \
                    and not _PAST_CLAUSE.search(text, _clause_start(text, start), start):
                # 省某局局长甲，政策法规处处长乙，局办公室副主任丙: a division of the body just named, as printed
                unit = court[0] + division["unit"] if court and not carry.endswith("局") else division["unit"]
                posts = [Post(agency=unit, title=division["title"], span=(at + start, at + end))]
                _holders_named(out, text, at, start, names, posts)
                carry_title, seen_end = posts[-1].title, names[-1][0] + len(names[-1][1])
                continue
            # a sentence that opens with bare titles names holders of the body the sentence before named
            # (省人大常委会主任甲出席会议；副主任乙、丙主持会议)
            own = own_body(page, bare) if bare and set(bare) <= _OWN_HEADS else ""
            if own in ("集团公司", "集團公司") and _GROUP_NAMED.search(text, _clause_start(text, start), start):
                own = ""  # 中轻集团新任党委书记、总经理甲: the titles of the group the clause names, not the page's own
            if own and carry and not re.search(rf"(?:{_kind_headed(bare)})$", carry):
                carry = ""  # 某委员会主任甲、校长乙: a committee has no 校长, the school the report is on has
            body = carry or (last if start == opens and last else "") \
                or (government if bare and set(bare) <= {"秘书长", "副秘书长"} else "") or own
            if not bare or not body or not _chaired(bare, body):
                continue
            posts = [Post(*of_body(body, _of_committee(t, carry_title)), span=(at + start, at + end)) for t in bare]
        if _PAST.search(text[max(0, start - 4):start]) or _PAST_CLAUSE.search(text, _clause_start(text, start), start):
            continue
        posts = [replace(p, span=(at + start + p.span[0], at + start + p.span[1])) if found else p for p in posts]
        _holders_named(out, text, at, start, names, posts)
        carry, carry_title = posts[-1].agency, posts[-1].title
        seen_end = names[-1][0] + len(names[-1][1])
    return out


#: a division's post printed without its body, in a list of the body's officials (政策法规处处长, 局办公室副主任)
_DIVISION_POST = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,10}?(?:处|科|室))(?P<title>(?:常务)?副?(?:处长|科长|主任))")


#: the court or procuratorate a post named before is in (某区人民法院, 市法院执一庭 -> 市法院): its own offices, printed
#: short in a list of its leaders (院长甲、政治处主任乙、办公室主任丙), are that court's (某区人民法院政治处)
_COURT_OF = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:法院|中院|高院|检察院|檢察院)")  # (市中院: the intermediate court)


def _of_committee(title: str, before: str) -> str:
    """A bare deputy secretary's title after the Party committee's secretary (党委书记甲、副书记乙): the committee's
    (党委副书记), as the post before it is; any other title as printed."""
    party = re.match(r"^(党委|黨委)(?:书记|書記)$", before)
    return party[1] + title if party and re.fullmatch(r"(?:常务|常務)?副(?:书记|書記)", title) else title


def _holders_named(out: list, text: str, at: int, start: int, names, posts) -> None:
    """Each of ``names`` holds each of ``posts`` (the run read from ``start``)."""
    span = (at + start, at + names[-1][0] + len(names[-1][1]))
    for pos, name in names:
        out.extend(Position(person=name, post=p, span=span, person_span=(at + pos, at + pos + len(name)))
                   for p in posts)


def _deputy_of(title: str, head: str) -> bool:
    """True when ``title`` is a deputy's title of the office ``head`` names (主席 -> 副主席, 常务副主席)."""
    return bool(TITLE_RE.fullmatch(title)) and title != head and title.endswith(head) \
        and re.fullmatch(r"(?:常务|第一)?副", title[:-len(head)]) is not None


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
                     and (s - k == 0 or text[s - k - 1] in _NAME_BOUNDARY or text[s - k - 1].isspace()
                          or _RELAY_BEFORE.search(text, max(0, s - k - 4), s - k) or text[s - k - 1] in "和与與同" and (out or _PAIR_BEFORE.search(text, max(0, s - k - 5), s - k - 1))
                          or _place_before(text, s - k, m["title"])
                          or _COUNCIL_BEFORE.search(text, max(0, s - k - 4), s - k) and "总理" in m["title"])), None)
        if not name or (name.endswith("任") and reported_name(name[:-1])):
            continue  # 某某任代省长: an appointment, the name is before 任
        place = _place_before(text, s - len(name), m["title"])  # 某某区甲副区长: that district's government
        posts = [Post(agency=_CHAIRMAN_BODY, title=m["title"], span=(at + s, at + m.end("title")))] \
            if m["title"].endswith("委员长") else \
            [Post(agency=place + "人民政府", title=m["title"], span=(at + s - len(name) - len(place), at + m.end("title")))] \
            if place else split_posts(m["title"], at + s, region=region)
        out.extend(Position(person=name, post=p, span=(at + s - len(name), at + m.end()),
                            person_span=(at + s - len(name), at + s)) for p in posts)
    return out


def _place_before(text: str, end: int, title: str) -> str:
    """The place printed before a name whose head title is of that place's level (某某区甲副区长: 某某区), after a
    clause's start; else empty."""
    m = _PLACE_BEFORE.search(text, max(0, end - 5), end)  # (the place is at most 5 characters: a bounded look back)
    return m["place"] if m and m["place"][-1] == title[-2] and title[-2] in LEVEL_CHARS else ""


_PLACE_BEFORE = re.compile(r"(?:^|(?<=[，,。；;、\s]))(?P<place>[\u4e00-\u9fff]{2,4}[省市区县州旗盟镇乡])$")


#: a body, the name of its head, then the head's title (news): 某某支队甲支队长就…, 会议由区某办乙主任主持
_BODY_NAME_TITLE = re.compile(r"(?:^|(?<=[，,。；;、\s由和及]))(?P<body>[^，,。；;、\s由和及的在与对]{2,10}?(?P<end>支队|大队|局|办|中心|所|站|院|厅|部))"
                              r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>(?:常务|第一)?副?(?P=end)长|(?:常务|第一)?副?主任)"
                              r"(?=[就对在和及、，,。；;]|以及|主持|出席|参加|指出|强调|表示|要求|讲话|介绍|汇报|通报|作|带队)")


def _body_name_title(text: str, at: int, region: str) -> list[Position]:
    """``消防支队甲支队长``, ``区应急办乙主任``: the head of the body printed before the name (a 局's 局长, a 支队's
    支队长, an office's 主任), the body as printed."""
    out: list[Position] = []
    for m in _BODY_NAME_TITLE.finditer(text):
        if m["title"].endswith("主任") and m["end"] not in ("办", "中心"):
            continue  # (a 局 has no 主任 of its own)
        if not reported_name(m["name"]) or TITLE_RE.search(m["body"]) or _NOT_POST.search(m["body"]):
            continue
        posts = split_posts(m["body"] + m["title"], at + m.start("body"), region=region)
        if len(posts) == 1 and posts[0].title == m["title"]:
            body = re.sub(r"^([省市县区州旗])政府", r"\1人民政府", m["body"])  # (市政府办: as printed, 市政府 its full name)
            out.append(Position(person=m["name"], post=Post(agency=body, title=m["title"], span=(at + m.start(), at + m.end())),
                                span=(at + m.start(), at + m.end()), person_span=(at + m.start("name"), at + m.end("name"))))
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
    if re.search(r"同志(?:任|为|调任|转任|担任|兼任|试用)", m["head"]) or re.match(r"[任免拟聘调]|试用", posts_text) \
            or len(name) >= 3 and name[-1] in "任为" and not re.match(r"[任免拟聘调]", m["head"]):
        return []  # 某某同志任某局副局长，兼任某室主任: a decision's sentence, read by the personnel readers
    posts = _valid_posts(posts_text, region)
    if not posts or not reported_name(name, listed=True):
        return []
    if m["also"]:
        posts += [replace(p, span=(p.span[0] + m.start("also") - offset, p.span[1] + m.start("also") - offset))
                  for p in _valid_posts(m["also"], region) or []]
    return [Position(person=name, post=replace(p, span=(at + offset + p.span[0], at + offset + p.span[1])),
                     span=(at, at + m.end()), person_span=(at, at + len(name))) for p in posts]


#: a line of a division of work under a line holding only the name: ``常务副省长，负责…``, ``副省长兼任省公安厅厅长，负责…``
_POSTS_LINE = re.compile(r"^(?P<posts>[^，,。；;：:\s]{2,40}?)(?:[，,：:]|$)")


def _name_line(name: str, below: str, at: int, region: str) -> list[Position]:
    """The posts a line opens with, for the person named alone on the line above it (a division of
    work that prints each leader's name, then the posts and duties): ``林某某`` / ``常务副省长，负责…``."""
    name = name.strip(" \t\u3000")
    m = _POSTS_LINE.match(below)
    if not m or not reported_name(name) or re.match(r"[任免拟聘调]|试用", m["posts"]) or m["posts"][0] in _NEVER_FIRST:
        return []  # 易某 / 任市水利局局长: a table of decisions, read by the personnel readers
    if below[m.end() - 1:m.end()] in (":", "：") and _roster_names(below[m.end():]):
        return []  # 某某 / 市长:甲某: the label of a roster's next post, with its own holder
    out: list[Position] = []
    offset = 0
    for part in re.split(r"(兼任|兼)", m["posts"]):
        if part in ("兼任", "兼"):
            offset += len(part)
            continue
        posts = _valid_posts(part, region)
        if posts is None:
            return []
        out.extend(Position(person=name, post=replace(p, span=(at + offset + p.span[0], at + offset + p.span[1])),
                            span=(at, at + m.end("posts"))) for p in posts)
        offset += len(part)
    return out


#: a list of leaders, one a line: the name (its two characters may be spaced apart), spaces, the posts
_LISTED = re.compile(r"^(?P<name>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3})[ \u3000\t]+"
                     r"(?P<posts>[^\s，,。；;：:]{3,80})$")


def _listed_line(text: str, at: int, region: str) -> list[Position]:
    """A leader listed on a line of their own, name then posts (``某 某 市委副书记、市人民政府市长``)."""
    m = _LISTED.match(text.strip(" \t\u3000"))
    if not m:
        return []
    lead = len(text) - len(text.lstrip(" \t\u3000"))
    name = re.sub(r"[ \u3000]", "", m["name"])
    posts = _valid_posts(m["posts"], region)
    if not posts or not reported_name(name):
        return []
    s = at + lead + m.start("posts")
    return [Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])), span=(at + lead, at + lead + m.end()),
                     person_span=(at + lead, at + lead + m.end("name"))) for p in posts]


#: a person then their posts after a colon, one a sentence (a book's or a report's list of authors and
#: contributors): ``甲某某:某街道党工委书记。``, with a note in brackets after the posts
_NAME_COLON = re.compile(r"(?:^|(?<=[。；;\s]))(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})[:：]\s*"
                         r"(?P<posts>[^\s，,。；;：:()（）]{3,60}(?:[，,][^\s，,。；;：:()（）]{3,60}){0,5})"
                         r"(?:[(（][^()（）]{0,40}[)）])?(?=[。；;]|\s*$)")
#: a group's role printed as the label of a row, never a name (专班长:甲某某新区管委会副主任 — the head of a 工作专班)
_ROLE_LABEL = re.compile(rf"(?:{GROUP_ROLE_RE.pattern})|(?:常务|执行)?副?专班长")
#: a rank in the Party's central committee before a leader's posts (第二十届中央候补委员): no post of a body
_CENTRAL_RANK = re.compile(r"^第?[一二三四五六七八九十]{1,3}届中央(?:候补)?委员$")


def _name_colon_posts(text: str, at: int, region: str, cut: bool = False) -> list[Position]:
    """Holders listed as ``甲某某:某街道党工委书记。乙某:某街道办事处主任。`` (name, colon, posts); a leaders'
    page parts the posts of several bodies by commas (``乙某:某省委副书记，省人民政府党组书记。``). A name
    opening its line may be of a rarer surname or of another people (白玛次仁:…). ``cut``: the line is the
    last of a copy cut off in its middle (``…公安厅党委书记、厅长、督``): the piece after the last 、 is
    no post, and the posts before it stand."""
    out: list[Position] = []
    for m in _NAME_COLON.finditer(text):
        if not (name_shape(m["name"]) or m.start() == 0 and reported_name(m["name"], listed=True)
                and not GROUP_ROLE_RE.search(m["name"])) or _ROLE_LABEL.fullmatch(m["name"]):
            continue  # (副召集人:甲某省人民政府副秘书长, 专班长:甲某新区管委会副主任: a group's role label, not a name)
        found, s = [], at + m.start("posts")
        parts = re.split(r"[，,]", m["posts"])
        for k, part in enumerate(parts):
            posts = _valid_posts(part, region) if not _CENTRAL_RANK.match(part) else []
            if posts is None and cut and k == len(parts) - 1 and m.end() == len(text.rstrip()) and "、" in part:
                posts = _valid_posts(part[:part.rindex("、")], region)
            if posts is None:
                found = []
                break
            found += [replace(p, span=(s + p.span[0], s + p.span[1])) for p in posts]
            s += len(part) + 1
        out.extend(Position(person=m["name"], post=p, span=(at + m.start("name"), at + m.end()),
                            person_span=(at + m.start("name"), at + m.end("name"))) for p in found)
    return out


#: a role label in a list of holders: 总河长:, 副河长:, 湖长:, 林长: (the role of a chief system), 协助:
_PAIR_LABEL = re.compile(r"(?P<label>(?:总|副总|副)?[\u4e00-\u9fff]{0,2}?长|协助)[:：]")


def _labelled_pairs(text: str, at: int, region: str) -> list[Position]:
    """A line of role labels, each followed by holders printed name then posts with spaces between
    (``总河长:甲 省委书记 乙 省委副书记、省长副河长:丙 省政府副省长``): each name's posts. The label
    (a role in a chief system) is no post; a label's own value that is not a name (协助:省水利厅) gives nothing."""
    labels = list(_PAIR_LABEL.finditer(text))
    if not labels or labels[0].start() > 8:
        return []
    out: list[Position] = []
    for k, lm in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        tokens = [t for t in re.finditer(r"\S+", text[lm.end():end])]
        for name_t, posts_t in zip(tokens[::2], tokens[1::2]):
            name = name_t.group(0)
            posts = _valid_posts(posts_t.group(0), region)
            if not posts or not reported_name(name) or not 2 <= len(name) <= 4:
                break  # (not a holders list after all)
            s = at + lm.end() + posts_t.start()
            out += [Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])),
                             span=(at + lm.end() + name_t.start(), s + len(posts_t.group(0))),
                             person_span=(at + lm.end() + name_t.start(), at + lm.end() + name_t.end())) for p in posts]
    return out


#: a holder said to hold a post still or already: 甲、乙继续任国务院副总理, 前任某省省长甲已任某省委书记, 甲仍是某大学副校长
_STILL_HOLDS = re.compile(r"(?:因|目前|现在)?(?:(?:已经|已|仍然|仍|继续)(?:调|转|改)?(?:担)?任|(?:仍然|仍)是|(?P<also>兼任))(?=[\u4e00-\u9fff])")


def _still_holds(text: str, at: int, region: str) -> list[Position]:
    """Holders a report says hold a post (``继续任``, ``仍任``, ``已任``, ``已调任``): the names before the
    verb (a list joined by 、, or one name after a post or a separator), the posts after it."""
    out: list[Position] = []
    for m in _STILL_HOLDS.finditer(text):
        run = re.match(r"[^，,。；;：:（(\s]{2,40}", text[m.end():])
        if not run:
            continue
        posts, end = None, 0
        for c in _CORE_AT.finditer(run.group(0)):
            e = c.start(1) + len(c.group(1))
            found = _valid_posts(run.group(0)[:e], region)
            if found and e > end:
                posts, end = found, e
        names = _names_before(text, m.start(), after_post=bool(m["also"]))
        if not posts or not names:
            continue
        s = at + m.end()
        for pos, name in names:
            out.extend(Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])),
                                span=(at + names[0][0], s + end), person_span=(at + pos, at + pos + len(name)))
                       for p in posts)
    return out


#: a person the text describes by the post they now hold, before the name: 接替已转任某区常务副主席的甲, 现任某局局长的乙
_DESCRIBED = re.compile(r"(?:已经|已|现)(?:转任|调任|升任|改任|担任|任)(?P<posts>[^，,。；;：:、\s的]{2,30})的(?=[\u4e00-\u9fff])")


def _described_by_post(text: str, at: int, region: str) -> list[Position]:
    """``接替已转任某区常务副主席的甲``, ``现任某局局长的乙``: the post a person is described by holds now."""
    out: list[Position] = []
    for m in _DESCRIBED.finditer(text):
        name = next((text[m.end():m.end() + n] for n in (3, 2, 4) if reported_name(text[m.end():m.end() + n], listed=n == 4)
                     and _AFTER_NAME.match(text, m.end() + n)), None)  # (4: 白玛赤林, a name of another people)
        posts = _valid_posts(m["posts"], region) if name else None
        s = at + m.start("posts")
        out += [Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])), span=(at + m.start(), at + m.end() + len(name)),
                         person_span=(at + m.end(), at + m.end() + len(name))) for p in posts or []]
    return out


#: a person a report introduces by name, then the posts they hold now after a comma: 1971年11月生的甲,现任某县委常委、
#: 组织部长; 以1966年12月生的乙为例,现任某区委副书记(正县级) (the name opens its clause or follows 的)
_NAMED_NOW_HOLDS = re.compile(r"(?:^|(?<=[，,。；;：:\s的]))(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:为例)?[，,]现任"
                              r"(?P<posts>[^，,。；;：:()（）\s]{2,40})")


def _named_now_holds(text: str, at: int, region: str) -> list[Position]:
    """``1971年11月生的甲,现任某县委常委、组织部长``: the posts a person named before the comma holds now."""
    out: list[Position] = []
    for m in _NAMED_NOW_HOLDS.finditer(text):
        posts = _valid_posts(m["posts"], region) if reported_name(m["name"]) else None
        s = at + m.start("posts")
        out += [Position(person=m["name"], post=replace(p, span=(s + p.span[0], s + p.span[1])),
                         span=(at + m.start(), at + m.end()), person_span=(at + m.start("name"), at + m.end("name")))
                for p in posts or []]
    return out


#: a candidacy printed as the last of a holder's posts: 、县人民政府县长候选人提名人选甲 (no post yet)
_CANDIDACY = re.compile(r"、[^、，,。；;：:\s]{2,30}?(?:候选人提名人选|候选人预备人选|候选人初步人选|提名人选|候选人)(?=[\u4e00-\u9fff])")


def _name_then_space(text: str, at: int) -> list[tuple[int, str]]:
    """A name a caption ends with a space after it (``…提名人选甲某 会议宣读了…``)."""
    return next(([(at, text[at:at + k])] for k in (3, 2) if reported_name(text[at:at + k])
                 and re.match(r"[ \u3000\t]", text[at + k:at + k + 1])), [])


def _before_candidacy(text: str, at: int, region: str) -> list[Position]:
    """Holders whose posts end with a candidacy (``县委副书记、县人民政府县长候选人提名人选甲某要求…``):
    the posts before it are held, the candidacy is none."""
    out: list[Position] = []
    for m in _CANDIDACY.finditer(text):
        found = _posts_before(text, m.start(), region)
        names = _names_at(text, m.end()) or _name_then_space(text, m.end())
        if not found or not names or _PAST.search(text[max(0, found[0] - 4):found[0]]):
            continue
        start, posts = found
        for pos, name in names:
            out.extend(Position(person=name, post=replace(p, span=(at + start + p.span[0], at + start + p.span[1])),
                                span=(at + start, at + pos + len(name)), person_span=(at + pos, at + pos + len(name)))
                       for p in posts)
    return out


def _names_before(text: str, end: int, after_post: bool = False) -> list[tuple[int, str]]:
    """The names just before ``end``: a list joined by 、 after a separator, or one name after a post
    (``after_post``: only a name after a post, as in 国务委员甲兼任国务院秘书长)."""
    lo = max(0, end - 40)
    head = re.search(r"[^，,。；;：:\s]*$", text[lo:end]).group(0)
    start = end - len(head)
    parts = head.split("、")
    if len(parts) > 1 and not after_post and all(reported_name(p, listed=True) for p in parts):
        out, pos = [], start
        for p in parts:
            out.append((pos, p))
            pos += len(p) + 1
        return out
    for k in (3, 2, 4):
        name = head[-k:]
        before = head[:-k]
        if len(head) >= k and reported_name(name) and (TITLE_RE.search(before) if after_post or before else True):
            return [(end - k, name)]
    return []


#: a member of a list with the posts in brackets after the name: 甲(某公司党委副书记、总经理); a list copied with a
#: space before the bracket (贾某某 (某某区副区长)) reads the same, and so does a name with 同志 before the bracket
#: (；乙同志（保卫处处长）递补为成员)
_NAME_BRACKETS = re.compile(r"(?:^|(?<=[，,、；;：:\s]))(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:同志)?[ \u3000]?[(（](?P<posts>[^()（）]{3,60})[)）]")


#: a surname a list spaced apart from the given name (晁　乐天, 逄 语嫣), alone after a separator
_SPACED_SURNAME = re.compile(r"(?:^|(?<=[，,、；;：:\s]))(?P<surname>[\u4e00-\u9fff])[ \u3000]+$")


#: a division's post in brackets after a name, printed without its body in the body's own notice (乙同志（保卫处处长）,
#: traditional 藍某（保衛處處長）): the division as printed
_BRACKET_DIVISION = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,10}?(?:处|處|科|室))(?P<title>(?:常务|常務)?副?(?:处长|處長|科长|科長|主任))")


def _division_in_brackets(printed: str) -> list[Post] | None:
    """The post of a division printed alone in brackets (``保卫处处长``), or None."""
    m = _BRACKET_DIVISION.fullmatch(printed)
    if not m or TITLE_RE.search(m["unit"]) or _NOT_POST.search(printed):
        return None
    return [Post(agency=m["unit"], title=m["title"], span=(0, len(printed)))]


def _bracketed_posts(text: str, at: int, region: str) -> list[Position]:
    out: list[Position] = []
    for m in _NAME_BRACKETS.finditer(text):
        posts = _valid_posts(m["posts"], region) or _division_in_brackets(m["posts"])
        if not posts or not reported_name(m["name"]):
            continue
        s = at + m.start("posts")
        name, start = m["name"], m.start("name")
        spaced = _SPACED_SURNAME.search(text, 0, start)
        if spaced and spaced["surname"] in SURNAMES:  # 晁　乐天（镇财政所所长）: the name is 晁乐天, not 乐天
            name, start = spaced["surname"] + name, spaced.start()
        out.extend(Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])),
                            span=(at + m.start(), at + m.end()),
                            person_span=(at + start, at + m.end("name"))) for p in posts)
    return out


#: an entry of a roster a sentence runs on after 分别是 (…分别是甲，某县委书记；乙，女，某区委书记、二级巡视员。): a name,
#: a comma, asides on the person (女, 某族), a comma each, then the posts up to the entry's semicolon
_ROSTER_ENTRY = re.compile(r"(?:(?<=[；;])|(?<=(?:分别|依次)[是为])[:：]?)\s*(?P<name>[\u4e00-\u9fff·]{2,8}?)[，,]"
                           r"(?:(?:女|男|[\u4e00-\u9fff]{1,3}族)[，,])*(?P<posts>[^，,；;。:：\s]{3,60})(?=[；;。]|$)")
#: a civil servant's grade printed after a post (某县委书记、二级巡视员): the holder's rank, no post of that body
_GRADE = re.compile(r"[一二三四]级(?:巡视员|调研员)")


def _roster_entries(text: str, at: int, region: str) -> list[Position]:
    """The holders of a roster run on in a sentence, entries parted by semicolons (``拟推荐对象分别是甲，某县委书记；
    乙，某市委常委、某区委书记``): each name and its posts, a grade after a post dropped; [] unless two entries read."""
    out: list[Position] = []
    entries = 0
    for m in _ROSTER_ENTRY.finditer(text):
        posts = _valid_posts(m["posts"], region)
        if not posts or not reported_name(m["name"]):
            continue
        entries += 1
        s = at + m.start("posts")
        items = [i for i in re.split(r"[、兼]", m["posts"]) if i]
        out.extend(Position(person=m["name"], post=replace(p, span=(s + p.span[0], s + p.span[1])),
                            span=(at + m.start("name"), at + m.end()),
                            person_span=(at + m.start("name"), at + m.end("name")))
                   for p, item in zip(posts, items) if not _GRADE.fullmatch(item))
    return out if entries >= 2 else []


#: what ends a post printed with the name inside it: a separator, 同志, or the end of the line
_POST_END = re.compile(r"\s*(?:[，,。；;、)）]|同志|$|关于|的(?:批示|指示|讲话|要求|部署))")  # (市委甲某书记关于…的批示)


def _name_in_post(text: str, at: int, region: str) -> list[Position]:
    """Holders a report names between the body and the title (``某省农业委员会甲某副主任``,
    ``某省农机局乙某局长``): the body must be a real body with its own prefix."""
    out: list[Position] = []
    for c in _CORE_AT.finditer(text):
        end = c.start(1) + len(c.group(1))
        if not _POST_END.match(text, end):
            continue
        title = TITLE_RE.search(text[max(0, end - 12):end])
        ts = end - len(title.group(0)) if title else end
        for k in (3, 2):
            name = text[ts - k:ts]
            if ts - k < 2 or not reported_name(name) or (name[-1] in "任为" and reported_name(name[:-1])):
                continue  # (由某局甲某任组长: 任 is the verb)
            floor = max(0, ts - k - 30)
            head = re.search(r"[^，,。；;：:、\s（(]*$", text[floor:ts - k]).group(0)
            start = ts - k - len(head)
            for s in range(start, ts - k - 1):
                if s > start and text[s - 1] not in _LEAD_CHARS:
                    continue
                agency = text[s:ts - k]
                posts = _valid_posts(agency + title.group(0), region) if title else None
                if posts and len(posts) == 1 and (AGENCY_END_RE.search(agency) and has_own_prefix(agency) or agency in _STREET_BODIES):
                    post = replace(posts[0], span=(at + s, at + end))
                    out.append(Position(person=name, post=post, span=(at + s, at + end),
                                        person_span=(at + ts - k, at + ts)))
                    break
            else:
                continue
            break
    return out


#: a line of a roster of office-holders: the post as a label, then the holders (``副市长:甲 乙(女)``)
_ROSTER_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,16})[:：][ \u3000]*(?P<rest>.*)$")
#: on the page of a government's term, a label set off by spaces: ``副主席　甲某　乙某``
_SPACED_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[ \u3000\t]+(?P<rest>\S.*)$")
#: what a roster may print after a holder's name: a note on the person, or a short biography
_BIO = re.compile(r"(?:\d{4}|[一二三四五六七八九〇○零]{4})年")


#: a wiki's marks on a roster line: an edit link before it (``[编辑]``), a bullet, reference marks (``[1]:293``)
_WIKI_LEAD = re.compile(r"^(?:\[编辑\]|\[編輯\])?[ \u3000]*(?:[-–•·*][ \u3000]*)?")
_REFERENCE = re.compile(r"\[(?:\d{1,3}|注 ?\d{1,3})\](?::[\d\-–]+)?")
#: a note on a holder's tenure after the name: (至1957年9月), (自1958年3月起), (1957年9月至1958年3月任代省长)
_TENURE = re.compile(r"[(（](?P<note>[^()（）]{0,30}?(?:(?:\d{4}|[一二三四五六七八九〇○零]{4})\s*年|\d{4}[.．\-—–]|[—–\-]\s*\d{4})"
                     r"[^()（）]{0,30}?)[)）]")  # (also 1983.3—1985.6)
#: a post the tenure note says the holder held for a while: …任代省长
_NOTE_POST = re.compile(r"任(?P<title>[\u4e00-\u9fff]{2,6})$")


def _blank(pattern: re.Pattern, text: str) -> str:
    """``text`` with what ``pattern`` finds blanked by spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _spaced_pairs(tokens: list[re.Match]) -> list[tuple[int, str]]:
    """The words of a roster line with a two-character name printed with a space inside to fill its column
    joined (``甲某 乙 某 丙某某`` -> 甲某, 乙某, 丙某某): two one-character words side by side are one name."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt and len(t.group(0)) == len(nxt.group(0)) == 1 and reported_name(t.group(0) + nxt.group(0)):
            out.append((t.start(), t.group(0) + nxt.group(0)))
            k += 2
            continue
        out.append((t.start(), t.group(0)))
        k += 1
    return out


def _roster_names(rest: str) -> list[tuple[int, str]] | None:
    """The holders a roster line prints, apart by spaces or 、 (``甲 乙(女) 丙(兼)``, ``甲(至某年)、乙``),
    with their offsets; a biography after them (``1955年生,大学学历…``) ends the list; a two-character
    name printed with a space inside (``王 某``) on its own is one name. Tenure notes in brackets and a
    wiki's reference marks are no words. None when any other word stands among them."""
    rest = _blank(_REFERENCE, _blank(_TENURE, rest))
    tokens = list(re.finditer(r"[^ \u3000\t、]+", rest))
    if len(tokens) == 2 and all(len(t.group(0)) == 1 for t in tokens) and reported_name(tokens[0].group(0) + tokens[1].group(0)):
        return [(tokens[0].start(), tokens[0].group(0) + tokens[1].group(0))]
    out: list[tuple[int, str]] = []
    for start, word in _spaced_pairs(tokens):
        word = _ASIDE.sub("", word)
        if out and _BIO.search(word):
            break
        glued = glued_names(word) if len(word) >= 5 else []
        if glued:  # 甲某某乙某丙某某: names a copy glued together
            out += [(start + at, name) for name, at in glued]
            continue
        if not (reported_name(word, listed=True) or name_shape(word)):  # (a column of names: 某会某 is a name here)
            return None
        out.append((start, word))
    return out or None


#: a party committee (市委, 县委, 党工委, 党组, 纪委): its roster lines hold party titles only
_PARTY_BODY = re.compile(r"(?:党委|党工委|党组|纪委|[省市县区州旗盟镇乡]委)$")
_PARTY_TITLE = re.compile(r"(?:第一|常务)?副?书记|常委|委员|副?秘书长")


def _roster_post(label: str, body: list[Post], region: str, page: str = "") -> Post | None:
    """The post a roster label names: in full (``市人大常委会主任``), or a bare title under the body the
    label above it named (``副主任`` under ``市人大常委会主任``; ``副市长`` the city's government), or under
    the body the page is about (``委员`` on the page of 第一届某省人民委员会)."""
    if not split_title(label):
        return None
    if page and not split_title(label)[0]:
        return Post(agency=page, title=label, span=(0, len(label)))
    if split_title(label)[0]:
        posts = split_posts(label, region=region)
        return posts[0] if len(posts) == 1 and posts[0].agency else None
    if body:
        posts = split_posts(f"{body[-1].agency}{body[-1].title}、{label}", region=region)
        return posts[-1] if len(posts) == 2 else None
    posts = split_posts(label, region=region)
    return posts[0] if len(posts) == 1 and posts[0].agency and label.endswith(GOV_HEAD_CORES) else None


#: a line of a roster that prints several ``post:name`` pairs run together (``某区委书记:甲某某区代区长:乙某``)
_GLUED_PAIR_COLON = re.compile(r"[:：]")
_PAIR_LINE = re.compile(r"^[\u4e00-\u9fff:：]{6,200}$")


def _glued_pair_cuts(text: str, region: str) -> list[int]:
    """Where a line of ``post:name`` pairs printed with no separator between them is cut into pairs: the name
    after each colon but the last ends where a post begins (``某区委书记:甲某某区代区长:乙某`` -> after 甲某).
    Of the names that fit (two to four characters of a name's shape before a post of a body), the one whose
    post opens with more of the line's first post (the same place, its party committee then its government);
    no cut when one pair has no such name (prose, one pair to a line)."""
    if not _PAIR_LINE.match(text):
        return []
    colons = [m.start() for m in _GLUED_PAIR_COLON.finditer(text)]
    if len(colons) < 2 or colons[0] < 2:
        return []
    first = text[:colons[0]]
    cuts = []
    for a, b in zip(colons, colons[1:]):
        seg = text[a + 1:b]
        best = None
        for k in (2, 3, 4):
            label = seg[k:]
            if len(label) < 2 or not name_shape(seg[:k]) or not split_title(label) \
                    or not (_valid_posts(label, region) or TITLE_RE.fullmatch(label)):
                continue
            rank = (len(os.path.commonprefix([first, label])), bool(split_title(label)[0]), k == 3)
            if best is None or rank > best[0]:
                best = (rank, k)
        if best is None:
            return []
        cuts.append(a + 1 + best[1])
    return cuts


def _roster_lines(layout, region: str) -> list:
    """The layout's lines, a line of glued ``post:name`` pairs cut into one line a pair."""
    out = []
    for line in layout.lines:
        text = nfkc(line.text)
        lead = len(text) - len(text.lstrip())
        cuts = _glued_pair_cuts(text.strip(), region)
        if not cuts:
            out.append(line)
            continue
        bounds = [0] + cuts + [len(text.strip())]
        out.extend(Line(line.start + lead + a, line.start + lead + b, text.strip()[a:b]) for a, b in zip(bounds, bounds[1:]))
    return out


#: a yearbook's heading over a body's list of leaders: ``1990年某矿务局局级干部名表:``, ``某局领导班子成员名单``
_LEADERS_HEADING = re.compile(r"^(?:(?:\d{4}|[一二三四五六七八九〇○零]{4})年)?(?P<body>[\u4e00-\u9fff]{2,20}?"
                              r"(?:局|委员会|公司|集团|总厂|厂|院|厅|政府))(?:[局处厅县市部]级)?(?:领导)?"
                              r"(?:干部|领导|领导班子成员|班子成员)(?:名表|名单|名录|一览表)[:：]?$")
#: a two-character title printed with a space to fill a column (``局 长 甲某``): read as ``局长``
_SPACED_TITLE = re.compile(r"^(?P<a>[\u4e00-\u9fff])[ \u3000](?P<b>[\u4e00-\u9fff])(?=[ \u3000\t]+\S)")


def _unspaced_title(text: str) -> str:
    """``局 长 甲某`` -> ``局长  甲某`` (offsets kept) where the two characters make a bare title."""
    m = _SPACED_TITLE.match(text)
    if m and TITLE_RE.fullmatch(m["a"] + m["b"]) and split_title(m["a"] + m["b"]):
        return m["a"] + m["b"] + " " + text[m.end():]
    return text


def find_roster(layout, region: str = "") -> list[Position]:
    """A roster of office-holders, as yearbooks and gazetteers print a place's leaders: each post
    as a label, its holders after it apart by spaces, more holders on the lines below
    (``市委书记:甲 1960年生…`` / ``副书记:乙 丙(女)`` / ``丁 戊``). A bare title takes the body of the
    label above it. At least two labelled lines make a roster (a lone ``联系人:甲`` is none); a
    working group's roles (组长:) are no posts of a body and start none."""
    out: list[Position] = []
    block: list[Position] = []
    labels = 0
    post: Post | None = None
    body: list[Post] = []
    page = page_body(layout)

    def close():
        nonlocal block, labels
        if labels >= 2:
            out.extend(block)
        block, labels = [], 0

    for line in _roster_lines(layout, region):
        text = nfkc(line.text).strip()
        text = _unspaced_title(text[_WIKI_LEAD.match(text).end():])
        heading = _LEADERS_HEADING.match(squash(text))
        if heading:  # the list's own body: its bare titles (局长, 党委书记) are that body's posts
            close()
            post, body, page = None, [], heading["body"]
            continue
        m = _ROSTER_LABEL.match(text) or (_SPACED_LABEL.match(text) or _infobox_row(text) if page else None)
        here = _roster_post(m["label"], body, region, page) if m else None
        names = _roster_names(m["rest"]) if m and here else None
        if names and body and not split_title(m["label"])[0] and _PARTY_BODY.search(here.agency) \
                and not _PARTY_TITLE.fullmatch(here.title):
            post, labels = None, labels + 1  # 市委第一书记:甲 / 院长:乙 — a court's head holds no post of the party committee
            continue
        if names:
            post, rest, at = here, m["rest"], line.start + line.text.find(m["rest"][:1]) if m["rest"] else line.start
            body.append(here)
            labels += 1
        else:
            names = _roster_names(text) if not m and post else None
            if not names or len(names) == 1 and not name_shape(names[0][1]):
                # (a heading below the roster, 下设机构, is no holder of the post above it)
                close()
                post, body = None, []
                continue
            rest, at = text, line.start + len(line.text) - len(line.text.lstrip())
        for k, name in names:
            # one roster names one person once: 甲某 under 市委书记 and again under 市人大常委会主任(兼)
            first = next((f.person_span for f in block if f.person == name), (at + k, at + k + len(name)))
            held = replace(post, span=(line.start, line.start + len(m["label"]) if m else line.start))
            block.append(Position(person=name, post=held, span=(line.start, line.end), person_span=first))
            note = _TENURE.match(rest, k + len(name))
            also = _NOTE_POST.search(note["note"]) if note else None
            if also and split_title(also["title"]) == ("", also["title"]):  # 甲(某年至某年任代省长): that post too
                block.append(Position(person=name, post=replace(held, title=also["title"]), span=(line.start, line.end),
                                      person_span=first))
    close()
    return out


#: the page of one term of a government (a wiki's article): 第一届某省人民委员会, 第三届某市人民政府
_PAGE_BODY = re.compile(r"^(?:(?P<term>第[一二三四五六七八九十\d]{1,3}届)(?P<body>[\u4e00-\u9fff]{2,10}?[省市县区州盟旗](?:人民委员会|人民政府))"
                        r"|(?P<body2>[\u4e00-\u9fff]{2,10}?[省市县区州盟旗](?:人民委员会|人民政府))[(（]\d{4}[^()（）]{0,12}[)）])$")


#: a government's full name on a line of its own (an encyclopedia article's title)
_GOVERNMENT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}?[省市县区州盟旗](?:人民委员会|人民政府)$")
#: an infobox row of a government's leaders on its page: the title, the number of holders, the names glued after it
#: (``副州长(3)甲某、乙某、丙某``, ``秘书长丁某``)
_INFOBOX_ROW = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6}?)(?:[(（]\d{1,2}[)）])?(?P<rest>[\u4e00-\u9fff·][\u4e00-\u9fff·、]{1,120})$")


def _infobox_row(text: str) -> dict | None:
    """A row of a leaders' infobox (``副州长(3)甲某、乙某``): its bare title as the label and the names; the
    title is the longest head of the line that is a bare title with only names after it (秘书长甲某, not 秘书)."""
    if not _INFOBOX_ROW.match(text):
        return None
    for k in range(min(len(text) - 2, 6), 1, -1):
        label = text[:k]
        if not TITLE_RE.fullmatch(label) or not split_title(label) or split_title(label)[0]:
            continue
        rest = re.sub(r"^[(（]\d{1,2}[)）]", "", text[k:])
        if rest and _roster_names(rest):
            return {"label": label, "rest": rest}
    return None


def page_level(body: str) -> str:
    """The level character of a page's body: ``某省人民委员会`` -> ``省``."""
    m = re.search(r"[省市县区州盟旗](?=人民委员会$|人民政府$)", body)
    return m.group(0) if m else ""


def page_body(layout) -> str:
    """The body a page is about when its first line names one term of a government (a wiki's
    ``第一届某省人民委员会``): a roster's bare titles on it are that body's posts."""
    lines = [squash(nfkc(line.text)) for line in layout.lines[:12] if line.text.strip()]
    first = lines[0] if lines else ""
    m = _PAGE_BODY.match(first)
    if m:
        return m["body"] or m["body2"]
    if _GOVERNMENT_NAME.match(first) and first in lines[1:6]:
        return first  # an encyclopedia's article on a government: its title, printed again over its infobox
    return ""


#: the heading of a list of a body's office-holders: 某院总理、副总理、秘书长名单 (the years under it)
_LIST_HEADING = re.compile(r"^(?P<posts>[\u4e00-\u9fff、]{3,60}?)(?:人员|成员)?名单$")
#: a note on a holder in brackets: (某年某月某日某会议通过任命,同时免去甲某秘书长职务)
_NOTE = re.compile(r"^[(（](?P<note>[^()（）]*)[)）]$")


def _heading_posts(flat: str, region: str) -> list[Post] | None:
    """The posts a list's heading names, all of one body: ``某院总理、副总理、秘书长`` -> the body's."""
    m = _LIST_HEADING.match(flat)
    if not m or "、" not in m["posts"]:
        return None
    posts = split_posts(m["posts"], region=region)
    if len(posts) != len(m["posts"].split("、")) or not posts[0].agency or not has_own_prefix(posts[0].agency) \
            and not posts[0].agency.endswith("院"):
        return None
    return [replace(p, agency=posts[0].agency) for p in posts]  # (副总理 under 某院总理: that body's too)


def _listed_names(text: str) -> list[str]:
    """Names apart by spaces or 、, or glued together where a copy lost the spaces (``甲某某乙某丙某某``)."""
    from .groups import _glued_names  # (the same cut of glued names a member list gets)
    out: list[str] = []
    for token in re.split(r"[、\s]+", text.strip()):
        if not token:
            continue
        if name_shape(token):
            out.append(token)
            continue
        glued = _glued_names(token, 0) or _glued_with_word_chars(token)
        if not glued:
            return []
        out += [name for name, _, _ in glued]
    return out


#: characters sentences use as words (从, 以, 将…) that a given name holds too (梁从学): in a line of names only
_WORD_CHARS = re.compile("[将以等与及由从对是在]")


def _glued_with_word_chars(token: str) -> list:
    """Names glued together in a line that holds names only (a roster's), one of them holding a character
    sentences use as a word in the middle of a three-character name (``甲某某乙从丙丁某某``): cut as glued names
    are, the character read as any name's character; [] where such a character falls elsewhere."""
    from .groups import _glued_names
    if not _WORD_CHARS.search(token):
        return []
    glued = _glued_names(_WORD_CHARS.sub("琇", token), 0)  # (琇: a character of given names only, in no lexicon)
    out = [(token[s:e], posts, (s, e)) for _, posts, (s, e) in glued]
    if not out or any(_WORD_CHARS.search(n[0] + n[2:]) or len(n) != 3 for n, _, _ in out if _WORD_CHARS.search(n)):
        return []
    return out


#: a list of a body's members by their posts, as a gazetteer prints a council: its heading (``〔某某委员会组成人员〕``,
#: ``某某人民政府组成人员名单``) or the sentence that opens it (``…正式组成某某委员会，组成人员如下：``)
_ROSTER_HEADING = re.compile(r"^[〔\[【(（]?(?P<head>[^\s，,。；;：:〔〕\[\]【】()（）]{4,40}?)(?:组成人员|組成人員)(?:名单|名單)?[〕\]】)）]?$")
_ROSTER_OPENS = re.compile(r"(?:组成|組成|成立)了?(?P<body>[^\s，,。；;：:、]{4,40}?)[，,](?:其|现将)?(?:组成人员|組成人員)(?:名单)?如下[:：]$")
#: a note a roster prints after a holder or a post: (1949.4~1950.4), (1950年4月任职), (依姓氏笔划为序), (女)
_ROSTER_NOTE = re.compile(r"[(（][^()（）]{0,30}[)）]")


def _roster_body(flat: str) -> str:
    """The body a roster's heading or opening sentence names, where it is a body of its own (not a working
    group: its list is a membership) with a name of its own place or level; else empty."""
    m = _ROSTER_HEADING.match(flat) or _ROSTER_OPENS.search(flat)
    body = (m["head"] if "head" in m.groupdict() else m["body"]) if m else ""
    if not body or _NOT_POST.search(body) or not (has_own_prefix(body) or body.startswith(NATIONAL_PREFIXES)
                                                  or re.search(r"人民政府|行政公署|人民委员会|军政委员会", body)) \
            or not plausible_post(Post(agency=body, title="委员", span=(0, 0))):
        return ""
    return body


def _open_title(flat: str) -> str:
    """The bare title a roster's line opens with (``副主任郑抱真…``, ``委员(依姓氏笔划为序)``): the longest."""
    return next((flat[:k] for k in range(min(8, len(flat)), 1, -1)
                 if TITLE_RE.fullmatch(flat[:k]) and split_title(flat[:k]) == ("", flat[:k])), "")


def find_title_lists(layout, region: str = "") -> list:
    """A list of one body's office-holders under a heading that names the body and its posts
    (``某院总理、副总理、秘书长名单``), each post then its holders, on its line or the lines below
    (``总理甲某某`` / ``副总理`` / ``乙某某丙某``), with notes in brackets (``(某年某月某日…通过任命)``).
    A note that removes a holder (``同时免去甲某秘书长职务``) is a removal from that post."""
    out: list = []
    posts: list[Post] | None = None
    current: Post | None = None
    roster = ""  # the body of a roster whose lines open with any bare title (委员会组成人员如下：/ 主任甲 / 委员 / 乙丙丁)
    for line in layout.lines:
        flat = squash(nfkc(line.text))
        heading = _heading_posts(flat, region)
        if heading:
            posts, current, roster = heading, None, ""
            continue
        opened = _roster_body(flat)
        if opened or roster:
            roster = opened or roster
            if opened:
                current = None
                continue
            title = _open_title(flat)
            names = _listed_names(_ROSTER_NOTE.sub("", flat[len(title):]))
            if title:
                current = Post(agency=roster, title=title, span=(line.start, line.start + len(title)))
            elif not names and not re.fullmatch(r"[\u4e00-\u9fff]{5,40}", _ROSTER_NOTE.sub("", flat)):
                roster, current = "", None  # the roster has ended (a line of Han characters only: names not cut)
                continue
            if current:
                out += [Position(person=n, post=replace(current, span=(line.start, line.end)), span=(line.start, line.end))
                        for n in names]
            continue
        if not posts or not flat or re.fullmatch(r"[(（][\d—\-–年\s]+[)）]", flat):
            continue  # (the years the list covers)
        note = _NOTE.match(flat)
        if note:
            for p in posts:
                for m in re.finditer(rf"免去(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:同志)?(?:的)?{p.title}职务", note["note"]):
                    out.append(Removal(person=m["name"], post=replace(p, span=(line.start, line.end)), span=(line.start, line.end)))
            continue
        title = next((p for p in sorted(posts, key=lambda p: -len(p.title)) if flat.startswith(p.title)), None)
        rest = flat[len(title.title):] if title else flat
        names = _listed_names(rest) if rest else []
        if title:
            current = title
        elif not names:
            if len(flat) > 8:
                posts, current = None, None  # the list has ended
            continue  # (后任命: a word between the list's parts)
        if current:
            out += [Position(person=n, post=replace(current, span=(line.start, line.end)), span=(line.start, line.end))
                    for n in names]
    return out


#: a chronicle's body set up, its heads named after it: 某委员会成立，甲为主任 / (选举)成立(了)省人委。甲为省长
_SET_UP_BODY = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:(?P<before>[^，,。；;、\s]{3,30}?)(?:正式)?成立"
                          r"|(?:选举)?(?:正式)?成立了?(?P<after>[^，,。；;、\s]{3,30}?))(?=[，,。])")
#: one clause of heads: 甲为主任, 乙、丙等六人为副省长 (asides blanked)
_HEADS_CLAUSE = re.compile(r"^\s*(?P<names>(?:(?!等)[\u4e00-\u9fff·]){2,8}(?:\s*、\s*(?:(?!等)[\u4e00-\u9fff·]){2,8}){0,20}?)\s*"
                           r"(?:等[\d一二三四五六七八九十]{1,3}人)?[为為](?P<title>[\u4e00-\u9fff]{2,10})\s*$")
_SPACES_AT = re.compile(r"\s*")
#: a clause after the body (a bounded run: a clause of heads is short)
_HEADS_RUN = re.compile(r"[^，,。；;！!？?\n]{1,200}")
#: an aside printed after a name in a chronicle: (蒙古), (苗), (僮,即壮), (女)
_NAME_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][^()（）]{1,8}[)）](?=\s*(?:[、为為]|等))")
#: a body printed by its level alone (省人委, 州人委, 自治区人民政府): the place of that level the text names
_LEVEL_OPEN = re.compile(r"^(?:自治区|自治州|省|州|市|县|区)(?=[\u4e00-\u9fff])")
#: a governing body of its own (a body set up with heads, not a working group whose heads are its members)
_OWN_BODY = re.compile(r"(?:人民|军事管制|军政|革命|常务)委员会$|人民政府$|人委$|行政公署$|人大常委会$|军区$")


def _place_of_level(before: str, level: str) -> str:
    """The last place of ``level`` (省, 自治州…) named in ``before`` (the entry's text just before the body, a
    bounded look back): a name of two to eight characters after a break or after a province (湖南省湘西苗族自治州:
    湘西苗族自治州), holding no word of a sentence."""
    places = re.findall(r"(?:^|(?<=[\s，,。；;：:、\d.\-—]|省))((?:(?![了的在和与及对是为])[\u4e00-\u9fff]){2,8}?%s)"
                        % re.escape(level), before)
    return places[-1] if places else ""


def _set_up_heads(text: str, at: int, region: str) -> list[Position]:
    """A chronicle's entry that sets up a body and names its heads: ``1949年6月6日,某某军事管制委员会成立,甲为主任,
    乙、丙为副主任。``, ``某省举行首届人大二次会议,成立省人委。甲为省长,乙、丙等六人为副省长。`` A body printed
    by its level alone is the body of the place of that level the entry names before it (four provinces' 省人委
    on one page are four bodies). Only a body of its own: a working group set up with its heads (成立某某领导小组,
    甲为组长) is a membership."""
    out: list[Position] = []
    flat = _NAME_NOTE.sub(lambda a: " " * len(a.group(0)), text)
    for m in _SET_UP_BODY.finditer(flat):
        body = m["before"] or m["after"]
        level = _LEVEL_OPEN.match(body)
        if level:
            place = _place_of_level(flat[max(0, m.start() - 160):m.start()], level.group(0))
            body = place + body[level.end():] if place else body
        if GROUP_SHORT_RE.search(body) or _NOT_POST.search(body) or not (_OWN_BODY.search(body) or has_own_prefix(body)) \
                or (re.search(r"(组|专班|指挥部|联席会议|委员会|[组执筹]委会|办公室|工作队)$", body) and not _OWN_BODY.search(body)):
            continue
        pos = m.end() + 1
        if flat[m.end()] == "。":
            pos = _SPACES_AT.match(flat, pos).end()  # 成立省人委。甲为省长: the heads open the next sentence
        while pos < len(flat):
            clause = _HEADS_RUN.match(flat, pos)
            c = _HEADS_CLAUSE.match(clause.group(0)) if clause else None
            if not c:
                break
            pos = clause.end() + 1 if flat[clause.end():clause.end() + 1] in ("，", ",") else len(flat)  # (a sentence's end: no more)
            names = [n.strip() for n in c["names"].split("、")]
            title = c["title"]
            split = split_title(title)
            if split and level and split[0] in ("自治区", "自治州", "省", "州", "市", "县", "区") \
                    and split[0][-1] == level.group(0)[-1]:
                title = split[1]  # 乌兰夫为自治区主席: the body's own level before its head's title
            if not TITLE_RE.fullmatch(title) or split_title(title) != ("", title) \
                    or not all(plausible_name(n) and (len(n) <= 4 or "·" in n) for n in names):
                break
            post = Post(agency=body, title=title, span=(at + m.start(), at + m.end()))
            if not plausible_post(post):
                break
            span = (at + clause.start(), at + clause.end())
            out += [Position(person=n, post=post, span=span) for n in names]
    return out


#: a court or a procuratorate a chronicle names (建立县人民检察院, 市人民检察署于…更名为市人民检察院, 某县人民法院成立)
_COURT_NAMED = re.compile(r"(?P<body>(?:[^\W\d_年月日建立成为為更名称稱设設于於由，,。；;]{2,8}?[省市县区縣區]|[省市县区縣區])"
                          r"人民(?:检察院|检察署|法院|檢察院|檢察署))")
#: its head named by the bare title, in a chronicle: 由甲任检察长, 乙兼任检察长, 由公安局长丙兼任检察长 (the kind: 检察 for 检察长, 法院 for 院长)
_COURT_HEAD_TAKEN = re.compile(r"(?:(?<=[，,。；;年])由?|由[^，,。；;由]{1,12}?(?:长|長|书记|書記|主任))(?P<name>[\u4e00-\u9fff]{2,3}?)(?:兼任|担任|任)"
                               r"(?P<title>(?:副)?(?:检察长|檢察長|院长|院長))(?=[，,。；;]|$)")


def _court_heads_taken(text: str, at: int, region: str) -> list[Position]:
    """``1955年建立县人民检察院，由甲任检察长。1957年由乙任检察长``: a chronicle's court or procuratorate, named
    before (in the last 200 characters), headed by the person it says took its head's bare title."""
    out: list[Position] = []
    for m in _COURT_HEAD_TAKEN.finditer(text):
        if not reported_name(m["name"]) or _NOT_NOW.search(text, _clause_start(text, m.start()), m.start()):
            continue
        kind = ("检察", "檢察") if re.search(r"[检檢]察", m["title"]) else ("法院",)
        body = next((b["body"] for b in reversed(list(_COURT_NAMED.finditer(text, max(0, m.start() - 200), m.start())))
                     if any(k in b["body"] for k in kind)), None)
        if body:
            out.append(Position(person=m["name"], post=Post(agency=body, title=m["title"], span=(at + m.start("title"), at + m.end("title"))),
                                span=(at + m.start(), at + m.end()), person_span=(at + m.start("name"), at + m.end("name"))))
    return out


#: a person said to take a post: (由)甲出任(第一任)(新的)某市纪委书记。
_TAKES_POST = re.compile(r"出任(?:第[一二三四五六七八九十\d]{1,3}任)?(?:新一届|新的|新)?"
                         r"(?P<posts>[^，,。；;：:\s\[(（]{2,30}?)(?=[，,。；;\[(（]|$)")
#: words that make the post a future or a past one (将出任, 曾出任, 拟由甲出任, 时任)
_NOT_NOW = re.compile(r"将|拟|曾|先后|此前|时任|后来|据悉|传|或|如果|若")


def _takes_post(text: str, at: int, region: str) -> list[Position]:
    """``由原组长甲出任第一任新的市纪委书记``, ``乙出任某市市长``: the post a person takes, in a report. Before
    the name, on its clause, only 由 and a title (原组长) may stand; a future or past post is none."""
    out: list[Position] = []
    for m in _TAKES_POST.finditer(text):
        opens = _clause_start(text, m.start())
        if _NOT_NOW.search(text, opens, m.start()):
            continue
        name = next((text[m.start() - n:m.start()] for n in (3, 2, 4) if m.start() - n >= opens
                     and reported_name(text[m.start() - n:m.start()])
                     and re.fullmatch(rf"由?(?:原|前)?(?:[\u4e00-\u9fff]{{0,8}}?(?:{TITLE_RE.pattern.rstrip('$')}))?",
                                      text[opens:m.start() - n])), None)
        posts = _valid_posts(m["posts"], region) if name else None
        for p in posts or []:
            s = at + m.start("posts")
            out.append(Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])),
                                span=(at + m.start() - len(name), at + m.end()),
                                person_span=(at + m.start() - len(name), at + m.start())))
    return out


#: a person a report says was elected to a post: 甲(是)在某会议上当选为某省政协副主席(后); an election's
#: results, 甲当选某区人大常委会主任，乙、丙当选为副主任
_ELECTED_AS = re.compile(r"(?:再次|正式|高票|全票)?当选(?:为)?(?![的人者])(?P<posts>[^，,。；;：:\s]{2,30}?)(?=后|[，,。；;]|$)")
#: the opening of a clause that names who was elected: (某年某月某日，)甲(是)在… / 甲、乙当选…
#: (an aside on a person after the name, 乙(女)、丙(回族); the votes before 当选, 甲以190票(的高票); the last of a
#: list joined by 和: 丙和丁)
_ELECTED_WHO = re.compile(r"(?:(?:\d{4}|[一二三四五六七八九〇○零]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?"
                          r"(?P<name>[\u4e00-\u9fff·]{2,4}?(?:[(（][^()（）]{1,8}[)）])?"
                          r"(?:[、和][\u4e00-\u9fff·]{2,4}?(?:[(（][^()（）]{1,8}[)）])?)*)"
                          r"(?:同志)?(?:等)?(?:是)?(?:以[^，,。；;]{1,12}?票的?)?(?=在|于|当选|再次|正式|高票|全票)")
_WHO_ASIDE = re.compile(r"[(（](?:女|男)?[,，、]?(?:[\u4e00-\u9fff]{1,5}族)?[)）]")


def _elected_as(text: str, at: int, region: str) -> list[Position]:
    """``甲是在某会议上当选为某省政协副主席后，…``: the post the person named at the clause's opening was
    elected to (a clause naming no one, ``在某会议上当选为市长``, gives none; nor a future or past one).
    Results listed in one line, ``甲当选某区人大常委会主任，乙、丙当选为副主任``: each name of the list
    takes the post, and a bare title is in the body of the post elected to before it."""
    out: list[Position] = []
    before: Post | None = None
    for m in _ELECTED_AS.finditer(text):
        opens = _clause_start(text, m.start())
        if _NOT_NOW.search(text, opens, m.start()):
            continue
        lead = text.rfind("选举", opens, m.start())  # 某会议选举甲、乙当选为X: the people after the session's 选举
        who = _ELECTED_WHO.fullmatch(text, opens, m.start()) or \
            (_ELECTED_WHO.fullmatch(text, lead + 2, m.start()) if lead >= 0 else None) or _ELECTED_WHO.match(text, opens)
        names = _elected_names(who["name"]) if who else []
        if not names or not all(reported_name(n) for n in names):
            continue
        posts = _in_body_before(m["posts"], before) or _valid_posts(m["posts"], region) \
            or _of_electing_body(text, opens, m["posts"])
        for p in map(with_term, posts or []):  # (某区第五届人大常委会主任: the congress's term stays in its name)
            s = at + m.start("posts")
            out += [Position(person=name, post=replace(p, span=(s + p.span[0], s + p.span[1])),
                             span=(at + opens, at + m.end()), person_span=(at + who.start("name"), at + who.end("name")))
                    for name in names]
            before = p
    return out


#: a report's count of a post's holders before it lists them: 目前某院副秘书长至少有7人，分别是甲、乙… /
#: 某局新闻发言人也由1人增至2人，分别为某司司长甲和某司副司长乙 (the head clause: posts, then the count)
_COUNTED = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?:据[^，,。；;]{1,12}?[，,])?(?:目前|现在|现|現|当前|當前|如今)?"
                      r"(?P<posts>[^，,。；;：:\s]{3,30}?)(?:也|亦|目前|现|現|共|已|已经|已經)?(?:至少|共|共计|共計)?"
                      r"(?:有|为|為|由[\d一二三四五六七八九十两兩]{1,3}(?:人|名|位)增(?:加)?至|增(?:加)?至)?"
                      r"[\d一二三四五六七八九十两兩]{1,3}(?:人|名|位)[，,]\s*分[别別](?:是|为|為)(?P<list>[^，,。；;：:\s]{2,200})")
#: a note after a listed name: (按任职顺序), (女), (正部长级)
_LIST_NOTE = re.compile(r"[(（][^()（）]{0,20}[)）]")


def _listed_with_posts(printed: str, body: str) -> list[tuple[str, list[Post]]]:
    """The people of a list after a post (``甲、乙和丙``, ``某司司长甲和某司副司长乙``): each name with the posts
    printed before it, a body with no place or level of its own being part of ``body`` (某司 -> 某局某司);
    [] where an item is no name."""
    items = [i for i in _LIST_NOTE.sub("", printed).split("、") if i]
    if items and re.search(r"[和及]", items[-1]):
        last = re.split(r"[和及]", items[-1])
        if len(last) == 2 and all(last):
            items[-1:] = last
    listed: list[tuple[str, list[Post]]] = []
    for item in items:
        if reported_name(item, listed=True) and not TITLE_RE.search(item):
            listed.append((item, []))
            continue
        own = next(((item[-n:], split_title(item[:-n])) for n in (3, 2, 4) if len(item) > n + 1
                    and reported_name(item[-n:]) and split_title(item[:-n])), None)
        if not own or _NOT_POST.search(item[:-len(own[0])]):
            return []
        name, (agency, title) = own
        if agency and not has_own_prefix(agency) and not agency.startswith(NATIONAL_BODIES):
            agency = body + agency
        listed.append((name, [Post(agency=agency or body, title=title, span=(0, 0))]))
    return listed


def _counted_holders(text: str, at: int, region: str) -> list[Position]:
    """``目前某院副秘书长至少有7人，分别是甲、乙、丙``: each name listed after the count holds the post counted;
    one printed after a post of their own (``分别为某司司长甲和某司副司长乙``) holds that post too, a body
    with no place or level of its own being part of the body counted (某局 -> 某局某司)."""
    out: list[Position] = []
    for m in _COUNTED.finditer(text):
        printed = m["posts"]
        named = _referent(text, m.start("posts"), printed)
        if named:  # 组建某部。该部门发言人由3位增至4位，分别为…: the body the sentence before introduced
            head = _valid_posts(named, region)
            if head and len(head) == 1:
                head = [replace(head[0], span=(0, len(printed)))]
                out += _holders_of(head[0], _listed_with_posts(m["list"], head[0].agency), at + m.start("posts"),
                                   (at + m.start("posts"), at + m.end()), (at + m.start("list"), at + m.end("list")))
            continue
        head = _valid_posts(printed, region) or "的" in printed and _valid_posts(printed.rsplit("的", 1)[1], region)
        if not head or len(head) != 1:
            continue  # (2018年新组建的某局新闻发言人: the posts after what is said of the body)
        shift = len(printed) - len(printed.rsplit("的", 1)[1]) if not _valid_posts(printed, region) else 0
        head = [replace(head[0], span=(head[0].span[0] + shift, head[0].span[1] + shift))]
        out += _holders_of(head[0], _listed_with_posts(m["list"], head[0].agency), at + m.start("posts"),
                           (at + m.start("posts"), at + m.end()), (at + m.start("list"), at + m.end("list")))
    return out


#: a body a report refers back to as 该部门 (该部, 该委…) with the post it counts: 该部门(新闻)发言人
_THIS_DEPARTMENT = re.compile(r"[该該](?:部门|部門|部|委|局|办|辦|署)(?P<title>(?:新闻|新聞)?(?:发言人|發言人))")
#: the body a sentence ends by introducing (组建某部。/ 另一个…的部门是某办公室。): what 该部门 next refers back to
_INTRODUCED_END = re.compile(r"(?:组建|組建|成立|设立|設立|新设|新設|是)(?P<body>[^，,。；;：:、\s的是]{3,30})$")


def _referent(text: str, start: int, printed: str) -> str | None:
    """``该部门发言人`` opening a sentence after one that ends by introducing a body (``…，组建自然资源部。``,
    ``另一个增加新闻发言人的部门是某办公室。``): that body's 新闻发言人 (the short 发言人 is the same post); None
    where the post is not printed so or the sentence before introduces no body at its end."""
    m = _THIS_DEPARTMENT.fullmatch(printed)
    if not m or start < 2 or text[start - 1] not in "。" and not text[start - 1].isspace():
        return None
    stop = start - 1
    while stop > 0 and text[stop].isspace():
        stop -= 1
    if text[stop] != "。":
        return None
    before = _INTRODUCED_END.search(text, max(0, stop - 40), stop)
    if not before:
        return None
    title = m["title"]
    return before["body"] + (title if title.startswith(("新闻", "新聞")) else ("新聞" if "發" in title else "新闻") + title)


def _holders_of(head: Post, listed: list[tuple[str, list[Post]]], s: int, span, person_span) -> list[Position]:
    """The positions of ``listed`` people: ``head`` for each, and the posts printed before each name."""
    return [Position(person=name, post=replace(p, span=(s + head.span[0], s + head.span[1])), span=span,
                     person_span=person_span) for name, posts in listed for p in [head] + posts]


#: a body's spokespersons, named after 由: 某部新设2名新闻发言人，由某司司长甲、某司副司长乙担任 /
#: 某市人民政府新闻发言人由某市人民政府副秘书长甲担任
_SPOKESPERSONS = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?:此外|另外|同时|其中)?[，,]?(?P<body>[^，,。；;：:\s]{3,30}?)(?:也|亦)?"
                            r"(?:新设|增设|设立|设置|设)?(?:[\d一二三四五六七八九十两]{1,3}(?:名|位|个))?"
                            r"(?P<title>新闻发言人)[，,]?\s*(?:也|均|分别)?由(?P<list>[^，,。；;：:\s]{3,200}?)(?:担任|兼任)")


def _spokespersons(text: str, at: int, region: str) -> list[Position]:
    """``某部新设2名新闻发言人，由某司司长甲、某司副司长乙担任``: each person named after 由 is the body's
    spokesperson and holds the posts printed before their name (in that body, where they name no other)."""
    out: list[Position] = []
    for m in _SPOKESPERSONS.finditer(text):
        head = _valid_posts(m["body"] + m["title"], region)
        if not head or len(head) != 1:
            continue
        head = [replace(head[0], span=(head[0].span[0], head[0].span[1] + m.start("title") - m.end("body")))]
        out += _holders_of(head[0], _listed_with_posts(m["list"], head[0].agency), at + m.start("body"),
                           (at + m.start("body"), at + m.end()), (at + m.start("list"), at + m.end("list")))
    return out


#: a body that elects its own officers at its congress or plenary session (a society, an association, a federation, a
#: CPPCC, a party committee), not a people's congress (which elects those of other bodies)
_ELECTS_OWN = re.compile(r"(?:协会|協會|学会|學會|商会|商會|联合会|聯合會|联谊会|聯誼會|研究会|研究會|促进会|促進會|工会|工會|政协|政協|委员会|委員會)$")
#: the session of that body that elected: 大会选举了第一届理事会, 召开五届一次全体会议
_ELECTING = re.compile(r"(?:大会|大會|会议|會議|全会|全會)")


def _of_electing_body(text: str, opens: int, printed: str) -> list[Post] | None:
    """A bare title elected to (``甲当选为主席``) at the session of the body :func:`electing_body` finds: that
    body's post."""
    if not TITLE_RE.fullmatch(printed) or split_title(printed) != ("", printed):
        return None
    body = electing_body(text, opens)
    return [Post(agency=body, title=printed, span=(0, len(printed)))] if body else None


def electing_body(text: str, opens: int) -> str | None:
    """The body whose session elected the bare titles a clause at ``opens`` names: the body a sentence before (or
    this sentence's opening clause) names as its subject, holding the session (``某市某协会在某地举行成立大会。大会
    选举了第一届理事会，甲当选为主席``; ``某县政协召开五届一次全体会议，甲当选为主席``), a body that elects its own
    officers; None where no such body held a session that elects in the last 300 characters."""
    subjects = list(_SUBJECT.finditer(text, max(0, opens - 300), opens))
    if not subjects:
        return None
    s = subjects[-1]
    body, between = s["body"], text[s.end():opens]
    if not _ELECTS_OWN.search(body) or re.search(r"代表大会|代表大會|人大", body) \
            or not (has_own_prefix(body) or body.startswith(NATIONAL_PREFIXES)) or not _ELECTING.search(between) \
            or re.search(r"[。；;]", between) and not re.search(r"选举|選舉", between):
        return None
    return body


def _elected_names(printed: str) -> list[str]:
    """The people of ``甲、乙(女)、丙和丁``: asides dropped; 和 splits only where both sides are names (郑和 is one)."""
    if re.search(r"[(（]", printed) and not all(_WHO_ASIDE.fullmatch(a.group(0)) for a in re.finditer(r"[(（][^()（）]*[)）]", printed)):
        return []  # a bracket that is no aside on a person
    names: list[str] = []
    for item in _WHO_ASIDE.sub("", printed).split("、"):
        parts = item.split("和")
        if len(parts) == 2 and not reported_name(item) and all(reported_name(q, listed=True) for q in parts):
            names += parts
        else:
            names.append(item)
    return names


def _in_body_before(title: str, before: Post | None) -> list[Post] | None:
    """``副主任`` after an election to ``某区人大常委会主任``: the bare title, in the body named before it
    (a deputy's title of the same office: 主任 -> 副主任, 区长 -> 副区长)."""
    if before is None or not TITLE_RE.fullmatch(title) or split_title(title)[0] or \
            re.sub(r"^(?:常务|第一)?副", "", title) != re.sub(r"^(?:常务|第一)?副", "", before.title):
        return None
    return [replace(before, title=title, span=(0, len(title)))]


def _headline(layout, line) -> bool:
    """The notice's headline (甲当选某区区长), which its body restates and says more exactly."""
    span = layout.title_span
    return bool(span) and span != (0, 0) and span[0] <= line.start and line.end <= span[1]


#: places listed and then counted before their common post (甲区、乙区、丙市3区市委书记): the count of several
#: places (a level, a number, a level), never one body's name
_COUNTED_PLACES = re.compile(r"[省市县区州旗盟]\d{1,2}个?[省市县区州旗盟]")


def find_holders(layout, region: str = "") -> list[Position]:
    """Office-holders named with their posts in reports and leaders' division of work."""
    out: list[Position] = []
    government = ""
    texts = [nfkc(line.text) for line in layout.lines]
    page = "\n".join(texts)  # (the whole notice: whose school, court or procuratorate bare titles are of, own_body)
    for i, line in enumerate(layout.lines):
        text = texts[i]
        here = (_line_holders(text, line.start, region, government, page) + _named_heads(text, line.start, region)
                + _duty_line(text, line.start, region) + _body_name_title(text, line.start, region))
        if i > 0 and not here:
            here = _name_line(texts[i - 1], text, line.start, region)
        if not here:
            here = _listed_line(text, line.start, region) or _labelled_pairs(text, line.start, region) \
                or _name_colon_posts(text, line.start, region, cut=i == len(layout.lines) - 1
                                     and not re.search(r"[。；;！!？?)）]\s*$", text))
        here += (_still_holds(text, line.start, region) + _before_candidacy(text, line.start, region)
                 + _bracketed_posts(text, line.start, region) + _roster_entries(text, line.start, region)
                 + _name_in_post(text, line.start, region) + _takes_post(text, line.start, region)
                 + _court_heads_taken(text, line.start, region)
                 + _described_by_post(text, line.start, region) + _named_now_holds(text, line.start, region)
                 + _set_up_heads(text, line.start, region)
                 + _counted_holders(text, line.start, region) + _spokespersons(text, line.start, region)
                 + ([] if _headline(layout, line) else _elected_as(text, line.start, region)))
        government = next((f.post.agency for f in reversed(here) if f.post.title.endswith(GOV_HEAD_CORES)
                           and f.post.agency.endswith("人民政府")), government)
        out.extend(here)
        if here and i + 1 < len(layout.lines):  # 舒庆副市长 / 兼市公安局局长，负责…
            nxt = layout.lines[i + 1]
            m = _ALSO.match(texts[i + 1])
            person = here[-1].person
            if m and all(f.person == person for f in here):
                posts = _valid_posts(m["posts"], region) or []
                out.extend(Position(person=person, post=replace(p, span=(nxt.start + m.start("posts") + p.span[0],
                                                                          nxt.start + m.start("posts") + p.span[1])),
                                    span=(nxt.start, nxt.start + m.end()), person_span=here[-1].person_span)
                           for p in posts)  # (one mention: the name on the line above)
    out += find_roster(layout, region)
    listed = [f for f in find_title_lists(layout, region) if not _COUNTED_PLACES.search(f.post.agency)]
    out = [f for f in out if not _COUNTED_PLACES.search(f.post.agency)]
    held = {(f.person, f.post.title) for f in listed}
    out = [f for f in out if (f.person, f.post.title) not in held] + listed  # (the list names the body the post is of)
    page = page_body(layout)
    if page:  # 省长为甲 on the page of 第一届某省人民委员会: that body's 省长
        own = page_level(page) + "人民政府"
        out = [replace(f, post=replace(f.post, agency=page)) if f.post.agency == own else f for f in out]
    out = [replace(f, post=_court_bureau(f.post)) for f in out if not _act_ended(f.person)
           and not _NAME_RUN_ON.match(f.post.agency)]
    return _named_once(unique(out, key=lambda f: (type(f), f.person, f.post.agency, f.post.title)))


#: a body that opens with one character and 为: the last character of a name spaced out (邱　文　轩为某县人民政府副县长,
#: read as 邱文 and 轩为某县人民政府) and the decision's 为, no body
_NAME_RUN_ON = re.compile(r"^[\u4e00-\u9fff][为為]")


def _named_once(facts: list[Position]) -> list[Position]:
    """One post once: a report that names it with its place (``某县委副书记甲``) and by its level only
    (``县委副书记甲``) states one post, in the words it used first."""
    def same(f: Position, g: Position) -> bool:
        short, long = sorted((f.post.agency, g.post.agency), key=len)
        return f.person == g.person and f.post.title == g.post.title and short != long \
            and short[:1] in LEVEL_CHARS and long.endswith(short)

    def at(f: Position) -> int:
        return f.span[0] if f.span else 0

    return [f for f in facts if not any(same(f, g) and (at(g), len(g.post.agency)) < (at(f), len(f.post.agency))
                                        for g in facts)]


def _act_ended(person: str) -> bool:
    """``石主持`` (主任石主持: a page that deleted the name), ``甲某说``, ``易人`` (主任易人: the post
    changes hands): a "name" that ends with the act the report narrates after it."""
    person = nfkc(person)
    if person.endswith("易人"):
        return True  # 某省人大常委会主任易人: the post changes hands (易人), no one named
    return len(person) >= 3 and bool(re.search(r"(?:主持|出席|列席|应邀|讲话|参加|[说称])$", person))


def misread_name(text: str, fact: Position) -> bool:
    """True for a "name" that runs on into the report (``某·某出席活动``) or that is the start of a
    body's name, read as a person in a list (``甲、区水利和湖泊局局长乙``: not ``区水利``)."""
    if _REPORT_WORD.search(fact.person[2:]):
        return True
    if _act_ended(fact.person):
        return True
    if not fact.person_span or fact.person[:1] not in LEVEL_CHARS:
        return False
    return _post_ahead(nfkc(text), fact.person_span[0])


#: a former post of a body named by its province or as a national one: (原某省某大学校长), 因原某省省长…
#: (原 before a place that is no province stays: 原平市, 原阳县 are places)
_FORMER_PLACE = re.compile(r"(?:因|由|等[\d一二三四五六七八九十]{1,3}人)?(?:原|前)任?(?=%s)"
                           % "|".join(PROVINCE_SHORTS + NATIONAL_PREFIXES + ("北京", "天津", "上海", "重庆")))


#: the head of a commission printed by its kind alone in its own notice (委副主任: a commission's own title, never a
#: piece of 某省委…的常委; 局副局长 is read as the issuing bureau's elsewhere)
_OWN_BODY_HEAD = re.compile(r"委(?:常务|第一)?副?主任"
                            r"|([师团旅营连])(?:常务)?副?\1长")  # (师党委副书记、师长: the unit named bare in its own notice)


def plausible_post(post: Post) -> bool:
    """False for a post whose agency is a piece of a sentence (``新任区人民政府``, ``成立了``, a news
    agency's dateline, a colleague ``某某同志``, a name the page masked with ``***``, a clause that names a
    holder, ``党工委书记甲某任``), and
    for a role in a working group (``县征兵工作领导小组组长``): that is a membership, not a post."""
    if re.search(r"(任命|新任|成立|上月|通过|(?<![科政侨])协调(?!和|办|处(?!理)|局|司|科|中心|委|组(?!织)|小组|发展)|选举|决定|确定|明确|会议|同志|[了的*＊]|\d{1,2}月\d{1,2}日)|[原前和与及]$|(?<=[\u4e00-\u9fff]{2})任$", post.agency) \
            or len(post.agency) == 1 and not _OWN_BODY_HEAD.fullmatch(post.agency + post.title) or re.match(r"(?:原任|前任|时任|時任|加上|以及|还有|包括|[该該])|(?:原|前)(?=[省市县区旗州盟镇乡])", post.agency) \
            or _FORMER_PLACE.match(post.agency):
        return False  # (委: a piece of 某省委…的常委, no body; 原市商务局, 时任国务院副总理: a former post; 该会: a body
        # referred back to, read where the text names it: _of_this_body; 协调 in a body's own name is no verb:
        # 救援协调和预案管理局, 区域协调发展局, 协调办; nor the 协 of 科协/政协 before a department's 调研…: 中国科协调研宣传部)
    if _court_bureau(post) != post:
        return False  # 市法院/执行局长: the bureau is glued to the title (find_holders reads it as 市法院执行局/局长)
    if _COUNTED_PLACES.search(post.agency):
        return False  # 甲区、乙区、丙市3区市委书记: places counted, no one body
    if GROUP_SHORT_RE.search(post.agency):
        return False  # 市爱卫会主任: a role in a committee named by its short form
    if post.agency.endswith("主席团") and post.title in ("常务主席", "执行主席"):
        return False  # 主席团常务主席: the chair of a congress session, no standing post
    # (an event's executive or preparatory committee, 执委会/筹委会, and the office set up inside a group,
    # 指挥部办公室, are groups too)
    return not (re.search(r"(组|专班|指挥部|联席会议|执委会|筹委会)(?:办公室)?$", post.agency)
                and not post.agency.endswith(("党组", "纪检监察组", "纪检组")))


#: a level's government in 1954–1967, when local governments were people's councils: 省人民委员会
_COUNCIL_OF_LEVEL = re.compile(r"(?P<level>[省市县区州])人民委员会")
_YEAR = re.compile(r"(?P<year>1[89]\d\d)\s*年")


def council_era(text: str, facts: list) -> list:
    """A text of the years when a level's government was its people's council (``1955年…选举甲为省长…
    组成省人民委员会``): a head's post printed without a body (省长, 副省长) whose nearest year before it
    is one of 1954–1967 is a post of the level's council the text names, not of a 省人民政府."""
    levels = {m["level"] for m in _COUNCIL_OF_LEVEL.finditer(text)}
    if not levels:
        return facts
    years = [(m.start(), int(m["year"])) for m in _YEAR.finditer(text)]
    out = []
    for f in facts:
        post = getattr(f, "post", None)
        level = post.agency[-5:-4] if post is not None and post.agency.endswith("人民政府") else ""
        printed = post is not None and post.span and "政府" in text[post.span[0]: post.span[1]]
        if level in levels and f.span and not printed:  # (某省人民政府副主席 printed: that body, as printed)
            year = next((y for at, y in reversed(years) if at < f.span[0]), 0)
            if 1954 <= year <= 1967:  # (福建省人民政府 -> 福建省人民委员会, 省人民政府 -> 省人民委员会)
                f = replace(f, post=replace(post, agency=post.agency[:-4] + "人民委员会"))
        out.append(f)
    return out


#: a street a report names at the start of a clause or after its district: ，某某街道围绕…, 某区某某街道
#: (a town's: _TOWN_AT. A report's bare 镇人民政府 takes the town it names, as real7 and real11-real19 print it;
#: real-real6 and real9 kept it as printed, a convention the later golds left)
_PLACE_AT = re.compile(r"(?:^|(?<=[\s，。,；;：:、“”\"（(|和与及区县市旗导研察访到]))(?=(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<level>街道))")
#: characters of a sentence or of a level, never in a street's or town's own name (各镇, 城镇, 乡镇, 工业重镇)
_NOT_IN_PLACE = set("各全本该每等和及与个省市县区乡镇村街城重在的了是为对从到由会议经被将把向据")


def _place_chars(name: str, level: str) -> set[str]:
    """The characters of a street's or town's name that the sets of characters never in one are tested on: 城 only
    where it ends the name before 镇 or 乡 (城镇, 城乡, 小城镇: words), not inside one (城关镇, 西城街道)."""
    return set(name[:-1].replace("城", "") + (name[-1] if level[0] in "镇鎮乡鄉" or name[-1] != "城" else ""))


#: a town, township or street a report names at the start of a clause, after its county or district or after
#: 在/对/到 (，某某镇召开…, 某县某某镇, 中共某某镇委员会, 在某某镇); not a word the level character makes with the
#: next (乡村, 镇区, 城镇化)
_TOWN_AT = re.compile(r"(?:^|(?<=[\s，。,；;：:、“”\"（(|和与及区县市旗區縣共在對对到赴]))(?=(?P<name>[\u4e00-\u9fff]{2,3}?)"
                      r"(?P<level>[镇鎮乡鄉]|街道)(?![村镇鎮乡鄉区區域级級化长長里裏间間亲親土愁情音下]))")
#: a place named as a place: after its county, district or city, or before one of its bodies or a meeting it holds
#: (某县某某镇, 某某镇党委, 某某街道召开); a verb before a level word (负责街道…, 成立街道…) never is
_NAMED_AS_PLACE = r"(?:(?<=[区县市旗區縣])%s|%s(?=党|黨|人民政府|政府|办事处|辦事處|人大|纪|紀|召开|召開|第|委|在))"
#: characters of a sentence around a town's name, never in it (返乡, 下乡, 全镇, 我镇); 市 only inside it (某市镇)
_NOT_IN_TOWN = (_NOT_IN_PLACE - set("市和与及")) | set("返回进入赴去来我本其此农城轄辖")
#: 乡镇党委书记: every township's and town's, no one town's
_TOWNS_AS_A_CLASS = ("乡镇", "鄉鎮", "镇乡", "鎮鄉", "镇街", "鎮街", "乡街", "鄉街")


def _towns_named(text: str) -> dict[str, set[str]]:
    """The town (township, street) a report is about, by level: the one it names, or the one it names most
    often (more than once, and more often than any other), once named as a place (_NAMED_AS_PLACE); none
    where that is not told."""
    counts: dict[str, dict[str, int]] = {}
    for m in _TOWN_AT.finditer(text):
        name = m["name"]
        if _place_chars(name, m["level"]) & _NOT_IN_TOWN or name[0] in "市和与及" or _OPENER.match(name):  # (永和乡, 三和镇; 和某某镇: a list's 和)
            continue
        counts.setdefault(m["level"], {}).setdefault(name + m["level"], 0)
    out = {}
    for level, towns in counts.items():
        towns = {t: text.count(t) for t in towns if not any(u != t and t.endswith(u) for u in towns)}
        ranked = sorted(towns.values(), reverse=True)
        best = max(towns, key=towns.get)
        if (len(ranked) == 1 or ranked[0] >= 2 and ranked[0] > ranked[1]) \
                and re.search(_NAMED_AS_PLACE % (re.escape(best), re.escape(best)), text):
            out[level] = {best}
    return out


#: a zone whose Party working committee a report may name bare too (某开发区党工委)
_ZONE_BODY = re.compile(r"开发区|園區|园区|管委会|管委會|新区|新區|示范区|示範區")


#: a signature line: a body of the place alone on its line, pushed right (　　彝良县角奎镇人民代表大会主席团,
#: 某区某某街道办事处, 中共某某镇委员会)
_SIGNING_BODY = r"(?m)^[\s\u3000]*[\u4e00-\u9fff]{0,12}%s[\u4e00-\u9fff]{0,12}(?:人民政府|人民代表大会主席团|主席团|委员会|党委|党工委|办事处|辦事處)[\s\u3000]*$"


def _signed_by(text: str, place: str) -> bool:
    """Whether a body of ``place`` signs the text (a copy that lost its title and issuer still prints its
    signature): the place's own notice, whose bodies stay as printed (镇人大, 街道党工委)."""
    return re.search(_SIGNING_BODY % re.escape(place), text) is not None


def sole_place(text: str, facts: list) -> list:
    """A report that names one street and no government of its own: a post of a body printed by the
    level alone (``街道办事处主任甲``, ``街道党工委书记乙``, or with no level, ``党工委书记丙``, where no zone
    with a 党工委 of its own is named) is that street's body (``某某街道办事处``). With two streets named,
    none is chosen. Likewise a town's or township's report: ``镇党委书记甲``, ``镇长乙`` (镇人民政府) are the
    town it names (``某某镇党委``); where it names more than one, the town (or street) named most often, if
    more than once and more often than any other (_towns_named). (A town's own notice, its issuer the town,
    keeps its bodies as printed: holdout2's gold; so does one that lost its title but prints the town's
    signature: _signed_by.)"""
    named: dict[str, set[str]] = {}
    for m in _PLACE_AT.finditer(text):
        name = m["name"][:-1] if len(m["name"]) >= 3 and m["name"].endswith("村") else m["name"]  # 张家村街道: named for a village
        if not _place_chars(name, m["level"]) & _NOT_IN_PLACE and not _OPENER.match(name):  # (其次街道主任甲: a report's next word, no street)
            named.setdefault(m["level"], set()).add(m["name"] + m["level"])
    for level, places in named.items():  # 成立北大街道…, after 北大街道: a verb before the name the text printed alone
        named[level] = {p for p in places if not any(q != p and p.endswith(q) for q in places)}
    named.update(_towns_named(text))
    zone = _ZONE_BODY.search(text)
    out = []
    for f in facts:
        post = getattr(f, "post", None)
        if post is not None and post.agency in ("街办", "街道办", "街辦", "街道辦"):
            post = replace(post, agency=post.agency[0] + "道办事处" if post.agency[-1] == "办" else "街道辦事處")  # 街办: short for 街道办事处
        elif post is not None and post.agency in ("街道", "街道") and not zone:
            # 街道副书记甲, 副主任乙: a street's 书记 is its Party working committee's, its 主任 its office's
            post = replace(post, agency="街道" + ("党工委" if post.title.endswith("书记") else "办事处" if post.title.endswith("主任") else ""))
        if post is not None and post.agency.startswith(("党工委", "办事处", "黨工委", "辦事處")) and not zone:
            post = replace(post, agency="街道" + post.agency)  # 党工委书记甲 in a street's report: the street's 党工委
        level = next((lv for lv in named if post is not None and post.agency.startswith(lv)
                      and not post.agency.startswith(_TOWNS_AS_A_CLASS)), None)
        if level and len(named[level]) == 1 and isinstance(f, (Position, Appointment, Removal)) \
                and not _signed_by(text, next(iter(named[level]))):
            place = next(iter(named[level]))
            f = replace(f, post=replace(post, agency=place + post.agency[len(level):]))
        out.append(f)
    return zone_place(text, out)


#: a zone's kind word after its name: 某某新区, 某某经济技术开发区, 某某产业集聚区, 某某高新技术产业园区
_ZONE_KIND = re.compile(r"(?:开发|新|集聚|园|示范|高新|经开|合作|试验|实验|保税|度假|商务|功能)区")
#: what a zone's name is read without: an aside (the other names it carries, 某某区(某某园区)) and another
#: nameplate hung beside it (加挂某某园区管委会牌子)
_ZONE_ASIDE = re.compile(r"[(（][^()（）]{0,60}[)）]|加挂[^。；;，,]{0,80}?牌子")
#: a zone's own bodies printed without the zone: 党工委书记, 管委会主任, 区党工委副书记
_BARE_ZONE_BODY = re.compile(r"^区?(?:党工委|管委会|管理委员会|纪工委)$")


def _zone_named(text: str) -> str:
    """The one zone a report names, by the name all its mentions end with (确保某某新区…, 新组建的某某新区
    管委会, 就某某新区…: 某某新区); empty where the text names none, names two, or names one only once
    (where its name starts is not told by one mention)."""
    text = _ZONE_ASIDE.sub("、", text)
    before: dict[str, list[str]] = {}
    for m in _ZONE_KIND.finditer(text):
        run = re.search(r"[\u4e00-\u9fff]{0,16}$", text[max(0, m.start() - 16): m.start()]).group()
        if run:  # (经开区(高新区): a kind word alone names no zone)
            before.setdefault(m.group(), []).append(run[::-1])
    names = set()
    for kind, runs in before.items():
        common = os.path.commonprefix(runs)[::-1]
        if len(runs) < 2 or len(common) < 2:
            return ""
        names.add(common + kind)
    return next(iter(names)) if len(names) == 1 else ""


def zone_place(text: str, facts: list) -> list:
    """A report on one zone (a development zone, a new district) names its bodies without it: ``党工委书记甲``,
    ``管委会主任乙``, ``区党工委副书记丙`` are that zone's (``某某新区党工委``, ``某某新区管委会``)."""
    bare = [f for f in facts if isinstance(f, (Position, Appointment, Removal)) and _BARE_ZONE_BODY.match(f.post.agency)]
    zone = _zone_named(text) if bare else ""
    if not zone:
        return facts
    return [replace(f, post=replace(f.post, agency=zone + f.post.agency.removeprefix("区")))
            if isinstance(f, (Position, Appointment, Removal)) and _BARE_ZONE_BODY.match(f.post.agency) else f
            for f in facts]
