"""Personnel decisions: appointments (任, 任命…为, 聘任, 兼任, 挂职任, 试用期满任)
and removals (免去…职务, 免去其…, 同时免去), in clauses, in numbered sections
whose items carry no verb, and in personnel tables.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Callable
from unicodedata import east_asian_width

from ..facts import Appointment, Position, Post, Removal
from ..text import SENTENCE_END, SPACES, cn_int, is_date_line, nfkc, parse_date, parse_duration, unspaced
from .layout import Layout, Line, cells as split_cells
from .parts import ENUM, SENTENCE as _SENTENCE_MARK
from .lists import comma_cells, open_quote
from .names import (MONGOLIAN_NAME, blank_asides, clean_name, joined_noun, name_shape, plausible_name, posts_before_name,
                    reported_name, split_name_posts)
from .groups import glued_names
from .holders import electing_body
from .members import posts_then_name
from .posts import area_of, has_own_prefix, normalise_agency, split_posts, split_title, with_term
from ..lexicon import AGENCY_END_RE, GOV_HEAD_CORES, LEVEL_CHARS, PROVINCES, REGION_END_RE, TITLE_RE, gov_head_agency

#: after a name of a list, where its aside stood (甲某（女，满族）、乙某: blanked by blank_asides, offsets kept)
_GAP = r"[ \u3000]{0,8}"
_CLAUSE_SPLIT = re.compile(r"[。；;\n]|(?<=决定|如下|研究|人员|名单|事项|通过|批准)[：:]|"
                           # 根据某县县长的提请：决定任命甲（女，侗族）为…: the basis ends at its colon, the item after it
                           r"(?<=提请|提议|提名)[：:]|"
                           # …决定任命：甲为X；乙为Y (a page without line breaks): the section's heading ends at its colon,
                           # kept on the heading (read as the section's verb), the items after it
                           r"(?<=(?:任命|聘任|聘用|免去|免职|解聘)[：:])|"
                           # …　乙某 根据某院院长的提请：任命：… (a page without line breaks): the next section's basis
                           r"(?<![ \u3000])[ \u3000]+(?=(?:根据|依据)[^。，,；;：: \u3000]{2,30}的(?:提请|提议|提名)[：:])|"
                           # 任命：某院审判员　甲某　某庭庭长　乙某 (a list of posts, each before its holder, on one line):
                           # each pair its own clause, parted after the holder's name where the next post begins (the holder's name may be
                           # padded after its surname: 某局副局长　甲　某)
                           rf"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[^ \u3000，,。；;：:]{{2,30}}?(?:{TITLE_RE.pattern.rstrip('$')})"
                           r"[ \u3000]+(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]{1,2})(?:[ \u3000]|$))|"
                           # …尉迟岚 以上同志任职时间从…起算 (a page without line breaks): the note dating the items above
                           r"(?<![ \u3000])[ \u3000]+(?=(?:以上|上述)(?:人员|同志)?(?:的)?(?:任职|聘任|聘用|任用)?(?:时间|任期|聘期))|"
                           # 所长　　甲某 聘任：主任　　乙某 (a page without line breaks): the next section's heading
                           r"(?<![ \u3000])[ \u3000]+(?=(?:任命|聘任|聘用|免去|免职|解聘)[：:])|"
                           # 宣读了《…任免通知》(…号文):甲同志任…: the decisions a report quotes after a colon
                           rf"[：:](?=[\u4e00-\u9fff·]{{2,4}}{_GAP}同志(?:任|兼任|担任)(?!命|免|职|期|务|用))|"
                           r"(?:(?<=职务)|(?<=[长记员理席]))[ \u3000]+(?=[\u4e00-\u9fff·]{2,4}(?:同志)?(?:任|辞|被任命|代理|兼任))")
_ENUM = re.compile(rf"^{ENUM}\s*")
_SECTION = re.compile(r"^(?:[^。]{0,80}。)?(?:(?:根据|依据|经)[^。，,：:]{2,30}?[，,])?(?:[一二三四五六七八九十]+、\s*|.{0,24}?决定|[\u4e00-\u9fff]{2,12}?[院府会委])?(?P<verb>任命|任职|聘任|聘用|提名|免去|免职|免去职务|解聘|退休)"
                      r"(?:以下|下列)?(?:同志)?(?:的)?(?:职务)?(?:如下)?(?:[:：]|$)")
#: (a report's sentence may come first on the line: 会议依法进行了人事任免。某县人民代表大会常务委员会决定任命：)
#: a name, its padding spaces and the blank an aside after it left (古丽娜尔·阿不都（女，维吾尔族）: eight characters of
#: name, eight of blanked aside)
_NAME = r"[\u4e00-\u9fff·•．][\u4e00-\u9fff·•．\s\u3000]{1,20}?"
_TITLE_END = TITLE_RE.pattern.rstrip("$")
#: (a name's characters are never the 和/及 that join the last name of a list)
_NAME_CH = r"(?:(?![和及])[\u4e00-\u9fff·])"
#: a body that appoints, printed as the subject of 任命: 中共某省委任命甲为…, 某市人民政府任命乙为…
_APPOINTING_BODY = r"(?:中共[\u4e00-\u9fff]{1,12}?委|[\u4e00-\u9fff]{0,12}?(?:人民政府|国务院|人大常委会|常务委员会))"
#: 任命X为Y (会议还任命X为Y); X任Y; and "current posts + name + 兼任 + new post", tried in this order
_APPOINT_RES = [
    re.compile(rf"^(?:[^，,：:]{{0,24}}?(?:决定|表决|通过|同意|依法|提请|批准|还|并|同时)|{_APPOINTING_BODY})?(?:兹|现|特|拟)?(?:任命|聘任|续聘|聘用|提名)"
               # (任命甲(某县委书记、县长)为某站站长: the posts the person holds, in parentheses after the name)
               rf"(?P<name>{_NAME})(?:同志)?(?:[（(](?P<current>[^()（）]+)[)）])?(?:为|担任)(?P<posts>.+)$"),
    # (中央批准X任Y, 同意X同志任Y: an approval of the appointment, printed before the person; 选派X同志挂职任Y: the
    # verb that sends the person, before the name;
    # 本次受聘为…: 受聘 a report's hiring, read by _HIRED_AS, its 受 no end of a name; 乙接任某市委书记: the post
    # taken from its last holder, 接 no end of a name; 丙卸任/离任某职: the post left, no appointment)
    re.compile(rf"^(?:[^，,：:、]{{0,12}}?(?:同意|批准))?(?:选派|委派)?(?!挂职)(?P<name2>{_NAME})(?:同志)?(?:[（(](?P<current>[^()（）]+)[)）])?(?:(?:已经|已)?于?(?:\d{{1,2}}月)?\d{{1,2}}日)?"
               rf"(?P<verb>挂职期间任|试用期满任|挂职任|挂任|调任|改任|转任|升任|接任|兼任|担任|(?<=日)被任命为|任命为|(?<![聘卸离])任(?!命|免|职|期|务|用|了)|聘任为|(?<!受)聘为|兼)(?P<posts2>.+)$"),
    re.compile(rf"^(?P<current3>[^，,。；;]{{2,40}}?(?:{_TITLE_END}))(?P<name3>(?![会长任])[\u4e00-\u9fff·]{{2,6}}?)(?:同志)?"
               rf"则?(?P<verb3>挂职任|挂任|调任|改任|转任|升任|出任|兼任|担任|被任命为|任(?!命|免|职|期|务|用))(?P<posts3>.+)$"),
]
#: a decision that prints the post first and its new holder after it: 区某局局长一职，由甲同志担任 (the post vacant
#: before, 一职 / 职务 closing it; the person named after 由)
_POST_THEN_HOLDER = re.compile(rf"^(?P<posts>[^，,。；;：:由]{{2,40}}?)(?:一职|职务)[，,]?由(?P<name>{_NAME_CH}{{2,6}}?)(?:同志)?"
                               r"(?P<verb>担任|兼任|出任|接任)[。；;]?$")
#: a probation ended, the post printed before its holder and not again after the verb: 某局副局长　甲　某某（女）
#: 试用期满，正式任职，任职时间从2023年5月起算 (the post held on probation, now taken for good; the date after it)
_CONFIRMED_IN_POST = re.compile(rf"^(?P<posts>[^，,。；;：:{SPACES}]{{2,40}}?(?:{_TITLE_END}))[{SPACES}]*(?P<name>{_NAME})(?:同志)?"
                                rf"[{SPACES}]*(?:经)?试用期(?:已)?满(?:[，,]?考核合格)?[，,]?(?:予以)?(?:正式任职|正式任用|转正)(?P<notes>.*)$")
#: an item of a 任命 / 免去 section that prints the post, a colon, then its holder (县财政局局长：甲某), or the verb before
#: the post on the item's own line (任命县财政局局长：甲某；); asides after the name (县教育局局长：甲某（女）（试用期一年）,
#: 乙某（另有任用）) and a note of its date after a comma (丙某，任职时间从2006年9月起算) are no part of it
_POST_COLON_HOLDER = re.compile(rf"^(?P<verb>任命|聘任|免去|免)?(?P<posts>[^，,。；;：:{SPACES}]{{2,40}}?(?:{_TITLE_END}))[：:][{SPACES}]*"
                                rf"(?P<name>{_NAME_CH}{{2,6}}?)(?:同志)?(?P<asides>(?:[{SPACES}]*[（(][^()（）]{{1,20}}[)）]){{0,3}})"
                                rf"(?P<tail>[，,](?:任职时间|时间|任期|聘期|试用期)[^，,。；;：:]{{1,30}})?[{SPACES}]*(?:职务)?[。；;，,]?$")
#: a secondment printed with the body the person is sent to before the verb: 选派甲同志到某局挂职任副局长，挂职时间为两年
#: (选派某局某科科长甲同志到… / 选派某局干部甲到…: the posts or the staff the person is sent from, before the name)
#: (the posts held end at a title that no division's name goes on from: 部人事局干部处处长甲, 部办公厅秘书处处长乙;
#: nor a committee's: 县经济委员会干部甲, not 委员)
#: (选派自治区某厅甲同志到…: the body alone the person comes from, where 同志到 follows the name)
#: (另，选派…: a last decision set off by 另; 经与某厅商定，该厅干部甲同志到…: the agreement it rests on)
_SECONDED_TO = re.compile(rf"^(?:另[，,]?)?(?:经[^，,。；;：:]{{0,12}}?(?:研究|商定|协商)[，,]?)?(?:[^，,：:、]{{0,12}}?(?:同意|批准|决定))?(?:选派|派|安排|推荐)?"
                          rf"(?P<current>[^，,。；;：:（()）]{{2,40}}?(?:(?:{_TITLE_END}|干部|职工|工作人员)(?![科处室股会])|"
                          rf"(?<=[厅局委办院])(?=[\u4e00-\u9fff·]{{2,4}}同志到)))?(?P<name>(?(current)[\u4e00-\u9fff·][\u4e00-\u9fff·{SPACES}]{{1,6}}?|{_NAME}))(?:同志)?"
                          # (某局干部覃　立功: a name a copy spaced out, after the staff the person comes from)
                          # (选派甲同志(某市某局某科科长)到…: the post the person holds, in parentheses after the name)
                          # (省某厅干部甲同志挂职任市某局副局长: the staff the person comes from before the name and the post
                          # where they are sent whole after the verb, with no 到)
                          rf"(?:[（(](?P<held>[^()（）]{{1,40}})[)）])?(?:到(?P<body>[^，,。；;：:（()）]{{2,40}}?)|(?(current)|(?!)))"
                          rf"(?:挂职任|挂职担任|挂任)"
                          rf"(?P<posts>[^，,。；;：:（()）].*)$")
#: a note after the decisions dating all of them: 以上人员任职时间从2020年7月1日起计算 / 上述同志任职时间自…起算
_ALL_FROM = re.compile(r"(?:以上|上述)(?:人员|同志|[\u4e00-\u9fff]{1,4}同志)?(?:的)?(?:任职|聘任|聘用|任用)?"
                       # 以上任职，除注明者外，任职时间从…起算: the exception, the decisions that date themselves (kept: a
                       # start is given only to an appointment without one)
                       r"(?:[，,]?除(?:另有|已)?注明(?:者|的)?(?:以)?外[，,]?(?:任职|聘任|聘用|任用)?)?"
                       r"(?:时间|任期|聘期)?(?:均|一律)?"
                       r"(?:从|自)(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)(?:起算|起计算|起)")


#: the same note naming whom it dates: 甲、乙同志任职时间从2008年3月起算 (their appointments above it)
_NAMED_FROM = re.compile(r"(?:^|(?<=[。；;，,\s]))(?P<who>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)同志(?:的)?"
                         r"(?:任职|聘任|聘用|任用)(?:时间|任期|聘期)(?:均|一律)?(?:从|自)"
                         r"(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)(?:起算|起计算|起)")


def _dated_above(layout: Layout, facts: list) -> list:
    """``以上人员任职时间从X起计算`` after a notice's decisions: the start of each appointment above it that has none;
    ``甲、乙同志任职时间从X起算``: of those people's appointments above it."""
    for line in layout.lines:
        dm = _ALL_FROM.search(nfkc(line.text))
        if dm:
            start = parse_date(dm.group(1))
            facts = [replace(f, start=start) if isinstance(f, Appointment) and not f.start and f.span[1] <= line.start + dm.start()
                     else f for f in facts]
        for dm in _NAMED_FROM.finditer(nfkc(line.text)):
            start, who, at = parse_date(dm.group(2)), set(dm["who"].split("、")), line.start + dm.start()
            facts = [replace(f, start=start) if isinstance(f, Appointment) and not f.start and f.person in who
                     and f.span[1] <= at else f for f in facts]
    return facts


#: a reason between a person and what happens to them: 因工作调动，/ 因年龄原因
_BECAUSE = r"(?:(?:因|由于)[^，,。；;]{2,12}?[，,]?)?"
#: between a name and the post taken from them: 的, 兼任的, 担任的, 所兼(的), 所任(的)
_WHOSE = r"(?:兼任的|担任的|所兼的?|所任的?|的)"
#: verbs that take a post from someone: 免去, 免除, 罢免 (a congress), 撤销 (a sanction), 解除, 解聘
_REMOVE_VERB = r"(?:免(?:去|除)?|罢免|撤销|解除|解聘)"
#: verbs that add members to a body (决定增补甲等8人为…委员, 补选乙为…): no part of the names after them
_ADDS = r"增补|补选|递补|增聘"
_LEAD_IN = r"(?:[^，,：:]{0,24}?(?:决定|表决|通过|同意|依法|批准))?(?:同时|并|兹|现|分别)?"
#: who removes: the lead-in of a decision, or a body as the subject of the verb (中共某省委免去甲的…职务)
_REMOVE_LEAD = rf"(?:{_APPOINTING_BODY}(?:同时|并)?|{_LEAD_IN})"
#: (免去　甲同志的…: a verb padded with a full-width space before the name; the space is no part of it, nor
#: 去 of the name after 免)
_REMOVE_RE = re.compile(rf"^{_REMOVE_LEAD}{_REMOVE_VERB}{_GAP}(?:(?P<self>其)|(?P<name>{_NAME})(?:同志)?{_WHOSE})(?P<posts>.+?)职务|"
                        rf"^{_REMOVE_LEAD}{_REMOVE_VERB}(?P<both>.+?)职务|"
                        rf"^(?P<name2>{_NAME})(?:同志)?{_BECAUSE}不再担任(?P<posts2>.+?)职务|"
                        # (同意甲辞去X职务: the deciding body agrees to the resignation, as 接受 says; 接受甲因年龄原因辞去…:
                        # the reason between the name and the verb is no part of the name)
                        rf"^{_LEAD_IN}(?:接受|同意)(?:了)?(?P<name3>{_NAME})(?:同志)?(?:因[^，,。；;辞]{{2,12}})?(?:辞去|辞职)(?P<posts3>.+?)职务|"
                        rf"^(?P<name4>{_NAME})(?:同志)?被免去(?:了)?(?P<posts4>.+?)职务|"
                        rf"^(?P<name5>{_NAME})(?:同志)?(?:请求|申请)?辞(?:去)?(?P<posts5>[^，,。；;]+?)职务|"
                        # 甲(、乙)不再担任某局副局长(和负责某所工作): a report's removal printed without 职务, to the
                        # clause's end (a portfolio the person also gives up, 和负责/主持…工作, is no post)
                        rf"^(?P<name6>{_NAME_CH}{{2,6}}?(?:、{_NAME_CH}{{2,6}}?)*)(?:同志)?{_BECAUSE}不再(?:担任|兼任|任(?!命|免|职|期|务|用))"
                        rf"(?P<posts6>[^，,。；;]+?)(?:(?:和|及|并)(?:负责|主持|分管|联系)[^，,。；;]*?工作)?(?=[，,。；;]|$)")
#: several people a removal names before the posts they all leave: 免去甲（女）、乙和丙同志的X职务 (asides blanked;
#: 同志 alone before the posts too: 免去甲、乙同志副校长职务)
_SEVERAL_REMOVED = re.compile(rf"^{_REMOVE_LEAD}{_REMOVE_VERB}{_GAP}(?P<names>{_NAME_CH}{{2,6}}?{_GAP}(?:[、和及]{_NAME_CH}{{2,6}}?{_GAP})+)"
                              rf"(?:同志{_WHOSE}?|{_WHOSE})(?P<posts>[^，,。；;]+?)职务")
#: several people a removal names with the posts printed straight after the last name, no 的 between
#: (免去甲、乙副省长职务): the last name is split from its posts as a name printed against its post is
_GLUED_REMOVED = rf"(?P<names>{_NAME_CH}{{2,4}}?{_GAP}(?:、{_NAME_CH}{{2,4}}?{_GAP}){{0,30}})、(?P<last>[^，,。；;、的]{{4,60}}?)职务"
_SEVERAL_GLUED = re.compile(rf"^{_REMOVE_LEAD}{_REMOVE_VERB}{_GLUED_REMOVED}")
#: a removal noted in brackets after an appointment under 任命：, the post the person leaves:
#: 县某局局长　甲某（免去其县某局副局长职务）
_BRACKET_REMOVED = re.compile(r"[(（](?:同时)?免去其?(?P<posts>[^()（），,。；;]{2,40}?)职务[)）]")
#: parenthesised notes after a post: probation, secondment, rank, term, a transfer (调州某局工作)
#: (the whole bracket's content, when it holds one of the words: checked ahead, then taken at once)
#: (a tenure's dates alone in brackets, after its length: ，挂职时间两年（1998年3月至2000年3月）)
_NOTE_RE = re.compile(r"[(（](?=[^()（）]*?(?:试用期|挂职|级|任期|起算|时间|聘期|退休|到龄|现任|原任|任用|安排|辞职|调出|调离|"
                      r"离任|兼任|保留|享受|待遇|调[^()（）]{1,20}?工作|\d{4}\s*年[^()（）]{0,12}?(?:至|到|—|－|-|~|～)\s*\d{4}\s*年))"
                      r"(?P<note>[^()（）]*+)[)）]")
#: the person a clause opens with, whose decision the next clause states: 甲某同志…, 甲某因…, 甲某试用期满，正式任命为…,
#: 甲某(女)已到退休年龄，免去其…职务 (an aside of sex or nation, or its blank, between the name and what the clause says of them)
_LEAD_CAUSE = r"(?=因|由于|试用期满|经试用期满|试用期已满|已(?:到|达|届|满)|达到|到龄|年满)"
#: (a three-character name padded after its surname in a list, 满　庆宇同志试用期满，: the name before 同志)
_LEAD_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){1,2}(?=同志)|[\u4e00-\u9fff] {1,2}[\u4e00-\u9fff]{2}(?=同志)|[\u4e00-\u9fff·]{2,8}?)(?:[(（][^()（）]{1,12}[)）]| {1,14})?"
                        rf"(?:同志|{_LEAD_CAUSE})")
#: a person sent on secondment, what the next clause appoints them to there: (选派某局副局长甲同志)到某市某局挂职锻炼
_SENT_TO = r"(?=到[^，,。；;]{2,30}?挂职)"
#: a clause that ends in a subject alone, its posts before the name: (与上述二人不同，)某集团总经理甲，跨公司任…; or
#: opens with it, what the next clause decides for them after it: 市某局局长甲同志到龄退休，免去其…职务
_TITLED_SUBJECT = re.compile(rf"(?:^|(?<=[，,]))(?P<posts>[^，,。；;：:]{{2,40}}?(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,3}})"
                             rf"(?:$|同志(?:$|{_LEAD_CAUSE}|{_SENT_TO})|{_LEAD_CAUSE}|{_SENT_TO})")
#: a resignation whose person the clause before named: 于冲因已调任…，请求辞去市政府副市长职务
#: (接受其辞去…职务的请求: a session accepting the resignation of the person the clause before appoints; 并接受其…
#: after the removals of that person)
_QUIT = re.compile(r"^(?:同时|并)?(?:(?:本人)?(?:请求|申请|提出)|接受(?:了)?其(?:请求|申请|提出的)?)辞去(?P<posts>.+?)职务")
#: a person block: ``谈一鸣：任…；免去…`` or ``陈立新　　任…`` (a name, then what happens to them; one full-width
#: space parts them too, as where a page's table cells were copied one a line: 陈立新 / 任…)
_BLOCK = re.compile(r"^(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{1,10}?)(?:同志)?(?:[（(](?P<current>[^()（）]+)[)）])?"
                    r"(?:[:：]|[\s\u3000]{2,}+|\t|\u3000)\s*(?=(?:试用期满|正式|兼|挂|任|聘|免|不再|同时))")
#: a person block printed the other way, its decision first and the name in the row's last cell:
#: ``任市某局副局长（试用期一年）　陈立新``, ``免市水利局副局长职务　刘德昌`` (the name told by its shape; one run
#: of the decision's characters, then the gap: linear on a long line)
_BLOCK_LAST = re.compile(r"^(?:试用期满|正式|兼任|挂职任|挂任|任(?!命|务|期|职|免)|聘任|免去|免(?!费|职)|不再担任|同时免去)"
                         r"[^\s\u3000]*(?P<gap>[\s\u3000]+)(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·]{1,5})$")
#: 兼 alone for 兼任 (任A，兼B; not 兼职, 兼顾, 兼有 …)
_JIAN_ALONE = r"兼(?![职任顾有具并容备管])"
#: a clause of the person before that takes a second post with 兼 alone
_ALSO_TAKES = rf"(?:同时|并)?{_JIAN_ALONE}[\u4e00-\u9fff]{{2}}"
_ALSO_FIRST = re.compile("^" + _ALSO_TAKES)
#: what follows a name in a person block, or a clause whose subject is the one before
_VERB_FIRST = re.compile(r"^(?:试用期满[，,]?|经试用期满考核合格[，,]?|跨(?:公司|单位|部门|系统|省|地区|行业)[，,]?)?(?:正式)?"
                         rf"(?:(?:同时|并)?(?={_JIAN_ALONE}))?(?P<verb>挂职期间任|试用期满任|挂职任|挂任|兼任|担任|任命为|任|聘任为|聘任|聘为|"
                         # (免去甲的X职务，改任Y: the post the person removed moves to, the subject of the clause before)
                         r"改任|转任|升任|"
                         rf"{_JIAN_ALONE})(?P<posts>.+)$")
#: several people, each with the posts they hold in parentheses, taking one post: 乙(某县副县长)，丙(某局副局长)、丁(某镇镇长)为副站长
_HELD_NAME = r"[\u4e00-\u9fff·]{2,4}[（(][^()（）]{2,40}[)）]"
#: one name or several, each may carry its posts in parentheses, taking one post: 乙(某县副县长)，丙、丁为副站长
_LISTED_TAKE = re.compile(rf"^(?:(?:兹|现|特)?任命)?(?P<items>(?:{_HELD_NAME}|{_NAME_CH}{{2,4}})(?:[，,、](?:{_HELD_NAME}|{_NAME_CH}{{2,4}}))*)"
                          r"(?:同志)?(?:为|担任)(?P<posts>[^，,。；;]+?)[。；;]?$")
_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})(?:[（(](?P<current>[^()（）]+)[)）])?")
#: several people printed before the verb of the post they all take: 甲、乙(兼)和丙等三位同志任某所副所长
#: (a name's characters are never the 和/及 that join the last name: one way to cut a list, no backtracking over it)
_NAMES_TAKE = (rf"{_NAME_CH}{{2,6}}?(?:[(（]兼[)）])?{_GAP}(?:[、和及]{_NAME_CH}{{2,6}}?(?:[(（]兼[)）])?{_GAP})+"
               r"(?:等(?:\d+|[一二三四五六七八九十两]+)[位名人])?(?:同志)?(?:任|兼任|担任)(?!命|免|职|期|务|用)")
_SUBCLAUSE = re.compile(rf"[，,](?={_NAMES_TAKE})|"
                        # 任命甲(某县委书记)为某站站长，乙(某县副县长)，丙(某局副局长)为副站长: the next decision begins at the
                        # first of the names, each with its posts in parentheses (not after one of them: a list of names)
                        rf"(?<![)）])[，,](?=(?:{_HELD_NAME}[，,、])*{_HELD_NAME}(?:为|担任))|"
                        # 甲同志任某院党委书记、乙同志任某院党委副书记、院长: after a title, the next decision, not a post of
                        # the first (after a name, 甲、乙同志任: several people taking one post)
                        rf"(?<=[长记任员理席师])、(?=[\u4e00-\u9fff·]{{2,4}}{_GAP}同志(?:任|兼任|担任)(?!命|免|职|期|务|用))|"
                        r"[，,](?=(?:同时|并|决定|兹|现|分别|宣布)?(?:免去|免[^费]|任命|聘任|兼任|挂任|挂职任|挂职期间任|接受))|"  # 甲同志，挂职任…; …，宣布免去…
                        rf"[，,](?={_ALSO_TAKES})|"  # 任A，兼B: 兼 alone for 兼任
                        # 提名甲为某市市长候选人　乙任某县委书记: a headline's two decisions parted by a space, after a post
                        r"(?<=[长记任员理席师人])[ \u3000]+(?=[\u4e00-\u9fff·]{2,4}(?:同志)?任(?!命|免|职|期|务|用)[\u4e00-\u9fff])|"
                        # 根据某部门关于…的安排，选派甲同志（某校副校长）到某局挂职任副局长: the secondment after its basis
                        r"[，,](?=(?:选派|委派|派)[^，,。；;]{2,60}?(?:挂职任|挂职担任|挂任))|"
                        r"[，,](?=[\u4e00-\u9fff·]{2,4}(?:同志)?(?:请求|申请)?辞去|(?:本人)?(?:请求|申请|提出)辞去)|[，,](?=(?:正式)?任(?!职|期|务))|"
                        r"(?<=职务)[，,](?=改任|转任)|"  # 免去甲的X职务，改任Y: the move after the removal
                        r"[，,](?!试用期|任期|聘期|挂职|任职|时间)(?=[\u4e00-\u9fff·]{2,8}(?:同志)?(?:任(?!职)|为)[\u4e00-\u9fff])|"
                        r"[，,](?=[\u4e00-\u9fff·]{2,4}(?:同志)?代理[\u4e00-\u9fff])|"  # …，乙某代理某市市长
                        # 甲同志任某院院长，乙同志（因年龄原因）不再担任某院院长: the predecessor's removal, its own clause
                        r"[，,](?=[\u4e00-\u9fff·]{2,4}(?:同志)?(?:(?:因|由于)[^，,。；;]{2,12}?)?不再(?:担任|兼任|任(?!命|免|职|期|务|用)))|"
                        # …，某局原副局长甲某调任某区委书记: a report's move, its holder named after the posts they leave
                        rf"[，,](?=[^，,。；;]{{2,40}}?(?:{_TITLE_END})[\u4e00-\u9fff·]{{2,4}}则?(?:调任|改任|转任|升任|出任))|"
                        # …，原某区委书记乙某则任某市委常委 (原: the post they leave)
                        rf"[，,](?=[^，,。；;]{{0,20}}?原[^，,。；;]{{0,20}}?(?:{_TITLE_END})[\u4e00-\u9fff·]{{2,4}}则?任(?!命|免|职|期|务|用))")
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
    unit: str | None = None  # the body a section heading names for the posts of its items (任命县人民法院：)


#: the last layout read by _clauses and its clauses: find_personnel reads a notice twice, later_probation once more
_LAST_CLAUSES: tuple = (None, [])


def _clauses(layout: Layout) -> list[tuple[str | None, _Clause]]:
    """Clauses of the notice with the verb of the numbered section they sit in (read once a layout; the
    caller must not change the list)."""
    global _LAST_CLAUSES
    last = _LAST_CLAUSES  # (one read: another thread may replace it)
    if last[0] is layout:
        return last[1]
    out = _read_clauses(layout)
    _LAST_CLAUSES = (layout, out)
    return out


