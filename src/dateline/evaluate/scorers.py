"""Per-stage scores: pure functions of (gold documents, Extraction records), paired in order.

Every scorer reads only the record fields of its stage, so a stage not built yet simply
scores 0. Spans are matched one to one: `exact` needs equal offsets, `overlap` any shared
character (greedy, left to right). Each returns a `StageScore`: flat `metrics` (what tables
and the gate read) and `details` (per-type scores, confusion matrices).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.evaluate.gold import NO_EVENT, GoldActor, GoldDoc, GoldPlace, GoldSpan
from dateline.places.gazetteer import NATURAL_FEATURES
from dateline.record import Entity, Event, Extraction

# spaCy/OntoNotes labels → the coarse types gold corpora use (MEANTIME: PER, ORG, LOC, PRO).
ONTONOTES_TO_COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                       "PRODUCT": "PRO"}
SCORED_ENTITY_TYPES = ("PER", "ORG", "LOC", "PRO")
# Geoparsing's usual "accuracy at 161 km" (100 miles), as in GeoVirus's paper.
PLACE_TOLERANCE_KM = 161.0

Key = tuple[int, int, str]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from matched, predicted and gold counts."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.matched + other.matched, self.predicted + other.predicted,
                   self.gold + other.gold)

    def as_metrics(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}.p": self.precision, f"{prefix}.r": self.recall, f"{prefix}.f1": self.f1}


@dataclass
class StageScore:
    metrics: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)


def match_spans(gold: Sequence[Key], predicted: Sequence[Key], *, overlap: bool
                ) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs with equal labels."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g, (g_start, g_end, g_label) in enumerate(gold):
        for p, (p_start, p_end, p_label) in enumerate(predicted):
            if p in used or p_label != g_label:
                continue
            hit = (g_start < p_end and p_start < g_end) if overlap else (
                g_start == p_start and g_end == p_end)
            if hit:
                pairs.append((g, p))
                used.add(p)
                break
    return pairs


def span_prf(gold: Sequence[Key], predicted: Sequence[Key], *, overlap: bool) -> PRF:
    return PRF(len(match_spans(gold, predicted, overlap=overlap)), len(predicted), len(gold))


def _key(span: GoldSpan, label: str = "") -> Key:
    return (span.start, span.end, label)


def _sum(prfs: Iterable[PRF]) -> PRF:
    total = PRF(0, 0, 0)
    for prf in prfs:
        total += prf
    return total


# --- entities ---------------------------------------------------------------------------

def entity_mentions(record: Extraction) -> list[Key]:
    """Name mentions of a record's entities, typed with the coarse gold types."""
    return sorted(
        (m.start, m.end, ONTONOTES_TO_COARSE[e.type])
        for e in record.entities if e.type in ONTONOTES_TO_COARSE
        for m in e.mentions if m.kind == "name"
    )


