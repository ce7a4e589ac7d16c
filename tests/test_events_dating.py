"""When and where events happened, from the discourse: the time or place of the event's
clause, else of its sentence, else what the paragraph (dates) or the article's lede
(places) has established; the dateline only for events of the day in that place."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline import Extraction, Extractor
from dateline.record import Event
from dateline.settings import Settings


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """These tests read the rules: the coder without the event model (the model's own
    tests are in test_event_model.py)."""
    return Extractor(replace(Settings.from_env(), event_coder="rules"))

# 9 January 2019 is a Wednesday.
WEDNESDAY = "2019-01-09"


def _event(record: Extraction, trigger: str) -> Event:
    found = [e for e in record.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def _date(record: Extraction, trigger: str) -> tuple[str | None, str, str | None]:
    """The event's date value, basis and the text of the time expression it came from."""
    event = _event(record, trigger)
    assert event.date is not None
    times = {t.id: t.text for t in record.times}
    return event.date.value, event.date.basis, times.get(event.date.time or "")


def _place(record: Extraction, trigger: str) -> tuple[str | None, str | None]:
    event = _event(record, trigger)
    names = {p.id: p.name for p in record.places}
    return names.get(event.place or ""), event.place_basis


# --- dates ----------------------------------------------------------------------------


def test_dating_time_of_the_frame_dates_every_clause_it_frames(extractor: Extractor) -> None:
    record = extractor.extract("On Monday, police raided the party's offices and arrested "
                               "twenty of its members.", published=WEDNESDAY)
    assert _date(record, "arrested") == ("2019-01-07", "explicit", "Monday")


