"""Ingest throughput with 1 and 2 worker processes, and the store's write overhead.

    python bench/bench_store_ingest.py [--limit 500] [--corpus FILE.jsonl]

Three modes on the same articles from ../shared/data/news, each in its own child process:
`extract` runs `Extractor.extract_many` alone (no store); `ingest-1` and `ingest-2` run
`Store.ingest` into a fresh SQLite file with 1 and 2 workers (2: this process and one
worker process). The model is loaded in this process before the clock starts in every
mode; `ingest-2` includes starting its worker process (which loads its own), as a user's
run does. Printed: seconds and articles/s per mode, the 2-vs-1 worker ratio, and the write
overhead (ingest-1 / extract - 1) by wall time and by the process's CPU time (which other
load on a shared machine does not inflate). With `--rounds N` the modes run N times,
interleaved, and each keeps its fastest round.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import write_news_jsonl


def run_mode(mode: str, corpus: Path, folder: Path) -> dict[str, float]:
    from dateline.extract import Extractor
    from dateline.ingest import read_inputs
    from dateline.nlp import load_pipeline
    from dateline.settings import Settings
    from dateline.store import Store

    settings = Settings.from_env()
    load_pipeline(settings.models)
    if mode == "extract":
        start, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in Extractor(settings).extract_many(
            read_inputs([str(corpus)], max_chars=settings.max_chars)))
    else:
        db = folder / f"{mode}.db"
        for stale in folder.glob(f"{mode}.db*"):
            stale.unlink()
        store = Store(str(db))
        start, cpu = time.perf_counter(), time.process_time()
        summary = store.ingest([str(corpus)], workers=int(mode[-1]), settings=settings)
        count = summary.stored + summary.error_count
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "articles": count,
            "per_second": count / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus instead of the news one")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.folder / "news.jsonl", args.folder)))
        return
    folder = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    if args.corpus:
        lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.limit]
        (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"corpus: {len(lines)} articles from {args.corpus}")
    else:
        count = write_news_jsonl(folder / "news.jsonl", args.limit)
        print(f"corpus: {count} articles from ../shared/data/news")
    results: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for mode in ("extract", "ingest-1", "ingest-2"):
            out = subprocess.run([sys.executable, __file__, "--mode", mode, "--folder",
                                  str(folder)], check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{mode:9} {r['seconds']:7.1f} s  {r['per_second']:6.2f} articles/s"
                  f"  (CPU {r['cpu']:.1f} s in the main process)", flush=True)
            if mode not in results or r["seconds"] < results[mode]["seconds"]:
                results[mode] = r
    ratio = results["ingest-2"]["per_second"] / results["ingest-1"]["per_second"]
    overhead = results["ingest-1"]["seconds"] / results["extract"]["seconds"] - 1
    cpu_overhead = results["ingest-1"]["cpu"] / results["extract"]["cpu"] - 1
    print(f"workers 2 vs 1: {ratio:.2f}x; store write overhead over extraction alone: "
          f"{overhead:+.1%} wall, {cpu_overhead:+.1%} CPU (fastest of {args.rounds} round(s))")


if __name__ == "__main__":
    main()
