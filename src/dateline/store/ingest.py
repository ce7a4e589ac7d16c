"""Batch ingest: paths in, articles, events and errors in the store; safe to kill and re-run.

The main process reads and prepares articles (normalization, dateline, language and the
content hash), skips those already stored BEFORE the expensive parse, sends the rest in
small batches to `workers - 1` worker processes (each loads the model once, in its
initializer) and extracts a batch itself whenever they have enough queued (`_Executor`),
and writes each finished batch in one transaction, in input order. Records travel back
from the workers as JSON text, never as spaCy objects. A crash or Ctrl-C loses at most the
batches in flight, which were never committed; a re-run skips what is stored, so nothing
is doubled.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

import sqlalchemy as sa

from dateline.errors import ExtractionCrashed, InputError, UnstorableRecord
from dateline.extract import Extractor
from dateline.ingest import RawArticle, normalize_published, prepare_article, read_inputs
from dateline.ingest.sources import JSONL_SUFFIXES, STDIN, expand_paths
from dateline.record import Article, Extraction, ItemError
from dateline.settings import Settings
from dateline.store.dedup import DEFAULT_THRESHOLD
from dateline.store.writer import stored_article_ids, write_error, write_record

# Articles per worker task and per write transaction: small enough that a kill loses
# little work, large enough that nlp.pipe batching and per-transaction cost stay cheap.
DEFAULT_CHUNK = 8
# Finished batches that may wait, per worker, behind one still in a worker (to be written in
# input order) before this process stops to wait for it: a long article there holds up the
# batches extracted here meanwhile.
MAX_WAITING = 8


def dedup_threshold() -> float:
    """The event-matching threshold: $DATELINE_DEDUP_THRESHOLD or the conservative default."""
    raw = os.environ.get("DATELINE_DEDUP_THRESHOLD")
    return float(raw) if raw else DEFAULT_THRESHOLD


@dataclass
class IngestSummary:
    """Counts of one ingest run, updated as it goes (the progress bar reads it)."""

    total: int | None = None
    read: int = 0
    stored: int = 0
    skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    new_events: int = 0
    merged_reports: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class _Job:
    article: Article
    origin: str
    line: int | None


ProgressCallback = Callable[[IngestSummary], None]
# A batch being extracted: JSON texts from a worker process, or records made in this one.
Batch = Future[list[str]] | Future[list[Extraction | ItemError]]


def count_items(paths: Iterable[str]) -> int | None:
    """How many items the paths hold (JSONL lines count one each); None for stdin."""
    total = 0
    for path in expand_paths(paths):
        if path == STDIN:
            return None
        if isinstance(path, str) and Path(path).suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def ingest_paths(engine: sa.Engine, paths: list[str], *, workers: int = 1,
                 published: str | date | None = None, settings: Settings | None = None,
                 threshold: float | None = None, chunk: int = DEFAULT_CHUNK,
                 on_progress: ProgressCallback | None = None, count: bool = True
                 ) -> IngestSummary:
    """Extract and store every article under `paths`; bad items go to `ingest_errors`."""
    settings = settings or Settings.from_env()
    threshold = dedup_threshold() if threshold is None else threshold
    summary = IngestSummary(total=count_items(paths) if count else None)
    fallback = normalize_published(published)
    started = time.perf_counter()

    def report() -> None:
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)

    def record_errors(errors: list[ItemError]) -> None:
        if not errors:
            return
        with engine.begin() as conn:
            for error in errors:
                write_error(conn, error)
        for error in errors:
            summary.errors[error.code] += 1

    def write(pairs: list[tuple[_Job, Extraction | ItemError]]) -> None:
        """One transaction for these articles; the summary counts only once it commits."""
        done = IngestSummary()
        with engine.begin() as conn:
            for job, result in pairs:
                if isinstance(result, ItemError):
                    write_error(conn, result)
                    done.errors[result.code] += 1
                    continue
                written = write_record(conn, result, origin=job.origin, line=job.line,
                                       threshold=threshold)
                done.stored += 1
                done.new_events += written.new_events
                done.merged_reports += written.merged_reports
        summary.stored += done.stored
        summary.errors.update(done.errors)
        summary.new_events += done.new_events
        summary.merged_reports += done.merged_reports

    def store(jobs: list[_Job], results: list[Extraction | ItemError]) -> None:
        pairs = list(zip(jobs, results, strict=True))
        try:
            write(pairs)
        except sa.exc.SQLAlchemyError:  # one unstorable article: find it, store the rest
            for job, result in pairs:
                try:
                    write([(job, result)])
                except sa.exc.SQLAlchemyError as exc:
                    cause = getattr(exc, "orig", None) or exc
                    unstorable = UnstorableRecord("cannot store the record: "
                                                  f"{type(cause).__name__}: "
                                                  f"{str(cause).splitlines()[0]}")
                    record_errors([ItemError.from_exception(unstorable, source=job.origin,
                                                            line=job.line)])

    in_flight: set[str] = set()
    pending: deque[tuple[list[_Job], Batch]] = deque()
    executor = _Executor(workers, settings)
    try:
        for batch in _batches(read_inputs(paths, max_chars=settings.max_chars), settings,
                              fallback, chunk):
            summary.read += len(batch)
            record_errors([item for item in batch if isinstance(item, ItemError)])
            jobs = [item for item in batch if isinstance(item, _Job)]
            with engine.connect() as conn:
                stored = stored_article_ids(conn, (j.article.id for j in jobs))
            fresh: list[_Job] = []
            for job in jobs:
                if job.article.id in stored or job.article.id in in_flight:
                    summary.skipped += 1
                else:
                    in_flight.add(job.article.id)
                    fresh.append(job)
            if fresh:
                pending.append((fresh, executor.submit(fresh)))
            while pending and (len(pending) > MAX_WAITING * workers or pending[0][1].done()):
                done_jobs, future = pending.popleft()
                store(done_jobs, executor.results(done_jobs, future))
                in_flight.difference_update(j.article.id for j in done_jobs)
                report()
            report()
        while pending:
            done_jobs, future = pending.popleft()
            store(done_jobs, executor.results(done_jobs, future))
            report()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        executor.close()
    report()
    return summary


def _batches(items: Iterable[RawArticle | ItemError], settings: Settings,
             published: str | None, chunk: int) -> Iterator[list[_Job | ItemError]]:
    prepared = (_prepare(item, settings, published) for item in items)
    while batch := list(islice(prepared, chunk)):
        yield batch


def _prepare(item: RawArticle | ItemError, settings: Settings, published: str | None
             ) -> _Job | ItemError:
    if isinstance(item, ItemError):
        return item
    try:
        article = prepare_article(item, settings, published=published)
    except InputError as exc:
        return ItemError.from_exception(exc, source=item.origin, line=item.line)
    return _Job(article=article, origin=item.origin, line=item.line)


# --- extraction, in this process (workers=1) or in worker processes ----------------------

_worker_extractor: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    """Load the model once per worker; Ctrl-C is the main process's to handle."""
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = Extractor(settings)
    _worker_extractor.nlp  # noqa: B018 - load the pipeline now, not on the first batch


