"""Groups: leading groups, task forces, headquarters, joint meetings, their offices
and subgroups, their members with roles, and the posts those members hold.

Data flow: find_groups walks the lines; the names of groups (_INTRO_RE and the headings) and the
state that resolves a short or generic reference to a group named before (_State, _resolve,
_introduce) are here, with the prose and news readers (_prose, _chain_roles); members.py reads
each member entry (a name and its posts) that a role label, a table row or a clause gives.

A group is named as the text first introduces it (成立X, 设立X, an attachment
note or title). Member lists are role-labelled lines (``组　长：张三　市长``)
with unlabelled continuation lines, member tables (姓名 / 职务 / 组内职务), or
prose (``办公室主任由市财政局局长张三兼任``, ``由副市长李四任组长``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator

from ..facts import Membership, Position, Post, Subgroup
from ..lexicon import (AGENCY_END_RE, COMPOUND_SURNAMES, GROUP_ROLE_RE, GROUP_ROLES, GROUP_SHORT_RE, GROUP_SUFFIX_RE, TASK_TEAM,
                       LEVEL_CHARS, REGION_END_RE, SURNAMES, TITLE_RE, region_of)
from ..text import ARTICLE_NO, PAGE_NUMBER_LINE, SENTENCE_END, SPACES, nfkc, squash, strip_final_punct
from .layout import Layout, Line, _ATTACH_RE, cells
from .lists import unique
from .members import (_ENUM, _NAME_SPACE_BODY, _NAME_WITH_BODY, _current_posts, _glued_names, _listed_people,  # noqa: F401
                      _long_comrade, _name_space_post, _name_then_bare_title, _person, _short_name, _title_first_members,
                      glued_names, parse_member)  # (glued_names, _glued_names: read by personnel and holders too)
from .parts import after_paragraph, bare_heading
from .parts import SENTENCE as _SENTENCE_MARK  # (a clause with these inside is a sentence, not a headline)
from .names import blank_asides, clean_name, name_shape, plausible_name, split_name_posts
from .posts import split_posts

#: a character of a group's name, or a short aside inside it that the name goes on after
#: (某某产业园(某某片区)开发建设管理委员会, 某村(某某合作社)处置组); an aside at the end is not the name's
_NAME_UNIT = (r"(?:[^，,。；;、:：()（）\s]|[(（](?![0-9０-９一二三四五六七八九十]+[)）])[^()（），,。；;、:：\s]{1,12}[)）]"
              r"(?=[^，,。；;、:：()（）\s]))")  # (not a numbered heading's (一))
_INTRO_RE = re.compile(r"(?:成立|设立|组建|调整(?:为|成(?!员))?|设置|"  # 将甲领导小组调整为乙领导小组: 乙, the verb's 为 not in it
                       r"(?<=继续)保留|"  # 同意继续保留X指挥部: a group kept on, named as the notice keeps it
                       # 将各级民兵工作组改为X委员会, 将甲领导小组更名为乙: a group remade as a new one, named here
                       # (not 某会改组为某某直属的X委员会: the committee reader names X, without what it is under)
                       r"(?<=[组部会班])(?:改(?:组|建|称)?为|更名为)(?![^，,。；;]{0,20}?的)|"
                       # 建立X制度 sets a group up; 探索/逐步/加快建立…机制: a duty or a goal, not a set-up
                       r"(?<!探索)(?<!逐步)(?<!推动)(?<!加快)(?<!着力)(?<!努力)(?<!积极)建立|"
                       # 现将调整后的X公布如下: a list a notice prints under the group's name
                       r"现将(?:调整(?:充实)?后的|新调整的|新一届)?(?=[^。；;，,]{4,60}?(?:(?:公布|通知|印发)如下|印发给你们))|"
                       # X由以下同志组成： / X组成如下： — the clause's subject is the group its list follows
                       r"(?:^|(?<=[，,。；;：:]))(?!现|对|经|根据|按照|依据|为|因|由于|决定|同意)"
                       r"(?=[^。；;，,]{4,60}?(?:由以下(?:同志|人员|成员)?组成|组成如下))|"
                       # X由院长、副院长…组成。本届X组成人员为： — the clause that says what the group is made of,
                       # the next sentence opening its member list
                       r"(?:^|(?<=[，,。；;：:\s]))(?:第[一二三四五六七八九十百]{1,4}条\s*)?(?!现|对|经|根据|按照|依据|为|因|由于|决定|同意)"
                       r"(?=[^。；;，,]{4,60}?由[^。；;]{2,60}?组成。[^。；;]{0,30}?组成人员(?:名单)?(?:为|如下)[:：])|"
                       # 会议宣读了新一届X人员组成: a group whose members a meeting reads out
                       r"(?:宣读|公布|通报)了?(?:新一届|新一轮|本届)?(?=[^。；;，,]{4,40}?(?:人员组成|组成人员))|"
                       # 现对X组成人员…作了调整: a group whose members a notice adjusts is named by that sentence
                       r"对(?=[^。；;]{2,60}?(?:组成人员|成员)[^。；;]{0,20}?调整)|"
                       # X组成人员作了调整: the same, the group the sentence's subject
                       # (通知6个某领导小组组成人员调整: groups counted, none named)
                       r"(?:^|(?<=[，,。；;：:]))(?!现|对|经|根据|按照|依据|为|因|由于|决定|同意)"
                       r"(?![^。；;，,]{0,40}?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})个)"
                       r"(?=[^。；;，,]{4,60}?组成人员[^。；;，,]{0,12}?调整))"
                       # 成立了由书记甲为政委，乡长乙为指挥长，丙、丁、戊为副指挥长，…为成员的X: a clause of several
                       # heads with their posts runs past sixty characters
                       r"(?:了)?(?P<led>由[^。；;]{2,160}?的|"
                       # 成立以甲为组长，乙为副组长，各单位负责人为成员的X: one clause per role
                       # (甲、乙任双组长的X: two co-heads)
                       r"(?P<by>以?(?:[^。；;，,]{2,80}?(?:为|任)(?:常务|执行|双|第一)?副?(?:组长|指挥长|总指挥|主任|成员)[，,、]?){1,6}的))?"
                       # 成立了“某某领导小组”: the name in quotes, the quotes not part of it (成立“双减”工作专班: they are)
                       r"(?P<quote>“)?"
                       # (对《某某关于成立X的通知》确定的成员调整如下: the cited notice's title is no name; its 成立X is)
                       r"(?!《[^》]{0,60}?关于)"
                       rf"(?P<name>{_NAME_UNIT}{{0,60}}?"
                       r"(?:领导小组|工作小组|专项工作组|工作组|工作专班|专班|指挥部|指挥所|联席会议(?:办公室)?|委员会|"
                       # 成立防汛总队部，总队长由县长甲兼任: the headquarters of a 1950s mass works or flood
                       # campaign, headed by a 总队长 and a 政委 (a gazetteer's wording)
                       r"总队部|"
                       r"(?:领导小组|指挥部|工作组|专班)办公室|"  # 组建了某某领导小组办公室: the office of a group just set up
                       r"领导组|筹备组|"  # 成立某某筹备领导组
                       r"[组执筹]委会|"  # 成立2024年某某马拉松组委会: an event's organising committee
                       # 县成立抗美援朝分会，甲兼任主任 / 建立某某协会某县分会: a branch of a mass body a county sets up
                       # with its heads (a gazetteer's or a 1950s report's wording); its heads are its members
                       r"(?<![总商学])(?:分会|协会)|"
                       r"协调小组|推进组|小组|协调机制|工作机制|联席会议制度|(?<!长)办公会议(?:制度)?|督查组|督导组|检查组|考核组|巡查组|"
                       # 成立以甲为指挥长的大会安全保卫组: a team its head is named for is a group, whatever its 某组
                       r"(?(by)[\u4e00-\u9fff]{2}组|(?!))|"
                       # 成立县某某管理中心 (a body a notice sets up and names the heads of: 主任：甲)
                       r"中心))(?(quote)”)(?=$|[，,。；;:：()（）、\s]|"
                       # 成立以甲为组长的A领导小组和B指导小组: two groups the verb sets up, joined by 和 (A's heads named)
                       r"[和及与](?=[^，,。；;]{2,30}?(?:小组|专班|指挥部|委员会)(?:$|[，,。；;]))|具体|成员|组成|人员组成|如下|由(?=[^。；;]{2,60}?组成。)|(?:公布|通知|印发)如下|由以下|名单印发|负责|作为|及(?:其)?办|"
                       # 印发《关于建立X制度的通知》: a report on the notice that sets the group up names it so
                       r"的(?:通知|决定|批复)》)")
#: a clause that tells lower bodies to set up a group of their own (各县区要设立相应的X, 各村也要成立Y): the
#: group stands for many, none of which the text names; what follows belongs to the group at hand
#: (an editor's background, 国务院和各地相继成立X: the bodies everywhere that set theirs up, the notice's own named later)
#: (专班负责…，指导各社区成立业主委员会: a duty to guide the lower bodies in setting up theirs, the verb before 各)
_DELEGATED_RE = re.compile(r"(?:^|[。；;，,])(?:[^。；;，,]{1,12}?[和与及、])?(?:指导|督促|推动|引导|帮助|支持|鼓励|要求|组织)?各[^。；;，,]{0,30}?(?:也|都|均)?(?:要|应当?|须|必须|需)?(?:相应|及时|尽快|抓紧|迅速)?地?$")


#: a clause whose subject is a group and whose verb is its setting up: 某县某某领导小组（正式）成立
#: (not a 委员会: 1949年某市军事管制委员会成立 in a chronicle is an organ of government, its heads posts)
#: (同年6月，县分会正式成立，县长甲任会长: a county's branch of a mass body, named by its level and kind alone, the
#: branch the text named before)
#: (“某县某某工程总队部”正式成立: the name in quotes, the quotes no part of it)
_FOUNDED_RE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<led>(?!))?(?P<quote>“)?"
                         r"(?P<name>[^，,。；;、:：()（）\s由“”]{4,40}?(?:领导小组|工作小组|工作组|"
                         r"工作专班|专班|指挥部|总队部|联席会议)|[省市县区州旗]分会)(?(quote)”)"
                         r"(?:正式|宣告|日前|近日|已经?)?成立(?=$|[，,。；;])")
#: a branch named by its level and kind alone (县分会)
_LEVEL_BRANCH = re.compile(r"[省市县区州旗]分会")


#: a committee a chronicle or an encyclopedia says was set up, in a sentence that names its members by their
#: committee roles: 某部下设的X委员会召开成立大会，甲任主任委员…为委员 / 某会改组为某某直属的X委员会，N位委员是…
#: (not a 委员会 that merely 成立: a chronicle's organ of government, its heads posts — see _FOUNDED_RE)
_COMMITTEE_SET_UP_RE = re.compile(r"(?:^|(?<=[，,。；;：:])|(?<=下设的)|(?<=改组为)|(?<=改组成)|(?<=直属的))(?P<led>(?!))?"
                                  r"(?P<name>(?:(?!改组[为成])[^，,。；;、:：“”\"()（）的]){4,40}?委员会)"  # (甲会改组为乙委员会: 乙)
                                  r"(?:召开了?成立大会|[，,](?=[^。；;]{0,8}?(?:[0-9一二三四五六七八九十]+(?:位|名))?委员(?:是|为|有)))"
                                  r"(?=[^。]{0,200}?(?:[任为是](?:常务)?副?主任委员|为委员|委员(?:是|为|有)))")


#: a team of any kind a notice decides to set up, its name ending the clause: 经研究，决定成立区政府办公室写作组。
#: (决定 makes it the notice's own act; a bare 成立调研组 in a sentence of duties is not read)
_DECIDED_TEAM_RE = re.compile(r"决定(?:成立|组建|设立)(?P<led>(?!))?"
                              r"(?P<name>[^，,。；;、:：“”\"()（）\s的]{0,30}?[\u4e00-\u9fff]{2}组)(?=$|[，,。；;])")


def _in_cited_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside the 《》 title of a document whose group the text adjusts (决定对《某办关于成立某县某某
    指挥部的通知》确定的县某某指挥部组成人员进行调整): the group under that document's wording, not one this text sets
    up (a title cited otherwise, 印发《关于成立X的通知》, still names the group the news is about)."""
    k = text.rfind("《", max(0, at - 60), at)
    return k >= 1 and text[k - 1] == "对" and "》" not in text[k:at] and "》" in text[at: at + 80]


#: a name that opens with a word for some or all of a kind of body, not one body's name: 对部分专门委员会组成人员作如下
#: 调整 (a CPPCC's decision on several of its committees), 各专项工作组, 有关委员会, 相应的X (the lower bodies' own)
_SOME_OF = re.compile(r"相应|部分|若干|有关|相关|全体|所有|各(?![族界])")


@lru_cache(maxsize=256)  # (find_groups reads each line's set-ups twice: for the names, then in order)
def _intros(text: str) -> tuple[re.Match, ...]:
    """The groups a text sets up (_INTRO_RE, _FOUNDED_RE), without those it tells lower bodies to set up."""
    found = [*_INTRO_RE.finditer(text), *_FOUNDED_RE.finditer(text), *_COMMITTEE_SET_UP_RE.finditer(text)]
    found += [m for m in _DECIDED_TEAM_RE.finditer(text)  # (a team the other forms did not read)
              if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    found.sort(key=lambda m: m.start())
    return tuple(m for m in found
                 if not _DELEGATED_RE.search(text, max(0, m.start() - 40), m.start()) and not _SOME_OF.match(m["name"])
                 and not _in_cited_title(text, m.start())
                 # 建立科学的工作机制 / 统一协调某工作的工作机制: a mechanism described, not one named
                 and not (m["name"].endswith("机制") and "的" in m["name"]))


#: a title that sets a group up (关于成立X的通知): the name, used only where no sentence of the text does
_TITLE_INTRO_RE = re.compile(_INTRO_RE.pattern.replace("|作为|", "|作为|的(?:通知|决定|批复|函)|"))
#: (二、市某指挥部办公室及工作组: a section on the office and the working groups, the office's name before them)
_HEADING_TAIL = re.compile(r"([及和]各?(?:专项)?(?:工作组|专项组|工作小组)(?:设置)?|(?:组成人员|成员|人员)?(?:名单)?一览表|(?:组成人员|成员|人员)?名单表|(?:组成人员|成员|人员)表|组织机构及(?:组成)?人员(?:名单)?|组织机构及成员名单|组织机构及职责|组织机构|各工作组成员及职责|及各工作组职责|组成人员名单|组成人员及职责|成员名单|组成人员|人员名单|组成|"
                           r"成员及职责|人员组成|及其职责|及职责|主要职责|工作职责|职责|名单)$")
_SUB_RE = re.compile(r"(?P<subject>[^，,。；;]{0,40}?)(?:内设|下设|另设|下辖|设立|设(?=(?:[0-9一二三四五六七八九十]+|两)个)|"
                     # 办公室设综合组和技术组: a bare 设 before a list of two or more 组 (指挥部设A组和B组：A组组长由…)
                     r"(?<=[组室部班])设(?=[^，,。；;设]{1,30}?组[、和及][^，,。；;设]{1,30}?组(?:$|[，,。；;:：]))|"
                     # 区某委设专家咨询委员会: a committee a group sets up inside it
                     r"(?<=[委组部班会])设(?=[^，,。；;设、]{2,8}委员会(?:$|[，,。；;])))(?P<what>[^，,。；;]{0,200}?)"
                     r"(?P<n>(?:[0-9一二三四五六七八九十]+|两)个)?(?P<kind>[^，,。；;、0-9一二三四五六七八九十两个]{0,8}?(?:组|办公室|专班|委员会|"
                     # 指挥部下设扑火突击队: a task team (not a police or army unit: 大队, 中队, 支队)
                     rf"{TASK_TEAM}))"
                     r"(?=$|[，,。；;()（）:：]|要|将|负责|分别|具体|主要|于|设在|(?<=办公室)在)")  # (下设办公室于/在某中心: its seat)
#: the holders a sentence says leave a group (原X副组长甲…因工作变动，不再担任X副组长): former members
_LEAVING_HOLDER = re.compile(r"不再(?:担任|兼任)")
#: a subgroup's head printed in brackets after its name as a 下设 list sets it up: 下设综合组（组长：甲）和督查组（组长：乙）
#: (read by _subgroups_headed; the 下设 list is read without them)
_HEAD_ASIDE = re.compile(r"(?<=组)[（(](?:常务|执行)?副?组长[:：][^()（）]{1,30}[)）](?=[、和及，,。；;]|$)")
#: (the name set up in quotes: 成立“某某筹备工作委员会”(以下简称“筹委会”))
_ALIAS_RE = re.compile(rf"(?P<name>{_NAME_UNIT}{{2,40}}?(?:组|专班|指挥部|联席会议|委员会|机制))[”\"]?[（(](?:以下)?简称"
                       r"[“\"]?(?P<alias>[^）)“”\"]{2,12})[”\"]?[)）]")
_RESPECTIVELY_RE = re.compile(r"(?P<role>(?:常务|执行)?副?(?:组长|主任|召集人|指挥长))分别由(?P<names>[^，,。；;]+?)(?:同志)?(?:担任|兼任)")
#: the heads of the subgroups just listed, named before their role: 下设A组、B组，分别由甲、乙同志任组长
_RESPECTIVELY_AFTER_RE = re.compile(r"分别由(?P<names>[^，,。；;:：由]{2,60}?)(?:同志)?(?:担任|兼任|任)"
                                    r"(?P<role>(?:常务|执行)?副?(?:组长|主任|召集人|指挥长))")
#: the measure word of the count every _LISTED_RE prints (3个专项指挥部)
_LISTED_COUNT = "个"
#: subgroups counted and then listed: 总指挥部下设3个专项指挥部，分别是：A；B；C / 设立2个X领导小组专项小组，分别是A、B
#: (领导小组另设两个工作组：A组，组长由甲担任；B组，…: groups set up besides the office, 另设/内设)
_LISTED_RE = re.compile(r"(?P<subject>[^，,。；;：:]{0,40}?)(?:下设|另设|内设|设立|设置|成立|组建|设)(?:了)?(?P<office>(?:一个)?办公室(?:和|及|、))?"
                        r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3}|两)个"
                        r"(?P<kind>[^，,。；;：:、]{1,40}?)[，,]?(?:(?:分别(?:是|为)|包括|即|具体(?:是|为))[:：]?|[:：])(?P<items>[^。]+)")
#: a group a notice adjusts the members of: 对X组成人员进行调整; the notice that set it up may stand cited
#: between, 对《关于成立X的通知》（某发〔2006〕12号）确定的X组成人员进行调整 (its title and number no part of the name)
_ADJUST_RE = re.compile(r"对(?:《[^《》]{2,80}》(?:[(（][^()（）]{1,30}[)）])?(?:所?确定|中|成立|印发)?的)?"
                        r"(?P<name>[^，,。；;、:：()（）《》\s]{2,60}?(?:领导小组|工作小组|小组|工作组|专班|指挥部|联席会议|委员会))"
                        r"(?:[(（][^()（）]{1,20}[)）])?(?:组成人员|成员|人员)?(?:进行|作)?(?:相应|必要的?)?(?:调整|充实|调整充实)")
#: a group named after the people or units it is made of: 由甲任组长…等部门领导组成的X（成员名单）
_COMPOSED_RE = re.compile(r"组成的(?P<name>[^，,。；;、:：()（）\s]{2,60}?(?:领导小组|工作小组|工作组|工作专班|指挥部|联席会议|委员会))"
                          r"(?=$|[，,。；;]|成员|组成人员|名单)")
#: a sentence that opens with a group's name and says who heads it: 某县某某领导小组由县长甲任组长
_LED_BY_RE = re.compile(r"(?:^|(?<=[。；;，,]))(?P<name>[^，,。；;、:：()（）\s由]{2,40}?(?:领导小组|工作小组|工作组|工作专班|专班|指挥部|"
                        r"联席会议|委员会))由(?=[^。；;]{2,80}?(?:任|担任|兼任)(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任))")
_OFFICE_SEAT_RE = re.compile(r"(?P<subject>[^，,。；;]{0,40}?)办公室(?:(?:[(（][^()（）]{1,20}[)）])?设(?:在|于)?(?!立|置|有|主任|副主任)|"
                             r"[(（]设(?:在|于))")  # (…请径向某领导小组办公室(设在某局)反映: the seat in brackets)
#: (a role and the role it doubles as, in brackets: 组　长(召集人)：甲; the role is both, as printed)
#: (a note on the list's order between the label and its colon, 成员（按姓氏笔划）：甲、乙: no part of the label)
_COLON_LABEL_RE = re.compile(rf"^(?P<label>[\u4e00-\u9fff{SPACES}]{{1,14}}?(?:[(（](?:{GROUP_ROLE_RE.pattern})[)）])?)"
                             rf"(?:[(（](?:按|以)?姓氏笔[划画][^()（）]{{0,6}}[)）])?"
                             rf"[{SPACES}]*[:：][{SPACES}]*(?P<rest>.*)$")
#: a role label with no colon, only spaces before the member: ``组长　张三　县长``
def _spaced(word: str) -> str:
    """A label as printed with padding between its characters: 组　长."""
    return f"[{SPACES}]*".join(word)


_BARE_ROLES = ("常务副组长", "执行副组长", "副组长", "组长", "常务副指挥长", "副指挥长", "指挥长", "总召集人", "副召集人", "召集人",
               "常务副主任委员", "副主任委员", "主任委员", "常务副主任", "副主任", "主任", "副秘书长", "秘书长", "成员", "委员")
#: (an encyclopedia's box: 办公室主任 甲某, a count after the label: 副主任(3) 甲某(某部部长))
_BARE_LABEL_RE = re.compile(rf"^(?P<label>(?:办公室)?(?:{'|'.join(_spaced(w) for w in _BARE_ROLES)}))"
                            rf"(?:[(（][0-9]{{1,2}}人?[)）])?[{SPACES}]+(?P<rest>\S.*)$")


#: a role label glued to the one member of its line, as an encyclopedia's box prints it: 组长甲某(某部部长),
#: 办公室主任乙某
_GLUED_LABEL_RE = re.compile(rf"^(?P<label>(?:办公室)?(?:{'|'.join(_BARE_ROLES[:-2])}))"
                             r"(?P<rest>[\u4e00-\u9fff·]{2,4}(?:[(（][^()（）]{2,40}[)）])?)$")


def _label(text: str) -> re.Match | None:
    """A role label at the start of a line, with a colon or only spaces after it, or glued to a lone member
    (a name of a common surname: 副主任科员 is a rank, no label)."""
    glued = _GLUED_LABEL_RE.match(text)
    glued = glued if glued and glued["rest"][0] in SURNAMES and not TITLE_RE.search(glued["rest"]) else None
    return _COLON_LABEL_RE.match(text) or _BARE_LABEL_RE.match(text) or glued

#: a list's labels whose first character a page lost with the padding (组　长 printed as `  长：`, 成　员 as `  员：`):
#: kept as printed
_CUT_LABELS = ("长", "员")
_ROLE_END = ("组长", "主任", "成员", "委员", "指挥长", "指挥", "召集人", "秘书长", "组员", "主席", "队长",
             "联络员", "顾问", "团长", "班长", "所长", "领导",  # (所长: the head of a township's command post, 防汛指挥所)
             "秘书")  # (秘　书：甲（某科科员）: a committee's secretary, last in its list)
#: (指挥 ends 总指挥 and the older labels of a command post's heads, 指　挥：甲 / 副指挥：乙)
#: (组委会主席由甲、乙担任，执行主席由丙担任: the chairs of an event's organising committee)
#: (竞赛部部长由甲兼任: the head of a department a group set up, 部长 after the 部's name)
#: (分委员会主任委员由甲担任: a committee's chair)
#: (总队长由县长甲兼任，政委由县委书记乙兼任: the heads of a 总队部, its commander and political commissar)
#: (专班组长由甲担任: the head of a 工作专班 labelled by the unit, as printed)
_PROSE_HOLDER_RE = re.compile(r"(?P<role>(?:办公室|专班)?(?:常务|执行)?副?(?:主任委员|主任|组长|秘书长|召集人|指挥长|总指挥|(?<![总大中支分])队长)|(?<![协副行])(?:执行)?副?主席|"
                              r"(?<=[，,。；;])副?(?:总队长|政委)|"
                              r"(?<=部)副?部长|"
                              r"(?:常务|执行)?副?专班长)由"  # 专班长由甲担任，副专班长由乙、丙担任: the heads of a 工作专班
                              r"(?P<entries>[^，,。；;]{1,200}?|[^。；;由]{1,400}?)(?:同志)?(?:兼任|担任|负责(?!人)|"
                              r"兼(?=$|[，,。；;]))")  # 办公室主任由甲兼。: the verb printed short (某局负责人: no verb)
_PROSE_ROLE_RE = re.compile(r"(?:由|增补|增加|明确)?(?P<entries>[^，,。；;:：由]{1,200}?)(?:同志)?(?:(?:亲自?)?(?:兼任|担任|出任|任)|作为|为|"
                            # (由院长甲亲任组长, 由甲亲自担任组长: the head taking the role in person)
                            # 甲同志兼办公室主任: the head of a group's office held concurrently, the verb printed short
                            r"兼(?=(?:领导小组|联席会议|指挥部|专班|小组|工作组|委员会)?办公室))"
                            # 由甲任专班组长, 甲任委员会主任, 甲兼任联席会议办公室主任: the role named with the kind of group
                            r"(?:领导小组|联席会议|指挥部|专班|小组|工作组|委员会)?"
                            # (乙任专职副主任: a deputy who holds the post full-time)
                            r"(?P<role>(?:办公室)?(?:常务|执行|第一|专职)?副?(?:组长|指挥长|总指挥|召集人|主任委员|主任|秘书长)|总召集人|成员|委员|"
                            r"联络员|顾问|政委|副?总队长|副?专班长|(?:常务)?副?会长)"  # (甲任专班长: the head of a 工作专班; 政委 of a 指挥部-like group)
                            # (甲亲自担任总队长、政委: one holder, two roles, the second a commissar's)
                            r"(?:、(?P<role2>副?政委)(?=$|[，,。；;]))?"
                            # 以甲为主任、乙为常务副主任的X: clauses parted by 、, each its own role
                            # (由甲任组长、乙、丙任副组长: the next clause may list several)
                            r"(?=$|[，,。；;的]|、(?=[^，,。；;]{1,60}?(?:为|任)(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|"
                            r"秘书长|成员|专班长)))")
#: where a match of each prose pattern must have its key words, and how far from its start at most:
#: positions with no key word that near cannot start a match and are not tried (see _scan)
_PROSE_ROLE_HINT = (re.compile(r"(?=[任为](?:领导小组|联席会议|指挥部|专班|小组|工作组|委员会)?(?:办公室)?(?:常务|执行|第一|专职)?副?"
                               r"(?:组长|指挥长|总指挥|召集人|主任|秘书长)"
                               r"|[任为](?:成员|委员|联络员|顾问|政委|副?总队长|副?专班长|(?:常务)?副?会长)"
                               r"|兼(?:领导小组|联席会议|指挥部|专班|小组|工作组|委员会)?办公室)"),
                    210)
_SUB_HINT = (re.compile(r"(?=[设辖])"), 41)
_OFFICE_SEAT_HINT = (re.compile(r"(?=办公室(?:[(（][^()（）]{1,20}[)）])?设|办公室[(（]设)"), 40)
_ALIAS_HINT = (re.compile(r"(?=简称)"), 50)


