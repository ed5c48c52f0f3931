"""Names through page noise (tests/noise.py: cells_per_line, glued_names, female_notes): member and
personnel rows a page copied one cell a line, names printed straight against their posts, notes after
names. Each case is a made-up notice and the facts it must give."""
from __future__ import annotations

import pytest

from govkg.extract.layout import find_layout
from govkg.facts import Appointment, Membership, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> set[tuple]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    out: set[tuple] = set()
    for f in nf.facts:
        if isinstance(f, Membership):
            out.add(("membership", f.group, f.person, f.role))
        elif isinstance(f, (Appointment, Removal, Position)):
            out.add((type(f).__name__.lower(), f.person, f.post.agency, f.post.title))
    return out


_HEAD = "某市人民政府办公室关于成立某市某某工作领导小组的通知\n\n各区人民政府，市政府各部门：\n　　为加强领导，市政府决定成立某市某某工作领导小组。组成人员如下：\n"
_GROUP = "某市某某工作领导小组"

CELLS = [
    (  # posts over the name, one cell a line, each role's label on a line of its own
        _HEAD + "组　长：\n市委副书记、市长\n张立新\n副组长：\n副市长\n李海明\n市人民政府副秘书长\n王春华\n",
        {("membership", _GROUP, "张立新", "组长"), ("membership", _GROUP, "李海明", "副组长"),
         ("membership", _GROUP, "王春华", "副组长"), ("position", "张立新", "市人民政府", "市长"),
         ("position", "王春华", "市人民政府", "副秘书长")}),
    (  # the name over its posts; a label cut at its padding (成 / 员：)
        _HEAD + "组　长：\n张立新\n市委副书记、市长\n成\n员：\n赵国庆\n市财政局局长\n钱晓燕\n市教育局副局长\n",
        {("membership", _GROUP, "张立新", "组长"), ("membership", _GROUP, "赵国庆", "成员"),
         ("membership", _GROUP, "钱晓燕", "成员"), ("position", "赵国庆", "市财政局", "局长"),
         ("position", "钱晓燕", "市教育局", "副局长")}),
    (  # a list's row whole, then the rows after it cut one cell a line in the same order
        _HEAD + "成　员：市财政局局长　　赵国庆\n　　　　　市民政局局长　　孙丽华\n市水利局副局长\n周建军\n",
        {("membership", _GROUP, "赵国庆", "成员"), ("membership", _GROUP, "孙丽华", "成员"),
         ("membership", _GROUP, "周建军", "成员"), ("position", "周建军", "市水利局", "副局长")}),
    (  # a label's colon ends the line inside a sentence: the members on the next line are the label's
        _HEAD + "（一）综合协调组。组长：\n吴志刚（市应急管理局局长）；副组长：\n郑丽萍、冯建华。负责综合协调工作。\n",
        {("membership", "综合协调组", "吴志刚", "组长"), ("membership", "综合协调组", "郑丽萍", "副组长"),
         ("membership", "综合协调组", "冯建华", "副组长")}),
]

_PERSONNEL = "某市人民政府关于张立新等同志职务任免的通知\n\n各区人民政府，市政府各部门：\n　　经市人民政府研究，决定：\n"

CELLS_PERSONNEL = [
    (  # a person block's name and its decision apart
        _PERSONNEL + "赵国庆：\n任市工业和信息化局局长；免去市商务局副局长职务。\n钱晓燕\n免市水利局副局长职务\n",
        {("appointment", "赵国庆", "市工业和信息化局", "局长"), ("removal", "赵国庆", "市商务局", "副局长"),
         ("removal", "钱晓燕", "市水利局", "副局长")}),
    (  # a section's numbered items, the name over the posts
        _PERSONNEL + "一、任命\n1.孙丽华\n市政府办公厅副主任\n2.周建军\n市体育局副局长\n",
        {("appointment", "孙丽华", "市人民政府办公厅", "副主任"), ("appointment", "周建军", "市体育局", "副局长")}),
    (  # a section's item printed with one full-width space: the 任 of 主任 is no verb after the name
        _PERSONNEL + "一、任命\n1.孙丽华　市政府办公厅副主任\n",
        {("appointment", "孙丽华", "市人民政府办公厅", "副主任")}),
]


@pytest.mark.parametrize("text, expected", CELLS + CELLS_PERSONNEL, ids=[f"case{k}" for k in range(len(CELLS + CELLS_PERSONNEL))])
def test_rows_copied_one_cell_a_line(text, expected):
    got = facts(text)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize("text, joined", [
    # a headline over a line of its own (a site's place name): no list, nothing joined
    ("张立新任某区政府副区长\n某某新区\n某某新区讯 近日，某区人大常委会召开会议。\n", False),
    # the last of a list's glued rows and a name the copy cut short: the row is whole already
    ("成员：赵国庆市财政局局长\n钱晓燕市教育局副局长\n孙丽华市民政局局长\n周建军团\n", False),
    # under a label: the name and the posts are one row
    ("成　员：\n周建军\n市水利局副局长\n", True),
], ids=["headline", "glued-rows", "under-a-label"])
def test_only_a_list_is_joined(text, joined):
    lines = find_layout(text).lines
    assert any("\n" in text[ln.start:ln.end] for ln in lines) == joined, [ln.text for ln in lines]


