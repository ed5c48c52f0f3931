"""Page-level classes of the thirty-first session (blind layouts85, 88, 89, 91). Every text is made up.

- An info block's labelled title the page wrapped onto the next line (标题：某办公室关于成立某区 / 某某领导小组的通知).
- A line of short words parted by spaces over the posting line (免费阅读 信息公开) is the site's buttons, no headline.
- A tag listing whose item prints a one-sentence summary with its listing date after it, or prints the title, its
  date, its number and the whole text on one line behind a bullet.
- A signature run on one line with the page's posting fields after its date.
- A news report whose lead says the notice follows whole (全文如下：) takes the notice's own title printed under it.
- A removal of the person a clause names after their posts (市某局局长甲同志到龄退休，免去其…职务).
- A notice that lost its title, number and line breaks, its member list padded apart but its role labels run on.
"""
from __future__ import annotations

from helpers import document, members, posts, read_notices, subgroups

_GROUP_BODY = ("各乡镇人民政府，区直各部门：\n"
               "　　为推进节水改造工作，决定成立某区节水改造工作领导小组。组成人员如下：\n"
               "组　长：甄立平　区长\n成　员：岳明川　区水利局局长\n"
               "某区人民政府办公室\n2031年5月3日\n")


def test_labelled_title_wrapped_onto_the_next_line():
    doc = document("某区人民政府门户网站 | 政务公开 | 政府文件\n"
                   "标题：某区人民政府办公室关于成立某区\n节水改造工作领导小组的通知\n"
                   "发文机关：某区人民政府办公室　　发文字号：某政办发〔2031〕48号\n" + _GROUP_BODY)
    assert doc.title == "某区人民政府办公室关于成立某区节水改造工作领导小组的通知"
    assert doc.number == "某政办发〔2031〕48号"


def test_spaced_buttons_over_the_posting_line_are_no_headline():
    doc = document("免费阅读 信息公开\n文章来源：某镇人民政府 发布时间：2031-03-18\n" + _GROUP_BODY)
    assert not doc.title and not doc.number
    assert doc.signed == "2031-05-03"


def test_listing_summary_with_its_date_parts_the_items(tmp_path):
    text = ("标签：领导小组 工作方案 第1页 共2页\n"
            "• 某县人民政府办公室关于调整某县茶产业发展领导小组成员的通知\n"
            "某县调整茶产业发展领导小组组成人员。 2030-11-24\n"
            "某政办发〔2030〕103号 各乡镇人民政府： 因人事变动，现将领导小组组成人员调整如下： 组 长：禚永康 副县长 "
            "成 员：皮建勋 县财政局副局长 某县人民政府办公室 2030年11月22日\n"
            "• 某开发区管理委员会关于印发企业服务提升年工作方案的通知\n"
            "开发区印发企业服务提升年工作方案。 2031-02-15\n"
            "某管字〔2031〕5号 各部门： 现将《企业服务提升年工作方案》印发给你们，请认真贯彻落实。 "
            "一、建立企业诉求直办机制（经济发展局牵头，营商环境服务中心配合）。 某开发区管理委员会 2031年2月13日\n"
            "上一页 1 2 下一页\n")
    found = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in found] == ["2030-11-24", "2031-02-15"]
    assert found[1].text.startswith("某管字〔2031〕5号")


def test_bulleted_listing_line_with_date_number_and_text(tmp_path):
    item = ("• 某区人民政府关于甲乙等同志职务任免的通知 2031-04-10 某政任〔2031〕5号 各乡镇人民政府：经区人民政府研究决定："
            "任命甲乙为某区统计局副局长；免去丙丁的某区农业农村局副局长职务。 某区人民政府 2031年4月8日\n")
    item2 = ("• 某区人民政府办公室关于调整某区防汛抗旱指挥部成员的通知 2031-05-20 某政办发〔2031〕21号 各乡镇人民政府："
             "现调整如下：指挥长：戊己 区人民政府副区长 成员：庚辛 区水利局局长 某区人民政府办公室 2031年5月18日\n")
    found = read_notices(tmp_path, "某区政府信息公开 标签：人事 领导小组\n" + item + item2 + "共2条 1/1页 首页 上一页 下一页 尾页\n")
    assert [n.meta.get("published") for n in found] == ["2031-04-10", "2031-05-20"]
    assert [document(n.text).number for n in found] == ["某政任〔2031〕5号", "某政办发〔2031〕21号"]


