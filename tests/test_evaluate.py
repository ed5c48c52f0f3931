"""The scorer's figures beyond the spec's micro F1."""
from __future__ import annotations

from govkg.evaluate import format_report, score


def _rows(doc: str | None) -> list[dict]:
    src = "pages/a.html"
    return [
        {"type": "document", "doc": doc, "title": doc, "issuer": "青山市人民政府", "signed": None, "kind": "personnel",
         "source": src},
        {"type": "appointment", "doc": doc, "person": "张三", "agency": "市财政局", "title": "局长", "source": src},
        {"type": "removal", "doc": doc, "person": "李四", "agency": "市财政局", "title": "局长", "source": src},
    ]


def test_facts_right_but_for_the_document_key_show_in_the_by_source_figure():
    gold, predicted = _rows("青府任〔2024〕1号"), _rows("关于张三等职务任免的通知")
    report = score(predicted, gold)
    assert report.micro.f1 == 0.0  # every fact carries the wrong doc
    assert report.by_source.f1 == 1.0  # yet each fact itself is right
    assert "told by source" in format_report(report)


def test_a_wrong_fact_still_counts_against_the_by_source_figure():
    gold, predicted = _rows("青府任〔2024〕1号"), _rows("青府任〔2024〕1号")
    predicted[1] = {**predicted[1], "title": "副局长"}
    report = score(predicted, gold)
    assert report.by_source.tp == 1 and report.by_source.fp == 1 and report.by_source.fn == 1
