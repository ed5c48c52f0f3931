"""The parts of a notice (GB/T 9704-2012): header, title, 文号, addressees, body,
signature and date, attachments.

``find_layout`` is pure: text and container metadata in, :class:`Layout` out.
Lines keep their offsets into the raw text so that every later fact has a span.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..lexicon import AGENCY_END_RE, INFO_LABELS, INFO_OTHER_LABELS, LEVEL_CHARS, NATIONAL_PREFIXES, SURNAMES, TITLE_RE
from .parts import HEADING_KIND_END as _INTRO_TITLE_END, ORG_END as _ORG_END, SENTENCE as _SENTENCE
from .rejoin import rejoin_cells
from .reline import flat_notice_cuts, in_noted_row, member_list_cuts
from ..text import CLOCK, DATE_RE, DOCNUM_RE, ISO_DAY, ISSUANCE_RE, PAGE_NUMBER_LINE, SPACES, is_date_line, nfkc, normalize_docnum, parse_date, squash, strip_final_punct, strip_ornaments

#: a notice's signature pushed right by a run of spaces: the body's name, then its date
_RUN_SIGNATURE = re.compile(rf"[{SPACES}]+(?P<org>[^。；;，,：:（）()《》“”\d{SPACES}]{{2,40}}?)[{SPACES}]*(?:{DATE_RE.pattern})")


def _pushed_signature(raw: str, at: int) -> bool:
    """The run of spaces at ``at`` pushes the notice's signature right: a body's name, then its date, follow it."""
    m = _RUN_SIGNATURE.match(raw, at)
    return bool(m) and bool(_ORG_END.search(squash(m["org"])))


#: a run of spaces that stands for a lost line break in a flattened listing text
_FLAT_BREAK = re.compile(f"[{SPACES}]{{3,}}")
#: what a listing's run of spaces stands after where it stands for a line break (not a name's padding: 主    任)
_RUN_AFTER = set(",，:：。；;）)号")
#: a person's short aside closing a member's post before such a run (某局局长（兼）, 张某（女）): a list's column
#: padding inside a notice run onto one line, not a listing's break after a clause
_ASIDE_BEFORE_RUN = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]$")
#: in a text flattened with single spaces, the spaces that were line breaks: after a sentence,
#: label or 文号, before a 文号, a date or a numbered heading, between a title and the addressees (各…),
#: before the page's links to the pages before and after it (上一篇：…), before a group's role label
#: (组长:甲 副组长:乙 成员:丙), after a post before the next member's name padded with a space, its aside and post
#: (某局局长 乙　某（女） 某局副局长; not 任命丙某（女）为…), and before the sentence that sets up its office or its teams after the last member
#: (丙 某局局长 领导小组下设办公室,…; 丙 某局局长 指挥部下设甲组、乙组,…); not after a person's aside (副组长:甲(女) 某局局长)
#: (a run is tried from its first space only: a run of spaces is linear, not quadratic)
_SOFT_BREAK = re.compile(rf"(?<=[。：:；;）)号])(?<![(（][女男][)）])(?<!族[)）])[{SPACES}]+|"
                         rf"(?<![{SPACES}])[{SPACES}]+(?=[\u4e00-\u9fff]{{0,30}}?(?:下设办公室|办公室设[在于]|下设[\u4e00-\u9fff]{{2,12}}组[、，,]))|(?<![{SPACES}])[{SPACES}]+(?=[^{SPACES}]{{1,12}}[〔\[(（]\d{{4}}[〕\])）]\d+号)|"
                         rf"(?<![{SPACES}])[{SPACES}]+(?=\d{{4}}年\d{{1,2}}月\d{{1,2}}日)|"
                         rf"(?<![{SPACES}])[{SPACES}]+(?=(?:上一|下一)[篇条][:：])|"
                         rf"(?<=[长任员记])[{SPACES}]+(?=[\u4e00-\u9fff][{SPACES}]{{1,2}}[\u4e00-\u9fff]{{1,2}}[（(][女男][^()（）]{{0,8}}[)）]"
                         rf"[{SPACES}]+(?![\u4e00-\u9fff]{{1,4}}[:：])[\u4e00-\u9fff])|"
                         rf"(?<![{SPACES}])[{SPACES}]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])|"
                         rf"(?<![{SPACES}副])[{SPACES}]+(?=(?:常务|执行|第一)?(?:副[{SPACES}]?)?(?:组[{SPACES}]?长|指挥长|总指挥|召集人|主[{SPACES}]?任|"
                         rf"秘书长)[:：]|[成委][{SPACES}]?员[:：(（])|"
                         rf"(?<=通知|决定|意见|方案|办法|通报|规定|细则|批复|通告|公告)[{SPACES}]+(?=各)")
#: in a notice run onto one line whose runs of spaces stand for its breaks, the single spaces that are breaks too: before
#: a group's role label (镇长　副指挥长：乙) and before the sentence that sets up its office after the last member
#: (丙　镇财政所所长　指挥部下设办公室,…): the list's own breaks, which its column padding does not print as runs
_LIST_BREAK = re.compile(rf"(?<![{SPACES}副])[{SPACES}]{{1,2}}(?![{SPACES}])(?=[\u4e00-\u9fff]{{0,30}}?(?:下设办公室|办公室设[在于])|"
                         rf"(?:常务|执行|第一)?(?:副[{SPACES}]?)?(?:组[{SPACES}]?长|指挥长|总指挥|召集人|主[{SPACES}]?任|秘书长)[:：]|"
                         rf"[成委][{SPACES}]?员[:：(（])")
_KIND_WORDS = ("通知", "决定", "通报", "意见", "办法", "方案", "批复", "公告", "通告", "函", "规定",
               "决议", "报告", "纪要", "命令", "细则", "规划", "计划", "要点", "请示", "议案", "公报", "解读",
               "答复")  # (a body's reply to a deputy's suggestion or a CPPCC proposal: 对…第12号提案的答复)
_RED_HEADER = re.compile(r"(文件|公报|简报|纪要)$")
_ATTACH_RE = re.compile(r"^附\s*件\s*([0-9０-９一二三四五六七八九十]*)\s*(?:[:：]?$|[\s　]+(?P<title>\S.*)$)")


#: an attachment's label with its title after it: 附件:某某关于…的通知, 附件1：…
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]")
#: a speech's dateline under its title: ——2009年3月25日在某市人大常委会会议上
_SPEECH_DATELINE = re.compile(r"^[—－-]{1,2}")
#: a breadcrumb or channel name glued before a title: 政务服务丨…, 首页>政策>…
_CRUMB = re.compile(r"^.{0,30}[丨|>»›]")
#: a page's path whose separators a copy lost to question marks, spaced apart (某某论坛 ? 政策法规 ? 某某文件), or to
#: the runs of spaces a cleaner left of them
_QUERIED_STEP = re.compile(r"[ \t\u3000]+[?？][ \t\u3000]+|[ \t\u3000]{3,}")


def _lost_path(text: str) -> bool:
    """A path of three steps or more that lost its separators, the last the notice's 关于… title: its first steps
    short, one of them at least no body's name (joint issuers printed apart over 关于… are the title's own)."""
    steps = _QUERIED_STEP.split(text.strip(SPACES))
    return len(steps) >= 3 and "关于" in steps[-1] and all(0 < len(s) <= 12 and not _SENTENCE.search(s) for s in steps[:-1]) \
        and not all(_ORG_END.search(s) for s in steps[:-1])
#: a site's column name glued before a news headline by one bar: 某某资讯丨某某任某区代理区长
_COLUMN_TAG = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,10}[丨｜](?=[\u4e00-\u9fff])(?!.*[丨｜|>»›])")
#: a document number printed in brackets after the title on the same line
_TRAILING_NUMBER = re.compile(rf"[(（]\s*{DOCNUM_RE.pattern}\s*[)）]$")
#: a number printed after the title on its line as its issuer's name with the year (年) and serial in brackets, the
#: way a temporary headquarters or group numbers its documents: 关于…的通知 某某指挥部(2010年5号), 某某小组(2015年第3号)
_TRAILING_YEAR_NUMBER = re.compile(r"[(（](?:19|20)\d\d年第?\d{1,4}号[)）]$")
#: a news agency's dateline before the text it reports: 新华网北京4月26日电
_DATELINE = re.compile(r"^[\u4e00-\u9fff]{0,12}?\d{1,2}月\d{1,2}日电")
#: an information-disclosure catalogue's path run together, its marks lost (政府信息公开信息公开乡镇目录某镇法定主动公开内容
#: 其他): its channels' names, never a title nor a headline
_CATALOGUE_PATH = re.compile(r"法定主动公开|主动公开内容|(?:信息|政务)公开(?:信息|政务)公开")
#: the label of a page's path: 当前位置, 您现在的位置, 所在位置, 目前位置 (当前的位置, 您的位置: a possessive between)
_POSITION_LABEL = r"(?:[您你]?(?:当前|目前|现在|所在)的?|[您你]的)位置"
#: page furniture that is never a headline
_NAV = re.compile(_POSITION_LABEL + r"|首页|[>»›丨|]|分享|打印|字号|来源|发布时间|浏览|扫一扫|扫码|二维码|返回|网站|官网|投注|"
                  r"登录|注册|搜索|主办|版权|ICP|客户端|微信|微博|责任编辑|收藏|^.{0,10}(?:下载|阅读)$|论文|相关(?:链接|文章|阅读|新闻|信息|推荐)|"
                  # (a control's or a status's word on its own, not a verb inside a headline's words: 整合关闭煤矿, 有效推进)
                  r"(?<![\u4e00-\u9fff])(?:关闭|推荐|有效)|(?:关闭|推荐|有效)(?![\u4e00-\u9fff])|关闭窗口|"
                  r"热门|上一篇|下一篇|往期|专题(?:专栏|报道|网站)|专题$|栏目|频道|时效|效力|废止|失效|索引|主题分类|成文日期|发布日期|发文机关|文号|"
                  r"跳转到|导航栏|无障碍|记者[\u4e00-\u9fff·]{2,4}$|通讯员|"  # (a byline, not 答记者问)
                  + _CATALOGUE_PATH.pattern + "|"
                  r"^(?:政府|政务)?信息公开$|^政务公开$|^通知公告$|^政策文件$|^政府文件$|^人事任免$|^工作动态$")

#: a document number printed without its brackets and 号 on a line of its own: code, year, serial
#: (or only its 号, or its closing bracket and 号: 某政发〔2019〕1 / 某政办发〔201746, the glyphs a copy dropped)
_LOST_BRACKETS = re.compile(r"(?P<code>[\u4e00-\u9fff]{1,10}[发办函字任规电])(?:[〔\[(（](?=(?:19|20)\d\d[〕\])）]?[1-9]\d{0,3}$))?"
                            r"(?P<year>(?:19|20)\d\d)(?:(?<=\d)[〕\])）](?=[1-9]))?(?P<serial>[1-9]\d{0,3})")
#: a document number on a line of its own whose brackets a copy lost to question marks, as it loses other glyphs
#: (某政?2014?8号, a pinyin note after it on a mirror that prints them: 某政?2014?8號(hào))
_QUERIED_BRACKETS = re.compile(r"(?P<code>[\u4e00-\u9fff]{1,12})[?？](?P<year>(?:19|20)\d\d)[?？](?P<di>第)?(?P<serial>\d{1,5})号"
                               r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])?")
#: a report that a head of state or government signed a numbered order
_SIGNS_ORDER = re.compile(r"(?P<who>国家主席)[\u4e00-\u9fff]{2,3}[^，。；]{0,12}?签署(?:了)?"
                          r"(?P<no>第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号主席令)")
#: the order's own words after the report that it was signed: 。主席令说，根据…的决定：/ 主席令全文如下：(not
#: ，根据大会的决定，对…予以任命。 nor 。某某委员长主持闭幕会。: a session's report that only says the order was signed)
_ORDER_QUOTED = re.compile(r"^[。，,]?[^。；;]{0,80}?(?:决定|主席令(?:说|称|指出|全文如下|内容如下|如下)?)[ \t\u3000]*[:：]")
#: who issues decrees: governments, their heads, congress standing committees
_DECREE_ISSUER = re.compile(r"(?:人民政府|政府|主席|总理|常务委员会|常委会|省长|市长|国务院)$")
_DECREE_HEAD = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,30}?)(?P<kind>令|公告|通告)$")
_DECREE_NO = re.compile(r"^[(（]?(?:(?:19|20)\d\d年|[一二三四五六七八九十]{1,3}届)?第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号[)）]?$")
#: a decree's header and serial on one line: 中华人民共和国主席令 第三号 (after a news dateline)
_DECREE_ONE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,30}?)令(?P<no>第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号|"
                         r"[(（](?:[一二三四五六七八九十]{1,3}届)?第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号[)）])$")  # (…主席令(二届第20号))


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def flat(self) -> str:
        """The line NFKC-normalised with all whitespace removed."""
        return squash(self.text)


@dataclass
class Layout:
    lines: list[Line]
    title: str | None = None
    title_span: tuple[int, int] | None = None
    number: str | None = None
    number_span: tuple[int, int] | None = None
    addressees: tuple[str, ...] = ()
    issuer: str | None = None
    signed: str | None = None
    signature_line: int | None = None
    body_start: int = 0
    attachments: list[tuple[int, int]] = field(default_factory=list)
    #: lines of a page's info block printed in the text (索引号…, 发文机关…): metadata, not the notice
    info_lines: set[int] = field(default_factory=set)
    #: a number the page printed after the title, in brackets: 关于…的通知(岳办发〔2017〕2号)
    title_number: str | None = None
    #: the body a decree is issued by, named in its number: 鞍山市人民政府令第16号
    decree_issuer: str | None = None
    #: a date the page printed after the title, in brackets: 某某名单(2021年11月22日)
    title_date: str | None = None
    #: the time a news page posted the text, printed under its headline (2013年07月05日 07:21 来源:某报)
    posted: str | None = None
    #: the issuer is the page's info block's (发布机构: the site's publisher, for a news story)
    issuer_from_info: bool = False
    #: the issuer is a labelled field's (an info block's, a line's 发布机构：…), not the notice's own signature
    issuer_labelled: bool = False
    #: the date a database's note under the title gives with the number: (1994年3月9日某市人民政府发布某政发〔1994〕8号)
    note_date: str | None = None
    #: the number a law database's heading prints before the title it stores (某某令第40号--某某职务任免): the
    #: document's number as the database gives it, over the serial the text prints under its header ((第四十号))
    heading_number: str | None = None


#: a one-line notice's addressees after its number: 各县、市人民政府，州直各委、办、局：
_GLUED_ADDRESSEES = re.compile(r"各[^。；;：:]{1,80}[：:]")
#: a government's head signing for it: 国务院总理 周恩来, 某市人民政府市长 张三
_HEAD_SIGNS = re.compile(r"^(?P<body>国务院|(?:(?!辞去|免去|任命|决定|接受|当选|担任)[\u4e00-\u9fff]){2,12}?人民政府)"
                         r"(?:总理|省长|市长|县长|区长|州长|旗长|主席)[:：]?(?!职务|职位)[\u4e00-\u9fff]{2,4}$")
# (某某辞去某市人民政府市长职务: a headline, no signature)
#: the same glued at the end of a one-line text, after its last sentence
_GLUED_HEAD = re.compile(rf"[。；;](?P<sig>[^。；;，,：:]{{4,30}}?)(?P<date>{DATE_RE.pattern})$")
#: a one-line notice's signature and date at its end: …。某州人民政府　2024年7月16日
_GLUED_SIGNATURE = re.compile(rf"(?<=[。；;])(?P<org>[^。；;，,：:]{{2,40}}?)[{SPACES}]*(?P<date>{DATE_RE.pattern})[{SPACES}]*$")
#: the same before the notice's end matter glued after it: …。某省某厅二〇〇七年九月十二日主题词:…, …日抄送:…
_SIGNATURE_BEFORE_END = re.compile(rf"(?<=[。；;])(?P<org>[^。；;，,：:]{{2,40}}?)[{SPACES}]*(?P<date>{DATE_RE.pattern})"
                                   rf"[{SPACES}]*(?=主题词|抄送|抄报)")


#: a signature and its date side by side, pushed apart by spaces
_SIDE_SIGNATURE = re.compile(rf"^[{SPACES}]*(?P<org>[^{SPACES}，。；：:,;][^，。；：:,;]{{1,40}}?)[{SPACES}]{{2,}}"
                             rf"(?P<date>{DATE_RE.pattern})[{SPACES}]*$")


#: a text flattened with single spaces that ends with its date of signing after its last sentence (各…: 现印发
#:给你们，请认真组织实施。 二○一一年四月一日): the date, a line of its own
_DATED_END = re.compile(rf"[。；;][{SPACES}]+(?P<date>{DATE_RE.pattern})[{SPACES}]*$")


#: a signature and its date opening a line, the heading of what the notice sends glued after them (某市人民政府
#: 2015年8月10日某市某某实施方案为…): a cover letter's end and its attachment's start, their line breaks lost
_SIGNATURE_OPENS = re.compile(rf"^[{SPACES}]*(?P<org>[\u4e00-\u9fff]{{2,40}}?)(?P<date>{DATE_RE.pattern.replace('?P<', '?P<s_')})"
                              r"(?=[\u4e00-\u9fff《“])")


#: a news report's headline glued before its wire dateline, the break between them lost: 某会议表决通过人事任免事项
#: 本报讯(记者 某某)…, 某市召开某某大会 新华社某地3月5日电 (the headline's lazy run is bounded: linear)
_GLUED_HEADLINE = re.compile(rf"^[{SPACES}]*(?P<head>[^。；;，,：:！!？?{SPACES}]{{6,40}}?)(?:[{SPACES}]*(?=(?:本报|本台|本网)[讯訊])|"
                             # (an outlet's or a place's dateline only after a space: 某某融媒体中心1月13日讯 is one dateline)
                             rf"[{SPACES}]+(?=[\u4e00-\u9fff]{{2,14}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电|訊|電)|"
                             r"[\u4e00-\u9fff]{2,16}?[讯訊][(（]|新华社))")


#: a news story's lead on a page run together on one line (本报讯, 本台讯, 新华社…电), and the site's stamp before it
#: (某某网2006-07-03 08:15:40): the story's page, its chrome and headline over the stamp
_STORY_LEAD = re.compile(r"(?:本报|本台|本网|本刊)[讯訊]|新华社|新華社")
_TIMED_STAMP = re.compile(rf"(?:19|20)\d\d-\d\d-\d\d[{SPACES}]+\d\d:\d\d")
#: a space between a page's parts, not one inside a path (首页 > 栏目), a timestamp (2006-07-03 08:15) or brackets
_HEAD_SPACE = re.compile(rf"(?<![>»›/|{SPACES}\d])[{SPACES}]+(?![>»›/|{SPACES}])")
_NEWS_HEAD = 600


def _news_page_cuts(raw: str) -> list[int]:
    """Where a news page run together on one line breaks before its story: at each space between the site's parts
    (its welcome line, its path, the headline, the stamp) before the lead, and at the lead, where a site's timed
    stamp stands before the lead (本报讯（记者 某某）…); empty for any other line."""
    lead = _STORY_LEAD.search(raw, 0, _NEWS_HEAD)
    if not lead or not _TIMED_STAMP.search(raw, 0, lead.start()):
        return []
    head = raw[:lead.start()]
    depth, seen, cuts = 0, 0, []
    for m in _HEAD_SPACE.finditer(head):
        part = head[seen:m.start()]  # (the brackets opened and closed since the last space)
        depth += part.count("（") + part.count("(") - part.count("）") - part.count(")")
        seen = m.start()
        if depth <= 0:
            cuts.append(m.end())
    return [*cuts, lead.start()]


#: a red header glued before the number on a notice's one line, a document-sharing site's chunk number before it:
#: 1、某省某厅文件 (某发〔2007〕8号 after it)
_GLUED_MASTHEAD = re.compile(r"(?:\d{1,3}[、.．])?[\u4e00-\u9fff]{2,30}?文件(?=[\u4e00-\u9fff]{1,14}?[〔\[(（](?:19|20)\d\d)")
#: a notice's title glued after its number: 某厅关于…的通知 (no punctuation in it)
_GLUED_TITLE = re.compile(r"[^。；;，,：:]{2,40}?关于[^。；;，,：:]{2,80}?的(?:通知|决定|通报|批复|意见|函)")
#: the addressees glued after the title under a red header (厅机关各处室，厅直属各单位：): to the first colon
_GLUED_ANY_ADDRESSEES = re.compile(r"[^。；;：:]{2,80}[：:]")


def _glued_cuts(raw: str) -> list[int]:
    """Where a notice printed on one line (its line breaks lost, no spaces left for them) breaks:
    after a 文号 that opens the line and the addressees after it, before the signature and its date."""
    cuts: list[int] = []
    lead = len(raw) - len(raw.lstrip(SPACES))
    head = _GLUED_MASTHEAD.match(raw, lead)
    if head:  # 1、某省某厅文件某发〔2007〕8号某省某厅关于…: a sharing site's chunk, the red header before the number
        cuts.append(head.end())
        lead = head.end()
    m = DOCNUM_RE.match(raw, lead)
    if m and re.match(r"[\u4e00-\u9fff]", raw[m.end(): m.end() + 1]) and not _CITED_RUN_ON.match(raw, m.end()):
        cuts.append(m.end())  # (not 国发〔1980〕121号文件批转了…: a sentence that cites it)
        title = _GLUED_TITLE.match(raw, m.end()) if head else None
        if title:  # (under a red header the title follows the number, the addressees after it)
            cuts.append(title.end())
        a = _GLUED_ADDRESSEES.match(raw, cuts[-1]) or (_GLUED_ANY_ADDRESSEES.match(raw, cuts[-1]) if title else None)
        if a:
            cuts.append(a.end())
    sig = _GLUED_SIGNATURE.search(raw)
    if sig and _ORG_END.search(squash(sig["org"])) and (not cuts or sig.start() > cuts[-1]):
        cuts += [sig.start("org"), sig.start("date")]
    end = _SIGNATURE_BEFORE_END.search(raw) if not sig else None
    if end and _ORG_END.search(squash(end["org"])) and (not cuts or end.start() > cuts[-1]):
        cuts += [end.start("org"), end.start("date"), end.end("date")]
    opens = _SIGNATURE_OPENS.match(raw) if not cuts else None
    if opens and _ORG_END.search(opens["org"]):
        head = raw[opens.end():opens.end() + 80]
        end = _INTRO_TITLE_END.search(head)
        if end and not _SENTENCE.search(head[:end.start()]):
            cuts += [opens.start("date"), opens.end(), opens.end() + end.end()]
    return cuts


def split_lines(text: str) -> list[Line]:
    """Lines with offsets; a very long line with runs of 3+ spaces is split at them."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        pieces = [(0, len(raw))]
        runs = [m.start() for m in _FLAT_BREAK.finditer(raw)]
        listed = len(runs) >= 3 and 10 * sum(raw[r - 1] in _RUN_AFTER and not _ASIDE_BEFORE_RUN.search(raw, max(0, r - 6), r)
                                             for r in runs if r) >= len(runs)
        # (not the space between a post's note and the name of a row the list's ； closes: 副局长（试用期一年）　某某；)
        softs = list(_SOFT_BREAK.finditer(raw))
        soft = [m.start() for m in softs if not in_noted_row(raw, m.start(), m.end())]
        # (a row of cells; not a whole notice run on after the row it opens with: its last cell is the notice)
        info = _info_row(raw) and len(_BAR.split(raw)[-1].strip(SPACES)) <= 80
        flat = flat_notice_cuts(raw, len(softs) >= 3) if not info else []
        # (a listing's breaks, runs of spaces after its parts, cut first; a member list inside it, padded apart but its
        # role labels and the sentence after it run on, is cut at them inside those pieces after)
        if listed and len(flat) >= 4 and runs[0] > flat[2] and _pushed_signature(raw, runs[0]):
            listed = False  # (a notice run together, its head read before the first run, which pushes its signature)
        inner, flat = (member_list_cuts(raw), []) if listed else ([], flat)
        if flat:  # a whole notice run together: its parts' breaks put back (and a spaced copy's soft breaks)
            bounds = sorted({0, len(raw)} | set(flat) | (set(soft) if len(softs) >= 3 else set()))
            pieces = list(zip(bounds, bounds[1:]))
        breaks = _FLAT_BREAK if len(_FLAT_BREAK.findall(raw)) >= 3 else _SOFT_BREAK
        news = _news_page_cuts(raw) if len(raw) > 200 and not (flat or info) else []
        if flat or info:
            pass  # (an info table's row of | cells, | 索引号 | X | 文号 | Y |: cells, not lost line breaks)
        elif news:  # a news page run together: its chrome, headline and stamp apart, then the story
            bounds = [0, *news, len(raw)]
            pieces = list(zip(bounds, bounds[1:]))
        elif (len(raw) > 200 and len(breaks.findall(raw)) >= 3) or (len(raw) > 60 and len(breaks.findall(raw)) >= 2
                                                                    and (DOCNUM_RE.search(raw) or _DATED_END.search(raw))):
            pieces, last = [], 0
            found = [m for m in breaks.finditer(raw) if breaks is not _SOFT_BREAK or not in_noted_row(raw, m.start(), m.end())]
            if breaks is _FLAT_BREAK:  # (a list's breaks its padding left single: 镇长　副指挥长：乙)
                found = sorted(found + list(_LIST_BREAK.finditer(raw)), key=lambda m: m.start())
            for m in found:
                pieces.append((last, m.start()))
                last = m.end()
            pieces.append((last, len(raw)))
            pieces = [cut for k, (a, b) in enumerate(pieces)
                      for cut in (_date_apart(raw, a, b) if k and _signing_body(raw[slice(*pieces[k - 1])]) else [(a, b)])]
            if inner:
                pieces = [(x, y) for a, b in pieces for bounds in [[a, *(c for c in inner if a < c < b), b]]
                          for x, y in zip(bounds, bounds[1:])]
        elif _SIDE_SIGNATURE.match(raw) and _ORG_END.search(squash(_SIDE_SIGNATURE.match(raw)["org"])):
            m = _SIDE_SIGNATURE.match(raw)  # 某市人民政府          2024年5月1日: signature and date on one line
            pieces = [(0, m.end("org")), (m.start("date"), len(raw))]
        elif (len(raw) > 80 or _GLUED_MASTHEAD.match(raw.lstrip(SPACES)) or _SIGNATURE_BEFORE_END.search(raw)) \
                and "\t" not in raw.strip(SPACES):
            # (a table row's cells are not a lost line break; a red header glued before its number is one)
            cuts = _glued_cuts(raw)
            if cuts:
                bounds = [0] + cuts + [len(raw)]
                pieces = list(zip(bounds, bounds[1:]))
        head = _GLUED_HEADLINE.match(raw) if len(raw) > 80 else None
        if head and pieces[0][0] < head.end("head") < pieces[0][1]:
            # (a report's headline, then its dateline and lead: the headline a line of its own)
            pieces = [(pieces[0][0], head.end("head")), (head.end("head"), pieces[0][1])] + pieces[1:]
        for a, b in pieces:
            seg = raw[a:b]
            edge = SPACES.replace("\t", "") + "\r" if "\t" in seg.strip(SPACES) else SPACES + "\r"
            stripped = seg.strip(edge)  # a table row keeps its empty edge cells (tabs)
            if stripped.strip(SPACES):
                lead = len(seg) - len(seg.lstrip(edge))
                s = pos + a + lead
                out.append(Line(s, s + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _signing_body(piece: str) -> bool:
    """A piece that is a body's name alone, as a signature prints it."""
    flat = squash(piece)
    return 2 <= len(flat) <= 40 and bool(_ORG_END.search(flat)) and not _SENTENCE.search(flat)


def _date_apart(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """A piece of a line cut at its breaks, after a body's name, that opens with a signing date glued to what follows it (某局 /
    2020年1月8日某某方案为…: the next part's heading run on after the date): the date a piece of its own."""
    m = DATE_RE.match(raw, a, b)
    if m and m["d"] and b - m.end() >= 4 and "\u4e00" <= raw[m.end()] <= "\u9fff":
        return [(a, m.end()), (m.end(), b)]
    return [(a, b)]


#: a member list whose line breaks were lost: 组长:张某国务院副总理副组长:李某某部长王某某…
#: (a label's rank before it, 常务/执行/第一 (第一副组长:), is the label's, as the group extractor reads it)
_ROLE_LABEL = re.compile(r"(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任|主任委员)[:：]|成员[:：]|委员[:：]")
_LABEL_CUT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![副务行])(?<!第一)"
                        r"(?=(?:常务|执行|第一)?副?(?:组长|指挥长|总指挥|召集人|主任委员|成员|委员)[:：])")
_NAME_CUT = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})(?=[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}"
                       rf"(?:[{LEVEL_CHARS}]|{'|'.join(NATIONAL_PREFIXES)}|[\u4e00-\u9fff]{{1,12}}?(?:部|委|局|署|院|办|行|会|厅)))")


#: the next numbered heading glued after the last member's post: …某部副部长三、工作机构及其职责
_HEADING_CUT = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})(?=[一二三四五六七八九十]{{1,2}}、)")
#: members of one role listed on one line, each name glued to its post: 副组长：张某市政府副秘书长，李某市财政局局长
#: (the cut is after a comma that ends a post title, before a two- or three-character name and a level prefix)
_COMMA_CUT = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})[，；,;](?=[\u4e00-\u9fff]{{2,3}}"
                        rf"(?:[{LEVEL_CHARS}]|{'|'.join(NATIONAL_PREFIXES)}))")


def _unglue_members(lines: list[Line]) -> list[Line]:
    """Re-line a member list printed as one run (no separators between members): cut before each
    role label and before each name that follows a post title; in a line that opens with a role
    label, also after a comma before a name glued to its post. Offsets are kept."""
    out: list[Line] = []
    for line in lines:
        flat = line.text
        opens = _ROLE_LABEL.match(flat.lstrip(SPACES))
        first = _ROLE_LABEL.search(flat) if len(flat) >= 40 or opens else None
        commas = [m.end() for m in _COMMA_CUT.finditer(flat)] if opens and not re.search(r"[。]", flat) else []
        if not first or (len(re.findall(r"[，。；,;]", flat[first.start():])) > 2 and not commas):
            out.append(line)
            continue
        cuts = sorted(c for c in {first.start()} | {m.start() for m in _LABEL_CUT.finditer(flat)}
                      | {m.end() for m in _NAME_CUT.finditer(flat)} | set(commas)
                      | {m.end() for m in _HEADING_CUT.finditer(flat)}
                      if first.start() <= c < len(flat) and c > 0)
        if len(cuts) < (1 if commas else 2):
            out.append(line)
            continue
        last = 0
        for c in cuts + [len(flat)]:
            seg = flat[last:c]
            if seg.strip(SPACES):
                out.append(Line(line.start + last, line.start + c, seg))
            last = c
    return out


#: a table's header copied from a rendered page one cell per line: 序号 / 重点任务 / 责任单位 / 完成时限
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_UNIT_COLUMN = re.compile(r"(?:牵头|配合|协同|协办|责任|承办|主办)(?:责任)?单位|责任部门|牵头部门")


def _cell(line: Line) -> str:
    """A cell copied one per line, without the ``|`` a converter of HTML tables prints after it (``县教育局 |``)."""
    return line.flat.rstrip("|｜")


def _row_ends(lines: list[Line], at: int, width: int, serial: int, units_last: bool = False) -> bool:
    """Whether a row of ``width`` cells ends before line ``at``: the next row's number follows, or
    (the last row) no next number or spilled deadline is within a row's reach, nor (the last column a
    column of units: 配合单位) a further body printed on a line of its own."""
    if at == len(lines) or _cell(lines[at]) == str(serial + 1):
        return True
    ahead = lines[at: at + width]
    if units_last and _UNIT_LINE.fullmatch(_cell(lines[at])) and AGENCY_END_RE.search(_cell(lines[at])):
        return False
    return not is_date_line(_cell(lines[at])) and not any(_cell(l) == str(serial + 1) for l in ahead)


#: a line that can be one body's name in a cell (市交通运输局): a few characters, no punctuation
_UNIT_LINE = re.compile(r"[\u4e00-\u9fff（）()]{3,24}")


def _short_row(lines: list[Line], text: str, k: int, width: int, serial: int) -> int:
    """The number of lines of a row at ``k`` some of whose cells are empty, each printed as a blank line (or a line of
    spaces) where the cell stands, before the next row's number (3 / 某某任务 / 财政局 / (blank) / 4 under four
    columns; 3 / 某某任务 / 某局 / 　 / 2019年11月 / 4 under five); 0 where the row has all its cells."""
    for j in range(2, width):
        if _cell(lines[k + j]) == str(serial + 1):
            gaps = [text[lines[k + m - 1].end: lines[k + m].start] for m in range(1, j + 1)]
            if any(g.strip(SPACES + "\r\n") for g in gaps):
                return 0
            return j if sum(g.count("\n") - 1 for g in gaps) == width - j else 0
    return 0


