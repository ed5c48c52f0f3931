"""The pictures, drawn on the server as SVG: a person's career timeline and a group's
org chart. Pure functions from page data to SVG text; no script, no CDN."""
from __future__ import annotations

import datetime as dt
from html import escape
from typing import Callable

ROW, LABEL, PLOT, PAD = 30, 300, 560, 12


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-01")
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def career_rows(person: dict) -> list[dict]:
    """One row per post the person held, in time order: label, start, end (None: open),
    whether the end is known, the dates of each event, and the post's IRI."""
    posts: dict[str, dict] = {}
    for f in person["facts"]:
        if not f.get("post") or f["kind"] == "membership":
            continue
        row = posts.setdefault(f["post"], {"post": f["post"], "agency": f.get("agency"),
                                           "label": f"{f.get('agency_label') or ''}{f.get('title') or ''}",
                                           "events": []})
        row["events"].append((f["kind"], f.get("date")))
    for t in person.get("tenures", []):
        if t["post"] in posts:
            posts[t["post"]]["begin"], posts[t["post"]]["end_"] = t.get("begin"), t.get("end")
    rows = []
    for row in posts.values():
        dates = [d for _, d in row["events"] if d]
        starts = [d for k, d in row["events"] if d and k in ("appointment", "listing")]
        removals = [d for k, d in row["events"] if d and k == "removal"]
        start = row.get("begin") or (min(starts) if starts else (min(dates) if dates else None))
        end = row.get("end_") or (max(removals) if removals else None)
        rows.append({**row, "start": start, "end": end, "last": max(dates) if dates else None})
    rows.sort(key=lambda r: (r["start"] or "9999", r["label"]))
    return rows


def timeline(person: dict, href: Callable[[str], str]) -> str:
    """The career as bars over time (one row per post; an open bar runs to the right
    edge) with the person's groups as diamonds on the last row."""
    rows = career_rows(person)
    groups = [f for f in person["facts"] if f["kind"] == "membership" and f.get("date")]
    days = [_day(d) for r in rows for d in (r["start"], r["end"], r["last"])]
    days += [_day(g["date"]) for g in groups]
    days = [d for d in days if d]
    if not days:
        return ""
    lo, hi = min(days), max(days)
    lo, hi = lo - dt.timedelta(days=45), hi + dt.timedelta(days=75)
    span = (hi - lo).days or 1

    def x(d: dt.date) -> float:
        return LABEL + PLOT * (d - lo).days / span

    height = PAD * 2 + ROW * (len(rows) + (1 if groups else 0)) + 24
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
           f'width="{LABEL + PLOT + PAD}" height="{height}" viewBox="0 0 {LABEL + PLOT + PAD} {height}" '
           f'font-family="sans-serif" font-size="13">',
           f"<title>{escape(person['name'])} 任职时间线 / career timeline</title>"]
    # month ticks (every month when short, every quarter or year when long)
    step = 1 if span < 500 else 3 if span < 1500 else 12
    m = dt.date(lo.year, lo.month, 1)
    base = height - 20
    while m <= hi:
        if m >= lo and (m.month - 1) % step == 0:
            xm = x(m)
            out.append(f'<line x1="{xm:.1f}" y1="{PAD}" x2="{xm:.1f}" y2="{base}" stroke="#ddd"/>')
            out.append(f'<text x="{xm:.1f}" y="{base + 14}" text-anchor="middle" fill="#555" '
                       f'font-size="11">{m.year}-{m.month:02d}</text>')
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    for i, r in enumerate(rows):
        y = PAD + i * ROW
        start, end = _day(r["start"]), _day(r["end"])
        out.append(f'<a href="{escape(href(r["post"]))}"><text x="{LABEL - 8}" y="{y + 18}" text-anchor="end" '
                   f'class="post-label">{escape(_text(r["label"], 22))}</text></a>')
        if start:
            x0 = x(start)
            x1 = x(end) if end else LABEL + PLOT
            tip = f"{r['label']}: {r['start']} – {r['end'] or '至今 (still held as far as the notices say)'}"
            fill = "#2b6cb0" if end is None else "#90a4c0"
            out.append(f'<rect class="bar" data-post="{escape(r["label"])}" data-start="{escape(r["start"])}" '
                       f'x="{x0:.1f}" y="{y + 6}" width="{max(x1 - x0, 4):.1f}" height="16" rx="3" '
                       f'fill="{fill}"><title>{escape(tip)}</title></rect>')
            if end is None:
                out.append(f'<path d="M{x1:.1f},{y + 6} l8,8 l-8,8 z" fill="{fill}"/>')
        for kind, d in r["events"]:
            day = _day(d)
            if day:
                shape = {"appointment": "#1a7f37", "removal": "#c53030"}.get(kind, "#fff")
                out.append(f'<circle cx="{x(day):.1f}" cy="{y + 14}" r="4" fill="{shape}" stroke="#333">'
                           f'<title>{escape(kind)} {escape(d)}</title></circle>')
    if groups:
        y = PAD + len(rows) * ROW
        out.append(f'<text x="{LABEL - 8}" y="{y + 18}" text-anchor="end">小组 / groups</text>')
        for g in groups:
            gx = x(_day(g["date"]))
            out.append(f'<a href="{escape(href(g["group"]))}"><path class="group-marker" '
                       f'd="M{gx:.1f},{y + 6} l8,8 l-8,8 l-8,-8 z" fill="#d69e2e" stroke="#744210">'
                       f'<title>{escape(g["group_label"])} {escape(g["role"])} ({escape(g["date"])})</title></path></a>')
    out.append("</svg>")
    return "\n".join(out)


