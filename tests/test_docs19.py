"""Document rows of real notices (session 16, docs19). Every text is made up.

- A number printed after the title on its line as the issuing body's name with the year (年) and serial in brackets
  (关于…的通知 某某指挥部(2031年7号)): the number as printed, its body the issuer, the title without it.
- A document-sharing page that runs the number, the title and the addressees together on one line (文档介绍:某府发〔…〕
  N号某区人民政府关于…的通知各街道办事处…：, or 1、某教函203011号… with the brackets' glyphs lost): the number
  and the title apart; the signature glued inside the run (…请遵照执行。 某市某局 2031年2月3日…, or the date before
  the footer's 主题词), not the printing office's day (某办公室2027年3月10日印).
- A news headline of two parts joined by a colon (某地:某某工作) over a wire's byline lead without its date
  (某某网某地讯(记者 某某)), the copy's straight quotes around it and a stray quote mark on a line of its own: the
  headline is the title.
- A cited number whose brackets the copy lost altogether, 号 kept, in a parenthesis of its own (…的意见(某教203013号)精神,
  《某某办法》(某教203131号)): the number with its brackets again (某教〔2030〕13号).
- A government-information catalogue's block (索取号 | 信息名称 | 产生日期 | 文号 | 发布机构), in a table or as label
  lines, in either script: 信息名称 gives the title, 产生日期 the day of signing (the catalogue's rules say so).
- A law database's fields, each label in 【】 and no colon (【发布部门】 X / 【效力级别】 有关法律问题的决定), on lines of their
  own over the text or run on after the title a flattened copy glued them to: fields, never the title; the number
  their 【发文字号】 gives."""
from __future__ import annotations

from govkg.extract.citations import find_citations
from govkg.extract.layout import find_layout
from govkg.nlp import extract
from govkg.notice import RawNotice


def document(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={})).document


HEADQUARTERS = ("关于南岭省防汛抢险总指挥部工作组设置的通知 南岭省防汛抢险总指挥部(2031年7号)\n"
                "关于南岭省防汛抢险总指挥部\n工作组设置的通知\n(二○三一年六月九日)\n"
                "根据抢险工作需要，总指挥部决定设立5个工作组。现将有关事项通知如下：\n"
                "一、转移安置组\n由省民政厅牵头，省公安厅、省交通运输厅参加。\n")


def test_an_issuers_number_with_the_year_after_the_title():
    layout = find_layout(HEADQUARTERS)
    assert layout.title == "关于南岭省防汛抢险总指挥部工作组设置的通知"
    assert layout.number == "南岭省防汛抢险总指挥部(2031年7号)"
    doc = document(HEADQUARTERS)
    assert doc.number == "南岭省防汛抢险总指挥部(2031年7号)"
    assert doc.issuer == "南岭省防汛抢险总指挥部"
    assert doc.signed == "2031-06-09"


def test_a_serial_with_di_and_a_group_as_the_body():
    text = ("关于调整河湾区创建工作专项小组成员的通知 河湾区创建工作领导小组(2029年第3号)\n"
            "各街道办事处：\n因人事变动，现将调整后的专项小组成员通知如下：\n组  长：陶明远\n")
    layout = find_layout(text)
    assert layout.title == "关于调整河湾区创建工作专项小组成员的通知"
    assert layout.number == "河湾区创建工作领导小组(2029年第3号)"


def test_a_year_in_brackets_after_a_headline_is_no_number():
    # a date or a year's note after a headline names no body: left alone
    text = "河湾区召开防汛工作会议(2031年)\n6月2日上午，河湾区召开防汛工作会议。\n"
    assert find_layout(text).number is None


def test_a_shared_excerpt_runs_number_title_and_addressees_together():
    text = ("文档介绍:岚府发〔2027〕31号青岚市岚山区人民政府关于2027年推进重点民生项目有关事项的通知各街道办事处、"
            "镇人民政府，区政府有关部门：为加快民生项目建设，经区政府研究，决定对以下项目予以重点推进。各单位要明确责任人。"
            "附件：重点民生项目表\n")
    layout = find_layout(text)
    assert layout.title == "青岚市岚山区人民政府关于2027年推进重点民生项目有关事项的通知"
    assert layout.number == "岚府发〔2027〕31号"
    assert layout.signed is None  # (no signature in this excerpt)


