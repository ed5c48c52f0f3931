"""Reading the page and the document row, the classes of errors the blind corpora layouts25-28 found: a site search's
results, each dated on its address's line under a summary; a forum thread that reposts one notice a floor, each floor
dated on the line over its title; a ministry's page that titles the notice without its issuer, the notice printing
its issuer's line over its own title cut in two; a page that prints the title again in 【】 with the number after it;
a law library's heading (number《title with 〈〉》) over the notice's own title, its posting time under the bare label
时间 beside an empty counter; a document-sharing site's page markers inside a table of one cell per line. All notices
are made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Appointment, Assignment, Citation
from govkg.ingest import read_file
from govkg.ingest.html import read_html
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


SEARCH = """某县人民政府 - 站内搜索
找到约 2 条结果（用时 0.02 秒）

1. 某县人民政府关于甲明等同志职务任免的通知
摘要：经县政府研究决定，任命甲明同志为县水利局局长……
www.example.gov.cn/info/1021/3185.htm　2019-04-08
某政任〔2019〕3号 各乡镇人民政府，县政府各部门： 经县政府研究决定： 任命甲明为县水利局局长； 免去乙华的县水利局局长职务，另有任用。 某县人民政府 2019年4月3日

2. 某县人民政府办公室关于印发某县2019年村庄清洁行动方案的通知
摘要：为推进村庄清洁行动，改善农村人居环境……
www.example.gov.cn/info/1022/3207.htm　2019-05-19
某政办发〔2019〕21号 各乡镇人民政府，县政府各部门： 《某县2019年村庄清洁行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。 某县人民政府办公室 2019年5月15日 某县2019年村庄清洁行动方案 一、重点任务 （一）推进垃圾集中收运。由县环卫处牵头，县财政局配合，年底前实现全覆盖。

上一页　1　下一页
"""


# a site search's results: number, title, summary, then the address and the listing date on one line
def test_search_results_dated_on_their_address_line_are_two_notices(tmp_path):
    notices = _notices(tmp_path, SEARCH)
    assert [(n.meta["title"], n.meta["published"]) for n in notices] == [
        ("某县人民政府关于甲明等同志职务任免的通知", "2019-04-08"),
        ("某县人民政府办公室关于印发某县2019年村庄清洁行动方案的通知", "2019-05-19")]
    first, second = (extract(n) for n in notices)
    assert (first.document.number, second.document.number) == ("某政任〔2019〕3号", "某政办发〔2019〕21号")
    assert {(f.agency, f.role) for f in second.facts if isinstance(f, Assignment)} == \
        {("县环卫处", "lead"), ("县财政局", "support")}
    assert not any(isinstance(f, Assignment) for f in first.facts)
    assert "摘要" not in notices[0].text and "www." not in notices[1].text


FORUM = """某某论坛 » 地方政务 » 某市2012年政府文件汇总
查看完整版本: [-- 某市2012年政府文件汇总 --]

楼主  某网友  发表于: 2012-02-18 10:21
某市人民政府关于丙强等同志职务任免的通知
某政任〔2012〕6号 各乡镇人民政府，市政府各部门： 经市人民政府研究决定： 丙强任市国土资源局局长； 免去丁刚的市国土资源局局长职务，另有任用。 某市人民政府 2012年2月16日

1楼  某网友  发表于: 2012-03-05 08:40
某市人民政府办公室关于成立某市旧城改造工程建设指挥部的通知
某政办发〔2012〕21号 各乡镇人民政府，市直有关单位： 经市人民政府同意，决定成立某市旧城改造工程建设指挥部，组成人员如下： 指 挥 长：梁志军　市长 成　　员：肖卫红　市建设局局长 某市人民政府办公室 2012年3月2日

2楼  某网友  发表于: 2012-04-10 09:15
某市人民政府关于庚林等同志职务任免的通知
某政任〔2012〕9号 各乡镇人民政府，市政府各部门： 经市人民政府研究决定： 庚林任市文化局局长。 某市人民政府 2012年4月8日

