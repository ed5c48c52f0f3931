"""A notice run together on one line, its line breaks put back.

A page that lost a notice's line breaks (a CMS that strips <br>, a copy from a PDF viewer, a JSON
field) runs masthead, 文号, title, addressees, paragraphs, items, signature and date together, with
no separator or a single space where each break stood. ``flat_notice_cuts`` finds where the parts
of an official notice (GB/T 9704) meet, so that ``layout.split_lines`` reads each as a line of its
own; offsets do not move.
"""
from __future__ import annotations

import re

from ..lexicon import GROUP_SUFFIX_RE, LEVEL_CHARS, NOT_NAME_CHARS, TITLE_RE
from ..text import DATE_RE, DOCNUM_RE, SPACES, squash
from .names import _PLACE_LEVEL, _name_score, _place_first, _rest_score, plausible_name
from .parts import HEADING_KIND_END as _INTRO_TITLE_END, ORG_END as _ORG_END, SENTENCE as _SENTENCE
from .posts import split_posts


_S = f"[{SPACES}]*"
#: the kind word that ends a notice's title (not one inside it: 关于印发…方案的通知, 《…的通知》)
_FLAT_KIND = r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|规定|决议|报告|纪要|细则|规划|计划|要点|函|条例|制度|措施|名单)"
#: a title: its issuer, 关于, the matter, its kind; then what follows a title (its 文号, its addressees)
_FLAT_TITLE = re.compile(rf"[^。；;：:，,《》〔〕\[\]【】()（）\d{SPACES}]{{0,40}}?关于[^。；;：:]{{2,160}}?{_FLAT_KIND}"
                         rf"(?:[(（][^()（）。；，]{{1,16}}[)）])?(?![的和与及、》〉”\"）)（(])(?={_S}(?:[\u4e00-\u9fff]{{1,14}}?{_S}"
                         rf"[〔\[【(（［]{_S}(?:19|20)\d\d|各|[^。；;的{SPACES}][^。；;]{{1,120}}?[：:]))")
#: the page's fields run on after a title, parted by bars: 来源:本站原创 | 发布人:admin | 发布时间:2010-11-05 | 浏览次数:2316
_FLAT_FIELDS = re.compile(rf"(?:{_S}(?:来源|來源|发布人|發佈人|发布时间|發佈時間|发布日期|浏览次数|瀏覽次數|点击数|點擊數|阅读次数|"
                          rf"作者|编辑|編輯|责任编辑)[:：][^|｜\s]{{0,30}}(?:{_S}[|｜])?){{2,}}")
#: addressees: up to their colon, no sentence and no decision in them (not 经研究，决定：)
_FLAT_ADDRESSEES = re.compile(r"[^。；;！!？?：:]{2,150}?[：:]")
_FLAT_NOT_ADDRESSEES = re.compile(r"^经|[，,]经|研究|决定|如下|根据|为了|按照|同意")
#: a masthead glued before the 文号: the issuer's name and 文件, or the name alone
_FLAT_MASTHEAD_END = re.compile(r"文件|(?:人民政府|政府|办公室|办公厅|委员会|局|厅|署|院|办事处|公署|管理委员会|管委会)")
#: a list opener's colon: 决定：, 如下：, 任命：, 免去：
_FLAT_OPENER = re.compile(r"(?:决定|如下|任命|免去|聘任|聘为|解聘|免职|任职|同时)[：:]")
#: items and headings glued after a colon or a sentence: 1.某某, 一、某某, （一）某某
_FLAT_ITEM = re.compile(r"(?<![\d.．第])\d{1,2}[.．、](?=[{SPACES}]?[\u4e00-\u9fff])|(?<=[：:）)])[一二三四五六七八九十]{1,3}、|"
                        r"(?<=[：:；;])[（(][一二三四五六七八九十]{1,3}[)）]|(?<![\u4e00-\u9fff，,])第[一二三四五六七八九十百零]{1,4}[章条节](?=[{SPACES}])"
                        .replace("{SPACES}", SPACES))
#: a table of names and posts run together, each name padded apart from its post (…副主任降央卓玛　　州人民政府副秘书长):
#: the cut after a post's title, a bracketed note, 任命/免去 or a removal's 职务, before a name of two to five characters and its padding
_FLAT_PADDED_NAME = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')}|[)）]|任命|免去|职务)(?=(?P<name>[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,4}})"
                               rf"[{SPACES}]+[\u4e00-\u9fff])")
