"""Scoring a facts table against gold, exactly as the facts spec's Scoring section says.

Both sides are rows of the facts table (dicts). A fact matches when its type
and key fields are equal after normalisation; precision, recall and F1 per type
and micro-averaged; appointment attributes as accuracy over matched rows;
identity as pairwise precision/recall over matched rows.
"""
from __future__ import annotations


import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .text import DOCNUM_RE, normalize_docnum, squash, strip_final_punct

KEY_FIELDS = {
    "document": ("doc", "title", "issuer", "signed", "kind"),
    "appointment": ("doc", "person", "agency", "title"),
    "removal": ("doc", "person", "agency", "title"),
    "position": ("doc", "person", "agency", "title"),
    "membership": ("doc", "group", "person", "role"),
    "subgroup": ("doc", "group", "parent"),
    "assignment": ("doc", "task", "role", "agency"),
    "citation": ("doc", "cited_number"),
}
TYPES = tuple(KEY_FIELDS)
ATTRIBUTES = ("probation", "secondment", "start", "end")
_ENUM = re.compile(r"^(?:[0-9]+[.、]|[(（][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
_CITY_RE = re.compile(r"^(?P<city>[\u4e00-\u9fff]{2,6}?市)")


def _norm(value, key: str, cities: frozenset[str]) -> str:
    if value is None:
        return ""
    text = strip_final_punct(_ENUM.sub("", squash(str(value))))
    if key == "doc" and DOCNUM_RE.search(text):
        text = normalize_docnum(text)
    if key in ("agency", "issuer", "parent", "group"):
        for city in sorted(cities, key=len, reverse=True):  # a set has no order: 南宁市 before 南宁
            if text.startswith(city) and len(text) > len(city):
                text = text[len(city):]
                break
        if key == "agency" and text.startswith("市") and not text.startswith("市场"):
            text = text[1:]
    return text


def _cities(rows: list[dict]) -> frozenset[str]:
    out = set()
    for r in rows:
        if r.get("type") == "document" and r.get("issuer"):
            m = _CITY_RE.match(squash(r["issuer"]))
            if m:
                out.update({m["city"], m["city"][:-1]})
    return frozenset(sorted(out, key=len, reverse=True))


def fact_key(row: dict, cities: frozenset[str]) -> tuple:
    """Type and normalised key fields. A notice with neither number nor title (``doc`` null) is told
    apart by the file it was read from: the last part of ``source`` (a path, ``#N`` kept)."""
    kind = row.get("type")
    key = tuple(_norm(row.get(k), k, cities) for k in KEY_FIELDS.get(kind, ()))
    if key and key[0] == "" and row.get("source"):
        key = (_source_name(row["source"]),) + key[1:]
    return (kind,) + key


def _source_name(source: str) -> str:
    return "source:" + source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_type: dict[str, Score] = field(default_factory=dict)
    micro: Score = field(default_factory=Score)
    attributes: dict[str, float] = field(default_factory=dict)
    identity: tuple[float, float] = (1.0, 1.0)
    #: the facts (document rows aside) micro-averaged again with each fact's notice told by its
    #: source file instead of ``doc``: what is lost only to a wrong or missing number or title shows
    #: as the difference to the same figure with ``doc``
    by_source: Score | None = None
    missing: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "types": {t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp,
                          "fn": s.fn} for t, s in self.per_type.items()},
            "micro": {"precision": self.micro.precision, "recall": self.micro.recall, "f1": self.micro.f1},
            "attributes": self.attributes,
            "identity": {"precision": self.identity[0], "recall": self.identity[1]},
            "by_source": None if self.by_source is None else {
                "precision": self.by_source.precision, "recall": self.by_source.recall, "f1": self.by_source.f1},
        }


def _index(rows: list[dict], cities) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for r in rows:
        out.setdefault(fact_key(r, cities), r)
    return out


