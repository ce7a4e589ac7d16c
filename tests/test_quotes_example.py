"""Quotes on the example article: every quotation found and attributed, with offsets."""

from __future__ import annotations

import pytest

from dateline import Extraction
from dateline.record import Quote
from tests.conftest import assert_offsets

# Every double-quoted passage of the article and the person who said it.
DIRECT = [
    ("“to help curb the security problems in Afghanistan,”", "Shamkhani"),
    ("“All contacts and talks with the Taliban group", "Shamkhani"),
    ("“inclusive”", "Zarif"),
    ("“mechanisms based on constant consultations”", "Shamkhani"),
    ("“the active participation of regional countries in security processes”", "Shamkhani"),
    ("“serious.”", "Shamkhani"),
    ("“one of the main pillars of security in the region.”", "Mohib"),
    ("“The cooperation of the two countries", "Mohib"),
    ("“In an organized move, the enemies of regional security", "Shamkhani"),
    ("“war and insecurity”", "Shamkhani"),
    ("“Sustainable security at the common border", "Ghani"),
    ("“intra-Afghan approach”", "Shamkhani"),
]

INDIRECT = [
    ("Iran is ready to enhance military and defense cooperation", "Shamkhani", "said"),
    ("the formation of joint mechanisms", "Ghani", "called for"),
    ("his country is facing worrying security challenges", "Abdullah", "said"),
]


def quote_with(record: Extraction, fragment: str) -> Quote:
    start = record.article.text.index(fragment)
    found = [q for q in record.quotes
             if q.content.start <= start and start + len(fragment) <= q.content.end]
    assert found, f"no quote contains {fragment!r}"
    return min(found, key=lambda q: q.content.end - q.content.start)


def speaker_name(record: Extraction, quote: Quote) -> str:
    names = {e.id: e.name for e in record.entities}
    assert quote.speaker is not None, f"{quote.content.text!r} has no speaker"
    return names[quote.speaker]


def test_quotes_example_offsets(tehran: Extraction) -> None:
    assert_offsets(tehran)
    assert [q.id for q in tehran.quotes] == [f"q{n}" for n in range(1, len(tehran.quotes) + 1)]
    entity_ids = {e.id for e in tehran.entities}
    for quote in tehran.quotes:
        assert quote.speaker is None or quote.speaker in entity_ids
        assert quote.addressee is None or quote.addressee in entity_ids


@pytest.mark.parametrize(("fragment", "speaker"), DIRECT)
def test_quotes_example_direct_attributed(tehran: Extraction, fragment: str, speaker: str
                                         ) -> None:
    quote = quote_with(tehran, fragment)
    assert quote.kind in {"direct", "mixed"}
    assert speaker in speaker_name(tehran, quote)


def test_quotes_example_kinds(tehran: Extraction) -> None:
    serious = quote_with(tehran, "“serious.”")
    assert serious.kind == "mixed" and serious.content.text.endswith("as “serious.”")
    assert quote_with(tehran, "“Sustainable security").kind == "direct"
    pillars = quote_with(tehran, "“one of the main pillars")
    assert pillars.kind == "mixed"
    assert pillars.content.text.startswith("the Islamic Republic had always been")
    assert len([q for q in tehran.quotes if q.kind in {"direct", "mixed"}]) >= 10


def test_quotes_example_nominal_and_pronoun_speakers(tehran: Extraction) -> None:
    official = quote_with(tehran, "“All contacts and talks")
    assert official.source is not None
    assert official.source.text == "the top Iranian security official"
    cooperation = quote_with(tehran, "“The cooperation of the two countries")
    assert cooperation.source is not None and cooperation.source.text == "he"


def test_quotes_example_addressee(tehran: Extraction) -> None:
    quote = quote_with(tehran, "“to help curb the security problems")
    assert quote.cue is not None and quote.cue.text == "told"
    names = {e.id: e.name for e in tehran.entities}
    assert quote.addressee is not None and names[quote.addressee] == "Hamdullah Mohib"


@pytest.mark.parametrize(("fragment", "speaker", "cue"), INDIRECT)
def test_quotes_example_indirect(tehran: Extraction, fragment: str, speaker: str, cue: str
                                 ) -> None:
    quote = quote_with(tehran, fragment)
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker in speaker_name(tehran, quote)


def test_quotes_example_subheads_are_not_quotes(tehran: Extraction) -> None:
    text = tehran.article.text
    for subhead in ("‘Need for constant consultation’", "‘Pillar of security’"):
        start = text.index(subhead)
        assert not any(q.content.start <= start < q.content.end for q in tehran.quotes)
