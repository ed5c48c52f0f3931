"""Assignments and subgroups of real notices (session 17, plans21). Every text is made up.

Class 1: a 函 or notice sets up a standing arrangement under a lead body —
``同意建立由某部牵头的某某工作部际联席会议制度``, ``决定建立由市甲局和市乙委牵头的某某联席会议制度`` — each body leads
the arrangement, named as printed (a space the page put inside it dropped); a lead named by a person's rank
(``由国务院领导同志牵头负责的``) is no body and gives no row.

Class 2: counted working groups whose parent the sentence names, but not right before the verb —
``某某指挥部决定设立4个工作组。现将…通知如下：一、A组 …`` (the group that decides; the groups are the numbered
headings), ``某某领导小组办公室设在某局，下设3个工作组，分别为A组、B组、C组`` (the clause before the comma: the
office, itself a subgroup of the group) — each named group is a subgroup of that parent.

Class 3: a group's office named as doing the group's work, though no sentence sets it up —
``某某管理领导小组办公室负责全市…的日常管理工作`` (the group named in full), ``联席会议办公室负责跟踪…`` on a page cut
above the group's name, which the attached member list prints further down — is a subgroup of that group. An office's
``负责同志`` is a person, and the offices the notice tells lower bodies to act through (``各县区…办公室要``) are not
the group's own.
"""
from __future__ import annotations

from helpers import assignments, subgroups


STATE_LETTER = ("国务院办公厅关于同意建立海岛保护利用工作部际联席会议制度的函\n"
                "国办函〔2031〕77号\n"
                "自然资源部:\n"
                "你部关于建立海岛保护利用工作部际联席会议制度的请示收悉。经国务院同意,现函复如下:\n"
                "国务院同意建立由自然资源部牵头的海岛保护利用工作部际联席会议制度。联席会议不刻制印章,不正式行文,"
                "请按照国务院有关文件精神认真组织开展工作。\n"
                "国务院办公厅\n2031年6月3日\n")

CITY = ("青川市人民政府办公室关于建立青川市物流降本增效工作联席会议制度的通知\n"
        "青政办发〔2032〕12号\n"
        "各县(市、区)人民政府,市政府各部门:\n"
        "为推动物流降本增效,经市政府研究,决定建立由市交通运输局和市商务局牵头的青川市物流降本 增效工作联席会议制度,"
        "协助市政府协调全市相关工作。\n"
        "青川市人民政府办公室\n2032年3月9日\n")


def test_a_state_letter_sets_up_a_joint_meeting_under_a_ministry():
    assert ("海岛保护利用工作部际联席会议制度", "lead", "自然资源部") in assignments(STATE_LETTER)


def test_two_lead_bodies_each_lead_and_the_space_is_dropped():
    got = assignments(CITY)
    assert ("青川市物流降本增效工作联席会议制度", "lead", "市交通运输局") in got
    assert ("青川市物流降本增效工作联席会议制度", "lead", "市商务局") in got


def test_a_mechanism_in_traditional_script():
    text = ("關於建立防范電信詐騙工作機制的通知\n各區人民政府:\n"
            "經研究,決定建立由市公安局牽頭的防范電信詐騙工作機制,各成員單位按職責開展工作。\n特此通知。\n")
    assert ("防范電信詐騙工作機制", "lead", "市公安局") in assignments(text)


def test_a_lead_named_by_rank_is_no_body():
    text = ("国务院关于同意建立国务院海洋经济工作部际联席会议制度的批复\n国函〔2033〕5号\n发展改革委:\n"
            "同意建立由国务院领导同志牵头负责的国务院海洋经济工作部际联席会议制度。\n国务院\n2033年1月8日\n")
    assert not assignments(text)


HEADQUARTERS = ("关于江北省防汛抢险总指挥部工作组组成的通知\n"
                "江北省防汛抢险总指挥部决定设立3个工作组。现将各工作组工作职责、牵头单位和成员单位通知如下:\n"
                "一、堤防巡查组\n"
                "负责组织堤防巡查,及时发现和处置险情。\n"
                "由省水利厅牵头,省应急厅、省武警总队参加。\n"
                "二、转移安置组\n"
                "负责受威胁群众的转移和安置。\n"
                "由省民政厅牵头,省公安厅、省交通厅参加。\n"
                "三、物资调度组\n"
                "负责防汛物资的调拨。\n"
                "由省粮食和物资储备局牵头,省财政厅参加。\n")


