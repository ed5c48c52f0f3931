"""Member entries: who a line or a clause of a group's member list names, and the posts each holds.

An entry is a name and posts in either order (``张三　县长``, ``县长张三``, ``县某局局长
甲某``), several names glued or spaced on one line (``张甲  李乙  王丙``), a name with its
unit only, or posts alone before a name a 、 list carries on. These readers take text and an
offset and return ``(name, posts, name_span)`` triples; groups.py decides whose members they are.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..facts import Post
from ..lexicon import AGENCY_END_RE, COMPOUND_SURNAMES, LEVEL_CHARS, LOWER_LEVEL_WORDS, REGION_END_RE, SURNAMES, SURNAMES_BY_FREQUENCY, TITLE_RE
from ..text import SPACES, nfkc, squash, strip_final_punct, unspaced
from .lists import split_outside_brackets
from .parts import ENUM
from .names import ASIDE, clean_name, glued_to_post, name_shape, plausible_name, reported_name, split_name_posts
from .posts import split_posts

#: an entry of a list whose entries commas part: a name, spaces, then posts (甲某　县某局副局长)
_ENTRY_AFTER_COMMA = re.compile(rf"(?P<name>[\u4e00-\u9fff·]{{2,4}})[{SPACES}]+(?P<posts>[\u4e00-\u9fff、]{{2,40}})")

#: a list's enumerator at the start of an entry or heading: 1. / 2.1 / 3.2.1. / (一) / 一、 / （1） / ① (parts.ENUM's
#: styles; a decimal one whole, not its first number only: 2.1 某市指挥部 is the group 某市指挥部; 2.5亿元 is no enumerator)
_ENUM = re.compile(r"^(?:[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})+(?![0-9０-９万亿千百元%％倍])[.．、]?|" + ENUM + r")\s*")


def _short_name(name: str) -> bool:
    """A name as lists print it without posts: at most four characters, or a name joined with ·."""
    return plausible_name(name) and (len(name) <= 4 or "·" in name)


#: an aside on the person between a name and its post (``甲某(女)  县某局局长``, ``乙某（满族）副县长``, ``丙某（兼）  某局局长``):
#: followed by a space or a post, not by the list's 、 or the entry's end
_ASIDE_BEFORE_POST = re.compile(rf"(?<=[\u4e00-\u9fff]){ASIDE}(?=[{SPACES}]*[\u4e00-\u9fff])")
#: the same aside, or a 兼 (held concurrently), at the end of an entry that has posts as well as the name
#: (``市某局副局长甲某(女)``, ``甲某市某局局长(兼)``): no part of the name or the post
_ASIDE_AT_END = re.compile(rf"(?<=[\u4e00-\u9fff]){ASIDE}(?=[{SPACES}]*$)")


#: a line of names only, parted by two spaces or more, a three-character one letter-spaced by single spaces to the
#: width of the others: ``闵　嘉　怡　　柯永年`` (a piece of it: the spaced name, or any name)
_SPACED_THREE_NAME = rf"[\u4e00-\u9fff][{SPACES}][\u4e00-\u9fff][{SPACES}][\u4e00-\u9fff]"
_NAMES_WITH_SPACED_THREE = re.compile(rf"[{SPACES}]*(?:(?:{_SPACED_THREE_NAME}|[\u4e00-\u9fff]{{2,4}})"
                                      rf"(?:[{SPACES}]{{2,}}|[{SPACES}]*$))+")


def _join_spaced_threes(text: str) -> str:
    """A names-only line with each letter-spaced three-character name joined, the spaces put after it (offsets
    kept); the text as it is unless every joined piece is a name."""
    if not _NAMES_WITH_SPACED_THREE.fullmatch(text) or not re.search(_SPACED_THREE_NAME + rf"(?:[{SPACES}]{{2}}|$)", text):
        return text
    joined = re.sub(_SPACED_THREE_NAME + rf"(?=[{SPACES}]{{2,}}|[{SPACES}]*$)",
                    lambda m: m.group()[::2] + "  ", text)
    names = joined.split()
    return joined if all(_short_name(n) and (n[0] in SURNAMES or n[:2] in COMPOUND_SURNAMES) for n in names) else text


#: a two-character name padded to a list's width (张　甲, 李  乙), columns after it parted by wider spaces
_PADDED_NAME = re.compile(rf"^(?P<lead>[{SPACES}]*)(?P<a>[\u4e00-\u9fff])[{SPACES}]{{1,3}}(?P<b>[\u4e00-\u9fff])"
                          rf"(?=[{SPACES}]{{2,}}\S|[{SPACES}]*$)")


#: a two-character name padded to a list's width, its post glued to its second character (张　甲县某局局长, the
#: line's spaces after the name lost): the post opens with a level's character (县, 镇, 市…) and ends the entry
#: (a run of glued members after it is _spaced_entries's)
_PADDED_GLUED = re.compile(rf"^(?P<lead>[{SPACES}]*)(?P<a>[\u4e00-\u9fff])(?P<pad>[{SPACES}]{{1,3}})(?P<b>[\u4e00-\u9fff])"
                           rf"(?=[{LEVEL_CHARS}][\u4e00-\u9fff、]{{2,40}}[{SPACES}]*$)")


#: a three-character name printed letter-spaced (张 某 甲), its post glued to its last character (张 某 甲省某厅厅长):
#: the post opens with 省, which no one character before it makes a place of (市, 县, 州 do: 惠州市, 沛县)
_SPACED_THREE = re.compile(rf"^(?P<lead>[{SPACES}]*)(?P<a>[\u4e00-\u9fff])[{SPACES}]{{1,2}}(?P<b>[\u4e00-\u9fff])[{SPACES}]{{1,2}}"
                           rf"(?P<c>[^{SPACES}{LEVEL_CHARS}\W\d])(?=省[\u4e00-\u9fff])")


#: an aside on the person (女, 回族) right before the posts printed in brackets: 甲某（女）（镇某所所长）
_ASIDE_THEN_POSTS = re.compile(rf"(?<=[\u4e00-\u9fff·]){ASIDE}(?=[(（])")


#: a table's rule a page kept around a row it printed as text (``组长：甲某　县长 |``, ``│ 乙某　副县长 │``)
_BORDERS = "|│┃"


#: a rule a page set between the entries of one line, spaced off on both sides, each side opening with a name:
#: ``甲某　医务部主任　|　乙某　护理部主任`` (a list flattened from a table of several members a row)
_RULE_BETWEEN = re.compile(rf"(?<=[\u4e00-\u9fff)）])[{SPACES}]+[|｜│┃][{SPACES}]+(?=[\u4e00-\u9fff]{{2,4}}[{SPACES}])")


#: a list's last item that names no one but every holder of a post below (…、各乡镇分管负责同志, …、各成员单位负责人)
_COLLECTIVE_TAIL = re.compile(rf"[、，,](?:各|相关|有关)[^、，,。；;]{{1,20}}?(?:负责同志|负责人|主要领导|分管领导|同志)[{SPACES}]*$")


#: an entry that lists units by name and seats their heads, no one named (东门镇、北岙镇、霓屿乡人民政府主要负责人,
#: 城关街道、北山街道办事处负责同志): the units parted by 、, the last one's body and the holders' class at the end
_UNITS_HEADS = re.compile(rf"(?:^|(?<=[{SPACES}：:]))(?:[\u4e00-\u9fff]{{1,10}}?(?:镇|乡|街道|社区|村|区|县|市|局|委|办)[、和及])+"
                          rf"[\u4e00-\u9fff]{{1,16}}?(?:负责同志|主要负责人|负责人|主要领导|分管领导)[{SPACES}]*$")


def _blank_collective_tail(text: str) -> str:
    """The entry line without a last item that names a class of holders (read by no one), nor a list of units
    that seats their heads (read by no one), offsets kept."""
    text = _UNITS_HEADS.sub(lambda m: " " * len(m.group()), text)
    return _COLLECTIVE_TAIL.sub(lambda m: " " * len(m.group()), text)


#: a slash a page set between a member's name and posts, spaced or not: ``甲某 / 街道办事处副主任``,
#: ``费　某／镇党委书记`` (a name at the entry's start, padded or not, or after a separator, then the slash)
_SLASH_AFTER_NAME = re.compile(rf"(?:^|(?<=[{SPACES}、；;，,]))(?P<name>[\u4e00-\u9fff](?:[{SPACES}]{{0,3}}[\u4e00-\u9fff]){{1,4}})"
                               rf"(?P<slash>[{SPACES}]*[/／][{SPACES}]*)(?=[\u4e00-\u9fff])")


def _blank_slash_after_name(text: str) -> str:
    """The entry line with the slash between each name and its posts blanked, offsets kept."""
    return _SLASH_AFTER_NAME.sub(lambda m: m.group("name") + " " * len(m.group("slash")), text)


#: a two-character name padded to a list's width, its posts in brackets after it, in a row of such entries:
#: ``阿苏某某（副院长）　金　鑫（副院长）`` (the name at the entry's start or after a bracket closing the entry before)
_PADDED_BEFORE_ASIDE = re.compile(rf"(?:^|(?<=[)）{SPACES}]))(?P<a>[\u4e00-\u9fff])(?P<pad>[{SPACES}]{{1,2}})(?P<b>[\u4e00-\u9fff])"
                                  rf"(?=[(（][^()（）]{{2,30}}[)）])")


#: a note on how a post is held, printed after the post and before the holder's name (a list printing each post
#: first): ``州审计局副局长（主持工作）　马某某``, ``某局副局长（正科级）　甲某`` — blanked, the post and the name read
_POST_STATUS_BEFORE_NAME = re.compile(rf"(?<=[长任记员])[(（](?:主持(?:全面)?工作|正[科处局厅]级|副[科处局厅]级|试用期[^()（）]{{0,6}})[)）]"
                                      rf"(?=[{SPACES}]+[\u4e00-\u9fff·]{{2,5}}[{SPACES}]*$)")


#: a two-character name padded to a list's width, glued to the post before it, in a list parted by 、:
#: ``副镇长饶某某、镇派出所所长甄　勇`` (the padding moved after the name: ``所长甄勇　``)
_PADDED_AFTER_POST = re.compile(rf"(?<=[长任记员席])(?P<a>[\u4e00-\u9fff])(?P<pad>[{SPACES}]{{1,2}})(?P<b>[\u4e00-\u9fff])"
                                rf"(?=[、，,；;]|[{SPACES}]*$)")


def _unpad_after_post(text: str) -> str:
    """The entry line with a padded name glued to its post closed up, the padding moved after it (offsets kept);
    only in a list of several entries parted by 、 (one entry alone is read by _padded_glued)."""
    if "、" not in text:
        return text
    return _PADDED_AFTER_POST.sub(lambda m: m["a"] + m["b"] + m["pad"], text)


def _unpad_before_aside(text: str) -> str:
    """The entry line with each padded name before its bracketed posts closed up (the padding moved before it),
    offsets of the line kept; a name whose character before is neither the line's start, a space run after a
    closing bracket, nor a bracket stays as it is."""
    def fix(m: re.Match) -> str:
        before = text[: m.start()].rstrip(SPACES)
        if before and before[-1] not in ")）:：":
            return m.group()
        return m["pad"] + m["a"] + m["b"]
    return _PADDED_BEFORE_ASIDE.sub(fix, text)


def _blank_rules_between(text: str) -> str:
    """The entry line with each rule between its entries blanked, offsets kept."""
    return _RULE_BETWEEN.sub(lambda m: " " * len(m.group()), text)


def _blank_cell_borders(text: str) -> str:
    """The entry without the lone rule a copied table left at its start or end (a forum's or a page's cell border,
    ``副组长：甲某（女）　区政府副区长 |``): blanked, offsets kept; an entry with a rule inside is a table's row
    (layout.cells) and kept as it is."""
    body = text.strip(SPACES)
    if not body or body[0] not in _BORDERS and body[-1] not in _BORDERS:
        return text
    lead = len(text) - len(text.lstrip(SPACES))
    end = lead + len(body)
    if body[0] in _BORDERS:
        lead += 1
    if body[-1] in _BORDERS and end > lead:
        end -= 1
    if any(c in _BORDERS for c in text[lead:end]):
        return text
    return " " * lead + text[lead:end] + " " * (len(text) - end)


def parse_member(text: str, at: int, region: str) -> list[tuple[str, list[Post], tuple[int, int]]]:
    """Members in one entry: name with posts (after it, in parentheses, or before it). A member named by
    a head's title only (``副组长：副县长``: whoever holds it) names no one. A list a page or a copy cut in
    its last entry, read as no one or as one, is read without that entry (_before_a_cut)."""
    text = _blank_collective_tail(_blank_rules_between(_blank_slash_after_name(_blank_cell_borders(text))))
    text = _unpad_after_post(text)
    if "（" in text or "(" in text:  # 甲某（某长）　金　鑫（某长）: the padded name closed up; 甲某（女）（镇某所所长）:
        # the aside on the person blanked, the posts after it read
        text = _POST_STATUS_BEFORE_NAME.sub(lambda a: " " * len(a.group()), _unpad_before_aside(text))
        text = _ASIDE_THEN_POSTS.sub(lambda a: " " * len(a.group(0)), text)
    got = _members(text, at, region)
    if len(got) <= 1:  # (one member whose posts swallow the entries after it: 甲某县某局局长　乙某县某局副局长　…)
        glued = _glued_entries(text, at, region)
        got = glued if len(glued) > 1 or not got else got
    if not got or len(got) == 1 and len(text) > 16 and not _whole_line(got[0], text, at):  # (one member on a short line)
        return _before_a_cut(text, at, region) or got
    return got


def _whole_line(member, text: str, at: int) -> bool:
    """Whether one member read from an entry spans all of it, its posts from the entry's start and its name at the
    end (``党工委副书记、管委会主任　司徒某某``): a whole entry, no list cut short (a long name, no lost item)."""
    _, posts, (_, end) = member
    lead = len(text) - len(text.lstrip(SPACES))
    return bool(posts) and posts[0].span[0] == at + lead and end == at + len(text.rstrip(SPACES))


def _glued_entries(text: str, at: int, region: str) -> list:
    """Entries parted by spaces, each a name printed straight against its posts (a page that lost its line breaks:
    ``甲某市委常委、常务副市长 乙某（女）副市长``): each entry read alone; [] unless every one reads as a single
    member with posts."""
    pieces = list(re.finditer(rf"[^{SPACES}]+", text))
    if not 2 <= len(pieces) <= 12:
        return []
    out = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k].start(), pieces[k].end()
        if b - a == 1 and k + 1 < len(pieces) and pieces[k + 1].start() - b <= 3:
            got = _padded_glued(text, pieces[k], pieces[k + 1], at, region)
            if len(got) != 1 or not got[0][1]:
                return []
            out.extend(got)
            k += 2
            continue
        if k + 1 < len(pieces) and _short_name(pieces[k].group()) and not TITLE_RE.search(pieces[k].group()) \
                and TITLE_RE.search(pieces[k + 1].group()):
            k += 1  # 乙某（女）副市长, its aside blanked: the name, then its posts after the blank
            b = pieces[k].end()
        got = _members(text[a:b], at + a, region)
        if len(got) != 1 or not got[0][1] or not plausible_name(got[0][0]) or not text[a:b].startswith(got[0][0]):
            return []
        out.extend(got)
        k += 1
    return out


def _padded_glued(text: str, first, rest, at: int, region: str) -> list:
    """An entry whose two-character name is padded to a list's width, its posts glued to its second
    character (``鄂　宏副县长``, pieces ``鄂`` and ``宏副县长``): read without the padding, offsets kept."""
    pad = rest.start() - first.end()
    got = _members(first.group() + rest.group(), at + first.start(), region)
    return [(name, [replace(p, span=(p.span[0] + pad, p.span[1] + pad)) for p in posts], (a, b + pad))
            for name, posts, (a, b) in got if plausible_name(name)]


def _members(text: str, at: int, region: str) -> list[tuple[str, list[Post], tuple[int, int]]]:
    got = [_place_from_name(m) for m in _entry(text, at, region) if not _BARE_HEAD.fullmatch(m[0])]
    aside = None if got else _POST_ASIDE.search(text)
    if aside:  # 甲某　市政府办副调研员(市审改办): read without the aside, offsets kept
        got = _members(text[:aside.start()] + " " * len(aside.group(0)) + text[aside.end():], at, region)
        return got if any(posts for _, posts, _ in got) else []
    return got


def _place_from_name(member):
    """A member read as a long name before a bare town's level (``温燕新圩镇副镇长`` read 温燕新圩 of 镇): the
    name's last two characters are the town's (温燕 of 新圩镇), a town of one character being rare; other members
    as they are (某市军分区司令员: a 分区 no town)."""
    name, posts, (a, b) = member
    head = posts[0] if posts else None
    if not head or head.agency not in ("镇", "乡") or len(name) not in (4, 5) or name[:2] in COMPOUND_SURNAMES \
            or not _short_name(name[:-2]) or head.span[0] != b:
        return member
    moved = replace(head, agency=name[-2:] + head.agency, span=(head.span[0] - 2, head.span[1]))
    return name[:-2], [moved, *posts[1:]], (a, b - 2)


#: an aside after a member's post, at the entry's end (甲某　市政府办副调研员(市审改办), 乙某　省政府副秘书长(正厅长级)):
#: the office the member sits in, a rank; no part of the post. Read only where the entry read with it names no one
_POST_ASIDE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][^()（）]{{1,20}}[)）](?=[{SPACES}]*$)")


#: what parts a list's items: a 、 or comma, or spaces
_ITEM_SEPARATORS = set("、，," + SPACES)


def _before_a_cut(text: str, at: int, region: str) -> list:
    """The members of a list a page or a copy cut in the middle of its last item (``…、丙某某、丁``,
    ``…　丙某某　县某局副``, ``…某局局长丙某某某局局``): the list without its last item, or its last two
    (a name and the post cut short), or, where entries are glued with no mark, up to the last title; []
    unless that reads as two members or more. The piece dropped is of 12 characters or fewer, Chinese
    characters only and no title: the scans from the end stop there (linear)."""
    end = len(text.rstrip(SPACES))
    for _ in range(2):
        k = end - 1
        while k >= 0 and end - k <= 13 and text[k] not in _ITEM_SEPARATORS:
            k -= 1
        if k <= 0 or end - k > 13 or not _cut_piece(text[k + 1:end]):
            break
        while k > 0 and text[k - 1] in _ITEM_SEPARATORS:
            k -= 1
        end = k
        got = _members(text[:end], at, region)
        if len(got) >= 2:
            return got
    body = text.rstrip(SPACES + "、，,")
    for p in range(len(body) - 1, max(1, len(body) - 12), -1):  # (entries glued: the piece after the last title)
        if TITLE_RE.search(body[max(0, p - 16):p]):
            got = _members(body[:p], at, region) if _cut_piece(body[p:]) else []
            return got if len(got) >= 2 else []
    return []


def _cut_piece(piece: str) -> bool:
    """A list's last piece as a cut leaves it: a name or posts cut short (Chinese characters, no title)."""
    return 0 < len(piece) <= 12 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", piece)) and not TITLE_RE.search(piece)


