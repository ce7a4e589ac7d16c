"""Train the event model on data/events/train.jsonl (scripts/train_event_model.py).

Each train article is run through the pipeline with the rules alone; every candidate (the
rules' own, and the open verbs and trigger nouns) becomes one example, labelled with the type
of the gold event it stands for (its trigger overlaps the gold trigger, else the gold event of
the same type in its sentence; one to one) or NONE. A multinomial logistic regression
(scikit-learn, fixed seed) learns from them; 5-fold cross-validation, grouped by article,
reports how it does on articles it has not seen, chooses the decision thresholds and fits
the temperature that calibrates its probabilities.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.events.coder import candidate_events, event_features
from dateline.events.model import (
    NO_EVENT,
    EventModel,
    actor_codes,
    choose_label,
)
from dateline.extract import Extractor
from dateline.ingest import prepare_article
from dateline.ingest.sources import RawArticle

SEED = 14
FOLDS = 5
C_VALUE = 1.0


@dataclass(frozen=True)
class Example:
    article: str
    sentence: int
    features: list[str]
    rule_type: str
    label: str


def _sklearn() -> Any:
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a dev/train dependency
        raise ConfigError("training the event model needs scikit-learn: "
                          "pip install -e '.[dev]'", code="DL202") from exc
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    return DictVectorizer, LogisticRegression


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def collect_examples(articles: Sequence[dict[str, Any]], sentences: Sequence[dict[str, Any]],
                     extractor: Extractor | None = None
                     ) -> tuple[list[Example], frozenset[str], Counter[str]]:
    """Candidates on each article, labelled from the gold sentences; and the trigger nouns
    learned (nouns the gold uses as triggers at least twice that the lexicon lacks)."""
    extractor = extractor or Extractor()
    rules = Extractor(replace(extractor.settings, event_coder="rules"))
    gold_by_article: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for sentence in sentences:
        gold_by_article.setdefault(sentence["article"], {})[sentence["sentence"]] = \
            sentence["events"]
    chosen = [a for a in articles if a["id"] in gold_by_article]
    prepared = [prepare_article(RawArticle(text=a["text"], origin=a["id"],
                                           published=a["published"]), rules.settings)
                for a in chosen]
    counts: Counter[str] = Counter()
    docs = []
    for article, doc in zip(chosen, rules.nlp.pipe(rules._make_doc(a) for a in prepared),
                            strict=True):
        if doc.text != article["text"]:
            counts["text_changed"] += 1
            continue
        docs.append((article, doc))
    nouns: Counter[str] = Counter()
    for article, doc in docs:
        for events in gold_by_article[article["id"]].values():
            for gold_event in events:
                trigger = gold_event["trigger"]
                span = doc.char_span(trigger["start"], trigger["end"],
                                     alignment_mode="expand")
                if span is not None and span.root.pos_ in {"NOUN", "PROPN"}:
                    nouns[span.root.lemma_.lower()] += 1
    trigger_nouns = frozenset(n for n, k in nouns.items() if k >= 2)
    examples: list[Example] = []
    for article, doc in docs:
        codes = actor_codes(doc)
        bounds = article["sentences"]
        gold = gold_by_article[article["id"]]
        by_sentence: dict[int, list[Any]] = {}
        for event in candidate_events(doc, doc._.dateline_entities or [], rules.lexicon,
                                      trigger_nouns):
            start = event.trigger.idx
            index = next((i for i, (s, e) in enumerate(bounds) if s <= start < e), None)
            if index is not None:
                by_sentence.setdefault(index, []).append(event)
        counts["gold_events"] += sum(len(v) for v in gold.values())
        for index in sorted(set(by_sentence) | set(gold)):
            candidates = by_sentence.get(index, [])
            labels = label_candidates(candidates, gold.get(index, []))
            counts["reachable"] += len({g for g in labels.values() if g is not None})
            for number, event in enumerate(candidates):
                gold_index = labels.get(number)
                label = gold.get(index, [])[gold_index]["type"] if gold_index is not None \
                    else NO_EVENT
                features = event_features(event, codes, rules.lexicon)
                examples.append(Example(article["id"], index, features, event.coding.type,
                                        label))
    counts["candidates"] = len(examples)
    counts["rule_candidates"] = sum(e.rule_type != NO_EVENT for e in examples)
    return examples, trigger_nouns, counts


def label_candidates(candidates: Sequence[Any], gold: Sequence[dict[str, Any]]
                     ) -> dict[int, int | None]:
    """candidate number -> the gold event it stands for (one to one), else None."""
    result: dict[int, int | None] = {n: None for n in range(len(candidates))}
    used: set[int] = set()

    def overlaps(event: Any, g: dict[str, Any]) -> bool:
        start, end = event.trigger.idx, event.trigger.idx + len(event.trigger.text)
        return bool(start < g["trigger"]["end"] and g["trigger"]["start"] < end)

    for test in (overlaps, lambda e, g: e.coding.type == g["type"]):
        for n, event in enumerate(candidates):
            if result[n] is not None:
                continue
            hit = next((k for k, g in enumerate(gold) if k not in used and test(event, g)),
                       None)
            if hit is not None:
                result[n] = hit
                used.add(hit)
    return result


def fit(examples: Sequence[Example], c_value: float = C_VALUE) -> EventModel:
    """A logistic regression over the examples' features, as a shippable `EventModel`."""
    vectorizer_class, regression_class = _sklearn()
    vectorizer = vectorizer_class()
    matrix = vectorizer.fit_transform([dict.fromkeys(e.features, 1) for e in examples])
    labels = [e.label for e in examples]
    regression = regression_class(C=c_value, max_iter=2000, random_state=SEED)
    regression.fit(matrix, labels)
    classes = tuple(str(c) for c in regression.classes_)
    if len(classes) == 2:  # a binary fit has one row; write it as two opposite ones
        coef = [[-w / 2 for w in regression.coef_[0]], [w / 2 for w in regression.coef_[0]]]
        bias = [-regression.intercept_[0] / 2, regression.intercept_[0] / 2]
    else:
        coef = [list(row) for row in regression.coef_]
        bias = list(regression.intercept_)
    names = vectorizer.get_feature_names_out()
    weights = {}
    for column, name in enumerate(names):
        row = tuple(round(float(coef[k][column]), 4) for k in range(len(classes)))
        if max(abs(w) for w in row) >= 1e-3:
            weights[str(name)] = row
    return EventModel(labels=classes, bias=tuple(round(float(b), 4) for b in bias),
                      weights=weights)


