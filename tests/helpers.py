"""What the extraction tests read from a made-up text: its facts and their rows, as tuples that print
readably in a failing assert."""
from __future__ import annotations

from govkg.facts import Appointment, Assignment, Membership, Position, Removal, Subgroup
from govkg.nlp import extract
from govkg.notice import RawNotice


#: a made-up notice setting up a group, around member rows a test puts between its head and foot
GROUP_HEAD = ("某县人民政府办公室文件\n某政办发〔2024〕9号\n某县人民政府办公室关于成立某县河道治理工作领导小组的通知\n"
              "各乡镇人民政府，县直各单位：\n为加强河道治理工作，县政府决定成立某县河道治理工作领导小组。组成人员如下：\n")
GROUP_FOOT = "领导小组办公室设在县水利局，负责日常工作。\n某县人民政府办公室\n2024年3月5日\n"
GROUP = "某县河道治理工作领导小组"
#: member rows of that group (a label, the name, the posts; an unlabelled row continuing the role above), and
#: the memberships they give
GROUP_ROWS = "组　长：张立军　县委常委、常务副县长\n副组长：尹红梅　副县长\n成　员：彭国庆　县发展和改革局局长\n　　　　　李春燕　县财政局局长\n"
GROUP_MEMBERS = [(GROUP, "尹红梅", "副组长"), (GROUP, "张立军", "组长"), (GROUP, "彭国庆", "成员"), (GROUP, "李春燕", "成员")]
#: a made-up personnel notice, around decision rows a test puts between its head and foot
PERSONNEL_HEAD = ("某市人民政府文件\n某府任〔2024〕6号\n某市人民政府关于甲明等同志职务任免的通知\n"
                  "各县（区）人民政府，市政府各部门：\n经市政府研究，决定：\n")
PERSONNEL_FOOT = "某市人民政府\n2024年5月20日\n"


def notice(text: str):
    """What the pipeline reads from ``text`` as one inline notice (its document row and facts)."""
    return extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))


def facts(text: str) -> list:
    """The facts extracted from ``text`` as one inline notice."""
    return notice(text).facts


def document(text: str):
    """The document row of ``text`` as one inline notice."""
    return notice(text).document


def members(text: str) -> list[tuple]:
    """(group, person, role) of each membership, sorted."""
    return sorted((f.group, f.person, f.role) for f in facts(text) if isinstance(f, Membership))


def positions(text: str) -> list[tuple]:
    """(person, agency, title) of each position, sorted."""
    return sorted((f.person, f.post.agency, f.post.title) for f in facts(text) if isinstance(f, Position))


def position_rows(text: str) -> set[tuple]:
    """(person, agency, title) of each position, as a set."""
    return set(positions(text))


def memberships(text: str) -> set[tuple]:
    """(person, group, role) of each membership, as a set."""
    return {(f.person, f.group, f.role) for f in facts(text) if isinstance(f, Membership)}


def posts(text: str, kind=(Appointment, Removal, Position)) -> list[tuple]:
    """(fact type, person, agency, title) of each appointment, removal and position (or of ``kind``), sorted."""
    return sorted((type(f).__name__, f.person, f.post.agency, f.post.title) for f in facts(text)
                  if isinstance(f, kind))


def assignments(text: str) -> set[tuple]:
    """(task, role, agency) of each assignment."""
    return {(f.task, f.role, f.agency) for f in facts(text) if isinstance(f, Assignment)}


def subgroups(text: str) -> set[tuple]:
    """(group, parent) of each subgroup."""
    return {(f.group, f.parent) for f in facts(text) if isinstance(f, Subgroup)}


def membership_set(nf) -> set[tuple]:
    """(group, person, role) of each membership of a notice's facts (``notice(text)``)."""
    return {(f.group, f.person, f.role) for f in nf.facts if isinstance(f, Membership)}


def subgroup_set(nf) -> set[tuple]:
    """(group, parent) of each subgroup of a notice's facts."""
    return {(f.group, f.parent) for f in nf.facts if isinstance(f, Subgroup)}


def position_set(nf) -> set[tuple]:
    """(person, agency, title) of each position of a notice's facts."""
    return {(f.person, f.post.agency, f.post.title) for f in nf.facts if isinstance(f, Position)}


def read_notices(tmp_path, text: str, name: str = "list.txt") -> list:
    """The notices ingest reads from ``text`` saved as a file (a listing dump: one per item); no input error."""
    from govkg.errors import InputError
    from govkg.ingest import read_inputs
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = list(read_inputs([path]))
    assert not [e for e in found if isinstance(e, InputError)]
    return [n for n in found if isinstance(n, RawNotice)]
