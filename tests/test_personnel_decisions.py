"""Personnel decisions as real reports and listings print them: chains of decisions after one
verb, lists of names with asides, posts whose body is named once before them, clauses run
together on one line. Each case is a short notice in the general form."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def people(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


@pytest.mark.parametrize("sentence, expected", [
    # one 决定任命 opens a chain joined by 、; its first item says 兼任, a later one repeats 任命
    ("根据国务院的提请，决定任命周平兼任国家计划委员会主任、吴敏为水利部部长、任命郑和为交通部部长。",
     [("appointment", "周平", "国家计划委员会", "主任"), ("appointment", "吴敏", "水利部", "部长"),
      ("appointment", "郑和", "交通部", "部长")]),
    # several people removed from one post, an aside (女) among the names
    ("会议通过决议，免去方正、陈静(女)、何平的国务院副总理职务。",
     [("removal", "方正", "国务院", "副总理"), ("removal", "陈静", "国务院", "副总理"),
      ("removal", "何平", "国务院", "副总理")]),
])
def test_session_decisions(sentence, expected):
    assert people("某届人大常委会第五次会议简况\n" + sentence + "\n") == sorted(expected)


def test_listing_lines_of_a_news_page():
    """A listing dump: two decisions per line with a space between, a resignation as a removal,
    a head's post without its place (the province named before it in the line), an acting post
    stated twice in two wordings (the first kept), and a career fact (已任) that is no decision."""
    text = ("多省代理省长近日产生\n"
            "4月2日，会议决定，任命钱江为浙江省副省长、代省长。前任省长孙河已任山西省委书记。\n"
            "代理省长任免：\n"
            "孙河辞去浙江省省长职务 钱江任副省长、代理省长\n"
            "周海辞去青海省省长职务 吴山任代理省长\n"
            "赵林任北京市某区委书记 马平任某县委书记\n")
    assert people(text) == sorted([
        ("appointment", "钱江", "浙江省人民政府", "副省长"), ("appointment", "钱江", "浙江省人民政府", "代省长"),
        ("removal", "孙河", "浙江省人民政府", "省长"),
        ("removal", "周海", "青海省人民政府", "省长"), ("appointment", "吴山", "青海省人民政府", "代理省长"),
        ("appointment", "赵林", "北京市某区委", "书记"), ("appointment", "马平", "某县委", "书记")])


@pytest.mark.parametrize("sentence, expected", [
    # a resignation accepted in the title of a decision the session passed
    ("会议表决通过了《某省人大常委会关于接受高远同志请求辞去某省人民政府副省长职务的决定》。",
     [("removal", "高远", "某省人民政府", "副省长")]),
    # the level printed once: 重庆市长 is the head of 重庆市人民政府
    ("会议决定接受田野辞去重庆市长职务的请求，任命石磊为重庆市人民政府代理市长。",
     [("appointment", "石磊", "重庆市人民政府", "代理市长"), ("removal", "田野", "重庆市人民政府", "市长")]),
])
def test_resignations_in_reports(sentence, expected):
    assert people("某届人大常委会第五次会议简况\n" + sentence + "\n") == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    # a court's units named after the court: its committee, a division, and 审判员 of the court itself
    ("会议决定免去钱明的市中级人民法院副院长、审判委员会委员、民事审判庭庭长、审判员职务。",
     [("removal", "钱明", "市中级人民法院", "副院长"), ("removal", "钱明", "市中级人民法院审判委员会", "委员"),
      ("removal", "钱明", "市中级人民法院民事审判庭", "庭长"), ("removal", "钱明", "市中级人民法院", "审判员")]),
    # a dated event (the day: 3月25日) is no career history; 不满46岁的X被任命为…: the name after 的
    ("3月25日，孙河辞去青海省省长职务，不满50岁的钱江被任命为青海省代省长。",
     [("removal", "孙河", "青海省人民政府", "省长"), ("appointment", "钱江", "青海省人民政府", "代省长")]),
    # an acting post without 职务; a person who 已调任 elsewhere is no appointee of this session, and
    # the resignation after the comma is theirs
    ("会议决定：市人民政府副市长吴山代理市长。", [("appointment", "吴山", "市人民政府", "代理市长")]),
    ("于海因已调任省旅游局局长，请求辞去市政府副市长职务。", [("removal", "于海", "市人民政府", "副市长")]),
    # one decision printed twice, first with a short body, then with the place: the place is kept
    ("决定任命王平为市政府副市长。会议表决通过了人事任免事项，决定任命王平为江城市人民政府副市长。",
     [("appointment", "王平", "江城市人民政府", "副市长")]),
])
def test_dated_events_acting_posts_and_courts(sentence, expected):
    assert people("某市人大常委会举行第三次会议\n" + sentence + "\n") == sorted(expected)


def test_decision_act_titled_with_its_decision():
    """An act whose title states the decision (关于X为Y代理市长的决定) is a personnel act."""
    text = ("江城市人民代表大会常务委员会关于张林为江城市人民政府代理市长的决定\n"
            "（2015年1月5日江城市第十五届人民代表大会常务委员会第十七次会议通过）\n"
            "江城市第十五届人民代表大会常务委员会第十七次会议决定张林为江城市人民政府代理市长。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert nf.document.kind == "personnel"
    assert people(text) == [("appointment", "张林", "江城市人民政府", "代理市长")]


@pytest.mark.parametrize("sentence, expected", [
    # a subtitle: decisions run together with spaces between them
    ("决定任命陈林为某省副省长 决定陈林为某省代理省长 决定接受高山辞去某省省长职务的请求",
     [("appointment", "陈林", "某省人民政府", "代理省长"), ("appointment", "陈林", "某省人民政府", "副省长"),
      ("removal", "高山", "某省人民政府", "省长")]),
    # A、B、C三位同志为Y: the count is no part of the last name
    ("会议决定任命吕平、李军、何方三位同志为县监察委员会委员。",
     [("appointment", "何方", "县监察委员会", "委员"), ("appointment", "吕平", "县监察委员会", "委员"),
      ("appointment", "李军", "县监察委员会", "委员")]),
    # 曾担任 (a career), 副主任 (a title ending in 任), 不再担任 with no one appointed before: no rows
    ("汪林曾担任过交通运输部总工程师。", []),
    ("县人大常委会主任傅伟，副主任黄东、雷永出席会议。", []),
    ("会议决定，因工作变动，不再担任县人民政府副县长职务。", []),
])
def test_run_on_decisions_counts_and_verbs_that_end_in_ren(sentence, expected):
    assert people("某县人大常委会举行第九次会议\n" + sentence + "\n") == sorted(expected)


def test_bare_provincial_bodies_take_the_province_of_their_line():
    """A report on several provinces, none its own: 省人大常委会 is the one of the province the line names."""
    text = ("两省人大常委会人事变动\n"
            "据报道，湖北省人大常委会日前决定，免去冯山的省人大常委会副主任职务。\n"
            "另据报道，四川省人大常委会日前决定，免去夏林的省人民政府副省长职务。\n")
    assert people(text) == [("removal", "冯山", "湖北省人大常委会", "副主任"),
                            ("removal", "夏林", "四川省人民政府", "副省长")]


def test_resignations_passed_as_letters():
    """通过了关于A、B两位同志辞去X以及C、D等N位同志辞去Y的辞呈: each named person leaves that post;
    a deputy's seat (县人大代表) is a post of the congress."""
    text = ("某县人大常委会举行第十次会议\n"
            "会议表决通过了关于严军、朱丽两位同志辞去县人大常委会委员以及曾平、许东等12位同志辞去县人大代表的辞呈。\n")
    assert people(text) == sorted([
        ("removal", "严军", "县人大常委会", "委员"), ("removal", "朱丽", "县人大常委会", "委员"),
        ("removal", "曾平", "县人大", "代表"), ("removal", "许东", "县人大", "代表")])


def test_bare_body_stays_as_printed_where_its_line_names_no_province():
    """A report on one province: 省政府 in a line that names no province stays as printed."""
    text = ("马林任山西省代理省长\n"
            "本报讯 省人大常委会会议表决通过人事任免事项，决定任命马林为省政府副省长。\n")
    assert people(text) == [("appointment", "马林", "省人民政府", "副省长")]


