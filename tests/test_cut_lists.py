"""Member lists of pages a site or a copy cut in the middle of their last item: the members read before the
cut stay (the whole line was read as no one). Made-up text only."""
from __future__ import annotations

import pytest

from helpers import members

_HEAD = ("关于成立青山市文化节组委会的通知\n各区人民政府：\n为办好文化节，决定成立组委会，组成人员如下：\n"
         "主任：赵明远 市人民政府副市长\n")


@pytest.mark.parametrize("line, names", [
    # a name and its post in pairs, cut in a name / in a post
    ("成员：钱立群 市文化局局长 孙海涛 市财政局副局长 李文静 市公安局副局长 周平安 市旅游局副局长 吴",
     ["周平安", "孙海涛", "李文静", "赵明远", "钱立群"]),
    ("成员：钱立群 市文化局局长 孙海涛 市财政局副局长 李文静 市公安局副", ["孙海涛", "赵明远", "钱立群"]),
    # names parted by 、 or by spaces
    ("成员：钱立群、孙海涛、李文静、吴", ["孙海涛", "李文静", "赵明远", "钱立群"]),
    ("成员：钱立群 孙海涛 李文静 吴", ["孙海涛", "李文静", "赵明远", "钱立群"]),
    # names glued to their posts, posts before names, posts in brackets
    ("成员：钱立群市文化局局长 孙海涛市财政局副局长 吴", ["孙海涛", "赵明远", "钱立群"]),
    ("成员：市文化局局长钱立群、市财政局副局长孙海涛、市公安局副", ["孙海涛", "赵明远", "钱立群"]),
    ("成员：钱立群(市文化局局长)、孙海涛(市财政局副局长)、李文静(市公", ["孙海涛", "赵明远", "钱立群"]),
    # whole lists read as before
    ("成员：钱立群 市文化局局长 孙海涛 市财政局副局长 李文静 市公安局副局长", ["孙海涛", "李文静", "赵明远", "钱立群"]),
    ("成员：钱立群、孙海涛、李文静", ["孙海涛", "李文静", "赵明远", "钱立群"]),
])
def test_a_list_cut_in_its_last_item_keeps_the_members_before_it(line, names):
    assert sorted(person for _, person, _ in members(_HEAD + line + "\n")) == names


def test_a_cut_line_that_is_no_list_names_no_one():
    assert [m[1] for m in members(_HEAD + "成员单位由市有关部门组成，具体工作由市文化局负\n")] == ["赵明远"]
