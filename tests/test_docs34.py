"""Classes of the thirty-fourth session (blind layouts123–layouts128 and real34–real35). Every text is made up.

- A sumu's head (某某苏木苏木达) is a post.
- Army and Production and Construction Corps units' heads (某师师长, 某连连长) are posts; a unit named bare by its kind
  in its own notice (师, 团, 公社) has its own Party committee (师党委副书记), and its head after it heads the unit.
- A news page's headline under an ad's line of Latin words with commas (… Taoyuan , Taoyuan); a traditional repost's
  原標題: label says its line is the headline, unless a document follows (…如下:).
- A compilation page's texts under bare piece headings (第1篇 / 第2篇), each a notice; a piece's heading naming the
  plan with the issuer's place (某苏木2014年某某方案) over the notice's own title (某苏木人民政府关于印发2014年某某方案的通知).
- A listing's date line with its fields parted by dots (2015-05-29 · 政策文件 · 阅读 312).
- A title boxed whole in square brackets ([ 某局关于…的通知 ]).
- A reply to a proposal or a suggestion, its title without 关于 (对某市政协某次会议 / 第12号提案的答复).
- A converter's label opening every row (第条: 某某同志任某司司长；) is no part of the text.
- A session report whose lead dates the session without its year (5月28日，某市人大常委会第十八次会议召开) is signed on
  that day of the year its posting date gives (the spec: the year from the page's dateline).
- A table copied one cell per line whose empty cell in the middle of a row is a line of spaces (<p>　</p>).
- A gazetteer's record page: its section heading (第二节 干部任免) is no title, its field block (知识类型: / 唯一号: /
  页码:) stands over the document; a forum thread that reprints a red-header document far down, its floor's post line
  (发表于 2014-1-7 21:36) the day it was posted; a page's own name for a notice (某某工作专班通知) printed again and again
  over its own title wrapped after the issuer; a heading without 关于 wrapped after its issuer's name
  (中共某县委组织部 / 干部任前公示公告), a personnel notice.
- A page cut inside a member list opens with a member's line (甲某某 (某区副区长)): no headline. A model-text site's
  headline counting its pieces (某某实施方案6篇) names a plan.
- Round 3 (layouts133, layouts134): a crawl record's title named `heading`; a newspaper's section (政务/公告 under
  第02版) is no title; a story's own headline ending in 通知 (二十年前的一纸任免通知) over the notice it reprints with its
  number: the notice's title; a page's count of readers that never loaded (浏览次数: 次) glued before the number;
  a compilation's pieces headed 范文一：/ 范文二：; a forum thread's title holding a comma; a headline without its
  issuer over the notice run onto one line that opens with its issuer, the same title and its number.
- A table copied out of a PDF one cell per line runs over its pages: each page's number (— 3 —) and the header printed
  again under it are no rows, and a cell the page's end cut (成果转化 / … / 中心) is one cell again.
"""
from __future__ import annotations

from helpers import assignments, document, position_rows, posts, read_notices


def test_a_division_head_and_its_party_committee():
    rows = position_rows("某某师关于调整防汛指挥部成员的通知\n各团场：\n　　经研究，决定调整师防汛指挥部成员如下：\n"
                         "　　指挥长：甲某某　师党委副书记、师长\n　　副指挥长：乙某某　第二师副师长\n"
                         "　　成　员：丙某某　一连连长\n\n某某师\n2031年6月2日\n")
    assert {("甲某某", "师党委", "副书记"), ("甲某某", "师", "师长"), ("乙某某", "第二师", "副师长"),
            ("丙某某", "一连", "连长")} <= rows


def test_a_commune_party_committee_named_bare():
    rows = position_rows("某县某某公社革命委员会关于成立春耕生产领导小组的通知\n各大队：\n　　经研究，成立春耕生产领导小组。\n"
                         "　　组　长：丁某某　公社党委书记、主任\n　　副组长：戊某某　公社党委副书记\n\n"
                         "某县某某公社革命委员会\n一九七九年三月二日\n")
    assert {("丁某某", "公社党委", "书记"), ("戊某某", "公社党委", "副书记")} <= rows


def test_headline_under_an_ad_line_of_latin_words():
    doc = document("search\n寻找猫咪~QQ 地点 某市某区 Taoyuan , Taoyuan\n\n甲某某主持省人大常委会,任命乙某某为某省人民政府副省长\n\n"
                   "4月7日上午,省十二届人大常委会举行第二十七次会议。会议决定任命乙某某为某省人民政府副省长。\n")
    assert doc.title == "甲某某主持省人大常委会,任命乙某某为某省人民政府副省长"


