"""`dateline eval …`: argument parsing and output only; the work is in `runner` and `gate`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dateline.errors import DatelineError
from dateline.evaluate.gate import (
    DEFAULT_BASELINE,
    check,
    check_floors,
    check_gold,
    load_baseline,
    update,
)
from dateline.evaluate.gate import save_baseline as save
from dateline.evaluate.runner import STAGES, EvalReport, default_data_root, evaluate, key_metrics
from dateline.extract import Extractor

T = TypeVar("T")
eval_app = typer.Typer(help="Score dateline on gold data, beside simple peers; the CI gate.",
                       no_args_is_help=True)
console = Console(stderr=True)

SplitOpt = Annotated[str, typer.Option(
    help="Gold split: dev (all corpora), train (PolNeAR), or for events-doc held-out "
         "or batch-2 … batch-5 (train batches the event model did not learn from).")]
LimitOpt = Annotated[int | None, typer.Option(help="Score only the first N documents.")]
JsonOpt = Annotated[Path | None, typer.Option("--json", help="Also write the full report here.")]
DataOpt = Annotated[Path | None, typer.Option(
    "--data", help="Gold data folder (default $DATELINE_GOLD_DATA or ../shared/data).")]
PeersOpt = Annotated[bool, typer.Option(help="Score the stage's peers in the same run.")]

STAGE_HELP = {
    "entities": "Entity name mentions on MEANTIME, beside spaCy's own NER.",
    "quotes": "Quote cue/source/content and speakers on PolNeAR, beside textacy.",
    "times": "Time expressions and TIMEX3 values on MEANTIME, beside dateparser.",
    "places": "Toponyms and coordinates on GeoVirus, beside spaCy GPE/LOC entities.",
    "events": "PLOVER event types and actors on the PLOVER gold records (the event model "
              "learned from them: its out-of-fold figure is printed); the other coder beside.",
    "petrarch": "PLOVER types on PETRARCH2's validation sentences (CAMEO mapped); the other "
                "event coder beside it.",
    "actors": "Actor country codes and sectors on the PLOVER gold records' actors.",
    "petrarch-actors": "Actor codes on PETRARCH2's validation sentences, with its dictionaries.",
    "events-doc": "Every event of whole articles (data/events gold): detection, types, "
                  "duplicates, actors, dates, places; the other event coder beside it.",
}


def _progress_track(progress: Progress) -> Callable[[Iterable[T], str, int], Iterator[T]]:
    def track(items: Iterable[T], label: str, total: int) -> Iterator[T]:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)

    return track


def run_stage_eval(stage: str, *, data: Path | None, split: str, limit: int | None,
                   peers: bool, extractor: Extractor | None = None) -> EvalReport:
    """One stage's evaluation with a progress bar on stderr."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        return evaluate(stage, root=data or default_data_root(), split=split, limit=limit,
                        extractor=extractor, peers=peers, track=_progress_track(progress))


def report_table(report: EvalReport) -> Table:
    """Metrics as rows, dateline and its peers as columns."""
    what = f" (first {report.limit})" if report.limit else ""
    table = Table(title=f"{report.stage}: {report.dataset}, {report.split}{what}, "
                        f"{report.docs} docs")
    table.add_column("metric")
    for name in report.systems:
        table.add_column(name, justify="right")
    keys = list(key_metrics(report.stage))
    keys += [k for k in report.systems["dateline"].metrics if k not in keys]
    for metric in keys:
        table.add_row(metric, *(f"{s.metrics.get(metric, 0.0):.3f}"
                                for s in report.systems.values()))
    return table


