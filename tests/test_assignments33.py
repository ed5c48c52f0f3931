"""Task tables a page turned into other shapes: cells one a line each closed by a ``|`` on its own line (a cell's
bodies split at <br>, ``/`` and ``—`` for none, two leads in one cell), and a blog's bullet lists under 1.1-style
items (a 配合 value wrapped onto a line of its own)."""
from __future__ import annotations

from govkg.facts import Assignment
from govkg.nlp import extract
from govkg.notice import RawNotice


def rows(text: str) -> set[tuple[str, str, str]]:
    got = extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).of(Assignment)
    return {(a.task, a.role, a.agency) for a in got}


HEAD = "柳溪县人民政府办公室关于印发柳溪县2022年河湖清障行动方案的通知\n柳政办发〔2022〕31号\n" \
       "各乡镇人民政府，县有关部门：\n《柳溪县2022年河湖清障行动方案》已经县政府同意，现印发给你们，请认真组织实施。\n" \
       "柳溪县人民政府办公室\n2022年3月9日\n柳溪县2022年河湖清障行动方案\n一、重点任务\n附件：重点任务分解表\n"


def test_cells_each_closed_by_a_bar_at_the_end_of_their_line():
    """序号| / 重点任务| / 牵头单位| / 配合单位|: each cell's last line ends in its bar; a cell split at <br> is a
    list of bodies; / and — give no body; a cell with two bodies gives two leads."""
    table = ("序号|\n重点任务|\n牵头单位|\n配合单位|\n完成时限|\n"
             "1|\n清理河道违建|\n县水利局|\n县自然资源局\n县公安局|\n2022年8月|\n"
             "2|\n整治入河排污口|\n县生态环境局、县水利局|\n各乡镇人民政府|\n2022年10月|\n"
             "3|\n开展河湖巡查|\n各乡镇人民政府|\n/|\n常态化|\n"
             "4|\n修复岸线植被|\n县林业局|\n—|\n2022年11月|\n")
    assert rows(HEAD + table) == {("清理河道违建", "lead", "县水利局"), ("清理河道违建", "support", "县自然资源局"),
                                  ("清理河道违建", "support", "县公安局"),
                                  ("整治入河排污口", "lead", "县生态环境局"), ("整治入河排污口", "lead", "县水利局"),
                                  ("整治入河排污口", "support", "各乡镇人民政府"),
                                  ("开展河湖巡查", "lead", "各乡镇人民政府"), ("修复岸线植被", "lead", "县林业局")}


BLOG = "柳溪县茶叶产业行动方案全文：任务清单\n本文把方案的任务表改写成清单，方便阅读。\n" \
       "柳溪县人民政府办公室关于印发柳溪县茶叶产业提升行动方案的通知\n柳政办〔2023〕8号\n" \
       "各乡镇人民政府，县政府各部门：\n《柳溪县茶叶产业提升行动方案》已经县政府同意，现印发给你们，请认真组织实施。\n" \
       "柳溪县人民政府办公室\n2023年4月2日\n重点任务清单\n"


def test_bulleted_records_under_dotted_sub_items():
    """1.1建设… is the task (not 1建设…); two leads in one value; 配合单位：— gives no body; a 配合 value wrapped
    onto a line of its own is one more body of it (not a signature under the last list)."""
    text = BLOG + ("1.1建设生态茶园\n•牵头单位：县农业农村局、县林业局\n•配合单位：县自然资源局\n•完成时限：2024年12月\n"
                   "1.2培育茶叶品牌\n•牵头单位：县商务局\n•配合单位：—\n•完成时限：2025年6月\n"
                   "1.3发展茶叶加工\n•牵头单位：县工业和信息化局\n•配合单位：县科学技术局\n县市场监督管理局\n"
                   "•完成时限：2025年12月\n四、保障措施\n•加强组织领导。县农业农村局负责统筹协调。\n")
    got = rows(text)
    assert {("建设生态茶园", "lead", "县农业农村局"), ("建设生态茶园", "lead", "县林业局"),
            ("建设生态茶园", "support", "县自然资源局"), ("培育茶叶品牌", "lead", "县商务局"),
            ("发展茶叶加工", "lead", "县工业和信息化局"), ("发展茶叶加工", "support", "县科学技术局"),
            ("发展茶叶加工", "support", "县市场监督管理局")} <= got
    assert not any(t.startswith(("1", "2", "3")) for t, _, _ in got)

    # 责任单位：县某局 / 某县人民政府办公室 / date: the line after a last list is the signature, not one more body
    signed = BLOG + "1.1加强火源管控\n责任单位：县林业局\n柳溪县人民政府办公室\n2023年4月2日\n"
    assert ("加强火源管控", "responsible", "县林业局") in rows(signed)
    assert not any(a == "柳溪县人民政府办公室" for _, _, a in rows(signed))


def test_a_body_that_does_the_work_after_the_lead_and_its_own_office_in_brackets():
    """由X牵头，Y负责具体组织实施: Y is responsible; 县某局（县某站）负责…: the bureau, not its office in brackets."""
    text = ("柳溪县人民政府关于印发柳溪县林地管理办法的通知\n柳政发〔2021〕5号\n各乡镇人民政府，县政府各部门：\n"
            "现将《柳溪县林地管理办法》印发给你们，请认真贯彻执行。\n柳溪县人民政府\n2021年6月1日\n"
            "一、工作任务\n（一）开展林地清查专项行动。由县林业局牵头，各乡镇林业工作站负责具体组织实施。\n"
            "（二）加强林地档案管理。县林业局（县林业技术推广站）负责全县林地档案的建立和更新。\n")
    got = rows(text)
    assert ("开展林地清查专项行动", "responsible", "各乡镇林业工作站") in got
    assert any(a == "县林业局" for t, _, a in got if t != "开展林地清查专项行动")
    assert not any("（" in a or "(" in a for _, _, a in got)
