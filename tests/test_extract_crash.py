"""A crash on one article fails only that article, through every entry point: the Extractor
(API and CLI), batch ingest into a store (in this process and in a process pool) and the
scale-out runner. The crash is real, not simulated: with DATELINE_MAX_CHARS raised above
spaCy's `nlp.max_length`, a longer text passes ingestion and then spaCy refuses it (E088)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dateline import Extraction, Extractor, ItemError, scale
from dateline.errors import ExtractionCrashed, InputError, StoreError
from dateline.settings import Settings
from dateline.store import Store

SPACY_MAX_LENGTH = 1_000_000
GOOD = [
    "Ashraf Ghani met Hassan Rouhani in Kabul on Monday, officials said.",
    "Vladimir Putin met Angela Merkel in Moscow on Tuesday to discuss energy.",
    "Imran Khan visited Tehran on Wednesday, his office said in a statement.",
]
TOO_LONG = "The minister said the talks would continue next week. " * (
    SPACY_MAX_LENGTH // 50)


def crash_settings() -> Settings:
    """Settings that let a text past ingestion that spaCy then refuses."""
    return replace(Settings.from_env(), max_chars=2 * SPACY_MAX_LENGTH)


def write_crash_corpus(folder: Path) -> Path:
    """Three good stories and, between them (1.txt), one that spaCy refuses to parse."""
    folder.mkdir(parents=True)
    for n, text in enumerate([GOOD[0], TOO_LONG, *GOOD[1:]]):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_crash_corpus(tmp_path_factory.mktemp("crash") / "corpus")


def assert_crash_error(error: ItemError, source: str | None = None) -> None:
    assert error.code == ExtractionCrashed.code == "DL502"
    assert error.message.startswith("extraction crashed: ValueError: [E088]")
    if source is not None:
        assert error.source == source


def test_item_error_from_exception_keeps_a_dateline_code_and_names_a_crash() -> None:
    refused = ItemError.from_exception(InputError("article text is empty", code="DL101"),
                                       source="a.jsonl", line=3)
    assert (refused.where, refused.code, refused.message) == ("a.jsonl:3", "DL101",
                                                              "article text is empty")
    crashed = ItemError.from_exception(KeyError("x"), source="api")
    assert (crashed.code, crashed.message) == ("DL502", "extraction crashed: KeyError: 'x'")
    assert ItemError.from_exception(StoreError("full"), source="s").code == "DL500"


@pytest.mark.model
def test_extractor_batch_crash_fails_only_its_item(corpus: Path) -> None:
    extractor = Extractor(crash_settings())
    results = extractor.extract_batch([GOOD[0], TOO_LONG, {"text": GOOD[1]}])
    assert [type(r) for r in results] == [Extraction, ItemError, Extraction]
    assert isinstance(results[1], ItemError)
    assert_crash_error(results[1], "api")
    assert results[1].line == 2

    paths = list(extractor.extract_paths([str(corpus)]))
    errors = [r for r in paths if isinstance(r, ItemError)]
    assert [Path(e.source).name for e in errors] == ["1.txt"]
    assert_crash_error(errors[0])
    assert sorted(r.article.text for r in paths if isinstance(r, Extraction)) == sorted(GOOD)

    # one article: nothing to isolate, the crash is raised as before
    with pytest.raises(ValueError, match="E088"):
        extractor.extract(TOO_LONG)


@pytest.mark.model
@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_crash_fails_only_its_article(corpus: Path, tmp_path: Path, workers: int
                                             ) -> None:
    with Store(str(tmp_path / "crash.db")) as store:
        summary = store.ingest([str(corpus)], workers=workers, settings=crash_settings())
        assert (summary.stored, dict(summary.errors)) == (3, {"DL502": 1})
        [error] = store.errors()
        assert_crash_error(error, str(corpus / "1.txt"))
        assert sorted(r.article.text for r in store.records()) == sorted(GOOD)


@pytest.mark.model
def test_scale_crash_fails_only_its_article(corpus: Path, tmp_path: Path) -> None:
    output = str(tmp_path / "out")
    summary = scale.run([str(corpus)], output, engine="local", settings=crash_settings())
    assert (summary.failed, summary.articles, dict(summary.errors)) == (0, 3, {"DL502": 1})
    [error] = scale.iter_errors(output)
    assert_crash_error(error, str(corpus / "1.txt"))
    assert sorted(r.article.text for r, _, _ in scale.iter_records(output)) == sorted(GOOD)
