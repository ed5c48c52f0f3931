"""Task assignments of a plan: lead (牵头), support (配合) and responsible (责任) agencies.

Read from parentheses at the end of a task (``（牵头单位：X；配合单位：Y、Z）``), from
lines of their own under a task (``牵头单位：X``), from verbs (``由X牵头，Y配合``) and
from task tables (重点任务 / 牵头单位 / 配合单位 columns, cells by tabs).
"""
from __future__ import annotations

import re
from collections import Counter

from ..facts import Assignment
from itertools import combinations

from ..text import ARTICLE_NO, DATE_RE, SENTENCE_END, SPACES, nfkc, print_width, strip_final_punct, unspaced
from .document import document_kind
from .layout import _ATTACH_RE, Layout, Line, cells
from .lists import comma_cells, open_quote, split_outside_brackets, unique
from ..lexicon import AGENCY_END_RE, LEVEL_CHARS
from .parts import ENUM, Levels, after_paragraph, bare_heading, closes_open_bracket, numbers_headings
from .posts import normalise_agency

_ROLE_WORDS = (("牵头", "lead"), ("主办", "lead"), ("配合", "support"), ("协办", "support"), ("会办", "support"),
               ("协助", "support"), ("协作", "support"), ("主要协作", "support"), ("主要配合", "support"),
               ("参与", "support"), ("参加", "support"), ("协同", "support"), ("责任", "responsible"), ("负责", "responsible"),
               ("实施", "responsible"), ("承办", "responsible"), ("主责", "responsible"), ("落实", "responsible"),
               ("承担", "responsible"), ("主要责任", "responsible"))  # (主要责任单位, 主责单位, 落实单位, 承担单位: the bodies that carry the task out)
#: role labels; 牵头责任单位 / 协同责任单位 (a lead and a supporting responsible body) before 责任单位;
#: 主要协作单位 / 主要配合单位 (the bodies that chiefly help) before the 主要责任单位 that carry it out
_LABEL_WORDS = r"牵头责任|协同责任|协同配合|配合责任|主要责任|主要协作|主要配合|牵头负责|牵头|主办|配合|协办|协助|协作|会办|参与|参加|协同|责任|负责|实施|承办|主责|落实|承担"
#: labels of the bodies that take part (参加单位, 参加部门): support where a lead is named before them
#: (牵头单位：X / 参加部门：Y、Z), else a list of who attends
_JOINING_LABELS = ("参加",)
#: what a role label calls the bodies: 单位, 部门 …, or the kind of place (责任街镇, 配合乡镇)
_UNIT_WORDS = r"单位|部门|主体|机构|街镇|镇街|乡镇|街道|县区|区县|县市区|处室|科室|股室|司局"  # (司局: a ministry's departments; 股室: a county bureau's)
_LABEL = rf"(?P<label>{_LABEL_WORDS})(?:{_UNIT_WORDS})"
_LABEL_CELL = re.compile(_LABEL)  # (fullmatch: a cell that is a label and nothing else)
#: where sentences, clauses end (split at them)
_FULL_STOP = re.compile(r"[。！!]")
_SEMICOLON = re.compile(r"[；;]")
_COMMA = re.compile(r"[，,]")
_WHITESPACE = re.compile(r"\s+")
#: a label of a role alone before its colon, without 单位 (牵头：X；配合：Y, 协助：Z); 责任 alone only as one of an
#: item's own bracket of roles ((牵头：X；责任：Y), not 追究办案质量责任：…)
_BARE_LABEL = r"(?:(?<=牵头|配合|协助|协办|主办|会办)|(?<=[(（;；]责任))(?=\s*[:：])|(?<=【牵头|【配合|【协助|【协办|【主办|【会办|【责任)(?=】)"
_LABEL_RE = re.compile(rf"[【\[]?(?P<label>{_LABEL_WORDS})(?:{_UNIT_WORDS}|{_BARE_LABEL})(?:[】\]]\s*[:：]?|\s*[:：])\s*"
                       rf"(?P<agencies>(?:(?!(?:{_LABEL_WORDS})(?:{_UNIT_WORDS}|{_BARE_LABEL}))"
                       rf"(?:[^;；:：()（）【】〔〕\[\]。\n]|[(（][^()（）:：]{{1,8}}[)）]))+)")
#: what an agency does in a verb phrase: ``X牵头``, ``Y配合``, ``Z按职责分工负责``, ``W负责具体组织实施``
_SEGMENT_RE = re.compile(r"^(?:由|请)?(?P<agencies>.+?)(?:共同|统一|具体)?(?:负责)?(?P<verb>牵头负责|牵头|主办|承办|配合|协同|参与|参加|协办|按照?职责分工负责|按照?职责分别负责|"
                         r"按照?职责负责|分别负责|负责|按照?职责分工[\u4e00-\u9fff]{1,2}|"
                         r"按照?职责分工?)(?:具体)?(?:组织)?(?:落实|实施|推进)?$")  # (…等按职责分: a page cut inside the phrase)
#  (按照职责分工负责: the same phrase in full, 市甲局、市乙局等按照职责分工负责)
_VERB_ROLE = {"牵头负责": "lead", "牵头": "lead", "主办": "lead", "配合": "support", "协同": "support", "参与": "support",
              "参加": "support", "协办": "support"}  # (X牵头，Y参加: 参加 supports like 参与)
_COLLECTIVE_END = re.compile(r"(政府|公署|部门|单位|局|委|办|处|公司|中心|机构|委员会|委会|街道|社区|乡镇|镇|"
                             r"场|科室|股室|处室|站|所|队|院|校|厂|园区|企业|"
                             r"部門|單位|辦|處|機構|委員會|委會|社區|鄉鎮|鎮|場|隊|廠|園區)$")
#  (各分场、某派出所 / 各村委会、镇派出所 / traditional 各村委會、鎮派出所: two bodies)
#: an item's enumerator: one of the notice's usual ones, or a numbered sub-item 1.1 (1.1建设某基地; not 1.5万亩)
_HEADING_RE = re.compile(rf"^(?:[0-9０-９]{{1,2}}(?:[.．][0-9０-９]{{1,2}})+(?![0-9０-９万亿千百元%％倍])[.．、]?|{ENUM})\s*"
                         r"(?P<head>[^。：:；;!！?？]{2,150})")
#: an item's heading closed by 。 before the item's first sentence, its enumerator lost (parts.bare_heading tells the
#: shape): 加强科技攻关。支持企业…
_BARE_HEAD_RE = re.compile(r"^[ \t\u3000]*(?P<head>[^。]{2,40})(?=。[ \t\u3000]*\S)")
#: the same heading alone on its line, closed by its 。
_CLOSED_HEAD_RE = re.compile(r"^[ \t\u3000]*(?P<head>[^。]{4,40})(?=。[ \t\u3000]*$)")
#: a sentence, never a heading: one that announces or closes (现将有关事项通知如下。 特此通知。), one that says who
#: does what or what was done, or to whom (会议由甲主持。 会议还研究了某事。 甲被免去某职务。), one about the persons
#: or things named above (以上两名同志试用期一年。), a meeting's report (会议指出)
_NO_HEAD = re.compile(r"如下$|^特此|^(?:会议|会上|以上|上述)|由|了|被|同志")


def _closed_heading(text: str, after: str) -> bool:
    """``text`` is an item's heading closed by 。 alone on its line, its enumerator lost: shaped as a heading, with
    the item's paragraph under it (a sentence, not a line of units or another such line's units)."""
    hm = _CLOSED_HEAD_RE.match(text)
    if not hm or bare_heading(text, closed=True) is None or _NO_HEAD.search(hm["head"].strip()):
        return False
    after = after.strip(SPACES)
    return len(after) >= 8 and bool(re.search(r"[。；;]$", after)) and not _LABEL_RE.match(after.lstrip("(（【["))


_VERB_RE = re.compile(r"(?:由|^|(?<=[（(，,。；;]))请?(?P<lead>[^，,。；;由（(]{2,80}?)(?:共同)?牵头(?:负责)?[，,、]?"
                      r"(?:(?P<support>(?:[^，,。；;（()）]|[（(][^()（）]{1,6}[)）]){2,120}?)(?:等)?(?:部门|单位)?(?:配合|协同|参与|参加))?")
#: who take part are the units' persons, not the units: 由某某牵头，各处室、各单位主要负责人参加 (no support rows)
_PERSONS_OF_UNITS = re.compile(r"(?:负责人|负责同志|领导|同志|人员|干部)$")
#: headings of a plan's own sections, never tasks
_SECTION_TITLE = re.compile(r"(总体要求|指导思想|基本原则|主要目标|工作目标|目标任务|重点任务|主要任务|保障措施|(?:工作|几点|有关|具体)要求|组织实施|"
                            # (三、几点要求: the requirements the plan closes with, as 工作要求)
                            r"组织领导|实施步骤|进度安排|时间安排|工作措施|职责分工|附则|工作机制|其他事项|成员单位|组成单位|"
                            r"(?:督查|检查|监督)?考核(?:办法|奖惩|评估|验收)?|"
                            r"活动(?:组织|安排|时间|地点|主题|内容|对象))")
_FIRST_LEADS = re.compile(r"(?:第一|排名第一|排在第一|排第一|列第一|首位)(?:位|个)?(?:的|者)?(?:责任)?(?:单位|部门)?"
                          r"(?:为|是)(?:工作)?牵头(?:或[\u4e00-\u9fff]{2})?(?:单位|部门)|"
                          r"(?:第一|首位)(?:位|个)?(?:的|者)?(?:单位|部门)?负责牵头|"  # 排名第一的单位负责牵头
                          r"(?:第一|首位)(?:位|个)?(?:的|者)?(?:单位|部门)牵头|"  # (原则上)由排名首位的部门牵头负责
                          r"牵头(?:单位|部门)(?:排|列)(?:在|于)?(?:第一位|首位|第一)")  # 牵头单位列第一位
#: a note on the first body that speaks only of tasks with several bodies: 责任单位有两个以上的，排名第一位的为牵头单位
#: (多个责任单位的, 涉及两个及以上单位的)
_SEVERAL_ONLY = re.compile(r"(?:两|二|2)个?(?:或|及)?(?:两个|二个)?以上|多个|多家|(?:两|二|2)家(?:或|及)?以上")
#: the units an item's brackets list before the note on the first of them, with no verb: （X、Y、Z。列第一位者为牵头单位）
_LISTED_BEFORE_NOTE = re.compile(r"^(?P<units>[^，,。；;：:]{2,200})[。，,；;]\s*(?:[^，,。；;]{0,12}?(?:排|列|名))?$")
#: an item's units in brackets closed by the note on the first of them: （X、Y、Z。列第一位者为牵头单位）; not a
#: heading's note on the units of the items under it, which names no unit: （各项任务的责任单位中，排名第一位的为牵头单位）
_OWN_NOTE = re.compile(rf"[(（](?:[^()（）:：]{{2,8}}[:：])?(?![^()（）:：，,。；;]*(?:中|的(?:责任)?(?:单位|部门))[。，,；;])"
                       rf"[^()（）:：]{{2,200}}[。，,；;](?:{_FIRST_LEADS.pattern})[)）]")
#  (its units may be labelled: （责任单位：X、Y、Z，排名第一位的为牵头单位）)
_TOGETHER_RE = re.compile(r"由(?P<lead>[^，,。；;由（(]{2,40}?)(?:牵头[，,]?)?会同(?P<support>[^，,。；;]{2,200}?)"
                          r"(?:(?:等)?(?:有关|相关)?(?:部门|单位)?(?:共同)?负责|等(?:有关|相关)?(?:部门|单位))")
#: ``X为该议案办理工作的牵头责任单位``, ``Y、Z为协办单位``: the role label after the bodies
_ROLE_AFTER_RE = re.compile(rf"(?:^|(?<=[，,]))(?:由|确定|明确)?(?P<agencies>[^，,:：]{{2,200}}?)(?:为|作为)"
                            rf"(?:[^，,]{{0,30}}?的)?(?P<label>{_LABEL_WORDS})(?:单位|部门)(?=$|[，,])")


def _role(label: str) -> str:
    return next(role for word, role in _ROLE_WORDS if label.startswith(word))


#: the label of a deadline's field glued to the last body of a list, the page's cells run together:
#: 配合单位:市人事局、市财政局完成时间:9月底 (the bodies' text ends at the label's colon)
_GLUED_FIELD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:完成|办结)(?:时限|时间|期限)|时间节点|时间要求)$")


def _marked_agencies(text: str) -> list[tuple[str, str]]:
    """Agencies in a list, each with the role its own mark gives it: ``lead`` (``X（牵头）``), ``support``
    (``Y（配合）``) or ``""`` (none). A collective body split by 、 stays one (``各市、县、自治县人民政府``)."""
    text = _OTHERS_RE.sub("", nfkc(text))  # 能源局等省有关部门和各地级以上市人民政府
    text = _GLUED_FIELD.sub("", text)  # 市人事局、市财政局完成时间(:9月底): the next field's label run on
    # 责任单位：A、B分别牵头 / (A、B分别负责): the word after the list is every body's, not the last one's
    every = _EVERY_ONE.search(text)
    if every:
        text = text[: every.start()]
    # 某局及各县区 / 某办及州直相关单位 / 某局和县直各单位: a named body joined to a collective one, two bodies
    text = _AND_COLLECTIVE.sub("、", text)
    text = _BREAK_TAG.sub("、", text)  # 某局<br>某大队: a cell's line break a page's markup kept, between two bodies
    parts: list[str] = []
    for at, part in split_outside_brackets(text, "、,，/；;", spaces=True):
        # (a space is no mark of the list: 各相关 区人民政府, a name a PDF wrapped, is one name)
        mark = "" if at and text[at - 1].isspace() else "、"
        # 各市、县、自治县人民政府 / 相关市、县政府: one collective body; 各地、各部门: two
        if parts and part in ("单位", "部门") and _UNITS_END.search(parts[-1]):
            parts[-1] += mark + part  # 市直有关部门、单位: one collective, as printed
        elif parts and not part.startswith("各") and (
                parts[-1].startswith("各") and not _COLLECTIVE_END.search(parts[-1])
                or _CONCERNED_LEVELS.fullmatch(parts[-1]) or _kinds_before(parts[-1], part)):
            parts[-1] += mark + part
        else:
            parts.append(part)
    parts = _expand_elided(parts)
    out: list[tuple[str, str]] = []
    for part in parts:
        part = strip_final_punct(part).removesuffix("等")
        masked = _MASKED_PLACE.match(part)  # (**鎮各社區: a place's name a copy masked, no mark of the lead)
        lead = bool(_LEAD_SIGN.search(part[masked.end() if masked else 0:])) or bool(every and every["lead"])
        helps = _SUPPORT_SIGN.search(part)
        mark = "lead" if lead else "support" if helps else ""
        part = part[: helps.start()] if helps else part
        part = part if masked else _LEAD_SIGNS.sub("", part)
        part = _DUTY_TAIL.sub("", part)
        part = _without_own_office(part)
        if len(part) >= 2 and plausible_agency(part):  # a collective with 、 stays as printed
            # a collective (各市政府, 各县、区政府) stays as printed
            # (a government's office away, 市政府驻某地联络处, is a unit of its own name: kept as printed)
            name = part if "、" in part or part.startswith("各") or _OFFICE_AWAY.search(part) \
                else normalise_agency(part)[0]
            out.append((_with_level(name, out[-1][0]) if out else name, mark))
    return out


#: a body's office of the same level named after it in brackets: 县农业局（县农村经济经营管理站）
_OWN_OFFICE = re.compile(r"[(（](?P<office>[省市县区州盟旗縣區][^()（）]{2,20})[)）]$")


#: an office's second name, of an office sharing its staff, in brackets after its first: 组织部（人事处）,
#: 纪委办公室（监察室）, 党委办公室（校长办公室）, 市民族事务委员会（民族事务局） (a collective's brackets are its kinds: 各乡镇人民政府（街道办事处）)
_SECOND_NAME = re.compile(r"(?:(?<=[部处室局科委办厅])|(?<=委员会))[(（](?P<office>[\u4e00-\u9fff]{1,10}(?:处|室|科|局|部|中心))[)）]$")


def _without_own_office(name: str) -> str:
    """``name`` without the office it names after it in brackets (the body is the one that answers for it):
    县农业局（县农村经济经营管理站） -> 县农业局, 组织部（人事处） -> 组织部; a bracket that is no body's name stays."""
    m = _OWN_OFFICE.search(name)
    if m and plausible_agency(m["office"]) and plausible_agency(name[: m.start()]):
        return name[: m.start()]
    m = _SECOND_NAME.search(name)
    # (各盟市民族事务委员会（民族事务局）: a collective of commissions, some of them bureaus, is the commissions)
    if m and (not name.startswith("各") or name[: m.start()].endswith("委员会")) and plausible_agency(name[: m.start()]):
        return name[: m.start()]
    return name


#: the level a government body's name opens with (市财政局, 县教育局; not 市场监管局, 市委某部, 区域某中心)
_OWN_LEVEL = re.compile(r"^[省市县区州旗盟縣區](?![场場域委])")
#: a bureau printed short, without its level, after a body that has one (市经委、环保局、统计局): a function and 局, 委 or
#: 办, no place in it (not 某地海事局, 某某分局)
_BARE_BUREAU = re.compile(r"[^省市县区州旗盟镇乡縣區鎮鄉各有相其]{1,3}(?<!分)(?:局|委|办|辦)")


def _with_level(name: str, prev: str) -> str:
    """``name`` with the level of the body listed before it, where it is a bureau printed without one: a prefix-less
    item inherits the level of the item before it (市经委、环保局 -> 市环保局)."""
    level = _OWN_LEVEL.match(prev)
    return level.group() + name if level and _BARE_BUREAU.fullmatch(name) else name


#: a role word that closes a list and is every body's (A、B分别牵头, A、B共同负责; 分别 alone where the verb follows)
_EVERY_ONE = re.compile(r"(?:分别|共同|各自)(?:按职责)?(?:(?P<lead>牵头)(?:负责)?|负责)?[。；;，,]?$")
#: a government's office in another place, named with its government short: 市政府驻上海联络处, 县政府驻京办事处
_OFFICE_AWAY = re.compile(r"(?<!人民)政府驻[\u4e00-\u9fff]{1,8}(?:联络处|办事处|联络办|办)$")
#: a mark a table puts on the lead unit of a list (加*号为牵头部门)
_LEAD_MARK = r"[*★※]"
#: 某局及各县区 / 某办及州直相关单位: a named body joined to a collective one by 和/及
#: a line break tag left in a table's cell (a crawl's markdown keeps the ``<br>`` of the page's cell)
_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.I)
_AND_COLLECTIVE = re.compile(r"(?<=[局委厅办部门位府心])(?:和|及|以及)(?=各|[省市县区州盟旗][直级])")
_UNITS_END = re.compile(r"(?:部门|单位)$")
#: 相关市、县: the start of a collective body whose last part follows
_CONCERNED_LEVELS = re.compile(rf"(?:相关|有关)[{LEVEL_CHARS}、()（）]+")
#: 省、自治区、直辖市地质矿产主管部门: kinds of government alone, the start of a collective body whose last part follows
_LEVEL_KIND = re.compile(r"(?:省|自治区|直辖市|自治州|地区|自治县|[市县区州盟旗])(?:、(?:省|自治区|直辖市|自治州|地区|自治县|[市县区州盟旗]))*")


def _kinds_before(kinds: str, part: str) -> bool:
    """``kinds`` is a run of kinds of government that ``part`` goes on with, naming their body (省、自治区、直辖市 /
    某主管部门); not levels counted (县、乡镇两级政府: the levels of government, no body of a kind)."""
    return bool(_LEVEL_KIND.fullmatch(kinds)) and "级" not in part


#: a place's name a copy masked with stars before its level: **鎮各社區, ***县民政局 (kept as printed)
_MASKED_PLACE = re.compile(r"^\*{2,}(?=[镇鎮乡鄉村县縣区區市州旗][\u4e00-\u9fff])")
#: the lead unit's marks: X（牵头）, X牵头, *X
_LEAD_SIGN = re.compile(rf"[(（]牵头[)）]|牵头$|^{_LEAD_MARK}|{_LEAD_MARK}$")
_LEAD_SIGNS = re.compile(rf"[(（]牵头[)）]|^{_LEAD_MARK}+|{_LEAD_MARK}+$")
#: the mark of a body that helps, after its name in a list: 县甲局（牵头）、县乙局（配合）
_SUPPORT_SIGN = re.compile(r"[(（](?:配合|协办|协助|参与)[)）]$")
#: words of the duty printed after a unit (X等, X负责)
_DUTY_TAIL = re.compile(r"(等|牵头|按照?职责分工[\u4e00-\u9fff]{0,2}|按照?职责分别负责|分别负责|负责)$")
#: ``等有关部门`` after named bodies adds no body of its own; nor does the kind of body they are, or their count, after
#: a body's name (某局、某局等行业主管部门 / 某委等12个部门 / 某局等执法单位): the bodies named are the agencies
_OTHERS_RE = re.compile(r"等(?:省|市|县|区|州|旗)?(?:级|直)?(?:其他|有关|相关)?(?:部门|单位)(?=$|[和及、，,；;])|"
                        r"(?<=[局委办厅部室所站心院会府队司处科])等(?:[0-9一二三四五六七八九十]{1,3}个)?[\u4e00-\u9fff]{0,6}?"
                        r"(?:部门|单位|机构)(?=$|[和及、，,；;])")
#: the last of an elided list of places names their common body: 哈尔滨、黑河、绥芬河市政府
_ELIDED_END = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}?(?P<body>[{LEVEL_CHARS}](?:人民)?政府)$")


def _expand_elided(parts: list[str]) -> list[str]:
    """Bare place names before ``<place>市政府`` take its body: three 市政府, not two place names."""
    out: list[str] = []
    for k, part in enumerate(parts):
        m = _ELIDED_END.match(part) if not part.startswith("各") else None  # (各区市政府 is a collective)
        if m:
            j = len(out)
            while j > 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", out[j - 1]) and not plausible_agency(out[j - 1]):
                j -= 1
            out[j:] = [p + m["body"] for p in out[j:]]
        out.append(part)
    return out


def _list_items(text: str) -> list[str]:
    """A list of bodies cut at 、，/；and spaces, but not inside brackets: 沿江各县（市、区）人民政府."""
    out: list[str] = []
    for at, piece in split_outside_brackets(text, "、,，/；;", spaces=True):
        if not piece:
            continue  # (甲局； 乙局: a mark and a space, one break between two bodies)
        if out and text[at - 1] == "、" and (_kinds_before(out[-1], piece) or out[-1] == "各地" and piece[:1] in "市州盟"):
            # 省、自治区、直辖市某局 / 各地、市体改部门 (the prefectures and cities' bureaus): one collective body
            out[-1] += "、" + piece
        else:
            out.append(piece)
    return out


def _agencies(text: str) -> list[str]:
    return [a for a, _ in _marked_agencies(text)]


_NOT_IN_BODY = re.compile(r"[“”\"《》:：]")
_CLAUSE_END = re.compile(r"(的|和|及|等|任务|工作)$")
#: units named by their role in the task, no body: 牵头单位, 各有关部门
_ROLE_UNITS = re.compile(r"(牵头|配合|责任|其它|其他|有关|相关|各有关|协办|承办|主办|该|本|此|上述|所在)?(单位|部门)|各单位")
#: (a county bureau's sections are 股: 业务股, 综合股; a labour bureau's public service is its 人力资源市场, 人才市场;
#: a court's divisions are 庭 and 队: 执行庭, 立案庭, 各人民法庭, 法警队; a state farm's are its 分场: 一分场, 各分场;
#: an association printed short ends in 协: 县科协 (科学技术协会), 市作协, 县政协
#: a grain reserve's depots are 库: 中储粮某某直属库, 某某粮库, 国家储备库, traditional 直屬庫 as printed)
_BODY_END = re.compile(r"(部门|单位|政府|企业|机构|街道|乡镇|镇街|街镇|镇|乡|社区|村|园区|园|县|区|市|专班|[^上公]司|[^炒入]股|[)）]|分场|[林农牧渔茶]场|"
                       r"(?:直[属屬]|[粮糧]|[储儲][备備])[库庫]|"
                       r"[^\W\d_]{2}(?<!家)庭|[^\W\d_]{2}协|[^\W\d_]{2}(?<!团)(?<!部)队|"
                       r"(?:人力资源|人才|劳动力)市场)$")


#: a placeholder where a list of bodies would be: 无, （无）, 暂无
_PLACEHOLDER = re.compile(r"[(（]?(?:暂)?无[)）]?")
#: a table cell that says no body does the task (a slash, a dash, 无)
_EMPTY_CELLS = ("/", "-", "—", "无")


#: a count of units, no body: 两个处室, 三个部门, 多家单位 (注：…列有两个处室的，两个处室共同牵头)
_COUNTED_UNITS = re.compile(r"^[两一二三四五六七八九十几多数0-9]+[个家]")


def plausible_agency(name: str) -> bool:
    """A body's name: ends like one (局, 委员会, 人民政府, 公司 …) or is a collective one (各县区人民政府,
    区直各部门); no quotes or colons, no sentence words, no count of units (两个处室)."""
    if _NOT_IN_BODY.search(name) or _CLAUSE_END.search(name) or _ROLE_UNITS.fullmatch(name) \
            or _PLACEHOLDER.fullmatch(name) or _COUNTED_UNITS.match(name):
        return False
    if name in ("各地", "各部门"):
        return True  # 各地、各部门配合: every locality and every department, as printed
    return bool(AGENCY_END_RE.search(name)) or bool(_BODY_END.search(name))


def _assign(task: str, role: str, text: str, span, others: str = "responsible") -> list[Assignment]:
    """A list of agencies under one role; where some are marked （牵头）, they lead and the rest keep
    ``others`` (the column's role, or 配合 where the notice says the others support); a body marked （配合）
    supports."""
    marked = _marked_agencies(text)
    rest = "support" if others == "support" and role != "lead" and any(m == "lead" for _, m in marked) else role
    return [Assignment(task=task, role=mark or rest, agency=a, span=span) for a, mark in marked]


