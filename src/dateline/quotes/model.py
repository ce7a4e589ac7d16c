"""The learned quote attribution: which tokens are cues, and each cue's content and source.

The parse and the hand-written rules (`attribution.py`) propose; four small logistic
regressions, learned from PolNeAR's train split (scripts/train_quote_model.py), decide:

1. `cue`: is this token the head of a cue? Every verb, noun, adjective, preposition,
   colon and dash is a candidate; features are its words, its place in the parse, the
   quotation marks around it, and whether the rules made it a cue.
2. `cue_part`: which of the cue head's neighbouring dependents belong to the cue span
   ("has said", "called for", "said:", "according to").
3. `content`: among candidate spans (the subtree of each dependent, the clause the cue
   is set in, the quotation next to it, the rest of the line after a colon, the rules'
   content for that cue), the likeliest is the content.
4. `source`: among the noun phrases of the cue's sentence and "no source", the likeliest
   is the source.

Weights ship as JSON in `dateline/data/quote_model.json` and are applied here in plain
Python (no learning library at run time). Kinds, speakers and addressees are then read as
the rules read them: a content inside quotation marks is direct, one holding a quotation
mixed, else indirect; the source is resolved to its entity cluster.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate, repeat
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.data import shipped_json
from dateline.entities import Cluster
from dateline.lang.words import QUOTE_MARKS
from dateline.nlp import token_table
from dateline.quotes.attribution import (
    _NAME_PARTS,
    QuoteKind,
    QuoteRef,
    _addressee,
    _attach_clusters,
    _subject_of,
    cue_candidates,
    find_quotes,
    mended_lemma,
    quotation_parts,
)
from dateline.quotes.cues import (
    CLAUSE_VERBS,
    CUE_NOUNS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PHRASAL_CUES,
)

__all__ = ["LinearModel", "QuoteModel", "Signals", "find_quotes_learned", "load_quote_model"]

MODEL_FILE = "quote_model.json"
_DASHES = frozenset({"—", "―", "–", "--", "-"})
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADP", "SCONJ"})
# The candidates' parts of speech that `scored_quotes` scores only for `QuoteModel.cue_lemmas`
_OPEN_CLASS_POS = frozenset({"NOUN", "ADJ", "ADP", "SCONJ"})
# Auxiliaries and prepositions in their function-word roles, which `scored_quotes` does not
# score at all: a third of the candidates it scored on news, and in PolNeAR train 6 of their
# 61,869 reached the lowest cue threshold (0 of 6,707 in dev).
_FUNCTION_ROLES = frozenset({("AUX", "aux"), ("AUX", "auxpass"), ("ADP", "prep"),
                             ("ADP", "agent")})
_PART_DEPS = frozenset({"aux", "auxpass", "neg", "prt", "prep", "punct", "advmod", "pcomp",
                        "agent", "dobj", "det", "poss", "amod", "compound", "acomp", "xcomp"})
_NP_POS = frozenset({"PROPN", "PRON", "NOUN", "NUM"})
_NP_SKIP_DEPS = frozenset({"compound", "flat", "amod", "nummod", "det", "case"})
_SOURCE_WINDOW = 40
_MAX_CONTENT = 200


@dataclass(frozen=True)
class LinearModel:
    """A binary logistic regression over named binary features."""

    bias: float
    weights: dict[str, float]

    def score(self, features: Iterable[str]) -> float:
        return self.bias + sum(map(self.weights.get, set(features), repeat(0.0)))

    def probability(self, features: Iterable[str]) -> float:
        return logistic(self.score(features))

    @cached_property
    def tables(self) -> dict[str, dict[str, float]]:
        """The weights by feature name up to its first "=" (the whole name when it has none):
        `tables[prefix][rest]` is `weights[prefix + rest]`, so that a scorer can look a word up
        under its template without building the feature's name."""
        tables: dict[str, dict[str, float]] = {}
        for name, weight in self.weights.items():
            prefix, equals, rest = name.partition("=")
            tables.setdefault(prefix + equals, {})[rest] = weight
        return tables

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