def test_news_report_of_changes_is_a_personnel_text():
    """A news page under a headline that names no decision: lines ``X任Y``, ``X调任Y``, ``X不再担任Y职务``
    make it a personnel text; a modal or adverb before 任 (再兼任, 还会兼任) is no decision."""
    text = ("某某资讯网\n\n近日多地政府秘书长人选确认\n\n"
            "  甲某任某某省政府秘书长,\n\n  乙某某任某北省政府秘书长。\n\n"
            "  甲某如今再兼任省政府秘书长。在很多省份,秘书长还会兼任政府办公厅主任。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert nf.document.kind == "personnel"
    assert people(text) == sorted([("appointment", "甲某", "某某省人民政府", "秘书长"),
                                   ("appointment", "乙某某", "某北省人民政府", "秘书长")])


@pytest.mark.parametrize("sentence, expected", [
    # 决定: then 为-clauses joined by ；
    ("会议决定:王甲为某省代理省长;李乙、赵丙为某省副省长。",
     [("appointment", "王甲", "某省人民政府", "代理省长"), ("appointment", "李乙", "某省人民政府", "副省长"),
      ("appointment", "赵丙", "某省人民政府", "副省长")]),
    # 任命A任X、B任Y: 任 as the copula of a chain (the 任 of 主任 is not)
    ("会议决定任命王甲任市发展和改革委员会主任、李乙任市民政局局长、赵丙任市体育局局长。",
     [("appointment", "王甲", "市发展和改革委员会", "主任"), ("appointment", "李乙", "市民政局", "局长"),
      ("appointment", "赵丙", "市体育局", "局长")]),
    # 免去A的X职务、B的Y职务: a chain of removals
    ("会议决定免去王甲的市民政局局长职务、李乙的市交通局局长职务、赵丙的市人大常委会农村工作委员会副主任职务。",
     [("removal", "王甲", "市民政局", "局长"), ("removal", "李乙", "市交通局", "局长"),
      ("removal", "赵丙", "市人大常委会农村工作委员会", "副主任")]),
])
def test_chains_after_one_decision(sentence, expected):
    assert people("某届人大常委会第五次会议简况\n" + sentence + "\n") == sorted(expected)


def test_transfers_and_new_holders_in_a_news_report():
    """``甲校副校长X调任乙校书记、副校长``: the post moved to (the former post gives no row); ``另有任用``
    gives none; ``一批新校长助理诞生，他们分别是A的甲、乙，B的丙以及C的丁``: each school's assistant."""
    text = ("今天开学\n"
            "昨天，某市教育局发布了任职通知。其中，市直属校中，某市一中副校长王甲调任某市六中书记、副校长；"
            "某市六中副校长李乙调任市教育科学研究院副院长；某市工商学校书记、校长赵丙另有任用。\n"
            "此外，还有一批新校长助理诞生，他们分别是某市一中的钱丁、孙戊，实验小学的周己以及外国语学校的吴庚。\n")
    assert people(text, (Appointment, Removal, Position)) == sorted([
        ("appointment", "王甲", "某市六中", "书记"), ("appointment", "王甲", "某市六中", "副校长"),
        ("appointment", "李乙", "市教育科学研究院", "副院长"),
        ("appointment", "钱丁", "某市一中", "校长助理"), ("appointment", "孙戊", "某市一中", "校长助理"),
        ("appointment", "周己", "实验小学", "校长助理"), ("appointment", "吴庚", "外国语学校", "校长助理")])


def test_a_holder_leaves_and_a_successor_takes_the_post():
    """``X不再担任Y校长职务,新校长由乙校的Z担任``: a removal, and the same post for the successor."""
    text = ("某中学更换校长\n"
            "  近日,某市教育局调整了某市一中校长的领导职务:王甲不再担任某市一中校长职务,"
            "新校长由某市第二中学(某市二中)的李乙担任。\n")
    assert people(text) == sorted([("removal", "王甲", "某市一中", "校长"), ("appointment", "李乙", "某市一中", "校长")])


def test_township_party_posts_nominations_and_deputy_seats():
    """``党工委副书记、政法委员``: a township Party committee's post; ``提名任…主任`` is a nomination (no
    row); a resignation from a deputy's seat and a committee post gives both."""
    text = ("某街道领导班子任免\n"
            "何甲同志任某街道党工委书记,提名任某街道办事处主任;\n"
            "张乙同志任某街道党工委副书记、政法委员;\n")
    assert people(text) == sorted([("appointment", "何甲", "某街道党工委", "书记"),
                                   ("appointment", "张乙", "某街道党工委", "副书记"),
                                   ("appointment", "张乙", "某街道党工委", "政法委员")])
    report = ("某区人大常委会举行会议\n会议接受杨甲同志辞去某区第五届人大代表、某区人大常委会人事工作委员会委员职务的请求。\n")
    assert people(report) == sorted([("removal", "杨甲", "某区第五届人大", "代表"),
                                     ("removal", "杨甲", "某区人大常委会人事工作委员会", "委员")])


def test_a_career_clause_after_a_comma_is_no_post():
    """``任命X为Y，X此前是Z厅厅长``: the clause after the comma is a career fact, not a second post."""
    text = "某省人大常委会会议\n会议经表决，任命王甲为某省卫生和计划生育委员会主任，王甲此前是某省卫生厅厅长。\n"
    assert people(text) == [("appointment", "王甲", "某省卫生和计划生育委员会", "主任")]


@pytest.mark.parametrize("sentence, expected", [
    # 罢免 (a congress), 撤销 (a sanction), 解除: removals like 免去; a deputy's seat has no title of its own
    ("会议决定：罢免王甲的某省人民代表大会代表职务；撤销李乙的某省人民政府副省长职务；解除赵丙的某省高级人民法院审判员职务。",
     [("removal", "王甲", "某省人民代表大会", "代表"), ("removal", "李乙", "某省人民政府", "副省长"),
      ("removal", "赵丙", "某省高级人民法院", "审判员")]),
    # 决定：then 任命 (the 决定 is no part of a name), and 并决定其为 the acting post
    ("县人大常委会会议决定：任命孙丁为某县人民政府副县长，并决定其为某县人民政府代理县长。",
     [("appointment", "孙丁", "某县人民政府", "副县长"), ("appointment", "孙丁", "某县人民政府", "代理县长")]),
])
def test_removal_verbs_and_decisions_after_a_colon(sentence, expected):
    assert people("某届人大常委会第五次会议简况\n" + sentence + "\n") == sorted(expected)


def test_several_people_in_one_item_of_a_section_and_appointments_by_contract():
    """``一、任命：A、B为Y``: each person; ``免去X所兼Y职务`` (an old gazette's wording); 聘任 / 续聘 /
    解聘 are the verbs, not part of the names."""
    text = ("某市人大常委会任免名单\n一、任命：\n王甲为某市人民政府秘书长；\n李乙、赵丙为某市人民检察院检察员。\n"
            "二、免去：\n孙丁的某市人民政府秘书长职务。\n三、免去钱戊所兼某市人民政府委员职务。\n")
    assert people(text) == sorted([
        ("appointment", "王甲", "某市人民政府", "秘书长"), ("appointment", "李乙", "某市人民检察院", "检察员"),
        ("appointment", "赵丙", "某市人民检察院", "检察员"), ("removal", "孙丁", "某市人民政府", "秘书长"),
        ("removal", "钱戊", "某市人民政府", "委员")])
    hired = ("某州人民政府关于聘任王甲等同志的通知\n经研究，决定聘任王甲同志为某州人民政府参事，聘期三年；"
             "续聘李乙同志为某州人民政府参事；解聘赵丙同志的某州人民政府参事职务。\n")
    assert people(hired) == sorted([("appointment", "王甲", "某州人民政府", "参事"),
                                    ("appointment", "李乙", "某州人民政府", "参事"),
                                    ("removal", "赵丙", "某州人民政府", "参事")])


def test_hearsay_of_a_post_is_no_decision():
    """``据悉，X任Y``: what a reporter learned someone holds, not a decision the report states."""
    text = ("某省人大常委会任免一批干部\n会议决定免去王甲的某省监察厅厅长职务。"
            "据悉，王甲任省委第一巡视组组长，将带领巡视组开展巡视。\n")
    assert people(text) == [("removal", "王甲", "某省监察厅", "厅长")]


def test_resignations_approved_removals_of_a_concurrent_post_and_posts_that_end():
    """``批准/同意X辞去Y职务``: an accepted resignation (a removal); ``免去X兼任的Y职务``; ``任命X兼Y``;
    ``X的Y职务相应终止``: a removal; a committee of one term's congress keeps its term."""
    text = ("某省人大常委会第八次会议闭幕\n"
            "会议通过任命王甲兼某某部部长。会议批准赵丙辞去某某部副部长职务，同意孙丁因年龄原因辞去某某局局长职务。"
            "会议决定免去钱戊兼任的某省人民政府秘书长职务。"
            "同时，周己的某市第十届人民代表大会社会建设委员会副主任委员职务相应终止。\n")
    assert people(text) == sorted([
        ("appointment", "王甲", "某某部", "部长"), ("removal", "赵丙", "某某部", "副部长"),
        ("removal", "孙丁", "某某局", "局长"), ("removal", "钱戊", "某省人民政府", "秘书长"),
        ("removal", "周己", "某市第十届人民代表大会社会建设委员会", "副主任委员")])


def test_a_reason_before_leaving_and_a_working_committee_after_a_deputy_seat():
    """``X同志因工作调动，不再担任Y职务``: a removal; ``辞去某区第N届人大代表、人事工作委员会委员职务``: the
    working committee is the standing committee's (某区人大常委会人事工作委员会)."""
    text = ("某县召开干部大会宣布主要领导调整决定\n宣布了市委的决定：王甲同志任中共某县委员会书记；"
            "李乙同志因工作调动，不再担任中共某县委员会书记职务。\n")
    assert people(text) == sorted([("appointment", "王甲", "中共某县委员会", "书记"),
                                   ("removal", "李乙", "中共某县委员会", "书记")])
    report = "某区人大常委会举行会议\n会议接受杨甲同志辞去某区第五届人大代表、人事工作委员会委员职务的请求。\n"
    assert people(report) == sorted([("removal", "杨甲", "某区第五届人大", "代表"),
                                     ("removal", "杨甲", "某区人大常委会人事工作委员会", "委员")])


def test_a_preposition_before_a_holders_post_is_no_agency():
    """``在镇长X同志的带领下``: the holder of 镇长, not of a body called 在."""
    text = ("某镇第六届人民代表大会第一次会议胜利召开\n9月10日，某镇召开会议。选举结束后，在镇长王甲同志的带领下，"
            "新当选同志进行了宪法宣誓。\n")
    assert people(text, (Position,)) == [("position", "王甲", "镇人民政府", "镇长")]


@pytest.mark.parametrize("posts, expected", [
    ("某镇党委副书记、政法委员", [("某镇党委", "副书记"), ("某镇党委", "政法委员")]),
    ("市体育局纪检组长", [("市体育局", "纪检组长")]),
    ("市教育局主任督学", [("市教育局", "主任督学")]),
    ("某市一中校长", [("某市一中", "校长")]),  # a school's short name keeps its 中
    ("某市第一中学校长助理", [("某市第一中学", "校长助理")]),
])
def test_titles_of_schools_bureaus_and_township_party_committees(posts, expected):
    from govkg.extract.posts import split_posts
    assert [(p.agency, p.title) for p in split_posts(posts)] == expected


def test_a_party_committee_election_in_a_news_report():
    """``中共某省第N届委员会…选举A为省委书记，B、C(女)为省委副书记，当选为省委常委的还有D、E(满族)``:
    positions (an election states who holds a post) in the province the line names; asides blanked."""
    text = ("据新华社电中共河北省第九届委员会第一次全体会议10月31日选举王甲为省委书记,李乙、赵丙为省委副书记,"
            "当选为省委常委的还有孙丁、钱戊(满族)、周己。\n")
    assert people(text, (Position,)) == sorted([
        ("position", "王甲", "河北省委", "书记"), ("position", "李乙", "河北省委", "副书记"),
        ("position", "赵丙", "河北省委", "副书记"), ("position", "孙丁", "河北省委", "常委"),
        ("position", "钱戊", "河北省委", "常委"), ("position", "周己", "河北省委", "常委")])


def test_the_proposer_of_a_decision_holds_a_post():
    """``会议根据市人民政府市长X的提请``: the proposer holds the post (根据 is no part of the body)."""
    text = "某市人大常委会举行会议\n会议根据市人民政府市长郭某的提请，经审议表决，决定任命李某为市民政局局长。\n"
    assert people(text, (Position, Appointment)) == sorted([("appointment", "李某", "市民政局", "局长"),
                                                            ("position", "郭某", "市人民政府", "市长")])


@pytest.mark.parametrize("agency, expected", [
    ("某市第十届人民代表大会社会建设委员会", "某市第十届人民代表大会社会建设委员会"),  # a committee of one term
    ("某市第十五届人民代表大会常务委员会", "某市人民代表大会常务委员会"),  # the standing committee: the body
    ("某省第十届人大常委会", "某省人大常委会"),
])
def test_a_congress_term_stays_only_with_its_committees(agency, expected):
    from govkg.extract.posts import normalise_agency
    assert normalise_agency(agency)[0] == expected


def test_a_spam_word_in_place_of_the_place_is_no_body():
    """``决定任命X为某某app官方下载副省长``: a mirror's spam word stands where the province was; the post
    is the bare 省人民政府's."""
    text = ("省人大常委会举行第五次会议\n会议决定任命王甲为某某app官方下载副省长，并决定王甲为某某app官方下载代理省长。\n")
    assert people(text) == sorted([("appointment", "王甲", "省人民政府", "副省长"),
                                   ("appointment", "王甲", "省人民政府", "代理省长")])


def test_a_transfer_that_names_where_the_person_comes_from():
    """``X由甲校副校长调任乙校校长`` / ``X同志从甲局调任乙校校长``: the post moved to only."""
    text = ("某县教育系统人事调整\n近日，某县教育局对部分学校领导进行了调整：王甲由某县一中副校长调任某县二中校长；"
            "李乙同志从县教育局调任某县实验小学校长。\n")
    assert people(text, (Appointment, Removal, Position)) == sorted([
        ("appointment", "王甲", "某县二中", "校长"), ("appointment", "李乙", "某县实验小学", "校长")])


def test_a_passive_appointment_in_a_short_news_item_and_decisions_after_事项():
    """``X被任命为Y`` makes a news item a personnel text; ``通过了人事任免事项：X任Y；免去…`` reads the
    decisions after the colon."""
    news = "某县迎来新县长\n近日，王甲被任命为某县人民政府副县长、代理县长。\n"
    assert people(news) == sorted([("appointment", "王甲", "某县人民政府", "副县长"),
                                   ("appointment", "王甲", "某县人民政府", "代理县长")])
    report = "某市人大常委会会议闭幕\n会议表决通过了人事任免事项：王甲任某市民政局局长；免去李乙的某市民政局局长职务。\n"
    assert people(report) == sorted([("appointment", "王甲", "某市民政局", "局长"),
                                     ("removal", "李乙", "某市民政局", "局长")])
def test_party_plenum_election_with_notes_after_names():
    # (a province is one of a closed set: the bare 省委 is read against the provinces the line names)
    text = ("据新华社电中共河北省第九届委员会第一次全体会议10月31日选举王明为省委书记，李华、赵丽娟为省委副书记，"
            "当选为省委常委的还有孙强、马国庆(满族)、周平。\n")
    assert people(text, (Position,)) == sorted([
        ("position", "王明", "河北省委", "书记"), ("position", "李华", "河北省委", "副书记"),
        ("position", "赵丽娟", "河北省委", "副书记"), ("position", "孙强", "河北省委", "常委"),
        ("position", "马国庆", "河北省委", "常委"), ("position", "周平", "河北省委", "常委")])


def test_decision_after_a_colon():
    text = ("又讯10月31日召开的某某省第十届人民代表大会常务委员会第二十四次会议决定：张某为某某省代理省长；"
            "王某、李某为某某省副省长。\n")
    assert people(text) == sorted([
        ("appointment", "张某", "某某省人民政府", "代理省长"), ("appointment", "王某", "某某省人民政府", "副省长"),
        ("appointment", "李某", "某某省人民政府", "副省长")])


def test_people_listed_after_a_note_on_their_current_posts():
    text = ("某省政府免去六名副秘书长\n\n21日，某省发布人事任免文件，免去6位省政府副秘书长的职务。"
            "记者了解到，被免去某省政府副秘书长职务的2人，目前还担任着其他政府部门的职务。"
            "张某任某省国家安全厅厅长，王某任省发改委主任。\n")
    got = people(text, (Appointment, Removal, Position))
    assert ("position", "张某", "某省国家安全厅", "厅长") in got and ("position", "王某", "省发改委", "主任") in got
    assert ("removal", "张某", "某省人民政府", "副秘书长") in got and ("removal", "王某", "某省人民政府", "副秘书长") in got
    assert not [g for g in got if g[0] == "appointment"]


def test_transfers_are_appointments_to_the_new_post_only():
    text = ("今天是开学第一天，不少学校的校长换人了。\n其中，甲市六中副校长王某某调任甲市教育科学研究院副院长；"
            "甲市音乐学校校长、书记李某调任市招生考试委员会办公室书记、主任；张某某另有任用。\n")
    assert people(text, (Appointment, Removal, Position)) == sorted([
        ("appointment", "王某某", "甲市教育科学研究院", "副院长"),
        ("appointment", "李某", "市招生考试委员会办公室", "书记"), ("appointment", "李某", "市招生考试委员会办公室", "主任")])


def test_chains_of_decisions_after_one_verb():
    text = ("某某市人大常委会举行会议\n会议经审议表决，决定任命李某某任市民政局局长、张某任市园林局局长，"
            "免去王某某的市民政局局长职务、赵某的市交通局局长职务、刘某某的市人大常委会农村工作委员会副主任职务。\n")
    got = people(text)
    for row in [("appointment", "李某某", "市民政局", "局长"), ("appointment", "张某", "市园林局", "局长"),
                ("removal", "王某某", "市民政局", "局长"), ("removal", "赵某", "市交通局", "局长"),
                ("removal", "刘某某", "市人大常委会农村工作委员会", "副主任")]:
        assert row in got


def test_party_committee_member_titles_and_nominations():
    text = ("某街道成立\n何某某同志任某某街道党工委书记，提名任某某街道办事处主任；张某同志任某某街道党工委副书记、政法委员。\n")
    got = people(text)
    assert ("appointment", "张某", "某某街道党工委", "政法委员") in got
    assert not [g for g in got if g[1] == "提名"]


def test_career_notes_and_adverbs_are_not_decisions():
    text = ("某省卫生厅换帅\n27日上午，某省人大常委会会议经表决，任命张某为某省卫生和计划生育委员会主任，张某此前是某省卫生厅厅长。"
            "今年2月，李某被选为某省副省长，如今再兼任省政府秘书长。在很多省份，秘书长还会兼任政府办公厅主任。\n")
    got = people(text)
    assert ("appointment", "张某", "某省卫生和计划生育委员会", "主任") in got
    assert not [g for g in got if "卫生厅" in g[2] or g[1] in ("如今再", "秘书长还会")]


def test_removals_chained_by_commas_and_semicolons_after_one_verb():
    text = ("某县人大常委会召开会议\n会议还进行了有关人事任免。免去张甲的县人大常委会办公室副主任职务,"
            "李乙的县人大常委会财政经济工作委员会副主任职务;赵丁的县人大常委会北城街道工作委员会主任职务。\n")
    assert people(text) == sorted([
        ("removal", "张甲", "县人大常委会办公室", "副主任"), ("removal", "李乙", "县人大常委会财政经济工作委员会", "副主任"),
        ("removal", "赵丁", "县人大常委会北城街道工作委员会", "主任")])
def test_office_holders_in_prose_after_a_preposition_and_inspector_titles():
    text = ("某镇第六届人民代表大会第一次会议胜利召开\n选举结束后，在镇长张某某同志的带领下，全体当选人员进行了宪法宣誓。\n")
    got = people(text, (Position,))
    assert ("position", "张某某", "镇人民政府", "镇长") in got and not [g for g in got if g[2] == "在"]


def test_office_holders_named_as_the_proposers_of_decisions():
    text = ("某市人大常委会举行会议\n会议根据市人民政府市长张某某的提请，经审议表决，决定任命王某为市民政局局长。"
            "会议还根据市人民检察院检察长李某某的提请，经审议表决，免去赵某的市人民检察院副检察长职务。\n")
    got = people(text, (Position,))
    assert ("position", "张某某", "市人民政府", "市长") in got and ("position", "李某某", "市人民检察院", "检察长") in got


def test_no_longer_holds_a_post_after_a_colon_and_schools_by_short_name():
    text = ("某市一中更换校长\n  据报道，某市教育局调整了某市一中校长的领导职务:张某某不再担任某市一中校长职务，新校长另行任命。\n")
    assert ("removal", "张某某", "某市一中", "校长") in people(text)


@pytest.mark.parametrize("sentence, expected", [
    # 分别免去 a chain of people joined by ；, each with two posts joined by 、
    ("经会议表决通过，免职3人，分别免去赵某的省人大财政经济委员会副主任委员、省人大常委会预算工作委员会副主任职务；"
     "钱某的省人大常委会法制工作委员会主任职务；孙某的省人大常委会代表资格审查委员会主任委员、人事工作委员会主任职务。",
     [("removal", "赵某", "省人大财政经济委员会", "副主任委员"), ("removal", "赵某", "省人大常委会预算工作委员会", "副主任"),
      ("removal", "钱某", "省人大常委会法制工作委员会", "主任"),
      ("removal", "孙某", "省人大常委会代表资格审查委员会", "主任委员"), ("removal", "孙某", "省人大常委会人事工作委员会", "主任")]),
    # 其中任命 with no comma before the verb: 其中 is no person
    ("会议表决通过，任命2人，其中任命赵某为省人大常委会法制工作委员会副主任，钱某为省人大常委会预算工作委员会主任。",
     [("appointment", "赵某", "省人大常委会法制工作委员会", "副主任"), ("appointment", "钱某", "省人大常委会预算工作委员会", "主任")]),
    # resignations a report states as requested (提出辞去), one or several people; the congress's term kept as printed,
    # a committee after the standing committee's seat is the congress's own special committee
    ("因年龄原因，赵某提出辞去某省十二届人大常委会委员、法制委员会主任委员职务，钱某、孙某分别提出辞去某省十二届人大常委会委员职务。",
     [("removal", "赵某", "某省十二届人大常委会", "委员"), ("removal", "赵某", "某省十二届人大法制委员会", "主任委员"),
      ("removal", "钱某", "某省十二届人大常委会", "委员"), ("removal", "孙某", "某省十二届人大常委会", "委员")]),
    # an accepted resignation of several people named by the first (赵某等同志) with no count
    ("会议审议通过了关于接受赵某等同志辞去某市第九届人民代表大会代表职务请求的决定。",
     [("removal", "赵某", "某市第九届人民代表大会", "代表")]),
])
def test_congress_removal_lists(sentence, expected):
    assert people("某届人大常委会第五次会议简况\n" + sentence + "\n") == sorted(expected)


def test_court_posts_after_its_committee():
    """A court's own posts printed after the seat on its judicial committee are the court's, not the committee's."""
    text = ("某县人大常委会举行第九次会议\n会议决定，任命赵某同志为某县人民法院审判员、审判委员会委员、副院长、代理院长；"
            "任命钱某同志为某县人民检察院检察员、检察委员会委员、副检察长。\n")
    assert people(text) == sorted([
        ("appointment", "赵某", "某县人民法院", "审判员"), ("appointment", "赵某", "某县人民法院审判委员会", "委员"),
        ("appointment", "赵某", "某县人民法院", "副院长"), ("appointment", "赵某", "某县人民法院", "代理院长"),
        ("appointment", "钱某", "某县人民检察院", "检察员"), ("appointment", "钱某", "某县人民检察院检察委员会", "委员"),
        ("appointment", "钱某", "某县人民检察院", "副检察长")])


def test_resignations_of_holders_named_by_their_posts():
    """A session hears office-holders' requests to resign from their 领导职务 (posts not named in the request) and
    accepts them: each holder leaves the posts printed with their name; people named without posts give no rows."""
    text = ("某县人大常委会举行第九次会议\n会议就县人民政府县长王某关于张某、李某两位同志辞去领导职务的提请报告；"
            "县人民法院院长赵某、县人民检察院检察长钱某关于辞去领导职务的提请报告进行了审查。经投票表决，会议同意以上四位同志辞去领导职务。\n")
    got = people(text, kinds=(Removal, Position))
    assert [r for r in got if r[1] in ("赵某", "钱某")] == sorted([  # (the post it takes is no position as well)
        ("removal", "赵某", "县人民法院", "院长"), ("removal", "钱某", "县人民检察院", "检察长")])


def test_appointment_then_the_post_left_in_the_same_clause():
    """``甲某同志任X（正职待遇），不再担任Y职务``: a note on rank after the post, and the post the person leaves
    after a comma (不再担任 reads as no name + 任)."""
    text = ("某集团召开干部大会\n会议宣布了关于某集团主要领导任职的决定:张某同志任某集团副董事长(正职待遇),不再担任某集团总经理职务;"
            "李某同志担任某集团监事会主席,不再担任某集团总会计师职务。\n")
    assert people(text) == sorted([
        ("appointment", "张某", "某集团", "副董事长"), ("removal", "张某", "某集团", "总经理"),
        ("appointment", "李某", "某集团", "监事会主席"), ("removal", "李某", "某集团", "总会计师")])


def test_changes_a_news_report_tells_in_its_own_words():
    """卸任 (left a post), 转任 (moved to one), 接棒乙某，任X (took X over from 乙某), each of the person the
    sentence follows; a post left without a title (卸任某部职务) gives no row."""
    text = ("多部委调整领导班子\n近期，国务院多个部门进行了领导班子调整。\n"
            "2013年已年满60岁的张某在今年3月卸任某部职务，转任某某促进会会长。\n"
            "6月27日，两个月前调任某部工作的李某正式接棒王某，任某部部长。\n"
            "同在6月份，年满61岁的赵某也因到了退休年龄，卸任某部副部长。\n"
            "除了上述调整，6月，国务院还任命孙某为某局副局长。\n"
            "钱某于2015年卸任某厅厅长，此后一直在某会工作。\n")  # (a past step of a career: no row)
    assert people(text) == sorted([
        ("appointment", "孙某", "某局", "副局长"), ("appointment", "张某", "某某促进会", "会长"), ("appointment", "李某", "某部", "部长"),
        ("removal", "王某", "某部", "部长"), ("removal", "赵某", "某部", "副部长")])


def test_probation_ended_then_appointed_in_the_next_clause():
    """``乙某试用期满，正式任命为X``: the clause after the comma is 乙某's, not the person of the item before."""
    text = ("某市人民政府关于某某等同志职务任免的通知\n经研究，决定：\n任命：\n甲某为市应急管理局副局长，试用期一年；\n"
            "乙某试用期满，正式任命为市行政审批服务管理局副局长，任职时间从2023年5月起算。\n")
    assert people(text) == sorted([
        ("appointment", "甲某", "市应急管理局", "副局长"), ("appointment", "乙某", "市行政审批服务管理局", "副局长")])


def test_acting_head_named_by_the_post_printed_after_the_name():
    """``决定甲某副区长代理某区人民政府区长职务``: the acting post, and 副区长 of the same government as held now."""
    text = ("某区人大常委会召开第十一次会议\n昨天上午，区七届人大常委会召开第十一次会议，决定接受王某辞去某区人民政府区长职务的请求，"
            "决定张某副区长代理某区人民政府区长职务。\n")
    assert people(text, kinds=(Appointment, Removal, Position)) == sorted([
        ("appointment", "张某", "某区人民政府", "代理区长"), ("position", "张某", "某区人民政府", "副区长"),
        ("removal", "王某", "某区人民政府", "区长")])


def test_appointments_with_the_verb_to_employ():
    """``会议经表决，录用A为X；录用B、C为Y``: 录用 (employ; a reworded copy's word for 任命) appoints like 任命."""
    text = ("某届人大常委会第五次会议简况\n会议经表决，录用陈某为某委员会副主任委员；录用孙某、杜某为某经济委员会副主任委员；"
            "免去李某的某委员会副主任职务。\n")
    assert people(text) == sorted([
        ("appointment", "陈某", "某委员会", "副主任委员"), ("appointment", "孙某", "某经济委员会", "副主任委员"),
        ("appointment", "杜某", "某经济委员会", "副主任委员"), ("removal", "李某", "某委员会", "副主任")])


def test_news_appointment_stated_as_a_post_taken_up():
    """``<posts>甲某任某部党组副书记一职``: a news report's appointment mid-sentence, the holder described by
    posts that do not parse (a rank in brackets)."""
    text = ("多部委调整领导班子\n7月2日上午，某部网站发布的消息显示，某部国际贸易谈判代表(正部长级)兼副部长张某任某部党组副书记一职，"
            "此前为党组成员。\n6月，国务院还任命孙某为某局副局长。\n")
    assert people(text) == sorted([
        ("appointment", "张某", "某部", "党组副书记"), ("appointment", "孙某", "某局", "副局长")])


def test_lines_of_a_printed_page_cut_names_and_lists():
    """A history copied from a book keeps the page's line breaks inside sentences and names; full
    lines that end mid-sentence run on. 政务委员 is a post of the 政务院 (the State Council of 1949-1954)."""
    text = ("经过充分酝酿和协商之后,某某委员会确定了各机构负责人名单。某月某日,某某委员会举行第\n"
            "三次会议,正式宣布各机构及委任名单。政务院总理甲某某以下,另设副总理二人,政务委员\n"
            "三人。任命乙某某、丙某为政务院副总理,任命丁某某、戊某某、己某为政务委员。政务院\n"
            "下设若干委、部、会、院、署、行,分别负责各项工作,各机构的负责人名单另行公布于后\n"
            "文。经某某委员会第四次会议讨论并一致通过,决定任命庚某某、辛某某、壬某某\n"
            "为财政部副部长。\n")
    assert people(text) == sorted([
        ("appointment", "乙某某", "政务院", "副总理"), ("appointment", "丙某", "政务院", "副总理"),
        ("appointment", "丁某某", "政务院", "政务委员"), ("appointment", "戊某某", "政务院", "政务委员"),
        ("appointment", "己某", "政务院", "政务委员"), ("appointment", "庚某某", "财政部", "副部长"),
        ("appointment", "辛某某", "财政部", "副部长"), ("appointment", "壬某某", "财政部", "副部长")])


def test_paragraph_lines_are_not_joined():
    from govkg.text import join_wrapped_lines
    text = "某某县召开会议。\n会议由副县长甲某主持,县直各部门负责人参加会议。\n会议指出,要抓好各项工作。\n"
    assert join_wrapped_lines(text) == text


def test_resignation_of_the_person_just_appointed():
    """决定任命甲为X，接受其辞去Y职务的请求: 其 is the person the clause before appoints."""
    text = ("某市人大常委会召开会议\n会议经表决,决定任命王某某为某市人民政府副市长,接受其辞去某市人大常委会副主任职务的请求。"
            "免去李某某的某市人民政府副市长职务。\n")
    assert people(text) == sorted([("appointment", "王某某", "某市人民政府", "副市长"),
                                   ("removal", "王某某", "某市人大常委会", "副主任"),
                                   ("removal", "李某某", "某市人民政府", "副市长")])


def test_news_report_of_moves_in_one_sentence():
    """A news page's headline over a report of moves: ``…，甲某任某市市长，乙某代理某市市长。`` makes it a
    personnel page; each clause is the move of the name it opens with."""
    text = ("两名副省长转任省会城市市长\n来源: 某某网\n"
            "某省、某某省卸任的两位副省长均赴省会城市履新,王某某任某某市市长,李某某代理某某州市市长。\n")
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    assert nf.document.kind == "personnel"
    assert people(text) == sorted([("appointment", "王某某", "某某市人民政府", "市长"),
                                   ("appointment", "李某某", "某某州市人民政府", "代理市长")])


def test_appointments_a_history_narrates():
    """A history of a government's first appointments: a unit the body set up (某委员会下设办公厅，任命甲为
    办公厅主任), a post filled by someone (某院秘书长由乙担任), people charged with a post under the head the
    sentence names (某委员会主席丙以下，另委丁、戊担任副主席), posts the sentence said the body has
    (设副秘书长2人，委任己、庚担任; 委员3人，他们是：…)."""
    text = ("经过充分协商,某某委员会举行第三次会议,正式宣布各机构及委任名单。\n"
            "各机构及委任名单如下:某某委员会下设办公厅,任命王某某为办公厅主任,李某、张某某为办公厅副主任。\n"
            "某某院秘书长由刘某某担任;设副秘书长2人,委任孙某某、周某担任。\n"
            "人民某某委员会主席陈某某以下,另委杨某某、赵某担任副主席;委员3人,他们是:吴某某、郑某、冯某某。\n")
    got = people(text)
    assert sorted(got) == sorted([("appointment", "王某某", "某某委员会办公厅", "主任"),
                                  ("appointment", "李某", "某某委员会办公厅", "副主任"),
                                  ("appointment", "张某某", "某某委员会办公厅", "副主任"),
                                  ("appointment", "刘某某", "某某院", "秘书长"),
                                  ("appointment", "杨某某", "人民某某委员会", "副主席"),
                                  ("appointment", "赵某", "人民某某委员会", "副主席"),
                                  ("appointment", "孙某某", "某某院", "副秘书长"), ("appointment", "周某", "某某院", "副秘书长"),
                                  ("appointment", "吴某某", "人民某某委员会", "委员"), ("appointment", "郑某", "人民某某委员会", "委员"),
                                  ("appointment", "冯某某", "人民某某委员会", "委员")])


def test_news_report_of_party_posts_changing():
    """A news report of changes in a provincial Party committee: a dated passive appointment
    (甲某已于25日被任命为某部部长), 不再兼任 without 职务 after the person's post, 卸任 by the person
    the sentence opens with (乙某是…的常委,在7月21日卸任某市委书记), 仍兼任 (no one named 仍兼)."""
    text = ("某省委常委集中调整职务\n"
            "某省人大常委会举行会议,接受王某某辞去某省副省长职务的请求。王某某已于25日被任命为省委统战部部长。\n"
            "李某某是某省委排名最末一位的常委,在7月21日卸任某某市委书记。\n"
            "24日,省委常委张某某不再兼任某某州市委书记,成为专职常委。\n"
            "刘某某被任命为省委书记后,仍兼任省长。\n")
    got = people(text)
    assert ("appointment", "王某某", "省委统战部", "部长") in got
    assert ("removal", "王某某", "某省人民政府", "副省长") in got
    assert ("removal", "李某某", "某某市委", "书记") in got
    assert ("removal", "张某某", "某某州市委", "书记") in got
    held = people(text, kinds=(Position,))
    assert ("position", "张某某", "省委", "常委") in held
    assert not any(person.startswith("仍") for _, person, _, _ in got)


def test_acting_head_decided_by_a_named_decision():
    """作出关于X代理Y市长的决定: a congress's decision on an acting head is an appointment (代理市长)."""
    got = people("某市人大常委会举行会议\n会议决定任命王某某为某某市副市长，作出关于王某某代理某某市市长的决定。\n")
    assert ("appointment", "王某某", "某某市人民政府", "代理市长") in got


def test_some_deputies_resigning_name_nobody():
    """接受个别代表辞去…代表职务: 个别代表 (some deputies) is no person."""
    got = people("某市人大常委会举行会议\n会议通过关于接受个别代表辞去某省第十三届人民代表大会代表职务的决议。\n")
    assert not any(person.startswith(("个别", "部分")) for _, person, _, _ in got)


def test_a_body_appoints_in_its_own_name():
    """国务院任命甲为Y (after a date: the act of this text, not a career); 中央人民政府任命甲为某省人民政府主席，
    乙、丙为副主席 (a bare title after the chain: that body's); 国务院任命： heading a list of 甲为Y lines."""
    got = people("国务院任免国家工作人员\n1983年6月，国务院任命王某某为水利电力部副部长；任命李某为国家计划委员会副主任。\n")
    assert ("appointment", "王某某", "水利电力部", "副部长") in got
    got = people("某省人民政府\n1950年2月，中央人民政府任命陈某某为某某省人民政府主席，李某某、王某某为副主席。\n")
    assert {("appointment", "陈某某", "某某省人民政府", "主席"), ("appointment", "李某某", "某某省人民政府", "副主席"),
            ("appointment", "王某某", "某某省人民政府", "副主席")} <= set(got)
    got = people("国务院任免名单\n国务院任命：\n王某某为水利电力部副部长；\n李某为国家计划委员会副主任。\n")
    assert got == [("appointment", "李某", "国家计划委员会", "副主任"), ("appointment", "王某某", "水利电力部", "副部长")]


def test_glued_names_in_a_chain_and_an_acting_head_by_a_bare_title():
    """中央人民政府任命甲为某省人民政府主席，乙某某丙某某丁某某为副主席 (names a copy glued together: cut, not read as
    乙某 任 "某丙…为"); 由乙某某代理主席职务: an acting appointment in the body appointed to before."""
    text = ("某省人民政府\n1949年12月，中央人民政府任命张某某为某某省人民政府主席，陈某远李某仁雷某天为副主席。\n"
            "1950年，张某某因病，由陈某远代理主席职务。\n")
    got = people(text)
    body = "某某省人民政府"
    assert got == sorted([("appointment", "张某某", body, "主席"), ("appointment", "陈某远", body, "副主席"),
                          ("appointment", "李某仁", body, "副主席"), ("appointment", "雷某天", body, "副主席"),
                          ("appointment", "陈某远", body, "代理主席")])


def test_decisions_listed_by_their_titles_joined_by_a_comma():
    """通过了关于任命乙为某区副区长的决定、关于乙代理某区区长的决定: two decisions; the first's posts end at 的决定."""
    got = people("某区人大常委会举行会议\n会议表决通过了关于接受孙某某辞去某某区人民政府区长职务的决定，表决通过了关于任命钱某为"
                 "某某区人民政府副区长的决定、关于钱某代理某某区人民政府区长的决定。\n")
    assert got == [("appointment", "钱某", "某某区人民政府", "代理区长"), ("appointment", "钱某", "某某区人民政府", "副区长"),
                   ("removal", "孙某某", "某某区人民政府", "区长")]


def test_a_chronicle_dates_each_act():
    """A gazetteer's chronicle of acts (``1951年3月，任命甲为某县县长``, ``1951年5月，免去乙的…职务``): the date
    dates the act, unlike a career's step (``2015年3月，任某县县长``), which gives no decision."""
    got = people("某行署任免\n1951年3月，任命张某某为某某县县长，李某为某某县副县长。\n1951年5月，免去王某某的某某县县长职务。\n")
    assert got == [("appointment", "张某某", "某某县人民政府", "县长"), ("appointment", "李某", "某某县人民政府", "副县长"),
                   ("removal", "王某某", "某某县人民政府", "县长")]
    assert people("某人简历\n张某某，男，1960年生。2015年3月，任某某县县长。\n") == []


def test_a_session_passing_acts_after_a_colon():
    """国务院第某次全体会议通过：任命甲为某部部长，免去其某委员会副主任职务: the acts after 通过： are read (and
    ``会议通过`` is no person heading a block)."""
    got = people("国务院任免名单\n国务院第五十七次全体会议通过：任命王某某为某某部部长，免去其某某委员会副主任职务；"
                 "任命李某为某某部副部长。\n")
    assert got == [("appointment", "李某", "某某部", "副部长"), ("appointment", "王某某", "某某部", "部长"),
                   ("removal", "王某某", "某某委员会", "副主任")]


def test_envoys_abroad():
    """Ambassadors by presidential order: the post is the state's mission in a country
    (中华人民共和国驻某国) and the title an envoy's (特命全权大使, 总领事)."""
    text = ("国家主席任免驻外大使\n\n中华人民共和国主席根据全国人民代表大会常务委员会的决定任免下列驻外大使:\n\n"
            "一、免去甲某的中华人民共和国驻某国特命全权大使职务;\n\n任命乙某为中华人民共和国驻某国特命全权大使。\n")
    assert people(text) == [("appointment", "乙某", "中华人民共和国驻某国", "特命全权大使"),
                            ("removal", "甲某", "中华人民共和国驻某国", "特命全权大使")]


@pytest.mark.parametrize("text, expected", [
    # a dateline glued to the posts by /, the name followed by 今天
    ("某会议召开\n某某社北京10月14日电/中共中央政治局常委、国务院总理赵某某今天(10月14日)主持召开会议,研究部署工作。\n",
     [("position", "赵某某", "中共中央政治局", "常委"), ("position", "赵某某", "国务院", "总理")]),
    # a decree's opening sentence, ending in the colon of its list: 主席某某根据…的决定
    ("国家主席任免驻外大使\n\n某某社北京4月2日电 中华人民共和国主席钱某某根据全国人民代表大会常务委员会的决定任免下列驻外大使:\n\n"
     "一、免去甲某的中华人民共和国驻某国特命全权大使职务;\n",
     [("position", "钱某某", "中华人民共和国", "主席")]),
])
def test_holders_named_in_a_news_lead(text, expected):
    """A report's lead names the speaker by posts then name, after a dateline (某某社某地某日电/) and
    before 今天/根据; a decree's lead sentence ends in the colon that opens its list."""
    assert people(text, kinds=(Position,)) == sorted(expected)


def test_a_report_lists_the_people_hired():
    """A news page on a hiring ceremony lists those hired to one post: ``新聘的3位省某馆馆员是：A、B(女)、C``."""
    text = ("某省政府新聘三人为省文史馆馆员\n7月4日，省政府举行仪式，新聘赵某某等3人为省文史研究馆馆员。\n"
            "当天新聘的3位省文史研究馆馆员是：赵某某、钱某(女)、孙某某。\n")
    got = [r for r in people(text) if r[0] == "appointment"]
    assert got == [("appointment", n, "省文史研究馆", "馆员") for n in ("孙某某", "赵某某", "钱某")]


def test_a_party_committee_decision_by_you():
    """A Party committee's decision as reports print it: ``经中共某省委研究决定，由某某同志任Y``."""
    text = ("王某某任某省委组织部部长\n3月23日，某省召开干部大会。经中共某省委研究决定，由王某某同志任中共某省委组织部部长。\n")
    assert people(text) == [("appointment", "王某某", "中共某省委组织部", "部长")]


@pytest.mark.parametrize("text, expected", [
    # a visit: 省委书记某某来我市视察, after a document title in 《》
    ("某县召开会议\n会议全面落实《中共某市委关于推进某工作的实施意见》和省委书记赵某某来我市视察的讲话精神。\n",
     [("position", "赵某某", "省委", "书记")]),
    # a congress hears a report: 听取了国务委员兼国务院秘书长某某关于…的说明
    ("某决定\n  大会听取了国务委员兼国务院秘书长钱某某关于国务院机构改革方案的说明,审议了方案。\n",
     [("position", "钱某某", "国务院", "国务委员"), ("position", "钱某某", "国务院", "秘书长")]),
    # a session's chair is not a post; 所作 after the name: 镇人大主席某某所作的报告
    ("某镇召开人民代表大会\n大会主席团常务主席、大会执行主席孙某等在主席台就坐。会议听取了《政府工作报告》和镇人大主席李某某所作的《人大工作报告》。\n",
     [("position", "李某某", "镇人大", "主席")]),
])
def test_holders_named_in_report_prose(text, expected):
    """Posts then name in a report's prose, before 来我市/关于/所作, after 》 or 听取了."""
    assert people(text, kinds=(Position,)) == sorted(expected)


def test_people_hired_named_before_the_verb():
    """A hiring ceremony's report: ``甲某、乙某被聘为某市政府参事`` (the 市政府 is the 市人民政府), the 馆 as printed."""
    text = ("某市政府举行参事聘任仪式\n5月20日，某市政府举行参事、文史馆馆员聘任仪式。赵某某、钱某某被聘为某市政府参事，"
            "孙某某被聘为某市文史馆名誉馆员。市长郑某某出席仪式并颁发聘书。\n")
    assert people(text) == [("appointment", "孙某某", "某市文史馆", "名誉馆员"),
                            ("appointment", "赵某某", "某市人民政府", "参事"),
                            ("appointment", "钱某某", "某市人民政府", "参事")]


def test_people_hired_with_their_count_then_a_short_body():
    """``甲、乙等2人被聘為某市政府参事`` (count after the names, traditional 為); a body named short after the
    same sentence named it in full (``…被聘为某市文史馆名誉馆员，丙等1人被聘为文史馆馆员``)."""
    text = ("某市首聘文史馆馆员\n经市政府同意，赵某某、钱某某等2人被聘為某市政府参事，孙某某等1人被聘为某市文史馆名誉馆员，"
            "李某某、周某某等2人被聘为文史馆馆员。\n")
    assert people(text) == [("appointment", "周某某", "某市文史馆", "馆员"), ("appointment", "孙某某", "某市文史馆", "名誉馆员"),
                            ("appointment", "李某某", "某市文史馆", "馆员"),
                            ("appointment", "赵某某", "某市人民政府", "参事"), ("appointment", "钱某某", "某市人民政府", "参事")]


def test_people_hired_named_as_a_ceremony_hands_them_their_letters():
    """``某市某馆馆员聘任仪式举行。市长甲为乙、丙、丁3位新聘馆员颁发聘书``: each is appointed to the post the
    ceremony names with its body (the post printed bare after 新聘)."""
    text = ("发布时间:2024-11-14\n11日，某市文史研究馆馆员聘任仪式举行。某市市长周某为赵某某、钱某某、孙某3位新聘馆员颁发聘书。\n")
    assert people(text) == [("appointment", n, "某市文史研究馆", "馆员") for n in ("孙某", "赵某某", "钱某某")]


def test_reshuffle_news_verbs():
    """Reshuffle news: 改任, 转任, 升任 appoint like 调任 (the post left gives no row)."""
    text = ("某市领导班子调整\n记者从某市获悉，中央决定：赵某某任中共某市委书记，钱某某不再担任中共某市委书记职务。"
            "李某某改任某市人大常委会主任。某市副市长周某某转任某市委秘书长。\n")
    assert people(text) == [("appointment", "周某某", "某市委", "秘书长"), ("appointment", "李某某", "某市人大常委会", "主任"),
                            ("appointment", "赵某某", "中共某市委", "书记"), ("removal", "钱某某", "中共某市委", "书记")]


def test_chronicle_entries_are_acts_on_their_dates():
    """In a 大事记 each dated entry narrates an act: ``5月，X任Y`` is an appointment (in a career history it is not)."""
    text = "1962年某县大事记\n5月，赵某某任某县县长，钱某某兼任县委副书记。\n6月，孙某某任某专员公署专员。\n"
    assert people(text) == [("appointment", "孙某某", "某专员公署", "专员"), ("appointment", "赵某某", "某县人民政府", "县长"),
                            ("appointment", "钱某某", "县委", "副书记")]


def test_a_party_group_made_up_of_named_people():
    """``某专员公署党组由A、B、C、D组成，B任党组书记，C、D任副书记``: the leaders' titles, 党组成员 for the others."""
    text = ("1962年某县大事记\n3月，某专员公署党组由周某某、赵某某、钱某某、孙某某组成，赵某某任党组书记，"
            "钱某某、孙某某任副书记。\n")
    assert people(text) == [("appointment", "周某某", "某专员公署", "党组成员"), ("appointment", "孙某某", "某专员公署", "党组副书记"),
                            ("appointment", "赵某某", "某专员公署", "党组书记"), ("appointment", "钱某某", "某专员公署", "党组副书记")]


def test_council_members_elected_for_a_term():
    """``选举甲、乙等2人为第一届省人民委员会委员``: the council is the body, its term (第一届, before the level) no part of it."""
    text = ("某省人民委员会\n1955年2月，在某市召开某省第一届人民代表大会第二次会议。会议选举王某某、李某某等2人为第一届省人民委员会委员，"
            "选举赵某为省长。\n")
    got = [r for r in people(text, kinds=(Position, Appointment)) if r[3] == "委员"]
    assert got == [("position", "李某某", "省人民委员会", "委员"), ("position", "王某某", "省人民委员会", "委员")]


@pytest.mark.parametrize("sentence, expected", [
    # a government engaging several counsellors at once: the verb is no part of the first name
    ("经研究，决定聘请甲某、乙某为某市人民政府参事。",
     [("appointment", "甲某", "某市人民政府", "参事"), ("appointment", "乙某", "某市人民政府", "参事")]),
    ("经研究，决定聘任甲某、乙某为某市人民政府参事，聘期三年。",
     [("appointment", "甲某", "某市人民政府", "参事"), ("appointment", "乙某", "某市人民政府", "参事")]),
    # a supervisor sent to a company (委派), a person taken into a post (任用)
    ("经研究，决定委派甲某、乙某为某市某集团有限公司监事。",
     [("appointment", "甲某", "某市某集团有限公司", "监事"), ("appointment", "乙某", "某市某集团有限公司", "监事")]),
])
def test_engaging_verbs_before_several_names(sentence, expected):
    assert people("某市人民政府关于聘请甲某等同志为某市人民政府参事的通知\n各区人民政府：\n" + sentence + "\n某市人民政府\n2024年3月1日\n") == sorted(expected)


def test_several_people_no_longer_holding_a_post():
    """A report's ``甲、乙、丙不再担任某区人大常委会副主任职务``: each of the names leaves the post."""
    got = people("某区人大会议闭幕\n新一届领导班子中，李甲、王乙、赵丙不再担任某区人民政府副区长职务。\n")
    assert got == [("removal", n, "某区人民政府", "副区长") for n in sorted(["李甲", "王乙", "赵丙"])]


def test_two_names_joined_by_he_and_that_school():
    """A report: ``某部日前向某某大学发布通知，任命王甲和李乙为该校副校长``: the two people joined by 和 are
    each appointed, and 该校 is the university the sentence named before."""
    got = people("某部批复某大学副校长人选\n某部日前向某某大学发布通知，任命王甲和李乙为该校副校长。\n")
    assert got == [("appointment", "李乙", "某某大学", "副校长"), ("appointment", "王甲", "某某大学", "副校长")]


def test_no_longer_holding_with_the_posts_held_now():
    """A report: ``其中甲某不再担任某市副市长(现任某市委常委、政法委书记)``: the post left is a removal even
    without 职务, after 其中; the bracket names the posts the person holds now."""
    got = people("某市领导人事变化\n今年以来，某市政府领导层发生人事变化，其中陈甲不再担任某市副市长(现任某市委常委、政法委书记)，"
                 "市政府领导分工将进行调整。\n", kinds=(Removal, Position))
    assert got == [("position", "陈甲", "某市委", "常委"), ("position", "陈甲", "某市委政法委", "书记"),
                   ("removal", "陈甲", "某市人民政府", "副市长")]


def test_moves_reported_after_a_comma():
    """A report of moves: each holder is named after the post they leave (原, or 调任/转任), inside
    a sentence after a comma; the post left is no position, the post taken an appointment."""
    text = ("某市人事调整\n"
            "20日，某区召开干部大会，市委组织部原常务副部长甲某某任某北区委书记，原区委书记乙某则任某市委常委、宣传部部长。"
            "此前一天，某市委常委、原宣传部部长丙某某调任某南区委书记。\n")
    assert people(text, kinds=(Appointment, Removal, Position)) == sorted([
        ("appointment", "甲某某", "某北区委", "书记"), ("appointment", "乙某", "某市委", "常委"),
        ("appointment", "乙某", "某市委宣传部", "部长"), ("appointment", "丙某某", "某南区委", "书记")])


def test_a_move_in_the_background_is_no_decision():
    """``今年年初，X转任Y``: a move the report recalls from earlier in the year, not its news."""
    text = "某省政府领导分工调整\n今年年初，某省原常务副省长甲某某转任省政协主席。\n"
    assert people(text) == []


def test_verb_first_clause_takes_the_person_of_its_own_paragraph():
    """``…，任某部部长``: the person is the one its paragraph named, not one of the paragraph before."""
    text = ("某部人事调整\n"
            "某市政协主席甲某某调任某委副主任。\n"
            "新老交替还出现在某部。6月27日，乙某某正式接棒，任某部部长。\n")
    assert ("appointment", "甲某某", "某部", "部长") not in people(text)


def test_chronicle_entries_appoint():
    """A chronicle (某县大事记) narrates appointments on their dates whatever kind the page is read as;
    ``甲某当选连任县长`` (an election) has no person named 甲某当选连."""
    text = ("1989年某某县大事记\n"
            "    3月5日  县委决定：甲某某任县农业局局长。\n"
            "    4月1日  县人民代表大会召开，乙某某当选连任县长。\n")
    got = people(text)
    assert ("appointment", "甲某某", "县农业局", "局长") in got
    assert not any(p.endswith("当选连") for _, p, _, _ in got)


@pytest.mark.parametrize("sentence, expected", [
    # a leader's act a report narrates after the name: 会见, 分析汇报
    ("9月3日下午，省委常委、某市委书记魏甲会见了调研组一行。", [("position", "魏甲", "省委", "常委"),
                                                ("position", "魏甲", "某市委", "书记")]),
    ("县食安办主任、县市场监管局局长陈乙分析汇报了工作。", [("position", "陈乙", "县食安办", "主任"),
                                           ("position", "陈乙", "县市场监管局", "局长")]),
    # a prefecture's own bodies printed without its name, as a county's are by 县: 地委, 行政公署
    ("地区工作会议召开，地委委员、行政公署副专员张甲参加会议。", [("position", "张甲", "地委", "委员"),
                                           ("position", "张甲", "行政公署", "副专员")]),
    # a name followed by its holder's profession: 某系主任甲某教授、某所主任乙某律师
    ("顾问是：某大学法学系主任王甲教授、市某律师事务所主任钟乙律师。", [("position", "王甲", "某大学法学系", "主任"),
                                               ("position", "钟乙", "市某律师事务所", "主任")]),
    # the time of the act after the name: 市长甲某上周六在记者会上表示 (not 班子, a team, after 常委)
    ("某市市长龚甲上周六在记者会上表示，某省委常委班子近期调整。", [("position", "龚甲", "某市人民政府", "市长")]),
    # 和 right before the act is the name's last character (秘书长李仁和出席); 加上 opens no body
    ("省人大常委会主任王甲主持会议，秘书长李仁和出席会议。", [("position", "王甲", "省人大常委会", "主任"),
                                        ("position", "李仁和", "省人大常委会", "秘书长")]),
    ("甲、乙不再担任常委，加上市委书记孙甲，班子维持半年。", [("position", "孙甲", "市委", "书记")]),
])
def test_holders_named_before_their_acts(sentence, expected):
    assert sorted(set(people("某会议召开\n" + sentence + "\n", kinds=(Position,)))) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    # an assistant to a department head (厅长助理) is one title
    ("省科技厅厅长助理周甲出席会议。", [("position", "周甲", "省科技厅", "厅长助理")]),
    # a chief of a level's forests (林长制): 副总林长 is one title, 林长 no name
    ("县级副总林长、县委副书记沙甲主持会议。", [("position", "沙甲", "县委", "副书记"),
                                ("position", "沙甲", "县级", "副总林长")]),
    # the office of the safety committee (安委办), like the committee (安委会), is a group: its heads are members
    ("会议由区安委办主任、区安监局局长陈甲主持。", [("position", "陈甲", "区安监局", "局长")]),
    # a development zone named by its place, longer than a region's name: its body is whole
    ("副县长王甲，庞某经济开发区管委会副主任孙乙参加会议。", [("position", "王甲", "县人民政府", "副县长"),
                                          ("position", "孙乙", "庞某经济开发区管委会", "副主任")]),
    # 关于 before a head's title is no name (一、关于乡长、副乡长的缺额补充问题)
    ("兹复如下：一、关于乡长、副乡长的缺额补充问题，应根据通知办理。", []),
])
def test_titles_of_assistants_chiefs_and_group_offices(sentence, expected):
    assert sorted(set(people("某会议召开\n" + sentence + "\n", kinds=(Position,)))) == sorted(expected)