def _refold_cells(lines: list[Line], text: str) -> list[Line]:
    """A table copied from a rendered page with one cell per line (序号, the column names, then each
    row's cells under a serial number) as rows of tab-separated cells again. A row is folded only
    where it has as many cells as the header; the row keeps the offsets of its first and last cell
    (its text is the page's text with the line breaks between cells read as tabs). The rows may go on
    from any number (a table cut out of a longer one: 序号 / … / 80 / …) and each cell may end in ``|``."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if _cell(lines[i]) != "序号":
            out.append(lines[i])
            i += 1
            continue
        width = 1
        while i + width < len(lines) and _HEADER_CELL.match(_cell(lines[i + width])) and _cell(lines[i + width]) != "序号" \
                and not _cell(lines[i + width]).isdigit():
            width += 1
        header = lines[i: i + width]
        if not 3 <= width <= 8 or not any(_UNIT_COLUMN.search(_cell(h)) for h in header):
            out.append(lines[i])
            i += 1
            continue
        rows = [header]
        # (a table a PDF's pages cut: each page's number and the header printed again under it are no rows)
        seq, orig, cuts = _past_page_breaks(lines, i + width, [_cell(h) for h in header])
        parts: dict[tuple[int, int], tuple[int, int]] = {}
        k = 0
        serial = int(_cell(seq[k])) if k < len(seq) and re.fullmatch(r"[1-9]\d{0,2}", _cell(seq[k])) else 1
        units_last = bool(_UNIT_COLUMN.search(_cell(header[-1])))
        while k + width <= len(seq) and _cell(seq[k]) == str(serial):
            short = _short_row(seq, text, k, width, serial)
            if short:  # (3 / 某某任务 / 财政局 / (blank) / 4: the row's empty cells, each a blank line, read as cells)
                last, nxt = seq[k + short - 1], seq[k + short]
                end = text.rindex("\n", last.end, nxt.start) if text.count("\n", last.end, nxt.start) > 1 else last.end
                rows.append(seq[k: k + short - 1] + [Line(last.start, end, last.text)])
                k, serial = k + short, serial + 1
                continue
            cut = next((p for p in range(k + 2, k + width + 1) if p in cuts), None)
            if not _row_ends(seq, k + width, width, serial, units_last) and cut is not None \
                    and _row_ends(seq, k + width + 1, width, serial, units_last):
                # (3 / 某任务 / 成果转化 / — 3 — / 序号 … / 中心 / 信息中心: a cell the page's end cut, one cell again)
                parts[(seq[cut - 1].start, seq[cut].end)] = (seq[cut - 1].end, seq[cut].start)
                seq[cut - 1: cut + 1] = [Line(seq[cut - 1].start, seq[cut].end, seq[cut - 1].text + seq[cut].text)]
                orig[cut - 1: cut + 1] = [orig[cut]]
                cuts = {c - (c > cut) for c in cuts if c != cut}
            if not _row_ends(seq, k + width, width, serial, units_last):
                break
            rows.append(seq[k: k + width])
            k, serial = k + width, serial + 1
        if len(rows) < 2 or (k < len(seq) and _cell(seq[k]) == str(serial)):
            # a row whose cell wrapped over two lines: the table is left to the readers of cells per line
            out.append(lines[i])
            i += 1
            continue
        for row in rows:
            raw = re.sub(r"[|｜](?=[ \t]*(?:\n|$))", " ", text[row[0].start: row[-1].end])  # (same length)
            raw = _blank_page_breaks(raw, row, parts)
            out.append(Line(row[0].start, row[-1].end, re.sub(r"\n", "\t", raw)))
        i = orig[k] if k < len(orig) else len(lines)
    return out


def _past_page_breaks(lines: list[Line], at: int, header: list[str]) -> tuple[list[Line], list[int], set[int]]:
    """The lines from ``at`` on without the page breaks a PDF's table runs over: a page's number on its line (— 3 —),
    the header's cells printed again under it (序号 / 重点任务 / …), or both. Returns the lines kept, the index of
    each in ``lines``, and the places in the kept lines a break stood before."""
    seq, orig, cuts = [], [], set()
    k = at
    while k < len(lines):
        skip = 1 if PAGE_NUMBER_LINE.match(lines[k].flat) else 0
        for again in (header, header[1:]):  # (序号 / 重点任务 / …, or the header without its 序号: a copy dropped it)
            if len(again) >= 2 and [_cell(ln) for ln in lines[k + skip: k + skip + len(again)]] == again:
                skip += len(again)
                break
        if skip and seq:
            cuts.add(len(seq))
            k += skip
            continue
        seq.append(lines[k])
        orig.append(k)
        k += 1
    return seq, orig, cuts


def _blank_page_breaks(raw: str, row: list[Line], parts: dict[tuple[int, int], tuple[int, int]]) -> str:
    """A folded row's text (the same length) with a page break between two of its cells blanked but for the first
    cell's line end (a gap holding more than spaces and line ends: a page's number, the header printed again); a cell
    the page cut (``parts``: its span -> the end of its first part and the start of its second) is its two parts run
    together, the break's length in spaces after them (the second part's characters a little before their place)."""
    start = row[0].start
    chars = list(raw)

    def blank(a: int, b: int) -> None:
        for j in range(a, b):
            chars[j - start] = " "

    for cell, nxt in zip(row, row[1:]):
        gap = raw[cell.end - start: nxt.start - start]
        if gap.strip(SPACES + "\r\n"):
            blank(cell.end + 1, nxt.start)
    for cell in row:
        if (cell.start, cell.end) in parts:  # (成果转化 / … / 中心: the second part run on after the first, the gap after it)
            first_end, second_start = parts[(cell.start, cell.end)]
            tail = raw[second_start - start: cell.end - start]
            blank(first_end, cell.end)
            chars[first_end - start: first_end - start + len(tail)] = list(tail)
    return "".join(chars)


#: a line of a site's weather widget: a temperature (36°, 26°/37°, 20℃), the sky (多云, 中雨 / 多云, 晴转阴), the wind
#: (西南风 1级), the air (空气优 43), the humidity, the time of the forecast (15:00发布), a day of the forecast (今天, 周三)
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:°C?|℃)(?:[/~～-]-?\d{1,2}(?:°C?|℃))?")
_SKY = r"(?:晴|多云|阴|(?:小|中|大|暴|阵|雷阵|冻|特大暴)雨|雨夹雪|(?:小|中|大|暴|阵)雪|雾|霾|浮尘|扬沙|沙尘暴|高温|低温|大风)"
_WEATHER_LINE = re.compile(rf"{_TEMPERATURE.pattern}|{_SKY}(?:(?:转|到|/){_SKY})*|[东南西北]{{0,2}}风\d{{1,2}}(?:-\d{{1,2}})?级|微风|"
                           r"空气(?:质量)?(?:优|良|轻度污染|中度污染|重度污染|严重污染)\d{0,3}|(?:相对)?湿度\d{1,3}%|"
                           r"\d{1,2}:\d{2}(?:更新|发布)|今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]")
#: a short line inside a widget: the place it is for (某县), its close button (×)
_WIDGET_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}|[×xX✕]")


def _weather_widget(lines: list[Line]) -> set[int]:
    """The lines of a weather widget a site prints over the page (某县 / 36° / 多云 / 西南风 1级 / 今天 / 26°/37° …):
    a run of weather lines (blank lines and short words between them allowed) among the page's first 40 lines, with
    at least three weather lines and one temperature. They are the site's furniture, not the notice's first lines."""
    out: set[int] = set()
    run: list[int] = []
    weather = temps = 0
    for i, line in enumerate(lines[:40] + [None]):
        flat = line.flat if line is not None else ""
        if line is not None and _WEATHER_LINE.fullmatch(flat):
            run.append(i)
            weather += 1
            temps += bool(_TEMPERATURE.fullmatch(flat))
            continue
        if line is not None and (not flat or _WIDGET_WORD.fullmatch(flat)) and (run or flat):
            run.append(i)  # (the place's name, the close button: kept while the run goes on)
            continue
        if weather >= 3 and temps:
            while run and not _WEATHER_LINE.fullmatch(lines[run[-1]].flat):
                run.pop()  # (a short line after the widget is the page's own)
            while run and not _WEATHER_LINE.fullmatch(lines[run[0]].flat) and not _WIDGET_WORD.fullmatch(lines[run[0]].flat):
                run.pop(0)
            out |= set(run)
        run, weather, temps = [], 0, 0
    return out


#: a converter's bar closing a line of the page as a cell of its layout table: 任免名单 |
_CLOSING_BAR = re.compile(r"(?<=\S)[ \t\u3000]*[|｜][ \t\u3000]*$")


def _without_closing_bars(text: str) -> str:
    """A page a converter printed as one layout cell a line, each line closed by a bar (某某委员会 | / 任免名单 |): the
    bars blanked (the same length), where most of its lines, its first among them, end so and hold no other bar."""
    def closing(ln: str) -> re.Match | None:  # (the line's one bar, where it closes the line)
        return _CLOSING_BAR.search(ln) if ln.count("|") + ln.count("｜") == 1 else None

    lines = [ln for ln in text.split("\n") if ln.strip()]
    closed = [bool(closing(ln)) for ln in lines]
    if sum(closed) < 5 or 5 * sum(closed) < 3 * len(lines) or sum(closed[:5]) < 3:
        return text  # (a table printed one cell a line, each cell closed by a bar, under prose that has none: its cells)
    out = []
    for ln in text.split("\n"):
        m = closing(ln)
        out.append(ln[: m.start()] + " " * len(m.group()) if m else ln)
    return "\n".join(out)


#: a short label opening a line, its colon after it: 第条: (a converter's article label that lost its number), 段落:
_ROW_LABEL = re.compile(r"^[ \t\u3000]*(?P<label>[^\W\d_]{1,4}[:：])[ \t\u3000]*")


def _without_row_labels(text: str) -> str:
    """A page a converter printed one paragraph a row, each row opened by the same label (第条: 经研究决定： /
    第条: 某某同志任某司司长；): the label blanked (the same length), where it opens most lines (five or more, three in
    five) — a list's labels (组长：, 成员：) differ from row to row."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    labels = Counter(m["label"] for ln in lines if (m := _ROW_LABEL.match(ln)))
    if not labels:
        return text
    label, n = labels.most_common(1)[0]
    if n < 5 or 5 * n < 3 * len(lines):
        return text
    out = []
    for ln in text.split("\n"):
        m = _ROW_LABEL.match(ln)
        out.append(" " * m.end() + ln[m.end():] if m and m["label"] == label else ln)
    return "\n".join(out)


def find_layout(text: str, meta: dict[str, str] | None = None) -> Layout:
    text = _without_row_labels(_without_closing_bars(text))
    lines = rejoin_cells(_refold_cells(_unglue_members(split_lines(text)), text), text)
    widget = _weather_widget(lines)
    if widget:  # a site's weather widget over the page: not the page's first lines
        lines = [ln for i, ln in enumerate(lines) if i not in widget]
    layout = Layout(lines=lines)
    info = info_block(layout)
    meta = {**info, **(meta or {})}  # the container's metadata wins over the text's
    _find_title(layout, meta)
    _labelled_full_title(layout, info.get("title"))
    _issuer_line_over_title(layout)
    _issuer_line_over_heading(layout)
    _cover_letter_of_title(layout)
    top = next((ln.flat for ln in layout.lines[:6] if ln.flat and not _page_chrome(ln.flat)), "")
    if _FILE_NAME.search(top) and layout.title:
        _heading_of_shared_file(layout, keep="关于" in layout.title)  # (a shared notice keeps its 关于… title)
    if layout.title and _SPAM_HEAD.match(layout.title):  # 某某app官方版关于印发…的通知: a hijacked copy's word for the issuer
        layout.title = layout.title[_SPAM_HEAD.match(layout.title).end():]
    if layout.title and _FILE_NAME.search(layout.title) and _is_title_end(_FILE_NAME.sub("", layout.title)):
        layout.title = _FILE_NAME.sub("", layout.title)  # 某某关于…的通知.doc: a sharing site's file name for the notice
    if layout.title:
        layout.title = _PICTURE_NOTE.sub("", layout.title)  # 某某任某市代理市长(图): the news site's mark of a photo
        layout.title = _PINYIN_HEADER.sub("", layout.title)
        layout.title = _COPY_MARKS.sub("", layout.title)  # (a title wrapped over lines: a tag on its last line)
    if layout.title and layout.title_span:
        _drop_entry_label(layout)
        _congress_heading_wrapped(layout)
        _adopted_list_under_headline(layout)
    elif layout.title and meta.get("title"):
        _adopted_list_under_headline(layout)  # a listing's item under its headline: the list the report prints
    if layout.title:
        _reprinted_under_article(layout)
    thread = _forum_thread_title(layout.lines)
    if thread and not (layout.title and ("关于" in layout.title or layout.title.endswith("名单"))):
        layout.title, layout.title_span = thread  # a forum's thread title stands for the page (its 关于… notice reprinted
        # below keeps its own, as does a congress's list under its heading and note: 某县人大常委会 / 任免名单 / (…通过))
    if thread and layout.title_span:
        _posted_title_below(layout)
    _numbered_heading(layout)
    if not layout.title:
        _reproduced_heading(layout)
    if not layout.title:
        _shared_file_name(layout, text)
    if not layout.title:
        _shared_intro_title(layout)
    if not layout.title:
        _piece_heading(layout)
    if not layout.title:
        _reprinted_heading(layout)
    if not layout.title:
        _labelled_headline(layout)
    if not layout.title:
        _wrapped_title_over_number(layout)
    if not layout.title:
        _list_heading_in_run(layout)
    _number_run_title(layout)
    _quoted_own_title(layout)
    if layout.title and not _is_title_end(layout.title):
        _title_under_full_text(layout)
    if not layout.title or not _is_title_end(layout.title):
        _reported_title(layout, text, headline=bool(layout.title))
    _find_number(layout, meta)
    _find_addressees(layout)
    _find_signature(layout, meta)
    _speech_date(layout)
    _posted(layout)
    layout.posted = layout.posted or info.get("published")  # an info block's 发布日期: the day the page published it
    _text_info(layout)
    if not layout.issuer and info.get("issuer"):
        layout.issuer, layout.issuer_from_info = info["issuer"], True  # an info block's row of cells or pairs
        layout.issuer_labelled = True
    _find_attachments(layout)
    return layout


def _line_at(lines: list[Line], pos: int) -> int | None:
    """The index of the line that holds offset ``pos`` (an empty line holds its own start), or None."""
    return next((k for k, ln in enumerate(lines) if ln.start <= pos < max(ln.end, ln.start + 1)), None)


def _issuer_line_over_heading(layout: Layout) -> None:
    """A heading without 关于 wrapped after its issuer's name (中共某县委组织部 / 干部任前公示公告): the issuer's line
    right over it (no blank line between) opens the title, as it opens a 关于… one."""
    title, span = layout.title or "", layout.title_span
    if not title or not span or "关于" in title or _ORG_END.match(title) or not _is_title_end(title):
        return
    lines = layout.lines
    at = _line_at(lines[:40], span[0])
    if not at:
        return
    above = lines[at - 1]
    if lines[at].start - above.end != 1 or not _issuer_line(above.flat) or at - 1 in layout.info_lines \
            or not re.fullmatch(r"[\u4e00-\u9fff（）()]{3,30}", above.flat) \
            or _red_header(above.flat) or title.startswith(above.flat):
        return
    layout.title = above.flat + squash(title)
    layout.title_span = (above.start, span[1])


def _issuer_line_over_title(layout: Layout) -> None:
    """A title printed as the issuer's name on its own line over 关于… (某管委会 / 关于印发《某办法》的通知), the page
    printing the whole title again on one line a little further down (某管委会关于印发《某办法》的通知): the whole title."""
    title, span = layout.title or "", layout.title_span
    if not title.startswith("关于") or not span:
        return
    lines = layout.lines
    at = next((k for k, ln in enumerate(lines[:40]) if ln.start <= span[0] < ln.end), None)
    if at and _ISSUERS_ISSUE.fullmatch(lines[at - 1].flat) and _issuer_line(_ISSUERS_ISSUE.fullmatch(lines[at - 1].flat)["who"]):
        # 某市人民政府 某市中级人民法院印发 / 关于完善…的意见的通知: the bodies and their verb wrapped over the 关于 line,
        # one title (a line that ends in 印发 is no title's end)
        layout.title = lines[at - 1].flat + squash(title)
        layout.title_span = (lines[at - 1].start, span[1])
        return
    if not at or not _issuer_line(lines[at - 1].flat) or len(lines[at - 1].flat) > 30:
        return
    whole = lines[at - 1].flat + squash(title)
    if any(ln.flat == whole for ln in lines[at + 1: at + 8]):
        layout.title = whole


#: the issuing bodies and their verb on a line over 关于…: 某市人民政府某市中级人民法院印发, 某县人民政府办公室转发
_ISSUERS_ISSUE = re.compile(r"(?P<who>[\u4e00-\u9fff]{4,60}?)(?:印发|转发|批转)")


def _labelled_full_title(layout: Layout, labelled: str | None) -> None:
    """A notice that prints its issuer on a line of its own over 关于… (某县人民政府办公室 / 关于印发…的通知), under an
    info block whose 标题 row gives the whole title (标  题: 某县人民政府办公室关于印发…的通知): the labelled title, the
    issuer's name before the same words."""
    title = layout.title or ""
    if not labelled or not title.startswith("关于") or not _is_title_end(labelled):
        return
    head, _, rest = squash(labelled).partition("关于")
    if _han("关于" + rest) == _han(title) and head and _ORG_END.search(head):
        layout.title = squash(labelled)


#: a news page's dateline: the day and the time of day it posted the story, a source or byline may follow
#: (2013年07月05日 07:21   来源:某报, 某网 (2003年02月21日 13:43))
_POSTED = re.compile(r"^(?:[^\d()（）]{0,12}[(（]|作者[:：][^\n]{1,20}?[ \t\u3000]+(?:时间|发表于)[:：][ \t]*|"
                     # (时间:2021/12/3 21:04:59|本文来源:…, 来源: 某网 2021-08-18 09:04:42: a label, or the source before the time)
                     r"(?:发布|更新|发表)?(?:时间|日期)[:：][ \t]*|(?:来源|來源)[:：][^\n\d|｜:：]{0,24}?[ \t\u3000]+|"
                     # (澎湃新闻 2023-01-08 20:20, 某某日报全媒体 张三 2018-09-20 10:00:15, 某某网 发表于 2020-1-26 21:33:07:
                     # the outlet, the writer, a word, each followed by spaces; 开发者 https://www.某某.com 2021-07-14
                     # 10:26 出处:网络: the site's address among them)
                     r"(?:(?:[^\s\d:：|｜()（）,，。]{2,14}|https?://[\w.-]{3,60}/?)[ \t\u3000]+){1,3})?"
                     r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d/\d{1,2}/\d{1,2})"
                     r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[)）]?(?:\s|[|｜]|来源|作者|编辑|$)")


#: the same dateline without the time of day, its date labelled or not and the story's source after it
#: (日期:2020-06-30     稿件来源:某市人民代表大会常务委员会, 2013年07月26日 来源：某某日报)
_POSTED_SOURCE = re.compile(r"^(?:(?:发布|更新|发表)?(?:时间|日期)[:：][ \t]*)?"
                            r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d/\d{1,2}/\d{1,2})"
                            r"[ \t\u3000]+(?:稿件|信息|文章)?(?:来源|來源|作者)[:：]")


def _posted(layout: Layout) -> None:
    """The date a news page posted its story, from the dateline right under the headline (a time of day marks it
    as the posting, not the signing)."""
    lines = layout.lines
    span = layout.title_span
    line = next((ln for ln in lines[:3] if span and ln.start <= span[1] < ln.end), None)
    if line:  # a page run onto one line: the dateline runs on after the headline (某某会议召开 2014-07-02 10:18 来源:…)
        rest = line.text[span[1] - line.start:].strip(SPACES)
        m = _POSTED.match(rest) or _POSTED_SOURCE.match(rest)
        if m:
            layout.posted = parse_date(m["date"])
            return
    start = layout.body_start if layout.title else 0
    # (the page's headline over its dateline, the notice's own title further down: the lines under the headline too)
    for k, line in enumerate(lines[start:start + 3] + (lines[1:3] if start > 1 else [])):
        text = line.text.strip(SPACES)
        m = _POSTED.match(text) or _POSTED_SOURCE.match(text) or (_POSTED_SITE.match(text) if k == 0 else None)
        if m:
            layout.posted = parse_date(m["date"])
            return
    floor = next((ln for ln in lines[:60] if _FLOOR_POSTED.match(ln.text.strip(SPACES))), None)
    if floor:  # a forum thread's first floor, its post line over the notice it reprints: the day it was posted
        layout.posted = parse_date(_FLOOR_POSTED.match(floor.text.strip(SPACES))["date"])


#: a forum floor's post line: 发表于 2014-1-7 21:36 | 只看该作者 (the first floor's is the thread's posting)
_FLOOR_POSTED = re.compile(r"^发表于[:：]?[ \t\u3000]*(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}")


#: the dateline right under a headline: the posting day as a site prints it (2008-07-22, not as a signature's 年月日)
#: and the site's or column's name (2008-07-22 某某资讯)
_POSTED_SITE = re.compile(r"^(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t\u3000]+[\u4e00-\u9fff]{2,12}$")


#: a news site's mark after a headline that the story has pictures or video: (图), (组图), [视频]
_PICTURE_NOTE = re.compile(r"[(（\[【](?:图|组图|多图|附图|图文|视频)[)）\]】]$")
#: a red header's transliteration of the issuer's name, in capitals, run onto the title it stands over in a page that
#: lost its line breaks (CHUXIONG YIZU ZIZHIZHOU RENMIN ZHENGFU 某州人民政府关于…): no title opens with ten capitals
_PINYIN_HEADER = re.compile(r"^[A-Z][A-Z \u3000]{9,}(?=[\u4e00-\u9fff])")


#: a cover letter that promulgates a document by its title: 《X》已经市人民政府同意，现印发给你们 / 现将《X》印发给你们
_PROMULGATES_NAMED = re.compile(r"《(?P<what>[^《》]{4,80})》(?:已经|经|已由)[^。；]{2,60}?(?:同意|通过|批准)[，,]?现(?:予)?"
                                r"(?:印发|转发|公布|发布)|现将《(?P<what2>[^《》]{4,80})》(?:印发|转发)")

#: a cover letter's sentence that sends out what it names (one document or several, 《甲》和《乙》, agreed or
#: drawn up by the sender): 县政府研究确定了《X》，现印发给你们 / 《X》和《Y》已经市政府同意，现印发给你们
#: (or a sentence that names it, then a short one that sends it: 研究制定了《X》，…。经市人民政府同意，现印发给你们)
_SENDS_OUT = re.compile(r"[^。；]*《[^《》]{4,80}》[^。；]{0,80}?(?:[。；][^。；《》]{0,30}?)?现(?:予|将其)?(?:印发|转发)(?:给|你们|各|如下)")


#: a law database's heading over the text it stores, on a line of its own: the number, two dashes, the title
#: (某某主席令第40号--某部部长职务任免, 某政发〔2010〕3号--关于…的通知; a file's name, cut short with ... and
#: ending .txt, is none)
_NUMBER_DASH_TITLE = re.compile(r"^(?P<no>[^\s/]{4,40}?号)[ \t\u3000]*(?:--|——|－－)[ \t\u3000]*"
                                r"(?P<title>[^\s.。…/]{4,80})$")


def _numbered_heading(layout: Layout) -> None:
    """A law database's heading over a stored text, ``<number>--<title>``: the title and the number from it (the
    number as the database writes it, in figures, wins over the serial under the decree's header, (第四十号)). A
    title found elsewhere on the page stands; the heading taken whole for the title is split."""
    for line in layout.lines[:12]:
        m = _NUMBER_DASH_TITLE.match(line.text.strip(SPACES))
        if not m or not (DOCNUM_RE.fullmatch(m["no"]) or ISSUANCE_RE.fullmatch(m["no"])):
            continue
        if layout.title and squash(layout.title) != squash(m.group(0)):
            return  # a title of the page's own (the heading line taken whole as the title is this one's)
        at = line.start + line.text.index(m["title"])
        layout.title = strip_final_punct(m["title"])
        layout.title_span = (at, at + len(m["title"]))
        layout.heading_number = normalize_docnum(m["no"]) if DOCNUM_RE.fullmatch(m["no"]) else m["no"]
        return


def _reproduced_heading(layout: Layout) -> None:
    """A page that starts under the cover letter's title (at its number or its addressees) is titled by the
    document it reproduces, where the letter names it and its heading is printed on a line of its own
    below: 《某市某某工作要点》已经市人民政府同意，现印发给你们 … / 某市某某工作要点. Where the letter sends out
    several (《甲》和《乙》), the first whose heading is printed below names the page."""
    for k, line in enumerate(layout.lines[:12]):
        m = _PROMULGATES_NAMED.search(line.flat)
        sent = _SENDS_OUT.search(line.flat)
        if not m and not sent:
            continue
        named = ([m["what"] or m["what2"]] if m else []) + (re.findall(r"《([^《》]{4,80})》", sent.group(0)) if sent else [])
        near = layout.lines[k + 1: k + 12]
        flats = [_COPY_MARKS.sub("", b.flat) for b in near]  # (??某市某某规划: a mirror's ?? for the spaces it lost)
        below = {f: (b.start, b.end) for f, b in zip(flats, near)}
        # (a long heading wrapped over two lines: 某市加强某某建设 / 实施方案(2023—2025年))
        below.update({fa + fb: (a.start, b.end) for fa, fb, a, b in zip(flats, flats[1:], near, near[1:])
                      if fa + fb not in below})
        for what in map(squash, named):
            if what in below:
                layout.title, layout.title_span = what, below[what]
                return
        return
    _attached_heading(layout)


#: a cover letter's sentence that sends out what it does not put in book marks: 现将调整后的某某名单印发给你们
_SENDS_UNMARKED = re.compile(r"现将[^。；;《》]{2,60}?(?:印|下|转)发给(?:你|您)们")
#: a letter's sentence that issues the document it names, the verb before the book marks: …，印发《某某管理办法》。
#: (the document the attachment note names first and its heading below: the page's title)
_ISSUES_NAMED = re.compile(r"(?:印发|转发)《([^《》]{4,80})》")
#: the attachment note's first item: 附件:1.某某名单 / 附件：某某实施方案
_FIRST_ATTACHED = re.compile(r"^附件[:：]?(?:[1１一][.．、]?)?(?P<what>[^，,。；;:：]{4,40})$")


#: a letter that asks its addressees to send something back on the attached form (请按照附件要求报送…): its
#: attachment is a form to fill in, not the document the letter sends out
_ASKS_RETURNS = re.compile(r"报送|填报|上报|报回|回执|按照?附件(?:要求|格式)")
#: the label over an attachment where the page prints it: 附件1, 附件 1 |, 附件一
_ATTACHMENT_ITSELF = re.compile(r"附件[1１一]?[|｜]?")


def _attached_heading(layout: Layout) -> None:
    """An untitled cover letter (the page starts at its addressees or its text) that sends out a document it does
    not name in book marks (现将调整后的某某名单印发给你们), or names it after the verb (…，印发《某某办法》。), is titled by the document its attachment note names first
    (附件:1.某某名单), where that heading is printed on a line of its own further down (附件1 / 某某名单). (A page
    in traditional characters is read through its simplified copy.)"""
    lines = layout.lines
    unmarked = any(_SENDS_UNMARKED.search(ln.flat) for ln in lines[:6])
    named = {w for ln in lines[:6] for w in _ISSUES_NAMED.findall(ln.flat)}  # 印发《X》 (附件:X)
    first = next((ln.flat for ln in lines[:3] if ln.flat), "")
    # (a letter that opens at its addressees and sends its document as the attachment printed under it, 附件1 over a
    # table with no caption of its own: the page is known by the attachment note's name for it)
    bare = _addressees_line(first) and not first.startswith("附件") \
        and not any(_ASKS_RETURNS.search(ln.flat) for ln in lines[:6])
    if not unmarked and not named and not bare:
        return
    for k, line in enumerate(lines[:30]):
        m = _FIRST_ATTACHED.match(_COPY_MARKS.sub("", line.flat))
        if not m:
            continue
        what = m["what"]
        if not unmarked and not bare and what not in named:
            return
        heading = next((ln for ln in lines[k + 1:k + 40] if _COPY_MARKS.sub("", ln.flat) == what), None)
        if heading is not None:
            layout.title, layout.title_span = what, (heading.start, heading.end)
        elif bare and any(_ATTACHMENT_ITSELF.fullmatch(ln.flat) for ln in lines[k + 1:k + 40]):
            at = line.start + line.text.find(what[:2])
            layout.title, layout.title_span = what, (at, at + len(what))
        return


def _speech_date(layout: Layout) -> None:
    """A speech or report delivered to a meeting is dated by the line under its title, not signed:
    ``——2009年3月25日在某市人大常委会第1次会议上``."""
    if layout.signed:
        return
    for line in layout.lines[:4]:
        m = re.match(rf"^[—－-]{{1,2}}\s*(?P<date>{DATE_RE.pattern})\s*在", line.flat)
        if m:
            layout.signed = parse_date(m["date"])
            return


#: every info-block label, longest first (so that 发文字号 is not read as 文号 after 发文字)
#: a law database's row over the text: 颁布时间:2016-04-06 00:00:00.000 发文单位:某办公厅 (the day it was
#: promulgated, signed or posted as the database knows it: a label, so that the row splits, naming no field)
_PROMULGATION_LABELS = ("颁布时间", "颁布日期")
#: a site's count of readers in its info row (阅读次数:- 信息来源:某办 发布时间:2021-10-11): a label naming no field,
#: so that the row splits at its labels
_COUNTER_LABELS = ("阅读次数", "点击次数", "访问次数", "点击数", "点击量", "阅读量", "浏览量")
#: a newspaper site's day of printing the story (刊发日期:2016-01-06 阅读次数: 作者:某某): the day the page published it
_PRINTED_LABELS = {"刊发日期": "published", "刊发时间": "published"}
#: a government-information catalogue's block (索取号 | 信息名称 | 产生日期 | 文号 | 发布机构): by the catalogue's
#: rules 信息名称 is the document's title where the information is a document, and 产生日期 a document's day of signing
_CATALOGUE_LABELS = {"信息名称": "title", "产生日期": "signed",
                     # an encyclopedia entry's box on a document (基本介绍 / - 中文名:某某关于…的通知 / - 编号:[2008]6号)
                     "中文名": "title", "编号": "number"}
#: a number printed without its code, in a field labelled as the number: [2008]6号
_CODELESS_NUMBER = re.compile(r"[〔\[［(（](?P<year>(?:19|20)\d\d)[〕\]］)）](?P<serial>\d{1,5})号")
#: a law database's fields, each label in 【】 (【法规类别】 | 【发文字号】 | 【发布部门】 | 【发布日期】 | 【效力级别】): fields
#: that name nothing the document row takes from them (its 发布部门 is the database's short name for the body, 某市政府;
#: its 效力级别 a class of acts, 有关法律问题的决定: no title)
_LAW_FIELD_LABELS = ("效力级别", "法规类别", "发布部门", "颁发部门", "颁发时间", "效力属性", "所属类别", "文件来源", "失效日期")
_ANY_LABEL = re.compile("(?:" + "|".join(sorted(set(INFO_LABELS) | set(INFO_OTHER_LABELS) | set(_PROMULGATION_LABELS)
                                                | set(_COUNTER_LABELS) | set(_PRINTED_LABELS) | set(_CATALOGUE_LABELS)
                                                | set(_LAW_FIELD_LABELS),
                                                key=len, reverse=True)) + ")")
_LABEL_AT = re.compile(rf"[【\[]?(?P<label>{_ANY_LABEL.pattern})[】\]]?[:：]|"
                       rf"^[•·▪●■◆]?[【\[]?(?P<first>{_ANY_LABEL.pattern})[】\]]?(?=[:：]|\S| \S)")


#: a label a law database prints in 【】, no colon after it (【发文字号】某府办[2010]78号), or a catalogue in square
#: brackets ([ 主题分类 ] 综合政务 [ 体裁分类 ] 通知)
_BRACKETED_LABEL = re.compile(rf"(?:【[{SPACES}]*(?P<label>{_ANY_LABEL.pattern})[{SPACES}]*】|"
                              rf"\[[{SPACES}]*(?P<label2>{_ANY_LABEL.pattern})[{SPACES}]*\])[{SPACES}]*")


def _law_fields(flat: str) -> tuple[str, bool] | None:
    """A law database's fields on a line, their labels in 【】 and no colons, as ``label：value`` pairs (the 【】 stand for
    the colon); and whether the fields open the line (False where they run on after the title a flattened copy glued
    them to: 某市人民政府关于…的通知【法规类别】X【发文字号】Y【发布部门】Z…). None for a line without them."""
    found = list(_BRACKETED_LABEL.finditer(flat))
    if not found:
        return None
    opens = found[0].start() == 0
    if not opens and len(found) < 2:
        return None  # (one bracketed word inside a line is no field row)
    rest = flat[found[0].start():]
    return _BRACKETED_LABEL.sub(lambda m: f" {m['label'] or m['label2']}：", rest).strip(), opens


#: a word printed one character at a time, spaces between them (索 引 号, 文  号): a label if it reads as one
_SPREAD_WORD = re.compile(rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[{SPACES}]+[\u4e00-\u9fff]){{1,3}}(?![\u4e00-\u9fff])")


#: the same word glued to the value after it, no colon between (文    号某政发〔2004〕12号): a label if it reads as one
_SPREAD_GLUED = re.compile(rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[{SPACES}]+[\u4e00-\u9fff]){{1,3}}(?=[\u4e00-\u9fff])")


def _squashed_label(m: re.Match) -> str:
    """A word printed spread out (_SPREAD_WORD, _SPREAD_GLUED) without its spaces where it is a label; else as printed."""
    word = squash(m.group(0))
    return word if _ANY_LABEL.fullmatch(word) else m.group(0)


#: spaces inside a label, before its last one or two characters and the colon (名    称：, 文　号:)
_SPACE_IN_LABEL = re.compile(rf"(?<=[\u4e00-\u9fff])[{SPACES}]+(?=[\u4e00-\u9fff][{SPACES}]*[\u4e00-\u9fff]?[{SPACES}]*[:：])")
_SPACE_RUN = re.compile(rf"[{SPACES}]+")


def _spaced(text: str) -> str:
    """A line with the spaces inside printed labels removed (``索 引 号``, ``名    称``, ``文　　号``),
    other spaces kept as one space (they separate a value from the next label)."""
    text = _SPACE_IN_LABEL.sub("", nfkc(text))
    text = _SPREAD_WORD.sub(_squashed_label, text)
    text = _SPREAD_GLUED.sub(_squashed_label, text)
    return _SPACE_RUN.sub(" ", text).strip().lstrip("•·▪●■◆- ")


#: a table cell's border as a page prints it
_BAR = re.compile(r"[|｜]")
#: a town or township named alone as a page's publisher (发布机构 | 某某镇 |): the body, though no office word ends it
_TOWN_END = re.compile(r"[\u4e00-\u9fff]{2,12}(?:镇|乡|街道)$")
#: the brackets a site prints around a label cell ([ 发布机构 ] | 某镇 |, 【成文日期】| 2024-12-06 |)
_CELL_BRACKETS = re.compile(r"^[\[【]\s*(?P<label>[^\[\]【】]{2,8}?)\s*[\]】]$")


def _info_row(raw: str) -> bool:
    """A row of an info table printed with | between its cells, two labels or more among them (``| 索引号 | X |
    主题分类 | Y | 文号 | Z |``): one line of cells, whatever the spaces between them look like."""
    if raw.count("|") + raw.count("｜") < 3:
        return False
    found = [_CELL_BRACKETS.sub(r"\g<label>", c.strip(SPACES)) for c in _BAR.split(raw)]
    return sum(1 for c in found if c and _ANY_LABEL.fullmatch(squash(c).rstrip(":："))) >= 2