def _parenthesised(text: str) -> list[str]:
    """Top-level parenthesised groups of a line (nested brackets kept inside); a plan may close an item
    with its units in tortoise-shell brackets as well: 〔某局牵头，某局、某局参与〕."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（〔":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch in ")）〕" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:i])
    if depth == 1 and len(text) - start >= 4:
        out.append(text[start:])  # (某局牵头,某局等按职责分: a page cut inside its last parenthesis)
    return out


def _verb_segments(task: str, text: str, span) -> list[Assignment]:
    """``X牵头，Y、Z配合`` / ``X负责`` inside parentheses: one role per segment."""
    out: list[Assignment] = []
    depth, seg, segments = 0, "", []
    text = re.sub(r"(牵头|配合|负责)、", r"\1，", text)  # 由X牵头、Y配合
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if ch in "，,；;。" and depth == 0:  # (X牵头，Y负责落实。以下各项…: a sentence ends the chain)
            segments.append(seg)
            seg = ""
        else:
            seg += ch
    segments.append(seg)
    for seg in _join_verbless(segments):
        seg = re.sub(rf"^{ENUM}\s*", "", seg.strip(SPACES))  # ①由X统一负责，Y牵头: the item's enumerator
        m = _SEGMENT_RE.match(re.sub(r"^[^:：]{2,8}[:：]", "", strip_final_punct(seg.strip())))  # 部门分工：X牵头
        # (A的组织开展由X具体负责: a clause naming its work, read by the clause readers; 各单位主要负责人参加: persons)
        if m and "由" not in m["agencies"] and not _PERSONS_OF_UNITS.search(m["agencies"].strip(SPACES)):
            role = _VERB_ROLE.get(m["verb"], "responsible")
            out += [Assignment(task=task, role=role, agency=a, span=span) for a in _agencies(m["agencies"])]
    return out


def _duty_with_support(task: str, sentence: str, span) -> list[Assignment]:
    """The rows of a chain of roles without a lead (``X负责，Y、Z配合``): the bodies that answer for the item and
    the ones that help them; none where the sentence names only one of the two (``X负责技术指导``)."""
    got = _verb_segments(task, sentence, span)
    roles = {a.role for a in got}
    return got if roles == {"responsible", "support"} else []


def _join_verbless(segments: list[str]) -> list[str]:
    """``X、Y牵头；Z、W，U、V配合``: a comma between two lists of bodies is not the end of a role,
    so a segment of bodies with no verb of its own goes on into the next one."""
    out: list[str] = []
    carry = ""
    for seg in segments:
        seg = seg.strip(SPACES)
        if _SEGMENT_RE.match(strip_final_punct(seg)) or not seg:
            out.append(carry + seg)
            carry = ""
        elif _marked_agencies(seg) and len(_marked_agencies(seg)) == len(_list_items(nfkc(seg))):
            carry += seg + "、"
        else:
            out.append(carry + seg if carry else seg)
            carry = ""
    return out + ([carry.rstrip("、")] if carry else [])


#: a note that the bodies a list does not mark support the ones it does
_OTHERS_SUPPORT = re.compile(r"其余(?:的)?(?:为|是)?(?:配合|协办|参与)")


def _first_lead(rows: list[Assignment], first_leads: bool, since: int = 0, several: bool = False) -> list[Assignment]:
    """A table's rows where the notice says the first body listed leads (本方案所列责任单位中，排名第一位的为牵头单位):
    of each task without a lead of its own, the first responsible body (a body alone in its cell too, unless the
    note speaks only of ``several`` bodies) leads; a 配合 column keeps its role. Rows before ``since`` (the attachment
    the note stands in) are left as they are."""
    if not first_leads:
        return rows
    led = {a.task for a in rows if a.role == "lead"}  # (a table with a 牵头 column of its own)
    count = Counter(a.task for a in rows if a.role == "responsible")
    led |= {t for t, n in count.items() if several and n < 2}  # (责任单位有两个以上的，排名第一位的为牵头单位)
    out = []
    for a in rows:
        if a.role == "responsible" and a.task not in led and a.span[0] >= since:
            led.add(a.task)
            a = Assignment(task=a.task, role="lead", agency=a.agency, span=a.span)
        out.append(a)
    return out


#: an item with its bodies after a gap of spaces, a table printed without its rules:
#: 1.统一服务站标识　　★县甲中心、各乡镇人民政府
_GAPPED_ITEM = re.compile(rf"^[{SPACES}]*{ENUM}[{SPACES}]*(?P<task>[^，,。；;:：{SPACES}]{{2,40}})[ \u3000]{{2,}}"
                          rf"(?P<units>[^。；;:：{SPACES}]{{2,200}})[{SPACES}]*$")


def _gapped_items(lines, others: str, used: set[int]) -> tuple[list[Assignment], set[int]]:
    """Items whose line is a task, a gap, then nothing but a list of bodies (the lead marked ★ where the notice
    says so, the others ``others``): read where two or more lines take that shape."""
    found = []
    for k, line in enumerate(lines):
        m = _GAPPED_ITEM.match(nfkc(line.text)) if k not in used else None
        units = [a for a, _ in _marked_agencies(m["units"])] if m else []
        if m and units and len(units) == len(_list_items(_LEAD_SIGNS.sub("", m["units"]))):
            found.append((k, m))
    if len(found) < 2:
        return [], set()
    facts = [a for k, m in found
             for a in _assign(strip_final_punct(m["task"]), "responsible", m["units"], (lines[k].start, lines[k].end),
                              others)]
    return facts, {k for k, _ in found}


#: a task record's bracketed number before its heading: 【任务1】某任务
_RECORD_NO = re.compile(r"^(?P<indent>[ \t\u3000]*)【(?:任务|事项|工作|项目)?(?P<n>[0-9]{1,3})】(?=[\u4e00-\u9fff“])")
#: an item's number closed by an ideographic full stop for its dot: 1。科学编制规划。以…为重点 (a short heading follows)
_STOP_ENUMERATOR = re.compile(r"^(?P<indent>[ \t\u3000]*)(?P<n>[0-9]{1,2})。(?=[\u4e00-\u9fff“][^。]{1,30}。)")
#: a record's role field with an arrow for its colon: 牵头单位→甲;乙 (its bodies split by ;)
_ARROW_FIELD = re.compile(rf"^(?P<label>[ \t\u3000]*(?:{_LABEL_WORDS})(?:{_UNIT_WORDS}))[ \t\u3000]*(?:→|->|=>)(?P<units>.*)$")

#: a table's row printed on one line with bars between its cells, its units' cell labelled by role (the number's,
#: the task's cells before it): 1▕某任务▕【牵头】甲厅【配合】乙厅 or 2｜某任务｜牵头单位：甲局；配合单位：乙局
_LABELLED_ROW = re.compile(r"^(?P<indent>[ \t\u3000]*)(?P<n>[0-9]{1,3})[ \t\u3000]*[|｜│┃▕▏][ \t\u3000]*"
                           r"(?P<task>[^|｜│┃▕▏]{2,150}?)[ \t\u3000]*[|｜│┃▕▏][ \t\u3000]*")


def _arrow_record(line: Line) -> Line:
    """A line of a task record a crawl printed as data, in the form the plan's own items take: ``【任务1】某任务``
    is ``1.某任务``; a row ``1▕某任务▕【牵头】甲`` whose units' cell is labelled is ``1.某任务。【牵头】甲``; ``牵头单位→甲;乙`` is ``牵头单位：甲、乙``; other lines as they are (its span kept)."""
    text = nfkc(line.text)
    if m := _RECORD_NO.match(text):
        return Line(line.start, line.end, f"{m['indent']}{m['n']}." + text[m.end():])
    if m := _STOP_ENUMERATOR.match(text):  # 1。某任务。 (a copy that printed the enumerator's dot as 。)
        return Line(line.start, line.end, f"{m['indent']}{m['n']}." + text[m.end():])
    if (m := _LABELLED_ROW.match(text)) and _LABEL_RE.match(text[m.end():]):  # 1▕某任务▕【牵头】甲【配合】乙
        return Line(line.start, line.end, f"{m['indent']}{m['n']}.{m['task'].strip(SPACES)}。" + text[m.end():])
    if m := _ARROW_FIELD.match(text):
        units = re.sub(r"[ \t\u3000]*[;；][ \t\u3000]*", "、", m["units"].strip())
        return Line(line.start, line.end, f"{m['label']}：{units}")
    return line


#: a rule of a table drawn in ASCII: +----+------+ (or +====+)
_ASCII_RULE = re.compile(r"^[ \t\u3000]*\+(?:[-=]+\+)+[ \t\u3000]*$")
#: a row of such a table: | 1  | 某任务 | 县某局、县 |
_ASCII_ROW = re.compile(r"^[ \t\u3000]*\|.*\|[ \t\u3000]*$")


def _ascii_boxes(lines: list[Line]) -> list[Line]:
    """Tables drawn in ASCII (``+----+----+`` rules, ``|`` between cells, a cell wrapped over lines between two
    rules) redrawn in box characters, so the box-table reader reads each cell whole (县水利局、龙溪镇人民 / 政府);
    a run of ``|`` rows with no ``+--+`` rule above it (a Markdown table) is left as it is. Spans are kept."""
    out = list(lines)
    k = 0
    while k < len(out):
        if not _ASCII_RULE.match(out[k].text) or k + 1 >= len(out) or not _ASCII_ROW.match(out[k + 1].text):
            k += 1
            continue
        j = k
        while j + 1 < len(out) and (_ASCII_RULE.match(out[j + 1].text) or _ASCII_ROW.match(out[j + 1].text)):
            j += 1
        for n in range(k, j + 1):
            text = out[n].text
            if _ASCII_RULE.match(text):
                edge = "┌" if n == k else "└" if n == j else "├"
                text = text.replace("+", edge, 1).replace("+", "┼").replace("=", "-")
            else:
                text = text.replace("|", "│")
            out[n] = Line(out[n].start, out[n].end, text)
        k = j + 1
    return out


#: a sharing site's chunk number opening a line: 3、队伍建设。… (the chunk cut the document anywhere)
_CHUNK_OPEN = re.compile(r"^[ \t\u3000]*(?P<n>[1-9][0-9]{0,2})、")
#: how a line that a chunk's cut ends may not end: a sentence's or a list's end, a closed bracket
_WHOLE_END = re.compile(r"[。！？!?；;：:）)】\]」』”]$")
#: the length of a chunk's text before its cut: a paragraph's run with its breaks lost, no heading
_CHUNK_MIN = 40


def _cut_chunks(lines: list[Line]) -> list[Line]:
    """Lines of a document a sharing site cut into numbered chunks wherever it liked (… 加强基层卫生人才 /
    3、队伍建设。…) joined again: a line that opens with the next chunk's number (1、 2、 3、 … in sequence, the
    first on an earlier line) runs on the long line before it, which ends inside a sentence (no 。；： or closing
    bracket), and is long itself. Spans are kept (the joined line spans both)."""
    seq = [k for k, ln in enumerate(lines) if _CHUNK_OPEN.match(ln.text)]
    numbers = [int(_CHUNK_OPEN.match(lines[k].text)["n"]) for k in seq]
    if not numbers or numbers[0] != 1 or numbers != list(range(1, len(numbers) + 1)) or len(numbers) < 3:
        return lines  # (a plan's own items 1、 2、 …: these start again under each heading, or are too few)
    out: list[Line] = []
    for k, line in enumerate(lines):
        prev = out[-1].text.rstrip(SPACES) if out else ""
        m = _CHUNK_OPEN.match(line.text)
        if m and k != seq[0] and len(prev) >= _CHUNK_MIN and len(line.text.strip(SPACES)) >= _CHUNK_MIN \
                and not _WHOLE_END.search(prev):  # (a plan's own item 3、积极争取政策 is short, a chunk is not)
            out[-1] = Line(out[-1].start, line.end, prev + line.text[m.end():])
        else:
            out.append(line)
    return out


#: the gap before a page's right column on a line the OCR read across two columns of items, the right one opening
#: with its enumerator: （一）水源勘测定点。由县水利局牵头，　　　（四）管网铺设。由各乡（镇）人民政府
_COLUMN_GAP = re.compile(rf"(?<=\S)(?:\u3000{{2,}}|[ \t\u3000]{{4,}})(?={ENUM})")
_ITEM_OPEN = re.compile(rf"[{SPACES}]*{ENUM}")


def _right_column(text: str) -> float | None:
    """The print width where a line of two items side by side (each opening with its enumerator) starts its right
    column, or None."""
    m = _COLUMN_GAP.search(text)
    return print_width(text[: m.end()]) if m and _ITEM_OPEN.match(text) else None


def _split_at(text: str, width: float) -> tuple[str, str] | None:
    """A line of a two-column block cut where its right column starts (a space before it, a character at it): the
    left and the right column's text; None where the line has no such place (it is no line of the block)."""
    for i in range(1, len(text)):
        w = print_width(text[:i])
        if w == width and text[i - 1] in SPACES and text[i] not in SPACES:
            return text[:i].rstrip(SPACES), text[i:].rstrip(SPACES)
        if w > width:
            return None
    return None


def _column_items(pieces: list[tuple[str, Line]]) -> list[Line]:
    """One column's lines joined into its items: a line that opens with an enumerator starts an item, any other runs
    on the item above it (an item wraps inside its column)."""
    out: list[Line] = []
    for text, line in pieces:
        if out and text and not _ITEM_OPEN.match(text):
            out[-1] = Line(out[-1].start, line.end, out[-1].text + text.strip(SPACES))
        elif text:
            out.append(Line(line.start, line.end, text))
    return out


