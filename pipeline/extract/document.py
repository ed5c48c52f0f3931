"""The document itself: title, 文号, issuer, dates, kind, addressees."""
from __future__ import annotations

import re

from ..facts import DocumentFact
from ..lexicon import AGENCY_END_RE, LEVEL_CHARS, PROVINCE_ABBREVIATIONS, PROVINCES, SITE_NAME_RE

from ..text import parse_date, squash, strip_copy_noise, strip_final_punct
from .layout import Layout, _short_name_of

_PROMULGATES = re.compile(r"(?:印发|转发|下发|下达|发布|公布|颁布|颁发)(?P<what>.+?)(?:的|(?<=[》)）])|(?<=[办法规定细则方案意见]))"
                          r"(?:通知|决定|通告|公告|命令)$")  # (…印发《某某办法（修订）》通知: the 的 left out)
_PERSONNEL = re.compile(r"任免|任职|任命|免职|免去|聘任|(?:新|续|解|受|被|首|特)聘|"
                        # a decision that names its persons to a post by another verb: 关于聘请甲某为某县人民政府参事的通知,
                        # 关于委派甲某担任某公司监事的通知, 关于补选甲某为副县长的公告, 关于甲某同志兼任某局局长的通知
                        r"(?:聘请|聘用|任用|委派|补选|增补|选举|选派)[^的，。]{1,20}?(?:为|担任)|同志兼任|(?:同意|接受)[^的，。]{1,20}?辞(?:职|去)|"
                        r"确认[^的，。]{1,20}?当选|当选为|聘为|职务|试用期满|挂职|(?<![军軍个個])人事|"  # (新聘甲等15人为某馆馆员)
                        r"任前公示")  # (干部任前公示公告: the persons a Party committee means to appoint, and their posts now)
# (人事 across two words is none: 退役军人事务部, 个人事项)
#: a notice about the rules or the work of appointing, not an act that appoints: 关于任免某某人员问题的通知,
#: 关于做好人事任免工作的通知
_ABOUT_PERSONNEL = re.compile(r"(?:任免|任职|任命|人事)[^的]{0,20}?(?:问题|权限|工作|程序|制度|管理)(?:的(?:通知|意见|规定)|$)")
#: (a 纲要 of a plan, a programme or a development over years is a plan: 某某中长期规划纲要(2004-2015年), 行动计划纲要,
#: 某某发展纲要; a 学习纲要 or 考试纲要 is none)
_PLAN = ("实施方案", "工作方案", "行动方案", "方案", "计划", "规划", "工作要点", "要点", "行动", "预案",
         "规划纲要", "计划纲要", "发展纲要")
#: (a title that ends with its 措施 is measures however it qualifies them: 若干措施, 政策措施, 具体措施, 十条措施)
_MEASURES = ("办法", "规定", "细则", "制度", "规则", "规范", "准则", "标准", "规程", "条例", "指引", "措施", "若干举措", "政策举措")
#: a law of the state by its title: 中华人民共和国某某法 (not a 办法, nor 方法 or 做法 in a headline)
_LAW = re.compile(r"中华人民共和国[\u4e00-\u9fff]{2,30}法")
_ALLOCATES = ("任务分工", "责任分解", "责任清单", "分解表", "分工方案")
#: a division of work among departments (not among a government's leaders: 领导工作分工, 市长、副市长工作分工)
#: (调整某级林长和责任单位, 河长及责任单位: post-holders with the units that answer to them, a change of holders, no
#: task allocated)
_DIVISION = re.compile(r"(?:任务|部门|措施|责任|事项)分工|任务清单|(?<!领导)(?<!领导同志)(?<!领导成员)(?<![省市县区州]长)工作分工|分解|责任清单|"
                       r"(?<!长和)(?<!长及)(?<!长与)责任单位")
#: a decision that names a person to a post: 关于X为某市人民政府代理市长的决定, 关于副市长X代理市长的决定
_NAMES_TO_POST = re.compile(r"关于[^关的]{2,40}?(?:为|代理)[^的]{0,30}?(?:长|主任|主席|委员|书记)的(?:决定|决议)$")
#: an official title ends with the kind of document it is; a news headline does not
_OFFICIAL = re.compile(r"(?:通知|决定|通报|意见|办法|方案|预案|批复|公告|通告|函|规定|决议|报告|纪要|命令|令|细则|规划|"
                       r"计划|要点|请示|议案|公报|条例|规则|制度|措施|清单|名单)$|令第.{1,6}号$")
#: acts whose kind is what they do: an order, motion or decision that appoints is a personnel act
_ACTS = re.compile(r"(?:令|命令|决定|议案|决议)$|令第.{1,6}号$|第.{1,6}号(?:主席令|令)$")
#: an operative personnel decision in the body: 任命X为Y, X任Y, 免去X的Y职务, X兼任Y
_DECISION = re.compile(r"任命[^，。；\n]{2,30}?(?:为|(?<![主责担兼])任(?![职务命]))|(?:任命|免去)[:：]\s*\n[^，。；:：\n]{2,30}?(?:为|的)|同志(?:任|兼任|聘任|挂职任)[^，,。；;：:\n]{2,40}?(?:长|主任|书记|"
                       r"委员|主席|专员|秘书|总理|理事|员)|免(?:去|除)[^。；\n]{2,60}?(?:职务|的|一职)|(?:罢免|撤销|解除)[^。；\n]{2,60}?职务|辞去[^。；\n]{2,40}?(?:职务|的辞呈)|"
                       # (决定成立以某某为主体的某县某某委员会: a body named after 为, no member's post)
                       # (委派甲某为某市市长: a government charging a person with a post)
                       r"(?:任命|决定|选举|补选|关于|委派)[^，。；\n]{2,12}?为[^，。；\n]{0,30}?(?:长|主任|委员(?!会)|主席)|"
                       r"(?:当选为|被任命为)[^，。；\n]{0,30}?(?:长|主任|委员|主席|书记)|通过了?[^。；《\n]{0,12}?(?:任免|任职|免职|人事)|"
                       r"(?:决定|关于)[:：]?[^，。；\n]{2,30}?代理[^，。；\n]{0,12}?(?:长|主任|主席)|"
                       # a news report of changes: X调任Y校长, X不再担任Y职务 (not 成员…不再担任相应职务 of a group),
                       # a list of lines ``X任Y省政府秘书长，``
                       r"(?<![已曾因])调任[^，。；\n]{2,40}?(?:长|主任|书记|主席)|(?<![员者])不再(?:担任|兼任)(?!相应)[^，。；\n]{2,40}?职务|"
                       # (同志代理某市委书记职务: a report of who acts for the head)
                       r"同志代理[^，。；\n]{2,30}?(?:书记|长|主任|主席)职务|"
                       r"^[ \t\u3000]*[\u4e00-\u9fff]{2,3}任[^，。；：:\n]{2,30}?(?:(?<![组挥])长|主任|书记|主席)[，,。；;]?[ \t\u3000]*$|"
                       # the items of a list under its 任命 / 免去 heading (一、任命 / 1.甲为某局副局长； 2.乙同志的某局局长职务)
                       r"^[ \t\u3000]*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])[ \t\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,4}?"
                       r"(?:同志)?(?:为[^，。；：:\n为]{2,40}?(?:(?<![组挥])长|主任|书记|主席|委员(?!会)|秘书)|的[^，。；：:\n]{2,40}?职务)|"
                       # a list's own heading: 一、任命 / 二、免去 / 免职： on a line of its own, the names and posts under it
                       r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])?[ \t\u3000]*"
                       r"(?:任命|免去|免职|任职|聘任|解聘)[:：]?[ \t\u3000]*$|"
                       r"选举产生了?[^。；\n]{2,30}?(?:长|主任|主席)|决定了?[^。；\n]{0,6}?人事任免|"
                       r"(?:提请|提名)[^，。；\n]{0,12}?任命[^，。；\n]{2,20}?同志|"  # (a motion to appoint, or its explanation)
                       # a report of an order signed to appoint: 签署第二号主席令，根据大会的决定，对…人员予以任命
                       r"签署[^。；\n]{0,12}?主席令[^。；\n]{0,50}?(?:予以)?(?:任命|任免|免去)|"
                       # a government engaging its counsellors or an institute's fellows: 关于聘任某某馆员的通知, 颁发聘书
                       # (a ceremony alone, 授牌暨主任聘任仪式, reports no act)
                       r"关于聘任[^，。；\n]{0,20}?的(?:通知|决定)|颁发聘书|决定聘(?:任|请|用)[^，。；\n]{2,30}?为|"
                       # a report of the act: 某市政府聘任甲某等24人为市政府参事, 向其颁发了聘书 / 颁发聘任证书, 甲某受聘为
                       # 区政府法律顾问 (a counsellor, adviser or fellow engaged by name; a 聘请 of experts to a panel is no post, nor
                       # certificates handed to a new body's 委员/成员: 向各委员颁发了聘任书 sets the body up)
                       r"(?<!委员)(?<!成员)颁发了?聘(?:任)?(?:证)?书|受聘(?:为|担任)[^，。；\n]{2,30}?(?:参事|顾问|馆员)|"
                       r"(?<![关于])聘(?:任|请)[^，。；\n]{2,30}?为[^，。；\n]{0,20}?(?:参事|顾问|馆员)|"
                       # a news sentence of a move: …，甲某任某市市长，乙某代理某市市长。
                       r"(?<=[，,])[\u4e00-\u9fff]{2,3}(?:任|代理)[^，。；、\n]{2,16}?(?:省长|市长|县长|区长|州长)(?=[，,。；])|"
                       # a report's list of moves, one after another's semicolon: …；乙某任某集团公司党委副书记、董事；
                       r"(?<=[；;])[\u4e00-\u9fff]{2,3}任(?![职务命期])[^，。；;：:\n]{2,40}?(?:书记|(?<![组挥])长|主任|主席|董事|经理)(?=[；;，,。、])", re.M)
