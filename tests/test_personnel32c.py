"""Decisions and group roles a page that lost its line breaks, a report of a meeting or a notice that keeps a
group on prints in ways a plain reader loses: a posts-first list cut between a post and its padded holder with a
note dating all items after the last, a removal a meeting heard announced (宣布免去…), and the heads of a group
kept on (继续保留X指挥部; 总指挥由…担任). Each case is a short made-up notice in the general form."""
from __future__ import annotations

from govkg.facts import Appointment, Membership, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal"}


def _facts(text: str) -> list:
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).facts


def rows(text: str) -> list[tuple]:
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title, getattr(f, "start", None))
                  for f in _facts(text) if type(f) in _KIND)


def test_posts_first_list_without_line_breaks_padded_name_and_shared_start():
    text = ("某市某区人民政府关于甲某某等同志任职的通知 某政任〔2019〕5号 各街道办事处，区政府各部门： "
            "经区人民政府研究决定： 任命： 区应急管理局局长\u3000欧阳明 区应急管理局副局长\u3000范\u3000东（女，瑶族） "
            "区医疗保障局副局长\u3000牛建国 免去： 区安全生产监督管理局局长\u3000欧阳明 "
            "以上同志任职时间从2019年3月起算。 某市某区人民政府 2019年3月15日\n")
    got = rows(text)
    assert ("appointment", "欧阳明", "区应急管理局", "局长", "2019-03") in got
    assert ("appointment", "范东", "区应急管理局", "副局长", "2019-03") in got
    assert ("removal", "欧阳明", "区安全生产监督管理局", "局长", None) in got
    assert not any(len(r[2]) > 12 for r in got)  # (no post glued from two rows)


def test_removal_announced_at_a_meeting():
    text = ("2013年12月30日，某省某局召开干部大会，上级人事司副司长王某某在会上宣读了关于某省某局主要领导调整的决定，"
            "宣布免去赵东海同志某省某局党组书记、局长职务，另有任用；钱西山同志主持某省某局全面工作。\n")
    got = rows(text)
    assert ("removal", "赵东海", "某省某局", "党组书记", None) in got
    assert ("removal", "赵东海", "某省某局", "局长", None) in got


def test_heads_of_a_group_kept_on():
    text = ("某市人民政府办公室关于保留某市港口建设指挥部的通知\n某政办发〔2013〕17号\n各区人民政府：\n"
            "经研究，同意继续保留某市港口建设指挥部。该指挥部的职责为：负责港口后续建设工程的统筹和协调。"
            "总指挥由副市长孙大海担任，副总指挥由市政府副秘书长周平、市交通运输局局长吴志强担任。\n"
            "某市人民政府办公室\n2013年12月6日\n")
    facts = _facts(text)
    members = {(f.group, f.person, f.role) for f in facts if isinstance(f, Membership)}
    assert ("某市港口建设指挥部", "孙大海", "总指挥") in members
    assert ("某市港口建设指挥部", "周平", "副总指挥") in members
    assert ("某市港口建设指挥部", "吴志强", "副总指挥") in members
    posts = {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}
    assert ("周平", "市人民政府", "副秘书长") in posts
