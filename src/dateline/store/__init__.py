"""The event store: ingest a corpus, query it, export it (SQLite by default, PostgreSQL by URL).

    >>> from dateline.store import Store
    >>> store = Store("dateline.db")              # or "postgresql://user@host/db"
    >>> store.ingest(["examples/wikinews/wikinews-politics.jsonl"], workers=2)
    >>> store.events(actor="IRN", type="CONSULT", since="2018-12-01")

Each article's full `Extraction` record is kept as JSON next to its rows (entities,
mentions, quotes, times, places); events are stored once per real-world event with a
link to every report (`dateline.store.dedup` states the rule).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import sqlalchemy as sa

from dateline.record import MODALITIES, Extraction, ItemError
from dateline.settings import Settings
from dateline.store import schema as tables
from dateline.store.db import open_engine, resolve_url
from dateline.store.dedup import DEFAULT_THRESHOLD
from dateline.store.explore import table_counts
from dateline.store.export import ExportFormat, count_left_out, export, iter_records
from dateline.store.ingest import IngestSummary, ProgressCallback, dedup_threshold, ingest_paths
from dateline.store.query import (
    EventActor,
    EventReport,
    StoredEvent,
    StoredQuote,
    events_frame,
    find_events,
    find_quotes,
    quotes_frame,
    top_speakers,
)
from dateline.store.writer import WriteResult, write_error, write_record

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DEFAULT_THRESHOLD",
    "MODALITIES",
    "EventActor",
    "EventReport",
    "ExportFormat",
    "IngestSummary",
    "Store",
    "StoredEvent",
    "StoredQuote",
    "resolve_url",
]


class Store:
    """One database of articles, records and events; every CLI store command wraps a method."""

    def __init__(self, db: str | None = None, *, threshold: float | None = None,
                 create: bool = True) -> None:
        """Open (and migrate) the store at `db`; `create=False` refuses to create a SQLite
        file that does not exist (`StoreNotFound`, DL504), as the reading commands do."""
        self.url = resolve_url(db)
        self.engine = open_engine(self.url, create=create)
        self.threshold = dedup_threshold() if threshold is None else threshold

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- writing ---
    def ingest(self, paths: list[str], *, workers: int = 1,
               published: str | date | None = None, settings: Settings | None = None,
               on_progress: ProgressCallback | None = None) -> IngestSummary:
        """Extract and store every new article under `paths` (see `dateline.store.ingest`)."""
        return ingest_paths(self.engine, paths, workers=workers, published=published,
                            settings=settings, threshold=self.threshold,
                            on_progress=on_progress)

    def add(self, record: Extraction) -> WriteResult | None:
        """Store one record in its own transaction; None when the article is stored already."""
        with self.engine.begin() as conn:
            exists = conn.scalar(sa.select(tables.articles.c.id)
                                 .where(tables.articles.c.id == record.article.id))
            if exists:
                return None
            return write_record(conn, record, threshold=self.threshold)

    def add_error(self, error: ItemError) -> None:
        with self.engine.begin() as conn:
            write_error(conn, error)

    # --- reading ---
    def events(self, **filters: Any) -> list[StoredEvent]:
        """Events by `find_events` filters: actor, source, target, type, quad, since, until,
        place, country, quote_by, article, modality, negated, min_confidence, limit."""
        with self.engine.connect() as conn:
            return find_events(conn, **filters)

    def events_frame(self, **filters: Any) -> pandas.DataFrame:
        """`events(...)` as a pandas DataFrame (needs pandas)."""
        return events_frame(self.events(**filters))

    def quotes(self, *, speaker: str | None = None, limit: int | None = None
               ) -> list[StoredQuote]:
        with self.engine.connect() as conn:
            return find_quotes(conn, speaker=speaker, limit=limit)

    def quotes_frame(self, *, speaker: str | None = None) -> pandas.DataFrame:
        return quotes_frame(self.quotes(speaker=speaker))

    def records(self) -> Iterator[Extraction]:
        """Every stored Extraction record."""
        with self.engine.connect() as conn:
            yield from iter_records(conn)

    def errors(self) -> list[ItemError]:
        """Every recorded bad item, with its reason."""
        e = tables.ingest_errors
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(e).order_by(e.c.source, e.c.line)).mappings().all()
        return [ItemError(source=r["source"], line=r["line"] or None, code=r["code"],
                          message=r["message"]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table, plus the number of article-level event reports."""
        with self.engine.connect() as conn:
            return table_counts(conn)

    def top_entities(self, limit: int = 10) -> list[tuple[str, str, int]]:
        """(name, type, articles) of the entities named in the most articles."""
        e = tables.entities
        with self.engine.connect() as conn:
            count = sa.func.count(sa.distinct(e.c.article_id))
            rows = conn.execute(sa.select(e.c.name, e.c.type, count)
                                .group_by(e.c.name, e.c.type)
                                .order_by(count.desc(), e.c.name).limit(limit)).all()
        return [(str(name), str(kind), int(n)) for name, kind, n in rows]

    def top_speakers(self, limit: int | None = 10) -> list[tuple[str, int]]:
        """(speaker, quotes) of the most quoted speakers; spellings that differ only in case
        or accents are one speaker ("Erdogan" and "Erdoğan")."""
        with self.engine.connect() as conn:
            return top_speakers(conn, limit)

    def export(self, fmt: ExportFormat | str, output: Path | str | IO[Any], *,
               all_events: bool = False, min_confidence: float | None = None) -> int:
        """Write the store to a file (or an open stream: text, binary for parquet): jsonl,
        csv, parquet, plover or gdelt. Event formats leave out negated, hypothetical and
        conditional events unless `all_events`, and events under `min_confidence`."""
        target = Path(output) if isinstance(output, str | Path) else output
        with self.engine.connect() as conn:
            return export(conn, ExportFormat(fmt), target, all_events=all_events,
                          min_confidence=min_confidence)

    def count_left_out(self) -> int:
        """How many events a default event export leaves out (negated, hypothetical,
        conditional)."""
        with self.engine.connect() as conn:
            return count_left_out(conn)