#: a cover letter that promulgates a document: 现将《…实施方案》印发给你们
_PROMULGATED_IN_BODY = re.compile(r"(?:现将|将)《(?P<what>[^》]{2,80})》(?:印发|转发|发布)|"
                                  r"《(?P<what2>[^》]{2,80})》(?:已经|经|已由)[^。；]{2,80}?(?:同意|通过|批准)[,，]?"
                                  r"现(?:予)?(?:印发|转发|公布|发布)|"  # (a decree: 《X条例》已由…批准，现予公布)
                                  # a letter that says it made the document: 经研究，制定《X》，现印发给你们 / 特制定《X》。
                                  # (…我局制定了《X》。现予以印发: the sentence may end before it)
                                  r"制定了?《(?P<what3>[^》]{2,80})》[,，。]?现(?:予以|予)?(?:印发|转发|发布)|"
                                  r"(?:研究|特)制定了?《(?P<what4>[^》]{2,80})》[。；;]")
#: an attachment named under the cover letter: 附件：苏州市2015年政府工作任务分解表
_ATTACHMENT_NAMED = re.compile(r"^附件[0-9一二三四五六七八九十]?[:：](?P<what>[^，。；]{4,60})$", re.M)
#: 同志任组长: a head of a group, not a post
_GROUP_ROLE_TAKEN = re.compile(r"同志(?:任|兼任)(?:办公室(?:常务)?副?主任|(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|顾问))"
                               r"(?:的|(?![\u4e00-\u9fff]))")
#: a leader's portfolio in a division of work among a government's leaders (副市长甲某：分管教育、科技工作): a text that
#: lists more portfolios than it states decisions divides the work, whatever changes of its members it tells
_PORTFOLIO = re.compile(r"分管")
#: a group's role labels: a text listing members is not a personnel decision
_ROLE_LABEL = re.compile(r"(?:组长|指挥长|召集人|主任委员|成员)[:：]")
_TASK_LABEL = re.compile(r"(?:牵头|配合|协同|责任)(?:组织实施|责任)?(?:单位|部门)|[(（][^()（）\n]{2,30}牵头")
#: a unit's role named in running text (督促各责任单位落实…, 明确牵头单位和责任单位，, 相关责任单位负责人): words or a
#: comma run on after it, where a label has its colon, its bracket or the end of its cell
_IN_PROSE = re.compile(r"[\u4e00-\u9fff，,。；;、]")
#: a text that says it divides the work among units: 任务分工, 责任分解, 细化分解
_DIVIDES = re.compile(r"(?:任务|部门|责任|工作)分工|分解")
#: a headline that reports a group set up or changed: 某县成立某某工作领导小组 (its roles are memberships)
_SETS_UP = re.compile(r"(?:成立|调整|组建|设立|充实)[^，。；]{0,30}(?:小组|指挥部|委员会|联席会议|工作组)$")
#: a notice's opening that sets up a body: 经研究，决定成立某某工作专班（以下简称工作专班）
_SETS_UP_BODY = re.compile(r"决定[，,]?(?:成立|组建|设立)[^，。；]{2,40}?(?:领导小组|工作小组|小组|指挥部|委员会|专班|工作组|联席会议)"
                           r"(?:[(（]以下简称|[，,。；]|组成人员|成员)")
#: the section headings of a plan (an event's or a campaign's): 四、组织机构, 六、时间、地点, 七、日程安排
_PLAN_SECTION = re.compile(r"^[^\u4e00-\u9fff\n]*[一二三四五六七八九十]{1,2}、(?:组织机构|组织领导|时间、地点|日程安排|实施细则|实施步骤|"
                           r"工作步骤|活动内容|活动安排|保障措施|工作目标|进度安排|"
                           r"工作机构|职责分工|工作任务|目标任务|任务分工|方法步骤|实施范围|整治范围|整治重点)", re.M)
#: a text that says what it is: 特制定本方案, 制定如下政策措施, 特作以下规定
_SELF_KIND = re.compile(r"(?:制定|提出|特作出?|现作出?)(?:了)?(?:本|如下|以下)(?P<what>[\u4e00-\u9fff]{0,8}?(?:方案|计划|细则|办法|规定|措施|意见))")


#: a book's chapter or section heading on a line of its own (第二章 地方权力机构, 第四节 人民政府), or the book's
#: name (《某某县志》): a page cut from a gazetteer or chronicle
_BOOK_SECTION = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}[章节篇编][ \t\u3000]+[\u4e00-\u9fff]|"
                           r"《[\u4e00-\u9fff]{2,12}(?:志|年鉴|大事记)》", re.M)


#: a decision that amends or repeals a document: 关于修改《某市某某管理办法》的决定
_AMENDS = re.compile(r"关于(?:修改|修订|修正)《(?P<what>[^《》]{2,60})》(?:等[^的]{0,12})?的决定$")


#: a decision on a line of its own, opening with its verb (任命某某为…; / 免去某某的…职务;): a list of the decisions a
#: report or an act prints, whatever history a report narrates around it (a chronicle dates each of its entries)
_DECISION_LINE = re.compile(r"^[ \t\u3000]*(?:批准)?(?:任命|免去)[\u4e00-\u9fff]{2,4}(?:为|為|的)", re.M)