def test_signature_with_the_page_fields_run_on_after_its_date():
    doc = document("某县人民政府关于甲乙等同志职务任免的通知 某政任〔2031〕3号 各乡（镇）人民政府，县直各单位：经县人民政府研究决定："
                   "任命甲乙为某县卫生局局长；免去丙丁的某县卫生局局长职务，退休。 某县人民政府 二〇三一年四月十五日 "
                   "时间：2031-04-18 10:50:38 分类：人事任免")
    assert doc.signed == "2031-04-15"
    assert doc.issuer == "某县人民政府"


def test_report_that_says_the_notice_follows_whole_takes_its_title():
    doc = document("某市政府发布一批干部任免通知\n"
                   "某社某地3月24日电/据某市政府网站消息，某市人民政府日前印发通知，对甲乙等同志职务作出任免。全文如下：\n"
                   "某政任字〔2031〕5号\n某市人民政府关于甲乙等同志职务任免的通知\n各镇人民政府，市政府各部门：\n"
                   "经市政府研究决定：\n任命甲乙为市发展和改革局局长。\n某市人民政府\n二〇三一年三月二十二日\n")
    assert doc.title == "某市人民政府关于甲乙等同志职务任免的通知"
    assert doc.number == "某政任字〔2031〕5号"


def test_removal_of_the_person_named_after_their_posts():
    found = posts("某市人民政府关于甲乙等同志职务任免的通知\n各单位：\n经市政府研究决定：\n"
                  "任命甘澍为市审计局副局长，兼任市经济责任审计办公室主任；\n"
                  "市水利局局长邹广源同志到龄退休，免去其市水利局局长职务。\n某市人民政府\n2031年3月22日\n")
    assert ("Removal", "邹广源", "市水利局", "局长") in found
    assert not [f for f in found if f[0] == "Removal" and f[1] == "甘澍"]


def test_member_list_padded_apart_in_a_notice_that_lost_its_breaks():
    text = ("各嘎查村委会、镇直各单位：为切实做好春季防灭火工作，经镇党委、政府研究，决定成立某镇防灭火工作专班，组成人员如下："
            "专 班 长：裴　峻　镇党委副书记、镇长副专班长：达古拉　镇党委委员、副镇长　　　　　　巩世杰　镇武装部部长"
            "成　　员：庞月华（女）　镇农业服务中心主任　　　　　　乔立川　镇综合行政执法队队长　　　　　　牛　骁　派出所所长（兼）"
            "专班下设办公室，办公室设在镇农业服务中心，由庞月华同志兼任办公室主任。"
            "                                        某镇人民政府                                         2031年3月4日")
    found = members(text)
    assert ("某镇防灭火工作专班", "达古拉", "副专班长") in found
    assert ("某镇防灭火工作专班", "牛骁", "成员") in found
    assert subgroups(text) == {("某镇防灭火工作专班办公室", "某镇防灭火工作专班")}


def test_gazette_number_and_date_over_a_table_of_deadlines():
    doc = document("某省某厅关于印发《某某重点任务分工方案》的通知\n(某司办〔2031〕41号 2031年6月12日)\n"
                   "各地级以上市司法局，厅机关各处室：\n现将《某某重点任务分工方案》印发给你们，请认真抓好落实。\n"
                   "某某重点任务分工方案\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
                   "1\n推进公共法律服务平台建设\n厅公共法律服务管理处\n各地级以上市司法局\n2032年12月\n")
    assert doc.signed == "2031-06-12"
    assert doc.issuer == "某省某厅"


