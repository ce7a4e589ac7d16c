"""The time-expression grammar: the patterns dateline recognizes and how each becomes a
TIMEX3 `value`, `type` and `granularity`.

Pure functions over strings. Each pattern is a regular expression plus a rule that turns
its match into a `Timex`, given the anchor date (the publication date) and the tense of
the clause it sits in. `normalize(phrase, anchor)` applies the same grammar to one
phrase; the detector (`dateline.times.detect`) runs it over a whole text.

News conventions (TimeML/TIMEX3 guidelines, as MEANTIME and TempEval annotate news):
- A bare weekday is the latest such day on or before the anchor ("said on Wednesday"),
  or the earliest on or after it in a future clause; "last"/"next" move strictly before
  or after. A future told from the past ("said they would march on Friday", "was
  expected to land on Wednesday") lies after a past moment, on either side of the anchor:
  the weekday nearest the anchor.
- A bare month is in the anchor's year; a past clause takes the latest one not after the
  anchor month, a future clause the earliest one not before it.
- "Month day" without a year takes the year that puts it closest to the anchor; a past
  clause never puts it after the anchor across a year boundary, a future clause never
  before it.
- A season is the anchor year's; "last"/"next" are the latest one over before the anchor
  and the first one not yet begun ("last summer" in December is this year's), and a past
  or future clause takes the latest begun or the first not yet over.
- Modifiers ("early 2019", "the end of last year", "mid-2011") keep the value of what
  they modify.
- Vague references become PRESENT_REF, PAST_REF or FUTURE_REF; vague amounts an `X`
  (PXY: "several years").
Without an anchor, every relative expression keeps value None and `unresolved=True`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain
from typing import Any, Literal, Protocol

from dateline.times.starts import with_first_chars

__all__ = [
    "PATTERNS",
    "TIME_UNITS",
    "Context",
    "Pattern",
    "Tense",
    "Timex",
    "TimexType",
    "normalize",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class Timex:
    """A normalized time expression. `relative`: its value depends on the anchor;
    `unresolved`: it is relative but no anchor was known, so `value` is None."""

    type: TimexType
    value: str | None
    granularity: str | None
    relative: bool = False
    unresolved: bool = False
    # Days from the day the discourse is about ("later that day" 0, "the next day" 1, "two
    # days earlier" -2): the detector re-anchors such a day on the most recent day its
    # story has named; None for every other expression. With `offset_unit` "week", "month"
    # or "year", whole units from the time the discourse is about ("three years later" 3).
    offset: int | None = None
    offset_unit: str = "day"


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against. `future_in_past`: the clause looks
    ahead from a past moment ("said they would march", "agreed to meet", "was expected
    to land"), so what it names may lie before the anchor as well as after it."""

    anchor: date | None = None
    tense: Tense | None = None
    future_in_past: bool = False

    @property
    def direction(self) -> Tense | None:
        """The tense that bounds a reading to one side of the anchor: none for a future
        told from the past."""
        return None if self.future_in_past else self.tense


class Groups(Protocol):
    """A regex match's named groups (a `re.Match`, or a view renaming its groups)."""

    def __getitem__(self, key: str | int, /) -> str | Any: ...


Rule = Callable[[Groups, Context], Timex | None]


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    rule: Rule
    # `regex` without its word-start lookbehind: what `starts_regex` joins into one scan
    body: str


def starts_regex(patterns: Sequence[Pattern]) -> re.Pattern[str]:
    """Where some pattern's match may start after a non-word character: every pattern's
    body (its groups unnamed) in one lookahead behind `\\W`. `re` then scans the text once
    for them all, in C, rather than once per pattern; each pattern is tried only where the
    scan stops."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", p.body) for p in patterns]
    return re.compile(r"\W(?=" + "|".join(f"(?:{b})" for b in bodies) + ")")


def pattern_matches(text: str, patterns: Sequence[Pattern], starts: re.Pattern[str]
                    ) -> Iterator[tuple[int, re.Match[str]]]:
    """(index of the pattern, match) of every match `patterns[k].regex.finditer(text)`
    gives, found through `starts` (`starts_regex` of the same patterns): each match starts
    a word, so at the text's start or where `starts` says one may; the matches of one
    pattern do not overlap, as `finditer`'s do not."""
    ends = [0] * len(patterns)
    for start in chain((0,), (gap.end() for gap in starts.finditer(text))):
        for k, pattern in enumerate(patterns):
            if start >= ends[k] and (match := pattern.regex.match(text, start)) is not None:
                ends[k] = max(match.end(), start + 1)
                yield k, match


# --- vocabulary ---------------------------------------------------------------------------

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}
# Amounts that say "some number": the value gets an X (PXY), "a few days ago" is PAST_REF.
_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "some", "many", "numerous",
                            "a number of", "dozens of", "hundreds of"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "twenty-first": 21, "final": 4, "last": 4}
# Units: TIMEX3 duration letter (T for clock units), granularity of a date at that unit.
_UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
TIME_UNITS = frozenset(_UNITS)
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "tonight": "NI", "noon": "MI", "midday": "MI", "overnight": "NI"}


def _names(words: list[str] | dict[str, int]) -> str:
    """Title and upper case forms of the names, longest first, for case-sensitive regexes."""
    forms = sorted({form for w in words for form in (w.capitalize(), w.upper())},
                   key=len, reverse=True)
    return "|".join(forms)


_MONTH_NAME = rf"(?:{_names(MONTHS)}|(?:{_names(_MONTH_ABBR)})\.?)(?![a-z])"
_WEEKDAY_NAME = rf"(?:{_names(WEEKDAYS)})s?\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)\b(?!\s*(?:%|percent))"
_SMALL_NUMBER = (r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|"
                 r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred|a\s+dozen|dozen)")
