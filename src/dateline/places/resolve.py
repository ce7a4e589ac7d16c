"""Toponym resolution: place mentions in a parsed Doc → gazetteer places, by context.

Pure functions over a spaCy `Doc` and a `Gazetteer`. The passes:

1. toponyms are the GPE/LOC/FAC entities, plus: other entities whose whole text names a
   country, continent, region, first-level division or natural feature (the small model
   calls "Georgia" a person, "the Sahel" a product);
   ORG/PERSON entities naming a town after "in"/"into"/"near"; the country an organisation
   is named after ("U.S." in "U.S. Department of Agriculture"); unlabelled proper-noun runs
   naming a country, division or natural feature ("NSW", "the Himalayas"). "Paris, Texas"
   (one entity or two) makes "Texas" the container "Paris" must lie in, unless "Paris" is
   itself a country or follows another toponym and a comma (a list: "Virginia, Washington,
   West Virginia"). A toponym grows to the
   longest gazetteer name around it ("Beida" → "Goz Beida", "Guinea" → "Guinea-Bissau");
2. the article's country context is gathered: the dateline's place (weight 2), every
   demonym ("Iranian"), and every name that is unambiguously a country or division;
3. each distinct name is resolved once per article (one sense per discourse) by a score
   of population, feature class, whether the name is the place's own or an alternate one,
   the share of the context its country has, and for a town the share of the article's
   first-level divisions its own has ("Fairfield" in a story about Texas);
4. a name without a candidate is tried without a district word ("Pune district" is placed
   at Pune, with no geonameid of its own; "Dallas County" is a county of the gazetteer);
   names still without one are kept, with a null place, for the caller to warn about.

A natural feature's own name ("the Red Sea", "the Nile") is that feature outright; by an
alternate name ("Jordan" for the river) it is ranked as a region of NATURAL_LOG_SIZE, so a
country or a large division of that name keeps it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from dateline.data import shipped_json
from dateline.lang.clauses import modified_head, works_title
from dateline.lang.names import place_key
from dateline.lang.words import PLACE_LABELS
from dateline.nlp import token_table
from dateline.places.gazetteer import NATURAL_FEATURES, Candidate, Gazetteer

__all__ = ["FEATURES", "HAND_RANKER", "PLACE_KINDS", "PlaceResults", "Ranker", "ResolvedPlace",
           "Toponym", "candidates_for", "features", "find_toponyms", "governing_preposition",
           "load_ranker", "name_candidates", "named_after", "resolve_places", "use_ranker"]

TOPONYM_LABELS = PLACE_LABELS | frozenset({"FAC"})
# Other labels the small model gives place names to ("the Sahel" is a PRODUCT); taken only
# for big-unit names and natural features' own names.
_MISLABELLED = frozenset({"PERSON", "ORG", "NORP", "PRODUCT"})
_BIG_UNITS = frozenset({"PCLI", "CONT", "RGN", "ADM1"})
# What a LOC entity may name besides a city: a unit, a county, a natural feature.
_LOC_FEATURES = _BIG_UNITS | NATURAL_FEATURES | {"ADM2"}
_DETERMINERS = frozenset({"the", "The"})
_MAX_NAME_TOKENS = 4
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "to", "into", "from", "near", "outside", "inside", "across", "throughout",
    "within", "around", "toward", "towards",
})
# Prepositions after which a proper name is a place, not a person or organisation.
_PLACE_ONLY_PREPOSITIONS = frozenset({"in", "into", "near", "outside", "inside", "throughout",
                                      "across", "within"})
# How a place name may hang below a preposition's object ("the Geneva conference").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
# Words that make a district of the place it is named after (see `named_after`).
_DISTRICT_WORDS = frozenset({
    "county", "province", "region", "prefecture", "district", "governorate", "municipality",
    "valley", "city", "state", "oblast", "parish",
})
# Nouns for the kind of place a name after "of" is: "the city of Mosul", "the state of Ohio".
PLACE_KINDS = _DISTRICT_WORDS | frozenset({"town", "village", "country", "island", "capital",
                                            "republic", "kingdom", "port", "area"})
# A town taken from an ORG/PERSON entity in a place slot must be at least this big.
SLOT_TOWN_POPULATION = 10_000

# Score weights, calibrated by hand on GeoVirus (the dev set; `dateline eval places`):
# population counts one point per power of ten; a country or capital outranks a same-named
# town, so "Georgia" alone is the country; a context share of 1.0 is worth CONTEXT points,
# enough for "Georgia" among US places to become the state. GeoVirus barely tells these
# apart: acc161 moved by at most 0.002 over CONTEXT 1.5-4 and ALTERNATE_NAME_PENALTY 1-2.5.
# A division has no prior over a town of its name: its population is spread over its land,
# and news names cities ("Gaza", "Washington") far more often than provinces.
FEATURE_PRIOR = {"PCLI": 1.5, "CONT": 1.0, "RGN": 1.0, "PPLC": 1.0, "ADM1": 0.0, "PPL": 0.0}
ALTERNATE_NAME_PENALTY = 1.5
CONTEXT = 3.0
# A town in a first-level division the article names ("Austin" in a story about Indiana)
# gains up to this much, by that division's share of the divisions named.
ADMIN1_CONTEXT = 2.0
CONTAINER = 10.0
DATELINE_WEIGHT = 2.0
# Datelines name towns: a dateline's place is a city unless no city has that name.
DATELINE_CITY_PRIOR = 3.0
# A town named by a LOC entity must be this big (the model labels a few cities LOC).
LOC_TOWN_POPULATION = 100_000
# A natural feature (sea, river, desert; NATURAL_FEATURES) has no population: it is ranked as
# a region as big as a place of this many people (log10), so by an alternate name ("Jordan"
# for the river) it loses to a country or large division of that name and wins over a
# village. By one of its own names it is taken outright (`candidates_for`).
NATURAL_LOG_SIZE = 6.0


K = TypeVar("K")

# One reading of a name in an article: its key, its container's key, whether it is a LOC.
Sense = tuple[str, str | None, bool]


@dataclass(frozen=True)
class Toponym:
    """A place name in the text, with the place it is said to lie in ("Paris, Texas")."""

    span: Span
    within: str | None = None


@dataclass(eq=False)
class ResolvedPlace:
    """One place of the article, with every mention of it (none for a dateline-only place)."""

    name: str
    mentions: list[Span] = field(default_factory=list)
    candidate: Candidate | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None  # first-level division name, when the gazetteer has it
    # True when the place is only named after `candidate` ("Dallas County": Dallas): it lies
    # there or near, but is not that gazetteer entry, so it has no geonameid or feature.
    named_after: bool = False

    @property
    def geonameid(self) -> int | None:
        return self.candidate.geonameid if self.candidate and not self.named_after else None

    @property
    def feature(self) -> str | None:
        return self.candidate.feature if self.candidate and not self.named_after else None


@dataclass
class PlaceResults:
    places: list[ResolvedPlace] = field(default_factory=list)
    dateline: ResolvedPlace | None = None

    def places_at(self, i: int) -> list[ResolvedPlace]:
        """The places one of whose mentions covers token `i`."""
        return [place for place in self.places
                if any(m.start <= i < m.end for m in place.mentions)]

    def place_of(self, span: Span) -> ResolvedPlace | None:
        """The place a mention span belongs to, if any."""
        for place in self.places:
            if any(m.start == span.start and m.end == span.end for m in place.mentions):
                return place
        return None


def _trim(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].text in _DETERMINERS:
        start += 1
    end = span.end
    while end > start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return span.doc[start:end]


def _is_big_unit(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.main_name and c.feature in _BIG_UNITS for c in gazetteer.candidates(text))


def _is_natural(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.main_name and c.feature in NATURAL_FEATURES for c in gazetteer.candidates(text))


def _is_country(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.main_name and c.feature in {"PCLI", "CONT", "RGN"}
               for c in gazetteer.candidates(text))


def find_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """The place names of `doc`, in order, each with its stated container if any."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in TOPONYM_LABELS or (
                ent.label_ in _MISLABELLED and (_is_big_unit(gazetteer, _trim(ent).text)
                                                or _is_natural(gazetteer, _trim(ent).text))
                and not (ent.label_ == "PERSON" and _a_source(_trim(ent)))):
            spans.extend(_split_on_comma(_trim(ent), gazetteer))
        elif ent.label_ in _MISLABELLED and _town_in_place_slot(_trim(ent), gazetteer):
            spans.append(_trim(ent))
        elif ent.label_ == "ORG" and (prefix := _leading_unit(ent, gazetteer)) is not None:
            spans.append(prefix)
    spans.extend(_untagged_units(doc, gazetteer))
    spans = _join_of_the(sorted(spans, key=lambda s: s.start), gazetteer)
    spans = _outermost([_extend(span, gazetteer) for span in spans])
    spans = [span for span in spans if not _in_a_time(span) and not works_title(span)]
    toponyms: list[Toponym] = []
    for n, span in enumerate(spans):
        following = spans[n + 1] if n + 1 < len(spans) else None
        previous = spans[n - 1] if n else None
        listed = (previous is not None and previous.end + 1 == span.start
                  and doc[previous.end].text == ",")  # "Virginia, Washington, West Virginia"
        within = None
        if (following is not None and following.start == span.end + 1 and not listed
                and doc[span.end].text == "," and _is_big_unit(gazetteer, following.text)
                and not _is_country(gazetteer, span.text)):  # "China, Japan" is a list
            within = following.text
        toponyms.append(Toponym(span, within))
    return toponyms


