"""Plans whose items the page ran together or printed without an enumerator: a class inside a word that looks
like an enumerator, an item in a plan's tasks that secures something, and an item closed by its units before its
full stop."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "江川县人民政府办公室关于印发江川县水利建设实施方案的通知\n江政办〔2019〕12号\n各乡镇人民政府，县直有关单位：\n" \
       "《江川县水利建设实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。\n" \
       "江川县人民政府办公室\n2019年3月2日\n江川县水利建设实施方案\n"


def test_a_class_inside_a_word_cuts_no_item():
    """小（二）型水库 inside an item's body: the item's heading stays its task, on one line or many."""
    item = "（一）加固病险水库。年内完成8宗小（二）型水库加固任务，由县水利局牵头，县财政局、县自然资源局配合。"
    want = {("加固病险水库", "lead", "县水利局"), ("加固病险水库", "support", "县财政局"),
            ("加固病险水库", "support", "县自然资源局")}
    assert rows(HEAD + "一、主要任务\n" + item + "\n") == want
    glued = "一、主要任务 " + item + " （二）疏浚灌排渠道。县农业农村局负责，年底前完成。 二、工作要求 各单位按月报送进展。"
    assert want <= rows(HEAD + glued + "\n")
    assert not any(t.startswith("型") for t, _, _ in rows(HEAD + glued + "\n"))


def test_an_item_that_secures_something_under_the_tasks():
    """（四）落实资金保障。X负责…，Y配合…: under 主要任务 the heading is the task, X responsible, Y support."""
    text = HEAD + "一、主要任务\n（一）疏浚灌排渠道。由县农业农村局牵头，各乡镇人民政府配合。\n" \
                  "（二）落实工程资金保障。县财政局负责统筹整合涉农资金，县审计局配合做好资金使用的审计监督。\n"
    assert {("落实工程资金保障", "responsible", "县财政局"),
            ("落实工程资金保障", "support", "县审计局")} <= rows(text)
    assert not any(t.startswith("负责") for t, _, _ in rows(text))


def test_a_safeguard_under_its_own_section_stays_no_task():
    """三、保障措施 / （一）强化资金保障。X负责…: how the plan is carried out, no task allocated."""
    text = HEAD + "一、主要任务\n（一）疏浚灌排渠道。由县农业农村局牵头，各乡镇人民政府配合。\n" \
                  "二、保障措施\n（一）强化资金保障。县财政局负责统筹整合涉农资金，县审计局配合做好审计监督。\n"
    assert not any(t.endswith("保障") for t, _, _ in rows(text))


def test_an_item_closed_by_its_units_before_its_stop():
    """甲项工作（X负责）。 after a table, with no enumerator: the words before the brackets are the task."""
    text = HEAD + "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| 1 | 清理河道垃圾 | 县水利局 | 各乡镇人民政府 |\n" \
                  "　　加强督查考核（县绩效办负责）。\n　　　　　　　　江川县人民政府办公室\n"
    got = rows(text)
    assert ("加强督查考核", "responsible", "县绩效办") in got
    assert ("清理河道垃圾", "lead", "县水利局") in got


def test_signature_under_a_table_printed_a_cell_a_line_is_no_cell():
    """序号 / 工作任务 / 牵头单位 / 配合单位, the last row without its 配合 cell, then the signature and the date:
    the issuing office supports nothing."""
    text = HEAD.split("江川县水利建设实施方案\n")[0] + "序号\n工作任务\n牵头单位\n配合单位\n1\n清理河道垃圾\n县水利局\n各乡镇人民政府\n" \
        "2\n查处违法采砂行为\n县自然资源局\n江川县人民政府办公室\n2019年3月2日\n"
    got = rows(text)
    assert ("查处违法采砂行为", "responsible", "县自然资源局") in got or ("查处违法采砂行为", "lead", "县自然资源局") in got
    assert not any(a == "江川县人民政府办公室" for _, _, a in got)
    assert ("清理河道垃圾", "support", "各乡镇人民政府") in got
