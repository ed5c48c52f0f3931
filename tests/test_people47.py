"""people47: personnel classes of layouts175–layouts178 (made-up notices only)."""
from govkg.facts import Appointment, Removal

from helpers import facts, posts, position_rows

#: a county's notice whose decisions are a table a text copy aligns by spaces: 姓名 / 任职 / 免职 / 备注, `—` in
#: an empty cell, notes (试用期一年, the start of the tenure, 女) in the 备注 column
_SPACED_TABLE = ("青山县人民政府关于汤文博等同志任免职务的通知\n"
                 "青府任〔1999〕7号\n"
                 "各乡镇人民政府，县政府各部门：\n"
                 "　　经县政府研究决定，任免下列同志职务：\n\n"
                 "　姓　名　　任　　职　　　　　　　　免　　职　　　　　　　　备　注\n"
                 "　汤　文博　县交通委员会主任　　　　县水利局副局长　　　　　试用期一年\n"
                 "　岳　　琳　县统计局副局长　　　　　—　　　　　　　　　　　女\n"
                 "　甘明德　　—　　　　　　　　　　　县林业局局长　　　　　　退休\n"
                 "　侯卫东　　县粮食局副局长　　　　　—　　　　　　　　　　　任职时间从1999年2月起算\n\n"
                 "　　　　　　　　　　　　　　　　　　　　　　　　青山县人民政府\n"
                 "　　　　　　　　　　　　　　　　　　　　　　一九九九年三月八日\n")


def test_space_aligned_table_gives_each_cells_decision():
    assert posts(_SPACED_TABLE) == [
        ("Appointment", "侯卫东", "县粮食局", "副局长"),
        ("Appointment", "岳琳", "县统计局", "副局长"),
        ("Appointment", "汤文博", "县交通委员会", "主任"),
        ("Removal", "汤文博", "县水利局", "副局长"),
        ("Removal", "甘明德", "县林业局", "局长"),
    ]


def test_space_aligned_table_notes_date_and_probation():
    got = {f.person: f for f in facts(_SPACED_TABLE) if isinstance(f, Appointment)}
    assert got["汤文博"].probation == "P1Y"
    assert got["侯卫东"].start == "1999-02"
    assert got["岳琳"].start is None


#: a court's notice promoting judges and staff to grades (晋升为三级高级法官, 晋升为一级调研员), with a note dating the
#: promotions, and a removal from a division printed short
_PROMOTIONS = ("南江省高级人民法院关于晋升法官等级、职级及免去有关同志职务的通知\n"
               "南高法〔2021〕56号\n"
               "院机关各部门，各中级人民法院：\n"
               "经院党组2021年6月10日会议研究决定：\n"
               "一、晋升法官等级\n"
               "韦立言同志晋升为三级高级法官；\n"
               "章　琪同志（女）晋升为一级法官。\n"
               "二、晋升职级\n"
               "欧阳明远同志晋升为一级调研员；\n"
               "邝小雨同志（女）晋升为二级主任科员（试用期一年）。\n"
               "三、免职\n"
               "免去苌云舒同志的民事审判第二庭副庭长职务。\n"
               "以上同志晋升法官等级和职级的，任职时间从2021年6月起算。\n"
               "南江省高级人民法院\n2021年6月14日\n")


def test_promotion_to_a_grade_is_an_appointment_in_the_issuing_court():
    got = {(f.person, f.post.agency, f.post.title) for f in facts(_PROMOTIONS) if isinstance(f, Appointment)}
    assert got == {("韦立言", "南江省高级人民法院", "三级高级法官"), ("章琪", "南江省高级人民法院", "一级法官"),
                   ("欧阳明远", "南江省高级人民法院", "一级调研员"), ("邝小雨", "南江省高级人民法院", "二级主任科员")}


def test_promotions_take_the_note_dating_them_and_their_probation():
    got = {f.person: f for f in facts(_PROMOTIONS) if isinstance(f, Appointment)}
    assert {f.start for f in got.values()} == {"2021-06"}
    assert got["邝小雨"].probation == "P1Y"


def test_removal_of_a_person_with_a_rare_surname():
    assert ("Removal", "苌云舒", "民事审判第二庭", "副庭长") in posts(_PROMOTIONS, Removal)