def logistic(score: float) -> float:
    """The probability a logistic regression gives a score (clipped at ±30)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class QuoteModel:
    cue: LinearModel
    cue_part: LinearModel
    content: LinearModel
    source: LinearModel
    # A cue is kept when the cue model gives it at least `threshold`, or `threshold_unsourced`
    # when no source was found for it (chosen together on cross-validation).
    threshold: float = 0.5
    threshold_unsourced: float = 0.5
    # "hybrid": the rules' quotes stand unless the cue model gives their cue less than
    # `rule_threshold`, and the model adds the quotes of cues the rules missed; "model": the
    # model's quotes alone. Chosen on cross-validation with the thresholds.
    mode: str = "hybrid"
    rule_threshold: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    # Quotes whose contents overlap (one's cue usually inside the other's content: "X said
    # Y had admitted Z"): "keep" keeps both; "outer" keeps the longer content and drops
    # the quotes inside it (PolNeAR rarely annotates both). Chosen on cross-validation.
    overlap: str = "keep"
    # In mode "hybrid", what a rules' quote takes from the model's quote for the same cue:
    # "source" only when the rules found none ("fill"), the model's source whenever it
    # found one ("source"), or the model's cue span and source, and its content too where
    # the rules' is no quotation ("model"). A label's quote ('SMITH: …') keeps the rules'
    # reading. "strict" is "model" where the model found no source too: its "no source"
    # stands over the rules' source. Chosen on cross-validation.
    rule_spans: str = "fill"
    # With `overlap` "outer", a quote inside a longer one's content stays when the cue model
    # gives its cue at least `nested` ("X said Y had admitted Z", both annotated); above 1,
    # never. Chosen on cross-validation.
    nested: float = 2.0
    # Whether a quotation no cue attributes that follows a quote in its sentence's wake
    # ("“A,” the mayor said on Monday.\n\n“B.”") continues that quote: its content runs on to
    # the quotation's end. Chosen on cross-validation.
    continuations: bool = False

    @cached_property
    def cue_scorer(self) -> CueScorer:
        """`cue_scorer` of the cue model, made once."""
        return cue_scorer(self.cue)

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """The lemmas the cue model weighs toward a cue in some part of speech, or the cue
        lexicon lists. Seven in ten candidates are nouns, adjectives, prepositions and
        conjunctions, and almost none is a cue: `scored_quotes` scores those of these
        lemmas only (a speed shortcut; the tagger's "promises" or "advocates" for a verb
        stays a candidate through its verb's weight)."""
        tables = self.cue.tables
        weighed = [*tables.get("lemma=", {}).items(),
                   *((key.rpartition("|")[0], weight)
                     for key, weight in tables.get("lemma|pos=", {}).items())]
        return frozenset({lemma for lemma, weight in weighed if weight > 0}
                         | CLAUSE_VERBS | OBJECT_VERBS | INFINITIVE_VERBS | PHRASAL_CUES.keys()
                         | CUE_NOUNS)

    @property
    def floor(self) -> float:
        """The lowest cue probability any quote is kept at (either threshold)."""
        return min(self.threshold, self.threshold_unsourced)

    def keeps(self, probability: float, quote: QuoteRef) -> bool:
        limit = self.threshold if quote.source is not None else self.threshold_unsourced
        return probability >= limit

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "threshold": self.threshold,
                "threshold_unsourced": self.threshold_unsourced,
                "rule_threshold": self.rule_threshold, "overlap": self.overlap,
                "rule_spans": self.rule_spans, "nested": self.nested,
                "continuations": self.continuations,
                "meta": self.meta, "cue": self.cue.to_json(),
                "cue_part": self.cue_part.to_json(), "content": self.content.to_json(),
                "source": self.source.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteModel:
        return cls(LinearModel.from_json(data["cue"]), LinearModel.from_json(data["cue_part"]),
                   LinearModel.from_json(data["content"]),
                   LinearModel.from_json(data["source"]),
                   float(data.get("threshold", 0.5)),
                   float(data.get("threshold_unsourced", data.get("threshold", 0.5))),
                   str(data.get("mode", "model")), float(data.get("rule_threshold", 0.0)),
                   data.get("meta") or {}, str(data.get("overlap", "keep")),
                   str(data.get("rule_spans", "fill")), float(data.get("nested", 2.0)),
                   bool(data.get("continuations", False)))


@lru_cache(maxsize=1)
def load_quote_model() -> QuoteModel | None:
    """The shipped model (src/dateline/data/quote_model.json), or None when it is missing."""
    data = shipped_json(MODEL_FILE)
    return QuoteModel.from_json(data) if data is not None else None


# ---------------------------------------------------------------------------- signals


@dataclass
class Signals:
    """What the rules, the marks and the parse say about a document, computed once per
    document. The features read the parse from these lists rather than from spaCy's tokens:
    each token attribute is a lookup, and each `.head`, `.children`, `.sent` or slice makes
    new objects (`.sent` walks its sentence), for every candidate of every cue."""

    doc: Doc
    quotations: list[Span]
    in_quote: list[int]            # per token: index of the quotation it is in, or -1
    rule_quotes: dict[int, QuoteRef]   # rules' quotes by cue head token
    rule_cues: set[int]            # tokens the rules' candidates use as cues
    rule_all: list[QuoteRef]       # every quote of the rules, in text order
    lowers: list[str]              # per token: its lowercased text
    marks: list[bool]              # per token: whether it is a quotation mark
    lemmas: list[str]              # per token: `lemma_of`
    texts: list[str]               # per token: its text
    pos: list[str]                 # per token: `pos_`
    tags: list[str]                # per token: `tag_`
    deps: list[str]                # per token: `dep_`
    ents: list[str]                # per token: `ent_type_`
    heads: list[int]               # per token: its head's index
    children: list[list[int]]      # per token: its children's indices in text order
    left_edges: list[int]          # per token: `left_edge.i`
    right_edges: list[int]         # per token: `right_edge.i`
    puncts: list[bool]             # per token: `is_punct`
    spaces: list[bool]             # per token: `is_space`
    sent_starts: list[bool]        # per token: `is_sent_start`
    loose: list[bool]              # per token: whether `_trim` drops it at a span's edge
    # per token: its sentence's (start, end, holds a quotation mark, holds a colon)
    sentences: list[tuple[int, int, bool, bool]]
    # Running counts (entry k: how many tokens before token k) of the tokens in a quotation;
    # that are quotation marks; in a quotation or punctuation; in one, punctuation or space;
    # holding a line break. What a span holds is then two look-ups, not a walk over it.
    quoted_before: list[int]
    marks_before: list[int]
    quoted_or_punct_before: list[int]
    quoted_punct_or_space_before: list[int]
    breaks_before: list[int]
    rule_lemmas: frozenset[str]    # lemmas of the rules' cue heads
    # the cue model's, by token, for the cues `scored_quotes` scored
    probabilities: dict[int, float] = field(default_factory=dict)
    # `noun_phrase`, `_subject_of` and `Span.root` as the candidates of many cues ask them:
    # by token, by token and by span
    phrases: dict[int, tuple[int, int]] = field(default_factory=dict)
    subjects: dict[int, Span | None] = field(default_factory=dict)
    roots: dict[tuple[int, int], int] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> Signals:
        parts = quotation_parts(doc)
        quotations = [doc[p[0].start : p[-1].end] for p in parts]
        in_quote = [-1] * len(doc)
        for k, quotation in enumerate(quotations):
            for i in range(quotation.start, quotation.end):
                in_quote[i] = k
        candidates = cue_candidates(doc)
        rule_all = find_quotes(doc, [], parts=parts, found=candidates)
        rule_quotes: dict[int, QuoteRef] = {}
        for quote in rule_all:
            if quote.cue is not None:
                rule_quotes.setdefault(quote.cue.root.i, quote)
        rule_cues = {c.cue.root.i for c in candidates}
        table = token_table(doc)
        lowers, texts, pos, tags = table.lowers, table.texts, table.pos, table.tags
        deps, heads, puncts, spaces = table.deps, table.heads, table.puncts, table.spaces
        lemmas = list(map(mended_lemma, table.lemmas, lowers))
        tokens = list(doc)
        ents = [t.ent_type_ for t in tokens]
        # spaCy's own edges (edges computed from the heads differ from them on some parses)
        left_edges = [t.left_edge.i for t in tokens]
        right_edges = [t.right_edge.i for t in tokens]
        children = table.children
        marks = [text in QUOTE_MARKS for text in texts]
        # as `attribution._loose`: a space, or punctuation that is no quotation mark
        loose = [space or (punct and text not in QUOTE_MARKS)
                 for space, punct, text in zip(spaces, puncts, texts, strict=True)]
        sentences: list[tuple[int, int, bool, bool]] = []
        sent_starts = [False] * len(doc)
        for sent in doc.sents:
            sent_starts[sent.start] = True
            facts = (sent.start, sent.end, any(marks[sent.start : sent.end]),
                     ":" in lowers[sent.start : sent.end])
            sentences += [facts] * (sent.end - sent.start)
        quoted = [k >= 0 for k in in_quote]
        return cls(
            doc=doc, quotations=quotations, in_quote=in_quote, rule_quotes=rule_quotes,
            rule_cues=rule_cues, rule_all=rule_all, lowers=lowers, marks=marks, lemmas=lemmas,
            texts=texts, pos=pos, tags=tags, deps=deps, ents=ents, heads=heads,
            children=children, left_edges=left_edges, right_edges=right_edges, puncts=puncts,
            spaces=spaces, sent_starts=sent_starts, loose=loose, sentences=sentences,
            quoted_before=_running_count(quoted), marks_before=_running_count(marks),
            quoted_or_punct_before=_running_count(
                q or p for q, p in zip(quoted, puncts, strict=True)),
            quoted_punct_or_space_before=_running_count(
                q or p or s for q, p, s in zip(quoted, puncts, spaces, strict=True)),
            breaks_before=_running_count("\n" in text for text in texts),
            rule_lemmas=frozenset(lemmas[i] for i in rule_quotes))

    def cue_candidates(self) -> Iterator[int]:
        """The tokens `is_cue_candidate` accepts, by index."""
        for i, (pos, text) in enumerate(zip(self.pos, self.texts, strict=True)):
            if pos in _CUE_POS or text == ":" or text in _DASHES:
                yield i

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """`attribution._trim` on token indices: (start, end), or None when nothing is left."""
        loose = self.loose
        while start < end and loose[start]:
            start += 1
        while end > start and loose[end - 1]:
            end -= 1
        return (start, end) if start < end else None

    def noun_phrase(self, i: int) -> tuple[int, int]:
        """(start, end) of `noun_phrase` of token `i`, read from the lists."""
        phrase = self.phrases.get(i)
        if phrase is None:
            phrase = self.phrases[i] = self._noun_phrase(i)
        return phrase

    def _noun_phrase(self, i: int) -> tuple[int, int]:
        if self.deps[i] == "poss" or self.tags[i] == "PRP$":
            return (i, i + 1)
        texts, right_edges = self.texts, self.right_edges
        start = self.left_edges[i]
        for j in range(i - 1, start - 1, -1):
            if texts[j] in QUOTE_MARKS or "\n" in texts[j]:
                start = j + 1  # a subhead or quotation run into the phrase by the parser
                break
        while start < i and (self.puncts[start] or self.spaces[start]):
            start += 1
        end = i + 1
        for child in self.children[i]:  # in text order: `token.rights` are those after it
            if child > i and self.deps[child] in _NAME_PARTS and child == end:
                end = right_edges[child] + 1
        return (start, end)

    def subject(self, i: int) -> Span | None:
        """`_subject_of` token `i`."""
        if i not in self.subjects:
            self.subjects[i] = _subject_of(self.doc[i])
        return self.subjects[i]

    def root(self, start: int, end: int) -> int:
        """The index of `doc[start:end].root`."""
        root = self.roots.get((start, end))
        if root is None:
            root = self.roots[start, end] = self.doc[start:end].root.i
        return root


def _running_count(flags: Iterable[bool]) -> list[int]:
    """Entry k: how many of the first k flags are set (one entry more than flags)."""
    return list(accumulate(map(int, flags), initial=0))


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20, 40, 80):
        if n <= limit:
            return str(limit)
    return "many"


