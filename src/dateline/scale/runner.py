"""Running the per-article extraction over partitions, in this process or on Dask workers.

Each worker loads the model once (`ExtractorPlugin.setup`); a task receives a `Partition`
(a few strings), reads its articles itself, extracts them and writes its own Parquet files,
returning only counts. Output names depend only on the partition, and each file appears by
an atomic rename, so a task retried after a worker died overwrites, never duplicates.
A bad article becomes a row of the errors table; it never fails its partition.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import distributed
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import WorkerPlugin

from dateline import __version__
from dateline.errors import ScaleError
from dateline.extract import Extractor
from dateline.ingest import RawArticle, normalize_published
from dateline.record import ItemError
from dateline.scale import tables
from dateline.scale.inputs import (
    DEFAULT_PARTITION_SIZE,
    Partition,
    expand_inputs,
    file_partitions,
    index_jsonl,
    is_jsonl,
    read_partition,
    url_fs,
)
from dateline.settings import Settings

if TYPE_CHECKING:
    from distributed import Client

# distributed's Client, LocalCluster and as_completed carry no annotations.
_dask: Any = distributed

PLUGIN_NAME = "dateline-extractor"
PLAN_FILE = "_plan.json"
TASKS_DIR = "_tasks"
PARTITION_FAILED = "DL603"
# Dask retries of a task that raised. A task whose worker died is re-run by the scheduler
# without counting here (up to distributed.scheduler.allowed-failures, 3 by default).
DEFAULT_RETRIES = 2


@dataclass
class ScaleSummary:
    """Counts of one run, updated as partitions finish (progress callbacks read it)."""

    output: str
    partitions: int = 0
    done: int = 0
    resumed: int = 0
    failed: int = 0
    articles: int = 0
    events: int = 0
    quotes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    workers: int = 1
    seconds: float = 0.0
    task_seconds: float = 0.0  # time spent inside partition tasks, summed over workers
    cpu_seconds: float = 0.0  # CPU time of those tasks: the cost, whatever else shares a core

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def rate(self) -> float:
        """Articles (records written) per second of this run."""
        return self.articles / self.seconds if self.seconds else 0.0

    def add(self, counts: dict[str, Any]) -> None:
        self.articles += int(counts["articles"])
        self.events += int(counts["events"])
        self.quotes += int(counts["quotes"])
        self.errors.update(counts["errors"])
        self.task_seconds += float(counts.get("seconds", 0.0))
        self.cpu_seconds += float(counts.get("cpu_seconds", 0.0))


ProgressCallback = Callable[[ScaleSummary], None]


# --- on a worker ---------------------------------------------------------------------------

class ExtractorPlugin(WorkerPlugin):
    """Loads one `Extractor` (the spaCy model and dictionaries) per worker, at worker start;
    a worker that restarts after a crash gets it again."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.extractor: Extractor | None = None

    def setup(self, worker: Any) -> None:
        self.extractor = Extractor(self.settings)
        self.extractor.nlp  # noqa: B018 - load the pipeline now, not in the first task

    def get(self) -> Extractor:
        if self.extractor is None:
            self.setup(None)
        assert self.extractor is not None
        return self.extractor


def worker_extractor() -> Extractor:
    """The Extractor the plugin loaded on this worker."""
    plugin = distributed.get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, ExtractorPlugin):
        raise ScaleError("the dateline worker plugin is not registered on this worker",
                         code="DL601")
    return plugin.get()


def extract_partition_on_worker(part: Partition, output: str, published: str | None
                                ) -> dict[str, Any]:
    """The Dask task: one partition extracted and written with this worker's Extractor."""
    return extract_partition(part, output, extractor=worker_extractor(), published=published)


def extract_partition(part: Partition, output: str, *, extractor: Extractor,
                      published: str | None = None) -> dict[str, Any]:
    """Read, extract and write one partition; returns its counts (also left in a marker file
    so a later run can skip it)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    items = list(read_partition(part, max_chars=extractor.settings.max_chars))
    # a crash is retried article by article, so only the culprit becomes an error row
    results = list(extractor.extract_many(items, published=published))
    rows: dict[str, dict[str, list[dict[str, Any]]]] = {name: {} for name in tables.SCHEMAS}
    counts: dict[str, Any] = {"articles": 0, "events": 0, "quotes": 0, "errors": Counter()}
    for item, result in zip(items, results, strict=True):
        if isinstance(result, ItemError):
            rows["errors"].setdefault("", []).append(tables.error_row(result))
            counts["errors"][result.code] += 1
            continue
        day = tables.partition_value(result)
        origin = item.origin if isinstance(item, RawArticle) else None
        line = item.line if isinstance(item, RawArticle) else None
        rows["records"].setdefault(day, []).append(tables.record_row(result, origin, line))
        rows["events"].setdefault(day, []).extend(tables.event_rows(result))
        rows["quotes"].setdefault(day, []).extend(tables.quote_rows(result))
        counts["articles"] += 1
        counts["events"] += len(result.events)
        counts["quotes"] += len(result.quotes)
    fs, root = url_fs(output)
    files = []
    for name, by_day in rows.items():
        for day, table_rows in sorted(by_day.items()):
            if table_rows:
                rel = partition_file(name, part.key, day)
                write_atomic(fs, f"{root}/{rel}", tables.to_table(name, table_rows))
                files.append(rel)
    counts["errors"] = dict(counts["errors"])
    counts["seconds"] = round(time.perf_counter() - started, 3)
    counts["cpu_seconds"] = round(time.process_time() - cpu_started, 3)
    marker = {"partition": asdict(part), "files": files, **counts}
    write_atomic_bytes(fs, f"{root}/{TASKS_DIR}/{part.key}.json",
                       json.dumps(marker, sort_keys=True).encode())
    return marker


def partition_file(table: str, key: str, day: str) -> str:
    """Where a partition's rows of one table and day go, relative to the output root."""
    if table == "errors":
        return f"errors/part-{key}.parquet"
    return f"{table}/{tables.PARTITION_COLUMN}={day}/part-{key}.parquet"


