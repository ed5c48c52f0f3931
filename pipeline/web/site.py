"""``govkg site --out DIR``: the server's pages written to a folder, for hosting without
a server. Each entity gets ``DIR/id/<kind>/<name>.html`` and ``.ttl`` beside it, where
``<name>`` is the IRI's last segments as stored (percent-encoded), so a web server that
maps ``/id/person/X`` to ``id/person/X.html`` (e.g. a ``try_files $uri.html`` rule)
serves every IRI; pages link to each other by relative file names.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..store import Store
from . import data
from .formats import serialize
from .render import Links, Renderer, path_of


@dataclass
class SiteReport:
    pages: int
    data_files: int


def write_site(store: Store, out: str | Path, progress=None) -> SiteReport:
    """Write the index, one page and one Turtle file per entity, and the JSON-LD context."""
    from ..export import context

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    entities = data.entities(store)
    pages = files = 0
    renderers: dict[int, Renderer] = {}
    for e in entities:
        rel = path_of(e["iri"])[1:]
        depth = rel.count("/")
        page = data.page(store, e["kind"], e["iri"])
        if page is None:
            continue
        target = out / (rel + ".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        renderer = renderers.setdefault(depth, Renderer(Links(static=True, depth=depth)))
        target.write_text(renderer.page(e["kind"], page), encoding="utf-8")
        (out / (rel + ".ttl")).write_bytes(serialize(data.describe(store, e["iri"]), "text/turtle"))
        pages += 1
        files += 1
        if progress:
            progress(pages)
    index = Renderer(Links(static=True, depth=0)).render("index.html", counts=data.counts(store),
                                                           entities=entities)
    (out / "index.html").write_text(index, encoding="utf-8")
    (out / "context.jsonld").write_text(json.dumps({"@context": context()}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return SiteReport(pages + 1, files)
