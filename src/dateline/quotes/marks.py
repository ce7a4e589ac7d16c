"""Quotation marks: which characters open and close a quotation, on plain text.

Pure string functions, no parse. A quotation is found by pairing an opening mark with the
matching closing mark of the same family:

- double marks: curly “ ”, low „ (closed by “ or ”), straight " (open or close by context);
- guillemets « » and › ‹ in either direction (« French » and »German« use);
- single marks: curly ‘ ’ and straight ', told apart from apostrophes by context (an
  apostrophe has a letter on both sides, or closes a plural possessive only when no single
  quotation is open).

Marks of another family inside an open quotation are nested quotes: they stay inside the
outer quotation, which is what comes out. A quotation still open at a paragraph end runs on
when the next paragraph opens with a mark of the same family (the newspaper convention for
multi-paragraph quotes); otherwise it is unbalanced and closes at that paragraph end. A
closing mark without an opening one is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quoted", "find_quoted"]

# family -> (opening marks, closing marks); straight marks are in both and decided by context.
_FAMILIES: dict[str, tuple[str, str]] = {
    "double": ("“„\"", "”“\""),
    "guillemet": ("«»", "»«"),
    "angle": ("‹›", "›‹"),
    "single": ("‘'", "’'"),
}
_FAMILY_OF: dict[str, str] = {
    mark: family for family, (opens, closes) in _FAMILIES.items() for mark in opens + closes
}
_PARAGRAPH_BREAK = re.compile(r"\n")
_OPEN_BEFORE = " \t\n([{—–-/:;,"


@dataclass(frozen=True)
class Quoted:
    """A quotation: `start` at its opening mark, `end` just after its closing mark.

    `closed` is False when the text ran out (or a paragraph ended) before the closing mark.
    """

    start: int
    end: int
    family: str
    closed: bool = True


def find_quoted(text: str) -> list[Quoted]:
    """The outermost quotations of `text`, in order, with nested ones left inside."""
    found: list[Quoted] = []
    paragraphs = _paragraphs(text)
    # The open quotation: (start, family, opening mark) or None.
    pending: tuple[int, str, str] | None = None
    inner: list[tuple[str, str]] = []  # nested quotations open inside `pending`
    for p, (p_start, p_end) in enumerate(paragraphs):
        if pending is not None:
            # A quotation left open at the previous paragraph's end.
            first = _first_visible(text, p_start, p_end)
            start, open_family, _ = pending
            if (first is None or _FAMILY_OF.get(text[first]) != open_family
                    or not _opens(text, first)):
                end = _trim_end(text, paragraphs[p - 1][1])
                found.append(Quoted(start, end, open_family, False))
                pending = None
            inner = []
        i = p_start
        while i < p_end:
            char = text[i]
            family = _FAMILY_OF.get(char)
            if family is None:
                i += 1
                continue
            if pending is None:
                if _opens(text, i):
                    pending = (i, family, char)
                i += 1
                continue
            start, open_family, open_mark = pending
            continuing = i == _first_visible(text, p_start, p_end) and i > start
            if family == open_family and not continuing and _closes(text, i, open_mark):
                if inner and inner[-1][0] == family:
                    inner.pop()  # closes a nested quotation of the same family
                else:
                    found.append(Quoted(start, i + 1, family))
                    pending, inner = None, []
            elif family != open_family:
                if inner and inner[-1][0] == family and _closes(text, i, inner[-1][1]):
                    inner.pop()
                elif _opens(text, i) and not _is_apostrophe(text, i):
                    inner.append((family, char))
            i += 1
    if pending is not None:
        found.append(Quoted(pending[0], _trim_end(text, len(text)), pending[1], False))
    return [q for q in found if q.end > q.start + 1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line: a newline ends a paragraph in normalized article text."""
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _is_apostrophe(text: str, i: int) -> bool:
    if text[i] not in "'’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # don't, Iran's, rock 'n' roll, '90s
    return (before.isalnum() and after.isalnum()) or (after.isdigit() and not before.isalnum())


def _opens(text: str, i: int) -> bool:
    """Whether the mark at `i` can open a quotation here."""
    char = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if after.isspace() and char not in "«»‹›":
        return False
    if char in "“„‘«‹":
        return not _is_apostrophe(text, i)
    if char in "»›":  # German »…« opens with »; French « … » only closes with it
        return before.isspace() or before in _OPEN_BEFORE
    if char in "\"'":
        return (before.isspace() or before in _OPEN_BEFORE or before in "“‘«") and not (
            _is_apostrophe(text, i)
        )
    return False  # ’ and ” never open


def _closes(text: str, i: int, open_mark: str) -> bool:
    """Whether the mark at `i` closes a quotation opened with `open_mark`."""
    char = text[i]
    if char in "'’":
        if _is_apostrophe(text, i):
            return False
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalnum()
    if char == "“" and open_mark == "“":
        return False  # a second opening mark: the first one was never closed
    if char in "«‹" and open_mark in "«‹":
        return False
    if char in "»›" and open_mark in "»›":
        return False
    if char == '"':
        before = text[i - 1] if i > 0 else " "
        return not before.isspace() or i + 1 >= len(text) or not text[i + 1].isalnum()
    return True
