"""dateline's own event gold (`data/events/`): whole articles and a sentence-level train set.

Annotators write one JSON line per sentence with spans as text (docs/annotating-events.md);
`compile_article` turns those lines into character offsets and checks them, and
`read_events_doc` reads the compiled whole-article gold (`gold-dev.jsonl`) for scoring;
`read_train_batches` reads train batches the same way, to score news of other kinds.
The format of the compiled files is described in data/events/README.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import EvaluationError
from dateline.evaluate.gold import GoldDoc, GoldHappening, GoldSpan
from dateline.record import MODALITIES

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
# The modes PLOVER 0.8 lists per type (manual, "Supplementary fields").
_REQUEST_MODES = ("assist", "change", "yield", "meet")
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _REQUEST_MODES,
    "REJECT": _REQUEST_MODES,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}
DATE_BASES = ("explicit", "context", "published")
# Actor codes that are no country: PLOVER's international and transnational actors.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"})
_TIMEX_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W\d{2}|-Q[1-4])?$")


class AnnotationError(EvaluationError):
    """An annotation line cannot be compiled: a span not in its sentence, an unknown type…"""

    code = "DL404"


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The ISO alpha-3 codes of dateline's shipped country table."""
    data = json.loads(resources.files("dateline.data").joinpath("actor_countries.json")
                      .read_text(encoding="utf-8"))
    return frozenset(coding.split("|", 1)[0] for coding in data["codings"])


def known_code(code: str) -> bool:
    return code in NON_STATE_CODES or code in country_codes()


# --- annotation lines -> compiled records -------------------------------------------------

def read_annotation_lines(path: Path) -> list[dict[str, Any]]:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{path.name} line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(value, dict):
            raise AnnotationError(f"{path.name} line {number}: not a JSON object")
        lines.append(value)
    return lines


def _find(sentence: str, needle: str, occurrence: int, what: str) -> tuple[int, int]:
    """Offsets (in the sentence) of the `occurrence`-th exact match of `needle`."""
    start = -1
    for _ in range(max(occurrence, 1)):
        start = sentence.find(needle, start + 1)
        if start < 0:
            raise AnnotationError(f"{what} {needle!r} (occurrence {occurrence}) is not in the "
                                  f"sentence {sentence[:80]!r}…")
    return start, start + len(needle)


def _span(sentence: str, offset: int, needle: str, occurrence: int, what: str
          ) -> dict[str, Any]:
    start, end = _find(sentence, needle, occurrence, what)
    return {"start": offset + start, "end": offset + end, "text": needle}


def _occurrences(sentence: str, needle: str) -> int:
    """How often `needle` stands in the sentence, counted as `_find` counts (plain
    substrings, overlapping ones too)."""
    count, start = 0, sentence.find(needle)
    while start >= 0:
        count, start = count + 1, sentence.find(needle, start + 1)
    return count


def ambiguous_spans(article: dict[str, Any], lines: Iterable[dict[str, Any]]) -> list[str]:
    """Spans that stand more than once in their sentence with no `*_n` to say which: the
    first is taken, which may not be the one meant ("he" stands in "the" too)."""
    bounds: list[list[int]] = article["sentences"]
    found = []
    for line in lines:
        index = line.get("s")
        if not isinstance(index, int) or not 0 <= index < len(bounds):
            continue
        start, end = bounds[index]
        sentence = article["text"][start:end]
        for event in line.get("events") or []:
            for role in ("trigger", "source", "target"):
                if event.get(f"{role}_n") is not None:
                    continue
                for text in _as_list(event.get(role)):
                    times = _occurrences(sentence, text) if isinstance(text, str) and text else 0
                    if times > 1:
                        found.append(f"sentence {index}: {role} {text!r} stands {times} times "
                                     f"in it; {role}_n says which (the first is taken)")
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _actors(event: dict[str, Any], role: str, sentence: str, offset: int) -> list[dict[str, Any]]:
    texts, codes = _as_list(event.get(role)), _as_list(event.get(f"{role}_code"))
    occurrences = _as_list(event.get(f"{role}_n"))
    count = max(len(texts), len(codes))
    actors = []
    for index in range(count):
        text = texts[index] if index < len(texts) else None
        code = codes[index] if index < len(codes) else None
        occurrence = int(occurrences[index]) if index < len(occurrences) else 1
        actor: dict[str, Any] = (_span(sentence, offset, text, occurrence, role)
                                 if isinstance(text, str) and text else {"text": None})
        actor["code"] = code if isinstance(code, str) and code else None
        actors.append(actor)
    return actors


