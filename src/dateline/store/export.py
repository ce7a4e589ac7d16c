"""Exporting the store: records, event tables, PLOVER JSONL and a GDELT-style event table.

- `jsonl`: the stored `Extraction` records, one per line (what `dateline extract` writes).
- `csv`, `parquet`: one row per real-world event (`query.event_row`).
- `plover`: one PLOVER JSON object per event, with the data fields of the PLOVER manual
  (draft 0.8, chapter "Data Fields"): id, date, actor, recipient, event, mode, context,
  event_loc, event_text, quad_code, event_scale, text, text_info, cite_info, coder,
  coded_date; plus `negated`, `modality`, `report_count` and `reports` (the manual lets
  providers add fields and has none for negation or modality). The manual's auxiliary
  modes ("Auxiliary modes": future, hypothetical, negation) go where it puts them, into
  `context`, so a reader of the manual's fields alone still sees them (`AUXILIARY_MODES`).
- `gdelt`: tab-separated, with the 61 column names of the GDELT 2.0 event table, then
  dateline's `IsNegated` (1 or 0) and `Modality`, and a header line. Columns fill where a
  dateline field maps (dates, actor names and codes, CAMEO code, QuadClass, GoldsteinScale
  from the PLOVER score, mention and article counts, the action place, SOURCEURL); the rest
  are empty. GDELT dates every event to a day; dateline's dates may be coarser, and each
  date column is filled when the event's date fixes it (`gdelt_dates`): a day gives
  SQLDATE, MonthYear, Year and FractionDate; a month MonthYear and Year; a year, quarter or
  half Year; an ISO week MonthYear and Year when its days lie in one month, Year alone
  when they span two months, nothing when they span New Year (docs/export.md). Codes
  differ from GDELT's in two ways: actor and geo country codes are ISO-3166 alpha-3 (GDELT
  uses CAMEO for actors and FIPS for places), and NumArticles counts distinct reporting
  articles.

Event exports (`csv`, `parquet`, `plover`, `gdelt`) leave out events that did not or may
never happen: negated ones and hypothetical or conditional ones (`left_out`); the manual
says negated events "can be excluded from the final event dataset". Asserted, reported and
future events stay. `all_events=True` (`dateline export --all-events`) keeps every event;
each carries its `negated` and `modality` either way. `jsonl` holds the whole records.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from dateline import __version__
from dateline.record import UNREAL_MODALITIES, Extraction
from dateline.store import schema as t
from dateline.store.query import StoredEvent, event_filters, event_row, load_events
from dateline.store.writer import date_range

# Events are exported in pages of this many, so memory stays flat on large stores.
_PAGE = 500


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"


GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code",
    "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
    "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long",
    "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
    "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]
# dateline's columns after GDELT's 61: IsNegated 1/0 (like IsRootEvent), Modality a word
GDELT_EXTRA_COLUMNS = ["IsNegated", "Modality"]
GDELT_EXPORT_COLUMNS = GDELT_COLUMNS + GDELT_EXTRA_COLUMNS

# dateline modality -> the PLOVER manual's auxiliary mode, added to a record's `context`
# (a conditional is the manual's own example of a hypothetical: "If Russian forces were to
# cross the border ..."); negated events get "negation".
AUXILIARY_MODES = {"future": "future", "hypothetical": "hypothetical",
                   "conditional": "hypothetical"}


def left_out() -> sa.ColumnElement[bool]:
    """Events the event exports leave out by default: negated, hypothetical, conditional."""
    e = t.events
    return sa.or_(e.c.negated, e.c.modality.in_(sorted(UNREAL_MODALITIES)))


def count_left_out(conn: sa.Connection) -> int:
    """How many stored events a default event export leaves out."""
    return int(conn.scalar(sa.select(sa.func.count()).select_from(t.events)
                           .where(left_out())) or 0)


def iter_records(conn: sa.Connection) -> Iterator[Extraction]:
    """Every stored `Extraction` record, oldest first."""
    query = sa.select(t.articles.c.record).order_by(t.articles.c.ingested_at, t.articles.c.id)
    for (record,) in conn.execute(query.execution_options(yield_per=200)):
        yield Extraction.model_validate(record)


def iter_events(conn: sa.Connection, *, all_events: bool = False,
                min_confidence: float | None = None) -> Iterator[StoredEvent]:
    """Every stored event, by id, loaded in pages; without `all_events`, not those
    `left_out` selects (negated, hypothetical, conditional); none under `min_confidence`."""
    query = (sa.select(t.events.c.id).where(*event_filters(min_confidence=min_confidence))
             .order_by(t.events.c.id))
    if not all_events:
        query = query.where(sa.not_(left_out()))
    ids = list(conn.scalars(query))  # now, so that a bad filter fails before any writing
    return (event for start in range(0, len(ids), _PAGE)
            for event in load_events(conn, ids[start:start + _PAGE]))


def export(conn: sa.Connection, fmt: ExportFormat, output: Path | IO[Any], *,
           all_events: bool = False, min_confidence: float | None = None) -> int:
    """Write the store to `output` in `fmt`; returns the number of records or events.
    `output` is a file path (its folders are created) or an open stream: a text stream
    for the text formats, a binary one for `parquet` (`dateline export -o -` passes
    standard output). Event formats leave out negated, hypothetical and conditional events
    unless `all_events` (see the module docstring), and events under `min_confidence`;
    `jsonl` always holds every record."""
    if isinstance(output, Path):
        output.parent.mkdir(parents=True, exist_ok=True)
    events = iter_events(conn, all_events=all_events, min_confidence=min_confidence)
    if fmt is ExportFormat.parquet:
        return _write_parquet(events, output)
    if isinstance(output, Path):
        with output.open("w", encoding="utf-8", newline="") as out:
            return _write_text(conn, fmt, events, out)
    return _write_text(conn, fmt, events, output)


def _write_text(conn: sa.Connection, fmt: ExportFormat, events: Iterator[StoredEvent],
                out: IO[Any]) -> int:
    count = 0
    if fmt is ExportFormat.jsonl:
        for record in iter_records(conn):
            out.write(record.to_json() + "\n")
            count += 1
    elif fmt is ExportFormat.plover:
        for event in events:
            out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
            count += 1
    elif fmt is ExportFormat.csv:
        count = _write_rows(out, (event_row(e) for e in events), ",")
    else:
        count = _write_rows(out, (gdelt_row(e) for e in events), "\t",
                            columns=GDELT_EXPORT_COLUMNS)
    return count


def _write_rows(out: IO[Any], rows: Iterator[dict[str, Any]], delimiter: str,
                columns: list[str] | None = None) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=columns or list(row), delimiter=delimiter,
                                    lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        count += 1
    if writer is None and columns:
        out.write(delimiter.join(columns) + "\n")
    return count


def _write_parquet(events: Iterator[StoredEvent], output: Path | IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [event_row(e) for e in events]
    table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.int64())})
    pq.write_table(table, output)
    return len(rows)


def _plover_actor(actor: Any) -> dict[str, Any]:
    return {"code": actor.code, "sector": actor.sector[0] if actor.sector else None,
            "entity_text": actor.name, "identifier_id": actor.wikidata}


def plover_record(event: StoredEvent) -> dict[str, Any]:
    """One event in PLOVER's JSON field names. `date` is a day (YYYY-MM-DD) only when the
    event's date fixes one; `date_value` keeps the coded TIMEX3 value ("2019-W03",
    "2019-05"), which a day field cannot hold."""
    first = event.reports[0] if event.reports else None
    day = gdelt_dates(event.date)[0]
    record: dict[str, Any] = {
        "id": f"dateline-{event.id}",
        "date": f"{day[:4]}-{day[4:6]}-{day[6:]}" if day else None,
        "date_value": event.date,
        "actor": [_plover_actor(a) for a in event.source],
        "recipient": [_plover_actor(a) for a in event.target],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": event.context + auxiliary_modes(event),
        "event_text": list(dict.fromkeys(r.trigger for r in event.reports)),
        "quad_code": event.quad,
        "event_scale": event.intensity,
        "coder": f"dateline {__version__}",
    }
    if event.place:
        record["event_loc"] = {
            "extracted_place": event.place, "resolved_place": event.place,
            "geonameid": event.geonameid, "lat": event.lat, "lon": event.lon,
            "province": event.admin1, "country_code": event.country,
            "feature_code": event.feature,
        }
    if first is not None:
        record["text"] = first.sentence
        record["text_info"] = {"start": first.sentence_start, "end": first.sentence_end}
        record["cite_info"] = {"url": first.url, "title": first.title,
                               "publication": first.source, "citation": first.article_id}
    record["negated"] = event.negated
    record["modality"] = event.modality
    record["report_count"] = event.report_count
    record["reports"] = [{"article_id": r.article_id, "event_id": r.event_id}
                         for r in event.reports]
    return record


def auxiliary_modes(event: StoredEvent) -> list[str]:
    """The PLOVER manual's auxiliary modes for the event's modality and negation."""
    modes = [AUXILIARY_MODES[event.modality]] if event.modality in AUXILIARY_MODES else []
    return modes + (["negation"] if event.negated else [])


def _actor_columns(prefix: str, actors: list[Any]) -> dict[str, Any]:
    first = actors[0] if actors else None
    code = first.code if first else None
    sector = first.sector[0] if first and first.sector else None
    return {
        f"{prefix}Code": (code or "") + (sector or "") if code or sector else None,
        f"{prefix}Name": "; ".join(a.name for a in actors) or None,
        f"{prefix}CountryCode": code if code and len(code) == 3 and code.isalpha() else None,
        f"{prefix}Type1Code": sector,
    }


# Dates of a known year that `date_range` gives no days for: quarters, halves and the
# seasons that lie inside their year (a winter, "WI", runs into the next one).
_IN_ONE_YEAR = re.compile(r"(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA)")


def gdelt_dates(value: str | None) -> tuple[str | None, str | None, str | None]:
    """SQLDATE (YYYYMMDD), MonthYear (YYYYMM) and Year (YYYY) of an event's date value: each
    filled when every day the date can mean shares it, else None. A day fills all three, a
    month MonthYear and Year, a year (or a quarter, half or season of one) Year; an ISO week
    fills MonthYear and Year when its seven days lie in one month, Year alone when they span
    two months of one year, and nothing when they span New Year (2019-W01 began on
    2018-12-31). A clock time is cut to its day; decades, centuries and undated events fill
    nothing."""
    lo, hi = date_range(value)
    if lo is None or hi is None:
        year = _IN_ONE_YEAR.fullmatch(value or "")
        return (None, None, year[1]) if year else (None, None, None)
    return (lo.replace("-", "") if lo == hi else None,
            lo[:7].replace("-", "") if lo[:7] == hi[:7] else None,
            lo[:4] if lo[:4] == hi[:4] else None)


def gdelt_row(event: StoredEvent) -> dict[str, Any]:
    """One event as a GDELT 2.0 event-table row (see the module docstring for caveats;
    `gdelt_dates` for the date columns of an event dated to a month, week or year)."""
    sqldate, month_year, year = gdelt_dates(event.date)
    first = event.reports[0] if event.reports else None
    row: dict[str, Any] = dict.fromkeys(GDELT_EXPORT_COLUMNS)
    row.update({
        "GLOBALEVENTID": event.id,
        "SQLDATE": sqldate,
        "MonthYear": month_year,
        "Year": year,
        "IsRootEvent": 1,
        "EventCode": event.cameo,
        "EventBaseCode": event.cameo[:3] if event.cameo else None,
        "EventRootCode": event.cameo[:2] if event.cameo else None,
        "QuadClass": event.quad,
        "GoldsteinScale": event.intensity,
        "NumMentions": event.mention_count,
        "NumSources": len({r.source or r.url or r.article_id for r in event.reports}),
        "NumArticles": event.report_count,
        "SOURCEURL": first.url if first else None,
        "IsNegated": 1 if event.negated else 0,
        "Modality": event.modality,
    })
    if sqldate:
        when = date(int(sqldate[:4]), int(sqldate[4:6]), int(sqldate[6:]))
        row["FractionDate"] = round(when.year + when.timetuple().tm_yday / 365, 4)
    row.update(_actor_columns("Actor1", event.source))
    row.update(_actor_columns("Actor2", event.target))
    if event.place:
        row.update({
            "ActionGeo_Type": 1 if (event.feature or "").startswith("PCL") else 4,
            "ActionGeo_FullName": event.place, "ActionGeo_CountryCode": event.country,
            "ActionGeo_Lat": event.lat, "ActionGeo_Long": event.lon,
            "ActionGeo_FeatureID": event.geonameid,
        })
    return row