def per_type_table(report: EvalReport) -> Table | None:
    """Typed P/R/F1 per event type, when the stage scores whole articles."""
    rows: dict[str, dict[str, float]] | None = report.systems["dateline"].details.get("per_type")
    if not rows or "predicted" not in next(iter(rows.values())):
        return None
    table = Table(title=f"{report.stage}: per type (dateline)")
    for column in ("type", "gold", "predicted", "p", "r", "f1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for label, row in rows.items():
        table.add_row(label, str(int(row["gold"])), str(int(row["predicted"])),
                      *(f"{row[k]:.3f}" for k in ("p", "r", "f1")))
    return table


def confusion_table(report: EvalReport) -> Table | None:
    """dateline's confusion matrix (gold rows, predicted columns), when the stage has one."""
    matrix: dict[str, dict[str, int]] | None = report.systems["dateline"].details.get("confusion")
    if not matrix:
        return None
    labels = sorted(set(matrix) | {p for row in matrix.values() for p in row})
    table = Table(title=f"{report.stage}: confusion (rows gold, columns dateline)",
                  caption=", ".join(f"{_short(label)} {label}" for label in labels))
    table.add_column("gold \\ coded", no_wrap=True)
    for label in labels:
        table.add_column(_short(label), justify="right", no_wrap=True)
    for gold in labels:
        row = matrix.get(gold, {})
        table.add_row(gold, *(_cell(row.get(p, 0), gold == p) for p in labels))
    return table


SHORT_TYPES = {"CONCEDE": "CCD", "CONSULT": "CNS", "COOPERATE": "COO", "ASSAULT": "ASL",
               "NONE": "–"}


def _short(label: str) -> str:
    return SHORT_TYPES.get(label, label[:3])


def _cell(count: int, diagonal: bool) -> str:
    if not count:
        return "·"
    return f"[bold]{count}[/bold]" if diagonal else str(count)


def largest_errors_lines(report: EvalReport) -> list[str]:
    cells = report.systems["dateline"].details.get("largest_errors") or []
    return [f"largest error {n}: {c['gold']} coded as {c['predicted']} ({c['count']})"
            for n, c in enumerate(cells, 1)]


def _stage_command(stage: str) -> Callable[..., None]:
    def command(split: SplitOpt = "dev", limit: LimitOpt = None, json_out: JsonOpt = None,
                data: DataOpt = None, peers: PeersOpt = True) -> None:
        report = run_stage_eval(stage, data=data, split=split, limit=limit, peers=peers)
        Console().print(report_table(report))
        if (types := per_type_table(report)) is not None:
            Console().print(types)
        if (matrix := confusion_table(report)) is not None:
            Console(width=max(Console().width, 120)).print(matrix)
            for line in largest_errors_lines(report):
                Console().print(line)
        for note in report.notes:
            Console().print(f"note: {note}")
        if report.skipped:
            console.print(f"skipped: {report.skipped}")
        if json_out is not None:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")

    command.__doc__ = STAGE_HELP[stage]
    return command


for _stage in STAGES:
    eval_app.command(name=_stage)(_stage_command(_stage))


@eval_app.command()
def gate(
    update_floors: Annotated[bool, typer.Option(
        "--update", help="Raise floors to the measured scores and re-pin checksums.")] = False,
    allow_lower: Annotated[bool, typer.Option(
        help="With --update: let floors go down (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(
        help="Why floors change; written into the baseline's history.")] = None,
    stage: Annotated[list[str] | None, typer.Option(help="Only these stages.")] = None,
    baseline_path: Annotated[Path, typer.Option("--baseline")] = DEFAULT_BASELINE,
    data: DataOpt = None,
) -> None:
    """Check every stage against its floor (exit 1 on a breach), or --update the floors."""
    baseline = load_baseline(baseline_path)
    root = data or default_data_root()
    stages = stage or list(baseline["runs"])
    extractor = Extractor()
    reports = []
    failed = False
    for name in stages:
        run: dict[str, Any] = baseline["runs"][name]
        if not update_floors:
            try:
                check_gold(baseline, root, name)
                check_floors(baseline, name)
            except DatelineError as exc:
                console.print(f"[red]{exc}[/red]")
                failed = True
                continue
        report = run_stage_eval(name, data=root, split=run["split"], limit=run["limit"],
                                peers=False, extractor=extractor)
        reports.append(report)
        if not update_floors:
            for breach in check(baseline, report):
                console.print(f"[red]FAIL[/red] {breach}")
                failed = True
    if update_floors:
        new, changes = update(baseline, reports, root, allow_lower=allow_lower, reason=reason)
        save(new, baseline_path)
        for change in changes:
            old = "new" if change.old is None else f"{change.old:.4f}"
            console.print(f"{change.stage} {change.metric}: {old} → {change.new:.4f}")
        console.print(f"wrote {baseline_path} ({len(changes)} floor(s) changed)")
        return
    table = Table(title="quality gate")
    for column in ("stage", "metric", "floor", "measured", ""):
        table.add_column(column)
    for report in reports:
        floors = baseline["floors"].get(report.stage, {})
        for metric, floor in floors.items():
            value = report.systems["dateline"].metrics.get(metric, 0.0)
            table.add_row(report.stage, metric, f"{floor:.4f}", f"{value:.4f}",
                          "ok" if value >= floor else "[red]below[/red]")
    Console().print(table)
    raise typer.Exit(1 if failed else 0)
