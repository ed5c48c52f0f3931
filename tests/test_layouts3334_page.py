"""Reading the page and the document row, the classes of errors the blind corpora layouts33-34 found: two notices
joined in one text under a page's chrome of its own (a site's stamp of the day it published each, in a shape no
listing rule knows), split where one notice's end is followed by another's title with its number under it; a page
that lost its line breaks, the number glued after the title and before the addressees, the date signed by the seal
alone; a report that names the notice it reprints with its number, a clause, then 通知全文如下：. All notices are
made up."""
from __future__ import annotations

from pathlib import Path

from govkg.facts import Appointment, Assignment, Citation
from govkg.ingest import read_file
from govkg.nlp import extract
from govkg.notice import RawNotice


def _notices(tmp_path: Path, text: str) -> list[RawNotice]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [n for n in read_file(path) if isinstance(n, RawNotice)]


_PLAN = ("某县人民政府办公室关于印发某县村庄清洁行动方案的通知")
_PLAN_TEXT = ("某政办发〔2016〕7号 各乡镇人民政府，县政府各部门：经县政府同意，现将《某县村庄清洁行动方案》印发给你们，"
              "请认真组织实施。 某县人民政府办公室 2016年3月2日 某县村庄清洁行动方案 一、重点任务 （一）推进垃圾集中收运"
              "（县环卫处牵头，县财政局配合）。年底前实现全覆盖。二、工作要求 各单位要按月报送进展。")
_STAFF = "某县人民政府关于甲明等同志职务任免的通知"
_STAFF_TEXT = ("某政任〔2015〕3号 各乡镇人民政府，县政府各部门：经县政府研究决定：任命甲明为县水利局局长；免去乙华的县水利局"
               "局长职务，退休。 某县人民政府 2015年8月18日")

#: a site's own stamp under each entry's text, its name glued before an ISO date and time
STAMPED_UNDER = f"""登录注册

某县政府文件

  • {_PLAN}

    {_PLAN_TEXT}
    某县政府网信息公开2016-03-05 10:05:41
    0

  • {_STAFF}

    {_STAFF_TEXT}
    某县政府网信息公开2015-08-20 09:43:19
    0

« 上一页 1 下一页 »
"""

#: a site's stamp between each entry's title and its text, the date in words after a lost character
STAMPED_OVER = f"""某县政府文件 - 关键词文章列表

{_STAFF}
某某政务网 ? 2015年08月20日
{_STAFF_TEXT}。。。

{_PLAN}
某某政务网 ? 2016年03月05日
{_PLAN_TEXT}。。。

上一页 1 2 下一页
"""


def test_two_notices_joined_after_a_notices_end_are_split(tmp_path):
    for page, order in ((STAMPED_UNDER, (_PLAN, _STAFF)), (STAMPED_OVER, (_STAFF, _PLAN))):
        notices = _notices(tmp_path, page)
        assert [n.meta["title"] for n in notices] == list(order)
        read = {n.meta["title"]: extract(n) for n in notices}
        plan, staff = read[_PLAN], read[_STAFF]
        assert (plan.document.number, plan.document.signed, plan.document.published) == \
            ("某政办发〔2016〕7号", "2016-03-02", "2016-03-05")
        assert (staff.document.number, staff.document.signed, staff.document.published) == \
            ("某政任〔2015〕3号", "2015-08-18", "2015-08-20")
        assert staff.document.issuer == "某县人民政府"
        assert [f.person for f in staff.facts if isinstance(f, Appointment)] == ["甲明"]
        assert not any(isinstance(f, Assignment) for f in staff.facts)
        assert {(f.agency, f.role) for f in plan.facts if isinstance(f, Assignment)} == \
            {("县环卫处", "lead"), ("县财政局", "support")}


def test_traditional_script_number_heads_a_joined_notice(tmp_path):
    trad = str.maketrans({"号": "號", "关": "關", "于": "於", "县": "縣", "务": "務", "职": "職", "长": "長", "页": "頁"})
    notices = _notices(tmp_path, STAMPED_OVER.translate(trad))
    assert len(notices) == 2
    staff = extract(notices[0]).document  # (its title, in no line of its text, is put back as printed all the same)
    assert (staff.title, staff.number, staff.signed) == (_STAFF.translate(trad), "某政任〔2015〕3號", "2015-08-18")


def test_a_cover_letter_and_the_notice_it_forwards_stay_one(tmp_path):
    forwarded = "某市人民政府关于加强村庄清洁工作的通知"
    page = (f"某县人民政府办公室关于转发{forwarded}的通知\n某政办发〔2016〕8号\n各乡镇人民政府，县政府各部门：\n"
            f"现将《{forwarded}》转发给你们，请认真贯彻执行。\n某县人民政府办公室\n2016年3月9日\n"
            f"{forwarded}\n某政发〔2016〕2号\n各县区人民政府，市政府各部门：\n为加强村庄清洁工作，现就有关事项通知如下。\n"
            "某市人民政府\n2016年3月1日\n")
    assert len(_notices(tmp_path, page)) == 1


def test_a_title_printed_twice_and_a_table_of_contents_stay_one(tmp_path):
    twice = (f"{_STAFF}\n\n{_STAFF}\n{_STAFF_TEXT}\n")
    assert len(_notices(tmp_path, twice)) == 1
    contents = (f"目录\n{_STAFF}\n{_PLAN}\n\n{_STAFF}\n{_STAFF_TEXT}\n")
    assert len(_notices(tmp_path, contents)) == 1


def test_number_glued_after_the_title_on_a_page_without_line_breaks(tmp_path):
    page = ("查看完整版本: [-- 某县部署村庄清洁行动 --]\n\n某县部署村庄清洁行动\n\n"
            f"原标题:{_PLAN} 据某县政府网消息，某县人民政府办公室近日印发《某县村庄清洁行动方案》，逐项明确牵头单位。"
            f"全文如下:{_PLAN}某政办〔2016〕7号各乡镇人民政府，县政府有关部门：经县政府同意，现将《某县村庄清洁行动方案》"
            "印发给你们，请认真贯彻落实。二〇一六年三月二日某县村庄清洁行动方案一、重点任务（一）推进垃圾集中收运"
            "（县环卫处牵头，县财政局配合）。年底前实现全覆盖。二、工作要求各单位要按月报送进展。\n")
    doc = extract(_notices(tmp_path, page)[0]).document
    assert (doc.title, doc.number, doc.signed) == (_PLAN, "某政办〔2016〕7号", "2016-03-02")


def test_report_naming_the_notice_it_reprints_then_its_full_text(tmp_path):
    title = "某市某区某某街道办事处关于成立垃圾分类工作领导小组的通知"
    page = (f"　　近日，某某街道印发《{title}》（某街办〔2019〕5号），统筹推进辖区垃圾分类工作。通知全文如下：\n\n"
            "各社区工作站，街道各部门：\n　　为推进辖区垃圾分类工作，决定成立某某街道垃圾分类工作领导小组，成员如下：\n"
            "　　组　长：甲明　街道办事处主任\n　　成　员：乙华　街道综合执法队队长\n\n某市某区某某街道办事处\n2019年8月2日\n")
    read = extract(_notices(tmp_path, page)[0])
    assert (read.document.title, read.document.number) == (title, "某街办〔2019〕5号")
    assert not any(isinstance(f, Citation) for f in read.facts)
