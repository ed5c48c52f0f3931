"""Derived records (graph/derived): what they hold, and that a build refreshing only what
its notices touch leaves the same records as computing them all again."""
from __future__ import annotations

from urllib.parse import unquote

import pyoxigraph as ox
import pytest

from govkg import derived
from govkg.build import build
from govkg.derived import DERIVED_GRAPH, _Event, lookup_keys, stale_listings, vacancies
from govkg.export import to_rdf
from govkg.store import Store
from test_queries import NOTICES


def _records(store: Store) -> list[str]:
    return sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(DERIVED_GRAPH))))


def _write(folder, names):
    folder.mkdir()
    for name in names:
        (folder / name).write_text(NOTICES[name], encoding="utf-8")
    return folder


def test_lookup_keys_are_the_names_and_the_endings_at_a_level_of_government():
    assert lookup_keys(["青山市水利局"], ["市水利局"]) == {"青山市水利局", "市水利局"}
    assert lookup_keys(["内蒙古自治区鄂尔多斯市财政局"]) == {
        "内蒙古自治区鄂尔多斯市财政局", "区鄂尔多斯市财政局", "市财政局"}
    assert lookup_keys(["青山市局"]) == {"青山市局"}  # an ending of two characters is too short


def _ev(kind, date, pid, name="甲"):
    return _Event(kind, date, pid, name, f"文{date}", f"n{date}", True, "青山市水利局", "局长")


def test_vacancy_spells_follow_removals_and_new_holders():
    events = [_ev("appointment", "2024-01-01", "p1"), _ev("removal", "2024-03-01", "p1"),
              _ev("appointment", "2024-05-01", "p2", "乙"), _ev("removal", "2024-07-01", "p2", "乙")]
    spells = [(v["spellFrom"], v.get("spellUntil"), v["vacantSince"], v["removedName"]) for v in vacancies(events)]
    # (the second spell names 乙, who left it vacant, not 甲 too: 乙 held it between)
    assert spells == [("2024-03-01", "2024-05-01", "2024-03-01", ["甲"]),
                      ("2024-07-01", None, "2024-07-01", ["乙"])]


def test_a_listing_after_a_removal_is_stale_unless_reappointed_between():
    events = [_ev("removal", "2024-03-01", "p1"), _ev("holding", "2024-04-01", "p1")]
    assert [(r["removedOn"], r["listedOn"]) for r in stale_listings(events)] == [("2024-03-01", "2024-04-01")]
    events.append(_ev("appointment", "2024-03-15", "p1"))
    assert stale_listings(events) == []


def test_a_build_in_steps_leaves_the_records_of_one_build(tmp_path, monkeypatch):
    names = sorted(NOTICES)
    whole = Store(tmp_path / "whole")
    build([_write(tmp_path / "all", names)], whole)
    steps = Store(tmp_path / "steps")
    build([_write(tmp_path / "first", names[:2])], steps)
    first = _records(steps)
    scanned = []
    real = derived._places_in
    monkeypatch.setattr(derived, "_places_in", lambda s, notices: scanned.append(notices) or real(s, notices))
    build([_write(tmp_path / "rest", names[2:])], steps)
    # only new notices: a post's agencies and titles are its records' and what the new notices give
    assert [len(n) for n in scanned] == [len(names) - 2]
    assert first and _records(steps) != first
    assert _records(steps) == _records(whole)
    derived.refresh(steps)  # everything again, from scratch
    assert _records(steps) == _records(whole)
    kinds = {q.object.value for q in whole.ox.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None, ox.NamedNode(str(DERIVED_GRAPH)))}
    assert {"https://w3id.org/govkg/ontology#" + k for k in ("Homonym", "StaleListing", "Vacancy")} <= kinds


def test_a_refresh_that_dies_between_steps_is_redone_in_full_by_the_next_build(tmp_path, monkeypatch):
    names = sorted(NOTICES)
    whole = Store(tmp_path / "whole")
    build([_write(tmp_path / "all", names)], whole)
    store = Store(tmp_path / "s")
    build([_write(tmp_path / "first", names[:2])], store)
    real = derived._post_triples

    def dies(*args):
        raise KeyboardInterrupt  # the user stops the build while posts are written

    monkeypatch.setattr(derived, "_post_triples", dies)
    with pytest.raises(KeyboardInterrupt):
        build([_write(tmp_path / "rest", names[2:])], store)
    assert not derived.current(store)  # the version went first: these records are not to be trusted
    monkeypatch.setattr(derived, "_post_triples", real)
    build([], store)  # the next build, even of nothing, rebuilds every record
    assert derived.current(store) and _records(store) == _records(whole)


