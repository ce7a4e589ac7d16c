"""`dateline ingest --engine dask` and `dateline load`: thin wrappers over `dateline.scale`.

Dask is imported only when these run, so the rest of the CLI starts as fast as before.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from dateline.scale import LoadSummary, ScaleSummary
    from dateline.store import Store

stderr = Console(stderr=True)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


EngineOpt = Annotated[Engine, typer.Option(
    help="local: worker processes on this machine, straight into the store; dask: a Dask "
    "cluster writing Parquet shards (--parquet), then loaded into the store.")]
SchedulerOpt = Annotated[str | None, typer.Option(
    help="Dask scheduler address tcp://HOST:PORT (engine dask; default: a local cluster).")]
LocalWorkersOpt = Annotated[int | None, typer.Option(
    min=1, help="Worker processes of the local Dask cluster (engine dask, no --scheduler).")]
ParquetOpt = Annotated[str | None, typer.Option(
    help="Directory or fsspec URL for the Parquet shards (needed by engine dask).")]
LoadOpt = Annotated[bool, typer.Option(
    help="Engine dask: load the Parquet shards into the store (--db) when the run is done.")]
PartitionOpt = Annotated[int | None, typer.Option(
    min=1, help="Articles per Dask task and output shard (default 500).")]


def dask_ingest(paths: list[str], *, parquet: str | None, db: str | None,
                dedup_threshold: float | None, scheduler: str | None,
                local_workers: int | None, partition_size: int | None, published: str | None,
                load: bool, progress: bool) -> None:
    """Run the extraction on Dask into `parquet`, then (with `load`) bring it into the store
    at `db`, which is not opened otherwise."""
    from dateline import scale
    from dateline.store import Store

    if not parquet:
        raise typer.BadParameter("engine dask writes Parquet shards: give --parquet DIR",
                                 param_hint="--parquet")
    bar = Progress(
        TextColumn("[bold]dask"), BarColumn(), MofNCompleteColumn(),
        TextColumn("partitions; {task.fields[rate]:.1f} articles/s"),
        TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(),
        console=stderr, disable=not progress,
    )
    with bar:
        task = bar.add_task("dask", total=None, rate=0.0, errors=0)

        def update(summary: ScaleSummary) -> None:
            bar.update(task, total=summary.partitions,
                       completed=summary.done + summary.resumed + summary.failed,
                       rate=summary.rate, errors=summary.error_count)

        summary = scale.run(paths, parquet, scheduler=scheduler, local_workers=local_workers,
                            partition_size=partition_size or scale.DEFAULT_PARTITION_SIZE,
                            published=published, on_progress=update)
    print_run(summary)
    if load:
        with Store(db, threshold=dedup_threshold) as store:
            print_load(scale.load_parquet(parquet, store), store)
    else:
        stderr.print(f"  into a store: dateline load {parquet} --db URL", highlight=False)
    raise typer.Exit(1 if summary.error_count else 0)


def print_run(summary: ScaleSummary) -> None:
    stderr.print(
        f"dateline dask run done: {summary.articles} article(s) extracted, "
        f"{summary.error_count} failed, {summary.events} event(s), {summary.quotes} quote(s) "
        f"in {summary.partitions} partition(s) ({summary.resumed} already done, "
        f"{summary.failed} failed) on {summary.workers} worker(s), {summary.seconds:.1f} s "
        f"({summary.rate:.2f} articles/s). Parquet: {summary.output}", highlight=False)
    for code, n in sorted(summary.errors.items()):
        stderr.print(f"  {code}: {n}", highlight=False)


def print_load(summary: LoadSummary, store: Store) -> None:
    stderr.print(
        f"dateline load: {summary.stored} article(s) stored, {summary.skipped} already "
        f"stored, {summary.error_count} error row(s); {summary.new_events} new event(s), "
        f"{summary.merged_reports} report(s) of known events. Store: {store.url}",
        highlight=False)


def load(
    parquet: Annotated[str, typer.Argument(
        help="Output of `dateline ingest --engine dask` (a directory or fsspec URL).")],
    db: Annotated[str | None, typer.Option(
        "--db", help="Database: a SQLite file path or a postgresql:// URL "
        "(default $DATELINE_DB, else ./dateline.db).")] = None,
) -> None:
    """Load Parquet shards of a Dask run into the store; stored articles are skipped."""
    from dateline import scale
    from dateline.store import Store

    store = Store(db)
    try:
        print_load(scale.load_parquet(parquet, store), store)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add `dateline load` to the CLI (`--engine dask` lives on `dateline ingest`)."""
    app.command()(load)


__all__ = ["Engine", "dask_ingest", "register"]
