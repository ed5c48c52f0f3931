"""The command line: ``govkg build | export | eval | queries | query`` (and the commands of later issues).

The library raises typed errors; only this layer turns them into messages and
exit codes.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import GovkgError, StoreBusyError

ENDPOINT_OPTION = click.option("--sparql-endpoint", "endpoint", metavar="URL",
                               help="Use the SPARQL server at URL (queries at URL/query, Graph Store Protocol at "
                                    "URL/store, as `oxigraph serve` lays them out) instead of a --store directory.")
STORE_OR_ENDPOINT = click.option("--store", "store_dir", type=click.Path(file_okay=False),
                                 help="Directory of the persistent store (or give --sparql-endpoint).")


def _open_store(store_dir: str | None, endpoint: str | None, create: bool = False):
    """The embedded store in ``store_dir`` or the server at ``endpoint`` (exactly one)."""
    if (store_dir is None) == (endpoint is None):
        raise click.UsageError("give exactly one of --store DIR or --sparql-endpoint URL")
    if endpoint:
        from .remote import EndpointStore
        return EndpointStore(endpoint)
    from .store import Store
    return Store(store_dir, create=create) if create else Store.open_read(store_dir)


STORE_OPTION = click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
                            help="Directory of the persistent store.")


#: the exit status of every command that finds the store busy (a build holds it): EX_TEMPFAIL, try again
BUSY = 75


class _Failure(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def _failure(exc: GovkgError) -> click.ClickException:
    """A library error as the CLI's message and exit status (75 when the store is busy)."""
    return _Failure(str(exc), BUSY if isinstance(exc, StoreBusyError) else 1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
def main() -> None:
    """govkg: a knowledge graph of Chinese government agencies, people and policies.

    Example: govkg build --store store examples/ && govkg export --store store --format facts
    """


@main.command()
@STORE_OR_ENDPOINT
@ENDPOINT_OPTION
@click.option("--identity-overrides", type=click.Path(exists=True, dir_okay=False),
              help="A file of reviewer decisions, one a line: same|different NAME NOTICE[@AGENCY] NOTICE[@AGENCY].")
@click.option("--reason", "with_reason", is_flag=True,
              help="Then materialise the OWL-RL inferences into the inferred graph (as `govkg reason`).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Extract in N worker processes (default: all cores; 1: in this process).")
@click.option("--executor", default=None, metavar="dask://HOST:PORT",
              help="Extract on a running Dask distributed cluster instead of local processes.")
@click.option("--notice-timeout", type=float, default=10.0, show_default=True,
              help="Seconds one notice may take to extract; a slower one is reported and skipped (0: no limit).")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
def build(store_dir: str, inputs: tuple[str, ...], identity_overrides: str | None, with_reason: bool = False,
          jobs: int | None = None, executor: str | None = None, notice_timeout: float = 10.0,
          endpoint: str | None = None) -> None:
    """Add the notices in INPUTS (files or directories, recursive) to the store.

    A notice already in the store is replaced, never duplicated. Exits 1 when some
    input could not be read (each named on stderr), after building everything else.

    Example: govkg build --store store examples/ordos-policy-notices-2024.txt
    """
    from .build import build as run_build
    from .store import Store

    tty = sys.stderr.isatty()
    count = 0

    def progress(graph: str) -> None:
        nonlocal count
        count += 1
        if tty:
            click.echo(f"\rbuilding: {count} notices", nl=False, err=True)

    from .resolve.people import read_overrides

    try:
        overrides = read_overrides(identity_overrides) if identity_overrides else []
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--identity-overrides") from exc
    try:
        store = _open_store(store_dir, endpoint, create=True)
        report = run_build(inputs, store, progress, overrides, jobs=jobs, executor=executor,
                           notice_timeout=notice_timeout or None)
        if with_reason and report.notices:
            from .reason import reason_store
            inferred, _ = reason_store(store)
            click.echo(f"reasoned: {inferred} inferred triples", err=True)
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    if tty:
        click.echo("", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for problem in report.problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"built {report.notices} notices into {store_dir or endpoint}"
               + (f"; {len(report.problems)} inputs could not be read" if report.problems else ""), err=True)
    sys.exit(1 if report.problems else 0)


@main.command()
@STORE_OR_ENDPOINT
@ENDPOINT_OPTION
@click.option("--format", "fmt", required=True,
              type=click.Choice(["facts", "csv", "turtle", "trig", "nquads", "jsonld"]),
              help="facts: the JSON Lines facts table; csv: the same for spreadsheets; the rest: RDF.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(store_dir: str | None, fmt: str, output: str | None, endpoint: str | None = None) -> None:
    """Export the facts table or the graph.

    Example: govkg export --store store --format facts -o facts.jsonl
    """
    from .export import fact_rows, to_csv, to_jsonl, to_rdf
    from .store import Store

    try:
        store = _open_store(store_dir, endpoint)
        if fmt in ("facts", "csv"):
            rows = fact_rows(store)
            data = (to_jsonl(rows) if fmt == "facts" else to_csv(rows)).encode("utf-8")
        else:
            data = to_rdf(store, fmt)
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    if output:
        _write(output, data)
    else:
        sys.stdout.buffer.write(data)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@STORE_OPTION
@click.option("--show-errors", default=0, show_default=True, help="List up to N missing and N spurious facts.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: str, store_dir: str, show_errors: int, as_json: bool) -> None:
    """Score the store's facts table against a gold JSON Lines file.

    Example: govkg eval tests/data/seed-gold.jsonl --store store --show-errors 20
    """
    import json

    from .evaluate import format_report, read_jsonl, score
    from .export import fact_rows
    from .store import Store

    try:
        store = Store.open_read(store_dir)
        report = score(fact_rows(store), read_jsonl(gold))
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"{gold}: not a gold facts file ({exc})") from exc
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, show_errors))