def _label_cells(text: str) -> str:
    """An info table's row printed as ``|`` cells (``发文机关 | X | 文 号 | Y |``) as ``label：value`` pairs;
    other lines unchanged. A cell is a label when it is one once its spaces are removed."""
    if text.count("|") + text.count("｜") < 2:
        return text
    found = [c.strip(SPACES) for c in _BAR.split(text)]
    found = [_CELL_BRACKETS.sub(r"\g<label>", c) for c in found if c]  # [ 发布机构 ]: the label inside its brackets
    if not found or not _ANY_LABEL.fullmatch(squash(found[0]).rstrip(":：")):
        return text
    out = []
    for c in found:
        label = squash(c).rstrip(":：")
        out.append(f" {label}：" if _ANY_LABEL.fullmatch(label) else c)
    return "".join(out).strip()


#: an info block's title row glued to its label (标  题关于成立某中心的通知)
_TITLE_ROW = re.compile(r"标 ?题(?P<title>[\u4e00-\u9fff《][^:：]{5,})")


#: a label's shape, known or not (公开目录, 文件类型:, 统一登记号): a short run of characters, its colon after it
_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]?")
#: a time of day printed after a day, a space between them (2023-09-18 15:27:26): part of the day's value
_TIME_OF_DAY = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


def _alternating_pairs(flat: str) -> list[tuple[str, str]] | None:
    """A row of an info block printed as label, value, label, value with single spaces between them (``索引号 X
    公开目录 政府文件``, ``发布机构 某镇 文件类型: 通知``): the words at the labels' places are labels whatever their
    name, where one of them at least is a label the block knows and each has a label's shape. None for a line that
    is not one (an odd count of words: a value with a space in it, or an empty one)."""
    words: list[str] = []
    for w in flat.split(" "):
        if words and _TIME_OF_DAY.fullmatch(w):
            words[-1] += " " + w  # (the day and its time of day are one value)
        else:
            words.append(w)
    if len(words) < 4 or len(words) % 2:
        return None
    labels = [w.rstrip(":：") for w in words[0::2]]
    if not all(_LABEL_WORD.fullmatch(w) for w in words[0::2]) or not any(_ANY_LABEL.fullmatch(w) for w in labels):
        return None
    if any(_ANY_LABEL.fullmatch(w.rstrip(":：")) for w in words[1::2]):
        return None  # a label at a value's place: the row is not label, value, label, value
    return list(zip(labels, words[1::2]))


def _label_pairs(text: str) -> list[tuple[str, str]] | None:
    """``label: value`` pairs of one info-block line, two or more to a line (``索引号: X 组配分类: Y``)
    or glued without separators (``索引号X发文机关Y成文日期Z``); None for a line that is not one."""
    flat = _spaced(_label_cells(text))
    fields = _law_fields(flat)
    if fields:  # 【发文字号】深府办[2010]78号 / …的通知【法规类别】X【发文字号】Y: the 【】 stand for the colons
        flat = fields[0]
    titled = _TITLE_ROW.fullmatch(flat)
    if titled:  # 标  题关于成立某中心的通知: an info block's title row glued to its label
        return [("标题", titled["title"])]
    alternating = _alternating_pairs(flat)
    if alternating:  # 公开目录 政府文件 文号 某政发〔2024〕3号: labels and values one after another, spaces between
        return alternating
    if not (_LABEL_AT.match(flat) or _LABEL_AT.match(flat, 1)):
        return None  # the first label does not open the line (the two tries only spare a scan of the line)
    marks = [(m.start(), m.end(), m["label"] or m["first"]) for m in _LABEL_AT.finditer(flat)]
    if len(marks) == 1 and not re.match(r"^\S{0,2}\S+[:：]", flat):
        # one label with no colon opens the line: a glued block (索引号X发文机关Y…) splits at every label
        glued = [(m.start(), m.end(), m.group(0)) for m in _ANY_LABEL.finditer(flat)]
        # (two will do where a space sets each value off from the next label: 发文字号X号 发布日期2024-02-09)
        spaced = len(glued) == 2 and flat[glued[1][0] - 1] == " "
        if (len(glued) < 3 and not spaced) or glued[0][0] > 1:
            return None
        marks = glued
    pairs = []
    for k, (s, e, label) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(flat)
        pairs.append((label, flat[e:end].strip(" :：,，|｜")))  # (标题:X | |: a cell's bars are no part of its value)
    return pairs


def info_block(layout: Layout) -> dict[str, str]:
    """A page's info block printed in the text: label pairs on a line, a label with its value on
    the next line (``• 发文字号:`` / ``X号``), labels glued to values. The values are read by their
    shape, so that an empty cell never takes the next label's value. Marks the lines as metadata."""
    out: dict[str, str] = {}
    lines = layout.lines
    pending: tuple[int, str] | None = None  # a label alone on its line, waiting for its value
    taken: set[int] = set()
    for i, line in enumerate(lines[:60]):
        if i in taken:
            continue
        header = _row_cells(line.text)
        if header and all(_ANY_LABEL.fullmatch(squash(c)) for c in header) and i + 1 < len(lines):
            values = _row_cells(lines[i + 1].text)
            if values and len(values) == len(header):  # a row of labels over a row of values
                layout.info_lines |= {i, i + 1}
                taken.add(i + 1)
                for label, value in zip(header, values):
                    _take(out, squash(label), value)
                continue
        if line.flat in ("|", "｜") and (pending is not None or out):
            layout.info_lines.add(i)  # a table printed one cell per line, its cells between lone |
            continue
        pairs = _label_pairs(line.text)
        if pairs is None and i + 1 < len(lines) and lines[i + 1].flat in ("|", "｜") \
                and _ANY_LABEL.fullmatch(bare := squash(_spaced(line.text)).strip("|｜")):
            pairs = [(bare, "")]  # a label cell alone on its line, its value the next cell
        if pairs is None and pending is None and i + 1 < len(lines) \
                and _ANY_LABEL.fullmatch(bare := _bare_label(squash(_spaced(line.text)))) \
                and not _stacked_label(lines[i + 1].flat) and len(lines[i + 1].flat) <= 60:
            layout.info_lines |= {i, i + 1}  # a label alone on its line with no colon, its value the next line
            taken.add(i + 1)  # (主题分类 / 人事, 文号 / 某政发〔2024〕3号: a table copied one cell a line;
            # - [ 发布机构 ] / - 某局: a list's items, the label in brackets)
            _take(out, bare, _LIST_ITEM.sub("", lines[i + 1].flat) if _LIST_ITEM.match(line.flat) else lines[i + 1].flat)
            continue
        if pairs is None:
            if pending is not None and not DOCNUM_RE.fullmatch(line.flat) and len(line.flat) > 60:
                pending = None
            if pending is not None:
                layout.info_lines.add(i)
                listed = _LIST_ITEM.match(lines[pending[0]].flat)  # - [ 发布机构 ] / - 某局: a list's items
                _take(out, pending[1], _LIST_ITEM.sub("", line.flat) if listed else line.flat)
                pending = None
            continue
        fields = _law_fields(_spaced(_label_cells(line.text)))
        if fields and not fields[1]:  # a title a flattened copy ran the database's fields on after: the line keeps it
            for label, value in pairs:
                _take(out, label, value)
            continue
        if len(pairs) == 1 and not pairs[0][1]:
            # (- [ 索引号 ] / - 某某: a cell of a block printed as a list, its value the next item, whatever the label)
            pending = (i, pairs[0][0]) if pairs[0][0] in INFO_LABELS or pairs[0][0] in _CATALOGUE_LABELS \
                or _LISTED_LABEL.match(line.flat) and _ANY_LABEL.fullmatch(pairs[0][0]) else None
            layout.info_lines.add(i)
            continue
        pending = None
        if len(pairs) >= 2 or pairs[0][0] in INFO_LABELS or pairs[0][0] in _CATALOGUE_LABELS or fields:
            layout.info_lines.add(i)  # (【效力级别】 有关法律问题的决定: a field of the database, whatever its value reads like)
            wrapped = _wrapped_title_value(lines, i, pairs) if len(pairs) == 1 else None
            if wrapped:  # 标题：某办公室关于成立某区 / 某某领导小组的通知: the value wrapped onto the lines under it
                pairs, last = [(pairs[0][0], wrapped[0])], wrapped[1]
                layout.info_lines |= set(range(i + 1, last + 1))
                taken |= set(range(i + 1, last + 1))
            for label, value in pairs:
                _take(out, label, value)
    _rows_beside(layout)
    return out


def _wrapped_title_value(lines: list[Line], i: int, pairs: list[tuple[str, str]]) -> tuple[str, int] | None:
    """A labelled title whose value the page wrapped onto the line or two under it (标题：某办公室关于成立某区 /
    某某领导小组的通知): the whole value and the last line it takes, where the value alone does not end as a title
    does and the lines under it, no rows of the block, complete it."""
    label, value = pairs[0]
    value = squash(value)
    if INFO_LABELS.get(label) != "title" or not value or _is_title_end(value) or DOCNUM_RE.fullmatch(value):
        return None
    for j in range(i + 1, min(len(lines), i + 3)):
        flat = lines[j].flat
        if not flat or _label_pairs(lines[j].text) is not None or _SENTENCE.search(flat) or len(flat) > 60:
            return None
        value += flat
        if _is_title_end(value):
            return value, j
    return None


#: an info row under a label the block does not know (公开目录：政府文件, • 文件类型：通知): a short label and its colon
#: (or a space: 文件类型 通知)
_UNKNOWN_ROW = re.compile(rf"^[•·▪●■◆\-{SPACES}]*[【\[]?[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,7}}[】\]]?[{SPACES}]*[:：]")


def _stacked_label(flat: str) -> bool:
    """A label alone on its line, a colon after it or none (发布机构, 主题分类：, - [ 发文字号 ])."""
    return bool(_ANY_LABEL.fullmatch(_bare_label(flat).rstrip(":：")))


#: a list item's mark before a cell of a page's info block printed as a list (- [ 索引号 ] / - 某某)
_LIST_ITEM = re.compile(r"^[-*•·][ \u3000]*")
#: a label cell printed as a list's item, in brackets, no colon: - [ 索引号 ] (its value the next item)
_LISTED_LABEL = re.compile(r"^[-*•·][ \u3000]*[\[【［][^:：\]】］]{2,12}[\]】］]$")
#: the marks around a label cell's word: a bullet or a list's dash, bars, brackets (- [ 索引号 ], 【成文日期】, • 发文字号)
_LABEL_MARKS = re.compile(r"^[•·\-*|｜ \u3000]*[\[【［]?[ \u3000]*|[ \u3000]*[\]】］]?[|｜ \u3000]*$")


def _bare_label(flat: str) -> str:
    """A short cell's text without the marks around a label's word (a longer line is returned as it is)."""
    return _LABEL_MARKS.sub("", flat) if len(flat) <= 30 else flat


#: a red header's masthead: a body's name, then 文件
_MASTHEAD_END = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|部|署|院|党委|党组)文件$")


def _rows_beside(layout: Layout) -> None:
    """Rows of a page's info block under labels the block does not know, marked as metadata where they stand beside
    its known rows: a short line opening with a label's shape and its colon (公开目录：政府文件, 文件类型：通知), or
    a label and its value, two pairs at most, single spaces between them (公开形式 主动公开 文件类型 通知); not the
    notice's addressees, a group's role label, a title (关于…) or a red header's masthead (…文件)."""
    lines = layout.lines
    grown = True
    while grown and layout.info_lines:
        grown = False
        for i in range(min(60, len(lines))):
            if i in layout.info_lines or not ({i - 1, i + 1} & layout.info_lines):
                continue
            flat = lines[i].flat
            below = lines[i + 1].flat if i + 1 < len(lines) else ""
            if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", lines[i].text.strip(SPACES + "•·")) and i + 1 not in layout.info_lines \
                    and below \
                    and len(below) <= 40 and not _SENTENCE.search(below) and "关于" not in below \
                    and not _ORG_END.search(flat) and not DOCNUM_RE.search(below) and i - 1 in layout.info_lines:
                layout.info_lines |= {i, i + 1}  # 信息状态 / 现行有效: a label the block does not know over its value
                grown = True
                continue
            words = _spaced(lines[i].text).split(" ")
            # (公开形式 主动公开 文件类型 通知: a label's shape at every label's place, single spaces between the words)
            spaced = len(words) in (2, 4) and all(_LABEL_WORD.fullmatch(w) for w in words[0::2])
            if len(flat) > 40 or not (_UNKNOWN_ROW.match(lines[i].text) or spaced) or _ROLE_LABEL.match(flat) \
                    or _addressees_line(flat) or "关于" in flat or _SENTENCE.search(flat) \
                    or _MASTHEAD_END.search(flat) and (len(words) == 1 or words[-1] == "文件") and not re.search(r"[:：]", flat):
                continue  # (某市人民政府 文件: a red header's masthead, no row; 所属主题 政策文件 is one)
            layout.info_lines.add(i)
            grown = True


def _row_cells(text: str) -> list[str] | None:
    """The cells of a table row printed with | (``| 发文机关 | 文号 |``), or copied with a tab between cells
    (``发文机关<TAB>文号``), two or more; else None."""
    if text.count("|") + text.count("｜") < 2:
        cells = text.strip(SPACES).split("\t")
        found = [c.strip(SPACES) for c in cells]
        return found if "\t" in text.strip(SPACES) and len(found) >= 2 and all(found) else None
    found = [c.strip(SPACES) for c in _BAR.split(text.strip(SPACES).strip("|｜"))]
    return found if len(found) >= 2 and all(found) else None


#: a day in figures, then the time of day after a space: 2017/8/1 13:55:00 (squashed, the day would run into the hour)
_DAY_BEFORE_TIME = re.compile(rf"[ \t\u3000]*(?P<day>{ISO_DAY})[ \t\u3000]+{CLOCK}")


#: a day in figures, set off by a space after the last value of an info row (and its time of day): no label names
#: it, and a page prints there the day it posted the notice
_POSTED_AFTER = re.compile(rf"[ \t\u3000]+(?P<day>{ISO_DAY})(?:[ \t\u3000]+{CLOCK})?$")


def _take(out: dict[str, str], label: str, value: str) -> None:
    """File one value under the field its shape says it is (a 文号 looks like a 文号 whatever its label)."""
    head = value.split()[0] if value.split() else ""
    if INFO_LABELS.get(label) == "issuer" and head != value.strip() and _ORG_END.search(head) and not _ORG_END.search(squash(value)):
        value = head  # 发布机构 某区政府办公室 公开日 2023-07-04: a label the block does not know (公开日) follows the body
    key = INFO_LABELS.get(label) or _PRINTED_LABELS.get(label) or _CATALOGUE_LABELS.get(label)
    posted = _POSTED_AFTER.search(value) if key not in ("signed", "published") else None
    if posted and parse_date(posted["day"]):  # 编辑:某某　2005-08-15: the page's posting day, unlabelled, ends the row
        out.setdefault("published", parse_date(posted["day"]))
        value = value[: posted.start()]
    day = _DAY_BEFORE_TIME.match(value)
    if key in ("signed", "published") and day and parse_date(day["day"]):
        out.setdefault(key, parse_date(day["day"]))  # 2017/8/1 13:55:00: the day ends at the space (not 2017/8/113)
        return
    value = squash(value)
    if not value:
        return
    number = DOCNUM_RE.fullmatch(value) or ISSUANCE_RE.fullmatch(value)
    codeless = _CODELESS_NUMBER.fullmatch(value) if key == "number" else None
    if number and key in (None, "number", "title"):
        out.setdefault("number", normalize_docnum(value) if DOCNUM_RE.fullmatch(value) else value)
    elif codeless:
        out.setdefault("number", f"〔{codeless['year']}〕{int(codeless['serial'])}号")
    elif key in ("signed", "published") and not parse_date(value) and parse_date(squash(head)):
        out.setdefault(key, parse_date(squash(head)))  # 发布日期 2023-09-18 15:27:26: the day, then the time of day
    elif key in ("signed", "published") and parse_date(value):
        value = re.sub(r"^((?:19|20)\d\d年\d{1,2}月\d{1,2})$", r"\1日", value)  # 2018年03月27: a cell that lost its 日
        out.setdefault(key, parse_date(value))
    elif key == "issuer" and (_ORG_END.search(value) or _TOWN_END.search(value)) and not re.search(r"\d", value) \
            and not value.endswith("网站"):
        out.setdefault("issuer", value)  # (发文机构: 县政府网站, 发布机构: 某部门户网站: the site that posted it, no body)
        # (发布机构: 某某镇: a town's site names the town itself as the body that issued the page)
    elif key == "title" and not number and (_is_title_end(value) or label == "标题" and _FORUM_TITLE.fullmatch(value)):
        out.setdefault("title", _FORUM_TITLE.fullmatch(value)["title"] if not _is_title_end(value) else value)


#: a forum or chronicle post's labelled title (标题: 1963年某县大事记 [打印本页]): the forum's print link is no part of it
_FORUM_TITLE = re.compile(r"(?P<title>(?:19|20)\d\d年[\u4e00-\u9fff]{2,20}?(?:大事记|纪事|纪要|年鉴|概况))[ \t]*"
                          r"(?:[\[【](?:打印本页|打印)[\]】])?")


_INFO_LINE = re.compile(rf"^[【\[]?(?P<label>{'|'.join(sorted(INFO_LABELS, key=len, reverse=True))})[】\]]?"
                        rf"[:：|｜]?(?P<value>[^|｜]{{2,60}})[|｜]?$")


def _text_info(layout: Layout) -> None:
    """Metadata printed as lines above or below the text (a copied info table: ``发文机关：X``,
    ``发文机关|X|``): the issuer and the date of signing where the notice itself does not give them."""
    for line in layout.lines[:30]:
        m = _INFO_LINE.match(line.flat.strip("|｜"))
        if not m:
            continue
        key, value = INFO_LABELS[m["label"]], m["value"]
        if key == "issuer" and not layout.issuer and _ORG_END.search(value) and not re.search(r"\d", value):
            layout.issuer, layout.issuer_labelled = value, True
        elif key == "signed" and not layout.signed:
            layout.signed = parse_date(value) or None


def _is_title_end(flat: str) -> bool:
    flat = strip_final_punct(flat)
    return flat.endswith(_KIND_WORDS) or bool(re.search(r"(令|公告|通告)第?\d+号$", flat))


#: a cover letter's title that opens with its verb, no 关于 before it: 印发某区某某预案的通知, 转发某厅某某意见的通知
_COVER_TITLE_OPENS = re.compile(r"^(?:印发|转发|批转|颁发|颁布)(?=[《\u4e00-\u9fff]{4})")


#: a reply's title, over one or two lines: 对某市政协第十四届第四次会议第12号提案的答复 (对 its first word, 答复 its last)
_REPLY_TITLE = re.compile(r"^对[^。；;，,:：]{4,80}的答复$")


def _reply_title_opens(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a reply's title (对某市人大某次会议 / 第12号建议的答复): a body's answer to a deputy's suggestion
    or a member's proposal, printed without 关于."""
    flat = lines[i].flat
    nxt = lines[i + 1].flat if i + 1 < len(lines) else ""
    return flat.startswith("对") and bool(_REPLY_TITLE.match(flat) or _REPLY_TITLE.match(flat + nxt))


def _title_complete(flat: str) -> bool:
    """A title that has ended: a cover letter's (关于印发…, or 印发… with no 关于) only at its 的通知, so that one
    wrapped after a kind word of what it promulgates (关于印发某区政府工作报告 / 任务分解的通知) goes on."""
    if (re.search(r"关于(?:印发|转发)", flat) or _COVER_TITLE_OPENS.match(flat)) and not re.search(r"的(?:通知|决定|通告|公告|函|批复|意见)$", strip_final_punct(flat)):
        return False
    return _is_title_end(flat)


#: a congress's list heading inside a page run onto one line, its adoption note after it: … 某县人民代表大会常务委员会
#: 任免名单 （2016年6月28日某县第十八届人民代表大会常务委员会第三十一次会议通过） … (after a space, or after the lead's
#: colon or stop: 会议通过的任免名单如下：某县人民代表大会常务委员会任免名单（…通过）)
#: (or its decision: 某县人民代表大会常务委员会关于人事任免的决定 (…会议通过) 一、…)
_LIST_IN_RUN = re.compile(rf"(?:^|(?<=[{SPACES}：:。]))(?P<title>[\u4e00-\u9fff]{{2,30}}?(?:人民代表大会常务委员会|人大常委会)"
                          rf"(?:(?:人事)?(?:任免|任命|免职|职务任免)(?:人员)?名单|关于[^。；，,：:()（）]{{2,30}}?的决定))"
                          rf"[{SPACES}]*[(（](?P<date>{DATE_RE.pattern})"
                          r"[^()（）]{0,60}?(?:会议)?通过[)）]")


def _list_heading_in_run(layout: Layout, lines: list[Line] | None = None) -> bool:
    """A page that lost its line breaks, a congress's list heading run on inside it with its adoption note after it:
    the heading is the title, the note's date the day the list was adopted (signed). Looked for in ``lines`` (the
    page's first twenty: the run cut into lines where its sentences end, the heading opens one); whether found."""
    for line in layout.lines[:20] if lines is None else lines:
        m = _LIST_IN_RUN.search(line.text)
        if m:
            layout.title = m["title"]
            layout.title_span = (line.start + m.start("title"), line.start + m.end("title"))
            layout.title_date = parse_date(m["date"])
            return True
    return False


#: the widest of a forum thread's counters and labels under its headline (主题 / 40 / 回帖 / 中级会员 / [复制链接])
_FORUM_LABEL_WIDTH = 6


def _adopted_list_under_headline(layout: Layout) -> None:
    """A news report of a congress committee's session, its headline read as the title, that prints the list the
    session adopted a few lines down under the list's own heading and note (某县人民代表大会常务委员会 / 任免名单 /
    (…会议通过), or heading and note run on in one line): the list is the document the page states, its heading
    the title (docs/facts.md: the notice's own title wins over the headline, also one that names a list)."""
    if "关于" in layout.title or not _is_headline(layout.title):
        return
    lines = layout.lines
    if layout.title.endswith("名单") and (layout.body_start >= len(lines) or _ADOPTED.match(lines[layout.body_start].flat)):
        return  # the list's own heading over its note (a headline that names a list, 某县第N届人大常委会第N次会议任免
        # 名单, over a lead and the list's heading, is the report's)
    counted = 0  # (the lines read so far, a forum's short counters and labels between them not counted: 主題 / 40)
    for k in range(layout.body_start, len(lines)):
        counted += len(lines[k].flat) > _FORUM_LABEL_WIDTH
        if counted > 10:
            return
        if _list_heading_in_run(layout, lines[k:k + 1]):
            return
        if k + 1 < len(lines) and _adopted_list(lines[k].flat, _below_posting(lines, k, layout.info_lines)):
            layout.title, layout.title_span = lines[k].flat, (lines[k].start, lines[k].end)
            _congress_heading_wrapped(layout)  # (某县人民代表大会常务委员会 / 任免名单: the two lines)
            layout.body_start = k + 1  # (the list's note under its heading: where its date is read)
            return


def _wrapped_title_over_number(layout: Layout) -> None:
    """A page whose first lines are a transcript's chrome (a gazette's cover, its table of contents, page markers):
    the notice's title wrapped over two to four lines (某局 / 关于印发某某 / 工作方案的通知), its number on the line
    under it, further down the page: the title (the first such, no sentence among its lines)."""
    lines = layout.lines
    for k in range(1, min(len(lines), 150)):
        if not DOCNUM_RE.fullmatch(lines[k].flat):
            continue
        for j in range(k - 2, max(-1, k - 5), -1):
            part = [ln.flat for ln in lines[j:k]]
            if any(not p or _SENTENCE.search(p) or len(p) > 40 for p in part):
                break
            joined = "".join(part)
            if "关于" in joined and _is_title_end(joined) and _ORG_END.search(joined.partition("关于")[0]):
                layout.title = strip_final_punct(strip_ornaments(joined))
                layout.title_span, layout.body_start = (lines[j].start, lines[k - 1].end), k
                return
        under = _title_under_number(lines, k)
        if under:  # (某县人民政府文件 / 某府任（89）12号 / 某县人民政府关于… / …的通知 / 各镇人民政府：)
            layout.title, layout.title_span, layout.body_start = under
            return


def _title_under_number(lines: list[Line], k: int) -> tuple[str, tuple[int, int], int] | None:
    """A red-header document's title under its number line ``k``, wrapped over up to three lines (某县人民政府关于某某
    等同志 / 职务任免的通知), its addressees or its text's first sentence under it: (title, span, body start)."""
    for end in range(k + 1, min(len(lines), k + 4)):
        part = [ln.flat for ln in lines[k + 1: end + 1]]
        if any(not p or _SENTENCE.search(p) or len(p) > 40 for p in part):
            return None
        joined = "".join(part)
        if "关于" in joined and _is_title_end(joined) and _ORG_END.search(joined.partition("关于")[0]):
            below = lines[end + 1].flat if end + 1 < len(lines) else ""
            if _addressees_line(below) or _SENTENCE.search(below):
                return strip_final_punct(strip_ornaments(joined)), (lines[k + 1].start, lines[end].end), end + 1
            return None
    return None


def _posted_title_below(layout: Layout) -> None:
    """A forum thread titled with the notice's title, the post printing it again with its number on the line under
    it (某县人民政府关于…的通知 / 某政任〔2004〕9号): the title is the post's print, where the number and the text
    follow it."""
    lines = layout.lines
    at = _line_at(lines, layout.title_span[0])
    if at is None:
        return
    for k in range(at + 1, min(len(lines) - 1, at + 10)):
        if lines[k].flat == squash(layout.title) and DOCNUM_RE.fullmatch(lines[k + 1].flat):
            layout.title_span, layout.body_start = (lines[k].start, lines[k].end), k + 1
            return


def _own_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page prints a shortened title (its head before 关于 is no body: 广东省关于…) above the
    notice's own title (head a body, the title wrapped over up to three lines, the 文号 or the
    addressees under it), the notice's own: (first line, last line, joined text)."""
    head = title.partition("关于")[0]
    if "关于" not in title or not head or _ORG_END.search(head):
        return None
    for k in range(j + 1, min(len(lines), j + 8)):
        flat = lines[k].flat
        if DOCNUM_RE.search(flat) or (flat.startswith("各") and flat.endswith((":", "："))):
            return None  # the notice's text has begun
        if not _ORG_END.search(flat.partition("关于")[0]) or not flat.startswith(head):
            continue
        end, joined = k, flat
        while not _is_title_end(joined) and end + 1 < min(len(lines), k + 3):
            end, joined = end + 1, joined + lines[end + 1].flat
        if _is_title_end(joined) and "关于" in joined and _ORG_END.search(joined.partition("关于")[0]):
            return k, end, joined
    return None


def _short_name_of(short: str, full: str) -> bool:
    """``short`` is a body's name written short of ``full``: the same opening, its characters in ``full`` in order
    (某市经信委 of 某市经济和信息化委员会), not the whole name under a label run before it (第4页某县人民政府办公室)."""
    if len(full) <= len(short) or full.endswith(short) or full[:2] != short[:2]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _fuller_issuer_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page's headline gives the issuer's short name (某市经信委关于成立…的通知) and the notice prints its own
    title right over its 文号 or addressees with the issuer's full name (某市经济和信息化委员会关于成立… / …的通知,
    wrapped over up to three lines), the same words after 关于: the notice's own (first line, last line, text)."""
    head, about, rest = title.partition("关于")
    if not about or not head:
        return None
    words = _han(rest)
    for k in range(j + 1, min(len(lines), j + 6)):
        flat = lines[k].flat
        if DOCNUM_RE.search(flat) or _addressees_line(flat):
            return None  # the notice's text has begun
        full = flat.partition("关于")[0]
        if "关于" not in flat or not _short_name_of(head, full) or not _ORG_END.search(full) or _SENTENCE.search(flat):
            continue
        end, joined = k, flat
        while not _is_title_end(joined) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        below = lines[end + 1].flat if end + 1 < len(lines) else ""
        if _is_title_end(joined) and _han(joined.partition("关于")[2]) == words \
                and (DOCNUM_RE.search(below) or _addressees_line(below)):
            return k, end, joined
        return None
    return None


def _full_government_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a database names the notice with its government written short (某省政府关于…) and the notice prints its
    own title further down with the government's full name (某省人民政府关于…), the notice's own: (first line, last
    line, text)."""
    head, about, rest = title.partition("关于")
    if not about or not head.endswith("政府") or head.endswith("人民政府"):
        return None
    full = head[:-2] + "人民政府" + about + rest
    return next(((k, k, lines[k].flat) for k in range(j + 1, min(len(lines), j + 16)) if lines[k].flat == full), None)


def _addressees_line(flat: str) -> bool:
    """各村委会： / 各乡镇人民政府，县直各单位： / 市直各部门：: the main addressees, on the line before the text."""
    return len(flat) < 120 and flat.endswith((":", "：")) and (flat.startswith("各") or bool(_ORG_END.search(flat[:-1])))


def _issuer_line(flat: str) -> bool:
    """某某街道办事处 on a line of its own: a body's name, no title."""
    return not _is_title_end(flat) and bool(_ORG_END.search(flat)) and "关于" not in flat


def _title_over_addressees(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page names the notice by its own words (乡镇关于春节文化活动的通知, 关于成立某某普查工作领导小组的通知)
    and, before the text, prints the notice's title as the notice has it (wrapped over up to three lines) right
    over its addressees (镇关于某某活动的通知 / 各村委会：), the notice's own: (first line, last line, joined text).
    Between the two only the page's info rows and tabs, the 文号, the issuer's name and the page's title printed again; a
    title that differs from the page's only by the issuer before it is the same title."""
    for k in range(j + 1, min(len(lines), j + 10)):  # (a page's tabs, 政策原文 / 申报条件 / …, between them too)
        flat = lines[k].flat
        if _SENTENCE.search(flat) or _addressees_line(flat):
            return None  # the notice's text has begun
        if re.search(r"[:：]", flat) or DOCNUM_RE.search(flat) or flat == title or _issuer_line(flat) \
                or re.fullmatch(r"[(（][^()（）]*[)）]", flat):
            continue  # an info row, the 文号, the page's title again, the issuer's name, a note in brackets
        if not re.match(r"[\u4e00-\u9fff《“]", flat):
            continue  # (2021-2025年)的通知: the end of a wrapped title, not its start
        end, joined = k, flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 3) and not _issuer_line(lines[end + 1].flat) \
                and not _SENTENCE.search(lines[end + 1].flat) and not _addressees_line(lines[end + 1].flat) \
                and not DOCNUM_RE.fullmatch(lines[end + 1].flat):  # (a tab's label over the number: no title's line)
            end, joined = end + 1, joined + lines[end + 1].flat
        if not _title_complete(joined) or end + 1 >= len(lines) or not _addressees_line(lines[end + 1].flat):
            continue
        words, own = (re.sub(r"[^\u4e00-\u9fff]", "", t) for t in (title, joined))
        if words.endswith(own) or own.endswith(words):
            return None  # the same title, with or without its issuer (or its dashes printed otherwise)
        return k, end, joined
    return None


def _issuer_over_same_title(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page prints the notice's title without its issuer (关于成立某某领导小组的通知) and, under the 文号, the
    notice prints its issuer on a line of its own over the same title (某部办公厅 / 关于成立某某 / 领导小组的通知, wrapped
    over up to three lines), the notice's own title is the issuer's and those words: (issuer's line, last line, joined
    text). Between the two only the page's info rows, the 文号 or a note in brackets."""
    if not title.startswith("关于"):
        return None
    words = re.sub(r"[^\u4e00-\u9fff]", "", title)
    numbered = False
    for k in range(j + 1, min(len(lines), j + 6)):
        flat = lines[k].flat
        number = DOCNUM_RE.search(flat) or _LOST_BRACKETS.fullmatch(flat)  # (某农办发〔2021〕47: its 号 dropped)
        if re.search(r"[:：]", flat) or number or re.fullmatch(r"[(（][^()（）]*[)）]", flat):
            numbered = numbered or bool(number)
            continue  # an info row, the 文号, a note in brackets
        if not (_issuer_line(flat) and len(flat) <= 30) or k + 1 >= len(lines) \
                or not lines[k + 1].flat.startswith("关于"):
            return None
        end, joined = k + 1, lines[k + 1].flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 4) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        if not numbered and end + 1 < len(lines) and DOCNUM_RE.fullmatch(lines[end + 1].flat) \
                and end == k + 1:
            return None  # a law library's entry: title / issuing body / the document, its title over its number
            # (on one line; a notice's red-header title wrapped under its issuer, 某办公室 / 关于调整某某 / 成员的通知,
            # over its number is the notice's own)
        if _title_complete(joined) and re.sub(r"[^\u4e00-\u9fff]", "", joined) == words:
            return k, end, flat + joined
        return None
    return None


def _unquoted_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page's heading quotes the notice's title (某发〔2012〕18号《某局关于印发〈某办法〉的通知》: the book
    marks inside it turned 〈〉) and the notice prints its own title under it (某局关于印发《某办法》的通知, wrapped over up
    to three lines), the notice's own: (first line, last line, joined text). Between the two only the page's info
    rows, the 文号 or a date."""
    if "〈" not in title:
        return None
    words = _han(title)
    for k in range(j + 1, min(len(lines), j + 5)):
        flat = lines[k].flat
        if re.search(r"[:：]", flat) or DOCNUM_RE.search(flat) or is_date_line(flat):
            continue  # an info row, the 文号, the page's date
        end, joined = k, flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        if "〈" not in joined and _title_complete(joined) and _han(joined) == words:
            return k, end, joined
        return None
    return None


#: a place's name, as an issuer's full name prints it before the short name a headline gives (德化县 + 某镇人民政府)
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|旗|州|盟)")


def _whole_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where the page's field or title bar cut the title short (某区人民政府关于某某等同志任免职务的通) and the notice
    prints it whole below (wrapped over up to three lines, the page's info rows between): the whole title, as (first
    line, last line, joined text)."""
    if _title_complete(title) or "关于" not in title or len(title) < 10:
        return None
    for k in range(j + 1, min(len(lines), j + 4)):
        flat = lines[k].flat
        if not flat or re.search(r"[:：]", flat) or DOCNUM_RE.search(flat):
            continue  # an info row, the 文号
        end, joined = k, flat
        while len(joined) < len(title) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(joined):
            end, joined = end + 1, joined + lines[end + 1].flat
        if not joined.startswith(title) or _SENTENCE.search(joined):
            return None
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 3) \
                and not _SENTENCE.search(lines[end + 1].flat) and len(joined) <= 80:
            end, joined = end + 1, joined + lines[end + 1].flat
        return (k, end, joined) if _title_complete(joined) and len(joined) > len(title) else None
    return None


_INNER_QUOTES = str.maketrans("〈〉", "《》")