查看完整版本: [-- 某市2012年政府文件汇总 --] [-- top --]
"""


# a forum thread: each floor's date stands on the line OVER the notice it reposts
def test_forum_floors_dated_over_their_titles(tmp_path):
    notices = _notices(tmp_path, FORUM)
    assert [n.meta["published"] for n in notices] == ["2012-02-18", "2012-03-05", "2012-04-10"]
    assert all("发表于" not in n.text for n in notices)
    docs = [extract(n) for n in notices]
    assert [d.document.number for d in docs] == ["某政任〔2012〕6号", "某政办发〔2012〕21号", "某政任〔2012〕9号"]
    assert [{a.person for a in d.facts if isinstance(a, Appointment)} for d in docs] == [{"丙强"}, set(), {"庚林"}]


# a notice's page that prints one date over its title is one notice, not a listing
def test_one_notice_dated_over_its_title_is_no_listing(tmp_path):
    text = ("发布时间：2012-02-18\n某市人民政府关于丙强等同志职务任免的通知\n某政任〔2012〕6号\n各乡镇人民政府：\n"
            "经市人民政府研究决定：丙强任市国土资源局局长。\n某市人民政府\n2012年2月16日\n")
    assert len(_notices(tmp_path, text)) == 1


# a ministry's page: the page titles it without its issuer; under the number the issuer's line, then the title in two
def test_issuer_line_over_the_title_cut_in_two_is_part_of_the_title():
    page = ("<html><head><title>关于成立某部数据治理工作领导小组的通知</title></head><body>"
            "<div class='article'><h1>关于成立某部数据治理工作领导小组的通知</h1><p>某办科函〔2022〕15号</p>"
            "<p>某部办公厅</p><p>关于成立某部数据治理工作</p><p>领导小组的通知</p><p>部机关各单位：</p>"
            "<p>　　为统筹推进数据治理工作，经部领导同意，决定成立某部数据治理工作领导小组。现将有关事项通知如下：</p>"
            "<p>　　组　长：甲明　某部副部长</p><p>某部办公厅</p><p>2022年5月12日</p></div></body></html>")
    doc = extract(read_html(page, "p.html")).document
    assert (doc.title, doc.number, doc.issuer) == \
        ("某部办公厅关于成立某部数据治理工作领导小组的通知", "某办科函〔2022〕15号", "某部办公厅")


# the title printed again in 【】 with the number after it: the number is the notice's own, no citation
def test_bracketed_title_with_its_number_after_it():
    text = ("您的当前位置:\n\n某市人民政府办公室关于印发某市茶园管理工作方案的通知\n\n"
            "【某市人民政府办公室关于印发某市茶园管理工作方案的通知】 某政办〔2016〕48号\n"
            "各乡（镇）人民政府、街道办事处，市直有关单位：\n经市政府同意，现将《某市茶园管理工作方案》印发给你们，请认真组织实施。\n"
            "某市人民政府办公室\n2016年4月3日\n")
    got = extract(RawNotice(source="t.txt", index=0, text=text, meta={}))
    assert got.document.number == "某政办〔2016〕48号"
    assert not any(isinstance(f, Citation) and f.number == "某政办〔2016〕48号" for f in got.facts)


# a law library's page: number《title with 〈〉》 as its heading, 浏览量: (empty) 时间:… under it, the notice's own title
LAW_PAGE = ("<html><head><title>某统发〔2013〕8号《某省统计局关于印发〈某省统计执法办法〉的通知》-法规库</title></head><body>"
            "<div class='crumb'>首页 &gt; 法规库</div>"
            "<h1>某统发〔2013〕8号《某省统计局关于印发〈某省统计执法办法〉的通知》</h1>"
            "<div class='info'>浏览量:&nbsp;&nbsp;&nbsp;&nbsp;时间:2017-06-02 10:14:37</div>"
            "<div class='content'><p>某省统计局关于印发《某省统计执法办法》的通知</p><p>某统发〔2013〕8号</p>"
            "<p>各设区市统计局：</p><p>　　《某省统计执法办法》已经局长办公会议审议通过，现印发给你们，请认真遵照执行。</p>"
            "<p>某省统计局</p><p>2013年4月20日</p><p>某省统计执法办法</p><p>　　第一条　为规范统计执法，制定本办法。</p>"
            "</div></body></html>")


def test_law_library_heading_and_posting_time():
    doc = extract(read_html(LAW_PAGE, "p.html")).document
    assert (doc.title, doc.number, doc.published, doc.signed) == \
        ("某省统计局关于印发《某省统计执法办法》的通知", "某统发〔2013〕8号", "2017-06-02", "2013-04-20")


# 时间 alone, beside no counter, is no label
def test_bare_time_label_without_a_counter_is_no_posting_date():
    page = LAW_PAGE.replace("浏览量:&nbsp;&nbsp;&nbsp;&nbsp;", "")
    assert "published" not in read_html(page, "p.html").meta


# a document-sharing page: its markers (file name_第N页, 第N页 / 共M页) fall inside a table of one cell per line
def test_sharing_page_markers_inside_a_table(tmp_path):
    name = "某市人民政府办公室关于印发某市2013年环境整治任务分解方案的通知Word文档下载推荐.doc"
    text = (f"{name}\n上传人:a**1 文档编号:123 上传时间:2023-05-16 格式:DOC 页数:2 大小:40KB\n下载 相关 举报\n"
            f"{name}_第1页\n第1页 / 共2页\n某市人民政府办公室关于印发某市2013年环境整治任务分解方案的通知\n某政办秘〔2013〕3号\n"
            "各县、区人民政府，市政府各部门：\n《某市2013年环境整治任务分解方案》已经市政府同意，现印发给你们，请认真组织实施。\n"
            "某市人民政府办公室\n二○一三年四月二十六日\n某市2013年环境整治任务分解方案\n序号\n工作任务\n牵头单位\n配合单位\n"
            "1\n整治主次干道环境\n市城市管理局\n市公安局交警支队\n2\n改造城中村环境\n市住房和城乡建设委员会\n"
            f"{name}_第2页\n第2页 / 共2页\n市规划局\n")
    notices = _notices(tmp_path, text)
    got = extract(notices[0])
    assert (got.document.title, got.document.number) == \
        ("某市人民政府办公室关于印发某市2013年环境整治任务分解方案的通知", "某政办秘〔2013〕3号")
    agencies = {f.agency for f in got.facts if isinstance(f, Assignment)}
    assert "市规划局" in agencies and not any("doc" in a or "页" in a for a in agencies)
