"""Office-holders named with their posts in reports and in leaders' division of work."""
from __future__ import annotations

from govkg.facts import Position
from govkg.nlp import extract
from govkg.notice import RawNotice


def positions(text: str) -> set[tuple[str, str, str]]:
    facts = extract(RawNotice(source="inline.txt", index=0, text=text)).facts
    return {(f.person, f.post.agency, f.post.title) for f in facts if isinstance(f, Position)}


def test_meeting_report_names_holders_after_their_posts():
    got = positions("县十五届人大常委会召开第九次会议\n"
                    "9日，县十五届人大常委会召开第九次会议。县人大常委会主任王明主持会议，副主任李华、戈丽和、"
                    "张强及秘书长刘洋出席会议，县委常委、常务副县长陈刚，县检察院副检察长赵新应邀列席会议。\n"
                    "会议听取了县长周平提请的议案。\n")
    assert {("王明", "县人大常委会", "主任"), ("李华", "县人大常委会", "副主任"), ("戈丽和", "县人大常委会", "副主任"),
            ("张强", "县人大常委会", "副主任"), ("刘洋", "县人大常委会", "秘书长"), ("陈刚", "县委", "常委"),
            ("陈刚", "县人民政府", "常务副县长"), ("赵新", "县检察院", "副检察长"),
            ("周平", "县人民政府", "县长")} <= got
    assert not any(person in ("会议", "常务") for person, _, _ in got)


def test_division_of_work_posts_before_and_after_names():
    got = positions("市人民政府领导成员工作分工\n"
                    "市长孙亮：主持市政府全面工作。\n"
                    "常务副市长钱平负责市政府常务工作。\n"
                    "周涛副市长\n"
                    "兼市公安局局长，负责公安、司法行政工作。\n"
                    "教育、文化等工作由吴敏副市长负责。\n"
                    "卫生、体育等工作由国桂英副市长负责。\n"
                    "市长助理郑军协助管理招商引资工作。\n"
                    "秘书长冯伟负责市政府日常工作。\n")
    assert got == {("孙亮", "市人民政府", "市长"), ("钱平", "市人民政府", "常务副市长"),
                   ("周涛", "市人民政府", "副市长"), ("周涛", "市公安局", "局长"), ("吴敏", "市人民政府", "副市长"),
                   ("国桂英", "市人民政府", "副市长"),
                   ("郑军", "市人民政府", "市长助理"), ("冯伟", "市人民政府", "秘书长")}


def test_past_posts_and_decided_posts_are_not_stated_posts():
    got = positions("原副县长钱明已调离。会议决定任命县委副书记孙强同志为县人民政府副县长、代理县长。"
                    "会议决定接受李刚辞去县人民政府副县长职务的请求。副县长李刚在会上作了表态发言。\n")
    assert ("钱明", "县人民政府", "副县长") not in got
    assert not any(agency.startswith(("命", "任命")) for _, agency, _ in got)


def test_a_body_named_without_a_holder_carries_to_bare_titles():
    got = positions("受区人大常委会主任委托，副主任孙华主持会议，副主任白玛次仁、欧阳明，秘书长周强出席会议，"
                    "区人民法院院长郑平、区人民检察院检察长吴军和区监察委员会负责同志列席会议。\n")
    assert {("孙华", "区人大常委会", "副主任"), ("白玛次仁", "区人大常委会", "副主任"),
            ("欧阳明", "区人大常委会", "副主任"), ("周强", "区人大常委会", "秘书长"),
            ("郑平", "区人民法院", "院长"), ("吴军", "区人民检察院", "检察长")} <= got
    assert not any(agency.startswith("受") for _, agency, _ in got)


def test_an_election_list_broken_by_a_comma_keeps_its_post():
    got = positions("某县第三届人民代表大会选举赵明为县人民政府县长，钱平、孙立为副县长，"
                    "李强、周涛、吴敏，郑军、王华等五人为委员。此布。\n")
    assert {(n, "县人民政府", "委员") for n in ("李强", "周涛", "吴敏", "郑军", "王华")} <= got
    assert {("钱平", "县人民政府", "副县长"), ("赵明", "县人民政府", "县长")} <= got


def test_division_of_work_lines_opened_by_name_and_posts():
    got = positions("省人民政府领导同志工作分工\n"
                    "何平副省长，分管财政、审计工作。\n"
                    "许明省政府党组成员，省扶贫开发领导小组副组长，分管扶贫工作。\n"
                    "梁勇省政府党组副书记，兼任省公安厅厅长。\n"
                    "郑强作为常务副省长，负责省政府常务工作。\n")
    assert got == {("何平", "省人民政府", "副省长"), ("许明", "省人民政府", "党组成员"),
                   ("梁勇", "省人民政府", "党组副书记"), ("梁勇", "省公安厅", "厅长"),
                   ("郑强", "省人民政府", "常务副省长")}


def test_a_role_in_a_working_group_is_a_membership_not_a_post():
    got = positions("会上，县征兵工作领导小组组长、县长张辉作了讲话。\n")
    assert ("张辉", "县人民政府", "县长") in got
    assert not any(agency.endswith("小组") for _, agency, _ in got)


def test_head_of_state_and_signatures_glued_to_a_date():
    got = positions("国家主席习近平签署第五号主席令。\n国务院总理华国锋一九八○年四月二日\n")
    assert {("习近平", "中华人民共和国", "主席"), ("华国锋", "国务院", "总理")} <= got


def test_cells_of_a_flattened_table_are_not_a_signature():
    got = positions("序号 姓名 任职 免职\n1 区健华 区发展和改革局局长 区工业和信息化局局长\n")
    assert not any(person == "区工业" for person, _, _ in got)


def test_an_aside_after_a_name_stays_out_of_it():
    got = positions("市人大常委会副主任李华(女)、王强(回族)、赵敏出席会议。\n")
    assert {("李华", "市人大常委会", "副主任"), ("王强", "市人大常委会", "副主任"),
            ("赵敏", "市人大常委会", "副主任")} <= got



def test_an_appointee_is_not_read_as_a_holder_of_the_words_before_the_post():
    got = positions("决定：\n刘海同志挂职任县发展和改革委员会副主任，挂职期间由县委常委、组织部部长白玛次仁同志负责联系。\n")
    assert not any(agency.startswith("同志") for _, agency, _ in got)