_AMOUNT = (rf"(?:{_SMALL_NUMBER}(?:\s+and\s+a\s+half)?|a\s+couple(?:\s+of)?|couple\s+of|"
           r"a\s+few|few|several|some|many|numerous|a\s+number\s+of|dozens\s+of|"
           r"hundreds\s+of|half\s+an?|an?(?:\s+half)?)")
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|"
         r"years?|decades?|centur(?:y|ies))\b")
_APPROX = (r"(?:(?:about|around|approximately|almost|nearly|roughly|some|more\s+than|"
           r"less\s+than|fewer\s+than|at\s+least|up\s+to|over|under|just|only|barely)\s+)?")
_MOD = (r"(?:(?:early|mid|late|earlier|later)(?:\s*-\s*|\s+)(?:in\s+)?|"
        r"the\s+(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder)"
        r"\s+of\s+)")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# "9:05PMKasich": a web page's time glued to the heading after it ends at a capitalised word
_AMPM = r"(?i:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|(?:AM|PM)(?=[A-Z][a-z])"
_LOCAL = r"(?i:hours|hrs|local\s+time)"
# Time-zone abbreviations news prints after a clock time: UTC/GMT, the North American
# zones (EST, EDT, … and the generic ET and PT; not "CT" or "MT", which also abbreviate
# scans and metric tons), Europe's, Russia's and the common Asian and Australian ones.
_ZONES = (r"(?:UTC|GMT|[ECMP][SD]T|ET|PT|A[SD]T|AK[SD]T|HST|BST|IST|CES?T|EES?T|MSK|JST|"
          r"KST|HKT|SGT|PHT|PKT|WIB|SAST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T)(?![A-Za-z])")
_TZ = rf"(?:\s*{_ZONES}(?:\s*[+-]\s*\d{{1,2}})?)"
# A time zone right after a number ("1625 UTC"): the number is a clock time, never a year.
_ZONE_AFTER = _TZ
# Words before a bare "0930 hours"/"1800 hrs" that make it a time of day, not an amount of
# hours (each alternative a fixed-width look-behind).
_AT_CLOCK = "|".join(f"(?<=\\b{w} )" for w in (
    "at", "At", "by", "By", "from", "until", "till", "before", "after", "around", "about",
    "since", "to"))


def _ci(pattern: str) -> str:
    """Case-insensitive for function words, while names keep their capitals."""
    return f"(?i:{pattern})"


# --- helpers ------------------------------------------------------------------------------

def _month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS.index(key) + 1
    return _MONTH_ABBR[key]


def _weekday_number(word: str) -> int:
    """0 for Monday; plural "Fridays" counts as Friday."""
    key = word.lower()
    if key not in WEEKDAYS and key[:-1] in WEEKDAYS:
        key = key[:-1]
    return WEEKDAYS.index(key)


def _number(text: str) -> float | None:
    """The amount a number phrase states; None when it is vague ("several")."""
    words = " ".join(text.lower().split())
    half = words.endswith(" and a half")
    if half:
        words = words[: -len(" and a half")]
    if words in _VAGUE_NUMBERS:
        return None
    value: float | None = _NUMBER_WORDS.get(words)
    if value is None and "-" in words:
        tens, _, ones = words.partition("-")
        if tens in _NUMBER_WORDS and ones in _NUMBER_WORDS:
            value = _NUMBER_WORDS[tens] + _NUMBER_WORDS[ones]
    if value is None:
        try:
            value = float(words.replace(",", ""))
        except ValueError:
            return None
    return value + 0.5 if half else value


def _unit(word: str) -> str:
    key = word.lower()
    if key == "centuries":
        return "century"
    return key[:-1] if key.endswith("s") else key


def _amount_text(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT30M, PXY, P2.5Y; a fortnight is two weeks, a quarter P3M."""
    letter, clock = _UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit == "quarter":
        amount, letter = (None if amount is None else amount * 3), "M"
    return f"P{'T' if clock else ''}{_amount_text(amount)}{letter}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _vague(kind: str) -> Timex:
    return Timex("DATE", kind, None, relative=False)


def _unresolved(type_: TimexType, granularity: str | None) -> Timex:
    return Timex(type_, None, granularity, relative=True, unresolved=True)


def _day(value: date, relative: bool) -> Timex:
    return Timex("DATE", value.isoformat(), "day", relative=relative)


def _month(year: int, month: int, relative: bool) -> Timex:
    return Timex("DATE", f"{year:04d}-{month:02d}", "month", relative=relative)


def _year(year: int, relative: bool) -> Timex:
    return Timex("DATE", f"{year:04d}", "year", relative=relative)


def weekday_date(anchor: date, weekday: int, direction: int, inclusive: bool) -> date:
    """The weekday (0 = Monday) nearest the anchor going back (direction -1) or forward
    (+1); `inclusive` lets the anchor day itself count."""
    offset = (weekday - anchor.weekday()) % 7 if direction > 0 else (anchor.weekday() - weekday) % 7
    if offset == 0 and not inclusive:
        offset = 7
    return anchor + timedelta(days=offset * direction)


def nearest_weekday(anchor: date, weekday: int) -> date:
    """The weekday (0 = Monday) nearest the anchor, either way (the anchor day itself when
    it is that weekday; never a tie: the two candidates are 7 days apart)."""
    back = weekday_date(anchor, weekday, -1, inclusive=True)
    ahead = weekday_date(anchor, weekday, +1, inclusive=True)
    return back if (anchor - back) < (ahead - anchor) else ahead


def month_day_date(anchor: date, month: int, day: int, tense: Tense | None) -> date | None:
    """The year that puts "Month day" closest to the anchor; a past clause does not reach
    across a year boundary into the future, a future clause not into the past."""
    # Four years each way, so that 29 February finds a leap year.
    candidates = [d for y in range(anchor.year - 4, anchor.year + 5)
                  if (d := _safe_date(y, month, day)) is not None]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs((d - anchor).days))
    if best.year != anchor.year:
        if tense == "past" and best > anchor:
            best = max(d for d in candidates if d <= anchor)
        elif tense == "future" and best < anchor:
            best = min(d for d in candidates if d >= anchor)
    return best


def month_year(anchor: date, month: int, tense: Tense | None) -> int:
    """A bare month's year: the anchor's, unless the clause's tense rules that out."""
    if tense == "past" and month > anchor.month:
        return anchor.year - 1
    if tense == "future" and month < anchor.month:
        return anchor.year + 1
    return anchor.year


def _time_value(hour: int, minute: int, tz: str | None) -> str:
    zone = "Z" if tz and tz.strip().upper().startswith(("UTC", "GMT")) and not re.search(
        r"[+-]", tz) else ""
    return f"T{hour:02d}:{minute:02d}{zone}"


def _clock(match: Groups) -> tuple[int, int] | None:
    """Hour and minute of a clock time; None when it cannot be a time of day."""
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "").strip()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute


