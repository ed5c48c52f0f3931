"""Plans as real pages print them (round 45): a task table whose first task column is the tasks' kind (任务类别),
a note counting the units that lead together; an item's roles in prose without a lead (``X负责，Y、Z配合``); a
post whose item runs its labelled cells together (``某任务牵头单位:X配合单位:Y、Z完成时间:9月底``); mobile cards whose work field is a sentence; a closing line on who oversees the items."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def rows(text: str) -> set[tuple[str, str, str]]:
    return {(a.task, a.role, a.agency) for a in facts(text).of(Assignment)}


def test_a_task_table_with_a_column_of_kinds():
    """序号 / 工作类别 / 具体任务 / 牵头处室 / 配合单位: the kind (一网通办) spans rows, the task is the next column's;
    a note that counts the units leading together (两个处室共同牵头) names no body."""
    text = ("某省统计局关于印发2021年统计数据质量重点任务分工的通知\n某统发〔2021〕5号\n各处室：\n现印发给你们。\n"
            "某省统计局\n2021年3月1日\n附件\n2021年统计数据质量重点任务分工表\n"
            "序号\t工作类别\t具体任务\t责任单位\t\t完成时限\n"
            "序号\t工作类别\t具体任务\t牵头处室\t配合单位\t完成时限\n"
            "1\t数据采集\t完善联网直报审核规则\t综合处\t省统计数据中心、各市统计局\t2021年6月底\n"
            "2\t数据采集\t开展企业名录库核查\t综合处、普查中心\t—\t2021年9月底\n"
            "3\t执法检查\t组织统计执法双随机抽查\t法规处\t各市统计局\t2021年11月底\n"
            "注：表中“牵头处室”栏列有两个处室的，两个处室共同牵头。\n")
    assert rows(text) == {
        ("完善联网直报审核规则", "lead", "综合处"), ("完善联网直报审核规则", "support", "省统计数据中心"),
        ("完善联网直报审核规则", "support", "各市统计局"), ("开展企业名录库核查", "lead", "综合处"),
        ("开展企业名录库核查", "lead", "普查中心"), ("组织统计执法双随机抽查", "lead", "法规处"),
        ("组织统计执法双随机抽查", "support", "各市统计局")}


def test_an_item_with_one_body_answering_and_others_helping():
    """（二）某任务。X负责，Y、Z配合，某月底前完成。: X responsible, Y and Z support (no body leads) — X an office
    too (县政府办公室), which a sentence's opening duty does not take for a body of its own."""
    text = ("某县人民政府办公室关于印发某县2006年档案信息化工作方案的通知\n某政办〔2006〕12号\n各乡镇人民政府：\n"
            "现印发给你们。\n某县人民政府办公室\n二○○六年三月二日\n某县2006年档案信息化工作方案\n二、主要任务\n"
            "（一）建设档案目录数据库。由县档案局牵头，县财政局配合，2006年6月底前完成。\n"
            "（二）推进文书档案数字化。县政府办公室负责，各乡镇人民政府、县直各部门配合，2006年10月底前完成。\n"
            "三、保障措施\n县财政局负责落实经费。\n")
    assert rows(text) == {
        ("建设档案目录数据库", "lead", "县档案局"), ("建设档案目录数据库", "support", "县财政局"),
        ("推进文书档案数字化", "responsible", "县人民政府办公室"), ("推进文书档案数字化", "support", "各乡镇人民政府"),
        ("推进文书档案数字化", "support", "县直各部门")}


def test_items_with_their_labelled_cells_run_together():
    """1.某任务牵头单位:X配合单位:Y、Z完成时间:9月底 — the label glued to the task is no part of it, the deadline's
    label glued to the last body no part of that body; a ``/`` cell gives no row."""
    text = ("某市人民政府办公室关于印发某市粮食系统改革任务分解意见的通知\n某市政办发〔1998〕21号\n"
            "某市粮食系统改革任务分解意见\n现将任务分解如下：\n"
            "1.核定粮站人员编制牵头单位:市编委办配合单位:市粮食局、市财政局完成时间:9月底\n"
            "2.清理粮站挂账牵头单位:市财政局配合单位:/完成时间:10月底\n"
            "各牵头单位要主动协调，配合单位要积极支持。\n")
    assert rows(text) == {
        ("核定粮站人员编制", "lead", "市编委办"), ("核定粮站人员编制", "support", "市粮食局"),
        ("核定粮站人员编制", "support", "市财政局"), ("清理粮站挂账", "lead", "市财政局")}


def test_cards_whose_work_field_is_a_sentence():
    """序号：N / 重点任务：X / 工作内容：…。 / 牵头单位：Y / 配合单位：Z — every card, the last one too, gives its rows."""
    text = ("某市2025年林业重点工作任务清单\n\n序号：1\n重点任务：推进森林抚育\n工作内容：完成抚育面积2万亩。\n"
            "牵头单位：市林业局\n配合单位：市财政局\n完成时限：2025年10月底\n\n序号：2\n重点任务：加强林草防火\n"
            "工作内容：建设防火通道30公里。\n牵头单位：市应急管理局\n配合单位：市林业局、各县（区）人民政府\n"
            "完成时限：2025年12月底\n")
    assert rows(text) == {
        ("推进森林抚育", "lead", "市林业局"), ("推进森林抚育", "support", "市财政局"),
        ("加强林草防火", "lead", "市应急管理局"), ("加强林草防火", "support", "市林业局"),
        ("加强林草防火", "support", "各县(区)人民政府")}


def test_a_body_that_oversees_the_items_has_no_task():
    """某办负责跟踪督促 after a plan's table: who oversees the items, no task of its own."""
    text = ("某省商务厅关于印发2022年外贸重点任务分工的通知\n某商发〔2022〕3号\n"
            "序号\t重点任务\t牵头单位\t配合单位\n1\t建设跨境电商综合试验区\t省商务厅\t省财政厅\n"
            "各责任单位要按时推进工作。省口岸办负责跟踪督促，年底汇总通报。\n")
    assert rows(text) == {("建设跨境电商综合试验区", "lead", "省商务厅"), ("建设跨境电商综合试验区", "support", "省财政厅")}
