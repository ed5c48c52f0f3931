"""people43: personnel classes of real44 and layouts166, round 2 (made-up notices only)."""
from govkg.facts import Appointment, Position, Removal
from helpers import position_rows, posts

#: a news report on a pre-appointment publicity list: each candidate introduced by name, then ,现任 and the posts
_PUBLICITY = ("某省新春调整基层干部：某市拟新任12名干部\n"
              "来源：某某新闻网\n"
              "　　某某网2月3日电　某市委组织部近日发布公告，对12名拟任职的领导干部进行任前公示。\n"
              "　　以1968年5月生的欧阳志远为例，现任东岭区委副书记（正县级），拟提名为县长候选人；"
              "1972年8月生的宫立华，现任西河县委常委、组织部长，拟提名为县长候选人。\n"
              "　　2015年10月，新任某省委书记葛振邦到任后，调研的第一站就选在某市。\n")


def test_a_name_then_now_holds_posts():
    # 1972年8月生的乙，现任某县委常委、组织部长: the person before the comma holds the posts now
    rows = position_rows(_PUBLICITY)
    assert {("欧阳志远", "东岭区委", "副书记"), ("宫立华", "西河县委", "常委"), ("宫立华", "西河县委组织部", "部长")} <= rows


def test_a_new_holder_who_arrives():
    # 新任某省委书记甲到任后: the post is held
    assert ("葛振邦", "某省委", "书记") in position_rows(_PUBLICITY)


#: a news report on a university's new Party secretary: the secretary still holds posts at another university,
#: printed by its short name; guests named before their rank
_STILL = ("某报讯　教育部发布消息称，中央组织部有关部门负责同志在某某大学宣布了中央的任免决定，"
          "柴文涛担任某某大学党委书记。\n"
          "截至发稿时，北大官网“领导机构”显示，柴文涛仍是北大党委常务副书记、副校长。\n"
          "当天上午，某某大学举行了清华大学公共管理研究中心主任詹明远教授做客的报告会。\n")


def test_still_is_a_post_of_a_university_by_its_short_name():
    # 甲仍是北大党委常务副书记、副校长: two posts held, of 北大 as printed
    rows = position_rows(_STILL)
    assert {("柴文涛", "北大", "党委常务副书记"), ("柴文涛", "北大", "副校长")} <= rows


def test_a_professor_named_after_his_post():
    # 某中心主任甲教授做客…: 甲 holds the post
    assert ("詹明远", "清华大学公共管理研究中心", "主任") in position_rows(_STILL)


#: a university's meeting: its president moves to be its Party secretary (由…校长转任党委书记)
_MOVED = ("9月30日，某某大学召开全体干部大会，会上有关部门负责同志宣布了决定，"
          "莫承志同志由某某大学校长转任党委书记，钮海涛同志任某某大学校长。\n")


def test_moved_to_the_party_secretary_of_the_same_university():
    # 由某大学校长转任党委书记: 某大学 | 党委书记, not a bare 党委
    got = posts(_MOVED, Appointment)
    assert ("Appointment", "莫承志", "某某大学", "党委书记") in got
    assert not [r for r in got if r[2] == "党委"]


#: a district's meeting: the city's Party committee proposes a removal the district's congress will decide
_PROPOSED = ("10月8日，某区召开全区领导干部大会。会议宣布市委决定，俞宏图同志任中共某市某区委员会书记。"
             "市委建议，免去俞宏图同志某市某区人民政府区长职务；市委同意，提名闵晓川同志为某市某区人民政府区长人选。\n")


def test_a_proposed_removal_is_no_removal():
    # 市委建议，免去甲…区长职务: only proposed, 甲 still holds the post
    assert not posts(_PROPOSED, Removal)
    assert ("Position", "俞宏图", "某市某区人民政府", "区长") in posts(_PROPOSED, Position)


#: a county bureau's plan sent on one line: the bureau sets up a group, its heads named by bare titles
_BUREAU_OWN = ("某某县农业机械局关于印发《2003年农机化工作目标任务分解方案》的通知\n"
               "某农机发〔2003〕7号\n"
               "各乡镇农机站，局属各股室：\n"
               "　　现将《2003年农机化工作目标任务分解方案》印发给你们，请认真组织实施。\n"
               "　　　　　　　　　　　　某某县农业机械局\n"
               "　　　　　　　　　　　　2003年3月2日\n"
               "　　一、任务分解\n"
               "　　（一）推广新机具。牵头股室：局推广股；配合单位：县财政局、县科学技术局、城关镇人民政府。\n"
               "　　二、保障措施\n"
               "　　局成立工作领导小组，由局长聂长庚任组长，副局长滕子昂任副组长，各股室负责人为成员。\n")


def test_a_bare_head_title_in_a_bureaus_own_notice():
    # 局成立…，由局长甲任组长: the bureau named in full with its level (the issuer), not 县科学技术局 listed before
    rows = position_rows(_BUREAU_OWN)
    assert {("聂长庚", "某某县农业机械局", "局长"), ("滕子昂", "某某县农业机械局", "副局长")} <= rows
    assert not {r for r in rows if r[1] in ("县科学技术局", "县财政局")}