def _requoted_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a site's caption quotes the whole title (《某局关于印发〈某某办法〉的通知》: the name inside turned to 〈〉)
    and the notice prints its own below (某局关于印发《某某办法》的通知, wrapped over up to three lines): the notice's
    own, as (first line, last line, joined text)."""
    if "〈" not in title:
        return None
    own = title.translate(_INNER_QUOTES)
    for k in range(j + 1, min(len(lines), j + 8)):
        end, joined = k, lines[k].flat
        if not joined or not own.startswith(joined):
            continue
        while len(joined) < len(own) and end + 1 < min(len(lines), k + 3) and own.startswith(joined + lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        if joined == own:
            return k, end, joined
    return None


def _full_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a site's listing line prints the notice's title short (no issuer, no 关于: 某市推进某某实施细则的通知) and
    the notice prints its own title in full further down (某市人民政府办公室关于印发某市推进 / 某某实施细则的通知,
    wrapped over up to three lines), its issuer and 关于 before the same words: the notice's own (first line, last
    line, joined text). Between the two only the page's info rows (时间: 来源:), the red header's line (某办公室文件),
    the 文号 or a note in brackets; the issuer may stand on a line of its own over 关于… (某办公室 / 关于印发某某 / …的通知).
    So too where the page's headline names the issuer short (某镇人民政府关于…, an e-paper's headline over the notice's
    own 某县某镇人民政府关于…): the notice's own title is the one with the issuer's place."""
    head = title.partition("关于")[0]
    if "关于" in title and not head:
        return None  # (关于… printed over 某厅关于…: the page's title, the issuer's below it a red header's)
    words = re.sub(r"[^\u4e00-\u9fff]", "", title)
    for k in range(j + 1, min(len(lines), j + 6)):
        flat = lines[k].flat
        if re.search(r"[:：]", flat) or DOCNUM_RE.search(flat) or re.fullmatch(r"[(（][^()（）]*[)）]", flat) \
                or _RED_HEADER.search(flat) and _ORG_END.search(flat[:-2]) and len(flat) <= 30:
            continue  # an info row, the 文号, a note in brackets, the red header (某区人民政府办公室文件)
        if _issuer_line(flat) and len(flat) <= 30 and k + 1 < len(lines) and lines[k + 1].flat.startswith("关于"):
            end, joined = k + 1, flat + lines[k + 1].flat  # the issuer on its own line over 关于…
        else:
            end, joined = k, flat
        last = end + 2  # (the title wraps over up to three lines)
        head = joined.partition("关于")[0]
        if "关于" not in joined or not _ORG_END.search(head) or _SENTENCE.search(joined):
            return None
        while not _title_complete(joined) and end + 1 < min(len(lines), last + 1) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        own = re.sub(r"[^\u4e00-\u9fff]", "", joined)
        if "关于" in title and not _PLACE_BEFORE.fullmatch(own[: len(own) - len(words)]):
            return None  # (only a place before the same title: 第4页某县… is a page's counter glued to it)
        if _title_complete(joined) and own.endswith(words) and len(own) > len(words):
            return k, end, joined
        return None
    return None


#: a page's posting line: its date first, then who posted it where (2017-03-16 由某某 发表于 时政)
_DATED_POSTING = re.compile(r"^(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)(?![\u4e00-\u9fff]{0,2}[印通])")


def _shortened(words: str, own: str) -> bool:
    """Whether ``words`` is ``own`` with words left out (its characters in the same order, at least three quarters of
    them)."""
    it = iter(own)
    return len(words) * 4 >= len(own) * 3 and all(ch in it for ch in words)


def _reworded_title_over_number(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a copying site's headline words the notice's title its own way (某市人民政府关于某某等同志职务任免的通知)
    and the notice prints its own title right over its 文号 (…关于某某等同志任免职务的通知 / 某政任字〔2004〕7号), the
    same issuer before 关于, the same last word and nearly the same characters: the notice's own (first line, last
    line, joined text). Between the two only the page's info rows (时间:… 网站:…)."""
    head = title.partition("关于")[0]
    if "关于" not in title or not _ORG_END.search(head) or not _title_complete(title):
        return None
    for k in range(j + 1, min(len(lines), j + 4)):
        flat = lines[k].flat
        if re.search(r"[:：]", flat) and not flat.startswith(head) or _DATED_POSTING.match(flat):
            continue  # an info row, the page's posting line (2017-03-16 由某某 发表于 时政)
        if not flat.startswith(head + "关于") or _SENTENCE.search(flat):
            return None
        end, joined = k, flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        if end + 1 >= len(lines) or not DOCNUM_RE.fullmatch(lines[end + 1].flat) or not _title_complete(joined):
            return None
        own, words = _han(joined), _han(title)
        if own == words or own[-2:] != words[-2:]:
            return None
        if _shortened(words, own):
            return k, end, joined  # (the headline leaves words of the own title out: 关于调整[某委员会]某某小组成员的通知)
        left = sum((Counter(words) - Counter(own)).values())  # (the headline's characters the own title lacks)
        return (k, end, joined) if left <= len(words) // 10 and abs(len(own) - len(words)) <= len(words) // 10 else None
    return None


#: the number a Q&A page or a download page puts before each of its answers or chunks: ❶, ①, ➀
def _own_title_under_heading(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page's heading is no notice's title (a topic's or column's name, 某某与某某政策: no 关于, no word of a
    document's kind) and the notice's own title follows a line or two below (某局关于… or 某厅 / 关于…, wrapped over
    up to three lines, printed once or twice as a page that doubled its text does), its number or addressees under
    it: the notice's own (first line, last line, joined text)."""
    if "关于" in title or _is_title_end(title):
        return None
    for k in range(j + 1, min(len(lines), j + 4)):
        flat = lines[k].flat
        if DOCNUM_RE.search(flat) or _addressees_line(flat) or _SENTENCE.search(flat):
            return None  # the notice's text has begun
        above = _ORG_END.search(flat) and len(flat) <= 30 and k + 1 < len(lines) and lines[k + 1].flat.startswith("关于")
        if not above and not ("关于" in flat and _ORG_END.search(flat.partition("关于")[0])):
            continue
        end, joined = k, flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 4) \
                and not _SENTENCE.search(lines[end + 1].flat) and not DOCNUM_RE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        if not _title_complete(joined):
            return None
        below, again = end + 1, ""
        for at in range(end + 1, min(len(lines), end + 5)):  # (the title printed again, its issuer's line or not)
            again += lines[at].flat
            if again in (joined, joined[joined.index("关于"):]):
                below = at + 1
                break
            if len(again) >= len(joined):
                break
        below = lines[below].flat if below < len(lines) else ""
        if DOCNUM_RE.fullmatch(below) or _addressees_line(below):
            return k, end, joined
        return None
    return None


_ANSWER_MARK = re.compile(r"^[\u2776-\u277f\u2460-\u2473\u2780-\u2789]\s?")
#: an article's headline that asks or exclaims (任务分工表怎么写？附一份…方案): no document's title
_ASKING = re.compile(r"[?？!！]|怎么|如何|什么|哪些|为什么|吗$")
#: a headline that names a kind of document it tells about (一份1984年任免通知背后的往事, 某市出台某某方案 明确重点任务分工):
#: a story, no title
_TITLE_KIND_IN = re.compile(r"^(?!.*(?:通知|决定|方案|意见|办法)$).*(?:通知|决定|文件|方案|意见|办法|规定|细则)")


def _reprinted_under_article(layout: Layout) -> None:
    """An article's headline (a question, a story about a document) over the notice it reprints whole: the notice's
    own title, and its text starts there. (A headline the page's metadata gave has no span: its line.)"""
    span = layout.title_span
    j = _line_at(layout.lines, span[0]) if span \
        else next((k for k, ln in enumerate(layout.lines[:12]) if ln.flat and _han(ln.flat) == _han(layout.title)), None)
    own = _notice_under_article(layout.lines, layout.title, j) if j is not None else None
    if own:
        k, end, joined = own
        layout.title = strip_final_punct(strip_ornaments(joined))
        layout.title_span = (layout.lines[k].start, layout.lines[end].end)
        layout.body_start = end + 1


def _notice_under_article(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where an article's headline asks or exclaims (任务分工表怎么写？附一份省级部门印发的分工方案) and, under its
    dateline and a few lines of its own, the article reprints a notice whole (某委员会关于印发《…》的通知, wrapped over
    up to four lines, its number under it): the notice's own (first line, last line, joined text)."""
    if "关于" in title or not (_ASKING.search(title) or not _is_title_end(title) and _TITLE_KIND_IN.search(title)):
        return None
    for k in range(j + 1, min(len(lines), j + 12)):
        flat = lines[k].flat
        over = _issuer_line(flat) and len(flat) <= 30 and k + 1 < len(lines) and lines[k + 1].flat.startswith("关于")
        if not over and ("关于" not in flat or not _ORG_END.search(flat.partition("关于")[0])) or _SENTENCE.search(flat):
            continue  # (the issuer may stand on its own line over 关于…)
        end, joined = (k + 1, flat + lines[k + 1].flat) if over else (k, flat)
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 4) \
                and not _SENTENCE.search(lines[end + 1].flat) and not DOCNUM_RE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        below = next((ln.flat for ln in lines[end + 1:end + 3] if ln.flat), "")
        above = next((ln.flat for ln in reversed(lines[max(0, k - 2):k]) if ln.flat), "")
        numbered = DOCNUM_RE.fullmatch(below) or (DOCNUM_RE.fullmatch(above) or _old_number(above)) \
            and _addressees_line(below)  # (its number under it, or over it under the red header: 某院文件 / 〔84〕某字第23号)
        return (k, end, joined) if _title_complete(joined) and numbered else None
    return None


def _headline_over_own_title(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page's headline names the notice in its own words, without 关于 (某厅人事任免通知, a Q&A page's
    question), and the notice prints its own title right over its 文号 a few lines below (❶ 某厅关于某某等同志职务
    任免的通知 / 某发〔2020〕17号), the same issuer first and the same last word: the notice's own (first line, last
    line, joined text), without the answer's number before it."""
    if "关于" in title or not _title_complete(title):
        return None
    core = re.sub(r"的?(?:通知|决定|通报|公告|通告)$", "", title)  # (某某工作专班通知: what the notice is about)
    for k in range(j + 1, min(len(lines), j + 10)):
        flat, first = _ANSWER_MARK.sub("", lines[k].flat), k
        if flat.startswith("关于") and k - 1 > j and _ORG_END.search(lines[k - 1].flat) and len(lines[k - 1].flat) <= 30 \
                and len(core) >= 6:
            flat, first = lines[k - 1].flat + flat, k - 1  # (某街道办事处 / 关于成立…的通知: its issuer on a line over it)
        head = flat.partition("关于")[0]
        if "关于" not in flat or not head or not _ORG_END.search(head) \
                or _SENTENCE.search(flat) or not _title_complete(flat) or flat[-2:] != title[-2:]:
            continue
        named = k < j + 3 and title.startswith(head) or len(core) >= 6 and core in flat.partition("关于")[2] \
            or not _ORG_END.search(title.partition("的")[0])  # (二十年前的一纸任免通知: a story's own words over it)
        if named and k + 1 < len(lines) and DOCNUM_RE.fullmatch(lines[k + 1].flat):
            return first, k, flat  # (the page's own name for it a few lines over, printed again, a blurb between)
    return None


#: a cover letter's title: what it sends out between 关于印发 (转发) and 的通知
_SENDS_OUT_TITLE = re.compile(r"关于(?:印发|转发|颁发)(?P<what>.{4,80})的通知$")
#: a year in a document's name, which a page's headline for it may leave out (某市2014年某某方案)
_YEAR_IN_NAME = re.compile(r"(?:19|20)\d\d(?:—(?:19|20)\d\d)?年(?:度)?")


#: a news headline that says who sent a document out: 某省某局印发某某行动方案, 某区印发2019年某某方案 (the body, then
#: what it sent)
_SENDER_IN_HEADLINE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30}?)(?:印发|出台|发布)(?P<what>(?:[\u4e00-\u9fff]|(?:19|20)\d\d年).{3,80})$")
#: the place a document's name opens with: 湖南省, 某市某区
_PLACE_BEFORE_NAME = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?[省市县区州旗盟]){1,3}")
#: a news site's summary label before the title it quotes: 核心提示:某办公室关于…的通知
_SUMMARY_LABEL = re.compile(r"^(?:核心提示|内容提要|内容摘要|内容概述|内容概要|导读|文献|资料|原文|全文|转载)[:：]")


def _red_header(flat: str) -> bool:
    """A red header's line (某县人民政府文件, 某某简报): a body's name before 文件, not a headline that ends with the word
    (茅坪公社1981年成立某某小组的一份文件)."""
    return bool(_RED_HEADER.search(flat)) and not (flat.endswith("文件") and re.search(r"的[一二两几]?[份件]?文件$|\d", flat))


def _issued_title_run_on(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """A page's headline that leaves the issuer out (关于调整某某领导小组组成人员的通知) over the notice's own title, its
    issuer before the same words and its number under it or glued after it on a line run on (某区委办公室关于调整…的通知
    某党办发〔2016〕27号各乡镇党委：…): the notice's own title (line, line, issuer and title)."""
    if not title.startswith("关于"):
        return None
    for k in range(j + 1, min(len(lines), j + 5)):
        flat = lines[k].flat
        at = flat.find(title)
        if not (0 < at <= 30) or not _ORG_END.search(flat[:at]) or _SENTENCE.search(flat[:at]):
            continue
        whole = at + len(title) == len(flat)  # (某区委办公室关于…的通知 on its line, its number on the next)
        if DOCNUM_RE.match(flat, at + len(title)) or whole and k + 1 < len(lines) and DOCNUM_RE.match(lines[k + 1].flat):
            return k, k, flat[: at + len(title)]
    return None


def _sent_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """Where a page's headline names the document a notice sends out (某市某某实施方案) and the notice prints its own
    title further down (某市人民政府办公室关于印发某市2014年某某实施方案的通知, wrapped over up to three lines), its
    number or addressees under it: the notice's own (first line, last line, joined text). Between the two only the
    page's info rows and its blurb (下面是小编整理的…). The headline may leave out the year the title names, and the
    place the document's name opens with where it says who sent it out (某省某局印发某某行动方案: the number on its
    line of its own over the title, the repost's lead saying 全文如下)."""
    if "关于" in title:
        return None
    sender = _SENDER_IN_HEADLINE.match(title)
    words = re.sub(r"[^\u4e00-\u9fff]", "", _YEAR_IN_NAME.sub("", sender["what"] if sender else title))
    for k in range(j + 1, min(len(lines), j + 6)):
        flat = _SUMMARY_LABEL.sub("", lines[k].flat)  # (核心提示:某办公室关于…的通知: the site's label, not the title's)
        if sender and DOCNUM_RE.fullmatch(flat):
            continue  # the number on its line over the title
        if DOCNUM_RE.search(flat) or _addressees_line(flat):
            return None  # the notice's text has begun
        first = k
        if flat.startswith("关于") and k - 1 > j and _issuer_line(lines[k - 1].flat) and len(lines[k - 1].flat) <= 30:
            flat, first = lines[k - 1].flat + flat, k - 1  # (某市人民政府办公室 / 关于印发…的通知: its issuer's line over it)
        if "关于" not in flat or not _ORG_END.search(flat.partition("关于")[0]) or _SENTENCE.search(flat):
            continue  # an info row, the site's blurb
        end, joined = k, flat
        while not _title_complete(joined) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(lines[end + 1].flat):
            end, joined = end + 1, joined + lines[end + 1].flat
        sent = _SENDS_OUT_TITLE.search(joined)
        below = lines[end + 1].flat if end + 1 < len(lines) else ""
        what = re.sub(r"[^\u4e00-\u9fff]", "", _YEAR_IN_NAME.sub("", sent["what"])) if sent else ""
        if sender and what != words and _PLACE_BEFORE_NAME.fullmatch(what[: len(what) - len(words)] or "-") \
                and what.endswith(words) and (_ORG_END.search(sender["body"]) or _PLACE_BEFORE_NAME.fullmatch(sender["body"])):
            what = words  # 某省某某产业…方案 under 某省某局印发某某产业…方案: the place the headline leaves out (某区印发
            # 某某实施方案: the place for its government)
        if not sender and what != words and what.endswith(words) and _PLACE_BEFORE_NAME.fullmatch(what[: len(what) - len(words)]):
            what = words  # 某某工作任务分工方案 over 某区人民政府办公室关于印发《某区2023年某某工作任务分工方案》的通知
        issuer = flat.partition("关于")[0]
        if not sender and what and what != words and words.endswith(what) and issuer.startswith(words[: len(words) - len(what)]):
            what = words  # 某苏木2014年某某方案 over 某苏木人民政府关于印发2014年某某方案的通知: the issuer's place opens the heading
        if what == words and (DOCNUM_RE.search(below) or _addressees_line(below) or _numbered_block_below(lines, end)):
            return first, end, joined
        return None
    return None


def _numbered_block_below(lines: list[Line], end: int) -> bool:
    """A law database's field block under a title (文章属性 / 【制定机关】 / 【字号】某政办发〔2023〕24号 …): the notice's
    number among its short rows, before any sentence of the text."""
    for k in range(end + 1, min(len(lines), end + _FIELD_BLOCK)):
        flat = lines[k].flat
        if DOCNUM_RE.search(flat) and len(flat) <= 40:
            return True
        if _SENTENCE.search(flat) or len(flat) > 40:
            return False
    return False


_FIELD_BLOCK = 10


def _issuer_year_number(flat: str) -> tuple[str, str, str] | None:
    """A title with its issuer's number after it (``关于…的通知某某指挥部(2010年5号)``): the title, the number as
    printed (the issuer's name, the year and the serial) and the issuer. The title ends at the last cut that leaves
    a finished title before a body's name (two to thirty characters, ending like a body's)."""
    m = _TRAILING_YEAR_NUMBER.search(flat)
    if not m:
        return None
    head = flat[:m.start()]
    for cut in range(len(head) - 2, max(5, len(head) - 31), -1):
        body = head[cut:]
        if _title_complete(head[:cut]) and re.fullmatch(r"[\u4e00-\u9fff]{2,30}", body) and AGENCY_END_RE.search(body):
            return head[:cut], body + m.group(0), body
    return None


#: a title a copy printed in 【】 with its 文号 glued after the bracket: 【某厅关于印发《某方案》的通知】某发〔2022〕45号
_BRACKETED_TITLE = re.compile(rf"^【(?P<title>[^【】]{{6,150}})】(?={DOCNUM_RE.pattern}[。.]?$)")
#: a whole line boxed in square brackets: [某局关于…的通知]
_BOXED_TITLE = re.compile(r"\[(?P<title>[^\[\]]{6,150})\]")


def _han(text: str) -> str:
    """The Chinese characters of a text, nothing else (a title as two printings of it share it)."""
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def _glued_number(flat: str) -> tuple[str, re.Match] | None:
    """A title with its 文号 run on after it, the space between them lost: ``某市人民政府办公室关于印发某某方案的
    通知某府办函〔2018〕8号`` -> the title and the number. The title ends where the number's code (two
    characters or more) starts, at the last such cut that leaves a finished title."""
    m = re.search(rf"{DOCNUM_RE.pattern}$", flat)
    if not m or m.start() > 0 and not m.group("code"):
        return None
    bracket = m.start("year") - 1
    while bracket > 0 and flat[bracket - 1] in SPACES + "〔[(（【":
        bracket -= 1
    for cut in range(bracket - 2, max(5, bracket - 12), -1):
        head = flat[:cut]
        if _title_complete(head) and len(head) >= 6:
            number = DOCNUM_RE.search(flat[cut:])
            return (head, number) if number and number.start() == 0 else None
    return None


#: a title's label in a page's info block, spaces where its colon would be: 名    称 某某关于…的通知
_SPACED_LABEL = re.compile(rf"^[{SPACES}]*(?:法规|文件|公文|信息)?(?:标[{SPACES}]*题|名[{SPACES}]*称)[{SPACES}]+(?=[^{SPACES}:：])")


#: a site's tag in quotes set apart by a space before the title on its line (“某某信息公开” 某区人民政府关于…)
_QUOTED_TAG = re.compile(rf"^[{SPACES}]*“[\u4e00-\u9fff]{{4,10}}”[{SPACES}]+(?=[\u4e00-\u9fff])")
#: a notice's title after such a tag: its 关于 or its verb of promulgation
_TAGGED_NOTICE = re.compile(r"关于|印发|转发|批转")


#: a book reader site's volume and chapter before the title a chapter is named by (第二卷高原上的文件第17章…), and the
#: page of the chapter after it (…的通知(第1頁))
_BOOK_CHAPTER = re.compile(r"^(?:第[\d一二三四五六七八九十百零〇]{1,4}[卷部].{0,20}?)?第[\d一二三四五六七八九十百零〇]{1,5}[章回节節]")
_PAGE_OF_CHAPTER = re.compile(r"[(（]第\d{1,3}[页頁][)）]$")
#: a page's date before a title on its line (2021-05-07 某县人民政府关于…)
_DATE_BEFORE_TITLE = re.compile(r"^(?:19|20)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                                r"(?:\d{1,2}:\d\d(?::\d\d)?)?(?=[^\d:：]\S*关于)")  # (2024/7/15 09:41 关于…: a print's header)
#: a site's column tag in quotes before a title on its line (“政府信息公开” 某县人民政府办公室关于…的通知): four
#: characters or more, the issuer's name after it, then 关于 or the verb that promulgates (某办公室印发《X》的通知) (a
#: title's own quoted term, “十四五”, “放管服”, is shorter)
_QUOTED_TAG_BEFORE_TITLE = re.compile(rf"^“[\u4e00-\u9fff]{{4,10}}”[{SPACES}]*(?=[\u4e00-\u9fff]{{2,40}}?(?:关于|印发|转发|批转))")
#: what a page glues after a finished title: its site's name after a bar or dash (…的通知_某县人民政府), its
#: font and print links (…的通知 【字体：大 中 小】)
_NOISE_AFTER_TITLE = re.compile(rf"^(?P<title>.{{6,}}?(?:{'|'.join(_KIND_WORDS)}))(?:[-_—|｜]+[A-Za-z0-9]{{0,8}}[\u4e00-\u9fff]{{2,20}}|"
                                r"[【\[(（]?(?:字体|字号|打印|关闭|收藏|分享)(?:[:：]|\b).*)$")


#: an inline tag a careless copy of a page kept (<strong>…</strong>, <br/>), runs of ? a copy put for lost spaces
_COPY_MARKS = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,60})?/?>|^[?？]+")


#: a site's name a page printed after the finished title, set apart by spaces: 关于印发…的通知 某某新动态 (a title goes on
#: after its kind word only with a note in brackets or a number, never after a gap)
_SITE_AFTER_GAP = re.compile(rf"的(?:{'|'.join(_KIND_WORDS)})(?P<gap>[{SPACES}]+)[A-Za-z]{{0,6}}[\u4e00-\u9fff]{{2,12}}[{SPACES}]*$")


#: the page a site printed after a heading it split over pages: (第2/2页), 【第3页】, 第4页 (after four characters or more)
_PAGE_MARK = re.compile(r"(?<=[\u4e00-\u9fff》”)）]{4})(?:[(（【\[]第\d{1,3}(?:/\d{1,3})?页[)）】\]]|第\d{1,3}页)$")


def _without_page_noise(flat: str) -> str:
    """A title line without the page's date before it and its site name or links after it, nor the tags
    and runs of ? a careless copy left around it."""
    flat = _COPY_MARKS.sub("", flat)
    flat = _SHARING_TAG.sub("", flat)  # 精选优质文档-倾情为你奉上某县人民政府办公室关于…: a sharing site's tag
    flat = _DATE_BEFORE_TITLE.sub("", flat)
    flat = _QUOTED_TAG_BEFORE_TITLE.sub("", flat)  # “政府信息公开” 某县人民政府办公室关于…: the site's column
    flat = _PAGE_MARK.sub("", flat)  # 某某实施方案(第2/2页): the page of a text a site split over pages
    m = _NOISE_AFTER_TITLE.match(flat)
    return m["title"] if m else flat


#: a record's field on a line of its own, its label short: 知识类型: 析出资源, 唯一号: 3402…, 页码: 611-613
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")


def _record_fields(lines: list[Line]) -> int:
    """The field lines (label: value) of a database record's block over the text it holds (知识类型 / 内容出处 / 唯一号 /
    页码 / 摘要 …), before the text's own heading (关于…) or number: lines a title may stand under."""
    n = 0
    for line in lines[:30]:
        if "关于" in line.flat or "關於" in line.flat or DOCNUM_RE.search(line.flat):
            break
        n += bool(_FIELD_LINE.match(line.flat))
    return n


#: a page's button printed before the title, a space after it: 展开 某县人民政府办公室关于…, 收起 …
_CONTROL_BEFORE = re.compile(r"^[ \u3000]*(?:展开|收起|展开全文|收起全文|查看全文|阅读全文)[ \u3000]+(?=\S)")


def _last_step(path: str) -> str:
    """The last step of a page's path (首页>标签>某镇人民政府通知: 某镇人民政府通知)."""
    return re.split(r"[>»›]+", path)[-1].strip(SPACES)


