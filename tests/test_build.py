"""End to end: the CLI over the seed, bad inputs, determinism, accuracy floors."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import main
from govkg.evaluate import read_jsonl, score
from govkg.export import fact_rows, to_rdf
from govkg.build import build
from govkg.store import Store

from conftest import CORPUS, SEED, SEED_GOLD

#: floors that only move up (real13 once went down, 0.71 -> 0.70, twenty-third session: 该会主席甲 now read gives the 31
#: rows of its v06 right by source, but gold keys that page by two of the three lines of its headline, so they count
#: as spurious there; real21 likewise 0.77 -> 0.76, twenty-fourth session: a report's list of moves with the movers'
#: current posts gives v05's and v19's rows, right by source (real21 by source 0.934 -> 0.965), but those news pages
#: are keyed by their headlines, as the spec says, where real21's gold gives null; measured: seed 1.000 on every type; personnel 1.000, groups-plans 1.000, mixed 1.000 — it was 0.867 before tuning on it)
#: (real3 0.975 -> 0.968 and real12 0.922 -> 0.917 in the thirty-second session: a bare bureau after a unit with its level
#: takes that level, as the spec's level rule reads (市经委、环保局 -> 市环保局); those golds keep some such units bare)
#: (real18 0.911 -> 0.909 in the thirty-eighth session: v12's 保障组 under its 领导小组 is read and right, but the gold keys
#: the page by its number as the copy garbled it, 安发改办〔2015556, where the extractor writes 安发改办〔2015〕556号)
SEED_FLOORS = {"micro": 0.99, "document": 0.97, "appointment": 0.97, "removal": 0.97, "position": 0.97,
               "membership": 0.97, "subgroup": 0.97, "assignment": 0.97, "citation": 0.97}
CORPUS_FLOORS = {"personnel": 0.99, "groups-plans": 0.99, "mixed": 0.99, "holdout2": 0.99, "holdout3": 0.99,
                 "holdout4": 0.99, "holdout5": 0.99, "holdout6": 0.99, "holdout7": 0.99, "holdout8": 0.99,
                 "holdout9": 0.99, "real": 0.96, "real2": 0.92, "layouts2": 0.99, "real3": 0.96, "real4": 0.91, "real5": 0.95,
                 "real6": 0.95, "real7": 0.93, "real8": 0.92,
                 "real9": 0.88, "real10": 0.88, "real11": 0.86, "real12": 0.91, "real13": 0.75, "real14": 0.91, "real15": 0.90,
                 "real16": 0.89, "real17": 0.91, "real18": 0.90, "real19": 0.96, "real20": 0.93, "real21": 0.95, "real22": 0.91,
                 "real23": 0.95, "real24": 0.77, "layouts3": 0.99,
                 "layouts4": 0.99, "layouts5": 0.99, "layouts6": 0.99, "layouts7": 0.99,
                 "layouts8": 0.99, "layouts9": 0.99, "layouts10": 0.99,
                 "layouts11": 0.99, "layouts12": 0.99, "layouts13": 0.99, "layouts14": 0.99, "layouts15": 0.99,
                 "layouts16": 0.99, "layouts17": 0.99, "layouts18": 0.99, "layouts19": 0.99, "layouts20": 0.99,
                 "layouts21": 0.99, "layouts22": 0.99, "layouts23": 0.99, "layouts24": 0.99,
                 "layouts25": 0.99, "layouts26": 0.99, "layouts27": 0.99, "layouts28": 0.99,
                 "layouts29": 0.99, "layouts30": 0.99, "layouts31": 0.99, "layouts32": 0.99,
                 # blind sets not tuned on yet: floors at their first scores
                 "layouts33": 0.99, "layouts34": 0.99, "layouts35": 0.99, "layouts36": 0.99,
                 "layouts37": 0.99, "layouts38": 0.99, "layouts39": 0.99, "layouts40": 0.98,
                 # (layouts37-40: blind, at their scores on the final code)
                 # twenty-eighth session: blind sets, at their scores on the session's final code
                 "layouts41": 0.99, "layouts42": 0.99, "layouts43": 0.99, "layouts44": 0.99, "layouts45": 0.99,
                 "layouts46": 0.98, "layouts47": 0.99, "layouts48": 0.99, "layouts49": 0.99, "layouts50": 0.98,
                 "layouts51": 0.98, "layouts52": 0.99, "layouts53": 0.99, "layouts54": 0.99, "layouts55": 0.99,
                 "layouts56": 0.97, "layouts57": 0.99, "layouts58": 0.99,
                 # twenty-ninth session: blind sets, at their scores on the session's final code
                 "layouts59": 0.98, "layouts60": 0.99, "layouts61": 0.99, "layouts62": 0.99, "layouts63": 0.99,
                 "layouts64": 0.99, "layouts65": 0.99, "layouts66": 0.99, "layouts67": 0.99, "layouts68": 0.98,
                 "layouts69": 0.99, "layouts70": 0.99, "layouts71": 0.99, "layouts72": 0.99, "layouts73": 0.99,
                 "layouts74": 0.99, "layouts75": 0.99, "layouts76": 0.99,
                 # thirtieth session: blind sets, at their scores on the session's final code (raised in the thirty-first, where it moved them)
                 "layouts77": 0.99, "layouts78": 0.99, "layouts79": 0.99, "layouts80": 0.99, "layouts81": 0.99,
                 "layouts82": 0.99, "layouts83": 0.98, "layouts84": 0.98, "layouts85": 0.98, "layouts86": 0.99,
                 # (written blind at the session's end, scored once on its final code: the next session's unseen sets)
                 "layouts87": 0.98, "layouts88": 0.96,
                 # thirty-first session: blind sets, at their scores on the session's final code (layouts90, layouts93 and
                 # layouts94 held out until the end; real26 and real27 held out, real25 a dev set; layouts95-96 written last)
                 "layouts89": 0.99, "layouts90": 0.97, "layouts91": 0.99, "layouts92": 0.96, "layouts93": 0.97,
                 "layouts94": 0.99, "real25": 0.68, "real26": 0.49, "real27": 0.65,
                 "layouts95": 0.99, "layouts96": 0.99,
                 # thirty-second session: blind sets at their scores on the session's final code (layouts99 and layouts102
                 # held out through the first round, then dev sets; layouts105 and layouts106 written late and held out;
                 # real26 and real27 held out, looked at at the end)
                 "layouts97": 0.93, "layouts98": 0.97, "layouts99": 0.99, "layouts100": 0.99, "layouts101": 0.99,
                 "layouts102": 0.99, "layouts103": 0.99, "layouts104": 0.99, "layouts105": 0.98, "layouts106": 0.99,
                 # (round 3: layouts108, layouts109 and real30 dev sets; layouts107 and layouts110 held out, then looked at
                 # for two page-level classes at the very end)
                 "layouts107": 0.98, "layouts108": 0.99, "layouts109": 0.99, "layouts110": 0.98,
                 "real28": 0.88, "real29": 0.86, "real30": 0.87,
                 # thirty-third session: blind sets at their scores on the session's final code (layouts112, layouts113 and
                 # real31 dev sets of round 1, layouts111 and layouts114 held out through it; round 2's dev sets layouts111,
                 # layouts114, layouts115, layouts118 and real32, layouts116 and layouts117 held out through it; round 3's
                 # layouts116, layouts117, layouts121, layouts122 and real33, layouts119 and layouts120 held out through it, then
                 # looked at for two page-level classes)
                 "layouts111": 0.99, "layouts112": 0.99, "layouts113": 0.99, "layouts114": 0.99, "layouts115": 0.99,
                 "layouts116": 0.99, "layouts117": 0.99, "layouts118": 0.98, "layouts119": 0.90, "layouts120": 0.95,
                 "layouts121": 0.96, "layouts122": 0.99, "real31": 0.89, "real32": 0.88, "real33": 0.93,
                 # thirty-fourth session: round 1's dev sets layouts123-125, layouts128, real34, real35 (layouts126 and
                 # layouts127 held out through it); round 2's dev sets layouts126, layouts127, layouts129, layouts131,
                 # real36 (layouts130 and layouts132 held out through it; layouts132 then looked at for its crawl
                 # formats); round 3's dev sets layouts130, layouts133, layouts134, real37 (first scored on round 2's code)
                 "layouts123": 0.98, "layouts124": 0.98, "layouts125": 0.97, "layouts126": 0.95, "layouts127": 0.96,
                 "layouts128": 0.95, "layouts129": 0.99, "layouts130": 0.99, "layouts131": 0.96, "layouts132": 0.86,
                 "layouts133": 0.97, "layouts134": 0.98, "real34": 0.87, "real35": 0.85, "real36": 0.78, "real37": 0.83,
                 # thirty-fifth session: round 1's dev sets layouts135-138, real38 and real39 (layouts139 and layouts140
                 # held out through it); round 2's dev sets layouts139-142, layouts144, real40 (layouts143 and real41
                 # held out through it); layouts145-148 written during round 2, first scored on its code; round 3's dev
                 # sets layouts143, layouts145, layouts147, layouts148, real41
                 "layouts135": 0.99, "layouts136": 0.99, "layouts137": 0.99, "layouts138": 0.98, "layouts139": 0.99,
                 "layouts140": 0.97, "layouts141": 0.99, "layouts142": 0.99, "layouts143": 0.98, "layouts144": 0.99,
                 "layouts145": 0.97, "layouts146": 0.99, "layouts147": 0.99, "layouts148": 0.99,
                 "real38": 0.59, "real39": 0.93, "real40": 0.90, "real41": 0.88,
                 # thirty-sixth session: round 1's dev sets layouts149, layouts150 (layouts151 held out through it);
                 # round 2's dev set layouts151 (layouts152-154 held out through it); round 3's dev sets layouts152-154
                 # (layouts155 and layouts156 held out through it), then a lead's round on layouts155 and layouts156
                 "layouts149": 0.99, "layouts150": 1.0, "layouts151": 0.96, "layouts152": 0.99, "layouts153": 0.97,
                 "layouts154": 0.90, "layouts155": 0.96, "layouts156": 0.78,
                 # thirty-seventh session: round 1 (helpers on real25-41, the lead on layouts157/159 and real42's pages;
                 # layouts158, real43 held out), round 2 (dev layouts157, layouts159, real42; held out layouts160-162 and
                 # real43), round 3 (dev layouts158, layouts160, real43; held out layouts161, layouts162), then a lead's
                 # round on layouts161 and layouts162's pages
                 "layouts157": 0.99, "layouts158": 0.93, "layouts159": 0.99, "layouts160": 0.98, "layouts161": 0.90,
                 "layouts162": 0.75, "real42": 0.67, "real43": 0.83,
                 # thirty-eighth session: round 1 and 2's dev sets layouts164-166, layouts168, real44 (layouts163,
                 # layouts167, real45 held out through them), round 3's dev sets layouts163, layouts167, real45
                 "layouts163": 0.99, "layouts164": 0.99, "layouts165": 0.96, "layouts166": 0.94, "layouts167": 0.94,
                 "layouts168": 0.98, "real44": 0.86, "real45": 0.98,
                 # thirty-ninth session: rounds 1–3's dev sets layouts169–178, real46, real47 (layouts170, layouts173
                 # held out through round 1, real47 through rounds 1–2); layouts179 and real48, written in the second
                 # batch, held out to the end
                 "layouts169": 0.99, "layouts170": 0.99, "layouts171": 0.99, "layouts172": 0.94, "layouts173": 0.99,
                 "layouts174": 0.97, "layouts175": 0.98, "layouts176": 0.98, "layouts177": 0.99, "layouts178": 0.99,
                 "layouts179": 0.78, "real46": 0.83, "real47": 0.91, "real48": 0.75}
#: pages copied from the web lose titles and numbers: their document rows have their own floors (real 0.94 -> 0.93 in the
#: thirty-third session: c26's heading, its joint issuers on a line over 关于… and its number under it, is read whole, as
#: 28 other golds read such headings; c26's gold keeps 关于… alone)
DOCUMENT_FLOORS = {"real": 0.93, "real2": 0.95, "real3": 0.94, "real4": 0.94, "real5": 0.93, "real6": 0.95,
                   "real7": 0.95, "real8": 0.92, "real9": 0.79, "real10": 0.79, "real11": 0.82, "real12": 0.89,
                   "real13": 0.72, "real14": 0.86, "real15": 0.91, "real16": 0.94,
                   "real17": 0.92, "real18": 0.89, "real19": 0.90, "real20": 0.93, "real21": 0.84,
                   "real22": 0.90, "real23": 0.95, "real24": 0.71,
                   "layouts37": 0.91, "layouts38": 0.99, "layouts40": 0.88,  # (blind sets, as scored on the final code)
                   "layouts41": 0.89, "layouts46": 0.89, "layouts51": 0.99, "layouts57": 0.99,
                   "layouts58": 0.99, "layouts59": 0.89, "layouts81": 0.89, "layouts83": 0.89,
                   "layouts85": 0.99, "layouts88": 0.99, "layouts94": 0.99, "layouts96": 0.85, "real25": 0.84, "real26": 0.79, "real27": 0.49,
                   "layouts97": 0.89, "layouts99": 0.89, "layouts106": 0.89, "real28": 0.49, "real29": 0.85,
                   "real30": 0.49, "real31": 0.84, "real32": 0.79,
                   "layouts119": 0.95, "layouts120": 0.89, "layouts121": 0.99, "real33": 0.84,
                   "layouts132": 0.81, "real34": 0.33, "real35": 0.84, "real36": 0.66,
                   "layouts143": 0.89, "real38": 0.57, "real40": 0.85, "real41": 0.76,
                   "layouts154": 0.90, "layouts156": 0.59, "layouts161": 0.72, "layouts162": 0.81, "real42": 0.36,
                   "real43": 0.78, "real44": 0.81, "real45": 0.91,
                   "layouts179": 0.72, "real46": 0.70, "real47": 0.69, "real48": 0.60}
#: identity (pairwise precision, recall) on the real corpora, where names are printed in both scripts (real's recall
#: 0.991 -> 0.988 in the thirty-first session, when slice a's news pages took their headlines as the spec says and their
#: rows came to match: a10 prints 胡 as 鬍 (鬍明朗), not linked to a11's 胡明朗)
IDENTITY_FLOORS = {"real": (0.99, 0.98), "real2": (0.96, 0.96), "real3": (0.98, 0.99), "real4": (0.99, 0.99),
                    "real6": (0.97, 0.99)}


def test_seed_accuracy_floors(seed_rows):
    report = score(seed_rows, read_jsonl(SEED_GOLD))
    assert report.micro.f1 >= SEED_FLOORS["micro"]
    for kind, s in report.per_type.items():
        assert s.f1 >= SEED_FLOORS[kind], (kind, s, report.missing[:5], report.spurious[:5])
    assert all(v == 1.0 for v in report.attributes.values())


@pytest.mark.parametrize("name", sorted(CORPUS_FLOORS))
def test_own_corpus_floors(name, tmp_path):
    store = Store(tmp_path / "store")
    report = build([CORPUS / name / "notices"], store)
    assert not report.problems
    result = score(fact_rows(store), read_jsonl(CORPUS / name / "gold.jsonl"))
    assert result.micro.f1 >= CORPUS_FLOORS[name]
    assert result.per_type["document"].f1 >= DOCUMENT_FLOORS.get(name, 0.9)
    precision, recall = IDENTITY_FLOORS.get(name, (0.0, 0.0))
    assert result.identity[0] >= precision and result.identity[1] >= recall, result.identity


def test_every_fact_row_has_person_id_and_types_are_known(seed_rows):
    kinds = {r["type"] for r in seed_rows}
    assert kinds == {"document", "appointment", "removal", "position", "membership", "subgroup", "assignment",
                     "citation"}
    assert all(r.get("person_id") for r in seed_rows if "person" in r)


def test_cli_build_export_eval(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    result = runner.invoke(main, ["build", "--store", store, str(SEED)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "facts.jsonl"
    assert runner.invoke(main, ["export", "--store", store, "--format", "facts", "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["type"] == "appointment" and r["person"] == "乔建江" and r["agency"] == "市乡村振兴局" for r in rows)
    csv = runner.invoke(main, ["export", "--store", store, "--format", "csv"])
    assert csv.exit_code == 0 and csv.output.startswith("type,doc,")
    ev = runner.invoke(main, ["eval", str(SEED_GOLD), "--store", store])
    assert ev.exit_code == 0 and "micro" in ev.output


def test_rebuilding_replaces_instead_of_duplicating(tmp_path):
    store = Store(tmp_path / "store")
    build([SEED], store)
    first = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in fact_rows(store))
    build([SEED], store)
    assert sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in fact_rows(store)) == first
    graphs = store.graphs()
    assert len([g for g in graphs if "/id/notice/" in g]) == 10  # ten notices, each once
    assert len(graphs) == 15  # and the identity graph, the resolver's state and cache, one government's renames, the derived records


def test_same_input_gives_byte_identical_turtle(tmp_path):
    outs = []
    for n in range(2):
        store = Store(tmp_path / f"s{n}")
        build([SEED], store)
        outs.append(to_rdf(store, "turtle"))
    assert outs[0] == outs[1]


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    "truncated.html": ("<html><body><div class='article-content'><p>鄂尔多斯市人民政府关于".encode(), "truncated"),
}


def test_bad_files_are_named_and_the_rest_still_builds(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for name, (data, _) in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "store"), str(folder)])
    assert result.exit_code == 1
    for name, (_, reason) in BAD_INPUTS.items():
        assert any(name in line and reason in line for line in result.output.splitlines()), (name, result.output)
    assert "built 10 notices" in result.output


def test_gbk_file_reads_like_utf8(tmp_path):
    text = "汤平县人民政府关于张三等同志职务任免的通知\n汤政任〔2024〕1号\n各乡镇人民政府：\n决定：\n张三任县财政局局长。\n汤平县人民政府\n2024年1月2日\n"
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    store = Store(tmp_path / "store")
    report = build([tmp_path / "gbk.txt"], store)
    assert report.notices == 1
    rows = fact_rows(store)
    assert {(r["person"], r["agency"]) for r in rows if r["type"] == "appointment"} == {("张三", "县财政局")}


def test_usage_error_exits_2():
    assert CliRunner().invoke(main, ["build"]).exit_code == 2


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_input_order_does_not_change_the_graph(tmp_path):
    files = sorted((CORPUS / "mixed" / "notices").iterdir()) + [SEED]
    outs = []
    for n, order in enumerate((files, files[::-1])):
        store = Store(tmp_path / f"s{n}")
        build(order, store)
        outs.append(to_rdf(store, "nquads"))
    assert outs[0] == outs[1]


UNTITLED = """经研究，决定：
张卫东同志任市财政局局长；
免去李红梅同志的市财政局副局长职务。
"""


def test_a_notice_without_title_keeps_its_facts_and_warns(tmp_path):
    """A page that lost its title, number and signature still gives every fact it states;
    its document row carries null for what is missing and the build warns (exit 0)."""
    notice = tmp_path / "cut-page.txt"
    notice.write_text(UNTITLED, encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["build", "--store", store, str(notice)])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "cut-page.txt" in result.output and "no title" in result.output
    out = tmp_path / "facts.jsonl"
    assert CliRunner().invoke(main, ["export", "--store", store, "--format", "facts", "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    doc = [r for r in rows if r["type"] == "document"]
    assert len(doc) == 1 and doc[0]["doc"] is None and doc[0]["title"] is None
    assert {(r["type"], r["person"]) for r in rows if "person" in r} == {("appointment", "张卫东"),
                                                                        ("removal", "李红梅")}
    assert all(r["source"] == str(notice) and r["notice"] == doc[0]["notice"] for r in rows)


def test_rows_carry_notice_and_source(seed_rows):
    """Every row names its notice IRI and where it was read from (file#N for a listing)."""
    assert all(r["notice"].startswith("https://w3id.org/govkg/id/notice/") for r in seed_rows)
    sources = {r["source"] for r in seed_rows}
    assert sources == {f"{SEED}#{n}" for n in range(1, 11)}
    by_notice = {}
    for r in seed_rows:
        by_notice.setdefault(r["notice"], set()).add((r["doc"], r["source"]))
    assert all(len(v) == 1 for v in by_notice.values())