Outcome = Extraction | ItemError


def extract_batch(payload: list[str]) -> list[str]:
    """In a worker: article JSON in, record or error JSON out (plain text crosses processes);
    a crash fails only its own article (`Extractor.extract_batch`)."""
    extractor = _worker_extractor or Extractor()
    articles = [Article.model_validate_json(text) for text in payload]
    return [r.to_json() for r in extractor.extract_batch(articles)]


def _parse_result(job: _Job, result: str | Outcome) -> Outcome:
    if isinstance(result, str):
        data = json.loads(result)
        is_error = data.get("schema") == ItemError.model_fields["schema_"].default
        result = ItemError.model_validate(data) if is_error else Extraction.model_validate(data)
    if isinstance(result, ItemError):
        return result.model_copy(update={"source": job.origin, "line": job.line})
    return result


class _Executor:
    """`workers` processes extracting: this one, and a pool of `workers - 1` others.

    This process extracts a batch itself when the pool has enough queued (`to_pool`), and
    reads and writes between batches: one model fewer to load, and the records it makes
    spared the trip through JSON, against a pool of `workers` beside an idle main process.
    A worker that dies (out of memory, a segfault) fails only its batch; a crash here stops
    the run, as with one worker, and a re-run resumes it.
    """

    def __init__(self, workers: int, settings: Settings) -> None:
        self.settings = settings
        self.pool_size = max(1, workers) - 1
        self.pool = self._new_pool() if self.pool_size else None
        # batches sent to a pool and not yet collected: the pool, the characters of text
        self.sent: dict[Batch, tuple[ProcessPoolExecutor, int]] = {}
        _init_local(settings)

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.pool_size, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self.settings,))

    def submit(self, jobs: list[_Job]) -> Batch:
        size = sum(len(job.article.text) for job in jobs)
        queued = [n for f, (pool, n) in self.sent.items() if pool is self.pool and not f.done()]
        if self.pool is not None and to_pool(queued, size, self.pool_size):
            payload = [job.article.model_dump_json() for job in jobs]
            try:
                sent = self.pool.submit(extract_batch, payload)
            except BrokenProcessPool:  # a worker died since the last batch: a fresh pool
                self._renew(self.pool)
                sent = self.pool.submit(extract_batch, payload)
            self.sent[sent] = (self.pool, size)
            return sent
        # here: records stay objects, no JSON round trip
        future: Future[list[Outcome]] = Future()
        extractor = _worker_extractor or Extractor(self.settings)
        future.set_result(extractor.extract_batch([job.article for job in jobs]))
        return future

    def results(self, jobs: list[_Job], future: Batch) -> list[Outcome]:
        pool, _ = self.sent.pop(future, (None, 0))
        try:
            texts = future.result()
        except BrokenProcessPool:
            # A worker died (out of memory, a segfault): this batch is reported, a fresh
            # pool takes over; batches already queued on the dead pool fail the same way
            # (and leave the fresh one be).
            if pool is not None:
                self._renew(pool)
            died = ExtractionCrashed("a worker process died while extracting this batch")
            return [ItemError.from_exception(died, source=job.origin, line=job.line)
                    for job in jobs]
        return [_parse_result(job, text) for job, text in zip(jobs, texts, strict=True)]

    def _renew(self, broken: ProcessPoolExecutor) -> None:
        """A fresh pool for a broken one, once: batches still queued on the broken pool fail
        as it does and leave the fresh one be."""
        if broken is self.pool:
            broken.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)


def to_pool(queued: list[int], size: int, pool_size: int) -> bool:
    """Whether a batch of `size` characters goes to the pool of `pool_size` processes, whose
    unfinished batches hold `queued` characters each, rather than being extracted here: yes
    unless each process has two batches and more text than this one, so that while this
    process is busy with it none of them runs dry."""
    return len(queued) < 2 * pool_size or sum(queued) < size * pool_size


def _init_local(settings: Settings) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(settings)
