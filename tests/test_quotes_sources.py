"""Quote sources the cue lexicon alone does not find: speaker labels, colons, participles,
parenthetical cues and the like. Hand-written sentences."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline import Extraction, Extractor
from dateline.quotes import find_quotes


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


def test_rubrics_are_no_speaker_labels(extractor: Extractor) -> None:
    record = extractor.extract(
        "The Latest: Senate passes the budget bill after a long night\n"
        "Update: The vote was held at midnight and the bill passed.\n"
    )
    assert not any(q.cue is not None and q.cue.text == ":" for q in record.quotes)


def test_colon_makes_any_verb_a_cue(extractor: Extractor) -> None:
    record = extractor.extract(
        "The senator went even further: “If he goes forward and loses, it is the end of "
        "his career.”"
    )
    source, cue, kind = quote_with(record, "If he goes forward")
    assert (source, cue, kind) == ("The senator", "went", "direct")


def test_subject_shared_through_an_adjective(extractor: Extractor) -> None:
    record = extractor.extract(
        "Voters in the state were slightly more likely to support Governor Ann Lee than her "
        "rival."
    )
    assert quote_with(record, "Ann Lee")[:2] == ("Voters", "support")


def test_subject_shared_through_by_and_a_gerund(extractor: Extractor) -> None:
    record = extractor.extract(
        "The mayor ended the meeting by saying that the budget would be balanced next year."
    )
    assert quote_with(record, "the budget would be balanced")[:2] == ("The mayor", "saying")


def test_present_participle_speaks_for_its_noun(extractor: Extractor) -> None:
    record = extractor.extract("A group backing Senator Tom Reed spent millions on advertising.")
    assert quote_with(record, "Tom Reed")[:2] == ("A group", "backing")


def test_a_time_is_no_speaker(extractor: Extractor) -> None:
    # A live blog's "12:15 p.m. Diaz says …" parsed with the time as the subject.
    words = ["12:15", "p.m.", "Diaz", "says", "taxes", "rise", "."]
    doc = Doc(extractor.nlp.vocab, words=words,
              heads=[1, 3, 1, 3, 5, 3, 3],
              deps=["nummod", "nsubj", "appos", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["NUM", "NOUN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
              lemmas=["12:15", "p.m.", "Diaz", "say", "tax", "rise", "."],
              ents=["B-TIME", "I-TIME", "B-PERSON", "O", "O", "O", "O"])
    quotes = find_quotes(doc, [])
    said = next(q for q in quotes if q.cue is not None and q.cue.text == "says")
    assert said.source is None or "p.m." not in said.source.text


def test_reports_and_posts_of_a_thing(extractor: Extractor) -> None:
    police = extractor.extract("The city police reported at least 20 victims at the center.")
    assert quote_with(police, "20 victims")[:2] == ("The city police", "reported")
    tweet = extractor.extract("The senator tweeted a chart of crime statistics on Sunday.")
    assert quote_with(tweet, "a chart of crime statistics")[:2] == ("The senator", "tweeted")


def test_hopes_is_a_cue_despite_its_lemma(extractor: Extractor) -> None:
    record = extractor.extract("Senator Maria Costa hopes the bill will pass before the summer.")
    assert quote_with(record, "the bill will pass")[:2] == ("Senator Maria Costa", "hopes")


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


def test_an_age_is_a_speaker(extractor: Extractor) -> None:
    record = extractor.extract("“We are going to win this state by a mile,” said the 46-year-old.")
    assert quote_with(record, "win this state")[:2] == ("the 46-year-old", "said")


def test_relative_that_is_no_source(extractor: Extractor) -> None:
    record = extractor.extract(
        "The union paid for an advertisement that says the senator lied about the pensions."
    )
    assert quote_with(record, "the senator lied")[0] != "that"
