"""Quotes: direct, indirect and mixed quotes with their cue, source, speaker and addressee."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import run_stage
from dateline.quotes.attribution import QuoteRef, find_quotes, quotation_spans
from dateline.quotes.marks import Quoted, find_quoted
from dateline.quotes.model import find_quotes_learned, load_quote_model

__all__ = [
    "ATTRIBUTIONS",
    "QuoteComponent",
    "QuoteRef",
    "Quoted",
    "attribution_mode",
    "find_quoted",
    "find_quotes",
    "quotation_spans",
    "use_attribution",
]

# Who attributes quotes: "model" (the default: the quote model learned from PolNeAR, over
# the parse and the rules' candidates; docs/quote-model.md) or "rules" (the hand-written
# rules alone). DATELINE_QUOTE_ATTRIBUTION; `use_attribution` overrides it (evaluation).
ATTRIBUTIONS = ("model", "rules")
_CHOSEN: list[str] = []


def attribution_mode() -> str:
    """"model" or "rules": the innermost `use_attribution`, else $DATELINE_QUOTE_ATTRIBUTION,
    else "model" (the rules when the shipped model file is missing)."""
    wanted = _CHOSEN[-1] if _CHOSEN else (os.environ.get("DATELINE_QUOTE_ATTRIBUTION")
                                          or "model")
    if wanted not in ATTRIBUTIONS:
        raise ValueError(f"DATELINE_QUOTE_ATTRIBUTION is '{wanted}'; use 'model' or 'rules'")
    return wanted


@contextmanager
def use_attribution(name: str) -> Iterator[None]:
    """Attribute quotes with the `model` or the `rules` inside the block."""
    if name not in ATTRIBUTIONS:
        raise ValueError(f"unknown quote attribution '{name}'; use 'model' or 'rules'")
    _CHOSEN.append(name)
    try:
        yield
    finally:
        _CHOSEN.pop()

if not Doc.has_extension("dateline_quotes"):
    Doc.set_extension("dateline_quotes", default=None)


class QuoteComponent:
    """Sets `doc._.dateline_quotes` to the document's quotes, speakers resolved."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_quotes = []
        return run_stage(doc, "quotes", _assign)


def _assign(doc: Doc) -> None:
    clusters = doc._.dateline_entities or []
    model = load_quote_model() if attribution_mode() == "model" else None
    doc._.dateline_quotes = (find_quotes(doc, clusters) if model is None
                             else find_quotes_learned(doc, clusters, model))


@Language.factory(
    "dateline_quotes",
    assigns=["doc._.dateline_quotes"],
    requires=["doc._.dateline_entities", "token.dep", "token.pos", "token.lemma"],
)
def make_quote_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()