def _read_columns(lines: list[Line]) -> list[Line]:
    """A page printed in two columns of items that the OCR read across (each line the left column's line, a gap, the
    right column's line: ``（一）甲。由县甲局牵头，　　（四）丁。由县丁局`` / ``县乙局配合。　　　　负责，县戊局配合。``) read
    column by column, each item joined again over its lines. The right column starts at one print width on every
    line of the block; a block has at least two lines that open an item in both columns. Spans are kept (an item's
    spans its lines)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        width = _right_column(lines[k].text)
        block: list[tuple[str, str, Line]] = []
        j = k
        while width is not None and j < len(lines) and (cut := _split_at(lines[j].text, width)):
            block.append((*cut, lines[j]))
            j += 1
        if sum(1 for left, right, _ in block if _ITEM_OPEN.match(left) and _ITEM_OPEN.match(right)) < 2:
            out.append(lines[k])
            k += 1
            continue
        out += _column_items([(left, ln) for left, _, ln in block]) + _column_items([(r, ln) for _, r, ln in block])
        k = j
    return out


#: a run of text apart by spaces, with a bare item number joined to its cell: 工作任务 / 1.某任务 / 2. 某任务
_RUN_TOKEN = re.compile(rf"(?:[0-9]{{1,2}}[.、．][{SPACES}]+)?[^{SPACES}]+")


def _column_run(tokens: list[str], i: int) -> int:
    """How many numbered cells 1., 2., … follow the header at token ``i`` in order (0: none)."""
    n = 0
    while i + 1 + n < len(tokens) and (m := _COLUMN_ENTRY.match(nfkc(tokens[i + 1 + n]))) and int(m["n"]) == n + 1:
        n += 1
    return n


def _column_table_run(tokens: list[str]) -> tuple[int, int] | None:
    """The first run of tokens that is a table printed column by column: a task column's header over two numbered
    cells or more, then role columns of as many cells each; ``(first, end)`` token indices, or None."""
    for i, head in enumerate(tokens):
        n = _column_run(tokens, i)
        if n < 2 or not 2 <= len(head) <= 10 or not _TASK_HEAD.search(head) or _header_role(head):
            continue
        j = i + 1 + n
        while j < len(tokens) and 2 <= len(tokens[j]) <= 10 and _column_run(tokens, j) == n:
            j += 1 + n
        if j > i + 1 + n:
            return i, j
    return None


def _run_on_columns(lines: list[Line]) -> list[Line]:
    """A table printed column by column whose line breaks were lost or put anywhere (``…分解表 工作任务`` / ``1.甲任务``
    / ``2.乙任务 牵头单位`` / ``1.甲局`` / ``2.乙局 配合单位 1.丙局 2.— 某市人民政府办公室``): the lines it stands on cut
    again into a header or a cell a line, as _column_tables reads such a table (the text before its first header and
    after its last cell each a line of its own, each piece with its own line's span); other lines as they are."""
    found = [(m.group(), k, m.start(), m.end()) for k, ln in enumerate(lines) for m in _RUN_TOKEN.finditer(ln.text)]
    run = _column_table_run([nfkc(t) for t, *_ in found])
    if not run:
        return lines
    (_, first, at, _), (_, last, _, end) = found[run[0]], found[run[1] - 1]
    before, after = lines[first].text[:at], lines[last].text[end:]
    cut = [Line(lines[k].start, lines[k].end, t) for t, k, *_ in found[run[0]:run[1]]]
    ends = [Line(lines[first].start, lines[first].end, before)] * bool(before.strip(SPACES)) + cut \
        + [Line(lines[last].start, lines[last].end, after)] * bool(after.strip(SPACES))
    return lines[:first] + ends + _run_on_columns(lines[last + 1:])


#: the readers of a plan's tables, in the order they take lines (a later one reads only what the earlier ones left,
#: where it is told what they took), each ``(lines, others, taken) -> (facts, lines it took)``
_TABLE_READERS = (
    lambda lines, others, taken: _flattened_tables(lines, others),
    lambda lines, others, taken: _piped_tables(lines, others),
    lambda lines, others, taken: _spaced_table(lines, others),
    lambda lines, others, taken: _run_on_table(lines, others),
    lambda lines, others, taken: _comma_tables(lines, others),
    lambda lines, others, taken: _box_tables(lines, others),
    lambda lines, others, taken: _glued_tables(lines, others, taken),
    _gapped_items,
    lambda lines, others, taken: _cells_a_line_tables(lines, others),
    lambda lines, others, taken: _column_tables(lines, others),
    lambda lines, others, taken: _serial_column_tables(lines, others),
    lambda lines, others, taken: _keyed_rows(lines, others),
)


def find_assignments(layout: Layout) -> list[Assignment]:
    facts: list[Assignment] = []
    # 注：标注“牵头”的为牵头单位，其余为配合单位 — what the unmarked bodies of a list are
    others = "support" if any(_OTHERS_SUPPORT.search(ln.flat) for ln in layout.lines) \
        else "responsible"
    # 第一责任单位为牵头单位: in a list of responsible bodies the first one leads
    # (an item's own brackets that list its units and end in the note, no 下同: that item's alone)
    notes = [i for i, ln in enumerate(layout.lines) if _FIRST_LEADS.search(ln.flat) and not _OWN_NOTE.search(ln.flat)]
    first_leads = bool(notes)
    several = any(_SEVERAL_ONLY.search(layout.lines[i].flat) for i in notes)  # (有两个以上责任单位的，第一位牵头)
    # (a plan's items each open with the bodies that do them, 县某局负责播放…; in a notice two such items are no division)
    planned = document_kind(layout.title or "") == "plan"
    # (附件2 / 某任务分解表 / （责任单位中排名第一的为牵头单位）: a note inside an attachment governs that attachment and
    # those after it, not the notice's own items before it, whose （X、Y负责） are each responsible)
    since = max((s for s, _ in layout.attachments if s <= notes[0]), default=None) if notes else None
    since = layout.lines[since].start if since is not None else 0
    if notes and _HEADING_RE.match(nfkc(layout.lines[notes[0]].text).strip(SPACES)):
        # 二、任务分工表（各项任务排名第一位的为牵头单位）: a note in a section's heading governs that section, not the
        # items above it
        since = max(since, layout.lines[notes[0]].start)
    task: str | None = None
    led = False  # the task at hand has its lead already
    table: dict[str, int] | None = None
    lines = _ascii_boxes([_arrow_record(ln) for ln in _run_on_columns(_read_columns(_cut_chunks(layout.lines)))])
    used: set[int] = set()  # (the lines a table reader took: the line reader passes over them)
    for reader in _TABLE_READERS:
        found, took = reader(lines, others, used)
        facts.extend(_first_lead(found, first_leads, since, several))
        used |= took
    if not used:  # (a notice of field records only: no table took its lines)
        fielded, used = _field_records(lines, others)
        facts.extend(_first_lead(fielded, first_leads, since, several))
    origin, lines = _split_glued(lines)
    attach_starts = {s for s, _ in layout.attachments}
    outline: dict = {}  # the item above the sub-items at hand: see _outline
    levels = Levels()  # the levels of the notice's enumerator styles, read part by part
    head_lead: tuple[str, int] | None = None  # (一)某厅牵头的工作: the body that leads every item under it
    pending: list[str] = []  # the items under that heading since its last 协同单位 line
    before = ""  # the line before the one at hand
    last_text = ""  # the last line of text, a page's number (— 2 —) passed over: what a heading stands after
    numbered = numbers_headings(nfkc(ln.text) for ln in lines)  # (else a heading may be told by its shape alone)
    served = False  # the task at hand has had its line of units
    section = ""  # the last of the plan's own sections (重点任务, 保障措施 …) a line named
    items_above: list[str] = []  # the items' tasks since the last line that named the units of the items above it
    whole_head: str | None = None  # the last heading alone on its line, whole (its task may be its first clause)
    k = -1
    while k + 1 < len(lines):
        k += 1
        if origin[k] in used:
            continue
        line = lines[k]
        text = _unglued_fields(nfkc(line.text))
        span = (line.start, line.end)
        before, prior = text, before
        leads_here = first_leads and line.start >= since  # (a note in an attachment: not the items above it)
        # (3 | 某任务 | 县某局 | 三、保障措施: the heading in the last cell of a table printed a cell a line)
        heading_alone = strip_final_punct(re.sub(rf"^{ENUM}\s*", "", text.rsplit("\t", 1)[-1].strip(SPACES)).rstrip(":："))
        if len(heading_alone) <= 12 and _SECTION_TITLE.fullmatch(heading_alone):
            section = heading_alone  # 三、保障措施 (or 保障措施 printed without its enumerator): the section at hand
            if "\t" in text:
                outline = {}  # (the heading in a table's last cell: the items above it end there)
        above, last_text = last_text, (text if re.search(r"[\u4e00-\u9fff]", text) else last_text)
        joint = _list_run_on(text, nfkc(lines[k + 1].text), nfkc(lines[k + 2].text) if k + 2 < len(lines) else "") \
            if k + 1 < len(lines) else None
        if joint is not None:
            k += 1  # 协办单位：区民政局、园区党工 / 委、各街道党工委: a list the page broke mid-word (or between bodies)
            text = text.rstrip(SPACES) + joint + nfkc(lines[k].text).strip()
            span = (line.start, lines[k].end)
        if origin[k] in attach_starts:  # 附件1 / 某某专项行动方案 / (某局牵头): the attached plan is the task
            title, k = _attachment_title(lines, k)
            levels = Levels()  # (an attached plan numbers its own way)
            if title:
                task, led, head_lead, pending = title, False, None, []
            continue
        row = cells(text)
        if row is None and table and text.count("|") == 1 and k + 1 < len(lines) and "|" in nfkc(lines[k + 1].text):
            row = text.split("|")  # 2｜某任务的前半 / 后半｜某处｜…: a row whose task cell wrapped after its first bar
        if row and _FOOTER_MARK.search(text):
            row, table = None, None  # 某数据库 版权所有 | 相关法规 (3) | 本篇引用 (1): the site's links, the table is over
        while row and table and "|" in text and not re.search(rf"\|[{SPACES}]*$", text) and k + 1 < len(lines) \
                and len(row) < table["width"] and "|" in nfkc(lines[k + 1].text) and origin[k + 1] not in used:
            # 甲 | 乙 | 市某局 / 市某局 | 2024年 |: a row of | cells the page broke inside a cell (a row with all its
            # cells, 1|某任务|某局|8月底, is whole though no bar closes it)
            k += 1
            text = text.rstrip(SPACES) + " " + nfkc(lines[k].text).strip(SPACES)
            span = (span[0], lines[k].end)
            row = cells(text)
        while row and table and len(row) == table["width"] and _LIST_BROKEN.search(text) and k + 1 < len(lines) \
                and "|" not in nfkc(lines[k + 1].text) and origin[k + 1] not in used:
            # 2 | 某任务 | 甲处 | 乙处、 / 丙处: the row's last cell of bodies broken after a list's mark
            k += 1
            text = text.rstrip(SPACES) + nfkc(lines[k].text).strip(SPACES)
            span = (span[0], lines[k].end)
            row = cells(text)
        more = _wrapped_row(row, table, nfkc(lines[k + 1].text)) \
            if row and k + 1 < len(lines) and origin[k + 1] not in used else None
        if more:  # 4│某任务│甲处│乙处、 / │　│　│　│丙处│11月: the row's open cell wrapped under empty cells
            k += 1
            row, span = more, (span[0], lines[k].end)
        rest = _open_cell_rest(text, table, span, others) if row is None else []
        if rest:  # 5 | 某任务 | 市甲局 | 市乙局、 / 续表 / … / 市丙局: the rest of the row's open cell of bodies
            facts.extend(rest)
            table = {**table, "above": None}
            continue
        if row:
            got, table = _table_row(row, table, span, others)
            first = next((i for i, a in enumerate(got) if a.role == "responsible"), None)
            if leads_here and first is not None and not any(a.role == "lead" for a in got) \
                    and (not several or sum(a.role == "responsible" for a in got) >= 2):
                # the first unit of a row leads (its 配合单位 cell, if any, keeps its role)
                got[first] = Assignment(task=got[first].task, role="lead", agency=got[first].agency, span=got[first].span)
            facts.extend(got)
            if got or table:
                continue
        m = _HEADING_RE.match(text) if not closes_open_bracket(prior, text) else None
        bare = None
        if not m and not numbered and after_paragraph(above) and not _NO_HEAD.search(text.strip(SPACES).split("。")[0]):
            bare = _BARE_HEAD_RE.match(text) if bare_heading(text) is not None else None
            if not bare and k + 1 < len(lines) and _closed_heading(text, nfkc(lines[k + 1].text)):
                bare = _CLOSED_HEAD_RE.match(text)  # 完善分类投放设施。 over its paragraph: the item's heading
        labelled = list(_LABEL_RE.finditer(text))
        if labelled and not m and _site_footer(lines, k):
            # 主办单位：某协会 / 地址：… / 邮编：…: who runs the website, not a task's body (an item, （四）某任务。责任单位：X,
            # is the notice's, however near the page's © below it)
            continue
        if m and task and not bare and _WHO_ITEM.match(m["head"].strip(SPACES)):
            m = None  # ①由X统一负责，Y牵头组织实施: an item that says who does the task at hand, not a task
        if not m and _DIVISION_LABEL.fullmatch(text.strip(SPACES)):
            if outline.get("items", 0) >= 2 and outline.get("facts") == len(facts) and outline.get("parent") \
                    and not _SECTION_TITLE.fullmatch(outline["parent"]):
                # （二）宣传工作 / 1.… 2.… 3.… / 分工与配合： — a division after sub-items that had no units is
                # the item's above them
                task, led, served = outline["parent"], False, False
            continue
        level = levels.of(text) if m else levels.bare() if bare else None
        enumerated = m is not None
        if m and _ITEM_FIELD.match(text[m.start("head"):]):
            # 三、某项实事，对某某实施改造 / (一)责任领导：某某 / (二)责任单位：X: a field of the item above, no item
            # of its own; the item is a record of fields, its heading alone on its line all of it (a project's name)
            task = whole_head if whole_head and task and not served else task
            continue
        m = m or bare  # 加强科技攻关。支持…: an item's heading whose enumerator the copy lost, told by its shape
        if m and head_lead and level <= head_lead[1]:
            head_lead, pending = None, []  # a heading of the same rank ends the lead heading's items
        lead_head = _LEAD_HEAD.match(strip_final_punct(m["head"].strip())) if m else None
        if lead_head and _heading_body(lead_head["lead"]) and _agencies(lead_head["lead"]):
            head_lead, pending, task, led = (_agencies(lead_head["lead"])[0], level), [], None, False
            continue
        if head_lead and not labelled and not m and not any(p for p in pending if p == task) \
                and re.search(r"[\u4e00-\u9fff]{4}", text) and not text.strip(SPACES).startswith("协"):
            m_item = _first_clause(strip_final_punct(text.strip(SPACES)))  # an item printed without an enumerator
            task = strip_final_punct(SENTENCE_END.split(m_item)[0])
            facts.append(Assignment(task=task, role="lead", agency=head_lead[0], span=span))
            pending.append(task)
            led = True
            continue
        if head_lead and labelled and _LABEL_RE.match(text.strip(SPACES)) and pending:
            for lm in labelled:  # 协同单位：X、Y — for every item under the heading since the last such line
                facts += [a for t in pending for a in _assign(t, _role(lm["label"]), lm["agencies"], span, others)]
            pending = []
            continue
        head_clause = re.split(r"[，,。；;]", m["head"])[0] if m else ""  # (1)某项活动由某县政府承办。: the item's own clause
        done = _done_by(head_clause, span) if m and not labelled and _DONE_BY_RE.fullmatch(head_clause) else []
        if done and not head_lead:  # (1)某项活动由某县政府承办。
            facts.extend(done)
            task, led = done[0].task, True
            continue
        if m and not _LABEL_RE.match(text[m.start("head"):]):
            head = _run_in_label(m["head"], text[m.end("head"):])
            # (a heading alone on its line, its body below it, is all of its targets; an item its units close on its
            # line has no heading: its first clause)
            alone = not text[m.end("head"):].strip(SPACES + "。；;")
            outline = _outline(outline, level, _heading_task(head, alone), len(facts))
            task = _heading_task(head, alone)  # a heading, or an item's first clause
            whole_head = strip_final_punct(head.strip(SPACES)) if alone else None
            led = False
            if _SECTION_TITLE.fullmatch(task):
                task = None  # 三、保障措施: a section of the plan, not a task
            else:
                items_above.append(task)
            if task and head_lead:
                facts.append(Assignment(task=task, role="lead", agency=head_lead[0], span=span))
                pending.append(task)
                led = True
        elif task and led and labelled and any(a.role == "lead" for lm in labelled
                                                for a in _assign(task, _role(lm["label"]), lm["agencies"], span)):
            # a second item with its own lead after an item that had one: its enumerator is lost
            # (garbled, or not printed); the words before its units are the item
            before = strip_final_punct(re.sub(r"[(（【\[〔]+$", "", text[: labelled[0].start()]).strip())
            if len(before) >= 4:  # (its heading, where a sentence follows it: 加强科技攻关。支持…)
                task = strip_final_punct(_first_clause(before))
                end = bare_heading(task)
                task = strip_final_punct(task[:end]) if end is not None else task
        if labelled and not m and (task is None or served) and _unnumbered_item(prior) \
                and _LABEL_RE.match(text.strip(SPACES).lstrip("(（")):
            # 甲项工作，具体内容…。 / 责任单位：X、Y — an item printed without an enumerator, its units on
            # the next line: its first clause is the task
            task, led = _unnumbered_item(prior), False
        if labelled and not m and task is None and labelled[0].start() > 0:
            # a page that opens inside a list of items: 甲项工作，具体内容…。(责任单位：X、Y) with no heading above it
            task = _unnumbered_item(re.sub(r"[(（【\[〔]+$", "", text[: labelled[0].start()].strip(SPACES)))
        closing = _CLOSING_UNITS.search(text) if not m and not labelled else None
        # (under a heading, the first of two such items is an item too, not the heading's body)
        item = _unnumbered_item(_before_units(text, closing)) \
            if closing and (task is None or served or _closed_item(lines[k + 1] if k + 1 < len(lines) else None)) else None
        if item:  # 甲项工作，具体内容…。(X牵头，Y配合) — an item without an enumerator, its units closing it
            task, led = item, False
        if m:
            served = False
        above_units = _UNITS_OF_ITEMS.match(strip_final_punct(text.strip(SPACES))) if not m and not labelled else None
        count = (1 if not above_units["n"] else _cn_number(above_units["n"].replace("两", "二"))
                 if not above_units["n"].isdigit()
                 else int(above_units["n"])) if above_units else 0
        if 0 < count <= len(items_above):
            # 1.甲目标； 2.乙目标； / 2项目标的责任单位均为X。 — the units of the items above the line
            got = [a for t in items_above[-count:] for a in _assign(t, "responsible", above_units["units"], span)]
            if got:
                facts.extend(got)
                items_above, served = [], True
                continue
        if task is None:  # 会议决定：A由X牵头，Y落实；B由Z牵头，W落实 — each clause its own task
            facts.extend(_clause_tasks(text, span))
            continue
        # 1.甲任务 / (1)… (2)… / (责任单位：X) or (X负责) or 本项由X牵头，Y配合。: units on a line of their own after
        # sub-items that have none are the item's above them
        units_for = _units_after_sub_items(outline, len(facts), text, bool(labelled)) if not m else None
        if units_for and not labelled:
            task = units_for  # (the verb readers below read the line for the task at hand)
        units_for = units_for or task
        for lm in labelled:
            if lm["label"] in _JOINING_LABELS and not led:
                continue  # 参加单位：X with no lead before it: who attends (a meeting's list), not who helps with a task
            got = _assign(units_for, _role(lm["label"]), lm["agencies"], span, others)
            # (（责任单位：X、Y、Z，排名第一位的为牵头单位）: a note in the item's own brackets, for that item alone)
            note = _FIRST_LEADS.search(text, lm.start())  # (the note's 牵头单位 ends the label's list: its start is in it)
            own_note = bool(note) and note.start() < lm.end()
            if (leads_here and (not several or len(got) >= 2) or own_note) and got \
                    and all(a.role == "responsible" for a in got) and not led:
                got[0] = Assignment(task=got[0].task, role="lead", agency=got[0].agency, span=got[0].span)
            facts.extend(got)
            led = led or any(a.role == "lead" for a in got)
        if labelled:
            served = True
            continue
        after = [a for sentence in SENTENCE_END.split(text) for am in _ROLE_AFTER_RE.finditer(sentence)
                 if not re.search(r"其他|其余|第一|排名|列入|标注|的", am["agencies"])  # a note on the roles
                 for a in _assign(task, _role(am["label"]), am["agencies"], span, others)]
        facts.extend(after)
        if after:
            continue
        verbs = [a for group in _parenthesised(text) for a in _verb_segments(task, group, span)]
        if verbs and all(a.role == "responsible" for a in verbs) \
                and (leads_here and len(verbs) >= 2 or any(_FIRST_LEADS.search(g) for g in _parenthesised(text))):
            # (A、B、C等负责，列第一位者为牵头单位，下同): the first of the bodies responsible leads; a note elsewhere
            # in the notice makes no lead of a body alone in its brackets ((某局负责), as the spec reads it)
            verbs[0] = Assignment(task=verbs[0].task, role="lead", agency=verbs[0].agency, span=verbs[0].span)
        if not verbs:  # (X、Y、Z。列第一位者为牵头单位): the units with no verb, the note in their brackets: the first leads
            for group in _parenthesised(text):
                note = _FIRST_LEADS.search(group)
                listed = _LISTED_BEFORE_NOTE.match(group[:note.start()]) if note else None
                got = _assign(task, "responsible", listed["units"], span) if listed else []
                if got:
                    got[0] = Assignment(task=task, role="lead", agency=got[0].agency, span=span)
                    verbs += got
        if not verbs:  # 市投资合作局牵头，宝鸡高新区管委会、各县区人民政府负责。
            sentences = SENTENCE_END.split(text)  # X负责牵头落实；Y负责配合: the chain goes on past the ；
            # (处室分工：X负责。 / 部门分工：X、Y负责。: a line of the item's division, the bodies after its label)
            verbs = [a for sentence in sentences if "牵头" in text or _DIVISION_LINE.match(text.strip(SPACES))
                     for a in _verb_segments(task, sentence, span)]
        if not verbs:  # 县某办负责，各乡镇人民政府、县直各部门配合，某月底前完成: one body answers, others support
            verbs = [a for sentence in SENTENCE_END.split(text) for a in _duty_with_support(task, sentence, span)]
        if (not verbs or all(a.role == "lead" for a in verbs)) and _TOGETHER_RE.search(text):
            # 由X会同Y、Z等部门负责落实 / 由X牵头,会同Y、Z等部门加大…: X leads, the others support
            verbs = []
            for cm in _TOGETHER_RE.finditer(text):
                verbs += [Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(cm["lead"])]
                verbs += [Assignment(task=task, role="support", agency=a, span=span) for a in _agencies(cm["support"])]
        facts.extend(verbs)
        if verbs and "牵头" in text and not any(a.role == "lead" for a in verbs):
            # 由X统一负责，Y牵头组织实(…: a page cut inside the verb): Y leads all the same
            named = {a.agency for a in verbs}
            verbs += [Assignment(task=task, role="lead", agency=a, span=span) for vm in _VERB_RE.finditer(text)
                      for a in _agencies(vm["lead"]) if a not in named and plausible_agency(a)
                      and not re.search(r"要|应|须|切实|认真|负责", a)]
            facts.extend(a for a in verbs if a.agency not in named)
        if not verbs:
            for vm in _VERB_RE.finditer(text):
                if re.search(r"负责|^与", vm["lead"].strip(SPACES)):
                    continue  # 全面负责与市、区及相关部门牵头协调: a duty's words before 牵头, no body that leads
                verbs += [Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(vm["lead"])
                          if plausible_agency(a) and not re.search(r"要|应|须|切实|认真", a)]  # 各牵头单位要切实履行…
                if vm["support"] and not _PERSONS_OF_UNITS.search(vm["support"]):
                    verbs += [Assignment(task=task, role="support", agency=a, span=span)
                              for a in _agencies(vm["support"])]
            facts.extend(verbs)
        if not verbs:  # 由X承办，Y、Z配合 / A由X组织实施，Y配合: X carries the item out, the others support
            verbs = _done_with_support(task, text, span)
            facts.extend(verbs)
        served = served or bool(verbs)
        if not verbs:  # 甲项工作。…。X、Y负责。: the sentence that closes the item names who carries it out
            verbs = _closing_sentence(task, text, span, own_line=not m and not served)
            facts.extend(verbs)
        if not verbs and not _NOT_A_TASK_SECTION.search(outline.get("parent") or section) \
                and not (_NOT_A_TASK_HEAD.search(task) and not (_TASKS_SECTION.search(section) and _SAFEGUARD_ITEM.search(task))) \
                and not re.search(r"负责|设在|设于|^(?:工作|主要)?职责", task) and len(task) >= 5:
            # (工作职责领导小组负责…: a heading run on into its body; a heading of four characters is a section's
            # own, 保障措施 / 工作要求, not a task, however garbled its characters)
            # 甲项工作。X负责制定…，Y负责具体实施。: clauses of the item's body that open with who does it (not under
            # 三、保障措施 / 组织实施: how the plan is carried out, not its tasks)
            # (the heading alone on the line above: 四、某项工作。 / X负责…: the line is the item's body)
            alone = not m and task in prior and len([x for x in SENTENCE_END.split(prior) if x.strip(SPACES)]) == 1 \
                and bool(_HEADING_RE.match(prior))
            # ((一)县某局负责播放专题节目。…: the item's first sentence is its body's duty, its task the work)
            own = bool(m) and enumerated and not alone and planned and bool(_item_duty(m["head"]))
            verbs = _opening_duties(task, text[m.start("head"):] if own else text, span, 0 if alone or own else 1) \
                if m and enumerated or alone else []
            # (a heading told by its shape alone opens no item whose body names who does it: 今年某某工作即将开始。
            # 各乡镇人民政府负责…, a notice's prose)
            facts.extend(verbs)
        if not verbs:  # （市教育局，市委农办，各县（市、区）人民政府）: a bare list of units closing the item
            verbs = _closing_units(task, text, span, leads_here, several, planned)
            facts.extend(verbs)
        if not verbs:  # ②礼宾人员由市外事办组织实施。 / …。具体实施由办公室、综合股承办。
            facts.extend(_done_alone(task, text, span))
    # 分别由A、B牵头X职责和Y职责，各成员单位配合: leads and tasks paired in order
    for line in lines:
        facts += _respectively(nfkc(line.text), (line.start, line.end))
        facts += _paired(nfkc(line.text), (line.start, line.end))
    facts += _unit_duties(lines, facts)
    lone: list[Assignment] = []  # duties given to a body in a sentence of its own: read last, on lines nothing else read
    facts = _duty_clauses(lines, facts, nfkc(layout.title or ""), lone)
    facts += _work_done_by(lines, facts)
    facts += _reported_duties(lines)
    # 以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出: bodies for every later task
    for k, line in enumerate(lines):
        sm = _STANDING_RE.search(nfkc(line.text))
        if sm:
            later = dict.fromkeys(f.task for f in facts if f.span[0] > line.end)
            facts += [Assignment(task=t, role="responsible", agency=a, span=(line.start, line.end))
                      for t in later for a in _agencies(sm["agencies"])]
    if not facts:
        for line in lines:
            facts += _divided_duties(nfkc(line.text), (line.start, line.end))
    if not facts:
        facts += _whole_work_lead(layout)
    facts += _led_systems(lines)
    read = {f.span[0] for f in facts}
    facts += [a for a in lone if a.span[0] not in read]
    return unique(facts, key=lambda f: (f.task, f.role, f.agency))


#: the body that leads the work a whole notice is about: 这项工作由省某委抓总 / 此项工作由市某局牵头负责
_WHOLE_WORK_RE = re.compile(r"(?:^|(?<=[。；;]))(?:这项|此项|该项|本项|上述|以上|此次|本次|这次)[^，,。；;由]{0,10}?工作由"
                            r"(?P<lead>[^，,。；;由]{2,30}?)(?:统一)?(?:抓总|总牵头|牵头负责|牵头组织|牵头)(?=$|[，,。；;])")
#: a notice's title without its frame: (某某人民政府办公厅)关于 <subject> 的通知
_TITLE_SUBJECT = re.compile(r"^(?:.{0,30}?)?关于(?P<subject>.{4,60}?)的(?:通知|紧急通知|函|意见|通告)$")


def _whole_work_lead(layout: Layout) -> list[Assignment]:
    """A notice with no task items that names the body leading its whole work (这项工作由省某委抓总): that
    body leads the notice's subject, as its title names it (关于做好某某工作的通知 -> 做好某某工作)."""
    tm = _TITLE_SUBJECT.match(nfkc(layout.title or "").strip(SPACES))
    if not tm or re.match(r"印发|转发|批转|公布", tm["subject"]):
        return []  # (关于印发某某方案的通知: the plan's own items name their bodies)
    out: list[Assignment] = []
    for line in layout.lines:
        for wm in _WHOLE_WORK_RE.finditer(nfkc(line.text).strip(SPACES)):
            units = _agencies(wm["lead"])
            if units and all(plausible_agency(u) for u in units):
                out += [Assignment(task=tm["subject"], role="lead", agency=u, span=(line.start, line.end)) for u in units]
    return out


#: a standing arrangement set up under a lead body: 同意建立由某部牵头的某某工作部际联席会议制度,
#: 决定建立由市某局和市某委牵头的某某联席会议制度 (the arrangement, as printed, is the task the body leads)
_LED_SYSTEM_RE = re.compile(r"(?:建立|设立|成立|组建|实行)(?:了)?由(?P<lead>[^，,。；;由“”]{2,60}?)(?:共同)?牵头(?:负责)?的"
                            r"(?P<system>[^，,。；;、由的]{4,80}?(?:制度|机制))(?=$|[，,。；;(（])")


def _led_systems(lines) -> list[Assignment]:
    """``建立由X牵头的Y制度``: X leads Y (a 联席会议制度 or 工作机制, named as printed), one row per body."""
    out: list[Assignment] = []
    for line in lines:
        text = nfkc(line.text)
        if "牵头的" not in text:
            continue
        for m in _LED_SYSTEM_RE.finditer(text):
            system = _WHITESPACE.sub("", m["system"])
            units = _agencies(re.sub(r"(?<=[局委厅办部署院会心])(?:和|及|以及|与)(?=\S)", "、", m["lead"]))
            if units and all(plausible_agency(u) for u in units):
                out += [Assignment(task=system, role="lead", agency=u, span=(line.start, line.end)) for u in units]
    return out


#: one body's share of a division of work in prose: 省甲厅负责某某地区的普查工作
_SHARE_RE = re.compile(r"^(?P<agency>[省市县区州旗][\u4e00-\u9fff]{1,15}?(?:厅|局|委|办|委员会|人民政府|中心))负责"
                       r"(?P<task>[^，,。；;]{4,60}?工作)$")


#: lines of a website's footer: its address, post code, telephone, licence, copyright
_FOOTER_WORDS = re.compile(r"^(?:地\s*址|邮\s*编|电\s*话|传\s*真|邮\s*箱|网站标识码|备案|技术支持|版权所有|联系我们|"
                           r"Copyright|©|ICP|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP)", re.I)


_FOOTER_MARK = re.compile(r"ICP备|版权所有|Copyright|©", re.I)
#: a site's sponsor and host on one line, bare labels (主办:某县人民政府办公室  承办:某县融媒体中心)
_SPONSOR_AND_HOST = re.compile(r"^主\s*办[:：][^:：]{2,40}?[ \u3000]+承\s*办[:：][^:：]{2,40}$")


def _site_footer(lines, k: int) -> bool:
    """Line ``k`` is in a website's footer (主办单位：某某 beside 地址：/ 电话：/ ICP备…, or 版权所有 on the line
    itself): the nearest non-empty lines around it are footer lines."""
    if _FOOTER_MARK.search(nfkc(lines[k].text)) or _SPONSOR_AND_HOST.match(nfkc(lines[k].text).strip(SPACES)):
        return True  # 主办单位：某局 版权所有
    if any(_FOOTER_WORDS.search(part) for part in re.split(r"[ \u3000]+", nfkc(lines[k].text).strip(SPACES))[1:]):
        return True  # 【关闭窗口】主办：某局　　地址：某市某路: the footer's fields run on one line
    near = [nfkc(lines[j].text).strip(SPACES) for j in range(max(0, k - 3), min(len(lines), k + 4)) if j != k]
    return any(_FOOTER_WORDS.search(t) or _FOOTER_MARK.search(t) for t in near if t)


def _divided_duties(text: str, span) -> list[Assignment]:
    """A notice without task items that divides a work between bodies in one sentence, each clause
    a body and its share: 省甲厅负责陆地部分的工作，省乙局负责海域部分的工作 — each body is responsible
    for its share (two or more shares to the sentence; a lone 负责 clause is a duty, not a division)."""
    out: list[Assignment] = []
    for sentence in SENTENCE_END.split(text):
        shares = [m for clause in _COMMA.split(_WHITESPACE.sub("", sentence)) for m in [_SHARE_RE.match(clause)] if m]
        if len(shares) >= 2:
            out += [Assignment(task=m["task"], role="responsible", agency=m["agency"], span=span) for m in shares]
    return out


#: a line that is only a parenthesis of units: (责任单位：X、Y)
_OWN_LINE_UNITS = re.compile(r"^[（(][^()（）]{0,6}[:：]")
#: a line that is only the units and their verbs: (县某站负责) / (X牵头，Y配合) / 本项由X牵头，Y配合。 / 由X牵头，Y、Z配合。
_VERB_UNITS_ALONE = re.compile(r"^(?:[（(][^()（）:：]{2,200}?(?:牵头|负责|配合)[^()（）:：]{0,20}[)）]|"
                               r"(?:本项|该项|此项|这项)?(?:工作|任务)?由[^，,。；;:：()（）]{2,60}?(?:牵头|负责)"
                               r"(?:[，,][^。；;:：]{2,200}?(?:配合|协助|参与))?)[。；;]?$")


def _units_after_sub_items(outline: dict, n_facts: int, text: str, labelled: bool) -> str | None:
    """The item a line of units alone names the units of, where it stands after two or more sub-items that named
    none (1.甲任务 / (1)… (2)… / (X负责)): the item above them (see _outline); None for any other line. ``labelled``:
    the line reads as labels (责任单位：X), else as verbs (X牵头，Y配合)."""
    if outline.get("items", 0) < 2 or outline.get("facts") != n_facts or not outline.get("parent"):
        return None
    alone = _OWN_LINE_UNITS if labelled else _VERB_UNITS_ALONE
    return outline["parent"] if alone.match(text.strip(SPACES)) else None


def _outline(outline: dict, rank: int, task: str, n_facts: int) -> dict:
    """The item a run of sub-items is under: {parent, rank of the sub-items, how many, facts when the first began}.
    A heading one rank deeper than the last starts a run; a sibling counts; a shallower heading ends it."""
    last = outline.get("last")
    if last and rank > last[0]:
        return {"parent": last[1], "rank": rank, "items": 1, "facts": n_facts, "last": (rank, task)}
    if outline.get("rank") == rank:
        return {**outline, "items": outline["items"] + 1, "last": (rank, task)}
    return {"last": (rank, task)}


def _attachment_title(lines, k: int) -> tuple[str | None, int]:
    """The title of the attachment whose mark is line ``k`` (``附件1　某某方案``, or the mark alone and the title
    on the next line), and the last line it takes; None for the cover letter's list (附件： / 1.某某方案)."""
    am = _ATTACH_RE.match(nfkc(lines[k].text).strip(SPACES))
    title = (am["title"] or "").strip(SPACES) if am else ""
    if not title and k + 1 < len(lines):
        nxt = nfkc(lines[k + 1].text).strip(SPACES)
        if nxt and not _HEADING_RE.match(nxt) and not re.search(r"[，,。；;：:]", nxt) and len(nxt) <= 60 \
                and not cells(nxt):
            title, k = nxt, k + 1
    return (strip_final_punct(title) or None), k


#: leads and tasks paired in order: 分别由A、B牵头X职责和Y职责，各成员单位配合
_RESPECTIVELY = re.compile(r"分别由(?P<leads>[^，,。；;由]{2,60}?)牵头(?:负责)?(?P<tasks>[^，,。；;]{2,80}?)"
                           r"(?:[，,](?P<support>[^，,。；;]{2,60}?)(?:共同)?(?:配合|协同|参与)[^，,。；;]{0,8})?(?=[，,。；;]|$)")


def _respectively(text: str, span) -> list[Assignment]:
    out: list[Assignment] = []
    for m in _RESPECTIVELY.finditer(text):
        leads = _agencies(m["leads"])
        tasks = [t for t in re.split(r"和|及|、", m["tasks"]) if t]
        if len(leads) < 2 or len(leads) != len(tasks):
            continue
        for lead, task in zip(leads, tasks):
            out.append(Assignment(task=task, role="lead", agency=lead, span=span))
            out += [Assignment(task=task, role="support", agency=a, span=span) for a in _agencies(m["support"] or "")]
    return out


#: matters and the bodies that carry them out paired in order: 甲改革、乙改革和丙改革具体工作分别由A司、B站、C司承担
_PAIRED_RE = re.compile(r"(?:^|(?<=[，,。；;:：]))(?P<tasks>[^，,。；;:：由]{4,120}?)(?:的)?(?:具体|日常)?(?:工作)?分别由"
                        r"(?P<units>[^，,。；;:：由]{4,120}?)(?:负责|承担|承办|组织实施)(?=$|[，,。；;])")


def _duty_units(printed: str, items: str) -> list[str]:
    """The bodies ``printed`` names, where each item of the list ``items`` (the same text as the list is counted)
    reads as a body that can carry a duty; else none (a person, a meeting, words of a sentence)."""
    units = _agencies(printed)
    if units and len(units) == len(_list_items(items)) \
            and all(plausible_agency(u) and not _NOT_DUTY_UNIT.search(u) for u in units):
        return units
    return []


def _paired(text: str, span) -> list[Assignment]:
    """``A、B和C分别由X、Y、Z承担``: X responsible for A, Y for B, Z for C (two lists of one length, of two or more, every
    item of the second a body's name)."""
    out: list[Assignment] = []
    for m in _PAIRED_RE.finditer(text):
        tasks = [t for t in re.split(r"和|及|以及|、", m["tasks"].strip(SPACES)) if t]
        units = _duty_units(m["units"], nfkc(m["units"]))
        if len(units) < 2 or len(units) != len(tasks):
            continue
        out += [Assignment(task=t, role="responsible", agency=u, span=span) for t, u in zip(tasks, units)]
    return out


#: a heading that names the body leading every item under it: （一）某厅牵头的工作, 二、某委负责的任务
_LEAD_HEAD = re.compile(r"^(?P<lead>[^，,。；;:：]{2,30}?)(?:牵头|主办|负责)(?:的)?(?:工作|任务|事项)$")
#: two items a page glued on one line: …左右。(某委负责)(二)某某增长… — cut before the second enumerator
#: (a page flattened to one line keeps a space where its lines broke: …参加) 2.某某… / 一、某某战略 1.某某…; an item
#: may open with a year, 一、主要工作目标 1.2007年是…: a space before it and 年 after its four digits tell it from 1.2)
_GLUED_ITEM = re.compile(r"(?:(?<=[)）。；;:：])[ \u3000]*|(?<=[\u4e00-\u9fff])[ \u3000]+)"
                         r"(?=(?:[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)[\u4e00-\u9fff“]"
                         r"|(?<=[ \u3000])[0-9]{1,2}[.．、](?:19|20)[0-9]{2}年)")


#: a section's heading run into its first item on a page flattened to one line: 二、重点任务(一)完善某某 — cut
#: before the (一) (a section heading is a short run of words right after its 一、, ending where its first item begins)
_GLUED_SECTION = re.compile(r"(?:^|(?<=[。；;:：)）\s]))[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,8}"
                            r"(?=[(（]一[)）][\u4e00-\u9fff])")


def _heading_body(name: str) -> bool:
    """A lead heading's body is an agency, not a leader (某某省长负责的工作 gives no row)."""
    return plausible_agency(name) and not re.search(r"(?:长|主任|书记|主席|同志)$", name)


#: an item's enumerator as a PDF's text prints it, a space before its point (1 .做好某某): no number (2 .5万吨, 第1 .2条)
_PDF_ENUM = re.compile(r"(?<![0-9０-９A-Za-z.．])(?P<n>[0-9０-９]{1,2})[ \u3000]+(?=[.．][\u4e00-\u9fff“])")


def _pdf_enumerators(text: str) -> tuple[str, set[int]]:
    """``text`` with each PDF enumerator closed up (1 .做好 -> 1.做好), and where each of them now starts: an item
    of its own, even glued to the words before it (（一）打好某某攻坚战1 .做好某某: the space inside tells it)."""
    out, starts, at, size = [], set(), 0, 0
    for m in _PDF_ENUM.finditer(text):
        out += [text[at:m.start()], m["n"]]
        size += m.start() - at
        starts.add(size)
        size += len(m["n"])
        at = m.end()
    out.append(text[at:])
    return "".join(out), starts


#: an item's enumerator in Chinese numerals in brackets before the item's words: （一）某某 (not the class of a
#: reservoir or works inside a word, 小（二）型水库: no item's words begin with 型)
_CN_ITEM = re.compile(r"[(（](?P<n>[一二三四五六七八九十]{1,3})[)）](?=[\u4e00-\u9fff“])(?!型)")
_CN_DIGITS = "一二三四五六七八九"


def _cn_number(numeral: str) -> int:
    """一 … 九十九 as a number (0 for what is none)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_DIGITS.find(numeral) + 1 if len(numeral) == 1 else 0
    return (_CN_DIGITS.find(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.find(units) + 1 if units else 0)


def _item_runs(text: str) -> set[int]:
    """Where the items of a run glued on one line begin: （一） then （二） … in their order, each glued to the words
    before it (…专项整治工作（一）某某…责任部门：甲科（二）某某…), a page that ran its lines together. One （一） alone, or
    numbers out of order (第（二）项和第（一）项), are no run."""
    starts: set[int] = set()
    run: list[int] = []
    for m in _CN_ITEM.finditer(text):
        n = _cn_number(m["n"])
        if n == 1:
            starts.update(run if len(run) >= 2 else ())
            run = [m.start()]
        elif run and n == len(run) + 1:
            run.append(m.start())
    starts.update(run if len(run) >= 2 else ())
    return starts


#: a piece that opens with the class inside a word, cut from the words before it (年内完成12宗小 / （二）型水库…):
#: no item's words begin with 型
_IN_WORD_CLASS = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]型")
_WORD_END = re.compile(r"[\u4e00-\u9fff]$")


def _split_glued(lines) -> tuple[list[int], list]:
    """The lines with glued items cut apart, each piece with the index of the line it came from; a piece the
    layout cut at a class inside a word (小（二）型水库) joined again to the words before it."""
    origin, out = [], []
    for k, line in enumerate(lines):
        text, enums = _pdf_enumerators(line.text)
        cuts = sorted({0, len(text)} | enums | _item_runs(text) | {m.end() for m in _GLUED_ITEM.finditer(text)}
                      | {m.end() for m in _GLUED_SECTION.finditer(text)})
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                piece = Line(start=min(line.start + a, line.end), end=min(line.start + b, line.end), text=text[a:b])
                if out and _IN_WORD_CLASS.match(piece.text) and _WORD_END.search(out[-1].text):
                    out[-1] = Line(start=out[-1].start, end=piece.end, text=out[-1].text + piece.text)
                    continue
                origin.append(k)
                out.append(piece)
    return origin, out


#: a clause that names its task, who leads it and who carries it out: A由X牵头，Y落实
_CLAUSE_TASK_RE = re.compile(r"(?:^|(?<=[。；;:：]))(?P<task>[^，,。；;:：由]{2,40}?)由(?P<lead>[^，,。；;由]{2,30}?)牵头[，,]"
                             r"(?P<units>[^，,。；;]{2,80}?)(?:负责)?(?:落实|实施|承办|负责)(?=$|[，,。；;])")


#: a line after a plan's items that names the units of the last of them: 4项目标的责任单位均为X / 该项目标责任单位为X、Y
#: (no number: the item above alone)
_UNITS_OF_ITEMS = re.compile(r"^(?:以上|上述|上列)?(?:(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})项|该项?|此项|本项)"
                             r"(?:目标|任务|指标|工作)(?:的)?(?:责任单位|承办单位|落实单位)(?:均|都|统一)?(?:为|是)"
                             r"(?P<units>[^，,。；;:：]{2,120})$")


#: a clause that names its task and the body that does it, and nothing after the verb: A由X负责 / A由X承办
#: (not A(由X负责…): the item's units in its brackets, read with the brackets' note on who leads)
_DONE_BY_RE = re.compile(r"(?:^|(?<=[。；;:：，,]))(?P<task>[^，,。；;:：由]{2,40}?)(?<![(（〔])由(?P<units>[^，,。；;由]{2,30}?)(?:负责|承办)"
                         r"(?=$|[，,。；;])")


#: a sentence that hands the item to a body and names the bodies that help, with no 牵头 in it:
#: 由X承办，Y、Z配合 / A由X组织实施，Y配合 / A由X和Y组织，Z等部门协助 / 清理沿线垃圾，由X负责，Y配合 (the clause
#: that opens with 由 after the work's own clause)
_DONE_WITH_SUPPORT_RE = re.compile(r"(?:^|(?<=[。；;:：，,]))[^，,。；;:：由]{0,60}?由(?P<units>[^，,。；;:：由]{2,40}?)(?:具体|统一)?"
                                   r"(?:承办|负责组织实施|负责实施|负责落实|组织实施|负责|组织|落实|实施)[，,]"
                                   r"(?P<support>[^，,。；;:：由]{2,80}?)(?:等)?(?:部门|单位)?(?:配合|协助|协办)"
                                   r"(?:实施|落实|工作)?(?=$|[。；;，,])")  # (…配合，每年培育龙头企业2家: a clause after it)


def _two_bodies(text: str) -> str:
    """``X局和Y部``: two bodies where the words before 和 already name one (not 住房和城乡建设局)."""
    left, sep, right = text.partition("和")
    return f"{left}、{right}" if sep and plausible_agency(left) and plausible_agency(right) else text


def _done_with_support(task: str | None, text: str, span) -> list[Assignment]:
    """``由X承办，Y、Z配合`` under a heading, or ``A由X组织实施，Y配合`` as an item: X responsible, the
    others support; every body must read as one, or the sentence is prose about something else."""
    if not task:
        return []
    out: list[Assignment] = []
    for m in _DONE_WITH_SUPPORT_RE.finditer(_ENUM_PREFIX.sub("", text.strip(SPACES))):
        units, support = _agencies(_two_bodies(m["units"])), _agencies(_two_bodies(m["support"]))
        if units and support and all(plausible_agency(a) for a in units + support):
            out += [Assignment(task=task, role="responsible", agency=a, span=span) for a in units]
            out += [Assignment(task=task, role="support", agency=a, span=span) for a in support]
    return out


#: a clause that hands work to bodies with 由 and a verb of carrying it out, and ends there: 礼宾人员由市外事办组织实施 /
#: 具体实施由办公室、综合股承办 / 奖品由市体育局负责落实 (负责 alone is the clause readers': 由X负责)
_DONE_ALONE_RE = re.compile(r"(?:^|(?<=[。；;:：，,]))[^，,。；;:：由]{0,40}?由(?P<units>[^，,。；;:：由]{2,60}?)(?:具体|统一)?"
                            r"(?:负责组织实施|负责实施|负责落实|组织实施|组织落实|承办)(?=$|[，,。；;])")


#: a division of an item's work clause by clause, each part handed to a body: 证书由甲局提供，奖杯由乙办提供，丙处具体
#: 组织实施 — every clause ``A由X<verb>`` (提供 too, in such a chain) or ``X具体组织实施``, two or more with 由
_DIVIDED_CLAUSE = re.compile(r"^(?:[^，,。；;:：由]{1,40}?由)?(?P<units>[^，,。；;:：由]{2,40}?)(?:具体|统一)?"
                             r"(?:负责组织实施|负责实施|负责落实|组织实施|组织落实|承办|提供|负责提供|落实|负责)$")


def _divided_item(task: str, text: str, span) -> list[Assignment]:
    """``证书由甲局提供，奖杯由乙办提供，丙处具体组织实施``: each body responsible for the item (its first clause the task),
    where every clause of the sentence hands a part to a body and two or more say 由."""
    out: list[Assignment] = []
    for sentence in SENTENCE_END.split(_ENUM_PREFIX.sub("", text.strip(SPACES))):
        clauses = [c.strip(SPACES) for c in re.split(r"[，,]", strip_final_punct(sentence.strip(SPACES)))]
        matches = [_DIVIDED_CLAUSE.match(c) for c in clauses]
        if len(clauses) < 2 or not all(matches) or sum("由" in c for c in clauses) < 2:
            continue
        units = [u for m in matches for u in _duty_units(_two_bodies(m["units"]), _two_bodies(nfkc(m["units"])))]
        if len(units) >= len(clauses):
            out += [Assignment(task=task, role="responsible", agency=a, span=span) for a in units]
    return out


def _done_alone(task: str | None, text: str, span) -> list[Assignment]:
    """``A由X组织实施`` in an item or the paragraph under a heading, no body named to help: X responsible for the
    task at hand; every body must read as one (a person, a meeting gives nothing)."""
    if not task:
        return []
    divided = _divided_item(task, text, span)
    if divided:
        return divided
    out: list[Assignment] = []
    for m in _DONE_ALONE_RE.finditer(text.strip(SPACES)):
        units = _duty_units(_two_bodies(m["units"]), _two_bodies(nfkc(m["units"])))
        out += [Assignment(task=task, role="responsible", agency=a, span=span) for a in units]
    return out


def _done_by(text: str, span) -> list[Assignment]:
    """``一般事项由某区政府负责，日常协调工作由某委负责``: each body responsible for its clause's task."""
    out: list[Assignment] = []
    for m in _DONE_BY_RE.finditer(text):
        units = _agencies(m["units"])
        if units and all(plausible_agency(u) for u in units):
            task = strip_final_punct(_ENUM_PREFIX.sub("", m["task"]).strip(SPACES))
            out += [Assignment(task=task, role="responsible", agency=u, span=span) for u in units]
    return out


#: a sentence in prose that hands a named piece of work to a body: 领导小组的日常工作和某项工作的具体安排由省甲局负责
#:落实 / 某项工作的具体安排，由乙局负责牵头落实 — the work (a noun of work closing it) is the task
#: (… 的事项，由X负责协调 / 由X负责和协调 / 仍由X负责: a census notice's division of its matters between
#: the bodies of its group — the verb may go on with 协调, 落实 …, and the work may stay with a body: 仍由)
_WORK_DONE_BY_RE = re.compile(r"(?:^|(?<=[。；;:：，,]))(?P<task>[^，,。；;:：由“”]{4,40}?(?:工作|安排|事项|事宜))[，,]?"
                              r"(?:仍然|仍|继续|统一)?由(?P<units>[^，,。；;由]{2,40}?)(?P<verb>负责牵头|牵头负责|负责|承办|组织)"
                              r"(?:组织|统筹)?(?:(?:和|并)?(?:协调|落实|实施|推进|解决)){0,2}"
                              r"(?=$|[，,。；;])")
#: work named by reference, not by what it is: 此项工作, 上述事项, 具体工作
_REFERRED_WORK = re.compile(r"^(?:这|此|该|本|上述|以上|其他|其余|其|各项|有关|相关|具体|日常)[^，,]{0,3}(?:工作|事项|事宜|安排)$")


#: the writer's own place before the work it names, no part of the task: 我市某某工作, 本县某某事项
_OWN_PLACE = re.compile(r"^(?:我|本)(?:省|市|县|区|州|盟|旗|镇|乡|縣|區|鎮|鄉)(?=[\u4e00-\u9fff]{4})")


def _work_done_by(lines, facts: list[Assignment]) -> list[Assignment]:
    """Work a notice hands to a body in a sentence of prose (``某项工作的具体安排由省甲局负责落实``): responsible, or
    lead where the body leads it (负责牵头). A body the line has given a row already is left as read."""
    out: list[Assignment] = []
    for line in lines:
        text = nfkc(line.text).strip(SPACES)
        if "由" not in text:
            continue
        known = {f.agency for f in facts if f.span[0] <= line.start < f.span[1] or f.span[0] == line.start}
        for m in _WORK_DONE_BY_RE.finditer(text):
            task = _OWN_PLACE.sub("", strip_final_punct(_ENUM_PREFIX.sub("", m["task"]).strip(SPACES)))
            units = _agencies(m["units"])
            if _REFERRED_WORK.match(task) or not units or not all(plausible_agency(u) for u in units) \
                    or len(units) != len(_list_items(nfkc(m["units"]))):
                continue
            role = "lead" if "牵头" in m["verb"] else "responsible"
            out += [Assignment(task=task, role=role, agency=u, span=(line.start, line.end))
                    for u in units if u not in known]
    return out


#: a report of a plan telling who will carry out what: 发展改革委、财政部、商务部将负责支持建设某某经济圈，… /
#: 发展改革委、财政部等部门还将负责推动某某… (the bodies before 将负责, the task the clause after it)
_REPORTED_DUTY_RE = re.compile(r"(?:^|(?<=[，,。；;:：]))(?P<units>[^，,。；;:：“”《》]{2,300}?)(?:还|也|均|都)?将"
                               r"(?:共同|分别|具体)?负责(?P<task>[^，,。；;:：]{4,80})")


def _reported_duties(lines) -> list[Assignment]:
    """``X、Y、Z将负责T``: each body responsible for T, where every item before 将负责 is a body's name."""
    out: list[Assignment] = []
    for line in lines:
        text = nfkc(line.text)
        if "将" not in text:
            continue
        for m in _REPORTED_DUTY_RE.finditer(text):
            units = _duty_units(m["units"], _OTHERS_RE.sub("", nfkc(m["units"])))
            if not units:
                continue
            task = strip_final_punct(m["task"].strip(SPACES))
            out += [Assignment(task=task, role="responsible", agency=u, span=(line.start, line.end)) for u in units]
    return out


_ENUM_PREFIX = re.compile(r"^(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")


def _clause_tasks(text: str, span) -> list[Assignment]:
    """Tasks a report of decisions states clause by clause (no numbered items): the bodies that carry
    each out are responsible; a lead that is a body (not a person named) leads."""
    out: list[Assignment] = [a for sentence in SENTENCE_END.split(text)  # a division: two or more in one sentence
                             if len(_DONE_BY_RE.findall(sentence)) >= 2 for a in _done_by(sentence, span)]
    for m in _CLAUSE_TASK_RE.finditer(text):
        task = strip_final_punct(m["task"])
        out += [Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(m["lead"])]
        out += [Assignment(task=task, role="responsible", agency=a, span=span) for a in _agencies(m["units"])]
    for m in _LED_WITH_RE.finditer(text):  # 甲事项按约定执行，…，由X牵头，会同Y、Z等相关单位协商
        task = strip_final_punct(_first_clause(_ARTICLE.sub("", m["task"].strip(SPACES)).strip(SPACES)))
        out += [Assignment(task=task, role="lead", agency=a, span=span) for a in _agencies(m["lead"])]
        support = _agencies(m["support"]) if m["support"] else [a for a in _agencies(m["part"]) if plausible_agency(a)]
        out += [Assignment(task=task, role="support", agency=a, span=span) for a in support]
    return out


#: a decision stated as a sentence that ends in who carries it out: 甲项目用地按合同执行，由X牵头，会同Y、Z等
#: 相关单位协商处理 — its first clause is the task, X leads, the bodies it works with support
#: (or the bodies that take part: 某某人员的选派，由X牵头，Y、Z共同参与，提出建议方案)
_LED_WITH_RE = re.compile(r"(?:^|(?<=[。；;:：]))(?P<task>[^。；;:：由]{4,160}?)[，,]由(?P<lead>[^，,。；;由]{2,30}?)牵头[，,]"
                          r"(?:会同(?P<support>[^，,。；;等]{2,120})|(?P<part>[^，,。；;由]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?"
                          r"(?:共同)?(?:参与|配合|协助|参加)(?=$|[，,。；;]))")


#: the last sentence of an item, bodies and 负责 and nothing else: …。省甲厅、省乙厅负责。 / …。由各市人民政府负责。
#: (and the bodies that help, after a comma: X负责，Y、Z配合。), or its last clause: 健全某某机制，市某局负责。
#: (a body's name may hold a short bracket of its own: 各村（居）委会负责，镇某办公室配合。)
_NAME_RUN = r"(?:[^，,。；;:：()（）]|[(（][^，,。；;:：()（）]{1,8}[)）])"
_CLOSING_SENTENCE = re.compile(rf"(?:^|(?<=[。；;，,]))由?(?P<agencies>{_NAME_RUN}{{2,120}}?)(?:共同|分别|按职责分工)?负责"
                               rf"(?:[，,](?P<support>{_NAME_RUN}{{2,120}}?)(?:配合|协助|参与))?[。；;]?$")


def _closing_sentence(task: str, text: str, span, own_line: bool = False) -> list[Assignment]:
    """Bodies responsible named by a sentence of their own that closes an item (no brackets): each of
    them a body's name, or nothing (省某厅负责 after a sentence; not 各地要切实负责); the bodies a clause after it names
    as helping (X负责，Y、Z配合。) support. ``own_line``: the text is a line of the item's body under its heading (a
    notice run on one line, its sentences cut apart), so the sentence may open the line."""
    cm = _CLOSING_SENTENCE.search(text.rstrip(SPACES))
    if not cm or not own_line and cm.start("agencies") == 0:
        return []
    if cm.start() and text[cm.start() - 1] in "，," and cm.group(0).startswith("由"):
        return []  # 今后的某项工作，由X负责: the clause before names the work, read by the clause readers
    out = []
    for key, role in (("agencies", "responsible"), ("support", "support")):
        if not cm[key]:
            continue
        items = [i for i in _list_items(nfkc(cm[key])) if i]
        units = _agencies(cm[key])
        if not units or len(units) != len(items) or not all(plausible_agency(a) for a in units) \
                or re.search(r"[由其的要应须]|工作(?![站委部队])|事项|任务", cm[key]):
            # (其后勤工作由甲和乙负责: a clause that names its work, read by the clause readers; 各地要…; but
            # 镇生态环境工作站, 县委农村工作部: a body named for its work)
            return []
        out += [Assignment(task=task, role=role, agency=a, span=span) for a in units]
    return out


#: the sections of a plan about how it is carried out (its items are no tasks of their own); not 任务分工 nor
#: 整治重点及分工, the section that divides the plan's tasks between bodies (（四）加强水质检测。某局负责，对…: an item
#: of its)
_NOT_A_TASK_SECTION = re.compile(r"保障|要求|组织实施|组织领导|实施步骤|工作机制|职责|(?<!任务)(?<!及)分工|附则|其他事项")
#: an item's heading that names a body, its duties or a principle, no task: （二）办事机构。 / 工作职责。 / 坚持属地管理原则。
#: a section of the plan's tasks (一、主要任务 / 重点任务): an item under it that secures something (落实资金保障) is
#: one of its tasks, not a safeguard of how the plan is carried out
_TASKS_SECTION = re.compile(r"任务$")
_NOT_A_TASK_HEAD = re.compile(r"(?:机构|办公室|职责|职能|分工|原则|责任到人|组织领导|工作机制|[^\W\d_]{2}保障)$")
# (强化资金保障, 加强要素保障: a safeguard of the plan, whether or not its section's heading could be read)
#: a clause of an item's body that opens with the bodies that carry it out: 各县（区）人民政府负责将…纳入… (not 负责人,
#: 负责同志: a person; not 要负责: a duty urged on someone), or after it a body that helps with a share of its own
#: (甲局负责资金筹措，乙局配合做好对象核查)
_OPENING_DUTY = re.compile(r"^(?P<agencies>[^，,。；;:：由]{2,60}?)(?:(?:共同|分别|具体)?负责(?!人|同志)|(?P<verb>配合|协助))"
                           r"(?=[\u4e00-\u9fff])")
#: the same sentence naming only who does the item and who helps: 财务处负责，各市（州）教育局配合。落实…
_OPENING_BARE = re.compile(r"^(?P<agencies>[^，,。；;:：由]{2,60}?)(?:共同)?(?P<verb>负责|配合|协助)$")


def _opening_duties(task: str, text: str, span, first: int = 1) -> list[Assignment]:
    """The sentence of an item's body right after its heading, where it opens with who does the item
    (``二、保障用地。X负责将…，Y负责具体实施。``): each of its clauses that opens with a list of bodies and 负责 makes
    them responsible for the item's task (every item of the list a body's name; 各地要负责… gives nothing). One or
    two such bodies' clauses: more, or 分别, is a division of duties between bodies, each clause its own task."""
    text = nfkc(text)
    sentences = SENTENCE_END.split(text)
    if len(sentences) <= first or text.count("负责") > 2 or re.search(r"分别|各自|第[一二三四五六七八九十百零〇\d]+条", text):
        return []  # (甲负责A；乙负责B；丙负责C…: a division of duties, each clause its own task; an article of rules)
    out: list[Assignment] = []
    for n, clause in enumerate(_COMMA.split(sentences[first].strip(SPACES))):
        dm = _OPENING_DUTY.match(clause.strip(SPACES)) or _OPENING_BARE.match(clause.strip(SPACES))
        role = "support" if dm and dm.groupdict().get("verb") in ("配合", "协助") else "responsible"
        if role == "support" and not out:
            return []  # (甲配合，…: helpers before anyone does the item)
        if not dm or re.search(r"要|应|须|其|的", dm["agencies"]):
            if n == 0:
                return []  # (the sentence after the heading must open with who does it)
            continue
        units = _agencies(dm["agencies"])
        whole = re.sub(r"[、，,\s]", "", dm["agencies"])  # (every item of the list a body's: 各县、自治县、区（市）人民政府 one)
        if not units or re.sub(r"[、，,\s]", "", "".join(units)) != whole or not all(plausible_agency(a) for a in units):
            if n == 0:
                return []
            continue
        out += [Assignment(task=task, role=role, agency=a, span=span) for a in units]
    return out


#: an item of one clause (its enumerator first) whose units' brackets close it before its stop:
#: 1、地区生产总值增长11% / （三）城镇登记失业率控制在4%以内 (no sentence end or colon inside it)
_ONE_CLAUSE_ITEM = re.compile(rf"(?:{ENUM})[{SPACES}]*(?P<task>[^。；;!！:：()（）]{{4,80}})")
#: an item that names persons or units the brackets after it list: 某区有关部门主要领导（甲办、乙局）
_BRACKETS_NAME_IT = re.compile(r"(?:领导|负责人|同志|人员|成员|代表|干部|部门|单位|机构)$|"
                               r"[0-9０-９]+[号號弄]$|(?:路|街|大道|巷)$")  # (a place: 某大道118号(某服务大厅))
#: words of a note on an item's own words in brackets, not a body: （含高新区）, （包括各开发区）, （即某某）
_NOT_UNIT_NOTE = re.compile(r"^(?:含|包括|包含|即|不含|除|以下|如)|[0-9０-９]|[为為者的]|牵头|牽頭")
#  (a note on the roles, 责任单位中标★者为牵头单位, names no body either)


def _closing_units(task: str, text: str, span, first_leads: bool, several: bool = False,
                   planned: bool = False) -> list[Assignment]:
    """Units in the brackets that close an item, with no role word: responsible (the first leads where
    the notice says so, a note to that effect inside the brackets included; where it says so of ``several``
    bodies only, not a body alone). Brackets glued to an item before its stop are read in a ``planned`` notice
    only."""
    body = text.rstrip(SPACES + "。；;")
    groups = _parenthesised(body)
    if not groups or not re.search(r"[)）]$", body):
        return []
    inner = groups[-1]
    before = body[: len(body) - len(inner) - 2].rstrip(SPACES)
    # (brackets inside a sentence, …开发区（含高新区）, are no unit list; brackets that close an item of one clause
    # before its stop, 1、地区生产总值增长11%(市发改委，各县市区政府)。, list its units when every one is a body)
    glued = not re.search(r"[。；;!！]$", before)
    own = _ONE_CLAUSE_ITEM.fullmatch(before) if glued else None
    if glued and (not planned or not own or _BRACKETS_NAME_IT.search(own["task"]) or plausible_agency(own["task"])):
        # (3、某区有关部门主要领导（甲办、乙局）: who the item's persons or units are; (三)乡人民委员会（人民公社管理
        # 委员会）: another name of the body the item is; 1.某区某大道118号(某公司服务大厅): a place, not a plan's
        # task — a bare list of bodies glued to an item is read in a plan only)
        return []
    first_leads = first_leads or bool(_FIRST_LEADS.search(inner))
    inner = re.sub(rf"[，,；;]?(?:{_FIRST_LEADS.pattern})?[，,；;]?(?:下同)?$", "", inner)
    items = _list_items(nfkc(inner))
    units = _agencies(inner)
    if not units or len(units) != len([i for i in items if i]):
        return []
    if glued and not all(plausible_agency(a) and not _NOT_UNIT_NOTE.search(a) for a in units):
        return []  # 推进某工程（一期） / 某某开发区（含高新区） / 任务分工（标★者为牵头单位）: a note on the item's words
    task = strip_final_punct(own["task"].strip(SPACES)) if own else task  # (the item's whole clause, its commas kept)
    out = [Assignment(task=task, role="responsible", agency=a, span=span) for a in units]
    if first_leads and (not several or len(out) >= 2 or _FIRST_LEADS.search(inner)):
        out[0] = Assignment(task=task, role="lead", agency=out[0].agency, span=span)
    return out


#: a member unit's duties on a line of its own (成员单位职责): 省某厅：负责…工作，…  / 某局：配合…，负责…
#: The duty may open with what it follows (某部：根据全国规划，制订本部门细则；…): the task is the clause after it.
_UNIT_DUTY = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{3,20}?(?:厅|局|委|部|院|支行|分行|中心|人民政府|署|公司))[:：]"
                        r"(?P<basis>(?:根据|按照|依据|依照)[^，,。；;:：]{2,60}[，,])?"
                        r"(?P<task>(?P<verb>负责|配合|参与|协助|承担)[^，,。；;]{2,80}|(?(basis)[^，,。；;:：]{4,80}|(?!)))")


