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


@pytest.mark.parametrize("raw, expected", [
    ("国发(2023〕18号", "国发〔2023〕18号"), ("豫政任[2024]25号", "豫政任〔2024〕25号"),
    ("邯政任字（2024）11号", "邯政任字〔2024〕11号"),
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