def _find_title(layout: Layout, meta: dict[str, str]) -> None:
    lines = layout.lines
    hint = squash(meta.get("title", "")).rstrip(".…")
    if _BOOK_PART.match(hint):
        hint = ""  # 第二节 干部任免: a book's section a page of a gazetteer is named by, no title of the notice it prints
    skip = set()
    for i, line in enumerate(lines[:16]):  # (under a page's path, site name and info rows)
        if _DECREE_HEAD.match(line.flat) and i + 1 < len(lines) and _DECREE_NO.match(lines[i + 1].flat):
            skip |= {i, i + 1}  # a decree's header names the decree, not the measure it promulgates
    body_seen = False
    menu = _menu_lines(lines)
    # (a site's menu lines and the rows of an info block over the text do not count as the page's first lines)
    reach = 12 + len(menu) + max(len(layout.info_lines), _record_fields(lines))
    path = next((k for k in range(reach - 2, min(len(lines), 40)) if _PATH_LINE.match(lines[k].flat)), None)
    if path is not None:
        reach = path + 6  # a site's contact and service lines over its path (您当前位置:首页>…): the title under it
    related = False  # (under a heading of related links)
    # (a site's path from its home page, among the first lines: the tag it ends with is no title, no headline over it)
    site_path = next((k for k in range(min(len(lines), 10)) if _SITE_PATH.match(lines[k].flat)), -1)
    path_tag = _last_step(lines[site_path].flat) if 0 <= site_path < 6 else None
    for i, line in enumerate(lines[:reach]):
        if i in menu or not body_seen and _channel_over_path(lines, i):
            continue  # a site's menu (售后服务 / 客户留言 / 检测报告 …) or the channel over its path, not a title
        if body_seen and not skip and is_date_line(_signing_date(line.text)):
            own = _cover_title_below(lines, i)
            if own:  # a page that prints the cover letter's title under its signing date
                layout.title, layout.title_span, layout.body_start = own
                return
            break  # a signing date under body text: what follows is an attachment, not this notice's title
            # (a decree's header and order come first, the measure it promulgates after them)
        body_seen = body_seen or bool(_SENTENCE.search(line.flat[:-1])) \
            and (len(line.flat) > 30 or len(line.flat) > 12 and re.match(r"现将《[^》]{2,60}》(?:印发|转发)", line.flat)) \
            and not (i < 3 and _KEYWORD_LINE.match(line.flat)) \
            and not (i < 4 and _SHARED_FILE.match(line.text))  # (a hijacked mirror's keywords over the page; a
        # document-sharing page's line on the file it shares, 《X.docx》由会员分享…请在某某网上搜索。, over the text;
        # a short cover letter's one sentence, 现将《X》印发给你们，请认真贯彻执行。, is body text all the same)
        if body_seen and _news_lead(lines) and not _prints_adopted_list(lines, i):
            break  # a news story under its own headline: a document it reprints further down is not the page's title
        if _PAGE_LINK.match(line.flat):
            related = bool(_RELATED_LINKS.fullmatch(line.flat))
            continue  # 上一篇：关于…的通知: a link to the page before or after this one, not its title
        if related and _LINK_BULLET.match(line.flat):
            continue  # 相关链接 / · 某市政府关于…的通知: the links under the heading are other pages'
        related = False
        spaced = _SPACED_LABEL.match(line.text) or _CONTROL_BEFORE.match(line.text)
        # (名    称 某市…关于…的通知: an info block's label, spaces for its colon; 展开 某办公室关于…: the page's button)
        flat = squash(line.text[spaced.end():]) if spaced else line.flat
        site = _SITE_AFTER_GAP.search(line.text) if not spaced else None
        if site and not site.group().strip(SPACES).endswith(_KIND_WORDS + ("号",)):
            flat = squash(line.text[:site.start("gap")])  # 关于…的通知 某某新动态: the site's name after the title
        tag = _QUOTED_TAG.match(line.text) if not spaced else None
        tag = tag if tag and _TAGGED_NOTICE.search(line.text, tag.end()) else None
        if tag:  # “某某信息公开” 某区委办公室 某区人民政府办公室印发…的通知: the site's tag set apart before the title
            flat = squash(line.text[tag.end():])
        flat = re.sub(r"^(?:(?:法规|文件|公文|文章|信息)?(?:标题|名称)[:：]|[【\[](?:法规|文件|公文|文章|信息)?(?:标题|名称|简介)[】\]][:：]?)", "", flat)  # a page's info block printed in the article
        # (【简介】:某厅关于…的通知: a model-text site's label over the document it shows, its title under it; 核心提示:
        # 某办公室关于…的通知: a news site's summary label before the title it quotes)
        flat = _SUMMARY_LABEL.sub("", flat)
        board = _THREAD_TAG.match(flat)
        if board and "关于" in flat[board.end():]:
            flat = flat[board.end():]  # [县志录入] 某县人民政府关于…: a forum's tag before the thread's title
        chapter = _BOOK_CHAPTER.match(flat)
        if chapter and "关于" in flat[chapter.end():]:  # 第二卷 某某 第17章 某县人民政府关于…的通知(第1頁): a reader
            flat = _PAGE_OF_CHAPTER.sub("", flat[chapter.end():])  # site's chapter heading names the notice it holds
        if _lost_path(line.text):  # 某某论坛 ? 政策法规 ? 关于…: a path whose › a copy lost to ? (or to spaces)
            flat = squash(_QUERIED_STEP.sub(">", line.text))
        flat = _CRUMB.sub("", flat) if "关于" in _CRUMB.sub("", flat) else flat  # 政务服务丨X关于…
        flat = _DATELINE.sub("", flat)  # 新华网北京4月26日电 before a decree's title
        flat = _SITE_SUFFIX.sub("", _LEADING_NUMBER.sub("", flat))  # 某政发〔2017〕5号 关于… / 关于…-某省人民政府门户网站
        flat = _without_page_noise(flat)  # 2021-05-07 关于…的通知_某县人民政府 【字体：大 中 小】
        flat = _CHAPTER_HEAD.sub("", flat)  # 第3章 某县人民政府办公室关于…的通知: a collection's chapter
        flat = _PIECE_LABEL.sub("", _COLUMN_BEFORE_TITLE.sub("", flat))  # 篇一:…, 某某专栏_某办公室关于…的通知
        if not re.search(r"[|｜].", flat):  # 关于…的通知 某政办发〔2011〕3号 |: a table's one cell, the bar a converter put
            flat = _cell(Line(0, 0, flat)) or flat  # after it (not a row of cells: 主题分类:|某某/通知|)
        flat = _BRACKETED_TITLE.sub(r"\g<title>", flat)  # 【某厅关于…的通知】某发〔2022〕45号
        boxed = _BOXED_TITLE.fullmatch(flat)
        if boxed and _is_title_end(boxed["title"]):
            flat = boxed["title"]  # [ 某局关于…的通知 ]: a text site's box around the whole title
        trailing = _TRAILING_NUMBER.search(flat)
        flat = _TRAILING_NUMBER.sub("", flat)  # 关于…的通知(粤府〔2021〕22号)
        glued = _glued_number(flat) if not trailing else None
        if glued:  # 某市人民政府办公室关于…的通知某府办函〔2018〕8号: the number run on after the title
            flat, trailing = glued
        by_year = _issuer_year_number(flat) if not trailing else None
        if by_year:  # 关于…的通知 某某指挥部(2010年5号): the issuer's own number after the title
            flat = by_year[0]
        dated = _TRAILING_DATE.search(flat)
        flat = _TRAILING_YEAR.sub("", _TRAILING_DATE.sub("", flat))  # 某省某某名单(2021年11月22日), …的通知（1983）
        reprinted = flat in _quoted(lines[:i])  # a report that quotes a document (发布《X》), then prints it
        if flat.startswith("《") and flat.endswith("》") and flat.count("《") == 1:
            flat = flat[1:-1]
        if _PAPER_SECTION.fullmatch(flat) or i and re.fullmatch(r"第?[0-9A-Z]{1,3}版", lines[i - 1].flat):
            continue  # 政务/公告 (under 第02版): a newspaper's section, not a title
        if not _han(flat):
            continue  # 1D177: a stray code left on a line of its own, no title's first line
        if _KIND_CELL.fullmatch(flat) or _KIND_LABEL.fullmatch(flat) or _KIND_COLUMN.fullmatch(flat):
            continue  # • 通知: an info list's category cell, not a title; 发布通知: a wiki's section label; 通知公告: a column
        if path_tag and flat == path_tag:
            continue  # 首页 > 标签 > 某镇人民政府通知 / 展开 某镇人民政府通知: the tag the path ends with, printed again
        if _TEXT_LABEL.fullmatch(flat) or _POSTING_ROW.match(flat):
            continue  # 全文 / 来源:某厅 on a line of its own over the title: a record page's label, a posting row
            # (时间:03-29编辑:佚名 工作方案: the row's column tag may end like a title)
        if _DECREE_ONE.match(flat) and ("关于" not in flat):
            continue  # a decree's number, not a title
        if _BREADCRUMB.search(flat) or _CATALOGUE_PATH.search(flat) and "关于" not in flat:
            continue  # 首页>政务公开>通知公告: the page's path, whatever its last channel is called
        if i in skip or i in layout.info_lines or (_red_header(flat) and "关于" not in flat) or _SENTENCE.search(re.sub("《[^》]*》", "", flat).rstrip("，,。；;")):
            continue
        if body_seen and _ATTACHMENT_LABEL.match(flat):
            continue  # 附件:某某关于…的通知 under the text: the document sent with it, not this one
        if _SPEECH_DATELINE.match(flat):
            continue  # ——2009年3月25日在某某会议上: when and where a speech was given, under its title
        if DOCNUM_RE.fullmatch(flat) or is_date_line(_signing_date(flat)) or flat.endswith((":", "：")) or len(flat) > 120 \
                or _CLOSING.match(flat) \
                or re.match(r"^(经|根据|按照|为|现将|依据|会议|本报|记者|据)", flat):
            continue  # a lead-in sentence, not a title
        starts_hint = bool(hint) and (flat.startswith(hint[:10]) or hint.startswith(flat[:10]))
        # (a list a congress adopted, printed whole under its heading and note, is what a report states: its heading wins)
        reprinted = reprinted or i + 1 < len(lines) and _adopted_list(flat, _below_posting(lines, i, layout.info_lines))
        if body_seen and not skip and not starts_hint and not _prints_adopted_list(lines, i) \
                and _leads_with_headline(lines, menu):
            break  # a news page's headline and lead over a decision it reprints: the headline is the page's title
        nxt = lines[i + 1].flat if i + 1 < len(lines) else ""
        below = i + 1
        while below < min(len(lines), i + 3) and _ORG_END.search(lines[below].flat) and len(lines[below].flat) <= 30 \
                and "关于" not in lines[below].flat and lines[below].flat not in {ln.flat for ln in lines[i: below]}:
            below += 1  # joint issuers, one per line (a body printed twice is a masthead over its own title's first line)
        nxt = lines[below].flat if below < len(lines) else ""
        if _ORG_END.search(flat) and len(flat) <= 30 and nxt.startswith("关于") and "关于" not in flat \
                and not re.search(r"[-0-9A-Za-z]", flat):  # (某局-4188某某集团: a hijacked mirror's word, no body's name)
            numbered = any(DOCNUM_RE.fullmatch(ln.flat) for ln in lines[below + 1: below + 3])
            if body_seen and below == i + 1 and not numbered:
                continue  # a report reprints a decision under it: its body's name above 关于… is no part of the title
                # (a heading with its number under it is the notice's own, whatever the page printed over it)
            starts_hint = True  # the issuer (or joint issuers, one per line) printed on its own line above 关于…
            if below > i + 1 and not _is_title_end(flat):
                j, joined = below, "".join(ln.flat for ln in lines[i: below + 1])
                while not _is_title_end(joined) and j + 1 < min(len(lines), below + 3):
                    j, joined = j + 1, joined + lines[j + 1].flat
                if _is_title_end(joined):
                    layout.title = strip_final_punct(strip_ornaments(joined))
                    layout.title_span = (line.start, lines[j].end)
                    layout.body_start = j + 1
                    return
        # (某某重点工作任务(某政发〔2021〕2号): a line that carries its own 文号 is the title, whatever its last word)
        starts_hint = starts_hint or bool(trailing) and not body_seen and len(flat) >= 6
        # (a red-header title that opens with its verb, 印发某区某某 / 应急预案的通知, wraps like a 关于… one)
        # (a title whose 关于 a wrapped line cut in two: 某州人民政府关 / 于某某等同志职务任免的通知)
        cut_about = flat.endswith("关") and i + 1 < len(lines) and lines[i + 1].flat.startswith("于")
        opens = "关于" in flat or cut_about or (not body_seen and bool(_COVER_TITLE_OPENS.match(flat))) \
            or _reply_title_opens(lines, i)
        if not (starts_hint or opens or _is_title_end(flat) or reprinted) \
                or (body_seen and not skip and not (starts_hint or "关于" in flat or reprinted)):
            continue  # (under running text only a 关于… title is still the notice's: 某某等同志作了供职报告 is not)
        # a title may wrap over up to three lines
        j, joined = i, flat
        # (a long 关于… title of a red-header document may take four or five lines; none of them a sentence)
        reach = i + 5 if "关于" in flat or cut_about else i + 3
        while not reprinted and not _title_complete(joined) and j + 1 < min(len(lines), reach):
            nxt = lines[j + 1].flat
            again = "关于" in nxt and "关于" in joined and not (hint and hint.startswith(joined + nxt))
            carried = _TRAILING_NUMBER.search(nxt) if not trailing else None
            if carried and _title_complete(joined + nxt[: carried.start()]):
                j, joined, trailing = j + 1, joined + nxt[: carried.start()], carried  # 某某等 / 同志…的通知(某政任〔2024〕5号)
                break
            if DOCNUM_RE.search(nxt) or nxt.endswith((":", "：")) or is_date_line(nxt) or again \
                    or _EDITOR_NOTE.match(nxt) or _REPOST_MARK.search(joined) or _own_title_opens(joined, nxt) \
                    or _CHROME_WORDS.search(nxt) and (len(nxt) <= 6 or re.search(r"[:：]", nxt)):
                break  # (a line with its own 关于 is the title printed again, not its end, unless the info block's
                # title goes on with it: 某某关于落实中共中央国务院 / 关于某某若干意见…的通知; a page's posting line,
                # 发布时间:…, or its controls, 打印 / 关闭, under a headline are the page's, not the title's: a title
                # wrapped at a word of them goes on with more, 关闭某某企业的通知)
            if j + 1 >= i + 3 and (_SENTENCE.search(nxt) or len(nxt) > 40):
                break  # a fourth line is the title's only if it reads like one
            j, joined = j + 1, joined + nxt
        if not _is_title_end(joined) and not starts_hint and not reprinted:
            continue
        if not _is_title_end(joined):
            if len(flat) < len(hint) - 2:
                continue  # a header line that only starts like the title
            j, joined = i, flat
        while j + 1 < len(lines) and re.match(r"^[(（][^()（）]{1,20}[)）]", lines[j + 1].flat) \
                and _is_title_end(joined + lines[j + 1].flat) and len(lines[j + 1].flat) <= 30:
            j, joined = j + 1, joined + lines[j + 1].flat  # …行动方案 / （2024—2026年）的通知
        own = _own_title_below(lines, joined, j) or _full_government_below(lines, joined, j) \
            or _fuller_issuer_below(lines, joined, j) \
            or _issuer_over_same_title(lines, joined, j) \
            or _unquoted_title_below(lines, joined, j) or _title_over_addressees(lines, joined, j) \
            or _sent_title_below(lines, joined, j) or _reworded_title_over_number(lines, joined, j) \
            or _headline_over_own_title(lines, joined, j) or _own_title_under_heading(lines, joined, j) \
            or _reprinted_title_below(lines, joined, j) or _issued_title_run_on(lines, joined, j)
        own = own or _whole_title_below(lines, joined, j) or _requoted_title_below(lines, joined, j)
        full = _full_title_below(lines, joined, j) if not own else None
        listed = _LEADING_NUMBER.match(line.flat) if full else None
        if listed and not trailing:  # 某政办发[2020]35号某某实施细则的通知: the listing line's number is the notice's
            trailing = listed
        own = own or full
        if own:  # the page's shortened title above the notice's own (广东省关于… over 广东省人民政府办公厅关于…),
            i, j, joined = own  # or the page's own name for it above the title the notice prints over its addressees
            line, tag = lines[i], None
        layout.title = strip_final_punct(strip_ornaments(joined))
        layout.title_span = (line.start + (tag.end() if tag else 0), lines[j].end)
        layout.body_start = j + 1
        layout.title_date = parse_date(dated.group(0)) if dated else None
        if trailing:
            layout.title_number = normalize_docnum(DOCNUM_RE.search(trailing.group(0)).group(0))
        elif by_year:
            layout.title_number, layout.issuer = by_year[1], layout.issuer or by_year[2]
        return
    if hint:
        layout.title = strip_final_punct(strip_ornaments(nfkc(meta["title"]).strip()))
        return
    for line in lines[:8]:
        if _BROWSER_NOTICE.search(line.flat):
            continue  # (the site's notice about the reader's browser is no body text)
        crumb = _crumb_title(line.text)
        if crumb:  # 首页>>新闻>>某市召开某某大会  2011-05-31: the path ends with the page's own headline
            at = line.start + line.text.index(crumb)
            layout.title, layout.title_span = crumb, (at, at + len(crumb))
            return
        if _SENTENCE.search(line.flat):
            break
    # (an info block's rows over the headline do not count: 文号: / 生成日期: … / 内容概述: then the headline)
    for i, line in enumerate(lines[:8 + len(menu) + len(layout.info_lines)]):
        if i < site_path:
            continue  # (整合营销服务商 / 免费咨询热线 / 首页 > 新闻动态 > 行业资讯: the site's slogan over its path, no headline)
        if i in menu or _menu_item(lines, i) or _PAGE_LINK.match(line.flat) \
                or i in layout.info_lines and len(_label_pairs(line.text) or ()) >= 2:
            continue  # (公开方式 主动公开 发布机构 某镇: an info block's row of fields, its labels and values, is no headline)
        if i + 1 < len(lines) and _FOLLOW_PROMPT.match(lines[i + 1].flat):
            continue  # 某某发布 / △点击上方蓝字关注我们: a WeChat account's name over its follow prompt, no headline
        flat = _DATELINE.sub("", _BYLINE.sub("", line.text).strip(SPACES))
        if _BROWSER_NOTICE.search(flat) or _WELCOME.match(flat):
            continue  # 您的浏览器版本过低，请…: the site's notice about the reader's browser, or its welcome, not the body
        flat = _COLUMN_TAG.sub("", squash(flat).strip("|｜"))  # 某某资讯丨某某任某区代理区长: the site's column
        flat = _BRACKET_TAG.sub("", flat)  # 【聚焦】某街道推进某工作: the site's column in brackets
        flat = _SITE_OWNER.sub("", _CONTROLS_AFTER.sub("", flat))  # 某县召开某某会议_某县人民政府 【字体：大 中 小】
        reposted = bool(_REPOST_LABEL.match(flat)) \
            and not any(re.search(r"如下[:：]$", ln.flat) for ln in lines[i + 1: i + 8])  # (…情况如下: a document follows)
        flat = _REPOST_LABEL.sub("", flat)  # 原标题:某某: a reposting site's label before the story's own headline
        flat = _WRAPPING_QUOTES.sub(r"\g<inner>", flat)  # '某地:某某工作': a copy's quotes around the whole headline
        if _ROLE_LABEL.search(flat):
            break  # 组 长:某某 / 成 员:某某: a member list has begun (a page cut from the middle of a notice)
        # (今年八一!某某办部署某项工作 / 某某的变迁,你知多少?: an exclamation or a question between a headline's parts)
        # (…涉及到正省级、副省级……: a headline that trails off)
        parts = _EXCLAIMED.sub("，", flat).rstrip("!！?？").rstrip("…")
        parts = re.sub(r"(?<=[\u4e00-\u9fff”])[.．]{3,6}$", "", parts)
        if _SENTENCE.search(parts) or re.search(r"[:：]", flat) and not _TWO_PART.fullmatch(flat):
            if _two_part_headline(parts, _below_headline(lines, i), reposted or _printed_again(lines, i)):
                # (a reposting site's 原标题: label says the line is a headline, whatever stands under it)
                again = _tail_printed_again(lines, i, flat)
                if again is not None:  # 某某关键词:某某新闻标题 over the page, 某某新闻标题 again over the story: a
                    line = lines[again]  # mirror's keyword glued before the story's own headline
                    flat, i = line.flat, again
                layout.title = _headline_text(flat)
                layout.title_span = (line.start, line.end)
                layout.body_start = i + 1
                return
            if i < 3 and _KEYWORD_LINE.match(flat):
                continue  # 某某在线,某某免费,…: a hijacked mirror's search keywords over the page, no headline and no body
            if i < 6 and not _SENTENCE.search(_LATIN_LIST.sub("", flat)):
                continue  # 寻找猫咪~QQ 地点 某市某区 Taoyuan , Taoyuan: an ad's or a widget's line, its commas between Latin words
            if _SENTENCE.search(flat):
                break  # the body has begun: a headline stands above it
        if _DECREE_ONE.match(flat) or _in_table(lines, i) or _piped_cell(lines, i) or _row_of_cells(lines, i) \
                or _DECREE_HEAD.match(flat) and i + 1 < len(lines) and _DECREE_NO.match(lines[i + 1].flat):
            continue  # a decree's number (某某令 / (第N号)), or a cell of a table a page printed one cell per line
        nxt = squash(lines[i + 1].text) if i + 1 < len(lines) else ""
        if AGENCY_END_RE.search(flat) and len(flat) <= 30 and _is_headline(nxt) and not AGENCY_END_RE.search(nxt) \
                and not _NAV.search(flat) and not _NEWS_VERB.search(flat):  # (返回顶部: the page's back-to-top link ends like a body's name, 部)
            layout.issuer = layout.issuer or flat  # the body that issues it, on its own line above the headline
            continue
        if _SPEECH_DATELINE.match(flat) or _HEAD_SIGNS.match(flat) or _FLOOR_LABEL.fullmatch(flat):
            continue  # a speech's dateline, its speaker (某市人民政府市长 某某), a forum reply's floor: no headline
        if _is_headline(flat) and _foreign_headline(flat, lines, i):
            continue  # a hijacked mirror's keyword over a story it copied: not a word of it in the story
        if _is_headline(flat):  # a news page's headline stands for the title it lacks
            over = _headline_over_posting(lines, i)
            if over is not None:  # 政协简介领导成员机构设置… / 动态要闻图片新闻… / 区政协召开某某会议 / 发布时间:…
                line, flat, nxt, i = lines[over], lines[over].flat, "", over
            end = i
            if _HEADLINE_REST.match(nxt) and _is_headline(nxt) and len(flat) + len(nxt) <= 40:
                flat, end = flat + nxt, i + 1  # 某区人大会议 / 将于3月25日召开: a headline broken before its predicate
            layout.title = strip_final_punct(strip_ornaments(flat))
            layout.title_span = (line.start, lines[end].end)
            layout.body_start = end + 1
            return
    for line in lines[:3]:
        flat = nfkc(line.text).strip(SPACES)
        banner = _SHARING_BANNER.match(flat)
        before = _TITLE_BEFORE_ADDRESSEES.match(flat[banner.end() if banner else 0:]) \
            or _TITLE_BEFORE_PREAMBLE.match(flat[banner.end() if banner else 0:])
        if before:  # 下载后可任意编辑某某方案范文局机关各科室、各单位：…: a whole page on one line
            layout.title = before["title"]
            at = line.start + (banner.end() if banner else 0)
            layout.title_span = (at, at + len(before["title"]))
            return
    run = _headline_run_on(lines)
    if run:  # 某某名录发布,共248位,比2019年增13位 某某增加两倍多 昨日,…: a page that lost its line breaks
        layout.title, layout.title_span = run
        return
    top = next((ln for ln in lines[:6] if ln.flat and not _page_chrome(ln.flat)), None)
    entry = _ENTRY_HEADING.match(top.text) if top else None
    if entry:  # 【 某县政府第17次常务会】 2020年11月27日，…: a yearbook's entry, its heading glued before its text
        layout.title = squash(entry["head"])
        layout.title_span = (top.start + entry.start("head"), top.start + entry.end("head"))
        return
    for line in lines[:20]:
        glued = _GLUED_HEADING.match(line.text)
        if glued:  # 某某会议简况 某某会议于某日举行。…: a report's heading glued to its first paragraph
            layout.title = glued["head"]
            layout.title_span = (line.start + glued.start("head"), line.start + glued.end("head"))
            return


#: the first run of a page that lost its line breaks, spaces where they were: its headline, then what it printed under
#: it (a second headline, the lead)
_FIRST_RUN = re.compile(rf"^[{SPACES}]*(?P<head>[^{SPACES}]{{6,60}})[{SPACES}]+(?=[^{SPACES}])")
#: the second part of such a headline, after one space, and the posting line's date or label it stands over (某会议召开
#: 表决通过一批人事任免事项 2014-07-02 10:18 来源:…): words alone, no clause's punctuation (runs of bounded length: linear)
_SECOND_RUN = re.compile(rf"(?P<part>[^{SPACES}，。；;,:：！!？?、]{{4,30}})[{SPACES}]+"
                         rf"(?=(?:19|20)\d\d[-年./]\d{{1,2}}[-月./]\d{{1,2}}|来源|來源|发布时间|發布時間|作者)")


#: the page's path run on before that headline: 某某网 > 人大之窗 > 正文 (each crumb bounded and closed by its arrow:
#: linear)
_RUN_CRUMBS = re.compile(rf"^[{SPACES}]*(?:[^{SPACES}>›»]{{1,12}}[{SPACES}]*[>›»][{SPACES}]*){{1,5}}[^{SPACES}>›»]{{1,12}}[{SPACES}]+")


_RUN_NOT_HEADLINE = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|记者|記者|通讯员|通訊員|报道$|報道$|[讯訊]$|^本[报報台网網]")


def _printed_again_as_run(text: str, head: str, at: int) -> bool:
    """Whether a headline stands again in a run-on text after ``at`` as a run of its own: spaces before it, spaces or
    a bracketed note after it (某县人大常委会关于任免职务的决定 （某日某会议通过）), not inside a sentence."""
    at = text.find(head, at)
    while at > 0:
        end = at + len(head)
        if text[at - 1] in SPACES and end < len(text) and text[end] in SPACES + "(（":
            return True
        at = text.find(head, at + 1)
    return False


def _headline_run_on(lines: list[Line]) -> tuple[str, tuple[int, int]] | None:
    """A page run onto one line (its line breaks lost, spaces where they were): its first run is its headline where it
    reads as one (a headline's words, or a headline of several parts joined by commas or a colon) and a story follows
    it (a sentence ended within the next lines' length)."""
    top = next((ln for ln in lines[:3] if ln.flat), None)
    if top is None or len(top.flat) < 100:
        return None
    crumbs = _RUN_CRUMBS.match(top.text)
    skip = crumbs.end() if crumbs else 0  # (the page's path before the headline: no part of it)
    m = _FIRST_RUN.match(top.text[skip:])
    if not m:
        return None
    # (after the page's path, only a headline printed again on the line as a run of its own, the title over the
    # text, is one: a report under its path may reprint the list it reports, whose heading is the title; such a
    # line, its text cut off at a note, may be shorter: its story goes on on the next lines)
    if crumbs and not _printed_again_as_run(top.text, m["head"], skip + m.end()):
        return None
    short = len(top.flat) < 200
    if short and not crumbs:
        return None
    k = lines.index(top)
    after = top.text[skip + m.end():] + ("".join(ln.text for ln in lines[k + 1:k + 3]) if short else "")
    if not re.search(r"[。！？!?]", after[:300]):
        return None
    head = squash(m["head"])
    if re.search(r"[。；;]", head) or _RUN_NOT_HEADLINE.search(head):
        return None  # (a lead's date and time, 9月8日上午，…; a byline, 本报记者某某北京报道)
    if not (_is_headline(head) or (_PARTS.match(head) or _TWO_PARTS.match(head))
            and _is_headline(_PART_MARKS.sub("", head))):
        return None
    second = _SECOND_RUN.match(top.text, skip + m.end())
    if second and _is_headline(squash(second["part"])) and not _RUN_NOT_HEADLINE.search(second["part"]):
        # (a headline of two parts, a space between them, over its posting line: both parts, the space kept)
        return head + " " + second["part"], (top.start + skip + m.start("head"), top.start + second.end("part"))
    return strip_final_punct(head), (top.start + skip + m.start("head"), top.start + skip + m.end("head"))


#: a hijacked mirror's line of search keywords at the top of the page: three phrases or more, commas between
#: them, no other punctuation, none at the end (某某www久久,某某视频在线,某某免费播放)
_KEYWORD_LINE = re.compile(r"^(?:[^，。；：:,;!！?？、“”《》()（）]{4,20}[，,]){2,}[^，。；：:,;!！?？、“”《》()（）]{4,20}$")
#: a document-sharing site's banner glued before the text: 下载后可任意编辑
_SHARING_BANNER = re.compile(r"^(?:下载后可任意编辑|下载后可编辑|可编辑|精品文档)")
#: a document-sharing site's tag glued before the title it heads: 精选优质文档-倾情为你奉上, 精品文档
_SHARING_TAG = re.compile(r"^(?:精选|精品|优质){1,3}文档(?:[-—－·]?倾情为[你您]奉上)?(?=[\u4e00-\u9fff《])")
#: a title run into the addressees it is sent to, on one line: 某某工作方案范文局机关各科室、各企事业单位：
#: (a 范文 site's summary line: 某省某某联席会议制度各市(地)、县(市)人民政府(行署),省政府各直属单位:按照…; the
#: addressees may carry their bracketed notes)
_TITLE_BEFORE_ADDRESSEES = re.compile(r"^(?P<title>[\u4e00-\u9fff《》“”]{6,60}?(?:方案|通知|意见|办法|计划|规划|细则|要点|制度|规定|规则)"
                                      r"(?:范文|模板)?)(?P<to>[\u4e00-\u9fff]{0,6}各[\u4e00-\u9fff、，,]{1,40}"
                                      r"(?:[(（][\u4e00-\u9fff、]{1,6}[)）][\u4e00-\u9fff、，,]{0,40}){0,4})[：:]")
#: a title run into the text's opening clause, the line breaks lost (某县某某行动方案(征求意见稿)(2023-2025年)为深入贯彻…，; a
#: space the copy kept between them: 某某实施方案 为总结经验，…):
#: a plan's or a rule's name, its bracketed notes, then 为/根据/按照 opening a sentence that goes on to a comma
_TITLE_BEFORE_PREAMBLE = re.compile(r"^(?P<title>[\u4e00-\u9fff《》“”]{6,60}?(?:方案|意见|办法|计划|规划|细则|要点|规定|措施|通知)"
                                    r"(?:[(（][^()（）,，。；]{1,20}[)）]){0,3})(?=[ \u3000]{0,4}(?:为了|为|根据|按照|依据|依照)[^，。；,;]{4,80}[，,])")
#: a yearbook's or chronicle's entry: its heading in 【】 opens the first line, the entry's text runs on after it
#: from its date (【 某县政府第17次常务会】 2020年11月27日，…; not a column tag before a headline)
_ENTRY_HEADING = re.compile(rf"^[{SPACES}]*【[{SPACES}]*(?P<head>[^【】\n]{{2,30}}?)[{SPACES}]*】[{SPACES}]*"
                            r"(?=(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?[^\n]{20,})")  # (an entry opens with its date)
#: a report's heading printed at the start of its first paragraph, a space between them
_GLUED_HEADING = re.compile(rf"^[{SPACES}]*(?P<head>[\u4e00-\u9fff]{{8,40}}?(?:简况|概况|纪要|综述|公报))[{SPACES}]+"
                            r"(?=[\u4e00-\u9fff])")


#: the heading of a block of links to related pages (相关链接, 相關鏈結 read simplified: 相关链结)
_RELATED_HEAD = r"相关(?:链接|链结|文章|阅读|新闻|信息)"
#: a link to a neighbouring page of the site, printed under the text (上一篇：关于…的通知 / 下一条：某某会议召开)
_PAGE_LINK = re.compile(rf"^[【\[]?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|前一篇|后一篇|{_RELATED_HEAD})[】\]]?[:：]?")
#: that heading alone on its line
_RELATED_LINKS = re.compile(rf"[【\[]?{_RELATED_HEAD}[】\]]?[:：]?")
#: the bullet a block of links sets before each
_LINK_BULLET = re.compile(r"^[·•●▪◆■]")
#: the site's owner after a headline on the page's title line, behind an underscore or a bar (…召开_某县人民政府), the
#: site's column before it (…领导小组_证券要闻_某某财经网)
_SITE_OWNER = re.compile(r"(?<=[\u4e00-\u9fff》”)）])(?:[_|｜]+[\u4e00-\u9fff]{2,20}){1,2}$")
#: the page's controls printed after a headline on its line: 【字体：大 中 小】, 打印本页, 关闭窗口
_CONTROLS_AFTER = re.compile(r"(?<=[\u4e00-\u9fff》”)）])[【\[(（]?(?:字体|字号|打印|关闭|收藏|分享)(?:[:：]|本页|窗口|到).*$")
#: a site's notice about the reader's browser over its pages (你正在使用的浏览器版本过低，请使用…浏览器)
_BROWSER_NOTICE = re.compile(r"浏览器|瀏覽器")
#: an item of a site's menu printed with its bullet (• 政府信息公开, • 无障碍浏览)
_BULLET_ITEM = re.compile(rf"^[{SPACES}]*[•·●◆■▪][{SPACES}]*[^{SPACES}]{{2,12}}[{SPACES}|｜]*$")


def _menu_item(lines: list[Line], i: int) -> bool:
    """A short line that is a site's menu entry or its channel's name, not the page's headline: printed
    with a bullet (• 政府信息公开), or standing right above the page's path (某某动态 / 您当前的位置：首页 > …)."""
    return bool(_BULLET_ITEM.match(lines[i].text)) or _channel_over_path(lines, i)


def _channel_over_path(lines: list[Line], i: int) -> bool:
    """A short line standing right above the page's path: the channel's name the page prints over it (某某动态,
    规划计划 / 当前位置：首页 > … > 规划计划), whatever kind word it ends with; never a title of its own (关于…)."""
    nxt = next((ln.flat for ln in lines[i + 1:i + 3] if ln.flat), "")
    return len(lines[i].flat) <= 12 and "关于" not in lines[i].flat and "關於" not in lines[i].flat \
        and bool(_BREADCRUMB.search(nxt))


#: a page's posting row, opened by its time's label: 时间:03-29编辑:佚名 工作方案, 发布时间：2021-03-29 来源：…
_POSTING_ROW = re.compile(r"^(?:时间|日期|发布时间|发布日期|更新时间|发表时间)[:：][ \t\u3000]*\d")


def _page_chrome(flat: str) -> bool:
    """A line of the site's furniture above or under a story: its path (首页 > 新闻中心), a link to the
    next page, the browser notice, the share, print and font controls, the posting time and source."""
    if _BREADCRUMB.search(flat) or _PAGE_LINK.match(flat) or _BROWSER_NOTICE.search(flat) or _BULLET_ITEM.match(flat) \
            or _FLOOR_LABEL.fullmatch(flat):
        return True
    return len(flat) <= 80 and not _SENTENCE.search(flat) and "关于" not in flat and bool(_CHROME_WORDS.search(flat))


#: a forum reply's floor and its poster (•1#某某老周, 2楼 某某, #3 某某): the thread's furniture, never a title
_FLOOR_LABEL = re.compile(r"[•·]?(?:\d{1,4}[#＃楼]|[#＃]\d{1,4})[^\s，。；：:]{1,16}")
#: the words of a page's controls and posting line: 分享到, 打印本页, 【字体：大 中 小】, 扫一扫, 发布时间：…来源：…
_CHROME_WORDS = re.compile(r"^(?:分享|打印|关闭|字体|字号|【字体|扫一扫|发布时间|发表时间|发布日期|来源[:：]|浏览次数|点击数|"
                           r"转载|作者[:：]|索引号|主题分类|信息来源|稿源|责任编辑|阅读次数|访问次数|浏览量)|"
                           r"(?:打印本页|关闭窗口|分享到|【?字体[:：]?大中小】?)$")


def _own_title_opens(joined: str, flat: str) -> bool:
    """A line that opens a title of its own under a headline (某部某司成立某某专班 / 某部某司关于成立某某 / 专班的通知): a
    body's name then 关于, under words with no 关于 that are no body's name (an issuer's line over its title goes on:
    某市人民政府办公室 / 某市教育局关于…, joint issuers)."""
    head = flat.partition("关于")[0]
    return len(head) >= 4 and bool(_ORG_END.search(head)) and "关于" not in joined \
        and (not _issuer_line(joined) or bool(_BODY_ACTS.search(joined))) and not _SENTENCE.search(flat)


#: a headline's verb after the body that acts, which no body's own name holds: 某省卫健委调整某某领导小组 (a headline
#: ending in a group's name, no issuer's line)
_BODY_ACTS = re.compile(r"(?<=[委局厅办府区县市镇])(?:调整|成立|组建|设立|撤销|印发|出台|发布|部署|召开)")


#: a repost's mark after its headline ((转载), （转贴）, [转]): the headline is whole, the line under it no part of it
_REPOST_MARK = re.compile(r"[(（\[【](?:转载|轉載|转贴|轉貼|转帖|轉帖|转)[)）\]】]$")
#: an editor's note under a headline (【编者按】本栏目选编…, 编者按：…): a paragraph of the page's, never a title's end
_EDITOR_NOTE = re.compile(r"[\[【(（]?编者按")


#: a site's column label on a line of its own, a colon after it: 今日热点:, 相关新闻：
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]")


def _leads_with_headline(lines: list[Line], menu: set[int]) -> bool:
    """The page opens with a headline (no kind word: 某某任某市代理市长) and the report's lead under it."""
    first = [k for k in range(min(len(lines), 12)) if k not in menu and not _page_chrome(lines[k].flat)
             and not _COLUMN_LABEL.fullmatch(lines[k].flat)][:2]  # (今日热点: a site's column between headline and lead)
    if len(first) < 2:
        return False
    head, lead = lines[first[0]].flat, lines[first[1]].flat
    return _is_headline(head) and not _is_title_end(head) and "关于" not in head \
        and len(lead) > 30 and bool(_SENTENCE.search(lead[:-1]))


#: a site's menu printed on one line, its items parted by bars: 某街道 | 首页 | 党建引领 | 政务公开 | 通知公告 (three or
#: more short items of words alone, each closed by a bar or the line's end: linear)
_BARRED_MENU = re.compile(rf"^[{SPACES}]*[^\W\d_]{{2,10}}(?:[{SPACES}]*[|｜丨][{SPACES}]*[^\W\d_]{{2,10}}){{2,}}[{SPACES}|｜丨]*$")
#: a site's menu or buttons printed on one line, two to six short items of words alone parted by spaces (免费阅读 信息公开,
#: 首页 政务公开 通知公告): no headline's words stand so, four characters or fewer each
_SPACED_MENU = re.compile(rf"^[{SPACES}]*[\u4e00-\u9fff]{{2,4}}(?:[{SPACES}]+[\u4e00-\u9fff]{{2,4}}){{1,5}}[{SPACES}]*$")


def _menu_lines(lines: list[Line]) -> set[int]:
    """The lines of a site's menu at the top of a page: a run of three or more short items
    (售后服务 / 投诉及报修 / 客户留言 / 检测报告), each six characters or fewer with no punctuation
    (a bullet before each item is allowed), or one line of three or more items parted by bars
    (某街道 | 首页 | 政务公开 | 通知公告): never a title, whatever kind word its last item ends with."""
    out: set[int] = {i for i, line in enumerate(lines[:20]) if "关于" not in line.flat
                     and (_BARRED_MENU.match(line.text) or _SPACED_MENU.match(line.text))}
    run: list[int] = []
    for i, line in enumerate(lines[:20] + [None]):
        item = line.flat.lstrip("•·●◆◇■□▪-*") if line is not None else ""  # (• 某某: a bulleted menu)
        if line is not None and 2 <= len(item) <= 6 and not re.search(r"[\W\d]", item):
            run.append(i)
            continue
        if line is not None and run and re.fullmatch(r"[|｜/·•]", item):
            run.append(i)  # 加入收藏 / | / 设为首页: a bar between the items, printed on a line of its own
            continue
        if len(run) >= 3:
            out |= set(run)
        run = []
    return out


#: page furniture a headline never is: skip links (跳转到正文内容), a byline (□某报记者 某某),
#: a site's name (某某资讯网), a logo's text printed twice (某某网某某网), a wiki's tabs after an article's name,
#: a comment box (发表评论 共有条评论), a site's warning (涉密文件严禁上网)
_CHROME = re.compile(r"^跳(?:转|至|到)|记者[\s\u3000]*[\u4e00-\u9fff]{2,3}$|^[□■]|^[\u4e00-\u9fff]{2,6}网$|^(?P<twice>.{3,})(?P=twice)$|"
                     r"(?:查看源代码|检视原始码|查看历史|检视历史|编辑本页)$|"  # (a wiki article's name and its tabs)
                     r"发表评论|条评论|^涉密|"  # (a comment box; a site's warning: 涉密文件严禁上网)
                     r"[上下]一版|放大缩小|版面导航|标题导航|"  # (a newspaper's e-edition toolbar: 4下一版 … 放大 缩小 默认)
                     r"^点击(?:上方|下方)?(?:蓝字|藍字)|关注我们$|關注我們$")  # (a WeChat post's banner: 点击蓝字 关注我们)
#: a site's welcome over its pages (欢迎您访问某某网，本站旨在…！): the site's line, whatever its sentences
_WELCOME = re.compile(r"^(?:欢迎|歡迎)您?(?:访问|光临|来到|进入|訪問|光臨|來到|進入)")


#: a WeChat post's follow prompt under the account's name (△点击上方蓝字关注我们, 点击蓝字 关注我们), an ornament before it
_FOLLOW_PROMPT = re.compile(r"^[^\u4e00-\u9fff]{0,3}(?:点击|點擊)(?:上方|下方)?[\u4e00-\u9fff]{0,6}?(?:关注|關注)")


def _crumb_title(text: str) -> str | None:
    """The last step of a page's path when it is the page's own headline, printed with the page's
    date after it (视频首页>>某某网>>某市召开某某大会    2011-05-31 00:00:00    浏览); a path that
    ends with a channel (首页 > 政务公开 > 通知公告) has no date and gives nothing."""
    if not re.search(r"[>»›].*[>»›]", text):
        return None
    last = re.split(r"[>»›]+", text)[-1].strip(SPACES)
    head = re.split(rf"[{SPACES}]{{2,}}|\t", last)[0].strip(SPACES)
    rest = last[len(head):]
    if not re.search(r"(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}", rest) or not _is_headline(squash(head)):
        return None
    return head


#: a report's words that the notice follows whole: …印发通知，对某某等同志职务作出任免。全文如下：
#: (…全文如下：, 现将通知全文刊发如下：, 原文转载如下：)
_REPRINT_FOLLOWS = re.compile(r"(?:全文|原文)(?:刊发|刊登|刊载|转发|转载|公布|发布)?如下[:：]?$")


def _reprinted_title_below(lines: list[Line], title: str, j: int) -> tuple[int, int, str] | None:
    """A report's headline (no 关于) over its lead, which says the notice follows whole (…作出任免。全文如下：), then
    the notice's own title (its number may stand over it, the title wrapped over up to three lines): the notice's
    own title, as (first line, last line, joined text)."""
    if "关于" in title or "關於" in title:
        return None
    said = next((k for k in range(j + 1, min(len(lines), j + 5)) if _REPRINT_FOLLOWS.search(lines[k].flat)), None)
    if said is None:
        return None
    k = said + 1
    while k < min(len(lines), said + 3) and (not lines[k].flat or DOCNUM_RE.fullmatch(lines[k].flat)
                                              or not _han(lines[k].flat)):
        k += 1  # (the notice's number printed over its title; a stray code, 1D177, on a line of its own)
    if k >= len(lines):
        return None
    end, joined = k, lines[k].flat
    while not _is_title_end(joined) and end + 1 < min(len(lines), k + 3) and not _SENTENCE.search(joined):
        end, joined = end + 1, joined + lines[end + 1].flat
    return (k, end, joined) if _is_title_end(joined) and "关于" in joined and not _SENTENCE.search(joined) else None


