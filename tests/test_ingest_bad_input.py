"""Bad input gets a clear per-item error with a code, and every good item still comes through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import Extraction, Extractor, InputError, ItemError
from dateline.cli import app

from .conftest import TEHRAN

GERMAN = (
    "Der Bundestag hat am Mittwoch nach langer Debatte ein neues Gesetz zur Verteidigung "
    "beschlossen. Die Regierung erklärte, dass die Streitkräfte mehr Geld erhalten sollen, "
    "während die Opposition vor steigenden Schulden warnte und eine Abstimmung verlangte."
)
GOOD = "Afghan President Ashraf Ghani met Iranian officials in Kabul on Monday, his office said."
NO_BODY_HTML = (
    "<html><head><title>Menu</title></head>"
    "<body><nav><a href='/'>Home</a></nav></body></html>"
)


def _write_bad_inputs(folder: Path) -> dict[str, str]:
    """One file per failure case; the expected error code of each."""
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin1.txt").write_bytes("Le président a déclaré".encode("latin-1"))
    with (folder / "huge.txt").open("w") as big:
        big.write("word " * (50 * 1024 * 1024 // 5))
    (folder / "nobody.html").write_text(NO_BODY_HTML)
    (folder / "german.txt").write_text(GERMAN)
    return {
        "empty.txt": "DL101",
        "binary.txt": "DL102",
        "latin1.txt": "DL103",
        "huge.txt": "DL104",
        "nobody.html": "DL105",
        "german.txt": "DL106",
    }


def test_ingest_each_bad_file_is_reported_and_good_items_survive(
    tmp_path: Path, extractor: Extractor
) -> None:
    expected = _write_bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD)
    lines = [json.dumps({"text": GOOD, "id": "a"}), "{not json", json.dumps({"title": "x"}),
             json.dumps({"text": GOOD + " More.", "id": "b"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")

    results = list(extractor.extract_paths([str(tmp_path)]))

    errors = {Path(r.source).name + (f":{r.line}" if r.line else ""): r.code
              for r in results if isinstance(r, ItemError)}
    assert errors == {**expected, "batch.jsonl:2": "DL107", "batch.jsonl:3": "DL108"}
    assert all(r.message for r in results if isinstance(r, ItemError))
    good = [r for r in results if isinstance(r, Extraction)]
    assert [r.article.input_id for r in good] == ["a", "b", None]


def test_ingest_api_raises_input_error_with_code(extractor: Extractor) -> None:
    with pytest.raises(InputError) as caught:
        extractor.extract("   ")
    assert caught.value.code == "DL101"
    with pytest.raises(InputError) as caught:
        extractor.extract(GERMAN)
    assert caught.value.code == "DL106"


def test_ingest_bad_published_date_is_an_item_error(extractor: Extractor) -> None:
    [result] = extractor.extract_many([{"text": GOOD, "published": "26/12/2018"}])
    assert isinstance(result, ItemError) and result.code == "DL110"


def test_ingest_missing_path_is_reported(extractor: Extractor, tmp_path: Path) -> None:
    results = list(extractor.extract_paths([str(tmp_path / "nope.txt"), str(TEHRAN)]))
    assert isinstance(results[0], ItemError) and results[0].code == "DL109"
    assert isinstance(results[1], Extraction)


@pytest.mark.model
def test_cli_exit_status_says_whether_any_item_failed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    runner = CliRunner()
    ok = runner.invoke(app, ["extract", str(TEHRAN), "--published", "2018-12-26"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["article"]["published"] == "2018-12-26"
    failed = runner.invoke(app, ["extract", str(TEHRAN), str(tmp_path / "empty.txt")])
    assert failed.exit_code == 1
    assert "DL101" in failed.stderr and "empty.txt" in failed.stderr


def test_cli_bad_published_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["extract", str(TEHRAN), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_jsonl_corpus_larger_than_the_article_limit_is_read_line_by_line(tmp_path: Path
                                                                        ) -> None:
    """DATELINE_MAX_CHARS bounds one article, not a corpus file or stream of many."""
    import io

    from dateline.ingest.sources import read_inputs, read_stream

    lines = [json.dumps({"text": f"{GOOD} Item {n}."}) for n in range(50)]
    lines.append(json.dumps({"text": "x" * 200}))
    corpus = "\n".join(lines) + "\n"
    (tmp_path / "corpus.jsonl").write_text(corpus)
    (tmp_path / "big.txt").write_text("x" * 1000)
    limit = 150  # far below the corpus's size, above each good line's text
    items = list(read_inputs([str(tmp_path / "corpus.jsonl"), str(tmp_path / "big.txt")],
                             max_chars=limit))
    assert sum(not isinstance(i, ItemError) for i in items) == 50
    assert [(i.line, i.code) for i in items if isinstance(i, ItemError)] == [(51, "DL104"),
                                                                             (None, "DL104")]
    streamed = list(read_stream(io.BytesIO(b"\n\n" + corpus.encode()), origin="-",
                                max_chars=limit))
    assert sum(not isinstance(i, ItemError) for i in streamed) == 50
    assert [i.line for i in streamed if isinstance(i, ItemError)] == [53]
    [too_big] = read_stream(io.BytesIO(b"\n" + b"x" * 1000), origin="-", max_chars=limit)
    assert isinstance(too_big, ItemError) and too_big.code == "DL104"
