"""Task assignments in the shapes of round 35: a task table exported one row a line of ``label:value``
fields cut by semicolons."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "白河市统计局关于印发2023年统计执法检查工作方案的通知\n白统发〔2023〕4号\n" \
       "局机关各科室，各县（区）统计局：\n现将《2023年统计执法检查工作方案》印发给你们，请认真抓好落实。\n"


def test_keyed_row_lines_keep_labels_out_of_the_task():
    """序号:1;任务:X;牵头科室:A;配合科室:B、C;完成时限:…: the task is X, not 序号:1;任务:X nor the heading."""
    body = ("一、重点任务及分工\n"
            "序号:1;任务:开展统计数据质量核查;牵头科室:局执法监督科;配合科室:局综合科、局农业科;完成时限:6月底前\n"
            "序号:2;任务:建立统计违法案件台账;牵头科室:局法规科;配合科室:/;完成时限:长期坚持\n"
            "二、保障措施\n各科室要高度重视，认真落实。\n")
    assert rows(HEAD + body) == {("开展统计数据质量核查", "lead", "局执法监督科"),
                                 ("开展统计数据质量核查", "support", "局综合科"),
                                 ("开展统计数据质量核查", "support", "局农业科"),
                                 ("建立统计违法案件台账", "lead", "局法规科")}


def test_note_on_the_first_unit_inside_an_items_labelled_brackets():
    """(责任单位:X、Y、Z,排名第一位的为牵头单位) governs that item alone: X leads there; an item below with one
    unit, (责任单位:W), has W responsible, not leading."""
    body = ("一、重点任务\n(一)清理河道漂浮物。对主要河道开展集中清理。(责任单位:市水利局、市城管局、各镇人民政府,"
            "排名第一位的为牵头单位)\n(二)整治农田残膜。(责任单位:市农业局)\n")
    assert rows(HEAD + body) == {("清理河道漂浮物", "lead", "市水利局"), ("清理河道漂浮物", "responsible", "市城管局"),
                                 ("清理河道漂浮物", "responsible", "各镇人民政府"),
                                 ("整治农田残膜", "responsible", "市农业局")}


def test_site_sponsor_and_host_line_is_no_assignment():
    """主办:某县人民政府办公室  承办:某县融媒体中心 at a page's foot names who runs the website."""
    body = ("一、重点任务\n(一)整治农田残膜。(责任单位:市农业局)\n二、保障措施\n(一)强化督查考核。市督查室将此项工作纳入督查。\n\n"
            "主办:白河市人民政府办公室  承办:白河市融媒体中心\n")
    assert rows(HEAD + body) == {("整治农田残膜", "responsible", "市农业局")}


def test_table_with_cells_parted_by_one_blank_and_a_cell_of_two_leads():
    """序号 重点任务 牵头单位 配合单位 完成时限 / 2 某任务 县甲局、县乙局 — 12月底: both lead; a dash or / is no unit."""
    body = ("二、重点任务及责任分工\n序号 重点任务 牵头单位 配合单位 完成时限\n"
            "1 整治集镇街道 市住建局 市城管局、市交通局 2023年12月底\n"
            "2 发展庭院经济 市农业局、市林业局 — 2023年12月底\n3 加强水质监测 市生态环境局 / 2024年1月底\n三、保障措施\n")
    assert rows(HEAD + body) == {("整治集镇街道", "lead", "市住建局"), ("整治集镇街道", "support", "市城管局"),
                                 ("整治集镇街道", "support", "市交通局"), ("发展庭院经济", "lead", "市农业局"),
                                 ("发展庭院经济", "lead", "市林业局"), ("加强水质监测", "lead", "市生态环境局")}


RULE = "白河省翻译人员管理办法\n第一条 为规范翻译人员管理，制定本办法。\n"