def _cue_lexicon(lemma: str) -> list[str]:
    groups = []
    if lemma in CLAUSE_VERBS:
        groups.append("clause")
    if lemma in OBJECT_VERBS:
        groups.append("object")
    if lemma in INFINITIVE_VERBS:
        groups.append("inf")
    if lemma in PHRASAL_CUES:
        groups.append("phrasal")
    if lemma in CUE_NOUNS:
        groups.append("noun")
    return groups


def is_cue_candidate(token: Token) -> bool:
    if token.pos_ in _CUE_POS:
        return True
    return token.text == ":" or token.text in _DASHES


_CHILD_LEMMA_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "nsubj", "prt", "poss", "acl",
                               "punct", "advcl", "nsubjpass"})


# The words around a cue candidate, by offset, as their feature names' prefixes.
_WINDOW = ((-2, "w-2="), (-1, "w-1="), (1, "w1="), (2, "w2="))


def _nearest_word(lowers: list[str], i: int, step: int) -> int | None:
    """The nearest of the three tokens before (`step` -1) or after (1) token `i` that is not
    blank; a plain loop, as a generator expression costs more than the search."""
    j = i + step
    for _ in range(3):
        if not 0 <= j < len(lowers):
            return None
        if lowers[j].strip():
            return j
        j += step
    return None


def cue_features(token: Token, signals: Signals) -> list[str]:
    lemmas, lowers, texts = signals.lemmas, signals.lowers, signals.texts
    pos_of, deps_of, ents, children_of = signals.pos, signals.deps, signals.ents, signals.children
    i = token.i
    lemma = lemmas[i]
    pos = pos_of[i]
    dep = deps_of[i]
    tag = signals.tags[i]
    head = signals.heads[i]
    children = children_of[i]
    deps = sorted({deps_of[c] for c in children})
    f = [f"lemma={lemma}", f"pos={pos}", f"tag={tag}", f"dep={dep}",
         f"lemma|pos={lemma}|{pos}", f"lemma|dep={lemma}|{dep}",
         f"head={lemmas[head]}", f"headdep={deps_of[head]}",
         f"pos|dep={pos}|{dep}", f"pos|headpos={pos}|{pos_of[head]}"]
    f += [f"child={d}" for d in deps]
    f += [f"lemma|child={lemma}|{d}" for d in deps if d in _CHILD_LEMMA_DEPS]
    f += [f"pos|child={pos}|{d}" for d in deps]
    groups = _cue_lexicon(lemma)
    f += [f"lex={g}" for g in groups]
    f += [f"lex|dep={g}|{dep}" for g in groups]
    for c in children:
        if deps_of[c] in {"prep", "prt"}:
            f.append(f"lemma|prep={lemma}|{lowers[c]}")
        if deps_of[c] in {"nsubj", "nsubjpass"}:
            f.append(f"subj={pos_of[c]}|{ents[c]}")
            f.append(f"lemma|subjpos={lemma}|{pos_of[c]}")
    if i in signals.rule_cues:
        f += ["rule_cand", f"rule_cand|pos={pos}"]
    rule = signals.rule_quotes.get(i)
    if rule is not None:
        f += ["rule_quote", f"rule_quote={rule.kind}", f"rule_quote|src={rule.source is not None}",
              f"rule_quote|lemma={lemma}"]
    inside = signals.in_quote[i] >= 0
    f.append(f"in_quote={inside}")
    if inside:
        f.append(f"in_quote|lemma={lemma}")
    is_mark, marks_before, n = signals.marks, signals.marks_before, len(lowers)
    before_i = _nearest_word(lowers, i, -1)
    after_i = _nearest_word(lowers, i, 1)
    f.append(f"prev={lowers[before_i] if before_i is not None else '<s>'}")
    f.append(f"next={lowers[after_i] if after_i is not None else '</s>'}")
    near_before = marks_before[i] > marks_before[max(0, i - 4)]
    near_after = marks_before[min(n, i + 4)] > marks_before[i + 1]
    f.append(f"marks={near_before}|{near_after}")
    f.append(f"marks|pos={near_before}|{near_after}|{pos}")
    if texts[i] == ":" or texts[i] in _DASHES:
        line_start = i
        while line_start > 0 and "\n" not in texts[line_start - 1]:
            line_start -= 1
        f.append(f"colon_at={_bucket(i - line_start)}")
        f.append(f"colon|next_mark={after_i is not None and is_mark[after_i]}")
    if signals.sent_starts[i]:
        f.append("sent_start")
    f += [f"lemma|head={lemma}|{lemmas[head]}", f"tag|dep|headpos={tag}|{dep}|{pos_of[head]}"]
    if pos in {"VERB", "AUX"}:
        subject = signals.subject(i)
        root = None if subject is None else signals.root(subject.start, subject.end)
        kind = "none" if root is None else (ents[root] or pos_of[root])
        f += [f"subject={kind}", f"lemma|subject={lemma}|{kind == 'none'}"]
    for c in children:
        child_dep = deps_of[c]
        if child_dep in {"acomp", "attr", "dobj", "xcomp", "ccomp", "oprd"}:
            f.append(f"lemma|{child_dep}={lemma}|{lemmas[c]}")
            f.append(f"{child_dep}={lemmas[c]}")
        if child_dep in {"ccomp", "xcomp", "advcl"}:
            marks = [lowers[g] for g in children_of[c] if deps_of[g] in {"mark", "aux"}]
            f.append(f"lemma|{child_dep}_mark={lemma}|{'|'.join(marks[:2])}")
            if c < i:
                f.append(f"{child_dep}_before|pos={pos}")
        if child_dep in {"nsubj", "nsubjpass"}:
            person = ents[c] in {"PERSON", "ORG", "NORP", "GPE"} or pos_of[c] == "PRON"
            f.append(f"subj_agent={person}|{pos}")
            f.append(f"lemma|subj_agent={lemma}|{person}")
    for offset, name in _WINDOW:
        if 0 <= i + offset < n:
            f.append(name + lowers[i + offset])
    f.append(f"prevlemma|lemma={lemmas[before_i] if before_i is not None else '<s>'}|{lemma}")
    f.append(f"lemma|nextlower={lemma}|{lowers[after_i] if after_i is not None else '</s>'}")
    if inside:
        f.append(f"in_quote|pos|dep={pos}|{dep}")
    f += _context_features(i, signals, lemma)
    return f


_AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _context_features(i: int, signals: Signals, lemma: str) -> list[str]:
    """Who the cue's subject (or possessor, or agent) is, the path up the parse, the
    sentence around it, and whether the rules use the same word as a cue elsewhere."""
    lemmas, pos, deps, ents = signals.lemmas, signals.pos, signals.deps, signals.ents
    f = []
    for c in signals.children[i]:
        dep = deps[c]
        if dep not in {"nsubj", "nsubjpass", "poss", "agent"}:
            continue
        root: int | None = c
        if dep == "agent":
            root = next((g for g in signals.children[c] if deps[g] == "pobj"), None)
        if root is None:
            continue
        kind = ents[root] if ents[root] in _AGENT_ENTS else pos[root]
        f += [f"{dep}_lemma={lemmas[root]}", f"{dep}_kind={kind}",
              f"lemma|{dep}_kind={lemma}|{kind}"]
    head = signals.heads[i]
    f += [f"path={deps[i]}>{deps[head]}>{deps[signals.heads[head]]}",
          f"headhead={lemmas[signals.heads[head]]}",
          f"head|dep={lemmas[head]}|{deps[i]}",
          f"headpos|dep|lemma={pos[head]}|{deps[i]}|{lemma}"]
    start, end, quoted, colon = signals.sentences[i]
    place = "first" if i - start < 3 else "last" if end - i < 4 else "mid"
    elsewhere = lemma in signals.rule_lemmas and i not in signals.rule_quotes
    f += [f"sent_quoted={quoted}", f"sent_place={place}", f"lemma|sent_quoted={lemma}|{quoted}",
          f"sent_colon={colon}", f"pos|sent_place={pos[i]}|{place}",
          f"rule_lemma_elsewhere={elsewhere}"]
    return f


CueScorer = Callable[[int, Signals], float]