def test_traditional_repost_label_before_a_two_part_headline():
    doc = document("原標題:某省政府秘書長空缺四個月后獲補,前任不到兩個月便去職\n4個月后,某省政府秘書長一職終獲補缺。\n"
                   "2日,某省人民代表大會常務委員會決定任命甲某某為某省人民政府秘書長。\n")
    assert doc.title == "某省政府秘書長空缺四個月后獲補,前任不到兩個月便去職"


def test_repost_label_over_a_story_that_reprints_a_document():
    doc = document("原标题:某市市长、副市长最新分工公布,甲某负责交通等工作\n某市门户网站今天公布了市长、副市长工作分工。\n"
                   "具体分工情况如下:\n市长、副市长工作分工\n根据有关规定,市政府实行市长负责制。\n乙某某市长\n领导市政府全面工作。\n")
    assert doc.title == "市长、副市长工作分工"


_PIECES = ("某某合集\n\n合集下载\n  1. 1、下载文档前请自行甄别文档内容的完整性。\n\n第1篇\n\n某某苏木2031年嘎查村环境整治工作方案\n\n"
           "某某苏木人民政府关于印发2031年嘎查村环境整治工作方案的通知\n\n某苏政发【2031】6号\n\n各嘎查村委会,苏木各站所:\n\n"
           "现将《某某苏木2031年嘎查村环境整治工作方案》印发给你们,请认真组织实施。\n\n某某苏木人民政府\n\n2031年4月8日\n\n"
           "一、整治任务\n\n(一)清理积存垃圾。由各嘎查村委会负责,苏木环卫所配合,5月底前完成。\n\n第2篇\n\n(预览自第2页)\n\n"
           "各社区居委会,街道各科室:\n\n为做好2032年老旧小区改造工作,经街道党工委研究,决定成立某某街道老旧小区改造工作领导小组。"
           "组成人员如下:\n\n组  长:甲某某  街道党工委书记\n\n副组长:乙某某  街道办事处主任\n\n某市某区某某街道办事处\n\n2032年3月20日\n")


def test_bare_piece_headings_part_a_compilation(tmp_path):
    notices = read_notices(tmp_path, _PIECES)
    assert len(notices) == 2
    assert "某苏政发" in notices[0].text and "老旧小区" not in notices[0].text
    assert notices[1].text.lstrip().startswith("(预览自第2页)")


def test_plan_name_with_the_issuers_place_over_the_notices_own_title(tmp_path):
    from govkg.nlp import build_nlp, extract
    first = read_notices(tmp_path, _PIECES)[0]
    doc = extract(first, build_nlp()).document
    assert doc.title == "某某苏木人民政府关于印发2031年嘎查村环境整治工作方案的通知"
    assert doc.number == "某苏政发〔2031〕6号"


def test_listing_date_line_with_dotted_fields(tmp_path):
    item = ("{n}、某县人民政府{what}的通知\n{date} · 政策文件 · 阅读 312\n某政{code}〔2031〕{k}号\n各乡镇人民政府,县政府各部门:\n"
            "  经研究，现将有关事项通知如下，请认真贯彻执行。各单位要明确专人负责，每月底前报送工作进展情况，确保各项任务按期完成。"
            "县政府将适时组织督查，对工作不力的单位予以通报。\n                              某县人民政府\n"
            "                               2031年5月27日\n[展开全文]\n\n")
    text = ("首页 > 标签 > 县级政府文件\n\n县级政府文件\n共收录 2 篇相关文章\n\n"
            + item.format(n=1, what="关于做好2031年防汛工作", date="2031-05-29", code="发", k=3)
            + item.format(n=2, what="关于调整县防汛指挥部成员", date="2031-06-02", code="办", k=9)
            + "上一页 1 下一页\n")
    notices = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in notices] == ["2031-05-29", "2031-06-02"]


def test_title_boxed_in_square_brackets():
    doc = document("<title>[ 某某局关于甲某某等同志职务任免的通知 ] - 标准文本核对</title>\n"
                   "[ 某某局关于甲某某等同志职务任免的通知 ] |\n某局人〔2031〕18号 局机关各司室： |\n"
                   "经局党组研究决定： |\n甲某某同志任规划司司长； |\n某某局 |\n2031年9月6日 |\n")
    assert doc.title == "某某局关于甲某某等同志职务任免的通知"


