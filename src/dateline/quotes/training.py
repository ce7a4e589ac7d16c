"""Learn the quote model (`model.py`) from PolNeAR's train split, with fixed seeds.

Examples come from the parsed articles (`corpus.load_parsed`):
- cue: every cue candidate token; positive when it is the root of a gold cue span (the
  other words of a gold cue span are left out: neither positive nor negative);
- cue_part: the tokens next to a gold cue's root; positive when inside the gold cue;
- content: per gold cue, its candidate spans; positive the one closest (token F1) to the
  gold content, when that is at least 0.3;
- source: per gold cue, its candidate noun phrases and "no source"; positive the one
  closest to the gold source (or "no source" when the gold has none).

Each is an L2 logistic regression (scikit-learn's liblinear: deterministic). The cue
thresholds, the mode, what the rules' quotes take from the model (`rule_spans`), what
to do with overlapping contents (`overlap`, `nested`) and with quotations that continue a
quote (`continuations`) are chosen on 5-fold cross-validation (folds of whole articles,
seed 0) for the best mean of content-overlap and source-overlap F1: the thresholds, mode,
`rule_spans` and `overlap` over a grid, then `rule_spans`, `nested` and `continuations`
from the best of it, then the thresholds again.
Needs scikit-learn (a dev extra).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import product
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from dateline.evaluate.scorers import PRF, span_prf
from dateline.quotes.attribution import QuoteRef, find_quotes
from dateline.quotes.corpus import CharSpan, GoldAttribution, ParsedArticle
from dateline.quotes.model import (
    NONE_SPAN,
    LinearModel,
    QuoteModel,
    Signals,
    content_candidates,
    content_features,
    cue_features,
    cue_part_candidates,
    cue_part_features,
    decide,
    is_cue_candidate,
    predict_quotes,
    rule_probabilities,
    scored_quotes,
    source_candidates,
    source_features,
)

SEED = 0
FOLDS = 5
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
RULE_THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4)
OVERLAPS = ("keep", "outer")
RULE_SPANS = ("fill", "source", "model")
# Tried in a second round, from the best of the first: the rules' quotes' sources as the
# model's whatever it found ("strict"), nested quotes kept from a cue probability, and
# continued quotations joined (`QuoteModel.nested`, `QuoteModel.continuations`).
RULE_SPANS_LATER = ("strict",)
NESTED = (2.0, 0.7, 0.8, 0.9)
CONTINUATIONS = (False, True)
C = 0.5
C_CUE = 0.15  # the cue model's (more features, more regularization; chosen on CV)
_MIN_WEIGHT = 0.005


@dataclass
class Examples:
    """Feature lists and labels of the four decisions."""

    cue: list[tuple[list[str], int]] = field(default_factory=list)
    cue_part: list[tuple[list[str], int]] = field(default_factory=list)
    content: list[tuple[list[str], int]] = field(default_factory=list)
    source: list[tuple[list[str], int]] = field(default_factory=list)

    def extend(self, other: Examples) -> None:
        self.cue += other.cue
        self.cue_part += other.cue_part
        self.content += other.content
        self.source += other.source


def _tokens(doc: Doc, span: CharSpan | None) -> Span | None:
    if span is None:
        return None
    try:
        found = doc.char_span(span[0], span[1], alignment_mode="expand")
    except (IndexError, ValueError):  # a span over spaces only
        return None
    return found if found is not None and len(found) else None


def _token_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = min(a[1], b[1]) - max(a[0], b[0])
    if common <= 0:
        return 0.0
    p, r = common / (a[1] - a[0]), common / (b[1] - b[0])
    return 2 * p * r / (p + r)


def gold_heads(doc: Doc, gold: Sequence[GoldAttribution]
               ) -> dict[int, tuple[GoldAttribution, Span]]:
    """Gold attributions by the root token of their cue (the first one per root)."""
    heads: dict[int, tuple[GoldAttribution, Span]] = {}
    for attribution in gold:
        cue = _tokens(doc, attribution.cue)
        if cue is not None:
            heads.setdefault(cue.root.i, (attribution, cue))
    return heads


def article_examples(article: ParsedArticle, signals: Signals | None = None) -> Examples:
    doc = article.doc
    signals = signals or Signals.of(doc)
    heads = gold_heads(doc, article.gold)
    out = Examples()
    # the other words of a gold cue ("has the backing of") are neither cue heads nor not
    inner = {i for _, cue in heads.values() for i in range(cue.start, cue.end)} - set(heads)
    for token in doc:
        if is_cue_candidate(token) and token.i not in inner:
            out.cue.append((cue_features(token, signals), int(token.i in heads)))
    for i, (attribution, cue) in heads.items():
        head = doc[i]
        for part in cue_part_candidates(head, signals):
            out.cue_part.append((cue_part_features(part, head, signals),
                                 int(cue.start <= part.i < cue.end)))
        content = _tokens(doc, attribution.content)
        if content is not None:
            _ranked(out.content, content_candidates(head, signals), (content.start, content.end),
                    partial(content_features, head=head, signals=signals))
        source = _tokens(doc, attribution.source)
        _ranked(out.source, source_candidates(head, signals),
                (source.start, source.end) if source is not None else NONE_SPAN,
                partial(source_features, head=head, signals=signals))
    return out


def _ranked(into: list[tuple[list[str], int]], candidates: dict[tuple[int, int], list[str]],
            gold: tuple[int, int], featurize: Callable[[tuple[int, int], list[str]], list[str]]
            ) -> None:
    def closeness(span: tuple[int, int]) -> float:
        if gold == NONE_SPAN or span == NONE_SPAN:
            return float(span == gold)
        return _token_f1(span, gold)

    if not candidates:
        return
    best = max(candidates, key=closeness)
    if closeness(best) < 0.3:
        return
    for span, kinds in candidates.items():
        into.append((featurize(span, kinds), int(span == best)))


def fit(examples: list[tuple[list[str], int]], c: float = C) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for f, _ in examples]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    y = [label for _, label in examples]
    if len(set(y)) < 2:
        return LinearModel(-5.0 if not any(y) else 5.0, {})
    classifier = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000,
                                    tol=1e-3)
    classifier.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): round(float(w), 4) for name, w in zip(names, classifier.coef_[0],
                                                              strict=True)
               if abs(w) >= _MIN_WEIGHT}
    return LinearModel(round(float(classifier.intercept_[0]), 5), weights)


def fit_model(examples: Examples, thresholds: tuple[float, float] = (0.5, 0.5),
              meta: dict[str, Any] | None = None) -> QuoteModel:
    return QuoteModel(fit(examples.cue, C_CUE), fit(examples.cue_part), fit(examples.content),
                      fit(examples.source), threshold=thresholds[0],
                      threshold_unsourced=thresholds[1], meta=meta or {})


# ---------------------------------------------------------------------------- scoring


PARTS = ("content", "source", "cue")


def score(golds: Sequence[Sequence[GoldAttribution]], predicted: Sequence[Sequence[QuoteRef]]
          ) -> dict[str, float]:
    """Cue, source and content P/R/F1, exact and overlap, as `dateline eval quotes` counts
    them (character spans; speakers are not scored here)."""
    totals: dict[str, PRF] = {}
    for gold, quotes in zip(golds, predicted, strict=True):
        for part in PARTS:
            gold_spans = sorted((s[0], s[1], "") for g in gold
                                if (s := getattr(g, part)) is not None)
            spans = sorted((s.start_char, s.end_char, "") for q in quotes
                           if (s := getattr(q, part)) is not None)
            for mode in ("exact", "overlap"):
                prf = span_prf(gold_spans, spans, overlap=mode == "overlap")
                key = f"{part}.{mode}"
                totals[key] = totals.get(key, PRF(0, 0, 0)) + prf
    metrics: dict[str, float] = {}
    for name, prf in sorted(totals.items()):
        metrics.update({k: round(v, 4) for k, v in prf.as_metrics(name).items()})
    return metrics


def _objective(metrics: dict[str, float]) -> float:
    return (metrics["content.overlap.f1"] + metrics["source.overlap.f1"]) / 2


@dataclass
class CrossValidation:
    model: dict[str, float]
    rules: dict[str, float]
    choice: dict[str, Any]
    pure: dict[str, float]


MODES = ("hybrid", "model")
# mode, cue threshold, unsourced threshold, rule threshold, overlap, rule_spans, nested,
# continuations
Choice = tuple[str, float, float, float, str, str, float, bool]


def cross_validate(articles: Sequence[ParsedArticle], signals: Sequence[Signals],
                   folds: int = FOLDS, log: Callable[[str], None] = print,
                   modes: Sequence[str] = ("hybrid",)) -> CrossValidation:
    """Out-of-fold scores of the model at its best thresholds in the best of `modes`, of
    the model alone (mode "model") at its best thresholds, and of the rules."""
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)
    fold_of = {article: k % folds for k, article in enumerate(order)}
    per_article = [article_examples(a, s) for a, s in zip(articles, signals, strict=True)]
    scored: list[list[tuple[float, QuoteRef]]] = [[] for _ in articles]
    rule_probs: list[dict[int, float]] = [{} for _ in articles]
    model = None
    for k in range(folds):
        train = Examples()
        for i, examples in enumerate(per_article):
            if fold_of[i] != k:
                train.extend(examples)
        model = fit_model(train)
        for i, article in enumerate(articles):
            if fold_of[i] == k:
                scored[i] = scored_quotes(article.doc, model, signals[i], min(THRESHOLDS))
                rule_probs[i] = rule_probabilities(article.doc, model, signals[i])
        log(f"fold {k + 1}/{folds} done")
    assert model is not None
    golds = [a.gold for a in articles]
    grid: dict[Choice, dict[str, float]] = {}

    def scored_at(t: Choice) -> dict[str, float]:
        if t not in grid:
            mode, sourced, unsourced, rule, overlap, spans, nested, continuations = t
            limits = replace(model, mode=mode, threshold=sourced, threshold_unsourced=unsourced,
                             rule_threshold=rule, overlap=overlap, rule_spans=spans,
                             nested=nested, continuations=continuations)
            grid[t] = score(golds, [decide(s, limits, g, p)
                                    for s, g, p in zip(scored, signals, rule_probs, strict=True)])
        return grid[t]

    def key(t: Choice) -> tuple[float, float]:
        return (_objective(scored_at(t)), -abs(t[1] - 0.5))

    def thresholds(t: Choice, rule_thresholds: Sequence[float]) -> list[Choice]:
        return [(t[0], sourced, unsourced, rule, *t[4:])
                for sourced, unsourced, rule in product(THRESHOLDS, THRESHOLDS, rule_thresholds)
                if unsourced >= sourced]

    def tune(mode: str) -> Choice:
        hybrid = mode == "hybrid"
        rule_thresholds = RULE_THRESHOLDS if hybrid else (0.0,)
        first = max((t for base in product((mode,), (0.5,), (0.5,), (0.0,), OVERLAPS,
                                            RULE_SPANS if hybrid else ("fill",), (2.0,), (False,))
                     for t in thresholds(base, rule_thresholds)), key=key)
        second = max(((*first[:5], spans, nested, continuations)
                      for spans, nested, continuations in product(
                          (*RULE_SPANS, *RULE_SPANS_LATER) if hybrid else (first[5],),
                          NESTED if first[4] == "outer" else (2.0,), CONTINUATIONS)), key=key)
        return max(thresholds(second, rule_thresholds), key=key)

    tuned = {mode: tune(mode) for mode in MODES}
    best = max((tuned[mode] for mode in modes), key=key)
    pure = tuned["model"]
    rules = score(golds, [find_quotes(a.doc, []) for a in articles])
    choice = {"mode": best[0], "threshold": best[1], "threshold_unsourced": best[2],
              "rule_threshold": best[3], "overlap": best[4], "rule_spans": best[5],
              "nested": best[6], "continuations": best[7]}
    return CrossValidation(grid[best], rules, choice, grid[pure])


def dev_scores(model: QuoteModel, articles: Sequence[ParsedArticle]) -> dict[str, dict[str, float]]:
    """The model and the rules on parsed articles (PolNeAR dev, say), spans only."""
    golds = [a.gold for a in articles]
    return {"model": score(golds, [predict_quotes(a.doc, model) for a in articles]),
            "rules": score(golds, [find_quotes(a.doc, []) for a in articles])}


def train(articles: Sequence[ParsedArticle], output: Path, *, folds: int = FOLDS,
          trained_on: str = "PolNeAR v1.0.0 train split", modes: Sequence[str] = ("hybrid",),
          log: Callable[[str], None] = print) -> QuoteModel:
    """Cross-validate (choosing the cue threshold), fit on every article, write `output`."""
    signals = [Signals.of(a.doc) for a in articles]
    log(f"{len(articles)} articles, {sum(len(a.gold) for a in articles)} attributions")
    choice: dict[str, Any] = {"mode": modes[0]}
    meta: dict[str, Any] = {"trained_on": trained_on, "seed": SEED, "C": C, "C_cue": C_CUE,
                            "articles": len(articles),
                            "attributions": sum(len(a.gold) for a in articles)}
    if folds > 1 and len(articles) >= folds:
        cv = cross_validate(articles, signals, folds, log, modes)
        choice = cv.choice
        meta["cross_validation"] = {"folds": folds, "choice": choice, "model": cv.model,
                                    "model_alone": cv.pure, "rules": cv.rules}
    examples = Examples()
    for article, signal in zip(articles, signals, strict=True):
        examples.extend(article_examples(article, signal))
    meta["examples"] = {"cue": len(examples.cue), "cue_part": len(examples.cue_part),
                        "content": len(examples.content), "source": len(examples.source)}
    model = replace(fit_model(examples, meta=meta), **choice)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"))
                      + "\n", encoding="utf-8")
    return model
