"""`dateline actors PATH`: how each entity of an article was coded, and why.

A thin wrapper over `Extractor`: prints one row per entity with its code, sectors, role,
basis and the evidence (the cue in the text or the dictionary entry), so a user can see
which dictionary line to add or fix; `--format json|csv` gives the same rows as data.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dateline.errors import DatelineError
from dateline.extract import Extractor
from dateline.ingest import normalize_published
from dateline.output import ListFormat, is_terminal, print_table
from dateline.record import Extraction, ItemError
from dateline.settings import Settings

ACTOR_COLUMNS = ["article", "title", "id", "type", "name", "code", "sector", "role", "basis",
                 "why"]
TABLE_COLUMNS = ("id", "type", "name", "code", "sector", "role", "basis", "why")
stderr = Console(stderr=True)

ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="User actor dictionary (CSV, YAML, PETRARCH); repeatable."),
]


def actors(
    paths: Annotated[list[str], typer.Argument(help="Article files, directories or globs.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    actor_files: ActorsOpt = None,
    uncoded: Annotated[bool, typer.Option(help="Also list entities that got no code.")] = False,
    output_format: Annotated[ListFormat, typer.Option(
        "--format", help="table (a table per article; plain aligned rows when not a "
        "terminal), json (an object per actor per line) or csv (columns "
        + ",".join(ACTOR_COLUMNS) + ").")] = ListFormat.table,
) -> None:
    """Show how each entity of an article was coded and why (cue or dictionary entry).

    Items that cannot be read are reported on stderr; exit status 1 when any failed.
    """
    try:
        published = normalize_published(published)
    except DatelineError as exc:
        raise typer.BadParameter(exc.message, param_hint="--published") from exc
    settings = with_actor_files(Settings.from_env(), actor_files)
    writer: csv.DictWriter[str] | None = None
    if output_format is ListFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=ACTOR_COLUMNS, lineterminator="\n")
        writer.writeheader()
    failed, tables = 0, 0
    for result in Extractor(settings).extract_paths(paths, published=published):
        if isinstance(result, ItemError):
            stderr.print(f"[red]error[/red] [{result.code}] {result.where}: {result.message}",
                         highlight=False, soft_wrap=True)
            failed += 1
            continue
        rows = actor_rows(result, uncoded=uncoded)
        if output_format is ListFormat.json:
            for row in rows:
                typer.echo(json.dumps(row, ensure_ascii=False))
        elif writer is not None:
            writer.writerows({**row, "sector": " ".join(row["sector"])} for row in rows)
        else:
            if tables and not is_terminal():
                typer.echo("")
            print_table(actor_table(result, uncoded=uncoded))
            tables += 1
    raise typer.Exit(1 if failed else 0)


def with_actor_files(settings: Settings, files: list[Path] | None) -> Settings:
    """Settings with `--actors` files added after those already configured."""
    if not files:
        return settings
    paths = (*settings.actor_dictionaries, *(str(f) for f in files))
    return replace(settings, actor_dictionaries=paths)


def actor_rows(record: Extraction, *, uncoded: bool = False) -> list[dict[str, Any]]:
    """One row per coded actor (an entity with a compound actor has several): the article,
    the entity, its code, sectors, role, basis and why (the evidence); with `uncoded`, a row
    with no code for each entity that got none."""
    article = record.article
    rows: list[dict[str, Any]] = []
    for entity in record.entities:
        base = {"article": article.id, "title": article.title, "id": entity.id,
                "type": entity.type, "name": entity.name}
        coded = entity.actors or ([entity.actor] if entity.actor else [])
        if not coded and uncoded:
            rows.append({**base, "code": None, "sector": [], "role": None, "basis": None,
                         "why": "no cue, no entry"})
        for actor in coded:
            rows.append({**base, "code": actor.code, "sector": list(actor.sector),
                         "role": actor.role, "basis": actor.basis, "why": actor.evidence})
    return rows


def actor_table(record: Extraction, *, uncoded: bool = False) -> Table:
    article = record.article
    table = Table(title=f"{article.title or article.id}  ({article.published or 'no date'})")
    for column in TABLE_COLUMNS:
        table.add_column(column, overflow="fold")
    for row in actor_rows(record, uncoded=uncoded):
        table.add_row(row["id"], row["type"], row["name"], row["code"] or "-",
                      " ".join(row["sector"]), row["role"] or "", row["basis"] or "",
                      row["why"] or "")
    return table


def register(app: typer.Typer) -> None:
    app.command("actors")(actors)
