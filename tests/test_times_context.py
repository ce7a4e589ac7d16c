"""The direction a clause gives its time expressions (`time_context`), on hand-built parses:
no model is loaded, so each rule is tested on exactly the structure it reads."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from dateline.times import normalize
from dateline.times.detect import clause_tense, time_context
from dateline.times.grammar import Context, nearest_weekday, season_year

WED_2019_01_09 = date(2019, 1, 9)
_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model
_POS = {"DT": "DET", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "IN": "ADP", "TO": "PART",
        "PRP": "PRON", "MD": "AUX", "JJ": "ADJ", "RB": "ADV", "POS": "PART", ".": "PUNCT",
        "CC": "CCONJ"}


def parse(spec: str) -> Doc:
    """A Doc from "word/TAG/dep/head[/lemma]" tokens (head: the index of the head token)."""
    words, tags, deps, heads, lemmas, pos = [], [], [], [], [], []
    for item in spec.split():
        word, tag, dep, head, *lemma = item.split("/")
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma[0] if lemma else word.lower())
        verbal = "AUX" if dep in ("aux", "auxpass") else "VERB"
        pos.append(verbal if tag.startswith("VB") else _POS.get(tag, "X"))
    return Doc(_VOCAB, words=words, tags=tags, deps=deps, heads=heads, lemmas=lemmas, pos=pos)


def context_of(spec: str, word: str) -> Context:
    doc = parse(spec)
    token = next(t for t in doc if t.text == word)
    return time_context(doc[token.i : token.i + 1], WED_2019_01_09)


def friday(spec: str, word: str = "Friday") -> str | None:
    """The value the parse gives the weekday, published Wednesday 2019-01-09."""
    ctx = context_of(spec, word)
    timex = normalize(word, ctx.anchor, ctx.tense, future_in_past=ctx.future_in_past)
    assert timex is not None
    return timex.value


# Published Wednesday 2019-01-09: the past Friday is 4 January, the coming one 11 January.
PAST, COMING = "2019-01-04", "2019-01-11"


def test_past_clause_looks_back() -> None:
    assert friday("They/PRP/nsubj/1 met/VBD/ROOT/1/meet on/IN/prep/1 Friday/NNP/pobj/2") == PAST


def test_will_looks_ahead() -> None:
    assert friday("They/PRP/nsubj/2 will/MD/aux/2 meet/VB/ROOT/2 on/IN/prep/2 "
                  "Friday/NNP/pobj/3") == COMING


def test_present_progressive_is_an_arrangement_ahead() -> None:
    spec = ("The/DT/det/1 government/NN/nsubj/3 is/VBZ/aux/3/be holding/VBG/ROOT/3/hold "
            "talks/NNS/dobj/3/talk on/IN/prep/3 Friday/NNP/pobj/5")
    assert context_of(spec, "Friday") == Context(WED_2019_01_09, "future")
    assert friday(spec) == COMING


def test_present_passive_progressive_looks_ahead() -> None:
    assert friday("Talks/NNS/nsubjpass/3/talk are/VBP/aux/3/be being/VBG/auxpass/3/be "
                  "held/VBN/ROOT/3/hold on/IN/prep/3 Friday/NNP/pobj/4") == COMING


def test_progressive_leaves_a_noun_s_time_alone() -> None:
    # "the attack on Friday": the time dates the noun, not the arrangement
    spec = ("Police/NNS/nsubj/2 are/VBP/aux/2/be investigating/VBG/ROOT/2/investigate "
            "the/DT/det/4 attack/NN/dobj/2 on/IN/prep/4 Friday/NNP/pobj/5")
    assert context_of(spec, "Friday").tense == "present"
    assert friday(spec) == PAST


def test_present_of_be_looks_ahead() -> None:
    assert friday("The/DT/det/1 vote/NN/nsubj/2 is/VBZ/ROOT/2/be on/IN/prep/2 "
                  "Friday/NNP/pobj/3") == COMING
    assert friday("The/DT/det/1 deadline/NN/nsubj/2 is/VBZ/ROOT/2/be Friday/NNP/attr/2") == COMING


def test_until_in_a_present_clause_looks_ahead_and_since_looks_back() -> None:
    assert friday("The/DT/det/1 road/NN/nsubjpass/3 is/VBZ/auxpass/3/be closed/VBN/ROOT/3/close "
                  "until/IN/prep/3 Friday/NNP/pobj/4") == COMING
    spec = ("It/PRP/nsubj/1 will/MD/aux/2 stay/VB/ROOT/2 closed/JJ/acomp/2 since/IN/prep/2 "
            "Friday/NNP/pobj/4")
    assert context_of(spec, "Friday").tense == "past"


def test_would_is_a_future_told_from_the_past() -> None:
    spec = ("Protesters/NNS/nsubj/1 said/VBD/ROOT/1/say they/PRP/nsubj/4 would/MD/aux/4 "
            "march/VB/ccomp/1 on/IN/prep/4 Friday/NNP/pobj/5")
    assert context_of(spec, "Friday") == Context(WED_2019_01_09, "future", future_in_past=True)
    assert friday(spec) == COMING  # two days ahead is nearer than five days back
    # published on a Monday, the Saturday just gone is nearer than the next one
    assert normalize("Saturday", date(2020, 12, 21), "future",
                     future_in_past=True).value == "2020-12-19"  # type: ignore[union-attr]


def test_infinitive_under_a_past_verb_is_told_from_the_past() -> None:
    agreed = ("They/PRP/nsubj/1 agreed/VBD/ROOT/1/agree to/TO/aux/3 meet/VB/xcomp/1 "
              "on/IN/prep/3 Friday/NNP/pobj/4")
    assert context_of(agreed, "Friday").future_in_past
    expected = ("It/PRP/nsubjpass/2 was/VBD/auxpass/2/be expected/VBN/ROOT/2/expect "
                "to/TO/aux/4 land/VB/xcomp/2 on/IN/prep/4 Wednesday/NNP/pobj/5")
    ctx = context_of(expected, "Wednesday")
    assert ctx.tense == "future" and ctx.future_in_past
    has_agreed = ("They/PRP/nsubj/2 have/VBP/aux/2/have agreed/VBN/ROOT/2/agree to/TO/aux/4 "
                  "meet/VB/xcomp/2 on/IN/prep/4 Friday/NNP/pobj/5")
    assert context_of(has_agreed, "Friday") == Context(WED_2019_01_09, "future")
    could = ("He/PRP/nsubj/2 could/MD/aux/2 visit/VB/ROOT/2 on/IN/prep/2 Friday/NNP/pobj/3")
    assert context_of(could, "Friday") == Context(WED_2019_01_09, "future")


def test_scheduled_for_is_told_from_the_past() -> None:
    spec = ("Talks/NNS/nsubjpass/2/talk were/VBD/auxpass/2/be scheduled/VBN/ROOT/2/schedule "
            "for/IN/prep/2 Thursday/NNP/pobj/3")
    assert context_of(spec, "Thursday") == Context(WED_2019_01_09, "future", future_in_past=True)
    # the day after the publication, not six days before it
    assert friday(spec, "Thursday") == "2019-01-10"


def test_a_coordinated_verb_shares_its_first_conjunct_s_tense() -> None:
    spec = ("It/PRP/nsubjpass/2 is/VBZ/auxpass/2/be scheduled/VBN/ROOT/2/schedule "
            "to/TO/aux/4 remain/VB/xcomp/2 and/CC/cc/4 return/VB/conj/4 on/IN/prep/6 "
            "Friday/NNP/pobj/7")
    doc = parse(spec)
    assert clause_tense(doc[6]) == "future"
    assert friday(spec) == COMING


def test_ahead_of_puts_the_time_after_its_clause() -> None:
    rising = ("Stocks/NNS/nsubj/2 are/VBP/aux/2/be rising/VBG/ROOT/2/rise ahead/RB/advmod/2 "
              "of/IN/prep/3 Sunday/NNP/poss/7 's/POS/case/5 election/NN/pobj/4")
    assert context_of(rising, "Sunday") == Context(WED_2019_01_09, "future")
    rose = ("Stocks/NNS/nsubj/1 rose/VBD/ROOT/1/rise ahead/RB/advmod/1 of/IN/prep/2 "
            "Sunday/NNP/poss/6 's/POS/case/4 election/NN/pobj/3")
    assert context_of(rose, "Sunday") == Context(WED_2019_01_09, "future", future_in_past=True)
    upcoming = ("The/DT/det/2 upcoming/JJ/amod/2 vote/NN/nsubj/3 passed/VBD/ROOT/3/pass "
                "on/IN/prep/2 Sunday/NNP/pobj/4")
    assert context_of(upcoming, "Sunday").tense == "future"


def test_nearest_weekday() -> None:
    assert nearest_weekday(WED_2019_01_09, 4) == date(2019, 1, 11)  # Friday: 2 ahead
    assert nearest_weekday(WED_2019_01_09, 0) == date(2019, 1, 7)  # Monday: 2 back
    assert nearest_weekday(WED_2019_01_09, 2) == WED_2019_01_09


@pytest.mark.parametrize(("phrase", "anchor", "tense", "value"), [
    ("last summer", date(2018, 12, 26), None, "2018-SU"),  # this year's, over
    ("last summer", date(2019, 5, 1), None, "2018-SU"),
    ("last summer", date(2019, 7, 1), None, "2018-SU"),  # this one is not over
    ("next summer", date(2019, 2, 1), None, "2019-SU"),  # not yet begun
    ("next summer", date(2019, 7, 1), None, "2020-SU"),
    ("next spring", date(2018, 12, 26), None, "2019-SP"),
    ("this summer", date(2019, 2, 1), "past", "2019-SU"),
    ("summer", date(2019, 2, 1), "past", "2018-SU"),
    ("summer", date(2019, 10, 1), "future", "2020-SU"),
    ("summer", date(2019, 7, 1), "future", "2019-SU"),
    ("the autumn", date(2019, 2, 1), None, "2019-FA"),
    ("last winter", date(2019, 6, 1), None, "2018-WI"),
    ("summer 2016", None, None, "2016-SU"),
])
def test_seasons_follow_last_next_and_tense(phrase: str, anchor: date | None,
                                            tense: str | None, value: str) -> None:
    timex = normalize(phrase.removeprefix("the "), anchor, tense)  # type: ignore[arg-type]
    assert timex is not None and timex.value == value, phrase


def test_season_year_without_tense_is_the_anchor_s() -> None:
    assert season_year(date(2019, 2, 1), "SU", "", None) == 2019


@pytest.mark.parametrize(("anchor", "tense", "value"), [
    (date(2019, 6, 24), "past", "2019-W25-WE"),  # Monday: the weekend just gone
    (date(2019, 6, 24), None, "2019-W25-WE"),
    (date(2019, 6, 24), "future", "2019-W26-WE"),  # the coming one
    (date(2019, 6, 29), "past", "2019-W26-WE"),  # on a Saturday: this one
])
def test_the_weekend_is_the_latest_or_the_coming_one(anchor: date, tense: str | None,
                                                     value: str) -> None:
    timex = normalize("the weekend", anchor, tense)  # type: ignore[arg-type]
    assert timex is not None and (timex.value, timex.granularity) == (value, "week")


@pytest.mark.parametrize(("phrase", "value"), [
    ("1500 MSK", "2019-01-09T15:00"),
    ("9:54 a.m. ET", "2019-01-09T09:54"),
    ("0900 GMT", "2019-01-09T09:00Z"),
    ("3 p.m. AEST", "2019-01-09T15:00"),
])
def test_more_zones_make_clock_times(phrase: str, value: str) -> None:
    timex = normalize(phrase, WED_2019_01_09)
    assert timex is not None and (timex.type, timex.value) == ("TIME", value)


@pytest.mark.parametrize("phrase", ["2000 CT", "1600 MT", "2019 WEST"])
def test_ambiguous_abbreviations_are_no_zone(phrase: str) -> None:
    timex = normalize(phrase, WED_2019_01_09)
    assert timex is None or timex.type != "TIME"


def test_hhmm_then_day_then_zone_is_a_clock_time() -> None:
    from dateline.times.grammar import PATTERNS

    clock = next(p for p in PATTERNS if p.name == "clock_hhmm")
    for text, zone in [("(2024 Friday, UTC)", "UTC"), ("(2053 Wednesday night, UTC)", "UTC"),
                       ("0300 GMT Monday", "GMT")]:
        found = clock.regex.search(text)
        assert found is not None and found[0][:4].isdigit(), text
        assert zone in found[0] or found["zone"] == zone, text
    assert clock.regex.search("in 2019 Friday prayers were held") is None
