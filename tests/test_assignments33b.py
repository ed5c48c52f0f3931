"""Task tables and items in further shapes: a table flattened into records of ``key：value`` lines (a ``/``
for no body), an item whose body hands it on in a clause opening with 由 (``…，由X负责，Y配合``), and a
table printed a cell a paragraph (a cell of bodies one a line, an empty cell left blank)."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青石县人民政府办公室关于印发青石县茶油产业发展方案的通知\n青政办发〔2011〕17号\n" \
       "各乡镇人民政府，县直有关部门：\n《青石县茶油产业发展方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"


def test_records_of_key_value_lines():
    """【任务1】 / 任务内容：X / 牵头单位：A / 配合单位：B、C / 完成时限：…: each record's task is its 任务内容."""
    body = ("青石县茶油产业任务分解表\n"
            "【任务1】\n任务内容：新建油茶高产示范林\n牵头单位：县林业局\n配合单位：县财政局、各乡镇人民政府\n完成时限：2011年底\n"
            "【任务2】\n任务内容：培育茶油加工企业\n牵头单位：县工业和信息化局\n配合单位：/\n完成时限：长期\n"
            "青石县人民政府办公室\n2011年5月6日\n")
    assert rows(HEAD + body) == {("新建油茶高产示范林", "lead", "县林业局"), ("新建油茶高产示范林", "support", "县财政局"),
                                 ("新建油茶高产示范林", "support", "各乡镇人民政府"),
                                 ("培育茶油加工企业", "lead", "县工业和信息化局")}


def test_clause_opening_with_you_after_the_work():
    """（二）X。清理…，由A负责，B配合。: A responsible, B supports the item."""
    body = ("一、重点任务\n（一）改造低产油茶林。全年改造低产林5000亩。责任单位：县林业局。\n"
            "（二）整治茶油作坊环境。清理作坊周边废渣、污水，由县市场监督管理局负责，各乡镇人民政府配合。\n"
            "二、工作要求\n各单位要加强协作。\n")
    got = rows(HEAD + body)
    assert ("整治茶油作坊环境", "responsible", "县市场监督管理局") in got
    assert ("整治茶油作坊环境", "support", "各乡镇人民政府") in got


def test_table_cells_printed_as_paragraphs():
    """工作任务 / 牵头单位 / 配合单位, each cell a paragraph: two bodies on two lines of one cell are one cell's;
    an empty cell printed as a lone space gives no body."""
    body = ("一、任务分工\n\n工作任务\n\n牵头单位\n\n配合单位\n\n"
            "1.建立油茶种苗基地。\n\n县林业局\n\n县农业农村局\n县财政局\n\n"
            "2.开展油茶栽培培训。\n\n县人力资源和社会保障局\n\n \n\n"
            "3.打造茶油区域品牌。\n\n县商务局\n\n县林业局\n\n"
            "二、工作要求\n\n各乡镇要在年底前报送进展情况。\n")
    assert rows(HEAD + body) == {("建立油茶种苗基地", "lead", "县林业局"), ("建立油茶种苗基地", "support", "县农业农村局"),
                                 ("建立油茶种苗基地", "support", "县财政局"),
                                 ("开展油茶栽培培训", "lead", "县人力资源和社会保障局"),
                                 ("打造茶油区域品牌", "lead", "县商务局"), ("打造茶油区域品牌", "support", "县林业局")}


COURT = "青石县人民法院关于开展执行积案清理活动的通知\n青法发〔2003〕5号\n本院各庭、室、队：\n" \
        "现就开展执行积案清理活动通知如下。\n一、工作任务\n"


def test_a_courts_divisions_are_bodies():
    """执行庭, 立案庭, 各人民法庭, 法警队: the divisions of a court take a task as a bureau's sections do."""
    body = ("（一）核查积案台账。由执行庭牵头，立案庭、各人民法庭配合，逐案登记。\n"
            "（二）强制执行拒不履行案件。法警队、执行庭负责，依法采取强制措施。\n"
            "二、工作要求\n各部门要加强配合。\n青石县人民法院\n2003年3月1日\n")
    got = rows(COURT + body)
    assert {("核查积案台账", "lead", "执行庭"), ("核查积案台账", "support", "立案庭"),
            ("核查积案台账", "support", "各人民法庭"), ("强制执行拒不履行案件", "responsible", "法警队"),
            ("强制执行拒不履行案件", "responsible", "执行庭")} <= got


def test_a_standing_duty_goes_on_over_its_clause_with_bing():
    """第四条 X负责对…评估，并与…做好衔接: the duty is both clauses."""
    text = ("青石监狱关于印发罪犯离监探亲管理规定的通知\n青监发〔2009〕3号\n各科室、各监区：\n现将规定印发给你们。\n"
            "第一条 为规范离监探亲工作，制定本规定。\n"
            "第二条 狱政科负责离监探亲的资格审查。\n"
            "第三条 教育科负责离监探亲罪犯的出监教育。\n"
            "第四条 侦查科负责对探亲罪犯进行风险评估，并与当地派出所做好衔接。\n")
    assert ("负责对探亲罪犯进行风险评估,并与当地派出所做好衔接", "responsible", "侦查科") in rows(text)


EVENT = "青石县防治碘缺乏病日宣传活动方案\n为做好今年防治碘缺乏病日宣传工作，结合我县实际，制定本方案。\n一、活动内容\n"


def test_an_item_opening_with_who_does_or_leads_it():
    """(一)X负责Y。: X responsible for Y; (二)A、B等单位牵头，通过Z，…: A and B lead Z, the work after the clause."""
    body = ("（一）县融媒体中心负责播出专题宣传节目。集中宣传防治知识，提高群众认识。\n"
            "（二）县卫生健康局、县市场监管局等单位牵头，通过设立街头咨询台，发放宣传单，现场解答群众疑问。\n"
            "二、活动要求\n各单位要高度重视。\n")
    got = rows(EVENT + body)
    assert ("播出专题宣传节目", "responsible", "县融媒体中心") in got
    assert {("通过设立街头咨询台", "lead", "县卫生健康局"), ("通过设立街头咨询台", "lead", "县市场监管局")} <= got


def test_a_lead_requested_with_qing():
    """请X牵头: X leads (请 is the request, not part of its name)."""
    text = ("青石省司法厅关于做好戒毒所布局调整工作的通知\n青司发〔2004〕9号\n各市司法局：\n现就有关事项通知如下。\n"
            "（一）戒毒所布局调整方案的制定。任务重、困难大的市(州)，请市(州)人民政府牵头，组织有关部门研究制定方案。\n")
    got = rows(text)
    assert ("戒毒所布局调整方案的制定", "lead", "市(州)人民政府") in got
    assert not any(a.startswith("请") for _, _, a in got)


def test_role_lines_under_unnumbered_items_stay_with_each_item():
    text = ("某市以旧换新工作专班工作方案\n　　工作任务\n"
            "　　开展汽车以旧换新。落实国家汽车报废更新补贴政策，组织企业开展促销活动。\n　　牵头单位：市商务局\n"
            "　　责任单位：市公安局、市财政局\n　　推动家电家居焕新。支持家电销售企业开展以旧换新促销。\n　　牵头单位：市商务局\n"
            "　　配合单位：市市场监督管理局、市财政局\n　　做好宣传引导。充分利用各类媒体宣传以旧换新政策。\n　　牵头单位：市委宣传部\n")
    got = rows(text)
    assert ("推动家电家居焕新", "support", "市财政局") in got
    assert ("做好宣传引导", "lead", "市委宣传部") in got
    assert ("开展汽车以旧换新", "lead", "市委宣传部") not in got