def _spans_decades(text: str) -> bool:
    """A text that narrates years far apart (1955年… 1958年… 1964年… 1968年): a history of a body (a wiki
    article, a chronicle), four years or more printed over ten years or more."""
    # (a year a news report's biography gives, 1958年出生 / 生于1958年 / 1976年8月参加工作 / 1980年入党, narrates no
    # history)
    years = {int(y) for y in re.findall(r"(?<!生于)(?<!出生于)((?:19|20)\d\d)年(?!(?:\d{1,2}月)?(?:出生|生|参加工作|入党|加入))", text)}
    return len(years) >= 4 and max(years) - min(years) >= 10


#: a news story's lead, its first words (今天下午，某部发布消息称… / 3月5日，… / 本报讯): a report of the day's news,
#: whatever years the biography of the person it names goes through
_NEWS_LEAD = re.compile(r"^\s*(?:(?:今天|今日|昨天|昨日|日前|近日|\d{1,2}月\d{1,2}日)(?:上午|下午|晚上?)?[，,]|本报讯|本网讯|据[^，,。]{2,12}?(?:报道|消息))")


#: a chronicle's own title: 1981年某县大事记, 某县大事记(1956年), 1998年12月份某市政务大事记
_CHRONICLE_TITLE = re.compile(r"大事[记記纪紀]|[纪紀]事$|大事年表")
#: a chronicle's entry: a line opening with its day or month and no time of day, the event run on after it
#: (3月26日  全县某某大会召开。 / 是月经省委批准，某某任县委书记。), not a news lead (1月12日下午，…); a scan's text may
#: part a date's figures from its words (5 月17日, 11月2 日)
_CHRONICLE_ENTRY = re.compile(r"^[ \t\u3000]*(?:是月|是年|同月|本月|\d{1,2} ?月(?: ?\d{1,2} ?日)?(?:[至-]\d{1,2}日)?)"
                              r"(?![上下]午|晚|早|中旬|上旬|下旬)[ \t\u3000]*[^\s,，\d]", re.M)


def _chronicle(title: str, text: str) -> bool:
    """A chronicle (大事记) narrates the year's events, appointments among them: a history, not the act. Its title
    says so, or its page is a run of dated entries (four or more in its first lines)."""
    return bool(_CHRONICLE_TITLE.search(title)) or len(_CHRONICLE_ENTRY.findall(text[:6000])) >= 4


#: a title that sets up or adjusts a group, whatever its name says of posts (关于调整某某公务员职务与职级并行工作领导小组成员的
#: 通知, 关于成立某某人事制度改革领导小组的通知): a notice
_SETS_UP_GROUP = re.compile(r"(?:成立|调整|设立|组建|充实|建立)[^的，,。]{0,60}?(?:领导小组|工作小组|委员会|指挥部|工作组|专班|联席会议)"
                            r"(?:成员|组成人员|人员|及其办公室)?的?(?:通知|决定)$")


def document_kind(title: str) -> str:
    """personnel | plan | measures | notice, per the facts spec."""
    t = re.sub(r"[《》〈〉<>]", "", squash(title))
    t = re.sub(r"(?<=[\u4e00-\u9fff])(?:[\d一二三四五六七八九十]{1,2}篇|范文)$", "", t)  # 某某实施方案6篇: a model-text site's count
    m = _PROMULGATES.search(t)
    target = m["what"] if m else t
    inner = _PROMULGATES.search(target) if m else None
    if inner:  # 关于转发某厅《关于印发某某实施方案的通知》的通知: what the forwarded notice promulgates
        m, target = inner, inner["what"]
    if "解读" in t:
        return "notice"  # a page that explains a document is not the document
    amended = _AMENDS.search(squash(title))
    if amended and amended["what"].endswith(("办法", "规定", "细则", "规则")):
        return "measures"  # 关于修改《某市某某管理办法》的决定: the amendment is part of the government's rules
        # (a congress's decision amending its 条例 is a notice)
    if (_PERSONNEL.search(target) or _NAMES_TO_POST.search(target)) and not target.endswith(_PLAN + _MEASURES) \
            and not _ABOUT_PERSONNEL.search(target) and not _SETS_UP_GROUP.search(target):
        return "personnel"  # 任免通知, or 关于印发…任免职务名单的通知
    if _DIVISION.search(target):
        return "plan"  # 重点工作部门分工的意见, 责任分解的通知: documents that allocate tasks
    target = re.sub(r"[(（][^()（）]*[)）]$|\[[^\[\]]*\]$", "", target)  # 方案(2016—2020年), a database's 方案[2016—2020年]
    head = re.split(r"及|和", target)[0]
    if m and not target.endswith(_PLAN + _MEASURES) and head.endswith(_PLAN + _MEASURES) and len(head) >= 4:
        target = head  # 某某实施细则及文种式样: the document and what comes with it
    if target.endswith(_PLAN):
        return "plan"
    if _LAW.fullmatch(target):
        return "measures"  # 中华人民共和国某某法: a law, a rule of the state like the 条例 an order promulgates
    if target.endswith(_MEASURES) and not (target.endswith("制度") and re.search(r"(?:建立|设立|成立)[^的]*制度$", target)):
        return "measures"  # (某地建立某某联席会议制度: a body and its working system set up, no rules)
    return "notice"


#: a paragraph of a report that opens with the document it reports as its subject: 《方案》提出…, 《意见》明确…
_ABOUT_IT = re.compile(r"^[ \t\u3000]*《[^《》]{1,12}》(?:还|同时|也)?(?:提出|明确|要求|强调|指出|注重|紧密|围绕|规定|共有|"
                       r"分为|包括|从|针对|聚焦|部署)", re.M)


#: a letter that sets up or approves a body's working system: 关于(同意)建立某某联席会议制度的通知/函/批复, or an
#: untitled reply's 同意建立由某局牵头的某某联席会议制度
_SETS_UP_SYSTEM = re.compile(r"建立(?:由[^，。；的]{2,30}?牵头(?:负责)?的)?(?P<what>[^，。；《》“”\"]{2,60}?制度)(?:的(?:通知|函|复函|批复)$|[。；])")
_OPENS_SYSTEM = re.compile(r"同意建立(?:由[^，。；的]{2,30}?牵头(?:负责)?的)?(?P<what>[^，。；《》]{2,60}?制度)[。；]")
_QUOTES = re.compile(r"[《》“”\"「」『』]")


def attaches_its_system(text: str, title: str, headline: bool) -> bool:
    """A letter that sets up (or approves) a working system (建立某某联席会议制度) and prints the 制度 itself under it,
    its name as a heading of its own (附件 / 某某联席会议制度 / 为加强…): it issues the 制度, a rule (``measures``). A
    letter that sets the body up in its own text prints none (a notice). (A page that names the 制度 only on its
    附件： line, its text run on under that line, is left a notice: the older corpora's call, see the report.)"""
    m = _SETS_UP_SYSTEM.search(title) if not headline else _OPENS_SYSTEM.search(text[:3000])
    if not m:
        return False
    what = _QUOTES.sub("", squash(m["what"]))
    for line in text.split("\n"):
        flat = squash(line)
        if not flat.endswith(("制度", "度》", "度”")) or len(flat) > 3 * len(what) + 8:
            continue  # (a line with pinyin notes is longer than the name it prints)
        flat = _QUOTES.sub("", squash(strip_copy_noise(line)))
        if flat == what:
            return True
    return False