# --- rules --------------------------------------------------------------------------------

def _full_date(match: Groups, _ctx: Context) -> Timex | None:
    day = _safe_date(int(match["year"]), _month_number(match["month"]),
                     int(re.sub(r"\D", "", match["day"])))
    return None if day is None else _day(day, relative=False)


def _numeric_date(match: Groups, _ctx: Context) -> Timex | None:
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    first, second = int(match["first"]), int(match["second"])
    if match["sep"] == "-":  # ISO order
        day = _safe_date(year, first, second)
    else:  # US order m/d/y; fall back to d/m/y when the month would be impossible
        day = _safe_date(year, first, second) or _safe_date(year, second, first)
    return None if day is None else _day(day, relative=False)


def _month_day(match: Groups, ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return _unresolved("DATE", "day")
    day = month_day_date(ctx.anchor, _month_number(match["month"]),
                         int(re.sub(r"\D", "", match["day"])), ctx.direction)
    return None if day is None else _day(day, relative=True)


def _month_and_year(match: Groups, _ctx: Context) -> Timex | None:
    return _month(int(match["year"]), _month_number(match["month"]), relative=False)


def _bare_month(match: Groups, ctx: Context) -> Timex | None:
    month = _month_number(match["month"])
    rel = (match["rel"] or "").lower()
    if ctx.anchor is None:
        return _unresolved("DATE", "month")
    if rel in ("last", "past", "previous"):
        year = ctx.anchor.year - 1 if month >= ctx.anchor.month else ctx.anchor.year
    elif rel in ("next", "coming", "upcoming"):
        year = ctx.anchor.year + 1 if month <= ctx.anchor.month else ctx.anchor.year
    elif rel == "this":
        year = ctx.anchor.year
    else:
        year = month_year(ctx.anchor, month, ctx.direction)
    return _month(year, month, relative=True)


def _month_of_year(match: Groups, ctx: Context) -> Timex | None:
    """"October of next year", "in October last year" (one expression: "October" alone
    would be this year's)."""
    if ctx.anchor is None:
        return _unresolved("DATE", "month")
    steps = _STEPS[" ".join(match["yrel"].lower().split()[:-1])]
    return _month(ctx.anchor.year + steps, _month_number(match["month"]), relative=True)


def _month_day_of_year(match: Groups, ctx: Context) -> Timex | None:
    """"on January 4 this year", "4 March last year": the day of the year it names."""
    if ctx.anchor is None:
        return _unresolved("DATE", "day")
    steps = _STEPS[" ".join(match["yrel"].lower().split()[:-1])]
    month = _month_number(match["month"] or match["month2"])
    day = _safe_date(ctx.anchor.year + steps, month,
                     int(re.sub(r"\D", "", match["day"] or match["day2"])))
    return None if day is None else _day(day, relative=True)


def _same_unit_last_year(match: Groups, ctx: Context) -> Timex | None:
    """"the same month a year ago": the anchor's unit, one year back."""
    unit = match["unit"].lower()
    if unit in ("period", "time"):
        unit = "year"
    if ctx.anchor is None:
        return _unresolved("DATE", unit)
    back = _safe_date(ctx.anchor.year - 1, ctx.anchor.month, min(ctx.anchor.day, 28))
    assert back is not None
    return _shift(back, unit, 0)


# Holidays on a fixed day of the year (movable feasts need a calendar, and are left out).
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
             "valentine's day": (2, 14), "halloween": (10, 31), "new year’s eve": (12, 31),
             "new year’s day": (1, 1), "valentine’s day": (2, 14)}
_HOLIDAY_NAMES = "|".join(
    re.escape(" ".join(w.capitalize() for w in name.split())).replace(r"\ ", r"\s+")
    for name in sorted(_HOLIDAYS, key=len, reverse=True)
)


def _holiday(match: Groups, ctx: Context) -> Timex | None:
    month, day = _HOLIDAYS[" ".join(match["holiday"].lower().split())]
    if match["year"]:
        return _day(date(int(match["year"]), month, day), relative=False)
    if ctx.anchor is None:
        return _unresolved("DATE", "day")
    found = month_day_date(ctx.anchor, month, day, ctx.direction)
    return None if found is None else _day(found, relative=True)


def _year_only(match: Groups, _ctx: Context) -> Timex | None:
    return _year(int(match["year"]), relative=False)


def _decade(match: Groups, ctx: Context) -> Timex | None:
    if match["century"]:
        return Timex("DATE", f"{match['century']}{match['digit']}", "decade")
    digit = int(match["digit"] or match["digit2"] or 0)
    # "the '90s" from 2018 is the 1990s, "the '10s" the 2010s: the latest not after the
    # anchor; without one, '30s-'90s are the 1900s and '00s-'20s the 2000s.
    if ctx.anchor is None:
        century = 19 if digit >= 3 else 20
    else:
        century = ctx.anchor.year // 100
        if century * 100 + digit * 10 > ctx.anchor.year:
            century -= 1
    return Timex("DATE", f"{century}{digit}", "decade")


