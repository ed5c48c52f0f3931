"""Groups as copies print them (round 35c): a repost whose headline names the group without its place and whose
member list a news app folded (展开全文), a member table a PDF's copy printed with single spaces across pages, a
committee's heads printed with the issuer's bare titles in asides and its secretary, and subgroups each named as a
clause of its own before the head the next clause gives (第一督查组，由甲同志任组长)."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, subgroup_set as subgroups, position_set as positions


REPOST = ("平川县成立茶叶产业发展工作领导小组，县长任组长\n"
          "近日，网友报料称，平川县政府办下发文件，成立茶叶产业发展工作领导小组。现整理如下：\n"
          "平川县人民政府办公室\n关于成立平川县茶叶产业发展工作领导小组的通知\n平府办发〔2020〕12号\n"
          "各乡（镇）人民政府，县级各部门：\n"
          "　　经县人民政府同意，决定成立平川县茶叶产业发展工作领导小组（以下简称领导小组）。现将有关事项通知如下：\n"
          "　　组　长：钱大勇　县委副书记、县长\n"
          "　　副组长：孙明礼　县人民政府副县长\n"
          "　　成　员：李春生　县农业农村局局长\n"
          "　　　　　　周文涛　县财政局局长\n"
          "展开全文 ∨\n"
          "　　　　　　吴　海平　县市场监督管理局副局长\n"
          "　　领导小组下设办公室，办公室设在县农业农村局，办公室主任由李春生同志兼任。\n"
          "平川县人民政府办公室\n2020年5月14日\n")


def test_repost_headline_names_the_group_without_its_place_the_notice_names_it_in_full():
    # 平川县成立茶叶…领导小组 (a headline): the notice's 成立平川县茶叶…领导小组（以下简称…） is the name
    nf = run(REPOST)
    g = "平川县茶叶产业发展工作领导小组"
    assert {(g, "钱大勇", "组长"), (g, "孙明礼", "副组长"), (g + "办公室", "李春生", "主任")} <= members(nf)
    assert (g + "办公室", g) in subgroups(nf)
    assert not any(grp == "茶叶产业发展工作领导小组" for grp, _, _ in members(nf))


def test_member_list_folded_by_a_news_app_goes_on_below_the_fold():
    nf = run(REPOST)
    assert ("平川县茶叶产业发展工作领导小组", "吴海平", "成员") in members(nf)


SPACED_TABLE = ("某市人民政府办公室关于调整某市河道保护工作领导小组成员的通知\n各县（市、区）人民政府，市直各单位：\n"
                "　　市人民政府决定对某市河道保护工作领导小组成员进行调整，现将调整后的领导小组成员名单（见附件）印发给你们。\n"
                "　　附件：某市河道保护工作领导小组成员名单\n"
                "某市人民政府办公室\n2021年3月2日\n"
                "附件\n某市河道保护工作领导小组成员名单\n"
                "序号　职　务　姓　名　单位及职务\n"
                "1　组　长　钱大勇　市政府副市长\n"
                "2　副组长　孙明礼　市政府副秘书长\n"
                "3　　　　　李春生　市水务局局长\n"
                "4　成　员　周　涛　市财政局副局长\n"
                "5　　　　　吴海平　市住房和城乡建设局副\n"
                "第 2 页 共 3 页\n"
                "某市人民政府办公室文件\n"
                "序号　职　务　姓　名　单位及职务\n"
                "　　　　　　　　　　　　　局长\n"
                "6　　　　　郑文华　市生态环境局副局长\n"
                "某市人民政府办公室　　　　　　　　2021年3月3日印发\n")


def test_member_table_printed_with_single_spaces_across_pages():
    nf = run(SPACED_TABLE)
    g = "某市河道保护工作领导小组"
    assert {(g, "钱大勇", "组长"), (g, "孙明礼", "副组长"), (g, "李春生", "副组长"), (g, "周涛", "成员"),
            (g, "吴海平", "成员"), (g, "郑文华", "成员")} <= members(nf)
    assert {("钱大勇", "市人民政府", "副市长"), ("李春生", "市水务局", "局长"),
            ("吴海平", "市住房和城乡建设局", "副局长")} <= positions(nf)  # (a post the page break split, joined)


HOSPITAL = ("某人医〔2018〕7号\n院内各科室：\n"
            "　　根据医院工作需要，经院长办公会研究，决定对某县人民医院药事管理委员会组成人员进行调整，调整后名单如下：\n"
            "　　主任委员：钱大勇（院长）\n"
            "　　副主任委员：孙明礼（副院长）、李春生（副院长）\n"
            "　　委　员：周文涛（药剂科主任）\n"
            "　　秘　书：吴　海（药剂科科员）\n"
            "某县人民医院\n二〇一八年三月六日\n")


def test_committee_heads_printed_with_the_issuers_bare_titles_in_asides():
    nf = run(HOSPITAL)
    assert {("钱大勇", "某县人民医院", "院长"), ("孙明礼", "某县人民医院", "副院长"),
            ("李春生", "某县人民医院", "副院长")} <= positions(nf)


def test_committee_secretary_labelled_in_its_list():
    nf = run(HOSPITAL)
    assert ("某县人民医院药事管理委员会", "吴海", "秘书") in members(nf)
    assert ("吴海", "药剂科", "科员") in positions(nf)


def test_subgroups_each_a_clause_before_the_head_the_next_clause_gives():
    # 下设两个督查组：第一督查组，由甲同志任组长，负责…；第二督查组，由乙同志任组长: each head is its subgroup's
    nf = run("某县人民政府办公室关于成立某县烟花爆竹安全整治工作领导小组的通知\n各乡镇人民政府，县直各单位：\n"
             "经县政府研究，决定成立某县烟花爆竹安全整治工作领导小组，组成人员如下：\n"
             "组　长：钱大勇　县人民政府副县长\n成　员：孙明礼　县应急管理局局长\n　　　　李春生　县公安局副局长\n"
             "　　　　周文涛　县市场监管局副局长\n"
             "领导小组下设办公室，办公室设在县应急管理局，孙明礼同志兼任办公室主任。领导小组下设两个督查组：第一督查组，"
             "由李春生同志任组长，负责城区片区；第二督查组，由周文涛同志任组长，负责东部片区。\n")
    g = "某县烟花爆竹安全整治工作领导小组"
    assert {("第一督查组", "李春生", "组长"), ("第二督查组", "周文涛", "组长")} <= members(nf)
    assert (g, "李春生", "组长") not in members(nf) and (g, "周文涛", "组长") not in members(nf)
    assert {("第一督查组", g), ("第二督查组", g)} <= subgroups(nf)