#: a line of single characters parted by spaces (a list that letter-spaces its short words, 组 长 / 成 员, spaces a
#: short name and a head's bare title too: 徐 某 镇 长)
_LETTER_SPACED = re.compile(rf"[{SPACES}]*[\u4e00-\u9fff](?:[{SPACES}]{{1,3}}[\u4e00-\u9fff]){{3,5}}[{SPACES}]*")


def _spaced_name_title(text: str, at: int, region: str):
    """(name, posts, span) for a letter-spaced name and title (徐 某 镇 长: 徐某, 镇长; 何 某 平 副 县 长); None
    for other lines. The title is the last two or three characters, whole a title; the name the rest, a name's
    shape."""
    if not _LETTER_SPACED.fullmatch(text):
        return None
    chars = [(m.start(), m.group()) for m in re.finditer(rf"[^{SPACES}]", text)]
    for n in (3, 2):
        name, title = "".join(c for _, c in chars[:-n]), "".join(c for _, c in chars[-n:])
        if len(name) in (2, 3) and name[0] in SURNAMES and reported_name(name) and TITLE_RE.fullmatch(title) \
                and not TITLE_RE.search(name):
            return name, split_posts(title, at + chars[-n][0], region=region), (at + chars[0][0], at + chars[len(name) - 1][0] + 1)
    return None