#: the same table where single spaces stand for the lost breaks: a title (a note, 任命/免去, 职务), the space, a name of two to four characters and
#: its padding (a full-width space, or two spaces or more: …市长 阎　芳　　副市长 单立群　　市人民政府秘书长…)
_FLAT_SPACED_NAME = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')}|[)）]|任命|免去|职务)(?= (?P<name>[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){{1,3}})"
                               rf"(?:\u3000|[{SPACES}]{{2}})[{SPACES}]*[\u4e00-\u9fff])")
#: what is read as the name after a title goes on with a body's name: the title was a word of it (…委员会主任罗　琴　…), or
#: it is the 职务 of a removal (…副局长职务普某某　　…)
_IN_BODY_NAME = re.compile(r"[会处室局厅]|职务")
#: a list's 任命 / 免去 printed alone above a table of padded names, run on after the row before it (…副主任免去毕某某　　县…)
_FLAT_DECISION_HEAD = re.compile(rf"(?<=[\u4e00-\u9fff)）：:])[ ]?(?=(?:任命|免去)[ ]?[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){{1,3}}"
                                 rf"(?:\u3000|[{SPACES}]{{2}}))")
_TITLE_IN = re.compile(TITLE_RE.pattern.rstrip("$"))
#: a member list run together: each role label (its characters padded apart or not: 组　　长：, 总 指 挥：, 常务副组长：)
#: opens a line, wherever it is glued (…市长常务副组长：, …（副市长）副指挥长：, 一、组成人员组　长：), but not a body's own
#: head (办公室主任：, 委员会委员：) nor 成员单位, nor the 委员 of 主任委员： (unless padded apart: …办公室主任委　　员：)
_FLAT_ROLES = ("组长", "指挥长", "总指挥", "召集人", "主任委员", "主任", "秘书长", "成员", "委员", "专班长")
_FLAT_ROLE = re.compile(rf"(?<![副务行一室会局厅部委办处院])(?<!第一)(?<!副[{SPACES}])(?<!副[{SPACES}]{{2}})(?!(?<=主任)委员)"
                        rf"(?=(?:常务|执行|第一)?(?:副[{SPACES}]*)?(?:"
                        + "|".join(f"[{SPACES}]*".join(w) for w in _FLAT_ROLES) + rf")[{SPACES}]*[：:])")
#: a member's note in brackets and the next member's name (…（副市长）邹国栋（市民政局局长）…), and the sentence run on
#: after the last member's post (…局长领导小组办公室设在…, …副总经理二、指挥部办公室; not inside the body's name that
#: opens that sentence: …副主任区食品安全委员会下设办公室 is no post 委员)
_FLAT_MEMBER_END = re.compile(rf"[)）](?=[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,3}}[(（][^()（）]{{2,40}}?"
                              rf"(?:{TITLE_RE.pattern.rstrip('$')})[)）])|(?:(?:{TITLE_RE.pattern.rstrip('$')})(?![会會])|[)）])"
                              r"(?=[\u4e00-\u9fff]{0,20}?(?:下设|办公室设[在于])|[一二三四五六七八九十]{1,2}、)")
#: a member table run together whose rows keep their indent, each name then a space then its post (…县政府办公室副主任　　　　　　
#: 某某　县农业农村局局长…): after a post's title, the run of spaces (two or more) before the next row's name
#: (the row a name, one space and a post ending in a title, up to the next space: not a posts-first table's 副区长　　　　钱三多委　　员：)
_FLAT_INDENTED_ROW = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})[{SPACES}]{{2,}}(?=(?P<name>[\u4e00-\u9fff]{{2,4}})[{SPACES}]"
                                rf"[^{SPACES}：:，,。；;]{{2,30}}?(?:{TITLE_RE.pattern.rstrip('$')})(?:[{SPACES}]|$))")
#: a role label then a name and one space (成　员：某某　县某局局长: a names-first table), or then a post and its padding
#: (委　　员：区某局局长　　　　某某: posts first)
_LABEL_NAME_FIRST = re.compile(rf"[：:](?P<name>[\u4e00-\u9fff]{{2,4}})[{SPACES}](?![{SPACES}])")
_LABEL_POST_FIRST = re.compile(rf"[：:][^{SPACES}：:，,。；;]{{2,30}}?(?:{TITLE_RE.pattern.rstrip('$')})[{SPACES}]{{2,}}")


