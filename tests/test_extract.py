"""Tables of Chinese text and the facts they must give, through the spaCy pipeline
built by name from spacy.blank("zh")."""
from __future__ import annotations

import pytest

from govkg.extract.posts import split_posts
from govkg.facts import Appointment, Assignment, Citation, Membership, Position, Removal, Subgroup
from govkg.nlp import COMPONENTS, build_nlp, extract
from govkg.notice import RawNotice
from govkg.text import normalize_docnum, parse_date


def run(text: str, **meta):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta=meta))


def test_pipeline_is_blank_zh_with_named_components():
    nlp = build_nlp()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == COMPONENTS


@pytest.mark.parametrize("posts, expected", [
    ("市委常委、宣传部部长", [("市委", "常委"), ("市委宣传部", "部长")]),
    ("市委统战部副部长、宗教事务局局长", [("市委统战部", "副部长"), ("市宗教事务局", "局长")]),
    ("副市长、公安局局长", [("市人民政府", "副市长"), ("市公安局", "局长")]),
    ("市人民政府秘书长、办公室主任", [("市人民政府", "秘书长"), ("市人民政府办公室", "主任")]),
    ("市文化和旅游局(文物局)党组书记、局长", [("市文化和旅游局", "党组书记"), ("市文化和旅游局", "局长")]),
    ("东胜区区长", [("东胜区人民政府", "区长")]),
    ("县委常委、常务副县长", [("县委", "常委"), ("县人民政府", "常务副县长")]),
    ("县政府办公室副主任、县信访局局长", [("县人民政府办公室", "副主任"), ("县信访局", "局长")]),
    ("内蒙古(电力)集团有限公司鄂尔多斯分公司总经理", [("内蒙古(电力)集团有限公司鄂尔多斯分公司", "总经理")]),
    ("省委常委、组织部部长", [("省委", "常委"), ("省委组织部", "部长")]),
    ("州应急管理局副局长、地震局局长", [("州应急管理局", "副局长"), ("州地震局", "局长")]),
    # an area's Party committee is the body (区党工委书记); a department's is part of the title
    ("区党工委副书记、管委会主任", [("区党工委", "副书记"), ("区管委会", "主任")]),
    ("区管委会主任、党工委副书记", [("区管委会", "主任"), ("区党工委", "副书记")]),
    ("镇人民政府镇长、党委副书记", [("镇人民政府", "镇长"), ("镇党委", "副书记")]),
    ("某市财政局局长、党委副书记", [("某市财政局", "局长"), ("某市财政局", "党委副书记")]),
])
def test_posts_split_with_inherited_level(posts, expected):
    assert [(p.agency, p.title) for p in split_posts(posts)] == expected


PERSONNEL = "{title}\n宁府任〔2024〕3号\n各县区人民政府，市政府各部门：\n{body}\n宁安市人民政府\n2024年3月5日\n"