def body_kind(text: str, title_kind: str, title: str) -> str:
    """The kind from what the text does, where the title does not say: an untitled text, or an
    order, motion or decision whose operative content is appointments (spec: ``personnel``)
    or that allocates tasks to agencies (``plan``)."""
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", title)
    headline = not title or not _OFFICIAL.search(bare)  # untitled, or a news page's headline
    if title_kind != "notice" or "解读" in title:
        return title_kind
    tasks = len(_TASK_LABEL.findall(text))
    if _PROMULGATES.search(re.sub(r"[《》〈〉<>]", "", bare)) and tasks >= 3:
        return "plan"  # 关于印发…工作事项的通知 that allocates tasks to units
    if any(_DIVISION.search(a["what"].split("\n")[0]) for a in _ATTACHMENT_NAMED.finditer(text)):
        return "plan"  # 关于做好某某工作的通知 whose attachment is the 任务分解表: the notice allocates the tasks
    if attaches_its_system(text, bare, headline):
        return "measures"  # 关于同意建立某某联席会议制度的函 + 附件：某某联席会议制度
    if not (headline or _ACTS.search(bare)):
        return title_kind  # an official title says what the document is
    promulgated = _PROMULGATED_IN_BODY.search(text)
    if (headline or re.search(r"令$", bare)) and promulgated:  # (an order takes the kind of what it promulgates)
        return document_kind(promulgated["what"] or promulgated["what2"]
                             or promulgated["what3"] or promulgated["what4"])  # 现将《X实施方案》印发给你们
    if headline and _SETS_UP.search(bare):
        return "notice"  # 某县成立某某领导小组: the roles it names are memberships, not appointments
    if not title and _SETS_UP_BODY.search(text[:1500]):
        return "notice"  # an untitled notice that sets up a body (决定成立某某工作专班), its tasks divided or not (spec)
    if not title and len(_PLAN_SECTION.findall(text)) >= 2:
        return "plan"  # a page cut from the middle of an event's or campaign's plan
    if headline and re.search(r"解读如下|解读[:：]|(?:政策|文件)解读", text[:500]):
        return "notice"  # an untitled page that explains a document is not the document
    if headline and len(_ABOUT_IT.findall(text[:3000])) >= 2:
        return "notice"  # 《方案》提出… / 《方案》注重…: a report about a document, naming it as its subject
    said = _SELF_KIND.search(text[:3000])
    if headline and said:  # an untitled text that names its own kind (特制定本方案)
        return "measures" if said["what"].endswith("措施") else document_kind(said["what"])
    attached = _ATTACHMENT_NAMED.search(text)
    if headline and attached and document_kind(attached["what"]) == "plan":
        return "plan"  # an untitled cover letter whose attachment is a 分解表 or 方案
    # (同志任组长 in a sentence that sets up a group: a role in the group, not an appointment)
    decisions = sum(1 for d in _DECISION.finditer(text) if not _GROUP_ROLE_TAKEN.match(d.group()))
    members = len(_ROLE_LABEL.findall(text))
    portfolios = len(_PORTFOLIO.findall(text))  # (a report of leaders' division of work: a notice, spec)
    listed = len(_DECISION_LINE.findall(text)) >= 3  # (decisions one a line, each opening with its verb: the act's list)
    if decisions >= (1 if headline else 2) and decisions > tasks and decisions > members and decisions >= portfolios \
            and not (not title and (_BOOK_SECTION.search(text[:800])
                                    or _spans_decades(text[:1500]) and not listed and not _NEWS_LEAD.match(text))) \
            and not _chronicle(title, text):
        return "personnel"  # (an untitled chapter of a gazetteer narrates appointments: a history, not the act)
    # (a report or a history that names units' roles in its sentences allocates nothing; a text that says it
    # divides the work among them, 任务分工 / 分解, does, in its sentences too)
    labels = tasks if _DIVIDES.search(text[:1500]) else \
        sum(1 for m in _TASK_LABEL.finditer(text) if m.group().startswith(("(", "（")) or not _IN_PROSE.match(text, m.end()))
    if headline and labels >= (1 if not title else 2):
        return "plan"  # a task table's unit column, or an untitled text's 牵头单位 label
    return title_kind


#: a text that says it divides the work among units: 明确分工, 分工与配合, 任务分解, 各司其职、各负其责
_SAYS_IT_DIVIDES = re.compile(r"分工|分解|各司其职|各负其责")
#: a body's working rules (a joint meeting's 工作规则, its members' 职责): the body's system, no allocation of tasks
_WORKING_RULES = re.compile(r"工作规则|议事规则|工作制度")


def allocating_kind(kind: str, title: str, facts: list, text: str) -> str:
    """The kind of a page with no title (a page cut from a plan, a report of a plan) whose facts are all tasks given
    to units and which says it divides the work (明确分工，责任到人 / 分工与配合 / 《分工方案》): it allocates tasks, a
    ``plan`` (spec). (An untitled text that names its own kind, 现提出以下意见, keeps it.)"""
    if kind != "notice" or title or _SELF_KIND.search(text[:3000]) or _WORKING_RULES.search(text):
        return kind
    allocated = sum(1 for f in facts if type(f).__name__ == "Assignment")
    others = sum(1 for f in facts if type(f).__name__ not in ("Assignment", "Subgroup", "Citation"))
    if allocated >= 3 and not others and _SAYS_IT_DIVIDES.search(text):
        return "plan"
    return kind


#: a body's own office, the one that posts for it (某县人大常委会办公室, 某市人民政府办公室)
_OWN_OFFICE = re.compile(r"(?:办公室|办公厅)$")


def _full_name(body: str) -> str:
    """A congress committee's or a government's name written out in full (人大常委会 -> 人民代表大会常务委员会)."""
    return re.sub(r"(?<!人民)政府$", "人民政府", body.replace("人大常委会", "人民代表大会常务委员会"))


def issuer_of_title(title: str, printed: str = "") -> str | None:
    """The body that opens the title (某市人民政府关于…); of a forwarding chain (某市人民政府转发省人民政府
    转发国务院关于…) the first body, the one that forwards. Joint bodies the title as ``printed`` parts with a
    space (某部办公厅 某局某司关于…) are joined with 、."""
    spaced = _spaced_joint(printed)
    if spaced:
        return spaced
    listed = _LIST_TITLE.match(title)
    if listed:  # 某县人民代表大会常务委员会任免名单: the body whose list it is
        return listed["body"]
    head, sep, _ = title.partition("关于")
    if re.match(r"(?:转发|印发|批转)", head):
        return None  # 转发某部关于…的通知: the body named is the one forwarded, the one that forwards is not printed
    if _REPORTING_VERB.match(head):
        return None  # 通报传达省委、某市委关于人事调整的决定: a report's headline, what a meeting did with bodies' decisions
    head = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:转发|印发).*$", "", head)
    if not _ISSUING_END.search(head):
        return None  # 某州关于印发…: a site's headline that names the place, not the body that issued it
    return _joint(head) if sep and 3 <= len(head) <= 40 else None  # (法院关于…的情况汇报: a kind of body, no name)


#: a headline's verb before the bodies whose document a meeting passed on: 通报传达, 宣读, 传达学习, 宣布
_REPORTING_VERB = re.compile(r"(?:通报|传达|宣读|宣布|学习|贯彻|解读|部署)")
#: a list's title that opens with the body whose decisions it lists, no 关于: 某县人民代表大会常务委员会任免名单
_LIST_TITLE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,40}?(?:人民代表大会常务委员会|常务委员会|人大常委会|人民政府|委员会))"
                         r"(?:人事)?(?:任免|任命|免职|任职|职务任免)(?:人员)?名单$")


def _spaced_joint(printed: str) -> str | None:
    """Two to six bodies a joint title prints apart with spaces before its 关于 (or its 印发):
    某部办公厅 某局某司关于… -> 某部办公厅、某局某司, each part ending as a body's name does."""
    head = re.split(r"关于|(?<=[\u4e00-\u9fff]{2})(?:印发|转发)", printed.strip(" \t\u3000"), maxsplit=1)
    if len(head) < 2 or "\n" in head[0]:
        return None
    parts = [p for p in re.split(r"[ \t\u3000]+", head[0]) if p]
    if not 2 <= len(parts) <= 6 or not all(4 <= len(p) <= 24 and (_ISSUING_END.search(p) or p.endswith("司")) and not _PLACE_LEVEL.fullmatch(p)
                                           for p in parts):
        return None
    return "、".join(parts)