#: a section heading that names the body its items' posts are in: 任命县人民法院：⏎甲为审判委员会委员、审判员
_UNIT_SECTION = re.compile(r"^(?P<verb>任命|聘任|免去)(?P<body>[\u4e00-\u9fff]{2,20})[：:]$")
#: a personnel notice's title (关于甲等同志职务任免的通知, 关于乙同志任职的通知), and a decision in it that names the person and
#: the post with 为 alone (甲同志为某局局长): 任命 left unsaid
#: a heading that is a body alone, its items deciding with verbs of their own: 市财政局：⏎甲任副局长；⏎免去乙的副局长职务
_BODY_HEADING = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,20})[：:]$")
_PERSONNEL_TITLE = re.compile(r"(?:任免|任职|任命|聘任|职务)的(?:通知|决定|批复)$")
_NAMED_AS = re.compile(rf"^{_NAME_CH}{{2,4}}同志为(?![^，,。；;]{{0,12}}?(?:组长|成员|召集人|指挥长|总指挥))")


def _signs(lines: list, k: int) -> bool:
    """True for line ``k``, a body's name alone on its line (``某县人民政府``), with a date line two lines below it at
    most: a signature, its head's title and name (``县长　甲``) between them."""
    flat = lines[k].flat
    return len(flat) <= 40 and bool(AGENCY_END_RE.search(flat)) and not re.search(r"[，,。；;：:、]", flat) \
        and any(is_date_line(n.text) for n in lines[k + 1:k + 3])


#: the mark a copy (a markdown listing, a word processor's list) sets before an item: ``- 甲某　县某局局长``, ``• 乙某…``
#: (a mark and a space, then a Chinese character: not a page mark ``- 3 -`` nor a dash inside a sentence)
_BULLET = re.compile(rf"^[{SPACES}]*[-*+•●▪◆■][{SPACES}]+(?=[\u4e00-\u9fff])")


def _unbulleted(line: Line) -> Line:
    """The line with its list mark cut off the front (its start moved past it), or the line as it was."""
    m = _BULLET.match(line.text)
    return replace(line, start=line.start + m.end(), text=line.text[m.end():]) if m else line


def _read_clauses(layout: Layout) -> list[tuple[str | None, _Clause]]:
    out: list[tuple[str | None, _Clause]] = []
    mode: str | None = None
    unit: str | None = None  # the body a section heading names (任命县人民法院：)
    chain: str | None = None  # 任命A为X；B为Y；: the verb carries over sentences joined by ；, and over lines
    heading: str | None = None  # the body a heading alone names (市财政局：), its items deciding with verbs of their own
    chronicle = is_chronicle(layout)  # 某县大事记: 5月，X任Y is an act of that month
    decisions = bool(_PERSONNEL_TITLE.search(nfkc(layout.title or "")))  # a notice of personnel decisions
    soft = False
    for k, line in enumerate(layout.lines):
        if "\t" in line.text:
            continue  # a table row: read by positions_from_table
        if _in_title(layout, line):
            continue  # a headline restates the body (任命X为Y / X任Y): read there, once
        if mode and _signs(layout.lines, k):
            mode = unit = chain = None  # 免去：…⏎某县人民政府⏎县长　甲⏎某年某月某日: the signature ends the list
            continue
        line = _unbulleted(line)  # - 甲某　县某局局长: a copy's list mark before the item
        text = blank_asides(line.text)  # 甲某（女，满族）: the aside blanked, offsets kept
        um = _UNIT_SECTION.match(nfkc(text).strip(SPACES))
        if um and has_own_prefix(um["body"]) and AGENCY_END_RE.search(um["body"]):
            mode, unit, chain = um["verb"], um["body"], None
            continue
        bm = _BODY_HEADING.match(nfkc(text).strip(SPACES))
        if bm and has_own_prefix(bm["body"]) and AGENCY_END_RE.search(bm["body"]) and mode is None:
            heading = bm["body"]  # (a body under a 任命…： section names its own posts' body: read there)
            continue
        m = _SECTION.match(nfkc(text))
        if m:
            mode, unit = m["verb"], None
            rest = text[m.end():].lstrip("：:" + SPACES)
            if not rest:
                continue
        elif re.match(r"^[一二三四五六七八九十]+、", text):
            mode = unit = heading = None
        pos = 0
        subject, current = None, None
        block = _BLOCK.match(text)
        if block and plausible_name(clean_name(block["name"])):
            subject = clean_name(block["name"])
            current = (block["current"], line.start + block.start("current")) if block["current"] else None
            pos = block.end()
        stop = len(text)
        last = _BLOCK_LAST.match(text.strip(SPACES)) if not block else None
        if last and reported_name(clean_name(last["name"]), listed=True):
            subject = clean_name(last["name"])
            stop = len(text.rstrip(SPACES)) - len(last["gap"] + last["name"])
        said = _SaidBefore(text)
        for sentence, end in _sentences(text[pos:stop]):
            carry = chain  # 任命A为X，B为Y: the verb carries over to the next sub-clause
            for k, piece in enumerate(_SUBCLAUSE.split(sentence)):
                s = line.start + text.index(piece, pos)
                pos = s - line.start + len(piece)
                lead = len(piece) - len(piece.lstrip(SPACES))
                body = piece.strip(SPACES)
                em = _ENUM.match(body) or _ECHO.match(body) or _PAGE_MARK.match(body)
                if em:
                    lead += em.end()
                    body = body[em.end():]
                if not body:
                    continue
                plain = nfkc(body).rstrip(SPACES)
                # (某县人大常委会任免名单 根据…决定任命：: a heading before it, parted by a space)
                opener = next((o for o in (_SECTION.match(plain), _SECTION.match(re.split(r"[ \u3000]+", plain)[-1]))
                               if o and o.end() == len(o.string)), None)
                if opener and plain[-1:] in "：:":
                    mode, carry, chain, unit = opener["verb"], None, None, None  # …决定免去：甲的X职务。根据某院院长的提请，任命：乙…
                    continue  # (a page without line breaks: the section's heading inside the line)
                if _PROPOSAL.match(body):
                    continue  # 根据某院院长的提请: the basis of the decisions after it, no item
                verb = re.match(r"^(?:同时|并)?(?:宣布(?:了)?)?(?:兹|现|特)?(任命|聘任|免去)", body)  # (现任命: 现 the time of the act)
                if said.after_date(s - line.start) and not verb and not _APPROVED.match(body) and not chronicle:
                    continue  # 2020年6月，X任Y: a career history, not a decision (1951年3月，任命X为Y: an act on its date)
                if not verb and said.hearsay(s - line.start):
                    continue  # 据悉，X任Y: what the reporter learned someone holds, not a decision
                if mode in _REMOVING and (_OWN_APPOINTMENT.match(body) or _APPOINT_RES[0].match(body)) \
                        and not re.search(r"职务[。；;，,]?$", body):
                    # 免去：…⏎甲同志任某局局长 / 会议还任命乙为…: a decision with its own verb ends the list of removals
                    mode = None
                carried = carry if not verb else None
                if carried == "免去" and not _REMOVED_ITEM.match(body):
                    carried = None  # 免去A的X职务；任命B为Y / 接受C辞去…: the chain of removals ended
                if carried and _BASIS.match(body):
                    carried = carry = chain = None  # 任命A为X；根据某院院长的提请，任命B为Y: the next decision's basis
                if carried and soft and not _APPOINTED_ITEM.match(body) and not _REMOVED_ITEM.match(body):
                    carried = carry = chain = None  # 任命A为X，⏎并要求…: a line that goes on with no item of the list
                soft = False
                if not (mode or carried) and decisions and _NAMED_AS.match(nfkc(body)):
                    carried = "任命"  # 某某等同志职务任免的通知 … 决定：甲同志为某局局长: an appointment, 任命 unsaid
                out.append((mode or carried, _Clause(s + lead, body, subject, current,
                                                     unit if mode else heading if not (mode or carried) else None)))
                current = None  # the current posts are stated once
                carry = verb.group(1) if verb else carry
                lead_verb = _CHAIN_VERB.match(body) or (_CHAIN_REMOVE.match(body) if k == 0 else None)
                if lead_verb:
                    chain = lead_verb["verb"]
            if end not in "；;":
                chain = None
        if not text.rstrip(SPACES).endswith(_LIST_GOES_ON):
            chain = None
        soft = text.rstrip(SPACES).endswith(("，", ","))  # (a comma: the next line must be an item of the list)
    return _rejoin_held(out)


#: an item of a section that prints the posts first, cut after them: the posts alone (某局副局长), its holder not on it
_POSTS_ALONE = re.compile(rf"(?:^|(?<=[{SPACES}]))[^{SPACES}，,。；;：:、]{{2,30}}?(?:{_TITLE_END})$")
#: the holder of those posts, alone at the head of the next line (甲　某, 甲某某)
_HOLDER_ALONE = re.compile(rf"^(?:[\u4e00-\u9fff·]{{2,4}}|[\u4e00-\u9fff][{SPACES}]{{1,2}}[\u4e00-\u9fff]{{1,2}})$")


def _rejoin_held(out: list) -> list:
    """A posts-first item of a section cut between its posts and its holder (a page's lines broken anew: 某局副局长⏎
    甲　某（女） 某局局长　乙某): the posts and the name after them read as one item, the posts where they stand."""
    joined: list = []
    for mode, clause in out:
        cut = _POSTS_ALONE.search(joined[-1][1].text) if joined and mode in _SECTION_VERBS and joined[-1][0] == mode \
            and _HOLDER_ALONE.match(clause.text) and name_shape(clean_name(clause.text)) else None
        last = joined[-1][1] if cut else None
        before = last.text[:cut.start()].rstrip(SPACES) if cut else ""
        if cut and split_posts(cut.group()) and (not before or posts_before_name(before)):
            # (某局局长　甲某 某局副局长⏎乙　某: the row before the cut kept whole, the posts after it given their holder)
            item = replace(last, start=last.start + cut.start(), text=cut.group() + "\u3000" + clause.text)
            joined[-1:] = ([(mode, replace(last, text=before))] if before else []) + [(mode, item)]
            continue
        joined.append((mode, clause))
    return joined


#: an approval of an appointment, an act on the date before it: 1958年12月，中央批准甲任副省长
_APPROVED = re.compile(r"^[^，,：:、]{0,12}?(?:批准|同意)[\u4e00-\u9fff·]{2,4}?(?:同志)?(?:任|担任)(?!命|免|职|期|务|用)")


#: the basis a decision opens with (根据某院院长的提请, 依照某法的规定): no item of the chain of decisions before it
_BASIS = re.compile(r"^(?:根据|依据|依照|按照)")


#: the proposal decisions rest on, a clause of its own: 根据县人民法院院长的提请
_PROPOSAL = re.compile(r"^(?:根据|依据|依照|按照)[^，,。；;：:]{2,30}的(?:提请|提议|提名)$")


#: the verbs of a section of removals (免去：)
_REMOVING = ("免去", "免职", "免去职务", "解聘")
#: a decision with its own subject and verb of taking a post: 甲同志任某局局长, 乙同志挂职任…, 丙同志兼任…
_OWN_APPOINTMENT = re.compile(r"^[\u4e00-\u9fff·]{1,4}[\s　]?[\u4e00-\u9fff·]{0,4}同志(?:挂职)?(?:任|担任|兼任)(?!命|免|职|期|务|用)")


#: an item of a chain of removals, its verb not repeated: 乙某的某局局长职务, 丙某同志的…职务
_REMOVED_ITEM = re.compile(r"^[\u4e00-\u9fff·]{2,6}?(?:同志)?的[^，,。；;]{2,60}?职务[，,。；;]?$")
#: an item of a chain of appointments, its verb not repeated: 乙某为某局局长, 丙某同志为…
_APPOINTED_ITEM = re.compile(r"^[\u4e00-\u9fff·]{2,6}?(?:同志)?(?:[(（][^()（）]{1,8}[)）])?[为為]")
#: the end of a line whose list of decisions goes on in the next (任命A为X，⏎B为Y；⏎免去C的Z职务，⏎D的W职务。)
_LIST_GOES_ON = ("；", ";", "，", ",")
#: a page's echo of its headline in 【】 before the text (【某某任免】任命…): no part of the clause
_ECHO = re.compile(r"^【[^【】]{1,60}】\s*")
#: a page's number left inside a page that lost its line breaks, before the next item: …聘期三年；-1-免去甲的…职务
_PAGE_MARK = re.compile(r"^[-－—]\s*\d{1,3}\s*[-－—]\s*(?=[\u4e00-\u9fff])")


#: a clause that opens a chain of appointments: 任命X为Y, 会议还表决任命X为Y
_CHAIN_VERB = re.compile(r"^(?:[^，,：:]{0,24}?(?:决定|表决|通过|同意|依法|提请|批准|还|并|同时))?(?:兹|现|特)?(?P<verb>任命|聘任)")
#: a sentence that opens a chain of removals: 免去A的X职务，B的Y职务 (免去其…: the person of the clause before, no chain)
_CHAIN_REMOVE = re.compile(r"^(?:[^，,：:]{0,24}?(?:决定|表决|通过|同意|依法|批准|还|并|同时))?(?P<verb>免去)(?!其)")


def _sentences(text: str) -> list[tuple[str, str]]:
    """Sentences of a line as ``_CLAUSE_SPLIT`` cuts them, each with the mark that ends it."""
    out, last = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((text[last:m.start()], m.group(0)))
        last = m.end()
    out.append((text[last:], ""))
    return out


def _in_title(layout: Layout, line) -> bool:
    span = layout.title_span
    return bool(span) and span[0] <= line.start and line.end <= span[1] and span != (0, 0)


#: a clause right after a date (``2020年6月，``, ``去年8月``): a career history
_DATE_BEFORE = re.compile(r"(?:\d{4}年|\d{1,2}月|去年|今年|前年|上月)(?:年?初|年?底|年?末|上旬|中旬|下旬)?(?:间|期间)?[，,]?\s*$"  # (3月25日，: the day of an event)
                          # a span of a career: 2001年到2006年间，X任Y; 2006年3月起，任Y (自/从2024年1月起: a tenure's start)
                          r"|(?<![自从\d年])(?:\d{4}年)?\d{1,2}月起[，,]\s*$")


#: a reporter's hearsay before a clause: 据悉，X任Y (a post someone holds, no decision of this notice)
_HEARSAY = re.compile(r"(?:据悉|据了解|据介绍|另据了解)[，,]?\s*$")


#: the title of a chronicle, whose entries narrate acts on their dates
_CHRONICLE = re.compile(r"大事记|大事記|纪事|紀事|大事年表")


def is_chronicle(layout: Layout) -> bool:
    """A chronicle (某县大事记): its entries narrate the acts of their dates (``5月，县委决定：甲某任…``),
    appointments among them, whatever kind the page is."""
    return bool(_CHRONICLE.search(layout.title or ""))


#: words of a session's decision (a date before them dates the decision, not a career's step)
_DECIDING = re.compile(r"决定|会议|表决|通过|宣布|任命")


class _SaidBefore:
    """What one line says in a sentence before an offset, asked for each clause or decision of the line:
    the marks that end its sentences and the words a test looks for are found once per line, so each
    question is a binary search and a match over a few characters (reading the sentence up to each of
    a sentence's many decisions was quadratic on a long sentence without 。/；)."""

    def __init__(self, text: str):
        self.text = text
        self._ends = [m.end() for m in SENTENCE_END.finditer(text)]
        self._deciding = _Words(_DECIDING, text)
        self._past = _Words(_PAST, text)

    def start(self, at: int) -> int:
        """Where the sentence that ``at`` is in begins."""
        k = bisect_right(self._ends, at)
        return self._ends[k - 1] if k else 0

    def _ends_with(self, pattern: re.Pattern, at: int, reach: int) -> bool:
        """Whether the sentence up to ``at`` ends with ``pattern`` (anchored at its end, at most ``reach``
        characters before the spaces that end it)."""
        start, j = self.start(at), at
        while j > start and self.text[j - 1].isspace():
            j -= 1
        return bool(pattern.search(self.text, max(start, j - reach), at))

    def after_date(self, at: int) -> bool:
        """2020年6月，X任Y: the clause at ``at`` follows a date, and no word of a decision is before it."""
        return self._ends_with(_DATE_BEFORE, at, 16) and not self._deciding.within(self.start(at), at)

    def hearsay(self, at: int) -> bool:
        return self._ends_with(_HEARSAY, at, 8)

    def past(self, at: int) -> bool:
        """曾任…, 历任…: a past before ``at`` in its sentence."""
        return self._past.within(self.start(at), at)


class _Words:
    """Every occurrence of the words of ``pattern`` in a text (overlapping ones too), to ask whether one
    lies whole within a span."""

    def __init__(self, pattern: re.Pattern, text: str):
        found = [(m.start(), m.start() + len(m.group(1)))
                 for m in re.finditer(f"(?=({pattern.pattern}))", text)]
        self._starts = [s for s, _ in found]
        self._first_end = [0] * len(found)  # the least end of the occurrences from k on
        least = len(text) + 1
        for k in range(len(found) - 1, -1, -1):
            least = min(least, found[k][1])
            self._first_end[k] = least

    def within(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, start)
        return k < len(self._starts) and self._first_end[k] <= end


_COMMA_KEPT = re.compile(r"([，,])")  # (split, the commas kept)
#: words of a sentence after a comma, not of a list of posts going on
_NOT_POST_WORD = re.compile(r"为|同志|等|担任|兼任|职务|是|此前|曾")


def _cut_notes(posts: str) -> tuple[str, str]:
    """Split trailing notes (parentheses about probation/term, comma clauses) off a posts string."""
    notes = " ".join(m["note"] for m in _NOTE_RE.finditer(posts))
    core = _NOTE_RE.sub("", posts)
    pieces = _COMMA_KEPT.split(core)
    head = pieces[0]
    for k in range(2, len(pieces), 2):  # 党组成员，工委副书记、委员，管委会主任: a list of posts goes on after a comma
        piece = pieces[k].strip(SPACES)
        if not piece or _NOT_A_POST.match(piece) or _NOT_POST_WORD.search(piece) or not split_posts(piece) or \
                len(split_posts(piece)) != len(piece.split("、")):
            notes = f"{notes} {''.join(pieces[k:])}"
            break
        head += pieces[k - 1] + pieces[k]
    return head.strip(SPACES), notes


#: what opens a clause rather than continuing a list of posts
_NOT_A_POST = re.compile(r"^(?:同时|并|免|任|兼|不再|试用|挂职|聘|提名|其|时间|任期|原|现|自|从|为|是|负责|分管|主持|联系|协助)")


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


def _subject_shape(lead: re.Match) -> bool:
    """The name of a clause's subject printed after its posts: a common name's shape, or a rarer surname
    the 同志 after it marks (选派县某局副局长亢某某同志到…挂职)."""
    name = lead["name"]
    return name_shape(name) or lead.string.startswith("同志", lead.end("name")) and reported_name(name, listed=True)


def find_personnel(layout: Layout, known: frozenset[str], region: str = "") -> list:
    """Appointments and removals of a notice; ``known`` holds agencies named elsewhere in it."""
    facts: list = []
    last_person: str | None = None
    last_at = 0  # where the clause that named last_person starts
    current = _current_post_zones(layout)
    paragraphs = _Paragraphs(layout)
    prev = None  # the clause before
    for mode, clause in _clauses(layout):
        if last_person and not paragraphs.same(last_at, clause.start):
            last_person = None  # a report's next paragraph (…，任某部部长) is not about the person of the one before
        also = last_person and _ALSO_FIRST.match(nfkc(clause.text))  # (任A，兼B: not a name 兼某)
        got = _listed_taking(mode, clause, facts, paragraphs, region) or \
            (_read_clause(mode, clause, known, last_person, region) if not also else None)
        if not got:
            got = _bare_title_removal(clause, prev, facts, paragraphs) or got
        if not got and clause.unit and not mode:
            got = _under_heading(clause, known, last_person, region) or got
        if got and _proposed(prev, clause):
            got = [Position(person=f.person, post=f.post, span=f.span) if isinstance(f, Removal) else f for f in got]
        prev = clause
        if got and clause.unit:
            got = _within_unit(got, clause.unit, layout, paragraphs.starts, region)
        zone = next((z for z in current if z[0] <= clause.start < z[1]), None)
        if got and zone:  # 目前还担任着…职务。A任X，B任Y: what they hold now
            got = [Position(person=f.person, post=f.post, span=f.span, person_span=f.person_span)
                   if isinstance(f, Appointment) else f for f in got]
            got += [Removal(person=f.person, post=p, span=f.span) for f in got if isinstance(f, Position)
                    for p in _posts(zone[2], zone[3], region)]  # 被免去X职务的6人: each of them
        if got is None and last_person and (_VERB_FIRST.match(nfkc(clause.text)) or _QUIT.match(nfkc(clause.text))
                                            or _NO_LONGER_FIRST.match(nfkc(clause.text)) and name_shape(last_person)) and \
                (not nfkc(clause.text).startswith(("任命", "任职", "聘任", "任期", "任免"))  # (任免、考核…: a power, no post)
                 or nfkc(clause.text).startswith("聘任为")):  # 甲同志，聘任为某所副所长: the person's own clause before
            got = _subject_clause(replace(clause, subject=last_person), nfkc(clause.text),
                                  (clause.start, clause.start + len(clause.text)), known, region)
        if got is None:
            lead = _LEAD_NAME.match(nfkc(clause.text)) or _TITLED_SUBJECT.search(nfkc(clause.text))
            if lead and plausible_name(clean_name(lead["name"])) and (lead.re is _LEAD_NAME or _subject_shape(lead)
                                                                     and split_posts(lead["posts"])):
                last_person, last_at = clean_name(lead["name"]), clause.start
            continue
        facts.extend(got)
        people = [f.person for f in got]
        last_person, last_at = (people[-1], clause.start) if people else (last_person, last_at)
    facts = _dated_above(layout, facts)
    headline = _headline_decisions(layout, known, region)
    facts += _listed_after_announcement(layout, facts, region)
    facts = _placed_once(facts, headline, lambda f: "政府" not in _printed(layout, paragraphs.starts, f.post.span))
    return _college_committees(layout, facts) + rank_promotions(layout)


#: a grade of a judge, a prosecutor or a civil servant (法官等级, 检察官等级, 职级): 三级高级法官, 一级法官, 二级大检察官,
#: 一级调研员, 二级主任科员, 四级高级主办
_RANK = (r"(?:[一二三四五]级)?(?:高级|大)?(?:法官|检察官)"
         r"|[一二三四]级(?:巡视员|调研员|主任科员|科员|高级主办|主办|高级警长|警长)")
#: 甲同志晋升为三级高级法官；乙同志（女）晋升为二级主任科员（试用期一年）: a promotion to a grade, the note after it
_PROMOTED = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·{SPACES}]{{1,6}}?)(?:同志)?"
                       rf"(?:[(（][^()（）]{{1,8}}[)）])?晋升为(?P<rank>{_RANK})(?P<notes>[(（][^()（）]*[)）])?(?=[；;。，,]|$)")
#: the note dating the promotions above it: 以上同志晋升法官等级和职级的，任职时间从2020年9月起算
_PROMOTED_FROM = re.compile(r"晋升[^。；;]{0,20}?的[，,]?(?:任职时间|时间)(?:从|自)(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)起")


def rank_promotions(layout: Layout) -> list[Appointment]:
    """``甲同志晋升为三级高级法官``: an appointment to that grade in the issuing body (the court, the bureau whose
    grades they are), dated by a note on the promotions (``…晋升…的，任职时间从X起算``) where the text has one."""
    issuer = normalise_agency(layout.issuer or "")[0]
    if not issuer:
        return []
    lines = [(ln, nfkc(ln.text)) for ln in layout.lines if not _in_title(layout, ln)]
    dated = next((m for _, t in lines if (m := _PROMOTED_FROM.search(t))), None)
    out: list[Appointment] = []
    for line, text in lines:
        for m in _PROMOTED.finditer(text):
            name = clean_name(m["name"])
            if not plausible_name(name):
                continue
            attrs = _appointment_attrs("", (m["notes"] or "") + (f"，任职时间从{dated[1]}起算" if dated else ""))
            span = (line.start + m.start(), line.start + m.end())
            post = Post(agency=issuer, title=m["rank"], span=(line.start + m.start("rank"), line.start + m.end("rank")))
            out.append(Appointment(person=name, post=post, span=span, **attrs))
    return out


#: a clause that only proposes what the next one says: 市委建议，免去甲同志某区人民政府区长职务 (the congress decides)
_PROPOSER = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:建议|提议)$")


def _proposed(prev: _Clause | None, clause: _Clause) -> bool:
    """True when ``clause`` follows in its sentence a body's proposal (``市委建议，``): a removal it words is only
    proposed, and the person still holds the post."""
    return prev is not None and prev.start + len(prev.text) >= clause.start - 1 and bool(_PROPOSER.match(nfkc(prev.text).strip()))


def _listed_taking(mode, clause: _Clause, facts: list, paragraphs, region: str) -> list:
    """``任命甲(某县委书记)为某站站长，乙(某县副县长)，丙(某局副局长)为副站长``: people of an appointment list, each
    with the posts they hold in parentheses (positions), taking one post; a bare title (副站长) is the post of the
    body of the appointment just before it in the paragraph (某站). [] when the clause is not of that shape."""
    flat = nfkc(clause.text)
    m = _LISTED_TAKE.match(flat)
    if not m or not (mode in ("任命", "聘任") or flat.startswith(("任命", "兹任命", "现任命", "特任命"))):
        return []
    items = [(i, clean_name(i["name"])) for i in _ITEM.finditer(m["items"])]
    held = any(i["current"] for i, _ in items)
    if not all(name_shape(n) for _, n in items) or not held and len(items) > 1:
        return []  # (甲、乙为…: read by _SEVERAL; one plain name: here only for a bare title)
    span, title = (clause.start, clause.start + len(clause.text)), m["posts"]
    at = clause.start + m.start("posts")
    posts = _posts(title, at, region) if split_posts(title) else _bare_post(title, at, clause, facts, paragraphs)
    if not posts or not held and split_posts(title):
        return []
    out: list = [Appointment(person=n, post=p, span=span) for _, n in items for p in posts]
    for i, n in items:
        if i["current"]:
            out += _current_posts(n, i["current"], clause.start + m.start("items") + i.start("current"), span, region)
    return out


#: a bare title a decision under a body's heading takes or leaves (甲任副局长, 免去乙的副局长职务, 同意丙辞去局长职务,
#: 丁挂职任副主任): where that body is read before it
_BARE_TITLE_AT = re.compile(r"(?<=[任的其去])(?P<title>[^其，,。；;（()职]{1,8}?)(?=职务|[，,。；;（(]|$)")


def _under_heading(clause: _Clause, known: frozenset[str], last_person: str | None, region: str) -> list:
    """Decisions of an item under a heading that is a body alone (市财政局：⏎甲任副局长（试用期一年）): the item read
    with that body before each bare title it prints; the facts keep the item's span."""
    def body(m: re.Match) -> str:
        title = m["title"]
        return clause.unit + title if TITLE_RE.fullmatch(title) and not split_title(title)[0] else title
    text = _BARE_TITLE_AT.sub(body, nfkc(clause.text))
    if text == nfkc(clause.text):
        return []
    span = (clause.start, clause.start + len(clause.text))
    got = _read_clause(None, replace(clause, text=text, unit=None), known, last_person, region) or []
    out = []
    for f in got:
        if not isinstance(f, (Appointment, Removal)):
            continue
        post = replace(f.post, span=span)
        out.append(replace(f, post=post, span=span, person_span=None))
    return out


def _within_unit(got: list, unit: str, layout: Layout, starts: list[int], region: str) -> list:
    """Decisions of an item under a heading that names their body (任命县人民法院：⏎甲为审判委员会委员、审判员):
    the posts a person takes, printed without a body of their own, read again after that body (县人民法院审判委员会
    / 委员, 县人民法院 / 审判员)."""
    out, done = [], set()
    for f in got:
        if not isinstance(f, (Appointment, Removal)) or has_own_prefix(f.post.agency):
            out.append(f)  # 任命县人民法院：⏎甲为县公安局局长: a body of its own
            continue
        if f.person in done:
            continue
        done.add(f.person)
        same = [g for g in got if type(g) is type(f) and g.person == f.person and not has_own_prefix(g.post.agency)]
        begin, end = min(g.post.span[0] for g in same), max(g.post.span[1] for g in same)
        printed = _printed(layout, starts, (begin, end))
        posts = split_posts(unit + printed, begin - len(unit), region=region) if printed else []
        if len(posts) != len(same):
            out += same
            continue
        out += [replace(g, post=replace(p, span=(max(p.span[0], begin), p.span[1]))) for g, p in zip(same, posts)]
    return out


def _bare_post(title: str, at: int, clause: _Clause, facts: list, paragraphs) -> list[Post]:
    """The post of a bare title (副站长) in an appointment list: the body of the appointment just before it in the
    paragraph, to a title of the same core (站长); [] when there is none."""
    if not TITLE_RE.fullmatch(title):
        return []
    last = next((f for f in reversed(facts) if isinstance(f, Appointment)), None)
    if last is None or not paragraphs.same(last.span[0], clause.start) or not last.post.agency:
        return []
    core = re.sub(r"^(?:常务)?副", "", title)
    if re.sub(r"^(?:常务)?副", "", last.post.title) != core:
        return []
    return [Post(agency=last.post.agency, title=title, span=(at, at + len(title)))]