def _news_lead(lines: list[Line]) -> bool:
    """The page opens with a news headline and its story: the first line a headline, the next a
    dated lead sentence (2023年5月31日上午，…召开。)."""
    first = [ln.flat for ln in lines[:8] if ln.flat and not _page_chrome(ln.flat)][:2]
    return len(first) >= 2 and _is_headline(first[0]) and bool(_NEWS_LEAD.match(first[1]))


#: a news story's first sentence: its date (and time of day), then what happened
_NEWS_LEAD = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚|晚上|早上)?[，,]")
#: the second line of a headline broken before its predicate: 将于…召开, 顺利闭幕, 召开
_HEADLINE_REST = re.compile(r"^(?:将于|将在|于\d|已于|正式|顺利|胜利|圆满|隆重|召开|举行|闭幕|开幕)")


#: a document-sharing site's page heading: the uploaded file's name (某某工作方案.docx)
_FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|txt)$", re.I)


#: a document-sharing site's line naming the uploaded file: 《某市某某工作方案.docx》由会员分享，可在线阅读
#: (the name may quote what the file promulgates: 《某某关于印发《某某方案》的通知.docx》)
_SHARED_FILE = re.compile(r"^[ \t\u3000]*《(?P<name>(?:[^《》\n]|《[^《》\n]{1,60}》){4,80}?)[ \t\u3000]*\.(?:docx?|wps|pdf|txt)》由(?:会员|用户|网友)(?:分享|上传)", re.I)
#: the notes a document's heading carries after its name: (征求意见稿), (2023—2025年)
_HEADING_NOTES = re.compile(r"(?:[(（][^()（）\n，。；,;]{1,16}[)）]){1,2}")


#: the link a forum prints after a thread's title, on its line or on the next: 某某工作队进村 [复制链接]
_COPY_LINK = re.compile(r"[\[【]复制(?:链接|本帖链接|帖子链接)[\]】]$")
#: the tag a forum prints before a thread's title: its board or region, or what the post is ([福建], [转帖], 【原创】)
_THREAD_TAG = re.compile(rf"^[\[【][\u4e00-\u9fff]{{1,6}}[\]】][{SPACES}]*(?=\S)")


def _forum_thread_title(lines: list[Line]) -> tuple[str, tuple[int, int]] | None:
    """A forum's thread title, marked by the copy-link button the forum prints after it (on the title's own line or on
    the line under it): 参加某某工作队 / [复制链接]."""
    for k, line in enumerate(lines[:16]):
        if "复制" not in line.text:
            continue
        text = line.text.rstrip(SPACES)
        m = _COPY_LINK.search(text)
        if not m:
            continue
        head = text[:m.start()].strip(SPACES)
        at = line
        if not head:
            prev = next((ln for ln in reversed(lines[max(0, k - 3):k]) if ln.flat), None)
            if prev is None:
                return None
            head, at = prev.text.strip(SPACES), prev
        tag = _THREAD_TAG.match(head)
        head = head[tag.end():] if tag else head
        flat = squash(head)
        if len(flat) < 4 or re.search(r"[。；;]", flat[:-1]) or _page_chrome(flat):
            return None  # (a thread's title may hold a comma: 某某名单出来了，求问某某: the copy-link button marks it)
        start = at.start + at.text.index(head)
        return strip_final_punct(strip_ornaments(flat)), (start, start + len(head))
    return None


def _shared_file_name(layout: Layout, text: str) -> None:
    """A document-sharing page that prints the uploaded file's name (《X.docx》由会员分享) over the document's text
    is titled by the file's name, with the notes its heading carries where the text prints it again
    (X(征求意见稿)为…: the heading run into the first paragraph)."""
    for line in layout.lines[:4]:
        m = _SHARED_FILE.match(line.text)
        if not m:
            continue
        name = squash(m["name"])
        again = text.find(m["name"].strip(), line.end)
        notes = _HEADING_NOTES.match(text, again + len(m["name"].strip())) if again >= 0 else None
        layout.title = name + (squash(notes.group(0)) if notes else "")
        start = line.start + m.start("name")
        layout.title_span = (start, start + len(m["name"]))
        return


#: a document-sharing page's label over its excerpt of the document: 文档简介, 文档介绍：
_INTRO_LABEL = re.compile(r"^[ \t\u3000]*(?:文档|文件|内容)(?:简介|介绍|预览)[ \t\u3000]*[:：]?[ \t\u3000]*")


#: a document-sharing page's text run on one line from its number on: the page's serial (1、) before it, the number
#: with its brackets or with their glyphs lost (某教函202011号: four digits of year, then the serial), the heading
#: glued after it
_NUMBER_OPENS_RUN = re.compile(r"^(?:\d{1,2}[、.．][ \t\u3000]*)?(?P<code>[\u4e00-\u9fff]{1,10}?)(?:[〔\[(（][ \t\u3000]*"
                               r"(?P<year>(?:19|20)\d\d)[ \t\u3000]*[〕\])）]第?|(?P<bare>(?:19|20)\d\d))(?P<serial>\d{1,4})号"
                               r"(?=[\u4e00-\u9fff《])")
#: the addressees run on after a heading, up to their colon: 各街道办事处、各镇人民政府，区政府有关部门：
_ADDRESSEES_AFTER = re.compile(r"[^。；;！？!?《》“”:：]{2,120}?[:：]")


def _number_opens_run(text: str) -> tuple[str, int, int] | None:
    """A text that runs a notice's number, title and addressees together on one line (a document-sharing page that
    lost its line breaks: ``某府发〔2009〕23号某区人民政府关于…的通知各街道办事处，区政府有关部门：…``): the number,
    and where the title starts and ends in ``text``. The title ends at the first word of a document's kind that
    finishes it (a cover letter's at its 的通知) with the addressees after it (各…, or bodies' names, to a colon)."""
    m = _NUMBER_OPENS_RUN.match(text)
    if not m:
        return None
    number = normalize_docnum(f"{m['code']}〔{m['year'] or m['bare']}〕{m['serial']}号")
    start, rest = m.end(), text[m.end():m.end() + 160]
    for end in _INTRO_TITLE_END.finditer(rest[:120]):
        head = rest[:end.end()]
        if _SENTENCE.search(head):
            return None
        if not _title_complete(head):
            continue
        to = _ADDRESSEES_AFTER.match(rest, end.end())
        if to and ("各" in to.group(0)[:8] or _ORG_END.search(re.split(r"[,，、]", to.group(0)[:-1])[0])):
            return number, start, start + end.end()
        return None
    return None


#: a model-essay site's heading of one of the pieces it collects, numbered after the document's name: 某某活动方案篇一
_PIECE_HEADING = re.compile(r"^(?P<title>[^，。；,;:：]{4,60}?)篇[一二三四五六七八九十\d]{1,3}$")


def _piece_heading(layout: Layout) -> None:
    """A model-essay site prints its own blurb, then each piece it collects under the document's name numbered as a
    piece (某某活动方案篇一): the first piece's heading, without its number, is the title."""
    for line in layout.lines[:12]:
        m = _PIECE_HEADING.match(line.flat)
        if m and _is_title_end(m["title"]):
            layout.title = m["title"]
            layout.title_span = (line.start, line.start + line.text.index(line.text.strip(SPACES)) + len(m["title"]))
            return


def _shared_intro_title(layout: Layout) -> None:
    """A document-sharing page's excerpt (文档简介) prints the document with its line breaks lost, its heading run
    into its first sentence (某某活动方案为了丰富…): the heading ends at the first word of a document's kind (with
    the notes after it) that no longer name goes on from."""
    lines = layout.lines
    for k, line in enumerate(lines[:12]):
        label = _INTRO_LABEL.match(line.text)
        if not label:
            continue
        rest = line.text[label.end():]
        at = line
        if not rest.strip(SPACES):
            at = next((ln for ln in lines[k + 1:k + 3] if ln.flat), None)
            if at is None:
                return
            rest = at.text
        head = rest.lstrip(SPACES)
        start = at.start + (len(at.text) - len(rest)) + (len(rest) - len(head))
        run = _number_opens_run(head)
        if run:  # 文档介绍:某府发〔2009〕23号某区人民政府关于…的通知各街道办事处：the number glued before the heading
            layout.title_number = run[0]
            layout.title = squash(head[run[1]:run[2]])
            layout.title_span = (start + run[1], start + run[2])
            return
        m = _INTRO_TITLE_END.search(head[:60])
        if not m or m.end() < 4 or m.end() == len(head.rstrip(SPACES)) or _SENTENCE.search(head[:m.start()]):
            return  # (no heading's kind word, or the whole line one heading: the usual finders' business)
        layout.title = squash(head[:m.end()])
        layout.title_span = (start, start + m.end())
        return


#: the page number a printed document's copy kept before the text it runs on with: —1—, －2－, - 3 -
_PAGE_NUMBER_LEAD = re.compile(r"^[—－-]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—－-]{1,2}[ \t\u3000]*")


def _number_run_title(layout: Layout) -> None:
    """A page that runs a notice's number, title and addressees together on one line (its page's serial, 1、, or a
    printed page's number, —1—, before them), under no more than the site's lines (a greeting, the path to the
    page: 当前位置:首页 > … > 关于…): the title and the number from it. It wins over a title found above it that
    is its own tail (the path's last step, the page's headline: the title without its issuer)."""
    lines = layout.lines
    for k, line in enumerate(lines[:6]):
        text = line.text.lstrip(SPACES)
        lead = _PAGE_NUMBER_LEAD.match(text)
        text = text[lead.end():] if lead else text
        run = _number_opens_run(text)
        if run:
            break
        if _SENTENCE.search(line.flat) and len(line.flat) > 30 and not _BREADCRUMB.search(line.flat):
            return  # the text has begun
    else:
        return
    title = squash(text[run[1]:run[2]])
    if layout.title:
        words, own = (re.sub(r"[^\u4e00-\u9fff]", "", t) for t in (layout.title, title))
        above = layout.title_span is None or layout.title_span[0] < line.start
        if not (above and words and own.endswith(words)):
            return  # a title of the page's own, not this run's shortened copy
    at = line.end - len(text)
    layout.title_number, layout.title = run[0], title
    layout.title_span = (at + run[1], at + run[2])


def _heading_of_shared_file(layout: Layout, keep: bool = False) -> None:
    """A document-sharing page is headed by the uploaded file's name, repeated over the site's shell; the
    document's own heading stands right above its addressees (各村、有关部门：), wrapped over up to three lines.
    Without addressees the title is the file's name without its extension. A file named by the notice's 关于…
    title (``keep``) keeps it: the heading is the document's own only where it prints the same title (the notice
    starts there, under its red header and number)."""
    lines = layout.lines
    to = next((k for k, ln in enumerate(lines[:80]) if k > 0 and ln.flat.endswith((":", "：")) and "各" in ln.flat[:6]
               and len(ln.flat) < 60), None)
    layout.title = _FILE_NAME.sub("", layout.title)
    if to is None:
        return
    above = [k for k in range(to - 1, max(-1, to - 5), -1) if lines[k].flat]
    if not above or not _is_title_end(lines[above[0]].flat) or _FILE_NAME.search(lines[above[0]].flat):
        return
    ks = [above[0]]
    for k in above[1:3]:  # the lines a wrapped heading started on: none of them ends a title itself
        if _is_title_end(lines[k].flat) or _SENTENCE.search(lines[k].flat) or DOCNUM_RE.search(lines[k].flat) \
                or _RED_HEADER.search(lines[k].flat):
            break  # (nor the number or the red header over the heading)
        ks.insert(0, k)
    title = strip_final_punct(strip_ornaments("".join(lines[k].flat for k in ks)))
    found = squash(layout.title)
    if keep and title != found and not (found.startswith("关于") and title.endswith(found)):
        return  # (the same title, or the title found with its issuer's line over its 关于…)
    layout.title = title
    layout.title_span = (lines[ks[0]].start, lines[ks[-1]].end)
    layout.body_start = to


#: a spam word a hijacked mirror put where the issuer's name was, before 关于 (Latin letters in a Chinese name)
#: (or, without Latin letters, a word no body's name has: 某某体育官方网站入关于…)
_SPAM_HEAD = re.compile(r"^(?:(?=[^关]*?[A-Za-z])(?=[^关]*?(?:官方|[Aa][Pp][Pp]|下载|入口|平台|娱乐|体育|彩票|官网))|"
                        r"(?=[^关]*?(?:官方网|官网|网站入口|娱乐|彩票|投注|博彩)))[^关]*?(?=关于)")
#: a kind word alone in a cell of a page's info list (• 通知): the category, not the title
_KIND_CELL = re.compile(r"[^\u4e00-\u9fff]*(?:通知|通告|公告|意见|决定|办法|方案|批复|函|报告|通报|规划|计划|其他)")
#: a title's date printed after it in brackets: 某某名单(2021年11月22日)
#: a section label a wiki or database prints over the text it copies: 发布通知, 紧急通知, 档案全文
_KIND_LABEL = re.compile(r"(?:发布|印发|转发|下发|紧急|重要|最新|全文|原文)(?:通知|公告|通告)")
#: a record page's label over the text it shows (全文, 正文, 原文内容) and a page's info row naming the body whose copy it
#: is (来源:某厅, 信息来源：某办): the line over the title, never a part of it
_TEXT_LABEL = re.compile(r"(?:全文|正文|原文)(?:内容)?|(?:信息|文章|稿件|文件)?(?:来源|來源)[:：][^:：]{0,30}")
#: a site's column named by two kinds of notice, printed over the page's path (通知公告 / 當前位置: 首頁 >> …): no title
_KIND_COLUMN = re.compile(r"(?:通知|通告|公告|公示|公报|公報)(?:通知|通告|公告|公示|公报|公報|信息)")
_TRAILING_DATE = re.compile(r"[(（](?:19|20)\d\d年\d{1,2}月\d{1,2}日[)）]$")
#: a site's note of the year after a notice's title (某县人民政府关于…的通知（1983）): no part of it
_TRAILING_YEAR = re.compile(r"(?<=[知定])[(（](?:19|20)\d\d[)）]$")


def _quoted(lines: list[Line]) -> set[str]:
    """The titles these lines report in 《》 (outer marks off): not one a cover letter promulgates
    (现将《X》印发给你们: X printed below is an attachment, not this page's title)."""
    return {m.group(1) for ln in lines for m in re.finditer(r"(?<!现将)(?<!将)《([^《》]{4,80})》", ln.flat)}


#: a reposting site's label before the headline the story first ran under: 原标题:某某
_REPOST_LABEL = re.compile(r"^原(?:标题|標題)[:：]")
#: Latin words listed with commas (Taoyuan, Taoyuan; Beijing, China): a place widget's or an ad's, no sentence of a body
_LATIN_LIST = re.compile(r"[A-Za-z]+(?:[ \t]*,[ \t]*[A-Za-z]+)+")
#: an exclamation or question mark between the parts of a news headline (今年八一!某某办部署某项工作)
_EXCLAIMED = re.compile(r"[!！?？]+(?=.)")


#: a page's breadcrumb: where the page sits on the site, not a title (a path of one step, 某某开发区 > 通知公告, too: a
#: title is no column's short name)
_BREADCRUMB = re.compile(rf"^(?:首页|主页|网站首页|{_POSITION_LABEL})|[>»›].*[>»›]|^[>»›]|^[^>»›]{{1,30}}[>»›][^>»›]{{1,12}}$")
#: a page's path from its home page, its steps parted by arrows: 首页 > 新闻动态 > 行业资讯 (a headline stands under it)
_SITE_PATH = re.compile(r"^(?:首页|主页|网站首页|首頁|主頁)[>»›]")
#: the label of a page's path over its title (您当前位置: 首页 > 某某资讯)
_PATH_LINE = re.compile(rf"^{_POSITION_LABEL}")
#: a 文号 printed before the title on the title's own line: 某政办发〔2017〕55号 某省人民政府办公厅关于…
_LEADING_NUMBER = re.compile(rf"^{DOCNUM_RE.pattern}(?=[《\u4e00-\u9fff])")
#: a site's name a page title carries after a dash: 关于…的意见-某省人民政府门户网站
#: a book's chapter number before a notice's title, where a collection of documents prints each as a chapter
#: (第3章 某县人民政府办公室关于…的通知), or a compilation page its texts (第一篇:某厅关于…的通知): the title is the
#: notice's, without the chapter
_CHAPTER_HEAD = re.compile(r"^第[0-9一二三四五六七八九十百零〇]{1,4}[章节篇][:：]?(?=[\u4e00-\u9fff《]{0,40}?关于)")
#: a compilation page's label before each of its pieces: 篇一:某某工作方案 (a model-text site's, as 第一篇: is)
_PIECE_LABEL = re.compile(r"^篇[一二三四五六七八九十\d]{1,3}[:：]")
#: a page title's column before the notice's title, set off by an underscore: 某某指挥部_某办公室关于…的通知
_COLUMN_BEFORE_TITLE = re.compile(r"^[^_关]{2,24}_(?=[^_]{0,40}关于)")
_SITE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff》”)）])[-_—|｜]+[\u4e00-\u9fff]{2,20}(?:门户网站|网站|政府网|网|政务服务网)$")
#: the closing formula of a notice: 特此通知, 特此通告, 此复 (its stop kept where a flat text's sentence split left it:
#: 特此通知。 on a line of its own, under the last decision, is no title)
_CLOSING = re.compile(r"^(?:特此(?:通知|通告|公告|决定|通报|批复|函告|函复|报告|答复)|此复|此函)[。.！!]?$")
#: a cover letter's title: 关于印发《X》的通知
_COVER_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,40}?)?关于(?:印发|转发|发布)《(?P<what>[^》]{2,80})》的通知$")


def _cover_title_below(lines: list[Line], at: int) -> tuple[str, tuple[int, int], int] | None:
    """A cover letter's title printed under its signing date (line ``at``): 关于印发《X》的通知, wrapped
    over up to three lines, where the letter above it promulgates the same X (现将《…X》印发给你们).
    Returns (title, span, first body line) or None."""
    above = "".join(ln.flat for ln in lines[:at])
    for k in range(at + 1, min(len(lines), at + 3)):
        joined, end = lines[k].flat, k
        while not _is_title_end(joined) and end + 1 < min(len(lines), k + 3):
            end, joined = end + 1, joined + lines[end + 1].flat
        m = _COVER_TITLE.match(strip_final_punct(joined))
        if not m:
            continue
        sent = re.search(r"现将《(?P<what>[^》]{2,80})》(?:印发|转发)", above)
        if sent and (m["what"] in sent["what"] or sent["what"] in m["what"]):
            return strip_final_punct(strip_ornaments(joined)), (lines[k].start, lines[end].end), end + 1
    return None


#: a cover letter's title by the verb it promulgates with: 某市人民政府办公室关于印发《X》的通知, 关于颁发X的命令
#: (an older title may print no 关于: 印发某市某某实施办法的通知)
_PROMULGATING_TITLE = re.compile(r"^(?P<head>[^，。；]{0,40}?)(?:关于|^)(?:印发|颁发|颁布|发布|转发|公布)《?(?P<what>[^《》]{2,80}?)》?"
                                 r"的(?:通知|命令|决定)$")


#: a cover letter's title that opens with its verb, no 关于 before it: 印发某市某某办法的通知
_PROMULGATING_VERB = re.compile(r"^(?:印发|颁发|颁布|转发)(?!.*关于)")


def _same_document(a: str, b: str) -> bool:
    """Two printings of one document's name (a 关于 or book marks more or less): 某县关于加快某事的实施方案."""
    def bare(t):
        return re.sub(r"关于|[《》〈〉<>“”\s]", "", t)
    return bare(a) == bare(b)


def _title_under_headline(lines: list[Line], first: int, k: int, joined: str) -> bool:
    """A page's own headline (某号 某某规划) over the notice's title block: only its date and 文号 lines
    between them (2017-02-14 点击:8次 / 某发〔2016〕17号 / 关于印发某某规划的 / 通    知)."""
    between = lines[first + 1: k]
    return 0 < len(between) <= 3 and joined.startswith("关于") and _title_complete(strip_final_punct(joined)) \
        and all(DOCNUM_RE.search(ln.flat) or re.match(r"(?:19|20)\d\d[-./年]\d", ln.flat) for ln in between)


def _cover_letter_of_title(layout: Layout) -> None:
    """A mirror or wiki page headed by the name of the document a notice promulgates (某市某某实施意见), which
    prints the notice itself further down under its own title (某市人民政府办公室关于印发《某市某某实施意见》的通知,
    关于颁发X的命令): the notice's title is the cover letter's."""
    title, lines = layout.title, layout.lines
    if not title or not layout.title_span or _PROMULGATING_TITLE.match(title) or "关于" in title:
        return
    first = next((i for i, ln in enumerate(lines) if ln.end >= layout.title_span[1]), len(lines))
    for k in range(first + 1, min(len(lines), first + 30)):
        joined, end = lines[k].flat, k
        if "关于" not in joined and not _PROMULGATING_VERB.match(joined):
            continue  # (the title starts on its own line, and may wrap onto the next)
        while not _is_title_end(joined) and end + 1 < min(len(lines), k + 3) and len(joined) < 80:
            end, joined = end + 1, joined + lines[end + 1].flat
        m = _PROMULGATING_TITLE.match(strip_final_punct(joined))
        if m and _same_document(m["what"], title) or _title_under_headline(lines, first, k, joined):
            if joined.startswith("关于") and k - 1 > first and _issuer_line(lines[k - 1].flat) \
                    and len(lines[k - 1].flat) <= 30:
                k, joined = k - 1, lines[k - 1].flat + joined  # (某县人民政府办公室 / 关于印发…的通知: its title's first line)
            layout.title = strip_final_punct(strip_ornaments(joined))
            layout.title_span = (lines[k].start, lines[end].end)
            layout.body_start = end + 1
            return


#: a table row printed as cells closed by bars: 上级机构 | 某某部 |, 主管单位 | |
_CELL_ROW = re.compile(r"^[|｜]?[^|｜]*(?:[|｜][^|｜]*)*[|｜]\s*$")


def _row_of_cells(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a row of a table the page flattened to ``|`` cells (a wiki's infobox, an info table): its
    cells closed by bars, two of them filled, or one filled among such rows (within three lines). A headline with
    its site's name after a bar (某县召开某会议 | 某县人民政府) has no closing bar; one printed in a cell of its own
    (某区人大常委会举行某次会议 | |||) has no filled row beside it."""
    def cells(k: int) -> int:
        if not 0 <= k < len(lines) or not _CELL_ROW.match(lines[k].text.strip(SPACES)):
            return 0
        return sum(1 for c in re.split(r"[|｜]", lines[k].text) if c.strip(SPACES))
    if not cells(i):
        return False
    return cells(i) >= 2 or any(cells(k) >= 2 for k in range(i - 3, i + 4) if k != i)


def _piped_cell(lines: list[Line], i: int) -> bool:
    """Line ``i`` is one of a run of cells a page printed with a ``|`` line after each (cell, |, cell, |)."""
    def pipe(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].flat in ("|", "｜")

    def cell(k: int) -> bool:
        return 0 <= k < len(lines) and bool(lines[k].flat) and not pipe(k) and not _page_chrome(lines[k].flat)
    return pipe(i - 1) and cell(i - 2) or pipe(i + 1) and cell(i + 2) and pipe(i + 3)


#: a report that quotes the notice it reports: 全文如下：X关于…的通知 / 发布关于…的通知
_REPORTED = re.compile(r"(?P<how>全文如下|发布|公布|印发|下发)(?:了)?[:：]?\s*《?(?P<title>[\u4e00-\u9fff、 \u3000]{0,34}?关于"
                       r"[^，。,；;:：“”《》\n]{2,80}?的(?:通知|决定|意见|通报|批复|函))(?=》|[^》]|$)")


#: a report's words for what the notice it reports says: 《通知》指出, 《意见》明确 (read a few sentences after its title)
_SAYS = re.compile(r"[。，,][\s]*《(?:通知|决定|意见|通报|批复)》(?:指出|明确|要求|提出|规定|强调)"
                   r"|[。，,][\s]*(?:通知|决定|意见)(?:指出|明确|要求|提出|规定|强调|成立|决定)")
_SAYS_WITHIN = 40


#: a 文号 in brackets right after a title: 《关于…的通知》(某发〔2020〕4号)
_NUMBER_AFTER = re.compile(rf"》?[{SPACES}]*[(（][{SPACES}]*{DOCNUM_RE.pattern}[{SPACES}]*[)）]")


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share: a headline that restates
    the notice it reports (某某领导小组成立 / 关于成立某某领导小组的通知) shares nearly all of itself."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


#: a report's sentence that brings in the document it reprints: 具体分工情况如下：, 全文如下：, 现将分工公布如下:
_REPRINTS_BELOW = re.compile(r"(?:如下|全文)[:：]$")
#: the heading of a document a report reprints under that sentence: a document's name by its kind (某某工作分工,
#: 某某实施方案, 某某名单), no sentence in it
_REPRINTED_KIND = re.compile(rf"(?:{'|'.join(_KIND_WORDS)}|方案|名单|清单|工作分工|分工)$")
#: a report's lead that quotes the document it sends out by its name alone: 印发了《某省人民政府领导成员工作分工》的通知
_SENDS_NAMED = re.compile(r"(?:印发|下发|公布|发布)了?《(?P<title>(?!关于)[^《》，。；,;\n]{4,40})》的(?:通知|决定)")


#: an encyclopedia page's label before the name of its entry: 词条 某某 (百科 sites and their mirrors)
_ENTRY_LABEL = re.compile(rf"^[{SPACES}]*(?:词条|詞條)(?:名称|名稱)?(?:[:：][{SPACES}]*|[{SPACES}]+)(?=[^{SPACES}])")


#: a congress's name closing a heading's first line (某县人民代表大会), its standing committee opening the next
_CONGRESS_LINE = re.compile(r"[\u4e00-\u9fff]{2,24}人民代表大(?:会|會)")
_STANDING_COMMITTEE = ("常务委员会", "常務委員會")
#: the whole body on a heading's first line (某县人民代表大会常务委员会), what it lists alone on the next (任免名单)
_COMMITTEE_LINE = re.compile(r"[\u4e00-\u9fff]{2,24}人民代表大(?:会常务委员会|會常務委員會)")
_LIST_ALONE = re.compile(r"(?:人事)?(?:任免|任命|免职|任职|职务任免)(?:人员)?名单")


def _congress_heading_wrapped(layout: Layout) -> None:
    """A heading wrapped after the congress's name, its standing committee opening the next line (某县人民代表大会 /
    常务委员会任免名单), or after the standing committee, the list's name alone on the next (某县人民代表大会常务委员会
    / 任免名单): the title is the two lines, not the second alone."""
    after_congress = layout.title.startswith(_STANDING_COMMITTEE)
    if not after_congress and not _LIST_ALONE.fullmatch(layout.title):
        return
    k = _line_at(layout.lines, layout.title_span[0])
    if not k or not (_CONGRESS_LINE if after_congress else _COMMITTEE_LINE).fullmatch(layout.lines[k - 1].flat):
        return
    layout.title = layout.lines[k - 1].flat + layout.title
    layout.title_span = (layout.lines[k - 1].start, layout.title_span[1])


def _drop_entry_label(layout: Layout) -> None:
    """The title read from an encyclopedia entry's heading line (词条 某某) is the entry's name, without the label."""
    start = layout.title_span[0]
    line = next((ln for ln in layout.lines if ln.start <= start < max(ln.end, ln.start + 1)), None)
    m = _ENTRY_LABEL.match(line.text) if line else None
    label = squash(m.group(0)) if m else ""
    if m and layout.title.startswith(label) and len(layout.title) >= len(label) + 2:
        layout.title = layout.title[len(label):]
        layout.title_span = (max(start, line.start + m.end()), layout.title_span[1])


#: a site's own label for the story a page shows, printed under it: 正在阅读：某某 (the reader's bar), or a saved
#: page's footer 标题：某某 over its 地址：http://… (what the page is called, and where it was)
_NOW_READING = re.compile(rf"^(?:正在阅读|正在閱讀|您正在阅读|您正在閱讀)[:：][{SPACES}]*(?P<title>[^{SPACES}].{{3,59}}?)[{SPACES}]*$")
_FOOTER_TITLE = re.compile(rf"^(?:标题|標題)[:：][{SPACES}]*(?P<title>[^{SPACES}].{{3,59}}?)[{SPACES}]*$")
_FOOTER_ADDRESS = re.compile(r"^(?:地址|网址|網址|本文地址|本文链接|链接|原文链接)[:：]\s*https?://")


def _labelled_headline(layout: Layout) -> None:
    """A page whose headline is not at its top (a mirror that kept only the story) titled by the label the site
    prints with it: the reader's bar (正在阅读：某某) or a saved page's footer (标题：某某 / 地址：http://…). The label's
    value must read as a headline (no sentence in it)."""
    lines = layout.lines
    for k, line in enumerate(lines):
        text = line.text.strip(SPACES)
        m = _NOW_READING.match(text)
        if not m:
            m = _FOOTER_TITLE.match(text)
            after = next((ln.flat for ln in lines[k + 1:k + 3] if ln.flat), "")
            if m and not _FOOTER_ADDRESS.match(after):
                m = None
        if m and not _SENTENCE.search(m["title"]):
            title = m["title"]
            quoted = _LABEL_QUOTES.fullmatch(title)
            title = quoted["inner"] if quoted else title  # 标题:“某某”: the site's quotes around the value
            at = line.start + line.text.index(title, m.start("title"))
            layout.title, layout.title_span = squash(title), (at, at + len(title))
            return


#: a label's value in quotes of its own: 标题:“某某新聘6位馆员” (no quote inside)
_LABEL_QUOTES = re.compile(r"[“\"「](?P<inner>[^“”\"「」]{4,60})[”\"」]")


def _quoted_own_title(layout: Layout) -> None:
    """A page whose headline is no notice's title (a Q&A site's question, 某区的重点任务是怎么分工的?; a report's
    headline) and whose text reproduces a notice, its full title (关于…的通知) on a line of its own with its 文号 on
    the next: the notice's own title wins over the headline (docs/facts.md)."""
    if not layout.title or not layout.title_span or _is_title_end(layout.title):
        return
    lines = [ln for ln in layout.lines[:80] if ln.flat]
    for k, (above, below) in enumerate(zip(lines, lines[1:])):
        flat = strip_final_punct(above.flat)
        tag = _THREAD_TAG.match(flat)
        flat = flat[tag.end():] if tag and "关于" in flat[tag.end():] else flat  # ([转帖]某县人民政府关于…: the post's tag)
        if above.start > layout.title_span[1] and "关于" in flat and _is_title_end(flat) and 8 <= len(flat) <= 120 \
                and not re.search(r"[。；;：:？?！!]", flat) and DOCNUM_RE.fullmatch(nfkc(below.flat)):
            at = above.start + above.text.find(flat[:2])
            end = at + len(flat)
            issuer = lines[k - 1] if k and flat.startswith("关于") else None
            if issuer and issuer.start > layout.title_span[1] and _issuer_line(issuer.flat) and len(issuer.flat) <= 30:
                flat, at = issuer.flat + flat, issuer.start  # (the issuer on its own line over 关于…: the title's head)
            layout.title, layout.title_span = flat, (at, end)
            return
    for line in lines:  # …run on in one line, its breaks lost (某县人民政府文件 某政任〔2004〕9号 某县人民政府关于…的通知 各乡镇：)
        run = _NUMBER_TITLE_RUN.search(line.text) if line.start > layout.title_span[1] else None
        if run:
            at = line.start + run.start("title")
            layout.title, layout.title_span = squash(run["title"]), (at, at + len(run["title"]))
            layout.title_number = normalize_docnum(run["no"])
            return
    for k in range(len(lines) - 2):  # the number over the title (a red header's: 某局文件 / 某水人〔2009〕12号 / 某局关于
        if lines[k].start > layout.title_span[1] and DOCNUM_RE.fullmatch(nfkc(lines[k].flat)):  # 某某等同志 / 职务任免的通知)
            found = _title_over_addressees_below(lines, k + 1)
            if found:
                layout.title, layout.title_span = found
                return


#: a notice's head run on in one line: its number, its title, its addressees (spaces where the breaks were, or none: a
#: sharing site's excerpt, 某某文件某林场〔2011〕5号某某关于印发《…》的通知场属各单位：)
_NUMBER_TITLE_RUN = re.compile(rf"(?:^|[{SPACES}]|(?<=文件))(?P<no>{DOCNUM_RE.pattern})[{SPACES}]*(?P<title>[^{SPACES}。；;：:，,《]{{0,40}}关于"
                               rf"[^{SPACES}。；;：:]{{2,100}}?的(?:通知|决定|通报|意见|批复|报告|函))[{SPACES}]*"
                               rf"(?=[^{SPACES}。；;]{{2,80}}?[:：])")


def _title_over_addressees_below(lines: list[Line], k: int) -> tuple[str, tuple[int, int]] | None:
    """A notice's own title from line ``k`` on, on one line or wrapped over two, over its addressees' line (…各单位：):
    (title, span); None where the lines are no such title."""
    for n in (1, 2):
        if k + n >= len(lines):
            return None
        flat = "".join(ln.flat for ln in lines[k:k + n])
        if "关于" in flat and _is_title_end(flat) and 8 <= len(flat) <= 120 and not re.search(r"[。；;：:？?！!]", flat) \
                and re.search(r"[:：]$", lines[k + n].flat) and len(lines[k + n].flat) <= 80:
            return flat, (lines[k].start, lines[k + n - 1].end)
    return None


def _reprinted_heading(layout: Layout) -> None:
    """A report with no headline of its own that reprints a document (a government's division of work among its
    leaders, a plan) under its heading: the heading is the page's title. The report says so, either by a sentence
    that ends bringing it in (具体分工情况如下： / 市长、副市长工作分工 / 根据…), or in its lead by the document's
    name it sends out (印发了《某省人民政府领导成员工作分工》的通知, the document's text under it)."""
    lines = layout.lines
    for k, line in enumerate(lines[:3]):
        m = _SENDS_NAMED.search(line.flat)
        if m and not _in_book_title(line.flat, m.start()):
            layout.title = m["title"]
            at = line.start + line.text.find(m["title"][:2])
            layout.title_span = (at, at + len(m["title"])) if at >= line.start else None
            return
    for k, line in enumerate(lines[:12]):
        if not _REPRINTS_BELOW.search(line.flat) or k + 2 >= len(lines):
            continue
        head, nxt = lines[k + 1].flat, lines[k + 2].flat
        if 4 <= len(head) <= 40 and not re.search(r"[，。；,;:：!！?？]", head) and _REPRINTED_KIND.search(head) \
                and not _ORG_END.search(head) and len(nxt) >= 10:
            layout.title, layout.title_span = head, (lines[k + 1].start, lines[k + 1].end)
            layout.body_start = k + 2
        return


