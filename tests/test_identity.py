"""Identity: one node per real person across notices, homonyms kept apart, stable IRIs,
reviewer overrides, and an explanation of every decision."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from govkg.build import build
from govkg.cli import main
from govkg.export import fact_rows
from govkg.resolve.people import Override, read_overrides
from govkg.store import Store

from conftest import SEED

NOTICES = {
    # January: 张伟 listed at the finance bureau; 李娜 at the water bureau
    "a.txt": """安平市人民政府办公室关于成立安平市防汛工作领导小组的通知
安政办发〔2024〕1号
各县区人民政府：
决定成立安平市防汛工作领导小组，组成人员如下：
组　长：赵　刚　副市长
成　员：张　伟　市财政局副局长
　　　　李　娜　市水利局局长
　　　　王　磊　市交通运输局局长
安平市人民政府办公室
2024年1月10日
""",
    # February: 张伟 appointed to the audit bureau (a career move); a second 李娜 appointed elsewhere
    "b.txt": """安平市人民政府关于张伟等同志职务任免的通知
安府任〔2024〕2号
各县区人民政府：
决定：
张伟任市审计局局长；
李娜任市民政局副局长。
安平市人民政府
2024年2月1日
""",
    # March: one notice lists two different 王磊, and both 李娜 (water bureau, civil affairs) again
    "c.txt": """安平市人民政府办公室关于成立安平市安全生产委员会的通知
安政办发〔2024〕3号
各县区人民政府：
决定成立安平市安全生产委员会，组成人员如下：
主　任：赵　刚　副市长
委　员：王　磊　市交通运输局局长
　　　　王　磊　市应急管理局副局长
　　　　李　娜　市水利局局长
　　　　李　娜　市民政局副局长
安平市人民政府办公室
2024年3月5日
""",
    # another government's 张伟: same name, nothing in common
    "d.txt": """清河县人民政府关于张伟同志职务任免的通知
