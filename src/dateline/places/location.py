"""Where an event happened: the place governing its clause, else the dateline's place.

"in Kabul", "during a visit to Kabul", "at the Geneva conference": a place mention reached
from a locative preposition, directly or as the modifier of the preposition's object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from dateline.places.resolve import (
    LOCATIVE_PREPOSITIONS,
    PlaceResults,
    ResolvedPlace,
    governing_preposition,
)

__all__ = ["LOCATIVE_PREPOSITIONS", "EventPlace", "event_place"]


@dataclass(frozen=True)
class EventPlace:
    place: ResolvedPlace | None
    basis: Literal["explicit", "dateline"] | None


def event_place(clause: Span, places: PlaceResults, trigger: Token | None = None) -> EventPlace:
    """The place that governs `clause` (the nearest to `trigger` when several do), else the
    dateline's place with basis "dateline", else no place."""
    governed: list[tuple[int, ResolvedPlace]] = []
    for place in places.places:
        for mention in place.mentions:
            inside = clause.start <= mention.start and mention.end <= clause.end
            if inside and governing_preposition(mention) is not None:
                distance = abs(mention.start - trigger.i) if trigger is not None else mention.start
                governed.append((distance, place))
    if governed:
        return EventPlace(min(governed, key=lambda item: item[0])[1], "explicit")
    if places.dateline is not None:
        return EventPlace(places.dateline, "dateline")
    return EventPlace(None, None)