def _unit_duties(lines, facts: list[Assignment]) -> list[Assignment]:
    """Units each followed by its duties, one to a line (a group's member units and what each does): one row per
    unit, the task its first clause as printed, ``support`` where that clause begins with 配合/参与/协助. Needs
    three such lines, and none of them read already."""
    taken = {f.span[0] for f in facts}
    found = []
    for line in lines:
        m = _UNIT_DUTY.match(nfkc(line.text).strip(SPACES))
        if m and plausible_agency(m["unit"]) and line.start not in taken:
            role = "support" if m["verb"] in ("配合", "参与", "协助") else "responsible"
            found.append(Assignment(task=m["task"], role=role, agency=m["unit"], span=(line.start, line.end)))
    return found if len(found) >= 3 else []


#: a body and its duty in a division of work: 市甲局负责某某；市乙局、市丙局分别负责某某 / 甲委对某某工作总负责
#: (a body may first be named the lead: 市甲部门作为牵头责任单位，负责…)
_DUTY_CLAUSE = re.compile(r"(?:在[^，,。；;]{2,20}?下[，,])?(?P<units>[^，,。；;:：“”《》]{2,80}?)"
                          r"(?:会同(?P<with>[^，,。；;:：“”《》]{2,60}?)[，,]?)?"
                          r"(?:[:：]|作为(?P<label>牵头责任|牵头|主要责任|责任)(?:单位|部门)[，,]|(?P<leads>牵头)[，,]?|"
                          # (a rule's article: 市甲局是某某的主管部门，负责… / 市乙局、市丙局按各自职责负责…)
                          # (某部门是某某的综合部门，主要负责…: any kind of department or organ it is said to be)
                          r"是[^，,。；;“”《》]{2,40}?(?:部门|机关|部門|機關)[，,]|"
                          r"按照?(?:各自的?)?职责(?=(?:分别|共同|具体)?负责)|"
                          # (a clause on the body's standing before its duty: 某公司经省批准行使全市某管理职能，负责…;
                          # 某中心受市政府委托，负责…)
                          r"(?:经|受)[^，,。；;“”《》]{1,40}?(?:批准|授权|委托)[^，,。；;“”《》]{0,30}[，,](?=负责))?"
                          # (after 牵头 the lead's share: 主要负责…, 全面统筹…; 负责同志, 负责人: a person, no duty;
                          # 分级分部门负责、区域协同联动: a principle in a list, no duty)
                          # (a duty goes on over a clause that adds to it with 并: 负责对…进行评估，并与某所做好衔接;
                          # not over one that sets a later step its time: 负责自查，并于每季度末前将结果报某局)
                          r"(?P<task>(?:分别|共同|具体|主要|全面)?负责(?![人同、])[^，,。；;]{2,80}(?:[，,]并(?!负责|对|于|在)[^，,。；;]{2,60})?|(?<=[头，,])(?:全面)?统筹[^，,。；;]{2,80}|"
                          r"对[^，,。；;]{2,40}?(?:总|全面)?负(?:总|主要|全面)?责(?:、[^，,。；;]{2,6})?)")
#: a kind of body a rule names by its role or level, not a body (市某某行政主管部门, 某某管理机构, 县级人民政府)
_ROLE_OF_BODY = re.compile(r"(?:主管部门|管理部门|管理机构|职能部门|执法部门|主管机关)$|^(?:各级|[省市县区乡镇]级)")
#: the body over a kind of unit, named beside named bodies in an article's division (事业单位主管部门负责所属单位…)
_UNITS_SUPERVISOR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:单位|企业)主管部门")
#: a collective of such bodies, one agency as printed: 各地（州、市）商务主管部门, 县（市、区）某主管部门, 设区市某主管部门
#: (the cities of a kind within it too: 沿海设区市某主管部门)
#: (not a range of levels: 县（市）以上某主管部门)
_KINDS_AS_PRINTED = re.compile(r"^(?:各(?!级)|[\u4e00-\u9fff]{0,4}?设区的?市|[省市县区州盟旗地][(（][^()（）]{1,8}[)）](?!以上|以下|级)|"
                               rf"(?:{_LEVEL_KIND.pattern})、)")  # (省、自治区、直辖市某主管部门)
#: a division of duties announced inside a sentence: 具体分工：市甲局负责…
_DUTY_LABEL = re.compile(r"^[^，,。；;:：]{0,6}(?:分工|职责)(?:如下)?[:：]")
#: what a division of duties is not about (a body named for its line of work is a body: 市(州)民族宗教工作部门, a
#: congress's working committee 市人大常委会法制工作委员会): a group, a person, or a word of a sentence (某部门确定专门机构负责…: the
#: body one names or sets up to do the work, no body the text names)
_NOT_DUTY_UNIT = re.compile(r"小组|领导|设在|设于|同志|人员|群众|干部|负责|工作(?!部门|机构|委员会|委員會)|要|应(?!急)|须|均|都|由|将|把|的|"
                            r"确定|指定|明确|设立|组建|关于|实行")  # (应急局 is a body; 某委关于任免某单位负责干部的通知: a title)
#  (某设施实行行政管理和产权单位负责相结合的管理体制: a sentence on a system, no body)
#: a paragraph opened by a short sentence that announces a division (进一步明确工作分工。发展处负责…，某院负责…)
_DUTY_SENTENCE = re.compile(r"^[^，,。；;:：]{2,20}(?:分工|职责)。(?=\S)")
#: the heading of a division of duties: (二)职责分工 / 明确分工，责任到人 / 成员单位职责
_DUTY_HEAD = re.compile(r"分工|职责")
#: the cities a rule names by their kind (设区的市民政局: each city with districts' bureau): 的 of a name, no sentence's
_CITIES_WITH_DISTRICTS = re.compile(r"^设区的市(?=[\u4e00-\u9fff]{2})")
#: the body a unit belongs to, named before it: 市住建局所属的市住房保障办公室 (the unit is the one that does the work;
#: not a kind of body a rule names by its level: 县级以上人民政府所属行政执法单位)
_UNDER_BODY = re.compile(r"^[^，,。；;:：“”《》的级級]{2,30}?(?:所属|所屬|下属|下屬)的?(?=[省市县区州旗盟镇乡縣區鎮鄉][\u4e00-\u9fff]{2})")
#: a short name the notice gives a body, not part of its name: 市甲领导小组办公室（以下简称市甲办）
_SHORT_NAME = re.compile(r"[(（](?:以下简称|以下称|下简称|下称|简称)[^()（）]{1,20}[)）]")
#: a group's own office is a body (市甲工作领导小组办公室负责…), though the group is not
_GROUP_OFFICE = re.compile(r"[^、，,]*小组办公室")
#: a body's duty for its own territory or works (对自己所管理工程的某工作负总责): no task allocated to it
_OWN_DUTY = re.compile(r"^对(?:自己|各自|所属|本单位)")
#: a body that answers to another (对省人民代表大会负责并报告工作): no duty allocated
_ANSWERS_TO = re.compile(r"对[^，,。；;]{2,40}?负责并报告工作")