#: a place's name by its level alone (某某县): no body of a joint title
_PLACE_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,8}[省市县区镇乡旗]")


#: where a joint title's second body starts: after an office, a government or a Party committee, the same place
#: again (中共某镇委员会某镇人民政府: a town's too)
_JOINT_CUT = re.compile(r"(?:(?<=办公室)|(?<=办公厅)|(?<=人民政府)|(?<=委)|(?<=委员会))(?=中共|[\u4e00-\u9fff]{1,8}?[省市县区镇乡])")


def _joint(head: str) -> str:
    """Two bodies a joint title prints without a mark between them, joined with 、: 中共某区委办公室某区人民政府办公室
    -> 中共某区委办公室、某区人民政府办公室 (the second names the place the first does)."""
    for m in _JOINT_CUT.finditer(head):
        first, second = head[: m.start()], head[m.start():]
        place = re.match(r"^(?:中共)?([\u4e00-\u9fff]{1,8}?[省市县区镇乡])", second.removeprefix("中共"))
        if first.endswith("委") and not first.startswith("中共"):
            continue  # (某某委: a commission's name goes on)
        if len(first) >= 4 and _ISSUING_END.search(second) and len(second) >= 4 and place and \
                (place.group(1) in first or place.group(1) in "省市县区"):
            return first + "、" + second
    return head


#: how the name of a body that issues documents ends, or of a place by its level (某某镇: its government); a
#: city's name alone (某州, 某阳) is none; a congress's plenary session issues its own decisions
#: (第某届某某人民代表大会第一次会议关于…的决定)
_ISSUING_END = re.compile(r"(?:代表大会第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|政府|办公室|办公厅|委员会|委|局|厅|部|署|司|院|中心|办|会|组|处|党组|党委|主席|中央|公司|集团|队|所|站|室|"
                          r"[省市县区镇乡旗]|街道|林场|农场|牧场|总场|分场|学校|学院|中学|小学|法庭|联合社|合作社|"
                          # (a Corps' or an army's unit named by its number: 新疆生产建设兵团第十三师, 某某师某某团)
                          r"第[一二三四五六七八九十\d]{1,4}[师团]|"
                          # (bodies counted after the first: 某省某局等七部门关于…)
                          r"等[一二三四五六七八九十\d]{1,3}个?(?:部门|单位))$")


def issuer_under_title(layout: Layout) -> str | None:
    """The body named on its own line right under the title, as a law database or a gazette prints a
    regulation: 某省某某管理规定 / 某省人民政府 / 政府令〔2010〕第15号 (the title may be printed more than once)."""
    title = re.sub(r"[《》]", "", squash(layout.title or ""))
    lines = layout.lines
    for i, line in enumerate(lines[:20]):
        if not title or re.sub(r"[《》]", "", line.flat) != title or i + 1 >= len(lines):
            continue
        below = lines[i + 1].flat
        if len(below) <= 30 and _ISSUER_LINE.search(below) and not re.search(r"[，。；,;：:]|关于", below):
            return re.sub(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?=[\u4e00-\u9fff]{2,8}?[市州盟])", "", below)  # 某省某市人民政府
    return None


#: how the name of a body that signs a regulation ends
_ISSUER_LINE = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|部|署|院)$")


def body_text(layout: Layout) -> str:
    return "\n".join(line.text for line in layout.lines)


#: an issuer printed by its level alone (市人民政府令, 区人民政府办公室, 省人大常委会): the page names the place elsewhere
_BARE_ISSUER = re.compile(r"^(?P<level>自治区|[省市区县州旗])(?P<rest>(?:人民政府|政府)(?:办公室|办公厅)?|人大常委会|"
                          r"人民代表大会常务委员会)$")
_CONGRESS = "(?:人大常委会|人民代表大会常务委员会)"
#: a province's own document number: 鄂政发〔2018〕26号, 内政办发〔2006〕5号
_PROVINCE_NUMBER = re.compile(rf"^(?P<abbr>[{''.join(PROVINCE_ABBREVIATIONS)}])政(?:办)?[发函字电]")


def _province(level: str, text: str, number: str | None) -> str | None:
    """The province (or autonomous region) a bare ``省人民政府`` belongs to: the one its own document
    number abbreviates (鄂政发 -> 湖北省), else the only one the page names."""
    m = _PROVINCE_NUMBER.match(number or "")
    if m and PROVINCE_ABBREVIATIONS[m["abbr"]].endswith(level):
        return PROVINCE_ABBREVIATIONS[m["abbr"]]
    named = {p for p in PROVINCES if p.endswith(level) and p in text}
    return named.pop() if len(named) == 1 else None


def _place_of_number(number: str | None, text: str) -> str:
    """The place a number's code abbreviates (某政发 is 某州市人民政府's), where the page names a
    place of two characters that opens with it, before 市, 县, 区 or 经济 (某州经济开发区)."""
    code = re.match(r"^(?P<c>[\u4e00-\u9fff])(?:政|府)", number or "")
    if not code:
        return ""
    found = {m["place"] for m in re.finditer(rf"(?<![\u4e00-\u9fff])(?P<place>{code['c']}[\u4e00-\u9fff])(?=市|县|区|经济|高新)", text)}
    return found.pop() if len(found) == 1 else ""


def qualified_issuer(issuer: str, text: str, number: str | None = None) -> str:
    """``市人民政府`` as the page names it in full (``安徽省淮南市人民政府`` -> ``淮南市人民政府``): the place
    is the name printed before the same level and body (人民政府 or 政府) anywhere on the page. A
    province's (``省人民政府``, ``自治区人民政府``) is the province its number or the page names."""
    m = _BARE_ISSUER.match(issuer)
    if not m:
        return issuer
    if m["level"] in ("省", "自治区"):
        province = _province(m["level"], text, number)
        if province:
            return province + re.sub(r"^(?:人民)?政府", "人民政府", m["rest"])
        if "政府" not in m["rest"]:
            return issuer  # 省人大常委会 of a page that names no one province
    body = _CONGRESS if m["rest"].startswith("人") and "政府" not in m["rest"] else \
        re.sub(r"^(?:人民)?政府", "(?:人民)?政府", m["rest"])
    found = re.search(rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市]))(?P<place>(?![各本全我该年月日号])[\u4e00-\u9fff]{{2,6}}?)"
                      rf"{m['level']}{body}", text)
    place = re.sub(r"^.*(?:省|自治区)", "", found["place"]) if found else ""  # 安徽省淮南 -> 淮南
    if len(place) < 2:
        place = _place_of_number(number, text)
    if len(place) < 2:
        return issuer
    return place + m["level"] + re.sub(r"^(?:人民)?政府", "人民政府", m["rest"])  # 省政府办公厅 is 省人民政府办公厅


#: a report naming the body that issued what it reports: 山西省人民政府近日发布了…, 上海市人大常委会会议决定, two bodies
#: jointly (某省委办公厅、省政府办公厅下发了…)
#: (not a date's 日 before a bare body: 1991年10月31日市人民政府发布)
_REPORTED_KINDS = "人民政府办公厅|人民政府办公室|人民政府|人大常委会|人民代表大会常务委员会|指挥部|领导小组"
#: …and the short names a pair of bodies may go by (某省委办公厅、省政府办公厅)
_PAIRED_KINDS = _REPORTED_KINDS + "|政府办公厅|政府办公室|委办公厅|委办公室"


def _reported_body(least: int, kinds: str) -> str:
    return rf"(?![年月日号])[\u4e00-\u9fff]{{{least},12}}?(?:{kinds})"


