"""What a user hits in the store's commands (issue #18): missing stores, bad dates, `-o -`,
piped output and --format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import StoreError
from dateline.record import Extraction, ItemError, Quote
from dateline.store import Store

from .store_records import article, entity, event, rich_record, span

runner = CliRunner()

READERS = [
    ["events", "--actor", "IRN"],
    ["quotes"],
    ["summary"],
    ["export", "--format", "csv", "-o", "events.csv"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_reading_a_missing_store_is_an_error_that_creates_nothing(
        command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATELINE_DB", raising=False)

    default = runner.invoke(app, command)
    assert default.exit_code == 2, default.output
    assert isinstance(default.exception, SystemExit)  # a clean exit, no traceback
    assert "DL504" in default.stderr and "dateline.db" in default.stderr
    assert "0 event(s)" not in default.stdout

    nested = tmp_path / "no" / "dir" / "x.db"
    for db in (str(nested), f"sqlite:///{nested}"):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 2, result.output
        assert "DL504" in result.stderr and str(nested) in result.stderr
    assert list(tmp_path.iterdir()) == []  # no dateline.db, no folders, no export file


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_reading_commands_read_an_existing_store(
        command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "store.db"
    with Store(str(db)) as store:
        store.add(rich_record())
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_only_sqlite_paths_are_checked_for_a_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A PostgreSQL URL is never taken for a missing file: the server says whether it is
    there (here nothing listens, so it cannot be opened: DL501)."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as caught:
        Store("postgresql://nobody@127.0.0.1:1/nothing", create=False)
    assert caught.value.code == "DL501"
    assert list(tmp_path.iterdir()) == []


def test_ingest_still_creates_the_store(tmp_path: Path) -> None:
    db = tmp_path / "new" / "dir" / "x.db"
    with Store(str(db)) as store:  # the API's default, and what `ingest` and `load` do
        assert store.counts()["articles"] == 0
    assert db.is_file()


@pytest.fixture
def stored(tmp_path: Path) -> str:
    db = tmp_path / "store.db"
    with Store(str(db)) as store:
        store.add(rich_record())
    return str(db)


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["2024-99-01", "yesterday", "26/12/2018"])
def test_a_bad_date_is_an_error_naming_the_option(stored: str, option: str,
                                                  value: str) -> None:
    result = runner.invoke(app, ["events", "--db", stored, option, value])
    assert result.exit_code == 2, result.output
    assert option in result.output and value in result.output
    assert "event(s)" not in result.stdout


def test_good_dates_still_filter(stored: str) -> None:
    def ids(*options: str) -> list[str]:
        result = runner.invoke(app, ["events", "--db", stored, "--format", "json", *options])
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    assert len(ids("--since", "2018-12-01", "--until", "2018-12-31")) == 3
    assert ids("--since", "2019-01-01") == []


@pytest.mark.parametrize("command", ["actors", "extract", "ingest"])
def test_published_is_checked_on_every_command_that_takes_it(command: str,
                                                             tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Afghan President Ashraf Ghani met Iranian officials in Kabul.")
    extra = ["--db", str(tmp_path / "x.db")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(article), "--published", "2024-99-01", *extra])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "--published" in result.output and "2024-99-01" in result.output


@pytest.mark.parametrize("fmt", ["csv", "gdelt", "plover", "jsonl"])
def test_export_dash_writes_to_standard_output(fmt: str, stored: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--db", stored, "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert "standard output" in result.stderr
    file = tmp_path / f"out.{fmt}"
    runner.invoke(app, ["export", "--db", stored, "--format", fmt, "-o", str(file)])
    assert result.stdout == file.read_text(encoding="utf-8") != ""


def test_export_dash_writes_parquet_bytes_to_standard_output(
        stored: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--db", stored, "--format", "parquet", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == 3


def test_extract_dash_output_is_standard_output(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Afghan President Ashraf Ghani met Iranian officials in Kabul.")
    result = runner.invoke(app, ["extract", str(article), "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert '"schema"' in result.stdout


COUNCIL = "the Supreme National Security Council of the Islamic Republic of Iran"
SAID = ("Tehran will keep holding talks with the Taliban for as long as they help curb the "
        "security problems in Afghanistan and its neighbours, and the government in Kabul "
        "knows of every one of them")


def long_record() -> Extraction:
    """An article whose event row and quote row are far wider than 80 (or 140) columns."""
    text = (f"{COUNCIL} met envoys of the Taliban movement in Tehran on Wednesday. "
            f'"{SAID}," the council told reporters.')
    content = span(text, SAID)
    return Extraction(
        article=article(text, "2018-12-26", title="A long row"),
        entities=[entity(text, "e1", COUNCIL, COUNCIL, "IRN", "GOV", kind="ORG"),
                  entity(text, "e2", "envoys of the Taliban movement",
                         "envoys of the Taliban movement", "TAL", "REB", kind="ORG")],
        quotes=[Quote(id="q1", kind="direct", speaker="e1",
                      source=span(text, "the council"), cue=span(text, "told"),
                      content=content)],
        events=[event(text, "v1", "CONSULT", "met", ["e1"], ["e2"], "2018-12-26")],
    )


@pytest.fixture
def wide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("COLUMNS", raising=False)
    db = tmp_path / "wide.db"
    with Store(str(db)) as store:
        store.add(long_record())
        store.add_error(ItemError(source="corpus/bad.txt", code="DL106",
                                  message="text looks like 'fr' (p=0.99), not English"))
    return str(db)


def _lines(db: str, *command: str) -> list[str]:
    result = runner.invoke(app, [*command, "--db", db])
    assert result.exit_code == 0, result.output
    assert not set("│┃━─┏┡╇") & set(result.stdout), result.stdout  # no table drawing
    return result.stdout.splitlines()


def _row(lines: list[str], *cells: str) -> str:
    """The one line holding every cell, whole and in order."""

    def holds(line: str) -> bool:
        at = 0
        for cell in cells:
            at = line.find(cell, at)
            if at < 0:
                return False
            at += len(cell)
        return True

    [line] = [line for line in lines if holds(line)]
    return line


def test_piped_listings_print_whole_unwrapped_rows(wide: str) -> None:
    events = _lines(wide, "events")
    assert events[0] == "1 event(s)"
    assert events[1].split() == ["id", "date", "type", "modality", "conf", "source",
                                 "target", "place", "reports", "trigger"]
    _row(events, "2018-12-26", "CONSULT", "asserted", "0.80", f"{COUNCIL} (IRN)",
         "envoys of the Taliban movement (TAL)", "1", "met")
    quotes = _lines(wide, "quotes")
    _row(quotes, "2018-12-26", COUNCIL, "told", SAID)
    summary = _lines(wide, "summary", "--errors")
    _row(summary, "articles", "entities", "quotes")
    _row(summary, COUNCIL, "ORG", "1")
    _row(summary, "[DL106] corpus/bad.txt: text looks like 'fr' (p=0.99), not English")


def test_a_terminal_still_gets_rich_tables(wide: str, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setattr("dateline.output.is_terminal", lambda: True)
    for command in ("events", "quotes", "summary"):
        result = runner.invoke(app, [command, "--db", wide])
        assert result.exit_code == 0 and "┃" in result.stdout, result.output


def test_summary_offers_json_and_csv(wide: str) -> None:
    result = runner.invoke(app, ["summary", "--db", wide, "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["counts"]["events"] == 1 and document["counts"]["errors"] == 1
    assert {"entity": COUNCIL, "type": "ORG", "articles": 1} in document["entities"]
    assert document["speakers"] == [{"speaker": COUNCIL, "quotes": 1}]
    assert document["errors"][0]["code"] == "DL106"

    result = runner.invoke(app, ["summary", "--db", wide, "--format", "csv", "--errors"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"section": "counts", "name": "events", "type": "", "value": "1"} in rows
    assert {"section": "speakers", "name": COUNCIL, "type": "", "value": "1"} in rows
    assert {"section": "errors", "name": "corpus/bad.txt", "type": "DL106",
            "value": "text looks like 'fr' (p=0.99), not English"} in rows


@pytest.mark.parametrize(("command", "field", "value"), [("events", "source", COUNCIL),
                                                      ("quotes", "content", SAID)])
def test_events_and_quotes_offer_json_and_csv(wide: str, command: str, field: str,
                                              value: str) -> None:
    as_json = runner.invoke(app, [command, "--db", wide, "--format", "json"])
    as_csv = runner.invoke(app, [command, "--db", wide, "--format", "csv"])
    assert as_json.exit_code == as_csv.exit_code == 0, as_json.output + as_csv.output
    [record] = [json.loads(line) for line in as_json.stdout.splitlines()]
    [row] = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert value in json.dumps(record) and value in row[field]


def test_events_drawn_at_random_show_their_sentences(stored: str) -> None:
    """`--sample N --seed S --sentences`: a store judged by reading, each event's trigger
    marked in its sentence."""
    command = ["events", "--db", stored, "--sample", "2", "--seed", "5", "--sentences"]
    first, again = runner.invoke(app, command), runner.invoke(app, command)
    assert first.exit_code == 0, first.output
    assert first.stdout == again.stdout and "2 event(s)" in first.stdout
    assert "sentence" in first.stdout and "[" in first.stdout
    listed = runner.invoke(app, ["events", "--db", stored, "--format", "json"])
    triggers = [json.loads(line)["reports"][0]["trigger"] for line in listed.stdout.splitlines()]
    assert sum(f"[{t}]" in first.stdout for t in triggers) == 2