#: a removed person's name (as _PNAME, defined further down)
_REMOVED_NAME = r"[\u4e00-\u9fff·]{2,4}?"
#: a removal that prints the post by its bare title: 免去乙同志校长的职务 / 因年龄原因，乙不再担任校长职务 /
#: 免去乙、丙的副校长职务 (several people, each removed from it)
_BARE_REMOVAL = re.compile(rf"^{_BECAUSE}(?:同时|并)?(?:免去(?P<name>{_REMOVED_NAME}(?:、{_REMOVED_NAME})*)(?:同志的?|的)|(?P<name2>{_REMOVED_NAME})(?:同志)?不再(?:担任|兼任))"
                           r"(?P<title>[^，,。；;的]{1,8}?)的?职务")


def _bare_title_removal(clause: _Clause, prev: _Clause | None, facts: list, paragraphs) -> list[Removal]:
    """``任命甲为某大学校长，免去乙同志校长的职务``: a removal from a bare title right after an appointment to
    that title in the same paragraph (a fact read already, or the clause before it: 任命…为… / …任…) is a
    removal from the same body's post; [] otherwise."""
    m = _BARE_REMOVAL.match(nfkc(clause.text))
    if not m or not TITLE_RE.fullmatch(m["title"]) or split_posts(m["title"]):
        return []
    names, title = (m["name"] or m["name2"]).split("、"), m["title"]
    last = next((f for f in reversed(facts) if isinstance(f, Appointment)), None)
    if last is not None and not paragraphs.same(last.span[0], clause.start):
        last = None
    agency = last.post.agency if last is not None and last.post.title == title and last.person not in names else None
    if last is None and prev is not None and paragraphs.same(prev.start, clause.start):
        before = nfkc(prev.text)
        k = before.rfind("为") if "为" in before else before.rfind("任")  # the posts the clause before gives (…为我校新一任校长)
        taken = before[k + 1:] if k >= 0 and 2 <= len(before) - k - 1 <= 40 else ""
        agency = next((p.agency for p in split_posts(taken) if p.title == title), None) if taken else None
    if not agency or not all(name_shape(name) for name in names):
        return []
    at = clause.start + m.start("title")
    return [Removal(person=name, post=Post(agency=agency, title=title, span=(at, at + len(title))),
                    span=(clause.start, clause.start + len(clause.text))) for name in names]


#: a decision announced for a body's whole team, its people listed after it: 国务院某日任命了某特区第三届政府
#: 主要官员(下表)。/ …任命了…主要官员和检察长。甲为某司司长，乙为… / 任命某所新一届领导班子成员(名单附后)
_ANNOUNCED = re.compile(r"任命(?:了)?(?P<who>[^。；;，,：:()（）]{2,40}?(?:主要官员|领导班子成员|领导班子|组成人员|官员))"
                        r"(?:和[\u4e00-\u9fff]{2,6}?)?(?:[(（](?:见)?(?:下表|名单附后|附后|名单如下)[)）])?(?:如下|名单如下)?(?P<end>[。：:]|$)")
#: an item of such a list: 甲为某司司长 (in the sentence after the announcement)
_LISTED_AS = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6}?)(?:同志)?[为為](?P<posts>[^，,。；;、]{2,40})$")
#: how far below its announcement a list may start (a report's paragraphs and a heading between them), and
#: how many items make one (a single post-and-name line is a signature or a contact, not the list)
_LIST_REACH, _LIST_MIN = 30, 2


def _listed_after_announcement(layout: Layout, facts: list, region: str) -> list:
    """The people a notice appoints by announcing the decision for a team (``任命了某特区第三届政府主要官员(下表)``)
    and listing them after it: items ``甲为某司司长`` in the sentence that follows, or the first run of lines that
    each print a post and a name (``某司司长甲``, ``某局局长　乙(女)``, ``某司司长：丙``) below it. Each is appointed."""
    lines = layout.lines
    named = {f.person for f in facts if isinstance(f, Appointment)}
    tried = 0
    for k, line in enumerate(lines):
        m = _ANNOUNCED.search(nfkc(line.text)) if "任命" in line.text and tried < 4 else None
        if not m:
            continue
        tried += 1  # (a long page's many announcements: the first few, each read a bounded reach below)
        out: list = []
        rest = nfkc(line.text)[m.end():]
        at = line.start + m.end()
        for piece in re.split(r"([，,；;。])", rest):
            item = _LISTED_AS.match(_PERSON_ASIDE.sub("", piece).strip(SPACES))
            if item and name_shape(item["name"]):
                out += [Appointment(person=item["name"], post=p, span=(at, at + len(piece)))
                        for p in _posts(item["posts"], at + item.start("posts"), region)]
            at += len(piece)
        run: list = []
        for ln in lines[k + 1: k + 1 + _LIST_REACH]:
            text = _PERSON_ASIDE.sub(lambda a: " " * len(a.group(0)), nfkc(ln.text)).rstrip(SPACES + "。；;，,")
            got = None
            if not re.search(r"[，,。；;]", text):
                head, colon, tail = text.partition("：") if "：" in text else text.partition(":")
                if colon and name_shape(clean_name(tail)):
                    got = (clean_name(tail), _posts(head, ln.start, region))
                elif not colon:
                    split = posts_then_name(text, ln.start, region)
                    got = (split[0], [_own_government(p, region) for p in split[1]]) if split and name_shape(split[0]) else None
            if got and got[1] and all(len(p.agency) >= 2 for p in got[1]):
                run += [Appointment(person=got[0], post=p, span=(ln.start, ln.start + len(ln.text))) for p in got[1]]
            elif run:
                break
        people = {f.person for f in run}
        if len(people) >= _LIST_MIN:
            out += run
        out = [f for f in out if f.person not in named]
        if out:  # (a headline that announces it too lists no one: the body's own announcement does)
            return out
    return []


def _headline_decisions(layout: Layout, known, region: str) -> list:
    """The decisions a headline states (``甲任某某省代理省长``): read once in the body, they only
    tell the body's place."""
    out: list = []
    for line in layout.lines:
        if _in_title(layout, line):
            for piece in re.split(r"[，,。；;\s]+", line.text):
                got = _read_clause(None, _Clause(line.start, piece), known, None, region) if piece else None
                out += [f for f in got or [] if isinstance(f, (Appointment, Removal))]
    return out


def _printed(layout: Layout, starts: list[int], span) -> str:
    """The words of the notice at ``span`` (one line's); ``starts``: the lines' starts."""
    if not span:
        return ""
    i = bisect_right(starts, span[0]) - 1
    line = layout.lines[i] if i >= 0 else None
    return line.text[span[0] - line.start: span[1] - line.start] if line and span[0] < line.start + len(line.text) else ""


def _placed_once(facts: list, headline: list = (), bare=lambda f: False) -> list:
    """A decision stated twice, once with the body's place (``任命甲为某某省地方志办公室主任``, or in the
    headline) and once by its level (``甲任省地方志办公室党组书记、主任``): the person's body is the one
    the place names. The headline places only a head's post printed by its title alone (``任命甲为副省长``;
    ``省政府副省长`` stays as printed)."""
    # person -> the agencies of their decisions, in order, each once (one person's many decisions in
    # one body: each decision is not compared with all of them again)
    body: dict[str, dict[str, None]] = defaultdict(dict)
    told: dict[str, dict[str, None]] = defaultdict(dict)
    for decisions, out in ((facts, body), (headline, told)):
        for f in decisions:
            if isinstance(f, (Appointment, Removal)):
                out[f.person].setdefault(f.post.agency)
    out = []
    for f in facts:
        if isinstance(f, (Appointment, Removal)) and f.post.agency[:1] in LEVEL_CHARS:
            full = [*body[f.person], *(told[f.person] if bare(f) else ())]
            longer = next((a for a in full if len(a) > len(f.post.agency)
                           and a.endswith(f.post.agency) and a[:-len(f.post.agency)] not in ("", "中共")), None)
            if longer:
                f = replace(f, post=replace(f.post, agency=longer))
        out.append(f)
    return out


class _Paragraphs:
    """Whether two offsets lie in one paragraph: one line, or lines whose first does not end a
    sentence (``甲某：`` over ``任某局局长``; a line broken inside a sentence). Counted once per
    notice, so each question is two binary searches (a scan of the lines per clause was quadratic)."""

    def __init__(self, layout: Layout):
        self.starts = [ln.start for ln in layout.lines]
        self.breaks = [0]  # breaks[k]: lines before line k that end a sentence and are followed by one
        for k, ln in enumerate(layout.lines[:-1]):
            self.breaks.append(self.breaks[-1] + ln.text.rstrip(SPACES).endswith(("。", "！", "!", "？", "?")))

    def same(self, a: int, b: int) -> bool:
        """True when offsets ``a`` <= ``b`` lie in one paragraph: no line that starts in (a, b]
        follows a line that ends a sentence."""
        lo, hi = bisect_right(self.starts, a), bisect_right(self.starts, b)
        return hi <= lo or self.breaks[hi - 1] - self.breaks[max(lo - 1, 0)] == 0


#: a clause whose person is the one before it: (甲某任X，)不再担任Y职务
_NO_LONGER_FIRST = re.compile(r"^(?:同时|并)?不再(?:担任|兼任)")


#: a sentence saying that the people it goes on to list hold other posts now: 目前还担任着其他部门的职务。
#: (or that they have new posts already, the list run on after a comma: 辞职的3名干部都已有新的职务，甲任X，乙任Y)
_CURRENT_POSTS = re.compile(r"(?:目前|现在|现|仍|如今)(?:还|仍|均|都)?(?:分别)?(?:担任|任|兼任)(?:着)?[^。；;]{0,20}?职务[。：:]|"
                            r"(?:都|均|也)?已(?:经)?(?:有|有了|另有)新(?:的)?(?:职务|职位|岗位|任职)[。：:，,]")


def _current_post_zones(layout: Layout) -> list[tuple[int, int, str, int]]:
    """Offsets of the sentence after a note that the people it names hold other posts now: its
    ``A任X`` clauses state positions, not appointments."""
    zones = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _CURRENT_POSTS.finditer(text):
            end = text.find("。", m.end())
            sentence = text[text.rfind("。", 0, m.start()) + 1: m.start()]
            removed = _REMOVED_GROUP.search(sentence)  # 被免去某省政府副秘书长职务的6人，目前还担任着…
            at = line.start + text.rfind("。", 0, m.start()) + 1 + (removed.start("posts") if removed else 0)
            zones.append((line.start + m.end(), line.start + (end if end >= 0 else len(text)),
                          removed["posts"] if removed else "", at))
    return zones


#: the people a report goes on to list, as those removed from one post: 被免去某职务的6人
_REMOVED_GROUP = re.compile(r"被免(?:去|除)(?P<posts>[^，,。；;]{2,40}?)职务的[\d一二三四五六七八九十]+(?:人|名|位)")


#: a word each pattern of find_report_removals needs (_RESIGNATIONS 职务 or 辞去; _REQUESTED, _HOLDERS_RESIGN 辞去;
#: _NO_LONGER 不再; _REMOVED_SEVERAL 免; _SEAT_REVOKED 资格): a line without one removes no one
_REMOVAL_WORD = re.compile(r"职|辞|不再|免|资格")


def find_report_removals(layout: Layout, region: str = "") -> list[Removal]:
    """Removals as reports of a session print them, anywhere in a sentence: accepted resignations
    (``接受A辞去X职务、B辞去Y职务的请求``), several people removed from one post (``免去A、B的Y职务``),
    ``免除X同志Y一职``."""
    out: list[Removal] = []
    for line in layout.lines:
        if not _REMOVAL_WORD.search(nfkc(line.text)):
            continue
        text = _ASIDE.sub(lambda m: " " * len(m.group(0)), nfkc(line.text))
        for sentence in _RESIGNATIONS.finditer(text):
            for m in _RESIGNED.finditer(sentence.group(0)):
                names = [clean_name(n) for n in m["name"].split("、")]
                if all(plausible_name(n) for n in names):
                    at = line.start + sentence.start() + m.start("posts")
                    posts = _deputies_and_posts(m["posts"], at, region)
                    out += [Removal(person=name, post=p, span=(line.start + sentence.start(), line.start + sentence.end()))
                            for name in names for p in posts]
        for m in _SEAT_REVOKED.finditer(text):  # 撤销甲某政协某届全国委员会委员资格
            out += _seat_revoked(m, line.start, region)
        for m in _TITLED_RESIGNED.finditer(text):
            out += _titled_resigned(m, line.start, region)
        for m in _REQUESTED.finditer(text):  # 甲某、乙某分别提出辞去某市人大常委会委员职务
            names = [clean_name(n) for n in m["names"].split("、")]
            if all(name_shape(n) for n in names) and not _PAST.search(text[max(0, m.start() - 12): m.start()]):
                span = (line.start + m.start(), line.start + m.end())
                posts = _deputies_and_posts(m["posts"], line.start + m.start("posts"), region)
                out += [Removal(person=n, post=p, span=span) for n in names for p in posts]
        for m in _HOLDERS_RESIGN.finditer(text):  # 县人民法院院长甲某、县人民检察院检察长乙某关于辞去领导职务的报告
            if _ACCEPTED.search(text, m.end()):
                out += _holders_resigning(m, line.start, region)
        for m in _NO_LONGER.finditer(text):  # …调整了某校校长的职务：甲某不再担任某校校长职务
            name = clean_name(m["name"])
            if name_shape(name) and not _PAST.search(text[max(0, m.start() - 12): m.start()]):
                span = (line.start + m.start(), line.start + m.end())
                out += [Removal(person=name, post=p, span=span) for p in _posts(m["posts"], line.start + m.start("posts"), region)]
                now = _NOW_HOLDS.match(nfkc(line.text), m.end())  # (the bracket is blanked in text)
                if now:
                    out += [Position(person=name, post=p, span=span)
                            for p in _posts(now["now"], line.start + now.start("now"), region)]
                held = _NAMED_AFTER_POSTS.search(text, max(0, m.start() - 40), m.start())  # 省委常委甲某不再兼任…
                if held:
                    out += [Position(person=name, post=p, span=span)
                            for p in _posts(held["posts"], line.start + held.start("posts"), region)]
        for m in _REMOVED_LISTED.finditer(text):  # 免去甲同志的X，乙、丙同志的Y职务: the several of a later item
            before = text[max(0, m.start() - 200): m.start()]  # (the sentence so far, a bounded look back)
            if not re.search(r"免(?:去|除)", before[before.rfind("。") + 1:]):
                continue
            names = [clean_name(n) for n in m["names"].split("、")]
            if all(name_shape(n) for n in names):
                span = (line.start + m.start("names"), line.start + m.end())
                out += [Removal(person=n, post=p, span=span) for n in names
                        for p in _posts(m["posts"], line.start + m.start("posts"), region)]
        for m in _REMOVED_GLUED.finditer(text):  # 中央免去甲、乙副省长职务
            out += _glued_removed(m, line.start, (line.start + m.start(), line.start + m.end()), frozenset(), region)
        for m in _REMOVED_SEVERAL.finditer(text):
            names = [clean_name(n) for n in re.split(r"[、，,和及]", m["names"]) if n.strip()]
            if len(names) < 2 and not m["alt"] or not all(plausible_name(n) for n in names):
                continue
            span = (line.start + m.start(), line.start + m.end())
            posts = _posts(m["posts"], line.start + m.start("posts"), region) or \
                _post_named_earlier(m["posts"], text[: m.start()], line.start, region)
            out += [Removal(person=n, post=p, span=span) for n in names for p in posts]
    return out


def _post_named_earlier(title: str, before: str, line_at: int, region: str) -> list[Post]:
    """``任命甲为某大学常务副校长…。免去乙、丙的常务副校长职务``: a removal from a bare title is from the post
    of that title the line named last before it, with its body (``某大学常务副校长``); [] if none."""
    title = title.strip(SPACES)
    k = before.rfind(title)
    if not TITLE_RE.fullmatch(title) or k < 0:
        return []
    start = max(before.rfind(c, 0, k) for c in "为為任，,。；;、 ") + 1
    return [p for p in _posts(before[start: k + len(title)], line_at + start, region) if p.title == title]


def _deputies_and_posts(text: str, at: int, region: str) -> list[Post]:
    """Posts one resigns from: ``某区人大代表``, or a deputy's seat first and other posts after it
    (``某区第N届人大代表、某委员会委员``)."""
    first, sep, rest = text.partition("、")
    seat = _deputy(first, at)
    if not seat:
        return _posts(text, at, region) or _deputy(text, at)
    place = re.sub(r"第?[一二三四五六七八九十\d]{1,3}届", "", seat[0].agency)
    place = re.sub(r"(?:人大|人民代表大会)$", "", place)
    # a working committee after the seat is the standing committee's: 人事工作委员会 -> 某区人大常委会人事工作委员会
    return seat + [replace(p, agency=place + "人大常委会" + p.agency)
                   if place and p.agency.endswith("工作委员会") and not has_own_prefix(p.agency) else p
                   for p in (_posts(rest, at + len(first) + 1, region) if sep else [])]


def _deputy(text: str, at: int) -> list[Post]:
    """``县人大代表``: a deputy to a people's congress (no post title of its own in the lexicon)."""
    m = _DEPUTY.fullmatch(text.strip(SPACES))
    return [Post(agency=m["body"], title="代表", span=(at, at + len(text)))] if m else []


_DEPUTY = re.compile(r"(?P<body>[\u4e00-\u9fff]{0,12}?(?:人大|人民代表大会))代表")
#: a sentence accepting resignations, and each resignation in it
_RESIGNATIONS = re.compile(r"接受(?:了)?[^。；;]{2,300}(?:职务|一职)(?:的)?(?:请求|辞职)?|"
                           r"(?:同意|批准)(?:了)?(?=[^。；;，,]{2,40}?辞去)[^。；;]{2,300}?(?:职务|一职)|"
                           r"(?:通过|同意|接受)(?:了)?关于[^。；;]{2,300}?辞去[^。；;]{2,300}?的(?:辞呈|辞职请求|请求)|"
                           # 审议了甲辞去某市人民政府市长职务的请求，并…通过了关于接受市人民政府市长辞职请求的决定: the
                           # request heard, accepted later in the sentence by the post alone
                           r"审议(?:了)?(?=[^。；;，,]{2,40}?辞去)[^。；;]{2,300}?(?:职务|一职)(?=[^。；;]{0,60}?(?:同意|接受|批准)[^。；;]{0,30}?辞职)")
#: a name as a resignation prints it: two to four characters, or a name of another people written with its dot
#: (接受吾某·托某辞去…: 阿不都拉·买买提, longer than four)
_PNAME = r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}?(?=[、因请請申提辞辭同等])|[\u4e00-\u9fff·]{2,4}?)"
_RESIGNED = re.compile(rf"(?:接受(?:了)?|同意|批准|关于|审议(?:了)?|以及|、|，|,)(?!接受|同意|批准)(?P<name>{_PNAME}(?:、{_PNAME})*)(?:等?[\d一二两三四五六七八九十百]+(?:名|位|人)|等(?=同志))?"
                       rf"(?:同志)?(?:因[^，,。；;辞]{{2,12}})?(?:请求|申请|提出)?辞去(?:其)?"
                       rf"(?P<posts>[^，,。；;]{{2,60}}?)(?:的)?(?:职务|一职|(?=以及|的辞呈|的辞职请求|的请求))")
#: a seat revoked or ended, the name glued to the post: 撤销甲某政协第十二届全国委员会委员资格, 终止乙某某委员会委员的
#: 任职资格 (a removal from that post)
_SEAT_REVOKED = re.compile(r"(?:撤销|终止|取消)(?:了)?(?P<held>[^，,。；;、的]{4,60})(?:的)?(?:任职)?资格")
#: a resignation accepted from someone named after their posts, the post left by its bare title:
#: 接受县人民政府副县长甲某辞去副县长职务的请求 (the 副县长 of 县人民政府)
_TITLED_RESIGNED = re.compile(rf"接受(?:了)?(?P<current>[^，,。；;、]{{2,40}}?(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,3}})(?:同志)?"
                              r"辞去(?:其)?(?P<posts>[^，,。；;]{2,60}?)(?:的)?(?:职务|一职)")
#: office-holders' requests to resign, the holders named by their posts: 某院院长甲某、某院检察长乙某关于辞去领导职务的提请报告
_HOLDERS_RESIGN = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<who>[^，,。；;：:关]{4,80}?)(?:同志)?关于(?:请求)?辞去"
                             r"(?P<what>[^，,。；;]{0,30}?)职务的(?:提请)?(?:报告|请求|申请|辞呈)")
#: the session's acceptance of the resignations it heard: 会议同意以上五位同志辞去领导职务
_ACCEPTED = re.compile(r"(?:同意|接受|批准)[^。]{0,20}?(?:辞去|辞职)")


def _seat_revoked(m: re.Match, line_at: int, region: str) -> list[Removal]:
    """The removal a _SEAT_REVOKED match states: the name glued to the post parted where the name scorer parts it,
    or else after the shortest name whose rest is a named body's post (周平政协第十二届全国委员会委员)."""
    held, span = m["held"], (line_at + m.start(), line_at + m.end())
    split = split_name_posts(held)
    cuts = [split[2]] if split and name_shape(split[0]) else [2, 3]
    for cut in cuts:
        name = clean_name(held[:cut])
        posts = [p for p in _posts(held[cut:], line_at + m.start("held") + cut, region) if has_own_prefix(p.agency)]
        if posts and plausible_name(name) and name_shape(name):
            return [Removal(person=name, post=p, span=span) for p in posts]
    return []


def _titled_resigned(m: re.Match, line_at: int, region: str) -> list[Removal]:
    """The removal a _TITLED_RESIGNED match states: from the posts it names, a bare title (副县长) being the
    post of that title among the person's posts printed before the name."""
    name, title = clean_name(m["name"]), m["posts"].strip(SPACES)
    if not plausible_name(name):
        return []
    posts = _posts(title, line_at + m.start("posts"), region) if not TITLE_RE.fullmatch(title) else \
        [p for p in _posts(m["current"], line_at + m.start("current"), region) if p.title == title]
    return [Removal(person=name, post=p, span=(line_at + m.start(), line_at + m.end())) for p in posts]


def _holders_resigning(m: re.Match, line_at: int, region: str) -> list[Removal]:
    """Removals of the holders a resignation request names by their posts (``某院院长甲某``); a request to resign
    from the 领导职务 (unnamed posts) takes the posts printed with the name, a named post that post."""
    out: list[Removal] = []
    chunk, at = "", line_at + m.start("who")
    for part in m["who"].split("、"):
        chunk = f"{chunk}、{part}" if chunk else part
        who = _who(chunk, at, region)
        if not who or not who[1]:
            continue  # 某市副市长、市公安局局长甲某: the posts of one person go on after 、
        (name,), current = who[0][:1], who[1]
        named = m["what"].strip(SPACES)
        posts = current if named in ("", "领导", "其", "现任") else _posts(named, line_at + m.start("what"), region)
        span = (line_at + m.start(), line_at + m.end())
        out += [Removal(person=name, post=p, span=span) for p in posts]
        at += len(chunk) + 1
        chunk = ""
    return out


#: resignations a report states as requested (请求/申请 as the clause reader reads them; 提出), each person
#: or several from one post: 甲某提出辞去X职务, 乙某、丙某分别提出辞去Y职务
_REQUESTED = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<names>{_PNAME}(?:、{_PNAME})*)(?:同志)?(?:分别|均)?(?:本人)?"
                        rf"(?:提出|请求|申请)辞去(?:其)?(?P<posts>[^，,。；;]{{2,60}}?)(?:的)?(?:职务|一职)")
