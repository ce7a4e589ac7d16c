"""Faster stand-ins for two of the spaCy model's rule components, with the same output.

en_core_web_sm's attribute ruler (179 one- and two-token patterns that set POS, morphology
and some lemmas from the tag, the lower-case form and the dependency) and its rule lemmatizer
cost about a fifth of the whole spaCy pipeline on news: the ruler runs spaCy's general
`Matcher` over every token for every pattern, though its patterns test only a token's (or
two tokens') tag, lower-case form, dependency and space, which repeat; the lemmatizer
searches its word lists (57,528 nouns) from the start for every form it tries, and
recomputes the base forms of singular nouns and infinitives (its own cache keeps only the
other words). Here the ruler remembers which one-token patterns hold on each token's
attributes it has seen (and tries its few two-token patterns where their word occurs), the
lemmatizer's word lists answer from a set, and it remembers every (word, POS, morphology)
it has seen; the annotations are the very ones spaCy's components set
(`tests/test_nlp_rulers.py` compares them token by token). A ruler with patterns of other
kinds than these is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["speed_up_rulers"]

# Token attributes a pattern may test here (the columns `Doc.to_array` gives them in).
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_CACHE_LIMIT = 200_000  # keys a remembering table holds before it starts over (long runs)

# (column, operator, argument): "==" a hash, "IN" and "NOT_IN" an array of hashes, "REGEX" a
# compiled pattern searched in the attribute's text, as the Matcher does
Condition = tuple[int, str, Any]
# The columns by how few tokens share a value: a word before a dependency, a tag, a space.
_TELLING = (1, 2, 0, 3)


def _key(tokens: tuple[tuple[Condition, ...], ...]) -> tuple[int, int, frozenset[int]] | None:
    """Where a pattern's most telling "==" test (else "IN" test) is: (which of its tokens,
    column, the values one of which that token must have there); None when it has neither."""
    for operator in ("==", "IN"):
        for column in _TELLING:
            for k, conditions in enumerate(tokens):
                for tested, op, argument in conditions:
                    if tested == column and op == operator:
                        return k, column, frozenset((argument,) if op == "==" else argument)
    return None


class TaggedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, its one-token patterns tested once per distinct row of token
    attributes (tag, lower-case form, dependency, space) and the answer remembered, its
    patterns of several tokens tried only where their most telling test holds; not spaCy's
    Matcher at every token."""

    def index_patterns(self) -> bool:
        """Read the patterns; False when one tests more than a tag, a lower-case form, a
        dependency or whether the token is a space (then spaCy's Matcher matches)."""
        # patterns added or cleared later are read again (`clear` makes a new Matcher)
        self._indexed = (id(self.matcher), len(self.attrs))
        self._searched: dict[tuple[str, int], bool] = {}
        # one-token patterns: (attribute id, tests), in order; those a token can match at
        # all by the value their key test asks for (by place in the list), and those with
        # no key test; the attribute ids that hold on each token row met
        self._singles: list[tuple[int, tuple[Condition, ...]]] = []
        self._keyed: dict[tuple[int, int], list[int]] = {}
        self._unkeyed: list[int] = []
        self._known: dict[tuple[int, ...], tuple[int, ...]] = {}
        # patterns of several tokens (a handful: "gon na", "y' all"), each with its key
        self._longer: list[tuple[int, tuple[tuple[Condition, ...], ...],
                                 tuple[int, int, frozenset[int]] | None]] = []
        for attr_id in range(len(self.attrs)):
            for pattern in self.matcher.get(str(attr_id))[1]:
                tokens = [self._conditions(spec) for spec in pattern]
                if not tokens or any(t is None for t in tokens):
                    self._singles, self._longer = [], []
                    return False
                tests = tuple(t for t in tokens if t is not None)
                key = _key(tests)
                if len(tests) > 1:
                    self._longer.append((attr_id, tests, key))
                    continue
                if key is None:
                    self._unkeyed.append(len(self._singles))
                else:
                    for value in key[2]:
                        self._keyed.setdefault((key[1], value), []).append(len(self._singles))
                self._singles.append((attr_id, tests[0]))
        self._longer_columns = sorted({key[1] for _, _, key in self._longer if key})
        return True

    def _conditions(self, spec: dict[str, Any]) -> tuple[Condition, ...] | None:
        conditions: list[Condition] = []
        for key, value in spec.items():
            if key not in _COLUMNS:
                return None
            column = _COLUMNS.index(key)
            if isinstance(value, bool):
                conditions.append((column, "==", int(value)))
            elif isinstance(value, str):
                conditions.append((column, "==", self.vocab.strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                (operator, argument), = value.items()
                if operator in ("IN", "NOT_IN"):
                    hashes = frozenset(self.vocab.strings.add(v) for v in argument)
                    conditions.append((column, operator, hashes))
                elif operator == "REGEX" and isinstance(argument, str):
                    conditions.append((column, operator, re.compile(argument)))
                else:
                    return None
            else:
                return None
        return tuple(conditions)

    def _holds(self, row: tuple[int, ...], conditions: tuple[Condition, ...]) -> bool:
        for column, operator, argument in conditions:
            value = row[column]
            if operator == "==":
                if value != argument:
                    return False
            elif operator == "IN":
                if value not in argument:
                    return False
            elif operator == "NOT_IN":
                if value in argument:
                    return False
            elif not self._search(argument, value):
                return False
        return True

    def _search(self, regex: re.Pattern[str], key: int) -> bool:
        found = self._searched.get((regex.pattern, key))
        if found is None:
            if len(self._searched) >= _CACHE_LIMIT:  # one key per word the regex meets
                self._searched.clear()
            found = self._searched[(regex.pattern, key)] = regex.search(
                self.vocab.strings[key]) is not None
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches the Matcher would find, as `AttributeRuler.match` orders them: by
        pattern, so that a later pattern's attributes win."""
        if self._indexed != (id(self.matcher), len(self.attrs)):
            self.index_patterns()
        if not (self._singles or self._longer):
            return cast(list[tuple[int, int, int, int]], super().match(doc))
        rows: list[tuple[int, ...]] = [tuple(row) for row in numpy.asarray(
            doc.to_array(list(_COLUMNS)), dtype=numpy.uint64).reshape(
                len(doc), len(_COLUMNS)).tolist()]
        found: list[tuple[int, int, int, int]] = []
        add = found.append
        known = self._known
        for start, row in enumerate(rows):
            attr_ids = known.get(row)
            if attr_ids is None:
                if len(known) >= _CACHE_LIMIT:
                    known.clear()
                attr_ids = known[row] = self._matching(row)
            for attr_id in attr_ids:
                add((attr_id, 0, start, start + 1))
        if self._longer:
            found += self._longer_matches(rows)
        found.sort()
        return found

    def _matching(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The attribute ids of the one-token patterns that hold on this token row, one per
        pattern (rows repeat: "the", "of", "said" by their tag and dependency, so each is
        tested once, then remembered)."""
        tried = set(self._unkeyed)
        for column in _TELLING:
            tried.update(self._keyed.get((column, row[column]), ()))
        return tuple(self._singles[n][0] for n in sorted(tried)
                     if self._holds(row, self._singles[n][1]))

    def _longer_matches(self, rows: list[tuple[int, ...]]) -> list[tuple[int, int, int, int]]:
        """The matches of the patterns of several tokens, each tried only where its key
        test holds (their windows of rows seldom repeat)."""
        where: dict[tuple[int, int], list[int]] = {}
        for i, row in enumerate(rows):
            for column in self._longer_columns:
                where.setdefault((column, row[column]), []).append(i)
        found = []
        for attr_id, tokens, key in self._longer:
            size = len(tokens)
            last = len(rows) - size
            starts: Iterable[int] = range(last + 1) if key is None else [
                i - key[0] for value in key[2] for i in where.get((key[1], value), ())]
            found += [(attr_id, 0, start, start + size) for start in starts
                      if 0 <= start <= last and all(
                          self._holds(rows[start + k], conditions)
                          for k, conditions in enumerate(tokens))]
        return found

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index],
                            self.attrs[attr_id])


class RememberingLemmatizer(Lemmatizer):
    """spaCy's Lemmatizer (of whichever language class), remembering every lemma it gave:
    the rule lemmatizer's result depends on the word, its POS and its morphology only."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            return super().__call__(doc)  # validates the tables and lemmatizes
        cache: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemmas", {})
        error_handler = self.get_error_handler()
        try:
            rows: list[list[int]] = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
            for token, (orth, pos, morph, lemma) in zip(doc, rows, strict=True):
                if self.overwrite or lemma == 0:
                    found = cache.get((orth, pos, morph))
                    if found is None:
                        if len(cache) >= _CACHE_LIMIT:
                            cache.clear()
                        found = cache[(orth, pos, morph)] = self.vocab.strings.add(
                            self.lemmatize(token)[0])
                    token.lemma = found
            return doc
        except Exception as e:  # as spaCy's own components report a failing doc
            error_handler(self.name, self, [doc], e)
            return doc


class _WordList(list[str]):
    """A word list that answers `in` from a set: the rule lemmatizer asks whether each form
    it makes is a known word of the POS, and its tables hold those words as lists (57,528
    nouns), searched from the start each time."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_words(lemmatizer: Lemmatizer) -> None:
    table = lemmatizer.lookups.get_table("lemma_index", None)
    for key, words in list((table or {}).items()):
        if type(words) is list:
            table[key] = _WordList(words)


def speed_up_rulers(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler and rule lemmatizer for the stand-ins above."""
    for _, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.__class__ = TaggedAttributeRuler
            if not cast(TaggedAttributeRuler, component).index_patterns():
                component.__class__ = AttributeRuler
        elif isinstance(component, Lemmatizer) and not isinstance(
                component, RememberingLemmatizer) and component.mode == "rule":
            component.__class__ = type(f"Remembering{type(component).__name__}",
                                       (RememberingLemmatizer, type(component)), {})
            _index_words(component)
