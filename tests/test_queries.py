"""Canned queries (queries/*.rq): golden answers on a small fixture graph, checks on
the seed, header and injection checks, and the ``govkg queries`` / ``govkg query`` CLI.

The fixture is five short invented notices (two cities, 青山市 and 绿水市) built
through the real pipeline. Each golden case is: query, parameters, the columns
compared, and the expected rows, in the query's order unless marked unordered.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg import canned
from govkg.build import build
from govkg.cli import main
from govkg.errors import QueryError
from govkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "ordos-policy-notices-2024.txt"
INJECTION = 'x" } ; DROP ALL ; #'
ID_COLUMNS = {"person_id", "of_person_id"}  # hashes: checked for distinctness, not by value

NOTICES = {
    # 2024-01-10: 王帅 appointed, 赵刚 removed from the same post; 张伟 removed (listed again later).
    "n1.txt": """青山市人民政府

青府任〔2024〕1号

青山市人民政府
关于王帅等职务任免的通知

各区人民政府，市人民政府各部门：
　　根据工作需要，决定：
　　王帅任市水利局局长；
　　李明任市财政局副局长；
　　免去赵刚市水利局局长职务；
　　免去张伟市财政局副局长职务。

青山市人民政府
2024年1月10日
""",
    # 2024-02-01: a group with posts; a second 李明 (教育局) is a homonym; two citations.
    "n2.txt": """青山市人民政府办公室

青府办发〔2024〕5号

青山市人民政府办公室
关于成立青山市防汛抗旱指挥部的通知

各区人民政府，市人民政府各部门：
　　为贯彻落实《国务院关于加强防汛抗旱工作的通知》（国发〔2023〕18号）和《青山市水安全保障规划》（青府发〔2023〕9号），经市人民政府同意，决定成立青山市防汛抗旱指挥部。现将组成人员名单通知如下：
　　指挥长：刘　强　副市长
　　副指挥长：王　帅　市水利局局长
　　成　员：张　伟　市财政局副局长
　　　　　　陈　红　市应急管理局局长
　　　　　　李　明　市教育局局长
　　指挥部办公室设在市水利局。

青山市人民政府办公室
2024年2月1日
""",
    # 2024-02-15: a plan with a second group and three tasks; cites a notice in the store.
    "n3.txt": """青山市人民政府

青府发〔2024〕3号

青山市人民政府
关于印发青山市河湖治理实施方案的通知

各区人民政府，市人民政府各部门：
　　现将《青山市河湖治理实施方案》印发给你们，请认真贯彻执行。

青山市人民政府
2024年2月15日

青山市河湖治理实施方案

　　为落实《青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知》（青府办发〔2024〕5号），制定本方案。
　　一、组织领导
　　成立青山市河湖治理工作专班。
　　组　长：王　帅　市水利局局长
　　副组长：陈　红　市应急管理局局长
　　二、重点任务
　　（一）整治河道。开展河道清淤疏浚。
　　牵头单位：市水利局
　　配合单位：市财政局
　　责任单位：各区人民政府
　　（二）加强监测。建设水质监测站。
　　牵头单位：市水利局
　　配合单位：市应急管理局
　　（三）保障资金。落实河湖治理资金。
　　牵头单位：市财政局
　　责任单位：各区人民政府
""",
    # 2024-03-01: 王帅 and 陈红 leave their posts; 陈红 moves to 水利局.
    "n4.txt": """青山市人民政府

青府任〔2024〕2号

青山市人民政府
关于陈红等职务任免的通知

各区人民政府，市人民政府各部门：
　　根据工作需要，决定：
　　陈红任市水利局副局长，免去市应急管理局局长职务；
　　免去王帅市水利局局长职务。

青山市人民政府
2024年3月1日
""",
    # Another city's 市水利局: 市水利局 is ambiguous across cities, 青山市水利局 is not.
    "n5.txt": """绿水市人民政府

绿府任〔2024〕7号

绿水市人民政府
关于周平职务任命的通知

各区人民政府，市人民政府各部门：
　　根据工作需要，决定：
　　周平任市水利局局长。

