"""Quotes on awkward input: unbalanced marks, quotes nobody says, split and nested quotes,
multi-paragraph quotes, and a very long article."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline import Extraction, Extractor
from dateline.entities import find_entities
from dateline.quotes import find_quotes
from tests.conftest import assert_offsets


def names(record: Extraction) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def test_quotes_unbalanced_marks(extractor: Extractor) -> None:
    text = (
        "Prime Minister Sara Jones said “we will never leave this city.\n"
        "Opposition leader Tom Brown said the plan was a ” failure and quit.\n"
        "“We will stay,” Jones said. “Until the end."
    )
    record = extractor.extract(text)
    assert_offsets(record)
    contents = [q.content.text for q in record.quotes]
    # The unclosed quote stops at its paragraph's end and does not swallow the next ones.
    assert any(c.startswith("“we will never leave this city.") for c in contents)
    assert all("\n" not in c for c in contents)
    stay = next(q for q in record.quotes if q.content.text.startswith("“We will stay,”"))
    assert stay.kind == "direct" and names(record)[stay.speaker or ""] == "Sara Jones"


def test_quotes_without_speaker(extractor: Extractor) -> None:
    text = (
        "The rally ended at noon.\n"
        "“We want our jobs back and we want them now!” The crowd then walked to the square.\n"
        "A banner called the reform a “betrayal” of workers."
    )
    record = extractor.extract(text)
    assert_offsets(record)
    jobs = [q for q in record.quotes if "We want our jobs back" in q.content.text]
    assert len(jobs) == 1
    assert jobs[0].kind == "direct" and jobs[0].speaker is None and jobs[0].source is None
    # A scare-quoted word that no one is said to say is no quote.
    assert not any(q.content.text == "“betrayal”" and q.cue is None for q in record.quotes)


def test_quotes_split_nested_and_multi_paragraph(extractor: Extractor) -> None:
    text = (
        "“The talks are over,” Foreign Minister Ana Silva said, “and they told us "
        "‘never again’ before leaving.”\n"
        "Silva told reporters: “We tried everything.\n"
        "“Nobody can say we did not try.”\n"
        "According to Silva, the government will now consider sanctions."
    )
    record = extractor.extract(text)
    assert_offsets(record)
    people = names(record)
    split = next(q for q in record.quotes if "The talks are over" in q.content.text)
    assert split.kind == "direct"
    assert split.content.text.endswith("‘never again’ before leaving.”")
    assert split.cue is not None and split.cue.text == "said"
    assert "Silva" in people[split.speaker or ""]
    running = next(q for q in record.quotes if "We tried everything" in q.content.text)
    assert running.content.text.endswith("we did not try.”")
    assert "Silva" in people[running.speaker or ""]
    according = next(q for q in record.quotes
                     if q.cue is not None and q.cue.text.lower() == "according to")
    assert according.kind == "indirect"
    assert according.content.text.startswith("the government will now consider sanctions")
    assert "Silva" in people[according.speaker or ""]


def test_quotes_guillemets_and_straight_marks(extractor: Extractor) -> None:
    text = ('"We reject the offer," Ali Reza said. President Omar Khan said: '
            "«The border stays closed.»")
    record = extractor.extract(text)
    assert_offsets(record)
    people = names(record)
    reject = next(q for q in record.quotes if "reject the offer" in q.content.text)
    assert reject.content.text == '"We reject the offer,"'
    assert people[reject.speaker or ""] == "Ali Reza"
    border = next(q for q in record.quotes if "border stays closed" in q.content.text)
    assert border.content.text == "«The border stays closed.»"
    assert people[border.speaker or ""] == "Omar Khan"


def test_quotes_five_thousand_sentence_article(extractor: Extractor) -> None:
    """The stage stays linear: a 5,000-sentence Doc built from a parsed paragraph."""
    nlp = extractor.nlp
    backbone = [name for name in nlp.pipe_names if not name.startswith("dateline_")]
    with nlp.select_pipes(enable=backbone):
        paragraph = nlp(
            "“We will talk again soon,” Minister Karim Haddad said.\n"
            "He said the border would open. According to officials, trade fell.\n"
            "Crowds cheered “Go! The “historic” deal was signed by Haddad's deputy.\n"
        )
    sentences = len(list(paragraph.sents))
    copies = -(-5000 // sentences)
    doc = Doc.from_docs([paragraph] * copies)
    assert len(list(doc.sents)) >= 5000
    quotes = find_quotes(doc, find_entities(doc))
    direct = [q for q in quotes if "We will talk again soon" in q.content.text]
    assert len(direct) == copies
    assert sum(q.cue is not None and q.cue.text.lower() == "according to" for q in quotes) == copies
    text = doc.text
    for quote in quotes:
        assert text[quote.content.start_char : quote.content.end_char] == quote.content.text
        assert "\n" not in quote.content.text.strip()


def test_quotes_a_transcript_on_one_line_ends_each_label_at_the_next(
        extractor: Extractor) -> None:
    """A transcript scraped without line breaks: the first speaker's label quote ends where
    the next speaker's label begins, not at the end of the text; the next label, a long
    title before a name (and a remark before its colon), says its own turn."""
    text = ("President of Russia Vladimir Putin: Good afternoon. I am happy to see you. Member "
            "of the Presidency of Bosnia and Herzegovina Milorad Dodik(retranslated): Thank "
            "you, Mr President. We refuse to recognise the high representative.")
    record = extractor.extract(text, published="2022-06-18")
    names = {e.id: e.name for e in record.entities}
    (putin,) = [q for q in record.quotes if names.get(q.speaker or "") == "Vladimir Putin"]
    assert putin.content.text == "Good afternoon. I am happy to see you."
    (dodik,) = [q for q in record.quotes if q.content.text.startswith("Thank you, Mr")]
    assert dodik.source is not None and dodik.source.text.endswith("Milorad Dodik")
    assert names.get(dodik.speaker or "") == "Milorad Dodik"
    assert dodik.content.text.endswith("the high representative.")
    assert_offsets(record)
