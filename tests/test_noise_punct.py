"""Punctuation read by its role (tests/noise.py's ``halfwidth`` and ``question_marks``): a mirror
that retypes full-width marks as ASCII (``:`` ``,`` ``(`` ``)`` ``;`` ``.`` ``"``), a copy through a
code page that prints ``?`` for the full-width space. Made-up notices, and the facts they give."""
from __future__ import annotations

import pytest

from govkg.extract.punct import fullwidth_copy
from govkg.facts import Appointment, Assignment, Membership, Removal, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.text import strip_copy_noise


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def rows(nf) -> set[tuple]:
    out = set()
    for f in nf.facts:
        if isinstance(f, (Appointment, Removal)):
            out.add((type(f).__name__, f.person, f.post.agency, f.post.title))
        elif isinstance(f, Membership):
            out.add(("Membership", f.group, f.person, f.role))
        elif isinstance(f, Subgroup):
            out.add(("Subgroup", f.group, f.parent))
        elif isinstance(f, Assignment):
            out.add(("Assignment", f.task, f.role, f.agency))
    return out


@pytest.mark.parametrize("text, same", [
    ("任命:王建国为市长;李秀英为副市长.", "任命：王建国为市长；李秀英为副市长。"),
    ("(一)总体要求", "（一）总体要求"),
    ("某府发(2024)18号", "某府发（2024）18号"),
    ("《某某标准 生乳》(GB 19301—2010).", "《某某标准 生乳》（GB 19301—2010）。"),
    ('开展河道"清四乱"专项行动.由市水利局牵头.', "开展河道“清四乱”专项行动。由市水利局牵头。"),
    # marks of numbers and ASCII words keep their role: a thousands comma, a time, an enumerator, a decimal
    # heading, a URL, an ellipsis
    ("新建1,000个.", "新建1,000个。"),
    ("10:30 http://a.b/c 2.1 总体 1.任务 等...", None),
    ("(1)任务", None),
])
def test_fullwidth_copy(text, same):
    copy = fullwidth_copy(text)
    assert copy == same
    assert copy is None or len(copy) == len(text)  # (spans hold in both)


@pytest.mark.parametrize("noisy, clean", [
    ("组.长.:王强", "组长:王强"),  # a filter dot: dots a character apart, in a chain
    ("外交部.党.委.书.记.、副部长", "外交部党委书记、副部长"),
    ("稳定奶源基地建设.新建养殖场", "稳定奶源基地建设.新建养殖场"),  # a lone dot is a full stop typed as .
])
def test_filter_dots_against_full_stops(noisy, clean):
    assert strip_copy_noise(noisy) == clean


_PERSONNEL = """某市人民政府文件

某政任字〔2024〕8号

某市人民政府
关于王建国等职务任免的通知

各县(区、市)人民政府,市直各有关单位:
    经2024年4月22日市人民政府第5次常务会议研究,决定:

    任命:
    王建国为市审计局局长;
    李秀英为市应急管理局副局长,试用期一年.

    免去:
    王建国的市审计局副局长职务;
    赵志刚的市医疗保障局副局长职务.

                                  某市人民政府
                                2024年4月26日
"""

_PLAN = """某市人民政府办公室关于印发某市奶业振兴行动方案的通知
某政办发〔2024〕33号
各县区人民政府,市各有关部门:
    现将《某市奶业振兴行动方案》印发给你们,请认真贯彻落实.
某市奶业振兴行动方案
一、重点任务
    (一)稳定奶源基地建设.新建和改扩建规模化奶牛养殖场15个.(市农牧局牵头,市财政局、市自然资源局配合)
    (二)打造乳业品牌.办好中国乳业博览会,支持企业申报"某某精品".由市市场监督管理局牵头.
    (三)加强乳品质量安全监管.严格执行《食品安全国家标准 生乳》(GB 19301—2010).(市农牧局、市市场监管局负责)
"""

_GROUPS = """某州人民政府办公室关于调整某州防汛抗旱指挥部组成人员的通知
某政办函〔2024〕8号
各县市人民政府,州直各单位:
    因人事变动和工作需要,决定对某州防汛抗旱指挥部组成人员进行调整.现将调整后的组成人员通知如下:
    一、指挥部组成人员
    指挥长:龙晓明　州长
    成　员:符小兰　州委宣传部副部长
    　　　　吴长春　州财政局副局长
    二、专项工作组
    州防指下设2个专项工作组.
    (一)综合协调组.组长:符小兰;成员单位:州应急管理局、州水利局.负责综合协调工作.
    (二)物资保障组.组长:吴长春;副组长:孙莉.负责救灾物资的调拨和保障.
某州人民政府办公室
2024年3月20日
"""


