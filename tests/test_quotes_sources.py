"""Quote sources the cue lexicon alone does not find: speaker labels, colons, participles,
parenthetical cues and the like. Hand-written sentences; a rule that reads one parse is
tested without the model, on the parse the model gives the sentence (`make_doc`)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import Extraction, Extractor
from dateline.quotes import find_quotes, use_attribution
from tests.conftest import DocFactory


def quote_with(record: Extraction, words: str) -> tuple[str | None, str | None, str]:
    """(source, cue, kind) of the quote whose content holds `words`."""
    text = record.article.text
    for quote in record.quotes:
        if words in text[quote.content.start : quote.content.end]:
            source = text[quote.source.start : quote.source.end] if quote.source else None
            cue = text[quote.cue.start : quote.cue.end] if quote.cue else None
            return source, cue, quote.kind
    raise AssertionError(f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}")


def test_speaker_label_in_a_transcript(extractor: Extractor) -> None:
    record = extractor.extract(
        "The interview aired on Sunday.\n"
        "HOST: Governor, will the party unite behind the nominee?\n"
        "MORALES: Well, the whole state needs to work together now.\n"
    )
    assert quote_with(record, "the whole state needs") == ("MORALES", ":", "indirect")
    assert quote_with(record, "will the party unite")[:2] == ("HOST", ":")


def test_speaker_label_before_a_quotation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Pollsters were wrong again in the north. Jane Miller: “Although the polls failed "
        "to predict the win, they were close.”"
    )
    assert quote_with(record, "Although the polls") == ("Jane Miller", ":", "direct")


@pytest.mark.parametrize(("text", "words", "source"), [
    ("Readers wrote in after the debate.\n\n“He scares me. Hearing him talk makes me "
     "fearful.” ― Dana Whitfield\n“He cannot answer a question.”― Carla Sanchez.\n",
     "Hearing him talk", "Dana Whitfield"),
    ("Readers wrote in after the debate.\n\n“He scares me. Hearing him talk makes me "
     "fearful.” ― Dana Whitfield\n“He cannot answer a question.”― Carla Sanchez.\n",
     "cannot answer", "Carla Sanchez"),
    ("Sanders attacked the banks again.\n\n\"Almost all new income is going to the top 1 "
     "percent.\"\n\n- Bernie Sanders.\n\nThe senator is relying on an old figure.",
     "Almost all new income", "Bernie Sanders"),
    ("The general spoke at the base.\n\n\"We will win this war.\" -- Gen. Mark Milley, U.S. "
     "Army chief of staff", "We will win", "Gen. Mark Milley"),
])
def test_signature_after_a_quotation(extractor: Extractor, text: str, words: str,
                                     source: str) -> None:
    for mode in ("rules", "model"):
        with use_attribution(mode):
            found, cue, kind = quote_with(extractor.extract(text), words)
        assert (found, kind) == (source, "direct")
        assert cue is not None and cue.strip("“”\"").strip() in {"―", "-", "--"}


def test_a_dash_into_a_sentence_signs_nothing(extractor: Extractor) -> None:
    record = extractor.extract("“The vote is over.” — That was what Smith told the crowd.")
    assert all(q.cue is None or q.cue.text != "—" for q in record.quotes)


@pytest.mark.parametrize(("text", "words", "quoted"), [
    ("The protest went on downtown. \"We are not going to stop. It is going to go on every "
     "day.\" The police watched.", "not going to stop", True),
    ("The protest went on downtown behind a banner, \"Steel Is Not the Enemy.\" The police "
     "watched.", "Enemy", False),
    ("He was a guest on \"The Late Show with Stephen Colbert,\" where he spoke at length.",
     "Late Show", False),
])
def test_a_title_in_quotation_marks_is_no_quote(extractor: Extractor, text: str, words: str,
                                                 quoted: bool) -> None:
    """A quotation no cue attributes is speech when it reads as a sentence; a title, show or
    slogan in headline case does not."""
    for mode in ("rules", "model"):
        with use_attribution(mode):
            record = extractor.extract(text)
        assert any(words in q.content.text for q in record.quotes) is quoted


def test_rubrics_are_no_speaker_labels(extractor: Extractor) -> None:
    record = extractor.extract(
        "The Latest: Senate passes the budget bill after a long night\n"
        "Update: The vote was held at midnight and the bill passed.\n"
    )
    assert not any(q.cue is not None and q.cue.text == ":" for q in record.quotes)


def test_subject_shared_through_an_adjective(extractor: Extractor) -> None:
    text = ("Voters in the state were slightly more likely to support Governor Ann Lee than "
            "her rival.")
    with use_attribution("rules"):
        record = extractor.extract(text)
    assert quote_with(record, "Ann Lee")[:2] == ("Voters", "support")
    # the quote model (the default) reads the adjective as the cue, with the same source
    assert quote_with(extractor.extract(text), "Ann Lee")[0] == "Voters"


def test_subject_shared_through_by_and_a_gerund(extractor: Extractor) -> None:
    record = extractor.extract(
        "The mayor ended the meeting by saying that the budget would be balanced next year."
    )
    assert quote_with(record, "the budget would be balanced")[:2] == ("The mayor", "saying")


def test_present_participle_speaks_for_its_noun(extractor: Extractor) -> None:
    record = extractor.extract("A group backing Senator Tom Reed spent millions on advertising.")
    assert quote_with(record, "Tom Reed")[:2] == ("A group", "backing")


def test_reports_and_posts_of_a_thing(extractor: Extractor) -> None:
    police = extractor.extract("The city police reported at least 20 victims at the center.")
    assert quote_with(police, "20 victims")[:2] == ("The city police", "reported")
    tweet = extractor.extract("The senator tweeted a chart of crime statistics on Sunday.")
    assert quote_with(tweet, "a chart of crime statistics")[:2] == ("The senator", "tweeted")


def test_source_keeps_its_apposition(extractor: Extractor) -> None:
    record = extractor.extract(
        "Ali Karimi, the country's foreign minister, said the talks would resume in May."
    )
    source, cue, _ = quote_with(record, "the talks would resume")
    assert cue == "said" and source == "Ali Karimi, the country's foreign minister"


def test_parenthetical_frame_reports_its_clause(extractor: Extractor) -> None:
    record = extractor.extract(
        "He had no known political ties, the airline added, and had passed all security "
        "checks.\n"
        "In the three years since the floods, Barden says, far too many homes have been lost."
    )
    assert quote_with(record, "no known political ties")[:2] == ("the airline", "added")
    assert quote_with(record, "too many homes")[:2] == ("Barden", "says")


def test_quoted_transcript_keeps_its_labels(extractor: Extractor) -> None:
    record = extractor.extract(
        "Part of the exchange follows.\n\n"
        '"HOST: Why would the campaign invite him, governor?\n\n'
        '"MORALES: Well, look, the campaign is serious business.\n\n'
        "The debate is on Monday."
    )
    assert quote_with(record, "Why would the campaign")[:2] == ("HOST", ":")
    assert quote_with(record, "the campaign is serious")[:2] == ("MORALES", ":")


def test_name_and_dash_before_a_quotation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Readers sent their views on the debate.\n\n"
        "Maria Lopez ― “I cannot believe what I heard tonight.”\n"
        "Tom Reyes — “He never answered a single question.”"
    )
    assert quote_with(record, "what I heard")[:2] == ("Maria Lopez", "―")
    assert quote_with(record, "a single question")[:2] == ("Tom Reyes", "—")
    dateline = extractor.extract(
        "Talks went on.\nLONDON — “We will leave soon,” the minister said."
    )
    assert quote_with(dateline, "We will leave soon")[0] == "the minister"


def test_subject_hung_on_an_opening_phrase(extractor: Extractor) -> None:
    record = extractor.extract(
        "In a talk with Evening Show hosts Tom Grady and Lisa Marsh, the Republican "
        "presidential candidate stated that the tax plan would hurt families."
    )
    source, cue, _ = quote_with(record, "the tax plan would hurt")
    assert (source, cue) == ("the Republican presidential candidate", "stated")


# --- single rules on hand-built parses (no model) -------------------------------------------

def quote_in(doc: Any, words: str) -> tuple[str | None, str | None, str]:
    """(source, cue, kind) of the quote `find_quotes` gives whose content holds `words`."""
    quotes = find_quotes(doc, [])
    for quote in quotes:
        if words in quote.content.text:
            return (quote.source.text if quote.source is not None else None,
                    quote.cue.text if quote.cue is not None else None, quote.kind)
    raise AssertionError(f"no quote holds {words!r}: {[q.content.text for q in quotes]}")


COLON = dict(  # a colon makes any verb a cue
    words="The senator went even further: “If he stays on and fails, it is the end of "
          "his party.”",
    heads=[1, 2, 2, 4, 2, 2, 2, 9, 9, 15, 9, 9, 9, 15, 15, 2, 17, 15, 17, 20, 18, 15, 15],
    deps=["det", "nsubj", "ROOT", "advmod", "advmod", "punct", "punct", "mark", "nsubj",
          "advcl", "advmod", "cc", "conj", "punct", "nsubj", "ccomp", "det", "attr", "prep",
          "poss", "pobj", "punct", "punct"],
    tags=["DT", "NN", "VBD", "RB", "RB", ":", "``", "IN", "PRP", "VBZ", "RB", "CC", "VBZ", ",",
          "PRP", "VBZ", "DT", "NN", "IN", "PRP$", "NN", ".", "''"],
    lemmas=["the", "senator", "go", "even", "far", ":", '"', "if", "he", "stay", "on", "and",
            "fail", ",", "it", "be", "the", "end", "of", "his", "party", ".", '"'])
HOPES = dict(  # the model lemmatizes "hopes" as "hop": the cue is known by its form too
    words="Senator Maria Costa hopes the bill will pass before the summer.",
    heads=[2, 2, 3, 3, 5, 7, 7, 3, 7, 10, 8, 3],
    deps=["compound", "compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "prep",
          "det", "pobj", "punct"],
    tags=["NNP", "NNP", "NNP", "VBZ", "DT", "NN", "MD", "VB", "IN", "DT", "NN", "."],
    lemmas=["Senator", "Maria", "Costa", "hop", "the", "bill", "will", "pass", "before", "the",
            "summer", "."],
    ents=[(1, 3, "PERSON"), (9, 11, "DATE")])
AGE = dict(  # "the 46-year-old" is a speaker, though NER calls the age a DATE
    words="“We are going to win this state by a mile,” said the 46-year-old.",
    heads=[13, 3, 3, 13, 5, 3, 7, 5, 5, 10, 8, 13, 13, 13, 19, 17, 17, 19, 19, 13, 13],
    deps=["punct", "nsubj", "aux", "ccomp", "aux", "xcomp", "det", "dobj", "prep", "det",
          "pobj", "punct", "punct", "ROOT", "det", "nummod", "punct", "npadvmod", "punct",
          "nsubj", "punct"],
    tags=["``", "PRP", "VBP", "VBG", "TO", "VB", "DT", "NN", "IN", "DT", "NN", ",", "''", "VBD",
          "DT", "CD", "HYPH", "NN", "HYPH", "JJ", "."],
    lemmas=['"', "we", "be", "go", "to", "win", "this", "state", "by", "a", "mile", ",", '"',
            "say", "the", "46", "-", "year", "-", "old", "."],
    ents=[(9, 11, "QUANTITY"), (15, 20, "DATE")])
RELATIVE_THAT = dict(  # a relative "that" is no source
    words="The union paid for an advertisement that says the senator lied about the pensions.",
    heads=[1, 2, 2, 2, 5, 3, 7, 5, 9, 10, 7, 10, 13, 11, 2],
    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "relcl", "det", "nsubj",
          "ccomp", "prep", "det", "pobj", "punct"],
    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "WDT", "VBZ", "DT", "NN", "VBD", "IN", "DT",
          "NNS", "."],
    lemmas=["the", "union", "pay", "for", "an", "advertisement", "that", "say", "the",
            "senator", "lie", "about", "the", "pension", "."])
TIME_SUBJECT = dict(  # a live blog's "12:15 p.m. Diaz says …", the time parsed as subject
    words=["12:15", "p.m.", "Diaz", "says", "taxes", "rise", "."],
    heads=[1, 3, 1, 3, 5, 3, 3],
    deps=["nummod", "nsubj", "appos", "ROOT", "nsubj", "ccomp", "punct"],
    pos=["NUM", "NOUN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
    lemmas=["12:15", "p.m.", "Diaz", "say", "tax", "rise", "."],
    ents=[(0, 2, "TIME"), (2, 3, "PERSON")])


@pytest.mark.parametrize(("parse", "content", "expected"), [
    pytest.param(COLON, "If he stays on", ("The senator", "went", "direct"), id="colon"),
    pytest.param(HOPES, "the bill will pass", ("Senator Maria Costa", "hopes", "indirect"),
                 id="hopes"),
    pytest.param(AGE, "win this state", ("the 46-year-old", "said", "direct"), id="age"),
    pytest.param(RELATIVE_THAT, "the senator lied", (None, "says", "indirect"),
                 id="relative-that"),
])
def test_source_and_cue_rule(make_doc: DocFactory, parse: dict[str, Any], content: str,
                             expected: tuple[str | None, str | None, str]) -> None:
    assert quote_in(make_doc(**parse), content) == expected


def test_a_time_is_no_speaker(make_doc: DocFactory) -> None:
    doc = make_doc(**TIME_SUBJECT)
    said = next(q for q in find_quotes(doc, []) if q.cue is not None and q.cue.text == "says")
    assert said.source is None or "p.m." not in said.source.text
