"""Entities with in-document coreference: names, titles, nominals and pronouns as entities."""

from __future__ import annotations

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
    doc._.dateline_entities = find_entities(doc)


@Language.factory(
    "dateline_entities",
    assigns=["doc._.dateline_entities"],
    requires=["doc.ents", "token.dep", "token.pos", "token.lemma"],
)
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()
