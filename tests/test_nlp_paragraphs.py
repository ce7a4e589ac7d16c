"""A blank line ends a sentence (`dateline.nlp.paragraph_starts`, set before the parser)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.settings import Settings

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "first_words"), [
    # a caption with no full stop is not the subject of the next paragraph's sentence
    ("— The mayor of London, Sadiq Khan\n\nAlexis Boon, the head of the unit, said the "
     "attack was planned.", ["—", "Alexis"]),
    # a closing quotation mark stays with its paragraph
    ('He said: "We will stay."\n\n\nOn Monday the talks resumed.', ["He", "On"]),
    # a single line break is no paragraph
    ("The talks resumed on Monday\nin Geneva, officials said.", ["The"]),
])
def test_nlp_a_blank_line_ends_a_sentence(text: str, first_words: list[str]) -> None:
    nlp = load_pipeline(Settings().models)
    doc = nlp(text)
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts == first_words
