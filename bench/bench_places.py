"""The place stage's cost: resident memory it adds and time per toponym.

    python bench/bench_places.py [--limit 200] [--repeat-example 5] [--build]

Texts are parsed by the bare spaCy model first; only then is resident memory read (VmRSS),
the gazetteer opened (built first when missing) and every document resolved; `--build`
then times a fresh build into a temporary folder. "Added memory" is VmRSS after the place stage
minus VmRSS before it, in the same process. The target is <= 150 MB (issue 6).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_texts

MEMORY_TARGET_MB = 150.0


def rss_mb() -> float:
    """Current resident memory of this process (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat-example", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="also time a fresh build")
    args = parser.parse_args()

    report: dict[str, object] = {}
    from dateline.nlp import load_model
    from dateline.settings import Settings

    texts, source = load_texts(args.limit, args.repeat_example)
    nlp = load_model(Settings.from_env().models)
    docs = list(nlp.pipe(texts, batch_size=32))

    from dateline.places import find_toponyms, open_gazetteer, resolve_places
    from dateline.places.gazetteer import Gazetteer, gazetteer_path

    path = gazetteer_path()
    if not path.exists():
        open_gazetteer()  # build once, outside the measured part
    before = rss_mb()
    gazetteer = open_gazetteer(path)
    start = time.perf_counter()
    toponyms = 0
    for doc in docs:
        results = resolve_places(doc, gazetteer)
        toponyms += sum(len(p.mentions) for p in results.places)
    resolve_s = time.perf_counter() - start
    added = rss_mb() - before

    names = sorted({t.span.text for doc in docs for t in find_toponyms(doc, gazetteer)})
    cold = Gazetteer(path)
    start = time.perf_counter()
    for name in names:
        cold.candidates(name)
    lookup_s = time.perf_counter() - start
    cold.close()

    report.update({
        "texts": len(texts), "source": source, "toponyms": toponyms,
        "distinct_names": len(names),
        "added_rss_mb": round(added, 1), "target_mb": MEMORY_TARGET_MB,
        "resolve_ms_per_toponym": round(1000 * resolve_s / max(toponyms, 1), 3),
        "cold_lookup_ms_per_name": round(1000 * lookup_s / max(len(names), 1), 3),
        "within_target": added <= MEMORY_TARGET_MB,
    })
    if args.build:  # last, so its JSON parsing cannot inflate the memory read above
        from dateline.places.gazetteer import build_gazetteer

        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            built = build_gazetteer(Path(tmp) / "gazetteer.sqlite")
            report["build_s"] = round(time.perf_counter() - start, 1)
            report["file_mb"] = round(built.stat().st_size / 2**20, 1)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
