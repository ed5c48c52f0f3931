"""Member lists of a leading group whose lines print several members, each with posts first and the name
after, and where a member's surname is one the lexicon lacks."""
from __future__ import annotations

from govkg.facts import Membership, Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def _facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text)).facts


def positions(text: str) -> set[tuple[str, str, str]]:
    return {(f.person, f.post.agency, f.post.title) for f in _facts(text) if isinstance(f, Position)}


def memberships(text: str) -> set[tuple[str, str]]:
    return {(f.person, f.role) for f in _facts(text) if isinstance(f, Membership)}


NOTICE = ("某县人民政府办公室关于调整某县安全生产工作领导小组成员的通知\n"
          "各乡镇人民政府，县直有关单位：\n"
          "因人事变动，经县人民政府同意，现将领导小组成员调整如下：\n"
          "组　长：县委常委、常务副县长 郑志华\n"
          "副组长：副县长 闭明德 县政府办公室主任 凌国强\n"
          "成　员：县应急管理局局长 黄建军\n"
          "某县人民政府办公室\n"
          "2020年3月5日\n")


def test_two_posts_first_members_on_one_line_one_of_a_rare_surname():
    got = positions(NOTICE)
    assert {("闭明德", "县人民政府", "副县长"), ("凌国强", "县人民政府办公室", "主任")} <= got
    assert not any("闭明德" in agency for _, agency, _ in got)
    assert {("闭明德", "副组长"), ("凌国强", "副组长")} <= memberships(NOTICE)


def test_a_run_of_rare_surnames_alone_is_not_read_as_names():
    # no name of the run has a lexicon surname: the words are not read as posts-first members
    from govkg.extract.members import _post_name_pairs
    assert _post_name_pairs("副县长 闭明德 县政府办公室主任 闭国强", 0, "某县") == []
    got = _post_name_pairs("副县长 闭明德 县政府办公室主任 凌国强", 0, "某县")
    assert [(n, [(p.agency, p.title) for p in posts]) for n, posts, _ in got] == [
        ("闭明德", [("县人民政府", "副县长")]), ("凌国强", [("县人民政府办公室", "主任")])]
