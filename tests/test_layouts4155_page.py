"""Made-up notices in the page shapes the blind corpora layouts41-55 found: reading the page, listings and the
document row (helper lfixb2). Names, bodies and numbers are invented here, not the corpus's."""
from __future__ import annotations

from helpers import assignments, document, read_notices

from govkg.extract.script import PrintedScript, _spaced_find
from govkg.nlp import extract
from govkg.text import strip_markup


# a 文库 download page: the uploader's line, the site's buttons, then the notice in pieces 1、 2、 cut inside a word
def test_download_page_pieces_cut_inside_a_word(tmp_path):
    body = ("某县人民政府关于甲明等同志职务任免的通知 某府任〔2005〕3号 各乡镇人民政府，县直各单位： 经县人民政府研究决定： "
            "任命甲明为县财政局局长； 任命乙红（女）为县教育局副局长（试用期一年）； 任命丙强为县人民政府办公室副主任； "
            "免去丁刚的县交通局局长职务，另有任用； 免去戊平的县林业局副局长职")
    rest = "务； 免去己安的县民政局副局长职务，退休。 特此通知。 某县人民政府 二〇〇五年三月八日"
    text = ("某县人民政府关于甲明等同志职务任免的通知.doc\n上传人：abc**** 文档编号：998877 上传时间：2022-01-05 格式：DOC "
            "页数：2 大小：20KB\n下载 相关 举报\n1、" + body + "\n2、" + rest + "\n温馨提示：\n1. 本文档由用户上传。\n")
    notices = read_notices(tmp_path, text)
    assert len(notices) == 1
    assert "副局长职务； 免去己安" in notices[0].text and "\n2、" not in notices[0].text
    got = extract(notices[0])
    assert got.document.title == "某县人民政府关于甲明等同志职务任免的通知"
    removals = {(f.person, f.post.agency, f.post.title) for f in got.facts if type(f).__name__ == "Removal"}
    assert ("戊平", "县林业局", "副局长") in removals


# a traditional Q&A page: its question (the notice named without 关于) over ❶ and the notice's own title over its number
def test_question_heading_over_the_notices_own_title():
    text = ("某某省交通運輸廳人事任免通知\n❶ 某某省交通運輸廳關於甲明等同志職務任免的通知\n某交人〔2021〕9號\n"
            "某某省交通運輸廳關於甲明等同志職務任免的通知\n廳機關各處室，各直屬單位：\n經廳黨組研究決定：\n"
            "甲明同志任廳綜合規劃處處長；\n免去乙強同志的廳財務處處長職務，退休。\n某某省交通運輸廳\n2021年4月6日\n"
            "❷ 處長是什麼級別\n處長一般為正處級領導職務。\n")
    assert document(text).title == "某某省交通運輸廳關於甲明等同志職務任免的通知"


# one table cell of a crawl's HTML body, its two bodies on two lines (<br/>): one cell, the first body leads
def test_break_inside_an_html_cell_is_one_cells_list():
    html = ("<p>某区经济发展局</p><table><tr><td><p>序号</p></td><td><p>任务</p></td><td><p>责任单位</p></td></tr>"
            "<tr><td><p>1</p></td><td><p>优化纳税服务</p></td><td><p>区税务局<br/>区财政局</p></td></tr>"
            "<tr><td><p>2</p></td><td><p>加强质量监管</p></td><td><p><br>区市场监督管理局<br/></p></td></tr></table>")
    text = strip_markup(html)
    assert "区税务局、区财政局" in text
    assert "、区市场监督管理局" not in text and "区市场监督管理局、" not in text


# a spaced label (组　长) put back as printed, found without a pattern made for it (same spans as before)
def test_spaced_label_printed_form():
    printed, simple = "組　長：甲明\n副 組 長：乙強", "组　长：甲明\n副 组 长：乙强"
    table = PrintedScript(printed, simple)
    assert table("组长", within=(0, 6)) == "組長"
    assert table("副组长", within=(7, len(simple))) == "副組長"
    assert _spaced_find("组　　　　　长", "组长", 0, 7) is None  # (five spaces: more than a label's padding)
    assert _spaced_find("a组 长", "组长", 0, 4) == (1, 4)
    assert _spaced_find("a组 长", "组长", 0, 3) is None


# a crawl's Markdown body: a table row whose one cell holds two bodies on two lines (<br>): one cell's list
def test_break_inside_a_markdown_cell_is_one_cells_list():
    from govkg.text import strip_copy_noise
    row = "| 1 | 园区消防检查 | 某区应急管理局 | 某区环境保护局<br>某区消防救援大队 | 2020年6月底前 |"
    got = strip_copy_noise("任务分工\n| 序号 | 检查内容 | 牵头单位 | 配合单位 | 完成时限 |\n" + row + "\n")
    assert "| 某区环境保护局、某区消防救援大队 |" in got
    assert strip_copy_noise("| 1 | 任务 |<br>| 2 | 任务 |").count("、") == 0


# a task table flattened one cell a line, a row's last cell empty (a blank line): the next row keeps its number
def test_one_cell_a_line_table_with_an_empty_last_cell():
    text = ("某开发区管理委员会关于印发某某项目推进方案的通知\n各部门：\n现将方案印发给你们。\n三、任务分工\n"
            "序号\n工作任务\n牵头单位\n配合单位\n1\n建立项目帮扶机制\n经济发展局\n项目服务中心\n"
            "2\n落实项目资金保障\n财政局\n\n3\n定期通报项目进展\n项目服务中心\n经济发展局\n\n四、工作要求\n各单位按周报送。\n"
            "某开发区管理委员会\n2022年8月9日\n")
    got = assignments(text)
    assert ("落实项目资金保障", "lead", "财政局") in got
    assert ("定期通报项目进展", "lead", "项目服务中心") in got
    assert ("定期通报项目进展", "support", "经济发展局") in got


# a crawl's HTML body with its task table: each cell stays apart from the next once the tags go (the lead no longer
# runs into the task: 1整治背街小巷某办公室)
def test_cells_of_an_html_row_stay_apart():
    html = ("<p>某镇人民环境整治方案</p><p>一、工作任务</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td>"
            "<td>配合单位</td></tr><tr><td>1</td><td>整治背街小巷</td><td>镇综合执法办公室</td><td>各村委会</td></tr></table>"
            "<p>某镇人民政府</p>")
    rows = [line.split("\t") for line in strip_markup(html).splitlines() if "\t" in line]
    assert rows == [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "整治背街小巷", "镇综合执法办公室", "各村委会"]]