def _title_under_full_text(layout: Layout) -> None:
    """A news page's headline over a lead that brings in the notice's full text (…通知全文如下：), the notice's number
    (a line of its own) and its own title (某局关于…的通知) under it: the notice's title is the page's, not the
    portal's headline."""
    lines = layout.lines
    for k, line in enumerate(lines[:12]):
        if not _REPRINTS_BELOW.search(line.flat) or "全文" not in line.flat:
            continue
        j = k + 1
        if j < len(lines) and DOCNUM_RE.fullmatch(lines[j].flat):
            j += 1  # (the number on its own line over the title)
        if j < len(lines) and "关于" in lines[j].flat and _is_title_end(lines[j].flat) and len(lines[j].flat) <= 100 \
                and not _SENTENCE.search(lines[j].flat):
            layout.title = strip_final_punct(strip_ornaments(lines[j].flat))
            layout.title_span, layout.body_start = (lines[j].start, lines[j].end), j + 1
        return


def _in_book_title(text: str, at: int) -> bool:
    """Position ``at`` of ``text`` lies inside a 《…》 title it cites."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


#: the words after a quoted title and its number that bring in its full text: ，全文如下：
_FULL_TEXT_BELOW = re.compile(rf"[{SPACES}]*[，,]?[{SPACES}]*(?:现将)?(?:全文|内容|原文)?(?:公布|刊发|转载)?如下[:：]")


#: the words that close a report's lead and bring in the full text of the notice it named in it, a clause after
#: the number: （某办〔2019〕28号），统筹推进某某工作。通知全文如下：
_FULL_TEXT_CLOSES = re.compile(r"[^《》\n]{0,80}?(?:全文|原文)(?:公布|刊发|转载)?如下[:：][ \t\u3000]*(?:\n|$)")


def _brings_full_text(text: str, at: int) -> bool:
    """The words from ``at`` (right after a quoted title's number) bring in its full text: at once (，全文如下：) or
    closing the lead's line, no other title quoted between (…工作。通知全文如下：)."""
    return bool(_FULL_TEXT_BELOW.match(text, at) or _FULL_TEXT_CLOSES.match(text, at))


def _reprinted_below(text: str, m: re.Match) -> bool:
    """A title a report quotes with its number, then the words that bring in its full text (公布《某某关于…的通知》
    （某函〔2022〕1号），全文如下：): the notice the page reprints, no citation."""
    number = _NUMBER_AFTER.match(text, m.end("title"))
    return bool(number and _brings_full_text(text, number.end()))


def _reprinted_number(layout: Layout) -> bool:
    """The number a report gives in brackets after the title of the notice it reprints in full (公布《某某关于…的通知》
    （某函〔2022〕1号），全文如下：): the notice's own number."""
    end = layout.title_span[1] if layout.title_span else -1
    line = next((ln for ln in layout.lines if ln.start < end <= ln.end), None)
    number = _NUMBER_AFTER.match(line.text, end - line.start) if line else None
    if not number or not _brings_full_text(line.text, number.end()):
        return False
    m = DOCNUM_RE.search(line.text, number.start(), number.end())
    layout.number = normalize_docnum(m.group(0))
    layout.number_span = (line.start + m.start(), line.start + m.end())
    return True


def _reported_title(layout: Layout, text: str, headline: bool = False) -> None:
    """A news report without a notice title of its own takes the title of the notice it quotes. Under
    a headline, only a title that names its issuer (某市人民政府关于…的通知): a bare 《关于…的通知》 is
    a notice the report mentions, the headline stays."""
    if any(re.fullmatch(r"各[^。；;]{1,80}[:：]", ln.flat) and not (k and _REPRINTS_BELOW.search(layout.lines[0].flat))
           for k, ln in enumerate(layout.lines[:2])):
        return  # a letter to its addressees (各区、各有关单位：) is no news report: what it forwards is not its title
        # (under a lead that brings in its full text, …通知全文如下：, they are the reprinted notice's)
    if sum(1 for ln in layout.lines[:60] if re.match(r"(?:是月|同月|\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬)?)", ln.flat)) >= 3:
        return  # a chronicle's dated entries (1月4日县委下发《关于…的意见》。…): the documents it records are not its title
    found = [f for f in _REPORTED.finditer(text[:3000])
             if text[max(0, f.start() - 120): f.start()].rfind("《") <= text[max(0, f.start() - 120): f.start()].rfind("》")]
    # (根据《某厅印发关于…的通知》: a title the text cites, its verb inside the brackets, reports nothing)
    # (印发了《关于…的通知》(某发〔2020〕4号): a report that gives the notice's number cites it; it is not that notice)
    # (公布《某部办公厅关于…的通知》（某函〔2022〕1号），全文如下：the report reprints the notice it names with its number)
    reprints = {f.start() for f in found if f["how"] == "全文如下" or _reprinted_below(text, f)}
    said = {f.start() for f in found if _SAYS.search(text, f.end("title"), f.end("title") + _SAYS_WITHIN)
            and not _NUMBER_AFTER.match(text, f.end("title"))}
    numbered = {f.start(): n for f in found if (n := _NUMBER_AFTER.match(text, f.end("title")))
                and _SAYS.search(text, n.end(), n.end() + _SAYS_WITHIN) and layout.title
                and _common_run(squash(layout.title), squash(f["title"])) >= 0.5 * len(squash(layout.title))}
    said |= set(numbered)
    reprints |= said  # (…印发《关于…的通知》。《通知》指出…: the report is about that notice, as a reprint is; one it
    # gives the number of it cites, unless the headline says what that notice does and the report what it says:
    # 某县成立某某领导小组 / …印发了《…关于成立某某领导小组的通知》(某办通〔2017〕43号),通知成立…)
    found = [f for f in found if f.start() in reprints or not _NUMBER_AFTER.match(text, f.end("title"))]
    if headline:  # (《某县人民政府关于…的通知》 names its issuer; 某县人民政府印发了《关于…的通知》 only mentions it, unless
        # the report goes on to say what it says, 《通知》指出…: then it reports that notice)
        found = [f for f in found if not f["title"].startswith("关于") or f.start() in said]
    if not found:
        return
    m = next((f for f in found if f.start() in reprints), found[0])
    if layout.title and m.start() not in reprints and _common_run(layout.title, m["title"]) < 0.7 * len(layout.title):
        return  # a headline of the report's own (某县成立某某领导小组 over 印发了《关于做好某事的通知》)
    layout.title = strip_final_punct(strip_ornaments(squash(m["title"])))
    layout.title_span = (m.start("title"), m.end("title"))
    if m.start() in numbered:
        layout.title_number = normalize_docnum(numbered[m.start()].group(0))


#: a byline or date a page printed after the headline on its line: 某某通过某事项   作者:X 发布时间:…; or a photo's
#: credit: 某县召开某某大会  某县某办供图 / 记者 某某 摄 (a mirror's ? for the spaces between them: 某某大会? 某某供圖)
_BYLINE = re.compile(rf"(?:[{SPACES}]+|[?？]+[{SPACES}]*)(?:(?:作者|來源|来源|发布时间|時間|时间|日期|责任编辑|責任編輯|编辑|編輯)[:：].*|"
                     rf"(?:[^{SPACES}?？。，,；;:：!！]{{2,16}}[{SPACES}]*){{1,3}}(?:供[图圖]|[摄攝]|/[摄攝]影))$")


def _in_table(lines: list[Line], i: int) -> bool:
    """A header cell of a table the page printed one cell per line (序号, then the column names), or a
    newspaper's section name under its page number (第03版 / 要闻): not a headline."""
    prev = lines[i - 1].flat if i > 0 else ""
    return any(ln.flat.strip("|｜") == "序号" for ln in lines[max(0, i - 8): i]) \
        or bool(re.fullmatch(r"第?[0-9A-Z]{1,3}版", prev))


def _unbalanced(flat: str) -> bool:
    depth = 0
    for ch in flat:
        depth += (ch in "(（[【《") - (ch in ")）]】》")
        if depth < 0:
            return True
    return depth != 0


#: a newspaper's section named by two words parted by a slash or a dot: 政务/公告, 莱芜·县区
_PAPER_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}[/／·][\u4e00-\u9fff]{2,4}[ |｜]*")
#: a book's chapter, section or part heading: 第二节 干部任免, 第3章
_BOOK_PART = re.compile(r"^第[一二三四五六七八九十百零\d]{1,3}[章节篇编]")
#: lines shaped like a headline that are not one: a photo's caption in brackets ((某县副县长某某)),
#: a book's section heading (第一节 机构设置), a site's notice about itself (上传功能暂未开放), a control in square
#: brackets ([复制链接], 【打印】), a disclosure page's label over the text it shows (公开具体内容, 信息详细内容, 正文内容)
_NO_HEADLINE = re.compile(rf"^[(（][^()（）]*[)）]$|^[\[【][^\[\]【】]{{1,10}}[\]】]$|{_BOOK_PART.pattern}|暂未开放|暂停服务|正在加载|加载中|"
                          r"^(?:政府|政务)?(?:信息)?(?:公开|文章|正文|文件|信息)?(?:具体|详细|主要)?(?:内容|信息)(?:详情|正文)?$")


#: a news headline in two parts joined by a colon: 某委现“高配班子”：已5名正部级副主任 (a quoted phrase, then
#: what it says); a label and its value (发布机构：…, 来源：…) has no quotation marks before the colon
_TWO_PART = re.compile(r"[^:：]*[“”\"「」『』][^:：]*[:：][\u4e00-\u9fff\d“”\"]{4,}[^:：]*")


#: a copy's straight quote marks around a whole headline ('某地:某某工作'), none inside it
_WRAPPING_QUOTES = re.compile(r"^(?P<q>['\"])(?P<inner>[^'\"]{4,60})(?P=q)$")
#: a column's name in brackets before a headline: 【聚焦】, 【权威发布】
_BRACKET_TAG = re.compile(r"^【[\u4e00-\u9fff]{2,6}】(?=[\u4e00-\u9fff])")
#: a news headline in two parts, one comma or colon between them: 积极作为、持续发力，某街道推进某工作 /
#: 2016年地方两会：9位官员履新(名单)
_TWO_PARTS = re.compile(r"^(?P<a>[^，。；,;:：!！?？]{2,24})[，,:：](?P<b>[^，。；,;:：!！?？]{4,30})$")
#: a news headline of three or four short parts (a topic, then what happened: 某某调整:甲校“某某”,乙校“某某”)
_PARTS = re.compile(r"^(?:[^，。；,;:：|｜!！?？]{2,24}[，,:：|｜]){2,3}[^，。；,;:：|｜!！?？]{2,30}$")
_PART_MARKS = re.compile(r"[，,:：|｜]")
#: a longer news headline of two or three clauses joined by commas (省人大常委会决定接受某某辞去某职务,决定任命某某为
#: 某职、决定某某代理某职), each clause a headline of its own
_CLAUSES = re.compile(r"^(?:[^，。；,;:：!！?？]{6,50}[，,]){1,2}[^，。；,;:：!！?？]{6,50}$")
#: what a news page prints between a headline and its posting line: share and favourite buttons, their counts
_BUTTONS = re.compile(r"^(?:[(（]?\d{1,6}[)）]?|收藏|点赞|评论|分享|分享至[:：]?|分享到[:：]?|转发|打印|[A-Za-z]{0,10}|"
                      r"[\"'‘’“”]{1,3})$")  # (a copy's stray quote mark on a line of its own)
#: what a news page prints under its headline: the posting time, a byline, the lead's date
_UNDER_HEADLINE = re.compile(r"^[-—•·\s]*(?:发布时间|发表时间|来源|作者|时间|日期|编辑|(?:19|20)\d\d[-年./]\d{1,2}[-月./]\d{1,2})|"
                             # a news wire's dateline over its lead: 某某网8月29日讯(记者 某某), 新华社某地3月5日电, 本报讯
                             r"^[\u4e00-\u9fff]{1,14}?\d{1,2}月\d{1,2}日(?:讯|电)|^(?:本报|本台|本网)讯|"
                             r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上)?[，,]|^https?://|"
                             # a wire's byline lead without its date: 某某网某地讯(通讯员 某某 记者 某某)
                             r"^[\u4e00-\u9fff]{2,16}?[讯訊][(（][^()（）]{0,30}?(?:记者|記者|通讯员|通訊員)|"
                             # (the same labels in traditional characters: 發布時間：…, 來源：…)
                             r"^[-—•·\s]*(?:發布時間|發表時間|來源|時間)|"
                             # a byline on a line of its own: 某某新闻见习记者 某某, 本报记者 某某 某某
                             rf"^[\u4e00-\u9fff]{{0,12}}(?:记者|記者|通讯员|通訊員)(?:[{SPACES}]*[\u4e00-\u9fff·]{{2,4}}){{1,3}}$|"
                             # a posting line of the paper's or the site's name and the day and time it posted the story:
                             # 某某新闻 2024-01-29 08:20
                             rf"^[\u4e00-\u9fff]{{2,12}}[{SPACES}]+(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}[{SPACES}]+{CLOCK}[{SPACES}]*$")


def _below_headline(lines: list[Line], i: int) -> str:
    """The first line under line ``i`` that is not a share or favourite button or its count (分享至: / (27) / 收藏)."""
    for line in lines[i + 1: i + 7]:
        if not _BUTTONS.match(line.flat):
            return line.text
    return ""


def _tail_printed_again(lines: list[Line], i: int, flat: str) -> int | None:
    """The line under line ``i`` (within eight) that prints again, alone, the part of ``flat`` after its colon: where a
    page's head line is a mirror's keyword or a column's name glued before the headline the story prints over itself."""
    tail = re.split(r"[:：]", flat, maxsplit=1)[-1]
    if tail == flat or len(tail) < 6:
        return None
    return next((k for k in range(i + 1, min(len(lines), i + 9)) if lines[k].flat == tail), None)


def _printed_again(lines: list[Line], i: int) -> bool:
    """Line ``i`` is printed again within the next four lines (a page's headline over the story, then over its
    text once more, a picture's credit between them, or under a reposting site's 原标题: label)."""
    return bool(lines[i].flat) and any(_REPOST_LABEL.sub("", ln.flat) == lines[i].flat for ln in lines[i + 1:i + 5])


#: a headline's own last marks: its question or exclamation, its trailing off (某某的变迁,你知多少? / 涉及到…副省级……)
_HEADLINE_END = re.compile(r"(?<=[\u4e00-\u9fff”」》)）])(?:[?？!！]{1,3}|…{1,3}|[.．]{3,6})$")


#: what a news headline says happened (某某签字仪式在某地举行, 某某召开某某会议): a line that says it names no body, whatever
#: its last character (举行 ends like 银行)
_NEWS_VERB = re.compile(r"举行|召开|出席|开展|启动|部署|签署|签约|举办|会见|调研|视察|走访|召集|主持|看望|慰问|落幕|闭幕|开幕")


def _headline_text(flat: str) -> str:
    """A headline as the page prints it: its ornaments and a final comma or stop dropped, its question or exclamation
    mark and its dots kept (the spec: a headline keeps its own punctuation)."""
    flat = strip_ornaments(flat)
    end = _HEADLINE_END.search(flat)
    return strip_final_punct(flat[:end.start()]) + end.group(0) if end else strip_final_punct(flat)


def _two_part_headline(flat: str, below: str, again: bool = False) -> bool:
    """A headline of two parts joined by a comma or colon (a news page's, never a notice's), where what
    follows it is what a news page prints under a headline: its posting time, a byline, a dated lead, or
    the headline itself printed again. A headline of two or three longer clauses joined by commas, each one
    a headline, likewise."""
    # (a byline is read with its spaces: 某某新闻见习记者 王某某)
    if not (again or _UNDER_HEADLINE.match(squash(below)) or _UNDER_HEADLINE.match(below.strip(SPACES))) \
            or re.search(r"(?:如下|以下)$|^(?:各|关于)", flat):
        return False
    m = _TWO_PARTS.match(flat)
    if m and _is_headline(m["a"] + m["b"]):
        return True
    if _CLAUSES.match(flat) and all(_is_headline(c) for c in re.split(r"[，,]", flat)):
        return True
    # three or four short parts, a colon, a bar or commas between them (10天4高校领导调整:西交“大开大合”,复旦“空降”
    # 校长 / 某县两会|某院新院区将投用,县一中即将扩建): read together, a headline
    return bool(_PARTS.match(flat)) and _is_headline(_PART_MARKS.sub("", flat))


#: how far below a headline its story is read for the headline's words
_STORY_REACH = 4000
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def _foreign_headline(flat: str, lines: list[Line], i: int) -> bool:
    """A headline that shares no two-character word with the story under it: a hijacked mirror's search keyword
    (某某论坛视频) printed where the story's own headline was. A real headline names its story's subject (某市某局
    局长调整 over 某某任某局局长…), in two characters at least, and most of its characters; a keyword shares at most
    one or two. (Pinyin notes and punctuation are dropped first: a copy's 網(wǎng)站 still reads 網站.) Only a story of
    some length is judged (a short text may say it otherwise)."""
    head = _NOT_HAN.sub("", flat)
    if len(head) < 4 or i + 1 >= len(lines):
        return False
    story = _NOT_HAN.sub("", "".join(ln.text for ln in lines[i + 1:i + 80])[:_STORY_REACH])
    if len(story) < 200:
        return False
    if any(head[k:k + 2] in story for k in range(len(head) - 1)):
        return False
    # (a chronicle's genre title, 1993年政务大事记, shares its characters with the entries under it, if no word)
    return 2 * sum(1 for ch in head if ch in story) < len(head)


#: a body's name and its other name in brackets: 某大学党委办公室（校长办公室）, 某县财政局（国资办）
_NAME_AND_ALIAS = re.compile(r"(?P<name>[\u4e00-\u9fff]{3,30})[(（](?P<alias>[\u4e00-\u9fff]{2,12})[)）]")


def _body_and_alias(flat: str) -> bool:
    """A line that only names a body and its other name (某大学党委办公室（校长办公室）): a department site's banner
    over a page, no headline (a headline says what a body did: 某局（某办）召开某某会议)."""
    m = _NAME_AND_ALIAS.fullmatch(flat)
    return bool(m) and all(AGENCY_END_RE.search(m[k]) for k in ("name", "alias")) \
        and not _NEWS_VERB.search(flat) and not _BODY_ACTS.search(flat)


#: a story's byline: 记者 某某, 作者：某某, 通讯员 某某, 文/图 某某
_WRITER = re.compile(r"^(?:本报|本報|本网|本網)?(?:记者|記者|作者|通讯员|通訊員|撰稿)|^(?:编辑|編輯|文/图|文/圖|文|图|圖)[/／:：]")


def _headline_over_posting(lines: list[Line], i: int) -> int | None:
    """The page's headline where short lines of its menus, their items run together without bars (政协简介领导成员机构设置…,
    动态要闻图片新闻…), stand over it: the line right above the page's posting row (发布时间:2016-12-16, 2016-12-16 10:21
    来源:…), the headline-like line ``i`` and the others between them short, with no sentence. None where the line
    under ``i`` is already that row, or no such row stands within ten lines, or the line over it is no headline or the
    rest of one (某区人大会议 / 将于3月25日召开)."""
    if len(lines[i].flat) > 30:
        return None
    between = []
    for k in range(i + 1, min(len(lines), i + 11)):
        flat = lines[k].flat
        if not flat:
            continue
        if (_POSTING_ROW.match(flat) or _DATED_POSTING.match(flat)) and len(flat) <= 60 and not _SENTENCE.search(flat):
            break  # (2011年1月13日，经…: a story's first sentence, no posting row)
        if len(flat) > 30 or _SENTENCE.search(flat) or "关于" in flat or "關於" in flat:
            return None  # the body, or a title of its own, has begun
        between.append(k)
    else:
        return None
    if not between:
        return None
    last = between[-1]
    flat = lines[last].flat
    if not _is_headline(flat) or _HEADLINE_REST.match(flat) or _ORG_END.search(flat) or _WRITER.match(flat):
        return None  # (记者 某某 某某: the story's byline over its posting row)
    return last


def _is_headline(flat: str) -> bool:
    """A line that reads as a page's headline: short, no sentence punctuation, mostly Han
    characters, not navigation, a site name, a date or a metadata label."""
    if not 6 <= len(flat) <= 60 or _SENTENCE.search(flat) or re.search(r"[?？!！\u2500-\u257f]", flat) \
            or re.search(r"[:：]", flat) and not _TWO_PART.fullmatch(flat):
        return False  # a sentence, a label, or a row of a table drawn in box characters
    if _NO_HEADLINE.search(flat) or _body_and_alias(flat):
        return False
    if _unbalanced(flat):
        return False  # the end of a line the page broke (…会议通过)), not a headline
    if re.match(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])", flat):
        return False  # a section heading of the body
    if _CHROME.search(flat) or _NAV.search(flat) and not (_DECIDED.search(flat) and not _PATH_MARKS.search(flat)) \
            or is_date_line(_signing_date(flat)) or DOCNUM_RE.search(flat) or _red_header(flat):
        return False  # (a headline that states a decision keeps a spam word a mirror injected: …下载代理省长)
    bare = re.sub(r"[(（][\d\-.年月日]{4,12}[)）]$", "", flat)  # 某局正式挂牌(2007-09): a date the site appended
    han = sum(1 for ch in bare if "\u4e00" <= ch <= "\u9fff")
    digits = 4 * len(re.findall(r"(?:19|20)\d\d(?=年)", bare))  # (a year is no noise: 1993年某市政务大事记(二))
    if re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:日期|時間|时间)?[:：]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:星期.)?", bare) \
            or _MASTHEAD_DATE.fullmatch(bare) or _PERIODICAL_ISSUE.fullmatch(bare) or _PAPER_NAME.fullmatch(bare):
        return False  # a date and its label (發文日期1991年10月26日), a paper's name and its day (某某日报2017年06月29日星期四),
        # a periodical's name and its issue (某某动态 2024年第4期)
    if TITLE_RE.search(flat.rstrip(")）")) and not re.search(r"(?<![主责])任(?!务)|[免辞选命聘换]|决定|调整|履新|接替", flat) \
            and not re.search(r"[“”「」]", flat):  # (某校更换校长: news; 特殊的5个“自治区”政府主席: a quote is no member's)
        return False  # a member line (name and post, 某某 (某区副区长)), not a headline
    if re.search(r"(?:资讯网|新闻网|信息网|门户网|在线|论坛)$", bare) or re.fullmatch(r"(.{2,20})\1", bare) \
            or _SITE_SLOGAN.match(bare):
        return False  # a site's name (某某资讯网), printed above the story (twice, as a logo and its text), or the name
        # and its slogan (某某网—你身边的某某专家)
    if _BODY_PROFILE.search(bare) and _PROFILED_BODY.search(_BODY_PROFILE.sub("", bare)):
        return False  # 某县爱卫会简介: an encyclopedia's or a site's profile of a body, named by the body: no title
    # a body's name is no headline, but a headline may end with the body it reports set up (某县成立某某领导小组);
    # one announcing that a body will be set up (某省将成立某某指挥部) stands for the notice that sets it up
    return han >= 0.6 * (len(bare) - digits) and han >= 4 and (not _ORG_END.search(bare)
                                       or bool(re.search(r"[\u4e00-\u9fff]{2,}(?<!将)(?:成立|组建|设立|调整)", bare)))


#: the word a profile page puts after the name of the body it describes: 某县爱卫会简介, 某局概况
_BODY_PROFILE = re.compile(r"(?:简介|簡介|概况|概況|简况|簡況|概述)$")
#: …the body's name before it, in full or short (某县爱卫会, 某某管理局, 某某服务中心)
_PROFILED_BODY = re.compile(r"(?:[会會委局办辦院府部厅廳所站队隊处處署]|中心|公司|学校|學校)$")
#: a site's name and its slogan after a dash: 某某网—你身边的某某专家, 某某在线 - 某某第一站
_SITE_SLOGAN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,15}(?:网|在线|论坛)[—–\-~～|｜_·]+(?=[\u4e00-\u9fff])")
#: a newspaper's name over its digital edition (某某日报 数字报, 某某晚报电子版): the paper's, never a headline
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:日报|晚报|时报|商报|早报|日報|晚報|時報)(?:数字报|电子版|电子报|数字版|數字報|電子版)?"
                         r"|[\u4e00-\u9fff]{2,12}(?:数字报|电子版|电子报|数字版|數字報|電子版)")
#: a newspaper's masthead line: its name, the day of the issue and the weekday (某某日报 2017年06月29日 星期四)
_MASTHEAD_DATE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:报|報)(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:星期|周|週)?[一二三四五六日天]?")
#: a periodical's issue line over a story it carries: its name, the year and the issue (某某动态 2024年第4期, 某某通讯
#: 2019年第12期(总第86期))
_PERIODICAL_ISSUE = re.compile(r"[\u4e00-\u9fff]{0,16}(?:19|20)\d\d年第?\d{1,3}期(?:[(（]总第\d{1,5}期[)）])?")
#: a headline that states a personnel decision: 决定X为Y, 任命X为Y
_DECIDED = re.compile(r"(?:决定|任命)[\u4e00-\u9fff·]{2,4}为")
#: a page's path or channel marks: never a headline, whatever it states
_PATH_MARKS = re.compile(r"[>»›丨|]|首页|" + _POSITION_LABEL)


def _ascii_digits(text: str) -> str:
    """``text`` with full-width digits as ASCII ones (the same length, so offsets hold)."""
    return text.translate(_FULL_DIGITS)


_FULL_DIGITS = {0xFF10 + d: ord("0") + d for d in range(10)}


#: the addressees' line run on after a number that opens it: 甲县、乙县民政局，各乡镇： (a list of bodies ending in a
#: colon, no sentence in it; not 某发〔2015〕9号文件要求，…: a citation)
_ADDRESSEES_RUN_ON = re.compile(r"(?!文件|精神|要求|规定|通知|的|等|和|及|与)[^\s。；;！？!?《》“”:：]{2,120}[:：]")


#: a law database's note under a title that dates the document and gives its number, the body and its verb of issue
#: between them or not: (1994年3月9日某市人民政府发布某政发[1994]8号), (1985年5月4日某政〔1985〕38号) — the running
#: text may follow it on its line
_DATED_NUMBER_NOTE = re.compile(rf"^[(（](?P<date>{DATE_RE.pattern})(?:[\u4e00-\u9fff]{{2,30}}?(?:发布|公布|颁布|印发|批准|發布|頒布|印發))?"
                                rf"[{SPACES}]*(?P<no>{DOCNUM_RE.pattern})[{SPACES}]*[)）]")
#: a yearbook's note, the number first: （某政办发〔1998〕21号　1998年3月16日）
_NUMBER_DATE_NOTE = re.compile(rf"^[(（](?P<no>{DOCNUM_RE.pattern})[{SPACES}，,]*(?P<date>{DATE_RE.pattern})[)）]$")
#: a law database's note under a title without brackets, the date first, then the number or the issuing body:
#: 2001年12月5日  财建〔2001〕899号, 1999年7月13日,国家海洋局
_BARE_NOTE = re.compile(rf"^(?P<date>{DATE_RE.pattern})[{SPACES},，]*(?:(?P<no>{DOCNUM_RE.pattern})|"
                        rf"(?P<org>[\u4e00-\u9fff、]{{2,40}}))[{SPACES}]*$")
#: where an issuing note's words run into a number's code: …发布某政发 (the code is what follows the verb)
_ISSUING_VERB = re.compile(r"^.*(?:发布|公布|颁布|印发|批准|發布|頒布|印發)(?=[\u4e00-\u9fff])")


def _dated_number_note(layout: Layout) -> bool:
    """A database's note of date and number right under a title (a line ending as a title does, 某某办法 / 关于…的通知):
    the number is the document's, the date its day of issue (kept for the signature's turn). True when found."""
    above = ""
    for line in layout.lines[:40]:
        if not line.flat:
            continue
        digits = _ascii_digits(line.flat)
        m = _DATED_NUMBER_NOTE.match(digits) or _NUMBER_DATE_NOTE.match(digits) if _is_title_end(above) else None
        bare = _BARE_NOTE.match(digits) if _is_title_end(above) and not m else None
        above = line.flat
        if bare and parse_date(bare["date"]) and bare["org"] and AGENCY_END_RE.search(bare["org"]):
            layout.note_date = parse_date(bare["date"])  # (its day of issue and its body: no number)
            return False
        m = m or (bare if bare and bare["no"] else None)
        if m and parse_date(m["date"]):
            number = normalize_docnum(m["no"])
            layout.number = _ISSUING_VERB.sub("", number)
            layout.number_span = (line.start, line.end)
            layout.note_date = parse_date(m["date"])
            return True
    return False


#: what follows a number that a sentence cites (浙政干〔2017〕28号文件，甲任…; X号精神): the number is another document's
_CITED_AS = re.compile(r"\s*(?:文件|精神|规定|要求|批复)[，,、：:]?")
#: the same, its sentence running on in a line the page cut short: 国务院国发〔1980〕121号文件批转了…
_CITED_RUN_ON = re.compile(r"\s*(?:文件|精神|规定|要求|批复)[\u4e00-\u9fff]")


#: the spaces a dump that ran the notice's lines together put where their breaks were (关于…的通知 某政办〔2004〕23号 各…：)
_BREAK_SPACES = re.compile(rf"[{SPACES}]*")


def _glued_after_title(layout: Layout) -> bool:
    """A page that lost its line breaks prints the notice's head as one run: its title, its number glued after it,
    its addressees glued after that (某县人民政府办公室关于…的通知某政办〔2011〕46号各乡镇人民政府，…：), or a space
    where each line broke: the number is the notice's own, wherever the run stands on its line (after a report's
    lead: 全文如下:…)."""
    title = squash(layout.title or "")
    if len(title) < 8:
        return False
    for line in layout.lines[:12]:
        if len(line.text) < min(200, len(title) + 60):  # (a line of its own keeps its number on the next: read as
            continue  # ever; a listing's item run onto one line, 关于…的通知 某发〔2004〕23号 各…：…, holds the head)
        at = line.text.find(title)
        while at >= 0:
            m = DOCNUM_RE.match(line.text, _BREAK_SPACES.match(line.text, at + len(title)).end())
            if m and _GLUED_ADDRESSEES.match(line.text, _BREAK_SPACES.match(line.text, m.end()).end()):
                layout.number = normalize_docnum(m.group(0))
                layout.number_span = (line.start + m.start(), line.start + m.end())
                return True
            at = line.text.find(title, at + 1)
    return False


#: a page's count of readers that never loaded, its unit glued before the number after it: 浏览次数: 次某政办发〔…〕
_EMPTY_COUNT = re.compile(r"(?:次数|人次)[:：][ \t\u3000]*$")


def _label_rows(lines: list[Line]) -> int:
    """How many lines a record's fields take where each label stands alone on its line, its value on the lines under
    it (文献类型 / 期刊论文 / 作者单位 / 某林业局 / 关键词 / 甲 / 乙 / 文摘内容 / 某发〔1995〕17号…): a literature
    database's record over the text it abstracts, which puts the notice's own number far below its title."""
    count, in_field = 0, False
    for line in lines:
        if not line.flat:
            continue
        if _ANY_LABEL.fullmatch(line.flat):
            count, in_field = count + 1, True
        elif in_field and len(line.flat) <= 40 and not _SENTENCE.search(line.flat):
            count += 1  # (a field's value, or one of its several values: 关键词 / 林场 / 贮木场)
        else:
            in_field = False
    return count


def _find_number(layout: Layout, meta: dict[str, str]) -> None:
    _find_number_as_printed(layout, meta)
    span = layout.number_span
    if not (layout.number and layout.number.startswith("次") and span):
        return
    at = _line_at(layout.lines, span[0])
    if at is None:
        return
    before = layout.lines[at].text[: span[0] - layout.lines[at].start]
    if not before.strip(SPACES) and at:
        before = layout.lines[at - 1].text  # (a page run onto one line, cut by the reader before the number)
    if _EMPTY_COUNT.search(before):
        layout.number = layout.number[1:]
        layout.number_span = (span[0] + 1, span[1])


#: a line that opens with the verb of a basis clause: 根据…, 按照…, 依据…, 依照…
_BASIS_OPENS = re.compile(r"^(?:根据|按照|依据|依照|根據|依據)")