def compile_event(event: dict[str, Any], sentence: str, offset: int, index: int, *,
                  document: bool) -> dict[str, Any]:
    """One annotated event with its spans as article offsets."""
    trigger = event.get("trigger")
    if not isinstance(trigger, str) or not trigger:
        raise AnnotationError(f"sentence {index}: an event has no trigger text")
    record: dict[str, Any] = {
        "trigger": _span(sentence, offset, trigger, int(event.get("trigger_n") or 1), "trigger"),
        "sentence": index,
        "type": event.get("type"),
        "mode": event.get("mode") or None,
        "source": _actors(event, "source", sentence, offset),
        "target": _actors(event, "target", sentence, offset),
        "modality": event.get("modality") or "asserted",
        "negated": bool(event.get("negated", False)),
    }
    if document:
        record["id"] = event.get("id")
        record["background"] = bool(event.get("background", False))
        date = event.get("date") or None
        record["date"] = None if date is None else {
            "value": date, "basis": event.get("date_basis") or None,
            "text": event.get("date_text") or None}
        place = event.get("place") or None
        record["place"] = None if place is None else {
            "name": place, "country": event.get("place_country") or None}
    if event.get("note"):
        record["note"] = event["note"]
    return record


def compile_article(article: dict[str, Any], lines: Iterable[dict[str, Any]], *,
                    document: bool) -> dict[str, Any]:
    """An article's annotation lines compiled: whole-article gold (`document`) groups the
    mentions of one happening under its first mention; else one record per sentence."""
    text: str = article["text"]
    bounds: list[list[int]] = article["sentences"]
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for line in lines:
        index = line.get("s")
        if not isinstance(index, int) or not 0 <= index < len(bounds):
            raise AnnotationError(f"sentence number {index!r} is not one of 0..{len(bounds) - 1}")
        if index in by_sentence:
            raise AnnotationError(f"sentence {index} is annotated twice")
        events = line.get("events")
        if not isinstance(events, list):
            raise AnnotationError(f"sentence {index}: 'events' is not a list")
        by_sentence[index] = events
    missing = [i for i in range(len(bounds)) if i not in by_sentence]
    if missing:
        raise AnnotationError(f"sentences {missing[:10]} have no annotation line")
    meta = {k: article[k] for k in ("id", "corpus", "source", "licence", "url", "title",
                                    "published", "topic")}
    if not document:
        sentences = []
        for index, (start, end) in enumerate(bounds):
            events = [compile_event(e, text[start:end], start, index, document=False)
                      for e in by_sentence[index]]
            sentences.append({"id": f"{article['id']}:{index}", "article": article["id"],
                              "sentence": index, "start": start, "end": end,
                              "text": text[start:end], "events": events,
                              **{k: meta[k] for k in ("corpus", "source", "licence", "url",
                                                      "published")}})
        return {**meta, "sentences": sentences}
    happenings: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for index, (start, end) in enumerate(bounds):
        for number, raw in enumerate(by_sentence[index]):
            key = str(raw.get("id") or f"s{index}.{number}")
            if key in happenings:  # a later mention of a happening already recorded
                mention = _span(text[start:end], start, str(raw.get("trigger") or ""),
                                int(raw.get("trigger_n") or 1), "trigger")
                happenings[key]["mentions"].append({"trigger": mention, "sentence": index})
                continue
            event = compile_event(raw, text[start:end], start, index, document=True)
            event["id"] = key
            event["mentions"] = []
            happenings[key] = event
            order.append(key)
    return {**meta, "text": text, "sentences": bounds,
            "events": [happenings[key] for key in order]}


def validate_event(event: dict[str, Any], text: str, where: str) -> None:
    if event["type"] not in PLOVER_TYPES:
        raise AnnotationError(f"{where}: {event['type']!r} is not a PLOVER type")
    if event["mode"] is not None and event["mode"] not in MODES.get(event["type"], ()):
        raise AnnotationError(f"{where}: {event['mode']!r} is not a mode of {event['type']}")
    if event["modality"] not in MODALITIES:
        raise AnnotationError(f"{where}: modality {event['modality']!r} unknown")
    spans = [event["trigger"], *(m["trigger"] for m in event.get("mentions", ()))]
    spans += [a for a in (*event["source"], *event["target"]) if a.get("text") is not None]
    for span in spans:
        if text[span["start"]:span["end"]] != span["text"]:
            raise AnnotationError(f"{where}: offsets of {span['text']!r} do not match the text")
    for actor in (*event["source"], *event["target"]):
        if actor["code"] is not None and not known_code(actor["code"]):
            raise AnnotationError(f"{where}: actor code {actor['code']!r} is unknown")
    date = event.get("date")
    if date is not None:
        if not _TIMEX_DATE.match(str(date["value"])):
            raise AnnotationError(f"{where}: date {date['value']!r} is no TIMEX3 date value")
        if date["basis"] not in DATE_BASES:
            raise AnnotationError(f"{where}: date basis {date['basis']!r} unknown")
    place = event.get("place")
    if place is not None and place["country"] is not None and not known_code(place["country"]):
        raise AnnotationError(f"{where}: place country {place['country']!r} unknown")