def score(predicted: list[dict], gold: list[dict]) -> Report:
    cities = _cities(gold) | _cities(predicted)
    pred, ref = _index(predicted, cities), _index(gold, cities)
    report = Report()
    for kind in TYPES:
        s = Score()
        pk = {k for k in pred if k[0] == kind}
        gk = {k for k in ref if k[0] == kind}
        s.tp, s.fp, s.fn = len(pk & gk), len(pk - gk), len(gk - pk)
        report.per_type[kind] = s
        report.micro.tp += s.tp
        report.micro.fp += s.fp
        report.micro.fn += s.fn
        report.missing += [ref[k] for k in sorted(gk - pk)]
        report.spurious += [pred[k] for k in sorted(pk - gk)]
    matched = [(pred[k], ref[k]) for k in pred.keys() & ref.keys()]
    appts = [(p, g) for p, g in matched if p["type"] == "appointment"]
    for attr in ATTRIBUTES:
        ok = sum(_attr(p.get(attr)) == _attr(g.get(attr)) for p, g in appts)
        report.attributes[attr] = ok / len(appts) if appts else 1.0
    report.identity = _identity(matched)
    if all(r.get("source") for r in predicted + gold if r.get("type") != "document"):
        p, g = _keys_by_source(predicted, cities), _keys_by_source(gold, cities)
        report.by_source = Score(len(p & g), len(p - g), len(g - p))
    return report


def _keys_by_source(rows: list[dict], cities) -> set[tuple]:
    """The facts' keys (documents left out) with the notice told by the file it was read from."""
    return {fact_key({**r, "doc": None}, cities) for r in rows if r.get("type") != "document"}


def _attr(value):
    if value in (None, False, ""):
        return None
    return squash(str(value)).lower()


def _identity(matched: list[tuple[dict, dict]]) -> tuple[float, float]:
    people = [(p.get("person_id"), g.get("person_key")) for p, g in matched if g.get("person_key")]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, (pid, key) in enumerate(people):
        by_key[f"{pid}\x00{key}"].append(i)
    same_pred = same_gold = same_both = 0
    # count pairs through group sizes, not all pairs
    pid_counts: dict = defaultdict(int)
    key_counts: dict = defaultdict(int)
    both_counts: dict = defaultdict(int)
    for pid, key in people:
        pid_counts[pid] += 1
        key_counts[key] += 1
        both_counts[(pid, key)] += 1
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    same_pred = sum(pairs(n) for pid, n in pid_counts.items() if pid)
    same_gold = sum(pairs(n) for n in key_counts.values())
    same_both = sum(pairs(n) for (pid, _), n in both_counts.items() if pid)
    precision = same_both / same_pred if same_pred else 1.0
    recall = same_both / same_gold if same_gold else 1.0
    return precision, recall


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def format_report(report: Report, show_errors: int = 0) -> str:
    lines = [f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for kind, s in report.per_type.items():
        lines.append(f"{kind:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    m = report.micro
    lines.append(f"{'micro':<12}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}{m.tp:>6}{m.fp:>6}{m.fn:>6}")
    attrs = "  ".join(f"{k}={v:.3f}" for k, v in report.attributes.items())
    lines.append(f"appointment attributes: {attrs}")
    lines.append(f"identity (pairwise): precision={report.identity[0]:.3f} recall={report.identity[1]:.3f}")
    if report.by_source is not None:
        b = report.by_source
        lines.append(f"facts (documents aside) with the notice told by source, not doc: precision={b.precision:.3f} "
                     f"recall={b.recall:.3f} F1={b.f1:.3f}")
    if show_errors:
        for label, rows in (("missing", report.missing), ("spurious", report.spurious)):
            lines.append(f"{label} ({len(rows)}):")
            for r in rows[:show_errors]:
                lines.append("  " + json.dumps({k: v for k, v in r.items() if k not in ("person_id",)},
                                               ensure_ascii=False))
    return "\n".join(lines)