def _scan(pattern: re.Pattern, hint: tuple[re.Pattern, int], text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, trying only the positions that have a key word
    (``hint``) at most ``reach`` characters on: a pattern that opens with a bounded lazy run
    (``[^，。]{0,40}?下设``) otherwise costs its bound at every character of a long text."""
    keys = [h.start() for h in hint[0].finditer(text)]
    reach = hint[1]
    pos, k = 0, 0
    while k < len(keys):
        if keys[k] < pos:
            k += 1
            continue
        pos = max(pos, keys[k] - reach)
        m = pattern.match(text, pos)
        if m:
            yield m
            pos = m.end() if m.end() > pos else pos + 1
        else:
            pos += 1


#: the heads of a 工作专班 or a working group labelled as the ones in charge: 专班负责人, 常务负责人, 副负责人 (not a
#: unit's head, 科室负责人, nor every unit's, 各单位负责人)
_IN_CHARGE_LABEL = re.compile(r"(?:专班|工作组|小组|常务|执行|第一)?副?负责人")


def _is_role(label: str) -> bool:
    label = re.sub(rf"[(（](?:{GROUP_ROLE_RE.pattern})[)）]$", "", squash(label))  # 组长(召集人): 组长's
    return bool(GROUP_ROLE_RE.fullmatch(label) or _IN_CHARGE_LABEL.fullmatch(label)) or (label.endswith(_ROLE_END) and len(label) <= 8
                                                    and not label.endswith("单位")) or label in _CUT_LABELS


class _Names:
    """Group names in the order introduced, indexed so that "the first (or last) group
    ending with X" and "the first group X ends with" take time independent of how
    many groups a notice names (a crafted notice may name thousands)."""

    _K = 64  # suffixes up to this length are indexed; longer names (never real) are searched

    def __init__(self) -> None:
        self.names: list[str] = []
        self.longest = 0
        self._at: dict[str, int] = {}                 # name -> index
        self._ending: dict[str, list[int]] = {}       # every non-empty suffix (up to _K) -> indices
        self._long: list[int] = []                    # names longer than _K

    def __contains__(self, name: str) -> bool:
        return name in self._at

    def add(self, name: str) -> None:
        if name in self._at:
            return
        i = len(self.names)
        self._at[name] = i
        for k in range(max(0, len(name) - self._K), len(name)):
            self._ending.setdefault(name[k:], []).append(i)
        if len(name) > self._K:
            self._long.append(i)
        self.names.append(name)
        self.longest = max(self.longest, len(name))

    def ending_with(self, x: str) -> list[int]:
        """Indices (ascending) of the names that end with ``x``."""
        if not x:
            return list(range(len(self.names)))
        if len(x) <= self._K:
            return self._ending.get(x, [])
        return [i for i in self._long if self.names[i].endswith(x)]

    def suffixes_of(self, x: str) -> list[int]:
        """Indices (ascending) of the names ``x`` ends with (``x`` itself included)."""
        found = [self._at[x[k:]] for k in range(max(0, len(x) - self._K), len(x) + 1) if x[k:] in self._at]
        return sorted(found + [i for i in self._long if x.endswith(self.names[i])])

    def first(self, indices) -> str | None:
        return self.names[min(indices)] if indices else None

    def last(self, indices) -> str | None:
        return self.names[max(indices)] if indices else None


@dataclass
class _State:
    groups: list[str] = field(default_factory=list)       # introduced, in order
    names: _Names = field(default_factory=_Names)         # the same, indexed
    current: str | None = None
    pending_parent: str | None = None
    listed: list[str] = field(default_factory=list)  # subgroups just named in a 下设A、B、C sentence
    aliases: dict[str, str] = field(default_factory=dict)  # 以下简称: short name -> group
    alias_order: dict[str, int] = field(default_factory=dict)  # short name -> when first given
    parents: dict[str, str] = field(default_factory=dict)
    facts: list = field(default_factory=list)
    text: str = ""  # the notice's lines, squashed and joined: where a group is first mentioned
    setups: list = field(default_factory=list)  # (name, the clause naming its heads) of each group set up in prose
    stated: list = field(default_factory=list)  # the name of each group a sentence of the text sets up
    full_names: dict = field(default_factory=dict)  # a committee's short name -> its full name in the text
    unowned_offices: list = field(default_factory=list)  # (kind word, span) of 联席会议办公室负责… before any such group
    issuer: str = ""  # the body that issued the notice: a bare 副部长 in a ministry's notice is its post
    lines: list = field(default_factory=list)  # the notice's lines as printed, and where each starts
    starts: list = field(default_factory=list)
    _ends: list | None = None

    def committee_ends(self) -> list[int]:
        """Where each 委员会 of the text ends."""
        if self._ends is None:
            self._ends = [m.end() for m in re.finditer("委员会", self.text)]
        return self._ends


def _root(state: _State, group: str | None) -> str | None:
    while group in state.parents:
        group = state.parents[group]
    return group


def _resolve(state: _State, ref: str) -> str | None:
    """An abbreviated reference (``领导小组``, ``工作专班``, ``办公室``, a 以下简称 name) to a known group."""
    ref = strip_final_punct(ref)
    if not ref:
        return state.current
    shorts = [k for k in range(len(ref)) if ref[k:] in state.aliases]
    if shorts:  # the first 以下简称 name (in the order given) that ends the reference
        return state.aliases[min((ref[k:] for k in shorts), key=state.alias_order.__getitem__)]
    return state.names.last(state.names.ending_with(ref) + state.names.suffixes_of(ref)) or _abbreviated(state, ref) \
        or _government_short(state, ref)


def _government_short(state: _State, ref: str) -> str | None:
    """A group of a government named short, 省政府X for 某省人民政府X (市政府, 县政府 likewise): the known
    group that ends with the name in full."""
    m = re.match(r"([省市县区州旗])政府(?=[\u4e00-\u9fff]{4})", ref)
    return state.names.last(state.names.ending_with(f"{m[1]}人民政府{ref[m.end():]}")) if m else None


def _level_short(ref: str, group: str) -> bool:
    """Whether ``ref`` names ``group`` by its level instead of its place (县爱国卫生运动委员会 for
    阜南县爱国卫生运动委员会: the place's last character kept, the words after it the same)."""
    return len(ref) >= 5 and ref[0] in "省市县区州旗盟" and len(group) > len(ref) \
        and group.endswith(ref) and group[:-len(ref)] != ""


def _is_subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _abbreviated(state: _State, ref: str, pool: list[str] | None = None) -> str | None:
    """A group a text names short by leaving out words in the middle (省防控指挥部 after
    省某某疫情防控指挥部, 市领导小组 after 市应对某某工作领导小组), with or without its place in front
    (某省防控指挥部): the one known group (or one of ``pool``, where a place name of up to three
    characters may come first: 区某某指挥部 for 某某区某某综合指挥部) that starts as it does, ends in
    the same kind word and has all its characters in order."""
    if len(ref) > 30 or pool is None and len(state.groups) > 40:
        return None  # (a notice naming dozens of groups names each in full; the check would cost each one them all)
    for k in range(len(ref) - 3 if pool is None else 1):
        short = ref[k:]
        if _GENERIC.match(short):
            return None
        if k and not _is_place(ref[:k]) and short[0] not in LEVEL_CHARS:
            # (实验教学专家组 beside 教学管理专家组: a word of its own in front, no place — a sibling; 湖北省防控指挥部:
            # a place, the level opening the short name)
            continue
        found = [g for g in (state.groups if pool is None else pool) if g != short
                 and (g[0] == short[0] or pool is not None and short[0] in g[1:4] or not k and _owner_before(g, short))
                 and g[-2:] == short[-2:]
                 and not g.endswith("办公室") and len(g) >= len(short) + 2 and _is_subsequence(short, g)
                 and not re.search(r"[、等]|[0-9一二三四五六七八九十]个", g)]
        if len(found) == 1:
            return found[0]
    return None


#: the body or place a group's full name opens with, which its short name leaves out: 合肥市第二中学 (of
#: 合肥市第二中学创建卫生城市专项活动工作领导小组, named 创卫工作领导小组 below), 某县, 某某局
_OWNER = re.compile(r"[\u4e00-\u9fff]{1,16}(?:省|市|县|区|旗|州|盟|镇|乡|街道|社区|中学|小学|学校|大学|学院|医院|"
                    r"公司|集团|中心|[局厅委办院所站])")


def _owner_before(group: str, short: str) -> bool:
    """Whether ``group`` opens with its owner's name (``_OWNER``) and goes on with the first character of
    ``short``, a name of four characters or more before its kind word (创卫工作领导小组): a short name that
    leaves the owner out."""
    if len(short) < 6 or short[0] in LEVEL_CHARS:
        return False
    return any(_OWNER.fullmatch(group[:j]) for j in range(2, min(len(group) - len(short), 18) + 1)
               if group[j] == short[0])


def _is_place(word: str) -> bool:
    """Whether ``word`` is a place name as a whole (某省, 某某市某区, 某镇): one a group's short name may leave out."""
    return bool(REGION_END_RE.fullmatch(word))


def _canonical(state: _State, heading: str) -> str:
    heading = _HEADING_TAIL.sub("", heading)
    return _first_known(state, heading) or heading


def _first_known(state: _State, head: str) -> str | None:
    """The first group introduced that is ``head``, ends ``head``, or (``head`` of four
    characters or more) ends with ``head``."""
    found = state.names.suffixes_of(head) + (state.names.ending_with(head) if len(head) >= 4 else [])
    return state.names.first(found)


def _introduce_aside(state: _State, name: str) -> str:
    """``_introduce`` of a group named in passing: the group at hand stays the one it was."""
    current = state.current
    group = _introduce(state, name)
    state.current = current
    return group


#: a verb's particle left before a group's name (调整后的X, 建立好X), but not the 好 a place's name opens with
#: (成立好某堡街道X领导小组: a street, a town named 好…)
_LEAD_PARTICLE = re.compile(r"^(?:后的|过的|的|了|好(?![全各本我该此])(?![\u4e00-\u9fff]{1,3}?(?:街道|镇|苏木|嘎查)))")


#: a group's name may itself open with 对 (对外援助…领导小组, 对口支援…, 对台工作…): that 对 is no verb to strip
#: (but 对外事… is 对 + 外事…)
_DUI_NAME = r"外(?!事)|口(?:支援|帮扶|协作|合作)|台(?!办)"


#: an old name and the verb that renames it, before the new name (甲指挥部调整为乙指挥部, 甲小组更名为乙小组)
_RENAMED_TO = re.compile(r"^(?P<old>[^，,。；;、]{2,60}?(?:指挥部|小组|工作组|专班|委员会|办公室|联席会议))"
                         r"(?:调整|变更|更名|改名|改称)为(?=[\u4e00-\u9fff]{4})")


def _introduce(state: _State, name: str, new: bool = False) -> str:
    """The group ``name`` refers to: a known one it names short or in part, or a new one; ``new``: the text
    sets up a body under this name (某会改组为X委员会), never a short name of another."""
    name = _LEAD_PARTICLE.sub("", _HEADING_TAIL.sub("", name))
    name = re.sub(r"^(?:此次|这次|本次|新)?(?:成立|组建|设立)的(?=[\u4e00-\u9fff]{4})", "", name)  # 此次成立的X: X
    name = re.sub(r"^(?:了)?为(?=[省市县区州旗盟镇乡街])", "", name)  # 将甲指挥部调整为省乙指挥部: the new name
    # 将《…》设立的甲指挥部调整为乙指挥部 (a verb before the old name took both in): the group renamed is 乙, and
    # 甲 (a cited notice's 成立甲, 甲 named again) refers to it
    renamed = _RENAMED_TO.match(name)
    if renamed:
        group = _introduce(state, name[renamed.end():], new)
        if re.fullmatch(r"[\u4e00-\u9fff]{4,60}", renamed["old"]) and renamed["old"] not in state.names:
            state.aliases[renamed["old"]] = group
            state.alias_order.setdefault(renamed["old"], len(state.alias_order))
        return group
    name = re.sub(r"^我(?:省|市|县|区|州|旗|盟|镇|乡|街道)(?=[\u4e00-\u9fff]{4})", "", name)  # 成立我镇X: X (我镇: the issuer's own)
    name = re.sub(r"^(?:和|并|及)?(?:充实|完善|健全)(?=[\u4e00-\u9fff]{4})", "", name)  # 调整充实X, 建立健全X
    name = re.sub(r"(联席会议|办公会议|协调机制)制度$", r"\1", name)  # 联席会议制度: the system, named by its meeting
    # 成立13人防汛工作组, 成立由5人组成的某某专班: the head count is not part of the name
    name = re.sub(r"^(?:由)?[0-9０-９一二三四五六七八九十两]{1,3}(?:名|位)?人(?:组成)?的?(?=[\u4e00-\u9fff]{4})", "", name)
    name = re.sub(r"^(?:决定|同意|研究)?(?:对(?!%s)|将|成立|设立|组建|调整|建立)" % _DUI_NAME, "", name)  # 决定对X（以下简称…）
    # 某某院决定对X（以下简称…）: the deciding body and its verb are not part of the name
    name = re.sub(r"^[^，,。；;]{1,20}?(?:决定|同意|研究)(?:对(?!%s)|将|成立|设立|组建|调整|建立)" % _DUI_NAME, "", name)
    # 某院对X组成人员作了调整: the body that adjusts it (a name ending in a body's word) is not part of the name
    name = re.sub(r"^[\u4e00-\u9fff]{2,12}?[院府委局部厅办会室]对(?=[\u4e00-\u9fff]{4})", "", name)
    if name in state.aliases:
        return state.aliases[name]
    short = state.names.last([i for i in state.names.ending_with(name) if state.groups[i] != name]) \
        if len(name) <= 5 else None
    if short:
        return short  # 调整后的推进组: the 推进组 named in full above
    if _GENERIC.match(name) and not name.endswith("办公室"):
        # 调整后的领导小组: a reference to a group, not a new one
        return state.names.last(state.names.ending_with(name)) or state.current or name
    canon = _canonical(state, name)
    if canon not in state.names:
        same = _abbreviated(state, canon) if not new else None
        if same:
            return same  # 调整省防控指挥部: the 指挥部 named in full above
        state.groups.append(canon)
        state.names.add(canon)
    return canon


#: a region's government in the years it was a committee: 某县革命委员会 (1967-1979), 某省人民委员会 (1954-1966,
#: 第二届 of a congress's term): its heads hold its posts, no group's roles
_GOVERNMENT_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,12}?[省市县区州旗盟](?:第[一二三四五六七八九十]{1,3}届)?(?:革命|人民)委员会")


#: a subgroup's heads printed right after its name: 甲组，组长A（兼），副组长B，负责… / 乙组（组长：C）
_HEADED_ROLE_RE = re.compile(r"(?P<role>(?:常务|执行)?副?组长)[:：]?(?P<name>[\u4e00-\u9fff·]{2,4}?)"
                             r"(?=[(（]兼[)）]|同志|[，,、；;)）]|$)")


def _subgroups_headed(state: _State, flat: str, span) -> None:
    """The heads of the subgroups set up so far, where a sentence prints them after the subgroup's name
    (（一）阅读组，组长甲（兼），副组长乙，负责…；下设两个工作组：协调组（组长：丙）；推进组（组长：丁）)."""
    # (协调组（组长：丙）和推进组（组长：丁）: a bracket's heads end where it closes)
    found = [(g, m["heads"] or m["inner"] or "") for g in state.parents if g.endswith("组") and g in flat
             for m in re.finditer(re.escape(g) + r"(?:[，,](?P<heads>[^。；;]{0,60})|[(（](?P<inner>[^。；;()（）]{0,60}))", flat)]
    last = next(reversed(state.parents), "") if state.parents else ""
    # （一）甲组，⏎组长A（兼），负责…: the subgroup named on the line before (or its heading: （一）甲组。组长：A（兼），成员由…
    # 组成，负责…, the label's line run on into prose)
    if not found and last.endswith("组") and re.match(r"(?:常务|执行)?副?组长(?![:：])|组长[:：][^，,。；;]{2,8}[，,]", flat):
        found = [(last, flat)]
    for group, heads in found:
        heads = heads.split("负责", 1)[0]
        if not heads.startswith(("组长", "副组长", "常务副组长", "执行副组长")):
            continue
        for h in _HEADED_ROLE_RE.finditer(heads):
            if plausible_name(h["name"]):
                _add_members(state, group, h["role"], [(h["name"], [], span)], span)


def _add_members(state: _State, group: str, role: str, members, span) -> None:
    government = bool(_GOVERNMENT_COMMITTEE.fullmatch(group))
    for name, posts, name_span in members:
        posts = [q for q in (_own_body(group, p) for p in _current_posts(posts)) if q] or _issuer_head(state, name_span)
        posts = [_corps_unit_head(state.issuer, p) for p in posts]
        if government:  # (主任：甲 under 某县革命委员会: the post of 主任 in the county's government)
            posts = [Post(agency=group, title=role, span=span), *posts]
            state.facts.extend(Position(person=name, post=post, span=span, person_span=name_span) for post in posts)
            continue
        state.facts.append(Membership(group=group, person=name, role=role, span=span,
                                      posts=tuple(posts), person_span=name_span))
        for post in posts:
            unit = _own_unit(state, group, post.agency, span)
            if unit:  # 某局局长，防治组组长 / 兼领导小组办公室主任: a role in the group's own office or subgroup
                state.facts.append(Membership(group=unit, person=name, role=post.title, span=span, posts=(),
                                              person_span=name_span))
            else:
                state.facts.append(Position(person=name, post=post, span=span, person_span=name_span))


#: a Production and Construction Corps regiment or division at the end of its own notice's issuer (新疆生产建设兵团第九师一六一团)
_CORPS_ISSUER = re.compile(r"(?P<unit>[一二三四五六七八九十〇零百]{2,4}团|第[一二三四五六七八九十]{1,3}师)$")
#: the head posts of a Corps unit itself, not of one of its bodies (团长, 副政委, 师长)
_CORPS_HEAD = re.compile(r"(?:常务|第一)?副?(?:团长|师长|政委)$")


def _corps_unit_head(issuer: str, post: Post) -> Post:
    """``组长：甲（团党委书记、政委）`` in a regiment's own notice: the regiment's head, its post of the regiment the
    issuer names (一六一团 | 政委), where the list prints it bare (团 | 政委); its bodies stay as printed (团党委)."""
    unit = _CORPS_ISSUER.search(issuer or "")
    if not unit or post.agency != unit["unit"][-1] or not _CORPS_HEAD.fullmatch(post.title):
        return post
    return replace(post, agency=unit["unit"])


#: a unit named by its kind only, or not at all, in a member's post: 局 of 局党组书记, the empty agency of a bare 局长
_UNIT_KINDS = "局厅院所站处校"
_SELF_UNIT = re.compile(rf"(?:常务|执行)?副?(?P<kind>[{_UNIT_KINDS}])长$")
#: the head's title of a central body printed bare in its own notice: 副部长, 副署长, 副审计长 (审计署), 副局长, 副行长 (某银行)
_ISSUER_HEAD = re.compile(r"(?:常务|执行)?副?(?P<core>[部署局厅委院行]|[\u4e00-\u9fff]{2}(?=长$)(?<!秘书))长$")
#: the issuer's own office, no body of its own posts: 某部办公厅 issues for the ministry
_ISSUER_OFFICE = re.compile(r"(?:办公厅|办公室)$")


def _issuer_body(issuer: str, title: str) -> str | None:
    """The issuing body a bare head's title belongs to: ``副部长`` in a notice of 某某部 (or of its 办公厅),
    ``副审计长`` in one of 审计署 (the core of the title before the body's kind); None where the title is of
    no such body."""
    body = _ISSUER_OFFICE.sub("", issuer)
    m = _ISSUER_HEAD.fullmatch(title)
    if not m or len(body) < 3 or "人民政府" in body or "政府" in body[-4:]:
        return None  # (a government's own heads are read by its level: 副市长)
    core = m["core"]
    return body if body.endswith(core) or len(core) == 2 and body[-3:-1] == core else None


def _own_body(group: str, post: Post) -> Post | None:
    """A post whose unit the text names by its kind only (``局党组书记、局长甲某``) or not at all (``局长甲某``) in
    a group named after that unit (某县某某局“某某”工作领导小组, set up by the unit itself): the post in the unit
    that opens the group's name. A post naming its unit is returned as it is; None where no unit of that kind
    opens the group's name (the post is then nobody's to say)."""
    if len(post.agency) > 1 or post.agency and post.agency not in _UNIT_KINDS:
        return post
    kind = post.agency or (_SELF_UNIT.search(post.title) or {"kind": ""})["kind"]
    m = re.match(rf"^[^“”\"‘’《》()（）{kind}]{{3,30}}{kind}(?!{kind})", group) if kind else None
    if not m or not REGION_END_RE.match(m.group()):
        return post if post.agency else None
    return replace(post, agency=m.group())


def _issuer_head(state: _State, name_span) -> list[Post]:
    """The post of a member whose line prints after the name only a bare head's title of the issuing body
    (``组长：甲某　副部长`` in a ministry's notice): that title in the issuer; [] otherwise."""
    if not state.issuer or not state.lines:
        return []
    k = bisect_right(state.starts, name_span[1]) - 1
    line = state.lines[k] if k >= 0 else None
    if line is None or name_span[1] > line.end:
        return []
    at = name_span[1] - line.start
    title = nfkc(line.text[at:]).strip(SPACES + "，,。；;")
    span = (name_span[1], line.end)
    aside = re.match(r"[(](?P<title>[^()]{2,8})[)]", title)
    if aside:  # 副主任委员：甲（副院长）、乙（副院长）: the title in the aside after the name
        title = aside["title"]
        opens = name_span[1] + nfkc(line.text[at:]).index(title)
        span = (opens, opens + len(title))
    body = _issuer_body(state.issuer, title)
    return [Post(agency=body, title=title, span=span)] if body else []


def _own_unit(state: _State, group: str, agency: str, span) -> str | None:
    """The group's own office or one of the subgroups it was said to have, where a member's post names it
    (``防治组组长``, ``兼领导小组办公室主任``; a post after another may carry its level: 市防治组); None otherwise."""
    if not GROUP_SUFFIX_RE.search(agency or ""):
        return None
    for name in (agency, agency[1:] if agency[:1] in LEVEL_CHARS else ""):
        if name and state.parents.get(name) == group:
            return name
        kind = name.removesuffix("办公室")
        if name.endswith("办公室") and kind and _GENERIC.match(kind) and group.endswith(kind):
            office = _introduce_aside(state, group + "办公室")
            _subgroup(state, office, group, span)
            return office
    return None


def _table_columns(cells: list[str]) -> dict[str, int] | None:
    if not any(c in ("姓名", "名字") for c in cells):
        return None
    cols: dict = {"name": next(i for i, c in enumerate(cells) if c in ("姓名", "名字")), "posts": []}
    for i, c in enumerate(cells):
        if re.search(r"组内|小组|担任|分工|成员类别|组别|角色|委员会|指挥部|专班|领导小组|联席会议", c):
            cols["role"] = i
        elif re.search(r"单位|职务|现任", c):
            cols["posts"].append(i)  # 单位 | 职务 in two columns make one posts string
    return cols


#: the first header cell of a table of subgroups and their heads (工作组 | 组长 | 副组长)
_SUBGROUP_COLUMN = re.compile(r"(?:工作|专项|专题|下设)?(?:组别|小组|工作组|专项组|组名|名称)(?:名称)?")
#: a column of such a table that names bodies, not people (成员单位, 牵头单位): no role of a person
_UNITS_COLUMN = re.compile(r"(?:成员|组成|牵头|责任|参加|配合)?(?:单位|部门)")
#: the cells of a table's row printed apart by wide gaps (专项组名称　　　　组　长　　成员单位)
_SPACED_CELLS = re.compile(r"[ \u3000]{2,}")


def _subgroup_columns(cells: list[str]) -> list[str | None] | None:
    """The role columns of a table that lists a group's subgroups and their heads: its first header cell the
    subgroups' (工作组, 组别), every other a group role (组长, 副组长, 成员) or a column of bodies (成员单位: None,
    read by no one); None for any other row."""
    if len(cells) < 2 or not _SUBGROUP_COLUMN.fullmatch(cells[0]) \
            or not all(GROUP_ROLE_RE.fullmatch(c) or _UNITS_COLUMN.fullmatch(c) for c in cells[1:]) \
            or not any(GROUP_ROLE_RE.fullmatch(c) for c in cells[1:]):
        return None
    return [c if GROUP_ROLE_RE.fullmatch(c) else None for c in cells[1:]]


def _spaced_cells(text: str) -> list[str]:
    """The cells of a line printed as a table with wide gaps between its cells, [] for a line of one cell."""
    parts = _SPACED_CELLS.split(text.strip(SPACES))
    return parts if len(parts) > 1 else []


def _subgroup_heads(state: _State, parent: str, roles: list[str], row: list[str], line, region: str) -> None:
    """A row of a table of subgroups (巡查组 | 甲某 | 乙某): the subgroup of ``parent`` its first cell names, and
    the people each role's cell names (an empty cell: nobody)."""
    name = squash(row[0])
    if not GROUP_SUFFIX_RE.search(name) or len(name) > 20 or not parent:
        return
    span = (line.start, line.end)
    group = _introduce_aside(state, name)
    _subgroup(state, group, parent, span)
    pos = 0
    for role, cell in zip(roles, row[1:]):
        at = line.text.find(cell, pos)
        pos = at + len(cell) if at >= 0 else pos
        if role and squash(cell):
            members = parse_member(cell.strip(SPACES), line.start + max(at, 0), region)
            if members:
                _add_members(state, group, role, members, span)


def _posts_line(line, region: str) -> list:
    """The posts a line holds alone (``市应急局局长``, a table's cell under a name's), [] for a name, a role or
    anything longer than a cell."""
    flat = squash(line.text)
    if not flat or len(flat) > 40 or _is_role(flat) or plausible_name(flat) or not TITLE_RE.search(flat) \
            or re.search(r"[，,。；;:：]", flat):
        return []
    lead = len(line.text) - len(line.text.lstrip())
    return split_posts(line.text.strip(), line.start + lead, region=region)


def _held_posts(line, region: str) -> list:
    """The posts of a line under a lone name in a role block (``专 班 长`` / 甲某 / ``开发区党工委副书记、管委会主任``):
    the whole line a body's posts, each post's agency a body's name (``管委会副主任``, which alone would pass for a
    role label); [] for a name, a group's own role (办公室主任) or anything else."""
    flat = squash(line.text)
    if not flat or len(flat) > 40 or plausible_name(flat) or GROUP_ROLE_RE.fullmatch(flat) \
            or re.search(r"[，,。；;:：]", flat) or not TITLE_RE.search(flat):
        return []
    lead = len(line.text) - len(line.text.lstrip())
    posts = split_posts(line.text.strip(), line.start + lead, region=region)
    if not posts or posts[0].span[0] != line.start + lead or any(
            not AGENCY_END_RE.search(p.agency) or p.agency.endswith("办公室") or GROUP_SUFFIX_RE.search(p.agency)
            for p in posts):
        return []
    return posts


def _name_and_post(text: str, region: str) -> bool:
    """A short member line spaced into a name and a body's post (``祁　峰　管委会副主任``), which squashed ends like
    a role label (祁峰管委会副主任); a spaced label (组　长, 办公室　主任) is no such line."""
    parts = [p for p in re.split(f"[{SPACES}]+", text.strip(SPACES)) if p]
    if len(parts) < 2:
        return False
    posts = split_posts(parts[-1], 0, region=region)
    return plausible_name(clean_name("".join(parts[:-1]))) and bool(posts) \
        and all(p.agency and AGENCY_END_RE.search(p.agency) and not p.agency.endswith("办公室") for p in posts)


def _give_posts(state: _State, k: int, posts: list, line) -> None:
    """The member read at ``state.facts[k]`` by name alone holds ``posts`` (printed on the next line)."""
    m = state.facts[k]
    posts = _current_posts(posts)
    state.facts[k] = replace(m, posts=tuple(posts))
    for post in posts:
        state.facts.append(Position(person=m.person, post=post, span=(m.span[0], line.end), person_span=m.person_span))


def _headerless_row(state: _State, row: list[str], line, role: str | None, region: str) -> str | None:
    """A row of a member table printed without its header (``组长 | 甲某 | 县长``, ``| 乙某 | 副县长`` under it:
    the role above goes on): the members added, the row's role returned; None for any other row."""
    first, rest = row[0], [c for c in row[1:] if c]
    if not rest or (first and not (_is_role(first) and not _GENERIC.match(first))) or (not first and not role):
        return None
    if not re.match(r"[\u4e00-\u9fff]", rest[0]) or not (plausible_name(clean_name(re.sub(r"[(（].*", "", rest[0])))
                                                         or "、" in rest[0]):
        return None  # (the second cell holds the name, or names parted by 、)
    members = parse_member("  ".join(rest), line.start + max(line.text.find(rest[0][:2]), 0), region)
    if not members:
        return None
    _add_members(state, state.current, first or role, members, (line.start, line.end))
    return first or role


#: a group straight against a role, then a colon: 区创建领导小组第一副组长：
_GROUP_ROLE_HEAD = re.compile(rf"(?P<group>[^，,。；;:：、()（）{SPACES}]{{2,40}}?{GROUP_SUFFIX_RE.pattern.rstrip('$')})"
                              rf"(?P<role>{GROUP_ROLE_RE.pattern})[{SPACES}]*[:：]")


def _group_role_chain(state: _State, raw: str, at: int, line, region: str) -> bool:
    """``X领导小组组长：A，常务副组长：B、C，副组长：D、E。``: members of X with the roles labelled
    inline, one label after each comma; a clause that is not ``role：names`` ends the run."""
    m = _GROUP_ROLE_HEAD.match(raw, at)
    if not m or _GENERIC.match(m["group"]) or m["group"].endswith("办公室"):
        return False
    found: list = []
    role, start = m["role"], m.end()
    while True:
        cm = re.compile(r"[，,；;。]|$").search(raw, start)
        members = parse_member(raw[start: cm.start()], line.start + start, region)
        if not members:
            break
        found.append((role, members))
        start = cm.end()
        start += len(raw[start:]) - len(raw[start:].lstrip(SPACES))
        lm = _label(re.split(r"[，,；;。]", raw[start:])[0])
        if not cm.group() or cm.group() == "。" or not lm or not _is_role(lm["label"]):
            break
        role = squash(lm["label"])
        start += lm.start("rest")
    if not found:
        return False
    group = _introduce(state, m["group"])
    state.current = group
    span = (line.start, line.end)
    for role, members in found:
        _add_members(state, group, role, members, span)
    return True


@dataclass(frozen=True)
class _Paragraph:
    """Lines a page hard-wrapped, read as one: the text between them kept as newlines (offsets hold)."""
    start: int
    end: int
    text: str
    end_index: int


#: the most lines one hard-wrapped paragraph is read over (a longer run of unpunctuated lines is a list,
#: and scanning it from every line would be quadratic)
_WRAP_MAX = 60


#: a line that opens with a name and then spaces before the posts: an entry of a member list (董　某　某局局长)
_ENTRY_START = re.compile(rf"^[{SPACES}]*[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,2}}[{SPACES}]+[\u4e00-\u9fff]")


def _role_line(text: str) -> bool:
    """A line that opens with a role label and a colon: 成员：甲、乙."""
    m = _COLON_LABEL_RE.match(nfkc(text).strip(SPACES))
    return bool(m) and _is_role(m["label"])


def _wrapped_paragraphs(lines, body_start: int = 0) -> dict[int, _Paragraph]:
    """Runs of body lines a page wrapped at a fixed width: each line but the last about as long as
    the longest (20 characters or more) and ending mid-sentence. Keyed by the run's first line.

    A line goes on into the next when it is 16 characters or more, ends mid-sentence, is no table
    row nor an entry of a list (甲　某局局长), and the next line is no enumerated item, no such entry
    and not empty; in each maximal run of such lines the paragraph starts at the first line from which
    all but the last are within 3 characters of the longest (one pass from the run's end keeps the
    longest and shortest: linear in the text)."""
    flat = [ln.flat for ln in lines]
    goes_on = [j + 1 < len(lines) and len(flat[j]) >= 16 and not re.search(r"[。；;：:！!？?]$", flat[j])
               and not cells(lines[j].text) and not _ENUM.match(nfkc(lines[j + 1].text)) and bool(flat[j + 1])
               and not _ENTRY_START.match(lines[j + 1].text)  # (甲　某局局长: the next entry of a list)
               # (甲　某局局长 　乙（女）　某局副局长（兼） over 领导小组办公室设在某局，…: a list's last entry, its
               # post's aside in place of a stop, before the sentence that follows the list)
               and not _ENTRY_START.match(lines[j].text)
               and not _role_line(lines[j].text)  # (成员：甲（某局局长）、乙（…）: a list's line)
               for j in range(len(lines))]
    out: dict[int, _Paragraph] = {}
    k = body_start
    while k < len(lines):
        end = k
        while goes_on[end]:
            end += 1
        first, longest, shortest = None, 0, 10 ** 9
        for n in range(end - 1, k - 1, -1):  # the lines before the last, from the end
            longest, shortest = max(longest, len(flat[n])), min(shortest, len(flat[n]))
            if longest >= 20 and shortest >= longest - 3 and len(flat[end]) <= longest + 3:
                first = n
        if first is not None:
            text = lines[first].text
            for n in range(first + 1, end + 1):
                text += "\n" * (lines[n].start - lines[n - 1].end) + lines[n].text
            out[first] = _Paragraph(lines[first].start, lines[end].end, text, end)
        k = end + 1
    return out


def _numbered_heading(text: str) -> bool:
    """A numbered section heading of one short sentence, which may name a group shorter than the sentence under it
    sets it up by (``一、加强领导，成立某某领导小组。`` over ``…成立某镇某某领导小组``)."""
    flat = squash(text)
    return bool(_ENUM.match(flat)) and len(flat) <= 30 and not re.search(r"[。；;!！]", flat.rstrip("。；;"))


def _in_full(name: str, stated: list[str]) -> str:
    """A group a headline names short (应急救援总指挥部) by the fuller name a sentence of the text sets
    it up under (成立某省应急救援总指挥部); and one a title names with its place (关于调整某市X委员会…)
    by the name the sentence gives it with the level alone (现对市X委员会组成人员作了调整): the
    sentence's name is the group's (facts spec)."""
    return next((s for s in stated if s != name and (s.endswith(name) or name.endswith(s) and s[:1] in LEVEL_CHARS)),
                name)


#: the end of the words before a name that set it up with their subject, the place: ``某街道成立`` (of 某街道成立X)
_SUBJECT_VERB = re.compile(r"(?:正式|日前|近日)?(?:成立|组建|设立)了?$")


def _subject_placed(m: re.Match, stated: list[str]) -> str:
    """A group a clause names short after its subject, the place that sets it up (a repost's headline
    ``某街道成立X专班，名单来了``), by the name a sentence of the text gives it with that place in front
    (决定成立某街道X专班): one group, named as the notice's own sentence names it (facts spec)."""
    name = m["name"]
    verb = _SUBJECT_VERB.search(m.string, 0, m.start("name"))
    if not verb:
        return name
    before = m.string[:verb.start()]
    return next((s for s in stated if len(s) > len(name) + 1 and s.endswith(name)
                 and before.endswith(s[:-len(name)])), name)


#: the end of a list's heading a role label may be glued to (二、组成人员组长：甲), the page's line break lost
_LIST_HEAD_WORDS = "成员|成員|人员|人員|名单|名單|如下"
_LIST_HEAD_END = re.compile(f"(?:{_LIST_HEAD_WORDS})$")
#: a role label and its colon at the start of a line or after a space or a clause's punctuation (组长：甲；副组长：乙)
#: (or glued to the list's heading: 二、组成人员组长：甲, 二、指挥部成员总指挥：)
#: (a command post's heads labelled the older way, 指　挥：甲 副指挥：乙, as well as 总指挥：, 指挥长：)
_RUN_LABEL = re.compile(rf"(?:^|(?<=[{SPACES}；;，,。])|(?<={_LIST_HEAD_WORDS}))"
                        rf"(?:(?:常务|执行|第一)?副?(?:组[{SPACES}]?长|总?指[{SPACES}]?挥长?|召集人|"
                        rf"主[{SPACES}]?任|秘书长|所[{SPACES}]?长)|[成委][{SPACES}]?员)[{SPACES}]*[:：]")


#: (or the sentence after the last member that sets up the group's office: 丙 某局局长 领导小组下设办公室,…)
_RUN_HEADING = re.compile(rf"(?<=[{SPACES}])(?:[（(][一二三四五六七八九十]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|"
                          rf"(?=[\u4e00-\u9fff]{{0,30}}?(?:下设办公室|办公室设[在于])))")
#: the sentence after the last member that tells how members are replaced, run onto its line after a space
#: (副主任：丙 某局副局长 指挥部成员因工作变动需要调整的，由所在单位提出…): no part of the member's posts
_RUN_CLOSING = re.compile(rf"(?<=[{SPACES}])(?=[\u4e00-\u9fff]{{0,30}}?(?:成员|组成人员)(?:因|如有|若有))")


#: a numbered heading run onto a line's end after a wide gap, nothing after it (a page that lost its breaks:
#: ``…县公安局交警大队。　　（二）交通保通组``, the second group's labels on the next line)
_RUN_TAIL_HEADING = re.compile(rf"(?<=[{SPACES}]{{2}})(?:[（(][一二三四五六七八九十]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、)"
                               rf"(?P<head>[^，,。；;：:{SPACES}]{{2,30}})[{SPACES}]*$")


def _run_tail_heading(text: str) -> int | None:
    """Where a numbered heading naming a group (or its office) ends the line after a wide gap; None if none does."""
    m = _RUN_TAIL_HEADING.search(text)
    return m.start() if m and m.start() > 0 and GROUP_SUFFIX_RE.search(m["head"]) else None


def _label_runs(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The lines, each one that holds two or more role labels (``组长:甲 副组长:乙 丙 成员:丁``,
    ``组成人员如下：组长：甲（县长）；副组长：乙（副县长）``) cut before each label (a member list a page ran
    into one line); with, for each line of the layout, the index of its first piece."""
    out: list[Line] = []
    at_index: list[int] = []
    for line in lines:
        at_index.append(len(out))
        cuts = [m.start() for m in _RUN_LABEL.finditer(line.text)]
        # (a member line, its label before a colon, that runs on into the closing sentence: cut before it)
        closing = [m.start() for m in _RUN_CLOSING.finditer(line.text) if re.search("[:：]", line.text[:m.start()])]
        tail = _run_tail_heading(line.text)
        cuts = sorted(set(cuts) | set(closing) | ({tail} if tail else set()))
        # (one label after a sentence's end is a lost line break too: 决定成立某某领导小组。组长：甲)
        if len(cuts) < 2 and not closing and not tail and not any(
                c and (line.text[c - 1] in "。；;" or _LIST_HEAD_END.search(line.text, 0, c)) for c in cuts):
            out.append(line)
            continue
        # (and before each numbered heading or office sentence after a space: 成员:甲 (二)领导小组办公室 主任:乙)
        cuts = sorted(set(cuts) | {m.start() for m in _RUN_HEADING.finditer(line.text)})
        for a, b in zip([0] + cuts, cuts + [len(line.text)]):
            if line.text[a:b].strip(SPACES):
                out.append(Line(line.start + a, line.start + b, line.text[a:b]))
    return out, at_index


#: a note on the order of a list after its label: 委员（以姓氏笔画为序）：甲 乙, 成员：（排名不分先后）甲
_ORDER_NOTE = re.compile(r"[(（](?:以|按)?姓氏笔画(?:为序|排序|排列|顺序)?(?:排列)?[)）]|[(（](?:排名|排序)不分先后[)）]")


#: a sentence that reports the notice rather than being its text (a repost's lead: 某某厅日前印发通知，成立X。全文如下：):
#: like a headline, it names the group short where the notice's own sentence sets it up in full
_REPORT_LEAD = re.compile(r"(?:印发|下发|发出)(?:了)?(?:一份)?通知[，,]|(?:全文|内容)如下[:：]?$")


#: a page's summary or keywords over the notice (摘要:…决定成立某某专班…): the site's words, no place where the text
#: introduces a group in its own words
_SUMMARY_LINE = re.compile(rf"^[{SPACES}]*(?:摘[{SPACES}]*要|内容(?:概述|摘要|提要)|关键[词字]|主题词)[{SPACES}]*[:：]")

#: a list entry's bullet as a markdown copy or a plain-text list prints it, and the bold marks around its label:
#: ``- **组长**:甲``, ``• 成员:乙`` (not a page number's dash, ``- 2 -``)
_BULLET = re.compile(rf"^[{SPACES}]*[-*•][{SPACES}]+(?![0-9]+[{SPACES}]*[-—])")
_BOLD_LABEL = re.compile(r"\*\*(?=[^*]{1,14}\*\*)|(?<=[^*])\*\*(?=[:：])")


def _unbullet(line: Line) -> Line:
    """``line`` with a bullet and its label's bold marks blanked, offsets kept (``- **组长**:甲`` reads 组长:甲). Only
    an entry with a label or a post after a name (``- 乙　副镇长``): a lone word is a site menu's (``• 政府领导``)."""
    m = _BULLET.match(line.text)
    if not m or not re.search(rf"[:：]|\S[{SPACES}]+\S", line.text[m.end():]):
        return line
    text = " " * m.end() + line.text[m.end():]
    return replace(line, text=_BOLD_LABEL.sub("  ", text))


def find_groups(layout: Layout, known: frozenset[str], region: str = "", issuer: str | None = None) -> list:
    lines, at_index = _label_runs(layout.lines)
    lines = [_unbullet(ln) if not _SUMMARY_LINE.match(nfkc(ln.text)) else replace(ln, text="") for ln in lines]
    state = _State(text="\n".join(ln.flat for ln in lines), issuer=issuer or "", lines=layout.lines,
                   starts=[ln.start for ln in layout.lines])
    _plenary_committees(state)
    wrapped = _wrapped_paragraphs(lines, at_index[layout.body_start] if layout.body_start < len(at_index) else len(lines))
    attachment_starts = {at_index[s] for s, _ in layout.attachments}
    # the body's lines between the addressees and the signature, by their first piece: where a heading may stand
    # whose enumerator the copy lost (a line's later pieces are a list run into it, no heading)
    sign = layout.signature_line if layout.signature_line is not None else len(layout.lines)
    body_lines = {at_index[k]: k for k in range(layout.body_start, min(sign, len(layout.lines)))}
    table: dict[str, int] | None = None
    heads: list[str] | None = None  # the role columns of a table of subgroups and their heads
    heads_parent = ""
    role: str | None = None
    label_office: str | None = None  # the office a role label (办公室主任：) made the group at hand
    title_intro = _INTRO_RE if any(_INTRO_RE.search(squash(ln.text)) for ln in lines) else _TITLE_INTRO_RE
    # the sentences that set groups up: a headline or title naming one shorter yields to them
    intros = [m for ln in lines if _SENTENCE_MARK.search(ln.text) for m in _intros(squash(ln.text))]
    stated = [m["name"] for m in intros]
    state.setups = [(m["name"], m["led"]) for m in intros if m["led"]]
    state.stated = stated
    for m in title_intro.finditer(squash(layout.title or "")):  # a title may wrap over two lines
        if not _SOME_OF.match(_LEAD_PARTICLE.sub("", m["name"])):
            state.current = _introduce(state, _in_full(m["name"], stated))
    heading = squash(layout.title or next((ln.text for ln in lines if ln.text.strip()), ""))
    heading = heading.removeprefix("词条")  # (词条 X 释义…: an encyclopedia site's label before its entry's name)
    if state.current is None and _GROUP_TITLE.fullmatch(heading):
        state.current = _introduce(state, heading)  # a page about one group, headed by its name
    i = 0
    while i < len(lines):
        line = lines[i]
        flat = squash(line.text)
        raw = blank_asides(_ORDER_NOTE.sub(lambda a: " " * len(a.group()), nfkc(line.text)))  # (甲某（女，满族）: offsets kept)
        if state.current and (flat in ("姓名", "名字", "序号") or _MEMBER_HEADER.fullmatch(flat) and i + 1 < len(lines)
                              and squash(lines[i + 1].text) in ("姓名", "名字")):  # (职务 / 姓名 / 单位职务)
            end = _flattened_members(state, lines, i, region)
            if end > i:  # a member table flattened one cell per line
                i = end
                continue
        # an attachment: its title (possibly over several lines) sets the group context
        if i in attachment_starts:
            state.pending_parent = None
            m = _ATTACH_RE.match(raw)
            title, j = (m["title"] or "") if m else "", i + 1
            while j < len(lines) and len(title) < 60 and not _label(nfkc(lines[j].text)) \
                    and not re.search(r"[。，,；;：:]", lines[j].text) and "\t" not in lines[j].text \
                    and not _INTRO_RE.search(squash(lines[j].text)) \
                    and not (title and _ENUM.match(nfkc(lines[j].text))) and not _spaced_header(lines[j].text):
                title += squash(lines[j].text)
                j += 1
            head = _HEADING_TAIL.sub("", title)
            if GROUP_SUFFIX_RE.search(head) or GROUP_SHORT_RE.search(head):  # …博览会执委会组织机构及人员名单
                state.current = _introduce(state, head)
            i = j
            role = None
            continue
        if _ABOLISHED_HEADING.match(flat):  # 四、予以撤销的议事协调机构: the groups below are closed, no part of the one above
            state.current, state.pending_parent, role = None, None, None
            i += 1
            continue
        if _committee_heading(state, lines, i, flat):  # 某委领导 over 主任：甲 / 委员：乙 丙 (a site's sidebar)
            i += 1
            role = None
            continue
        end = _agency_leaders(state, lines, i, flat, region)
        if end > i:  # 某局领导 over 局长：甲 / 副局长：乙 丙: posts in a department, no group
            i, role = end, None
            state.current = None
            continue
        if _list_heading(state, lines, i, flat):  # X执委会组织机构及人员名单 over a role-labelled list
            i += 1
            role = None
            continue
        set_up_here = False  # a group was set up earlier on this line
        for m in _intros(squash(wrapped[i].text.replace("\n", "")) if i in wrapped else flat):
            headline = not _SENTENCE_MARK.search(line.text) or _numbered_heading(line.text) or _REPORT_LEAD.search(flat)
            name = _in_full(m["name"], stated) if headline else _subject_placed(m, stated)
            if _LEVEL_BRANCH.fullmatch(name):  # 县分会正式成立: the branch named before (the page's heading)
                name = state.names.last(state.names.ending_with("分会")) or ""
                if not name:
                    continue
            if m["led"] and _GENERIC.match(name) and not state.names.ending_with(name):
                state.groups.append(name)  # 成立以甲任组长的领导小组: the text names it by its kind only
                state.names.add(name)
            before = state.current
            base = name.removesuffix("办公室")
            if name != base and _GENERIC.match(base):  # 设立领导小组办公室: the office of the group at hand
                owner = next((state.groups[k] for k in reversed(state.names.ending_with(base))
                              if not state.groups[k].endswith("办公室")), None) or _root(state, before)
                if owner and not owner.endswith("办公室"):
                    name = owner + "办公室"
            state.current = _introduce(state, name, new=m.re is _COMMITTEE_SET_UP_RE)
            if state.current.endswith("办公室") and before and not before.endswith("办公室") and set_up_here:
                _subgroup(state, state.current, before, (line.start, line.end))  # 成立X领导小组，并组建Y办公室
                state.current = before  # (the heads the sentence names are the group's; the office's say 办公室)
            elif state.current.endswith("办公室") and state.current not in state.parents:
                owner = state.current.removesuffix("办公室")  # 成立某某指挥部办公室: the office of the group it names
                if _OWNER_KIND.search(owner) and not _GENERIC.match(owner) and len(owner) >= 5:
                    _subgroup(state, state.current, _introduce(state, owner), (line.start, line.end))
            set_up_here = True
        for m in _ADJUST_RE.finditer(flat):  # 决定对X组成人员进行调整 (对部分X: several bodies, none named)
            if not _SOME_OF.match(m["name"]):
                state.current = _introduce(state, m["name"])
        for m in _COMPOSED_RE.finditer(flat):  # 公布了由…组成的X成员名单
            state.current = _introduce(state, m["name"])
        for m in _LED_BY_RE.finditer(flat):  # 某县某某领导小组由县长甲任组长: the sentence names the group it sets up
            name = _ARTICLE.sub("", m["name"])  # (第二条 联席会议由甲担任召集人: an article's number, then the short name)
            if not _GENERIC.match(name):
                state.current = _introduce(state, name)
        for m in _scan(_ALIAS_RE, _ALIAS_HINT, flat):
            name = m["name"].rsplit("“", 1)[-1] if flat[m.end("name"):m.end("name") + 1] == "”" else m["name"]
            state.aliases[m["alias"]] = state.current = _introduce(state, name)
            state.alias_order.setdefault(m["alias"], len(state.alias_order))
        _attachment_note(state, flat)
        # 领导小组组长：张三，副组长：李四、王五 — a group and its roles in one run of prose
        em = _ENUM.match(raw)
        if _group_role_chain(state, raw, em.end() if em else 0, line, region):
            i += 1
            continue
        # a numbered heading that names a group, perhaps followed by its members on the same line; or a heading
        # whose enumerator the copy lost, told by its shape (综合协调组。组长：甲；…, 专项工作组 alone on its line)
        bare = None if em or i not in body_lines else _bare_head_at(layout, body_lines[i])
        if em or bare:
            body = raw[em.end():] if em else raw
            # (（一）某某组； a heading closed by the list's semicolon, the line ending with it)
            # (1.综合协调组，组长由甲兼任: the heading closed by a comma before its head's role or its duty)
            # (二、领导小组下设A组和B组。: a numbered sentence that sets groups up, no heading naming one; nor
            # 指挥部设A组和B组。, a group's bare 设 before the list of its parts)
            hm = re.match(r"^(?P<head>[^。，,；;：:]{2,30})(?:[。：:]|[；;]$|$|[，,](?=由|(?:常务|执行)?副?(?:组长|主任|召集人|指挥长)|成员|负责))",
                          body.strip()) if em else \
                re.match(r"^(?P<head>[^。]{2,40})(?:。|$)", body.strip())
            head = _HEADING_TAIL.sub("", re.sub(r"[(（][^()（）]*[)）]$", "", squash(hm["head"]))) if hm else ""
            if head and state.current and _SUBUNITS_HEAD.fullmatch(head) and not state.names.ending_with(head):
                # 三、分组情况 over （一）A组 （二）B组: the groups headed next are parts of the group at hand
                state.pending_parent = _root(state, state.current)
                role = None
                i += 1
                continue
            if head and GROUP_SUFFIX_RE.search(head) and not _INTRO_RE.search(flat) and not _SECTION_HEAD.fullmatch(head) \
                    and not re.search(r"同志|担任|为|由|增补|调整|下设|内设|(?<=[组室部班会委])设(?!施|备|计)", head) \
                    and (em or _bare_group_head(state, head)) \
                    and not ("、" in head and any(_is_role(p) or len(clean_name(p)) <= 3 and p[:1] in SURNAMES
                                                  for p in head.split("、"))):
                _enter_group(state, head, (line.start, line.end))
                role = None
                rest_at = line.start + len(line.text) - len(body.strip()) + hm.end() if hm else line.end
                rest = line.text[rest_at - line.start:]
                if rest.strip():
                    _inline_roles(state, rest, rest_at, region, (line.start, line.end))
                    _prose(state, nfkc(rest), line, region)
                i += 1
                continue
        if table and state.current and len(flat) <= 20 and GROUP_SUFFIX_RE.search(flat) and not _is_role(flat) \
                and not re.search(r"[，。；;：:、]", flat) and _resolve_exact(state, flat) is None:
            # a section row of a member table naming a subgroup: “一地一策”处置组
            state.pending_parent = state.pending_parent or _root(state, state.current)
            _enter_group(state, flat, (line.start, line.end))
            role = None
            i += 1
            continue
        if state.groups and len(flat) <= 30 and GROUP_SUFFIX_RE.search(flat) and not re.search(r"[，。；;：:、]", flat) \
                and "\t" not in line.text and (_resolve_exact(state, flat) or flat.endswith("办公室")) \
                and flat != layout.issuer and not re.search(r"(政府|行政公署)办公室$|办公厅$", flat):  # not a signature
            _enter_group(state, _HEADING_TAIL.sub("", flat), (line.start, line.end))  # 市燃气指挥部办公室
            role = None
            i += 1
            continue
        # 要素保障组：组长由…担任 — a group named as the label of its own line
        gm = _COLON_LABEL_RE.match(raw)
        if gm and not _is_role(gm["label"]) and GROUP_SUFFIX_RE.search(squash(gm["label"])) \
                and not squash(gm["label"]).endswith("单位") \
                and not re.search(r"下设|设立|设置|组建|(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})个", squash(gm["label"])):
            # (领导小组下设三个专项组：: a clause setting up the groups listed next, no group's name)
            _enter_group(state, squash(gm["label"]), (line.start, line.end))
            role = None
            rm = _label(gm["rest"])
            if rm and _is_role(rm["label"]) and not re.search(r"[由为；;。]", gm["rest"]):
                # 标准研制组：组长　甲 — the group's head labelled on the group's own line, no sentence
                _run_on_labels(state, gm["rest"], line.start + gm.start("rest"), region, (line.start, line.end))
            else:
                _prose(state, raw, line, region)
            i += 1
            continue
        _listed(state, flat, (line.start, line.end))
        if i in wrapped:  # a paragraph the page hard-wrapped: its sentences read whole
            _prose(state, nfkc(wrapped[i].text), wrapped[i], region)
        elif not any(k < i <= wrapped[k].end_index for k in wrapped):
            _prose(state, raw, line, region)
        _office_heads_below(state, flat, lines, i)
        # member tables
        if state.current and _spaced_header(line.text):
            i = _numbered_rows(state, lines, i + 1, line.text, region)
            continue
        row = cells(line.text)
        if not row and state.current and (heads or _SUBGROUP_COLUMN.match(flat)):
            # 专项组名称　　组　长　　成员单位 / 甲整治组　　甲某　　某司、某司: a table printed with wide gaps
            spaced = _spaced_cells(line.text)
            if heads and len(spaced) == len(heads) + 1 or not heads and _subgroup_columns([squash(c) for c in spaced]):
                row = spaced
        if row:
            cells_ = [squash(c) for c in row]
            roles = _subgroup_columns(cells_) if state.current else None
            if roles:  # 工作组 | 组长 | 副组长: each row a subgroup of the group at hand and its heads
                heads, heads_parent = roles, state.parents.get(state.current, state.current)
                i += 1
                continue
            if heads and len(cells_) == len(heads) + 1:
                if not re.fullmatch(r"[-:]*", cells_[0]):
                    _subgroup_heads(state, heads_parent, heads, row, line, region)
                i += 1
                continue
            cols = _table_columns(cells_)
            if cols:
                table = cols
                i += 1
                continue
            if table and state.current and len(cells_) > max([table["name"], table.get("role", 0), *table["posts"]]):
                name = clean_name(blank_asides(cells_[table["name"]]))  # 甲某（女）: the aside on the person, no part of the name
                if plausible_name(name):
                    if "role" in table and cells_[table["role"]]:
                        role = cells_[table["role"]]
                    # a 职务 column that holds the group roles (职务 | 姓名 | 单位及职务): the role, not a post
                    roles_at = [c for c in table["posts"] if "role" not in table and GROUP_ROLE_RE.fullmatch(cells_[c])]
                    if roles_at:
                        role = cells_[roles_at[0]]
                    posts = split_posts("".join(cells_[i] for i in table["posts"] if i not in roles_at), line.start,
                                        region=region)
                    _add_members(state, state.current, role or "成员", [(name, posts, (line.start, line.end))],
                                 (line.start, line.end))
                i += 1
                continue
            if not table and state.current:
                got = _headerless_row(state, cells_, line, role, region)
                if got:
                    role = got
                    i += 1
                    continue
        else:
            table = heads = None
        # a line that is only a role (a table's section row: 主　任) starts a block
        if state.current and _is_role(flat) and not _GENERIC.match(flat) and len(flat) <= 6:
            role = flat
            bare = None  # the member last read by name alone, whose posts the next line may hold
            i += 1
            while i < len(lines) and i not in attachment_starts:
                nxt = lines[i]
                nflat = squash(nxt.text)
                if nflat.isdigit() and len(nflat) <= 3:  # (副组长 / 10 / 甲某(…): a box's count of the members)
                    i += 1
                    continue
                held = _held_posts(nxt, region) if bare is not None and "\t" not in nxt.text else []
                if held:  # 甲某 / 开发区党工委副书记、管委会主任: the line under a lone name holds its posts
                    _give_posts(state, bare, held, nxt)
                    bare = None
                    i += 1
                    continue
                if _is_role(nflat) and not _name_and_post(nxt.text, region) or _label(nfkc(nxt.text)):
                    break
                text = " ".join(c for c in (cells(nxt.text) or [nxt.text]) if c.strip())
                members = parse_member(text, nxt.start, region)
                if not members:
                    posts = _posts_line(nxt, region) if bare is not None else None
                    if not posts:
                        break
                    _give_posts(state, bare, posts, nxt)  # 甲某 / 市长: the cell under a name, the name's posts
                    bare = None
                    i += 1
                    continue
                _add_members(state, state.current, role, members, (nxt.start, nxt.end))
                bare = len(state.facts) - 1 if len(members) == 1 and not members[0][1] else None
                i += 1
            continue
        # 组成人员如下：组长：X — the list's first label on the line that announces it (a lost line break)
        fm = re.search(rf"(?:成员|组成人员|人员)(?:名单)?如下[:：][{SPACES}]*", raw)
        lm = _label(raw[fm.end():]) if fm and state.current else None
        if lm and _is_role(lm["label"]):
            role = _run_on_labels(state, raw[fm.end():], line.start + fm.end(), region, (line.start, line.end))
            i = _member_lines(state, lines, i + 1, role, attachment_starts, region)
            continue
        # 指挥部下设办公室，办公室设在某局，办公室主任：甲（兼）。: the label of the office's head inside a sentence
        om = _OFFICE_IN_SENTENCE.search(raw) if state.current and not _label(raw) else None
        if om:
            _inline_roles(state, line.text[om.start("label"):], line.start + om.start("label"), region,
                          (line.start, line.end))
            label_office = state.current
        # role-labelled member lines and their continuation lines
        lm = _label(raw) or _numbered_subgroup_label(raw, em)
        office_role = _office_label(state, lm["label"], (line.start, line.end)) if lm and state.current else None
        office_role = office_role or (_subgroup_label(state, lm["label"], (line.start, line.end)) if lm and state.current
                                     else None)
        if lm and state.current and not office_role:
            _subgroup_before(state, lines, i, lm["label"])
        if office_role:
            label_office = state.current
        elif lm and state.current and state.current == label_office and _is_role(lm["label"]) \
                and state.current in state.parents:
            # 办公室主任：甲 / 成员：乙 丙 — the office was entered by its head's label only: a plain label after it
            # is the group's own again (the office's members would be labelled 办公室成员)
            state.current = state.parents[state.current]
        if lm and not office_role and i >= 1 and _signature_block(lines, i - 1) \
                and not re.search(r"[，,。；;:：、]", lines[i - 1].text):
            i += 1  # 某区监察委员会 / 主任　甲 / 2023年4月18日: the signer's post under the body, no member line
            continue
        if office_role or lm and _is_role(lm["label"]) and state.current:
            role = office_role or squash(lm["label"])
            rest = lm["rest"]
            # (主　任：甲　某场场长； with the list's next entries on the lines after: a line of its own, not a run)
            if re.search(r"[；;。]", rest.rstrip(SPACES + "；;")):
                _inline_roles(state, line.text, line.start, region, (line.start, line.end))
                i += 1
                continue
            members = parse_member(rest, line.start + lm.start("rest"), region) if rest.strip() else []
            run_on = _name_run_on(rest, line.start + lm.start("rest"), lines, i + 1, region) if rest.strip() else None
            if run_on:  # 成员：某局局长　甲某 某局副局长（兼） / 乙某某 …: the last post's holder on the next line
                members = run_on[0]
                i += 1 if run_on[1] else 0
            _add_members(state, state.current, role, members, (line.start, line.end))
            i = _member_lines(state, lines, i + 1, role, attachment_starts, region, colon=lm.re is _COLON_LABEL_RE)
            continue
        # 成员如下： — unlabelled member lines follow
        if state.current and re.search(r"(?:成员|组成人员)(?:名单)?(?:如下|为)[:：]$", flat):
            i = _member_lines(state, lines, i + 1, "成员", attachment_starts, region)
            continue
        i += 1
    _late_offices(state)
    state.facts = _issuer_placed(state, _standing_structure(layout.title or "", state.facts))
    return unique(_town_of_group(state.facts) if not known else state.facts, key=_key)  # (a notice of no named issuer)


#: the title of an emergency plan (应急预案, 处置预案, 預案 in traditional print)
_CONTINGENCY_TITLE = re.compile(r"[预預]案")


def _standing_structure(title: str, facts: list) -> list:
    """``facts`` without the subgroups an emergency plan (``某县防汛抗旱应急预案``) describes where it names no
    member: its 指挥部 and the 办公室 under it are the standing structure the plan would stand up, no body the
    notice sets up (the real pages' golds give such plans no subgroup rows)."""
    if not _CONTINGENCY_TITLE.search(title) or re.search(r"成立|组建|设立|调整|小组", title) \
            or any(isinstance(f, Membership) for f in facts):  # (关于成立某预案编制工作领导小组的通知: a group set up)
        return facts
    return [f for f in facts if not isinstance(f, Subgroup)]


#: a member table's header a PDF's copy printed with single spaces, its words spread: 序号　职　务　姓　名　单位及职务
_HEADER_WORD = r"(?:序号|编号|职务|组内职务|姓名|性别|(?:工作|所在|现)?单位(?:及|和|、)?(?:职务)?|现任职务|备注)"
_SPACED_HEADER = re.compile(rf"{_HEADER_WORD}+")
#: the cells of a row of such a table: its number, then words apart by spaces (1　组　长　甲某某　市政府副市长)
_ROW_NUMBER = re.compile(rf"^[{SPACES}]*(?P<no>\d{{1,3}})[{SPACES}]+(?=\S)")


def _spaced_header(text: str) -> bool:
    """A member table's header printed as spaced words (序号　职　务　姓　名　单位及职务): no cells to split it by."""
    flat = squash(text)
    return bool(re.search(f"[{SPACES}]", text.strip(SPACES))) and "姓名" in flat and "\t" not in text \
        and cells(text) is None and bool(_SPACED_HEADER.fullmatch(flat))


def _numbered_row(text: str, start: int):
    """A numbered row of such a table: (role or None, name, name's span, posts, posts' offset); the role and the name may be
    spread by spaces (组　长, 笪　勋), the posts follow the name. None for another line."""
    m = _ROW_NUMBER.match(text)
    if not m:
        return None
    words = [(w.group(), w.start()) for w in re.finditer(rf"[^{SPACES}]+", text[m.end():])]
    joined = ""
    for k, (word, _) in enumerate(words[:-1]):
        joined += word
        role = re.match(GROUP_ROLE_RE.pattern, joined)
        role = role[0] if role and len(role[0]) < len(joined) else None
        name = joined[len(role):] if role else joined
        if 2 <= len(name) <= 4 and plausible_name(name):
            at = m.end() + words[k + 1][1]
            opens = m.end() + _after_chars(text[m.end():], len(role or ""))
            ends = m.end() + words[k][1] + len(word)
            return role, name, (start + opens, start + ends), text[at:].strip(SPACES), start + at
    return None


def _after_chars(text: str, n: int) -> int:
    """The offset in ``text`` of its first non-space character after ``n`` non-space ones."""
    seen = 0
    for k, ch in enumerate(text):
        if ch not in SPACES:
            if seen == n:
                return k
            seen += 1
    return len(text)


#: a page's running head over a member table's next page (某某人民政府办公室文件): one run of words
_RUNNING_HEAD = re.compile(r"[\u4e00-\u9fff]{4,30}")


def _numbered_rows(state: _State, lines, i: int, header: str, region: str) -> int:
    """Read the rows of a spaced member table from ``i`` on: the page furniture between its pages (第 2 页 共 3 页,
    the running head under it, the header repeated) skipped, a post the page break split (某局副 / 局长) joined;
    a row with no role keeps the one above. Return the first line not read."""
    rows: list[list] = []
    head = squash(header)
    broke = False  # a page break (a page number, the header repeated) just read
    while i < len(lines):
        text, flat = lines[i].text, squash(lines[i].text)
        row = _numbered_row(text, lines[i].start)
        if row:
            rows.append(list(row))
        elif PAGE_NUMBER_LINE.match(text):
            # (a running head under the page number: 某某人民政府办公室文件, one run of words)
            if i + 1 < len(lines) and _RUNNING_HEAD.fullmatch(lines[i + 1].text.strip(SPACES)) \
                    and not _numbered_row(lines[i + 1].text, 0):
                i += 1
        elif _RUNNING_HEAD.fullmatch(flat) and i + 1 < len(lines) and squash(lines[i + 1].text) == head:
            pass  # 某某人民政府办公室文件 over the header repeated: the next page's running head
        elif rows and broke and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", flat):
            rows[-1][3] += flat  # 某局副 | (page break) | 局长: the post the break split
        elif flat != head:
            break
        broke = not row and flat == head or bool(PAGE_NUMBER_LINE.match(text))
        i += 1
    role = None
    for r_role, name, name_span, posts, at in rows:
        role = squash(r_role) if r_role else role or "成员"
        _add_members(state, state.current, role, [(name, split_posts(posts, at, region=region), name_span)],
                     (name_span[0], at + len(posts)))
    return i


def _placed_name(state: _State, group: str) -> str:
    """A group named by its level alone (省某某领导小组, in the prose of a news report) that the notice the report
    quotes names with the issuer's place in front and gives its short name (吉林省某某领导小组（以下简称领导小组）):
    the name with the place."""
    if len(group) < 6:
        return group
    office = re.search(r"(?:办公室|辦公室)$", group)
    if office:  # (领导小组办公室: the office of the group the text names with the place; one the text prints in
        # full by its level, 省某某领导小组办公室, keeps that name)
        return group if group in state.text else _placed_name(state, group[:office.start()]) + office[0]
    place, _ = region_of(state.issuer)
    # 厦门市思明区 -> 厦门市思明区, 思明区: each tail of the issuer's place that opens at a level's boundary
    tails = [place[k:] for k in range(len(place) - 1) if k == 0 or place[k - 1] in LEVEL_CHARS]
    leveled = group[:1] in LEVEL_CHARS
    for tail in tails:
        # (the notice's own sentence gives the full name its short name: 对吉林省X（以下简称领导小组）…; a name with
        # its place in a title alone, 关于调整某县X的通知, leaves the body's 县X the group's name; a repost's headline
        # 某县成立X领导小组 names it with no place: 决定成立某县X领导小组（以下简称…） names it in full)
        full = (tail[:-1] + group if tail.endswith(group[0]) else None) if leveled else tail + group
        if full and len(tail) > 1 and re.search(re.escape(full) + r"[(（](?:以下)?[简簡][称稱]", state.text):
            return full
    return group


def _issuer_placed(state: _State, facts: list) -> list:
    """The facts with each group named by its level alone renamed by ``_placed_name``."""
    if not state.issuer:
        return facts
    out = []
    for f in facts:
        if isinstance(f, Membership):
            f = replace(f, group=_placed_name(state, f.group))
        elif isinstance(f, Subgroup):
            f = replace(f, group=_placed_name(state, f.group), parent=_placed_name(state, f.parent))
        out.append(f)
    return out


#: a group named by its township (某某乡老年人疫苗接种工作专班, 某某镇森林防火指挥部): the township's name
_TOWN_GROUP = re.compile(r"^(?P<town>(?![全本该各我每])[\u4e00-\u9fff]{1,4}?[乡镇])(?![镇乡政党人])")


def _town_of_group(facts: list) -> list:
    """A member's post printed with the township's level alone (``乡党委书记``, ``镇防控办主任``) in a group
    the township names (某某乡…专班): that township's body (某某乡党委). A group named by no township, or
    a post of a body of its own name, keeps the post as printed. Only in a notice whose issuer is not named (an
    excerpt without its letterhead): a township's own notice prints its posts as it names them."""
    moved: dict = {}
    out = []
    for f in facts:
        town = _TOWN_GROUP.match(f.group) if isinstance(f, Membership) and f.group else None
        if town and f.posts:
            posts = []
            for post in f.posts:
                level = town["town"][-1]
                if post.agency[:1] == level and len(post.agency) > 1 and post.agency[1] not in "乡镇村":
                    new = replace(post, agency=town["town"] + post.agency[1:])
                    moved[(f.person, post.agency, post.title, post.span)] = new
                    post = new
                posts.append(post)
            f = replace(f, posts=tuple(posts))
        out.append(f)
    return [replace(f, post=moved[(f.person, f.post.agency, f.post.title, f.post.span)])
            if isinstance(f, Position) and (f.person, f.post.agency, f.post.title, f.post.span) in moved else f
            for f in out]


#: a page's title that is a working group's name and nothing else (an encyclopedia's page on the group)
_GROUP_TITLE = re.compile(r"[\u4e00-\u9fff]{4,30}(?:领导小组|工作小组|指挥部|联席会议|工作专班|分会)")


#: a section heading over the work groups a group is divided into (三、分组情况, 四、工作分组, 三、专项工作组设置)
_SUBUNITS_HEAD = re.compile(r"(?:工作|专项|专项工作)?(?:分组|工作组|小组|专项组)(?:情况|设置|安排|分工|及(?:其)?职责|职责)?"
                            r"|工作分组(?:情况|及职责)?"
                            # (二、领导小组下设专项组 / 二、指挥部下设工作组: the groups headed next are its parts)
                            r"|(?:[\u4e00-\u9fff]{0,16}?(?:小组|指挥部|专班|委员会|联席会议))?下设(?:的)?(?:专项|工作|专项工作)?(?:组|小组|专班)")
#: a plan's section heading about how it is organised (八、组织领导机构), not a group's name
_SECTION_HEAD = re.compile(r"组织(?:领导)?(?:机构|领导|实施)(?:及(?:其)?职责)?")


#: header cells of a member table
_MEMBER_HEADER = re.compile(r"序号|姓名|名字|性别|民族|(?:工作)?单位(?:及|和)?(?:职务)?|(?:现任)?职务|(?:组内|小组|组|指挥部|专班|"
                            r"领导小组|委员会|联席会议)?(?:职务|分工|职责)|成员类别|组别|角色|担任职务|备注")


def _role_by_cells(cols: dict, head: list[str], row: list[str]) -> None:
    """A table's role column where the header names none but prints 职务 twice, bare and with the unit (职务 | 姓名 |
    单位职务): the bare one holds the group role (专班长), told by its first row's cell; moved to role."""
    bare = [c for c in cols["posts"] if head[c] == "职务"]
    if len(bare) == 1 and any("职务" in head[c] for c in cols["posts"] if c != bare[0]) and _is_role(row[bare[0]]):
        cols["posts"].remove(bare[0])
        cols["role"] = bare[0]


def _flattened_members(state: _State, lines, i: int, region: str) -> int:
    """A member table a page flattened to one cell per line: header cells (姓名 / 单位及职务 / 组内职务),
    then each row's cells in the header's order; the first line after the table is returned."""
    j = i
    while j < len(lines) and j - i < 8 and _MEMBER_HEADER.fullmatch(squash(lines[j].text)):
        j += 1
    head = [squash(ln.text) for ln in lines[i:j]]
    cols = _table_columns(head)
    if len(head) < 2 or not cols:
        return i
    width, k, read = len(head), j, False
    if "role" not in cols and k + width <= len(lines):
        _role_by_cells(cols, head, [squash(ln.text) for ln in lines[k:k + width]])
    role = None
    while k + width <= len(lines):
        row = [squash(ln.text) for ln in lines[k:k + width]]
        if role and cols.get("role") == 0 and not _is_role(row[0]) and _short_name(clean_name(blank_asides(row[0]))):
            row = [role] + row[:-1]  # (副专班长 / 甲 / 某职务 / 乙 / 某职务: a role cell merged over two rows)
            k -= 1
        name = clean_name(blank_asides(row[cols["name"]]))  # (甲某（女，满族）: the aside no part of the name)
        role = row[cols["role"]] if "role" in cols else "成员"
        if not _short_name(name) or not _is_role(role) or "序号" in head and not re.fullmatch(r"\d{1,3}", row[0]):
            break
        at = lines[k + (cols["posts"][0] if cols["posts"] else cols["name"])].start
        posts = split_posts("".join(row[c] for c in cols["posts"]), at, region=region) if cols["posts"] else []
        span = (lines[k].start, lines[k + width - 1].end)
        name_line = lines[k + cols["name"]]
        _add_members(state, state.current, role, [(name, posts, (name_line.start, name_line.start + len(name)))], span)
        k += width
        read = True
    return k if read else i


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _bare_head_at(layout: Layout, k: int) -> int | None:
    """The end of the heading line ``k`` of the layout opens with, told by its shape alone (parts.bare_heading: its
    enumerator lost in the copy), where it stands between paragraphs: the line before it is no sentence the page
    wrapped onto it (…决定成立某某领 / 导小组。其主要任务是…)."""
    end = bare_heading(nfkc(layout.lines[k].text))
    if end is None:
        return None
    before = next((ln.text for ln in reversed(layout.lines[:k]) if _HAN.search(ln.text)), "")  # (not a page's number)
    return end if after_paragraph(nfkc(before)) else None


def _bare_group_head(state: _State, head: str) -> bool:
    """A heading without its enumerator names a group, not a body that signs or issues (某市某某委员会, 中共某区委办公室
    on a line of their own): a committee the text knows, an office of a group (领导小组办公室, 办公室), any other
    group's name (综合协调组, 某某指挥部); no clause (甲组下设五个小组)."""
    if re.search(r"下[设設]|设立|設立", head):
        return False
    if head.endswith("委员会") or head.endswith("委員會"):
        return _resolve_exact(state, head) is not None
    base = head.removesuffix("办公室").removesuffix("辦公室")
    if base != head:
        return not base or bool(_GENERIC.match(base)) or bool(GROUP_SUFFIX_RE.search(base)) \
            or _resolve_exact(state, head) is not None
    return True


def _section_heading(lines, i: int, raw: str) -> bool:
    """Line ``i`` is a part's heading whose enumerator the copy lost, not a member's name: a phrase of four
    characters or more shaped as a heading (parts.bare_heading) with the part's running text under it or after it."""
    end = bare_heading(raw)
    if end is None or len(squash(re.sub(r"[(（][^()（）]*[)）]$", "", raw[:end].rstrip()))) < 4:
        return False
    if end < len(raw.rstrip()):
        return True  # 督导内容。重点督导…
    return i + 1 < len(lines) and bool(re.search(r"[。；;]\s*$", lines[i + 1].text)) \
        and bool(_SENTENCE_MARK.search(lines[i + 1].text))


#: a numbered item that opens with a verb of decision (增补甲为…委员, 接受乙辞去…的请求, 免去丙…职务): a decision
#: of its own, which ends the member list above it
_DECISION_ITEM = re.compile(r"[\s\u3000]*(?:增补|补选|增选|任命|免去|接受|同意|决定|聘请|聘任|推选|选举|撤销|调整)")


#: a news app's fold of a long text, a line of its own inside a copied list: 展开全文 ∨, 点击展开阅读全文 ▼
_FOLD_MARK = re.compile(r"(?:点击)?(?:展开(?:阅读)?全文|阅读全文|展开更多|查看全文)[∨∧⌄﹀▼▽↓>＞…]*")


#: a member line under a unit's label, its holders' bare titles after their names: ``国土空间规划处：甲某　处长；乙某　副处长``,
#: ``镇党政办：丙某（主任）、丁某（副主任）`` (成员：（按处室、单位排列） above it)
_UNIT_LINE = re.compile(rf"^[{SPACES}]*(?P<unit>[\u4e00-\u9fff()（）]{{2,30}}?)[{SPACES}]*[:：][{SPACES}]*(?P<rest>\S.*?)[{SPACES}。;；]*$")
#: one holder in it: a name, then its title after spaces or in parentheses (甲　某　处长 / 甲某（主任）)
_UNIT_ENTRY = re.compile(rf"^[；;、，,]?[{SPACES}]*(?P<name>[\u4e00-\u9fff·](?:[{SPACES}]?[\u4e00-\u9fff·]){{1,4}}?)"
                         rf"(?:[{SPACES}]+(?P<spaced>[\u4e00-\u9fff]{{2,8}})|[(（](?P<bracketed>[\u4e00-\u9fff]{{2,8}})[)）])[{SPACES}]*$")
#: a group's own office as a label (领导小组办公室：甲　主任): the group's office, no unit members come from
_GROUP_OFFICE = re.compile(r"^(?:[\u4e00-\u9fff]*(?:小组|指挥部|专班|联席会议|委员会))?办公室$")


def _unit_members(text: str, at: int) -> list:
    """Members printed under their unit's label (``厅办公室：甲某　主任``): each name with the unit's post of the
    title after it; [] unless the label ends as a body's name and every entry is a name and a title."""
    m = _UNIT_LINE.match(text)
    unit = squash(m["unit"]) if m else ""
    if not m or not AGENCY_END_RE.search(unit) or _is_role(unit) or _GROUP_OFFICE.match(unit):
        return []
    got = []
    for part, start in _parts(m["rest"], re.compile(r"[；;、，,]")):
        e = _UNIT_ENTRY.match(part)
        key = e and ("spaced" if e["spaced"] else "bracketed")
        name = clean_name(e["name"]) if e else ""
        if not (e and TITLE_RE.fullmatch(e[key]) and plausible_name(name)):
            return []
        base = at + m.start("rest") + start
        post = Post(agency=unit, title=e[key], span=(base + e.start(key), base + e.end(key)))
        got.append((name, [post], (base + e.start("name"), base + e.end("name"))))
    return got


def _member_lines(state: _State, lines, i: int, role: str, attachment_starts, region: str, colon: bool = False) -> int:
    """Read member lines from ``i`` on (continuation lines of a role); return the first line not read. ``colon``: the
    list's labels carry colons (成　员：), so a line a colon-less label opens may be a member's post (_post_like_label)."""
    while i < len(lines) and i not in attachment_starts:
        nxt = lines[i]
        nraw = nfkc(nxt.text)
        if _FOLD_MARK.fullmatch(squash(nraw)) and i + 1 < len(lines) \
                and parse_member(lines[i + 1].text, lines[i + 1].start, region):
            i += 1  # 展开全文 ∨ (a reader app folded the list there): the list goes on below
            continue
        unit_members = _unit_members(nxt.text, nxt.start) if role == "成员" else []
        if unit_members:  # 国土空间规划处：甲某　处长；乙某　副处长 — the list grouped under its units' labels
            _add_members(state, state.current, role, unit_members, (nxt.start, nxt.end))
            i += 1
            continue
        if _label(nraw) and not (colon and _post_like_label(nxt, region)) or squash(nxt.text) in ("姓名", "名字", "序号"):
            break
        cut = next((m.start() for m in _RUN_ON_LABEL.finditer(nraw) if m.start() > 0), None)
        if cut is not None:
            # 某部部长　甲 成　员：某局局长　乙 (a page that lost its breaks): the next label run on after a member
            head = parse_member(nxt.text[:cut], nxt.start, region)
            if head and all(posts for _, posts, _ in head):
                _add_members(state, state.current, role, head, (nxt.start, nxt.end))
                role = _run_on_labels(state, nraw[cut:], nxt.start + cut, region, (nxt.start, nxt.end)) or role
                i += 1
                continue
        em2 = _ENUM.match(nraw)
        if em2 and _DECISION_ITEM.match(nraw, em2.end()):
            break  # 三、增补甲为某委员会委员: the notice's next decision, no member of the list above
        members = parse_member(nxt.text[em2.end():] if em2 else nxt.text, nxt.start + (em2.end() if em2 else 0), region)
        run_on = _name_run_on(nxt.text, nxt.start, lines, i + 1, region) if not em2 else None
        if run_on:  # 某办副主任（兼） / 甲某某（女）: the post's holder on the next line
            _add_members(state, state.current, role, run_on[0], (nxt.start, lines[i + 1].end))
            i += 2 if run_on[1] else 1
            continue
        if not em2 and not any(posts for _, posts, _ in members) and _section_heading(lines, i, nraw):
            break  # 督导内容 over a paragraph: the next part's heading, its enumerator lost in the copy
        if em2 and not any(posts for _, posts, _ in members):
            break
        if not members or not any(posts for _, posts, _ in members) and len(members) == 1 \
                and len(squash(nxt.text)) > 4 and not _NAME_WITH_BODY.match(squash(nxt.text)) \
                and not _NAME_SPACE_BODY.match(nxt.text.strip(SPACES)) and not _name_space_post(nxt.text, 0, region):
            garbled = _GARBLED.search(nxt.text)
            if not garbled or i + 1 >= len(lines) or not parse_member(lines[i + 1].text, lines[i + 1].start, region):
                break
            # a line the copy garbled inside the list: its name if what precedes the damage is one; the list goes on
            name = clean_name(nxt.text[: garbled.start()].strip(SPACES))
            members = [(name, [], (nxt.start, nxt.start + garbled.start()))] if _short_name(name) else []
        _add_members(state, state.current, role, members, (nxt.start, nxt.end))
        i += 1
    return i


def _post_like_label(line, region: str) -> bool:
    """Whether a line a colon-less label opens (``办公室主任　　田　野``) is, inside a list whose labels carry colons,
    a member's post and name: the words read as a post of the body's own office, the name after them (a court's
    list, posts before names: 成　员：立案庭庭长　甲 / 办公室主任　乙)."""
    raw = nfkc(line.text)
    if _COLON_LABEL_RE.match(raw) or not _BARE_LABEL_RE.match(raw):
        return False
    members = parse_member(line.text, line.start, region)
    lead = line.start + len(line.text) - len(line.text.lstrip(SPACES))
    return len(members) == 1 and bool(members[0][1]) and members[0][1][0].span[0] == lead


#: a name at a line's start, an aside on the person after it (甲某某（女）), then a space or the line's end
_LEAD_NAME = re.compile(rf"^[{SPACES}]*(?P<name>[\u4e00-\u9fff]{{2,4}})(?:[(（][^()（）]{{1,6}}[)）])?(?=[{SPACES}]|$)")
#: a post at a line's end, an aside on the post after it (某局副局长（兼）)
_POST_AT_END = re.compile(rf"(?P<post>[^{SPACES}()（）]{{2,40}})(?:[(（][^()（）]{{1,6}}[)）])?[{SPACES}]*$")


def _glued_name(word: str) -> bool:
    """A word that opens with a name glued to its posts (甲某某省某社主任, 乙某县长), not with a body's name
    (区财政局局长: no name 区财政)."""
    split = split_name_posts(word)
    return bool(split) and (split[1][0] in LEVEL_CHARS or bool(TITLE_RE.fullmatch(split[1])))


def _name_run_on(text: str, at: int, lines, i: int, region: str):
    """A member line of posts before names that ends with a post, its holder's name put at the next line's start
    (a list run onto one line, a break then put after the post's aside: ``成员：某局局长　甲某某 某局副局长（兼）`` /
    ``乙某某 某办主任　丙某某``): the members of the two lines read as one; None unless the line's last word is a post
    and not a name, the line opens with a post, the next line opens with a name, and the joined reading gives every
    member posts before its name, that name the line's last post.
    Returns the members and whether the next line was read whole."""
    if i >= len(lines) or _label(nfkc(lines[i].text)):
        return None
    nxt = lines[i].text
    gap = lines[i].start - at - len(text)
    end = _POST_AT_END.search(text)
    lead = _LEAD_NAME.match(nxt)
    first = re.match(rf"[{SPACES}]*(?P<w>[^{SPACES}()（）]+)", text)
    if not (0 <= gap <= 2 and end and lead and first) or plausible_name(end["post"]) or not TITLE_RE.search(end["post"]) \
            or plausible_name(clean_name(first["w"])) or not TITLE_RE.search(first["w"]) or _glued_name(first["w"]) \
            or TITLE_RE.search(lead["name"]) or lead["name"][0] not in SURNAMES or not _short_name(lead["name"]):
        return None  # (posts first: the line opens with a post, not a name nor a name glued to its post)
    if len(lead["name"]) == 4 and lead["name"][:2] not in COMPOUND_SURNAMES:
        return None  # (a line cut in a name: 甲某某省某局 at a page's end)
    name_at = lines[i].start + lead.start("name")
    for whole, joined in ((True, nxt), (False, nxt[: lead.end()])):
        got = parse_member(text + " " * gap + joined, at, region)
        if len(got) >= 1 and all(posts and posts[-1].span[1] <= span[0] for _, posts, span in got) \
                and any(n == lead["name"] and span[0] == name_at and posts[0].span[0] >= at + end.start()
                        for n, posts, span in got):
            return got, whole
    return None


#: where a copy's encoding damage shows: a question mark or a replacement character amid Han text
_GARBLED = re.compile(r"(?<=[\u4e00-\u9fff·])[?？\ufffd]")


#: words that name a kind of group, not a group: a heading ``三、专项工作组`` is a section title (``三、各专项小组工作职责``:
#: every one of them, no group of its own)
_GENERIC = re.compile(r"^各?(?:专项|工作|领导|议事协调|督导|检查|办事机构和)?(?:工作组|专项组|小组|领导小组|工作专班|专班|指挥部|委员会|"
                      r"联席会议|组织机构|工作机构|机构|分组|推进组|保障组|工作推进组|工作机制|机制|组)$")


def _among_named_peers(name: str, items: list[str]) -> bool:
    """Whether ``name`` (a kind word: 工作小组) is one of a 下设 list of three or more groups, another of them named
    by its own work, no kind word nor an office (下设工作小组、检查小组、宣传小组等专项小组: 宣传小组)."""
    items = [re.sub(r"等$", "", x) for x in items]
    groups = [x for x in items if GROUP_SUFFIX_RE.search(x) and not x.endswith("办公室")]
    return len(groups) >= 3 and any(x != name and not _GENERIC.match(x) for x in groups)


def _enter_group(state: _State, head: str, span) -> None:
    """A heading names a group: a known one, or a subgroup of the group that set them up."""
    base = head.removesuffix("办公室")
    if head in state.parents and head != base + "办公室":
        state.current = head  # 1.工作小组 under 下设工作小组、督查小组…: the subgroup listed by that name, no section title
        return
    if _GENERIC.match(base) or not base:
        # (三、办公室 after the sections on the subgroups, the last of them at hand: the office of the group they
        # are parts of)
        parent = next((state.groups[i] for i in reversed(state.names.ending_with(base))
                       if not state.groups[i].endswith("办公室")), None) \
            if base else _root(state, state.current) if head.endswith("办公室") else state.current
        if head.endswith("办公室") and parent:
            office = _office_of(state, parent, span)
            state.current = office
        elif parent:
            state.current = parent
        elif state.current or state.groups or not base or head.endswith("办公室"):
            state.current = _root(state, state.current)
        elif any(s.endswith(base) and not _GENERIC.match(s) for s in state.stated):
            return  # 一、工作专班 over 成立某市某某工作专班（以下简称专班）: a section's title, the group set up under it
        else:  # 一、领导小组组成人员 in a text that names no group: the group is the heading's name
            state.groups.append(base)
            state.names.add(base)
            state.current = base
        return
    known_group = _resolve_exact(state, head)
    if known_group:
        state.current = known_group
        return
    office = state.names.last(state.names.ending_with("办公室"))
    if head.endswith("办公室") and office:
        state.current = office  # 市燃气指挥部办公室: the office set up above, by its short name
        return
    if head.endswith("办公室") and base in state.aliases and not _OFFICE_SET_UP.search(state.text):
        # 市某委会办公室 after 市某某委员会（以下简称市某委会）, in a text that never sets the office up
        # (下设办公室, 办公室设在…, which name it <group>办公室): named as printed
        office = _introduce(state, head)
        _subgroup(state, office, state.aliases[base], span)
        state.current = office
        return
    if head.endswith("办公室") and state.current:
        parent = _resolve(state, base) or _root(state, state.current)
        office = _office_of(state, parent, span)  # 区森防指办公室: the office of the group at hand
        state.current = office
        return
    short_of = _abbreviated(state, head) if not state.pending_parent else None
    if short_of and short_of[-4:] == head[-4:]:  # (民盟界别小组 under 界别活动领导小组's 12个界别小组: one of them)
        state.current = short_of  # 一、创卫工作领导小组成员名单 under 成立某中学创建卫生城市…工作领导小组: that group
        return
    state.current = head
    if state.pending_parent and head != state.pending_parent:
        _subgroup(state, head, state.pending_parent, span)


#: the label of a group's office head after a sentence's comma: …，办公室设在某局，办公室主任：甲（兼）。
_OFFICE_IN_SENTENCE = re.compile(r"[，,。](?P<label>[\u4e00-\u9fff]{0,30}?办公室(?:常务|第一)?副?主任)[:：]")
#: a role label naming the office of a group: 办公室主任, 领导小组办公室副主任, 某某指挥部办公室主任
_OFFICE_LABEL = re.compile(r"(?P<group>[\u4e00-\u9fff]{0,30}?)办公室(?P<role>(?:常务|第一)?副?主任)")


def _office_label(state: _State, label: str, span) -> str | None:
    """``办公室主任：甲（兼）`` in a group's member list: the office of the group at hand (or of the group
    the label names) becomes the current group, and the role is the office's (主任). None for other labels."""
    m = _OFFICE_LABEL.fullmatch(squash(label))
    if not m:
        return None
    owner = _root(state, state.current) if not m["group"] or _GENERIC.match(m["group"]) else _resolve(state, m["group"])
    if not owner or owner.endswith("办公室"):
        return None
    office = next((g for g, p in state.parents.items() if p == owner and g.endswith("办公室")), None) \
        or _introduce(state, owner + "办公室")
    _subgroup(state, office, owner, span)
    state.current = office
    return m["role"]


#: a subgroup's name before its head's label: 标准制定组　组长：甲 (the label squashed: 标准制定组组长)
_SUBGROUP_LABEL = re.compile(r"(?P<group>[\u4e00-\u9fff]{1,20}?(?:组|专班))(?P<role>(?:常务|执行)?副?(?:组长|召集人))")


def _numbered_subgroup_label(raw: str, em: re.Match | None) -> re.Match | None:
    """``（一）综合协调组　组长：甲`` — a numbered line that names a subgroup and its head: the label read after the
    enumerator (blanked, so the match's offsets stay the line's); None for any other line."""
    if not em:
        return None
    lm = _label(" " * em.end() + raw[em.end():])
    return lm if lm and _SUBGROUP_LABEL.fullmatch(squash(lm["label"])) else None


def _subgroup_label(state: _State, label: str, span=None) -> str | None:
    """``标准制定组　组长：甲`` under a sentence that set the group's subgroups up (下设A组、B组): the subgroup the
    label names becomes the current group, and the role is its own (组长). None for other labels, and for a
    name the text set up as no part of a group."""
    m = _SUBGROUP_LABEL.fullmatch(squash(label))
    if m and m["group"] not in state.names and state.pending_parent and len(m["group"]) >= 3 \
            and not _GENERIC.match(m["group"]) and not _resolve_exact(state, m["group"]):
        # 下设三个专项组，分别承担…： then 政策研究组　组长：甲 — a counted set-up that names no unit: each label's
        # group is one of them
        if _introduce(state, m["group"]) == m["group"]:
            _subgroup(state, m["group"], state.pending_parent, span)
    if not m or m["group"] not in state.names or m["group"] not in state.parents:
        return None
    state.current = m["group"]
    return m["role"]


#: a subgroup's name ending the line before, after a clause's end: …安置组。抢险救援组 / 组长：甲
_TAIL_SUBGROUP = re.compile(r"(?:^|[。；;，,])(?P<group>[^。；;，,：:]{2,20}?(?:组|专班))$")


def _subgroup_before(state: _State, lines, i: int, label: str) -> None:
    """``镇防指下设A组和B组。A组组长：甲；B组组长：乙。`` cut by the page's layout before each label (``…。A组`` /
    ``组长：甲；B组`` / ``组长：乙。``): the subgroup set up above whose name ends the line before, after a clause's
    end, becomes the group at hand."""
    if i == 0 or not re.fullmatch(r"(?:常务|执行)?副?组长", squash(label)):
        return
    m = _TAIL_SUBGROUP.search(squash(lines[i - 1].text))
    if m and m.start() > 0 and state.parents.get(m["group"]) is not None:
        state.current = m["group"]


#: a role label inside a line, after a space (a page that lost its line breaks: 总指挥：甲 副总指挥：乙 成　员：丙)
_RUN_ON_LABEL = re.compile(rf"(?<=[{SPACES}])(?=(?:办公室)?(?:{'|'.join(_spaced(w) for w in sorted(GROUP_ROLES, key=len, reverse=True))})"
                           rf"[{SPACES}]*[:：])")
#: the prose after a list's last member, on the same line: a word with a comma or a stop (指挥部下设办公室，…)
_PROSE_AFTER = re.compile(rf"(?<=[{SPACES}])[^{SPACES}(（]*[，,。；;]")


def _run_on_labels(state: _State, text: str, at: int, region: str, span) -> str:
    """``组长：甲 某局局长 副组长：乙 某局局长 成　员：丙…`` — the labels of a list a page printed on one line,
    each with the members up to the next label (the prose after the last member left out); the last label's role
    (its members may go on over the next lines)."""
    role = ""
    for seg, s in _parts(text, _RUN_ON_LABEL):
        lm = _label(seg)
        if not lm or not _is_role(lm["label"]):
            continue
        role = squash(lm["label"])
        rest = lm["rest"]
        prose = _PROSE_AFTER.search(rest)
        rest = rest[: prose.start()] if prose else rest
        _add_members(state, state.current, role, parse_member(rest, at + s + lm.start("rest"), region), span)
    return role


def _parts(text: str, sep: re.Pattern) -> list[tuple[str, int]]:
    """``text`` cut before each match of ``sep`` (a position), each part with its offset."""
    cuts = [0] + [m.start() for m in sep.finditer(text) if m.start() > 0] + [len(text)]
    return [(text[a:b], a) for a, b in zip(cuts, cuts[1:]) if b > a]


def _inline_roles(state: _State, text: str, at: int, region: str, span) -> None:
    """``组长：郭勇（…）；副组长：刘伟（…）、谭志红（…）。负责…`` on one line."""
    if not state.current:
        return
    pos = 0
    entered = None  # the office a label of its head made the group at hand (办公室主任：甲（兼）。)
    last = None  # the role of the label before, while the list goes on past ； (none after a 。)
    for seg in re.split(r"[；;。]", text):
        s = text.index(seg, pos)
        pos = s + len(seg)
        lm = _label(nfkc(seg.strip(SPACES)))
        if not lm or not _is_role(lm["label"]):
            if last and seg.strip(SPACES):
                last = _unlabelled_entry(state, seg, at + s, last, region, span)
            last = last if pos < len(text) and text[pos] in "；;" else None
            continue
        role = _office_label(state, lm["label"], span)  # the office's own role (主任), the office the group at hand
        last = role or squash(lm["label"]) if pos < len(text) and text[pos] in "；;" else None
        if role:
            entered = state.current
        elif entered and state.current == entered and state.current in state.parents:
            state.current = state.parents[state.current]  # …；成员：乙: a plain label is the group's own again
        lead = len(seg) - len(seg.lstrip(SPACES))
        rest_at = at + s + lead + lm.start("rest")
        rest = lm["rest"]
        members = parse_member(rest, rest_at, region)
        prose = None if members else _PROSE_AFTER.search(rest)
        if prose:  # 成员：甲（…）、乙（…） 领导小组下设办公室，…: the sentence after the last member left out
            members = parse_member(rest[: prose.start()], rest_at, region)
        _add_members(state, state.current, role or squash(lm["label"]), members, span)


def _unlabelled_entry(state: _State, seg: str, at: int, role: str, region: str, span) -> str | None:
    """``副主任：乙　某场副场长；丙　某科科长；``: an entry with no label after one with a label, parted by ；, is the
    same role's (a name and its posts, nothing else); the role while the list goes on, None where ``seg`` is no
    such entry (the prose after the list)."""
    members = parse_member(seg, at, region)
    if len(members) != 1 or not members[0][1] or not seg.strip(SPACES).startswith(members[0][0][:1]):
        return None
    _add_members(state, state.current, role, members, span)
    return role


def _list_heading(state: _State, lines, i: int, flat: str) -> bool:
    """A line that heads a member list (``某某执委会组织机构及人员名单``, ``某某领导小组成员名单``), with the
    first role label on the next line and no attachment mark the layout saw: the group it names."""
    flat = re.sub(r"[:：]$", "", flat)  # (某某领导小组组成人员： over the labels)
    tail = _HEADING_TAIL.search(flat)
    # (a line that is a group's name and nothing else, over the labels: 某县某某委员会 / 主任委员：甲)
    # (not a numbered part of a group, 1.某某组: the heading code reads those)
    bare = not tail and len(flat) >= 6 and re.search(r"(?:领导小组|工作小组|委员会|指挥部|专班|联席会议)$", flat) \
        and not _ENUM.match(flat)
    if not bare and (not tail or not re.search("名单|人员|表", tail.group())) \
            or re.search(r"[，,。；;:：、()（）]", flat) or i + 1 >= len(lines):
        return False
    head = _ENUM.sub("", flat[: tail.start()] if tail else flat)
    nxt = _label(nfkc(lines[i + 1].text))
    if len(head) < 4 or not (GROUP_SUFFIX_RE.search(head) or GROUP_SHORT_RE.search(head)) or _GENERIC.match(head) \
            or not nxt or not _is_role(nxt["label"]) or bare and _signature_block(lines, i):
        return False
    state.current = _introduce(state, head)
    return True


#: a signature's date line: 2023年4月18日, 二〇二三年四月十八日
_DATE_LINE = re.compile(r"^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$")


def _signature_block(lines, i: int) -> bool:
    """Whether lines ``i`` to ``i + 2`` are a signature: the signing body, its head's title and name, the date
    (某区监察委员会 / 主任　甲 / 2023年4月18日): the body's head holds a post, no member of a group it names."""
    return i + 2 < len(lines) and bool(_DATE_LINE.match(squash(lines[i + 2].text)))


#: a heading over a committee's heads: 某委领导, 某某委员会组成人员 (not a congress's or Party's standing committee)
_COMMITTEE_HEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,20}?(?<!常)(?:委员会|委会|委))(?:领导(?:成员)?|组成人员|成员)$")


