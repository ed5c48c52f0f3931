"""Member lists of pages a site or a copy cut in the middle: the members read before the cut stay. Made-up
text only."""
from __future__ import annotations

from helpers import members

_HEAD = ("关于成立青山市文化节组委会的通知\n各区人民政府：\n为办好文化节，决定成立组委会，组成人员如下：\n"
         "主任：赵明远 市人民政府副市长\n")


def test_a_list_cut_in_the_middle_of_a_name_keeps_the_members_before_it():
    text = _HEAD + "成员：钱立群 市文化局局长 孙海涛 市财政局副局长 李文静 市公安局副局长 周平安 市旅游局副局长 吴\n"
    assert members(text) == [("组委会", name, role) for name, role in
                             [("周平安", "成员"), ("孙海涛", "成员"), ("李文静", "成员"), ("赵明远", "主任"), ("钱立群", "成员")]]


def test_a_whole_list_is_read_as_before():
    text = _HEAD + "成员：钱立群 市文化局局长 孙海涛 市财政局副局长 李文静 市公安局副局长\n"
    assert ("组委会", "李文静", "成员") in members(text) and len(members(text)) == 4
