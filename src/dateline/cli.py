"""The `dateline` command line: argument parsing and output only; the work is in the API."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table

from dateline.actors.command import ActorsOpt, with_actor_files
from dateline.actors.command import register as register_actors_command
from dateline.errors import DatelineError
from dateline.evaluate.cli import eval_app
from dateline.extract import Extractor
from dateline.ingest import normalize_published
from dateline.record import Extraction, ItemError
from dateline.scale.cli import register as register_scale_commands
from dateline.settings import Settings
from dateline.store.cli import register as register_store_commands
from dateline.web.cli import register as register_web_commands

app = typer.Typer(
    help="dateline: news articles in, verifiable political event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)
app.add_typer(eval_app, name="eval")
register_actors_command(app)
register_store_commands(app)
register_scale_commands(app)
register_web_commands(app)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


PathsArg = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .html, .jsonl), directories, globs, or - for stdin."),
]
PublishedOpt = Annotated[
    str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that have none.")
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", help="json: one document; jsonl: a record per line, errors in place."),
]
OutputOpt = Annotated[
    Path | None, typer.Option("-o", "--output",
                              help="Write here instead of stdout (- is stdout too).")
]
VerbsOpt = Annotated[
    list[Path] | None,
    typer.Option("--verbs", help="User CAMEO verb dictionary (PETRARCH format); repeatable."),
]
SummaryOpt = Annotated[
    bool, typer.Option(help="Print a table of each record's entities to stderr.")
]


@app.command()
def extract(
    paths: PathsArg,
    published: PublishedOpt = None,
    output_format: FormatOpt = OutputFormat.json,
    output: OutputOpt = None,
    summary: SummaryOpt = False,
    actors: ActorsOpt = None,
    verbs: VerbsOpt = None,
) -> None:
    """Extract one Extraction record per article. Exit status 1 when any item failed."""
    try:
        published = normalize_published(published)
    except DatelineError as exc:
        raise typer.BadParameter(exc.message, param_hint="--published") from exc
    settings = with_actor_files(Settings.from_env(), actors)
    if verbs:
        settings = replace(settings, verb_dictionaries=(*settings.verb_dictionaries,
                                                        *(str(v) for v in verbs)))
    results = Extractor(settings).extract_paths(paths, published=published)
    records, errors = 0, 0
    with _open_output(output) as out:
        if output_format is OutputFormat.jsonl:
            for result in results:
                out.write(result.to_json() + "\n")
                records, errors = _count(result, records, errors, summary)
        else:
            collected = []
            for result in results:
                records, errors = _count(result, records, errors, summary)
                if isinstance(result, Extraction):
                    collected.append(result.to_dict())
            document: object = collected[0] if len(collected) == 1 else collected
            out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    where = f" to {output}" if output and str(output) != "-" else ""
    stderr.print(f"dateline: wrote {records} record(s){where}; {errors} item(s) failed")
    raise typer.Exit(1 if errors or not records else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Extraction record (schema dateline.extraction/1)."""
    typer.echo(json.dumps(Extraction.model_json_schema(by_alias=True), indent=2))


def _count(result: Extraction | ItemError, records: int, errors: int, summary: bool
           ) -> tuple[int, int]:
    if isinstance(result, ItemError):
        stderr.print(f"[red]error[/red] [{result.code}] {result.where}: {result.message}",
                     highlight=False, markup=True)
        return records, errors + 1
    if summary:
        _print_summary(result)
    return records + 1, errors


def _print_summary(record: Extraction) -> None:
    article = record.article
    table = Table(title=f"{article.title or article.id}  ({article.published or 'no date'})")
    for column in ("id", "type", "name", "mentions", "roles"):
        table.add_column(column)
    for entity in record.entities:
        kinds = Counter(m.kind for m in entity.mentions)
        table.add_row(
            entity.id, entity.type, entity.name,
            " ".join(f"{k}:{n}" for k, n in kinds.items() if n),
            "; ".join(r.text for r in entity.roles[:3]),
        )
    stderr.print(table)


@contextmanager
def _open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        yield handle


def main() -> None:
    try:
        app()
    except DatelineError as exc:
        stderr.print(f"[red]dateline: {exc}[/red]", highlight=False)
        sys.exit(2)