def _flat_indented_rows(raw: str, pos: int) -> list[int]:
    """Where the rows of a names-first member table run together with their indents break: before each name after a
    post's padding. Only where the table's labels are followed by a name, never by a post (a posts-first table's
    rows look alike: 区某局局长　　　　某某 区某某局局长)."""
    if not any(plausible_name(m["name"]) for m in _LABEL_NAME_FIRST.finditer(raw, pos)) or _LABEL_POST_FIRST.search(raw, pos):
        return []
    return [m.end() for m in _FLAT_INDENTED_ROW.finditer(raw, pos) if plausible_name(m["name"])]


#: a table of posts and names run together, each post padded apart from its name (…常务副区长　　　　樊立鹏副区长　　　　雷思琪…):
#: after a post's title and its padding, a name and the next row's post up to its padding
_FLAT_POST_ROW = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})[{SPACES}]{{2,}}(?P<row>[^{SPACES}，。；：:,;()（）][^{SPACES}，。；：:,;()（）]*"
                            rf"(?: [^{SPACES}，。；：:,;()（）]+)?)(?=[{SPACES}]{{2,}})")


def _name_then_post(row: str) -> int | None:
    """Where ``row``, a name glued to a post that ends in a title (泽仁多吉州发展和改革委员会副主任), is cut between the
    two: the name two to four characters (five or six before a level: 孟某吉日嘎拉盟某局副局长), the cut chosen by the shape of names and posts; None for what is no such row."""
    if not re.search(rf"(?:{TITLE_RE.pattern.rstrip('$')})$", row):
        return None
    scored = [(_name_score(row[:n]) + max(_rest_score(row[n:], frozenset()), _place_first(row[:n], row[n:])), n) for n in range(2, 7)
              if len(row) - n >= 2 and plausible_name(row[:n]) and split_posts(row[n:])
              and (n <= 4 or row[n] in LEVEL_CHARS and not set(row[:n]) & NOT_NAME_CHARS)]  # (a name of five or six
    # characters, of another people, before a level; not a clause's words: 甲某某和副|县长)
    return max(scored)[1] if scored else None


def _flat_post_rows(raw: str, pos: int) -> list[int]:
    """Where the rows of a post-first table run together break: between the name after a post's padding and the post of
    the next row (樊立鹏|副区长, or the single space a lost break left there), the name two to four characters, the post
    one that ends in a title."""
    out = []
    k = pos
    while (m := _FLAT_POST_ROW.search(raw, k)) is not None:
        row, cut = m["row"], None
        if _TITLE_IN.search(row[-8:]) and re.search(rf"(?:{TITLE_RE.pattern.rstrip('$')})$", row):
            if " " in row:
                name, post = row.split(" ", 1)
                cut = len(name) if plausible_name(name) and len(name) <= 4 else None
            else:
                cut = _name_then_post(row)
        if cut:
            out.append(m.start("row") + cut)
            k = m.start("row") + cut
        else:
            k = m.end("row")
    return out


#: a table of posts and names whose line breaks became single spaces, each name one space after its post (成　员：区某局
#:副局长　甲某某　区某局副局长　乙　某　…): after a post's title, the space, a name of two to four characters (a short one
#: padded: 乙　某) and its note, the space before the next row
_FLAT_SPACED_POST_ROW = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})[{SPACES}](?P<name>[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){{1,3}})"
                                   rf"(?:[(（][^()（）]{{1,12}}[)）])?[{SPACES}](?=[^{SPACES}])")
#: the label before such a table's first row, the post glued to it: 成　员：区某局副局长
_LABEL_THEN_POST = re.compile(rf"[：:][^{SPACES}：:，,。；;]{{2,30}}$")


