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
