"""Name keys: the folded form two spellings of one name meet at.

One module, four named variants, because four lookups need four foldings:

- `name_key`: the actor dictionaries' key. Lower case, possessives and punctuation dropped,
  hyphens and dashes as spaces: "U.S." -> "us", "al-Qaeda" -> "al qaeda", "Iran's" ->
  "iran". Accents and a leading "the" are kept (the dictionaries list "the Hague").
- `place_key`: the gazetteer's index key (the built SQLite file holds these keys, so a
  change here needs `places.gazetteer.BUILD_VERSION` bumped). Case (casefold), accents,
  dots and a leading "the" dropped; hyphens and other punctuation kept: "the U.S." -> "us",
  "Québec" -> "quebec", "Guinea-Bissau" -> "guinea-bissau".
- `token_keys` / `span_key`: the entity stage's key, over a Span's tokens. Each token keeps
  only its ASCII letters and digits, so "U.S." and "US" agree token by token and surnames
  match across mentions ("Shamkhani" in "Ali Shamkhani").
- `participant_key`: the event store's key for comparing participants' names across
  articles. Lower case, accents dropped, punctuation as spaces, a leading "the" dropped:
  "The Taliban" -> "taliban", "U.S." -> "u s", "Iran's" -> "iran s".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store reads names without loading spaCy
    from spacy.tokens import Span

__all__ = ["fold_accents", "name_key", "participant_key", "place_key", "span_key",
           "token_keys"]

# Names recur within and across articles: the short ones' keys are remembered.
_CACHED_CHARS = 100

_POSSESSIVE = re.compile(r"['’]s\b|['’]\B")
_NOT_WORD = re.compile(r"[^\w\s-]+")
_SEPARATORS = re.compile(r"[\s_\-–]+")
_SPACES = re.compile(r"\s+")
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_PUNCTUATION = re.compile(r"[^\w\s]")
_LEADING_ARTICLE = "the "


def fold_accents(text: str) -> str:
    """"Québec" -> "Quebec": compatibility-decomposed, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _without_article(text: str) -> str:
    return text[len(_LEADING_ARTICLE):] if text.startswith(_LEADING_ARTICLE) else text


# ---------------------------------------------------------------------------- actors


def _name_key(text: str) -> str:
    text = _POSSESSIVE.sub("", text.lower())
    text = _NOT_WORD.sub("", text)
    return " ".join(w for w in _SEPARATORS.split(text) if w)


_short_name_key = lru_cache(maxsize=1 << 16)(_name_key)


def name_key(text: str) -> str:
    """The key an actor name is looked up by: "Iran's" -> "iran", "U.S.-led" -> "us led"."""
    return _short_name_key(text) if len(text) <= _CACHED_CHARS else _name_key(text)


# ---------------------------------------------------------------------------- places


def _place_key(text: str) -> str:
    folded = fold_accents(text.replace("’", "'")).casefold()
    folded = _SPACES.sub(" ", folded.replace(".", "")).strip()
    return _without_article(folded)


_short_place_key = lru_cache(maxsize=1 << 16)(_place_key)


def place_key(text: str) -> str:
    """The form place names are indexed and looked up by: case, accents, dots and a leading
    "the" do not matter ("the U.S." = "US", "Québec" = "Quebec")."""
    return _short_place_key(text) if len(text) <= _CACHED_CHARS else _place_key(text)


# ---------------------------------------------------------------------------- entities


def token_keys(span: Span) -> list[str]:
    """Lower-case tokens without dots, possessives or accents: "U.S." and "US" get the same
    key, and so do "Erdoğan" and "Erdogan" (one article may spell a name both ways)."""
    keys = [_NOT_ASCII_ALNUM.sub("", (t.text if t.text.isascii() else fold_accents(t.text))
                                 .lower()) for t in span]
    return [k for k in keys if k]


def span_key(span: Span) -> str:
    """A span's token keys as one string: "the U.S. Navy" -> "the us navy"."""
    return " ".join(token_keys(span))


# ---------------------------------------------------------------------------- store


def participant_key(name: str) -> str:
    """Lower case, no accents or punctuation, no leading 'the'."""
    text = fold_accents(name).lower()
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _without_article(text)