def _committee_heading(state: _State, lines, i: int, flat: str) -> bool:
    """A short heading naming a committee by its (short) name over its heads' role labels, 委员 among
    them (``某委领导`` / ``主　任：甲`` / ``委　员：乙　丙``): the committee, as printed, is a group. (A
    department's leaders, 某局领导 / 局长：甲, have no 委员.)"""
    m = _COMMITTEE_HEAD.match(flat)
    if not m:
        return False
    labels = []
    for ln in lines[i + 1: i + 8]:
        lm = _label(nfkc(ln.text))
        if not lm or not _is_role(lm["label"]):
            break
        labels.append(squash(lm["label"]))
    if "委员" not in labels or not all(GROUP_ROLE_RE.fullmatch(x) for x in labels):
        return False
    state.current = _introduce(state, m["name"])
    return True


#: a heading over a department's leaders: 某局领导, 某办领导班子
_LEADERS_HEAD = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,20}?)领导(?:成员|班子(?:成员)?)?$")


def _agency_leaders(state: _State, lines, i: int, flat: str, region: str) -> int:
    """A short heading naming a department over its leaders' title labels, names after each
    (``某办领导`` / ``主　任：甲`` / ``副主任：乙　丙``): each name holds that title in the department.
    The first line after the list is returned (``i`` where the line is no such heading)."""
    m = _LEADERS_HEAD.match(flat)
    if not m or not AGENCY_END_RE.search(m["agency"]) or GROUP_SUFFIX_RE.search(m["agency"]) \
            or _COMMITTEE_HEAD.match(flat):
        return i
    read = []
    for ln in lines[i + 1: i + 8]:
        lm = _label(nfkc(ln.text))
        title = squash(lm["label"]) if lm else ""
        members = parse_member(lm["rest"], ln.start + lm.start("rest"), region) if lm and TITLE_RE.fullmatch(title) else []
        if not members or any(posts for _, posts, _ in members):
            break
        read.append((ln, title, members))
    for ln, title, members in read:
        posts = split_posts(m["agency"] + title, ln.start, region=region)  # (县政府领导 / 县长：甲 -> 县人民政府)
        posts = posts[-1:] or [Post(agency=m["agency"], title=title, span=(ln.start, ln.end))]
        for name, _, name_span in members:
            state.facts.append(Position(person=name, post=posts[0], span=(ln.start, ln.end), person_span=name_span))
    return i + 1 + len(read) if read else i


