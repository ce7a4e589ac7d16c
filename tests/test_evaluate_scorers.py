"""Each scorer on hand-built gold and records with a known P/R/F1."""

from __future__ import annotations

import pytest

from dateline.evaluate.gold import (
    NO_EVENT,
    GoldActor,
    GoldDoc,
    GoldEvent,
    GoldMention,
    GoldPlace,
    GoldQuote,
    GoldSpan,
    GoldTime,
    span_of,
)
from dateline.evaluate.scorers import (
    PRF,
    GoldUnit,
    UnitLookup,
    gold_actor_spans,
    haversine_km,
    is_direct,
    page_title,
    score_entities,
    score_events,
    score_places,
    score_quotes,
    score_times,
)
from dateline.record import (
    Actor,
    Article,
    Entity,
    Event,
    Extraction,
    Mention,
    Offsets,
    Place,
    PlaceMention,
    Quote,
    Span,
    Time,
)

TEXT = "Jane Doe met Acme in Paris on Monday. Doe said \"it went well\" on Tuesday."


def _at(word: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _span(word: str, nth: int = 1) -> Span:
    start, end = _at(word, nth)
    return Span(start=start, end=end, text=word)


def _record(**fields: object) -> Extraction:
    return Extraction(article=Article(id="a", text=TEXT, published="2020-01-01"), **fields)


def _entity(eid: str, label: str, *words: str, actor: Actor | None = None) -> Entity:
    mentions = [Mention(**_span(w).model_dump(), kind="name") for w in words]
    return Entity(id=eid, type=label, name=words[0], mentions=mentions, actor=actor)


def test_prf_arithmetic() -> None:
    prf = PRF(matched=2, predicted=4, gold=3)
    assert (prf.precision, prf.recall) == (0.5, pytest.approx(2 / 3))
    assert prf.f1 == pytest.approx(4 / 7)
    assert PRF(0, 0, 0).f1 == 0.0


def test_entities_strict_overlap_and_types() -> None:
    gold = GoldDoc(id="d", text=TEXT, mentions=(
        GoldMention(span_of(TEXT, *_at("Jane Doe")), "PER"),
        GoldMention(span_of(TEXT, *_at("Acme")), "ORG"),
        GoldMention(span_of(TEXT, *_at("Paris")), "LOC"),
        GoldMention(span_of(TEXT, *_at("Doe", 2)), "PER"),
        GoldMention(span_of(TEXT, *_at("Monday")), "FIN"),  # unscored type: a don't-care
    ))
    record = _record(entities=[
        _entity("e1", "PERSON", "Jane"),     # overlaps "Jane Doe": overlap only
        _entity("e2", "ORG", "Acme"),        # strict hit
        _entity("e3", "PERSON", "Paris"),    # wrong type: miss, and a false positive
        _entity("e4", "DATE", "Monday"),     # type outside the mapping: not predicted
        _entity("e5", "GPE", "Tuesday"),     # false positive
    ])
    score = score_entities([gold], [record]).metrics
    # 4 gold (PER, ORG, LOC, PER), 4 predicted (Jane, Acme, Paris, Tuesday).
    assert score["strict.p"] == 0.25 and score["strict.r"] == 0.25
    assert score["overlap.p"] == 0.5 and score["overlap.r"] == 0.5
    assert score["overlap.f1"] == 0.5
    assert score["untyped.f1"] == pytest.approx(0.5)  # Acme and Paris, exact, any type
    assert score["strict.ORG.f1"] == 1.0 and score["strict.LOC.f1"] == 0.0


def test_quotes_parts_and_speakers() -> None:
    gold = GoldDoc(id="d", text=TEXT, quotes=(
        GoldQuote(content=span_of(TEXT, *_at('"it went well"')),
                  source=span_of(TEXT, *_at("Doe", 2)), cue=span_of(TEXT, *_at("said"))),
        GoldQuote(content=span_of(TEXT, *_at("met Acme")), source=span_of(TEXT, *_at("Jane"))),
    ))
    doe = Entity(id="e1", type="PERSON", name="Doe",
                 mentions=[Mention(**_span("Doe", 2).model_dump(), kind="name")])
    record = _record(entities=[doe], quotes=[
        Quote(id="q1", kind="direct", speaker="e1", cue=_span("said"),
              content=_span("it went well")),  # overlaps gold content, not exact
        Quote(id="q2", kind="indirect", content=_span("Tuesday"), source=_span("on")),
    ])
    score = score_quotes([gold], [record]).metrics
    assert score["content.exact.f1"] == 0.0
    assert score["content.overlap.p"] == 0.5 and score["content.overlap.r"] == 0.5
    assert score["cue.exact.p"] == 1.0 and score["cue.exact.r"] == 1.0
    # Sources: gold "Doe", "Jane"; predicted only "on" → nothing right.
    assert score["source.overlap.f1"] == 0.0
    # The first gold quote's speaker is found through the speaker entity's mention.
    assert score["speaker.acc"] == 0.5 and score["speaker.acc_matched"] == 1.0
    # Direct quotes alone: gold '"it went well"' (in marks) vs the one predicted direct quote.
    assert score["direct.content.overlap.p"] == 1.0 and score["direct.content.overlap.r"] == 1.0


def test_direct_quotes_are_those_in_quotation_marks() -> None:
    text = 'He said “we will win,” and added that talks “could” resume. She agreed.'

    def at(part: str) -> GoldSpan:
        return span_of(text, text.index(part), text.index(part) + len(part))

    assert is_direct(text, at("“we will win,”"))
    assert is_direct(text, at("we will win,"))  # marks just outside the span
    assert not is_direct(text, at("talks “could” resume"))  # mixed: marks inside only
    assert not is_direct(text, at("She agreed."))


def test_times_strict_relaxed_and_values() -> None:
    gold = GoldDoc(id="d", text=TEXT, times=(
        GoldTime(span_of(TEXT, *_at("Monday")), "DATE", "2019-12-30"),
        GoldTime(span_of(TEXT, *_at("on Tuesday")), "DATE", "2019-12-31"),
    ))
    record = _record(times=[
        Time(id="t1", **_span("Monday").model_dump(), type="DATE", value="2019-12-30"),
        Time(id="t2", **_span("Tuesday").model_dump(), type="DATE", value="2020-01-07"),
        Time(id="t3", **_span("Jane").model_dump(), type="DATE", value="2020"),
    ])
    score = score_times([gold], [record]).metrics
    assert score["strict.p"] == pytest.approx(1 / 3) and score["strict.r"] == 0.5
    assert score["relaxed.p"] == pytest.approx(2 / 3) and score["relaxed.r"] == 1.0
    assert score["relaxed.f1"] == pytest.approx(0.8)
    assert score["value.acc"] == 0.5
    assert score["value.p"] == pytest.approx(1 / 3) and score["value.r"] == 0.5
    assert score["value.f1"] == pytest.approx(0.4)


def test_times_per_corpus_breakdown() -> None:
    monday = GoldTime(span_of(TEXT, *_at("Monday")), "DATE", "2019-12-30")
    docs = [GoldDoc(id="a", text=TEXT, times=(monday,), meta={"corpus": "airbus"}),
            GoldDoc(id="b", text=TEXT, times=(monday,), meta={"corpus": "gm"})]
    right = Time(id="t1", **_span("Monday").model_dump(), type="DATE", value="2019-12-30")
    wrong = right.model_copy(update={"value": "2020-01-06"})
    score = score_times(docs, [_record(times=[right]), _record(times=[wrong])])
    assert score.metrics["value.f1"] == 0.5
    assert score.metrics["airbus.value.f1"] == 1.0 and score.metrics["gm.value.f1"] == 0.0
    assert score.metrics["airbus.relaxed.f1"] == score.metrics["gm.relaxed.f1"] == 1.0
    assert score.details["per_corpus"]["gm"] == {"gold": 1, "predicted": 1, "matched": 1,
                                                 "value_right": 0}
    # one corpus only: no breakdown
    assert "airbus.value.f1" not in score_times(docs[:1], [_record(times=[right])]).metrics


def test_places_toponyms_and_161_km() -> None:
    gold = GoldDoc(id="d", text=TEXT, places=(
        GoldPlace(span_of(TEXT, *_at("Paris")), 48.86, 2.35),
        GoldPlace(span_of(TEXT, *_at("Acme")), 10.0, 10.0),
    ))
    paris = PlaceMention(**_span("Paris").model_dump())
    acme = PlaceMention(**_span("Acme").model_dump())
    record = _record(places=[
        Place(id="p1", name="Paris", mentions=[paris], lat=48.85, lon=2.35),
        Place(id="p2", name="Acme", mentions=[acme], lat=0.0, lon=0.0),  # ~1,560 km off
        Place(id="p3", name="Jane", mentions=[PlaceMention(**_span("Jane").model_dump())]),
    ])
    score = score_places([gold], [record]).metrics
    assert score["exact.p"] == pytest.approx(2 / 3) and score["exact.r"] == 1.0
    assert score["acc161"] == 0.5
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    misses = score_places([gold], [record]).details["misses"]
    assert [(m["text"], m["name"], m["km"]) for m in misses] == [("Acme", "Acme", 1569)]


def test_places_breakdown_by_what_was_placed() -> None:
    # "Paris" placed as a country 300 km from the gold point but in the right country (a
    # representative-point convention), "Acme" as a town 1,560 km off, "Jane" as a region.
    gold = GoldDoc(id="d", text=TEXT, places=(
        GoldPlace(span_of(TEXT, *_at("Jane")), 0.0, 0.0),
        GoldPlace(span_of(TEXT, *_at("Acme")), 10.0, 10.0),
        GoldPlace(span_of(TEXT, *_at("Paris")), 48.86, 2.35),
    ))
    record = _record(places=[
        Place(id="p1", name="Paris", mentions=[PlaceMention(**_span("Paris").model_dump())],
              lat=46.0, lon=2.0, country="FRA", feature="PCLI"),
        Place(id="p2", name="Acme", mentions=[PlaceMention(**_span("Acme").model_dump())],
              lat=0.0, lon=0.0, country="GHA", feature="PPL"),
        Place(id="p3", name="Jane", mentions=[PlaceMention(**_span("Jane").model_dump())],
              lat=0.5, lon=0.5, feature="RGN"),
    ])
    score = score_places([gold], [record], country_at=lambda lat, lon: "FRA")
    metrics = score.metrics
    assert metrics["acc161"] == pytest.approx(1 / 3)
    assert (metrics["acc161.country"], metrics["acc161.region"], metrics["acc161.other"]) == (
        0.0, 1.0, 0.0)
    assert metrics["country.acc"] == 1.0
    assert score.details["placed_as"] == {"country": 1, "region": 1, "other": 1}
    wrong = score_places([gold], [record], country_at=lambda lat, lon: "BEL").metrics
    assert wrong["country.acc"] == 0.0


class _Units(UnitLookup):
    """Gold units by page, without a gazetteer."""

    def __init__(self) -> None:
        self.table = {"France": GoldUnit("country", country="FRA"),
                      "Texas": GoldUnit("admin1", country="USA", admin1="Texas"),
                      "Africa": GoldUnit("continent", continent="AF", geonameid=6255146)}

    def unit(self, place: GoldPlace) -> GoldUnit | None:
        return self.table.get(place.page or "")

    def continent_of(self, iso3: str | None) -> str | None:
        return {"FRA": "EU", "KEN": "AF", "USA": "NA"}.get(iso3 or "")


def test_places_units_by_containment_points_by_distance() -> None:
    # "Paris" is gold France (a country): placed at a French town 400 km from the gold
    # point, right by containment, wrong by distance; "Jane" is gold Texas: placed as the
    # US, which does not lie in Texas; "Acme" is gold Africa, placed in Kenya; "met" is a
    # town 1 km off.
    gold = GoldDoc(id="d", text=TEXT, places=(
        GoldPlace(span_of(TEXT, *_at("Jane")), 31.0, -100.0, page="Texas"),
        GoldPlace(span_of(TEXT, *_at("met")), 10.0, 10.0, page="Town"),
        GoldPlace(span_of(TEXT, *_at("Acme")), 8.0, 20.0, page="Africa"),
        GoldPlace(span_of(TEXT, *_at("Paris")), 46.0, 2.0, page="France"),
    ))
    record = _record(places=[
        Place(id="p1", name="Lille", mentions=[PlaceMention(**_span("Paris").model_dump())],
              lat=50.6, lon=3.06, country="FRA", feature="PPL"),
        Place(id="p2", name="United States",
              mentions=[PlaceMention(**_span("Jane").model_dump())],
              lat=38.0, lon=-97.0, country="USA", feature="PCLI"),
        Place(id="p3", name="Kenya", mentions=[PlaceMention(**_span("Acme").model_dump())],
              lat=1.0, lon=38.0, country="KEN", feature="PCLI"),
        Place(id="p4", name="Town", mentions=[PlaceMention(**_span("met").model_dump())],
              lat=10.0, lon=10.01, country="NGA", feature="PPL"),
    ])
    score = score_places([gold], [record], country_at=lambda lat, lon: None, units=_Units())
    metrics = score.metrics
    assert metrics["acc.units"] == pytest.approx(2 / 3)  # France, Africa right; Texas wrong
    assert metrics["acc.points"] == 1.0
    assert metrics["acc"] == 0.75
    assert metrics["acc161"] == 0.25  # by distance only the town is right
    assert "geonameid.acc" not in metrics
    assert score.details["geonameid"] == "the gold carries no GeoNames ids"
    assert score.details["units"]["admin1"] == {"right": 0, "total": 1}
    texas = next(m for m in score.details["misses"] if m["text"] == "Jane")
    assert texas["unit"] == "admin1" and texas["contained"] is False


def test_places_geonameid_accuracy_where_gold_has_ids() -> None:
    gold = GoldDoc(id="d", text=TEXT, places=(
        GoldPlace(span_of(TEXT, *_at("Paris")), 48.86, 2.35, geonameid=2988507),
        GoldPlace(span_of(TEXT, *_at("Acme")), 10.0, 10.0, geonameid=1),
    ))
    record = _record(places=[
        Place(id="p1", name="Paris", mentions=[PlaceMention(**_span("Paris").model_dump())],
              lat=48.85, lon=2.35, geonameid=2988507),
        Place(id="p2", name="Acme", mentions=[PlaceMention(**_span("Acme").model_dump())],
              lat=10.0, lon=10.0, geonameid=2),
    ])
    score = score_places([gold], [record])
    assert score.metrics["geonameid.acc"] == 0.5
    assert score.details["geonameid"] == {"right": 1, "total": 2}


@pytest.mark.parametrize(("page", "lat", "lon", "unit"), [
    ("https://en.wikipedia.org/wiki/Georgia_(U.S._state)", 32.7, -83.4,
     GoldUnit("admin1", country="USA", admin1="Georgia", geonameid=4197000)),
    ("https://en.wikipedia.org/wiki/Georgia_(country)", 42.0, 43.5,
     GoldUnit("country", country="GEO", geonameid=614540)),
    ("https://en.wikipedia.org/wiki/Washington,_D.C.", 38.9, -77.0,
     GoldUnit("admin1", country="USA", admin1="District of Columbia", geonameid=4138106)),
    ("https://en.wikipedia.org/wiki/Africa", 8.8, 34.5,
     GoldUnit("continent", continent="AF", geonameid=6255146)),
    ("https://en.wikipedia.org/wiki/Santa_Ana,_California", 33.7, -117.9, None),
    ("https://en.wikipedia.org/wiki/London", 51.5, -0.1, None),
])
def test_places_gold_units_from_wikipedia_pages(page: str, lat: float, lon: float,
                                                unit: GoldUnit | None) -> None:
    assert page_title(page) in page.replace("_", " ")
    assert UnitLookup().unit(GoldPlace(GoldSpan(0, 1, "x"), lat, lon, page=page)) == unit


def _event(eid: str, kind: str, source: list[str], confidence: float = 0.5) -> Event:
    return Event(id=eid, type=kind, source=source, trigger=_span("met"),
                 sentence=Offsets(start=0, end=10), confidence=confidence, rule="test")


def test_events_accuracy_macro_f1_and_actors() -> None:
    usa = GoldActor(text="Jane", code="USA", sectors=("GOV",))
    docs = [
        GoldDoc(id="1", text=TEXT, events=(GoldEvent("CONSULT", sources=(usa,)),)),
        GoldDoc(id="2", text=TEXT, events=(GoldEvent("ACCUSE"),)),
        GoldDoc(id="3", text=TEXT, events=(GoldEvent(NO_EVENT),)),
        GoldDoc(id="4", text=TEXT, events=(GoldEvent("ACCUSE"),)),
    ]
    jane = _entity("e1", "PERSON", "Jane", actor=Actor(code="USA", sector=["GOV"],
                                                       basis="dictionary"))
    records = [
        # the most confident event is the primary one
        _record(entities=[jane], events=[_event("v1", "AGREE", [], 0.2),
                                         _event("v2", "CONSULT", ["e1"], 0.9)]),
        _record(events=[_event("v1", "CONSULT", [])]),
        _record(),
        _record(events=[_event("v1", "ACCUSE", [])]),
    ]
    score = score_events(docs, records)
    assert score.metrics["type.acc"] == 0.75
    # CONSULT p=1/2 r=1 f1=2/3; ACCUSE p=1 r=1/2 f1=2/3; NONE f1=1 → macro (2/3+2/3+1)/3
    assert score.metrics["type.macro_f1"] == pytest.approx(7 / 9)
    assert score.metrics["source.country.acc"] == 1.0
    assert score.metrics["source.sector.acc"] == 1.0
    assert score.details["confusion"]["ACCUSE"] == {"CONSULT": 1, "ACCUSE": 1}
    assert score.details["largest_errors"] == [
        {"gold": "ACCUSE", "predicted": "CONSULT", "count": 1}]


def test_events_largest_errors_are_the_biggest_off_diagonal_cells() -> None:
    from collections import Counter

    from dateline.evaluate.scorers import largest_errors

    confusion = Counter({("AGREE", "AGREE"): 9, ("AGREE", "CONCEDE"): 4, ("COERCE", "ASSAULT"): 3,
                         ("RETREAT", "NONE"): 3, ("AID", "NONE"): 2, ("PROTEST", "PROTEST"): 8})
    assert [(c["gold"], c["predicted"], c["count"]) for c in largest_errors(confusion)] == [
        ("AGREE", "CONCEDE", 4), ("COERCE", "ASSAULT", 3), ("RETREAT", "NONE", 3)]


def test_events_un_and_eu_codes_count_as_the_gold_igo() -> None:
    # Older gold schemes write the UN and the EU as IGO; dateline writes UNO and EUR.
    igo = GoldActor(text="Jane", code="IGO")
    docs = [GoldDoc(id="1", text=TEXT, events=(GoldEvent("CONSULT", sources=(igo,)),))]
    un = _entity("e1", "ORG", "Jane", actor=Actor(code="UNO", basis="dictionary"))
    records = [_record(entities=[un], events=[_event("v1", "CONSULT", ["e1"], 0.9)])]
    assert score_events(docs, records).metrics["source.country.acc"] == 1.0


def test_empty_records_score_zero() -> None:
    gold = GoldDoc(id="d", text=TEXT, quotes=(GoldQuote(span_of(TEXT, 0, 4)),),
                   times=(GoldTime(span_of(TEXT, 0, 4), "DATE", "2020"),))
    assert set(score_quotes([gold], [_record()]).metrics.values()) == {0.0}
    assert set(score_times([gold], [_record()]).metrics.values()) == {0.0}


@pytest.mark.parametrize(
    ("actor_text", "expected"),
    [
        ("U.S. ... negotiators", ["U.S.", "negotiators"]),
        ("Homeland Union  (Conservatives)", ["Homeland Union (Conservatives)"]),
        (" a member of the Syrian parliament", ["A member of the Syrian parliament"]),
        ("Ghanians", []),
    ],
)
def test_gold_actor_text_found_across_gaps_spaces_and_case(actor_text: str,
                                                          expected: list[str]) -> None:
    text = ("U.S. and Russian negotiators met. The Homeland Union (Conservatives) protested. "
            "A member of the Syrian parliament spoke to Ghanaians.")
    spans = gold_actor_spans(text, actor_text)
    assert [text[start:end] for start, end in spans] == expected