def _a_source(span: Span) -> bool:
    """The name is whom something is "according to": a source, not a place ("according to
    Yap", the official, not Yap state)."""
    head = span.root.head
    return (span.root.dep_ == "pobj" and head.lower_ == "to"
            and head.head.lower_ == "according")


def _in_a_time(span: Span) -> bool:
    """The name lies inside a time expression the times stage found ("4:00 A.M. local
    time" is no place "A.M.")."""
    doc = span.doc
    times = doc._.dateline_times if Doc.has_extension("dateline_times") else None
    return any(t.start < span.end_char and span.start_char < t.end for t in times or [])


# Lower-case words inside place names ("Rio Grande do Sul", "Bosnia and Herzegovina").
_NAME_PARTICLES = frozenset({"do", "da", "de", "del", "dos", "das", "di", "du", "la", "le",
                             "el", "al", "of", "and", "upon", "on"})
_MAX_EXTENSION = 3


def _name_token(token: Token) -> bool:
    if token.lower_ == "the":  # "The Philippines" is the toponym "Philippines"
        return False
    return token.text[:1].isupper() or token.text in {"-", "'"} or token.lower_ in _NAME_PARTICLES


def _extend(span: Span, gazetteer: Gazetteer) -> Span:
    """The longest place name the gazetteer knows that a toponym is the start, end or middle
    of: the model's "Beida" in "Goz Beida", "Rio Grande" in "Rio Grande do Sul", "Guinea" in
    "Guinea-Bissau", "New York" in "New York City"."""
    doc = span.doc
    best = span
    for left in range(0, _MAX_EXTENSION + 1):
        start = span.start - left
        if start < 0 or not all(_name_token(t) for t in doc[start:span.start]):
            break
        for right in range(0, _MAX_EXTENSION + 1):
            end = span.end + right
            if end > len(doc) or not all(_name_token(t) for t in doc[span.end:end]):
                break
            if (left or right) and len(doc[start:end]) <= 2 * _MAX_NAME_TOKENS:
                edges = (doc[start], doc[end - 1])
                if (all(t.text[:1].isupper() for t in edges) and end - start > len(best)
                        and any(c.main_name for c in gazetteer.candidates(doc[start:end].text))):
                    best = doc[start:end]
    return best


