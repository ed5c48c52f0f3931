"""Names through page noise (tests/noise.py: cells_per_line, glued_names, female_notes): member and
personnel rows a page copied one cell a line, names printed straight against their posts, notes after
names. Each case is a made-up notice and the facts it must give."""
from __future__ import annotations

import pytest

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



def test_a_group_set_up_as_our_town_s_is_named_without_it():
    text = ("关于成立卫生应急工作领导小组的通知\n各村、相关部门：\n　　为做好卫生应急工作，成立我镇卫生应急工作领导小组。\n"
            "组　长：张立新　镇长\n成　员：赵国庆　镇卫生科科长\n")
    got = facts(text)
    assert ("membership", "卫生应急工作领导小组", "张立新", "组长") in got
    assert not any(f[0] == "membership" and f[1].startswith("我") for f in got)