def _century(match: Groups, _ctx: Context) -> Timex | None:
    word = match["ord"].lower()
    number = _ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not number:
        return None
    return Timex("DATE", f"{number - 1:02d}", "century")


def _weekday(match: Groups, ctx: Context) -> Timex | None:
    weekday = _weekday_number(match["weekday"])
    rel = (match["rel"] or "").lower()
    part = (match["part"] or "").lower()
    granularity = "time" if part else "day"
    type_: TimexType = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return _unresolved(type_, granularity)
    if rel in ("last", "past", "previous"):
        day = weekday_date(ctx.anchor, weekday, -1, inclusive=False)
    elif rel in ("next", "coming", "upcoming"):
        day = weekday_date(ctx.anchor, weekday, +1, inclusive=False)
    elif ctx.tense == "future" and ctx.future_in_past:
        day = nearest_weekday(ctx.anchor, weekday)
    elif ctx.tense == "future" or (rel == "this" and ctx.tense != "past"):
        day = weekday_date(ctx.anchor, weekday, +1, inclusive=True)
    else:
        day = weekday_date(ctx.anchor, weekday, -1, inclusive=True)
    value = day.isoformat() + (f"T{_PARTS_OF_DAY[part]}" if part else "")
    return Timex(type_, value, granularity, relative=True)


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}


def _day_word(match: Groups, ctx: Context) -> Timex | None:
    word = " ".join(match["word"].lower().split())
    part = (match["part"] or "").lower() or ("night" if word == "tonight" else "")
    if word == "last night":
        word, part = "yesterday", "night"
    type_: TimexType = "TIME" if part else "DATE"
    granularity = "time" if part else "day"
    if ctx.anchor is None:
        return _unresolved(type_, granularity)
    day = ctx.anchor + timedelta(days=_DAY_WORDS[word])
    return Timex(type_, day.isoformat() + (f"T{_PARTS_OF_DAY[part]}" if part else ""),
                 granularity, relative=True)


def _part_of_this_day(match: Groups, ctx: Context) -> Timex | None:
    part = match["part"].lower()
    if ctx.anchor is None:
        return _unresolved("TIME", "time")
    return Timex("TIME", f"{ctx.anchor.isoformat()}T{_PARTS_OF_DAY[part]}", "time",
                 relative=True)


def _same_day(_match: Groups, ctx: Context) -> Timex | None:
    """"later that day", "later the day", "earlier in the day": the story's own day (the
    anchor here; the detector moves it to the day the discourse is about)."""
    if ctx.anchor is None:
        return Timex("DATE", None, "day", relative=True, unresolved=True, offset=0)
    return Timex("DATE", ctx.anchor.isoformat(), "day", relative=True, offset=0)


_DAY_STEPS = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1,
              "preceding": -1, "before": -1, "earlier": -1}


def _day_offset(match: Groups, ctx: Context) -> Timex | None:
    """"the next day", "the previous day", "two days later", "a day earlier": days from the
    day the discourse is about (the anchor here; see `_same_day`)."""
    word = (match["dir"] or "").lower()
    amount = _number(match["amount"]) if match["amount"] else 1.0
    if amount is None or amount != int(amount):
        return None
    steps = int(amount) * _DAY_STEPS.get(word, 0)
    if ctx.anchor is None:
        return Timex("DATE", None, "day", relative=True, unresolved=True, offset=steps)
    return Timex("DATE", (ctx.anchor + timedelta(days=steps)).isoformat(), "day",
                 relative=True, offset=steps)


_UNIT_STEPS = {"later": 1, "earlier": -1}


def _unit_offset(match: Groups, _ctx: Context) -> Timex | None:
    """"three years later", "two months earlier", "a week later": whole units from the time
    the discourse is about, which only the detector knows (see `_day_offset`)."""
    amount = _number(match["amount"])
    unit = _unit(match["unit"])
    if amount is None or amount != int(amount):
        return None
    steps = int(amount) * _UNIT_STEPS[match["dir"].lower()]
    return Timex("DATE", None, unit, relative=True, unresolved=True, offset=steps,
                 offset_unit=unit)


def _shift(anchor: date, unit: str, steps: int) -> Timex:
    """The calendar unit `steps` away from the anchor's (this week, last month, next year)."""
    if unit == "day":
        return _day(anchor + timedelta(days=steps), relative=True)
    if unit in ("week", "weekend"):
        value = week_value(anchor + timedelta(weeks=steps))
        if unit == "weekend":
            return Timex("DATE", value + "-WE", "week", relative=True)
        return Timex("DATE", value, "week", relative=True)
    if unit == "month":
        shifted = add_months(anchor, steps)
        return _month(shifted.year, shifted.month, relative=True)
    if unit == "quarter":
        index = anchor.year * 4 + _quarter(anchor) - 1 + steps
        return Timex("DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", relative=True)
    if unit == "year":
        return _year(anchor.year + steps, relative=True)
    if unit == "decade":
        return Timex("DATE", f"{anchor.year // 10 + steps:03d}", "decade", relative=True)
    if unit == "century":
        return Timex("DATE", f"{anchor.year // 100 + steps:02d}", "century", relative=True)
    raise ValueError(unit)


_STEPS = {"last": -1, "past": -1, "previous": -1, "the last": -1, "the past": -1,
          "the previous": -1, "this": 0, "the current": 0, "current": 0, "this past": -1,
          "next": 1, "the next": 1, "coming": 1, "the coming": 1, "the following": 1,
          "upcoming": 1, "the upcoming": 1,
          "the same": 0, "this coming": 1}