def _self_title_spaced_name(text: str, at: int):
    """(name, [post], span) for a unit head's bare title, then a space, then the name, either padded to a column
    (``院　长　　　　司马　青松``, ``副院长　柯　雨辰``: a court's or a bureau's own list, the posts before the
    names); the post's agency left empty for the group to fill (groups._own_body); None for other lines."""
    words = list(re.finditer(rf"[^{SPACES}]+", text))
    for k in range(1, len(words)):
        title = "".join(w.group() for w in words[:k])
        name = "".join(w.group() for w in words[k:])
        if not _SELF_TITLE.fullmatch(title) or not 2 <= len(name) <= 4 or TITLE_RE.search(name) \
                or not (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES) or not plausible_name(name):
            continue
        post = Post(agency="", title=title, span=(at + words[0].start(), at + words[k - 1].end()))
        return name, [post], (at + words[k].start(), at + words[-1].end())
    return None


def _entry(text: str, at: int, region: str) -> list[tuple[str, list[Post], tuple[int, int]]]:
    spaced = _spaced_name_title(text, at, region) or _self_title_spaced_name(text, at)
    if spaced:
        return [spaced]
    text = _ASIDE_BEFORE_POST.sub(lambda a: " " * len(a.group(0)), text)  # 甲某(女) 县某局局长: blanked, offsets kept
    if len(text.strip(SPACES)) > 8:  # (甲某(女) alone: the name-and-brackets reading below keeps it)
        text = _ASIDE_AT_END.sub(lambda a: " " * len(a.group(0)), text)
    text = _join_spaced_threes(text)
    three = _SPACED_THREE.match(text)
    if three and three["a"] in SURNAMES and glued_to_post(text[three.start("c"):].strip(SPACES)):  # 张 某 甲县某局局长: the three characters joined, the post after a space
        text = three["lead"] + three["a"] + three["b"] + three["c"] + " " * (three.end() - three.start("a") - 3) \
            + text[three.end():]
    glued = _PADDED_GLUED.match(text)
    if glued and glued["a"] in SURNAMES and TITLE_RE.search(text[glued.end():].strip(SPACES)):
        # 张　甲县某局局长: the name's two characters joined, the padding moved after them
        text = glued["lead"] + glued["a"] + glued["b"] + glued["pad"] + text[glued.end():]
    pad = _PADDED_NAME.match(text)
    if pad and pad["a"] in SURNAMES:  # 张  甲    县某局    局长: the two characters joined, the padding after them
        text = pad["lead"] + pad["a"] + pad["b"] + " " * (pad.end() - pad.start("a") - 2) + text[pad.end():]
    body = strip_final_punct(text.strip(SPACES))
    em = _ENUM.match(body)
    if em:  # a numbered member: 1.张三　县长
        return _members(body[em.end():], at + (len(text) - len(text.lstrip(SPACES))) + em.end(), region)
    if not body or re.search(r"[。；;：:]", re.sub(r"[(（][^()（）]*[)）]", "", body)):
        return []
    flat = nfkc(body)
    bare = re.sub(r"[(（][^()（）]*[)）]", "", flat)
    if re.search(r"[，,]", bare) and len(bare) <= 300 and all(
            (e := _ENTRY_AFTER_COMMA.fullmatch(p.strip(SPACES))) and _short_name(e["name"]) and TITLE_RE.search(e["posts"])
            and not TITLE_RE.search(e["name"]) for p in re.split(r"[，,]", bare)):
        # 甲某　县某局局长，乙某　县某局副局长（兼），丙某…: entries, each a name, spaces and posts, parted by commas
        return [m for s, piece in split_outside_brackets(body, "，,") for m in _members(piece, at + s, region)]
    nm = re.match(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}})[{SPACES}]+\S", bare)
    if re.search(r"[，,]", bare) and nm and nm["name"][0] in SURNAMES and _short_name(nm["name"]) \
            and not re.search(r"[，,]", bare[: nm.end()]) and len(bare) <= 60 and "。" not in bare:
        # 杜某某　原州人民政府巡视员，州某某协会名誉会长: a name and its posts, the posts split by a comma
        return _members(re.sub(r"[，,]", "、", body), at, region)
    nc = re.match(r"^(?P<name>[\u4e00-\u9fff·]{2,4})[，,](?P<posts>[^，,]{2,40})$", bare)
    if nc and nc["name"][0] in SURNAMES and _short_name(nc["name"]) \
            and all(TITLE_RE.search(p) for p in nc["posts"].split("、")):
        posts = split_posts(nc["posts"], at + len(text) - len(text.lstrip(SPACES)) + nc.start("posts"), region=region)
        if posts:  # 张某某，县长 / 张某某，县委副书记、县长: a name, a comma, its posts
            return [(nc["name"], posts, (at, at + nc.end("name")))]
    if re.search(r"[，,]", bare) and not all(plausible_name(clean_name(p)) for p in re.split(r"[、，,]", bare)):
        # a sentence, not a list of members; unless each piece is posts and a name (某局局长甲，某局局长乙)
        return _posts_name_list(flat, at, region)
    bare_list = re.split(r"[、，,]", re.sub(r"[(（][^()（）]*[)）]", "", flat))
    if len(bare_list) > 1 and re.search(r"[(（]", flat) and not re.search(r"[)）][、，,]", flat) \
            and all(_short_name(clean_name(p)) for p in bare_list):
        # 刘晓光、栾志勇（市投资促进服务中心主任）: split outside brackets
        return [m for s, piece in split_outside_brackets(body, "、，,") for m in _members(piece, at + s, region)]
    # 甲（某局局长）、乙（…） / 甲（某局局长）  乙（…）: entries parted after each bracket by a 、 or by spaces
    if re.search(rf"[)）](?:[、,，]|[{SPACES}]+(?=[\u4e00-\u9fff·]{{2,4}}[(（]))", flat):
        out = []
        pos = 0
        for piece in re.split(rf"(?<=[)）])(?:[、,，]|[{SPACES}]+(?=[\u4e00-\u9fff·]{{2,4}}[(（]))", body):
            s = body.index(piece, pos)
            pos = s + len(piece)
            out.extend(_members(piece, at + s, region))
        return out
    # 县长（张某某）: the post, then the name that holds it in brackets
    pm = re.match(r"^(?P<posts>[^()（）、，,]{2,20})[(（](?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?[)）]$", flat)
    if pm and TITLE_RE.search(pm["posts"]) and pm["name"][0] in SURNAMES and _short_name(pm["name"]) \
            and not TITLE_RE.search(pm["name"]):
        lead = at + len(text) - len(text.lstrip(SPACES))
        return [(pm["name"], split_posts(pm["posts"], lead, region=region), (lead + pm.start("name"), lead + pm.end("name")))]
    m = re.match(r"^(?P<name>[^()（）、]{2,14}?)[(（](?P<posts>.+)[)）]$", flat)
    if m and plausible_name(clean_name(m["name"])):
        posts = split_posts(m["posts"], at + m.start("posts"), region=region)
        return [(clean_name(m["name"]), posts, (at, at + m.end("name")))]
    lead_no = re.match(rf"^\d+[{SPACES}.、]+", body)  # a row number: 5　苗春雷　市发展和改革委员会主任
    if lead_no:
        return _members(body[lead_no.end():], at + lead_no.end(), region)
    spaced = _spaced_names(body, at) or _glued_names(body, at) or _name_post_pairs(body, at, region) \
        or _post_name_pairs(body, at, region) or _spaced_entries(body, at, region)
    if spaced:
        return spaced
    if "、" in flat and len(flat) <= 300 and not re.search(rf"[{SPACES}(（]", flat):
        people = _listed_people(flat, at, region)  # 副县长甲、县政府办主任乙: each posts and a name
        if len(people) > 1 and all(posts for _, posts, _ in people):
            return people
    tokens = re.findall(rf"[^{SPACES}]+", body)
    if len(tokens) >= 2 and not plausible_name(clean_name("".join(tokens[:-1]))):
        got = posts_then_name(body, at, region)  # 区政协副主席、区文化和旅游局局长　　巩秀芝
        if got:
            return [got]
    bare = _name_then_bare_title(body, at, region)
    if bare:
        return [bare]
    spaced_post = _name_space_post(body, at, region)
    if spaced_post:
        return [spaced_post]
    split = split_name_posts(body)
    if split and ("的" in split[1] or _NOT_A_NAME.match(split[0])):
        return []  # 协调住房和城乡建设工作的市政府副秘书长: a post described by its duties, no name; 分管副县长
    if split:
        name, posts, off = split
        return [(name, split_posts(posts, at + off, region=region), (at, at + off))]
    got = posts_then_name(body, at, region)
    if got:
        return [got]
    nb = _NAME_SPACE_BODY.match(body)
    if nb and _short_name(clean_name(nb["name"])) and nb["name"][0] in SURNAMES:
        return [(clean_name(nb["name"]), [], (at, at + nb.end("name")))]  # a member by name and the firm they come from
    pieces = re.split(r"[、,，]", flat)
    names = [clean_name(p) for p in pieces]
    if all(_short_name(n) for n in names):
        out, pos = [], 0
        for piece, n in zip(pieces, names):
            s = flat.index(piece, pos)
            pos = s + len(piece)
            out.append((n, [], (at + s, at + s + len(piece))))
        return out
    if len(pieces) > 1 and len(flat) <= 300 and not re.search(rf"[{SPACES}(（]", flat):
        return _listed_people(flat, at, region)  # 副县长甲、县政府办主任乙: each posts and a name
    return []