@main.group()
def explain() -> None:
    """Explain the graph's decisions.

    Example: govkg explain person 苏雅拉图 --store store
    """


@explain.command(name="person")
@click.argument("name")
@STORE_OPTION
def explain_person(name: str, store_dir: str) -> None:
    """Every person node with NAME, its mentions (notice and posts) and the evidence that made it.

    Example: govkg explain person 李军 --store store
    """
    from .resolve.explain import explain_person as run
    from .store import Store

    try:
        store = Store.open_read(store_dir)
        text = run(store, name)
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    click.echo(text)



@main.group()
def identity() -> None:
    """Reviewer decisions about who is who.

    Example: govkg identity override list --store store
    """


@identity.group()
def override() -> None:
    """Overrides kept in the store and applied by every build until removed.

    Example: govkg identity override add same 苏雅拉图 鄂府任字〔2024〕4号 鄂府发〔2024〕9号 --store store
    """


@override.command(name="add")
@click.argument("kind", type=click.Choice(["same", "different"]))
@click.argument("name")
@click.argument("first", metavar="NOTICE[@AGENCY]")
@click.argument("second", metavar="NOTICE[@AGENCY]")
@STORE_OPTION
def override_add(kind: str, name: str, first: str, second: str, store_dir: str) -> None:
    """Say that NAME in the first notice and NAME in the second are the same person (or different people).

    A notice is its 文号 or title; @AGENCY picks one of two namesakes in it. The
    override is checked against the store (exit 1 when the name, notice or agency is
    not there) and the people of that name are re-decided at once.

    Example: govkg identity override add different 李军 鄂府任字〔2024〕4号 鄂府发〔2024〕9号@应急管理局 --store store
    """
    from .resolve.overrides import Override
    from .resolve.people import resolve
    from .resolve.state import is_resolved

    from .derived import refresh

    o = Override(kind == "same", name, first, second)

    def work(store):
        full = not is_resolved(store)
        report = resolve(store, None if full else [], [o])
        refresh(store, None if full else [], names=[name])  # the derived records of those people
        return report

    report = _with_store(store_dir, work)
    click.echo(f"{o.id}  {o}\n{report.people} person node(s) named {name} now", err=True)


