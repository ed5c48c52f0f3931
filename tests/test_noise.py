"""Extraction through page noise: each class of noise real pages put around and inside a
notice (tests/noise.py), put onto the hand-written corpora's plain-text notices, scored
against their gold. Floors only move up; `python tests/noise.py` prints the table."""
from __future__ import annotations

import pytest

import noise

#: micro F1 of the noisy copies (plain: the clean text itself, 0.997 when written)
FLOORS = {"plain": 0.99, "one_line": 0.98, "one_line_spaced": 0.98, "chrome": 0.99, "info_lines": 0.99,
          "info_cells": 0.99, "info_glued": 0.99, "info_unknown": 0.99, "info_spaced": 0.99, "info_rows": 0.99,
          "info_stacked": 0.99, "info_empty": 0.99, "repost": 0.99, "pushed": 0.99, "question_marks": 0.99,
          "halfwidth": 0.99, "traditional": 0.99, "html_page": 0.99, "spaced_names": 0.99, "glued_names": 0.98,
          "female_notes": 0.99, "list_notes": 0.99, "split_title": 0.99, "cells_per_line": 0.99,
          "traditional_pinyin": 0.99, "filter_dots": 0.99,
          "fullwidth_digits": 0.99, "cn_dates": 0.99, "doc_brackets": 0.99,
          "no_number": 0.99, "no_title": 0.99, "signature_glued": 0.99, "date_formats": 0.99, "pipe_cells": 0.99,
          "glued_flat": 0.98, "glued_one_line": 0.97, "mixed": 0.97,
          "pdf_wrap": 0.99, "tab_cells": 0.99, "enum_styles": 0.99, "inline_members": 0.99, "post_first": 0.99,
          "related": 0.99, "html_old": 0.99, "html_divs": 0.99, "markdown": 0.99,
          "lawdb": 0.99, "wechat": 0.99, "jsonl_html": 0.99, "invisible": 0.99, "crlf": 0.99, "spaced_title": 0.99,
          "pdf_radicals": 0.99, "title_number": 0.99, "seal": 0.99,
          "html_table": 0.99, "no_enumerators": 0.99, "spaced_numbers": 0.99,
          "spam_lines": 0.99, "lost_brackets": 0.99,
          "big5": 0.99, "charset_lie": 0.99, "em_spaces": 0.99, "entities": 0.99,
          "ornaments": 0.99, "json_api": 0.99,
          "script_text": 0.99, "image_lines": 0.99, "quoted": 0.99, "pdf_heads": 0.99, "line_numbers": 0.99,
          "mojibake_gbk": 0.91, "mojibake_gbk_cms": 0.91, "mojibake_latin1": 0.82,
          "utf16": 0.99, "joined_files": 0.99, "rare_names": 0.99,
          "farm_marks": 0.99, "farm_seo": 0.99,
          "glued_cells": 0.99}


@pytest.fixture(scope="module")
def clean():
    return noise.clean_notices()


def test_every_transform_has_a_floor():
    assert set(FLOORS) == set(noise.TRANSFORMS)


def test_the_clean_corpora_give_notices_to_transform(clean):
    notices, gold = clean
    assert len(notices) >= 80 and len(gold) >= 1500
    assert {n.corpus for n in notices} == set(noise.CLEAN)


@pytest.fixture(scope="module")
def reports(clean):
    """Every transform's report, scored two transforms at a time (one process each)."""
    notices, gold = clean
    return dict(noise.score_all(sorted(noise.TRANSFORMS), notices, gold, workers=2))


@pytest.mark.parametrize("name", sorted(noise.TRANSFORMS))
def test_facts_survive_the_noise(name, reports):
    report = reports[name]
    assert report.micro.f1 >= FLOORS[name], (name, report.micro, report.missing[:5], report.spurious[:5])
