"""Reading a scale-out run's Parquet output back: tables, records, and loading into a store.

Files are read in sorted path order (publication day, then partition key) and rows in their
written order, so two reads of one output give the same sequence, and a store loaded from
it matches events in publication order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.errors import ScaleError
from dateline.record import Extraction, ItemError
from dateline.scale import tables
from dateline.scale.inputs import url_fs
from dateline.scale.runner import PLAN_FILE

if TYPE_CHECKING:
    from dateline.store import Store

# Records per store transaction: as in `dateline ingest` (a kill loses one batch, which a
# re-run of `dateline load` writes again, since stored articles are skipped).
LOAD_BATCH = 200


@dataclass
class LoadSummary:
    """What `load_parquet` did."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    new_events: int = 0
    merged_reports: int = 0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def _root(output: str) -> tuple[Any, str]:
    fs, root = url_fs(output)
    if not fs.exists(f"{root}/{PLAN_FILE}"):
        raise ScaleError(f"{output} is not the output of a dateline scale run (no {PLAN_FILE})",
                         code="DL604")
    return fs, root


def table_files(output: str, name: str) -> list[str]:
    """The table's Parquet files, sorted; hidden and temporary files left out."""
    fs, root = _root(output)
    directory = f"{root}/{name}"
    if not fs.exists(directory):
        return []
    return sorted(p for p in fs.find(directory)
                  if p.endswith(".parquet") and not p.rsplit("/", 1)[-1].startswith((".", "_")))


def _read_file(fs: Any, path: str, name: str) -> pa.Table:
    with fs.open(path, "rb") as handle:
        table = pq.read_table(handle, schema=tables.SCHEMAS[name])
    if name == "errors":
        return table
    segment = path.rsplit("/", 2)[-2]
    value = segment.split("=", 1)[1] if "=" in segment else tables.NO_DATE
    day = None if value == tables.NO_DATE else value
    column = pa.array([day] * table.num_rows, type=pa.string())
    return table.append_column(tables.PARTITION_COLUMN, column)


def read_table(output: str, name: str) -> pa.Table:
    """One whole table (records, events, quotes or errors), with its `published` day column."""
    if name not in tables.SCHEMAS:
        raise ScaleError(f"no table '{name}': use one of {', '.join(tables.SCHEMAS)}",
                         code="DL604")
    fs, _ = _root(output)
    schema = tables.SCHEMAS[name]
    if name != "errors":
        schema = schema.append(pa.field(tables.PARTITION_COLUMN, pa.string()))
    parts = [_read_file(fs, path, name) for path in table_files(output, name)]
    return pa.concat_tables(parts) if parts else schema.empty_table()


def iter_records(output: str) -> Iterator[tuple[Extraction, str | None, int | None]]:
    """Every record with the input it came from (origin, line), file by file."""
    fs, _ = _root(output)
    for path in table_files(output, "records"):
        table = _read_file(fs, path, "records").select(["record", "origin", "line"])
        for row in table.to_pylist():
            yield Extraction.model_validate_json(row["record"]), row["origin"], row["line"]


def iter_errors(output: str) -> Iterator[ItemError]:
    for row in read_table(output, "errors").to_pylist():
        yield ItemError(source=row["source"], line=row["line"], code=row["code"],
                        message=row["message"])


def load_parquet(output: str, store: Store, *, batch: int = LOAD_BATCH) -> LoadSummary:
    """Bring a run's records and errors into `store`; articles it holds already are skipped,
    so loading twice (or loading overlapping runs) stores each article once."""
    from dateline.store.writer import stored_article_ids, write_error, write_record

    summary = LoadSummary()
    records = iter_records(output)
    while True:
        chunk = [item for _, item in zip(range(batch), records, strict=False)]
        if not chunk:
            break
        summary.read += len(chunk)
        with store.engine.begin() as conn:
            seen = stored_article_ids(conn, (r.article.id for r, _, _ in chunk))
            for record, origin, line in chunk:
                if record.article.id in seen:
                    summary.skipped += 1
                    continue
                seen.add(record.article.id)
                written = write_record(conn, record, origin=origin, line=line,
                                       threshold=store.threshold)
                summary.stored += 1
                summary.new_events += written.new_events
                summary.merged_reports += written.merged_reports
    errors = list(iter_errors(output))
    with store.engine.begin() as conn:
        for error in errors:
            write_error(conn, error)
    summary.errors.update(e.code for e in errors)
    return summary