_REPORTED_ISSUER = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:据|经)?(?P<org>国办|国务院办公厅|国务院|{_reported_body(2, _PAIRED_KINDS)}"
    rf"、{_reported_body(1, _PAIRED_KINDS)}|"  # (two bodies, the second named by its level alone: 、省政府办公厅)
    rf"{_reported_body(2, _REPORTED_KINDS)})"
    r"(?:近日|日前|今天|今日|昨天|昨日)?[,，]?(?:发布|印发|公布|发出|下发|发文)了?|"
    r"(?<![\u4e00-\u9fff])(?P<org2>[\u4e00-\u9fff]{2,12}?(?:人大常委会|人民代表大会常务委员会))(?:会议)?决定|"
    # a report of a government's appointments: 国务院任免国家工作人员, 某省人民政府近日任免一批干部
    # (not a rule for bodies at large: 某省县级以上各级人民政府任免工作人员…)
    r"(?P<org3>国务院|(?<![\u4e00-\u9fff])(?![年月日号])(?:(?!各|以上)[\u4e00-\u9fff]){2,12}?人民政府)(?:近日|日前|今天|今日|昨天|昨日)?任免"
    r"(?:了)?(?:一批)?[\u4e00-\u9fff]{0,8}?(?:国家工作人员|人员|干部|官员)")
_SHORT_NAMES = {"国办": "国务院办公厅"}
#: words of a sentence before a body's name that a report's clause runs on into it (并且都是经区市人大常委会决定任命:
#: who decides such things at large, no issuer of the page)
_CLAUSE_IN_ORG = re.compile(r"并且|而且|都是|均是|均由|都由|是经|均经|都经|经(?!济|开|贸|信|营)|由于|因为|所以")


def _in_book_title(text: str, at: int) -> bool:
    """Position ``at`` lies inside a 《…》 title the text cites."""
    before = text[max(0, at - 120): at]
    return before.rfind("《") > before.rfind("》")


def reported_issuer(text: str) -> str | None:
    """The issuer of a reported notice (a news page without the notice's own signature)."""
    lead = "\n".join([line for line in text[:1500].split("\n") if re.search(r"[，,。]", line)][:2])
    m = next((f for f in _REPORTED_ISSUER.finditer(lead) if not _in_book_title(lead, f.start())
              and not _CLAUSE_IN_ORG.search(f["org"] or f["org2"] or f["org3"])), None)
    if not m:
        return None  # (中共中央办公厅国务院办公厅印发<…>的通知 inside 《》 is a cited title, not a report)
    org = m["org"] or m["org2"] or m["org3"]
    return _SHORT_NAMES.get(org, org)


#: a provincial or national congress standing committee's session, by its term and sitting:
#: 某省十二届人大常委会第四次会议, 第三届全国人民代表大会常务委员会第三次会议 (a city's, county's or
#: district's session report is a news item about a local body: no issuer)
_PROVINCIAL = "|".join(PROVINCES + ("北京市", "天津市", "上海市", "重庆市", "省", "自治区"))
_ORDINAL = "[一二三四五六七八九十百零〇\\d]{1,4}"
_SESSION = re.compile(rf"(?P<place>{_PROVINCIAL})?第?{_ORDINAL}届(?P<national>全国)?(?P<body>人大常委会|人民代表大会常务委员会)"
                      rf"(?:举行|召开)?第?{_ORDINAL}次(?:全体)?会议")
#: a decision of the session that names a person: 任命某某为, 决定免去某某的, 接受某某辞去; the person's aside after the
#: name (任命某某（女，蒙古族）为); a minority's longer name, five to eight characters, before 为 or 辞去 only
_NAMED_DECISION = re.compile(r"(?:任命|决定|免去|接受)(?:[\u4e00-\u9fff]{2,4}?(?:同志)?(?:[(（][^()（）]{1,12}[)）])?(?:为|任|的|辞去)|"
                             r"[\u4e00-\u9fff]{5,8}?(?:[(（][^()（）]{1,12}[)）])?(?:为|辞去))"
                             # (推选某某副主任某某代理主任职务: the committee names an acting head until it elects one)
                             r"|(?:推选|推選)[^。；;\n]{2,30}?(?:代理|代行)[\u4e00-\u9fff]{1,12}?(?:职务|職務)")


#: a report of a government's leaders' division of work: 某省政府领导最新分工, 《某省人民政府领导成员工作分工》,
#: 某市市长、副市长工作分工
_PLACE_CHARS = r"(?:(?![了的在对将和与及这该本各全两按根依位])[\u4e00-\u9fff])"  # (多位某省政府领导: a counter, no place)
_DIVISION_OF = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=了)|(?<=的))(?P<gov>{_PLACE_CHARS}{{2,7}}?[省市县区](?:人民)?政府)[^。；;]{{0,20}}?"
                          rf"领导(?:成员|同志)?(?:最新)?(?:工作)?分工|(?:(?<![\u4e00-\u9fff])|(?<=了)|(?<=的))"
                          rf"(?P<place>{_PLACE_CHARS}{{2,7}}?[省市县区])(?P<head>省长|市长|县长|区长)、副(?P=head)(?:最新)?(?:工作)?分工")


def division_issuer(text: str) -> str | None:
    """The government whose leaders' division of work a news page reports (one government only)."""
    found = set()
    for m in _DIVISION_OF.finditer(text[:2000]):
        gov = m["gov"] or m["place"] + "人民政府"
        found.add(re.sub(r"(?<=[省市县区])政府$", "人民政府", gov))
    return found.pop() if len(found) == 1 else None


def session_issuer(text: str) -> str | None:
    """A news report of one congress standing committee's session that made named personnel
    decisions: the committee, as the page names it without its term (某省人大常委会). None where the
    page reports the sessions of several committees."""
    found = {(m["place"] or "", m["national"] or "", m["body"]) for m in _SESSION.finditer(text[:3000])}
    named = {f for f in found if f[0] not in ("", "省", "自治区") or f[1]}
    if named:  # 某省十一届… and later 省十一届…, 十三届全国人大常委会 and 十三届人大常委会: one committee
        found = named
    if len(found) != 1 or not _NAMED_DECISION.search(text):
        return None
    place, national, body = found.pop()
    if not (place or national):
        return None  # a local session (县十七届人大常委会)
    return place + national + body

#: a report's source field that names a standing committee itself (稿件来源:某市人民代表大会常务委员会), not its office
#: (来源:某市人大常委会办公室 names who wrote the story)
_SOURCE_COMMITTEE = re.compile(r"(?:稿件|信息|文章)?(?:来源|來源)[:：][ \t\u3000]*(?P<body>[\u4e00-\u9fff]{2,20}?"
                               r"(?:人民代表大会常务委员会|人民代表大會常務委員會|人大常委会|人大常委會))(?![\u4e00-\u9fff])")


def sourced_committee(text: str) -> str | None:
    """A report of a session's personnel decisions whose page names the standing committee that held it as the
    story's source, in its header (日期:2020-06-30     稿件来源:某市人民代表大会常务委员会): that committee."""
    m = _SOURCE_COMMITTEE.search(text[:600])
    return m["body"] if m and _NAMED_DECISION.search(text) else None


#: a standing committee named in full as the maker of the decisions a report gives, at the head of its clause:
#: 根据…的提请，某县人民代表大会常务委员会决定任命某某为…; a traditional page's 某縣人民代表大會常務委員會決定：任命…;
#: the clause's verb again over each block: …常务委员会决定： / 决定任命： (…委员会任命名单: a list's heading, no clause)
_DECIDING_COMMITTEE = re.compile(r"(?<![\u4e00-\u9fff])(?P<body>[\u4e00-\u9fff]{2,16}?"
                                 r"(?:人民代表大会常务委员会|人民代表大會常務委員會))"
                                 rf"(?:第{_ORDINAL}次(?:全体)?(?:会议|會議)|会议|會議)?(?:依法)?(?:决定|決定)[:：]?[ \t\u3000\n]{{0,8}}"
                                 r"(?:决定|決定)?(?:任命|免去|接受|推选|推選)")