def test_a_run_on_excerpt_dated_before_its_footer():
    text = ("文档介绍:岚府发〔2027〕31号青岚市岚山区人民政府关于2027年推进重点民生项目有关事项的通知各街道办事处、"
            "镇人民政府，区政府有关部门：为加快民生项目建设，经区政府研究，决定对以下项目予以重点推进。各单位要明确责任人，"
            "细化工作方案，集中力量抓出实效，确保项目顺利实施。附件：重点民生项目表二○二七年三月九日主题词：项目 通知"
            "抄送：区委办。青岚市岚山区人民政府办公室2027年3月10日印(共印20份)\n")
    layout = find_layout(text)
    assert layout.signed == "2027-03-09"  # not the day the office printed it


def test_a_shared_page_opens_with_its_serial_and_a_number_without_brackets():
    text = ("1、桐卫函203011号桐江市卫生健康委员会关于印发桐江市基层名医培养方案(2030-2032年)的通知各县(市、区)卫健局，"
            "市直各医疗机构：现将桐江市基层名医培养方案(2030-2032年)印发给你们，请遵照执行。 桐江市卫生健康委员会 2031年2月3日"
            "桐江市基层名医培养方案为落实有关要求，制定本方案。\n2、续前页的文字。\n")
    layout = find_layout(text)
    assert layout.title == "桐江市卫生健康委员会关于印发桐江市基层名医培养方案(2030-2032年)的通知"
    assert layout.number == "桐卫函〔2030〕11号"
    assert layout.signed == "2031-02-03"  # the signature glued in the run: after a sentence, body then date
    doc = document(text)
    assert doc.kind == "plan" and doc.issuer == "桐江市卫生健康委员会"


def test_a_number_before_a_sentence_is_no_run_on_heading():
    # a citation that opens a line, then running text: no title from it
    text = "岚府发〔2027〕31号文件要求，各街道办事处要加快民生项目建设，确保按期完工。\n"
    assert find_layout(text).title_number is None


def test_a_colon_headline_over_a_wire_byline_lead():
    text = ("'青州:河口镇扎实推进村级组织换届工作'\n\"\n"
            "齐鲁民生网青州讯(通讯员 韩立 记者 史可) 5月6日,河口镇召开村级组织换届工作推进会。"
            "该镇成立了由镇党委书记戴宏任组长的工作领导小组。\n")
    assert find_layout(text).title == "青州:河口镇扎实推进村级组织换届工作"


def test_a_colon_line_over_running_text_is_no_headline():
    text = ("会议要求:各村要压实责任\n"
            "会议强调，各村要严格按照程序开展换届工作，确保风清气正。\n")
    assert find_layout(text).title != "会议要求:各村要压实责任"


def test_cited_numbers_whose_brackets_were_lost():
    text = ("桐江市教育局关于印发某某方案的通知\n桐教函〔2031〕2号\n各县(市、区)教体局：\n"
            "为落实关于实施桐江市骨干教师培养工程的意见(桐教203013号)精神，根据《桐江市骨干教师管理办法》(桐教203131号)，"
            "制定本方案。自2031年起，每年培养100名(第2031号文件除外)。\n")
    numbers = {c.number for c in find_citations(text, find_layout(text))}
    assert numbers == {"桐教〔2030〕13号", "桐教〔2031〕31号"}


def test_a_catalogue_table_names_the_title_and_the_day_of_signing():
    text = ("索 取 号 | 201203000-2031-004 | 发布机构 | |\n---|---|---|---|\n"
            "信息名称 | 青岚市人民政府关于做好第二次全市古树普查的通知 | ||\n"
            "产生日期 | 2031-03-12 | 文 号 | 岚政发〔2031〕4号 |\n关 键 词 | |||\n内容概述 | |||\n"
            "各县(市)区人民政府，市政府各部门：为切实做好古树普查工作，现将有关事项通知如下。一、普查范围 全市行政区域。\n")
    doc = document(text)
    assert doc.title == "青岚市人民政府关于做好第二次全市古树普查的通知"
    assert doc.number == "岚政发〔2031〕4号"
    assert doc.signed == "2031-03-12"
    assert doc.issuer == "青岚市人民政府"


