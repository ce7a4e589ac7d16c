"""The learned quote attribution: the shipped weights, the switch between the model and the
rules, and retraining on a slice of PolNeAR's train split."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from dateline import Extraction
from dateline.extract import Extractor
from dateline.quotes import attribution_mode, use_attribution
from dateline.quotes.attribution import QuoteRef
from dateline.quotes.model import MODEL_FILE, LinearModel, QuoteModel, load_quote_model

SHIPPED = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / MODEL_FILE
TEXT = ('The senator said on Tuesday that the bill would pass. “It is a good day,” '
        'Smith told reporters. According to the report, turnout was low.')


def test_shipped_model_is_small_and_says_what_it_learned_from() -> None:
    assert SHIPPED.stat().st_size < 50_000_000
    model = load_quote_model()
    assert model is not None
    assert "PolNeAR" in model.meta["trained_on"] and model.meta["seed"] == 0
    assert 0.0 < model.threshold <= model.threshold_unsourced < 1.0
    assert model.mode in {"model", "hybrid"}
    cv = model.meta["cross_validation"]
    assert cv["folds"] == 5 and set(cv) >= {"model", "model_alone", "rules", "choice"}
    for part in (model.cue, model.cue_part, model.content, model.source):
        assert part.weights and all(math.isfinite(w) for w in part.weights.values())


def test_linear_model_round_trips() -> None:
    part = LinearModel(-1.0, {"lemma=say": 3.0})
    assert part.probability(["lemma=say", "lemma=say"]) == pytest.approx(1 / (1 + math.exp(-2)))
    model = QuoteModel(part, part, part, part, 0.4, 0.6, "hybrid", 0.1, {"seed": 0})
    assert QuoteModel.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_the_switch_between_model_and_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    assert attribution_mode() == "model"
    with use_attribution("rules"):
        assert attribution_mode() == "rules"
    monkeypatch.setenv("DATELINE_QUOTE_ATTRIBUTION", "rules")
    assert attribution_mode() == "rules"
    monkeypatch.setenv("DATELINE_QUOTE_ATTRIBUTION", "oracle")
    with pytest.raises(ValueError, match="oracle"):
        attribution_mode()
    with pytest.raises(ValueError):
        use_attribution("oracle").__enter__()


@pytest.mark.model
def test_model_and_rules_both_attribute(extractor: Extractor) -> None:
    records: dict[str, Extraction] = {}
    for mode in ("model", "rules"):
        with use_attribution(mode):
            records[mode] = extractor.extract(TEXT, published="2020-01-01")
    for record in records.values():
        said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
        assert said and said[0].content.text.startswith("that the bill")
        told = [q for q in record.quotes if "good day" in q.content.text]
        assert told and told[0].kind == "direct" and told[0].source is not None
        assert told[0].source.text == "Smith"


@pytest.mark.slow
@pytest.mark.model
def test_quote_model_retrains_on_a_slice(shared_data: Path, tmp_path: Path,
                                        extractor: Extractor) -> None:
    pytest.importorskip("sklearn", reason="training needs scikit-learn (the dev extra)")
    from dateline.quotes.corpus import load_parsed
    from dateline.quotes.model import predict_quotes
    from dateline.quotes.training import train

    root = shared_data / "polnear"
    if not root.is_dir():
        pytest.skip(f"PolNeAR not found at {root} (../shared/data)")
    articles = load_parsed(root, "train", None, limit=10)
    assert len(articles) == 10 and all(a.gold for a in articles)
    # the model learns from the Doc the quote stage reads at run time: the same sentences,
    # parse and entities (the dictionaries' names among them)
    for article in articles:
        runtime = extractor.nlp(article.doc.text)
        assert [(t.text, t.head.i, t.dep_, t.ent_type_, t.is_sent_start) for t in article.doc
                ] == [(t.text, t.head.i, t.dep_, t.ent_type_, t.is_sent_start) for t in runtime]
    first = train(articles, tmp_path / "a.json", folds=2, log=lambda _: None)
    again = train(articles, tmp_path / "b.json", folds=2, log=lambda _: None)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()  # seeds
    assert first.meta["articles"] == 10 and first.meta["cross_validation"]["folds"] == 2
    assert again == first
    quotes = predict_quotes(articles[0].doc, first)
    assert quotes and all(len(q.content) > 0 for q in quotes)
    assert any(q.cue is not None and q.source is not None for q in quotes)


@pytest.mark.model
def test_cue_scorer_sums_the_weights_of_cue_features(extractor: Extractor) -> None:
    """`scored_quotes` takes each cue's probability from `cue_scorer`'s score and passes
    over the nouns, adjectives and prepositions not among `cue_lemmas`: the scorer must give
    each token the score of its `cue_features`, but for the rounding of the sum, and no
    candidate the model keeps may be passed over."""
    from dateline.quotes.model import Signals, cue_features, scored_quotes

    model = load_quote_model()
    assert model is not None
    example = Path(__file__).resolve().parents[1] / "examples"
    text = (example / "tehran-taliban-talks-2018-12-26.txt").read_text(encoding="utf-8")
    for doc in (extractor.nlp(TEXT), extractor.nlp(text)):
        signals = Signals.of(doc)
        for token in doc:
            exact = model.cue.score(cue_features(token, signals))
            assert model.cue_scorer(token.i, signals) == pytest.approx(exact, abs=1e-9)
        floor = model.floor
        kept = [i for i in signals.cue_candidates()
                if model.cue.probability(cue_features(doc[i], signals)) >= floor]
        scored = scored_quotes(doc, model, signals)
        assert kept and {q.cue.root.i for _, q in scored if q.cue is not None} <= set(kept)
        assert set(signals.probabilities) >= set(kept)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Protests are not reported in Mosul, in northern Iraq.",
                                  "The car was recalled in March after a fire."])
def test_a_quote_s_source_never_holds_its_content(extractor: Extractor, text: str) -> None:
    """The model can choose a passive verb's subject as both what is said and who says it;
    the source goes, the quote stays (PolNeAR annotates such contents with no source)."""
    record = extractor.extract(text, published="2019-11-11")
    assert record.quotes
    for quote in record.quotes:
        assert quote.source is None or not (
            quote.source.start <= quote.content.start and quote.content.end <= quote.source.end)


@pytest.mark.model
@pytest.mark.parametrize("threshold", [0.3, 0.9])
def test_the_decision_does_not_hang_on_the_scoring_floor(extractor: Extractor,
                                                         threshold: float) -> None:
    """Cross-validation scores every cue down to its lowest threshold once and decides at
    each threshold; inference scores down to the model's own. What a rules' quote takes from
    the model's quote for its cue must be the same either way, or the thresholds chosen
    are not those of what ships."""
    from dataclasses import replace

    from dateline.quotes.model import Signals, decide, rule_probabilities, scored_quotes

    shipped = load_quote_model()
    assert shipped is not None
    model = replace(shipped, threshold=threshold, threshold_unsourced=threshold)
    example = Path(__file__).resolve().parents[1] / "examples"
    text = (example / "tehran-taliban-talks-2018-12-26.txt").read_text(encoding="utf-8")
    for doc in (extractor.nlp(TEXT), extractor.nlp(text)):
        signals = Signals.of(doc)
        at_floor = decide(scored_quotes(doc, model, signals), model, signals,
                          rule_probabilities(doc, model, signals))
        everything = decide(scored_quotes(doc, model, signals, 0.0), model, signals,
                            rule_probabilities(doc, model, signals))
        assert at_floor and [_spans(q) for q in at_floor] == [_spans(q) for q in everything]


def _spans(quote: QuoteRef) -> tuple[object, ...]:
    return (quote.kind, *((s.start, s.end) if s is not None else None
                          for s in (quote.content, quote.cue, quote.source)))