def _relative_unit(match: Groups, ctx: Context) -> Timex | None:
    rel = " ".join(match["rel"].lower().split())
    unit = _unit(match["unit"])
    granularity = "week" if unit == "weekend" else unit
    if ctx.anchor is None:
        return _unresolved("DATE", granularity)
    return _shift(ctx.anchor, unit, _STEPS[rel])


def _the_weekend(_match: Groups, ctx: Context) -> Timex | None:
    """"over the weekend", "during the weekend": the latest weekend begun by the anchor
    date (its own on a Saturday or Sunday, else the one before), or in a future clause the
    coming one."""
    if ctx.anchor is None:
        return _unresolved("DATE", "week")
    behind = ctx.direction != "future" and ctx.anchor.weekday() < 5
    return Timex("DATE", week_value(ctx.anchor - timedelta(weeks=int(behind))) + "-WE", "week",
                 relative=True)


def _the_unit(match: Groups, ctx: Context) -> Timex | None:
    """"the year", "the month" under a modifier ("the beginning of the year"): the anchor's."""
    unit = _unit(match["unit"])
    if ctx.anchor is None:
        return _unresolved("DATE", unit)
    return _shift(ctx.anchor, unit, 0)


def _quarter_of(match: Groups, ctx: Context) -> Timex | None:
    word = match["ord"].lower()
    number = _ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 4:
        return None
    if match["year"]:
        return Timex("DATE", f"{match['year']}-Q{number}", "quarter")
    if ctx.anchor is None:
        return _unresolved("DATE", "quarter")
    if word in ("last", "final") and not match["yrel"]:
        return _shift(ctx.anchor, "quarter", -1)  # "the last quarter": the one before
    steps = _STEPS.get(" ".join((match["yrel"] or "this").lower().split()), 0)
    year = ctx.anchor.year + steps
    if not match["yrel"] and ctx.tense == "past" and number > _quarter(ctx.anchor):
        year -= 1  # "reported its fourth-quarter results" in January: last year's
    return Timex("DATE", f"{year:04d}-Q{number}", "quarter", relative=True)


def _half_of(match: Groups, ctx: Context) -> Timex | None:
    number = 1 if match["ord"].lower() == "first" else 2
    if match["year"]:
        return Timex("DATE", f"{match['year']}-H{number}", "half")
    if ctx.anchor is None:
        return _unresolved("DATE", "half")
    steps = _STEPS.get(" ".join((match["yrel"] or "this").lower().split()), 0)
    return Timex("DATE", f"{ctx.anchor.year + steps:04d}-H{number}", "half", relative=True)


# The first month of each season but winter (northern meteorological seasons; winter spans
# the turn of the year, and keeps the plain "last year / this year / next year" reading).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9}


def _season(match: Groups, ctx: Context) -> Timex | None:
    code = _SEASONS[match["season"].lower()]
    if match["year"]:
        return Timex("DATE", f"{match['year']}-{code}", "season")
    if ctx.anchor is None:
        return _unresolved("DATE", "season")
    rel = (match["rel"] or "").lower()
    return Timex("DATE", f"{season_year(ctx.anchor, code, rel, ctx.direction):04d}-{code}",
                 "season", relative=True)


def season_year(anchor: date, code: str, rel: str, tense: Tense | None) -> int:
    """The year of "summer", "last summer", "next spring" told on the anchor date: "last"
    is the latest season over before the anchor ("last summer" in December is this
    year's, in May last year's), "next" the first not yet begun; without either, a past
    clause takes the latest one begun, a future clause the first one not yet over."""
    start = _SEASON_START.get(code)
    if start is None:  # winter
        return anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    end = start + 2
    month = anchor.month
    if rel == "last":
        return anchor.year if month > end else anchor.year - 1
    if rel == "next":
        return anchor.year if month < start else anchor.year + 1
    if rel == "this":
        return anchor.year
    if tense == "past" and month < start:
        return anchor.year - 1
    if tense == "future" and month > end:
        return anchor.year + 1
    return anchor.year


def _ago(match: Groups, ctx: Context) -> Timex | None:
    """"three days ago" → that day; "a few days ago" → PAST_REF; "a year ago" → the year."""
    amount = _number(match["amount"])
    unit = _unit(match["unit"])
    direction = -1 if match["dir"].lower() in ("ago", "earlier", "before") else 1
    if amount is None or amount != int(amount):
        return _vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    if ctx.anchor is None:
        return _unresolved("DATE", unit)
    steps = int(amount) * direction
    if unit in ("second", "minute", "hour"):
        return _day(ctx.anchor, relative=True)
    if unit == "fortnight":
        unit, steps = "week", steps * 2
    return _shift(ctx.anchor, unit, steps)


def _duration(match: Groups, _ctx: Context) -> Timex | None:
    amount = _number(match["amount"])
    unit = _unit(match["unit"])
    return Timex("DURATION", duration_value(amount, unit), "duration")


def _span_of_units(match: Groups, _ctx: Context) -> Timex | None:
    """"the past two years", "the next four years": a duration (TIMEX3 does the same)."""
    amount = _number(match["amount"])
    return Timex("DURATION", duration_value(amount, _unit(match["unit"])), "duration")


def _plural_units(match: Groups, _ctx: Context) -> Timex | None:
    """"for years", "over the years", "recent years", "decades": a vague duration."""
    return Timex("DURATION", duration_value(None, _unit(match["unit"])), "duration")


def _fixed(value: str, type_: TimexType = "DATE", granularity: str | None = None) -> Rule:
    def rule(_match: Groups, _ctx: Context) -> Timex | None:
        return Timex(type_, value, granularity)
    return rule


