"""The one place where a processed spaCy `Doc` becomes a plain `Extraction` record."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.actors import CodedActor
from dateline.entities import Cluster
from dateline.events import EventRef
from dateline.nlp import doc_text
from dateline.places import PlaceResults
from dateline.quotes import QuoteRef
from dateline.record import (
    Actor,
    Article,
    Entity,
    Event,
    EventDate,
    Extraction,
    Mention,
    Offsets,
    Place,
    PlaceMention,
    Quote,
    Role,
    StageWarning,
    Time,
)
from dateline.record import Span as Span_
from dateline.times import ClauseDate, TimeRef


def to_record(doc: Doc, article: Article) -> Extraction:
    clusters: list[Cluster] = doc._.dateline_entities or []
    entities = [_entity(f"e{n}", cluster) for n, cluster in enumerate(clusters, start=1)]
    _add_actors(entities, doc._.dateline_actors or [])
    entity_ids = {
        id(cluster): entity.id for cluster, entity in zip(clusters, entities, strict=True)
    }
    time_refs = doc._.dateline_times or []
    time_ids = {id(ref): f"t{n}" for n, ref in enumerate(time_refs, start=1)}
    places, article, place_ids = _places(doc._.dateline_places, article)
    events = [
        _event(f"v{n}", event, entity_ids, time_ids, place_ids)
        for n, event in enumerate(doc._.dateline_events or [], start=1)
    ]
    quotes = [_quote(f"q{n}", quote, entity_ids)
              for n, quote in enumerate(doc._.dateline_quotes or [], start=1)]
    times = _times(time_refs)
    warnings = [StageWarning(**w) for w in (doc._.dateline_warnings or [])]
    return Extraction(article=article, entities=entities, events=events, warnings=warnings,
                      times=times,
                      places=places,
                      quotes=quotes)


def _entity(entity_id: str, cluster: Cluster) -> Entity:
    return Entity(
        id=entity_id,
        type=cluster.label,
        name=cluster.name,
        mentions=[Mention(**_offsets(m.span), kind=m.kind) for m in cluster.mentions],
        roles=[Role(**_offsets(r.span), kind=r.kind) for r in cluster.roles],
    )


def _add_actors(entities: list[Entity], coded: list[list[CodedActor]]) -> None:
    """Each entity's actor; a compound entity lists all of its actors in `actors`."""
    for entity, actors in zip(entities, coded, strict=False):
        records = [
            Actor(code=a.code, sector=list(a.sector), role=a.role, wikidata=a.wikidata,
                  basis=a.basis, evidence=a.evidence or None)
            for a in actors
        ]
        entity.actor = records[0] if records else None
        entity.actors = records if len(records) > 1 else []


def _event(event_id: str, event: EventRef, entity_ids: dict[int, str],
           time_ids: dict[int, str], place_ids: dict[int, str]) -> Event:
    sentence = event.sentence
    return Event(
        id=event_id,
        type=event.coding.type,
        mode=event.coding.mode,
        context=list(event.coding.context),
        cameo=event.coding.cameo,
        quad=event.quad,
        intensity=event.intensity,
        source=[entity_ids[id(c)] for c in event.sources],
        target=[entity_ids[id(c)] for c in event.targets],
        date=_event_date(event.date, time_ids),
        place=place_ids.get(id(event.place.place)) if event.place and event.place.place else None,
        place_basis=event.place.basis if event.place and event.place.place else None,
        trigger=Span_(**_offsets(event.trigger.doc[event.trigger.i : event.trigger.i + 1])),
        sentence=Offsets(start=sentence.start_char, end=sentence.end_char),
        mentions=[Span_(**_offsets(t.doc[t.i : t.i + 1])) for t in event.mentions],
        negated=event.negated,
        modality=event.modality,
        confidence=event.confidence,
        subordinate=event.subordinate,
        rule=event.rule,
    )


def _quote(quote_id: str, quote: QuoteRef, entity_ids: dict[int, str]) -> Quote:
    def entity(cluster: Cluster | None) -> str | None:
        return None if cluster is None else entity_ids.get(id(cluster))

    return Quote(
        id=quote_id,
        kind=quote.kind,
        speaker=entity(quote.speaker),
        source=Span_(**_offsets(quote.source)) if quote.source is not None else None,
        cue=Span_(**_offsets(quote.cue)) if quote.cue is not None else None,
        content=Span_(**_offsets(quote.content)),
        addressee=entity(quote.addressee),
    )


def _times(refs: list[TimeRef]) -> list[Time]:
    return [
        Time(id=f"t{n}", start=ref.start, end=ref.end, text=ref.text, type=ref.timex.type,
             value=ref.timex.value, granularity=ref.timex.granularity,
             anchor=ref.anchor.isoformat() if ref.anchor else None,
             unresolved=ref.timex.unresolved)
        for n, ref in enumerate(refs, start=1)
    ]


def _event_date(date: ClauseDate | None, time_ids: dict[int, str]) -> EventDate | None:
    if date is None or date.value is None:
        return None
    time = time_ids.get(id(date.time)) if date.time is not None else None
    return EventDate(value=date.value, granularity=date.granularity, basis=date.basis, time=time)


def _places(results: PlaceResults | None, article: Article
            ) -> tuple[list[Place], Article, dict[int, str]]:
    """Place records `p1`…, the article with its dateline pointing at its place, and the
    record id of each resolved place."""
    if results is None:
        return [], article, {}
    resolved = list(results.places)
    if results.dateline is not None and all(p is not results.dateline for p in resolved):
        resolved.append(results.dateline)  # the dateline's place, not named in the body
    places = []
    for n, place in enumerate(resolved, start=1):
        candidate = place.candidate
        places.append(Place(
            id=f"p{n}", name=place.name,
            mentions=[PlaceMention(start=m.start_char, end=m.end_char, text=m.text)
                      for m in place.mentions],
            geonameid=place.geonameid,
            lat=candidate.lat if candidate else None,
            lon=candidate.lon if candidate else None,
            country=place.country, admin1=place.admin1,
            feature=place.feature,
        ))
    if results.dateline is not None and article.dateline is not None:
        place_id = places[resolved.index(results.dateline)].id
        article = article.model_copy(
            update={"dateline": article.dateline.model_copy(update={"place": place_id})})
    return places, article, {id(p): record.id for p, record in zip(resolved, places, strict=True)}


def _offsets(span: Span) -> dict[str, object]:
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": doc_text(span.doc)[start:end]}
