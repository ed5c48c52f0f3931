"""Dates come out of the calendar: no ``xsd:date`` for a day that does not exist."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from govkg.cli import main
from govkg.text import parse_date


@pytest.mark.parametrize("text, iso", [
    ("2024年2月29日", "2024-02-29"),
    ("2024年2月30日", "2024-02"),       # no such day: the month is still known
    ("2023年2月29日", "2023-02"),       # not a leap year
    ("二〇二四年四月三十一日", "2024-04"),
    ("2024年13月1日", None),
    ("2024年0月5日", None),
    ("2024年1月32日", None),
    ("2024-02-30", "2024-02"),
    ("2024-13-01", None),
    ("2024/04/31", "2024-04"),
    ("〇〇〇〇年一月一日", None),       # year 0000 is not a year of a notice (nor of xsd:date)
    ("2024年1月", "2024-01"),
    ("2024年12月31日", "2024-12-31"),
])
def test_parse_date_keeps_to_the_calendar(text, iso):
    assert parse_date(text) == iso


def test_a_notice_signed_on_30_february_builds_and_exports(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text("汤平县人民政府关于张三等同志职务任免的通知\n汤政任〔2024〕1号\n各乡镇人民政府：\n决定：\n"
                      "张三任县财政局局长（任职时间从2024年2月30日起算）。\n汤平县人民政府\n2024年2月30日\n", encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", "--store", store, str(notice)]).exit_code == 0
    for fmt in ("turtle", "facts"):
        result = CliRunner().invoke(main, ["export", "--store", store, "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "2024-02-30" not in result.output
        assert "2024-02" in result.output
