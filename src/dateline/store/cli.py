"""`dateline ingest | events | quotes | export | summary`: thin wrappers over `dateline.store`."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from dateline.errors import DatelineError
from dateline.ingest import normalize_published
from dateline.output import FormatOpt, ListFormat, is_terminal, print_table, write_csv
from dateline.scale.cli import (
    Engine,
    EngineOpt,
    LoadOpt,
    LocalWorkersOpt,
    ParquetOpt,
    PartitionOpt,
    SchedulerOpt,
    dask_ingest,
)
from dateline.store import MODALITIES, ExportFormat, IngestSummary, Store
from dateline.store.query import EventReport, StoredEvent, event_row, modalities

stderr = Console(stderr=True)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database: a SQLite file path or a postgresql:// URL "
                 "(default $DATELINE_DB, else ./dateline.db)."),
]

LimitOpt = Annotated[int | None, typer.Option(help="At most this many rows.")]
MinConfidenceOpt = Annotated[float | None, typer.Option(
    min=0.0, max=1.0, help="Only events at least this confident, 0-1 (on the event gold, "
    "0.7 keeps events about nine in ten of which are right; docs/event-model.md).")]


def iso_day(value: str | None) -> str | None:
    """An option's ISO day (YYYY-MM-DD), normalized; anything else is a usage error naming
    the option (as the API's 422), never a filter that quietly matches nothing."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"'{value}' is not an ISO day YYYY-MM-DD") from exc


def _fail(exc: DatelineError) -> NoReturn:
    """Print a dateline error on one line of stderr and exit 2, with no traceback."""
    stderr.print(f"dateline: {exc}", style="red", highlight=False, markup=False,
                 soft_wrap=True)
    raise typer.Exit(2) from exc


def _read_store(db: str | None) -> Store:
    """The store at `db` for a command that only reads: a SQLite file that does not exist
    is an error naming it (DL504), never a new empty store; only `ingest` and `load`
    create one."""
    try:
        return Store(db, create=False)
    except DatelineError as exc:
        _fail(exc)


def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl), directories, globs, or - for stdin.")],
    db: DbOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for inputs that have none.")] = None,
    dedup_threshold: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Actor overlap needed to merge two reports of one event "
        "(default $DATELINE_DEDUP_THRESHOLD, else 0.75).")] = None,
    progress: Annotated[bool, typer.Option(help="Show the progress bar.")] = True,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    local_workers: LocalWorkersOpt = None,
    parquet: ParquetOpt = None,
    partition_size: PartitionOpt = None,
    load: LoadOpt = True,
) -> None:
    """Extract and store articles; already-stored ones are skipped, bad ones recorded.

    Safe to interrupt and re-run. Exit status 1 when any item failed (see `ingest_errors`).
    """
    try:
        published = normalize_published(published)
    except DatelineError as exc:
        raise typer.BadParameter(exc.message, param_hint="--published") from exc
    if engine is Engine.dask:
        dask_ingest(paths, parquet=parquet, db=db, dedup_threshold=dedup_threshold,
                    scheduler=scheduler, local_workers=local_workers,
                    partition_size=partition_size, published=published, load=load,
                    progress=progress)
    store = Store(db, threshold=dedup_threshold)
    bar = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TextColumn("{task.fields[skipped]} skipped"), TimeElapsedColumn(),
        console=stderr, disable=not progress,
    )
    with bar:
        task = bar.add_task("ingest", total=None, rate=0.0, errors=0, skipped=0)

        def update(summary: IngestSummary) -> None:
            bar.update(task, total=summary.total, completed=summary.read, rate=summary.rate,
                       errors=summary.error_count, skipped=summary.skipped)

        summary = store.ingest(paths, workers=workers, published=published,
                               on_progress=update)
    _print_summary(store, summary)
    if summary.interrupted:
        raise typer.Exit(130)
    raise typer.Exit(1 if summary.error_count else 0)


def _print_summary(store: Store, summary: IngestSummary) -> None:
    state = "interrupted; re-run to resume" if summary.interrupted else "done"
    stderr.print(
        f"dateline ingest {state}: {summary.stored} article(s) stored, {summary.skipped} "
        f"already stored, {summary.error_count} failed, in {summary.seconds:.1f} s "
        f"({summary.rate:.2f} articles/s); {summary.new_events} new event(s), "
        f"{summary.merged_reports} report(s) of known events. Store: {store.url}",
        highlight=False,
    )
    for code, n in sorted(summary.errors.items()):
        stderr.print(f"  {code}: {n}", highlight=False)
    if summary.errors:
        stderr.print("  reasons per item: `dateline summary --errors`", highlight=False)


