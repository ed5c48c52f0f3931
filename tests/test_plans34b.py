"""Task assignments as plans print them (round 34, helper d): a sentence opened by a connective (此外，),
a space-aligned table whose last cell holds two bodies, a grain
depot (直属库), a plan's 考核办法 section, a group's own remit."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HEAD = "青川县人民政府办公室关于印发河道环境整治实施方案的通知\n青政办〔2019〕12号\n各乡镇人民政府，县直各部门：\n"


def test_a_connective_before_the_task_clause_is_no_task():
    """``此外，开展某某整治，由X牵头，Y、Z配合``: the task is the clause after the connective."""
    text = HEAD + ("二、重点任务\n\n任务1\n工作任务：清理河道垃圾\n牵头单位：县水务局\n配合单位：各乡镇人民政府\n"
                   "完成时限：2019年6月底\n\n"
                   "　　另外，开展沿河餐馆油烟治理，由县环保局牵头，县商务局、县城管局配合，重点治理直排。\n")
    got = run(text)
    assert ("开展沿河餐馆油烟治理", "lead", "县环保局") in got
    assert ("开展沿河餐馆油烟治理", "support", "县城管局") in got
    assert not any(task == "另外" for task, _, _ in got)


def test_space_aligned_table_whose_last_cell_holds_two_bodies():
    """``4  某任务  甲局  乙局  丙局`` under ``序号  目标任务  责任单位  配合单位``: the extra cell is the
    配合 cell's second body, not a row to drop."""
    text = HEAD + ("    一、目标任务及责任分解\n\n"
                   "    序号  目标任务                责任单位        配合单位\n"
                   "    1     清淤河道三十公里        县水务局        各乡镇人民政府\n"
                   "    2     新建护岸八公里          县交通局        ——\n"
                   "    3     栽植护堤林二千亩        县农业局        县林业局  县水务局\n\n"
                   "    二、附则\n")
    got = run(text)
    assert ("栽植护堤林二千亩", "responsible", "县农业局") in got
    assert ("栽植护堤林二千亩", "support", "县林业局") in got
    assert ("栽植护堤林二千亩", "support", "县水务局") in got


def test_a_grain_depot_listed_after_the_first_unit_that_leads():
    """``（甲局、乙局、某直属库。排名第一的为牵头单位)``: a 直属库 is a body like the others."""
    text = ("江川市人民政府关于落实粮食安全责任制的实施意见\n各县区人民政府，市直各单位：\n"
            "（一）增强粮食安全意识。要把粮食安全放在突出位置。（市发改委、市农业农村局、中储粮江川直属库。"
            "排名第一的为牵头单位，下同）\n"
            "（二）稳定粮食播种面积。严守耕地红线。（市农业农村局、市自然资源局）\n")
    got = run(text)
    assert ("增强粮食安全意识", "lead", "市发改委") in got
    assert ("增强粮食安全意识", "responsible", "中储粮江川直属库") in got


def test_a_duty_in_the_plans_assessment_section_is_no_task():
    """``四、考核办法 / （一）厅某处负责年终考核汇总``: how the plan is checked, no task of it."""
    text = ("江川省农业厅关于印发蔬菜生产工作方案的通知\n川农发〔1998〕5号\n"
            "三、工作措施\n（一）推广适用技术。由厅科教处负责，省农技推广站配合。\n"
            "（二）加强质量监测。由省农业环境监测站负责，厅经作处配合。\n"
            "四、考核办法\n（一）厅计划财务处负责年终考核汇总，考核结果报厅党组。\n")
    got = run(text)
    assert ("推广适用技术", "responsible", "厅科教处") in got
    assert not any(agency == "厅计划财务处" for _, _, agency in got)


def test_the_duties_of_the_group_a_notice_sets_up_are_no_task():
    """``关于成立某某委员会的通知 … 某某委员会负责研究制定…``: the group's remit, not a task assigned."""
    text = ("江川学院关于成立教风建设委员会的通知\n各学院、各部门：\n"
            "为加强教风建设，学校决定成立教风建设委员会，组成人员如下：\n主任：王一平　校长\n"
            "委员会下设办公室，办公室设在教务处。\n"
            "教风建设委员会负责研究制定学校教风建设规划，审议教风建设重大事项。\n")
    got = run(text)
    assert not any(agency == "教风建设委员会" for _, _, agency in got)