def _resolve_exact(state: _State, head: str) -> str | None:
    if head in state.aliases:
        return state.aliases[head]
    return _first_known(state, head)


def _attachment_note(state: _State, flat: str) -> None:
    """附件：1.X领导小组组成人员名单 — the note introduces the group by its name."""
    m = re.match(r"^附件[:：]?(?:[0-9]+[.．、])?(?P<name>.+)$", flat)
    if not m or _ATTACH_RE.match(flat):
        return
    head = _HEADING_TAIL.sub("", strip_final_punct(m["name"]))
    if GROUP_SUFFIX_RE.search(head) and not head.endswith("委员会"):
        _introduce(state, head)


def _last_named_in(state: _State, text: str) -> str | None:
    """The known group named last in ``text`` (成立以…为组长的X（下设…）: X)."""
    for end in range(len(text), 1, -1):
        found = state.names.suffixes_of(text[:end])
        if found:
            return max((state.names.names[i] for i in found), key=len)
    return None


def _count(n: str) -> int:
    """``17`` / ``十七`` / ``二十`` as a number."""
    if n.isdigit():
        return int(n)
    if n == "两":
        return 2
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if "十" not in n:
        return digits.get(n, -1)
    tens, _, ones = n.partition("十")
    return (digits.get(tens, -1) if tens else 1) * 10 + (digits.get(ones, -1) if ones else 0)