#: a later item of a removal that names several people: 免去甲同志的X，乙、丙同志的Y职务
_REMOVED_LISTED = re.compile(rf"[，,](?P<names>{_PNAME}(?:、{_PNAME})+)(?:同志)?的(?P<posts>[^，,。；;]{{2,60}}?)职务")
_REMOVED_GLUED = re.compile(rf"免(?:去|除){_GLUED_REMOVED}")
_REMOVED_SEVERAL = re.compile(rf"免(?:去|除)(?P<names>{_PNAME}\s*(?:[、和及]{_PNAME}\s*){{0,60}})(?:同志的|同志|的)(?P<posts>[^，,。；;、]{{2,60}}?)"
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
    for line in layout.lines:
        glued = _GLUED_SIGNATURE.search(nfkc(line.text))  # …请审议决定。国务院总理华国锋一九八○年四月二日
        if glued and name_shape(glued["name"]):
            at = line.start + glued.start("posts")
            out += [Position(person=glued["name"], post=p, span=(at, line.start + glued.end("name")))
                    for p in _posts(glued["posts"], at, region)]
    for i, line in enumerate(layout.lines[1:], 1):
        if not is_date_line(_WIRE_END.sub("", line.text)):
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


#: a news agency's end mark after the date: 2003年4月26日(完)
_WIRE_END = re.compile(r"[(（](?:完|全文完)[)）]\s*$")
#: a signature glued between the last sentence and the date of a one-line text
_GLUED_SIGNATURE = re.compile(rf"[。！!]\s*(?P<posts>[^。，,；;\s]{{2,12}}?(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff]{{2,3}})\s*"
                              r"[一二三四五六七八九〇○零\d]{4}\s*年[一二三四五六七八九十\d]{1,3}\s*月[一二三四五六七八九十\d]{1,3}\s*日")


def find_prose_positions(layout: Layout, region: str = "") -> list[Position]:
    """Office-holders named in running prose: ``由县委常委、组织部部长白玛次仁同志负责联系``."""
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _PROSE_HOLDER.finditer(text):
            name = m["name"]
            # (选派某局副局长甲同志到…挂职: the verb that sends the holder, no part of the body)
            verb = re.match(r"^(?:[一二三四五六七八九十]+、)?(?:增补|增加|明确|调整|同意|决定|选派|派出|抽调|选调)?", m["posts"])
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


#: a paper's signing after its signer's name: the posts printed with 时任 before it are those it was signed in
#: (a former post named in passing, 时任某部部长甲某主持…, is no row)
_SIGNED = re.compile(r"签发|签署|签字|签名")


def find_news_positions(layout: Layout, region: str = "") -> list[Position]:
    """Office-holders a report names after their posts, in running prose:
    ``州委常委、常务副州长王贵，副州长潘亮``, ``州人大常委会副主任石干昌、莫章海出席会议``."""
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        if not _SENTENCE_MARK.search(text) and not _LIST_LEAD.search(text):
            continue  # member lists and tables are read elsewhere
        area = ""  # the area the sentence's last holder governs: 区党工委书记甲，党工委副书记乙 (区党工委)
        congresses = None  # (the line's congress bodies and its sentences, read once when a bare title asks)
        # 刘昆副省长，分管…: a division of a government's work
        for m in list(_DUTY_HOLDER.finditer(text)) + list(_NEWS_HOLDER.finditer(text)):
            printed = m["names"].split("、")  # (as printed, for the offsets of each)
            names = [unspaced(n) for n in printed]
            field = _LEADER_LABEL.search(text, 0, m.start("posts")) and m.end("names") < len(text)
            if not all(name_shape(n) or field and reported_name(n, listed=True) for n in names):
                continue  # (责任领导：副乡长甲某某某；: a field's one holder, where a name of another people is read)
            if any(n.endswith(_ACT_WORDS) for n in names):
                continue  # 主任石主持: a page that deleted the name left its act (主持) read as one
            if joined_noun(names[0]):
                continue  # 抢挖优秀校长和教师, 局长与副局长: the title joined to the next word, no name after it
            title = TITLE_RE.search(m["posts"] + names[0])
            if title and len(title.group(0)) > len(names[0]):
                continue  # 县级副总林长: the "name" (林长) ends a longer title, read from its end
            verb = re.match(r"^(?:[一二三四五六七八九十]+、)?(?:决定任命|任命|选派|委派|新任|现任|[^，,。；;]{0,30}?听取了?|增补|增加|明确|确定|调整|同意|决定|由|经|请|是|和|及|与|以及|据|在|还有|包括|其中|加上|(?:会议)?(?:还|并|又)?根据|按照|"
                            # 会上/其次/然后县委书记甲: a report's word that opens the sentence; 当省委书记甲汇报时 (when)
                            r"会上|会议上|会后|会前|随后|同时|此外|另外|最后|首先|其次|再次|然后|紧?接着|当(?=[省市县区州旗盟镇乡][委长])|"
                            # 分别是某市长甲、某市长乙: the list's lead; 我市市委书记甲: the report's own place, its body by
                            # the level (市委)
                            r"分别(?:是|为)|我(?P<own>[省市县区州旗盟镇乡])(?=(?P=own)[委长])|"
                            # 甲一行与某省政协副主席乙: a visiting party, then the host's posts
                            r"[\u4e00-\u9fff·]{2,4}一行(?:和|与|同))?", m["posts"])
            if not verb.group(0) and m["posts"].startswith("时任") and _SIGNED.match(text, m.end("names")):
                verb = re.match("时任", m["posts"])  # 时任某省人民政府主席甲某签发的任命书: the posts the paper was signed in
            date = re.match(r"(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?日", m["posts"][verb.end():])  # 1月27-28日副省长甲: a chronicle's date
            skip = verb.end() + (date.end() if date else 0)
            bare = m["posts"][skip:]
            posts = _posts(bare, line.start + m.start("posts") + skip, region)
            if area and _AREA_BODY.match(bare) and not (posts and has_own_prefix(posts[0].agency)):
                # 党工委委员、管委会副主任乙: the bodies of the area the holder before governs
                posts = _posts(area + bare, line.start + m.start("posts") + skip - len(area), region)
            if not posts and _CONGRESS_TITLE.fullmatch(bare.strip(SPACES)):
                congresses = congresses or _Congresses(text)
                body = congresses.last(m.start("posts"))  # 区人大常委会主任A，副主任B、C出席
                posts = [Post(agency=body, title=bare.strip(SPACES),
                              span=(line.start + m.start("posts"), line.start + m.end("posts")))] if body else []
            if not posts or not (has_own_prefix(posts[0].agency) or posts[0].title.endswith(GOV_HEAD_CORES)
                                 or _attending(text, m.end("names")) and _BARE_BUREAU.fullmatch(posts[0].agency)):
                continue
            if _NOT_A_BODY.search(posts[0].agency):
                continue  # 成立了副市长X为组长的…: a verb, not a body
            area = area_of(posts[0].agency) or area
            span = (line.start + min(m.start("posts"), m.start("names")), line.start + max(m.end("names"), m.end("posts")))
            at = line.start + m.start("names")
            for name, spaced in zip(names, printed):
                out.extend(Position(person=name, post=p, span=span, person_span=(at, at + len(spaced))) for p in posts)
                at += len(spaced) + 1
    return out


#: the rest of a report's list of those at a meeting, after a holder's name, up to their act: ``，乙局局长丙出席``
#: (会议由政府办主任甲主持, 交通运输局党委书记乙，交通运输局局长丙出席了会议)
_ATTENDING = re.compile(r"(?:[，,、][^。；;!！?？]{0,80}?)?(?:等)?(?:同志)?(?:出席|列席|主持|到会|參加|参加|出席了|主持了)")


#: a bureau of the report's own area printed without its level (交通运输局, 發改局): not a unit inside another body
#: (局人事处, 政治处, 办公室: a division, whose body another reader names)
_BARE_BUREAU = re.compile(r"(?![分总局])[\u4e00-\u9fff]{2,10}局")


def _attending(text: str, end: int) -> bool:
    """Whether the holder named up to ``end`` is one of those a report lists at a meeting (the list ends in 出席,
    主持, 参加): a body printed there without its level (交通运输局党委书记甲) is the report's own area's, as printed."""
    return bool(_ATTENDING.match(text, end))


def find_elections(layout: Layout, region: str = "") -> list[Position]:
    """An election states who holds a post (``选举邓宝珊为甘肃省人民政府主席，王世泰、张德生为副主席``):
    positions; a clause without its own body takes the body of the clause before it."""
    out: list[Position] = []
    for line in layout.lines:
        text = _PERSON_ASIDE.sub(lambda a: " " * len(a.group(0)), nfkc(line.text))  # 金某(女), 王某(满族): blanked
        for m in _ELECTED.finditer(text):
            prev_agency = ""
            at = line.start + m.start()
            pending = ""  # 王五、赵六,孙七、…为委员: a comma slipped into a list of names
            for clause in _election_clauses(m.group(0)):
                c = _elected_clause(pending + clause.strip("，,；;、"))
                if c:
                    c["at"] -= len(pending)  # offsets in this clause
                listed = [n for n in re.split(r"[、，,]", clause.strip("，,；;")) if n]
                pending = pending + clause.strip("，,；;") + "、" if not c and listed and _names_ok(listed) else ""
                if c:
                    names = [clean_name(n) for n in re.split(r"[、，,]", _SOME_MORE.sub("", c["names"])) if n.strip(SPACES)]
                    if names:
                        bare = re.sub(r"[(（][^()（）]*[)）]?$", "", c["posts"]).strip(SPACES)  # …检察长(需依照…): a note
                        posts = _posts(bare, at + c["at"], region)
                        if posts and prev_agency and not has_own_prefix(posts[0].agency) \
                                and not _LEVEL_BODY.match(posts[0].agency):  # 丙为人民法院院长: its own body
                            posts = [replace(p, agency=prev_agency) for p in posts]
                        elif posts and prev_agency.endswith(posts[0].agency) and len(prev_agency) > len(posts[0].agency) \
                                and posts[0].agency[0] in LEVEL_CHARS:  # …为某镇人民政府镇长，乙为副镇长: that 镇
                            posts = [replace(p, agency=prev_agency) if p.agency == posts[0].agency else p for p in posts]
                        elif not posts and TITLE_RE.fullmatch(bare) and (prev_agency or split_title(bare) == ("", bare)):
                            # (某市某协会举行成立大会。大会选举了…，甲当选为主席: the body that held the session)
                            body = prev_agency or electing_body(text, at - line.start)
                            posts = [Post(agency=body, title=bare, span=(at + c["at"],
                                                                         at + c["at"] + len(bare)))] if body else []
                        posts = [with_term(_this_congress(_in_named_province(p, text[: m.start()]), text[: m.start()]))
                                 for p in posts]  # 某镇第十八届人大主席: the body with its term
                        for name in names:
                            out.extend(Position(person=name, post=p, span=(at, at + len(clause))) for p in posts)
                        prev_agency = posts[-1].agency if posts else prev_agency
                at += len(clause)
        for m in _ALSO_ELECTED.finditer(text):  # 当选为省委常委的还有A、B、C
            names = [clean_name(n) for n in m["names"].split("、")]
            posts = [_in_named_province(p, text[: m.start()]) for p in _posts(m["posts"], line.start + m.start("posts"), region)]
            if posts and all(name_shape(n) for n in names):
                span = (line.start + m.start(), line.start + m.end())
                out += [Position(person=n, post=p, span=span) for n in names for p in posts]
    return out


def _this_congress(post: Post, before: str) -> Post:
    """``县召开第六届第一次人民代表大会。选举甲为本届人大常委会主任``: 本届 is the level of the congress named before."""
    if not post.agency.startswith("本届"):
        return post
    named = list(re.finditer(r"(?P<level>[省市县区州旗镇乡])[^。；;，,]{0,12}?人民代表大会", before))
    return replace(post, agency=named[-1]["level"] + post.agency[2:]) if named else post


def _election_clauses(run: str) -> list[str]:
    """The clauses of an election, cut after ，/；, and after a 、 that ends one post and opens the next
    person's (``选举甲为X主任、乙为县长，丙为Y院长``: 、 between two ``A为X``, each piece ending at its 、)."""
    out = []
    for piece in re.split(r"(?<=[，,；;])", run):
        cut = 0
        for m in re.finditer(r"、(?=[\u4e00-\u9fff]{2,4}为)", piece):
            if "为" in piece[cut:m.start()] and _elected_clause(piece[m.end():]) is not None:
                out.append(piece[cut:m.end()])
                cut = m.end()
        out.append(piece[cut:])
    return [c for c in out if c]


def _in_named_province(post: Post, before: str) -> Post:
    """``中共某省第九届委员会…选举X为省委书记``: a body printed by its level alone (省委, 省人民政府) is the
    body of the province the line names before it."""
    level = re.match(r"^(?:自治区|省)(?=委$|人民政府$|人大常委会$|政协$)", post.agency)
    named = [m.group(0) for m in _PROVINCE_RE.finditer(before)] if level else []
    named = [n for n in named if n.endswith(level.group(0))] if level else []
    return replace(post, agency=named[-1] + post.agency[level.end():]) if named else post


#: the bodies a congress elects the heads of, printed bare: a body of their own, not part of the one before
_LEVEL_BODY = re.compile(r"^(?:(?:高级|中级)?人民法院|人民检察院|监察委员会)$")
#: (增选X为副省长: one more elected to a body; 选举甲为X主席；乙为Y镇长，丙、丁为副镇长: the election goes on
#: over a ； whose clause opens with names and 为)
_ELECTED = re.compile(r"(?:选举|增选)[^。；;]{4,600}(?:[；;](?=(?:[\u4e00-\u9fff·]{2,4}、)*[\u4e00-\u9fff·]{2,4}为)[^。；;]{4,600})*")
#: those elected to a post after the ones named first: 当选为X的还有A、B、C
_ALSO_ELECTED = re.compile(r"当选为(?P<posts>[^，,。；;的]{2,30})的(?:还有|有)[:：]?"
                           r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000]*、[\u4e00-\u9fff·]{2,4}[ \u3000]*)*)")
#: an aside about a person printed after the name: (女), (满族), (女,藏族)
_PERSON_ASIDE = re.compile(r"[(（](?:女|男)?[,，、]?(?:[\u4e00-\u9fff]{1,5}族)?[)）]")


def _elected_clause(clause: str):
    """``(选举)A、B为Y``: the 为 that ends a list of names (a name may hold 为 itself: 郑为文)."""
    head = re.match(r"^(?:选举|增选)?", clause).end()
    for k in [i for i, ch in enumerate(clause) if ch == "为" and i > head]:
        printed = re.sub(r"(?:全票|高票)?当选$", "", clause[head:k])  # (选举甲、乙当选为Y: 当选 is the verb, no part of the last name)
        names = [n for n in re.split(r"[、，,]", _SOME_MORE.sub("", printed)) if n]
        posts = re.match(r"^[^，,。；;]+", clause[k + 1:])
        if names and _names_ok(names) and posts:
            return {"names": printed, "posts": posts.group(0), "at": k + 1}
    return None


def _names_ok(names: list[str]) -> bool:
    """People a decision or an election names: common surnames, or any plausible short name."""
    return all(name_shape(n) for n in names) or all(plausible_name(n) and (len(n) <= 4 or "·" in n) for n in names)


#: a sentence that opens a list (某某主席某某根据…的决定任免下列人员：): long, and ending in its colon
#: (or the short basis of a congress decision on a line of its own: 根据某县人民政府县长甲某的提请：)
_LIST_LEAD = re.compile(r"^.{20,}[:：]\s*$|^(?:根据|依据)[^，,。；;：:]{2,30}的(?:提请|提议|提名)[:：]\s*$")
_NOT_A_BODY = re.compile(r"成立|召开|协调|了|的|任命|^大会|^会议")  # (大会执行主席: a session's role, not a post)
#: the titles of a people's congress standing committee or a CPPCC committee, printed bare after the body
_CONGRESS_TITLE = re.compile(r"(?:常务)?副?(?:主任|秘书长|主席)")
_CONGRESS_BODY = re.compile(r"(?P<body>(?:[\u4e00-\u9fff]{0,10}?[省市县区州旗])?(?:第?[一二三四五六七八九十\d]{1,3}届)?"
                            r"(?:人大常委会|人民代表大会常务委员会|政协))")


class _Congresses:
    """The congress and CPPCC committees one line names, found once, to ask for the last one before each bare title
    (reading the sentence up to each title was quadratic on a long sentence of many)."""

    def __init__(self, text: str):
        self.said = _SaidBefore(text)
        self.found = list(_CONGRESS_BODY.finditer(text))  # (no match spans a sentence's end: Han, digits only)
        self.ends = [m.end() for m in self.found]

    def last(self, at: int) -> str | None:
        """The standing committee (or CPPCC committee) the line names last in the sentence before ``at``."""
        k = bisect_right(self.ends, at)
        if not k or self.found[k - 1].start() < self.said.start(at):
            return None
        return _congress_named(self.found[k - 1]["body"])


def _congress_named(found: str) -> str | None:
    body = found.lstrip("受由经在和及与并请")  # 受泉州市人大常委会主任委托
    for k in range(len(body)):  # the longest tail that names a body: …主持召开|县十七届人大常委会
        posts = split_posts(body[k:] + "主任")
        if posts and has_own_prefix(posts[0].agency) and (k == 0 or body[k] in LEVEL_CHARS):
            return posts[0].agency
    return None
_DUTY_HOLDER = re.compile(rf"(?:^|(?<=[。；;，,\s]))(?P<names>[\u4e00-\u9fff]{{2,3}}?)(?P<posts>(?:{_TITLE_END}))[，,：:]?\s*"
                          rf"(?:分管|负责|主持|协助|联系)")
#: (a Mongolian name of five characters and more, tried last: 县人大常委会副主任甲、那顺乌日图出席)
#: (葉　思遠: a name a copy spaced out after its surname, as a column of names prints it)
_NEWS_NAME = rf"(?:[\u4e00-\u9fff]{{1,5}}·[\u4e00-\u9fff]{{1,6}}|[\u4e00-\u9fff]{{2,4}}?|{MONGOLIAN_NAME}?|[\u4e00-\u9fff] {{1,2}}[\u4e00-\u9fff]{{1,2}})"
#: a person's epithet a report prints after their posts: 抗日名将, 著名作家, 战斗英雄
_EPITHET = r"(?:名将|将军|元帅|英雄|烈士|革命家|教育家|科学家|作家|艺术家|劳动模范|劳模)"
#: a second holder joined by 和 whose posts open with a level's own body: (受县委书记甲)和县长乙(的委托)
_LEVEL_BODY_NEXT = r"(?=[省市县区州旗盟镇乡](?:委|长|人民政府|政府))"
_AND_HOLDER = rf"(?<=和){_LEVEL_BODY_NEXT}"
#: posts then names in a report's prose (a preposition before the posts is no part of them: 在镇长X同志的带领下;
#: nor is 根据: 根据市人民政府市长X的提请)
_NEWS_HOLDER = re.compile(rf"(?:^|(?<=[，,。；;：:、\s/／》])|(?<=及)|(?<=根据)|(?<=由)(?=时任|现任)|{_AND_HOLDER})(?:在|向|对)?"
                          rf"(?P<posts>(?:(?!根据|和{_LEVEL_BODY_NEXT})[^，,。；;：:\s由为/／》及]){{0,40}}?(?:{_TITLE_END}))"
                          # 时任某省人民政府主席、省长、抗日名将甲某: a person's epithet after the posts, before the name
                          rf"(?:、[\u4e00-\u9fff]{{0,6}}?{_EPITHET})?"
                          rf"(?P<names>{_NEWS_NAME}(?:、{_NEWS_NAME})*)"
                          rf"(?=\s*[，,。；;、]|(?:等)?(?:同志|已经|出席|列席|主持|到会|参加|应邀|讲话|宣读|指出|表示|强调|介绍|通报|作|就|在|陪同|一行|带队|"
                          # 市委书记某某会见/看望/调研…: a leader's act a report narrates
                          rf"会见|看望|慰问|调研|考察|视察|接见|检查|督导|督查|走访|分析|部署|传达|提出|汇报|说|称|认为|成为|"
                          # 时任省长某某签发的任命书: the holder who signed a paper
                          rf"签发|签署|签名|签字|"
                          rf"(?:教授|律师|先生|女士|博士)(?=[，,。；;、和及与等来])|"  # 某系主任甲某教授、某所主任乙某律师
                          rf"的提请|的提议|的提名|的建议|的议案|的委托|"
                          rf"今天|今日|昨天|昨日|当天|根据|日前|近日|上周|本周|近期|此前|"  # 总理某某今天主持…; 主席某某根据…的决定任免
                          rf"来(?=我|本|到)|莅临|关于|所作)"  # 省委书记某某来我市视察; 听取了秘书长某某关于…的说明
                          # (秘书长甲某和出席: 和 ends the name when the act follows it at once; not where the act
                          # follows 和 at once: 主任甲某和主持会议, the name's own last character)
                          rf"|(?:和|及|以及)(?!主持|出席|列席|参加|讲话)[^。；;]{{1,40}}?(?:出席|列席|参加))")


#: a task's field that names its leader, right before the posts: 牵头单位：乡武装部；责任领导：副乡长甲某；时限：…
_LEADER_LABEL = re.compile(r"(?:牵头|责任|分管|联系|包抓|包联)(?:[省市县区旗乡镇]级?)?领导[：:]\s*$")
#: acts a report narrates after a holder's name, never the end of a name
_ACT_WORDS = ("主持", "出席", "列席", "应邀", "讲话", "参加", "说", "称")
#: posts that open with an area's own body, printed without the area: 党工委副书记, 管委会主任, 政府副苏木达 (某苏木政府
#: 副苏木达甲、政府副苏木达乙: the government of the area the holder before serves)
_AREA_BODY = re.compile(r"^(?:党工委|党委|管委会|纪工委|人大常委会|政协|(?:人民)?政府(?!办))")


def _posts(text: str, at: int, region: str) -> list[Post]:
    """The posts of a decision; a counsel's title, no common title, after its body when nothing else reads
    (聘任甲同志为市人民政府法律顾问，聘期三年: 市人民政府 + 法律顾问)."""
    posts = split_posts(text, at, region=region)
    if not posts:
        m = _HEADER_POST.match(text)
        body = normalise_agency(m["agency"])[0] if m else ""
        if body and has_own_prefix(body):
            posts = [Post(agency=body, title=m["title"], span=(at, at + len(text)))]
    if not posts:
        g = _GRADE_POST.match(text)  # 聘任甲同志为局某站高级工程师: a professional post in a body, the body read as a head's
        body = split_posts(g["agency"] + "主任", at, region=region) if g else []
        if len(body) == 1 and body[0].title == "主任" and len(body[0].agency) >= len(g["agency"]):
            posts = [Post(agency=body[0].agency, title=g["title"], span=(at, at + len(text)))]
    return _shared_titles(text, at, [_own_government(p, region) for p in posts])


#: the last word of a body's name, for bodies of one kind (工作委员会, 管理委员会, 人民法院, 局)
_BODY_KIND = re.compile(r"(?:工作委员会|管理委员会|委员会|人民法院|人民检察院|工委|党委|管委会|局|厅|院|集团|公司)$")


def _shared_titles(text: str, at: int, posts: list[Post]) -> list[Post]:
    """``甲工作委员会、乙工作委员会、丙工作委员会委员、副书记``: bodies of one kind parted by 、 before the titles of the
    last share those titles; each body holds each (a bare body alone reads as no post)."""
    if "、" not in text or not posts:
        return posts
    first = posts[0]
    lead = text[: max(0, first.span[0] - at)] if first.span else ""
    kind = _BODY_KIND.search(first.agency)
    if not lead.endswith("、") or not kind:
        return posts
    bodies = lead[:-1].split("、")
    if not all(len(b) > len(kind.group(0)) + 1 and b.endswith(kind.group(0)) and has_own_prefix(b) for b in bodies):
        return posts
    titles = [p for p in posts if p.agency == first.agency]
    shared = [replace(p, agency=b, span=(at + text.index(b), at + text.index(b) + len(b))) for b in bodies for p in titles]
    return shared + posts


def _own_government(post: Post, region: str) -> Post:
    """``政府副县长`` names the notice's own government: 县人民政府."""
    if post.agency not in ("政府", "人民政府"):
        return post
    agency = gov_head_agency(post.title, "") or (region + "人民政府" if region else None)
    return replace(post, agency=agency) if agency else post


#: an aside after a name or post that is neither: (女), (男), (兼), (正处级)
_ASIDE = re.compile(r"[(（](?:女|男|兼|兼职|正处级|副处级|正科级|副科级)[)）]")


#: a report's lead-in before a list of changes: 其中，, 其中，市直属校中，, 其中任命… (no comma before the verb)
_LEAD_PHRASE = re.compile(r"^其中(?:[，,](?:[^，,。；;]{1,12}中[，,])?|(?=任命|免去|决定))"
                          r"|^由(?=[\u4e00-\u9fff·]{2,6}?同志(?:任|担任|兼任))"  # 经…研究决定，由某某同志任Y
                          # 宣读了…的决定，宣布免去甲同志某局局长职务: the decision a meeting heard, announced
                          r"|^(?:会上|会议|并|同时)?宣布(?:了)?(?=任命|免去|免除|聘任)")


#: the verbs of a section whose items print no verb of their own (任命：⏎甲为X；)
_SECTION_VERBS = ("任命", "任职", "聘任", "聘用", "提名", "免去", "免职", "免去职务", "解聘")


def _read_clause(mode, clause: _Clause, known, last_person, region) -> list | None:
    text, at = clause.text, clause.start
    lead = _LEAD_PHRASE.match(nfkc(text))
    if lead:
        text, at = text[lead.end():], at + lead.end()
    flat = _ASIDE.sub(lambda m: " " * len(m.group(0)), nfkc(text))  # 左力(女): blanked, offsets kept
    span = (at, at + len(text))
    if _FURTHER.match(flat):
        return None  # 并决定为代理市长: the person appointed just before; read by find_report_decisions
    if clause.subject:
        return _subject_clause(clause, flat, span, known, region)
    several = _SEVERAL_REMOVED.match(flat)
    names = [clean_name(n) for n in re.split(r"[、和及]", several["names"])] if several else []
    if len(names) > 1 and all(name_shape(n) for n in names):  # 免去甲（女）、乙同志的X职务: each of them
        posts = _cut_notes(several["posts"])[0]
        return [Removal(person=n, post=p, span=span) for n in names
                for p in _deputies_and_posts(posts, at + several.start("posts"), region)]
    glued = _glued_removed(_SEVERAL_GLUED.match(flat), at, span, known, region)
    if glued:
        return glued
    seconded = _seconded(flat, mode, at, span, known, region)
    if seconded:  # (before the removals: under 免去：, 选派甲同志到某局挂职任X has its own verb, an appointment)
        return seconded
    m = _REMOVE_RE.match(flat)
    if m:
        if m["self"]:
            name, posts, p_at = last_person, m["posts"], m.start("posts")
        elif m["name6"]:  # 甲、乙不再担任某委常委: each of them
            names = [clean_name(n) for n in m["name6"].split("、")]
            if not all(plausible_name(n) and name_shape(n) for n in names):
                return None
            posts = _cut_notes(m["posts6"])[0]
            found = _deputies_and_posts(posts, at + m.start("posts6"), region)
            return [Removal(person=n, post=p, span=span) for n in names for p in found]
        elif m["name"] or m["name2"] or m["name3"] or m["name4"] or m["name5"]:
            g = next(k for k in ("name", "name2", "name3", "name4", "name5") if m[k])
            name, posts = clean_name(m[g]), m["posts" + g[4:]]
            if g == "name5" and not name_shape(name):
                return None  # 请求辞去…职务: the person was named before, not here
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
        return [Removal(person=name, post=p, span=span) for p in _deputies_and_posts(posts, at + p_at, region)]
    if mode not in _REMOVING:
        several = _SEVERAL_TAKE.match(flat)
        names = _names_taking(several["names"]) if several else None
        if names:  # 甲、乙和丙等三位同志任某所副所长: each of them
            return [f for n in names for f in _appointments(n, several["verb"], several["posts"], at + several.start("posts"),
                                                            span, at, known, region)]
    ph = _POST_THEN_HOLDER.match(flat)
    if ph and mode not in _REMOVING and plausible_name(clean_name(ph["name"])) and split_posts(ph["posts"]):
        # 区某局局长一职，由甲同志担任: the post, then who takes it
        return _appointments(clean_name(ph["name"]), ph["verb"], ph["posts"], at + ph.start("posts"), span, at, known, region)
    cm = _CONFIRMED_IN_POST.match(flat)
    if cm and mode not in _REMOVING and plausible_name(clean_name(cm["name"])) and split_posts(cm["posts"]):
        # 某局副局长甲某试用期满，正式任职: the post before the name, confirmed
        return _appointments(clean_name(cm["name"]), "试用期满任", cm["posts"] + cm["notes"], at + cm.start("posts"),
                             span, at, known, region)
    pc = _POST_COLON_HOLDER.match(flat)
    if pc and (pc["verb"] or mode in _SECTION_VERBS) and plausible_name(clean_name(pc["name"])) \
            and split_posts(pc["posts"]):  # 任命：⏎县财政局局长：甲某 / 任命县财政局局长：甲某: the post, then who takes it
        name, verb = clean_name(pc["name"]), pc["verb"] or mode
        if verb.startswith(("免", "解")):
            return [Removal(person=name, post=p, span=span) for p in _posts(pc["posts"], at + pc.start("posts"), region)]
        notes = "".join(n.group(0) for n in _NOTE_RE.finditer(pc["asides"])) + (pc["tail"] or "")
        return _appointments(name, verb, pc["posts"] + notes, at + pc.start("posts"), span, at, known, region)
    m, g = None, None
    for regex, key in zip(_APPOINT_RES, ("", "2", "3")):
        cand = regex.match(flat)
        if cand and plausible_name(clean_name(cand["name" + key])) and not _not_a_subject(clean_name(cand["name" + key]), key) \
                and not _two_names(clean_name(cand["name" + key])) \
                and not (key == "3" and (not split_posts(cand["current3"]) or re.match(r"[会长任]", cand["name3"]))):
            m, g = cand, key  # (3: 委员|会副主任 is one word, not a post and a name)
            break
    if m is None and mode not in _REMOVING:
        reported = _reported_appointments(flat, at, span, known, region)
        if reported:
            return reported
    if m is not None and mode not in _REMOVING:
        name = clean_name(m["name" + g])
        found = m.groupdict()
        verb = found.get("verb") or found.get("verb3") or ""
        p_at = m.start("posts" + g)
        out = _appointments(name, verb or "", m["posts" + g], at + p_at, span, at, known, region)
        current, c_end = (found["current"], m.end("current")) if found.get("current") else \
            (found["current3"], m.end("current3")) if found.get("current3") else (None, 0)
        if current:
            # …会议通过由原X部书记Y担任, 聘请某院院士Y任…: the holder's own words
            tail = re.split(r"由|通过|宣布|决定|聘请|聘任|聘用|[，,]", current)[-1]
            if not _FORMER.search(tail) and verb not in ("调任", "改任", "转任", "升任", "出任"):  # (甲校副校长某某调任乙校校长: the post they leave)
                out += _current_posts(name, tail, at + c_end - len(tail), span, region)
        return out
    if mode in _SECTION_VERBS:
        several = _SEVERAL.match(flat)
        if several and all(name_shape(clean_name(n)) for n in several["names"].split("、")):
            return _several(mode, several, at, span, known, region)  # 任命：A、B为某院检察员
        removed = _BRACKET_REMOVED.search(flat) if not mode.startswith(("免", "解")) else None
        if removed:  # 某局局长　甲某（免去其某局副局长职务）: the post left, in brackets after the one taken
            flat = flat[:removed.start()] + flat[removed.end():]
        body, notes = _cut_notes(flat.rstrip("。；;"))
        body = re.sub(r"职务$", "", body)
        # (the verb after the name, not inside the posts a space parts from it, nor a title's last character with
        # nothing after it: 甲某　市政府办公厅副主任, 甲某市政府办公厅副主任; no verb in a row that prints the
        # posts first, 市政府办公厅副主任　甲某; a three-character name padded after its surname, 甲　某某（女）为…, or
        # after each character, 甲　某　某为…, or a four-character name padded after its first, 阿　旺曲珍为…)
        body = body if posts_before_name(body) else re.sub(rf"^((?:[\u4e00-\u9fff](?:[{SPACES}]{{1,2}}[\u4e00-\u9fff]){{2}}|[\u4e00-\u9fff][{SPACES}]{{1,2}}[\u4e00-\u9fff]{{1,3}}|[^{SPACES}]{{2,12}}?)[{SPACES}]*)(?:同志)?"
                      r"(?:兼任的|担任的|现任的|兼任|现任|原任|担任|的|为|兼|任)(?=.)", r"\1 ", body, count=1)
        split = split_name_posts(body, known)
        if not split:
            return None
        name, posts, off = split
        if mode.startswith(("免", "解")):
            return [Removal(person=name, post=p, span=span) for p in _posts(posts, at + off, region)]
        left = [Removal(person=name, post=p, span=span)
                for p in _posts(removed["posts"], at + removed.start("posts"), region)] if removed else []
        return _appointments(name, mode, posts + (f"（{notes}）" if notes.strip() else ""), at + off, span, at,
                             known, region) + left
    return None


def _glued_removed(m: re.Match | None, at: int, span, known, region: str) -> list[Removal]:
    """``免去甲、乙副省长职务``: each named person removed from the posts printed against the last name."""
    if not m or "同志" in m["last"]:
        return []
    split = split_name_posts(m["last"], known)
    if not split:
        return []
    last, posts, off = split
    off += m.start("last")
    names = [clean_name(n) for n in m["names"].split("、")] + [last]
    if not all(name_shape(n) and plausible_name(n) for n in names):
        return []
    found = _deputies_and_posts(_cut_notes(posts)[0], at + off, region)
    return [Removal(person=n, post=p, span=span) for n in names for p in found]


