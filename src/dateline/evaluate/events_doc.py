"""Whole-article event scoring: what an analyst sees in the event table.

A predicted event matches a gold happening when its trigger lies in a sentence that
mentions that happening; matching is one to one, same-type pairs first. A second record of
a happening already matched is a duplicate and counts against precision. Negated,
hypothetical and conditional events are left out on both sides. Among typed matches, the
source and target country, the date and the place are scored where the gold gives them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.evaluate.gold import GoldDoc, GoldHappening, GoldSpan
from dateline.evaluate.scorers import PRF, StageScore
from dateline.record import UNREAL_MODALITIES, Event, Extraction

# Events at or above this confidence are what a cautious analyst would keep.
CONFIDENT = 0.7


@dataclass(frozen=True)
class Candidate:
    """A predicted event reduced to what matching needs: the gold sentence its trigger is in."""

    index: int
    sentence: int | None
    type: str


def match(gold: Sequence[GoldHappening], predicted: Sequence[Candidate]
          ) -> tuple[dict[int, int], set[int]]:
    """One-to-one (gold index -> predicted index) matches, same type first, then any type;
    and the unmatched predictions that repeat a matched happening of their type (duplicates).
    A happening prefers a prediction in its first mention's sentence."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for same_type in (True, False):
        for g, happening in enumerate(gold):
            if g in pairs:
                continue
            options = [p for p in predicted if p.index not in used
                       and p.sentence in happening.mentions
                       and (p.type == happening.type or not same_type)]
            if options:
                best = min(options, key=lambda p: (happening.mentions.index(p.sentence), p.index))
                pairs[g] = best.index
                used.add(best.index)
    duplicates = {p.index for p in predicted if p.index not in used and any(
        p.sentence in gold[g].mentions and p.type == gold[g].type for g in pairs)}
    return pairs, duplicates


def candidates(doc: GoldDoc, events: Sequence[Event]) -> list[Candidate]:
    def sentence_of(offset: int) -> int | None:
        return next((i for i, (s, e) in enumerate(doc.sentences) if s <= offset < e), None)
    return [Candidate(i, sentence_of(e.trigger.start), e.type) for i, e in enumerate(events)]


def scored_event(event: Event) -> bool:
    return not event.negated and event.modality not in UNREAL_MODALITIES


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(w for w in text.replace(".", " ").split() if w != "the")


def _codes(record: Extraction, entity_ids: list[str]) -> set[str]:
    entities = {e.id: e for e in record.entities}
    codes: set[str] = set()
    for entity_id in entity_ids:
        entity = entities.get(entity_id)
        if entity is not None and entity.actor is not None and entity.actor.code:
            codes.add(entity.actor.code)
    return codes


def _place_names(record: Extraction, place_id: str | None) -> tuple[set[str], str | None]:
    place = next((p for p in record.places if p.id == place_id), None)
    if place is None:
        return set(), None
    return {fold(place.name), *(fold(m.text) for m in place.mentions)}, place.country


def score_events_doc(docs: Sequence[GoldDoc], records: Sequence[Extraction]) -> StageScore:
    """Detection and typed P/R/F1, duplicates, and actor, date and place accuracy."""
    counts: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    misses: list[dict[str, Any]] = []
    false_events: list[dict[str, Any]] = []
    confident = PRF(0, 0, 0)
    for doc, record in zip(docs, records, strict=True):
        gold = [h for h in doc.happenings if h.scored]
        events = [e for e in record.events if scored_event(e)]
        predicted = candidates(doc, events)
        pairs, duplicates = match(gold, predicted)
        matched = {p: g for g, p in pairs.items()}
        counts["gold"] += len(gold)
        counts["predicted"] += len(events)
        counts["matched"] += len(pairs)
        counts["duplicates"] += len(duplicates)
        counts["outside_sentences"] += sum(c.sentence is None for c in predicted)
        for happening in gold:
            per_type.setdefault(happening.type, Counter())["gold"] += 1
        for event in events:
            per_type.setdefault(event.type, Counter())["predicted"] += 1
        for g, p in pairs.items():
            happening, event = gold[g], events[p]
            if happening.type != event.type:
                continue
            counts["typed"] += 1
            per_type[happening.type]["typed"] += 1
            _score_attributes(counts, happening, event, record)
        for g, happening in enumerate(gold):
            if g not in pairs or events[pairs[g]].type != happening.type:
                got = events[pairs[g]].type if g in pairs else None
                misses.append({"doc": doc.id, "sentence": happening.mentions[0],
                               "type": happening.type, "trigger": happening.trigger.text,
                               "predicted_type": got,
                               "text": _sentence_text(doc, happening.mentions[0])})
        for p, event in enumerate(events):
            typed_right = p in matched and gold[matched[p]].type == event.type
            if event.confidence >= CONFIDENT:
                confident += PRF(int(typed_right), 1, 0)
            if p not in matched:
                false_events.append({"doc": doc.id, "type": event.type,
                                     "trigger": event.trigger.text, "rule": event.rule,
                                     "duplicate": p in duplicates,
                                     "sentence": record.article.text[
                                         event.sentence.start:event.sentence.end]})
    detection = PRF(counts["matched"], counts["predicted"], counts["gold"])
    typed = PRF(counts["typed"], counts["predicted"], counts["gold"])
    metrics: dict[str, float] = {
        **detection.as_metrics("detect"), **typed.as_metrics("typed"),
        "duplicates": counts["duplicates"] / counts["predicted"] if counts["predicted"] else 0.0,
        "typed.p@0.7": confident.precision,
        "type.agreement": counts["typed"] / counts["matched"] if counts["matched"] else 0.0,
    }
    for what in ("source.country", "target.country", "date", "place", "place.country"):
        if out_of := counts[f"{what}.gold"]:  # none where the gold gives none (sentence gold)
            metrics[f"{what}.acc"] = counts[f"{what}.right"] / out_of
    types = {t: _prf_row(c) for t, c in sorted(per_type.items())}
    return StageScore(metrics, {
        "counts": dict(counts), "per_type": types, "confident_events": confident.predicted,
        "misses": misses, "false_events": false_events})


