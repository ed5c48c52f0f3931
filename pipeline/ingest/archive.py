"""Saved pages in containers of the web and of mail: a WARC file's captures and a MIME message's parts.

A **WARC** file (``.warc``, ``.warc.gz``: what Heritrix, wget ``--warc-file`` and the Internet Archive write) holds
records one after another; each ``response`` record of an HTML or text page (and each ``resource`` record of one) is a
page, its ``WARC-Target-URI`` the page's URL. A **MIME message** is a mail that forwards a notice (``.eml``) or a
browser's single-file page (``.mht``, ``.mhtml``): its HTML or text body, and any text attachment, is a page.

Both give ``(text, is_html, url)`` triples; :func:`govkg.ingest.read_file` reads each as it reads a file of its own.
Records that hold no page (a crawl's ``warcinfo``, ``request`` and ``metadata`` records; images, style sheets and
scripts it fetched with the page) are not notices and are passed over; a container with no page at all is an error.
"""
from __future__ import annotations

import email
import email.policy
import gzip
import re
import zlib
from email.message import EmailMessage
from typing import Iterator

from ..errors import InputError
from ..text import han_count, squash
from .decode import decode_counting_nul

#: the content types of a page: HTML, XHTML, plain text (a type with no subtype name is read as text)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: a record's first line: WARC/1.0, WARC/1.1
_WARC_START = re.compile(rb"WARC/1\.\d\r?\n")
#: the charset an HTTP or MIME header names: text/html; charset=gbk
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
#: a mail subject's forwarding and reply marks: 转发：, Fwd:, 回复:, Re:, [外部邮件]
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:转发|轉發|回复|回覆|答复|Fwd?|Re|\[[^\]]{1,12}\])\s*[:：]?\s*)+", re.I)

#: the line a mail client puts over what a mail forwards: -------- 转发的网页 --------, ---------- Forwarded message
#: ---------, -----原始邮件-----, -----Original Message-----
_FORWARDED = re.compile(r"^[ \t]*-{3,}[ \t]*(?:转发的?(?:邮件|网页|消息|信息|内容)?|轉發的?(?:郵件|網頁|消息|信息|內容)?|原始邮件|原始郵件"
                        r"|Forwarded message|Original Message)[ \t]*-{3,}[ \t]*$", re.M | re.I)

Page = tuple[str, bool, str | None]


def is_warc(data: bytes) -> bool:
    """The bytes are a WARC file (gzipped or not)."""
    return data[:2] == b"\x1f\x8b" or bool(_WARC_START.match(data.lstrip(b"\r\n")))


def warc_pages(data: bytes, source: str) -> Iterator[Page | InputError]:
    """The pages a WARC file captured, in the file's order."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)  # (a .warc.gz is one gzip member a record: decompress reads them all)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(source, f"is a gzipped WARC file that cannot be unpacked ({exc})")
            return
    found = 0
    for headers, block in _warc_records(data):
        kind = headers.get("warc-type", "").lower()
        if kind == "response" and headers.get("content-type", "").lower().startswith("application/http"):
            page = _http_page(block)
        elif kind in ("response", "resource"):
            page = (headers.get("content-type", ""), block)
        else:
            continue  # (warcinfo, request, metadata, revisit: no page)
        if page is None or not _is_page(page[0]):
            continue  # (an image, a style sheet, a script the crawl fetched with the page)
        text = _decoded(page[1], page[0], source)
        if isinstance(text, InputError):
            yield text
            continue
        found += 1
        yield text, "html" in page[0].lower() or not page[0], headers.get("warc-target-uri") or None
    if not found:
        yield InputError(source, "is a WARC file that holds no captured HTML or text page")


def _warc_records(data: bytes) -> Iterator[tuple[dict[str, str], bytes]]:
    """Each record's named header fields (lower-cased) and its block. The block is the record's Content-Length
    bytes where the next record starts right after them; a file whose lengths are wrong (edited by hand, saved
    with other line ends) is cut at the next record's first line instead."""
    at = 0
    while True:
        start = _WARC_START.search(data, at)
        if not start:
            return
        head_end = re.compile(rb"\r?\n\r?\n").search(data, start.end())
        if not head_end:
            return
        headers = _fields(data[start.end():head_end.start()].decode("utf-8", errors="replace"))
        begin = head_end.end()
        length = int(headers["content-length"]) if headers.get("content-length", "").isdigit() else -1
        end = begin + length
        if length < 0 or not _WARC_START.match(data[end:end + 12].lstrip(b"\r\n")) and data[end:].strip():
            nxt = re.compile(rb"\r?\n(?=WARC/1\.\d\r?\n)").search(data, begin)
            end = nxt.start() if nxt else len(data)
        yield headers, data[begin:end]
        at = max(end, begin)