def score_entities(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """Name mentions (MEANTIME NAM/PRE.NAM) of PER, ORG, LOC, PRO: strict and overlap, per type.

    Predicted mentions that overlap a gold name of another type (FIN, MIX, unlinked) are
    neither right nor wrong, as those types have no spaCy counterpart.
    """
    totals: dict[tuple[str, str], PRF] = {}
    for doc, record in zip(docs, records, strict=True):
        names = [m for m in doc.mentions if m.kind == "name"]
        ignored = [m.span for m in names if m.type not in SCORED_ENTITY_TYPES]
        gold = [_key(m.span, m.type) for m in names if m.type in SCORED_ENTITY_TYPES]
        predicted = [k for k in entity_mentions(record)
                     if not any(s.overlaps(k[0], k[1]) for s in ignored)]
        for label in (*SCORED_ENTITY_TYPES, "*"):
            g = [k for k in gold if label in ("*", k[2])]
            p = [k for k in predicted if label in ("*", k[2])]
            for mode in ("strict", "overlap"):
                prf = span_prf(g, p, overlap=mode == "overlap")
                totals[(label, mode)] = totals.get((label, mode), PRF(0, 0, 0)) + prf
        untyped_gold = [(s, e, "") for s, e, _ in gold]
        untyped_pred = [(s, e, "") for s, e, _ in predicted]
        prf = span_prf(untyped_gold, untyped_pred, overlap=False)
        totals[("*", "untyped")] = totals.get(("*", "untyped"), PRF(0, 0, 0)) + prf
    metrics = {}
    for mode in ("strict", "overlap", "untyped"):
        metrics.update(totals.get(("*", mode), PRF(0, 0, 0)).as_metrics(mode))
    per_type = {label: {mode: _prf_dict(totals.get((label, mode), PRF(0, 0, 0)))
                        for mode in ("strict", "overlap")} for label in SCORED_ENTITY_TYPES}
    for label in SCORED_ENTITY_TYPES:
        metrics[f"strict.{label}.f1"] = totals.get((label, "strict"), PRF(0, 0, 0)).f1
    return StageScore(metrics, {"per_type": per_type,
                                "gold": totals.get(("*", "strict"), PRF(0, 0, 0)).gold})


def _prf_dict(prf: PRF) -> dict[str, float]:
    return {"p": prf.precision, "r": prf.recall, "f1": prf.f1, "matched": prf.matched,
            "predicted": prf.predicted, "gold": prf.gold}


# --- quotes -----------------------------------------------------------------------------

def score_quotes(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """Cue, source and content spans (exact and overlap), and speaker resolution.

    `direct.content.overlap`: gold quotes whose content is enclosed in quotation marks
    (`is_direct`; PolNeAR does not label kinds) against predicted quotes of kind "direct".

    Speaker resolution: a gold quote with a source is resolved when the predicted quote whose
    content overlaps it names a source span, or a speaker entity with a mention, overlapping
    the gold source. `speaker.acc` counts over all such gold quotes, `speaker.acc_matched`
    over those whose content was found.
    """
    totals: dict[str, PRF] = {}
    speakers_right = speakers_gold = speakers_matched = 0
    for doc, record in zip(docs, records, strict=True):
        text = record.article.text
        direct_gold = sorted(_key(q.content) for q in doc.quotes if is_direct(text, q.content))
        direct_predicted = sorted((q.content.start, q.content.end, "") for q in record.quotes
                                  if q.kind == "direct")
        totals["direct.content.overlap"] = (totals.get("direct.content.overlap", PRF(0, 0, 0))
                                            + span_prf(direct_gold, direct_predicted,
                                                       overlap=True))
        for part in ("content", "source", "cue"):
            gold = [_key(s) for q in doc.quotes if (s := getattr(q, part)) is not None]
            predicted = [(s.start, s.end, "") for q in record.quotes
                         if (s := getattr(q, part)) is not None]
            for mode in ("exact", "overlap"):
                prf = span_prf(sorted(gold), sorted(predicted), overlap=mode == "overlap")
                totals[f"{part}.{mode}"] = totals.get(f"{part}.{mode}", PRF(0, 0, 0)) + prf
        gold_quotes = list(doc.quotes)
        pairs = match_spans([_key(q.content) for q in gold_quotes],
                            [(q.content.start, q.content.end, "") for q in record.quotes],
                            overlap=True)
        matched = dict(pairs)
        entities = {e.id: e for e in record.entities}
        for g, quote in enumerate(gold_quotes):
            if quote.source is None:
                continue
            speakers_gold += 1
            if g not in matched:
                continue
            speakers_matched += 1
            predicted_quote = record.quotes[matched[g]]
            spans = [predicted_quote.source] if predicted_quote.source else []
            speaker = entities.get(predicted_quote.speaker or "")
            if speaker is not None:
                spans += list(speaker.mentions)
            if any(quote.source.overlaps(s.start, s.end) for s in spans if s is not None):
                speakers_right += 1
    metrics: dict[str, float] = {}
    for name, prf in sorted(totals.items()):
        metrics.update(prf.as_metrics(name))
    metrics["speaker.acc"] = speakers_right / speakers_gold if speakers_gold else 0.0
    metrics["speaker.acc_matched"] = (speakers_right / speakers_matched
                                      if speakers_matched else 0.0)
    return StageScore(metrics, {"gold_quotes": sum(len(d.quotes) for d in docs)})


QUOTATION_MARKS = frozenset("\"“”„‟«»")


def is_direct(text: str, span: GoldSpan) -> bool:
    """Whether the span is the words inside a pair of quotation marks (the marks themselves
    inside the span or just outside it)."""
    inner = text[span.start:span.end].strip()
    opening = inner[:1] if inner[:1] in QUOTATION_MARKS else text[:span.start].rstrip()[-1:]
    closing = inner[-1:] if inner[-1:] in QUOTATION_MARKS else text[span.end:].lstrip()[:1]
    return len(inner) > 2 and opening in QUOTATION_MARKS and closing in QUOTATION_MARKS


# --- times ------------------------------------------------------------------------------

def score_times(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """TempEval-3 style: span P/R/F1 strict and relaxed (overlap); value accuracy over the
    relaxed matches; value F1 counting a match only when its value is also right. When the
    documents come from more than one corpus (`meta["corpus"]`, MEANTIME's topic corpora),
    relaxed and value F1 are also given per corpus (`<corpus>.relaxed.f1`, …), so a rule
    that helps one topic and hurts another shows."""
    totals: dict[str, list[PRF]] = {}
    for doc, record in zip(docs, records, strict=True):
        counts = _time_counts(doc, record)
        for key in ("", doc.meta.get("corpus") or ""):
            summed = totals.setdefault(key, [PRF(0, 0, 0)] * 3)
            totals[key] = [a + b for a, b in zip(summed, counts, strict=True)]
    strict, relaxed, value = totals.get("", [PRF(0, 0, 0)] * 3)
    metrics = {**strict.as_metrics("strict"), **relaxed.as_metrics("relaxed"),
               **value.as_metrics("value"),
               "value.acc": value.matched / relaxed.matched if relaxed.matched else 0.0}
    corpora = sorted(k for k in totals if k)
    per_corpus: dict[str, dict[str, float]] = {}
    if len(corpora) > 1:
        for corpus in corpora:
            _, c_relaxed, c_value = totals[corpus]
            metrics[f"{corpus}.relaxed.f1"] = c_relaxed.f1
            metrics[f"{corpus}.value.f1"] = c_value.f1
            per_corpus[corpus] = {"gold": c_relaxed.gold, "predicted": c_relaxed.predicted,
                                  "matched": c_relaxed.matched, "value_right": c_value.matched}
    details: dict[str, Any] = {"gold_times": relaxed.gold}
    if per_corpus:
        details["per_corpus"] = per_corpus
    return StageScore(metrics, details)


def _time_counts(doc: GoldDoc, record: Extraction) -> tuple[PRF, PRF, PRF]:
    """One document's strict, relaxed and value counts."""
    gold = [_key(t.span) for t in doc.times]
    # Times outside the stretch the corpus annotated are not scored.
    limit = doc.annotated.end if doc.annotated else len(record.article.text)
    kept = [t for t in record.times if t.start < limit]
    predicted = [(t.start, t.end, "") for t in kept]
    pairs = match_spans(gold, predicted, overlap=True)
    right = sum(1 for g, p in pairs
                if doc.times[g].value is not None and doc.times[g].value == kept[p].value)
    return (span_prf(gold, predicted, overlap=False),
            PRF(len(pairs), len(predicted), len(gold)),
            PRF(right, len(predicted), len(gold)))


# --- places -----------------------------------------------------------------------------

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _country_at(lat: float, lon: float) -> str | None:
    """ISO alpha-3 of the country a gold point lies in (its nearest gazetteer town's)."""
    from dateline.places import open_gazetteer

    gazetteer = open_gazetteer()
    return gazetteer.iso3(gazetteer.country_at(lat, lon))


# What dateline placed a matched toponym as, for the breakdown of acc161: a country's or a
# region's point is a convention (a gold set may use another), a town's is not; so is a
# natural feature's (a sea, a river).
_PLACED_AS = {"PCLI": "country", "CONT": "region", "RGN": "region",
              **dict.fromkeys(NATURAL_FEATURES, "region")}
_UNIT_FEATURES = {"PCLI": "country", "ADM1": "admin1", "CONT": "continent"}
_DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)$")


@dataclass(frozen=True)
class GoldUnit:
    """A gold place that is a country, first-level division or continent, scored by
    containment: `country` ISO alpha-3, `admin1` the division's name as records give it,
    `continent` GeoNames' continent code, `geonameid` the unit's own where known."""

    kind: str  # country | admin1 | continent
    country: str | None = None
    admin1: str | None = None
    continent: str | None = None
    geonameid: int | None = None


def page_title(page: str) -> str:
    """The name a Wikipedia page URL stands for: ".../Georgia_(U.S._state)" → "Georgia"."""
    from urllib.parse import unquote

    title = unquote(page.rsplit("/", 1)[-1]).replace("_", " ")
    return _DISAMBIGUATOR.sub("", title).strip()


class UnitLookup:
    """Which gold places are countries, first-level divisions or continents, read from the
    gold's own identity (the Wikipedia page it links, else nothing) through the gazetteer's
    names of such units: the title's units, the one nearest the gold point when several
    share the name ("Georgia"). A title the gazetteer holds no unit for is a point."""

    def __init__(self) -> None:
        from dateline.places import open_gazetteer

        self.gazetteer = open_gazetteer()

    def unit(self, place: GoldPlace) -> GoldUnit | None:
        if not place.page:
            return None
        title = page_title(place.page)
        found = self._units(title)  # "Paris, Texas" is a town: no unit is named so
        if not found:
            return None
        if place.lat is not None and place.lon is not None:
            lat, lon = place.lat, place.lon
            found.sort(key=lambda c: haversine_km(lat, lon, c.lat, c.lon))
        best = found[0]
        kind = _UNIT_FEATURES[best.feature]
        if kind == "continent":
            return GoldUnit(kind, continent=self.gazetteer.continent_code(best),
                            geonameid=best.geonameid)
        return GoldUnit(kind, country=self.gazetteer.iso3(best.country),
                        admin1=best.name if kind == "admin1" else None,
                        geonameid=best.geonameid)

    def _units(self, title: str) -> list[Any]:
        return [c for c in self.gazetteer.candidates(title)
                if c.main_name and c.feature in _UNIT_FEATURES]

    def continent_of(self, iso3: str | None) -> str | None:
        return self.gazetteer.continent(self.gazetteer.iso2(iso3))


def contains(unit: GoldUnit, got: Any, continent_of: Callable[[str | None], str | None]
             ) -> bool:
    """Whether a predicted place is the gold unit or lies in it."""
    if unit.geonameid is not None and got.geonameid == unit.geonameid:
        return True
    if unit.kind == "continent":
        return got.country is not None and continent_of(got.country) == unit.continent
    if got.country is None or got.country != unit.country:
        return False
    return unit.kind == "country" or got.admin1 == unit.admin1


def score_places(docs: Sequence[GoldDoc], records: Sequence[Extraction],
                 country_at: Callable[[float, float], str | None] = _country_at,
                 units: UnitLookup | None = None) -> StageScore:
    """Toponym spans (exact and overlap) and, over overlapping matches, how well they are
    resolved:

    - `acc161`: distance only, the share of matches with gold coordinates placed within
      161 km of the gold point (broken down by what dateline placed the toponym as:
      `acc161.country`, `acc161.region`, `acc161.other`, and `country.acc`, whether the gold
      point lies in the country chosen, for countries);
    - `acc`: a gold country, first-level division or continent (`UnitLookup`) is right when
      the predicted place is it or lies in it (`acc.units`), whatever point each uses; every
      other gold place by distance, within 161 km (`acc.points`); `acc` is both together;
    - `geonameid.acc`: the share of matches whose GeoNames id is the gold's, only where the
      gold carries ids (GeoVirus does not; then the metric is left out)."""
    exact = overlap = PRF(0, 0, 0)
    near = resolvable = 0
    groups: dict[str, list[int]] = {"country": [0, 0], "region": [0, 0], "other": [0, 0]}
    parts: dict[str, list[int]] = {"units": [0, 0], "points": [0, 0]}
    kinds: dict[str, list[int]] = {"country": [0, 0], "admin1": [0, 0], "continent": [0, 0]}
    ids = [0, 0]
    same_country = 0
    points: dict[tuple[float, float], str | None] = {}
    misses: list[dict[str, Any]] = []
    for doc, record in zip(docs, records, strict=True):
        gold = [_key(p.span) for p in doc.places]
        mentions = [(m, place) for place in record.places for m in place.mentions]
        mentions.sort(key=lambda item: (item[0].start, item[0].end))
        predicted = [(m.start, m.end, "") for m, _ in mentions]
        exact += span_prf(gold, predicted, overlap=False)
        pairs = match_spans(gold, predicted, overlap=True)
        overlap += PRF(len(pairs), len(predicted), len(gold))
        for g, p in pairs:
            want, (_, got) = doc.places[g], mentions[p]
            if want.geonameid is not None:
                ids[0] += got.geonameid == want.geonameid
                ids[1] += 1
            unit = None
            if want.page:
                units = units or UnitLookup()
                unit = units.unit(want)
            if unit is not None and units is not None:
                right = contains(unit, got, units.continent_of)
                parts["units"][0] += right
                parts["units"][1] += 1
                kinds[unit.kind][0] += right
                kinds[unit.kind][1] += 1
            if want.lat is None or want.lon is None:
                continue
            resolvable += 1
            km = (haversine_km(want.lat, want.lon, got.lat, got.lon)
                  if got.lat is not None and got.lon is not None else None)
            group = groups[_PLACED_AS.get(got.feature or "", "other")]
            group[1] += 1
            if got.feature == "PCLI":
                point = (want.lat, want.lon)
                if point not in points:
                    points[point] = country_at(*point)
                same_country += points[point] == got.country
            within = km is not None and km <= PLACE_TOLERANCE_KM
            if unit is None:
                parts["points"][0] += within
                parts["points"][1] += 1
            if within:
                near += 1
                group[0] += 1
            else:
                misses.append({
                    "doc": doc.id, "start": want.span.start, "text": want.span.text,
                    "gold": [want.lat, want.lon], "page": want.page,
                    "unit": unit.kind if unit else None,
                    "contained": contains(unit, got, units.continent_of)
                    if unit is not None and units is not None else None,
                    "name": got.name, "feature": got.feature,
                    "country": got.country, "geonameid": got.geonameid,
                    "got": None if km is None else [got.lat, got.lon],
                    "km": None if km is None else round(km),
                })
    scored = parts["units"][1] + parts["points"][1]
    metrics = {**exact.as_metrics("exact"), **overlap.as_metrics("overlap"),
               "acc161": near / resolvable if resolvable else 0.0,
               "acc": (parts["units"][0] + parts["points"][0]) / scored if scored else 0.0,
               **{f"acc.{name}": right / total if total else 0.0
                  for name, (right, total) in parts.items()},
               **{f"acc161.{name}": right / total if total else 0.0
                  for name, (right, total) in groups.items()},
               "country.acc": same_country / groups["country"][1] if groups["country"][1]
               else 0.0}
    if ids[1]:
        metrics["geonameid.acc"] = ids[0] / ids[1]
    # Every matched toponym placed beyond the tolerance (or not placed), for error analysis.
    return StageScore(metrics, {
        "gold_places": overlap.gold, "resolvable": resolvable,
        "placed_as": {k: v[1] for k, v in groups.items()},
        "scored": {"units": parts["units"][1], "points": parts["points"][1]},
        "units": {k: {"right": v[0], "total": v[1]} for k, v in kinds.items()},
        "geonameid": {"right": ids[0], "total": ids[1]} if ids[1]
        else "the gold carries no GeoNames ids",
        "misses": misses})


# --- events -----------------------------------------------------------------------------

def primary_event(record: Extraction) -> Event | None:
    """The event a sentence-level gold is compared with, which codes a sentence by its main
    event: the most confident of those not `subordinate`, first on ties; else of all."""
    if not record.events:
        return None
    # max keeps the first of equals
    return max(record.events, key=lambda e: (not e.subordinate, e.confidence))


def _actor_hits(gold: tuple[GoldActor, ...], predicted_ids: list[str],
                entities: dict[str, Entity], part: Callable[[GoldActor], set[str]],
                coded: Callable[[Entity], set[str]]) -> tuple[int, int]:
    wanted = set().union(*(part(a) for a in gold)) if gold else set()
    if not wanted:
        return 0, 0
    found: set[str] = set()
    for entity_id in predicted_ids:
        entity = entities.get(entity_id)
        if entity is not None:
            found |= coded(entity)
    return int(bool(wanted & found)), 1


def _code_family(code: str) -> str:
    """The code as the older gold schemes write it: UNO and EUR are IGO there."""
    code = code[:3].upper()
    return "IGO" if code in _IGO_FAMILY else code


def _gold_codes(actor: GoldActor) -> set[str]:
    return {_code_family(actor.code)} if actor.code else set()


def _gold_sectors(actor: GoldActor) -> set[str]:
    return set(actor.sectors)


def _record_codes(entity: Entity) -> set[str]:
    return {_code_family(entity.actor.code)} if entity.actor else set()


def _record_sectors(entity: Entity) -> set[str]:
    return set(entity.actor.sector) if entity.actor else set()


def score_events(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """Sentence-level PLOVER coding: type accuracy and macro-F1 of the primary event, and
    source/target country and sector accuracy over gold events that name them.

    A sentence is right when its primary event's type is one of its gold types (NONE when
    it should code nothing). Actors count when the predicted event's actors carry a code
    (or sector) among the gold event's; actors are scored on sentences whose type is right.
    """
    confusion: Counter[tuple[str, str]] = Counter()
    right = 0
    actor_counts: Counter[str] = Counter()
    for doc, record in zip(docs, records, strict=True):
        if not doc.events:
            continue
        event = primary_event(record)
        label = event.type if event else NO_EVENT
        gold_types = [g.type for g in doc.events]
        hit = label in gold_types
        right += hit
        gold_event = doc.events[gold_types.index(label)] if hit else doc.events[0]
        confusion[(gold_event.type, label)] += 1
        if not hit or event is None:
            continue  # actors are scored among correct types, as PLOVER evaluations do
        entities = {e.id: e for e in record.entities}
        for role in ("source", "target"):
            gold_actors = gold_event.sources if role == "source" else gold_event.targets
            predicted_ids = event.source if role == "source" else event.target
            for what, part, coded in (("country", _gold_codes, _record_codes),
                                      ("sector", _gold_sectors, _record_sectors)):
                got, out_of = _actor_hits(gold_actors, predicted_ids, entities, part, coded)
                actor_counts[f"{role}.{what}.right"] += got
                actor_counts[f"{role}.{what}.gold"] += out_of
    total = sum(confusion.values())
    labels = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    per_type = {}
    for label in labels:
        predicted = sum(n for (_, p), n in confusion.items() if p == label)
        gold = sum(n for (g, _), n in confusion.items() if g == label)
        prf = PRF(confusion[(label, label)], predicted, gold)
        per_type[label] = _prf_dict(prf)
    gold_labels = [label for label in labels if per_type[label]["gold"]]
    metrics = {
        "type.acc": right / total if total else 0.0,
        "type.macro_f1": (sum(per_type[label]["f1"] for label in gold_labels) / len(gold_labels)
                          if gold_labels else 0.0),
        "coded": (sum(n for (_, p), n in confusion.items() if p != NO_EVENT) / total
                  if total else 0.0),
    }
    for role in ("source", "target"):
        for what in ("country", "sector"):
            out_of = actor_counts[f"{role}.{what}.gold"]
            metrics[f"{role}.{what}.acc"] = (actor_counts[f"{role}.{what}.right"] / out_of
                                             if out_of else 0.0)
    matrix = {g: {p: confusion[(g, p)] for p in labels if confusion[(g, p)]} for g in labels
              if any(confusion[(g, p)] for p in labels)}
    return StageScore(metrics, {"per_type": per_type, "confusion": matrix, "sentences": total,
                                "largest_errors": largest_errors(confusion)})


def largest_errors(confusion: Counter[tuple[str, str]], n: int = 3) -> list[dict[str, Any]]:
    """The `n` largest off-diagonal cells (gold type coded as another), largest first; ties in
    gold, then predicted, order."""
    cells = sorted(((g, p, c) for (g, p), c in confusion.items() if g != p and c),
                   key=lambda cell: (-cell[2], cell[0], cell[1]))
    return [{"gold": g, "predicted": p, "count": c} for g, p, c in cells[:n]]


# --- actors -----------------------------------------------------------------------------

# CAMEO writes the UN and the EU as IGO sub-codes (IGOUNO, IGOEEU); gold sets coded in the
# older scheme say IGO where dateline says UNO or EUR.
_IGO_FAMILY = frozenset({"IGO", "UNO", "EUR"})


def _coded(entity: Entity) -> list[tuple[str, tuple[str, ...]]]:
    actors = entity.actors or ([entity.actor] if entity.actor else [])
    return [(a.code.upper(), tuple(s.upper() for s in a.sector)) for a in actors]


def _code_matches(gold: str, predicted: str) -> bool:
    return gold == predicted or (gold in _IGO_FAMILY and predicted in _IGO_FAMILY)


_GAP = re.compile(r"\s*\.{2,}\s*")  # "U.S. ... negotiators": the annotator skipped words


def gold_actor_spans(text: str, actor_text: str) -> list[tuple[int, int]]:
    """Where a gold actor's text first occurs: each piece of a text with an ellipsis, found
    with any run of spaces matching any other and, failing an exact match, in any case."""
    spans = []
    for piece in _GAP.split(actor_text.strip()):
        words = piece.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
        if found:
            spans.append(found.span())
    return spans


def score_actors(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """Actor coding on its own, whatever the events: country-code and primary-sector accuracy
    over every gold source and target actor. A gold actor with text (PLOVER GSR) is compared
    with the entities whose mentions overlap its first occurrence (`gold_actor_spans`); one
    without (PETRARCH) with all coded entities of its sentence. A missed actor counts as wrong."""
    counts: Counter[str] = Counter()
    for doc, record in zip(docs, records, strict=True):
        text = record.article.text
        gold_actors = {(a.text, (a.code or "").upper(), a.sectors)
                       for event in doc.events for a in (*event.sources, *event.targets)
                       if a.code and a.code.strip("-*")}
        for actor_text, code, sectors in sorted(gold_actors, key=str):
            candidates: list[tuple[str, tuple[str, ...]]] = []
            where = gold_actor_spans(text, actor_text) if actor_text else []
            for entity in record.entities:
                if actor_text and not any(m.start < end and start < m.end
                                          for m in entity.mentions for start, end in where):
                    continue
                candidates += _coded(entity)
            counts["gold"] += 1
            counts["found"] += bool(candidates)
            matching = [s for c, s in candidates if _code_matches(code[:3], c)]
            counts["country"] += bool(matching)
            primary = sectors[0][:3].upper() if sectors and sectors[0].strip("*") else ""
            if primary:
                counts["sector.gold"] += 1
                counts["sector"] += any(primary in s for s in matching)
    gold, with_sector = counts["gold"], counts["sector.gold"]
    metrics = {
        "country.acc": counts["country"] / gold if gold else 0.0,
        "sector.acc": counts["sector"] / with_sector if with_sector else 0.0,
        "found": counts["found"] / gold if gold else 0.0,
    }
    return StageScore(metrics, {"gold_actors": gold, "gold_with_sector": with_sector})


SCORERS: dict[str, Callable[[Sequence[GoldDoc], Sequence[Extraction]], StageScore]] = {
    "entities": score_entities,
    "quotes": score_quotes,
    "times": score_times,
    "places": score_places,
    "events": score_events,
    "petrarch": score_events,
    "actors": score_actors,
    "petrarch-actors": score_actors,
}
