"""Entities with in-document coreference: names, titles, nominals and pronouns as entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.entities.author import author_cluster
from dateline.entities.cluster import Cluster, MentionRef, RoleRef, find_entities
from dateline.nlp import run_stage

__all__ = ["Cluster", "EntityComponent", "MentionRef", "RoleRef", "find_entities"]

if not Doc.has_extension("dateline_entities"):
    Doc.set_extension("dateline_entities", default=None)


class EntityComponent:
    """Sets `doc._.dateline_entities` to the document's entity clusters."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_entities = []
        return run_stage(doc, "entities", self._assign)

    def _assign(self, doc: Doc) -> None:
        clusters = find_entities(doc)
        author = author_cluster(doc, clusters, lambda words: self._parse(words, doc))
        doc._.dateline_entities = clusters if author is None else sorted(
            [author, *clusters], key=lambda c: c.start)

    def _parse(self, words: str, doc: Doc) -> Doc:
        """Words from outside the text (a headline's) through the pipeline's stages before
        this one: the parse, and the names the dictionaries know."""
        phrase = self.nlp.make_doc(words)
        phrase._.dateline_user_actors = doc._.dateline_user_actors
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            phrase = component(phrase)
        return phrase


@Language.factory(
    "dateline_entities",
    assigns=["doc._.dateline_entities"],
    requires=["doc.ents", "token.dep", "token.pos", "token.lemma"],
)
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)
