"""Posts of the thirty-fourth round's second shapes: the Party committee of a unit a notice names bare by its
kind (集团公司党委书记, 场党委副书记) and of a government's commission (省国资委党委委员), a body of its own whose
bare item after it is the unit's (省国资委党委委员、副主任 -> 省国资委 | 副主任); decisions under a heading that is a
body alone (市财政局：⏎甲任副局长), 同意甲辞去X职务 among them. Each case is a short made-up
notice in the general form."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def rows(text: str) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted({(_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in _KIND})


_GROUP = ("关于成立安全生产委员会的通知\n各部门：\n经研究，决定成立集团公司安全生产委员会，组成人员如下：\n"
          "主  任：何立新  集团公司党委书记、董事长\n"
          "副主任：田雨辰  集团公司党委副书记、总经理\n")
_COMMISSION = ("关于成立企业改革工作领导小组的通知\n各处室：\n经研究，决定成立领导小组，组成人员如下：\n"
               "组  长：魏长明  省国资委党委书记、主任\n"
               "副组长：韩秋实  省国资委党委委员、副主任\n")
_FARM = ("关于成立防汛工作领导小组的通知\n各作业区：\n经研究，决定成立领导小组，组成人员如下：\n"
         "组  长：苗青山  场长\n"
         "副组长：祁远航  场党委副书记\n")


@pytest.mark.parametrize("text, expected", [
    (_GROUP, [("position", "何立新", "集团公司党委", "书记"), ("position", "何立新", "集团公司", "董事长"),
              ("position", "田雨辰", "集团公司党委", "副书记"), ("position", "田雨辰", "集团公司", "总经理")]),
    (_COMMISSION, [("position", "魏长明", "省国资委党委", "书记"), ("position", "魏长明", "省国资委", "主任"),
                   ("position", "韩秋实", "省国资委党委", "委员"), ("position", "韩秋实", "省国资委", "副主任")]),
    (_FARM, [("position", "祁远航", "场党委", "副书记")]),
], ids=["group-company", "commission", "farm"])
def test_party_committee_of_a_bare_unit_or_a_commission(text, expected):
    got = rows(text)
    for row in expected:
        assert row in got


_HEADINGS = ("某市人民政府关于林远等同志任免职务的通知\n某政任〔2010〕5号\n各县、区人民政府，市政府各部门：\n经市政府研究决定：\n"
             "市水务局：\n林远任副局长（试用期一年）；\n免去高原的副局长职务，另有任用。\n"
             "市审计局：\n葛明任局长，免去其副局长职务。\n同意杜川辞去副局长职务。\n"
             "市档案局：\n郑和平任副局长，任职时间从2010年3月起计算。\n某市人民政府\n二〇一〇年三月五日\n")


def test_decisions_under_a_heading_that_is_a_body_alone():
    """市水务局：⏎林远任副局长；⏎免去高原的副局长职务: each item's bare title is the heading's body's; 同意甲辞去X职务
    is a removal too."""
    got = rows(_HEADINGS)
    for row in [("appointment", "林远", "市水务局", "副局长"), ("removal", "高原", "市水务局", "副局长"),
                ("appointment", "葛明", "市审计局", "局长"), ("removal", "葛明", "市审计局", "副局长"),
                ("removal", "杜川", "市审计局", "副局长"), ("appointment", "郑和平", "市档案局", "副局长")]:
        assert row in got



def test_party_branch_of_a_company():
    """某某有限公司党支部书记、执行董事: the company's Party branch is a body (X党支部 | 书记), the bare item after it
    the company's."""
    text = ("中共某某集团有限公司委员会关于韦青等同志任职的通知\n各子公司党支部：\n经集团公司党委会议研究，决定：\n"
            "韦青同志任东川供水有限公司党支部书记、执行董事（试用期一年）。\n中共某某集团有限公司委员会\n2023年2月20日\n")
    got = rows(text)
    assert ("appointment", "韦青", "东川供水有限公司党支部", "书记") in got
    assert ("appointment", "韦青", "东川供水有限公司", "执行董事") in got
