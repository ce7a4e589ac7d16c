"""The stand-ins for spaCy's attribute ruler and lemmatizer (`dateline.nlp.rulers`) set the
very tags, POS, morphology and lemmas that spaCy's own components set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dateline.nlp import load_model
from dateline.nlp.rulers import RememberingLemmatizer, TaggedAttributeRuler, speed_up_rulers
from dateline.settings import Settings

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]

# what the model's patterns single out: contractions, "that" as a relative, modals, spaces,
# words the ruler gives a lemma, a conjunction used as an adverb
TRICKY = [
    "I don't know, y' know, it ain't nothin' but talk.",
    "The deal that they signed can't be undone; they'd have to start over.",
    "\n\n  Officials said   that the talks, which began Monday, will resume.\n",
    "But but but... Nobody, anybody, something: everyone wants it, but isn't sure.",
    "He's gonna go. We've been there. Y'all should come! Lemme see.",
    "",
    "Yes",
]


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    plain = load_model(Settings().models)
    faster = load_model(Settings().models)
    speed_up_rulers(faster)
    return plain, faster


def test_rulers_are_swapped(pipelines: tuple[Language, Language]) -> None:
    _, faster = pipelines
    assert isinstance(faster.get_pipe("attribute_ruler"), TaggedAttributeRuler)
    assert isinstance(faster.get_pipe("lemmatizer"), RememberingLemmatizer)


def test_rulers_annotate_as_spacy_does(pipelines: tuple[Language, Language]) -> None:
    plain, faster = pipelines
    texts = [(ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt").read_text("utf-8")]
    with (ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()][:12]
    texts += TRICKY
    # twice: the second time the lemmatizer answers from what it remembers
    for _ in range(2):
        for expected, got in zip(plain.pipe(texts), faster.pipe(texts), strict=True):
            assert _annotations(got) == _annotations(expected), expected.text[:60]


def test_a_ruler_with_other_patterns_is_left_alone() -> None:
    nlp = load_model(Settings().models)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "talks", "LENGTH": 5}]], {"LEMMA": "talk"})
    speed_up_rulers(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert nlp("The talks ended.")[1].lemma_ == "talk"


def test_patterns_added_later_are_matched() -> None:
    nlp = load_model(Settings().models)
    speed_up_rulers(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "parley"})
    assert nlp("The talks ended.")[1].lemma_ == "parley"
    ruler.add([[{"LOWER": "ended", "LENGTH": 5}]], {"LEMMA": "stop"})  # the Matcher's kind
    assert [t.lemma_ for t in nlp("The talks ended.")][1:3] == ["parley", "stop"]
