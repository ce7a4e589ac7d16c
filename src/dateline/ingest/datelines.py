"""Wire-story datelines ("TEHRAN –", "KABUL, Dec 26 (Reuters) -", "WASHINGTON (AP) —").

The dateline is cut from the front of the text and kept in `article.dateline`, so every
offset in the record points into the body that follows it.
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


def split_dateline(text: str) -> tuple[Dateline | None, str]:
    """Return the dateline found at the very start of `text` (or None) and the body after it."""
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
    match = _DATE_LINE.match(text)
    if match:
        return Dateline(text=match.group("date"), date=match.group("date")), text[match.end() :]
    return None, text
