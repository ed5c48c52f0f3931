"""Ingest: files and directories to :class:`RawNotice` objects.

``read_inputs`` walks files and directories (recursively, in sorted order) and
yields each notice it finds, or an :class:`InputError` naming a file (or a
line of it) that held no readable notice. Nothing is dropped silently: an
unreadable folder, a link to nothing, a file over the size limit and a file
that breaks a parser are each named, and the rest of the batch is still read.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, InputWarning
from ..notice import RawNotice
from ..text import han_count
from .characters import readable
from .decode import decode_counting_nul, misread
from .archive import mime_pages, warc_pages
from .html import looks_like_html, read_html
from .feed import read_xml
from .jsonl import read_csv, read_json, read_jsonl, read_yaml, records_in
from .listing import is_listing, read_listing
from .markdown import SUFFIXES as MARKDOWN, looks_like_markdown, markdown_text, reader_header
from .pieces import rejoin_pieces
from .records import split_numbered_documents, split_records, split_run_on, split_saved_pages

#: what a directory walk reads; a file named on the command line is read whatever its name
#: a feed's or an XML export's suffixes
XML = {".xml", ".rss", ".atom"}
#: a web archive's (WARC) and a MIME message's (a mail, a browser's single-file page), read as bytes; YAML exports
WARC = {".warc", ".warc.gz"}
MIME = {".eml", ".mht", ".mhtml"}
YAML = {".yaml", ".yml"}
SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".jsonl", ".json", ".csv", *MARKDOWN, *XML, *WARC,
            *MIME, *YAML}
#: the largest file read, in MB, unless ``max_mb`` or the environment variable says otherwise
DEFAULT_MAX_MB = 20
MAX_MB_ENV = "GOVKG_MAX_FILE_MB"
#: the page's line-break tags a text copy kept as text (a forum's edit note <br /><br /> the post): line breaks
_LITERAL_BREAK = re.compile(r"(?:<br[ \t]*/?>)+", re.I)
#: the longest notice read, in characters (spaCy's own limit for one text); real ones are far shorter
MAX_NOTICE_CHARS = 1_000_000


def shown(path: str | os.PathLike | bytes) -> str:
    """A path as messages and the graph name it: a file name whose bytes are not UTF-8
    (a GBK name unpacked from an archive) is decoded as GB18030 when it can be, else
    with ``\\xNN`` escapes, never with lone surrogates that cannot be printed or stored."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def max_bytes(max_mb: float | None = None) -> int:
    """The size limit for one file: ``max_mb``, else $GOVKG_MAX_FILE_MB, else 20 MB."""
    if max_mb is None:
        env = os.environ.get(MAX_MB_ENV, "").strip()
        try:
            max_mb = float(env) if env else DEFAULT_MAX_MB
        except ValueError:
            max_mb = DEFAULT_MAX_MB
    return int(max_mb * 1024 * 1024)


def _wanted(rel: Path) -> bool:
    """A walk reads files with a notice suffix (or none), not hidden ones."""
    if any(part.startswith(".") for part in rel.parts):
        return False
    return not rel.suffix or _suffix(rel) in SUFFIXES


#: files a folder of saved notices often holds beside them that no reader here reads: what to do with each
_CONVERT = {".pdf": "convert it to text (pdftotext) and build that", ".doc": "save it as text or HTML and build that",
            ".docx": "save it as text or HTML and build that", ".wps": "save it as text or HTML and build that"}


def _not_read(path: Path) -> str:
    """Why a walk passed a file over, and what a user can do about it."""
    suffix = _suffix(path)
    advice = _CONVERT.get(suffix, "name the file itself on the command line to read it as text")
    return f"skipped: a folder's walk reads notice files ({', '.join(sorted(SUFFIXES))}), not {suffix} files; {advice}"