def test_a_group_set_up_as_our_town_s_is_named_without_it():
    text = ("关于成立卫生应急工作领导小组的通知\n各村、相关部门：\n　　为做好卫生应急工作，成立我镇卫生应急工作领导小组。\n"
            "组　长：张立新　镇长\n成　员：赵国庆　镇卫生科科长\n")
    got = facts(text)
    assert ("membership", "卫生应急工作领导小组", "张立新", "组长") in got
    assert not any(f[0] == "membership" and f[1].startswith("我") for f in got)


@pytest.mark.parametrize("text, name", [
    # a name of a Han name's shape before a place's name and its level or zone word: the place opens the posts
    ("李建国东湖区人民政府副区长", "李建国"),
    ("王海燕新兴社区党委书记", "王海燕"),
    ("张金龙某某军分区副司令员", "张金龙"),
    ("蓝春燕柳东新区管委会副主任", "蓝春燕"),
    ("傅佳明杭州市规划和自然资源局某某分局副局长", "傅佳明"),
    ("赵丽华锡林郭勒盟农牧业科学研究所所长", "赵丽华"),
    # a level right after a name as long, a national body, a province: as before
    ("王某某市财政局局长", "王某某"),
    ("唐某住房城乡建设部总规划师", "唐某"),
    ("刘某江苏省委常委", "刘某"),
    # long Mongolian names straight against their league's level, a name of six before a place of three: whole
    ("孟根其其格盟卫生健康委员会副主任", "孟根其其格"),
    ("孟克吉日嘎拉盟市场监督管理局副局长", "孟克吉日嘎拉"),
    ("白朝格吉乐图鄂托克经济开发区管理委员会副主任", "白朝格吉乐图"),
    ("苏某高娃市某局局长", "苏某高娃"),
])
def test_a_name_glued_to_its_posts_is_cut_by_the_name_s_shape(text, name):
    from govkg.extract.names import split_name_posts
    assert split_name_posts(text)[0] == name


@pytest.mark.parametrize("text, expected", [
    (_HEAD + "成员：李建国东湖区人民政府副区长\n　　　　王海燕新兴社区党委书记\n",
     {("membership", _GROUP, "李建国", "成员"), ("membership", _GROUP, "王海燕", "成员"),
      ("position", "李建国", "东湖区人民政府", "副区长"), ("position", "王海燕", "新兴社区党委", "书记")}),
    # a section's item whose posts end in 主任: the 任 is no verb (1.甲某市政府办公厅副主任)
    (_PERSONNEL + "一、任命\n1.孙丽华市政府办公厅副主任\n", {("appointment", "孙丽华", "市人民政府办公厅", "副主任")}),
], ids=["members", "section-item"])
def test_names_glued_to_their_posts(text, expected):
    got = facts(text)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize("text, expected", [
    # a section's item: the aside's comma is no clause's end, its 女 no part of the name
    (_PERSONNEL + "一、任命\n　　孙丽华（女，满族）　　市民族宗教事务局局长\n二、免去\n　　周建军（女）　　市水利局副局长职务\n",
     {("appointment", "孙丽华", "市民族宗教事务局", "局长"), ("removal", "周建军", "市水利局", "副局长")}),
    # prose that names the heads, an aside after one of them
    (_HEAD + "领导小组由副市长张立新任组长，市人民政府副秘书长李海明（女，满族）、市商务局局长王春华任副组长。\n",
     {("membership", _GROUP, "张立新", "组长"), ("membership", _GROUP, "李海明", "副组长"),
      ("membership", _GROUP, "王春华", "副组长")}),
    (_HEAD + "领导小组下设综合组、督查组2个专项工作组，组长分别由赵国庆、钱晓燕（女）同志担任。\n",
     {("membership", "综合组", "赵国庆", "组长"), ("membership", "督查组", "钱晓燕", "组长")}),
    # 兼 between a name and its posts
    (_HEAD + "成　员：赵国庆　　市财政局局长\n　　　　　萨仁高娃（兼）　市科学技术局副局长\n",
     {("membership", _GROUP, "萨仁高娃", "成员"), ("position", "萨仁高娃", "市科学技术局", "副局长")}),
], ids=["section", "prose", "respectively", "concurrently"])
def test_notes_after_names(text, expected):
    got = facts(text)
    assert expected <= got, sorted(expected - got)

