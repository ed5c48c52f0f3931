"""Document and container classes of the thirty-eighth session. Every text is made up.

- Saved mail and web archives are read, not passed over: a mail that forwards a notice (.eml: the forwarded page under
  the client's ``---- 转发的网页 ----`` line, the forwarder's note above it set aside), a browser's single-file page
  (.mht), a crawl's WARC file (.warc, .warc.gz: each captured HTML page a notice, its URL the source), and a listing's
  YAML export (.yaml: each item a notice, a table it keeps as rows keyed by their column headings read as the page's
  table). A folder's walk names every file it does not read, with what to do.
- A reposting site's headline over ``原标题:`` and the same headline: the headline, though it ends in 干部 (a word, no
  body's 部).
- A news app's count of the story's length and reading time (本篇文章540字,读完约1分钟) is furniture, no headline; a
  saved page's footer label ``标题:“…”`` titles the page without the site's quotes.
- A congress standing committee's decision to have a deputy act as its head (…第八次会议决定：推选某某代理主任职务):
  the committee named in its clause is the issuer.
- A presidium (主席团), a state farm (垦殖场) signing a notice: the issuer.
- A news agency's mark before a reprinted list's heading (（受权发布）) and a list's bullet before a title (•) are no
  part of the title; a note of adoption whose opening bracket a copy lost to ``?。?`` still dates the list.
- A paper's date over the note of adoption under a plan's heading: the note dates the plan, the paper's day is posted.
- A body over its seal's spaced text (某镇人民政府 / 某 镇 人 民 政 府 （章）): one issuer, not two.
- A town's signature (某某乡人民政府) under a title that names it with its county (某县某某乡人民政府关于…): the title's name.
- 元月 is January.
- A table's cells run on before the signature on one line (…4.市经委 5.— 某市人民政府办公室 / date): the last body only.
- A report that prints the notice's red header under its headline, the number over the title wrapped over two lines, or
  the head run on in one line (某县人民政府文件 某政任〔2004〕9号 某县人民政府关于…的通知 各乡镇：…): the notice's own
  title and number; a run's footer after the signing date (…日 抄送：…) is no part of the date.
- A report's lead that names two bodies as sending the notice (某省委办公厅、省政府办公厅下发了《…》) names its issuers;
  four bodies a joint title prints apart with spaces are its issuers; the bodies and their verb on a line over 关于…
  (某市人民政府 某市中级人民法院印发) open the title; a kind of body alone before 关于 (法院关于…) names no issuer.
- A school (某中学), a people's tribunal (某人民法庭) and a cooperative federation (某供销合作社联合社) issue and
  sign notices as bodies.
- The title printed again with its number after it on one line: that number. A basis clause the page broke after its
  first number (根据某党〔2009〕20号 / 和…文件精神) cites it: no number of the notice's. A promulgating title that
  leaves out 的 (…印发《某某管理办法（修订）》通知) takes the kind of what it sends.
- A journal's column that reprints documents under numbered headings (一、某市人大常委会任免名单 / 二、某街道办事处关于…的
  通知), or a writing guide's samples (例文一 / 例文二) with a watermark after every line: one notice each.
"""
from __future__ import annotations

import gzip
import quopri

from helpers import document

from govkg.ingest import read_inputs
from govkg.nlp import extract
from govkg.text import drop_line_watermark

NOTICE = ("某县人民政府关于甲某某等同志职务任免的通知\n某政任〔2031〕7号\n各乡镇人民政府，县政府各部门：\n"
          "  经县人民政府研究决定：\n  任命甲某某为县水利局局长；\n  免去乙某某的县水利局局长职务。\n"
          "                                  某县人民政府\n                                  2031年4月2日\n")


def _read(path) -> list:
    return list(read_inputs([path]))


def _notices(path) -> list:
    return [x for x in _read(path) if hasattr(x, "text")]


def _postings(raw) -> set[tuple]:
    return {(type(f).__name__, f.person, f.post.agency, f.post.title) for f in extract(raw).facts if hasattr(f, "post")}