def test_dating_paragraph_establishes_the_day_of_its_story(extractor: Extractor) -> None:
    text = ("Police raided the opposition party's offices in Kampala on Monday. "
            "The police arrested twenty party members.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "arrested") == ("2019-01-07", "explicit", "Monday")


def test_dating_paragraph_day_stops_at_another_story(extractor: Extractor) -> None:
    # Armenia's ministry is not of Monday's story: the publication date, said so.
    text = ("Recep Tayyip Erdogan hosted Ilham Aliyev in Ankara on Monday. "
            "Armenia's foreign ministry accused Russia of arming rebels.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "accused") == (WEDNESDAY, "published", None)


def test_dating_paragraph_day_stops_at_the_paragraph(extractor: Extractor) -> None:
    text = ("Police raided the opposition party's offices in Kampala on Monday.\n\n"
            "The police arrested twenty party members.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "arrested") == (WEDNESDAY, "published", None)


def test_dating_paragraph_day_stops_after_a_background_date(extractor: Extractor) -> None:
    text = ("Police raided the opposition party's offices on Monday. The police had banned "
            "the party in 2015. The police arrested twenty party members.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "arrested")[1] == "published"


def test_dating_past_paragraph_day_does_not_date_a_future_event(extractor: Extractor) -> None:
    text = ("Police raided the opposition party's offices on Monday. "
            "The police will arrest twenty party members.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "arrest")[0] != "2019-01-07"


@pytest.mark.parametrize(("sentence", "trigger", "value"), [
    ("Thousands of protesters marched on Friday in the capital.", "marched", "2019-01-04"),
    ("The opposition said it would hold talks with the government on Friday.", "talks",
     "2019-01-11"),
    ("Israeli jets bombed Gaza on Friday.", "bombed", "2019-01-04"),
])
def test_dating_weekday_direction_follows_the_tense(extractor: Extractor, sentence: str,
                                                    trigger: str, value: str) -> None:
    record = extractor.extract(sentence, published=WEDNESDAY)
    assert _date(record, trigger)[:2] == (value, "explicit")


def test_dating_clock_time_dates_by_its_day_never_a_year(extractor: Extractor) -> None:
    for text in ("Israeli jets bombed Gaza at 1625 UTC on Tuesday, the army said.",
                 "Israeli jets bombed Gaza on Tuesday (1625 GMT), the army said."):
        record = extractor.extract(text, published=WEDNESDAY)
        assert _date(record, "bombed")[:2] == ("2019-01-08", "explicit"), text
        assert not [t for t in record.times if t.granularity == "year"], text


def test_dating_part_of_day_dates_by_its_day(extractor: Extractor) -> None:
    record = extractor.extract("Syrian government forces shelled Idlib on Friday morning.",
                               published=WEDNESDAY)
    assert _date(record, "shelled") == ("2019-01-04", "explicit", "Friday morning")


@pytest.mark.parametrize(("sentence", "dated"), [
    # Wednesday 9 January 2019, less a few days: Sunday 6 January, in week 1
    ("The news of Iran's talks came a few days after talks between U.S. and Taliban "
     "officials.", ("2019-W01", "explicit", "a few days")),
    # Monday 7 January less three weeks: 17 December 2018, in week 51
    ("On Monday, the president flew to Paris, three weeks after talks with Macron.",
     ("2018-W51", "explicit", "three weeks")),
    ("Iran summoned the ambassador two days after talks between U.S. and Taliban officials.",
     ("2019-01-07", "explicit", "two days")),
])
def test_dating_a_happening_a_span_before_its_clause(extractor: Extractor, sentence: str,
                                                     dated: tuple[str, str, str]) -> None:
    """"came a few days after talks": the talks were a few days before the news, not on the
    day it was published; the span says how precisely."""
    record = extractor.extract(sentence, published=WEDNESDAY)
    talks = [e for e in record.events if e.trigger.text == "talks"][-1]
    assert talks.date is not None
    times = {t.id: t.text for t in record.times}
    assert (talks.date.value, talks.date.basis, times.get(talks.date.time or "")) == dated


# --- places ---------------------------------------------------------------------------


def test_places_dateline_places_a_same_day_event_in_that_place(extractor: Extractor) -> None:
    record = extractor.extract("KABUL – Afghan police arrested twenty Taliban fighters on "
                               "Wednesday.", published=WEDNESDAY)
    assert _place(record, "arrested") == ("Kabul", "dateline")


def test_places_dateline_does_not_place_an_older_event(extractor: Extractor) -> None:
    record = extractor.extract("KABUL – Afghan police arrested twenty Taliban fighters in "
                               "2015.", published=WEDNESDAY)
    assert _place(record, "arrested") == (None, None)


def test_places_dateline_does_not_place_events_told_elsewhere(extractor: Extractor) -> None:
    # Filed in Tehran, told of a visit to Kabul: the meeting is in Kabul, not Tehran.
    text = ("TEHRAN – Iran's security chief Ali Shamkhani arrived on Wednesday for a visit to "
            "Kabul. Shamkhani met Afghan President Ashraf Ghani.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _place(record, "met") == ("Kabul", "explicit")


def test_places_verbal_act_is_placed_only_where_it_was_made(extractor: Extractor) -> None:
    text = ("Protesters marched in London on Saturday. The Labour leader condemned the "
            "government.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _place(record, "condemned") == (None, None)


def test_places_main_location_of_the_lede(extractor: Extractor) -> None:
    text = ("Thousands of protesters marched in London on Saturday against the government's "
            "plans. Police arrested twelve protesters.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _place(record, "arrested") == ("London", "explicit")


def test_places_object_and_nested_place_phrases(extractor: Extractor) -> None:
    record = extractor.extract("Syrian government forces shelled Idlib on Monday.",
                               published=WEDNESDAY)
    assert _place(record, "shelled") == ("Idlib", "explicit")
    record = extractor.extract("Gunmen attacked a police checkpoint near the airport in "
                               "Kandahar on Monday.", published=WEDNESDAY)
    assert _place(record, "attacked") == ("Kandahar", "explicit")


def test_places_a_country_says_whose_people_or_embassy_not_where(extractor: Extractor) -> None:
    # "US workers", "the US embassy": whose they are, wherever the event was; a town that
    # modifies a place phrase, and a country's own body at home, still set it.
    cases = [
        ("Iranian and Saudi diplomats held talks at the US embassy on Monday.", "talks",
         (None, None)),
        ("The ministry extended the ban to all US workers on Monday.", "extended", (None, None)),
        ("Iranian and Saudi diplomats held talks at the US embassy in Baghdad on Monday.",
         "talks", ("Baghdad", "explicit")),
        ("Police arrested twelve protesters at the Kabul police headquarters on Monday.",
         "arrested", ("Kabul", "explicit")),
        ("President Alberto Fernández met opposition leaders in Argentina's National Congress "
         "on Sunday.", "met", ("Argentina", "explicit")),
    ]
    for text, trigger, place in cases:
        assert _place(extractor.extract(text, published=WEDNESDAY), trigger) == place, text


def test_places_a_place_named_after_its_kind(extractor: Extractor) -> None:
    # "the state of Massachusetts", "the city of Mosul": the name after "of" is the place
    record = extractor.extract("Zhukovskyy was arrested Monday at his home in the neighboring "
                               "state of Massachusetts and waived extradition to New Hampshire.",
                               published=WEDNESDAY)
    assert _place(record, "arrested") == ("Massachusetts", "explicit")
    record = extractor.extract("Several thousand people rallied at Freedom Plaza in the US "
                               "capital city of Washington on Saturday.", published=WEDNESDAY)
    assert _place(record, "rallied") == ("Freedom Plaza", "explicit")  # the innermost


def test_places_a_state_conjoined_in_another_tense_does_not_place(extractor: Extractor) -> None:
    # "is in prison in South Korea, but yesterday … unsealed charges": the state is now, the
    # act was yesterday, elsewhere; "arrived in Kabul and met" still shares its place
    record = extractor.extract("Jong Woo Son is already in prison in South Korea, but on "
                               "Tuesday the United States Department of Justice charged him "
                               "with money laundering.", published=WEDNESDAY)
    assert _place(record, "charged") == (None, None)
    record = extractor.extract("Iran's foreign minister arrived in Kabul on Monday and met "
                               "Afghan President Ashraf Ghani.", published=WEDNESDAY)
    assert _place(record, "met") == ("Kabul", "explicit")


def test_places_report_place_is_not_the_reported_event_place(extractor: Extractor) -> None:
    text = ("Iran has held talks with the Taliban, Shamkhani said on Wednesday during a visit "
            "to Kabul.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _place(record, "talks") == (None, None)


def test_dating_clause_of_the_same_moment_dates_and_places(extractor: Extractor) -> None:
    record = extractor.extract("Police fired tear gas as thousands of protesters marched in "
                               "Minsk on Sunday.", published=WEDNESDAY)
    assert _date(record, "fired")[:2] == ("2019-01-06", "explicit")
    assert _place(record, "fired") == ("Minsk", "explicit")
    # a clause set before or after it does not date it
    record = extractor.extract("Police arrested dozens of people after protesters marched in "
                               "Minsk on Sunday.", published=WEDNESDAY)
    assert _date(record, "arrested")[1] == "published"


def test_dating_clause_describing_an_event_noun(extractor: Extractor) -> None:
    # Read through the dating rules directly, whatever the coder makes of the sentence.
    from dateline.events import event_date, where
    from dateline.events.coder import EventRef
    from dateline.events.lexicon import Coding
    from dateline.nlp import make_doc
    from dateline.record import Article

    article = Article(id="x", text="Police arrested the organisers of the protests held in "
                      "Minsk on Sunday.", published=WEDNESDAY)
    doc = extractor.nlp(make_doc(extractor.nlp, article))
    protests = next(t for t in doc if t.text == "protests")
    event = EventRef(Coding("140", "PROTEST", "demo", ()), protests)
    dated = event_date(event, doc._.dateline_times, article)
    assert (dated.value, dated.basis) == ("2019-01-06", "explicit")
    event.date = dated
    place = where(event, doc._.dateline_places, article).place
    assert place is not None and place.name == "Minsk"


def test_places_innermost_of_nested_places(extractor: Extractor) -> None:
    record = extractor.extract("On Saturday evening in Forbury Gardens in Reading, a man "
                               "attacked people with a knife.", published="2020-06-23")
    attacked = _event(record, "attacked")
    assert _place(record, "attacked") == ("Forbury Gardens", "explicit")
    assert attacked.date is not None and attacked.date.value == "2020-06-20"


def test_dating_a_time_in_a_relative_clause_does_not_date_the_paragraph(
        extractor: Extractor) -> None:
    """A time describing a noun ("a festival, which emerged after the September 11, 2001
    attacks") is background, not the day the paragraph's story happened."""
    text = ("Andriy Yermak spoke with the founders of the Tribeca Film Festival, which emerged "
            "in response to the September 11, 2001 terrorist attacks. Andriy Yermak thanked "
            "the founders for their support of Ukraine.")
    record = extractor.extract(text, published=WEDNESDAY)
    assert _date(record, "thanked")[:2] == (WEDNESDAY, "published")


@pytest.mark.parametrize(("sentence", "trigger", "value", "text"), [
    # the time of the occasion it happened at ("during a conference ... in September")
    ("Iran and Russia signed a security pact during a conference in Tehran in September.",
     "signed", "2018-09", "September"),
    ("Police arrested two men during a protest in Minsk on Sunday.", "arrested",
     "2018-12-23", "Sunday"),
])
def test_dating_the_time_of_its_occasion_dates_an_event(
        extractor: Extractor, sentence: str, trigger: str, value: str, text: str) -> None:
    record = extractor.extract(sentence, published="2018-12-26")
    assert _date(record, trigger) == (value, "explicit", text)


@pytest.mark.parametrize(("sentence", "trigger", "value", "basis"), [
    # a clause describing the occasion dates what happened in it
    ("Eight people were injured in a suicide bombing that happened on Monday.", "injured",
     "2018-12-24", "explicit"),
    ("Two soldiers were wounded during a raid carried out on Monday.", "wounded",
     "2018-12-24", "explicit"),
    # a purpose is no occasion
    ("Trump tried to pressure Ukraine in order to help his chances in the 2020 election.",
     "pressure", "2018-12-26", "published"),
    # what came after the talks is not their date
    ("After failed negotiations with the EU, the deadline now stands at October 31.",
     "negotiations", "2018-12-26", "published"),
])
def test_dating_an_occasions_description_dates_it_and_what_followed_does_not(
        extractor: Extractor, sentence: str, trigger: str, value: str, basis: str) -> None:
    record = extractor.extract(sentence, published="2018-12-26")
    assert _date(record, trigger)[:2] == (value, basis)


@pytest.mark.parametrize(("text", "value", "basis"), [
    # the occasion named again, told before with its day, in another paragraph
    ("Addressing the Geneva Conference on Afghanistan on November 28, Iran's foreign "
     "minister called for dialogue.\n\nThe minister criticised NATO in the Geneva "
     "conference.", "2018-11-28", "explicit"),
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.\n\nErdogan criticised "
     "NATO at the meeting.", "2018-12-24", "explicit"),
    # an occasion told for the first time points back to nothing; another conference is
    # not the one dated
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.\n\nErdogan criticised "
     "NATO at a meeting.", "2018-12-26", "published"),
    ("Addressing the Geneva Conference on Afghanistan on November 28, Iran's foreign "
     "minister called for dialogue.\n\nThe minister criticised NATO at the Moscow "
     "conference.", "2018-12-26", "published"),
    # a year that holds the story's own day says less than that day
    ("The last meeting of the council in 2018 was held in Kyiv.\n\nThe president "
     "criticised NATO at the meeting.", "2018-12-26", "published"),
])
def test_dating_an_occasion_named_again_takes_its_day(
        extractor: Extractor, text: str, value: str, basis: str) -> None:
    """"said in the Geneva conference" after "Addressing the Geneva Conference on November
    28": the day the article gave that occasion (`times.dating.occasion_time`)."""
    record = extractor.extract(text, published="2018-12-26")
    assert _date(record, "criticised")[:2] == (value, basis)


@pytest.mark.parametrize(("sentence", "trigger", "value", "basis"), [
    ("Thousands of people protested the results of the 2020 presidential election on "
     "Saturday.", "protested", "2020-11-14", "explicit"),
    ("The opposition rejected the results of the 2020 election.", "rejected", "2020-11-17",
     "published"),
])
def test_dating_a_time_inside_another_nouns_phrase_is_that_nouns(
        extractor: Extractor, sentence: str, trigger: str, value: str, basis: str) -> None:
    """"the results of the 2020 election": the year is the election's, not the act's."""
    record = extractor.extract(sentence, published="2020-11-17")
    assert _date(record, trigger)[:2] == (value, basis)
