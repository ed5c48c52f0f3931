"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""
from __future__ import annotations

from ..errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes; raise :class:`InputError` for empty or binary files."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.05:
        raise InputError(path, "the file is binary, not text (it holds NUL or control bytes)")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "the file is neither UTF-8 nor GB18030/GBK text")


def _control_ratio(sample: bytes) -> float:
    return sum(b in _CONTROL for b in sample) / max(len(sample), 1)
