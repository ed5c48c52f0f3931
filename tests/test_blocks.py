"""Identity in blocks: the people of one name are decided per government, linked across
governments only through a body both are named in (or a reviewer), and a build re-decides
only the blocks its notices touch — with the same result as resolving everything."""
from __future__ import annotations

from itertools import permutations

from govkg.build import build
from govkg.export import fact_rows
from govkg.resolve.identity import resolve
from govkg.store import Store

from test_incremental import identity

NOTICES = {
    # a province appoints someone to a city's finance bureau, naming the bureau in full
    "province.txt": """江苏省人民政府关于张伟同志职务任免的通知
苏政任〔2024〕5号
各设区市人民政府：
决定：
张伟任徐州市财政局局长。
江苏省人民政府
2024年3月1日
""",
    # the city lists him at its own finance bureau (市财政局 = 徐州市财政局)
    "city-a.txt": """徐州市人民政府办公室关于成立徐州市防汛工作领导小组的通知
徐政办发〔2024〕1号
各县区人民政府：
决定成立徐州市防汛工作领导小组，组成人员如下：
组　长：赵　刚　副市长
成　员：张　伟　市财政局局长
　　　　李　娜　市水利局局长
徐州市人民政府办公室
2024年5月10日
""",
    # another city's finance-bureau head of the same name: a similar name of a body, not the same body
    "city-b.txt": """苏州市人民政府办公室关于成立苏州市防汛工作领导小组的通知
苏府办发〔2024〕2号
各县区人民政府：
决定成立苏州市防汛工作领导小组，组成人员如下：
组　长：钱　明　副市长
成　员：张　伟　市财政局局长
　　　　王　磊　市水利局局长
苏州市人民政府办公室
2024年6月10日
""",
    # later in that city: 王磊 again, and a new 李娜
    "city-b2.txt": """苏州市人民政府关于王磊等同志职务任免的通知
苏府任〔2024〕7号
各县区人民政府：
决定：
王磊任市交通运输局局长；
李娜任市民政局副局长。
苏州市人民政府
2024年8月1日
""",
}


def _files(tmp_path, names):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(NOTICES[name], encoding="utf-8")
    return [folder / n for n in names]


def _person(store, doc, name):
    return {r["person_id"] for r in fact_rows(store) if r.get("doc") == doc and r.get("person") == name
            and r.get("person_id")}


def test_namesakes_of_two_governments_meet_only_in_one_body(tmp_path):
    store = Store(tmp_path / "s")
    build(_files(tmp_path, NOTICES), store)
    province, city_a, city_b = (_person(store, d, "张伟") for d in ("苏政任〔2024〕5号", "徐政办发〔2024〕1号",
                                                                  "苏府办发〔2024〕2号"))
    assert len(province) == 1 and province == city_a  # the province names the city's bureau: one person
    assert city_b and city_b != city_a  # 苏州市财政局 is not 徐州市财政局, however alike the names


def test_any_order_of_builds_gives_the_identity_of_one_build(tmp_path):
    files = _files(tmp_path, NOTICES)
    at_once = Store(tmp_path / "all")
    build(files, at_once)
    want = identity(at_once)
    for i, order in enumerate(permutations(files, 3)):
        if i % 5:
            continue
        store = Store(tmp_path / f"s{i}")
        for f in order:
            build([f], store)
        build([f for f in files if f not in order], store)
        assert identity(store) == want, [f.name for f in order]


def test_a_notice_re_decides_only_its_own_blocks(tmp_path):
    files = _files(tmp_path, NOTICES)
    store = Store(tmp_path / "s")
    build(files[:3], store)
    build(files[3:], store)
    graph = next(r["notice"] for r in fact_rows(store) if r.get("doc") == "苏府任〔2024〕7号")
    report = resolve(store, [graph])
    # 王磊 and 李娜 of 苏州: not 徐州's 李娜, not any 张伟
    assert not report.full and report.names == 2
    assert report.people == 2


def test_an_incremental_resolution_in_small_steps_gives_the_identity_of_one_build(tmp_path, monkeypatch):
    """A build into a resolved store re-decides its blocks a run of names at a time and the
    tenures a run of posts at a time, each step compared with what the store holds and written
    before the next: one name and one fact per step changes nothing."""
    from govkg.resolve import identity as ident

    more = {"province-removal.txt": """江苏省人民政府关于张伟同志职务免职的通知
苏政任〔2024〕11号
各设区市人民政府：
决定：
免去张伟的徐州市财政局局长职务。
江苏省人民政府
2024年11月1日
""",  # a successor appointed before that ends his tenure earlier: the first build's end must go
            "province-successor.txt": """江苏省人民政府关于刘洋同志职务任免的通知
苏政任〔2024〕9号
各设区市人民政府：
决定：
刘洋任徐州市财政局局长。
江苏省人民政府
2024年9月1日
"""}
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in more.items():
        (folder / name).write_text(text, encoding="utf-8")
    files = _files(tmp_path, NOTICES)
    first = [files[0], folder / "province-removal.txt"]
    rest = files[1:] + [folder / "province-successor.txt"]
    one = Store(tmp_path / "one")
    build(first + rest, one)
    steps = Store(tmp_path / "steps")
    build(first, steps)
    before = identity(steps)
    monkeypatch.setattr(ident, "MENTIONS_PER_STEP", 1)
    monkeypatch.setattr(ident, "FACTS_PER_STEP", 1)
    monkeypatch.setattr(ident, "BULK_QUADS", 10)
    report = resolve(steps, [])  # nothing changed: nothing to do
    assert not report.full and report.people == 0
    build(rest, steps)
    assert identity(steps) == identity(one)
    assert set(before) - set(identity(steps))  # (the successor moved the end the first build wrote)