def _listed(state: _State, flat: str, span) -> bool:
    """``X下设N个Y，分别是：A；B；C``: each item (as many as counted, each named like a group) is a
    subgroup of X, or of the group the kind word names (``N个全面深化改革领导小组专项小组``)."""
    found = False
    if _LISTED_COUNT not in flat:
        return found
    for m in _LISTED_RE.finditer(flat):
        # (each item up to its description: 综合协调组，负责统筹；宣传报道组（设在某部）)
        # (1.项目服务组，组长由…；2.要素保障组，…: each item's own enumerator set aside)
        # (A组，组长由甲兼任，负责统计、核查；B组，…: items parted by ；, each with a description that may hold 、)
        parts = re.split(r"[；;]", m["items"]) if re.search(r"[；;]", m["items"]) else re.split(r"[、；;]", m["items"])
        items = [strip_final_punct(re.split(r"[，,：:(（]", _ENUM.sub("", x))[0]) for x in parts]
        items = [x for x in items if x]
        if len(items) != _count(m["n"]) or not all(GROUP_SUFFIX_RE.search(x) and not _GENERIC.match(x) for x in items):
            continue
        subject = _ENUM.sub("", m["subject"]).removeprefix("在")
        parent = (_resolve(state, subject) or _last_named_in(state, subject)) if subject else None
        if not subject:  # 协调小组办公室设在某局，下设4个工作组: the subject of the clause before
            parent = _clause_subject(state, flat, m.start(), span)
        km = re.match(rf"^(?P<parent>.{{2,40}}?{GROUP_SUFFIX_RE.pattern.rstrip('$')})(?=.)", m["kind"])
        if parent is None and km and not _GENERIC.match(km["parent"]):
            parent = _first_known(state, km["parent"]) or _introduce(state, km["parent"])
        if parent is None:
            continue
        state.pending_parent = parent
        state.listed = []
        if m["office"]:  # 下设办公室和N个工作组：A、B: the group's office besides them
            _office_of(state, parent, span)
        for item in items:
            name = _introduce(state, item)
            _subgroup(state, name, parent, span)
            state.listed.append(name)
        found = True
    return found


#: a sentence that sets up a group's office: 下设办公室, 办公室设在某局
_OFFICE_SET_UP = re.compile(r"下设办公室|办公室(?:[(（][^()（）]{1,20}[)）])?设(?:在|于)")
#: the kinds of group that have an office (某某领导小组办公室)
_OWNER_KIND = re.compile(r"(?:领导小组|工作小组|指挥部|委员会|专班|联席会议)$")


#: a clause that opens with a group (or its office) and says where it sits or what it does
_CLAUSE_SUBJECT_RE = re.compile(r"(?P<ref>[^，,。；;、]{2,40}?(?:领导小组|工作小组|协调小组|小组|指挥部|委员会|专班|联席会议))"
                                r"(?P<office>办公室)?(?:设在|设于|由|负责|为|是)")


def _clause_subject(state: _State, flat: str, at: int, span) -> str | None:
    """The group a clause ending in a comma right before ``at`` opens with (``X办公室设在某局，`` -> X's office):
    the subject of a clause that leaves it out (``…，下设4个工作组``); None where that clause names none."""
    if at == 0 or flat[at - 1] not in "，,":
        return None
    start = max(flat.rfind(c, 0, at - 1) for c in "，,。；;") + 1
    m = _CLAUSE_SUBJECT_RE.match(flat, start, at - 1)
    if not m:
        return None
    owner = _resolve(state, m["ref"])
    if not owner or not m["office"]:
        return owner
    return _office_of(state, owner, span)


_ARTICLE = re.compile("^" + ARTICLE_NO)
#: a group's office that does the group's daily work: 某某领导小组办公室负责…, 联席会议办公室要… (不是 负责人/负责同志)
#: (or in a note in brackets after a task: …修订完善预案。（旗某某指挥部办公室负责）, 组织检查评比（县某某指挥部办公室负责）:
#: the bracket and the task before it no part of the name)
_ACTING_OFFICE_RE = re.compile(r"(?:^|(?<=[。；;，,:：(（]))(?P<ref>[^，,。；;:：、“”各()（）]{0,40}?(?:领导小组|工作小组|指挥部|委员会|专班|联席会议))"
                               r"办公室(?=(?:具体)?负责(?![人同])|要(?!求)|承担)")


def _acting_office(state: _State, flat: str, span) -> None:
    """``某某领导小组办公室负责日常管理工作``: the office of a group the text names (in full, or by its kind
    word for the group at hand) is a part of that group, though no sentence sets it up."""
    if "办公室" not in flat:
        return
    for m in _ACTING_OFFICE_RE.finditer(flat):
        ref = _ARTICLE.sub("", m["ref"])  # (第四条 某某领导小组办公室负责…: an article's number)
        owner = _resolve(state, ref) if _GENERIC.match(ref) else _resolve_exact(state, ref)
        aside = flat[m.start() - 1: m.start()] in ("(", "（")  # (a task's note, 某某（县某指挥部办公室负责）: no set-up)
        if owner is None and not _GENERIC.match(ref) and _OWNER_KIND.search(ref) and len(ref) >= 9 \
                and not ref.endswith("委员会") and not aside \
                and _named_apart(state, ref):  # (某某委员会办公室: a department's own office, unless a known group's)
            owner = _introduce(state, ref)  # 上海市某某管理领导小组办公室负责…: the group named in full
        if owner is None and _GENERIC.match(ref):
            state.unowned_offices.append((ref, span))  # (a page cut above the group's name, printed further down)
        if not owner or owner.endswith("办公室") or _has_office(state, owner):
            continue
        _office_of(state, owner, span)


def _named_apart(state: _State, ref: str) -> bool:
    """Whether the text names the group ``ref`` on its own too, not only as its office's owner (第三条 某某领导小组负责
    领导…: a group the measures set working; not a plan's 保障措施 line 县某某领导小组办公室负责日常协调, the only
    mention of a group some other notice set up)."""
    return re.search(re.escape(ref) + "(?!办公室)", squash(state.text)) is not None


#: the kinds of group whose office a text names in full (某某领导小组办公室)
_OFFICE_OWNERS = "(?:领导小组|工作小组|指挥部|专班|联席会议)"
#: a group's office named in full as the subject of what it does, besides 负责/要/承担 (_ACTING_OFFICE_RE):
#: 某某普查领导小组办公室统一制定… / 某某领导小组办公室将督促… / …办公室会同某局…
_OFFICE_AT_WORK_RE = re.compile(rf"(?:^|(?<=[。；;，,:：]))[(（]?(?P<ref>(?![(（])[^，,。；;:：、“”各的]{{4,40}}?{_OFFICE_OWNERS})"
                                r"办公室(?=(?:将|统一|会同|牵头|及时|定期|适时|分别|具体)?(?:组织|制定|督促|指导|汇总|协调|"
                                r"部署|召开|印发|下发|开展|做好|派出)|将|统一|会同)")


#: words that make a clause, not a group's name, of what comes before the office (省某厅：配合和协助联席会议办公室…)
_VERB_IN_REF = re.compile(r"配合|协助|参与|负责|会同|^(?:向|由|对|在|报|经|按|请|与|及|和)")


#: a group's office named in full and given a short name: (会议议题由)某某领导小组办公室(以下简称某某办)
_OFFICE_SHORT_NAMED_RE = re.compile(rf"(?:^|(?<=[。；;，,:：由]))(?P<ref>[^，,。；;:：、“”各的由]{{4,40}}?{_OFFICE_OWNERS})"
                                    r"办公室[(（](?:以下)?简称")


def _office_at_work(state: _State, flat: str, span) -> None:
    """``某某领导小组办公室统一制定…``: the office of a group named in full (a known group, or a name of
    nine characters or more ending in a group's kind word) is a part of that group, as _acting_office reads
    it after 负责; once per group."""
    if "办公室" not in flat:
        return
    for m in _OFFICE_AT_WORK_RE.finditer(flat):
        ref = _ARTICLE.sub("", m["ref"])
        if _GENERIC.match(ref):
            continue  # (领导小组办公室将…: the group at hand's, read where its office is set up)
        owner = _resolve_exact(state, ref)
        if owner and owner.endswith(ref) and "的" in owner[: -len(ref)]:
            owner = _set_up_group(state, ref)  # (组建了强有力的X…，X办公室将…: the words before 的 are no part of X)
        if owner is None and len(ref) >= 9 and not _VERB_IN_REF.search(ref):
            owner = _introduce_aside(state, ref)
        if owner and not owner.endswith("办公室") and not _has_office(state, owner):
            _office_of(state, owner, span)
    for m in _OFFICE_SHORT_NAMED_RE.finditer(flat):
        # (the group known already: a text about it names its office so; one only named, no part of this text's)
        ref = _ARTICLE.sub("", m["ref"])
        owner = None if _GENERIC.match(ref) else _resolve_exact(state, ref)
        if owner and not owner.endswith("办公室") and not _has_office(state, owner):
            _subgroup(state, _introduce_aside(state, ref + "办公室"), owner, span)  # (named as printed)


def _late_offices(state: _State) -> None:
    """An office that does its group's work in a sentence before the group is named (a page cut above the
    group's name: 联席会议办公室负责… over an attached 某某联席会议组成人员名单): the office of the one group of
    that kind the text names, where there is exactly one."""
    for ref, span in state.unowned_offices:
        owners = {state.groups[k] for k in state.names.ending_with(ref) if not state.groups[k].endswith("办公室")}
        if len(owners) == 1:
            owner = owners.pop()
            if not _has_office(state, owner):
                _office_of(state, owner, span)


#: a group that decides to set up parts of itself: 某某总指挥部(研究)决定(设立…)
_DECIDING_RE = re.compile(r"(?P<group>[^，,。；;、的了在和及]{4,40}?)(?:经)?(?:研究)?决定")


def _deciding_group(state: _State, subject: str) -> str:
    """The group named as the subject of 决定 right before the verb that sets up its parts
    (``某某总指挥部决定设立9个工作组``), or "". A 委员会 only where the text knows it as a group (市某某委员会
    is as often a department as a committee)."""
    m = _DECIDING_RE.fullmatch(subject)
    if not m or m["group"].endswith("委员会") and not _resolve_exact(state, m["group"]):
        return ""
    return m["group"]


def _has_office(state: _State, group: str) -> bool:
    """Whether the text has already given ``group`` an office (a part of it named …办公室)."""
    return any(p == group and g.endswith("办公室") for g, p in state.parents.items())


#: a line that only sets up the group's office: 领导小组下设办公室。
_OFFICE_LINE = re.compile(r"^(?P<owner>[^，,。；;：:]{0,40}?)下设办公室[。.]?$")


def _office_heads_below(state: _State, flat: str, lines, i: int) -> None:
    """``领导小组下设办公室。`` on a line of its own over role labels (``主　任：甲`` / ``联络人：乙``): the
    labels are the office's, which becomes the group at hand."""
    m = _OFFICE_LINE.match(flat)
    if not m or not state.current or i + 1 >= len(lines):
        return
    nxt = _label(nfkc(lines[i + 1].text))
    if not nxt or not _is_role(nxt["label"]):
        return
    owner = _resolve(state, m["owner"]) if m["owner"] else _root(state, state.current)
    if owner and not owner.endswith("办公室"):
        state.current = _office_of(state, owner, (lines[i].start, lines[i].end))


def _office_of(state: _State, group: str, span) -> str:
    """``group``'s office (<group>办公室), introduced and made a part of it."""
    office = _introduce(state, group + "办公室")
    _subgroup(state, office, group, span)
    return office


def _subgroup(state: _State, group: str, parent: str, span) -> None:
    if group != parent and state.parents.get(group) != parent:
        state.parents[group] = parent
        state.facts.append(Subgroup(group=group, parent=parent, span=span))


_BLANKS = re.compile(f"[{SPACES}\n]")
_COMMAS = re.compile(r"[，,]")

#: a group's parts listed without a count: 下设机构包括A部、B办公室和C办 / 下设“一办二组”，即办公室、A组和B组 /
#: 下设办公室和A部、B部、C部 (a task force's departments, no word before the list)
#: (the list runs to the sentence's end; the group is the clause's subject or the one the clause before sets up)
_PARTS_LISTED_RE = re.compile(r"(?P<subject>[^，,。；;]{0,40}?)下设(?:的)?(?:机构|部门|工作机构|办事机构|组织机构)?"
                              r"(?:[“\"][^”\"，,。；;]{2,12}[”\"])?(?P<verb>[，,]?(?:包括|分别(?:是|为)|即|有|为|是)[:：]?)?"
                              r"(?P<items>[^。；;:：]{4,400})$")
#: the words that close a counted list: 等5个工作组
_COUNTED = re.compile(r"等|(?:[0-9]+|[一二三四五六七八九十两]{1,3})个")
#: what each part of such a list is named as: a group's kind of unit (部 and 办 of a task force too)
_PART_END = re.compile(r"(?:组|专班|办公室|办|部|中心|指挥部|委员会)$")
#: the group the clause before sets up: 成立以“一部九办”为主体的某县重建工作委员会
_SET_UP_BEFORE = re.compile(r"(?:成立|组建|设立)(?:了)?(?:[^，,。；;]{0,40}的)?(?P<name>[^，,。；;的“”\"]{4,40}?"
                            r"(?:领导小组|工作小组|工作组|专班|指挥部|委员会))$")


def _set_up_group(state: _State, name: str) -> str:
    """The group a clause sets up under ``name`` (its words before the name, 以…为主体的, not part of it)."""
    if name not in state.names:
        state.groups.append(name)
        state.names.add(name)
    return name


def _parts_listed(state: _State, flat: str, span) -> bool:
    """``X下设机构包括A部、B办公室和C办``: each part (three or more, each named like a unit of a group) is a
    subgroup of X — the group the clause names, or the one the clause before it sets up (``成立…X，下设机构
    包括…``); a bare 办公室 is X's own office. A body that is no group (人大常委会下设机构有：办公室、A科) is left.
    Whether a list was read."""
    found = False
    if "下设" not in flat:
        return found
    for m in _PARTS_LISTED_RE.finditer(flat):
        items = [strip_final_punct(x) for x in re.split(r"[、，,]|(?<=[办部组室心班会])(?:和|及|以及)", m["items"])]
        if len(items) < 3 or not all(2 <= len(x) <= 20 and _PART_END.search(x) and not _COUNTED.search(x) for x in items):
            continue  # (A组、B组、C组等5个工作组: a list its count closes, read by _SUB_RE)
        if not m["verb"] and (_COMMAS.search(m["items"])
                              or not any(x.endswith("部") and not x.endswith("指挥部") for x in items)):
            # (下设A组、B组和C组 with no 包括: read by _SUB_RE; 下设办公室和A部、B部、C部: the 部 only here, the list
            # one clause — 下设A组和B组，办公室设在某部: the next clause is no part)
            continue
        subject = m["subject"].removeprefix("在")
        parent = _resolve(state, subject) if subject else None
        if parent is None and not subject and m.start() > 0 and flat[m.start() - 1] in "，,":
            before = flat[max(flat.rfind(c, 0, m.start() - 1) for c in "，,。；;") + 1: m.start() - 1]
            sm = _SET_UP_BEFORE.search(before)
            parent = _set_up_group(state, sm["name"]) if sm else None
        if parent is None or not GROUP_SUFFIX_RE.search(parent):
            continue
        state.pending_parent = parent
        state.listed = []
        for item in items:
            name = _office_of(state, parent, span) if item == "办公室" else _introduce_aside(state, item)
            _subgroup(state, name, parent, span)
            state.listed.append(name)
        found = True
    return found


#: a sentence whose subject is a group the text named before, by its name in full or short (其中，某某工作领导小组呈现
#: “高配”特点。组长为甲，两名副组长是乙和丙): the roles the sentences after it give without a group are that group's
_SUBJECT_GROUP_RE = re.compile(r"^(?:其中|同时|此外|另外)?[，,]?(?P<ref>[^，,。；;、:：“”\"()（）的]{4,40}?"
                               r"(?:领导小组|工作小组|协调小组|指挥部|专班|联席会议|委员会))"
                               r"(?![办主副组成委秘召总指常执第的])")


#: a body a group's heads make up inside it: 筹委会主任、副主任组成的主任办公会作为…决策议事机构
_HEADS_BODY_RE = re.compile(r"(?P<ref>[^，,。；;、“”]{2,30}?)(?:(?:常务|执行)?副?(?:主任|组长|指挥长|召集人)[、和及]?){2,}"
                            r"组成(?:的)?(?P<name>[^，,。；;、:：()（）“”]{2,12}?(?:办公会议?|小组))(?=作为|为|是|[，,。；;]|$)")


def _heads_body(state: _State, flat: str, span) -> None:
    """``筹委会主任、副主任组成的主任办公会``: a body the heads of a group named before make up is part of it."""
    for m in _HEADS_BODY_RE.finditer(flat):
        parent = _resolve(state, m["ref"])
        if parent and not _GENERIC.match(m["name"]):
            _subgroup(state, _introduce_aside(state, m["name"]), parent, span)


def _blank_cuts(sentence: str, flat_len: int) -> list[int]:
    """Where, in the sentence squashed (``flat_len`` long, an enumerator dropped from its front), a run of
    blanks stood between two characters: ``成员：甲 某局副局长 领导小组下设…`` -> the offsets of 某 and 领."""
    squashed = _BLANKS.sub("", sentence)
    shift = len(squashed) - flat_len
    cuts, n, blank = [], 0, False
    for ch in sentence:
        if ch in SPACES or ch == "\n":
            blank = n > 0
            continue
        if blank:
            cuts.append(n - shift)
        n, blank = n + 1, False
    return cuts


