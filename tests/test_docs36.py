"""Document classes of the thirty-sixth session (blind layouts149 and layouts150). Every text is made up.

- A literature database's record of a notice printed in a periodical (文献类型 / 期刊论文 / 文献题名 / … / 文摘内容 /
  the notice): each field's label alone on its line, its values under it; the notice's number, far below its title,
  is still its own.
- An export of several records, each under a numbered rule (=== 导出记录 1/2 ===): each record one notice, with the
  info block over its title; a page's rule (----- 第1页 -----) splits nothing.
- An editor's note under a page's headline (【编者按】本栏目选编…) is no part of a title: the notice's own title and
  number under it are read.
- A compilation page's texts under bracketed piece headings (【第一份】 / 【第二份】): one notice each.
"""
from __future__ import annotations

from helpers import document, posts, read_notices

from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.ingest.records import split_records


RECORD = ("编号\nqk0000000001\n文献类型\n期刊论文\n文献题名\n中共某某林业局委员会关于甲某某等同志任职的决定\n作者\n"
          "中共某某林业局委员会\n作者单位\n某某林业管理局某某林业局\n母体文献\n某某林业通讯\n年卷期\n2031年02期\n年份\n2031\n"
          "分类号\nF326.2\n关键词\n某某林业局\n干部任免\n林场\n贮木场\n文摘内容\n某林党发(2031)7号\n局属各单位党组织:\n"
          "  经局党委常委会议研究,决定:\n  甲某某同志任局党委组织部部长;\n  免去乙某某同志的某某林场场长职务。\n"
          "                                        中共某某林业局委员会\n"
          "                                          二〇三一年四月十二日\n")


def test_a_literature_records_notice_keeps_its_number():
    doc = document(RECORD)
    assert (doc.title, doc.number, doc.signed) == ("中共某某林业局委员会关于甲某某等同志任职的决定", "某林党发〔2031〕7号",
                                                   "2031-04-12")
    assert ("Appointment", "甲某某", "局党委组织部", "部长") in posts(RECORD)


def _record(title: str, number: str, day: str) -> str:
    return (f"当前位置: 首页/政务公开\n索 引 号\n发布机构 某旗人民政府\n文  号 {number}\n成文日期 {day}\n\n{title}\n\n"
            "发布日期:2031-12-08 10:31\n分享到:\n\n各苏木镇人民政府,旗直各有关部门:\n"
            "  现将方案印发给你们,请认真组织实施。\n  一、加强火源管控。由旗公安局牵头,旗林业局配合。\n"
            "                                    某旗人民政府\n")


def test_an_exports_numbered_records_are_one_notice_each(tmp_path):
    text = ("=== 导出记录 1/2 ===\n" + _record("某旗人民政府关于印发某旗2031年草原防火工作方案的通知", "某政发[2031]19号", "2031-04-03")
            + "\n=== 导出记录 2/2 ===\n"
            + _record("某旗人民政府关于印发某旗2031年危房改造工作方案的通知", "某政发(2031)44号", "2031-07-16"))
    notices = read_notices(tmp_path, text)
    assert len(notices) == 2
    docs = [extract(n).document for n in notices]
    assert [(d.number, d.title) for d in docs] == [
        ("某政发〔2031〕19号", "某旗人民政府关于印发某旗2031年草原防火工作方案的通知"),
        ("某政发〔2031〕44号", "某旗人民政府关于印发某旗2031年危房改造工作方案的通知")]
    assert [n.origin for n in notices] == [f"{tmp_path / 'list.txt'}#1", f"{tmp_path / 'list.txt'}#2"]


def test_a_pages_rules_split_no_records():
    text = "某某方案\n----- 第1页 -----\n一、总体要求\n" + "某某" * 30 + "\n----- 第2页 -----\n二、主要任务\n"
    assert split_records(text) is None
    # (rules that count out of order are a text's own dividers)
    assert split_records("=== 记录 2 ===\n甲\n=== 记录 1 ===\n乙\n") is None


def test_an_editors_note_is_no_part_of_a_title():
    text = ("【历史文献】开发区“代办制”早期规范性文件选编之三\n"
            "[编者按]本栏目选编本世纪初开发区推行代办服务的规范性文件,文本据原件录入,仅供研究参考。\n"
            "某某经济技术开发区管理委员会关于印发《某某开发区代办服务管理办法》的通知\n某开管发[2031]26号\n"
            "区直各部门:\n　　《某某开发区代办服务管理办法》已经讨论通过,现印发给你们,请认真贯彻执行。\n"
            "　　　　　　　　　　　某某经济技术开发区管理委员会\n　　　　　　　　　　　　二〇三一年九月二十八日\n")
    # (the page's own title, its <title>, names the column's headline)
    page = RawNotice(source="page.html", index=0, text=text, meta={"title": "【历史文献】开发区“代办制”早期规范性文件选编之三"})
    doc = extract(page).document
    assert (doc.title, doc.number) == ("某某经济技术开发区管理委员会关于印发《某某开发区代办服务管理办法》的通知",
                                       "某开管发〔2031〕26号")


