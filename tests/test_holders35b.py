"""Office-holders in prose, round 35 (b): court and congress news naming leaders — a court's own offices in a
list of its leaders (政治处主任甲 -> 某法院政治处), a court's bureau glued to its head's title (执行局长), a
conjunction before a body (并与某县法院院长甲), and the last of those elected listed with 等 (甲、乙、丙等当选为)."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> set[tuple[str, str, str]]:
    found = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(f.person, f.post.agency, f.post.title) for f in found if isinstance(f, (Position, Appointment, Removal))}


CASES = [
    # a court's own offices, printed short in a list of its leaders, are that court's
    ("法院新闻\n6月2日，临江县人民检察院党组书记、检察长邓明一行到我院交流。南湖区人民法院党组书记、院长高建国、"
     "副院长钱玉、政治处主任鲁冬梅、办公室主任郑海参加座谈。\n",
     {("鲁冬梅", "南湖区人民法院政治处", "主任"), ("郑海", "南湖区人民法院办公室", "主任"),
      ("钱玉", "南湖区人民法院", "副院长")},
     set()),
    # after a court division's head, the next division is the same court's
    ("法院新闻\n7月9日，市中院副院长、执行局长苏晨到青山县法院调研，并与青山县法院院长梁永等座谈。"
     "市中院民二庭庭长范立、研究室主任贺兰等人参加调研。\n",
     {("苏晨", "市中院执行局", "局长"), ("梁永", "青山县法院", "院长"), ("贺兰", "市中院研究室", "主任")},
     {("苏晨", "市中院", "执行局长"), ("梁永", "并与青山县法院", "院长")}),
    # the last of a list of those elected, with 等 before 当选为
    ("乡人代会胜利闭幕\n3月8日，柳河乡第九届人民代表大会第一次会议闭幕。经过选举，彭学文当选为柳河乡人民政府乡长；"
     "谢远、丁嘉、易成等当选为柳河乡人民政府副乡长。\n",
     {("彭学文", "柳河乡人民政府", "乡长"), ("谢远", "柳河乡人民政府", "副乡长"), ("丁嘉", "柳河乡人民政府", "副乡长"),
      ("易成", "柳河乡人民政府", "副乡长")},
     set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_court_and_congress_news(text, wanted, unwanted):
    got = facts(text)
    assert wanted <= got
    assert not unwanted & got


def test_chronicle_names_a_procuratorates_heads_by_the_bare_title():
    got = facts("临水县志·检察\n临水县人民检察署于1952年成立，由公安局长钟明兼任检察长。1956年建立县人民检察院，由高平任检察长。"
                "1958年由洪波任检察长。\n")
    assert {("钟明", "临水县人民检察署", "检察长"), ("高平", "县人民检察院", "检察长"),
            ("洪波", "县人民检察院", "检察长")} <= got
    assert not any(agency.startswith("年") for _, agency, _ in got)
