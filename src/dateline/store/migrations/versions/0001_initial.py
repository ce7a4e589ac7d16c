"""articles, extraction tables, events, reports, ingest errors

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 04:12:23.420524
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column(
            "id", sa.String(length=64), nullable=False, comment="content hash of the body text"
        ),
        sa.Column("input_id", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True, comment="file the article was read from"),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("dateline", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False, comment="the full Extraction record"),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index("ix_articles_published", ["published"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("cameo", sa.String(length=8), nullable=True),
        sa.Column("quad", sa.Integer(), nullable=True),
        sa.Column("intensity", sa.Float(), nullable=True),
        sa.Column("date_value", sa.String(length=40), nullable=True),
        sa.Column("date_granularity", sa.String(length=16), nullable=True),
        sa.Column("date_basis", sa.String(length=16), nullable=True),
        sa.Column(
            "date_lo",
            sa.String(length=10),
            nullable=True,
            comment="first day the date can mean (ISO)",
        ),
        sa.Column(
            "date_hi",
            sa.String(length=10),
            nullable=True,
            comment="last day the date can mean (ISO)",
        ),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_geonameid", sa.BigInteger(), nullable=True),
        sa.Column("place_country", sa.String(length=8), nullable=True),
        sa.Column("place_admin1", sa.Text(), nullable=True),
        sa.Column("place_feature", sa.String(length=16), nullable=True),
        sa.Column("place_lat", sa.Float(), nullable=True),
        sa.Column("place_lon", sa.Float(), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("report_count", sa.Integer(), nullable=False, comment="distinct articles"),
        sa.Column("mention_count", sa.Integer(), nullable=False, comment="article-level events"),
        sa.Column("first_article_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_country", ["place_country"], unique=False)
        batch_op.create_index("ix_events_date_lo", ["date_lo"], unique=False)
        batch_op.create_index("ix_events_type_date", ["type", "date_value"], unique=False)

    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False, comment="JSONL line, 0 for a whole file"),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "line", name="uq_ingest_errors_source_line"),
    )
    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("actor_code", sa.String(length=16), nullable=True),
        sa.Column(
            "actor_sector", sa.Text(), nullable=True, comment="PLOVER sector codes, space-separated"
        ),
        sa.Column("actor_role", sa.Text(), nullable=True),
        sa.Column("actor_wikidata", sa.String(length=32), nullable=True),
        sa.Column("actor_basis", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "local_id"),
    )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index("ix_entities_actor_code", ["actor_code"], unique=False)
        batch_op.create_index("ix_entities_name", ["name"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False, comment="source or target"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=True),
        sa.Column("sector", sa.Text(), nullable=True),
        sa.Column("wikidata", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.create_index("ix_event_actors_code", ["code"], unique=False)
        batch_op.create_index("ix_event_actors_event", ["event_id"], unique=False)
        batch_op.create_index("ix_event_actors_name", ["name"], unique=False)

    op.create_table(
        "places",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("geonameid", sa.BigInteger(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("feature", sa.String(length=16), nullable=True),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "local_id"),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index("ix_places_country", ["country"], unique=False)
        batch_op.create_index("ix_places_name", ["name"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("speaker_id", sa.String(length=16), nullable=True),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("speaker_code", sa.String(length=16), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("cue_text", sa.Text(), nullable=True),
        sa.Column("content_start", sa.Integer(), nullable=False),
        sa.Column("content_end", sa.Integer(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("addressee_id", sa.String(length=16), nullable=True),
        sa.Column("addressee_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "local_id"),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index("ix_quotes_speaker_name", ["speaker_name"], unique=False)

    op.create_table(
        "reports",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column(
            "local_id", sa.String(length=16), nullable=False, comment="the record's event id"
        ),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.String(length=16), nullable=True),
        sa.Column("modality", sa.String(length=16), nullable=True),
        sa.Column("date_basis", sa.String(length=16), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "local_id"),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index("ix_reports_event", ["event_id"], unique=False)

    op.create_table(
        "times",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=True),
        sa.Column("value", sa.String(length=64), nullable=True),
        sa.Column("granularity", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "local_id"),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=16), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id", "entity_id"],
            ["entities.article_id", "entities.local_id"],
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index("ix_mentions_entity", ["article_id", "entity_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_entity")

    op.drop_table("mentions")
    op.drop_table("times")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index("ix_reports_event")

    op.drop_table("reports")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_name")

    op.drop_table("quotes")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index("ix_places_name")
        batch_op.drop_index("ix_places_country")

    op.drop_table("places")
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.drop_index("ix_event_actors_name")
        batch_op.drop_index("ix_event_actors_event")
        batch_op.drop_index("ix_event_actors_code")

    op.drop_table("event_actors")
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index("ix_entities_name")
        batch_op.drop_index("ix_entities_actor_code")

    op.drop_table("entities")
    op.drop_table("ingest_errors")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_type_date")
        batch_op.drop_index("ix_events_date_lo")
        batch_op.drop_index("ix_events_country")

    op.drop_table("events")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_published")

    op.drop_table("articles")
