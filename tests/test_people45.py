"""people45: personnel classes of layouts169–174 and real46 (made-up notices only)."""
from govkg.facts import Appointment, Removal
from helpers import facts, position_rows, posts


def _seconded(text: str) -> list[tuple]:
    """(person, agency, title, secondment, start, end) of each appointment of ``text``."""
    return [(f.person, f.post.agency, f.post.title, f.secondment, f.start, f.end)
            for f in facts(text) if isinstance(f, Appointment)]


_HEAD = ("关于林一鸣等同志职务任免的通知\n"
         "各乡镇人民政府，县政府各部门：\n"
         "经县人民政府研究，决定：\n"
         "任命：\n"
         "林一鸣为县审计局局长；\n")
_FOOT = "\n某县人民政府\n2019年5月6日\n"

#: a secondment's dates in brackets after its length, and (挂职) after the name
_DATES_IN_BRACKETS = _HEAD + "伍思远（挂职）为县商务局副局长，挂职时间二年（2019年5月至2021年5月）。" + _FOOT
#: a secondment agreed with the body the person comes from, sent to the county (我县) or a town named again after 任
_AGREED = _HEAD + ("经与省农业农村厅商定，该厅干部伍思远同志到我县挂职任县农业局副局长，挂职时间一年"
                   "（2019年5月至2020年5月），挂职期间不占我县领导职数。" + _FOOT)
_TOWN_AGAIN = _HEAD + ("选派县水务局副局长伍思远同志到青山镇挂职任青山镇人民政府副镇长，挂职时间一年"
                       "（2019年6月至2020年6月）。" + _FOOT)


def test_secondment_dates_in_brackets_after_its_length():
    assert ("伍思远", "县商务局", "副局长", True, "2019-05", "2021-05") in _seconded(_DATES_IN_BRACKETS)


def test_secondment_agreed_with_the_sending_body():
    assert ("伍思远", "县农业局", "副局长", True, "2019-05", "2020-05") in _seconded(_AGREED)


def test_secondment_to_a_town_named_again_in_the_post():
    assert ("伍思远", "青山镇人民政府", "副镇长", True, "2019-06", "2020-06") in _seconded(_TOWN_AGAIN)


#: a school's news: two people removed from one post, 同志 straight before it (no 的)
_TWO_REMOVED = ("学院召开干部大会\n"
                "会上宣读了任免决定：聘任邵明远同志任学院副院长，免去柯文涛、梁静怡同志副院长职务。\n")


def test_two_people_removed_with_tongzhi_before_the_post():
    rows = posts(_TWO_REMOVED, (Removal,))
    assert not [r for r in rows if r[2] in ("梁静怡", "柯文涛")]  # no name read as a body
    assert {r[1] for r in rows} == {"柯文涛", "梁静怡"}


#: a body set up with its short name in brackets, its head appointed under the quoted short name
_SHORT_NAME = ("学院召开干部大会\n"
               "会上宣读了任免决定：聘任柯文涛同志任学院副院长。经院长办公会研究决定，设置产教融合发展工作办公室(简称:“产教办”)，为处级机构。"
               "任命邵明远同志担任“产教办”主任。\n")


def test_a_body_set_up_with_its_short_name_then_named_by_it():
    assert ("Appointment", "邵明远", "产教融合发展工作办公室", "主任") in posts(_SHORT_NAME, (Appointment,))


#: a CPPCC standing committee's session adds members: 增补 before the first name, the term in the body's name
_ADDED = ("县政协常委会召开第九次会议\n"
          "会议经过表决，决定增补郑雨辰等6人为县政协第九届委员会委员。\n")


def test_members_added_by_zengbu_keep_the_committee_term():
    rows = posts(_ADDED, (Appointment,))
    assert ("Appointment", "郑雨辰", "县政协第九届委员会", "委员") in rows
    assert not [r for r in rows if r[1].startswith("增补")]


#: a city's working committee of the Party (教卫工作党委) and a rank title after it
_WORKING_COMMITTEE = ("某校召开干部大会\n"
                      "会上，市教卫工作党委一级巡视员葛云鹏宣读了任职决定。\n")


def test_a_working_party_committee_is_the_body_of_a_rank():
    assert ("葛云鹏", "市教卫工作党委", "一级巡视员") in position_rows(_WORKING_COMMITTEE)


#: a university Party committee's own notice on the heads of its colleges
_COLLEGES = ("中共某某理工大学委员会关于岑立言等同志职务任免的通知\n"
             "某理工党任〔2022〕9号\n"
             "各基层党组织：\n"
             "经校党委研究决定：\n"
             "岑立言同志任材料科学学院党委书记；\n"
             "免去宁海川同志的机械工程学院党委副书记职务。\n"
             "中共某某理工大学委员会\n"
             "2022年3月1日\n")


def test_a_college_party_committee_in_its_university_notice():
    rows = posts(_COLLEGES, (Appointment, Removal))
    assert ("Appointment", "岑立言", "材料科学学院党委", "书记") in rows
    assert ("Removal", "宁海川", "机械工程学院党委", "副书记") in rows


#: a holder's posts opening with the Party's full name, then the head of the government of the same place
_PARTY_THEN_MAYOR = ("某市召开领导干部大会\n"
                     "会上，中共临川市委副书记、市长柏文昊作了讲话。\n")


def test_the_government_after_a_party_committee_named_with_zhonggong():
    rows = position_rows(_PARTY_THEN_MAYOR)
    assert ("柏文昊", "临川市人民政府", "市长") in rows
    assert not [r for r in rows if r[1].startswith("中共") and r[1].endswith("人民政府")]


#: a county congress's standing committee's session: its heads named in a news report, Mongolian names among them
_MONGOLIAN = ("县人大常委会召开第九次会议\n"
              "6月5日，县人大常委会第九次会议举行。县人大常委会主任乌力吉巴雅尔主持会议，"
              "县人大常委会副主任陈明远、苏和朝克图出席会议。\n")


def test_mongolian_names_of_five_characters_and_more_in_a_report():
    rows = position_rows(_MONGOLIAN)
    assert ("乌力吉巴雅尔", "县人大常委会", "主任") in rows
    assert ("苏和朝克图", "县人大常委会", "副主任") in rows
