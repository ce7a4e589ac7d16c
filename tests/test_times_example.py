"""Times on the example article and through the whole pipeline: values, offsets and the
no-publication-date behaviour (single rules on hand-built parses: test_times_rules.py)."""

from __future__ import annotations

import pytest

from dateline import Extraction, Extractor
from tests.conftest import TEHRAN, assert_offsets


def _time(record: Extraction, text: str, before: str = "") -> tuple[str | None, str]:
    """The value and type of the time whose text is `text` (preceded by `before`)."""
    body = record.article.text
    for time in record.times:
        if time.text == text and body[: time.start].endswith(before):
            return time.value, time.type
    raise AssertionError(f"no time {before}{text!r} in {[t.text for t in record.times]}")


@pytest.mark.parametrize(("before", "text", "value"), [
    ("on ", "Wednesday", "2018-12-26"),
    ("", "last Thursday", "2018-12-20"),
    ("on ", "November 28", "2018-11-28"),
    ("in ", "September", "2018-09"),
    ("in ", "2001", "2001"),
    ("", "Later the day", "2018-12-26"),
])
def test_times_example_values(tehran: Extraction, before: str, text: str, value: str) -> None:
    assert _time(tehran, text, before) == (value, "DATE")


def test_times_example_offsets_and_ids(tehran: Extraction) -> None:
    assert_offsets(tehran)
    assert [t.id for t in tehran.times] == [f"t{n}" for n in range(1, len(tehran.times) + 1)]
    relative = next(t for t in tehran.times if t.text == "last Thursday")
    assert relative.anchor == "2018-12-26" and not relative.unresolved
    absolute = next(t for t in tehran.times if t.text == "2001")
    assert absolute.anchor is None


def test_times_without_publication_date_stay_unresolved(extractor: Extractor) -> None:
    record = extractor.extract(TEHRAN.read_text(encoding="utf-8"))
    assert record.article.published is None
    assert_offsets(record)
    assert _time(record, "last Thursday") == (None, "DATE")
    assert _time(record, "2001", "in ") == ("2001", "DATE")
    thursday = next(t for t in record.times if t.text == "last Thursday")
    assert thursday.unresolved and thursday.anchor is None


def test_times_dateline_date_anchors_when_unpublished(extractor: Extractor) -> None:
    text = ("KABUL, Dec 26, 2018 (Reuters) - Afghan officials said on Wednesday that talks "
            "would resume next week.")
    record = extractor.extract(text)
    assert record.article.dateline is not None
    assert _time(record, "Wednesday") == ("2018-12-26", "DATE")
    assert _time(record, "next week") == ("2019-W01", "DATE")


def test_times_date_line_under_headline_anchors(extractor: Extractor) -> None:
    text = ("Airline takes delivery of new jets\nMarch 01, 2008\n"
            "The airline said on Thursday it had taken delivery of two jets.")
    record = extractor.extract(text)
    assert _time(record, "March 01, 2008") == ("2008-03-01", "DATE")
    assert _time(record, "Thursday") == ("2008-02-28", "DATE")


def test_times_future_clause_moves_forward(extractor: Extractor) -> None:
    record = extractor.extract("The ministers will meet on Friday in Geneva to discuss the "
                               "ceasefire, officials said.", published="2018-12-26")
    assert _time(record, "Friday") == ("2018-12-28", "DATE")


# Published on Wednesday 2019-01-09: a past clause's Friday is 4 January, a clause that
# looks ahead ("would", "is due to", "agreed to", "next", "coming") takes 11 January.
@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Thousands of protesters marched on Friday in the capital.", "Friday", "2019-01-04"),
    ("Protesters said they would march on Friday.", "Friday", "2019-01-11"),
    ("The talks are due to be held on Friday.", "Friday", "2019-01-11"),
    ("The two leaders agreed to meet on Friday.", "Friday", "2019-01-11"),
    ("The minister could visit Kabul on Friday.", "Friday", "2019-01-11"),
    ("The minister would have visited Kabul on Friday.", "Friday", "2019-01-04"),
    ("Protesters marched next Friday.", "next Friday", "2019-01-11"),
    ("Opposition groups held talks about a rally this coming Friday.", "coming Friday",
     "2019-01-11"),
    ("Police arrested the suspect on Wednesday.", "Wednesday", "2019-01-09"),
    ("The court will rule on Wednesday.", "Wednesday", "2019-01-09"),
    # the present progressive and "be" tell an arrangement ahead
    ("The government is holding talks on Friday.", "Friday", "2019-01-11"),
    ("The vote is on Friday.", "Friday", "2019-01-11"),
    # a future told from the past: the Monday nearest the publication day
    ("The minister was expected to arrive on Monday.", "Monday", "2019-01-07"),
    ("The station is scheduled to keep the crew for a week and return them on Friday.",
     "Friday", "2019-01-11"),
])
def test_times_weekday_direction_follows_the_tense(extractor: Extractor, sentence: str,
                                                   text: str, value: str) -> None:
    record = extractor.extract(sentence, published="2019-01-09")
    assert _time(record, text)[0] == value, sentence


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("His time was 1 hour 59 minutes 40.2 seconds.", "1 hour 59 minutes 40.2 seconds",
     "PT1H59M40.2S"),
    ("He was jailed for three years and six months.", "three years and six months", "P3Y6M"),
    ("It took 2 years, 3 months.", "2 years, 3 months", "P2Y3M"),
    # weeks do not mix with days in a TIMEX3 value; nor does a larger unit follow a smaller
    ("It took two weeks and three days.", "two weeks", "P2W"),
    ("It lasted 20 minutes and 2 hours.", "20 minutes", "PT20M"),
])
def test_times_a_duration_of_several_units_is_one(
        extractor: Extractor, text: str, phrase: str, value: str) -> None:
    assert _time(extractor.extract(text, published="2019-10-12"), phrase)[0] == value


