"""Events: PLOVER event coding with actors, dates, places and evidence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.coder import EventRef, clause_head, code_events, reporting_verb
from dateline.events.lexicon import Lexicon, lexicon_with, load_lexicon
from dateline.events.model import EventModel, load_event_model
from dateline.nlp import run_stage
from dateline.places import EventPlace, PlaceResults
from dateline.places.resolve import governing_preposition
from dateline.record import Article
from dateline.times import ClauseDate, TimeRef, date_clause

__all__ = ["EventComponent", "EventModel", "EventRef", "Lexicon", "code_events", "lexicon_with",
           "load_event_model", "load_lexicon"]

if not Doc.has_extension("dateline_events"):
    Doc.set_extension("dateline_events", default=None)
# The lexicon for one Doc when the user gave verb dictionaries (set by the Extractor).
if not Doc.has_extension("dateline_lexicon"):
    Doc.set_extension("dateline_lexicon", default=None)
# "model" (default): the shipped event model decides over the rules' candidates; "rules":
# the rules alone, as before the model (set by the Extractor from `Settings.event_coder`).
if not Doc.has_extension("dateline_event_coder"):
    Doc.set_extension("dateline_event_coder", default=None)


class EventComponent:
    """Sets `doc._.dateline_events` to the coded events of the document."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_events = []
        return run_stage(doc, "events", self._assign)

    def _assign(self, doc: Doc) -> None:
        lexicon = doc._.dateline_lexicon or self.lexicon
        model = load_event_model() if doc._.dateline_event_coder != "rules" else None
        events = code_events(doc, doc._.dateline_entities or [], lexicon, model)
        times = doc._.dateline_times or []
        places = doc._.dateline_places
        for event in events:
            event.date = event_date(event, times, doc._.dateline_article)
            if places is not None:
                event.place = where(event, places, doc._.dateline_article)
        doc._.dateline_events = events


def where(event: EventRef, places: PlaceResults, article: Article | None) -> EventPlace:
    """The place phrase in the trigger's own clause ("met Ghani in Kabul", "during a visit
    to Kabul"), nearest first; else the dateline's place, but only for events of the day
    the story was filed (not "the 2001 invasion")."""
    clause = clause_head(event.trigger)
    in_clause = [
        (abs(mention.root.i - event.trigger.i), place)
        for place in places.places
        for mention in place.mentions
        if mention.sent.start == event.trigger.sent.start
        and (preposition := governing_preposition(mention)) is not None
        and clause_head(preposition) == clause
    ]
    if in_clause:
        return EventPlace(min(in_clause, key=lambda item: item[0])[1], "explicit")
    published = (article.published or "")[:10] if article else ""
    current = (
        event.date is None
        or event.date.basis != "explicit"
        or (event.date.value is not None and event.date.value[:10] == published)
    )
    if places.dateline is None or not current:
        return EventPlace(None, None)
    return EventPlace(places.dateline, "dateline")


def event_date(event: EventRef, times: list[TimeRef], article: Article | None) -> ClauseDate:
    """The time expression governing the trigger's clause; failing that, one governing a
    fronted participle of it, or the one dating the report it is told in ("officials said
    last Thursday that Trump had ordered …"), which bounds when it happened; else the
    dateline's or the publication date."""
    dated = date_clause(event.trigger, times, article)
    if dated.basis == "explicit":
        return dated
    clause = clause_head(event.trigger)
    # "Addressing the conference on November 28, Zarif called …": the fronted participle's
    # date is the clause's own.
    related = [c for c in clause.children if c.dep_ == "advcl" and c.i < clause.i]
    if (reporter := reporting_verb(clause)) is not None:
        related.append(reporter)
    for other in related:
        found = date_clause(other, times, article)
        if found.basis == "explicit":
            return found
    return dated


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline_events"],
    requires=[
        "doc._.dateline_entities",
        "doc._.dateline_times",
        "doc._.dateline_places",
        "token.dep",
        "token.lemma",
    ],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