def _posts_name_list(flat: str, at: int, region: str) -> list:
    """Members parted by commas, each posts and then a name (``县财政局局长甲，县教育局局长乙``);
    nothing unless every piece is one."""
    out, pos = [], 0
    for piece in re.split(r"[，,]", flat):
        s = flat.index(piece, pos)
        pos = s + len(piece)
        got = posts_then_name(piece, at + s, region) if piece and not re.search(rf"[{SPACES}(（、]", piece) else None
        if not got or not got[1] or not piece.endswith(got[0]):
            return []
        out.append(got)
    return out


#: words printed before a title in place of a name: 分管副县长, 相关单位负责人
_NOT_A_NAME = re.compile(r"^(?:分管|主管|协管|联系|相关|有关|其他|其余|全体|各)")


def _name_then_bare_title(text: str, at: int, region: str, postless: bool = False):
    """A name straight against a title with no body (陈芸副省长, 张高丽副总理): the title is whole.
    ``postless``: also a title that gives no post (甲秘书长), the name without posts."""
    flat = nfkc(text).strip(SPACES)
    for n in (2, 3):
        name, title = flat[:n], flat[n:]
        if name[:1] in SURNAMES and plausible_name(name) and title and TITLE_RE.fullmatch(title) \
                and not title.endswith(("负责人", "负责同志")) \
                and not re.fullmatch(f"[{LEVEL_CHARS}][委政]", name) \
                and not TITLE_RE.fullmatch(name[-1] + title) and not TITLE_RE.fullmatch(name + title):  # 党委书记
            posts = split_posts(title, at + n, region=region)
            if posts or postless:
                return name, posts, (at, at + n)
    return None


#: the two characters of a three-character name after its surname
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{2}")


def _tokens(body: str) -> list[tuple[int, int, str]]:
    """The words of ``body`` between spaces, a padded two-character name (``李　某``) read as one, and a
    three-character name a space parts after its surname (``李　某某（女）``, the pad of a list's two-character names
    put into a longer one): the surname and the two characters after it, no title among them."""
    tokens = [(m.start(), m.group()) for m in re.finditer(rf"[^{SPACES}]+", body)]
    merged: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        s, tok = tokens[k]
        if len(tok) == 1 and k + 1 < len(tokens) and len(tokens[k + 1][1]) == 1:
            merged.append((s, tokens[k + 1][0] + 1, tok + tokens[k + 1][1]))
            k += 2
            continue
        if len(tok) == 1 and tok in SURNAMES and k + 1 < len(tokens) and _NAME_TAIL.fullmatch(tokens[k + 1][1]) \
                and not TITLE_RE.search(tok + tokens[k + 1][1]):
            merged.append((s, tokens[k + 1][0] + 2, tok + tokens[k + 1][1]))
            k += 2
            continue
        merged.append((s, s + len(tok), tok))
        k += 1
    return merged


