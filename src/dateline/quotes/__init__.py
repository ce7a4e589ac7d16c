"""Quotes: direct, indirect and mixed quotes with their cue, source, speaker and addressee."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import run_stage
from dateline.quotes.attribution import QuoteRef, find_quotes, quotation_spans
from dateline.quotes.marks import Quoted, find_quoted

__all__ = [
    "QuoteComponent",
    "QuoteRef",
    "Quoted",
    "find_quoted",
    "find_quotes",
    "quotation_spans",
]

if not Doc.has_extension("dateline_quotes"):
    Doc.set_extension("dateline_quotes", default=None)


class QuoteComponent:
    """Sets `doc._.dateline_quotes` to the document's quotes, speakers resolved."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_quotes = []
        return run_stage(doc, "quotes", _assign)


def _assign(doc: Doc) -> None:
    doc._.dateline_quotes = find_quotes(doc, doc._.dateline_entities or [])


@Language.factory(
    "dateline_quotes",
    assigns=["doc._.dateline_quotes"],
    requires=["doc._.dateline_entities", "token.dep", "token.pos", "token.lemma"],
)
def make_quote_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()
