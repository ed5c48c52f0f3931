"""Plans, groups and members as real pages print them (issue 10): lists of bodies split by a comma
inside one role, subgroups listed after 分别是, tables whose cells a page cut with ``|`` lines,
role labels inline in prose."""
from __future__ import annotations

from govkg.facts import Assignment, Membership, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


def run(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


HEAD = "江川市人民政府关于稳增长的若干意见\n川政发〔2021〕9号\n各县区人民政府，市直各部门：\n"


def test_comma_between_two_lists_of_one_role():
    """``（A、B牵头；C、D，E、F，各县区人民政府配合）``: the commas join lists of the supporting bodies."""
    text = HEAD + "一、推进重点项目建设\n加快资金拨付进度，确保项目开工。（市发展改革委、市财政局牵头；市自然资源局、" \
                  "市水利局，江川农商银行，各县区人民政府配合）\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    task = "推进重点项目建设"
    assert got == {(task, "lead", "市发展改革委"), (task, "lead", "市财政局"), (task, "support", "市自然资源局"),
                   (task, "support", "市水利局"), (task, "support", "江川农商银行"),
                   (task, "support", "各县区人民政府")}


def subgroups(text: str) -> set[tuple[str, str]]:
    return {(s.group, s.parent) for s in run(text).of(Subgroup)}


def test_subgroups_counted_then_listed_after_a_short_headline():
    """The headline names the group short; the sentence that sets it up names it in full, and that
    name is the parent of the N subgroups listed after 分别是, one per item, split by ；."""
    text = "江川将成立防灾减灾总指挥部\n发布时间：2021-05-01\n" \
           "近日，江川省人民政府决定成立江川省防灾减灾总指挥部，统一指挥全省防灾减灾工作。\n" \
           "总指挥部下设3个专项指挥部，分别是：防汛抗旱指挥部；森林防灭火指挥部；地质灾害应急指挥部。\n"
    parent = "江川省防灾减灾总指挥部"
    assert subgroups(text) == {("防汛抗旱指挥部", parent), ("森林防灭火指挥部", parent), ("地质灾害应急指挥部", parent)}


def test_subgroups_of_the_group_their_kind_names():
    """``设立2个X领导小组专项小组，分别是A、B``: the kind word names the parent; a count that does
    not match the list gives nothing."""
    text = "会议研究确定设立2个生态保护领导小组专项小组，分别是水污染防治专项小组、大气污染防治专项小组。\n"
    assert subgroups(text) == {("水污染防治专项小组", "生态保护领导小组"), ("大气污染防治专项小组", "生态保护领导小组")}
    assert subgroups(text.replace("2个", "3个")) == set()


def test_group_in_a_chain_keeps_the_form_the_report_named_first():
    text = "2月1日，县委召开生态保护领导小组第一次会议。县委书记、县委生态保护领导小组组长王志明出席会议并讲话。\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    assert ("生态保护领导小组", "王志明", "组长") in got


def test_task_table_cut_into_pipe_cells():
    """A table a page printed one cell after another, each cell followed by a ``|`` line and wrapping
    over lines; a category column spans rows (printed only in its first row); a star marks the lead
    and the note says the others take part; the 责任街镇 column names responsible places."""
    cells = ["类别", "序号", "任务名称", "任务要求", "责任部门\n（加*号为牵头部门，\n其余为参与部门）", "责任街镇", "完成时间",
             "（一）\n改善\n人居环境", "1", "推进\n垃圾分类", "年内实现全覆盖。", "区城管局*、\n区财政局", "东湖镇、\n西山街道", "12月底",
             "2", "整治\n河道环境", "完成5条河道整治。", "区水务局*", "南桥镇", "10月底"]
    text = "江川区2023年人居环境重点任务分工表\n" + "\n|\n".join(cells) + "\n|\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    # a page that kept only the table: no cell of it stands for the missing title
    assert not run("\n|\n".join(cells) + "\n|\n").document.title
    # a headline the page framed with empty | lines is still the headline
    framed = "|\n江川镇第八届人民代表大会第四次会议胜利召开 |\n|\n|\n4月17日上午，江川镇第八届人民代表大会第四次会议胜利召开。\n"
    assert run(framed).document.title == "江川镇第八届人民代表大会第四次会议胜利召开"
    assert got == {("推进垃圾分类", "lead", "区城管局"), ("推进垃圾分类", "support", "区财政局"),
                   ("推进垃圾分类", "responsible", "东湖镇"), ("推进垃圾分类", "responsible", "西山街道"),
                   ("整治河道环境", "lead", "区水务局"), ("整治河道环境", "responsible", "南桥镇")}


def test_role_labels_inline_after_the_group_name():
    """``1、X领导小组组长：A，常务副组长：B、C，副组长：D、E。`` in a meeting notice's list of attendees."""
    text = "关于召开创建工作推进会议的通知\n各镇、街道：\n定于3月5日召开创建工作推进会议，具体通知如下：\n一、参加人员：\n" \
           "1、县创建领导小组组长：王志明，常务副组长：李国强、赵建平，副组长：周立新、孙海涛。\n2、县级机关各部门主要领导。\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    g = "县创建领导小组"
    assert got == {(g, "王志明", "组长"), (g, "李国强", "常务副组长"), (g, "赵建平", "常务副组长"),
                   (g, "周立新", "副组长"), (g, "孙海涛", "副组长")}


def test_list_split_outside_brackets_keeps_offsets():
    from govkg.extract.lists import split_outside_brackets, unique
    text = "沿江各县（市、区）人民政府、市水利局 市财政局"
    assert split_outside_brackets(text, "、") == [(0, "沿江各县（市、区）人民政府"), (14, "市水利局 市财政局")]
    assert [p for _, p in split_outside_brackets(text, "、", spaces=True)] == ["沿江各县（市、区）人民政府", "市水利局", "市财政局"]
    assert unique(["甲", "乙", "甲"], key=lambda x: x) == ["甲", "乙"]


def test_tasks_a_meeting_report_states_clause_by_clause():
    """``会议决定：A由<人>牵头，<单位>落实；B由<单位>牵头，<单位>落实``: a person who leads gives no row."""
    text = "县防汛指挥部召开调度会\n6月1日，县防汛指挥部召开调度会。会议决定：城区排涝由张立军牵头，县住建局落实；" \
           "河道清障由县水利局牵头，沿河乡镇落实。\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("城区排涝", "responsible", "县住建局"), ("河道清障", "lead", "县水利局"),
                   ("河道清障", "responsible", "沿河乡镇")}


