"""Events: PLOVER event coding with actors, dates, places and evidence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.coder import EventRef, code_events
from dateline.events.lexicon import Lexicon, lexicon_with, load_lexicon
from dateline.nlp import run_stage

__all__ = ["EventComponent", "EventRef", "Lexicon", "code_events", "lexicon_with", "load_lexicon"]

if not Doc.has_extension("dateline_events"):
    Doc.set_extension("dateline_events", default=None)
# The lexicon for one Doc when the user gave verb dictionaries (set by the Extractor).
if not Doc.has_extension("dateline_lexicon"):
    Doc.set_extension("dateline_lexicon", default=None)


class EventComponent:
    """Sets `doc._.dateline_events` to the coded events of the document."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_events = []
        return run_stage(doc, "events", self._assign)

    def _assign(self, doc: Doc) -> None:
        lexicon = doc._.dateline_lexicon or self.lexicon
        doc._.dateline_events = code_events(doc, doc._.dateline_entities or [], lexicon)


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline_events"],
    requires=["doc._.dateline_entities", "token.dep", "token.lemma"],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
