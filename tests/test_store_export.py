"""Export: records JSONL, event CSV and Parquet, PLOVER JSONL, GDELT-style TSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.record import Extraction
from dateline.store import Store
from dateline.store.export import GDELT_COLUMNS

from .store_records import meeting_report, rich_record

runner = CliRunner()


@pytest.fixture
def filled(db_url: str) -> str:
    with Store(db_url) as store:
        store.add(rich_record())
        store.add(meeting_report("Ali Shamkhani held talks with the Taliban in Tehran.",
                                 "2018-12-27", "2018-12-26", shamkhani="Ali Shamkhani",
                                 taliban="Taliban"))
    return db_url


def _export(db: str, fmt: str, path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(path)])
    assert result.exit_code == 0, result.output


def test_jsonl_holds_the_records(filled: str, tmp_path: Path) -> None:
    _export(filled, "jsonl", tmp_path / "records.jsonl")
    lines = (tmp_path / "records.jsonl").read_text().splitlines()
    records = [Extraction.model_validate_json(line) for line in lines]
    assert rich_record() in records and len(records) == 2


def test_csv_and_parquet_have_one_row_per_event(filled: str, tmp_path: Path) -> None:
    _export(filled, "csv", tmp_path / "events.csv")
    rows = list(csv.DictReader((tmp_path / "events.csv").open()))
    assert sorted(r["type"] for r in rows) == ["ACCUSE", "AGREE", "CONSULT"]
    consult = next(r for r in rows if r["type"] == "CONSULT")
    assert consult["report_count"] == "2" and consult["source_code"] == "IRN"
    _export(filled, "parquet", tmp_path / "events.parquet")
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 3 and "report_count" in table.column_names


def test_plover_records_use_the_manuals_fields(filled: str, tmp_path: Path) -> None:
    _export(filled, "plover", tmp_path / "plover.jsonl")
    records = [json.loads(x) for x in (tmp_path / "plover.jsonl").read_text().splitlines()]
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text",
            "quad_code", "event_scale", "text", "text_info", "cite_info", "coder"} <= set(consult)
    assert consult["date"] == "2018-12-26"
    assert consult["actor"] == [{"code": "IRN", "sector": "GOV", "entity_text": "Ali Shamkhani",
                                 "identifier_id": None}]
    assert consult["recipient"][0]["code"] == "TAL"
    assert consult["event_loc"]["geonameid"] == 112931
    assert consult["report_count"] == 2


def test_gdelt_table_has_gdelt_columns(filled: str, tmp_path: Path) -> None:
    _export(filled, "gdelt", tmp_path / "events.tsv")
    lines = (tmp_path / "events.tsv").read_text().splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    rows = list(csv.DictReader(lines, delimiter="\t"))
    consult = next(r for r in rows if r["EventCode"] == "042")
    assert consult["SQLDATE"] == "20181226" and consult["EventRootCode"] == "04"
    assert consult["Actor1Code"] == "IRNGOV" and consult["Actor2Name"] == "Taliban"
    assert consult["QuadClass"] == "1" and consult["NumArticles"] == "2"
    assert consult["ActionGeo_FeatureID"] == "112931"
