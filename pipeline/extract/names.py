"""Person names: where a name ends and a posts string begins.

Notices often print a name straight against the posts that follow it
(``免去王某某市民政局副局长职务``). ``split_name_posts`` scores every cut by the
shape of the name (surname and length, or a longer ethnic-minority name) and the
shape of what follows (a level prefix such as 市/县, a region or agency the
notice names elsewhere, a short place name before a zone word).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import AGENCY_END_RE, COMPOUND_SURNAMES, LEAGUES, LEVEL_CHARS, LOWER_LEVEL_WORDS, NATIONAL_BODIES, NATIONAL_PREFIXES, PROVINCES, SURNAMES, TITLE_RE
from ..text import SPACES, nfkc, unspaced
from .posts import split_posts

_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff·•．.]+$")
_BAD_IN_NAME = set("的了在与及或等由从对将被是办室局厅处、，,；;：:（）()《》“”")
#: characters a name may have only inside it (朱以某: 以 opens or closes a clause, 以甲为组长 / 甲以上)
_BAD_AT_EDGE = set("以")
_BAD_NAME_WORDS = ("同志", "职务", "人民", "政府", "委员", "书记", "局长", "主任", "组长", "成员", "单位",
                   "部门", "负责", "工作", "人员", "兼任", "担任", "正式", "同时", "另行", "试用", "领导", "相关", "有关", "所需", "具体", "抽调",
                   "院士", "先后", "此前", "个别", "個別", "部分", "代表", "会议", "會議", "通过", "通過", "批准", "曾任", "历任", "上月", "成立", "决定", "任命", "任免", "接受", "助理", "常务", "提名", "聘任", "续聘", "解聘", "聘用", "罢免", "撤销", "免去", "免除", "辞去", "提议", "组成", "組成", "机构", "機構", "概况", "概況", "班子", "关于", "關於",
                   # a page's own words and a report's, never a name: 原标题 (a repost's line), 候选人, 全体
                   "标题", "標題", "候选", "候選", "全体", "全體",
                   # a body's level before its unit (街道劳动保障事务所所长 cut before its name): never a name
                   "街道")
#: a span of time a story's next step is told after, never a name: 一个月后 (担任某局局长), 两年后, 半年前, 三天后
_TIME_SPAN = re.compile(r"[一二三四五六七八九十两兩半数數几幾\d]{1,3}(?:个|個)?(?:月|年|天|日|周|週|星期)(?:后|後|前|来|來|之后|之後|以后|以後)")
#: words after a place name that make a zone or body (恩格贝生态示范区, 准格尔经济开发区)
_ZONE_RE = re.compile(r"(经济技术开发区|高新技术产业开发区|经济开发区|开发区|示范区|高新区|新区|工业园区|园区|"
                      r"产业园|试验区|自贸区|保税区|管理委员会|管委会|人民政府|政府|供电公司|公司)")


@lru_cache(maxsize=1 << 14)  # (every reader tries the same candidates: each cut of split_name_posts, each line)
def plausible_name(name: str) -> bool:
    """A person's name as notices print it: 2–12 Han characters (with · for Uyghur names)."""
    name = nfkc(name)
    longest = 12 if "·" in name or "•" in name else 8
    if not 2 <= len(name) <= longest or not _NAME_CHARS.match(name):
        return False
    if any(c in _BAD_IN_NAME for c in name) or any(w in name for w in _BAD_NAME_WORDS):
        return False
    if name[0] in _BAD_AT_EDGE or name[-1] in _BAD_AT_EDGE or _TIME_SPAN.fullmatch(name) or _COUNTED.match(name):
        return False
    return not name.startswith(("市", "县", "省", "旗", "州", "各"))


#: a count of people before what they are (两名女市长, 3位副县长, 多名干部): no one's name
_COUNTED = re.compile(r"[一二三四五六七八九十两兩几幾数數多\d]{1,3}(?:名|位)")