#: a plan's sections on how it is carried out (三、保障措施, 四、工作要求): a body's duty in their prose is no task
#: unless an item marks it (（X负责）, 由X牵头，Y配合: read with the items)
_MEASURES_SECTION = re.compile(r"保障|要求|考核")  # (四、考核办法 / 某处负责年终考核汇总: how the plan is checked)
#: a top item's heading that is a safeguard of the plan, its body run on after it: 二、强化资金保障。某局负责…
_SAFEGUARD_ITEM = re.compile(r"[^\W\d_]{2}保障$")
#: a top heading run on into the text after it, a space between (a page without line breaks: 二、工作要求 各部门要…)
_RUN_ON_SECTION = re.compile(rf"^[一二三四五六七八九十]{{1,3}}[、．.][{SPACES}]*(?P<title>[\u4e00-\u9fff]{{2,8}})(?:[{SPACES}]|[:：])")
#  (its title may end in a colon: …（县审计局负责）。七、工作要求：各单位要…，县水利局负责汇总进度)
#: a heading of a plan's top rank (三、…): the end of the section above it
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]")
#: an article's number before its text: 第四条 市甲局负责…
_ARTICLE = re.compile("^" + ARTICLE_NO)
#: an article's number and its title, a line of their own (第十条 执行情况督查) or before its text (第十条 某某  某局…)
_ARTICLE_HEAD = re.compile(ARTICLE_NO + r"[\u4e00-\u9fff]{2,16}")
#: a chapter's heading run on into its first sentence (a page without line breaks): 第三章 工作职责 街道某中心负责…
_CHAPTER_HEAD = re.compile(r"^第[一二三四五六七八九十]{1,3}章[ \u3000]*[\u4e00-\u9fff]{2,12}[ \u3000]+(?=\S)")
_ARTICLE_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,16}[ \u3000]{2,}(?=\S)")
#: a clause of a division of work: a body and its share (某局承担…, 某局负责…)
_SHARE_CLAUSE = re.compile(r"^[^，,；;]{2,40}?(?:负责|承担)(?![人同])")
#: the clause after a duty that names its body the lead: ，为某某联席会议牵头单位
_LEAD_AFTER = re.compile(r"[，,](?:是|为|作为)[^，,。；;]{0,24}?牵头(?:责任)?(?:单位|部门)(?=$|[，,])")
#: a second duty run on after the first: 负责甲工作并负责指导乙工作
_AND_DUTY = re.compile(r"并(?:负责|对)")
#: bodies whose lone duty is no task assigned: a group's subgroup or office (its standing duty is the group's
#: own fact), a body named by reference (本局, 该单位)
#: or words of a sentence around it (对…负责, 并会同…, 组员多是…, …实行…)
_NOT_LONE_UNIT = re.compile(r"(?:组|办公室|指挥部|联席会议|专班)$|^(?:我|本|该|其|贵|上述|以上|各级领导|对|并|和|及|同时|还)|"
                            r"实行|实施|建立|开展|进行|作为|按照|根据|依照|通过|会同|是")
#: duties that are no task: 负责解释 (本办法由…负责解释), 负责的… (a relative clause), 负责并报告工作 (answers to a
#: body), 负责某工作的机构主管… (负责 inside the name of a body), 负责…的第一责任人 (a person's charge)
_NOT_LONE_TASK = re.compile(r"^负责(?:的|并|对本[^，,]{0,8}的?解释|解释|本[^，,]{0,6}解释|[^，,]{0,30}的(?:工作)?(?:机构|部门|单位)"
                            r"[\u4e00-\u9fff])|责任人$|^负责(?:跟踪|督促|督办|督查|督导|检查|调度)+$")
#  (某办负责跟踪督促 / 负责跟踪督办 / 负责督促检查, after the plan's items: who oversees them, no work of its own)


def _lone_duty(units: list[str], task: str) -> bool:
    """A duty a notice gives one body (or a few named together) in a sentence of its own, outside any division of
    duties: ``市甲局负责某某工作`` — a task assigned, where the bodies are agencies (not a group's office or subgroup,
    not a body named by reference) and the duty is a piece of work (not 负责解释)."""
    return task.startswith("负责") and len(task) >= 6 and not _NOT_LONE_TASK.search(task) \
        and not any(_NOT_LONE_UNIT.search(u) or len(u) < 3 for u in units)


def _comma_starts(clause: str) -> list[int]:
    """Where a body's share of a division may start in the clause: its start, and after each of its commas."""
    return [0] + [m.end() for m in _COMMA.finditer(clause)]


def _named_beside(found: list, by_kind: set, named: set) -> list:
    """``found`` without the duties of bodies named by their kind or level (县级人民政府, 旗县级某管理部门) in an
    article of no ``named`` body: beside named bodies (第四条 自治区甲委负责…。各盟市甲委负责…。旗县级乙管理部门
    负责…) they are that level's bodies, one agency as printed; alone, the rule speaks of kinds and assigns nothing."""
    dropped = {row for article, row in by_kind if article not in named}
    return [entry for entry in found if id(entry[0]) not in dropped]


def _duty_clauses(lines, facts: list[Assignment], title: str = "", lone: list[Assignment] | None = None) -> list[Assignment]:
    """A division of duties in prose or one body to a line, with no task items: ``市甲局负责某某；市乙局负责某某``
    (``市丙部门负责某某，…`` a line each): each body is responsible for its duty, the clause from 负责 (or
    ``对…负责``) to the first comma as printed. Needs three such clauses in the notice (two under a heading of
    分工/职责), and none on a line read already; a body named lead in the clause (作为牵头责任单位) leads, and
    what the line gave before for that body gives way."""
    taken = {f.span[0] for f in facts}
    found: list[tuple[Assignment, bool]] = []  # (row, whether its line was read already)
    headed = None  # where the last heading of a division of duties began
    divided = None  # the line a division of duties is announced in (具体分工：…): its clauses are read here
    if lines and _DUTY_HEAD.search(title):  # 关于明确某某工作责任分工的通知: the whole notice divides duties
        headed = lines[0].start
    set_up = _SET_UP_GROUP.search(title)  # (关于成立某某委员会的通知: the group's own duties are its remit, no task)
    prev = ""  # the last non-empty line
    article = None  # where the article the line is part of began (第四条 …)
    in_article: dict = {}  # the start of each line of an article's text -> the article's
    measures = False  # inside a plan's section on how it is carried out (保障措施, 工作要求): its prose allocates no task
    by_kind: set = set()  # (article, row) of the bodies an article names by their kind or level (旗县级某管理部门)
    articles_named: set = set()  # the articles that name a body of its own
    for line in lines:
        text = nfkc(line.text).strip(SPACES)
        if _ARTICLE.match(text):
            article = line.start
        elif _HEADING_RE.match(text):
            article = None
        if article is not None:
            in_article[line.start] = article
        m = _HEADING_RE.match(text)
        if m and _DUTY_HEAD.search(SENTENCE_END.split(m["head"])[0]) or _DUTY_SENTENCE.match(text):
            headed = line.start
        headed_item = _ARTICLE_HEAD.fullmatch(prev)  # (第十条 执行情况督查 / 某局负责…: the article's heading is its task)
        prev = text or prev
        # (3 | 某任务 | 县某局 | 三、保障措施: a table printed a cell a line, its last row's empty cell taken by the
        # heading after it: the heading still opens its section)
        head = text.rsplit("\t", 1)[-1].strip(SPACES)
        section = strip_final_punct(re.sub(rf"^{ENUM}\s*", "", head).rstrip(":："))
        if len(section) <= 12 and _SECTION_TITLE.fullmatch(section):
            measures = bool(_MEASURES_SECTION.search(section))
        elif _TOP_HEADING.match(head):  # (措施与要求 over 明确职责 …: no section of the plan's own)
            first = SENTENCE_END.split(section)[0]  # 二、强化资金保障。某局负责… / 四、工作要求。某局负责汇总…
            measures = bool(_SAFEGUARD_ITEM.search(first)
                            or len(first) <= 12 and _SECTION_TITLE.fullmatch(first) and _MEASURES_SECTION.search(first))
        if m and _DUTY_HEAD.search(SENTENCE_END.split(m["head"])[0]):
            measures = False  # （一）加强领导、明确职责: a division of duties, whatever the section
        if measures:
            continue  # 三、保障措施 / （一）加强组织领导。某局负责统筹协调: how the plan is carried out, no duty allocated
        for sentence in _FULL_STOP.split(text):
            run_on = _RUN_ON_SECTION.match(sentence.strip(SPACES))
            if run_on and _SECTION_TITLE.fullmatch(run_on["title"]):
                measures = bool(_MEASURES_SECTION.search(run_on["title"]))  # … 二、工作要求 某局负责…: a page without breaks
            if measures:
                break
            sentence = _ARTICLE.sub("", _ENUM_PREFIX.sub("", _CHAPTER_HEAD.sub("", sentence.strip(SPACES))))
            titled = _ARTICLE_TITLE.match(sentence)
            if titled:  # 第十条 执行情况督查 某局负责…: an article's title on the line of its text
                sentence, headed_item = sentence[titled.end():], True
            # a sentence that divides work between bodies clause by clause (甲局承担…；乙局负责…) is a division,
            # read as one or not at all: none of its clauses is a lone duty
            shares = sum(bool(_SHARE_CLAUSE.match(c.strip(SPACES))) for c in re.split(r"[，,；;]", sentence))
            label = _DUTY_LABEL.match(sentence)
            if label:  # 具体分工：市甲局牵头，…: the division of duties begins inside the sentence
                headed, divided, sentence = line.start, line.start, sentence[label.end():]
            # (市甲局具体负责某某，市乙局具体负责某某: one share after each comma, too)
            parts = [_SHORT_NAME.sub("", clause.strip(SPACES)) for clause in _SEMICOLON.split(sentence)]
            for clause, at in ((clause, at) for clause in parts for at in _comma_starts(clause)):
                dm = _DUTY_CLAUSE.match(clause, at)  # (anchored where it starts: the pattern has no ^)
                subject = _UNDER_BODY.sub("", dm["units"]) if dm else ""  # (市甲局所属的市乙中心负责…: 市乙中心)
                if not dm or _NOT_DUTY_UNIT.search(_GROUP_OFFICE.sub("办公室", _CITIES_WITH_DISTRICTS.sub("市", subject))) \
                        or (dm["with"] and _NOT_DUTY_UNIT.search(_GROUP_OFFICE.sub("办公室", dm["with"]))) \
                        or _OWN_DUTY.match(dm["task"]) or _ANSWERS_TO.match(clause, dm.start("task")):
                    continue
                # 市甲委会同市乙局，负责某某: both bodies are responsible for it
                named = [subject] + ([dm["with"]] if dm["with"] else [])
                items = [i for n in named for i in _list_items(nfkc(n)) if i]
                units = [u for n in named for u in _agencies(n)]
                kind = any(_ROLE_OF_BODY.search(u) and not _KINDS_AS_PRINTED.match(u) and not _UNITS_SUPERVISOR.fullmatch(u)
                           for u in units)
                if not units or len(units) != len(items) or not all(plausible_agency(u) for u in units) \
                        or kind and line.start not in in_article or set_up and set_up["group"] in units:
                    continue
                after = _LEAD_AFTER.match(clause, dm.end())  # 市甲局负责某某，为某某联席会议牵头单位
                role = _role(dm["label"]) if dm["label"] else "lead" if dm["leads"] or after else "responsible"
                task = strip_final_punct(_AND_DUTY.split(dm["task"])[0])  # (…工作并负责指导…: the first duty)
                alone = line.start not in taken and not headed_item and shares < 2 and _lone_duty(units, task)
                rows = [Assignment(task=task, role=role, agency=u, span=(line.start, line.end)) for u in units]
                if kind:
                    by_kind.update((in_article.get(line.start), id(a)) for a in rows)
                else:
                    articles_named.add(in_article.get(line.start))
                found += [(a, line.start in taken and not (dm["label"] or dm["leads"]) and divided != line.start, alone)
                          for a in rows]
    found = _named_beside(found, by_kind, articles_named)
    clauses = {(a.span, a.task) for a, _, _ in found}
    under = {(a.span, a.task) for a, _, _ in found if headed is not None and a.span[0] >= headed}
    # an article of measures that gives two bodies or more their standing duties (第四条 省甲厅负责…；设区的市乙局负责…)
    per_article = Counter(in_article[span[0]] for span, _ in clauses if span[0] in in_article)
    if len(clauses) < 3 and len(under) < 2 and not any(n >= 2 for n in per_article.values()):
        # (two under the heading of the duties that follow it)
        # a lone duty given to a named body in prose (市甲局负责某某工作) is a task assigned to it all the same
        # (one such sentence in the notice: two or more, each a body and its duty, are a division of duties the
        # notice does not announce as one, and give nothing, as above)
        lonely = [a for a, _, alone in found if alone]
        if lone is not None and len(clauses) == 1:
            lone += lonely
        return facts
    new = [a for a, read, _ in found if not read]
    claimed = {(a.span[0], a.agency) for a in new}
    return [f for f in facts if (f.span[0], f.agency) not in claimed] + new


#: a note that the bodies it names are responsible for every item that follows
_STANDING_RE = re.compile(r"以下[^。；;，,]{0,12}?均(?:需|由|要|须|应)(?P<agencies>[^。；;，,]{2,100}?)(?:负责)?(?:落实|负责|实施|承担)"
                          r"[^。；;]{0,3}[，,]?不再(?:单独|逐一|一一)?(?:列出|标注|列明)")


#: the group a notice sets up, as its title names it: 关于成立学风建设委员会的通知 -> 学风建设委员会
_SET_UP_GROUP = re.compile(r"关于(?:成立|设立|组建)(?P<group>[^，,、的]{2,40}?(?:委员会|领导小组|工作小组|小组|领导组|工作组|专班))"
                           r"(?:及其[^的]{0,10})?的(?:通知|决定)")


#: header cells of a task table (one cell per line once a page flattens it)
_CELL_HEADER = re.compile(rf"(?:序号|编号|(?:(?:19|20)\d\d年度?)?(?:重点|主要|具体|预期|年度)?(?:工作)?(?:任务|事项|内容|措施|举措|目标){{1,2}}(?:名称|内容)?|(?:重点|主要|具体|年度)?工作(?:名称|内容)?|(?:重点|建设|整治)?项目(?:名称|内容)?|"
                          rf"完成时限|时间节点|完成时间|时限|进度安排|备注|{_LABEL}|"
                          rf"(?:责任|牵头|分管|联系|包抓)(?:人|领导))")  # (a column of persons gives no rows)
#: the task column of a list of projects (项目名称, 建设项目), where no column names a task
_PROJECT_HEAD = re.compile(r"(?:重点|建设|整治)?项目(?:名称|内容)?")
#: a row of a flattened table that spans it: the heading of the rows below (一、某类工作(牵头领导:甲))
_SPANNING_ROW = re.compile(r"[一二三四五六七八九十]{1,3}、")
_ROW_NO = re.compile(r"[0-9０-９]{1,3}[.、．]?")
#: a line after a flattened table's last row: the next attachment's mark, or the next table's first header cell
_TABLE_END = re.compile(r"附件[0-9０-９一二三四五六七八九十]{0,3}[:：]?|序号|编号")


#: a header cell a narrow column wrapped over two lines: 责任 / 单位, 牵头 / 部门, 责任 / 领导 (one cell each)
_WRAPPED_HEAD = re.compile(r"(?:主要)?(?:责任|牵头|配合|协办|主办|协同|参与|参加|分管|联系)")
_WRAPPED_TAIL = re.compile(r"单位|部门|科室|处室|股室|领导|人")
#: a header cell after the last one this reader knows, before the first row's number: a few words, no sentence
_TAIL_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}")


#: a note in brackets after a header cell that the order of the bodies below means nothing: 配合单位（排名不分先后）
_ORDER_NOTE = re.compile(r"[(（](?:排名|排序|排列|顺序)?(?:不分先后|不分前后|不分主次)(?:顺序)?[)）]$")


def _header_run(texts: list[str], k: int) -> tuple[list[str], int]:
    """The header cells of a flattened table from line ``k``, a cell wrapped over two lines read as one
    (责任 / 科室 -> 责任科室), a note that the order means nothing left off (配合单位（排名不分先后）), and
    the line after them."""
    head: list[str] = []
    j = k
    while j < len(texts) and len(head) < 10 and texts[j]:
        cell = _ORDER_NOTE.sub("", texts[j])
        if _WRAPPED_HEAD.fullmatch(texts[j]) and j + 1 < len(texts) and _WRAPPED_TAIL.fullmatch(texts[j + 1]) \
                and _CELL_HEADER.fullmatch(texts[j] + texts[j + 1]):
            head.append(texts[j] + texts[j + 1])
            j += 2
        elif cell and _CELL_HEADER.fullmatch(cell):
            head.append(cell)
            j += 1
        else:
            break
    return head, j


#: a header cell over two or more role columns (责任单位 over 牵头 / 配合): a merged heading, no role of its own
_GROUP_HEAD = re.compile(r"(?:责任|落实|承办)(?:单位|部门|主体|科室|处室)|责任分工")
#: a role's column under a merged heading, printed bare or with its unit word: 牵头 / 配合 / 协办单位
_SUB_ROLE = re.compile(rf"(?:{_LABEL_WORDS})(?:{_UNIT_WORDS})?")


def _merged_head(texts: list[str], k: int, head: list[str], j: int) -> tuple[list[str], int]:
    """The header of a flattened table (from line ``k``) whose heading 责任单位 spans the role columns under it:
    its second row follows its first, whole with the cells spanning both rows printed again (序号 / 重点任务 / 责任单位 /
    完成时限 / 序号 / 重点任务 / 牵头 / 配合 / 完成时限) or only its own cells (序号 / … / 完成时限 / 牵头 / 配合). The header
    with the role columns in the heading's place, and the line after it; else ``head`` and ``j`` as read."""
    m = next((i for i in range(1, len(head)) if head[i] == head[0]), None)  # (the second row opens again)
    top = head[:m] if m else texts[k:k + 10]
    g = next((i for i, c in enumerate(top) if _GROUP_HEAD.fullmatch(c)), None)
    if g is None:
        return head, j
    if m:
        if texts[k + m: k + m + g] != top[:g]:
            return head, j
        n = k + m + g
    else:  # (the first row's cells end at the first role's cell after the heading)
        top = top[: next((i for i in range(g + 1, len(top)) if _SUB_ROLE.fullmatch(top[i])), g + 1)]
        if not all(_CELL_HEADER.fullmatch(c) for c in top) or len(top) == g + 1 and _LABEL_CELL.fullmatch(texts[k + g + 1]):
            return head, j  # (序号 / 任务 / 责任单位 / 配合单位: two role columns, no merged heading)
        n = k + len(top)
    subs: list[str] = []
    while n < len(texts) and len(subs) < 4 and _SUB_ROLE.fullmatch(texts[n]) and not _GROUP_HEAD.fullmatch(texts[n]):
        subs.append(texts[n] if _LABEL_CELL.fullmatch(texts[n]) else texts[n] + "单位")  # (牵头: 牵头单位)
        n += 1
    rest = top[g + 1:]
    if len(subs) < 2 or m and texts[n: n + len(rest)] != rest:
        return head, j
    return top[:g] + subs + rest, n + (len(rest) if m else 0)


def _header_tail(texts: list[str], j: int) -> int:
    """How many lines of header cells this reader does not know follow line ``j`` up to the first row's
    number (``1``); 0 where anything else comes first."""
    n = j
    while n < len(texts) and n - j < 8 and _TAIL_CELL.fullmatch(texts[n]):
        n += 1
    return n - j if n > j and n < len(texts) and texts[n] in ("1", "1.", "1、", "１") else 0


def _prose_cell(text: str) -> bool:
    """A line that is no cell of bodies but a sentence (a paragraph after a table): a full stop inside it, or
    clauses between its commas that are not all bodies (市公安局，市税务局 is a cell; so is 市财政局。, and
    ` 市甲局；市乙局 `, a cell with its padding)."""
    text = strip_final_punct(text.strip(SPACES))
    return bool(_FULL_STOP.search(text)) or bool(_COMMA.search(text) or _SEMICOLON.search(text)) \
        and len(_agencies(text)) != len(_list_items(nfkc(text)))


def _deadline_end(texts: list[str], i: int, n: int, tail: int) -> int:
    """The end of a flattened table's last row (its number on line ``i``, its cells read up to ``n`` by the
    header's width) whose last role column is followed by ``tail`` columns, the first a deadline (完成时限): where
    the cell at the deadline's place is a body and the role cell runs on over further bodies, one a line, the row
    ends ``tail`` lines after the first deadline (财政局 / 经济发展局 / 科技创新局 / 2025年12月底)."""
    d = n - tail  # the line of the deadline's cell, if the role cell holds one body
    if tail < 1 or d <= i + 2 or d >= len(texts) or not _unit_cell(texts[d]):
        return n
    while d < len(texts) and d - i < 16 and _unit_cell(texts[d]):
        d += 1  # (the role cell's further bodies)
    if d < len(texts) and _GLUED_DEADLINE.fullmatch(texts[d]) and d + tail <= len(texts):
        return d + tail
    return n


#: a line that is a date and nothing else: the date under a notice's signature
_DATE_LINE = re.compile(rf"[{SPACES}]*(?:{DATE_RE.pattern})[{SPACES}]*")


def _signature_cell(texts: list[str], p: int) -> bool:
    """A line in a table printed a cell a line that is the notice's signature, not a cell: the line after it is
    a date to the day and nothing else (某县人民政府办公室 / 2015年9月22日)."""
    date = _DATE_LINE.fullmatch(texts[p + 1]) if p + 1 < len(texts) and texts[p] else None
    return bool(date and date["d"])  # (2024年12月, a deadline cell after an empty one: no signature's date)


#: the number that opens a row's task cell: 1.建立困难职工档案。
_ITEM_NO = re.compile(r"[0-9０-９]{1,2}[.、．](?=\S)")


def _paragraph_cells(lines, texts: list[str], k: int, j: int, i: int, width: int) -> tuple[list[str], int] | None:
    """A row from line ``i`` of a flattened table (header lines ``k`` to ``j``) whose cells are paragraphs: where
    the header's cells stand a blank line apart and the row's task cell opens with its number, the row runs to the
    next number, a cell is the lines with no blank line between them (县劳动局 / 县民政局: one cell of two bodies),
    and the cells a row lacks at its end were left empty: (cells, end line); None for any other table."""
    def apart(a: int) -> bool:  # a blank line between line a and the next
        return lines[a + 1].start - lines[a].end >= 2

    if j - k < 2 or not all(apart(a) for a in range(k, j)) or not _ITEM_NO.match(texts[i]):
        return None
    cells_: list[str] = [texts[i]]
    n = i + 1
    while n < len(lines) and texts[n] and not _ITEM_NO.match(texts[n]) and _unit_cell(texts[n]) \
            and not _HEADING_RE.match(texts[n]):
        if apart(n - 1) or len(cells_) == 1:
            cells_.append(texts[n])
        else:
            cells_[-1] += "、" + texts[n]
        n += 1
    if len(cells_) < 2 or len(cells_) > width:
        return None
    return cells_ + [""] * (width - len(cells_)), n


#: what a deadline's cell opens with (2023年10月 / 底前 wrapped: 底前 opens no cell): a number, 长期, 每季度, a placeholder
_DEADLINE_START = re.compile(r"[0-9]|长期|持续|常态|每|按|即|立即|随时|年[底内]|全年|[一二三四上下]半?(?:季度|年)|[/—\-]|无")
_DEADLINE_HEAD = re.compile(r"时限|时间|进度")
#: a column of persons (责任领导: 副团长 / 赵怀璞, a post over a name): its lines are no wrapped text
_PERSON_HEAD = re.compile(r"(?:责任|牵头|分管|联系|包抓)?(?:人|领导)$")


def _cell_fits(lines_: list[str], head: str, role: str | None) -> bool:
    """Whether a run of lines can be one cell of a column headed ``head`` in a table whose long cells wrap: a
    cell's lines but its last fill the column (none is wider than they), unless they end at a list's mark (财政所、
    / 自然资源所); a role's cell is a placeholder or a list of bodies (区 alone is none), a deadline's opens like
    one, a person's is a post and a name."""
    text = "".join(lines_)
    if role is not None or _TASK_HEAD.search(head):
        widest = max(print_width(t) for t in lines_)
        if any(print_width(t) < widest - 0.5 and not re.search(r"[、，,/]$", t) for t in lines_[:-1]):
            return False
    if role is not None:
        return text in _EMPTY_CELLS or bool(_PLACEHOLDER.fullmatch(text)) \
            or not re.search(r"[、，,]$", text) and not re.search(r"[。；;！？]", text) \
            and all(len(a) >= 2 and plausible_agency(a) for a in _list_items(text))  # (推广喷灌滴灌。/ 县某局: a measure's
        # wrapped end over the lead's cell is no body of it)
    if _DEADLINE_HEAD.search(head):
        return bool(_DEADLINE_START.match(text))
    if _PERSON_HEAD.search(head):  # (a post over a name, each short: 副团长 / 赵某某)
        return all(len(t) <= 6 and not re.search(r"[、，,]", t) for t in lines_)
    return True


def _wrapped_text(lines_: list[str], bodies: bool) -> str:
    """A wrapped cell's lines as one text; in a role's column two lines that are each a body's name are two bodies
    of a list (市财政局 / 各乡镇人民政府), a name cut by the line's end runs on (农业发展服务 / 中心)."""
    text = lines_[0]
    for prev, line in zip(lines_, lines_[1:]):
        apart = bodies and not re.search(r"[、，,]$", prev) and _unit_cell(prev) and _unit_cell(line)
        text += ("、" if apart else "") + line
    return text


def _wrapped_cells(texts: list[str], cols: list[str], roles: dict[int, str]) -> list[str] | None:
    """A row of a table printed a cell a line whose long cells wrapped onto further lines (完成3.2万亩高标准农田 /
    建设任务 / 农业发展服务 / 中心 / 财政所、 / 自然资源所 / …): the lines grouped into as many cells as ``cols``, in
    order, each group one that fits its column (see _cell_fits); the first such grouping, or None."""
    n, w = len(texts), len(cols)
    if n <= w or n - w > 8:
        return None
    for cuts in combinations(range(1, n), w - 1):
        bounds = (0, *cuts, n)
        groups = [texts[a:b] for a, b in zip(bounds, bounds[1:])]
        if all(_cell_fits(g, cols[c], roles.get(c)) for c, g in enumerate(groups)):
            return [_wrapped_text(g, c in roles) for c, g in enumerate(groups)]
    return None


def _wrapped_fits(cells_: list[str], cols: list[str], roles: dict[int, str]) -> bool:
    """Whether a row's lines, one cell each, all fit their columns (see _cell_fits)."""
    return len(cells_) == len(cols) and all(_cell_fits([c], cols[i], roles.get(i)) for i, c in enumerate(cells_))


def _row_run(texts: list[str], at: int, most: int) -> list[str]:
    """Up to ``most`` lines from ``at`` that may still be a table's cells: up to a blank line or a heading."""
    out: list[str] = []
    while at < len(texts) and len(out) < most and texts[at] and not _HEADING_RE.match(texts[at]) \
            and not _TABLE_END.fullmatch(texts[at]):
        out.append(texts[at])
        at += 1
    return out


def _spanning_rows(texts: list[str], i: int) -> int:
    """How many heading rows spanning a flattened table stand from line ``i`` over its next numbered row: one
    (一、某类工作 / 1), or several in a row where a copy kept only some of the table's rows and the headings of the
    parts it left out (二、某类工作 / 三、另类工作 / 68); 0 where line ``i`` is none."""
    n = i
    while n < len(texts) and _SPANNING_ROW.match(texts[n]) and n - i < 12:
        n += 1
    return n - i if n > i and n < len(texts) and _ROW_NO.fullmatch(texts[n]) else 0


#: a header cell that names a table's tasks: 重点任务, 工作内容, 具体措施
_TASK_WORDS = re.compile(r"任务|事项|工作|内容|举措|措施|目标")
#: a header cell of the kind of the tasks, not of the tasks: 任务类别 / 工作类型 / 任务分类 / 工作领域 (数据共享 over its tasks)
_KIND_HEAD = re.compile(r"(?:类别|类型|分类|领域|板块|门类)$")


def _task_head(cell: str) -> bool:
    """``cell`` heads a table's column of tasks (重点任务), not of their kinds (任务类别)."""
    return bool(_TASK_WORDS.search(cell)) and not _KIND_HEAD.search(cell)


