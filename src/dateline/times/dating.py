"""Event dating: the date of a clause from the time expression governing it, else the
dateline's date, else the publication date, with the basis said (record.EventDate)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from dateline.record import Article
from dateline.times.anchor import dateline_date, published_date
from dateline.times.detect import TimeRef, governing_verb

__all__ = ["ClauseDate", "date_clause"]

Basis = Literal["explicit", "dateline", "published"]


@dataclass(frozen=True)
class ClauseDate:
    """When a clause happened. `time` is the governing expression when basis is explicit;
    `value` is None only when the article has no date at all."""

    value: str | None
    granularity: str | None
    basis: Basis
    time: TimeRef | None = None


def _points_in_time(times: Sequence[TimeRef]) -> list[TimeRef]:
    """Expressions that can date an event: resolved DATE/TIME values, not durations, sets
    or vague references (PRESENT_REF)."""
    return [t for t in times if t.timex.type in ("DATE", "TIME") and t.timex.value
            and t.timex.value[:1].isdigit()]


def governing_time(clause: Span | Token, times: Sequence[TimeRef]) -> TimeRef | None:
    """The time expression attached to the clause's verb (its own or one of its nominal
    dependents'), nearest first; None when the clause has none."""
    root = clause.root if isinstance(clause, Span) else clause
    verb = governing_verb(root)
    if verb is None:
        return None
    attached = []
    for time in _points_in_time(times):
        head = time.span.root.head if time.span.root.head != time.span.root else None
        if head is None:
            continue
        if head.i >= time.span.start and head.i < time.span.end:
            continue
        governor = governing_verb(head)
        if governor is not None and governor.i == verb.i:
            attached.append(time)
    if not attached:
        return None
    return min(attached, key=lambda t: abs(t.span.root.i - root.i))


def date_clause(clause: Span | Token, times: Sequence[TimeRef], article: Article | None
                ) -> ClauseDate:
    """The clause's date: explicit, else the dateline's, else the publication date."""
    time = governing_time(clause, times)
    if time is not None:
        return ClauseDate(time.timex.value, time.timex.granularity, "explicit", time)
    if (day := dateline_date(article)) is not None:
        return ClauseDate(day.isoformat(), "day", "dateline")
    day = published_date(article)
    return ClauseDate(day.isoformat() if day else None, "day" if day else None, "published")
