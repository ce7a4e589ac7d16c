"""Wire-story datelines ("TEHRAN –", "KABUL, Dec 26 (Reuters) -", "WASHINGTON (AP) —").

The dateline is cut from the front of the text, or from the front of the paragraph after a
headline (and a deck) that the text opens with, and kept in `article.dateline`; every offset
in the record points into the text that is left.
"""

from __future__ import annotations

import re

from dateline.record import Dateline

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_WIRE = re.compile(
    rf"""
    (?P<location>[A-Z][A-Z\u00C0-\u00DE.'’\-]*(?:\s[A-Z\u00C0-\u00DE.'’\-]+){{0,3}})  # PLACE
    (?:,\s(?!{_MONTH}\s)(?P<region>[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?))?   # ", Lebanon"
    (?:,\s(?P<date>{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?))?                  # ", Dec 26"
    \s?(?:\((?P<agency>[A-Za-z][\w .&/-]{{0,30}})\))?                       # "(Reuters)"
    \s?[-–—]{{1,2}}[ \t]+
    (?=[A-Z0-9“"‘'])                                                       # body starts a sentence
    """,
    re.VERBOSE,
)

# Some sites open with the date alone on the first line ("Friday, January 4, 2019").
_DATE_LINE = re.compile(rf"(?P<date>(?:{_DAY},\s)?{_MONTH}\s\d{{1,2}},\s\d{{4}})[ \t]*\n+")


# A story's text often opens with its headline and a deck, each a short line of its own,
# before the dateline: "Obama Says Museum Will Tell of 'Suffering'\n\nWASHINGTON -- President
# Obama, …". At most this many such lines, of at most this many words each.
_HEAD_LINES = 3
_HEAD_WORDS = 25
_LINE_END = re.compile(r"[ \t]*\n\s*")


def split_dateline(text: str) -> tuple[Dateline | None, str]:
    """Return the dateline found at the start of `text` (or None) and the text without it: a
    wire dateline may follow a headline's lines ("Headline\n\nWASHINGTON (AP) — …"), which
    are kept; a dateline read as a body's first words would be the subject of its sentence."""
    found, body = _leading_dateline(text)
    start = lines = 0
    while found is None and lines < _HEAD_LINES:
        end = _LINE_END.search(text, start)
        if end is None or len(text[start:end.start()].split()) > _HEAD_WORDS:
            return None, text
        start, lines = end.end(), lines + 1
        found, body = _leading_dateline(text[start:], wire_only=True)
    return (found, text[:start] + body) if found is not None else (None, text)


def _leading_dateline(text: str, wire_only: bool = False) -> tuple[Dateline | None, str]:
    match = _WIRE.match(text)
    if match and len(match.group("location")) >= 2:
        location = match.group("location").strip()
        if match.group("region"):
            location = f"{location}, {match.group('region')}"
        dateline = Dateline(
            text=text[: match.end()].rstrip(),
            location=location,
            date=match.group("date"),
            agency=match.group("agency"),
        )
        return dateline, text[match.end() :]
    match = None if wire_only else _DATE_LINE.match(text)
    if match:
        return Dateline(text=match.group("date"), date=match.group("date")), text[match.end() :]
    return None, text