def out_of_fold(examples: Sequence[Example], folds: int = FOLDS, c_value: float = C_VALUE
                ) -> list[dict[str, float]]:
    """Each example's probabilities from a model fitted on the other folds (grouped by
    article, so no article is both learned from and judged)."""
    articles = sorted({e.article for e in examples})
    fold_of = {a: n % folds for n, a in enumerate(articles)}
    result: list[dict[str, float]] = [{} for _ in examples]
    for fold in range(folds):
        model = fit([e for e in examples if fold_of[e.article] != fold], c_value)
        for n, example in enumerate(examples):
            if fold_of[example.article] == fold:
                result[n] = model.probabilities(example.features)
    return result


def typed_scores(examples: Sequence[Example], decisions: Sequence[str], gold_events: int
                 ) -> dict[str, float]:
    """Typed precision, recall (over every gold event, reachable or not) and F1."""
    kept = [(e, d) for e, d in zip(examples, decisions, strict=True) if d != NO_EVENT]
    right = sum(e.label == d for e, d in kept)
    p = right / len(kept) if kept else 0.0
    r = right / gold_events if gold_events else 0.0
    return {"typed.p": round(p, 4), "typed.r": round(r, 4),
            "typed.f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


@dataclass(frozen=True)
class Limits:
    threshold: float
    rule_threshold: float
    retype_threshold: float


def decisions(examples: Sequence[Example], probabilities: Sequence[dict[str, float]],
              limits: Limits) -> list[str]:
    return [choose_label(p, e.rule_type, limits)
            for e, p in zip(examples, probabilities, strict=True)]


def choose_limits(examples: Sequence[Example], probabilities: Sequence[dict[str, float]],
                  gold_events: int) -> Limits:
    """The thresholds with the best out-of-fold typed F1."""
    grid = [Limits(t, r, k)
            for t in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
            for r in (0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
            for k in (0.5, 0.6, 0.7, 0.8, 1.01)]
    return max(grid, key=lambda limits: typed_scores(
        examples, decisions(examples, probabilities, limits), gold_events)["typed.f1"])


def fit_temperature(examples: Sequence[Example], probabilities: Sequence[dict[str, float]]
                    ) -> float:
    """The softmax temperature with the lowest out-of-fold log loss."""
    pairs = [([math.log(max(p[k], 1e-12)) for k in sorted(p)], sorted(p).index(e.label))
             for e, p in zip(examples, probabilities, strict=True) if e.label in p]

    def loss(t: float) -> float:
        total = 0.0
        for logits, gold in pairs:
            top = max(logits)
            norm = math.log(sum(math.exp((x - top) / t) for x in logits))
            total -= (logits[gold] - top) / t - norm
        return total
    grid = [0.5 + 0.05 * k for k in range(41)]
    return min(grid, key=loss) if pairs else 1.0


def train(articles_path: Path, train_path: Path, output: Path, *, limit: int | None = None,
          folds: int = FOLDS, extractor: Extractor | None = None) -> dict[str, Any]:
    """Collect, cross-validate, fit and write the model; returns what it measured."""
    articles = [a for a in read_jsonl(articles_path) if a["split"] == "train"]
    if limit is not None:
        articles = articles[:limit]
    wanted = {a["id"] for a in articles}
    sentences = [s for s in read_jsonl(train_path) if s["article"] in wanted]
    examples, trigger_nouns, counts = collect_examples(articles, sentences, extractor)
    gold_events = sum(len(s["events"]) for s in sentences)
    probabilities = out_of_fold(examples, folds)
    limits = choose_limits(examples, probabilities, gold_events)
    rules = [e.rule_type for e in examples]
    cross_validation = {
        "folds": folds, **asdict(limits),
        "rules": typed_scores(examples, rules, gold_events),
        "model": typed_scores(examples, decisions(examples, probabilities, limits),
                              gold_events),
    }
    temperature = fit_temperature(examples, probabilities)
    labels = Counter(e.label for e in examples)
    meta = {"trained_on": "data/events/train.jsonl", "articles": len(articles),
            "sentences": len(sentences), "gold_events": gold_events,
            "candidates": len(examples), "candidate_labels": dict(sorted(labels.items())),
            "counts": dict(counts), "cross_validation": cross_validation,
            "c": C_VALUE, "seed": SEED}
    model = replace(fit(examples), temperature=temperature, **asdict(limits),
                    trigger_nouns=trigger_nouns, meta=meta)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n",
                      encoding="utf-8")
    return {**meta, "temperature": temperature}
