"""A notice whose page lost its line breaks (tests/noise.py one_line, one_line_spaced, and mixed where a flattened
page meets another class of noise): what is left after the first round (tests/test_noise_lines.py). Made-up
notices only."""
from __future__ import annotations

import pytest

from helpers import assignments

#: a plan: its headings (一、 / （一）) without a full stop run on after the text before them, the task's units under it
_PLAN = ["壬癸市人民政府办公室文件", "壬政办发〔2024〕8号", "壬癸市人民政府办公室关于印发壬癸市茶产业振兴行动方案的通知",
         "各县、区人民政府，市直各单位：", "《壬癸市茶产业振兴行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
         "壬癸市人民政府办公室", "2024年5月6日", "壬癸市茶产业振兴行动方案", "为推动茶产业高质量发展，制定本方案。",
         "一、重点任务", "（一）扩大茶园种植规模。新建标准化茶园2万亩，改造低产茶园1万亩。",
         "牵头单位：市农业农村局", "配合单位：市财政局、市自然资源局", "责任单位：各县区人民政府",
         "（二）培育茶叶加工企业。支持企业建设精深加工生产线，开发茶饮料和茶食品。",
         "牵头单位：市工业和信息化局", "配合单位：市科技局",
         "二、保障措施", "（一）强化资金保障。市财政局统筹安排产业发展资金。",
         "1. 完善标准体系。制定茶叶生产加工地方标准，参照《茶叶加工技术规程》（GB/T 1234—2020）执行。",
         "（市市场监管局牵头，市农业农村局按职责分工负责）", "2. 打造区域品牌。统一使用区域公用品牌标识。", "（市商务局负责）"]


@pytest.mark.parametrize("sep", ["", " "])
def test_numbered_headings_of_a_plan_on_one_line(sep):
    # …各县区人民政府（二）培育…: the next heading of a style after its predecessor opens a line; 一、重点任务（一）…:
    # a first sub-heading after a heading; 1. 完善…: an item number before a space; GB/T 1234—2020: no rule of dashes
    got = assignments(sep.join(_PLAN))
    for row in (("扩大茶园种植规模", "lead", "市农业农村局"), ("扩大茶园种植规模", "support", "市自然资源局"),
                ("扩大茶园种植规模", "responsible", "各县区人民政府"), ("培育茶叶加工企业", "lead", "市工业和信息化局"),
                ("培育茶叶加工企业", "support", "市科技局"), ("完善标准体系", "lead", "市市场监管局"),
                ("完善标准体系", "responsible", "市农业农村局"), ("打造区域品牌", "responsible", "市商务局")):
        assert row in got
    assert not [r for r in got if "(二)" in r[2] or "（二）" in r[2] or r[0].startswith("重点任务")]


@pytest.mark.parametrize("text, heads", [
    # a run of numerals (一、二、三产业) and a word ending in 一 (统一、) are no headings; （一） again under each 一、
    ("一、总体要求推动一、二、三产业融合，坚持统一、规范二、重点任务（一）扩大规模（二）培育企业三、保障措施（一）强化保障",
     ["一、总体", "二、重点", "（一）扩", "（二）培", "三、保障", "（一）强"]),
    # a second heading without a first one before it is no heading (按二、三级标准)
    ("本市按二、三级标准建设，坚持统一、规范", []),
])
def test_numbered_headings_are_counted_in_order(text, heads):
    from govkg.extract.reline import _flat_numbered
    assert [text[c:c + 4] for c in _flat_numbered(text, 0, [])] == heads


#: a committee's members, posts first and padded apart from the names (副区长　　　　雷思琪), a 主任委员： label
_POSTS_FIRST = ["子丑市寅卯区人民政府文件", "寅政发〔2024〕3号", "子丑市寅卯区人民政府关于成立寅卯区文物保护委员会的通知",
                "各街道办事处，区政府各工作部门：", "为加强文物保护工作，区政府决定成立寅卯区文物保护委员会。现将组成人员通知如下：",
                "一、组成人员", "主任委员：区委副书记、区长　　　　　　林一凡", "副主任委员：区委常委、常务副区长　　　　童二宝",
                "副区长　　　　　　　　　　　　　钱三多", "委　　员：区发展和改革委员会主任　　　　孙四海",
                "区财政局局长　　　　　　　　　　　李五洲", "大雁街道办事处主任　　　　　　　周六安",
                "二、办事机构", "委员会下设办公室，办公室设在区文化和旅游局，负责日常工作。", "子丑市寅卯区人民政府", "2024年2月27日"]
#: a group's members, names first: a label padded with single spaces (副 组 长：), a two-character name padded to three
#: after a post that ends in 委员会主任 (…委员会主任罗　琴　…)
_NAMES_FIRST = ["辰巳市人民政府文件", "辰政发〔2024〕5号", "辰巳市人民政府关于成立辰巳市数字经济工作领导小组的通知",
                "各县市区人民政府，市政府各局委办：", "为加快发展数字经济，市人民政府决定成立辰巳市数字经济工作领导小组。",
                "现将有关事项通知如下。", "一、组成人员", "组　　长：吴七星　市委副书记、市长", "副 组 长：郑　八　副市长",
                "王九如　市人民政府秘书长", "成　　员：冯　十　市发展和改革委员会主任", "罗　琴　市科学技术局局长",
                "陈一鸣　市财政局局长", "二、工作要求", "领导小组办公室设在市工业和信息化局，负责日常工作。",
                "辰巳市人民政府", "2024年1月19日"]


