"""Shared fixtures. The spaCy model loads once per test session (`extractor`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline import Extraction, Extractor
from dateline.record import iter_spans

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TEHRAN = EXAMPLES / "tehran-taliban-talks-2018-12-26.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def tehran(extractor: Extractor) -> Extraction:
    return extractor.extract(TEHRAN.read_text(encoding="utf-8"), published="2018-12-26")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"gold data not found at {SHARED_DATA}: evaluation tests need ../shared/data")
    return SHARED_DATA


def assert_offsets(record: Extraction) -> None:
    """Every span of every kind satisfies text[start:end] == span.text."""
    text = record.article.text
    for where, span in iter_spans(record):
        assert text[span.start : span.end] == span.text, (where, span)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store database: a SQLite file, or a new database on the test server
    that scripts/start_postgres.sh starts (scripts/test.sh does; else these skip)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server = os.environ.get("DATELINE_TEST_POSTGRES")
    if not server:
        pytest.skip(os.environ.get("DATELINE_TEST_POSTGRES_SKIP") or
                    "no PostgreSQL server: DATELINE_TEST_POSTGRES is not set "
                    "(scripts/test.sh starts one with scripts/start_postgres.sh)")
    import sqlalchemy as sa

    from dateline.store.db import resolve_url

    admin = sa.create_engine(resolve_url(server), isolation_level="AUTOCOMMIT")
    name = f"dateline_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield resolve_url(server).rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the bundled examples (shared: tests must not write to it)."""
    from tests.web_server import build_example_store

    return build_example_store(tmp_path_factory.mktemp("web") / "examples.db")


@pytest.fixture(scope="session")
def web_url(example_store: str) -> Iterator[str]:
    """Base URL of a real HTTP server (uvicorn, loopback) serving `example_store`, with
    writes allowed for `tests.web_server.TOKEN`."""
    from tests.web_server import live_server

    with live_server(example_store) as url:
        yield url