@pytest.mark.parametrize("text, expected", [
    (_PERSONNEL, {("Appointment", "王建国", "市审计局", "局长"), ("Appointment", "李秀英", "市应急管理局", "副局长"),
                  ("Removal", "王建国", "市审计局", "副局长"), ("Removal", "赵志刚", "市医疗保障局", "副局长")}),
    (_PLAN, {("Assignment", "稳定奶源基地建设", "lead", "市农牧局"), ("Assignment", "稳定奶源基地建设", "support", "市财政局"),
             ("Assignment", "打造乳业品牌", "lead", "市市场监督管理局"),
             ("Assignment", "加强乳品质量安全监管", "responsible", "市市场监管局")}),
    (_GROUPS, {("Subgroup", "综合协调组", "某州防汛抗旱指挥部"), ("Subgroup", "物资保障组", "某州防汛抗旱指挥部"),
               ("Membership", "物资保障组", "孙莉", "副组长"), ("Membership", "综合协调组", "符小兰", "组长")}),
])
def test_halfwidth_notices(text, expected):
    """Each notice typed with ASCII marks gives the facts of its full-width print."""
    got = rows(run(text))
    assert expected <= got, expected - got
    fullwidth = rows(run(fullwidth_copy(text)))
    assert got == fullwidth


@pytest.mark.parametrize("noisy, clean", [
    ("??1.扩大老年助餐服务。", "  1.扩大老年助餐服务。"),  # a line's indent, before an enumerator
    ("??“十四五”规划", "  “十四五”规划"),
    ("??│ 1 │某某任务", "  │ 1 │某某任务"),  # a table's row
    ("?。ǘ┩七M東部", "?。ǘ┩七M東部"),  # a garbled character's ? before other marks stays
    ("是否需要?(请注明)", "是否需要?(请注明)"),  # a question mark after words stays
])
def test_question_marks_at_a_lines_start(noisy, clean):
    assert strip_copy_noise(noisy) == clean


_NAMES_QM = """??某市人民政府

??某府任字〔2024〕6号

??某市人民政府关于印发王建国等同志任免职务名单的通知

??各乡镇人民政府，市政府各部门：
??经市政府研究，决定对王建国等同志职务作相应任免。现将任免职务名单印发给你们。

??某市人民政府
??2024年5月20日

??某市人民政府任免职务名单

??王建国??任市文化广电旅游局副局长（试用期一年）
??赵志刚??任市应急管理局局长，免市林业局局长职务
??李秀英??任市人民政府办公室副主任，免市信访局副局长职务
??曾?毅??任市工业和信息化局副局长
"""

_PLAN_QM = """??某省人民政府办公厅关于印发某省加快发展银发经济实施方案的通知
??某政办发〔2024〕26号
??各市、州人民政府，省政府各部门：
??《某省加快发展银发经济实施方案》已经省人民政府同意，现印发给你们，请认真贯彻落实。
??某省加快发展银发经济实施方案
??一、重点任务
??1.扩大老年助餐服务。推动城乡社区老年助餐服务点建设。（牵头单位：省民政厅；责任单位：省商务厅）
??2.拓展居家助老服务。发展家庭养老床位。（牵头单位：省民政厅；配合单位：省卫生健康委、省医保局）
"""


@pytest.mark.parametrize("text, expected", [
    # the lines of a name list indented with ?? are lines of their own (not run together as a printed page's
    # wrapped lines); a ? between Han characters of a name is a space
    (_NAMES_QM, {("Appointment", "王建国", "市文化广电旅游局", "副局长"), ("Appointment", "赵志刚", "市应急管理局", "局长"),
                 ("Removal", "赵志刚", "市林业局", "局长"), ("Appointment", "李秀英", "市人民政府办公室", "副主任"),
                 ("Removal", "李秀英", "市信访局", "副局长"), ("Appointment", "曾毅", "市工业和信息化局", "副局长")}),
    (_PLAN_QM, {("Assignment", "扩大老年助餐服务", "lead", "省民政厅"), ("Assignment", "扩大老年助餐服务", "responsible", "省商务厅"),
                ("Assignment", "拓展居家助老服务", "lead", "省民政厅"), ("Assignment", "拓展居家助老服务", "support", "省医保局")}),
])
def test_question_mark_notices(text, expected):
    """Each notice copied through a code page that printed ? for the full-width space gives the facts of
    the notice with its spaces."""
    got = rows(run(text))
    assert expected <= got, expected - got
    assert got == rows(run(text.replace("?", "\u3000")))
