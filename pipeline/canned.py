"""Canned queries: the questions in ``queries/*.rq``, read, bound and run.

A canned query is a SPARQL file at the top level of the ``govkg.queries``
package. Its first lines are comments, so the file stays valid SPARQL::

    #+ summary: Who holds this post on a date / 某日谁担任某职务
    #+ params: agency:string, title:string, date:date=

``params`` is ``none`` or a comma-separated list of ``name:type`` (required),
``name:type=value`` (default) or ``name:type=`` (optional: left unbound when not
given). Types are ``string``, ``date`` (YYYY-MM-DD) and ``integer``. Everything
about a query (its question, parameters, defaults) lives in its file; nothing
here is specific to one query.

Values are bound as RDF terms through pyoxigraph ``substitutions`` and never
pasted into query text, so ``x" } ; DROP ALL ; #`` is just a string. Oxigraph
substitutes only variables of the SELECT projection, so every query projects
its parameters; ``run`` drops those columns from the rows. A substituted
variable reads as unbound to ``BOUND()``, so queries test optional
parameters with ``COALESCE``, never ``BOUND``.

String values lose all whitespace (``王 帅`` -> ``王帅``): the graph's names,
titles and numbers are written without it. A query that reads ``?NAME_key`` for a string
parameter NAME gets it bound too: the value without brackets and spaces, as the derived
records key document numbers and titles (国发〔2023〕18号 -> 国发202318号), so a lookup by
number is one index access.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Mapping

import pyoxigraph as ox

from .derived import number_key
from .errors import QueryError
from .store import Store

TYPES = ("string", "date", "integer")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_HEADER = re.compile(r"#\+\s*(\w+)\s*:\s*(.*)")
_PARAM = re.compile(r"(\w+)\s*:\s*(\w+)\s*(?:=(.*))?")


@dataclass(frozen=True)
class Param:
    """One parameter: ``default`` None means required, "" means optional (unbound)."""
    name: str
    type: str
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None

    def describe(self) -> str:
        """``name:type``, ``name:type=default`` or ``name:type (optional)``."""
        tail = "" if self.required else " (optional)" if self.default == "" else f"={self.default}"
        return f"{self.name}:{self.type}{tail}"


@dataclass(frozen=True)
class CannedQuery:
    """A query file: its name (file stem), header and SPARQL text."""
    name: str
    summary: str
    params: tuple[Param, ...]
    text: str


def parse(name: str, text: str) -> CannedQuery:
    """Read the ``#+`` header of ``text``; raises QueryError on a malformed header."""
    header: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        if m := _HEADER.fullmatch(line):
            header[m.group(1).lower()] = m.group(2).strip()
    params: list[Param] = []
    spec = header.get("params", "none")
    for item in ([] if spec.lower() in ("", "none") else spec.split(",")):
        m = _PARAM.fullmatch(item.strip())
        if not m or m.group(2) not in TYPES:
            raise QueryError(f"{name}: bad parameter {item.strip()!r} in `#+ params:` "
                             f"(write name:type or name:type=default; types: {', '.join(TYPES)})")
        default = None if m.group(3) is None else m.group(3).strip()
        params.append(Param(m.group(1), m.group(2), default))
    return CannedQuery(name, header.get("summary", ""), tuple(params), text)


def _files() -> dict[str, object]:
    root = resources.files("govkg.queries")
    return {p.name[:-3]: p for p in root.iterdir() if p.name.endswith(".rq") and p.is_file()}


def names() -> list[str]:
    """The names of every canned query, sorted."""
    return sorted(_files())


def load(name: str) -> CannedQuery:
    """The canned query ``name``; QueryError (listing the known names) when there is none."""
    files = _files()
    if name not in files:
        raise QueryError(f"no canned query {name!r}; known queries: {', '.join(sorted(files))} "
                         "(`govkg queries` lists them with their questions)")
    return parse(name, files[name].read_text(encoding="utf-8"))


def catalogue() -> list[CannedQuery]:
    """Every canned query, sorted by name."""
    return [load(n) for n in names()]


def from_file(path: str | Path) -> CannedQuery:
    """Any SPARQL file as a query (its ``#+`` header, if any, declares parameters)."""
    p = Path(path)
    try:
        return parse(p.stem, p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{p}: cannot read the query ({exc})") from exc


def term(param: Param, value: str) -> ox.Literal:
    """``value`` as the RDF literal of ``param``'s type; QueryError when it is not one."""
    where = f"parameter {param.name} ({param.type})"
    if param.type == "string":
        cleaned = "".join(value.split())
        if not cleaned:
            raise QueryError(f"{where}: empty value")
        return ox.Literal(cleaned)
    if param.type == "date":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                raise ValueError
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise QueryError(f"{where}: {value!r} is not a date; write YYYY-MM-DD, e.g. 2024-01-15") from None
        return ox.Literal(day.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if not re.fullmatch(r"[+-]?\d+", value.strip()):
        raise QueryError(f"{where}: {_shorten(value)!r} is not a whole number")
    if len(value.strip().lstrip("+-").lstrip("0")) > _MAX_DIGITS:
        raise QueryError(f"{where}: {_shorten(value)!r} is too large (at most {_MAX_DIGITS} digits)")
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))


#: integers a query takes are counts and limits: 18 digits is far beyond any, and within 64 bits
_MAX_DIGITS = 18


def _shorten(value: str, keep: int = 40) -> str:
    """A value as an error message quotes it: a long one cut, with its length."""
    return value if len(value) <= keep else f"{value[:keep]}… ({len(value)} characters)"