def _set(match: Groups, _ctx: Context) -> Timex | None:
    word = match["what"].lower()
    if word.rstrip("s") in WEEKDAYS:
        return Timex("SET", f"XXXX-WXX-{_weekday_number(word) + 1}", "day")
    if word in _PARTS_OF_DAY:
        return Timex("SET", f"TXX{_PARTS_OF_DAY[word]}" if word != "night" else "TNI", "time")
    unit = _unit(word)
    return Timex("SET", duration_value(1, unit), unit)


_ADVERB_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
                "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
                "annual": "P1Y", "hourly": "PT1H"}


def _adverb_set(match: Groups, _ctx: Context) -> Timex | None:
    return Timex("SET", _ADVERB_SETS[match["word"].lower()], "duration")


def _clock_time(match: Groups, ctx: Context) -> Timex | None:
    clock = _clock(match)
    if clock is None:
        return None
    time = _time_value(*clock, match["tz"])
    if ctx.anchor is None:
        return Timex("TIME", None, "time", relative=True, unresolved=True)
    return Timex("TIME", ctx.anchor.isoformat() + time, "time", relative=True)


def _noon(match: Groups, ctx: Context) -> Timex | None:
    time = "T12:00" if match["word"].lower() in ("noon", "midday") else "T24:00"
    if ctx.anchor is None:
        return _unresolved("TIME", "time")
    return Timex("TIME", ctx.anchor.isoformat() + time, "time", relative=True)


# --- the patterns, longest-first where they compete ---------------------------------------

def _p(name: str, pattern: str, rule: Rule) -> Pattern:
    # A match starts a word: no season in "rainfall", no "17 October" in "the 1917 October
    # Revolution", no "02 years later" in "102 years later". Each behind a lookahead of the
    # characters its matches start with: found without trying the whole pattern at every
    # position of the text (`times.starts`).
    body = with_first_chars(f"(?:{pattern})")  # the word start holds for every alternative
    return Pattern(name, re.compile(_WORD_START + body), rule, body)


_WORD_START = r"(?<!\w)"


_REL_WORD = r"(?:last|next|this|(?:up)?coming|past|previous)"
_WEEKDAY = (rf"(?:(?P<rel>{_ci(_REL_WORD)})\s+)?(?P<weekday>{_WEEKDAY_NAME})"
            rf"(?:\s+(?P<part>{_ci(_PART_OF_DAY)}))?")
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY_NAME},?\s+(?:the\s+)?)?"
_MOD_CI = rf"(?:{_ci(_MOD)})?"
_YEAR_REL = (r"(?:this|last|next|the\s+previous|the\s+current|the\s+(?:up)?coming|the\s+next)"
             r"\s+year")