def _flattened_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """Task tables a page flattened to one cell per line: a run of header cells (序号 / 重点任务 /
    牵头单位 / 配合单位), then each row's cells on lines of their own. Rows start at their number
    where the table has a 序号 column (a long cell may wrap over lines); else they are read by width."""
    facts: list[Assignment] = []
    used: set[int] = set()
    texts = [unspaced(nfkc(ln.text)) for ln in lines]
    k = 0
    while k < len(lines):
        head, j = _header_run(texts, k)
        head, j = _merged_head(texts, k, head, j) if head else (head, j)
        if k and texts[k - 1] and _CELL_HEADER.fullmatch(texts[k - 1]) and k - 1 not in used:
            k += 1  # (the tail of a header run tried whole just before: its cells are not a table's header)
            continue
        roles = {i: _role(c) for i, c in enumerate(head) if _LABEL_CELL.fullmatch(c)}
        task_col = next((i for i, c in enumerate(head) if i not in roles and i and _task_head(c)
                         or i == 0 and _task_head(c)), None)
        if task_col is None:  # 序号 / 项目名称 / 牵头单位 / 配合单位: a list of projects, each a task
            task_col = next((i for i, c in enumerate(head) if i not in roles and _PROJECT_HEAD.fullmatch(c)), None)
        if len(head) < 3 or not roles or task_col is None or min(roles) < task_col:
            k += 1
            continue
        width = len(head)
        numbered = head[0] in ("序号", "编号")
        # a numbered table's header may go on past its last role column with cells this reader does not know
        # (攻坚目标 / 任务 / 第二季度 / 完成情况), some of them wrapped: how many columns follow is told by the rows
        extra = _header_tail(texts, j) if numbered and j < len(lines) and not _ROW_NO.fullmatch(texts[j]) else 0
        if extra:
            j += extra
        rows: list[tuple[int, int]] = []  # (first line, end line) of each row's cells
        grouped: dict[int, list[str]] = {}  # a row's cells told by the blank lines between them: see _paragraph_cells
        short: set[int] = set()  # rows whose last cells the table left empty
        last_role_last = max(roles) == width - 1
        i = j
        while i < len(lines):
            if numbered:
                if _spanning_rows(texts, i):
                    i += _spanning_rows(texts, i)  # 一、某类工作 / 1 / …: a heading row over the rows below
                    continue
                if not _ROW_NO.fullmatch(texts[i]):
                    break
                n = i + 1
                while n < len(lines) and not _ROW_NO.fullmatch(texts[n]) and n - i < width + 8 \
                        and not _TABLE_END.fullmatch(texts[n]) \
                        and not _spanning_rows(texts, n):
                    n += 1  # (附件2 / 序号: the table is over; 二、… / 5: a heading row)
                if n >= len(lines) or not _ROW_NO.fullmatch(texts[n]):
                    if extra:  # (a header of unknown width: the last row has as many cells as the rows before)
                        n = i + 1 + (rows[0][1] - rows[0][0]) if rows else i
                        if n > len(lines) or n <= i + 1:
                            break
                    else:
                        n = min(i + width, len(lines))  # the last row: exactly its cells
                        while last_role_last and n < len(lines) and n - i < width + 8 and _unit_cell(texts[n]):
                            n += 1  # (the last column a role's: its further bodies, one a line, up to the end)
                        n = _deadline_end(texts, i, n, width - 1 - max(roles)) if not last_role_last else n
                        signed = [p for p in range(i + 2, n) if _signature_cell(texts, p)]
                        if signed:  # (3 / 某任务 / 县某局 / 某县人民政府办公室 / 2015年9月22日: its 配合 cell left
                            n = min(signed)  # empty, the notice's signature under the table is no cell of it)
                            short.add(i + 1)
                        # a role cell that is a sentence is the paragraph after the table: the last row's cells
                        # from there on were left empty (规范某某行为 / 市某局 / 各单位要…。)
                        prose = [i + c for c in roles if i + c < n and _prose_cell(texts[i + c])]
                        if prose:
                            n = min(prose)
                            short.add(i + 1)
                rows.append((i + 1, n))
                i = n
            else:
                cut = _paragraph_cells(lines, texts, k, j, i, width)
                if cut:  # (a table whose cells are paragraphs: a cell of bodies one a line, an empty cell)
                    grouped[i], n = cut
                    rows.append((i, n))
                    i = n
                    continue
                if i + width > len(lines):
                    break
                rows.append((i, i + width))
                i += width
        got_any = False
        if extra:
            # the columns up to the last role column are known; the rows tell how many follow, and must agree
            # (a row with a wrapped cell of its own would shift its columns: such a table is not read)
            counts = {end - start for start, end in rows}
            last = max(roles)
            if len(counts) != 1 or min(counts) < last:
                rows = []
            else:
                head = head[: last + 1] + [""] * (min(counts) - last)
        wrapping = False  # (a row's cells wrapped onto further lines: the last row's may too)
        for start, end in rows:
            cells_ = grouped.get(start) or [c for c in texts[start:end] if not _PAGE_MARK.fullmatch(c)]  # (a page turned
            # inside the row)
            cols = head[1:] if numbered else head
            off = 1 if numbered else 0
            t = task_col - off
            if len(cells_) < len(cols) and (end == len(lines) or start in short) and len(cells_) > t \
                    and all(_unit_cell(c) for c in cells_[t + 1:]):
                cells_ = cells_ + [""] * (len(cols) - len(cells_))  # the page is cut inside its last row
            if numbered and t < len(cells_) < len(cols) and all(_unit_cell(c) for c in cells_[t + 1:]) \
                    and all(roles.get(c + off) == "support" for c in range(len(cells_), len(cols))):
                cells_ = cells_ + [""] * (len(cols) - len(cells_))  # 序号 / 项目 / 牵头 / 配合: no body to support
            if len(cells_) < len(cols):
                continue  # a cell left empty: which one cannot be told
            after = len(cols) - t - 1
            many = max(roles) - off  # the last role column: a cell of several bodies printed one a line
            tail = len(cols) - many - 1  # (the columns after it: 完成时限 …)
            listed = len(cells_) > len(cols) and many > t and all(_unit_cell(c) for c in cells_[t + 1: len(cells_) - tail])
            col_roles = {c - off: r for c, r in roles.items()}
            wrapped = _wrapped_cells(cells_, cols, col_roles) if len(cells_) > len(cols) and not listed else None
            if wrapped is None and wrapping and (start, end) == rows[-1] and not _wrapped_fits(cells_, cols, col_roles):
                # the last row of a table whose cells wrap: its lines run on to the table's end
                more = _row_run(texts, end, 8)
                wrapped, end = next(((got, end + m) for m in range(1, len(more) + 1)
                                     if (got := _wrapped_cells(cells_ + more[:m], cols, col_roles))), (None, end))
            if wrapped:  # (a row whose long cells wrapped onto further lines)
                wrapping = True
                row = wrapped
            elif listed:
                row = cells_[:many] + ["、".join(cells_[many: len(cells_) - tail])] + cells_[len(cells_) - tail:]
            else:
                row = cells_[: t + 1] + (cells_[len(cells_) - after:] if after else [])
            task = re.sub(rf"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])|^{_LEAD_MARK}+", "", row[t])  # ★: a mark
            task = strip_final_punct(_first_clause(re.split(r"[。：:；;]", task)[0]))
            got = [a for c, role in roles.items()
                   for a in _assign(task, role, row[c - off], (lines[start].start, lines[end - 1].end), others)]
            if not numbered and not got:
                break
            facts.extend(got)
            got_any = got_any or bool(got)
            used.update(range(start - off, end))
        if got_any:
            used.update(range(k, j))
            k = max(used) + 1
        else:
            k += 1
    return facts, used


#: a page's furniture between two lines of a flattened table (spaces dropped): its number (— 40 —) or a saved
#: page's header (Page 43: 2021年第14期 - …)
_PAGE_MARK = re.compile(r"[-—－–]{1,2}[0-9]{1,4}[-—－–]{1,2}|Page[0-9]{1,4}[:：][^\n]{0,80}")


_PIPE_LINE = re.compile(r"[|｜│┃]")
#: a header cell of a table: a short name, perhaps with a note in brackets (责任部门（加*号为牵头部门）)
_HEAD_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}")
_TASK_HEAD = re.compile(r"任务|事项|内容|举措|措施|目标|工作")


#: a cell's last line with its bar after it on the same line, the only bar of the line (县住建局|)
_BAR_AFTER = re.compile(r"[^|｜│┃]+[|｜│┃]")


def _cell_text(parts: list[str]) -> str:
    """A cell's lines as one text: a wrapped cell's lines run on, but lines that are each a list of bodies
    (县卫健委 / 县财政局: a cell split at <br>) are joined as a list."""
    if len(parts) > 1 and all(len(p) >= 3 and _unit_cell(p) for p in parts):
        return "、".join(parts)
    return "".join(parts)


def _piped_cells(lines) -> list[tuple[str, int, int]]:
    """The cells of a table a page printed one after another with a ``|`` after each cell, on a line of
    its own or at the end of the cell's last line (a cell may wrap over lines): (text, first line, line of
    its bar). Text between tables (a stretch of more than a dozen lines with no ``|``) ends a run; of it
    only the last line can be a table's first cell."""
    texts = [unspaced(nfkc(ln.text)) for ln in lines]
    bars = [k for k, t in enumerate(texts) if _PIPE_LINE.fullmatch(t) or _BAR_AFTER.fullmatch(t)]
    out: list[tuple[str, int, int]] = []
    prev = -1
    for k in bars:
        own = bool(_PIPE_LINE.fullmatch(texts[k]))  # (a bar alone on its line, after the cell's lines)
        first = prev + 1
        if k - first > 12 or prev < 0:
            first = max(k - 1, 0) if own else k  # text before the table: its last line only
            if out:
                out.append(("", -1, -1))  # a break between two runs
        parts = texts[first:k] + ([] if own else [texts[k][:-1]])
        if parts:
            out.append((_cell_text(parts), first, k))
        prev = k
    if bars and 0 < len(texts) - prev - 1 <= 3:  # the last cell, with no | after it
        out.append(("".join(texts[prev + 1:]), prev + 1, len(texts)))
    return out


def _piped_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """Task tables cut into ``|`` cells: header cells (序号 / 任务名称 / 牵头单位 / 责任街镇 …), then rows
    that start at their number; a column before 序号 (a category spanning rows) is printed only in the
    first row it spans, so the cells of a row are the ones after its number."""
    cells_ = _piped_cells(lines)
    facts: list[Assignment] = []
    used: set[int] = set()
    if len(cells_) < 6:
        return facts, used
    texts = [c for c, _, _ in cells_]
    k = 0
    while k < len(cells_):
        j = k
        while j < len(cells_) and _HEAD_CELL.fullmatch(re.sub(r"[(（][^()（）]*[)）]$", "", texts[j])):
            j += 1
        head = [re.sub(r"[(（][^()（）]*[)）]$", "", t) for t in texts[k:j]]
        roles = {i: _role(c) for i, c in enumerate(head) if _LABEL_CELL.fullmatch(c)}
        numbers = [i for i, c in enumerate(head) if c in ("序号", "编号")]
        task_col = next((i for i, c in enumerate(head) if i not in roles and _TASK_HEAD.search(c)), None)
        if not roles or not numbers or task_col is None or not numbers[0] < task_col < min(roles):
            k = j + 1 if j > k else k + 1
            continue
        after = head[numbers[0] + 1:]
        serial, i = 1, j
        # a table cut out of a longer one (an excerpt, a page of it) goes on from its first row's number
        first = int(texts[j]) if j < len(cells_) and texts[j].isdigit() and 1 < int(texts[j]) < 1000 else 1
        serial = first
        while i < len(cells_):
            if texts[i] == "" and cells_[i][1] < 0:
                break
            if texts[i] != str(serial):
                i += 1
                if i - j > 3 * len(head) and serial == first:
                    break  # no first row near the header
                continue
            row = texts[i + 1: i + 1 + len(after)]
            if str(serial + 1) in row:
                row = row[: row.index(str(serial + 1))]
            if len(row) < task_col - numbers[0]:
                break
            task = strip_final_punct(_first_clause(re.split(r"[。：:；;]", row[task_col - numbers[0] - 1])[0]))
            span = (lines[cells_[i][1]].start, lines[min(cells_[min(i + len(row), len(cells_) - 1)][2], len(lines) - 1)].end)
            for col, role in roles.items():
                c = col - numbers[0] - 1
                if task and c < len(row):
                    facts.extend(_assign(task, role, row[c], span, others))
            used.update(range(cells_[i][1], cells_[min(i + len(row), len(cells_) - 1)][2] + 1))
            serial += 1
            i += 1 + len(row)
        if serial > first:
            used.update(range(cells_[k][1], cells_[j - 1][2] + 1))
        k = max(i, j + 1)
    return facts, used


_BOX_EDGE = re.compile(r"[│┃├┤┼┌┐└┘┬┴┠┨╋┏┓┗┛┣┫┯┷]")
_BOX_RULE = re.compile(r"[─━═\-]+")
#: a bullet that marks a task's detail, not a task: △进一步调整…
_BULLET = re.compile(r"^[△▲●○■□◆◇·•※\-]")
_ROLE_HEAD = re.compile(rf"(?P<label>{_LABEL_WORDS})(?:组织|落实|实施|推进)*(?:{_UNIT_WORDS})")


def _box_cells(lines, first: int, last: int) -> list[list[tuple[int, int, str]]] | None:
    """The cells of each column of a box-drawn table (lines ``first``..``last``): a column's cell runs
    over its lines until a rule (─) in that column, so cells that wrap or span rows are whole."""
    rows = []
    for k in range(first, last + 1):
        text = lines[k].text.strip(SPACES)
        rows.append(_BOX_EDGE.split(text[1:-1] if _BOX_EDGE.match(text[-1:] or " ") else text[1:]))
    width = max(set(map(len, rows)), key=[len(r) for r in rows].count)
    if width < 2:
        return None
    columns: list[list[tuple[int, int, str]]] = [[] for _ in range(width)]
    open_: list[tuple[int, int, str] | None] = [None] * width
    for k, row in zip(range(first, last + 1), rows):
        if k == last and 2 <= len(row) < width and not _BOX_EDGE.search(lines[k].text.strip(SPACES)[-1:] or " "):
            row = row + [""] * (width - len(row))  # the page is cut inside the table's last row
        if len(row) != width:
            continue
        for c, seg in enumerate(row):
            seg = seg.strip(SPACES)
            if _BOX_RULE.fullmatch(seg):
                if open_[c]:
                    columns[c].append(open_[c])
                open_[c] = None
            elif open_[c]:
                open_[c] = (open_[c][0], k, open_[c][2] + seg)
            else:
                open_[c] = (k, k, seg)
    for c in range(width):
        if open_[c]:
            columns[c].append(open_[c])
    return columns


