"""`dateline actors PATH`: how each entity of an article was coded, and why.

A thin wrapper over `Extractor`: prints one row per entity with its code, sectors, role,
basis and the evidence (the cue in the text or the dictionary entry), so a user can see
which dictionary line to add or fix.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from dateline.errors import DatelineError
from dateline.extract import Extractor
from dateline.ingest import normalize_published
from dateline.record import Extraction, ItemError
from dateline.settings import Settings

ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="User actor dictionary (CSV, YAML, PETRARCH); repeatable."),
]


def actors(
    paths: Annotated[list[str], typer.Argument(help="Article files, directories or globs.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    actor_files: ActorsOpt = None,
    uncoded: Annotated[bool, typer.Option(help="Also list entities that got no code.")] = False,
) -> None:
    """Show how each entity of an article was coded and why (cue or dictionary entry)."""
    try:
        published = normalize_published(published)
    except DatelineError as exc:
        raise typer.BadParameter(exc.message, param_hint="--published") from exc
    settings = with_actor_files(Settings.from_env(), actor_files)
    console = Console()
    failed = 0
    for result in Extractor(settings).extract_paths(paths, published=published):
        if isinstance(result, ItemError):
            console.print(f"[red]error[/red] [{result.code}] {result.where}: {result.message}")
            failed += 1
            continue
        console.print(actor_table(result, uncoded=uncoded))
    raise typer.Exit(1 if failed else 0)


def with_actor_files(settings: Settings, files: list[Path] | None) -> Settings:
    """Settings with `--actors` files added after those already configured."""
    if not files:
        return settings
    paths = (*settings.actor_dictionaries, *(str(f) for f in files))
    return replace(settings, actor_dictionaries=paths)


def actor_table(record: Extraction, *, uncoded: bool = False) -> Table:
    article = record.article
    table = Table(title=f"{article.title or article.id}  ({article.published or 'no date'})")
    for column in ("id", "type", "name", "code", "sector", "role", "basis", "why"):
        table.add_column(column, overflow="fold")
    for entity in record.entities:
        coded = entity.actors or ([entity.actor] if entity.actor else [])
        if not coded and uncoded:
            table.add_row(entity.id, entity.type, entity.name, "-", "", "", "", "no cue, no entry")
        for actor in coded:
            table.add_row(
                entity.id, entity.type, entity.name, actor.code, " ".join(actor.sector),
                actor.role or "", actor.basis, actor.evidence or "",
            )
    return table


def register(app: typer.Typer) -> None:
    app.command("actors")(actors)
