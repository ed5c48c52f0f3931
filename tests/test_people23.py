"""people23: a duty sentence that speaks of building a mechanism (探索建立…的工作机制, 逐步建立…协调机制) is a task of
the group just set up, not a second set-up; the members listed after it stay with the group the notice sets up.
Made-up text only."""
from __future__ import annotations

from helpers import members, positions

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


def test_a_mechanism_to_build_step_by_step_is_a_goal():
    assert _groups("逐步建立部门会商协调机制。") == {_GROUP}


def test_the_members_stay_with_the_group_set_up():
    rows = members(_NOTICE.format(duty="探索建立统筹推进全市林下经济工作的工作机制。"))
    assert (_GROUP, "柯文远", "总召集人") in rows
    assert (_GROUP, "龚晓梅", "成员") in rows


# a role line whose value is a body of a level (区政府办公室负责人, 区委组织部…负责人) names units, not people: 区 is a
# surname too, but 区政|府… or 区委组|织部… is no name and a post
_UNITS = """关于建立某某区夜间经济工作联席会议制度的通知
经区政府同意,决定建立某某区夜间经济工作联席会议制度。现将有关事项通知如下:
一、组成人员
组  长:区政府分管领导
副组长:区政府办公室主要负责人和分管负责人
成  员:区委组织部、区委宣传部分管负责人;区商务局、区文旅局、各街道办事处主要负责人。
"""


def test_a_units_list_names_no_people():
    assert members(_UNITS) == []
    assert positions(_UNITS) == []


def test_a_post_line_of_a_town_body_is_no_name():
    text = ("关于成立某某镇防汛工作领导小组的通知\n各村、镇各部门:\n经研究,成立我镇防汛工作领导小组。\n"
            "组 长:欧阳亮 镇 长\n副组长:祁文斌\n镇党委副书记\n成 员:蒋红梅 镇党委宣传委员\n钟 涛 镇水利站站长\n")
    people = {p for _, p, _ in members(text)}
    assert not any(p.startswith(("镇", "区")) for p in people)
    assert {"欧阳亮", "蒋红梅"} <= people


def test_a_person_surnamed_ou_still_reads():
    text = ("关于成立某某县植树造林工作领导小组的通知\n经研究,成立某某县植树造林工作领导小组。\n"
            "组 长:区国华 县人民政府副县长\n成 员:区小玲 县林业局局长\n")
    assert {p for _, p, _ in members(text)} == {"区国华", "区小玲"}
