"""Names glued to their posts in a notice whose line breaks were lost (tests/noise.py glued_flat, glued_one_line: the
classes glued_names and one_line_spaced / one_line at once): each row of a table reads name+post, the rows joined by
one space or by nothing. Made-up notices only."""
from __future__ import annotations

import pytest

from helpers import members, posts

#: a personnel notice: 任命 / 免去 above tables of names glued to their posts, a note after some, a removal's 职务
_PERSONNEL = ["子丑州人民政府文件", "子府任〔2024〕7号", "子丑州人民政府关于扎西次仁等同志职务任免的通知",
              "各县（市）人民政府，州级各部门：", "经州人民政府研究，决定：", "一、任命",
              "扎西次仁州发展和改革委员会副主任", "卓玛央金州人民政府副秘书长（正县级）", "钱多多州应急管理局副局长、地震局局长",
              "二、免去", "孙明亮州林业和草原局副局长职务", "李小燕州人民政府副秘书长", "子丑州人民政府", "2024年4月25日"]
_PERSONNEL_ROWS = [("Appointment", "扎西次仁", "州发展和改革委员会", "副主任"), ("Appointment", "卓玛央金", "州人民政府", "副秘书长"),
                   ("Appointment", "钱多多", "州应急管理局", "副局长"), ("Appointment", "钱多多", "州地震局", "局长"),
                   ("Removal", "孙明亮", "州林业和草原局", "副局长"), ("Removal", "李小燕", "州人民政府", "副秘书长")]

#: a group's members: a role label, then names glued to their posts (no padding left to tell the name from the post)
_GROUP = ["寅卯市人民政府文件", "寅政发〔2024〕3号", "寅卯市人民政府关于成立寅卯市数字经济工作领导小组的通知",
          "各县市区人民政府，市政府各局委办：", "为加快发展数字经济，市人民政府决定成立寅卯市数字经济工作领导小组。",
          "现将有关事项通知如下。", "一、组成人员", "组　　长：吴七星市委副书记、市长", "副 组 长：郑　八　副市长",
          "王九如市人民政府秘书长、办公室主任", "成　　员：冯　十　市发展和改革委员会主任", "欧阳一鸣市科学技术局局长",
          "褚二宝市财政局局长", "二、工作职责", "领导小组负责统筹推进全市数字经济发展。", "寅卯市人民政府", "2024年1月19日"]
_GROUP_NAME = "寅卯市数字经济工作领导小组"


@pytest.mark.parametrize("sep", ["", " "])
def test_personnel_tables_of_glued_names_on_one_spaced_line(sep):
    # 任命 扎西次仁州…副主任 卓玛央金州…副秘书长（正县级） …: a single space after a title, a note or 任命/免去, before a row
    # that is a name and a post ending in a title (or in a removal's 职务), was a line break
    got = posts(sep.join(_PERSONNEL))
    for row in _PERSONNEL_ROWS:
        assert row in got
    assert not [r for r in got if len(r[1]) > 4]


@pytest.mark.parametrize("sep", ["", " "])
def test_member_tables_of_glued_names_on_one_spaced_line(sep):
    got = members(sep.join(_GROUP))
    for person, role in (("吴七星", "组长"), ("郑八", "副组长"), ("王九如", "副组长"), ("冯十", "成员"),
                         ("欧阳一鸣", "成员"), ("褚二宝", "成员")):
        assert (_GROUP_NAME, person, role) in got
    assert len(got) == 6


@pytest.mark.parametrize("text, rows", [
    # a sentence after a title is no row: 市长 主持召开会议 (no name), 副局长 张三同志负责 (no title at its end)
    ("某某市长 主持召开会议研究部署工作", []),
    ("某局副局长 张三同志负责日常工作", []),
    ("某局局长 李四五市财政局局长 王六市商务局副局长", ["李四五", "王六"]),
    # after a post's note, yes (（正县级） 王六…); after a person's aside, no: 王某某(女) 镇党委委员 is one row
    ("某局局长（正县级） 王六市商务局副局长", ["王六"]),
    ("副组长:王某某(女) 镇党委委员、副镇长", []),
])
def test_glued_rows_cut_only_before_a_name_and_a_post(text, rows):
    from govkg.extract.reline import _flat_glued_rows
    assert [text[c:c + len(r)] for c, r in zip(_flat_glued_rows(text, 0), rows)] == rows
    assert len(_flat_glued_rows(text, 0)) == len(rows)


@pytest.mark.parametrize("text, rows", [
    # run together with nothing between rows: a name and a post opening with a level after a title or its note
    ("某局局长（正县级）王小六市商务局副局长李四州财政局局长", ["王小六", "李四"]),
    # 任命/免去 open sentences too: 任命某某为…, 免去其…
    ("经研究决定：任命周建军为市生态环境局副局长；免去其市财政局局长职务", []),
])
def test_glued_rows_with_nothing_between_them(text, rows):
    from govkg.extract.reline import _flat_glued_next
    assert [text[c:c + len(r)] for c, r in zip(_flat_glued_next(text, 0), rows)] == rows
    assert len(_flat_glued_next(text, 0)) == len(rows)
