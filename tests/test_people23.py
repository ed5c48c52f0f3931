"""people23: a duty sentence that speaks of building a mechanism (探索建立…的工作机制, 建立健全…制度) is a task of
the group just set up, not a second set-up; the members listed after it stay with the group the notice sets up.
Made-up text only."""
from __future__ import annotations

from helpers import members

_NOTICE = """某某市人民政府办公室关于建立某某市林下经济发展联席会议制度的通知

各县(区)人民政府,市政府各部门:

    为推进全市林下经济发展,经市政府同意,建立某某市林下经济发展联席会议制度。现将有关事项通知如下:

    一、主要职责

    研究解决林下经济发展中的重大问题。{duty}定期通报工作进展。

    二、组成人员

    总召集人:柯文远 副市长

    召 集 人:潘立新 市政府副秘书长

    成  员:廖启明 市林业局副局长

              龚晓梅 市财政局副局长
"""

_GROUP = "某某市林下经济发展联席会议"


def _groups(duty: str) -> set[str]:
    return {g for g, _, _ in members(_NOTICE.format(duty=duty))}


def test_a_mechanism_to_explore_is_a_duty():
    assert _groups("探索建立统筹推进全市林下经济工作的工作机制。") == {_GROUP}


def test_a_described_mechanism_is_not_a_name():
    assert _groups("建立科学规范的工作机制。") == {_GROUP}


def test_building_and_perfecting_a_system_is_a_duty():
    assert _groups("建立健全部门会商联席会议制度。") == {_GROUP}


def test_the_members_stay_with_the_group_set_up():
    rows = members(_NOTICE.format(duty="探索建立统筹推进全市林下经济工作的工作机制。"))
    assert (_GROUP, "柯文远", "总召集人") in rows
    assert (_GROUP, "龚晓梅", "成员") in rows
