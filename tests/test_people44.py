"""people44: personnel classes of layouts163 and real45, round 3 (made-up notices only)."""
from govkg.facts import Appointment, Removal
from helpers import position_rows, posts

#: a personnel notice copied into a markdown listing: each item a bulleted line under its section
_BULLETED = ("某县人民政府关于甘若水等同志职务任免的通知\n"
             "某政任〔2011〕7号\n"
             "各乡镇人民政府，县政府各部门：\n"
             "经县人民政府研究决定：\n"
             "任命\n"
             "- 甘若水　县林业局局长\n"
             "- 卓　知远　县审计局副局长(试用期一年)\n"
             "免去\n"
             "- 符　明川　县林业局局长职务\n"
             "某县人民政府\n"
             "2011年6月2日\n")


def test_bulleted_items_of_a_personnel_notice():
    # - 甲　县某局局长 under 任命 / - 乙　县某局局长职务 under 免去: the list mark is no part of the name
    rows = posts(_BULLETED, (Appointment, Removal))
    assert ("Appointment", "甘若水", "县林业局", "局长") in rows
    assert ("Appointment", "卓知远", "县审计局", "副局长") in rows
    assert ("Removal", "符明川", "县林业局", "局长") in rows


#: a township's news: its government by its short name, 苏木政府 (a sumu, the township of a pastoral area)
_SUMU = ("某苏木工作动态\n"
         "5月3日，旗政府副旗长白文斌一行到乌兰苏木调研草原保护工作。乌兰苏木政府副苏木达包海军陪同。\n")


def test_a_sumu_government_by_its_short_name():
    # 乌兰苏木政府副苏木达甲: the sumu's 人民政府, as 镇政府 is the town's
    assert ("包海军", "乌兰苏木人民政府", "副苏木达") in position_rows(_SUMU)


#: a report names two holders of one government in a row, the second by 政府 alone
_TWO_OF_ONE = ("某苏木工作动态\n"
               "6月2日，旗农牧局局长韩立新一行到乌兰苏木调研。乌兰苏木政府副苏木达包海军、政府副苏木达吴国庆陪同。\n")


def test_a_second_holder_of_the_same_government_by_its_short_name():
    # 乌兰苏木政府副苏木达甲、政府副苏木达乙: 乙 serves the government of the area 甲 serves
    assert ("吴国庆", "乌兰苏木人民政府", "副苏木达") in position_rows(_TWO_OF_ONE)


#: a county's report in Yunnan: a holder of the Dai surname 刀 named after the posts
_DAI = ("某县召开防汛工作会议\n"
        "会上，县水务局局长刀志明汇报了去年的防汛工作情况，县气象局局长罗平通报了天气形势。\n")


def test_a_holder_of_the_surname_dao():
    # 县水务局局长刀某汇报…: 刀 opens a name
    assert ("刀志明", "县水务局", "局长") in position_rows(_DAI)


#: a news report whose subheading prints two decisions parted by a space
_TWO_IN_A_HEADLINE = ("传达省委关于人事调整的决定\n"
                      "提名甲文涛为某市市长候选人 乙明华任某县委书记\n"
                      "昨日上午，某市召开领导干部会议，传达了有关人事调整的决定。\n")


def test_two_decisions_of_a_headline_parted_by_a_space():
    # 提名甲为某市市长候选人 乙任某县委书记: the space ends the first post; 乙 is no part of it
    rows = posts(_TWO_IN_A_HEADLINE)
    assert all("乙明华" not in agency for _, _, agency, _ in rows)
    assert ("Appointment", "乙明华", "某县委", "书记") in rows or ("Position", "乙明华", "某县委", "书记") in rows


def test_a_count_of_people_is_no_name():
    # 两名女市长拟任地级市市委书记 (a news round-up's line): a count of people and what they are, no one's name
    head = "全国两会后至少26名市委书记密集调整,2名女市长拟任市委书记"
    text = (f"{head}\n\n据某某新闻不完全统计,截至3月29日,全国两会结束后,各地已有26名市委书记履新。其中,甲省5名市委书记在两天内"
            "密集履新,乙省共有4名市委书记在3天内官宣调整。\n\n"
            f"{head}\n\n两名女市长拟任地级市市委书记\n\n3月27日,某省委组织部发布一批干部任前公示。公示中提到,现任甲市委副书记、"
            "市长甲某某,拟任乙市委书记。甲某某,女,汉族,56岁,中共党员,现任甲市委副书记、市长。\n\n甲某某早期曾在某省财政厅工作,"
            "2005年任丙市委常委、副市长。2008年5月,甲某某调任甲市委常委、市委组织部部长,2016年任甲市长至今。\n")
    assert not any(person.startswith(("两名", "2名")) for _, person, *_ in posts(text, (Appointment, Removal)))
