"""Single time rules on hand-built parses (`make_doc`, no model): the readings the parse
rules out (`find_times`' vetoes) and the basis of an event's date (`date_clause`). Each
parse is the one en_core_web_sm gives the sentence, so the rule sees what it sees in a run."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline import Extractor
from dateline.record import Article, Dateline
from dateline.times import anchor_date, date_clause, dateline_date, find_times, governing_time
from dateline.times.detect import TimeRef
from dateline.times.grammar import Timex
from tests.conftest import DocFactory

PUBLISHED = "2018-12-26"


@pytest.mark.parametrize(("parse", "found"), [
    # "may" the modal, not the month
    pytest.param(dict(words="The president may visit Kabul.", heads=[1, 3, 3, 3, 3, 3],
                      deps=["det", "nsubj", "aux", "ROOT", "dobj", "punct"],
                      tags=["DT", "NN", "MD", "VB", "NNP", "."], ents=[(4, 5, "GPE")]),
                 [], id="modal-may"),
    # "fall" the verb, not the season (though NER calls "may fall" a DATE)
    pytest.param(dict(words="Prices may fall.", heads=[2, 2, 2, 2],
                      deps=["nsubj", "aux", "ROOT", "punct"], tags=["NNS", "MD", "VB", "."],
                      ents=[(1, 3, "DATE")]),
                 [], id="verb-fall"),
    # a number counting people or things, not a year (though NER calls it a DATE)
    pytest.param(dict(words="The 2000 troops stayed.", heads=[2, 2, 3, 3, 3],
                      deps=["det", "nummod", "nsubj", "ROOT", "punct"],
                      tags=["DT", "CD", "NNS", "VBD", "."], ents=[(1, 2, "DATE")]),
                 [], id="counted-troops"),
    pytest.param(dict(words="Police said 1990 people were arrested.",
                      heads=[1, 1, 3, 5, 5, 1, 1],
                      deps=["nsubj", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "punct"],
                      tags=["NNS", "VBD", "CD", "NNS", "VBD", "VBN", "."],
                      ents=[(2, 3, "DATE")]),
                 [], id="counted-people"),
    # the same words where they are times
    pytest.param(dict(words="Troops left the city in 2000.", heads=[1, 1, 3, 1, 1, 4, 1],
                      deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                      tags=["NNS", "VBD", "DT", "NN", "IN", "CD", "."], ents=[(5, 6, "DATE")]),
                 ["2000"], id="year"),
    pytest.param(dict(words="The talks ended in May.", heads=[1, 2, 2, 2, 3, 2],
                      deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
                      tags=["DT", "NNS", "VBD", "IN", "NNP", "."], ents=[(4, 5, "DATE")]),
                 ["May"], id="month"),
    # a capitalised season inside a name, not a season (read in Wikinews, 2026-12-06)
    pytest.param(dict(words="Protests during the Arab Spring toppled the government.",
                      heads=[5, 0, 4, 4, 1, 5, 7, 5, 5],
                      deps=["nsubj", "prep", "det", "compound", "pobj", "ROOT", "det", "dobj",
                            "punct"],
                      tags=["NNS", "IN", "DT", "NNP", "NNP", "VBD", "DT", "NN", "."]),
                 [], id="season-after-a-name"),
    pytest.param(dict(words="Students joined Summer of Code.", heads=[1, 1, 1, 2, 3, 1],
                      deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                      tags=["NNS", "VBD", "NNP", "IN", "NNP", "."]),
                 [], id="season-before-of-a-name"),
    pytest.param(dict(words="Students joined in Summer 2019.", heads=[1, 1, 1, 2, 3, 1],
                      deps=["nsubj", "ROOT", "prep", "pobj", "nummod", "punct"],
                      tags=["NNS", "VBD", "IN", "NNP", "CD", "."], ents=[(3, 5, "DATE")]),
                 ["Summer 2019"], id="capitalised-season-with-a-year"),
    pytest.param(dict(words="Early Spring brought protests.", heads=[1, 2, 2, 2, 2],
                      deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
                      tags=["JJ", "NNP", "VBD", "NNS", "."]),
                 ["Early Spring"], id="capitalised-season-with-its-modifier"),
    # a speed, not something done every hour
    pytest.param(dict(words="Winds reached 120 miles per hour on Monday.",
                      heads=[1, 1, 3, 1, 3, 4, 1, 6, 1],
                      deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "prep", "pobj",
                            "punct"],
                      tags=["NNS", "VBD", "CD", "NNS", "IN", "NN", "IN", "NNP", "."],
                      ents=[(2, 6, "QUANTITY"), (7, 8, "DATE")]),
                 ["Monday"], id="speed-per-hour"),
    pytest.param(dict(words="Workers are paid per hour.", heads=[2, 2, 2, 2, 3, 2],
                      deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                      tags=["NNS", "VBP", "VBN", "IN", "NN", "."]),
                 ["per hour"], id="paid-per-hour"),
    # "the present" as an adjective
    pytest.param(dict(words="The present study found no link.", heads=[2, 2, 3, 3, 5, 3, 3],
                      deps=["det", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                      tags=["DT", "JJ", "NN", "VBD", "DT", "NN", "."]),
                 [], id="the-present-study"),
    pytest.param(dict(words="Prices rose from 1990 to the present.",
                      heads=[1, 1, 1, 2, 1, 6, 4, 1],
                      deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
                      tags=["NNS", "VBD", "IN", "CD", "IN", "DT", "NN", "."],
                      ents=[(3, 4, "DATE")]),
                 ["1990", "the present"], id="the-present"),
])
def test_times_the_parse_rules_out_a_reading(make_doc: DocFactory, parse: dict[str, Any],
                                             found: list[str]) -> None:
    doc = make_doc(**parse)
    assert [t.text for t in find_times(doc, date(2018, 12, 26))] == found


def test_times_event_dating_basis(make_doc: DocFactory) -> None:
    doc = make_doc(
        "Shamkhani said on Wednesday that talks were held. The minister arrived in Kabul.",
        heads=[1, 1, 1, 2, 7, 7, 7, 1, 1, 10, 11, 11, 11, 12, 11],
        deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubjpass", "auxpass", "ccomp", "punct",
              "det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["NNP", "VBD", "IN", "NNP", "IN", "NNS", "VBD", "VBN", ".", "DT", "NN", "VBD", "IN",
              "NNP", "."],
        lemmas=["Shamkhani", "say", "on", "Wednesday", "that", "talk", "be", "hold", ".", "the",
                "minister", "arrive", "in", "Kabul", "."],
        ents=[(0, 1, "ORG"), (3, 4, "DATE"), (13, 14, "GPE")])
    article = Article(id="x", text=doc.text, published=PUBLISHED)
    times = find_times(doc, anchor_date(article))
    said, arrived = doc[1], doc[11]
    explicit = date_clause(said, times, article)
    assert (explicit.value, explicit.basis) == ("2018-12-26", "explicit")
    assert explicit.time is not None and explicit.time.text == "Wednesday"
    published = date_clause(arrived, times, article)
    assert (published.value, published.basis, published.time) == (PUBLISHED, "published", None)
    with_dateline = article.model_copy(update={"dateline": Dateline(
        text="KABUL, Dec 24 (Reuters) -", date="Dec 24")})
    assert dateline_date(with_dateline) is not None
    assert date_clause(arrived, times, with_dateline).basis == "dateline"
    assert date_clause(arrived, times, with_dateline).value == "2018-12-24"
    undated = Article(id="y", text=article.text)
    assert date_clause(arrived, [], undated).value is None


# "The minister told reporters about his talks with Kenya on Monday ." with "on Monday"
# hanging from "talks", as the parser often reads it.
NESTED_TIME = dict(
    words="The minister told reporters about his talks with Kenya on Monday .",
    heads=[1, 2, 2, 2, 2, 6, 4, 6, 7, 6, 9, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "prep", "pobj", "prep",
          "pobj", "punct"],
    tags=["DT", "NN", "VBD", "NNS", "IN", "PRP$", "NNS", "IN", "NNP", "IN", "NNP", "."],
)


@pytest.mark.parametrize(("trigger", "dated"), [(2, False), (6, True)])
def test_dating_a_time_inside_a_nested_noun_dates_that_noun(make_doc: DocFactory, trigger: int,
                                                            dated: bool) -> None:
    """"told reporters about his talks with Kenya on Monday": Monday dates the talks, not
    the telling."""
    doc = make_doc(**NESTED_TIME)
    monday = doc[10:11]
    time = TimeRef(monday.start_char, monday.end_char, monday,
                   Timex("DATE", "2019-01-07", "day"), date(2019, 1, 9))
    assert (governing_time(doc[trigger], [time]) is time) is dated


def test_times_a_month_with_its_relative_year_is_one_expression(extractor: Extractor) -> None:
    """"during the visit in October last year" told in October 2021: October 2020, one
    expression; "October" alone would be this year's."""
    doc = extractor.nlp("They met during the visit to London in October last year.")
    found = find_times(doc, date(2021, 10, 28))
    assert [(t.text, t.timex.value) for t in found] == [("October last year", "2020-10")]