#: a post the person has left, marked 原/前 at its start or after its body (某局原副局长, 原某局副局长)
_FORMER = re.compile(r"^(?:以及|及|和|与)?(?:原|前)|(?<=[部委局厅办院会府司处])(?:原|前)(?=副|常务|[\u4e00-\u9fff]{0,3}(?:长|书记|主任))")


def _two_names(text: str) -> bool:
    """``王甲和李乙``: two people joined by 和/与/及, read by the decisions of reports (not one name)."""
    parts = re.split(r"[和与及]", text)
    return len(parts) > 1 and not name_shape(text) and all(name_shape(p) for p in parts)


#: an item of a 任命 / 免去 section that names several people: ``A、B为Y``, ``A、B的Y职务``
_SEVERAL = re.compile(rf"^(?P<names>[\u4e00-\u9fff·]{{2,6}}(?:{_GAP}、[\u4e00-\u9fff·]{{2,6}})+?){_GAP}(?:同志)?(?P<verb>为|任|的)"
                      r"(?P<posts>.+?)(?:职务)?[。；;]?$")


#: a clause whose several people take one post, the verb after them (任, 兼任, 担任; 分别: one post each, not read here)
_SEVERAL_TAKE = re.compile(rf"^(?P<names>(?:{_NAME_CH}|\s){{2,8}}?{_GAP}(?:[、和及](?:{_NAME_CH}|\s){{2,8}}?{_GAP})+)"
                           r"(?:等(?:\d+|[一二三四五六七八九十两]+)[位名人])?(?:同志)?(?P<verb>兼任|担任|任)(?!命|免|职|期|务|用)(?P<posts>.+)$")


def _names_taking(text: str) -> list[str] | None:
    """The names of ``甲、乙和丙`` (each as reports print one), or None where one is not a name."""
    parts = [clean_name(n) for n in re.split(r"、", text)]
    last = re.split(r"[和及]", parts[-1])
    if len(last) == 2 and not name_shape(parts[-1]):
        parts[-1:] = [clean_name(n) for n in last]
    return parts if len(parts) > 1 and all(name_shape(n) for n in parts) else None


def _several(mode: str, m, at: int, span, known, region) -> list:
    """Each person of a section item that names several: appointed (任命 section) or removed (免去)."""
    names = [clean_name(n) for n in m["names"].split("、")]
    p_at = at + m.start("posts")
    if mode.startswith(("免", "解")):
        posts = _posts(_cut_notes(m["posts"])[0], p_at, region)
        return [Removal(person=n, post=p, span=span) for n in names for p in posts]
    return [f for n in names for f in _appointments(n, mode, m["posts"], p_at, span, at, known, region)]


#: an adverb of time or manner before 任 (已任, 曾任, 现任, 将任): a career fact, not a decision
_TENSE_END = ("已", "曾", "现", "将", "也", "又", "均", "亦", "则", "还", "仍", "再", "还会", "将会", "也会", "可以")
#: the first character of a verb or title that ends in 任 (担任, 调任, 升任, 出任, 主任): no name ends with it here
_VERB_LEADS = ("担", "调", "升", "转", "出", "历", "改", "主")
#: time words of a narrated career (a report's story of the person's past moves, not the decisions it reports):
#: 同年甲调任…, 甲随即接任…, 此后乙升任…
_NARRATED = ("同年", "当年", "次年", "翌年", "同月", "当月", "次月", "随即", "随后", "旋即", "此后", "其后", "之后",
             "后来", "不久")
#: time words, never part of a name
_TIME_WORDS = _NARRATED + ("今年", "去年", "前年", "年初", "年底", "年末")


#: verbs of a report's move to a new post
_MOVE_VERBS = ("调任", "改任", "转任", "升任")
#: a post left, printed before the mover's name: 原副校长甲, 前局长乙
_LEFT_POST_BEFORE = re.compile(rf"^(?:原|前)[\u4e00-\u9fff]{{0,20}}?(?:{_TITLE_END})(?=[\u4e00-\u9fff·]{{2,4}}$)")


def _not_a_subject(name: str, key: str) -> bool:
    """``韩俊已任X``, ``甲、乙，分别升任X``, ``甲，跨公司任Y`` (an adverb before the verb) or ``钱运录出席栗战书任X`` (more than six characters
    without ·: words of a headline run together): no one person as the subject of ``X任Y``."""
    if key not in ("2", "3"):
        return False
    return name.endswith(_TENSE_END + _VERB_LEADS + _TIME_WORDS + ("选举", "另有", "提名", "再", "还会", "也会", "都会", "将会")) or \
        name.startswith(_TIME_WORDS) or name.startswith(("副", "常务", "仍", "继续", "并", "又", "还", "推选", "推举", "委派", "分别", "跨")) or "当选" in name or any(c in name[1:] for c in "因已") or \
        (key == "2" and len(name) > 6 and "·" not in name) or \
        (key == "2" and not name_shape(name) and bool(_LEFT_POST_BEFORE.match(name)))  # 原副校长甲调任…: the post left, then the name


#: decisions as reports print them: 任命A、B为Y; 任命<current posts>X为Y; 决定X为Y; 决定X代理Y职务
#: (决定增补甲等8人为…委员: the verb adding members to a body, no part of the names)
_REPORTED_APPOINT = re.compile(rf"^{_LEAD_IN}(?:任命|决定|决定任命)(?:{_ADDS})?(?P<who>[^，,。；;为]{{2,60}}?)(?:同志)?为(?P<posts>.+)$")
_ACTING = re.compile(rf"^{_LEAD_IN}(?:决定)?(?:(?P<current>[^，,。；;]{{2,40}}?(?:{_TITLE_END})))?(?P<who>{_NAME})(?:同志)?"
                     rf"代理(?P<posts>[^，,]+?)(?:职务|(?=[，,]|$))")
#: 代理X市长职务 inside a list of posts: the acting post is X/代理市长
_ACTING_POST = re.compile(rf"代理(?P<agency>[^、，,；;]{{2,30}}?)(?P<title>{'|'.join(GOV_HEAD_CORES)}|院长|检察长|主任)(?:职务)?")


def _reported_appointments(flat: str, at: int, span, known, region: str) -> list:
    m = _ACTING.match(flat)
    if m and name_shape(clean_name(m["who"])):
        name = clean_name(m["who"])
        posts = [replace(p, title="代理" + p.title) for p in _posts(m["posts"], at + m.start("posts"), region)]
        current = _posts(m["current"], at + m.start("current"), region) if m["current"] else []
        return [Appointment(person=name, post=p, span=span) for p in posts] + \
            [Position(person=name, post=p, span=span) for p in current]
    m = _REPORTED_APPOINT.match(flat)
    if not m:
        return []
    who, current = _SOME_MORE.sub("", clean_name(m["who"])), None  # A、B、C三位同志: the people named
    titled = re.match(rf"^(?P<name>{_DNAME})(?:{_TITLE_END})$", who)
    if titled and name_shape(titled["name"]):
        who = titled["name"]  # 决定X副省长为代理省长: the person as the text calls them
    names = [n for n in who.split("、")]
    if any(_two_names(n) for n in names):
        return []  # 任命甲和乙为…: read by the decisions of reports, with each name
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


def _seconded(flat: str, mode: str, at: int, span, known, region: str) -> list | None:
    """``选派甲同志(某局某科科长)到某县某局挂职任副局长``: the appointment where the person is sent, and the posts
    they hold where they are sent from (before the name, or in parentheses after it) as positions."""
    sm = _SECONDED_TO.match(flat)
    if sm and mode in _REMOVING and re.search(r"职务[。；;，,]?$", re.split(r"[，,]", sm["posts"])[0]):
        # (…挂职任副镇长，挂职期间保留原单位职务: the 职务 of a note after the post, not the post's)
        return None  # under 免去：, a clause ending in 职务 is a removal
    name = clean_name(sm["name"]) if sm else ""
    if not sm or not plausible_name(name) or _two_names(name):
        return None
    held = []
    for g in ("current", "held"):
        if sm[g] and split_posts(sm[g]):  # (女), (挂职): no post
            held += [Position(person=name, post=p, span=span) for p in _posts(sm[g], at + sm.start(g), region)]
    kept = _KEPT_POST.search(sm["posts"])
    if kept:  # 挂职期间保留其某学院副院长职务: the post the person keeps while away, one they hold
        held += [Position(person=name, post=p, span=span)
                 for p in _posts(kept["posts"], at + sm.start("posts") + kept.start("posts"), region)]
    body = _sent_to_body(sm["body"] or "", sm["posts"])
    return _appointments(name, "挂职任", body + sm["posts"], at + sm.start("body" if body else "posts"), span, at, known,
                         region) + held


def _sent_to_body(body: str, posts: str) -> str:
    """The body a secondment's 到 names, to read before its posts; none where the posts name their own body again:
    到黄岗镇挂职任黄岗镇人民政府副镇长, 到我县挂职任县水电局副局长 (the posts open with the place, or with its level)."""
    if posts.startswith(body) or body[-1:] in "省市县区州旗盟镇乡" and posts.startswith(body[-1]):
        return ""
    return body


#: the post a seconded person keeps where they come from: …，挂职期间保留其某学院副院长职务 (原单位职务: no post named)
_KEPT_POST = re.compile(r"[，,](?:挂职期间)?保留(?:其|原)?(?P<posts>(?!原单位)[^，,。；;]{2,40}?)职务")


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
    # (免去其X职务: 其 is the subject, no part of the post)
    m = re.match(r"^(?:同时|并)?(?:免(?:去|除)?|不再担任|不再兼任)其?(?P<posts>.+?)职务", flat) or _QUIT.match(flat)
    if m:
        posts = _cut_notes(m["posts"])[0]
        return out + [Removal(person=name, post=p, span=span) for p in _posts(posts, at + m.start("posts"), region)]
    m = _VERB_FIRST.match(flat)
    if m:
        return out + _appointments(name, m["verb"], m["posts"], at + m.start("posts"), span, at, known, region)
    return out or None


_CAREER_NOTE = re.compile(r"[,，](?=[^,，。；;]{0,12}?(?:此前|曾任|原任|历任|先后任|先后担任))")
_NEXT_DECISION = re.compile(r"、(?=决定|任命)")
#: the next person's move after a comma, which ends the posts of the clause before: 甲任某学院党委书记，乙由某学院
#: 党委书记转任院长 (乙's own clause, read by find_report_decisions)
_NEXT_MOVER = re.compile(r"[，,](?=[\u4e00-\u9fff·]{2,4}?(?:同志)?(?:由|从)[^，,。；;]{2,40}?(?:调任|转任|改任|升任))")
_LEFT_AFTER = re.compile(r"[,，]\s*(?:同时|并)?(?:免去|不再担任|不再兼任)")


def _appointments(name, verb, posts_raw, p_at, span, at, known, region) -> list:
    """Appointment facts of one clause, and a removal that follows it with a comma."""
    if verb == "任" and name.endswith("新") and len(name) > 3 and not name_shape(name):
        return []  # 会上，某集团新任党委书记甲表态: 新任 is "the new", said of the post; what stands before it is no one
    out: list = []
    removal = None
    past = _CAREER_NOTE.search(posts_raw)
    if past:  # 任命甲为X主任，甲此前是Y厅厅长: the career note after the decision is no post of it
        posts_raw = posts_raw[: past.start()]
    posts_raw = _NEXT_DECISION.split(posts_raw)[0]  # …为X副省长、决定甲代理X省长: the next decision
    posts_raw = _NEXT_MOVER.split(posts_raw)[0]  # …党委书记，乙由某学院党委书记转任院长: the next person's
    m = _LEFT_AFTER.search(posts_raw)  # 任X，不再担任Y职务: the post left
    if m:
        removal = posts_raw[m.end():]
        rem_at = p_at + m.end()
        posts_raw = posts_raw[: m.start()]
    posts_raw = _ACTING_POST.sub(lambda a: a["agency"] + "代理" + a["title"], posts_raw)  # keeps offsets close
    if verb in _MOVE_VERBS:  # 甲调任乙大学任校长，…: the body moved to, 任, the title (乙大学/校长, not 乙大学任校)
        head = re.match(r"[^，,。；;]*", posts_raw).group(0)
        posts_raw = _MOVED_TO_TAKE.sub(r"\g<body>\g<gap>", head) + posts_raw[len(head):]
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


#: the header of a task table's column of the leaders who lead each task: 牵头县领导, 责任领导, 分管市领导
_LEADER_HEAD = re.compile(r"(?:牵头|责任|分管|联系|包抓|包联)(?:[省市县区旗]|[省市县区旗]级)?领导")
#: a leader's cell: the posts, a gap, the name (县委常委、副县长 甲某)
_LEADER_CELL = re.compile(rf"(?P<posts>[^{SPACES}]{{2,40}})[{SPACES}]+(?P<name>[\u4e00-\u9fff·]{{2,6}})")


def task_table_leaders(layout: Layout, region: str = "") -> list[Position]:
    """A task table's column of the leaders who lead each task (牵头县领导: ``县委常委、副县长 甲某``): each cell
    states the posts of the leader it names, positions. One row a line, cells by tabs or │."""
    facts: list[Position] = []
    leaders: tuple[list[int], int] | None = None  # the leader columns, and the table's width
    for line in layout.lines:
        cells = split_cells(line.text) or [line.text]
        if len(cells) < 2:
            continue
        flat = [unspaced(nfkc(c)) for c in cells]
        heads = [i for i, c in enumerate(flat) if _LEADER_HEAD.fullmatch(c)]
        if heads:
            leaders = (heads, len(flat))
            continue
        if not leaders or len(cells) > leaders[1]:
            continue
        for i in leaders[0]:
            cell = nfkc(cells[i]).strip(SPACES) if i < len(cells) else ""
            held = _LEADER_CELL.fullmatch(cell)  # 县委常委、副县长 甲某: the posts, a gap, the name
            if held and reported_name(clean_name(held["name"]), listed=True) and TITLE_RE.search(held["posts"]):
                at = line.start + max(line.text.find(cells[i].strip(SPACES)), 0)
                facts.extend(Position(person=clean_name(held["name"]), post=p, span=(line.start, line.end))
                             for p in _posts(held["posts"], at, region))
    issuer = layout.issuer or ""
    return facts + _comma_table_leaders(layout, region, issuer) + _stacked_table_leaders(layout, region, issuer)


def _comma_table_leaders(layout: Layout, region: str, issuer: str) -> list[Position]:
    """A task table exported as comma-separated rows (序号,工作任务,牵头科室,配合单位,责任领导,完成时限 ⏎
    1,某任务,某科,"甲单位,乙单位",甲某副局长,6月底前), a quoted cell's line breaks kept: the leader cells."""
    out: list[Position] = []
    leaders: list[int] | None = None
    for row, span in _comma_rows(layout):
        heads = [i for i, c in enumerate(row) if _LEADER_HEAD.fullmatch(unspaced(c))]
        if heads and len(row) >= 3:
            leaders = heads
        elif leaders and len(row) >= 3:
            out += [f for i in leaders if i < len(row) for f in _leader_cell(unspaced(nfkc(row[i])), span[0], span, region, issuer)]
        else:
            leaders = None
    return out


def _comma_rows(layout: Layout):
    """The comma-separated rows of a text, each with its span: a quoted cell that holds a line break joins its lines."""
    pending, begin = "", 0
    for line in layout.lines:
        text = line.text  # (a copy's full-width commas and paired quotes are the file's own: lists.comma_cells)
        if "," not in text and "，" not in text and not pending:
            yield [line.text], (line.start, line.end)
            continue
        pending, begin = (pending + text, begin) if pending else (text, line.start)
        if open_quote(pending):
            continue  # ("甲单位⏎乙单位": the quoted cell goes on below)
        yield comma_cells(pending), (begin, line.end)
        pending = ""


def _stacked_table_leaders(layout: Layout, region: str, issuer: str) -> list[Position]:
    """A task table whose cells a copy printed one a line (a PDF's text: 责任领导 ⏎ … ⏎ 副团长 ⏎ 甲某 ⏎ 2023年10月):
    under a leader column's heading alone on its line, a bare title on a line with a name on the next."""
    out: list[Position] = []
    lines = layout.lines
    under = False
    for k, line in enumerate(lines):
        flat = unspaced(nfkc(line.text))
        if _LEADER_HEAD.fullmatch(flat):
            under = True
        elif under and _SENTENCE_END.search(flat):
            under = False  # (the table ends where prose goes on)
        elif under and k + 1 < len(lines) and _BARE_HEAD.fullmatch(flat):
            name = clean_name(unspaced(nfkc(lines[k + 1].text)))
            if reported_name(name, listed=True) and not TITLE_RE.search(name):
                out += [Position(person=name, post=p, span=(line.start, lines[k + 1].end))
                        for p in _leader_posts(flat, line.start, region, issuer)]
    return out


#: a prose line's end, after which a table no longer goes on
_SENTENCE_END = re.compile(r"[。；;]$")
#: a leader's bare title, no body printed: 副团长, 副局长, 副政委, 常务副县长
_BARE_HEAD = re.compile(r"(?:常务|执行)?副?(?:[\u4e00-\u9fff]长|政委)")
#: the kind of body a bare head's title heads (副局长: 局; 副团长: 团)
_HEAD_KIND = re.compile(r"^(?:常务|执行)?副?(?P<kind>[\u4e00-\u9fff])长$")


def _leader_posts(posts: str, at: int, region: str, issuer: str) -> list[Post]:
    """The posts of a task's leader; a bare head's title of the issuing body's kind (副局长 in a 局's notice, 副团长 or
    副政委 in a 团's) is the issuer's post."""
    body = re.sub(r"(?:办公室|办公厅)$", "", issuer)
    kind = _HEAD_KIND.match(posts)
    own = kind and body.endswith(kind["kind"]) or re.fullmatch(r"副?政委", posts) and body.endswith(("团", "师"))
    if own and len(body) >= 3 and "政府" not in body:
        return [Post(agency=body, title=posts, span=(at, at + len(posts)))]
    return _posts(posts, at, region)


#: a leader named after the posts, glued to them (副乡长甲某, 县委常委、副县长乙某)
_POSTS_THEN_NAME = re.compile(rf"(?P<posts>.+(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,6}})")


#: a leader named before a bare head's title (甲某副局长, 乙某副政委)
_NAME_THEN_HEAD = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,6}?)(?P<title>(?:常务|执行)?副?(?:[\u4e00-\u9fff]长|政委))")


def _leader_cell(cell: str, at: int, span, region: str, issuer: str) -> list[Position]:
    """A leader's cell, the posts glued before the name (副乡长甲某) or after it (甲某副局长): positions."""
    first = _POSTS_THEN_NAME.fullmatch(cell)
    if first and reported_name(name := clean_name(first["name"]), listed=True) and not TITLE_RE.search(name):
        return [Position(person=name, post=p, span=span) for p in _leader_posts(first["posts"], at, region, issuer)]
    last = _NAME_THEN_HEAD.fullmatch(cell)  # 甲某副局长: a bare head's title glued after the name
    if last and reported_name(name := clean_name(last["name"]), listed=True):
        return [Position(person=name, post=p, span=span)
                for p in _leader_posts(last["title"], at + last.start("title"), region, issuer)]
    return []


#: a personnel table's column of remarks (备注, 说明, 附注; 備註 in a traditional copy): notes on each row's decision
_REMARKS_HEAD = re.compile(r"备注|说明|附注|備註")


def positions_from_table(layout: Layout, region: str = "") -> list:
    """Personnel tables: a 姓名 column, post columns (拟任职务 / 免去职务 / 现任职务 / 任免职务 …)
    and optional notes (备注). A verb opening a cell (任…, 免去…职务) says what it is;
    otherwise the column's header does. One row a line, cells by tabs, │ or ｜."""
    facts: list = []
    columns: list[str] | None = None
    spaced: list[int] | None = None  # the display columns of a table a text copy aligns by spaces
    for line in layout.lines:
        drawn = line.text.replace("｜", "|")  # 姓　名｜任　职｜免　职: a full-width bar draws the cells too
        heads = None if split_cells(drawn) else _spaced_heads(line.text)
        if heads:
            spaced, columns = [at for at, _ in heads], [h for _, h in heads]
            continue
        cells = split_cells(drawn) or (spaced and _spaced_cells(line.text, spaced)) or [line.text]
        if spaced and cells == [line.text]:
            spaced = columns = None  # the rows of a space-aligned table end at the first line that is none
        if len(cells) < 2:
            continue
        flat = [unspaced(nfkc(c)) for c in cells]
        if any(c in ("姓名", "名字") for c in flat):
            columns = flat
            continue
        if not columns or len(flat) > len(columns):
            continue
        cells += [""] * (len(columns) - len(cells))
        flat += [""] * (len(columns) - len(flat))
        name_col = next(i for i, c in enumerate(columns) if c in ("姓名", "名字"))
        name = clean_name(_PERSON_ASIDE.sub("", flat[name_col]))  # 甲某(女): the aside is no part of the name
        if not plausible_name(name):
            continue
        remarks = " ".join(f for h, f in zip(columns, flat) if _REMARKS_HEAD.search(h))
        span = (line.start, line.end)
        offset = 0
        for i, (head, cell) in enumerate(zip(columns, cells)):
            cell_at = line.start + drawn.index(cell, offset)
            offset = cell_at - line.start + len(cell)
            if i == name_col or _REMARKS_HEAD.search(head) or not cell.strip(SPACES + "—-－/无") \
                    or ("职" not in head and "任" not in head):
                continue
            facts.extend(_table_cell(name, head, cell, cell_at, remarks, span, region))
    return facts + _labelled_records(layout, region)


#: the headings of a personnel table a text copy aligns by spaces, with spaces inside them too
#: (姓　名　　任　　职　　　　免　　职　　　　备　注): each heading read from the printed characters alone
_SPACED_HEAD = re.compile(r"姓名|名字|性别|出生年月|(?:拟|现|原)?(?:任职|任免|免职|免去|任命|聘任)(?:职务)?"
                          r"|(?:拟任|现任|原任)职务|备注|说明|附注|備註")


def _display(text: str) -> list[tuple[int, int, str]]:
    """(display column, offset, character) of each printed character of ``text``: a wide character (汉字, a
    full-width space) takes two columns, as a fixed-width copy prints it."""
    out, col = [], 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            out.append((col, i, ch))
        col += 2 if east_asian_width(ch) in "WF" else 1
    return out


def _spaced_heads(text: str) -> list[tuple[int, str]] | None:
    """``姓　名　　任　　职　　免　　职　　备　注``: (display column, heading) of each column of a table aligned by
    spaces; None unless the line is only such headings, a name's among them and a post's."""
    chars = _display(text)
    flat = "".join(ch for _, _, ch in chars)
    heads, at = [], 0
    for m in _SPACED_HEAD.finditer(flat):
        if m.start() != at:
            return None
        heads.append((chars[m.start()][0], m.group(0)))
        at = m.end()
    names = [h for _, h in heads if h in ("姓名", "名字")]
    if at != len(flat) or not names or len(heads) < 3 or not any("职" in h or "任" in h for _, h in heads):
        return None
    return heads


def _spaced_cells(text: str, columns: list[int]) -> list[str] | None:
    """The cells of a row under space-aligned headings: each run of printed characters in the column its start
    stands under (a character's width of slack), the runs of one column (蔺　耕野: a name spaced out) one cell.
    None when the row prints nothing under the first column (a signature pushed right, a blank line)."""
    runs = [m for m in re.finditer(rf"[^\s{SPACES}]+", text)]
    cols = {i: col for col, i, _ in _display(text)}
    cells: list[list[int]] = [[] for _ in columns]
    for m in runs:
        k = max((j for j, c in enumerate(columns) if c <= cols[m.start()] + 2), default=0)
        cells[k] += [m.start(), m.end()]
    if not cells[0]:
        return None
    return [text[c[0]:c[-1]] if c else "" for c in cells]


#: a record that prints each field after its label, the cells run together (a 任前公示 list copied without its
#: table): 1.姓名甲某性别男出生年月1979.03学历大学现任职务县某局副局长拟任职务县某局局长 — the name, and the posts held
#: now up to the next label (the proposed post is no decision yet)
_LABELLED_NAME = re.compile(r"姓名[：:]?(?P<name>[\u4e00-\u9fff·]{2,6}?)[，,；;]?(?=性别|出生|民族)")
_LABELLED_NOW = re.compile(r"现任职务[：:]?(?P<posts>[^：:]+?)[，,；;。]?(?=拟任|拟提名|拟推荐|拟免|备注|$)")


def _labelled_records(layout: Layout, region: str) -> list[Position]:
    """``姓名甲某性别男…现任职务县某局副局长拟任职务…``: the posts a labelled record says its person holds now."""
    out: list[Position] = []
    for line in layout.lines:
        flat = unspaced(nfkc(line.text))
        who, now = _LABELLED_NAME.search(flat), _LABELLED_NOW.search(flat)
        if not who or not now or not plausible_name(name := clean_name(who["name"])):
            continue
        posts, _ = _cut_notes(now["posts"])
        out += [Position(person=name, post=p, span=(line.start, line.end))
                for p in _posts(posts, line.start + max(line.text.find(posts[:2]), 0), region)]
    return out


#: the end of a post a cell stacks another under, the break between them lost: 某处处长省某局党组成员 (a title, then a
#: body that names its own level: 省, 市, 县, 区, 中共)
_STACKED_POST = re.compile(rf"(?:{_TITLE_END})(?=(?:中共|[省市县区州])[\u4e00-\u9fff]{{2,30}}?(?:{_TITLE_END})$)")
#: a concurrent post after a comma in one cell (甲处处长，兼任乙处处长): a second post of the same act
_CELL_CONCURRENT = re.compile(r"[，,；;](?=兼任)")


def _table_cell(name: str, head: str, cell: str, cell_at: int, remarks: str, span, region: str) -> list:
    concurrent = _CELL_CONCURRENT.search(cell)
    if concurrent:  # each part read alone, at its own offset
        return _table_cell(name, head, cell[:concurrent.start()], cell_at, remarks, span, region) \
            + _table_cell(name, head, cell[concurrent.end():], cell_at + concurrent.end(), remarks, span, region)
    core, notes = _cut_notes(cell)
    core = core.strip(SPACES)
    cell_at += len(cell) - len(cell.lstrip(SPACES))
    stacked = _STACKED_POST.search(core)
    if stacked and split_title(core[stacked.end():]) and split_title(core[:stacked.end()]):
        # 局财务审计处处长<br>省某局党组成员: two posts a line each, the break lost; each read alone
        return _table_cell(name, head, core[:stacked.end()], cell_at, remarks, span, region) \
            + _table_cell(name, head, core[stacked.end():], cell_at + stacked.end(), remarks, span, region)
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