def _after_last_cut(m: re.Match, cuts: list[int]) -> str:
    """``m``'s subject from the last blank before its end on (a member list run into the sentence on one line,
    ``…廉彦北县监察局副局长 领导小组下设A组和B组``: 领导小组); the whole subject where no blank stands in it."""
    end = m.end("subject")
    inside = [c for c in cuts if m.start("subject") < c <= end - 2]
    return m.string[inside[-1]:end] if inside else m["subject"]


def _prose(state: _State, raw: str, line, region: str) -> None:
    """Sentences that set up offices and subgroups or name office holders."""
    holder = None  # the group whose head the last sentence named
    for sentence in SENTENCE_END.split(raw):
        flat = _ENUM.sub("", _BLANKS.sub("", sentence))
        span = (line.start, line.end)
        subject = _SUBJECT_GROUP_RE.match(flat)
        if subject and not _GENERIC.match(subject["ref"]) and not _intros(squash(raw)):  # (a set-up's group wins)
            known = state.names.last(state.names.ending_with(subject["ref"])) \
                or next((f.group for f in reversed(state.facts)  # (a group the text named by who heads it: 甲任X组长)
                         if isinstance(f, Membership) and f.group.endswith(subject["ref"])), None)
            if known:
                state.current = known
        _chain_roles(state, flat, line, raw, region)
        parts = _parts_listed(state, flat, span)  # (its list read, the clause is no 下设X组 for _SUB_RE below)
        _visiting_team(state, flat, line, raw, region)
        took = _takes_role(state, flat, line, raw, region)
        _takes_committee(state, flat, line, raw, region)
        _comrades_roles(state, flat, line, raw, region)
        _and_others(state, flat, line, raw, region)
        _heads_body(state, flat, span)
        for m in _NAMED_MEMBERS_RE.finditer(flat):  # 任命A、B为区人大常委会代表资格审查委员会组成人员
            names = [clean_name(n) for n in re.split(r"[、和及]", m["names"])]
            if all(_short_name(n) for n in names):
                _add_members(state, m["group"], m["role"],
                             [(n, [], (line.start + max(raw.find(n), 0), line.start + max(raw.find(n), 0) + len(n)))
                              for n in names], span)
        unheaded = _HEAD_ASIDE.sub("", flat)  # (下设A组（组长：甲）和B组（组长：乙）: the list without its heads)
        cuts = _blank_cuts(sentence, len(flat)) if unheaded == flat else []
        for m in () if parts else _scan(_SUB_RE, _SUB_HINT, unheaded):
            subject = _after_last_cut(m, cuts).removeprefix("在").split("，")[-1]
            parent = _resolve(state, subject.rstrip("(（")) or _last_named_in(state, subject)
            if not m["subject"]:  # 领导小组办公室设在某局，下设A组、B组: the subject of the clause before
                parent = _clause_subject(state, unheaded, m.start(), span) or parent
            if parent is None and subject.endswith("办公室") and len(subject) > 3:
                owner = _resolve(state, subject[:-3]) or (state.current if _GENERIC.match(subject[:-3]) else None)
                if owner is None and _OWNER_KIND.search(subject[:-3]) and not _GENERIC.match(subject[:-3]) \
                        and len(subject) >= 9:
                    owner = _introduce(state, subject[:-3])  # 某市某某工作领导小组办公室下设…: the group named in full
                if owner:  # 领导小组办公室下设A、B组: the office of a group named before, not set up in so many words
                    parent = _introduce(state, owner + "办公室")
                    _subgroup(state, parent, owner, span)
            if parent is None and subject and subject == state.current:
                parent = subject  # 甲处置组下设五个小组, under 甲处置组's own heading: the group at hand
            if parent is None and 0 < len(subject) <= 6 and not re.search(r"[市县区省州]$", subject):
                parent = _root(state, state.current)  # an abbreviation (州防指, 专班) of the group at hand
            if parent is None and _GENERIC.match(subject.removesuffix("办公室")):
                # 领导小组办公室下设…: the group of that kind at hand
                parent = state.names.last(state.names.ending_with(subject.removesuffix("办公室"))) \
                    or _root(state, state.current)
            if parent is None and _GENERIC.match(subject) and not state.groups and re.search(r"组|部|会议", subject):
                # (a copy cut above its set-up: 领导组下设…, the group by its kind, the one at hand)
                parent = state.current = _introduce(state, subject)
            named = re.split(r"决定|同意|明确", subject)[-1] if parent is None else ""
            if parent is None and not named:
                named = _deciding_group(state, subject)  # 某某总指挥部决定设立9个工作组
            if len(named) >= 6 and _OWNER_KIND.search(named) and not _GENERIC.match(named) \
                    and not re.search(r"[、的了在和及]|常务委员会$|人大|政协", named):  # (not a congress's own committees)
                # (省政府决定)省某某工作领导小组下设A组、B组等N个工作组: a group the notice names in full, set up before
                parent = _introduce(state, named)
            if parent is None:
                continue
            if subject.endswith("办公室") and not parent.endswith("办公室"):
                # 领导小组办公室下设A组、B组: the office of the group, set up by being named
                office = _office_of(state, parent, span)
                parent = office
            what = m["what"].removeprefix("的")  # 领导小组下设的A组、B组等6个专业工作组
            kind = m["kind"]
            # 下设A组、B组N个工作组和办公室: the counted groups, then the group's own office
            office_too = re.fullmatch(r"(?P<kind>[^和及]+组)[和及]办公室", kind) if m["n"] and what else None
            if office_too:
                kind = office_too["kind"]
                _office_of(state, parent, span)
            if kind in ("办公室", "工作专班", "专班") and not what:
                office = parent + m["kind"]  # 领导小组下设办公室 / 下设工作专班: the group's own unit
                aliased = state.aliases.get(m["kind"])
                if aliased and aliased != parent:
                    office = aliased  # (设立某某工作专班（以下简称工作专班）…领导小组下设工作专班: that one, named above)
                _introduce(state, office)
                _subgroup(state, office, parent, span)
            elif kind.endswith("办公室") and not re.search(r"[、和及等]", what + kind) and not m["n"] \
                    and len(what + kind) >= 7:
                office = _introduce(state, what + kind)  # 领导小组下设某县迎接某某工作办公室
                _subgroup(state, office, parent, span)
            elif kind.endswith("委员会") and what and not re.search(r"[、和及等]", what) and not m["n"] \
                    and len(what + kind) >= 6 and not flat[: m.start("what")].endswith("设立"):
                sub = _introduce(state, what + kind)  # 委员会下设某某管理分委员会: one committee inside it, named in full
                _subgroup(state, sub, parent, span)
                state.current = sub  # (its heads named next: 分委员会主任委员由甲担任)
            elif kind.endswith(("组", "专班", "队")) or kind.endswith("委员会") and not what and not m["n"] \
                    and not flat[: m.start("what")].endswith("设立"):  # (某政府设立某某委员会: no part of a group)
                state.pending_parent = parent
                state.listed = []
                if not m["n"] and re.search(r"[和及]", kind):
                    # 设综合组和技术组, 下设扑火前线指挥组和后勤保障组: the list's end was read as the kind word
                    what, kind = what + kind, ""
                # 下设A、B组 (no count): the last list item is the kind word itself
                items = [x for x in re.split(r"[、和及]", what) if x]
                # (办公室内设专家组: one unit, the kind word is its whole name; not an aside naming the kind of
                # the units listed next, （下设专项督查组）)
                single = not what and not kind.startswith("专项") and not m["subject"].endswith(("(", "（"))
                last = [kind] if kind and (items or single) and not m["n"] and not _GENERIC.match(kind) \
                    and "等" not in kind and all(GROUP_SUFFIX_RE.search(x) for x in items) else []
                pieces = re.split(r"[、和及]", what)
                if _one_long_unit(flat, m, what):
                    # 局安委会下设地质勘查野外作业安全专项工作组，…: one group whose long name outruns the kind word
                    pieces, last = [what + kind], []
                if "等" in kind and not m["n"] and GROUP_SUFFIX_RE.search(kind.split("等")[0]):
                    pieces.append(kind.split("等")[0])  # 下设A组、B组、C组等工作组: C组 is the last item
                by_comma = [x for x in re.split(r"[、]", re.sub(r"等$", "", what)) if x]
                if m["n"] and len(by_comma) == _count(m["n"][:-1]) != len([x for x in pieces if x]) \
                        and not (pieces[0] == "办公室" and len([x for x in pieces if x]) - 1 == _count(m["n"][:-1])
                                 and state.text.count(pieces[1]) > state.text.count(by_comma[0])):
                    # 下设办公室和综合组、A组等5个工作组: the count says 和 joins one unit (not 下设办公室和A组、B组、
                    # C组三个工作组 where the text names A组 again on its own — A组组长由甲担任: the count is of the groups
                    # after the office, which is the group's own)
                    pieces = by_comma
                if m["n"] and len(by_comma) == _count(m["n"][:-1]) and kind.endswith("组") \
                        and all(2 <= len(x) <= 8 and not GROUP_SUFFIX_RE.search(x) for x in by_comma):
                    # 下设供水、供电2个保障推进组: each named by its line of work and the kind word, or by 组 alone
                    # where only that name recurs in the text (下设防治、检疫2个工作组 … 甲（某部部长，防治组组长）)
                    pieces = [x + "组" if x + kind not in state.text and x + "组" in state.text else x + kind
                              for x in by_comma]
                # 下设A组、保障组N个工作组: each item of a list its count confirms is a name, a kind word's too
                counted = bool(m["n"]) and len([x for x in pieces + last if x]) == _count(m["n"][:-1])
                for name in pieces + last:
                    name = re.sub(r"等$", "", name)
                    if name == "办公室":  # 下设办公室和A组: the group's own office
                        name = _introduce(state, parent + "办公室")
                    if _among_named_peers(name, pieces + last) and name not in state.names:
                        counted = True  # 下设工作小组、督查小组、宣传小组等: a kind word named as a peer of named groups
                    if counted and GROUP_SUFFIX_RE.search(name) and len(name) >= 3 and _GENERIC.match(name) \
                            and name not in state.names:
                        state.groups.append(name)
                        state.names.add(name)
                    if GROUP_SUFFIX_RE.search(name) and len(name) >= 3 and (counted or not _GENERIC.match(name)):
                        _introduce(state, name)
                        _subgroup(state, name, parent, span)
                        state.listed.append(name)
        if state.current:  # 副组长分别为A、B，成员包括：C、D — people named by their posts, listed after the role
            for m in _ROLE_LIST_RE.finditer(flat):
                # (组长为甲，副组长3人，分别为乙、丙: the list ends where the next role's clause opens)
                entries = _ROLE_LIST_END.split(m["entries"], maxsplit=1)[0]
                people = _listed_people(entries, line.start + max(raw.find(entries[:6]), 0), region)
                if people:
                    _add_members(state, state.current, m["role"], people, span)
        _roles_after_set_up(state, flat, line, raw, region)
        _adjusted_to(state, flat, line, raw, region)
        _succeeded(state, flat, line, raw, region)
        _added_to(state, flat, line, raw, region)
        respective = set()  # where a role the subgroups just listed take is printed (no role of the group at hand)
        for m in [*_RESPECTIVELY_RE.finditer(flat), *_RESPECTIVELY_AFTER_RE.finditer(flat)]:
            # 组长分别由A、B、C同志担任 / 分别由A、B、C同志任组长: one head for each subgroup just listed, in order
            names = [clean_name(n) for n in re.split(r"[、和及]", m["names"])]
            if len(names) == len(state.listed) and all(plausible_name(n) for n in names):
                for group, name in zip(state.listed, names):
                    _add_members(state, group, m["role"], [(name, [], span)], span)
                respective.add(m.start("role"))
        _subgroups_headed(state, flat, span)
        for m in _scan(_OFFICE_SEAT_RE, _OFFICE_SEAT_HINT, flat):
            if not m["subject"] and "下设办公室" in flat[:m.start()] and state.current in state.parents:
                # 三、领导小组下设办公室，办公室设在某司 after the subgroups' items: the office the clause before set up,
                # not the last subgroup's
                continue
            parent = _resolve(state, m["subject"]) if m["subject"] else state.current
            if parent is None and len(m["subject"]) <= 8:
                parent = _root(state, state.current)  # an abbreviation (州防指, 专班) of the group at hand
            if parent is None and not state.groups and _GENERIC.match(m["subject"]):
                parent = _introduce(state, m["subject"])  # a page cut above the group's name: 领导小组办公室
            named = _SEAT_OWNER.search(m["subject"]) if parent is None else None
            if named:  # 请径向市某某活动领导小组办公室(设在市某局)反映: the one mention of the group is its office's
                parent = _introduce(state, named["group"])
            if parent and not parent.endswith("办公室") \
                    and not _has_office(state, parent):
                office = parent + "办公室"  # (an office the text set up under its own name stays that one)
                if m["subject"] != parent and (_government_short(state, m["subject"]) == parent
                                               or _level_short(m["subject"], parent)):
                    office = m["subject"] + "办公室"  # 省政府X办公室设在…, 县X办公室设在…: the office as printed
                _introduce(state, office)
                _subgroup(state, office, parent, span)
        _acting_office(state, flat, span)
        _office_at_work(state, flat, span)
        for m in _PROSE_HOLDER_RE.finditer(flat):
            role = m["role"]
            if _FORMER_WORDS.search(_sentence_before(flat, m.start("entries"), 40)) or _FORMER_WORDS.match(m["entries"]) \
                    and not name_shape(clean_name(m["entries"])):  # (组长由曾某某同志兼任: 曾 the surname, not 'once')
                continue  # 首任主任由时任某部部长甲担任: who held the role before, no member by this text
            group = state.current
            if m.start() == 0 and holder and holder.endswith("办公室") and not flat.startswith("办公室"):
                group = holder  # 办公室主任由X兼任；常务副主任由Y兼任: the office goes on
            elif role.startswith("办公室") or (group and "办公室" in flat[: m.start()] + role):
                office = state.names.ending_with("办公室")[-1:]
                office = [state.groups[i] for i in office]
                if not office and group and role.startswith("办公室"):
                    root = _root(state, group)
                    office = [_introduce(state, root + "办公室")]
                    _subgroup(state, office[0], root, span)
                group = office[-1] if office else group
                role = role.removeprefix("办公室")
            known = len(state.groups)
            named = _group_before_role(state, flat, m.start()) if not m["role"].startswith("办公室") else None
            if named and len(state.groups) > known and state.current and _SUBGROUP_CLAUSE.fullmatch(named):
                _subgroup(state, named, state.current, span)  # (…专项小组，组长由甲担任: a working group of the one at hand)
            if role.endswith("部长") and (named is None or not named.endswith("部")):
                continue  # (某部部长由甲兼任 of a 部 the text set up as no group's part: a ministry's head, no member)
            group = named or group
            if not group:
                continue
            members = _title_first_members(m["entries"], line.start + raw.find(m["entries"][:4]), region) \
                or _long_comrade(m["entries"], flat[m.end("entries"):], line.start + raw.find(m["entries"][:4]))
            _add_members(state, group, role, members, span)
            holder = group
        role_lists = [*_ROLE_IS_RE.finditer(flat), *_MEMBERS_ARE_RE.finditer(flat), *_MEMBERS_AMONG_RE.finditer(flat),
                      *_MADE_OF_RE.finditer(flat)] if _LISTED_WORD.search(flat) else []
        _counted_role(state, flat, line, raw, region)
        for m in role_lists:
            # 领导小组副组长为市委常委、常务副市长A，市政府秘书长B / 副组长分别为A、B / 成员包括：A、B
            # (23位委员是A、B…: a head count, the group at hand)
            head = re.sub(r"^(?:共有|共|其中)?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)$", "", m["head"])
            group = _resolve(state, head) if head else _clause_group(state, flat, m.start()) or state.current
            if not group and m.re is _MADE_OF_RE and _SHORT_GROUP.fullmatch(head):
                group = state.current  # 县科委由甲、乙等27名委员组成: the group just set up, named short
            if group:
                members = _title_first_members(m["entries"], line.start + max(raw.find(m["entries"][:4]), 0), region)
                _add_members(state, group, m["role"], members, span)
        named = None  # 项目推进组由宋春生同志任组长，邬振华同志任副组长: the group named at the clause's head
        office_at = None  # 由甲任办公室主任，乙、丙为成员: the office whose head the sentence just named
        commas = [c.start() for c in _COMMAS.finditer(flat)]
        for m in _scan(_PROSE_ROLE_RE, _PROSE_ROLE_HINT, flat) if not took else ():  # (the groups it names: read)
            role = m["role"]
            if m.start("role") in respective:
                continue  # (分别由甲、乙任组长: the heads of the subgroups just listed, read above)
            # the clause's head: after the last comma before the match, less a final 由
            k = bisect_left(commas, m.start())
            lo = commas[k - 1] + 1 if k else 0
            hi = m.start() - 1 if m.start() > lo and flat[m.start() - 1] == "由" else m.start()
            if _FORMER_WORDS.search(flat[max(lo, m.start("entries") - 60):m.start("entries")]):
                continue  # 此前由国务院副总理甲担任主任: who held the role before, no member by this text
            head = flat[max(lo, hi - state.names.longest):hi]  # as long as any group name can be
            joined = m["entries"].startswith("、")  # 某组由甲同志任组长、乙同志任副组长: the clause goes on
            named = (state.names.first(state.names.suffixes_of(head)) if hi > lo and not joined else None) or \
                (named if hi <= lo or joined else None) or (_set_up_before(state, flat, lo) if hi <= lo else None)
            group = named or state.current
            if "办公室" in role or flat[m.end("role"):].startswith("办公室"):
                group = state.names.last(state.names.ending_with("办公室")) \
                    or (_office_of(state, _root(state, group), span) if role.startswith("办公室") and group
                        and not _NAMED_OFFICE_SET_UP.search(flat, 0, m.start()) else None)
            elif not named and office_at and role in ("成员", "委员") and flat[lo:m.start()].find("由") < 0:
                group = office_at  # (members named after the office's head, in the same sentence: the office's)
            elif not named and group and re.fullmatch(r"(?:常务|执行)?副?主任", role) \
                    and not group.endswith(("办公室", "委员会")) and _office_in_sentence(flat, m.start(), role):
                # 由甲兼任办公室主任，乙和丙任副主任 / 下设某某办公室，办公室设在某处，由甲兼任主任: the office's heads,
                # not the group's (a group that is no committee has a 组长, not a 主任)
                group = state.names.last(state.names.ending_with("办公室")) or group
            if not group:
                continue
            entries = re.sub(r"^.*?(?:成立|设立|组建)(?:了)?以", "", m["entries"].removeprefix("、"))  # 我市成立了以市委书记某某为指挥长…
            entries = entries.removeprefix("时任")  # (时任县委书记甲亲自担任总队长: the post he then held, no part of it)
            members = _title_first_members(entries, line.start + max(raw.find(entries[:4]), 0), region) \
                or _long_comrade(entries, flat[m.end("entries"):], line.start + max(raw.find(entries[:4]), 0))
            if not members and flat[m.start("role") - 2: m.start("role")] == "作为":  # 某某副市长作为第一召集人
                who = _name_then_bare_title(entries, line.start + max(raw.find(entries[:4]), 0), region)
                members = [who] if who else []
            if flat[lo:m.start("entries")].find("由") < 0 and not m.group(0).startswith("由"):
                members = _holders_before(flat, commas, k, raw, line, region) + members  # (由 opens no list before)
            _add_members(state, group, role.removeprefix("办公室"), members, span)
            if m["role2"]:
                _add_members(state, group, m["role2"], members, span)
            office_at = group if members and group.endswith("办公室") else None


#: an office the sentence sets up or seats before a role: 下设评建工作办公室 / 办公室设在教务处
_OFFICE_SET_UP = re.compile(r"(?:下设|内设|设立)[^，,。；;]{0,20}办公室|办公室设(?:在|于)")


def _one_long_unit(flat: str, m: re.Match, what: str) -> bool:
    """Whether a ``_SUB_RE`` match sets up one unit whose name runs longer than its kind word can hold
    (某委下设地质勘查野外作业安全专项工作组: ``what`` 地质勘查野外, kind 作业安全专项工作组): no list, no count,
    and a 下设/内设/另设 before it (not 某政府设立X, a body setting up a group of its own)."""
    return bool(what) and not m["n"] and not re.search(r"[、和及等，,（(]", what) \
        and GROUP_SUFFIX_RE.search(what + m["kind"]) is not None \
        and flat[: m.start("what")].removesuffix("的").endswith(("下设", "内设", "另设"))


def _office_in_sentence(flat: str, at: int, role: str) -> bool:
    """Whether the sentence before ``at`` names its office's head (办公室主任, for a deputy) or sets up or seats an
    office (下设某某办公室，办公室设在某处，由甲兼任主任): the 主任 after it is that office's."""
    if "副" in role and "办公室主任" in flat[:at]:
        return True
    return bool(_OFFICE_SET_UP.search(re.split(r"[。；;]", flat[:at])[-1]))


#: an office the sentence sets up under a name of its own before its head's clause (下设某某工作办公室，由甲兼任办公室主任):
#: not the group's bare office
_NAMED_OFFICE_SET_UP = re.compile(r"设(?:立|置)?[^，,。；;]{2,20}办公室")


#: a group named at the head of the clause that gives its head (本届市运会组委会主任由甲担任)
_GROUP_BEFORE_ROLE_RE = re.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,30}?(?:委员会|[组执筹]委会|领导小组|工作小组|指挥部|专班|"
                                   r"联席会议))$")
#: bodies of the state and the Party whose committees are no working groups
_STATE_COMMITTEE = re.compile(r"常务委员会|常委会|人民代表大会|人大|政治协商|政协|纪律检查|监察委员会|管理委员会|中共|党")

#: the setting-up verb, and the body that sets up, before the group a clause names (指挥部下设某组, 成立某组,
#: 指挥部另设某组)
_SETS_UP_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,20}?(?:下设|内设|另设|设立|成立|组建)(?=[\u4e00-\u9fff]{3})")


def _set_up_before(state: _State, flat: str, lo: int) -> str | None:
    """The group the clause before a comma at ``lo - 1`` sets up, where the clause after it opens on 由 and names
    no group (``指挥部另设工程质量监督组，由甲同志任组长``: the head is the new group's), or names alone, one the
    text set up as a subgroup above; None where it sets up none."""
    if not lo:
        return None
    clause = re.split(r"[，,：:、；;。]", flat[max(0, lo - 41):lo - 1])[-1]
    named = _SETS_UP_HEAD.sub("", clause)
    if named == clause:  # 下设两个督查组：第一督查组，由甲同志任组长: a subgroup set up above, a clause of its own
        named = _ENUM.sub("", clause)
        return named if named in state.parents and len(named) >= 3 and not _GENERIC.match(named) else None
    return named if named in state.names and not _GENERIC.match(named) else None


#: a heading over the bodies a notice abolishes: 四、予以撤销的议事协调机构, 撤销的领导小组：, (三)撤销以下机构
_ABOLISHED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?(?:予以|决定|同意)?"
                                r"(?:撤销|撤消|撤并|不再保留)(?:的|以下)?[\u4e00-\u9fff]{0,12}?(?:机构|小组|组织|单位|委员会)"
                                r"(?:名单)?[:：]?$")

#: a sub-group's whole name as a clause of its own before its head's (…改革专项小组，组长由甲担任): a working group's kind
_SUBGROUP_CLAUSE = re.compile(r"[\u4e00-\u9fff“”]{3,30}(?:专项小组|工作小组|专项组|工作组|专班)")

#: a sentence that opens with a group and its head: 要素保障组组长由甲担任，成员有乙、丙 (the group the later roles are of)
_CLAUSE_GROUP_HEAD = re.compile(r"(?P<group>[^，,。；;:：、]{2,30}?(?:组|专班))(?:常务|执行)?副?(?:组长|召集人)(?:由|为)")
_SENTENCE_END = re.compile(r"[。；;]")


def _clause_group(state: _State, flat: str, at: int) -> str | None:
    """The known group whose head the sentence holding ``at`` named first: the group of a role listed later in it
    with no group of its own (…，成员有乙、丙)."""
    start = 0
    for e in _SENTENCE_END.finditer(flat, max(0, at - 200), at):
        start = e.end()
    m = _CLAUSE_GROUP_HEAD.match(flat, start, at)
    return _resolve_exact(state, m["group"]) if m else None


def _group_before_role(state: _State, flat: str, at: int) -> str | None:
    """The group a clause names before the role whose holder it gives (``本届市运会组委会主任由副市长甲担任``): a
    known one it names in full or short, else the one named here; None where the clause names the group at hand
    by its kind alone (领导小组组长由…) or names none."""
    clause = re.split(r"[，,：:、]", flat[max(0, at - 40):at])[-1]
    if not clause and at and flat[at - 1] in "，,":
        # 下设两个工作组：1.项目服务组，组长由甲担任；2.…: a group named as a clause of its own, the role its head
        # holds opening the next one
        named = _ENUM.sub("", re.split(r"[，,：:、；;]", flat[max(0, at - 41):at - 1])[-1])
        named = _SETS_UP_HEAD.sub("", named)  # 指挥部下设抢险组，组长由甲担任: the group the clause sets up
        if named in state.names and len(named) >= 3 and not _GENERIC.match(named):
            return named
        if state.current and _SUBGROUP_CLAUSE.fullmatch(named) and not _GENERIC.match(named):
            return _introduce_aside(state, named)  # (the count that set it up, 下设两个专项小组：, on a line run together)
        named = _part_subject(state, flat, at)
        if named:
            return named
    m = _GROUP_BEFORE_ROLE_RE.search(clause)
    if not m:
        # 下设综合组、督查组，综合组组长由甲兼任: a subgroup the text set up, named whole at the clause's head (a name
        # its kind word alone, 组, does not tell)
        known = state.names.first(state.names.suffixes_of(clause)) if clause else None
        return known if known and len(known) >= 3 and not _GENERIC.match(known) else None
    name = re.sub(r"^(?:本届|本次|这次|此次|新一届|新|该)", "", m["name"])
    if len(name) < 4 or _GENERIC.match(name) or _STATE_COMMITTEE.search(name) or _GOVERNMENT_COMMITTEE.fullmatch(name):
        return None
    return _resolve(state, name) or _introduce_aside(state, name)


def _part_subject(state: _State, flat: str, at: int) -> str | None:
    """The subgroup a sentence part (up to ``at``, since its 。 or ；) opens with, the roles after its commas
    naming that subgroup's heads (``试点推进组负责试点的协调，组长由甲同志兼任，副组长由乙同志兼任``); None
    where the part opens with no known subgroup (an office or the group itself: its roles are read elsewhere)."""
    part = _ENUM.sub("", re.split(r"[。；;]", flat[max(0, at - 200):at])[-1].lstrip())
    found = _subgroup_prefix(state, part)
    if found:
        return found
    # 指挥部下设某某突击队（以下简称突击队），由…组成，队长由甲兼任: the one subgroup the part sets up, its heads
    # given after it (the role the kind of that subgroup: 队长 of a 队, 组长 of a 组)
    set_up = _SETS_UP_HEAD.sub("", part, count=1)
    found = _subgroup_prefix(state, set_up) if set_up != part else None
    if found and not re.match(r"[、和及与]", set_up[len(found):]) and re.match(rf"(?:常务|执行)?副?{found[-1]}长", flat[at:]):
        return found
    return None


def _subgroup_prefix(state: _State, part: str) -> str | None:
    """The longest known subgroup (not an office, not named by its kind alone) ``part`` opens with; None where none."""
    for k in range(min(len(part), 30), 2, -1):
        name = part[:k]
        if name in state.names and name in state.parents and not name.endswith("办公室") and not _GENERIC.match(name):
            return name
    return None


#: a visiting team a news report names by its head: 以省某厅副厅长甲为组长的省某某考核组一行8人 (the team and its
#: head; not a group the text sets up, so not the group at hand for the roles after it)
_VISITING_RE = re.compile(r"(?:^|(?<=[，,：:日]))以(?P<entries>[^，,。；;：:以]{2,60}?)为(?P<role>(?:常务|执行)?副?(?:组长|团长|队长))"
                          r"的(?P<name>[^，,。；;、:：“”\"的]{3,40}?(?:组|团|队))"
                          r"(?=一行|[0-9一二三四五六七八九十]{1,3}(?:人|名)|[，,]|(?:先后)?(?:来|到|赴|莅临|深入|对))")


def _visiting_team(state: _State, flat: str, line, raw: str, region: str) -> None:
    for m in _VISITING_RE.finditer(flat):
        at = line.start + max(raw.find(m["entries"][:4]), 0)
        members = _title_first_members(m["entries"], at, region)
        if len(members) == 1 and GROUP_SUFFIX_RE.search(m["name"]):
            group = _introduce_aside(state, m["name"])
            _add_members(state, group, m["role"], members, (line.start, line.end))


#: words before a holder that make the role a past one: 此前由甲担任, 首任主任由时任…乙担任
_FORMER_WORDS = re.compile(r"此前|时任|時任|首任|以前|曾经?|原任|前任")


#: a clause that gives holders their role (…乙任组长, …丙为副组长) or names a group (成立某某领导小组)
_ROLE_CLAUSE = re.compile(r"[任为](?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长|成员|委员|顾问|政委|联络员|会长)|"
                          r"成立|设立|组建|调整|小组|指挥部|委员会")


