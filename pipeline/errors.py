"""Typed errors: the library raises them, the CLI turns them into messages."""
from __future__ import annotations


class GovkgError(Exception):
    """Base class of every error govkg raises on purpose."""


class InputError(GovkgError):
    """A file could not be read as notices.

    ``path`` names the file, ``reason`` says what was wrong and what to do.
    """

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputWarning(InputError):
    """A file was read, but something in it had to be repaired or was left out
    (NUL bytes removed, a linked folder not followed). ``path`` names the file."""


class NoticeError(GovkgError):
    """A notice was read but could not be understood well enough to build."""

    def __init__(self, notice: str, reason: str, span: tuple[int, int] | None = None):
        where = f" at characters {span[0]}-{span[1]}" if span else ""
        super().__init__(f"{notice}{where}: {reason}")
        self.notice = notice
        self.reason = reason
        self.span = span


class StoreError(GovkgError):
    """The store directory is missing, locked or not a govkg store."""


class NotAStoreError(StoreError):
    """The folder given as a store is not one (no marker written by ``govkg build``)."""


class StoreBusyError(StoreError):
    """Another process holds the store's write lock (a build is running)."""


class QueryError(GovkgError):
    """A canned query is unknown, or its parameters are wrong."""


class OverrideError(GovkgError):
    """A reviewer override names a person, notice or agency the store does not hold
    (``override`` is that override), or an override id that is not in the store."""

    def __init__(self, message: str, override=None):
        super().__init__(message)
        self.override = override
