"""The command line: ``govkg build | export | eval`` (and the commands of later issues).

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
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
def build(store_dir: str, inputs: tuple[str, ...]) -> None:
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

    try:
        store = Store(store_dir)
        report = run_build(inputs, store, progress)
        store.close()
    except GovkgError as exc:
        raise click.ClickException(str(exc)) from exc
    if tty:
        click.echo("", err=True)
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
        Path(output).write_bytes(data)
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


if __name__ == "__main__":  # pragma: no cover
    main()