def _prf_row(counter: Counter[str]) -> dict[str, float]:
    prf = PRF(counter["typed"], counter["predicted"], counter["gold"])
    return {"p": prf.precision, "r": prf.recall, "f1": prf.f1, "gold": counter["gold"],
            "predicted": counter["predicted"]}


def _sentence_text(doc: GoldDoc, index: int) -> str:
    start, end = doc.sentences[index]
    return doc.text[start:end]


def _score_attributes(counts: Counter[str], happening: GoldHappening, event: Event,
                      record: Extraction) -> None:
    for role, wanted, ids in (("source", happening.source_codes, event.source),
                              ("target", happening.target_codes, event.target)):
        gold_codes = {c for c in wanted if c}
        if gold_codes:
            counts[f"{role}.country.gold"] += 1
            counts[f"{role}.country.right"] += bool(gold_codes & _codes(record, ids))
    if happening.date:
        counts["date.gold"] += 1
        counts["date.right"] += bool(event.date and event.date.value == happening.date)
    if happening.place:
        names, country = _place_names(record, event.place)
        counts["place.gold"] += 1
        counts["place.right"] += fold(happening.place) in names
        if happening.place_country:
            counts["place.country.gold"] += 1
            counts["place.country.right"] += country == happening.place_country


# --- agreement between two annotations ----------------------------------------------------

def annotator_agreement(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]
                        ) -> dict[str, float]:
    """Event detection F1 and type agreement between two annotators' compiled articles
    (the first taken as reference; F1 is symmetric), matched within sentences as above."""
    counts: Counter[str] = Counter()
    for first, second in pairs:
        reference = [_as_happening(e) for e in _events_of(first)]
        other = [_as_happening(e) for e in _events_of(second)]
        predicted = [Candidate(i, h.mentions[0], h.type) for i, h in enumerate(other)]
        found, _ = match(reference, predicted)
        counts["first"] += len(reference)
        counts["second"] += len(other)
        counts["matched"] += len(found)
        counts["typed"] += sum(reference[g].type == other[p].type for g, p in found.items())
    detection = PRF(counts["matched"], counts["second"], counts["first"])
    typed = PRF(counts["typed"], counts["second"], counts["first"])
    return {"articles": len(pairs), "events.first": counts["first"],
            "events.second": counts["second"], "detect.f1": detection.f1,
            "typed.f1": typed.f1,
            "type.agreement": counts["typed"] / counts["matched"] if counts["matched"] else 0.0}


def _events_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """A compiled article's scored events: whole-article happenings or per-sentence events."""
    if "events" in record:
        events = record["events"]
    else:
        events = [e for s in record["sentences"] for e in s["events"]]
    return [e for e in events
            if not e["negated"] and e["modality"] not in UNREAL_MODALITIES]


def _as_happening(raw: dict[str, Any]) -> GoldHappening:
    trigger = raw["trigger"]
    mentions = (raw["sentence"], *(m["sentence"] for m in raw.get("mentions", ())))
    return GoldHappening(id=str(raw.get("id")), type=raw["type"], mode=raw.get("mode"),
                         trigger=GoldSpan(trigger["start"], trigger["end"], trigger["text"]),
                         mentions=mentions)