def test_committee_printed_by_its_short_form_in_a_chain_of_posts():
    """``执委会常务副主任兼秘书长X``: two roles in the committee, and no post in a body called 执委会."""
    from govkg.facts import Position
    text = "全省运动会筹备工作会议召开\n5月8日，全省运动会筹备工作会议召开。市委常委、宣传部部长、执委会常务副主任兼秘书长刘建国，" \
           "市政府副秘书长、执委会副秘书长陈晓东出席会议。\n"
    doc = run(text)
    assert {(m.group, m.person, m.role) for m in doc.of(Membership)} == {
        ("执委会", "刘建国", "常务副主任"), ("执委会", "刘建国", "秘书长"), ("执委会", "陈晓东", "副秘书长")}
    assert not [p for p in doc.of(Position) if "执委会" in p.post.agency]


def test_head_roles_named_then_their_holders_by_posts():
    """``领导小组副组长为<职务>A，<职务>B；执行副组长为<职务>C``: the role first, then each holder."""
    text = "江川市生态保护领导小组成立\n市政府日前决定成立江川市生态保护领导小组。\n" \
           "领导小组副组长为市委常委、常务副市长刘建国，市政府秘书长陈晓东；执行副组长为市政府副秘书长王立新。\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    g = "江川市生态保护领导小组"
    assert got == {(g, "刘建国", "副组长"), (g, "陈晓东", "副组长"), (g, "王立新", "执行副组长")}


def test_task_table_printed_with_spaces_between_cells():
    """``序号 工 作 任 务 牵头负责部门`` then ``1 <任务> <部门>``: the task's first clause, the last cell's units."""
    text = HEAD + "一、各有关部门要按照分工抓紧落实。\n江川市人民政府\n2021年3月1日\n" \
                  "2021年重点指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 新增就业3万人以上 市人力资源社会保障局\n" \
                  "2 安排专项债券40亿元,重点用于交通 市财政局、市发展改革委\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("新增就业3万人以上", "lead", "市人力资源社会保障局"), ("安排专项债券40亿元", "lead", "市财政局"),
                   ("安排专项债券40亿元", "lead", "市发展改革委")}


