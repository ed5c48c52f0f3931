"""Groups in real pages (issue 10, helper rgroup): the shapes of member lists and prose that real notices print
and the extractor read wrong. Each case is a made-up notice in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import members

# a page that mixes scripts (an encyclopedia's copy: simplified prose, traditional names and words where the
# source was traditional): a value is put back as printed where it was read, not where the copy first has it
_MIXED = ("沿革\n1952年3月，政务院文化委员会下设的甲乙研究委员会召开成立大会，赵立新任主任委员，钱国华任副主任委員，"
          "孙明、李達、周偉為委員。\n1955年，甲乙研究委员会改组，吴平为副主任委员。\n")


@pytest.mark.parametrize("text, expected", [
    (_MIXED, [("甲乙研究委员会", "周偉", "委員"), ("甲乙研究委员会", "孙明", "委員"), ("甲乙研究委员会", "李達", "委員"),
              ("甲乙研究委员会", "赵立新", "主任委员"), ("甲乙研究委员会", "钱国华", "副主任委員"),
              ("甲乙研究委员会", "吴平", "副主任委员")]),
])
def test_mixed_script_value_as_printed_where_read(text, expected):
    assert members(text) == sorted(expected)
