"""Assignments of real notices (session 15, round 3, docs18c). A sentence of prose that hands a named piece of work to
a body (某项工作的具体安排由某局负责落实 / 领导小组的日常工作…由某局负责牵头落实, a census or survey notice's closing
arrangement) gives that work as the task, the body responsible, or leading where it leads; work named only by reference
(此项工作, 具体工作) and clauses that are no body's are left alone. Every text is made up."""
from __future__ import annotations

from govkg.extract.assignments import _work_done_by
from govkg.extract.layout import Line
from govkg.nlp import extract
from govkg.notice import RawNotice


def notice(text: str):
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def assignments(text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in notice(text).facts if type(f).__name__ == "Assignment"}


def done_by(text: str) -> set[tuple[str, str, str]]:
    return {(f.task, f.role, f.agency) for f in _work_done_by([Line(0, len(text), text)], [])}


SURVEY = ("临河县人民政府办公室关于开展2031年全县农机具普查的通知\n临政办发〔2031〕12号\n"
          "各乡镇人民政府，县政府各部门：\n"
          "这次普查是一次重要的国情调查，需要有关部门的密切配合。为此，县政府决定成立临河县农机具普查领导小组，"
          "负责普查的组织和协调工作。领导小组的日常工作和有关普查工作的具体安排由县农业农村局负责牵头落实；"
          "县公安局负责提供户籍资料；县财政局负责保障普查经费。各乡镇要建立相应机构。\n"
          "临河县人民政府办公室\n2031年3月2日\n")

NATIONAL = ("国务院办公厅关于开展全国湖泊水质普查的通知\n国办发〔2032〕41号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "为此，成立国务院全国湖泊水质普查领导小组，负责此次普查的领导和组织协调工作。领导小组办公室设在水利部，"
            "有关普查工作的具体安排，由水利部负责落实。县以上地方各级人民政府要建立相应的机构。\n"
            "国务院办公厅\n2032年6月1日\n")


def test_the_arrangements_of_a_survey_led_by_a_body_in_prose():
    rows = assignments(SURVEY)
    assert ("领导小组的日常工作和有关普查工作的具体安排", "lead", "县农业农村局") in rows


def test_the_arrangements_of_a_survey_after_a_comma_are_carried_out_by_a_body():
    rows = assignments(NATIONAL)
    assert ("有关普查工作的具体安排", "responsible", "水利部") in rows


def test_work_handed_to_a_body_in_one_clause():
    assert done_by("春季植树活动的组织工作由区园林局负责。") == {("春季植树活动的组织工作", "responsible", "区园林局")}
    assert done_by("展会的接待事项由市贸促会承办；") == {("展会的接待事项", "responsible", "市贸促会")}
    assert done_by("课题的日常联络工作由省社科院负责牵头落实。") == {("课题的日常联络工作", "lead", "省社科院")}


def test_work_named_by_reference_or_no_body_is_left_alone():
    assert done_by("此项工作由镇财政所负责。") == set()
    assert done_by("具体工作由办公室负责落实。") == set()
    assert done_by("所需经费由县财政局负责解决。") == set()  # (经费: no work of its own; 解决 is not a verb of doing it)
    assert done_by("宣传工作由各村干部负责。") == set()  # (干部: people, no body)
