"""The generated event lexicon (scripts/build_event_lexicon.py): CAMEO verbs, patterns and
event nouns, with the CAMEO→PLOVER table, PLOVER scores and quads."""

from __future__ import annotations

import json
from collections import Counter
from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.events.verbfile import read_verb_file

# PLOVER's quad classes (the `quads` table gives each event type its class)
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}


@dataclass(frozen=True)
class Coding:
    """What a CAMEO code means in PLOVER."""

    cameo: str
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class Pattern:
    prep: str | None
    words: frozenset[str]
    code: str | None
    compound: bool = False  # the pattern wants a compound actor ("X and Y agree")
    # word groups wanted before the verb, in order, each a tuple of alternatives ("said",
    # "would not"); `adjacent`: the last group stands right before the verb
    before: tuple[tuple[str, ...], ...] = ()
    adjacent: bool = False
    # the sense is no event of any type (data/lexicon/event_verb_senses.tsv), where CAMEO's
    # uncoded patterns ("---") say only that CAMEO codes none: the event model's candidate
    # for the verb is dropped too
    no_event: bool = False


class Lexicon:
    def __init__(self, data: dict[str, Any]) -> None:
        self._table: dict[str, dict[str, Any]] = data["cameo"]
        self.verbs: dict[str, str | None] = {v: e.get("code") for v, e in data["verbs"].items()}
        self.patterns = _patterns(data["verbs"])
        self.verb_words = _verb_words(self.verbs)
        self.user_verbs: frozenset[str] = frozenset()  # verbs a user's dictionary defines
        # the words of the phrases with a sense that is no event of any type: only a verb
        # whose base form is one of them needs its senses read for that
        self.no_event_words = _no_event_words(self.patterns)
        self.nouns: dict[str, str] = data["nouns"]
        self.scores: dict[str, float] = data["scores"]
        self.quads: dict[str, int] = data["quads"]

    def coding(self, cameo: str | None) -> Coding | None:
        """The PLOVER reading of a CAMEO code ("0874", or "0874/withdraw" with a mode),
        by the most specific code the table has."""
        if not cameo:
            return None
        cameo, _, mode = cameo.partition("/")
        for length in range(len(cameo), 1, -1):
            row = self._table.get(cameo[:length])
            if row is not None:
                return Coding(cameo, row["type"], mode or row["mode"], tuple(row["context"]))
        return None

    def with_verbs(self, verbs: dict[str, dict[str, Any]]) -> Lexicon:
        """A copy whose verbs and verb patterns are replaced by a user's, entry by entry."""
        extended = copy(self)
        extended.verbs = {**self.verbs, **{v: e.get("code") for v, e in verbs.items()}}
        extended.patterns = {**self.patterns, **_patterns(verbs)}
        extended.verb_words = _verb_words(extended.verbs)
        extended.user_verbs = self.user_verbs | frozenset(verbs)
        extended.no_event_words = _no_event_words(extended.patterns)
        return extended

    def type_coding(self, plover_type: str, context: tuple[str, ...] = ()) -> Coding:
        """The broadest CAMEO code of a PLOVER type, no mode: how an event is coded when the
        model, not a verb entry, decided its type. That is the "not specified" code of the
        CAMEO root most of whose codes are of the type ("110" disapprove for ACCUSE, not
        "090" investigate; "170" coerce for COERCE, not "163" embargo), else its shortest
        code."""
        codes = sorted((c for c, row in self._table.items() if row["type"] == plover_type),
                       key=lambda c: (len(c), c))
        roots = Counter(c[:2] for c in codes)
        broadest = [f"{root}0" for root, _ in roots.most_common() if f"{root}0" in codes]
        chosen = broadest[0] if broadest else (codes[0] if codes else "")
        return Coding(chosen, plover_type, None, context)

    def intensity(self, plover_type: str, mode: str | None) -> float | None:
        if mode and f"{plover_type}:{mode}" in self.scores:
            return self.scores[f"{plover_type}:{mode}"]
        return self.scores.get(plover_type)


def _verb_words(verbs: dict[str, str | None]) -> frozenset[str]:
    """Every word of a multi-word verb ("wire tap", "cordon off"): a stem worth knowing."""
    return frozenset(w for verb in verbs if " " in verb for w in verb.split())


def _no_event_words(patterns: dict[str, tuple[Pattern, ...]]) -> frozenset[str]:
    return frozenset(word for phrase, senses in patterns.items()
                     if any(p.no_event for p in senses) for word in phrase.split())


def _patterns(verbs: dict[str, dict[str, Any]]) -> dict[str, tuple[Pattern, ...]]:
    return {
        verb: tuple(
            Pattern(p["prep"], frozenset(p["words"]), p["code"], p.get("compound", False),
                    tuple(tuple(group) for group in p.get("before", ())),
                    p.get("adjacent", False), p.get("no_event", False))
            for p in entry.get("patterns", [])
        )
        for verb, entry in verbs.items()
    }


@lru_cache(maxsize=8)
def lexicon_with(verb_files: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon, with each user verb dictionary laid over it in turn."""
    lexicon = load_lexicon()
    for path in verb_files:
        lexicon = lexicon.with_verbs(read_verb_file(Path(path)))
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("dateline.data").joinpath("event_lexicon.json").read_text("utf-8")
    return Lexicon(json.loads(text))
