"""spaCy's matrix products through numpy's BLAS on one thread (`dateline.nlp.matmul`): the
same products, the same annotations, one thread."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from dateline.nlp import load_model, load_pipeline
from dateline.nlp.matmul import OneThreadNumpyOps, _controller, one_blas_thread, use_numpy_matmul
from dateline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _numpy_blas_threads() -> list[int]:
    """The threads of the BLAS libraries `one_blas_thread` holds: those loaded when it was
    first used, numpy's among them (scipy's own OpenBLAS, loaded later by other tests, is
    not one spaCy's products run on)."""
    return [lib["num_threads"] for lib in threadpool_info()
            if lib["user_api"] == "blas" and lib["filepath"] in _numpy_blas()]


def _numpy_blas() -> set[str]:
    return {lib["filepath"] for lib in _controller().info() if lib["user_api"] == "blas"}


def test_one_blas_thread_inside_and_restored_after() -> None:
    before = _numpy_blas_threads()
    assert before, "numpy's BLAS is not under threadpoolctl's control"
    with one_blas_thread():
        assert _numpy_blas_threads() == [1] * len(before)
    assert _numpy_blas_threads() == before


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (False, True), (True, False)])
def test_gemm_gives_the_blis_product(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((40, 30) if not trans1 else (30, 40)).astype("float32")
    y = rng.standard_normal((30, 20) if not trans2 else (20, 30)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = OneThreadNumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    out = numpy.zeros_like(expected)
    OneThreadNumpyOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def _annotations(doc: Doc) -> list[tuple[str, str, int, str, str]]:
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.model
def test_every_layer_of_the_pipeline_uses_it() -> None:
    nlp = load_pipeline(Settings().models)
    layers = [layer for _, component in nlp.components
              if hasattr(getattr(component, "model", None), "walk")
              for layer in component.model.walk()]
    assert layers
    assert all(isinstance(layer.ops, OneThreadNumpyOps) for layer in layers)


@pytest.mark.model
def test_tags_parses_and_entities_are_spacys() -> None:
    plain, numpy_ops = load_model(Settings().models), load_model(Settings().models)
    use_numpy_matmul(numpy_ops)
    texts = [(ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt").read_text("utf-8")]
    with (ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()][:12]
    for expected, got in zip(plain.pipe(texts), numpy_ops.pipe(texts), strict=True):
        assert _annotations(got) == _annotations(expected), expected.text[:60]
