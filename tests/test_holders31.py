"""Office-holders in real pages: a list of new leaders printed as ``post:name`` pairs run together, places
counted before their common post, a post taken over (接任) and left (卸任) in a news report."""
from __future__ import annotations

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> set[tuple[str, str, str, str]]:
    found = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(type(f).__name__, f.person, f.post.agency, f.post.title) for f in found
            if isinstance(f, (Position, Appointment, Removal))}


def test_glued_post_name_pairs_each_line():
    got = facts("新一届党政主要领导到任\n"
                "春节前夕，各区县新一届党政主要领导纷纷到任。他们分别是:\n"
                "东山区委书记:王明东山区代区长:李华\n"
                "南湖县委书记:赵刚强南湖县县长:刘强\n"
                "北岭市委书记:孙立北岭市代市长:周新民\n")
    assert {("Position", "王明", "东山区委", "书记"), ("Position", "李华", "东山区人民政府", "代区长"),
            ("Position", "赵刚强", "南湖县委", "书记"), ("Position", "刘强", "南湖县人民政府", "县长"),
            ("Position", "孙立", "北岭市委", "书记"), ("Position", "周新民", "北岭市人民政府", "代市长")} <= got
    assert not any(person.endswith(("东山", "南湖", "北岭")) for _, person, _, _ in got)


def test_places_counted_before_their_post_are_no_body():
    got = facts("新一届党政主要领导到任\n"
                "东山区委书记:王明东山区代区长:李华\n"
                "南湖县委书记:赵刚南湖县县长:刘强\n"
                "东山区、南湖县2区县委书记王明、赵刚继续担任原职。\n")
    assert ("Position", "王明", "东山区委", "书记") in got and ("Position", "赵刚", "南湖县委", "书记") in got
    assert not any("2" in agency for _, _, agency, _ in got)


def test_post_taken_over_and_left_in_a_news_report():
    got = facts("省会城市党委书记调整\n"
                "甲某调离后，张明接任南山市委书记，此前张明任北岭市委书记。\n")
    assert not any(person.endswith(("接", "卸")) for _, person, _, _ in got)


def test_infobox_of_a_governments_page():
    got = facts("东江市人民政府\n"
                "\n"
                "东江市人民政府\n"
                "印章直径4.5厘米,中央刊国徽。\n"
                "主要领导\n"
                "市长王大明\n"
                "副市长(3)李华、赵刚强、孙立\n"
                "秘书长周新民\n"
                "机构概况\n"
                "东江市人民政府是东江市的行政管理机关。\n")
    assert {("Position", "王大明", "东江市人民政府", "市长"), ("Position", "李华", "东江市人民政府", "副市长"),
            ("Position", "赵刚强", "东江市人民政府", "副市长"), ("Position", "孙立", "东江市人民政府", "副市长"),
            ("Position", "周新民", "东江市人民政府", "秘书长")} <= got
    assert not any(title == "秘书" or person.startswith("长") for _, person, _, title in got)
