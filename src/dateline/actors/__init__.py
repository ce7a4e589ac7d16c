"""Actors: every entity coded by country or organisation, sector, role and identity.

Results: `doc._.dateline_actors`, a list aligned with `doc._.dateline_entities`; each item
is the list of `CodedActor`s that entity stands for (empty: uncoded; several: a compound
actor such as "Hungarian and Romanian officials"). User dictionaries for one Doc come
from `doc._.dateline_user_actors` (set by the `Extractor` from `Settings.actor_dictionaries`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors.coder import CodedActor, Context, code_entities, iter_codes
from dateline.actors.dictionary import (
    ActorDictionary,
    Coding,
    load_shipped,
    load_user_dictionaries,
    load_user_dictionary,
)
from dateline.actors.known import known_countries, known_entities, known_offices
from dateline.entities import Cluster
from dateline.nlp import run_stage

__all__ = [
    "ActorComponent",
    "ActorDictionary",
    "CodedActor",
    "Coding",
    "Context",
    "KnownNameComponent",
    "code_entities",
    "iter_codes",
    "known_entities",
    "load_shipped",
    "load_user_dictionaries",
    "load_user_dictionary",
]

if not Doc.has_extension("dateline_actors"):
    Doc.set_extension("dateline_actors", default=None)
if not Doc.has_extension("dateline_user_actors"):
    Doc.set_extension("dateline_user_actors", default=None)
if not Doc.has_extension("dateline_known_countries"):
    Doc.set_extension("dateline_known_countries", default=None)
if not Doc.has_extension("dateline_known_offices"):
    Doc.set_extension("dateline_known_offices", default=None)


class ActorComponent:
    """Sets `doc._.dateline_actors`, aligned with the entity clusters."""

    def __init__(self) -> None:
        self.shipped = load_shipped()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_actors = [[] for _ in doc._.dateline_entities or []]
        return run_stage(doc, "actors", self._assign)

    def _assign(self, doc: Doc) -> None:
        user: list[ActorDictionary] = doc._.dateline_user_actors or []
        ctx = Context(dictionaries=[*user, self.shipped], day=_published(doc),
                      place_countries=gazetteer_countries, region=gazetteer_region)
        clusters = doc._.dateline_entities or []
        coded = code_entities(doc, clusters, ctx)
        for n, cluster in enumerate(clusters):
            if cluster.author is not None:
                coded[n] = _headline_actors(cluster.author, ctx)
        doc._.dateline_actors = coded


def _headline_actors(author: Cluster, article: Context) -> list[CodedActor]:
    """An address's speaker is coded from the headline's words, in their own Doc: what the
    body says of other people's countries is no evidence of theirs."""
    doc = author.mentions[0].span.doc
    ctx = Context(dictionaries=article.dictionaries, day=article.day,
                  place_countries=article.place_countries, region=article.region)
    return [replace(actor, evidence=f"headline: {actor.evidence}")
            for actor in code_entities(doc, [author], ctx)[0]]


class KnownNameComponent:
    """Adds the names the actor dictionaries know to `doc.ents`, before entity clustering
    (see `dateline.actors.known`): a dictionary's actor is an entity even where the
    statistical NER has never seen its name."""

    def __init__(self) -> None:
        self.shipped = load_shipped()

    def __call__(self, doc: Doc) -> Doc:
        return run_stage(doc, "actors", self._assign)

    def _assign(self, doc: Doc) -> None:
        user: list[ActorDictionary] = doc._.dateline_user_actors or []
        doc.ents = known_entities(doc, [*user, self.shipped])
        doc._.dateline_known_countries = known_countries(doc, [*user, self.shipped])
        doc._.dateline_known_offices = known_offices(doc, [*user, self.shipped],
                                                     _published(doc))


def gazetteer_countries(name: str) -> tuple[str, ...] | None:
    """The ISO alpha-3 codes of the gazetteer's places called `name`, the most populous
    place's first (the places stage's gazetteer, opened on first use); None when the
    gazetteer cannot be opened."""
    places = _places_called(name)
    if places is None:
        return None
    return tuple(dict.fromkeys(code for _, code in places if code))


def gazetteer_region(name: str) -> bool:
    """Whether the gazetteer knows `name` only as places of no one country: a continent or
    a region of several ("South America", "Central America", "the Gulf of Mexico")."""
    places = _places_called(name)
    return bool(places) and all(country is None for country, _ in places or ())


def _places_called(name: str) -> list[tuple[str | None, str | None]] | None:
    """Each gazetteer place called `name`, most populous first, as its country's ISO
    alpha-2 and alpha-3 codes (None for a place of no one country); None when the gazetteer
    cannot be opened."""
    from dateline.places import open_gazetteer  # the places stage's; loaded when needed

    try:
        gazetteer = open_gazetteer()
        return [(c.country, gazetteer.iso3(c.country)) for c in gazetteer.candidates(name)]
    except (OSError, sqlite3.Error):
        return None


def _published(doc: Doc) -> date | None:
    article = doc._.dateline_article
    published = getattr(article, "published", None)
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@Language.factory(
    "dateline_actors",
    assigns=["doc._.dateline_actors"],
    requires=["doc._.dateline_entities", "token.dep", "token.lemma"],
)
def make_actor_component(nlp: Language, name: str) -> ActorComponent:
    return ActorComponent()


@Language.factory(
    "dateline_actor_names",
    assigns=["doc.ents", "doc._.dateline_known_countries", "doc._.dateline_known_offices"],
    requires=["doc.ents", "token.pos", "token.tag"],
)
def make_known_name_component(nlp: Language, name: str) -> KnownNameComponent:
    return KnownNameComponent()