def test_times_a_share_in_quarters_is_no_time(extractor: Extractor) -> None:
    record = extractor.extract("If an amendment is proposed, three-quarters of states must "
                               "ratify it. Profits rose for three quarters.",
                               published="2019-10-12")
    assert [(t.text, t.value) for t in record.times] == [("three quarters", "P9M")]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The Tula defensive continued from October 24 to December 5, 1941.", "October 24",
     "1941-10-24"),
    ("They recalled the statements of November 9, 2020, January 11, and November 26, 2021.",
     "January 11", "2021-01-11"),
    ("The flight lasted from June 16–19, 1963.", "June 16", "1963-06-16"),
    # a month and day later in the year than the date it runs to: the year before
    ("The siege lasted from December 24 to January 5, 1942.", "December 24", "1941-12-24"),
    # paired with a day of no written year: the anchor's year, as before
    ("The talks ran from May 3 to May 5.", "May 3", "2019-05-03"),
])
def test_times_a_day_paired_with_a_dated_one_takes_its_year(
        extractor: Extractor, text: str, phrase: str, value: str) -> None:
    record = extractor.extract(text, published="2019-05-10")
    assert _time(record, phrase)[0] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Police raided the offices of the opposition party on Monday. Later that day, the "
     "police arrested its leader.", "Later that day", "2019-01-07"),
    ("The two sides met in Doha on Monday. The next day, the two sides signed a deal.",
     "The next day", "2019-01-08"),
    ("Police raided the offices of the opposition party on Monday. Two days later, the "
     "police arrested its leader.", "Two days later", "2019-01-09"),
    # "later that day" of a day no sentence about these people has named: the anchor's day
    ("The court jailed a journalist on Monday. Later that day, the minister resigned.",
     "Later that day", "2019-01-09"),
    # "the next day" of no day named stays unresolved rather than anchored
    ("The next day, the minister resigned.", "The next day", None),
])
def test_times_discourse_days_count_from_the_story_day(extractor: Extractor, text: str,
                                                        phrase: str, value: str | None) -> None:
    record = extractor.extract(text, published="2019-01-09")
    assert _time(record, phrase) == (value, "DATE")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # whole years, months and weeks count from the time the sentence or the one before named
    ("U.S. troops left Iraq in 2011, then returned three years later.", "three years later",
     "2014"),
    ("The talks collapsed in March 2017. Two months later, the envoys met again.",
     "Two months later", "2017-05"),
    ("The ceasefire was signed on 12 May 2015. A week later, fighting resumed.",
     "A week later", "2015-W21"),
    ("He was elected in 2010 and re-elected four years later. Three years later, he "
     "resigned.", "Three years later", "2017"),
    # with no time named before it, no value: not the publication year's
    ("Three years later, the war ended.", "Three years later", None),
])
def test_times_units_later_count_from_the_time_named(extractor: Extractor, text: str,
                                                     phrase: str, value: str | None) -> None:
    record = extractor.extract(text, published="2019-01-09")
    assert _time(record, phrase) == (value, "DATE")


def test_times_clock_time_takes_the_day_of_a_part_of_day(extractor: Extractor) -> None:
    record = extractor.extract("On Saturday evening in Reading, shortly before 19:00 local "
                               "time (1800 UTC), a man attacked people.", published="2020-06-23")
    assert _time(record, "1800 UTC") == ("2020-06-20T18:00Z", "TIME")
    assert _time(record, "19:00 local time") == ("2020-06-20T19:00", "TIME")
    assert "shortly" not in [t.text for t in record.times]  # "shortly before" is no future


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Missiles hit the base on Tuesday (1625 UTC), officials said.", "1625 UTC",
     "2019-01-08T16:25Z"),
    ("The plane landed at 1625 GMT on Monday.", "1625 GMT", "2019-01-07T16:25Z"),
    ("The ceasefire took effect at 2300 GMT.", "2300 GMT", "2019-01-09T23:00Z"),
    ("Voting began at 11:25am EST.", "11:25am EST", "2019-01-09T11:25"),
    ("The attack began at 0930 hours.", "0930 hours", "2019-01-09T09:30"),
    ("The quake struck at 4:42 local time on Saturday (2024 Friday, UTC).", "2024 Friday",
     "2019-01-04T20:24Z"),
    ("The advisory came at 11 p.m. EDT on Sunday (0300 UTC Monday morning).",
     "0300 UTC Monday morning", "2019-01-07T03:00Z"),
    ("Markets closed at 1600 ET.", "1600 ET", "2019-01-09T16:00"),
])
def test_times_four_digit_clock_time_is_no_year(extractor: Extractor, sentence: str,
                                                text: str, value: str) -> None:
    record = extractor.extract(sentence, published="2019-01-09")
    assert _time(record, text) == (value, "TIME")
    assert not [t for t in record.times if t.granularity == "year"], sentence


def test_times_clock_time_joins_its_day(extractor: Extractor) -> None:
    record = extractor.extract("The vote was held at 12:00 UTC Monday in Brussels.",
                               published="2009-06-01")
    assert _time(record, "12:00 UTC Monday") == ("2009-06-01T12:00Z", "TIME")
