"""The public surface is `dateline.__all__`; keep it honest."""

from __future__ import annotations

import dateline


def test_api_all_names_exist_and_are_public() -> None:
    for name in dateline.__all__:
        assert hasattr(dateline, name), name
    public = {n for n in vars(dateline) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(dateline, n)).__name__ == "module"}
    assert public - modules - {"annotations"} == set(dateline.__all__) - {"__version__"}