def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor code (IRN) or part of a name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    since: Annotated[str | None, typer.Option(
        help="From this ISO day (YYYY-MM-DD).", callback=iso_day)] = None,
    until: Annotated[str | None, typer.Option(
        help="Up to this ISO day (YYYY-MM-DD).", callback=iso_day)] = None,
    place: Annotated[str | None, typer.Option(help="Part of the place name.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO-3166 alpha-3 of the place.")] = None,
    quote_by: Annotated[str | None, typer.Option(
        help="Only events reported in a quote by this speaker.")] = None,
    modality: Annotated[list[str] | None, typer.Option(
        help="Only events of this modality: " + ", ".join(MODALITIES)
        + " (repeat the option, or join with commas, for several).")] = None,
    negated: Annotated[bool | None, typer.Option(
        "--negated/--not-negated", help="Only negated events (the text says they did not "
        "happen), or only the others; default both.", show_default=False)] = None,
    min_confidence: MinConfidenceOpt = None,
    sample: Annotated[int | None, typer.Option(
        min=0, help="Draw this many of the matching events at random, to read and judge "
        "(the same ones again for the same --seed).")] = None,
    seed: Annotated[int, typer.Option(help="The random seed of --sample.")] = 0,
    sentences: Annotated[bool, typer.Option(
        "--sentences", help="Show each event's sentence, its trigger in [brackets].")] = False,
    output_format: FormatOpt = ListFormat.table,
    limit: LimitOpt = None,
) -> None:
    """List stored events (one per real-world event, with its report count).

    The modality column says how the text holds each event: asserted, reported, future,
    hypothetical or conditional, with "not" before it when the event is negated; conf is
    the coder's confidence (0-1, calibrated: --min-confidence filters on it). To judge a
    store by reading: --sample 50 --seed 1 --sentences.
    """
    try:
        wanted = modalities(modality)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--modality") from exc
    found = _read_store(db).events(actor=actor, type=event_type, since=since, until=until,
                             place=place, country=country, quote_by=quote_by,
                             modality=wanted, negated=negated,
                             min_confidence=min_confidence, sample=sample, seed=seed,
                             limit=limit)
    if output_format is ListFormat.json:
        for event in found:
            typer.echo(event.model_dump_json())
    elif output_format is ListFormat.csv:
        write_csv([event_row(e) for e in found])
    else:
        table = Table(title=f"{len(found)} event(s)")
        columns = ["id", "date", "type", "modality", "conf", "source", "target", "place",
                   "reports", "sentence" if sentences else "trigger"]
        for column in columns:
            table.add_column(column, no_wrap=column in ("id", "date", "type", "modality",
                                                        "conf", "reports"))
        for e in found:
            row = event_row(e)
            told = (_marked_sentence(e.reports[0]) if sentences else e.reports[0].trigger) \
                if e.reports else ""
            table.add_row(str(e.id), e.date or "", e.type, _modality(e), f"{e.confidence:.2f}",
                          _actors(row, "source"), _actors(row, "target"), e.place or "",
                          str(e.report_count), told)
        print_table(table)


def _marked_sentence(report: EventReport) -> str:
    """The report's sentence on one line, its trigger in brackets."""
    start = report.trigger_start - report.sentence_start
    end = report.trigger_end - report.sentence_start
    text = report.sentence
    if not 0 <= start <= end <= len(text):
        return " ".join(text.split())
    return " ".join(f"{text[:start]}[{text[start:end]}]{text[end:]}".split())


def modality_label(event: StoredEvent) -> str:
    """How the text holds the event, in words: "asserted", "reported", "not future", ..."""
    return ("not " if event.negated else "") + event.modality


def _modality(event: StoredEvent) -> Text:
    """The modality cell: plain for an asserted or reported event, marked for the others."""
    style = "bold red" if event.negated else (
        "" if event.modality in ("asserted", "reported") else "yellow")
    return Text(modality_label(event), style=style)


def _actors(row: dict[str, Any], side: str) -> str:
    names, codes = row[side].split(";"), row[f"{side}_code"].split(";")
    return ", ".join(f"{n} ({c})" if c else n for n, c in zip(names, codes, strict=True) if n)


def quotes(
    db: DbOpt = None,
    speaker: Annotated[str | None, typer.Option(help="Part of the speaker's name.")] = None,
    output_format: FormatOpt = ListFormat.table,
    limit: LimitOpt = None,
) -> None:
    """List stored quotes, optionally by speaker."""
    found = _read_store(db).quotes(speaker=speaker, limit=limit)
    if output_format is ListFormat.json:
        for quote in found:
            typer.echo(quote.model_dump_json())
    elif output_format is ListFormat.csv:
        write_csv([q.model_dump() for q in found])
    else:
        table = Table(title=f"{len(found)} quote(s)")
        for column in ("published", "speaker", "cue", "content"):
            table.add_column(column)
        for q in found:
            table.add_row(q.published or "", q.speaker or "?", q.cue or "", q.content[:200])
        print_table(table)