def _outermost(spans: list[Span]) -> list[Span]:
    """Spans in order without those inside another (an extended name swallowed them)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def governing_preposition(mention: Span) -> Token | None:
    """The locative preposition a place name hangs from: "in Kabul", "during a visit to
    Kabul", "at the Geneva conference" (through the noun it modifies), "at his home in the
    state of Massachusetts" (through the kind of place it names); else None."""
    token = modified_head(mention.root, _MODIFIER_DEPS)
    if (token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in PLACE_KINDS):
        token = modified_head(token.head.head, _MODIFIER_DEPS)
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
        return token.head
    return None


def _town_in_place_slot(span: Span, gazetteer: Gazetteer) -> bool:
    """A town the model labelled ORG or PERSON where only a place fits: after "in", "at",
    "near" ("flights into Malakal", "at Randwick racecourse")."""
    if not 0 < len(span) <= _MAX_NAME_TOKENS:
        return False
    preposition = governing_preposition(span)
    if preposition is None or preposition.lower_ not in _PLACE_ONLY_PREPOSITIONS:
        return False
    return any(c.main_name and c.population >= SLOT_TOWN_POPULATION
               for c in gazetteer.candidates(span.text))


def _join_of_the(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"Democratic Republic" + "of the" + "Congo", split by the model, made one name."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            previous = joined[-1]
            between = span.doc[previous.end:span.start]
            whole = span.doc[previous.start:span.end]
            if (0 < len(between) <= 2 and all(t.lower_ in {"of", "the"} for t in between)
                    and _is_big_unit(gazetteer, whole.text)):
                joined[-1] = whole
                continue
        joined.append(span)
    return joined


# Last words of a newspaper's name: "The New York Times" is published in New York, which
# says nothing of where its story happened.
_PUBLICATION_WORDS = frozenset({
    "times", "post", "herald", "journal", "tribune", "gazette", "chronicle", "telegraph",
    "globe", "examiner", "courier", "mail", "daily", "observer", "guardian", "independent",
    "inquirer", "dispatch", "sentinel"})


def _leading_unit(ent: Span, gazetteer: Gazetteer) -> Span | None:
    """The country or division an organisation is named after: "U.S." in "U.S. Department
    of Agriculture", "Queensland" in "Queensland Health"; not a newspaper's city."""
    ent = _trim(ent)
    if ent[-1].lower_ in _PUBLICATION_WORDS:
        return None
    for size in range(min(_MAX_NAME_TOKENS, len(ent) - 1), 0, -1):
        prefix = ent[:size]
        if prefix[-1].is_punct or not prefix[-1].text[:1].isupper():
            continue
        if _is_big_unit(gazetteer, prefix.text):
            return prefix
    return None


def _untagged_units(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Whole runs of proper nouns outside any entity that name a country, division or a
    natural feature by its own name ("NSW", "DRC", "the Himalayas"): the small model leaves
    some unlabelled."""
    found: list[Span] = []
    start = None
    table = token_table(doc)  # the entity type only of capitalised proper nouns
    texts, pos = table.texts, table.pos
    for i in range(len(doc) + 1):
        inside = (i < len(doc) and pos[i] == "PROPN" and texts[i][:1].isupper()
                  and not doc[i].ent_type_)
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            end = i
            run = doc[start:end]
            if end - start <= _MAX_NAME_TOKENS and (_is_big_unit(gazetteer, run.text)
                                                    or _is_natural(gazetteer, run.text)):
                found.append(run)
            start = None
    return found


def _split_on_comma(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """"Paris, Texas" as one entity → "Paris" and "Texas", when both are places."""
    for token in span:
        if token.text == "," and span.start < token.i < span.end - 1:
            head, tail = span.doc[span.start:token.i], span.doc[token.i + 1:span.end]
            if gazetteer.candidates(head.text) and _is_big_unit(gazetteer, tail.text):
                return [head, tail]
    return [span]


def _inside(candidate: Candidate, container: Candidate) -> bool:
    if container.feature in {"CONT", "RGN"}:
        return True  # continents and regions have no country list here: no penalty
    if candidate.country != container.country or candidate.id == container.id:
        return False
    return container.feature == "PCLI" or candidate.admin1 == container.admin1


# The features a candidate is ranked by (`features`), and the hand weights above as weights
# over them: the hand-weighted score is their dot product.
FEATURES = ("log_population", "country", "continent", "region", "capital", "division",
            "alternate_name", "country_context", "division_context", "container_in",
            "container_out", "proximity")
# A natural feature is ranked as a region (NATURAL_LOG_SIZE).
_ONE_HOT = {"PCLI": 1, "CONT": 2, "RGN": 3, "PPLC": 4, "ADM1": 5,
            **dict.fromkeys(NATURAL_FEATURES, 3)}
HAND_WEIGHTS = (1.0, FEATURE_PRIOR["PCLI"], FEATURE_PRIOR["CONT"], FEATURE_PRIOR["RGN"],
                FEATURE_PRIOR["PPLC"], FEATURE_PRIOR["ADM1"], -ALTERNATE_NAME_PENALTY, CONTEXT,
                ADMIN1_CONTEXT, CONTAINER, -CONTAINER, 0.0)
# Within this distance of a point the article's other names fix, a candidate's `proximity`
# is 1, falling to 0 at PROXIMITY_FAR km (on a log scale).
PROXIMITY_NEAR_KM = 50.0
PROXIMITY_FAR_KM = 5000.0


@dataclass(frozen=True)
class Ranker:
    """A linear ranking of candidates: weights over FEATURES, highest score chosen."""

    name: str
    weights: tuple[float, ...]

    def score(self, values: tuple[float, ...]) -> float:
        return sum(w * v for w, v in zip(self.weights, values, strict=True))


HAND_RANKER = Ranker("hand", HAND_WEIGHTS)
RANKER_FILE = "place_ranker.json"
_RANKERS: dict[str, Ranker] = {}
# Which ranker resolves names: the hand weights (`hand`) unless DATELINE_PLACE_RANKER says
# `learned` (the logistic regression shipped with the package, trained on GeoVirus's tune
# half); `use_ranker` overrides both (evaluation). The learned one is better on the tune half
# (acc 0.927 against 0.920) but not the default: it leans on proximity, so "Virginia,
# Washington, West Virginia" makes Washington the capital beside Virginia, not the state,
# and "Kandahar" becomes the province (tests/test_places_example.py); docs/places.md.
_CHOSEN: list[str] = []


def load_ranker(name: str | None = None) -> Ranker:
    """The ranker in use (`hand` by default), or the one named: `hand`, or `learned`
    (src/dateline/data/place_ranker.json, written by scripts/train_place_ranker.py; the hand
    weights when the file is missing)."""
    wanted = name or (_CHOSEN[-1] if _CHOSEN else
                      os.environ.get("DATELINE_PLACE_RANKER") or "hand")
    if wanted == "hand":
        return HAND_RANKER
    if wanted not in _RANKERS:
        data = shipped_json(RANKER_FILE)
        if data is None:
            return HAND_RANKER
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{RANKER_FILE} was trained on other features; retrain it")
        _RANKERS[wanted] = Ranker("learned", tuple(float(w) for w in data["weights"]))
    return _RANKERS[wanted]


@contextmanager
def use_ranker(name: str) -> Iterator[None]:
    """Resolve with the `hand` or `learned` ranker inside the block."""
    _CHOSEN.append(name)
    try:
        yield
    finally:
        _CHOSEN.pop()


def _proximity(candidate: Candidate, anchors: list[tuple[float, float]]) -> float:
    if not anchors:
        return 0.0
    km = min(_km(candidate.lat, candidate.lon, lat, lon) for lat, lon in anchors)
    if km <= PROXIMITY_NEAR_KM:
        return 1.0
    span = math.log10(PROXIMITY_FAR_KM / PROXIMITY_NEAR_KM)
    return max(0.0, 1.0 - math.log10(km / PROXIMITY_NEAR_KM) / span)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def features(candidate: Candidate, context: dict[str, float],
             containers: tuple[Candidate, ...] = (),
             divisions: dict[tuple[str, str], float] | None = None,
             anchors: list[tuple[float, float]] | None = None) -> tuple[float, ...]:
    """The candidate's values of FEATURES: its population (log10), feature class, whether it
    was matched by an alternate name, the article's share of its country, (for a town) the
    share of its first-level division among those the article names (for a division, the
    share of the other divisions of its country), whether it lies in the
    stated container ("Paris, Texas"), and how near it is to the places the article's other,
    unambiguous names fix (`anchors`)."""
    values = [0.0] * len(FEATURES)
    values[0] = (NATURAL_LOG_SIZE if candidate.feature in NATURAL_FEATURES
                 else math.log10(candidate.population + 1))
    if (slot := _ONE_HOT.get(candidate.feature)) is not None:
        values[slot] = 1.0
    values[6] = 0.0 if candidate.main_name else 1.0
    values[7] = context.get(candidate.country or "", 0.0)
    if divisions and candidate.feature in {"PPL", "PPLC", "ADM2"} and candidate.country:
        values[8] = divisions.get((candidate.country, candidate.admin1 or ""), 0.0)
    elif divisions and candidate.feature == "ADM1" and candidate.country:
        # a division among other divisions of its country ("Utah, Virginia, Washington")
        own = (candidate.country, candidate.admin1 or "")
        values[8] = sum(share for key, share in divisions.items()
                        if key[0] == candidate.country and key != own)
    if containers:
        values[9 if any(_inside(candidate, c) for c in containers) else 10] = 1.0
    values[11] = _proximity(candidate, anchors or [])
    return tuple(values)


def score(candidate: Candidate, context: dict[str, float],
          containers: tuple[Candidate, ...] = (),
          divisions: dict[tuple[str, str], float] | None = None,
          anchors: list[tuple[float, float]] | None = None,
          ranker: Ranker | None = None) -> float:
    """How likely `candidate` is the place meant, by the ranker in use (`load_ranker`)."""
    return (ranker or load_ranker()).score(
        features(candidate, context, containers, divisions, anchors))


def best_candidate(candidates: tuple[Candidate, ...], context: dict[str, float],
                   containers: tuple[Candidate, ...] = (),
                   bonus: dict[str, float] | None = None,
                   divisions: dict[tuple[str, str], float] | None = None,
                   anchors: list[tuple[float, float]] | None = None,
                   ranker: Ranker | None = None) -> Candidate | None:
    if not candidates:
        return None
    extra = bonus or {}
    chosen = ranker or load_ranker()
    return max(candidates, key=lambda c: (score(c, context, containers, divisions, anchors,
                                                chosen) + extra.get(c.feature, 0.0), -c.id))


def named_after(name: str) -> str | None:
    """The place a district is named after: "Dallas County" → "Dallas", "Hebei province" →
    "Hebei", "City of Santa Ana" → "Santa Ana"; None when `name` has no such word."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _DISTRICT_WORDS:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[1].lower() == "of" and words[0].lower() in _DISTRICT_WORDS:
        return " ".join(words[2:])
    return None


def candidates_for(toponym: Toponym, gazetteer: Gazetteer) -> tuple[tuple[Candidate, ...], bool]:
    """The gazetteer places a toponym may be, and whether they are the places its name is
    only named after ("Dallas County": Dallas). A LOC entity names a region or a natural
    feature ("the Atlantic", "the Pacific"), so of towns only a city is kept for it."""
    found = gazetteer.candidates(toponym.span.text)
    named = False
    if not found and (inner := named_after(toponym.span.text)):
        found, named = gazetteer.candidates(inner), True
    # A natural feature's own name ("Red Sea", "the Nile") is that feature, not the towns or
    # divisions named after it (Sudan's Red Sea state).
    natural = tuple(c for c in found if c.feature in NATURAL_FEATURES and c.main_name)
    if natural:
        return natural, named
    if toponym.span.root.ent_type_ == "LOC":
        found = tuple(c for c in found if c.feature in _LOC_FEATURES
                      or c.population >= LOC_TOWN_POPULATION)
    return found, named


def _shares(weights: dict[K, float]) -> dict[K, float]:
    total = sum(weights.values())
    return {k: v / total for k, v in weights.items()} if total else {}


def resolve_dateline(location: str | None, gazetteer: Gazetteer) -> Candidate | None:
    """The place a dateline names ("TEHRAN", "KABUL, Afghanistan"), a town if one fits."""
    if not location:
        return None
    name, _, region = location.partition(",")
    containers = gazetteer.candidates(region.strip()) if region.strip() else ()
    city_bonus = {"PPL": DATELINE_CITY_PRIOR, "PPLC": DATELINE_CITY_PRIOR}
    return best_candidate(gazetteer.candidates(name.strip()), {}, containers, city_bonus,
                          ranker=HAND_RANKER)


@dataclass
class ArticleContext:
    """What the article says around its names: its countries' shares, its first-level
    divisions' shares, and the points its unambiguous names (and dateline) fix, by name."""

    countries: dict[str, float]
    divisions: dict[tuple[str, str], float]
    anchors: dict[str, tuple[float, float]]

    def anchors_besides(self, key: str) -> list[tuple[float, float]]:
        return [point for name, point in self.anchors.items() if name != key]


def article_context(doc: Doc, toponyms: list[Toponym], gazetteer: Gazetteer,
                    dateline: Candidate | None) -> ArticleContext:
    """The context every name of the article is resolved in (see `ArticleContext`)."""
    weights: dict[str, float] = {}
    if dateline is not None and dateline.country:
        weights[dateline.country] = DATELINE_WEIGHT
    for ent in doc.ents:
        if ent.label_ == "NORP" and (iso := gazetteer.demonym_country(ent.text)):
            weights[iso] = weights.get(iso, 0.0) + 1
    regional: dict[tuple[str, str], float] = {}
    anchors: dict[str, tuple[float, float]] = {}
    if dateline is not None:
        anchors[""] = (dateline.lat, dateline.lon)
    for toponym in toponyms:
        candidates, named = candidates_for(toponym, gazetteer)
        if named:
            continue
        if len(candidates) == 1:
            anchors[place_key(toponym.span.text)] = (candidates[0].lat, candidates[0].lon)
        units = [c for c in candidates if c.main_name and c.feature in _BIG_UNITS]
        countries = {c.country for c in candidates if c.main_name}
        # a country's name votes for it; any other name only when all its places agree
        # ("Gaza" is a town in Palestine and a province of Mozambique: no vote)
        country = units[0].country if len(units) == 1 and units[0].feature == "PCLI" else (
            countries.pop() if len(countries) == 1 else None)
        if country:
            weights[country] = weights.get(country, 0.0) + 1
        if len(units) == 1 and units[0].feature == "ADM1" and units[0].country:
            division = (units[0].country, units[0].admin1 or "")
            regional[division] = regional.get(division, 0.0) + 1
    return ArticleContext(_shares(weights), _shares(regional), anchors)


def name_candidates(doc: Doc, gazetteer: Gazetteer, dateline_location: str | None = None
                    ) -> Iterator[tuple[Toponym, tuple[Candidate, ...],
                                        list[tuple[float, ...]]]]:
    """Every toponym of `doc` with its candidates and their FEATURES values, as
    `resolve_places` ranks them (for training and inspecting a ranker)."""
    toponyms = find_toponyms(doc, gazetteer)
    dateline = resolve_dateline(dateline_location, gazetteer)
    context = article_context(doc, toponyms, gazetteer, dateline)
    for toponym in toponyms:
        containers = gazetteer.candidates(toponym.within) if toponym.within else ()
        containers = tuple(c for c in containers if c.feature in _BIG_UNITS)
        found, _ = candidates_for(toponym, gazetteer)
        anchors = context.anchors_besides(place_key(toponym.span.text))
        yield toponym, found, [features(c, context.countries, containers, context.divisions,
                                        anchors) for c in found]


def resolve_places(doc: Doc, gazetteer: Gazetteer,
                   dateline_location: str | None = None) -> PlaceResults:
    """Every toponym of `doc` grouped into places, and the dateline's place."""
    toponyms = find_toponyms(doc, gazetteer)
    dateline = resolve_dateline(dateline_location, gazetteer)
    article = article_context(doc, toponyms, gazetteer, dateline)
    context, divisions = article.countries, article.divisions
    ranker = load_ranker()

    places: dict[object, ResolvedPlace] = {}
    chosen_for: dict[Sense, Candidate | None] = {}
    named_senses: dict[Sense, bool] = {}
    if dateline is not None and dateline_location:
        # The body's "Washington" is the dateline's WASHINGTON (one sense per article).
        own: Sense = (place_key(dateline_location.partition(",")[0]), None, False)
        chosen_for[own], named_senses[own] = dateline, False
    for toponym in toponyms:
        text = toponym.span.text
        sense: Sense = (place_key(text), toponym.within and place_key(toponym.within),
                        toponym.span.root.ent_type_ == "LOC")
        if sense not in chosen_for:
            containers = gazetteer.candidates(toponym.within) if toponym.within else ()
            containers = tuple(c for c in containers if c.feature in _BIG_UNITS)
            found, named = candidates_for(toponym, gazetteer)
            chosen_for[sense] = best_candidate(
                found, context, containers, divisions=divisions,
                anchors=article.anchors_besides(place_key(text)), ranker=ranker)
            named_senses[sense] = named
        candidate = chosen_for[sense]
        if candidate is None:
            key: object = ("unresolved", place_key(text))
        else:  # "Dallas County" is a place of its own, placed at Dallas
            key = (candidate.id, place_key(text)) if named_senses[sense] else candidate.id
        place = places.get(key)
        if place is None:
            place = places[key] = _place(text, candidate, gazetteer, named_senses[sense])
        place.mentions.append(toponym.span)

    results = PlaceResults(places=list(places.values()))
    if dateline is not None:
        results.dateline = places.get(dateline.id) or _place(dateline.name, dateline, gazetteer)
    return results


def _place(name: str, candidate: Candidate | None, gazetteer: Gazetteer,
           named: bool = False) -> ResolvedPlace:
    if candidate is None:
        return ResolvedPlace(name=name)
    return ResolvedPlace(
        name=(candidate.name if candidate.feature in _BIG_UNITS | NATURAL_FEATURES
              and not named else name),
        named_after=named,
        candidate=candidate,
        country=gazetteer.iso3(candidate.country),
        admin1=(candidate.name if candidate.feature == "ADM1"
                else gazetteer.admin1_name(candidate.country, candidate.admin1)),
    )
