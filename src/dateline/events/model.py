"""The learned decision over the rules' candidates: is this a codable event, and which type.

The rules (`coder.py`) propose candidates: a trigger, a PLOVER reading, actors, modality.
A multinomial logistic regression over binary features of each candidate (its trigger,
the rule that fired, the parse around it, its actors, the words of its clause) gives a
probability for "no event" and for each PLOVER type. Weights ship as JSON in
`dateline/data/event_model.json` (scripts/train_event_model.py writes them, with fixed seeds,
from data/events/train.jsonl) and are applied here in plain Python: no learning library is
needed at run time.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any, Protocol
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc, Token

from dateline.data import shipped_json
from dateline.entities.cluster import Cluster
from dateline.lang.words import DOUBLE_QUOTE_MARKS
from dateline.nlp import doc_text, sent_start, sent_starts, token_table

NO_EVENT = "NONE"
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
MODEL_FILE = "event_model.json"


@dataclass(frozen=True)
class Limits:
    """When a candidate is kept, and with which type (`choose_label`; `EventModel` says
    what each threshold does)."""

    threshold: float = 0.5
    rule_threshold: float = 0.9
    retype_threshold: float = 1.01
    min_confidence: float = 0.0


@dataclass(frozen=True)
class EventModel:
    """Logistic-regression weights: one row of per-label weights per feature."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    temperature: float = 1.0
    # Chosen on cross-validation for the best typed F1: an open candidate is an event of
    # its most likely type when its chance of being none is below `threshold`; a rule's
    # candidate is dropped when that chance reaches `rule_threshold`, and takes another type
    # than the rule's when the model gives that type at least `retype_threshold`.
    threshold: float = 0.5
    rule_threshold: float = 0.9
    retype_threshold: float = 1.01
    # An event whose chosen type the model gives less than this is dropped: a rule's
    # candidate "kept" with its type at 5% is no event an analyst should see.
    min_confidence: float = 0.0
    # The thresholds for a text of one sentence (`one_sentence`), chosen apart: a sentence
    # given alone is one someone chose to code, as PLOVER and PETRARCH users do, so far more
    # of its candidates are events than in an article, which is mostly background. None:
    # the article's thresholds.
    sentence_limits: Limits | None = None
    # Nouns seen as triggers in training that the lexicon lacks: candidates too.
    trigger_nouns: frozenset[str] = frozenset()
    # Lemmas of the training candidates that stood for an event: an open candidate (a verb
    # or noun the rules did not code) of another lemma is not proposed, as the model keeps
    # almost none of them (25 of 18,324 over 600 news articles, most of those false).
    # Empty: every open candidate is proposed.
    event_lemmas: frozenset[str] = frozenset()
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        rows, matrix = self._matrix
        # the bias, then each known feature's row in the order of the set (rows count from 1)
        picked = [0, *filter(None, map(rows.get, set(features)))]
        # summed down the rows one after another, as `scores[k] += weight` over the rows
        # would (the same floats; tests/test_event_model.py holds it to that)
        scores: list[float] = np.add.reduce(matrix[picked], axis=0).tolist()
        top = max(scores)
        exps = [math.exp((s - top) / self.temperature) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    @cached_property
    def _matrix(self) -> tuple[dict[str, int], npt.NDArray[np.float64]]:
        """Feature -> row of one matrix whose row 0 is the bias and the others the weights."""
        rows = {feature: n for n, feature in enumerate(self.weights, start=1)}
        matrix = np.array([self.bias, *self.weights.values()], dtype=np.float64)
        return rows, matrix

    def decide(self, features: Iterable[str], rule_type: str = NO_EVENT, *,
               alone: bool = False) -> tuple[str, float]:
        """The label (NONE: no event) and its probability: that the candidate is an event of
        that very type, which out of fold filters better than "an event of any type".
        `alone`: the candidate's text is one sentence (`sentence_limits`)."""
        probabilities = self.probabilities(features)
        limits: Thresholds = self.sentence_limits if alone and self.sentence_limits else self
        label = choose_label(probabilities, rule_type, limits)
        return label, probabilities.get(label, 0.0)

    def to_json(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "bias": list(self.bias),
                "temperature": self.temperature, "threshold": self.threshold,
                "rule_threshold": self.rule_threshold,
                "retype_threshold": self.retype_threshold,
                "min_confidence": self.min_confidence,
                "sentence_limits": (None if self.sentence_limits is None
                                    else asdict(self.sentence_limits)),
                "meta": self.meta,
                "trigger_nouns": sorted(self.trigger_nouns),
                "event_lemmas": sorted(self.event_lemmas),
                "weights": {f: list(row) for f, row in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventModel:
        return cls(labels=tuple(data["labels"]), bias=tuple(data["bias"]),
                   weights={f: tuple(row) for f, row in data["weights"].items()},
                   temperature=float(data.get("temperature", 1.0)),
                   threshold=float(data.get("threshold", 0.5)),
                   rule_threshold=float(data.get("rule_threshold", 0.9)),
                   retype_threshold=float(data.get("retype_threshold", 1.01)),
                   min_confidence=float(data.get("min_confidence", 0.0)),
                   sentence_limits=(Limits(**data["sentence_limits"])
                                    if data.get("sentence_limits") else None),
                   trigger_nouns=frozenset(data.get("trigger_nouns", ())),
                   event_lemmas=frozenset(data.get("event_lemmas", ())),
                   meta=data.get("meta") or {})


class Thresholds(Protocol):
    @property
    def threshold(self) -> float: ...
    @property
    def rule_threshold(self) -> float: ...
    @property
    def retype_threshold(self) -> float: ...
    @property
    def min_confidence(self) -> float: ...


def choose_label(probabilities: dict[str, float], rule_type: str, limits: Thresholds) -> str:
    """NONE, the rule's type, or the model's type (see `EventModel`'s thresholds)."""
    none = probabilities.get(NO_EVENT, 0.0)
    types = [k for k in probabilities if k != NO_EVENT]
    best = max(types, key=lambda k: probabilities[k]) if types else NO_EVENT
    if rule_type != NO_EVENT:
        if none >= limits.rule_threshold:
            return NO_EVENT
        retyped = best != rule_type and probabilities.get(best, 0.0) >= limits.retype_threshold
        label = best if retyped else rule_type
    else:
        label = NO_EVENT if none >= limits.threshold or not types else best
    if label != NO_EVENT and probabilities.get(label, 0.0) < limits.min_confidence:
        return NO_EVENT
    return label


@lru_cache(maxsize=1)
def load_event_model() -> EventModel | None:
    """The shipped model, or None when the package carries none (rules decide alone)."""
    data = shipped_json(MODEL_FILE)
    return EventModel.from_json(data) if data is not None else None


def candidate_features(trigger: Token, rule_type: str, rule: str, sources: list[Cluster],
                       targets: list[Cluster], modality: str, negated: bool,
                       codes: dict[int, str | None], lexicon_type: str | None = None
                       ) -> list[str]:
    """Binary features of one candidate. `codes` maps id(cluster) to its actor code;
    `lexicon_type` is the type the lexicon gives the word alone, whatever its patterns say."""
    doc = trigger.doc
    table = token_table(doc)  # the parse as lists: no Token made for each word read
    lemmas, deps, heads = table.lemmas, table.deps, table.heads
    i = trigger.i
    pos = table.pos[i]
    lemma = lemmas[i].lower()
    head = heads[i]
    clause = _clause_head_index(i, deps, heads)
    size = _text_size(doc)
    ent = trigger.ent_type_ or "-"
    first = sent_start(trigger)
    features = [
        f"lexicon={lexicon_type}", f"lexicon+rule={lexicon_type}|{rule_type}",
        "bias:candidate", f"type={rule_type}", f"lemma={lemma}", f"lemma+type={lemma}|{rule_type}",
        f"lemma+pos={lemma}|{pos}",
        f"pos={pos}", f"tag={table.tags[i]}", f"dep={deps[i]}",
        f"head={lemmas[head].lower()}", f"head.dep={deps[head]}",
        f"clause.dep={deps[clause]}", f"clause.lemma={lemmas[clause].lower()}",
        f"modality={modality}", f"negated={negated}", f"ent={ent}",
        f"ent+type={ent}|{rule_type}",
        f"cap={trigger.is_title and i != first}",
        f"sources={min(len(sources), 2)}", f"targets={min(len(targets), 2)}",
        f"sources+type={bool(sources)}|{rule_type}", f"targets+type={bool(targets)}|{rule_type}",
        f"in_quote={in_quotation(trigger)}",
        f"first_sentence={first == 0}",
        f"text={size}", f"text+rule={size}|{rule_type != NO_EVENT}",
    ]
    for part in rule.split("|"):
        features.append(f"rule={part.split('->')[0]}")
    for role, clusters in (("source", sources), ("target", targets)):
        for cluster in clusters[:2]:
            code = codes.get(id(cluster))
            features.append(f"{role}.label={cluster.label}")
            features.append(f"{role}.coded={code is not None}")
            features.append(f"{role}.label+type={cluster.label}|{rule_type}")
    if sources and targets and codes.get(id(sources[0])) is not None:
        same = codes.get(id(sources[0])) == codes.get(id(targets[0]))
        features.append(f"same_country={same}")
    tone = tone_of(trigger)
    features += [f"tone={tone}", f"tone+type={tone}|{rule_type}", f"tone+lemma={tone}|{lemma}"]
    for child in table.children[i]:  # `trigger.children`: in text order
        dep, child_lemma = deps[child], lemmas[child].lower()
        features.append(f"child={dep}:{child_lemma}")
        if dep in {"aux", "auxpass", "neg", "prep", "prt", "advmod", "mark"}:
            features.append(f"child+type={dep}:{child_lemma}|{rule_type}")
    features += said_features(trigger)
    lowers = table.lowers
    for offset in (-2, -1, 1, 2):
        k = i + offset
        word = lowers[k] if 0 <= k < len(lowers) else "<s>"
        features.append(f"w{offset:+d}={word}")
    return features


# Words that make a said clause an appeal, a warning or a forecast ("said Kyiv must
# withdraw", "warned that the West will pay", "said talks could resume").
_MODALS = frozenset({"should", "must", "will", "would", "can", "could", "may", "might",
                     "shall", "'ll", "wo", "ca"})
_OBLIGATIONS = frozenset({"need", "have", "ought"})


def said_features(trigger: Token) -> list[str]:
    """What the clause the trigger says or reports is like (its `ccomp`): the modal or
    obligation it holds ("said Kyiv must withdraw": an appeal; "said the West will pay": a
    warning), whether it is negated, and whom it is about ("you", "we", or someone else):
    the same verb of saying is an appeal, a threat, an accusation or a plain report by
    what it says."""
    table = token_table(trigger.doc)
    deps, lemmas, children = table.deps, table.lemmas, table.children
    said = next((c for c in children[trigger.i] if deps[c] == "ccomp"), None)
    if said is None:
        return ["said=none"]
    modal = next((lemmas[c].lower() for c in children[said]
                  if deps[c] in {"aux", "auxpass"} and lemmas[c].lower() in _MODALS), None)
    if modal is None and lemmas[said].lower() in _OBLIGATIONS and any(
            deps[c] == "xcomp" for c in children[said]):
        modal = "must"  # "need to", "have to"
    subject = next((table.lowers[c] for c in children[said]
                    if deps[c] in {"nsubj", "nsubjpass"}), None)
    person = subject if subject in {"you", "we", "i", "they"} else (
        "someone" if subject is not None else "none")
    negated = any(deps[c] == "neg" for c in children[said])
    return [f"said.modal={modal}", f"said.negated={negated}",
            f"said.modal+subject={modal}|{person}"]


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's word valences (-4 … +4; Hutto & Gilbert 2014, MIT), read from the installed
    vaderSentiment package: a stated view is blame, praise or neither by its words."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(
        encoding="utf-8")
    valences = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valences[parts[0]] = float(parts[1])
    return valences


def valence(words: Iterable[Token]) -> float:
    """The words' summed VADER valence: above 0 praise, below blame."""
    valences = _valences()
    return sum(valences.get(t.lower_, valences.get(t.lemma_.lower(), 0.0)) for t in words)


def tone_of(trigger: Token, skip: frozenset[str] = frozenset(),
            keep: frozenset[str] = frozenset()) -> str:
    """"neg", "pos" or "flat": the words the trigger governs (what was said, done or
    called for), weighed by their valence, so that "told X the talks would help" and
    "told X the attacks were crimes" read differently. Dependents whose relation is in
    `skip` are left out with their phrases, unless their word is in `keep`."""
    doc = trigger.doc
    table = token_table(doc)
    tones = _tones(doc)
    i = trigger.i
    # `trigger.subtree` is its block of the walk; the trigger and the left-out dependents'
    # subtrees (blocks inside it) are passed over
    out = [(tones.start[c], tones.end[c]) for c in table.children[i]
           if table.deps[c] in skip and table.lowers[c] not in keep]
    out.append((tones.place[i], tones.place[i] + 1))
    negative = positive = 0.0
    worded = tones.worded
    for k in range(bisect_left(worded, tones.start[i]), bisect_left(worded, tones.end[i])):
        at = worded[k]
        if any(start <= at < end for start, end in out):
            continue
        value = tones.values[k]
        if value < 0:
            negative -= value
        else:
            positive += value
    if negative >= 2.0 and negative > positive:
        return "neg"
    if positive >= 2.0 and positive > negative:
        return "pos"
    return "flat"


@dataclass(frozen=True)
class _Tones:
    """A Doc's parse walked as spaCy's `Token.subtree` walks it (each token's left
    dependents' subtrees, the token, its right dependents' subtrees; sentence by sentence),
    so that every token's subtree is one block of the walk, in its order: `tone_of` adds the
    same valences in the same order as a walk of the subtree would."""

    place: list[int]    # per token: its place in the walk
    start: list[int]    # per token: where its subtree's block starts in the walk
    end: list[int]      # per token: where the block ends (exclusive)
    worded: list[int]   # the places, in order, of the tokens with a valence
    values: list[float]  # their valences (`_valences`: of the word, else of its lemma)


# Each Doc's `_Tones`, made once per Doc.
_TONES: WeakKeyDictionary[Doc, _Tones] = WeakKeyDictionary()


def _tones(doc: Doc) -> _Tones:
    found = _TONES.get(doc)
    if found is not None:
        return found
    table, valences = token_table(doc), _valences()
    children, heads = table.children, table.heads
    n = len(heads)
    place, start, end = [0] * n, [0] * n, [0] * n
    walked = 0
    worded: list[int] = []
    values: list[float] = []
    for root in (i for i in range(n) if heads[i] == i):
        stack = [(root, 0)]  # 0: to expand, 1: the token itself, 2: its subtree is done
        while stack:
            j, step = stack.pop()
            if step == 0:
                start[j] = walked
                kids = children[j]
                stack.append((j, 2))
                stack.extend((c, 0) for c in reversed(kids) if c > j)
                stack.append((j, 1))
                stack.extend((c, 0) for c in reversed(kids) if c < j)
            elif step == 1:
                place[j] = walked
                # a name carries no view: "missiles hit Freedom Square", "the Hope party"
                value = 0.0 if table.tags[j] in PROPER_NOUN_TAGS else valences.get(
                    table.lowers[j], valences.get(table.lemmas[j].lower(), 0.0))
                if value != 0.0:
                    worded.append(walked)
                    values.append(value)
                walked += 1
            else:
                end[j] = walked
    found = _TONES[doc] = _Tones(place, start, end, worded, values)
    return found


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"})


def _clause_head_index(i: int, deps: list[str], heads: list[int]) -> int:
    """The index of the head of token `i`'s clause: it, or the nearest token up the parse
    whose relation starts a clause (or the root)."""
    while deps[i] not in _CLAUSE_DEPS and heads[i] != i:
        i = heads[i]
    return i


def one_sentence(doc: Doc) -> bool:
    """Whether the text is one sentence: one given alone is one someone chose to code, as
    PLOVER and PETRARCH users do; a whole article is mostly background."""
    return sent_starts(doc)[-1] == 0


def _text_size(doc: Doc) -> str:
    return "sentence" if one_sentence(doc) else "text"


def in_quotation(token: Token) -> bool:
    """Inside a quotation: an odd number of quote marks before it in its sentence, counting
    one more where the sentence's first mark closes a quotation opened in a sentence before
    ('You killed 16 children," Zelenskyy said.': the words before the mark are quoted, the
    saying after it is not)."""
    doc = token.doc
    before = _marks_before(doc)
    first = sent_start(token)
    carried = _opens_inside(doc, first)
    return (before[token.i] - before[first] + carried) % 2 == 1


def _opens_inside(doc: Doc, first: int) -> int:
    """1 where the sentence starting at token `first` begins inside a quotation: its first
    counted mark closes one (a closing curly mark, or a straight one with a word or a
    stop right before it and no word right after it)."""
    before, starts = _marks_before(doc), sent_starts(doc)
    mark = next((i for i in range(first, len(starts)) if before[i + 1] > before[i]
                 or (i > first and starts[i] == i)), None)
    if mark is None or mark == first or starts[mark] == mark:
        return 0  # no mark in the sentence, or it opens it
    text, at = doc_text(doc), token_table(doc).idxs[mark]
    if text[at] == "”":
        return 1
    after = at + 1
    return int(text[at] == '"' and not text[at - 1].isspace() and text[at - 1] not in "([{-—–"
               and (after >= len(text) or not text[after].isalnum()))


# Each Doc's count of quote marks before each token (`_marks_before`), made once per Doc.
_MARKS_BEFORE: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def _marks_before(doc: Doc) -> list[int]:
    """How many quote marks stand before each token of the Doc (and before its end). A
    mark that begins a sentence with a space or line break after it closes the quotation of
    the sentence before ('… five years."' then a new paragraph: the parser often sets the
    mark at the next sentence's start); counted, it would put that whole sentence inside
    a quotation."""
    counts = _MARKS_BEFORE.get(doc)
    if counts is None:
        table, starts, text = token_table(doc), sent_starts(doc), doc_text(doc)

        def opens_or_closes(i: int, mark: str) -> bool:
            if mark not in DOUBLE_QUOTE_MARKS:
                return False
            after = table.idxs[i] + len(mark)
            return starts[i] != i or (after < len(text) and not text[after].isspace())
        counts = list(accumulate((opens_or_closes(i, t) for i, t in enumerate(table.texts)),
                                 initial=0))
        _MARKS_BEFORE[doc] = counts
    return counts


def actor_codes(doc: Doc) -> dict[int, str | None]:
    """id(cluster) -> the cluster's actor code, from the actors stage's results."""
    clusters = doc._.dateline_entities or []
    coded = doc._.dateline_actors or [[] for _ in clusters]
    return {id(cluster): (actors[0].code if actors else None)
            for cluster, actors in zip(clusters, coded, strict=False)}
