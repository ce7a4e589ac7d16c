"""The quality gate: per-stage floors pinned in a checked-in baseline file.

`eval/baseline.json` pins, per stage, the gold subset the gate runs (split and limit), the
SHA-256 of the gold files, and a floor for each key metric of dateline itself. CI fails
when a score drops below its floor (`tests/test_evaluate_gate.py`). Raising floors to the
measured scores is one command (`dateline eval gate --update`); lowering one, or re-pinning
after the gold files changed, needs `--allow-lower` and a `--reason`, which is written into
the file's history so the commit carries it.

Floors are the measured scores rounded down to 4 decimals: the pipeline is deterministic on
CPU, so the margin only absorbs float formatting. A floor is never 0.0: such a floor can
never be breached, so a stage pinned at 0 (because it was not built yet, or because its
scorer broke) would pass the gate whatever it does. `check` refuses a baseline that has
one and `update` refuses to write one (`ZeroFloor`, DL404).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateline.errors import FloorLowered, GoldDataChanged, ZeroFloor
from dateline.evaluate.runner import GATED_METRICS, EvalReport, gold_checksum

BASELINE_SCHEMA = "dateline.eval-baseline/1"
DEFAULT_BASELINE = Path(__file__).resolve().parents[3] / "eval" / "baseline.json"
# Subsets the gate runs: small enough for CI on two cores (about a minute in all, measured
# here), large enough that a real regression moves the score.
DEFAULT_RUNS: dict[str, dict[str, Any]] = {
    "entities": {"split": "dev", "limit": 40},
    "times": {"split": "dev", "limit": 40},
    "quotes": {"split": "dev", "limit": 20},
    "places": {"split": "dev", "limit": 25},
    "events": {"split": "dev", "limit": None},
    "petrarch": {"split": "dev", "limit": None},
    "actors": {"split": "dev", "limit": None},
    "petrarch-actors": {"split": "dev", "limit": None},
    "events-doc": {"split": "dev", "limit": None},
}


@dataclass(frozen=True)
class Breach:
    stage: str
    metric: str
    floor: float
    measured: float

    def __str__(self) -> str:
        return (f"{self.stage} {self.metric}: {self.measured:.4f} is below its floor "
                f"{self.floor:.4f}")


@dataclass(frozen=True)
class FloorChange:
    stage: str
    metric: str
    old: float | None
    new: float


def floor_of(score: float) -> float:
    return math.floor(score * 10_000) / 10_000


def load_baseline(path: Path = DEFAULT_BASELINE) -> dict[str, Any]:
    if not path.is_file():
        return {"schema": BASELINE_SCHEMA, "runs": DEFAULT_RUNS, "gold": {}, "floors": {},
                "history": []}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def save_baseline(baseline: dict[str, Any], path: Path = DEFAULT_BASELINE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def check_gold(baseline: dict[str, Any], root: Path, stage: str) -> None:
    """Raise `GoldDataChanged` when a stage's gold files differ from the pinned checksum."""
    run = baseline["runs"][stage]
    pinned = baseline.get("gold", {}).get(stage)
    measured = gold_checksum(root, stage, run["split"])
    if pinned != measured:
        raise GoldDataChanged(
            f"gold files for '{stage}' changed (sha256 {measured[:12]}…, baseline "
            f"{str(pinned)[:12]}…): re-pin with `dateline eval gate --update --allow-lower "
            "--reason '…'`"
        )


def zero_floors(baseline: dict[str, Any], stage: str | None = None) -> list[str]:
    """"stage.metric" of every floor that is 0.0 (or below), of one stage or all."""
    return [f"{name}.{metric}"
            for name, floors in baseline.get("floors", {}).items()
            if stage is None or name == stage
            for metric, floor in floors.items() if floor <= 0.0]


def check_floors(baseline: dict[str, Any], stage: str) -> None:
    """Raise `ZeroFloor` when one of the stage's floors is 0.0: it guards nothing, and
    must be pinned from a real run (`dateline eval gate --update --stage …`)."""
    if zeros := zero_floors(baseline, stage):
        raise ZeroFloor(f"floor(s) of 0.0 guard nothing: {', '.join(zeros)}; pin them from a "
                        f"real run with `dateline eval gate --update --stage {stage}`")


def check(baseline: dict[str, Any], report: EvalReport) -> list[Breach]:
    """Every pinned floor of the report's stage that dateline's score fell below; raises
    `ZeroFloor` when one of them is 0.0 (`check_floors`)."""
    check_floors(baseline, report.stage)
    measured = report.systems["dateline"].metrics
    floors: dict[str, float] = baseline.get("floors", {}).get(report.stage, {})
    return [Breach(report.stage, metric, floor, measured.get(metric, 0.0))
            for metric, floor in floors.items() if measured.get(metric, 0.0) < floor]


def update(baseline: dict[str, Any], reports: list[EvalReport], root: Path, *,
           allow_lower: bool = False, reason: str | None = None
           ) -> tuple[dict[str, Any], list[FloorChange]]:
    """A new baseline with floors at the measured scores and checksums re-pinned.

    Raises `FloorLowered` when a floor would go down, or the gold changed, unless
    `allow_lower` is set and a reason given; `ZeroFloor` when a measured score floors to
    0.0 (a stage that scores nothing is broken: fix it rather than pin it). A 0.0 floor
    already in the baseline is replaced by the measured one, which is never a lowering.
    """
    lowering_ok = allow_lower and bool(reason and reason.strip())
    new = json.loads(json.dumps(baseline))
    changes: list[FloorChange] = []
    for report in reports:
        stage = report.stage
        checksum = gold_checksum(root, stage, new["runs"][stage]["split"])
        if new["gold"].get(stage) not in (None, checksum) and not lowering_ok:
            raise FloorLowered(f"gold files for '{stage}' changed: re-pinning needs "
                               "--allow-lower and --reason")
        new["gold"][stage] = checksum
        floors = new["floors"].setdefault(stage, {})
        for metric in GATED_METRICS[stage]:
            value = floor_of(report.systems["dateline"].metrics.get(metric, 0.0))
            if value <= 0.0:
                raise ZeroFloor(f"{stage} {metric} measures {value:.4f}: a floor of 0.0 "
                                "guards nothing; the stage is broken or not scored")
            old = floors.get(metric)
            if old is not None and value < old and not lowering_ok:
                raise FloorLowered(
                    f"{stage} {metric} would drop from {old:.4f} to {value:.4f}; pass "
                    "--allow-lower with --reason to lower it"
                )
            if old is None or value > old or (value < old and lowering_ok):
                floors[metric] = value
                changes.append(FloorChange(stage, metric, old, value))
    if changes:
        lowered = any(c.old is not None and c.new < c.old for c in changes)
        new["history"].append({
            "date": date.today().isoformat(),
            "change": "lower" if lowered else "raise",
            "reason": reason or "floors raised to measured scores",
            "floors": {f"{c.stage}.{c.metric}": c.new for c in changes},
        })
    return new, changes
