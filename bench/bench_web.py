"""Load test of the web API on loopback: concurrent clients on /events and /articles/{id}.

    python bench/bench_web.py [--db out/bench-web.db] [--clients 50] [--seconds 30]

Builds the store first when `--db` holds fewer than `--min-articles` articles, by ingesting
the ../shared/data/news corpora (about 2,100 articles; minutes). Then starts `dateline serve`
in its own process and runs `--clients` concurrent clients for `--seconds`, each looping over
random requests: half `/events` (a random page, sometimes filtered by actor, type or date)
and half `/articles/{id}` (a random stored article). Prints p50/p99 latency and the error
count for each, and, as the baseline measured in the same run under the same load, the
latency of `/health` (one COUNT query): the ratio says what a real read costs over the
server's own overhead. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import write_news_jsonl

DATELINE = str(Path(sys.executable).with_name("dateline"))
ACTORS = ["USA", "RUS", "UKR", "IRN", "AFG", "GBR", "CHN", "Putin", "Zelenskyy"]
TYPES = ["CONSULT", "STATEMENT", "AGREE", "SUPPORT", "ASSAULT", "REQUEST", "ACCUSE"]


def article_ids(db: Path) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM articles")]


def build_store(db: Path, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "news.jsonl"
        count = write_news_jsonl(corpus)
        print(f"building {db}: ingesting {count} articles with {workers} workers …",
              flush=True)
        started = time.perf_counter()
        subprocess.run([DATELINE, "ingest", str(corpus), "--db", str(db), "--workers",
                        str(workers), "--no-progress"], check=True)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def event_params(rng: random.Random) -> dict[str, str | int]:
    params: dict[str, str | int] = {"limit": 50, "offset": rng.choice([0, 0, 50, 100, 500])}
    pick = rng.random()
    if pick < 0.3:
        params["actor"] = rng.choice(ACTORS)
    elif pick < 0.5:
        params["type"] = rng.choice(TYPES)
    elif pick < 0.6:
        params["since"], params["until"] = "2022-02-01", "2022-03-31"
    return params


async def client(base: str, ids: list[str], until: float, seed: int,
                 latencies: dict[str, list[float]], errors: dict[str, list[str]]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        while time.perf_counter() < until:
            pick = rng.random()
            if pick < 0.45:
                name, request = "/events", http.get("/events", params=event_params(rng))
            elif pick < 0.9:
                name, request = "/articles/{id}", http.get(f"/articles/{rng.choice(ids)}")
            else:
                name, request = "/health (baseline)", http.get("/health")
            started = time.perf_counter()
            try:
                response = await request
                if response.status_code != 200:
                    errors[name].append(f"HTTP {response.status_code}")
            except httpx.HTTPError as exc:
                errors[name].append(type(exc).__name__)
            latencies[name].append(time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("dateline serve exited before answering")
        try:
            httpx.get(f"{base}/health", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("dateline serve did not answer within 60 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("out/bench-web.db"))
    parser.add_argument("--min-articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="ingest workers, if building")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--server-workers", type=int, default=1, help="dateline serve --workers")
    args = parser.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    if len(article_ids(args.db)) < args.min_articles:
        build_store(args.db, args.workers)
    ids = article_ids(args.db)
    if len(ids) < args.min_articles:
        print(f"only {len(ids)} articles stored (< {args.min_articles})", file=sys.stderr)
        return 1

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([DATELINE, "serve", "--db", str(args.db), "--port", str(port),
                               "--workers", str(args.server_workers)],
                              stderr=subprocess.DEVNULL)
    try:
        wait_until_up(base, server)
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, list[str]] = defaultdict(list)
        print(f"{len(ids)} articles; {args.clients} clients for {args.seconds:.0f} s on {base} "
              f"({args.server_workers} server process(es))", flush=True)

        async def run() -> None:
            until = time.perf_counter() + args.seconds
            await asyncio.gather(*(client(base, ids, until, n, latencies, errors)
                                   for n in range(args.clients)))

        asyncio.run(run())
    finally:
        server.terminate()
        server.wait(timeout=30)

    baseline = statistics.median(latencies["/health (baseline)"])
    total = sum(len(v) for v in latencies.values())
    print(f"{total} requests, {total / args.seconds:.0f}/s")
    print(f"{'endpoint':<22}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'p50 / baseline':>16}")
    for name, values in sorted(latencies.items()):
        p50 = statistics.median(values)
        print(f"{name:<22}{len(values):>9}{len(errors[name]):>8}{p50 * 1000:>9.1f}"
              f"{percentile(values, 99) * 1000:>9.1f}{p50 / baseline:>15.2f}x")
    failed = sum(len(v) for v in errors.values())
    for name, found in errors.items():
        if found:
            print(f"  {name}: {sorted(set(found))}")
    print(f"errors: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