#: what an aside on a person says: sex, nationality, or both
ASIDE_ON_PERSON = r"女|男|[\u4e00-\u9fff]{1,4}族|(?:女|男)[,，、][\u4e00-\u9fff]{1,4}族"
#: an aside a list prints after a name: sex, nationality or both, or 兼 (held concurrently): (女), （女，满族）, (兼)
ASIDE = rf"[(（](?:兼|{ASIDE_ON_PERSON})[)）]"
PERSON_ASIDE = re.compile(rf"(?<=[\u4e00-\u9fff·]){ASIDE}")


def blank_asides(text: str) -> str:
    """``text`` with each aside after a name (PERSON_ASIDE) blanked: its comma no clause's end, its 女 no part
    of a name or a post, every offset kept (甲某（女，满族）　　某局局长 -> 甲某　　　　　　　　某局局长)."""
    return PERSON_ASIDE.sub(lambda a: " " * len(a.group(0)), text) if "族" in text or "女" in text or "男" in text \
        or "兼" in text else text


def clean_name(name: str) -> str:
    """Drop padding spaces and a trailing 同志: ``王　帅同志`` -> ``王帅``."""
    name = unspaced(nfkc(name))
    return name[:-2] if name.endswith("同志") else name


def _name_score(name: str) -> int:
    if name[-1] in "副代常正总":
        return -3  # 陈芸副省长: the character begins the title, not the name
    if name[:2] in COMPOUND_SURNAMES:
        return 3 if len(name) in (3, 4) else 0
    if "·" in name or "•" in name:
        return 3
    if name[0] in SURNAMES:
        return {2: 2, 3: 3, 4: 1}.get(len(name), 0)
    return 1 if 2 <= len(name) <= 8 else 0


#: a zone named by its kind alone at the head of the posts, before its body (新区管委会, 开发区财政局, 高新区党工委)
_ZONE_FIRST = re.compile(r"^(?:经济技术开发区|经济开发区|开发区|高新区|新区|示范区|试验区|自贸区|保税区)(?=[\u4e00-\u9fff])")
#: the Communist Youth League's committees, printed before a level (团省委副书记)
_LEAGUE = ("团中央", "团省委", "团市委", "团县委", "团区委", "团旗委", "团州委", "团盟委")


def _rest_score(rest: str, known: frozenset[str]) -> int:
    if rest.startswith(_LEAGUE):
        return 12
    title = re.sub(r"^(?:常务|代理|代|执行|第一)?副", "", rest)
    if title != rest and (title[:1] in LEVEL_CHARS or title.startswith(LOWER_LEVEL_WORDS)) and TITLE_RE.fullmatch(title):
        rest = title  # 陈芸|副省长, not 陈芸副|省长 (宝某都仁|副苏木长)
    if any(rest.startswith(k) for k in known):
        return 12
    if rest.startswith(NATIONAL_BODIES):
        return 9  # below a level prefix: 孟根其其格|盟卫生健康委员会, not 孟根其其格盟|卫生健康委员会
    if rest[:2] in ("州市", "州区", "州县"):
        return -5  # 卢炳椿|泉州市…: the cut falls inside a place name ending in 州
    if rest.startswith(PROVINCES + LEAGUES):
        return 11  # 王某江苏省委常委: a province's full name opens the posts (above 王某江苏|省委常委), or a league's
        # (朝某门|锡林郭勒盟某所, above 朝某门锡林郭勒|盟…); a city's name is no such sign without a gazetteer
        # (苏某高娃|市某局: a Mongolian name ends in 高娃), only where the notice names it
    if rest.startswith(LOWER_LEVEL_WORDS):
        return 10  # a township's or village's word as its level (塔某其其格|苏木卫生院院长, not 塔某|其其格苏木…)
    if rest[0] in LEVEL_CHARS and not rest.startswith(("市场", "区域", "县域", "乡村", "镇街")):  # (words, no level:
        # 甲某|市乡村振兴局, not 甲某市|乡村振兴局)
        return 10
    if rest.startswith(NATIONAL_PREFIXES):
        return 8
    if _ZONE_FIRST.match(rest):
        return 10  # 甲某某|新区管委会副主任: a zone's notice names the zone by its kind alone, as a level (not 甲某某新|区…)
    m = _ZONE_RE.search(rest)
    if m:
        place = len(rest[: m.start()])
        return {0: -3, 1: -3, 2: 0, 3: 0, 4: -2}.get(place, -5)
    return -1


