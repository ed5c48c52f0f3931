"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""
from __future__ import annotations

from ..errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes; raise :class:`InputError` for empty or binary files.
    NUL bytes in a text file are removed (see :func:`strip_nul`)."""
    return decode_counting_nul(data, path)[0]


def decode_counting_nul(data: bytes, path: str) -> tuple[str, int]:
    """Decode a file's bytes and say how many NUL bytes were removed from it.

    A file is binary (an :class:`InputError`) when more than 5% of its first 4 KB
    are control bytes; a few NUL bytes anywhere in a text file (a truncated
    download, a bad editor) are removed, since no notice holds one.
    """
    if not data.strip():
        raise InputError(path, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data, nul = strip_nul(data[3:])
        return data.decode("utf-8", errors="replace"), nul
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"the file starts like UTF-16 but is not ({exc.reason})") from exc
        return text.replace("\x00", ""), text.count("\x00")
    if _control_ratio(data[:4096]) > 0.05:
        raise InputError(path, "the file is binary, not text (it holds NUL or control bytes)")
    data, nul = strip_nul(data)
    if not data.strip():
        raise InputError(path, "the file is empty (it holds only NUL bytes)")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), nul
        except UnicodeDecodeError:
            continue
    raise InputError(path, "the file is neither UTF-8 nor GB18030/GBK text")


def strip_nul(data: bytes) -> tuple[bytes, int]:
    """Remove NUL bytes (never part of a UTF-8 or GB18030 character); return the count removed."""
    count = data.count(b"\x00")
    return (data.replace(b"\x00", b""), count) if count else (data, 0)


def _control_ratio(sample: bytes) -> float:
    return sum(b in _CONTROL for b in sample) / max(len(sample), 1)
