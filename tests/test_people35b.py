"""people35b: personnel decision classes of the thirty-fifth round, second pass (made-up notices only)."""
import pytest

from helpers import PERSONNEL_FOOT, posts

#: a made-up notice of a forestry bureau's Party committee, around decision rows a test puts between its head and foot
_BUREAU_HEAD = ("中共某林业局委员会文件\n某林党字〔2001〕5号\n关于甲等同志职务任免的通知\n各林场党支部，局机关各科室：\n"
                "经局党委研究决定：\n")
_BUREAU_FOOT = "中共某林业局委员会\n2001年4月3日\n"


@pytest.mark.parametrize("unit,branch", [("青松林场", "党支部"), ("西岭分场", "党支部"), ("红旗机械厂", "党总支"),
                                         ("南山煤矿", "党支部")])
def test_party_branch_of_a_grassroots_unit_is_its_body(unit, branch):
    # 免去甲的某林场党支部书记职务: a farm's, factory's or mine's Party branch is a body, its post 书记
    got = posts(_BUREAU_HEAD + f"免去柏运昌同志的{unit}{branch}书记职务，退休。\n" + _BUREAU_FOOT)
    assert ("Removal", "柏运昌", unit + branch, "书记") in got
    assert not [r for r in got if r[3].startswith(branch)]


def test_bare_party_branch_after_the_units_head_is_that_units():
    # 甲任某林场场长、党支部书记: the bare branch post after the unit's head belongs to that unit's branch
    got = posts(_BUREAU_HEAD + "储海涛任青松林场场长、党支部书记；\n" + _BUREAU_FOOT)
    assert ("Appointment", "储海涛", "青松林场", "场长") in got
    assert ("Appointment", "储海涛", "青松林场党支部", "书记") in got


def test_corps_division_party_committee_post():
    # 某人 第十三师党委常委、副师长: a corps' numbered division has a Party committee of its own
    got = posts("某师关于甲等同志职务任免的通知\n某师发〔2016〕3号\n经师党委研究决定：\n"
                "费景山同志任第九师党委常委、副师长；\n" + PERSONNEL_FOOT)
    assert ("Appointment", "费景山", "第九师党委", "常委") in got
    assert ("Appointment", "费景山", "第九师", "副师长") in got


def test_the_heads_of_a_works_and_a_mine():
    # 甲任某采油厂厂长 / 免去乙的某煤矿矿长职务: 厂长 and 矿长 are the posts of a works' and a mine's heads
    got = posts(_BUREAU_HEAD + "于德润任东河采油厂厂长；\n免去尚文远同志的青山煤矿矿长职务。\n" + _BUREAU_FOOT)
    assert ("Appointment", "于德润", "东河采油厂", "厂长") in got
    assert ("Removal", "尚文远", "青山煤矿", "矿长") in got