def _flat_spaced_post_rows(raw: str, pos: int) -> list[int]:
    """Where the rows of a posts-first table break when a single space stands both between a post and its name and
    between a name and the next row's post: after each name, in a run of two rows or more that opens at its label's
    colon (a names-first table, 成员：某某 区某局局长 某某 …, is not one), no mark between the rows."""
    rows = [m for m in _FLAT_SPACED_POST_ROW.finditer(raw, pos)
            if plausible_name(squash(m["name"])) and not _IN_BODY_NAME.match(m["name"])]
    out: list[int] = []
    chain: list[re.Match] = []
    for m in rows + [None]:
        prev = chain[-1] if chain else None
        if m is not None and prev is not None and m.start() - prev.end() <= 30 \
                and not re.search(rf"[{SPACES}：:，,。；;]", raw[prev.end():m.start()]):
            chain.append(m)
            continue
        if len(chain) >= 2 and _LABEL_THEN_POST.search(raw, max(pos, chain[0].start() - 32), chain[0].start()):
            out += [r.end() for r in chain]
        chain = [m] if m is not None else []
    return out


#: a table of names glued to their posts whose line breaks became single spaces (…州发展和改革委员会副主任 降央卓玛州人民政府副秘书长 …):
#: after a post's title or a removal's 职务 (and the note after it: （正县级）, not a person's aside as 王某某(女)) or after 任命/免去,
#: the single space, a row up to the next space or its note
_FLAT_GLUED_ROW = re.compile(rf"(?:(?:{TITLE_RE.pattern.rstrip('$')}|职务)(?:[(（][^()（）]{{1,16}}[)）])?|任命|免去) (?=(?P<row>[^{SPACES}，。；：:,;()（）]{{4,40}})"
                             rf"(?:[{SPACES}（(]|$))")


def _flat_glued_rows(raw: str, pos: int) -> list[int]:
    """Where the rows of a name-first table run together with a single space for each lost break, each name glued to its
    post (no padding left to tell the name): at the space before a row that is a name and a post ending in a title (or
    in a removal's 职务)."""
    return [m.start("row") for m in _FLAT_GLUED_ROW.finditer(raw, pos)
            if not _IN_BODY_NAME.match(m["row"]) and _name_then_post(re.sub("职务$", "", m["row"]))]


#: the same table run together with nothing left between its rows (…副主任降央卓玛州人民政府副秘书长（正县级）格桑邓珠州…): after a post's
#: title or 职务 (and its note) or after 任命/免去 (not their sentences: 任命某某为…, 免去其…), a name of two to four characters
#: and a post that opens with a level (州, 市, 县…)
_FLAT_GLUED_NEXT = re.compile(rf"(?:(?:{TITLE_RE.pattern.rstrip('$')}|职务)(?:[(（][^()（）]{{1,16}}[)）])?|(?P<head>任命|免去))"
                              rf"(?=[\u4e00-\u9fff]{{4}})")


def _flat_glued_next(raw: str, pos: int) -> list[int]:
    """Where the rows of a name-first table run together with nothing between them break, each name glued to its post:
    before a row that is a name and a post ending in a title (the shortest such row, no mark but 、 in it)."""
    out = []
    for m in _FLAT_GLUED_NEXT.finditer(raw, pos):
        p = m.end()
        for t in _TITLE_IN.finditer(raw, p + 4, min(len(raw), p + 40)):
            row = raw[p:t.end()]
            if re.search(rf"[^\u4e00-\u9fff、]", row):
                break
            cut = None if _IN_BODY_NAME.match(row) else _name_then_post(row)
            if cut and (row[cut] in LEVEL_CHARS or not m["head"] and _PLACE_LEVEL.match(row[cut:])) \
                    and not (m["head"] and re.search("[为其的]", row[:cut])):  # (a place's name opens a post in a table's row)
                out.append(p)
                break
    return out


#: a signature's body and its date after a sentence (…。某市人民政府2024年5月9日; a listing's one line may keep a space
#: where each break was: …落实。 某市人民政府办公室 2015年5月15日)
_FLAT_SIGNATURE = re.compile(rf"(?<=[。；;）)])[{SPACES}]{{0,4}}(?P<org>[^。；;，,：:（）()《》“”{SPACES}\d]{{2,40}}?){_S}"
                             rf"(?P<date>{DATE_RE.pattern})")
#: a signature whose date a page printed before the body's name, run on after the last sentence (…另有任用。二〇〇三年三月
#: 十二日某市人民政府): the date, then the name up to the end of the run or a space
_FLAT_DATE_SIGNATURE = re.compile(rf"(?<=[。；;）)])[{SPACES}]{{0,4}}(?P<date>{DATE_RE.pattern}){_S}"
                                  rf"(?P<org>[^。；;，,：:（）()《》“”{SPACES}\d]{{2,40}})(?=[{SPACES}]|$)")
