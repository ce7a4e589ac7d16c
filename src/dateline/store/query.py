"""Reading the store: events and quotes as plain records (or pandas DataFrames)."""

from __future__ import annotations

import random
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from pydantic import BaseModel, Field
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from dateline.record import MODALITIES
from dateline.store import schema as t

if TYPE_CHECKING:
    import pandas

# What names an article in a list: its title, else the opening of its text.
HEADLINE = ("the title, or for an article without one the first line of its text (when "
            "short) or its first sentence")
_LEAD_CHARS = 400  # of the text read for a headline
_HEADLINE_CHARS = 110
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


def headline(title: str | None, text: str | None) -> str | None:
    """An article's `title`; for one without, its first line when that is short (a heading),
    else its first sentence; cut at a word with "…" past about 110 characters."""
    if title and title.strip():
        return title
    line = (text or "").strip().split("\n", 1)[0].strip()
    if not line:
        return None
    if len(line) > _HEADLINE_CHARS:
        for end in _SENTENCE_END.finditer(line):
            word = line[:end.start()].rsplit(" ", 1)[-1]
            if (len(word) > 3 and "." not in word) or word.isdigit():  # not "Mr." nor "U.S."
                line = line[:end.end()]
                break
    if len(line) > _HEADLINE_CHARS:
        cut = line[:_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
        line = cut + " …"
    return " ".join(line.split())


def lead(articles: sa.Table) -> sa.ColumnElement[Any]:
    """The opening of an untitled article's text (null for a titled one), for `headline`."""
    return sa.case((sa.func.coalesce(articles.c.title, "") == "",
                    sa.func.substr(articles.c.text, 1, _LEAD_CHARS)),
                   else_=sa.null()).label("lead")


class EventActor(BaseModel):
    role: str = Field(description="source or target")
    name: str
    code: str | None = None
    sector: list[str] = Field(default_factory=list)
    wikidata: str | None = None


class EventReport(BaseModel):
    """One article's mention of the event, with the evidence offsets into that article."""

    article_id: str
    event_id: str = Field(description="the event's id inside the article's record")
    title: str | None = None
    headline: str | None = Field(None, description=HEADLINE)
    url: str | None = None
    source: str | None = None
    published: str | None = None
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    quote_id: str | None = None
    modality: str | None = Field(None, description="this report's modality (asserted, "
                                 "reported, future, hypothetical, conditional)")
    rule: str | None = None


class StoredEvent(BaseModel):
    """One real-world event with every report of it."""

    id: int
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    quad: int | None = None
    intensity: float | None = None
    date: str | None = None
    date_granularity: str | None = None
    date_basis: str | None = None
    place: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    negated: bool = Field(False, description="the text says the event did not happen")
    modality: str = Field("asserted", description="asserted, reported, future, hypothetical "
                          "or conditional")
    confidence: float = 0.0
    report_count: int = Field(description="distinct articles reporting the event")
    mention_count: int = Field(description="article-level events merged into this one")
    source: list[EventActor] = Field(default_factory=list)
    target: list[EventActor] = Field(default_factory=list)
    reports: list[EventReport] = Field(default_factory=list)


class StoredQuote(BaseModel):
    article_id: str
    quote_id: str
    kind: str | None = None
    speaker: str | None = None
    speaker_code: str | None = None
    cue: str | None = None
    content: str
    content_start: int
    content_end: int
    addressee: str | None = None
    title: str | None = None
    headline: str | None = Field(None, description=HEADLINE)
    url: str | None = None
    published: str | None = None


def like(column: sa.ColumnElement[Any], text: str) -> sa.ColumnElement[bool]:
    """Case-insensitive substring match; `%` and `_` in `text` are literal, not wildcards."""
    return sa.func.lower(column).like(f"%{_escape(text.lower())}%", escape="\\")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- names regardless of accents: "Erdogan" and "Erdoğan" are one speaker, one actor ---
_FOLD_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h",
                               "ŧ": "t", "þ": "th", "æ": "ae", "œ": "oe", "ŀ": "l"})


def fold(text: str) -> str:
    """`text` as names are compared: lower case, without accents or other marks ('Erdoğan',
    'ERDOGAN' -> 'erdogan'; 'Đoković' -> 'dokovic'; 'Straße' -> 'strasse')."""
    if text.isascii():
        return text.lower()
    marked = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in marked if not unicodedata.combining(c)).translate(_FOLD_LETTERS)


class folded(FunctionElement[str]):
    """`fold(column)` in SQL: a Python function registered on every SQLite connection; on
    PostgreSQL `lower` and `translate` over the accented Latin letters (one letter each)."""

    type = sa.String()
    name = "dateline_fold"
    inherit_cache = True


