"""The facts' readers, thirty-first session (b): a report's sentence words before a post, and street names with 城."""
from __future__ import annotations

from govkg.facts import Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def positions(text: str) -> set[tuple[str, str, str]]:
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}


def test_report_words_that_open_a_sentence_are_no_part_of_the_body():
    got = positions("某县召开全县工作会议\n县长王振国讲话。然后县委书记李建平作总结。会上县委副书记赵明华通报情况。"
                    "最后县委常委孙立新作部署。\n")
    assert {("李建平", "县委", "书记"), ("赵明华", "县委", "副书记"), ("孙立新", "县委", "常委")} <= got
    assert not any(a.startswith(("然后", "会上", "最后")) for _, a, _ in got)


def test_when_before_a_post_printed_by_its_level():
    got = positions("某某回忆文章\n在某省,当省委书记王振国汇报说,那里的情况很好。\n")
    assert ("王振国", "省委", "书记") in got
    assert not any(a.startswith("当") for _, a, _ in got)
    # a place that begins with 当 keeps it
    assert ("李建平", "当涂县委", "书记") in positions("某县会议\n当涂县委书记李建平作总结。\n")


def test_the_newly_elected_head_is_said_of_the_post():
    got = positions("某镇召开人民代表大会\n会议选举周丽华为青石镇人民政府镇长。当选镇长周丽华作表态发言。\n")
    assert ("周丽华", "青石镇人民政府", "镇长") in got
    assert not any(a.startswith(("当选", "新当选")) for _, a, _ in got)


def test_a_street_named_with_cheng_is_the_report_street():
    got = positions("安全生产督导工作推进会召开\n近日，某某区西城街道召开安全生产督导工作推进会。区督导组入驻西城街道。"
                    "街道书记姜明华主持会议。其次街道主任尹立新对落实情况作汇报。下一步，西城街道将持续提升街道安全水平。\n")
    assert ("尹立新", "西城街道办事处", "主任") in got
    assert not any(a.startswith(("其次", "持续")) for _, a, _ in got)
