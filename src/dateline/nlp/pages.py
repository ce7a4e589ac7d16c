"""spaCy's arrays in ordinary memory pages, not transparent huge pages.

numpy advises the Linux kernel to back every array of 4 MB or more with transparent huge
pages (`madvise(MADV_HUGEPAGE)`). spaCy's networks make and drop such arrays for each batch
(a batch of 32 news articles is about 16,000 tokens: 18 MB for one layer's window of
features), and where the kernel honours that advice by compacting memory on the spot (its
`defrag` setting "madvise", the default of several distributions) a machine that has run a
while pays for it in system time: on this project's two-core machine bare spaCy took 14.4
to 15.6 s for the bench's 150 articles with the advice and 11.7 to 11.9 s without it, and
dateline 17.2 s and 13.5 s. Where huge pages come cheap the advice gains little for arrays
that live for one layer. `small_pages` turns the advice off while dateline runs its
pipeline and gives numpy its own setting back after; nothing that is computed changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

__all__ = ["small_pages"]


@lru_cache(maxsize=1)
def _advice_setter() -> Callable[[bool], bool] | None:
    """numpy's switch for the advice (it returns the setting it replaces), or None where
    this numpy has none."""
    import numpy

    for module in ("_core", "core"):  # numpy 2, numpy 1
        multiarray = getattr(getattr(numpy, module, None), "multiarray", None)
        setter = getattr(multiarray, "_set_madvise_hugepage", None)
        if setter is not None:
            return setter  # type: ignore[no-any-return]
    return None


@contextmanager
def small_pages() -> Iterator[None]:
    """A context in which numpy asks for no huge pages (its own setting restored after)."""
    setter = _advice_setter()
    if setter is None:
        yield
        return
    before = setter(False)
    try:
        yield
    finally:
        setter(before)
