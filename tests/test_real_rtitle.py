"""The document row's title and doc in real pages, round five (issue 10, helper rtitle): pages whose heading the
reader did not take, so that the row's doc (a key of every fact of the notice) came out null. Each case is a
made-up page in the shape of a class of real pages."""
from __future__ import annotations

import pytest

from helpers import document

_STORY = ("记者从某市人大常委会获悉，某市第五届人民代表大会常务委员会第十二次会议日前闭幕，会议决定任命李文清为某市"
          "人民政府副市长，免去张建国的某市人民政府副市长职务。会议还听取了有关工作报告。\n")


# a news headline of three or four short parts (a topic, a colon or a bar, then two clauses), over its posting line
# (the outlet, the writer, date and time), its byline, or the traditional labels of its posting line: the page's title
@pytest.mark.parametrize("text, expected", [
    ("某某新闻\n下载客户端\n7天3所高校领导调整:甲大“大进大出”,乙大“空降”校长\n某某新闻见习记者 王立新\n"
     "2014-10-25 15:06\n" + _STORY, "7天3所高校领导调整:甲大“大进大出”,乙大“空降”校长"),
    ("甲县两会|县医院新院区将投用,县二中即将扩建\n發布時間:2021年11月09日12:44 來源: 某某网\n" + _STORY,
     "甲县两会|县医院新院区将投用,县二中即将扩建"),
    ("权威发布:市人大的一批任免,涉及到副市长、秘书长......\n2017年11月10日 20:15\n" + _STORY,
     "权威发布:市人大的一批任免,涉及到副市长、秘书长......"),
])
def test_a_headline_of_several_parts(text, expected):
    assert document(text).title == expected


# a report with no headline of its own that reprints a document: by the name its lead says it sent out (印发了《X》的
# 通知), or by the heading it prints under the sentence that brings the document in (具体分工如下： / X)
@pytest.mark.parametrize("text, expected, kind", [
    ("3月2日召开的某省政府第一次全体会议上，印发了《某省人民政府领导成员工作分工》的通知，明确了省政府领导分工。\n"
     "省长李文清领导省政府全面工作。负责财政、审计方面工作。\n副省长张建国负责发展改革、统计方面工作。\n",
     "某省人民政府领导成员工作分工", "notice"),
    ("原标题:某市市长、副市长最新分工公布,王立新负责交通、机关事务管理等工作\n某市门户网站今天公布了市长、副市长工作分工，"
     "副市长王立新分管市交通委员会。\n具体分工情况如下:\n市长、副市长工作分工\n根据地方组织法的有关规定，市政府实行市长负责制。\n"
     "李文清市长\n领导市政府全面工作。\n", "市长、副市长工作分工", "notice"),
])
def test_a_report_titled_by_the_document_it_reprints(text, expected, kind):
    row = document(text)
    assert (row.title, row.kind) == (expected, kind)


# a letter that opens at its addressees (its own title not on the page) and sends its document as the attachment
# printed under it, a table with no caption of its own under 附件1: the attachment note's name for it is the title
def test_a_letter_known_by_its_attachment():
    text = ("区政府各部门、各直属单位，各街道办事处：\n为确保完成区人大会议通过的2024年《政府工作报告》所提出的各项目标任务，"
            "经区政府研究决定，将目标任务进行分解，请认真抓好落实。\n附件：1. 2024年《政府工作报告》目标任务分解表\n"
            "2. 2024年民生实事项目目标任务分解表\n某市某区人民政府办公室\n2024年2月15日\n附件1 |\n"
            "序号 | 任务名称 | 牵头部门 |\n1 | 地区生产总值增长5% | 区发改局 |\n")
    row = document(text)
    assert (row.title, row.number) == ("2024年《政府工作报告》目标任务分解表", None)


# a mirror that kept only the story, its headline printed by the site's label under it: the reader's bar (正在阅读：X)
# or a saved page's footer (标题：X over 地址：http://…)
@pytest.mark.parametrize("text, expected", [
    (_STORY + "扫描二维码随身看资讯\n正在阅读: 某市人大常委会任免一批干部\n", "某市人大常委会任免一批干部"),
    ("本篇文章605字，读完约2分钟\n" + _STORY + "\n标题:李文清出任某市副市长\n\n地址:http://www.example.com/xw/8775.html\n",
     "李文清出任某市副市长"),
    (_STORY + "标题:李文清出任某市副市长\n", ""),  # (a label with no page address under it: no footer)
])
def test_a_headline_by_the_sites_label(text, expected):
    assert document(text).title == expected


# a page run onto one line (its line breaks lost, spaces where they were): its first run is the headline where it reads
# as one and a story follows; a body's name or a date opening a paragraph is none
@pytest.mark.parametrize("text, expected", [
    ("某省2024年新闻发言人名录发布,共48位,比去年增3位 新闻发言人数量增加两倍多 昨日，某省人民政府新闻办公室发布最新版"
     "新闻发言人名录。" + _STORY.strip() * 2, "某省2024年新闻发言人名录发布,共48位,比去年增3位"),
    ("某市人民政府办公室 " + _STORY.strip() * 2, ""),
])
def test_a_headline_run_on_with_its_story(text, expected):
    assert document(text).title == expected


@pytest.mark.parametrize("head", ["9月8日上午,某区配合省督察工作专班在区政府机关办公楼", "本报记者王立新北京报道"])
def test_a_run_on_lead_or_byline_is_no_headline(head):
    assert document(head + " " + _STORY.strip() * 2).title == ""
