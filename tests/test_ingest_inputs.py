"""Input kinds: text, HTML, JSON Lines, directories, globs and stdin; ids and datelines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import Extraction, Extractor, ItemError
from dateline.cli import app
from dateline.ingest.datelines import split_dateline
from dateline.ingest.normalize import content_hash, normalize_text

from .conftest import ROOT, TEHRAN, assert_offsets

STORY = "Iranian officials met Taliban envoys in Kabul on Monday, the foreign ministry said."
PAGE = """<html><head><title>Iran meets Taliban</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-12-24">
<link rel="canonical" href="https://news.example.org/iran-taliban"></head>
<body><nav>Home | World</nav><article><h1>Iran meets Taliban</h1>
<p>KABUL (AP) — Iranian officials met Taliban envoys in Kabul on Monday, the foreign
ministry said, in the latest round of regional talks on Afghanistan's future.</p>
<p>The envoys discussed a ceasefire and the withdrawal of foreign troops.</p></article>
<footer>Copyright</footer></body></html>"""


@pytest.mark.parametrize(
    ("text", "dateline", "body"),
    [
        ("TEHRAN – Tehran has been", "TEHRAN –", "Tehran has been"),
        ("KABUL, Dec 26 (Reuters) - The Afghan", "KABUL, Dec 26 (Reuters) -", "The Afghan"),
        ("WASHINGTON (AP) — President", "WASHINGTON (AP) —", "President"),
        ("BEIRUT, Lebanon (AP) — A blast", "BEIRUT, Lebanon (AP) —", "A blast"),
        ("NEW YORK, Jan. 5, 2019 (AP) - Stocks", "NEW YORK, Jan. 5, 2019 (AP) -", "Stocks"),
        ("Friday, January 4, 2019\n\nAn apartment", "Friday, January 4, 2019", "An apartment"),
        ("U.S. officials said on Monday", None, "U.S. officials said on Monday"),
        ("NATO - the alliance said", None, "NATO - the alliance said"),
        ("The talks - held in Doha - ended", None, "The talks - held in Doha - ended"),
        # after a headline and a deck, each a line of its own, which stay
        ("Obama opens museum\n\nWASHINGTON -- President Obama", "WASHINGTON --",
         "Obama opens museum\n\nPresident Obama"),
        ("Talks resume.\nEnvoys meet in Doha.\n\nDOHA, Qatar (AP) — Envoys met",
         "DOHA, Qatar (AP) —", "Talks resume.\nEnvoys meet in Doha.\n\nEnvoys met"),
        # a first paragraph of more than a headline's words, or a date alone, is no headline
        (" ".join(["word"] * 30) + "\n\nKABUL - The", None, " ".join(["word"] * 30)
         + "\n\nKABUL - The"),
        ("Talks resume\n\nFriday, January 4, 2019\n\nAn apartment", None,
         "Talks resume\n\nFriday, January 4, 2019\n\nAn apartment"),
    ],
)
def test_ingest_dateline_split(text: str, dateline: str | None, body: str) -> None:
    found, rest = split_dateline(text)
    assert (found.text if found else None) == dateline
    assert rest == body


def test_ingest_dateline_parts() -> None:
    found, _ = split_dateline("KABUL, Dec 26 (Reuters) - The")
    assert found is not None
    assert (found.location, found.date, found.agency) == ("KABUL", "Dec 26", "Reuters")


def test_ingest_article_id_is_a_stable_content_hash(extractor: Extractor) -> None:
    a = extractor.extract(STORY)
    b = extractor.extract("\ufeff" + STORY.replace(" ", "\u00a0", 1) + "  \r\n")
    assert a.article.id == b.article.id == content_hash(normalize_text(STORY))
    assert extractor.extract(STORY + " Talks go on.").article.id != a.article.id


def test_ingest_html_main_text_and_metadata(tmp_path: Path, extractor: Extractor) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE)
    [record] = list(extractor.extract_paths([str(page)]))
    assert isinstance(record, Extraction)
    article = record.article
    assert article.title == "Iran meets Taliban"
    assert article.source == "Example News"
    assert article.url == "https://news.example.org/iran-taliban"
    assert article.published == "2018-12-24"
    assert article.dateline is not None and article.dateline.text == "KABUL (AP) —"
    assert article.text.startswith("Iranian officials met")
    assert "Copyright" not in article.text and "Home" not in article.text
    assert_offsets(record)


def test_ingest_published_option_fills_only_missing_dates(tmp_path: Path, extractor: Extractor
                                                          ) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": STORY, "published": "2019-01-02"}) + "\n"
                     + json.dumps({"text": STORY + " Again."}) + "\n")
    records = list(extractor.extract_paths([str(batch)], published="2018-12-26"))
    assert [r.article.published for r in records if isinstance(r, Extraction)] == [
        "2019-01-02", "2018-12-26"]


@pytest.mark.model
def test_cli_jsonl_output_keeps_input_order_with_errors_in_place(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    rows = [{"text": STORY, "id": "1"}, {"id": "2"}, {"text": STORY + " Then more.", "id": "3"}]
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(batch), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["schema"] for line in lines] == [
        "dateline.extraction/1", "dateline.error/1", "dateline.extraction/1"]
    assert lines[0]["article"]["input_id"] == "1" and lines[2]["article"]["input_id"] == "3"
    assert lines[1]["line"] == 2 and lines[1]["code"] == "DL108"


@pytest.mark.model
def test_cli_globs_and_stdin(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{STORY} File {name}.")
    runner = CliRunner()
    globbed = runner.invoke(app, ["extract", str(tmp_path / "*.txt"), "--format", "jsonl"])
    assert globbed.exit_code == 0
    assert len(globbed.stdout.splitlines()) == 2
    piped = runner.invoke(app, ["extract", "-"], input=STORY)
    assert piped.exit_code == 0
    assert json.loads(piped.stdout)["article"]["text"] == STORY


def test_cli_schema_prints_the_record_json_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Extraction"
    sections = {"article", "entities", "quotes", "times", "places", "events", "warnings"}
    assert sections <= set(schema["properties"])


@pytest.mark.model
def test_cli_runs_as_python_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dateline", "extract", str(TEHRAN), "--published", "2018-12-26"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["dateline"]["text"] == "TEHRAN –"


def test_api_extract_many_mixes_strings_dicts_and_errors(extractor: Extractor) -> None:
    results = list(extractor.extract_many([STORY, {"text": ""}, {"text": STORY, "title": "T"}]))
    assert [type(r).__name__ for r in results] == ["Extraction", "ItemError", "Extraction"]
    assert isinstance(results[1], ItemError) and results[1].line == 2