def cue_scorer(model: LinearModel) -> CueScorer:
    """A function of a token index and the Signals giving `model.score(cue_features(...))`
    summed in another order: the same weights of the same features, looked up by template
    (`LinearModel.tables`) without building most features' names, so equal to it but for
    the rounding of the sum (`score` adds in the order of a set of strings, which the hash
    seed sets). `scored_quotes` uses it to pass over the cues that cannot reach its floor;
    keep it in step with `cue_features` (tests/test_quote_model.py holds them together)."""
    tables = model.tables
    none: dict[str, float] = {}

    def table(prefix: str) -> Callable[[str, float], float]:
        return tables.get(prefix, none).get

    w_lemma, w_pos, w_tag, w_dep = table("lemma="), table("pos="), table("tag="), table("dep=")
    w_lemma_pos, w_lemma_dep = table("lemma|pos="), table("lemma|dep=")
    w_head, w_headdep = table("head="), table("headdep=")
    w_pos_dep, w_pos_headpos = table("pos|dep="), table("pos|headpos=")
    w_child, w_pos_child, w_lemma_child = table("child="), table("pos|child="), table(
        "lemma|child=")
    w_lex, w_lex_dep = table("lex="), table("lex|dep=")
    w_rule_cand, w_rule_cand_pos = table("rule_cand"), table("rule_cand|pos=")
    w_rule_quote, w_rule_quote_kind = table("rule_quote"), table("rule_quote=")
    w_rule_quote_src, w_rule_quote_lemma = table("rule_quote|src="), table("rule_quote|lemma=")
    w_in_quote, w_in_quote_lemma = table("in_quote="), table("in_quote|lemma=")
    w_in_quote_pos_dep = table("in_quote|pos|dep=")
    w_prev, w_next, w_marks, w_marks_pos = table("prev="), table("next="), table(
        "marks="), table("marks|pos=")
    w_colon_at, w_colon_next = table("colon_at="), table("colon|next_mark=")
    w_sent_start = table("sent_start")
    w_lemma_head, w_tag_dep_headpos = table("lemma|head="), table("tag|dep|headpos=")
    w_subject, w_lemma_subject = table("subject="), table("lemma|subject=")
    window = tuple((offset, table(name)) for offset, name in _WINDOW)
    w_prevlemma, w_nextlower = table("prevlemma|lemma="), table("lemma|nextlower=")
    w_path, w_headhead, w_head_dep = table("path="), table("headhead="), table("head|dep=")
    w_headpos_dep_lemma = table("headpos|dep|lemma=")
    w_sent_quoted, w_sent_place = table("sent_quoted="), table("sent_place=")
    w_lemma_sent_quoted, w_sent_colon = table("lemma|sent_quoted="), table("sent_colon=")
    w_pos_sent_place, w_elsewhere = table("pos|sent_place="), table("rule_lemma_elsewhere=")
    bias = model.bias

    def score(i: int, signals: Signals) -> float:
        lemmas, lowers, texts = signals.lemmas, signals.lowers, signals.texts
        pos_of, deps_of, ents = signals.pos, signals.deps, signals.ents
        children_of, heads = signals.children, signals.heads
        lemma = lemmas[i]
        pos = pos_of[i]
        dep = deps_of[i]
        tag = signals.tags[i]
        head = heads[i]
        head_lemma, head_pos = lemmas[head], pos_of[head]
        children = children_of[i]
        total = (w_lemma(lemma, 0.0) + w_pos(pos, 0.0) + w_tag(tag, 0.0) + w_dep(dep, 0.0)
                 + w_lemma_pos(f"{lemma}|{pos}", 0.0) + w_lemma_dep(f"{lemma}|{dep}", 0.0)
                 + w_head(head_lemma, 0.0) + w_headdep(deps_of[head], 0.0)
                 + w_pos_dep(f"{pos}|{dep}", 0.0) + w_pos_headpos(f"{pos}|{head_pos}", 0.0))
        if children:
            child_deps = {deps_of[c] for c in children}
            for d in child_deps:
                total += w_child(d, 0.0) + w_pos_child(f"{pos}|{d}", 0.0)
                if d in _CHILD_LEMMA_DEPS:
                    total += w_lemma_child(f"{lemma}|{d}", 0.0)
            if not child_deps.isdisjoint(_DEPENDENT_FEATURE_DEPS):
                total += _dependents_score(i, signals, tables, none)
        for g in _cue_lexicon(lemma):
            total += w_lex(g, 0.0) + w_lex_dep(f"{g}|{dep}", 0.0)
        if i in signals.rule_cues:
            total += w_rule_cand("", 0.0) + w_rule_cand_pos(pos, 0.0)
        rule = signals.rule_quotes.get(i)
        if rule is not None:
            total += (w_rule_quote("", 0.0) + w_rule_quote_kind(rule.kind, 0.0)
                      + w_rule_quote_src(str(rule.source is not None), 0.0)
                      + w_rule_quote_lemma(lemma, 0.0))
        inside = signals.in_quote[i] >= 0
        total += w_in_quote(str(inside), 0.0)
        if inside:
            total += w_in_quote_lemma(lemma, 0.0) + w_in_quote_pos_dep(f"{pos}|{dep}", 0.0)
        marks_before, n = signals.marks_before, len(lowers)
        # `_nearest_word`, with the usual case (the very next word is one) first
        before_i: int | None = i - 1
        if not (i > 0 and lowers[i - 1].strip()):
            before_i = _nearest_word(lowers, i, -1)
        after_i: int | None = i + 1
        if not (i + 1 < n and lowers[i + 1].strip()):
            after_i = _nearest_word(lowers, i, 1)
        after = lowers[after_i] if after_i is not None else "</s>"
        total += (w_prev(lowers[before_i] if before_i is not None else "<s>", 0.0)
                  + w_next(after, 0.0))
        near = (f"{marks_before[i] > marks_before[max(0, i - 4)]}|"
                f"{marks_before[min(n, i + 4)] > marks_before[i + 1]}")
        total += w_marks(near, 0.0) + w_marks_pos(f"{near}|{pos}", 0.0)
        if texts[i] == ":" or texts[i] in _DASHES:
            line_start = i
            while line_start > 0 and "\n" not in texts[line_start - 1]:
                line_start -= 1
            total += (w_colon_at(_bucket(i - line_start), 0.0)
                      + w_colon_next(str(after_i is not None and signals.marks[after_i]), 0.0))
        if signals.sent_starts[i]:
            total += w_sent_start("", 0.0)
        total += (w_lemma_head(f"{lemma}|{head_lemma}", 0.0)
                  + w_tag_dep_headpos(f"{tag}|{dep}|{head_pos}", 0.0))
        if pos in {"VERB", "AUX"}:
            subject = signals.subject(i)
            root = None if subject is None else signals.root(subject.start, subject.end)
            kind = "none" if root is None else (ents[root] or pos_of[root])
            total += (w_subject(kind, 0.0)
                      + w_lemma_subject(f"{lemma}|{kind == 'none'}", 0.0))
        for offset, weight in window:
            if 0 <= i + offset < n:
                total += weight(lowers[i + offset], 0.0)
        total += (w_prevlemma(f"{lemmas[before_i] if before_i is not None else '<s>'}|{lemma}",
                              0.0)
                  + w_nextlower(f"{lemma}|{after}", 0.0))
        # `_context_features` but for the dependents' (in `_dependents_score`)
        grand = heads[head]
        total += (w_path(f"{dep}>{deps_of[head]}>{deps_of[grand]}", 0.0)
                  + w_headhead(lemmas[grand], 0.0) + w_head_dep(f"{head_lemma}|{dep}", 0.0)
                  + w_headpos_dep_lemma(f"{head_pos}|{dep}|{lemma}", 0.0))
        start, end, quoted, colon = signals.sentences[i]
        place = "first" if i - start < 3 else "last" if end - i < 4 else "mid"
        elsewhere = lemma in signals.rule_lemmas and i not in signals.rule_quotes
        total += (w_sent_quoted(str(quoted), 0.0) + w_sent_place(place, 0.0)
                  + w_lemma_sent_quoted(f"{lemma}|{quoted}", 0.0)
                  + w_sent_colon(str(colon), 0.0) + w_pos_sent_place(f"{pos}|{place}", 0.0)
                  + w_elsewhere(str(elsewhere), 0.0))
        return bias + total

    return score


# The dependents' relations `_dependents_score` has features for.
_DEPENDENT_FEATURE_DEPS = frozenset({"prep", "prt", "nsubj", "nsubjpass", "acomp", "attr",
                                     "dobj", "xcomp", "ccomp", "oprd", "advcl", "poss",
                                     "agent"})


def _dependents_score(i: int, signals: Signals, tables: dict[str, dict[str, float]],
                      none: dict[str, float]) -> float:
    """The weights of `cue_features`' (and `_context_features`') features of token `i`'s
    dependents, each feature once however many dependents give it (`score` sums a set)."""
    lemmas, lowers, pos_of = signals.lemmas, signals.lowers, signals.pos
    deps_of, ents, children_of = signals.deps, signals.ents, signals.children
    lemma, pos = lemmas[i], pos_of[i]
    found: set[tuple[str, str]] = set()
    for c in children_of[i]:
        child_dep = deps_of[c]
        if child_dep in {"prep", "prt"}:
            found.add(("lemma|prep=", f"{lemma}|{lowers[c]}"))
        elif child_dep in {"nsubj", "nsubjpass"}:
            person = ents[c] in _AGENT_ENTS or pos_of[c] == "PRON"
            found.add(("subj=", f"{pos_of[c]}|{ents[c]}"))
            found.add(("lemma|subjpos=", f"{lemma}|{pos_of[c]}"))
            found.add(("subj_agent=", f"{person}|{pos}"))
            found.add(("lemma|subj_agent=", f"{lemma}|{person}"))
        elif child_dep in {"acomp", "attr", "dobj", "xcomp", "ccomp", "oprd"}:
            found.add((f"lemma|{child_dep}=", f"{lemma}|{lemmas[c]}"))
            found.add((f"{child_dep}=", lemmas[c]))
        if child_dep in {"ccomp", "xcomp", "advcl"}:
            marks = [lowers[g] for g in children_of[c] if deps_of[g] in {"mark", "aux"}]
            found.add((f"lemma|{child_dep}_mark=", f"{lemma}|{'|'.join(marks[:2])}"))
            if c < i:
                found.add((f"{child_dep}_before|pos=", pos))
        if child_dep in {"nsubj", "nsubjpass", "poss", "agent"}:  # as `_context_features`
            root: int | None = c
            if child_dep == "agent":
                root = next((g for g in children_of[c] if deps_of[g] == "pobj"), None)
            if root is not None:
                kind = ents[root] if ents[root] in _AGENT_ENTS else pos_of[root]
                found.add((f"{child_dep}_lemma=", lemmas[root]))
                found.add((f"{child_dep}_kind=", kind))
                found.add((f"lemma|{child_dep}_kind=", f"{lemma}|{kind}"))
    return sum(tables.get(prefix, none).get(rest, 0.0) for prefix, rest in found)


