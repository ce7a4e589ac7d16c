"""What a user hits in the store's commands (issue #18): missing stores, bad dates, `-o -`,
piped output and --format."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import StoreError
from dateline.store import Store

from .store_records import rich_record

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
