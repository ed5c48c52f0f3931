"""Task assignments as plans print them (round 34): a ``｜`` table whose header names its roles by bare
role words (牵头 / 参与), a cell split by ／ or <br>, the lead marked ★ ...."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


HEAD = "江川省农业厅关于印发乡村产业提升实施方案的通知\n川农发〔2022〕7号\n各市农业局，厅机关各处室：\n"


def test_piped_table_with_bare_role_words_in_its_header():
    """``序号｜重点任务｜牵头｜参与`` (a note says 牵头 is the lead office, 参与 the supporting ones): bare
    role words head the role columns; a row wrapped over lines, its last cell broken after 、, is one row."""
    text = HEAD + "乡村产业提升实施方案\n　　一、重点任务\n　　重点任务分工如下（表中“牵头”为牵头处室，“参与”为配合处室）：\n" \
                  "　　序号｜重点任务｜牵头｜参与\n" \
                  "　　1｜建立产业项目储备库｜计划财务处｜办公室、科技教育处\n" \
                  "　　2｜完善农产品质量追溯\n　　　体系｜质量安全监管处｜市场信息处、\n　　　　　　　　　　法规处\n" \
                  "　　3｜开展农技人员培训｜人事处｜—\n" \
                  "　　二、组织实施\n　　办公室负责统筹协调。\n"
    got = run(text)
    assert {r for r in got if r[0] != "组织实施"} >= {
        ("建立产业项目储备库", "lead", "计划财务处"), ("建立产业项目储备库", "support", "办公室"),
        ("建立产业项目储备库", "support", "科技教育处"), ("完善农产品质量追溯体系", "lead", "质量安全监管处"),
        ("完善农产品质量追溯体系", "support", "市场信息处"), ("完善农产品质量追溯体系", "support", "法规处"),
        ("开展农技人员培训", "lead", "人事处")}


def test_bracketed_task_records_with_arrow_fields():
    """``【任务1】某任务`` over ``牵头单位→甲;乙`` / ``配合单位→丙``: each record a task, its fields' bodies split
    by ``;``, a field reading ``（无）`` giving no row."""
    text = HEAD + "乡村产业提升实施方案\n一、主要任务\n（各项任务的责任单位如下，“→”后为单位名称）\n" \
                  "【任务1】推进高标准农田建设\n牵头单位→省农业厅\n配合单位→省财政厅;省水利厅\n" \
                  "【任务2】落实耕地保护补贴\n牵头单位→省财政厅;省自然资源厅\n配合单位→（无）\n" \
                  "【任务3】推进农村电网改造\n牵头单位→省能源局\n配合单位→江川电力有限公司\n" \
                  "二、保障措施\n（一）加强领导。各市要高度重视。\n"
    assert run(text) == {("推进高标准农田建设", "lead", "省农业厅"), ("推进高标准农田建设", "support", "省财政厅"),
                         ("推进高标准农田建设", "support", "省水利厅"), ("落实耕地保护补贴", "lead", "省财政厅"),
                         ("落实耕地保护补贴", "lead", "省自然资源厅"), ("推进农村电网改造", "lead", "省能源局"),
                         ("推进农村电网改造", "support", "江川电力有限公司")}


def test_prefectures_office_and_a_city_government_are_two_bodies():
    """``（各地区行政公署、某市人民政府负责）``: a collective ending in 公署 is a whole body, the next one another."""
    text = HEAD + "乡村产业提升实施方案\n一、主要任务\n（一）强化资金保障。配套资金按规定落实到位（各地区行政公署、江川市人民政府负责）。\n"
    assert run(text) == {("强化资金保障", "responsible", "各地区行政公署"), ("强化资金保障", "responsible", "江川市人民政府")}


def test_one_column_of_lead_and_support_split_by_a_slash():
    """``责任单位（牵头／配合）`` (a note says the body before ／ leads): each cell cut at its slash, a cell's
    ``<br>`` a break between two supporting bodies, ``／—`` no supporting body."""
    html = ("<html><head><title>关于印发养老服务提升方案的通知</title></head><body>"
            "<p>江川省民政厅关于印发养老服务提升方案的通知</p><p>川民发〔2020〕3号</p>"
            "<p>重点任务及责任分工见下表（责任单位栏“／”前为牵头单位，“／”后为配合单位）。</p>"
            "<table border=1><tr><td>序号</td><td>重点任务</td><td>责任单位（牵头／配合）</td><td>完成时限</td></tr>"
            "<tr><td>1</td><td>建设街道养老服务中心</td><td>养老服务处／规划财务处<br>各市民政局</td><td>2020年9月底</td></tr>"
            "<tr><td>2</td><td>开展护理员培训</td><td>人事处／—</td><td>每年</td></tr></table></body></html>")
    got = extract(RawNotice(source="inline.html", index=0, text=html, meta={}))
    rows = {(a.task, a.role, a.agency) for a in got.of(Assignment)}
    assert rows == {("建设街道养老服务中心", "lead", "养老服务处"), ("建设街道养老服务中心", "support", "规划财务处"),
                    ("建设街道养老服务中心", "support", "各市民政局"), ("开展护理员培训", "lead", "人事处")}


def test_items_with_their_bodies_after_a_gap_the_lead_starred():
    """``1.某任务　　★甲、乙`` (责任单位中标★者为牵头单位): a table printed without rules; the starred body leads,
    the others are responsible."""
    text = HEAD + "乡村产业提升实施方案\n　　一、任务分工（责任单位中标★者为牵头单位）\n" \
                  "　　1.建设农产品冷链仓储　　★县商务局、县农业局\n" \
                  "　　2.培育农业龙头企业　　★县工信局、县财政局、各乡镇人民政府\n" \
                  "　　二、工作要求　县农业局负责统筹推进，每季度通报一次进度。\n"
    got = {r for r in run(text) if r[0] in ("建设农产品冷链仓储", "培育农业龙头企业")}
    assert got == {("建设农产品冷链仓储", "lead", "县商务局"), ("建设农产品冷链仓储", "responsible", "县农业局"),
                   ("培育农业龙头企业", "lead", "县工信局"), ("培育农业龙头企业", "responsible", "县财政局"),
                   ("培育农业龙头企业", "responsible", "各乡镇人民政府")}


def test_a_label_reading_none_in_brackets_gives_no_row():
    """``配合单位：（无）``: a placeholder, no body."""
    text = HEAD + "乡村产业提升实施方案\n一、主要任务\n1.建立农产品检测体系\n牵头单位：省卫生厅\n配合单位：（无）\n" \
                  "2.推进农村电网改造\n牵头单位：省能源局\n配合单位：省电力公司\n"
    assert run(text) == {("建立农产品检测体系", "lead", "省卫生厅"), ("推进农村电网改造", "lead", "省能源局"),
                         ("推进农村电网改造", "support", "省电力公司")}


def test_done_by_one_body_with_support_then_more_of_the_item():
    """``由X负责，Y、Z配合，每年…``: X responsible, Y and Z support, though a clause follows the 配合."""
    text = HEAD + "乡村产业提升实施方案\n　　一、重点任务\n" \
                  "　　（一）培育农业龙头企业。由县工信局负责，县发改局、县自然资源局配合，每年培育龙头企业2家。\n"
    task = "培育农业龙头企业"
    assert run(text) == {(task, "responsible", "县工信局"), (task, "support", "县发改局"), (task, "support", "县自然资源局")}



def test_table_cell_of_bodies_split_by_a_semicolon_and_a_space():
    """``省甲局； 各市乙局``: a semicolon and a space between two bodies make one break, not a sentence."""
    html = ("<html><body><p>江川省海洋与渔业厅关于开展渔业安全大检查的通知</p><p>川海渔发〔2011〕3号</p>"
            "<p>各项任务的牵头处室和配合单位见下表：</p><table border=1>"
            "<tr><td>序号</td><td>工作任务</td><td>牵头处室</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>渔船救生设备核查</td><td>渔船检验处</td><td>省渔船检验局； 各市海洋与渔业局</td></tr>"
            "<tr><td>2</td><td>国有林场防火检查</td><td>防火办</td><td>各林场</td></tr>"
            "</table></body></html>")
    got = extract(RawNotice(source="inline.html", index=0, text=html, meta={}))
    rows = {(a.task, a.role, a.agency) for a in got.of(Assignment)}
    assert rows == {("渔船救生设备核查", "lead", "渔船检验处"), ("渔船救生设备核查", "support", "省渔船检验局"),
                    ("渔船救生设备核查", "support", "各市海洋与渔业局"), ("国有林场防火检查", "lead", "防火办"),
                    ("国有林场防火检查", "support", "各林场")}


def test_a_masked_place_name_is_no_lead_mark():
    """``落實單位:民政局、**鎮各社區``: stars standing for a masked place's name keep it as printed, and responsible
    (a single star before a body, *县甲局, still marks the lead where the notice says so)."""
    text = "關於創建文明縣城的實施方案\n活動一、開展文明社區創建活動。\n1、在社區內建立各種文化組織,培育有特色的社區文化。\n" \
           "落實單位:文體局、**鎮各社區\n2、社區居委會要開展便民利民服務。\n落實單位:民政局、**鎮各社區\n"
    got = run(text)
    assert ("在社區內建立各種文化組織", "responsible", "**鎮各社區") in got
    assert not any(role == "lead" for _, role, _ in got)


def test_work_done_by_drops_the_writers_own_place():
    """``我市某某工作由X牵头负责``: the task is the work, without 我市."""
    text = "关于市政协十届五次会议第12号提案的答复\n李委员：\n您提出的提案收悉。我市老旧小区改造工作由市住房保障部门牵头负责,我局为配合部门。\n"
    assert ("老旧小区改造工作", "lead", "市住房保障部门") in run(text)
