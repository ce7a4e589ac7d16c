"""Clause helpers over spaCy's dependency parse, shared by the stages that read clauses (the
event coder, the quote stage, the time stage)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from dateline.lang.words import RELATIVE_PRONOUNS, SUBJECT_DEPS, WORK_TITLE_CUES

__all__ = ["VERBAL_POS", "clause_head", "governing_verb", "modified_head", "relative_antecedent",
           "subject_read_as_apposition", "to_infinitive", "works_title"]

VERBAL_POS = frozenset({"VERB", "AUX"})


def clause_head(token: Token) -> Token:
    """The verb whose clause holds the token (the token itself when it is a verb); the
    sentence's root when no verb stands above it."""
    while token.pos_ not in VERBAL_POS and token.head.i != token.i:
        token = token.head
    return token


def first_conjunct(token: Token) -> Token:
    """The first of a run of conjuncts ("attack" in "take a knife and attack"): where the
    run's shared relations (its governor, its if-clause) hang."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def modified_head(token: Token, deps: Collection[str]) -> Token:
    """The word the token's phrase modifies, up through the dependencies `deps` ("US" in
    "all US workers" with compound: "workers"); the token itself when it is attached
    otherwise."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause a token sits in: itself, or the nearest verbal ancestor; None
    when no verb stands above it."""
    head = clause_head(token)
    return head if head.pos_ in VERBAL_POS else None


def to_infinitive(verb: Token) -> bool:
    """"to" stands before the verb as its auxiliary: "decided to leave"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Zarif, who said": Zarif; "the man whom police
    arrested": the man); any other word is itself."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def works_title(span: Span) -> bool:
    """"an artwork entitled America", "a song titled 'Ukraine'": the name is a work's title,
    not the place or people it names elsewhere."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_quote:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in WORK_TITLE_CUES


def subject_read_as_apposition(span: Span) -> bool:
    """"At the request of Naftali Bennett, the President of Russia briefed him": a phrase
    the parse hangs on the name before it as an apposition, running straight into the main
    verb, which has no subject of its own, is that verb's subject, not a description of the
    name."""
    doc = span.doc
    if span.end >= len(doc) or span.root.dep_ != "appos":
        return False
    verb = doc[span.end]
    return verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)
