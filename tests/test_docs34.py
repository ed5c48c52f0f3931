"""Classes of the thirty-fourth session (blind layouts123–layouts128 and real34–real35). Every text is made up.

- Army and Production and Construction Corps units' heads (某师师长, 某连连长) are posts; a unit named bare by its kind
  in its own notice (师, 团, 公社) has its own Party committee (师党委副书记), and its head after it heads the unit.
"""
from __future__ import annotations

from helpers import position_rows


def test_a_division_head_and_its_party_committee():
    rows = position_rows("某某师关于调整防汛指挥部成员的通知\n各团场：\n　　经研究，决定调整师防汛指挥部成员如下：\n"
                         "　　指挥长：甲某某　师党委副书记、师长\n　　副指挥长：乙某某　第二师副师长\n"
                         "　　成　员：丙某某　一连连长\n\n某某师\n2031年6月2日\n")
    assert {("甲某某", "师党委", "副书记"), ("甲某某", "师", "师长"), ("乙某某", "第二师", "副师长"),
            ("丙某某", "一连", "连长")} <= rows


def test_a_commune_party_committee_named_bare():
    rows = position_rows("某县某某公社革命委员会关于成立春耕生产领导小组的通知\n各大队：\n　　经研究，成立春耕生产领导小组。\n"
                         "　　组　长：丁某某　公社党委书记、主任\n　　副组长：戊某某　公社党委副书记\n\n"
                         "某县某某公社革命委员会\n一九七九年三月二日\n")
    assert {("丁某某", "公社党委", "书记"), ("戊某某", "公社党委", "副书记")} <= rows