def test_a_mail_that_forwards_a_notice_gives_the_notice(tmp_path):
    mail = ("From: someone@example.cn\nTo: all@example.cn\nSubject: =?UTF-8?B?6L2s5Y+R77ya5Lu75YWN6YCa55+l?=\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            "各位同事：\n  请阅下面转发的通知。\n某某办公室\n2031-04-03\n\n-------- 转发的网页 --------\n" + NOTICE)
    path = tmp_path / "fwd.eml"
    path.write_bytes(mail.encode("utf-8"))
    [raw] = _notices(path)
    doc = extract(raw).document
    assert (doc.title, doc.number, doc.issuer, doc.signed) == (
        "某县人民政府关于甲某某等同志职务任免的通知", "某政任〔2031〕7号", "某县人民政府", "2031-04-02")
    assert ("Appointment", "甲某某", "县水利局", "局长") in _postings(raw)


def test_a_browsers_single_file_page_is_read_as_its_html(tmp_path):
    html = f"<html><head><title>某县人民政府</title></head><body><div class='article'>{NOTICE.replace(chr(10), '<br>')}" \
           "</div></body></html>"
    mht = ("From: <Saved by Blink>\nSubject: page\nMIME-Version: 1.0\n"
           "Content-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\n\n--B\n"
           "Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
           "Content-Location: http://www.example.gov.cn/art/2031/4/2/art_1.html\n\n"
           + quopri.encodestring(html.encode("utf-8")).decode("ascii") + "\n--B--\n")
    path = tmp_path / "page.mht"
    path.write_text(mht, encoding="ascii")
    [raw] = _notices(path)
    assert raw.origin == "http://www.example.gov.cn/art/2031/4/2/art_1.html"
    assert extract(raw).document.number == "某政任〔2031〕7号"


def _warc_record(kind: str, uri: str | None, block: bytes, content_type: str) -> bytes:
    head = f"WARC/1.0\r\nWARC-Type: {kind}\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") + \
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def _http(body: bytes, content_type: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def _warc() -> bytes:
    page = f"<html><body><div class='article'>{NOTICE.replace(chr(10), '<br>')}</div></body></html>".encode("gbk")
    return (_warc_record("warcinfo", None, b"software: test\r\n", "application/warc-fields")
            + _warc_record("response", "http://www.example.gov.cn/a.png", _http(b"\x89PNG....", "image/png"),
                           "application/http; msgtype=response")
            + _warc_record("response", "http://www.example.gov.cn/art/1.html", _http(page, "text/html; charset=gbk"),
                           "application/http; msgtype=response"))


def test_a_crawls_warc_file_gives_each_captured_page_under_its_url(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc())
    [raw] = _notices(path)  # (the picture the crawl fetched is no notice)
    assert raw.origin == "http://www.example.gov.cn/art/1.html"
    assert ("Removal", "乙某某", "县水利局", "局长") in _postings(raw)
    gz = tmp_path / "crawl.warc.gz"
    gz.write_bytes(gzip.compress(_warc()))
    [again] = _notices(gz)
    assert again.origin == raw.origin


def test_a_listings_yaml_export_gives_each_item(tmp_path):
    text = ("site: 某县人民政府网\nitems:\n  - title: 某县人民政府关于甲某某等同志职务任免的通知\n    time: 2031-04-03\n"
            "    body: |-\n" + "".join(f"      {line}\n" for line in NOTICE.split("\n") if line)
            + "  - title: 某县人民政府关于丙某某同志任职的通知\n    time: 2031-05-03\n    body: |-\n"
            "      某政任〔2031〕9号\n      各乡镇人民政府：\n      经研究，决定任命丙某某为县财政局局长。\n      某县人民政府\n"
            "      2031年5月2日\n")
    path = tmp_path / "list.yaml"
    path.write_text(text, encoding="utf-8")
    first, second = _notices(path)
    assert (first.origin, second.origin) == (f"{path}#1", f"{path}#2")
    assert ("Appointment", "丙某某", "县财政局", "局长") in _postings(second)


def test_a_broken_yaml_export_is_named(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("items:\n  - title: [unclosed\n", encoding="utf-8")
    [problem] = _read(path)
    assert "is not YAML" in str(problem) and "list.yaml" in str(problem)


def test_a_folders_walk_names_the_files_it_does_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.pdf").write_bytes(b"%PDF-1.4")
    found = _read(tmp_path)
    skipped = [x for x in found if not hasattr(x, "text")]
    assert len(found) == 2 and len(skipped) == 1
    assert "b.pdf" in str(skipped[0]) and "pdftotext" in str(skipped[0])


def test_a_reposted_headline_ending_in_cadres_is_the_title():
    head = "某省新春再建基层官场:某市拟新任15名干部"
    text = (f"> 国内要闻 > 时事\n国内 | 国际 | 社会 | 军事 | 评论\n\n{head}\n\n来源:某某新闻网\n原标题:{head}\n"
            "  某某网某地2月15日电  (记者 甲某)某省新春伊始，就进入基层班子调整工作。\n\n"
            "  15日，中共某省某市委组织部在当地媒体发布公告，对15名拟任职的领导干部进行任前公示。\n")
    assert document(text).title == head


def test_a_reading_time_line_is_furniture_and_a_footer_label_titles_the_page():
    text = ("本篇文章540字,读完约1分钟\n\n10月26日上午,某市人民政府举行聘书颁发仪式,为新聘请的6名馆员颁发聘书。市政府副秘书长甲某某出席。"
            "有关部门负责人参加了仪式,并进行了座谈交流。\n\n标题:“某市政府新聘6位文史馆员”\n\n地址:http://www.example.com/n/1.html\n")
    assert document(text).title == "某市政府新聘6位文史馆员"


def test_a_committee_deciding_who_acts_as_its_head_is_the_issuer():
    text = ("关于推选区人大常委会副主任甲某某代理主任职务的决定\n(2031年1月15日区十五届人大常委会第八次会议通过)\n"
            "鉴于乙某某已辞去区人大常委会主任职务,根据有关法律的规定,某市某区第十五届人民代表大会常务委员会第八次会议决定:"
            "推选区人大常委会副主任甲某某代理主任职务。\n")
    doc = document(text)
    assert (doc.issuer, doc.signed) == ("某市某区第十五届人民代表大会常务委员会", "2031-01-15")


def test_a_presidium_and_a_state_farm_sign_as_bodies():
    group = ("各村人大代表小组：\n  经镇人大主席团研究，决定成立某镇人大代表联络站建设领导小组。\n  组长：甲某某（镇人大主席）\n"
             "                          某县某镇人民代表大会主席团\n                            2031年3月12日\n")
    assert document(group).issuer == "某县某镇人民代表大会主席团"
    farm = ("关于甲某某等同志职务任免的通知\n场属各单位：\n  经场党委研究决定：甲某某同志任场部办公室主任。\n"
            "                          某省国营某山垦殖场\n                          一九九六年元月八日\n")
    doc = document(farm)
    assert (doc.issuer, doc.signed) == ("某省国营某山垦殖场", "1996-01-08")


def test_an_agencys_mark_a_bullet_and_a_lost_bracket_leave_the_list_as_printed():
    text = ("(受权发布)某省人民代表大会常务委员会任免名单\n某某社某市9月28日电\n某省人民代表大会常务委员会任免名单\n"
            "?。?2031年9月27日某省第九届人民代表大会常务委员会第二十五次会议通过）\n  任命甲某某为某省财政厅厅长；\n")
    doc = document(text)
    assert (doc.title, doc.signed) == ("某省人民代表大会常务委员会任免名单", "2031-09-27")


def test_a_papers_date_over_the_note_of_adoption_is_the_posting_day():
    text = ("某市人大常委会2031年监督工作计划\n2031年02月22日\n（2031年2月15日某市第六届人民代表大会常务委员会第三十一次主任会议通过）\n"
            "  根据有关法律，结合本市实际，对2031年监督工作作如下安排。\n  一、听取和审议市人民政府关于某某工作情况的报告。\n")
    doc = document(text)
    assert (doc.signed, doc.published) == ("2031-02-15", "2031-02-22")


def test_a_body_over_its_seals_text_is_one_issuer():
    text = ("各村（社区）委员会：\n  经镇人民政府研究，决定调整镇防汛抗旱指挥部。\n  指挥长：甲某某　镇长\n"
            "                              某县某镇人民政府\n                              某 县 某 镇 人 民 政 府 （章）\n"
            "                              2031年5月14日\n")
    assert document(text).issuer == "某县某镇人民政府"


def test_a_towns_signature_takes_its_countys_name_from_the_title():
    text = ("某县某某乡人民政府关于印发某某乡林业开发实施方案的通知\n某府发〔2031〕3号\n各村民委员会：\n"
            "  现将《某某乡林业开发实施方案》印发给你们，请认真贯彻执行。\n                    某某乡人民政府\n"
            "                    2031年2月28日\n")
    assert document(text).issuer == "某县某某乡人民政府"


def test_table_cells_run_on_before_the_signature_are_no_issuer():
    text = ("某市人民政府办公室关于印发某市2031年工作任务分解表的通知\n某府办发〔2031〕27号\n各县人民政府：\n"
            "《分解表》已经市人民政府同意，现印发给你们。\n牵头单位\n1.市经委\n2.市计委 配合单位\n1.市财政局、市劳动局\n"
            "2.市经委、某某银行某市中心支行 3.— 某市人民政府办公室\n2031年3月19日\n")
    assert document(text).issuer == "某市人民政府办公室"


def test_a_report_printing_the_red_header_takes_the_notices_own_title():
    text = ("某市水利局调整部分局属单位负责人\n近日，某市水利局印发通知，对局属部分单位负责人进行调整。以下为通知全文：\n"
            "某市水利局文件\n某水人〔2031〕12号\n某市水利局关于甲某某等同志\n职务任免的通知\n局属各单位，机关各科室：\n"
            "经局党组研究决定：\n一、甲某某任市某水库管理局副局长；\n某市水利局\n2031年4月8日\n")
    doc = document(text)
    assert (doc.title, doc.number) == ("某市水利局关于甲某某等同志职务任免的通知", "某水人〔2031〕12号")


def test_a_report_over_a_notice_run_on_in_one_line_takes_its_head():
    text = ("县政府任免一批干部\n\n03-19 09:12   某某电视台\n\n"
            "某县人民政府文件 某政任〔2031〕9号 某县人民政府关于甲某某等同志任免职务的通知 各乡镇人民政府，县政府各部门： "
            "经县人民政府常务会议研究决定： 任命甲某某为县旅游局局长； 免去乙某某的县旅游局局长职务。"
            "                 某县人民政府                 （印章）              二○三一年三月十五日 抄送：县委组织部。\n")
    doc = document(text)
    assert (doc.title, doc.number, doc.signed) == ("某县人民政府关于甲某某等同志任免职务的通知", "某政任〔2031〕9号", "2031-03-15")


def test_a_journals_column_of_numbered_documents_gives_one_notice_each(tmp_path):
    text = ("【作 者】某市档案馆\n【摘 要】本刊选登馆藏的两份文件。\n一、某市人民代表大会常务委员会任免名单\n"
            "某市人民代表大会常务委员会\n任免名单\n（2031年6月28日某市第十二届人民代表大会常务委员会第九次会议通过）\n"
            "一、决定任命：\n甲某某为某市人民政府副市长。\n二、免去：\n乙某某的某市经济委员会主任职务。\n"
            "二、某市某某街道办事处关于成立城市居民最低生活保障工作领导小组的通知\n某街发〔2032〕9号\n各社区居委会：\n"
            "  为做好我街道城市居民最低生活保障工作，经研究，决定成立领导小组。\n组长：丙某某 街道党工委书记\n"
            "                                        某市某某街道办事处\n                                          二○三二年四月十五日\n")
    path = tmp_path / "column.txt"
    path.write_text(text, encoding="utf-8")
    first, second = (extract(raw).document for raw in _notices(path))
    assert (first.title, first.signed) == ("某市人民代表大会常务委员会任免名单", "2031-06-28")
    assert (second.title, second.number) == ("某市某某街道办事处关于成立城市居民最低生活保障工作领导小组的通知", "某街发〔2032〕9号")


def test_a_writing_guides_samples_under_a_watermark_give_one_notice_each(tmp_path):
    mark = "sKu某某文庫范文網"
    first = ["例文一", "某縣人民政府辦公室關於成立某縣工業普查領導小組的通知", "某政辦發〔1995〕23號", "各鄉鎮人民政府：",
             "根據上級通知精神，經縣人民政府研究，決定成立縣工業普查領導小組。", "組　長：甲某某（副縣長）",
             "某縣人民政府辦公室", "一九九五年五月十二日"]
    second = ["例文二", "某縣某鎮人民政府關於印發某鎮甘蔗生產工作方案的通知", "某鎮政發〔2001〕7號", "各村民委員會：",
              "現將《某鎮甘蔗生產工作方案》印發給你們，請認真貫徹執行。", "某縣某鎮人民政府", "二〇〇一年三月八日"]
    text = "某某文庫網\n文秘基礎之例文\n" + "".join(f"{line}{mark}\n\n" for line in first + second)
    assert drop_line_watermark(text).count(mark) == 0
    path = tmp_path / "samples.txt"
    path.write_text(text, encoding="utf-8")
    docs = [extract(raw).document for raw in _notices(path)]
    assert [d.number for d in docs] == ["某政辦發〔1995〕23號", "某鎮政發〔2001〕7號"]


def test_two_bodies_a_reports_lead_says_sent_the_notice_are_its_issuers():
    text = ("日前，某某省委办公厅、省政府办公厅下发了《关于成立某某省某某新区建设领导小组的通知》，对领导小组组成人员作出安排。\n"
            "新闻推荐\n")
    assert document(text).issuer == "某某省委办公厅、省人民政府办公厅"  # (省政府: the province's people's government)


def test_four_bodies_printed_apart_before_the_title_are_joint_issuers():
    heads = "某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局"
    text = (f"{heads} 关于印发某市城市社区嵌入式服务设施建设工程实施方案的通知\n各区（市）县政府，市级有关部门：\n"
            "  经市领导同意，现将《某市城市社区嵌入式服务设施建设工程实施方案》印发给你们，请结合实际认真贯彻落实。\n")
    assert document(text).issuer == "、".join(heads.split())


def test_the_bodies_and_their_verb_over_the_about_line_open_the_title():
    text = ("某政发〔2031〕4号\n某市人民政府 某市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县（区）人民政府、法院：\n"
            "  《某市人民政府 某市中级人民法院关于完善“府院联动”机制的意见》已经研究同意，现印发给你们。\n"
            "某市人民政府 某市中级人民法院\n2031年4月30日\n")
    assert document(text).title == "某市人民政府某市中级人民法院印发关于完善“府院联动”机制的意见的通知"


def test_a_kind_of_body_before_about_names_no_issuer():
    text = ("法院关于落实人民陪审员制度建设的情况汇报\n投稿人：佚名 发布时间：2031/4/10\n"
            "  为认真落实人民陪审员制度，我院先后3次专门召开党组会议，认真学习有关决定的精神。\n")
    assert document(text).issuer is None


def test_a_school_a_peoples_tribunal_and_a_cooperative_federation_issue_notices():
    school = ("当前位置:首页 >\n\n教育\n\n景某中学关于聘任2031—2032学年度中层干部的通知\n\n来源:景某中学 作者: "
              "发布时间:2031年09月03日 点击数: 次 [添加收藏]\n\n景中字〔2031〕12号 各处室、各年级组：经校长办公会研究，并报某某市"
              "教育局同意，决定：聘任甲某某为教务处主任；聘任乙\u3000某为政教处主任（试用期一年）；免去戊某某的总务处主任职务，另有任用。"
              "以上聘任自2031年9月1日起执行，聘期一年。                    某某市景某中学                    二〇三一年九月二日\n\n"
              "【打印本页】 ")
    doc = document(school)
    assert (doc.issuer, doc.signed) == ("某某市景某中学", "2031-09-02")
    tribunal = ("某縣人民法院某廟人民法庭關於成立矛盾糾紛多元化解工作小組的通知\n某法庭〔2031〕3號\n庭內各組：\n"
                "  為做好矛盾糾紛多元化解工作，決定成立工作小組。\n組長：甲某某\n")
    assert document(tribunal).issuer == "某縣人民法院某廟人民法庭"
    federation = ("某省供销合作社联合社关于印发《某省基层供销合作社规范化建设管理办法》的通知\n某供发〔2031〕31号\n各设区市供销社：\n"
                  "  现将《办法》印发给你们，请认真贯彻执行。\n")
    assert document(federation).issuer == "某省供销合作社联合社"


def test_a_listing_items_table_of_rows_keyed_by_their_headings_is_read(tmp_path):
    text = ("items:\n  - title: 某市某局关于印发2031年重点工作任务分工的通知\n    body: |-\n      某局发〔2031〕3号\n"
            "      各科室：\n      现将《2031年重点工作任务分工》印发给你们，请认真抓好落实。\n      各项任务中排名第一位的为牵头单位。\n"
            "    table:\n      - 序号: 1\n        任务: 开展专项监督检查\n        责任单位: 市某局监督科、市某局法规科\n"
            "      - 序号: 2\n        任务: 组织年度业务培训\n        责任单位: ~\n")
    path = tmp_path / "list.yaml"
    path.write_text(text, encoding="utf-8")
    [raw] = _notices(path)
    rows = {(f.task, f.role, f.agency) for f in extract(raw).facts if type(f).__name__ == "Assignment"}
    assert ("开展专项监督检查", "lead", "市某局监督科") in rows and ("开展专项监督检查", "responsible", "市某局法规科") in rows


def test_the_title_printed_again_with_its_number_after_it_gives_the_number():
    text = ("某县人民政府办公室关于调整某县防汛抗旱指挥部组成人员的通知\n2031-05-23 16:07:41  来源：县政府办公室\n"
            "某县人民政府办公室关于调整某县防汛抗旱指挥部组成人员的通知 某政办〔2031〕31号\n各乡镇人民政府，县直各单位：\n"
            "  因人事变动，经县政府研究，决定对县防汛抗旱指挥部组成人员进行调整。\n指 挥 长：甲某某  县长\n")
    assert document(text).number == "某政办〔2031〕31号"


def test_a_basis_clause_broken_after_its_first_number_cites_it():
    text = ("关于调整二级关工委成员的通知\n各学院及有关部门：\n根据某党〔2031〕20号\n和某教发〔2031〕45号以及《某省高等学校关心下一代"
            "工作考核办法》文件精神，为进一步理顺我校各级关工委组织关系，学校决定对各二级关工委组成人员作相应调整。\n")
    assert document(text).number is None


def test_a_promulgating_title_without_its_de_takes_the_kind_of_what_it_sends():
    text = ("某市财政局 某市乡村振兴局关于印发《某某专项资金管理办法（修订）》通知\n为进一步加强和规范某某专项资金管理，按照有关规定，"
            "结合实际，对原办法进行了修订。\n第一条 为加强和规范某某专项资金管理，提高资金使用效益，根据有关法律法规。\n"
            "第二条 专项资金是指市本级财政预算安排的资金。\n")
    assert document(text).kind == "measures"
