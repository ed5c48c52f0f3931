"""Task assignments as plans print them (round 38, helper f): an office's second name in brackets after its first
(组织部（人事处）); a drawn row (│) whose open cell of bodies wrapped onto the next line under empty cells; a task
table run on in one paragraph, its cells apart by spaces; a task card's fields run together without their colons;
a spreadsheet exported as comma-separated text inside a page (quoted cells, merged cells blank below their first
row); a table printed a cell a line whose long cells wrap onto further lines (a PDF's text)."""
from __future__ import annotations

import pytest

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str, source: str = "inline.txt") -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source=source, index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HEAD = "青石职业学院关于印发《青石职业学院2022年作风建设重点任务分工方案》的通知\n青职院发〔2022〕7号\n各部门、各二级学院：\n" \
       "《青石职业学院2022年作风建设重点任务分工方案》已经学院党委会研究同意，现印发给你们。\n"


def test_an_offices_second_name_in_brackets_stays_out():
    """组织部（人事处）: one office under two names (a merged office); the body is the first name, as for posts."""
    text = HEAD + "一、重点任务及分工\n序号│重点任务│牵头部门│配合部门│完成时限\n" \
        "1│修订教职工考勤办法│党委宣传部（统战部）│学生处（团委）、各二级学院│2022年6月\n" \
        "2│开展作风建设专项督查│纪委办公室（审计室）│工会│2022年10月\n二、工作要求\n各部门要按时完成。\n"
    got = run(text)
    assert {("修订教职工考勤办法", "lead", "党委宣传部"), ("修订教职工考勤办法", "support", "学生处"),
            ("开展作风建设专项督查", "lead", "纪委办公室")} <= got
    assert not any("（" in a or "(" in a for _, _, a in got if not a.startswith("各"))


def test_a_run_on_table_with_spaces_between_cells():
    """A page that lost its table's markup: 序号 重点任务 牵头单位 配合单位 完成时限 1 … 2 …, cut into lines
    anywhere; ``无`` names no body."""
    text = "松林县人民政府办公室关于印发松林县2023年林区防火工作实施方案的通知 松府办发〔2023〕4号 各乡镇人民政府：\n" \
        "二、重点任务 序号\n重点任务 牵头单位 配合单位 完成时限 1 开展林区火源排查 县林业局 县应急管理局、各乡镇 " \
        "2023年3月底前 2 建设防火隔离带\n县自然资源局 县财政局 2023年11月底前 3 组织扑火演练 县应急管理局 无 长期坚持\n" \
        "三、保障措施\n（一）强化资金保障。县财政局负责统筹资金。\n"
    got = run(text)
    assert {("开展林区火源排查", "lead", "县林业局"), ("开展林区火源排查", "support", "县应急管理局"),
            ("开展林区火源排查", "support", "各乡镇"), ("建设防火隔离带", "lead", "县自然资源局"),
            ("建设防火隔离带", "support", "县财政局"), ("组织扑火演练", "lead", "县应急管理局")} <= got
    assert not any(task == "组织扑火演练" and role == "support" for task, role, _ in got)


def test_a_task_cards_fields_run_together_without_colons():
    """【任务2】某任务 / 牵头单位某局配合单位某局、某镇完成时限…: the card's labels lost their colons."""
    text = "河湾市人民政府办公室关于印发河湾市村容整治方案的通知\n河政办发〔2020〕11号\n二、重点任务\n" \
        "　　【任务1】整治农村道路\n　　牵头单位：市交通运输局\n　　配合单位：各镇（街道）\n　　完成时限：2020年9月底前\n" \
        "　　【任务2】清理河道垃圾\n　　牵头单位市水务局配合单位市城市管理局、各镇（街道）完成时限2020年10月底前\n" \
        "三、保障措施\n　　（一）加强领导。\n"
    got = run(text)
    assert {("清理河道垃圾", "lead", "市水务局"), ("清理河道垃圾", "support", "市城市管理局"),
            ("清理河道垃圾", "support", "各镇(街道)")} <= got