def test_reply_to_a_proposal_titled_without_guanyu():
    doc = document("分类标识【D】\n是否同意公开【主动公开】\n某房议字〔2031〕11号 签发人:甲某某\n对市政协第十四届第四次会议\n"
                   "第2031D048号集体提案的答复\n某某市委员会:\n贵会提出的建议收悉,现答复如下:\n我市城市体检工作由市建设主管部门牵头负责。\n"
                   "某市住房保障和房屋管理局\n2031年7月23日\n")
    assert doc.title == "对市政协第十四届第四次会议第2031D048号集体提案的答复"
    assert doc.number == "某房议字〔2031〕11号"


def test_a_label_opening_every_row_is_no_part_of_the_text():
    rows = "".join(f"<tr><td>第条: {line} |</td></tr>\n" for line in (
        "某局人〔2031〕187号 局机关各司室，各直属单位：", "经局党组2031年9月3日会议研究决定：", "甲某某同志任粮食储备司司长；",
        "乙某某同志任规划建设司副司长（试用期一年）；", "免去丙某某同志的物资储备司巡视员职务。", "某某局", "2031年9月6日"))
    found = posts("<html><body><table>\n<tr><td>[ 某某局关于甲某某等同志职务任免的通知 ] |</td></tr>\n" + rows
                  + "</table></body></html>")
    assert ("Removal", "丙某某", "物资储备司", "巡视员") in found
    assert ("Appointment", "甲某某", "粮食储备司", "司长") in found
    assert not [f for f in found if f[1] == "第条"]


def test_session_report_dated_by_its_lead_and_the_posting_year():
    doc = document("您的当前位置:首页>时政\n甲某某任某市代理市长\n2031-05-30 08:17:56   来源:某市人大常委会\n\n"
                   "5月28日,某市十五届人大常委会第十八次会议召开。会议决定:接受乙某某辞去某市人民政府市长职务。\n"
                   "会议表决通过,任命甲某某为某市人民政府副市长、代理市长。\n")
    assert (doc.signed, doc.published) == ("2031-05-28", "2031-05-30")
    early = document("您的当前位置:首页>时政\n甲某某任某市代理市长\n2032-01-02 08:17:56   来源:某市人大常委会\n\n"
                     "12月30日,某市十五届人大常委会第十八次会议召开。会议表决通过,任命甲某某为某市人民政府副市长、代理市长。\n")
    assert early.signed == "2031-12-30"


def test_table_one_cell_per_line_with_an_empty_cell_inside_a_row():
    cells = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限",
             "1", "推进某某遗址申报", "市文化局", "市财政局、某区人民政府", "2031年12月",
             "2", "实施老街区保护利用工程", "市住建局", "\u3000", "2031年11月",
             "3", "举办某某博览会", "市商务局", "市公安局", "2031年10月"]
    text = ("某市人民政府办公室关于印发某市2031年某某工作任务分工方案的通知\n某府办字〔2031〕28号\n各县（市、区）人民政府：\n"
            "　　现将《某市2031年某某工作任务分工方案》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2031年4月2日\n"
            "某市2031年某某工作任务分工方案\n" + "\n".join(cells) + "\n　　各责任单位要强化协作。\n")
    rows = assignments(text)
    assert ("实施老街区保护利用工程", "lead", "市住建局") in rows
    assert ("举办某某博览会", "lead", "市商务局") in rows and ("举办某某博览会", "support", "市公安局") in rows


def test_gazetteer_record_page_with_a_section_heading():
    fields = "".join(f"{k}: {v}\n" for k, v in (("知识类型", "析出资源"), ("内容出处", "《某地区志》 图书"), ("唯一号", "340220020210004127"),
                                                ("颗粒名称", "第二节 干部任免"), ("分类号", "D630.3"), ("页数", "3"), ("页码", "611-613"),
                                                ("摘要", "本节辑录某地区行政公署一九九三年干部任免文件一件，反映机构改革前后干部调整情况。"),
                                                ("关键词", "某地区 行政公署 干部 任免")))
    doc = document("<html><head><title>第二节 干部任免</title></head><body><pre>第二节 干部任免\n第二节 干部任免\n查看原文\n" + fields
                   + "内容\n某地区行政公署文件\n某署任〔1993〕8号\n某地区行政公署关于甲某某等同志\n任免职务的通知\n各县、市人民政府：\n"
                   "　　经行署研究决定：\n　　任命甲某某为行署计划委员会副主任；\n　　　　某地区行政公署\n　　　　一九九三年三月五日\n"
                   "</pre></body></html>")
    assert doc.title == "某地区行政公署关于甲某某等同志任免职务的通知"


