"""Facts' readers on made-up texts: the errors the real pages showed (round 31)."""
from __future__ import annotations

from govkg.facts import Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def positions(text: str) -> set[tuple[str, str, str]]:
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}


def test_roster_names_the_body_a_story_leaves_bare():
    got = positions("各区市党政主要负责人名单\n"
                    "东山市委书记:王德明东山市市长:李建国\n"
                    "西岭区委书记:赵长林西岭区区长:孙海\n"
                    "2月1日上午，市委书记王德明，市委副书记、市长李建国走访慰问一线工作人员。\n")
    assert ("王德明", "东山市委", "书记") in got
    assert ("王德明", "市委", "书记") not in got
    assert {("李建国", "东山市人民政府", "市长"), ("赵长林", "西岭区委", "书记"), ("孙海", "西岭区人民政府", "区长")} <= got