def _walk(root: Path) -> Iterator[Path | InputError]:
    """The files under ``root`` (sorted); unreadable folders, links to nothing, links to
    folders (not followed) and files that are not regular files are named."""
    found: list[tuple[Path, InputError | None]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        found.append((where, InputError(shown(where), f"the folder cannot be read ({exc.strerror}); "
                                                      "nothing in it was built")))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        base = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs:
            path = base / name
            if path.is_symlink():
                found.append((path, InputWarning(shown(path), "is a link to a folder, which a walk does not "
                                                               "follow; name the folder itself to build it")))
        for name in files:
            path = base / name
            rel = path.relative_to(root)
            if not _wanted(rel):
                if not any(part.startswith(".") for part in rel.parts):  # (hidden files are no one's notices)
                    found.append((path, InputWarning(shown(path), _not_read(path))))
                continue
            if path.is_file():
                found.append((path, None))
            elif path.is_symlink() and not path.exists():
                found.append((path, InputError(shown(path), "is a link to a file that does not exist")))
            else:
                found.append((path, InputError(shown(path), "is not a regular file (a pipe, socket or device)")))
    for path, problem in sorted(found, key=lambda f: f[0]):
        yield problem or path


def iter_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Expand directories into their files (recursive, sorted, hidden files skipped)."""
    for item in inputs:
        path = Path(os.fsdecode(item))
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield InputError(shown(path), "is a link to a file that does not exist")
        elif path.exists():
            yield InputError(shown(path), "is not a regular file (a pipe, socket or device)")
        else:
            yield InputError(shown(path), "no such file or directory")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def _read_bytes(path: Path, source: str, limit: int) -> bytes:
    too_big = f"over the limit of {_size(limit)} for one file; split it, or raise the limit ({MAX_MB_ENV}=MB)"
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(source, f"is {_size(size)}, {too_big}")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise InputError(source, f"is {too_big}")
    return data


def read_file(path: Path, max_mb: float | None = None) -> Iterator[RawNotice | InputError]:
    """Yield the notices of one file, or errors naming what could not be read."""
    source = shown(path)
    try:
        data = _read_bytes(path, source, max_bytes(max_mb))
    except InputError as exc:
        yield exc
        return
    suffix = _suffix(path)
    if suffix in WARC or suffix in MIME:
        yield from _read_container(data, source, suffix)
        return
    try:
        text, nul = decode_counting_nul(data, source)
    except InputError as exc:
        yield exc
        return
    if nul:
        yield InputWarning(source, f"{nul} NUL byte{'s' if nul > 1 else ''} removed (no notice holds one; "
                                   "the file may be damaged); the rest was read")
    text, misread_as, guessed = misread(text)
    if misread_as:
        yield InputWarning(source, f"its text is UTF-8 that was once read as {misread_as} and saved again (mojibake "
                                   "such as 鍏充簬 or å…³äºŽ for 关于); read back as UTF-8" +
                           (f", {guessed} character{'s' if guessed > 1 else ''} whose byte the misreading lost told "
                            "by their neighbours" if guessed else ""))
    yield from _read_text(text, source, suffix)


def _suffix(path: Path) -> str:
    """A file's suffix, lower-cased, with a gzipped WARC's both parts (.warc.gz)."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_container(data: bytes, source: str, suffix: str) -> Iterator[RawNotice | InputError]:
    """The notices of a WARC file's captured pages or of a MIME message's parts, each page read as a file of its
    own is (an HTML page as HTML, a text as text), a capture's URL its source."""
    pages = warc_pages(data, source) if suffix in WARC else mime_pages(data, source)
    found: list[RawNotice] = []
    for page in pages:
        if isinstance(page, InputError):
            yield page
            continue
        text, html, url = page
        for out in _read_text(text, source, ".html" if html else ".txt"):
            if isinstance(out, RawNotice) and url:
                out = replace(out, meta={**out.meta, "url": url})
            if isinstance(out, RawNotice):
                found.append(out)
            else:
                yield out
    for index, notice in enumerate(found):
        yield replace(notice, index=index, part=notice.part or len(found) > 1)


def _read_text(text: str, source: str, suffix: str) -> Iterator[RawNotice | InputError]:
    """The notices of a file's text, read by its suffix or, where that says nothing, by its shape."""
    if suffix in YAML:
        yield from read_yaml(text, source)
        return
    if suffix == ".jsonl":
        yield from read_jsonl(text, source)
        return
    if suffix == ".csv":
        yield from read_csv(text, source)
        return
    if suffix in XML or _FEED.match(text):  # (a feed saved as .txt, too)
        yield from read_xml(text, source)
        return
    if suffix == ".json" or _json_document(text):  # (a .txt an API's answer was saved as, too)
        yield from read_json(text.lstrip("\ufeff"), source)
        return
    if suffix in {".html", ".htm", ".shtml", ".xhtml"} or looks_like_html(text):
        try:
            page = read_html(text, source)
            yield replace(page, text=rejoin_pieces(page.text))  # (a sharing site's preview, as in a text file)
        except InputError as exc:
            yield exc
        return
    header = reader_header(text)  # (Title: / URL Source: / Markdown Content: over a page a reader tool converted)
    page_meta, text = header if header else ({}, text)
    if suffix in MARKDOWN or header or looks_like_markdown(text):  # (a page a reader tool or scraper converted)
        text = markdown_text(text)
    text = _LITERAL_BREAK.sub("\n", text)  # (本帖最后由 某某 于 … 编辑 <br /><br />某某关于…的通知: a copy kept the tags)
    records = split_records(text)
    if records is not None:  # (an export's records, each under its numbered rule: === 导出记录 2/2 ===)
        for index, record in enumerate(records):
            yield RawNotice(source=source, index=index, text=record, part=True)
        return
    if is_listing(text):
        yield from read_listing(text, source)
        return
    saved = split_saved_pages(text)
    if saved is None:
        saved = split_numbered_documents(text)  # (a journal's column reprinting documents under 一、 二、 headings)
    if saved is not None:  # (article pages saved one after another, rule lines between them: one notice each)
        for index, page in enumerate(saved):
            yield RawNotice(source=source, index=index, text=page, part=True)
        return
    if han_count(text) < 20:
        yield InputError(source, "holds no notice (fewer than 20 Chinese characters)")
        return
    # a document-sharing site's preview in numbered pieces of one length: one text again
    text = rejoin_pieces(text.lstrip("\ufeff"))
    run_on = split_run_on(text)  # (a compilation's notices run on in one line: one notice each)
    for index, part in enumerate(run_on or [text]):
        yield RawNotice(source=source, index=index, text=part, part=run_on is not None,
                        meta=page_meta if run_on is None else {})  # (the page's address: its source)


#: an RSS or Atom feed's opening: its XML declaration (or none), then its root (<rss, <feed, <rdf:RDF)
_FEED = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


def _json_document(text: str) -> bool:
    """A text that is a JSON document holding notice records (a page that opens with ``[打印本页]`` is not)."""
    body = text.strip("\ufeff \t\r\n")
    if body[:1] not in ("[", "{") or body[-1:] not in ("]", "}"):
        return False
    try:
        return bool(records_in(json.loads(body)))
    except (ValueError, RecursionError):
        return False


def read_inputs(inputs: Iterable[str | os.PathLike], max_mb: float | None = None) -> Iterator[RawNotice | InputError]:
    """Every notice in ``inputs`` (files and folders), and an :class:`InputError` for each
    file, line or folder that could not be read. Never raises for a bad file: an
    unexpected failure inside a reader is reported as that file's error."""
    for item in iter_files(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            for found in read_file(item, max_mb):
                if isinstance(found, RawNotice):
                    found = readable(found)
                if isinstance(found, RawNotice) and len(found.text) > MAX_NOTICE_CHARS:
                    found = InputError(found.label, f"is {len(found.text):,} characters long, over the "
                                                    f"{MAX_NOTICE_CHARS:,} a notice can have; skipped it")
                yield found
        except Exception as exc:  # noqa: BLE001 - one file must not stop the batch
            yield InputError(shown(item), f"could not be read ({type(exc).__name__}: {exc}); "
                                          "the rest of the batch was read — please report this file")