def _holders_before(flat: str, commas: list[int], k: int, raw: str, line, region: str) -> list:
    """Holders of one role printed one per comma, each with its chain of posts (由县委书记甲，县委副书记、县长乙
    任顾问；…，县人大常委会副主任丙，县政协副主席丁任副组长): the clauses before the one that names the role, back to
    the 由 that opens the list or to the clause that named the last role. None where neither bounds them."""
    found = []
    for j in range(k - 1, -1, -1):
        lo = commas[j - 1] + 1 if j else 0
        piece = flat[lo:commas[j]]
        opened = re.match(r"^[^，,]{0,40}?由(?=[^由]{2,40}$)", piece)
        if opened:
            piece = piece[opened.end():]
        if _ROLE_CLAUSE.search(piece):
            return found  # (the clause of the last role: those after it are this one's)
        if len(piece) > 40 or not piece:
            return []
        members = _title_first_members(piece, line.start + max(raw.find(piece), 0), region)
        if not members or any(not _short_name(m[0]) or not m[1] for m in members):
            return []  # (each holder is printed with a post: 县政协副主席丁)
        found = members + found
        if opened:
            return found
    return []


#: how many hold a role, before it (两名副组长) or after it (副组长2人，): a count of people
_HEAD_COUNT = r"(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})"
#: a clause that names the holders of another role: ，成员为… / ，副组长由… / ，两名副组长是… / ，副组长2人，分别是…
_NEXT_ROLE = (rf"(?:{_HEAD_COUNT}[名位])?(?:(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长)|成员|委员)"
              rf"(?:{_HEAD_COUNT}[人名位][，,]?)?(?:分别)?(?:为|由|包括|是)")
#: where a list of one role's holders ends: the clause that opens the next role's
_ROLE_LIST_END = re.compile(r"[，,](?=" + _NEXT_ROLE + ")")
#: a word each of _ROLE_IS_RE (…为), _MEMBERS_ARE_RE (成员/委员…) and _MEMBERS_AMONG_RE (…其中) needs
_LISTED_WORD = re.compile(r"为|成员|委员|其中")
#: a head role, then who holds it, each by posts and name: (领导小组)副组长为市委常委、常务副市长A，市政府秘书长B
_ROLE_IS_RE = re.compile(r"(?:^|(?<=[，,]))(?P<head>[^，,。；;:：为]{0,40}?)"
                         r"(?P<role>(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长))"
                         r"(?:分别)?为(?P<entries>[^。；;:：]{2,200}?)(?=$|[，,]" + _NEXT_ROLE + ")")
#: the members of a group listed after a colon (news): 领导小组成员包括：某部副部长甲、某局局长乙
_MEMBERS_ARE_RE = re.compile(r"(?:^|(?<=[，,]))(?P<head>[^，,。；;:：]{0,40}?)(?P<role>成员|委员)(?:包括|有|是|为)[:：]?"
                             r"(?P<entries>[^。；;:：]{2,800}?)(?=$|[。；;]|[，,]负责|[，,]" + _NEXT_ROLE + ")")
#: a head role's holders counted, then listed (news, a notice's prose): 副组长2人，分别是：甲，乙 / 副指挥长两名，
#: 分别是甲、乙 / 两名副组长是甲和乙 (the count is checked against the holders read)
_COUNTED_ROLE_RE = re.compile(rf"(?:^|(?<=[，,]))(?P<head>[^，,。；;:：为是]{{0,40}}?)(?:(?P<before>{_HEAD_COUNT})[名位])?"
                              r"(?P<role>(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长))"
                              rf"(?:(?P<after>{_HEAD_COUNT})[人名位][，,]?)?(?:分别)?(?:是|为)[:：]?"
                              r"(?P<entries>[^。；;:：]{2,200}?)(?=$|[，,]" + _NEXT_ROLE + ")")
#: members counted, some of them named (news): 某委员会委员合计21人，其中有某部部长甲、某委主任乙等 (the named ones)
_MEMBERS_AMONG_RE = re.compile(r"(?:^|(?<=[，,。]))(?P<head>[^，,。；;:：]{0,40}?)(?P<role>成员|委员)(?:合计|共计|共有|共)?"
                               r"[0-9一二三四五六七八九十]{1,3}[人名][，,]其中(?:有|包括)[:：]?(?P<entries>[^。；;:：]{2,400}?)"
                               r"等(?:[0-9一二三四五六七八九十]{1,3}[人名])?(?=[，,。；;]|$)")
#: a group's members listed as what it is made of, counted after them (a chronicle, news):
#: 县科委由甲、乙、丙等27名委员组成 / 专班由甲、乙等5名成员组成 (the group the clause's head, the count no check)
_MADE_OF_RE = re.compile(r"(?:^|(?<=[，,。]))(?P<head>[^，,。；;:：由]{0,40}?)由(?P<entries>[^，,。；;:：由]{2,400}?)等"
                         r"(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})[名位人](?P<role>成员|委员)组成(?=[，,。；;]|$)")
#: a group named short by its level and a word or two of its name before its kind (县科委, 市防指, 区专班)
_SHORT_GROUP = re.compile(r"[省市县区州旗乡镇]?[\u4e00-\u9fff]{1,3}?(?:委|指|组|专班|指挥部|委员会)")
#: members a congress names to one of its committees, by name only
_NAMED_MEMBERS_RE = re.compile(r"任命(?P<names>[^，,。；;为]{2,80}?)为(?P<group>[^，,。；;、]{2,40}?(?:委员会|小组))"
                               r"(?P<role>组成人员|成员)")
_COMMITTEE_ROLE = r"(?:(?:常务|执行|第一)?副?主任|(?:常务)?副?秘书长|委员)"
#: a word of the role each form of _CHAIN_ROLE_RE ends with: a group's head (…组长, …指挥长, …总指挥), a committee's
#: or an office's (…主任, …秘书长, 委员), a joint meeting's (…召集人)
_CHAIN_WORD = re.compile(r"组长|指挥|主任|秘书长|委员|召集人")
#: a group and its role inside a chain of posts before a name (news): 县委常委、县征兵工作领导小组组长张辉
#: a character of a group's name in a chain of posts, or a quoted word in it (区“某某”工作领导小组): the quotes kept
_CHAIN_NAME_ATOM = r"(?:[^、，,。；;:：“”\"《》()（）]|“[^“”、，,。；;:：]{1,12}”)"
_CHAIN_ROLE_RE = re.compile(r"(?:^|(?<=[、，,：:]))(?P<group>" + _CHAIN_NAME_ATOM + r"{0,40}?"
                            # (县委第二巡察组组长甲: a party committee's inspection team, 巡察组 / 巡视组)
                            # (省某某防控领导协调组组长甲, 某某领导组组长: a province's 领导组; 赴某省指导组组长乙)
                            r"(?:领导小组|工作小组|协调小组|小组|工作组|督查组|督导组|考核组|检查组|业务组|巡察组|巡视组|指挥部|专班|"
                            # (评估综合一组组长甲, 校内专家组组长乙: a team numbered within its kind; an experts' panel)
                            r"协调组|领导组|指导组|专家组|(?<=[^第][一二三四五六七八九十])组|联席会议))"
                            r"(?P<role>常务副组长|执行副组长|副组长|组长|常务副指挥长|副指挥长|执行总指挥长|总指挥长|指挥长|"
                            # (县委书记、县防汛抗旱指挥部政委甲: a headquarters' political commissar, the Party secretary)
                            r"常务副总指挥|副总指挥|总指挥|(?<=指挥部)副?政委|成员(?=兼办公室)|"
                            # (专班主任甲, 专班副主任乙: a 工作专班's heads)
                            r"(?<=专班)(?:常务|执行)?副?主任|"
                            # 县某某工作联席会议总召集人甲: the heads of a joint meeting
                            r"(?<=联席会议)(?:总|第一|副)?召集人)"
                            # 领导小组副组长兼办公室主任、某部副部长甲, 领导小组成员兼办公室副主任乙: a role in the group's office too
                            r"(?:兼办公室(?P<also>常务副主任|第一副主任|副主任|主任))?"
                            # 领导小组副组长(指挥长)某某: the same person's role in the 指挥部 the report names
                            r"(?:[(（](?P<alt>(?:常务|执行)?副?(?:指挥长|总指挥))[)）]"
                            # 指挥部指挥长(领导小组组长)某某: an aside naming the role in the body's other name
                            r"|[(（][^()（）]{1,12}?(?:组长|主任|召集人)[)）])?"
                            r"(?=[\u4e00-\u9fff、，,])"
                            # 执委会常务副主任兼秘书长: a committee printed by its short form, roles joined by 兼
                            # (or any committee, 委员会 / 某委会 / 某委, kept where it is a group the text names: _committee)
                            rf"|(?:^|(?<=[、，,：:]))(?P<committee>[^、，,。；;:：“”\"《》()（）]{{0,30}}?"
                            rf"(?:{GROUP_SHORT_RE.pattern.rstrip('$')}|委员会|委会|委))"
                            rf"(?P<roles>{_COMMITTEE_ROLE}(?:兼{_COMMITTEE_ROLE})*)(?=[\u4e00-\u9fff、，,]|$)"
                            # 县某某领导小组办公室主任、县人武部副部长某某: the head of the group's office
                            r"|(?:^|(?<=[、，,：:]))(?P<ogroup>" + _CHAIN_NAME_ATOM + r"{0,40}?"
                            r"(?:领导小组|工作小组|协调小组|指挥部|专班|联席会议))办公室(?P<orole>(?:专职)?(?:常务副主任|第一副主任|副主任|第一主任|主任))"
                            r"(?=[\u4e00-\u9fff、，,])")
#: what follows a name in a report: a verb of the occasion, or punctuation
_AFTER_NAME = re.compile(r"同志|出席|主持|组织(?!部)|召开|以及|从|宣读|安排|讲话|作|在|指出|强调|要求|表示|参加|带队|一行|率|就|对|到|来|深入|陪同|"
                         r"说|介绍|汇报|部署|传达|等|和|及|与|分别|也|还|一同|致辞|首先|代表|为|是|总结|通报|宣布|带领|动员|布置|发言|"
                         r"提出|希望|回顾|解读|作了|看望|慰问|检查|调研|督导|视察|赴|前往|来到|走访|批示|指示|签批|"
                         # 组长甲会见了调研组一行, 组长乙反馈了巡察情况, 主任丙详细通报了…
                         r"会见|接见|会晤|听取|反馈|详细|"
                         # 指挥部政委甲发布紧急通知, 指挥长乙签发命令, 丙赶赴一线
                         r"发布|签发|赶赴|赶到|"
                         # a news lead's time after the name: 总指挥甲今天(10月14日)主持召开…
                         r"今天|今日|昨天|昨日|近日|日前|上午|下午|晚上|[，,、。；;（(：:]|$")


#: a role held before: 此前 / 时任 / 甲曾任 (not a member by this text)
_FORMER_HOLDER = re.compile(r"曾经?$|此前|时任|以前|原任|早先")


def _sentence_before(flat: str, end: int, width: int = 80) -> str:
    """The words of the sentence before ``end``, at most ``width`` of them (a window, so that a
    text of one endless sentence is not read again for every match in it)."""
    start = max(flat.rfind(c, max(0, end - width), end) for c in "。；;") + 1
    return flat[max(start, end - width):end]


#: a report of who heads a group: 国务院总理李克强担任A领导小组和B领导小组组长，张高丽副总理担任副组长
_GROUP_KINDS = r"(?:领导小组|工作小组|协调小组|小组|工作组|指挥部|专班)"
_HEAD_ROLES = r"(?:常务副组长|副组长|组长|常务副指挥长|副指挥长|指挥长|副总指挥|总指挥)"
#: the verb of _TAKES_RE, _TAKES_KNOWN_RE and _TAKES_OFFICE_RE (担任, 出任, 兼任, 接任, 任): a sentence without it
#: takes no role
_TAKES_WORD = "任"
#: (甲接任A、B、C等3个小组的组长: the groups counted before the role)
#: (…组长，并担任B组副组长 / 甲接替乙，任A组组长: a clause with no subject of its own, the person of the clause before)
_TAKES_RE = re.compile(rf"(?:(?<=[，,])(?P<carried>(?:并|又|还|同时|另)?)|(?P<who>[^，,。；;:：由]{{2,30}}?))"
                       rf"(?:担任|出任|接任|任)(?P<groups>[^，,。；;:：]{{2,120}}?{_GROUP_KINDS})"
                       rf"(?:等(?:[0-9]{{1,2}}|[一二三四五六七八九十两]{{1,3}})个(?:小组|组))?的?"
                       rf"(?P<role>{_HEAD_ROLES})(?=$|[，,。；;])")
_TAKES_KNOWN_RE = re.compile(rf"(?:^|(?<=[，,]))(?P<who>[^，,。；;:：由]{{2,30}}?)(?:担任|出任|兼任|任)"
                             rf"(?P<group>[^，,。；;:：任]{{2,40}}?(?:委员会|委会|领导小组|小组|指挥部|专班))"
                             rf"(?P<roles>(?:{_HEAD_ROLES}|{_COMMITTEE_ROLE})(?:兼(?:{_HEAD_ROLES}|{_COMMITTEE_ROLE}))*)(?=$|[，,。；;])")
_TAKES_TOO_RE = re.compile(rf"(?:^|(?<=[，,]))(?P<who>[^，,。；;:：由]{{2,30}}?)(?:担任|出任|任)(?P<role>{_HEAD_ROLES})(?=$|[，,。；;])")


#: a role and the people who hold it, listed after it: 副组长分别为A、B, 成员包括：C、D
_ROLE_LIST_RE = re.compile(r"(?:^|(?<=[，,])|(?<=小组)|(?<=指挥部)|(?<=委员会)|(?<=联席会议))(?P<role>(?:常务|执行)?副?(?:组长|主任|召集人|指挥长)|成员)"
                           r"(?:分别)?(?:为|是|包括|有)[:：]?(?P<entries>[^。；;：:]+)$")


#: a role and its holders as the clauses after a group's setting up print them, the role glued to the
#: first name or a colon between: 成立某某委员会，主任委员甲，副主任委员乙、丙 (a chronicle's entry, an older
#: text), 成立某某指挥部，总指挥：甲
#: (成立党的监察委员会，书记甲，副书记乙: a Party body's secretaries)
_ROLE_NAMES_RE = re.compile(r"(?<=[，,])(?P<role>(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任委员|主任|秘书长|书记)|成员|委员)"
                            r"[:：]?(?P<entries>[^，,。；;:：为由是任]{2,80}?)(?=$|[，,。；;])")


#: the word every _ADJUSTED_TO_RE ends its verb with (调整为, 变更为, 更换为)
_ADJUSTED_WORD = "为"
#: a role whose holder an adjustment changes: 领导小组组长由甲调整为乙, 副组长调整为县长丙 (the new holder the member)
_ADJUSTED_TO_RE = re.compile(r"(?:^|(?<=[，,：:]))(?P<head>[^，,。；;:：由]{0,40}?)"
                             r"(?P<role>(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长)|成员)"
                             r"(?:由[^，,。；;]{2,30}?)?(?:同志)?(?:调整|变更|更换)为(?P<entries>[^，,。；;]{2,40}?)(?:同志)?(?=$|[，,。；;])")


