"""Crash and resume: `kill -9` an ingest at a random point, resume it, and compare with a run
that was never interrupted.

    python bench/bench_store_crash.py [--limit 0] [--workers 2] [--seed N] [--db-dir DIR]

Uses the ../shared/data/news corpora (about 2,100 articles; --limit 0 means all). Runs
`dateline ingest` three times: uninterrupted into one SQLite store; then into a second store,
killed with SIGKILL after a random delay (between 20% and 80% of the uninterrupted run's
time); then resumed. Checks that every article is stored exactly once (no duplicate ids,
the same ids as the uninterrupted store) and that the event and report counts match.
Slow (three ingests of the corpus): a bench script, not a CI test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import write_news_jsonl

DATELINE = str(Path(sys.executable).with_name("dateline"))


def ingest(corpus: Path, db: Path, workers: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [DATELINE, "ingest", str(corpus), "--db", str(db), "--workers", str(workers),
         "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def finish(process: subprocess.Popen[bytes]) -> str:
    _, err = process.communicate()
    return err.decode().strip().replace("\n", " ")


def state(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("select id from articles")]
        return {
            "articles": len(ids), "distinct_ids": len(set(ids)),
            "events": conn.execute("select count(*) from events").fetchone()[0],
            "reports": conn.execute("select count(*) from reports").fetchone()[0],
            "errors": conn.execute("select count(*) from ingest_errors").fetchone()[0],
            "id_hash": hash(frozenset(ids)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--db-dir", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="dateline-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "news.jsonl"
    count = write_news_jsonl(corpus, args.limit or None)
    print(f"corpus: {count} articles in {corpus}")

    clean_db, crash_db = folder / "clean.db", folder / "crash.db"
    for db in (clean_db, crash_db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    log = finish(ingest(corpus, clean_db, args.workers))
    clean_seconds = time.perf_counter() - start
    clean = state(clean_db)
    print(f"uninterrupted: {clean_seconds:.0f} s; {log}")

    delay = rng.uniform(0.2, 0.8) * clean_seconds
    process = ingest(corpus, crash_db, args.workers)
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    time.sleep(2)  # let orphaned workers see their parent gone
    with contextlib.suppress(ProcessLookupError):  # the session we started: leave nothing
        os.killpg(process.pid, signal.SIGKILL)
    killed = state(crash_db)
    print(f"killed with SIGKILL after {delay:.0f} s: {killed['articles']} articles, "
          f"{killed['events']} events stored so far")

    start = time.perf_counter()
    log = finish(ingest(corpus, crash_db, args.workers))
    print(f"resumed: {time.perf_counter() - start:.0f} s; {log}")
    resumed = state(crash_db)

    checks = {
        "every article stored exactly once": resumed["articles"] == resumed["distinct_ids"]
        == clean["articles"] and resumed["id_hash"] == clean["id_hash"],
        "event count equals the uninterrupted run's": resumed["events"] == clean["events"],
        "report count equals the uninterrupted run's": resumed["reports"] == clean["reports"],
        "error count equals the uninterrupted run's": resumed["errors"] == clean["errors"],
    }
    del clean["id_hash"], resumed["id_hash"]
    print(json.dumps({"uninterrupted": clean, "killed_then_resumed": resumed}))
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'} {name}")
    raise SystemExit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
