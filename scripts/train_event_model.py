"""Retrain the event model from data/events (fixed seeds) and write it into the package.

    python scripts/train_event_model.py [--limit N] [--output PATH]

Prints the 5-fold cross-validation (grouped by article) of the rules alone and of the
model on the candidates, beside the counts it learned from.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.events.training import train

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N train articles only")
    parser.add_argument("--output", type=Path,
                        default=ROOT / "src" / "dateline" / "data" / "event_model.json")
    args = parser.parse_args()
    meta = train(ROOT / "data" / "events" / "articles.jsonl",
                 ROOT / "data" / "events" / "train.jsonl", args.output, limit=args.limit)
    print(json.dumps(meta, indent=2))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
