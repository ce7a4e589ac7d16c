"""Words the actor coder alone reads: the modifiers that make an office a former one, and
the surnames too common to name one person. The sector words it shares with the entity
stage's titles are in `dateline.lang.words` (`SECTOR_WORDS`, `OFFICE_SECTORS`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# A modifier that makes an office a former one: PLOVER's ELI (out of office).
FORMER_WORDS = frozenset({"former", "ex", "ousted", "exiled", "late", "deposed"})


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The most frequent surnames ("smith", "sanders", "bush"): too common for a surname
    alone to name one dictionary person (data/common_surnames.txt, from the US Census;
    scripts/build_common_surnames.py)."""
    text = resources.files("dateline.data").joinpath("common_surnames.txt").read_text(
        encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
