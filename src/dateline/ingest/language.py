"""Language check: dateline's models read English only, so other languages are refused.

Every text is checked, however short, by py3langid's bundled model. Two rules refuse one:

- *odds* (any length): the likeliest language is not English and is at least
  `odds` (default 200) times likelier than English. Short texts are where this matters:
  the identifier's confidence in its top language is unreliable on a sentence (an English
  date line scores 0.85 for Nigerian Pidgin), but English itself keeps a real share of the
  probability on English text and almost none on a French or German sentence. On the
  bundled and shared English news (2,091 articles; 1,216 titles, paragraphs and sentences
  under 200 characters) the highest odds against English were 42; on short French,
  German, Spanish, Italian, Portuguese, Dutch, Swedish, Russian and Polish sentences of 6
  to 15 words the lowest were 1,240.
- *confidence* (texts of `min_chars` characters or more, as before): the likeliest language
  is not English with probability >= `confidence` (0.9).

A text with fewer than `min_words` (3) words that start with a lowercase letter is not
judged and passes as English: a headline in title case ("Iran Hosts Taliban Talks") or a
list of names ("Juan Guaidó, Nicolás Maduro", "Recep Tayyip Erdoğan") says nothing of its
language, and the identifier gives such names odds of several hundred against English.
Text written mostly in a script without letter case (Arabic, Chinese, ...) is always judged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Any

from dateline.errors import NotEnglish

# Enough text for a confident verdict; more only costs time. On the 2,091 English news
# articles of ../shared/data/news the highest odds against English were 4.6 on their first
# 2,000 characters and 4.9 on their first 1,000 (refused from 200), in half the time.
_SAMPLE_CHARS = 1000
# How many times likelier than English another language must be to refuse a text.
DEFAULT_ODDS = 200.0
# Words starting with a lowercase letter that a text needs before it is judged at all.
MIN_PROSE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and its probability, from py3langid's bundled model."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


def language_odds(text: str) -> tuple[str, float, float]:
    """The likeliest language, its probability, and how many times likelier it is than
    English (1.0 when it is English)."""
    ranked = dict(_identifier().rank(text[:_SAMPLE_CHARS]))
    lang = max(ranked, key=ranked.__getitem__)
    prob, english = float(ranked[lang]), float(ranked.get("en", 0.0))
    return str(lang), prob, prob / english if english > 0 else float("inf")


def judgeable(text: str, min_words: int = MIN_PROSE_WORDS) -> bool:
    """Whether the text has enough running prose to tell its language: `min_words` words
    starting with a lowercase letter, or mostly letters of a script without case."""
    sample = text[:_SAMPLE_CHARS]
    letters = "".join(filter(str.isalpha, sample))
    # ASCII letters all have a case: only other letters need counting one by one
    cased = len(letters) if letters.isascii() else sum(
        1 for c in letters if c.isupper() or c.islower())
    if letters and cased < len(letters) / 2:
        return True
    lowercase = (1 for w in _WORD.finditer(sample) if w[0][0].islower())
    return sum(islice(lowercase, min_words)) >= min_words  # no need to count past it


def check_english(text: str, *, min_chars: int, confidence: float,
                  odds: float = DEFAULT_ODDS, min_words: int = MIN_PROSE_WORDS) -> str:
    """Return "en", or raise NotEnglish when the text is another language (see the module
    docstring for the two rules and the texts too short to judge)."""
    if not judgeable(text, min_words):
        return "en"
    lang, prob, against = language_odds(text)
    if lang == "en":
        return "en"
    if against >= odds or (len(text) >= min_chars and prob >= confidence):
        times = f"{against:,.0f}" if against < 1e6 else "over a million"
        raise NotEnglish(
            f"text looks like '{lang}' (p={prob:.2f}, {times} times likelier than English), "
            "not English; dateline's models read English only"
        )
    return "en"