def test_a_notice_rebuilt_to_name_another_post_leaves_the_records_of_a_fresh_build(tmp_path):
    names = sorted(NOTICES)
    store = Store(tmp_path / "s")
    folder = _write(tmp_path / "all", names)
    build([folder], store)
    # 陈红 is now appointed to another bureau: the old post's timeline (and records) lose the appointment
    notice = folder / "n4.txt"
    notice.write_text(notice.read_text(encoding="utf-8").replace("陈红任市水利局副局长", "陈红任市审计局副局长"),
                      encoding="utf-8")
    build([notice], store)
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh)
    assert _records(store) == _records(fresh)


def test_labels_a_rebuilt_notice_no_longer_gives_leave_the_records_of_a_fresh_build(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")
    folder = _write(tmp_path / "all", sorted(NOTICES))
    build([folder], store)
    scanned = []
    real = derived._places_in
    monkeypatch.setattr(derived, "_places_in", lambda s, notices: scanned.append(notices) or real(s, notices))
    spied = []
    real_posts = derived._post_triples
    monkeypatch.setattr(derived, "_post_triples", lambda *a: spied.append(a[-1]) or real_posts(*a))
    _rebuild_without(store, folder / "n4.txt", "应急管理局")  # the notice that alone names that bureau's post
    # the posts the old version gave are read from every notice (it may have taken an agency or title away)
    assert len(scanned) == 1 and any("应急管理局" in unquote(p) for lost in spied for p in lost)
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh)
    assert _records(store) == _records(fresh)


def test_exports_leave_the_derived_records_out(tmp_path):
    store = Store(tmp_path / "s")
    build([_write(tmp_path / "n", sorted(NOTICES))], store)
    assert _records(store)
    assert str(DERIVED_GRAPH).encode() not in to_rdf(store, "nquads")
    assert b"lookupKey" not in to_rdf(store, "turtle")


def _ranking_by_grouping(store: Store) -> list[dict]:
    """The ranking as the whole store says it: every assignment grouped by agency name."""
    rows = store.query("""PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?agency ?role (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH ?g {
            ?x a gov:TaskAssignment ; gov:task ?t ; gov:taskRole ?r ; gov:agency ?a . ?a skos:prefLabel ?agency } 
            BIND(STRAFTER(STR(?r), "taskRole/") AS ?role) } GROUP BY ?agency ?role""")
    out: dict[str, dict] = {}
    for r in rows:
        row = out.setdefault(r["agency"], {"agency": r["agency"], "lead_tasks": 0, "support_tasks": 0,
                                           "responsible_tasks": 0})
        row[f"{r['role']}_tasks"] = r["n"]
    return sorted(out.values(), key=lambda r: r["agency"])


def test_the_ranking_of_lead_agencies_reads_counts_equal_to_grouping_every_assignment(tmp_path):
    from govkg import canned
    store = Store(tmp_path / "s")
    build([_write(tmp_path / "first", sorted(NOTICES)[:2])], store)
    build([_write(tmp_path / "rest", sorted(NOTICES)[2:])], store)  # counts kept up to date in steps
    ranked = canned.run(store, canned.load("lead-agency-ranking"))
    assert ranked and any(r["lead_tasks"] for r in ranked)
    assert sorted(ranked, key=lambda r: r["agency"]) == _ranking_by_grouping(store)
    leads = [r["lead_tasks"] for r in ranked]
    assert leads == sorted(leads, reverse=True)


def test_records_of_an_older_version_are_rebuilt_by_the_next_build(tmp_path):
    from govkg import canned
    names = sorted(NOTICES)
    store = Store(tmp_path / "s")
    build([_write(tmp_path / "first", names[:-1])], store)
    whole = _records(store)
    # a store written before task counts existed: no counts, no version
    store.ox.update(f"""PREFIX gov: <https://w3id.org/govkg/ontology#>
        DELETE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }}
        FILTER(?p IN (gov:leadTaskCount, gov:supportTaskCount, gov:responsibleTaskCount, gov:recordsVersion)) }}""")
    assert not derived.current(store) and not canned.run(store, canned.load("lead-agency-ranking"))
    build([_write(tmp_path / "last", names[-1:])], store)  # adds one notice: rebuilds every record
    assert derived.current(store)
    fresh = Store(tmp_path / "fresh")
    build([tmp_path / "first", tmp_path / "last"], fresh)
    assert _records(store) == _records(fresh) != whole


def _rebuild_without(store: Store, notice, word: str) -> None:
    """Build the notice file again with its lines that contain ``word`` cut."""
    text = notice.read_text(encoding="utf-8")
    notice.write_text("\n".join(ln for ln in text.splitlines() if word not in ln), encoding="utf-8")
    build([notice], store)


