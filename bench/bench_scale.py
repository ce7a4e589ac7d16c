"""Scale-out throughput: 2 local Dask workers against the single-process path, same corpus.

    python bench/bench_scale.py [--limit 500] [--workers 2] [--partition-size 25]

Both paths run `dateline.scale.run` into Parquet with the model already loaded (the
single-process path in this process, the Dask workers through their plugin), so the
difference is the parallelism minus Dask's costs. Reported:
- articles/s of each path and the speed-up;
- the scheduler's cost per task, from a burst of no-op tasks, and so per article at this
  partition size;
- idle and overhead per article on Dask: (workers x wall - time inside tasks) / articles,
  which adds start-up tail and load imbalance to the scheduler's cost;
- core-hours and cost per million articles at the measured per-core speed, from the CPU
  time inside tasks (so other work sharing the cores does not inflate it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_texts
from dateline import Extractor, scale


def write_corpus(folder: Path, limit: int, repeat: int) -> tuple[list[str], str]:
    texts, described = load_texts(limit, repeat)
    shard = folder / "corpus.jsonl"
    shard.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return [str(shard)], f"{len(texts)} articles ({described})"


def noop(n: int) -> int:
    return n


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--repeat-example", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--usd-per-core-hour", type=float, default=0.04,
                        help="price of one core-hour (default: a cloud on-demand vCPU, 2026)")
    args = parser.parse_args()
    import distributed

    with tempfile.TemporaryDirectory() as tmp:
        inputs, described = write_corpus(Path(tmp), args.limit, args.repeat_example)
        print(f"corpus: {described}; load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores (shared machine: other work competes)")

        Extractor().nlp  # noqa: B018 - load the model before timing, as the workers do
        local = scale.run(inputs, f"{tmp}/local", engine="local",
                          partition_size=args.partition_size)
        local_rate = local.articles / local.seconds
        print(f"single process: {local.articles} articles in {local.seconds:.1f} s = "
              f"{local_rate:.2f} articles/s")

        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                      processes=True, dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            client.register_plugin(scale.ExtractorPlugin(Extractor().settings),
                                   name="dateline-extractor")
            dask = scale.run(inputs, f"{tmp}/dask", client=client,
                             partition_size=args.partition_size)
            burst = 200
            start = time.perf_counter()
            client.gather(client.map(noop, range(burst), pure=False))
            per_task = (time.perf_counter() - start) / burst
            worker_peak = max(client.run(peak_mb).values())
        dask_rate = dask.articles / dask.seconds
        idle = (args.workers * dask.seconds - dask.task_seconds) / dask.articles
        print(f"dask, {args.workers} workers x 1 thread: {dask.articles} articles in "
              f"{dask.seconds:.1f} s = {dask_rate:.2f} articles/s "
              f"(x{dask_rate / local_rate:.2f} the single process); peak worker memory "
              f"{worker_peak:.0f} MB")
        print(f"scheduler cost: {per_task * 1000:.1f} ms per task (burst of {burst} no-op "
              f"tasks) = {per_task / args.partition_size * 1000:.2f} ms per article at "
              f"{args.partition_size} articles a partition")
        print(f"dask idle + overhead: {idle * 1000:.0f} ms per article "
              f"(workers x wall - {dask.task_seconds:.1f} s inside tasks)")
        per_core = dask.articles / dask.cpu_seconds
        core_hours = 1_000_000 / per_core / 3600
        print(f"per-core speed (CPU time inside tasks, {dask.cpu_seconds:.0f} s; single "
              f"process {local.articles / local.cpu_seconds:.2f}): {per_core:.2f} articles/s -> "
              f"{core_hours:.0f} core-hours per million articles = "
              f"${core_hours * args.usd_per_core_hour:.0f} at "
              f"${args.usd_per_core_hour}/core-hour")


if __name__ == "__main__":
    main()
