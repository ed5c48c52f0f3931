"""Task assignments as real pages print them (made-up text): a division of duties in prose or a body to a
line, a page that opens inside a task list, a box table cut inside its last row, box cells that are
sentences."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


def test_division_of_duties_in_one_paragraph():
    text = ("三、工作措施\n"
            "(一)统一领导。在县政府的统一领导下,县商务局、县供销社对全县农贸市场改造工作总负责、总协调,各乡镇也要明确专人。\n"
            "(二)分工负责。县商务局负责编制改造计划;县市场监管局负责市场秩序整治;县住建局、县自然资源局负责用地和建设审批;"
            "县卫健局、县农业农村局分别负责食品卫生、农产品检测;县交通运输局等负责周边道路改造;各乡镇负责辖区内市场改造,落实属地责任。\n")
    got = rows(text)
    assert ("对全县农贸市场改造工作总负责、总协调", "responsible", "县商务局") in got
    assert ("对全县农贸市场改造工作总负责、总协调", "responsible", "县供销社") in got
    assert ("负责编制改造计划", "responsible", "县商务局") in got
    assert ("负责用地和建设审批", "responsible", "县自然资源局") in got
    assert ("分别负责食品卫生、农产品检测", "responsible", "县农业农村局") in got
    assert ("负责周边道路改造", "responsible", "县交通运输局") in got
    assert ("负责辖区内市场改造", "responsible", "各乡镇") in got
    assert not any(a in ("县政府", "各乡镇也要明确专人") and t.startswith("对") for t, _, a in got)


def test_division_of_duties_a_body_to_a_line_with_a_lead():
    text = ("具体分工如下:\n"
            "区卫健部门作为牵头责任单位,负责制定全区健康驿站建设标准,统筹推进。\n"
            "区财政部门负责落实建设补助资金,加强监管。\n"
            "区民政部门负责会同各街道,做好选址工作。\n"
            "区总工会负责组织职工参与驿站服务。\n"
            "领导小组办公室设在区卫健局,负责日常工作。\n")
    got = rows(text)
    assert ("负责制定全区健康驿站建设标准", "lead", "区卫健部门") in got
    assert ("负责落实建设补助资金", "responsible", "区财政部门") in got
    assert ("负责会同各街道", "responsible", "区民政部门") in got
    assert ("负责组织职工参与驿站服务", "responsible", "区总工会") in got
    assert not any("小组" in a or "设在" in a for _, _, a in got)


def test_two_duty_lines_under_a_heading_of_duties():
    text = ("(三)职责分工\n"
            "镇党建办(镇宣传办):负责组织发动党员参与志愿服务,做好宣传。\n"
            "镇财政所:负责保障活动经费\n")
    got = rows(text)
    assert got == {("负责组织发动党员参与志愿服务", "responsible", "镇党建办"),
                   ("负责保障活动经费", "responsible", "镇财政所")}


def test_lone_duty_sentence_gives_no_row():
    text = ("一、加强宣传。县融媒体中心负责专题报道,扩大影响。\n"
            "二、强化督查。县督查室负责跟踪问效。\n")
    assert rows(text) == set()


def test_page_opening_inside_a_task_list():
    text = ("扩大公共停车场电动车位供给,新建停车场按不低于20%比例配建,既有停车场逐步改造。"
            "(责任单位:市交通运输局、市城管局,完成时限:2024年6月)\n")
    got = rows(text)
    assert got == {("扩大公共停车场电动车位供给", "responsible", "市交通运输局"),
                   ("扩大公共停车场电动车位供给", "responsible", "市城管局")}


BOX = """┌──┬──────┬──────────────────┬──────┐
│序号│责任单位    │任务目标                          │完成时间    │
├──┼──────┼──────────────────┼──────┤
│ 1  │ 东城区     │1.新建口袋公园3个,每个不少于800平方米。 │2025.10.31  │
│    │            ├──────────────────┼──────┤
│    │            │2.提升改造背街小巷12条。             │2025.06.30  │
│    │            ├──────────────────┼──────┤
│    │            │3.完成老旧小区绿化补植,重点补"""


def test_box_table_sentence_cells_and_a_row_cut_by_the_page():
    got = rows(BOX)
    assert ("新建口袋公园3个", "responsible", "东城区") in got
    assert ("提升改造背街小巷12条", "responsible", "东城区") in got
    assert ("完成老旧小区绿化补植", "responsible", "东城区") in got


def test_box_table_heading_cell_keeps_its_comma():
    text = """┌──────────────┬──────┐