@pytest.mark.parametrize("body, expected", [
    ("决定：\n张伟任市财政局副局长；", [("appointment", "张伟", "市财政局", "副局长")]),
    ("决定：\n任命欧阳明华为市水利局局长。", [("appointment", "欧阳明华", "市水利局", "局长")]),
    ("决定：\n李娜同志任市民政局副局长（试用期一年）。", [("appointment", "李娜", "市民政局", "副局长")]),
    ("决定：\n免去王强的市交通运输局局长职务。", [("removal", "王强", "市交通运输局", "局长")]),
    ("决定：\n免去赵敏同志的市审计局副局长职务。", [("removal", "赵敏", "市审计局", "副局长")]),
    ("决定：\n免去孙立军市商务局副局长职务。", [("removal", "孙立军", "市商务局", "副局长")]),
    ("决定：\n刘洋任市教育局局长，免去其市体育局局长职务。",
     [("appointment", "刘洋", "市教育局", "局长"), ("removal", "刘洋", "市体育局", "局长")]),
    ("一、任命\n陈晨为市统计局副局长；\n二、免去\n周杰的市统计局副局长职务。",
     [("appointment", "陈晨", "市统计局", "副局长"), ("removal", "周杰", "市统计局", "副局长")]),
    ("决定：\n艾力·买买提任市民族宗教事务局副局长。", [("appointment", "艾力·买买提", "市民族宗教事务局", "副局长")]),
    ("决定：\n何平同志（现任市商务局局长）兼任市经济合作局局长。",
     [("appointment", "何平", "市经济合作局", "局长"), ("position", "何平", "市商务局", "局长")]),
    ("决定免去：\n苗振华同志已到龄退休，免去其市林业局副局长职务。", [("removal", "苗振华", "市林业局", "副局长")]),
    ("经研究，决定：钱大为任市科学技术局局长。", [("appointment", "钱大为", "市科学技术局", "局长")]),
    ("经市政府研究，决定任命孔令辉同志为市体育局局长，免去其市教育局副局长职务。",
     [("appointment", "孔令辉", "市体育局", "局长"), ("removal", "孔令辉", "市教育局", "副局长")]),
    ("决定：\n免去郑海同志市档案馆馆长职务。", [("removal", "郑海", "市档案馆", "馆长")]),
    ("决定：\n张伟任市财政局局长、党组书记。",
     [("appointment", "张伟", "市财政局", "局长"), ("appointment", "张伟", "市财政局", "党组书记")]),
])
def test_personnel_clauses(body, expected):
    nf = run(PERSONNEL.format(title="宁安市人民政府关于张伟等同志职务任免的通知", body=body))
    kinds = {Appointment: "appointment", Removal: "removal", Position: "position"}
    got = [(kinds[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds]
    assert sorted(got) == sorted(expected)
    assert nf.document.kind == "personnel" and nf.document.number == "宁府任〔2024〕3号"


@pytest.mark.parametrize("body, attrs", [
    ("王蕾任市科学技术局副局长(试用期一年)；", {"probation": "P1Y"}),
    ("钟明挂职任市发展和改革委员会副主任(挂职时间为一年,2024年1月至2025年1月)；",
     {"secondment": True, "start": "2024-01", "end": "2025-01"}),
    ("云海任市经济合作服务中心主任,任职时间从2023年1月起算；", {"start": "2023-01"}),
    ("任命卡米力·艾合买提为县统计局副局长。上述同志试用期一年。", {"probation": "P1Y"}),
])
def test_appointment_attributes(body, attrs):
    nf = run(PERSONNEL.format(title="宁安市人民政府关于王蕾等同志职务任免的通知", body="决定：\n" + body))
    (a,) = nf.of(Appointment)
    for key, value in attrs.items():
        assert getattr(a, key) == value


GROUP_NOTICE = """湖平县人民政府办公室关于成立湖平县河湖治理领导小组的通知
湖政办发〔2024〕12号
各乡镇人民政府，县直各单位：
为加强领导，决定成立湖平县河湖治理领导小组，组成人员如下：
组　长：李国强　县委副书记、县长
副组长：王　帅　副县长
　　　　陈志远　县政府办公室主任
成　员：赵　丽　县水利局局长
　　　　钱大为　县财政局局长
领导小组办公室设在县水利局，办公室主任由县水利局局长赵丽兼任。
湖平县人民政府办公室
2024年5月6日
"""


def test_group_members_roles_posts_and_office():
    nf = run(GROUP_NOTICE)
    members = {(m.group, m.person, m.role) for m in nf.of(Membership)}
    g = "湖平县河湖治理领导小组"
    assert members == {(g, "李国强", "组长"), (g, "王帅", "副组长"), (g, "陈志远", "副组长"), (g, "赵丽", "成员"),
                       (g, "钱大为", "成员"), (g + "办公室", "赵丽", "主任")}
    assert {(s.group, s.parent) for s in nf.of(Subgroup)} == {(g + "办公室", g)}
    posts = {(p.person, p.post.agency, p.post.title) for p in nf.of(Position)}
    assert ("李国强", "县委", "副书记") in posts and ("李国强", "县人民政府", "县长") in posts
    assert ("陈志远", "县人民政府办公室", "主任") in posts


PLAN = """关于印发湖平县节水行动方案的通知
湖政办发〔2024〕13号
各乡镇人民政府：
现将《湖平县节水行动方案》印发给你们，请认真贯彻执行。
湖平县人民政府办公室
2024年5月7日
湖平县节水行动方案
一、重点任务
（一）推进农业节水。实施灌区改造。（牵头单位：县农业农村局；配合单位：县水利局、县财政局；责任单位：各乡镇人民政府）
（二）强化工业节水。
牵头单位：县工业和信息化局
责任单位：各乡镇人民政府
（三）加强城镇节水。由县住房和城乡建设局牵头，县水利局、县发展和改革局配合。
按照《国务院办公厅关于加强节水工作的意见》（国办发〔2023〕12号）和《湖北省节约用水条例》（湖北省人民政府令第88号）执行，GB/T 18920-2020 标准除外。
"""


BARE_LABELS = """湖平县人民政府关于调整县森林防灭火指挥部组成人员的通知
湖政发〔2024〕20号
各乡镇人民政府：
调整后的湖平县森林防灭火指挥部组成人员如下：
指挥长　李国强　县长
副指挥长　王　帅　副县长
成员　1.赵　丽　县林业局局长
　　　2.钱大为　县应急管理局局长
湖平县人民政府
2024年6月1日
"""


def test_bare_role_labels_and_numbered_members():
    members = {(m.person, m.role) for m in run(BARE_LABELS).of(Membership)}
    assert members == {("李国强", "指挥长"), ("王帅", "副指挥长"), ("赵丽", "成员"), ("钱大为", "成员")}


def test_person_blocks():
    body = "决定：\n谈一鸣：任市工业和信息化局局长；免去市商务局副局长职务。\n阙志平（市财政局局长）：兼任市国资委主任。\n陈立新　　任市文化局副局长（试用期一年）"
    nf = run(PERSONNEL.format(title="宁安市人民政府关于谈一鸣等同志职务任免的通知", body=body))
    kinds = {Appointment: "appointment", Removal: "removal", Position: "position"}
    got = {(kinds[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds}
    assert got == {("appointment", "谈一鸣", "市工业和信息化局", "局长"), ("removal", "谈一鸣", "市商务局", "副局长"),
                   ("appointment", "阙志平", "市国资委", "主任"), ("position", "阙志平", "市财政局", "局长"),
                   ("appointment", "陈立新", "市文化局", "副局长")}
    assert next(f for f in nf.of(Appointment) if f.person == "陈立新").probation == "P1Y"


@pytest.mark.parametrize("line, expected", [
    ("【牵头单位】省农业农村厅　【配合单位】省财政厅、各市、县、自治县人民政府",
     {("lead", "省农业农村厅"), ("support", "省财政厅"), ("support", "各市、县、自治县人民政府")}),
    ("（省科技厅牵头，省教育厅、省财政厅按职责分工负责）",
     {("lead", "省科技厅"), ("responsible", "省教育厅"), ("responsible", "省财政厅")}),
    ("责任单位：市农业农村局（牵头）、市林业局", {("lead", "市农业农村局"), ("responsible", "市林业局")}),
    ("责任单位：市农业农村局（牵头）、市林业局\n注：标注“牵头”的为牵头单位，其余为配合单位。",
     {("lead", "市农业农村局"), ("support", "市林业局")}),
])
def test_assignment_forms(line, expected):
    text = PLAN.replace("实施灌区改造。（牵头单位：县农业农村局；配合单位：县水利局、县财政局；责任单位：各乡镇人民政府）",
                        "实施灌区改造。" + line)
    got = {(a.role, a.agency) for a in run(text).of(Assignment) if a.task == "推进农业节水"}
    assert got == expected


def test_lead_verb_in_parentheses():
    text = PLAN.replace("（三）加强城镇节水。由县住房和城乡建设局牵头，县水利局、县发展和改革局配合。",
                        "（三）加强城镇节水。推进管网改造（县住房和城乡建设局牵头，县水利局配合）。")
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment) if a.task == "加强城镇节水"}
    assert got == {("加强城镇节水", "lead", "县住房和城乡建设局"), ("加强城镇节水", "support", "县水利局")}


def test_assignments_and_citations():
    nf = run(PLAN)
    assert nf.document.kind == "plan"
    got = {(a.task, a.role, a.agency) for a in nf.of(Assignment)}
    assert got == {
        ("推进农业节水", "lead", "县农业农村局"), ("推进农业节水", "support", "县水利局"),
        ("推进农业节水", "support", "县财政局"), ("推进农业节水", "responsible", "各乡镇人民政府"),
        ("强化工业节水", "lead", "县工业和信息化局"), ("强化工业节水", "responsible", "各乡镇人民政府"),
        ("加强城镇节水", "lead", "县住房和城乡建设局"), ("加强城镇节水", "support", "县水利局"),
        ("加强城镇节水", "support", "县发展和改革局"),
    }
    assert {c.number for c in nf.of(Citation)} == {"国办发〔2023〕12号", "湖北省人民政府令第88号"}


@pytest.mark.parametrize("text, numbers", [
    # numbers of the older style, without brackets: the code after the issuer, the date or 以; the year in brackets
    ("某县人民委员会1956年7月25日以县人某字第46号请示提出补充问题，应根据省人民委员会(56)省秘某字第685号通知办理。\n",
     {"县人某字第46号", "〔56〕省秘某字第685号"}),
    ("奉某某军政委员会东办秘字第五三一号通令转发政务院一九五○年八月十四日政政某字第三三号快函。\n",
     {"东办秘字第五三一号", "政政某字第三三号"}),
    # an older number with the year in two digits (1940s to 1990s), in square brackets
    ("1月23日，某某联名发出《关于某某工作的决定》(中发[67]27号)，强调某某。\n", {"中发〔67〕27号"}),
    # a court's case number holds digits in its code: not an older-style document number
    ("根据某市中级人民法院(2019)某01民初字第123号判决书，现通知如下。\n", set()),
    # a decree's number cited as a title in book marks: the number is the title
    ("根据《某市总河长令第1号》、《某镇河长巡查制度》和有关规定，现就巡河工作通知如下。\n", {"某市总河长令第1号"}),
    # a decree's number in brackets after the title, with the date it was issued on before it
    ("依据《某某管理办法》（2019年3月某省人民政府令第12号）执行。\n", {"某省人民政府令第12号"}),
    # a year alone before the body numbers the orders of that year: kept as printed
    ("依据《某某管理办法》（1991年市人民政府令第43号）执行。\n", {"1991年市人民政府令第43号"}),
    # a notice of a numbered series cited with its number inside the title's brackets
    ("要求各社区进一步落实《某市某某防控工作指挥部通告(第10号)》精神。\n", {"第10号"}),
    # the notice's own number, printed in its running text with the words before it, is not cited
    ("某市教育实施意见\n2006年7月6日，某市人民政府办公室以某委办〔2006〕47号印发《某市教育实施意见》。\n"
     "某委办〔2006〕47号\n各县人民政府：\n现将《某市教育实施意见》印发给你们。\n", set()),
])
def test_bare_numbers_cited_in_running_text(text, numbers):
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert {c.number for c in nf.of(Citation)} == numbers


@pytest.mark.parametrize("raw, expected", [
    ("国发(2023〕18号", "国发〔2023〕18号"), ("豫政任[2024]25号", "豫政任〔2024〕25号"),
    ("邯政任字（2024）11号", "邯政任字〔2024〕11号"),
    ("国办发„2024‟9号", "国办发〔2024〕9号"),  # a document-sharing site's font mapping of 〔〕
])
def test_document_numbers_normalised(raw, expected):
    assert normalize_docnum(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2024年2月21日", "2024-02-21"), ("二〇二四年三月五日", "2024-03-05"), ("2023年1月", "2023-01"),
    ("二〇二四年十二月三十一日", "2024-12-31"),
])
def test_dates(raw, expected):
    assert parse_date(raw) == expected


def test_every_fact_points_at_its_words():
    nf = run(GROUP_NOTICE)
    for f in nf.of(Membership):
        assert f.person[0] in nf.text[f.span[0]:f.span[1]]


MOTION_1958 = """關于提請決定任免國務院若干組成人員的議案
全國人民代表大會常務委員會：
現在提出：
任命：
陳毅兼外交部部長，
沙千里為糧食部部長。
免去：
周恩來兼任外交部部長職務，
賴際發現任建筑材料工業部部長職務。
請大會決定。
國務院總理 周恩來
1958年2月6日
"""


def test_traditional_motion_keeps_its_script():
    """A mirror's traditional text is matched through a simplified copy; values stay as printed."""
    nf = run(MOTION_1958)
    kinds = {Appointment: "appointment", Removal: "removal", Position: "position"}
    got = sorted((kinds[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)
    assert got == sorted([
        ("appointment", "陳毅", "外交部", "部長"), ("appointment", "沙千里", "糧食部", "部長"),
        ("removal", "周恩來", "外交部", "部長"), ("removal", "賴際發", "建筑材料工業部", "部長"),
        ("position", "周恩來", "國務院", "總理")])
    assert nf.document.kind == "personnel" and nf.document.title == "關于提請決定任免國務院若干組成人員的議案"
    for f in nf.facts:
        assert MOTION_1958[f.span[0]:f.span[1]]  # spans point into the printed text


@pytest.mark.parametrize("posts, expected", [
    ("国务院副总理", [("国务院", "副总理")]),
    ("国务委员", [("国务院", "国务委员")]),
    ("省委常委、常务副省长", [("省委", "常委"), ("省人民政府", "常务副省长")]),
])
def test_national_and_provincial_posts(posts, expected):
    assert [(p.agency, p.title) for p in split_posts(posts)] == expected


def _people(nf, kinds=(Appointment, Removal, Position)):
    names = {Appointment: "appointment", Removal: "removal", Position: "position"}
    return sorted((names[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


def test_report_of_a_standing_committee_session():
    """A news report (headline, no notice title): decisions in running prose, resignations,
    and office-holders named after their posts."""
    nf = run("黔东南州人大常委会任命代理州长\n"
             "9月7日，州人大常委会会议在凯里召开。会议表决通过，决定任命冯仕文同志为黔东南州人民政府副州长、代理州长。"
             "会议还表决通过，决定接受廖飞同志辞去黔东南州人民政府州长职务的请求。\n"
             "州委常委、常务副州长王贵，副州长潘亮列席会议。\n")
    assert nf.document.kind == "personnel" and nf.document.title == "黔东南州人大常委会任命代理州长"
    got = _people(nf)
    assert ("appointment", "冯仕文", "黔东南州人民政府", "代理州长") in got
    assert ("removal", "廖飞", "黔东南州人民政府", "州长") in got
    assert ("position", "王贵", "州人民政府", "常务副州长") in got and ("position", "潘亮", "州人民政府", "副州长") in got


def test_member_list_printed_as_one_run():
    nf = run("国务院办公厅关于成立全国普查领导小组的通知\n国务院决定成立全国普查领导小组。组成人员名单如下：\n"
             "组长:张高丽国务院副总理副组长:姜大明国土资源部部长马建堂统计局局长成员:吴恒权中央宣传部副部长张业遂外交部副部长\n")
    got = sorted((f.person, f.role) for f in nf.facts if isinstance(f, Membership))
    assert got == [("吴恒权", "成员"), ("姜大明", "副组长"), ("张业遂", "成员"), ("张高丽", "组长"), ("马建堂", "副组长")]


@pytest.mark.parametrize("noisy, clean", [
    ("國(guó)務(wù)院辦公廳", "國務院辦公廳"),
    ("组.长.：王强", "组长：王强"),
    ("1.任务 (一)总体 市长(兼)", "1.任务 (一)总体 市长(兼)"),
    # a pinyin-noting mirror doubles commas: 区(qū)委副书记,、代区(qū)长,,某某出席 (kept where no note was added)
    ("10月15日,,區(qū)委副書記,、代區(qū)長李某主持", "10月15日,區委副書記、代區長李某主持"),
    ("甲,、乙", "甲,、乙"),
])
def test_copy_noise(noisy, clean):
    from govkg.text import strip_copy_noise
    assert strip_copy_noise(noisy) == clean


def test_lead_and_supporting_responsible_bodies():
    nf = run("某省人民政府关于印发重点工作责任分解的通知\n一、重点任务\n"
             "5.一般公共预算收入增长7%左右，力争更好。\n牵头责任单位：省财政厅。\n协同责任单位：省发展改革委、省税务局等。\n")
    got = sorted((f.task, f.role, f.agency) for f in nf.facts if isinstance(f, Assignment))
    assert got == [("一般公共预算收入增长7%左右", "lead", "省财政厅"),
                   ("一般公共预算收入增长7%左右", "support", "省发展改革委"),
                   ("一般公共预算收入增长7%左右", "support", "省税务局")]
    assert nf.document.kind == "plan"


def test_html_info_read_by_the_shape_of_its_values():
    """Labels the reader did not know (文件编号), a label glued to its value, and an empty cell
    that must not take the next cell's label as its value."""
    from govkg.ingest.html import read_html
    page = """<html><body><table class="info">
<tr><td>文件编号：</td><td>临政发〔2024〕7号</td><td>成文日期：</td><td></td><td>发布日期：</td><td>2024年3月5日</td></tr>
<tr><td>发文机关临河市人民政府</td></tr></table>
<div class="article-content"><p>临河市人民政府关于调整市防汛抗旱指挥部组成人员的通知</p>
<p>各镇人民政府，市直各部门：</p><p>根据工作需要，市人民政府决定调整市防汛抗旱指挥部组成人员。现将有关事项通知如下：</p>
<p>指挥长：王建国 市长</p></div></body></html>"""
    notice = read_html(page, "page.html")
    assert notice.meta["number"] == "临政发〔2024〕7号"
    assert notice.meta["issuer"] == "临河市人民政府"
    assert notice.meta["published"] == "2024-03-05" and "signed" not in notice.meta


@pytest.mark.parametrize("sentence, expected", [
    ("会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务的请求。",
     [("杨自力", "市人民政府", "市长"), ("邓为", "市人民政府", "副市长")]),
    ("会议决定免去张爱平、卢佩民的泰州市人民政府副市长职务。",
     [("张爱平", "泰州市人民政府", "副市长"), ("卢佩民", "泰州市人民政府", "副市长")]),
    ("会议免除路正阳同志常务副县长一职。", [("路正阳", "县人民政府", "常务副县长")]),
])
def test_removals_as_reports_print_them(sentence, expected):
    nf = run("某市人大常委会举行第二十三次会议\n" + sentence + "\n")
    assert sorted((f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Removal)) == sorted(expected)


def test_lead_together_with_others():
    """由X会同Y、Z等部门负责落实: X leads, the others support; a quoted comma stays in the task."""
    nf = run("国务院办公厅关于落实若干政策措施分工的通知\n"
             "（二）关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部、水利部等部门负责落实。\n")
    got = sorted((f.task, f.role, f.agency) for f in nf.facts if isinstance(f, Assignment))
    task = "关于“严守耕地保护红线,划定永久基本农田”的问题"
    assert got == [(task, "lead", "国土资源部"), (task, "support", "农业部"), (task, "support", "水利部")]


@pytest.mark.parametrize("posts, expected", [
    ("全国妇联副主席、书记处书记", [("全国妇联", "副主席"), ("全国妇联书记处", "书记")]),
    ("中央办公厅副主任兼秘书局局长", [("中央办公厅", "副主任"), ("中央办公厅秘书局", "局长")]),
    ("省长助理", [("省人民政府", "省长助理")]),
    ("财政部部长助理", [("财政部", "部长助理")]),
    ("交通运输部人事教育司长", [("交通运输部人事教育司", "司长")]),
    ("市委常委、宣传部长", [("市委", "常委"), ("市委宣传部", "部长")]),
    ("浙江省省长、第19届亚运会组委会主席", [("浙江省人民政府", "省长"), ("第19届亚运会组委会", "主席")]),
])
def test_posts_of_national_bodies_and_assistants(posts, expected):
    assert [(p.agency, p.title) for p in split_posts(posts)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an acting post decided after the appointment, for the person just appointed
    ("会议决定任命周建国为市人民政府副市长，并决定为代理市长。",
     [("appointment", "周建国", "市人民政府", "副市长"), ("appointment", "周建国", "市人民政府", "代理市长")]),
    ("会议任命孙立为市监察委员会副主任，并决定为代理主任；任命何东为市审计局局长。",
     [("appointment", "何东", "市审计局", "局长"), ("appointment", "孙立", "市监察委员会", "代理主任"),
      ("appointment", "孙立", "市监察委员会", "副主任")]),
    # 决定X代理Y职务, and the person called by their post (X副市长为…)
    ("会议决定任命许明为福清市人民政府副市长，并决定许明代理市长职务。",
     [("appointment", "许明", "福清市人民政府", "代理市长"), ("appointment", "许明", "福清市人民政府", "副市长")]),
    ("决定任命韩冰为市人民政府副市长，并根据主任会议的提名，决定韩冰副市长为市人民政府代理市长。",
     [("appointment", "韩冰", "市人民政府", "代理市长"), ("appointment", "韩冰", "市人民政府", "副市长")]),
    # a decision after a lead-in that is not a verb, and one whose subject is printed passively
    ("山西某市政府近日发布任免通知，其中提到，市政府决定免去赵刚的市投资促进中心副主任职务（终止试用期）。",
     [("removal", "赵刚", "市投资促进中心", "副主任")]),
    ("孔方同志被免去市人民政府副市长职务；谢安同志被任命为市人民政府副市长。",
     [("appointment", "谢安", "市人民政府", "副市长"), ("removal", "孔方", "市人民政府", "副市长")]),
    # current posts before the name are positions; the body a title shares its last character with
    ("任命市交通运输局副局长、市港航中心主任梁勇为市水务局局长；任命邓波为市财政局长。",
     [("appointment", "梁勇", "市水务局", "局长"), ("appointment", "邓波", "市财政局", "局长"),
      ("position", "梁勇", "市交通运输局", "副局长"), ("position", "梁勇", "市港航中心", "主任")]),
    # 政府副县长: the notice's own government
    ("会议通过了人事任免决议，任命冯涛同志为政府副县长。", [("appointment", "冯涛", "县人民政府", "副县长")]),
])
def test_decisions_as_reports_print_them(sentence, expected):
    nf = run("某市人大常委会举行第十次会议\n" + sentence + "\n")
    assert _people(nf) == sorted(expected)


def test_appointment_chain_over_lines_and_career_history():
    """任命A为X，免去其Y职务；B为Z…: the verb carries over lines joined by ；, and 免去其 is the person
    of its own line; a dated career history (2019年5月，X任Y) and the headline give no rows."""
    nf = run("江城市人大常委会任命一批干部 钱伟任市商务局局长\n"
             "会议还表决任命钱伟为市商务局局长，免去其市外经贸局局长职务；\n"
             "陶然为市住房和城乡建设局局长，免去其市建设局局长职务；\n"
             "孔亮为市交通运输局局长。\n"
             "钱伟长期在基层工作，2019年5月，钱伟任市开发区管委会主任。\n")
    assert _people(nf) == sorted([
        ("appointment", "钱伟", "市商务局", "局长"), ("removal", "钱伟", "市外经贸局", "局长"),
        ("appointment", "陶然", "市住房和城乡建设局", "局长"), ("removal", "陶然", "市建设局", "局长"),
        ("appointment", "孔亮", "市交通运输局", "局长")])


def test_presidential_order_is_a_personnel_act():
    nf = run("中华人民共和国主席令 第五号\n根据全国人民代表大会常务委员会的决定：\n"
             "免去周明的商务部部长职务、任命陈立为商务部部长。\n中华人民共和国主席 某某某\n2010年1月1日\n")
    assert nf.document.kind == "personnel"
    assert ("appointment", "陈立", "商务部", "部长") in _people(nf) and ("removal", "周明", "商务部", "部长") in _people(nf)


@pytest.mark.parametrize("sentence, expected", [
    ("会议接受钱某辞去江州市市长职务，决定任命卫东为江州市副市长，代理江州市市长职务。",
     [("appointment", "卫东", "江州市人民政府", "代理市长"), ("appointment", "卫东", "江州市人民政府", "副市长"),
      ("removal", "钱某", "江州市人民政府", "市长")]),
    ("会议表决通过了关于任命褚明为江州市人民政府副市长的决定，表决通过了关于褚明代理江州市人民政府市长职务的决定。",
     [("appointment", "褚明", "江州市人民政府", "代理市长"), ("appointment", "褚明", "江州市人民政府", "副市长")]),
    # several people resigning one post, and one person resigning two posts
    ("会议接受蒋平、沈安辞去市人民政府副市长职务的请求，接受韩松辞去市人民政府副市长、市公安局局长职务的请求。",
     [("removal", "沈安", "市人民政府", "副市长"), ("removal", "蒋平", "市人民政府", "副市长"),
      ("removal", "韩松", "市人民政府", "副市长"), ("removal", "韩松", "市公安局", "局长")]),
    # 因被任命为X，不再担任Y职务: both for the same person; a former post (原) gives no row
    ("原副市长杨洁因被任命为市委常委、宣传部长，不再担任副市长职务，日前市人大新任命彭飞为副市长。",
     [("appointment", "杨洁", "市委", "常委"), ("appointment", "杨洁", "市委宣传部", "部长"),
      ("removal", "杨洁", "市人民政府", "副市长"), ("appointment", "彭飞", "市人民政府", "副市长")]),
    # announced: current posts before the name are positions, former ones are not; 等N名同志: the one named
    ("市政府宣布，市交通运输局局长秦川兼任市港务局局长，以及原市商务局副局长尤佳担任市港务局副局长，"
     "同时任命董亮为市水务局局长。",
     [("appointment", "秦川", "市港务局", "局长"), ("appointment", "尤佳", "市港务局", "副局长"),
      ("appointment", "董亮", "市水务局", "局长"),
      ("position", "秦川", "市交通运输局", "局长")]),
    ("会议任命朱力为市审计局局长，许亮等3名同志为市监察委员会委员。",
     [("appointment", "朱力", "市审计局", "局长"), ("appointment", "许亮", "市监察委员会", "委员")]),
])
def test_more_decisions_as_reports_print_them(sentence, expected):
    nf = run("某市人大常委会举行第十次会议\n" + sentence + "\n")
    assert _people(nf) == sorted(expected)


def test_elections_with_names_that_hold_wei_and_a_comma_slip():
    """选举A、B为Y: a name may contain 为 (郑为文); a comma slipped into the list; 等N人 closes it."""
    nf = run("某省人民代表大会关于选举的公告\n"
             "大会选举施明为省人民政府省长，何为民、吕方为副省长，严立、金华,魏东等三人为委员；"
             "选举华强为省人民检察院检察长(需报请批准)。\n")
    got = [r for r in _people(nf) if r[0] == "position"]
    assert got == sorted([
        ("position", "施明", "省人民政府", "省长"), ("position", "何为民", "省人民政府", "副省长"),
        ("position", "吕方", "省人民政府", "副省长"), ("position", "严立", "省人民政府", "委员"),
        ("position", "金华", "省人民政府", "委员"), ("position", "魏东", "省人民政府", "委员"),
        ("position", "华强", "省人民检察院", "检察长")])


def test_election_clauses_joined_by_dunhao():
    """A chronicle's election runs its clauses together with 、 (选举甲为X主任、乙为县长，丙为人民法院院长、…):
    each ``A为Y`` is a clause of its own; a court or procuratorate printed bare is its own body; 本届 is the
    level of the congress named before (县…人民代表大会: 县)."""
    nf = run("某县大事记\n1月18日，县召开第六届第一次人民代表大会。选举甲某某为本届人大常委会主任、乙某某为县长，"
             "丙某某为人民法院院长、丁某某为人民检察院检察长。\n")
    got = [r for r in _people(nf) if r[0] == "position"]
    assert got == sorted([
        ("position", "甲某某", "县人大常委会", "主任"), ("position", "乙某某", "县人民政府", "县长"),
        ("position", "丙某某", "人民法院", "院长"), ("position", "丁某某", "人民检察院", "检察长")])


def test_town_election_keeps_the_term_and_the_town():
    """A town congress elects: the 人大 keeps the term it prints (某镇第十八届人大主席); a bare 副镇长 after
    某镇人民政府镇长 is of that town."""
    nf = run("某镇第十八届人民代表大会第一次会议召开\n"
             "会议选举孙某某为某镇第十八届人大主席，李某某为某镇人民政府镇长，周某某、吴某某为副镇长。\n")
    got = [r for r in _people(nf) if r[0] == "position"]
    assert got == sorted([
        ("position", "孙某某", "某镇第十八届人大", "主席"), ("position", "李某某", "某镇人民政府", "镇长"),
        ("position", "周某某", "某镇人民政府", "副镇长"), ("position", "吴某某", "某镇人民政府", "副镇长")])


def test_town_election_goes_on_over_a_semicolon():
    """``选举甲为某镇人大主席，乙为副主席；丙为某镇人民政府镇长，丁、戊为某镇人民政府副镇长``: the clause after
    ； opens with names and 为, so the election goes on; a sentence after ； that names no one does not."""
    nf = run("某镇第十八届人民代表大会第一次会议召开\n"
             "会议依法选举孙某某为某镇第十八届人大主席，钱某某为某镇第十八届人大副主席；李某某为某镇人民政府镇长，"
             "周某某、吴某某为某镇人民政府副镇长；会议以发展为主题。\n")
    got = [r for r in _people(nf) if r[0] == "position"]
    assert got == sorted([
        ("position", "孙某某", "某镇第十八届人大", "主席"), ("position", "钱某某", "某镇第十八届人大", "副主席"),
        ("position", "李某某", "某镇人民政府", "镇长"),
        ("position", "周某某", "某镇人民政府", "副镇长"), ("position", "吴某某", "某镇人民政府", "副镇长")])


def test_attendance_of_a_standing_committee_session():
    """Titles printed bare after the body (主任A，副主任B、C及秘书长D出席) belong to the standing committee
    named last before them; a list may end in 及…; a session number is not part of the body."""
    nf = run("某县人大常委会召开第十次会议\n"
             "3月5日上午，受县人大常委会主任委托，副主任黎明主持召开县十七届人大常委会第十次会议，"
             "副主任赖文、邬强及秘书长贺新出席会议。会议决定任命尹涛为县人民政府副县长。\n")
    got = [r for r in _people(nf) if r[0] == "position"]
    assert got == sorted([("position", "黎明", "县人大常委会", "副主任"), ("position", "赖文", "县人大常委会", "副主任"),
                          ("position", "邬强", "县人大常委会", "副主任"), ("position", "贺新", "县人大常委会", "秘书长")])


def test_motion_on_one_line_signed_glued_to_its_date():
    """A motion copied onto one line: 提请任命A同志为X，B同志为X; the signature glued before the date."""
    nf = run("全国人民代表大会常务委员会：一、提请任命严华同志为国务院副总理，田野同志为国务院副总理。"
             "二、提请免去马林同志的国务院副总理职务。请审议决定。国务院总理齐明一九八○年五月三日\n")
    assert _people(nf) == sorted([
        ("appointment", "严华", "国务院", "副总理"), ("appointment", "田野", "国务院", "副总理"),
        ("removal", "马林", "国务院", "副总理"), ("position", "齐明", "国务院", "总理")])


def test_order_with_wire_end_mark_and_current_posts_of_the_appointee():
    nf = run("中华人民共和国主席令 第九号\n根据全国人民代表大会常务委员会的决定：\n免去郝明的教育部部长职务；\n"
             "任命姚远(女)为教育部部长(兼)。\n中华人民共和国主席 某某\n2005年6月1日(完)\n"
             "今年60岁的姚远是江苏人，现任国务院副总理。\n")
    got = _people(nf)
    assert ("appointment", "姚远", "教育部", "部长") in got and ("removal", "郝明", "教育部", "部长") in got
    assert ("position", "姚远", "国务院", "副总理") in got and ("position", "某某", "中华人民共和国", "主席") in got


def test_heads_named_for_a_body_the_notice_concerns():
    nf = run("国务院办公厅关于某地区开发办公室有关问题的通知\n国办发〔1990〕5号\n各省人民政府：\n"
             "一、国务院某地区开发办公室由陶然同志任主任，韦力同志兼任副主任，卜一同志任副主任。\n"
             "二、该办公室为国务院直属机构。\n国务院办公厅\n1990年1月5日\n")
    got = [r for r in _people(nf) if r[0] == "appointment"]
    assert got == sorted([("appointment", "陶然", "国务院某地区开发办公室", "主任"),
                          ("appointment", "韦力", "国务院某地区开发办公室", "副主任"),
                          ("appointment", "卜一", "国务院某地区开发办公室", "副主任")])


def test_court_posts_return_to_the_court_after_its_committee():
    assert [(p.agency, p.title) for p in split_posts("某市中级人民法院副院长、审判委员会委员、审判员")] == [
        ("某市中级人民法院", "副院长"), ("某市中级人民法院审判委员会", "委员"), ("某市中级人民法院", "审判员")]


def test_list_of_posts_goes_on_after_a_comma():
    """不再担任A，B、C，D职务 / 兼任A、B，C: commas inside one list of posts; a clause after a comma is not a post."""
    nf = run("某市任免决定\n会议决定：\n"
             "郑和同志不再担任市人民政府党组成员，市委开发区工委副书记、委员，开发区管委会主任职务；\n"
             "任命谷雨为市科技局局长，试用期一年。\n")
    got = _people(nf)
    assert ("removal", "郑和", "市人民政府", "党组成员") in got and ("removal", "郑和", "市委开发区工委", "副书记") in got
    assert ("removal", "郑和", "市委开发区工委", "委员") in got and ("removal", "郑和", "开发区管委会", "主任") in got
    assert [r for r in got if r[1] == "谷雨"] == [("appointment", "谷雨", "市科技局", "局长")]


def test_attendance_after_the_decisions_of_the_session():
    """Names followed by a space, 和…列席 or 应邀参加; the appointee's new post is not restated as a position,
    their current post (任命县委副书记X为…) is one."""
    nf = run("某县人大常委会召开第八次会议\n"
             "会议决定任命县委副书记戚云同志为县人民政府副县长、代理县长。\n"
             "新任县人民政府代理县长戚云作表态发言。县人民政府副县长柏林 ,县政协副主席窦平应邀参加会议，"
             "副县长章华和法检两院负责人列席会议。\n")
    got = _people(nf)
    assert [r for r in got if r[1] == "戚云"] == sorted([
        ("appointment", "戚云", "县人民政府", "副县长"), ("appointment", "戚云", "县人民政府", "代理县长"),
        ("position", "戚云", "县委", "副书记")])
    assert ("position", "柏林", "县人民政府", "副县长") in got and ("position", "窦平", "县政协", "副主席") in got
    assert ("position", "章华", "县人民政府", "副县长") in got


@pytest.mark.parametrize("page, title", [
    ("市政府召开常务会议研究部署春耕工作******\n3月5日，市政府召开常务会议。会议决定任命张三为市财政局局长。\n",
     "市政府召开常务会议研究部署春耕工作"),
    ("★★区人大常委会任命一批干部★★\n会议决定任命李四为区教育局局长。\n", "区人大常委会任命一批干部"),
])
def test_ornaments_around_a_headline_are_not_the_title(page, title):
    assert run(page).document.title == title


@pytest.mark.parametrize("page", [
    "第七届人大常委会第三十六次会议通过)\n会议决定接受张三辞去区长职务的请求。\n",
    "│工作任务│牵头单位│完成时限│\n│推进项目建设│市发展改革委│年底│\n",
])
def test_a_broken_line_or_a_table_row_is_not_a_headline(page):
    assert not run(page).document.title


def test_decisions_chained_with_the_enumeration_comma():
    """A session report lists its appointments as one run joined by 、: 任命A为X、B为Y、C为Z."""
    nf = run("某省人大常委会举行会议\n会议根据省人民政府的提请，决定任命赵甲为省教育厅厅长、钱乙为省司法厅厅长、"
             "孙丙为省审计厅厅长，免去李丁的省审计厅厅长职务。\n")
    got = _people(nf, (Appointment,))
    assert ("appointment", "赵甲", "省教育厅", "厅长") in got
    assert ("appointment", "钱乙", "省司法厅", "厅长") in got and ("appointment", "孙丙", "省审计厅", "厅长") in got


def test_a_post_list_joined_by_the_enumeration_comma_stays_one_appointment():
    nf = run("某市人大常委会举行会议\n会议决定任命周戊为市人民政府副秘书长、市人民政府办公室主任。\n")
    got = _people(nf, (Appointment,))
    assert ("appointment", "周戊", "市人民政府", "副秘书长") in got
    assert ("appointment", "周戊", "市人民政府办公室", "主任") in got


def test_a_report_takes_the_title_of_the_notice_it_quotes_in_book_marks():
    """A news page's headline is the article's; the notice it reports, quoted as 《关于…的通知》, has its own title."""
    nf = run("某省将成立应急救援总指挥部\n发布时间：2019-07-21\n"
             "本报讯 近日，某省人民政府发布《关于建立某省应急救援指挥体系的通知》，成立某省应急救援总指挥部。\n"
             "总指挥部下设抗震救灾指挥部、防汛抗旱指挥部。\n")
    assert nf.document.title == "关于建立某省应急救援指挥体系的通知"


def test_a_centre_set_up_with_its_heads_listed():
    """``县政府决定成立县某某管理中心`` then ``主任:甲  县委常委、政府副县长``: a body set up by the notice whose
    heads are listed under role labels is a group like a 领导小组 (its heads members with those roles)."""
    nf = run("某县人民政府关于成立县某某管理中心的通知\n各乡镇人民政府：\n县政府决定成立县某某管理中心，现将有关事项通知如下：\n"
             "一、组织机构\n主   任:李甲    县委常委、政府副县长\n常务副主任:王乙    县消防救援大队大队长\n"
             "副  主  任:赵丙    县应急管理局局长\n")
    got = sorted((f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership))
    assert got == [("县某某管理中心", "李甲", "主任"), ("县某某管理中心", "王乙", "常务副主任"), ("县某某管理中心", "赵丙", "副主任")]
