"""Batch ingest: every good article stored once, every bad one listed with its reason."""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import signal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import IngestSummary, Store
from dateline.store import ingest as ingest_module
from dateline.store.ingest import ingest_paths, to_pool

# the module itself: `dateline.extract` as an attribute is the function of that name
extract_module = importlib.import_module("dateline.extract")

pytestmark = pytest.mark.model  # every test extracts articles
runner = CliRunner()

LEADERS = ["Ashraf Ghani", "Hassan Rouhani", "Vladimir Putin", "Angela Merkel", "Imran Khan"]
PLACES = ["Kabul", "Tehran", "Moscow", "Berlin", "Islamabad"]
TOPICS = ["trade", "security", "refugees", "energy"]
GERMAN = (
    "Der Bundestag hat am Mittwoch nach langer Debatte ein neues Gesetz zur Verteidigung "
    "beschlossen. Die Regierung erklärte, dass die Streitkräfte mehr Geld erhalten sollen, "
    "während die Opposition vor steigenden Schulden warnte und eine Abstimmung verlangte."
)
BAD = {"binary.txt": "DL102", "empty.txt": "DL101", "latin1.txt": "DL103",
       "german.txt": "DL106", "huge.txt": "DL104"}


def good_texts(count: int) -> list[str]:
    texts = []
    for n in range(count):
        a, b = LEADERS[n % 5], LEADERS[(n // 5 + 1 + n) % 5]
        if a == b:
            b = LEADERS[(LEADERS.index(a) + 1) % 5]
        texts.append(f"{a} met {b} in {PLACES[n % 5]} on Monday to discuss "
                     f"{TOPICS[n % 4]}, officials said in statement number {n}.")
    return texts


def fault_mix_corpus(folder: Path, good: int = 95) -> list[str]:
    """`good` articles and one broken file of each kind: 5% broken at the default size."""
    folder.mkdir()
    texts = good_texts(good)
    for n, text in enumerate(texts):
        (folder / f"story-{n:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Le président a déclaré la paix.".encode("latin-1"))
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    with (folder / "huge.txt").open("w") as big:  # 50 MB
        big.write("word " * (50 * 1024 * 1024 // 5))
    return texts


def test_fault_mix_stores_every_good_article_and_lists_every_bad_one(
        db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    texts = fault_mix_corpus(corpus)
    with Store(db_url) as store:
        summary = store.ingest([str(corpus)], published="2019-03-04")
        assert (summary.stored, summary.error_count, summary.skipped) == (95, 5, 0)
        errors = {Path(e.source).name: e for e in store.errors()}
        assert {name: e.code for name, e in errors.items()} == BAD
        assert all(e.message for e in errors.values())
        stored_texts = {r.article.text for r in store.records()}
        assert stored_texts == set(texts)
        events = store.counts()["events"]

        again = store.ingest([str(corpus)], published="2019-03-04")
        assert (again.stored, again.skipped, again.error_count) == (0, 95, 5)
        counts = store.counts()
        assert (counts["articles"], counts["errors"], counts["events"]) == (95, 5, events)


def test_cli_ingest_then_query(tmp_path: Path) -> None:
    corpus = tmp_path / "stories.jsonl"
    with corpus.open("w") as out:
        for text in good_texts(6):
            out.write(json.dumps({"text": text, "published": "2019-03-04"}) + "\n")
        out.write("{not json\n")
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress"])
    assert result.exit_code == 1, result.output  # one bad line
    assert "6 article(s) stored" in result.output and "DL107: 1" in result.output
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress"])
    assert "0 article(s) stored, 6 already stored" in again.output
    listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert listed.exit_code == 0
    events = [json.loads(line) for line in listed.output.splitlines()]
    assert events and all(e["date"] == "2019-03-04" for e in events)
    assert runner.invoke(app, ["summary", "--db", db, "--errors"]).exit_code == 0


def test_two_workers_store_the_same_as_one(tmp_path: Path) -> None:
    """Batches of two: the worker gets the first two, this process extracts the next ones
    while the worker is still loading its model, so both paths are taken."""
    corpus = tmp_path / "corpus"
    fault_mix_corpus(corpus, good=16)

    def ingest(workers: int) -> list[tuple[str, str | None, int, list[str]]]:
        with Store(str(tmp_path / f"w{workers}.db")) as store:
            summary = ingest_paths(store.engine, [str(corpus)], workers=workers,
                                   published="2019-03-04", chunk=2)
            assert (summary.stored, summary.error_count) == (16, 5)
            return [(e.type, e.date, e.report_count, [a.name for a in e.source])
                    for e in store.events()]

    assert ingest(2) == ingest(1)


def test_a_worker_killed_mid_run_fails_only_its_batches(tmp_path: Path) -> None:
    """A worker process killed (as the kernel's out-of-memory killer would) fails the
    batches it held, recorded as DL502; a fresh pool and this process extract the rest, and a
    re-run stores what failed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = good_texts(24)
    for n, text in enumerate(texts):
        (corpus / f"story-{n:03d}.txt").write_text(text, encoding="utf-8")
    killed: list[int] = []
    earlier = {p.pid for p in multiprocessing.active_children()}  # other tests' stragglers

    def kill_a_worker(_: IngestSummary) -> None:
        workers = [p for p in multiprocessing.active_children() if p.pid not in earlier]
        if not killed and workers:
            killed.append(workers[0].pid or 0)
            os.kill(workers[0].pid or 0, signal.SIGKILL)

    with Store(str(tmp_path / "killed.db")) as store:
        summary = ingest_paths(store.engine, [str(corpus)], workers=2, chunk=2,
                               on_progress=kill_a_worker)
        assert killed
        assert summary.stored + summary.error_count == 24
        assert set(summary.errors) == {"DL502"}  # the batch queued on it when it died
        assert {e.code for e in store.errors()} <= {"DL502"}
        again = ingest_paths(store.engine, [str(corpus)], workers=1)
        assert (again.stored, again.skipped) == (summary.error_count, summary.stored)
        assert {r.article.text for r in store.records()} == set(texts)


@pytest.mark.parametrize(("queued", "size", "pool_size", "expected"), [
    ([], 100, 1, True),                  # an idle worker
    ([500], 100, 1, True),               # one batch at work, none queued behind it
    ([500, 500], 100, 1, False),         # two batches and more text than this one
    ([50, 30], 100, 1, True),            # this long batch would outlast the worker's queue
    ([500, 500, 500], 100, 2, True),     # two workers, one with nothing queued
    ([300, 300, 300, 300], 700, 2, True),
    ([300, 300, 300, 300], 400, 2, False),
])
def test_a_batch_is_extracted_here_only_when_the_pool_has_enough_queued(
        queued: list[int], size: int, pool_size: int, expected: bool) -> None:
    assert to_pool(queued, size, pool_size) is expected


def test_interrupted_ingest_resumes_without_loss_or_doubles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    texts = fault_mix_corpus(corpus, good=30)
    calls: list[int] = []

    def interrupt_after_first_write(summary: IngestSummary) -> None:
        if summary.stored and not calls:
            calls.append(summary.stored)
            raise KeyboardInterrupt  # what Ctrl-C raises in the main process

    with Store(str(tmp_path / "resume.db")) as store:
        first = store.ingest([str(corpus)], on_progress=interrupt_after_first_write)
        assert first.interrupted and 0 < first.stored < 30
        second = store.ingest([str(corpus)])
        assert (second.skipped, second.stored) == (first.stored, 30 - first.stored)
        ids = [r.article.id for r in store.records()]
        assert len(ids) == len(set(ids)) == 30
        assert {r.article.text for r in store.records()} == set(texts)
        assert store.counts()["errors"] == 5


def test_an_extraction_crash_fails_only_its_article(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate([*good_texts(2), "Officials said the BOOM talks failed."]):
        (corpus / f"{n}.txt").write_text(text)
    real = extract_module.to_record

    def crash_on_boom(doc: Any, article: Any) -> Any:
        if "BOOM" in article.text:
            raise RuntimeError("simulated pipeline crash")
        return real(doc, article)

    monkeypatch.setattr(extract_module, "to_record", crash_on_boom)
    with Store(str(tmp_path / "crash.db")) as store:
        summary = store.ingest([str(corpus)])
        assert (summary.stored, dict(summary.errors)) == (2, {"DL502": 1})
        [error] = store.errors()
        assert error.source.endswith("2.txt") and "simulated pipeline crash" in error.message


def test_an_unstorable_record_fails_only_its_article(db_url: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate([*good_texts(2), "Officials said the BADROW talks failed."]):
        (corpus / f"{n}.txt").write_text(text)
    real = ingest_module.write_record

    def refuse_badrow(conn: sa.Connection, record: Any, **kwargs: Any) -> Any:
        result = real(conn, record, **kwargs)
        if "BADROW" in record.article.text:
            raise sa.exc.IntegrityError("INSERT …", {}, ValueError("simulated bad row"))
        return result

    monkeypatch.setattr(ingest_module, "write_record", refuse_badrow)
    with Store(db_url) as store:
        summary = store.ingest([str(corpus)])
        assert (summary.stored, dict(summary.errors)) == (2, {"DL503": 1})
        assert store.counts()["articles"] == 2
        [error] = store.errors()
        assert error.source.endswith("2.txt") and "simulated bad row" in error.message
