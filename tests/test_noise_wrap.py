"""Text copied out of a notice's PDF (tests/noise.py's ``pdf_wrap``): every line broken where the printed
line ends (the type area, told from the text's own lines), and the page numbers printed between pages
(``— 2 —``). A full line whose paragraph goes on runs on into the next; a page number is page furniture;
short lines (a list's rows, a signature, a date) stay lines. Made-up notices, and the facts they give."""
from __future__ import annotations

import pytest

from govkg.text import join_wrapped_lines

from helpers import assignments, document, members, posts

# a personnel notice as a PDF prints it: 28 places a line, ASCII half a place, the page's number under it
PERSONNEL = """某市人民政府文件

某政任〔2024〕3号

某市人民政府关于王建国等同志职务任免的通知

各县（市、区）人民政府，市政府各委办局，各直属机构，各有
关单位：
　　经2024年3月8日市政府第5次常务会议研究，决定对下列同
志职务作如下任免：
　　王建国同志任市发展和改革委员会主任，免去其市统计局局
长职务；
　　李秀英同志任市人民政府办公室副主任（试用期一年），免
去其市信访局副局长职务；
— 1 —
　　赵志刚同志挂职任市商务局副局长（挂职两年，2024年3月
至2026年3月）；
　　免去孙立伟同志的市港口与口岸局局长职务（退休）。

　　　　　　　　　　　　　　　　　　　　　　某市人民政府
办公室
　　　　　　　　　　　　　　　　　　　　　　2024年3月10
日
— 2 —"""

# a group's notice: the member rows are short lines of their own, the sentence before them is cut before its
# colon (…组成人员如下 / ：), the signature after the name's first characters
GROUP = """某县人民政府办公室文件

某政办发〔2024〕7号

某县人民政府办公室关于成立某县秸秆综合利用工作领导小组的
通知

各乡镇人民政府，县政府各部门：
　　为切实加强对全县秸秆综合利用工作的组织领导，经县政府
研究，决定成立某县秸秆综合利用工作领导小组，组成人员如下
：
　　组　长：王建国　县人民政府副县长
　　副组长：李秀英　县人民政府办公室副主任
　　成　员：赵志刚　县农业农村局局长
　　　　　　孙立伟　县财政局副局长
　　领导小组办公室设在县农业农村局，办公室主任由赵志刚同
志兼任，负责领导小组的日常工作。

　　　　　　　　　　　　　　　　　　　　某县人民政府办公
室
　　　　　　　　　　　　　　　　　　　　2024年4月1日"""

# a list of names and posts without paragraphs' indents (29 places a line), a row with a gap after the name
# whose post wraps (…（试用 / 期一年）), and a line cut before its last words (…如 / 下：)
ROWS = """某市人民政府关于印发王建国等同志任免职务名单的通知

各乡镇人民政府，市政府各部门，市直各单位，各有关企事业单位：
根据工作需要，经市人民政府研究决定，现将任免职务名单通知如
下：
王建国　　任市发展和改革委员会主任，免去市统计局局长职务
李秀英　　任市文化广电新闻出版旅游局党组成员、副局长（试用
期一年）
赵志刚　　任市商务局副局长，免去市信访局副局长职务
孙立伟　　免去市港口与口岸局局长职务
以上同志的任职时间自本通知印发之日起计算，请各单位按照有关
规定办理相关手续，并做好工作交接，确保各项工作正常运转有序
衔接。

某市人民政府
2024年5月20日"""


