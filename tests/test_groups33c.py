"""Group notices of round 33 (c): an editor's note over a reprinted notice telling that bodies everywhere set up
groups of the kind (国务院和各地相继成立X) before the notice sets up its own under its place's name; a one-line
members' list of the northern peoples' long names, every post a placed body's (苏木派出所所长, 某某嘎查党支部书记),
and the head of a 苏木 (苏木长, 副苏木长)."""
from __future__ import annotations

from helpers import memberships, position_rows as positions, subgroups


EDITOR_NOTE = (
    "〔编者按〕1987年，国务院和各地相继成立农村能源建设领导小组。下面是某省临溪地区行政公署当年印发的一份通知。\n\n"
    "临溪地区行政公署关于成立地区农村能源建设领导小组的通知\n临署发〔1987〕12号\n\n各县人民政府：\n"
    "　　行署决定成立临溪地区农村能源建设领导小组。现将组成人员通知如下：\n"
    "　　组　长：柏文涛　行署副专员\n"
    "　　成　员：葛玉林　地区计委副主任\n"
    "　　领导小组下设办公室，由葛玉林同志兼任办公室主任。\n\n"
    "　　　　　　　　临溪地区行政公署\n　　　　　　　　一九八七年五月六日\n")


def test_editor_note_of_groups_everywhere_yields_to_the_notice_own():
    got = memberships(EDITOR_NOTE)
    assert ("柏文涛", "临溪地区农村能源建设领导小组", "组长") in got
    assert ("葛玉林", "临溪地区农村能源建设领导小组", "成员") in got
    assert ("葛玉林", "临溪地区农村能源建设领导小组办公室", "主任") in got
    assert ("临溪地区农村能源建设领导小组办公室", "临溪地区农村能源建设领导小组") in subgroups(EDITOR_NOTE)


SUMU = ("某苏木人民政府关于成立草原防火工作领导小组的通知某政发〔2011〕9号各嘎查村民委员会：为做好草原防火工作，"
        "决定成立哈日努拉苏木草原防火工作领导小组。现将有关事项通知如下：一、领导小组组成人员 "
        "组　长：额尔敦毕力格 苏木党委书记 "
        "副组长：那仁满都拉 苏木党委副书记、苏木长 其木格巴图 苏木党委委员、副苏木长 "
        "成　员：阿拉坦仓 苏木林业站站长 孟根图雅 苏木卫生院院长 毕力格图 乌兰陶勒盖嘎查党支部书记 各嘎查村民委员会主任 "
        "二、领导小组下设办公室，办公室设在苏木林业站。                    某苏木人民政府 2011年4月2日")


def test_one_line_list_of_long_names_with_placed_posts():
    got = memberships(SUMU)
    group = "哈日努拉苏木草原防火工作领导小组"
    assert {("那仁满都拉", group, "副组长"), ("其木格巴图", group, "副组长"), ("阿拉坦仓", group, "成员"),
            ("孟根图雅", group, "成员"), ("毕力格图", group, "成员")} <= got
    held = positions(SUMU)
    assert {("那仁满都拉", "苏木党委", "副书记"), ("那仁满都拉", "苏木人民政府", "苏木长"),
            ("其木格巴图", "苏木人民政府", "副苏木长"), ("孟根图雅", "苏木卫生院", "院长"),
            ("毕力格图", "乌兰陶勒盖嘎查党支部", "书记")} <= held


GLUED = ("某县人民政府关于成立某县林业普查工作领导小组的通知\n某府发〔1984〕3号\n\n各区、乡人民政府：\n"
         "　　县人民政府决定成立某县林业普查工作领导小组，组成人员如下：\n"
         "　　组　长：韦国华　副县长\n"
         "　　成　员：莫永昌　县林业局副局长\n"
         "　　　　　　黎志坚　县统计科科长蒙桂英　县气象站站长\n"
         "　　领导小组下设办公室，办公室设在县林业局。\n\n　　　　　　某县人民政府\n　　　　　　一九八四年三月二日\n")