def _name_post_pairs(body: str, at: int, region: str):
    """Several members on one line, each a name and then its post, all parted by spaces
    (``李某　副县长　王某某　县财政局局长``): every other word a name, the words between posts. A three-character
    name of a surname the lexicon lacks (折, 眭, 幸, 贲), or a two-character one padded to the list's width
    (``殳　颖``), is read where its post is the whole word after it and at least one of the run's names has a
    lexicon surname; so is one of two or four characters, or a long name of the
    northern and western peoples (five or six characters), that stands after a member's post (or opens a run of
    three members or more: ``甲乙丙丁　县某办主任　…``) and before posts a level's character opens (``…　县某局局长　甲乙丙丁戊　县某局副局长``). A last word that holds a post with no
    name (``…　县某局局长　各乡人民政府乡长``) closes the run and is no member."""
    words = _without_nameless_close(_tokens(body))
    unglued = _unglue_next_names(words)
    if len(unglued) % 2 == 0:
        words = unglued
    if len(words) < 4 or len(words) % 2:
        return []
    # every post a placed body's (苏木派出所所长, 宝力格嘎查党支部书记): the run's shape plain with names of any surname
    all_placed = all(_placed_post(post) for _, _, post in words[1::2])
    out = []
    rare = 0
    for (s, e, name), (ps, _, post) in zip(words[::2], words[1::2]):
        known = name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES
        # after a member's post (or opening a run of three members or more), before a body a level opens
        between = (bool(out) or len(words) >= 6 or all_placed) and _placed_post(post)
        padded = len(name) == 2 and e - s > 2  # 殳　颖: a two-character name padded to the list's width
        if not ((_short_name(name) and (known or len(name) == 3 or padded or between)
                 or between and 5 <= len(name) <= 6 and plausible_name(name))
                and not TITLE_RE.search(name) and TITLE_RE.search(post)):
            return []
        posts = split_posts(post, at + ps, region=region)
        if not posts or not known and posts[-1].span[1] != at + ps + len(post):
            return []
        rare += not known
        out.append((name, posts, (at + s, at + e)))
    return out if rare < len(out) or all_placed else []


