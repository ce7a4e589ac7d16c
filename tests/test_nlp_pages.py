"""No huge pages for numpy's arrays while dateline runs its pipeline (`dateline.nlp.pages`):
the advice is off inside, numpy's own setting is back after, and the extractor's stages
run inside."""

from __future__ import annotations

import importlib

import pytest

from dateline import Extractor
from dateline.nlp.pages import _advice_setter, small_pages

# the module (`dateline.extract` is also the package's function of that name)
EXTRACT = importlib.import_module("dateline.extract")


def _advice() -> bool:
    """numpy's setting now, read by setting it and putting it back."""
    setter = _advice_setter()
    assert setter is not None, "this numpy has no switch for its huge-page advice"
    before = setter(True)
    setter(before)
    return before


@pytest.mark.parametrize("before", [True, False])
def test_off_inside_and_numpys_own_setting_after(before: bool) -> None:
    setter = _advice_setter()
    assert setter is not None
    setter(before)
    try:
        with small_pages():
            assert _advice() is False
        assert _advice() is before
    finally:
        setter(True)  # numpy's default


def test_restored_when_the_pipeline_raises() -> None:
    with pytest.raises(RuntimeError), small_pages():
        raise RuntimeError("a stage crashed")
    assert _advice() is True


def test_the_extractors_stages_run_without_the_advice(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    to_record = EXTRACT.to_record

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(_advice())  # the record is made from the Doc the stages just annotated
        return to_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(EXTRACT, "to_record", watched)
    records = list(extractor.extract_many(["Iran's foreign minister met Taliban envoys "
                                           "in Kabul on Monday.", "Officials said so."]))
    assert len(records) == 2 and len(seen) >= 2 and not any(seen)  # (and the warm-up)
    assert _advice() is True


def test_docs_parse_without_the_advice_and_give_it_back(extractor: Extractor) -> None:
    """`Extractor.docs`, which the training and evaluation code parse with: the advice is
    off while its Docs come and back once the last one is out."""
    from dateline.ingest import RawArticle, prepare_article

    articles = [prepare_article(RawArticle(text=text, origin="test"), extractor.settings)
                for text in ("Iran's foreign minister met Taliban envoys in Kabul.",
                             "Officials said so.")]
    seen: list[bool] = []
    for doc in extractor.docs(articles):
        seen.append(_advice())
        assert doc.has_annotation("DEP")
    assert seen == [False, False]
    assert _advice() is True