def test_forum_thread_reprinting_a_red_header_document():
    chrome = "".join(f"- {w}\n" for w in ("帖子", "12", "主题", "5", "积分", "66", "注册时间", "2013-9-2", "用户组", "小宝宝",
                                           "最后登录", "2014-1-8"))
    doc = document("某某论坛 › 某某乡情 › 旧闻旧事 › 翻出一份八九年县政府的任免文件\n返回列表 发帖\n\n旧档案\n" + chrome
                   + "小宝宝\n \n|\n翻出一份八九年县政府的任免文件\n发表于 2014-1-7 21:36 | 只看该作者\n"
                   "家父整理旧物时翻出的一份文件，纸都黄了，照原样打出来给大家看看：\n\n某县人民政府文件\n某府任（89）12号\n"
                   "某县人民政府关于甲某某等同志\n职务任免的通知\n各镇人民政府，县府直属各单位：\n    经县人民政府研究决定：\n"
                   "    任命甲某某为县经济委员会副主任；\n\n                某县人民政府\n              一九八九年四月十日\n")
    assert doc.title == "某县人民政府关于甲某某等同志职务任免的通知"
    assert (doc.signed, doc.published) == ("1989-04-10", "2014-01-07")


def test_page_name_printed_again_over_the_notices_own_wrapped_title():
    doc = document("首页 > 范文大全 > 工作总结\n某某街道老旧小区改造工作专班通知\n时间:2031-09-04 10:12:37\n"
                   "某某街道老旧小区改造工作专班通知\n\n某某街道老旧小区改造工作专班通知\n\n"
                   "以下是小编帮大家整理的某某街道老旧小区改造工作专班通知，希望对大家有所帮助。\n\n某某街道老旧小区改造工作专班通知1\n\n"
                   "某市某区某某街道办事处\n关于成立某某街道老旧小区改造工作专班的通知\n\n某街办发〔2031〕21号\n\n各社区居委会：\n\n"
                   "为推进改造工作，决定成立某某街道老旧小区改造工作专班。\n")
    assert doc.title == "某市某区某某街道办事处关于成立某某街道老旧小区改造工作专班的通知"


def test_issuer_line_over_a_heading_without_guanyu():
    doc = document("首页 / 政务 / 正文\n\n中共某县委组织部\n干部任前公示公告\n\n2031-09-07 09:30来源：某县委组织部浏览：\n\n"
                   "    根据有关规定，经县委研究，现将拟任职干部人选予以公示。\n\n    公示时间：2031年9月7日至9月13日。\n"
                   "\n中共某县委组织部\n2031年9月6日\n")
    assert doc.title == "中共某县委组织部干部任前公示公告"
    assert doc.kind == "personnel"
    info = document("  • 发布机构:某省财政厅\n  • 公开方式:政府网站\n2031年全省财政重点工作任务分工方案(某财办〔2031〕36号)\n"
                    "来源:某省财政厅   2031-03-25 09:42\n\n各市财政局：\n　　现将方案印发给你们。\n")
    assert info.title == "2031年全省财政重点工作任务分工方案"


def test_page_cut_inside_a_member_list_has_no_headline():
    doc = document("甲某某 (某区副区长)\n乙某某 (某县副县长)\n领导组下设办公室和4个工作组。\n(一)办公室\n"
                   "设在市卫生局,主任由市卫生局副局长丙某某担任。负责领导组日常工作。\n")
    assert not doc.title


def test_a_model_text_sites_count_of_pieces_after_a_plans_name():
    from govkg.extract.document import document_kind
    assert document_kind("开发区改革实施方案6篇") == "plan"


def test_table_one_cell_per_line_over_a_pdfs_pages():
    cells = ["序号", "重点任务", "牵头部门", "配合部门",
             "1", "建立成果转化项目库", "科技处", "各研究所",
             "2", "组建技术经理人队伍", "人事处", "科技处、成果转化中心",
             "3", "搭建线上成果交易平台", "成果转化", "— 3 —", "序号", "重点任务", "牵头部门", "配合部门", "中心", "信息中心",
             "4", "完善收益分配激励机制", "财务处", "科技处、纪检监察室", "— 4 —", "序号", "重点任务", "牵头部门", "配合部门",
             "5", "开展院地合作示范", "成果转化中心", "/"]
    text = ("某某科学院关于印发某某成果转化工作方案的通知\n某院发〔2031〕15号\n院属各单位：\n　　现将方案印发给你们，请认真贯彻执行。\n"
            "某某科学院\n2031年3月2日\n某某成果转化工作方案\n" + "\n".join(cells) + "\n")
    rows = assignments(text)
    assert ("搭建线上成果交易平台", "lead", "成果转化中心") in rows
    assert ("搭建线上成果交易平台", "support", "信息中心") in rows
    assert ("开展院地合作示范", "lead", "成果转化中心") in rows
    assert not [r for r in rows if r[2] in ("中心", "序号", "重点任务")]


