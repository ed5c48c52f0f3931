"""Page data (``data.py``) to HTML through the Jinja templates in ``web/templates``.

One ``Renderer`` serves both the live server (links are the IRIs' own paths,
``/id/person/…``) and the static site (links are relative file names, ``….html``).
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from urllib.parse import unquote

import jinja2

from . import svg
from .data import BASE

SITE_ROOT = BASE[: -len("id/")]  # https://w3id.org/govkg/

_KIND_LABELS = {"Appointment": "任命 appointment", "Removal": "免职 removal", "PostListing": "职务 post",
                "Membership": "成员 membership", "TaskAssignment": "任务 task", "Citation": "引用 citation",
                "appointment": "任命 appointment", "removal": "免职 removal", "listing": "职务 post",
                "membership": "成员 membership"}
_TASK_ROLES = {"lead": "牵头 lead", "support": "配合 support", "responsible": "责任 responsible"}


def path_of(iri: str) -> str:
    """The path of an instance IRI on a deployment: ``/id/person/…`` (as stored, percent-encoded)."""
    return "/" + iri[len(SITE_ROOT):] if iri.startswith(SITE_ROOT) else iri


@dataclass
class Links:
    """How pages link to entities: ``static`` False gives server paths; True gives
    relative ``.html`` files from a page ``depth`` folders below the site's root."""
    static: bool = False
    depth: int = 0

    @property
    def root(self) -> str:
        return "../" * self.depth if self.static else "/"

    def href(self, iri: str | None) -> str:
        if not iri:
            return "#"
        if not iri.startswith(BASE):  # other IRIs link out, but only over http(s): never javascript:
            return iri if iri.startswith(("http://", "https://")) else "#"
        path = path_of(iri)[1:]
        if self.static:
            return self.root + path.replace("%", "%25") + ".html"
        return "/" + path


def segments(text: str, facts: list[dict]) -> list[dict]:
    """``text`` cut at every fact's span: pieces with the indexes of the facts covering them."""
    cuts = {0, len(text)}
    for f in facts:
        cuts.update((max(0, min(f["start"], len(text))), max(0, min(f["end"], len(text)))))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        cover = [i for i, f in enumerate(facts) if f["start"] <= a and b <= f["end"]]
        firsts = [i for i in cover if facts[i]["start"] == a]
        out.append({"text": text[a:b], "facts": cover, "starts": firsts})
    return out


class Renderer:
    def __init__(self, links: Links | None = None):
        self.links = links or Links()
        loader = jinja2.FunctionLoader(self._load)
        self.env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(link=self._link, short=short, kind_label=lambda k: _KIND_LABELS.get(k, k),
                                task_role=lambda r: _TASK_ROLES.get(r, r))

    @staticmethod
    def _load(name: str) -> str:
        return resources.files("govkg.web").joinpath(f"templates/{name}").read_text(encoding="utf-8")

    def _link(self, iri):
        return self.links.href(iri)

    def render(self, template: str, **values) -> str:
        values.setdefault("root", self.links.root)
        values.setdefault("static", self.links.static)
        return self.env.get_template(template).render(**values)

    def page(self, kind: str, data: dict) -> str:
        """The HTML page of an entity of ``kind`` from its data."""
        extra: dict = {}
        if kind == "person":
            extra["timeline"] = svg.timeline(data, self.links.href)
            extra["rows"] = svg.career_rows(data)
        elif kind == "group":
            extra["chart"] = svg.org_chart(data, self.links.href)
        elif kind == "notice":
            extra["segments"] = segments(data["text"], data["facts"])
        elif kind == "agency":
            extra["people"] = _people_by_post(data["people"])
        return self.render(f"{kind}.html", d=data, iri=data["iri"], **extra)


def _people_by_post(rows: list[dict]) -> list[dict]:
    posts: dict[str, dict] = {}
    for r in rows:
        p = posts.setdefault(r["post"], {"post": r["post"], "title": r["title"], "events": []})
        p["events"].append(r)
    for p in posts.values():
        p["events"].sort(key=lambda r: (r.get("date") or "", r["name"]))
    return sorted(posts.values(), key=lambda p: (min((e.get("date") or "9999") for e in p["events"]), p["title"]))


def short(iri: str | None) -> str:
    """An IRI for reading: instance IRIs without the namespace and decoded."""
    if not iri:
        return ""
    return unquote(iri[len(BASE):]) if iri.startswith(BASE) else iri