def test_task_counts_follow_a_notice_rebuilt_with_fewer_tasks(tmp_path):
    from govkg import canned
    plans = [n for n in sorted(NOTICES) if "牵头" in NOTICES[n]]
    assert plans
    store = Store(tmp_path / "s")
    folder = _write(tmp_path / "n", sorted(NOTICES))
    build([folder], store)
    before = canned.run(store, canned.load("lead-agency-ranking"))
    _rebuild_without(store, folder / plans[0], "牵头")  # its lines that lead tasks cut: counts go down by difference
    after = canned.run(store, canned.load("lead-agency-ranking"))
    assert sum(r["lead_tasks"] for r in after) < sum(r["lead_tasks"] for r in before)
    assert sorted(after, key=lambda r: r["agency"]) == _ranking_by_grouping(store)
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh)
    assert _records(store) == _records(fresh)


def _changes_by_grouping(store: Store) -> list[dict]:
    """Personnel changes as the whole store says them: every appointment and removal grouped by
    the name of its post's agency."""
    rows = store.query("""PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?agency (COUNT(DISTINCT ?ap) AS ?appointments) (COUNT(DISTINCT ?rm) AS ?removals) WHERE { GRAPH ?g {
            { ?f a gov:Appointment . BIND(?f AS ?ap) } UNION { ?f a gov:Removal . BIND(?f AS ?rm) }
            ?f gov:post/gov:inAgency/skos:prefLabel ?agency } } GROUP BY ?agency""")
    return sorted(({"agency": r["agency"], "changes": r["appointments"] + r["removals"],
                    "appointments": r["appointments"], "removals": r["removals"]} for r in rows),
                  key=lambda r: r["agency"])


def test_agencies_by_personnel_changes_read_counts_equal_to_grouping_every_decision(tmp_path):
    from govkg import canned
    personnel = [n for n in sorted(NOTICES) if "免去" in NOTICES[n]]
    assert personnel
    store = Store(tmp_path / "s")
    folder = _write(tmp_path / "n", sorted(NOTICES))
    build([folder], store)
    before = canned.run(store, canned.load("agencies-most-changes"))
    assert before and sorted(before, key=lambda r: r["agency"]) == _changes_by_grouping(store)
    _rebuild_without(store, folder / personnel[0], "免去")  # without its removals: the counts go down by difference
    after = canned.run(store, canned.load("agencies-most-changes"))
    assert sum(r["removals"] for r in after) < sum(r["removals"] for r in before)
    assert sorted(after, key=lambda r: r["agency"]) == _changes_by_grouping(store)
    # no agency with tasks only is ranked among the personnel changes, nor the other way round
    assert all(r["changes"] for r in after)
    assert all(any((r["lead_tasks"], r["support_tasks"], r["responsible_tasks"]))
               for r in canned.run(store, canned.load("lead-agency-ranking")))


def test_number_keys_drop_brackets_and_spaces():
    assert {derived.number_key(n) for n in ("国发〔2023〕18号", "国发[2023]18号", "国发 (2023) 18号", "国发【2023】18号")} == {
        "国发202318号"}


def test_keys_and_group_names_follow_a_notice_rebuilt_with_another_citation_and_group(tmp_path):
    """A notice built again with another group name and another cited number: the searches
    by part of a group name and by cited number find the new ones only, and the records are
    those of a fresh build (the old group name's record goes with the last notice bearing it)."""
    from govkg import canned

    def run(store, name, **params):
        return canned.run(store, canned.load(name), params)

    store = Store(tmp_path / "s")
    folder = _write(tmp_path / "n", sorted(NOTICES))
    build([folder], store)
    assert run(store, "group-members", group="河湖治理工作专班")
    assert [r["doc"] for r in run(store, "notices-citing", number="青府办发(2024)5号")] == ["青府发〔2024〕3号"]
    target = folder / "n3.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("河湖治理工作专班", "河湖保护工作专班").replace("青府办发〔2024〕5号", "青府办发〔2024〕6号"),
                      encoding="utf-8")
    build([target], store)
    assert run(store, "group-members", group="河湖治理工作专班") == []
    assert {r["group_name"] for r in run(store, "group-members", group="河湖保护")} == {"青山市河湖保护工作专班"}
    assert run(store, "notices-citing", number="青府办发〔2024〕5号") == []
    assert [r["doc"] for r in run(store, "notices-citing", number="青府办发[2024]6号")] == ["青府发〔2024〕3号"]
    assert [r["cited_number"] for r in run(store, "notice-citations", doc="青府发(2024)3号")] == ["青府办发〔2024〕6号"]
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh)
    assert _records(store) == _records(fresh)
