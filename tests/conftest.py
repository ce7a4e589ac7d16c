"""Shared fixtures. The spaCy model loads once per test session (`extractor`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import Extraction, Extractor
from dateline.record import iter_spans

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TEHRAN = EXAMPLES / "tehran-taliban-talks-2018-12-26.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def tehran(extractor: Extractor) -> Extraction:
    return extractor.extract(TEHRAN.read_text(encoding="utf-8"), published="2018-12-26")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"gold data not found at {SHARED_DATA}: evaluation tests need ../shared/data")
    return SHARED_DATA


def assert_offsets(record: Extraction) -> None:
    """Every span of every kind satisfies text[start:end] == span.text."""
    text = record.article.text
    for where, span in iter_spans(record):
        assert text[span.start : span.end] == span.text, (where, span)
