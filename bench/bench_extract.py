"""Extraction throughput and peak memory against bare spaCy `nlp.pipe`, same texts, same run.

    python bench/bench_extract.py [--limit 300] [--repeat-example 20] [--rounds 2]

Each mode runs in its own child process (so peak RSS is its own), after the model is loaded;
rounds alternate the modes and the best time of each counts. The ratio is
dateline seconds / spaCy seconds: the cost of everything dateline adds to the parse.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_texts


def run_mode(mode: str, limit: int, repeat: int) -> dict[str, float]:
    texts, _ = load_texts(limit, repeat)
    if mode == "spacy":
        from dateline.nlp import load_model
        from dateline.settings import Settings

        nlp = load_model(Settings.from_env().models)
        nlp("warm up")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from dateline import Extractor

        extractor = Extractor()
        extractor.extract("Warm up: Iranian officials met Taliban envoys in Kabul.")
        start = time.perf_counter()
        for _ in extractor.extract_many(texts):
            pass
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(t.split()) for t in texts)
    return {"seconds": seconds, "articles": len(texts), "words": words, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat-example", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mode", choices=["spacy", "dateline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.limit, args.repeat_example)))
        return

    _, described = load_texts(args.limit, args.repeat_example)
    print(f"corpus: {described}")
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for mode in ("spacy", "dateline"):
            out = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--limit", str(args.limit),
                 "--repeat-example", str(args.repeat_example)],
                capture_output=True, text=True, check=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            if mode not in best or result["seconds"] < best[mode]["seconds"]:
                best[mode] = result
    for mode, r in best.items():
        print(
            f"{mode:9s} {r['articles']:.0f} articles, {r['words']:.0f} words"
            f" in {r['seconds']:.2f} s:"
            f" {r['words'] / r['seconds']:,.0f} words/s, {r['articles'] / r['seconds']:.1f}"
            f" articles/s, peak RSS {r['peak_mb']:.0f} MB"
        )
    ratio = best["dateline"]["seconds"] / best["spacy"]["seconds"]
    print(f"time ratio dateline / bare spaCy nlp.pipe: {ratio:.2f}x (target <= 1.30x)")


if __name__ == "__main__":
    main()