@compiles(folded)
def _folded_sqlite(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"dateline_fold({compiler.process(element.clauses, **kw)})"


def _translate_table() -> tuple[str, str]:
    source, target = [], []
    for code in range(0xC0, 0x250):
        letter = chr(code)
        plain = fold(letter)
        if letter.isalpha() and len(plain) == 1 and plain.isascii() and plain != letter:
            source.append(letter)
            target.append(plain)
    return "".join(source), "".join(target)


_TRANSLATE_FROM, _TRANSLATE_TO = _translate_table()


@compiles(folded, "postgresql")
def _folded_postgresql(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    inner = compiler.process(element.clauses, **kw)
    return (f"translate(lower({inner}), '{_TRANSLATE_FROM}', '{_TRANSLATE_TO}')")


@sa.event.listens_for(sa.Engine, "connect")
def _register_fold(connection: Any, _: Any) -> None:
    if isinstance(connection, sqlite3.Connection):
        connection.create_function("dateline_fold", 1, _fold_or_none, deterministic=True)


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


def name_like(column: sa.ColumnElement[Any], text: str) -> sa.ColumnElement[bool]:
    """`like` for names: case and accents aside ('erdogan' finds 'Recep Tayyip Erdoğan')."""
    return folded(column).like(f"%{_escape(fold(text))}%", escape="\\")


def group_names(counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """(name, count) pairs with names that differ only in case or accents added up, each
    group shown by its most frequent spelling (then the one with accents); most first."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for name, n in counts:
        groups[fold(name)][name] += n
    merged = []
    for spellings in groups.values():
        shown = max(spellings, key=lambda s: (spellings[s], not s.isascii(), s))
        merged.append((shown, sum(spellings.values())))
    return sorted(merged, key=lambda item: (-item[1], fold(item[0])))


def top_speakers(conn: sa.Connection, limit: int | None = 10) -> list[tuple[str, int]]:
    """(speaker, quotes) of the most quoted speakers, spellings that differ only in case or
    accents counted as one ('Erdogan' and 'Erdoğan')."""
    q = t.quotes
    rows = conn.execute(sa.select(q.c.speaker_name, sa.func.count())
                        .where(q.c.speaker_name.is_not(None)).group_by(q.c.speaker_name))
    return group_names((str(name), int(n)) for name, n in rows)[:limit]


def actor_matches(text: str, role: str | None = None) -> sa.ColumnElement[bool]:
    """Events with an actor coded `text` (exact code, e.g. IRN) or named with it, on one side
    (`role` source or target) or either."""
    a = t.event_actors
    query = sa.select(a.c.event_id).where(sa.or_(a.c.code == text.upper(),
                                                 name_like(a.c.name, text)))
    if role:
        query = query.where(a.c.role == role)
    return t.events.c.id.in_(query)


def modalities(value: str | Iterable[str] | None) -> list[str]:
    """`value` (one modality, several, each possibly comma-separated) as a checked list;
    ValueError names an unknown one."""
    if value is None:
        return []
    parts = [part for item in ([value] if isinstance(value, str) else value)
             for part in str(item).split(",")]
    found = [part.strip().lower() for part in parts if part.strip()]
    unknown = [m for m in found if m not in MODALITIES]
    if unknown:
        raise ValueError(f"unknown modality {', '.join(map(repr, unknown))}: use "
                         + ", ".join(MODALITIES))
    return list(dict.fromkeys(found))


def event_filters(*, actor: str | None = None, source: str | None = None,
                  target: str | None = None, type: str | None = None, quad: int | None = None,
                  since: str | None = None, until: str | None = None, place: str | None = None,
                  country: str | None = None, quote_by: str | None = None,
                  article: str | None = None, modality: str | Iterable[str] | None = None,
                  negated: bool | None = None, min_confidence: float | None = None
                  ) -> list[sa.ColumnElement[bool]]:
    """The conditions on `events` for every filter given (see `find_events`)."""
    e = t.events
    where: list[sa.ColumnElement[bool]] = []
    wanted = modalities(modality)
    if wanted:
        where.append(e.c.modality.in_(wanted))
    if negated is not None:
        where.append(e.c.negated if negated else sa.not_(e.c.negated))
    if min_confidence:
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence {min_confidence} is not between 0 and 1")
        where.append(e.c.confidence >= min_confidence)
    if article:
        where.append(e.c.id.in_(sa.select(t.reports.c.event_id)
                                .where(t.reports.c.article_id == article)))
    if actor:
        where.append(actor_matches(actor))
    if source:
        where.append(actor_matches(source, "source"))
    if target:
        where.append(actor_matches(target, "target"))
    if type:
        where.append(e.c.type == type.upper())
    if quad:
        where.append(e.c.quad == quad)
    if since:
        where.append(e.c.date_hi >= since)
    if until:
        where.append(e.c.date_lo <= until)
    if place:
        where.append(like(e.c.place_name, place))
    if country:
        where.append(e.c.place_country == country.upper())
    if quote_by:
        r, q = t.reports, t.quotes
        where.append(e.c.id.in_(
            sa.select(r.c.event_id).join(q, sa.and_(
                q.c.article_id == r.c.article_id,
                sa.or_(q.c.local_id == r.c.quote_id,  # the event's own quote, or a quote
                       sa.and_(r.c.trigger_start >= q.c.content_start,  # containing it
                               r.c.trigger_end <= q.c.content_end))))
            .where(name_like(q.c.speaker_name, quote_by))))
    return where


# Sort keys for events; a leading "-" reverses. Events without a date always come last.
EVENT_SORTS = {"date": t.events.c.date_lo, "id": t.events.c.id, "type": t.events.c.type,
               "reports": t.events.c.report_count, "confidence": t.events.c.confidence}


def event_order(sort: str) -> list[sa.ColumnElement[Any]]:
    column = EVENT_SORTS[sort.lstrip("-")]
    ordered = column.desc() if sort.startswith("-") else column.asc()
    return [t.events.c.date_lo.is_(None), ordered, t.events.c.id]


def find_events(conn: sa.Connection, *, limit: int | None = None, offset: int = 0,
                sort: str = "date", sample: int | None = None, seed: int = 0,
                **filters: Any) -> list[StoredEvent]:
    """Events matching every filter given, ordered by `sort` (date, then id, by default).

    `actor` is an actor code (exact, e.g. IRN) or part of a name, on either side; `source`
    and `target` the same for one side (both: a dyad); `since`/`until` are ISO days and keep
    events whose date range overlaps them; `place` is part of the place name; `country` an
    ISO-3166 alpha-3 code; `quad` the PLOVER quad class (1-4); `quote_by` part of the name
    of a speaker whose quote reports the event (the event's `quote`, or a quote whose content
    holds its trigger); `article` an article id whose record reports the event; `modality`
    one modality or several (a list, or comma-separated: "future,hypothetical"), see
    `MODALITIES`; `negated` True for negated events only, False for the others;
    `min_confidence` keeps events whose confidence (the highest of their reports) is at
    least that (0 to 1; docs/event-model.md says how precise each level is).

    `sample` draws that many of the matching events at random (the same ones for the same
    `seed` and store), kept in `sort` order, before `offset` and `limit`: reading a random
    sample is how to tell how many stored events are real.
    """
    query = sa.select(t.events.c.id).where(*event_filters(**filters)).order_by(
        *event_order(sort))
    if sample is not None:
        if sample < 0:
            raise ValueError(f"sample is {sample}; it must be 0 or more")
        ids = list(conn.scalars(query))
        chosen = set(random.Random(seed).sample(sorted(ids), min(sample, len(ids))))
        ids = [i for i in ids if i in chosen][offset:]
        return load_events(conn, ids[:limit] if limit else ids)
    query = query.offset(offset)
    if limit:
        query = query.limit(limit)
    return load_events(conn, list(conn.scalars(query)))


def count_events(conn: sa.Connection, **filters: Any) -> int:
    """How many events `find_events` would return without a limit."""
    query = sa.select(sa.func.count()).select_from(t.events).where(*event_filters(**filters))
    return int(conn.scalar(query) or 0)


def load_events(conn: sa.Connection, ids: Sequence[int]) -> list[StoredEvent]:
    """Full event records (actors and reports included) for these ids, in this order."""
    e, a, r, art = t.events, t.event_actors, t.reports, t.articles
    events: dict[int, StoredEvent] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for row in conn.execute(sa.select(e).where(e.c.id.in_(chunk))).mappings():
            events[row["id"]] = StoredEvent(
                id=row["id"], type=row["type"], mode=row["mode"], context=row["context"] or [],
                cameo=row["cameo"], quad=row["quad"], intensity=row["intensity"],
                date=row["date_value"], date_granularity=row["date_granularity"],
                date_basis=row["date_basis"], place=row["place_name"],
                geonameid=row["place_geonameid"], country=row["place_country"],
                admin1=row["place_admin1"], feature=row["place_feature"],
                lat=row["place_lat"], lon=row["place_lon"], negated=row["negated"],
                modality=row["modality"], confidence=row["confidence"],
                report_count=row["report_count"], mention_count=row["mention_count"])
        actors: dict[int, list[EventActor]] = defaultdict(list)
        for row in conn.execute(sa.select(a).where(a.c.event_id.in_(chunk))
                                .order_by(a.c.event_id, a.c.position)).mappings():
            actors[row["event_id"]].append(EventActor(
                role=row["role"], name=row["name"], code=row["code"],
                sector=(row["sector"] or "").split(), wikidata=row["wikidata"]))
        for event_id, found in actors.items():
            events[event_id].source = [x for x in found if x.role == "source"]
            events[event_id].target = [x for x in found if x.role == "target"]
        report_rows = conn.execute(
            sa.select(r, art.c.title, lead(art), art.c.url, art.c.source, art.c.published,
                      sa.func.substr(art.c.text, r.c.sentence_start + 1,
                                     r.c.sentence_end - r.c.sentence_start).label("sentence"))
            .join(art, art.c.id == r.c.article_id).where(r.c.event_id.in_(chunk))
            .order_by(r.c.event_id, art.c.published, r.c.article_id, r.c.local_id)).mappings()
        for row in report_rows:
            events[row["event_id"]].reports.append(EventReport(
                article_id=row["article_id"], event_id=row["local_id"], title=row["title"],
                headline=headline(row["title"], row["lead"]), url=row["url"],
                source=row["source"], published=row["published"],
                trigger=row["trigger_text"], trigger_start=row["trigger_start"],
                trigger_end=row["trigger_end"], sentence=row["sentence"] or "",
                sentence_start=row["sentence_start"], sentence_end=row["sentence_end"],
                quote_id=row["quote_id"], modality=row["modality"], rule=row["rule"]))
    return [events[i] for i in ids if i in events]


def _quote_filters(speaker: str | None, text: str | None) -> list[sa.ColumnElement[bool]]:
    where = []
    if speaker:
        where.append(name_like(t.quotes.c.speaker_name, speaker))
    where.extend(like(t.quotes.c.content_text, word) for word in (text or "").split())
    return where


def find_quotes(conn: sa.Connection, *, speaker: str | None = None, text: str | None = None,
                limit: int | None = None, offset: int = 0) -> list[StoredQuote]:
    """Quotes whose speaker's name contains `speaker` and whose words hold every word of `text`."""
    q, art = t.quotes, t.articles
    query = (sa.select(q, art.c.title, lead(art), art.c.url, art.c.published)
             .join(art, art.c.id == q.c.article_id).where(*_quote_filters(speaker, text))
             .order_by(art.c.published, q.c.article_id, q.c.content_start).offset(offset))
    if limit:
        query = query.limit(limit)
    return [
        StoredQuote(article_id=row["article_id"], quote_id=row["local_id"], kind=row["kind"],
                    speaker=row["speaker_name"], speaker_code=row["speaker_code"],
                    cue=row["cue_text"], content=row["content_text"],
                    content_start=row["content_start"], content_end=row["content_end"],
                    addressee=row["addressee_name"], title=row["title"],
                    headline=headline(row["title"], row["lead"]), url=row["url"],
                    published=row["published"])
        for row in conn.execute(query).mappings()
    ]


def count_quotes(conn: sa.Connection, *, speaker: str | None = None, text: str | None = None
                 ) -> int:
    query = (sa.select(sa.func.count()).select_from(t.quotes)
             .where(*_quote_filters(speaker, text)))
    return int(conn.scalar(query) or 0)


def event_row(event: StoredEvent) -> dict[str, Any]:
    """A flat row for tables, CSV, Parquet and DataFrames; lists joined with ';'."""
    first = event.reports[0] if event.reports else None
    return {
        "id": event.id, "date": event.date, "date_granularity": event.date_granularity,
        "date_basis": event.date_basis, "type": event.type, "mode": event.mode,
        "context": ";".join(event.context), "cameo": event.cameo, "quad": event.quad,
        "intensity": event.intensity,
        "source": ";".join(x.name for x in event.source),
        "source_code": ";".join(x.code or "" for x in event.source),
        "target": ";".join(x.name for x in event.target),
        "target_code": ";".join(x.code or "" for x in event.target),
        "place": event.place, "country": event.country, "geonameid": event.geonameid,
        "lat": event.lat, "lon": event.lon, "negated": event.negated,
        "modality": event.modality, "confidence": event.confidence,
        "report_count": event.report_count, "mention_count": event.mention_count,
        "trigger": first.trigger if first else None,
        "sentence": first.sentence if first else None,
        "article_ids": ";".join(dict.fromkeys(x.article_id for x in event.reports)),
        "url": first.url if first else None,
    }


def events_frame(events: Sequence[StoredEvent]) -> pandas.DataFrame:
    """Events as a pandas DataFrame, one row per event (needs pandas)."""
    import pandas

    return pandas.DataFrame([event_row(e) for e in events])


def quotes_frame(quotes: Sequence[StoredQuote]) -> pandas.DataFrame:
    import pandas

    return pandas.DataFrame([q.model_dump() for q in quotes])