def test_a_spreadsheet_exported_as_comma_separated_text():
    """序号,工作任务,牵头科室,配合单位,… then numbered records: a quoted cell holds a comma or a line break
    between bodies; a merged cell is kept in its first row only, the cell below it blank (the same body)."""
    text = "川平市林业局关于印发《川平市2020年林草执法专项行动责任清单》的通知\n川市林发〔2020〕3号\n各县区林业局：\n" \
        "现将责任清单印发给你们。\n附件：责任清单\n川平市林业局\n2020年3月2日\n" \
        "【附件在线预览】\n序号，工作任务，牵头科室，配合单位，责任领导，完成时限\n" \
        "1，清理非法占用林地，资源管理科，“市森林公安局，各县区林业局”，张某副局长，2020年6月30日前\n" \
        "2，排查野生动物养殖场所，，市森林公安局，，2020年6月30日前\n" \
        "3，开展古树名木普查，生态保护科，\"市林业调查队\n各县区林业局\"，李某副局长，2020年9月30日前\n"
    got = run(text)
    assert {("清理非法占用林地", "lead", "资源管理科"), ("清理非法占用林地", "support", "市森林公安局"),
            ("清理非法占用林地", "support", "各县区林业局"), ("排查野生动物养殖场所", "lead", "资源管理科"),
            ("排查野生动物养殖场所", "support", "市森林公安局"), ("开展古树名木普查", "lead", "生态保护科"),
            ("开展古树名木普查", "support", "市林业调查队"), ("开展古树名木普查", "support", "各县区林业局")} <= got


def test_a_cell_a_line_table_whose_long_cells_wrap():
    """A PDF's table, every cell on its own line, a long cell wrapped onto the next (新建节水灌溉 / 示范区, 农业技术
    推广 / 中心, 财政所、 / 水管所): each row's lines grouped into its cells."""
    text = "第九师一七〇团关于印发《一七〇团2023年节水灌溉实施方案》的通知\n一七〇团发〔2023〕5号\n团属各单位：\n" \
        "现将方案印发给你们。\n第九师一七〇团\n2023年3月1日\n附件\n一七〇团2023年节水灌溉重点任务分解表\n" \
        "序号\n重点任务\n牵头单位\n配合单位\n责任领导\n完成时限\n" \
        "1\n新建5000亩节水灌溉示范\n区\n农业技术推广\n中心\n财政所、\n水管所\n副团长\n王某某\n2023年9月\n底前\n" \
        "2\n更新首部过滤设备\n水管所\n各连队\n副团长\n王某某\n2023年6月\n底前\n" \
        "3\n建立灌溉用水计量台\n账\n水管所\n/\n副政委\n李某某\n长期\n"
    got = run(text)
    assert {("新建5000亩节水灌溉示范区", "lead", "农业技术推广中心"), ("新建5000亩节水灌溉示范区", "support", "财政所"),
            ("新建5000亩节水灌溉示范区", "support", "水管所"), ("更新首部过滤设备", "lead", "水管所"),
            ("更新首部过滤设备", "support", "各连队"), ("建立灌溉用水计量台账", "lead", "水管所")} <= got
    assert not any(task.endswith("台") for task, _, _ in got)


@pytest.mark.parametrize("cut, rest, bodies", [
    ("人事处、", "教师发展中心", {"人事处", "教师发展中心"}),  # (a list cut after its mark)
    ("财务处", "各二级学院", {"财务处", "各二级学院"}),  # (a second body on a line of its own)
])
def test_a_drawn_rows_cell_of_bodies_wrapped_under_empty_cells(cut, rest, bodies):
    """2│某任务│甲处│乙处、 / │　│　│　│丙处│2022年11月: the row's open cell of bodies goes on in the same column
    of the next line, the cells before it empty."""
    text = HEAD + "一、重点任务及分工\n序号│重点任务│牵头部门│配合部门│完成时限\n" \
        "1│修订教职工考勤办法│人事处│各二级学院│2022年6月\n" \
        f"2│开展青年教师专题培训│继续教育学院│{cut}\n│\u3000│\u3000│\u3000│{rest}│2022年11月\n\n" \
        "二、工作要求\n各部门要按时完成。\n"
    got = run(text)
    assert {("开展青年教师专题培训", "lead", "继续教育学院")} | {("开展青年教师专题培训", "support", b) for b in bodies} <= got
    assert not any(task == "开展青年教师专题培训" and agency == "青石职业学院" for task, _, agency in got)
