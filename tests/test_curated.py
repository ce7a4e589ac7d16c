"""The reader of the curated tables the build scripts read (data/lexicon/, data/gazetteer/,
data/actors/): comments skipped, columns checked, short rows padded, duplicates refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.curated import CuratedTableError, read_mapping, read_rows, split_list

ROOT = Path(__file__).resolve().parents[1]


def test_curated_rows_skip_comments_and_pad_short_rows(tmp_path: Path) -> None:
    table = tmp_path / "t.tsv"
    table.write_text("# what it is\n# licence\n\nname\tcode\tothers\n"
                     "Alberta\tAB\tAlta.;Alb.\nYukon\tYT\n", encoding="utf-8")
    rows = read_rows(table, ("name", "code", "others"))
    assert rows == [{"name": "Alberta", "code": "AB", "others": "Alta.;Alb."},
                    {"name": "Yukon", "code": "YT", "others": ""}]
    assert split_list(rows[0]["others"]) == ["Alta.", "Alb."]
    assert split_list(rows[1]["others"]) == []


@pytest.mark.parametrize(("text", "message"), [
    ("name\tcode\nA\tB\tC\n", "3 fields"),  # a row longer than the header
    ("code\tname\nA\tB\n", "columns"),  # columns not as expected
    ("# only a comment\n", "no header"),
    ("name\tcode\nA\t1\nA\t2\n", "twice"),  # a key given twice
])
def test_curated_tables_refuse_what_they_cannot_read(tmp_path: Path, text: str,
                                                     message: str) -> None:
    table = tmp_path / "t.tsv"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(CuratedTableError, match=message):
        read_mapping(table, "name", "code")


@pytest.mark.parametrize("path", sorted((ROOT / "data").glob("*/*.tsv")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_curated_tables_say_what_they_are_and_their_licence(path: Path) -> None:
    header = [line for line in path.read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    assert header and any(line.startswith("# Licence:") for line in header)