def test_a_sumus_head_is_a_post():
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts("某某苏木苏木达")] == [("某某苏木", "苏木达")]


def test_newspaper_section_and_a_storys_headline_over_a_reprinted_notice():
    doc = document("利津日报数字报 > 2031年03月20日 > 第03版：档案·记忆\n\n【档案·记忆】二十年前的一纸任免通知\n\n"
                   "　　编者按：县档案馆近日开放一批文书档案。本版今日全文刊发其中一份人事任免通知。\n\n"
                   "                某县人民政府\n        关于甲某某等同志任免职务的通知\n              某政任字(2011)第3号\n\n"
                   "各乡镇人民政府：\n　　经县政府研究，决定：\n　　聘任乙某某为县农业技术推广站站长，聘期三年。\n")
    assert doc.title == "某县人民政府关于甲某某等同志任免职务的通知"
    paper = document("|\n版面导航 |\n第01版\n要闻 |\n第02版\n政务/公告 |\n|\n某市人民政府\n关于任免工作人员的通知\n"
                     "某政任[2031]5号\n各区人民政府：\n经市政府研究，决定：\n任命甲某某为市规划局局长；\n")
    assert paper.title == "某市人民政府关于任免工作人员的通知"


def test_count_that_never_loaded_glued_before_the_number():
    doc = document("某县人民政府办公室关于成立某某工作专班的通知\n发布时间:2031-05-20 | 发布者: 某某工作室 | 浏览次数: "
                   "次某政办发〔2031〕33号各乡镇人民政府：为推进某某工作，决定成立某某工作专班。\n")
    assert doc.number == "某政办发〔2031〕33号"


def test_model_text_pieces_headed_fanwen_yi_and_er(tmp_path):
    piece = ("{org}关于印发{place}2031年某某工作方案的通知\n{code}〔2031〕{k}号\n各镇人民政府：\n"
             "　　现将《{place}2031年某某工作方案》印发给你们，请认真组织实施。各单位要明确专人负责，按期完成各项任务，"
             "县政府将适时组织督查，对工作不力的单位予以通报。\n{org}\n2031年2月26日\n")
    text = ("首页 > 范文大全 > 工作方案\n\n某某工作方案范文(精选2篇)\n\n范文一：\n\n"
            + piece.format(org="甲县人民政府办公室", place="甲县", code="甲府办", k=21) + "\n范文二：\n\n"
            + piece.format(org="乙县人民政府", place="乙县", code="乙政", k=9))
    notices = read_notices(tmp_path, text.replace("关于印发甲县2031年", "关于印发甲县2031年\n"))  # (its title wrapped)
    assert len(notices) == 2 and "乙县2031年某某工作方案" in notices[1].text and "甲县" not in notices[1].text


def test_forum_thread_title_with_a_comma():
    doc = document("找回密码\n\n查看: 386|回复: 3\n\n某林场防火指挥部名单出来了，求问副指挥长分管哪块\n\n[复制链接]\n"
                   "某某 发表于 2031-11-08 21:13:07 | 显示全部楼层 |阅读模式\n\n今天在公告栏看到的，原文照抄如下：\n\n"
                   "场属各营林区：\n    经场务会研究，决定成立某林场森林防火指挥部，组成人员如下：\n    指 挥 长：甲某某    场长\n")
    assert doc.title == "某林场防火指挥部名单出来了,求问副指挥长分管哪块"


def test_headline_without_its_issuer_over_the_notice_run_onto_one_line():
    doc = document("当前位置: 首页 >> 通知公告 >> 正文\n\n关于调整某某领导小组组成人员的通知\n\n时间:2031-05-20 点击数:\n\n"
                   "中共某区委办公室关于调整某某领导小组组成人员的通知某党办发〔2031〕27号各乡镇党委，区委各部门：因人员变动，"
                   "经区委同意，对某某领导小组组成人员调整如下：组　长：区委书记 甲某某 副组长：区长 乙某某\n")
    assert doc.title == "中共某区委办公室关于调整某某领导小组组成人员的通知"
    assert doc.number == "某党办发〔2031〕27号"
