"""The scale-out path in one process: the same records as `Extractor`, Parquet tables that
round-trip, resumable runs, crashes kept to their article, and loading into a store."""

from __future__ import annotations

import gzip
import importlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline import Extraction, Extractor, scale
from dateline.cli import app
from dateline.errors import ScaleError
from dateline.store import Store
from tests.scale_helpers import assert_complete, assert_same_output, write_corpus

# the module itself: `dateline.extract` as an attribute is the function of that name
extract_module = importlib.import_module("dateline.extract")
PUBLISHED = "2018-12-26"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def local_run(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    output = str(tmp_path_factory.mktemp("scale") / "local")
    scale.run(corpus, output, engine="local", partition_size=2, published=PUBLISHED)
    return output


@pytest.mark.model
def test_scale_records_are_the_extractors_records(
        corpus: list[str], local_run: str, extractor: Extractor) -> None:
    folder = Path(corpus[0])
    plain = folder.parent / "b-plain.jsonl"  # the one-process reader takes no .gz
    plain.write_bytes(gzip.decompress((folder / "b.jsonl.gz").read_bytes()))
    inputs = [str(folder / "a.jsonl"), str(plain), str(folder / "texts")]
    expected = [r for r in extractor.extract_paths(inputs, published=PUBLISHED)
                if isinstance(r, Extraction)]
    assert len(expected) == 7
    got = [record for record, _, _ in scale.iter_records(local_run)]
    key = lambda r: r.article.id  # noqa: E731 - files are filed by day, not input order
    assert [r.to_json() for r in sorted(got, key=key)] == \
        [r.to_json() for r in sorted(expected, key=key)]
    assert_complete(local_run)


@pytest.mark.model
def test_scale_tables_are_partitioned_by_day_and_flat(local_run: str) -> None:
    records = scale.read_table(local_run, "records").to_pylist()
    for row in records:
        assert row["published"] == row["published_at"][:10]
        assert Extraction.model_validate_json(row["record"]).article.id == row["article_id"]
    events = scale.read_table(local_run, "events").to_pylist()
    assert len(events) == sum(row["events"] for row in records) > 0
    event = events[0]
    assert len(event["source_names"]) == len(event["source_ids"])
    assert scale.read_table(local_run, "quotes").num_rows == sum(r["quotes"] for r in records)
    errors = {(Path(e.source).name, e.line, e.code) for e in scale.iter_errors(local_run)}
    assert errors == {("a.jsonl", 2, "DL101"), ("a.jsonl", 3, "DL107")}


@pytest.mark.model
def test_scale_rerun_resumes_and_overwrite_gives_the_same_output(
        corpus: list[str], local_run: str, tmp_path: Path) -> None:
    again = scale.run(corpus, local_run, engine="local", partition_size=2, published=PUBLISHED)
    assert again.resumed == again.partitions and again.done == 0
    assert again.articles == 7
    assert_complete(local_run)
    fresh = str(tmp_path / "fresh")
    scale.run(corpus, fresh, engine="local", partition_size=2, published=PUBLISHED)
    scale.run(corpus, fresh, engine="local", partition_size=2, published=PUBLISHED,
              overwrite=True)
    assert_same_output(local_run, fresh)
    with pytest.raises(ScaleError) as caught:
        scale.run(corpus, fresh, engine="local", partition_size=3, published=PUBLISHED)
    assert caught.value.code == "DL602"


@pytest.mark.model
def test_scale_crash_on_one_article_fails_only_that_article(
        corpus: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = extract_module.to_record

    def crashing(doc: Any, article: Any) -> Any:
        if "Tehran" in article.text:
            raise RuntimeError("boom")
        return original(doc, article)

    monkeypatch.setattr(extract_module, "to_record", crashing)
    output = str(tmp_path / "crash")
    summary = scale.run(corpus, output, engine="local", partition_size=2, published=PUBLISHED)
    assert summary.failed == 0
    assert summary.errors["DL502"] >= 1
    crashed = [e for e in scale.iter_errors(output) if e.code == "DL502"]
    assert all("boom" in e.message for e in crashed)
    texts = [r.article.text for r, _, _ in scale.iter_records(output)]
    assert len(texts) + len(crashed) == 7
    assert not any("Tehran" in t for t in texts)


@pytest.mark.model
def test_scale_a_result_lost_after_its_partition_was_written_is_no_failure(
        corpus: list[str], local_run: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed after writing its partition, or a client that cannot gather the
    result (Dask's "Couldn't gather ... rescheduling"), loses only the returned counts: the
    partition's marker holds them, so the run counts it done, not failed."""
    runner = importlib.import_module("dateline.scale.runner")
    original = runner.extract_partition

    def written_then_lost(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise RuntimeError("the result was lost on its way back")

    monkeypatch.setattr(runner, "extract_partition", written_then_lost)
    output = str(tmp_path / "lost")
    summary = scale.run(corpus, output, engine="local", partition_size=2, published=PUBLISHED)
    assert (summary.failed, summary.done, summary.articles) == (0, summary.partitions, 7)
    assert_same_output(local_run, output)


@pytest.mark.model
def test_scale_load_into_store_once(local_run: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    with Store(db) as store:
        first = scale.load_parquet(local_run, store)
        assert (first.stored, first.skipped, first.error_count) == (7, 0, 2)
        events = store.counts()["reports"]
        assert events == scale.read_table(local_run, "events").num_rows
    result = CliRunner().invoke(app, ["load", local_run, "--db", db])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.counts()["articles"] == 7
        assert store.counts()["reports"] == events
        assert sorted(e.code for e in store.errors()) == ["DL101", "DL107"]


def test_scale_load_refuses_other_directories(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db",
                                      f"sqlite:///{tmp_path / 's.db'}"])
    assert result.exit_code != 0
    assert isinstance(result.exception, ScaleError)
    assert result.exception.code == "DL604"


def test_scale_ingest_engine_dask_needs_a_parquet_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--engine", "dask",
                                      "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert result.exit_code == 2
    assert "--parquet" in result.output