def bind(query: CannedQuery, values: Mapping[str, str]) -> dict[ox.Variable, ox.Literal]:
    """The substitutions for ``values`` (name -> text) plus defaults; QueryError on an
    unknown, missing or ill-typed parameter."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(p.describe() for p in query.params) or "none"
        raise QueryError(f"{query.name}: unknown parameter {', '.join(unknown)} (parameters: {known})")
    bindings: dict[ox.Variable, ox.Literal] = {}
    for p in query.params:
        value = values.get(p.name, p.default)
        if value is None:
            raise QueryError(f"{query.name}: missing parameter {p.name} ({p.type}); "
                             f"give it as --param {p.name}=VALUE")
        if value == "" and p.default == "":
            continue  # optional and not given (or given empty): left unbound
        bindings[ox.Variable(p.name)] = term(p, value)
        if p.type == "string" and re.search(rf"[?$]{p.name}_key\b", query.text):
            # the value as the derived records key a document number or title (``?NAME_key``)
            bindings[ox.Variable(p.name + "_key")] = ox.Literal(number_key(bindings[ox.Variable(p.name)].value))
    return bindings


def run(store: Store, query: CannedQuery, values: Mapping[str, str] | None = None,
        limit: int | None = None, offset: int = 0) -> list[dict]:
    """Run ``query`` with ``values`` bound; rows as {variable: python value}, without the
    parameter columns. ``limit`` / ``offset``: one page of the rows, in the query's order
    (a LIMIT / OFFSET on the whole query: Oxigraph still orders the whole answer, so a page
    saves the rows' transfer and conversion, not the query's work). QueryError on bad
    parameters or a query that cannot run."""
    bindings = bind(query, values or {})
    text = prebind(query.text, bindings)
    if limit is not None or offset:
        if (limit is not None and limit < 0) or offset < 0:
            raise QueryError(f"{query.name}: limit and offset are counts of rows (0 or more)")
        text += ("" if limit is None else f"\nLIMIT {int(limit)}") + (f"\nOFFSET {int(offset)}" if offset else "")
    try:
        rows = store.query(text)
    except RuntimeError as exc:  # e.g. a declared parameter missing from the SELECT projection
        raise QueryError(f"{query.name}: {exc}") from exc
    except (AttributeError, TypeError) as exc:  # ASK / CONSTRUCT results have no rows
        raise QueryError(f"{query.name}: only SELECT queries can be run ({exc})") from exc
    drop = {p.name for p in query.params}
    return [{k: v for k, v in row.items() if k not in drop} for row in rows]


_WHERE = re.compile(r"^(?!\s*#).*?\bWHERE\b", re.IGNORECASE | re.MULTILINE)
_SUBQUERY = re.compile(r"\s*SELECT\b", re.IGNORECASE)  # `{ SELECT`: its own WHERE group gets the block


def prebind(text: str, bindings: Mapping[ox.Variable, ox.Literal]) -> str:
    """``text`` with the parameters bound by a one-row ``VALUES`` block at the head of the
    WHERE clause, of every subquery that reads a parameter, and of every group (``{`` …
    ``}``: GRAPH, OPTIONAL, UNION, EXISTS) that reads one in an expression (FILTER, BIND):
    SPARQL evaluates a group before joining it with what surrounds it, so there it needs
    its own value, as with pyoxigraph's ``substitutions``. A group that reads a parameter
    only in triple patterns gets its value from the join and no block: a block would make
    Oxigraph evaluate that group on its own instead of looking it up row by row. The
    block is written from RDF terms (escaped, never raw text). Unlike ``substitutions``,
    the query planner then knows the values and starts from them: a person's career is an
    index lookup, not a scan. (Canned queries hold no braces inside literals or IRIs.)"""
    if not bindings:
        return text
    m = _WHERE.search(text)
    if not m:
        raise QueryError("a query with parameters needs a WHERE clause")
    names = " ".join(f"?{v.value}" for v in bindings)
    row = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    reads = re.compile(r"[?$](?:" + "|".join(re.escape(v.value) for v in bindings) + r")\b")
    plain = _STRING.sub(lambda s: " " * len(s.group()), text)  # parentheses inside strings do not count
    depth, in_expr = 0, []
    for ch in plain:  # in_expr[i]: character i is inside parentheses (an expression)
        depth += (ch == "(") - (ch == ")")
        in_expr.append(depth > 0)
    opens, close = [], {}
    for i in range(m.start(), len(text)):
        if text[i] == "{":
            opens.append(i)
        elif text[i] == "}" and opens:
            close[opens.pop()] = i
    out, last = [], 0
    outer = min(close)  # the WHERE group always gets it: HAVING, ORDER BY and the projection read it too
    for i in sorted(close):
        if i != outer:
            if _SUBQUERY.match(text, i + 1):
                continue  # `{ SELECT`: its own WHERE group gets the block
            hits = [h.start() for h in reads.finditer(plain, i, close[i])]
            where = _ENDS_WHERE.search(text, 0, i)  # a subquery's WHERE group: its own scope
            if not hits or (not where and not any(in_expr[h] for h in hits)):
                continue
        out.append(text[last:i + 1] + block)
        last = i + 1
    return "".join(out) + text[last:]


_ENDS_WHERE = re.compile(r"\bWHERE\s*$", re.IGNORECASE)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["person=王帅", "date=2024-01-15"]`` -> a dict; QueryError on an item without ``=``."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r}: write KEY=VALUE, e.g. --param person=王帅")
        out[key.strip()] = value
    return out


__all__ = ["Param", "CannedQuery", "parse", "names", "load", "catalogue", "from_file", "term", "bind", "run",
           "parse_assignments", "TYPES"]
