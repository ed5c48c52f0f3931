"""Office-holders in prose, round 35: a department's own heads named by title alone in its news (厅党组书记、厅长甲立即
主持…, 副厅长乙任副组长, 由副局长丙牵头)."""
from __future__ import annotations

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> set[tuple[str, str, str, str]]:
    found = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(type(f).__name__, f.person, f.post.agency, f.post.title) for f in found
            if isinstance(f, (Position, Appointment, Removal))}


def test_department_heads_by_title_alone_in_its_news():
    got = facts("南岭交通新闻\n"
                "本报讯 全省交通工作会议召开后，省交通运输厅迅速行动，厅党组书记、厅长周明远立即主持召开专题会议，研究落实措施。\n"
                "省交通运输厅成立工作专班，专班由厅长周明远任组长，副厅长孙立平任副组长。具体工作由副厅长何静牵头负责。\n")
    assert {("Position", "周明远", "省交通运输厅", "党组书记"), ("Position", "周明远", "省交通运输厅", "厅长"),
            ("Position", "孙立平", "省交通运输厅", "副厅长"), ("Position", "何静", "省交通运输厅", "副厅长")} <= got


def test_bureau_deputy_by_title_alone_after_the_bureau_is_named():
    got = facts("东川县水务局部署防汛工作\n"
                "6月3日，东川县水务局召开防汛工作会议，研究部署汛期工作。会议明确，值班调度由副局长李春华牵头负责。\n")
    assert ("Position", "李春华", "东川县水务局", "副局长") in got