def find_report_decisions(layout: Layout, region: str = "") -> list:
    """Decisions as reports of a session print them, anywhere in a sentence (after 会议决定, 表决通过,
    其中…): ``任命A、B为Y``, ``决定任命<current posts>X为Y，Z为W``, ``决定X副省长为代理省长``,
    ``决定X代理Y职务``, ``并决定为代理市长`` (the person just appointed), ``X被任命为Y``,
    ``提请X担任Y``, ``免去X的Y职务``. Current posts printed with an appointee are positions."""
    out: list = []
    body = ""  # the body of the last appointment, for a bare acting title (由甲代理主席职务)
    for line in layout.lines:
        if "\t" in line.text or _in_title(layout, line):
            continue
        text = _BLANK.sub(lambda m: " " * len(m.group(0)), nfkc(line.text))
        text = _RUN_ON.sub(lambda m: "，" + m.group(0)[1:], text)  # 决定任命X为Y 决定Z为W: two decisions
        last: Appointment | None = None  # the person appointed last in this line, for 并决定为Y
        left: Removal | None = None  # the post someone left last in this line, for 新X由Y担任
        said = _SaidBefore(text)
        for m in _DECISION.finditer(text) if _DECISION_WORD.search(text) else ():
            if said.after_date(m.start()) and not _ACT.match(text, m.start()) or said.past(m.start()):
                last = None
                continue  # a career history: 曾任…, 2020年6月任…
            at = line.start + m.start()
            span = (at, line.start + m.end())
            kind = next(k for k, g in _DECISION_KINDS if m[g] is not None)
            got: list = []
            if kind == "further" and last is not None:
                g = "posts_f" if m["posts_f"] is not None else "posts_g"
                posts = _decision_posts(m[g], line.start + m.start(g), region)
                if g == "posts_g":  # ，代理杭州市市长职务
                    posts = [replace(p, title="代理" + p.title) for p in posts if not p.title.startswith("代")]
                bare = _clip(m[g]).strip(SPACES)
                if not posts and TITLE_RE.fullmatch(bare):
                    posts = [Post(agency=last.post.agency, title=bare, span=span)]  # 副主任…并决定为代理主任
                got = [Appointment(person=last.person, post=_as_before(p, last.post), span=span) for p in posts]
            elif kind == "dropped" and last is not None:  # 因被任命为X，不再担任Y职务
                got = [Removal(person=last.person, post=p, span=span)
                       for p in _decision_posts(m["posts_n"], line.start + m.start("posts_n"), region)]
            elif kind == "transferred":  # 甲校副校长某某调任乙校校长: the post moved to (the former gives no row)
                left_t = re.split(r"(?<=[\u4e00-\u9fff]{2})(?:同志)?(?:由|从)", m["who_t"])
                who_t = left_t[0]  # 某某由甲局副局长调任…
                if m["via"] and len(left_t) < 2:
                    continue  # 某某已转任…, 某某转任…: a report's own telling (_news_moves); 由…转任: a decision's wording
                who_t = _WHEN_MOVED.sub("", who_t)  # 某某上月调任…: when, no part of the name
                # 同年某某调任… / 某某随即调任…: a narrated career, history rather than a decision reported
                who = _who(who_t, line.start + m.start("who_t"), region) \
                    if not who_t.startswith(_NARRATED) and not who_t.endswith(_NARRATED) else None
                if who:
                    # 调任乙大学任校长: the body moved to, then 任 and the title
                    posts_t = _MOVED_TO_TAKE.sub(r"\g<body>\g<gap>", m["posts_t"])
                    left_raw = left_t[-1] if len(left_t) > 1 else ""
                    posts = _committee_of_body_left(_decision_posts(posts_t, line.start + m.start("posts_t"), region),
                                                    left_raw, region) or \
                        _of_body_left(_clip(posts_t), left_raw, span, region)
                    got = [Appointment(person=name, post=p, span=span) for name in who[0] for p in posts]
            elif kind in ("quit", "ended"):  # 某某不再担任X职务; 某某的X职务相应终止
                g = "x" if kind == "quit" else "e"
                names = [clean_name(n) for n in m["who_" + g].split("、")]  # 甲、乙不再担任X职务: each of them
                if all(name_shape(n) for n in names):
                    got = [Removal(person=name, post=p, span=span) for name in names
                           for p in _decision_posts(m["posts_" + g], line.start + m.start("posts_" + g), region)]
            elif kind == "successor" and left is not None and m["title_y"] == left.post.title:
                who = _who(re.sub(r"[(（][^()（）]*[)）]", "", m["who_y"]), line.start + m.start("who_y"), region)
                if who:  # …不再担任X校长职务，新校长由乙校的某某担任: the same post of the same body
                    got = [Appointment(person=name, post=replace(left.post, span=span), span=span) for name in who[0]]
            elif kind == "removed":
                name, posts_r, posts_at = _removed_whose(m, line.start, lambda: _places_of(out + got))
                if name and name_shape(name):
                    got = [Removal(person=name, post=p, span=span)
                           for p in _decision_posts(posts_r, posts_at, region)]
                    got += _removal_chain(text, m.end(), line.start, region) if got else []
                    moved = _MOVED_ON.match(text, m.end()) if got else None
                    if moved:  # 免去甲的X，调任Y: the person removed is appointed to Y
                        got += [Appointment(person=name, post=p, span=(span[0], line.start + moved.end()))
                                for p in _decision_posts(moved["posts"], line.start + moved.start("posts"), region)]
            elif kind not in ("further", "dropped", "successor"):  # (those need the person appointed or removed just before)
                key = {"appointed": "a", "acting": "c", "passive": "p", "proposed": "q", "announced": "s", "took": "h",
                       "approved": "v", "congratulated": "k"}[kind]
                who = _who(m["who_" + key], line.start + m.start("who_" + key), region) or \
                    (_titled_name(m["who_h"]) if kind == "took" else None)
                if who:
                    names, current = who
                    if text[max(0, m.start() - 1): m.start()] in ("原", "前"):
                        current = []  # 原副市长X被任命为…: a former post
                    posts = _decision_posts(m["posts_" + key], line.start + m.start("posts_" + key), region, text[: m.start()])
                    bare = _clip(m["posts_c"] or "")
                    if kind == "acting" and not posts and body and TITLE_RE.fullmatch(bare) and not split_title(bare)[0]:
                        posts = [Post(agency=body, title=bare, span=span)]  # 由甲代理主席职务: of the body appointed to before
                    elif kind == "acting" and not posts and current and TITLE_RE.fullmatch(bare) and not split_title(bare)[0]:
                        # 推选某常委会副主任甲代理主任职务: the bare title is of the body whose post the person holds
                        posts = [Post(agency=current[-1].agency, title=bare, span=span)]
                    if kind == "acting":
                        posts = [replace(p, title="代理" + p.title) for p in posts
                                 if not p.title.startswith(("代理", "代"))]
                        titled = re.match(rf"^{_DNAME}(?P<title>(?:{_TITLE_END}))$", clean_name(m["who_c"].strip(SPACES)))
                        if titled and not current and posts and TITLE_RE.fullmatch(titled["title"]):
                            # 决定甲某副区长代理某区人民政府区长职务: 副区长 of the same government, held now
                            current = [Post(agency=posts[0].agency, title=titled["title"], span=posts[0].span)]
                    if last is not None and last.person in names:
                        posts = [_as_before(p, last.post) for p in posts]
                    # …为某校副校长（试用期一年）; …为某办副主任，任职时间自2008年3月起计算
                    attrs = _appointment_attrs("", _cut_notes(m["posts_" + key])[1] + _tail_notes(text, m.end()))
                    for name in names:
                        got += [Appointment(person=name, post=p, span=span, **attrs) for p in posts]
                        got += [Position(person=name, post=p, span=span) for p in current]
                    if kind == "appointed" and posts:
                        got += _chain(text, m.end(), line.start, region, posts[-1])
                        own = _OWN_REMOVED.match(text, m.end())  # 任命甲为X，免去其Y职务: the post 甲 leaves
                        got += [Removal(person=name, post=p, span=(span[0], line.start + own.end())) for name in names
                                for p in _decision_posts(own["posts"], line.start + own.start("posts"), region)] if own else []
            out += got
            body = next((f.post.agency for f in reversed(got) if isinstance(f, Appointment)), body)
            left = next((f for f in got if isinstance(f, Removal)), left if kind == "successor" else None)
            appointed = [f for f in got if isinstance(f, Appointment)]
            last = appointed[-1] if appointed else (last if kind in ("further", "dropped") else None)
        out += _new_batch(text, line.start)
    out += _news_moves(layout, region)
    return drop_restated(_college_committees(layout, out + _current_of_appointees(layout, out, region)))


#: a university's own Party committee, issuing a notice on its colleges: 中共某某大学委员会, 某某学院党委
_UNIVERSITY_PARTY = re.compile(r"(?:中共|中國共產黨|中国共产党)?(?P<school>[\u4e00-\u9fff]{2,20}?(?:大学|学院|大學|學院))"
                               r"(?:委员会|委員會|党委|黨委)")
#: a college or department of a university (基础医学院, 农林科技学院, 化学系) and its Party committee's post
_COLLEGE_POST = re.compile(r"(?:学院|學院|系|研究院)$")
_COLLEGE_COMMITTEE = re.compile(r"^(党委|黨委|党总支|黨總支)(?=(?:常务)?(?:副)?(?:书记|書記)$|委员$|委員$)")


def _college_committees(layout: Layout, facts: list) -> list:
    """In a university Party committee's own notice (中共某大学委员会), a college's Party committee is a body of its
    own: 任基础医学院党委书记 -> 基础医学院党委 | 书记 (the university's own 党委书记 stays with the university)."""
    school = _UNIVERSITY_PARTY.search(nfkc(layout.issuer or "")) or _UNIVERSITY_PARTY.match(nfkc(layout.title or ""))
    if not school:
        return facts
    out = []
    for f in facts:
        agency, title = f.post.agency, f.post.title
        party = _COLLEGE_COMMITTEE.match(title)
        if party and _COLLEGE_POST.search(agency) and not school["school"].endswith(agency):
            f = replace(f, post=replace(f.post, agency=agency + party[1], title=title[party.end():]))
        out.append(f)
    return out


#: the appointee's own removal right after the appointment: ，免去其市规划局局长职务 (其 the person appointed)
_OWN_REMOVED = re.compile(r"[，,]\s*(?:同时|并)?免去其(?P<posts>[^，,。；;]{2,60}?)职务")
#: a note on the tenure after a decision's comma: ，任职时间自2008年3月起计算; ，试用期一年; ，挂职时间两年（…至…）
_TAIL_NOTE = re.compile(r"[，,]\s*(?:任职时间|试用期|挂职时间|任期)[^，,。；;（(]*(?:[（(][^()（）]*[)）])?")


def _tail_notes(text: str, at: int) -> str:
    """The notes on tenure that follow a decision at ``at``, each after a comma, up to the next clause."""
    notes = []
    m = _TAIL_NOTE.match(text, at)
    while m:
        notes.append(m.group(0))
        m = _TAIL_NOTE.match(text, m.end())
    return " ".join(notes)


#: a Party committee printed bare, without the body it is of (党委书记 -> 党委 | 书记)
_BARE_COMMITTEE = ("党委", "党组", "党工委", "党总支", "党支部")


def _committee_of_body_left(posts: list[Post], left: str, region: str) -> list[Post]:
    """Posts moved to whose body is a bare Party committee (甲由某大学校长转任党委书记: 党委 | 书记) are that committee's
    of the body of the post left: 某大学 | 党委书记 (the body keeps its committee's posts, as 某大学党委书记 reads)."""
    if not posts or not all(p.agency in _BARE_COMMITTEE for p in posts):
        return posts
    held = _decision_posts(left, 0, region) if left else []
    if not held or held[-1].agency in _BARE_COMMITTEE:
        return posts
    return [replace(p, agency=held[-1].agency, title=p.agency + p.title) for p in posts]


def _of_body_left(title: str, left: str, span, region: str) -> list[Post]:
    """The post of a bare title moved to (乙由某学院党委书记转任院长: 院长) in the body of the post left (某学院)."""
    held = _decision_posts(left, 0, region) if left else []
    if not held or not TITLE_RE.fullmatch(title) or split_title(title)[0]:
        return []
    return [Post(agency=held[-1].agency, title=title, span=span)]


#: the move after a removal printed without 职务: 免去甲的X，调任Y (Y the post the person is appointed to)
_MOVED_ON = re.compile(r"[，,]调任(?P<posts>[^，,。；;]{2,60})")
#: when a report's mover moved, printed between the name and 调任: 上月, 日前, 近日, 今年…
_WHEN_MOVED = re.compile(r"(?:上月|本月|上周|日前|近日|近期|今年|去年|年初|月初|月底|年底)$")
#: 调任乙大学任校长: the body moved to and 任 before the title (the posts read as 乙大学校长, 任 dropped)
_MOVED_TO_TAKE = re.compile(rf"^(?P<body>[^，,。；;任]{{2,30}}?)任(?P<gap>)(?=(?:{_TITLE_END})$)")


#: a person a news report follows through a change: …的甲某在今年3月卸任…, 甲某正式接棒乙某 (the name before an adverb)
#: (after a quoted epithet too: “70后”甲某已转任…)
_MOVER = re.compile(rf"(?:^|(?<=[的，,、。；;”」]))(?P<who>{_PNAME})(?:同志)?(?=也|已|于|在|因|正式|将|日前|近日|今年|本月|是)")
#: what the report says they did: 卸任X (left X), 转任X (moved to X), 接棒乙某，任X (took X over from 乙某)
_MOVE = re.compile(rf"卸任(?P<left>[^，,。；;]{{2,40}}?)(?:职务|一职)?(?=[，,。；;]|$)|转任(?P<moved>[^，,。；;]{{2,40}}?)(?=[，,。；;]|$)|"
                   rf"接棒(?P<before>{_PNAME})[，,]?(?:出)?任(?P<took>[^，,。；;]{{2,40}}?)(?:一职)?(?=[，,。；;]|$)")


def _news_moves(layout: Layout, region: str) -> list:
    """Changes a news report tells in its own words, each of the person the sentence follows (the last name
    before an adverb: ``年满61岁的某某也因到龄，卸任某部副部长``, ``某某在3月卸任某部职务，转任某会会长``,
    ``甲某正式接棒乙某，任某部部长``): 卸任 a removal, 转任 an appointment (已转任, the move told as done: a
    position), 接棒 both."""
    out: list = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _MOVE.finditer(text):
            sentence_at = max(text.rfind(c, 0, m.start()) for c in "。；;") + 1
            movers = [w for w in _MOVER.finditer(text, sentence_at, m.start()) if name_shape(w["who"])]
            if not movers or _PAST.search(text[sentence_at: m.start()]):
                continue
            if re.search(r"(?:19|20)\d\d年", text[movers[-1].end(): m.start()]):
                continue  # 甲某于2015年卸任…: a career's past step, not this report's change
            who, span = movers[-1]["who"], (line.start + sentence_at, line.start + m.end())
            g = next(k for k in ("left", "moved", "took") if m[k])
            posts = _decision_posts(m[g], line.start + m.start(g), region)
            if g == "left":
                out += [Removal(person=who, post=p, span=span) for p in posts]
            elif g == "moved" and text.startswith("已", movers[-1].end()):
                # 甲某已转任某局局长: the post the person has moved to, told as how things stand, not a decision of
                # the report's body (the session removed them from the post they left)
                out += [Position(person=who, post=p, span=span) for p in posts]
            else:
                out += [Appointment(person=who, post=p, span=span) for p in posts]
            if g == "took" and name_shape(m["before"]):
                out += [Removal(person=m["before"], post=p, span=span) for p in posts]
    return out


#: a batch of new holders of one post, school by school: ``一批新校长助理诞生，他们分别是甲中学的A、B，
#: 乙中学的C以及丙小学的D``
_NEW_BATCH = re.compile(r"新(?:任|一届|一批)?(?P<title>[\u4e00-\u9fff]{2,8}?)(?:诞生|产生|上任|出炉|亮相|到任)[^。；;]{0,8}?"
                        r"分别(?:是|为)[:：]?(?P<list>[^。；;]+)")
_BATCH_NAME = r"[\u4e00-\u9fff·]{2,6}?"
_BATCH_ITEM = re.compile(rf"(?P<body>[^，,、的]{{2,20}}?)的(?P<names>{_BATCH_NAME}(?:、{_BATCH_NAME})*)$")


def _new_batch(text: str, line_at: int) -> list[Appointment]:
    """Appointments of a batch of new holders of one post: each school's (body's) people, up to the
    first piece that is no ``body的names``."""
    out: list[Appointment] = []
    for m in _NEW_BATCH.finditer(text):
        if not TITLE_RE.fullmatch(m["title"]):
            continue
        cursor = m.start("list")
        for part in re.split(r"[，,]|以及|及(?=[^，,、]{2,20}?的)", m["list"]):
            item = _BATCH_ITEM.fullmatch(part.strip(SPACES))
            names = item and [clean_name(n) for n in item["names"].split("、")]
            if not item or not all(name_shape(n) for n in names):
                break
            cursor = text.index(part, cursor)
            span = (line_at + cursor, line_at + cursor + len(part))
            cursor += len(part)
            out += [Appointment(person=n, post=Post(agency=item["body"], title=m["title"], span=span), span=span)
                    for n in names]
    return out


#: ``X办公室由A同志任主任，B同志兼任副主任``: the heads of a body this notice names
_BODY_HEADS = re.compile(r"(?:^|(?<=[、，,。；;：:\s]))(?P<body>[^，,。；;：:\s、]{2,40}?(?:办公室|委员会|局|厅|署|中心))由"
                         r"(?P<heads>[^。；;]+)")
_GROUPISH = re.compile(r"小组|指挥部|联席会议|专班|工作组|委员会|领导组|推进组")
_HEAD = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,6}}?)(?:同志)?(?:任|兼任|担任)(?P<title>[^，,。；;]{{1,10}})$")


def find_body_heads(layout: Layout, region: str = "") -> list[Appointment]:
    """Heads a notice gives a body it sets up or reorganises, in any kind of notice:
    ``国务院X办公室由A同志任主任，B同志兼任副主任`` (not a group's office: that is a membership)."""
    out: list[Appointment] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _BODY_HEADS.finditer(text):
            body = _posts(m["body"] + "主任", line.start + m.start("body"), region)
            if not body or not has_own_prefix(body[0].agency) or _GROUPISH.search(body[0].agency):
                continue
            at = line.start + m.start("heads")
            for part in re.split(r"[，,]", m["heads"]):
                h = _HEAD.match(part.strip(SPACES))
                if not h or not name_shape(h["name"]) or not TITLE_RE.fullmatch(h["title"]):
                    break
                out.append(Appointment(person=h["name"], post=Post(agency=body[0].agency, title=h["title"],
                                                                  span=(at, at + len(part))), span=(at, at + len(part))))
                at += len(part) + 1
    return out


#: a report's list of the people hired to one post: 新聘的15位省某馆馆员是：甲、乙、丙
#: (or recruited: 这次录用的六名馆员分别是甲、乙、丙)
_HIRED_LIST = re.compile(r"(?:新?聘(?:任|请|用)?|录用)的?(?:\d+|[一二三四五六七八九十两]+)(?:位|名)(?P<posts>[^，,。；;：:]{2,30}?)"
                         r"(?:分别)?(?:是|为|有|名单如下)[:：]?\s*(?P<names>[^。；;]+)")
#: a member's title named by the kind of body it seats (馆员 of a 馆, 会员 of a 会): the body is the one of that kind
#: the report names in full
_KIND_MEMBER = re.compile(r"^(?P<kind>[馆館院会會])[员員]$")
#: where a body's name may start: the line's start or after a separator
_NAME_START = re.compile(r"(?:^|(?<=[\s，,。；;：:、“”\"（(]))")
#: a run that is a sentence, not a body's name: a verb or a function word, or a government before the body
#: (某市人民政府举行某市文史研究馆…)
_NOT_A_NAME = re.compile(r"政府|举行|召开|成立|[的在为了和与及对向由将把被]")


def _body_of_kind(text: str, title: str, at: int) -> list[Post]:
    """The post of a member hired by a bare title (``馆员``) in a report that names one body of that kind in full
    (``武汉市文史研究馆``): [that body's post], else []."""
    kind = _KIND_MEMBER.match(title)
    if not kind:
        return []
    bodies = set()
    for start in _NAME_START.finditer(text):
        name = re.match(rf"[\u4e00-\u9fff]{{2,16}}?{kind['kind']}", text[start.start():])
        if name and not _NOT_A_NAME.search(name.group()) and has_own_prefix(name.group()) and [p.agency for p in _posts(name.group() + title, 0, "")] == [name.group()]:
            bodies.add(name.group())
    bodies = {b for b in bodies if not any(c != b and c.endswith(b) for c in bodies)}
    return [Post(agency=bodies.pop(), title=title, span=(at, at + len(title)))] if len(bodies) == 1 else []


#: people hired, named before the verb: 甲某、乙某被聘为某市政府参事; with their count after them
#: (甲某、乙某等2人被聘为…); 為 as traditional pages print it
_HIRED_AS = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<names>[\u4e00-\u9fff·]{2,6}?(?:[ \u3000]*、[ \u3000]*[\u4e00-\u9fff·]{2,6}?)*)"
                       r"[ \u3000]*(?:等?(?:\d+|[一二三四五六七八九十两]+)(?:人|位|名))?(?:同志)?(?:被|获)?"
                       r"(?:聘[为為]|聘任[为為]|受聘[为為]|受聘担任|受聘擔任)(?P<posts>[^，,。；;]{2,40})")


#: a report's list of the people a body hired to one post, the body before the verb and no count:
#: 某市政府聘任的参事有：甲、乙、丙等3人; 某县政府聘请的法律顾问是：甲、乙; 此次新聘参事为甲、乙、丙
#: (traditional pages: 參事, 爲/為)
_HIRED_BY = re.compile(r"(?:(?:^|(?<=[，,。；;：:\s]))(?P<body>[\u4e00-\u9fff]{2,14}?)(?:新|续|續)?聘(?:任|请|請|用)?的"
                       r"|(?:^|(?<=[，,。；;：:\s]))(?:此次|本次|这次|這次|今年|首批)?(?:新|续|續)聘(?:任|请|請)?的?)"
                       r"(?![\d一二三四五六七八九十两]+[位名])(?P<title>[\u4e00-\u9fff]{2,8}?)(?:分别|分別)?(?:是|有|为|為|名单如下|名單如下)[:：]?\s*"
                       # (an item may print the person's unit and post before the name, the profession after it:
                       # 某大学法学院院长甲某教授、某律师事务所主任乙某律师; _hired_person reads it)
                       r"(?P<names>[\u4e00-\u9fff·]{2,30}?(?:[ \u3000]*、[ \u3000]*[\u4e00-\u9fff·]{2,30}?)+)"
                       r"(?:等(?:\d+|[一二三四五六七八九十两]+)(?:人|位|名))?(?=[，,。；;\s]|$)")
#: the list of a _HIRED_BY goes on after ； with a post of the same kind: …法律顾问是甲、乙；市政府法律顾问助理是丙;
#: or after ， with those kept on (续聘) or newly hired: 新聘参事分别为甲、乙，续聘参事为丙
_HIRED_BY_MORE = re.compile(r"(?:[；;]|[，,](?=(?:新|续|續)聘))\s*(?:(?:新|续|續)聘(?:任|请|請)?的?)?"
                            r"(?P<post>[\u4e00-\u9fff]{2,30}?)(?:分别|分別)?(?:是|为|為)[:：]?\s*"
                            r"(?P<names>[\u4e00-\u9fff·]{2,30}?(?:[ \u3000]*、[ \u3000]*[\u4e00-\u9fff·]{2,30}?)*)"
                            r"(?=[，,。；;\s]|$)")
#: people hired printed each with their unit and post before the name (and a profession after it), joined by 、
#: or 和, or one of them with the others by their count: 某所主任甲某律师和党支部书记乙某律师受聘为区政府法律顾问,
#: 某院院长甲某和其他11位法律专家一道，受聘为新一届市政府法律顾问 (people of plain names: _HIRED_AS)
_HIRED_HELD = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<names>[^，,。；;：:\s]{2,80}?)"
                         r"(?:(?:和|与|及)其他(?:\d+|[一二三四五六七八九十两]+)(?:位|名)[^，,。；;：:\s]{0,10}?一道[，,]?)?"
                         r"(?:(?:被|获|獲)?(?:受聘|聘任|聘)[为為]|(?P<became>成为|成為))(?P<posts>[^，,。；;]{2,40})")
#: the titles a person becomes (成为首批某市政府参事) on a page that reports their hiring
_HIRED_TITLE = re.compile(r"(?:参事|顾问|馆员)$")
#: a profession printed after a hired person's name: 甲某教授, 乙某律师
_PROFESSION = re.compile(r"(?:副?教授|副?研究员|律师|博士|院士|先生|女士|同志)$")
#: the end of a unit printed before a hired person's name when no title ends it (某司法局律师管理处甲某律师)
_UNIT_END = re.compile(r"(?:处|局|所|院|校|系|室|厅|委|部|中心|公司|大学|学院|协会|学会)$")
#: a term's mark before a hiring's body: 新一届市政府法律顾问, 首批某市政府参事
_HIRED_TERM = re.compile(r"^(?:新一届|新一批|新一任|本届|首批|第一批)")


#: a hiring ceremony's report naming those hired as it hands them their letters: 为甲、乙等2位新聘馆员颁发聘书
_HIRED_CEREMONY = re.compile(r"(?:为|向)(?P<names>[\u4e00-\u9fff·]{2,6}?(?:、[\u4e00-\u9fff·]{2,6}?)+)等?"
                             r"(?:\d+|[一二三四五六七八九十两]+)(?:位|名)新聘(?:任|请)?的?(?P<title>[\u4e00-\u9fff]{2,6}?)颁发聘书")


#: a report's verb of holding an event, no part of the post the event names (某市政府昨天举行市政府参事聘任仪式)
_EVENT_VERB = r"举行|舉行|召开|召開|举办|舉辦"
_HELD_EVENT = "|".join(f"(?<={verb})" for verb in _EVENT_VERB.split("|"))


def _ceremony_body(text: str, title: str, region: str) -> Post | None:
    """The body whose post a ceremony gives (某市文史研究馆馆员聘任仪式, 某市政府昨天举行市政府参事聘任仪式): the
    post named with its body before 聘任, the report's verb of holding the event no part of it."""
    for m in re.finditer(rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=日)|(?<=\d年)|{_HELD_EVENT})(?![年月日])"
                         rf"(?P<post>(?:(?!{_EVENT_VERB})[\u4e00-\u9fff]){{2,20}}?{title})(?:聘任|聘请|聘請|受聘)", text):
        posts = _posts(m["post"], m.start("post"), region)
        if len(posts) == 1 and posts[0].title == title and has_own_prefix(posts[0].agency):
            return posts[0]
    return None


#: what each hiring pattern prints (_HIRED_LIST, _HIRED_AS, _HIRED_BY, _HIRED_CEREMONY): a line without it hires no one
_HIRED_WORDS = ("聘", "录用")


def find_hired_lists(layout: Layout, region: str = "") -> list[Appointment]:
    """People a report lists as hired to one post, in any kind of notice (a news page on a
    hiring ceremony): ``当天新聘的3位省某馆馆员是：甲某、乙某(女)、丙某。``, ``甲某、乙某被聘为某市政府参事``.
    Each is appointed."""
    out: list[Appointment] = []
    page = nfkc("\n".join(line.text for line in layout.lines))  # (where a bare 馆员's 馆 is named: _body_of_kind)
    for line in layout.lines:
        if not any(w in nfkc(line.text) for w in _HIRED_WORDS):
            continue
        text = _PERSON_ASIDE.sub(lambda a: " " * len(a.group(0)), nfkc(line.text))  # 乙某(女): blanked
        for m in list(_HIRED_LIST.finditer(text)) + list(_HIRED_AS.finditer(text)):
            posts = _posts(m["posts"], line.start + m.start("posts"), region) \
                or _body_of_kind(page, m["posts"], line.start + m.start("posts"))
            names = [clean_name(n) for n in re.split(r"[、，,]", m["names"]) if n.strip(SPACES)]
            listed = m.re is _HIRED_LIST  # a list after 是： names two or more
            if listed and not _names_ok(names):  # 分别是甲、乙、丙，他们在…: the list ends at the comma after it
                names = [clean_name(n) for n in re.split(r"[，,\s]", m["names"].strip(SPACES))[0].split("、")]
            if len(posts) == 1 and not has_own_prefix(posts[0].agency):
                posts = [_named_before(posts[0], out)]
            if len(posts) != 1 or not has_own_prefix(posts[0].agency) or len(names) < (2 if listed else 1) \
                    or not (_names_ok(names) if listed else all(name_shape(n) for n in names)):
                continue
            span = (line.start + m.start(), line.start + m.end())
            out += [Appointment(person=n, post=posts[0], span=span) for n in names]
        for m in _HIRED_BY.finditer(text):  # 某市政府聘任的参事有：甲、乙等2人; 此次新聘参事为甲、乙
            names = [clean_name(n) for n in re.split(r"[ \u3000]*、[ \u3000]*", m["names"])]
            names = names if _names_ok(names) else _hired_people(m["names"])
            post = _hired_by_post(layout, m, line.start, region, out) if names else None
            if post:
                span = (line.start + m.start(), line.start + m.end())
                out += [Appointment(person=n, post=replace(post, span=span), span=span) for n in names]
                more = _HIRED_BY_MORE.match(text, m.end())  # …；市政府法律顾问助理是丙: the list goes on
                cut = more["post"].find(m["title"]) if more else -1
                people = _hired_people(more["names"]) if cut >= 0 else None
                if people:
                    at = line.start + more.start("post")
                    body = normalise_agency(more["post"][:cut])[0] if cut else post.agency
                    span = (line.start + more.start(), line.start + more.end())
                    if has_own_prefix(body):
                        further = Post(agency=body, title=more["post"][cut:], span=(at, at + len(more["post"])))
                        out += [Appointment(person=n, post=further, span=span) for n in people]
        for m in _HIRED_HELD.finditer(text):  # 某所主任甲某律师和党支部书记乙某律师受聘为区政府法律顾问
            people = _hired_people(m["names"])
            post = _hired_post(m["posts"], line.start + m.start("posts"), region) if people else None
            if post and (not m["became"] or _HIRED_TITLE.search(post.title)):
                span = (line.start + m.start(), line.start + m.end())
                out += [Appointment(person=n, post=post, span=span) for n in people
                        if not any(a.person == n and a.post.agency == post.agency and a.post.title == post.title
                                   for a in out)]
        for m in _HIRED_CEREMONY.finditer(text):  # 为甲、乙等22位新聘馆员颁发聘书: the post the ceremony names
            names = [clean_name(n) for n in m["names"].split("、")]
            post = _ceremony_body("\n".join(nfkc(ln.text) for ln in layout.lines), m["title"], region) if _names_ok(names) else None
            if post:
                span = (line.start + m.start(), line.start + m.end())
                out += [Appointment(person=n, post=replace(post, span=span), span=span) for n in names]
    return out


