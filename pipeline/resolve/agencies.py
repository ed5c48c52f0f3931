"""Agencies: a notice names bodies at its own level (``市财政局``); the graph
qualifies them with the notice's government (``鄂尔多斯市财政局``) so that bodies of
different governments never merge because they share a short name.
"""
from __future__ import annotations

from ..lexicon import LEVEL_CHARS, region_of
from ..text import squash


def qualify(agency: str, region: str) -> str:
    """``市财政局`` in a 鄂尔多斯市 notice -> ``鄂尔多斯市财政局``; names with their own
    region (``东胜区人民政府``, ``国家统计局…``) are kept."""
    agency = squash(agency)
    if not region or agency.startswith(region):
        return agency
    level = region_of(region + "人民政府")[1] or region[-1]
    if agency.startswith(level) and (level in LEVEL_CHARS or len(level) > 1) \
            and not agency.startswith(("市场", "区域", "县域")):
        return region + agency[len(level):]
    if agency.startswith("各"):
        return region + agency
    return agency


def add_renames(g, seen, names_of) -> None:
    """Record a rename (``org:ChangeEvent``) where two or more of the same people hold posts
    in two similar names of a body, one name used only before the other. ``seen``: agency ->
    [(date, person IRI)] for every dated post event of one government's notices;
    ``names_of``: person IRI -> name."""
    from rdflib import Literal
    from rdflib.namespace import RDF

    from ..namespaces import GOV, ID, ORG, agency_iri, digest
    from .people import similar_agency

    names = sorted(seen)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if not similar_agency(a, b) or _one_is_part(a, b):
                continue
            old, new = (a, b) if max(d for d, _ in seen[a]) < min(d for d, _ in seen[b]) else (b, a)
            if not max(d for d, _ in seen[old]) < min(d for d, _ in seen[new]):
                continue
            shared = sorted({p for _, p in seen[old]} & {p for _, p in seen[new]})
            if len(shared) < 2:
                continue
            event = ID[f"change/{digest(old, new)}"]
            g.add((event, RDF.type, ORG.ChangeEvent))
            g.add((event, ORG.originalOrganization, agency_iri(old)))
            g.add((event, ORG.resultingOrganization, agency_iri(new)))
            g.add((agency_iri(old), ORG.changedBy, event))
            g.add((agency_iri(new), ORG.resultedFrom, event))
            g.add((event, GOV.identityEvidence, Literal(
                f"{old} is last named on {max(d for d, _ in seen[old])}, {new} first on "
                f"{min(d for d, _ in seen[new])}; {len(shared)} people hold posts under both: "
                + "、".join(names_of[p] for p in shared))))


def _one_is_part(a: str, b: str) -> bool:
    """``X局`` and ``X局Y中心`` are a body and its unit, not two names of one body."""
    return a.startswith(b) or b.startswith(a)
