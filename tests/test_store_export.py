"""Export: records JSONL, event CSV and Parquet, PLOVER JSONL, GDELT-style TSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.record import EventDate, Extraction
from dateline.store import Store
from dateline.store.export import GDELT_COLUMNS, GDELT_EXPORT_COLUMNS

from .store_records import MODAL_EVENTS, meeting_report, modal_record, rich_record

runner = CliRunner()


@pytest.fixture
def filled(db_url: str) -> str:
    with Store(db_url) as store:
        store.add(rich_record())
        store.add(meeting_report("Ali Shamkhani held talks with the Taliban in Tehran.",
                                 "2018-12-27", "2018-12-26", shamkhani="Ali Shamkhani",
                                 taliban="Taliban"))
    return db_url


@pytest.fixture
def modal(filled: str) -> str:
    """`filled` plus an article with a negated, a reported, a future, a conditional and a
    hypothetical event."""
    with Store(filled) as store:
        store.add(modal_record())
    return filled


def _export(db: str, fmt: str, path: Path, *options: str) -> str:
    result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(path),
                                 *options])
    assert result.exit_code == 0, result.output
    return result.stderr


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
    assert len(GDELT_COLUMNS) == 61
    assert lines[0].split("\t") == [*GDELT_COLUMNS, "IsNegated", "Modality"]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    consult = next(r for r in rows if r["EventCode"] == "042")
    assert consult["SQLDATE"] == "20181226" and consult["EventRootCode"] == "04"
    assert consult["Actor1Code"] == "IRNGOV" and consult["Actor2Name"] == "Taliban"
    assert consult["QuadClass"] == "1" and consult["NumArticles"] == "2"
    assert consult["ActionGeo_FeatureID"] == "112931"
    assert consult["IsNegated"] == "0" and consult["Modality"] == "asserted"
    assert all(len(line.split("\t")) == 63 for line in lines)


# (type, negated, modality) of the events a default export keeps from `modal`
KEPT = {("ACCUSE", False, "asserted"), ("AGREE", False, "asserted"),
        ("CONSULT", False, "asserted"), ("ACCUSE", False, "reported"),
        ("AGREE", False, "future")}
EVERY = KEPT | {("CONSULT", True, "asserted"), ("ASSAULT", False, "conditional"),
                ("SANCTION", False, "hypothetical")}


def test_plover_export_leaves_out_negated_and_unrealised_events(modal: str,
                                                                 tmp_path: Path) -> None:
    said = _export(modal, "plover", tmp_path / "plover.jsonl")
    records = [json.loads(x) for x in (tmp_path / "plover.jsonl").read_text().splitlines()]
    assert {(r["event"][0], r["negated"], r["modality"]) for r in records} == KEPT
    assert len(records) == len(KEPT)
    assert "left out 3 negated, hypothetical or conditional event(s)" in said
    assert "--all-events" in said
    future = next(r for r in records if r["modality"] == "future")
    assert future["context"] == ["future"]  # the manual's auxiliary mode, in `context`
    reported = next(r for r in records if r["modality"] == "reported")
    assert reported["context"] == [] and reported["negated"] is False

    said = _export(modal, "plover", tmp_path / "all.jsonl", "--all-events")
    records = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert {(r["event"][0], r["negated"], r["modality"]) for r in records} == EVERY
    assert len(records) == len(EVERY) and "left out" not in said
    by_trigger = {r["event_text"][0]: r for r in records}
    assert by_trigger["did not meet"]["negated"] is True
    assert by_trigger["did not meet"]["context"] == ["negation"]
    assert by_trigger["could attack"]["context"] == ["hypothetical"]  # conditional
    assert by_trigger["might sanction"]["context"] == ["hypothetical"]
    assert by_trigger["will host"]["context"] == ["future"]


def test_gdelt_export_carries_negation_and_modality_columns(modal: str,
                                                            tmp_path: Path) -> None:
    _export(modal, "gdelt", tmp_path / "events.tsv")
    lines = (tmp_path / "events.tsv").read_text().splitlines()
    assert lines[0].split("\t")[-2:] == ["IsNegated", "Modality"]
    assert lines[0].split("\t") == GDELT_EXPORT_COLUMNS
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert {(r["EventCode"], r["IsNegated"], r["Modality"]) for r in rows} == {
        ("042", "0", "asserted"), ("112", "0", "asserted"), ("030", "0", "asserted"),
        ("112", "0", "reported"), ("030", "0", "future")}

    _export(modal, "gdelt", tmp_path / "all.tsv", "--all-events")
    rows = list(csv.DictReader((tmp_path / "all.tsv").read_text().splitlines(),
                               delimiter="\t"))
    assert len(rows) == len(EVERY)
    assert {(r["EventCode"], r["IsNegated"], r["Modality"]) for r in rows} >= {
        ("040", "1", "asserted"), ("190", "0", "conditional"), ("163", "0", "hypothetical")}


def test_event_tables_and_python_export_follow_the_same_rule(modal: str,
                                                             tmp_path: Path) -> None:
    _export(modal, "csv", tmp_path / "events.csv")
    rows = list(csv.DictReader((tmp_path / "events.csv").open()))
    assert {(r["type"], r["negated"] == "True", r["modality"]) for r in rows} == KEPT
    _export(modal, "csv", tmp_path / "all.csv", "--all-events")
    rows = list(csv.DictReader((tmp_path / "all.csv").open()))
    assert {(r["type"], r["negated"] == "True", r["modality"]) for r in rows} == EVERY

    import pyarrow.parquet as pq

    _export(modal, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert {(r["type"], r["negated"], r["modality"]) for r in table} == KEPT

    with Store(modal) as store:
        assert store.count_left_out() == 3
        assert store.export("gdelt", tmp_path / "py.tsv") == len(KEPT)
        assert store.export("plover", tmp_path / "py.jsonl", all_events=True) == len(EVERY)
        assert store.export("jsonl", tmp_path / "records.jsonl") == 3  # records stay whole
    records = [Extraction.model_validate_json(line)
               for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert modal_record() in records
    assert len(MODAL_EVENTS) == 5


# date value, granularity -> (SQLDATE, MonthYear, Year, FractionDate filled)
PARTIAL_DATES = {
    ("2018-12-26", "day"): ("20181226", "201812", "2018", True),
    ("2018-12", "month"): ("", "201812", "2018", False),
    ("2018", "year"): ("", "", "2018", False),
    ("2019-W03", "week"): ("", "201901", "2019", False),  # 14-20 January
    ("2019-W05", "week"): ("", "", "2019", False),  # 28 January - 3 February
    ("2019-W01", "week"): ("", "", "", False),  # 31 December 2018 - 6 January 2019
    ("2019-Q2", "quarter"): ("", "", "2019", False),
}


def test_gdelt_dates_fill_what_the_granularity_gives(db_url: str, tmp_path: Path) -> None:
    with Store(db_url) as store:
        for n, (value, granularity) in enumerate(PARTIAL_DATES):
            text = f"Ali Shamkhani met the Taliban in Tehran, report {n} says."
            record = meeting_report(text, "2019-02-01", value, shamkhani="Ali Shamkhani",
                                    taliban="Taliban")
            [event] = record.events
            dated = event.model_copy(update={"date": EventDate(
                value=value, granularity=granularity, basis="explicit")})
            store.add(record.model_copy(update={"events": [dated]}))
        dates = {e.id: (e.date, e.date_granularity) for e in store.events()}
    assert sorted(dates.values()) == sorted(PARTIAL_DATES)
    _export(db_url, "gdelt", tmp_path / "events.tsv")
    rows = list(csv.DictReader((tmp_path / "events.tsv").open(), delimiter="\t"))
    for row in rows:
        sqldate, month_year, year, fraction = PARTIAL_DATES[dates[int(row["GLOBALEVENTID"])]]
        assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == (sqldate, month_year, year)
        assert bool(row["FractionDate"]) is fraction
    assert len(rows) == len(PARTIAL_DATES)
    # PLOVER's `date` is a day or nothing ("2019-W03" was written as a date); the coded
    # value stays in `date_value`
    _export(db_url, "plover", tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    for record in map(json.loads, lines):
        key = dates[int(record["id"].removeprefix("dateline-"))]
        sqldate = PARTIAL_DATES[key][0]
        assert record["date_value"] == key[0]
        assert record["date"] == (f"{sqldate[:4]}-{sqldate[4:6]}-{sqldate[6:]}" if sqldate
                                  else None)
