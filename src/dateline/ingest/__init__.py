"""Ingestion: from files, streams or strings to normalized `Article`s, or per-item errors."""

from __future__ import annotations

from datetime import date, datetime

from dateline.errors import BadField, EmptyInput, InputTooLarge
from dateline.ingest.datelines import split_dateline
from dateline.ingest.language import check_english
from dateline.ingest.normalize import content_hash, normalize_text
from dateline.ingest.sources import RawArticle, read_inputs
from dateline.record import Article
from dateline.settings import Settings

__all__ = ["RawArticle", "normalize_published", "prepare_article", "read_inputs"]


def normalize_published(value: str | date | None) -> str | None:
    """An ISO date or datetime string, or None; anything else is a `BadField` error."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError as exc:
        raise BadField(f"published date '{text}' is not ISO YYYY-MM-DD or a datetime") from exc


def prepare_article(raw: RawArticle, settings: Settings, *, published: str | None = None
                    ) -> Article:
    """Normalize, strip the dateline, check language and size, and name the article.

    `published` is the fallback date (the CLI's --published) for inputs that carry none.
    """
    text = normalize_text(raw.text)
    if not text:
        raise EmptyInput("article text is empty")
    if len(text) > settings.max_chars:
        raise InputTooLarge(
            f"text has {len(text):,} characters; the limit is {settings.max_chars:,} "
            "(setting DATELINE_MAX_CHARS)"
        )
    dateline, body = split_dateline(text)
    if not body.strip():
        raise EmptyInput("article has a dateline but no body text")
    language = check_english(
        body, min_chars=settings.min_chars_for_language, confidence=settings.language_confidence,
        odds=settings.language_odds, min_words=settings.min_words_for_language,
    )
    return Article(
        id=content_hash(body),
        input_id=raw.input_id,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published=normalize_published(raw.published) or normalize_published(published),
        language=language,
        dateline=dateline,
        text=body,
    )
