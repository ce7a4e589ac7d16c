"""The Parquet tables of a scale-out run: records, events, quotes and errors.

`records` keeps each article's full `Extraction` JSON (column `record`, the exchange format
`dateline load` reads back) beside flat columns for filtering; `events` and `quotes` are one
row per item with the actors' names and codes resolved, for analysis without parsing JSON.
Every table but `errors` is partitioned by publication day (`published=YYYY-MM-DD`, Hive
style; articles without a date go to `__HIVE_DEFAULT_PARTITION__`, read back as null).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from dateline.record import Entity, Extraction, ItemError

NO_DATE = "__HIVE_DEFAULT_PARTITION__"
PARTITION_COLUMN = "published"

_str, _int, _float, _bool = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_strings = pa.list_(pa.string())

RECORDS = pa.schema([
    ("article_id", _str), ("input_id", _str), ("origin", _str), ("line", _int),
    ("title", _str), ("url", _str), ("source", _str), ("published_at", _str),
    ("language", _str), ("dateline", _str), ("entities", _int), ("quotes", _int),
    ("times", _int), ("places", _int), ("events", _int), ("warnings", _int),
    ("record", _str),
])
EVENTS = pa.schema([
    ("article_id", _str), ("event_id", _str), ("type", _str), ("mode", _str),
    ("context", _strings), ("cameo", _str), ("quad", _int), ("intensity", _float),
    ("source_ids", _strings), ("source_names", _strings), ("source_codes", _strings),
    ("target_ids", _strings), ("target_names", _strings), ("target_codes", _strings),
    ("date_value", _str), ("date_granularity", _str), ("date_basis", _str),
    ("place_id", _str), ("place_name", _str), ("place_country", _str),
    ("place_lat", _float), ("place_lon", _float),
    ("trigger_start", _int), ("trigger_end", _int), ("trigger_text", _str),
    ("sentence_start", _int), ("sentence_end", _int), ("negated", _bool), ("modality", _str),
    ("quote_id", _str), ("confidence", _float), ("rule", _str),
])
QUOTES = pa.schema([
    ("article_id", _str), ("quote_id", _str), ("kind", _str), ("speaker_id", _str),
    ("speaker_name", _str), ("speaker_code", _str), ("source_text", _str), ("cue_text", _str),
    ("content_start", _int), ("content_end", _int), ("content_text", _str),
    ("addressee_id", _str), ("addressee_name", _str),
])
ERRORS = pa.schema([("source", _str), ("line", _int), ("code", _str), ("message", _str)])

SCHEMAS: dict[str, pa.Schema] = {
    "records": RECORDS, "events": EVENTS, "quotes": QUOTES, "errors": ERRORS,
}


def partition_value(record: Extraction) -> str:
    """The publication day a record is filed under."""
    published = record.article.published
    return published[:10] if published else NO_DATE


def record_row(record: Extraction, origin: str | None, line: int | None) -> dict[str, Any]:
    a = record.article
    return {
        "article_id": a.id, "input_id": a.input_id, "origin": origin, "line": line,
        "title": a.title, "url": a.url, "source": a.source, "published_at": a.published,
        "language": a.language, "dateline": a.dateline.text if a.dateline else None,
        "entities": len(record.entities), "quotes": len(record.quotes),
        "times": len(record.times), "places": len(record.places),
        "events": len(record.events), "warnings": len(record.warnings),
        "record": record.to_json(),
    }


def event_rows(record: Extraction) -> list[dict[str, Any]]:
    entities = {e.id: e for e in record.entities}
    places = {p.id: p for p in record.places}
    rows = []
    for v in record.events:
        place = places.get(v.place) if v.place else None
        rows.append({
            "article_id": record.article.id, "event_id": v.id, "type": v.type, "mode": v.mode,
            "context": list(v.context), "cameo": v.cameo, "quad": v.quad,
            "intensity": v.intensity,
            "source_ids": list(v.source), "source_names": _names(entities, v.source),
            "source_codes": _codes(entities, v.source),
            "target_ids": list(v.target), "target_names": _names(entities, v.target),
            "target_codes": _codes(entities, v.target),
            "date_value": v.date.value if v.date else None,
            "date_granularity": v.date.granularity if v.date else None,
            "date_basis": v.date.basis if v.date else None,
            "place_id": v.place, "place_name": place.name if place else None,
            "place_country": place.country if place else None,
            "place_lat": place.lat if place else None, "place_lon": place.lon if place else None,
            "trigger_start": v.trigger.start, "trigger_end": v.trigger.end,
            "trigger_text": v.trigger.text, "sentence_start": v.sentence.start,
            "sentence_end": v.sentence.end, "negated": v.negated, "modality": v.modality,
            "quote_id": v.quote, "confidence": v.confidence, "rule": v.rule,
        })
    return rows


def quote_rows(record: Extraction) -> list[dict[str, Any]]:
    entities = {e.id: e for e in record.entities}
    return [{
        "article_id": record.article.id, "quote_id": q.id, "kind": q.kind,
        "speaker_id": q.speaker, "speaker_name": _name(entities, q.speaker),
        "speaker_code": _code(entities, q.speaker),
        "source_text": q.source.text if q.source else None,
        "cue_text": q.cue.text if q.cue else None, "content_start": q.content.start,
        "content_end": q.content.end, "content_text": q.content.text,
        "addressee_id": q.addressee, "addressee_name": _name(entities, q.addressee),
    } for q in record.quotes]


def error_row(error: ItemError) -> dict[str, Any]:
    return {"source": error.source, "line": error.line, "code": error.code,
            "message": error.message}


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def _name(entities: dict[str, Entity], entity_id: str | None) -> str | None:
    entity = entities.get(entity_id) if entity_id else None
    return entity.name if entity else None


def _code(entities: dict[str, Entity], entity_id: str | None) -> str | None:
    entity = entities.get(entity_id) if entity_id else None
    return entity.actor.code if entity and entity.actor else None


def _names(entities: dict[str, Entity], ids: list[str]) -> list[str]:
    return [entities[i].name for i in ids if i in entities]


def _codes(entities: dict[str, Entity], ids: list[str]) -> list[str]:
    return [_code(entities, i) or "" for i in ids if i in entities]
