"""A task table printed one cell per line whose header cell carries a note that the order of its bodies means
nothing (配合单位（排名不分先后）), a ``/`` cell for no body, and a prose item after the table."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "青禾县人民政府办公室关于印发青禾县农田水利建设工作方案的通知\n青县府办发〔2022〕12号\n" \
       "各乡镇人民政府，县级各部门：\n《青禾县农田水利建设工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n" \
       "青禾县人民政府办公室\n2022年5月6日\n青禾县农田水利建设工作方案\n一、工作目标\n到2025年底，全县灌溉面积稳步增加。\n" \
       "二、重点任务\n序号\n工作任务\n牵头单位\n"


def test_a_header_cell_with_a_note_on_the_order_heads_its_column():
    """配合单位（排名不分先后） is the support column; a ``/`` cell gives no row; the prose item after it its own task."""
    text = HEAD + "配合单位（排名不分先后）\n完成时间\n1\n修订农田水利建设规划\n县水务局\n县发展改革局、县财政局\n" \
                  "2022年9月\n2\n加强灌区工程管护\n县水务局\n/\n持续推进\n" \
                  "（三）推进高效节水灌溉。由县农业农村局牵头，县水务局配合。\n三、工作要求\n各牵头单位要按季度报送进展。\n"
    assert rows(text) == {("修订农田水利建设规划", "lead", "县水务局"),
                          ("修订农田水利建设规划", "support", "县发展改革局"),
                          ("修订农田水利建设规划", "support", "县财政局"),
                          ("加强灌区工程管护", "lead", "县水务局"),
                          ("推进高效节水灌溉", "lead", "县农业农村局"),
                          ("推进高效节水灌溉", "support", "县水务局")}


def test_a_note_without_a_word_for_rank_reads_the_same():
    """配合单位（不分先后顺序）: the note without 排名 heads the support column as well."""
    text = HEAD + "配合单位（不分先后顺序）\n完成时间\n1\n修订农田水利建设规划\n县水务局\n县财政局\n2022年9月\n"
    assert ("修订农田水利建设规划", "support", "县财政局") in rows(text)
