"""Document classes of the thirty-seventh session. Every text is made up.

- A news page reports the notice its lead names (某省人民政府办公厅日前印发《…》): that body is the issuer. A body named
  further down, in a paragraph about something else (…某区人民代表大会常务委员会发布公告：…), issued nothing the page
  reports: no issuer.
"""
from __future__ import annotations

from helpers import document

LEAD = "  日前，某某省人民政府办公厅印发《关于成立某某省某某工作领导小组的通知》，领导小组组长由省长担任。\n"
ASIDE = ("  据悉，今年以来多地调整了相关人选，其中某市原市长已调离本省。今年1月，某某区人民代表大会常务委员会发布公告：由某市"
         "选出的区人民代表大会代表甲某调离本区，其代表资格终止。\n")


def _page(*paragraphs: str) -> str:
    return "滚动新闻\n\n  记者从有关部门获悉，某某工作近日取得新进展，各地正在抓紧推进。\n  下一步，将继续加强统筹协调。\n" \
        + "".join(paragraphs) + "\n编辑：某某\n"


def test_a_news_pages_lead_names_the_body_whose_notice_it_reports():
    assert document("某某省人民政府办公厅印发通知成立某某工作领导小组\n\n" + LEAD).issuer == "某某省人民政府办公厅"


def test_a_body_named_in_a_later_paragraph_issued_nothing_the_page_reports():
    assert document(_page("  另据了解，各地情况不一。\n", ASIDE)).issuer is None
