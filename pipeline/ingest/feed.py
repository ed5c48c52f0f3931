"""XML input: a site's RSS or Atom feed (``<item>`` / ``<entry>``, the notice in ``<description>`` or
``<content:encoded>``, often HTML inside CDATA) and a crawl's XML export (one element a record, one child element a
field). Each record's fields, named by their tags, are read as a JSON record's are (``jsonl``): known names first,
the rest by the shape of their values (a link, a date, the long text with line breaks or HTML)."""
from __future__ import annotations

from typing import Iterator

from lxml import etree

from ..errors import InputError
from ..notice import RawNotice
from .jsonl import notices_of

#: the elements a feed holds its stories in (RSS 2.0 and RSS 1.0: item; Atom: entry)
_STORY = {"item", "entry"}
#: the few fields a record has at least
_FIELDS_AT_LEAST = 2


def _name(element) -> str:
    """An element's tag without its namespace (content:encoded -> encoded, {http://www.w3.org/2005/Atom}entry -> entry)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rpartition("}")[2].rpartition(":")[2]


def _value(element) -> str:
    """A field's value: its text (CDATA included), or the address an empty Atom ``<link href=…/>`` points to."""
    text = "".join(element.itertext()).strip()
    return text or element.get("href", "")


def _record(element) -> dict:
    """One record's fields: each child element's value under its tag's name (the first of a name wins)."""
    fields: dict[str, str] = {}
    for child in element:
        name = _name(child)
        if name and name not in fields and (value := _value(child)):
            fields[name] = value
    return fields


def _records(root) -> list:
    """A feed's stories; else the elements whose children are all fields (no grandchildren), the outermost."""
    stories = [el for el in root.iter() if _name(el) in _STORY]
    if stories:
        return stories
    flat = [el for el in root.iter() if isinstance(el.tag, str) and sum(1 for _ in el) >= _FIELDS_AT_LEAST
            and all(len(child) == 0 for child in el)]
    return [el for el in flat if not any(anc in flat for anc in el.iterancestors())]


def read_xml(text: str, source: str) -> Iterator[RawNotice | InputError]:
    """The notices of a feed or an XML export, one a record; a file that holds none is one error."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        yield InputError(source, f"is not XML ({exc})")
        return
    if root is None:
        yield InputError(source, "is not XML (no element found)")
        return
    records = [(f"record {k}", _record(el)) for k, el in enumerate(_records(root), 1)]
    if not records:
        yield InputError(source, "holds no notice records (a feed's items, or elements whose child elements are "
                                 "fields: a title, a link, a date, the notice's text)")
        return
    yield from notices_of(records, source)
