"""A full resolution reads the store in one pass over the notices (``resolve.spill``): it must see
the same mentions, in the same blocks and order, and the same facts of each post, as the lookups
from a name or a post that a build's re-decision uses."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from govkg.build import build
from govkg.namespaces import GOV, IDENTITY_GRAPH
from govkg.resolve.read import Reader
from govkg.resolve.spelling import key as script_key
from govkg.resolve.spill import PREFIX, Spill
from govkg.store import Store

ROOT = Path(__file__).resolve().parent.parent

# one official printed in both scripts by two governments, and a body in traditional script
SIMPLIFIED = """临川市人民政府关于张国华等同志职务任免的通知
临府任〔2023〕3号
各县区人民政府：
决定：
张国华任临川市交通运输局局长；
免去王丽临川市交通运输局局长职务。
临川市人民政府
2023年4月2日
"""
TRADITIONAL = """臨川市人民政府關於成立臨川市道路安全工作領導小組的通知
臨府辦發〔2023〕9號
各縣區人民政府：
決定成立臨川市道路安全工作領導小組，組成人員如下：
組　長：張國華　市交通運輸局局長
成　員：王　麗　市公安局副局長
臨川市人民政府
2023年6月1日
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spill")
    shutil.copy(ROOT / "examples" / "ordos-policy-notices-2024.txt", folder / "seed.txt")
    (folder / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (folder / "b.txt").write_text(TRADITIONAL, encoding="utf-8")
    s = Store(folder / "store")
    build([folder / "seed.txt", folder / "a.txt", folder / "b.txt"], s)
    yield s
    s.close()


def test_the_spill_gives_every_name_s_blocks_as_the_lookups_do(store):
    reader = Reader(store)
    with Spill(reader) as spill:
        spilled = list(spill.names())
    names = sorted({script_key(n) for n in reader.all_names()})
    assert [name for name, _, _ in spilled] == names
    assert any(len({m.name for m in ms}) > 1 for _, _, ms in spilled)  # 张国华 / 張國華 read as one name
    for name, regions, mentions in spilled:
        looked_up = sorted(reader.regions_of(name))
        assert regions == len(looked_up), name
        assert mentions == [m for r in looked_up for m in reader.block(name, r)], name
        reader.forget_names()


def test_the_spill_gives_each_post_s_facts_with_the_people_just_decided(store):
    reader = Reader(store)
    denotes = [(q.subject.value, q.object.value)
               for q in store.ox.quads_for_pattern(None, ox.NamedNode(str(GOV.denotes)), None,
                                                   ox.NamedNode(str(IDENTITY_GRAPH)))]
    assert denotes
    posts = sorted({q.object.value for q in store.ox.quads_for_pattern(None, ox.NamedNode(str(GOV.post)), None, None)})
    with Spill(reader) as spill:
        spill.denote(denotes)
        spilled = dict(spill.post_facts(posts))
    assert sum(map(len, spilled.values())) > 100
    key = lambda pair: (pair[0], sorted(pair[1].items()))
    for post in posts:
        assert sorted(spilled[post], key=key) == sorted(reader.post_facts(post, {}), key=key), post


def test_the_spill_lives_in_the_store_folder_and_leaves_nothing_behind(store):
    stale = store.path / (PREFIX + "killed")  # a build killed while resolving left its spill
    (stale / "x").mkdir(parents=True)
    spill = Spill(Reader(store), store.path)
    folder = Path(spill._dir.name)
    assert folder.parent == store.path and folder.exists()
    assert not stale.exists()
    spill.close()
    assert not folder.exists()
    assert not list(store.path.glob(PREFIX + "*"))


def test_a_build_leaves_no_spill_in_the_store(store):
    assert not list(store.path.glob(PREFIX + "*"))
    assert store.ox.query("ASK { GRAPH ?g { ?m a <%s> } }" % GOV.PersonMention)
