"""Plans and measures as real pages print them (round 41): the full phrase 按照职责分工负责 after a list of units,
a government's office away kept as printed, a commission's second name in brackets, a body named by its level beside
named bodies in an article, a duty that stops before a later step's time (，并于…), a closing 几点要求 section and a
principle 分级负责、… that is no duty."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return {(a.task, a.role, a.agency) for a in got.of(Assignment)}


OPINION = "江川市人民政府关于促进就业的若干意见\n川府发〔2019〕12号\n各区人民政府，市政府各委、办、局：\n一、稳定和扩大就业\n"


def test_units_that_share_a_task_by_their_duties_in_full():
    """``（A、B、C等按照职责分工负责。列第一位者为牵头单位，下同）``: 按照 spelled out, the last unit before 等 is one
    of them, and the first leads."""
    text = OPINION + "（一）推动产业升级带动就业。加快发展现代服务业，扩大就业容量。（市发展改革委、市经济信息化委、" \
                     "市统计局、市税务局等按照职责分工负责。列第一位者为牵头单位，下同）\n江川市人民政府\n2019年5月6日\n"
    task = "推动产业升级带动就业"
    assert rows(text) == {(task, "lead", "市发展改革委"), (task, "responsible", "市经济信息化委"),
                          (task, "responsible", "市统计局"), (task, "responsible", "市税务局")}


BREAKDOWN = "江川市人民政府办公室关于印发2021年重点工作责任分解的通知\n川政办发〔2021〕3号\n一、扩大对外开放\n"


def test_government_office_away_keeps_its_printed_name():
    """市政府驻深圳联络处 is a unit of its own name (the government short inside it stays as printed)."""
    text = BREAKDOWN + "1.建设江川（深圳）科技创新飞地。（牵头单位：市科技局；责任单位：市招商局、市政府驻深圳联络处）\n"
    task = "建设江川(深圳)科技创新飞地"
    assert rows(text) == {(task, "lead", "市科技局"), (task, "responsible", "市招商局"),
                          (task, "responsible", "市政府驻深圳联络处")}


MEASURES = "江川省农业厅关于印发《江川省农机安全检查办法》的通知\n川农发〔2011〕22号\n各市农业局：\n" \
           "现将《江川省农机安全检查办法》印发给你们，请遵照执行。\n江川省农机安全检查办法\n" \
           "第一条 为加强农机安全管理，制定本办法。\n第二条 农机安全检查实行分级负责的制度。\n"


def test_an_articles_duties_of_named_bodies_and_of_a_level():
    """第三条 names a provincial station, a collective of commissions (their bureau name in brackets, dropped) and a
    county-level kind of department: three bodies responsible; 第四条's duty stops before ，并于… (when to report)."""
    text = MEASURES + "第三条 省农机监理总站负责全省农机安全检查的组织协调。\n" \
                      "各市农机安全监督委员会（农机监理局）负责本行政区域农机安全的日常检查，每季度向省农业厅报送一次检查情况。\n" \
                      "县级农业农村部门负责在农机登记时告知安全要求。\n" \
                      "第四条 各农机合作社负责本社所属农机的自查，并于每月底前将自查结果报所在县农机站。\n" \
                      "第五条 本办法由江川省农业厅负责解释。\n江川省农业厅\n2011年4月2日\n"
    assert rows(text) == {("负责全省农机安全检查的组织协调", "responsible", "省农机监理总站"),
                          ("负责本行政区域农机安全的日常检查", "responsible", "各市农机安全监督委员会"),
                          ("负责在农机登记时告知安全要求", "responsible", "县级农业农村部门"),
                          ("负责本社所属农机的自查", "responsible", "各农机合作社")}
    # an article that names only kinds of bodies (县级某部门, 某管理机构) speaks of kinds: no row
    text = MEASURES + "第三条 县级农业农村部门负责农机登记的安全告知。\n农机管理机构负责农机的日常检查，每季度报送一次。\n" \
                      "乡级人民政府负责组织本行政区域内的农机安全宣传。\n"
    assert rows(text) == set()


def test_closing_requirements_section_allocates_no_task():
    """三、几点要求 closes the plan like 工作要求: a body's duty in its prose is no task."""
    text = "柳河镇人民政府关于印发柳河镇2020年农田水利建设实施方案的通知\n柳政发〔2020〕7号\n" \
           "一、任务分工\n1．机电井建设。牵头单位：镇水利站；配合单位：镇财政所。\n" \
           "2．梯田建设。牵头单位：镇农业站；配合单位：各村民委员会。\n" \
           "三、几点要求\n各村要成立农田建设指挥组，村委会主任任组长，镇水利站负责技术指导。\n"
    assert rows(text) == {("机电井建设", "lead", "镇水利站"), ("机电井建设", "support", "镇财政所"),
                          ("梯田建设", "lead", "镇农业站"), ("梯田建设", "support", "各村民委员会")}


def test_principle_of_shared_responsibility_is_no_duty():
    """坚持统一指挥，分级分部门负责、区域协同联动: principles in a list, no body given a duty."""
    text = "江川省人民政府办公厅关于印发江川省冰冻灾害应急预案的通知\n川府办函〔2025〕6号\n" \
           "1.3 工作原则\n坚持党委领导、政府负责。坚持统一指挥、综合协调，分级分部门负责、区域协同联动。\n" \
           "省应急厅负责预案的组织实施，省气象局负责冰冻灾害的监测预警，省交通运输厅负责道路的除冰保通。\n"
    got = rows(text)
    assert not any(agency == "分级分部门" for _, _, agency in got)
