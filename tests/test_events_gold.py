"""dateline's event gold (data/events): the annotation compiler, the shipped files' validity,
and the whole-article scorer behind `dateline eval events-doc`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluate.events_doc import annotator_agreement, score_events_doc
from dateline.evaluate.gold import GoldDoc, GoldHappening, GoldSpan
from dateline.evaluate.readers.events_doc import (
    PLOVER_TYPES,
    AnnotationError,
    ambiguous_spans,
    compile_article,
    known_code,
    parse_events_doc,
    read_events_doc,
    validate_record,
)
from dateline.record import Actor, Article, Entity, Event, Extraction, Mention, Offsets, Span

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "data" / "events"

TEXT = ("Putin met Erdogan in Ankara on Monday. Putin said the talks were useful. "
        "Police arrested two men. Nothing happened.")
ARTICLE: dict[str, Any] = {
    "id": "t-1", "corpus": "test", "source": "Test", "licence": "CC0", "url": "http://x",
    "title": "T", "published": "2020-01-08", "topic": "diplomacy", "text": TEXT,
    "sentences": [[0, 38], [39, 72], [73, 97], [98, 115]],
}


def _line(s: int, *events: dict[str, Any]) -> dict[str, Any]:
    return {"s": s, "events": list(events)}


MEET = {"trigger": "met", "type": "CONSULT", "mode": "visit", "source": "Putin",
        "source_code": "RUS", "target": "Erdogan", "target_code": "TUR",
        "modality": "asserted", "negated": False, "id": "h1", "background": False,
        "date": "2020-01-06", "date_basis": "explicit", "date_text": "on Monday",
        "place": "Ankara", "place_country": "TUR"}
ARREST = {"trigger": "arrested", "type": "COERCE", "mode": "arrest", "source": "Police",
          "source_code": None, "target": "two men", "target_code": None,
          "modality": "asserted", "negated": False, "id": "h2", "background": False,
          "date": None, "date_basis": None, "place": None, "place_country": None}


def _gold_lines() -> list[dict[str, Any]]:
    return [_line(0, MEET), _line(1, {"trigger": "talks", "id": "h1"}), _line(2, ARREST),
            _line(3)]


def test_compile_turns_text_spans_into_offsets_and_groups_mentions() -> None:
    record = compile_article(ARTICLE, _gold_lines(), document=True)
    validate_record(record)
    meet, arrest = record["events"]
    assert TEXT[meet["trigger"]["start"]:meet["trigger"]["end"]] == "met"
    assert meet["source"] == [{"start": 0, "end": 5, "text": "Putin", "code": "RUS"}]
    assert [m["sentence"] for m in meet["mentions"]] == [1]
    assert meet["date"] == {"value": "2020-01-06", "basis": "explicit", "text": "on Monday"}
    assert arrest["source"][0]["code"] is None


def test_compile_finds_the_nth_occurrence() -> None:
    event = {**MEET, "id": "h9", "trigger": "Putin", "trigger_n": 1, "target": None}
    lines = [_line(0), _line(1, {**event, "source": "Putin", "source_n": 1}), _line(2), _line(3)]
    record = compile_article(ARTICLE, lines, document=True)
    assert record["events"][0]["trigger"]["start"] == 39
    with pytest.raises(AnnotationError, match="occurrence 2"):
        compile_article(ARTICLE, [_line(0), _line(1, {**event, "trigger_n": 2}), _line(2),
                                  _line(3)], document=True)


def test_spans_standing_twice_without_an_occurrence_number_are_pointed_out() -> None:
    said = {**MEET, "trigger": "said", "source": "Putin", "target": None}
    assert ambiguous_spans(ARTICLE, [_line(0, MEET), _line(1, said)]) == []
    lines = [_line(1, {**said, "trigger": "e"}), _line(2, {**ARREST, "target": "t"})]
    assert ambiguous_spans(ARTICLE, lines) == [
        "sentence 1: trigger 'e' stands 4 times in it; trigger_n says which (the first is "
        "taken)",
        "sentence 2: target 't' stands 2 times in it; target_n says which (the first is "
        "taken)"]
    assert ambiguous_spans(ARTICLE, [_line(1, {**said, "trigger": "e", "trigger_n": 2})]) == []


@pytest.mark.parametrize(("lines", "message"), [
    ([_line(0), _line(1), _line(2)], "no annotation line"),
    ([_line(0), _line(0), _line(1), _line(2), _line(3)], "annotated twice"),
    ([_line(0, {**MEET, "trigger": "visited"}), _line(1), _line(2), _line(3)], "not in the"),
    ([_line(0, {**MEET, "type": "MEET"}), _line(1), _line(2), _line(3)], "not a PLOVER type"),
    ([_line(0, {**MEET, "mode": "phone call"}), _line(1), _line(2), _line(3)], "not a mode"),
    ([_line(0, {**MEET, "source_code": "XXZ"}), _line(1), _line(2), _line(3)], "unknown"),
    ([_line(0, {**MEET, "date": "Monday"}), _line(1), _line(2), _line(3)], "TIMEX3"),
    ([_line(0, {**MEET, "modality": "maybe"}), _line(1), _line(2), _line(3)], "modality"),
])
def test_bad_annotations_are_refused_with_a_reason(lines: list[dict[str, Any]],
                                                   message: str) -> None:
    with pytest.raises(AnnotationError, match=message):
        validate_record(compile_article(ARTICLE, lines, document=True))


def test_sentence_records_keep_article_offsets() -> None:
    talks = {**MEET, "trigger": "talks", "target": None, "target_code": None}
    lines = [_line(0, MEET), _line(1, talks), _line(2, ARREST), _line(3)]
    record = compile_article(ARTICLE, lines, document=False)
    validate_record(record)
    second = record["sentences"][1]
    event = second["events"][0]
    assert (second["start"], second["text"][:5]) == (39, "Putin")
    assert TEXT[event["trigger"]["start"]:event["trigger"]["end"]] == "talks"


def test_reader_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(compile_article(ARTICLE, _gold_lines(), document=True)) + "\n",
                    encoding="utf-8")
    (doc,) = read_events_doc(path)
    assert doc.sentences[1] == (39, 72)
    assert [(h.id, h.type, h.mentions) for h in doc.happenings] == [
        ("h1", "CONSULT", (0, 1)), ("h2", "COERCE", (2,))]
    assert doc.happenings[0].source_codes == ("RUS",)


# --- the scorer ---------------------------------------------------------------------------

def _gold_doc() -> GoldDoc:
    return parse_events_doc(compile_article(ARTICLE, _gold_lines(), document=True))


def _event(number: int, kind: str, start: int, end: int, sentence: tuple[int, int], **extra: Any
           ) -> Event:
    return Event(id=f"v{number}", type=kind, trigger=Span(start=start, end=end,
                                                          text=TEXT[start:end]),
                 sentence=Offsets(start=sentence[0], end=sentence[1]), rule="test", **extra)


def _record(*events: Event) -> Extraction:
    putin = Entity(id="e1", type="PERSON", name="Putin",
                   mentions=[Mention(start=0, end=5, text="Putin", kind="name")],
                   actor=Actor(code="RUS", basis="text"))
    return Extraction(article=Article(id="a", text=TEXT), entities=[putin],
                      events=list(events))


def test_scorer_matches_within_sentences_and_counts_duplicates() -> None:
    record = _record(
        _event(1, "CONSULT", 6, 9, (0, 38), source=["e1"], confidence=0.9),  # right
        _event(2, "CONSULT", 54, 59, (39, 72), confidence=0.9),  # a second row of h1
        _event(3, "ASSAULT", 80, 88, (73, 97), confidence=0.4),  # found, wrong type
        _event(4, "PROTEST", 98, 105, (98, 115), confidence=0.8),  # false event
    )
    score = score_events_doc([_gold_doc()], [record])
    m = score.metrics
    assert (m["detect.p"], m["detect.r"]) == (0.5, 1.0)
    assert (m["typed.p"], m["typed.r"]) == (0.25, 0.5)
    assert m["duplicates"] == 0.25
    assert m["source.country.acc"] == 1.0
    assert m["typed.p@0.7"] == pytest.approx(1 / 3)
    assert m["type.agreement"] == 0.5
    assert [e["trigger"] for e in score.details["false_events"]] == ["talks", "Nothing"]
    assert [(x["type"], x["predicted_type"]) for x in score.details["misses"]] == [
        ("COERCE", "ASSAULT")]


def test_negated_and_hypothetical_events_are_left_out_on_both_sides() -> None:
    doc = _gold_doc()
    negated = GoldHappening(id="h3", type="ASSAULT", mode=None,
                            trigger=GoldSpan(98, 105, "Nothing"), mentions=(3,), negated=True)
    doc = doc.with_layers(happenings=(*doc.happenings, negated))
    record = _record(_event(1, "CONSULT", 6, 9, (0, 38)),
                     _event(2, "ASSAULT", 98, 105, (98, 115), modality="hypothetical"))
    m = score_events_doc([doc], [record]).metrics
    assert (m["detect.p"], m["detect.r"]) == (1.0, 0.5)


def test_agreement_is_detection_and_type_agreement() -> None:
    first = compile_article(ARTICLE, _gold_lines(), document=True)
    other_lines = [_line(0, MEET), _line(1), _line(2, {**ARREST, "type": "ASSAULT", "mode": None}),
                   _line(3, {**ARREST, "id": "h3", "trigger": "Nothing", "source": None,
                              "target": None})]
    second = compile_article(ARTICLE, other_lines, document=True)
    result = annotator_agreement([(first, second)])
    assert result["detect.f1"] == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert result["type.agreement"] == 0.5


# --- the shipped files --------------------------------------------------------------------

def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_shipped_gold_is_valid_and_complete() -> None:
    articles = {a["id"]: a for a in _jsonl(EVENTS / "articles.jsonl")}
    gold = read_events_doc(EVENTS / "gold-dev.jsonl")
    assert len(gold) >= 40
    assert {d.id for d in gold} == {i for i, a in articles.items() if a["split"] == "gold-dev"}
    corpora = Counter(d.meta["corpus"] for d in gold)
    assert corpora["wikinews"] >= 10 and corpora["kremlin"] + corpora["ukraine"] >= 10
    for doc in gold:
        assert doc.text == articles[doc.id]["text"]
        assert all(h.type in PLOVER_TYPES for h in doc.happenings)
        assert doc.meta["url"].startswith("http") and doc.meta["licence"].startswith("CC BY")


def test_shipped_train_set_is_valid_and_disjoint_from_gold() -> None:
    articles = {a["id"]: a for a in _jsonl(EVENTS / "articles.jsonl")}
    sentences = _jsonl(EVENTS / "train.jsonl")
    assert len(sentences) >= 4000
    with_events = sum(bool(s["events"]) for s in sentences)
    assert with_events <= len(sentences) / 2
    for sentence in sentences:
        article = articles[sentence["article"]]
        assert article["split"] == "train"
        assert article["text"][sentence["start"]:sentence["end"]] == sentence["text"]
        for event in sentence["events"]:
            trigger = event["trigger"]
            assert article["text"][trigger["start"]:trigger["end"]] == trigger["text"]
            assert event["type"] in PLOVER_TYPES
            codes = [a["code"] for a in (*event["source"], *event["target"]) if a["code"]]
            assert all(known_code(code) for code in codes)
    # every train article is labelled, every sentence of it
    per_article = Counter(s["article"] for s in sentences)
    train = {i for i, a in articles.items() if a["split"] == "train"}
    assert set(per_article) == train
    assert all(per_article[i] == len(articles[i]["sentences"]) for i in train)


def test_later_train_batches_leave_the_demo_articles_out() -> None:
    """Reading the demo store judges articles the model never learned from (the first batch
    predates this rule)."""
    demo = {json.loads(line)["url"] for line in (ROOT / "examples" / "wikinews" /
                                                 "wikinews-politics.jsonl").open(encoding="utf-8")}
    later = [a for a in _jsonl(EVENTS / "articles.jsonl") if a.get("batch", 1) > 1]
    assert later and not any(a["url"] in demo for a in later)


def test_train_batches_read_as_whole_article_gold() -> None:
    """`dateline eval events-doc --split batch-5` (or held-out): the train batches the model
    did not learn from, each sentence-gold event a happening of its own."""
    from dateline.evaluate.runner import load_gold
    from dateline.events.model import load_event_model

    fifth = load_gold("events-doc", ROOT, "batch-5")
    sentences = [s for s in _jsonl(EVENTS / "train.jsonl")
                 if s["article"] in {d.id for d in fifth}]
    assert len(fifth) == 26 and {d.meta["batch"] for d in fifth} == {"5"}
    assert sum(len(d.happenings) for d in fifth) == sum(len(s["events"]) for s in sentences)
    for doc in fifth:
        for happening in doc.happenings:
            start, end = doc.sentences[happening.mentions[0]]
            assert start <= happening.trigger.start < end
            assert doc.text[happening.trigger.start:happening.trigger.end] == \
                happening.trigger.text
    model = load_event_model()
    learned = set(model.meta["batches"]) if model is not None else set()
    held_out = load_gold("events-doc", ROOT, "held-out")
    assert {d.meta.get("batch", "1") for d in held_out} == \
        {str(b) for b in range(1, 6)} - {str(b) for b in learned}