def test_news_story_date_over_its_lead_is_no_signature():
    doc = document("某新区:联席会议制度解难题促发展\n\n2031年09月06日\n\n"
                   "本报讯(记者 某某)近日,某省政府办公厅发出关于建立某新区建设工作联席会议制度的通知。通知称,联席会议由"
                   "某新区管委会主任担任召集人,联席会议办公室设在某新区管委会,负责联席会议的日常工作。\n")
    assert doc.title == "某新区:联席会议制度解难题促发展"
    assert doc.signed is None and doc.published == "2031-09-06"


def test_profile_of_a_body_is_no_title():
    doc = document("某县爱卫会简介\n本数据来源于某地图,最终结果以某地图数据为准。\n"
                   "某县爱国卫生运动委员会(简称爱卫会)成立于1953年3月1日,是在县人民政府领导下的一个议事协调机构。\n")
    assert not doc.title and not doc.number


def test_mirror_keyword_glued_before_the_headline_printed_again():
    doc = document("某某机场到某某湾:内地省级党委副书记均不再兼任省会市委书记\n\n来源:某某文库 编辑:某某新闻 时间:2034/05/03 06:27:51\n\n"
                   "内地省级党委副书记均不再兼任省会市委书记\n\n2031年12月08日 04:35\n来源:某某网 作者:某某\n\n"
                   "多改由各省(区)党委常委兼任,这一调整在今年以来的省级党委换届中陆续完成。\n")
    assert doc.title == "内地省级党委副书记均不再兼任省会市委书记"


def test_report_clause_run_into_a_body_names_no_issuer():
    doc = document("半岛全媒体首席记者某某\n1月30日,某市10区市新一届党政一把手纷纷到任。他们分别是:\n"
                   "市南区委书记:王锋市南区代区长:刘存东\n"
                   "区市长职务中,仅有平度市长赵兴绩是继续担任市长。其他9区市长则都是刚刚履新,并且都是经区市人大常委会决定任命,"
                   "以代区市长的身份亮相。\n")
    assert doc.issuer is None


def test_one_sentence_notice_run_together_with_its_member_list():
    text = ("各有关单位:根据《关于开展农业科技园区认定工作的通知》(某科农字〔2032〕11号)等文件精神,决定成立某县农业科技园区"
            "管理工作专班,现将有关事项通知如下:一、工作专班及职责组长:谭永辉 副县长副组长:麦燕玲 县政府办公室副主任"
            "成员:卢建钧 县科技局局长工作专班负责指导园区总体规划、实施方案的编制和制定工作,负责工作专班日常工作。")
    found = members(text)
    assert ("某县农业科技园区管理工作专班", "谭永辉", "组长") in found
    assert ("某县农业科技园区管理工作专班", "麦燕玲", "副组长") in found


def test_headline_with_a_speaker_over_the_papers_posting_line():
    doc = document("【某市人大】某某:今年某市高校应届毕业生数量再创新高\n某某新闻 2031-01-29 08:20\n"
                   "《某某社驻某地记者某某29日专电》某市市长某某上周六在某市人大会议闭幕记者会上表示,今年高校毕业生规模再创新高。\n")
    assert doc.title == "某某:今年某市高校应届毕业生数量再创新高"


def test_a_counter_before_a_province_names_no_government():
    doc = document("某网3月2日讯 据某报报道,2031年初以来,其中4位福建省政府领导工作分工有调整,甲乙不再担任副省长,"
                   "丙丁负责省政府常务工作。\n")
    assert not (doc.issuer or "").startswith("位")


def test_bracketed_listing_title_with_its_date_number_and_text(tmp_path):
    item = ("【某县人民政府办公室关于印发某县中药材市场整治实施方案的通知】 2031-09-12 某政办发〔2031〕58号 各乡镇人民政府，"
            "县直有关部门： 《某县中药材市场整治实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。 某县人民政府办公室 2031年9月10日\n")
    item2 = ("【某县某镇人民政府关于成立某镇中药材产业发展工作领导小组的通知】 2031-11-05 某政发〔2031〕21号 各村委会： "
             "镇政府决定成立某镇中药材产业发展工作领导小组，组成人员如下： 组　长：马成骏（镇长） 某县某镇人民政府 2031年11月4日\n")
    found = read_notices(tmp_path, "标签：中药材\n\n" + item + item2 + "\n首页 上一页 1 2 下一页 尾页\n")
    assert [document(n.text).number for n in found] == ["某政办发〔2031〕58号", "某政发〔2031〕21号"]
    assert [n.meta.get("published") for n in found] == ["2031-09-12", "2031-11-05"]