#: a place's own name (two to four characters) and its level or zone word, a body or a title after them (湟中区人民政府,
#: 新兴社区党委, 临沂军分区副司令员, 柳东新区管委会; not a longer run, where a long name hides: 白某格吉乐图|鄂托克经济开发区,
#: a name of six characters and a place of three), or a league by its name (锡林郭勒盟农牧业科学研究所). Not a banner (旗) nor another
#: league: their notices print Mongolian names, five characters and more, straight against the level (孟某吉日嘎拉盟某局).
#: No place opens with 同志 nor holds 副, 为 or 的 (甲某同志市某局, 甲某和副县长, 甲某为市某局: a clause's words before a level)
_PLACE_LEVEL = re.compile(r"^(?:(?!军分区|社区|街道|经济|开发区|高新区|新区|城乡|城镇|同志)(?:(?![省市县区盟旗镇乡副为的])[\u4e00-\u9fff]){2,4}?"
                          r"(?:军分区|社区|街道|经济技术开发区|经济开发区|开发区|高新区|新区|[省州]|(?<!城)[镇乡]|市(?!场)|[区县](?!域))|"
                          rf"{'|'.join(LEAGUES)})(?=[\u4e00-\u9fff])")


def _place_first(name: str, rest: str) -> int:
    """The score of posts that open with a place's name (湟中区…) after a name of three or four characters of a
    Han name's shape (星某明|湟中区人民政府副区长): above a level character right after a longer name (星某明湟中|区…,
    a name of five characters or more), as a name's statistics weigh it; below a level character after a name as
    long (王某某|市某局). A cut between two same characters is no cut (孟根其|其格盟…: 其其格 is one name's)."""
    if len(name) < 3 or not name_shape(name) or name[-1] == rest[0] or not _PLACE_LEVEL.match(rest):
        return -10
    return 9


#: the Communist Youth League's committee of a level (共青团某省委员会), printed 团省委, 团市委, 团县委
_LEAGUE_BODY = re.compile(r"^[团團][省市县区旗州縣區]委")


def glued_to_post(posts: str) -> bool:
    """``甲省某厅厅长`` after a letter-spaced name (张 某 甲省某厅厅长): the name's last character glued to a
    post that opens with 省 (one character before 市, 县, 州 may make a place: 惠州市), read as posts only
    with that character inside a body's name (甲省某厅, not 副省长)."""
    if len(posts) <= 3 or posts[1] != "省" or posts[0] in LEVEL_CHARS or _LEAGUE_BODY.match(posts):
        return False  # (团省委副书记: the Youth League's provincial committee, a body of its own)
    whole, rest = split_posts(posts), split_posts(posts[1:])
    return bool(rest) and (not whole or whole[0].agency.startswith(posts[0]))


#: a text that opens with a body of a level whose character is also a surname (区, 乡): a unit, not a person
_LEVEL_BODY_START = re.compile(r"^[区乡镇村](?:委(?!员)|政府|人民政府|人大|政协|纪委|党委|党工委)")


def posts_before_name(text: str) -> tuple[str, str, int] | None:
    """A row of two cells printing the posts before the name (``州人民政府副秘书长　降央卓玛``): (name, posts,
    offset of posts in ``text``), or None. Which cell is the name is told by the cells' shapes, not by their
    order: the name is a name as lists print it (a surname or a listed name of another people, 2-4
    characters, no title word), the posts end in a title (or in 职务 after it) and are no name."""
    cells = [(m.start(), m.group()) for m in re.finditer(rf"[^{SPACES}]+", text)]
    if len(cells) > 2 and _spaced_name(cells[1:]):
        # 街道某办公室主任　廖　明杰, 某局局长　濮　菁: a name its padding spaces cut, one cell
        cells = [cells[0], (cells[1][0], "".join(c for _, c in cells[1:]))]
    if len(cells) != 2:
        return None
    (posts_at, posts), (_, name) = cells
    posts, name = re.sub(r"职务$", "", posts), clean_name(name)  # (县某局局长职务　甲某: a post taken from them)
    read = split_posts(posts)
    if not TITLE_RE.search(posts) or (plausible_name(clean_name(posts)) and not _unit_post(read)) \
            or not (reported_name(name, listed=True) or _long_listed(name)) or TITLE_RE.search(name) or not read:
        return None
    return name, posts, posts_at


