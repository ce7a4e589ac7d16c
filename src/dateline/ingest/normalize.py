"""Text normalization and the content hash that names an article."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
# No-break and typographic spaces read as plain spaces; zero-width characters go.
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060]")


def normalize_text(text: str) -> str:
    """NFC, LF line ends, plain spaces, no control characters or trailing spaces, trimmed.

    Quote marks and dashes are kept as written: the quote and dateline stages read them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = _ZERO_WIDTH.sub("", _ODD_SPACE.sub(" ", text))
    text = _TRAILING_SPACE.sub("\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """Stable article id: the first 16 bytes of SHA-256 over the normalized UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