PATTERNS: tuple[Pattern, ...] = (
    # absolute calendar dates
    _p("month_day_year",
       rf"{_WEEKDAY_PREFIX}(?P<month>{_MONTH_NAME})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})",
       _full_date),
    _p("day_month_year",
       rf"{_WEEKDAY_PREFIX}(?P<day>{_DAY})\s+(?:{_ci('of')}\s+)?(?P<month>{_MONTH_NAME}),?\s+"
       rf"(?P<year>{_YEAR})",
       _full_date),
    _p("numeric_date",
       r"(?<![\d/.-])(?:(?P<year>(?:19|20)\d\d)(?P<sep>-)(?P<first>0[1-9]|1[0-2])-"
       r"(?P<second>[0-3]\d)|(?P<first2>\d{1,2})/(?P<second2>\d{1,2})/(?P<year2>\d{4}|\d\d))"
       r"(?![\d/])",
       lambda m, c: _numeric_date(_NumericView(m), c)),
    _p("month_day",
       rf"{_WEEKDAY_PREFIX}(?P<month>{_MONTH_NAME})\s+(?P<day>{_DAY})(?!\s*(?:,\s*)?\d)"
       r"(?![.,]\d)",
       _month_day),
    _p("day_month",
       rf"{_WEEKDAY_PREFIX}(?:{_ci('the')}\s+)?(?P<day>{_DAY})\s+(?:{_ci('of')}\s+)?"
       rf"(?P<month>{_MONTH_NAME})(?!\s*,?\s*\d)",
       _month_day),
    _p("month_year",
       rf"{_MOD_CI}(?P<month>{_MONTH_NAME}),?\s+(?:{_ci('of')}\s+)?(?P<year>{_YEAR})",
       _month_and_year),
    _p("month_day_of_relative_year",
       rf"{_WEEKDAY_PREFIX}(?:(?P<month>{_MONTH_NAME})\s+(?P<day>{_DAY})|(?:{_ci('the')}\s+)?"
       rf"(?P<day2>{_DAY})\s+(?:{_ci('of')}\s+)?(?P<month2>{_MONTH_NAME}))\s+"
       rf"(?:{_ci('of')}\s+)?(?P<yrel>{_ci(_YEAR_REL)})(?!['’]s)",
       _month_day_of_year),
    _p("month_of_relative_year",
       rf"{_MOD_CI}(?P<month>{_MONTH_NAME})\s+(?:{_ci('of')}\s+)?(?P<yrel>{_ci(_YEAR_REL)})"
       r"(?!['’]s)",
       _month_of_year),
    _p("same_unit_last_year",
       _ci(r"the\s+same\s+(?P<unit>day|week|month|quarter|period|time)\s+(?:of\s+)?(?:a\s+year"
           r"\s+(?:ago|earlier|before)|(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+"
           r"before)"),
       _same_unit_last_year),
    _p("holiday",
       rf"(?P<holiday>{_HOLIDAY_NAMES})(?:\s+(?P<year>{_YEAR}))?",
       _holiday),
    _p("quarter",
       _ci(rf"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
           rf"[\s-]+quarter\b(?:\s+(?:of|in)\s+(?:(?P<year>{_YEAR})|(?P<yrel>this|last|next|"
           r"the\s+previous|the\s+current)\s+year))?"),
       _quarter_of),
    _p("quarter_code",
       rf"(?<!\w)Q(?P<ord>[1-4])(?:\s+|[\s-]?)(?P<year>{_YEAR})",
       lambda m, c: Timex("DATE", f"{m['year']}-Q{m['ord']}", "quarter")),
    _p("half",
       _ci(rf"(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+(?:(?P<year>{_YEAR})|"
           r"(?P<yrel>this|last|next)\s+year)"),
       _half_of),
    _p("season",
       rf"{_MOD_CI}(?:(?P<rel>{_ci('this|last|next')})\s+)?"
       rf"(?P<season>{_ci('spring|summer|autumn|winter|fall')})\b"
       rf"(?:\s+(?:{_ci('of')}\s+)?(?P<year>{_YEAR}))?",
       _season),
    _p("decade",
       rf"(?:{_ci('the')}\s+)?{_MOD_CI}(?:(?P<century>1[5-9]|20)(?P<digit>\d)0s|"
       rf"['’](?P<digit2>\d)0s)\b|(?<=\b(?:the|and) )(?P<digitb>\d)0s\b",
       lambda m, c: _decade(_DecadeView(m), c)),
    _p("century",
       _ci(r"the\s+(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
           r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
           r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+"
           r"century"),
       _century),
    # "1625 UTC", "(0040 GMT)", "1400 local time", "at 0930 hours": four digits HHMM with a
    # zone, or with "hours" after a time preposition (or a leading zero), are a clock time.
    # Wire copy also puts the day between the time and its zone: "(2024 Friday, UTC)",
    # "(2053 Wednesday night, UTC)"; the detector joins the day to the time.
    _p("clock_hhmm",
       rf"(?=[0-2]\d[0-5]\d)(?:"  # every match starts with its four digits: test them first
       rf"(?<![\w:.$£€,/-])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
       rf"(?:{_ZONE_AFTER}|\s+(?i:local\s+time)\b|(?=\s+{_WEEKDAY_NAME}(?:\s+"
       rf"{_ci(_PART_OF_DAY)})?,?\s*(?P<zone>{_ZONES})))"
       rf"|(?:{_AT_CLOCK}|(?<![\w:.$£€,/-])(?=0))(?P<hour2>[01]\d|2[0-3])(?P<minute2>[0-5]\d)"
       rf"\s+(?i:hours|hrs)\b)",
       lambda m, c: _clock_time(_HhmmView(m), c)),
    _p("year",
       rf"(?<![\w$£€.,/-]){_MOD_CI}(?P<year>{_YEAR})(?![\w-]|[.,]\d|{_ZONE_AFTER})",
       _year_only),
    _p("bare_month",
       rf"{_MOD_CI}(?:(?P<rel>{_ci('last|next|this|past|previous|(?:up)?coming')})\s+)?"
       rf"(?P<month>{_MONTH_NAME})(?![\w'’])",
       _bare_month),
    # weekdays and days relative to the anchor
    _p("weekday", _WEEKDAY, _weekday),
    _p("day_word",
       _ci(r"(?:(?:earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+"
           r"after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night)"
           rf"(?:\s+(?P<part>{_PART_OF_DAY}))?\b"),
       _day_word),
    _p("this_part_of_day",
       _ci(r"(?:earlier\s+|later\s+)?this\s+(?P<part>morning|afternoon|evening)\b"),
       _part_of_this_day),
    _p("same_day",
       _ci(r"(?:(?:later|earlier)\s+(?:in\s+|on\s+)?(?:that|the|this)\s+(?:same\s+)?day|"
           r"(?:that|the)\s+same\s+day)\b"),
       _same_day),
    _p("day_offset",
       _ci(r"(?:the\s+(?P<dir>next|following|previous|preceding)\s+day|"
           r"(?P<amount>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir2>later|"
           r"earlier))\b(?!\s+(?:of|after|before|when|than)\b)"),
       lambda m, c: _day_offset(_DayOffsetView(m), c)),
    _p("unit_offset",
       _ci(r"(?P<amount>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
           r"(?P<unit>weeks?|months?|years?)\s+(?P<dir>later|earlier)\b"
           r"(?!\s+(?:of|after|before|when|than|that|in|on)\b)"),
       _unit_offset),
    _p("ago",
       _ci(rf"{_APPROX}(?P<amount>{_AMOUNT})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|"
           r"hence)\b"),
       _ago),
    _p("relative_unit",
       rf"{_MOD_CI}"
       + _ci(r"(?P<rel>(?:the\s+)?(?:last|past|previous|current|(?:up)?coming|next|following|"
             r"same)|"
             r"this(?:\s+past|\s+coming)?)\s+(?P<unit>weekend|week|month|quarter|year|"
             r"decade|century)\b(?![\s-]+(?:old|long)\b)"),
       _relative_unit),
    _p("the_weekend", _ci(r"\bthe\s+weekend\b(?!\s+of\b)"), _the_weekend),
    _p("the_unit",
       _ci(rf"{_MOD}the\s+(?P<unit>week|month|year|decade)\b"),
       _the_unit),
    _p("span_of_units",
       _ci(rf"(?:the\s+)?(?:past|last|next|(?:up)?coming|previous|first|following)\s+{_APPROX}"
           rf"(?P<amount>{_AMOUNT})\s+(?P<unit>{_UNIT})"),
       _span_of_units),
    _p("duration",
       _ci(rf"{_APPROX}(?<![\w$£€])(?P<amount>{_AMOUNT})(?:\s+|-)(?P<unit>{_UNIT})"
           r"(?:(?:\s+|-)long)?(?!-old)"),
       _duration),
    _p("range_first_amount",
       _ci(rf"(?<![\w$£€])(?P<amount>{_SMALL_NUMBER})(?=\s*(?:-|–|to|and|or)\s*{_SMALL_NUMBER}"
           rf"\s+(?P<unit>{_UNIT}))"),
       _duration),
    _p("plural_units",
       _ci(r"(?:(?:in\s+)?recent|(?:for|over)\s+the|the\s+(?:up)?coming|the\s+past)\s+"
           r"(?P<unit>years|decades|months|weeks)\b|\b(?P<unit2>decades)(?:-long)?\b"),
       lambda m, c: _plural_units(_PluralView(m), c)),
    _p("set_every",
       _ci(rf"(?:every|each)\s+(?:(?:other|single)\s+)?(?P<what>{_WEEKDAY_NAME}|day|night|"
           r"week|month|quarter|year|morning|evening|afternoon|hour|minute)\b"),
       _set),
    _p("set_weekday_plural",
       _ci(rf"on\s+(?P<what>(?:{'|'.join(WEEKDAYS)})s)\b"),
       _set),
    _p("set_adverb",
       _ci(r"\b(?P<word>daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|"
           r"annual|hourly)\b"),
       _adverb_set),
    _p("set_per",
       _ci(r"(?:(?:once|twice|thrice|\w+\s+times)\s+(?:a|an|per|each)|per|(?<=\d\s)an?)\s+"
           r"(?P<what>day|week|month|year|hour)\b"),
       _set),
    # times of day
    _p("clock",
       rf"(?<![\w:.$£€])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
       rf"(?P<ampm>{_AMPM}){_TZ}?"
       rf"|(?<![\w:.$£€])(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])"
       rf"(?:{_TZ}|\s+{_LOCAL})?",
       lambda m, c: _clock_time(_ClockView(m), c)),
    _p("noon", _ci(r"\b(?P<word>noon|midday|midnight)\b"), _noon),
    # vague references
    _p("present_ref",
       _ci(r"\b(?:right\s+)?now\b(?!\s+that)|\bcurrently\b|\bnowadays\b|\bat\s+present\b|"
           r"\bat\s+the\s+moment\b|\bthese\s+days\b|"
           # "the present study" is this study; "the present day" is now
           r"\bthe\s+present\b(?!\s+(?!(?:day|time|moment)\b)[a-z])"),
       _fixed("PRESENT_REF")),
    _p("past_ref",
       _ci(r"\b(?:more\s+|most\s+|very\s+|only\s+|until\s+)?recently\b|\brecent\b|"
           r"\b(?:in\s+)?the\s+past\b(?!\s+(?:\w+\s+)?(?:week|month|year|decade|day|"
           r"century|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))|"
           r"\bformerly\b|\bthe\s+other\s+day\b"),
       _fixed("PAST_REF")),
    _p("future_ref",
       _ci(r"\b(?:very\s+|as\s+)?soon\b(?!\s+(?:as|after|before))|"
           r"\bthe\s+(?:near\s+|distant\s+)?future\b|\bthe\s+(?:long|short|medium)\s+term\b|"
           r"\b(?:in\s+)?the\s+(?:up)?coming\s+(?:days|weeks|months|years)\b|"
           r"\bshortly\b(?!\s+(?:before|after|afterwards|thereafter)\b)"),
       _fixed("FUTURE_REF")),
)
# where any of them may start: one scan of a text for them all (`pattern_matches`)
STARTS = starts_regex(PATTERNS)