def _long_listed(name: str) -> bool:
    """A name of another people printed whole without a dot, five or six characters, in a row of its own after the
    posts (某局局长　　哈斯其其格): a name, where the row leaves the cell nothing else to be."""
    return 5 <= len(name) <= 6 and plausible_name(name) and not any(c in _BODY_CHARS for c in name) \
        and not name.endswith(_TITLE_LEADS + ("副", "为", "為")) and not TITLE_RE.search(name) \
        and not any(w in name for w in ("作为", "同时", "职务", "另有", "任用", "退休"))


def _spaced_name(cells: list[tuple[int, str]]) -> bool:
    """Cells that are one name a list padded with spaces (``廖　明杰``, ``濮　菁``, ``张 小 明``): two to four characters in
    all, at least one cell a single character (two names of two are two people), each gap one or two spaces."""
    total = sum(len(c) for _, c in cells)
    gaps = all(b - (a + len(c)) <= 2 for (a, c), (b, _) in zip(cells, cells[1:]))
    return 2 <= total <= 4 and any(len(c) == 1 for _, c in cells) and gaps


def _unit_post(read: list) -> bool:
    """A cell read as one post, the head of a unit named by its kind's character and that character again with 长
    (街道财政所所长, 镇水利站副站长, 某大队大队长): a post, though its characters could make a long name (a unit's 所, 站,
    队 are no characters a name is barred from)."""
    if len(read) != 1 or len(agency := read[0].agency or "") < 2 or not AGENCY_END_RE.search(agency):
        return False
    return re.sub(r"^(?:常务|第一)?副?", "", read[0].title).startswith(agency[-1])


def split_name_posts(text: str, known: frozenset[str] = frozenset()) -> tuple[str, str, int] | None:
    """Split ``name+posts`` into (name, posts, offset of posts in ``text``).

    Whitespace between the two decides when present (the name the cell of a name's shape, where the
    posts come first: ``posts_before_name``); otherwise every cut is scored. ``known`` holds places and
    agencies the notice names elsewhere.
    """
    stripped = text.strip(SPACES)
    if _LEVEL_BODY_START.match(stripped):
        return None  # 区政府办公室负责人, 区委组织部负责人: a body (区 is a surname too), no name before it
    lead = len(text) - len(text.lstrip(SPACES))
    tokens = [(m.start() + lead, m.group()) for m in re.finditer(rf"[^{SPACES}]+", stripped)]
    if len(tokens) >= 2:
        posts_at, posts = tokens[-1]
        name = "".join(t for _, t in tokens[:-1])
        if len(tokens) == 3 and all(len(t) == 1 for _, t in tokens[:-1]) and glued_to_post(posts) \
                and plausible_name(name + posts[0]):
            return name + posts[0], posts[1:], posts_at + 1
        if plausible_name(clean_name(name)) and split_posts(posts):
            return clean_name(name), posts, posts_at
        before = posts_before_name(text)
        if before:
            return before
    if len(tokens) == 2 and len(tokens[0][1]) == 1 and tokens[0][1] in SURNAMES:
        # 仝　蕾市审计局副局长: a two-character name padded after its surname, its given name glued to the post
        k = _best_cut(tokens[0][1] + tokens[1][1], known)
        if k == 2 and tokens[1][1][0] not in _BODY_CHARS:  # (桂　经开区…, 盛　区人社局…: a place or body, no given name)
            glued = tokens[0][1] + tokens[1][1]
            return clean_name(glued[:k]), glued[k:], tokens[1][0] + k - 1
    k = _best_cut(stripped, known)
    if k is None:
        return None
    return clean_name(stripped[:k]), stripped[k:], lead + k


