"""Plans and citations as real pages print them (round 44): a table row on one line with bars and its units' cell
labelled ``【牵头】…【配合】…``; a flattened table one cell a line under ``主要责任单位 / 协同配合单位``, an excerpt that
kept only some rows and the headings of the parts it left out; two cited numbers joined by 和."""
from __future__ import annotations

from govkg.facts import Assignment, Citation
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def rows(text: str) -> set[tuple[str, str, str]]:
    return {(a.task, a.role, a.agency) for a in facts(text).of(Assignment)}


def test_a_barred_row_with_labelled_units():
    """``1▕某任务▕【牵头】甲【配合】乙、丙``: the task cell is the task, each label gives its bodies' role; a
    placeholder (——) gives no row; two bodies after one 【牵头】 both lead."""
    text = ("某省林业局关于印发《油茶产业提质行动方案》的通知\n某林发〔2019〕8号\n"
            "油茶产业提质行动方案\n一、主要任务及分工\n（表格：序号|任务|责任单位）\n"
            "1▕建设高产油茶示范基地▕【牵头】省林业局【配合】省财政厅、省自然资源厅\n"
            "2▕开展油茶加工技术培训▕【牵头】省农业农村厅【配合】——\n"
            "3▕培育油茶区域公用品牌▕【牵头】省商务厅、省市场监管局【配合】省林业局\n"
            "二、保障措施\n（一）加强领导。省林业局负责统筹调度。\n")
    assert rows(text) == {
        ("建设高产油茶示范基地", "lead", "省林业局"), ("建设高产油茶示范基地", "support", "省财政厅"),
        ("建设高产油茶示范基地", "support", "省自然资源厅"), ("开展油茶加工技术培训", "lead", "省农业农村厅"),
        ("培育油茶区域公用品牌", "lead", "省商务厅"), ("培育油茶区域公用品牌", "lead", "省市场监管局"),
        ("培育油茶区域公用品牌", "support", "省林业局")}


def test_a_flattened_excerpt_with_empty_part_headings():
    """A bureau's excerpt of a task table one cell a line (序号 / 重点工作任务 / 主要责任单位 / 协同配合单位): the
    headings of the parts it left out stand together over the next row, which is read all the same."""
    text = ("某县卫生健康委2024年重点工作任务分解表\n发布时间：2024-05-06\n\n"
            "某县卫生健康委2024年重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n"
            "一、主要预期目标\n\n2\n\n居民人均预期寿命提高0.2岁。\n\n县卫健委\n\n县医保局、县民政局。\n\n"
            "二、扎实推进产业升级\n\n三、持续优化营商环境\n\n四、着力增进民生福祉\n\n"
            "41\n\n推进县域医共体建设,提升基层服务能力。\n\n县卫健委\n\n县财政局,各乡镇人民政府。\n\n"
            "42\n\n建设县中医院康复楼。\n\n县卫健委\n\n县发改委。\n")
    assert rows(text) == {
        ("居民人均预期寿命提高0.2岁", "responsible", "县卫健委"), ("居民人均预期寿命提高0.2岁", "support", "县医保局"),
        ("居民人均预期寿命提高0.2岁", "support", "县民政局"), ("推进县域医共体建设", "responsible", "县卫健委"),
        ("推进县域医共体建设", "support", "县财政局"), ("推进县域医共体建设", "support", "各乡镇人民政府"),
        ("建设县中医院康复楼", "responsible", "县卫健委"), ("建设县中医院康复楼", "support", "县发改委")}


def test_two_numbers_joined_by_and():
    """``根据甲〔2010〕3号和乙发〔2010〕9号``: the second number's code does not take the 和."""
    text = ("某学院关于调整学生资助工作领导小组的通知\n各部门：\n"
            "根据某教党〔2010〕3号和某教发〔2010〕9号文件精神，学院决定调整学生资助工作领导小组。\n"
            "某学院\n2011年3月2日\n")
    got = {c.number for c in facts(text).of(Citation)}
    assert got == {"某教党〔2010〕3号", "某教发〔2010〕9号"}