def _counted_role(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``副组长2人，分别是：甲，乙`` / ``两名副组长是甲和乙``: each holder of the counted role is a member of the
    group (named at the clause's head, or the one at hand), where the holders read are as many as the count."""
    if not re.search(_HEAD_COUNT + "[人名位]", flat):
        return
    for m in _COUNTED_ROLE_RE.finditer(flat):
        count = m["before"] or m["after"]
        if not count:
            continue  # (no count: _ROLE_IS_RE's)
        group = _resolve(state, m["head"]) if m["head"] else state.current
        members = _title_first_members(m["entries"], line.start + max(raw.find(m["entries"][:4]), 0), region) \
            if group else []
        if members and len(members) == _count(count):
            _add_members(state, group, m["role"], members, (line.start, line.end))


def _adjusted_to(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``因工作变动，某某领导小组组长由甲调整为乙``: the new holder is a member with the role."""
    if _ADJUSTED_WORD not in flat:
        return
    for m in _ADJUSTED_TO_RE.finditer(flat):
        group = (_resolve(state, m["head"]) if m["head"] else None) or state.current
        people = _listed_people(m["entries"], line.start + max(raw.find(m["entries"][:4]), 0), region) if group else []
        if people:
            _add_members(state, group, m["role"], people, (line.start, line.end))


#: the verbs that add a person to a group's role (an adjustment of its members): 增补, 增选, 补选
_ADDED_WORD = re.compile(r"增补|增选|补选")
_ADDED_ROLE = rf"(?:{_HEAD_ROLES}|{_COMMITTEE_ROLE}|(?:第一|副)?召集人|成员|组员)"
_ADDED_GROUP = r"(?:(?<!党)组|指挥部|专班|委员会|联席会议)"  # (not 党组: a Party group is no working group)
#: 增补甲同志为某某领导小组办公室副主任 / 增补甲、乙为某某指挥部成员: who is added, to which group, in which role
_ADDED_TO_RE = re.compile(rf"(?:{_ADDED_WORD.pattern})(?:了)?(?P<who>[^，,。；;:：为]{{2,40}}?)(?:同志)?为"
                          rf"(?P<group>[^，,。；;:：为]{{0,40}}?{_ADDED_GROUP}(?:办公室)?)(?P<role>{_ADDED_ROLE})(?=$|[，,。；;])")
#: the clause after it, with no subject of its own: ，并担任某某组副组长 (the same person)
_ADDED_TOO_RE = re.compile(rf"[，,](?:并|又|还|同时)?(?:担任|兼任|任)(?P<group>[^，,。；;:：任]{{0,40}}?{_ADDED_GROUP}(?:办公室)?)"
                           rf"(?P<role>{_ADDED_ROLE})(?=$|[，,。；;])")


#: a holder who leaves a role and the one who takes it over: 甲同志不再担任领导小组副组长，由乙同志接任 /
#: 不再担任领导小组成员及办公室主任，由丙同志接任 (the group printed short or left out: the one at hand)
_SUCCEEDED_RE = re.compile(rf"不再(?:担任|兼任)(?P<group>[^，,。；;:：由]{{0,40}}?)"
                           rf"(?P<roles>(?:办公室)?{_ADDED_ROLE}(?:[及和、](?:办公室)?{_ADDED_ROLE})*)(?:职务)?[，,]+"
                           r"由(?P<who>[^，,。；;:：由]{2,40}?)(?:同志)?接任(?=$|[，,。；;])")
#: a person moved up into a group to fill a seat: 丁同志（保卫处处长）递补为成员 / 戊递补为领导小组成员
_FILLS_SEAT_RE = re.compile(rf"(?:^|(?<=[，,。；;]))(?P<who>[^，,。；;:：为]{{2,40}}?)递补为"
                            rf"(?P<group>[^，,。；;:：为]{{0,40}}?)(?P<role>{_ADDED_ROLE})(?=$|[，,。；;])")


def _succeeded(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``甲不再担任X副组长，由乙接任`` and ``丙（某处处长）递补为成员``: the new holder is a member with the role
    (of the group printed, else the one at hand; a role of its office, 办公室主任, in the office)."""
    if "接任" not in flat and "递补为" not in flat:
        return
    span = (line.start, line.end)
    for m in [*_SUCCEEDED_RE.finditer(flat), *_FILLS_SEAT_RE.finditer(flat)]:
        group = (_resolve(state, m["group"]) if m["group"] else None) or state.current
        who = m["who"].removesuffix("同志")
        people = _title_first_members(who, line.start + max(raw.find(who[:4]), 0), region) if group else []
        if not people or len(people) != 1:
            continue
        roles = m["roles"] if "roles" in m.groupdict() else m["role"]
        for role in re.split(r"[及和、]", roles):
            unit = _office_of(state, group, span) if role.startswith("办公室") else group
            _add_members(state, unit, role.removeprefix("办公室"), people, span)


def _added_group(state: _State, printed: str, span) -> str:
    """The group (or a group's office) a person is added to: a known one the text names short or in full, else
    the one named here."""
    if _GENERIC.match(printed):  # 增补甲为指挥部副指挥长: the group of that kind at hand
        return state.names.last(state.names.ending_with(printed)) or state.current or printed
    owner = printed.removesuffix("办公室")
    if owner != printed and len(owner) >= 4 and re.search(_ADDED_GROUP + "$", owner):
        group = _added_group(state, owner, span)
        return _office_of(state, group, span)  # 某某领导小组办公室: the office of that group
    return _resolve_exact(state, printed) or _introduce(state, printed)


#: a congress or a political consultative conference as a whole, by its term: 政协某区第十届委员会, 某县第五届人大常务委员会
_WHOLE_ASSEMBLY = re.compile(r"(?:人大|人民代表大会|政协|政治协商会议)[^，,。；;]*第[0-9一二三四五六七八九十]+届"
                             r"(?:委员会|[^，,。；;]*常务委员会)$")


def _added_to(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``增补甲同志为某某领导小组办公室副主任，并担任某某组副组长`` / ``增补甲、乙为某某指挥部成员``: each person added
    is a member with that role (and with the role the clause after names, which has no subject of its own)."""
    if not _ADDED_WORD.search(flat):
        return
    span = (line.start, line.end)
    for m in _ADDED_TO_RE.finditer(flat):
        who = [_person(w, line.start + max(raw.find(w), 0), region) for w in re.split(r"[、和及]", m["who"]) if w]
        if not who or not all(who):
            continue
        roles = [(m["group"], m["role"])]
        too = _ADDED_TOO_RE.match(flat, m.end())
        if too:
            roles.append((too["group"], too["role"]))
        for printed, role in roles:
            if _WHOLE_ASSEMBLY.search(printed):
                continue  # 增补甲为政协某区第十届委员会委员: a seat in the assembly itself (an appointment), no group's
            _add_members(state, _added_group(state, printed, span), role, who, span)


#: people a notice's prose lists as comrades of one role in a group it set up: 甲、乙、丙等同志为写作组核心人员
#: (the group by its short name, or none: 为核心成员)
_COMRADES_ARE_RE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<names>[^，,。；;:：为]{2,120}?)等?同志(?:为|是)"
                              r"(?P<group>[^，,。；;:：、为]{0,30}?)"
                              r"(?P<role>核心(?:人员|成员|组员)|(?:常务|执行)?副?组长|组员|成员)(?=$|[，,。；;])")
#: one comrade and their share of the work, then the role they take in the group at hand: 甲同志具体负责，任组长
_COMRADE_TAKES_RE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<name>[^，,。；;:：、]{2,4}?)同志[^，,。；;:：、]{0,8}?[，,]"
                               r"(?:任|担任)(?P<role>(?:常务|执行)?副?组长)(?=$|[，,。；;])")


def _comrades_roles(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``甲同志具体负责，任组长`` / ``甲、乙等同志为写作组核心人员``: roles in the group the notice set up, its
    members named by bare names (a short group name resolved to it)."""
    if not state.current:
        return
    span = (line.start, line.end)
    for m in _COMRADE_TAKES_RE.finditer(flat):
        who = _bare(m["name"], raw, line, region)
        if who:
            _add_members(state, state.current, m["role"], [who], span)
    for m in _COMRADES_ARE_RE.finditer(flat):
        group = _resolve(state, m["group"]) if m["group"] else state.current
        people = [_bare(clean_name(n), raw, line, region) for n in re.split(r"[、和及]", m["names"])]
        if group and people and all(people):
            _add_members(state, group, m["role"], people, span)


def _bare(name: str, raw: str, line, region: str) -> tuple | None:
    """A member printed by name alone (no posts): the name, its span in the line; None where it is no name."""
    at = line.start + max(raw.find(name), 0)
    if _short_name(name) and name[:2] in COMPOUND_SURNAMES:  # (上官岚: a compound surname)
        return name, [], (at, at + len(name))
    who = _person(name, at, region)
    return who if who and not who[1] else None


def _roles_after_set_up(state: _State, flat: str, line, raw: str, region: str) -> None:
    """In a sentence that sets a group up, the clauses after it that open with a role glued to its holders."""
    if not state.current:
        return
    intro = next(iter(_intros(flat)), None)
    if intro is None:
        return
    stop = _SENTENCE_END.search(flat, intro.end())
    for m in _ROLE_NAMES_RE.finditer(flat, intro.end()):
        if m["role"].endswith("书记") and stop and m.start() > stop.start():
            break  # (成立党的监察委员会，书记甲，副书记乙。: a Party body's heads, in the sentence that sets it up)
        people = _listed_people(m["entries"], line.start + max(raw.find(m["entries"][:4]), 0), region)
        if people:
            _add_members(state, state.current, m["role"], people, (line.start, line.end))


#: who heads a group's office (news): 副县长甲兼任县某某领导小组办公室主任
_TAKES_OFFICE_RE = re.compile(rf"(?:^|(?<=[，,]))(?P<who>[^，,。；;:：由]{{2,30}}?)(?:担任|出任|兼任|任)"
                              rf"(?P<group>[^，,。；;:：任]{{2,40}}?{_GROUP_KINDS})办公室(?P<role>(?:常务|第一)?副?主任)(?=$|[，,。；;])")


def _takes_office(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``副县长甲兼任县某某领导小组办公室主任``: a member of the office of the group (known, or named here)."""
    for m in _TAKES_OFFICE_RE.finditer(flat):
        if _GENERIC.match(m["group"]):
            continue
        who = _person(m["who"], line.start + max(raw.find(m["who"]), 0), region)
        if not who:
            continue
        group = _resolve_exact(state, m["group"]) or _introduce(state, m["group"])
        office = _office_of(state, group, (line.start, line.end))
        _add_members(state, office, m["role"], [who], (line.start, line.end))


#: a person and others holding a role in the group a report is about: 区委副书记甲等副指挥长就…提出要求
_AND_OTHERS_RE = re.compile(r"(?:^|(?<=[，,。；;、]))(?P<who>[^，,。；;、:：]{2,30}?)等(?P<role>(?:常务|执行)?副?(?:组长|指挥长|总指挥|召集人))"
                            r"(?=就|在|对|分别|出席|参加|作|提出|结合|围绕|先后)")
#: the kind of group a head's role belongs to
_KIND_OF_ROLE = (("指挥长", "指挥部"), ("总指挥", "指挥部"), ("组长", "领导小组"), ("召集人", "联席会议"))


def _and_others(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``区委副书记甲等副指挥长就…提出要求``: 甲 holds the role in the group of that kind the report is about."""
    for m in _AND_OTHERS_RE.finditer(flat):
        kind = next(k for r, k in _KIND_OF_ROLE if m["role"].endswith(r))
        group = state.names.last(state.names.ending_with(kind)) or _met(state, kind)
        who = _person(m["who"], line.start + max(raw.find(m["who"]), 0), region) if group else None
        if who:
            if group not in state.names:
                state.groups.append(group)
                state.names.add(group)
            _add_members(state, group, m["role"], [who], (line.start, line.end))


def _takes_role(state: _State, flat: str, line, raw: str, region: str) -> bool:
    """Who takes which role in which group (news); True where a sentence names the groups itself."""
    if _TAKES_WORD not in flat:
        return False
    _takes_office(state, flat, line, raw, region)
    for m in _TAKES_KNOWN_RE.finditer(flat):  # X任大运会筹备委员会副主任兼秘书长: a group the notice set up
        if _FORMER_HOLDER.search(m["who"]) or _FORMER_HOLDER.search(_sentence_before(flat, m.start())):
            continue  # 此前，甲曾任X主任: who held the role before, not a member now
        group = _resolve_exact(state, m["group"])
        who = _person(m["who"], line.start + max(raw.find(m["who"]), 0), region) if group else None
        if who:
            for role in m["roles"].split("兼"):
                _add_members(state, group, role, [who], (line.start, line.end))
    took, last = False, None  # (the person the last clause read names: the subject a clause without one carries)
    for m in _TAKES_RE.finditer(flat):
        if m["who"] is None:
            who = last if last and last[3] == m.start() else _subject_before(flat, m.start(), line, raw, region)
            if who is None:
                continue
            who = who[:3]
        elif _FORMER_HOLDER.search(m["who"]) or _FORMER_HOLDER.search(_sentence_before(flat, m.start())):
            continue  # 早先，甲曾担任A组长: a role held before, no member by this text
        else:
            who = None
        # 甲担任A组长、B组长、C组长: each group with the same role
        groups = re.sub(rf"({_GROUP_KINDS}){re.escape(m['role'])}(?=和|及|、)", r"\1", m["groups"])
        parts = re.split(r"(?<=[组部班])(?:和|及|、)", groups)  # (not 及 inside a name: 应对某某及节能减排工作领导小组)
        groups = parts if all(re.search(_GROUP_KINDS + "$", p) and len(p) > 4 for p in parts) else [groups]
        if any(_GENERIC.match(g) for g in groups):
            continue
        span = (line.start, line.end)
        if who is None:
            # (国务院总理甲新近接任…: an adverb of time between the name and the verb)
            who = re.sub(r"(?:新近|近日|日前|近期|已经|已|又|也|还|再次|正式)$", "", m["who"])
            who = _person(who, line.start + max(raw.find(who), 0), region)
        if who:
            for g in groups:
                _add_members(state, _first_known(state, g) or g, m["role"], [who], span)
            last = (*who, m.end() + 1)  # (its subject carried to the clause after the comma)
        if not took:
            for m2 in _TAKES_TOO_RE.finditer(flat, m.end()):  # ，张高丽副总理担任副组长: the same groups
                who2 = _person(m2["who"], line.start + max(raw.find(m2["who"]), 0), region)
                if who2:
                    for g in groups:
                        _add_members(state, _first_known(state, g) or g, m2["role"], [who2], span)
        took = True
    return took


#: a committee's role: its chair, a deputy, a member (主任委员 the chair's title in a school's or an institute's committee)
_COMMITTEE_SEAT = r"(?:常务)?副?主任委员|(?:常务)?副?主任|委员|成员"
#: a person who takes a role in a committee the clause names and no sentence set up (a report of a school's or a
#: county's committee meeting): 由甲同志担任新一届校务委员会主任委员 / 乙任校务委员会主任 / 增补丙、丁两位教授为我校
#:校务委员会成员 — the committee's own name after the verb, the role straight after it
_TAKES_COMMITTEE_RE = re.compile(r"(?:^|(?<=[，,：:]))(?:由|增补|增选|增聘|聘任|聘请)?(?P<who>[^，,。；;:：由]{2,40}?)(?:同志)?"
                                 r"(?:担任|出任|兼任|任|为)"
                                 r"(?P<group>[^，,。；;:：、任为的]{2,24}?委员会)"
                                 rf"(?P<role>{_COMMITTEE_SEAT})(?=$|[，,。；;])")
#: the committee a report names before the roles it then gives (产生了新一届学术委员会主任委员和副主任委员：甲担任…)
_COMMITTEE_SEATS_HEAD = re.compile(r"(?:产生|选出|选举产生|推选)了?(?P<group>[^，,。；;:：、的]{2,24}?委员会)"
                                   # (or at the line's end: the copy's layout cut the line before the last seat's 委员：)
                                   rf"(?:{_COMMITTEE_SEAT})(?:[和及、](?:{_COMMITTEE_SEAT}))+(?:[:：]|$)")
#: what a committee's name in a report carries that is no part of it: the term (新一届), the reporting school's 我校
_COMMITTEE_OWNER = re.compile(r"^(?:新一届|新一轮|本届|我校|我院|我所|学校|全校)+")
#: committees that are bodies of the state, a party or a village (their heads hold posts) or a government of the
#: 1950s–70s (县人民委员会, 革命委员会)
_NO_GROUP_COMMITTEE = re.compile(r"革命委员会|人民委员会|村民委员会|居民委员会|^[省市县区州旗乡镇]?委员会$")
#: words around a person's name in a committee report: the capacity they are added in (专家, 教师代表) and a head
#: count after the names (三位教授)
_WHO_LEAD = re.compile(r"^(?:(?:教师|学生|职工|校友|专家)?代表|专家|学者)")
_WHO_COUNT = re.compile(r"(?:等)?(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})(?:位|名)(?:教授|专家|同志|老师|代表)?$")


def _committee_named(state: _State, printed: str, flat: str, at: int) -> str | None:
    """The group a committee named in a report's clause is: the term the sentence printed it with before
    (第四届校务委员会…，甲任校务委员会主任: 第四届校务委员会), a known group, or a new one where the clause prints
    its term or its owner (新一届, 我校); None for a body of the state, a party or a village, and for a committee
    named bare, unknown (甲任农业委员会主任, 乙任外事委员会主任: a government's commission or a congress's committee,
    a post)."""
    name = _COMMITTEE_OWNER.sub("", _TERM_WORD.sub("", printed))  # (某区新一届某某委员会: the term inside too)
    if len(name) < 4 or _STATE_COMMITTEE.search(name) or _NO_GROUP_COMMITTEE.search(name) \
            or _GOVERNMENT_COMMITTEE.fullmatch(name):
        return None
    term = re.findall(rf"第[一二三四五六七八九十]{{1,3}}届{re.escape(name)}", flat[:at])
    known = _first_known(state, term[0] if term else name)
    if known or not (term or name != printed):
        return known
    return _introduce(state, term[0] if term else name)


def _takes_committee(state: _State, flat: str, line, raw: str, region: str) -> None:
    """Who takes which role in a committee a report names in the clause itself (``由甲担任新一届校务委员会主任委员``),
    or names before a colon and its roles (``产生了新一届学术委员会主任委员和副主任委员：``); the committee is the
    group at hand after it (``，乙、丙担任副主任委员``)."""
    if "委员会" not in flat:
        return  # (both patterns below name a 委员会)
    for m in _COMMITTEE_SEATS_HEAD.finditer(flat):
        group = _committee_named(state, m["group"], flat, m.start("group"))
        if group:
            state.current = group
    for m in _TAKES_COMMITTEE_RE.finditer(flat):
        if _FORMER_HOLDER.search(m["who"]) or _FORMER_HOLDER.search(_sentence_before(flat, m.start())):
            continue  # 原任某委员会主任: who held the role before
        group = _committee_named(state, m["group"], flat, m.start("group"))
        who = _WHO_COUNT.sub("", _WHO_LEAD.sub("", m["who"]))
        members = _title_first_members(who, line.start + max(raw.find(who[:4]), 0), region) if group else []
        if members:
            _add_members(state, group, m["role"], members, (line.start, line.end))
            state.current = group


#: the clause before one with no subject: a person, who may take the place of another (甲接替乙 / 甲接任乙)
_SUBJECT_CLAUSE = re.compile(r"(?:^|(?<=[，,。；;]))(?P<who>[^，,。；;:：由]{2,30}?)(?:接替|接任|替代|代替)[^，,。；;:：]{2,6}$")


def _subject_before(flat: str, at: int, line, raw: str, region: str):
    """The person a clause without a subject of its own takes from the clause before (甲接替乙，任A组组长), or None."""
    m = _SUBJECT_CLAUSE.search(flat, max(0, at - 50), at - 1)
    if m is None:
        return None
    return _person(m["who"], line.start + max(raw.find(m["who"]), 0), region)


def _name_at(text: str, p: int, rare: bool = False) -> str | None:
    """A two- or three-character name at ``p`` of a report, followed by a verb or punctuation.
    ``rare``: straight after a title, a name whose surname is not among the common ones."""
    for n in (2, 3):
        cand = text[p:p + n]
        if len(cand) == n and (cand[0] in SURNAMES or rare) and plausible_name(cand) and not TITLE_RE.search(cand) \
                and _AFTER_NAME.match(text, p + n):
            return cand
    return None


def _rare_name_before_verb(rest: str) -> str | None:
    """A three-character name straight after a role whose surname is not among the common ones,
    followed by a verb of the report (执行总指挥长种某某要求): not a verb itself (指挥长主持召开…)."""
    name = _name_at(rest, 0, rare=True)
    if name and len(name) == 3 and not _AFTER_NAME.match(name) and _AFTER_NAME.match(rest, 3) \
            and (not re.match(r"[，,、。；;（(：:]|$", rest[3:4]) or _NEXT_CHAIN.match(rest, 3)):
        return name
    return None


#: the next person's chain of posts after a name in a list of those present: 、县委常委、常务副县长乙
#: (，国务委员某某: national leaders' chains open with their body's name, not a level)
_NEXT_CHAIN = re.compile(rf"[、，,](?:[{LEVEL_CHARS}]|国务|中共|中央|全国)[\u4e00-\u9fff]{{0,12}}?(?:{TITLE_RE.pattern.rstrip('$')})")


#: a clause opening with another role of the group: ，副组长由… / ，成员为…
_OTHER_ROLE_NEXT = re.compile(r"[、，,](?:(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|秘书长)|成员)(?:分别)?(?:由|为|是|包括|：|:)")


def _as_printed_with_level(state: _State, printed: str, group: str) -> str:
    """A report's chain names a group with its level (``市某某工作领导小组组长甲``) that its headline named bare
    (我市召开某某工作领导小组会议): where no sentence of the text sets the group up, the fuller name is the group's
    (a name with its place, 某区某某指挥部, stays: it is fuller still)."""
    if printed[:1] in LEVEL_CHARS and group == printed[1:] \
            and not any(s.endswith(printed[1:]) for s in state.stated):
        if printed not in state.names:
            state.groups.append(printed)
            state.names.add(printed)
        return printed
    return group


def _chain_roles(state: _State, flat: str, line, raw: str, region: str) -> None:
    """``县委常委、常务副县长、县征兵工作领导小组组长张辉`` / ``区人普领导小组组长，区委常委、副区长丁克芳``:
    the person after the chain is a member of the group with that role."""
    if not _CHAIN_WORD.search(flat):
        return
    for m in _CHAIN_ROLE_RE.finditer(flat):
        printed = m["group"] or m["committee"] or m["ogroup"]
        clause = re.split(r"[，,。；;：:]", flat[max(0, m.start() - 40):m.start()])[-1] + printed
        if re.search(r"担任|擔任|出任|兼任|(?<![责主信])任(?![务期职命])", printed) \
                or re.search(r"时任|時任|首任|原任|前任", clause):
            # 某部部长甲(担)任某委员会主任 (who holds it stands before the verb, not after the chain: 甲任某小组
            # 组长，副局长乙以及…任成员); 时任某职、…主任甲: a past role
            continue
        # 根据市某委会主任甲批示: the preposition that opens the clause is not part of the name
        group = re.sub(rf"^(?:[\u4e00-\u9fff]{{0,4}}由|{_CLAUSE_OPENER.pattern})(?=[省市县区州镇乡街])", "",
                       m["group"] or m["committee"] or m["ogroup"])  # (会议由县某某领导小组副组长…主持)
        roles = [m["role"]] if m["role"] else [m["orole"]] if m["orole"] else m["roles"].split("兼")
        lead = _post_before_short(group) if m["committee"] else ""
        group = group[len(lead):]
        if m["committee"]:
            group = _committee(state, group, clause[0] if clause[0] in LEVEL_CHARS else "")
            if group is None:
                continue  # 市人大常委会副主任, 市发改委主任: a post in a body, not a role in a group
        if _GENERIC.match(group):  # 指挥部总指挥长X: the group the report names, by its kind
            # (市某某指挥部召开会议。市长、指挥部总指挥甲: the one the report names with its level)
            group = state.names.last(state.names.ending_with(group)) or _met(state, group) \
                or _mentioned(state, group) or group
        if group.endswith(("纪检监察组", "纪检组")) or _GENERIC.match(group):
            continue
        rest = flat[m.end():]
        name = _name_at(rest, 0) or _rare_name_before_verb(rest)
        # (甲任某某领导小组组长，副组长由乙担任: the next clause names another role's holders, not this one's)
        if name is None and rest[:1] in "、，," and not _OTHER_ROLE_NEXT.match(rest):
            for p in range(2, min(len(rest), 40)):
                before = rest[1:p]
                if rest[p] in SURNAMES and (TITLE_RE.search(before) or before.endswith("代表")):
                    name = _name_at(rest, p)
                    if name:
                        break
                if TITLE_RE.search(before) and not _AFTER_NAME.match(rest, p) \
                        and rest[p:p + 2] not in ("代表",):
                    name = _name_at(rest, p, rare=True)  # 县某部副部长崇某主持会议
                    if name:
                        break
                if before.endswith(("。", "；", "，", ",")):
                    break  # (…组长，该小组由各部门负责人组成: the next clause names no holder)
        if name is None and m.start() and re.match(r"$|[，,。；;]", rest):
            # 李容根省政府党组成员，省扶贫开发领导小组副组长，分管…: the name opens the chain
            first = re.split(r"[、，,]", flat[: m.start()])[0]
            split = split_name_posts(first)
            if split and split[0][:1] in SURNAMES and len(split[0]) <= 3 and split_posts(split[1]):
                name = split[0]
        if name and _LEAVING_HOLDER.search(rest.split("。")[0]):
            continue  # 原领导小组副组长甲、成员乙同志因工作变动，不再担任…: holders leaving the group, no members
        known_office = _first_known(state, group + "办公室") if m["ogroup"] else None
        if name and known_office:  # the office of a group the text named in full (某区某某指挥部办公室)
            at = line.start + max(raw.find(name), 0)
            state.facts.extend(Membership(group=known_office, person=name, role=role, span=(line.start, line.end),
                                          posts=(), person_span=(at, at + len(name))) for role in roles)
        elif name:
            at = line.start + max(raw.find(name), 0)
            if not m["committee"]:  # (a committee is named by _committee)
                printed = group
                group = _first_known(state, group) or _abbreviated(state, group) or _set_up_as(state, group) \
                    or _placed(state, group) or _abbreviated(state, group, _met_pool(state, group)) \
                    or (_met(state, group) if len(group) <= 4 else None) \
                    or _same_but_work(state, _first_form(state, group))  # (专家组: the one whose meeting is reported)
                group = _as_printed_with_level(state, printed, group)
            if group not in state.names:
                state.groups.append(group)
                state.names.add(group)
            if m["ogroup"]:
                office = _office_of(state, group, (line.start, line.end))
                group = office
            state.facts.extend(Membership(group=group, person=name, role=role, span=(line.start, line.end), posts=(),
                                          person_span=(at, at + len(name))) for role in roles)
            p = rest.find(name) + len(name)
            # 副指挥长、副市长甲、乙 / 副组长甲和乙: both hold it
            while rest[p:p + 1] in ("、", "和") and (more := _name_at(rest, p + 1)):
                at2 = line.start + max(raw.find(more), 0)
                state.facts.extend(Membership(group=group, person=more, role=role, span=(line.start, line.end),
                                              posts=(), person_span=(at2, at2 + len(more))) for role in roles)
                p += 1 + len(more)
            # 第一主任甲、主任乙、副主任丙: the next roles of the same group, each before its holder
            while (nxt := re.match(rf"、(?P<role>{_COMMITTEE_ROLE}|{_HEAD_ROLES})", rest[p:])) \
                    and (more := _name_at(rest, p + nxt.end())):
                at2 = line.start + max(raw.find(more), 0)
                state.facts.append(Membership(group=group, person=more, role=nxt["role"], span=(line.start, line.end),
                                              posts=(), person_span=(at2, at2 + len(more))))
                p += nxt.end() + len(more)
            if m["role"]:
                _next_roles(state, group, rest[p:], line, raw, region)
            if rest.find(name) >= 0:
                _chain_posts(state, flat[: m.start()] + lead, rest[: rest.find(name)], name, line, raw, region)
            else:  # 甲　某委副书记、某某会主任: the name opens the chain, the posts after it
                head = flat[: m.start()]
                _chain_posts(state, head[head.find(name) + len(name):], "", name, line, raw, region)
            if m["also"] and not m["ogroup"]:  # 副组长兼办公室主任: the head of the group's office as well
                office = _office_of(state, group, (line.start, line.end))
                state.facts.append(Membership(group=office, person=name, role=m["also"], span=(line.start, line.end),
                                              posts=(), person_span=(at, at + len(name))))
            alt = _mentioned(state, "指挥部") if m["alt"] else None
            if alt:
                state.facts.append(Membership(group=alt, person=name, role=m["alt"], span=(line.start, line.end),
                                              posts=(), person_span=(at, at + len(name))))


def _post_before_short(printed: str) -> str:
    """The post a chain prints glued to a committee's short name after it (董事长、总经理安委会主任甲: 总经理,
    a post of 甲's own, then the 安委会 he heads), or ""."""
    short = GROUP_SHORT_RE.search(printed)
    lead = printed[:short.start()] if short else ""
    return lead if lead and TITLE_RE.search(lead) and TITLE_RE.search(lead).start() == 0 else ""


#: a role of the group just named opening the next clause, posts after it: ，常务副组长、区委副书记、区长乙
_NEXT_ROLE_CLAUSE = re.compile(r"^[，,](?P<role>(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人))、"
                               r"(?P<chain>[^，,。；;:：]{2,40})")


def _next_roles(state: _State, group: str, rest: str, line, raw: str, region: str) -> None:
    """``区某某领导小组组长、区委书记甲，常务副组长、区委副书记、区长乙，副组长、区委副书记丙出席``:
    after the first holder, each clause opening with a bare role of the same kind names the next
    holder of the group at the end of its chain of posts."""
    while True:
        m = _NEXT_ROLE_CLAUSE.match(rest)
        if not m:
            # 组长、县长甲主持召开会议，副组长、副县长乙出席: the next role's clause after the first holder's verb
            # (in the same sentence, no other group named between)
            k = re.search(r"[，,](?=(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人)、)", rest)
            if k is None or re.search(r"小组|指挥部|委员会|专班|联席会议|工作组", rest[:k.start()]):
                return
            rest = rest[k.start():]
            m = _NEXT_ROLE_CLAUSE.match(rest)
            if not m:
                return
        chain, name = m["chain"], None
        for p in range(2, len(chain) - 1):
            if TITLE_RE.search(chain[:p]) and chain[p] in SURNAMES:
                name = _name_at(chain, p)
                if name:
                    break
        if name is None or not all(TITLE_RE.search(piece) for piece in chain[:p].split("、")):
            return  # 副组长、各成员单位负责人出席: no one named
        at = line.start + max(raw.find(name), 0)
        state.facts.append(Membership(group=group, person=name, role=m["role"], span=(line.start, line.end),
                                      posts=(), person_span=(at, at + len(name))))
        _chain_posts(state, "", chain[:p], name, line, raw, region)
        rest = rest[m.start("chain") + p + len(name):]


#: the group named in full before an office seated somewhere, after the verb or preposition of its clause
#: (请径向市某某领导小组, 由县某某指挥部): its place's level first, its kind word last
_SEAT_OWNER = re.compile(r"(?:^|(?<=向|由|经|请|在|将|和|及))(?P<group>[省市县区州旗镇乡][\u4e00-\u9fff]{4,30}?"
                         r"(?:领导小组|工作小组|指挥部|委员会|联席会议|工作专班))$")


#: a descriptor of a committee's term printed inside its name: 某区新一届某某委员会
_TERM_WORD = re.compile(r"新一届|新一轮|本届")


def _committee(state: _State, printed: str, level: str = "") -> str | None:
    """The group a committee in a chain of posts is (``某区某卫会副主任``, ``县某安委副主任``): a known
    group it is or abbreviates (all its characters in order, same first character); a short form
    of a working committee (执委会, 爱卫会) by the full name the text prints (某区新一届爱国卫生运动委员会
    -> 某区爱国卫生运动委员会), else as printed; any other committee only where it is a known group. ``level``: the
    level the chain of posts before it prints (区委副书记、区长、某动委主任: the 区's committee)."""
    printed = _TERM_WORD.sub("", printed)
    known = _first_known(state, printed)
    if known:
        return known
    if re.fullmatch(r"[组执筹]委会", printed) and state.names.ending_with(printed):
        return state.names.last(state.names.ending_with(printed))  # 组委会 after 本届市运会组委会: that one
    # (国动委 after 全区国防动员委员会: the group the text named with its level in front)
    found = {g for g in state.groups if g.endswith("委员会") and g != printed and _is_subsequence(printed, g)
             and (g[0] == printed[0] or g[0] in LEVEL_CHARS and g[1] == printed[0] and printed[0] not in LEVEL_CHARS)}
    if len(found) > 1 and level:
        found = {g for g in found if g[0] == level}
    if len(found) == 1:
        return found.pop()
    if not GROUP_SHORT_RE.search(printed):
        return None
    if printed not in state.full_names:  # (once per short name: a report may print it in every paragraph)
        full = set()
        for end in state.committee_ends():
            for k in range(max(0, end - 33), end - 4):
                name = state.text[k:end]
                if name[0] == printed[0] and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                    name = _TERM_WORD.sub("", name)
                    if _is_subsequence(printed, name) and len(name) > len(printed):
                        full.add(name)
        state.full_names[printed] = _with_place(state, min(full, key=lambda n: (len(n), n)) if full else printed)
    return state.full_names[printed]


def _with_place(state: _State, name: str) -> str:
    """A committee a report names by its level or bare (省某某动员委员会, 某某动员委员会, 省某动委) where the text
    names it once with its place in front (2018年甲省某某动员委员会…, ，乙市某某动员委员会召开…): that name, else
    the name as given."""
    level = name[0] if name[0] in LEVEL_CHARS else f"[{LEVEL_CHARS}]"
    rest = name[1:] if name[0] in LEVEL_CHARS else name
    if not rest.endswith("委员会"):
        return name
    # (主持召开全区…: a verb and 全, "the whole", are no place)
    full = {m["name"] for m in re.finditer(rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=\d年)|(?<=届))(?!召开|举行|主持|全|年)"
                                           rf"(?P<name>[\u4e00-\u9fff]{{1,2}}(?!全)[\u4e00-\u9fff]{level}{re.escape(rest)})", state.text)}
    return full.pop() if len(full) == 1 else name


#: a committee that has member units or meets in plenary: a coordinating body (a group), not a department
#: (某县地方志指导委员会召开第一次全体会议: the committee, named with its place, the subject of the meeting it holds)
_PLENARY_RE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=召开|举行|参加|出席)|(?<=全))"
                         # (one committee's name: no other committee, no verb of a meeting inside it)
                         r"(?P<name>(?:(?!全)[\u4e00-\u9fff]{1,3}?[省市县区州旗]|[省市县区州旗镇乡])"  # (全区X: the 区's X)
                         r"(?:(?!委员会|召开|举行|主持)[\u4e00-\u9fff]){2,30}?委员会)"
                         r"(?:成员单位|(?:召开|举行)?(?:\d{4}年(?:度)?)?(?:第[一二三四五六七八九十\d]{1,3}次)?全体(?:成员)?会议)")


#: a commission of a level's Party committee that meets by its session's number (省委全面深化改革委员会第七次会议,
#: 市委财经委员会第二次会议): a coordinating body its members head by their roles, not a department
_PARTY_COMMISSION_RE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=召开|举行|主持))(?P<name>[省市县区州旗]委[\u4e00-\u9fff]{2,16}?委员会)"
                                  r"(?:\d{4}年(?:度)?)?第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def _plenary_committees(state: _State) -> None:
    """``全县某某安全委员会全体会议`` / ``某某委员会成员单位负责人`` / ``省委某某委员会第七次会议``: the committee
    is a group (by its name after the word 全 for "the whole county")."""
    for m in [*_PLENARY_RE.finditer(state.text), *_PARTY_COMMISSION_RE.finditer(state.text)]:
        name = _TERM_WORD.sub("", m["name"])
        if not re.search(r"常务委员会|人民代表大会|政治协商|纪律检查|监察委员会|管理委员会|中共|党", name) \
                and name[-4] not in LEVEL_CHARS and name not in state.names:  # (某县委员会: the Party's)
            state.groups.append(name)
            state.names.add(name)


def _chain_posts(state: _State, before: str, between: str, name: str, line, raw: str, region: str) -> None:
    """The posts in the chain around a group role (市委书记、市某某领导小组组长甲 / 某某领导小组办公室主任、
    县某部副部长乙): each piece between 、 that ends in a title is a post the person holds."""
    head = re.split(r"[，,。；;：:]", before)[-1]
    # (会议由街道党工委副书记、…副组长乙主持: the words that open the clause are no part of a post)
    head = re.sub(rf"^(?:[\u4e00-\u9fff]{{0,4}}由|{_CLAUSE_OPENER.pattern})(?=[省市县区州镇乡街])", "", head)
    for chain in (head, between):
        pieces = [p for p in chain.split("、") if p]
        # every piece a post, none long enough to hide a sentence the page ran together (某某讲话县委常委)
        if not pieces or not all(TITLE_RE.search(p) and len(p) <= 12
                                 and not re.search(r"组|指挥部|委员会|专班|会议", p) for p in pieces):
            continue
        text = "、".join(pieces)  # read whole: 县委常委、人武部部长 -> 县人武部
        at = line.start + max(raw.find(name), 0)
        for post in split_posts(text, line.start + max(raw.find(pieces[0]), 0), region=region):
            state.facts.append(Position(person=name, post=post, span=(line.start, line.end),
                                        person_span=(at, at + len(name))))


def _met_pool(state: _State, group: str) -> list[str]:
    """The group of the same kind whose meeting the report names (召开某某区某某综合指挥部指挥长会议)."""
    kind = next((k for k in ("领导小组", "指挥部", "工作组", "专班") if group.endswith(k)), None)
    met = _met(state, kind) if kind else None
    return [re.split(r"召开|举行|主持", met)[-1]] if met else []  # (a headline: 某某主持召开X会议)


def _placed(state: _State, group: str) -> str | None:
    """A group a report names by its level (区某某指挥部) after naming it with its place in front
    (召开某某区某某指挥部会议): the form with the place, where the text prints one."""
    if group[:1] not in "省市县区州镇乡":
        return None
    # (2015年某区某某领导小组会议: the year's 年 is no part of the place)
    m = re.search(rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=\d年)|(?<=召开|主持|举行))(?P<place>(?!年)[\u4e00-\u9fff]{{2,3}}){re.escape(group)}",
                  state.text, re.M)
    if m and (_CLAUSE_OPENER.fullmatch(m["place"]) or re.search(r"[由在从于向对与和及的]", m["place"])
              or m["place"][-1] in "日月年天旬"):  # (同日省委某某领导小组…: a chronicle's day, not a place)
        return None  # 根据市某委会主任甲批示, 会议由县某某领导小组…: a preposition, not a place
    return m["place"] + group if m else None


#: words that open a clause before a body's name (a preposition, a verb of a meeting): not a place in front of it
_CLAUSE_OPENER = re.compile(r"根据|按照|依据|遵照|经过|通过|关于|对于|由于|为了|受到?|经|由|在|据|向|请|"
                            r"召开|主持|举行|出席|参加|组织|成立|会上|会议上|会后|随后|同时|其中|近日|日前|目前")


def _mentioned(state: _State, kind: str) -> str | None:
    """The group of that kind the report names: a known one, or the first mention of one with its
    place in front (赴市某某防控指挥部调研)."""
    known = state.names.last(state.names.ending_with(kind))
    if known:
        return known
    m = re.search(rf"(?:^|(?<=[\n赴到在、，,。；;：:]))(?P<name>[省市县区州][\u4e00-\u9fff]{{1,20}}?{kind})", state.text)
    if not m or _GENERIC.match(m["name"][1:]):
        return None
    state.groups.append(m["name"])
    state.names.add(m["name"])
    return m["name"]


def _set_up_as(state: _State, group: str) -> str | None:
    """A 指挥部 a report names in passing that the text sets up under another name, with heads
    titled for a 指挥部 (成立以甲为指挥长…的某某领导小组): that group."""
    if not group.endswith("指挥部"):
        return None
    found = [name for name, led in state.setups if "指挥长" in led and not name.endswith("指挥部")]
    return found[0] if len(found) == 1 else None


def _met(state: _State, kind: str) -> str | None:
    """The group of that kind whose meeting a report names (召开X指挥部会议 / X领导小组第一次会议召开)."""
    # (某县召开X会议: the place that holds the meeting is not part of X)
    m = re.search(rf"(?:^|(?<=[\n，,。；;：:])|(?<=召开)|(?<=举行))了?(?P<name>(?:(?!召开|举行)[\u4e00-\u9fff]){{2,30}}?{kind})"
                  # (X领导小组2020年第一次会议: the year of the session before its number)
                  rf"(?:(?:\d{{4}}年(?:度)?)?(?:第[一二三四五六七八九十\d]{{1,3}}次)?(?:全体)?(?:成员|指挥长|组长)?(?:会议|工作会|调度会|专题会|(?:工作)?例会)"
                  # (某区某某工作专班在某楼会议室召开第一次工作会议: the group the lead sentence has hold the meeting)
                  rf"|[在于][^，,。；;\n]{{2,30}}?(?:召开|举行)了?[^，,。；;\n]{{0,12}}?会议?)", state.text)
    name = _ENTRY_DAY.sub("", m["name"]) if m else ""
    return name if name and not _GENERIC.match(name) else None


#: the day a chronicle's entry opens with, its space lost (同日省委某某领导小组…, 3月2日市某某指挥部…): no part of a name
_ENTRY_DAY = re.compile(r"^(?:同日|当日|是日|同月|(?:\d{1,2}月)?\d{1,2}日)(?=[\u4e00-\u9fff]{4})")


def _first_form(state: _State, group: str) -> str:
    """A group a report names with its body in front (市委X领导小组) after it first named it bare
    (召开X领导小组第一次会议): the form the text mentioned first."""
    forms = [group[k:] for k in range(len(group) - 5) if not _GENERIC.match(group[k:])]
    at = {f: _bare_mention(state.text, f) for f in forms}
    return min((f for f in forms if at[f] >= 0), key=lambda f: (at[f], -len(f)), default=group)


#: what may stand right before a group's name where the text names it by that name alone: no character, a mark,
#: or a word a name follows (召开｜某某领导小组｜会议, 成立了｜某某指挥部); a name's own characters do not
#: (云南省第二次｜农业普查领导小组: the end of a longer name)
_BEFORE_A_NAME = re.compile(r"(?:^|[^\u4e00-\u9fff]|召开|举行|成立|组建|设立|参加|出席|了|的)$")


def _bare_mention(text: str, form: str) -> int:
    """Where ``text`` first names a group by ``form`` itself (召开｜某某领导小组｜会议), not as the end of a longer
    name (云南省第二次农业普查领导小组); -1 where it never does."""
    at = text.find(form)
    while at >= 0 and not _BEFORE_A_NAME.search(text[max(0, at - 2):at]):
        at = text.find(form, at + 1)
    return at


def _same_but_work(state: _State, group: str) -> str:
    """A group written once with 工作 and once without (县征兵工作领导小组 / 县征兵领导小组): the first form."""
    bare = group.replace("工作", "")
    return next((g for g in state.groups if g.replace("工作", "") == bare), group)


def restates_membership(fact: Position, members: list[Membership]) -> bool:
    """A post that is a member's role in a group under the group's name or a short form of it
    (``县某安委副主任`` for the 副主任 of 县某某安全委员会): the membership says it, not a post."""
    agency = fact.post.agency
    return any(m.person == fact.person and m.role == fact.post.title and agency[:1] == m.group[:1]
               and (agency == m.group or _is_subsequence(agency, m.group)) for m in members)


def _key(f) -> tuple:
    """What makes a group fact the same as another: a member with the same role and posts, a post, a subgroup."""
    if isinstance(f, Membership):
        return ("m", f.group, f.person, f.role, tuple((p.agency, p.title) for p in f.posts))
    if isinstance(f, Position):
        return ("p", f.person, f.post.agency, f.post.title)
    return ("s", f.group, f.parent)
