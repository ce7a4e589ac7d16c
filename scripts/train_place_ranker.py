"""Retrain the place ranker on the tune half of GeoVirus (fixed seed) and write it into the
package; then score the hand-weighted and the learned ranking on both halves.

    python scripts/train_place_ranker.py [--limit N] [--output PATH] [--no-eval]

The halves are fixed (`dateline.evaluate.readers.geovirus.split_of`: by the SHA-256 of each
article's Wikinews story URL); the ranker never sees the test half. Needs the `dev` extra
(scikit-learn) and the gold data folder ($DATELINE_GOLD_DATA or ../shared/data).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.evaluate.runner import default_data_root, evaluate, load_gold
from dateline.extract import Extractor
from dateline.places import resolve
from dateline.places.training import train

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "dateline" / "data" / resolve.RANKER_FILE
SHOWN = ("acc", "acc.units", "acc.points", "acc161", "overlap.r")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N tune articles only")
    parser.add_argument("--output", type=Path, default=SHIPPED)
    parser.add_argument("--no-eval", action="store_true", help="train only")
    args = parser.parse_args()
    root = default_data_root()
    docs = load_gold("places", root, "tune", args.limit)
    extractor = Extractor()
    model = train(docs, args.output, extractor=extractor,
                  trained_on="GeoVirus, tune half" + (f", first {args.limit}" if args.limit
                                                      else ""))
    print(f"wrote {args.output}: {model['examples']} candidates of {model['names']} names "
          f"from {model['documents']} articles")
    for name, weight in zip(model["features"], model["weights"], strict=True):
        print(f"  {name:18} {weight:+.3f}")
    if args.no_eval or args.output.resolve() != SHIPPED.resolve():
        return
    resolve._RANKERS.clear()  # read the file just written
    print(f"{'split':6} {'ranker':8} " + " ".join(f"{m:>10}" for m in SHOWN))
    for split in ("tune", "test"):
        for ranker in ("hand", "learned"):
            with resolve.use_ranker(ranker):
                report = evaluate("places", root=root, split=split, extractor=extractor,
                                  peers=False)
            metrics = report.systems["dateline"].metrics
            print(f"{split:6} {ranker:8} " + " ".join(f"{metrics[m]:10.3f}" for m in SHOWN))


if __name__ == "__main__":
    main()