清政任〔2024〕4号
各乡镇人民政府：
决定：
张伟任县教育局局长。
清河县人民政府
2024年2月15日
""",
}


def _write(tmp_path: Path, names) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(NOTICES[name], encoding="utf-8")
    return [folder / n for n in names]


def _ids(store: Store) -> dict[tuple[str, str, str], str]:
    return {(r["doc"], r["person"], r.get("agency") or r.get("group")): r["person_id"]
            for r in fact_rows(store) if "person_id" in r}


def test_homonyms_and_moves(tmp_path):
    store = Store(tmp_path / "s")
    build(_write(tmp_path, NOTICES), store)
    ids = _ids(store)
    # 张伟 moved from the finance bureau (listed) to the audit bureau (appointed): one person
    assert ids[("安政办发〔2024〕1号", "张伟", "市财政局")] == ids[("安府任〔2024〕2号", "张伟", "市审计局")]
    # a county's 张伟 is someone else
    assert ids[("清政任〔2024〕4号", "张伟", "县教育局")] != ids[("安府任〔2024〕2号", "张伟", "市审计局")]
    # two 王磊 in one notice with unrelated posts are two people; the transport one is January's
    assert ids[("安政办发〔2024〕3号", "王磊", "市交通运输局")] != ids[("安政办发〔2024〕3号", "王磊", "市应急管理局")]
    assert ids[("安政办发〔2024〕3号", "王磊", "市交通运输局")] == ids[("安政办发〔2024〕1号", "王磊", "市交通运输局")]
    # two 李娜: the water-bureau head and the civil-affairs deputy appointed in February
    assert ids[("安政办发〔2024〕3号", "李娜", "市水利局")] == ids[("安政办发〔2024〕1号", "李娜", "市水利局")]
    assert ids[("安政办发〔2024〕3号", "李娜", "市民政局")] == ids[("安府任〔2024〕2号", "李娜", "市民政局")]
    assert ids[("安政办发〔2024〕3号", "李娜", "市水利局")] != ids[("安政办发〔2024〕3号", "李娜", "市民政局")]


def test_iris_stay_when_other_notices_arrive(tmp_path):
    store = Store(tmp_path / "s")
    build(_write(tmp_path, ["a.txt", "b.txt"]), store)
    before = _ids(store)
    build(_write(tmp_path, ["d.txt"]), store)
    after = _ids(store)
    assert all(after[k] == v for k, v in before.items())


def test_overrides_win(tmp_path):
    rules = tmp_path / "overrides.txt"
    rules.write_text("# reviewed\ndifferent 张伟 安政办发〔2024〕1号 安府任〔2024〕2号\n", encoding="utf-8")
    assert read_overrides(rules) == [Override(False, "张伟", "安政办发〔2024〕1号", "安府任〔2024〕2号")]
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--identity-overrides", str(rules),
                                       *map(str, _write(tmp_path, ["a.txt", "b.txt"]))])
    assert result.exit_code == 0, result.output
    ids = _ids(Store(tmp_path / "s"))
    assert ids[("安政办发〔2024〕1号", "张伟", "市财政局")] != ids[("安府任〔2024〕2号", "张伟", "市审计局")]


def test_bad_override_file_is_a_usage_error(tmp_path):
    rules = tmp_path / "o.txt"
    rules.write_text("maybe 张伟 x y\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--identity-overrides", str(rules),
                                       str(SEED)])
    assert result.exit_code == 2 and "line 1" in result.output


def test_explain_names_the_evidence(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "s")
    assert runner.invoke(main, ["build", "--store", store, str(SEED)]).exit_code == 0
    out = runner.invoke(main, ["explain", "person", "李军", "--store", store]).output
    assert out.startswith("2 person node(s) named 李军")
    assert "yet listed as 副局长 in 鄂尔多斯市应急管理局" in out
    out = runner.invoke(main, ["explain", "person", "苏 雅拉图", "--store", store]).output
    assert "one notice names two of them" in out


RENAME = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT DISTINCT ?old ?new ?why WHERE {
  ?c a org:ChangeEvent ; org:originalOrganization/skos:prefLabel ?old ;
     org:resultingOrganization/skos:prefLabel ?new ; gov:identityEvidence ?why }
"""
TENURE = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name ?agency ?title ?begin ?end WHERE {
  ?t a gov:Tenure ; gov:holder/foaf:name ?name ; gov:post ?p .
  ?p gov:title ?title ; gov:inAgency/skos:prefLabel ?agency .
  OPTIONAL { ?t time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth) ?begin }
  OPTIONAL { ?t time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth) ?end }
}
"""


def test_rename_recorded_with_evidence(seed_store):
    rows = seed_store.query(RENAME)
    assert [(r["old"], r["new"]) for r in rows] == [("鄂尔多斯市行政审批和政务服务局", "鄂尔多斯市行政审批政务服务与数据管理局")]
    assert "陈旭辉" in rows[0]["why"] and "彭军" in rows[0]["why"]


def test_tenures_are_intervals(seed_store):
    rows = {(r["name"], r["agency"], r["title"]): (r["begin"], r["end"]) for r in seed_store.query(TENURE)}
    assert rows[("金山", "鄂尔多斯市人民政府", "副秘书长")] == (None, "2024-02-21")
    assert rows[("钟财富", "鄂尔多斯市发展和改革委员会", "副主任")] == ("2024-01", "2025-01")
    assert rows[("奇凤", "鄂尔多斯市水利局", "副局长")] == ("2022-09", None)
    # 地震局局长: 奇钨乐 removed on 2024-01-09, the day 田野 is appointed
    assert rows[("奇钨乐", "鄂尔多斯市地震局", "局长")] == (None, "2024-01-09")
    assert rows[("田野", "鄂尔多斯市地震局", "局长")] == ("2024-01-09", None)


#: a mirror site's copy in traditional characters: 張偉 at the finance bureau is January's 张伟
TRADITIONAL = """安平市人民政府辦公室關於成立安平市城市管理工作領導小組的通知
安政辦發〔2024〕5號
各縣區人民政府：
決定成立安平市城市管理工作領導小組，組成人員如下：
組　長：趙　剛　副市長
成　員：張　偉　市財政局副局長
安平市人民政府辦公室
2024年1月20日
"""


def test_one_person_in_either_script(tmp_path):
    """A name and its agency printed in traditional characters match the simplified ones
    (values stay as printed), in one build and when the copy arrives in a later build."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "e.txt").write_text(TRADITIONAL, encoding="utf-8")
    for store, builds in ((Store(tmp_path / "one"), [["a.txt", "b.txt", "e.txt"]]),
                          (Store(tmp_path / "two"), [["a.txt", "b.txt"], ["e.txt"]])):
        for names in builds:
            build([tmp_path / "in" / n if n == "e.txt" else _write(tmp_path, [n])[0] for n in names], store)
        ids = _ids(store)
        assert ("安政辦發〔2024〕5號", "張偉", "市財政局") in ids  # as printed
        assert ids[("安政辦發〔2024〕5號", "張偉", "市財政局")] == ids[("安政办发〔2024〕1号", "张伟", "市财政局")] \
            == ids[("安府任〔2024〕2号", "张伟", "市审计局")]
        assert ids[("安政辦發〔2024〕5號", "趙剛", "市人民政府")] == ids[("安政办发〔2024〕1号", "赵刚", "市人民政府")]


def test_no_government_is_not_one_government(tmp_path):
    """Two notices that name no issuer are not one government: a name alone does not join them."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text("关于成立防汛工作领导小组的通知\n组　长：李　军　市水利局局长\n", encoding="utf-8")
    (folder / "y.txt").write_text("关于成立招商工作领导小组的通知\n组　长：李　军　县商务局局长\n", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([folder / "x.txt", folder / "y.txt"], store)
    ids = {r["source"].rsplit("/", 1)[-1]: r["person_id"] for r in fact_rows(store) if r.get("person") == "李军"}
    assert len(ids) == 2 and ids["x.txt"] != ids["y.txt"]


def test_a_post_carried_on_the_next_line_is_the_same_person(tmp_path):
    """A division of work names a leader on one line and his concurrent post on the next (``兼市公安局局长，…``):
    one person, not two people of one name whose posts share no body."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "d.txt").write_text("江河市人民政府关于市长、副市长工作分工的通知\n市长、副市长工作分工\n韩立新市长\n"
                                  "领导市政府全面工作。\n龚春晓副市长\n兼市公安局局长，负责公安、司法行政等工作。\n"
                                  "分管市公安局、市司法局。\n", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([folder / "d.txt"], store)
    ids = {(r["agency"], r["title"]): r["person_id"] for r in fact_rows(store) if r.get("person") == "龚春晓"}
    assert set(ids) == {("市人民政府", "副市长"), ("市公安局", "局长")}
    assert len(set(ids.values())) == 1