def write_atomic(fs: Any, path: str, table: pa.Table) -> None:
    """Write under a hidden temporary name, then rename: readers never see half a file."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    write_atomic_bytes(fs, path, sink.getvalue().to_pybytes())


def write_atomic_bytes(fs: Any, path: str, data: bytes) -> None:
    directory, name = path.rsplit("/", 1)
    fs.makedirs(directory, exist_ok=True)
    temporary = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as handle:
        handle.write(data)
    fs.mv(temporary, path)


# --- on the client -------------------------------------------------------------------------

def run(inputs: Sequence[str], output: str, *, engine: str = "dask",
        client: Client | None = None, scheduler: str | None = None,
        local_workers: int | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
        settings: Settings | None = None, published: str | date | None = None,
        resume: bool = True, overwrite: bool = False, retries: int = DEFAULT_RETRIES,
        on_progress: ProgressCallback | None = None) -> ScaleSummary:
    """Extract every article under `inputs` into Parquet shards under `output`.

    engine "dask": on `client`, else a client of the scheduler at `scheduler`
    (tcp://HOST:PORT), else a LocalCluster of `local_workers` processes (one thread each).
    engine "local": the same partitions in this process, one after another.
    A re-run into the same `output` skips finished partitions (`resume`); `overwrite`
    clears the output first.
    """
    if engine not in ("dask", "local"):
        raise ScaleError(f"unknown engine '{engine}': use dask or local", code="DL601")
    settings = settings or Settings.from_env()
    fallback = normalize_published(published)
    started = time.perf_counter()
    summary = ScaleSummary(output=output)
    fs, root = url_fs(output)
    if overwrite and fs.exists(root):
        fs.rm(root, recursive=True)
    found = expand_inputs(inputs)
    urls = [u for u in found if isinstance(u, str)]
    _claim_output(fs, root, urls, partition_size)
    input_errors = [e for e in found if isinstance(e, ItemError)]
    if input_errors:
        write_atomic(fs, f"{root}/errors/part-inputs.parquet",
                     tables.to_table("errors", [tables.error_row(e) for e in input_errors]))
        summary.errors.update(e.code for e in input_errors)

    def report() -> None:
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)

    if engine == "local":
        executor: _Engine = _LocalEngine(settings)
    else:
        executor = _DaskEngine(settings, client, scheduler, local_workers, retries)
    try:
        summary.workers = executor.workers
        parts = file_partitions([u for u in urls if not is_jsonl(u)], partition_size)
        parts += [p for shard in executor.index([u for u in urls if is_jsonl(u)],
                                                partition_size) for p in shard]
        summary.partitions = len(parts)
        todo = []
        for part in parts:
            marker = _read_marker(fs, root, part) if resume else None
            if marker is None:
                todo.append(part)
            else:
                summary.add(marker)
                summary.resumed += 1
        report()
        for part, outcome in executor.extract(todo, output, fallback):
            if isinstance(outcome, BaseException):
                # a result lost on its way back (a worker killed after it wrote the
                # partition, a client that could not gather it) is in the partition's marker,
                # which a resumed run knows was not there before
                written = _read_marker(fs, root, part) if resume else None
                if written is None:
                    _record_failure(fs, root, part, outcome, summary)
                    report()
                    continue
                outcome = written
            summary.add(outcome)
            summary.done += 1
            report()
    finally:
        executor.close()
    _remove_temporaries(fs, root)
    report()
    return summary


def _claim_output(fs: Any, root: str, urls: list[str], partition_size: int) -> None:
    """Refuse to mix two different runs in one directory: their partitions would not match."""
    plan = {"schema": "dateline.scale/1", "dateline": __version__, "inputs": urls,
            "partition_size": partition_size}
    path = f"{root}/{PLAN_FILE}"
    if fs.exists(path):
        with fs.open(path, "rb") as handle:
            existing = json.loads(handle.read())
        if existing != plan:
            raise ScaleError(f"{root} holds the output of another run (other inputs, partition "
                             "size or dateline version): write to a new directory, or pass "
                             "--overwrite to replace it", code="DL602")
        return
    write_atomic_bytes(fs, path, json.dumps(plan, indent=1).encode())


def _read_marker(fs: Any, root: str, part: Partition) -> dict[str, Any] | None:
    path = f"{root}/{TASKS_DIR}/{part.key}.json"
    if not fs.exists(path):
        return None
    with fs.open(path, "rb") as handle:
        marker: dict[str, Any] = json.loads(handle.read())
    same = marker.get("partition") == json.loads(json.dumps(asdict(part)))
    return marker if same else None


def _record_failure(fs: Any, root: str, part: Partition, exc: BaseException,
                    summary: ScaleSummary) -> None:
    """A partition that failed on every attempt: one error row per file or line range; no
    marker, so the next run tries it again."""
    message = f"partition {part.key} failed on every attempt: {type(exc).__name__}: {exc}"
    if part.kind == "jsonl":
        last = part.first_line + part.n_lines - 1
        errors = [ItemError(source=part.urls[0], line=part.first_line, code=PARTITION_FAILED,
                            message=f"lines {part.first_line}-{last} not extracted; {message}")]
    else:
        errors = [ItemError(source=url, code=PARTITION_FAILED, message=message)
                  for url in part.urls]
    write_atomic(fs, f"{root}/{partition_file('errors', part.key, '')}",
                 tables.to_table("errors", [tables.error_row(e) for e in errors]))
    summary.errors.update(e.code for e in errors)
    summary.failed += 1


def _remove_temporaries(fs: Any, root: str) -> None:
    """Hidden temporary files left by workers killed while writing."""
    for path in fs.find(root):
        name = path.rsplit("/", 1)[-1]
        if name.startswith(".") and name.endswith(".tmp"):
            fs.rm(path)


Outcome = dict[str, Any] | BaseException


class _Engine:
    workers = 1

    def index(self, urls: list[str], size: int) -> Iterable[list[Partition]]:
        raise NotImplementedError

    def extract(self, parts: list[Partition], output: str, published: str | None
                ) -> Iterator[tuple[Partition, Outcome]]:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the engine started."""


class _LocalEngine(_Engine):
    """The single-process path: the same partition function, no scheduler."""

    def __init__(self, settings: Settings) -> None:
        self.extractor = Extractor(settings)

    def index(self, urls: list[str], size: int) -> Iterable[list[Partition]]:
        return [index_jsonl(url, size) for url in urls]

    def extract(self, parts: list[Partition], output: str, published: str | None
                ) -> Iterator[tuple[Partition, Outcome]]:
        for part in parts:
            try:
                yield part, extract_partition(part, output, extractor=self.extractor,
                                              published=published)
            except Exception as exc:  # as on Dask: the partition is reported, the run goes on
                yield part, exc


class _DaskEngine(_Engine):
    def __init__(self, settings: Settings, client: Client | None, scheduler: str | None,
                 local_workers: int | None, retries: int) -> None:
        self.owned: list[Any] = []
        self.retries = retries
        try:
            if client is None and scheduler:
                client = _dask.Client(scheduler, timeout="30s")
                self.owned.append(client)
            elif client is None:
                cluster = _dask.LocalCluster(n_workers=local_workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
                self.owned.append(cluster)
                client = _dask.Client(cluster)
                self.owned.insert(0, client)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = scheduler or "a local cluster"
            raise ScaleError(f"cannot reach {where}: {exc}", code="DL601") from exc
        self.client = client
        self.client.register_plugin(ExtractorPlugin(settings), name=PLUGIN_NAME)
        self.workers = len(self.client.scheduler_info(n_workers=-1).get("workers", {}))
        self.token = uuid.uuid4().hex[:8]

    def index(self, urls: list[str], size: int) -> Iterable[list[Partition]]:
        futures = [self.client.submit(index_jsonl, url, size, retries=self.retries,
                                      key=f"dateline-index-{self.token}-{n}")
                   for n, url in enumerate(urls)]
        return [future.result() for future in futures]

    def extract(self, parts: list[Partition], output: str, published: str | None
                ) -> Iterator[tuple[Partition, Outcome]]:
        futures = {
            self.client.submit(extract_partition_on_worker, part, output, published,
                               retries=self.retries,
                               key=f"dateline-extract-{self.token}-{part.key}"): part
            for part in parts
        }
        for future in _dask.as_completed(futures):
            part = futures[future]
            try:
                yield part, future.result()
            except Exception as exc:  # after Dask's retries: reported, the run goes on
                yield part, exc
            finally:
                future.release()

    def close(self) -> None:
        for owned in self.owned:
            owned.close()
        self.owned = []
