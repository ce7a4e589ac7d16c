"""Browsing and aggregate queries over the store: article lists, actor profiles, timelines,
the actor network, the event map and text search. The web API serves these as they are.

Every query is built with SQLAlchemy Core, so user text only ever reaches the database as a
bound parameter; every list takes `limit` and `offset` and has a matching count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, Field

from dateline.record import Extraction
from dateline.store import schema as t
from dateline.store.query import (
    HEADLINE,
    StoredQuote,
    event_filters,
    find_quotes,
    group_names,
    headline,
    lead,
    like,
    name_like,
)

COOPERATION = (1, 2)  # PLOVER quad classes: verbal and material cooperation
CONFLICT = (3, 4)  # verbal and material conflict


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    headline: str | None = Field(None, description=HEADLINE)
    url: str | None = None
    source: str | None = None
    published: str | None = None
    events: int = Field(0, description="article-level events in its record")
    quotes: int = 0


class ActorSummary(BaseModel):
    code: str
    events: int
    as_source: int
    as_target: int
    names: list[str] = Field(default_factory=list, description="most frequent names first")


class Partner(BaseModel):
    code: str
    events: int
    cooperation: int
    conflict: int


class ActorProfile(ActorSummary):
    partners: list[Partner] = Field(default_factory=list, description="most events first")


class TimelinePoint(BaseModel):
    period: str = Field(description="YYYY-MM (month) or YYYY (year)")
    type: str
    count: int


class NetworkNode(BaseModel):
    code: str
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class MapPoint(BaseModel):
    id: int
    type: str
    quad: int | None = None
    date: str | None = None
    place: str | None = None
    country: str | None = None
    lat: float
    lon: float
    report_count: int
    negated: bool = False
    modality: str = "asserted"


class ArticleHit(BaseModel):
    id: str
    title: str | None = None
    headline: str | None = Field(None, description=HEADLINE)
    published: str | None = None
    snippet: str


class SearchResult(BaseModel):
    q: str
    articles: list[ArticleHit]
    quotes: list[StoredQuote]


class TypeCount(BaseModel):
    type: str
    count: int


class QuadCount(BaseModel):
    quad: int | None
    count: int


class Stats(BaseModel):
    counts: dict[str, int]
    event_types: list[TypeCount]
    quad: list[QuadCount]
    first_date: str | None = None
    last_date: str | None = None


# --- articles ---
ARTICLE_SORTS = {"published": t.articles.c.published, "title": t.articles.c.title,
                 "ingested": t.articles.c.ingested_at}


def _article_filters(q: str | None, source: str | None, since: str | None, until: str | None
                     ) -> list[sa.ColumnElement[bool]]:
    a = t.articles
    where: list[sa.ColumnElement[bool]] = []
    for word in (q or "").split():
        where.append(sa.or_(like(a.c.title, word), like(a.c.text, word)))
    if source:
        where.append(like(a.c.source, source))
    if since:
        where.append(a.c.published >= since)
    if until:  # published may carry a time: anything on the last day is kept
        where.append(a.c.published < f"{until}T99")
    return where


def find_articles(conn: sa.Connection, *, q: str | None = None, source: str | None = None,
                  since: str | None = None, until: str | None = None,
                  sort: str = "-published", limit: int = 50, offset: int = 0
                  ) -> list[ArticleSummary]:
    """Articles whose title or text holds every word of `q`, with their event/quote counts."""
    a, r, qt = t.articles, t.reports, t.quotes
    events = (sa.select(sa.func.count()).where(r.c.article_id == a.c.id)
              .scalar_subquery().label("events"))
    quotes = (sa.select(sa.func.count()).where(qt.c.article_id == a.c.id)
              .scalar_subquery().label("quotes"))
    column = ARTICLE_SORTS[sort.lstrip("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    query = (sa.select(a.c.id, a.c.title, lead(a), a.c.url, a.c.source, a.c.published, events,
                       quotes)
             .where(*_article_filters(q, source, since, until))
             .order_by(column.is_(None), order, a.c.id).limit(limit).offset(offset))
    return [ArticleSummary.model_validate({**row, "headline": headline(row["title"], row["lead"])})
            for row in conn.execute(query).mappings()]


def count_articles(conn: sa.Connection, *, q: str | None = None, source: str | None = None,
                   since: str | None = None, until: str | None = None) -> int:
    query = (sa.select(sa.func.count()).select_from(t.articles)
             .where(*_article_filters(q, source, since, until)))
    return int(conn.scalar(query) or 0)


def get_article(conn: sa.Connection, article_id: str) -> Extraction | None:
    record = conn.scalar(sa.select(t.articles.c.record).where(t.articles.c.id == article_id))
    return None if record is None else Extraction.model_validate(record)


# --- actors ---
def _actor_rows(code: str | None = None, q: str | None = None) -> sa.Select[Any]:
    a = t.event_actors
    source = sa.func.count(sa.distinct(sa.case((a.c.role == "source", a.c.event_id))))
    target = sa.func.count(sa.distinct(sa.case((a.c.role == "target", a.c.event_id))))
    query = (sa.select(a.c.code, sa.func.count(sa.distinct(a.c.event_id)).label("events"),
                       source.label("as_source"), target.label("as_target"))
             .where(a.c.code.is_not(None)).group_by(a.c.code))
    if code:
        query = query.where(a.c.code == code.upper())
    if q:
        query = query.where(sa.or_(a.c.code == q.upper(), name_like(a.c.name, q)))
    return query


def _names(conn: sa.Connection, codes: list[str], per_code: int = 5) -> dict[str, list[str]]:
    """Each code's most frequent names; spellings that differ only in case or accents are one
    name ("Erdogan" and "Erdoğan")."""
    a = t.event_actors
    rows = conn.execute(sa.select(a.c.code, a.c.name, sa.func.count().label("n"))
                        .where(a.c.code.in_(codes)).group_by(a.c.code, a.c.name))
    counts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for code, name, n in rows:
        counts[code].append((name, n))
    names: dict[str, list[str]] = defaultdict(list)
    for code, found in counts.items():
        names[code] = [name for name, _ in group_names(found)[:per_code]]
    return names


def find_actors(conn: sa.Connection, *, q: str | None = None, limit: int = 50,
                offset: int = 0) -> list[ActorSummary]:
    """Actor codes by the number of events they take part in; `q` a code or part of a name."""
    rows = conn.execute(_actor_rows(q=q).order_by(sa.desc("events"), t.event_actors.c.code)
                        .limit(limit).offset(offset)).mappings().all()
    names = _names(conn, [row["code"] for row in rows])
    return [ActorSummary(**row, names=names[row["code"]]) for row in rows]


def count_actors(conn: sa.Connection, *, q: str | None = None) -> int:
    return int(conn.scalar(sa.select(sa.func.count()).select_from(_actor_rows(q=q).subquery()))
               or 0)


def actor_profile(conn: sa.Connection, code: str, *, partners: int = 20) -> ActorProfile | None:
    """One actor code: its event counts, names, and the codes it acts with most."""
    row = conn.execute(_actor_rows(code=code)).mappings().first()
    if row is None:
        return None
    ours, theirs, e = t.event_actors.alias("ours"), t.event_actors.alias("theirs"), t.events
    events = sa.func.count(sa.distinct(e.c.id))
    partner_rows = conn.execute(
        sa.select(theirs.c.code, events.label("events"),
                  sa.func.count(sa.distinct(sa.case((e.c.quad.in_(COOPERATION), e.c.id)))),
                  sa.func.count(sa.distinct(sa.case((e.c.quad.in_(CONFLICT), e.c.id)))))
        .join(theirs, sa.and_(theirs.c.event_id == ours.c.event_id,
                              theirs.c.role != ours.c.role))
        .join(e, e.c.id == ours.c.event_id)
        .where(ours.c.code == row["code"], theirs.c.code.is_not(None),
               theirs.c.code != row["code"])
        .group_by(theirs.c.code).order_by(events.desc(), theirs.c.code).limit(partners))
    return ActorProfile(
        **row, names=_names(conn, [row["code"]])[row["code"]],
        partners=[Partner(code=c, events=n, cooperation=coop, conflict=conf)
                  for c, n, coop, conf in partner_rows])


# --- aggregates over events ---
def timeline(conn: sa.Connection, *, interval: str = "month", **filters: Any
             ) -> list[TimelinePoint]:
    """Event counts per period and type, for the events `find_events` filters select; events
    dated less precisely than `interval` are not counted."""
    e = t.events
    width = 7 if interval == "month" else 4
    period = sa.func.substr(e.c.date_lo, 1, width).label("period")
    count = sa.func.count().label("count")
    rows = conn.execute(sa.select(period, e.c.type, count)
                        .where(e.c.date_lo.is_not(None), *event_filters(**filters),
                               # a date vaguer than the interval ("2011" by month) is left out
                               period == sa.func.substr(e.c.date_hi, 1, width))
                        .group_by(period, e.c.type).order_by(period, e.c.type))
    return [TimelinePoint(period=p, type=kind, count=n) for p, kind, n in rows]


def network(conn: sa.Connection, *, actor: str | None = None, min_events: int = 1,
            limit: int = 100, **filters: Any) -> Network:
    """Who acts on whom: coded source → coded target, edge weight = events, heaviest first;
    `actor` (a code) keeps the edges it is an end of."""
    s, g, e = t.event_actors.alias("s"), t.event_actors.alias("g"), t.events
    events = sa.func.count(sa.distinct(e.c.id))
    query = (
        sa.select(s.c.code, g.c.code, events,
                  sa.func.count(sa.distinct(sa.case((e.c.quad.in_(COOPERATION), e.c.id)))),
                  sa.func.count(sa.distinct(sa.case((e.c.quad.in_(CONFLICT), e.c.id)))))
        .join(g, sa.and_(g.c.event_id == s.c.event_id, g.c.role == "target"))
        .join(e, e.c.id == s.c.event_id)
        .where(s.c.role == "source", s.c.code.is_not(None), g.c.code.is_not(None),
               s.c.code != g.c.code, *event_filters(**filters))
        .group_by(s.c.code, g.c.code).having(events >= min_events)
        .order_by(events.desc(), s.c.code, g.c.code).limit(limit))
    if actor:
        query = query.where(sa.or_(s.c.code == actor.upper(), g.c.code == actor.upper()))
    edges = [NetworkEdge(source=a, target=b, events=n, cooperation=coop, conflict=conf)
             for a, b, n, coop, conf in conn.execute(query)]
    weight: Counter[str] = Counter()
    for edge in edges:
        weight[edge.source] += edge.events
        weight[edge.target] += edge.events
    return Network(nodes=[NetworkNode(code=c, events=n) for c, n in weight.most_common()],
                   edges=edges)


def map_points(conn: sa.Connection, *, limit: int = 2000, **filters: Any) -> list[MapPoint]:
    """Located events (most reported first), for the map."""
    e = t.events
    rows = conn.execute(
        sa.select(e.c.id, e.c.type, e.c.quad, e.c.date_value.label("date"),
                  e.c.place_name.label("place"), e.c.place_country.label("country"),
                  e.c.place_lat.label("lat"), e.c.place_lon.label("lon"), e.c.report_count,
                  e.c.negated, e.c.modality)
        .where(e.c.place_lat.is_not(None), e.c.place_lon.is_not(None), *event_filters(**filters))
        .order_by(e.c.report_count.desc(), e.c.id).limit(limit)).mappings()
    return [MapPoint.model_validate(dict(row)) for row in rows]


def search(conn: sa.Connection, q: str, *, limit: int = 20) -> SearchResult:
    """Articles and quotes holding every word of `q` (substring match, case-insensitive)."""
    a = t.articles
    first_word = next(iter(q.split()), "")
    rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.published, a.c.text)
                        .where(*_article_filters(q, None, None, None))
                        .order_by(a.c.published.desc(), a.c.id).limit(limit)).mappings()
    articles = [ArticleHit(id=row["id"], title=row["title"], published=row["published"],
                           headline=headline(row["title"], row["text"]),
                           snippet=snippet(row["text"], first_word))
                for row in rows]
    return SearchResult(q=q, articles=articles, quotes=find_quotes(conn, text=q, limit=limit))


def snippet(text: str, word: str, width: int = 160) -> str:
    """About `width` characters of `text` around the first occurrence of `word`."""
    at = max(text.lower().find(word.lower()), 0) if word else 0
    start = max(at - width // 2, 0)
    piece = " ".join(text[start:start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


TABLES = {"articles": t.articles, "entities": t.entities, "quotes": t.quotes, "times": t.times,
          "places": t.places, "events": t.events, "reports": t.reports,
          "errors": t.ingest_errors}


def table_counts(conn: sa.Connection) -> dict[str, int]:
    """Rows per table (`reports` are article-level events, `errors` bad input items)."""
    return {name: int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
            for name, table in TABLES.items()}


def stats(conn: sa.Connection) -> Stats:
    """Table counts, events per type and per quad class, and the span of event dates."""
    e = t.events
    types = conn.execute(sa.select(e.c.type, sa.func.count()).group_by(e.c.type)
                         .order_by(sa.func.count().desc(), e.c.type))
    quads = conn.execute(sa.select(e.c.quad, sa.func.count()).group_by(e.c.quad)
                         .order_by(e.c.quad))
    first, last = conn.execute(sa.select(sa.func.min(e.c.date_lo),
                                         sa.func.max(e.c.date_hi))).one()
    return Stats(counts=table_counts(conn),
                 event_types=[TypeCount(type=k, count=n) for k, n in types],
                 quad=[QuadCount(quad=k, count=n) for k, n in quads],
                 first_date=first, last_date=last)
