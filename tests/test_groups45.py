"""Groups as adjusting notices print them (fix39d): a subgroup set up under a group named by its 以下简称 name, the
subgroup's name too long for a kind word (局安委会下设某某野外作业安全专项工作组); a 工作专班's head labelled 专班组长; a
holder who leaves a role and the one who takes it over (甲不再担任副组长，由乙接任; 丙（某处处长）递补为成员), in simplified
and traditional script; a plan's 保障措施 line naming the office of a group set up elsewhere (no part of this notice)."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


COMMITTEE = ("某省测绘局关于调整局安全生产委员会组成人员的通知\n某测办〔2021〕7号\n"
             "局属各单位：\n"
             "决定对某省测绘局安全生产委员会（以下简称局安委会）组成人员进行调整。现将有关事项通知如下：\n"
             "一、调整后的局安委会组成人员\n"
             "主　任：韦正言　省测绘局局长\n"
             "成　员：局办公室主任\n"
             "二、局安委会办公室\n"
             "局安委会下设办公室，设在局安全监督处，承担局安委会日常工作。办公室主任由局安全监督处处长倪晓川同志兼任。\n"
             "三、专项工作组\n"
             "局安委会下设外业测量作业安全专项工作组，组长由柏树青同志兼任，副组长由局安全监督处副处长尤慕白同志担任。\n"
             "某省测绘局\n2021年5月8日\n")
ROOT = "某省测绘局安全生产委员会"


def test_a_long_named_subgroup_is_part_of_the_group_its_short_name_sets_it_up_under():
    # 局安委会下设外业测量作业安全专项工作组 under the heading of the office: the committee's part, not the office's
    nf = run(COMMITTEE)
    assert ("外业测量作业安全专项工作组", ROOT) in subgroups(nf)
    assert ("外业测量作业安全专项工作组", ROOT + "办公室") not in subgroups(nf)
    assert ("外业测量作业安全专项工作组", "尤慕白", "副组长") in members(nf)


TASK_FORCE = ("某市应急管理局关于印发某市消防安全专项整治工作方案的通知\n某应急〔2022〕9号\n"
              "各县（区）应急管理局：\n"
              "一、工作专班\n"
              "市应急局成立消防安全专项整治工作专班，专班组长由市应急局局长邝明哲同志担任，副组长由市应急局副局长"
              "甄晓岚同志担任。\n"
              "某市应急管理局\n2022年3月1日\n")


def test_a_task_forces_head_labelled_by_the_unit_keeps_the_label():
    got = members(run(TASK_FORCE))
    assert ("消防安全专项整治工作专班", "邝明哲", "专班组长") in got
    assert ("消防安全专项整治工作专班", "甄晓岚", "副组长") in got


ADJUSTED = ("中共某某学院委员会关于调整学院部分议事协调机构的通知\n某院党发〔2022〕3号\n"
            "院内各单位：\n"
            "经院党委常委会研究，决定对学院部分议事协调机构进行调整。现将有关事项通知如下：\n"
            "（一）学院保密工作领导小组。因工作变动，柯明远同志不再担任副组长，由施雨桐同志接任；"
            "谭晓舟同志（保卫处处长）递补为成员。\n"
            "（二）学院档案工作领导小组。因工作变动，祁向东同志不再担任领导小组成员及办公室主任，由骆文清同志接任。\n"
            "中共某某学院委员会\n2022年6月1日\n")


def test_the_holder_who_takes_over_a_role_is_a_member():
    nf = run(ADJUSTED)
    got = members(nf)
    assert ("学院保密工作领导小组", "施雨桐", "副组长") in got
    assert ("学院保密工作领导小组", "谭晓舟", "成员") in got
    assert ("学院档案工作领导小组", "骆文清", "成员") in got
    assert ("学院档案工作领导小组办公室", "骆文清", "主任") in got
    assert not any(p in ("柯明远", "祁向东") for _, p, _ in got)
    assert ("谭晓舟", "保卫处", "处长") in positions(nf)


TRADITIONAL = ("中共某某學院委員會關於調整學院部分議事協調機構的通知\n某院黨發〔2023〕4號\n"
               "院內各單位:\n"
               "經院黨委常委會研究,,決定對學院部分議事協調機構進行調整。現將有關事項通知如下:\n"
               "(一)學院保密工作領導小組。因工作變動,,柯明遠同志不再擔任副組長,,由施雨桐同志接任;"
               "譚曉舟同志(保衛處處長)遞補為成員。\n"
               "中共某某學院委員會\n2023年3月15日\n")


def test_the_holder_who_takes_over_a_role_in_traditional_script():
    # a mirror that doubles every comma (,,): the roles and names stay in the script printed
    got = members(run(TRADITIONAL))
    assert ("學院保密工作領導小組", "施雨桐", "副組長") in got
    assert ("學院保密工作領導小組", "譚曉舟", "成員") in got


PLAN = ("某县人民政府关于印发某县2003年植树造林工作实施方案的通知\n某政发〔2003〕11号\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《某县2003年植树造林工作实施方案》已经县政府研究通过，现印发给你们，请认真组织实施。\n"
        "一、任务目标\n全县完成植树造林1.2万亩。\n"
        "二、保障措施\n"
        "（一）加强组织领导。县植树造林绿化工作领导小组办公室负责日常协调，县林业局负责技术指导。\n"
        "某县人民政府\n2003年3月6日\n")


def test_a_plan_naming_the_office_of_a_group_set_up_elsewhere_sets_up_no_part():
    assert not subgroups(run(PLAN))
