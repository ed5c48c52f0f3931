"""The document row of real pages (issue 10, helper rdoc): the kind, title, issuer and date real notices print
in shapes the extractor read wrong. Each case is a made-up page in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import document


# a news report of a government's leaders' division of work (市长X：主持…；副市长Y：分管…), a change or two of its
# members told in the lead: the report divides the work, a notice (spec), not a personnel report
_DIVISION_NEWS = ("近期，某市政府领导班子成员有所变动，原副市长甲立新因被任命为市委常委，不再担任副市长职务，日前市人大任命"
                  "乙海涛为副市长。记者昨日获悉，经研究，对市长、副市长的分管领域作相应调整。\n"
                  "市长丙国华：主持市政府全面工作。\n"
                  "常务副市长丁明：协助市长日常工作；分管发展和改革、财政、统计工作。\n"
                  "副市长乙海涛：分管教育、科技、文化工作。\n"
                  "副市长戊平：分管工业、商业、交通工作。\n"
                  "副市长己红：分管农业、水利、民政工作。\n")
# the same shape, traditional script, under a headline, the moves told in the lead
_DIVISION_NEWS_TRAD = ("兩省政府班子調整後，領導分工明確\n"
                       "某省2月15日發布的通知顯示，省長甲立新主持省政府全面工作，分管財政、審計工作。\n"
                       "今年年初，原常務副省長乙海濤轉任省政協主席，丙國華等2名原副省長職務調動。丁明、戊平履新。\n"
                       "通知顯示，丁明負責省政府常務工作，分管發展計劃、稅務、統計工作。\n"
                       "戊平分管民政、環境保護、水利工作；己紅分管教育、科技工作；庚軍分管工業、交通工作。\n")
# a report of appointments that names each new holder's portfolio: personnel still
_MOVES_NEWS = ("某市人大常委会任命两名副市长\n"
               "某市人大常委会第十次会议决定任命甲立新为某市人民政府副市长，任命乙海涛为某市人民政府副市长，"
               "免去丙国华的某市人民政府副市长职务。甲立新分管教育工作，乙海涛分管交通工作。\n")


@pytest.mark.parametrize("text, kind", [
    (_DIVISION_NEWS, "notice"),
    (_DIVISION_NEWS_TRAD, "notice"),
    (_MOVES_NEWS, "personnel"),
])
def test_leaders_division_of_work_report_is_a_notice(text, kind):
    assert document(text).kind == kind