def _fields(head: str) -> dict[str, str]:
    """``Name: value`` lines (a value continued on an indented line joined to it), names lower-cased."""
    fields: dict[str, str] = {}
    name = None
    for line in head.splitlines():
        if line[:1] in (" ", "\t") and name:
            fields[name] += " " + line.strip()
        elif ":" in line:
            name, value = line.split(":", 1)
            name = name.strip().lower()
            fields[name] = value.strip()
    return fields


def _http_page(block: bytes) -> tuple[str, bytes] | None:
    """An HTTP response's content type and body (chunks joined, a gzip or deflate encoding undone)."""
    head_end = re.compile(rb"\r?\n\r?\n").search(block)
    if not head_end or not block.startswith(b"HTTP/"):
        return None
    status = block[:block.find(b"\n")].split()
    if len(status) < 2 or not status[1].startswith(b"2"):
        return None  # (a redirect, an error page: no capture of the notice)
    headers = _fields(block[:head_end.start()].decode("latin-1").split("\n", 1)[-1])
    body = block[head_end.end():]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _unchunked(body)
    encoding = headers.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            body = zlib.decompress(body, 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        except zlib.error:
            return None
    return headers.get("content-type", ""), body


def _unchunked(body: bytes) -> bytes:
    """An HTTP body sent in chunks (``1f4\\r\\n…\\r\\n0\\r\\n``), joined; the body as it is where it is not."""
    out, at = [], 0
    while True:
        m = re.compile(rb"([0-9A-Fa-f]{1,8})[^\r\n]*\r?\n").match(body, at)
        if not m:
            return body if not out else b"".join(out)
        size = int(m.group(1), 16)
        if size == 0:
            return b"".join(out)
        out.append(body[m.end():m.end() + size])
        at = m.end() + size
        at += 2 if body[at:at + 2] == b"\r\n" else 1 if body[at:at + 1] == b"\n" else 0


def _is_page(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return not kind or kind in _PAGE_TYPES


def _decoded(body: bytes, content_type: str, source: str) -> str | InputError:
    """A page's bytes as text: in the charset its header names where they read so, else as a file is read."""
    named = _CHARSET.search(content_type)
    if named:
        try:
            return body.decode(named.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_counting_nul(body, source)[0]
    except InputError as exc:
        return exc


def mime_pages(data: bytes, source: str) -> Iterator[Page | InputError]:
    """The pages of a MIME message: its body (HTML before plain text) and its text attachments. A mail's subject
    goes before a plain body that does not print it (the forwarded notice's title, where the body lost it)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.get_content_type():
        yield InputError(source, "is not a MIME message (a saved mail or web archive)")
        return
    parts = []
    body = message.get_body(preferencelist=("html", "plain"))
    if body is not None:
        parts.append(body)
    parts += [p for p in message.iter_attachments() if _is_page(p.get_content_type())]
    if not parts and message.get_content_type() in _PAGE_TYPES:
        parts.append(message)
    found = 0
    subject = squash(_SUBJECT_MARKS.sub("", str(message.get("subject", ""))))
    for k, part in enumerate(parts):
        try:
            text = part.get_content()
        except (LookupError, UnicodeDecodeError, ValueError, AssertionError):
            raw = part.get_payload(decode=True) or b""
            text = _decoded(raw, part.get("content-type", ""), source)
            if isinstance(text, InputError):
                yield text
                continue
        if isinstance(text, bytes):
            continue
        html = part.get_content_type() != "text/plain"
        forwarded = _FORWARDED.search(text) if not html else None
        if forwarded and han_count(text[forwarded.end():]) >= 20:
            text = text[forwarded.end():]  # (the forwarder's note above the line is the mail's, not the notice's)
        if k == 0 and not html and subject and subject not in squash(text):
            text = f"{subject}\n\n{text}"
        found += 1
        yield text, html, part.get("content-location") if html and found == 1 else None
    if not found:
        yield InputError(source, "is a MIME message (a saved mail or web archive) with no HTML or text part")