def test_texts_under_bracketed_piece_headings(tmp_path):
    first = ("某县人民代表大会常务委员会\n任免名单\n（2031年3月27日某县第十二届人民代表大会常务委员会第二次会议通过）\n\n"
             "一、决定任命\n　（一）县人民政府组成部门\n　　甲某某为县财政局局长\n　　乙某某为县审计局局长\n"
             "二、任命\n　（一）县人民法院\n　　庚某某为县人民法院副院长、审判委员会委员\n"
             "三、免去\n　　丙某某的县审计局局长职务\n　　辛某某的县人民法院副院长、审判委员会委员职务\n")
    second = ("某县人民代表大会常务委员会关于接受辞职和任免职务的决定\n"
              "（2031年8月20日某县第十二届人民代表大会常务委员会第十一次会议通过）\n\n"
              "某县第十二届人民代表大会常务委员会第十一次会议决定：\n一、接受丁某某辞去某县人民政府副县长职务的请求。\n"
              "二、按单位任免下列人员职务：\n　（一）县人民政府\n　　决定任命戊某某为县公安局局长；\n"
              "　　决定任命壬某某为县教育委员会主任，免去其县文化局局长职务。\n")
    text = ("当前位置:某某公文写作网 » 人事任免 » 正文\n\n某县人大常委会任免名单两份\n\n"
            "概要:本页收录某县人大常委会任免名单两份，供参考。\n\n【第一份】\n\n" + first + "\n【第二份】\n\n" + second
            + "\n上一篇:乡镇人大主席团任免决定格式\n")
    notices = read_notices(tmp_path, text)
    assert len(notices) == 2
    second_doc = extract(notices[1]).document
    assert second_doc.title == "某县人民代表大会常务委员会关于接受辞职和任免职务的决定"
    assert ("Appointment", "戊某某", "县公安局", "局长") in posts(notices[1].text)


def test_a_compilations_notices_run_on_one_line(tmp_path):
    text = ("某某文档网\n首页 > 行业资料 > 某农场文件选编.docx\n\n"
            "某农场文件选编(2031-2033)场史办公室编 2034年3月 某省国营某某农场关于印发《2031年场直环境整治工作方案》的通知"
            " 某农发〔2031〕18号 各管理区、场直各单位：《2031年场直环境整治工作方案》已经场长办公会议研究通过，现印发给你们。"
            " 某省国营某某农场 二〇三一年四月八日 一、清理场区垃圾死角，由城建科牵头，环卫所配合。"
            " 某省某某农场第五分场关于调整分场安全生产领导小组的通知 五分场发〔2033〕6号 分场各作业站、各单位：因人员变动，"
            "决定对分场安全生产领导小组成员进行调整：组长：甲某某 分场场长 副组长：乙某某 分场副场长"
            " 某省某某农场第五分场 二〇三三年五月十六日\n")
    notices = read_notices(tmp_path, text)
    docs = [extract(n).document for n in notices]
    assert [(d.number, d.title) for d in docs] == [
        ("某农发〔2031〕18号", "某省国营某某农场关于印发《2031年场直环境整治工作方案》的通知"),
        ("五分场发〔2033〕6号", "某省某某农场第五分场关于调整分场安全生产领导小组的通知")]


def test_a_notices_head_printed_twice_on_a_line_is_one_notice(tmp_path):
    head = "某市人民政府办公室关于印发《某市2031年营商环境工作台账》的通知 某府办发〔2031〕7号 各县（区）人民政府，市级各部门："
    text = (head + "《某市2031年营商环境工作台账》已经市政府同意，下面是小编为大家整理的通知，供大家参考。\n"
            + head + " 《某市2031年营商环境工作台账》已经市政府同意，现印发给你们，请认真抓好落实。 某市人民政府办公室 2031年3月14日\n")
    assert len(read_notices(tmp_path, text)) == 1


def test_a_previews_pieces_cut_inside_words_at_any_length(tmp_path):
    text = ("某某文档网\n\n《某农场文件选编.docx》由会员分享,可在线阅读,更多相关《某农场文件选编.docx(12页珍藏版)》请在某某文档网上搜索。\n\n"
            "1、某省某某农场第五分场关于调整分场安全生产领导小组的通知 五分场发〔2033〕6号 分场各作业站、各单位：因人员变动，"
            "经分场研究，决定对分场安全生产领导小组成员进行调整，调整后的组成人员如下：组长：甲某某 分场场长 副组长：乙\n\n"
            "2、 某某 分场党总支副书记 成员：丙某某 分场安全员 丁某某 分场会计 戊某某 第三作业站站长 领导小组下设办公室，"
            "办公室设在分场安全员室，由丙某某同志兼任办公室主任。某省某某农场第五分场 二〇三三年五月十六日 某省国营某某农场"
            "关于印发某某方案的通知 某农发〔2033〕9号 各管理区、场直各单\n\n"
            "3、位：现将方案印发给你们，请认真组织实施。（本选编仅供内部参考）\n")
    first, second = read_notices(tmp_path, text)
    assert "副组长：乙 某某" in first.text and "2、" not in first.text
    assert "各管理区、场直各单位：" in second.text
