"""A notice whose page lost its line breaks (tests/noise.py one_line, one_line_spaced, glued_flat, glued_one_line and
mixed): what is left after the rounds of tests/test_noise_lines.py and tests/test_noise_lines2.py. Made-up notices only."""
from __future__ import annotations

import pytest

from helpers import members, positions, posts

#: a group's members, each name glued to its post, rows of posts that open with a place's name (甲乙区, 丙丁军分区,
#: 戊己高新区), with a league's name (锡林郭勒盟), and a Mongolian name of six characters straight against its level
_GLUED_ROWS = ["庚辛市人民政府办公室文件", "庚政办发〔2024〕9号", "庚辛市人民政府办公室关于成立庚辛市河湖保护工作领导小组的通知",
               "各县区人民政府，市直各单位：", "为加强河湖保护工作，市人民政府决定成立庚辛市河湖保护工作领导小组。组成人员如下：",
               "组　　长：林一凡市人民政府副市长", "成　　员：孙四海市水务局局长", "周六安甲乙区人民政府副区长",
               "钱三多丙丁军分区副司令员", "李五洲市财政局副局长", "吴七星戊己高新区管委会副主任", "郑八方市生态环境局局长",
               "朝鲁门锡林郭勒盟农牧业科学研究所所长", "王九如市交通运输局副局长", "孟克吉日嘎拉盟市场监督管理局副局长",
               "领导小组办公室设在市水务局，负责日常工作。", "庚辛市人民政府办公室", "2024年3月8日"]
_GROUP = "庚辛市河湖保护工作领导小组"


@pytest.mark.parametrize("sep", ["", " "])
def test_glued_rows_whose_posts_open_with_a_place(sep):
    # 局长|周六安甲乙区…: the row after a title is cut before a name whose post opens with a place's name and its
    # level or zone word; 朝鲁门|锡林郭勒盟: a league's name opens the post; 孟克吉日嘎拉|盟: a long name before a level
    text = sep.join(_GLUED_ROWS)
    got = positions(text)
    for row in (("周六安", "甲乙区人民政府", "副区长"), ("钱三多", "丙丁军分区", "副司令员"),
                ("吴七星", "戊己高新区管委会", "副主任"), ("朝鲁门", "锡林郭勒盟农牧业科学研究所", "所长"),
                ("孟克吉日嘎拉", "盟市场监督管理局", "副局长"), ("李五洲", "市财政局", "副局长"),
                ("郑八方", "市生态环境局", "局长"), ("王九如", "市交通运输局", "副局长")):
        assert row in got
    assert not [r for r in got if len(r[0]) > 6 or not r[1].endswith(("政府", "分区", "委会", "局", "所"))]
    held = members(text)
    for person in ("周六安", "钱三多", "吴七星", "朝鲁门", "孟克吉日嘎拉"):
        assert (_GROUP, person, "成员") in held


#: decisions run together: 免去甲某同志某局某职务 and 任命甲某为某局某职 are sentences, not a table's rows (同志市, 珍为市 are
#: no places), and 甲某和副县长乙某 no name of five characters before a level
_DECISIONS = ["癸甲市人民政府文件", "癸政任〔2024〕4号", "癸甲市人民政府关于白玛曲珍等同志任免职务的通知", "各县（区）人民政府，市直各单位：",
              "经市人民政府研究，决定：", "任命次仁顿珠为市农业农村局局长；", "任命白玛曲珍为市林业和草原局副局长，免去其市自然资源局副局长职务；",
              "免去程德胜同志市城乡建设局副局长职务；", "免去陈立新同志市数据资源局局长职务。", "癸甲市人民政府", "2024年4月10日"]


@pytest.mark.parametrize("sep", ["", " "])
def test_decisions_on_one_line_are_no_glued_rows(sep):
    got = posts(sep.join(_DECISIONS))
    for row in (("Appointment", "次仁顿珠", "市农业农村局", "局长"), ("Appointment", "白玛曲珍", "市林业和草原局", "副局长"),
                ("Removal", "白玛曲珍", "市自然资源局", "副局长"), ("Removal", "程德胜", "市城乡建设局", "副局长"),
                ("Removal", "陈立新", "市数据资源局", "局长")):
        assert row in got
    assert len(got) == 5


def test_a_clause_before_a_title_is_no_long_name():
    from govkg.extract.reline import _name_then_post
    assert _name_then_post("邢志勇和副县长么海霞任副组长") != 5  # (not 邢志勇和副|县长…)
    assert _name_then_post("孟克吉日嘎拉盟市场监督管理局副局长") == 6
    assert _name_then_post("朝鲁门锡林郭勒盟农牧业科学研究所所长") == 3


