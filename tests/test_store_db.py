"""The store on SQLite and PostgreSQL: migrations, writes, queries and idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from dateline.record import ItemError
from dateline.store import Store, resolve_url
from dateline.store.db import open_engine

from .store_records import MODAL_EVENTS, meeting_report, modal_record, rich_record


def test_resolve_url_defaults_to_a_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_DB", raising=False)
    assert resolve_url(None) == "sqlite:///dateline.db"
    assert resolve_url("data/x.db") == "sqlite:///data/x.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("DATELINE_DB", "postgresql://u@h/other")
    assert resolve_url(None) == "postgresql+psycopg://u@h/other"


def test_sqlite_store_is_a_wal_file(tmp_path: Path) -> None:
    engine = open_engine(str(tmp_path / "a" / "store.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_migrations_create_every_table_and_reopen_is_a_no_op(db_url: str) -> None:
    with Store(db_url) as store:
        names = set(sa.inspect(store.engine).get_table_names())
    assert {"articles", "entities", "mentions", "quotes", "times", "places", "events",
            "event_actors", "reports", "ingest_errors", "alembic_version"} <= names
    with Store(db_url) as store, store.engine.connect() as conn:
        assert conn.scalar(sa.text("select version_num from alembic_version")) == "0001"


def test_record_is_stored_whole_and_once(db_url: str) -> None:
    record = rich_record()
    with Store(db_url) as store:
        assert store.add(record) is not None
        assert store.add(record) is None  # same content hash: skipped
        counts = store.counts()
        assert counts["articles"] == 1
        assert counts["entities"] == 4
        assert counts["quotes"] == counts["times"] == counts["places"] == 1
        assert counts["events"] == counts["reports"] == 3
        assert list(store.records()) == [record]


def test_event_queries_filter_by_each_field(db_url: str) -> None:
    with Store(db_url) as store:
        store.add(rich_record())
        store.add(meeting_report("Shamkhani met Taliban envoys in Tehran on Monday.",
                                 "2019-03-04", "2019-03-04", shamkhani="Shamkhani",
                                 taliban="Taliban"))

        def types(**filters: str) -> list[str]:
            return sorted(e.type for e in store.events(**filters))

        assert types() == ["ACCUSE", "AGREE", "CONSULT", "CONSULT"]
        assert types(actor="RUS") == ["ACCUSE"]
        assert types(actor="shamkhani") == ["AGREE", "CONSULT", "CONSULT"]
        assert types(type="consult") == ["CONSULT", "CONSULT"]
        assert types(since="2019-01-01") == ["CONSULT"]
        assert types(until="2018-12-31") == ["ACCUSE", "AGREE", "CONSULT"]
        assert types(place="tehran") == ["CONSULT", "CONSULT"]
        assert types(country="IRN") == ["CONSULT", "CONSULT"]
        assert types(quote_by="Shamkhani") == ["AGREE"]
        assert types(quote_by="Putin") == []
        [accuse] = store.events(type="ACCUSE")
        assert accuse.source[0].code == "RUS" and accuse.target[0].name == "Iran"
        report = accuse.reports[0]
        assert report.trigger == "accused" and "Russia accused Iran" in report.sentence


def test_quotes_by_speaker_and_frames(db_url: str) -> None:
    with Store(db_url) as store:
        store.add(rich_record())
        [quote] = store.quotes(speaker="shamkhani")
        assert quote.content == "We want peace in Afghanistan," and quote.cue == "told"
        assert store.quotes(speaker="Putin") == []
        pytest.importorskip("pandas")
        frame = store.events_frame(type="CONSULT")
        assert list(frame["type"]) == ["CONSULT"] and frame["report_count"][0] == 1
        assert len(store.quotes_frame(speaker="Shamkhani")) == 1


def test_errors_are_recorded_once_per_item(db_url: str) -> None:
    with Store(db_url) as store:
        error = ItemError(source="bad.txt", code="DL102", message="binary")
        store.add_error(error)
        store.add_error(error)
        store.add_error(ItemError(source="a.jsonl", line=3, code="DL107", message="not JSON"))
        assert [(e.source, e.line, e.code) for e in store.errors()] == [
            ("a.jsonl", 3, "DL107"), ("bad.txt", None, "DL102")]


def test_public_names_exist_and_commands_are_documented() -> None:
    import dateline.store

    for name in dateline.store.__all__:
        assert hasattr(dateline.store, name), name
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in ("ingest", "events", "quotes", "export", "summary"):
        assert f"dateline {command}" in readme, command


def test_quote_by_finds_events_inside_a_speakers_quote(db_url: str) -> None:
    record = rich_record()
    record.events[2].quote = None  # "want" lies inside Shamkhani's quote all the same
    with Store(db_url) as store:
        store.add(record)
        assert [e.type for e in store.events(quote_by="Shamkhani")] == ["AGREE"]


def test_events_carry_and_filter_by_modality_and_negation(db_url: str) -> None:
    with Store(db_url) as store:
        store.add(rich_record())  # three asserted events
        store.add(modal_record())

        def types(**filters: object) -> list[str]:
            return sorted(e.type for e in store.events(**filters))

        held = {e.type: (e.negated, e.modality) for e in store.events(since="2019-01-01")}
        assert held == {kind: (negated, modality)
                        for kind, _, negated, modality in MODAL_EVENTS}
        [consult] = store.events(since="2019-01-01", type="CONSULT")
        assert consult.reports[0].modality == "asserted" and consult.negated
        assert consult.reports[0].trigger == "did not meet"

        assert types(negated=True) == ["CONSULT"]
        assert types(negated=False) == ["ACCUSE", "ACCUSE", "AGREE", "AGREE", "ASSAULT",
                                        "CONSULT", "SANCTION"]
        assert types(modality="future") == ["AGREE"]
        assert types(modality="Reported") == ["ACCUSE"]
        assert types(modality=["hypothetical", "conditional"]) == ["ASSAULT", "SANCTION"]
        assert types(modality="future, conditional") == ["AGREE", "ASSAULT"]
        assert types(modality="asserted") == ["ACCUSE", "AGREE", "CONSULT", "CONSULT"]
        assert types(modality="asserted", negated=False) == ["ACCUSE", "AGREE", "CONSULT"]
        assert types(modality=[]) == types()
        with pytest.raises(ValueError, match=r"unknown modality 'maybe'.*asserted, reported"):
            store.events(modality="maybe")
        with store.engine.connect() as conn:
            from dateline.store.query import count_events

            assert count_events(conn, negated=True) == 1
            assert count_events(conn, modality=["future", "reported"]) == 2


def test_a_random_sample_of_events_to_read(db_url: str) -> None:
    """Reading a random sample is how to tell how many stored events are real: the same
    seed draws the same events, in the listing's order, from those the filters keep."""
    with Store(db_url) as store:
        store.add(rich_record())
        store.add(modal_record())
        every = [e.id for e in store.events()]
        drawn = [e.id for e in store.events(sample=3, seed=7)]
        assert len(drawn) == 3 and set(drawn) <= set(every)
        assert drawn == sorted(drawn, key=every.index)
        assert drawn == [e.id for e in store.events(sample=3, seed=7)]
        seeds = {tuple(e.id for e in store.events(sample=3, seed=seed)) for seed in range(8)}
        assert len(seeds) > 1  # another seed, another draw
        assert [e.id for e in store.events(sample=99)] == every
        assert store.events(sample=0) == []
        assert all(e.confidence >= 0.5 for e in store.events(sample=2, min_confidence=0.5))
        assert [e.id for e in store.events(sample=3, seed=7, limit=2)] == drawn[:2]
        with pytest.raises(ValueError, match="sample is -1"):
            store.events(sample=-1)


