"""The CI quality gate: every stage's scores on its pinned gold subset stay above the floors
in eval/baseline.json. Raise floors with `dateline eval gate --update`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline import Extractor
from dateline.cli import app
from dateline.errors import FloorLowered, ZeroFloor
from dateline.evaluate.gate import check, check_gold, load_baseline, update, zero_floors
from dateline.evaluate.runner import GATED_METRICS, EvalReport, evaluate
from dateline.evaluate.scorers import StageScore

DATA = Path(__file__).parent / "data" / "evaluate"
BASELINE = load_baseline()


def _report(stage: str, **metrics: float) -> EvalReport:
    """A report scoring 0.5 on each gated metric of the stage, except those given."""
    scores = dict.fromkeys(GATED_METRICS[stage], 0.5) | metrics
    return EvalReport(stage=stage, dataset="tiny", split="dev", limit=None, docs=3,
                      systems={"dateline": StageScore(scores)})


@pytest.fixture
def tiny_root(tmp_path: Path) -> Path:
    target = tmp_path / "plover_gsr" / "gold_standard_records" / "PLOVER_GSR_CAMEO.dev.json"
    target.parent.mkdir(parents=True)
    shutil.copy(DATA / "plover_tiny.json", target)
    return tmp_path


def _baseline() -> dict[str, Any]:
    return {"schema": "x", "runs": {"events": {"split": "dev", "limit": None}}, "gold": {},
            "floors": {}, "history": []}


def test_gate_raises_freely_and_lowers_only_with_a_reason(tiny_root: Path) -> None:
    first, changes = update(_baseline(), [_report("events", **{"type.acc": 0.61234})],
                            tiny_root)
    assert first["floors"]["events"]["type.acc"] == 0.6123  # rounded down
    assert len(changes) == len(GATED_METRICS["events"])
    assert check(first, _report("events", **{"type.acc": 0.6123})) == []
    breaches = check(first, _report("events", **{"type.acc": 0.5}))
    assert [b.metric for b in breaches] == ["type.acc"]
    with pytest.raises(FloorLowered):
        update(first, [_report("events", **{"type.acc": 0.5})], tiny_root)
    with pytest.raises(FloorLowered):
        update(first, [_report("events", **{"type.acc": 0.5})], tiny_root, allow_lower=True)
    lowered, _ = update(first, [_report("events", **{"type.acc": 0.5})], tiny_root,
                        allow_lower=True, reason="lexicon rewrite trades accuracy for recall")
    assert lowered["floors"]["events"]["type.acc"] == 0.5
    assert lowered["history"][-1]["change"] == "lower"
    assert "lexicon rewrite" in lowered["history"][-1]["reason"]


def test_gate_notices_changed_gold(tiny_root: Path) -> None:
    pinned, _ = update(_baseline(), [_report("events", **{"type.acc": 0.5})], tiny_root)
    check_gold(pinned, tiny_root, "events")
    gold = tiny_root / "plover_gsr" / "gold_standard_records" / "PLOVER_GSR_CAMEO.dev.json"
    gold.write_text(gold.read_text("utf-8").replace("DEMAND", "THREATEN"), "utf-8")
    with pytest.raises(Exception, match="changed"):
        check_gold(pinned, tiny_root, "events")


def test_gate_refuses_a_zero_floor(tiny_root: Path) -> None:
    # a baseline holding a 0.0 floor is an error, not a pass
    zero = _baseline() | {"floors": {"events": {"type.acc": 0.0, "type.macro_f1": 0.4}}}
    with pytest.raises(ZeroFloor, match=r"events\.type\.acc"):
        check(zero, _report("events", **{"type.acc": 0.9, "type.macro_f1": 0.9}))
    # --update never writes one: a stage measuring 0 is broken, not pinned
    with pytest.raises(ZeroFloor, match=r"target\.country\.acc"):
        update(_baseline(), [_report("events", **{"target.country.acc": 0.0})], tiny_root)
    with pytest.raises(ZeroFloor):
        update(_baseline(), [_report("events", **{"type.acc": 0.00004})], tiny_root,
               allow_lower=True, reason="rounding down to 4 decimals makes it 0.0")
    # a 0.0 floor already there is replaced by the measured score (no --allow-lower)
    fixed, _ = update(zero, [_report("events")], tiny_root)
    assert fixed["floors"]["events"]["type.acc"] == 0.5 and not zero_floors(fixed)


def test_checked_in_baseline_has_no_zero_floor() -> None:
    assert zero_floors(BASELINE) == []


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(BASELINE["runs"]))
def test_scores_stay_above_floors(stage: str, shared_data: Path, extractor: Extractor) -> None:
    run = BASELINE["runs"][stage]
    check_gold(BASELINE, shared_data, stage)
    report = evaluate(stage, root=shared_data, split=run["split"], limit=run["limit"],
                      extractor=extractor, peers=False)
    assert report.docs > 0
    breaches = check(BASELINE, report)
    assert not breaches, "; ".join(map(str, breaches)) + (
        " — if this drop is intended, run `dateline eval gate --update --allow-lower "
        "--reason '…'` and say why in the commit")


@pytest.mark.slow
@pytest.mark.model
def test_eval_cli_prints_table_and_writes_json(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "times", "--limit", "2", "--data",
                                      str(shared_data), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "dateparser" in result.output and "relaxed.f1" in result.output
    report = out.read_text("utf-8")
    assert '"dateline"' in report and '"dateparser"' in report


@pytest.mark.model
def test_eval_events_shows_the_rules_beside_and_says_the_model_learned_from_it(
        tiny_root: Path) -> None:
    """The event model learned from the PLOVER dev records: `eval events` must not pass off
    its in-sample accuracy as a dev score, so it prints the model's out-of-fold one."""
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(tiny_root)])
    assert result.exit_code == 0, result.output
    assert "coder=rules" in result.output
    note = " ".join(result.output.split("note:", 1)[1].split())
    assert note.startswith("the event model learned from these records")
    assert "out of fold" in note
