"""people42: personnel classes of layouts165, layouts166 and real44 (made-up notices only)."""
from govkg.facts import Appointment, Removal
from helpers import position_rows, posts

#: a town's own group notice copied without its title (the copy starts at the addressees), signed by the town's
#: presidium; posts in brackets after the names, a name spaced apart after its surname (郜　明远)
_TOWN_OWN = ("当前位置：首页 > 乡镇动态\n"
             "各村（社区），镇直各单位：\n"
             "　　经镇人大主席团研究，决定成立石门镇人大代表之家建设工作领导小组。组成人员如下：\n"
             "　　组长：葛文亮（镇人大主席）\n"
             "　　副组长：柯　晓岚（镇人大专职副主席）、　龚德顺（镇人民政府副镇长）\n"
             "　　成员：郜　明远（镇财政所所长）　宓　秋实（镇人大办公室主任）\n"
             "　　领导小组下设办公室，办公室设在镇人大办公室。\n"
             "　　　　　　　　　　　　　　　　某县石门镇人民代表大会主席团\n"
             "　　　　　　　　　　　　　　　　　　　2024年4月8日\n")


def test_a_town_signed_notice_keeps_its_bodies_as_printed():
    # signed by the town's own presidium: 镇人大, 镇财政所 stay as printed (not 石门镇人大)
    rows = position_rows(_TOWN_OWN)
    assert {("葛文亮", "镇人大", "主席"), ("龚德顺", "镇人民政府", "副镇长"), ("郜明远", "镇财政所", "所长"),
            ("宓秋实", "镇人大办公室", "主任")} <= rows
    assert not {r for r in rows if r[1].startswith("石门镇")}


def test_a_spaced_surname_before_bracketed_posts():
    # 郜　明远（镇财政所所长）: the name is 郜明远, never 明远
    assert not {r for r in position_rows(_TOWN_OWN) if r[0] in ("明远", "秋实")}


#: a congress standing committee's decision that a deputy head acts as its head, with 推选
_ACTING = ("关于推选县人大常委会副主任欧阳平代理主任职务的决定\n"
           "（2022年6月10日某县第九届人民代表大会常务委员会第五次会议通过）\n"
           "鉴于甲某某已辞去县人大常委会主任职务，根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》"
           "的规定，某县第九届人民代表大会常务委员会第五次会议决定：推选县人大常委会副主任欧阳平代理主任职务。\n")


def test_chosen_to_act_as_head():
    # 推选某常委会副主任甲代理主任职务: 代理主任 of the body of the post held; 推选 is no part of a body
    assert ("Appointment", "欧阳平", "县人大常委会", "代理主任") in posts(_ACTING, Appointment)
    rows = position_rows(_ACTING)
    assert ("欧阳平", "县人大常委会", "副主任") in rows
    assert not {r for r in rows if r[1].startswith("推选")}


#: a news report of a hiring ceremony: the recruits listed after 分别是, their title by the body's kind (馆员)
_RECRUITED = ("某市政府新聘5位文史馆员\n"
              "3月2日上午，某市人民政府举行某市文史研究馆馆员聘书颁发仪式。副市长甲某某为新聘的馆员颁发聘书。"
              "某市文史研究馆成立以来，在地方文史研究方面成果丰硕。"
              "这次录用的五名馆员分别是孔令达、沈碧云、柏青山、闻一鸣、俞小川，他们在书画、地方史等领域造诣很深。\n")


def test_recruits_listed_by_a_bare_title():
    # 录用的五名馆员分别是甲、乙…，他们…: each recruit is appointed 馆员 of the 馆 the report names in full
    rows = {r[1:] for r in posts(_RECRUITED, Appointment)}
    assert {(n, "某市文史研究馆", "馆员") for n in ("孔令达", "沈碧云", "柏青山", "闻一鸣", "俞小川")} <= rows
    assert len(rows) == 5


#: a college Party committee's group notice: 院党委 of the college, printed bare in its own notice
_COLLEGE = ("中共某某职业技术学院委员会关于成立党史学习教育领导小组的通知\n"
            "各党总支、直属党支部，院属各部门：\n经院党委研究，决定成立学院党史学习教育领导小组，组成如下：\n"
            "　　组　长：苗振华（院党委书记）\n　　副组长：卜晓东（院党委副书记）\n"
            "　　成　员：乔树林（院党委组织部部长）\n"
            "　　　　　　　　　　　　　　中共某某职业技术学院委员会\n　　　　　　　　　　　　　　2021年3月1日\n")


def test_a_colleges_own_party_committee():
    # 院党委书记 in a college's own list: 院党委 | 书记 (as 校党委书记 reads 校党委 | 书记)
    rows = position_rows(_COLLEGE)
    assert {("苗振华", "院党委", "书记"), ("卜晓东", "院党委", "副书记"), ("乔树林", "院党委组织部", "部长")} <= rows
    assert not {r for r in rows if r[1] == "院"}


#: a news story of a county congress's session, its list with a resignation accepted, the reason between the name
#: and the verb
_RESIGNED_FOR = ("县十届人大常委会举行第六次会议\n发布日期:2020-05-09\n"
                 "5月8日上午，某县第十届人民代表大会常务委员会第六次会议在县人大会议室举行。县人大常委会主任甲某某主持会议。\n"
                 "会议听取了县人民政府县长乙某某关于提请任免县人民政府组成人员的说明。\n"
                 "某县人民代表大会常务委员会\n任免名单\n（2020年5月8日某县第十届人民代表大会常务委员会第六次会议通过）\n"
                 "根据县人民政府县长甲某某的提请：\n决定任命于海川为县财政局局长；\n决定免去卢振声的县财政局局长职务。\n"
                 "会议还决定，接受祁清远因年龄原因辞去县人民代表大会常务委员会委员职务的请求。\n")


def test_a_resignation_for_a_reason():
    # 接受甲因年龄原因辞去…职务的请求: the person is 祁清远, the reason no part of the name
    rows = posts(_RESIGNED_FOR, Removal)
    assert ("Removal", "祁清远", "县人民代表大会常务委员会", "委员") in rows
    assert not {r for r in rows if "因" in r[1]}


#: a news report naming holders after 分别是 and by the report's own place (我市市委书记)
_NEWS = ("两位女市长履新\n某网3月5日讯 目前，在全国省会城市中，还有两位女市长，分别是昆明市长谷雨晴、长沙市长柳如烟。\n"
         "3月4日，市委召开领导干部会议。我市市委书记蒋正平主持会议，我县县长不在此列。\n")


def test_holders_after_a_lists_lead_and_the_reports_own_place():
    # 分别是某市长甲: the lead is no part of the body; 我市市委书记乙: 市委 | 书记
    rows = position_rows(_NEWS)
    assert {("谷雨晴", "昆明市人民政府", "市长"), ("蒋正平", "市委", "书记")} <= rows
    assert not {r for r in rows if r[1].startswith(("分别", "我"))}
