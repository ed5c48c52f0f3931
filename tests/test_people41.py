"""people41: personnel classes of layouts158, layouts160 and real43 (made-up notices only)."""
from govkg.facts import Appointment, Removal
from helpers import memberships, position_rows, posts

#: a sumu's own group notice: names of the pastoral areas glued to the posts of the sumu's bodies
_SUMU = ("某旗白音苏木人民政府关于成立白音苏木森林防火指挥部的通知\n白政发〔2015〕3号\n各嘎查村民委员会：\n"
         "经苏木党委、政府研究，决定成立白音苏木森林防火指挥部，组成人员如下：\n"
         "  总指挥：巴图苏木党委书记\n  副总指挥：额尔敦毕力格苏木党委委员、副苏木长\n"
         "  成员：吴建国苏木林业站站长\n        乌云其其格苏木卫生院院长\n        朝鲁门嘎查党支部书记\n"
         "某旗白音苏木人民政府\n2015年4月2日\n")


def test_names_glued_to_a_sumus_posts():
    # 乌云其其格苏木卫生院院长: the sumu's word opens the posts as a level does (not 乌云 | 其其格苏木卫生院)
    rows = position_rows(_SUMU)
    assert {("额尔敦毕力格", "苏木党委", "委员"), ("额尔敦毕力格", "苏木人民政府", "副苏木长"),
            ("乌云其其格", "苏木卫生院", "院长")} <= rows
    group = "白音苏木森林防火指挥部"
    assert {("额尔敦毕力格", group, "副总指挥"), ("乌云其其格", group, "成员")} <= memberships(_SUMU)
    assert not {r for r in rows if r[0] in ("额尔敦", "乌云")}


#: a Corps regiment's own group: posts in brackets after the names, the regiment's bodies printed bare (团党委)
_REGIMENT = ("关于成立一二九团安全生产工作领导小组的通知\n一二九团发〔2020〕7号\n各连队，团机关各部门：\n"
             "经团党委研究，决定成立一二九团安全生产工作领导小组。现将有关事项通知如下：\n"
             "　　组　长：柏运昌（团党委书记、政委）\n　　常务副组长：龙海生（团党委副书记、团长）\n"
             "　　副组长：冉启明（团党委常委、纪委书记）\n　　成　员：向仲伦（第三连党支部书记、连长）\n"
             "　　领导小组办公室设在团安全生产办公室。\n新疆生产建设兵团第八师一二九团\n2020年6月1日\n")


def test_a_regiments_own_list():
    # 政委 and 团长 of the regiment the issuer names; 纪委 after 团党委 the regiment's; a company's Party branch
    rows = position_rows(_REGIMENT)
    assert {("柏运昌", "团党委", "书记"), ("柏运昌", "一二九团", "政委"), ("龙海生", "一二九团", "团长"),
            ("冉启明", "团纪委", "书记"), ("向仲伦", "第三连党支部", "书记"), ("向仲伦", "第三连", "连长")} <= rows
    assert not {r for r in rows if r[1] in ("团", "纪委", "第三连") and r[2] != "连长"}


_DIVISION = ("新疆生产建设兵团第五师关于柏运昌等同志职务任免的通知\n师任字〔2013〕9号\n各团场，师直各单位：\n"
             "经师党委研究决定：\n柏运昌同志任第五师八十一团副团长；\n"
             "免去龙海生同志的第五师八十二团副团长、团工会主席职务，退休。\n新疆生产建设兵团第五师\n2013年3月1日\n")


def test_a_regiments_own_body_after_the_regiment_named():
    # 第五师八十二团副团长、团工会主席: the trade union of the regiment just named
    got = posts(_DIVISION, Removal)
    assert ("Removal", "龙海生", "第五师八十二团工会", "主席") in got
    assert not [g for g in got if g[2] == "团工会"]


_MINE = ("中共某某煤业集团有限公司委员会关于柏运昌等同志职务任免的通知\n某煤党干字〔2011〕5号\n各矿（厂）党委：\n"
         "经集团公司党委研究决定：\n柏运昌同志任某某煤业集团有限公司三矿党委书记，免去其某某煤业集团有限公司四矿"
         "党委副书记职务。\n中共某某煤业集团有限公司委员会\n2011年4月2日\n")


def test_a_mines_party_committee():
    # 某公司三矿党委书记: the mine's own Party committee, as a farm's
    assert ("Appointment", "柏运昌", "某某煤业集团有限公司三矿党委", "书记") in posts(_MINE, Appointment)
    assert ("Removal", "柏运昌", "某某煤业集团有限公司四矿党委", "副书记") in posts(_MINE, Removal)


def test_bureau_heads_at_a_meeting_without_their_level():
    # a county report's list of those at a meeting: 交通運輸局黨委書記甲 (traditional script), the bureau as printed
    text = ("某縣召開農村公路建設工作會議\n2014年4月2日\n4月2日上午，全縣農村公路建設工作會議在縣交通運輸局召開。"
            "縣委常委、副縣長柏運昌，交通運輸局黨委書記龍海生，交通運輸局局長冉啟明出席會議。\n")
    rows = position_rows(text)
    assert {("龍海生", "交通運輸局", "黨委書記"), ("冉啟明", "交通運輸局", "局長"), ("柏運昌", "縣人民政府", "副縣長")} <= rows
    # a body's division (局人事處) is no bureau of the area: not read bare
    rows = position_rows("某縣召開會議\n2014年4月2日\n會上，局人事處處長向仲倫出席會議。\n")
    assert ("向仲倫", "局人事處", "處長") not in rows
