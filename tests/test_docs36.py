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


def _html_page(tmp_path, head_title: str, body: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset='utf-8'><title>{head_title}</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    from govkg.ingest import read_inputs
    [page] = [n for n in read_inputs([path]) if isinstance(n, RawNotice)]
    return extract(page).document


def test_a_column_label_joined_to_a_pages_title_by_a_hyphen(tmp_path):
    body = ("<h2>法规内容</h2><p>发布日期：2031-07-09</p><p>第一条　为规范涉案财物管理，制定本办法。</p><p>第二条　本院计划财务装备部门负责涉案财物的保管。</p>"
            "<p>某县人民检察院</p><p>2031年7月2日</p>")
    doc = _html_page(tmp_path, "法规内容-某县人民检察院涉案财物管理办法（试行）", body)
    assert doc.title == "某县人民检察院涉案财物管理办法(试行)"
    # (a column and its page: two labels, no title)
    lost = _html_page(tmp_path, "通知公告-正文", "<p>各社区居委会：</p><p>为做好防汛工作，经研究，决定成立防汛工作领导小组。"
                      "组长：甲某某。</p><p>某某街道办事处</p><p>2031年5月16日</p>", "lost.html")
    assert not lost.title


def test_a_book_readers_chapter_heading_names_the_notice():
    text = ("上一页　　目录　　下一页\n\n第二卷　高原上的文件　第17章　某县人民政府关于调整县脱贫攻坚指挥部的通知(第1頁)\n\n"
            "某县人民政府关于调整县脱贫攻坚指挥部的通知 某政发〔2031〕27号 各乡（镇）人民政府，县直各单位：　　根据工作需要，"
            "决定调整县脱贫攻坚指挥部组成人员。指挥长：甲某某 县长 某县人民政府 2031年8月26日\n\n本章未完，点击下一页继续阅读\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某县人民政府关于调整县脱贫攻坚指挥部的通知", "某政发〔2031〕27号")


def test_piece_headings_that_repeat_the_pages_name(tmp_path):
    first = ("某县人民政府关于甲某某等同志任免职的通知\n\n某政任〔2031〕5号\n\n各乡镇人民政府，县直各部门：\n\n"
             "经县人民政府2031年3月2日第四次常务会议研究，决定对以下同志任免职务：\n甲某某任县卫生局局长，免去其县计划生育局副局长职务；\n"
             "乙某某任县交通局副局长（试用期一年）；\n免去丙某某的县林业局局长职务（退休）。\n"
             "选派丁某某同志挂职任县农牧局副局长，挂职期限两年。\n\n"
             "                                        某县人民政府\n                                       二〇三一年三月五日\n")
    second = ("某乡2033年草原防火工作实施方案\n\n某乡政发〔2033〕8号\n\n各村委会、乡属各单位：\n\n为做好春季草原防火工作，特制定本方案。\n"
              "一、开展防火宣传。由乡林业站牵头，派出所、各村委会配合，在各村设立宣传牌，发放双语宣传资料。\n"
              "二、落实防火物资储备（乡农牧综合服务中心负责）。储备风力灭火机等物资。\n"
              "三、组建扑火应急队伍。牵头单位：乡武装部；配合单位：各村委会；时限：3月底前。\n\n"
              "                                        某县某乡人民政府\n                                          2033年2月28日\n")
    text = ("当前位置:某某文档网 > 公文范文 > 正文\n\n某县任免通知及乡镇工作方案(精选文档)\n\n"
            "第1篇: 某县任免通知及乡镇工作方案\n\n" + first + "\n第2篇: 某县任免通知及乡镇工作方案\n\n" + second)
    docs = [extract(n).document for n in read_notices(tmp_path, text)]
    assert [(d.number, d.title) for d in docs] == [("某政任〔2031〕5号", "某县人民政府关于甲某某等同志任免职的通知"),
                                                   ("某乡政发〔2033〕8号", "某乡2033年草原防火工作实施方案")]


def test_a_headline_that_says_who_sent_the_plan_over_its_issuers_own_line():
    text = ("某某日报 > 新闻\n\n某市印发农村人居环境整治提升工作专班运行方案\n\n本篇文章1486字,读完约4分钟\n\n"
            "某市人民政府办公室\n关于印发某市农村人居环境整治提升工作专班运行方案的通知\n某政办发〔2031〕31号\n\n"
            "各镇人民政府、街道办事处：\n　　《某市农村人居环境整治提升工作专班运行方案》已经市政府同意，现印发给你们。\n\n"
            "                                        某市人民政府办公室\n                                          2031年6月12日\n")
    assert document(text).title == "某市人民政府办公室关于印发某市农村人居环境整治提升工作专班运行方案的通知"


def test_a_headline_with_the_issuers_short_name_over_its_full_name():
    text = ("某市经信委关于成立智能制造推进工作领导小组的通知\n某市经济和信息化委员会关于成立\n智能制造推进工作\n领导小组的通知\n"
            "某经信发〔2031〕58号\n各区县经济信息委，委机关各处室：\n　　经研究，决定成立领导小组。\n组　长　甲某某　市经济信息委主任\n")
    assert document(text).title == "某市经济和信息化委员会关于成立智能制造推进工作领导小组的通知"
    # (a label run before the whole name is no fuller name: 第4页某县人民政府办公室)
    text = ("某县人民政府办公室关于印发某县城乡环境综合整治实施方案的通知\n第4页某县人民政府办公室关于印发某县城乡环境综合整治实施方案的通知\n"
            "某政办发〔2031〕30号\n各乡镇人民政府：\n　　现将方案印发给你们。\n")
    assert document(text).title == "某县人民政府办公室关于印发某县城乡环境综合整治实施方案的通知"


def test_the_issuers_title_under_a_number_that_dropped_its_hao():
    text = ("关于印发《2031年全区农村人居环境整治重点任务分工方案》的通知\n某农办发〔2031〕47\n \n某自治区农业农村厅\n"
            "关于印发《2031年全区农村人居环境整治\n重点任务分工方案》的通知\n(2031年4月19日)\n \n各市、县（区）农业农村局：\n"
            "　　现将方案印发给你们，请按时限完成。\n")
    assert document(text).title == "某自治区农业农村厅关于印发《2031年全区农村人居环境整治重点任务分工方案》的通知"


def test_a_reposts_headline_marked_as_reposted_is_whole():
    text = ("某省侨办调整某某工作领导小组（转载）\n某省人民政府侨务办公室关于调整某某工作领导小组成员的通知\n某侨发〔2031〕31号\n"
            "某省人民政府侨务办公室关于调整某某工作领导小组成员的通知\n"
            "办机关各处室：\n　　经研究，决定调整领导小组。\n　　组　长：甲某某　省侨办主任\n")
    assert document(text).title == "某省人民政府侨务办公室关于调整某某工作领导小组成员的通知"


def test_a_forum_threads_reprinted_congress_list_is_titled_by_its_heading():
    counters = "\n".join(["[复制链接]", "12", "主题", "40", "回帖", "186", "积分", "中级会员", "积分", "186"])
    text = ("某某岛论坛\n\n查看: 286|回复: 3\n\n某县人大常委会第二十三次会议任免一批干部(转贴)\n\n" + counters + "\n"
            "发表于 2039-3-2 21:15:07 | 显示全部楼层\n本帖最后由 某某 于 2039-3-2 21:20 编辑\n\n旧帖整理，转过来存个档。\n\n"
            "    某县第十二届人民代表大会常务委员会第二十三次会议于2031年7月18日举行。会议表决通过了人事任免事项。\n\n"
            "某县人民代表大会常务委员会\n任免名单\n(2031年7月18日某县第十二届人民代表大会常务委员会第二十三次会议通过)\n\n"
            "    决定任命:\n    甲某某为县财政局局长;\n    免去:\n    乙某某的县人民法院审判员职务。\n\n"
            "分享到:  QQ好友和群\n回复\n")
    doc = document(text)
    assert (doc.title, doc.signed) == ("某县人民代表大会常务委员会任免名单", "2031-07-18")
    assert ("Appointment", "甲某某", "县财政局", "局长") in posts(text)


def test_a_pages_links_on_lines_of_their_own_are_joined_back():
    text = ("某某街道\n\n某某街道，隶属于某某自治区\n某某市\n，辖朝阳、\n某某\n等社区。2031年3月19日，街道公布文件，全文如下：\n\n"
            "某街发〔2031〕12号\n各社区居委会：\n为持续改善辖区\n人居环境\n，经研究，决定成立某某街道环境整治工作专班，组成人员如下：\n"
            "专 班 长：某某街道\n党工委\n书记　甲某某\n副专班长：某某街道党工委副书记、\n办事处\n主任　乙某某\n"
            "成　　员：某某街道城建环保办主任　丙某某\n　　　　　某某街道\n综治中心\n主任　丁某某\n"
            "                                                                  某某市某某街道办事处\n"
            "                                                                      2031年3月18日\n\n词条标签：\n街道办事处\n某某市\n")
    from helpers import memberships
    found = memberships(text)
    assert {(p, r) for p, _, r in found} >= {("甲某某", "专班长"), ("乙某某", "副专班长"), ("丁某某", "成员")}
    assert ("Position", "甲某某", "某某街道党工委", "书记") in posts(text)
    # (lines of a list, a name a line, are no links: nothing opens on a comma)
    from govkg.text import join_anchor_breaks
    listed = "组长：\n甲某某\n副组长：\n乙某某\n丙某某\n"
    assert join_anchor_breaks(listed) == listed


def test_a_subgroups_bracketed_head_in_a_notice_on_one_line():
    text = ("某市某区人民政府关于调整区防汛防旱防风指挥部组成人员的通知 某府〔2031〕58号 各街道办事处，区府直属各单位："
            "因人事变动，区人民政府决定调整区防汛防旱防风指挥部组成人员。现将调整后的名单通知如下："
            "总指挥：甲某某 区长 副总指挥：乙某某 副区长　丙某某 区人武部部长 成员：丁某某 区政府办公室主任　戊某某 区民政局局长 "
            "区三防指挥部下设抢险救援组（组长：丙某某）、转移安置组（组长：戊某某）、后勤保障组（组长：丁某某），各组成员由组长所在单位确定。"
            "某市某区人民政府 二〇三一年四月十六日")
    from helpers import subgroups, memberships
    assert {g for g, _ in subgroups(text)} >= {"抢险救援组", "转移安置组", "后勤保障组"}
    assert ("丙某某", "抢险救援组", "组长") in memberships(text)


def test_a_content_farms_pinyin_notes_in_lenticular_brackets():
    text = ("某市某县人民政府关于任【rèn】免甲某某等同志职务的通知\n某府任〔2031〕5号\n各乡镇人民政府：\n"
            "经县人【rén】民政府研究决定：\n甲某某任县财政局局长；\n某市某县人民政府\n2031年7月10日\n")
    assert document(text).title == "某市某县人民政府关于任免甲某某等同志职务的通知"
    assert ("Appointment", "甲某某", "县财政局", "局长") in posts(text)


def test_a_headline_over_a_title_that_opens_with_a_ministrys_department(tmp_path):
    body = ("<h1>某部某某司成立“清四乱”常态化工作专班</h1><p>某部某某管理司关于成立“清四乱”<br>常态化工作专班的通知</p>"
            "<p>某函〔2031〕35号</p><p>各流域管理机构，司内各处：</p><p>　　经司务会研究，决定成立工作专班。</p>"
            "<p>　　专 班 长：甲某某　某某管理司司长</p>")
    doc = _html_page(tmp_path, "某部某某司成立“清四乱”常态化工作专班", body)
    assert doc.title == "某部某某管理司关于成立“清四乱”常态化工作专班的通知"


def test_a_gazettes_digital_edition_one_document_a_page(tmp_path):
    rule = "-" * 40
    text = ("某县政报-数字报\n\n2031年01月20日星期六\n内部资料准印证:某新出内准字(30)第031号\n【本期目录】\n"
            "  1.某县人民政府关于甲某某等同志任免职务的通知 ……………… 第1版\n"
            "  2.某县人民政府办公室关于印发某县春季农田水利建设实施方案的通知 ……………… 第2版\n\n"
            f"{rule}\n第1版:政府文件\n\n某县人民政府关于甲某某等同志任免职务的通知\n\n某政人〔2030〕23号\n\n各乡镇人民政府：\n"
            "    经县人民政府研究决定：任命甲某某同志为县计划委员会主任；免去乙某某同志的县物价局局长职务。\n\n"
            "                                              某县人民政府\n                                        二〇三〇年十二月二十六日\n\n"
            f"{rule}\n第2版:政府文件\n\n某县人民政府办公室关于印发某县春季农田水利建设实施方案的通知\n\n某政办〔2031〕4号\n\n"
            "各乡镇人民政府：\n    现将方案印发给你们。一、清淤工程由县水利局牵头，各乡镇配合。\n\n"
            "                                              某县人民政府办公室\n                                        二〇三一年一月十日\n")
    docs = [extract(n).document for n in read_notices(tmp_path, text)]
    assert [d.number for d in docs] == ["某政人〔2030〕23号", "某政办〔2031〕4号"]


def test_a_borderless_tables_row_is_no_rest_of_the_wrapped_row_over_it():
    from govkg.text import strip_copy_noise
    text = ("序号│任务│牵头单位│配合单位│完成时限\n4│开展干部培训│继续教育学院│组织部、\n│\u3000│\u3000│\u3000│教师工作部│2031年11月\n"
            "5│建立备案制度│纪委办公室│组织部│2031年12月\n")
    lines = strip_copy_noise(text).split("\n")
    assert any(ln.startswith("5│建立备案制度") for ln in lines)


def test_a_corps_regiment_signs_its_notice():
    text = ("第十师某某团关于印发《某某团2031年农田建设实施方案》的通知\n某团发〔2031〕19号\n团属各单位、各连队：\n"
            "现将方案印发给你们，请认真贯彻落实。\n第十师一八八团\n2031年3月16日\n")
    doc = document(text)
    assert (doc.issuer, doc.signed) == ("第十师一八八团", "2031-03-16")


def test_a_forum_replys_floor_is_no_title_and_a_council_signs():
    text = ("首页>Club>\n12\n回复列表\n  • 1 # 某某老周\n\n      各位社员：\n\n"
            "      经理事会研究决定，成立某某蔬菜种植专业合作社农产品质量安全管理小组。组成人员如下：\n\n"
            "      组  长：甲某某（理事长）\n      副组长：乙某某（监事长）\n\n"
            "                                          某某市某某蔬菜种植专业合作社理事会\n"
            "                                                      2031年3月2日\n\n  • 2 # 不知叫啥名666\n\n      楼上这个格式可以参考。\n")
    doc = document(text)
    assert not doc.title and doc.issuer == "某某市某某蔬菜种植专业合作社理事会"
