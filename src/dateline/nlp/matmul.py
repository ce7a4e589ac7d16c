"""spaCy's matrix products through numpy's BLAS, on one thread.

thinc multiplies the model's matrices (the token encoders of the tagger's, parser's and
entity recognizer's networks: about a fifth of the whole spaCy pipeline on news) with the
BLIS library it bundles; numpy's own BLAS (OpenBLAS in numpy's wheels) does the same
products about a third faster on one core here. `use_numpy_matmul` gives every layer of
the pipeline thinc's numpy ops with BLIS turned off (`NumpyOps(use_blis=False)`, a setting
of thinc's own), and holds each product to one thread: dateline runs one pipeline per
process and scales by processes, and OpenBLAS would otherwise start a thread per core in
each of them. The sums are the same products in another order; on the bench corpus the
tags, parses and entities came out identical (`tests/test_nlp_matmul.py` compares them).
The transition parsers' own C loops keep BLIS.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps

__all__ = ["OneThreadNumpyOps", "one_blas_thread", "use_numpy_matmul"]


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # the BLAS libraries loaded now (numpy's among them)


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS runs on one thread (restored on leaving it)."""
    return _controller().limit(limits=1, user_api="blas")  # type: ignore[no-any-return]


class OneThreadNumpyOps(NumpyOps):  # type: ignore[misc]
    """thinc's numpy ops, matrix products by numpy on one thread rather than by BLIS."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(use_blis=False, **kwargs)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        with one_blas_thread():
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_matmul(nlp: Language) -> None:
    """Give every thinc layer of the pipeline's components `OneThreadNumpyOps`."""
    ops = OneThreadNumpyOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