def validate_record(record: dict[str, Any]) -> None:
    """Raise `AnnotationError` unless every offset matches and every label is known."""
    if "sentences" in record and record["sentences"] and isinstance(record["sentences"][0],
                                                                    dict):
        for sentence in record["sentences"]:
            for event in sentence["events"]:
                # train events hold article offsets: check them against the sentence
                shifted = _shift(event, -sentence["start"])
                validate_event(shifted, sentence["text"], sentence["id"])
        return
    for event in record["events"]:
        validate_event(event, record["text"], f"{record['id']} {event['id']}")


def _shift(event: dict[str, Any], delta: int) -> dict[str, Any]:
    def move(span: dict[str, Any]) -> dict[str, Any]:
        if span.get("text") is None:
            return span
        return {**span, "start": span["start"] + delta, "end": span["end"] + delta}
    return {**event, "trigger": move(event["trigger"]),
            "source": [move(a) for a in event["source"]],
            "target": [move(a) for a in event["target"]]}


# --- compiled whole-article gold, for scoring ---------------------------------------------

def _happening(raw: dict[str, Any]) -> GoldHappening:
    date = raw.get("date") or {}
    place = raw.get("place") or {}
    trigger = raw["trigger"]
    return GoldHappening(
        id=raw["id"], type=raw["type"], mode=raw.get("mode"),
        trigger=GoldSpan(trigger["start"], trigger["end"], trigger["text"]),
        mentions=(raw["sentence"], *(m["sentence"] for m in raw.get("mentions", ()))),
        source_codes=tuple(a.get("code") for a in raw["source"]),
        target_codes=tuple(a.get("code") for a in raw["target"]),
        modality=raw["modality"], negated=raw["negated"], background=raw["background"],
        date=date.get("value"), place=place.get("name"), place_country=place.get("country"))


def parse_events_doc(raw: dict[str, Any]) -> GoldDoc:
    """One compiled gold article, checked, as a `GoldDoc` with its happenings."""
    validate_record(raw)
    return GoldDoc(
        id=raw["id"], text=raw["text"], published=raw.get("published"),
        sentences=tuple((s, e) for s, e in raw["sentences"]),
        happenings=tuple(_happening(e) for e in raw["events"]),
        meta={k: str(raw[k]) for k in ("corpus", "source", "licence", "url", "title", "topic")
              if raw.get(k) is not None})


def read_events_doc(path: Path) -> list[GoldDoc]:
    """The whole-article gold in `path` (gold-dev.jsonl), checked as it is read."""
    docs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                docs.append(parse_events_doc(json.loads(line)))
            except (KeyError, TypeError, json.JSONDecodeError) as exc:
                raise AnnotationError(f"{path.name} line {number}: malformed ({exc})") from exc
    return docs


def read_train_batches(articles: Path, sentences: Path, batches: Collection[int]
                       ) -> list[GoldDoc]:
    """The train articles of these batches (`articles.jsonl`, `train.jsonl`) as whole-article
    gold, to score the pipeline on news it did not learn from. Their gold is sentence gold:
    each event is a happening of its own (one told in two sentences is two, so a record
    that keeps both mentions finds one), and they give no date or place."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for sentence in _jsonl(sentences):
        by_article.setdefault(sentence["article"], []).append(sentence)
    docs = []
    for article in _jsonl(articles):
        if article["split"] != "train" or article.get("batch", 1) not in batches:
            continue
        happenings = [
            GoldHappening(
                id=f"s{sentence['sentence']}.{n}", type=event["type"], mode=event.get("mode"),
                trigger=GoldSpan(event["trigger"]["start"], event["trigger"]["end"],
                                 event["trigger"]["text"]),
                mentions=(sentence["sentence"],),
                source_codes=tuple(a.get("code") for a in event["source"]),
                target_codes=tuple(a.get("code") for a in event["target"]),
                modality=event.get("modality", "asserted"),
                negated=event.get("negated", False))
            for sentence in sorted(by_article.get(article["id"], []),
                                   key=lambda s: s["sentence"])
            for n, event in enumerate(sentence["events"])]
        docs.append(GoldDoc(
            id=article["id"], text=article["text"], published=article.get("published"),
            sentences=tuple((s, e) for s, e in article["sentences"]),
            happenings=tuple(happenings),
            meta={k: str(article[k]) for k in ("corpus", "source", "licence", "url", "title",
                                                "topic", "batch") if article.get(k) is not None}))
    return docs


def _jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{path.name}: malformed ({exc})") from exc
