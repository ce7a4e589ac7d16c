"""The store's tables (SQLAlchemy Core). Migrations in `migrations/versions` create them.

Per-article tables are keyed by (article_id, local id) exactly as in the `Extraction` record,
so every row points back to its article and offsets. Events are the exception: an `events`
row is one real-world event, and `reports` links it to every article-level event that
reported it (see `dateline.store.dedup`).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="content hash of the body text"),
    sa.Column("input_id", sa.Text),
    sa.Column("origin", sa.Text, comment="file the article was read from"),
    sa.Column("line", sa.Integer),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("language", sa.String(8)),
    sa.Column("dateline", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False, comment="the full Extraction record"),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_articles_published", "published"),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("local_id", sa.String(16), primary_key=True),
    sa.Column("type", sa.String(32)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("actor_code", sa.String(16)),
    sa.Column("actor_sector", sa.Text, comment="PLOVER sector codes, space-separated"),
    sa.Column("actor_role", sa.Text),
    sa.Column("actor_wikidata", sa.String(32)),
    sa.Column("actor_basis", sa.String(16)),
    sa.Index("ix_entities_actor_code", "actor_code"),
    sa.Index("ix_entities_name", "name"),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), nullable=False),
    sa.Column("entity_id", sa.String(16), nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16)),
    sa.ForeignKeyConstraint(["article_id", "entity_id"],
                            ["entities.article_id", "entities.local_id"], ondelete="CASCADE"),
    sa.Index("ix_mentions_entity", "article_id", "entity_id"),
)

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("local_id", sa.String(16), primary_key=True),
    sa.Column("kind", sa.String(16)),
    sa.Column("speaker_id", sa.String(16)),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_code", sa.String(16)),
    sa.Column("source_text", sa.Text),
    sa.Column("cue_text", sa.Text),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("addressee_id", sa.String(16)),
    sa.Column("addressee_name", sa.Text),
    sa.Index("ix_quotes_speaker_name", "speaker_name"),
)

times = sa.Table(
    "times", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("local_id", sa.String(16), primary_key=True),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(16)),
    sa.Column("value", sa.String(64)),
    sa.Column("granularity", sa.String(16)),
)

places = sa.Table(
    "places", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("local_id", sa.String(16), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("feature", sa.String(16)),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.Index("ix_places_country", "country"),
    sa.Index("ix_places_name", "name"),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(32)),
    sa.Column("context", sa.JSON, nullable=False),
    sa.Column("cameo", sa.String(8)),
    sa.Column("quad", sa.Integer),
    sa.Column("intensity", sa.Float),
    sa.Column("date_value", sa.String(40)),
    sa.Column("date_granularity", sa.String(16)),
    sa.Column("date_basis", sa.String(16)),
    sa.Column("date_lo", sa.String(10), comment="first day the date can mean (ISO)"),
    sa.Column("date_hi", sa.String(10), comment="last day the date can mean (ISO)"),
    sa.Column("place_name", sa.Text),
    sa.Column("place_geonameid", sa.BigInteger),
    sa.Column("place_country", sa.String(8)),
    sa.Column("place_admin1", sa.Text),
    sa.Column("place_feature", sa.String(16)),
    sa.Column("place_lat", sa.Float),
    sa.Column("place_lon", sa.Float),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("report_count", sa.Integer, nullable=False, comment="distinct articles"),
    sa.Column("mention_count", sa.Integer, nullable=False, comment="article-level events"),
    sa.Column("first_article_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_type_date", "type", "date_value"),
    sa.Index("ix_events_date_lo", "date_lo"),
    sa.Index("ix_events_country", "place_country"),
)

event_actors = sa.Table(
    "event_actors", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.String(8), nullable=False, comment="source or target"),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("code", sa.String(16)),
    sa.Column("sector", sa.Text),
    sa.Column("wikidata", sa.String(32)),
    sa.Index("ix_event_actors_event", "event_id"),
    sa.Index("ix_event_actors_code", "code"),
    sa.Index("ix_event_actors_name", "name"),
)

reports = sa.Table(
    "reports", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("local_id", sa.String(16), primary_key=True, comment="the record's event id"),
    sa.Column("event_id", sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("quote_id", sa.String(16)),
    sa.Column("modality", sa.String(16)),
    sa.Column("date_basis", sa.String(16)),
    sa.Column("confidence", sa.Float),
    sa.Column("rule", sa.Text),
    sa.Index("ix_reports_event", "event_id"),
)

ingest_errors = sa.Table(
    "ingest_errors", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("line", sa.Integer, nullable=False, comment="JSONL line, 0 for a whole file"),
    sa.Column("code", sa.String(8), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("source", "line", name="uq_ingest_errors_source_line"),
)
