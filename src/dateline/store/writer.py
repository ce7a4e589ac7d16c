"""Writing records into the store: one article (all its rows) in the caller's transaction.

Only the ingest's main process writes, so event matching never races with itself.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from dateline.record import Entity, Event, Extraction, ItemError, Place
from dateline.store import schema as t
from dateline.store.dedup import DEFAULT_THRESHOLD, EventKey, Participant, PlaceKey, best_match

# Statements built once: values travel as parameters, so SQLAlchemy compiles each once
# (building a statement per row with .values() cost more than the SQL itself).
_INSERT_ARTICLE = sa.insert(t.articles)
_INSERT_EVENT = sa.insert(t.events).returning(t.events.c.id)
_INSERT_REPORT = sa.insert(t.reports)
_COUNT_REPORTS = sa.select(sa.func.count()).select_from(t.reports).where(
    t.reports.c.event_id == sa.bindparam("event"),
    t.reports.c.article_id == sa.bindparam("article"))
_MERGE_REPORT = sa.update(t.events).where(t.events.c.id == sa.bindparam("event")).values(
    mention_count=t.events.c.mention_count + 1,
    report_count=t.events.c.report_count + sa.bindparam("new_article", type_=sa.Integer),
    confidence=sa.case(
        (t.events.c.confidence < sa.bindparam("confidence", type_=sa.Float),
         sa.bindparam("confidence", type_=sa.Float)),
        else_=t.events.c.confidence))
_CANDIDATES = sa.select(t.events).where(t.events.c.type == sa.bindparam("type"),
                                        t.events.c.date_value == sa.bindparam("date"))
_CANDIDATE_ACTORS = sa.select(t.event_actors).where(
    t.event_actors.c.event_id.in_(sa.bindparam("ids", expanding=True))
).order_by(t.event_actors.c.event_id, t.event_actors.c.id)


@dataclass
class WriteResult:
    """What one article added: events new to the store and reports of known events."""

    new_events: int = 0
    merged_reports: int = 0


def stored_article_ids(conn: sa.Connection, ids: Iterable[str]) -> set[str]:
    """Which of these article ids (content hashes) are in the store already."""
    wanted = list(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found |= set(conn.scalars(sa.select(t.articles.c.id).where(t.articles.c.id.in_(chunk))))
    return found


def write_error(conn: sa.Connection, error: ItemError) -> None:
    """Record a bad item; the same source and line again replaces the earlier entry."""
    line = error.line or 0
    conn.execute(sa.delete(t.ingest_errors).where(t.ingest_errors.c.source == error.source,
                                                  t.ingest_errors.c.line == line))
    conn.execute(sa.insert(t.ingest_errors), {
        "source": error.source, "line": line, "code": error.code, "message": error.message,
        "recorded_at": datetime.now(UTC)})


def write_record(conn: sa.Connection, record: Extraction, *, origin: str | None = None,
                 line: int | None = None, threshold: float = DEFAULT_THRESHOLD) -> WriteResult:
    """Store one article's record; returns how its events were matched. Caller commits."""
    article = record.article
    conn.execute(_INSERT_ARTICLE, {
        "id": article.id, "input_id": article.input_id, "origin": origin, "line": line,
        "title": article.title, "url": article.url, "source": article.source,
        "published": article.published, "language": article.language,
        "dateline": article.dateline.text if article.dateline else None,
        "text": article.text, "record": record.to_dict(), "ingested_at": datetime.now(UTC)})
    entities = {e.id: e for e in record.entities}
    _insert(conn, t.entities, [_entity_row(article.id, e) for e in record.entities])
    _insert(conn, t.mentions, [
        {"article_id": article.id, "entity_id": e.id, "start_char": m.start, "end_char": m.end,
         "text": m.text, "kind": m.kind}
        for e in record.entities for m in e.mentions
    ])
    _insert(conn, t.quotes, [
        {"article_id": article.id, "local_id": q.id, "kind": q.kind, "speaker_id": q.speaker,
         "speaker_name": _name(entities, q.speaker), "speaker_code": _code(entities, q.speaker),
         "source_text": q.source.text if q.source else None,
         "cue_text": q.cue.text if q.cue else None, "content_start": q.content.start,
         "content_end": q.content.end, "content_text": q.content.text,
         "addressee_id": q.addressee, "addressee_name": _name(entities, q.addressee)}
        for q in record.quotes
    ])
    _insert(conn, t.times, [
        {"article_id": article.id, "local_id": x.id, "start_char": x.start, "end_char": x.end,
         "text": x.text, "type": x.type, "value": x.value, "granularity": x.granularity}
        for x in record.times
    ])
    places = {p.id: p for p in record.places}
    _insert(conn, t.places, [
        {"article_id": article.id, "local_id": p.id, "name": p.name, "geonameid": p.geonameid,
         "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
         "feature": p.feature, "mentions": [m.model_dump() for m in p.mentions]}
        for p in record.places
    ])
    result = WriteResult()
    for event in record.events:
        _write_event(conn, article.id, event, entities, places, threshold, result)
    return result