def test_the_deciding_headquarters_is_the_parent_of_the_headed_groups():
    got = subgroups(HEADQUARTERS)
    for name in ("堤防巡查组", "转移安置组", "物资调度组"):
        assert (name, "江北省防汛抢险总指挥部") in got
    assert ("堤防巡查组", "lead", "省水利厅") in assignments(HEADQUARTERS)


OFFICE = ("青原市第五次林业资源清查工作推进\n"
          "市政府决定成立青原市第五次林业资源清查工作领导小组,由副市长周若川任组长。"
          "领导小组办公室设在市林业局,下设3个工作组,分别为综合协调组、外业调查组、数据审核组。\n")


def test_the_office_of_the_clause_before_is_the_parent_of_the_listed_groups():
    got = subgroups(OFFICE)
    office = "青原市第五次林业资源清查工作领导小组办公室"
    assert (office, "青原市第五次林业资源清查工作领导小组") in got
    for name in ("综合协调组", "外业调查组", "数据审核组"):
        assert (name, office) in got


def test_a_government_that_decides_is_no_parent():
    text = ("关于做好秋季森林防火工作的通知\n各乡镇:\n"
            "县政府研究决定设立2个工作组,分别为督查组、宣传组,具体负责防火督查和宣传。\n特此通知。\n")
    assert not any(parent.endswith("政府") for _, parent in subgroups(text))


def test_the_office_of_the_clause_before_without_a_count():
    text = ("关于成立西岭县第二次湿地资源调查领导小组的通知\n各乡镇人民政府,县直各单位:\n"
            "县政府决定成立西岭县第二次湿地资源调查领导小组,由副县长范志远任组长。"
            "领导小组办公室设在县林业局,下设外业组和内业组,负责日常工作。\n西岭县人民政府\n2029年4月2日\n")
    office = "西岭县第二次湿地资源调查领导小组办公室"
    got = subgroups(text)
    assert (office, "西岭县第二次湿地资源调查领导小组") in got
    assert ("外业组", office) in got and ("内业组", office) in got


MEASURES = ("江川市河道保洁管理规定\n"
            "第三条 江川市河道保洁管理领导小组负责领导全市河道保洁管理工作。\n"
            "第四条 江川市河道保洁管理领导小组办公室负责全市河道保洁的日常管理工作。\n"
            "第五条 各区河道管理部门负责本辖区河道保洁的具体实施。\n")


def test_an_office_doing_its_groups_work_is_part_of_the_group():
    assert ("江川市河道保洁管理领导小组办公室", "江川市河道保洁管理领导小组") in subgroups(MEASURES)


CUT_PAGE = ("三、联席会议工作规则\n"
            "(一)联席会议原则上每季度召开一次。\n"
            "(二)联席会议办公室负责跟踪、督促联席会议议定事项的落实。\n"
            "附件:南溪省数字经济统计工作联席会议组成人员名单\n"
            "南溪省人民政府办公厅\n二○二八年八月一日\n"
            "附件:\n南溪省数字经济统计工作联席会议组成人员名单\n"
            "召集人:\n"
            "卫明远 省统计局局长\n"
            "成 员:\n"
            "顾长青 省发展改革委副主任\n"
            "沈书华 省工业和信息化厅副厅长\n")


def test_an_office_named_before_its_group_on_a_cut_page():
    assert ("南溪省数字经济统计工作联席会议办公室", "南溪省数字经济统计工作联席会议") in subgroups(CUT_PAGE)


def test_a_person_of_the_office_or_a_lower_bodys_office_is_no_part():
    text = ("南平县第三次农业普查工作推进会召开\n"
            "会议由县农业普查领导小组副组长、副县长邱志安主持,县农业普查领导小组办公室负责同志汇报了前期工作。"
            "会议要求,各乡镇农业普查领导小组办公室要抓紧做好普查员选聘工作。\n")
    assert not any(g.endswith("办公室") for g, _ in subgroups(text))


def test_a_departments_own_office_is_no_part_of_a_group():
    text = ("关于做好2031年春耕生产工作的通知\n各乡镇人民政府:\n"
            "市发展和改革委员会办公室负责汇总各地春耕物资需求。市卫生健康委员会办公室要做好值班工作。\n")
    assert not subgroups(text)


def test_a_department_that_decides_is_no_parent():
    text = ("关于成立迎检工作组的通知\n局属各单位:\n"
            "经研究,青川市卫生健康委员会决定设立2个工作组。现将有关事项通知如下:\n"
            "一、材料准备组\n负责迎检材料的整理。\n二、现场协调组\n负责迎检现场的协调。\n")
    assert not any(parent.endswith("委员会") for _, parent in subgroups(text))