@pytest.mark.parametrize(("text", "found"), [
    # told on a Tuesday: the decision was the day before, whatever the clause foresees
    ("Monday's decision will reverberate down the ballot.", [("Monday", "2016-06-27")]),
    ("Thursday's debate will be watched closely.", [("Thursday", "2016-06-30")]),
    ("The vote on Friday will decide it.", [("Friday", "2016-07-01")]),
])
def test_times_a_possessive_day_in_a_future_clause_is_the_nearest(
        extractor: Extractor, text: str, found: list[tuple[str, str]]) -> None:
    """"Monday's decision will reverberate": a day named as its noun's possessor is that
    noun's time, which the clause's future says nothing of; the nearest such day is meant."""
    doc = extractor.nlp(text)
    assert [(t.text, t.timex.value) for t in find_times(doc, date(2016, 6, 28))] == found


@pytest.mark.parametrize(("text", "found"), [
    ("He raised $2 million, more than three-quarters from small donors.", []),
    ("Sales rose for three quarters.", [("three quarters", "P9M")]),
])
def test_times_three_quarters_with_a_hyphen_is_a_share(
        extractor: Extractor, text: str, found: list[tuple[str, str]]) -> None:
    """"more than three-quarters from small donors": spelt with a hyphen and no span of
    time after it, a fraction, not nine months."""
    doc = extractor.nlp(text)
    assert [(t.text, t.timex.value) for t in find_times(doc, date(2016, 7, 26))] == found


def test_times_a_clock_time_glued_to_a_heading_keeps_its_pm(extractor: Extractor) -> None:
    """A live page's "February 6, 2016 9:05PMKasich: ...": the time ends at the capitalised
    word glued to it; read without its "PM" it was nine in the morning."""
    doc = extractor.nlp("Updated Feb. 6, 2016 9:05PMKasich said it.")
    assert [(t.text, t.timex.value) for t in find_times(doc, date(2016, 2, 7))] == [
        ("Feb. 6, 2016 9:05PM", "2016-02-06T21:05")]
