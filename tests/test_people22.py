"""People22: member lists, appointments and removals on real pages. Made-up text only (other names, places and
bodies than any page's)."""
from __future__ import annotations

import pytest

from helpers import members, positions, posts


# a member list flattened onto one line (name, post, name, post …) whose page excerpt ends inside the last
# name: the one character left is no member, and the pairs before it still are
@pytest.mark.parametrize("tail", [" 韩", " 郑", ""])
def test_flattened_pairs_cut_inside_the_last_name(tail):
    text = ("青山市人民政府办公室关于成立青山市读书节组委会的通知\n各区人民政府，市各委办局：\n"
            "成立青山市读书节组委会，负责活动的组织领导。 主 任：钱 立 副市长 成 员：孙海涛 东岭区副区长 "
            "李文静 市文化局副局长 周 平 市教育局局长 吴志远 青山晚报社社长" + tail)
    got = members(text)
    group = "青山市读书节组委会"
    assert [m for m in got if m[2] in ("成员", "成 员")] == sorted(
        [(group, "孙海涛", "成员"), (group, "李文静", "成员"), (group, "周平", "成员"), (group, "吴志远", "成员")])
    assert not [m for m in got if len(m[1]) < 2]
    assert ("李文静", "市文化局", "副局长") in positions(text)