def test_events_filter_by_confidence(db_url: str, tmp_path: Path) -> None:
    """The calibrated confidence is a filter of the table, the CLI and the exports: an
    analyst can keep only the events the coder is sure of."""
    import json

    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.store.query import count_events

    with Store(db_url) as store:
        store.add(rich_record())  # three events at 0.8
        store.add(modal_record())  # MODAL_CONFIDENCES: 0.95, 0.75, 0.55, 0.35, 0.15

        def types(**filters: object) -> list[str]:
            return sorted(e.type for e in store.events(**filters))

        assert types(min_confidence=0.7) == ["ACCUSE", "ACCUSE", "AGREE", "CONSULT",
                                             "CONSULT"]
        assert types(min_confidence=0.9) == ["CONSULT"]
        assert types(min_confidence=0.9, negated=False) == []
        assert types(min_confidence=0.0) == types() and len(types()) == 8
        assert all(e.confidence >= 0.5 for e in store.events(min_confidence=0.5))
        with store.engine.connect() as conn:
            assert count_events(conn, min_confidence=0.55) == 6
        with pytest.raises(ValueError, match="between 0 and 1"):
            store.events(min_confidence=1.5)
        # exports: the default leaves out the negated and irrealis events, the floor the
        # rest under it (the reported ACCUSE at 0.75 stays, the future AGREE at 0.55 goes)
        written = store.export("plover", tmp_path / "sure.jsonl", min_confidence=0.7)
        kept = [json.loads(line)["event"][0] for line in
                (tmp_path / "sure.jsonl").read_text(encoding="utf-8").splitlines()]
        assert written == 4 and sorted(kept) == ["ACCUSE", "ACCUSE", "AGREE", "CONSULT"]
        with pytest.raises(ValueError, match="between 0 and 1"):
            store.export("csv", tmp_path / "bad.csv", min_confidence=-0.1)
        assert not (tmp_path / "bad.csv").exists()

    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", db_url, "--min-confidence", "0.9",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["CONSULT"]
    result = runner.invoke(app, ["export", "--db", db_url, "--format", "csv", "-o", "-",
                                 "--min-confidence", "0.7"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 4  # header and the four events
    assert "confidence >= 0.7" in result.stderr
    bad = runner.invoke(app, ["events", "--db", db_url, "--min-confidence", "2"])
    assert bad.exit_code == 2 and "min-confidence" in bad.output


def test_cli_events_show_and_filter_modality_and_negation(db_url: str) -> None:
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    with Store(db_url) as store:
        store.add(rich_record())
        store.add(modal_record())
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["events", "--db", db_url, *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    table = run("--since", "2019-01-01")
    assert "modality" in table
    lines = {kind: next(line for line in table.splitlines() if kind in line)
             for kind, *_ in MODAL_EVENTS}
    assert "not asserted" in lines["CONSULT"]
    for kind, _, _, modality in MODAL_EVENTS[1:]:
        assert modality in lines[kind] and "not " not in lines[kind], lines[kind]

    negated = [json.loads(line) for line in run("--negated", "--format", "json").splitlines()]
    assert [(e["type"], e["negated"], e["modality"]) for e in negated] == [
        ("CONSULT", True, "asserted")]
    others = [json.loads(line) for line in run("--not-negated", "--format", "json").splitlines()]
    assert len(others) == 7 and not any(e["negated"] for e in others)
    chosen = run("--modality", "future", "--modality", "hypothetical,conditional",
                 "--format", "csv").splitlines()
    header = chosen[0].split(",")
    rows = [dict(zip(header, line.split(","), strict=False)) for line in chosen[1:]]
    assert sorted(r["type"] for r in rows) == ["AGREE", "ASSAULT", "SANCTION"]
    assert {r["modality"] for r in rows} == {"future", "hypothetical", "conditional"}

    bad = runner.invoke(app, ["events", "--db", db_url, "--modality", "perhaps"])
    assert bad.exit_code == 2
    assert "perhaps" in bad.output and "hypothetical" in bad.output
