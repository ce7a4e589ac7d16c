"""Language check: dateline's models read English only, so other languages are refused."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from dateline.errors import NotEnglish

# Enough text for a confident verdict; more only costs time.
_SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and its probability, from py3langid's bundled model."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


def check_english(text: str, *, min_chars: int, confidence: float) -> str:
    """Return "en", or raise NotEnglish when the text is confidently another language."""
    if len(text) < min_chars:
        return "en"
    lang, prob = detect_language(text)
    if lang != "en" and prob >= confidence:
        raise NotEnglish(
            f"text looks like '{lang}' (p={prob:.2f}), not English; "
            "dateline's models read English only"
        )
    return "en"