@override.command(name="list")
@STORE_OPTION
def override_list(store_dir: str) -> None:
    """Print the overrides in the store, one a line: ID, then the decision.

    Example: govkg identity override list --store store
    """
    from .resolve.overrides import stored
    from .store import Store

    try:
        store = Store(store_dir, create=False)
        rows = stored(store)
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
    for o in rows:
        click.echo(f"{o.id}  {o}")
    if not rows:
        click.echo("(no overrides)", err=True)


@override.command(name="remove")
@click.argument("override_id", metavar="ID")
@STORE_OPTION
def override_remove(override_id: str, store_dir: str) -> None:
    """Remove the override ID (see `list`) and re-decide the people it named.

    Example: govkg identity override remove 1a2b3c4d --store store
    """
    from .resolve.people import resolve
    from .resolve.state import is_resolved

    from .derived import refresh
    from .resolve.overrides import stored

    def work(store):
        full = not is_resolved(store)
        names = [o.name for o in stored(store) if o.id == override_id]
        resolve(store, None if full else [], remove=[override_id])
        refresh(store, None if full else [], names=names)  # the derived records of those people

    _with_store(store_dir, work)
    click.echo(f"removed {override_id}", err=True)


def _with_store(store_dir: str, work):
    """``work(store)`` on the store, closed before an error is reported (so the lock is free)."""
    from .store import Store

    try:
        store = Store(store_dir, create=False)
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
    error = None
    try:
        result = work(store)
    except GovkgError as exc:
        error = str(exc)
    store.close()
    if error is not None:
        raise click.ClickException(error)
    return result


@main.command(name="queries")
def list_queries() -> None:
    """List the canned queries: name, parameters and the question each answers.

    Example: govkg queries
    """
    from .canned import catalogue

    try:
        for q in catalogue():
            params = "  ".join(p.describe() for p in q.params) or "(no parameters)"
            click.echo(f"{q.name}  {params}\n    {q.summary}")
    except GovkgError as exc:
        raise _failure(exc) from exc


@main.command(name="query")
@click.argument("name", required=False)
@STORE_OR_ENDPOINT
@ENDPOINT_OPTION
@click.option("--file", "query_file", type=click.Path(dir_okay=False),
              help="Run this SPARQL file instead of a canned query (its `#+ params:` header, if any, applies).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter value; repeat for each parameter (see `govkg queries`).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table: aligned columns; json: an array of objects keyed by variable; csv: with a header.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Print at most N rows (a page).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip the first M rows (with --limit: the page starting at row M).")
def query(name: str | None, store_dir: str | None, query_file: str | None, params: tuple[str, ...], fmt: str,
          endpoint: str | None = None, limit: int | None = None, offset: int = 0) -> None:
    """Run the canned query NAME (or --file Q.rq) against the store and print the rows.

    Unknown queries and bad parameters exit 2; a missing store exits 1.

    Example: govkg query post-holders --store store -p agency=市人民政府 -p title=副秘书长 -p date=2024-01-15
    """
    from .canned import bind, from_file, load, parse_assignments, run
    from .errors import QueryError
    from .store import Store

    if bool(name) == bool(query_file):
        raise click.UsageError("give either a query NAME or --file Q.rq (`govkg queries` lists the names)")
    try:
        q = from_file(query_file) if query_file else load(name)
        values = parse_assignments(params)
        bind(q, values)  # report bad parameters before opening the store
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        rows = run(_open_store(store_dir, endpoint), q, values, limit=limit, offset=offset)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc
    except GovkgError as exc:
        raise _failure(exc) from exc
    click.echo(_format_rows(rows, fmt), nl=False)