绿水市人民政府
2024年2月10日
""",
}

# (query, params, compared columns, expected rows, ordered)
GOLDEN = [
    ("person-career", {"person": "王 帅"}, "name date event agency title doc tenure_begin tenure_end", [
        ("王帅", "2024-01-10", "appointment", "青山市水利局", "局长", "青府任〔2024〕1号", "2024-01-10", "2024-03-01"),
        ("王帅", "2024-02-01", "listing", "青山市水利局", "局长", "青府办发〔2024〕5号", "2024-01-10", "2024-03-01"),
        ("王帅", "2024-02-15", "listing", "青山市水利局", "局长", "青府发〔2024〕3号", "2024-01-10", "2024-03-01"),
        ("王帅", "2024-03-01", "removal", "青山市水利局", "局长", "青府任〔2024〕2号", "2024-01-10", "2024-03-01"),
    ], True),
    ("post-holders", {"agency": "市水利局", "title": "局长", "date": "2024-02-01"},
     "name agency_label last_seen docs", [
        ("王帅", "青山市水利局", "2024-02-01", "青府任〔2024〕1号、青府办发〔2024〕5号"),
    ], True),
    ("post-holders", {"agency": "市水利局", "title": "局长"}, "name agency_label last_seen docs", [
        ("周平", "绿水市水利局", "2024-02-10", "绿府任〔2024〕7号"),
    ], True),
    ("post-holders", {"agency": "青山市水利局", "title": "局长"}, "name agency_label last_seen docs", [], True),
    ("agency-people", {"agency": "青山市水利局"}, "name title agency_label latest event doc", [
        ("陈红", "副局长", "青山市水利局", "2024-03-01", "appointment", "青府任〔2024〕2号"),
        ("王帅", "局长", "青山市水利局", "2024-03-01", "removal", "青府任〔2024〕2号"),
        ("赵刚", "局长", "青山市水利局", "2024-01-10", "removal", "青府任〔2024〕1号"),
    ], False),
    ("group-members", {"group": "防汛抗旱指挥部"}, "group_name doc role name posts", [
        ("青山市防汛抗旱指挥部", "青府办发〔2024〕5号", "指挥长", "刘强", "青山市人民政府副市长"),
        ("青山市防汛抗旱指挥部", "青府办发〔2024〕5号", "副指挥长", "王帅", "青山市水利局局长"),
        ("青山市防汛抗旱指挥部", "青府办发〔2024〕5号", "成员", "张伟", "青山市财政局副局长"),
        ("青山市防汛抗旱指挥部", "青府办发〔2024〕5号", "成员", "陈红", "青山市应急管理局局长"),
        ("青山市防汛抗旱指挥部", "青府办发〔2024〕5号", "成员", "李明", "青山市教育局局长"),
    ], True),
    ("person-groups", {"person": "陈红"}, "name group_name role date doc", [
        ("陈红", "青山市防汛抗旱指挥部", "成员", "2024-02-01", "青府办发〔2024〕5号"),
        ("陈红", "青山市河湖治理工作专班", "副组长", "2024-02-15", "青府发〔2024〕3号"),
    ], True),
    ("people-in-several-groups", {}, "name groups group_names", [
        ("王帅", 2, "青山市河湖治理工作专班、青山市防汛抗旱指挥部"),
        ("陈红", 2, "青山市河湖治理工作专班、青山市防汛抗旱指挥部"),
    ], True),
    ("people-in-several-groups", {"min": "3"}, "name groups group_names", [], True),
    ("co-members", {"person": "王帅"}, "name shared groups", [
        ("陈红", 2, "青山市河湖治理工作专班、青山市防汛抗旱指挥部"),
        ("刘强", 1, "青山市防汛抗旱指挥部"),
        ("张伟", 1, "青山市防汛抗旱指挥部"),
        ("李明", 1, "青山市防汛抗旱指挥部"),
    ], True),
    ("lead-agency-ranking", {}, "agency lead_tasks support_tasks responsible_tasks", [
        ("青山市水利局", 2, 0, 0),
        ("青山市财政局", 1, 1, 0),
        ("青山市应急管理局", 0, 1, 0),
        ("青山市各区人民政府", 0, 0, 2),
    ], True),
    ("agency-tasks", {"agency": "市财政局"}, "agency_label role task doc plan date", [
        ("青山市财政局", "lead", "保障资金", "青府发〔2024〕3号", "青山市人民政府关于印发青山市河湖治理实施方案的通知",
         "2024-02-15"),
        ("青山市财政局", "support", "整治河道", "青府发〔2024〕3号", "青山市人民政府关于印发青山市河湖治理实施方案的通知",
         "2024-02-15"),
    ], True),
    ("appointments-in-period", {"from": "2024-01-01", "to": "2024-01-31"}, "date event name agency title doc", [
        ("2024-01-10", "appointment", "王帅", "青山市水利局", "局长", "青府任〔2024〕1号"),
        ("2024-01-10", "appointment", "李明", "青山市财政局", "副局长", "青府任〔2024〕1号"),
        ("2024-01-10", "removal", "赵刚", "青山市水利局", "局长", "青府任〔2024〕1号"),
        ("2024-01-10", "removal", "张伟", "青山市财政局", "副局长", "青府任〔2024〕1号"),
    ], False),
    ("notices-citing", {"number": "国发[2023]18号"}, "doc title date cited_number cited_title", [
        ("青府办发〔2024〕5号", "青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知", "2024-02-01", "国发〔2023〕18号",
         "国务院关于加强防汛抗旱工作的通知"),
    ], True),
    ("notice-citations", {"doc": "青府发(2024)3号"}, "cited_number cited_title in_store notice_title", [
        ("青府办发〔2024〕5号", "青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知", True,
         "青山市人民政府关于印发青山市河湖治理实施方案的通知"),
    ], True),
    ("homonyms", {}, "name posts groups docs", [
        ("李明", "青山市教育局局长", "青山市防汛抗旱指挥部", "青府办发〔2024〕5号"),
        ("李明", "青山市财政局副局长", None, "青府任〔2024〕1号"),
    ], False),
    ("stale-listings", {}, "name agency title removed removal_doc listed listing_doc", [
        ("张伟", "青山市财政局", "副局长", "2024-01-10", "青府任〔2024〕1号", "2024-02-01", "青府办发〔2024〕5号"),
    ], True),
    ("vacant-posts", {}, "agency title vacant_since removed", [
        ("青山市应急管理局", "局长", "2024-03-01", "陈红"),
        ("青山市水利局", "局长", "2024-03-01", "王帅"),  # (赵刚 left it to 王帅 on 2024-01-10: not who left it vacant)
    ], True),
    ("vacant-posts", {"date": "2024-01-15"}, "agency title vacant_since removed", [], True),
    ("agencies-most-changes", {}, "agency changes appointments removals", [
        ("青山市水利局", 4, 2, 2),
        ("青山市财政局", 2, 1, 1),
        ("绿水市水利局", 1, 1, 0),
        ("青山市应急管理局", 1, 0, 1),
    ], True),
    ("notices", {}, "doc title kind signed published people tasks citations", [
        ("青府任〔2024〕1号", "青山市人民政府关于王帅等职务任免的通知", "personnel", "2024-01-10", None, 4, 0, 0),
        ("青府办发〔2024〕5号", "青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知", "notice", "2024-02-01", None,
         5, 0, 2),
        ("绿府任〔2024〕7号", "绿水市人民政府关于周平职务任命的通知", "personnel", "2024-02-10", None, 1, 0, 0),
        ("青府发〔2024〕3号", "青山市人民政府关于印发青山市河湖治理实施方案的通知", "plan", "2024-02-15", None, 2, 3, 1),
        ("青府任〔2024〕2号", "青山市人民政府关于陈红等职务任免的通知", "personnel", "2024-03-01", None, 2, 0, 0),
    ], True),
]


def _norm(value):
    """GROUP_CONCAT order is unspecified: sort the parts of 、-joined lists."""
    if isinstance(value, str) and "、" in value:
        return "、".join(sorted(value.split("、")))
    return value


@pytest.fixture(scope="module")
def notices_dir(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("notices")
    for name, text in NOTICES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory, notices_dir) -> Store:
    store = Store(tmp_path_factory.mktemp("fixture-store"))
    report = build([notices_dir], store)
    assert report.notices == len(NOTICES) and not report.problems
    return store


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory, notices_dir) -> str:
    """The fixture built by the CLI into its own directory (a store is locked while open)."""
    path = tmp_path_factory.mktemp("cli-store")
    out = CliRunner().invoke(main, ["build", "--store", str(path), str(notices_dir)])
    assert out.exit_code == 0, out.output
    return str(path)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("seed-store"))
    build([SEED], store)
    return store


def _run(store: Store, name: str, params: dict | None = None) -> list[dict]:
    return canned.run(store, canned.load(name), params or {})


@pytest.mark.parametrize("name, params, columns, expected, ordered", GOLDEN,
                         ids=[f"{g[0]}-{i}" for i, g in enumerate(GOLDEN)])
def test_golden(fixture_store, name, params, columns, expected, ordered):
    rows = _run(fixture_store, name, params)
    cols = columns.split()
    for row in rows:  # the golden names every column but the hashed ids
        assert sorted(set(row) - ID_COLUMNS) == sorted(cols)
    got = [tuple(_norm(r[c]) for c in cols) for r in rows]
    want = [tuple(_norm(v) for v in e) for e in expected]
    if not ordered:
        got, want = sorted(got, key=repr), sorted(want, key=repr)
    assert got == want


def test_every_query_has_a_summary_and_a_golden_test():
    tested = {g[0] for g in GOLDEN}
    files = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    assert files == canned.names()
    for name in files:
        q = canned.load(name)
        english, sep, chinese = q.summary.partition(" / ")
        assert english and sep and any("\u4e00" <= ch <= "\u9fff" for ch in chinese), f"{name}: summary"
        assert q.text.lstrip().startswith("#+ summary:"), name
        assert name in tested, f"{name} has no golden test"
        for p in q.params:  # defaults are valid values of their type
            if p.default:
                canned.term(p, p.default)


def test_issue_query_names_are_all_there():
    contract = {"person-career": ["person"], "post-holders": ["agency", "title", "date"], "agency-people": ["agency"],
                "group-members": ["group"], "person-groups": ["person"], "people-in-several-groups": ["min"],
                "co-members": ["person"], "lead-agency-ranking": [], "agency-tasks": ["agency"],
                "appointments-in-period": ["from", "to"], "notices-citing": ["number"], "notice-citations": ["doc"],
                "homonyms": [], "stale-listings": []}
    for name, params in contract.items():
        assert [p.name for p in canned.load(name).params] == params, name
    assert not canned.load("post-holders").params[2].required
    assert canned.load("people-in-several-groups").params[0].default == "2"


def test_homonyms_are_distinct_people(fixture_store):
    rows = _run(fixture_store, "homonyms")
    assert len({r["person_id"] for r in rows if r["name"] == "李明"}) == 2


def test_short_and_qualified_agency_names_match_the_same_agency(fixture_store):
    short = _run(fixture_store, "agency-tasks", {"agency": "市水利局"})
    full = _run(fixture_store, "agency-tasks", {"agency": "青山市水利局"})
    assert short == full and len(full) == 2
    assert _run(fixture_store, "agency-tasks", {"agency": "水利局局长"}) == []


def _all_quads(store: Store) -> list[str]:
    return sorted(str(q) for q in store.quads())


@pytest.mark.parametrize("name, param", [(q.name, p) for q in canned.catalogue() for p in q.params],
                         ids=lambda v: v if isinstance(v, str) else v.name)
def test_injection_is_just_a_value(fixture_store, name, param):
    """Every parameter of every query: the value matches nothing (strings) or is refused
    (dates, integers), and the store is unchanged."""
    valid = {"string": "王帅", "date": "2024-02-01", "integer": "2"}
    q = canned.load(name)
    values = {p.name: valid[p.type] for p in q.params if p.required}
    values[param.name] = INJECTION
    before = _all_quads(fixture_store)
    if param.type == "string":
        assert canned.run(fixture_store, q, values) == []
    else:
        with pytest.raises(QueryError):
            canned.run(fixture_store, q, values)
    assert _all_quads(fixture_store) == before


@pytest.mark.parametrize("ptype, good, bad", [("string", " 王 帅 ", "  "), ("date", "2024-01-15", "2024-02-30"),
                                               ("integer", "3", "3.5")])
def test_param_types(ptype, good, bad):
    p = canned.Param("x", ptype)
    assert canned.term(p, good).value in ("王帅", "2024-01-15", "3")
    with pytest.raises(QueryError):
        canned.term(p, bad)


def test_bind_errors():
    q = canned.load("post-holders")
    with pytest.raises(QueryError, match="missing parameter agency"):
        canned.bind(q, {"title": "局长"})
    with pytest.raises(QueryError, match="unknown parameter who"):
        canned.bind(q, {"agency": "a", "title": "b", "who": "c"})
    assert len(canned.bind(q, {"agency": "a", "title": "b"})) == 2  # optional date left unbound
    with pytest.raises(QueryError, match="no canned query"):
        canned.load("nope")


# --- the seed: the issue's "Done when" -------------------------------------------------

def test_seed_person_career(seed_store):
    agencies = {r["agency"] for r in _run(seed_store, "person-career", {"person": "乔建江"})}
    assert any(a.endswith("市农牧局") for a in agencies) and any(a.endswith("市乡村振兴局") for a in agencies)


def test_seed_post_holders(seed_store):
    def holders(date):
        rows = _run(seed_store, "post-holders", {"agency": "市人民政府", "title": "副秘书长", "date": date})
        return {r["name"] for r in rows}
    assert "金山" in holders("2024-01-15")
    assert "金山" not in holders("2024-03-01")
    full = _run(seed_store, "post-holders", {"agency": "鄂尔多斯市人民政府", "title": "副秘书长", "date": "2024-01-15"})
    assert {r["name"] for r in full} == holders("2024-01-15")


def test_seed_lead_agency_ranking(seed_store):
    assert _run(seed_store, "lead-agency-ranking")[0]["agency"] == "鄂尔多斯市住房和城乡建设局"


def test_seed_homonyms(seed_store):
    rows = [r for r in _run(seed_store, "homonyms") if r["name"] == "苏雅拉图"]
    assert len({r["person_id"] for r in rows}) >= 2


def test_seed_notices_citing(seed_store):
    docs = {r["doc"] for r in _run(seed_store, "notices-citing", {"number": "国发〔2023〕18号"})}
    assert "鄂府发〔2024〕6号" in docs


def test_seed_spaced_name(seed_store):
    assert _run(seed_store, "person-groups", {"person": "王 帅"}) == _run(seed_store, "person-groups", {"person": "王帅"})
    assert _run(seed_store, "person-groups", {"person": "王帅"})


def test_seed_every_query_runs(seed_store):
    sample = {"person": "王帅", "agency": "市水利局", "title": "局长", "group": "领导小组", "number": "国发〔2023〕18号",
              "doc": "鄂府发〔2024〕6号", "from": "2024-01-01", "to": "2024-12-31"}
    for q in canned.catalogue():
        values = {p.name: sample[p.name] for p in q.params if p.required}
        assert isinstance(canned.run(seed_store, q, values), list), q.name


# --- the CLI ---------------------------------------------------------------------------

def test_cli_lists_queries():
    result = CliRunner().invoke(main, ["queries"])
    assert result.exit_code == 0
    for name in canned.names():
        assert name in result.output
    assert "post-holders  agency:string  title:string  date:date (optional)" in result.output


def test_cli_query_formats(cli_store):
    store = cli_store
    args = ["query", "person-career", "--store", store, "--param", "person=王 帅"]
    out = CliRunner().invoke(main, args + ["--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [r["event"] for r in rows] == ["appointment", "listing", "listing", "removal"]
    assert set(rows[0]) == {"name", "person_id", "date", "event", "agency", "title", "doc", "tenure_begin", "tenure_end"}
    csv_out = CliRunner().invoke(main, args + ["--format", "csv"])
    assert csv_out.output.splitlines()[0] == "name,person_id,date,event,agency,title,doc,tenure_begin,tenure_end"
    table = CliRunner().invoke(main, args)
    assert "青山市水利局" in table.output and "(4 rows)" in table.output


def test_cli_query_pages(cli_store):
    args = ["query", "person-career", "--store", cli_store, "--param", "person=王帅", "--format", "json"]
    whole = json.loads(CliRunner().invoke(main, args).output)
    page = CliRunner().invoke(main, args + ["--limit", "2", "--offset", "1"])
    assert page.exit_code == 0, page.output
    assert json.loads(page.output) == whole[1:3]
    assert json.loads(CliRunner().invoke(main, args + ["--offset", "3"]).output) == whole[3:]
    assert CliRunner().invoke(main, args + ["--limit", "-1"]).exit_code == 2


def test_cli_query_file(cli_store, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("#+ params: n:string\nSELECT ?t ?n WHERE { GRAPH ?g { ?s <https://w3id.org/govkg/ontology#name> ?n } "
                 "BIND(\"hit\" AS ?t) }\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["query", "--file", str(q), "--store", cli_store, "-p", "n=周平",
                                    "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == [{"t": "hit"}]


@pytest.mark.parametrize("args", [["query", "nope"], ["query", "person-career"], ["query", "person-career", "-p", "x=1"],
                                  ["query", "appointments-in-period", "-p", "from=2024-1-1", "-p", "to=2024-12-31"],
                                  ["query", "people-in-several-groups", "-p", "min=two"],
                                  ["query", "person-career", "-p", "person"], ["query"]])
def test_cli_usage_errors_exit_2(cli_store, args):
    out = CliRunner().invoke(main, args + ["--store", cli_store])
    assert out.exit_code == 2
    assert "Error:" in out.output


def test_every_command_has_an_example():
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name
