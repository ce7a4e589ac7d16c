"""One event per real-world event: when two article-level events are the same event.

GDELT counts reports, not events: ten articles about one meeting become ten meetings.
dateline stores each real-world event once, links it to every report (`reports` table)
and keeps a `report_count` (distinct articles) and `mention_count` (article-level events).

The matching rule (conservative: when in doubt, two events stay two). An incoming
article-level event joins a stored event only when ALL of these hold:

1. **Same type**, same `negated` flag, and the same realis: asserted/reported events never
   merge with future/hypothetical/conditional ones (a planned meeting is not the meeting).
2. **Same date**: equal date values at the same granularity ("2018-12-26" day with
   "2018-12-26" day; "2018-12" month only with "2018-12" month). Undated events never merge.
3. **Compatible places**: either side unknown, or the same GeoNames id, or (without ids)
   the same name, or the same country when one side is the country itself (feature PCL*).
4. **Overlapping actors**: participants are compared side by side (source with source,
   target with target), except for reciprocal types (CONSULT, AGREE, COOPERATE: the PLOVER
   manual codes "A met B" and "A and B met" alike), whose participants form one side. Two
   participants are the same when their Wikidata ids agree; else, when neither has an actor
   code that contradicts the other, their names match (equal after normalization, or one
   name's words all in the other's: "Shamkhani" ~ "Ali Shamkhani") or they share an actor
   code and a sector ("Iranian officials" IRN GOV ~ "Ali Shamkhani" IRN GOV). The overlap is
   (matched participants of A + matched participants of B) / (participants of A + of B);
   it must reach `threshold` (setting `DATELINE_DEDUP_THRESHOLD`, default 0.75: every
   participant matched, or one extra participant among four or more). Events without any
   participant never merge.

Of several stored events that qualify, the one with the highest overlap wins (then the
oldest). The same rule collapses repeated mentions of one event within one article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.lang.names import participant_key
from dateline.record import HAPPENED_MODALITIES

DEFAULT_THRESHOLD = 0.75
# PLOVER (manual 0.8, "Compound and Reciprocal Actors"): in a meeting all entities may be
# coded as the actor with no recipient; agreements and cooperation are mutual in the same way.
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Participant:
    """One actor of an event as the store keeps it."""

    role: str  # "source" or "target"
    name: str
    code: str | None = None
    sector: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class PlaceKey:
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    feature: str | None = None


@dataclass(frozen=True)
class EventKey:
    """What the matching rule looks at, for a stored event or an incoming one."""

    type: str
    date_value: str | None
    date_granularity: str | None
    negated: bool
    modality: str
    place: PlaceKey | None
    participants: tuple[Participant, ...]


def same_participant(a: Participant, b: Participant) -> bool:
    if a.wikidata and b.wikidata:
        return a.wikidata == b.wikidata
    if a.code and b.code and a.code != b.code:
        return False
    key_a, key_b = participant_key(a.name), participant_key(b.name)
    if key_a and key_a == key_b:
        return True
    words_a, words_b = set(key_a.split()), set(key_b.split())
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return True
    # Same code alone is too coarse ("Iran" is not every Iranian); a shared sector too.
    return bool(a.code and a.code == b.code and set(a.sector) & set(b.sector))


def realis(modality: str) -> bool:
    return modality in HAPPENED_MODALITIES


def same_date(a: EventKey, b: EventKey) -> bool:
    return (a.date_value is not None and a.date_value == b.date_value
            and a.date_granularity == b.date_granularity)


def compatible_places(a: PlaceKey | None, b: PlaceKey | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and b.geonameid is not None:
        if a.geonameid == b.geonameid:
            return True
    elif a.name and b.name and participant_key(a.name) == participant_key(b.name):
        return True
    country_level = (a.feature or "").startswith("PCL") or (b.feature or "").startswith("PCL")
    return bool(a.country and a.country == b.country and country_level)


def _sides(key: EventKey) -> dict[str, list[Participant]]:
    if key.type in RECIPROCAL_TYPES:
        return {"all": list(key.participants)}
    sides: dict[str, list[Participant]] = {"source": [], "target": []}
    for participant in key.participants:
        sides[participant.role].append(participant)
    return sides


def _matched(ours: Sequence[Participant], theirs: Sequence[Participant]) -> int:
    return sum(any(same_participant(p, q) for q in theirs) for p in ours)


def actor_overlap(a: EventKey, b: EventKey) -> float:
    """Share of both events' participants matched by one on the same side of the other."""
    total = len(a.participants) + len(b.participants)
    if not a.participants or not b.participants:
        return 0.0
    sides_a, sides_b = _sides(a), _sides(b)
    matched = sum(
        _matched(sides_a[side], sides_b[side]) + _matched(sides_b[side], sides_a[side])
        for side in sides_a
    )
    return matched / total


def match_score(a: EventKey, b: EventKey) -> float:
    """The actor overlap when every other condition of the rule holds, else 0."""
    if (a.type != b.type or a.negated != b.negated or realis(a.modality) != realis(b.modality)
            or not same_date(a, b) or not compatible_places(a.place, b.place)):
        return 0.0
    return actor_overlap(a, b)


def best_match(incoming: EventKey, candidates: Sequence[tuple[int, EventKey]],
               threshold: float = DEFAULT_THRESHOLD) -> int | None:
    """The id of the stored event `incoming` is a report of, or None for a new event."""
    best: tuple[float, int] | None = None
    for event_id, key in sorted(candidates, key=lambda c: c[0]):
        score = match_score(incoming, key)
        if score > 0 and score >= threshold and (best is None or score > best[0]):
            best = (score, event_id)
    return None if best is None else best[1]