def deciding_committee(text: str) -> str | None:
    """A report of a session's personnel decisions that names, in full, the one standing committee that made them
    (…的提请，某县人民代表大会常务委员会决定任命甲为…): that committee, local or not (the committee the report names
    as the decider is the notice's issuer; a session's name alone, 县十七届人大常委会, names none)."""
    found = {m["body"] for m in _DECIDING_COMMITTEE.finditer(text[:5000])}
    return found.pop() if len(found) == 1 and _NAMED_DECISION.search(text) else None


#: a report's lead that dates the session which made the decisions, the year printed: 2016年8月30日上午，县十八届人大常委会
#: 第三十一次会议表决通过了…, 2016年8月30日，某县第十八届人民代表大会常务委员会第三十一次会议在某地举行 (a date without
#: its year dates no session: 8月29日，…; nor does a list's note of adoption the report reprints: (2020年7月28日某区第六届
#: 人民代表大会常务委员会第二十六次会议通过) dates the list, not the report)
_SESSION_DATE = re.compile(r"(?<![(（\d])(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上?)?[，,]?[^。；;\n]{0,40}?"
                           r"(?:人大常委会|人民代表大会常务委员会|人大常委會|人民代表大會常務委員會)"
                           r"第[一二三四五六七八九十\d]{1,4}次(?:全体|全體)?(?:会议|會議)")


#: the same lead without its year (5月28日，某市十五届人大常委会第十八次会议召开), or the day after the session's name
#: (not a news agency's dateline, 1月22日电 据…: the day it filed the story)
#: (某省第十二届人大常委会第二十次会议今天(9月24日)在某地闭会)
_SESSION_DAY = re.compile(r"(?<![(（\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?![电讯電訊])(?:上午|下午|晚上?)?[，,]?[^。；;\n]{0,40}?"
                          r"(?:人大常委会|人民代表大会常务委员会|人大常委會|人民代表大會常務委員會)"
                          r"第[一二三四五六七八九十\d]{1,4}次(?:全体|全體)?(?:会议|會議)"
                          r"|(?:人大常委会|人民代表大会常务委员会|人大常委會|人民代表大會常務委員會)第[一二三四五六七八九十\d]{1,4}次"
                          r"(?:全体|全體)?(?:会议|會議)(?:今天|今日)[(（](?P<m2>\d{1,2})月(?P<d2>\d{1,2})日[)）]")


def session_date(text: str, posted: str | None = None) -> str | None:
    """A news report of a standing committee's session, under its own headline and signed by no one: the date its
    lead gives the session (the day the decisions were made), where the lead prints its year; where it does not,
    the year the page's posting date gives it (the session's day on or before that date)."""
    if not _NAMED_DECISION.search(text):
        return None
    m = _SESSION_DATE.search(text[:1500])
    if m:
        return parse_date(m["date"])
    day = _SESSION_DAY.search(text[:1500])
    if not day or not posted or not re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", posted):
        return None
    month, date = int(day["m"] or day["m2"]), int(day["d"] or day["d2"])
    year = int(posted[:4]) - ((month, date) > (int(posted[5:7]), int(posted[8:10])))
    return f"{year}-{month:02d}-{date:02d}" if 1 <= month <= 12 and 1 <= date <= 31 else None


#: a government printed by its place's name alone (an info block's 发文机关: 某某镇)
_PLACE_ONLY = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}[镇乡])$")
#: a government printed by its short name: 某区政府, 某县政府办公室
_SHORT_GOV = re.compile(r"^(?P<place>[\u4e00-\u9fff]*[省市区县州旗盟])政府(?P<office>办公室|办公厅)?$")


#: a government's order number: 某市人民政府令第41号 (a regulation it promulgates, 规章)
_GOVERNMENT_ORDER = re.compile(r"(?:人民政府|政府|府)令第")


def _order_kind(kind: str, number: str | None, title: str) -> str:
    """A decision a government promulgates by its order (某市人民政府令第41号 / 关于加强某某管理的决定) is a
    regulation (``measures``), like the 办法 and 规定 orders promulgate; an order for a 通告 stays a notice."""
    if kind == "notice" and number and _GOVERNMENT_ORDER.search(number) and title.endswith("决定"):
        return "measures"
    return kind


#: a government's own document number: its code ends with 政 or 府 and the kind (某政发, 某府函, 某政〔…〕), no 办
_GOVERNMENT_CODE = re.compile(r"^(?P<code>[\u4e00-\u9fff]{1,6}?(?:政|府)(?:发|函|字)?)[〔\[(（]")


def _government_of_number(issuer: str, number: str | None) -> str:
    """A page's publisher (发布机构: 某县人民政府办公室) for a notice the government itself numbered (某政发〔2021〕2号):
    the issuer is the government, as its own number says (its office's numbers read 某政办发)."""
    m = _GOVERNMENT_CODE.match(number or "")
    office = re.match(r"^(?P<gov>.*?(?:人民政府|政府))(?:办公室|办公厅)$", issuer)
    if m and "办" not in m["code"] and office:
        return office["gov"]
    return issuer


#: a red-header document's masthead, a line of its own at the top: 某市某区人民政府办公室文件, 中共某县委员会文件
_MASTHEAD = re.compile(r"^(?P<body>[\u4e00-\u9fff、]{4,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|部|署))文件$")


def masthead_issuer(layout: Layout) -> str | None:
    """The body a red-header document's masthead names (某市某区人民政府办公室文件 over the number and a title that
    names no issuer, a signature with its date alone): the issuer. Only among the page's first lines."""
    for line in [ln for ln in layout.lines if ln.flat][:3]:
        m = _MASTHEAD.match(squash(line.flat))
        if m:
            return m["body"]
    return None


def _only_posted_by(layout: Layout, title: str, named: str | None) -> bool:
    """The issuer the page's info block gives (发布机构, 发文机关) is only the body that posted the page: the page is a
    news story (its headline no official title, no 文号: the site's publisher issued nothing), or its title opens with
    another body (发文机关: 某县应急管理局 over 某县人民政府办公室关于…: the body the title names issued it)."""
    if not layout.issuer_from_info or not title:
        return False
    headline = not layout.number and not _OFFICIAL.search(re.sub(r"[(（][^()（）]*[)）]$", "", squash(title)))
    # (a page that prints its own 文号 is the document, whatever its title's last word: 某某重点工作任务)
    return headline or bool(named) and named != layout.issuer


#: a hijacking site's brand put before a body's name in place of its place (pg某某官网 住房和建设局, 某某app官方版 某某局):
#: Latin letters or 官网/官方 in it, ending with the brand's word for its site or app
_SPAM_BRAND = re.compile(r"^(?=[^\u4e00-\u9fff]{0,8}[A-Za-z]|[^官]{0,12}官(?:网|方))[A-Za-z0-9\u4e00-\u9fff·•]{1,16}?"
                         r"(?:官方网站|官网|官方免费版|官方版|官方下载|[Aa][Pp][Pp]下载|[Aa][Pp][Pp])")
#: a copying site's mask over a name: (略), ××, ＊＊, ***
_MASKED = re.compile(r"[(（]略[)）]|[×xX＊*]{2,}|□{2,}")


def _printed_title(layout: Layout) -> str:
    """The title as the page printed it on one line, its spaces kept ("" when it wraps or has no place)."""
    if not layout.title_span:
        return ""
    start, end = layout.title_span
    line = next((ln for ln in layout.lines if ln.start <= start < ln.end or ln.start == start), None)
    return line.text[start - line.start:end - line.start] if line and end <= line.end else ""