def _unglue_next_names(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``words`` with each post that a line which lost a space glued to the next member's name cut in two
    (``甲某　县某科科长乙某某　县某站站长``: 县某科科长 | 乙某某): a word after the first that ends in a name of two or
    three characters of a lexicon surname, after a title, with another word after it (the name's posts)."""
    out = list(words[:1])
    for s, e, w in words[1:-1]:
        cut = next((c for c in (len(w) - 3, len(w) - 2) if c >= 3 and w[c] in SURNAMES and TITLE_RE.search(w[:c])
                    and plausible_name(w[c:]) and not TITLE_RE.search(w[c:])), None)
        if cut is None or len(out) % 2 == 0:  # (a word where a name stands: not cut)
            out.append((s, e, w))
            continue
        out.extend([(s, s + cut, w[:cut]), (s + cut, e, w[cut:])])
    return out + list(words[-1:]) if len(words) > 1 else out


def _placed_post(post: str) -> bool:
    """Whether posts open with their body's level or place: a level's character (县某局局长), a lower unit's word
    (苏木派出所所长, 街道办事处主任), or a place and its level (某某嘎查党支部书记, 某某镇镇长)."""
    return post[0] in LEVEL_CHARS or post.startswith(LOWER_LEVEL_WORDS) or bool(REGION_END_RE.match(post))


def _without_nameless_close(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``words`` without a last word, after an even run, that names posts held by no one in particular
    (``各乡人民政府乡长``, ``有关单位负责人``): the list's closing entry, not a member."""
    if len(words) % 2 and len(words) >= 5 and _NOT_A_NAME.match(words[-1][2]) and TITLE_RE.search(words[-1][2]):
        return words[:-1]
    return words


def _post_name_pairs(body: str, at: int, region: str):
    """Several members on one line, each posts and then a name, all parted by spaces (a member list run onto
    one line: ``县某局副局长　甲某某　县某委副主任　乙　某``): every other word posts, the words after them names.
    A three-character name of a surname the lexicon lacks (闭, 折, 眭, 贲) is read as in
    _name_post_pairs: its posts the whole word before it, and at least one of the run's names of a lexicon surname."""
    words = _tokens(body)
    if len(words) < 4 or len(words) % 2:
        return []
    out = []
    rare = 0
    for (ps, _, post), (s, e, name) in zip(words[::2], words[1::2]):
        known = name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES
        if not (_short_name(name) and (known or len(name) == 3)
                and not TITLE_RE.search(name) and TITLE_RE.search(post) and plausible_name(name)):
            return []
        posts = split_posts(post, at + ps, region=region)
        if not posts or posts[-1].span[1] != at + ps + len(post):  # (the posts are the whole word)
            return []
        rare += not known
        out.append((name, posts, (at + s, at + e)))
    return out if rare < len(out) else []


def _spaced_entries(body: str, at: int, region: str):
    """Several members on one line whose line breaks were lost, each a name glued to its posts and the
    members parted by spaces (``甲某某市某局局长 乙 某市某委副主任 丙某县某局副局长``, a two-character name
    padded to the list's width keeping its inner space), or each posts glued to a name (``市某局局长甲某某
    市某委副主任乙某``): every word one member, all in the same order; [] unless each is read."""
    words = [(m.start(), m.group()) for m in re.finditer(rf"[^{SPACES}]+", body)]
    pieces: list[tuple[list[int], str]] = []  # (the offset in body of each character, the characters)
    whole: set[int] = set()  # the pieces that join a name and the posts after it: one member each
    k = 0
    while k < len(words):
        s, w = words[k]
        if len(w) == 1 and k + 1 < len(words) and len(words[k + 1][1]) >= 2:  # 乙 某市某委副主任: a padded name
            s2, w2 = words[k + 1]
            pieces.append(([s] + list(range(s2, s2 + len(w2))), w + w2))
            k += 2
            continue
        if pieces and 2 <= len(w) <= 4 and k + 1 < len(words) and w[0] in SURNAMES and not TITLE_RE.search(w) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,30}", words[k + 1][1]) and TITLE_RE.search(words[k + 1][1]):
            # 丙某某（女）县某局局长 after glued members, its aside blanked: the name and the posts after it
            s2, w2 = words[k + 1]
            joined = (list(range(s, s + len(w))) + list(range(s2, s2 + len(w2))), w + w2)
            got = _glued_entry(joined[1], joined[0], at, region)
            if got and got[1] and got[0][0] == w:
                pieces.append(joined)
                whole.add(len(pieces) - 1)  # (one member: no glued run to cut, 某部长江某委 no two)
                k += 2
                continue
        offs, j = list(range(s, s + len(w))), k
        while j + 1 < len(words) and _name_before_aside(w, offs, at, region) and words[j + 1][1][0] in LEVEL_CHARS \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,40}", words[j + 1][1]) and TITLE_RE.search(words[j + 1][1]):
            # 甲某县某局局长乙某（女）县某局副局长: the aside after a glued member's name blanked, the run joined again
            s2, w2 = words[j + 1]
            offs, w, j = offs + list(range(s2, s2 + len(w2))), w + w2, j + 1
        pieces.append((offs, w))
        k = j + 1
    out, order, read = [], set(), 0
    for n, (offs, w) in enumerate(pieces):
        run = _glued_run(w, offs, at, region) if len(w) > 8 and n not in whole \
            and re.fullmatch(r"[\u4e00-\u9fff、]+", w) else []
        got = _glued_entry(w, offs, at, region) if not run and re.fullmatch(r"[\u4e00-\u9fff、]{4,40}", w) \
            and "、" not in (w[0], w[-1]) else None
        if run and not order - {True}:
            order.add(True)
            out.extend(run)
            read += 1
            continue
        if got is None or order and got[1] not in order:
            break
        order.add(got[1])
        out.append(got[0])
        read += 1
    if read < len(pieces) and len(out) < 3:
        return []  # (three members read and then words that are none: the text after the list, its break lost too)
    return out if len(out) >= 2 else []


def _glued_run(w: str, offs: list[int], at: int, region: str) -> list:
    """The members of a word that glues several, each a name and then its posts, with nothing between them
    (``甲某某市某局局长乙某市某委副主任``): cut after a title where a name of a lexicon surname follows, every
    piece one member; [] unless the word cuts into two members or more."""
    cuts = [m.end() for m in _AFTER_TITLE.finditer(w) if 4 <= m.end() <= len(w) - 4 and w[m.end()] in SURNAMES]
    cuts = [c for c in cuts if any(TITLE_RE.search(w[max(0, c - k):c]) for k in (2, 3, 4, 5))]
    if not cuts:
        return []
    bounds = [0] + cuts + [len(w)]
    best: list = [None] * (len(bounds) - 1) + [[]]  # best[i]: the members of w[bounds[i]:], cut at bounds only
    for i in range(len(bounds) - 2, -1, -1):
        for j in range(i + 1, len(bounds)):
            if bounds[j] - bounds[i] > 40:
                break
            if best[j] is None:
                continue
            seg = w[bounds[i]:bounds[j]]
            got = _glued_entry(seg, offs[bounds[i]:bounds[j]], at, region) if "、" not in (seg[0], seg[-1]) else None
            if got and got[1] and (best[i] is None or len(best[j]) + 1 > len(best[i])):
                best[i] = [got[0]] + best[j]
    return best[0] if best[0] and len(best[0]) >= 2 else []


#: where a title ends inside a word (a candidate cut between two glued members)
_AFTER_TITLE = re.compile(r"(?<=[长任记员席理师监官委])")


def _name_before_aside(w: str, offs: list[int], at: int, region: str) -> bool:
    """Whether a word of glued members ends with the next member's name alone, its aside blanked after it
    (``甲某县某局局长乙某`` of ``甲某县某局局长乙某（女）县某局副局长``): the word without its last two to four
    characters is a title's end, and reads as members each a name and then posts."""
    if len(w) > 60 or not re.fullmatch(r"[\u4e00-\u9fff]{6,60}", w):
        return False
    for n in (3, 2, 4):
        head, name = w[:-n], w[-n:]
        if head[-1] not in "长任记员席理师监官委" or not TITLE_RE.search(head[-5:]) or TITLE_RE.search(name) \
                or not plausible_name(name):
            continue
        one = _glued_entry(head, offs[:-n], at, region)
        if one and one[1] or _glued_run(head, offs[:-n], at, region):
            return True
    return False


def _glued_entry(w: str, offs: list[int], at: int, region: str):
    """((name, posts, name span), name first?) for one member printed as a name glued to its posts, or as
    posts glued to a name; None for other words."""
    split = split_name_posts(w)
    if split and split[2] in (2, 3) and "的" not in split[1] and _short_name(split[0]) and not TITLE_RE.search(split[0]) \
            and (split[0][0] in SURNAMES or split[0][:2] in COMPOUND_SURNAMES
                 or reported_name(split[0], listed=True) and split[1][0] in LEVEL_CHARS):  # (a rarer surname before 市…)
        posts = split_posts(split[1], at + offs[split[2]], region=region)
        if posts and posts[-1].span[1] == at + offs[-1] + 1:
            return (split[0], posts, (at + offs[0], at + offs[split[2] - 1] + 1)), True
    after = posts_then_name(w, 0, region)
    if after and after[1] and 2 <= len(after[0]) <= 3 and w.endswith(after[0]) and not _listed_people(w, 0, region)[1:]:
        n = len(w) - len(after[0])
        posts = split_posts(w[:n], at + offs[0], region=region)
        if posts:
            return (after[0], posts, (at + offs[n], at + offs[-1] + 1)), False
    return None


def _spaced_names(body: str, at: int):
    """Bare names separated by spaces (``王晓剑　谭志新``), a padded two-character name among them
    (``闵　成　马梅红``): each a surname and one to three characters, none a title."""
    merged = _tokens(body)
    if len(merged) < 2:
        return []
    named = [2 <= len(n) <= 4 and (n[0] in SURNAMES or n[:2] in COMPOUND_SURNAMES) and not TITLE_RE.search(n)
             and (plausible_name(n) or _name_in_a_row(n)) for _, _, n in merged]
    # (in a row of three or more, one name of a surname the lexicon lacks: 甲某某　乙某某　丙某某)
    odd = [n for ok, (_, _, n) in zip(named, merged) if not ok]
    if odd and (len(merged) < 3 or len(odd) > 1 or not reported_name(odd[0], listed=True) or len(odd[0]) > 3):
        return []
    return [(n, [], (at + s, at + e)) for s, e, n in merged]


def _name_in_a_row(name: str) -> bool:
    """A three-character name among names parted by spaces that ``plausible_name`` turns down for a
    character sentences use as a word (将, 以, 等: 甲将某): in a row of names it is a name's."""
    return len(name) == 3 and name[1] in "将以等与及由从对是在" and plausible_name(name[0] + name[2])


def glued_names(word: str) -> list[tuple[str, int]]:
    """The names of a run a copy glued together (``甲某某乙某丙某某``), each with its offset in the run, cut as a
    member list's are; [] unless it cuts into two names or more, each the shape of a name."""
    names = [(name, span[0]) for name, _, span in _glued_names(word, 0)]
    return names if len(names) >= 2 and all(name_shape(n) for n, _ in names) else []


#: how common a surname is (its place in the frequency list; the ones added after it come last)
_SURNAME_RANK = {c: k for k, c in enumerate(dict.fromkeys(SURNAMES_BY_FREQUENCY + "".join(sorted(SURNAMES))))}


def _glued_names(body: str, at: int):
    """Names a copy glued together when it dropped the spaces between them (``王某强赵某鸽江 某``,
    a padded two-character name keeping its inner space): cut into names of two or three characters,
    each opening with a surname; a space is a cut, or the padding inside a two-character name. Of the
    ways to cut, the one whose names open with the commonest surnames (``顾某明罗某`` rather than
    ``顾某 明罗某``). None unless the run is five Han characters or more, with no title in it."""
    if not re.fullmatch(rf"[\u4e00-\u9fff{SPACES}]+", body) or TITLE_RE.search(squash(body)) \
            or re.search(r"[局委厅部办院所站队处科室司省市县区镇乡村街]", body):
        return []  # (某某区财政局: a body, not names)
    chars = [(k, ch) for k, ch in enumerate(body) if ch not in SPACES]
    if len(chars) < 5:
        return []
    n = len(chars)
    best: list = [None] * n + [(0, [])]  # best[i]: (cost, names) of the run from the i-th character on
    for i in range(n - 1, -1, -1):
        for size in (2, 3):
            j = i + size
            if j > n or best[j] is None:
                continue
            inner = body[chars[i][0]: chars[j - 1][0] + 1]
            spaced = any(ch in SPACES for ch in inner)
            name = "".join(ch for _, ch in chars[i:j])
            if spaced and (size != 2) or name[0] not in _SURNAME_RANK or not plausible_name(name):
                continue  # (a space inside a name only pads a two-character one)
            cost = best[j][0] + _SURNAME_RANK[name[0]] + 1
            if best[i] is None or cost < best[i][0]:
                best[i] = (cost, [(chars[i][0], chars[j - 1][0] + 1, name)] + best[j][1])
    if best[0] is None:
        return []
    return [(name, [], (at + s, at + e)) for s, e, name in best[0][1]]


def posts_then_name(body: str, at: int, region: str):
    """``区发展和改革委员会主任　党晓东`` / ``副市长李四``: posts first, the name last."""
    tokens = re.findall(rf"[^{SPACES}]+", body)
    padded = _padded_last_name(tokens)
    if padded:  # 纪工委书记　宗　政庭: the name padded after its surname, its two pieces one token
        s = body.rindex(tokens[-2], 0, body.rindex(tokens[-1]))
        posts = split_posts(body[:s], at, region=region)
        if posts and not re.search(r"[，,]", body[:s]):
            return padded, posts, (at + s, at + len(body.rstrip(SPACES)))
    if len(tokens) >= 2 and plausible_name(clean_name(tokens[-1])):
        name = clean_name(tokens[-1])
        head = body[: body.rindex(tokens[-1])]
        posts = split_posts(head, at, region=region)
        if posts and not re.search(r"[，,]", head):
            s = at + body.rindex(tokens[-1])
            return name, posts, (s, s + len(tokens[-1]))
    flat = unspaced(nfkc(body))
    if re.search(r"[，,]", flat):
        return None
    # the shortest name after a whole title (a name is at most 12 characters: plausible_name)
    for cut in range(len(flat) - 2, max(1, len(flat) - 13), -1):
        if not TITLE_RE.search(flat[:cut]):
            continue
        name = flat[cut:]
        # (a name does not open with the end of a title, 会长/主任/委员…, but 任 is a surname too: 副市长任某某)
        if plausible_name(name) and (len(name) <= 4 or "·" in name) and not re.match(r"[会长员记席]", name) \
                and not (name[0] == "任" and len(name) != 3 and (len(name) != 2 or name[1] in _AFTER_REN)):
            posts = split_posts(flat[:cut], at, region=region)
            if posts:
                return name, posts, (at + len(body) - len(name), at + len(body))
    return None


def _padded_last_name(tokens: list[str]) -> str:
    """The last name of an entry printed with a space after its surname to a column's width (``宗　政庭``,
    ``欧阳　某``): the surname's piece and the rest joined; "" for other entries."""
    if len(tokens) < 3 or len(tokens[-2]) != 1 or not 1 <= len(tokens[-1]) <= 3:
        return ""
    name = tokens[-2] + tokens[-1]
    surname = tokens[-2] in SURNAMES or name[:2] in COMPOUND_SURNAMES
    return name if surname and plausible_name(name) and not TITLE_RE.search(name) else ""


#: what follows 任 where it is the verb (任职, 任命, 任组长), not a surname (党委副书记任某)
_AFTER_REN = set("职命期务免用组主副成委召指常总一二三四五六七八九十")


#: a post a member held before (原州人民政府巡视员): no post now; 原州区 is a place, not 原 + 州
_FORMER = re.compile(r"^原[省市县区州旗盟镇乡](?![区市县])")


def _current_posts(posts) -> list:
    """The posts without a former one (原州人民政府巡视员); a post after it that took its 原州 as
    its level (原州某某协会 for 州某某协会 printed after it) gets its own name back."""
    out, former = [], None
    for p in posts:
        m = _FORMER.match(p.agency or "")
        if m and former is None:
            former = m.group()
        elif m and m.group() == former:
            out.append(Post(agency=p.agency[1:], title=p.title, span=p.span, alias=p.alias))
        else:
            out.append(p)
    return out


#: a member printed with only the body they come from: 何伟森（市市政局） / 何伟森　某某燃放有限公司
_NAME_WITH_BODY = re.compile(r"^[\u4e00-\u9fff·]{2,4}[(（][^()（）]{2,30}[)）]$")


_NAME_SPACE_BODY = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}})[{SPACES}]+(?P<body>[\u4e00-\u9fff()（）]{{2,30}}"
                              rf"(?:公司|集团|银行|协会|商会|中心|医院|学校|大学|学院|研究院|研究所))$")


