"""Quote sources the cue lexicon alone does not find: speaker labels, colons, participles,
parenthetical cues and the like. Hand-written sentences."""

from __future__ import annotations

from dateline import Extraction, Extractor


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
