"""Where an event happened: the place governing its clause, else the dateline's place
(`event_place`); and the article's main location, the place its lede is set in
(`main_location`), which `dateline.events` uses for events of the story it tells.

"in Kabul", "during a visit to Kabul", "at the Geneva conference": a place mention reached
from a locative preposition, directly or as the modifier of the preposition's object
(`setting_preposition`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dateline.lang.clauses import modified_head
from dateline.lang.words import MISSION_NOUNS, PEOPLE_NOUNS
from dateline.places.resolve import (
    LOCATIVE_PREPOSITIONS,
    PLACE_KINDS,
    PlaceResults,
    ResolvedPlace,
    governing_preposition,
)

__all__ = ["LOCATIVE_PREPOSITIONS", "EventPlace", "MainLocation", "event_place", "lede",
           "main_location", "setting_preposition", "within"]


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
            if inside and setting_preposition(mention, place) is not None:
                distance = abs(mention.start - trigger.i) if trigger is not None else mention.start
                governed.append((distance, place))
    if governed:
        return EventPlace(min(governed, key=lambda item: item[0])[1], "explicit")
    if places.dateline is not None:
        return EventPlace(places.dateline, "dateline")
    return EventPlace(None, None)


# Prepositions that say where the news happened, for the article's main location ("in
# Kabul", "during a visit to Kabul"); "from" and "toward" name where it did not.
_WHERE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "to", "into",
                                 "across", "throughout", "within", "around"})
# How many sentences open an article (its lede), where its main location is named.
LEDE_SENTENCES = 2
# Dependencies that open a clause of their own (a relative clause, a participle or
# appositive describing a noun, a parenthetical): places there describe something else.
_OWN_CLAUSE = frozenset({"relcl", "acl", "appos", "parataxis"})
_COUNTRY_FEATURES = frozenset({"PCLI", "CONT", "RGN"})
# Nouns a country's name modifies to say whose they are, wherever they are: people ("US
# troops", "all US workers") and a state's missions abroad ("the US embassy").
_WHOSE_NOUNS = PEOPLE_NOUNS | MISSION_NOUNS
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def setting_preposition(mention: Span, place: ResolvedPlace) -> Token | None:
    """The locative preposition that sets something at the place (`governing_preposition`),
    but none for a country that only modifies the people or the mission abroad the phrase
    names: "extended to all US workers at RAF Croughton", "talks at the US embassy". A town
    still sets it ("at the Kabul police headquarters", "Kabul residents"), and so do a country
    that is the phrase's own noun ("in Iran") and one whose body sits at home ("in
    Argentina's National Congress")."""
    preposition = governing_preposition(mention)
    if preposition is None or place.feature not in _COUNTRY_FEATURES:
        return preposition
    noun = modified_head(mention.root, _NOUN_MODIFIER_DEPS)
    return None if noun != mention.root and noun.lemma_.lower() in _WHOSE_NOUNS else preposition


def _main_unit(token: Token) -> bool:
    """The token is in its sentence's own clause, not in a relative clause, appositive,
    parenthetical or a noun's participle."""
    current = token
    while current.head != current:
        if current.dep_ in _OWN_CLAUSE:
            return False
        current = current.head
    return True


def lede(doc: Doc) -> list[Span]:
    """The article's first sentences that tell something (have a verb): not a date line or
    a headline fragment."""
    told = [s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)]
    return told[:LEDE_SENTENCES]


@dataclass(frozen=True)
class MainLocation:
    """The article's main location and the lede clauses set there (whose actors are the
    story's protagonists in that place)."""

    place: ResolvedPlace
    clauses: tuple[Token, ...]


def main_location(doc: Doc, places: PlaceResults) -> MainLocation | None:
    """Where the article's news happens, when its lede says so clearly: the place its
    opening sentences' own clauses are set in ("… said on Wednesday during a visit to
    Kabul", "marched in London on Saturday"). A town named with its country ("Christchurch,
    New Zealand") is the town; two towns, or two countries, are no one main location."""
    sentences = lede(doc)
    found: list[ResolvedPlace] = []
    clauses: list[Token] = []
    for place in places.places:
        for mention in place.mentions:
            if not any(s.start <= mention.start < s.end for s in sentences):
                continue
            preposition = setting_preposition(mention, place)
            if (preposition is None or preposition.lower_ not in _WHERE_PREPOSITIONS
                    or not _main_unit(preposition)):
                continue
            if place not in found:
                found.append(place)
            clause = preposition
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            clauses.append(clause)
    found = [p for p in found if not any(within(p, other, sentences) for other in found)]
    if not found:
        return None
    specific = [p for p in found if p.feature not in _COUNTRY_FEATURES or p.candidate is None]
    if len(specific) > 1:
        return None
    countries = {p.country for p in found if p.country}
    if len(countries) > 1:
        return None
    return MainLocation(specific[0] if specific else found[0], tuple(clauses))


def _in_the_kind_of(inner: Span, outer: Span) -> bool:
    """"Freedom Plaza in the US capital city of Washington": the outer place named after the
    kind of place the inner one is in."""
    root = outer.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    kind = root.head.head
    return (kind.lemma_.lower() in PLACE_KINDS and kind.dep_ == "pobj"
            and kind.head.lower_ == "in" and inner.start <= kind.head.head.i < inner.end)


def within(outer: ResolvedPlace, inner: ResolvedPlace, sentences: list[Span]) -> bool:
    """The sentences name `outer` as what holds `inner`: right after it ("Minsk, Belarus",
    "Blenheim Palace in Oxfordshire, England", "in Forbury Gardens in Reading") or as a
    broader unit of the same country."""
    if outer is inner:
        return False
    for mention in inner.mentions:
        if not any(s.start <= mention.start < s.end for s in sentences):
            continue
        doc = mention.doc
        for other in outer.mentions:
            gap = doc[mention.end:other.start]
            if 0 <= other.start - mention.end <= 2 and all(t.lower_ in (",", "in") for t in gap):
                return True
            if _in_the_kind_of(mention, other):
                return True
    return (outer.feature in _COUNTRY_FEATURES | {"ADM1"} and inner.country is not None
            and outer.country == inner.country and inner.feature not in _COUNTRY_FEATURES
            and outer.feature != inner.feature)
