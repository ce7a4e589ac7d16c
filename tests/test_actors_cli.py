"""`dateline actors PATH` shows each entity's code and why."""

from __future__ import annotations

from typer.testing import CliRunner

from dateline.cli import app
from tests.conftest import TEHRAN


def test_actors_cli_shows_code_and_evidence() -> None:
    result = CliRunner().invoke(
        app, ["actors", str(TEHRAN), "--published", "2018-12-26"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "Mohammad Javad Zarif" in line)
    assert "IRN" in row and "GOV" in row and "title 'Iranian'" in row