def _box_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """Task tables drawn in box characters whose cells wrap over lines or span rows (a unit cell
    beside several task rows): each task cell (not a bulleted detail) takes the unit cells that
    are open on its first line."""
    facts: list[Assignment] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        if not lines[k].text.strip(SPACES).startswith(("┌", "┏")):
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and _BOX_EDGE.match(lines[j + 1].text.strip(SPACES)[:1] or " ") \
                and not lines[j].text.strip(SPACES).startswith(("└", "┗")):
            j += 1  # to the table's bottom rule
        columns = _box_cells(lines, k, j)
        if not columns or not all(columns):
            k = j + 1
            continue
        heads = [unspaced(nfkc(col[0][2])) for col in columns]
        task_col = next((c for c, h in enumerate(heads) if _TASK_HEAD.search(h) and not _ROLE_HEAD.search(h)), None)
        roles = {c: _role(m["label"]) for c, h in enumerate(heads) if (m := _ROLE_HEAD.fullmatch(h))}
        if task_col is None or not roles:
            k = j + 1
            continue
        got = []
        # task cells that are sentences (…。) give their first clause, headings their whole text
        sentences = any(SENTENCE_END.search(t) for _, _, t in columns[task_col][1:] if not _BULLET.match(t.strip(SPACES)))
        for first, _, text in columns[task_col][1:]:
            text = unspaced(nfkc(text))
            text = re.sub(r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", text)
            if not text or _BULLET.match(text):
                continue
            task = re.split(r"[。；;：:]", text)[0]  # a heading as printed; of a sentence, its first clause
            task = strip_final_punct(_first_clause(task) if sentences else task)
            for c, role in roles.items():
                cell = next((cl for cl in columns[c][1:] if cl[0] <= first <= cl[1]), None)
                if cell and task:
                    got += _assign(task, role, unspaced(nfkc(cell[2])),
                                   (lines[first].start, lines[cell[1]].end), others)
        if got:
            facts.extend(got)
            used.update(range(k, j + 1))
        k = j + 1
    return facts, used


_TOKEN = re.compile(rf"[^{SPACES}]+")


def _spaced_tokens(text: str) -> list[str]:
    """A row's cells separated by spaces; a word printed with a space between its characters
    (``工 作 任 务``) is one cell."""
    out: list[str] = []
    single = False
    for tok in _TOKEN.findall(text):
        if len(tok) == 1 and single:
            out[-1] += tok
        else:
            out.append(tok)
            single = len(tok) == 1
    return out


def _spaced_table(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """A three-column task table printed with spaces between cells: ``序号 工作任务 牵头单位``, then rows
    ``1 <任务> <单位>`` numbered in order (the task may hold spaces; the units are the last cell)."""
    facts: list[Assignment] = []
    used: set[int] = set()
    for k, line in enumerate(lines):
        head = _spaced_tokens(nfkc(line.text).strip(SPACES))
        wide = _wide_spaced_table(lines, k, head, others)
        if wide:
            got, rows = wide
            facts.extend(got)
            used |= rows | {k}
            continue
        if len(head) != 3 or head[0] not in ("序号", "编号") or not _TASK_HEAD.search(head[1]) \
                or not _LABEL_CELL.fullmatch(head[2]):
            continue
        role, serial, j = _role(head[2]), 1, k + 1
        while j < len(lines):
            row = nfkc(lines[j].text).strip(SPACES)
            m = re.fullmatch(rf"(?P<n>\d{{1,3}})[{SPACES}]+(?P<task>\S.*?)[{SPACES}]+(?P<units>[^{SPACES}]+)", row)
            if not row:
                j += 1
                continue
            if not m or int(m["n"]) != serial:
                break
            task = strip_final_punct(_first_clause(SENTENCE_END.split(m["task"])[0]))
            facts.extend(_assign(task, role, m["units"], (lines[j].start, lines[j].end), others))
            used.add(j)
            serial, j = serial + 1, j + 1
        if serial > 1:
            used.add(k)
    return facts, used


def _comma_header(text: str) -> tuple[int, dict[int, str], int] | None:
    """A spreadsheet's header row exported as comma-separated text (序号,工作任务,牵头科室,配合单位,完成时限):
    the task's column, the roles of the role columns and the width; None for any other line."""
    if "," not in text and "，" not in text:
        return None
    head = comma_cells(text)
    if len(head) < 3 or head[0] not in ("序号", "编号") or not all(_HEAD_CELL.fullmatch(c) for c in head):
        return None
    roles = {i: _role(c) for i, c in enumerate(head) if _LABEL_CELL.fullmatch(c)}
    task = next((i for i, c in enumerate(head) if i not in roles and _TASK_HEAD.search(c)), None)
    return (task, roles, len(head)) if roles and task else None


def _comma_records(lines, k: int) -> tuple[list[list[str]], int]:
    """The numbered records after a header at ``lines[k]`` (1,… 2,… in order), a quoted cell running over lines
    joined to its record; the records' cells, and the line after the last."""
    records: list[list[str]] = []
    j = k + 1
    while j < len(lines):
        text, end = nfkc(lines[j].text).strip(SPACES), j + 1
        while open_quote(text) and end < len(lines):
            text, end = text + "\n" + nfkc(lines[end].text).strip(SPACES), end + 1
        row = comma_cells(text)
        if not row or row[0] != str(len(records) + 1):
            break
        records.append(row)
        j = end
    return records, j


def _comma_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """A task table of a spreadsheet exported as comma-separated text inside a page: a header row (序号,工作任务,
    牵头科室,…), then numbered records; a quoted cell may hold commas and line breaks (bodies one a line); a cell
    merged over rows is kept in its first row only, the cells below it blank (a blank role cell: the one above)."""
    facts: list[Assignment] = []
    used: set[int] = set()
    for k, line in enumerate(lines):
        header = _comma_header(nfkc(line.text).strip(SPACES))
        if header is None:
            continue
        task_col, roles, width = header
        records, end = _comma_records(lines, k)
        above = [""] * width
        for row in records:
            row = [c or above[i] if i in roles else c for i, c in enumerate((row + [""] * width)[:width])]
            above = row
            task = strip_final_punct(_first_clause(SENTENCE_END.split(row[task_col])[0]))
            for col, role in roles.items():
                facts.extend(_assign(task, role, row[col].replace("\n", "、"), (line.start, lines[end - 1].end), others))
        if records:
            used |= set(range(k, end))
    return facts, used


#: a cell of a table's header that is neither the number, the task nor a role: 完成时限, 时间节点, 备注
_OTHER_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _run_on_header(tokens: list[str], at: int) -> tuple[int, dict[int, str], int] | None:
    """The header of a table run on into its rows at ``tokens[at]`` (序号): the place of its first row's number
    (1), the roles of its columns (counted from the task's, 0) and its width (the columns after 序号)."""
    j = at + 1
    if j >= len(tokens) or not _TASK_HEAD.search(tokens[j]) or _LABEL_CELL.fullmatch(tokens[j]):
        return None
    roles: dict[int, str] = {}
    while j + 1 < len(tokens) and tokens[j + 1] != "1" and _OTHER_HEAD.fullmatch(tokens[j + 1]):
        j += 1
        if _LABEL_CELL.fullmatch(tokens[j]):
            roles[j - at - 1] = _role(tokens[j])
    if not roles or j + 1 >= len(tokens) or tokens[j + 1] != "1":
        return None
    return j + 1, roles, j - at


def _run_on_rows(tokens: list[str], first: int, width: int) -> list[list[str]]:
    """The rows of a table whose cells run on separated by spaces (1 某任务 甲局 乙局、丙局 6月底 2 …): each
    row's cells from its number to the next number in order; a row with more cells than the header's has a
    task printed with spaces (its first cells); the last row takes as many cells as the header has."""
    rows: list[list[str]] = []
    at, serial = first, 1
    while at < len(tokens) and tokens[at] == str(serial):
        nxt = next((i for i in range(at + width + 1, min(at + 2 * width + 2, len(tokens)))
                    if tokens[i] == str(serial + 1)), None)
        cells_ = tokens[at + 1: nxt if nxt else at + 1 + width]
        if len(cells_) < width:
            break
        extra = len(cells_) - width
        rows.append(["".join(cells_[: extra + 1])] + cells_[extra + 1:])
        if nxt is None:
            break
        at, serial = nxt, serial + 1
    return rows


def _run_on_table(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """A task table whose header and rows run on in one paragraph, cells apart by spaces (a page that lost its
    table's markup: 二、重点任务 序号 重点任务 牵头单位 配合单位 完成时限 1 推进某工程 县水务局 县财政局、县某局
    2023年12月底前 2 …), perhaps cut into lines anywhere; the table ends at the next heading or blank line.
    A table printed a row a line is left to the readers of such tables (its header's line holds no row)."""
    facts: list[Assignment] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        tokens = _spaced_tokens(nfkc(lines[k].text).strip(SPACES))
        if "序号" not in tokens or cells(lines[k].text) is not None:  # (a table's cells by tabs or bars: no run-on)
            k += 1
            continue
        run, of_line, j = list(tokens), [k] * len(tokens), k + 1
        while j < len(lines) and (text := nfkc(lines[j].text).strip(SPACES)) and not _HEADING_RE.match(text) \
                and cells(text) is None:
            more = _spaced_tokens(text)
            run, of_line, j = run + more, of_line + [j] * len(more), j + 1
        header = _run_on_header(run, run.index("序号"))
        if header is None or of_line[header[0]] != of_line[header[0] - 1]:
            k += 1  # (no header, or one on a line of its own: a row a line)
            continue
        first, roles, width = header
        span = (lines[k].start, lines[j - 1].end)
        for row in _run_on_rows(run, first, width):
            task = strip_final_punct(_first_clause(SENTENCE_END.split(row[0])[0]))
            for col, role in roles.items():
                facts.extend(_assign(task, role, row[col], span, others))
        if facts:
            used |= set(range(k, j))
        k = j
    return facts, used


#: a cell that repeats the cell above it in its column: 同上, 同上行, 〃, 同前 (一份清单的“同上”指与上一行同列单位相同)
_SAME_AS_ABOVE = re.compile(r"同上(?:行|栏)?|同前|[〃″\"]")


def _same_as_above(cells: list[str], above: list[str] | None) -> list[str]:
    """The row's cells, each that repeats the cell above it (同上, 〃) read as that cell of the row above."""
    if not above:
        return cells
    return [above[i] if i < len(above) and _SAME_AS_ABOVE.fullmatch(unspaced(c)) else c for i, c in enumerate(cells)]


#: a gap between the cells of a row a page printed with spaces: two blanks or more, or an ideographic space
_CELL_GAP = re.compile(r"[ \t]{2,}|\u3000+")


def _wide_spaced_table(lines, k: int, head: list[str], others: str) -> tuple[list[Assignment], set[int]] | None:
    """A task table of four columns or more printed with gaps of blanks between cells: ``序号  重点任务  牵头单位
    配合单位  完成时限``, then rows ``1  <任务>  <单位>  <单位>  <时限>`` numbered in order, one cell per gap. The
    columns after the task that are role labels give each unit cell its role; other columns are skipped."""
    if len(head) < 4 or head[0] not in ("序号", "编号"):
        return None
    # (序号 类别 主要任务 …: a column of categories may stand before the task's)
    t = next((i for i in (1, 2) if _TASK_HEAD.search(head[i]) and not _header_role(head[i])
              and (i == 1 or re.fullmatch(r"[\u4e00-\u9fff]{2,6}", head[1]))), None)  # (序号 | 重点任务: no category)
    if t is None:
        return None
    roles = [_spaced_head_role(h) for h in head[t + 1:]]
    if not any(roles):
        return None
    facts: list[Assignment] = []
    rows: set[int] = set()
    table: list[tuple[list[str], tuple[int, int]]] = []  # the rows' cells, and each row's span
    serial, j, above = 1, k + 1, None
    while j < len(lines):
        row = lines[j].text.strip(SPACES)
        if not row:
            j += 1
            continue
        cells_ = [nfkc(c) for c in _CELL_GAP.split(row) if c]  # (split before NFKC reads 　 as a blank)
        if len(cells_) == 1 and "\t" not in row + lines[k].text and len(row.split(" ")) == len(head):
            # 4 某任务 县甲局、县乙局 — 2021年12月: every cell parted by one blank (a cell may hold two bodies or a dash)
            cells_ = [nfkc(c) for c in row.split()]
        elif len(cells_) == 1 and "\t" not in row + lines[k].text and t > 1:
            cells_ = _right_aligned([nfkc(c) for c in row.split()], len(head), t)
        if "\t" in row and 1 < len(cells_) < len(head):
            # 4 \t 某任务 \t 某局 \t (empty) \t 2025年10月, each cell padded with blanks: cells parted by tabs keep the
            # one left empty (a table of bare tabs is read as cells by the rows' reader)
            cells_ = [nfkc(c).strip(SPACES) for c in lines[j].text.split("\t")]
        if len(cells_) > len(head) and roles[-1]:
            # 4  某任务  某局  甲局  乙局: the last column's cell holds two units parted by a gap of their own
            cells_ = cells_[:len(head) - 1] + ["、".join(cells_[len(head) - 1:])]
        elif len(cells_) > len(head):
            cells_ = _gapped_units(cells_, len(head), [t + 1 + i for i, r in enumerate(roles) if r])
        if len(cells_) != len(head) or cells_[0] != str(serial):
            if table and _table_furniture(row, head):
                j += 1  # (— 4 — / 续表 / the header again: a page break inside the table)
                continue
            if table and _wrapped_line(cells_, row, lines[k].text, len(head)):
                _continue_cells(table[-1][0], cells_, t, roles)  # (a row's cells wrapped onto the next line)
                rows.add(j)
                j += 1
                continue
            break
        cells_ = above = _same_as_above(cells_, above)
        table.append((cells_, (lines[j].start, lines[j].end)))
        rows.add(j)
        serial, j = serial + 1, j + 1
    for cells_, span in table:
        task = strip_final_punct(_first_clause(SENTENCE_END.split(cells_[t])[0]))
        for role, cell in zip(roles, cells_[t + 1:]):
            if role and cell and cell not in _EMPTY_CELLS:
                facts.extend(_assign(task, role, cell, span, others))
    return (facts, rows) if rows else None


def _gapped_units(cells_: list[str], width: int, role_cols: list[int]) -> list[str]:
    """A spaced row with more cells than its header, its last column of units before other columns (a deadline):
    ``5  某任务  甲办  乙队  6月底前`` — the extra cells are bodies of that column parted by a gap of their own,
    where every one of them is a body; else the row as it was."""
    last, extra = (role_cols[-1] if role_cols else -1), len(cells_) - width
    units = cells_[last:last + extra + 1] if last >= 0 else []
    if not units or not all(plausible_agency(u) for u in units):
        return cells_
    return cells_[:last] + ["、".join(units)] + cells_[last + extra + 1:]


#: a page's furniture inside a table that runs over a page break: its page number (— 4 —, 第 2 页 共 3 页) and
#: the 续表 (continued) over the header printed again; a converter's rule may run either side of it
#: (---------------- 第3页 ----------------, ======= 续表 =======)
_PAGE_FURNITURE = re.compile(r"[-—－–=＝─━_]*(?:[-—－–]{1,2}[0-9]{1,3}[-—－–]{1,2}|第[0-9]{1,3}页(?:共[0-9]{1,3}页)?|续表|續表)"
                             r"[-—－–=＝─━_]*")


def _table_furniture(row: str, head: list[str]) -> bool:
    """The line is a page's furniture inside a spaced table, or its header printed again under 续表."""
    return bool(_PAGE_FURNITURE.fullmatch(unspaced(nfkc(row)))) or _spaced_tokens(nfkc(row).strip(SPACES)) == head


def _wrapped_line(cells_: list[str], row: str, header: str, width: int) -> bool:
    """The line holds the rest of cells of the row above, cut by their column's width: a table whose cells are
    parted by wide gaps (its header's), fewer cells than columns, none a row's serial, a sentence, an item or a
    label (``（五）加强宣传引导。…``, ``其他事项：`` under a table are the plan's text again)."""
    return bool(_CELL_GAP.search(header.strip(SPACES))) and 0 < len(cells_) < width \
        and not re.fullmatch(r"\d{1,3}", cells_[0]) and not _HEADING_RE.match(row) \
        and not any(SENTENCE_END.search(c) or re.search(r"[:：]$", c) for c in cells_)  # (其他事项：a label)


#: a cell cut short by the line's end: it ends in a list's mark (镇财政所、) or a comma
_OPEN_CELL = re.compile(r"[、，,]$")


def _continue_cells(cells_: list[str], more: list[str], t: int, roles: list) -> None:
    """Append a wrapped line's cells to the row above (a copy that lost the cells' columns, left-aligned): the last
    ones go to the unit columns left open, where they fit (a body after a list ending 、: 镇财政所、 / 镇卫生院; the
    rest of a name no body's: 镇综合行政执法 / 中队), the ones before them to the text columns between the task and
    the units (具体措施, or the task itself)."""
    role_cols = [t + 1 + i for i, r in enumerate(roles) if r]
    open_cols = [c for c in role_cols if _OPEN_CELL.search(cells_[c]) or
                 (cells_[c] not in ("", *_EMPTY_CELLS) and not plausible_agency(cells_[c]))]
    rest = list(more)
    while rest and open_cols and _fits(cells_[open_cols[-1]], rest[-1]):
        cells_[open_cols.pop()] += rest.pop()
    text_cols = list(range(t, min(role_cols, default=len(cells_))))
    for c, cell in zip(text_cols[-len(rest):] if rest else [], rest[-len(text_cols):]):
        cells_[c] += cell


def _fits(cell: str, more: str) -> bool:
    """``more`` carries on the unit cell ``cell`` cut by a line's end: a body after a list's mark, or the rest of
    the body's name."""
    more = _OPEN_CELL.sub("", more)  # (镇卫生院、 / 各管区: a list wrapped over two lines)
    if _OPEN_CELL.search(cell):
        return plausible_agency(re.split(r"[、，,]", more)[0])
    return plausible_agency(re.split(r"[、，,]", cell + more)[-1])


def _spaced_head_role(cell: str) -> str | None:
    """The role of a spaced table's header cell: 牵头单位, 配合处室（单位）; None for any other column."""
    m = _LABEL_CELL.fullmatch(cell)
    role = _role(m["label"]) if m else _header_role(cell)
    return role if role != _SPLIT else None


def _right_aligned(tokens: list[str], width: int, t: int) -> list[str]:
    """A spaced row's blank-parted words as the table's ``width`` cells, the task in column ``t``: the serial
    first, the cells after the task counted from the row's end, the words between the serial and the task the
    category's (``2 推进某试点 某处 某站 11月底``: its category cell spans the rows above, left empty; ``3 监督 管理
    强化某审批 …``: a category printed with a blank inside)."""
    after = width - t - 1
    if len(tokens) < after + 2 or t != 2:
        return tokens
    return [tokens[0], "".join(tokens[1:-after - 1]), tokens[-after - 1], *tokens[-after:]]


#: an entry of a table printed column by column: its row's number, then the cell (2.厅草原处 / 3、某任务)
_COLUMN_ENTRY = re.compile(r"^(?P<n>[0-9]{1,2})[.、．](?![0-9])[ \t\u3000]*(?P<cell>\S.*)$")


def _column_block(lines, k: int) -> tuple[str, list[str]] | None:
    """The column that starts at line ``k`` of a table printed column by column: its header (重点工作, 牵头单位)
    and its numbered cells 1., 2., … in order; None where no header over two numbered cells or more is there."""
    head = unspaced(nfkc(lines[k].text)) if k < len(lines) else ""
    if not 2 <= len(head) <= 10 or _COLUMN_ENTRY.match(head):
        return None
    cells_: list[str] = []
    for line in lines[k + 1:]:
        m = _COLUMN_ENTRY.match(nfkc(line.text).strip(SPACES))
        if not m or int(m["n"]) != len(cells_) + 1:
            break
        cells_.append(m["cell"])
    return (head, cells_) if len(cells_) >= 2 else None


def _serial_column_blocks(lines, k: int) -> list[tuple[str, list[str]]] | None:
    """A table read column by column whose cells carry no numbers (a PDF attachment's text extracted a column at a
    time): ``序号`` over ``1``, ``2``, … ``n`` each on its line, then every other column as its header over its ``n``
    cells, a cell a line (重点任务 / 甲任务 / 乙任务 / 牵头科室 / 某办 / 某队). The blocks after the serials, each
    (header, cells); None where line ``k`` opens no such table."""
    if k >= len(lines) or unspaced(nfkc(lines[k].text)) not in ("序号", "编号"):
        return None
    n = 0
    while k + 1 + n < len(lines) and unspaced(nfkc(lines[k + 1 + n].text)) == str(n + 1):
        n += 1
    if n < 2:
        return None
    blocks, j = [], k + 1 + n
    while j + n < len(lines):
        head = unspaced(nfkc(lines[j].text))
        cells_ = [unspaced(nfkc(ln.text)) for ln in lines[j + 1:j + 1 + n]]
        # (a header is a short label, never one of the cells' own shapes: 完成时限 / 2025年4月)
        if not 2 <= len(head) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", head) or not all(cells_):
            break
        if any(_COLUMN_ENTRY.match(c) for c in cells_):
            return None  # (1.某任务 / 2.某任务: cells numbered, the column reader's)
        blocks.append((head, cells_, j))
        j += 1 + n
    return blocks or None


def _serial_column_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """The rows of each table read column by column under an unnumbered serial column (see _serial_column_blocks):
    cell i of each role column (牵头科室, 配合科室) holds the bodies of cell i of the task column (重点任务)."""
    facts: list[Assignment] = []
    used: set[int] = set()
    for k in range(len(lines)):
        blocks = _serial_column_blocks(lines, k) if k not in used else None
        task_block = next((b for b in blocks or () if _TASK_HEAD.search(b[0]) and not _header_role(b[0])), None)
        if not task_block:
            continue
        tasks = [strip_final_punct(_first_clause(SENTENCE_END.split(c)[0])) for c in task_block[1]]
        got = [a for head, cells_, j in blocks if (role := _spaced_head_role(head))
               for i, (task, cell) in enumerate(zip(tasks, cells_)) if cell not in _EMPTY_CELLS
               for a in _assign(task, role, cell, (lines[j + 1 + i].start, lines[j + 1 + i].end), others)]
        if got:
            facts.extend(got)
            used |= set(range(k, blocks[-1][2] + 1 + len(tasks)))
    return facts, used


def _column_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """A task table printed one column after another (重点工作 / 1.甲任务 / 2.乙任务 / 牵头单位 / 1.某处 / 2.某站 /
    配合单位 / 1.— / 2.某局, as a yearbook reprints a wide table): each role column's cell n is the bodies of the
    task column's item n."""
    facts: list[Assignment] = []
    used: set[int] = set()
    for k in range(len(lines)):
        first = _column_block(lines, k) if k not in used else None
        if not first or not _TASK_HEAD.search(first[0]) or _header_role(first[0]):
            continue
        tasks = [strip_final_punct(_first_clause(SENTENCE_END.split(c)[0])) for c in first[1]]
        j, got = k + 1 + len(tasks), []
        while (block := _column_block(lines, j)) and len(block[1]) == len(tasks):
            role = _spaced_head_role(block[0])
            got += [a for task, cell, n in zip(tasks, block[1], range(j + 1, j + 1 + len(tasks)))
                    if role and cell not in _EMPTY_CELLS
                    for a in _assign(task, role, cell, (lines[n].start, lines[n].end), others)]
            j += 1 + len(tasks)
        if got:
            facts.extend(got)
            used |= set(range(k, j))
    return facts, used


#: a line that is only a table's bars: ``|`` after each cell of a table copied one cell a line, ``||||`` closing a
#: row short of cells (the cells a rowspan above it covers)
_BARS_LINE = re.compile(r"^[ \t\u3000]*[|｜]+[ \t\u3000]*$")


def _cells_a_line(lines, k: int) -> tuple[list[tuple[str, int]], int] | None:
    """The cells of a table copied one cell a line with a bar line after each (序号 / | / 重点任务 / | / …) from
    line ``k``: each cell's text with its line (an empty cell, two bar lines in a row, with its bar's line), and the
    line after the table; None where fewer than four cells are read that way."""
    out: list[tuple[str, int]] = []
    j, bars = k, 0
    while j < len(lines):
        text = lines[j].text
        if _BARS_LINE.match(text):
            if j > k and _BARS_LINE.match(lines[j - 1].text) and len(text.strip(SPACES)) == 1 \
                    and len(lines[j - 1].text.strip(SPACES)) == 1:
                out.append(("", j))  # (| / | : an empty cell)
            bars += 1
        elif j + 1 < len(lines) and _BARS_LINE.match(lines[j + 1].text):
            out.append((nfkc(text).strip(SPACES), j))
        else:
            break
        j += 1
    return (out, j) if bars >= 4 and len(out) >= 4 else None


def _cells_a_line_tables(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """Task tables copied one cell a line between bar lines (a browser's copy of a page's table): the header's cells
    give the task's column and the role columns; a cell that lists bodies (★ marking the lead) in a role column's
    place after a task's cell is that task's (rows short of the cells a rowspan covers keep their cells' order
    after the task)."""
    facts: list[Assignment] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        table = _cells_a_line(lines, k) if not _BARS_LINE.match(lines[k].text) else None
        if not table:
            k += 1
            continue
        cells_, end = table
        got = _cells_a_line_rows(cells_, lines, others)
        if got:
            facts.extend(got)
            used |= set(range(k, end))
        k = end
    return facts, used


def _cells_a_line_rows(cells_: list[tuple[str, int]], lines, others: str) -> list[Assignment]:
    """The assignments of such a table's cells, read by its header (see _cells_a_line_tables)."""
    head = [unspaced(c) for c, _ in cells_[:10]]
    roles = {i: r for i, c in enumerate(head) if (r := _header_role(c)) and r != _SPLIT}
    task_col = next((i for i, c in enumerate(head) if _TASK_HEAD.search(c) and i not in roles), None)
    if not roles or task_col is None or task_col > min(roles):
        return []
    width = max(roles) + 1
    if others == "support" and not any(_LEAD_SIGN.search(c) for c, _ in cells_):
        # 标注★的为牵头单位，其余为配合单位 over a table whose marks the copy lost: no body's role can be told
        return []
    out: list[Assignment] = []
    for i in range(width, len(cells_)):
        text, j = cells_[i]
        if not text or text.isdigit() or _unit_cell(text) and not _ITEM_NO.match(text):
            continue  # (1.建成某管理平台: a numbered task, though its last word may end a body's name)
        task = strip_final_punct(_first_clause(re.split(r"[。：:；;]", re.sub(
            r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", text))[0]))
        for col, role in roles.items():
            at = i + col - task_col
            if at < len(cells_) and _unit_cell(cells_[at][0]) and not _ITEM_NO.match(cells_[at][0]):
                line = lines[cells_[at][1]]
                out += _assign(task, role, cells_[at][0], (line.start, line.end), others)
    return out


#: the label of a record's task: 具体任务, 重点工作, 工作事项 … (or the task's ordinal: 任务一 / 事项2, a plan's task
#: table flattened to stanzas, 任务一：某任务 / 牵头单位：X / 配合单位：无)
_TASK_FIELD = re.compile(r"(?:具体|重点|主要|工作)?(?:任务|工作|事项)(?:内容|名称)?"
                         r"|(?:任务|事项)(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})")


#: a field printed with its value on one line: 任务内容：建设示范基地 / 牵头单位：县某局 / 任务1：某任务
_INLINE_FIELD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8}[0-9]{0,2})[:：][ \t\u3000]*(?P<value>\S.{0,200})")


def _in_record(lines, k: int) -> bool:
    """Line ``k`` is one of a block of ``label：value`` lines (a task table flattened to records, each
    cell a line: 任务内容：… / 牵头单位：… / 配合单位：… / 完成时限：…), not a label in a sentence's paragraph."""
    def field(j: int, sentence: bool = False) -> re.Match | None:
        """Line ``j``'s field; with ``sentence``, a field whose value is a sentence too (工作内容：完成某某改造。)."""
        text = nfkc(lines[j].text) if 0 <= j < len(lines) else ""
        return _INLINE_FIELD.fullmatch(text.strip(SPACES)) if text and (sentence or not re.search(r"[。；;]", text)) \
            else None

    if not field(k) or not (field(k - 1, True) or field(k + 1, True)):
        return False
    # (the block goes on over a field whose value is a sentence: 重点任务：某任务 / 工作内容：…。 / 牵头单位：X — the
    # roles under it are still the record's)
    first, last = k, k
    while field(first - 1, True):
        first -= 1
    while field(last + 1, True):
        last += 1
    # (the block names its task in a field of its own: role lines under an item's paragraph are the item's)
    return any(_TASK_FIELD.fullmatch(field(j, True)["label"]) for j in range(first, last + 1))


def _fields(lines) -> list[tuple[str, str, int, int]]:
    """Fields printed as ``label: | value |`` rows or as a label line above its value line:
    (label without colon, value, first line, last line)."""
    out: list[tuple[str, str, int, int]] = []
    k = 0
    while k < len(lines):
        text = nfkc(lines[k].text)
        row = [c.strip(SPACES) for c in (cells(text) or []) if c.strip(SPACES)]
        if len(row) == 2:
            out.append((unspaced(row[0]).rstrip(":："), row[1], k, k))
            k += 1
            continue
        flat = unspaced(text).rstrip(":：")
        inline = _INLINE_FIELD.fullmatch(text.strip(SPACES))
        if inline and _in_record(lines, k) and (_TASK_FIELD.fullmatch(inline["label"])
                                                or _LABEL_CELL.fullmatch(inline["label"])):
            out.append((inline["label"], inline["value"], k, k))
            k += 1
            continue
        value = unspaced(nfkc(lines[k + 1].text)) if k + 1 < len(lines) else ""
        if value and not _PIPE_LINE.fullmatch(value) and (_TASK_FIELD.fullmatch(flat) or _LABEL_CELL.fullmatch(flat)):
            out.append((flat, nfkc(lines[k + 1].text).strip(SPACES), k, k + 1))
            k += 2
            continue
        k += 1
    return out


def _field_records(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """Tasks printed as records of fields (a task table flattened to ``label / value`` pairs):
    ``具体任务 / <任务> / 责任单位 / X、Y / 配合单位 / Z``; each role field after a task field
    assigns that task."""
    facts: list[Assignment] = []
    used: set[int] = set()
    task = None
    for label, value, first, last in _fields(lines):
        if _TASK_FIELD.fullmatch(label):
            value = re.sub(r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", value.strip())
            task = strip_final_punct(_first_clause(SENTENCE_END.split(value)[0])) or None
            used.update(range(first, last + 1))
        elif task and _LABEL_CELL.fullmatch(label):
            got = _assign(task, _role(label), value, (lines[first].start, lines[last].end), others)
            facts.extend(got)
            used.update(range(first, last + 1))
    return facts, (used if facts else set())


#: one field of a row printed as ``label:value`` pairs cut by semicolons (序号:2;任务:开展检查;牵头处室:厅某处)
_KEYED_FIELD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})[:：](?P<value>.*)")

#: where a row's fields part: a semicolon, or a gap of blanks before the next label (a phone page's table turned to one
#: line a row: 序号：1　工作任务：建立台账　牵头单位：县某局　配合单位：县甲局)
_FIELD_CUT = re.compile(rf"[；;]|(?<![{SPACES}])[{SPACES}]++(?=[\u4e00-\u9fff]{{2,8}}[:：])")  # (a run of blanks tried once,
# from its start, never backtracked into: linear in a run of any length)

#: a line that only holds more bodies of the field above it (配合单位：市甲局<br>市乙局: the cell's second line)
_MORE_BODIES = re.compile(r"[^:：，,。；;！？!?]{2,40}")


def _keyed_fields(text: str) -> list[re.Match] | None:
    """The ``label:value`` fields of a line of three or more, or None where a part is no field."""
    fields = [_KEYED_FIELD.fullmatch(f.strip(SPACES)) for f in _FIELD_CUT.split(nfkc(text).strip(SPACES))]
    return fields if len(fields) >= 3 and all(fields) else None


def _more_bodies(lines, k: int) -> str | None:
    """The bodies a row's last cell goes on with on line ``k`` (its own line, no field, no sentence), or None."""
    if k >= len(lines):
        return None
    text = nfkc(lines[k].text).strip(SPACES)
    if not _MORE_BODIES.fullmatch(text) or _keyed_fields(text):
        return None
    parts = _list_items(text)
    return text if parts and all(plausible_agency(p) for p in parts) else None


def _keyed_rows(lines, others: str) -> tuple[list[Assignment], set[int]]:
    """A task table flattened to one line a row of ``label:value`` fields cut by semicolons or gaps (a crawler's
    export: ``序号:1;任务:建立台账;牵头处室:厅某处;配合处室:厅甲处、厅乙处;完成时限:4月底前``; a phone page's
    ``序号：1　工作任务：…　牵头单位：…``): the task is the task field's value, each role field assigns it (the
    last, a role, goes on in a line of bodies below it); the labels never enter a task or a body."""
    facts: list[Assignment] = []
    used: set[int] = set()
    for k, line in enumerate(lines):
        fields = _keyed_fields(line.text)
        if not fields:
            continue
        tasks = [f["value"].strip(SPACES) for f in fields if _TASK_FIELD.fullmatch(f["label"])]
        roles = [f for f in fields if _LABEL_CELL.fullmatch(f["label"])]
        if len(tasks) != 1 or not tasks[0] or not roles:
            continue
        task = strip_final_punct(_first_clause(tasks[0]))
        more = _more_bodies(lines, k + 1) if fields[-1] is roles[-1] else None
        for f in roles:
            value = f["value"].strip(SPACES) + ("、" + more if more and f is roles[-1] else "")
            facts.extend(_assign(task, _role(f["label"]), value, (line.start, line.end), others))
        used.update({k, k + 1} if more else {k})
    return facts, used


#: the last characters of a body's name that a page wrapped alone onto the next line (各街道办事 / 处)
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _list_run_on(text: str, following: str, after: str) -> str | None:
    """How a labelled list of units at the end of ``text`` goes on in the ``following`` line: "" where the
    page broke it mid-word (园区党工 / 委、各街道党工委), "、" where it wrapped between two bodies
    (配合单位：县某局 / 县某某局, a cell's bodies printed one a line); None where it does not go on (a line
    before a date is a signature: 责任单位：县某局 / 某县人民政府办公室 / 2024年5月6日)."""
    if _broken_list(text, following) or _cut_at_list_mark(text, following):
        return ""
    following, last = following.strip(SPACES), None
    for last in _LABEL_RE.finditer(text):
        pass
    if not last or last.end() < len(text.rstrip(SPACES)) or DATE_RE.match(after.strip(SPACES)):
        return None
    tail = last["agencies"].strip(SPACES).rsplit("、", 1)[-1]  # (the list's last body)
    whole = bool(AGENCY_END_RE.search(tail)) and _unit_cell(tail) and _unit_cell(following)
    alone = not (_HEADING_RE.match(following) or _LABEL_RE.search(following) or cells(following) or _BULLET.match(following))
    return "、" if whole and alone and len(following) <= 60 else None


def _cut_at_list_mark(text: str, following: str) -> bool:
    """A line the page wrapped right after a list's 、 (由县甲局牵头，县乙行、 / 县丙社配合。): no line of
    prose ends at a 、, so the next line goes on with the list, unless it opens an item or a table's row."""
    following = following.strip(SPACES)
    return text.rstrip(SPACES).endswith("、") and bool(following) and not _HEADING_RE.match(following) \
        and not cells(following)


def _broken_list(text: str, following: str) -> bool:
    """A labelled list of units that runs to the end of its line and goes on in the next line:
    a short line of bodies joined by 、, with no label, enumerator or sentence of its own."""
    last = None
    for last in _LABEL_RE.finditer(text):
        pass
    following = following.strip(SPACES)
    tail = text.rstrip(SPACES).rsplit("、", 1)[-1]
    return bool(last) and last.end() >= len(text.rstrip(SPACES)) and not re.search(r"[。；;，,]$", text.rstrip(SPACES)) \
        and ("、" in following or _BODY_TAIL.fullmatch(following) and "、" in text and not AGENCY_END_RE.search(tail)
             and bool(AGENCY_END_RE.search(tail + following))) \
        and len(following) <= 60 and not re.search(r"[。：:；;]", following) \
        and not _HEADING_RE.match(following) and not _LABEL_RE.search(following) and not cells(following)


#: a row whose last cell breaks off after a list's mark (… | 甲处、): its list goes on on the next line
_LIST_BROKEN = re.compile(rf"[、，,][{SPACES}]*$")


def _table_row(cells: list[str], table: dict | None, span, others: str) -> tuple[list[Assignment], dict | None]:
    """One row of a task table; a header row (with a 牵头单位-like column) starts a table."""
    head = [unspaced(c) for c in cells]
    roles = {i: role for i, c in enumerate(head) if (role := _header_role(c))} or _bare_role_header(head, table)
    if roles:
        task_col = next((i for i, c in enumerate(head) if _task_head(c)), None)
        if task_col is None:  # 序号 | 整治项目 | 责任单位: a plan's projects, each a task (where no column names a task)
            task_col = next((i for i, c in enumerate(head) if i not in roles
                             and (c.endswith("项目") or _PROJECT_HEAD.fullmatch(c))), None)  # (项目名称 too)
        if task_col is None and table and min(roles) in table["roles"] and len(cells) <= table["width"]:
            # 责任单位 over 牵头单位 / 配合单位, the row below without the cells spanning both rows
            return [], {**table, "roles": {**{i: r for i, r in table["roles"].items() if i not in roles}, **roles}}
        if task_col is None and table and len(table["roles"]) == 1 and len(roles) == len(cells) >= 2:
            # 责任单位 over 牵头单位 / 配合单位, the row below only the sub-headings (a page's table whose cells
            # spanning both rows left no place): the one column of bodies becomes as many as it has sub-headings
            (col, _), extra = next(iter(table["roles"].items())), len(cells) - 1
            return [], {**table, "task": table["task"] + extra * (table["task"] > col), "width": table["width"] + extra,
                        "roles": {col + i: r for i, r in roles.items()}}
        opened = {"task": task_col, "roles": roles, "width": len(cells)} if task_col is not None else None
        if table and opened and all(table.get(key) == opened[key] for key in opened):
            return [], table  # 续表 / the header again on the next page: the same table goes on (its last row open)
        return [], opened
    sub = {i: _role(c) for i, c in enumerate(head) if _SUB_HEADING.fullmatch(c)} if table else {}
    if sub and len(cells) > table["width"]:
        widened = _widened_by_sub_headings(sub, len(cells), table)
        if widened:
            return [], widened
    if sub and min(sub) in table["roles"] and len(cells) <= table["width"] \
            and not any(i not in sub and _unit_cell(c) for i, c in enumerate(cells)):
        # 责任单位 spanning 牵头 / 配合 in the row below: the sub-columns give their own roles
        return [], {**table, "roles": {**{i: r for i, r in table["roles"].items() if i not in sub}, **sub}}
    if table and len(cells) > table["width"] and _run_on(cells[table["width"]:]):
        cells = cells[: table["width"]]  # 4 | 某任务 | 县某局 | (empty) | 二、工作要求: the text after the table run on
    if not table or len(cells) > table["width"] or len(cells) <= table["task"]:
        return [], table
    numbered = [i for i, c in enumerate(head) if _ITEM_NO.match(c)]
    if len(cells) < table["width"] and numbered and "items" in table:
        # a row without the cell that spans it and the rows below (a category), or cut by the page: its
        # numbered item goes in the column of numbered items
        shift = max(0, min(table["items"] - numbered[0], table["width"] - len(cells)))
        cells, head = [""] * shift + cells, [""] * shift + head
    elif len(cells) == table["width"] and numbered and numbered[0] < min(table["roles"]):
        table["items"] = numbered[0]  # the column of numbered items is the task's, whatever its header
    cells = cells + [""] * (table["width"] - len(cells))
    cells = table["above"] = _same_as_above(cells, table.get("above"))
    head = [unspaced(c) for c in cells]
    col = table.get("items", table["task"])
    task = re.sub(r"^(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）])", "", head[col])
    task = strip_final_punct(_first_clause(re.split(r"[。：:；;]", task)[0]))  # a content cell: its first clause
    table["row_task"] = task  # (a row without a task leaves no cell open for the line after it)
    if not task:
        return [], table
    # 市甲局 市乙局: two bodies in a cell; 市 甲 局: one name printed with spaces (a sentence in a role's column is
    # the paragraph after the table run on to its last row, the cell left empty: 某任务 | 市甲局 | 各单位要…，…。)
    out = [a for i, role in table["roles"].items() if not _prose_cell(cells[i]) or _labelled_parts(cells[i]) or _verb_parts(cells[i])
           for part, part_role in _split_roles(cells[i], role)
           for a in _assign(task, part_role, "、".join(_spaced_tokens(part.strip(SPACES))), span, others)]
    # a cell that is only a collective (有关部门, 各相关单位): the bodies of that column, as printed
    out += [Assignment(task=task, role=role, agency=c, span=span) for i, role in table["roles"].items()
            if re.fullmatch(r"各?(?:有关|相关)(?:部门|单位)", c := unspaced(cells[i]))]
    return out, table


#: a card's field whose label lost its colon, run on with the next field (牵头单位某局配合单位某局、某镇完成时限6月底):
#: a role's label or a deadline's, followed by no colon
_BARE_FIELD = re.compile(rf"(?:{_LABEL_WORDS})(?:{_UNIT_WORDS})(?![{SPACES}:：（(])|(?:完成|办结)(?:时限|时间)(?![{SPACES}:：（(])")


def _unglued_fields(text: str) -> str:
    """A line of a task card's fields run together without their colons (牵头单位市甲局配合单位市乙局完成时限
    2020年10月底前), each field set off as ``label：value；``; any other line as it is. Only a line that opens
    with a role's bare label, holds two labels or more and no sentence's marks (a paragraph is no card)."""
    body = text.lstrip(SPACES)
    found = list(_BARE_FIELD.finditer(body))
    if len(found) < 2 or found[0].start() != 0 or not _LABEL_CELL.match(found[0][0]) or re.search(r"[，,。；;]", body):
        return text
    out, last = [], 0
    for m in found:
        out.append(body[last: m.start()] + ("；" if m.start() else "") + m[0] + "：")
        last = m.end()
    return text[: len(text) - len(body)] + "".join(out) + body[last:]


def _wrapped_row(row: list[str], table: dict | None, following: str) -> list[str] | None:
    """A row of drawn cells cut short (fewer cells than its table's header) whose last cell wrapped onto the next
    line, that line's cells empty up to it (4│某任务│甲处│乙处、 / │　│　│　│丙处│2021年11月: the second line's
    cells are the same columns, a border before the first): the whole row, the cut cell joined; else None."""
    if not table or len(row) >= table["width"]:
        return None
    more = cells(following)
    if more and len(more) > table["width"] and not more[0].strip(SPACES):
        more = more[1:]  # (the border that opens the line)
    n = len(row) - 1
    if not more or len(more) != table["width"] or any(c.strip(SPACES) for c in more[:n]) \
            or not more[n].strip(SPACES):
        return None
    return row[:n] + [_wrapped_text([row[n].strip(SPACES), more[n].strip(SPACES)], True)] + more[n + 1:]


def _open_cell_rest(text: str, table: dict | None, span, others: str) -> list[Assignment]:
    """A line of bodies alone under a table whose last row left a role cell open after a list mark, the rest of
    that cell on a row of its own whose other cells are empty (5 | 某任务 | 市甲局 | 市乙局、 | 2025年底 / —1— / 续表 /
    the header again / 市丙局、市丁局): the bodies of that cell, the row's task and the cell's role; nothing for any
    other line (a paragraph, a page's number)."""
    above = (table or {}).get("above")
    open_cells = [i for i, role in table["roles"].items() if i < len(above) and role != _SPLIT
                  and _LIST_BROKEN.search(above[i])] if above and table.get("row_task") else []
    units = text.strip(SPACES)
    if len(open_cells) != 1 or re.search(r"[。：:；;，,\t|]", units):
        return []
    items, bodies = [i for i in _list_items(units) if i], _agencies(units)
    if not bodies or len(bodies) != len(items) or not all(plausible_agency(a) for a in bodies):
        return []
    return _assign(table["row_task"], table["roles"][open_cells[0]], units, span, others)


def _widened_by_sub_headings(sub: dict[int, str], width: int, table: dict) -> dict | None:
    """The table under a second header row that repeats the cells spanning both header rows and splits the
    one merged role heading into its sub-headings (序号 | 重点任务 | 责任单位 | 完成时限 over 序号 | 重点任务 | 牵头 |
    配合 | 完成时限, as a page's table with rowspan cells is copied): the role column becomes one column a
    sub-heading, the columns after it shift; None where the row is no such header."""
    col, extra = min(sub), len(sub) - 1
    if col not in table["roles"] or width != table["width"] + extra or sorted(sub) != list(range(col, col + len(sub))):
        return None
    roles = {i + extra * (i > col): r for i, r in table["roles"].items() if i != col}
    return {**table, "task": table["task"] + extra * (table["task"] > col), "width": width, "roles": {**roles, **sub}}


#: a header cell that is a role word alone (序号 | 重点任务 | 牵头 | 参与): the column of that role's bodies
_BARE_ROLE_CELL = re.compile(r"牵头|主办|配合|协办|会办|协助|参与|参加|责任|主责")


def _bare_role_header(head: list[str], table: dict | None) -> dict[int, str]:
    """The role columns of a first header row whose role cells are bare role words (序号 | 重点任务 | 牵头 |
    参与): only beside a cell that names the task and with no table open (under an open table a bare 牵头 /
    配合 row is the sub-heading of a merged 责任单位 heading, read apart)."""
    if table or not any(re.search(r"任务|事项|工作|举措|措施", c) for c in head):
        return {}
    return {i: _role(c) for i, c in enumerate(head) if _BARE_ROLE_CELL.fullmatch(c)}


#: a sub-heading under a merged 责任单位 heading: a role word alone (牵头, 配合, 协办)
_SUB_HEADING = re.compile(r"牵头|主办|配合|协办|会办|协助")


def _run_on(extra: list[str]) -> bool:
    """Cells past a table's width that are the text after the table run on to its last row (a flattened table
    whose last cells were empty): one cell, a section's heading (二、工作要求), a sentence, or a page's field
    after the text (联系电话：…, 发布日期：…)."""
    extra = [c.strip(SPACES) for c in extra if c.strip(SPACES)]
    return len(extra) == 1 and (bool(re.match(rf"{ENUM}\s*[\u4e00-\u9fff]", extra[0])) or _prose_cell(extra[0])
                                or bool(_PAGE_FIELD.match(extra[0])))


#: a page's field run on to a table's last row: a short label, its colon and a value (联系电话：0454-…)
_PAGE_FIELD = re.compile(rf"[\u4e00-\u9fff]{{2,8}}[:：][{SPACES}]*[^{SPACES}]")


#: the number of an item in a table cell: 1、 / 2. / (3)
_ITEM_NO = re.compile(r"^(?:[0-9]{1,2}[、.．](?![0-9])|[(（][0-9]{1,2}[)）])")


#: a role column whose cells hold two roles split by a slash: 责任单位（牵头／配合）, 牵头/配合单位
_SPLIT_ROLES_HEAD = re.compile(rf"(?:(?:{_LABEL_WORDS})(?:{_UNIT_WORDS}))?[(（]?牵头(?:{_UNIT_WORDS})?[/／]"
                               rf"(?:配合|协办|参与|协助)(?:{_UNIT_WORDS})?[)）]?")
_SPLIT = "lead/support"  # (the role of such a column: lead before the slash, support after it)


def _split_roles(cell: str, role: str) -> list[tuple[str, str]]:
    """A role cell's bodies with their role; a cell of a 牵头／配合 column cut at its first slash (社会救助处／人事处、
    某局: the lead, then the bodies that help; 人事处／— : the lead alone)."""
    labelled = _labelled_parts(cell) or _verb_parts(cell)
    if labelled:
        return labelled
    if role != _SPLIT:
        return [(cell, role)]
    lead, _, support = re.sub(r"／", "/", cell).partition("/")
    return [(lead, "lead"), (support, "support")]


#: a cell that marks each role itself: ``牵头：县甲局<br/>配合：县乙局、县丙局`` (the break read as 、) / ``牵头：县甲局；配合：—``
_CELL_LABEL = re.compile(rf"(?:^|(?<=[\s；;，,。、]))(?P<label>{_LABEL_WORDS})(?:{_UNIT_WORDS})?[ \t\u3000]*[:：]")


def _labelled_parts(cell: str) -> list[tuple[str, str]] | None:
    """A role cell that opens with a role label and may hold another after a break or a semicolon: each
    label's bodies with its role (a placeholder after a label, ``配合：—``, names none); None for a cell
    without labels."""
    text = _BREAK_TAG.sub("\n", cell).strip(SPACES)
    marks = list(_CELL_LABEL.finditer(text))
    if not marks or marks[0].start() != 0:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(text[m.end():end].strip(SPACES + "；;，,。、"), _role(m["label"])) for m, end in zip(marks, ends)]


#: one clause of a role cell that names its bodies' role by a verb after them: 县甲局牵头 / 县乙局、县丙局配合
_VERB_CLAUSE = re.compile(r"(?P<units>[^，,；;。]{2,200}?)(?P<verb>牵头|主办|配合|协办|协助|参与)")


def _verb_parts(cell: str) -> list[tuple[str, str]] | None:
    """A role cell that is clauses of bodies each closed by its role's verb, cut by commas or semicolons
    (``县甲局牵头，县乙局配合``): each clause's bodies with the verb's role; None for any other cell (one
    clause, ``县甲局牵头``, is read by the list's own marks)."""
    clauses = [c.strip(SPACES) for c in re.split(r"[，,；;]", strip_final_punct(cell.strip(SPACES)))]
    found = [_VERB_CLAUSE.fullmatch(c) for c in clauses]
    if len(found) < 2 or not all(found):
        return None
    return [(m["units"], "lead" if m["verb"] in ("牵头", "主办") else "support") for m in found]


def _header_role(cell: str) -> str | None:
    """The role of a header cell: 牵头单位, 配合单位 …; 责任单位或牵头单位 (a column that names who leads,
    beside a column of bodies that help) leads; 配合处室（单位） (the other kind of body in brackets) is 配合处室;
    责任单位（牵头／配合） holds both, cut at the slash in each cell."""
    if _SPLIT_ROLES_HEAD.fullmatch(cell):
        return _SPLIT
    labels = re.fullmatch(rf"(?P<a>{_LABEL_WORDS})(?:{_UNIT_WORDS})(?:(?:或|/|、|及)(?P<b>{_LABEL_WORDS})(?:{_UNIT_WORDS}))?"
                          rf"(?:[(（](?:{_UNIT_WORDS})[)）])?", cell)
    if not labels:
        return None
    return "lead" if "牵头" in (labels["b"] or "") else _role(labels["a"])


#: a parenthesis of units with their verbs closing a line (perhaps cut by the page): (X牵头，Y等按职责分工负责)
_CLOSING_UNITS = re.compile(r"[(（][^()（）]{2,200}?(?:牵头|负责|配合|按职责分)[^()（）]{0,20}(?:[)）][。；;]?)?$")


def _closed_item(line) -> bool:
    """A line that is an item without an enumerator closed by its units (甲项工作。(X牵头))."""
    text = nfkc(line.text) if line is not None else ""
    closing = _CLOSING_UNITS.search(text)
    return bool(closing) and not _HEADING_RE.match(text) and bool(_unnumbered_item(_before_units(text, closing)))


def _before_units(text: str, closing) -> str:
    """The item before the brackets of units that close it, with the stop that ends the sentence after them
    (甲项工作（X负责）。: the item's one clause is a sentence all the same; not a note on the roles in brackets,
    …印发给你们（排名第一的单位负责牵头）。, which closes a sentence of prose)."""
    stop = re.search(r"[。；;]$", closing.group()) if not re.search(r"的|第一|首位", closing.group()) else None
    return text[: closing.start()] + (stop.group() if stop else "")


def _unit_cell(text: str) -> bool:
    """A table cell that is only a list of bodies (区发改局、区财政局), not a task's wrapped text."""
    return not re.search(r"[，,。；;]", text) and len(_agencies(text)) == len(_list_items(nfkc(text))) > 0


def _unnumbered_item(text: str) -> str | None:
    """The task of a paragraph printed as an item without an enumerator (``加快某项改革。按照…``): its first
    clause; None for a heading, a line of units or a line too short to be an item."""
    text = text.strip(SPACES)
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4 or _HEADING_RE.match(text) or _LABEL_RE.search(text) \
            or not re.search(r"[。；;]$|[，,]", text) or re.match(r"^[^，,。；;]{1,10}[:：]", text):
        return None  # (具体要求：…: a labelled paragraph of the item above, not an item)
    task = strip_final_punct(SENTENCE_END.split(_first_clause(text))[0])
    return task if 4 <= len(task) <= 40 and not _SECTION_TITLE.fullmatch(task) else None


#: the units a heading names in parentheses after its task: 一、强化某某创新（某局牵头，某局配合） (the first
#: clause may end inside them, at their comma)
_UNITS_AFTER_HEAD = re.compile(r"[(（〔][^()（）〔〕]*(?:牵头|配合|负责|参与|协办|责任单位)[^()（）〔〕]*(?:[)）〕]|$)$")


#: a leader's label a page ran a heading into (…做好某某整治配合领导：某某): who leads, a person, no part of the task
_LEADER_LABEL = re.compile(r"(?:牵头|配合|分管|责任|协管|联系|包保|主管)(?:市|县|区|局)?领导$")


#: the label of an item's units run into its heading on one line, its colon after the heading's end:
#: 一、压缩企业开办时间 责任单位：市甲局、市乙局 (the heading reads 压缩企业开办时间 责任单位)
_UNITS_LABEL_END = re.compile(rf"[ \t\u3000]+(?:{_LABEL_WORDS})(?:{_UNIT_WORDS})$")
#: the same label glued to the heading, the page's cells run together: 1.核定乡镇机构设置牵头单位:市编委办配合单位:…
#: (not one in the item's brackets, 某任务（牵头单位：X）, which the bracket readers take)
_UNITS_LABEL_GLUED = re.compile(rf"(?<![(（【\[])(?:{_LABEL_WORDS})(?:单位|部门)$")


def _run_in_label(head: str, after: str) -> str:
    """``head`` without the label a page ran it into, where a colon follows it: a leader's (某某整治配合领导：) or
    the one its paragraph opens with, repeating the heading's subject (道路保洁专项整治道路保洁：要求…)."""
    if not re.match(r"[ \t\u3000]*[:：]", after):
        return head
    lm = _LEADER_LABEL.search(head) or _UNITS_LABEL_END.search(head) or _UNITS_LABEL_GLUED.search(head)
    if lm and lm.start() >= 4:
        return head[: lm.start()].rstrip(SPACES)
    for n in range(min(8, (len(head) - 2) // 2), 1, -1):
        if head.endswith(head[:n]):
            return head[:-n]
    return head


#: a field of an item's record printed as a sub-item, its value a person, a date or money, no task:
#: (一)责任领导：某某 / (六)完成时限：2008年内 / (五)资金筹措：…
_ITEM_FIELD = re.compile(r"(?:(?:责任|分管|牵头|配合|联系|包保|主管|督办)(?:市|县|区)?领导|负责人|联系人|"
                         r"(?:完成|办结)(?:时限|时间)|时间要求|资金(?:筹措|来源))[ \t\u3000]*[:：]")
#: an item that names who carries out the task at hand, not a task: ①由X统一负责，Y牵头组织实施
_WHO_ITEM = re.compile(r"由[^，,。；;由]{2,30}?(?:统一|具体|共同)?(?:牵头|负责|组织|承办|落实)")
#: a label over the lines that divide an item's work among bodies: 分工与配合：
_DIVISION_LABEL = re.compile(r"(?:分工与配合|分工配合|分工与协作|工作分工|职责分工|任务分工|责任分工|分工)[:：]")
#: a line that opens with such a label, perhaps naming whose division it is (处室分工：, 部门分工：, 科室分工：)
_DIVISION_LINE = re.compile(r"(?:处室|部门|科室|股室|单位)?" + _DIVISION_LABEL.pattern)
#: the time a heading of a stage or step gives in brackets after it: 组队报名（8月20日前） / 动员部署（2030年3月底前完成）
_DEADLINE_AFTER_HEAD = re.compile(r"[(（](?=[^()（）]{0,6}[0-9０-９一二三四五六七八九十]{1,4}(?:年|月|日|号))"
                                  r"[^()（）牵配负责局委办厅部]{2,24}[)）]$")


#: a target a plan sets, a figure closing it: 地区生产总值增长12% / 实际利用外资24亿美元 / 城镇新增就业岗位10万个以上
_TARGET_CLAUSE = re.compile(r"[^，,。；;(（]{2,40}?[0-9０-９][0-9０-９.．]{0,8}(?:%|％|‰|[万亿]?(?:元|美元|个|人|吨|户|套|家|亩|"
                            r"公里|标箱|辆|项|所))?(?:以上|以内|以下|左右)?")


def _targets(head: str) -> str | None:
    """A heading that is a run of targets, each a clause closed by its figure (财政收入增长12%,其中市本级增长10%):
    the whole run is the task, not its first clause alone."""
    clauses = re.split(r"[，,]", strip_final_punct(head.strip(SPACES)))
    if len(clauses) >= 2 and all(_TARGET_CLAUSE.fullmatch(c.strip(SPACES)) for c in clauses):
        return strip_final_punct(head.strip(SPACES))
    return None


#: an item's first clause that only names who leads it: 县卫生局、教育局等单位牵头
_LEAD_CLAUSE = re.compile(r"(?:由|请)?(?P<units>[^，,。；;:：由]{2,60}?)(?:等(?:单位|部门))?(?:共同)?牵头(?:负责)?")
#: an item's first clause that hands it to bodies: 县文化局负责播放专题宣传节目 (负责人, 负责同志: a person)
_ITEM_DUTY = re.compile(r"(?P<units>[^，,。；;:：由]{2,40}?)(?:具体|共同)?负责(?![人同])(?P<task>[^，,。；;]{4,60})")


def _item_duty(head: str) -> re.Match | None:
    """An item's first sentence that is one clause handing it to bodies (县某局负责播放专题节目。); not one that goes on
    to name their role (市某局负责某某日常工作，为联席会议牵头单位: a division of standing duties, read as such)."""
    clause = strip_final_punct(_first_clause(head))
    if head[len(clause):len(clause) + 1] not in ("", "。"):
        return None
    duty = _ITEM_DUTY.fullmatch(clause)
    return duty if duty and _plausible_list(duty["units"]) else None


def _plausible_list(units: str) -> bool:
    """``units`` is a list of bodies and nothing else (县卫生局、教育局), not a sentence's subject."""
    items = _list_items(nfkc(units))
    return bool(items) and len(_agencies(units)) == len(items) and all(plausible_agency(a) for a in _agencies(units))


def _heading_task(head: str, alone: bool = False) -> str:
    """The task a heading or an item's first clause names, without the units in parentheses after it, nor the
    time its step is due (组队报名（8月20日前）: 组队报名); a heading of targets ``alone`` on its line is all of them."""
    targets = _targets(head) if alone else None
    if targets:
        return targets
    clause = strip_final_punct(_first_clause(head))
    rest = head[len(clause) + 1:]
    # (动员部署（市某局牵头，6月底前）: a clause cut inside brackets is no clause of the item's own)
    whole = clause.count("（") + clause.count("(") == clause.count("）") + clause.count(")")
    if whole and _LEAD_CLAUSE.fullmatch(clause) and _plausible_list(_LEAD_CLAUSE.fullmatch(clause)["units"]) \
            and len(_first_clause(rest)) >= 4:
        clause = strip_final_punct(_first_clause(rest))  # (二)甲局、乙局等单位牵头，通过设置咨询点，…: the work after it
    duty = _item_duty(head) if whole else None
    if duty:
        clause = duty["task"]  # (一)县某局负责播放专题节目。: the item is the body's work
    clause = strip_final_punct(_UNITS_AFTER_HEAD.sub("", clause).strip(SPACES)) or clause
    clause = strip_final_punct(_DEADLINE_AFTER_HEAD.sub("", clause).strip(SPACES)) or clause
    glued = _GLUED_ACTION.match(clause)
    return glued["head"] if glued else clause


#: an action's heading a flattened page ran into the item's text: 实施某某提升行动鼓励企业集聚发展 -> 实施某某提升行动
_GLUED_ACTION = re.compile(r"^(?P<head>(?:实施|开展|推进|推动|启动|深化|打造|组织|强化|加快)[^，,。；;:：]{2,24}行动)"
                           r"(?!计划|方案|纲要|指南|中|的|和|与|及|等|[0-9])(?=[一-鿿“]{4,})")


#: a connective that opens a sentence and is no part of its task: 此外，开展某某整治，由X牵头
_CONNECTIVE = re.compile(r"^(?:此外|另外|同时|其次|再次|最后|还有|另|与此同时)[，,]")


def _first_clause(text: str) -> str:
    """Up to the first comma outside quotation marks: 关于“严守红线,划定农田”的问题,由… keeps its quote.
    A connective before it (此外，) is skipped."""
    text = _CONNECTIVE.sub("", text)
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "“「『《"
        depth -= ch in "”」』》" and depth > 0
        if depth == 0 and ch in "，,":
            return text[:k]
    return text


# --- a task table copied without its cell and row separators (a document viewer, a 文库 preview) ------------------
#: 序号 and the column labels run together, up to the first row's number glued to its first cell
_GLUED_HEAD = re.compile(r"(?:序号|编号)(?P<labels>[\u4e00-\u9fff]{6,60}?)1(?=[\u4e00-\u9fff“])")
#: a column label of such a header: the labels task tables print (see _CELL_HEADER), a deadline's 完成期限
_GLUED_LABEL = re.compile(rf"{_CELL_HEADER.pattern}|(?:完成|办结)?期限")
#: a deadline cell closing a row: a date, a month (…前, …底前), a span of them, or a standing deadline
_GLUED_DATE = r"(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)(?:上旬|中旬|下旬|底|末|初)?(?:前|以前|之前)?"
_GLUED_DEADLINE = re.compile(rf"(?:{_GLUED_DATE}(?:[-—~至到]{_GLUED_DATE})?|长期坚持|持续推进|长期|全年|常态化推进|持续开展|年内)")
#: a chunk's number a 文库 preview opens each chunk of the document with (1、 … 2、 …), wherever it cuts
_CHUNK_NO = re.compile(r"^(?P<n>\d{1,3})、")
#: the last character of a body's name, where the next body is glued to it
_GLUE_END = re.compile(r"(?:局|委|办|厅|部|署|中心|政府|办事处|委员会|管委会|公司|大队|支队|院|站|所|社|会|团|室|处)$")
#: the first character of a body's name (its level, or 各 of a collective), where no word of a place it is part of:
#: 城区, 社区, 城市, 全市 (before it); 市场, 市政, 区域, 县域 (after it)
_BODY_START = re.compile(rf"(?<![城社园辖景山街全本])(?:[省市县区州盟旗](?![场政民域])|各)")
#: a mark that sets cells apart: such a table is no glued one
_CELL_MARK = re.compile(r"[\t|｜│┃]")
_NOT_IN_GLUED_BODY = re.compile(r"[0-9。；;：:“”《》%]")


def _glued_labels(run: str) -> list[str] | None:
    """The column labels a glued header runs together, cut where each is a label task tables print: of the cuts
    that read every piece as a label, the one with pieces closest to four characters (工作内容|目标任务)."""
    best: list[tuple[int, list[str]] | None] = [None] * (len(run) + 1)
    best[0] = (0, [])
    for j in range(1, len(run) + 1):
        for i in range(max(0, j - 8), j - 1):
            if best[i] is not None and _GLUED_LABEL.fullmatch(run[i:j]):
                cost = best[i][0] + (j - i - 4) ** 2
                if best[j] is None or cost < best[j][0]:
                    best[j] = (cost, best[i][1] + [run[i:j]])
    return best[-1][1] if best[-1] else None


def _column_kind(label: str) -> str:
    """T a task's (or its content's, its target's), U a column of bodies, D a deadline, N a note; X any other."""
    if _header_role(label):
        return "U"
    if re.search(r"时限|期限|时间|节点|进度", label):
        return "D"
    if label == "备注":
        return "N"
    return "T" if re.search(r"任务|事项|内容|措施|举措|目标|工作", label) and not re.search(r"人|领导", label) else "X"


def _glued_bodies(text: str, first: bool) -> list[str] | None:
    """The bodies of ``text`` (no separator in it), cut where one body's name ends and the next one's level begins
    (县住房和城乡建设局县城市管理…局); None where a piece is no body. ``first``: the text opens the run of bodies after
    a task, and must open with a body's level."""
    if not text or _NOT_IN_GLUED_BODY.search(text) or (first and not _BODY_START.match(text)):
        return None
    cuts = [0] + [m.start() for m in _BODY_START.finditer(text) if m.start() >= 3 and _GLUE_END.search(text[: m.start()])] + [len(text)]
    parts = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    return parts if all(len(p) >= 3 and plausible_agency(p) and _agencies(p) for p in parts) else None


def _glued_units(rest: str, columns: int) -> tuple[str, list[str]] | None:
    """``rest`` (a row without its number and deadline) cut into its task's text and ``columns`` cells of bodies,
    read from the right: the pieces a 、 or ， sets apart are bodies up to the piece the task ends in, where the
    first body opens with its level (整治农村生活垃圾积存点|区综合执法局); glued cells meet where a body's name ends
    and the next begins with no mark between them. None where the row cannot be told apart."""
    pieces = split_outside_brackets(rest, "、，,")
    glues: list[int] = []  # where a cell ends and the next begins, in ``rest``
    for n in range(len(pieces) - 1, -1, -1):
        at, piece = pieces[n]
        head = max(piece.rfind(c) for c in "。；;") + 1  # (units follow a task's last sentence)
        whole = _glued_bodies(piece, False) if n and not head else None
        if whole is not None and n:
            glues += [at + sum(map(len, whole[:i])) for i in range(1, len(whole))]
            continue
        starts = [m.start() for m in _BODY_START.finditer(piece, max(head, 2))]
        for j in starts:
            bodies = _glued_bodies(piece[j:], True)
            if bodies is not None:
                glues += [at + j + sum(map(len, bodies[:i])) for i in range(1, len(bodies))]
                task_end = at + j
                break
        else:
            return None
        break
    else:
        return None
    glues = sorted(glues)
    if columns == 1:
        return rest[:task_end], [rest[task_end:]]
    if len(glues) != columns - 1:
        return None  # (a cell left empty, or bodies glued inside a cell: which column is whose cannot be told)
    bounds = [task_end] + glues + [len(rest)]
    return rest[:task_end], [rest[a:b] for a, b in zip(bounds, bounds[1:])]


def _glued_row(row: str, kinds: str) -> tuple[str, list[str]] | None:
    """A row's task and its cells of bodies, or None."""
    tail = kinds[kinds.rindex("U") + 1:]
    rest = row
    if "D" in tail:
        m = _GLUED_DEADLINE.search(rest)
        while m and m.end() != len(rest):
            m = _GLUED_DEADLINE.search(rest, m.start() + 1)
        if not m:
            return None
        rest = rest[: m.start()]
    got = _glued_units(rest, kinds.count("U"))
    if not got:
        return None
    text, units = got
    task = strip_final_punct(_first_clause(re.split(r"[。：:；;]", text)[0]))
    return (task, units) if len(task) >= 2 else None


#: how far a glued table's row may run (in characters) before the next row's number or its deadline
_ROW_REACH = 2000


def _glued_tables(lines, others: str, used: set[int]) -> tuple[list[Assignment], set[int]]:
    """Task tables copied without any cell or row separator (a document viewer, a 文库 preview): the header's labels
    run together (序号重点任务牵头单位配合单位完成时限), each row's cells glued, the next row's number glued to the
    last cell of the row before, all on one line or cut into lines anywhere (a preview's chunks each opening with
    their number, 2、). The header tells the columns; a row opens with the next number in sequence; the deadline
    closes it; the cells of bodies are told by the shape of bodies' names (see _glued_units). A table whose first
    column names the task (任务名称) beside a column of its content gives nothing: the two cells cannot be told apart."""
    facts: list[Assignment] = []
    taken: set[int] = set()
    for k, line in enumerate(lines):
        if k in used or k in taken:
            continue
        flat = unspaced(nfkc(line.text))
        if "序号" not in flat and "编号" not in flat or _CELL_MARK.search(line.text) \
                or len(flat) - max(flat.find("序号"), flat.find("编号")) < 6:
            continue  # (a header of cells set apart, or of one cell a line: left to the readers of such tables)
        chunk = int(_CHUNK_NO.match(flat)["n"]) if _CHUNK_NO.match(flat) else 0
        joined, owner = flat, [k] * len(flat)  # (the header may be cut into lines too)
        for n in range(k + 1, min(k + 80, len(lines))):
            if n in used or _CELL_MARK.search(lines[n].text):
                break
            more = unspaced(nfkc(lines[n].text))
            cm = _CHUNK_NO.match(more)
            if cm and int(cm["n"]) == chunk + 1:
                more, chunk = more[cm.end():], chunk + 1
            joined += more
            owner += [n] * len(more)
        m = _GLUED_HEAD.search(joined)
        labels = _glued_labels(m["labels"]) if m and m.start() < len(flat) else None
        if not labels:
            continue
        kinds = "".join(_column_kind(c) for c in labels)
        if not re.fullmatch(r"T+U+[DN]*", kinds) or (kinds.startswith("TT") and "名称" in labels[0]):
            continue
        joined, owner = joined[m.end() - 1:], owner[m.end() - 1:]
        serial, at, last = 1, 1, None  # (joined opens with the first row's number)
        while at < len(joined):
            nxt = str(serial + 1)
            row = None
            reach = min(len(joined), at + _ROW_REACH)  # (a row is read within its reach: a long text stays linear)
            number = re.compile(rf"(?<![0-9.．第]){nxt}(?![0-9.．%年月日个万亿元])(?=[\u4e00-\u9fff“])")
            cands = list(number.finditer(joined, at, reach))
            for cand in cands:
                row = _glued_row(joined[at: cand.start()], kinds)
                if row:
                    end, then = cand.start(), cand.end()
                    break
            if not row and cands:  # a row that cannot be told apart: none of its rows, the next one read
                serial, at = serial + 1, cands[0].end()
                continue
            if not row and "D" in kinds:  # the last row: up to its deadline
                for dm in _GLUED_DEADLINE.finditer(joined, at, reach):
                    row = _glued_row(joined[at: dm.end()], kinds)
                    if row:
                        end, then = dm.end(), len(joined)
                        break
            if not row:
                break
            task, units = row
            span = (lines[owner[at]].start, lines[owner[end - 1]].end)
            roles = [_header_role(c) for c in labels if _column_kind(c) == "U"]
            facts += [a for role, cell in zip(roles, units) for part, part_role in _split_roles(cell, role)
                      for a in _assign(task, part_role, part, span, others)]
            last = owner[end - 1]
            serial, at = serial + 1, then
        if last is not None:
            taken.update(range(k, last + 1))
    return facts, taken
