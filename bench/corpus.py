"""Benchmark corpora: the bundled example repeated, plus news from ../shared/data when present."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt"
NEWS = ROOT.parent / "shared" / "data" / "news"


def load_texts(limit: int, repeat_example: int) -> tuple[list[str], str]:
    """Up to `limit` article texts and a line saying where they came from."""
    texts = [EXAMPLE.read_text(encoding="utf-8")] * repeat_example
    sources = [f"example x{repeat_example}"]
    csv.field_size_limit(10**9)
    for path, column in (
        (NEWS / "wikinews_2019_2020" / "wikinews_2019.csv", "text"),
        (NEWS / "wikinews_2019_2020" / "wikinews_2020.csv", "text"),
        (NEWS / "kremlin_ukraine_press_releases" / "putin.csv", "body"),
        (NEWS / "kremlin_ukraine_press_releases" / "zelenskyy.csv", "body"),
    ):
        if len(texts) >= limit or not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [row[column] for row in csv.DictReader(handle) if row[column].strip()]
        taken = rows[: limit - len(texts)]
        texts.extend(taken)
        sources.append(f"{path.name} x{len(taken)}")
    return texts[:limit], ", ".join(sources)
