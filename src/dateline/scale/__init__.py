"""Scale-out: the same per-article extraction on a Dask cluster, JSONL/text in, Parquet out.

    >>> from dateline import scale
    >>> summary = scale.run(["s3://bucket/news/2024-*.jsonl.gz"], "out/",
    ...                     scheduler="tcp://10.0.0.5:8786")      # or local_workers=8
    >>> scale.read_table("out/", "events").to_pandas()
    >>> from dateline.store import Store
    >>> scale.load_parquet("out/", Store("postgresql://host/events"))

Inputs are local paths or fsspec URLs (directories, globs; .gz/.bz2/.xz shards too), cut into
partitions of `partition_size` articles. Each Dask worker loads the model once
(`ExtractorPlugin`); tasks carry partition descriptions and return counts; workers write
Parquet straight to `output`:

    output/_plan.json                                 what was run (refuses a mixed output)
    output/records/published=YYYY-MM-DD/part-KEY.parquet   full record JSON + flat columns
    output/events/published=.../part-KEY.parquet            one row per event
    output/quotes/published=.../part-KEY.parquet            one row per quote
    output/errors/part-KEY.parquet                          one row per bad item
    output/_tasks/KEY.json                                  finished partitions (resume)

Runs are deterministic: the same inputs give the same rows, on Dask or in one process
(`engine="local"`), and a partition retried after a worker died overwrites its own files.
See docs/scale.md for clusters (dask scheduler/worker, SLURM/PBS, Kubernetes).
"""

from __future__ import annotations

from dateline.scale.inputs import DEFAULT_PARTITION_SIZE, Partition
from dateline.scale.parquet import (
    LoadSummary,
    iter_errors,
    iter_records,
    load_parquet,
    read_table,
)
from dateline.scale.runner import ExtractorPlugin, ScaleSummary, run

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "ExtractorPlugin",
    "LoadSummary",
    "Partition",
    "ScaleSummary",
    "iter_errors",
    "iter_records",
    "load_parquet",
    "read_table",
    "run",
]
