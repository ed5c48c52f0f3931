"""Assignments of real notices (session 15, round 4, plans18d). A sentence that hands an item to a body and names
the bodies that help it, with no 牵头 in it — ``由X承办，Y、Z配合`` on a line of its own under a heading (the heading
is the task), or ``A由X组织实施，Y配合`` as an enumerated item (its first clause is the task) — gives X responsible
and the others support; ``X和Y`` are two bodies where the words before 和 already name one. Prose whose bodies
do not read as bodies gives nothing. Every text is made up."""
from __future__ import annotations

from govkg.extract.assignments import _done_with_support, _two_bodies
from govkg.nlp import extract
from govkg.notice import RawNotice


def notice(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def assignments(text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in notice(text).facts if type(f).__name__ == "Assignment"}


def rows(task, text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in _done_with_support(task, text, (0, len(text)))}


TOWNSHIP = ("溪口镇2031年农村饮水安全提升工作方案\n"
            "各村(居)委会、镇直各单位:\n"
            "为保障群众饮水安全,制定本方案如下:\n"
            "一、整治水源地周边环境\n"
            "由镇农业服务中心承办,镇水利站、卫生所、国土所配合。\n"
            "全镇集中式水源地周边环境整治率达到100%。\n"
            "二、开展水质抽检\n"
            "由镇卫生院负责,镇环保所协助。\n"
            "每季度抽检一次。\n"
            "溪口镇人民政府\n2031年3月1日\n")


def test_a_line_under_a_heading_gives_the_heading_its_bodies():
    got = assignments(TOWNSHIP)
    assert ("整治水源地周边环境", "responsible", "镇农业服务中心") in got
    assert ("整治水源地周边环境", "support", "镇水利站") in got
    assert ("整治水源地周边环境", "support", "卫生所") in got
    assert ("整治水源地周边环境", "support", "国土所") in got
    assert ("开展水质抽检", "responsible", "镇卫生院") in got
    assert ("开展水质抽检", "support", "镇环保所") in got


GAMES = ("第三届全县农民运动会组织工作分工\n"
         "三、开幕式\n"
         "分工与配合:\n"
         "①运动员入场式、会场布置由县体育中心组织实施,县团委配合。\n"
         "②文艺表演由县文化馆和县艺术团组织,县教育局、各乡镇文化站配合。\n")


def test_enumerated_items_keep_their_first_clause_as_task():
    got = assignments(GAMES)
    task = "运动员入场式、会场布置由县体育中心组织实施"
    assert (task, "responsible", "县体育中心") in got
    assert (task, "support", "县团委") in got
    task = "文艺表演由县文化馆和县艺术团组织"
    assert (task, "responsible", "县文化馆") in got
    assert (task, "responsible", "县艺术团") in got
    assert (task, "support", "县教育局") in got
    assert (task, "support", "各乡镇文化站") in got


def test_the_sentence_alone():
    assert rows("治理河道", "由区水务局承办,区环保局、区城管局配合。") == {
        ("治理河道", "responsible", "区水务局"), ("治理河道", "support", "区环保局"),
        ("治理河道", "support", "区城管局")}
    assert rows("治理河道", "(2)河道清淤由区水务局负责落实,各街道办事处配合。") == {
        ("治理河道", "responsible", "区水务局"), ("治理河道", "support", "各街道办事处")}


def test_prose_that_names_no_bodies_gives_nothing():
    assert rows("治理河道", "由群众自愿参加,志愿者积极配合。") == set()
    assert rows("治理河道", "这项工作由各方面共同组织,大家要相互配合。") == set()
    assert rows(None, "由区水务局承办,区环保局配合。") == set()
    assert rows("治理河道", "由区水务局承办。") == set()  # no body helps: not this class


def test_two_bodies_joined_by_he():
    assert _two_bodies("县文化馆和县艺术团") == "县文化馆、县艺术团"
    assert _two_bodies("县住房和城乡建设局") == "县住房和城乡建设局"
    assert _two_bodies("区人力资源和社会保障局") == "区人力资源和社会保障局"