def test_html_number_in_brackets_beside_the_heading(tmp_path):
    page = ("<html><head><title>某市人民政府办公室关于调整某市低保工作领导小组成员的通知</title></head><body>"
            "<div class=\"title\">某市人民政府办公室关于调整某市低保工作领导小组成员的通知</div>"
            "<div class=\"sub\">（某政办发〔2031〕47号）</div><div class=\"meta\">发布时间:2031-07-20来源:某市人民政府办公室</div>"
            "<div class=\"content\"><p>各乡（镇）人民政府，市直各部门：</p><p>因人事变动，现将领导小组成员调整如下：</p>"
            "<p>组　长：努尔兰·哈力木　副市长</p><p>成　员：韶德兴　市统计局局长</p>"
            "<p align=\"right\">某市人民政府办公室</p><p align=\"right\">二〇三一年七月十六日</p></div></body></html>")
    found = read_notices(tmp_path, page, name="page.html")
    assert document(found[0].text).number == "某政办发〔2031〕47号"


def test_html_wiki_redirect_note_is_no_number(tmp_path):
    page = ("<html><head><title>某委员会办公室关于成立某工作组的通知</title></head><body>"
            "<h1>某委员会办公室关于成立某工作组的通知</h1><div class=\"sub\">（重定向自某办综〔2031〕56号）</div>"
            "<div class=\"content\"><p>各有关单位：</p><p>为加强领导，决定成立某工作组，组成人员如下：</p>"
            "<p>组　长：甲乙丙　主任</p><p>成　员：丁戊己　处长</p><p>某委员会办公室</p><p>2031年7月22日</p></div></body></html>")
    found = read_notices(tmp_path, page, name="page.html")
    assert document(found[0].text).number is None


def test_listing_line_with_a_labelled_summary_before_its_date(tmp_path):
    item = ("• 某区人民政府办公室关于印发某区城区内涝治理三年行动方案的通知 摘要：为系统治理城区内涝，制定本方案。 2031-04-22 "
            "某府办发〔2031〕14号 各街道办事处，区政府各部门：现将《某区城区内涝治理三年行动方案》印发给你们，请认真贯彻执行。"
            "某区人民政府办公室 2031年4月20日\n")
    item2 = ("• 某区人民政府关于甲乙等同志职务任免的通知 摘要：区人民政府决定甲乙等同志职务任免。 2031-09-08 某政任〔2031〕6号 "
             "各街道办事处：经区人民政府研究决定：任命甲乙为区财政局局长。某区人民政府 2031年9月6日\n")
    found = read_notices(tmp_path, "某某招考信息网 > 标签 > 某区政府文件\n标签：某区政府文件（共2篇）\n" + item + item2
                         + "上一页 [1] [2] 下一页\n")
    assert [document(n.text).number for n in found] == ["某府办发〔2031〕14号", "某政任〔2031〕6号"]
    assert [n.meta.get("published") for n in found] == ["2031-04-22", "2031-09-08"]


def test_info_block_date_over_a_congress_list_is_no_signature():
    doc = document("複製鏈接\n請複製以下鏈接發送給好友\n\n某州人大常委會任免名單（2031年）\n\n鎖定\n"
                   "本詞條由「百科名片」科普中國 科學百科詞條編寫與應用工作項目審核 。\n中文名\n某州人大常委會任免名單（2031年）\n"
                   "發布單位\n某某自治州人民代表大會常務委員會\n發布日期\n2031年8月3日\n\n某某自治州人民代表大會常務委員會\n任免名單\n"
                   "（2031年7月30日某某自治州第十三屆人民代表大會常務委員會第三次會議通過）\n\n"
                   "根據州人民政府州長的提請：\n任命甲乙丙為某某自治州財政局局長；\n免去丁戊己的某某自治州財政局局長職務。\n")
    assert doc.signed == "2031-07-30"
