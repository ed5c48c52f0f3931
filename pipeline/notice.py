"""The raw notice: what ingest hands to the NLP pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawNotice:
    """One notice as read from its container.

    ``text`` is the notice's raw text; every fact's span points into it.
    ``meta`` holds what the container said about the notice beside its text
    (a listing's title and date, an HTML info table's 发文字号 and 成文日期, ...),
    keyed by the field names of :data:`META_KEYS`.
    """

    source: str
    index: int
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    part: bool = False  # one of several notices in its file (a listing dump, JSON Lines)

    @property
    def origin(self) -> str:
        """Where the notice was read from, as the facts table's ``source`` says: its URL
        when the input names one, else the file as given (``#N`` for the Nth notice of a file)."""
        if self.meta.get("url"):
            return self.meta["url"]
        return f"{self.source}#{self.index + 1}" if self.part else self.source

    @property
    def label(self) -> str:
        """How messages name this notice: file, position, and title when known."""
        title = self.meta.get("title") or self.text.strip().split("\n", 1)[0][:40]
        return f"{self.source} (notice {self.index + 1}: {title})"


META_KEYS = ("title", "number", "issuer", "signed", "published", "url")
