"""The bundled examples: regenerated from their sources unchanged, and all extractable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline import Extraction, Extractor

from .conftest import EXAMPLES, ROOT, assert_offsets

CORPUS = EXAMPLES / "wikinews" / "wikinews-politics.jsonl"


def test_examples_demo_corpus_regenerates_identically(shared_data: Path) -> None:
    import importlib.util

    script = ROOT / "scripts" / "build_demo_corpus.py"
    spec = importlib.util.spec_from_file_location("build_demo_corpus", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    corpus, notice = build.build(shared_data.parent)
    assert corpus == CORPUS.read_text(encoding="utf-8")
    assert notice == (EXAMPLES / "wikinews" / "NOTICE").read_text(encoding="utf-8")


def test_examples_demo_corpus_has_urls_and_dates() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert 45 <= len(rows) <= 55
    assert all(r["url"].startswith("https://en.wikinews.org/wiki/") for r in rows)
    assert all(r["published"] for r in rows)


@pytest.mark.slow
def test_examples_whole_demo_corpus_extracts_with_exact_offsets(extractor: Extractor) -> None:
    results = list(extractor.extract_paths([str(CORPUS)]))
    for record in results:
        assert isinstance(record, Extraction)
        # No stage failed; a place name missing from the gazetteer (DL302) is a note.
        failures = [w for w in record.warnings if w.code != "DL302"]
        assert failures == [], failures
        assert record.entities
        assert_offsets(record)
