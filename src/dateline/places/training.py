"""Training the place ranker: logistic regression over the features a name's candidates are
ranked by (`dateline.places.resolve.FEATURES`), learned from gold place mentions.

Each toponym dateline finds that overlaps a gold mention gives one example per candidate:
positive when the candidate is right for the gold place (by containment for a gold
country, first-level division or continent, else within 161 km of the gold point, as
`dateline eval places` judges it), negative otherwise. Only names with a choice to learn
from count: two candidates or more, at least one right and one wrong. The model's
coefficients are the ranker's weights (the candidate with the highest score is chosen). It
is fit on pairs of one name's candidates (`pairs`: right minus wrong), so the weights rank
a name's candidates against each other. scikit-learn (the `dev` extra) is needed to train,
not to resolve: the weights ship as JSON (`src/dateline/data/place_ranker.json`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.evaluate.align import project_doc
from dateline.evaluate.gold import GoldDoc
from dateline.evaluate.scorers import PLACE_TOLERANCE_KM, UnitLookup, contains, haversine_km
from dateline.extract import Extractor
from dateline.ingest import RawArticle, prepare_article
from dateline.places.gazetteer import Candidate, Gazetteer, open_gazetteer
from dateline.places.resolve import FEATURES, name_candidates

__all__ = ["SEED", "Examples", "examples", "fit", "pairs", "train"]

SEED = 0
C = 1.0


@dataclass
class Examples:
    rows: list[tuple[float, ...]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)  # which name each candidate is of
    names: int = 0  # toponyms that gave examples


@dataclass(frozen=True)
class _Got:
    """A candidate seen as the place record it would become, for `contains`."""

    geonameid: int | None
    country: str | None
    admin1: str | None


def _as_record(candidate: Candidate, gazetteer: Gazetteer) -> _Got:
    admin1 = (candidate.name if candidate.feature == "ADM1"
              else gazetteer.admin1_name(candidate.country, candidate.admin1))
    return _Got(candidate.geonameid, gazetteer.iso3(candidate.country), admin1)


def examples(docs: Sequence[GoldDoc], extractor: Extractor | None = None) -> Examples:
    """The ranking examples of gold documents (see the module's docstring)."""
    extractor = extractor or Extractor()
    gazetteer = open_gazetteer()
    units = UnitLookup()
    found = Examples()
    articles, golds = [], []
    for doc in docs:
        try:
            article = prepare_article(RawArticle(text=doc.text, origin="api", input_id=doc.id),
                                      extractor.settings)
        except InputError:
            continue
        articles.append(article)
        golds.append(project_doc(doc, article.text)[0])
    parsed = extractor.docs(articles)
    for article, gold, parse in zip(articles, golds, parsed, strict=True):
        location = article.dateline.location if article.dateline else None
        for toponym, candidates, rows in name_candidates(parse, gazetteer, location):
            start, end = toponym.span.start_char, toponym.span.end_char
            want = next((p for p in gold.places if p.span.overlaps(start, end)), None)
            if want is None or len(candidates) < 2:
                continue
            unit = units.unit(want) if want.page else None
            labels = []
            for candidate in candidates:
                if unit is not None:
                    right = contains(unit, _as_record(candidate, gazetteer), units.continent_of)
                elif want.lat is not None and want.lon is not None:
                    right = haversine_km(want.lat, want.lon, candidate.lat,
                                         candidate.lon) <= PLACE_TOLERANCE_KM
                else:
                    right = False
                labels.append(int(right))
            if 0 < sum(labels) < len(labels):
                found.rows.extend(rows)
                found.labels.extend(labels)
                found.groups.extend([found.names] * len(labels))
                found.names += 1
    return found


def pairs(found: Examples) -> tuple[list[list[float]], list[int]]:
    """Pairwise examples: for each name, each right candidate's features minus each wrong
    one's (label 1) and the reverse (label 0), so the weights learn which of a name's
    candidates to prefer, not how likely a candidate is right on its own."""
    by_name: dict[int, list[tuple[tuple[float, ...], int]]] = {}
    for row, label, group in zip(found.rows, found.labels, found.groups, strict=True):
        by_name.setdefault(group, []).append((row, label))
    x: list[list[float]] = []
    y: list[int] = []
    for candidates in by_name.values():
        for right, label in candidates:
            if not label:
                continue
            for wrong, other in candidates:
                if other:
                    continue
                diff = [a - b for a, b in zip(right, wrong, strict=True)]
                x.extend([diff, [-d for d in diff]])
                y.extend([1, 0])
    return x, y


def fit(found: Examples, seed: int = SEED) -> list[float]:
    """Pairwise logistic-regression weights, one per feature (no intercept), fixed seed."""
    from sklearn.linear_model import LogisticRegression

    x, y = pairs(found)
    model = LogisticRegression(C=C, max_iter=5000, random_state=seed, fit_intercept=False)
    model.fit(x, y)
    return [round(float(w), 6) for w in model.coef_[0]]


def train(docs: Sequence[GoldDoc], output: Path, *, trained_on: str,
          extractor: Extractor | None = None, seed: int = SEED) -> dict[str, Any]:
    """Learn the ranker from `docs` and write it to `output`; returns what was written."""
    found = examples(docs, extractor)
    if not found.labels:
        raise ValueError("no toponym with a choice to learn from")
    weights = fit(found, seed)
    model = {"features": list(FEATURES), "weights": weights, "method": "pairwise",
             "trained_on": trained_on, "documents": len(docs), "names": found.names,
             "examples": len(found.labels), "seed": seed, "C": C}
    output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return model
