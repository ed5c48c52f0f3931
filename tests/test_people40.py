"""people40: personnel classes of layouts157, layouts159 and real42 (made-up notices only)."""
import pytest

from govkg.facts import Appointment, Removal
from helpers import GROUP, GROUP_FOOT, facts, position_rows

#: a group notice's head, a farm's or a school's own (set up by its Party committee)
_FARM_HEAD = ("中共某某国有青岭农场委员会关于调整青岭农场防汛工作领导小组的通知\n场属各单位：\n"
              "经场党委研究，决定调整青岭农场防汛工作领导小组，名单如下：\n")
_SCHOOL_HEAD = ("各学院、各部门：\n经学校党委研究，决定成立某某学院安全工作领导小组，组成人员如下：\n")


def test_a_farms_own_party_committee_and_head():
    # 农场党委副书记、场长 in a farm's own list: the farm's Party committee, then the farm
    rows = position_rows(_FARM_HEAD + "组　长：柏运昌　农场党委副书记、场长\n副组长：龙海生　农场副场长\n" + GROUP_FOOT)
    assert {("柏运昌", "农场党委", "副书记"), ("柏运昌", "农场", "场长"), ("龙海生", "农场", "副场长")} <= rows
    assert ("柏运昌", "农场", "党委副书记") not in rows


def test_named_farms_heads_in_a_report():
    # a report on two farms: 某某农场场长甲 stands as a post of its own (no level), the farm's Party committee
    # named after the farm, and a bare 党委副书记 after the farm's head of that farm's committee
    text = ("11月5日至6日，青岭农场场长柏运昌率队赴白沙农场考察学习。党委副书记龙海生随行。"
            "6日，在白沙农场党委书记、场长冉启明等陪同下，考察组参观了白沙农场科技园。\n")
    rows = position_rows(text)
    assert {("柏运昌", "青岭农场", "场长"), ("龙海生", "青岭农场党委", "副书记"),
            ("冉启明", "白沙农场党委", "书记"), ("冉启明", "白沙农场", "场长")} <= rows


def test_a_bare_party_committee_in_a_schools_own_list():
    # 党委书记 with no unit named: the committee as printed; the head's title after it (校长) names no body
    rows = position_rows(_SCHOOL_HEAD + "组　长：柏运昌　党委书记\n副组长：龙海生　党委副书记、校长\n"
                         "　　　　冉启明　党委常委、副校长\n成　员：向仲伦　保卫处（武装部）处长\n" + GROUP_FOOT)
    assert {("柏运昌", "党委", "书记"), ("龙海生", "党委", "副书记"), ("冉启明", "党委", "常委"),
            ("向仲伦", "保卫处", "处长")} <= rows
    assert not {r for r in rows if r[2] in ("校长", "副校长")}
    # and 某集团新任党委书记甲: "the new" said of the post in a report, the group before it no person appointed
    got = [f for f in facts("会上，青岭集团新任党委书记、总经理柏运昌同志作表态发言。\n") if isinstance(f, Appointment)]
    assert not [f for f in got if f.person.startswith("青岭")]


def test_bare_deputies_of_a_cppcc_in_the_next_sentence():
    # 县政协主席甲主持…。副主席乙、丙，秘书长丁出席: the deputies and the secretary-general of the body just named
    rows = position_rows("5月9日下午，县政协主席、党组书记柏运昌主持召开主席会议。副主席龙海生、冉启明，"
                         "秘书长向仲伦出席会议。\n")
    assert {("龙海生", "县政协", "副主席"), ("冉启明", "县政协", "副主席"), ("向仲伦", "县政协", "秘书长")} <= rows
    # a Party committee has no 副主席: not carried to it
    rows = position_rows("5月9日，县委书记柏运昌主持召开常委会议。副主席龙海生出席会议。\n")
    assert ("龙海生", "县委", "副主席") not in rows


_SECONDING = ("青山市卫生健康局关于柏运昌等同志任职的通知\n青卫发〔2023〕8号\n各卫生院：\n经局党组研究决定：\n"
              "柏运昌同志任白石镇卫生院院长。\n根据《关于选派医院骨干到乡镇卫生院挂职的通知》安排，选派龙海生同志"
              "（市人民医院副主任医师）到河口镇卫生院挂职任副院长，挂职时间2023年7月至2024年6月。\n青山市卫生健康局\n2023年6月5日\n")


def test_a_secondment_after_its_basis():
    # 根据…安排，选派甲同志（某院副主任医师）到某院挂职任副院长: the appointment there, the grade held here
    got = facts(_SECONDING)
    assert [(f.person, f.post.agency, f.post.title, f.secondment, f.start, f.end) for f in got
            if isinstance(f, Appointment) and f.person == "龙海生"] == [("龙海生", "河口镇卫生院", "副院长", True, "2023-07", "2024-06")]
    assert ("龙海生", "市人民医院", "副主任医师") in position_rows(_SECONDING)


def test_the_signature_ends_a_list_of_removals():
    # 免去：… then the signature with its head's title and name: the head holds the post, nobody removes him
    text = ("白石县人民政府\n关于柏运昌等同志职务任免的通知\n白府任〔1995〕3号\n县府直属各单位：\n"
            "任命：\n县林业局局长　　　　柏运昌\n免去：\n县林业局局长　　　　龙海生\n\n"
            "白石县人民政府\n县长　冉启明\n一九九五年四月二十日\n")
    got = facts(text)
    assert [(f.person, f.post.title) for f in got if isinstance(f, Removal)] == [("龙海生", "局长")]
    assert ("冉启明", "县人民政府", "县长") in position_rows(text)
