"""A tiny mixed corpus for the scale-out tests, and how to compare two runs' outputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dateline import scale
from dateline.scale.inputs import url_fs
from dateline.scale.parquet import table_files

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl"
TEHRAN = ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt"
TABLES = ("records", "events", "quotes", "errors")


def shortest_stories(count: int) -> list[dict[str, str]]:
    """The `count` shortest bundled Wikinews stories: real news, cheap to extract."""
    stories = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]
    return sorted(stories, key=lambda s: (len(s["text"]), s["title"]))[:count]


def write_corpus(folder: Path, stories: int = 6) -> list[str]:
    """JSONL (plain and gzipped, with one empty text and one broken line) and a text file.

    Returns the inputs to pass to a run."""
    folder.mkdir(parents=True)
    chosen = shortest_stories(stories)
    half = len(chosen) // 2
    lines = [json.dumps(s) for s in chosen[:half]]
    lines[1:1] = ['{"text": "", "published": "2019-01-01"}', "{not json"]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(s) for s in chosen[half:]) + "\n")
    (folder / "texts").mkdir()
    (folder / "texts" / TEHRAN.name).write_text(TEHRAN.read_text(encoding="utf-8"),
                                                encoding="utf-8")
    return [str(folder)]


def relative_files(output: str, name: str) -> list[str]:
    root = url_fs(output)[1]
    return [path[len(root):] for path in table_files(output, name)]


def good_articles(stories: int = 6) -> int:
    return stories + 1


def assert_same_output(left: str, right: str) -> None:
    """Same files (names) and the same rows, in order, in every table."""
    for name in TABLES:
        assert relative_files(left, name) == relative_files(right, name), name
        assert scale.read_table(left, name).equals(scale.read_table(right, name)), name


def assert_complete(output: str, stories: int = 6) -> None:
    """Every good article exactly once; the two bad lines in the errors table."""
    ids = scale.read_table(output, "records").column("article_id").to_pylist()
    assert len(ids) == len(set(ids)) == good_articles(stories)
    codes = sorted(scale.read_table(output, "errors").column("code").to_pylist())
    assert codes == ["DL101", "DL107"]
