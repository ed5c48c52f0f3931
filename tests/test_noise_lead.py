"""Regressions of the page-noise classes (tests/noise.py) mended outside the helpers' rounds."""
from __future__ import annotations

import pytest

from govkg.facts import Citation

from helpers import document, facts, members, notice

NOTICE = """某市人民政府办公室文件
某政办发〔２０２４〕７号
某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知
各县区人民政府，市政府各部门：
根据《某省人民政府办公厅关于做好防汛工作的通知》（某政办发〔２０２３〕１９号）要求，现将有关事项通知如下。
某市人民政府办公室
２０２４年６月１２日
"""


def test_full_width_digits_are_read_as_digits():
    doc = document(NOTICE)
    assert (doc.number, doc.signed) == ("某政办发〔2024〕7号", "2024-06-12")
    cited = [(f.title, f.number) for f in facts(NOTICE) if isinstance(f, Citation)]
    assert cited == [("某省人民政府办公厅关于做好防汛工作的通知", "某政办发〔2023〕19号")]


UNTITLED = {
    "a heading over names and posts": """某县人民政府文件
某政任〔2024〕6号
各乡镇人民政府，县直各单位：
　　经县人民政府研究，决定：
　　一、任命
　　甲某某　　县发展和改革局副局长
　　乙某某　　县人民政府办公室副主任（试用期一年）
　　二、免去
　　丙某某　　县应急管理局副局长
　　　　　　　　　　　　　　　　某县人民政府
　　　　　　　　　　　　　　　　2024年5月20日
""",
    "numbered items under the headings": """某市人民政府文件
某政任〔2024〕7号
各乡镇人民政府，市政府各部门：
　　经市人民政府常务会议研究，决定：
　　一、任命
　　1.甲某某为市教育局副局长；
　　2.乙某某为市农业农村局局长。
　　二、免去
　　1.丙某某同志的市水利局副局长职务。
　　　　　　　　　　　　　　　　某市人民政府
　　　　　　　　　　　　　　　　2024年3月12日
""",
}


@pytest.mark.parametrize("text", UNTITLED.values(), ids=UNTITLED.keys())
def test_a_personnel_notice_printed_without_its_title_keeps_its_decisions(text):
    from govkg.facts import Appointment, Removal
    assert document(text).kind == "personnel"
    found = {type(f).__name__ for f in facts(text) if isinstance(f, (Appointment, Removal))}
    assert found == {"Appointment", "Removal"}


def test_a_masthead_over_a_title_whose_first_line_is_its_issuer_is_no_joint_issuer():
    text = """某市某区人民政府

某市某区人民政府
关于任免甲某某等同志职务的通知

区政府各委、办、局：
　　经区政府研究，决定：任命甲某某为某区科技和经济委员会副主任。
　　　　　　　　　　　　　　　　某市某区人民政府
　　　　　　　　　　　　　　　　2024年4月15日
"""
    assert document(text).title == "某市某区人民政府关于任免甲某某等同志职务的通知"


def test_a_title_wrapped_inside_its_about_is_read_whole():
    text = """某某自治州人民政府文件
某州府任〔2024〕21号
某某自治州人民政府关
于甲某某等同志职务任免的通知
各县（市）人民政府，州政府各部门：
　　经州人民政府研究，决定：任命甲某某为州教育局副局长。
　　　　　　　　　　　　　　　　某某自治州人民政府
　　　　　　　　　　　　　　　　2024年4月15日
"""
    assert document(text).title == "某某自治州人民政府关于甲某某等同志职务任免的通知"


WRAPPED_TITLE = """某市人民政府文件

某市人民政府关于甲某某等
同志职务任免的通知{number}

各县区人民政府，市政府各部门：
　　经市政府研究，决定：
　　甲某某任市财政局局长；
　　免去乙某某的市财政局副局长职务。
　　　　　　　　　　　　　　　　某市人民政府
　　　　　　　　　　　　　　　　2024年5月20日
"""


@pytest.mark.parametrize("number", ["（某政任〔2024〕5号）", "(某政任〔2024〕5号)", "(某政任[2024]5号)"])
def test_a_number_after_the_last_line_of_a_wrapped_title_is_the_notices(number):
    doc = document(WRAPPED_TITLE.format(number=number))
    assert (doc.title, doc.number) == ("某市人民政府关于甲某某等同志职务任免的通知", "某政任〔2024〕5号")
    assert {type(f).__name__ for f in facts(WRAPPED_TITLE.format(number=number))} >= {"Appointment", "Removal"}


