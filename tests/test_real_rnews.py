"""Decisions reported on pages with no recognisable title (issue 10, helper rnews): a news body copied without
its headline, a repost opening with a lead sentence. The text itself shows the decisions (a lead telling of
changes in leadership that opens a list of ``X任Y`` lines, an approval 经…批准); career histories stay none."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Removal
from helpers import posts

A = "Appointment"


# a lead telling of changes in leadership (调整, 换帅, 任免…) that opens, with a colon, a list of X任Y lines
@pytest.mark.parametrize("text, expected", [
    ("近日，多家省属企业领导班子出现调整。其中，两家交通企业“换帅”：\n"
     "韩立新任江河交通投资集团董事长，此前他任远山港务集团董事长；\n"
     "龚春晓任远山港务集团董事长，此前他任江河粮油集团总经理。\n"
     "两家企业均由省国资委管理。\n",
     [(A, "龚春晓", "远山港务集团", "董事长"), (A, "韩立新", "江河交通投资集团", "董事长")]),
    ("会上宣布了省交通厅党组关于江河交通投资集团领导班子成员任免的通知：韩立新任江河交通投资集团总经理。\n",
     [(A, "韩立新", "江河交通投资集团", "总经理")]),
])
def test_a_lead_opens_a_list_of_postings(text, expected):
    assert posts(text, kind=Appointment) == sorted(expected)


# an approval (经…批准, 经…同意) makes one X任Y a decision
@pytest.mark.parametrize("text, expected", [
    ("经省委批准，韩立新任江河交通投资集团董事长。\n", [(A, "韩立新", "江河交通投资集团", "董事长")]),
    ("日前，经省政府同意，龚春晓任远山港务集团总经理。\n", [(A, "龚春晓", "远山港务集团", "总经理")]),
    ("近日，经省委研究决定，龚春晓任远山港务集团党委书记。\n", [(A, "龚春晓", "远山港务集团", "党委书记")]),
])
def test_an_approval_makes_a_posting(text, expected):
    assert posts(text) == sorted(expected)


# a career history is no decision: 此前他任, 曾任, a date before 任, a lone X任Y with no lead nor approval
@pytest.mark.parametrize("text", [
    "韩立新长期在交通系统工作，2009年任远山港务集团总经理，2015年任江河交通投资集团董事长。\n",
    "领导班子简历如下：\n韩立新曾任远山港务集团总经理；\n龚春晓曾任江河粮油集团总经理。\n",
    "韩立新任江河交通投资集团董事长以来，集团营收稳步增长。\n",
])
def test_a_career_history_gives_no_appointment(text):
    assert posts(text, kind=(Appointment, Removal)) == []


# postings a lead opens in one sentence, joined by 、 (甲同志任X书记、乙同志任X副书记、院长): two items
def test_postings_joined_by_a_pause_mark():
    text = ("关于江河交通投资集团领导班子的通知\n会上宣读了省委组织部文件通知：韩立新同志任江河交通投资集团党委书记、"
            "龚春晓同志任江河交通投资集团党委副书记、总经理。\n")
    assert posts(text, kind=Appointment) == sorted([
        (A, "韩立新", "江河交通投资集团", "党委书记"), (A, "龚春晓", "江河交通投资集团", "党委副书记"),
        (A, "龚春晓", "江河交通投资集团", "总经理")])


# an adverb before the verb (跨公司任Y, 分别升任X) is no person: the clause gives no appointee of that name
@pytest.mark.parametrize("text", [
    "省属企业高管人事调整\n从领域看，交通方面，远山港务集团总经理韩立新，跨公司任江河交通投资集团董事长。\n",
    "省属企业高管人事调整\n具体而言，远山港务集团总经理韩立新、江河粮油集团副总经理龚春晓，分别升任各自公司董事长、总经理。\n",
])
def test_an_adverb_is_no_appointee(text):
    assert not [row for row in posts(text, kind=Appointment) if row[1] in ("跨公司", "分别")]


# a subject printed alone with its posts (某集团总经理甲，) before a clause that starts with the verb after a
# cross-unit adverb (跨公司任Y): the person of the clause before takes the post
def test_a_titled_subject_before_a_cross_unit_posting():
    text = ("省属企业高管人事调整\n与上述二人不同，远山港务集团纪检监察组组长韩立新，跨公司任江河交通投资集团总经理。\n")
    assert (A, "韩立新", "江河交通投资集团", "总经理") in posts(text, kind=Appointment)
