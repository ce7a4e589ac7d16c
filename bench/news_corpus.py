"""The news corpora in ../shared/data/news (Wikinews 2019-2020, Kremlin and Ukrainian
presidential press releases, about 2,100 texts) as one JSONL file for `dateline ingest`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
# (file, text column, title column, url column)
SOURCES = (
    ("wikinews_2019_2020/wikinews_2019.csv", "text", "title", "url", "Wikinews"),
    ("wikinews_2019_2020/wikinews_2020.csv", "text", "title", "url", "Wikinews"),
    ("kremlin_ukraine_press_releases/putin.csv", "body", "headline", "link", "Kremlin"),
    ("kremlin_ukraine_press_releases/zelenskyy.csv", "body", "headline", "link",
     "President of Ukraine"),
)


def write_news_jsonl(path: Path, limit: int | None = None) -> int:
    """Write up to `limit` articles (all when None); returns how many were written."""
    if not NEWS.is_dir():
        raise SystemExit(f"news corpora not found at {NEWS} (../shared/data/news)")
    csv.field_size_limit(10**9)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for name, text, title, url, source in SOURCES:
            with (NEWS / name).open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    if limit is not None and written >= limit:
                        return written
                    if not row[text].strip():
                        continue
                    out.write(json.dumps({
                        "text": row[text], "title": row[title], "url": row[url],
                        "source": source, "published": row["date"] or None,
                    }, ensure_ascii=False) + "\n")
                    written += 1
    return written
