"""Task assignments as real pages print them (round 40, helper f): a task table flattened to a cell a line whose
merged heading 责任单位 spans the role columns under it (牵头 / 配合); a sharing site's chunk numbers (2、 3、) cutting
a document's lines mid-sentence; a rule's duty given to the cities of a kind (沿海设区市某主管部门); a duty after a
clause on the body's standing (某公司经省批准行使…职能，负责…)."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def _facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def run(text: str) -> set[tuple[str, str, str]]:
    return {(a.task, a.role, a.agency) for a in _facts(text).of(Assignment)}


_PLAN_HEAD = ("青山新区管理委员会关于印发青山新区营商环境提升行动方案的通知\n青新管发〔2023〕4号\n"
              "新区各局，有关单位：\n现将《青山新区营商环境提升行动方案》印发给你们，请认真抓好落实。\n"
              "青山新区管理委员会\n2023年5月8日\n青山新区营商环境提升行动方案\n一、重点任务\n")

#: the second header row printed whole: the cells spanning both rows printed again (as a Word table's rowspan)
_REPEATED = ("序号\n重点任务\n责任单位\n完成时限\n序号\n重点任务\n牵头\n配合\n完成时限\n"
             "1\n推行企业开办一窗通办\n新区行政审批局\n新区市场监管局、新区税务局\n2023年6月\n"
             "2\n建设物流信息平台\n新区经济发展局\n/\n2023年9月\n")
#: only the second row's own cells after the first row (a copy that printed each merged cell once)
_OWN_CELLS = ("序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
              "1\n推行企业开办一窗通办\n新区行政审批局\n新区市场监管局、新区税务局\n2023年6月\n"
              "2\n建设物流信息平台\n新区经济发展局\n/\n2023年9月\n")


def test_a_merged_heading_over_role_columns_gives_each_its_own_role():
    for table in (_REPEATED, _OWN_CELLS):
        got = run(_PLAN_HEAD + table + "二、保障措施\n新区经济发展局负责建立任务台账。\n")
        assert got == {("推行企业开办一窗通办", "lead", "新区行政审批局"),
                       ("推行企业开办一窗通办", "support", "新区市场监管局"),
                       ("推行企业开办一窗通办", "support", "新区税务局"),
                       ("建设物流信息平台", "lead", "新区经济发展局")}, table


def test_a_sharing_sites_chunk_numbers_cutting_a_task_are_no_items():
    """（三）加强乡村教师 / 3、队伍建设。…（牵头单位：…）: the chunk's number cut the heading; the task is whole."""
    text = ("青川县教育局关于印发青川县2021年乡村教育提升行动方案的通知.pdf\n"
            "1、青教发[2021]7号青川县教育局关于印发青川县2021年乡村教育提升行动方案的通知各乡镇中心学校：现将《青川县"
            "2021年乡村教育提升行动方案》印发给你们，请认真贯彻落实。\n青川县教育局\n2021年3月2日\n"
            "青川县2021年乡村教育提升行动方案为进一步提升乡村教育质量，结合我县实际，制定本方案。一、工作目标到2021年底，"
            "全县乡村学校\n"
            "2、全部达到办学基本标准。二、重点任务（一）改善乡村学校办学条件。完成5所学校校舍改造。（牵头单位：县教育局"
            "计财股；配合单位：县财政局）（二）推进集团化办学。组建三个教育集团，推动优质资源共享。（牵头单位：县教育局基教股）"
            "（三）加强乡村教师\n"
            "3、队伍建设。每所学校至少补充1名音体美教师。（牵头单位：县教育局人事股；配合单位：县委编办）三、保障措施"
            "（一）加强组织领导。县教育局基教股负责\n"
            "4、方案的统筹推进和定期调度。（二）强化督导考核。将本方案落实情况纳入年度考核。\n")
    got = run(text)
    assert ("加强乡村教师队伍建设", "lead", "县教育局人事股") in got
    assert ("加强乡村教师队伍建设", "support", "县委编办") in got
    assert not any(task in ("队伍建设", "加强组织领导") for task, _, _ in got)


def test_the_cities_of_a_kind_in_a_rules_division_of_duties():
    """沿海设区市渔业主管部门负责…: the cities of a kind, one body as printed, beside the named bodies."""
    text = ("青海湾省渔业局关于印发青海湾省渔港管理办法的通知\n青渔规〔2022〕3号\n"
            "第三条　省渔业局负责全省渔港的监督管理工作；沿海设区市渔业主管部门负责本行政区域内渔港的日常管理；"
            "省渔港服务中心负责提供渔港信息服务。\n第四条　本办法由省渔业局负责解释。\n")
    got = run(text)
    assert ("负责本行政区域内渔港的日常管理", "responsible", "沿海设区市渔业主管部门") in got
    assert ("负责全省渔港的监督管理工作", "responsible", "省渔业局") in got
    assert not any("解释" in task for task, _, _ in got)


def test_a_duty_after_a_clause_on_the_bodys_standing():
    """某公司经省批准行使全市某管理职能，负责…，某办公室负责…: the clause between the body and its duty is no
    part of either."""
    text = ("青原市糖业管理办法\n青政发〔1995〕6号\n"
            "第三条 青原糖业(集团)公司经省批准行使全市糖业管理职能,负责本办法的组织实施,市糖业管理办公室负责日常的"
            "糖业管理工作。\n第四条 糖业资源属国家所有。\n")
    got = run(text)
    assert ("负责本办法的组织实施", "responsible", "青原糖业(集团)公司") in got
    assert ("负责日常的糖业管理工作", "responsible", "市糖业管理办公室") in got