def test_member_line_whose_post_is_glued_to_the_next_name():
    group = "某县林业普查工作领导小组"
    assert {("黎志坚", group, "成员"), ("蒙桂英", group, "成员")} <= memberships(GLUED)
    assert {("黎志坚", "县统计科", "科长"), ("蒙桂英", "县气象站", "站长")} <= positions(GLUED)


STAFF = ("某公社关于成立计划生育工作领导小组的通知\n\n各大队：\n　　公社决定成立计划生育工作领导小组，组成人员如下：\n"
         "　　组长：房德顺（公社管委会主任）\n"
         "　　成员：贺子明（公社管委会文书）、卜秀兰（女，公社卫生院医生）、俞　萍（社区专职网格员）\n\n"
         "　　　　　　某公社管理委员会\n　　　　　　一九八二年四月十日\n")


def test_staff_posts_of_a_township_list():
    assert {("贺子明", "公社管委会", "文书"), ("卜秀兰", "公社卫生院", "医生"), ("俞萍", "社区", "专职网格员")} \
        <= positions(STAFF)


TEAM = ("某镇人民政府关于调整某镇防汛抗旱指挥部组成人员的通知\n\n各村民委员会：\n"
        "　　经研究，决定调整青石镇防汛抗旱指挥部组成人员。现将有关事项通知如下：\n一、指挥部组成\n"
        "指挥长：申立军　镇长\n成　员：乔海涛　镇水利站站长\n　　　　　房玉兰　镇应急管理办公室主任\n"
        "二、抢险救援队\n指挥部下设抢险救援队，由镇民兵应急分队组成，队长由乔海涛同志担任，副队长由房玉兰同志担任。\n\n"
        "　　　　　　某镇人民政府\n　　　　　　2022年5月6日\n")


BRIGADE = ("1950年1月8日，县首次成立修渠委员会，同年5月20日首次成立防汛总队部，总队长由县长柴永年兼任，"
           "政委由县委书记冀长河兼任。\n")


def test_task_team_a_group_sets_up_with_its_heads():
    assert ("抢险救援队", "青石镇防汛抗旱指挥部") in subgroups(TEAM)
    assert {("乔海涛", "抢险救援队", "队长"), ("房玉兰", "抢险救援队", "副队长")} <= memberships(TEAM)
    # (总队长由县长甲兼任: the head of a unit, no task team's head)
    assert not any(role == "队长" for _, _, role in memberships(BRIGADE))


CHRONICLE = ("5月6日 市委书记、市委全面深化改革委员会主任闵建平主持召开市委全面深化改革委员会第三次会议并讲话。"
             "市委副书记、市长、市委全面深化改革委员会副主任柯振华出席会议。会议审议了有关改革方案。\n"
             "同日 市委人才工作领导小组2021年第一次会议召开，听取成员单位工作汇报。市委书记、领导小组组长闵建平主持会议，"
             "市委副书记、领导小组副组长邬德明出席会议。\n")


def test_chronicle_party_commission_and_group_meetings():
    got = memberships(CHRONICLE)
    assert {("闵建平", "市委全面深化改革委员会", "主任"), ("柯振华", "市委全面深化改革委员会", "副主任"),
            ("闵建平", "市委人才工作领导小组", "组长"), ("邬德明", "市委人才工作领导小组", "副组长")} <= got
    assert not any(agency == "市委全面深化改革委员会" for _, agency, _ in positions(CHRONICLE))


ROSTER = ("记者从省委组织部获悉，4名优秀乡镇党委书记拟表彰对象分别是祁文斌，青川县委常委、木鱼镇党委书记；"
          "骆红霞，女，龙岩市新罗区委书记、二级巡视员；滕立新，安平县委书记。\n")


def test_roster_run_on_in_a_sentence_after_fenbieshi():
    got = positions(ROSTER)
    assert {("祁文斌", "青川县委", "常委"), ("骆红霞", "龙岩市新罗区委", "书记"), ("滕立新", "安平县委", "书记")} <= got
    assert not any(title == "二级巡视员" for _, _, title in got)

