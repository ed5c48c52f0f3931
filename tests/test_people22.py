"""People22: member lists, appointments and removals on real pages. Made-up text only (other names, places and
bodies than any page's)."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Removal
from helpers import members, positions, posts


# a member list flattened onto one line (name, post, name, post …) whose page excerpt ends inside the last
# name: the one character left is no member, and the pairs before it still are
@pytest.mark.parametrize("tail", [" 韩", " 郑", ""])
def test_flattened_pairs_cut_inside_the_last_name(tail):
    text = ("青山市人民政府办公室关于成立青山市读书节组委会的通知\n各区人民政府，市各委办局：\n"
            "成立青山市读书节组委会，负责活动的组织领导。 主 任：钱 立 副市长 成 员：孙海涛 东岭区副区长 "
            "李文静 市文化局副局长 周 平 市教育局局长 吴志远 青山晚报社社长" + tail)
    got = members(text)
    group = "青山市读书节组委会"
    assert [m for m in got if m[2] in ("成员", "成 员")] == sorted(
        [(group, "孙海涛", "成员"), (group, "李文静", "成员"), (group, "周平", "成员"), (group, "吴志远", "成员")])
    assert not [m for m in got if len(m[1]) < 2]
    assert ("李文静", "市文化局", "副局长") in positions(text)


# a group whose name quotes a campaign's slogan (县“某某”工作领导小组), named in news only through a role in a chain
# of posts before a name: the quotes stay in the group's name; the head of its office likewise
@pytest.mark.parametrize("slogan", ["“净网护苗”", "“三清一治”"])
def test_quoted_group_name_in_a_chain_of_posts(slogan):
    group = f"县{slogan}工作领导小组"
    text = (f"我县召开{slogan}工作推进会\n3月8日上午，我县召开{slogan}工作推进会。县委常委、统战部部长、{group}组长赵明远，"
            f"副县长、{group}副组长孙海涛出席会议。会上，{group}办公室主任李文静通报了全县工作情况。\n")
    got = members(text)
    assert (group, "赵明远", "组长") in got
    assert (group, "孙海涛", "副组长") in got
    assert (group + "办公室", "李文静", "主任") in got
    assert ("赵明远", "县委统战部", "部长") in positions(text)


_HEAD = ("青山县人民政府办公室关于成立青山县秸秆禁烧工作领导小组的通知\n各乡镇人民政府，县直各单位：\n"
         "为加强领导，县政府决定成立青山县秸秆禁烧工作领导小组，组成人员如下：\n组  长：赵明远  副县长\n")


# a member list whose page excerpt ends inside its last entry, in each layout a list takes on one line: the
# entries before the cut are members, the cut piece is none (and no reading glues the list into one post)
@pytest.mark.parametrize("line", [
    "成  员：孙海涛县财政局局长李文静县教育局局长周建平县公安局副局长吴志",        # glued, cut in a name
    "成  员：孙海涛县财政局局长李文静县教育局局长周建平县公安局副局长吴志远县农业局局",  # glued, cut in a post
    "成  员：县财政局局长孙海涛、县教育局局长李文静、县公安局副局长周建平、县农业局局长吴",  # 、 list
    "成  员：孙海涛 县财政局局长 李文静 县教育局局长 周建平 县公安局副局长 吴志远",       # pairs, the post cut off
    "成  员：孙海涛县财政局局长 李文静县教育局局长 周建平县公安局副局长 吴志远县农",      # spaced entries
])
def test_member_list_cut_inside_its_last_entry(line):
    group = "青山县秸秆禁烧工作领导小组"
    got = [m for m in members(_HEAD + line) if m[2] != "组长"]
    assert got == sorted([(group, "孙海涛", "成员"), (group, "李文静", "成员"), (group, "周建平", "成员")])
    assert ("周建平", "县公安局", "副局长") in positions(_HEAD + line)


# the same lists uncut, and a one-member line, read as before
@pytest.mark.parametrize("line,people", [
    ("成  员：县财政局局长孙海涛、县教育局局长李文静", ["孙海涛", "李文静"]),
    ("成  员：孙海涛  县财政局局长", ["孙海涛"]),
    ("成  员：孙海涛、李文静、周建平", ["孙海涛", "李文静", "周建平"]),
])
def test_uncut_member_lists_unchanged(line, people):
    got = [m[1] for m in members(_HEAD + line) if m[2] != "组长"]
    assert sorted(got) == sorted(people)


# "the new" said of a post (新一任, 新任) before it: no part of the body or the title
@pytest.mark.parametrize("post,agency,title", [
    ("我院新一任院长", "我院", "院长"),
    ("县农业局新任局长", "县农业局", "局长"),
    ("新任县委宣传部部长", "县委宣传部", "部长"),
])
def test_new_before_a_post(post, agency, title):
    text = f"经研究决定：任命钱立群同志为{post}。\n"
    assert ("Appointment", "钱立群", agency, title) in posts(text)


# 新任务, 新任职: words of their own, untouched
def test_new_task_is_no_qualifier():
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts("县新任务办公室主任")] == [("县新任务办公室", "主任")]


# a removal that prints the post by its bare title right after an appointment to that title (a school's or
# a college's head replaced): the removal is from the same body's post
@pytest.mark.parametrize("text,body", [
    ("青山师范学院召开干部大会\n会上，宣读了省委教育工委关于学院院长职务任免的文件：任命钱立群同志为我院新一任院长，"
     "免去孙海涛同志院长的职务。\n", "我院"),
    ("青山农林大学召开干部大会\n会上宣布省委任命决定：钱立群担任青山农林大学校长；因年龄原因，孙海涛不再担任校长职务。\n",
     "青山农林大学"),
])
def test_bare_title_removal_after_an_appointment(text, body):
    got = posts(text, kind=(Appointment, Removal))
    title = "院长" if body == "我院" else "校长"
    assert ("Appointment", "钱立群", body, title) in got
    assert ("Removal", "孙海涛", body, title) in got


# a bare title removed with no appointment to it before: no body to give it, no row
def test_bare_title_removal_alone_gives_nothing():
    text = "青山农林大学召开干部大会\n会上宣布省委任命决定：钱立群担任青山农林大学党委书记；孙海涛不再担任校长职务。\n"
    assert not [f for f in posts(text, kind=(Removal,)) if f[1] == "孙海涛"]