@pytest.mark.parametrize("text, expected", [
    (PERSONNEL, [("Appointment", "李秀英", "市人民政府办公室", "副主任"),
                 ("Appointment", "王建国", "市发展和改革委员会", "主任"),
                 ("Appointment", "赵志刚", "市商务局", "副局长"),
                 ("Removal", "孙立伟", "市港口与口岸局", "局长"),
                 ("Removal", "李秀英", "市信访局", "副局长"),
                 ("Removal", "王建国", "市统计局", "局长")]),
    (ROWS, [("Appointment", "李秀英", "市文化广电新闻出版旅游局", "党组成员"),
            ("Appointment", "李秀英", "市文化广电新闻出版旅游局", "副局长"),
            ("Appointment", "王建国", "市发展和改革委员会", "主任"),
            ("Appointment", "赵志刚", "市商务局", "副局长"),
            ("Removal", "孙立伟", "市港口与口岸局", "局长"),
            ("Removal", "王建国", "市统计局", "局长"),
            ("Removal", "赵志刚", "市信访局", "副局长")]),
])
def test_wrapped_personnel_notice(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize("text, title, issuer, signed", [
    (PERSONNEL, "某市人民政府关于王建国等同志职务任免的通知", "某市人民政府办公室", "2024-03-10"),
    (GROUP, "某县人民政府办公室关于成立某县秸秆综合利用工作领导小组的通知", "某县人民政府办公室", "2024-04-01"),
])
def test_wrapped_title_and_signature(text, title, issuer, signed):
    d = document(text)
    assert (d.title, d.issuer, d.signed) == (title, issuer, signed)


def test_member_rows_stay_lines():
    group = "某县秸秆综合利用工作领导小组"
    assert members(GROUP) == sorted([(group, "王建国", "组长"), (group, "李秀英", "副组长"),
                                     (group, "赵志刚", "成员"), (group, "孙立伟", "成员"),
                                     (group + "办公室", "赵志刚", "主任")])


_FULL = ["为切实加强对全县秸秆综合利用工作的组织领导，经县政府研究决", "定成立某县秸秆综合利用工作领导小组，负责统筹协调全县秸秆综",
         "合利用工作，研究解决工作中遇到的重大问题，督促检查各项任务", "落实情况。"]


@pytest.mark.parametrize("page", ["— 2 —", "- 2 -", "－2－", "— — — 2 —", "第2页", "第2页 / 共5页", "2/5"])
def test_page_number_between_pages_goes(page):
    # a page's number printed inside a paragraph the page break cut: the paragraph runs on over it
    text = "\n".join(_FULL[:2] + [page] + _FULL[2:])
    assert join_wrapped_lines(text) == "".join(_FULL)
    # and with the blank lines a copy puts around it
    text = "\n".join(_FULL[:2] + ["", page, ""] + _FULL[2:])
    assert join_wrapped_lines(text) == "".join(_FULL)


@pytest.mark.parametrize("text", [
    # paragraphs that are lines (news, a web page's notice): never run on
    "某某县召开会议。\n会议由副县长甲某主持,县直各部门负责人参加会议。\n会议指出,要抓好各项工作。\n",
    # a table of contents: its leaders fill each line up to the page
    "\n".join(f"{n}.{k}某某工作机制…………………………………………………………{n}" for n in range(1, 4) for k in range(1, 4)),
    # member rows and a sentence cut into short lines: nothing fills a type area
    "组长:王建国 县人民政府副县长\n副组长:李秀英 县人民政府办公室副主任\n成员:赵志刚 县农业农村局局长\n"
    "孙立伟 县财政局副局长\n",
])
def test_lines_that_are_no_wrapped_lines_stay(text):
    assert join_wrapped_lines(text) == text


def test_bare_label_after_a_full_line():
    # a line that is only words and a colon ends the sentence a full line began (…组成人员如下 / ：, …通知如 /
    # 下：); a list's own label standing alone (成员：) opens its list
    lines = _FULL[:3] + ["下："]
    assert join_wrapped_lines("\n".join(lines)) == "".join(lines)
    lines = _FULL[:3] + ["成员：", "王建国"]
    assert join_wrapped_lines("\n".join(lines)) == "".join(_FULL[:3]) + "\n成员：\n王建国"


# a short notice that wrapped two lines only: both fill the type area to the place and no line is wider; its
# title, a line of its own as wide as most, does not run on into the number under it
SHORT = """某市某区人民政府关于王建国等同志任免职务的通知
某政任〔2024〕3号

各乡镇人民政府、街道办事处，区政府各部门：
经区政府研究，决定：
王建国同志任区住房和城乡建设局局长，免去其区城市管理综合
行政执法局局长职务；
李秀英同志任区自然资源和规划局副局长；
聘任赵志刚同志为区农业农村局总农艺师，聘期三年（2024年3
月至2027年2月）；
孙立伟同志不再担任区应急管理局副局长职务。

某市某区人民政府
2024年3月26日"""


def test_short_notice_with_two_wrapped_lines():
    d = document(SHORT)
    assert (d.title, d.number) == ("某市某区人民政府关于王建国等同志任免职务的通知", "某政任〔2024〕3号")
    assert ("Removal", "王建国", "区城市管理综合行政执法局", "局长") in posts(SHORT)
    assert join_wrapped_lines(SHORT).split("\n")[5:9] == [
        "王建国同志任区住房和城乡建设局局长，免去其区城市管理综合行政执法局局长职务；",
        "李秀英同志任区自然资源和规划局副局长；",
        "聘任赵志刚同志为区农业农村局总农艺师，聘期三年（2024年3月至2027年2月）；",
        "孙立伟同志不再担任区应急管理局副局长职务。"]


# a plan's task list: a label cut in two by the line's end (…；配 / 合单位：, …（牵头 / 单位：), and a line that ends
# on a label's colon inside a bracket still open (…（牵头单位： / 某局）)
PLAN = """某市人民政府办公室关于印发某市老旧小区改造提升工作方案的
通知

各县市区人民政府，市政府各部门：
　　现将《某市老旧小区改造提升工作方案》印发给你们，请认
真贯彻落实。
　　一、摸清改造底数。全面排查2000年底前建成的城镇老旧小
区，建立改造项目库。
　　牵头单位：市住房和城乡建设局、市发展和改革委员会；配
合单位：市财政局、某市供电公司。
　　二、规范贮存和运输管理。严格环境风险管控，严厉打击非
法倾倒行为，推行电子联单管理，加强日常监督检查工作（牵头
单位：市生态环境局；配合单位：市交通运输局）
　　三、强化老年用品创新。支持企业研发智能穿戴、康复辅具
产品，培育一批老年用品知名品牌和龙头骨干企业（牵头单位：
市经济和信息化局；配合单位：市科学技术局）

　　　　　　　　　　　　　　　　　　某市人民政府办公室
　　　　　　　　　　　　　　　　　　2024年4月1日"""


def test_label_cut_by_the_line_end():
    got = assignments(PLAN)
    for row in [("摸清改造底数", "lead", "市住房和城乡建设局"), ("摸清改造底数", "support", "市财政局"),
                ("摸清改造底数", "support", "某市供电公司"), ("规范贮存和运输管理", "lead", "市生态环境局"),
                ("规范贮存和运输管理", "support", "市交通运输局"), ("强化老年用品创新", "lead", "市经济和信息化局"),
                ("强化老年用品创新", "support", "市科学技术局")]:
        assert row in got


# a text table wider than the page: each row and rule cut where the page ends, the rest on the next line
# (which may open with the padding before a cell's border)
TABLE = """某县人民政府办公室关于印发某县茶产业发展工作方案的通知
各乡镇人民政府，县政府各部门：
　　现将《某县茶产业发展工作方案》印发给你们，请认真贯彻执行。
附件
某县茶产业重点工作责任分工表
┌──┬──────────┬──────────┬──
──────────────┬─────┐
│序号│重点任务            │牵头单位            │配合
单位                        │完成时限  │
├──┼──────────┼──────────┼──
──────────────┼─────┤
│ 1  │新建标准化茶园      │县农业农村局        │各乡
镇人民政府、县财政局        │2024年12月│
├──┼──────────┼──────────┼──
──────────────┼─────┤
│2 　│举办秋茶推介会　　　│县商务局　　　　　
　│县文化广播电视和旅游局　　　│2024年9月 │
└──┴──────────┴──────────┴──
──────────────┴─────┘"""


def test_table_rows_cut_by_the_page_end():
    lines = join_wrapped_lines(TABLE).split("\n")
    assert lines[5:] == [
        "┌──┬──────────┬──────────┬────────────────┬─────┐",
        "│序号│重点任务            │牵头单位            │配合单位                        │完成时限  │",
        "├──┼──────────┼──────────┼────────────────┼─────┤",
        "│ 1  │新建标准化茶园      │县农业农村局        │各乡镇人民政府、县财政局        │2024年12月│",
        "├──┼──────────┼──────────┼────────────────┼─────┤",
        "│2 　│举办秋茶推介会　　　│县商务局　　　　　　│县文化广播电视和旅游局　　　│2024年9月 │",
        "└──┴──────────┴──────────┴────────────────┴─────┘"]
    got = assignments(TABLE)
    assert {("新建标准化茶园", "lead", "县农业农村局"), ("新建标准化茶园", "support", "各乡镇人民政府"),
            ("新建标准化茶园", "support", "县财政局"), ("举办秋茶推介会", "support", "县文化广播电视和旅游局")} <= got


# a notice whose lines all fit but its signature, set off to the right: the body's name and the date cut
SIGNED = """某某自治县人民政府关于王建国等同志任免职务的通知

各乡（镇、街道）人民政府，县直各委、办、局：
　　经县人民政府研究，决定：
　　王建国　　县民族宗教事务局局长
　　李秀英　　县文化和旅游局副局长（试用期一年）
　　　　　　　　　　　　　　　　　　　某某自治县人民政
府
　　　　　　　　　　　　　　　　　　　　二〇二四年五月二
十日"""


def test_signature_cut_by_the_line_end():
    d = document(SIGNED)
    assert (d.issuer, d.signed) == ("某某自治县人民政府", "2024-05-20")


# a notice that wrapped one line only: the page shows its type area by lines as wide that end their items;
# and one whose page shows no such width keeps its lines (nothing proves the break is the page's)
ONE = """某州人民政府关于王建国等同志职务任免的通知

各县（市）人民政府，州政府各委办局、各直属机构：
　　经州政府常务会议研究，决定：
　　1.王建国同志任州发展和改革委员会主任；
　　2.李秀英同志任州人民政府副秘书长，兼任州人民政府研究
室主任；
　　3.赵志刚同志任州朝鲜语文工作委员会主任（正县级）；
　　4.孙立伟同志的州卫生健康委员会副主任职务（退休）；

　　　　　　　　　　　　　　　　　　　　某州人民政府
　　　　　　　　　　　　　　　　　　　　2024年4月16日"""


def test_one_wrapped_line():
    assert ("Appointment", "李秀英", "州人民政府研究室", "主任") in posts(ONE)
    alone = "\n".join(ln for ln in ONE.split("\n") if "赵志刚" not in ln and "孙立伟" not in ln)
    assert join_wrapped_lines(alone) == alone


@pytest.mark.parametrize("mark", ["、", "，", "。", "；", "）", "》"])
def test_line_never_opens_on_a_closing_mark(mark):
    # a full line that ended on a closing mark itself (…（县水利局局长）) and the next line opening on one
    # (、龙某…): the page's line ran over the type area's end, the list goes on
    lines = _FULL[:3] + ["成　员：彭某某（县发展改革局局长）、李某（县财政局局长）", mark + "龙某某（县审计局局长）"]
    assert lines[3].endswith("）") and len(lines[3]) == 28 and join_wrapped_lines("\n".join(lines)).endswith(
        "（县财政局局长）" + mark + "龙某某（县审计局局长）")
    assert join_wrapped_lines("\n".join(lines[3:])) == "\n".join(lines[3:])  # (no type area shown: lines stay)


def test_members_over_the_type_area_end():
    text = GROUP.replace("　　成　员：赵志刚　县农业农村局局长\n　　　　　　孙立伟　县财政局副局长",
                         "　　成　员：赵志刚（县农业局局长）、钱某（县审计局局长）\n、周某某（县水利局局长）、孙立伟（县财政局副局长）")
    group = "某县秸秆综合利用工作领导小组"
    assert {(group, "孙立伟", "成员"), (group, "周某某", "成员")} <= set(members(text))


@pytest.mark.parametrize("page", ["— 2 —", "－2－", "第2页"])
def test_page_break_inside_a_paragraph_of_a_web_copy(page):
    # a copy whose paragraphs are its lines, with the printed page's number where the page broke one: the
    # two halves are one paragraph again; a heading or a finished sentence before the number stays a line
    first = "处理突发事件，要坚持“以人为本，注重预防”的原则，及时排除各种隐患，一旦发生突发事件则要做到快速反应、统一指挥，同时要以“分级负责、局部"
    rest = "利益服从全局利益”为原则，科学调度，最大限度减少损失。"
    text = f"1.3 工作原则\n{first}\n{page}\n{rest}\n2.组织体系\n某某指挥部负责全县的应急处置工作。\n{page}\n本预案自印发之日起施行。"
    assert join_wrapped_lines(text) == (f"1.3 工作原则\n{first}{rest}\n2.组织体系\n某某指挥部负责全县的应急处置工作。\n"
                                        "本预案自印发之日起施行。")
