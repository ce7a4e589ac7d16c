"""The time grammar on single phrases: TIMEX3 value, type and granularity per anchor."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.times import normalize
from dateline.times.grammar import month_day_date, weekday_date

WED_2018_12_26 = date(2018, 12, 26)  # the example's publication day, a Wednesday
TUE_2019_01_01 = date(2019, 1, 1)
LEAP_2020_03_01 = date(2020, 3, 1)  # a Sunday after a 29 February
THU_2009_06_18 = date(2009, 6, 18)

CASES = [
    # phrase, anchor, tense, type, value, granularity
    ("on Wednesday", WED_2018_12_26, "past", "DATE", "2018-12-26", "day"),
    ("Wednesday", WED_2018_12_26, None, "DATE", "2018-12-26", "day"),
    ("Thursday", WED_2018_12_26, "past", "DATE", "2018-12-20", "day"),
    ("Thursday", WED_2018_12_26, "future", "DATE", "2018-12-27", "day"),
    ("last Thursday", WED_2018_12_26, None, "DATE", "2018-12-20", "day"),
    ("last Wednesday", WED_2018_12_26, None, "DATE", "2018-12-19", "day"),
    ("next Wednesday", WED_2018_12_26, None, "DATE", "2019-01-02", "day"),
    ("Friday morning", WED_2018_12_26, "past", "TIME", "2018-12-21TMO", "time"),
    ("Monday", TUE_2019_01_01, "past", "DATE", "2018-12-31", "day"),
    ("yesterday", TUE_2019_01_01, None, "DATE", "2018-12-31", "day"),
    ("tomorrow", date(2018, 12, 31), None, "DATE", "2019-01-01", "day"),
    ("yesterday", LEAP_2020_03_01, None, "DATE", "2020-02-29", "day"),
    ("today", WED_2018_12_26, None, "DATE", "2018-12-26", "day"),
    ("tonight", WED_2018_12_26, None, "TIME", "2018-12-26TNI", "time"),
    ("last night", WED_2018_12_26, None, "TIME", "2018-12-25TNI", "time"),
    ("this morning", WED_2018_12_26, None, "TIME", "2018-12-26TMO", "time"),
    ("Later the day", WED_2018_12_26, None, "DATE", "2018-12-26", "day"),
    ("later that day", WED_2018_12_26, None, "DATE", "2018-12-26", "day"),
    # days counted from the story's day: from the anchor when read alone
    ("the next day", WED_2018_12_26, None, "DATE", "2018-12-27", "day"),
    ("the previous day", WED_2018_12_26, None, "DATE", "2018-12-25", "day"),
    ("two days later", WED_2018_12_26, None, "DATE", "2018-12-28", "day"),
    ("three days earlier", WED_2018_12_26, None, "DATE", "2018-12-23", "day"),
    ("a few days ago", WED_2018_12_26, None, "DATE", "PAST_REF", None),
    ("three days ago", WED_2018_12_26, None, "DATE", "2018-12-23", "day"),
    ("two weeks ago", WED_2018_12_26, None, "DATE", "2018-W50", "week"),
    ("a year ago", WED_2018_12_26, None, "DATE", "2017", "year"),
    ("November 28", WED_2018_12_26, "past", "DATE", "2018-11-28", "day"),
    ("November 28", TUE_2019_01_01, "past", "DATE", "2018-11-28", "day"),
    ("November 28", TUE_2019_01_01, "future", "DATE", "2019-11-28", "day"),
    ("January 3", WED_2018_12_26, None, "DATE", "2019-01-03", "day"),
    ("January 3", WED_2018_12_26, "past", "DATE", "2018-01-03", "day"),
    ("Feb. 29", LEAP_2020_03_01, "past", "DATE", "2020-02-29", "day"),
    ("February 29", date(2019, 3, 1), "past", "DATE", "2016-02-29", "day"),
    ("February 29", date(2019, 3, 1), None, "DATE", "2020-02-29", "day"),
    ("11 December", WED_2018_12_26, None, "DATE", "2018-12-11", "day"),
    ("the 5th of May", WED_2018_12_26, "past", "DATE", "2018-05-05", "day"),
    ("in September", WED_2018_12_26, "past", "DATE", "2018-09", "month"),
    ("September", WED_2018_12_26, None, "DATE", "2018-09", "month"),
    ("December", TUE_2019_01_01, "past", "DATE", "2018-12", "month"),
    ("March", WED_2018_12_26, "future", "DATE", "2019-03", "month"),
    ("last September", WED_2018_12_26, None, "DATE", "2018-09", "month"),
    ("next January", WED_2018_12_26, None, "DATE", "2019-01", "month"),
    ("October of next year", date(2009, 5, 15), None, "DATE", "2010-10", "month"),
    ("October last year", date(2021, 10, 28), "past", "DATE", "2020-10", "month"),
    ("May next year", date(2021, 10, 28), "future", "DATE", "2022-05", "month"),
    ("January 4 this year", date(2022, 1, 11), "past", "DATE", "2022-01-04", "day"),
    ("4 March last year", date(2022, 1, 11), "past", "DATE", "2021-03-04", "day"),
    # a web page's time glued to the heading after it ("9:05PMKasich says ...")
    ("9:05PM", date(2016, 2, 6), None, "TIME", "2016-02-06T21:05", "time"),
    ("early June", THU_2009_06_18, None, "DATE", "2009-06", "month"),
    ("2001", WED_2018_12_26, None, "DATE", "2001", "year"),
    ("in 2001", None, None, "DATE", "2001", "year"),
    ("early 2019", WED_2018_12_26, None, "DATE", "2019", "year"),
    ("mid-2011", WED_2018_12_26, None, "DATE", "2011", "year"),
    ("November 2006", WED_2018_12_26, None, "DATE", "2006-11", "month"),
    ("November 28, 2018", None, None, "DATE", "2018-11-28", "day"),
    ("Wednesday, December 26, 2018", None, None, "DATE", "2018-12-26", "day"),
    ("26 December 2018", None, None, "DATE", "2018-12-26", "day"),
    ("2018-12-26", None, None, "DATE", "2018-12-26", "day"),
    ("7/8/07", None, None, "DATE", "2007-07-08", "day"),
    ("the past week", WED_2018_12_26, None, "DATE", "2018-W51", "week"),
    ("last week", date(2004, 11, 24), None, "DATE", "2004-W47", "week"),
    ("this week", TUE_2019_01_01, None, "DATE", "2019-W01", "week"),
    ("next week", WED_2018_12_26, None, "DATE", "2019-W01", "week"),
    ("this weekend", date(2010, 1, 25), None, "DATE", "2010-W04-WE", "week"),
    ("last month", TUE_2019_01_01, None, "DATE", "2018-12", "month"),
    ("next month", WED_2018_12_26, None, "DATE", "2019-01", "month"),
    ("last year", TUE_2019_01_01, None, "DATE", "2018", "year"),
    ("this year", WED_2018_12_26, None, "DATE", "2018", "year"),
    ("the end of last year", date(2009, 2, 18), None, "DATE", "2008", "year"),
    ("the beginning of the year", date(2008, 4, 9), None, "DATE", "2008", "year"),
    ("the fourth quarter", date(2006, 8, 19), None, "DATE", "2006-Q4", "quarter"),
    ("the fourth quarter", TUE_2019_01_01, "past", "DATE", "2018-Q4", "quarter"),
    ("the first quarter of 2009", None, None, "DATE", "2009-Q1", "quarter"),
    ("the first quarter of last year", date(2009, 5, 7), None, "DATE", "2008-Q1", "quarter"),
    ("the last quarter", date(2007, 1, 18), None, "DATE", "2006-Q4", "quarter"),
    ("the first half of 2019", None, None, "DATE", "2019-H1", "half"),
    ("spring", date(2009, 4, 1), None, "DATE", "2009-SP", "season"),
    ("the 1990s", None, None, "DATE", "199", "decade"),
    ("the '90s", WED_2018_12_26, None, "DATE", "199", "decade"),
    ("the 20th century", None, None, "DATE", "19", "century"),
    ("Christmas", WED_2018_12_26, "past", "DATE", "2018-12-25", "day"),
    ("two years", None, None, "DURATION", "P2Y", "duration"),
    ("18 months", None, None, "DURATION", "P18M", "duration"),
    ("thirty minutes", None, None, "DURATION", "PT30M", "duration"),
    ("twenty-four hours", None, None, "DURATION", "PT24H", "duration"),
    ("several years", None, None, "DURATION", "PXY", "duration"),
    ("almost two and a half years", None, None, "DURATION", "P2.5Y", "duration"),
    ("a fortnight", None, None, "DURATION", "P2W", "duration"),
    ("fifty-year", None, None, "DURATION", "P50Y", "duration"),
    ("the next four years", None, None, "DURATION", "P4Y", "duration"),
    ("the past decade", date(2011, 1, 17), None, "DATE", "200", "decade"),
    ("over the years", None, None, "DURATION", "PXY", "duration"),
    ("every Friday", None, None, "SET", "XXXX-WXX-5", "day"),
    ("each year", None, None, "SET", "P1Y", "year"),
    ("weekly", None, None, "SET", "P1W", "duration"),
    ("twice a year", None, None, "SET", "P1Y", "year"),
    ("3 p.m.", WED_2018_12_26, None, "TIME", "2018-12-26T15:00", "time"),
    ("10:30 am", WED_2018_12_26, None, "TIME", "2018-12-26T10:30", "time"),
    ("12 a.m.", WED_2018_12_26, None, "TIME", "2018-12-26T00:00", "time"),
    ("18:00 UTC", date(2009, 12, 15), None, "TIME", "2009-12-15T18:00Z", "time"),
    # four-digit clock times with a zone are times of day, never years
    ("1625 UTC", WED_2018_12_26, None, "TIME", "2018-12-26T16:25Z", "time"),
    ("1625 GMT", WED_2018_12_26, None, "TIME", "2018-12-26T16:25Z", "time"),
    ("0040 UTC", WED_2018_12_26, None, "TIME", "2018-12-26T00:40Z", "time"),
    ("1130 EST", WED_2018_12_26, None, "TIME", "2018-12-26T11:30", "time"),
    ("1400 local time", WED_2018_12_26, None, "TIME", "2018-12-26T14:00", "time"),
    ("0930 hours", WED_2018_12_26, None, "TIME", "2018-12-26T09:30", "time"),
    ("11:25am EST", WED_2018_12_26, None, "TIME", "2018-12-26T11:25", "time"),
    ("noon", WED_2018_12_26, None, "TIME", "2018-12-26T12:00", "time"),
    ("now", WED_2018_12_26, None, "DATE", "PRESENT_REF", None),
    ("currently", None, None, "DATE", "PRESENT_REF", None),
    ("recently", None, None, "DATE", "PAST_REF", None),
    ("the future", None, None, "DATE", "FUTURE_REF", None),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "type_", "value", "granularity"), CASES)
def test_times_normalize_table(phrase: str, anchor: date | None, tense: str | None, type_: str,
                               value: str, granularity: str | None) -> None:
    timex = normalize(phrase, anchor, tense)  # type: ignore[arg-type]
    assert timex is not None, phrase
    assert (timex.type, timex.value, timex.granularity) == (type_, value, granularity), phrase


RELATIVE = ["on Wednesday", "last Thursday", "yesterday", "in September", "November 28",
            "the past week", "next month", "Later the day", "3 p.m.", "two weeks ago"]


@pytest.mark.parametrize("phrase", RELATIVE)
def test_times_normalize_without_anchor_stays_unresolved(phrase: str) -> None:
    timex = normalize(phrase, None)
    assert timex is not None
    assert timex.value is None and timex.unresolved and timex.relative


@pytest.mark.parametrize("phrase", ["November 28, 2018", "2001", "the 1990s", "two years",
                                    "every Friday"])
def test_times_normalize_absolute_needs_no_anchor(phrase: str) -> None:
    timex = normalize(phrase, None)
    assert timex is not None and timex.value is not None and not timex.unresolved


@pytest.mark.parametrize("phrase", ["the talks", "Taliban", "12", "a lot", "2,001", "$2001",
                                    "2400 UTC", "1260 GMT", "three days later than"])
def test_times_normalize_rejects_non_times(phrase: str) -> None:
    assert normalize(phrase, WED_2018_12_26) is None


def test_times_weekday_date_across_year_boundary() -> None:
    assert weekday_date(TUE_2019_01_01, 4, -1, inclusive=True) == date(2018, 12, 28)
    assert weekday_date(date(2018, 12, 28), 1, +1, inclusive=False) == TUE_2019_01_01


def test_times_month_day_date_leap_years() -> None:
    assert month_day_date(date(2019, 6, 1), 2, 29, None) == date(2020, 2, 29)
    assert month_day_date(date(2021, 6, 1), 2, 29, None) == date(2020, 2, 29)
    assert month_day_date(date(2021, 6, 1), 2, 30, None) is None