def cue_part_candidates(head: Token, signals: Signals) -> Iterator[Token]:
    """Tokens next to the cue head that may belong to its span."""
    h, heads, texts = head.i, signals.heads, signals.texts
    for j in range(max(0, h - 4), min(len(heads), h + 4)):
        if j == h or signals.spaces[j] or "\n" in texts[j]:
            continue
        if heads[j] == h or (heads[heads[j]] == h and heads[j] != j
                             and abs(heads[j] - h) <= 2):
            yield head.doc[j]


def cue_part_features(token: Token, head: Token, signals: Signals) -> list[str]:
    i, h = token.i, head.i
    dep, lower = signals.deps[i], signals.lowers[i]
    side = "L" if i < h else "R"
    lemma = signals.lemmas[h]
    direct = signals.heads[i] == h
    return [f"dep={dep}", f"lower={lower}", f"side={side}",
            f"dep|side={dep}|{side}", f"dist={i - h}",
            f"direct={direct}", f"head={lemma}", f"head|dep={lemma}|{dep}",
            f"head|lower={lemma}|{lower}", f"headpos|dep={signals.pos[h]}|{dep}",
            f"dep|lower={dep}|{lower}", f"pos={signals.pos[i]}"]


def cue_span(head: Token, model: LinearModel, signals: Signals) -> Span:
    start, end = head.i, head.i + 1
    parts = sorted(cue_part_candidates(head, signals), key=lambda t: abs(t.i - head.i))
    for token in parts:
        if model.probability(cue_part_features(token, head, signals)) >= 0.5:
            start, end = min(start, token.i), max(end, token.i + 1)
    return head.doc[start:end]


# ---------------------------------------------------------------------------- content


def _line_after(i: int, signals: Signals) -> tuple[int, int] | None:
    """The rest of token `i`'s line, trimmed."""
    texts = signals.texts
    end = i + 1
    while end < len(texts) and "\n" not in texts[end]:
        end += 1
    return signals.trim(i + 1, end)


def content_candidates(head: Token, signals: Signals) -> dict[tuple[int, int], list[str]]:
    """Candidate content spans of a cue head, each with the names of what proposed it."""
    h = head.i
    deps, lowers, children = signals.deps, signals.lowers, signals.children
    lefts, rights, trim = signals.left_edges, signals.right_edges, signals.trim
    found: dict[tuple[int, int], list[str]] = {}

    def add(span: tuple[int, int] | None, kind: str) -> None:
        if span is None or span[1] - span[0] == 0 or span[1] - span[0] > _MAX_CONTENT:
            return
        if span[0] <= h < span[1] and kind != "rule":
            return
        found.setdefault(span, []).append(kind)

    for c in children[h]:
        if signals.puncts[c] or signals.spaces[c]:
            continue
        add(trim(lefts[c], rights[c] + 1), f"child:{deps[c]}")
        if deps[c] in {"prep", "agent", "prt"}:
            for g in children[c]:
                add(trim(lefts[g], rights[g] + 1), f"prep:{lowers[c]}:{deps[g]}")
            if c > h:
                add(trim(c + 1, rights[h] + 1), f"after_prep:{lowers[c]}")
    right = [c for c in children[h] if c > h and not signals.puncts[c]]
    if right:
        add(trim(lefts[right[0]], rights[h] + 1), "right_subtree")
    parent = signals.heads[h]
    if parent != h:
        if h > parent:
            add(trim(lefts[parent], lefts[h]), f"parent_left:{deps[h]}")
        else:
            add(trim(rights[h] + 1, rights[parent] + 1), f"parent_right:{deps[h]}")
        add(trim(lefts[parent], rights[parent] + 1), f"parent:{deps[h]}")
    sent_start, sent_end = signals.sentences[h][:2]
    add(trim(h + 1, sent_end), "sent_after")
    add(trim(sent_start, lefts[h]), "sent_before")
    if signals.texts[h] == ":" or signals.texts[h] in _DASHES:
        add(_line_after(h, signals), "line_after")
    for k, quotation in enumerate(signals.quotations):
        if quotation.end <= h and h - quotation.end <= 12:
            add((quotation.start, quotation.end), "quote_before")
        elif quotation.start > h and quotation.start - h <= 12:
            add((quotation.start, quotation.end), "quote_after")
        if k > 0 and quotation.start > h + 60:
            break
    rule = signals.rule_quotes.get(h)
    if rule is not None:
        add((rule.content.start, rule.content.end), "rule")
    return found


def content_features(span: tuple[int, int], kinds: list[str], head: Token,
                     signals: Signals) -> list[str]:
    start, end = span
    h = head.i
    lemma = signals.lemmas[h]
    head_pos = signals.pos[h]
    side = "after" if start > h else ("before" if end <= h else "around")
    gap = start - h - 1 if side == "after" else (h - end if side == "before" else 0)
    n = end - start
    f = [f"side={side}", f"len={_bucket(n)}", f"side|len={side}|{_bucket(n)}",
         f"first={signals.lowers[start]}", f"first_pos={signals.pos[start]}",
         f"last={signals.texts[end - 1]}", f"headpos={head_pos}", f"gap={_bucket(gap)}"]
    for kind in kinds:
        f += [f"kind={kind}", f"kind|lemma={kind}|{lemma}", f"kind|pos={kind}|{head_pos}",
              f"kind|side={kind}|{side}"]
    f.append(f"nkinds={min(len(kinds), 4)}")
    if signals.quoted_before[end] > signals.quoted_before[start]:
        bound = signals.quoted_or_punct_before
        whole = bound[end] - bound[start] == n
        f.append(f"quoted={'all' if whole else 'part'}")
        f.append(f"quoted|side={'all' if whole else 'part'}|{side}")
    sentences = len({signals.sentences[i][0] for i in (start, end - 1)})
    f.append(f"sents={sentences}")
    if signals.breaks_before[end] > signals.breaks_before[start]:
        f.append("crosses_line")
    return f


# ---------------------------------------------------------------------------- source


NONE_SPAN = (-1, -1)


