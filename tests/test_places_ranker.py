"""The place ranker: the hand weights as a linear ranking over FEATURES, the shipped learned
weights, choosing between them, and retraining on a slice of GeoVirus's tune half."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from dateline.places.gazetteer import Candidate
from dateline.places.resolve import (
    FEATURES,
    HAND_RANKER,
    best_candidate,
    features,
    load_ranker,
    use_ranker,
)


def _place(feature: str, country: str, population: int, lat: float = 0.0, lon: float = 0.0,
           main: bool = True, place_id: int = 1) -> Candidate:
    return Candidate(place_id, None, "X", feature, country, "01", lat, lon, population, main)


def test_hand_ranker_is_the_hand_score() -> None:
    town = _place("PPL", "US", 9_999, main=False)
    values = features(town, {"US": 0.5})
    assert values[FEATURES.index("log_population")] == pytest.approx(4.0)
    assert values[FEATURES.index("alternate_name")] == 1.0
    assert HAND_RANKER.score(values) == pytest.approx(4.0 - 1.5 + 3.0 * 0.5)
    # the country outranks a same-named town; context can turn that round
    country = _place("PCLI", "GE", 3_700_000, place_id=2)
    state = _place("ADM1", "US", 10_000_000, place_id=3)
    assert best_candidate((country, state), {}, ranker=HAND_RANKER) is country
    assert best_candidate((country, state), {"US": 1.0}, ranker=HAND_RANKER) is state


def test_proximity_to_the_article_s_other_places() -> None:
    near = _place("PPL", "AU", 1_000, lat=-17.5, lon=146.0)
    assert features(near, {}, anchors=[(-17.5, 146.01)])[-1] == 1.0
    assert features(near, {}, anchors=[(51.5, 0.0)])[-1] == 0.0
    assert 0.0 < features(near, {}, anchors=[(-27.5, 153.0)])[-1] < 1.0
    assert features(near, {})[-1] == 0.0


def test_shipped_learned_ranker_and_the_choice() -> None:
    shipped = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data"
    model = json.loads((shipped / "place_ranker.json").read_text(encoding="utf-8"))
    assert tuple(model["features"]) == FEATURES and model["seed"] == 0
    assert "tune half" in model["trained_on"]
    learned = load_ranker("learned")
    assert learned.name == "learned" and all(math.isfinite(w) for w in learned.weights)
    assert load_ranker().name == "hand"  # the default
    with use_ranker("learned"):
        assert load_ranker().name == "learned"
    assert load_ranker("hand") is HAND_RANKER


@pytest.mark.slow
@pytest.mark.model
def test_ranker_retrains_on_a_slice(shared_data: Path, tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn (dev extra) trains the ranker")
    from dateline.evaluate.runner import load_gold
    from dateline.places.training import train

    docs = load_gold("places", shared_data, "tune", limit=12)
    out = tmp_path / "ranker.json"
    first = train(docs, out, trained_on="slice")
    again = train(docs, tmp_path / "again.json", trained_on="slice")
    assert first == again  # fixed seed: the same weights
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["features"] == list(FEATURES) and len(written["weights"]) == len(FEATURES)
    assert written["names"] > 0 and written["documents"] == 12
