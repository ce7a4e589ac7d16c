"""The anchor date relative expressions are resolved against, and the dateline's date.

The anchor is the publication date. Without one, a full date written in the dateline
("KABUL, Dec 26, 2018 (Reuters) -") or on a line of its own near the top of the text
("March 01, 2008" under the headline) stands in. With none of these, relative expressions
stay unresolved rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.record import Article
from dateline.times.grammar import Timex, normalize

__all__ = ["anchor_date", "dateline_date", "published_date"]

# How far into the text a date line may sit: headline plus a byline, as web pages print
# them (calibrated on the MEANTIME Wikinews layout: headline, then the date line).
_TOP_LINES = 3


def published_date(article: Article | None) -> date | None:
    if article is None or not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _day_of(timex: Timex | None) -> date | None:
    if timex is None or timex.granularity != "day" or timex.value is None:
        return None
    try:
        return date.fromisoformat(timex.value)
    except ValueError:
        return None


def dateline_date(article: Article | None) -> date | None:
    """The day the dateline gives ("Dec 26"), its year taken from the publication date
    when it writes none; None when there is no dateline date or no way to place it."""
    if article is None or article.dateline is None or not article.dateline.date:
        return None
    return _day_of(normalize(article.dateline.date, published_date(article)))


def _date_line(text: str) -> date | None:
    for line in text.splitlines()[:_TOP_LINES]:
        stripped = line.strip()
        if stripped and re.fullmatch(r"[\w ,.]+", stripped):
            day = _day_of(normalize(stripped))
            if day is not None:
                return day
    return None


def anchor_date(article: Article | None) -> date | None:
    """Publication date, else a dated dateline, else a date line at the top of the text."""
    if article is None:
        return None
    return published_date(article) or dateline_date(article) or _date_line(article.text)