def source_candidates(head: Token, signals: Signals) -> dict[tuple[int, int], list[str]]:
    h, texts = head.i, signals.texts
    found: dict[tuple[int, int], list[str]] = {NONE_SPAN: ["none"]}
    sent_start, sent_end = signals.sentences[h][:2]
    lo = max(sent_start, h - _SOURCE_WINDOW)
    hi = min(sent_end, h + _SOURCE_WINDOW)
    if texts[h] == ":" or texts[h] in _DASHES:
        line_start = h
        while line_start > 0 and "\n" not in texts[line_start - 1]:
            line_start -= 1
        label = signals.trim(line_start, h)
        if label is not None:
            found.setdefault(label, []).append("label")
        lo = min(lo, line_start)
    pos, deps = signals.pos, signals.deps
    for i in range(lo, hi):
        if pos[i] not in _NP_POS or deps[i] in _NP_SKIP_DEPS:
            continue
        found.setdefault(signals.noun_phrase(i), []).append("np")
    subject = signals.subject(h) if pos[h] in {"VERB", "AUX"} else None
    if subject is not None:
        found.setdefault((subject.start, subject.end), []).append("rule_subject")
    rule = signals.rule_quotes.get(h)
    if rule is not None and rule.source is not None:
        found.setdefault((rule.source.start, rule.source.end), []).append("rule")
    return found


def _relation(token: int, head: int, signals: Signals) -> str:
    heads, deps = signals.heads, signals.deps
    if heads[token] == head:
        return f"child:{deps[token]}"
    if heads[heads[token]] == head and heads[token] != token:
        return f"grand:{deps[heads[token]]}:{deps[token]}"
    if heads[head] != head and heads[token] == heads[head]:
        return f"sibling:{deps[head]}:{deps[token]}"
    if heads[head] == token:
        return f"parent:{deps[head]}"
    return "other"


def source_features(span: tuple[int, int], kinds: list[str], head: Token,
                    signals: Signals) -> list[str]:
    h = head.i
    lemma = signals.lemmas[h]
    pos, deps, ents = signals.pos, signals.deps, signals.ents
    if span == NONE_SPAN:
        child_deps = {deps[c] for c in signals.children[h]}
        return ["none", f"none|pos={pos[h]}", f"none|lemma={lemma}",
                f"none|subj={bool(child_deps & {'nsubj', 'nsubjpass', 'agent', 'poss'})}",
                f"none|dep={deps[h]}", f"none|inq={signals.in_quote[h] >= 0}"]
    root = signals.root(*span)
    side = "L" if span[1] <= h else ("R" if span[0] > h else "O")
    distance = h - span[1] if side == "L" else span[0] - h
    relation = _relation(root, h, signals)
    f = [f"rel={relation}", f"rel|lemma={relation}|{lemma}", f"rel|pos={relation}|{pos[h]}",
         f"side={side}", f"dist={_bucket(max(0, distance))}",
         f"side|dist={side}|{_bucket(max(0, distance))}", f"rootpos={pos[root]}",
         f"rootdep={deps[root]}", f"ent={ents[root]}", f"rootdep|side={deps[root]}|{side}",
         f"len={_bucket(span[1] - span[0])}"]
    if pos[root] == "PRON":
        f.append(f"pron={signals.lowers[root]}")
    for kind in kinds:
        f += [f"kind={kind}", f"kind|pos={kind}|{pos[h]}"]
    inside = signals.in_quote[root] >= 0
    f.append(f"in_quote={inside}|{signals.in_quote[h] >= 0}")
    if ents[root]:
        f.append(f"ent|rel={ents[root]}|{relation}")
    return f


# ---------------------------------------------------------------------------- decoding


def _best(candidates: dict[tuple[int, int], list[str]], model: LinearModel,
          featurize: Any) -> tuple[tuple[int, int], float] | None:
    best: tuple[tuple[int, int], float] | None = None
    for span, kinds in candidates.items():
        score = model.score(featurize(span, kinds))
        if best is None or score > best[1]:
            best = (span, score)
    return best


def _kind(content: Span, signals: Signals) -> QuoteKind:
    start, end = content.start, content.end
    if signals.quoted_before[end] == signals.quoted_before[start]:
        return "indirect"
    covered = signals.quoted_punct_or_space_before
    if covered[end] - covered[start] == end - start:
        return "direct"
    return "mixed"


def scored_quotes(doc: Doc, model: QuoteModel, signals: Signals | None = None,
                  floor: float | None = None) -> list[tuple[float, QuoteRef]]:
    """Each cue head the model gives at least `floor` (its threshold by default), with its
    probability and quote (speakers not yet resolved), in text order of the cues; auxiliaries
    and prepositions in those roles (`_FUNCTION_ROLES`) are not scored."""
    signals = signals or Signals.of(doc)
    floor = model.floor if floor is None else floor
    found: list[tuple[float, QuoteRef]] = []
    signals.probabilities.clear()  # this model's, for `rule_probabilities`
    cue_lemmas, pos, lemmas, deps = model.cue_lemmas, signals.pos, signals.lemmas, signals.deps
    for i in signals.cue_candidates():
        if pos[i] in _OPEN_CLASS_POS and lemmas[i] not in cue_lemmas:
            continue
        if (pos[i], deps[i]) in _FUNCTION_ROLES:
            continue
        # the weights of `cue_features`, summed without building the features' names
        probability = signals.probabilities[i] = logistic(model.cue_scorer(i, signals))
        if probability < floor:
            continue
        quote = quote_at(doc[i], model, signals)
        if quote is not None:
            found.append((probability, quote))
    return found


def quote_at(head: Token, model: QuoteModel, signals: Signals) -> QuoteRef | None:
    """The quote whose cue head is `head`: its content, source, cue span, kind, addressee."""
    doc = head.doc
    chosen = _best(content_candidates(head, signals), model.content,
                   lambda span, kinds: content_features(span, kinds, head, signals))
    if chosen is None:
        return None
    content = doc[chosen[0][0] : chosen[0][1]]
    picked = _best(source_candidates(head, signals), model.source,
                   lambda span, kinds: source_features(span, kinds, head, signals))
    source = None
    if picked is not None and picked[0] != NONE_SPAN:
        source = doc[picked[0][0] : picked[0][1]]
    cue = cue_span(head, model.cue_part, signals)
    lemma, pos = signals.lemmas[head.i], signals.pos[head.i]
    addressee = _addressee(head, lemma) if pos in {"VERB", "AUX"} else None
    return QuoteRef(_kind(content, signals), content, cue, source, addressee_phrase=addressee)


def rule_probabilities(doc: Doc, model: QuoteModel, signals: Signals) -> dict[int, float]:
    """The cue model's probability for each cue head of the rules' quotes."""
    known = signals.probabilities
    return {i: known[i] if i in known else logistic(model.cue_scorer(i, signals))
            for i in signals.rule_quotes}