def _level(role: str) -> int:
    if "副" in role:
        return 1
    if role.endswith(("组长", "指挥", "总指挥", "召集人", "主任", "主席", "专班长", "长")) and role not in ("成员",):
        return 0
    return 2


def org_chart(group: dict, href: Callable[[str], str]) -> str:
    """组长 → 副组长 → 成员 as boxes in rows, then the offices and subgroups; each box links
    to the person (or subgroup) page."""
    members = group["members"]
    levels: list[list[dict]] = [[], [], []]
    for m in members:
        levels[_level(m["role"])].append(m)
    levels = [lv for lv in levels if lv]
    children = group.get("children", [])
    box_w, box_h, gap, per_row = 150, 46, 10, 6
    width = per_row * (box_w + gap) + gap
    out_rows: list[tuple[str, list]] = [("member", lv[i:i + per_row]) for lv in levels
                                        for i in range(0, len(lv), per_row)]
    if children:
        out_rows += [("child", children[i:i + per_row]) for i in range(0, len(children), per_row)]
    height = gap + len(out_rows) * (box_h + 24) + gap
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart" role="img" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f"<title>{escape(group['label'])} 组织结构 / org chart</title>"]
    prev_mid = None
    for r, (kind, items) in enumerate(out_rows):
        y = gap + r * (box_h + 24)
        total = len(items) * (box_w + gap) - gap
        x0 = (width - total) / 2
        mids = []
        for i, item in enumerate(items):
            x = x0 + i * (box_w + gap)
            mids.append(x + box_w / 2)
            if kind == "member":
                fill = ("#2b6cb0", "#4a90c2", "#e8f0f8")[_level(item["role"])]
                ink = "#fff" if _level(item["role"]) < 2 else "#1a202c"
                link = href(item["person"]) if item.get("person") else None
                lines = [f"{item['role']} {item['name']}", _text(item.get("posts") or "", 12)]
                cls = f'member level-{_level(item["role"])}'
                tip = f"{item['role']}：{item['name']} {item.get('posts') or ''}"
            else:
                fill, ink, link = "#fefcbf", "#1a202c", href(item[0])
                lines, cls, tip = ["下设 / part", _text(item[1], 12)], "subgroup", item[1]
            box = (f'<g class="{cls}"><rect x="{x:.1f}" y="{y}" width="{box_w}" height="{box_h}" rx="5" '
                   f'fill="{fill}" stroke="#2d3748"><title>{escape(tip)}</title></rect>'
                   f'<text x="{x + box_w / 2:.1f}" y="{y + 19}" text-anchor="middle" fill="{ink}" '
                   f'font-weight="bold">{escape(_text(lines[0], 12))}</text>'
                   f'<text x="{x + box_w / 2:.1f}" y="{y + 36}" text-anchor="middle" fill="{ink}" '
                   f'font-size="10">{escape(lines[1])}</text></g>')
            out.append(f'<a href="{escape(link)}">{box}</a>' if link else box)
        if prev_mid is not None:
            top = y - 24
            out.append(f'<line x1="{prev_mid:.1f}" y1="{top}" x2="{prev_mid:.1f}" y2="{top + 12}" stroke="#718096"/>')
            out.append(f'<line x1="{min(mids + [prev_mid]):.1f}" y1="{top + 12}" x2="{max(mids + [prev_mid]):.1f}" '
                       f'y2="{top + 12}" stroke="#718096"/>')
            for mx in mids:
                out.append(f'<line x1="{mx:.1f}" y1="{top + 12}" x2="{mx:.1f}" y2="{y}" stroke="#718096"/>')
        prev_mid = width / 2
    out.append("</svg>")
    return "\n".join(out)