class _View:
    """A match seen through other group names, so one rule serves several spellings."""

    def __init__(self, match: Groups, names: dict[str, tuple[str, ...]]) -> None:
        self._match = match
        self._names = names

    def __getitem__(self, key: str | int, /) -> str | None:
        if isinstance(key, int):
            return str(self._match[key])
        for name in self._names.get(key, (key,)):
            value = self._match[name]
            if value is not None:
                return value
        return None


class _NumericView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"year": ("year", "year2"), "first": ("first", "first2"),
                                 "second": ("second", "second2"), "sep": ("sep",)})


class _DecadeView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"digit": ("digit", "digitb"), "digit2": ("digit2",)})


class _PluralView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"unit": ("unit", "unit2")})


class _ClockView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"hour": ("hour", "hour24"), "minute": ("minute", "minute24"),
                                 "ampm": ("ampm",), "tz": ()})
        self._tz = _tz_in(str(match[0]))

    def __getitem__(self, key: str | int, /) -> str | None:
        if key == "tz":
            return self._tz
        return super().__getitem__(key)


class _DayOffsetView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"dir": ("dir", "dir2"), "amount": ("amount",)})


class _HhmmView(_View):
    def __init__(self, match: Groups) -> None:
        super().__init__(match, {"hour": ("hour", "hour2"), "minute": ("minute", "minute2"),
                                 "ampm": (), "tz": ()})
        self._tz = match["zone"] or _tz_in(str(match[0]))

    def __getitem__(self, key: str | int, /) -> str | None:
        if key == "tz":
            return self._tz
        return super().__getitem__(key)


def _tz_in(text: str) -> str | None:
    """The zone written in a clock time's text, or after the day that follows it."""
    found = re.search(_TZ, text)
    return found.group(0).strip() if found else None


def normalize(phrase: str, anchor: date | None = None, tense: Tense | None = None, *,
              future_in_past: bool = False) -> Timex | None:
    """The TIMEX3 reading of one whole phrase ("last Thursday", "the 1990s"), or None when
    no pattern covers all of it. Leading prepositions ("on", "in") are not part of it.
    `future_in_past`: the phrase is told in a future seen from the past (`Context`)."""
    text = re.sub(r"^(?:on|in|at|since|until|by|during|from|for)\s+", "",
                  " ".join(phrase.split()), flags=re.IGNORECASE)
    context = Context(anchor, tense, future_in_past)
    for pattern in PATTERNS:
        match = pattern.regex.fullmatch(text)
        if match is not None:
            result = pattern.rule(match, context)
            if result is not None:
                return result
    return None
