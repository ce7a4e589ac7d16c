"""Transcript turns: where a speaker's label opens a turn ("President of Russia Vladimir
Putin: Good afternoon."), shared by the event coder (who says "I" and "we") and the quote
stage (where a label's quote ends)."""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from dateline.nlp import token_table

__all__ = ["TurnLabel", "turn_labels"]

TURN_LABEL_WORDS = 12  # the longest "Name, Title of the Country:" a transcript turn opens with
TURN_LABEL_JOINERS = frozenset({"of", "the", "and", ",", "-"})
# A colon, alone or glued to the parenthesis of a remark ("Dodik (retranslated):").
_COLONS = frozenset({":", "):"})


@dataclass(frozen=True)
class TurnLabel:
    """A label before a colon: its words run from `start` to `end` (a remark in parentheses
    left out), then the colon at `colon`."""

    start: int
    end: int
    colon: int


# Each Doc's labels, found once: the event coder and the quote stage both read them.
_LABELS: WeakKeyDictionary[Doc, tuple[TurnLabel, ...]] = WeakKeyDictionary()


def turn_labels(doc: Doc) -> tuple[TurnLabel, ...]:
    """Every capitalised label before a colon ("President of Russia Vladimir Putin:",
    "Kassym-Jomart Tokayev, President of Kazakhstan:", "Milorad Dodik (retranslated):",
    "Question:"), in text order; whether it names a speaker is the reader's to decide."""
    labels = _LABELS.get(doc)
    if labels is None:
        labels = _LABELS[doc] = tuple(_find_labels(doc))
    return labels


def _find_labels(doc: Doc) -> list[TurnLabel]:
    texts = token_table(doc).texts
    labels: list[TurnLabel] = []
    for colon, text in enumerate(texts):
        if text not in _COLONS:
            continue
        start = colon
        if text == "):" or (start > 0 and texts[start - 1] == ")"):
            # a remark before the colon: "Milorad Dodik (retranslated):"
            opening = next((j for j in range(start - 1, max(-1, start - 5), -1)
                            if texts[j] == "("), None)
            if opening is None:
                continue
            start = opening
        end = start
        # a capital opens each word; inside it there may be more ("Mitch McConnell:", and
        # the name and title a scrape glues together, "Kassym-JomartPresident of …:")
        while start > max(0, colon - TURN_LABEL_WORDS) and (
                (word := doc[start - 1]).text[:1].isupper()
                or word.lower_ in TURN_LABEL_JOINERS):
            start -= 1
        # a label cut at its longest opens on a word, not on a joiner ("- Jomart Tokayev")
        while start < end and (doc[start].is_punct or doc[start].lower_ in TURN_LABEL_JOINERS):
            start += 1
        if start < end:
            labels.append(TurnLabel(start, end, colon))
    return labels