def test_article_duties_of_bodies_named_by_their_line_of_work_or_the_units_they_oversee():
    """第四条 省甲委负责…。 / 市(州)某工作部门负责…； 事业单位主管部门负责…: each body named as printed has its duty."""
    body = ("第四条 省民族事务委员会负责全省翻译人员的统筹管理；市(州)民族事务工作部门负责本行政区域内翻译人员的登记和考核；"
            "事业单位主管部门负责所属单位翻译人员考核结果的审核。\n第五条 本办法自发布之日起施行。\n")
    got = rows(RULE + body)
    assert ("负责本行政区域内翻译人员的登记和考核", "responsible", "市(州)民族事务工作部门") in got
    assert ("负责所属单位翻译人员考核结果的审核", "responsible", "事业单位主管部门") in got


def test_a_run_on_requirements_section_with_a_colon_allocates_no_task():
    """…（县审计局负责）。七、工作要求：各单位要…，县水利局负责汇总进度，…: how the plan is run, no task."""
    body = ("一、完成水源工程建设。责任单位：县水利局。二、开展跟踪审计（县审计局负责）。三、工作要求：各责任单位要明确"
            "具体责任人，县水利局负责汇总进度，每月5日前报县人民政府。\n")
    got = rows(HEAD + body)
    assert not any(t == "负责汇总进度" for t, _, _ in got)
    assert ("开展跟踪审计", "responsible", "县审计局") in got


def test_items_numbered_with_an_ideographic_full_stop():
    """1。某任务。… (X牵头，Y配合) / 2。某任务。…由X牵头，Y配合。 / 3。某任务。牵头单位：X；配合单位：Y。"""
    body = ("一、重点任务\n1。整治集镇街道。年内完成主街改造。（市住建局牵头，市城管局配合）\n"
            "2。强化资金保障。落实补助资金，由市财政局牵头，市审计局配合。\n"
            "3。严格质量管理。推行监理制。牵头单位：市质监站；配合单位：市住建局。\n二、保障措施\n")
    assert rows(HEAD + body) == {("整治集镇街道", "lead", "市住建局"), ("整治集镇街道", "support", "市城管局"),
                                 ("强化资金保障", "lead", "市财政局"), ("强化资金保障", "support", "市审计局"),
                                 ("严格质量管理", "lead", "市质监站"), ("严格质量管理", "support", "市住建局")}


def test_ascii_drawn_table_whose_unit_cells_wrap():
    """+----+ rules, | between cells, a unit cell wrapped mid-name (县水利局、青石镇人 / 民政府): each cell whole."""
    body = ("二、任务分解\n各项任务责任单位见下表，责任单位栏排名第一位的为牵头单位。\n"
            "+----+------------------+------------------+----------+\n"
            "|序号| 工 程 任 务      | 责 任 单 位      | 完成时限 |\n"
            "+----+------------------+------------------+----------+\n"
            "| 1  | 青石镇集中供水工程 | 县水利局、青石镇人 | 2003年6月|\n"
            "|    |                  | 民政府           |          |\n"
            "+----+------------------+------------------+----------+\n"
            "| 2  | 水质检测         | 县卫生局、县环保 | 2003年8月|\n"
            "|    |                  | 局               |          |\n"
            "+----+------------------+------------------+----------+\n"
            "三、保障措施\n")
    assert rows(HEAD + body) == {("青石镇集中供水工程", "lead", "县水利局"),
                                 ("青石镇集中供水工程", "responsible", "青石镇人民政府"),
                                 ("水质检测", "lead", "县卫生局"), ("水质检测", "responsible", "县环保局")}


def test_duties_after_a_short_sentence_announcing_the_division():
    """进一步明确工作分工。规划处负责…，省研究院负责…。 in a news report: the bodies' duties are assignments."""
    text = ("省水利厅进一步强化水利规划编制工作\n2015-03-02\n进一步明确规划编制工作分工。规划处负责规划编制组织协调工作，"
            "省水科院负责规划文本技术审查工作。各市水利局按时提报研究报告。\n")
    got = rows(text)
    assert ("负责规划编制组织协调工作", "responsible", "规划处") in got