│工作任务                    │牵头单位    │
├──────────────┼──────┤
│稳定粮食生产,保障市场供应   │县农业农村局│
├──────────────┼──────┤
│△全年粮食播种面积稳定在40万亩│            │
└──────────────┴──────┘"""
    got = rows(text)
    assert ("稳定粮食生产,保障市场供应", "lead", "县农业农村局") in got


PIPED = """任务 类别 | 考核 标准 | 工作措施 | 责任单位 或牵头单位 | 协助 单位 | 完成 时限 |
水 体 治 理 | 1、河道水质稳步改善,断面达标。 | 开展河道清淤,截污纳管。 | 县水利局 | 县住建局
县生态环境分局 | 2025年6月底前 |
2、农村黑臭水体基本消除,长效管护。 | 推进农村污水处理设施建设。 | 县农业农村局 县住建局 | 各乡镇 | 2025年9月底前 |
3、饮用水源地保护到位。 | 划定保护区并设立标志。 | 县生态环境分局
|
"""


def test_piped_rows_broken_over_lines_and_rows_without_their_category():
    got = rows(PIPED)
    assert got == {
        ("河道水质稳步改善", "lead", "县水利局"), ("河道水质稳步改善", "support", "县住建局"),
        ("河道水质稳步改善", "support", "县生态环境分局"),
        ("农村黑臭水体基本消除", "lead", "县农业农村局"), ("农村黑臭水体基本消除", "lead", "县住建局"),
        ("农村黑臭水体基本消除", "support", "各乡镇"),
        ("饮用水源地保护到位", "lead", "县生态环境分局")}


def test_website_footer_sponsor_is_no_assignment():
    text = ("某县召开乡村旅游推进会\n会议要求各乡镇抓好落实。\n"
            "主办单位:某某县融媒体中心\n地    址:某某县人民路1号\n邮    编:100000\n")
    assert rows(text) == set()


def test_body_leading_the_whole_work_of_a_notice():
    text = ("关于做好全县古树名木普查工作的通知\n某林办〔2019〕3号\n各乡镇人民政府:\n"
            "  县政府决定,今年开展全县古树名木普查。各乡镇要认真组织,按时上报。\n"
            "  此次普查工作由县林业局牵头。各乡镇在普查中有何问题,可及时向县林业局反映。\n")
    assert rows(text) == {("做好全县古树名木普查工作", "lead", "县林业局")}


def test_whole_work_lead_needs_a_notice_about_a_work():
    text = ("关于印发某某工作方案的通知\n各乡镇:\n这项工作由县林业局牵头。\n")
    assert rows(text) == set()


def test_action_heading_run_into_its_text():
    text = ("某县促进乡村旅游发展行动方案 (一)实施民宿提质行动引导民宿集群发展,对评为精品民宿的给予奖励,"
            "(责任单位:县文旅局、县财政局)(二)实施“旅游+”融合行动推广行动培育研学旅游基地,打造精品线路,(责任单位:县文旅局、县教育局)")
    got = rows(text)
    assert ("实施民宿提质行动", "responsible", "县文旅局") in got
    assert ("实施“旅游+”融合行动推广行动", "responsible", "县教育局") in got


def test_action_plan_heading_keeps_its_words():
    got = rows("(一)开展清河行动计划编制。(责任单位:县水利局)\n")
    assert got == {("开展清河行动计划编制", "responsible", "县水利局")}


def test_two_duty_clauses_before_a_heading_of_duties_give_no_row():
    text = ("(一)加强宣传。县融媒体中心负责专题报道,扩大影响。\n"
            "(二)强化督查。县督查室负责跟踪问效。\n"
            "(三)职责分工\n各乡镇要按照属地原则抓好落实。\n")
    assert rows(text) == set()
