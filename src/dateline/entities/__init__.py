"""Entities with in-document coreference: names, titles, nominals and pronouns as entities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.entities.cluster import Cluster, MentionRef, RoleRef, find_entities
from dateline.nlp import run_stage

__all__ = ["Cluster", "EntityComponent", "MentionRef", "RoleRef", "find_entities"]

if not Doc.has_extension("dateline_entities"):
    Doc.set_extension("dateline_entities", default=None)


class EntityComponent:
    """Sets `doc._.dateline_entities` to the document's entity clusters."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_entities = []
        return run_stage(doc, "entities", _assign)


def _assign(doc: Doc) -> None:
    dictionaries = doc._.get("dateline_user_actors") if Doc.has_extension(
        "dateline_user_actors") else None
    labeller = _dictionary_labeller(dictionaries) if dictionaries else None
    doc._.dateline_entities = find_entities(doc, labeller)


def _dictionary_labeller(dictionaries: list[Any]) -> Callable[[str], str | None]:
    """A name a user's actor dictionary knows is an entity even when the model missed it:
    a bare country code reads as GPE, anything else as ORG."""
    from dateline.actors.names import name_key  # here: the actors stage imports this one

    def label(text: str) -> str | None:
        key = name_key(text)
        for dictionary in dictionaries:
            codings = dictionary.names.get(key)
            if codings:
                coding = codings[0]
                country = coding.kind in {"country", "capital"} or (
                    len(coding.code) == 3 and not coding.sector
                )
                return "GPE" if country else "ORG"
        return None

    return label


@Language.factory(
    "dateline_entities",
    assigns=["doc._.dateline_entities"],
    requires=["doc.ents", "token.dep", "token.pos", "token.lemma"],
)
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()
