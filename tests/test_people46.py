"""people46: personnel classes of layouts173, real46 and the older real-page corpora (made-up notices only)."""
from helpers import position_rows

#: a bureau's news: the head of the group the bureau sets up, by his bare title (以局长甲为组长的…领导小组); the
#: bureau named by its place alone (no level), at the opening of two clauses
_BUREAU_SETS_UP = ("青河供水局全力保障春节供水\n"
                   "2018-02-03 来源:\n"
                   "本网讯 2月1日，青河供水局召开保供水紧急会议，传达上级会议精神。\n"
                   "会后，青河供水局及时成立了以局长蔡明轩为组长的春节保供水领导小组，布置和督促落实各项工作。\n")
#: a procuratorate's news, the same shape with its level named (某省检察院成立以检察长乙为组长的…)
_PROCURATORATE_SETS_UP = ("据南江省检察院官方微博3月2日消息，南江省检察院成立以检察长贺知远为组长的改革试点工作领导小组，"
                          "加强对改革试点工作的组织领导。\n")


def test_head_of_the_group_a_bureau_sets_up():
    assert ("蔡明轩", "青河供水局", "局长") in position_rows(_BUREAU_SETS_UP)


def test_head_of_the_group_a_procuratorate_sets_up():
    assert ("贺知远", "南江省检察院", "检察长") in position_rows(_PROCURATORATE_SETS_UP)


#: a school's notice on its groups: a member with 同志 and a division's post in brackets (乙同志（保卫处处长）)
_BRACKETED_DIVISION = ("中共某某学院委员会关于调整学校部分议事协调机构的通知\n"
                       "校内各单位：\n"
                       "（一）学校安全工作领导小组。因工作变动，甲某同志不再担任副组长，由乙某同志接任；"
                       "韦思琪同志（保卫处处长）递补为成员。\n"
                       "中共某某学院委员会\n2023年3月15日\n")
_BRACKETED_DIVISION_TRAD = ("中共某某學院委員會關於調整學校部分議事協調機構的通知\n"
                            "校內各單位:\n"
                            "(一)學校安全工作領導小組。因工作變動,甲某同志不再擔任副組長,由乙某同志接任;"
                            "韋思琪同志(財務處副處長)遞補為成員。\n"
                            "中共某某學院委員會\n2023年3月15日\n")


def test_division_post_in_brackets_after_name_and_tongzhi():
    assert ("韦思琪", "保卫处", "处长") in position_rows(_BRACKETED_DIVISION)


def test_division_post_in_brackets_traditional():
    assert ("韋思琪", "財務處", "副處長") in position_rows(_BRACKETED_DIVISION_TRAD)


#: a school's rules: the people who attend its meetings, the deputies of the Party committee after its secretary,
#: and names sharing one title, one of them with 则 in the given name
_ATTENDING = ("关于修订校长办公会议议事规则的说明\n"
              "青州学院校长办公会议由校长主持。青州学院校长办公会议的出席人员可以适当扩大。"
              "目前的校长办公会议主要出席人员有：校长龚立新、党委书记蒋文博、副书记包志强、韩晓飞、"
              "副校长张明远、金则成、张辉、校长助理冯书文。\n")


def test_deputy_secretaries_after_the_party_secretary_are_the_committees():
    rows = position_rows(_ATTENDING)
    assert ("包志强", "青州学院", "党委副书记") in rows
    assert ("韩晓飞", "青州学院", "党委副书记") in rows


def test_names_sharing_a_title_one_with_ze_in_the_given_name():
    rows = position_rows(_ATTENDING)
    assert ("金则成", "青州学院", "副校长") in rows
    assert ("张辉", "青州学院", "副校长") in rows


#: a group company's own news: its leaders by bare titles, its Party committee's posts the committee's
_COMPANY_NEWS = ("集团公司召开安全生产委员会扩大会议\n"
                 "5月12日，集团公司召开安全生产委员会扩大会议。集团公司党委书记、董事长庞建业出席会议并讲话。\n"
                 "会上，党委副书记、总经理钟立民就集团公司安全隐患排查整治专项行动作了具体部署。"
                 "党委委员韩思远传达了上级有关会议精神。\n")


def test_company_leaders_by_bare_titles_in_its_own_news():
    rows = position_rows(_COMPANY_NEWS)
    assert ("钟立民", "集团公司党委", "副书记") in rows
    assert ("钟立民", "集团公司", "总经理") in rows


def test_committee_post_after_the_committee_named_is_not_doubled():
    rows = position_rows(_COMPANY_NEWS)
    assert ("韩思远", "集团公司党委", "委员") in rows
    assert not any(title.startswith("党委") for _, agency, title in rows if agency.endswith("党委"))