def test_member_list_announced_and_begun_on_one_line_with_a_garbled_line():
    """``组成人员如下： 组长：A 职务`` (a lost line break) starts the list; a line the copy's encoding
    damaged keeps its name when one precedes the damage, and the list goes on after it."""
    text = "关于成立江川市乡村振兴领导小组的通知\n各县区人民政府：\n决定成立江川市乡村振兴领导小组。\n" \
           "江川市乡村振兴领导小组组成人员如下： 组　长：王志明　市长\n副组长：李国强　副市长\n" \
           "成　员：赵建平　市财政局局长\n孙海涛?ㄊ兴贮h组副书记、局长)\n周立新　市水利局局长\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    g = "江川市乡村振兴领导小组"
    assert got == {(g, "王志明", "组长"), (g, "李国强", "副组长"), (g, "赵建平", "成员"), (g, "孙海涛", "成员"),
                   (g, "周立新", "成员")}


def test_circled_numbers_enumerate_items():
    text = HEAD + "（二）住房安全方面。\n①有的农房存在安全隐患、排查整治不到位，有的危房改造对象认定不准，有的改造后未及时入住。（牵头单位：县住建局；责任单位：各乡镇）\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    task = "有的农房存在安全隐患、排查整治不到位"
    assert got == {(task, "lead", "县住建局"), (task, "responsible", "各乡镇")}


def test_sections_naming_members_or_an_event_are_not_tasks():
    """``二、成员单位 … X为牵头单位`` names a joint meeting's lead; ``四、活动组织 主办单位：X`` an event's host."""
    text = HEAD + "二、成员单位\n联席会议由市应急管理局、市公安局组成，市应急管理局为牵头单位。\n" \
                  "四、活动组织\n主办单位：市创建工作领导小组办公室\n协办单位：江川市义工联合会\n"
    assert run(text).of(Assignment) == []


def test_a_report_names_the_group_by_its_kind_after_naming_its_meeting():
    """``X指挥部会议召开 … 区委书记、指挥部总指挥长A从…``: the 指挥部 is the X whose meeting is reported."""
    text = "江川区防汛抗旱指挥部会议召开\n7月1日下午，江川区防汛抗旱指挥部会议召开。\n" \
           "区委书记、指挥部总指挥长王志明从压实责任、强化值守等方面提出要求。\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    assert got == {("江川区防汛抗旱指挥部", "王志明", "总指挥长")}


def test_member_printed_with_the_firm_they_come_from_and_no_title():
    text = "关于成立江川市元宵节焰火晚会领导小组的通知\n各有关单位：\n决定成立江川市元宵节焰火晚会领导小组。\n" \
           "组　长：王志明　副市长\n成　员：赵建平　市公安局局长\n孙海涛　江川市鑫鹏焰火燃放有限公司\n周立新　市移动公司总经理\n"
    got = {(m.person, m.role) for m in run(text).of(Membership)}
    assert got == {("王志明", "组长"), ("赵建平", "成员"), ("孙海涛", "成员"), ("周立新", "成员")}


def test_bare_unit_list_closing_an_item_first_leads_as_noted():
    """``（市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）`` after the item's last sentence."""
    text = HEAD + "三、主要措施\n（一）健全管理体制。落实各级政府责任，深化体制机制改革。" \
                  "（市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）\n" \
                  "（二）扩大普惠资源。新建一批公办幼儿园（含小区配套园）。（市住建局，市自然资源局）\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("健全管理体制", "lead", "市教育局"), ("健全管理体制", "responsible", "市委农办"),
                   ("健全管理体制", "responsible", "各县<市、区>人民政府"), ("扩大普惠资源", "lead", "市住建局"),
                   ("扩大普惠资源", "responsible", "市自然资源局")}


def test_task_records_printed_label_above_value():
    """A task table flattened to fields: ``具体任务`` / value / ``责任单位`` / value / ``配合单位`` / value,
    or ``重点工作: | 12.<任务> |`` rows."""
    text = "具体任务\n全面完成老旧小区改造,提升居住品质;加快建设口袋公园。\n责任单位\n住建局、财政局\n配合单位\n各乡镇\n" \
           "完成时限\n12月底前\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("全面完成老旧小区改造", "responsible", "住建局"), ("全面完成老旧小区改造", "responsible", "财政局"),
                   ("全面完成老旧小区改造", "support", "各乡镇")}
    rows_ = "重点工作: | 12.统筹城市更新,促进分类治理。 |\n牵头单位: | 市城市管理局 |\n年度目标: | 完成任务90%以上。 |\n"
    assert {(a.task, a.role, a.agency) for a in run(rows_).of(Assignment)} == {("统筹城市更新", "lead", "市城市管理局")}