#: numbered headings run into the text before them (…制定本方案一、工作目标…, …各县区人民政府（二）加快…): the
#: numerals of one style (一、 or （一）) counted in order, each cut where it follows its predecessor of the same style
_FLAT_NUMBERED = re.compile(r"(?<![第])(?P<paren>[（(])?(?P<n>[一二三四五六七八九十]{1,3})(?(paren)[)）]|、)"
                            r"(?=[\u4e00-\u9fff“《])(?![一二三四五六七八九十][、，,])")
_CN_VALUE = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _cn_number(numeral: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十三 -> 23; None for what is no number (十十)."""
    if re.fullmatch(r"[一二三四五六七八九]", numeral):
        return _CN_VALUE[numeral]
    m = re.fullmatch(r"([二三四五六七八九])?十([一二三四五六七八九])?", numeral)
    if not m:
        return None
    return (_CN_VALUE[m[1]] if m[1] else 1) * 10 + (_CN_VALUE[m[2]] if m[2] else 0)


def _flat_numbered(raw: str, pos: int, cuts: list[int]) -> list[int]:
    """The numbered headings (一、 / （一）) of a notice run together: a first one (一、, （一）) where a line already
    starts or after a colon or a closing bracket — or, for （一）, after a heading of the other style with no
    sentence in between (三、工作任务（一）…) — and each next one where the one before it of its style was taken."""
    starts = set(cuts) | {pos}
    last: dict[bool, tuple[int, int]] = {}  # style (bracketed?) -> (value, offset) of the last heading taken
    out: list[int] = []
    for m in _FLAT_NUMBERED.finditer(raw, pos):
        value = _cn_number(m["n"])
        before = raw[:m.start()].rstrip(SPACES)
        if value is None or re.search(r"[一二三四五六七八九十〇零]、?$", raw[max(0, m.start() - 2):m.start()]):
            continue  # (a numeral of a bigger one, or of a run of them: 一、二、三产业)
        style = bool(m["paren"])
        if value == 1:
            ok = m.start() in starts or before[-1:] in ("：", ":", "）", ")", "。", "；", ";") or not before
            if not ok and style and False in last:
                top = last[False][1]
                ok = m.start() - top <= 40 and not re.search(r"[。；;，,：:]", raw[top:m.start()])
        else:
            ok = style in last and last[style][0] == value - 1
        if ok:
            last[style] = (value, m.start())
            if not style:
                last.pop(True, None)  # (a new section numbers its sub-headings from （一） again)
            out.append(m.start())
    return out


#: a heading (一、) with no mark of its own run into the sentence after it, whose subject is a group named again and
#: sets up its parts (三、专项工作组领导小组下设2个专项工作组：, 三、工作组专班设3个工作组：): up to the verb, no mark in between
_HEADING_THEN_SUBJECT = re.compile(r"[一二三四五六七八九十]{1,3}、(?P<run>[^，。；：:,;、（）()]{4,40}?)"
                                   r"(?:下设|设(?=[0-9一二三四五六七八九十]{1,2}个))")


def _flat_heading_subject(raw: str, cuts: list[int]) -> list[int]:
    """Where such a heading ends and its sentence's subject begins: at the single space a lost break left, or where the
    run before the verb is a heading that ends in a group's word (专项工作组, 指挥部办公室) and then a group's name
    (领导小组, 专班, 市某指挥部), the heading the longest such."""
    out = []
    for c in sorted(set(cuts)):
        m = _HEADING_THEN_SUBJECT.match(raw, c)
        if not m:
            continue
        run, at = m["run"], m.start("run")
        if " " in run.strip(" "):
            out.append(at + run.index(" ", 1) + 1)
            continue
        k = next((k for k in range(len(run) - 2, 1, -1)
                  if GROUP_SUFFIX_RE.search(run[:k]) and GROUP_SUFFIX_RE.search(run[k:])), None)
        if k:
            out.append(at + k)
    return out


#: a note under the date: (此件公开发布)
#: the copies block and the rules around it (──────抄送：…)
_FLAT_COPIES = re.compile(r"[─—━_\-]{6,}|(?:抄送|主题词|主题词语)[：:]|(?<=[─—━_\-]{6})(?=[^─—━_\-])")
#: a signing date alone after the last sentence (the body signs in its red header), the subject words or the copies
#: run on after it: …起算。二〇〇八年三月二十日主题词：…
_FLAT_BARE_DATE = re.compile(rf"(?<=[。；;）)])[{SPACES}]{{0,4}}(?P<date>{DATE_RE.pattern})(?=[{SPACES}]*(?:主题词|抄送|$))")
#: a printed page's number the copy ran into the text: …职务；-1-免去… (a mark between two dashes)
_FLAT_PAGE_NUMBER = re.compile(r"(?<=[。；;，,：:）)\u4e00-\u9fff])[-—－]\d{1,3}[-—－](?=[\u4e00-\u9fff（(]|$)")
_FLAT_NOTE = re.compile(rf"{_S}[（(]此件[^()（）]{{1,12}}[)）]")


#: a drawn table run together (┌──┬──┐│序号│…│├──┼──┤│ 1 │…│└──┴──┘): where one drawn line ends (its right border, the
#: single space a lost break left) and the next opens at its left one (││, ┤│, │├, │└); an empty cell is padded, never a bare ││
_BOX_TABLE = re.compile(r"[┌┏][^┘┛]{20,}?[┘┛]")
_BOX_JUNCTION = re.compile(r"(?<=[┐┤┘│┃┓┫┛]) ?([│┃├┌└┏┣┗])")
#: a table of tab-separated cells whose first column is its rows' serial number (序号\t重点任务\t…\t完成时限1\t某任务\t…):
#: its header's first cell, glued after the text before it
_TAB_SERIAL_HEAD = re.compile(r"(?:序[ \u3000]*号|编[ \u3000]*号)(?=\t)")


def _flat_tables(raw: str, pos: int) -> list[tuple[tuple[int, int], list[int]]]:
    """The tables of a notice run together: for each, its span and where its rows (its drawn lines) open. A drawn table
    breaks at each junction of two drawn lines; a table of tab-separated cells numbered in its first column breaks before
    its header's 序号 and before each next row's number, glued after the last cell of the row before it (完成时限1, a
    date 2024年6月底前2, or with the single space a lost break left), as long as every row has the header's cells."""
    out = []
    for t in _BOX_TABLE.finditer(raw, pos):
        rows = [t.start()] + [j.start(1) for j in _BOX_JUNCTION.finditer(raw, t.start(), t.end())] + [t.end()]
        out.append(((t.start(), t.end()), rows))
    h = _TAB_SERIAL_HEAD.search(raw, pos)
    if h is not None and "\t" not in raw[pos:h.start()]:
        rows, width, cells, serial, k = [h.start()], None, 1, 1, h.end()
        while k < len(raw) and raw[k] == "\t":
            nxt = raw.find("\t", k + 1)
            seg = raw[k + 1:nxt if nxt >= 0 else len(raw)]
            cells += 1
            m = re.search(rf"(?<=[^\d{SPACES}]) ?({serial})$", seg) if nxt >= 0 else None
            if m and (width is None or cells == width):
                width, cells, serial = cells, 1, serial + 1
                rows.append(k + 1 + m.start(1))
            elif width is not None and cells > width:
                break
            if nxt < 0:
                break
            k = nxt
        if width is not None and serial > 2:
            out.append(((h.start(), k), rows))
    return out


def _flat_masthead(raw: str, start: int, m: re.Match) -> int | None:
    """Where a 文号's code really starts when a masthead is glued before it (某市人民政府文件某政任〔…): after 文件, or
    after the issuer's name, leaving a code of two characters or more; None when nothing is glued before it."""
    code_end = m.start("code") + len(m["code"])
    head = raw[start:code_end]
    if not re.fullmatch(rf"[\u4e00-\u9fff{SPACES}]+", head):
        return None
    best = None
    for e in _FLAT_MASTHEAD_END.finditer(head):
        if e.end() >= 3 and len(head) - e.end() >= 2:
            if e.group() == "文件" or best is None or raw[start + best - 2:start + best] != "文件":
                best = e.end()
    return start + best if best else None


#: a list's row the list's ； closes, its post's note in brackets, then a space, then the name (…副局长（试用期一年）　涂　某某（女）；):
#: the post's title and its note before the space, a name of two to four characters (padded or not, its own aside after it) and the ；
_NOTED_POST_END = re.compile(rf"(?:{TITLE_RE.pattern.rstrip('$')})[(（][^()（）]{{1,16}}[)）]$")
_ROW_NAME_CLOSE = re.compile(rf"[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,3}}(?:[(（][^()（）]{{1,8}}[)）])?[；;]")


def in_noted_row(raw: str, start: int, end: int) -> bool:
    """Whether the spaces at raw[start:end] stand between a post with its bracketed note and the name of a row the
    list's ； closes (…副局长（试用期一年）　某某；): no line break, the row is one line (a bounded look either side)."""
    return bool(_ROW_NAME_CLOSE.match(raw, end, end + 20) and _NOTED_POST_END.search(raw[max(0, start - 40):start]))


def member_list_cuts(raw: str, pos: int = 0) -> list[int]:
    """Where a member list run on inside a line breaks (from ``pos``): before each role label (…镇长副专班长：) and
    before the sentence after its last member (…（兼）专班下设办公室…) — in a notice run together, or in a line a page
    padded apart at some of its breaks only."""
    return [m.start() for m in _FLAT_ROLE.finditer(raw, pos) if not _in_brackets(raw, m.start())] \
        + [m.end() for m in _FLAT_MEMBER_END.finditer(raw, pos)]


#: how far a subgroup's bracketed note (…抢险救援组（组长：某某）、…) reaches either side of a label inside it
_NOTE_REACH = 30


def _in_brackets(raw: str, at: int) -> bool:
    """Whether ``at`` stands inside a short bracketed note (抢险救援组（组长：某某）: the label is the note's, no row's)."""
    before = raw[max(0, at - _NOTE_REACH):at]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or max(before.rfind("）"), before.rfind(")")) > opened:
        return False
    after = raw[at:at + _NOTE_REACH]
    closed = min((i for i in (after.find("）"), after.find(")")) if i >= 0), default=-1)
    return closed >= 0 and not re.search(r"[（(]", after[:closed])


def flat_notice_cuts(raw: str, spaced: bool = False) -> list[int]:
    """Where a notice run together on one line breaks (no separators left, or a single space for each break):
    after its masthead, its 文号, its title and its addressees; after each sentence and each list opener
    (决定：), before each numbered item; before and after its signature and date. Empty for a line that is
    not a whole notice run together (a head — a 文号 or a title and the addressees — and a body of sentences)."""
    if len(raw) < 150:
        return []
    cuts: list[int] = []
    pos = len(raw) - len(raw.lstrip(SPACES))
    issuers: list[str] = []
    seen_number = seen_title = False
    for _ in range(5):  # masthead, 文号 and title in either order, the page's fields after the title, then the addressees
        fields = _FLAT_FIELDS.match(raw, pos) if seen_title else None
        if fields and fields.end() > pos:  # 关于…的通知 来源:本站原创 | 发布人:admin | 发布时间:2010-11-05 | 浏览次数:2316
            cuts.append(fields.end())
            pos = fields.end()
            continue
        m = DOCNUM_RE.match(raw, pos) or DOCNUM_RE.search(raw, pos, pos + 60)
        if m and not seen_number:
            code = _flat_masthead(raw, pos, m) if m.start() <= pos + 40 else None
            if code is not None and not _FLAT_TITLE.match(raw, pos):
                issuers.append(re.sub(r"文件$", "", squash(raw[pos:code])))
                cuts += [code, m.end()]
                pos, seen_number = m.end(), True
                continue
            if m.start() == pos:
                cuts.append(m.end())
                pos, seen_number = m.end(), True
                continue
        t = _FLAT_TITLE.match(raw, pos) if not seen_title else None
        if t:
            issuers.append(squash(t.group()).partition("关于")[0])
            cuts.append(t.end())
            pos, seen_title = t.end(), True
            continue
        break
    pos += len(raw[pos:]) - len(raw[pos:].lstrip(SPACES))
    # (a page that lost the title and number too opens with the addressees: 各村委会、镇直各单位：为…)
    a = _FLAT_ADDRESSEES.match(raw, pos) if (seen_title or seen_number or raw.startswith("各", pos)) else None
    addressed = False
    if a and not _FLAT_NOT_ADDRESSEES.search(a.group()) and "各" in a.group() or \
            a and re.search(r"(?:单位|部门|机构|人民政府|管委会|委员会|办事处|院校|局)[：:]$", a.group()):
        cuts.append(a.end())
        pos, addressed = a.end(), True
    # the signature and its date: the issuer's name again, or a body's name after a sentence
    sigs = [m for m in _FLAT_SIGNATURE.finditer(raw, pos) if _ORG_END.search(squash(m["org"]))]
    for name in {i for i in issuers if len(i) >= 3}:
        chars = _S.join(re.escape(ch) for ch in name)
        sigs += list(re.compile(rf"(?P<org>{chars}){_S}(?P<date>{DATE_RE.pattern})").finditer(raw, pos))
    if not (seen_title or seen_number or addressed) or (len(re.findall(r"[。；;]", raw[pos:])) < 2 and not sigs
                                                           and len(_FLAT_ROLE.findall(raw, pos)) < 2):
        return []  # (a body of one sentence is a notice run together where a member list's role labels run on in it)
    # the body: sentences, list openers, items; nothing inside brackets (《…。》, （…；…）)
    depth = 0
    for k in range(pos, len(raw)):
        c = raw[k]
        if c in "（(《〈“":
            depth += 1
        elif c in "）)》〉”":
            depth = max(0, depth - 1)
        elif depth == 0 and c in "。；;！？" and k + 1 < len(raw) and raw[k + 1] not in "）)》〉”。；;，,":
            cuts.append(k + 1)
    cuts += [m.end() for m in _FLAT_OPENER.finditer(raw, pos)]
    cuts += [m.start() for m in _FLAT_ITEM.finditer(raw, pos)]
    cuts += _flat_numbered(raw, pos, cuts)
    cuts += _flat_heading_subject(raw, cuts)
    cuts += member_list_cuts(raw, pos)
    indented = _flat_indented_rows(raw, pos)  # (a names-first table's rows are not read as posts-first ones: 某某 县某局局长
    cuts += indented or _flat_post_rows(raw, pos) + _flat_spaced_post_rows(raw, pos)  # padded like 县某局局长　　　　某某)
    cuts += [m.start() for m in _FLAT_DECISION_HEAD.finditer(raw, pos)]
    if not spaced:  # (where single spaces stand for breaks, a name's padding is no longer told from them)
        cuts += [m.end() for m in _FLAT_PADDED_NAME.finditer(raw, pos) if not _IN_BODY_NAME.match(m["name"])]
        cuts += _flat_glued_next(raw, pos)
    else:  # (but a single space before a name and its wider padding is a break)
        cuts += [m.end() for m in _FLAT_SPACED_NAME.finditer(raw, pos) if not _IN_BODY_NAME.match(m["name"])]
        cuts += _flat_glued_rows(raw, pos)
    for s in _FLAT_DATE_SIGNATURE.finditer(raw, pos):
        if _ORG_END.search(squash(s["org"])):
            cuts += [s.start("date"), s.end("date"), s.end("org")]
    for s in sigs:
        end = s.end("date")
        if end < len(raw) and raw[end] == "印":  # the printing office's line: 某办公厅 2024年5月10日印发
            continue
        start = s.start("org")
        back = re.search(rf"[。；;）)！？]{_S}([\u4e00-\u9fff]{{1,12}})$", raw[max(pos, start - 13):start])
        if back:  # the issuer's name signed with its county's before it: 某县某乡人民政府
            start -= len(back[1])
        cuts += [start, s.start("date"), end]
        note = _FLAT_NOTE.match(raw, end)
        if note:
            cuts.append(note.end())
            end = note.end()
        after = raw[end:end + 80]  # a heading of what the notice sends, glued after the date
        head = _INTRO_TITLE_END.search(after)
        if head and not _SENTENCE.search(after[:head.start()]) and head.start() >= 4:
            cuts.append(end + head.end())
    cuts += [m.start() for m in _FLAT_COPIES.finditer(raw, pos)]
    cuts += [c for m in _FLAT_BARE_DATE.finditer(raw, pos) for c in (m.start("date"), m.end("date"))]
    cuts += [c for m in _FLAT_PAGE_NUMBER.finditer(raw, pos) for c in (m.start(), m.end())]
    for (start, end), rows in _flat_tables(raw, pos):  # a table's rows, and no other cut inside it
        cuts = [c for c in cuts if not start < c < end] + rows
    return sorted({c for c in cuts if 0 < c < len(raw)})
