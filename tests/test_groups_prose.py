"""Groups as real web pages set them up: news reports and notices that name a group in prose,
list its members after a colon or in a heading's list, and set up offices and work groups."""
from __future__ import annotations

import pytest

from govkg.facts import Position
from govkg.nlp import extract
from helpers import notice as run, membership_set as members, subgroup_set as subgroups


def test_adjusted_group_with_alias_roles_respectively_and_members_after_a_colon():
    # 某院决定对X（以下简称领导小组）组成人员进行调整: the deciding body is not part of the name
    nf = run("某省政府办公厅近日印发通知，某省政府决定对某省第一次某某普查领导小组（以下简称领导小组）组成人员进行相应调整。\n"
             "调整后，领导小组组长由某省副省长张甲担任，副组长分别为某省政府副秘书长李乙、某某厅厅长王丙。"
             "领导小组成员包括：某某委副主任赵丁、某某局副局长钱戊。\n"
             "领导小组办公室设在某某厅，办公室主任由某某厅副厅长孙己兼任。\n")
    g = "某省第一次某某普查领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "副组长"), (g, "王丙", "副组长"),
                           (g, "赵丁", "成员"), (g, "钱戊", "成员"), (g + "办公室", "孙己", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_member_list_heading_without_an_attachment_mark():
    # a page cut before the attachment mark: the heading of the list names the committee (执委会)
    nf = run("（三）加强宣传。各主办方要采取得力措施。\n"
             "某某博览会执委会组织机构及人员名单\n"
             "主 任:张甲 省政府副省长\n"
             "副主任:李乙 省政府副秘书长\n"
             "王丙 省商务厅厅长\n"
             "成 员:赵丁 省旅游局局长\n")
    g = "某某博览会执委会"
    assert members(nf) == {(g, "张甲", "主任"), (g, "李乙", "副主任"), (g, "王丙", "副主任"), (g, "赵丁", "成员")}


def test_question_mark_for_a_lost_separator_inside_quotes_stays():
    from govkg.text import strip_copy_noise
    assert strip_copy_noise("成立某市“迎某某?构某某”大会筹备委员会。") == "成立某市“迎某某?构某某”大会筹备委员会。"
    assert strip_copy_noise("組?長:李?某") == "組 長:李 某"


def test_group_set_up_with_one_clause_per_head_and_its_office_work_groups():
    # 成立了以甲为指挥长，乙为常务副指挥长，其余市领导为副指挥长的X，并在指挥部下设办公室，办公室下设A、B等N个小组
    nf = run("据了解，某市专门成立了以市委书记张甲为指挥长，市委副书记、市长李乙为常务副指挥长，"
             "其余29位市领导为副指挥长的某某领导小组，并在指挥部下设办公室，办公室下设综合协调组、"
             "“门前三包”专项整治组和材料整理组等3个任务小组，每个小组均由市领导担任组长。\n")
    g = "某某领导小组"
    assert members(nf) == {(g, "张甲", "指挥长"), (g, "李乙", "常务副指挥长")}
    assert subgroups(nf) == {(g + "办公室", g), ("综合协调组", g + "办公室"), ("“门前三包”专项整治组", g + "办公室"),
                             ("材料整理组", g + "办公室")}


def test_group_named_by_its_kind_only_and_its_office_named_by_setting_up_work_groups():
    nf = run("某区成立以区委副书记、代区长张甲任指挥长的领导小组，领导小组办公室下设综合组、宣传组、督查组三个工作组，"
             "安排专门工作经费。\n")
    assert members(nf) == {("领导小组", "张甲", "指挥长")}
    assert subgroups(nf) == {("领导小组办公室", "领导小组"), ("综合组", "领导小组办公室"), ("宣传组", "领导小组办公室"),
                             ("督查组", "领导小组办公室")}


def test_office_set_up_beside_its_group_and_a_bare_she_before_a_list_of_work_groups():
    nf = run("某县成立了以县长任组长，副县长任副组长，各部门负责人为成员的某某调查工作领导小组，"
             "并组建了某县某某调查领导小组办公室，明确了办公室职责。领导小组办公室设综合组和技术组，分工负责调查工作。\n")
    office = "某县某某调查领导小组办公室"
    assert subgroups(nf) == {(office, "某某调查工作领导小组"), ("综合组", office), ("技术组", office)}


def test_named_office_under_a_group_and_work_groups_listed_with_de():
    nf = run("某县同意成立由县委书记张甲同志任顾问，县长李乙同志任组长的某县某某工作领导小组，"
             "领导小组下设某县迎接某某工作办公室，由副县长王丙同志兼任办公室主任，县政府办副主任赵丁和县某局局长钱戊任副主任。\n"
             "通知指出，领导小组下设的综合组、联络组、后勤组等3个专业工作组要在领导小组的统一安排下加强沟通。\n")
    g, office = "某县某某工作领导小组", "某县迎接某某工作办公室"
    assert subgroups(nf) == {(office, g), ("综合组", g), ("联络组", g), ("后勤组", g)}
    assert {("某县某某工作领导小组", "李乙", "组长"), (office, "王丙", "主任")} <= members(nf)


def test_count_of_work_groups_decides_that_he_joins_one_unit_and_a_short_name_is_the_full_one():
    # 省防控指挥部 after 省某某疫情防控指挥部: the group named in full (words left out in the middle)
    nf = run("2月16日下午，某省委书记、省某某疫情防控指挥部指挥长张甲主持召开省防控指挥部会议。\n"
             "据报道，会议调整省防控指挥部组成人员及职责分工。\n"
             "报道称，调整后，某省防控指挥部下设办公室和综合组、医疗组、宣传组等3个工作组。\n")
    g = "省某某疫情防控指挥部"
    assert members(nf) == {(g, "张甲", "指挥长")}
    assert subgroups(nf) == {("办公室和综合组", g), ("医疗组", g), ("宣传组", g)}


def test_roles_in_passing_with_a_parenthesised_role_in_the_headquarters():
    # 市长、市领导小组副组长(指挥长)乙: 市领导小组 is the group named in full above; 指挥长 of the 指挥部 the report names
    nf = run("3月27日，市委书记、市应对某某疫情工作领导小组组长张甲赴市疫情防控指挥部调研。"
             "市长、市领导小组副组长(指挥长)李乙作工作部署。\n")
    g = "市应对某某疫情工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "副组长"), ("市疫情防控指挥部", "李乙", "指挥长")}


def test_headquarters_named_in_passing_is_the_group_set_up_with_its_heads_titled_for_one():
    nf = run("3月14日，市巩固某某工作指挥部副指挥长、副市长王甲、李乙参加检查。\n"
             "据了解，我市专门成立了以市委书记张丙为指挥长，市长赵丁为常务副指挥长的某某领导小组，并在指挥部下设办公室。\n")
    g = "某某领导小组"
    assert members(nf) == {(g, "王甲", "副指挥长"), (g, "李乙", "副指挥长"), (g, "张丙", "指挥长"),
                           (g, "赵丁", "常务副指挥长")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_heads_by_post_names_sharing_a_title_and_no_name_from_a_party_committee_title():
    nf = run("一、组织领导\n成立某某工作领导小组，由区某局党委书记、局长张甲任组长，区某局党委副书记李乙任常务副组长，"
             "王丙、赵丁、钱戊副局长任副组长，成员由局办公室、财务科等有关部门负责人组成。\n"
             "某镇成立某镇某某工作领导小组，由党委书记任组长，镇长任副组长。\n")
    g = "某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "常务副组长"), (g, "王丙", "副组长"), (g, "赵丁", "副组长"),
                           (g, "钱戊", "副组长")}


def test_joint_meeting_conveners_as_zuowei():
    nf = run("近日，某市人民政府发出通知，建立某某会联席会议制度，统筹协调筹备工作。\n"
             "文件指出，某某会联席会议制度由张甲副市长作为第一召集人，李乙秘书长作为召集人，市委宣传部、市公安局为成员单位。\n")
    assert members(nf) == {("某某会联席会议", "张甲", "第一召集人"), ("某某会联席会议", "李乙", "召集人")}


def test_head_of_a_groups_office_in_passing_and_the_group_by_its_place_and_fuller_name():
    # 区某某指挥部 / 区某某综合指挥部办公室 after the headline names 某某区某某综合指挥部: the fuller name with its place
    nf = run("区委书记张甲主持召开某某区疫情防控综合指挥部指挥长会议\n"
             "7月6日上午，某某区疫情防控综合指挥部指挥长会议召开，区委书记、区疫情防控指挥部指挥长张甲主持会议。\n"
             "会上，区疫情防控综合指挥部办公室主任、区卫健委主任崇乙汇报近期工作。\n")
    g = "某某区疫情防控综合指挥部"
    assert members(nf) == {(g, "张甲", "指挥长"), (g + "办公室", "崇乙", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_forum_jammer_garbage_goes_and_a_lead_group_with_comma_separated_posts():
    from govkg.text import strip_copy_noise
    assert strip_copy_noise("- Q( L2 C9 C6 d9 ^% T+ F七、日程安排") == "七、日程安排"
    assert strip_copy_noise("9 r# [( w\" E2 a( T2月23日:考察") == "2月23日:考察"
    assert strip_copy_noise("组 长:李 某 州人民政府副州长6 s; H/ c' v6 U$ W- I") == "组 长:李 某 州人民政府副州长"
    assert strip_copy_noise("第 1 2 3 页 A B C") == "第 1 2 3 页 A B C"
    nf = run("八、组织领导机构。州人民政府成立某某筹备领导组，负责会务筹备的决策和协调工作。\n"
             "! n0 t2 b1 a/ |0 {# o组 长:李 甲 州人民政府副州长6 s; H/ c' v6\n"
             "副组长:张 乙 州人民政府州长助理\n"
             "杜丙 原州人民政府巡视员,州某某协会名誉会长\n"
             "王丁 州农业局局长\n")
    g = "某某筹备领导组"
    assert members(nf) == {(g, "李甲", "组长"), (g, "张乙", "副组长"), (g, "杜丙", "副组长"), (g, "王丁", "副组长")}
    from govkg.facts import Position
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("杜丙", "州某某协会", "名誉会长") in posts and not any(a.startswith("原") for _, a, _ in posts)


def test_news_headline_of_its_own_stays_over_a_notice_the_report_names():
    # 某县成立某某领导小组 / 还印发了《关于做好某事的通知》: the report's own headline is the title;
    # a headline that restates the notice (某某领导小组成立 / 关于成立某某领导小组的通知) yields to it
    own = run("某县启动第三次全国某某调查工作\n来源:某县某局 发布时间:2018-03-16 15:07:44\n"
              "2018年1月23日，某县人民政府正式印发了《关于开展第三次某某调查的通知》，决定在全县范围内开展调查。\n")
    assert own.document.title == "某县启动第三次全国某某调查工作"
    restated = run("其他\n某省第四次经济普查领导小组成立\n6月8日获悉，省政府办公厅日前下发《省人民政府办公厅关于成立某省第四次经济普查领导小组的通知》。\n")
    assert restated.document.title == "省人民政府办公厅关于成立某省第四次经济普查领导小组的通知"


def test_headline_that_reports_a_group_set_up():
    # 某县成立某某领导小组 ends with a body's name but is a headline (成立); 某省将成立X stays the notice's
    nf = run("某县成立某某督察工作领导小组\n08.04.2017 08:21\n本文来源: 某某厅\n"
             "某县为做好迎接督察工作，同意成立由县长张甲同志任组长的某县某某督察工作领导小组。"
             "同时，某县还印发了《关于做好迎接某某督察有关准备工作的通知》，要求各部门高度重视。\n")
    assert nf.document.title == "某县成立某某督察工作领导小组"
    later = run("某网站\n某省将成立应急救援总指挥部\n发布时间:2019-07-21 19:30:33 来源:某报\n"
                "近日，某省人民政府发布《关于建立某省应急救援指挥体系的通知》，某省将成立某省应急救援总指挥部。\n")
    assert later.document.title == "关于建立某省应急救援指挥体系的通知"


def test_posts_in_a_chain_around_a_group_role():
    from govkg.facts import Position
    nf = run("全县征兵工作会议召开\n3月27日，县委常委、人武部部长、县征兵工作领导小组副组长张甲出席会议。"
             "县征兵工作领导小组办公室主任、县人武部副部长崇乙主持会议。\n")
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert {("张甲", "县委", "常委"), ("张甲", "县人武部", "部长"), ("崇乙", "县人武部", "副部长")} <= posts


def test_government_office_by_its_short_form():
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts("县政府办副主任")] == [("县人民政府办公室", "副主任")]


def test_heads_named_when_a_group_is_set_up_do_not_make_a_personnel_notice():
    nf = run("某县成立某某督察工作领导小组\n08.04.2017 08:21\n本文来源: 某某厅\n"
             "某县同意成立由县委书记张甲同志任顾问,县长李乙同志任组长的某县某某督察工作领导小组,"
             "由副县长王丙同志兼任办公室主任。\n")
    assert nf.document.kind == "notice"


def test_joint_meeting_duties_one_body_per_clause():
    from govkg.facts import Assignment
    nf = run("近日，某市人民政府发出通知，建立某某会联席会议制度。\n"
             "联席会议主要协调重要事项，一般事项由某某区政府负责，日常协调沟通工作由市科工贸信委负责。具体工作由市发改委负责。\n")
    got = {(f.task, f.role, f.agency) for f in nf.facts if isinstance(f, Assignment)}
    assert got == {("一般事项", "responsible", "某某区人民政府"), ("日常协调沟通工作", "responsible", "市科工贸信委")}


def test_office_of_a_group_set_up_by_its_kind_name_and_a_post_before_the_head():
    nf = run("为加强组织领导，成立某市某某工作领导小组，设立领导小组办公室，办公室设在市发改委，办公室主任由市发改委主任张甲兼任。\n")
    g = "某市某某工作领导小组"
    assert subgroups(nf) == {(g + "办公室", g)} and members(nf) == {(g + "办公室", "张甲", "主任")}
    nf = run("某区成立以区长李乙任指挥长的领导小组，并设立领导小组办公室。\n")
    assert members(nf) == {("领导小组", "李乙", "指挥长")} and subgroups(nf) == {("领导小组办公室", "领导小组")}


def test_names_after_one_with_a_title_share_the_role():
    nf = run("某市人民政府办公室关于成立某某工作领导小组的通知\n各县区人民政府：\n"
             "经研究，决定成立以市长张三为组长，副市长李四、王五为副组长，各部门主要负责人为成员的某某工作领导小组。\n")
    g = "某某工作领导小组"
    assert members(nf) == {(g, "张三", "组长"), (g, "李四", "副组长"), (g, "王五", "副组长")}


def test_a_group_whose_members_a_notice_adjusts_is_named_by_that_sentence():
    nf = run("""关于调整某市某某委员会组成人员的通知
各县、市、区：
    根据人员变动和工作需要,经市政府同意,现对市某某委员会组成人员、工作规则和成员单位职责分工作了调整,调整后名单如下:
    主  任:张明  市政府副市长
    副主任:李华  市政府副秘书长
""")
    assert members(nf) == {("市某某委员会", "张明", "主任"), ("市某某委员会", "李华", "副主任")}


def test_one_line_notice_with_labels_after_spaces_and_names_glued_together():
    # a mirror flattened the notice to one line and dropped the spaces between names (a padded
    # two-character name keeps its inner space): labels and numbered headings start lines again,
    # glued names are cut at surnames; 办公室内设专家组 sets up one unit named by its kind word
    nf = run("为加强领导，经研究决定，成立某某行动领导小组，下设办公室，办公室内设专家组。领导机构组成人员及工作职责如下: "
             "一、领导机构组成人员 (一)某某行动领导小组 组长:张某维 副组长:王某强赵某鸽江 某 成员:金某桃于某军 "
             "(二)领导小组办公室 主任:张 某(兼) 副主任:姜某平傅 某 成员:梁某霞 顾某明罗某 "
             "(三)办公室专家组 组长:陈某利 成 员(略) 二、领导机构工作职责 (一)领导小组职责 1、协调各部门开展有关工作; "
             "2、向上级汇报有关工作; 3、召开领导小组会议,研究重大事项。")
    g, o = "某某行动领导小组", "某某行动领导小组办公室"
    assert members(nf) == {(g, "张某维", "组长"), (g, "王某强", "副组长"), (g, "赵某鸽", "副组长"), (g, "江某", "副组长"),
                           (g, "金某桃", "成员"), (g, "于某军", "成员"), (o, "张某", "主任"), (o, "姜某平", "副主任"),
                           (o, "傅某", "副主任"), (o, "梁某霞", "成员"), (o, "顾某明", "成员"), (o, "罗某", "成员"),
                           ("专家组", "陈某利", "组长")}
    assert subgroups(nf) == {(o, g), ("专家组", o)}


def test_office_named_in_full_sets_up_work_groups():
    # 某市某某工作领导小组办公室下设A组、B组两个工作组: the group the office belongs to is named in its name
    for text, g, a, b in [("某市创建某某城市工作领导小组办公室下设综合协调组、督察考评组两个工作组，负责日常工作。",
                           "某市创建某某城市工作领导小组", "综合协调组", "督察考评组"),
                          ("某市創建某某城市工作領導小組辦公室下設綜合協調組、督察考評組兩個工作組，負責日常工作。",
                           "某市創建某某城市工作領導小組", "綜合協調組", "督察考評組")]:
        o = g + ("辦公室" if "辦" in text else "办公室")
        assert subgroups(run(text)) == {(o, g), (a, o), (b, o)}


def test_committee_short_name_in_a_chain_after_a_preposition():
    # 根据市爱卫会主任、市政府副市长甲批示: not 根据市爱卫会, and 批示 ends the name
    nf = run("根据市爱卫会主任、市政府副市长张某批示，拟于近期召开征求意见会。")
    assert members(nf) == {("市爱卫会", "张某", "主任")}


def test_office_of_a_committee_named_by_its_short_name():
    # 市某某委员会（以下简称市某委会）…三、市某委会办公室主要职责: the office as printed, part of the committee
    nf = run("一、总则\n（一）市某某委员会（以下简称市某委会）是市政府的议事协调机构。\n二、市某委会主要职责\n"
             "（一）研究部署全市某某工作。\n三、市某委会办公室主要职责\n（一）承担市某委会日常工作。\n")
    assert subgroups(nf) == {("市某委会办公室", "市某某委员会")}


def test_sidebar_lists_of_a_committee_and_of_a_department():
    # a site's sidebar: 某委领导 with 委员 among its labels is a committee (a group); 某办领导 a department (posts)
    nf = run("机构职能\n某委领导\n主   任: 张甲\n副主任: 李乙 王丙\n委   员: 赵丁 钱戊\n某办领导\n主   任: 钱戊\n"
             "副主任: 孙己\n重点专题\n")
    g = "某委"
    assert members(nf) == {(g, "张甲", "主任"), (g, "李乙", "副主任"), (g, "王丙", "副主任"), (g, "赵丁", "委员"),
                           (g, "钱戊", "委员")}
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert posts == {("钱戊", "某办", "主任"), ("孙己", "某办", "副主任")}


def test_aside_between_a_role_and_the_name():
    # 指挥部指挥长(领导小组组长)某某: the aside names the same role under the body's other name
    nf = run("5月18日下午，县委书记、县某某攻坚指挥部指挥长(领导小组组长)张某主持召开县某某攻坚指挥部(领导小组)第49次会议。")
    assert members(nf) == {("县某某攻坚指挥部", "张某", "指挥长")}


def test_committee_short_name_after_its_full_name():
    # 某区爱卫会副主任 after 某区新一届爱国卫生运动委员会: the committee by its full name, without 新一届
    nf = run("某某区政府副区长张某为某某区新一届爱国卫生运动委员会主任。\n"
             "某某区爱卫会副主任、区卫计局局长李某，就爱国卫生工作进行了安排部署。\n")
    assert ("某某区爱国卫生运动委员会", "李某", "副主任") in members(nf)
    assert not any(g == "某某区爱卫会" for g, _, _ in members(nf))


def test_committee_with_member_units_is_a_group_and_its_short_name_too():
    # a committee that meets in plenary and has member units is a coordinating body: 县某安委副主任 is a role in
    # it (a membership, not a post); a department's 委 (县发改委主任) stays a post
    nf = run("全县某某安全委员会全体会议召开。\n副县长、县某安委副主任张某，县某某安全委员会成员单位负责人参加会议。"
             "县发改委主任李某主持会议。\n")
    assert members(nf) == {("县某某安全委员会", "张某", "副主任")}
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("张某", "县某安委", "副主任") not in posts and ("张某", "县人民政府", "副县长") in posts


def test_heads_named_after_a_shared_title_and_a_surname_that_is_also_a_verb():
    # 副市长任某某、乙任副组长: 任 is the surname after a title, and 乙 shares the title 副市长
    nf = run("通知指出，成立某某领导小组。由某市常务副市长张某某任组长，副市长任某某、宗某某任副组长。\n")
    g = "某某领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "任某某", "副组长"), (g, "宗某某", "副组长")}
    posts = {(f.person, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("宗某某", "副市长") in posts and ("任某某", "副市长") in posts


def test_heads_listed_with_etc_before_the_role():
    nf = run("成立某某现场指挥部，某省副省长曹某某任指挥长，某市委书记杨某某、某市市长余某某等任副指挥长。\n")
    assert ("某某现场指挥部", "余某某", "副指挥长") in members(nf)


def test_group_named_after_what_it_is_made_of_and_its_office_head():
    # 公布了由…等部门领导组成的X成员名单。领导小组下设办公室，甲兼任办公室主任
    nf = run("同时公布了由区委常委任组长，区经发局、监察局等十八个部门领导组成的某某区第二次某某普查领导小组成员名单。"
             "领导小组下设办公室，区统计局副局长李某某兼任办公室主任。\n")
    g = "某某区第二次某某普查领导小组"
    assert members(nf) == {(g + "办公室", "李某某", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_office_set_up_by_its_full_name():
    # 成立某某指挥部办公室: the office of the 指挥部 its name names
    nf = run("地震发生后，州政府紧急成立抗震救灾指挥部办公室，办公室设在州公安局指挥中心。\n")
    assert subgroups(nf) == {("抗震救灾指挥部办公室", "抗震救灾指挥部")}


def test_entries_of_a_list_are_not_a_wrapped_paragraph():
    # 甲　posts、市某卫会主任 lines of about the same length: each its own entry, the name opening the chain
    nf = run("三、出席人员\n（一）市级领导\n董　某　市委副书记、市人民政府市长、市爱卫会主任\n"
             "翁某某　市人大常委会副主任、市创建办主任、市爱卫会副主任\n曾　某　市人民政府副市长、市爱卫会副主任\n")
    assert members(nf) == {("市爱卫会", "董某", "主任"), ("市爱卫会", "翁某某", "副主任"), ("市爱卫会", "曾某", "副主任")}
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("董某", "市委", "副书记") in posts and ("曾某", "市人民政府", "副市长") in posts
    assert not any(agency.startswith(("董某", "曾某")) for _, agency, _ in posts)


def test_office_head_ranked_first_after_a_report_word_and_a_rare_surname():
    # 会上区某某指挥部办公室第一主任甲汇报: 会上 is no part of the name; 执行总指挥长亓某某要求: an uncommon surname
    nf = run("某某区疫情防控应急综合指挥部指挥长会议召开\n会上区疫情防控应急综合指挥部办公室第一主任吴某汇报调整情况，"
             "区疫情防控应急综合指挥部办公室主任冯某某汇报近期工作。\n区长、指挥部执行总指挥长佴某某要求，高度重视。\n")
    g = "某某区疫情防控应急综合指挥部"
    assert (g + "办公室", "吴某", "第一主任") in members(nf) and (g + "办公室", "冯某某", "主任") in members(nf)
    assert (g, "佴某某", "执行总指挥长") in members(nf)


def test_members_as_name_and_post_pairs_on_one_line():
    # 副组长：甲　副县长　乙　县某局局长: every other word a name, the words between their posts
    nf = run("关于成立某县某某工作领导小组的通知\n决定成立某县某某工作领导小组，组成人员如下：\n组长：张某某 县长\n"
             "副组长：李某 副县长 王某某 县财政局局长\n成员：赵某 县教育局局长 钱某某 县公安局副局长 孙　某 县民政局局长\n")
    g = "某县某某工作领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "李某", "副组长"), (g, "王某某", "副组长"), (g, "赵某", "成员"),
                           (g, "钱某某", "成员"), (g, "孙某", "成员")}
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert ("王某某", "县财政局", "局长") in posts and ("钱某某", "县公安局", "副局长") in posts


def test_a_labelled_member_line_is_not_wrapped_into_the_next_sentence():
    nf = run("县政府决定成立县某某工作专班。工作专班组成如下：\n组长：张某某（县委副书记、县长）\n"
             "成员：赵某某（县财政局局长）、钱某（县教育局局长）\n工作专班下设综合协调组、督查考核组。\n")
    g = "县某某工作专班"
    assert subgroups(nf) == {("综合协调组", g), ("督查考核组", g)}
    assert members(nf) == {(g, "张某某", "组长"), (g, "赵某某", "成员"), (g, "钱某", "成员")}


def test_sentence_that_opens_with_the_group_and_its_heads():
    # 某县某某领导小组由县长甲任组长，…为成员: the group is the one the sentence names first
    nf = run("某县某某领导小组由县长张某某任组长，副县长李某、王某某任副组长，县财政局局长赵某某、县教育局局长钱某为成员。\n")
    g = "某县某某领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "李某", "副组长"), (g, "王某某", "副组长"), (g, "赵某某", "成员"),
                           (g, "钱某", "成员")}


def test_members_each_posts_then_name_parted_by_commas_or_enumeration_marks():
    # 副组长：副县长甲、县政府办主任乙 / 成员：县某局局长丙，县某局局长丁 — but a sentence after the list is no member
    nf = run("关于成立某县某某领导小组的通知\n决定成立某县某某领导小组。\n组长：县长张某某\n副组长：副县长李某、县政府办主任王某某\n"
             "成员：县财政局局长赵某某，县教育局局长钱某\n"
             "　　　县民政局局长孙某某\n领导小组下设办公室，办公室设在县财政局，赵某某同志兼任办公室主任。\n")
    g = "某县某某领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "李某", "副组长"), (g, "王某某", "副组长"), (g, "赵某某", "成员"),
                           (g, "钱某", "成员"), (g, "孙某某", "成员"), (g + "办公室", "赵某某", "主任")}


def test_office_heads_labelled_in_the_member_list():
    # 办公室主任：甲（兼） / 领导小组办公室副主任：乙 in a group's list: members of the group's office, role 主任
    nf = run("关于成立某县某某领导小组的通知\n决定成立某县某某领导小组。\n组长：张某某 县长\n成员：赵某某 县财政局局长\n"
             "领导小组办公室主任：赵某某（兼）\n办公室副主任：钱某 县财政局副局长\n")
    g = "某县某某领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "赵某某", "成员"), (g + "办公室", "赵某某", "主任"),
                           (g + "办公室", "钱某", "副主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


@pytest.mark.parametrize("text, expected", [
    # a table whose 职务 column holds the group roles and 单位及职务 the posts
    ("决定成立县某某领导小组，组成人员如下：\n| 职务 | 姓名 | 单位及职务 |\n| 组长 | 张某某 | 县长 |\n| 成员 | 赵某某 | 县财政局局长 |\n",
     {("县某某领导小组", "张某某", "组长"), ("县某某领导小组", "赵某某", "成员")}),
    # a name, a comma, its post
    ("决定成立县某某领导小组，组成人员如下：\n组长：张某某，县长\n副组长：李某，副县长\n",
     {("县某某领导小组", "张某某", "组长"), ("县某某领导小组", "李某", "副组长")}),
    # heads by post only (分管副县长): no member
    ("决定成立县某某领导小组，组成人员如下：\n组长：县长\n副组长：分管副县长\n成员：县财政局局长、县教育局局长\n", set()),
])
def test_member_lists_in_other_shapes(text, expected):
    assert members(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # 会议由X副组长、副县长甲主持: 会议由 is no part of the group's name
    ("会议由县某某领导小组副组长、副县长李某主持。", {("县某某领导小组", "李某", "副组长")}),
    # the head of a group's office named in a report
    ("副县长李某兼任县某某领导小组办公室主任。", {("县某某领导小组办公室", "李某", "主任")}),
    # 由甲任专班组长: the role named with the kind of group
    ("成立县某某工作专班，由副县长张某某任专班组长，县财政局局长李某任副组长。",
     {("县某某工作专班", "张某某", "组长"), ("县某某工作专班", "李某", "副组长")}),
])
def test_heads_in_report_sentences(text, expected):
    assert members(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("某县人民政府办公室关于调整充实县某某领导小组的通知\n经研究，决定调整充实县某某领导小组，现将有关事项通知如下：\n"
     "一、组成人员\n组长：张某某 县长\n", {("县某某领导小组", "张某某", "组长")}),
    ("为加强协调，经研究，建立健全某某工作联席会议制度。召集人由副县长张某担任。\n", {("某某工作联席会议", "张某", "召集人")}),
])
def test_second_verb_of_a_set_up_is_no_part_of_the_name(text, expected):
    # 调整充实X / 建立健全X: 充实, 健全 belong to the verb
    assert members(run(text)) == expected


def test_glued_names_not_read_in_a_body_or_a_duty():
    from govkg.extract.groups import parse_member
    assert parse_member("王某强赵某鸽江 某", 0, "") != []
    for text in ("江海区财政", "各乡镇分管领导", "相关部门负责同志", "单位主要负责人"):
        assert parse_member(text, 0, "") == []


@pytest.mark.parametrize("text, expected", [
    ("经研究，决定成立某某领导小组，组成人员如下：\n组长:张某某 副组长:李某 王某某 成员:赵某某 钱某\n",
     {("张某某", "组长"), ("李某", "副组长"), ("王某某", "副组长"), ("赵某某", "成员"), ("钱某", "成员")}),
    ("经研究，决定成立某某领导小组，组成人员如下：组长：张某某（县长）；副组长：李某（副县长）；成员：赵某某（县财政局局长）。\n",
     {("张某某", "组长"), ("李某", "副组长"), ("赵某某", "成员")}),
])
def test_a_short_member_list_run_into_one_line(text, expected):
    # two or more role labels on one line, after a space or a semicolon: each label opens its own entry
    assert {(p, r) for g, p, r in members(run(text)) if g == "某某领导小组"} == expected


def test_short_one_line_notice_in_traditional_script():
    # the same flattening in a short traditional text: labels and numbered headings after spaces open entries
    nf = run("經研究決定，成立某某行動領導小組，下設辦公室。領導機構組成人員如下: 一、組成人員 (一)某某行動領導小組 "
             "組長:張某維 副組長:王某強趙某鴿江 某 成員:金某桃於某軍 (二)領導小組辦公室 主任:張 某(兼) 副主任:姜某平傅 某 "
             "二、工作職責 (一)領導小組職責 1、協調各部門開展有關工作。")
    g, o = "某某行動領導小組", "某某行動領導小組辦公室"
    assert members(nf) == {(g, "張某維", "組長"), (g, "王某強", "副組長"), (g, "趙某鴿", "副組長"), (g, "江某", "副組長"),
                           (g, "金某桃", "成員"), (g, "於某軍", "成員"), (o, "張某", "主任"), (o, "姜某平", "副主任"),
                           (o, "傅某", "副主任")}


@pytest.mark.parametrize("text, expected", [
    ("成立县某某领导小组，领导小组下设综合协调组、宣传报道组、督查考核组等工作组。",
     {"综合协调组", "宣传报道组", "督查考核组"}),
    ("成立县某某领导小组。领导小组下设3个工作组：综合协调组、宣传报道组、督查考核组。",
     {"综合协调组", "宣传报道组", "督查考核组"}),
    ("成立县某某领导小组。领导小组下设2个工作组：综合协调组，负责统筹；宣传报道组（设在县委宣传部），负责宣传。",
     {"综合协调组", "宣传报道组"}),
])
def test_work_groups_listed_after_a_count_or_before_etc(text, expected):
    assert subgroups(run(text)) == {(x, "县某某领导小组") for x in expected}


def test_sidebar_of_a_government_leaders_gives_its_posts():
    nf = run("县政府领导\n县  长: 张某某\n副县长: 李某 王某某\n重点工作\n")
    assert not members(nf)
    posts = {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}
    assert posts == {("张某某", "县人民政府", "县长"), ("李某", "县人民政府", "副县长"), ("王某某", "县人民政府", "副县长")}


def test_next_numbered_heading_glued_after_the_last_member():
    # a member list run into one line, the next heading glued to the last post: …某部副参谋长三、工作机构及其职责
    nf = run("国务院办公厅关于成立全国某某普查领导小组的通知\n国务院决定成立全国某某普查领导小组。组成人员名单如下：\n"
             "组长:张某某国务院副总理成员:吴某某中央宣传部副部长黄某某武警部队副参谋长三、工作机构及其职责"
             "领导小组办公室设在某某局，承担领导小组的日常工作。\n")
    g = "全国某某普查领导小组"
    assert (g, "黄某某", "成员") in members(nf) and (g, "吴某某", "成员") in members(nf)


def test_committee_set_up_inside_a_committee():
    # 区某委设专家咨询委员会: a committee inside the group named by its short name
    nf = run("成立某区历史文化保护传承委员会（以下简称区历保委）。区历保委下设办公室，办公室设在区住建局。"
             "区历保委设专家咨询委员会，由区文旅局负责组建。\n")
    g = "某区历史文化保护传承委员会"
    assert subgroups(nf) == {(g + "办公室", g), ("专家咨询委员会", g)}


def test_a_head_named_with_others_of_the_same_role():
    # 区委副书记甲等副指挥长就…提出要求: 甲 is a 副指挥长 of the 指挥部 the report is about
    nf = run("某区疫情防控工作指挥部会议召开\n会议由区委书记张某主持。区委副书记李某等副指挥长就疫情防控工作提出相关要求。\n")
    assert ("某区疫情防控工作指挥部", "李某", "副指挥长") in members(nf)


@pytest.mark.parametrize("text, expected", [
    # the first label after the set-up sentence on the same line
    ("经研究，决定成立某某工作领导小组。组长：镇长 张某某\n副组长：副镇长 李某\n成员：各村村委会主任\n",
     {("某某工作领导小组", "张某某", "组长"), ("某某工作领导小组", "李某", "副组长")}),
    # an older committee's heads: 主任委员, 副主任委员
    ("省人委决定成立省某某委员会，由副省长张某某兼任主任委员，李某某、王某某为副主任委员。\n",
     {("省某某委员会", "张某某", "主任委员"), ("省某某委员会", "李某某", "副主任委员"), ("省某某委员会", "王某某", "副主任委员")}),
])
def test_label_after_a_sentence_and_committee_chairs(text, expected):
    assert members(run(text)) == expected


def test_group_name_with_an_aside_inside_it():
    # 成立某某产业园(某某片区)开发建设管理委员会: the aside is part of the name, the name goes on after it
    nf = run("某市人民政府办公厅关于成立某某产业园(甲乙片区)开发建设管理委员会的通知\n"
             "经研究，决定成立某某产业园(甲乙片区)开发建设管理委员会(以下简称“管委会”)，其组成人员如下：\n"
             "主 任:张某某 副市长\n"
             "管委会下设办公室(设在市某某委)，办公室主任由李某某同志兼任。\n")
    g = "某某产业园(甲乙片区)开发建设管理委员会"
    assert members(nf) == {(g, "张某某", "主任"), (g + "办公室", "李某某", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_members_with_posts_that_name_no_body_and_a_row_of_names():
    # a street's list: 甲某　党工委书记 (the post names no body), a row of names with an unlisted surname
    nf = run("一、某街道某某防控领导小组\n"
             "组 长:朱某成 党工委书记\n"
             "副组长:谢某强 党工委副书记\n"
             "成 员:蒋某亚 党政办公室联络员\n"
             "钱某民 行政审批局联络员\n"
             "二、某街道某某防控领导小组办公室\n"
             "成 员:朱某亚 伊某新 赖将伟 江某亚\n")
    g = "某街道某某防控领导小组"
    assert members(nf) == {(g, "朱某成", "组长"), (g, "谢某强", "副组长"), (g, "蒋某亚", "成员"), (g, "钱某民", "成员"),
                           (g + "办公室", "朱某亚", "成员"), (g + "办公室", "伊某新", "成员"),
                           (g + "办公室", "赖将伟", "成员"), (g + "办公室", "江某亚", "成员")}


def test_work_groups_under_a_section_heading_and_a_group_that_sets_up_its_own():
    # 三、分组情况 over (一)A组 (二)B组: parts of the group at hand; B组下设N个小组 over 1.C组 2.D组: parts of B组
    nf = run("一、某某防控领导小组\n组 长:张某某\n"
             "三、分组情况\n(一)综合协调组\n组 长:李某某\n(二)应急处置组\n组 长:王某某\n"
             "应急处置组下设两个应急小组\n1.应急机动组\n组 长:赵某某\n2.企业处置组\n组 长:钱某某\n")
    g = "某某防控领导小组"
    assert subgroups(nf) == {("综合协调组", g), ("应急处置组", g), ("应急机动组", "应急处置组"), ("企业处置组", "应急处置组")}


@pytest.mark.parametrize("text, expected", [
    # a government's standing task committee named short in a chain of posts: a role in a group
    ("会后，县禁毒委常务副主任、县人民政府副县长、县公安局局长甲某某组织召开续会。\n", ("县禁毒委", "甲某某", "常务副主任")),
    ("某县召开会议，副县长、县公安局局长，县禁毒委副主任张某某以及各成员单位负责人参加。\n", ("县禁毒委", "张某某", "副主任")),
    ("会议召开，县长、县安委会主任李某某参加会议并讲话。\n", ("县安委会", "李某某", "主任")),
    # the same committees by their full names
    ("市绿化委员会主任、副市长刘某某出席。\n", ("市绿化委员会", "刘某某", "主任")),
])
def test_task_committee_short_form_in_a_report(text, expected):
    assert expected in members(run(text))
    assert not any(isinstance(f, Position) and f.post.agency.endswith(("禁毒委", "安委会", "委员会")) for f in run(text).facts)


def test_heads_of_a_group_set_up_in_clauses_parted_by_a_pause_mark():
    # 成立了以甲为主任、乙为常务副主任的X: each clause its own role
    nf = run("2001年5月，经省政府批准，成立了以省委常委、常务副省长张某为主任、副省长田某某为常务副主任的某省某某工作委员会，"
             "办公室设在省民政厅。\n")
    g = "某省某某工作委员会"
    assert {(g, "张某", "主任"), (g, "田某某", "常务副主任")} <= members(nf)


def test_rare_surname_head_before_the_next_person_of_a_list():
    # 某工作组组长袭某某、县委常委、常务副县长乙参加: a name of a rare surname, then the next person's posts
    nf = run("全省视频会议召开。省驻某县某某专项督导工作组组长袭某富、县委常委、常务副县长李某东参加会议。\n")
    assert ("省驻某县某某专项督导工作组", "袭某富", "组长") in members(nf)


def test_courtesy_title_after_a_name_and_heads_named_by_their_office():
    # 由驻局纪检组长甲某某书记兼任: the name between the posts and the courtesy title; 党政负责人任组长: no name
    nf = run("经研究，决定成立某局某某工作领导小组。\n"
             "领导小组下设办公室，办公室设在局办公室，领导小组办公室主任由驻局纪检组长方某昭书记兼任。\n"
             "各二级单位成立本单位某某工作小组，党政负责人任组长，负责传达上级文件精神。\n")
    assert members(nf) == {("某局某某工作领导小组办公室", "方某昭", "主任")}


def test_role_named_with_the_kind_of_group():
    # 同意成立X委员会…。甲任委员会主任: the committee just set up
    nf = run("国务院同意成立某某十年委员会，为部际协调机构，不单设办事机构。田某云任委员会主任，有关部门的负责人任副主任。\n")
    assert members(nf) == {("某某十年委员会", "田某云", "主任")}


def test_group_renamed_by_adjustment_takes_its_new_name_and_its_office():
    # 将甲指挥部调整为省乙指挥部: the group is the new name, not 为…; its office introduced only as 办公室
    nf = run("某省人民政府办公厅关于调整成立省某某防控指挥部的通知\n某办函〔2020〕8号\n各地级以上市人民政府：\n"
             "省人民政府决定，将省某某病害防控指挥部调整为省某某疫情防控指挥部，现就有关事项通知如下：\n"
             "指挥部办公室设在省农业农村厅，办公室主任由省农业农村厅负责同志兼任。\n")
    assert subgroups(nf) == {("省某某疫情防控指挥部办公室", "省某某疫情防控指挥部")}


def test_meeting_of_a_group_after_zhaokai_le():
    # 召开了X会议: the particle is no part of the group's name
    nf = run("本篇文章270字,读完约1分钟\n据某区介绍,为进一步推进专项斗争,6月13日在某某街召开了扫黑打非专项领导小组会议。\n"
             "首先,街道党工委书记、领导小组组长张甲公布了某某街道专项整治领导小组名单。\n"
             "领导小组组长张甲对下一次工作提出了具体要求:\n")
    assert members(nf) == {("扫黑打非专项领导小组", "张甲", "组长")}


def test_group_set_up_with_one_head_and_two_deputies_listed_in_one_clause():
    # 由甲任组长、乙、丙任副组长: the second clause lists two people
    nf = run("某某街道成立了由党工委书记张某某任组长、办事处主任王某某、党工委副书记李某某任副组长，"
             "分包副职领导为成员的专项工作领导小组，明确了各村支部书记为第一责任人。\n")
    assert members(nf) == {("专项工作领导小组", "张某某", "组长"), ("专项工作领导小组", "王某某", "副组长"),
                           ("专项工作领导小组", "李某某", "副组长")}


def test_work_team_set_up_under_a_group_with_two_co_heads():
    # 市委书记、市长任双组长的X，下设工作专班: the team is <group>工作专班
    nf = run("我市成立市委书记、市长任双组长的某某专项斗争领导小组，下设工作专班，出台工作方案。\n")
    assert subgroups(nf) == {("某某专项斗争领导小组工作专班", "某某专项斗争领导小组")}


def test_committee_adjusted_in_prose_heads_named_with_it_and_a_former_head_left_out():
    # X组成人员作了调整 sets the committee up; 甲任X主任, 乙任副主任; 此前…曾任 is a former head
    nf = run("某省食品安全委员会组成人员调整\n根据工作需要，某省食品安全委员会组成人员作了调整。"
             "副省长张建国任某省食品安全委员会主任，省政府副秘书长李卫东任副主任。\n"
             "某省食品安全委员会办公室设在省市场监管局，省市场监管局局长王志明兼任办公室主任。\n"
             "此前，副省长赵德明曾任某省食品安全委员会主任。\n")
    g = "某省食品安全委员会"
    assert members(nf) == {(g, "张建国", "主任"), (g, "李卫东", "副主任"), (g + "办公室", "王志明", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_work_team_heads_and_two_units_joined_by_he():
    # 由甲任专班长，乙任副专班长; 下设A组和B组 (the list's last unit after 和)
    nf = run("某街道成立疫情防控工作专班\n为做好疫情防控工作,某街道成立疫情防控工作专班,由街道党工委书记张建国任专班长,"
             "街道办事处主任李卫东任副专班长。\n专班下设扑火前线指挥组和后勤保障组。\n")
    g = "疫情防控工作专班"
    assert members(nf) == {(g, "张建国", "专班长"), (g, "李卫东", "副专班长")}
    assert subgroups(nf) == {("扑火前线指挥组", g), ("后勤保障组", g)}


def test_bare_roles_after_the_first_holder_continue_the_same_group():
    # a meeting report: 某领导小组组长、posts 甲，常务副组长、posts 乙，副组长、posts 丙 — each clause a
    # role of the same group; the year before the place is no part of the group's name
    nf = run("某区召开2015年双拥工作领导小组(扩大)会议\n"
             "6月9日，2015年某某区双拥工作领导小组(扩大)会议在区会议中心召开。区双拥工作领导小组组长、区委书记李某某，"
             "常务副组长、区委副书记、区长胡某某，副组长、区委副书记程某，副组长、区委常委、人武部政委程某某出席会议并讲话。\n")
    g = "某某区双拥工作领导小组"
    assert members(nf) == {(g, "李某某", "组长"), (g, "胡某某", "常务副组长"), (g, "程某", "副组长"),
                           (g, "程某某", "副组长")}


def test_office_seated_in_brackets_sets_up_the_office_of_the_group_it_names():
    # 请径向市某某活动领导小组办公室(设在市某局)反映: the seat in brackets, the group named only here
    nf = run("某市人民政府办公室关于印发某市创建示范城市工作方案的通知\n各区人民政府：\n"
             "经市人民政府同意，现将《某市创建示范城市工作方案》印发给你们，请认真贯彻执行。执行过程中遇到的问题，"
             "请径向市某某活动领导小组办公室(设在市某局)反映。\n")
    assert subgroups(nf) == {("市某某活动领导小组办公室", "市某某活动领导小组")}


def test_holder_who_chu_ren_a_role():
    # 由某市副市长、市公安局局长李某出任主任: 出任 is the verb, not the end of the name
    nf = run("某市成立消防安全委员会\n经某市政府批准，某市成立市消防安全委员会。某市消防安全委员会办公室设在市公安局，"
             "由某市副市长、市公安局局长李某出任主任，副主任由政府分管公安工作的副秘书长担任。\n")
    assert ("市消防安全委员会", "李某", "主任") in members(nf)


def test_members_counted_and_some_named_after_qizhong():
    # 某委员会委员合计21人，其中有posts 甲、posts 乙等: the named ones are 委员
    nf = run("我国成立高规格某某机构\n据了解，此次成立的国家某某委员会由国务院总理甲某某担任主任。\n"
             "国家某某委员会委员合计21人，其中有国务院副秘书长尤某、外交部部长杨某某等，均是来自相关部委的负责人。\n")
    assert {("国家某某委员会", "尤某", "委员"), ("国家某某委员会", "杨某某", "委员")} <= members(nf)


def test_role_before_a_clause_that_names_its_own_holders_takes_none_of_them():
    # 甲任某某领导小组组长，副组长由某部部长乙、丙担任: 乙 is a 副组长, not a second 组长
    nf = run("某省成立某某工作领导小组\n某省人民政府办公厅日前发出通知，决定成立某省某某工作领导小组。\n"
             "某省副省长甲某某任某某工作领导小组组长，副组长由某厅厅长李某某、某厅副厅长王某担任。\n"
             "领导小组办公室设在某厅，办公室主任由某厅副厅长张某兼任。\n")
    m = members(nf)
    assert not any(role == "组长" and person == "李某某" for _, person, role in m)
    assert ("某省某某工作领导小组", "李某某", "副组长") in m
    assert subgroups(nf) == {("某省某某工作领导小组办公室", "某省某某工作领导小组")}


def test_head_who_takes_the_role_with_chu_ren():
    # 由某市副市长、市公安局局长甲出任主任: 出任 is a verb of taking the role, not the end of the name
    nf = run("某某消息\n"
             "经市政府批准，某市成立市消防安全委员会。委员会办公室设在市公安局，由某市副市长、市公安局局长王甲出任主任，"
             "副主任由政府分管公安工作的副秘书长担任。\n")
    assert members(nf) == {("市消防安全委员会", "王甲", "主任")}
    people = {f.person for f in nf.facts if isinstance(f, Position)}
    assert people == {"王甲"}


def test_meeting_report_roles_of_the_group_carried_to_the_next_clauses():
    # 区某某领导小组组长、区委书记甲，常务副组长、区委副书记、区长乙，副组长、…丙出席: each clause that opens
    # with a bare role names the next member of the same group
    nf = run("某区召开某某工作领导小组会议\n"
             "6月9日，某区某某工作领导小组会议在区会议中心召开。区某某工作领导小组组长、区委书记张甲，"
             "常务副组长、区委副书记、区长李乙，副组长、区委副书记王丙，副组长、区委常委、人武部政委赵丁出席会议并讲话。\n")
    got = members(nf)
    roles = {(person, role) for _, person, role in got}
    assert roles == {("张甲", "组长"), ("李乙", "常务副组长"), ("王丙", "副组长"), ("赵丁", "副组长")}
    assert len({group for group, _, _ in got}) == 1


def test_committee_members_named_among_a_larger_number():
    # 某委员会委员合计21人，其中有A、B、C等，均是…: 委员 of the committee for each one named
    nf = run("我国成立某某机构\n某某网1月27日电 国务院决定成立国家某某委员会。\n"
             "据了解，此次成立的国家某某委员会由国务院总理甲某担任主任，国务院副总理乙某担任副主任。\n"
             "国家某某委员会委员合计21人，其中有国务院副秘书长尤甲、中央财办主任朱乙、外交部部长杨丙、国家发展改革委主任张丁等，"
             "均是来自相关部委的负责人。\n")
    g = "国家某某委员会"
    assert {(person, role) for group, person, role in members(nf) if group == g and role == "委员"} == \
        {("尤甲", "委员"), ("朱乙", "委员"), ("杨丙", "委员"), ("张丁", "委员")}


def test_head_named_before_the_group_role_and_the_next_role_by_you():
    # 国务院副总理甲任某某领导小组组长，副组长由乙、丙担任: 乙 is a deputy, not a second head
    nf = run("国务院成立某某工作领导小组\n为做好某某工作，国务院决定成立国务院某某工作领导小组。\n"
             "国务院副总理甲某某任某某工作领导小组组长,副组长由某部部长张乙乙、国务院副秘书长丁丙担任,"
             "某部等部门相关负责人19人为领导小组成员。\n")
    g = "国务院某某工作领导小组"
    assert members(nf) == {(g, "甲某某", "组长"), (g, "张乙乙", "副组长"), (g, "丁丙", "副组长")}


def test_body_that_adjusts_a_committee_and_its_past_heads():
    """``某院对X组成人员作了调整`` (the body before 对 is no part of the name); ``甲担任X主任，乙、丙担任委员会副主任``;
    past heads are no members: ``首任主任由时任…丁担任``, ``时任某职、X主任戊主持``, and 时任 gives no post either."""
    nf = run("某委员会组成人员调整\n"
             "根据工作需要，某省政府对某省食品安全委员会组成人员作了调整。某省副省长张甲担任某省食品安全委员会主任，"
             "某省副省长李乙、某省政府秘书长王丙担任委员会副主任。\n"
             "某省食品安全委员会成立于2010年，首任委员会主任由时任某省副省长赵丁担任。\n"
             "今年2月，时任某省副省长、某省食品安全委员会主任钱戊主持召开某省食品安全委员会第五次全体会议。\n")
    g = "某省食品安全委员会"
    assert members(nf) == {(g, "张甲", "主任"), (g, "李乙", "副主任"), (g, "王丙", "副主任")}
    assert not [f for f in nf.facts if isinstance(f, Position) and f.person in ("赵丁", "钱戊")]


def test_heads_of_several_groups_named_in_one_clause():
    """News on who heads which groups: ``甲新近接任A、B及C工作领导小组等3个小组的组长`` (an adverb before the verb, the
    groups counted, 及 inside a name), ``乙担任D领导小组组长、E领导小组组长`` (the role after each group);
    ``早先，甲曾担任F领导小组组长`` is a past role; ``通知6个领导小组组成人员调整`` names no group; a clause after
    the role (``…组长，该小组由各部门负责人组成``) names no holder."""
    nf = run("某省调整多个领导小组\n某省政府办公厅明确通知6个省领导小组组成人员调整。\n"
             "某省省长张甲新近接任某省西部开发领导小组、某省振兴老工业基地领导小组、某省应对气候变化及节能减排工作领导小组"
             "等3个小组的组长。\n"
             "早先，张甲曾担任某省土地调查领导小组组长、某省人口普查领导小组组长。\n"
             "某省副省长李乙担任某省农民工工作领导小组组长、某省中小企业发展工作领导小组组长，该领导小组由20个部门负责人组成，负责全省工作。\n")
    assert members(nf) == {("某省西部开发领导小组", "张甲", "组长"), ("某省振兴老工业基地领导小组", "张甲", "组长"),
                           ("某省应对气候变化及节能减排工作领导小组", "张甲", "组长"),
                           ("某省农民工工作领导小组", "李乙", "组长"), ("某省中小企业发展工作领导小组", "李乙", "组长")}


@pytest.mark.parametrize("text, expected", [
    # the short form 国动委 in a chain of posts: the committee of the chain's level that the text names in plenary
    # (a year before the meeting's number), not the higher level's whose meeting it relays
    ("某区召开国防动员委员会全体会议\n10月15日，区委副书记、代区长、国动委主任李某主持召开全区国防动员委员会2023年第1次全体会议，"
     "区委常委、常务副区长、国动委副主任胡某某出席会议。会议要求贯彻落实省、市国防动员委员会全体会议精神。\n",
     {("区国防动员委员会", "李某", "主任"), ("区国防动员委员会", "胡某某", "副主任")}),
    # roles one after another before their holders (第一主任甲、主任乙、副主任丙); the committee named once with its
    # place in front
    ("第一节 组织动员\n1996年10月，某某市国防动员委员会召开成立后的第一次全体会议。国防动员委员会第一主任张某某、"
     "主任王某某、副主任李某某在会上讲话。\n",
     {("某某市国防动员委员会", "张某某", "第一主任"), ("某某市国防动员委员会", "王某某", "主任"),
      ("某某市国防动员委员会", "李某某", "副主任")}),
    # 省国动委 after 2018年某某省国防动员委员会: the full name with the province's name in front
    ("某省国动委会议召开\n25日，2018年某某省国防动员委员会职能办公室领导电视电话会议召开。省委常委、省军区司令员、"
     "省国动委副主任李某，副省长、省国动委副主任聂某某在主会场参加会议。\n",
     {("某某省国防动员委员会", "李某", "副主任"), ("某某省国防动员委员会", "聂某某", "副主任")}),
])
def test_defence_mobilisation_committee_by_its_short_form(text, expected):
    assert members(run(text)) == expected


def test_town_group_set_up_in_prose_with_its_office_seated_somewhere():
    """A town's plan: ``镇成立由党委副书记、镇长朱以某为组长，分管农业副镇长唐某某为副组长，…为成员的X`` (以 inside a
    name; 党委 before 镇长 is the town's; a portfolio before a bare head title is no body), ``下设办公室于某中心，由吴和同志任
    办公室主任`` (an office seated after 于; 和 ending a name); ``防疫员任副组长`` in a village template names nobody."""
    nf = run("某某防控工作方案\n二、强化组织领导\n镇成立由党委副书记、镇长朱以某为组长，分管农业副镇长唐某某为副组长，"
             "财政所、农业中心及各驻村干部为成员的某某防控工作领导小组，领导小组下设办公室于农业服务中心，由吴和同志任办公室主任。"
             "各村也要成立由村主任任组长，防疫员任副组长，村委会其他成员为成员的某某防控工作领导小组。\n")
    g = "某某防控工作领导小组"
    assert members(nf) == {(g, "朱以某", "组长"), (g, "唐某某", "副组长"), (g + "办公室", "吴和", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}
    assert {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)} == {
        ("朱以某", "镇党委", "副书记"), ("朱以某", "镇人民政府", "镇长"), ("唐某某", "镇人民政府", "副镇长")}


def test_encyclopedia_page_on_a_group_with_its_box_of_leaders():
    """A page headed by a group's name whose box glues each role to its one member (``组长甲某(某部部长)``), prints
    a role alone over its members with their count between (``副组长`` / ``2`` / ``乙某(…)``), and names the office's
    head (``办公室主任丁某``); the box's next heading (机构概况) is no member."""
    nf = run("某某开发领导小组\n\n某某开发领导小组，是国务院议事协调机构。\n主要领导\n组长赵某某(全国政协副主席)\n副组长\n2\n"
             "钱某(国务院机关党组成员)\n孙某某(民政部副部长)\n办公室主任丁某\n机构概况\n上级机构国务院\n")
    g = "某某开发领导小组"
    assert members(nf) == {(g, "赵某某", "组长"), (g, "钱某", "副组长"), (g, "孙某某", "副组长"), (g + "办公室", "丁某", "主任")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_a_meeting_reads_out_the_members_of_a_committee():
    """``会议宣读了新一届X人员组成，明确由A任第一主任，B任主任``: X is the group the roles belong to."""
    nf = run("某省国动委会议召开\n会议宣读了新一届某某省国防动员委员会人员组成，明确由省委书记、省人大常委会主任张某某任第一主任，"
             "省委副书记、省长王某某任主任。\n")
    g = "某某省国防动员委员会"
    assert members(nf) == {(g, "张某某", "第一主任"), (g, "王某某", "主任")}


def test_a_rare_surname_after_a_group_role_before_the_next_leaders_chain():
    """``…、总指挥部副总指挥回某某，国务委员兼国务院秘书长甲出席``: a name of a rarer surname after the role, the next
    chain opening with a national body (国务…), not a level."""
    nf = run("某指挥部召开会议\n国务院总理、国务院某某总指挥部总指挥温某某今天主持召开总指挥部第26次会议。\n"
             "中共中央政治局委员、国务院副总理、总指挥部副总指挥回某某，"
             "国务委员兼国务院秘书长马某出席会议。\n")
    assert ("国务院某某总指挥部", "回某某", "副总指挥") in members(nf)


def test_an_aside_on_the_person_between_the_name_and_the_post():
    """``甲某某（女）  县某局副局长`` / ``乙某(女) 自治区某委副主任``: the aside is the person's (sex, nationality),
    neither a piece of the name nor the opening of the body."""
    from govkg.extract.groups import parse_member
    for text, name, agency, title in (("甲某某（女）  县林业局副局长", "甲某某", "县林业局", "副局长"),
                                      ("乙某某某(女) 自治区发展改革委副主任", "乙某某某", "自治区发展改革委", "副主任"),
                                      ("丙某（女，满族）县财政局局长", "丙某", "县财政局", "局长")):
        got = parse_member(text, 0, "")
        assert [(n, [(p.agency, p.title) for p in posts]) for n, posts, _ in got] == [(name, [(agency, title)])]
    assert [n for n, _, _ in parse_member("甲某(女)、乙某", 0, "")] == ["甲某", "乙某"]


def test_an_office_head_of_a_five_character_name_marked_by_comrade():
    """``领导小组办公室设在Y，甲乙丙丁戊同志兼任办公室主任``: a regional name of five characters printed whole
    (no ·) is a person's where 同志 follows it."""
    nf = run("某市人民政府关于成立某市数字政府建设领导小组的通知\n某政字〔2024〕3号\n各旗县：\n"
             "为加强领导，决定成立某市数字政府建设领导小组。\n一、领导小组组成\n组  长：王某某  市长\n二、领导小组办公室\n"
             "领导小组办公室设在市政务服务局，宝音某某某同志兼任办公室主任。\n某市人民政府\n2024年1月2日\n")
    g = "某市数字政府建设领导小组"
    assert members(nf) == {(g, "王某某", "组长"), (g + "办公室", "宝音某某某", "主任")}


def test_a_numbered_heading_names_the_group_shorter_than_the_sentence_under_it():
    """``一、加强领导，成立防汛工作领导小组。`` over ``…经镇党委、政府研究决定，成立某镇防汛工作领导小组``: the heading's
    name is the sentence's (the group is named in full where it is set up)."""
    nf = run("各村(社区):\n为确保安全度汛，现提出以下意见:\n一、加强领导，成立防汛工作领导小组。\n"
             "为做好今年的防汛工作，经镇党委、政府研究决定，成立某镇防汛工作领导小组，统一领导我镇防汛工作。\n"
             "组 长:王某某\n副组长:张某某\n组 员:李 某、赵某某、刘某某。\n")
    g = "某镇防汛工作领导小组"
    assert members(nf) == {(g, "王某某", "组长"), (g, "张某某", "副组长"), (g, "李某", "组员"), (g, "赵某某", "组员"),
                           (g, "刘某某", "组员")}


def test_a_report_chain_names_with_its_level_the_group_its_headline_names_bare():
    """Headline ``我市召开某某工作领导小组全体会议``, then ``市委书记、市某某工作领导小组组长甲某某``: the chain's name
    with its level is the group's (the fuller name), where no sentence sets the group up."""
    nf = run("我市召开双拥工作领导小组全体会议\n5月27日，我市召开双拥工作领导小组全体会议，部署今年工作。"
             "市委书记、市双拥工作领导小组组长张某某，市委副书记、市长、市双拥工作领导小组副组长王某某出席会议。\n")
    g = "市双拥工作领导小组"
    assert members(nf) == {(g, "张某某", "组长"), (g, "王某某", "副组长")}


def test_list_printed_under_the_group_name_a_notice_announces():
    # 现将调整后的X公布如下: the group is named by the sentence that announces its list
    nf = run("二、组织机构\n因人员变动，现将调整后的某乡某某工作领导小组公布如下:\n"
             "组 长:张甲 乡党委书记\n李乙 乡长\n成 员: 王丙 某村主任\n")
    g = "某乡某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "组长"), (g, "王丙", "成员")}


def test_group_lower_bodies_are_told_to_set_up_is_no_group():
    # 各县区要设立相应的X及其办公室 / 各村也要成立以主任为主的Y: many groups, none named; the office is the one at hand's
    nf = run("为加强组织领导,省人民政府决定成立某省第七次全国人口普查领导小组,负责普查工作的组织实施。"
             "领导小组办公室设在省统计局,具体负责普查工作的组织和协调。"
             "各市州、县市区人民政府要设立相应的人口普查领导小组及其办公室,认真做好本地区普查工作。\n")
    g = "某省第七次全国人口普查领导小组"
    assert subgroups(nf) == {(g + "办公室", g)}
    nf = run("二、某镇成立某某领导小组。组长：张甲；成员：李乙、王丙。各村委会也要成立以主任为主的某某小组。\n")
    g = "某某领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "成员"), (g, "王丙", "成员")}


def test_role_in_passing_before_a_verb_of_meeting_and_an_inspection_team():
    # 组长甲会见了…, 组长乙反馈了…: the report's verb after the name; 县委第二巡察组: a party committee's inspection team
    nf = run("9月3日下午，省委常委、某市委书记、市某某工作领导小组组长张甲会见了调研组一行。\n"
             "3月23日下午，县委第二巡察组组长李乙反馈了巡察情况。\n")
    assert members(nf) == {("市某某工作领导小组", "张甲", "组长"), ("县委第二巡察组", "李乙", "组长")}


def test_group_of_a_government_named_short_is_the_one_named_in_full():
    # 省政府X for 甲省人民政府X: the office's owner is the group named in full; the office keeps its printed name
    nf = run("关于公布甲省人民政府某某督导委员会组成人员的通知\n"
             "经研究，由副省长张甲任主任，省某厅厅长李乙任副主任。"
             "省政府某某督导委员会办公室设在省某厅，承担委员会日常工作。\n")
    g = "甲省人民政府某某督导委员会"
    assert subgroups(nf) == {("省政府某某督导委员会办公室", g)}


def test_encyclopedia_box_with_a_count_after_the_label_and_the_office_head():
    # 副主任(3) 甲某(…): the count of the role's holders; 办公室主任 乙某: the office's head
    nf = run("某某工作委员会\n某某工作委员会(简称某工委)是某院成立的议事协调机构。\n主要领导\n主任 张甲(某院副总理)\n副主任(2) 李乙(某院副秘书长)\n王丙(某部副部长)\n"
             "办公室主任 王丙\n机构概况\n")
    g = "某某工作委员会"
    assert members(nf) == {(g, "张甲", "主任"), (g, "李乙", "副主任"), (g, "王丙", "副主任"), (g + "办公室", "王丙", "主任")}


def test_line_that_is_a_group_name_over_role_labels_and_committee_chair_labels():
    # 某县某某委员会 / 主任委员 甲: a heading that is only the group's name (no 名单), the older 主任委员 labels bare
    nf = run("现将有关事项通知如下。\n某县某某工作委员会\n主任：张甲\n委员：王丙、赵丁\n")
    g = "某县某某工作委员会"
    assert members(nf) == {(g, "张甲", "主任"), (g, "王丙", "委员"), (g, "赵丁", "委员")}
    nf = run("某县人民委员会关于成立某县某某委员会的通知\n主任委员 张甲\n副主任委员 李乙 王丙\n委员 赵丁\n")
    g = "某县某某委员会"
    assert members(nf) == {(g, "张甲", "主任委员"), (g, "李乙", "副主任委员"), (g, "王丙", "副主任委员"), (g, "赵丁", "委员")}


def test_chronicle_entry_setting_up_a_committee_with_roles_glued_to_names():
    # 成立X，主任委员甲，副主任委员乙、丙: a yearbook's entry, each clause a role and its holders
    nf = run("1958年3月，成立某县某某委员会，主任委员张甲，副主任委员李乙、王丙，委员赵丁等9人。\n")
    g = "某县某某委员会"
    assert members(nf) == {(g, "张甲", "主任委员"), (g, "李乙", "副主任委员"), (g, "王丙", "副主任委员")}


def test_report_of_a_meeting_named_in_its_headline_and_a_group_named_by_its_kind_in_a_chain():
    # 某县召开X会议: the place holding the meeting is no part of X; 指挥部总指挥甲 after 市X指挥部召开会议: that 指挥部
    nf = run("某县召开某某工作领导小组会议\n5月6日，领导小组召开第一次全体会议。县长、领导小组组长张甲主持会议。\n")
    assert members(nf) == {("某某工作领导小组", "张甲", "组长")}
    nf = run("5月6日，市某某指挥部召开会议。市长、指挥部总指挥张甲主持会议并讲话。\n")
    assert members(nf) == {("市某某指挥部", "张甲", "总指挥")}


def test_members_named_by_a_heads_title_only_name_no_one():
    # 副组长：副县长 — whoever holds the post; no person
    nf = run("县政府决定成立某县某某工作领导小组，组成人员如下：\n组长：县长\n副组长：副县长\n成员：县某局局长、县某局局长\n")
    assert members(nf) == set()


def test_office_set_up_with_the_work_groups_it_is_listed_with():
    # 下设办公室和N个工作组：A、B / 下设办公室和A组: the office is the group's own (<group>办公室), not 办公室
    g = "某县某某工作领导小组"
    nf = run("成立某县某某工作领导小组。领导小组下设办公室和三个工作组：综合协调组、宣传组、后勤组。\n")
    assert subgroups(nf) == {(g + "办公室", g), ("综合协调组", g), ("宣传组", g), ("后勤组", g)}
    nf = run("成立某县某某工作领导小组。领导小组下设办公室和综合协调组、宣传组。\n")
    assert subgroups(nf) == {(g + "办公室", g), ("综合协调组", g), ("宣传组", g)}


def test_group_that_is_the_subject_of_its_setting_up():
    # 某县某某领导小组（正式）成立: the clause's subject is the group; the heads and office after it are its own
    nf = run("日前，某县某某工作领导小组正式成立，由县长张甲任组长，副县长李乙任副组长。领导小组办公室设在县某局。\n")
    g = "某县某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "副组长")}
    assert subgroups(nf) == {(g + "办公室", g)}


def test_next_roles_after_the_first_holders_verb():
    # 组长、县长甲主持召开会议，副组长、副县长乙出席: the same group's next role, after the first holder's verb
    nf = run("5月6日，县某某工作领导小组组长、县长张甲主持召开会议，常务副组长、副县长李乙，副组长、县政府办主任王丙出席。\n")
    g = "县某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "常务副组长"), (g, "王丙", "副组长")}


def test_chronicle_committee_founded_is_an_organ_not_a_group():
    # 1949年某市军事管制委员会成立，甲为主任: an organ of government in a chronicle, its heads hold posts
    nf = run("历史沿革\n1949年6月6日，某市军事管制委员会成立，张甲为主任，李乙、王丙为副主任。\n")
    assert members(nf) == set()


def test_member_entries_post_then_name_in_brackets_and_name_comma_posts():
    # 组长：县长（甲）: the post, the holder in brackets; 组长：甲，县委副书记、县长: the name, a comma, its posts
    g = "某县某某工作领导小组"
    nf = run("成立某县某某工作领导小组，成员如下：\n组长：县长（张甲）\n成员：县财政局局长（王丙）\n")
    assert members(nf) == {(g, "张甲", "组长"), (g, "王丙", "成员")}
    nf = run("成立某县某某工作领导小组，成员如下：\n组长：张甲，县委副书记、县长\n副组长：李乙，副县长\n")
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "副组长")}


def test_adjustment_of_a_roles_holder():
    # 组长由甲调整为乙 / 副组长调整为副县长丙: the new holder is the member
    nf = run("关于调整某县某某工作领导小组组成人员的通知\n"
             "因工作变动，领导小组组长由张甲调整为李乙，副组长由王丙同志调整为副县长赵丁同志。\n")
    g = "某县某某工作领导小组"
    assert members(nf) == {(g, "李乙", "组长"), (g, "赵丁", "副组长")}


def test_inline_role_with_a_colon_after_a_set_up_and_an_events_organising_committee():
    # 成立X，总指挥：甲 — one inline label; 成立某某活动组委会: an event's organising committee is a group
    nf = run("县政府决定成立某县某某工作指挥部，总指挥：张甲。\n")
    assert members(nf) == {("某县某某工作指挥部", "张甲", "总指挥")}
    nf = run("县政府决定成立某县某某活动组委会。\n主任：张甲\n")
    assert members(nf) == {("某县某某活动组委会", "张甲", "主任")}


def test_note_on_the_lists_order_after_a_label():
    # 委员（按姓氏笔画为序）：甲 乙 / 成员：（排名不分先后）甲: the note is no part of the label or the names
    nf = run("关于成立某县某某委员会的通知\n主任委员：张甲\n委员（按姓氏笔画为序）：王丙 赵丁\n")
    g = "某县某某委员会"
    assert members(nf) == {(g, "张甲", "主任委员"), (g, "王丙", "委员"), (g, "赵丁", "委员")}
    nf = run("关于成立某县某某委员会的通知\n主任委员：张甲\n委员：（排名不分先后）王丙 赵丁\n")
    assert members(nf) == {(g, "张甲", "主任委员"), (g, "王丙", "委员"), (g, "赵丁", "委员")}


@pytest.mark.parametrize("intro", [
    "经研究，某县某某工作领导小组由以下同志组成：",   # X由以下同志组成：
    "经研究，某县某某工作领导小组组成如下：",         # X组成如下：
    "经研究，现将某县某某工作领导小组成员名单印发给你们。",  # 现将X成员名单印发给你们
])
def test_group_named_by_the_sentence_that_announces_its_list(intro):
    nf = run(intro + "\n组长：张甲 县长\n成员：李乙 县某局局长\n")
    g = "某县某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "成员")}


@pytest.mark.parametrize("heading", ["某县某某工作领导小组组成人员：", "某县某某工作领导小组成员一览表", "某县某某工作领导小组组成人员名单表"])
def test_list_heading_with_a_colon_or_as_a_table(heading):
    # X组成人员： / X成员一览表 over the role labels: the heading names the group
    nf = run("现将有关事项通知如下。\n" + heading + "\n组长：张甲 县长\n成员：李乙 县某局局长\n")
    g = "某县某某工作领导小组"
    assert members(nf) == {(g, "张甲", "组长"), (g, "李乙", "成员")}


def test_member_columns_with_a_padded_name_and_bracketed_entries_parted_by_spaces():
    # 张  甲    县某局    局长: the padded name joined; 甲（某局局长）  乙（…）: two entries, not one
    from govkg.extract.groups import parse_member
    assert [(n, [(p.agency, p.title) for p in ps]) for n, ps, _ in parse_member("李  乙    县财政局    局长", 0, "")] \
        == [("李乙", [("县财政局", "局长")])]
    assert [(n, [(p.agency, p.title) for p in ps]) for n, ps, _ in
            parse_member("李乙（县财政局局长）  王丙（县教育局副局长）", 0, "")] \
        == [("李乙", [("县财政局", "局长")]), ("王丙", [("县教育局", "副局长")])]


def test_office_sentence_after_a_list_line_of_two_members_the_last_post_held_concurrently():
    # 甲　某局局长 　乙（女）　某局副局长（兼） over 领导小组办公室设在某局，…: the list's last line, its aside in place
    # of a stop, is no paragraph wrapped into the office sentence after it
    nf = run("某县人民政府办公室关于调整某县茶叶产业发展领导小组成员的通知\n各单位：\n"
             "现将调整后的某县茶叶产业发展领导小组组成人员名单通知如下：\n"
             "组\u3000长：沈立德\u3000县长\n成\u3000员：顾明川\u3000县林业局局长\n"
             "金守成\u3000县农业局局长 \u3000\u3000\u3000\u3000梁秀兰（女）\u3000县财政局副局长（兼）\n"
             "领导小组办公室设在县林业局，顾明川同志兼任办公室主任。\n某县人民政府办公室\n2018年5月3日\n")
    g = "某县茶叶产业发展领导小组"
    assert (g + "办公室", g) in subgroups(nf) and (g + "办公室", "顾明川", "主任") in members(nf)