GROUP = """某市人民政府办公室关于成立某市城市更新工作领导小组的通知
某政办发〔2024〕9号
{a}
各县区人民政府，市政府各部门：
　　为加强组织领导，决定成立某市城市更新工作领导小组，组成人员如下：
　　组　长：甲某某　市长
{b}
　　副组长：乙某某　副市长
　　成　员：丙某某　市住房和城乡建设局局长
{c}
　　　　　　丁某某　市财政局局长
　　领导小组办公室设在市住房和城乡建设局，承担日常工作。
{d}
　　　　　　　　　　　　　　　　某市人民政府办公室
　　　　　　　　　　　　　　　　2024年5月20日
"""


@pytest.mark.parametrize("lines", [
    ("关键词：城市更新 领导小组", "广告", "猜你喜欢", "本文来源于网络，如有侵权请联系删除"),
    ("标签: 政府文件", "【热门推荐】", "长按识别二维码关注我们", "点击阅读原文"),
    ("主题词：城市 更新 通知", "分享 收藏 点赞 在看", "更多精彩内容>>", "转载自互联网，仅供参考"),
])
def test_a_sites_furniture_among_the_lines_is_left_out(lines):
    text = GROUP.format(**dict(zip("abcd", lines)))
    doc = document(text)
    assert (doc.title, doc.number) == ("某市人民政府办公室关于成立某市城市更新工作领导小组的通知", "某政办发〔2024〕9号")
    assert {(p, r) for _, p, r in members(text)} == {("甲某某", "组长"), ("乙某某", "副组长"), ("丙某某", "成员"),
                                                     ("丁某某", "成员")}


def test_a_sentence_that_names_furniture_words_stays():
    text = GROUP.format(a="", b="", c="", d="　　严禁利用广告、推广等名义变相收费。")
    assert "严禁利用广告、推广等名义变相收费" in notice(text).text


NO_BRACKETS = """某市人民政府办公室文件
{number}
某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知
各县区人民政府，市政府各部门：
　　根据《某省人民政府办公厅关于做好防汛工作的通知》（{cited}）要求，现将有关事项通知如下。
　　指挥长：甲某某　市长
　　　　　　　　　　　　　　　　某市人民政府办公室
　　　　　　　　　　　　　　　　2024年6月12日
"""


@pytest.mark.parametrize("number, cited", [
    ("某政办发20247号", "某政办发202319号"),  # the brackets filtered out
    ("某政办发2024 7号", "某政办发2023 19号"),
    ("某政办发2024-7号", "某政办发2023第19号"),
])
def test_a_number_printed_without_brackets_is_the_notices(number, cited):
    text = NO_BRACKETS.format(number=number, cited=cited)
    assert document(text).number == "某政办发〔2024〕7号"
    got = [f.number for f in facts(text) if isinstance(f, Citation)]
    assert got == ["某政办发〔2023〕19号"] if "第" not in cited else got == ["某政办发〔2023〕第19号"]


@pytest.mark.parametrize("text", ["全市共有20247号楼房", "第20241号", "编号20241号", "京政发〔2024〕5号"])
def test_other_numbers_are_not_read_as_numbers_without_brackets(text):
    from govkg.text import strip_copy_noise
    assert strip_copy_noise(text) == text


def test_a_signing_date_glued_to_the_heading_after_it_is_still_the_date():
    text = ("1、某教函〔2020〕11号某市教育局关于印发某某培养方案的通知各县(市、区)教体局,市直各学校:现将某某培养方案印发给你们,"
            "请遵照执行。 某市教育局 2020年1月8日某某培养方案为落实某某工程的意见精神,确保培养质量和水平,制定本方案。"
            "一、培养目标通过培养工程,提高人选职业道德水平。\n")
    doc = document(text)
    assert (doc.number, doc.signed) == ("某教函〔2020〕11号", "2020-01-08")


@pytest.mark.parametrize("tag, bullet", [("📢", "◆"), ("重磅！", "👉"), ("【权威发布】", "▲"), ("✅", "✅")])
def test_a_social_reposts_ornaments_are_no_part_of_what_a_line_says(tag, bullet):
    text = GROUP.format(a="", b="", c="", d="").replace("某市人民政府办公室关于成立", tag + "某市人民政府办公室关于成立", 1)
    text = text.replace("　　成　员：", f"　　{bullet}成　员：").replace("　　副组长：", f"{bullet}　　副组长：")
    doc = document(text)
    assert doc.title == "某市人民政府办公室关于成立某市城市更新工作领导小组的通知"
    assert {(p, r) for _, p, r in members(text)} == {("甲某某", "组长"), ("乙某某", "副组长"), ("丙某某", "成员"),
                                                     ("丁某某", "成员")}


def test_a_zero_that_opens_a_line_of_a_date_stays():
    text = GROUP.format(a="", b="", c="", d="").replace("2024年5月20日", "二\n○二四年五月二十日")
    assert "○二四年五月二十日" in notice(text).text
