"""Properties of ingest and extraction over any input (hypothesis): nothing raises out
of ``read_inputs`` or ``extract``, every span points inside the notice, and every
``oa:exact`` quote is the text its span selects."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from govkg.errors import InputError, NoticeError
from govkg.ingest import read_inputs, shown
from govkg.namespaces import OA
from govkg.nlp import extract
from govkg.notice import RawNotice
from govkg.rdf import notice_graph
from govkg.text import parse_date

#: pieces notices are made of, so that random texts reach the extractors' rules
WORDS = ["关于", "成立", "领导小组", "的通知", "组长", "副组长", "成员", "：", ":", "、", "，", "。", "；", "\n", "\t",
         " ", "\u3000", "任命", "为", "任", "免去", "职务", "同志", "张三", "李四", "市财政局", "局长", "副市长", "（", "）",
         "试用期一年", "牵头单位", "配合单位", "市人民政府", "国发〔2024〕3号", "《", "》", "2024年2月30日", "2024年1月5日",
         "附件", "1.", "一、", "办公室设在", "下设", "简称", "由", "担任", "兼任", "上述同志", "\x00", "<p>", "|"]
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=80).map("".join))
SETTINGS = settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _check_spans(notice: RawNotice) -> None:
    nf = extract(notice)
    n = len(notice.text)
    for fact in nf.facts:
        for span in (fact.span, getattr(fact, "person_span", None)):
            if span is not None:
                assert 0 <= span[0] < span[1] <= n, (fact, n)
    start, end = nf.document.span
    assert 0 <= start <= end <= n
    if not nf.document.title:
        return
    try:
        graph = notice_graph(nf)
    except NoticeError:
        return
    for sel in graph.subjects(None, OA.TextPositionSelector):
        s, e = int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))
        assert 0 <= s <= e <= n
        assert str(graph.value(sel, OA.exact)) == notice.text[s:e]


@SETTINGS
@given(TEXTS)
def test_extract_never_raises_and_spans_point_inside_the_text(text):
    _check_spans(RawNotice(source="prop", index=0, text=text))


@SETTINGS
@given(TEXTS, st.sampled_from(["title", "number", "signed"]), TEXTS)
def test_extract_with_any_metadata(text, key, value):
    _check_spans(RawNotice(source="prop", index=0, text=text, meta={key: value}))


#: (file suffix, what comes before the random bytes, what comes after): the containers ingest reads
CONTAINERS = [(".txt", "", ""), ("", "", ""), (".json", "", ""),
              (".html", "<html><body><div class='content'>", "</div></body></html>"),
              (".html", '<?xml version="1.0" encoding="utf-8"?><!-- saved -->\n<html><body>', "</body></html>"),
              (".txt", "<!-- saved from url=(0014)about:internet -->\n<html><body>", "</body></html>"),
              (".html", "<!-- saved from url=(0014)about:internet -->\n<html><body>", "</body></html>"),
              (".jsonl", '{"title": "t", "text": "', '"}'), (".jsonl", "", "")]


@pytest.mark.parametrize("suffix, head, tail", CONTAINERS)
@settings(max_examples=25, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(data=st.one_of(st.binary(max_size=600), TEXTS.map(lambda t: t.encode("utf-8")),
                      TEXTS.map(lambda t: t.encode("gb18030", errors="ignore"))))
def test_read_inputs_never_raises_on_any_bytes(suffix, head, tail, data):
    with tempfile.TemporaryDirectory(prefix="govkg-prop-") as folder:
        path = Path(folder) / f"f{suffix}"
        path.write_bytes(head.encode() + data + tail.encode())
        for item in read_inputs([folder]):
            assert isinstance(item, (RawNotice, InputError))
            if isinstance(item, RawNotice):
                assert "\x00" not in item.text
                item.source.encode("utf-8")
                _check_spans(item)
            else:
                assert item.path.endswith(path.name)


@SETTINGS
@given(st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                 and b not in (b".", b"..")))
def test_any_file_name_is_shown_printably(name):
    text = shown(os.path.join(b"/tmp", name))
    text.encode("utf-8")  # no lone surrogates


@SETTINGS
@given(TEXTS)
def test_parse_date_gives_a_real_date_or_none(text):
    iso = parse_date(text)
    if iso is None:
        return
    if len(iso) == 10:
        dt.date.fromisoformat(iso)
    else:
        year, month = iso.split("-")
        assert 1900 <= int(year) <= 2099 and 1 <= int(month) <= 12
