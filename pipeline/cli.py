"""The command line: ``govkg build | export | eval | queries | query`` (and the commands of later issues).

The library raises typed errors; only this layer turns them into messages and
exit codes.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import GovkgError

STORE_OPTION = click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
                            help="Directory of the persistent store.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
def main() -> None:
    """govkg: a knowledge graph of Chinese government agencies, people and policies.

    Example: govkg build --store store examples/ && govkg export --store store --format facts
    """


@main.command()
@STORE_OPTION
@click.option("--identity-overrides", type=click.Path(exists=True, dir_okay=False),
              help="A file of reviewer decisions, one a line: same|different NAME NOTICE[@AGENCY] NOTICE[@AGENCY].")
@click.option("--reason", "with_reason", is_flag=True,
              help="Then materialise the OWL-RL inferences into the inferred graph (as `govkg reason`).")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
def build(store_dir: str, inputs: tuple[str, ...], identity_overrides: str | None, with_reason: bool = False) -> None:
    """Add the notices in INPUTS (files or directories, recursive) to the store.

    A notice already in the store is replaced, never duplicated. Exits 1 when some
    input could not be read (each named on stderr), after building everything else.

    Example: govkg build --store store examples/ordos-policy-notices-2024.txt
    """
    from .build import build as run_build
    from .store import Store

    tty = sys.stderr.isatty()
    count = 0

    def progress(notice) -> None:
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
        store = Store(store_dir)
        report = run_build(inputs, store, progress, overrides)
        if with_reason and report.notices:
            from .reason import reason_store
            inferred, _ = reason_store(store)
            click.echo(f"reasoned: {inferred} inferred triples", err=True)
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
    if tty:
        click.echo("", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for problem in report.problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"built {report.notices} notices into {store_dir}"
               + (f"; {len(report.problems)} inputs could not be read" if report.problems else ""), err=True)
    sys.exit(1 if report.problems else 0)


@main.command()
@STORE_OPTION
@click.option("--format", "fmt", required=True,
              type=click.Choice(["facts", "csv", "turtle", "trig", "nquads", "jsonld"]),
              help="facts: the JSON Lines facts table; csv: the same for spreadsheets; the rest: RDF.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(store_dir: str, fmt: str, output: str | None) -> None:
    """Export the facts table or the graph.

    Example: govkg export --store store --format facts -o facts.jsonl
    """
    from .export import fact_rows, to_csv, to_jsonl, to_rdf
    from .store import Store

    try:
        store = Store(store_dir, create=False)
        if fmt in ("facts", "csv"):
            rows = fact_rows(store)
            data = (to_jsonl(rows) if fmt == "facts" else to_csv(rows)).encode("utf-8")
        else:
            data = to_rdf(store, fmt)
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
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
        store = Store(store_dir, create=False)
        report = score(fact_rows(store), read_jsonl(gold))
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
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
        store = Store(store_dir, create=False)
        text = run(store, name)
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(text)



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
        raise click.ClickException(str(exc)) from exc


@main.command(name="query")
@click.argument("name", required=False)
@STORE_OPTION
@click.option("--file", "query_file", type=click.Path(dir_okay=False),
              help="Run this SPARQL file instead of a canned query (its `#+ params:` header, if any, applies).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter value; repeat for each parameter (see `govkg queries`).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table: aligned columns; json: an array of objects keyed by variable; csv: with a header.")
def query(name: str | None, store_dir: str, query_file: str | None, params: tuple[str, ...], fmt: str) -> None:
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
        rows = run(Store(store_dir, create=False), q, values)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
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
    """A value for the table: IRIs of govkg instances shortened and decoded."""
    from urllib.parse import unquote

    if value is None:
        return ""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    prefix = "https://w3id.org/govkg/id/"
    return unquote(text[len(prefix):]) if text.startswith(prefix) else text


def _width(text: str) -> int:
    """Display width: wide (CJK) characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Validate this store.")
@click.option("--data", "data_file", type=click.Path(dir_okay=False),
              help="Validate this RDF file instead (Turtle, TriG, N-Quads, …; TriG and N-Quads per graph).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False),
              help="Write the sh:ValidationReport here as Turtle.")
@click.option("--limit", default=50, show_default=True, help="Print at most N result rows (0: all).")
def validate(store_dir: str | None, data_file: str | None, report_file: str | None, limit: int) -> None:
    """Check the graph against the SHACL shapes of shapes/ (per notice, then across notices).

    Prints one row per result (severity, focus node, notice, span, message) and a
    summary. Exits 0 when the graph conforms (warnings allowed), 1 on violations,
    2 when the data cannot be read.

    Example: govkg validate --store store --report validation-report.ttl
    """
    from .store import Store
    from .validate import validate_file, validate_store

    if (store_dir is None) == (data_file is None):
        raise click.UsageError("give exactly one of --store DIR or --data FILE")
    try:
        if store_dir:
            store = Store(store_dir, create=False)
            report = validate_store(store)
            store.close()
        else:
            if not Path(data_file).is_file():
                raise GovkgError(f"{data_file}: no such file")
            report = validate_file(data_file)
    except GovkgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    rows = report.rows if limit <= 0 else report.rows[:limit]
    for row in rows:
        click.echo(row.format())
    if len(rows) < len(report.rows):
        click.echo(f"… {len(report.rows) - len(rows)} more (see --report, or --limit 0)")
    if report_file:
        try:
            Path(report_file).write_bytes(report.graph.serialize(format="turtle", encoding="utf-8"))
        except OSError as exc:
            click.echo(f"Error: {report_file}: cannot write the report ({exc.strerror or exc})", err=True)
            sys.exit(2)
    click.echo(report.summary())
    sys.exit(0 if report.conforms else 1)


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
        raise click.ClickException(str(exc)) from exc
    for e in errors:
        click.echo(f"inconsistent: {e}", err=True)
    click.echo(f"{inferred} inferred triples in <https://w3id.org/govkg/id/graph/inferred>", err=True)
    sys.exit(1 if errors else 0)


@main.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
def serve(store_dir: str, host: str, port: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Example: govkg serve --store store --port 7878
    """
    from .serve import make_server
    from .store import Store

    try:
        server = make_server(Store(store_dir, create=False), host, port)
    except (GovkgError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"SPARQL endpoint at http://{host}:{server.server_address[1]}/sparql (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


def _write(path: str, data: bytes) -> None:
    """Write an output file; an OS error (no such folder, no permission, disk full) is one line, exit 1."""
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc.strerror or exc})") from exc


if __name__ == "__main__":  # pragma: no cover
    main()