def test_village_branch_secretaries_in_a_roster():
    """A group's roster of village heads: ``张 甲 某某村支书兼主任`` (支书: the village Party branch's
    secretary in short; 兼 joins the two posts of one village)."""
    text = ("某乡森林防火工作方案\n一、组织领导\n组 长:孙甲 乡党委书记\n成 员:\n"
            "张 甲 某某头村支书兼主任\n刘 乙 梨某头村支书兼主任\n")
    got = set(people(text, kinds=(Position,)))
    assert {("position", "张甲", "某某头村", "支书"), ("position", "张甲", "某某头村", "主任"),
            ("position", "刘乙", "梨某头村", "支书")} <= got


def test_a_body_appoints_and_the_decision_is_restated_by_level():
    """``中共某某省委任命张甲同志为某某省地方志办公室主任`` (a body as the subject of 任命), restated
    below by the level alone (``张甲同志任省地方志办公室党组书记、主任``): one body, the one the place names."""
    text = ("某省人事任免\n中共某某省委任命张甲同志为某某省地方志办公室主任\n"
            "2011年1月13日，经省委常委会议决定，张甲同志任省地方志办公室党组书记、主任。\n")
    assert sorted(set(people(text))) == [("appointment", "张甲", "某某省地方志办公室", "主任"),
                                         ("appointment", "张甲", "某某省地方志办公室", "党组书记")]
    # (a body removes as it appoints: 中共某某省委免去王丙的某某省某厅厅长职务)
    assert people("某省人事任免\n中共某某省委免去王丙的某某省某厅厅长职务。\n") == [
        ("removal", "王丙", "某某省某厅", "厅长")]


def test_the_headline_names_the_place_of_a_decision():
    """A headline ``甲某任某某省代理省长`` and the body's ``任命甲某为副省长、代理省长``: the decision is
    read once, in the body, and its government is the province the headline names."""
    text = "甲某任某某省代理省长 乙某任副省长\n12月25日，某某省人大常委会会议决定，任命甲某为副省长、代理省长。\n"
    assert sorted(set(people(text))) == [("appointment", "甲某", "某某省人民政府", "代理省长"),
                                         ("appointment", "甲某", "某某省人民政府", "副省长")]