def _format_rows(rows: list[dict], fmt: str) -> str:
    """Rows as text: ``json`` (array of objects), ``csv`` (header + rows) or ``table``."""
    import csv
    import io
    import json

    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if columns:
            writer.writerow(columns)
        writer.writerows([["" if r[c] is None else r[c] for c in columns] for r in rows])
        return buf.getvalue()
    if not rows:
        return "(no rows)\n"
    cells = [columns] + [[_cell(r[c]) for c in columns] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(columns))]
    lines = ["  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _cell(value) -> str:
    """A value for the table; IRIs exactly as the store holds them (percent-encoded), so one
    copied from the table matches in SPARQL."""
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _width(text: str) -> int:
    """Display width: wide (CJK) characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Validate this store.")
@ENDPOINT_OPTION
@click.option("--data", "data_file", type=click.Path(dir_okay=False),
              help="Validate this RDF file instead (Turtle, TriG, N-Quads, …; TriG and N-Quads per graph).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False),
              help="Write the sh:ValidationReport here as Turtle.")
@click.option("--limit", default=50, show_default=True, help="Print at most N result rows (0: all).")
@click.option("--all", "check_all", is_flag=True,
              help="Check every notice again (default: only notices built since the last validation, and failures).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Run N checks at a time (default: all cores).")
def validate(store_dir: str | None, data_file: str | None, report_file: str | None, limit: int,
             check_all: bool = False, endpoint: str | None = None, jobs: int | None = None) -> None:
    """Check the graph against the SHACL shapes of shapes/ (per notice, then across notices).

    Prints one row per result (severity, focus node, notice, span, message) and a
    summary. Exits 0 when the graph conforms (warnings allowed), 1 on violations,
    2 when the data cannot be read.

    Example: govkg validate --store store --report validation-report.ttl
    """
    from .store import Store
    from .validate import validate_file, validate_store

    if sum(x is not None for x in (store_dir, data_file, endpoint)) != 1:
        raise click.UsageError("give exactly one of --store DIR, --sparql-endpoint URL or --data FILE")
    try:
        if store_dir or endpoint:
            store = _open_store(store_dir, endpoint)
            tty = sys.stderr.isatty()

            def progress(step: str) -> None:
                if tty:
                    click.echo(f"\rvalidating: {step}\033[K", nl=False, err=True)

            # (the report file is written as the results come: a large store's are not held)
            with _report_out(report_file) as out:
                report = validate_store(store, progress=progress, incremental=not check_all, jobs=jobs,
                                        report_file=out, keep=max(limit, 0))
            if tty:
                click.echo("", err=True)
            store.close()
        else:
            if not Path(data_file).is_file():
                raise GovkgError(f"{data_file}: no such file")
            report = validate_file(data_file)
            if report_file:
                with _report_out(report_file) as out:
                    out.write(report.graph.serialize(format="turtle", encoding="utf-8"))
    except GovkgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(BUSY if isinstance(exc, StoreBusyError) else 2)
    rows = report.rows if limit <= 0 else report.rows[:limit]
    for row in rows:
        click.echo(row.format())
    if len(rows) < report.results:
        click.echo(f"… {report.results - len(rows)} more (see --report, or --limit 0); by shape:")
        for line in report.by_shape():
            click.echo(line)
    click.echo(report.summary())
    sys.exit(0 if report.conforms else 1)


@contextmanager
def _report_out(report_file: str | None):
    """The report file opened for writing (None: no report); GovkgError when it cannot be."""
    if not report_file:
        yield None
        return
    try:
        out = open(report_file, "wb")
    except OSError as exc:
        raise GovkgError(f"{report_file}: cannot write the report ({exc.strerror or exc})") from exc
    with out:
        yield out


@main.command()
@STORE_OPTION
def reason(store_dir: str) -> None:
    """Materialise the OWL-RL inferences of the ontology into the named graph <…/id/graph/inferred>.

    Asserted graphs are unchanged; reasoning again replaces the inferred graph. Exits 1
    when the closure finds the graph inconsistent (each message on stderr).

    Example: govkg reason --store store
    """
    from .reason import reason_store
    from .store import Store

    try:
        store = Store(store_dir, create=False)
        inferred, errors = reason_store(store)
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    for e in errors:
        click.echo(f"inconsistent: {e}", err=True)
    click.echo(f"{inferred} inferred triples in <https://w3id.org/govkg/id/graph/inferred>", err=True)
    sys.exit(1 if errors else 0)


@main.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query (or a page's queries) may run; then its worker is killed and 503 answered.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries beyond these wait, up to the timeout).")
@click.option("--allow-service", is_flag=True, help="Let queries call other endpoints with SERVICE (refused by default).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from ORIGIN (e.g. https://example.org, or * for any, never with credentials) "
                   "call the endpoint; repeat for several. Default: same origin only.")
@click.option("--max-body", default=1 << 20, show_default=True, type=click.IntRange(1, 1 << 30),
              help="Largest request body in bytes (413 beyond).")
@click.option("--max-result-mb", default=100, show_default=True, type=click.IntRange(1, 1 << 20),
              help="Largest result streamed for one query, in MiB (the response is cut beyond).")
@click.option("--quiet", is_flag=True, help="No access log.")
def serve(store_dir: str, host: str, port: int, timeout: float, workers: int, allow_service: bool,
          cors_origins: tuple[str, ...], max_body: int, max_result_mb: int, quiet: bool) -> None:
    """Serve the store read-only: the SPARQL 1.1 endpoint at /sparql, a page for every entity
    IRI (/id/…; Turtle, JSON-LD or N-Triples by Accept), search and canned queries at /.

    The store is opened read-only, so `query`, `export` and `build` work while it runs; a
    finished build is picked up on the next request. Exits 75 while a build holds the store.

    Example: govkg serve --store store --port 7878
    """
    import socket

    import uvicorn

    from .store import Store
    from .web.app import Settings, make_app

    try:
        Store.open_read(store_dir).close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    try:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    settings = Settings(store=str(Path(store_dir).resolve()), timeout=timeout, workers=workers,
                        allow_service=allow_service, cors_origins=cors_origins, max_body=max_body,
                        max_result_bytes=max_result_mb << 20)
    config = uvicorn.Config(make_app(settings), http="h11", lifespan="on", access_log=not quiet,
                            log_level="warning" if quiet else "info", h11_max_incomplete_event_size=16 * 1024,
                            timeout_keep_alive=5, limit_concurrency=200, server_header=False)
    url = f"http://{host}:{sock.getsockname()[1]}"
    click.echo(f"govkg at {url}/ (SPARQL endpoint {url}/sparql; Ctrl-C stops)", err=True)
    uvicorn.Server(config).run(sockets=[sock])


@main.command()
@STORE_OPTION
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write the site into (created if missing).")
def site(store_dir: str, out_dir: str) -> None:
    """Write the entity pages as static files: index.html, and for every person, agency,
    group, post and notice its page (.html) and its data (.ttl), for hosting without a server.

    Example: govkg site --store store --out public/
    """
    from .store import Store
    from .web.site import write_site

    try:
        store = Store.open_read(store_dir)
        report = write_site(store, out_dir)
        store.close()
    except GovkgError as exc:
        raise _failure(exc) from exc
    except OSError as exc:
        raise click.ClickException(f"{out_dir}: cannot write the site ({exc.strerror or exc})") from exc
    click.echo(f"wrote {report.pages} pages and {report.data_files} Turtle files into {out_dir}", err=True)


def _write(path: str, data: bytes) -> None:
    """Write an output file; an OS error (no such folder, no permission, disk full) is one line, exit 1."""
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc.strerror or exc})") from exc


if __name__ == "__main__":  # pragma: no cover
    main()