def _hired_person(item: str) -> str | None:
    """The person of an item of a hiring list: a name as printed, or a name between the unit and post printed
    before it and a profession after it (某大学法学院院长甲某教授, 某司法局某处乙某律师: the unit's end is enough
    when a profession ends the name). The longest name whose head ends in a title (or a unit) wins."""
    item = clean_name(item.strip(SPACES))
    core = _PROFESSION.sub("", item)
    if name_shape(core):
        return core
    for n in (4, 3, 2):
        name, head = core[-n:], core[:-n]
        if len(head) >= 2 and name_shape(name) and (re.search(rf"(?:{_TITLE_END})$", head)
                                                    or core != item and _UNIT_END.search(head)):
            return name
    if core != item:  # 某所合伙人甲某律师: the profession ends the name, the longest name before it
        return next((core[-n:] for n in (3, 2) if len(core) - n >= 2 and name_shape(core[-n:])), None)
    return None


def _hired_people(printed: str) -> list[str] | None:
    """The people of a list a hiring prints (joined by 、, or by 和/及/与 between two that each read as one):
    None unless every item names one."""
    out = []
    for item in re.split(r"[ \u3000]*、[ \u3000]*", printed):
        two = next(((a, b) for k, ch in enumerate(item) if ch in "和及与" and 2 <= k < len(item) - 2
                    for a, b in [(_hired_person(item[:k]), _hired_person(item[k + 1:]))] if a and b), None)
        one = _hired_person(item) if not two else None
        if not (two or one):  # (某协会会长、某公司董事长甲某: the 、 joins one person's posts)
            whole = _hired_person(printed) if "、" in printed and not out else None
            return [whole] if whole else None
        out += two or [one]
    return out


def _hired_post(text: str, at: int, region: str) -> Post | None:
    """The one post a hiring names, its body its own: 某市政府参事, 区政府法律顾问 (a counsel's title after its body),
    a term's mark before the body dropped (新一届市政府法律顾问)."""
    lead = _HIRED_TERM.match(text)
    if lead:
        text, at = text[lead.end():], at + lead.end()
    posts = _posts(text, at, region)
    if len(posts) == 1 and has_own_prefix(posts[0].agency):
        return posts[0]
    m = _HEADER_POST.match(text)
    body = normalise_agency(m["agency"])[0] if m else ""
    if body and has_own_prefix(body) and not posts:
        return Post(agency=body, title=m["title"], span=(at, at + len(text)))
    return None


#: a post handed from one holder to another: 原由甲担任的某湖省级湖长调整为由乙担任 (each holder printed with posts
#: before the name, or with a title after it: 张某副省长)
_HANDOVER = re.compile(r"原由(?P<old>[^，,。；;：:]{2,40}?)(?:同志)?担任的(?P<posts>[^，,。；;：:]{2,40}?)调整为由?"
                       r"(?P<new>[^，,。；;：:]{2,40}?)(?:同志)?(?:担任|负责)?(?=[，,。；;]|$)")
#: the title of a chief of the chief systems (河长制, 湖长制, 林长制…), after the bodies it heads: 某湖、某河市级湖长
_CHIEF_TITLE = re.compile(r"(?:[省市县区镇乡村街]级)?(?:副)?(?:总)?(?:河湖|河|湖|林|田|山|路|库|湾|渠)长$")


def _holder(printed: str) -> str | None:
    """The person of a holder printed with posts: before the name (某市委书记甲某: _hired_person) or after it
    (甲某副省长)."""
    printed = clean_name(printed.strip(SPACES))
    name = _hired_person(printed)
    if name:
        return name
    for n in (3, 2):
        rest = printed[n:]
        if reported_name(printed[:n]) and rest and TITLE_RE.fullmatch(rest):  # (甲某副省长: no 副 in the name)
            return printed[:n]
    return None


def _handed_posts(printed: str, at: int, region: str) -> list[Post]:
    """The posts of a handover: a chief's title over the bodies before it (某湖、某河市级湖长: one post of each),
    else the posts of a named body."""
    m = _CHIEF_TITLE.search(printed)
    if m and m.start() >= 2:
        out, k = [], 0
        for body in re.split(r"(、|和|及)", printed[:m.start()]):
            if body not in ("、", "和", "及"):
                out.append(Post(agency=body, title=m.group(0), span=(at + k, at + len(printed))))
            k += len(body)
        return out if all(len(p.agency) >= 2 for p in out) else []
    posts = _posts(printed, at, region)
    return posts if posts and all(has_own_prefix(p.agency) for p in posts) else []


def find_handovers(layout: Layout, region: str = "") -> list:
    """Posts handed over, in a notice of any kind: ``原由甲担任的某湖省级湖长调整为由乙担任`` removes 甲 from
    each post and appoints 乙 to it."""
    out: list = []
    for line in layout.lines:
        text = nfkc(line.text)
        if "原由" not in text:
            continue
        for m in _HANDOVER.finditer(text):
            old, new = _holder(m["old"]), _holder(m["new"])
            posts = _handed_posts(m["posts"], line.start + m.start("posts"), region) if old and new else []
            span = (line.start + m.start(), line.start + m.end())
            out += [Removal(person=old, post=p, span=span) for p in posts]
            out += [Appointment(person=new, post=p, span=span) for p in posts]
    return out


def _hired_by_post(layout: Layout, m: re.Match, at: int, region: str, hired: list[Appointment]) -> Post | None:
    """The post of a ``_HIRED_BY`` list: the body printed before the verb with the title (某市政府 + 参事), else
    the body a ceremony or a hiring named for that title (某市政府参事聘任仪式), else none."""
    title = m["title"]
    if m["body"]:  # (某市政府 + 法律顾问: a counsel's title after its body too)
        post = _hired_post(m["body"] + title, at + m.start("body"), region)
        return post if post and post.title == title else None
    if not TITLE_RE.search(title):
        return None
    same = [a.post for a in hired if a.post.title == title]  # 甲被聘为某市政府参事…续聘参事为乙: that body
    if same:
        return same[-1]
    return _ceremony_body("\n".join(nfkc(ln.text) for ln in layout.lines), title, region)


def _named_before(post: Post, hired: list[Appointment]) -> Post:
    """A body a report names short after naming it in full for people hired before (甲被聘为某市文史馆名誉馆员，
    乙被聘为文史馆馆员): the full name, else the post as printed."""
    full = [a.post.agency for a in hired if a.post.agency.endswith(post.agency) and a.post.agency != post.agency]
    return Post(agency=full[-1], title=post.title, span=post.span) if full else post


#: a decision that names the post of a list of people printed after it: 决定聘请下列人员担任某市人民政府法律顾问，
#: 任命以下3名同志为市人民政府副秘书长：, 免去下列同志的市人民政府参事职务： (下列/以下 points at the names below)
_LIST_HEADER = re.compile(
    r"(?P<verb>任命|聘任|聘请|聘用|续聘|选聘|增聘|特聘|委任|免去|免除|解聘)(?:下列|以下)"
    r"(?:(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人))?(?:同志|人员|同仁|专家|人士|律师|学者)?"
    r"(?:(?:为|為|担任|擔任)(?P<posts>[^，,。；;：:\s()（）]{2,40})|的?(?P<left>[^，,。；;：:\s()（）]{2,40}?)职务)"
    r"(?:职务)?(?=[，,。；;：:\s(（]|$)")
#: a rule or a plan speaking of whom a body may hire (可以聘请下列人员…): no decision
_MAY = re.compile(r"(?:可以|可|应当|应|须|得|拟)$")
#: the body that decides, printed before 决定 as the subject of the header (市政府决定聘请…)
_DECIDER = re.compile(r"(?P<body>[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|常务委员会|人大常委会|委员会|管委会))(?:研究)?决定$")
#: a professional post a body hires to, no common title: 局某站高级工程师, 某院副研究员 (traditional pages: 高級工程師)
_GRADE_POST = re.compile(r"^(?P<agency>[^，,。；;、：:\s]{2,30}?)(?P<title>(?:正高[级級]|副高[级級]|高[级級]|助理)?"
                         r"(?:工程[师師]|[农農][艺藝][师師]|[经經][济濟][师師]|[会會][计計][师師]|[统統][计計][师師]|畜牧[师師]|[兽獸][医醫][师師])|"
                         r"副?研究[员員])$")
#: a post a header names whose title is no common title (法律顾问): the body its last body word ends, the rest the title
_HEADER_POST = re.compile(r"^(?P<agency>[\u4e00-\u9fff()（）]{1,30}(?:人民政府|政府|委员会|管委会|办公室|办公厅|局|厅))"
                          r"(?P<title>[\u4e00-\u9fff]{0,8}顾问)$")
#: one person of such a list, a line: the name (its two characters may be spaced apart to the width of three),
#: then nothing, an aside, or the person's unit after a space or a mark
_LISTED_PERSON = re.compile(rf"^(?:{ENUM})?[ \u3000]*(?P<name>[\u4e00-\u9fff·]{{2,4}}|[\u4e00-\u9fff][ \u3000]{{1,2}}[\u4e00-\u9fff])"
                            r"(?:同志)?(?:[(（](?:女|男|兼|[\u4e00-\u9fff]{1,4}族|(?:女|男)[,，、][\u4e00-\u9fff]{1,4}族)[)）])?"
                            r"(?=$|[ \u3000\t(（，,：:])")
#: a line between the header and its list: 名单如下：, (按姓氏笔画排序), 某市人民政府法律顾问名单
_HEADER_LEAD = re.compile(r"^(?:[(（][^()（）]{1,20}[)）]|[^，,。；;]{0,30}名单(?:如下)?(?:[(（][^()（）]{1,20}[)）])?)[:：]?$")
#: a term of office printed by years: 聘期为2026—2028年, 任期2024年至2026年
_YEARS = re.compile(r"(?:聘期|任期)(?:为|自|从)?(?P<start>\d{4})\s*年?\s*(?:至|到|—|－|-|~|～)\s*(?P<end>\d{4})\s*年")


_SENTENCE_STOP = re.compile(r"[。；;]")
_COLON = re.compile(r"[:：]")
#: what may follow a header's sentence on its line before its names: 名单如下（按姓氏笔画排序）：, or nothing
_NAMES_FOLLOW = re.compile(r"[ \u3000]*(?:(?:现将)?(?:[^，,。；;：:]{0,20}?名单)?(?:如下|附后)?(?:[(（][^()（）]{1,20}[)）])?[:：]?)?")


def _end_of_sentence(text: str, at: int) -> int | None:
    """Where the sentence from ``at`` ends (its 。 or ；, else the line's end), looked for over a header's length: None
    for a run longer than that (no header's sentence)."""
    m = _SENTENCE_STOP.search(text, at, at + 200)
    return m.start() if m else (len(text) if len(text) <= at + 200 else None)


def _header_posts(text: str, before: str, at: int, region: str) -> list[Post]:
    """The posts a list's header names: each with its body, else a counsel's title with the body before it
    (某市人民政府法律顾问), else the title of the body that decides (市政府决定聘请…担任法律顾问)."""
    posts = _posts(text, at, region)
    if posts and all(has_own_prefix(p.agency) for p in posts):
        return posts
    m = _HEADER_POST.match(text)
    body = normalise_agency(m["agency"])[0] if m else ""
    if body and has_own_prefix(body):
        return [Post(agency=body, title=m["title"], span=(at, at + len(text)))]
    decider = _DECIDER.search(re.split(r"[。；;，,]", before)[-1])  # (``before``: the 40 characters before the verb)
    body = normalise_agency(decider["body"])[0] if decider else ""
    if body and has_own_prefix(body) and len(text) <= 10 and (TITLE_RE.search(text) or text.endswith("顾问")) \
            and not split_posts(text):
        return [Post(agency=body, title=text, span=(at, at + len(text)))]
    return []


def _listed_people(lines: list, k: int, after: str, at: int) -> list[tuple[str, tuple[int, int]]]:
    """The people a header's list names: after its colon on its own line (甲、乙、丙), else one a line below it
    (from line ``k`` on), up to the first line that is no person's."""
    rest = after.strip(SPACES + "：:")
    if rest:
        out = []
        for m in re.finditer(r"[^、，,。；;\s]+", rest):
            name = clean_name(m.group(0))
            if not name_shape(name):
                return []
            out.append((name, (at + m.start(), at + m.end())))
        return out
    out, lead = [], True
    for line in lines[k:]:
        text = nfkc(line.text).strip(SPACES)
        m = _LISTED_PERSON.match(text)
        name = clean_name(m["name"]) if m else ""
        if m and name_shape(name):
            out.append((name, (line.start + m.start("name"), line.start + m.end("name"))))
            lead = False
            continue
        if lead and _HEADER_LEAD.match(text):
            continue
        break
    return out


def find_header_lists(layout: Layout, region: str = "") -> list:
    """A decision that names one post for a list of people printed after it: ``市政府决定聘请下列人员担任某市人民政府
    法律顾问，聘期为2026—2028年。名单如下：`` and a name a line below (with the person's unit after it), or
    ``决定任命下列同志为市人民政府副秘书长：甲、乙``; each is appointed (removed, for 免去/解聘…职务)."""
    out: list = []
    lines = layout.lines
    for k, line in enumerate(lines):
        if "下列" not in line.text and "以下" not in line.text:
            continue
        text = nfkc(blank_asides(line.text))  # 甲（女）、乙: the aside blanked, offsets kept
        for m in _LIST_HEADER.finditer(text):
            if _MAY.search(text[max(0, m.start() - 2): m.start()]):
                continue
            key = "posts" if m["posts"] else "left"
            posts = _header_posts(m[key], text[max(0, m.start() - 40): m.start()], line.start + m.start(key), region)
            stop = _end_of_sentence(text, m.end())
            if not posts or stop is None:
                continue
            colon = _COLON.search(text, m.end(), stop)
            sentence = text[m.end(): colon.start() if colon else stop]
            if colon:  # 任命下列同志为X：甲、乙 (or nothing after the colon: the list below)
                names_at, names_end = colon.end(), stop
            else:  # …担任X，聘期三年。名单如下（按姓氏笔画排序）：甲、乙 / nothing after it: the list below
                lead = _NAMES_FOLLOW.match(text, min(stop + 1, len(text)), stop + 80)
                names_at = lead.end()
                names_end = _end_of_sentence(text, names_at) if names_at < len(text) else names_at
                if names_end is None:
                    continue
            people = _listed_people(lines, k + 1, text[names_at: names_end], line.start + names_at)
            if not people:
                continue
            years = _YEARS.search(sentence)
            span = (line.start + m.start(), people[-1][1][1])
            for name, name_span in people:
                for post in posts:
                    if m["verb"] in ("免去", "免除", "解聘"):
                        out.append(Removal(person=name, post=post, span=span, person_span=name_span))
                    else:
                        out.append(Appointment(person=name, post=post, span=span, person_span=name_span,
                                               start=years["start"] if years else None,
                                               end=years["end"] if years else None))
    return out


_NAMES_RUN = r"[\u4e00-\u9fff·]{2,4}?(?:、[\u4e00-\u9fff·]{2,4}?)*"
#: a body's Party group made up of named people: 某专员公署党组由甲、乙、丙组成
# (or set up in the sentence before and named 党组 alone: 成立某专员公署党组。党组由甲、乙、丙组成)
_PARTY_GROUP = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:(?:[^，,。；;：:\s]{{0,6}}?[，,])?(?P<body>[^，,。；;：:\s]{{2,20}}?)|"
                          rf"(?:成立|建立|组建|设立|恢复|重建)(?:了)?(?P<set_up>[^，,。；;：:\s]{{2,20}}?)党组[，,。；;]\s*)"
                          rf"党组由(?P<names>{_NAMES_RUN})(?:等)?(?:同志)?组成")
#: who of them leads it: 甲任党组书记，乙、丙任副书记 (or in a sentence of their own: 。甲任党组书记)
_PARTY_GROUP_LEAD = re.compile(rf"(?P<mark>[，,。；;])\s*(?P<names>{_NAMES_RUN})(?:同志)?(?:任|为|担任)(?P<title>(?:党组)?(?:副)?书记)"
                               r"(?=[，,。；;]|$)")


def find_party_groups(layout: Layout, region: str = "") -> list[Appointment]:
    """A Party group set up with its people, as chronicles narrate it: ``某专员公署党组由甲、乙、丙组成，甲任党组书记，
    乙任副书记``: appointments of the body's 党组书记, 党组副书记, and 党组成员 for the others named."""
    out: list[Appointment] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _PARTY_GROUP.finditer(text):
            named = "body" if m["body"] else "set_up"
            # 中共某专员公署党组: 中共 is the Party's, of the group; the body is the office the group leads
            lead_in = 2 if m[named].startswith("中共") and len(m[named]) > 4 else 0
            body = _posts(m[named][lead_in:] + "主任", line.start + m.start(named) + lead_in, region)
            members = m["names"].split("、")
            if not body or not all(name_shape(n) for n in members):
                continue
            titles, at = {}, m.end()
            # (a leader named in a sentence of its own is one of the members just named)
            while (lead := _PARTY_GROUP_LEAD.match(text, at)) and all(
                    name_shape(n) and (lead["mark"] in "，," or n in members) for n in lead["names"].split("、")):
                for n in lead["names"].split("、"):
                    titles[n] = "党组" + lead["title"].removeprefix("党组")
                at = lead.end()
            span = (line.start + m.start(), line.start + at)
            for n in members + [n for n in titles if n not in members]:
                post = Post(agency=body[0].agency, title=titles.get(n, "党组成员"), span=span)
                out.append(Appointment(person=n, post=post, span=span))
    return out


def _removed_whose(m: re.Match, line_at: int, places: Callable[[], frozenset[str]]) -> tuple[str, str, int]:
    """(person, posts, where the posts start) of ``免去甲的X职务``; where the name is glued to the posts and the
    的 follows them (``免去甲某市副市长的职务``), the name is cut off the posts by its shape and the ``places`` the
    decisions before it named (任命乙为深圳市副市长，免去张某深圳市副市长的职务: 深圳 no part of the name)."""
    if m["glued"] is None:
        return clean_name(m["who_r"]), m["posts_r"], line_at + m.start("posts_r")
    if "同志" in m.group(0):
        return "", "", 0  # 免去甲同志校长的职务: a bare title after 同志, read as a removal from it elsewhere
    split = split_name_posts(m["who_r"] + m["posts_r"].removesuffix("的"), places())
    if not split:
        return "", "", 0
    name, posts, off = split
    return name, posts, line_at + m.start("who_r") + off


#: the place a body's name opens with: 深圳市人民政府 -> 深圳市
_PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,6}?[省市县区州旗盟]")


def _places_of(facts: list) -> frozenset[str]:
    """The places that open the bodies of ``facts`` (深圳市 of 深圳市人民政府)."""
    return frozenset(m[0] for f in facts if (m := _PLACE_OPENING.match(f.post.agency or "")))


_NOW_HOLDING = re.compile(r"现任(?P<posts>[^。；;，,]+)")


def _current_of_appointees(layout: Layout, decided: list, region: str) -> list[Position]:
    """``今年64岁的X是…人，…，现任A、B。``: the posts a person this notice appoints already holds."""
    people = {f.person for f in decided if isinstance(f, Appointment)}
    out: list[Position] = []
    for line in layout.lines:
        text = nfkc(line.text)
        said = None  # (the line's sentence ends, found once: reading the line up to each 现任 was quadratic)
        for m in _NOW_HOLDING.finditer(text):
            said = said or _SaidBefore(text)
            sentence = text[said.start(m.start()): m.start()]
            named = {p for p in people if p in sentence}
            if len(named) == 1:
                at = line.start + m.start("posts")
                out += [Position(person=next(iter(named)), post=p, span=(at, at + len(m["posts"])))
                        for p in _posts(m["posts"], at, region)]
    return out


_FURTHER = re.compile(r"^(?:并|同时)?(?:[^，,。；;]{0,30}?决定(?:其)?为|代理)")
_LEAD_WORDS = ("决定", "表决", "通过", "会议", "还", "并", "同时", "有", "宣布", "作出", "做出", "同意", "依法", "批准", "关于",
               "以及", "其中", "另外", "此外", "通过了", "新", "提请")
#: where a decision's words may open: a text's start, after punctuation, a space, 院/府, the 号 of the number a
#: certificate or an order prints before its text (某省人民政府委员会字第1580号任命甲为…) or a word of _LEAD_WORDS (the
#: class of every character such a place follows, tested first, passes over the other positions at once)
_LEAD = (rf"(?:^|(?<=[，,；;：:。、\s院府号{''.join(sorted({w[-1] for w in _LEAD_WORDS}))}])"
         rf"(?:(?<=[，,；;：:。、\s院府号])|{'|'.join(f'(?<={w})' for w in _LEAD_WORDS)}))")
#: a ministry's, a bureau's or a party group's act reported right after its name, with no comma:
#: 教育部任命甲为某大学副校长, 教育部党组任命乙为…, 某局免去丙的…职务 (the body the last character ends)
_BODY_LEAD = r"(?<=[部局厅委组会署办])(?=(?:决定)?(?:任命|免去|免除))"
_DNAME = r"[\u4e00-\u9fff·]{2,6}?"
#: 任命A为X / 任命A任X: the word between the person and the post (任 not of 主任, 担任, 兼任; not 任职, 任务)
_AS = r"(?:为(?![任为])|(?<![主责担兼调升出接继留])任(?![职务命期免]))"  # (钱大为任X: 为 of the name)
#: the next clause of a chain joined by 、: 、B为Y, 、B任Y (a post's own 、 is followed by no name and 为)
_NEXT_APPOINTEE = rf"、{_DNAME}(?:同志)?{_AS}"
#: verbs that engage people for a post other than 任命: 聘任, 聘请, 聘用 (counsellors, fellows), 委派 (a supervisor
#: sent to a company), 任用 — 决定聘请甲某、乙某为某市人民政府参事
_ENGAGE = r"(?:聘任|聘请|聘用|委派|任用|推选|推举)"
#: (the person of 关于…的决定 stops at the decision's own end: 通过了关于接受辞职的决定以及关于甲为某院代理检察长的决定,
#: the second 关于's person 甲, not the first decision's words)
_DECISION = re.compile(
    rf"(?:(?=[提决任聘委推录])(?:{_LEAD}|{_BODY_LEAD})(?:提请)?(?:决定(?:任命|{_ENGAGE})|任命|{_ENGAGE}|录用|决定)|关于(?=[^，,。；;]{{2,60}}?的(?:决定|决议))|宣布(?:了)?[:：]?(?![^，,。；;]{{0,30}}?关于)(?=[^，,。；;]{{2,40}}?为))[:：，,]?(?!任命|决定|聘|委派|任用|由)(?:{_ADDS})?(?P<who_a>(?:(?!的决定|关于)[^，,。；;为:：]){{2,60}}?)(?:同志)?(?:{_AS}|兼任|兼(?!职|任))(?P<posts_a>(?:(?!{_NEXT_APPOINTEE}|的决定、|的议案、|、(?:决定|任命))[^，,。；;])+)"
    rf"|(?=[并同决任关由]){_LEAD}(?:并|同时)?(?:决定|任命|关于|由)[:：]?(?:推选|推举)?(?P<who_c>[^，,。；;为:：]{{2,50}}?)(?:同志)?代理(?P<posts_c>[^，,。；;]+?)"
    rf"(?:职务|(?=的决定|的议案|[，,。；;]|$))"
    rf"|{_LEAD}(?:并|同时)?(?:[^，,。；;]{{0,30}}?决定(?:其)?为(?P<posts_f>[^，,。；;]+)|(?:决定)?其?代理(?P<posts_g>[^，,。；;]+?)职务)"
    rf"(?P<further>)"
    rf"|(?:(?<=宣布)|(?<=决定)|(?<=以及))[，,：:]?(?P<who_s>[^，,。；;为]{{2,60}}?)(?:同志)?(?:兼任|担任|出任)(?P<posts_s>[^，,。；;]+)"
    rf"|(?=[并同不]){_LEAD}(?:并|同时)?不再(?:担任|兼任)(?P<posts_n>[^，,。；;]+?)职务(?P<dropped>)"
    rf"|(?P<who_p>{_DNAME})(?:同志)?(?:因|已|已经)?被任命为(?P<posts_p>[^，,。；;]+)"
    rf"|提请(?P<who_q>{_DNAME})(?:同志)?担任(?P<posts_q>[^，,。；;]+?)(?:的议案|的建议|$|(?=[，,。；;]))"
    rf"|(?=[决并同分免罢撤解])(?:{_LEAD}|{_BODY_LEAD})(?:决定|并|同时|分别)?(?:免(?:去|除)|罢免|撤销|解除|解聘)(?P<who_r>{_DNAME})(?:同志)?"
    # (免去甲某市副市长的职务: the 的 after the posts, the name glued to them; split by names.split_name_posts)
    rf"(?:{_WHOSE}|(?P<glued>)(?!其)(?=[^，,。；;的]{{2,60}}的职务))"
    # (免去甲的X，调任Y: a removal with no 职务, the move to the new post after it)
    rf"(?P<posts_r>(?:(?!、{_DNAME}(?:同志)?的)[^，,。；;]){{2,60}}?)(?:职务|一职|(?=[，,]调任))(?P<removed>)"
    rf"|(?:^|(?<=[，,；;：:。\s]))(?P<who_t>[^，,。；;：:\s]{{2,40}}?)(?<![已曾将拟又再也])(?:调任|(?P<via>转任))(?P<posts_t>[^，,。；;]+)"
    rf"|{_LEAD}(?P<who_x>{_DNAME}(?:、{_DNAME}){{0,60}})(?:同志)?{_BECAUSE}不再(?:担任|兼任)(?P<posts_x>[^，,。；;]+?)职务(?P<quit>)"
    rf"|{_LEAD}(?:同时)?(?P<who_e>{_DNAME})(?:同志)?的(?P<posts_e>[^，,。；;]{{2,80}}?)职务(?:相应|自行|依法|随之)终止(?P<ended>)"
    rf"|(?<=[，,；;\s])新(?:任)?(?P<title_y>[^，,。；;由]{{1,8}}?)由(?P<who_y>[^，,。；;]{{2,40}}?)(?:同志)?(?:担任|接任|出任)(?P<successor>)"
    rf"|(?:^|(?<=[，,：:]))(?P<who_h>[^，,。；;：:]{{4,60}}?)(?<![已曾将拟又再也主责担兼调升出接继留])任(?P<posts_h>[^，,。；;]{{2,40}}?)一职"
    # an approval of an appointment: (中央)批准甲任Y, (某委)同意乙同志任Y
    rf"|(?:(?<=批准)|(?<=同意))(?P<who_v>{_DNAME})(?:同志)?(?:担任|任(?![命免职期务用]))(?P<posts_v>[^，,。；;]+)"
    # 对甲同志担任某县人武部党委第一书记表示热烈祝贺: a report congratulating a person on the post they take
    rf"|(?<=对)(?P<who_k>{_DNAME})(?:同志)?新?(?:担任|擔任|出任)(?P<posts_k>[^，,。；;]+?)(?=表示(?:热烈|熱烈|衷心)?的?(?:祝贺|祝賀))")
#: a word every alternative of _DECISION needs (its verb, or the lookbehind it hangs on): a line without one
#: has no decision, and is not scanned at every position
_DECISION_WORD = re.compile(r"决定|任命|聘任|聘请|聘用|委派|任用|推选|推举|录用|关于|宣布|代理|以及|不再|提请|"
                            r"免去|免除|罢免|撤销|解除|解聘|调任|转任|终止|新|一职|批准|同意|祝贺|祝賀")
# the named groups that tell which alternative matched
_DECISION_KINDS = (("appointed", "posts_a"), ("acting", "posts_c"), ("further", "further"), ("passive", "posts_p"),
                   ("proposed", "posts_q"), ("announced", "posts_s"), ("dropped", "dropped"), ("removed", "removed"),
                   ("transferred", "posts_t"), ("quit", "quit"), ("successor", "successor"), ("ended", "ended"),
                   ("took", "posts_h"), ("approved", "posts_v"), ("congratulated", "posts_k"))
#: an authority's act, which a date before it dates (1951年3月，任命甲为Y), unlike a career's step (2015年3月，任Y)
_ACT = re.compile(r"(?:批准)?(?:任命|免去|免职|撤销)")
#: a space between two decisions printed on one line (a subtitle, a listing)
_RUN_ON = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=决定|任命|免去|免除|接受)")
#: asides blanked before reading (offsets kept): (女), (兼), (简称X), (女，侗族) — its comma no end of a clause
_BLANK = re.compile(r"[(（](?:女|男|兼|兼职|简称[^()（）]{1,12}|以下简称[^()（）]{1,12}|"
                    r"(?:女|男)[,，、][\u4e00-\u9fff]{1,4}族)[)）]")
#: a career history printed with the decision: no rows
_PAST = re.compile(r"曾任|历任|先后担任|先后任|此前|原任|早年|出任过")
#: a person who no longer holds a post, in a report's sentence: 甲某不再担任某校校长职务
_NO_LONGER = re.compile(rf"(?:^|(?<=[，,。；;：:])|(?<=常委|委员|书记|主任|部长|局长))(?:其中|另外|此外)?(?P<name>{_DNAME})(?:同志)?不再(?:担任|兼任)"
                        rf"(?P<posts>[^，,。；;()（）\s]{{2,40}}?)(?:职务|(?=\s*[，,。；;]|[(（]现任))")  # (…常委甲某不再兼任某市委书记，)