def test_collective_body_ending_like_an_office_is_whole():
    """``各街道办事处、区住建局``: 各街道办事处 is a whole body, so the list has two."""
    text = HEAD + "二、重点任务\n（四）建立长效管理机制。落实管养责任。责任单位：各街道办事处、区住房和城乡建设局。\n"
    got = {(a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("responsible", "各街道办事处"), ("responsible", "区住房和城乡建设局")}


def test_box_table_rows_whose_cells_wrap_onto_continuation_lines():
    text = HEAD + "重点任务分工表\n" \
        "┌──┬────────┬────────┬──────────────┐\n" \
        "│序号│重点任务        │牵头单位        │配合单位                      │\n" \
        "├──┼────────┼────────┼──────────────┤\n" \
        "│ 1  │老街风貌整治    │市住房和城乡建设│市城市管理局、市文化广电和旅游│\n" \
        "│    │                │局              │局、城关镇人民政府            │\n" \
        "├──┼────────┼────────┼──────────────┤\n" \
        "│ 2  │交通微循环改造  │市交通运输局    │市公安局                      │\n" \
        "└──┴────────┴────────┴──────────────┘\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("老街风貌整治", "lead", "市住房和城乡建设局"), ("老街风貌整治", "support", "市城市管理局"),
                   ("老街风貌整治", "support", "市文化广电和旅游局"), ("老街风貌整治", "support", "城关镇人民政府"),
                   ("交通微循环改造", "lead", "市交通运输局"), ("交通微循环改造", "support", "市公安局")}


def test_departments_of_a_ministry_are_units():
    """A ministry's own departments (财务司, 规划计划司) lead and support its tasks."""
    text = "水利部办公厅关于印发网络安全工作要点的通知\n办信息〔2024〕5号\n部机关各司局：\n" \
           "序号\t重点任务\t牵头单位\t配合单位\n1\t保障网络安全建设资金\t财务司\t规划计划司、水利部信息中心\n"
    got = {(a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("lead", "财务司"), ("support", "规划计划司"), ("support", "水利部信息中心")}


def test_box_table_with_a_unit_cell_spanning_task_rows():
    """A unit cell beside several rows (a rule only in the task column between them) serves every
    task it spans; bulleted details (△…) under a task are not tasks; rules may be cut short by a copy."""
    text = "┌──────────┬────┬────────┐\n" \
           "│ 工 作 任 务 │分管领导│牵头组织实施单位│\n" \
           "├──────────┼────┼────────┤\n" \
           "│做好财税工作,增强保障能力│王志明│各县(市、区)政│\n" \
           "├──────────┤ │府,市财政局、市│\n" \
           "│△加大财政投入│ │税务局 │\n" \
           "├──────────┤ ├────────┤\n" \
           "│优先发展教育,提高全民素质│ │市教育局 │\n" \
           "└──────────┴────┴────────┘\n"
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("做好财税工作,增强保障能力", "lead", "各县(市、区)政府"), ("做好财税工作,增强保障能力", "lead", "市财政局"),
                   ("做好财税工作,增强保障能力", "lead", "市税务局"), ("优先发展教育,提高全民素质", "lead", "市教育局")}


def test_roles_in_a_committee_the_notice_set_up_in_a_hard_wrapped_paragraph():
    """A page that wrapped every line at a fixed width (a name cut in two); ``A任<委员会><角色>兼<角色>`` of
    a committee set up above (成立了X及办事机构)."""
    text = "各区、县人民政府，各委、局，各直属单位：\n为做好运动会各项筹备工作，我市下发通知，成立了运动会筹\n" \
           "备委员会及办事机构。\n根据工作需要，经市委、市政府同意，市委副秘书长王津生\n任运动会筹备委员会副主任兼秘书长，市政府办公厅副主任殷向\n" \
           "杰任运动会筹备委员会副主任兼副秘书长。\n江川市人民政府办公厅\n二〇一一年四月一日\n"
    got = {(m.group, m.person, m.role) for m in run(text).of(Membership)}
    g = "运动会筹备委员会"
    assert got == {(g, "王津生", "副主任"), (g, "王津生", "秘书长"), (g, "殷向杰", "副主任"), (g, "殷向杰", "副秘书长")}