def test_a_full_resolution_in_small_steps_gives_the_same_identity(tmp_path, monkeypatch):
    """A full resolution writes a slice of names at a time (memory flat in the store); the
    slices, the bulk loader used for large writes and the removal of the old identity graph
    in steps change nothing."""
    from govkg import store as store_module
    from govkg.resolve import identity as ident

    files = _files(tmp_path, NOTICES)
    one = Store(tmp_path / "one")
    build(files, one)
    monkeypatch.setattr(ident, "MENTIONS_PER_STEP", 1)
    monkeypatch.setattr(ident, "FACTS_PER_STEP", 1)
    monkeypatch.setattr(ident, "BULK_QUADS", 10)
    monkeypatch.setattr(store_module, "REMOVE_STEP", 3)  # (the old identity graph goes 3 quads at a time)
    steps = Store(tmp_path / "steps")
    build(files, steps)
    assert identity(steps) == identity(one)
    assert resolve(steps).people == resolve(one).people  # and again over a resolved store
    assert identity(steps) == identity(one)


_EVIDENCE_OF_TWO_BODIES = """
from govkg.resolve.people import Mention, cluster
events = [("listing", f"青山市{b}局", t) for b, t in zip("甲乙丙丁戊", ("局长", "副局长", "主任", "科长", "股长"))]
x = Mention("m1", "张伟", "n1", "2024-01-01", "青山市", events={events[0], events[1], events[2]})
y = Mention("m2", "张伟", "n2", "2024-02-01", "青山市",
            events={(e, a, "副" + t) for e, a, t in (events[0], events[1], events[2], events[3], events[4])})
print([c.evidence for c in cluster([x, y])])
"""


def test_a_persons_evidence_is_worded_alike_in_every_run():
    """Two mentions that share three bodies (with other titles) are one person; which body
    the evidence names must not depend on the process (a set's order follows its hash seed)."""
    import subprocess
    import sys
    runs = {subprocess.run([sys.executable, "-c", _EVIDENCE_OF_TWO_BODIES], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in range(6)}
    assert len(runs) == 1 and "both hold posts in" in runs.pop()


def _appointment(number: str, issuer: str, person: str, post: str, date: str) -> str:
    year, month, day = date.split("-")
    return (f"{issuer}关于{person}同志职务任免的通知\n{number}\n各县区人民政府：\n决定：\n{person}任{post}。\n"
            f"{issuer}\n{year}年{int(month)}月{int(day)}日\n")


def test_a_notice_rebuilt_as_another_governments_re_decides_the_old_ones_block(tmp_path):
    """Two cities abbreviate alike, so one 文号 can be printed by either: a notice rebuilt with
    another issuer takes its people out of the first city's block, and that block is decided
    again as if the old version had never been there (the people derived from the old version
    are found in the government it had when it was resolved, not the one it has now)."""
    folder = tmp_path / "in"
    folder.mkdir()
    v1 = {"a1.txt": _appointment("宜府任字〔2015〕9号", "宜宾市人民政府", "张伟", "市交通运输局副局长", "2015-07-16"),
          "a2.txt": _appointment("宜府任字〔2018〕18号", "宜宾市人民政府", "张伟", "市经济和信息化局副局长", "2018-02-17"),
          "a3.txt": _appointment("宜府任字〔2018〕22号", "宜宾市人民政府", "张伟", "市商务局副局长", "2018-06-28")}
    for name, text in v1.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "s")
    build([folder], store)
    assert len(_person(store, "宜府任字〔2018〕18号", "张伟") | _person(store, "宜府任字〔2018〕22号", "张伟")) == 2
    # the first notice again, as the other city's (same number), naming someone else
    (folder / "a1.txt").write_text(
        _appointment("宜府任字〔2015〕9号", "宜春市人民政府", "李娜", "市交通运输局副局长", "2015-07-16"), encoding="utf-8")
    build([folder / "a1.txt"], store)
    fresh = Store(tmp_path / "fresh")
    build([folder], fresh)
    assert identity(store) == identity(fresh)
    # two mentions left in 宜宾's block, nothing contradicting: one person now
    assert len(_person(store, "宜府任字〔2018〕18号", "张伟") | _person(store, "宜府任字〔2018〕22号", "张伟")) == 1
