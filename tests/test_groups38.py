"""Group notices and holders as written (round 38e): a court's committee set up by an article of rules that says
what it is made of (``X由院长、副院长…组成。本届X组成人员为：``), its members named with their posts in brackets and a
two-character name padded to the list's width (``甲某某（副院长）　金　鑫（副院长）``); a 工作专班 set up under a section
titled by the kind word alone (``一、工作专班``), its heads named in prose (``专班长由甲担任，副专班长由乙、丙担任``) and its
working groups its subgroups."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


COURT = ("某县人民法院关于印发《某县人民法院审判委员会工作规定》的通知\n某法发〔2024〕3号\n院各部门：\n"
         "　　《某县人民法院审判委员会工作规定》已经院党组会议研究通过，现印发给你们，请认真遵照执行。\n"
         "某县人民法院审判委员会工作规定\n"
         "　　第一条　为规范审判委员会工作，结合本院实际，制定本规定。\n"
         "　　第二条　某县人民法院审判委员会由院长、副院长和部分审判业务部门负责人组成。本届审判委员会组成人员为：\n"
         "　　主　任：甘立群（院长）\n"
         "　　委　员：阿苏拉则（副院长）　金　鑫（副院长）　喻晓帆（刑事审判庭庭长）　司马嘉禾（民事审判庭庭长）\n"
         "　　第三条　审判委员会讨论决定重大案件。\n某县人民法院\n2024年4月20日\n")
COURT_GROUP = "某县人民法院审判委员会"


def test_committee_made_of_posts_then_its_members():
    # X由…组成。本届X组成人员为： — the article names the committee, the list under it its members
    nf = run(COURT)
    assert {(COURT_GROUP, "甘立群", "主任"), (COURT_GROUP, "阿苏拉则", "委员"), (COURT_GROUP, "喻晓帆", "委员"),
            (COURT_GROUP, "司马嘉禾", "委员")} <= members(nf)
    assert all(not g.startswith("第") for g, _, _ in members(nf))
    assert {("甘立群", "某县人民法院", "院长"), ("喻晓帆", "刑事审判庭", "庭长")} <= positions(nf)


def test_padded_name_before_its_bracketed_posts():
    # 阿苏拉则（副院长）　金　鑫（副院长）: the padded name closed up, its own post read
    nf = run(COURT)
    assert (COURT_GROUP, "金鑫", "委员") in members(nf)
    assert {("金鑫", "某县人民法院", "副院长"), ("阿苏拉则", "某县人民法院", "副院长")} <= positions(nf)
    assert not any("金鑫" in agency for _, agency, _ in positions(nf))


TASKFORCE = ("关于印发某市河湖保护工作专班运行方案的通知\n某政办发〔2021〕5号\n各镇人民政府，市政府各工作部门：\n"
             "　　《某市河湖保护工作专班运行方案》已经市政府同意，现印发给你们，请认真抓好落实。\n"
             "某市河湖保护工作专班运行方案\n　　一、工作专班\n"
             "　　成立某市河湖保护工作专班（以下简称专班），专班长由市委常委、副市长郜立峰担任，副专班长由市政府办公室副主任"
             "柴海燕、市水务局局长卜锦程担任，成员由市水务局、市财政局及各镇分管负责同志组成。\n"
             "　　专班下设综合协调组和督查考核组。综合协调组组长由卜锦程同志兼任；督查考核组组长由柴海燕同志兼任。\n"
             "　　二、工作要求\n　　专班每月召开一次调度会。\n某市人民政府办公室\n2021年3月2日\n")
TF_GROUP = "某市河湖保护工作专班"


def test_section_titled_by_kind_word_is_no_group():
    # 一、工作专班 over 成立某市某某工作专班: the working groups are the named 专班's
    nf = run(TASKFORCE)
    assert {("综合协调组", TF_GROUP), ("督查考核组", TF_GROUP)} <= subgroups(nf)
    assert not any(p == "工作专班" for _, p in subgroups(nf))


def test_taskforce_heads_named_in_prose():
    # 专班长由甲担任，副专班长由乙、丙担任
    nf = run(TASKFORCE)
    assert {(TF_GROUP, "郜立峰", "专班长"), (TF_GROUP, "柴海燕", "副专班长"), (TF_GROUP, "卜锦程", "副专班长")} <= members(nf)
    assert ("柴海燕", "市人民政府办公室", "副主任") in positions(nf)


BRACKET_HEADS = ("关于成立某街道环境整治工作专班的通知\n某街发〔2025〕2号\n各社区居委会：\n"
                 "　　经街道党工委研究，决定成立某街道环境整治工作专班（以下简称工作专班），组成人员如下：\n"
                 "　　专 班 长：某街道党工委书记　冯　岳\n　　副专班长：某街道办事处副主任　沙海林\n"
                 "　　成　　员：某街道综治中心主任　纳永平\n"
                 "　　工作专班下设综合协调组（组长：沙海林）和督导检查组（组长：纳永平），分别负责统筹和督查。\n"
                 "某街道办事处\n2025年3月18日\n")
BH_GROUP = "某街道环境整治工作专班"


def test_subgroups_set_up_with_their_heads_in_brackets():
    # 下设A组（组长：甲）和B组（组长：乙）: both subgroups, each its own head
    nf = run(BRACKET_HEADS)
    assert {("综合协调组", BH_GROUP), ("督导检查组", BH_GROUP)} <= subgroups(nf)
    assert {("综合协调组", "沙海林", "组长"), ("督导检查组", "纳永平", "组长")} <= members(nf)
    assert ("综合协调组", "纳永平", "组长") not in members(nf)


HEADED_ITEMS = ("关于调整某镇防汛工作专班组成人员的通知\n各村委会，镇直各单位：\n"
                "　　经镇党委研究，决定对某镇防汛工作专班组成人员进行调整。调整后的组成人员如下：\n"
                "　　专 班 长：符　明　镇党委副书记、镇长\n　　副专班长：冼颂华　镇人大主席\n"
                "　　　　　　　梁　敬　镇党委委员、副镇长\n　　成　　员：邝德亮　镇应急办主任\n"
                "　　专班下设两个工作组：\n"
                "　　（一）巡查组。组长：梁敬（兼），成员由镇水利站有关人员组成，负责河道巡查。\n"
                "　　（二）救援组。组长：冼颂华（兼），成员由镇卫生院有关人员组成，负责伤员转运。\n"
                "某镇人民政府\n2023年6月10日\n")


def test_working_group_item_names_its_head_after_a_stop():
    # （一）巡查组。组长：梁敬（兼），成员由…组成，负责…: the item's group, its head
    nf = run(HEADED_ITEMS)
    assert {("巡查组", "梁敬", "组长"), ("救援组", "冼颂华", "组长")} <= members(nf)
    assert {("巡查组", "某镇防汛工作专班"), ("救援组", "某镇防汛工作专班")} <= subgroups(nf)


POSTS_FIRST = ("某州人民政府办公室关于成立某州项目建设领导小组的通知\n某州政办〔2011〕6号\n各县人民政府，州政府各部门：\n"
               "　　经州人民政府研究，决定成立某州项目建设领导小组，组成人员如下：\n"
               "组　长：　州委常委、常务副州长　甲木丹增\n成　员：　州财政局局长　祁韵青\n"
               "　　　　　州审计局副局长（主持工作）　马晓云\n　　　　　州水利局局长　韩德林\n"
               "某州人民政府办公室\n二〇一一年六月八日\n")


def test_post_first_with_a_note_on_how_it_is_held():
    # 州审计局副局长（主持工作）　马晓云: the note no part of the post, the list read on after it
    nf = run(POSTS_FIRST)
    group = "某州项目建设领导小组"
    assert {(group, "马晓云", "成员"), (group, "韩德林", "成员")} <= members(nf)
    assert ("马晓云", "州审计局", "副局长") in positions(nf)


PADDED_LAST = ("某镇人民政府关于成立某镇场镇环境整治工作领导小组的通知\n某府发〔2011〕9号\n各村委会：\n"
               "　　镇人民政府成立某镇场镇环境整治工作领导小组，组成人员如下：\n"
               "　　组　长：镇长郭明远\n"
               "　　成　员：镇人大主席邝知言、副镇长饶光明、镇派出所所长甄　武\n"
               "某镇人民政府\n2011年3月1日\n")


def test_padded_name_glued_to_its_post_last_in_a_list():
    # 、镇派出所所长甄　武: the last entry's padded name read with its post
    nf = run(PADDED_LAST)
    group = "某镇场镇环境整治工作领导小组"
    assert {(group, "甄武", "成员"), (group, "饶光明", "成员"), (group, "邝知言", "成员")} <= members(nf)
    assert ("甄武", "某镇派出所", "所长") in positions(nf)  # (the town named by the issuer)


LEAVING = ("某县人民政府办公室关于调整某县植树节活动筹备工作领导小组成员的通知\n某政办发〔2008〕4号\n"
           "各乡镇人民政府，县政府各工作部门：\n"
           "　　因人事变动，经县政府研究，决定对某县植树节活动筹备工作领导小组（以下简称领导小组）成员进行调整。"
           "原领导小组副组长郝志明、成员侯建安同志因工作变动，不再担任领导小组副组长、成员。调整后的领导小组成员如下：\n"
           "　　组　长：张立国　县长\n　　副组长：李红霞　副县长\n某县人民政府办公室\n2008年3月1日\n")


def test_holders_leaving_the_group_are_no_members():
    # 原领导小组副组长甲…不再担任领导小组副组长: a holder leaving, no member of any group
    nf = run(LEAVING)
    assert not any(person in ("郝志明", "侯建安") for _, person, _ in members(nf))
    assert ("某县植树节活动筹备工作领导小组", "李红霞", "副组长") in members(nf)