def test_items_of_a_page_flattened_to_one_line_and_canjia_as_support():
    """A page that lost its line breaks keeps a space where they were: ``…意见： 一、某某战略 1.某某任务。…
    （A、B牵头，C、D参加） 2.某某…``: each numbered item is its own task, and 参加 supports like 参与."""
    text = ("江川市人民政府关于就业创业工作的意见\n各县区人民政府，市直各部门： 为做好就业工作，现提出以下意见： "
            "一、深入实施就业优先战略 1.坚持就业优先发展战略。各级政府要把扩大就业作为优先选项。"
            "（市发展改革委、市人力资源社会保障局牵头，市财政局、市统计局参加） 2.发挥小微企业就业主渠道作用。"
            "扶持发展小微企业。（市经济和信息化委牵头，市商务局参加）\n")
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    one, two = "坚持就业优先发展战略", "发挥小微企业就业主渠道作用"
    assert got == {(one, "lead", "市发展改革委"), (one, "lead", "市人力资源社会保障局"), (one, "support", "市财政局"),
                   (one, "support", "市统计局"), (two, "lead", "市经济和信息化委"), (two, "support", "市商务局")}


def test_holders_of_one_role_one_per_comma_with_their_posts():
    """``由县委书记甲某，县委副书记、县长乙某任顾问，县委常委丙某任政委，副县长丁某任组长，县人大常委会副主任戊某，
    县政协副主席己某任副组长``: the holders before a role's clause, back to 由 or to the last role's clause, share it."""
    text = ("某县人民政府常务会议纪要\n会议原则同意成立某县殡葬改革工作领导小组，由县委书记王某某，县委副书记、县长李某某任顾问，"
            "县委常委、县委政法委书记刘某任政委，县政府副县长杨某某任组长，县人大常委会副主任周某某，县政协副主席毛某某，"
            "县政府党组成员蒋某任副组长，相关单位主要负责人为成员。\n")
    got = {(m.person, m.role) for m in run(text).of(Membership)}
    assert {("王某某", "顾问"), ("李某某", "顾问"), ("刘某", "政委"), ("杨某某", "组长"), ("周某某", "副组长"),
            ("毛某某", "副组长"), ("蒋某", "副组长")} <= got


def test_head_count_before_a_group_set_up_is_not_its_name():
    """``镇政府成立13人防汛工作组。组长：甲；…``: the group is 防汛工作组, the head count no part of its name."""
    text = ("某镇人民政府关于做好防汛工作的通知\n各村委会：\n镇政府成立13人防汛工作组。组长：江某某；副组长：王某某、陈某某；"
            "成员：曾某某、郑某某。\n")
    got = {(m.group, m.role, m.person) for m in run(text).of(Membership)}
    assert ("防汛工作组", "组长", "江某某") in got and ("防汛工作组", "成员", "郑某某") in got


def test_first_of_the_bodies_responsible_leads_where_the_bracket_says_so():
    """``（甲局、乙委、丙局等负责，列第一位者为牵头单位，下同）``: the first leads, in this item and the next."""
    text = HEAD + ("（一）建立就业联动机制。把稳定就业作为经济运行的下限。（市发展改革委、市财政局、市统计局等负责，"
                   "列第一位者为牵头单位，下同）\n（二）发展吸纳就业能力强的产业。挖掘就业潜力。（市商务局、市农业局等负责）\n")
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert ("建立就业联动机制", "lead", "市发展改革委") in got and ("建立就业联动机制", "responsible", "市财政局") in got
    assert ("发展吸纳就业能力强的产业", "lead", "市商务局") in got


def test_member_units_each_with_its_duties_on_a_line():
    """``省甲厅：配合…，负责…`` / ``省乙局：负责…工作``, one unit to a line: one row per unit, its first clause."""
    text = ("三、成员单位职责\n省公安厅：配合和协助联席会议办公室组织日常工作，负责依法侦查。\n"
            "省财政厅：负责财政系统有关问题的查处，完成交办的工作。\n省农业厅：负责农业系统有关问题的查处工作。\n"
            "某某中心支行：参与有关活动的调查工作。\n四、工作规则\n")
    got = {(a.task, a.role, a.agency) for a in run(text).of(Assignment)}
    assert got == {("配合和协助联席会议办公室组织日常工作", "support", "省公安厅"),
                   ("负责财政系统有关问题的查处", "responsible", "省财政厅"),
                   ("负责农业系统有关问题的查处工作", "responsible", "省农业厅"),
                   ("参与有关活动的调查工作", "support", "某某中心支行")}
