"""Facts14: decisions that appoint or remove many at once, printed as lists whose verb is not repeated,
in notices and in their news reposts; office-holders named as the proposer of a decision.
Made-up text only (other names, bodies and places than any corpus page)."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def people(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


_STATE = [("appointment", "周安", "教育部", "副部长"), ("appointment", "吴平", "科技部", "副部长"),
          ("appointment", "郑和", "水利部", "副部长"), ("removal", "李明", "教育部", "副部长"),
          ("removal", "王强", "科技部", "副部长")]


@pytest.mark.parametrize("text", [
    # one item a line, each line ending with a comma, the verb printed once for the appointments and once for the removals
    "国务院任免某部官员\n国务院6月1日决定：\n任命周安为教育部副部长，\n吴平为科技部副部长，\n郑和为水利部副部长；\n"
    "免去李明的教育部副部长职务，\n王强的科技部副部长职务。\n",
    # the same, in one paragraph
    "国务院任免某部官员\n国务院6月1日决定：任命周安为教育部副部长，吴平为科技部副部长，郑和为水利部副部长；"
    "免去李明的教育部副部长职务，王强的科技部副部长职务。\n",
    # a repost that echoes its headline in 【】 before the text
    "国务院任免某部官员\n国务院6月1日决定：\n【国务院任免某部官员】任命周安为教育部副部长，\n吴平为科技部副部长，\n郑和为水利部副部长；\n"
    "免去李明的教育部副部长职务，\n王强的科技部副部长职务。\n",
])
def test_a_state_council_list_without_repeated_verbs(text):
    assert people(text) == sorted(_STATE)


def test_a_standing_committee_chain_of_removals_by_semicolons():
    text = ("某省人大常委会任免名单\n会议决定免去李明的某省教育厅厅长职务；\n王强的某省科技厅厅长职务；\n"
            "任命周安为某省教育厅厅长；\n吴平为某省科技厅厅长。\n")
    assert people(text) == sorted([("removal", "李明", "某省教育厅", "厅长"), ("removal", "王强", "某省科技厅", "厅长"),
                                   ("appointment", "周安", "某省教育厅", "厅长"), ("appointment", "吴平", "某省科技厅", "厅长")])


def test_a_chain_of_removals_ends_at_a_clause_of_another_shape():
    """免去A的X职务；任命B为Y；C代理Z职务: neither B nor C is removed."""
    text = ("某市人大常委会任免事项\n会议表决决定：免去李明、王强的某市某局局长职务；任命周安为某市某院副院长；"
            "接受吴平辞去某市人民政府市长的职务；某市人民政府副市长郑和代理某市人民政府市长职务。\n")
    removed = [r for r in people(text) if r[0] == "removal"]
    assert {r[1] for r in removed} <= {"李明", "王强", "吴平"}


def test_the_head_of_a_special_administrative_region_who_proposed_the_decision():
    text = ("某区主要官员免职\n依照有关规定，根据某某特别行政区行政长官方明的建议，国务院2022年4月7日决定：免去周安的保安局局长职务。\n")
    assert people(text, kinds=(Position, Removal)) == sorted([("position", "方明", "某某特别行政区", "行政长官"),
                                                              ("removal", "周安", "保安局", "局长")])


@pytest.mark.parametrize("sentence, expected", [
    # asides on people (女, 回族) inside a list of the elected
    ("方明当选十一届省政协主席，周安、吴平(女)、郑和(回族)当选为十一届省政协副主席；钱林当选为十一届省政协秘书长。",
     [("方明", "省政协", "主席"), ("周安", "省政协", "副主席"), ("吴平", "省政协", "副主席"), ("郑和", "省政协", "副主席"),
      ("钱林", "省政协", "秘书长")]),
    # the votes between the name and 当选; the last of a list joined by 和; a bare deputy's title after its head's post
    ("经过计票，高林以201票的高票当选为县人民政府县长，田野、孟春和冯秋当选副县长；石岩当选为县人民法院院长。",
     [("高林", "县人民政府", "县长"), ("田野", "县人民政府", "副县长"), ("孟春", "县人民政府", "副县长"),
      ("冯秋", "县人民政府", "副县长"), ("石岩", "县人民法院", "院长")]),
])
def test_results_of_an_election(sentence, expected):
    text = "某县人代会选举产生新一届领导\n" + sentence + "\n"
    assert [r[1:] for r in people(text, kinds=(Position,))] == sorted(expected)


def test_a_bracket_that_is_no_aside_keeps_the_list_out():
    text = "某县人代会选举产生新一届领导\n经过计票，高林(由主席团提名)当选为县人民政府县长。\n"
    assert ("高林", "县人民政府", "县长") not in [r[1:] for r in people(text, kinds=(Position,))]


def test_a_session_that_elected_people_who_are_named_before_当选():
    """某会议选举甲、乙当选为Y: the people between 选举 and 当选, 当选 no part of the last name."""
    text = "某省人事变动\n16日某省政协九届四次会议第二次大会选举周安、吴平、郑和当选为九届省政协副主席。\n"
    assert [r[1:] for r in people(text, kinds=(Position,))] == sorted(
        [("周安", "省政协", "副主席"), ("吴平", "省政协", "副主席"), ("郑和", "省政协", "副主席")])


def test_a_leader_label_that_lost_its_first_character():
    """`  长：` before `副组长：` in a member list: 组　长 with its 组 lost to the padding; the role as printed."""
    from govkg.facts import Membership
    text = ("某县人民政府办公室关于成立某县河道清理工作领导小组的通知\n各乡镇人民政府：\n"
            "为做好河道清理工作，县政府决定成立某县河道清理工作领导小组，组成人员如下：\n"
            " 长：高林(县委常委、副县长)\n副组长：田野(县水利局局长)\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    roles = sorted((f.person, f.role) for f in nf.facts if isinstance(f, Membership))
    assert roles == [("田野", "副组长"), ("高林", "长")]


def test_a_line_ending_with_a_comma_carries_the_verb_only_to_an_item_of_the_list():
    text = "某市人民政府任免通知\n经研究决定，任命周安为市教育局局长，\n并请吴平同志做好交接工作，\n郑和同志抓好落实。\n"
    assert people(text) == [("appointment", "周安", "市教育局", "局长")]


def test_a_married_name_with_two_surnames_as_the_proposer():
    """方林月华: a married woman's name (husband's surname, then her own) in a SAR's decision."""
    text = ("某区主要官员任免\n根据某某特别行政区行政长官方林月华的提名，国务院决定：任命周安为保安局局长。\n")
    assert people(text, kinds=(Position, Appointment)) == sorted([("position", "方林月华", "某某特别行政区", "行政长官"),
                                                                  ("appointment", "周安", "保安局", "局长")])


def test_two_glued_two_character_names_are_not_one_married_name():
    from govkg.extract.names import name_shape
    assert not name_shape("王林张强") and name_shape("方林月华")
