"""Document rows (session 24): an encyclopedia entry's page. Every text is made up.

- A 百科 page prints its entry's heading as ``词条 某某`` over ``释义``: the title is the
  entry's name, without the label.
"""
from __future__ import annotations

import pytest

from helpers import document

ENTRY = ("请输入您要查询的百科知识:\n\n \n\n词条 {label}中国书法家协会青禾分会\n释义\n\n"
         "1981年初，青禾县委派人办理中国书法家协会青禾分会筹建工作。同年6月3日，县分会正式成立，副县长周立任会长。\n")


@pytest.mark.parametrize("label", ["", "　"])
def test_an_encyclopedia_entry_is_titled_by_its_name(label):
    text = ENTRY.replace("词条 {label}", "词条" + (label or " "))
    assert document(text).title == "中国书法家协会青禾分会"


def test_a_title_that_only_starts_with_the_word_keeps_it():
    text = "词条编纂工作领导小组成立\n2030年3月1日，青禾县成立词条编纂工作领导小组，周立任组长。\n"
    assert document(text).title.startswith("词条")