def _best_cut(flat: str, known: frozenset[str]) -> int | None:
    """Where the name of ``name+posts`` ends, every cut scored; None when no cut gives a name and posts."""
    best: tuple[int, int] | None = None
    for k in range(2, min(13, len(flat) - 1)):
        name, rest = flat[:k], flat[k:]
        if not plausible_name(name) or not split_posts(rest):
            continue
        score = _name_score(name) + max(_rest_score(rest, known), _place_first(name, rest))
        if best is None or score > best[0]:
            best = (score, k)
    return best[1] if best else None


#: characters that end a place or a body, never found inside a name printed in a report
_BODY_CHARS = set("省市县区旗州盟镇乡村委局厅部办院处科室组会")


#: words that begin a title (常务副省长), never end a name
_TITLE_LEADS = ("常务", "执行", "代理", "第一", "专职", "驻会", "常務", "執行")


#: the syllables Mongolian names are transliterated with (巴特尔, 吉日嘎拉, 其其格, 那顺乌日图; traditional 賽音, 烏日圖):
#: a name of five characters and more written only with them is one name, printed without a surname
MONGOLIAN_CHARS = ("尔爾格巴日图圖乌烏力额額吉其雅拉那斯敦木特音毕畢和嘎克仁顺順孟布琴德敖朝根古宝寶苏蘇登满滿萨薩勒门門云雲娜达達"
                   "扎都阿乐樂哈坦陶楞恩呼尼道林多西杰傑塔罕汗鲁魯高娃桑兰蘭腾騰旦才次赛賽策查胡浩如希来來")
MONGOLIAN_NAME = rf"[{MONGOLIAN_CHARS}]{{5,8}}"


def name_shape(name: str) -> bool:
    """A name as reports print them: a common surname and two or three characters, a compound
    surname and one or two more, a name with · (艾力更·依明巴海), or a Mongolian name of five characters
    and more (那顺乌日图)."""
    if "·" in name:
        return plausible_name(name)
    if re.fullmatch(MONGOLIAN_NAME, name):
        return plausible_name(name)
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) in (3, 4) and plausible_name(name)
    if len(name) == 4 and name[0] in SURNAMES and name[1] in SURNAMES and name[2] not in SURNAMES:
        return plausible_name(name)  # 林郑月娥: a married woman's name with her husband's surname before her own (Hong Kong, Macao)
    return len(name) in (2, 3) and name[0] in SURNAMES and plausible_name(name)


def reported_name(name: str, listed: bool = False) -> bool:
    """A name as reports and lists print it: a common surname and one or two characters more,
    a compound surname and one or two more, or a name with · (艾力更·依明巴海). ``listed``: the
    name stands in a list after another name, where a rarer surname is accepted (戈丽和)."""
    name = nfkc(name)
    if "·" in name or "•" in name:
        return plausible_name(name) and not name.startswith(("·", "•")) and not name.endswith(("·", "•"))
    if not plausible_name(name) or any(c in _BODY_CHARS for c in name[1:]) or name.endswith(_TITLE_LEADS + ("副", "为", "為")) \
            or name.startswith(("为", "為")) \
            or TITLE_RE.search(name):
        return False  # 经理、党委委员: titles, not names
    if any(w in name for w in ("作为", "作為", "同时", "同時")) or any(c in "则則" for c in name[2:]) or name.endswith(("则", "則")):
        return False  # 郑强作为常务副省长, 郑强则负责: a word of the sentence, not of the name (金则新: 则 in a given name)
    if listed and name[:2] not in COMPOUND_SURNAMES:
        return len(name) in (2, 3, 4)  # 白玛赤林: in a list, a name of another people
    return name_shape(name)  # with its checks above: the names any report prints


#: the people a sentence names by what they are, not who (校长和教师, 院长与医生, 局长及工作人员)
_PEOPLE_NOUN = re.compile(r"(?:教师|老师|教职工|医生|医务人员|护士|学生|职工|员工|干部|群众|家长|工作人员|人员|代表|骨干)$")


def joined_noun(word: str) -> bool:
    """True for a "name" after a title that is 和/与/及 and a title or a noun of people (校长和教师, 局长与副局长: the
    title joined to the next word, no name after it); 和 as a surname (副州长和某某) stays a name."""
    return word[:1] in "和与及" and bool(TITLE_RE.search(word[1:]) or _PEOPLE_NOUN.search(word[1:]))
