"""Retrain the event model from data/events (fixed seeds) and write it into the package.

    python scripts/train_event_model.py [--limit N] [--output PATH] [--no-plover] [--batches 1,2]

Learns from data/events/train.jsonl and, where the gold data folder is at hand
($DATELINE_GOLD_DATA or ../shared/data), the PLOVER gold records. Prints the 5-fold
cross-validation (grouped by article) of the rules alone and of the model on the news
candidates, and the out-of-fold type accuracy on the PLOVER records, beside the counts; and
the model's and the rules' scores on the train batches it did not learn from.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.evaluate.runner import default_data_root
from dateline.events.training import TRAIN_BATCHES, train

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N train articles only")
    parser.add_argument("--output", type=Path,
                        default=ROOT / "src" / "dateline" / "data" / "event_model.json")
    parser.add_argument("--no-plover", action="store_true",
                        help="learn from data/events only, not the PLOVER gold records")
    parser.add_argument("--batches", default=",".join(map(str, TRAIN_BATCHES)),
                        help="train batches to learn from (the others are held out and scored)")
    args = parser.parse_args()
    plover = default_data_root() / "plover_gsr"
    if args.no_plover or not plover.is_dir():
        print("not learning from the PLOVER gold records" + ("" if args.no_plover else
              f" ({plover} is missing)"))
        plover_root = None
    else:
        plover_root = plover
    meta = train(ROOT / "data" / "events" / "articles.jsonl",
                 ROOT / "data" / "events" / "train.jsonl", args.output, limit=args.limit,
                 plover_root=plover_root,
                 batches={int(b) for b in args.batches.split(",")})
    print(json.dumps(meta, indent=2))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