def export(
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="File to write, or - for standard output.")],
    output_format: Annotated[ExportFormat, typer.Option(
        "--format", help="jsonl (records), csv, parquet, plover (JSONL), gdelt (TSV).")],
    db: DbOpt = None,
    all_events: Annotated[bool, typer.Option(
        "--all-events", help="Keep negated, hypothetical and conditional events too "
        "(event formats leave them out by default; every event carries its negation and "
        "modality).")] = False,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Export the store: records, an event table, PLOVER JSONL or a GDELT-style table.

    Event formats (csv, parquet, plover, gdelt) leave out negated, hypothetical and
    conditional events unless --all-events is given, and events under --min-confidence.
    """
    to_stdout = str(output) == "-"
    if to_stdout and output_format is ExportFormat.parquet and sys.stdout.isatty():
        raise typer.BadParameter("parquet is binary: write it to a file, or pipe it",
                                 param_hint="-o")
    store = _read_store(db)
    if to_stdout:
        sys.stdout.flush()
        stream: Any = sys.stdout.buffer if output_format is ExportFormat.parquet else sys.stdout
        count = store.export(output_format, stream, all_events=all_events,
                             min_confidence=min_confidence)
        stream.flush()
    else:
        count = store.export(output_format, output, all_events=all_events,
                             min_confidence=min_confidence)
    where = "standard output" if to_stdout else str(output)
    stderr.print(f"dateline: wrote {count} {output_format.value} row(s) to {where}",
                 highlight=False, soft_wrap=True)
    if min_confidence and output_format is not ExportFormat.jsonl:
        stderr.print(f"dateline: kept only events with confidence >= {min_confidence:g}",
                     highlight=False, soft_wrap=True)
    left_out = 0 if all_events or output_format is ExportFormat.jsonl else store.count_left_out()
    if left_out:
        stderr.print(f"dateline: left out {left_out} negated, hypothetical or conditional "
                     "event(s); --all-events keeps them", highlight=False, soft_wrap=True)


SUMMARY_CSV_COLUMNS = ["section", "name", "type", "value"]


def summary(
    db: DbOpt = None,
    errors: Annotated[bool, typer.Option(help="List every recorded bad item.")] = False,
    output_format: Annotated[ListFormat, typer.Option(
        "--format", help="table (plain aligned rows when not a terminal); json (one "
        "document); csv (section,name,type,value: a row per count, entity, speaker and, "
        "with --errors, bad item).")] = ListFormat.table,
) -> None:
    """What the store holds: counts, the most named entities, the most quoted speakers."""
    store = _read_store(db)
    counts = store.counts()
    top = store.top_entities()
    speakers = store.top_speakers(10)  # "Erdogan" and "Erdoğan" are one speaker
    bad = store.errors() if errors else []
    if output_format is ListFormat.json:
        document: dict[str, Any] = {
            "store": store.url, "counts": counts,
            "entities": [{"entity": name, "type": kind, "articles": n} for name, kind, n in top],
            "speakers": [{"speaker": name, "quotes": n} for name, n in speakers]}
        if errors:
            document["errors"] = [json.loads(error.to_json()) for error in bad]
        typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    if output_format is ListFormat.csv:
        write_csv([
            *({"section": "counts", "name": name, "type": "", "value": n}
              for name, n in counts.items()),
            *({"section": "entities", "name": name, "type": kind, "value": n}
              for name, kind, n in top),
            *({"section": "speakers", "name": name, "type": "", "value": n}
              for name, n in speakers),
            *({"section": "errors", "name": error.where, "type": error.code,
               "value": error.message} for error in bad),
        ], columns=SUMMARY_CSV_COLUMNS)
        return
    tables = [Table(title=f"store {store.url}")]
    for name in counts:
        tables[0].add_column(name)
    tables[0].add_row(*(str(n) for n in counts.values()))
    tables.append(Table(title="most named entities"))
    for column in ("entity", "type", "articles"):
        tables[-1].add_column(column)
    for name, kind, n in top:
        tables[-1].add_row(name, kind, str(n))
    if speakers:
        tables.append(Table(title="most quoted speakers"))
        tables[-1].add_column("speaker")
        tables[-1].add_column("quotes")
        for name, n in speakers:
            tables[-1].add_row(name, str(n))
    for number, table in enumerate(tables):
        if number and not is_terminal():
            typer.echo("")
        print_table(table)
    for error in bad:
        typer.echo(f"[{error.code}] {error.where}: {error.message}")


def register(app: typer.Typer) -> None:
    """Add the store's commands to the `dateline` CLI."""
    for command in (ingest, events, quotes, export, summary):
        app.command()(command)


__all__ = ["ListFormat", "register"]