@pytest.mark.parametrize("sep", ["", " "])
@pytest.mark.parametrize("lines, group, rows", [
    (_POSTS_FIRST, "寅卯区文物保护委员会", (("林一凡", "主任委员"), ("童二宝", "副主任委员"), ("钱三多", "副主任委员"),
                                          ("孙四海", "委员"), ("李五洲", "委员"), ("周六安", "委员"))),
    (_NAMES_FIRST, "辰巳市数字经济工作领导小组", (("吴七星", "组长"), ("郑八", "副组长"), ("王九如", "副组长"),
                                               ("冯十", "成员"), ("罗琴", "成员"), ("陈一鸣", "成员"))),
])
def test_member_table_of_a_notice_on_one_line(lines, group, rows, sep):
    # 樊立鹏|副区长: the name after a post's padding and the next row's post; 主任委员： one label, 副 组 长： one label;
    # 委员会主任罗　琴: 委员 no title before a name (会主任罗 is no name)
    from helpers import members, positions
    got = members(sep.join(lines))
    for person, role in rows:
        assert (group, person, role) in got
    assert len(got) == len(rows)
    held = positions(sep.join(lines))
    assert ("钱三多", "区人民政府", "副区长") in held or lines is _NAMES_FIRST
    assert ("冯十", "市发展和改革委员会", "主任") in held or lines is _POSTS_FIRST


#: a personnel notice as a table, names padded apart from posts, removals ending in 职务
_NAME_TABLE = ["午未县人民政府文件", "午政任〔2024〕6号", "午未县人民政府关于何一川等同志任免职务的通知",
               "各乡（镇）人民政府，县直各委、办、局：", "经县人民政府研究，决定对下列同志职务进行任免：", "任命",
               "何一川　　县民族宗教事务局局长", "资　华　　县人民政府办公室副主任", "免去",
               "毕二山　　县民族宗教事务局局长职务（退休）", "何一川　　县文化和旅游局副局长职务",
               "普三水　　县人民政府办公室副主任职务", "午未县人民政府", "2024年5月20日"]
#: a headquarters' members, names first, each name padded (full-width) apart from its post
_HEADQUARTERS = ["申酉市人民政府办公室文件", "申政办字〔2024〕3号", "申酉市人民政府办公室关于成立申酉市城市更新工作指挥部的通知",
                 "各县（市、区）人民政府，市政府各部门：", "经市政府同意，决定成立申酉市城市更新工作指挥部。现将有关事项通知如下：",
                 "一、指挥部组成人员", "总指挥：", "滕一山　　市委副书记、市长", "副总指挥：", "郇二水　　市委常委、常务副市长",
                 "阎　芳　　副市长", "成　员：", "訾三木　　市人民政府副秘书长", "邢四火　　市发展和改革委员会主任",
                 "二、指挥部办公室", "指挥部办公室设在市住房和城乡建设局，负责日常工作。", "申酉市人民政府办公室", "2024年8月6日"]


@pytest.mark.parametrize("sep", ["", " "])
def test_name_table_of_a_personnel_notice_on_one_line(sep):
    # …局长职务 普三水　　县…: a removal's 职务 ends a row as a title does, the single space before the next name a break
    from helpers import posts
    got = posts(sep.join(_NAME_TABLE))
    for row in (("Appointment", "何一川", "县民族宗教事务局", "局长"), ("Appointment", "资华", "县人民政府办公室", "副主任"),
                ("Removal", "毕二山", "县民族宗教事务局", "局长"), ("Removal", "何一川", "县文化和旅游局", "副局长"),
                ("Removal", "普三水", "县人民政府办公室", "副主任")):
        assert row in got
    assert len([r for r in got if r[0] != "Position"]) == 5


@pytest.mark.parametrize("sep", ["", " "])
def test_names_first_member_table_whose_breaks_became_spaces(sep):
    # …常务副市长 阎　芳　　副市长: a title, one space, a name and its wider padding — the space was a line break
    from helpers import members
    got = members(sep.join(_HEADQUARTERS))
    group = "申酉市城市更新工作指挥部"
    assert got == sorted([(group, "滕一山", "总指挥"), (group, "郇二水", "副总指挥"), (group, "阎芳", "副总指挥"),
                          (group, "訾三木", "成员"), (group, "邢四火", "成员")])


#: a group with sub-groups, its lines indented with full-width spaces, the signature and date on lines of their own
_SUBGROUPS = ["戌亥市人民政府办公室关于成立戌亥市安全生产督导组的通知", "戌政办秘〔2024〕47号", "各县、区人民政府，市政府各部门：",
              "为压实安全生产责任，经市政府同意，决定成立戌亥市安全生产督导组。现将有关事项通知如下：", "一、督导分组",
              "督导组下设2个督导分组。", "（一）第一督导分组", "组\u3000长：鲁一国（市应急管理局副局长）",
              "成\u3000员：承二峰（市消防救援支队副支队长）", "（二）第二督导分组", "组\u3000长：方三胜（市住房和城乡建设局局长）",
              "二、工作要求", "各督导分组每轮督导结束后5个工作日内报送督导报告。", "戌亥市人民政府办公室", "2024年4月26日"]


def test_question_marks_of_a_notice_whose_breaks_became_spaces():
    # a copy that printed ?? for each line's indent and a space for each line break: …人民政府办公室 ??2024年4月26日,
    # …督导报告。 ??(一)… — a ? run after a space is an indent as at a line's start (before a number or a bracket too)
    from helpers import document, members
    text = " ".join("??" + line.replace("\u3000", "?") for line in _SUBGROUPS).replace("（", "(").replace("）", ")")
    d = document(text)
    assert (d.number, d.issuer, d.signed) == ("戌政办秘〔2024〕47号", "戌亥市人民政府办公室", "2024-04-26")
    assert members(text) == [("第一督导分组", "承二峰", "成员"), ("第一督导分组", "鲁一国", "组长"), ("第二督导分组", "方三胜", "组长")]
