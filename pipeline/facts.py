"""Facts: plain typed records, each carrying the character span that justifies it.

Extractors return these; the resolver reads them; the RDF writer turns them
into triples. Spans are ``(start, end)`` character offsets into the notice's
raw text (:attr:`govkg.notice.RawNotice.text`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class Post:
    """A post: a title in an agency (``市财政局`` / ``副局长``)."""

    agency: str
    title: str
    span: Span
    alias: str | None = None  # a second nameplate printed in parentheses: 市文化和旅游局(文物局)
    term: str | None = None  # a congress's term printed in the agency (十二届), dropped from its name: decisions restore it


@dataclass(frozen=True)
class DocumentFact:
    title: str
    number: str | None
    issuer: str | None
    signed: str | None
    published: str | None
    kind: str
    addressees: tuple[str, ...]
    span: Span


@dataclass(frozen=True)
class Appointment:
    person: str
    post: Post
    span: Span
    probation: str | None = None
    secondment: bool = False
    start: str | None = None
    end: str | None = None
    person_span: Span | None = None


@dataclass(frozen=True)
class Removal:
    person: str
    post: Post
    span: Span
    person_span: Span | None = None


@dataclass(frozen=True)
class Position:
    """A notice states that a person holds a post (a member list, a signature, prose)."""

    person: str
    post: Post
    span: Span
    person_span: Span | None = None


@dataclass(frozen=True)
class Membership:
    group: str
    person: str
    role: str
    span: Span
    posts: tuple[Post, ...] = ()
    person_span: Span | None = None


@dataclass(frozen=True)
class Subgroup:
    group: str
    parent: str
    span: Span


@dataclass(frozen=True)
class Assignment:
    task: str
    role: str  # lead | support | responsible
    agency: str
    span: Span


@dataclass(frozen=True)
class Citation:
    title: str | None
    number: str
    span: Span


Fact = DocumentFact | Appointment | Removal | Position | Membership | Subgroup | Assignment | Citation


@dataclass
class NoticeFacts:
    """Everything extracted from one notice, with the notice it came from."""

    source: str
    index: int
    text: str
    document: DocumentFact
    facts: list[Fact] = field(default_factory=list)
    origin: str = ""  # the facts table's ``source``: URL, or file path (+ ``#N``)

    def of(self, kind: type) -> list:
        return [f for f in self.facts if isinstance(f, kind)]
