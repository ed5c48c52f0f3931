"""Task assignments in the table shapes of round 35 (third set): a spaced table whose cells wrap onto lines of
their own and whose last row runs over a page break (续表, the header again), and a table read column by column
under an unnumbered serial column."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青川县柳河乡人民政府关于印发《柳河乡2023年河道清淤工作方案》的通知\n柳政发〔2023〕7号\n" \
       "各村，乡直各单位：\n现将《柳河乡2023年河道清淤工作方案》印发给你们，请认真抓好落实。\n" \
       "青川县柳河乡人民政府\n2023年2月8日\n柳河乡2023年河道清淤工作方案\n一、重点任务\n各项任务分工详见附件。\n" \
       "附件\n柳河乡2023年河道清淤重点任务分解表\n"


def test_spaced_table_cells_wrapped_and_row_over_page_break():
    """序号  重点任务  具体措施  牵头单位  配合单位  完成时限 (a PDF's text laid out, the indent lost): a cell's rest on
    a line of its own (乡水利站、 / 乡财政所; 乡综合行政执法 / 中队; 清淤河道8公里，同 / 步加固堤岸), and after
    — 3 —, 续表 and the header again, the last row's list of units ends (各村); a label under the
    table (其他事项：) is none of its cells."""
    table = ("序号  重点任务          具体措施                  牵头单位          配合单位          完成时限\n"
             "1    疏浚主河道        清淤河道8公里，同          乡水利站          乡财政所、        2023年5月底前\n"
             "步加固堤岸                                乡自然资源所、\n"
             "各村\n"
             "2    清理河道垃圾      开展集中清理行动          乡综合行政执法    —                全年\n"
             "中队\n"
             "3    建立河长巡河机制  落实村级巡河员队伍，建    乡河长办          乡党政办、        2023年6月底前\n"
             "立巡河台账\n"
             "— 3 —\n"
             "续表\n"
             "序号  重点任务          具体措施                  牵头单位          配合单位          完成时限\n"
             "各村\n\n其他事项：\n")
    assert rows(HEAD + table) == {
        ("疏浚主河道", "lead", "乡水利站"), ("疏浚主河道", "support", "乡财政所"),
        ("疏浚主河道", "support", "乡自然资源所"), ("疏浚主河道", "support", "各村"),
        ("清理河道垃圾", "lead", "乡综合行政执法中队"),
        ("建立河长巡河机制", "lead", "乡河长办"), ("建立河长巡河机制", "support", "乡党政办"),
        ("建立河长巡河机制", "support", "各村")}


def test_table_read_column_by_column_under_unnumbered_serials():
    """序号 / 1 / 2 / 3, then 重点任务 / three cells, 牵头科室 / three cells, 配合科室 / three cells, 完成时限 / three
    cells (a PDF attachment's text extracted a column at a time): cell i of each unit column is task i's."""
    table = ("序号\n1\n2\n3\n重点任务\n河道垃圾清理\n沿河违建拆除\n巡河台账建立\n"
             "牵头科室\n环卫所\n综合执法队\n河长办\n配合科室\n各村委会\n规划办、各村委会\n—\n"
             "完成时限\n2023年4月\n长期\n2023年6月\n")
    assert rows(HEAD + table) == {
        ("河道垃圾清理", "lead", "环卫所"), ("河道垃圾清理", "support", "各村委会"),
        ("沿河违建拆除", "lead", "综合执法队"), ("沿河违建拆除", "support", "规划办"),
        ("沿河违建拆除", "support", "各村委会"), ("巡河台账建立", "lead", "河长办")}