def decide(scored: list[tuple[float, QuoteRef]], model: QuoteModel,
           signals: Signals | None = None, rule_probs: dict[int, float] | None = None
           ) -> list[QuoteRef]:
    """The quotes the model keeps, one per content span (the likelier cue's), in text
    order: its own (mode "model"), or the rules' it does not reject and its own for the cues
    the rules missed (mode "hybrid", which needs `signals` and `rule_probs`); a source that
    holds its quote's whole content dropped (`_no_source_around_content`), here so that the
    training's cross-validation scores what inference gives."""
    kept: dict[tuple[int, int], tuple[float, QuoteRef]] = {}
    heads: set[int] = set()
    cueless: set[tuple[int, int]] = set()  # the rules' quotations no cue attributes
    if model.mode == "hybrid" and signals is not None and rule_probs is not None:
        # the model's spans for a rules' cue only where it would keep that cue itself: the
        # same at any scoring floor up to the thresholds (cross-validation scores lower)
        by_head = {q.cue.root.i: q for p, q in scored if q.cue is not None and p >= model.floor}
        for quote in signals.rule_all:
            probability = 1.0
            if quote.cue is not None:
                head = quote.cue.root.i
                # a transcript's or a reader's label ('SMITH: …', 'Ana Ruiz — “…”') stands
                label = quote.cue.text == ":" or quote.cue.text in _DASHES
                probability = 1.0 if label else rule_probs.get(head, 1.0)
                if probability < model.rule_threshold:
                    continue
                heads.add(head)
                learned = by_head.get(head)
                if learned is not None:
                    quote = _merged(quote, learned, "fill" if label else model.rule_spans)
            key = (quote.content.start, quote.content.end)
            if key not in kept:
                kept[key] = (probability, quote)
                if quote.cue is None:
                    cueless.add(key)
    for probability, quote in scored:
        if not model.keeps(probability, quote):
            continue
        if quote.cue is not None and quote.cue.root.i in heads:
            continue
        key = (quote.content.start, quote.content.end)
        # a quotation the rules found no cue for takes the cue the model found for it
        if key not in kept or probability > kept[key][0] or key in cueless:
            kept[key] = (probability, quote)
            cueless.discard(key)
    quotes = list(kept.values())
    if model.overlap == "outer":
        quotes = _outermost(quotes, model.nested)
    quotes.sort(key=lambda pq: (pq[1].content.start, pq[1].content.end))
    found = [quote for _, quote in quotes]
    if model.continuations and signals is not None:
        found = _continued(found, signals)
    return [_no_source_around_content(q) for q in found]


def _outermost(quotes: list[tuple[float, QuoteRef]], nested: float = 2.0
               ) -> list[tuple[float, QuoteRef]]:
    """The quotes whose contents overlap no longer content kept before them (longest first),
    but for those whose cue is given at least `nested`. A quote with a cue that overlaps
    only a longer quotation no cue attributes lends it its cue and source instead (its cue
    outside both contents: "the senator called the plan “…”")."""
    kept: list[tuple[float, QuoteRef]] = []
    for probability, quote in sorted(quotes, key=lambda pq: (
            pq[1].content.start - pq[1].content.end, pq[1].content.start)):
        start, end = quote.content.start, quote.content.end
        hits = [k for k, (_, q) in enumerate(kept)
                if start < q.content.end and q.content.start < end]
        if not hits:
            kept.append((probability, quote))
            continue
        outer = kept[hits[0]][1]
        cue = quote.cue
        if (len(hits) == 1 and outer.cue is None and cue is not None
                and not outer.content.start <= cue.root.i < outer.content.end):
            kept[hits[0]] = (probability, QuoteRef(
                outer.kind, outer.content, cue, quote.source,
                addressee_phrase=quote.addressee_phrase))
        elif probability >= nested and cue is not None:
            kept.append((probability, quote))
    return kept


def _continued(quotes: list[QuoteRef], signals: Signals) -> list[QuoteRef]:
    """Quotes in text order, each quotation no cue attributes that continues the quote
    before it (`_continues`) joined to it."""
    joined: list[QuoteRef] = []
    for quote in quotes:
        previous = joined[-1] if joined else None
        if (quote.cue is None and previous is not None and previous.cue is not None
                and _continues(previous, quote, signals)):
            content = quote.content.doc[previous.content.start : quote.content.end]
            joined[-1] = QuoteRef(_kind(content, signals), content, previous.cue,
                                  previous.source, addressee_phrase=previous.addressee_phrase)
            continue
        joined.append(quote)
    return joined


def _continues(previous: QuoteRef, quote: QuoteRef, signals: Signals) -> bool:
    """Whether `quote` starts after `previous` ends (its content, cue and source) with no
    other sentence, no quotation mark and at most one paragraph break between: a speaker's
    quotation running on into the next sentence or paragraph ("“A,” the mayor said, speaking
    to ….\n\n“B.”"), as PolNeAR annotates it."""
    assert previous.cue is not None
    end = max(previous.content.end, previous.cue.end,
              previous.source.end if previous.source is not None else 0)
    start = quote.content.start
    if end > start:
        return False
    breaks = 0
    for t in range(end, start):
        if signals.marks[t] or (signals.sent_starts[t] and not signals.spaces[t]):
            return False
        breaks += "\n" in signals.texts[t]
    return breaks <= 1


def _merged(rule: QuoteRef, learned: QuoteRef, spans: str) -> QuoteRef:
    """A rules' quote with what it takes from the model's quote for the same cue."""
    if spans in {"model", "strict"}:
        source = learned.source if learned.source is not None or spans == "strict" else (
            rule.source)
        if rule.kind != "indirect":  # the rules' quotation stands
            return QuoteRef(rule.kind, rule.content, learned.cue, source,
                            addressee_phrase=rule.addressee_phrase)
        return QuoteRef(learned.kind, learned.content, learned.cue, source,
                        addressee_phrase=rule.addressee_phrase)
    if learned.source is not None and (rule.source is None or spans == "source"):
        return QuoteRef(rule.kind, rule.content, rule.cue, learned.source,
                        addressee_phrase=rule.addressee_phrase)
    return rule


def predict_quotes(doc: Doc, model: QuoteModel) -> list[QuoteRef]:
    """The model's quotes of a parsed document in text order (speakers not yet resolved)."""
    signals = Signals.of(doc)
    return decide(scored_quotes(doc, model, signals), model, signals,
                  rule_probabilities(doc, model, signals))


def _no_source_around_content(quote: QuoteRef) -> QuoteRef:
    """Who says something is not what is said: a source span holding the whole content ("The
    wreck was located", "Protests are not reported": the subject chosen as both) is no
    source, and the quote has none."""
    source, content = quote.source, quote.content
    if source is not None and source.start <= content.start and content.end <= source.end:
        return replace(quote, source=None)
    return quote


def find_quotes_learned(doc: Doc, clusters: list[Cluster], model: QuoteModel
                        ) -> list[QuoteRef]:
    """Every quote the model finds, speakers and addressees resolved to clusters."""
    return _attach_clusters(predict_quotes(doc, model), clusters)
