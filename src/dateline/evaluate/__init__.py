"""Evaluation on gold data: readers per corpus, pure scorers per stage, peers, the CI gate.

    >>> from dateline.evaluate import evaluate
    >>> report = evaluate("entities", limit=10)
    >>> report.systems["dateline"].metrics["strict.f1"]
"""

from __future__ import annotations

from dateline.evaluate.gold import GoldDoc
from dateline.evaluate.runner import DATASETS, SCORERS, STAGES, EvalReport, evaluate, gold_checksum
from dateline.evaluate.scorers import PRF, StageScore

__all__ = [
    "DATASETS",
    "PRF",
    "SCORERS",
    "STAGES",
    "EvalReport",
    "GoldDoc",
    "StageScore",
    "evaluate",
    "gold_checksum",
]
