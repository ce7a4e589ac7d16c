"""`dateline serve`: the REST API and the browser app over one store."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Annotated

import typer
from rich.console import Console

from dateline.errors import DatelineError
from dateline.settings import Settings
from dateline.store.cli import DbOpt

stderr = Console(stderr=True)


def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every one).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    protect_reads: Annotated[bool, typer.Option(
        "--protect-reads", help="Reads need the token too (DATELINE_PROTECT_READS).")] = False,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes.")] = 1,
) -> None:
    """Serve the browser app at / and the REST API (OpenAPI docs at /docs).

    Writes (POST /extract, POST /articles) need `Authorization: Bearer $DATELINE_API_TOKEN`
    and are refused while DATELINE_API_TOKEN is unset.
    """
    import uvicorn

    from dateline.web import create_app

    settings = Settings.from_env()
    if protect_reads:
        settings = replace(settings, protect_reads=True)
    try:
        app = create_app(db, settings=settings)
    except DatelineError as exc:
        stderr.print(f"error {exc}", highlight=False)
        raise typer.Exit(1) from exc
    stderr.print(f"dateline: serving {app.state.store.url} at http://{host}:{port}/ "
                 f"(API docs at /docs; writes {'on' if settings.api_token else 'off'})",
                 highlight=False)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Each worker process builds its own app from the environment (see `app_from_env`).
    os.environ["DATELINE_DB"] = app.state.store.url
    os.environ["DATELINE_PROTECT_READS"] = "1" if settings.protect_reads else ""
    app.state.store.close()
    uvicorn.run("dateline.web.api:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