def test_a_catalogue_table_in_traditional_script():
    text = ("索 取 號 | 201203000-2031-004 | 發布機構 | |\n---|---|---|---|\n"
            "信息名稱 | 青嵐市人民政府關于做好第二次全市古樹普查的通知 | ||\n"
            "產生日期 | 2031-03-12 | 文 號 | 嵐政發〔2031〕4號 |\n"
            "各縣(市)區人民政府，市政府各部門：為切實做好古樹普查工作，現將有關事項通知如下。一、普查範圍 全市行政區域。\n")
    doc = document(text)
    assert doc.title == "青嵐市人民政府關于做好第二次全市古樹普查的通知"
    assert doc.signed == "2031-03-12"


def test_an_issuers_year_number_in_traditional_script():
    text = ("關於南嶺省防汛搶險總指揮部工作組設置的通知 南嶺省防汛搶險總指揮部(2031年7號)\n"
            "(二○三一年六月九日)\n根據搶險工作需要，總指揮部決定設立5個工作組。\n")
    doc = document(text)
    assert doc.number == "南嶺省防汛搶險總指揮部(2031年7號)"
    assert doc.title == "關於南嶺省防汛搶險總指揮部工作組設置的通知"


def test_a_year_serial_without_a_body_is_left_alone():
    # (2031年第7号) after a title with no body's name before it: not read as this shape
    text = "关于河湾区防汛工作的通告(2031年第7号)\n各街道办事处：\n现将有关事项通告如下。\n"
    assert find_layout(text).number is None


LAW_DB = ("【发布部门】 东川省人大常委会\n【发布日期】 2031.04.18\n【实施日期】 2031.04.18\n【时效性】 现行有效\n"
          "【效力级别】 有关法律问题的决定\n"
          "东川省人民代表大会常务委员会关于调整省人民政府所属工作部门的决议\n"
          "(2031年4月18日东川省第九届人民代表大会常务委员会第六次会议通过)\n"
          "东川省人民代表大会常务委员会第六次会议审议了省人民政府提出的调整方案，决定如下：\n"
          "一、撤销东川省粮食厅，设立东川省粮食和物资储备局。\n")


def test_law_database_fields_over_the_text_are_no_title():
    layout = find_layout(LAW_DB)
    assert layout.title == "东川省人民代表大会常务委员会关于调整省人民政府所属工作部门的决议"
    doc = document(LAW_DB)
    assert doc.issuer == "东川省人民代表大会常务委员会"


RUN_ON_FIELDS = ("2031年创建卫生城市\n合集下载\n"
                 "西陵市人民政府关于印发西陵市2031年创建卫生城市实施方案的通知\n"
                 "西陵市人民政府关于印发西陵市2031年创建卫生城市实施方案的通知【法规类别】卫生综合规定【发文字号】西市政明电[2031]4号"
                 "【发布部门】西陵市政府【发布日期】2031.07.02【实施日期】2031.07.02【时效性】现行有效【效力级别】XP10"
                 "西陵市人民政府关于印发西陵市2031年创建卫生城市实施方案的通知(西市政明电【2031】4号)各区人民政府，市政府有关部门："
                 "现将《西陵市2031年创建卫生城市实施方案》印发给你们，请认真遵照执行。\n")


def test_law_database_fields_run_on_after_the_title():
    layout = find_layout(RUN_ON_FIELDS)
    assert layout.number == "西市政明电〔2031〕4号"
    assert layout.title == "西陵市人民政府关于印发西陵市2031年创建卫生城市实施方案的通知"
    doc = document(RUN_ON_FIELDS)
    assert doc.issuer == "西陵市人民政府"  # (the database's 发布部门, 某市政府, is not taken for the body)


def test_one_bracketed_word_in_a_line_is_no_field_row():
    text = "关于做好东川省防汛工作的通知\n各市人民政府：\n请按【时效性】要求报送材料，确保汛期安全。\n东川省人民政府\n2031年5月6日\n"
    layout = find_layout(text)
    assert layout.title == "关于做好东川省防汛工作的通知"
    assert layout.signed == "2031-05-06"