def _news_headline(title: str) -> bool:
    """A news page's headline of its own (某省成立某某领导小组, 某某任某市代市长): no notice's title (关于…, …的通知,
    …决定, …方案)."""
    flat = squash(title)
    return bool(flat) and "关于" not in flat and not _OFFICIAL.search(strip_final_punct(flat))


#: a policy interpretation's own label for the body that wrote it (政策解读单位:某县人民政府办公室): the page's issuer,
#: not the body whose notice it explains (某县人民政府印发了《…》)
_INTERPRETED_BY = re.compile(r"(?:政策)?解[读讀](?:单位|單位|机关|機關|部门|部門)[ \t\u3000]*[:：][ \t\u3000]*"
                             r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳|委|办|辦))"
                             r"(?![\u4e00-\u9fff])")


def interpreting_body(text: str) -> str | None:
    """The body a policy interpretation names as its author under its label (解读单位:某县人民政府办公室)."""
    m = _INTERPRETED_BY.search(text)
    return m["body"] if m else None


def _reported_by_headline(org: str | None, headline: str) -> str | None:
    """The body a news report says sent the notice, where the report's headline names that body as the one that
    acts (某省调整充实省人民政府某某指挥部 over 某省人民政府某某指挥部发文…): not where it names another (某省成立某某
    领导小组 over 省政府办公厅日前印发通知…), whose notice the page only reports. No headline: the body."""
    if not org or not headline:
        return org
    bare = re.sub(r"^(?:[\u4e00-\u9fff]{1,7}?[省市县区州旗盟])+(?=[\u4e00-\u9fff]{2})", "", squash(org))  # (its place)
    return org if bare in squash(headline) else None


def _in_full_in_title(issuer: str, title: str) -> str:
    """An issuer an info table names by its level (发文机关: 盟农牧局, 市财政局) as the title opening with it names it in
    full (阿拉善盟农牧局关于…): the full name."""
    head = squash(title).partition("关于")[0]
    if head == issuer or not head.endswith(issuer) or "、" in head or len(head) > 30:
        return issuer
    if issuer[:1] in LEVEL_CHARS or _HIGHER_PLACE.fullmatch(head[:-len(issuer)]) and _PLACE_BODY.match(issuer):
        return head  # (a town's signature, 某某乡人民政府, under 某县某某乡人民政府关于…: the title's name, its county's too)
    return issuer


#: the county, city or province a title puts before a body's own place name: 某某县, 某某市, 某某自治州
_HIGHER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗)")
#: a body named by its own place: 某某乡人民政府, 某某镇党委, 某某街道办事处
_PLACE_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:乡|镇|街道|苏木|县|区|市|旗)(?:人民政府|政府|党委|委员会|办事处|人大|人民代表大会)")


def find_document(layout: Layout, meta: dict[str, str]) -> DocumentFact:
    title = layout.title or squash(meta.get("title", "")) or ""
    under = issuer_under_title(layout)
    decree = layout.decree_issuer
    if under and decree and not re.search(r"政府$", decree):
        decree = None  # 中华人民共和国主席令 under a regulation the body named under its title adopted
    named = issuer_of_title(title, _printed_title(layout))
    # (a news report under its own headline: the body whose notice it reports, 某省人民政府办公厅日前印发通知…, did not
    # issue the report)
    report = _news_headline(title)
    posted = meta.get("issuer") if not SITE_NAME_RE.search(squash(meta.get("issuer") or "")) else None
    # (发布机构: 某部门户网站: the site that posted it, no body)
    issuer = (None if _only_posted_by(layout, title, named) else layout.issuer) or decree or posted or named or under \
        or interpreting_body(body_text(layout)) or _reported_by_headline(reported_issuer(body_text(layout)), title if report else "")
    if issuer and named and len(named) > len(squash(issuer)) and named.startswith(squash(issuer)):
        issuer = named  # 发布机构:某局 over 某局综合司关于…: the bureau whose site posted it, its office that issued it
    if issuer and named and (issuer == posted or layout.issuer_labelled and issuer == layout.issuer) \
            and _short_name_of(squash(issuer), named):
        issuer = named  # 发布机构:某县经济信息委 over 某某自治县经济信息委关于…: the body the title names in full
    if issuer and named and issuer == meta.get("issuer") and _full_name(_OWN_OFFICE.sub("", squash(issuer))) == _full_name(named):
        issuer = named  # a crawl's source field, 某县人大常委会办公室, over 某县人民代表大会常务委员会任免名单: the office that
        # posted the list, the committee whose list it is
    if not issuer and document_kind(title) in ("personnel", "notice"):
        issuer = session_issuer(body_text(layout))  # a news report of a congress session's appointments
    if not issuer and document_kind(title) == "personnel":
        issuer = sourced_committee(body_text(layout))  # 稿件来源:某市人民代表大会常务委员会 over its session's report
    if not issuer and document_kind(title) in ("personnel", "notice"):
        issuer = deciding_committee(body_text(layout))  # …，某县人民代表大会常务委员会决定任命某某为…
    if not issuer:
        issuer = masthead_issuer(layout)
    if not issuer and not _OFFICIAL.search(squash(title)):
        issuer = division_issuer(squash(title) + "\n" + body_text(layout))  # a report of leaders' division of work
    if issuer:
        issuer = _in_full_in_title(squash(issuer), title)
        issuer = "、".join(_SHORT_GOV.sub(r"\g<place>人民政府\g<office>", part)  # 某区政府办公室 is 某区人民政府办公室
                          for part in squash(issuer).split("、"))
        issuer = _government_of_number(issuer, layout.number)
        town = _PLACE_ONLY.match(issuer)
        if town and (layout.number or f"{town['place']}人民政府" in squash(title) + body_text(layout)):
            issuer = f"{town['place']}人民政府"  # 发文机关: 某某镇 is the town's government, where the notice is numbered
            # or names it so (发布机构 | 某某镇 | over an unnumbered notice that never names it: the town as printed)
            full = re.search(rf"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{{1,6}}?[省市县区州旗盟]){{1,3}}{issuer}"
                             r"(?=[ \t\u3000]*\n?[ \t\u3000]*(?:\d{4}|[一二〇○零OＯ]{2}[一二三四五六七八九〇○零OＯ]{2})年)",
                             body_text(layout))
            if full:  # the signature prints it in full over its date: 某市某区某某镇人民政府 2031年5月2日 (not an
                # info block's 发文机关: 某县某某镇人民政府 over a notice that prints 某某镇人民政府 as its own)
                issuer = full.group()
        issuer = qualified_issuer(squash(issuer), "\n".join((squash(title), meta.get("issuer", ""), body_text(layout))),
                                  layout.number)
    if issuer and _MASKED.search(issuer):
        issuer = None  # (略)人民政府办公厅: a name the copying site masked names no body
    brand = _SPAM_BRAND.match(issuer or "")
    if brand and AGENCY_END_RE.search(issuer[brand.end():]) and len(issuer) - brand.end() >= 3:
        issuer = issuer[brand.end():]  # pg某某官网 住房和建设局: a hijacked copy's brand put for the place's name
    number = layout.number or None
    span = layout.title_span or (0, 0)
    return DocumentFact(
        title=squash(title), number=number, issuer=squash(issuer) if issuer else None,
        signed=layout.signed or meta.get("signed")
        or (session_date(body_text(layout), meta.get("published") or layout.posted) if report else None),
        published=meta.get("published") or layout.posted or None,
        kind=_order_kind(body_kind(body_text(layout), document_kind(title), squash(title)), number, squash(title)),
        addressees=layout.addressees,
        span=span,
    )