def _write_event(conn: sa.Connection, article_id: str, event: Event, entities: dict[str, Entity],
                 places: dict[str, Place], threshold: float, result: WriteResult) -> None:
    participants = tuple(
        _participant(role, entities[entity_id])
        for role, ids in (("source", event.source), ("target", event.target))
        for entity_id in ids if entity_id in entities
    )
    place = places.get(event.place) if event.place else None
    key = EventKey(
        type=event.type, date_value=event.date.value if event.date else None,
        date_granularity=event.date.granularity if event.date else None,
        negated=event.negated, modality=event.modality, place=_place_key(place),
        participants=participants,
    )
    event_id = best_match(key, _candidates(conn, key), threshold) if key.date_value else None
    if event_id is None:
        event_id = _insert_event(conn, article_id, event, key, place)
        result.new_events += 1
    else:
        already = conn.scalar(_COUNT_REPORTS, {"event": event_id, "article": article_id})
        conn.execute(_MERGE_REPORT, {"event": event_id, "new_article": 0 if already else 1,
                                     "confidence": event.confidence})
        result.merged_reports += 1
    conn.execute(_INSERT_REPORT, {
        "article_id": article_id, "local_id": event.id, "event_id": event_id,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text, "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end, "quote_id": event.quote,
        "modality": event.modality, "date_basis": event.date.basis if event.date else None,
        "confidence": event.confidence, "rule": event.rule})


def _candidates(conn: sa.Connection, key: EventKey) -> list[tuple[int, EventKey]]:
    rows = conn.execute(_CANDIDATES, {"type": key.type, "date": key.date_value}
                        ).mappings().all()
    if not rows:
        return []
    actors: dict[int, list[Participant]] = {row["id"]: [] for row in rows}
    for actor in conn.execute(_CANDIDATE_ACTORS, {"ids": list(actors)}).mappings():
        actors[actor["event_id"]].append(Participant(
            role=actor["role"], name=actor["name"], code=actor["code"],
            sector=tuple((actor["sector"] or "").split()), wikidata=actor["wikidata"]))
    return [
        (row["id"], EventKey(
            type=row["type"], date_value=row["date_value"],
            date_granularity=row["date_granularity"], negated=row["negated"],
            modality=row["modality"],
            place=None if row["place_name"] is None else PlaceKey(
                name=row["place_name"], geonameid=row["place_geonameid"],
                country=row["place_country"], feature=row["place_feature"]),
            participants=tuple(actors[row["id"]])))
        for row in rows
    ]


def _insert_event(conn: sa.Connection, article_id: str, event: Event, key: EventKey,
                  place: Place | None) -> int:
    lo, hi = date_range(key.date_value)
    inserted = conn.execute(_INSERT_EVENT, {
        "type": event.type, "mode": event.mode, "context": list(event.context),
        "cameo": event.cameo, "quad": event.quad, "intensity": event.intensity,
        "date_value": key.date_value, "date_granularity": key.date_granularity,
        "date_basis": event.date.basis if event.date else None, "date_lo": lo, "date_hi": hi,
        "place_name": place.name if place else None,
        "place_geonameid": place.geonameid if place else None,
        "place_country": place.country if place else None,
        "place_admin1": place.admin1 if place else None,
        "place_feature": place.feature if place else None,
        "place_lat": place.lat if place else None, "place_lon": place.lon if place else None,
        "negated": event.negated, "modality": event.modality,
        "confidence": event.confidence, "report_count": 1, "mention_count": 1,
        "first_article_id": article_id, "created_at": datetime.now(UTC)})
    event_id = int(inserted.scalar_one())
    _insert(conn, t.event_actors, [
        {"event_id": event_id, "role": p.role, "position": n, "name": p.name, "code": p.code,
         "sector": " ".join(p.sector) or None, "wikidata": p.wikidata}
        for n, p in enumerate(key.participants)
    ])
    return event_id


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def date_range(value: str | None) -> tuple[str | None, str | None]:
    """First and last ISO day a TIMEX3-style date value can mean; (None, None) if unknown."""
    if not value:
        return None, None
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value[:10]).isoformat()
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{value}-01", f"{value}-{last:02d}"
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31"
        if week := _WEEK.match(value):
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    except ValueError:
        return None, None
    return None, None


def _participant(role: str, entity: Entity) -> Participant:
    actor = entity.actor
    return Participant(
        role=role, name=entity.name, code=actor.code if actor else None,
        sector=tuple(actor.sector) if actor else (), wikidata=actor.wikidata if actor else None)


def _place_key(place: Place | None) -> PlaceKey | None:
    if place is None:
        return None
    return PlaceKey(name=place.name, geonameid=place.geonameid, country=place.country,
                    feature=place.feature)


def _entity_row(article_id: str, entity: Entity) -> dict[str, object]:
    actor = entity.actor
    return {
        "article_id": article_id, "local_id": entity.id, "type": entity.type,
        "name": entity.name, "actor_code": actor.code if actor else None,
        "actor_sector": " ".join(actor.sector) if actor and actor.sector else None,
        "actor_role": actor.role if actor else None,
        "actor_wikidata": actor.wikidata if actor else None,
        "actor_basis": actor.basis if actor else None,
    }


def _name(entities: dict[str, Entity], entity_id: str | None) -> str | None:
    entity = entities.get(entity_id) if entity_id else None
    return entity.name if entity else None


def _code(entities: dict[str, Entity], entity_id: str | None) -> str | None:
    entity = entities.get(entity_id) if entity_id else None
    return entity.actor.code if entity and entity.actor else None


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, object]]) -> None:
    if rows:
        conn.execute(sa.insert(table), rows)