def _find_number_as_printed(layout: Layout, meta: dict[str, str]) -> None:
    lines = layout.lines
    if layout.heading_number:  # 某某令第40号--某某职务任免: the database's heading names the number
        layout.number = layout.heading_number
        head = re.match(r"(?P<issuer>[\u4e00-\u9fff]{2,30}?)令第", layout.number)
        if head and _DECREE_ISSUER.search(head["issuer"]):
            layout.issuer = layout.issuer or head["issuer"]  # (a decree's number is its issuer's name and the serial)
        return
    if _reprinted_number(layout) or _glued_after_title(layout):
        return
    for i, line in enumerate(lines[:16]):  # (under a page's path, site name and info rows)
        head = _DECREE_HEAD.match(line.flat)
        if head and i + 1 < len(lines) and _DECREE_NO.match(lines[i + 1].flat):
            # 山西省人民政府令 / 第318号: a decree's number is its issuer's name, the kind and the serial
            layout.number = line.flat + lines[i + 1].flat
            layout.number_span = (line.start, lines[i + 1].end)
            layout.issuer = layout.issuer or head["issuer"]
            return
        above = lines[i - 1].flat if i else ""
        if _DECREE_NO.match(line.flat) and AGENCY_END_RE.search(above) and len(above) <= 30:
            # 某省人民政府 / 第231号: an order numbered under its issuer's name, as printed
            layout.number = line.flat
            layout.number_span = (line.start, line.end)
            layout.issuer = layout.issuer or above
            return
    furniture = sum(1 for ln in layout.lines[:24] if ln.flat and _page_chrome(ln.flat)) \
        + _label_rows(layout.lines[:40])  # (lines that do not count)
    if _dated_number_note(layout):
        return
    for line in layout.lines[: max(12, layout.body_start + 6) + furniture]:
        flat = line.flat
        lead = _LEADING_NUMBER.match(flat)
        if lead and layout.title and squash(layout.title)[:8] in flat[lead.end():] \
                and not _CITED_RUN_ON.match(flat, lead.end()):
            m = DOCNUM_RE.search(_ascii_digits(line.text))  # 某政发〔2024〕1号 某县人民政府关于…的通知: the number before
            # the title on its line (in the digits of a word processor, ２０２４, too)
            layout.number = normalize_docnum(m.group(0))
            layout.number_span = (line.start + m.start(), line.start + m.end())
            return
        bracketed = _BRACKETED_TITLE.match(flat) if layout.title else None
        if bracketed and _han(bracketed["title"]) == _han(layout.title):
            m = DOCNUM_RE.search(flat, bracketed.end())  # 【某某关于…的通知】 某政办〔2015〕48号: the title printed again
            layout.number = normalize_docnum(m.group(0))  # in brackets, its number after it: the notice's own
            at = line.text.find(m.group(0))
            layout.number_span = (line.start + at, line.start + at + len(m.group(0))) if at >= 0 else (line.start, line.end)
            return
        again = _TRAILING_NUMBER.search(flat) if layout.title else None
        if again and _is_title_end(flat[:again.start()]) and _han(layout.title).endswith(_han(flat[:again.start()])):
            m = DOCNUM_RE.search(flat, again.start())  # 关于…的通知(某政发〔2009〕41号): the title printed again with its
            layout.number = normalize_docnum(m.group(0))  # number after it, as a law database prints it
            layout.number_span = (line.start, line.end)
            return
        if "《" in flat or "关于" in flat:
            continue
        text = _ascii_digits(line.text)  # 某政办发〔２０２１〕３号: full-width digits from a word processor
        m = DOCNUM_RE.search(text)
        first = DOCNUM_RE.match(text.lstrip(SPACES))  # 某政任〔2023〕9号 各乡镇…: the number opens the text
        rest = text.lstrip(SPACES)[first.end():].rstrip(SPACES) if first else ""
        # (某发〔2012〕3号甲县、乙县有关单位：the addressees run on after the number: the line still opens with it)
        opens = bool(first) and bool(re.match(rf"[{SPACES}]+\S|各", rest) or _ADDRESSEES_RUN_ON.fullmatch(rest))
        # (X〔2010〕45号), 根据X号, X号文件， in running text: a citation of another document
        cited = bool(m) and bool(re.search(r"[(（]\s*$|(?:根据|按照|依据|依照)\s*$", text[:m.start()])
                                 or re.match(r"根据|按照|依据|依照", m.group(0))  # (the code's characters take the verb)
                                 or _CITED_AS.match(text, m.end())) and bool(re.search(r"[，。；,;》]", flat)
                                                                             or _CITED_RUN_ON.match(text, m.end())
                                                                             or _BASIS_OPENS.match(flat))
        # (根据某党〔2009〕20号 / 和某发〔2009〕45号…文件精神: a basis clause the page broke after its first number)
        if m and (len(flat) <= 40 or opens) and not cited:
            layout.number = normalize_docnum(m.group(0))
            layout.number_span = (line.start + m.start(), line.start + m.end())
            return
    for line in layout.lines[: max(16, layout.body_start + 6) + furniture]:
        flat = _DATELINE.sub("", line.flat)
        one = _DECREE_ONE.match(flat)
        if ISSUANCE_RE.fullmatch(flat) or one:  # 鞍山市人民政府令第16号 on a line of its own
            layout.number = flat
            layout.number_span = (line.start, line.end)
            head = one or re.match(r"^(?P<issuer>.+?)令", flat)
            layout.decree_issuer = head["issuer"] if head and _DECREE_ISSUER.search(head["issuer"]) else None
            return
    for line in layout.lines[: max(12, layout.body_start + 4) + furniture]:
        lost = _LOST_BRACKETS.fullmatch(line.flat) or _QUERIED_BRACKETS.fullmatch(line.flat)
        if lost:  # 五大发展办202211: a number whose brackets and 号 the copy lost (某政?2014?8号: its brackets lost to ?)
            layout.number = f"{lost['code']}〔{lost['year']}〕{lost.groupdict().get('di') or ''}{int(lost['serial'])}号"
            layout.number_span = (line.start, line.end)
            return
    for line in layout.lines[: max(12, layout.body_start + 4) + furniture]:
        boxed = _BRACKETED_LINE.fullmatch(line.flat)
        old = _old_number(line.flat) or boxed and _old_number(boxed["inner"])
        if old:  # (56)某秘字第685号 / 某府秘字第六八五号 on a line of its own: a number of the older style (in brackets too:
            # ((78)交公路字412号), its 第 left out where its year stands first)
            layout.number = _old_style_number(old)
            layout.number_span = (line.start, line.end)
            return
    for k, line in enumerate(layout.lines[:30]):
        signs = _SIGNS_ORDER.search(line.flat)
        if not signs:
            continue
        after = line.flat[signs.end():] + (layout.lines[k + 1].flat if k + 1 < len(layout.lines) else "")
        if _ORDER_QUOTED.match(after[:160]):  # a report of an order that quotes it: 国家主席X签署第十四号主席令。
            # 主席令说，根据…的决定：… (a session's report that only says it was signed is the report, not the order)
            layout.number = signs["no"]
            layout.number_span = (line.start, line.end)
            layout.decree_issuer = signs["who"]
            return
    if layout.title_number:
        layout.number = layout.title_number
        return
    if _number_under_title_again(layout):
        return
    if meta.get("number"):
        m = DOCNUM_RE.search(meta["number"])
        layout.number = normalize_docnum(m.group(0)) if m else squash(meta["number"])


def _number_under_title_again(layout: Layout) -> bool:
    """A page whose heading (a thread's, a headline) is the notice's title and which prints the notice further down,
    its title again (whole, or its issuer on a line over 关于…) with its number right under it (or right over it, a red
    header's number over the title), past the reach of the lines under the heading: that number (whether found)."""
    if not layout.title:
        return False
    lines, title = layout.lines, _han(layout.title)
    printed = squash(layout.title)
    for k in range(layout.body_start, min(len(lines), 90)):  # (the title printed again with its number after it)
        rest = lines[k].flat[len(printed):] if lines[k].flat.startswith(printed) else ""
        found = DOCNUM_RE.search(lines[k].text) if rest and DOCNUM_RE.fullmatch(rest) else None
        if found:
            layout.number = normalize_docnum(rest)
            layout.number_span = (lines[k].start + found.start(), lines[k].start + found.end())
            return True
    for k in range(layout.body_start, min(len(lines) - 1, 90)):
        flat = lines[k + 1].flat
        old = _old_number(flat)
        if not (DOCNUM_RE.fullmatch(flat) or old):
            continue
        heading = _han(_THREAD_TAG.sub("", lines[k].flat))  # ([转帖]某县人民政府关于…: a post's tag before it)
        # (or the title printed again under its number, a red header's: 某政任〔2016〕5号 / 某市人民政府关于某某 / 等同志…)
        under = [ln.flat for ln in lines[k + 2:k + 4]]
        again = bool(under) and title in (_han(under[0]), _han("".join(under)))
        if heading != title and not (k > 0 and _han(lines[k - 1].flat + lines[k].flat) == title) and not again:
            continue
        layout.number = normalize_docnum(flat) if not old else _old_style_number(old)
        layout.number_span = (lines[k + 1].start, lines[k + 1].end)
        return True
    return False


#: a number of the older style on a line of its own, without brackets around a year (the year, if any, in
#: brackets before the code; the code ends with 字): (56)某秘字第685号, 某府秘字第六八五号 (as the citations read it)
_OLD_STYLE_NUMBER = re.compile(r"(?:[(（〔\[](?P<yy>\d{2,4})[)）〕\]])?(?P<code>[\u4e00-\u9fff]{2,8}?字)"
                               r"(?P<di>第)?(?P<serial>[\d〇零○一二三四五六七八九十百]{1,6})号")
#: a number printed in brackets of its own under the title: ((78)交公路字412号)
_BRACKETED_LINE = re.compile(r"[(（](?P<inner>.+)[)）]")


def _old_number(flat: str) -> re.Match | None:
    """``flat`` is an older style's number and nothing else: its year first in brackets, or 第 before its serial (not
    某某字412号 with neither)."""
    m = _OLD_STYLE_NUMBER.fullmatch(flat)
    return m if m and (m["di"] or m["yy"]) else None


def _old_style_number(m: re.Match) -> str:
    """An older style's number as the document row gives it: 〔yy〕code第serial号 ((56)某秘字第685号 -> 〔56〕某秘字第685号)."""
    return (f"〔{m['yy']}〕" if m["yy"] else "") + f"{m['code']}{m['di'] or ''}{m['serial']}号"


def _find_addressees(layout: Layout) -> None:
    for line in layout.lines[layout.body_start: layout.body_start + 6]:
        flat = line.flat
        if flat.endswith((":", "：")) and len(flat) < 120 and ("各" in flat or _ORG_END.search(flat[:-1])):
            parts = re.split(r"[,，、;；]", flat[:-1])
            layout.addressees = tuple(p for p in parts if p)
            return


#: notes printed beside a signing date: (此件公开发布) before it or after it, a news agency's (完) after it
#: (and what a copy left around it: ?? for lost spaces, a table's | after it, a journal site's end-of-print marker
#: glued after the article's last characters: 2016年7月11日endprint)
_DATE_NOTES = re.compile(r"^[(（]此件[^()（）]{1,12}[)）]|(?<=日)[ \u3000]*[(（]此件[^()（）]{1,12}[)）]$|[(（]完[)）]$|^\?+|[|｜]+$|"
                         r"(?<=日)endprint$|(?<=日)(?:\.{3,6}|…{1,2})$|"  # (…2022年3月21日...: a listing's excerpt ends)
                         r"(?<=日)(?:抄送|抄报|抄報|主题词|主題詞)[:：].*$", re.I)  # (a run's footer after the date: 抄送：…)
#: a date printed in brackets on a line of its own (under a title, as decisions and reports print it)
_BRACKETED_DATE = re.compile(rf"^[(（](?P<date>{DATE_RE.pattern})[)）]$")


#: the blanks around a mirror's question marks for the spaces it lost at a signature (某县人民政府办公室 ??????? /
#: 2025年7月8日 ????): a line's own blanks, as printed
_BLANKS = " \t\u3000"


def _without_lost_spaces(text: str) -> str:
    """``text`` less the runs of ``??`` (two or more) a mirror printed at its end for lost spaces, with
    the blanks around them (read from the end: a regex would try every blank of a long run again)."""
    out = text
    while True:
        body = out.rstrip(_BLANKS)
        bare = body.rstrip("?？")
        if len(body) - len(bare) < 2:
            return out
        out = bare.rstrip(_BLANKS)


#: a signing date in characters whose first digit a copy lost (○○九年十一月二十五日 for 二○○九年…): only the
#: 2000s print a year as 〇〇 and one digit
_LOST_CENTURY = re.compile(r"^(?=[○〇零]{2}[○〇零一二三四五六七八九]年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$)")


def _signing_date(text: str, posted: str | None = None) -> str:
    """A signature's date line without the notes printed beside it (``posted``: the day the page says it
    posted the notice, ISO, which a signing date does not come after)."""
    flat = _DATE_NOTES.sub("", squash(text))
    flat = _LOST_CENTURY.sub(r"二\g<0>", flat)  # ○○九年十一月二十五日: a copy lost the year's 二
    bracketed = _BRACKETED_DATE.match(flat)
    return bracketed["date"] if bracketed else _run_together_date(flat, posted) or flat


_DIGITS_DATE = re.compile(r"(?:19|20)\d{4,6}日?")


def _run_together_date(flat: str, posted: str | None = None) -> str | None:
    """A signing date whose separators a copy lost (``2019222``, or ``2022827日`` with its 日 kept), where
    only one reading is a date of the calendar (2019-2-22; 2019-22-2 is none), or only one is not after
    the day the page posted it (2022121日 posted 2022-01-21: 2022-1-21, not 2022-12-1): that date,
    written out (``2019年2月22日``)."""
    if not _DIGITS_DATE.fullmatch(flat):
        return None
    year, rest = flat[:4], flat[4:].rstrip("日")
    valid = [(int(rest[:k]), int(rest[k:])) for k in (1, 2) if 1 <= len(rest) - k <= 2]
    valid = [(m, d) for m, d in valid if 1 <= m <= 12 and 1 <= d <= 31]
    if len(valid) > 1 and posted:
        valid = [(m, d) for m, d in valid if f"{year}-{m:02d}-{d:02d}" <= posted]
    return f"{year}年{valid[0][0]}月{valid[0][1]}日" if len(valid) == 1 else None


#: a copy's note of the seal after the body's name in the signature: 某某人民法院（印）, 某镇人民政府(章), （盖章）
_SEAL_NOTE = re.compile(r"[(（](?:印|章|盖章|蓋章|公章|签章|簽章)[)）]$")


def _find_signature(layout: Layout, meta: dict[str, str]) -> None:
    lines = layout.lines
    posted = meta.get("published")  # (a run-together date is read as a day not after it)
    # (a gazette's number and date under the title, (某办〔2020〕41号 2020年6月12日): a month without its day further
    # down is a table's deadline cell, 2021年12月, no signature's date)
    gazette = _number_and_date(lines)
    first_date = None
    start = layout.body_start if any(is_date_line(_signing_date(_without_lost_spaces(ln.text), posted))
                                     for ln in lines[layout.body_start:]) else 0
    for i in range(start, len(lines)):
        if i in layout.info_lines:
            continue  # 发布单位 / 某委员会 / 发布日期 / 2012年8月3日: an info block's rows, no signature under a text
        dated = _without_lost_spaces(lines[i].text)  # (a mirror's ???? after the date)
        if not is_date_line(_signing_date(dated, posted)):
            continue
        if gazette and len(parse_date(_signing_date(dated, posted)) or "") < 10:
            continue
        if _LISTING_DATE.fullmatch(lines[i].flat) and not any(_SENTENCE.search(ln.flat) and not _page_chrome(ln.flat)
                                                              for ln in lines[:i]):
            continue  # 2016/5/16 under a news headline, before the story: the day it was posted, not signed
        lead = next((ln.flat for ln in lines[i + 1:i + 3] if ln.flat), "")
        if _NEWS_OPENING.match(lead) and not any(_SENTENCE.search(ln.flat) and not _page_chrome(ln.flat)
                                                 for ln in lines[:i]):
            layout.posted = layout.posted or parse_date(_signing_date(dated, posted))
            continue  # 2023年09月06日 over 本报讯(记者 某某)…: a news story's date over its lead, no signature's
        if layout.title_span and lines[i].end <= layout.title_span[0] and _adoption_date(layout) \
                and not any(_SENTENCE.search(ln.flat) and not _page_chrome(ln.flat) for ln in lines[:i]):
            layout.posted = layout.posted or parse_date(_signing_date(dated, posted))
            continue  # a report's dateline above the list a meeting adopted: the day posted; the note under the heading is signed
        if first_date is None:
            first_date = i
        prev = _SEAL_NOTE.sub("", _without_lost_spaces(lines[i - 1].flat)) if i > 0 else ""  # (某院（印）: its seal)
        by = i - 1
        if _PROXY_SEAL.fullmatch(prev) and i > 1:  # 某某领导小组办公室 / (某某局代章) / date: the seal's note under the body
            by, prev = i - 2, _without_lost_spaces(lines[i - 2].flat)
        proxy = _PROXY_SEAL.search(prev)
        if _ORG_END.search(prev[:proxy.start()] if proxy else prev) and len(prev) <= 40:
            layout.signature_line = by
            layout.issuer = layout.issuer or (prev[:proxy.start()] if proxy else _joint_issuers(lines, by))
            layout.signed = parse_date(_signing_date(dated, posted))
            return
        head = _HEAD_SIGNS.match(prev)
        if head:  # a motion or order signed by the head of the government it comes from
            layout.signature_line = i - 1
            layout.issuer = layout.issuer or head["body"]
            layout.signed = parse_date(_signing_date(dated, posted))
            return
    for i in range(max(start, layout.body_start), len(lines)):
        side = _SIGNED_ON_ONE_LINE.match(lines[i].text)
        if side and _ORG_END.search(side["body"]) and is_date_line(side["date"]):
            # 某某领导小组 2017年2月26日: a page that flattened the signature block put body and date on one line
            layout.signature_line = i
            layout.issuer = layout.issuer or side["body"]
            layout.signed = parse_date(squash(side["date"]))
            return
    for line in lines:  # a one-line motion signed by the head of government: …请审议决定。国务院总理X一九八○年四月二日
        glued = _GLUED_HEAD.search(line.flat)
        if glued and _HEAD_SIGNS.match(glued["sig"]):
            layout.issuer = layout.issuer or _HEAD_SIGNS.match(glued["sig"])["body"]
            layout.signed = parse_date(glued["date"])
            return
    run = _signed_in_run(layout) if first_date is None or _LISTING_DATE.fullmatch(lines[first_date].flat) else None
    if run and first_date is not None:
        if not run[0] or lines[first_date].start < (layout.title_span or (0, 0))[1]:
            run = None  # (a date of its own line above the run, or a run signed by no body: the date line's)
        else:  # the notice run on one line, signed by its body inside it; the page's own date on a line under it
            layout.posted = layout.posted or parse_date(lines[first_date].flat)
    if run:  # a page that runs the whole notice on one line: its signature glued inside it
        layout.issuer = layout.issuer or run[0]
        layout.signed = run[1]
        return
    adopted = _adoption_date(layout)
    if first_date is None and not adopted and layout.note_date:
        layout.signed = layout.note_date  # a database's note of date and number under the title
        return
    dated = _dated_by(layout) if first_date is None and not adopted else None
    if dated:  # a law database's note under the title: (1992年6月15日 某某局)
        layout.signed, layout.issuer = dated[0], layout.issuer or dated[1]
        return
    by_number = _number_and_date(lines)
    if first_date is None and not adopted and (by_number or layout.title_date):
        # a gazette's line of number and date (某办发〔2004〕35号 二○○四年十二月十五日), a list's date after its title
        layout.signed = parse_date(by_number) if by_number else layout.title_date
        return
    if first_date is not None and adopted and first_date + 1 < len(lines) \
            and _ADOPTED.match(_DATE_NOTES.sub("", lines[first_date + 1].flat)):
        # a paper's date over the note of adoption under the heading (某某工作计划 / 2019年02月22日 / （2019年2月15日…会议
        # 通过）): the day it was printed, the note's the day it was adopted
        layout.posted = layout.posted or parse_date(lines[first_date].flat)
        layout.signed = adopted
    elif first_date is not None:
        layout.signed = parse_date(_signing_date(_without_lost_spaces(lines[first_date].text), posted))
    elif adopted:
        layout.signed = adopted
    elif meta.get("signed"):
        layout.signed = meta["signed"]


#: in a text run on one line, a signature glued after a sentence's end: the body's name, then the date
#: (…请遵照执行。 某市教育局 2030年1月8日某某方案…)
_SIGNED_AFTER_SENTENCE = re.compile(rf"(?<=[。；;])[{SPACES}]*(?P<org>[\u4e00-\u9fff]{{2,40}}?)[{SPACES}]*(?P<date>{DATE_RE.pattern})")
#: …or the date alone right before the footer of a red-header document (…情况表二○○九年五月十四日主题词:)
_DATED_BEFORE_FOOTER = re.compile(rf"(?P<date>{DATE_RE.pattern})[{SPACES}]*(?=主题词|主題詞|抄送|抄报|抄報)")


def _signed_in_run(layout: Layout) -> tuple[str | None, str] | None:
    """A page that runs its title and text together on one long line (a document-sharing excerpt that lost its line
    breaks): the signature glued inside that line, after the title: (body or None, date). A text that prints no title
    (a listing's item, its title in the listing's line over it) may run on one line all the same: from its start,
    or, where a list inside it was set on lines of its own, in the run that follows the list (…同时废止。 某某办公室
    2011年8月12日)."""
    if not layout.title_span:
        first = next((ln for ln in layout.lines if ln.flat and not DOCNUM_RE.fullmatch(ln.flat)), None)
        runs = [ln for ln in layout.lines if len(ln.text) >= 60 and "。" in ln.text]
        if not runs or first is None or len(first.text) < 60 or (runs[0] is not first and "：" not in first.text):
            return None  # (a run that opens the text: its first sentence, or its addressees and a list's lead)
        for line in runs:
            found = _signed_in_text(line.text)
            if found and found[0]:
                return found
        return _signed_in_text(runs[0].text)
    else:
        line = next((ln for ln in layout.lines if ln.start <= layout.title_span[0] < ln.end), None)
        if line is None or line.end - layout.title_span[1] < 60 or "。" not in line.text:
            return _spaced_in_run(layout)  # (a title with a line of its own: the usual signature's business)
        rest = line.text[layout.title_span[1] - line.start:]
    return _signed_in_text(rest)


def _signed_in_text(rest: str) -> tuple[str | None, str] | None:
    """The signature glued inside a run of text: (body or None, date)."""
    footer = _DATED_BEFORE_FOOTER.search(rest)
    footer = footer if footer and footer["d"] else None
    for m in _SIGNED_AFTER_SENTENCE.finditer(rest[:footer.start() if footer else len(rest)]):
        if m["d"] and _ORG_END.search(m["org"]) and not rest.startswith("印", m.end()):
            # (某某办公室2009年5月14日印: the footer's printing office and day, not the signature)
            return m["org"], parse_date(squash(m["date"]))
    if footer:
        return None, parse_date(squash(footer["date"]))
    bare = _BARE_SIGNED_DATE.search(rest)  # (…请认真贯彻落实。二〇一一年八月二十二日某某实施方案一、…: signed by its seal)
    return (None, parse_date(squash(bare["date"]))) if bare else None


#: in a text run on one line, the signing date alone glued after a sentence's end, in Chinese numerals as a
#: signature prints it (a date in running text is in digits, and a clause or a verb follows it: 。2011年8月起，…)
_BARE_SIGNED_DATE = re.compile(rf"(?<=[。；;])[{SPACES}]*(?P<date>[〇零○Ｏ一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月"
                               rf"[一二三四五六七八九十]{{1,3}}日)(?![{SPACES}]*[，,、起前后至以])")


#: a signature's date opening a line, the text that followed it run on after spaces (2017年6月20日 某某行动方案 为…)
_DATE_OPENS_RUN = re.compile(rf"^[{SPACES}]*(?P<date>{DATE_RE.pattern})[{SPACES}]+(?=[^{SPACES}\d])")


#: …or inside the line, set apart by the spaces that stood for the breaks round it: after a sentence's end, the body,
#: the date, then more text (a body and date inside a sentence have no spaces round them)
_SPACED_SIGNATURE = re.compile(rf"(?<=[。；;])[{SPACES}]+(?P<org>[\u4e00-\u9fff]{{2,40}}?)[{SPACES}]+(?P<date>{DATE_RE.pattern})"
                               rf"[{SPACES}]+(?=[^{SPACES}])")


def _spaced_in_run(layout: Layout) -> tuple[str | None, str] | None:
    """Under a title of its own line, a text whose line breaks were lost and only partly put back: the signing body on
    a line of its own, its date opening the next line with what followed the signature run on after it (某市人民政府办公室
    / 2017年6月20日 某某行动方案 为深入贯彻…): (body, date)."""
    lines = layout.lines
    for i in range(1, len(lines)):
        if lines[i].start < layout.title_span[1]:
            continue
        m = _DATE_OPENS_RUN.match(lines[i].text) if lines[i - 1].start >= layout.title_span[1] else None
        prev = lines[i - 1].flat
        if m and m["d"] and len(prev) <= 40 and _ORG_END.search(prev) and not re.search(r"[，。；：,;:]", prev):
            return prev, parse_date(squash(m["date"]))
        for m in _SPACED_SIGNATURE.finditer(lines[i].text):  # (…组织实施。 某市人民政府办公室 2017年6月20日 某某方案…)
            if m["d"] and _ORG_END.search(m["org"]):
                return m["org"], parse_date(squash(m["date"]))
    return None


#: a note that another body's seal stands for the signing body's (代章), under or after its name: (某某局代章)
_PROXY_SEAL = re.compile(r"[(（][^()（）]{0,30}代章[)）]$")
#: a signature block flattened to one line: the body, blanks, then the date (某某领导小组　2017年2月26 日), and the
#: note GB/T 9704 prints under the date, where it stands (某某办公厅　2019年6月14日　(此件公开发布)), or the page's
#: posting fields a copy that lost its line breaks ran on after it (某县人民政府 二〇〇八年四月十五日 时间：2008-04-18 10:50:38
#: 分类：人事任免)
_SIGNED_ON_ONE_LINE = re.compile(rf"^[{SPACES}]*(?P<body>[\u4e00-\u9fff]{{4,40}})[{SPACES}]+"
                                 rf"(?P<date>(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{{4}})年[^{SPACES}]{{1,6}}[{SPACES}]?日)[{SPACES}]*"
                                 rf"(?:[(（]此件[^()（）]{{1,12}}[)）][{SPACES}]*|"
                                 rf"[{SPACES}](?:发布|更新|发表)?(?:时间|日期)[:：][{SPACES}]*(?:19|20)\d\d-\d\d-\d\d[^\n]{{0,40}})?$")
#: what opens a news story's lead: the paper's or the wire's mark, the reporter (本报讯(记者 某某), 新华社北京3月5日电,
#: 记者从…获悉)
_NEWS_OPENING = re.compile(r"^(?:本报讯|本刊讯|本网讯|讯[(（]|[\u4e00-\u9fff]{0,12}?\d{1,2}月\d{1,2}日电|记者|通讯员|據|据[^，,。]{0,12}(?:报道|消息))")
#: a decision's note of adoption under its title: (2019年8月29日某市第四届人民代表大会常务委员会第十九次会议通过)
#: (a copy may drop the brackets: 1998年3月10日第九届全国人民代表大会第一次会议通过; or lose the opening one to marks
#: of a character it could not encode: ?。?2001年9月27日…会议通过）)
_ADOPTED = re.compile(rf"^(?:[(（]|(?=[?？。.．])[?？]?[。.．]?[?？]?)(?P<date>{DATE_RE.pattern})[^()（）]{{2,60}}?(?:会议|大会)(?:审议)?(?:通过|批准)[)）]$|"
                      rf"^(?P<bare>{DATE_RE.pattern.replace('?P<', '?P<b_')})[^()（），,。；]{{2,60}}?(?:会议|大会)(?:审议)?(?:通过|批准)$")


def _adopted_list(flat: str, below: str) -> bool:
    """A list's heading with its note of adoption under it (某县人民代表大会常务委员会任免名单 / (2013年4月26日某县…
    会议通过)): the document a report prints whole."""
    return flat.endswith("名单") and "关于" not in flat and bool(_ADOPTED.match(below))


def _prints_adopted_list(lines: list[Line], i: int) -> bool:
    """A list a meeting adopted printed from line ``i`` on, within a few lines (a report's lead over it)."""
    return any(_adopted_list(lines[k].flat, _below_posting(lines, k)) for k in range(i, min(len(lines) - 1, i + 8)))


def _below_posting(lines: list[Line], k: int, info: set[int] | frozenset[int] = frozenset()) -> str:
    """The line under line ``k``, past the page's posting line a site printed between a heading and its note
    (任免名单 / 发布时间：2014-07-02 来源：… / （2014年6月27日…会议通过）), or past the rows of its ``info`` block
    (任免名单 / 發佈單位 / 某委员会 / 發佈日期 / 2009-12-01 / （…会议通过）)."""
    below = k + 1
    while below in info and not _ADOPTED.match(lines[below].flat):  # (a note of adoption is no info row's value: a
        below += 1  # wiki's 编辑 link over the heading read as a label)
    posting = lines[below].text.strip(SPACES) if below < len(lines) else ""
    if below + 1 < len(lines) and (_POSTED.match(posting) or _POSTED_SOURCE.match(posting)):
        below += 1
    return lines[below].flat if below < len(lines) else ""


def _adoption_date(layout: Layout) -> str | None:
    """The date of a decision adopted by a meeting, as its note under the title prints it (the note may
    wrap over two lines); only where the note opens the text, before any running text (a title printed
    again below the first, as law-database mirrors do, is where the text opens)."""
    lines = layout.lines
    start = layout.body_start
    title = re.sub(rf"[{SPACES}]", "", nfkc(layout.title or ""))
    for k in range(layout.body_start, min(len(lines), layout.body_start + 10)):
        if title and nfkc(lines[k].flat) == title:
            start = k + 1  # (a mirror that prints the title again, with chrome and the issuer between: the note is under the last)
        elif title and k + 1 < len(lines) and nfkc(lines[k].flat + lines[k + 1].flat) == title:
            start = k + 2  # (printed again over two lines, the issuer's name over 关于…的决定)
    near = [k for k in range(start, min(len(lines), start + 4 + len(layout.info_lines))) if k not in layout.info_lines]
    for k in near[:4]:  # (the info block's rows a page printed between the heading and its note do not count)
        flat = lines[k].flat
        if k + 1 < len(lines) and flat.startswith(("(", "（")) and not flat.endswith((")", "）")):
            flat += lines[k + 1].flat
        m = _ADOPTED.match(_DATE_NOTES.sub("", flat))
        if m:
            return parse_date(m["date"] or m["bare"])
        if _SENTENCE.search(flat):
            return None
    return None


#: a date as a site's listing prints it (2016/5/16, 2016-05-16), not as a signature does
_LISTING_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")
#: a gazette's line under the title: the number, then the date of signing
_NUMBER_AND_DATE = re.compile(rf"[(（]?{DOCNUM_RE.pattern}[(（]?(?P<date>{DATE_RE.pattern})[)）]?")
#: a 文号 alone on its line, in brackets or not: (某政办发〔2000〕51号)
_NUMBER_ALONE = re.compile(rf"[(（]?{DOCNUM_RE.pattern}[)）]?")
#: the date a gazette prints on the line under the number, alone or with the addressees run on after it
#: (1999年8月10日各省、自治区人民政府,…: / 2000-06-13)
_DATE_UNDER_NUMBER = re.compile(rf"[(（]?(?P<date>{DATE_RE.pattern}|(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}})[)）]?"
                                r"(?=$|各[^。；;]{1,120}[:：]$)")


def _number_and_date(lines: list[Line]) -> str | None:
    """The date a gazette or law database prints with the notice's number near the top: after it on its line
    ((某办发〔2009〕58号 二○○九年五月五日)) or on the line under it (某办发[1999]70号 / 1999年8月10日各…:)."""
    for k, line in enumerate(lines[:12]):
        m = _NUMBER_AND_DATE.fullmatch(line.flat)
        if m:
            return m["date"]
        under = _DATE_UNDER_NUMBER.match(lines[k + 1].flat) if k + 1 < len(lines) else None
        if under and _NUMBER_ALONE.fullmatch(line.flat):
            return under["date"]
    return None


#: a law database's note of date and issuer under a title: (1992年6月15日 某某局)
_DATED_BY = re.compile(rf"^[(（](?P<date>{DATE_RE.pattern})(?P<body>[\u4e00-\u9fff]{{2,30}}?)[)）]$")


def _dated_by(layout: Layout) -> tuple[str, str] | None:
    """(date, issuer) of a note a law database prints under a title, before any running text."""
    lines = layout.lines
    for k in range(layout.body_start, min(len(lines), layout.body_start + 8)):
        m = _DATED_BY.match(lines[k].flat)
        if m and _ORG_END.search(m["body"]) and parse_date(m["date"]):
            return parse_date(m["date"]), m["body"]
        if _SENTENCE.search(lines[k].flat):
            return None
    return None


def _joint_issuers(lines: list[Line], k: int) -> str:
    """The body or bodies signing above a date: two bodies side by side (``中共X市委办公室　X市人民政府办公室``)
    or one above the other are a joint issue, joined with 、."""
    parts = [_SEAL_NOTE.sub("", p) for p in re.split(rf"[{SPACES}]+", lines[k].text.strip(SPACES).lstrip("?？")) if p]
    bodies = parts if len(parts) > 1 and all(_ORG_END.search(p) and len(p) >= 4 for p in parts) \
        else [_SEAL_NOTE.sub("", _without_lost_spaces(lines[k].flat).strip("?？"))]  # ? where a copy lost a space
    if len(parts) > 1 and len(bodies) == 1 and _ORG_END.search(parts[-1]) and len(parts[-1]) >= 4 \
            and re.search(r"[\d、—.，,]", "".join(parts[:-1])):
        bodies = [parts[-1]]  # (…4.市经委、某某支行 5.— 某市人民政府办公室 / date: a table's cells run on before the signature)
    above = lines[k - 1].flat.lstrip("?？") if k > 0 else ""  # ? where a copy lost a space
    if above and len(above) <= 30 and _ORG_END.search(above) and not _SENTENCE.search(above) \
            and not above.endswith((":", "：")) and (re.search(r"(办公室|办公厅|人民政府|委员会|党委|市委|县委|区委|国务院)$", above)
                                                    or re.search(r"[厅局委部署]$", above) and above[:2] == bodies[0][:2]):
        bodies.insert(0, above)  # (某省农业厅 / 某省财政厅 / date: two departments of one place sign it together)
    elif _wrapped_signature(lines, k, bodies):  # 某市第一次全国某某 / 某某普查领导小组办公室: one body's name wrapped
        bodies = [above + bodies[0]]
    return "、".join(dict.fromkeys(squash(b) for b in bodies))  # (the body over its seal's text, 某镇人民政府 / 某 镇 人 民 政 府 （章）: one)


def _wrapped_signature(lines: list[Line], k: int, bodies: list[str]) -> bool:
    """The signing body's name wrapped over two lines (某市第一次全国某某 / 综合某某领导小组办公室): the line above
    is a short run of Han characters that ends no body's name, under a line that ended a sentence."""
    if len(bodies) != 1 or k < 2:
        return False
    above, before = lines[k - 1].flat, lines[k - 2].flat
    return 4 <= len(above) <= 20 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", above)) and not _ORG_END.search(above) \
        and not _CLOSING.match(above) and len(above + bodies[0]) <= 40 and bool(re.search(r"[。；;！!]$", before)) \
        and bool(re.match(r"(?:中共)?[\u4e00-\u9fff]{2,8}?[省市县区州盟旗镇乡]", above))


def cells(text: str) -> list[str] | None:
    """The cells of a table row: tab-separated (HTML tables) or drawn with │ / | (text tables)."""
    if "\t" in text:
        return text.split("\t")
    if text.count("│") + text.count("┃") + text.count("|") >= 2:
        parts = re.split(r"[│┃|]", text)
        return [p for p in parts[1:-1]] if not parts[0].strip() and not parts[-1].strip() else parts
    return None


def _find_attachments(layout: Layout) -> None:
    starts = [i for i, ln in enumerate(layout.lines) if i > layout.body_start and _ATTACH_RE.match(nfkc(ln.text))]
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(layout.lines)
        layout.attachments.append((s, end))