#: a member printed as a name, spaces, and a post that names no body of its own (``甲某　党工委书记``,
#: ``甲某　某办联络员``, a street's or a village's list where the place is the notice's): the post's
#: last word a title or a staff word (联络员, 负责人)
#: a name, spaces, its posts: 甲某　党工委副书记 (four characters only after a compound surname: 欧阳某某　局长)
_NAME_SPACE_POST = re.compile(rf"^(?P<name>[\u4e00-\u9fff](?:[{SPACES}]?[\u4e00-\u9fff]){{1,3}})[{SPACES}]+"
                              r"(?P<post>[\u4e00-\u9fff、]{2,30})$")


_STAFF_END = re.compile(r"(?:员|负责人|书记|主任|主席|部长|所长|站长|队长|院长|组长)$")


#: given names' characters that are words in prose too (及 and, 从 from, 与 with): a name never holds them in a
#: sentence (甲及乙), but a name alone before the spaces that part it from its post does (张某及　某局局长)
_PROSE_WORD_IN_NAME = re.compile(r"(?<=.)[及从与]")
#: prose words that are surnames too (从 from, the surname 从/丛): a list's cell may open with them, a sentence's
#: name never does (从某县调任…)
_PROSE_WORD_SURNAMES = "从"


def _cell_name(name: str) -> bool:
    """A name as a list's cell prints it, before the spaces that part it from its post."""
    if reported_name(name, listed=True):
        return True
    surname = name[:1] in _PROSE_WORD_SURNAMES and len(name) >= 3  # (从事, 从严: words, two characters)
    name = "丛" + name[1:] if surname else name  # (the surname's other writing, read for the shape of the name)
    return name[:1] in SURNAMES and (surname or bool(_PROSE_WORD_IN_NAME.search(name))) \
        and reported_name(_PROSE_WORD_IN_NAME.sub("明", name), listed=True)


def _name_space_post(body: str, at: int, region: str):
    """(name, posts, span) for ``甲某　党工委副书记`` where the posts split into none or only some of
    the post's parts: the name is the member's all the same; None for other lines."""
    body = _ASIDE_BEFORE_POST.sub(lambda a: " " * len(a.group(0)), body)  # 甲某某（女）　副校长: the aside blanked
    m = _NAME_SPACE_POST.match(nfkc(body).strip(SPACES))
    if not m:
        return None
    name, post = clean_name(m["name"]), m["post"]
    if len(name) > 3 and name[:2] not in COMPOUND_SURNAMES \
            and not (len(name) == 4 and TITLE_RE.fullmatch(post) and not TITLE_RE.search(name)):
        return None  # (拉巴普赤　副校长: a four-character name, a bare title after the space)
    if not _cell_name(name) or name_shape(post) or not (TITLE_RE.search(post) or _STAFF_END.search(post)):
        return None
    lead = len(body) - len(body.lstrip(SPACES))
    return name, split_posts(post, at + lead + m.start("post"), region=region), (at + lead, at + lead + m.end("name"))


def _listed_people(entries: str, at: int, region: str) -> list:
    """Each person in a list of ``posts + name`` entries; a post printed before a 、 goes with the
    next entry (中央某部部务会议成员、新闻办副主任某某 is one person). None unless every entry is read."""
    people, buf = [], ""
    for piece in re.split(r"[、，,]", entries):
        buf = f"{buf}、{piece}" if buf else piece
        who = _person(buf, at, region)
        if not who:
            continue  # posts only so far: the name comes after the next 、
        people.append(who)
        at += len(buf) + 1
        buf = ""
    return people if people and not buf else []


def _person(who: str, at: int, region: str):
    """The one person in ``国务院总理李克强`` / ``张高丽副总理`` / ``王五``, with any posts."""
    who = re.sub(r"同志$", "", who)
    if _short_name(who) and who[0] in SURNAMES:
        return who, [], (at, at + len(who))
    got = posts_then_name(who, at, region) or _name_then_bare_title(who, at, region)
    if got:
        return got
    split = split_name_posts(who)
    if split and "的" not in split[1] and split[0][0] in SURNAMES:
        return split[0], split_posts(split[1], at + split[2], region=region), (at, at + len(split[0]))
    return None


def _long_comrade(entries: str, after: str, at: int) -> list:
    """One name of five to eight characters with no · (the Mongolian and Tibetan names a region prints whole:
    ``甲乙丙丁戊同志兼任办公室主任``, seven characters and more for some), taken where 同志 follows it and marks it
    a person's; [] otherwise."""
    name = clean_name(entries)
    if after.startswith("同志") and 5 <= len(name) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", name) \
            and plausible_name(name) and not TITLE_RE.search(name) and not AGENCY_END_RE.search(name) \
            and not re.search(r"[省市县区州旗盟镇乡村局委厅部办院所站队处科室司组]", name):
        return [(name, [], (at, at + len(entries)))]
    return []


