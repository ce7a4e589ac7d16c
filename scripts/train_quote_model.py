"""Retrain the quote model from PolNeAR's train split (fixed seeds) and write it into the
package; then score it beside the rules on PolNeAR dev.

    python scripts/train_quote_model.py [--limit N] [--output PATH] [--folds K] [--no-eval]
                                        [--mode hybrid|model|best]

Reads $DATELINE_GOLD_DATA or ../shared/data (polnear/). Articles are parsed once and cached
under .cache/quotes/ (ignored by git; PolNeAR's text never enters the repository). Prints the
5-fold cross-validation on train (whole articles per fold, seed 0) of the model and of the
rules, then the dev scores of both (spans; `dateline eval quotes` adds speakers and textacy).
Needs the `dev` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dateline.evaluate.runner import default_data_root
from dateline.quotes.corpus import load_parsed
from dateline.quotes.model import MODEL_FILE
from dateline.quotes.training import FOLDS, MODES, dev_scores, train

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "dateline" / "data" / MODEL_FILE
SHOWN = ("content.overlap.f1", "content.exact.f1", "source.overlap.f1", "source.exact.f1",
         "cue.exact.f1", "cue.overlap.f1")


def _row(name: str, metrics: dict[str, float]) -> str:
    return f"  {name:16}" + " ".join(f"{metrics[m]:>10.4f}" for m in SHOWN)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N train articles only")
    parser.add_argument("--output", type=Path, default=SHIPPED)
    parser.add_argument("--folds", type=int, default=FOLDS, help="cross-validation folds (1: none)")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "quotes")
    parser.add_argument("--no-eval", action="store_true", help="train only, no dev scores")
    parser.add_argument("--mode", choices=[*MODES, "best"], default="hybrid",
                        help="hybrid (default: the rules' quotes stand unless the model rejects "
                        "their cue; the model adds its own), model (the model alone), or the "
                        "better of the two on cross-validation")
    args = parser.parse_args()
    root = default_data_root() / "polnear"
    if not root.is_dir():
        sys.exit(f"PolNeAR not found at {root} (set DATELINE_GOLD_DATA)")
    articles = load_parsed(root, "train", args.cache, args.limit)
    trained_on = "PolNeAR v1.0.0 train split" + (f", first {args.limit} articles"
                                                 if args.limit else "")
    modes = MODES if args.mode == "best" else (args.mode,)
    model = train(articles, args.output, folds=args.folds, trained_on=trained_on, modes=modes)
    print(f"wrote {args.output}: mode {model.mode}, cue thresholds {model.threshold} "
          f"(unsourced {model.threshold_unsourced}), rules' cues kept from "
          f"{model.rule_threshold}")
    header = f"  {'':16}" + " ".join(f"{m[:10]:>10}" for m in SHOWN)
    cv = model.meta.get("cross_validation")
    if cv:
        print(f"{cv['folds']}-fold cross-validation on train:\n{header}")
        print(_row(f"model ({model.mode})", cv["model"]))
        print(_row("model alone", cv["model_alone"]))
        print(_row("rules", cv["rules"]))
    if args.no_eval:
        return
    dev = load_parsed(root, "dev", args.cache)
    print(f"PolNeAR dev ({len(dev)} articles):\n{header}")
    for name, metrics in dev_scores(model, dev).items():
        print(_row(name, metrics))
    print(json.dumps(model.meta, indent=1))


if __name__ == "__main__":
    main()