#: a group company's own notice: its leaders printed 集团党委书记、董事长, 集团党委委员、纪委书记, 集团财务总监
_GROUP_COMPANY = ("中共青山县交通投资（集团）有限公司委员会关于成立改革工作领导小组的通知\n"
                  "青交投党〔2019〕3号\n"
                  "集团各部室：\n"
                  "经集团党委研究，决定成立青山县交通投资（集团）有限公司改革工作领导小组，组成人员如下：\n"
                  "组长:韩立新　集团党委书记、董事长\n"
                  "副组长:邵明远　集团党委副书记、总经理\n"
                  "戴晓梅　集团党委委员、纪委书记\n"
                  "成员:汪海林　集团财务总监\n"
                  "中共青山县交通投资（集团）有限公司委员会\n2019年4月16日\n")


def test_group_companys_party_committee_is_a_body_of_its_own():
    rows = position_rows(_GROUP_COMPANY)
    assert {("韩立新", "集团党委", "书记"), ("韩立新", "集团", "董事长"), ("邵明远", "集团党委", "副书记"),
            ("戴晓梅", "集团党委", "委员")} <= rows


def test_group_companys_discipline_commission_after_its_party_committee():
    assert ("戴晓梅", "集团纪委", "书记") in position_rows(_GROUP_COMPANY)


def test_chief_financial_officer_is_one_title():
    assert ("汪海林", "集团", "财务总监") in position_rows(_GROUP_COMPANY)


#: a ministry's notice removing a person from its office that is also one of its departments (办公室（规划发展司）)
_OFFICE_ALSO_DEPARTMENT = ("国家某某局关于韩立等同志职务任免的通知\n"
                           "国某发人字〔2021〕12号\n"
                           "局机关各部门：\n"
                           "经局党组研究决定：\n"
                           "韩立同志任条法司司长，免去其办公室（规划发展司）副主任职务。\n"
                           "国家某某局\n2021年3月8日\n")


def test_bracketed_second_name_of_an_office_stays_out_of_the_body():
    assert ("Removal", "韩立", "办公室", "副主任") in posts(_OFFICE_ALSO_DEPARTMENT, Removal)


#: a county's notice printed on one line, a secondment of staff whose name a copy spaced out (覃　立功)
_SECONDED_SPACED = ("某县人民政府关于任免职务的通知\n某府人〔1997〕12号\n各乡镇人民政府：\n"
                    "经研究决定：蔺秋生任县烟草专卖局副局长，免去其县林业局副局长职务；选派县农业局干部覃　立功挂职任县扶贫"
                    "开发办公室副主任，挂职时间一年（1997年4月至1998年4月）。\n某县人民政府\n1997年4月2日\n")


def test_secondment_of_staff_with_a_spaced_name():
    got = [f for f in facts(_SECONDED_SPACED) if isinstance(f, Appointment) and f.post.agency == "县扶贫开发办公室"]
    assert [(f.person, f.post.title, f.secondment, f.start, f.end) for f in got] == \
        [("覃立功", "副主任", True, "1997-04", "1998-04")]


#: a congress's list whose appointee's name is spaced out (邱　文　軒為…), and a report naming deputies, one spaced
_SPACED_APPOINTEE = ("青山縣人民代表大會常務委員會任免名單\n"
                     "（2016年11月24日青山縣第十七屆人民代表大會常務委員會第三十次會議通過）\n"
                     "決定任命：\n邱　文　軒為青山縣人民政府副縣長\n任命：\n蕭永年為青山縣財政局局長\n")
_SPACED_DEPUTY = ("全南縣人大常委會舉行第三十二次會議\n"
                  "　　8月29日，全南縣第十七屆人大常委會舉行第三十二次會議。縣人大常委會主任賴承鈞主持會議，"
                  "縣人大常委會副主任葉　思遠、鍾秀蘭及委員共21人出席會議。\n")


def test_spaced_appointee_gives_no_position_of_half_a_name():
    assert ("Appointment", "邱文軒", "青山縣人民政府", "副縣長") in posts(_SPACED_APPOINTEE)
    assert not position_rows(_SPACED_APPOINTEE)


def test_spaced_name_among_a_reports_deputies():
    rows = position_rows(_SPACED_DEPUTY)
    assert {("葉思遠", "縣人大常委會", "副主任"), ("鍾秀蘭", "縣人大常委會", "副主任")} <= rows