def _title_first_members(entries: str, at: int, region: str):
    """``市水利局局长王帅、市能源局局长霍励平`` -> members with posts; bare names too.
    Pieces split by 、 are joined until they end with a name (``党组书记、局长李芸``)."""
    lead = re.match(r"^(?:增补|增加|明确|调整|(?:[^、，,]{0,12}?(?:成立|组建|设立)了?)?以)", entries)
    if lead:
        entries, at = entries[lead.end():], at + lead.end()
    entries = re.sub(r"等(?:同志|人)?$", "", entries)  # 甲、乙等任副组长
    if re.search(r"[(（]", entries):
        return parse_member(entries, at, "")  # 周新华同志（市农业农村局副局长）
    # (和, 及 join two names, or end one: 吴和 is one name)
    names = [clean_name(q) for p in entries.split("、")
             for q in (re.split(r"[和及]", p) if all(len(x) >= 2 for x in re.split(r"[和及]", p)) else [p])]
    last = _name_then_bare_title(names[-1], 0, region, postless=True) if len(names) > 1 else None
    if last and all(_short_name(n) for n in names[:-1]):
        names[-1] = last[0]  # 甲、乙、丙副局长任副组长: names sharing one title after the last
    if all(_short_name(n) and not any(TITLE_RE.fullmatch(n[:k]) for k in range(2, len(n) + 1))
           and not TITLE_RE.search(n) and not (n.endswith("员") and n[0] not in SURNAMES) for n in names):
        # (镇长任副组长, 区长张甲任组长: a post, or a post before the name; 区委常委任组长: a post that ends in a
        # title; 防疫员任副组长: a staff word, no name)
        out, pos = [], 0
        for n in names:
            s = entries.find(n[:1], pos)
            pos = s + len(n)
            out.append((n, [], (at + s, at + s + len(n))))
        return out
    out, start, pos, shared = [], 0, 0, []
    for m in re.finditer(r"[、和及，,]|$", entries):
        piece = re.sub(r"同志$", "", entries[start:m.start()])
        got = (posts_then_name(piece, at + start, region) or _unit_then_name(piece, at + start, region)
               or _name_then_bare_title(piece, at + start, region, postless=piece == entries)
               or _honorific_after(piece, at + start, region) or _self_title_then_name(piece, at + start)
               or _bare_title_name(piece, at + start) or _duty_word_then_name(piece, at + start, region)) \
            if piece else None
        # (甲秘书长作为召集人: one person with a title that names no body)
        if not got and out and piece and piece[0] in SURNAMES and _short_name(clean_name(piece)) \
                and not any(TITLE_RE.fullmatch(piece[:k]) for k in range(2, len(piece) + 1)):
            # 副市长甲、乙为副组长: 乙 too, and 乙 is a 副市长 as well (a government head's title shared)
            got = (clean_name(piece), shared, (at + start, at + start + len(piece)))
        carried, shared = shared, []
        if got:
            out.append(got)
            head = piece[: max(len(piece) - len(got[0]), 0)]
            # (某局副局长甲、乙任副组长: a deputy's title, which several hold at once, is 乙's too; 某局局长甲、乙: not)
            shared = list(got[1]) if got[1] and piece.endswith(got[0]) and (_BARE_HEAD.fullmatch(head) or _SELF_TITLE.fullmatch(head)
                                                                            or all(p.title.startswith("副") for p in got[1])) else []
            if not head and carried and got[1] is carried:
                shared = carried  # 副局长甲、乙、丙为副组长: 丙 a 副局长 as well
            start = m.end()
    return out


#: a word for the leader's duty between the posts and the name, no post of its own: 镇党委副书记、分管领导甲 (the
#: leader in charge of the work), 主管负责人乙
_DUTY_WORD = re.compile(r"、?(?:分管|主管)(?:领导|负责人)(?=[\u4e00-\u9fff·]{2,4}$)")


def _duty_word_then_name(piece: str, at: int, region: str):
    """``镇党委副书记、分管领导甲某``: the posts before the duty word, the name after it; None for other pieces."""
    m = _DUTY_WORD.search(piece)
    name = clean_name(piece[m.end():]) if m else ""
    if not m or not _short_name(name):
        return None
    got = posts_then_name(piece[:m.start()] + name, at, region) if m.start() else None
    posts = got[1] if got and got[0] == name else []
    return name, posts, (at + len(piece) - len(name), at + len(piece))


#: the title of a unit's head or deputy printed with no unit (局长, 副院长, 所长): the unit the text is about
_SELF_TITLE = re.compile(r"(?:常务|执行)?副?(?:局|厅|院|所|站|处|校|检察)长")  # (检察长: a procuratorate's head)


def _self_title_then_name(piece: str, at: int):
    """``局长甲某`` / ``副院长乙某``: a unit head's title that names no unit, then the name (a news report on one
    unit: 成立了以局长甲某为组长的…). The post's agency is left empty for the group to fill (groups._own_body)."""
    m = _SELF_TITLE.match(piece)
    if not m:
        return None
    name = clean_name(piece[m.end():])
    if not name or name[0] not in SURNAMES or not _short_name(name) or TITLE_RE.search(name):
        return None
    return name, [Post(agency="", title=m.group(), span=(at, at + m.end()))], (at + m.end(), at + len(piece))


#: a title that names no body, before the name (书记甲某为政委: a township's report on its own leaders), or a
#: profession or courtesy after it (甲某教授担任主任委员, 乙某副研究员, 丙某老师: a school's or institute's report)
_BARE_TITLE_NAME = re.compile(r"^(?P<before>(?:党委|党组|党支部|总支)?副?书记|(?:组织|宣传|纪检)委员)?"
                              r"(?P<name>[\u4e00-\u9fff·]{2,4}?)"
                              r"(?P<after>(?:副|助理)?(?:教授|研究员)|(?:高级)?(?:工程师|讲师)|博士|院士|老师|先生|女士)?$")


def _bare_title_name(piece: str, at: int):
    """``书记甲某`` / ``甲某教授``: the name a bare title or a profession stands beside, with no post (the title
    names no body); None unless exactly one of the two is printed and what is left is a name."""
    m = _BARE_TITLE_NAME.match(piece)
    if not m or bool(m["before"]) == bool(m["after"]):
        return None
    name = m["name"]
    if name[0] not in SURNAMES or not _short_name(name) or TITLE_RE.search(name):
        return None
    return name, [], (at + m.start("name"), at + m.end("name"))


def _honorific_after(piece: str, at: int, region: str):
    """``驻局纪检组长甲某某书记``: posts, the name, and the title the text addresses the person by (书记,
    局长) after it: the posts and the name, the courtesy title left out."""
    for k in (2, 3):
        if len(piece) > k + 3 and TITLE_RE.fullmatch(piece[-k:]):
            got = posts_then_name(piece[:-k], at, region)
            if got and got[1] and name_shape(got[0]):
                return got
    return None


#: a government head's title printed with no body: 副市长, 常务副县长
_BARE_HEAD = re.compile(r"(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长)")


#: a member named with the unit they come from, the title (if any) after the name: 市煤炭安全局孙伟, 市安监局周野处长
_UNIT_NAME_RE = re.compile(r"^(?P<unit>[\u4e00-\u9fff()（）]{2,30}?(?:局|委|厅|办|部|中心|院|所|站|队|公司|政府))"
                           r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>[\u4e00-\u9fff]{0,6})$")


def _unit_then_name(piece: str, at: int, region: str):
    m = _UNIT_NAME_RE.match(piece)
    if not m or m["name"][0] not in SURNAMES or not plausible_name(m["name"]) \
            or m["title"] and not TITLE_RE.fullmatch(m["title"]) or TITLE_RE.fullmatch(m["name"] + m["title"]):
        return None  # (某局党委书记: 党委 is no name)
    posts = split_posts(m["unit"] + m["title"], at, region=region) if m["title"] else []
    return m["name"], posts, (at + m.start("name"), at + m.end("name"))