#: 其中甲某不再担任副省长(现任某省委常委): the posts the person holds now, in brackets after the one left
_NOW_HOLDS = re.compile(r"\s*[(（]现任(?P<now>[^()（）]{2,40})[)）]")


def _as_before(post: Post, before: Post) -> Post:
    """``…福清市人民政府副市长，并决定X代理市长职务``: the acting post is in the body named just before."""
    if post.agency != before.agency and _bare(post.agency) == _bare(before.agency) and \
            before.agency.endswith(post.agency) and len(post.agency) < len(before.agency):
        return replace(post, agency=before.agency)
    return post


def _clip(posts: str) -> str:
    """Posts without what closes the clause: ``…副市长的议案`` / ``…职务`` / ``（试用期一年）``."""
    posts = re.split(r"的(?:决定|议案|请求|说明|提名|建议|报告)", posts)[0]
    return re.sub(r"(?:职务)$", "", _cut_notes(posts)[0]).strip(SPACES)


def _decision_posts(posts: str, at: int, region: str, before: str = "") -> list[Post]:
    posts = _ACTING_POST.sub(lambda a: a["agency"] + "代理" + a["title"], posts)
    return [_that_body(p, before) for p in _posts(_clip(posts), at, region)]


#: the kinds of body a 该X names (该校: a university, a college or a school; 该院; 该局…)
_THAT_KIND = {"校": "大学|学院|学校|中学|小学|党校", "院": "学院|医院|法院|检察院|研究院|科学院|设计院"}


def _that_body(post: Post, before: str) -> Post:
    """``向某某大学发出通知，任命甲为该校副校长``: 该校 is the body of that kind the text named last before it
    (a body printed after a preposition or at a clause's opening)."""
    m = re.fullmatch(r"[该該本](?P<kind>[\u4e00-\u9fff])", post.agency)
    if not m:
        return post
    kind = _THAT_KIND.get(m["kind"], m["kind"])
    found = list(re.finditer(rf"(?:{kind})(?![\u4e00-\u9fff]{{0,2}}(?:{kind}))", before))
    if not found:
        return post
    end = found[-1].end()
    start = max(before.rfind(c, 0, found[-1].start()) for c in "，,。；;：:、 向对在与和由经据从") + 1
    return replace(post, agency=before[start:end]) if end - start >= 3 else post


def _who(text: str, at: int, region: str) -> tuple[list[str], list[Post]] | None:
    """The people of a decision and the posts they hold: ``A、B``; ``<current posts>X``
    (重庆市副市长、市公安局局长胡明朗); ``X副省长`` (their post as the text calls them)."""
    text = _SOME_MORE.sub("", clean_name(text.strip(SPACES)))
    if "的" in text[:-2]:
        text = text.rsplit("的", 1)[-1]  # 不满46岁的X: the person after 的
    names = text.split("、")
    if all(name_shape(n) for n in names) or \
            all(plausible_name(n) and (len(n) <= 4 or "·" in n) for n in names):
        return names, []
    joined = re.split(r"[、和与及]", text)  # 任命甲某和乙某为…: two names joined by 和 (a name holding 和 passes above)
    if len(joined) > 1 and all(name_shape(n) for n in joined):
        return joined, []
    titled = re.match(rf"^(?P<name>{_DNAME})(?P<title>(?:{_TITLE_END}))$", text)
    if titled and name_shape(titled["name"]) and TITLE_RE.fullmatch(titled["title"]):
        return [titled["name"]], []
    holder = re.match(rf"^(?P<current>.+(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,6}})$", text)
    if holder:
        past = re.match(r"^(?:原|前)", text)  # 原国务院法制办副主任X: a former post, no row
        for k in range(len(holder["current"]), len(text) - 1):
            name = text[k:]
            current = _posts(text[:k], at, region)
            if name_shape(name) and current:
                return [name], ([] if past else current)
    return None


def _titled_name(text: str) -> tuple[list[str], list[Post]] | None:
    """The person at the end of a holder's description whose posts do not parse (某部某某代表（正部长级）兼副部长甲某):
    the name after the last title, with no current posts."""
    for n in (3, 2):
        name = text.strip(SPACES)[-n:]
        if name_shape(name) and re.search(rf"(?:{_TITLE_END})$", text.strip(SPACES)[:-n]):
            return [name], []
    return None


def _chain(text: str, pos: int, line_at: int, region: str, before: Post | None = None) -> list:
    """``任命A为X，B为Y；C为Z``: clauses after a decision that name the next person and post; a bare
    title is a post of the body named before it (``任命A为某省人民政府主席，B、C为副主席``), and names a
    copy glued together are cut (``，甲某某乙某丙某某为副主席``)."""
    out: list = []
    while True:
        m = _GLUED_CHAINED.match(text, pos)
        names = [n for n, _ in glued_names(m["who"])] if m else []
        if not names:
            m = _CHAINED.match(text, pos)
            if not m:
                break
            names = [clean_name(n) for n in m["who"].split("、")]
        if not all(name_shape(n) for n in names):
            break
        posts = _decision_posts(m["posts"], line_at + m.start("posts"), region)
        bare = _clip(m["posts"])
        if not posts and before is not None and TITLE_RE.fullmatch(bare) and not split_title(bare)[0]:
            posts = [Post(agency=before.agency, title=bare, span=(line_at + m.start("posts"), line_at + m.end("posts")))]
        if not posts:
            break
        before = posts[-1]
        attrs = _appointment_attrs("", _cut_notes(m["posts"])[1])  # ，丙、丁为副校长（试用期一年）
        out += [Appointment(person=n, post=p, span=(line_at + m.start(), line_at + m.end()), **attrs)
                for n in names for p in posts]
        pos = m.end()
    return out


def _removal_chain(text: str, pos: int, line_at: int, region: str) -> list:
    """``免去A的X职务、B的Y职务、C的Z职务`` (or joined by ，/；): the removals chained to the first."""
    out: list = []
    for m in _REMOVED_NEXT.finditer(text, pos):
        name = clean_name(m["who"])
        if m.start() != pos or not name_shape(name):
            break
        span = (line_at + m.start(), line_at + m.end())
        out += [Removal(person=name, post=p, span=span)
                for p in _decision_posts(m["posts"], line_at + m.start("posts"), region)]
        pos = m.end()
    return out


_REMOVED_NEXT = re.compile(rf"[、，,；;](?P<who>{_DNAME})(?:同志)?的(?P<posts>(?:(?!、{_DNAME}(?:同志)?的)[^，,。；;]){{2,60}}?)(?:职务|一职)")
_CHAINED = re.compile(rf"(?:[，,；;]\s*|(?={_NEXT_APPOINTEE})、)(?P<who>{_DNAME}(?:、{_DNAME})*)(?:等[\d一二两三四五六七八九十]+名)?(?:同志)?{_AS}"
                      rf"(?P<posts>(?:(?!{_NEXT_APPOINTEE})[^，,。；;])+)")
#: the next clause naming people a copy glued together: ，甲某某乙某丙某某为副主席
_GLUED_CHAINED = re.compile(r"[，,；;]\s*(?P<who>[\u4e00-\u9fff]{5,16})为(?P<posts>[^，,。；;]+)")
#: 申永杰等3名同志: the people named (the others are not)
_SOME_MORE = re.compile(r"(?:等)?[\d一二两三四五六七八九十百]+(?:名|人|位)(?:同志)?$")


def drop_restated(facts: list) -> list:
    """A post given by this notice is not also a post the person holds: 决定福州市副市长X代理市长职务,
    after X was appointed 副市长; 新任代理区长X in the report of the session that appointed them."""
    given = {(f.person, f.post.title, _bare(f.post.agency)) for f in facts if isinstance(f, Appointment)}
    return [f for f in facts if not (isinstance(f, Position) and (f.person, f.post.title, _bare(f.post.agency)) in given)]


def drop_left(named: list, decided: list) -> list:
    """Posts a report's prose names a holder by (县法院院长X关于辞去领导职务的报告) that a decision of the notice takes
    from them are not stated as held as well (a table's 现任职务 column still states them)."""
    left = {(f.person, f.post.title, _bare(f.post.agency)) for f in decided if isinstance(f, Removal)}
    return [f for f in named if not (isinstance(f, Position) and (f.person, f.post.title, _bare(f.post.agency)) in left)]


def _bare(agency: str) -> str:
    """An agency without its place: the key two readings of one decision share."""
    m = REGION_END_RE.match(agency)
    rest = agency[m.end():] if m and len(m["region"]) <= 8 else agency
    return rest.lstrip("省市县区旗州")


def merge_decisions(facts: list, more: list) -> list:
    """Facts of the clause reader plus those only a sentence reader found: each decision once. A
    decision a report states twice in two wordings of one acting post (代省长 in the lead, 代理省长
    in a list below) keeps the wording printed first."""
    said = {(type(f), f.person, f.post.title, _bare(f.post.agency)) for f in facts}
    out = list(facts)
    fuller: dict[tuple, str] = {}  # a decision printed again with its body's full name (省法院…, then 某省高级人民法院)
    for f in more:
        key = (type(f), f.person, f.post.title, _bare(f.post.agency))
        if key not in said:
            said.add(key)
            out.append(f)
        elif len(f.post.agency) > len(fuller.get(key, "")):
            fuller[key] = f.post.agency
    out = [replace(f, post=replace(f.post, agency=fuller[k])) if (k := (type(f), f.person, f.post.title, _bare(f.post.agency))) in fuller
           and _placed(f.post.agency, fuller[k]) else f for f in out]
    first: dict[tuple, tuple] = {}  # one decision: (the fact printed first, as kept)
    for f in sorted(out, key=lambda f: f.span[0]):
        key = (type(f), f.person, _ACTING_WORD.sub("代", f.post.title), _bare(f.post.agency))
        if key not in first:
            first[key] = (f, f)
            continue
        printed, kept = first[key]
        if len(f.post.agency) > len(kept.post.agency) and f.post.agency.endswith(kept.post.agency):
            kept = replace(kept, post=replace(kept.post, agency=f.post.agency))  # 市政府, then 青岛市人民政府
            first[key] = (printed, kept)
    kept_as = {id(printed): kept for printed, kept in first.values()}
    return drop_restated([kept_as[id(f)] for f in out if id(f) in kept_as])


_ACTING_WORD = re.compile(r"^代理")


def _placed(agency: str, fuller: str) -> bool:
    """``fuller`` is ``agency`` with its province or city printed (省高级人民法院 -> 某某省高级人民法院)."""
    place = fuller[: len(fuller) - len(agency)] + agency[:1]
    return len(fuller) > len(agency) and fuller.endswith(agency) and agency[:1] in LEVEL_CHARS \
        and (place in PROVINCES or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}[市州盟]", place)))


def place_bare_heads(layout: Layout, facts: list) -> list:
    """In a text that names no government of its own (a news report), a decision about a
    provincial-level body printed by its level alone (``郝鹏任代理省长``, ``免去X的省人大常委会副主任职务``)
    is about that body of the province the line names last before it (``骆惠宁辞去青海省省长职务，
    郝鹏任代理省长``; ``市`` only for the four municipalities). A line that names none keeps the body
    as printed (``任命X为省政府副省长`` in a report on one province)."""
    starts = [ln.start for ln in layout.lines]
    out = []
    for f in facts:
        level = _BARE_LEVEL.match(f.post.agency) if isinstance(f, (Appointment, Removal)) else None
        at = f.post.span[0] if f.post.span else f.span[0]
        i = bisect_right(starts, at) - 1
        if level and i >= 0:
            line = layout.lines[i]
            named = [m.group(0) for m in _PROVINCE_RE.finditer(line.text[: max(0, at - line.start)])
                     if m.group(0).endswith(level.group(0))]
            if named:
                f = replace(f, post=replace(f.post, agency=named[-1] + f.post.agency[level.end():]))
        out.append(f)
    return out


_PROVINCE_RE = re.compile("|".join(PROVINCES))
#: a provincial-level body named by its level alone: 省人民政府, 省人大常委会, 自治区人民政府, 市人民政府
_BARE_LEVEL = re.compile(r"^(?:自治区|省|市)(?=人民政府|人大常委会|人民代表大会常务委员会|政协|委员会)")


#: a body's own unit set up in the text: 某某委员会下设办公厅 (the unit named bare afterwards is that body's)
_SETS_UNIT = re.compile(r"(?P<body>[^，,。；;：:、\s]{2,30}?(?:委员会|人民政府|政府|政务院|国务院|院|部|委))下设(?:了)?(?:一个)?"
                        r"(?P<unit>办公厅|办公室|秘书处|秘书厅)")


#: a body the text sets up by its full name (成立“某县某某工程建设项目部”, 成立中共某某临时委员会，), to name it
#: by its head noun afterwards (任项目部主任, 为临时委员会书记)
#: (设置某某工作办公室(简称:“某某办”): the short name it is given after it, in brackets)
_SETS_UP = re.compile(r"(?:成立|设立|设置|组建|建立|恢复|重建)(?:了)?(?:“(?P<quoted>[^“”，,。；;]{4,40})”|"
                      r"(?P<body>[^，,。；;：:、\s“”()（）]{4,30}?)(?=[，,。；;：:(（]|$))"
                      r"(?:[(（](?:以下)?简称[:：]?[“\"]?(?P<short>[^()（）“”\"，,。；;]{2,12}?)[”\"]?[)）])?", re.M)


def _set_up_bodies(text: str) -> dict[str, tuple[list[int], list[str]]]:
    """The bodies the text sets up (full names that end as a body does), by each shorter name that could be their head
    noun (``项目部``, ``建设项目部``…): where each is named, in order, and its full name."""
    out: dict[str, tuple[list[int], list[str]]] = {}
    for m in _SETS_UP.finditer(text):
        name = m["quoted"] or m["body"]
        if AGENCY_END_RE.search(name):
            for short in [name[k:] for k in range(1, len(name) - 1)] + ([m["short"]] if m["short"] else []):
                ends, names = out.setdefault(short, ([], []))
                ends.append(m.end())
                names.append(name)
    return out


def _set_up_as(bare: str, set_up: dict, before: int) -> str | None:
    """``项目部`` names ``某县某某工程建设项目部``, set up before ``before``: the bare agency is the full name's last
    word, and names no place or level of its own."""
    bare = bare.strip("“”\"")  # 任命甲担任“某某办”主任: the short name quoted
    found = set_up.get(bare)
    if not found or not AGENCY_END_RE.search(bare) or has_own_prefix(bare):
        return None
    k = bisect_right(found[0], before)
    return found[1][k - 1] if k else None


def place_units(text: str, facts: list) -> list:
    """A decision on a bare unit (``任命甲为办公厅主任``) is about the unit the text said a body set up
    before it (``某某委员会下设办公厅，任命甲为办公厅主任``): the agency is that body's unit. Likewise a body
    the text set up by its full name and names by its head noun afterwards (``同意成立“某县某某工程建设项目部”
    …同意甲任项目部主任``): the agency is the body set up."""
    units = [(m.end(), m["body"] + m["unit"], m["unit"]) for m in _SETS_UNIT.finditer(text)]
    set_up = _set_up_bodies(text)
    if not units and not set_up:
        return _field_heads(text, facts)
    out = []
    for f in facts:
        if isinstance(f, (Appointment, Removal, Position)) and f.span:
            full = next((u for end, u, bare in reversed(units) if bare == f.post.agency and end <= f.span[1]), None) \
                or _set_up_as(f.post.agency, set_up, f.span[0])
            if full:
                f = replace(f, post=replace(f.post, agency=full))
        out.append(f)
    return _field_heads(text, out)


#: a field of work printed before 负责人 (技术负责人, 财务负责人, 安全负责人): a title, not a body
_FIELD_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _field_heads(text: str, facts: list) -> list:
    """``甲任项目部主任，乙任技术负责人，丙任财务负责人``: a field's 负责人 among the posts a sentence gives is a
    post of the body the decision before it in the sentence names (read as the "body" 技术 and the title 负责人)."""
    decided = sorted((f.span[0], k) for k, f in enumerate(facts) if isinstance(f, (Appointment, Removal)) and f.span)
    out = list(facts)
    body, last = None, 0
    for at, k in decided:
        f = out[k]
        post = f.post
        if SENTENCE_END.search(text, last, at):
            body = None  # (the body named in a sentence before: no longer the sentence's)
        last = max(last, at)
        if body and post.title == "负责人" and _FIELD_HEAD.match(post.agency) and not AGENCY_END_RE.search(post.agency):
            out[k] = replace(f, post=replace(post, agency=body, title=post.agency + post.title))
        elif AGENCY_END_RE.search(post.agency):
            body = post.agency
    return out


#: a post a narrative says someone fills: 某院秘书长由甲某担任
_FILLED_BY = re.compile(rf"(?:^|(?<=[，,。；;：:]))(?P<post>[^，,。；;：:由]{{2,30}}?(?:{_TITLE_END}))由(?P<name>{_PNAME})(?:同志)?担任(?=[，,。；;]|$)")
#: people a narrative says were charged with a post: 另委甲、乙担任副主席 (委, 委任, 委派)
_CHARGED = re.compile(rf"(?:另委|委任|委派|另委任)(?P<names>{_PNAME}(?:、{_PNAME})*)(?:等同志|同志)?担任(?P<title>(?:{_TITLE_END}))?(?=[，,。；;]|$)|"
                      rf"(?P<title2>{_TITLE_END})[\d一二三四五六七八九十]+(?:人|名)[，,]他们是[:：](?P<names2>{_PNAME}(?:、{_PNAME})*)(?=[，,。；;]|$)")
#: posts a narrative says a body has, before it names their holders: 设副秘书长5人
_SET_POSTS = re.compile(rf"设(?P<title>{_TITLE_END})[\d一二三四五六七八九十]+(?:人|名)")
#: the head a narrative names the others under: 某委员会主席甲某以下，另委…
_UNDER_HEAD = re.compile(rf"(?P<body>[^，,。；;：:]{{2,30}}?)(?:主席|主任|总理|院长|部长|组长)(?:{_PNAME})以下")


def find_narrated_appointments(layout: Layout, region: str = "") -> list[Appointment]:
    """Appointments a history or report narrates (``某院秘书长由甲某担任``; ``某委员会主席甲某以下，另委乙、
    丙担任副主席``: the body of the head the sentence names the others under)."""
    out: list[Appointment] = []
    for line in layout.lines:
        text = nfkc(line.text)
        for m in _FILLED_BY.finditer(text):
            span = (line.start + m.start(), line.start + m.end())
            out += [Appointment(person=m["name"], post=p, span=span)
                    for p in _posts(m["post"], line.start + m.start("post"), region) if p.agency]
        for m in _CHARGED.finditer(text):
            sentence_at = text.rfind("。", 0, m.start()) + 1
            head = _UNDER_HEAD.search(text, sentence_at, m.start())
            before = [f for f in out if f.span[0] < line.start + m.start() and f.span[0] >= line.start + sentence_at]
            body = head["body"] if head else (before[-1].post.agency if before else "")
            title = m["title"] or m["title2"]
            if not title:  # 设副秘书长5人，委任甲、乙担任: the posts the sentence said the body has
                found = list(_SET_POSTS.finditer(text, sentence_at, m.start()))
                title = found[-1]["title"] if found else None
            if not body or not title:
                continue
            span = (line.start + m.start(), line.start + m.end())
            post = Post(agency=body, title=title, span=span)
            names = (m["names"] or m["names2"]).split("、")
            if m.end() == len(text.rstrip()):
                names = names[:-1]  # (a list the copy cut off: its last name may be cut too)
            out += [Appointment(person=n, post=post, span=span) for n in names if name_shape(n)]
    return out


#: the posts printed right before a name a clause is about: …，省委常委(甲某不再兼任…)
_NAMED_AFTER_POSTS = re.compile(rf"(?:^|(?<=[，,。；;：:]))(?P<posts>[^，,。；;：:]{{2,30}}?(?:{_TITLE_END}))$")



#: the words of an act of appointing or removing, in the sentence of a decision a report states
_ACT_WORDING = re.compile(r"决定|任命|宣布|免去|免除|罢免|辞去|辞职|代理|(?:撤销|终止|取消)[^。；;]{4,60}?资格|(?:批准|同意)[\u4e00-\u9fff·]{2,6}?(?:同志)?(?:担任|任(?![命免职期务用]))")


#: a committee a session appoints to or removes from by name (任命甲为某市农业委员会主任, 某人大外事委员会副主任委员,
#: 某法院审判委员会委员): a standing body, not a working group a notice sets up
_STANDING_BODY_ACT = re.compile(r"任命|免去|免除|撤销")


def find_reported_acts(layout: Layout, region: str = "") -> list:
    """Appointments and removals a report of a session states in a text of any kind (a news page whose
    headline names the session, not the act): ``经投票表决决定，甲、乙为国务院副总理，丙为国务委员``,
    ``宣布：甲同志为某部部长``, ``决定任命甲为某区副主席，决定其代理某区主席职务``, ``接受乙辞去某区主席职务的请求``.
    Only decisions worded as acts (决定, 任命, 宣布, 免去, 辞去, 代理) and posts of a named body: a report's career
    history (``2013年1月，甲升任某省副省长``) and a group's roles give none."""
    facts = [f for f in find_report_removals(layout, region) + find_report_decisions(layout, region)
             if isinstance(f, (Appointment, Removal))]
    starts = [ln.start for ln in layout.lines]
    kept = [f for f in facts if _ACT_WORDING.search(sentence := _sentence_to(layout, starts, f.span))
            and (has_own_prefix(f.post.agency) or gov_head_agency(f.post.title, "") == f.post.agency)
            and not (_GROUPISH.search(f.post.agency.replace("委员会", ""))
                     or "委员会" in f.post.agency and not _STANDING_BODY_ACT.search(sentence))]
    listed = [f for f in listed_postings(layout, region)
              if not any(k.person == f.person and k.post.title == f.post.title for k in kept)]
    return merge_decisions([], kept + listed)


#: one item of a released list of postings: 甲某任某集团有限公司党委书记、董事长 (a name, 任, the posts)
_POSTING = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?<![主责担兼调升出接继留聘])任(?![命免职期务用了])(?P<posts>[^，,。；;]{4,80})")


#: the same item printed with the person's current posts before the name (a report's list of the decisions it saw):
#: 甲区区长某某兼任乙区工委副书记, 某集团副总经理某某任该集团总经理, 甲区委书记某某同时担任乙区工委书记
_TITLED_POSTING = re.compile(rf"^(?P<current>[^，,。；;：:、]{{2,40}}?(?:{_TITLE_END}))(?P<name>[\u4e00-\u9fff·]{{2,3}})(?:同志)?(?:同时)?"
                            r"(?P<verb>兼任|担任|(?<![主责担兼调升出接继留聘])任)(?![命免职期务用了])(?P<posts>[^，,。；;]{2,80})")
#: a word before the first item of a list (分别是甲任X，乙任Y; 其中甲任X)
_ITEMS_LEAD = re.compile(r"^(?:分别|其中|包括)(?:是|为|有)?[：:]?")


_FULL_SENTENCE = re.compile(r"[^。！!？?]+")
#: items of a list of postings: parted by ；, by 、 before 某同志任, by a comma (甲任X，乙任Y: each item must read as one)
_SEMICOLON = re.compile(r"[；;，,]|、(?=[\u4e00-\u9fff·]{2,4}同志任)")  # (甲同志任X书记、乙同志任X院长: two items)


def _posting(body: str, region: str):
    """(name, posts string, where it starts in ``body``, the current posts) of one item of a list of postings, the item printed
    with the person's current posts before the name or not; a body the posts name by 该 (该集团) is the body of
    the current post of that kind."""
    m = _POSTING.match(body)
    if m:
        return m["name"], m["posts"], m.start("posts"), []
    m = _TITLED_POSTING.match(body)
    if not m or not name_shape(m["name"]) or m["name"].endswith(_TENSE_END):  # (原书记甲某则任…: 则, no name's)
        return None
    current = _posts(m["current"], m.start("current"), region)
    if not current:
        return None
    held = not _NOT_A_POST.match(m["current"]) and not _FORMER.search(m["current"])  # (原…, 聘请…: no post held now)
    posts, at = m["posts"], m.start("posts")
    if posts.startswith("该"):  # 该集团总经理: the body of the current post of that kind (the longest word it ends with)
        body_of = next(((p.agency, k) for k in range(4, 0, -1) for p in current
                        if p.agency.endswith(posts[1:1 + k]) and len(p.agency) > k), None)
        if not body_of:
            return None
        posts = body_of[0] + posts[1 + body_of[1]:]
    # a post of the body the person is appointed in (副总经理, then 该集团总经理) is the one they leave
    moved = {p.agency for p in _posts(posts, 0, region)}
    return m["name"], posts, at, [p for p in current if held and p.agency not in moved]


def listed_postings(layout: Layout, region: str) -> list[Appointment]:
    """A released list of postings a report copies (a SASAC or ministry release of an enterprise's leaders):
    ``甲任某集团有限公司党委书记、董事长；乙任某集团有限公司党委副书记、董事，提名为…人选；丙任…``: two or
    more items joined by ；, each a name, 任 and the posts of a named body. Each is appointed (a nomination,
    提名为…人选, is no appointment). One ``X任Y`` in a sentence (a career's step) gives none."""
    out: list[Appointment] = []
    zones = _current_post_zones(layout)
    led = False  # the lines above are a lead telling of changes in leadership (…调整…：) and the postings it opens
    for line in layout.lines:
        text = nfkc(line.text)
        if _in_title(layout, line):
            led = bool(_LEAD.search(text))
            continue
        opened = led
        posted = False
        for sentence in _FULL_SENTENCE.finditer(text):
            whole = sentence.group(0)
            lead = _LEAD.search(whole)
            skip = lead.end() if lead else 0  # the postings after the lead's colon
            opened = opened or bool(lead)
            items = _SEMICOLON.split(whole[skip:])
            at = line.start + sentence.start() + skip
            got: list[Appointment] = []
            hits = 0
            approved = False
            dated = False  # the item before is a date (2010年3月，甲任X)
            for item in items:
                body = item.strip(SPACES)
                approval = _APPROVAL.match(body) or _APPROVAL.fullmatch(body + "，")  # 经省委批准，X任Y: a decision
                if approval:
                    approved = True
                    body = body[approval.end():] if approval.end() <= len(body) else ""
                lead_in = _ITEMS_LEAD.match(body)
                if lead_in:
                    body = body[lead_in.end():]
                item_at = item.find(body) if body else 0
                start = at + item_at
                at += len(item) + 1
                if dated or any(z[0] <= start < z[1] for z in zones):
                    dated = False
                    continue  # 2010年3月，甲任X: a career's step on its date; 目前还担任着…：甲任X: a post held now
                dated = bool(_DATE_BEFORE.search(body))
                m = _posting(body, region)
                if not m or not name_shape(m[0]):
                    continue
                name, posts_text, p_at, current = m
                posts = _posts(posts_text, start + p_at, region)
                if not posts or not all(has_own_prefix(p.agency) and not _GROUPISH.search(p.agency) for p in posts):
                    continue
                hits += 1
                span = (start, start + len(body))
                got += [Appointment(person=name, post=p, span=span) for p in posts]
                got += [Position(person=name, post=replace(p, span=(start + p.span[0], start + p.span[1])), span=span)
                        for p in current]  # (the posts held now, printed before the name)
            if hits >= 2 or hits and (opened or approved):
                out += got
                posted = True
            elif whole.strip(SPACES):
                opened = bool(lead)  # a sentence of no posting closes the list a lead opened
        # a lead ending its line with a colon opens the lines below; a line of postings keeps them open
        led = bool(opened and (posted or _LEAD.search(text) and re.search(r"[：:]\s*$", text)))
    return _college_committees(layout, out)


#: a lead telling of changes in leadership that opens postings with a colon: 两家能源企业"换帅"：, 宣布了…任免的通知：,
#: 市委决定：
_LEAD = re.compile(r"(?:调整|换帅|履新|任免|人事变动|任职|决定|通知)[^。；;：:]{0,12}[：:]")
#: an approval or decision opening a clause: 经省委批准，, 经市政府研究同意，, 经市委研究决定，
_APPROVAL = re.compile(r"^(?:[^，,。；;]{0,8}[，,])?经[^，,。；;]{1,16}?(?:批准|同意|决定)[，,]\s*")


def _sentence_to(layout: Layout, starts: list[int], span) -> str:
    """The words of the sentence a fact's span ends in, from the sentence's opening to the span's end
    (a chained clause, ``，丙为国务委员``, is worded as an act by the clause that opens its sentence)."""
    i = bisect_right(starts, span[0]) - 1
    if i < 0:
        return ""
    line = layout.lines[i]
    upto = nfkc(line.text[: max(0, span[1] - line.start)])
    return re.split(r"[。！!？?]", upto[: max(0, span[0] - line.start)])[-1] + upto[max(0, span[0] - line.start):]
