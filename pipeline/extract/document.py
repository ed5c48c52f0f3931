"""The document itself: title, 文号, issuer, dates, kind, addressees."""
from __future__ import annotations

import re

from ..facts import DocumentFact

from ..text import squash
from .layout import Layout

_PROMULGATES = re.compile(r"(?:印发|转发|发布|公布|颁布)(?P<what>.+?)的(?:通知|决定|通告|公告)$")
_PERSONNEL = re.compile(r"任免|任职|任命|免职|免去|聘任|职务|试用期满|挂职|人事")
_PLAN = ("实施方案", "工作方案", "行动方案", "方案", "计划", "规划", "工作要点", "要点", "行动")
_MEASURES = ("办法", "规定", "细则", "制度", "规则", "规范", "准则", "标准", "规程", "条例", "指引")


def document_kind(title: str) -> str:
    """personnel | plan | measures | notice, per the facts spec."""
    t = squash(title).replace("》", "").replace("《", "")
    m = _PROMULGATES.search(t)
    target = m["what"] if m else t
    if _PERSONNEL.search(target) and not target.endswith(_PLAN + _MEASURES):
        return "personnel"  # 任免通知, or 关于印发…任免职务名单的通知
    target = re.sub(r"[(（][^()（）]*[)）]$", "", target)
    if target.endswith(_PLAN):
        return "plan"
    if target.endswith(_MEASURES):
        return "measures"
    return "notice"


def issuer_of_title(title: str) -> str | None:
    head, sep, _ = title.partition("关于")
    return head if sep and 2 <= len(head) <= 40 else None


def find_document(layout: Layout, meta: dict[str, str]) -> DocumentFact:
    title = layout.title or squash(meta.get("title", "")) or ""
    issuer = layout.issuer or meta.get("issuer") or issuer_of_title(title)
    number = layout.number or None
    span = layout.title_span or (0, 0)
    return DocumentFact(
        title=squash(title), number=number, issuer=squash(issuer) if issuer else None,
        signed=layout.signed or meta.get("signed") or None,
        published=meta.get("published") or None,
        kind=document_kind(title), addressees=layout.addressees, span=span,
    )