#: a plan whose task tables lost their line breaks: a drawn table (a cell wrapped over two drawn lines) and a table of tab-separated
#: cells numbered in its first column
_BOX = ["┌──┬────────┬────────┬────────────┐", "│序号│重点任务        │牵头单位        │配合单位                │",
        "├──┼────────┼────────┼────────────┤", "│ 1  │河道清淤疏浚    │市水务局        │市财政局、市生态环境局  │",
        "├──┼────────┼────────┼────────────┤", "│ 2  │堤防加固提升    │市交通运输局    │市自然资源局、市农业农村│",
        "│    │                │                │局                      │", "└──┴────────┴────────┴────────────┘"]
_TABS = ["序号\t重点任务\t牵头单位\t配合单位\t完成时限", "1\t整治垃圾积存点\t市城市管理局\t各县区人民政府\t2024年6月底前",
         "2\t推进污水治理\t市住房和城乡建设局\t市生态环境局、市农业农村局\t2024年12月底前", "3\t规范占道经营\t市城市管理局\t市公安局\t持续推进"]


def _plan(table: list[str]) -> list[str]:
    return ["子午市人民政府办公室文件", "子政办发〔2024〕11号", "子午市人民政府办公室关于印发子午市人居环境整治行动方案的通知",
            "各县区人民政府，市直各单位：", "《子午市人居环境整治行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
            "附件：子午市人居环境整治重点任务分工表", "子午市人民政府办公室", "2024年4月2日",
            "子午市人居环境整治行动方案", "为改善人居环境，制定本方案。", "一、重点任务", "各项任务的牵头单位、配合单位见附件。",
            "二、工作要求", "各单位要按照分工抓好落实。", "附件", "子午市人居环境整治重点任务分工表"] + table


@pytest.mark.parametrize("sep", ["", " "])
@pytest.mark.parametrize("table, rows", [
    (_BOX, {("河道清淤疏浚", "lead", "市水务局"), ("河道清淤疏浚", "support", "市财政局"), ("河道清淤疏浚", "support", "市生态环境局"),
            ("堤防加固提升", "lead", "市交通运输局"), ("堤防加固提升", "support", "市自然资源局"),
            ("堤防加固提升", "support", "市农业农村局")}),
    (_TABS, {("整治垃圾积存点", "lead", "市城市管理局"), ("整治垃圾积存点", "support", "各县区人民政府"),
             ("推进污水治理", "lead", "市住房和城乡建设局"), ("推进污水治理", "support", "市生态环境局"),
             ("推进污水治理", "support", "市农业农村局"), ("规范占道经营", "lead", "市城市管理局"),
             ("规范占道经营", "support", "市公安局")}),
])
def test_task_tables_of_a_plan_on_one_line(table, rows, sep):
    # ┐│, ││, │├: where two drawn lines meet, no cut at a rule (────) inside the table; 完成时限1, 2024年6月底前2: the next
    # row's number glued after the last cell of the row before it
    from helpers import assignments
    assert assignments(sep.join(_plan(table))) == rows


#: a group's notice whose headings have no mark of their own: 三、专项工作组 runs into 领导小组下设2个专项工作组：, 三、工作组 into
#: 专班设2个工作组：
def _groups(heading: str, sentence: str) -> list[str]:
    return ["丑寅市人民政府办公室文件", "丑政办函〔2024〕6号", "丑寅市人民政府办公室关于成立丑寅市河长制工作领导小组的通知",
            "各县区人民政府，市直各单位：", "为推进河长制工作，市人民政府决定成立丑寅市河长制工作领导小组。现将有关事项通知如下：",
            "一、组成人员", "组　长：林一凡　　市人民政府副市长", "成　员：孙四海　　市水务局局长", "李五洲　　市财政局副局长",
            "二、领导小组办公室", "领导小组下设办公室，办公室设在市水务局，孙四海同志兼任办公室主任。", heading, sentence,
            "（一）水质监测组。组长：孙四海；副组长：周六安。", "（二）岸线管护组。组长：李五洲；副组长：吴七星。",
            "丑寅市人民政府办公室", "2024年6月3日"]


@pytest.mark.parametrize("sep", ["", " "])
@pytest.mark.parametrize("heading, sentence", [("三、专项工作组", "领导小组下设2个专项工作组："), ("三、工作组", "领导小组设2个工作组：")])
def test_a_heading_run_into_the_sentence_that_names_its_group(heading, sentence, sep):
    from helpers import subgroups
    got = subgroups(sep.join(_groups(heading, sentence)))
    for group in ("水质监测组", "岸线管护组", "丑寅市河长制工作领导小组办公室"):
        assert (group, "丑寅市河长制工作领导小组") in got
    assert len(got) == 3
