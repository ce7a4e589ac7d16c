"""`dateline actors PATH` shows each entity's code and why."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from tests.conftest import TEHRAN

pytestmark = pytest.mark.model  # every test runs the CLI over the model


def test_actors_cli_shows_code_and_evidence() -> None:
    result = CliRunner().invoke(
        app, ["actors", str(TEHRAN), "--published", "2018-12-26"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "Mohammad Javad Zarif" in line)
    assert "IRN" in row and "GOV" in row and "title 'Iranian'" in row


def test_actors_piped_prints_whole_rows_at_any_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a terminal: plain aligned rows, never wrapped into fragments ("dictiona/ry")."""
    monkeypatch.delenv("COLUMNS", raising=False)
    result = CliRunner().invoke(app, ["actors", str(TEHRAN), "--published", "2018-12-26"])
    assert result.exit_code == 0, result.output
    assert not set("│┃━─") & set(result.stdout)
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["id", "type", "name", "code", "sector", "role", "basis", "why"]
    [zarif] = [line for line in lines if "Mohammad Javad Zarif" in line]
    assert {"PERSON", "IRN", "GOV", "text"} <= set(zarif.split())
    assert "Iranian Foreign Minister" in zarif
    assert "title 'Iranian'; sector from 'Foreign Minister'" in zarif
    assert any("dictionary entry 'Tehran' (mledoze/countries:IRN, capital)" in line
               for line in lines)


def test_actors_offers_json_and_csv() -> None:
    runner = CliRunner()
    as_json = runner.invoke(app, ["actors", str(TEHRAN), "--published", "2018-12-26",
                                  "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    zarif = next(r for r in rows if r["name"] == "Mohammad Javad Zarif")
    assert zarif["code"] == "IRN" and "GOV" in zarif["sector"]
    assert zarif["why"].startswith("title 'Iranian'") and zarif["article"]

    as_csv = runner.invoke(app, ["actors", str(TEHRAN), "--published", "2018-12-26",
                                 "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == len(rows)
    row = next(r for r in table if r["name"] == "Mohammad Javad Zarif")
    assert row["code"] == "IRN" and row["sector"] == " ".join(zarif["sector"])
